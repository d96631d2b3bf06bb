// Roster documents (mandat/roster.hpp): load_roster, roster_from_json, to_json, dump_roster,
// load_roster_file, save_roster_file; unknown members survive; bad input names its pointer.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <limits>

#include "bad_documents.hpp"
#include "mandat/mandat.hpp"

using nlohmann::json;

namespace {

const char* small_roster = R"({
  "format": "mandat.roster/1",
  "source_register": {"name": "a Popolo export", "exported": "2025-01-05"},
  "persons": [
    {"id": "p1", "name": "Kari Eksempel", "email": "p1@example.org", "gender": "female", "employer": "ks",
     "identifiers": [{"scheme": "hr", "identifier": "123"}]},
    {"id": "p2", "name": "Ola Eksempel"}
  ],
  "memberships": [
    {"id": "m1", "person_id": "p1", "organization_id": "styringsgruppen", "on_behalf_of_id": "ks",
     "role": "member", "start_date": "2022-01-01", "end_date": "2025-12-31", "label": "KS-representant"},
    {"person_id": "p2", "organization_id": "arbeidsutvalget", "on_behalf_of_id": "tfk",
     "role": "coordinator", "start_date": "2022-01-01"}
  ],
  "meetings": [
    {"id": "sg-1", "organization_id": "styringsgruppen", "date": "2022-03-10", "attendee_ids": ["p1", "p2"],
     "title": "Oppstart", "location": "Steinkjer"}
  ]
})";

std::string with(const std::string& pointer, const json& value) {
    json j = json::parse(small_roster);
    j[json::json_pointer(pointer)] = value;
    return j.dump();
}

// A roster whose first person has an unknown member "salary" written as `number`.
std::string number_member(const std::string& number) {
    return R"({"format": "mandat.roster/1", "persons": [{"id": "p", "name": "K", "salary": )" + number +
           R"(}], "memberships": []})";
}

}  // namespace

TEST_CASE("numbers in unknown members come back exactly") {
    const std::string text =
        R"({"format": "mandat.roster/1", "persons": [{"id": "p", "name": "K", "a": 0.1, "b": 5e-324, "c": 18446744073709551615, )"
        R"("d": -9223372036854775808, "e": 1.5e300, "f": -0.0, "g": 2.50, "h": 1E+2}], "memberships": []})";
    const auto r = mandat::load_roster(text);
    const json& x = r.persons[0].extra;
    CHECK(x["a"].get<double>() == 0.1);
    CHECK(x["b"].get<double>() == 5e-324);
    CHECK(x["c"].get<std::uint64_t>() == 18446744073709551615u);
    CHECK(x["d"].get<std::int64_t>() == std::numeric_limits<std::int64_t>::min());
    CHECK(x["e"].get<double>() == 1.5e300);
    CHECK(std::signbit(x["f"].get<double>()));
    CHECK(x["g"].get<double>() == 2.5);
    CHECK(x["h"].get<double>() == 100.0);
    // Written and read again: the same values (2.50 is written 2.5, 1E+2 as 100.0: the same numbers).
    CHECK(mandat::load_roster(mandat::dump_roster(r)) == r);
}

TEST_CASE("a roster document loads with Popolo field names") {
    const auto r = mandat::load_roster(small_roster);
    REQUIRE(r.persons.size() == 2);
    CHECK(r.persons[0].email == std::optional<std::string>("p1@example.org"));
    REQUIRE(r.appointments.size() == 2);
    CHECK(r.appointments[0].body_id == "styringsgruppen");
    CHECK(r.appointments[0].organisation_id == "ks");
    CHECK(r.appointments[0].end_date == mandat::date(2025, 12, 31));
    CHECK(r.appointments[1].role == mandat::role::coordinator);
    CHECK_FALSE(r.appointments[1].end_date);
    CHECK(r.appointments[1].covers(mandat::date(2030, 1, 1)));
    REQUIRE(r.meetings.size() == 1);
    CHECK(r.meetings[0].on == mandat::date(2022, 3, 10));
    CHECK(r.meetings[0].attendee_ids == std::vector<std::string>{"p1", "p2"});
}

TEST_CASE("unknown members on any object survive a load/save round trip") {
    const auto r = mandat::load_roster(small_roster);
    CHECK(r.extra["source_register"]["name"] == "a Popolo export");
    CHECK(r.persons[0].extra["identifiers"][0]["identifier"] == "123");
    CHECK(r.appointments[0].extra["label"] == "KS-representant");
    CHECK(r.meetings[0].extra["location"] == "Steinkjer");
    const auto again = mandat::load_roster(mandat::dump_roster(r));
    CHECK(again == r);
    // Member for member, the document written is the document read.
    CHECK(mandat::to_json(again) == json::parse(small_roster));
}

TEST_CASE("save_roster_file and load_roster_file round trip") {
    const auto dir = std::filesystem::temp_directory_path() / "mandat-test-roster";
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "r.json").string();
    const auto r = mandat::load_roster(small_roster);
    mandat::save_roster_file(r, path);
    CHECK(mandat::load_roster_file(path) == r);
    std::filesystem::remove_all(dir);
}

