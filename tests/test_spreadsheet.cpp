// Spreadsheet rosters (mandat/spreadsheet.hpp, mandat/csv.hpp): the example roster to CSV and
// back, the committed semicolon/BOM fixture, and each bad-cell class with its exact message.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <tuple>

#include "cli/cli.hpp"
#include "cli_run.hpp"
#include "mandat/csv.hpp"
#include "mandat/mandat.hpp"
#include "support.hpp"

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

using mandat::testing::source_path;

std::string read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    REQUIRE(in);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

json read_json(const std::string& relative) {
    std::ifstream in(source_path(relative));
    std::stringstream s;
    s << in.rdbuf();
    return json::parse(s.str());
}

fs::path fresh_dir(const std::string& name) {
    const auto dir = fs::temp_directory_path() / ("mandat-test-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// The roster of three CSV texts (meetings optional), as read_csv_roster reads a folder.
mandat::roster from_csv(const std::string& persons, const std::string& memberships, const std::string& meetings = "") {
    mandat::roster_tables t;
    t.persons = mandat::parse_csv_table(persons, "persons.csv");
    t.memberships = mandat::parse_csv_table(memberships, "memberships.csv");
    if (!meetings.empty()) t.meetings = mandat::parse_csv_table(meetings, "meetings.csv");
    return mandat::roster_from_tables(t);
}

const std::string persons_ok = "id,name\np1,Kari\np2,Ola\n";
const std::string memberships_ok =
    "person_id,organization_id,on_behalf_of_id,role,start_date,end_date\n"
    "p1,styringsgruppen,ks,member,2022-01-01,2025-12-31\n";
const std::string membership_header = "person_id,organization_id,on_behalf_of_id,role,start_date,end_date\n";

std::string error_id(const std::function<void()>& f) {
    try {
        f();
    } catch (const mandat::spreadsheet_error& e) {
        return e.id();
    }
    return "(no error)";
}

}  // namespace

TEST_CASE("csv: the example roster written as CSV and read back equals the original", "[spreadsheet]") {
    const json original = read_json("examples/roster-2022-2025.json");
    const auto r = mandat::roster_from_json(original);
    const auto dir = fresh_dir("example-roster");
    mandat::write_csv_roster(r, dir.string());
    for (const char* f : {"persons.csv", "memberships.csv", "meetings.csv", "document.csv"}) CHECK(fs::exists(dir / f));
    const auto back = mandat::read_csv_roster(dir.string());
    CHECK(back == r);
    CHECK(mandat::to_json(back) == original);
    // Byte for byte the committed examples/roster-csv/, which the Python writer wrote too.
    for (const char* f : {"persons.csv", "memberships.csv", "meetings.csv", "document.csv"}) {
        INFO(f);
        std::ifstream a(dir / f, std::ios::binary), b(source_path(std::string("examples/roster-csv/") + f), std::ios::binary);
        std::stringstream sa, sb;
        sa << a.rdbuf();
        sb << b.rdbuf();
        CHECK(sa.str() == sb.str());
    }
    CHECK(mandat::read_csv_roster(source_path("examples/roster-csv")) == r);
    // The one top-level member beyond the lists is the document table's one row.
    CHECK(mandat::roster_to_tables(r).document->rows.size() == 1);
    fs::remove_all(dir);
}

TEST_CASE("csv: unknown members of every kind and value type survive a round trip", "[spreadsheet]") {
    const json original = json::parse(R"({
      "format": "mandat.roster/1",
      "source_register": {"name": "a register", "exported": "2025-01-05"},
      "count": 3,
      "persons": [
        {"id": "p1", "name": "Kari \"K\" Eksempel, KS", "email": "", "identifiers": [{"scheme": "hr", "identifier": "123"}],
         "phone": "12345678", "note": "line one\nline two", "active": true, "nothing": null, "empty": ""},
        {"id": "p2", "name": "Ola; Ås", "phone": "+47 99 88 77 66"}
      ],
      "memberships": [
        {"id": "m1", "person_id": "p1", "organization_id": "styringsgruppen", "on_behalf_of_id": "ks",
         "role": "member", "start_date": "2022-01-01", "end_date": "2025-12-31", "label": "KS-representant"},
        {"person_id": "p2", "organization_id": "arbeidsutvalget", "on_behalf_of_id": "tfk",
         "role": "coordinator", "start_date": "2022-01-01", "weight": 1.5}
      ],
      "meetings": [
        {"id": "sg-1", "organization_id": "styringsgruppen", "date": "2022-03-10", "attendee_ids": ["p1", "p2"],
         "title": "", "location": "Steinkjer"},
        {"organization_id": "styringsgruppen", "date": "2022-06-10", "attendee_ids": []}
      ]
    })");
    const auto r = mandat::roster_from_json(original);
    const auto dir = fresh_dir("extras");
    mandat::write_csv_roster(r, dir.string());
    const auto back = mandat::read_csv_roster(dir.string());
    CHECK(mandat::to_json(back) == original);
    // The string "12345678" is written as a JSON string literal, so it does not come back as a number.
    const auto t = mandat::roster_to_tables(r);
    const auto& h = t.persons.header;
    const auto phone = static_cast<std::size_t>(std::find(h.begin(), h.end(), "phone") - h.begin());
    CHECK(t.persons.rows[0].cells[phone] == "\"12345678\"");
    CHECK(t.persons.rows[1].cells[phone] == "+47 99 88 77 66");
    CHECK(t.persons.rows[0].cells[2] == "\"\"");  // the empty email
    // A number that JSON would not keep exactly stays text, and so comes back as written.
    mandat::roster_tables big;
    big.persons =
        mandat::parse_csv_table("id,name,n,x,ok\np1,Kari,123456789012345678901234567890,1e400,[1e400]\n", "persons.csv");
    big.memberships = mandat::parse_csv_table(membership_header, "memberships.csv");
    CHECK(mandat::to_json(mandat::roster_from_tables(big).persons[0].extra) ==
          json{{"n", "123456789012345678901234567890"}, {"x", "1e400"}, {"ok", "[1e400]"}});
    fs::remove_all(dir);
}

