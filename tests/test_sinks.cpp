// One escaper per kind of sink: the terminal (mandat/terminal.hpp: every text the command line
// prints, errors included) and iCalendar (mandat/calendar.hpp: TEXT, parameter values, the
// mailto: address). Control characters from documents never reach either raw.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_run.hpp"
#include "mandat/mandat.hpp"
#include "mandat/terminal.hpp"
#include "support.hpp"

using nlohmann::json;

namespace {

const auto& run = mandat::testing::run_cli;

// ESC [31m (a colour), BEL, CR, DEL and CSI (U+009B): what a document must not send a terminal.
const std::string hostile = "\x1b[31m\x07\r\x7f\xc2\x9b";
// The same after the terminal escaper's lines mode (every text the command line prints).
const std::string hostile_shown = "\\u001b[31m\\u0007\\u000d\\u007f\\u009b";
// The same after printable, the field form the check report uses.
const std::string hostile_field = "\\x1b[31m\\x07\\r\\x7f\\u{009b}";

// The control bytes in `s` that a terminal would act on: every C0 control but LF and TAB (and
// CR before LF when `crlf`), DEL, and the C1 controls' UTF-8 form (C2 80 to C2 9F).
std::string raw_controls(const std::string& s, bool crlf = false) {
    std::string found;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '\n' || c == '\t' || (crlf && c == '\r' && i + 1 < s.size() && s[i + 1] == '\n')) continue;
        if (c < 0x20 || c == 0x7f) found += "byte " + std::to_string(c) + " at " + std::to_string(i) + "; ";
        if (c == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9f)
            found += "C1 at " + std::to_string(i) + "; ";
    }
    return found;
}

std::size_t count(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (auto pos = s.find(what); pos != std::string::npos; pos = s.find(what, pos + 1)) ++n;
    return n;
}

