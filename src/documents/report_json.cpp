// Findings and reports as JSON, and back (see mandat/json.hpp and docs/cli.md).
#include <algorithm>
#include <limits>

#include "documents/json_reader.hpp"
#include "mandat/json.hpp"
#include "mandat/messages.hpp"

namespace mandat {

using json = nlohmann::json;

json parse_json(std::string_view text, const load_limits& limits) { return detail::parse_document(text, limits); }

json to_json(const finding& f) {
    json j;
    j["code"] = f.code;
    j["severity"] = std::string(to_string(f.severity));
    j["clause"] = f.clause;
    j["rule"] = f.rule.empty() ? json() : json(f.rule);
    j["body"] = f.body.empty() ? json() : json(f.body);
    j["organisation"] = f.organisation.empty() ? json() : json(f.organisation);
    j["person_ids"] = f.person_ids;
    j["start_date"] = f.start_date ? json(format_date(*f.start_date)) : json();
    j["end_date"] = f.end_date ? json(format_date(*f.end_date)) : json();
    j["message"] = f.message;
    j["source"] = f.source;
    // What the message is rendered from (mandat/messages.hpp): a catalogue id and the facts,
    // as [name, value] pairs in order (a name may repeat).
    j["message_id"] = f.message_id.empty() ? json() : json(f.message_id);
    j["facts"] = json::array();
    for (const auto& [k, v] : f.facts) j["facts"].push_back({k, v});
    j["version"] = f.version.empty() ? json() : json(f.version);
    return j;
}

json to_json(const std::vector<finding>& fs) {
    json a = json::array();
    for (const auto& f : fs) a.push_back(to_json(f));
    return a;
}

json to_json(const report& rep) {
    json j;
    j["format"] = "mandat.report/1";
    j["mandate_id"] = rep.mandate_id;
    j["from"] = format_date(rep.from);
    j["to"] = format_date(rep.to);
    j["lang"] = std::string(to_string(rep.lang));
    j["redacted"] = rep.redacted;
    j["counts"] = {
        {"error", rep.count(severity::error)}, {"warning", rep.count(severity::warning)}, {"info", rep.count(severity::info)}};
    j["years"] = json::array();
    for (const auto& y : rep.years)
        j["years"].push_back({{"year", y.year},
                              {"leading_organisation", y.leading_organisation},
                              {"whole_year", y.whole_year},
                              {"meetings", y.meetings},
                              {"composition_breach_days", y.composition_breach_days}});
    j["findings"] = to_json(rep.findings);
    return j;
}

namespace {

using detail::node;

// Whether a finding code is one the library writes: a message id of the catalogue, or the
// code of one (an id is a code, or a code and a variant: "quota.above_max.solo").
bool known_code(const std::string& code) {
    static const std::vector<std::string> ids = message_ids();
    auto it = std::lower_bound(ids.begin(), ids.end(), code);
    return it != ids.end() && (*it == code || it->rfind(code + ".", 0) == 0);
}

// Reads back only what to_json writes: the known members, a known code and message id, and a
// first day on or before the last (report::findings are checked against the report's period).
finding read_finding(const node& f) {
    f.expect_object({"code", "severity", "clause", "rule", "body", "organisation", "person_ids", "start_date", "end_date",
                     "message", "source", "message_id", "facts", "version"});
    finding x;
    auto str = [&](const char* k) { return f.optional(k) ? f.optional(k)->as_string() : std::string(); };
    x.code = f["code"].as_nonempty_string();
    if (!known_code(x.code)) f["code"].fail(errors::document_invalid_value, "unknown finding code \"" + x.code + "\"");
    auto sev = parse_severity(f["severity"].as_string());
    if (!sev) f["severity"].fail(errors::document_invalid_value, "expected error, warning or info");
    x.severity = *sev;
    x.clause = f["clause"].as_string();
    x.rule = str("rule");
    x.body = str("body");
    x.organisation = str("organisation");
    f["person_ids"].for_each([&](const node& p, std::size_t) { x.person_ids.push_back(p.as_string()); });
    if (auto d = f.optional("start_date")) x.start_date = d->as_date();
    if (auto d = f.optional("end_date")) {
        x.end_date = d->as_date();
        if (!x.start_date) d->fail(errors::document_inconsistent, "an end date without a start date");
        if (*x.end_date < *x.start_date)
            d->fail(errors::document_inconsistent,
                    "the end date " + format_date(*x.end_date) + " is before the start date " + format_date(*x.start_date));
    }
    x.message = f["message"].as_string();
    x.source = f["source"].as_string();
    // Optional: reports written before the message catalogue carry neither.
    x.message_id = str("message_id");
    if (!x.message_id.empty()) {
        static const std::vector<std::string> ids = message_ids();
        if (!std::binary_search(ids.begin(), ids.end(), x.message_id))
            f["message_id"].fail(errors::document_invalid_value, "unknown message id \"" + x.message_id + "\"");
    }
    x.version = str("version");
    if (auto facts = f.optional("facts"))
        facts->for_each([&](const node& pair, std::size_t) {
            if (pair.array_size() != 2) pair.fail(errors::document_invalid_value, "expected a [name, value] pair");
            x.facts.emplace_back(pair.at(0).as_string(), pair.at(1).as_string());
        });
    return x;
}

}  // namespace

finding finding_from_json(const json& j) { return read_finding(node(j, "")); }

report report_from_json(const json& document) {
    const node root(document, "");
    root.expect_object({"format", "mandate_id", "from", "to", "lang", "redacted", "counts", "years", "findings"});
    report rep;
    if (root["format"].as_string() != "mandat.report/1")
        root["format"].fail(errors::document_unsupported_format, "expected \"mandat.report/1\"");
    rep.mandate_id = root["mandate_id"].as_string();
    rep.from = root["from"].as_date();
    rep.to = root["to"].as_date();
    if (rep.to < rep.from)
        root["to"].fail(errors::document_inconsistent,
                        "the end date " + format_date(rep.to) + " is before the start date " + format_date(rep.from));
    auto lang = parse_language(root["lang"].as_string());
    if (!lang) root["lang"].fail(errors::document_invalid_value, "expected \"en\" or \"nb\"");
    rep.lang = *lang;
    rep.redacted = root["redacted"].as_bool();
    root["years"].for_each([&](const node& y, std::size_t) {
        y.expect_object({"year", "leading_organisation", "whole_year", "meetings", "composition_breach_days"});
        year_summary s;
        s.year = static_cast<int>(y["year"].as_integer(rep.from.year(), rep.to.year()));
        if (!rep.years.empty() && s.year <= rep.years.back().year)
            y["year"].fail(errors::document_inconsistent, "the years are not in increasing order");
        if (!y["meetings"].is_object()) y["meetings"].wrong_type("an object");
        if (!y["composition_breach_days"].is_object()) y["composition_breach_days"].wrong_type("an object");
        s.leading_organisation = y["leading_organisation"].as_string();
        s.whole_year = y["whole_year"].as_bool();
        for (const auto& [k, v] : y["meetings"].value().items())
            s.meetings[k] = static_cast<unsigned>(node(v, y["meetings"].pointer() + "/" + k).as_integer(0, 1 << 30));
        for (const auto& [k, v] : y["composition_breach_days"].value().items())
            s.composition_breach_days[k] =
                static_cast<unsigned>(node(v, y["composition_breach_days"].pointer() + "/" + k).as_integer(0, 1 << 30));
        rep.years.push_back(std::move(s));
    });
    root["findings"].for_each([&](const node& f, std::size_t) { rep.findings.push_back(read_finding(f)); },
                              field_limits::record_items);
    // The counts are derived: present, they must be those of the findings.
    if (auto counts = root.optional("counts")) {
        counts->expect_object({"error", "warning", "info"});
        for (severity sev : {severity::error, severity::warning, severity::info}) {
            const std::string name(to_string(sev));
            if (!counts->has(name.c_str())) continue;
            const auto n = (*counts)[name.c_str()].as_integer(0, std::numeric_limits<long long>::max());
            if (static_cast<std::size_t>(n) != rep.count(sev))
                (*counts)[name.c_str()].fail(
                    errors::document_inconsistent,
                    std::to_string(n) + " does not match the " + std::to_string(rep.count(sev)) + " " + name + " findings");
        }
    }
    return rep;
}

}  // namespace mandat