TEST_CASE("csv: a table is written with every field quoted, ',' and CRLF", "[spreadsheet]") {
    mandat::spreadsheet_table t;
    t.header = {"id", "name"};
    t.rows.push_back({2, {"p1", "Kari \"K\", KS\nline 2"}});
    t.rows.push_back({3, {"p2", ""}});
    CHECK(mandat::format_csv_table(t) == "\"id\",\"name\"\r\n\"p1\",\"Kari \"\"K\"\", KS\nline 2\"\r\n\"p2\",\"\"\r\n");
}

TEST_CASE("csv: semicolons, a byte order mark, CRLF, quoted line breaks and unknown columns", "[spreadsheet]") {
    const auto r = mandat::read_csv_roster(source_path("tests/data/spreadsheet/semicolon-bom"));
    const json expected = json::parse(R"({
      "format": "mandat.roster/1",
      "description": "Hand-written test roster",
      "source": {"exported": "2025-01-05", "rows": 5},
      "persons": [
        {"id": "p1", "name": "Kari Nordmann; KS", "email": "kari@example.org", "phone": "+47 12 34 56 78"},
        {"id": "p2", "name": "Ola Ås"}
      ],
      "memberships": [
        {"id": "m1", "person_id": "p1", "organization_id": "styringsgruppen", "on_behalf_of_id": "ks",
         "role": "leader", "start_date": "2022-01-01", "end_date": "2025-12-31", "weight": 2},
        {"id": "m2", "person_id": "p2", "organization_id": "arbeidsutvalget", "on_behalf_of_id": "tfk",
         "role": "member", "start_date": "2022-01-01"}
      ],
      "meetings": [
        {"id": "sg-1", "organization_id": "styringsgruppen", "date": "2022-03-10", "attendee_ids": ["p1", "p2"],
         "title": "Oppstart\r\ni Steinkjer"},
        {"id": "au-1", "organization_id": "arbeidsutvalget", "date": "2022-03-03", "attendee_ids": ["p2"]}
      ]
    })");
    CHECK(mandat::to_json(r) == expected);
}

TEST_CASE("csv: each record knows the line where it starts", "[spreadsheet]") {
    const auto t = mandat::parse_csv_table("a,b\r\n1,\"x\r\ny\r\nz\"\r\n\r\n\r\n2,w\n3,\"\"\n", "t.csv");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].line == 2);
    CHECK(t.rows[0].cells == std::vector<std::string>{"1", "x\r\ny\r\nz"});
    CHECK(t.rows[1].line == 7);
    CHECK(t.rows[2].line == 8);
    CHECK(t.rows[2].cells == std::vector<std::string>{"3", ""});
    // Spaces are data.
    CHECK(mandat::parse_csv_table("a,b\n x , y\n", "t.csv").rows[0].cells == std::vector<std::string>{" x ", " y"});
    // A bad date after a multi-line record names the record's own line.
    CHECK_THROWS_WITH(
        from_csv(persons_ok, membership_header + "p1,sg,\"k\ns\",member,2022-01-01,\np1,sg,ks,member,2022-01-01,2023-02-30\n"),
        "memberships.csv line 4, end_date: 2023-02-30 is not a date (expected YYYY-MM-DD or DD.MM.YYYY)");
}