std::filesystem::path fresh_dir(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("mandat-sinks-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

void write(const std::filesystem::path& p, const std::string& text) {
    std::ofstream f(p, std::ios::binary);
    f << text;
}

// The example mandate with `hostile` in its title, the first body's name, an organisation's
// name and the text of clause "tittel".
json hostile_mandate() {
    std::ifstream f(mandat::testing::source_path("data/trondelag-2022.mandate.json"));
    json m = json::parse(f);
    m["title"] = "Mandat" + hostile;
    m["bodies"]["items"][0]["name"] = "Styringsgruppen" + hostile;
    m["organisations"][0]["name"] = "Fylket" + hostile;
    m["clauses"][0]["text"].push_back("Tekst" + hostile);
    return m;
}

// A roster with `hostile` in a person's name, a meeting's title, and an e-mail address that
// tries to add an event of its own.
const std::string injected_email =
    "kari@example.org\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@attacker\r\n"
    "ATTACH:https://attacker.example/x\r\nX-HOSTILE:\x1b[31m";

json hostile_roster() {
    return {{"format", "mandat.roster/1"},
            {"persons", {{{"id", "p1"}, {"name", "Kari" + hostile}, {"email", injected_email}}}},
            {"memberships",
             {{{"id", "m1"},
               {"person_id", "p1"},
               {"organization_id", "styringsgruppen"},
               {"on_behalf_of_id", "tfk"},
               {"role", "leader"},
               {"start_date", "2023-01-01"},
               {"end_date", "2023-12-31"}}}},
            {"meetings",
             {{{"id", "sg-1"},
               {"organization_id", "styringsgruppen"},
               {"date", "2023-03-01"},
               {"attendee_ids", {"p1"}},
               {"title", "Møte" + hostile}}}}};
}

struct hostile_files {
    std::string mandate, roster;
};

hostile_files write_hostile(const std::string& name) {
    const auto dir = fresh_dir(name);
    hostile_files f{(dir / "mandate.json").string(), (dir / "roster.json").string()};
    write(f.mandate, hostile_mandate().dump(2));
    write(f.roster, hostile_roster().dump(2));
    return f;
}

}  // namespace

TEST_CASE("the terminal escaper: lines mode keeps LF, TAB and CR LF and escapes every other control", "[sinks][terminal]") {
    std::string out;
    mandat::terminal_escaper e(mandat::terminal_escaper::mode::lines);
    e.put("a\tb\r\nc\n" + hostile + "\u202e\xff", out);
    e.finish(out);
    CHECK(out == "a\tb\r\nc\n" + hostile_shown + "\u202e\\xff");
    CHECK(mandat::printable(hostile) == hostile_field);  // the field form: the check report's
}

TEST_CASE("the terminal stream judges a CR LF pair and a UTF-8 sequence split between writes whole", "[sinks][terminal]") {
    std::ostringstream target;
    {
        mandat::terminal_streambuf buf(target.rdbuf());
        std::ostream os(&buf);
        for (const char ch : std::string("x\r\n\xc2\x9b\xc3\xa5\r") + "\xe2\x80") {
            os << ch;
            os.flush();  // every byte its own piece
        }
    }
    // The CR LF pair passes, U+009B is escaped, "å" passes; the lone CR and the unfinished
    // sequence at the end are escaped when the stream ends.
    CHECK(target.str() == "x\r\n\\u009b\xc3\xa5\\u000d\\xe2\\x80");
}

TEST_CASE("every command that prints document text shows control characters as escapes", "[sinks][terminal][cli]") {
    const auto f = write_hostile("cli");
    const std::string orig = mandat::testing::source_path("data/trondelag-2022.mandate.json");
    struct expected {
        std::vector<std::string> args;
        std::string shown;  // in standard output, or standard error when the command fails
    };
    const std::vector<expected> cases = {
        // A document's value printed as text is one field (printable): its line breaks too
        // are shown, not made (the test below).
        {{"show", "--mandate", f.mandate}, "Mandat" + hostile_field},
        {{"show", "--mandate", f.mandate}, "Styringsgruppen" + hostile_field},
        {{"roster", f.roster, "--mandate", f.mandate, "--date", "2023-03-01"}, "Kari" + hostile_field},
        {{"plan", "2024", "--mandate", f.mandate}, "Styringsgruppen" + hostile_field},
        {{"diff", orig, f.mandate}, "Styringsgruppen" + hostile_field},
        {{"explain", "tittel", "--mandate", f.mandate}, "Tekst" + hostile_field},
        {{"check", f.roster, "--mandate", f.mandate, "--from", "2023-01-01", "--to", "2023-12-31"}, "Mandat" + hostile_field},
        {{"explain", "R" + hostile}, "R" + hostile_field},  // an error message quoting an argument: one field
        {{"bogus" + hostile}, "bogus" + hostile_shown},     // the parser's own error
        {{"export", "--to", "ics", f.roster, "--mandate", f.mandate}, "Kari\xef\xbf\xbd[31m"},
    };
    for (const auto& c : cases) {
        auto r = run(c.args);
        INFO(c.args.front() << " " << c.args.back() << "\nout: " << r.out << "\nerr: " << r.err);
        const bool ics = c.args.front() == "export";
        CHECK(raw_controls(r.out, ics).empty());
        CHECK(raw_controls(r.err).empty());
        CHECK((r.out + r.err).find(c.shown) != std::string::npos);
    }
}

TEST_CASE("the lint lines on standard error show control characters as escapes", "[sinks][terminal][cli]") {
    // A quota whose data disagrees with its quote: every command that loads the mandate prints
    // the lint finding on standard error, naming the mandate's id.
    json m = hostile_mandate();
    m["id"] = "x" + hostile;
    m["bodies"]["items"][0]["quotas"]["seats"][0]["min"] = 2;
    const auto dir = fresh_dir("lint");
    write(dir / "m.json", m.dump(2));
    auto r = run({"show", "--mandate", (dir / "m.json").string()});
    INFO(r.err);
    CHECK(raw_controls(r.out).empty());
    CHECK(raw_controls(r.err).empty());
    CHECK(r.err.rfind("mandat: lint x" + hostile_field + ": lint.quote_disagrees [styringsgruppen R5] ", 0) == 0);
}

TEST_CASE(
    "a line break or a bidirectional override in a document's value forges no line of show, roster, "
    "explain, status, leader or diff",
    "[sinks][terminal][cli]") {
    // LF, CR LF and U+202E (right-to-left override) pass the streams' lines mode, which must
    // keep a JSON or HTML document whole; a value of a document printed as text is escaped as
    // one field, so "FORGED" never starts a line and the override is shown as its code.
    const std::string forged = "\nFORGED\r\nFORGED\xe2\x80\xae";
    const std::string forged_field = "\\nFORGED\\r\\nFORGED\\u{202e}";
    json m = hostile_mandate();
    m["title"] = "Mandat" + forged;
    m["bodies"]["items"][0]["name"] = "Styringsgruppen" + forged;
    m["organisations"][0]["name"] = "Fylket" + forged;
    m["clauses"][0]["text"].push_back("Tekst" + forged);
    json r = hostile_roster();
    r["persons"][0]["name"] = "Kari" + forged;
    const auto dir = fresh_dir("forged");
    write(dir / "m.json", m.dump(2));
    write(dir / "r.json", r.dump(2));
    const std::string mf = (dir / "m.json").string(), rf = (dir / "r.json").string();
    const std::string orig = mandat::testing::source_path("data/trondelag-2022.mandate.json");
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"show", "--mandate", mf}, "Mandat" + forged_field},
        {{"show", "--mandate", mf}, "Styringsgruppen" + forged_field},
        {{"show", "--mandate", mf}, "Fylket" + forged_field},
        {{"roster", rf, "--mandate", mf, "--date", "2023-03-01"}, "Kari" + forged_field},
        {{"roster", rf, "--mandate", mf, "--date", "2023-03-01"}, "Styringsgruppen" + forged_field},
        {{"explain", "tittel", "--mandate", mf}, "Tekst" + forged_field},
        {{"status", "--mandate", mf, "--today", "2022-03-01"}, "Fylket" + forged_field},
        {{"leader", "--mandate", mf, "--year", "2022"}, "Fylket" + forged_field},
        {{"diff", orig, mf}, "Styringsgruppen" + forged_field},
    };
    for (const auto& [args, shown] : cases) {
        auto res = run(args);
        INFO(args.front() << "\nout: " << res.out << "\nerr: " << res.err);
        CHECK(res.out.find(shown) != std::string::npos);
        CHECK(count(res.out + res.err, "\nFORGED") == 0);
        CHECK(count(res.out + res.err, "\xe2\x80\xae") == 0);
    }
    // An error quoting a document's value (a role that is none) or an argument is one field too.
    json bad = hostile_roster();
    bad["memberships"][0]["role"] = "x" + forged;
    write(dir / "bad.json", bad.dump(2));
    for (const auto& args :
         std::vector<std::vector<std::string>>{{"check", (dir / "bad.json").string()}, {"leader", "--date", "2023" + forged}}) {
        auto res = run(args);
        INFO(res.err);
        CHECK(res.code == 2);
        CHECK(res.err.find(forged_field) != std::string::npos);
        CHECK(count(res.err, "\nFORGED") == 0);
    }
}

