#pragma once
// Card data → kakanai-person/1. What cannot be trusted as read is put into needs_check with a note that
// tells the resident and staff what to do, never silently "fixed".

#include "kakanai/base/result.h"
#include "kakanai/card/kenhojo.h"
#include "kakanai/card/licence.h"
#include "kakanai/person/person.h"

namespace kakanai::card {

// Source "mynumber-card". Name and address with characters outside JIS X 0208 are flagged: the chip may
// hold a substitute (代替文字) for a registered 外字 that only the card face shows.
Result<Person> personFromKenhojo(const KenhojoAttributes& attributes);

// Source "driver-license-card". 外字 / 欠字 become 〓 and flag the field; the newest 記載事項変更 (追記)
// replaces the name, 呼び名 and address, saying so in the field's note.
Result<Person> personFromLicence(const LicenceMatters& matters, const LicenceChanges& changes);

} // namespace kakanai::card