TEST_CASE("csv: the tokeniser, case by case", "[spreadsheet]") {
    using cells = std::vector<std::string>;
    // A lone CR ends a record and a line, as LF and CRLF do; inside quotes it is kept.
    auto t = mandat::parse_csv_table("a,b\r1,x\r\"2\r\",y", "t.csv");
    REQUIRE(t.rows.size() == 2);
    CHECK((t.rows[0].line == 2 && t.rows[0].cells == cells{"1", "x"}));
    CHECK((t.rows[1].line == 3 && t.rows[1].cells == cells{"2\r", "y"}));
    // A separator at the end of a line is an empty last field; "" is an empty quoted field.
    t = mandat::parse_csv_table("a;b\n1;\n\"\";\"\"\"\"\n", "t.csv");
    CHECK(t.rows[0].cells == cells{"1", ""});
    CHECK(t.rows[1].cells == cells{"", "\""});
    // The separator of the header line only: ',' is data in a ';' file.
    CHECK(mandat::parse_csv_table("a;b;c,d\nx,y;z;w\n", "t.csv").rows[0].cells == cells{"x,y", "z", "w"});
    // The detail says what is wrong, and the line is the character's.
    CHECK_THROWS_WITH(mandat::parse_csv_table("a,b\n1,2\n\"x\"y,z\n", "t.csv"),
                      "t.csv line 3: not well-formed CSV (text after the closing quote of a field; expected fields "
                      "separated by ',' or ';', quotes only around a whole field, \"\" for a quote inside one, every "
                      "quote closed)");
    CHECK_THROWS_WITH(mandat::parse_csv_table("a,b\n1, \"2\"\n", "t.csv"),
                      Catch::StartsWith("t.csv line 2: not well-formed CSV (a quote inside a field that does not start "
                                        "with one;"));
    // A quote never closed: the line where its record starts, also after empty lines.
    CHECK_THROWS_WITH(mandat::parse_csv_table("a,b\n1,2\n\n\n3,\"x\ny\n", "t.csv"),
                      "t.csv line 5: not well-formed CSV: the file ends inside a quoted field (expected a closing quote)");
}

TEST_CASE("csv: dates as Norwegian Excel writes them (DD.MM.YYYY) are read, and written as YYYY-MM-DD", "[spreadsheet]") {
    const std::string m = membership_header;
    const std::string meetings = "organization_id,date\n";
    const auto r = from_csv(persons_ok, m + "p1,sg,ks,member,01.01.2022,31.12.2025\np2,sg,ks,member,1.1.2022,29.02.2024\n",
                            meetings + "sg,10.03.2022\n");
    REQUIRE(r.appointments.size() == 2);
    CHECK(mandat::format_date(r.appointments[0].start_date) == "2022-01-01");
    CHECK(mandat::format_date(*r.appointments[0].end_date) == "2025-12-31");
    CHECK(mandat::format_date(r.appointments[1].start_date) == "2022-01-01");  // one digit each: read
    CHECK(mandat::format_date(*r.appointments[1].end_date) == "2024-02-29");
    CHECK(mandat::format_date(r.meetings[0].on) == "2022-03-10");
    // Written back as ISO dates, the one form the writer writes.
    const auto tables = mandat::roster_to_tables(r);
    CHECK(tables.memberships.rows[0].cells[5] == "2022-01-01");
    CHECK(tables.memberships.rows[0].cells[6] == "2025-12-31");
    CHECK(tables.meetings->rows[0].cells[2] == "2022-03-10");
    // Not a real day, a two-digit year, other separators or extra text: the error of a bad date.
    for (const char* bad : {"31.02.2022", "29.02.2023", "1.1.22", "01.13.2022", "00.01.2022", "001.01.2022", "01.01.02022",
                            "01/01/2022", "01.01.2022.", ".01.2022", "01..2022", " 01.01.2022", "1.1.2022 ", "+1.1.2022"}) {
        INFO(bad);
        CHECK_THROWS_WITH(
            from_csv(persons_ok, m + "p1,sg,ks,member,2022-01-01,\"" + bad + "\"\n"),
            std::string("memberships.csv line 2, end_date: ") + bad + " is not a date (expected YYYY-MM-DD or DD.MM.YYYY)");
        CHECK(error_id([&] { (void)from_csv(persons_ok, m + "p1,sg,ks,member,\"" + bad + "\",\n"); }) ==
              mandat::errors::spreadsheet_invalid_date);
    }
    CHECK_THROWS_WITH(from_csv(persons_ok, m + "p1,sg,ks,member,02.01.2022,01.01.2022\n"),
                      "memberships.csv line 2, end_date: the end date 2022-01-01 is before the start date 2022-01-02");
}

