// Roster documents (mandat/roster.hpp): load_roster, roster_from_json, to_json, dump_roster,
// load_roster_file, save_roster_file; unknown members survive; bad input names its pointer.
#include <unistd.h>
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>

#include "bad_documents.hpp"
#include "mandat/mandat.hpp"
#include "support.hpp"

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
    const json& x = mandat::to_json(r.persons[0].extra);
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
    CHECK(mandat::to_json(r.extra)["source_register"]["name"] == "a Popolo export");
    CHECK(mandat::to_json(r.persons[0].extra)["identifiers"][0]["identifier"] == "123");
    CHECK(mandat::to_json(r.appointments[0].extra)["label"] == "KS-representant");
    CHECK(mandat::to_json(r.meetings[0].extra)["location"] == "Steinkjer");
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

namespace {

// Bad roster documents, each with the error it must get.
std::vector<bad_document> bad_rosters() {
    return {
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
}

}  // namespace

TEST_CASE("bad roster documents are rejected with the JSON pointer") {
    check_bad_documents(bad_rosters(), [](const std::string& text) { mandat::load_roster(text); });
}

TEST_CASE("the bundled example roster loads and round trips") {
    const std::string path = mandat::testing::example_roster_path;
    const auto r = mandat::load_roster_file(path);
    CHECK(r.persons.size() == 15);
    CHECK(r.appointments.size() == 25);
    CHECK(r.meetings.size() == 48);  // 8+8+9+8 working committee, 4+4+4+3 steering group
    CHECK(mandat::load_roster(mandat::dump_roster(r)) == r);
}

// load_roster reads a document as it streams: each person, membership and meeting is built and
// converted alone. roster_from_json reads a whole tree. Both give the same roster and the same
// first error.
namespace {

struct failure {
    std::string id, pointer, what;
    bool operator==(const failure& o) const { return id == o.id && pointer == o.pointer && what == o.what; }
};

template <class Load>
failure failure_of(Load load) {
    try {
        load();
    } catch (const mandat::document_error& e) {
        return {e.id(), e.pointer(), e.what()};
    }
    return {"", "", "not rejected"};
}

mandat::roster from_tree(const std::string& text) { return mandat::roster_from_json(mandat::parse_json(text)); }

// A file holding `text`, removed with the object.
struct temp_file {
    explicit temp_file(const std::string& text) { std::ofstream(path, std::ios::binary) << text; }
    ~temp_file() { std::filesystem::remove(path); }
    temp_file(const temp_file&) = delete;
    temp_file& operator=(const temp_file&) = delete;
    // One name per process: CTest runs test cases side by side, each in a process of its own.
    std::string path =
        (std::filesystem::temp_directory_path() / ("mandat-test-stream-" + std::to_string(::getpid()) + ".json")).string();
};

failure text_failure(const std::string& text) {
    return failure_of([&] { mandat::load_roster(text); });
}

// The same failure from the text, the file and the tree; returns it.
failure same_failure(const std::string& text) {
    const failure streamed = text_failure(text);
    CHECK(failure_of([&] { from_tree(text); }) == streamed);
    const temp_file file(text);
    const failure from_file = failure_of([&] { mandat::load_roster_file(file.path); });
    CHECK(from_file.id == streamed.id);
    CHECK(from_file.pointer == streamed.pointer);
    CHECK(from_file.what == streamed.what + " (in " + file.path + ")");
    return streamed;
}

std::string nested_arrays(std::size_t levels) { return std::string(levels, '[') + std::string(levels, ']'); }

}  // namespace

TEST_CASE("a roster read as it streams is the roster read from its tree") {
    const std::string example = mandat::read_file(mandat::testing::example_roster_path);
    for (const std::string& text : {std::string(small_roster), example, number_member("0.25")}) {
        CHECK(mandat::load_roster(text) == from_tree(text));
        const temp_file file(text);
        CHECK(mandat::load_roster_file(file.path) == from_tree(text));
    }
    // The members in another order, unknown members before, between and after the lists, an
    // explicit null for the meetings, and an unknown member nested to the depth limit (32: the
    // root, the list, the person and 29 arrays) with a string of the longest length allowed.
    const std::string text = R"({"z": {"a": [1, {"b": null}]}, "memberships": [{"person_id": "p1", "organization_id": "ks",)"
                             R"( "on_behalf_of_id": "ks", "role": "leader", "start_date": "2024-02-29", "x": 1.5}], "m": "v",)"
                             R"( "meetings": null, "persons": [{"name": "Kari", "id": "p1", "deep": )" +
                             nested_arrays(29) + R"(, "long": ")" + std::string(std::size_t{1} << 20, 'x') +
                             R"("}], "format": "mandat.roster/1", "a": []})";
    const auto r = mandat::load_roster(text);
    CHECK(r == from_tree(text));
    REQUIRE(r.persons.size() == 1);
    CHECK(r.persons[0].id == "p1");
    CHECK(r.persons[0].name == "Kari");
    CHECK(mandat::to_json(r.persons[0].extra)["deep"] == json::parse(nested_arrays(29)));
    CHECK(mandat::to_json(r.persons[0].extra)["long"].get<std::string>().size() == std::size_t{1} << 20);
    REQUIRE(r.appointments.size() == 1);
    CHECK(r.appointments[0].role == mandat::role::leader);
    CHECK(r.appointments[0].start_date == mandat::date(2024, 2, 29));
    CHECK(mandat::to_json(r.appointments[0].extra) == json::parse(R"({"x": 1.5})"));
    CHECK(r.meetings.empty());
    CHECK(mandat::to_json(r.extra) == json::parse(R"({"a": [], "m": "v", "z": {"a": [1, {"b": null}]}})"));
}

