// Ed25519 keys and signed codes: files, modes, demo keys, rotation, tampering.
#include "kakanai/handoff/decimal_text.h"
#include "kakanai/handoff/keys.h"
#include "kakanai/handoff/signed_code.h"
#include "kakanai/handoff/verification.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>

using namespace kakanai;
using namespace kakanai::handoff;

namespace {

Payload payload() {
    Payload p;
    p.formId = "juminhyo";
    p.formVersion = "2025.1";
    p.kioskId = "kiosk-3";
    p.printedAt = 1795400000;
    p.sessionId = {1, 2, 3, 4, 5, 6, 7, 8};
    p.idSource = IdSource::MyNumberCard;
    p.fields = {PayloadField{5, std::nullopt, FieldKind::Text, "架空　花子", {}, 0},
                PayloadField{6, std::nullopt, FieldKind::Date, {}, Date{1989, 1, 8}, 0}};
    return p;
}

TEST(Keys, SavedKeyLoadsBackAndSignsVerifiably) {
    test::TempDir dir;
    auto key = SigningKey::generate(false);
    ASSERT_TRUE(key.ok());
    ASSERT_TRUE(key->save(dir.file("k.key")).ok());
    struct stat st {};
    ASSERT_EQ(stat(dir.file("k.key").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    auto loaded = SigningKey::load(dir.file("k.key"), KeyUse::Office);
    ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
    EXPECT_EQ(loaded->publicKey().bytes, key->publicKey().bytes);
    auto pub = readPublicKeys(dir.file("k.pub"));
    ASSERT_TRUE(pub.ok()) << pub.error().describe();
    ASSERT_EQ(pub->size(), 1u);
    EXPECT_EQ((*pub)[0].idHex(), key->publicKey().idHex());
    const std::vector<std::uint8_t> msg{1, 2, 3};
    const auto sig = loaded->sign(msg);
    EXPECT_TRUE(verifySignature((*pub)[0], msg, sig));
    EXPECT_FALSE(verifySignature((*pub)[0], std::vector<std::uint8_t>{1, 2, 4}, sig));
    // Never overwritten.
    EXPECT_FALSE(key->save(dir.file("k.key")).ok());
    // The secret is not in the public file.
    EXPECT_EQ(test::readFile(dir.file("k.pub")).find("secret"), std::string::npos);
}

TEST(Keys, AKeyOthersCanReadIsRefusedWithTheFix) {
    test::TempDir dir;
    auto key = SigningKey::generate(false);
    ASSERT_TRUE(key->save(dir.file("k.key")).ok());
    chmod(dir.file("k.key").c_str(), 0644);
    auto loaded = SigningKey::load(dir.file("k.key"), KeyUse::Office);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().message.find("mode 0644"), std::string::npos) << loaded.error().message;
    EXPECT_NE(loaded.error().message.find("chmod 600"), std::string::npos);
    chmod(dir.file("k.key").c_str(), 0640);
    EXPECT_FALSE(SigningKey::load(dir.file("k.key"), KeyUse::Office).ok());
    chmod(dir.file("k.key").c_str(), 0400);
    EXPECT_TRUE(SigningKey::load(dir.file("k.key"), KeyUse::Office).ok());
    std::filesystem::create_symlink(dir.file("k.key"), dir.file("link.key"));
    EXPECT_FALSE(SigningKey::load(dir.file("link.key"), KeyUse::Office).ok());
    EXPECT_FALSE(SigningKey::load(dir.file("missing.key"), KeyUse::Office).ok());
}

TEST(Keys, DemoKeysAndOfficeKeysStayApart) {
    test::TempDir dir;
    ASSERT_TRUE(SigningKey::generate(true)->save(dir.file("demo.key")).ok());
    ASSERT_TRUE(SigningKey::generate(false)->save(dir.file("office.key")).ok());
    auto refused = SigningKey::load(dir.file("demo.key"), KeyUse::Office);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("DEMO"), std::string::npos);
    EXPECT_FALSE(SigningKey::load(dir.file("office.key"), KeyUse::Demo).ok());
    EXPECT_TRUE(SigningKey::load(dir.file("demo.key"), KeyUse::Demo).ok());
    EXPECT_NE(test::readFile(dir.file("demo.key")).find("DEMO"), std::string::npos);
    auto pub = readPublicKeys(dir.file("demo.pub"));
    ASSERT_TRUE(pub.ok());
    EXPECT_TRUE((*pub)[0].demo);
}

TEST(Keys, PublicKeyFilesHoldSeveralKeysForRotation) {
    auto a = SigningKey::generate(false), b = SigningKey::generate(false);
    PublicKey pa = a->publicKey(), pb = b->publicKey();
    pa.comment = "kiosk 1, 2025-04";
    const std::string text =
        "# staff PC trust list\n" + formatPublicKey(pa) + "\n\n" + formatPublicKey(pb) + "\r\n";
    auto keys = parsePublicKeys(text, "trusted.pub");
    ASSERT_TRUE(keys.ok()) << keys.error().describe();
    ASSERT_EQ(keys->size(), 2u);
    EXPECT_EQ((*keys)[0].comment, "kiosk 1, 2025-04");
    EXPECT_EQ((*keys)[1].bytes, pb.bytes);
    EXPECT_EQ(parsePublicKeys("kakanai-ed25519-public AAAA\n", "x.pub").error().where, "x.pub:1");
    EXPECT_EQ(parsePublicKeys("kakanai-ed25519-secret AAAA\n", "x.pub").error().code, "handoff.key");
    EXPECT_FALSE(parsePublicKeys("# nothing\n", "x.pub").ok());
}

TEST(SignedCode, OpensWithTheRightKeyAmongSeveral) {
    auto oldKey = SigningKey::generate(false), newKey = SigningKey::generate(false);
    const std::vector<PublicKey> trusted{oldKey->publicKey(), newKey->publicKey()};
    for (const SigningKey* k : {&*oldKey, &*newKey}) {
        auto code = signPayload(payload(), *k);
        ASSERT_TRUE(code.ok());
        const CodeCheck c = openCode(code->text, trusted);
        ASSERT_EQ(c.status, CodeStatus::Valid) << c.message;
        EXPECT_EQ(*c.payload, payload());
        EXPECT_EQ(c.key->idHex(), k->publicKey().idHex());
        EXPECT_FALSE(c.demo);
    }
}

TEST(SignedCode, EveryChangedDigitIsRejected) {
    auto key = SigningKey::generate(false);
    const std::vector<PublicKey> trusted{key->publicKey()};
    const std::string text = signPayload(payload(), *key)->text;
    for (std::size_t i = 5; i < text.size(); ++i) {
        std::string t = text;
        t[i] = t[i] == '9' ? '0' : static_cast<char>(t[i] + 1);
        const CodeCheck c = openCode(t, trusted);
        EXPECT_NE(c.status, CodeStatus::Valid) << "digit " << i;
    }
}

TEST(SignedCode, NamesUnknownKeysForgedKeyIdsAndUnsignedCodes) {
    auto mine = SigningKey::generate(false), other = SigningKey::generate(false);
    const std::vector<PublicKey> trusted{mine->publicKey()};
    const std::string foreign = signPayload(payload(), *other)->text;
    const CodeCheck unknown = openCode(foreign, trusted);
    EXPECT_EQ(unknown.status, CodeStatus::UnknownKey);
    EXPECT_NE(unknown.message.find(other->publicKey().idHex()), std::string::npos);
    // The other key's code relabelled with my key id: the signature gives it away.
    auto bytes = *fromDecimalText(foreign);
    std::copy(mine->publicKey().id.begin(), mine->publicKey().id.end(), bytes.begin());
    EXPECT_EQ(openCode(toDecimalText(bytes), trusted).status, CodeStatus::BadSignature);
    EXPECT_EQ(openCode("KAKANAI-UNSIGNED:juminhyo:2025.1:1", trusted).status, CodeStatus::Unsigned);
    EXPECT_EQ(openCode("https://example.org", trusted).status, CodeStatus::Unreadable);
    EXPECT_EQ(openCode("KKN1-123", trusted).status, CodeStatus::Unreadable);
}

TEST(SignedCode, DemoKeysAreLabelledAndMyNumbersNeverSigned) {
    auto demo = SigningKey::generate(true);
    const CodeCheck c =
        openCode(signPayload(payload(), *demo)->text, std::vector<PublicKey>{demo->publicKey()});
    EXPECT_EQ(c.status, CodeStatus::Valid);
    EXPECT_TRUE(c.demo);
    Payload p = payload();
    p.fields.push_back(PayloadField{7, std::nullopt, FieldKind::Text, "１２３４ ５６７８ ９０１８", {}, 0});
    EXPECT_EQ(signPayload(p, *demo).error().code, "handoff.my-number");
}

TEST(SignedCode, TypedWithCapsLockItIsTheSameCode) {
    auto key = SigningKey::generate(false);
    const std::string text = signPayload(payload(), *key)->text;
    const CodeCheck c = openCode("kkn1-" + text.substr(5) + "\n", std::vector<PublicKey>{key->publicKey()});
    EXPECT_EQ(c.status, CodeStatus::Valid);
    EXPECT_EQ(c.text, text) << "the payload hash must not depend on how the code was typed";
}

} // namespace