TEST_CASE("csv: a file that is not UTF-8 is refused, naming each cell and how to save it as CSV UTF-8", "[spreadsheet]") {
    const std::string save_as =
        "mandat reads UTF-8 only: save the file again as \"CSV UTF-8\" (Excel: File > Save As > CSV UTF-8 (Comma "
        "delimited); LibreOffice: Save As, Character set Unicode (UTF-8))";
    // Norwegian letters as single bytes (Windows-1252, as Excel's plain "CSV" writes them): said so, never transcoded.
    try {
        (void)from_csv("id,name,employer\np1,Bj\xF8rn,TFK\np2,\xC6sa,S\xE5mi\np3,Ola,KS\n", memberships_ok);
        FAIL("read");
    } catch (const mandat::spreadsheet_error_list& e) {
        CHECK(e.id() == mandat::errors::spreadsheet_malformed);
        CHECK((e.file() == "persons.csv" && e.line() == 2 && e.column() == "name"));
        CHECK(std::string(e.what()) ==
              "persons.csv line 2, name: the text is not valid UTF-8 (the byte 0xF8 at byte 3 of the cell); the file is "
              "saved as Windows-1252 (Latin-1), where the byte 0xF8 is \"\xC3\xB8\"; " +
                  save_as +
                  "\n2 more problems in the same reading:"
                  "\n  persons.csv line 3, name: the text is not valid UTF-8 (the byte 0xC6 at byte 1 of the cell)"
                  "\n  persons.csv line 3, employer: the text is not valid UTF-8 (the byte 0xE5 at byte 2 of the cell)");
        REQUIRE(e.problems().size() == 3);
        CHECK((e.problems()[2].line() == 3 && e.problems()[2].column() == "employer"));
        CHECK(e.problems()[2].id() == mandat::errors::spreadsheet_malformed);
        CHECK_FALSE(e.stopped());
    }
    // Text with UTF-8 letters and a stray byte is not certainly Windows-1252: only how to save it.
    CHECK_THROWS_WITH(from_csv("id,name\np1,Bj\xC3\xB8rn\np2,\xF8\n", memberships_ok),
                      "persons.csv line 3, name: the text is not valid UTF-8 (the byte 0xF8 at byte 1 of the cell); " + save_as);
    // 0x81 is no character of Windows-1252; a header cell is named by its column's number.
    CHECK_THROWS_WITH(
        mandat::parse_csv_table("id,n\x81me\np1,Kari\n", "persons.csv"),
        "persons.csv line 1, column 2: the text is not valid UTF-8 (the byte 0x81 at byte 2 of the cell); " + save_as);
    // Overlong forms and surrogates are not UTF-8 either; a BOM is no cell's text.
    CHECK(error_id([] { (void)mandat::parse_csv_table("a\n\xC0\xAF\n", "t.csv"); }) == mandat::errors::spreadsheet_malformed);
    CHECK(error_id([] { (void)mandat::parse_csv_table("a\n\xED\xA0\x80\n", "t.csv"); }) == mandat::errors::spreadsheet_malformed);
    CHECK(error_id([] { (void)mandat::parse_csv_table("a\n\xF4\x90\x80\x80\n", "t.csv"); }) ==
          mandat::errors::spreadsheet_malformed);
    CHECK(mandat::parse_csv_table("\xEF\xBB\xBF"
                                  "a\n\xF0\x9F\x98\x80\xC3\xA6\n",
                                  "t.csv")
              .rows[0]
              .cells[0] == "\xF0\x9F\x98\x80\xC3\xA6");
}

