"""Write a `Comparison` as an XLSX workbook: one sheet per table, ready to filter.

Sheets: actions, matches, clusters, coverage (institution x pillar),
practice_coverage (practice x institution), gaps and unique. Every sheet has a
bold header row that stays frozen and an autofilter over the whole table.

Plan text is always written with `write_string`, never `write`, so a cell that
starts with "=" or looks like a URL stays text (no formula or link injection).
The workbook's created date is fixed, so the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from comparer.report.view import (
    NO_PILLAR,
    STATE_LABELS,
    ActionRow,
    ReportView,
    build_view,
    pillar_label,
    practice_label,
)
from comparer.report.write import write_atomically
from schemas.comparison import ActionKey, Comparison
from schemas.plan import ActionPlan, Provenance

logger = logging.getLogger(__name__)

FIXED_CREATED = dt.datetime(2000, 1, 1, 0, 0, 0)
MAX_CELL_CHARS = 32_767  # Excel's limit for one cell
Cell = str | int | float | None


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    kind: str = "text"  # text | number | percent | wrap


@dataclass(frozen=True)
class Table:
    sheet: str
    columns: tuple[Column, ...]
    rows: list[list[Cell]]


def _text(value: object) -> str:
    """A cell's text. Plans are bounded on reading (max_field_chars), so a cut here is a warned-about last resort."""
    text = "" if value is None else str(value)
    if len(text) <= MAX_CELL_CHARS:
        return text
    logger.warning("a workbook cell of %d characters was cut to %d: %.60s...", len(text), MAX_CELL_CHARS, text)
    return text[: MAX_CELL_CHARS - 1] + "\u2026"


def _lines(values: Sequence[str]) -> str:
    return "\n".join(values)


def _page(provenance: Provenance | None) -> int | None:
    return provenance.page if provenance is not None else None


def _line(provenance: Provenance | None) -> int | None:
    return provenance.line if provenance is not None else None


def _practice_labels(ids: Sequence[str], comparison: Comparison) -> str:
    return "\n".join(practice_label(comparison, p) for p in ids)


def actions_table(comparison: Comparison, rows: Sequence[ActionRow]) -> Table:
    columns = (
        Column("Institution", 24),
        Column("Index", 7, "number"),
        Column("Ref", 7),
        Column("Pillar", 16),
        Column("Pillar inferred", 9),
        Column("Section", 20, "wrap"),
        Column("Theme", 20, "wrap"),
        Column("Action", 60, "wrap"),
        Column("Practices", 22, "wrap"),
        Column("Measures", 40, "wrap"),
        Column("Owners", 14, "wrap"),
        Column("Owner names", 24, "wrap"),
        Column("Start", 12),
        Column("Start date", 10),
        Column("End", 12),
        Column("End date", 10),
        Column("Timeline", 14, "wrap"),
        Column("Status", 16, "wrap"),
        Column("State", 14),
        Column("Priority", 8, "number"),
        Column("RAG", 8),
        Column("Notes", 24, "wrap"),
        Column("Page", 6, "number"),
        Column("Line", 6, "number"),
    )
    body: list[list[Cell]] = []
    for row in rows:
        body.append(
            [
                row.institution,
                row.index,
                row.ref,
                pillar_label(row.pillar) if row.pillar else None,
                "yes" if row.pillar and row.pillar_inferred else None,
                row.section,
                row.theme,
                row.text,
                _practice_labels(row.practices, comparison),
                _lines(row.measures),
                _lines(row.owners),
                _lines(row.owner_names),
                row.start,
                row.start_date,
                row.end,
                row.end_date,
                _lines(row.timeline),
                row.status,
                STATE_LABELS.get(row.state, row.state) if row.state else None,
                row.priority,
                row.rag,
                row.notes,
                _page(row.provenance),
                _line(row.provenance),
            ]
        )
    return Table("actions", columns, body)


