// What verify hands to scripts and core systems: the report, the JSON export and the CSV export.
#include "kakanai/handoff/export.h"

#include <gtest/gtest.h>

using namespace kakanai;
using namespace kakanai::handoff;

namespace {

VerifyReport report() {
    VerifiedForm f;
    f.formId = "juminhyo";
    f.formVersion = "2025.1";
    f.title = "住民票の写し等交付請求書";
    f.kioskId = "kiosk-1";
    f.printedAt = 1795400000;
    f.sessionId = "0001020304050607";
    f.keyId = "a1b2c3d4";
    f.idSource = IdSource::DriverLicenseCard;
    f.correctedByResident = {"name_kana", "phone"};
    f.payloadSha256 = std::string(64, 'f');
    f.columns = {"applicant.name",  "applicant.birth_date", "applicant.birth_date:iso",
                 "request.items",   "request.items:values", "request.submit_to",
                 "targets[0].name", "targets[1].name"};
    f.fields = {
        VerifiedField{"applicant.name", "架空　花子", FieldKind::Text, "", {}, ""},
        VerifiedField{"applicant.birth_date", "平成元年1月8日", FieldKind::Date, "1989-01-08", {}, ""},
        VerifiedField{
            "request.items", "世帯主の氏名と続柄、旧氏", FieldKind::Choice, "", {"head", "former-name"}, ""},
        VerifiedField{
            "request.submit_to", "=HYPERLINK(\"x\"), \"株式会社\"\n2行目", FieldKind::Text, "", {}, ""},
        VerifiedField{"targets[0].name", "", FieldKind::Handwriting, "", {}, ""}};
    VerifyReport r;
    r.forms.push_back(f);
    VerifiedForm incomplete = f;
    incomplete.status = FormStatus::Incomplete;
    r.forms.push_back(incomplete);
    return r;
}

TEST(Export, CsvHasOneRowPerValidFormWithFixedColumnsFirst) {
    const std::string csv = exportCsv(report());
    const std::string header = csv.substr(0, csv.find("\r\n"));
    EXPECT_EQ(
        header,
        "form_id,form_version,form_title,printed_at,kiosk_id,session_id,key_id,demo,id_source,id_category,"
        "corrected_by_resident,corrected_by_staff,payload_sha256,applicant.name,applicant.birth_date,"
        "applicant.birth_date:iso,request.items,request.items:values,request.submit_to,targets[0].name,"
        "targets[1].name");
    const std::string row = csv.substr(header.size() + 2);
    EXPECT_EQ(row,
              "juminhyo,2025.1,住民票の写し等交付請求書,2026-11-23T11:13:20+09:00,kiosk-1,0001020304050607,"
              "a1b2c3d4,false,driver-license-card,card,name_kana;phone,," +
                  std::string(64, 'f') +
                  ",架空　花子,平成元年1月8日,1989-01-08,世帯主の氏名と続柄、旧氏,head;former-name,"
                  "\"'=HYPERLINK(\"\"x\"\"), \"\"株式会社\"\"\n2行目\",,\r\n")
        << "the incomplete form must not be exported; a formula must not run in a spreadsheet";
}

TEST(Export, JsonRowsKeepPrintedTextDatesAndChoiceValues) {
    const auto j = exportJson(report());
    EXPECT_EQ(j["schema"], "kakanai-export/1");
    ASSERT_EQ(j["forms"].size(), 1u);
    const auto& row = j["forms"][0];
    EXPECT_EQ(row["form_id"], "juminhyo");
    EXPECT_EQ(row["fields"]["applicant.birth_date"], "平成元年1月8日");
    EXPECT_EQ(row["dates"]["applicant.birth_date"], "1989-01-08");
    EXPECT_EQ(row["choices"]["request.items"], (std::vector<std::string>{"head", "former-name"}));
    EXPECT_EQ(row["handwritten"], std::vector<std::string>{"targets[0].name"});
    EXPECT_EQ(row["id_category"], "card");
}

TEST(Export, ReportListsCodesFormsAndTheExitCode) {
    VerifyReport r = report();
    r.nothingFound.emplace_back("blank.png", "no QR code found");
    const auto j = reportJson(r, 40);
    EXPECT_EQ(j["schema"], "kakanai-verify/1");
    EXPECT_EQ(j["result"], "unreadable");
    EXPECT_EQ(j["exit_code"], 40);
    EXPECT_EQ(j["codes"][0]["source"], "blank.png");
    EXPECT_EQ(j["forms"][1]["status"], "incomplete");
    EXPECT_EQ(j["forms"][0]["fields"][2]["values"], (std::vector<std::string>{"head", "former-name"}));
}

} // namespace
