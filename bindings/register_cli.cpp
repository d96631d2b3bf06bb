// The command line, run by the same C++ function as the mandat executable.
#include <sstream>

#include "cli/cli.hpp"
#include "common.hpp"

namespace mandat::python {

void register_cli(py::module_& mod) {
    mod.def(
        "run_cli",
        [](const std::vector<std::string>& args) {
            std::ostringstream out, err;
            int code = 0;
            {
                py::gil_scoped_release release;
                code = cli::run(args, out, err);
            }
            return py::reinterpret_steal<py::typing::Tuple<py::int_, py::str, py::str>>(
                py::make_tuple(code, out.str(), err.str()).release());
        },
        py::arg("args"), "Runs the mandat command line (args[0] is the program name); returns (exit code, stdout, stderr).");
}

}  // namespace mandat::python