def matches_table(comparison: Comparison) -> Table:
    columns = (
        Column("Institution A", 22),
        Column("Ref A", 7),
        Column("Action A", 50, "wrap"),
        Column("Institution B", 22),
        Column("Ref B", 7),
        Column("Action B", 50, "wrap"),
        Column("Score", 8, "number"),
        Column("Kind", 9),
        Column("Shared practices", 22, "wrap"),
        Column("Shared terms", 22, "wrap"),
        Column("Lexical", 8, "number"),
        Column("TF-IDF", 8, "number"),
        Column("Practice", 8, "number"),
        Column("Pillar", 8, "number"),
        Column("Index A", 7, "number"),
        Column("Index B", 7, "number"),
    )
    body: list[list[Cell]] = []
    for m in comparison.matches:
        parts = m.reason.parts
        body.append(
            [
                m.a.institution,
                m.a.ref,
                m.a.text,
                m.b.institution,
                m.b.ref,
                m.b.text,
                m.score,
                m.kind.value,
                _practice_labels(m.reason.shared_practices, comparison),
                ", ".join(m.reason.shared_terms),
                parts.lexical,
                parts.tfidf,
                parts.practice,
                parts.pillar,
                m.a.index,
                m.b.index,
            ]
        )
    return Table("matches", columns, body)


def clusters_table(comparison: Comparison) -> Table:
    columns = (
        Column("Cluster", 10),
        Column("Label", 28, "wrap"),
        Column("Practice", 24),
        Column("Pillar", 16),
        Column("Institutions", 11, "number"),
        Column("Institution", 24),
        Column("Ref", 7),
        Column("Action", 60, "wrap"),
        Column("Measures", 40, "wrap"),
        Column("Index", 7, "number"),
    )
    body: list[list[Cell]] = []
    for cluster in comparison.clusters:
        practice = practice_label(comparison, cluster.practice) if cluster.practice else None
        pillar = pillar_label(cluster.pillar.value) if cluster.pillar else None
        for member in cluster.members:
            body.append(
                [
                    cluster.id,
                    cluster.label,
                    practice,
                    pillar,
                    len(cluster.institutions),
                    member.institution,
                    member.ref,
                    member.text,
                    _lines(member.measures),
                    member.index,
                ]
            )
    return Table("clusters", columns, body)


def coverage_table(comparison: Comparison) -> Table:
    coverage = comparison.coverage
    columns = (
        Column("Institution", 28),
        *(Column(pillar_label(p), 14, "number") for p in coverage.pillars),
        Column("Total", 9, "number"),
    )
    body: list[list[Cell]] = []
    for name in coverage.institutions:
        counts = [coverage.by_pillar.get(name, {}).get(p, 0) for p in coverage.pillars]
        body.append([name, *counts, sum(counts)])
    return Table("coverage", columns, body)


def practice_coverage_table(comparison: Comparison) -> Table:
    coverage = comparison.coverage
    columns = (
        Column("Practice", 18),
        Column("Label", 30, "wrap"),
        *(Column(name, 14, "number") for name in coverage.institutions),
        Column("Institutions with it", 11, "number"),
    )
    body: list[list[Cell]] = []
    for practice in coverage.practices:
        counts = [coverage.by_practice.get(name, {}).get(practice, 0) for name in coverage.institutions]
        body.append([practice, practice_label(comparison, practice), *counts, sum(1 for n in counts if n)])
    return Table("practice_coverage", columns, body)


def _example(key: ActionKey) -> str:
    ref = f"{key.ref} " if key.ref else ""
    return f"{key.institution}: {ref}{key.text}"


def gaps_table(comparison: Comparison) -> Table:
    columns = (
        Column("Institution", 24),
        Column("Practice", 18),
        Column("Label", 28, "wrap"),
        Column("Pillar", 16),
        Column("Share of peers", 9, "percent"),
        Column("Peers with practice", 30, "wrap"),
        Column("Peer examples", 60, "wrap"),
        Column("Example measures", 40, "wrap"),
    )
    body: list[list[Cell]] = []
    for findings in comparison.findings:
        for gap in findings.gaps:
            body.append(
                [
                    gap.institution,
                    gap.practice,
                    gap.label,
                    pillar_label(gap.pillar.value) if gap.pillar else None,
                    gap.share_of_peers,
                    _lines(gap.peers_with_practice),
                    _lines([_example(k) for k in gap.examples]),
                    _lines([m for k in gap.examples for m in k.measures]),
                ]
            )
    return Table("gaps", columns, body)


