"""The mandat command: the same C++ command line as the mandat executable."""

from __future__ import annotations

import sys

from ._core import run_cli


def main(argv: list[str] | None = None) -> int:
    """Runs the command line and returns its exit code (0 ok, 1 error findings, 2 bad input)."""
    args = ["mandat", *(sys.argv[1:] if argv is None else argv)]
    code, out, err = run_cli(args)
    sys.stdout.write(out)
    sys.stderr.write(err)
    sys.stdout.flush()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
