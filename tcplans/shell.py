"""What every tc-plans command shares: argument style, logging, error printing and exit codes.

Conventions, the same for `tc-extract` and `tc-compare` (and `tc-compare search`):

- results on stdout, logs and progress on stderr;
- `-v` (repeatable) shows more on stderr, `-q` only errors;
- `-o/--output FOLDER` writes files into a folder instead of printing;
- a mistake is one line on stderr, "Error: <what>: <reason>", never a traceback.

Exit codes: 0 everything read, 1 some input could not be used (the rest is still
done) or the inputs hold nothing to work on, 2 the command line asks for something
impossible, 130 interrupted.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from comparer.errors import ComparisonError
from extractor.errors import ErrorCode, ExtractionError
from schemas.errors import TcPlansError, UsageError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

EXIT_CODES_HELP = "Exit codes: 0 all inputs read, 1 some input failed, 2 usage error, 130 interrupted."


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake in one line, naming --help, and exits 2."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"Error: {message} (see {self.prog} --help)\n")
        raise SystemExit(EXIT_USAGE)


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """-v / -q, the same on every command."""
    noise = parser.add_mutually_exclusive_group()
    noise.add_argument("-v", "--verbose", action="count", default=0, help="more on stderr (-vv for debug)")
    noise.add_argument("-q", "--quiet", action="store_true", help="only errors on stderr")


def add_output_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    """-o/--output FOLDER, the same on every command (--outdir is kept as another spelling)."""
    parser.add_argument("-o", "--output", "--outdir", dest="output", metavar="FOLDER", type=Path, help=help_text)


def configure_logging(verbose: int, quiet: bool) -> None:
    """Only the shell configures logging; the engines just log."""
    level = logging.ERROR if quiet else max(logging.WARNING - 10 * verbose, logging.DEBUG)
    logging.basicConfig(stream=sys.stderr, level=level, format="%(levelname)s %(name)s: %(message)s", force=True)
    # pdfminer is chatty about harmless font issues at INFO/WARNING.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)


def print_error(message: str) -> None:
    """One line on stderr, whatever the message holds."""
    sys.stderr.write(f"Error: {' '.join(message.split())}\n")


def check_output_folder(path: Path) -> None:
    """-o names a folder: an existing file there is a usage mistake, not a traceback later."""
    if path.exists() and not path.is_dir():
        raise UsageError(f"{path}: -o/--output names a folder, and this is an existing file; give a folder")


def exit_code_for(error: TcPlansError) -> int:
    """The exit code of an error the engines raise on purpose.

    Asking for the impossible (bad settings, an unknown focus institution, a bad
    taxonomy file, -o on a file) is a usage error; an input that cannot be read is a failure.
    """
    if isinstance(error, UsageError | ComparisonError):
        return EXIT_USAGE
    if isinstance(error, ExtractionError) and error.code is ErrorCode.BAD_SETTINGS:
        return EXIT_USAGE
    return EXIT_FAILED


def run_guarded(body: Callable[[], int]) -> int:
    """Run a command body; turn deliberate errors, Ctrl-C and a closed pipe into one line and an exit code."""
    try:
        return body()
    except TcPlansError as exc:
        print_error(str(exc))
        return exit_code_for(exc)
    except KeyboardInterrupt:
        print_error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `tc-compare ... | head`
        return EXIT_OK


def parse(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace | int:
    """Parsed arguments, or the exit code argparse chose (0 after --help, 2 after a mistake)."""
    try:
        return parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