def unique_table(comparison: Comparison) -> Table:
    columns = (
        Column("Institution", 24),
        Column("Ref", 7),
        Column("Pillar", 16),
        Column("Practices", 22, "wrap"),
        Column("Action", 60, "wrap"),
        Column("Measures", 40, "wrap"),
        Column("Index", 7, "number"),
    )
    body: list[list[Cell]] = []
    for findings in comparison.findings:
        for key in findings.unique_actions:
            body.append(
                [
                    key.institution,
                    key.ref,
                    pillar_label(key.pillar.value) if key.pillar else pillar_label(NO_PILLAR),
                    _practice_labels(key.practices, comparison),
                    key.text,
                    _lines(key.measures),
                    key.index,
                ]
            )
    return Table("unique", columns, body)


def workbook_tables(comparison: Comparison, plans: Sequence[ActionPlan] | None = None) -> list[Table]:
    """Every sheet's table, in sheet order."""
    return view_tables(build_view(comparison, plans))


def view_tables(view: ReportView) -> list[Table]:
    """Every sheet's table from the report view model, in sheet order."""
    comparison = view.comparison
    return [
        actions_table(comparison, view.rows),
        matches_table(comparison),
        clusters_table(comparison),
        coverage_table(comparison),
        practice_coverage_table(comparison),
        gaps_table(comparison),
        unique_table(comparison),
    ]


def _write_table(sheet: Worksheet, table: Table, formats: dict[str, Format]) -> None:
    for col, column in enumerate(table.columns):
        sheet.write_string(0, col, column.title, formats["header"])
        cell_format = formats["wrap"] if column.kind == "wrap" else None
        sheet.set_column(col, col, column.width, cell_format)
    for r, values in enumerate(table.rows, start=1):
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, bool):
                sheet.write_string(r, col, "yes" if value else "no")
            elif isinstance(value, int | float):
                fmt = formats["percent"] if table.columns[col].kind == "percent" else None
                sheet.write_number(r, col, value, fmt)
            else:
                fmt = formats["wrap"] if table.columns[col].kind == "wrap" else None
                sheet.write_string(r, col, _text(value), fmt)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(table.rows), 1), len(table.columns) - 1)
    sheet.set_row(0, 30)


def render_xlsx(comparison: Comparison, plans: Sequence[ActionPlan] | None = None) -> bytes:
    """The workbook as bytes; the same input gives the same bytes."""
    return render_xlsx_view(build_view(comparison, plans))


def render_xlsx_view(view: ReportView) -> bytes:
    """The workbook from the report view model."""
    buffer = io.BytesIO()
    options = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    workbook = xlsxwriter.Workbook(buffer, options)
    workbook.set_properties(
        {
            "title": "Technician Commitment action plans compared",
            "subject": "Comparison of Technician Commitment action plans",
            "author": "tc-plans",
            "created": FIXED_CREATED,
        }
    )
    formats = {
        "header": workbook.add_format(
            {"bold": True, "bg_color": "#1F4E79", "font_color": "#FFFFFF", "text_wrap": True, "valign": "top"}
        ),
        "wrap": workbook.add_format({"text_wrap": True, "valign": "top"}),
        "percent": workbook.add_format({"num_format": "0%", "valign": "top"}),
    }
    tables = view_tables(view)
    for table in tables:
        sheet = workbook.add_worksheet(table.sheet)
        _write_table(sheet, table, formats)
        if table.sheet in ("coverage", "practice_coverage") and table.rows:
            first = 1 if table.sheet == "coverage" else 2
            last = len(table.columns) - 2
            if last >= first:
                sheet.conditional_format(
                    1,
                    first,
                    len(table.rows),
                    last,
                    {"type": "2_color_scale", "min_color": "#FFFFFF", "max_color": "#6BAED6"},
                )
    workbook.close()
    logger.debug("rendered XLSX report: %s", ", ".join(f"{t.sheet}={len(t.rows)}" for t in tables))
    return buffer.getvalue()


def write_xlsx(comparison: Comparison, plans: Sequence[ActionPlan] | None, path: Path) -> Path:
    """Write `render_xlsx` to `path` atomically and return the path."""
    write_atomically(path, render_xlsx(comparison, plans))
    return path


def report_files(view: ReportView) -> dict[str, str | bytes]:
    """The xlsx report format for `comparer.report.write_reports`."""
    return {"report.xlsx": render_xlsx_view(view)}
