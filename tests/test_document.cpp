// Mandate documents (mandat/document.hpp): load_mandate, mandate_from_json, to_json,
// dump_mandate, load_mandate_file, save_mandate_file, and the errors of untrusted input.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>

#include "bad_documents.hpp"
#include "mandat/mandat.hpp"

using nlohmann::json;

namespace {

json embedded() { return json::parse(mandat::trondelag_2022_document()); }

// Loads `text` and returns the error it must raise.
mandat::document_error load_error(const std::string& text, const mandat::load_limits& limits = {}) {
    try {
        mandat::load_mandate(text, limits);
    } catch (const mandat::document_error& e) {
        return e;
    }
    FAIL("the document was accepted: " << text.substr(0, 200));
    throw std::logic_error("unreachable");
}

// The embedded document with the value at `pointer` replaced (or removed, for a discarded json).
std::string with(const std::string& pointer, const json& value) {
    json j = embedded();
    j[json::json_pointer(pointer)] = value;
    return j.dump();
}

std::string without(const std::string& parent, const std::string& key) {
    json j = embedded();
    j[json::json_pointer(parent)].erase(key);
    return j.dump();
}

}  // namespace

TEST_CASE("the embedded document loads and survives a save/load round trip") {
    const auto& m = mandat::trondelag_2022();
    const auto again = mandat::load_mandate(mandat::dump_mandate(m));
    CHECK(again == m);
    CHECK(mandat::to_json(again) == mandat::to_json(m));
    // Information clauses survive too.
    REQUIRE(again.find_clause("mal"));
    CHECK(again.find_clause("mal")->target_year == std::optional<int>(2025));
    CHECK(again.find_clause("roller.tfk")->text.size() == 5);
    CHECK(again.find_clause("satsingsomrader")->text.size() == 5);
    // And the JSON written is the document we ship, member for member.
    CHECK(mandat::to_json(m) == embedded());
}

TEST_CASE("save_mandate_file and load_mandate_file round trip through the file system") {
    const auto dir = std::filesystem::temp_directory_path() / "mandat-test-doc";
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "m.json").string();
    mandat::save_mandate_file(mandat::trondelag_2022(), path);
    CHECK(mandat::load_mandate_file(path) == mandat::trondelag_2022());
    // No temporary file is left behind.
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) files += e.is_regular_file() ? 1 : 0;
    CHECK(files == 1);
    std::filesystem::remove_all(dir);
}

TEST_CASE("a missing file is an io_error naming the path") {
    CHECK_THROWS_AS(mandat::load_mandate_file("/nonexistent/m.json"), mandat::io_error);
    CHECK_THROWS_WITH(mandat::load_mandate_file("/nonexistent/m.json"),
                      Catch::Contains("/nonexistent/m.json") && Catch::Contains("No such file"));
}