TEST_CASE("spreadsheet: every bad cell of the tables is reported in one reading, the first as the error", "[spreadsheet]") {
    const std::string m = membership_header;
    const std::string meetings = "organization_id,date,attendee_ids\n";
    try {
        (void)from_csv("id,name\np1,Kari\np2,\n",
                       m + "p1,sg,ks,member,31.02.2022,\np1,sg,ks,boss,2022-13-01,\np2,sg,ks,member,2022-01-01,\n",
                       meetings + "sg,2022-03-10,p1;p9\nsg,10.03.2022,p2\n");
        FAIL("read");
    } catch (const mandat::spreadsheet_error_list& e) {
        // The first problem is the error, as when only it was reported.
        CHECK(e.id() == mandat::errors::spreadsheet_missing_value);
        CHECK((e.file() == "persons.csv" && e.line() == 3 && e.column() == "name"));
        CHECK(e.detail() == "empty (expected a name)");
        CHECK(std::string(e.what()) ==
              "persons.csv line 3, name: empty (expected a name)\n"
              "4 more problems in the same reading:\n"
              "  memberships.csv line 2, start_date: 31.02.2022 is not a date (expected YYYY-MM-DD or DD.MM.YYYY)\n"
              "  memberships.csv line 3, role: \"boss\" is not a role (expected member, leader, coordinator or secretary)\n"
              "  memberships.csv line 3, start_date: 2022-13-01 is not a date (expected YYYY-MM-DD or DD.MM.YYYY)\n"
              "  meetings.csv line 2, attendee_ids: \"p9\" is not a person of persons.csv");
        REQUIRE(e.problems().size() == 5);
        CHECK(e.problems()[0].what() == std::string("persons.csv line 3, name: empty (expected a name)"));
        CHECK(e.problems()[3].id() == mandat::errors::spreadsheet_invalid_date);
        CHECK((e.problems()[4].file() == "meetings.csv" && e.problems()[4].line() == 2));
        CHECK_FALSE(e.stopped());
    }
    // A header that cannot be read ends the reading, after the problems found before it.
    try {
        (void)from_csv("id,name\np1,\n", "person_id,role\np1,member\n");
        FAIL("read");
    } catch (const mandat::spreadsheet_error_list& e) {
        CHECK(std::string(e.what()) ==
              "persons.csv line 2, name: empty (expected a name)\n1 more problem in the same reading:\n"
              "  memberships.csv line 1: the required column organization_id is missing");
    }
    // One problem is thrown as it always was: a spreadsheet_error, not a list.
    CHECK_THROWS_MATCHES(from_csv(persons_ok, m + "p1,sg,ks,member,31.02.2022,\n"), mandat::spreadsheet_error,
                         Catch::Predicate<mandat::spreadsheet_error>([](const mandat::spreadsheet_error& e) {
                             return dynamic_cast<const mandat::spreadsheet_error_list*>(&e) == nullptr;
                         }));
}

TEST_CASE("spreadsheet: the reading stops at the limit of problems, and says so", "[spreadsheet]") {
    std::string memberships = membership_header;
    for (int i = 0; i < 150; ++i) memberships += "p1,sg,ks,member,2022-02-30,\n";
    try {
        (void)from_csv(persons_ok, memberships);
        FAIL("read");
    } catch (const mandat::spreadsheet_error_list& e) {
        REQUIRE(e.problems().size() == mandat::max_spreadsheet_problems);
        CHECK(e.problems().back().line() == 101);
        CHECK(e.stopped());
        const std::string what = e.what();
        CHECK(what.substr(what.rfind('\n') + 1) == "(stopped at 100 problems, the limit of one reading: there may be more)");
        CHECK(what.find("\n99 more problems in the same reading:\n") != std::string::npos);
    }
}

TEST_CASE("csv: rows with every cell empty hold nothing and are ignored", "[spreadsheet]") {
    const auto r = from_csv("id,name\n,\np1,Kari\n,\n", memberships_ok);
    REQUIRE(r.persons.size() == 1);
    CHECK(r.persons[0].id == "p1");
    // A row that is short is not empty: it is an error, not ignored.
    CHECK_THROWS_WITH(from_csv("id,name\np1,Kari\np2\n", memberships_ok),
                      "persons.csv line 3: 1 cells, expected 2 (one per column of the header line)");
}

