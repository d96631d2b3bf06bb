// lint(): do the quoted sentences state the numbers and dates the data holds?
//
// Plain byte scanning, no std::regex (whose recursive matcher can exhaust the stack on long
// input): every reader here looks at each byte a bounded number of times and never throws.
// What is read (docs/lint-and-diff.md):
//  - a seat quota's source: "N" or "N-M" (also "N–M", "N til M") right before a word starting
//    with representant, medlem, person or plass: "1-2 representanter fra KS" is 1..2;
//  - a meeting rule's source: after the body's name (up to the next body's name), "ca N møter"
//    (also "ca.", "cirka", "omtrent", "rundt") is a target and "inntil N møter" (also "høyst",
//    "maks", "maks.", "maksimalt", "opptil") a maximum;
//  - the validity's source: the first two dates d.m.yyyy; the second is exclusive ("1.1.2022
//    til 1.1.2026" ends on 2025-12-31) unless the text between them says "til og med" or
//    "t.o.m.".
// Numbers written in words ("to", "fire") are not read: such a quote is not compared.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "analysis/lint_internal.hpp"
#include "model/text_search.hpp"

namespace mandat::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
// ASCII letters and every byte of a multi-byte UTF-8 character count as letters.
bool is_letter(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

// Lower-cases ASCII and the Latin-1 capitals (Æ, Ø, Å, ...) byte for byte: same length, so
// positions in the folded text are positions in the quote.
std::string fold(std::string_view s) {
    std::string out(s);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c + 32);
        } else if (c == 0xC3 && i + 1 < out.size()) {
            const auto d = static_cast<unsigned char>(out[i + 1]);
            if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
            ++i;
        }
    }
    return out;
}

bool at(std::string_view t, std::size_t pos, std::string_view word) {
    return pos <= t.size() && t.substr(pos, word.size()) == word;
}

// `word` at `pos`, standing as a word of its own (no letter before or after).
bool word_at(std::string_view t, std::size_t pos, std::string_view word) {
    if (!at(t, pos, word)) return false;
    const std::size_t end = pos + word.size();
    return (pos == 0 || !is_letter(t[pos - 1])) && (end >= t.size() || !is_letter(t[end]));
}

// Spaces, tabs and no-break spaces.
std::size_t skip_spaces(std::string_view t, std::size_t pos) {
    while (pos < t.size()) {
        if (t[pos] == ' ' || t[pos] == '\t')
            ++pos;
        else if (at(t, pos, "\xC2\xA0"))
            pos += 2;
        else
            break;
    }
    return pos;
}

// A run of decimal digits at `pos`; nullopt when there is none or it is too long to be a count.
struct number {
    unsigned long long value = 0;
    std::size_t end = 0;
};
std::optional<number> read_number(std::string_view t, std::size_t pos) {
    std::size_t end = pos;
    while (end < t.size() && is_digit(t[end])) ++end;
    if (end == pos || end - pos > 9) return std::nullopt;
    number n{0, end};
    for (std::size_t i = pos; i < end; ++i) n.value = n.value * 10 + static_cast<unsigned>(t[i] - '0');
    return n;
}

// The first position at or after `from` where `word` stands as a word; npos if none. One pass
// over the text (model/text_search.hpp), however often `word` stands inside longer words.
std::size_t find_word(std::string_view t, std::string_view word, std::size_t from) {
    if (word.empty()) return std::string_view::npos;
    return find_text_if(t, word, from, [&](std::size_t p) { return word_at(t, p, word); });
}

// --- seat quotas -------------------------------------------------------------------------

struct seat_range {
    unsigned long long min = 0, max = 0;
};

bool count_word_at(std::string_view t, std::size_t pos) {
    if (pos > 0 && is_letter(t[pos - 1])) return false;
    for (std::string_view w : {"representant", "medlem", "person", "plass"})
        if (at(t, pos, w)) return true;
    return false;
}

