// The mandat command-line interface (docs/cli.md): arguments are parsed by CLI11, each
// command is a function of src/cli/commands.hpp, output goes through --output atomically.
#include "cli/cli.hpp"

#include <CLI/CLI.hpp>
#include <boost/date_time/gregorian/gregorian.hpp>

#include <sstream>

#include "cli/commands.hpp"

namespace mandat::cli {

date parse_date_arg(const std::string& what, const std::string& text) {
    auto d = parse_date(text);
    if (!d) throw usage_error(what + ": \"" + text + "\" is not a valid date (expected YYYY-MM-DD)");
    return *d;
}

nlohmann::json citation_json(const citation& c) {
    return {{"clause", c.clause}, {"rule", c.rule.empty() ? nlohmann::json() : nlohmann::json(c.rule)}, {"source", c.source}};
}

void print_json(std::ostream& out, const nlohmann::json& j) { out << j.dump(2) << '\n'; }

namespace {

// Options every command takes.
struct common_options {
    std::string mandate_file;  // empty: the embedded Trøndelag mandate
    std::string history_file;  // a history of versions instead of one mandate
    bool as_json = false;
    std::string lang = "en";
    std::string today;   // empty: the system's local date
    std::string output;  // empty: standard output
};

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    CLI::App app{"mandat - the Trøndelag FoUI partnership mandate as executable rules", "mandat"};
    app.require_subcommand(1);
    app.fallthrough();
    common_options opt;
    auto* mandate_opt =
        app.add_option("--mandate", opt.mandate_file, "Mandate document (JSON); default: the embedded Trøndelag mandate 2022");
    app.add_option("--history", opt.history_file,
                   "A history of mandate versions (JSON, docs/history.md) instead of one mandate: each day is judged by the "
                   "version in force that day")
        ->excludes(mandate_opt);
    app.add_flag("--json", opt.as_json, "Machine-readable JSON output (the contract in docs/cli.md)");
    app.add_option("--lang", opt.lang, "Language of the text output and of finding messages: en or nb")
        ->check(CLI::IsMember({"en", "nb"}));
    app.add_option("--today", opt.today, "Take this date (YYYY-MM-DD) as today, for reproducible output");
    app.add_option("--output", opt.output,
                   "Write the output to FILE (through a temporary file and an atomic rename) instead of standard output");
    app.set_version_flag("--version", std::string("mandat ") + version);

    auto* show = app.add_subcommand("show", "The mandate at a glance: parties, bodies, quotas, meetings, rotation, period");
    std::string status_date;
    auto* status = app.add_subcommand("status", "Whether the mandate is in force on a date");
    status->add_option("--date", status_date, "The date (YYYY-MM-DD); default: today");
    std::optional<int> leader_year;
    std::string leader_date;
    bool extrapolate = false;
    auto* leader = app.add_subcommand("leader", "The leading organisation in a year or on a date");
    auto* year_opt = leader->add_option("--year", leader_year, "The calendar year");
    leader->add_option("--date", leader_date, "The date (YYYY-MM-DD)")->excludes(year_opt);
    leader->add_flag("--extrapolate", extrapolate,
                     "Outside the mandate's period, continue the rotation and mark the answer as extrapolated");
    std::string body_id;
    std::vector<std::string> pairs;
    auto* comp = app.add_subcommand("composition", "Check head counts per organisation against a body's quotas");
    comp->add_option("BODY", body_id, "Body id, e.g. styringsgruppen")->required();
    comp->add_option("COUNTS", pairs, "ORG=N pairs, e.g. ks=2 tfk=1; an organisation left out counts as 0");
    std::string clause_id;
    auto* explain = app.add_subcommand("explain", "Print the source text of a clause (by clause id or rule number)");
    explain->add_option("CLAUSE", clause_id, "Clause id (e.g. styringsgruppen) or rule number (e.g. R5)")->required();

    std::string renew_from, renew_id;
    int renew_years = 4;
    auto* renew_cmd = app.add_subcommand("renew", "Write a draft successor of the mandate (the latest version of a history)");
    renew_cmd->add_option("--from", renew_from, "Its first day in force (YYYY-MM-DD)")->required();
    renew_cmd->add_option("--years", renew_years, "How many years it runs (default 4)");
    renew_cmd->add_option("--id", renew_id, "Its id; default: the predecessor's with the new first year");

    std::string lint_file, diff_before, diff_after;
    auto* lint_cmd = app.add_subcommand("lint", "Prove that the mandate can be obeyed and that its quotes agree with its data");
    lint_cmd->add_option("FILE", lint_file, "A mandate document; default: --mandate, or every version of --history");
    auto* diff_cmd =
        app.add_subcommand("diff", "What changed between two mandates, clause by clause (exit code 1 when they differ)");
    diff_cmd->add_option("OLD", diff_before, "A mandate document (or, with --history, a version id)")->required();
    diff_cmd->add_option("NEW", diff_after, "A mandate document (or, with --history, a version id)")->required();

