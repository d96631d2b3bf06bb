"""The mandat command: argparse parses the command line that the C++ core declares once
(``_core.cli_spec()``), and the same C++ function as the mandat executable runs it
(``_core.dispatch``), so options, output and exit codes are those of the executable."""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from collections.abc import Sequence
from typing import Any

from . import _core


class _CommandParser(argparse.ArgumentParser):
    """A command's parser: its positionals may stand between options (``composition BODY --json
    ks=1``), as with the executable, so it parses intermixed."""

    _inside = False

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self._inside:  # parse_known_intermixed_args calls back here (before Python 3.12)
            return super().parse_known_args(args, namespace)
        self._inside = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._inside = False


def _add_argument(parser: argparse.ArgumentParser, arg: dict[str, Any]) -> None:
    name: str = arg["name"]
    kind: str = arg["kind"]
    # Only what was given reaches the invocation: nothing has a default here (the C++ side has them).
    options: dict[str, Any] = {"help": arg["help"], "default": argparse.SUPPRESS}
    if name.startswith("--"):
        options["dest"] = name
        if kind == "flag":
            options["action"] = "store_true"
        else:
            options["metavar"] = "N" if kind == "integer" else name[2:].upper()
            options["required"] = bool(arg["required"])
    elif kind == "list":
        options["nargs"] = "*"
    elif not arg["required"]:
        options["nargs"] = "?"
    # An integer stays text: the core's parser (the one of the executable) reads it, so that both
    # command lines accept and refuse the same numbers (argparse's int() takes " 2023", "2_023"
    # and other scripts' digits).
    if arg["choices"]:
        options["choices"] = list(arg["choices"])
    parser.add_argument(name, **options)


def parser() -> argparse.ArgumentParser:
    """The argparse parser of the command line, built from the C++ table of commands."""
    spec = _core.cli_spec()
    program = spec["program"]
    top = argparse.ArgumentParser(prog=program["name"], description=program["help"], allow_abbrev=False)
    top.add_argument(program["version_option"], action="version", version=program["version"])
    for option in spec["options"]:
        _add_argument(top, option)
    commands = top.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_CommandParser)
    for command in spec["commands"]:
        sub = commands.add_parser(
            command["name"], help=command["help"], description=command["help"], allow_abbrev=False
        )
        # Global options may stand before or after the command, as with the executable.
        for option in spec["options"]:
            _add_argument(sub, option)
        for arg in command["args"]:
            _add_argument(sub, arg)
    return top


def run(argv: Sequence[str]) -> tuple[int, str, str]:
    """Runs the command line ``argv`` (without the program name); returns (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            namespace = parser().parse_args(list(argv))
    except SystemExit as stop:  # --help, --version, or a usage error (code 2)
        # argparse quotes the arguments raw ("unrecognized arguments: ..."): print them as the
        # core prints everything, through its terminal escaper.
        code = stop.code if isinstance(stop.code, int) else 2
        return code, _core.terminal_text(out.getvalue()), _core.terminal_text(err.getvalue())
    given = vars(namespace)
    command: str = given.pop("command")
    values: dict[str, list[str]] = {}
    for name, value in given.items():
        if value is True:
            values[name] = []
        elif isinstance(value, list):
            values[name] = [str(v) for v in value]
        else:
            values[name] = [str(value)]
    # A ROSTER that is a folder of CSV files is read, and `export --to csv` written, by dispatch.
    return _core.dispatch(command, values)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line and returns its exit code (0 ok, 1 error findings, 2 bad input)."""
    code, out, err = run(sys.argv[1:] if argv is None else argv)
    sys.stdout.write(out)
    sys.stderr.write(err)
    sys.stdout.flush()
    return code


if __name__ == "__main__":
    sys.exit(main())
