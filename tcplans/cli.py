"""tc-extract and tc-compare.

Conventions: results on stdout (JSON by default), logs and progress on stderr,
a user error is one line "Error: <file>: <reason>". Exit codes: 0 ok, 1 some
input failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from extractor.errors import TcPlansError
from extractor.result import ExtractionResult

logger = logging.getLogger("tcplans")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line and exits 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"Error: {message} (see {self.prog} --help)\n")
        raise SystemExit(EXIT_USAGE)


def configure_logging(verbosity: int) -> None:
    """Only the CLI configures logging; libraries just log."""
    level = logging.WARNING - 10 * verbosity if verbosity >= 0 else logging.ERROR
    logging.basicConfig(
        level=max(level, logging.DEBUG), format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    # pdfminer is chatty about harmless font issues at INFO/WARNING.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)


def add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging on stderr (-vv for debug)")
    parser.add_argument("-q", "--quiet", action="store_true", help="only errors on stderr")


def build_extract_parser() -> argparse.ArgumentParser:
    from extractor.export import OutputFormat
    from extractor.layouts import LAYOUT_PARSERS

    layouts = "\n".join(f"  {kind.value:<14} {about}" for kind, about in LAYOUT_PARSERS.items())
    parser = _Parser(
        prog="tc-extract",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Read Technician Commitment action plans (PDF, text, Word, Excel, web page) into structured data.",
        epilog=(
            "Examples:\n"
            "  tc-extract samples/ruled_table.pdf > plan.json\n"
            "  tc-extract samples/ruled_table.pdf --format md\n"
            "  tc-extract samples/ -o corpus/          # batch: corpus.sqlite + one JSON per plan\n\n"
            f"Layouts (detected automatically, or forced with --layout):\n{layouts}\n\n"
            "Exit codes: 0 all files read, 1 some file failed, 2 usage error."
        ),
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="plan files or folders (pdf, txt, md, docx, xlsx, html, odt, ods)"
    )
    parser.add_argument("-o", "--output", metavar="OUTDIR", type=Path, help="write results into this folder")
    parser.add_argument(
        "--format",
        choices=[f.value for f in OutputFormat],
        default=OutputFormat.JSON.value,
        help="output format (default json)",
    )
    parser.add_argument("--institution", metavar="NAME", help="institution name, overriding the document")
    parser.add_argument("--title", metavar="TITLE", help="plan title, overriding the document")
    parser.add_argument(
        "--layout",
        choices=[k.value for k in LAYOUT_PARSERS],
        help="force a layout parser (PDF and text; Word, Excel and web pages are read by structure)",
    )
    parser.add_argument("--jobs", type=int, default=None, metavar="N", help="parallel workers for -o (default: cores)")
    parser.add_argument(
        "--timeout",
        type=float,
        default=120.0,
        metavar="SEC",
        help="per-file time limit in seconds (default 120; 0 for none)",
    )
    parser.add_argument(
        "--max-memory", type=int, default=2048, metavar="MB", help="per-file memory limit with -o (default 2048)"
    )
    parser.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    add_common_options(parser)
    return parser


def extract_main(argv: Sequence[str] | None = None) -> int:
    """tc-extract PATH... [-o OUTDIR] [--format json|csv|md] [--institution NAME]

    Example: tc-extract plan.pdf > plan.json
    """
    args = build_extract_parser().parse_args(argv)
    configure_logging(-1 if args.quiet else args.verbose)
    overrides = {"institution": args.institution, "title": args.title, "layout": args.layout}
    settings = {k: v for k, v in overrides.items() if v}
    try:
        if args.output is not None:
            from extractor.batch import BatchOptions, run_batch

            options = BatchOptions(
                output_format=args.format,
                jobs=args.jobs,
                timeout=args.timeout,
                max_memory_mb=args.max_memory,
                progress=not args.no_progress,
                settings=settings,
            )
            return run_batch([Path(p) for p in args.paths], args.output, options)
        return _extract_to_stdout(args.paths, args.format, settings, args.timeout)
    except TcPlansError as exc:
        sys.stderr.write(f"Error: {exc}\n")
        return EXIT_FAILED
    except KeyboardInterrupt:
        sys.stderr.write("Error: interrupted\n")
        return 130


def _expand_inputs(paths: Sequence[str]) -> list[Path]:
    from extractor.sources import is_plan_file_name

    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and is_plan_file_name(p.name)
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        else:
            files.append(path)
    return files


def _extract_to_stdout(paths: Sequence[str], fmt_name: str, settings: dict[str, str], timeout: float = 0) -> int:
    import json

    from extractor.export import OutputFormat, plans_to_csv, render_plan

    fmt = OutputFormat(fmt_name)
    files = _expand_inputs(paths)
    if not files:
        sys.stderr.write(f"Error: {', '.join(paths)}: no plan files (pdf, txt, md, docx, xlsx, html ...) found\n")
        return EXIT_FAILED
    plans = []
    failed = 0
    for path in files:
        result = _extract_with_deadline(path, settings, timeout)
        if result.plan is None:
            failed += 1
            for problem in result.problems:
                sys.stderr.write(f"Error: {problem.message}\n")
            continue
        for warning in result.plan.warnings:
            logger.info("%s: %s: %s", path, warning.code, warning.message)
        plans.append(result.plan)
    if len(files) == 1 and plans:
        sys.stdout.write(render_plan(plans[0], fmt))
    elif plans:
        if fmt is OutputFormat.JSON:
            sys.stdout.write(
                json.dumps([p.model_dump(mode="json") for p in plans], indent=2, ensure_ascii=False) + "\n"
            )
        elif fmt is OutputFormat.CSV:
            sys.stdout.write(plans_to_csv(plans))
        else:
            sys.stdout.write("\n".join(render_plan(p, fmt) for p in plans))
    return EXIT_FAILED if failed else EXIT_OK


class _Deadline(BaseException):
    """Raised by the alarm; a BaseException so no `except Exception` in the pipeline swallows it."""


def _extract_with_deadline(path: Path, settings: dict[str, str], timeout: float) -> ExtractionResult:
    """extract_plan under a wall-clock limit (Unix alarm); batch runs use worker processes instead."""
    from extractor import extract_plan
    from extractor.errors import ErrorCode, ExtractionError
    from extractor.result import Problem, ResultStatus

    if timeout <= 0 or not hasattr(signal, "setitimer"):
        return extract_plan(path, settings)

    def on_alarm(signum: int, frame: object) -> None:
        raise _Deadline

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return extract_plan(path, settings)
    except _Deadline:
        error = ExtractionError(ErrorCode.TIMEOUT, path, f"gave up after {timeout:g} s")
        return ExtractionResult(
            source=str(path), status=ResultStatus.FAILED, problems=[Problem(code=error.code.value, message=str(error))]
        )
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def compare_main(argv: Sequence[str] | None = None) -> int:
    """tc-compare INPUT... [-o OUTDIR] [--focus NAME] [--format json|md|csv]; tc-compare search QUERY INPUT..."""
    from comparer.cli import main as comparer_main

    return comparer_main(list(argv) if argv is not None else None)


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m tcplans extract|compare ...`"""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"}:
        sys.stdout.write(
            "usage: python -m tcplans {extract,compare} ...\n"
            "  extract  same as tc-extract\n"
            "  compare  same as tc-compare\n"
        )
        return EXIT_OK if args else EXIT_USAGE
    command, rest = args[0], args[1:]
    if command == "extract":
        return extract_main(rest)
    if command == "compare":
        return compare_main(rest)
    sys.stderr.write(f"Error: unknown command {command!r} (use extract or compare)\n")
    return EXIT_USAGE