TEST_CASE("JSON on standard output stays the same JSON value; --output writes it unescaped", "[sinks][terminal][cli]") {
    // The JSON writer escapes C0 itself but writes DEL and C1 raw: printed, they become the
    // escapes JSON would use; in a file they stay as the command wrote them.
    const auto f = write_hostile("output");
    const auto file = (std::filesystem::path(f.roster).parent_path() / "show.json").string();
    auto printed = run({"show", "--json", "--mandate", f.mandate});
    auto r = run({"show", "--json", "--mandate", f.mandate, "--output", file});
    REQUIRE(printed.code == 0);
    REQUIRE(r.code == 0);
    CHECK(r.out.empty());
    std::ifstream in(file, std::ios::binary);
    const std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(raw_controls(printed.out).empty());
    CHECK(printed.out.find("\"title\": \"Mandat\\u001b[31m\\u0007\\r\\u007f\\u009b\"") != std::string::npos);
    CHECK(written.find("\"title\": \"Mandat\\u001b[31m\\u0007\\r\x7f\xc2\x9b\"") != std::string::npos);
    CHECK(json::parse(printed.out) == json::parse(written));
    CHECK(json::parse(written)["mandate"]["title"] == "Mandat" + hostile);
}

namespace {

// The content lines of an iCalendar text (RFC 5545 3.1): lines end in CRLF, a line that starts
// with a space or HTAB continues the one before.
std::vector<std::string> unfold(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = text.find("\r\n", pos);
        REQUIRE(end != std::string::npos);  // every line ends in CRLF
        const std::string line = text.substr(pos, end - pos);
        if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
            REQUIRE(!lines.empty());
            lines.back() += line.substr(1);
        } else {
            lines.push_back(line);
        }
        pos = end + 2;
    }
    return lines;
}