TEST_CASE("bad documents are rejected with the JSON pointer of the offending value") {
    const std::vector<bad_document> cases = {
        {"malformed JSON", R"({"format": "mandat.mandate/1", )", "document.malformed_json", "", "malformed JSON"},
        {"not an object", "[1, 2]", "document.wrong_type", "", "expected an object, found an array"},
        {"wrong type of a quota", with("/bodies/items/0/quotas/seats/0/min", "1"), "document.wrong_type",
         "/bodies/items/0/quotas/seats/0/min", "expected an integer, found a string"},
        {"fractional quota", with("/bodies/items/0/quotas/seats/0/max", 1.5), "document.wrong_type",
         "/bodies/items/0/quotas/seats/0/max", "expected an integer"},
        {"negative quota", with("/bodies/items/0/quotas/seats/0/min", -1), "document.out_of_range",
         "/bodies/items/0/quotas/seats/0/min", "-1 is outside the allowed range 0..1000"},
        {"min above max", with("/bodies/items/1/quotas/seats/2/min", 3), "document.inconsistent",
         "/bodies/items/1/quotas/seats/2/min", "min (3) is greater than max (2)"},
        {"unknown organisation in a quota", with("/bodies/items/0/quotas/seats/4/organisation_id", "kdx"),
         "document.unknown_reference", "/bodies/items/0/quotas/seats/4/organisation_id", "unknown organisation \"kdx\""},
        {"unknown body in attendance", with("/attendance/0/attend", "styret"), "document.unknown_reference",
         "/attendance/0/attend", "unknown body \"styret\""},
        {"unknown clause in a citation", with("/rotation/clause", "ledelsen"), "document.unknown_reference", "/rotation/clause",
         "unknown clause \"ledelsen\""},
        {"empty rotation", with("/rotation/order", json::array()), "document.invalid_value", "/rotation/order",
         "the rotation needs at least one organisation"},
        {"impossible date", with("/validity/start_date", "2023-02-30"), "document.invalid_date", "/validity/start_date",
         "\"2023-02-30\" is not a valid calendar date"},
        {"end before start", with("/validity/end_date", "2021-12-31"), "document.inconsistent", "/validity/end_date",
         "the end date 2021-12-31 is before the start date 2022-01-01"},
        {"cycle in parents", with("/organisations/3/parent_id", "kdu"), "document.cycle", "/organisations/3/parent_id",
         "form a cycle"},
        {"self parent", with("/organisations/0/parent_id", "tfk"), "document.cycle", "/organisations/0/parent_id",
         "form a cycle"},
        {"missing member", without("/validity", "end_date"), "document.missing_member", "/validity",
         "the required member \"end_date\" is missing"},
        {"unknown member", with("/bodies/items/0/quotas/seats/0/mx", 2), "document.unknown_member",
         "/bodies/items/0/quotas/seats/0/mx", "unknown member \"mx\""},
        {"misquoted source", with("/bodies/items/0/meetings/source", "Styringsgruppen har 4 møter i året."), "document.misquoted",
         "/bodies/items/0/meetings/source", "not found verbatim in clause \"organisering\""},
        {"misquoted seat", with("/bodies/items/0/quotas/seats/0/source", "3 representanter fra KS"), "document.misquoted",
         "/bodies/items/0/quotas/seats/0/source", "not found verbatim"},
        // A quote is looked for in the clause it cites only: these sentences are verbatim in
        // clause "arbeidsutvalget", not in the clauses cited.
        {"quote from another clause",
         with("/bodies/items/0/meetings/source", "Den organisasjonen som har ledelsen, stiller med sekretær."),
         "document.misquoted", "/bodies/items/0/meetings/source", "not found verbatim in clause \"organisering\""},
        {"seat quote from another clause", with("/bodies/items/0/quotas/seats/0/source", "1-2 representanter fra KS Trøndelag"),
         "document.misquoted", "/bodies/items/0/quotas/seats/0/source", "not found verbatim in clause \"styringsgruppen\""},
        {"unsupported format", with("/format", "mandat.mandate/9"), "document.unsupported_format", "/format",
         "unsupported format \"mandat.mandate/9\""},
        {"duplicate organisation id", with("/organisations/1/id", "tfk"), "document.duplicate_id", "/organisations/1/id",
         "used twice"},
        {"duplicate key", R"({"format": "mandat.mandate/1", "format": "x"})", "document.duplicate_key", "/format",
         "appears twice"},
        {"invalid UTF-8", "{\"format\": \"mandat\xff\"}", "document.malformed_json", "/format", "UTF-8"},
        {"target above maximum", with("/bodies/items/0/meetings/maximum", 3), "document.inconsistent",
         "/bodies/items/0/meetings/target", "the target (4) is above the maximum (3)"},
        {"year out of range", with("/rotation/first_year", 99999), "document.out_of_range", "/rotation/first_year",
         "99999 is outside the allowed range 1400..9999"},
        {"partial date", with("/signature/date", "2022-14"), "document.invalid_date", "/signature/date",
         "not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)"},
        {"absurdly long id", with("/organisations/0/id", std::string(300, 'x')), "document.too_long", "/organisations/0/id",
         "a string of 300 bytes is longer than the limit of 256 for an id"},
        {"absurdly long name", with("/bodies/items/0/name", std::string(5000, 'x')), "document.too_long", "/bodies/items/0/name",
         "longer than the limit of 4096 for a name"},
        {"absurdly many clause lines", with("/clauses/0/text", json(std::vector<std::string>(100001, "x"))), "document.too_long",
         "/clauses/0/text", "an array of 100001 items is longer than the limit of 100000"},
        {"empty id", with("/bodies/items/0/id", ""), "document.invalid_value", "/bodies/items/0/id",
         "expected a non-empty string"},
    };
    check_bad_documents(cases, [](const std::string& text) { mandat::load_mandate(text); });
}

TEST_CASE("limits: oversized and deeply nested documents are rejected, not truncated") {
    mandat::load_limits small;
    small.max_bytes = 100;
    auto e = load_error(std::string(mandat::trondelag_2022_document()), small);
    CHECK(e.id() == "document.too_large");

    std::string deep(100, '[');
    deep += std::string(100, ']');
    e = load_error(deep);
    CHECK(e.id() == "document.too_deep");
    CHECK(e.pointer() == "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0");

    mandat::load_limits short_strings;
    short_strings.max_string_bytes = 10;
    e = load_error(with("/title", "a title that is too long"), short_strings);
    CHECK(e.id() == "document.too_large");
}

