"""Plain-text plans: tables as a PDF-to-text tool or a web page leaves them, or headings and lists.

Three readers are tried in turn; the first that finds a table header wins:

1. `text_tables`: rows of tab-separated cells (header rows repeated per page,
   sections as heading lines or as single-cell rows, merged Theme cells split
   into pieces, Gantt period columns), Markdown pipe tables, space-aligned
   columns under a space-aligned header.
2. `text_cells`: one cell per line under a header of one cell per line.
3. `text_lists`: Markdown or pasted headings and list items with
   ``Label: value`` fields (see that module for the convention).

Tab-separated rows without any header are read when they give more actions
than the lists reader, with columns guessed from their contents (`text_guess`)
and a ``no_header`` warning.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from extractor.layouts.text_cells import cell_lines_to_table_rows
from extractor.layouts.text_common import repeated_lines
from extractor.layouts.text_guess import guess_headerless
from extractor.layouts.text_lists import list_lines_to_rows
from extractor.layouts.text_tables import TableScan, lines_to_table_rows, table_rows_to_raw_rows
from extractor.rows import LayoutOutput, RawRow
from extractor.settings import ExtractionSettings
from extractor.sources import SourceDocument, SourceLine
from schemas.plan import Provenance

logger = logging.getLogger(__name__)


def parse(source: SourceDocument, settings: ExtractionSettings) -> LayoutOutput:
    """Rows of a text plan (or of a PDF's text, when this layout is forced)."""
    lines, pages = _numbered_lines(source)
    furniture = repeated_lines(lines)
    scan = lines_to_table_rows(lines, furniture)
    reader = "tables"
    if not scan.rows:
        by_cell = cell_lines_to_table_rows(lines, furniture)
        if by_cell.rows:
            scan, reader = by_cell, "one cell per line"
    warnings = list(scan.warnings)
    period_columns: list[str] = []
    if scan.rows:
        rows = table_rows_to_raw_rows(scan.rows)
        period_columns = _period_columns(scan)
        if scan.headerless:
            warnings.append(
                (
                    "rows_without_header",
                    f"{len(scan.headerless)} tab-separated lines before the first header row were skipped",
                    Provenance(line=scan.headerless[0][1]),
                )
            )
    else:
        rows = list_lines_to_rows(lines, furniture)
        reader = "lists"
        guessed = table_rows_to_raw_rows(guess_headerless(scan.headerless)) if scan.headerless else []
        if len(guessed) > len(rows):
            rows = guessed
            reader = "headerless table"
            warnings.append(
                (
                    "no_header",
                    "table has no header row; its columns were guessed from their contents",
                    Provenance(line=scan.headerless[0][1]),
                )
            )
    if pages:
        rows = [_with_page(row, pages) for row in rows]
    logger.debug("%s: %d rows read as %s", source.display_path, len(rows), reader)
    return LayoutOutput(rows=rows, warnings=warnings, period_columns=period_columns)


def _numbered_lines(source: SourceDocument) -> tuple[list[SourceLine], dict[int, int]]:
    """Text lines as they are; PDF lines renumbered through the document, with their pages."""
    if source.kind == "text" and all(line.page is None for line in source.lines):
        return source.lines, {}
    lines: list[SourceLine] = []
    pages: dict[int, int] = {}
    for number, line in enumerate(source.lines, start=1):
        lines.append(SourceLine(number=number, text=line.text))
        if line.page is not None:
            pages[number] = line.page
    return lines, pages


def _with_page(row: RawRow, pages: dict[int, int]) -> RawRow:
    first = row.provenance.line
    if first is None or first not in pages:
        return row
    last = row.provenance.end_line or first
    spanned = sorted({pages[n] for n in (first, last) if n in pages})
    provenance = row.provenance.model_copy(update={"page": pages[first], "pages": spanned})
    return replace(row, provenance=provenance)


def _period_columns(scan: TableScan) -> list[str]:
    for row in scan.rows:
        if row.columns.periods:
            return [row.columns.periods[k] for k in sorted(row.columns.periods)]
    return []