std::string property_name(const std::string& line) { return line.substr(0, line.find_first_of(";:")); }

}  // namespace

TEST_CASE("iCalendar: an e-mail address with CR LF stays one attendee of one event", "[sinks][ics]") {
    const mandat::roster r = mandat::load_roster(hostile_roster().dump());
    mandat::ics_options o;
    o.stamp = std::chrono::system_clock::time_point{};
    const std::string text = mandat::to_ics(r, nullptr, o);
    CHECK(raw_controls(text, true).empty());
    const auto lines = unfold(text);
    std::vector<std::string> names;
    for (const auto& l : lines) names.push_back(property_name(l));
    CHECK(names == std::vector<std::string>{"BEGIN", "VERSION", "PRODID", "CALSCALE", "METHOD", "BEGIN", "UID", "DTSTAMP",
                                            "DTSTART", "DTEND", "SUMMARY", "CATEGORIES", "TRANSP", "ATTENDEE", "DESCRIPTION",
                                            "END", "END"});
    CHECK(lines[13] ==
          "ATTENDEE;CN=Kari\xef\xbf\xbd[31m\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd;ROLE=REQ-PARTICIPANT:"
          "mailto:kari@example.org%0D%0AEND%3AVEVENT%0D%0ABEGIN%3AVEVENT%0D%0AUID%3Aevil@attacker%0D%0A"
          "ATTACH%3Ahttps%3A%2F%2Fattacker.example%2Fx%0D%0AX-HOSTILE%3A%1B%5B31m");
    CHECK(lines[10] == "SUMMARY:Møte\xef\xbf\xbd[31m\xef\xbf\xbd\\n\xef\xbf\xbd\xef\xbf\xbd");
    CHECK(count(text, "BEGIN:VEVENT") == 1);
}

TEST_CASE("iCalendar TEXT: every control character but HTAB becomes U+FFFD", "[sinks][ics]") {
    CHECK(mandat::ics::escape_text("a\tb\x01"
                                   "c\x7f"
                                   "d\xc2\x85"
                                   "e\x1b") ==
          "a\tb\xef\xbf\xbd"
          "c\xef\xbf\xbd"
          "d\xef\xbf\xbd"
          "e\xef\xbf\xbd");
    CHECK(mandat::ics::escape_text("Ærlig \xc2\xa0øy") == "Ærlig \xc2\xa0øy");  // U+00A0 is no control
    // A lone C2 byte before an ASCII letter is no C1 control: the letter is kept (before: both
    // became one U+FFFD and "A" was lost).
    CHECK(mandat::ics::escape_text("x\xc2"
                                   "Ay") ==
          "x\xc2"
          "Ay");
}

TEST_CASE("iCalendar: a meeting on 9999-12-31 is exported as one day long", "[sinks][ics]") {
    mandat::roster r;
    r.meetings.push_back({});
    r.meetings.back().id = "last";
    r.meetings.back().body_id = "styringsgruppen";
    r.meetings.back().on = mandat::date(9999, 12, 31);
    mandat::ics_options o;
    o.stamp = std::chrono::system_clock::time_point{};
    const std::string text = mandat::to_ics(r, nullptr, o);
    CHECK(text.find("DTSTART;VALUE=DATE:99991231\r\nDURATION:P1D\r\nSUMMARY:styringsgruppen\r\n") != std::string::npos);
    CHECK(text.find("DTEND") == std::string::npos);
    r.meetings.back().on = mandat::date(9999, 12, 30);
    CHECK(mandat::to_ics(r, nullptr, o).find("DTSTART;VALUE=DATE:99991230\r\nDTEND;VALUE=DATE:99991231\r\n") !=
          std::string::npos);
}