std::optional<seat_range> read_seats(std::string_view quote) {
    const std::string t = fold(quote);
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!is_digit(t[i]) || (i > 0 && (is_digit(t[i - 1]) || is_letter(t[i - 1]) || t[i - 1] == '.'))) continue;
        const auto a = read_number(t, i);
        if (!a) continue;
        seat_range r{a->value, a->value};
        std::size_t p = skip_spaces(t, a->end);
        std::size_t after_dash = std::string::npos;
        if (at(t, p, "-"))
            after_dash = p + 1;
        else if (at(t, p, "\xE2\x80\x93") || word_at(t, p, "til"))  // an en dash, or "til": three bytes each
            after_dash = p + 3;
        if (after_dash != std::string::npos) {
            const auto b = read_number(t, skip_spaces(t, after_dash));
            if (b) {
                r.max = b->value;
                p = skip_spaces(t, b->end);
            }
        }
        if (count_word_at(t, p)) return r;
    }
    return std::nullopt;
}

std::string seats_text(unsigned long long min, unsigned long long max) {
    return min == max ? std::to_string(min) : std::to_string(min) + "-" + std::to_string(max);
}

// --- meeting rules -----------------------------------------------------------------------

struct meeting_numbers {
    std::optional<unsigned long long> target, maximum;
};

// "KEYWORD N møte..." anywhere in `t` (folded); the first of each kind counts.
meeting_numbers read_meetings(std::string_view t) {
    static constexpr std::string_view target_words[] = {"ca.", "ca", "cirka", "omtrent", "rundt"};
    static constexpr std::string_view maximum_words[] = {"inntil", "h\xC3\xB8yst", "maks.", "maks", "maksimalt", "opptil"};
    meeting_numbers out;
    auto number_of_meetings = [&](std::size_t pos, std::string_view word) -> std::optional<unsigned long long> {
        // "ca." ends in a dot, so only the start needs a word boundary there.
        const bool dotted = word.back() == '.';
        if (dotted ? !(at(t, pos, word) && (pos == 0 || !is_letter(t[pos - 1]))) : !word_at(t, pos, word)) return std::nullopt;
        const auto n = read_number(t, skip_spaces(t, pos + word.size()));
        if (!n || !at(t, skip_spaces(t, n->end), "m\xC3\xB8te")) return std::nullopt;
        return n->value;
    };
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!is_letter(t[i]) || (i > 0 && is_letter(t[i - 1]))) continue;
        for (std::string_view w : target_words)
            if (!out.target)
                if (auto n = number_of_meetings(i, w)) out.target = n;
        for (std::string_view w : maximum_words)
            if (!out.maximum)
                if (auto n = number_of_meetings(i, w)) out.maximum = n;
    }
    return out;
}

// The part of the (folded) sentence that speaks of body `b`: from its name to the next other
// body's name. nullopt when the sentence names other bodies but not this one.
std::optional<std::string_view> segment_of(std::string_view t, const mandate& m, const body& b) {
    auto first_of = [&](const body& x, std::size_t from) {
        std::size_t best = std::string_view::npos, end = 0;
        for (const std::string& name : {fold(x.name), fold(x.id)}) {
            const std::size_t p = find_word(t, name, from);
            if (p < best) {
                best = p;
                end = p + name.size();
            }
        }
        return std::make_pair(best, end);
    };
    const auto [own, own_end] = first_of(b, 0);
    std::size_t next = std::string_view::npos;
    for (const auto& other : m.bodies)
        if (&other != &b) next = std::min(next, first_of(other, own == std::string_view::npos ? 0 : own_end).first);
    if (own == std::string_view::npos) {
        if (next != std::string_view::npos) return std::nullopt;
        return t;
    }
    return t.substr(own_end, next == std::string_view::npos ? std::string_view::npos : next - own_end);
}

// --- the period --------------------------------------------------------------------------

struct dotted_date {
    date day;
    std::size_t begin = 0, end = 0;
};

// The next "d.m.yyyy" at or after `from` that names a real day.
std::optional<dotted_date> next_date(std::string_view t, std::size_t from) {
    for (std::size_t i = from; i < t.size(); ++i) {
        if (!is_digit(t[i]) || (i > 0 && (is_digit(t[i - 1]) || t[i - 1] == '.'))) continue;
        const auto d = read_number(t, i);
        if (!d || d->end - i > 2 || !at(t, d->end, ".")) continue;
        const auto mo = read_number(t, d->end + 1);
        if (!mo || mo->end - (d->end + 1) > 2 || !at(t, mo->end, ".")) continue;
        const auto y = read_number(t, mo->end + 1);
        if (!y || y->end - (mo->end + 1) != 4) continue;
        const partial_date p(static_cast<int>(y->value), static_cast<unsigned>(mo->value), static_cast<unsigned>(d->value));
        if (mo->value == 0 || d->value == 0 || !p.ok()) continue;
        return dotted_date{p.earliest(), i, y->end};
    }
    return std::nullopt;
}