TEST_CASE("bad roster documents: the same error from the text, the file and the tree") {
    const auto cases = bad_rosters();
    // The table's expectations hold for the tree's reader too ...
    check_bad_documents(cases, [](const std::string& text) { from_tree(text); });
    // ... and the streaming reader's error is the tree's, word for word, also from a file.
    for (const auto& c : cases) {
        INFO(c.name);
        CHECK(same_failure(c.text).id == c.id);
    }
}

TEST_CASE("every truncation of a roster fails as the tree's reader fails") {
    const std::string text = small_roster;
    for (std::size_t n = 0; n < text.size(); ++n) {
        const std::string head = text.substr(0, n);
        INFO(head);
        const failure streamed = text_failure(head);
        CHECK(streamed.id == "document.malformed_json");
        CHECK(failure_of([&] { from_tree(head); }) == streamed);
    }
    // Cut within the first person's name: the error names where the text ended.
    const auto cut = text.find("Kari");
    CHECK(text_failure(text.substr(0, cut + 2)).pointer == "/persons/0/name");
}

TEST_CASE("a roster's first error follows its members' order, not the text's") {
    // The lists come before the format in the text, each with an error: the format is judged first.
    const std::string lists = R"("memberships": [{"person_id": 7}], "persons": [{"id": "p"}, {"id": 8}])";
    CHECK(same_failure("{" + lists + R"(, "format": "popolo"})") ==
          failure{"document.unsupported_format", "/format",
                  "at /format: unsupported format \"popolo\" (expected \"mandat.roster/1\")"});
    // Then the persons, whose first error is their first element's, though the memberships come first.
    CHECK(same_failure("{" + lists + R"(, "format": "mandat.roster/1"})") ==
          failure{"document.missing_member", "/persons/0", "at /persons/0: the required member \"name\" is missing"});
    CHECK(
        same_failure(
            R"({"memberships": [{"person_id": 7}], "persons": [{"id": "p", "name": "K"}, {"id": 8}], "format": "mandat.roster/1"})") ==
        failure{"document.wrong_type", "/persons/1/id", "at /persons/1/id: expected a string, found an integer"});
    // Then the memberships.
    CHECK(same_failure(R"({"memberships": [{"person_id": 7}], "persons": [], "format": "mandat.roster/1"})") ==
          failure{"document.wrong_type", "/memberships/0/person_id",
                  "at /memberships/0/person_id: expected a string, found an integer"});
    // Then the meetings, optional: a list missing, and one that is not an array.
    CHECK(same_failure(R"({"meetings": [], "format": "mandat.roster/1", "persons": []})") ==
          failure{"document.missing_member", "", "at the document root: the required member \"memberships\" is missing"});
    CHECK(same_failure(R"({"meetings": "none", "format": "mandat.roster/1", "persons": [], "memberships": []})") ==
          failure{"document.wrong_type", "/meetings", "at /meetings: expected an array, found a string"});
    CHECK(same_failure(R"({"format": "mandat.roster/1", "persons": {"id": "p"}, "memberships": []})") ==
          failure{"document.wrong_type", "/persons", "at /persons: expected an array, found an object"});
    // A fault of the text beats every error of its members, wherever it stands.
    CHECK(same_failure(R"({"format": "popolo", "persons": [{}], "memberships": [], "z": [1, 2,]})").id ==
          "document.malformed_json");
    CHECK(same_failure(R"({"format": "popolo", "persons": [{}], "memberships": [], "z": {"k": 1, "k": 2}})") ==
          failure{"document.duplicate_key", "/z/k",
                  "at /z/k: the key \"k\" appears twice in one object (a later value would silently replace an earlier "
                  "one)"});
    // The root itself.
    CHECK(same_failure("[]") == failure{"document.wrong_type", "", "at the document root: expected an object, found an array"});
    CHECK(same_failure("[{\"format\": 1}]") ==
          failure{"document.wrong_type", "", "at the document root: expected an object, found an array"});
    CHECK(same_failure("7") == failure{"document.wrong_type", "", "at the document root: expected an object, found an integer"});
    CHECK(same_failure("{}") ==
          failure{"document.missing_member", "", "at the document root: the required member \"format\" is missing"});
}