TEST_CASE("OParl: a meeting on the calendar's first and last days is exported, the last ending at its last second",
          "[sinks][oparl]") {
    mandat::roster r;
    r.meetings.push_back({std::string("first"), "styringsgruppen", mandat::date(1400, 1, 1), {}, std::nullopt, {}});
    r.meetings.push_back({std::string("last"), "styringsgruppen", mandat::date(9999, 12, 31), {}, std::nullopt, {}});
    const auto tree = mandat::oparl_tree(mandat::testing::M(), r, "https://example.org/oparl");
    CHECK(tree.at("meeting/first.json").at("start") == "1400-01-01T00:00:00+01:00");
    CHECK(tree.at("meeting/first.json").at("end") == "1400-01-02T00:00:00+01:00");
    CHECK(tree.at("meeting/last.json").at("start") == "9999-12-31T00:00:00+01:00");
    CHECK(tree.at("meeting/last.json").at("end") == "9999-12-31T23:59:59+01:00");
}

TEST_CASE("iCalendar parameter values: a caret is written twice (RFC 6868), so ^n and ^' stay text", "[sinks][ics]") {
    mandat::roster r;
    r.persons.push_back({"p1", "Kari ^n Nord^'s", std::string("kari@example.org"), std::nullopt, std::nullopt, {}});
    r.meetings.push_back({std::string("m1"), "styringsgruppen", mandat::date(2024, 3, 1), {"p1"}, std::nullopt, {}});
    mandat::ics_options o;
    o.stamp = std::chrono::system_clock::time_point{};
    const auto lines = unfold(mandat::to_ics(r, nullptr, o));
    CHECK(std::count(lines.begin(), lines.end(), "ATTENDEE;CN=Kari ^^n Nord^^'s;ROLE=REQ-PARTICIPANT:mailto:kari@example.org") ==
          1);
}

TEST_CASE("a field escapes the bidirectional marks and the line and paragraph separators", "[sinks][terminal]") {
    // U+2028 and U+2029 break a line in some terminals and viewers; U+200E, U+200F and U+061C
    // reorder what is shown, as the overrides do.
    CHECK(mandat::printable("a\u2028b\u2029c\u200ed\u200fe\u061cf") == "a\\u{2028}b\\u{2029}c\\u{200e}d\\u{200f}e\\u{061c}f");
}

TEST_CASE("diff: a long value that changes late is shown from a little before its first difference", "[sinks][diff]") {
    // Titles of 119 a's, ø, 500 x's and A or B: the first difference is at byte 621; both are
    // shown from 30 bytes before it, marked with "…", so the change is never cut away.
    mandat::mandate a = mandat::testing::M(), b = a;
    const std::string common = std::string(119, 'a') + "\xc3\xb8" + std::string(500, 'x');
    a.title = common + "A";
    b.title = common + "B";
    const auto d = mandat::diff_mandates(a, b);
    REQUIRE(d.changes.size() == 1);
    CHECK(d.changes[0].before == "\xe2\x80\xa6" + std::string(30, 'x') + "A");
    CHECK(d.changes[0].after == "\xe2\x80\xa6" + std::string(30, 'x') + "B");
}

TEST_CASE("a spreadsheet's bad cell is quoted cut to 120 bytes, so a message stays short", "[sinks][spreadsheet]") {
    const auto dir = fresh_dir("long-cell");
    mandat::write_csv_roster(mandat::load_roster_file(mandat::testing::example_roster_path), dir.string());
    std::ofstream(dir / "memberships.csv", std::ios::app)
        << "\"m99\",\"p-ks1\",\"styringsgruppen\",\"ks\",\"member\",\"" << std::string(60000, '3') << "\",\"\"\r\n";
    auto r = run({"check", dir.string()});
    CHECK(r.code == 2);
    CHECK(r.err == "mandat: memberships.csv line 27, start_date: " + std::string(120, '3') +
                       "\xe2\x80\xa6 is not a date (expected YYYY-MM-DD or DD.MM.YYYY) [spreadsheet.invalid_date]\n");
}
