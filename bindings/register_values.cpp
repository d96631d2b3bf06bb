// Plain values: severities, roles, findings, periods and the parts of a mandate.
#include <pybind11/native_enum.h>

#include "common.hpp"

namespace mandat::python {

namespace {

json_dict finding_dict(const finding& f) { return to_python_dict(to_json(f)); }

std::string finding_repr(const finding& f) {
    std::string s = "<Finding " + f.code + " " + std::string(to_string(f.severity)) + " [" + f.clause;
    if (!f.rule.empty()) s += " " + f.rule;
    s += "]";
    if (f.start_date) s += " " + format_date(*f.start_date) + ".." + (f.end_date ? format_date(*f.end_date) : "");
    return s + ">";
}

std::optional<std::string> unless_empty(const std::string& s) { return s.empty() ? std::nullopt : std::optional<std::string>(s); }

finding finding_from_dict(const json_dict& d) { return finding_from_json(from_python(d)); }

}  // namespace

void register_values(py::module_& m) {  // NOLINT(readability-function-size): a table of definitions
    py::native_enum<severity>(m, "Severity", "enum.IntEnum", "How serious a finding is; ordered: info < warning < error.")
        .value("info", severity::info, "worth knowing")
        .value("warning", severity::warning, "departs from what the text expects, without a hard limit")
        .value("error", severity::error, "breaks an explicit rule")
        .finalize();
    // The message catalogue (mandat/messages.hpp), for the few sentences python/mandat/ writes
    // itself (a figure's title): worded by the catalogue in both languages, never in Python.
    m.def(
        "_render_message",
        [](const std::string& id, const std::string& lang, const message_facts& facts) {
            return render_message(id, parse_lang(lang), facts);
        },
        py::arg("id"), py::arg("lang") = "en", py::arg("facts") = message_facts{},
        "The catalogue's entry `id` in 'en' or 'nb', filled with the (name, value) facts (mandat::render_message).");
    py::native_enum<role>(m, "Role", "enum.Enum", "The role of an appointment.")
        .value("member", role::member, "a seat in the body")
        .value("leader", role::leader, "a seat, and leads the body")
        .value("coordinator", role::coordinator, "a seat, and coordinates the body")
        .value("secretary", role::secretary, "serves the partnership; not a seat")
        .finalize();

    // Held by shared_ptr: Mandate.check_composition hands out findings it keeps (register_mandate.cpp).
    py::class_<finding, std::shared_ptr<finding>> f(m, "Finding",
                                                    "A departure from the mandate: what, how serious, which clause, whom, when.");
    f.def_readonly("code", &finding::code, "Stable code, e.g. 'quota.above_max'.")
        .def_readonly("severity", &finding::severity, "Severity.info, .warning or .error.")
        .def_readonly("clause", &finding::clause, "The clause id, e.g. 'styringsgruppen'.")
        .def_property_readonly(
            "rule", [](const finding& x) { return unless_empty(x.rule); }, "The rule number, e.g. 'R5', or None.")
        .def_property_readonly(
            "body", [](const finding& x) { return unless_empty(x.body); }, "The body id, or None.")
        .def_property_readonly(
            "organisation", [](const finding& x) { return unless_empty(x.organisation); }, "The organisation id, or None.")
        .def_readonly("person_ids", &finding::person_ids, "Ids (or pseudonyms) of the persons concerned.")
        .def_readonly("start_date", &finding::start_date, "The first day concerned, or None when undated.")
        .def_readonly("end_date", &finding::end_date, "The last day concerned (inclusive), or None when undated or open-ended.")
        .def_readonly("message", &finding::message, "A message in the language asked for.")
        .def_readonly("source", &finding::source, "The verbatim Norwegian sentence of the rule.")
        .def_property_readonly(
            "version", [](const finding& x) { return unless_empty(x.version); },
            "The id of the version that judged the day (a check against a history), or None.")
        .def_readonly("message_id", &finding::message_id,
                      "The message catalogue's entry the message is rendered from ('' for a finding read without one).")
        .def_readonly("facts", &finding::facts, "The named facts the message is rendered from, as (name, value) pairs.")
        .def(
            "message_in", [](const finding& x, const std::string& lang) { return render_message(x, parse_lang(lang)); },
            py::arg("lang"), "The message in another language: 'en' or 'nb'.")
        .def("to_dict", &finding_dict, "The finding as a dict, as in the JSON output.")
        .def(
            "to_html",
            [](const finding& x, const std::string& lang, bool standalone) {
                return to_html(x, parse_lang(lang), html_options{standalone, false});
            },
            py::arg("lang") = "en", py::kw_only(), py::arg("standalone") = true,
            "The finding as HTML in 'en' or 'nb'; standalone=False gives a fragment to embed.")
        .def_static("from_dict", &finding_from_dict, py::arg("data"), "A finding from the dict that to_dict gives.")
        .def("__repr__", &finding_repr);
    add_state<finding>(
        f, [](const finding& x) { return to_json(x).dump(); },
        [](const std::string& s) { return finding_from_json(parse_json(s, pickle_limits())); });

    py::class_<period> pe(m, "Period", "A period of days: start_date to end_date, both inclusive. Supports `day in period`.");
    pe.def(py::init([](date first, date last) { return make_period(first, last); }), py::arg("start_date"), py::arg("end_date"))
        .def_property_readonly(
            "start_date", [](const period& p) { return p.begin(); }, "The first day.")
        .def_property_readonly(
            "end_date", [](const period& p) { return last_day(p); }, "The last day (inclusive).")
        .def(
            "__contains__", [](const period& p, date d) { return p.contains(d); }, py::arg("day"))
        .def(
            "__len__", [](const period& p) { return static_cast<std::size_t>(p.length().days()); }, "The number of days.")
        .def(
            "__eq__",
            [](const period& a, const py::object& b) { return py::isinstance<period>(b) && a == b.cast<const period&>(); },
            py::arg("other"))
        .def("__hash__", [](const period& p) { return py::hash(py::make_tuple(format_date(p.begin()), format_date(p.last()))); })
        .def("__repr__", [](const period& p) { return "Period(" + format_date(p.begin()) + ", " + format_date(p.last()) + ")"; });
    add_pickle(
        pe,
        [](const period& p) {
            using state_t = py::typing::Tuple<py::int_, py::tuple>;
            return py::reinterpret_steal<state_t>(
                py::make_tuple(pickle_version, py::make_tuple(p.begin(), last_day(p))).release());
        },
        [](const py::tuple& state) {
            require_state(state);
            if (!py::isinstance<py::tuple>(state[1]))
                throw query_error(errors::query_unsupported_pickle, "unsupported pickled state");
            const auto days = state[1].cast<py::tuple>();
            if (days.size() != 2) throw query_error(errors::query_unsupported_pickle, "unsupported pickled state");
            return make_period(days[0].cast<date>(), days[1].cast<date>());
        });
    add_copy<period>(pe);

    py::class_<citation> ci(m, "Citation", "Where a rule comes from: clause id, rule number and the verbatim sentence.");
    ci.def_readonly("clause", &citation::clause, "The clause id.")
        .def_readonly("rule", &citation::rule, "The rule number, e.g. 'R5' ('' for none).")
        .def_readonly("source", &citation::source, "The verbatim Norwegian sentence.")
        .def("__repr__", [](const citation& c) { return "<Citation " + c.clause + " " + c.rule + ">"; });
    add_value_state<citation>(ci, member(&citation::clause), member(&citation::rule), member(&citation::source));

    py::class_<organisation> og(m, "Organisation", "An organisation named by the mandate.");
    og.def_readonly("id", &organisation::id, "The organisation id, e.g. 'ks'.")
        .def_readonly("name", &organisation::name, "The name as the text gives it.")
        .def_readonly("parent_id", &organisation::parent_id, "The parent organisation's id (e.g. 'ks' for 'kdu'), or None.")
        .def_readonly("party", &organisation::party, "True for a party of the mandate (R1).")
        .def_readonly("role_clause", &organisation::role_clause, "The clause describing its role, or None.")
        .def_readonly("organisation_number", &organisation::organisation_number,
                      "The Norwegian organisation number (9 digits, a valid MOD11 check digit), or None.")
        .def("__repr__", [](const organisation& o) { return "<Organisation " + o.id + ": " + o.name + ">"; });
    add_value_state<organisation>(og, member(&organisation::id), member(&organisation::name), member(&organisation::parent_id),
                                  member(&organisation::party), member(&organisation::role_clause));

    m.def(
        "valid_organisation_number", [](const std::string& number) { return valid_organisation_number(number); },
        py::arg("number"),
        "True for a Norwegian organisation number: 9 digits whose last is the MOD11 check digit of the first eight "
        "(weights 3 2 7 6 5 4 3 2).");

    py::class_<seat_quota> sq(m, "SeatQuota", "An organisation's seats in a body: min to max, inclusive.");
    sq.def_readonly("organisation_id", &seat_quota::organisation_id, "The organisation holding the seats.")
        .def_readonly("min", &seat_quota::min, "The fewest representatives.")
        .def_readonly("max", &seat_quota::max, "The most representatives.")
        .def_readonly("source", &seat_quota::source, "The verbatim list item.")
        .def("__repr__", [](const seat_quota& q) {
            return "<SeatQuota " + q.organisation_id + " " + std::to_string(q.min) + ".." + std::to_string(q.max) + ">";
        });
    add_value_state<seat_quota>(sq, member(&seat_quota::organisation_id), member(&seat_quota::min), member(&seat_quota::max),
                                member(&seat_quota::source));

    py::class_<meeting_frequency> mr(m, "MeetingRule", "How often a body meets per calendar year.");
    mr.def_readonly("target", &meeting_frequency::target, "About this many (R2), or None.")
        .def_readonly("tolerance", &meeting_frequency::tolerance, "Off the target by this much is info, further a warning.")
        .def_readonly("maximum", &meeting_frequency::maximum, "At most this many (R3), or None.")
        .def_readonly("cite", &meeting_frequency::cite, "Where the rule comes from.");
    add_value_state<meeting_frequency>(mr, member(&meeting_frequency::target), member(&meeting_frequency::tolerance),
                                       member(&meeting_frequency::maximum), member(&meeting_frequency::cite));

    py::class_<body> bo(m, "Body", "A body the mandate sets up.");
    bo.def_readonly("id", &body::id, "The body id, e.g. 'styringsgruppen'.")
        .def_readonly("name", &body::name, "The name in the text, e.g. 'Styringsgruppen'.")
        .def_readonly("name_en", &body::name_en, "The English name.")
        .def_readonly("quotas", &body::quotas, "The seat quotas (R5, R9).")
        .def_readonly("quota_cite", &body::quota_cite, "The clause and sentence introducing the quotas.")
        .def_readonly("meetings", &body::meetings, "The meeting rule, or None.")
        .def_property_readonly("min_size", &body::min_size, "The sum of the quotas' minimums.")
        .def_property_readonly("max_size", &body::max_size, "The sum of the quotas' maximums.")
        .def("__repr__", [](const body& b) { return "<Body " + b.id + ">"; });
    add_value_state<body>(bo, member(&body::id), member(&body::name), member(&body::name_en), member(&body::established),
                          member(&body::quota_cite), member(&body::quotas), member(&body::meetings));

    py::class_<clause> cl(m, "Clause", "A clause of the mandate, verbatim.");
    cl.def_readonly("id", &clause::id, "The clause id.")
        .def_readonly("heading", &clause::heading, "The verbatim heading, or None.")
        .def_property_readonly(
            "kind", [](const clause& c) { return std::string(to_string(c.kind)); }, "'rule' or 'information'.")
        .def_readonly("rules", &clause::rules, "The rule numbers the clause carries.")
        .def_readonly("summary_en", &clause::summary_en, "An English gist.")
        .def_readonly("text", &clause::text, "The verbatim lines.")
        .def_readonly("target_year", &clause::target_year, "A year the clause sets goals for, or None.")
        .def_property_readonly("source_text", &clause::source_text, "Heading and lines joined by newlines.")
        .def("__repr__", [](const clause& c) { return "<Clause " + c.id + ">"; });
    add_value_state<clause>(cl, member(&clause::id), member(&clause::heading), member(&clause::kind), member(&clause::rules),
                            member(&clause::summary_en), member(&clause::text), member(&clause::target_year));

    py::class_<leadership> le(m, "Leadership", "Who leads in a year; extrapolated when the mandate is not in force then.");
    le.def_readonly("year", &leadership::year, "The calendar year.")
        .def_readonly("organisation_id", &leadership::organisation_id, "The leading organisation.")
        .def_readonly("in_force", &leadership::in_force, "True when the mandate is in force on a day of the year.")
        .def_readonly("extrapolated", &leadership::extrapolated,
                      "True when the year is outside the mandate and the rotation was continued on request.")
        .def("__repr__", [](const leadership& l) {
            return "<Leadership " + std::to_string(l.year) + " " + l.organisation_id + (l.extrapolated ? " (extrapolated)" : "") +
                   ">";
        });
    add_value_state<leadership>(le, member(&leadership::year), member(&leadership::organisation_id),
                                member(&leadership::in_force), member(&leadership::extrapolated));
}

}  // namespace mandat::python
