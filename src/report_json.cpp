// Findings and reports as JSON, and back (see mandat/json.hpp and docs/cli.md).
#include "json_reader.hpp"
#include "mandat/json.hpp"

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

finding read_finding(const node& f) {
    finding x;
    auto str = [&](const char* k) { return f.optional(k) ? f.optional(k)->as_string() : std::string(); };
    x.code = f["code"].as_nonempty_string();
    auto sev = parse_severity(f["severity"].as_string());
    if (!sev) f["severity"].fail(errors::document_invalid_value, "expected error, warning or info");
    x.severity = *sev;
    x.clause = f["clause"].as_string();
    x.rule = str("rule");
    x.body = str("body");
    x.organisation = str("organisation");
    f["person_ids"].for_each([&](const node& p, std::size_t) { x.person_ids.push_back(p.as_string()); });
    if (auto d = f.optional("start_date")) x.start_date = d->as_date();
    if (auto d = f.optional("end_date")) x.end_date = d->as_date();
    x.message = f["message"].as_string();
    x.source = f["source"].as_string();
    // Optional: reports written before the message catalogue carry neither.
    x.message_id = str("message_id");
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
    report rep;
    if (root["format"].as_string() != "mandat.report/1")
        root["format"].fail(errors::document_unsupported_format, "expected \"mandat.report/1\"");
    rep.mandate_id = root["mandate_id"].as_string();
    rep.from = root["from"].as_date();
    rep.to = root["to"].as_date();
    auto lang = parse_language(root["lang"].as_string());
    if (!lang) root["lang"].fail(errors::document_invalid_value, "expected \"en\" or \"nb\"");
    rep.lang = *lang;
    rep.redacted = root["redacted"].as_bool();
    root["years"].for_each([&](const node& y, std::size_t) {
        year_summary s;
        s.year = static_cast<int>(y["year"].as_integer(min_year, max_year));
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
    return rep;
}

}  // namespace mandat