TEST_CASE("csv: each bad cell names the file, the line and the column", "[spreadsheet]") {
    const std::string m = membership_header;
    CHECK_THROWS_WITH(from_csv(persons_ok, m + "p1,sg,ks,member,2022-01-01,\np1,sg,ks,member,2022-01-01,2023-02-30\n"),
                      "memberships.csv line 3, end_date: 2023-02-30 is not a date (expected YYYY-MM-DD or DD.MM.YYYY)");
    CHECK_THROWS_WITH(from_csv(persons_ok, m + "p1,sg,ks,member,1.1.22,\n"),
                      "memberships.csv line 2, start_date: 1.1.22 is not a date (expected YYYY-MM-DD or DD.MM.YYYY)");
    CHECK_THROWS_WITH(from_csv(persons_ok, m + "p1,sg,ks,member,,\n"),
                      "memberships.csv line 2, start_date: empty (expected a date, YYYY-MM-DD or DD.MM.YYYY)");
    CHECK_THROWS_WITH(from_csv(persons_ok, m + "p1,sg,ks,boss,2022-01-01,\n"),
                      "memberships.csv line 2, role: \"boss\" is not a role (expected member, leader, coordinator or secretary)");
    CHECK_THROWS_WITH(from_csv(persons_ok, m + "p1,sg,ks,member,2022-01-01,2021-12-31\n"),
                      "memberships.csv line 2, end_date: the end date 2021-12-31 is before the start date 2022-01-01");
    CHECK_THROWS_WITH(from_csv(persons_ok, "person_id,organization_id,on_behalf_of_id,role\np1,sg,ks,member\n"),
                      "memberships.csv line 1: the required column start_date is missing");
    CHECK_THROWS_WITH(from_csv("id,name,name\np1,Kari,Kari\n", memberships_ok),
                      "persons.csv line 1, name: the column appears twice (columns 2 and 3)");
    CHECK_THROWS_WITH(from_csv("id,name,\np1,Kari,x\n", memberships_ok),
                      "persons.csv line 1, column 3: a column without a name (expected a name in the header line)");
    CHECK_THROWS_WITH(from_csv("id,name\np1,Kari,extra\n", memberships_ok),
                      "persons.csv line 2: 3 cells, expected 2 (one per column of the header line)");
    CHECK_THROWS_WITH(from_csv("id,name\np1,\n", memberships_ok), "persons.csv line 2, name: empty (expected a name)");
    CHECK_THROWS_WITH(from_csv("id,name\n,Kari\n", memberships_ok), "persons.csv line 2, id: empty (expected an id)");
    CHECK_THROWS_WITH(from_csv("id,name\np1,Kari\np1,Ola\n", memberships_ok),
                      "persons.csv line 3, id: the person id \"p1\" is used twice (first on line 2)");
    CHECK_THROWS_WITH(from_csv("id,name\n" + std::string(257, 'x') + ",Kari\n", memberships_ok),
                      "persons.csv line 2, id: 257 bytes, longer than the limit of 256 for an id");
    CHECK_THROWS_WITH(from_csv("id,name\np1,K\xC3\n", memberships_ok),
                      Catch::StartsWith("persons.csv line 2, name: the text is not valid UTF-8 (the byte 0xC3 at byte 2 of "
                                        "the cell); the file is saved as Windows-1252 (Latin-1), where the byte 0xC3 is "
                                        "\"\xC3\x83\"; mandat reads UTF-8 only"));
    const std::string meetings = "organization_id,date,attendee_ids\n";
    CHECK_THROWS_WITH(from_csv(persons_ok, memberships_ok, meetings + "sg,2022-03-10,p1;p9\n"),
                      "meetings.csv line 2, attendee_ids: \"p9\" is not a person of persons.csv");
    CHECK_THROWS_WITH(from_csv(persons_ok, memberships_ok, meetings + "sg,2022-03-10,p1; p2 ;p1\n"),
                      "meetings.csv line 2, attendee_ids: the attendee \"p1\" is listed twice");
    CHECK_THROWS_WITH(from_csv(persons_ok, memberships_ok, meetings + "sg,2022-03-10,p1;;p2\n"),
                      "meetings.csv line 2, attendee_ids: an empty attendee (expected person ids separated by \";\")");
    CHECK_THROWS_WITH(from_csv(persons_ok, memberships_ok, meetings + "sg,2022-03-10,p1\n\"sg\",2022-03-10,\"p1\n"),
                      "meetings.csv line 3: not well-formed CSV: the file ends inside a quoted field (expected a closing quote)");
    CHECK_THROWS_WITH(mandat::parse_csv_table("\xEF\xBB\xBF\r\n", "persons.csv"),
                      "persons.csv: the file is empty (expected a header line)");
    CHECK(error_id([] { (void)mandat::parse_csv_table("a,b\n\"x\"y,z\n", "t.csv"); }) == mandat::errors::spreadsheet_malformed);
    CHECK(error_id([] { (void)mandat::parse_csv_table("a,b\nx\"y,z\n", "t.csv"); }) == mandat::errors::spreadsheet_malformed);
    CHECK(error_id([&] { (void)from_csv(persons_ok, memberships_ok, meetings + "sg,2022-03-10,p9\n"); }) ==
          mandat::errors::spreadsheet_unknown_reference);
}

