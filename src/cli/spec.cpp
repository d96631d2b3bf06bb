// The table of the mandat command line (spec.hpp): every command, its arguments and help,
// and the function that runs it. The help texts are those of `mandat --help` and docs/cli.md.
#include "cli/spec.hpp"

#include <algorithm>
#include <filesystem>

#include "cli/commands.hpp"

namespace mandat::cli {
namespace {

// The roster of `check` and `roster`: the one the caller handed over, else the ROSTER file,
// or the ROSTER folder of CSV files.
roster roster_of(const invocation& inv) {
    if (inv.roster_given) return inv.roster_given->value;
    const std::string path = inv.text("ROSTER");
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) return load_roster_file(path);
    return read_csv_roster(path);  // a folder of CSV files (docs/spreadsheets.md)
}

int run_show(const context& c, const invocation&) { return cmd_show(c); }
int run_status(const context& c, const invocation& inv) { return cmd_status(c, inv.text("--date")); }
int run_leader(const context& c, const invocation& inv) {
    return cmd_leader(c, inv.integer("--year"), inv.text("--date"), inv.has("--extrapolate"));
}
int run_composition(const context& c, const invocation& inv) { return cmd_composition(c, inv.text("BODY"), inv.list("COUNTS")); }
int run_explain(const context& c, const invocation& inv) { return cmd_explain(c, inv.text("CLAUSE")); }
int run_renew(const context& c, const invocation& inv) {
    return cmd_renew(c, inv.text("--from"), inv.integer("--years").value_or(4), inv.text("--id"));
}
int run_lint(const context& c, const invocation& inv) { return cmd_lint(c, inv.text("FILE")); }
int run_diff(const context& c, const invocation& inv) { return cmd_diff(c, inv.text("OLD"), inv.text("NEW")); }
int run_check(const context& c, const invocation& inv) {
    // --format text|json|html; --json is --format json, and contradicts another format.
    const std::string format = inv.text("--format");
    if (c.as_json && !format.empty() && format != "json")
        throw usage_error("--json and --format " + format + " contradict each other");
    return cmd_check(c, roster_of(inv), inv.text("--from"), inv.text("--to"), inv.has("--redact"), format);
}
int run_roster(const context& c, const invocation& inv) {
    return cmd_roster(c, roster_of(inv), inv.text("--date"), inv.has("--redact"));
}

int run_export(const context& c, const invocation& inv) {
    export_args a;
    a.to = inv.text("--to");
    a.uid_domain = inv.text("--uid-domain");
    a.stamp = inv.text("--stamp");
    a.base_url = inv.text("--base-url");
    // The files the command read: a ROSTER folder's tables, or the ROSTER file; the mandate.
    namespace fs = std::filesystem;
    const std::string roster_path = inv.roster_given ? inv.roster_given->name : inv.text("ROSTER");
    std::error_code ec;
    if (!roster_path.empty() && fs::is_directory(roster_path, ec)) {
        for (const char* kind : {"persons", "memberships", "meetings", "document"})
            a.inputs.push_back((fs::path(roster_path) / (std::string(kind) + ".csv")).string());
    } else if (!roster_path.empty()) {
        a.inputs.push_back(roster_path);
    }
    for (const char* name : {"--mandate", "--history"})
        if (!inv.text(name).empty()) a.inputs.push_back(inv.text(name));
    const std::string name = inv.roster_given ? inv.roster_given->name : inv.text("ROSTER");
    return cmd_export(c, roster_of(inv), name, a);
}
int run_plan(const context& c, const invocation& inv) {
    plan_args a;
    const std::string year = inv.text("YEAR");
    if (year.size() != 4 || !std::all_of(year.begin(), year.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
        throw usage_error("YEAR " + year + " is not a year such as 2027");
    a.year = std::stoi(year);
    if (inv.has("--block-week")) a.block_weeks = {inv.text("--block-week")};
    if (inv.roster_given)
        a.booked = inv.roster_given->value;
    else if (!inv.text("--roster").empty())
        a.booked = load_roster_file(inv.text("--roster"));
    a.format = inv.text("--format");
    if (const auto lead = inv.integer("--lead-days")) {
        if (*lead < 0 || *lead > 366) throw usage_error("--lead-days " + std::to_string(*lead) + " is not 0 to 366 days");
        a.lead_days = static_cast<unsigned>(*lead);
    }
    return cmd_plan(c, a);
}

const char* const redact_help = "Replace person ids and names by stable pseudonyms";

}  // namespace

const std::string& program_help() {
    static const std::string help = "mandat - the Trøndelag FoUI partnership mandate as executable rules";
    return help;
}

const std::vector<arg_spec>& global_options() {
    static const std::vector<arg_spec> options = {
        {"--mandate", arg_kind::text, "Mandate document (JSON); default: the embedded Trøndelag mandate 2022"},
        {"--history",
         arg_kind::text,
         "A history of mandate versions (JSON, docs/history.md) instead of one mandate: each day is judged by the version "
         "in force that day",
         false,
         {},
         "--mandate"},
        {"--json", arg_kind::flag, "Machine-readable JSON output (the contract in docs/cli.md)"},
        {"--lang", arg_kind::text, "Language of the text output and of finding messages: en or nb", false, {"en", "nb"}},
        {"--today", arg_kind::text, "Take this date (YYYY-MM-DD) as today, for reproducible output"},
        {"--output", arg_kind::text,
         "Write the output to FILE (through a temporary file and an atomic rename) instead of standard output"},
    };
    return options;
}

const std::vector<command_spec>& commands() {
    static const std::vector<command_spec> table = {
        {"show", "The mandate at a glance: parties, bodies, quotas, meetings, rotation, period", {}, run_show},
        {"status",
         "Whether the mandate is in force on a date",
         {{"--date", arg_kind::text, "The date (YYYY-MM-DD); default: today"}},
         run_status},
        {"leader",
         "The leading organisation in a year or on a date",
         {{"--year", arg_kind::integer, "The calendar year"},
          {"--date", arg_kind::text, "The date (YYYY-MM-DD)", false, {}, "--year"},
          {"--extrapolate", arg_kind::flag,
           "Outside the mandate's period, continue the rotation and mark the answer as extrapolated"}},
         run_leader},
        {"composition",
         "Check head counts per organisation against a body's quotas",
         {{"BODY", arg_kind::text, "Body id, e.g. styringsgruppen", true},
          {"COUNTS", arg_kind::list, "ORG=N pairs, e.g. ks=2 tfk=1; an organisation left out counts as 0"}},
         run_composition},
        {"explain",
         "Print the source text of a clause (by clause id or rule number)",
         {{"CLAUSE", arg_kind::text, "Clause id (e.g. styringsgruppen) or rule number (e.g. R5)", true}},
         run_explain},
        {"renew",
         "Write a draft successor of the mandate (the latest version of a history)",
         {{"--from", arg_kind::text, "Its first day in force (YYYY-MM-DD)", true},
          {"--years", arg_kind::integer, "How many years it runs (default 4)"},
          {"--id", arg_kind::text, "Its id; default: the predecessor's with the new first year"}},
         run_renew},
        {"lint",
         "Prove that the mandate can be obeyed and that its quotes agree with its data",
         {{"FILE", arg_kind::text, "A mandate document; default: --mandate, or every version of --history"}},
         run_lint},
        {"diff",
         "What changed between two mandates, clause by clause (exit code 1 when they differ)",
         {{"OLD", arg_kind::text, "A mandate document (or, with --history, a version id)", true},
          {"NEW", arg_kind::text, "A mandate document (or, with --history, a version id)", true}},
         run_diff},
        {"check",
         "Check a roster (people, appointments, meetings) against the mandate over time",
         {{"ROSTER", arg_kind::text,
           "Roster document (JSON, docs/roster-format.md) or a folder of CSV files (docs/spreadsheets.md)", true},
          {"--from", arg_kind::text, "First day to check (YYYY-MM-DD); default: the mandate's first day"},
          {"--to", arg_kind::text, "Last day to check, inclusive (YYYY-MM-DD); default: the mandate's last day"},
          {"--redact", arg_kind::flag, redact_help},
          {"--format",
           arg_kind::text,
           "text (default), json (the same as --json) or html: one self-contained page with a timeline (docs/report.md); "
           "write it with --output FILE",
           false,
           {"text", "json", "html"}}},
         run_check},
        {"roster",
         "Who holds which seat on a given day",
         {{"ROSTER", arg_kind::text, "Roster document (JSON) or a folder of CSV files", true},
          {"--date", arg_kind::text, "The day (YYYY-MM-DD); default: today"},
          {"--redact", arg_kind::flag, redact_help}},
         run_roster},
        {"export",
         "Write a roster as an iCalendar calendar, a Popolo document, an OParl 1.1 tree or a folder of CSV files "
         "(docs/formats.md)",
         {{"ROSTER", arg_kind::text, "Roster document (JSON) or a folder of CSV files", true},
          {"--to",
           arg_kind::text,
           "The format: ics, popolo, oparl or csv (oparl and csv write a folder: give it with --output DIR)",
           true,
           {"ics", "popolo", "oparl", "csv"}},
          {"--uid-domain", arg_kind::text, "ics: the right-hand side of every UID; default: the roster file's name + .mandat"},
          {"--stamp", arg_kind::text, "ics: the DTSTAMP, a UTC time such as 2026-01-01T09:00:00Z; default: now"},
          {"--base-url", arg_kind::text, "oparl: the URL the folder will be served at; every id starts with it"}},
         run_export},
        {"plan",
         "Propose the year's meetings the mandate asks for, on working days (docs/planner.md)",
         {{"YEAR", arg_kind::text, "The year to plan, e.g. 2027", true},
          {"--block-week", arg_kind::text, "ISO weeks without meetings, e.g. 27-32,40"},
          {"--roster", arg_kind::text, "A roster whose meetings are booked already and whose appointments give attendees"},
          {"--lead-days", arg_kind::integer, "Days between a preparing meeting and the one it prepares (default 7)"},
          {"--format", arg_kind::text, "text (default), json (the same as --json) or ics", false, {"text", "json", "ics"}}},
         run_plan},
    };
    return table;
}

}  // namespace mandat::cli
