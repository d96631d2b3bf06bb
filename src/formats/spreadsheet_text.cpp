// The text of spreadsheet rosters: whether a file is UTF-8, and what to say when it is not
// (docs/spreadsheets.md, "Text encoding"); and the problems of one reading, listed in one error
// (docs/spreadsheets.md, "Errors").
#include <algorithm>
#include <array>
#include <cstdio>
#include <utility>

#include "formats/spreadsheet_cells.hpp"
#include "mandat/limits.hpp"
#include "mandat/messages.hpp"

namespace mandat {
namespace detail {
namespace {

// The length of the UTF-8 sequence starting at text[i] when it is well-formed (RFC 3629: no
// overlong form, no surrogate, nothing beyond U+10FFFF), else 0.
std::size_t sequence_at(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
    const unsigned c = byte(i);
    if (c < 0x80) return 1;
    const std::size_t len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len == 0) return 0;
    // The second byte's range depends on the lead byte; the others are 0x80..0xBF.
    const unsigned second = byte(i + 1);
    const unsigned lo = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80;
    const unsigned hi = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
    if (second < lo || second > hi) return 0;
    for (std::size_t k = 2; k < len; ++k)
        if ((byte(i + k) & 0xc0) != 0x80) return 0;
    return len;
}

// The characters of Windows-1252 at 0x80..0x9F (0: no character); from 0xA0 it is Latin-1,
// the byte being the code point.
constexpr std::array<char32_t, 32> windows_1252_80 = {
    0x20ac, 0,      0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
    0,      0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178};

char32_t windows_1252(unsigned char c) { return c < 0x80 ? c : c < 0xa0 ? windows_1252_80[c - 0x80] : c; }

std::string as_utf8(char32_t cp) {
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xc0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
        out += static_cast<char>(0xe0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    }
    return out;
}

// Whether text that is not UTF-8 is certainly Windows-1252 (or Latin-1, which agrees on the
// letters): each byte from 0x80 stands alone between ASCII bytes (UTF-8 writes every such
// character with two bytes or more, so no UTF-8 text has a lone one) and is a character there.
bool certainly_windows_1252(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) continue;
        if (windows_1252(c) == 0) return false;
        if (i > 0 && static_cast<unsigned char>(text[i - 1]) >= 0x80) return false;
        if (i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80) return false;
    }
    return true;
}

std::string hex_byte(unsigned char c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(c));
    return buf;
}

}  // namespace

// A date cell: ISO 8601 (2022-01-31), or day.month.year as Norwegian Excel writes it
// (31.01.2022), the day and the month with one or two digits (1.1.2022, as Norwegian text
// writes it) and the year with four; a real day in either form. A two-digit year (1.1.22) is
// no date: its century is a guess.
std::optional<date> parse_cell_date(const std::string& v) {
    const std::size_t first = v.find('.');
    if (first == std::string::npos) return parse_date(v);
    const std::size_t second = v.find('.', first + 1);
    if (second == std::string::npos) return std::nullopt;
    const auto digits = [&v](std::size_t from, std::size_t to, std::size_t min, std::size_t max) {
        const std::size_t n = to - from;
        return n >= min && n <= max &&
               std::all_of(v.begin() + static_cast<std::ptrdiff_t>(from), v.begin() + static_cast<std::ptrdiff_t>(to),
                           [](char c) { return c >= '0' && c <= '9'; });
    };
    if (!digits(0, first, 1, 2) || !digits(first + 1, second, 1, 2) || !digits(second + 1, v.size(), 4, 4)) return std::nullopt;
    const auto two = [](const std::string& part) { return part.size() == 1 ? "0" + part : part; };
    return parse_date(v.substr(second + 1) + "-" + two(v.substr(first + 1, second - first - 1)) + "-" + two(v.substr(0, first)));
}

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = sequence_at(text, i);
        if (len == 0) return i;
        i += len;
    }
    return std::nullopt;
}

void problem_log::add(const spreadsheet_error& e) {
    problems_.push_back(e);
    if (problems_.size() >= max_spreadsheet_problems) throw spreadsheet_error_list(problems_, true);
}

void problem_log::throw_if_any() const {
    if (problems_.size() == 1) throw problems_.front();
    if (problems_.size() > 1) throw spreadsheet_error_list(problems_, false);
}

void require_utf8_cells(std::string_view text, const std::vector<spreadsheet_row>& records, const std::string& name) {
    problem_log log;
    const std::vector<std::string>& header = records.front().cells;
    for (std::size_t r = 0; r < records.size(); ++r) {
        const auto& cells = records[r].cells;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const auto bad = first_invalid_utf8(cells[c]);
            if (!bad) continue;
            const auto byte = static_cast<unsigned char>(cells[c][*bad]);
            std::string detail = render_message("sheet.not_utf8", language::en,
                                                {{"byte", hex_byte(byte)}, {"position", std::to_string(*bad + 1)}});
            if (log.empty())  // the first: what the file is (one more pass over it, for a file refused)
                detail += "; " + (certainly_windows_1252(text)
                                      ? render_message("sheet.windows_1252", language::en,
                                                       {{"byte", hex_byte(byte)}, {"letter", as_utf8(windows_1252(byte))}})
                                      : render_message("sheet.save_as_utf8", language::en));
            const std::string column = r > 0 && c < header.size() ? header[c] : "column " + std::to_string(c + 1);
            log.add(spreadsheet_error(errors::spreadsheet_malformed, name, "line", records[r].line, column, detail));
        }
    }
    log.throw_if_any();
}

}  // namespace detail

spreadsheet_error_list::spreadsheet_error_list(std::vector<spreadsheet_error> problems, bool stopped)
    : spreadsheet_error(problems.front()), problems_(std::move(problems)), stopped_(stopped) {
    message_ = problems_.front().what();
    message_ += "\n" + render_message("sheet.more_problems", language::en, {{"count", std::to_string(problems_.size() - 1)}});
    for (std::size_t i = 1; i < problems_.size(); ++i) message_ += std::string("\n  ") + problems_[i].what();
    if (stopped_)
        message_ += "\n" + render_message("sheet.stopped", language::en, {{"limit", std::to_string(max_spreadsheet_problems)}});
}

}  // namespace mandat