// --- comparing ---------------------------------------------------------------------------

class quote_checker {
public:
    explicit quote_checker(lint_sink& s) : s_(s) {}

    void run() {
        for (const auto& b : s_.m().bodies) {
            for (const auto& q : b.quotas) seats(b, q);
            if (b.meetings) meetings(b);
        }
        check_period();
    }

private:
    bool carried_over(const std::string& clause) const {
        const auto& p = s_.m().provenance;
        return p && std::find(p->carried_over.begin(), p->carried_over.end(), clause) != p->carried_over.end();
    }

    // A disagreement: an error, or info in a clause carried over from the predecessor.
    void disagree(const std::string& variant, const citation& cite, const std::string& body, const std::string& org,
                  const std::string& source, message_facts facts) {
        const bool kept = carried_over(cite.clause);
        facts.emplace_back("clause", cite.clause);
        s_.add(finding_builder(kept ? lint_codes::quote_carried_over : lint_codes::quote_disagrees,
                               kept ? severity::info : severity::error)
                   .message(std::string(kept ? "lint.quote_carried_over." : "lint.quote_disagrees.") + variant)
                   .cite(cite)
                   .source(source)
                   .body(body)
                   .organisation(org)
                   .facts(std::move(facts)));
    }

    void seats(const body& b, const seat_quota& q) {
        const auto r = read_seats(q.source);
        if (!r || (r->min == q.min && r->max == q.max)) return;
        disagree("quota", b.quota_cite, b.id, q.organisation_id, q.source,
                 {{"quote", q.source},
                  {"body", b.id},
                  {"body_name", b.name},
                  {"organisation", q.organisation_id},
                  {"organisation_name", s_.organisation_name(q.organisation_id)},
                  {"quoted", seats_text(r->min, r->max)},
                  {"data", seats_text(q.min, q.max)}});
    }

    void meetings(const body& b) {
        const meeting_frequency& f = *b.meetings;
        const std::string t = fold(f.cite.source);
        const auto segment = segment_of(t, s_.m(), b);
        if (!segment) return;
        const meeting_numbers n = read_meetings(*segment);
        auto compare = [&](const char* what, std::optional<unsigned long long> quoted, std::optional<unsigned> data) {
            if (!quoted || (data && *data == *quoted)) return;
            message_facts facts{
                {"quote", f.cite.source}, {"body", b.id}, {"body_name", b.name}, {"quoted", std::to_string(*quoted)}};
            if (data) facts.emplace_back("data", std::to_string(*data));
            disagree(std::string(what) + (data ? "" : "_missing"), f.cite, b.id, "", f.cite.source, std::move(facts));
        };
        compare("meetings_target", n.target, f.target);
        compare("meetings_maximum", n.maximum, f.maximum);
    }

    void check_period() {
        const mandate& m = s_.m();
        const period& p = m.validity.in_force;
        if (!period_has_days(p)) return;  // lint.period_invalid says why
        const citation& cite = m.validity.cite;
        const std::string t = fold(cite.source);
        const auto a = next_date(t, 0);
        if (!a) return;
        const auto b = next_date(t, a->end);
        if (!b) return;
        const std::string_view between = std::string_view(t).substr(a->end, b->begin - a->end);
        const bool inclusive =
            between.find("til og med") != std::string_view::npos || between.find("t.o.m") != std::string_view::npos;
        if (!inclusive && b->day == first_day_of_year(min_year)) return;  // no day before it to end on
        const date last = inclusive ? b->day : b->day - boost::gregorian::days(1);
        if (a->day == p.begin() && last == p.last()) return;
        disagree("period", cite, "", "", cite.source,
                 {{"quote", cite.source},
                  {"quoted_first", format_date(a->day)},
                  {"quoted_last", format_date(last)},
                  {"first", format_date(p.begin())},
                  {"last", format_date(p.last())}});
    }

    lint_sink& s_;
};

}  // namespace

void lint_quotes(lint_sink& sink) { quote_checker(sink).run(); }

}  // namespace mandat::detail
