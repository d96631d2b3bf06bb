// The one terminal escaper (mandat/terminal.hpp): printable for one field, terminal_streambuf
// for a whole output.
#include "mandat/terminal.hpp"

#include "mandat/compliance_text.hpp"

#include <cstdio>

namespace mandat {
namespace {

const char* const hex = "0123456789abcdef";

void byte_escape(unsigned char c, std::string& out) {
    out += "\\x";
    out += hex[c >> 4];
    out += hex[c & 15];
}

// The length of the UTF-8 sequence that the lead byte `c` starts, or 0 for a byte that
// cannot start one.
std::size_t sequence_length(unsigned char c) {
    return c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
}

// Whether `s` (at most one sequence long) can still become a well-formed sequence: its bytes
// after the first are continuation bytes and the second byte allows no overlong form, no
// surrogate and nothing above U+10FFFF (RFC 3629 section 4).
bool well_formed_prefix(const unsigned char* s, std::size_t n) {
    for (std::size_t k = 1; k < n; ++k)
        if ((s[k] & 0xc0) != 0x80) return false;
    if (n < 2) return true;
    const unsigned char c = s[0], d = s[1];
    if (c == 0xe0) return d >= 0xa0;
    if (c == 0xed) return d <= 0x9f;
    if (c == 0xf0) return d >= 0x90;
    if (c == 0xf4) return d <= 0x8f;
    return true;
}

// The characters a field escapes beyond the controls: the bidirectional embeddings, overrides,
// isolates and marks (U+202A-202E, U+2066-2069, U+200E, U+200F, U+061C), which reorder what a
// terminal shows, and the line and paragraph separators (U+2028, U+2029), which some terminals
// and viewers break a line at.
bool bidirectional(unsigned long cp) {
    return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e || cp == 0x200f || cp == 0x061c ||
           cp == 0x2028 || cp == 0x2029;
}

void code_point_escape(unsigned long cp, bool braces, std::string& out) {
    char buf[16];
    std::snprintf(buf, sizeof buf, braces ? "\\u{%04lx}" : "\\u%04lx", cp);
    out += buf;
}

// One ASCII control character (C0 or DEL) in `m`'s form. LF, TAB (and CR LF, handled by the
// caller) pass in lines mode.
void control_escape(unsigned char c, terminal_escaper::mode m, std::string& out) {
    if (m == terminal_escaper::mode::lines) {
        if (c == '\n' || c == '\t')
            out += static_cast<char>(c);
        else
            code_point_escape(c, false, out);
        return;
    }
    if (c == '\n')
        out += "\\n";
    else if (c == '\t')
        out += "\\t";
    else if (c == '\r')
        out += "\\r";
    else
        byte_escape(c, out);
}

}  // namespace

void terminal_escaper::put(std::string_view text, std::string& out) {
    if (held_.empty()) {
        held_.assign(text);
    } else {
        held_.append(text);
    }
    put_held(out, false);
}

void terminal_escaper::finish(std::string& out) { put_held(out, true); }

// Escapes held_ into `out`, keeping in held_ what the next piece may complete (unless at_end).
void terminal_escaper::put_held(std::string& out, bool at_end) {
    const auto* s = reinterpret_cast<const unsigned char*>(held_.data());
    const std::size_t n = held_.size();
    const bool lines = mode_ == mode::lines;
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c >= 0x20 && c < 0x7f) {
            const std::size_t start = i;
            while (i < n && s[i] >= 0x20 && s[i] < 0x7f) ++i;
            out.append(held_, start, i - start);
            continue;
        }
        if (c < 0x80) {
            if (lines && c == '\r') {
                if (i + 1 == n && !at_end) break;  // a LF may follow in the next piece
                if (i + 1 < n && s[i + 1] == '\n') {
                    out += "\r\n";
                    i += 2;
                    continue;
                }
            }
            control_escape(c, mode_, out);
            ++i;
            continue;
        }
        const std::size_t len = sequence_length(c);
        const std::size_t have = len && i + len > n ? n - i : len;
        if (!len || !well_formed_prefix(s + i, have)) {
            byte_escape(c, out);
            ++i;
            continue;
        }
        if (have < len) {  // the sequence runs on into the next piece
            if (!at_end) break;
            byte_escape(c, out);
            ++i;
            continue;
        }
        unsigned long cp = len == 2 ? (c & 0x1fu) : len == 3 ? (c & 0x0fu) : (c & 0x07u);
        for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (s[i + k] & 0x3fu);
        if (cp <= 0x9f || (!lines && bidirectional(cp)))
            code_point_escape(cp, !lines, out);
        else
            out.append(held_, i, len);
        i += len;
    }
    held_.erase(0, i);
}

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    terminal_escaper e(terminal_escaper::mode::field);
    e.put(text, out);
    e.finish(out);
    return out;
}

terminal_streambuf::terminal_streambuf(std::streambuf* target) : target_(target) { setp(buffer_, buffer_ + sizeof buffer_); }

terminal_streambuf::~terminal_streambuf() { drain(true); }

// Escapes what the put area holds and writes it to the target; at_end: also what the escaper
// holds. False when the target took less than it was given.
bool terminal_streambuf::drain(bool at_end) {
    escaper_.put(std::string_view(pbase(), static_cast<std::size_t>(pptr() - pbase())), escaped_);
    setp(buffer_, buffer_ + sizeof buffer_);
    if (at_end) escaper_.finish(escaped_);
    if (escaped_.empty()) return true;
    const auto n = static_cast<std::streamsize>(escaped_.size());
    const bool ok = target_->sputn(escaped_.data(), n) == n;
    escaped_.clear();
    return ok;
}

terminal_streambuf::int_type terminal_streambuf::overflow(int_type ch) {
    if (!drain(false)) return traits_type::eof();
    if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
    *pptr() = traits_type::to_char_type(ch);
    pbump(1);
    return ch;
}

int terminal_streambuf::sync() {
    // What the escaper holds (half a UTF-8 sequence, a CR) waits for its end; the rest goes now.
    if (!drain(false)) return -1;
    return target_->pubsync();
}

terminal_streams::terminal_streams(std::ostream& out, std::ostream& err)
    : out_buf_(out.rdbuf()), err_buf_(err.rdbuf()), out_(&out_buf_), err_(&err_buf_) {
    err_.tie(&out_);
    if (err.flags() & std::ios_base::unitbuf) err_.setf(std::ios_base::unitbuf);
}

terminal_streams::~terminal_streams() {
    out_.flush();
    err_.flush();
}

std::string shortened(std::string_view text, std::size_t limit) {
    if (text.size() <= limit) return std::string(text);
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(0, cut)) + "\xE2\x80\xA6";
}

}  // namespace mandat
