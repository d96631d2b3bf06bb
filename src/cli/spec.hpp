// The mandat command line as data: every command with its options and positionals, declared
// once. Two parsers read this table, CLI11 in the mandat executable (cli.cpp) and argparse in
// the Python package's `mandat` command (python/mandat/__main__.py, through _core.cli_spec());
// both turn a command line into an `invocation` that `dispatch` runs. Adding a command is one
// entry in commands() (spec.cpp) and one function.
#pragma once

#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "mandat/mandat.hpp"

namespace mandat::cli {

struct context;
struct invocation;

// Exit codes (docs/cli.md).
inline constexpr int exit_ok = 0;        // done; no error findings
inline constexpr int exit_findings = 1;  // done; at least one finding of severity error
inline constexpr int exit_usage = 2;     // bad arguments or bad input: nothing was checked

enum class arg_kind {
    flag,     // --json: present or not
    text,     // --date D, or one positional
    integer,  // --year Y: a whole number
    list,     // the remaining positionals, zero or more
};

// Every option and positional of the command line, and --version. The code names an argument
// by its id; its spelling ("--date", "ROSTER") is in one table (arg_name, spec.cpp) and
// nowhere else. One id per spelling: "--from" of renew and of check is one id.
enum class arg_id {
    // the global options, and those that print the help and the version
    mandate,
    history,
    json,
    lang,
    today,
    output,
    help,
    version,
    // the arguments of the commands
    date,
    year,
    extrapolate,
    body,
    counts,
    clause,
    from,
    to,
    years,
    id,
    file,
    old_version,
    new_version,
    roster,  // the positional: a roster document or a folder of CSV files
    redact,
    every_absent,
    format,
    uid_domain,
    stamp,
    base_url,
    plan_year,  // the positional of plan
    block_week,
    booked,     // the option of plan: a roster whose meetings are booked already
    lead_days,  // the last (tests/test_cli_spelling.cpp counts up to it)
};

// How an argument is spelled on the command line: "--date", "ROSTER".
const std::string& arg_name(arg_id id);
// An argument with a value, as a message names it: "--to oparl", "YEAR 20x7".
std::string arg_name(arg_id id, const std::string& value);
// The line after a usage error: where to find how the command line goes.
std::string usage_hint();

// One option ("--date") or positional ("BODY") of a command, or a global option.
struct arg_spec {
    arg_spec(arg_id id_, arg_kind kind_, std::string help_, bool required_ = false, std::vector<std::string> choices_ = {},
             std::optional<arg_id> excludes_ = std::nullopt)
        : id(id_),
          name(arg_name(id_)),
          kind(kind_),
          help(std::move(help_)),
          required(required_),
          choices(std::move(choices_)),
          excludes(excludes_) {}

    arg_id id;
    std::string name;  // arg_name(id)
    arg_kind kind;
    std::string help;
    bool required;
    std::vector<std::string> choices;  // empty: any value
    std::optional<arg_id> excludes;    // an option of the same command it cannot be given with
    bool reads_file = false;           // its value names a file the command reads (reading_file())
    bool positional() const { return name.rfind("--", 0) != 0; }
};

// `a`, marked as naming a file (or a folder of CSV files) that the command reads: input_files
// lists it, so that no output ever replaces it.
arg_spec reading_file(arg_spec a);

// A command: its name, help, arguments and the function that runs it.
struct command_spec {
    std::string name;
    std::string help;
    std::vector<arg_spec> args;
    int (*run)(const context& c, const invocation& inv) = nullptr;
};

// The program's description and the options every command takes (--mandate, --history,
// --json, --lang, --today, --output); they may stand before or after the command.
const std::string& program_help();
const std::vector<arg_spec>& global_options();
// Every command, in the order of --help.
const std::vector<command_spec>& commands();

// A roster that the caller has already loaded (e.g. the Python package from a folder of CSV
// files), given in place of the ROSTER path; `name` stands for it in messages.
struct given_roster {
    roster value;
    std::string name;
};

// A parsed command line: the command and the values of the arguments that were given (a flag
// maps to no values, a text or integer option to one, a list to its items).
struct invocation {
    std::string command;
    std::map<std::string, std::vector<std::string>> values;
    std::optional<given_roster> roster_given;

    bool has(arg_id id) const { return values.count(arg_name(id)) != 0; }
    // The value of a text option or positional; empty when it was not given.
    std::string text(arg_id id) const;
    // The value of an integer option, checked to be a whole number (else a usage error).
    std::optional<int> integer(arg_id id) const;
    std::vector<std::string> list(arg_id id) const;
};

// Every file the invocation reads, which no output may replace: the value of each argument
// marked reading_file() (the mandate, the history, a roster, a lint or diff document, plan's
// --roster), and for a roster that is a folder, each of its csv_roster_files; a roster handed
// over (roster_given) by its name.
std::vector<std::string> input_files(const invocation& inv);

// Runs an invocation: loads --mandate or --history, takes --today and --lang, runs the
// command, writes through --output atomically, and maps every failure to an exit code with
// its message on `err`. Never throws. Checks what a parser may not have checked (the command
// exists, required arguments, choices, excludes, whole numbers), so any front end is safe.
int dispatch(const invocation& inv, std::ostream& out, std::ostream& err);

}  // namespace mandat::cli
