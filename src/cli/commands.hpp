// The commands of the mandat command line (private to src/cli/). Each parses nothing: it
// asks the library and renders the answer as text in the chosen language or as JSON
// (docs/cli.md).
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/spec.hpp"
#include "mandat/mandat.hpp"

namespace mandat::cli {

// What every command is given.
struct context {
    const mandate* m = nullptr;  // the mandate; with --history, the version in force today (or the latest)
    mandate loaded;
    std::optional<history> h;  // --history
    language lang = language::en;
    date today;
    bool as_json = false;
    std::ostream* out = nullptr;
    // --output: the file the command's output replaces; a command that writes a folder of its
    // own there (export --to oparl or csv) sets *output_taken, and nothing more is written to it.
    std::string output;
    bool* output_taken = nullptr;

    // A text of the message catalogue in the command's language, for a person to read. Each
    // fact is one value on a line (a name, an id, a date), escaped as a field (printable), so
    // that a document's line break or control character cannot forge a line of the output.
    std::string say(std::string_view id, const message_facts& facts = {}) const {
        message_facts safe = facts;
        for (auto& f : safe) f.second = printable(f.second);
        return render_message(id, lang, safe);
    }
};

// A command-line mistake found after parsing: reported like a parse error, exit code 2.
struct usage_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

date parse_date_arg(const std::string& what, const std::string& text);
nlohmann::json citation_json(const citation& c);
void print_json(std::ostream& out, const nlohmann::json& j);
nlohmann::json period_of(const mandate& m);                                  // {"start_date", "end_date"}
nlohmann::json leader_roles_json(const mandate& m, const std::string& org);  // the roles the leader fills

int cmd_show(const context& c);                                 // show.cpp
int cmd_explain(const context& c, const std::string& what);     // show.cpp
int cmd_status(const context& c, const std::string& date_arg);  // queries.cpp
int cmd_leader(const context& c, std::optional<int> year, const std::string& date_arg, bool extrapolate);
int cmd_composition(const context& c, const std::string& body_id, const std::vector<std::string>& pairs);
int cmd_check(const context& c, const roster& r, const std::string& from, const std::string& to, check_options o,
              const std::string& format);  // roster_commands.cpp
int cmd_roster(const context& c, const roster& r, const std::string& date_arg, bool redact);
int cmd_renew(const context& c, const std::string& from, int years, const std::string& id);  // versions.cpp
int cmd_lint(const context& c, const std::string& file);                                     // analysis.cpp
int cmd_diff(const context& c, const std::string& before, const std::string& after);

// export.cpp: `export --to ics|popolo|oparl|csv ROSTER [--output FILE|DIR]` (docs/formats.md).
struct export_args {
    std::string to;          // "ics", "popolo", "oparl" or "csv"
    std::string uid_domain;  // ics: default ics_uid_domain of the mandate's (or history's) id
    std::string stamp;       // ics: DTSTAMP as "YYYY-MM-DDTHH:MM:SSZ"; default now
    std::string base_url;    // oparl: where the folder is served
    // oparl, csv: the command's input files (input_files), which the folder never replaces.
    std::vector<std::string> inputs;
};
int cmd_export(const context& c, const roster& r, const export_args& a);
// The calendar options of `export --to ics` and `plan --format ics` (export.cpp), made one way:
// --stamp (a usage error names a bad one, default now), --uid-domain (default ics_uid_domain of
// the history's id, else the mandate's), the calendar named by `m`'s title.
ics_options calendar_options(const context& c, const mandate& m, const std::string& stamp, const std::string& uid_domain);

// plan.cpp: `plan YEAR [--block-week 27-32] [--roster FILE] [--format text|json|ics]` (docs/planner.md).
struct plan_args {
    int year = 0;
    std::vector<std::string> block_weeks;  // "27-32", "40,41", "7"
    std::optional<roster> booked;
    std::string format;  // empty: text, or json with --json
    std::optional<unsigned> lead_days;
    std::string uid_domain;  // ics: as export_args
    std::string stamp;       // ics: as export_args
};
int cmd_plan(const context& c, const plan_args& a);
// ISO week lists such as "27-32,40" as week numbers; a usage error names a bad one.
std::vector<unsigned> parse_weeks(const std::vector<std::string>& specs);
// Every mandate loaded from a file is linted: its errors go to `err`, the command goes on.
void lint_on_load(const mandate& m, std::ostream& err, language lang);
// With --history: the versions, their spans and the gaps (show), the version of a day (status).
void print_history(const context& c);
std::string version_note(const context& c, const mandate& m);

}  // namespace mandat::cli
