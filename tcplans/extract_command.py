"""`tc-extract`: read plan files into structured data, on stdout or into a corpus folder."""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from extractor.batch import BatchReport
from extractor.errors import ErrorCode, ExtractionError
from extractor.result import ExtractionResult
from tcplans.shell import (
    EXIT_CODES_HELP,
    EXIT_FAILED,
    EXIT_OK,
    Parser,
    add_common_options,
    add_output_option,
    check_output_folder,
    configure_logging,
    parse,
    print_error,
    run_guarded,
)

logger = logging.getLogger("tcplans")

# Skipped files named one per line in the printed batch summary; summary.json lists them all.
MAX_LISTED_SKIPPED = 10


def build_extract_parser() -> argparse.ArgumentParser:
    from extractor.export import OutputFormat
    from extractor.layouts import LAYOUT_PARSERS
    from extractor.sources import SUPPORTED_SUFFIXES

    layouts = "\n".join(f"  {kind.value:<14} {about}" for kind, about in LAYOUT_PARSERS.items())
    suffixes = ", ".join(sorted(SUPPORTED_SUFFIXES))
    parser = Parser(
        prog="tc-extract",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=f"Read Technician Commitment action plans ({suffixes}) into structured data.",
        epilog=(
            "Examples:\n"
            "  tc-extract samples/ruled_table.pdf > plan.json\n"
            "  tc-extract samples/ruled_table.pdf --format md\n"
            "  tc-extract samples/ -o corpus/          # batch: corpus.sqlite + one JSON per plan\n\n"
            "With -o, prints a summary on stderr: files read, unchanged, failed, missing, skipped\n"
            "(not a plan file type) and plans read with low confidence; CORPUS/summary.json holds the same.\n\n"
            f"Layouts (detected automatically, or forced with --layout):\n{layouts}\n\n"
            f"{EXIT_CODES_HELP} With --strict, a plan read with low confidence counts as failed."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help=f"plan files or folders ({suffixes})")
    add_output_option(parser, "write a corpus into this folder (corpus.sqlite, plans/, summary.json)")
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
        help="force a layout parser (PDF and text; Word, Excel and web pages are read by their structure)",
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
    parser.add_argument("--strict", action="store_true", help="a plan read with low confidence is a failure (exit 1)")
    parser.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    add_common_options(parser)
    return parser


def extract_main(argv: Sequence[str] | None = None) -> int:
    """tc-extract PATH... [-o FOLDER] [--format json|csv|md] [--institution NAME] [--strict]

    Example: tc-extract plan.pdf > plan.json
    """
    args = parse(build_extract_parser(), list(sys.argv[1:] if argv is None else argv))
    if isinstance(args, int):
        return args
    configure_logging(args.verbose, args.quiet)
    return run_guarded(lambda: _run_extract(args))


def _run_extract(args: argparse.Namespace) -> int:
    overrides = {"institution": args.institution, "title": args.title, "layout": args.layout}
    settings = {k: v for k, v in overrides.items() if v}
    paths = [Path(p) for p in args.paths]
    if args.output is None:
        return _extract_to_stdout(paths, args.format, settings, args.timeout, strict=args.strict)
    from extractor.batch import BatchOptions, run_batch

    check_output_folder(args.output)
    options = BatchOptions(
        output_format=args.format,
        jobs=args.jobs,
        timeout=args.timeout,
        max_memory_mb=args.max_memory,
        progress=not args.no_progress,
        settings=settings,
    )
    report = run_batch(paths, args.output, options, stream=sys.stderr)
    if not args.quiet:
        sys.stderr.write(format_summary(report))
        sys.stderr.flush()
    return batch_exit_code(report, strict=args.strict)


def batch_exit_code(report: BatchReport, *, strict: bool = False) -> int:
    """1 when a file failed (or, with --strict, a plan was read with low confidence), else 0."""
    if report.failed or (strict and report.low_confidence):
        return EXIT_FAILED
    return EXIT_OK


def format_summary(report: BatchReport) -> str:
    """The human summary: one count line, then one line per failed, missing, skipped or low-confidence file."""
    counts = report.counts()
    lines = [
        f"{report.corpus}: {counts['files']} files: {counts['extracted']} extracted"
        f" ({counts['added']} added, {counts['changed']} changed), {counts['unchanged']} unchanged,"
        f" {counts['failed']} failed, {counts['missing']} missing, {counts['skipped']} skipped,"
        f" {counts['low_confidence']} low confidence"
    ]
    lines += [f"  failed: {o.message or o.path}" for o in report.failed]
    for outcome in report.missing:
        kept = f" (plan {outcome.plan_id} kept)" if outcome.plan_id else ""
        lines.append(f"  missing: {outcome.path}{kept}")
    lines += [f"  low confidence: {o.path} (score {o.quality_score:.2f})" for o in report.low_confidence]
    lines += [f"  skipped: {s.path} ({s.reason})" for s in report.skipped[:MAX_LISTED_SKIPPED]]
    if len(report.skipped) > MAX_LISTED_SKIPPED:
        more = len(report.skipped) - MAX_LISTED_SKIPPED
        lines.append(f"  ... and {more} more skipped files ({report.corpus / 'summary.json'} lists them all)")
    return "\n".join(lines) + "\n"


def _extract_to_stdout(
    paths: Sequence[Path], fmt_name: str, settings: dict[str, str], timeout: float, *, strict: bool
) -> int:
    from extractor.batch import no_plan_files_reason
    from extractor.export import OutputFormat, plans_to_csv, render_plan
    from extractor.walk import walk_inputs

    fmt = OutputFormat(fmt_name)
    walked = walk_inputs(paths)
    for skipped in walked.skipped:
        logger.info("%s: %s", skipped.path, skipped.reason)
    if walked.skipped:
        logger.warning("%d files skipped: not a plan file type, or paperwork (-v lists them)", len(walked.skipped))
    for missing in walked.not_found:
        print_error(missing.message)
    if not walked.files:
        if walked.not_found:
            return EXIT_FAILED
        raise ExtractionError(ErrorCode.NOT_FOUND, ", ".join(map(str, paths)), no_plan_files_reason(walked.skipped))
    plans = []
    failed = len(walked.not_found)
    for file in walked.files:
        result = _extract_with_deadline(Path(file.display_path), settings, timeout)
        if result.plan is None:
            failed += 1
            for problem in result.problems:
                print_error(problem.message)
            continue
        for warning in result.plan.warnings:
            logger.info("%s: %s: %s", file.display_path, warning.code, warning.message)
        quality = result.plan.quality
        if quality is not None and quality.low_confidence:
            logger.warning("%s: read with low confidence (score %.2f)", file.display_path, quality.score)
            failed += int(strict)
        plans.append(result.plan)
    if len(walked.files) == 1 and plans:
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
