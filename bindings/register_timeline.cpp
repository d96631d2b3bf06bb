// The timeline of a report (mandat/timeline.hpp): what the HTML page and Report.plot_timeline draw.
#include "common.hpp"

namespace mandat::python {

// The people of a year (timeline::years) have no Python class; they are pickled as tuples.
template <>
struct state_io<role_holder> {
    static py::object get(const role_holder& h) {
        return py::make_tuple(h.role, h.body_id, h.person_id, h.name, h.organisation_id, h.start_date, h.end_date);
    }
    static role_holder set(const py::handle& o) {
        const auto t = o.cast<py::tuple>();
        if (t.size() != 7) throw query_error(errors::query_unsupported_pickle, "unsupported pickled state");
        return {
            t[0].cast<std::string>(), t[1].cast<std::string>(), t[2].cast<std::string>(), t[3].cast<std::optional<std::string>>(),
            t[4].cast<std::string>(), t[5].cast<date>(),        t[6].cast<date>()};
    }
};
template <>
struct state_io<year_people> {
    static py::object get(const year_people& y) {
        py::list holders;
        for (const auto& h : y.holders) holders.append(state_io<role_holder>::get(h));
        return py::make_tuple(y.year, y.leading_organisation, holders);
    }
    static year_people set(const py::handle& o) {
        const auto t = o.cast<py::tuple>();
        if (t.size() != 3) throw query_error(errors::query_unsupported_pickle, "unsupported pickled state");
        year_people y;
        y.year = t[0].cast<int>();
        y.leading_organisation = t[1].cast<std::string>();
        for (const auto& h : t[2].cast<py::list>()) y.holders.push_back(state_io<role_holder>::set(h));
        return y;
    }
};
template <>
struct state_io<std::vector<year_people>> {
    static py::object get(const std::vector<year_people>& ys) {
        py::list out;
        for (const auto& y : ys) out.append(state_io<year_people>::get(y));
        return std::move(out);
    }
    static std::vector<year_people> set(const py::handle& o) {
        std::vector<year_people> out;
        for (const auto& y : o.cast<py::list>()) out.push_back(state_io<year_people>::set(y));
        return out;
    }
};

void register_timeline(py::module_& mod) {  // NOLINT(readability-function-size): a table of definitions
    py::class_<role_span> rs(mod, "RoleSpan", "A stretch of a tenure in a leading role (leader, coordinator).");
    rs.def_readonly("role", &role_span::role, "Role.leader or Role.coordinator.")
        .def_readonly("start_date", &role_span::start_date, "The first day.")
        .def_readonly("end_date", &role_span::end_date, "The last day (inclusive).")
        .def("__repr__", [](const role_span& s) {
            return "<RoleSpan " + std::string(to_string(s.role)) + " " + format_date(s.start_date) + ".." +
                   format_date(s.end_date) + ">";
        });
    add_value_state<role_span>(rs, member(&role_span::role), member(&role_span::start_date), member(&role_span::end_date));
    py::class_<tenure> te(mod, "Tenure",
                          "One person's continuous hold of a seat (or of the secretary's post): appointments of the same "
                          "person, body and organisation without a day between.");
    te.def_readonly("person_id", &tenure::person_id, "The person (a pseudonym when the report is redacted).")
        .def_readonly("name", &tenure::name, "The person's name, or None when redacted or not in the roster.")
        .def_property_readonly(
            "label", [](const tenure& t) { return t.label(); }, "'Name (id)', or the id alone without a name.")
        .def_readonly("organisation_id", &tenure::organisation_id, "The organisation represented.")
        .def_readonly("start_date", &tenure::start_date, "The first day drawn (clipped to the report's interval).")
        .def_readonly("end_date", &tenure::end_date, "The last day drawn (inclusive, clipped).")
        .def_readonly("first_day", &tenure::first_day, "The tenure's real first day.")
        .def_readonly("last_day", &tenure::last_day, "Its real last day, or None when open-ended.")
        .def_readonly("row", &tenure::row, "The row of its lane (0 is the top).")
        .def_readonly("roles", &tenure::roles, "Its leader and coordinator stretches.")
        .def("__repr__", [](const tenure& t) {
            return "<Tenure " + t.person_id + " " + t.organisation_id + " " + format_date(t.start_date) + ".." +
                   format_date(t.end_date) + ">";
        });
    add_value_state<tenure>(te, member(&tenure::person_id), member(&tenure::name), member(&tenure::organisation_id),
                            member(&tenure::start_date), member(&tenure::end_date), member(&tenure::first_day),
                            member(&tenure::last_day), member(&tenure::roles), member(&tenure::row));
    py::class_<lane> la(mod, "Lane", "The seats of one organisation in a body (or the secretaries recorded in it).");
    la.def_property_readonly(
          "kind", [](const lane& l) { return std::string(to_string(l.kind)); }, "'seats' or 'secretary'.")
        .def_readonly("organisation_id", &lane::organisation_id, "The organisation whose seats ('' for the secretaries).")
        .def_readonly("quota_min", &lane::quota_min, "The organisation's quota in the body, or None without one.")
        .def_readonly("quota_max", &lane::quota_max, "The quota's maximum, or None.")
        .def_readonly("rows", &lane::rows, "Rows drawn: the most tenures at once, at most 6.")
        .def_readonly("overflow", &lane::overflow, "Tenures put in the last row because the lane was full.")
        .def_readonly("tenures", &lane::tenures, "The tenures, by first day.")
        .def("__repr__",
             [](const lane& l) { return "<Lane " + (l.organisation_id.empty() ? "secretary" : l.organisation_id) + ">"; });
    add_value_state<lane>(la, member(&lane::kind), member(&lane::organisation_id), member(&lane::quota_min),
                          member(&lane::quota_max), member(&lane::rows), member(&lane::overflow), member(&lane::tenures));
    py::class_<breach> br(mod, "Breach", "Where a finding (an error or a warning) is drawn on a body's timeline.");
    br.def_readonly("finding", &breach::finding, "The index of the finding in Report.findings.")
        .def_property_readonly(
            "place", [](const breach& b) { return std::string(to_string(b.place)); },
            "'lane' (one organisation's lane), 'body' (every lane) or 'meetings' (the meetings row).")
        .def_property_readonly(
            "lane",
            [](const breach& b) { return b.place == breach_place::lane ? std::optional<std::size_t>(b.lane) : std::nullopt; },
            "The lane's index when place is 'lane', else None.")
        .def_readonly("start_date", &breach::start_date, "The first day (clipped to the report's interval).")
        .def_readonly("end_date", &breach::end_date, "The last day (inclusive, clipped).")
        .def("__repr__", [](const breach& b) {
            return "<Breach finding " + std::to_string(b.finding) + " " + format_date(b.start_date) + ".." +
                   format_date(b.end_date) + ">";
        });
    add_value_state<breach>(br, member(&breach::finding), member(&breach::place), member(&breach::lane),
                            member(&breach::start_date), member(&breach::end_date));
    py::class_<meeting_mark> mm(mod, "MeetingMark", "A meeting on a body's timeline.");
    mm.def_readonly("date", &meeting_mark::day, "The day.")
        .def_readonly("title", &meeting_mark::title, "The title, or None (untitled, or the report is redacted).")
        .def_readonly("attendees", &meeting_mark::attendees, "The number of persons recorded as present.");
    add_value_state<meeting_mark>(mm, member(&meeting_mark::day), member(&meeting_mark::title), member(&meeting_mark::attendees));
    py::class_<body_timeline> bt(mod, "BodyTimeline", "One body's lanes, meetings and breaches.");
    bt.def_readonly("body_id", &body_timeline::body_id, "The body.")
        .def_readonly("name", &body_timeline::name, "The body's name.")
        .def_readonly("lanes", &body_timeline::lanes,
                      "The quota's organisations in the mandate's order, then others, then the secretary.")
        .def_readonly("meetings", &body_timeline::meetings, "The meetings, by date.")
        .def_readonly("breaches", &body_timeline::breaches, "The breaches, in the report's order.")
        .def("__repr__", [](const body_timeline& b) { return "<BodyTimeline " + b.body_id + ">"; });
    add_value_state<body_timeline>(bt, member(&body_timeline::body_id), member(&body_timeline::name),
                                   member(&body_timeline::lanes), member(&body_timeline::meetings),
                                   member(&body_timeline::breaches));
    py::class_<timeline> tl(mod, "Timeline", "Who held which seat when, per body: the answer of Report.timeline().");
    tl.def_readonly("start_date", &timeline::from, "The report's first day.")
        .def_readonly("end_date", &timeline::to, "The report's last day (inclusive).")
        .def_readonly("bodies", &timeline::bodies, "A BodyTimeline per body of the mandate, in its order.")
        .def("__repr__", [](const timeline& t) {
            return "<Timeline " + format_date(t.from) + ".." + format_date(t.to) + ", " + std::to_string(t.bodies.size()) +
                   " bodies>";
        });
    add_value_state<timeline>(tl, member(&timeline::from), member(&timeline::to), member(&timeline::bodies),
                              member(&timeline::years));

    // The colours and labels the HTML report's SVG draws with (mandat/timeline.hpp), for
    // Report.plot_timeline (python/mandat/_display.py): one definition for both pictures.
    mod.def(
        "_timeline_palette",
        [] {
            std::vector<std::string> out;
            for (const auto& c : organisation_palette) out.emplace_back(c.fill);
            return out;
        },
        "The colours of the organisations by their place in the mandate (mandat::organisation_palette).");
    mod.def(
        "_organisation_colour",
        [](const mandate& m, const std::string& organisation_id) {
            return std::string(organisation_colour(m, organisation_id).fill);
        },
        py::arg("mandate"), py::arg("organisation_id"),
        "The colour of an organisation's bars and bands (mandat::organisation_colour).");
    mod.def(
        "_breach_colour", [](severity s) { return std::string(breach_colour(s)); }, py::arg("severity"),
        "The shading of a breach of this severity (mandat::breach_colour).");
    mod.def(
        "_lane_label",
        [](const mandate& m, const lane& l, const std::string& lang) { return lane_label(m, l, parse_lang(lang)); },
        py::arg("mandate"), py::arg("lane"), py::arg("lang") = "en", "The label beside a lane (mandat::lane_label).");
    mod.def(
        "_meetings_label", [](const std::string& lang) { return meetings_label(parse_lang(lang)); }, py::arg("lang") = "en",
        "The label of a body's meetings row (mandat::meetings_label).");
    mod.def(
        "_band_label", [](int year, const std::string& organisation_id) { return band_label(year, organisation_id); },
        py::arg("year"), py::arg("organisation_id"), "The label of a year's band (mandat::band_label).");
}

}  // namespace mandat::python
