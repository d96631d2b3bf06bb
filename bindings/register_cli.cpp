// The command line: its table (src/cli/spec.hpp), from which the Python package's argparse
// parser is built, and the C++ function that runs a parsed command line, shared with the
// mandat executable.
#include <sstream>

#include "cli/spec.hpp"
#include "common.hpp"
#include "mandat/terminal.hpp"

namespace mandat::python {
namespace {

const char* kind_name(cli::arg_kind k) {
    switch (k) {
        case cli::arg_kind::flag:
            return "flag";
        case cli::arg_kind::text:
            return "text";
        case cli::arg_kind::integer:
            return "integer";
        case cli::arg_kind::list:
            return "list";
    }
    return "text";
}

nlohmann::json args_json(const std::vector<cli::arg_spec>& args) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& a : args)
        out.push_back({{"name", a.name},
                       {"kind", kind_name(a.kind)},
                       {"help", a.help},
                       {"required", a.required},
                       {"choices", a.choices},
                       {"excludes", a.excludes ? nlohmann::json(cli::arg_name(*a.excludes)) : nlohmann::json()}});
    return out;
}

}  // namespace

void register_cli(py::module_& mod) {  // NOLINT(readability-function-size): a table of definitions
    mod.def(
        "cli_spec",
        [] {
            nlohmann::json j;
            j["program"] = {{"name", "mandat"},
                            {"help", cli::program_help()},
                            {"version", std::string("mandat ") + version},
                            {"version_option", cli::arg_name(cli::arg_id::version)},
                            {"roster_argument", cli::arg_name(cli::arg_id::roster)}};
            j["options"] = args_json(cli::global_options());
            j["commands"] = nlohmann::json::array();
            for (const auto& c : cli::commands())
                j["commands"].push_back({{"name", c.name}, {"help", c.help}, {"args", args_json(c.args)}});
            return to_python_dict(j);
        },
        "The command line as data: the program (name, help, version, the option that prints the version, the argument "
        "that names a roster), its global options and its commands with their arguments (name, kind "
        "flag/text/integer/list, help, required, choices, excludes).");
    mod.def(
        "dispatch",
        [](const std::string& command, const std::map<std::string, std::vector<std::string>>& values,
           const std::optional<roster>& given, const std::string& roster_name) {
            cli::invocation inv;
            inv.command = command;
            inv.values = values;
            if (given) inv.roster_given = cli::given_roster{*given, roster_name};
            std::ostringstream out, err;
            int code = 0;
            {
                py::gil_scoped_release release;
                terminal_streams escaped(out, err);  // as the executable's cli::run: mandat/terminal.hpp
                code = cli::dispatch(inv, escaped.out(), escaped.err());
            }
            return py::reinterpret_steal<py::typing::Tuple<py::int_, py::str, py::str>>(
                py::make_tuple(code, out.str(), err.str()).release());
        },
        py::arg("command"), py::arg("values"), py::arg("roster") = py::none(), py::arg("roster_name") = "",
        "Runs a parsed command line, the same C++ function as the mandat executable: `values` maps each given argument "
        "(\"--date\", \"BODY\") to its values (none for a flag); `roster`, when given, stands in for the ROSTER file "
        "under `roster_name`; a ROSTER that is a folder of CSV files is read, and `export --to csv` written, by the "
        "core. Returns (exit code, stdout, stderr).");
    mod.def(
        "terminal_text",
        [](const std::string& text) {
            std::string out;
            terminal_escaper e(terminal_escaper::mode::lines);
            e.put(text, out);
            e.finish(out);
            return out;
        },
        py::arg("text"),
        "`text` as the command prints it (mandat/terminal.hpp's lines mode, the escaper behind dispatch's output): LF, "
        "TAB and CR LF kept, every other control character shown as its JSON escape (\"\\u001b\").");
}

}  // namespace mandat::python