    std::string roster_file, check_from, check_to, roster_date, check_format;
    bool redact = false;
    auto* check = app.add_subcommand("check", "Check a roster (people, appointments, meetings) against the mandate over time");
    check->add_option("ROSTER", roster_file, "Roster document (JSON, docs/roster-format.md)")->required();
    check->add_option("--from", check_from, "First day to check (YYYY-MM-DD); default: the mandate's first day");
    check->add_option("--to", check_to, "Last day to check, inclusive (YYYY-MM-DD); default: the mandate's last day");
    check->add_flag("--redact", redact, "Replace person ids and names by stable pseudonyms");
    check
        ->add_option("--format", check_format,
                     "text (default), json (the same as --json) or html: one self-contained page with a timeline "
                     "(docs/report.md); write it with --output FILE")
        ->check(CLI::IsMember({"text", "json", "html"}));
    auto* rost = app.add_subcommand("roster", "Who holds which seat on a given day");
    rost->add_option("ROSTER", roster_file, "Roster document (JSON)")->required();
    rost->add_option("--date", roster_date, "The day (YYYY-MM-DD); default: today");
    rost->add_flag("--redact", redact, "Replace person ids and names by stable pseudonyms");

    std::vector<const char*> argv;
    argv.reserve(args.size());
    for (const auto& a : args) argv.push_back(a.c_str());
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::ParseError& e) {
        // CLI11 reports an unknown command as a missing one; name it instead.
        if (app.get_subcommands().empty()) {
            for (std::size_t i = 1; i < args.size(); ++i) {
                const std::string& prev = args[i - 1];
                if (args[i].empty() || args[i][0] == '-' || prev == "--mandate" || prev == "--lang" || prev == "--today" ||
                    prev == "--output")
                    continue;
                std::string known;
                for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; }))
                    known += (known.empty() ? "" : ", ") + sub->get_name();
                err << "mandat: unknown command \"" << args[i] << "\" (expected one of: " << known
                    << ")\nRun with --help for more information.\n";
                return exit_usage;
            }
        }
        const int code = app.exit(e, out, err);
        return code == 0 ? exit_ok : exit_usage;
    }

    // With --output the command writes into a buffer that replaces FILE in one rename, so an
    // interrupted run never leaves a truncated file.
    std::ostringstream buffer;
    auto finish = [&](int code) {
        if (opt.output.empty()) return code;
        try {
            // The output never replaces one of the command's own inputs.
            std::vector<std::string> inputs;
            for (const std::string* f :
                 {&opt.mandate_file, &opt.history_file, &roster_file, &lint_file, &diff_before, &diff_after})
                if (!f->empty()) inputs.push_back(*f);
            write_file_atomic(opt.output, buffer.str(), inputs);
        } catch (const mandat::error& e) {
            err << "mandat: " << e.what() << " [" << e.id() << "]\n";
            return exit_usage;
        }
        return code;
    };
    try {
        context c;
        c.as_json = opt.as_json;
        c.out = opt.output.empty() ? &out : &buffer;
        c.lang = *parse_language(opt.lang);
        c.today = opt.today.empty() ? boost::gregorian::day_clock::local_day() : parse_date_arg("--today", opt.today);
        if (!opt.history_file.empty()) {
            c.h.emplace(load_history_file(opt.history_file));
            if (!*lint_cmd)
                for (const auto& v : c.h->versions()) lint_on_load(v.m, err, c.lang);
            // Commands about one mandate take the version in force today, or the latest.
            const mandate_version* today = c.h->version_on(c.today);
            c.m = today ? &today->m : &c.h->latest().m;
        } else if (opt.mandate_file.empty()) {
            c.m = &trondelag_2022();
        } else {
            c.loaded = load_mandate_file(opt.mandate_file);
            c.m = &c.loaded;
            if (!*lint_cmd) lint_on_load(c.loaded, err, c.lang);
        }
        if (*show) return finish(cmd_show(c));
        if (*status) return finish(cmd_status(c, status_date));
        if (*leader) return finish(cmd_leader(c, leader_year, leader_date, extrapolate));
        if (*comp) return finish(cmd_composition(c, body_id, pairs));
        if (*explain) return finish(cmd_explain(c, clause_id));
        if (*check) return finish(cmd_check(c, roster_file, check_from, check_to, redact, check_format));
        if (*rost) return finish(cmd_roster(c, roster_file, roster_date, redact));
        if (*renew_cmd) return finish(cmd_renew(c, renew_from, renew_years, renew_id));
        if (*lint_cmd) return finish(cmd_lint(c, lint_file));
        if (*diff_cmd) return finish(cmd_diff(c, diff_before, diff_after));
    } catch (const usage_error& e) {
        err << "mandat: " << e.what() << "\nRun with --help for more information.\n";
        return exit_usage;
    } catch (const mandat::error& e) {
        err << "mandat: " << e.what() << " [" << e.id() << "]\n";
        return exit_usage;
    } catch (const std::exception& e) {
        err << "mandat: unexpected failure: " << e.what() << "\n";
        return exit_usage;
    }
    return exit_usage;
}

}  // namespace mandat::cli
