// The mandat command-line interface (docs/cli.md) of the executable: CLI11 parses the
// arguments declared in the table of spec.cpp, dispatch (dispatch.cpp) runs them.
#include "cli/cli.hpp"

#include <CLI/CLI.hpp>

#include <map>

#include "mandat/terminal.hpp"
#include "mandat/version.hpp"

namespace mandat::cli {
namespace {

// Where CLI11 stores the values of one app (the program or a command), by argument name.
struct storage {
    std::map<std::string, std::string> texts;
    std::map<std::string, std::vector<std::string>> lists;
    std::map<std::string, bool> flags;
    std::map<std::string, CLI::Option*> options;
};

void add_arguments(CLI::App& app, const std::vector<arg_spec>& args, storage& s) {
    for (const auto& a : args) {
        CLI::Option* o = nullptr;
        switch (a.kind) {
            case arg_kind::flag:
                o = app.add_flag(a.name, s.flags[a.name], a.help);
                break;
            case arg_kind::text:
            case arg_kind::integer:  // read as text: dispatch checks decimal digits and the range
                o = app.add_option(a.name, s.texts[a.name], a.help);
                break;
            case arg_kind::list:
                o = app.add_option(a.name, s.lists[a.name], a.help);
                break;
        }
        if (a.required) o->required();
        if (!a.choices.empty()) o->check(CLI::IsMember(a.choices));
        if (a.excludes) o->excludes(s.options.at(arg_name(*a.excludes)));
        s.options[a.name] = o;
    }
}

// The arguments of `args` that were given on the command line, into `inv`.
void collect(const std::vector<arg_spec>& args, storage& s, invocation& inv) {
    for (const auto& a : args) {
        if (s.options.at(a.name)->count() == 0) continue;
        auto& v = inv.values[a.name];
        switch (a.kind) {
            case arg_kind::flag:
                v.clear();
                break;
            case arg_kind::text:
            case arg_kind::integer:
                v = {s.texts[a.name]};
                break;
            case arg_kind::list:
                v = s.lists[a.name];
                break;
        }
    }
}

// Whether `arg` is a global option that takes a value (the next argument is that value).
bool takes_value(const std::string& arg) {
    for (const auto& a : global_options())
        if (a.name == arg) return a.kind != arg_kind::flag;
    return false;
}

// run, on streams that are already the terminal-escaped ones.
int run_escaped(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    CLI::App app{program_help(), "mandat"};
    app.require_subcommand(1);
    app.fallthrough();
    storage global;
    add_arguments(app, global_options(), global);
    app.set_version_flag(arg_name(arg_id::version), std::string("mandat ") + version);
    std::map<std::string, storage> per_command;
    for (const auto& cmd : commands()) add_arguments(*app.add_subcommand(cmd.name, cmd.help), cmd.args, per_command[cmd.name]);

    // "--today=" gives an option an empty value: say so, rather than what CLI11 makes of it.
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.size() > 3 && a.rfind("--", 0) == 0 && a.back() == '=' && a.find('=') == a.size() - 1) {
            err << "mandat: the option " << excerpt(a.substr(0, a.size() - 1)) << " was given an empty value\n" << usage_hint();
            return exit_usage;
        }
    }
    std::vector<const char*> argv;
    argv.reserve(args.size());
    for (const auto& a : args) argv.push_back(a.c_str());
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::ParseError& e) {
        // CLI11 reports an unknown command as a missing one; name it instead.
        if (app.get_subcommands().empty()) {
            for (std::size_t i = 1; i < args.size(); ++i) {
                if (args[i].empty() || args[i][0] == '-' || takes_value(args[i - 1])) continue;
                bool known_command = false;
                for (const auto& cmd : commands()) known_command = known_command || cmd.name == args[i];
                if (known_command) break;  // a command after all: CLI11's own message says more
                std::string known;
                for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; }))
                    known += (known.empty() ? "" : ", ") + sub->get_name();
                err << "mandat: unknown command \"" << excerpt(args[i]) << "\" (expected one of: " << known << ")\n"
                    << usage_hint();
                return exit_usage;
            }
        }
        const int code = app.exit(e, out, err);
        return code == 0 ? exit_ok : exit_usage;
    }
    invocation inv;
    inv.command = app.get_subcommands().front()->get_name();
    collect(global_options(), global, inv);
    for (const auto& cmd : commands())
        if (cmd.name == inv.command) collect(cmd.args, per_command[cmd.name], inv);
    return dispatch(inv, out, err);
}

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    // Everything printed, the usage messages and errors included, passes the terminal escaper
    // (mandat/terminal.hpp); a file written with --output is not printed and stays as written.
    terminal_streams streams(out, err);
    return run_escaped(args, streams.out(), streams.err());
}

}  // namespace mandat::cli