TEST_CASE("csv: the document table and its rules", "[spreadsheet]") {
    mandat::roster_tables t;
    t.persons = mandat::parse_csv_table(persons_ok, "persons.csv");
    t.memberships = mandat::parse_csv_table(memberships_ok, "memberships.csv");
    t.document = mandat::parse_csv_table("member,value\nnote,\"[1,2]\"\nnote,x\n", "document.csv");
    CHECK_THROWS_WITH(mandat::roster_from_tables(t),
                      "document.csv line 3, member: the member \"note\" is given twice (first on line 2)");
    t.document = mandat::parse_csv_table("member,value\npersons,x\n", "document.csv");
    CHECK_THROWS_WITH(mandat::roster_from_tables(t),
                      "document.csv line 2, member: \"persons\" is not allowed here (the format and the three tables are not "
                      "members of this table)");
    t.document = mandat::parse_csv_table("member,value\nnote,\"[1,2]\"\n", "document.csv");
    CHECK(mandat::to_json(mandat::roster_from_tables(t).extra) == json::parse(R"({"note": [1, 2]})"));
}

TEST_CASE("csv: what a cell cannot carry is refused when writing, never lost", "[spreadsheet]") {
    mandat::roster r;
    r.persons.push_back({"p;1", "Kari", std::nullopt, std::nullopt, std::nullopt, {}});
    r.meetings.push_back({std::string("sg-1"), "sg", mandat::date(2022, 3, 10), {"p;1"}, std::nullopt, {}});
    CHECK_THROWS_WITH(mandat::roster_to_tables(r),
                      "meetings attendee_ids: meeting 1: the attendee id \"p;1\" is empty, contains \";\" or starts or ends "
                      "with a space");
    r.meetings.clear();
    r.persons[0].email = "\"\"";
    CHECK(error_id([&] { (void)mandat::roster_to_tables(r); }) == mandat::errors::spreadsheet_unrepresentable);
    r.persons[0].email = std::nullopt;
    r.persons[0].name = "";
    CHECK_THROWS_WITH(mandat::roster_to_tables(r),
                      "persons name: person \"p;1\": an empty value cannot be written (it would read as missing)");
}

TEST_CASE("csv: a missing file is an io_error naming it; meetings.csv and document.csv are optional", "[spreadsheet]") {
    const auto dir = fresh_dir("missing");
    CHECK_THROWS_AS(mandat::read_csv_roster(dir.string()), mandat::io_error);
    std::ofstream(dir / "persons.csv") << persons_ok;
    std::ofstream(dir / "memberships.csv") << memberships_ok;
    const auto r = mandat::read_csv_roster(dir.string());
    CHECK(r.persons.size() == 2);
    CHECK(r.appointments.size() == 1);
    CHECK(r.meetings.empty());
    CHECK(mandat::to_json(r.extra) == json::object());
    fs::remove_all(dir);
}

TEST_CASE("cli: check and roster accept a folder of CSV files", "[spreadsheet][cli]") {
    const std::string example = mandat::testing::example_roster_path;
    const auto dir = fresh_dir("cli");
    mandat::write_csv_roster(mandat::load_roster_file(example), dir.string());
    auto run = [](const std::vector<std::string>& args) {
        std::ostringstream out, err;
        const int code = mandat::cli::run(args, out, err);
        return std::make_tuple(code, out.str(), err.str());
    };
    // The same findings, exit code and output as from the JSON document.
    const auto from_json = run({"mandat", "check", example, "--json"});
    const auto from_csv_folder = run({"mandat", "check", dir.string(), "--json"});
    CHECK(std::get<0>(from_csv_folder) == 1);
    CHECK(from_csv_folder == from_json);
    CHECK(run({"mandat", "roster", dir.string(), "--date", "2023-01-15"}) ==
          run({"mandat", "roster", example, "--date", "2023-01-15"}));
    // A bad cell: exit code 2 and the message with its id.
    std::ofstream(dir / "memberships.csv", std::ios::app)
        << "\"m99\",\"p-ks1\",\"styringsgruppen\",\"ks\",\"member\",\"2023-02-30\",\"\"\r\n";
    const auto bad = run({"mandat", "check", dir.string()});
    CHECK(std::get<0>(bad) == 2);
    CHECK(std::get<2>(bad) ==
          "mandat: memberships.csv line 27, start_date: 2023-02-30 is not a date (expected YYYY-MM-DD or DD.MM.YYYY) "
          "[spreadsheet.invalid_date]\n");
    // dispatch reads a folder itself, as the Python command hands it over (no parser involved).
    mandat::cli::invocation inv;
    inv.command = "check";
    inv.values["ROSTER"] = {dir.string()};
    std::ostringstream out, err;
    CHECK(mandat::cli::dispatch(inv, out, err) == 2);
    CHECK(err.str() == std::get<2>(bad));
    fs::remove_all(dir);
}

