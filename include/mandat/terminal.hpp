// mandat/terminal.hpp - text safe to show on a terminal: the one terminal escaper.
//
// A document's names, titles and clause texts may hold characters that make a terminal act
// instead of showing them: ESC and the other C0 controls, DEL, the C1 controls (U+0080 to
// U+009F, U+009B being CSI) and bytes that are not UTF-8. Every text the command line prints
// goes through terminal_escaper: the check report escapes each field with printable, and the
// command line wraps its standard output and error in terminal_streams (cli::run in
// src/cli/cli.cpp, the dispatch binding behind the Python command, whose own argparse messages
// pass _core.terminal_text), errors included. Files written with --output are not escaped:
// they hold exactly what the command wrote.
#pragma once

#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace mandat {

// Escapes text for a terminal, piece by piece: a UTF-8 sequence or a CR LF pair split between
// two pieces is judged whole. Two modes:
//  - field: one value on a line (printable, declared in mandat/compliance_text.hpp). Every
//    control character is escaped, line breaks included ("\n", "\t", "\r", "\x1b", "\x7f"),
//    the C1 controls, the bidirectional overrides, isolates and marks and the line and paragraph
//    separators (U+2028, U+2029) as "\u{009b}", "\u{202e}";
//    bytes that are not UTF-8 as "\xff".
//  - lines: a whole output (terminal_streambuf). LF, TAB and CR LF (the line end of iCalendar)
//    pass; every other C0 control, a lone CR, DEL and the C1 controls become the JSON escape
//    "\u001b", "\u000d", "\u007f", "\u009b", so that a JSON document on standard output stays
//    the same JSON value (the JSON writer escapes C0 itself but leaves DEL and C1 as they are);
//    bytes that are not UTF-8 become "\xff". Nothing else changes: the bidirectional
//    characters, which a JSON or HTML document may carry, pass.
class terminal_escaper {
public:
    enum class mode { field, lines };
    explicit terminal_escaper(mode m) : mode_(m) {}
    // Appends the escaped form of `text` to `out`; an unfinished UTF-8 sequence or a CR at the
    // end is held until the next piece or finish().
    void put(std::string_view text, std::string& out);
    // Appends what is held: an unfinished UTF-8 sequence as "\xNN" bytes, a lone CR escaped.
    void finish(std::string& out);

private:
    void put_held(std::string& out, bool at_end);
    mode mode_;
    std::string held_;  // the start of a UTF-8 sequence, or a CR, waiting for what follows
};

// A stream buffer that passes what is written through terminal_escaper's lines mode into
// `target`. It writes through on every sync (std::flush, std::endl) and when destroyed.
class terminal_streambuf : public std::streambuf {
public:
    explicit terminal_streambuf(std::streambuf* target);
    terminal_streambuf(const terminal_streambuf&) = delete;
    terminal_streambuf& operator=(const terminal_streambuf&) = delete;
    ~terminal_streambuf() override;

protected:
    int_type overflow(int_type ch) override;
    int sync() override;

private:
    bool drain(bool at_end);
    std::streambuf* target_;
    terminal_escaper escaper_{terminal_escaper::mode::lines};
    std::string escaped_;
    char buffer_[4096];
};

// A command's standard output and error as terminal_streambuf streams over `out` and `err`:
// what a front end hands to the commands, so that nothing they print reaches the terminal
// unescaped. The error stream is tied to the output stream and flushes after every write
// when `err` does (as std::cerr), so the two interleave as they would unwrapped. Everything
// is written through when the object is destroyed.
class terminal_streams {
public:
    terminal_streams(std::ostream& out, std::ostream& err);
    terminal_streams(const terminal_streams&) = delete;
    terminal_streams& operator=(const terminal_streams&) = delete;
    ~terminal_streams();
    std::ostream& out() { return out_; }
    std::ostream& err() { return err_; }

private:
    terminal_streambuf out_buf_, err_buf_;
    std::ostream out_, err_;
};

}  // namespace mandat
