"""`tc-compare`: compare plans, or search peer actions (`tc-compare search`).

Conventions and exit codes are the shell's (`tcplans.shell`): 0 ok, 1 some inputs
failed (the rest are still compared), 2 usage error.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from comparer.loading import LoadResult, load_inputs
from comparer.report import DEFAULT_FORMATS, available_formats, write_reports
from comparer.report.csv_report import render_matches_csv, render_search_csv
from comparer.report.json_report import render_json
from comparer.report.markdown_report import render_markdown, render_search_markdown
from comparer.settings import ComparisonSettings
from extractor.corpus import corpus_exists
from schemas.errors import NoInputError, UsageError
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

logger = logging.getLogger(__name__)

STDOUT_FORMATS = ("json", "md", "csv")

COMPARE_EPILOG = f"""\
Example:
  tc-compare eastmoor.json kestrel.json --format md
  tc-compare plans/ -o out/ --focus "University of Eastmoor"
  tc-compare corpus/ --new
  tc-compare search "mentoring scheme for technicians" plans/

Commands:
  (none)   compare the plans (this help)
  search   find the actions across plans closest to a free-text query
           (tc-compare search --help)

With -o, writes into FOLDER (each file replaced atomically) instead of printing:
comparison.json, matches.csv, clusters.csv, coverage.csv, gaps.csv, report.md,
report.html (a page for a browser) and report.xlsx (a workbook); --reports picks
which.

A plan given twice (a PDF and its text rendition, say) is compared once: the
second copy is named in a note on stderr and in the report.

With --new, INPUT is a corpus folder made by tc-extract -o: prints (JSON) what the
plans its last run added or changed bring against the other plans: actions no peer
has, and the practices most peers have that those plans cover (gaps closed) or
still lack.

{EXIT_CODES_HELP}
"""
SEARCH_EPILOG = f"""\
Example:
  tc-compare search "mentoring scheme for technicians" plans/

Actions naming the query's practice come first, then the closest wording. When
nothing scores well, the output says so (JSON: "note"), and shows the near misses.

