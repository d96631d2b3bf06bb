// The table of the mandat command line (spec.hpp): every command, its arguments and help,
// and the function that runs it. The help texts are those of `mandat --help` and docs/cli.md.
#include "cli/spec.hpp"

#include <algorithm>
#include <filesystem>

#include "cli/commands.hpp"

namespace mandat::cli {
namespace {

// The roster of `check`, `roster`, `export` and `plan --roster`: the one the caller handed
// over, else the file, or the folder of CSV files, that the argument `arg` names.
roster roster_of(const invocation& inv, arg_id arg = arg_id::roster) {
    if (inv.roster_given) return inv.roster_given->value;
    const std::string path = inv.text(arg);
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) return load_roster_file(path);
    return read_csv_roster(path);  // a folder of CSV files (docs/spreadsheets.md)
}

int run_show(const context& c, const invocation&) { return cmd_show(c); }
int run_status(const context& c, const invocation& inv) { return cmd_status(c, inv.text(arg_id::date)); }
int run_leader(const context& c, const invocation& inv) {
    return cmd_leader(c, inv.integer(arg_id::year), inv.text(arg_id::date), inv.has(arg_id::extrapolate));
}
int run_composition(const context& c, const invocation& inv) {
    return cmd_composition(c, inv.text(arg_id::body), inv.list(arg_id::counts));
}
int run_explain(const context& c, const invocation& inv) { return cmd_explain(c, inv.text(arg_id::clause)); }
int run_renew(const context& c, const invocation& inv) {
    return cmd_renew(c, inv.text(arg_id::from), inv.integer(arg_id::years).value_or(4), inv.text(arg_id::id));
}
int run_lint(const context& c, const invocation& inv) { return cmd_lint(c, inv.text(arg_id::file)); }
int run_diff(const context& c, const invocation& inv) {
    return cmd_diff(c, inv.text(arg_id::old_version), inv.text(arg_id::new_version));
}
int run_check(const context& c, const invocation& inv) {
    // --format text|json|html; --json is --format json, and contradicts another format.
    const std::string format = inv.text(arg_id::format);
    if (c.as_json && !format.empty() && format != "json")
        throw usage_error(arg_name(arg_id::json) + " and " + arg_name(arg_id::format, format) + " contradict each other");
    check_options o;
    o.redact = inv.has(arg_id::redact);
    o.every_absent = inv.has(arg_id::every_absent);
    return cmd_check(c, roster_of(inv), inv.text(arg_id::from), inv.text(arg_id::to), o, format);
}
int run_roster(const context& c, const invocation& inv) {
    return cmd_roster(c, roster_of(inv), inv.text(arg_id::date), inv.has(arg_id::redact));
}

int run_export(const context& c, const invocation& inv) {
    export_args a;
    a.to = inv.text(arg_id::to);
    a.uid_domain = inv.text(arg_id::uid_domain);
    a.stamp = inv.text(arg_id::stamp);
    a.base_url = inv.text(arg_id::base_url);
    a.inputs = input_files(inv);
    return cmd_export(c, roster_of(inv), a);
}
int run_plan(const context& c, const invocation& inv) {
    plan_args a;
    const std::string year = inv.text(arg_id::plan_year);
    if (year.size() != 4 || !std::all_of(year.begin(), year.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
        throw usage_error(arg_name(arg_id::plan_year, year) + " is not a year such as 2027");
    a.year = std::stoi(year);
    if (inv.has(arg_id::block_week)) a.block_weeks = {inv.text(arg_id::block_week)};
    if (inv.roster_given || !inv.text(arg_id::booked).empty()) a.booked = roster_of(inv, arg_id::booked);
    a.format = inv.text(arg_id::format);
    a.uid_domain = inv.text(arg_id::uid_domain);
    a.stamp = inv.text(arg_id::stamp);
    if (const auto lead = inv.integer(arg_id::lead_days)) {
        if (*lead < 0 || *lead > 366)
            throw usage_error(arg_name(arg_id::lead_days, std::to_string(*lead)) + " is not 0 to 366 days");
        a.lead_days = static_cast<unsigned>(*lead);
    }
    return cmd_plan(c, a);
}

const char* const redact_help = "Replace person ids and names by stable pseudonyms";

// The arguments of check and of export.
std::vector<arg_spec> check_command_args() {
    return {
        reading_file({arg_id::roster, arg_kind::text,
                      "Roster document (JSON, docs/roster-format.md) or a folder of CSV files (docs/spreadsheets.md)", true}),
        {arg_id::from, arg_kind::text, "First day to check (YYYY-MM-DD); default: the mandate's first day"},
        {arg_id::to, arg_kind::text, "Last day to check, inclusive (YYYY-MM-DD); default: the mandate's last day"},
        {arg_id::redact, arg_kind::flag, redact_help},
        {arg_id::every_absent, arg_kind::flag,
         "Name every absent member in an attendance finding (by default it counts them and names the first ten)"},
        {arg_id::format,
         arg_kind::text,
         "text (default), json (the same as " + arg_name(arg_id::json) +
             ") or html: one self-contained page with a timeline (docs/report.md); write it with " + arg_name(arg_id::output) +
             " FILE",
         false,
         {"text", "json", "html"}},
    };
}
// The calendar options of export --to ics and plan --format ics (calendar_options).
std::vector<arg_spec> calendar_args() {
    return {
        {arg_id::uid_domain, arg_kind::text,
         "ics: the right-hand side of every UID; default: the history's id, else the mandate's, + .mandat"},
        {arg_id::stamp, arg_kind::text, "ics: the DTSTAMP, a UTC time such as 2026-01-01T09:00:00Z; default: now"},
    };
}
std::vector<arg_spec> export_command_args() {
    std::vector<arg_spec> args = {
        reading_file({arg_id::roster, arg_kind::text, "Roster document (JSON) or a folder of CSV files", true}),
        {arg_id::to,
         arg_kind::text,
         "The format: ics, popolo, oparl or csv (oparl and csv write a folder: give it with " + arg_name(arg_id::output) +
             " DIR)",
         true,
         {"ics", "popolo", "oparl", "csv"}},
        {arg_id::base_url, arg_kind::text, "oparl: the URL the folder will be served at; every id starts with it"},
    };
    const auto calendar = calendar_args();
    args.insert(args.end() - 1, calendar.begin(), calendar.end());
    return args;
}
// The arguments of plan.
std::vector<arg_spec> plan_command_args() {
    std::vector<arg_spec> args = {
        {arg_id::plan_year, arg_kind::text, "The year to plan, e.g. 2027", true},
        {arg_id::block_week, arg_kind::text, "ISO weeks without meetings, e.g. 27-32,40"},
        reading_file({arg_id::booked, arg_kind::text,
                      "A roster (JSON, or a folder of CSV files) whose meetings are booked already and whose appointments give "
                      "attendees"}),
        {arg_id::lead_days, arg_kind::integer, "Days between a preparing meeting and the one it prepares (default 7)"},
        {arg_id::format,
         arg_kind::text,
         "text (default), json (the same as " + arg_name(arg_id::json) + ") or ics",
         false,
         {"text", "json", "ics"}},
    };
    const auto calendar = calendar_args();
    args.insert(args.end(), calendar.begin(), calendar.end());
    return args;
}

// What OLD and NEW of diff are.
std::string version_help() { return "A mandate document (or, with " + arg_name(arg_id::history) + ", a version id)"; }

}  // namespace

// The one place an argument is spelled (spec.hpp: arg_id).
const std::string& arg_name(arg_id id) {
    static const std::map<arg_id, std::string> names = {
        {arg_id::mandate, "--mandate"},
        {arg_id::history, "--history"},
        {arg_id::json, "--json"},
        {arg_id::lang, "--lang"},
        {arg_id::today, "--today"},
        {arg_id::output, "--output"},
        {arg_id::help, "--help"},
        {arg_id::version, "--version"},
        {arg_id::date, "--date"},
        {arg_id::year, "--year"},
        {arg_id::extrapolate, "--extrapolate"},
        {arg_id::body, "BODY"},
        {arg_id::counts, "COUNTS"},
        {arg_id::clause, "CLAUSE"},
        {arg_id::from, "--from"},
        {arg_id::to, "--to"},
        {arg_id::years, "--years"},
        {arg_id::id, "--id"},
        {arg_id::file, "FILE"},
        {arg_id::old_version, "OLD"},
        {arg_id::new_version, "NEW"},
        {arg_id::roster, "ROSTER"},
        {arg_id::redact, "--redact"},
        {arg_id::every_absent, "--every-absent"},
        {arg_id::format, "--format"},
        {arg_id::uid_domain, "--uid-domain"},
        {arg_id::stamp, "--stamp"},
        {arg_id::base_url, "--base-url"},
        {arg_id::plan_year, "YEAR"},
        {arg_id::block_week, "--block-week"},
        {arg_id::booked, "--roster"},
        {arg_id::lead_days, "--lead-days"},
    };
    return names.at(id);
}

arg_spec reading_file(arg_spec a) {
    a.reads_file = true;
    return a;
}

std::vector<std::string> input_files(const invocation& inv) {
    std::vector<std::string> paths;
    for (const auto& c : commands())
        if (c.name == inv.command)
            for (const auto& a : c.args)
                if (a.reads_file && !inv.text(a.id).empty()) paths.push_back(inv.text(a.id));
    for (const auto& a : global_options())
        if (a.reads_file && !inv.text(a.id).empty()) paths.push_back(inv.text(a.id));
    if (inv.roster_given) paths.push_back(inv.roster_given->name);
    std::vector<std::string> files;
    for (const auto& path : paths) {
        std::error_code ec;
        if (!std::filesystem::is_directory(path, ec)) {
            files.push_back(path);
            continue;
        }
        for (const char* file : csv_roster_files) files.push_back((std::filesystem::path(path) / file).string());
    }
    return files;
}

std::string arg_name(arg_id id, const std::string& value) { return arg_name(id) + " " + value; }

std::string usage_hint() { return "Run with " + arg_name(arg_id::help) + " for more information.\n"; }

const std::string& program_help() {
    static const std::string help = "mandat - the Trøndelag FoUI partnership mandate as executable rules";
    return help;
}

const std::vector<arg_spec>& global_options() {
    static const std::vector<arg_spec> options = {
        reading_file({arg_id::mandate, arg_kind::text, "Mandate document (JSON); default: the embedded Trøndelag mandate 2022"}),
        reading_file({arg_id::history,
                      arg_kind::text,
                      "A history of mandate versions (JSON, docs/history.md) instead of one mandate: each day is judged by "
                      "the version in force that day",
                      false,
                      {},
                      arg_id::mandate}),
        {arg_id::json, arg_kind::flag, "Machine-readable JSON output (the contract in docs/cli.md)"},
        {arg_id::lang, arg_kind::text, "Language of the text output and of finding messages: en or nb", false, {"en", "nb"}},
        {arg_id::today, arg_kind::text, "Take this date (YYYY-MM-DD) as today, for reproducible output"},
        {arg_id::output, arg_kind::text,
         "Write the output to FILE (through a temporary file and an atomic rename) instead of standard output"},
    };
    return options;
}

const std::vector<command_spec>& commands() {
    static const std::vector<command_spec> table = {
        {"show", "The mandate at a glance: parties, bodies, quotas, meetings, rotation, period", {}, run_show},
        {"status",
         "Whether the mandate is in force on a date",
         {{arg_id::date, arg_kind::text, "The date (YYYY-MM-DD); default: today"}},
         run_status},
        {"leader",
         "The leading organisation in a year or on a date",
         {{arg_id::year, arg_kind::integer, "The calendar year"},
          {arg_id::date, arg_kind::text, "The date (YYYY-MM-DD)", false, {}, arg_id::year},
          {arg_id::extrapolate, arg_kind::flag,
           "Outside the mandate's period, continue the rotation and mark the answer as extrapolated"}},
         run_leader},
        {"composition",
         "Check head counts per organisation against a body's quotas",
         {{arg_id::body, arg_kind::text, "Body id, e.g. styringsgruppen", true},
          {arg_id::counts, arg_kind::list, "ORG=N pairs, e.g. ks=2 tfk=1; an organisation left out counts as 0"}},
         run_composition},
        {"explain",
         "Print the source text of a clause (by clause id or rule number)",
         {{arg_id::clause, arg_kind::text, "Clause id (e.g. styringsgruppen) or rule number (e.g. R5)", true}},
         run_explain},
        {"renew",
         "Write a draft successor of the mandate (the latest version of a history)",
         {{arg_id::from, arg_kind::text, "Its first day in force (YYYY-MM-DD)", true},
          {arg_id::years, arg_kind::integer, "How many years it runs (default 4)"},
          {arg_id::id, arg_kind::text, "Its id; default: the predecessor's with the new first year"}},
         run_renew},
        {"lint",
         "Prove that the mandate can be obeyed and that its quotes agree with its data",
         {reading_file({arg_id::file, arg_kind::text,
                        "A mandate document; default: " + arg_name(arg_id::mandate) + ", or every version of " +
                            arg_name(arg_id::history)})},
         run_lint},
        {"diff",
         "What changed between two mandates, clause by clause (exit code 1 when they differ)",
         {reading_file({arg_id::old_version, arg_kind::text, version_help(), true}),
          reading_file({arg_id::new_version, arg_kind::text, version_help(), true})},
         run_diff},
        {"check", "Check a roster (people, appointments, meetings) against the mandate over time", check_command_args(),
         run_check},
        {"roster",
         "Who holds which seat on a given day",
         {reading_file({arg_id::roster, arg_kind::text, "Roster document (JSON) or a folder of CSV files", true}),
          {arg_id::date, arg_kind::text, "The day (YYYY-MM-DD); default: today"},
          {arg_id::redact, arg_kind::flag, redact_help}},
         run_roster},
        {"export",
         "Write a roster as an iCalendar calendar, a Popolo document, an OParl 1.1 tree or a folder of CSV files "
         "(docs/formats.md)",
         export_command_args(), run_export},
        {"plan", "Propose the year's meetings the mandate asks for, on working days (docs/planner.md)", plan_command_args(),
         run_plan},
    };
    return table;
}

}  // namespace mandat::cli