TEST_CASE("every document error is a mandat::error with a stable id") {
    try {
        mandat::load_mandate("{");
        FAIL("accepted");
    } catch (const mandat::error& e) {
        CHECK(e.id() == "document.malformed_json");
    }
}

TEST_CASE("organisation numbers: the MOD11 check digit, computed by hand", "[organisation_number]") {
    // 974760673: 9*3+7*2+4*7+7*6+6*5+0*4+6*3+7*2 = 173, 173 mod 11 = 8, 11-8 = 3.
    CHECK(mandat::organisation_number_check_digit("97476067") == 3);
    CHECK(mandat::valid_organisation_number("974760673"));
    // 923609016: 27+4+21+36+0+36+0+2 = 126, 126 mod 11 = 5, 11-5 = 6.
    CHECK(mandat::valid_organisation_number("923609016"));
    // 900100000: 27+6 = 33, 33 mod 11 = 0, 11 becomes 0.
    CHECK(mandat::organisation_number_check_digit("90010000") == 0);
    CHECK(mandat::valid_organisation_number("900100000"));
    // 90100000x: 27+7 = 34, 34 mod 11 = 1, 11-1 = 10: no check digit fits.
    CHECK(mandat::organisation_number_check_digit("90100000") == -1);
    for (char d = '0'; d <= '9'; ++d) CHECK_FALSE(mandat::valid_organisation_number(std::string("90100000") + d));
    CHECK_FALSE(mandat::valid_organisation_number("974760672"));   // a wrong check digit
    CHECK_FALSE(mandat::valid_organisation_number("97476067"));    // 8 digits
    CHECK_FALSE(mandat::valid_organisation_number("9747606730"));  // 10 digits
    CHECK_FALSE(mandat::valid_organisation_number("97476067A"));   // not a digit
    CHECK_FALSE(mandat::valid_organisation_number("974 760 673"));
    static_assert(mandat::valid_organisation_number("974760673"), "usable at compile time");
}

TEST_CASE("organisation numbers: the loader checks them with the JSON pointer and the writer keeps them",
          "[organisation_number]") {
    const std::string at = "/organisations/0/organisation_number";
    const auto m = mandat::load_mandate(with(at, "974760673"));
    REQUIRE(m.organisations[0].organisation_number == std::optional<std::string>("974760673"));
    CHECK(mandat::to_json(m)["organisations"][0]["organisation_number"] == "974760673");
    CHECK(mandat::load_mandate(mandat::dump_mandate(m)) == m);
    CHECK_FALSE(m == mandat::trondelag_2022());

    auto e = load_error(with(at, "974760672"));
    CHECK(e.id() == mandat::errors::document_invalid_value);
    CHECK(e.pointer() == at);
    CHECK(std::string(e.what()) ==
          "at /organisations/0/organisation_number: \"974760672\" is not an organisation number: the check digit is 2, "
          "expected 3 (MOD11)");
    CHECK(std::string(load_error(with(at, "901000005")).what()) ==
          "at /organisations/0/organisation_number: \"901000005\" is not an organisation number: no check digit fits its "
          "first eight digits (MOD11 remainder 1)");
    for (const char* bad : {"97476067", "9747606730", "97476067A", "974 760 673", ""}) {
        e = load_error(with(at, bad));
        CHECK(e.pointer() == at);
        CHECK(e.detail() == json(bad).dump() + " is not an organisation number (expected 9 digits, no spaces)");
    }
    e = load_error(with(at, 974760673));
    CHECK(e.id() == mandat::errors::document_wrong_type);
    CHECK(e.pointer() == at);
    // A mandate built in code is checked by validate() the same way.
    mandat::mandate built = mandat::trondelag_2022();
    built.organisations[2].organisation_number = "923609017";
    CHECK_THROWS_WITH(mandat::validate(built),
                      "at /organisations/2/organisation_number: \"923609017\" is not an organisation number: the check digit is "
                      "7, expected 6 (MOD11)");
    built.organisations[2].organisation_number = "923609016";
    CHECK_NOTHROW(mandat::validate(built));
    // The Trøndelag document carries none: its source text gives none.
    for (const auto& o : mandat::trondelag_2022().organisations) CHECK_FALSE(o.organisation_number);
}