{EXIT_CODES_HELP}
"""


def _shared_options() -> argparse.ArgumentParser:
    """Options every tc-compare command takes, defined once."""
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--format", choices=STDOUT_FORMATS, default="json", help="stdout format (default json)")
    shared.add_argument("--taxonomy", type=Path, action="append", default=[], help="extra practice taxonomy file")
    shared.add_argument("--same-threshold", type=float, default=None, help="score from which a pair is 'same'")
    shared.add_argument("--related-threshold", type=float, default=None, help="score from which a pair is 'related'")
    add_common_options(shared)
    return shared


def build_compare_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="tc-compare",
        description="Compare Technician Commitment action plans across institutions.",
        epilog=COMPARE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_shared_options()],
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="plan JSON, plan PDF/text, or a folder of them")
    add_output_option(parser, "write every report file into this folder instead of printing (see below)")
    parser.add_argument("--focus", metavar="NAME", help="institution whose gaps and unique actions come first")
    parser.add_argument(
        "--new",
        action="store_true",
        help="INPUT is a batch corpus folder: novel actions and closed gaps of the plans its last run changed",
    )
    parser.add_argument(
        "--reports",
        default=",".join(DEFAULT_FORMATS),
        help=f"with -o: comma-separated report formats (known: {', '.join(available_formats())})",
    )
    return parser


def build_search_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="tc-compare search",
        description="Find the actions across plans closest to a free-text query.",
        epilog=SEARCH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_shared_options()],
    )
    parser.add_argument("query", metavar="QUERY", help="what you are looking for, in plain words")
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="plan JSON, plan PDF/text, or a folder of them")
    parser.add_argument("--limit", type=int, default=10, help="most hits to show (default 10)")
    return parser


def _settings(args: argparse.Namespace) -> ComparisonSettings:
    overrides: dict[str, object] = {}
    if args.taxonomy:
        overrides["taxonomy"] = tuple(args.taxonomy)
    if args.same_threshold is not None:
        overrides["same_threshold"] = args.same_threshold
    if args.related_threshold is not None:
        overrides["related_threshold"] = args.related_threshold
    return ComparisonSettings.resolve(overrides)


def _report_failures(loaded: LoadResult) -> None:
    for failure in loaded.failures:
        print_error(f"{failure.path}: {failure.reason}")


def _emit(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _no_plans_reason(inputs: Sequence[str]) -> str:
    return f"{', '.join(inputs)}: no plans found (give plan JSON, PDF or text files, or a folder of them)"


def duplicates_note(loaded: LoadResult) -> str | None:
    """Why fewer plans were compared than files given: some files are another rendition of a plan."""
    if not loaded.duplicates:
        return None
    names = ", ".join(f"{Path(d.path).name} (as {Path(d.same_as).name})" for d in loaded.duplicates)
    return (
        f"{len(loaded.duplicates)} files hold a plan already given in another file (a PDF and its text"
        f" rendition, say); each plan is compared once: {names}"
    )


def _report_duplicates(loaded: LoadResult) -> None:
    """One note on stderr for the renditions compared once (each also listed with -v)."""
    if loaded.duplicates:
        logger.warning(
            "%d files are another rendition of a plan already given (a PDF and its text, say); each plan is"
            " compared once (-v lists them)",
            len(loaded.duplicates),
        )


def run_whats_new(args: argparse.Namespace) -> int:
    from comparer.whats_new import whats_new

    if len(args.inputs) != 1 or not Path(args.inputs[0]).is_dir():
        raise UsageError("--new takes one INPUT, a corpus folder made by tc-extract -o")
    if not corpus_exists(args.inputs[0]):
        raise UsageError(f"{args.inputs[0]}: no corpus.sqlite here; build one with tc-extract DIR -o {args.inputs[0]}")
    if args.format != "json" or args.output or args.focus:
        raise UsageError("--new prints JSON on stdout; --format, -o and --focus do not apply")
    _emit(render_json(whats_new(args.inputs[0], _settings(args))))
    return EXIT_OK


def run_compare(args: argparse.Namespace) -> int:
    from comparer.compare import compare

    if args.new:
        return run_whats_new(args)
    if args.output is not None:
        check_output_folder(args.output)
    settings = _settings(args)
    loaded = load_inputs(args.inputs, settings)
    _report_failures(loaded)
    _report_duplicates(loaded)
    if len(loaded.plans) < 2:
        if loaded.failures:
            return EXIT_FAILED
        if not loaded.plans:
            raise NoInputError(_no_plans_reason(args.inputs))
        raise UsageError(f"need at least two plans to compare, found {len(loaded.plans)}")
    comparison = compare(loaded.plans, settings, focus=args.focus)
    if args.output:
        formats = [f.strip() for f in args.reports.split(",") if f.strip()]
        note = duplicates_note(loaded)
        written = write_reports(
            comparison, args.output, formats, plans=[p.plan for p in loaded.plans], notes=[note] if note else []
        )
        for path in written:
            logger.info("wrote %s", path)
        if not args.quiet:
            same = sum(1 for m in comparison.matches if m.kind == "same")
            actions = sum(p.actions for p in comparison.plans)
            sys.stderr.write(
                f"Compared {len(comparison.plans)} plans ({actions} actions): {same} same-practice and "
                f"{len(comparison.matches) - same} related pairs, {len(comparison.clusters)} shared-practice "
                f"clusters; wrote {len(written)} files to {args.output}\n"
            )
    elif args.format == "md":
        _emit(render_markdown(comparison))
    elif args.format == "csv":
        _emit(render_matches_csv(comparison))
    else:
        _emit(render_json(comparison))
    return EXIT_FAILED if loaded.failures else EXIT_OK


def run_search(args: argparse.Namespace) -> int:
    from comparer.search import search

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    if not args.query.strip():
        raise UsageError("the query is empty")
    settings = _settings(args)
    loaded = load_inputs(args.inputs, settings)
    _report_failures(loaded)
    if not loaded.plans:
        if loaded.failures:
            return EXIT_FAILED
        raise NoInputError(_no_plans_reason(args.inputs))
    result = search(args.query, loaded.plans, settings, limit=args.limit)
    if result.note:
        logger.warning("%s", result.note)
    if args.format == "md":
        _emit(render_search_markdown(result))
    elif args.format == "csv":
        _emit(render_search_csv(result))
    else:
        _emit(render_json(result))
    return EXIT_FAILED if loaded.failures else EXIT_OK


def compare_main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `tc-compare` (and `tc-compare search`); returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    searching = bool(arguments) and arguments[0] == "search"
    parser = build_search_parser() if searching else build_compare_parser()
    args = parse(parser, arguments[1:] if searching else arguments)
    if isinstance(args, int):
        return args
    configure_logging(args.verbose, args.quiet)
    return run_guarded(lambda: run_search(args) if searching else run_compare(args))
