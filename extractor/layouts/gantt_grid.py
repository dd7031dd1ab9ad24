"""Gantt-style plans: a table whose header names periods (dates, quarters, months, phases).

The grid is read like any other table (ruled when pdfplumber finds ruling lines
around a header, else aligned by whitespace); what this layout adds is the
timeline. A period cell is active when it is shaded with a colour other than
the row's own background, or holds a mark ("X", a tick); the row's timeline is
the first month of each active period, in column order. The status cell's
fill colour gives the RAG rating. Period conventions are in `periods.py`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from extractor.interpret.tables import FROM_PAGES, SourceTable, read_tables
from extractor.layouts.pdf_tables import TableReading, period_count
from extractor.layouts.ruled_table import read_ruled_tables
from extractor.layouts.unruled_table import read_unruled_tables
from extractor.rows import LayoutOutput
from extractor.settings import DEFAULT_TOLERANCES, LayoutTolerances

if TYPE_CHECKING:
    from extractor.settings import ExtractionSettings
    from extractor.sources import SourceDocument

logger = logging.getLogger(__name__)


def read_gantt_tables(source: SourceDocument, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> list[TableReading]:
    """Ruled tables when one of them has period columns, else whitespace-aligned ones."""
    ruled, _skipped = read_ruled_tables(source, tol)
    if any(period_count(r.columns) and r.body_rows for r in ruled):
        return ruled
    unruled = read_unruled_tables(source, tol)
    if any(period_count(r.columns) for r in unruled):
        return unruled
    return ruled or unruled


def parse(source: SourceDocument, settings: ExtractionSettings) -> LayoutOutput:
    """Rows of the Gantt table with their shaded periods and RAG fills."""
    tol = settings.tolerances
    readings = read_gantt_tables(source, tol)
    tables = [SourceTable(r.table, r.heading_above, tuple(r.notes)) for r in readings]
    output = read_tables(tables, FROM_PAGES, tol).output
    if not readings:
        output.warnings.append(("no_header", "no table header (an action column and another role) was found", None))
    elif not any(period_count(r.columns) for r in readings):
        output.warnings.append(("no_periods", "no period columns (dates, quarters, months) in the table header", None))
    logger.debug("%s: Gantt periods %s, %d rows", source.display_path, output.period_columns, len(output.rows))
    return output