namespace {

// What a keyboard-wedge scanner types (kakanai verify --text and the kiosk's staff screen share this).
TEST(TypedLine, TabSeparatedCodesAreCheckedOneByOneAndWipeForgetsThem) {
    auto key = SigningKey::generate(false);
    const std::string text = signPayload(payload(), *key)->text;
    TemplateShelf shelf;
    HandoffVerifier verifier({key->publicKey()}, shelf);
    // Caps Lock and a full-width IME do not matter; Tab ends a code like Enter.
    std::string shouted = text;
    shouted.replace(0, 4, "kkn1");
    EXPECT_EQ(addTypedLine(verifier, "  " + shouted + "\t" + text + "\t", "scanner line 1"), 2);
    EXPECT_EQ(addTypedLine(verifier, " \t ", "scanner line 2"), 0);
    VerifyReport r = verifier.report();
    ASSERT_EQ(r.codes.size(), 2u);
    EXPECT_EQ(r.outcome(), Outcome::UnknownTemplate); // verified, but no template on this shelf
    EXPECT_EQ(verifyExitCode(r.outcome()), 44);
    ASSERT_EQ(r.forms.size(), 1u);
    EXPECT_EQ(r.forms[0].fields.at(0).text, "架空　花子");
    verifier.wipe();
    EXPECT_TRUE(verifier.empty());
    EXPECT_TRUE(verifier.report().forms.empty());
    EXPECT_EQ(verifier.report().outcome(), Outcome::Unreadable) << "nothing checked is not valid";
}

TEST(TypedLine, ExitCodesAreTheDocumentedContract) {
    EXPECT_EQ(verifyExitCode(Outcome::Valid), 0);
    EXPECT_EQ(verifyExitCode(Outcome::Unreadable), 40);
    EXPECT_EQ(verifyExitCode(Outcome::BadSignature), 41);
    EXPECT_EQ(verifyExitCode(Outcome::UnknownKey), 42);
    EXPECT_EQ(verifyExitCode(Outcome::Incomplete), 43);
    EXPECT_EQ(verifyExitCode(Outcome::UnknownTemplate), 44);
}

} // namespace
