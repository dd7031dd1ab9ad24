"""Entry points: `tc-extract`, `tc-compare` and `python -m tcplans extract|compare ...`.

The commands live in `tcplans.extract_command` and `tcplans.compare_command`; what
they share (argument style, logging, error lines, exit codes) in `tcplans.shell`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from tcplans.compare_command import compare_main
from tcplans.extract_command import extract_main
from tcplans.shell import EXIT_OK, EXIT_USAGE, print_error

__all__ = ["compare_main", "extract_main", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m tcplans extract|compare ...`"""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"}:
        sys.stdout.write(
            "usage: python -m tcplans {extract,compare} ...\n"
            "  extract  same as tc-extract\n"
            "  compare  same as tc-compare (and tc-compare search)\n"
        )
        return EXIT_OK if args else EXIT_USAGE
    command, rest = args[0], args[1:]
    if command == "extract":
        return extract_main(rest)
    if command == "compare":
        return compare_main(rest)
    print_error(f"unknown command {command!r} (use extract or compare)")
    return EXIT_USAGE