TEST_CASE("a roster element that is not an object is named by its index") {
    const std::string head = R"({"format": "mandat.roster/1", )";
    CHECK(same_failure(head + R"("persons": [{"id": "p", "name": "K"}, 7], "memberships": []})") ==
          failure{"document.wrong_type", "/persons/1", "at /persons/1: expected an object, found an integer"});
    CHECK(same_failure(head + R"("persons": [], "memberships": [["p"]]})") ==
          failure{"document.wrong_type", "/memberships/0", "at /memberships/0: expected an object, found an array"});
    CHECK(same_failure(head + R"("persons": [], "memberships": [], "meetings": [null]})") ==
          failure{"document.wrong_type", "/meetings/0", "at /meetings/0: expected an object, found null"});
}

TEST_CASE("a huge string and deep nesting in an unknown member of a roster") {
    const std::string head = R"({"format": "mandat.roster/1", "persons": [], "memberships": [], "meetings": [{"notes": )";
    CHECK(same_failure(head + '"' + std::string((std::size_t{1} << 20) + 1, 'n') + R"("}]})") ==
          failure{"document.too_large", "/meetings/0/notes",
                  "at /meetings/0/notes: a string of 1048577 bytes is longer than the limit of 1048576 bytes"});
    // The root, the list and the meeting are 3 levels; 29 arrays more are the limit of 32.
    std::string pointer = "/meetings/0/notes";
    for (int i = 0; i < 29; ++i) pointer += "/0";
    CHECK(same_failure(head + nested_arrays(30) + R"(}]})") ==
          failure{"document.too_deep", pointer, "at " + pointer + ": nesting deeper than the limit of 32 levels"});
}

TEST_CASE("a NUL byte far into a roster is named before an earlier fault, also in a file read in chunks") {
    // The duplicate key comes first, the NUL more than a chunk of the file later: the NUL is the
    // error, at the pointer of the first fault before it, as for every NUL.
    const std::string head = R"({"format": "mandat.roster/1", "format": 1, "persons": [], "memberships": [], "z": ")";
    const std::string text = head + std::string(100000, 'x') + std::string("\0", 1) + R"("})";
    CHECK(same_failure(text) ==
          failure{"document.malformed_json", "/format",
                  "at /format: malformed JSON (byte " + std::to_string(head.size() + 100000) +
                      "): a NUL byte, which JSON text never holds (inside a string it is written \\u0000)"});
}

TEST_CASE("extra_members is a value: empty by default, copied, compared, and its JSON object given back") {
    const mandat::extra_members none;
    CHECK(none.empty());
    CHECK(none.size() == 0);
    CHECK_FALSE(none.contains("a"));
    CHECK(mandat::to_json(none) == json::object());
    // An empty object is no members: the same as none.
    CHECK(mandat::extra_members_from_json(json::object()) == none);
    CHECK(mandat::extra_members_from_json(json::object()).empty());

    const auto x = mandat::extra_members_from_json(json::parse(R"({"b": [1, {"c": null}], "a": 0.1})"));
    CHECK_FALSE(x.empty());
    CHECK(x.size() == 2);
    CHECK(x.contains("a"));
    CHECK_FALSE(x.contains("c"));
    CHECK(mandat::to_json(x) == json::parse(R"({"a": 0.1, "b": [1, {"c": null}]})"));
    CHECK(x != none);

    mandat::extra_members copy = x;  // a copy of its own, equal to the original
    CHECK(copy == x);
    copy = none;
    CHECK(copy.empty());
    CHECK(x.size() == 2);
    mandat::extra_members moved = mandat::extra_members(x);
    CHECK(moved == x);
    CHECK(mandat::extra_members_from_json(json::parse(R"({"a": 0.2, "b": [1, {"c": null}]})")) != x);

    CHECK_THROWS_AS(mandat::extra_members_from_json(json::array()), std::invalid_argument);
    CHECK_THROWS_AS(mandat::extra_members_from_json(json(1)), std::invalid_argument);
}
