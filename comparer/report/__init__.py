"""Report writers. `write_reports(comparison, outdir, formats)` writes the files of each format.

The view model (`comparer.report.view.ReportView`) is built once; each format is a
function `ReportView -> {file name: text or bytes}` registered by name in
`REPORT_FORMATS`. Optional formats (html, xlsx) live in their own modules and are
imported when asked for, so the core formats never depend on them. Charts live in
`charts`, escaping in `extractor.escape`; no report module imports another.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from comparer.errors import ComparisonError
from comparer.report.csv_report import (
    render_clusters_csv,
    render_coverage_csv,
    render_gaps_csv,
    render_matches_csv,
)
from comparer.report.json_report import render_json
from comparer.report.markdown_report import render_markdown
from comparer.report.view import ReportView, build_view
from comparer.report.write import safe_filename, write_atomically
from schemas.comparison import Comparison
from schemas.plan import ActionPlan

logger = logging.getLogger(__name__)

ReportRenderer = Callable[[ReportView], dict[str, str | bytes]]


def _json_files(view: ReportView) -> dict[str, str | bytes]:
    return {"comparison.json": render_json(view.comparison)}


def _csv_files(view: ReportView) -> dict[str, str | bytes]:
    comparison = view.comparison
    return {
        "matches.csv": render_matches_csv(comparison),
        "clusters.csv": render_clusters_csv(comparison),
        "coverage.csv": render_coverage_csv(comparison),
        "gaps.csv": render_gaps_csv(comparison),
    }


def _md_files(view: ReportView) -> dict[str, str | bytes]:
    return {"report.md": render_markdown(view.comparison)}


REPORT_FORMATS: dict[str, ReportRenderer] = {"json": _json_files, "csv": _csv_files, "md": _md_files}
DEFAULT_FORMATS = ("json", "csv", "md", "html", "xlsx")
# Optional formats: module name -> attribute holding a ReportRenderer.
OPTIONAL_FORMATS: dict[str, tuple[str, str]] = {
    "html": ("comparer.report.html_report", "report_files"),
    "xlsx": ("comparer.report.xlsx_report", "report_files"),
}


def register_format(name: str, renderer: ReportRenderer) -> None:
    """Add (or replace) a report format."""
    REPORT_FORMATS[name] = renderer


def _renderer(name: str) -> ReportRenderer:
    if name in REPORT_FORMATS:
        return REPORT_FORMATS[name]
    if name in OPTIONAL_FORMATS:
        module_name, attribute = OPTIONAL_FORMATS[name]
        try:
            module = importlib.import_module(module_name)
            renderer: ReportRenderer = getattr(module, attribute)
        except (ImportError, AttributeError) as exc:
            raise ComparisonError(f"report format {name!r} is not available ({exc})") from exc
        return renderer
    known = ", ".join(sorted({*REPORT_FORMATS, *OPTIONAL_FORMATS}))
    raise ComparisonError(f"unknown report format {name!r}; known: {known}")


def available_formats() -> list[str]:
    return sorted({*REPORT_FORMATS, *OPTIONAL_FORMATS})


def write_reports(
    comparison: Comparison,
    outdir: Path | str,
    formats: Iterable[str] = DEFAULT_FORMATS,
    plans: Sequence[ActionPlan] | None = None,
    notes: Sequence[str] = (),
) -> list[Path]:
    """Render each format and write its files atomically into `outdir`; returns the paths.

    `plans` (the compared plans, in the order given to `compare`) let the html and xlsx
    reports list every action with its owners, dates, status and source; `notes` (what the
    reader should know about the inputs) are shown under the HTML report's summary.
    """
    folder = Path(outdir)
    view = build_view(comparison, plans, notes)
    written = []
    for name in dict.fromkeys(formats):
        files = _renderer(name)(view)
        for filename, content in files.items():
            written.append(write_atomically(folder / safe_filename(filename), content))
    logger.info("wrote %d files to %s", len(written), folder)
    return written


__all__ = [
    "REPORT_FORMATS",
    "available_formats",
    "register_format",
    "safe_filename",
    "write_atomically",
    "write_reports",
]
