// `plan YEAR`: the year's meetings the mandate asks for (docs/planner.md).
#include <algorithm>
#include <cctype>

#include "cli/commands.hpp"
#include "mandat/calendar.hpp"
#include "mandat/planner.hpp"

namespace mandat::cli {

std::vector<unsigned> parse_weeks(const std::vector<std::string>& specs) {
    std::vector<unsigned> weeks;
    for (const auto& spec : specs) {
        std::size_t pos = 0;
        while (pos <= spec.size()) {
            const std::size_t comma = std::min(spec.find(',', pos), spec.size());
            const std::string part = spec.substr(pos, comma - pos);
            const std::size_t dash = part.find('-');
            const auto number = [&spec](const std::string& s) {
                if (s.empty() || s.size() > 2 ||
                    !std::all_of(s.begin(), s.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }))
                    throw usage_error(arg_name(arg_id::block_week, spec) + " is not a list of ISO weeks such as 27-32,40");
                const unsigned w = static_cast<unsigned>(std::stoul(s));
                if (w < 1 || w > 53) throw usage_error(arg_name(arg_id::block_week, spec) + ": an ISO week is 1 to 53, not " + s);
                return w;
            };
            const unsigned lo = number(part.substr(0, dash));
            const unsigned hi = dash == std::string::npos ? lo : number(part.substr(dash + 1));
            if (hi < lo) throw usage_error(arg_name(arg_id::block_week, spec) + ": the range " + part + " runs backwards");
            for (unsigned w = lo; w <= hi; ++w) weeks.push_back(w);
            pos = comma + 1;
        }
    }
    return weeks;
}

int cmd_plan(const context& c, const plan_args& a) {
    if (c.as_json && !a.format.empty() && a.format != "json")
        throw usage_error(arg_name(arg_id::json) + " and " + arg_name(arg_id::format, a.format) + " contradict each other");
    const std::string as = a.format.empty() ? (c.as_json ? "json" : "text") : a.format;
    if (as != "text" && as != "json" && as != "ics")
        throw usage_error(arg_name(arg_id::format, as) + " is not text, json or ics");
    // With a history: the version the history names for the year (as `leader --year` does).
    const mandate* m = c.m;
    if (c.h) {
        const mandate_version* v = c.h->version_in(a.year);
        if (!v) throw usage_error("no version of the history is in force in " + std::to_string(a.year));
        m = &v->m;
    }
    plan_options o;
    o.year = a.year;
    o.blocked_weeks = parse_weeks(a.block_weeks);
    if (a.booked) o.booked = *a.booked;
    if (a.lead_days) o.lead_days = *a.lead_days;
    const meeting_plan plan = plan_meetings(*m, o);
    if (as == "json") {
        print_json(*c.out, to_json(plan));
    } else if (as == "ics") {
        roster cal;  // the year's meetings only, booked and planned
        cal.persons = o.booked.persons;
        for (const auto& pm : plan.meetings) cal.meetings.push_back(as_meeting(pm));
        *c.out << to_ics(cal, m, calendar_options(c, *m, a.stamp, a.uid_domain));
    } else {
        *c.out << format_plan(plan, *m);
    }
    return 0;
}

}  // namespace mandat::cli