TEST_CASE("bad roster documents are rejected with the JSON pointer") {
    const std::vector<bad_document> cases = {
        {"malformed JSON", R"({"format": "mandat.roster/1", "persons": [)", "document.malformed_json", "/persons/0",
         "malformed JSON"},
        {"end before start", with("/memberships/0/end_date", "2021-12-31"), "document.inconsistent", "/memberships/0/end_date",
         "the end date 2021-12-31 is before the start date 2022-01-01"},
        {"impossible date", with("/memberships/1/start_date", "2023-02-30"), "document.invalid_date", "/memberships/1/start_date",
         "\"2023-02-30\" is not a valid calendar date"},
        {"impossible meeting date", with("/meetings/0/date", "2022-13-01"), "document.invalid_date", "/meetings/0/date",
         "not a valid"},
        {"duplicate person id", with("/persons/1/id", "p1"), "document.duplicate_id", "/persons/1/id",
         "the person id \"p1\" is used twice"},
        {"duplicate membership id", with("/memberships/1/id", "m1"), "document.duplicate_id", "/memberships/1/id", "used twice"},
        {"duplicate attendee", with("/meetings/0/attendee_ids/1", "p1"), "document.duplicate_id", "/meetings/0/attendee_ids/1",
         "listed twice"},
        {"unknown role", with("/memberships/0/role", "chair"), "document.invalid_value", "/memberships/0/role",
         "\"chair\" is not a role"},
        {"wrong type", with("/memberships/0/person_id", 7), "document.wrong_type", "/memberships/0/person_id",
         "expected a string"},
        {"missing member", with("/memberships/0", json::parse(R"({"person_id": "p1"})")), "document.missing_member",
         "/memberships/0", "\"organization_id\" is missing"},
        {"empty name", with("/persons/0/name", ""), "document.invalid_value", "/persons/0/name", "non-empty"},
        {"wrong format", with("/format", "popolo"), "document.unsupported_format", "/format", "unsupported format"},
        {"not an array", with("/persons", json::object()), "document.wrong_type", "/persons", "expected an array"},
        {"absurdly long person id", with("/persons/0/id", std::string(1000, 'p')), "document.too_long", "/persons/0/id",
         "a string of 1000 bytes is longer than the limit of 256 for an id"},
        {"absurdly long title", with("/meetings/0/title", std::string(5000, 't')), "document.too_long", "/meetings/0/title",
         "longer than the limit of 4096 for a name"},
        {"non-UTF-8 name",
         std::string(R"({"format": "mandat.roster/1", "persons": [{"id": "p", "name": "K)") + "\xe5" +
             R"(ri"}], "memberships": []})",
         "document.malformed_json", "/persons/0/name", "UTF-8"},
        {"a number for a date", with("/memberships/0/start_date", 20220101), "document.wrong_type", "/memberships/0/start_date",
         "expected a string, found an integer"},
        // Numbers in unknown members are kept exactly or refused, never rewritten.
        {"an integer beyond 64 bits", number_member("123456789012345678901234567890"), "document.out_of_range",
         "/persons/0/salary",
         "the integer 123456789012345678901234567890 is outside the 64-bit range and could not be kept exactly"},
        {"more digits than a double holds", number_member("0.1000000000000000000001"), "document.out_of_range",
         "/persons/0/salary", "the number 0.1000000000000000000001 cannot be kept exactly"},
        {"a number that underflows", number_member("1e-400"), "document.out_of_range", "/persons/0/salary",
         "the number 1e-400 cannot be kept exactly"},
        {"a number that overflows", number_member("1e400"), "document.malformed_json", "/persons/0/salary",
         "number overflow parsing '1e400'"},
        {"a long number is cut in the message", number_member(std::string(60, '9')), "document.out_of_range", "/persons/0/salary",
         "the integer 9999999999999999999999999999999999999... is outside"},
        {"bytes after a NUL", std::string(small_roster) + std::string("\0{}", 3), "document.malformed_json", "",
         "a NUL byte, which JSON text never holds"},
        {"a NUL inside a name",
         std::string(R"({"format": "mandat.roster/1", "persons": [{"id": "p", "name": "K)") + std::string("\0", 1) +
             R"(ri"}], "memberships": []})",
         "document.malformed_json", "/persons/0/name", "(byte 64): a NUL byte"},
    };
    check_bad_documents(cases, [](const std::string& text) { mandat::load_roster(text); });
}

TEST_CASE("the bundled example roster loads and round trips") {
    const std::string path = std::string(MANDAT_SOURCE_DIR) + "/examples/roster-2022-2025.json";
    const auto r = mandat::load_roster_file(path);
    CHECK(r.persons.size() == 15);
    CHECK(r.appointments.size() == 25);
    CHECK(r.meetings.size() == 48);  // 8+8+9+8 working committee, 4+4+4+3 steering group
    CHECK(mandat::load_roster(mandat::dump_roster(r)) == r);
}
