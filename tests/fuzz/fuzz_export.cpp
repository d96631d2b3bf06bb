// Fuzzes the exports of a roster and checks their guarantees (docs/hardening.md, "Every sink and
// every source") with parsers of its own, not the library's: an input is rejected by the roster
// loader, or
//  - its iCalendar export has CR LF line ends only, no other control character but HTAB, and
//    exactly one event (one BEGIN:VEVENT, one END:VEVENT, one UID) per meeting, whatever the
//    names, titles and addresses hold;
//  - its CSV tables hold no cell that a spreadsheet program would run as a formula (read by a
//    small RFC 4180 reader here), and each table has as many rows as the roster has records;
//  - its OParl tree, written by the folder writer into a fresh folder, is made of regular files
//    inside that folder only (no link, nothing beside it), each a JSON document.
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "mandat/mandat.hpp"

namespace {

[[noreturn]] void fail() { __builtin_trap(); }

// The logical lines of an iCalendar text (RFC 5545 3.1: CR LF ends a line; a line starting with
// a space or a tab continues the one before).
std::vector<std::string> unfold(std::string_view ics) {
    std::vector<std::string> lines;
    std::size_t at = 0;
    while (at < ics.size()) {
        const std::size_t end = ics.find("\r\n", at);
        if (end == std::string_view::npos) fail();  // every line ends with CR LF
        const std::string_view line = ics.substr(at, end - at);
        for (const char c : line) {
            const auto u = static_cast<unsigned char>(c);
            if ((u < 0x20 && u != '\t') || u == 0x7f) fail();  // a control character in a line
        }
        if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
            if (lines.empty()) fail();
            lines.back() += std::string(line.substr(1));
        } else {
            lines.emplace_back(line);
        }
        at = end + 2;
    }
    return lines;
}

void check_ics(const mandat::roster& r) {
    mandat::ics_options o;
    o.stamp = std::chrono::system_clock::time_point(std::chrono::seconds(1767258000));
    o.calendar_name = r.persons.empty() ? "" : r.persons.front().name;
    std::size_t begins = 0, ends = 0, uids = 0;
    for (const auto& line : unfold(mandat::to_ics(r, &mandat::trondelag_2022(), o))) {
        begins += line == "BEGIN:VEVENT";
        ends += line == "END:VEVENT";
        uids += line.rfind("UID:", 0) == 0;
    }
    if (begins != r.meetings.size() || ends != begins || uids != begins) fail();
}

// The rows of an RFC 4180 text, each a list of cells.
std::vector<std::vector<std::string>> read_csv(std::string_view text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string cell;
    bool quoted = false, in_quotes = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_quotes) {
            if (c != '"')
                cell += c;
            else if (i + 1 < text.size() && text[i + 1] == '"')
                cell += text[++i];
            else
                in_quotes = false;
        } else if (c == '"' && cell.empty() && !quoted) {
            quoted = in_quotes = true;
        } else if (c == ',' || c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
            if (c == '\r') ++i;
            rows.back().push_back(cell);
            cell.clear();
            quoted = false;
            if (c != ',') rows.emplace_back();
        } else {
            cell += c;
        }
    }
    if (in_quotes) fail();
    if (!cell.empty() || quoted || !rows.back().empty()) rows.back().push_back(cell);
    if (rows.back().empty()) rows.pop_back();
    return rows;
}

void check_csv(const mandat::roster& r) {
    mandat::roster_tables t;
    try {
        t = mandat::roster_to_tables(r);
    } catch (const mandat::spreadsheet_error&) {
        return;  // a value a cell cannot carry is refused as a whole (spreadsheets.md)
    }
    const std::pair<const mandat::spreadsheet_table*, std::size_t> tables[] = {
        {&t.persons, r.persons.size()}, {&t.memberships, r.appointments.size()}, {&*t.meetings, r.meetings.size()}};
    for (const auto& [table, records] : tables) {
        const auto rows = read_csv(mandat::format_csv_table(*table));
        if (rows.size() != records + 1) fail();  // the header and a row a record
        for (const auto& row : rows)
            for (const auto& cell : row)
                if (!cell.empty() && std::string_view("=+-@\t\r").find(cell[0]) != std::string_view::npos) fail();
    }
}

// The names in `folder`, failing on anything but regular files and folders.
void walk(const std::string& folder, std::size_t& files) {
    DIR* d = ::opendir(folder.c_str());
    if (d == nullptr) fail();
    while (const dirent* e = ::readdir(d)) {
        const std::string name = e->d_name;
        if (name == "." || name == "..") continue;
        const std::string path = folder + "/" + name;
        struct stat st {};
        if (::lstat(path.c_str(), &st) != 0) fail();
        if (S_ISDIR(st.st_mode)) {
            walk(path, files);
        } else if (S_ISREG(st.st_mode)) {
            ++files;
            if (name != ".mandat-tree") (void)mandat::parse_json(mandat::read_file(path));
        } else {
            fail();
        }
    }
    ::closedir(d);
}

void check_oparl(const mandat::roster& r) {
    namespace fs = std::filesystem;
    std::string scratch = (fs::temp_directory_path() / "mandat-fuzz-export-XXXXXX").string();
    if (::mkdtemp(scratch.data()) == nullptr) fail();
    const std::string out = scratch + "/out";
    const auto& m = mandat::trondelag_2022();
    const std::size_t expected = mandat::oparl_tree(m, r, "https://example.org/oparl").size();
    bool written = true;
    try {
        mandat::write_oparl(m, r, out, "https://example.org/oparl");
        mandat::write_oparl(m, r, out, "https://example.org/oparl");  // over its own earlier tree
    } catch (const mandat::error&) {
        written = false;  // a tree the file system cannot hold is refused whole
    }
    std::size_t beside = 0;
    for (const auto& e : fs::directory_iterator(scratch)) {
        if (e.path().filename() != "out") fail();  // no temporary folder left beside the target
        ++beside;
    }
    if (written) {
        std::size_t files = 0;
        walk(out, files);
        if (beside != 1 || files != expected + 1) fail();  // the tree and its manifest
    }
    fs::remove_all(scratch);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    mandat::roster r;
    try {
        r = mandat::load_roster(std::string_view(reinterpret_cast<const char*>(data), size));
    } catch (const mandat::document_error&) {
        return 0;
    }
    check_ics(r);
    check_csv(r);
    check_oparl(r);
    return 0;
}