TEST_CASE("cli: export --to csv writes the folder that read_csv_roster reads back", "[spreadsheet][cli]") {
    const std::string example = mandat::testing::example_roster_path;
    const auto dir = fresh_dir("export-csv");
    const auto out = dir / "new" / "roster";  // made when missing
    auto r = mandat::testing::run_cli({"export", "--to", "csv", example, "--output", out.string()});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.empty());
    // The committed example folder, byte for byte, and the same roster back.
    for (const char* file : {"persons.csv", "memberships.csv", "meetings.csv", "document.csv"})
        CHECK(read_text(out / file) == read_text(fs::path(source_path("examples/roster-csv")) / file));
    CHECK(mandat::read_csv_roster(out.string()) == mandat::load_roster_file(example));
    // From a folder to a folder; never over its own input; a folder is required.
    const auto copy = dir / "copy";
    CHECK(mandat::testing::run_cli({"export", "--to", "csv", out.string(), "--output", copy.string()}).code == 0);
    CHECK(read_text(copy / "memberships.csv") == read_text(out / "memberships.csv"));
    auto same = mandat::testing::run_cli({"export", "--to", "csv", out.string(), "--output", out.string()});
    CHECK(same.code == 2);
    CHECK(same.err == "mandat: cannot write " + (out / "persons.csv").string() + ": it is the input " +
                          (out / "persons.csv").string() + "; write the output to another file [io.overwrites_input]\n");
    auto no_folder = mandat::testing::run_cli({"export", "--to", "csv", example});
    CHECK(no_folder.code == 2);
    CHECK(no_folder.err ==
          "mandat: --to csv writes a folder: give it with --output DIR\nRun with --help for more information.\n");
    // dispatch writes the folder itself, as the Python command hands the invocation over.
    mandat::cli::invocation inv;
    inv.command = "export";
    inv.values = {{"ROSTER", {example}}, {"--to", {"csv"}}, {"--output", {(dir / "direct").string()}}};
    std::ostringstream o, e;
    CHECK(mandat::cli::dispatch(inv, o, e) == 0);
    CHECK(read_text(dir / "direct" / "memberships.csv") == read_text(out / "memberships.csv"));
    fs::remove_all(dir);
}

TEST_CASE("cli: plan --roster takes a folder of CSV files, as check, roster and export do", "[spreadsheet][cli]") {
    // Before: plan read --roster with its own call of load_roster_file and refused a folder
    // (io.read_failed); now it asks the one roster loader of the commands (roster_of).
    const std::string example = mandat::testing::example_roster_path;
    const auto dir = fresh_dir("plan-csv");
    mandat::write_csv_roster(mandat::load_roster_file(example), dir.string());
    for (const char* format : {"json", "text"}) {
        INFO(format);
        const auto from_csv_folder = mandat::testing::run_cli({"plan", "2025", "--roster", dir.string(), "--format", format});
        INFO(from_csv_folder.err);
        CHECK(from_csv_folder.code == 0);
        const auto from_json = mandat::testing::run_cli({"plan", "2025", "--roster", example, "--format", format});
        CHECK(from_csv_folder.out == from_json.out);
    }
    std::ofstream(dir / "memberships.csv", std::ios::app)
        << "\"m99\",\"p-ks1\",\"styringsgruppen\",\"ks\",\"member\",\"2023-02-30\",\"\"\r\n";
    const auto bad = mandat::testing::run_cli({"plan", "2025", "--roster", dir.string()});
    CHECK(bad.code == 2);
    CHECK(bad.err ==
          "mandat: memberships.csv line 27, start_date: 2023-02-30 is not a date (expected YYYY-MM-DD or "
          "DD.MM.YYYY) [spreadsheet.invalid_date]\n");
    fs::remove_all(dir);
}

TEST_CASE("csv: a file saved as UTF-16 is said to be UTF-16, with how to save it as CSV UTF-8", "[spreadsheet]") {
    // Before: "not well-formed CSV" about a quote, for Excel's "Unicode text" file.
    const std::string advice =
        "the file is saved as UTF-16 (\"Unicode text\"); mandat reads UTF-8 only: save the file again as \"CSV "
        "UTF-8\" (Excel: File > Save As > CSV UTF-8 (Comma delimited); LibreOffice: Save As, Character set Unicode "
        "(UTF-8))";
    for (const std::string& text :
         {std::string("\xff\xfei\0d\0,\0n\0", 10), std::string("\xfe\xff\0i\0d", 6), std::string("i\0d\0\n\0", 6)}) {
        try {
            mandat::parse_csv_table(text, "persons.csv");
            FAIL("accepted");
        } catch (const mandat::spreadsheet_error& e) {
            CHECK(e.id() == "spreadsheet.malformed");
            CHECK(e.line() == 1);
            CHECK(e.detail() == advice);
        }
    }
}
