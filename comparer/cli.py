"""`tc-compare`: compare plans, or search peer actions.

Output goes to stdout (JSON by default), logs and progress to stderr. Exit codes: 0 ok,
1 some inputs failed (the rest are still compared), 2 usage error.
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
from extractor.errors import TcPlansError

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
STDOUT_FORMATS = ("json", "md", "csv")

COMPARE_EPILOG = """\
Example:
  tc-compare eastmoor.json kestrel.json --format md
  tc-compare plans/ -o out/ --focus "University of Eastmoor"
  tc-compare corpus/ --new

With -o, writes comparison.json, matches.csv, clusters.csv, coverage.csv, gaps.csv and
report.md to OUTDIR (each file replaced atomically) instead of printing.

With --new, INPUT is a corpus folder made by the batch command: prints (JSON) what the
plans its last run added or changed bring against the other plans: actions no peer has,
and the practices most peers have that those plans cover (gaps closed) or still lack.
"""
SEARCH_EPILOG = """\
Example:
  tc-compare search "mentoring scheme for technicians" plans/
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"Error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _shared_options() -> argparse.ArgumentParser:
    """Options every command takes, defined once."""
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--format", choices=STDOUT_FORMATS, default="json", help="stdout format (default json)")
    shared.add_argument("--taxonomy", type=Path, action="append", default=[], help="extra practice taxonomy file")
    shared.add_argument("--same-threshold", type=float, default=None, help="score from which a pair is 'same'")
    shared.add_argument("--related-threshold", type=float, default=None, help="score from which a pair is 'related'")
    noise = shared.add_mutually_exclusive_group()
    noise.add_argument("-v", "--verbose", action="store_true", help="progress on stderr")
    noise.add_argument("-q", "--quiet", action="store_true", help="errors only on stderr")
    return shared


def build_compare_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="tc-compare",
        description="Compare Technician Commitment action plans across institutions.",
        epilog=COMPARE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_shared_options()],
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="plan JSON, plan PDF/text, or a folder of them")
    parser.add_argument("-o", "--outdir", type=Path, help="write every report file here instead of printing")
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
    parser = _Parser(
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


def _configure_logging(args: argparse.Namespace) -> None:
    level = logging.INFO if args.verbose else logging.ERROR if args.quiet else logging.WARNING
    logging.basicConfig(stream=sys.stderr, level=level, format="%(levelname)s %(name)s: %(message)s", force=True)


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
        sys.stderr.write(f"Error: {failure.path}: {failure.reason}\n")


def _emit(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def run_whats_new(args: argparse.Namespace) -> int:
    from comparer.whats_new import whats_new

    if len(args.inputs) != 1 or not Path(args.inputs[0]).is_dir():
        sys.stderr.write("Error: --new takes one INPUT, a corpus folder made by the batch command\n")
        return EXIT_USAGE
    if args.format != "json" or args.outdir or args.focus:
        sys.stderr.write("Error: --new prints JSON on stdout; --format, -o and --focus do not apply\n")
        return EXIT_USAGE
    _emit(render_json(whats_new(args.inputs[0], _settings(args))))
    return EXIT_OK


def run_compare(args: argparse.Namespace) -> int:
    from comparer.compare import compare

    if args.new:
        return run_whats_new(args)
    settings = _settings(args)
    loaded = load_inputs(args.inputs)
    _report_failures(loaded)
    if len(loaded.plans) < 2:
        if loaded.failures:
            return EXIT_FAILED
        sys.stderr.write(f"Error: need at least two plans to compare, found {len(loaded.plans)}\n")
        return EXIT_USAGE
    comparison = compare(loaded.plans, settings, focus=args.focus)
    if args.outdir:
        formats = [f.strip() for f in args.reports.split(",") if f.strip()]
        written = write_reports(comparison, args.outdir, formats, plans=[p.plan for p in loaded.plans])
        for path in written:
            logger.info("wrote %s", path)
        if not args.quiet:
            same = sum(1 for m in comparison.matches if m.kind == "same")
            actions = sum(p.actions for p in comparison.plans)
            sys.stderr.write(
                f"Compared {len(comparison.plans)} plans ({actions} actions): {same} same-practice and "
                f"{len(comparison.matches) - same} related pairs, {len(comparison.clusters)} shared-practice "
                f"clusters; wrote {len(written)} files to {args.outdir}\n"
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
        sys.stderr.write("Error: --limit must be at least 1\n")
        return EXIT_USAGE
    if not args.query.strip():
        sys.stderr.write("Error: the query is empty\n")
        return EXIT_USAGE
    settings = _settings(args)
    loaded = load_inputs(args.inputs)
    _report_failures(loaded)
    if not loaded.plans:
        return EXIT_FAILED if loaded.failures else EXIT_USAGE
    result = search(args.query, loaded.plans, settings, limit=args.limit)
    if args.format == "md":
        _emit(render_search_markdown(result))
    elif args.format == "csv":
        _emit(render_search_csv(result))
    else:
        _emit(render_json(result))
    return EXIT_FAILED if loaded.failures else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `tc-compare`; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    searching = bool(arguments) and arguments[0] == "search"
    parser = build_search_parser() if searching else build_compare_parser()
    try:
        args = parser.parse_args(arguments[1:] if searching else arguments)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    _configure_logging(args)
    try:
        return run_search(args) if searching else run_compare(args)
    except TcPlansError as exc:
        sys.stderr.write(f"Error: {' '.join(str(exc).split())}\n")
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
