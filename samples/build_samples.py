#!/usr/bin/env python
"""Build every sample plan (PDF, text, Word, Excel or web page) and its gold JSON from the data in sample_plans.py.

    python samples/build_samples.py            # rewrite the committed samples in place
    python samples/build_samples.py --out DIR  # build into DIR (DIR/gold/ for the gold files)

Output is deterministic: reportlab runs in invariant mode (fixed creation date and
document id), fonts are the standard 14 (never embedded), and nothing depends on
the clock or on set ordering, so a rebuild gives byte-identical files.
"""

from __future__ import annotations

import argparse
import logging
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # imported as a module (tests) rather than run as a script
    sys.path.insert(0, str(HERE))

import build_documents  # noqa: E402
import sample_plans  # noqa: E402
from plan_model import Item, Plan, Section, When, gold_json  # noqa: E402

logger = logging.getLogger(__name__)

Colour = tuple[float, float, float]

PAGE_W, PAGE_H = landscape(A4)
MARGIN = 36.0
FOOTER_H = 18.0
FONT = "Helvetica"
BOLD = "Helvetica-Bold"
ITALIC = "Helvetica-Oblique"
BLACK: Colour = (0.0, 0.0, 0.0)
GREY_TEXT: Colour = (0.35, 0.35, 0.35)
HEADER_FILL: Colour = (0.85, 0.87, 0.9)


@dataclass(frozen=True)
class Drawn:
    """One string as drawn: its page, baseline (points from the top), left edge and font size."""

    page: int
    baseline: float
    x: float
    text: str
    size: float


# --- page flow ---------------------------------------------------------------------------


class Flow:
    """A reportlab canvas with a cursor measured from the top of the page.

    Alongside the drawing it keeps `text_lines`: what a PDF-to-text tool leaves
    of the page (table cells joined by tabs, one line per table row), which is
    how the text renditions of a PDF sample are made.
    """

    def __init__(
        self,
        path: Path,
        plan: Plan,
        *,
        page_numbers: bool = True,
        encrypt: StandardEncryption | None = None,
        pagesize: tuple[float, float] = (PAGE_W, PAGE_H),
    ) -> None:
        self.page_w, self.page_h = pagesize
        self.canvas = Canvas(str(path), pagesize=pagesize, invariant=1, pageCompression=1, encrypt=encrypt)
        if plan.pdf_metadata:
            self.canvas.setTitle(plan.title)
            self.canvas.setAuthor(plan.institution)
            self.canvas.setSubject("Technician Commitment action plan")
        self.page = 1
        self.y = MARGIN
        self.page_numbers = page_numbers
        self.text_lines: list[str] = []
        self.drawn: list[Drawn] = []  # every string drawn, for a column-aligned text rendition

    @property
    def bottom(self) -> float:
        return self.page_h - MARGIN - FOOTER_H

    @property
    def width(self) -> float:
        return self.page_w - 2 * MARGIN

    def room(self) -> float:
        return self.bottom - self.y

    def new_page(self) -> None:
        self._footer()
        self.canvas.showPage()
        self.page += 1
        self.y = MARGIN

    def finish(self) -> None:
        self._footer()
        self.canvas.save()

    def _footer(self) -> None:
        if not self.page_numbers:
            return
        self.canvas.setFont(FONT, 8)
        self.canvas.setFillColorRGB(*GREY_TEXT)
        self.canvas.drawRightString(self.page_w - MARGIN, MARGIN / 2, str(self.page))
        width = self.canvas.stringWidth(str(self.page), FONT, 8)
        self.drawn.append(Drawn(self.page, self.page_h - MARGIN / 2, self.page_w - MARGIN - width, str(self.page), 8))
        self.text_lines.extend([str(self.page), ""])

    def text_at(self, x: float, top: float, text: str, font: str, size: float, colour: Colour = BLACK) -> None:
        """Draw one line whose glyph box starts `top` points below the top of the page."""
        self.canvas.setFont(font, size)
        self.canvas.setFillColorRGB(*colour)
        self.canvas.drawString(x, self.page_h - top - size * 0.85, text)
        self.drawn.append(Drawn(self.page, top + size * 0.85, x, text, size))

    def fill_box(self, x: float, top: float, width: float, height: float, colour: Colour) -> None:
        self.canvas.setFillColorRGB(*colour)
        self.canvas.rect(x, self.page_h - top - height, width, height, stroke=0, fill=1)

    def rule(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.6, colour: Colour = BLACK) -> None:
        self.canvas.setLineWidth(width)
        self.canvas.setStrokeColorRGB(*colour)
        self.canvas.line(x0, self.page_h - y0, x1, self.page_h - y1)

    def paragraph(
        self,
        text: str,
        font: str = FONT,
        size: float = 9,
        *,
        colour: Colour = BLACK,
        space_before: float = 0,
        space_after: float = 6,
        keep_with_next: float = 0,
        indent: float = 0,
        blank_after: bool = True,
    ) -> None:
        """Wrapped text across the page width; moves to a new page rather than split it."""
        leading = size * 1.25
        lines = wrap(text, font, size, self.width - indent)
        need = space_before + len(lines) * leading + keep_with_next
        if self.y + need > self.bottom and self.y > MARGIN:
            self.new_page()
        else:
            self.y += space_before
        for line in lines:
            self.text_at(MARGIN + indent, self.y, line, font, size, colour)
            self.y += leading
        self.y += space_after
        self.text_lines.append(" ".join(lines))
        if blank_after:
            self.text_lines.append("")


CHAR_WIDTH = 3.8  # points per character column in a column-aligned text rendition


def layout_text(drawn: Sequence[Drawn]) -> str:
    """What `pdftotext -layout` leaves of a PDF: each printed line once, strings placed at
    the character column their x position gives (at least two spaces after the string
    before them), a blank line only where the vertical gap is large, a form feed between
    pages."""
    pages: list[str] = []
    for page in sorted({d.page for d in drawn}):
        lines: dict[float, list[Drawn]] = {}
        for item in drawn:
            if item.page == page:
                lines.setdefault(round(item.baseline, 1), []).append(item)
        out: list[str] = []
        previous: tuple[float, float] | None = None  # baseline and font size of the last line
        for baseline in sorted(lines):
            items = sorted(lines[baseline], key=lambda d: d.x)
            if previous is not None and baseline - previous[0] > 2.2 * previous[1]:
                out.append("")
            line = ""
            for item in items:
                column = round((item.x - MARGIN) / CHAR_WIDTH)
                if line:
                    column = max(column, len(line) + 2)
                line = line.ljust(column) + item.text
            out.append(line.rstrip())
            previous = (baseline, max(d.size for d in items))
        pages.append("\n".join(out) + "\n")
    return "\f".join(pages)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` that fit `width`; explicit newlines start new lines."""
    lines: list[str] = []
    for part in text.split("\n"):
        lines.extend(simpleSplit(part, font, size, width) or [""])
    return lines


# --- ruled tables (Word style) -------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    merge: bool = False  # equal neighbouring values are one vertically merged cell


@dataclass(frozen=True)
class TableRow:
    cells: tuple[str, ...]
    fills: dict[int, Colour] = field(default_factory=dict)  # column index -> cell background


@dataclass(frozen=True)
class _Fragment:
    """The part of a table row drawn on one page: lines [first, last) of every cell."""

    row: int
    first: int
    last: int
    top: float
    bottom: float


@dataclass
class TableStats:
    split_rows: int = 0  # rows whose text continues on the next page
    merged_groups: int = 0


class RuledTable:
    """A bordered table: repeated header row on every page, rows that split across a
    page break (their text continues below the repeated header), and vertically merged
    cells whose text is drawn once, centred in the merged block, with no border
    between the merged rows. A merged block that crosses a page break shows its text
    once: centred in the part before the break when it fits there, otherwise flowing
    on into the part after the break (as a word processor does)."""

    def __init__(
        self,
        flow: Flow,
        columns: Sequence[Column],
        *,
        size: float = 8.5,
        pad: float = 3.0,
        allow_split: bool = True,
    ) -> None:
        self.flow = flow
        self.columns = list(columns)
        self.size = size
        self.pad = pad
        self.leading = size * 1.2
        self.allow_split = allow_split
        self.xs = [MARGIN]
        for column in self.columns:
            self.xs.append(self.xs[-1] + column.width)
        if self.xs[-1] > PAGE_W - MARGIN + 0.01:
            raise ValueError(f"table is {self.xs[-1] - MARGIN:.0f}pt wide, the page allows {flow.width:.0f}pt")
        self.stats = TableStats()

    def _cell_lines(self, text: str, column: int, font: str = FONT) -> list[str]:
        return wrap(text, font, self.size, self.columns[column].width - 2 * self.pad)

    def header_height(self) -> float:
        lines = max(len(self._cell_lines(c.header, i, BOLD)) for i, c in enumerate(self.columns))
        return lines * self.leading + 2 * self.pad

    def min_start_height(self) -> float:
        """Room a table needs on a page before it is worth starting there."""
        return self.header_height() + 3 * self.leading + 2 * self.pad

    def draw(self, rows: Sequence[TableRow]) -> None:
        cols = range(len(self.columns))
        lines = [[[] if self.columns[j].merge else self._cell_lines(row.cells[j], j) for j in cols] for row in rows]
        groups = self._merge_groups(rows)
        counts = [max([len(cell) for cell in row_lines if cell] or [1]) for row_lines in lines]
        self._make_room_for_merged_text(rows, groups, counts)
        self._counts = counts
        self._carry: dict[int, tuple[int, list[str]]] = {}  # merged column -> (group, lines left for next page)

        fragments: list[_Fragment] = []
        self._start_page_table()
        table_top = self.flow.y - self.header_height()
        for index, count in enumerate(counts):
            first = 0
            while first < count:
                room = math.floor((self.flow.bottom - self.flow.y - 2 * self.pad) / self.leading)
                remaining = count - first
                if remaining <= room:
                    take = remaining
                elif (self.allow_split or not fragments) and room >= 1:
                    take = room
                    self.stats.split_rows += first == 0
                else:
                    self._flush(rows, lines, groups, fragments, table_top)
                    fragments = []
                    self.flow.new_page()
                    self._start_page_table()
                    table_top = self.flow.y - self.header_height()
                    continue
                height = take * self.leading + 2 * self.pad
                fragments.append(_Fragment(index, first, first + take, self.flow.y, self.flow.y + height))
                self.flow.y += height
                first += take
        self._flush(rows, lines, groups, fragments, table_top)
        self.flow.y += 8
        self.flow.text_lines.append("")

    def _merge_groups(self, rows: Sequence[TableRow]) -> dict[int, list[int]]:
        """Merged column -> group number of every row (equal neighbouring values share one)."""
        groups: dict[int, list[int]] = {}
        for j, column in enumerate(self.columns):
            if not column.merge:
                continue
            numbers: list[int] = []
            for i, row in enumerate(rows):
                same = i > 0 and row.cells[j] and row.cells[j] == rows[i - 1].cells[j]
                numbers.append(numbers[-1] if same else (numbers[-1] + 1 if numbers else 0))
            groups[j] = numbers
            self.stats.merged_groups += len(set(numbers)) if numbers else 0
        return groups

    def _make_room_for_merged_text(
        self, rows: Sequence[TableRow], groups: dict[int, list[int]], counts: list[int]
    ) -> None:
        """Grow the last row of a merged block until the block's text fits in it."""
        for j, numbers in groups.items():
            for number in sorted(set(numbers)):
                members = [i for i, n in enumerate(numbers) if n == number]
                need = len(self._cell_lines(rows[members[0]].cells[j], j)) * self.leading + 2 * self.pad
                have = sum(counts[i] * self.leading + 2 * self.pad for i in members)
                if need > have:
                    counts[members[-1]] += math.ceil((need - have) / self.leading)

    def _start_page_table(self) -> None:
        flow = self.flow
        top = flow.y
        height = self.header_height()
        flow.fill_box(self.xs[0], top, self.xs[-1] - self.xs[0], height, HEADER_FILL)
        for j, column in enumerate(self.columns):
            for k, line in enumerate(self._cell_lines(column.header, j, BOLD)):
                flow.text_at(self.xs[j] + self.pad, top + self.pad + k * self.leading, line, BOLD, self.size)
        flow.y += height
        flow.text_lines.append("\t".join(" ".join(c.header.split()) for c in self.columns))

    def _flush(
        self,
        rows: Sequence[TableRow],
        lines: list[list[list[str]]],
        groups: dict[int, list[int]],
        fragments: list[_Fragment],
        table_top: float,
    ) -> None:
        """Draw the fragments that sit on the current page, with their borders."""
        if not fragments:
            return
        flow = self.flow
        merged_text: dict[tuple[int, int], list[str]] = {}  # (fragment, column) -> merged lines drawn in it
        for fragment in fragments:
            for j, colour in rows[fragment.row].fills.items():
                flow.fill_box(self.xs[j], fragment.top, self.columns[j].width, fragment.bottom - fragment.top, colour)
            for j in range(len(self.columns)):
                for k, line in enumerate(lines[fragment.row][j][fragment.first : fragment.last]):
                    flow.text_at(
                        self.xs[j] + self.pad, fragment.top + self.pad + k * self.leading, line, FONT, self.size
                    )
        for j, numbers in groups.items():
            start = 0
            while start < len(fragments):
                end = start
                while end + 1 < len(fragments) and numbers[fragments[end + 1].row] == numbers[fragments[start].row]:
                    end += 1
                self._draw_merged_block(rows, numbers, j, fragments, start, end, merged_text)
                start = end + 1
        self._borders(groups, fragments, table_top)
        for n, fragment in enumerate(fragments):
            cells = []
            for j, column in enumerate(self.columns):
                parts = (
                    merged_text.get((n, j), [])
                    if column.merge
                    else lines[fragment.row][j][fragment.first : fragment.last]
                )
                cells.append(" ".join(" ".join(parts).split()))
            flow.text_lines.append("\t".join(cells))

    def _draw_merged_block(
        self,
        rows: Sequence[TableRow],
        numbers: list[int],
        column: int,
        fragments: list[_Fragment],
        start: int,
        end: int,
        merged_text: dict[tuple[int, int], list[str]],
    ) -> None:
        """Draw a merged cell's text in fragments[start..end]. Text that fits is centred;
        a block that continues on the next page keeps what does not fit for that page."""
        block = fragments[start : end + 1]
        group = numbers[block[0].row]
        carried = self._carry.pop(column, None)
        text_lines = (
            carried[1]
            if carried is not None and carried[0] == group
            else self._cell_lines(rows[block[0].row].cells[column], column)
        )
        last = block[-1]
        continues = last is fragments[-1] and (
            last.last < self._counts[last.row] or (last.row + 1 < len(numbers) and numbers[last.row + 1] == group)
        )
        height = last.bottom - block[0].top
        fit = math.floor((height - 2 * self.pad) / self.leading + 0.01)
        if len(text_lines) <= fit:
            drawn, rest = text_lines, []
            first_top = block[0].top + (height - len(text_lines) * self.leading) / 2
        elif continues:
            drawn, rest = text_lines[:fit], text_lines[fit:]
            first_top = block[0].top + self.pad
        else:
            raise ValueError(f"merged text {text_lines[0]!r}... does not fit its block on page {self.flow.page}")
        if continues:
            self._carry[column] = (group, rest)
        for k, line in enumerate(drawn):
            top = first_top + k * self.leading
            self.flow.text_at(self.xs[column] + self.pad, top, line, FONT, self.size)
            centre = top + self.leading / 2
            owner = next((n for n, f in enumerate(fragments) if f.top <= centre < f.bottom), start)
            merged_text.setdefault((owner, column), []).append(line)

    def _borders(self, groups: dict[int, list[int]], fragments: list[_Fragment], table_top: float) -> None:
        flow = self.flow
        bottom = fragments[-1].bottom
        header_bottom = table_top + self.header_height()
        for x in self.xs:
            flow.rule(x, table_top, x, bottom)
        flow.rule(self.xs[0], table_top, self.xs[-1], table_top)
        flow.rule(self.xs[0], header_bottom, self.xs[-1], header_bottom)
        for n, fragment in enumerate(fragments):
            following = fragments[n + 1] if n + 1 < len(fragments) else None
            for j in range(len(self.columns)):
                numbers = groups.get(j)
                if numbers is not None and following is not None and numbers[following.row] == numbers[fragment.row]:
                    continue  # inside a merged block: no border
                flow.rule(self.xs[j], fragment.bottom, self.xs[j + 1], fragment.bottom)


def draw_title_block(flow: Flow, plan: Plan) -> None:
    flow.paragraph(plan.title, BOLD, 18, space_after=4)
    if plan.subtitle:
        flow.paragraph(plan.subtitle, ITALIC, 11, colour=GREY_TEXT, space_after=10)


def draw_legend_lines(flow: Flow, heading: str, legend: dict[str, str], *, separator: str = " \u2013 ") -> None:
    flow.paragraph(heading, BOLD, 10, space_before=6, space_after=3, keep_with_next=3 * 11, blank_after=False)
    for code, meaning in legend.items():
        flow.paragraph(f"{code}{separator}{meaning}", FONT, 8.5, space_after=1, blank_after=False)


# --- samples 1 and 2: ruled tables ----------------------------------------------------------

CellsOf = Callable[[Section, Item], tuple[str, ...]]
FillsOf = Callable[[Item], dict[int, Colour]]


def build_ruled_plan(
    plan: Plan,
    pdf_path: Path,
    columns: Sequence[Column],
    cells_of: CellsOf,
    *,
    fills_of: FillsOf | None = None,
    headings: bool = True,
    legend_heading: str = "Key",
    legend_separator: str = " \u2013 ",
    notes: Sequence[str] = (),
) -> tuple[list[str], TableStats]:
    """Word-style ruled tables: one per section heading, or one for the whole plan when
    `headings` is False (the plan then names its pillar in a column). Returns the text
    lines of the PDF and what the tables contained."""
    flow = Flow(pdf_path, plan)
    stats = TableStats()
    draw_title_block(flow, plan)
    groups: list[tuple[Section | None, list[Item]]] = []
    for section in plan.sections:
        if headings and groups and groups[-1][0] is not None and groups[-1][0].heading == section.heading:
            groups[-1][1].extend(section.items)
        else:
            groups.append((section if headings else None, list(section.items)))
    if not headings:
        groups = [(None, [item for _, item in plan.items()])]
    section_of = {id(item): section for section, item in plan.items()}
    for heading_section, items in groups:
        table = RuledTable(flow, columns)
        if heading_section is not None:
            intro = heading_section.intro
            keep = (paragraph_height(intro, ITALIC, 8.5) if intro else 0) + table.min_start_height()
            flow.paragraph(heading_section.heading, BOLD, 13, space_before=4, space_after=4, keep_with_next=keep)
            if intro:
                flow.paragraph(intro, ITALIC, 8.5, space_after=6, keep_with_next=table.min_start_height())
        rows = [TableRow(cells_of(section_of[id(item)], item), fills_of(item) if fills_of else {}) for item in items]
        table.draw(rows)
        stats.split_rows += table.stats.split_rows
        stats.merged_groups += table.stats.merged_groups
    for note in notes:
        flow.paragraph(note, FONT, 8.5, space_after=3, blank_after=False)
    draw_legend_lines(flow, legend_heading, plan.legend, separator=legend_separator)
    flow.finish()
    return flow.text_lines, stats


def paragraph_height(text: str, font: str, size: float) -> float:
    return len(wrap(text, font, size, PAGE_W - 2 * MARGIN)) * size * 1.25 + 6


def date_raw(value: When | None) -> str:
    return value.raw if value else ""


EASTMOOR_COLUMNS = (
    Column("Ref", 30),
    Column("Theme", 105, merge=True),
    Column("Action", 250),
    Column("Success measure", 170),
    Column("Lead", 62),
    Column("Start", 76),
    Column("End", 76.89),
)


def eastmoor_cells(section: Section, item: Item) -> tuple[str, ...]:
    return (
        item.ref or "",
        item.theme or "",
        item.text,
        "\n".join(item.measures),
        "/".join(item.owners),
        date_raw(item.start),
        date_raw(item.end),
    )


HARBOURSIDE_COLUMNS = (
    Column("No.", 28),
    Column("Pillar", 62, merge=True),
    Column("Objective", 92, merge=True),
    Column("Planned action", 226),
    Column("KPI", 150),
    Column("Responsibility", 70),
    Column("Target date", 62),
    Column("Progress", 79.89),
)
HARBOURSIDE_RAG: dict[str, Colour] = {
    "red": (0.92, 0.26, 0.21),
    "amber": (1.0, 0.76, 0.03),
    "green": (0.3, 0.69, 0.31),
}
PROGRESS_COLUMN = 7


def bulleted(measures: Sequence[str]) -> str:
    """One measure prints as is; several print as bullet lines."""
    if len(measures) == 1:
        return measures[0]
    return "\n".join(f"\u2022 {m}" for m in measures)


def harbourside_cells(section: Section, item: Item) -> tuple[str, ...]:
    return (
        item.ref or "",
        section.heading,
        item.theme or "",
        item.text,
        bulleted(item.measures),
        "\n".join(item.owners),  # one owner per line
        date_raw(item.end),
        item.status.raw or "" if item.status else "",
    )


def harbourside_fills(item: Item) -> dict[int, Colour]:
    if item.status is None or item.status.rag is None:
        return {}
    return {PROGRESS_COLUMN: HARBOURSIDE_RAG[item.status.rag]}


HARBOURSIDE_NOTES = (
    "Progress key: green - complete or on track; amber - action needed, priority 2; red - delayed or action "
    "needed, priority 1; no colour - not started.",
)


def build_web_cells(plan: Plan, columns: Sequence[Column]) -> str:
    """The Harbourside table as copied from a web page: every cell on a line of its own,
    header cells first. Several owners are joined with commas and several measures stay
    bullets on one line, since a copied cell cannot span lines."""
    out = [plan.institution, plan.title, plan.subtitle.split(" - ", 1)[1] if plan.subtitle else "", ""]
    out.extend(" ".join(c.header.split()) for c in columns)
    for section, item in plan.items():
        measures = item.measures[0] if len(item.measures) == 1 else " ".join(f"\u2022 {m}" for m in item.measures)
        cells = (
            item.ref or "",
            section.heading,
            item.theme or "",
            item.text,
            measures,
            ", ".join(item.owners),
            date_raw(item.end),
            item.status.raw or "" if item.status else "",
        )
        out.extend(" ".join(cell.split()) for cell in cells)
    out.extend(["", "Responsibility key"])
    out.extend(f"{code}: {meaning}" for code, meaning in plan.legend.items())
    return "\n".join(out) + "\n"


# --- sample 3: table aligned by whitespace only ------------------------------------------

KESTREL_COLUMNS = (("Action", 300.0), ("Owner", 80.0), ("Deadline", 80.0), ("Measure of success", 250.0))
KESTREL_GUTTER = 20.0


def build_unruled_table(plan: Plan, pdf_path: Path) -> str:
    """Columns placed by x position only: no borders, no fills. Multi-line cells are
    top-aligned and rows are separated by a little extra space; the header repeats under
    every section heading and at the top of a continuation page. Returns the PDF's
    column-aligned text (as `pdftotext -layout` prints it)."""
    flow = Flow(pdf_path, plan)
    size, leading, row_gap = 9.0, 11.0, 7.0
    xs = [MARGIN]
    for _, width in KESTREL_COLUMNS[:-1]:
        xs.append(xs[-1] + width + KESTREL_GUTTER)

    def header() -> None:
        for x, (label, _) in zip(xs, KESTREL_COLUMNS, strict=True):
            flow.text_at(x, flow.y, label, BOLD, size)
        flow.y += leading + row_gap

    draw_title_block(flow, plan)
    for section in plan.sections:
        flow.paragraph(section.heading, BOLD, 12, space_before=6, space_after=6, keep_with_next=4 * leading)
        header()
        for item in section.items:
            cells = (item.text, ", ".join(item.owners), date_raw(item.end), "\n".join(item.measures))
            lines = [wrap(cell, FONT, size, width) for cell, (_, width) in zip(cells, KESTREL_COLUMNS, strict=True)]
            height = max(len(cell) for cell in lines) * leading
            if flow.y + height > flow.bottom:
                flow.new_page()
                header()
            for x, cell in zip(xs, lines, strict=True):
                for k, line in enumerate(cell):
                    flow.text_at(x, flow.y + k * leading, line, FONT, size)
            flow.y += height + row_gap
    flow.paragraph("Owner key", BOLD, 10, space_before=8, space_after=3, keep_with_next=3 * 11)
    for code, meaning in plan.legend.items():
        flow.paragraph(f"{code}: {meaning}", FONT, 8.5, space_after=1, blank_after=False)
    flow.finish()
    return layout_text(flow.drawn)


# --- samples 4 and 5: Gantt grids -----------------------------------------------------------


@dataclass(frozen=True)
class GanttStyle:
    """How one Gantt plan is laid out: which columns it has and what its fills look like."""

    owner_header: str
    period_labels: tuple[str, ...]  # header text of each period column
    period_months: tuple[str, ...]  # YYYY-MM each period column starts in
    status_header: str
    rag_fills: dict[str, Colour]
    shade: Colour
    section_fill: Colour
    notes_header: str | None = None
    notes_last: bool = False  # notes column after the status column instead of after the owner
    phases: tuple[tuple[str, int], ...] = ()  # header row above the periods: (label, number of columns)
    action_width: float = 250.0
    owner_width: float = 62.0
    notes_width: float = 0.0
    status_width: float = 84.0
    size: float = 7.0


class GanttGrid:
    """An Excel-style grid: thin borders round every cell, active periods shaded, the
    status cell filled with its RAG colour, section rows spanning the whole width. Rows
    never split; the header rows repeat on every page."""

    def __init__(self, flow: Flow, style: GanttStyle) -> None:
        self.flow = flow
        self.style = style
        self.pad = 2.5
        self.leading = style.size * 1.22
        fixed = style.action_width + style.owner_width + style.notes_width + style.status_width
        self.period_width = (flow.width - fixed) / len(style.period_months)
        widths = [style.action_width, style.owner_width]
        if style.notes_header and not style.notes_last:
            widths.append(style.notes_width)
        self.first_period = len(widths)
        widths.extend([self.period_width] * len(style.period_months))
        self.status_column = len(widths)
        widths.append(style.status_width)
        self.notes_column: int | None = None
        if style.notes_header:
            self.notes_column = len(widths) if style.notes_last else 2
            if style.notes_last:
                widths.append(style.notes_width)
        self.xs = [MARGIN]
        for width in widths:
            self.xs.append(self.xs[-1] + width)
        self.line_colour: Colour = (0.55, 0.55, 0.55)

    def _lines(self, text: str, column: int, font: str = FONT) -> list[str]:
        return wrap(text, font, self.style.size, self.xs[column + 1] - self.xs[column] - 2 * self.pad)

    def _box(self, x0: float, top: float, x1: float, bottom: float) -> None:
        for a, b, c, d in ((x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)):
            self.flow.rule(a, b, c, d, width=0.4, colour=self.line_colour)

    def _cell_text(self, column: int, top: float, lines: list[str], font: str = FONT, centre: bool = False) -> None:
        for k, line in enumerate(lines):
            x = self.xs[column] + self.pad
            if centre:
                width = self.xs[column + 1] - self.xs[column]
                x = self.xs[column] + (width - self.flow.canvas.stringWidth(line, font, self.style.size)) / 2
            self.flow.text_at(x, top + self.pad + k * self.leading, line, font, self.style.size)

    def header(self) -> None:
        style, flow = self.style, self.flow
        fixed = [("Action", 0), (style.owner_header, 1), (style.status_header, self.status_column)]
        if style.notes_header and self.notes_column is not None:
            fixed.append((style.notes_header, self.notes_column))
        fixed.sort(key=lambda pair: pair[1])
        period_lines = [self._lines(label, self.first_period + i, BOLD) for i, label in enumerate(style.period_labels)]
        row_h = max(len(lines) for lines in period_lines) * self.leading + 2 * self.pad
        phase_h = self.leading + 2 * self.pad if style.phases else 0.0
        top = flow.y
        flow.fill_box(self.xs[0], top, self.xs[-1] - self.xs[0], phase_h + row_h, (0.85, 0.85, 0.85))
        for label, column in fixed:  # these cells span both header rows
            self._cell_text(column, top, self._lines(label, column, BOLD), BOLD)
            self._box(self.xs[column], top, self.xs[column + 1], top + phase_h + row_h)
        column = self.first_period
        for label, span in style.phases:
            self._cell_text(column, top, [label], BOLD)
            self._box(self.xs[column], top, self.xs[column + span], top + phase_h)
            column += span
        for i, lines in enumerate(period_lines):
            column = self.first_period + i
            self._cell_text(column, top + phase_h, lines, BOLD, centre=True)
            self._box(self.xs[column], top + phase_h, self.xs[column + 1], top + phase_h + row_h)
        flow.y += phase_h + row_h
        if style.phases:  # the phase labels print on a line of their own, over their first period
            cells = [""] * (len(self.xs) - 1)
            column = self.first_period
            for label, span in style.phases:
                cells[column] = label
                column += span
            flow.text_lines.append("\t".join(cells).rstrip("\t"))
        cells = [""] * (len(self.xs) - 1)
        for label, column in fixed:
            cells[column] = label
        for i, label in enumerate(style.period_labels):
            cells[self.first_period + i] = label
        flow.text_lines.append("\t".join(cells))

    def section_row(self, heading: str) -> None:
        height = self.leading + 2 * self.pad
        self._ensure(height * 2)
        top = self.flow.y
        self.flow.fill_box(self.xs[0], top, self.xs[-1] - self.xs[0], height, self.style.section_fill)
        self._cell_text(0, top, [heading], BOLD)
        self._box(self.xs[0], top, self.xs[-1], top + height)
        self.flow.y += height
        self.flow.text_lines.append(heading)

    def action_row(self, item: Item) -> None:
        style = self.style
        cells: dict[int, list[str]] = {0: self._lines(item.text, 0), 1: self._lines("/".join(item.owners), 1)}
        if self.notes_column is not None:
            cells[self.notes_column] = self._lines(item.notes or "", self.notes_column)
        if item.status is not None and item.status.raw:
            cells[self.status_column] = self._lines(item.status.raw, self.status_column)
        height = max(len(lines) for lines in cells.values()) * self.leading + 2 * self.pad
        self._ensure(height)
        top = self.flow.y
        unknown = sorted(set(item.timeline) - set(style.period_months))
        if unknown:
            raise ValueError(f"timeline months {unknown} have no column")
        for i, month in enumerate(style.period_months):
            if month in item.timeline:
                column = self.first_period + i
                self.flow.fill_box(self.xs[column], top, self.xs[column + 1] - self.xs[column], height, style.shade)
        if item.status is not None and item.status.rag is not None:
            x0, x1 = self.xs[self.status_column], self.xs[self.status_column + 1]
            self.flow.fill_box(x0, top, x1 - x0, height, style.rag_fills[item.status.rag])
        for column, lines in cells.items():
            self._cell_text(column, top, lines)
        for column in range(len(self.xs) - 1):
            self._box(self.xs[column], top, self.xs[column + 1], top + height)
        self.flow.y += height
        # in text a shaded cell or a colour-only status is an empty cell
        text = [" ".join(" ".join(cells.get(column, [])).split()) for column in range(len(self.xs) - 1)]
        self.flow.text_lines.append("\t".join(text))

    def _ensure(self, height: float) -> None:
        if self.flow.y + height > self.flow.bottom:
            self.flow.text_lines.append("")
            self.flow.new_page()
            self.header()


def draw_gantt_key(flow: Flow, plan: Plan, style: GanttStyle, rag_meanings: Sequence[tuple[str, str]]) -> None:
    """The legend block under a Gantt: owner codes, then a swatch for each RAG colour."""
    flow.paragraph("Key", BOLD, 10, space_before=10, space_after=3, keep_with_next=4 * 11, blank_after=False)
    for code, meaning in plan.legend.items():
        flow.paragraph(f"{code} = {meaning}", FONT, 8, space_after=1, blank_after=False)
    flow.y += 6
    swatches = [(style.rag_fills[rag], meaning) for rag, meaning in rag_meanings]
    swatches.append((style.shade, "Period in which the action is active"))
    for colour, meaning in swatches:
        if flow.y + 12 > flow.bottom:
            flow.new_page()
        flow.fill_box(MARGIN, flow.y, 18, 9, colour)
        flow.text_at(MARGIN + 24, flow.y + 1, meaning, FONT, 8)
        flow.text_lines.append(meaning)
        flow.y += 12


def build_gantt(plan: Plan, pdf_path: Path, style: GanttStyle, rag_meanings: Sequence[tuple[str, str]]) -> str:
    """Draw the Gantt PDF; returns its text rendition (cells joined by tabs, one line per
    grid row, the header again after a page break, shaded cells empty)."""
    flow = Flow(pdf_path, plan, page_numbers=False)
    flow.paragraph(plan.title, BOLD, 12, space_after=2 if plan.subtitle else 8)
    if plan.subtitle:
        flow.paragraph(plan.subtitle, FONT, 10, colour=GREY_TEXT, space_after=8)
    grid = GanttGrid(flow, style)
    grid.header()
    for section in plan.sections:
        grid.section_row(section.heading)
        for item in section.items:
            grid.action_row(item)
    draw_gantt_key(flow, plan, style, rag_meanings)
    flow.finish()
    return "\n".join(flow.text_lines).rstrip("\n") + "\n"


def academic_quarter_label(month: str) -> str:
    """'2023-04' -> 'Q1 2023/24': quarters of a year that starts in April."""
    year, number = (int(p) for p in month.split("-"))
    quarter = {4: 1, 7: 2, 10: 3, 1: 4}[number]
    first_year = year if number >= 4 else year - 1
    return f"Q{quarter} {first_year}/{(first_year + 1) % 100:02d}"


NORTHFELL_STYLE = GanttStyle(
    owner_header="Lead",
    period_labels=tuple(academic_quarter_label(m) for m in sample_plans.NORTHFELL_QUARTERS),
    period_months=sample_plans.NORTHFELL_QUARTERS,
    status_header="Status (RAG)",
    rag_fills={"red": (1.0, 0.0, 0.0), "amber": (1.0, 0.75, 0.0), "green": (0.57, 0.82, 0.31)},
    shade=(0.36, 0.61, 0.84),
    section_fill=(0.87, 0.87, 0.87),
)
NORTHFELL_RAG_KEY = (
    ("red", "Red: delayed, or action needed with priority 1"),
    ("amber", "Amber: action needed, priority 2"),
    ("green", "Green: complete or on track"),
)

THORNLEIGH_STYLE = GanttStyle(
    owner_header="Owner",
    notes_header="Before 2024",
    notes_width=96.0,
    action_width=180.0,
    status_width=70.0,
    phases=(("Year 1", 4), ("Year 2", 4)),
    period_labels=tuple(f"01/{m[5:7]}/{m[:4]}" for m in sample_plans.THORNLEIGH_QUARTERS),
    period_months=sample_plans.THORNLEIGH_QUARTERS,
    status_header="Status",
    rag_fills={"red": (0.86, 0.2, 0.18), "amber": (0.98, 0.65, 0.15), "green": (0.0, 0.69, 0.31)},
    shade=(0.62, 0.62, 0.62),
    section_fill=(0.87, 0.92, 0.97),
    size=7.5,
)
THORNLEIGH_RAG_KEY = (
    ("red", "Delayed or urgent action needed"),
    ("amber", "Some action needed"),
    ("green", "On track or complete"),
)


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_range_label(month: str) -> str:
    """'2024-04' -> 'Apr-Jun 2024': the three months of a quarter and its calendar year."""
    year, number = (int(p) for p in month.split("-"))
    return f"{MONTHS[number - 1]}-{MONTHS[number + 1]} {year}"


RAVENSWORTH_STYLE = GanttStyle(
    owner_header="Owner",
    period_labels=tuple(month_range_label(m) for m in sample_plans.RAVENSWORTH_QUARTERS),
    period_months=sample_plans.RAVENSWORTH_QUARTERS,
    status_header="RAG",
    rag_fills={"red": (0.9, 0.22, 0.21), "amber": (1.0, 0.8, 0.0), "green": (0.44, 0.68, 0.28)},
    shade=(0.53, 0.75, 0.6),
    section_fill=(0.93, 0.93, 0.88),
    notes_header="Comments",
    notes_last=True,
    notes_width=110.0,
    action_width=180.0,
    owner_width=46.0,
    status_width=30.0,
)
RAVENSWORTH_RAG_KEY = (
    ("red", "Off track"),
    ("amber", "At risk"),
    ("green", "On track or done"),
)


# --- sample 8: Markdown headings and bullets --------------------------------------------------


def build_bullets(plan: Plan) -> str:
    """Markdown: a heading per pillar, one bullet per action with labelled sub-bullets.
    Long action text continues on an indented line, as editors wrap it."""
    out = [f"# {plan.title}", ""]
    if plan.subtitle:
        out.extend([plan.subtitle, ""])
    for section in plan.sections:
        out.extend([f"## {section.heading}", ""])
        for item in section.items:
            line = f"- **{item.ref}**" if item.ref else "-"
            for word in item.text.split():
                if len(line) + 1 + len(word) > 100:
                    out.append(line)
                    line = "  " + word
                else:
                    line = f"{line} {word}"
            out.append(line)
            if item.owners:
                out.append(f"  - Owner: {', '.join(item.owners)}")
            if len(item.measures) == 1:
                out.append(f"  - Measure: {item.measures[0]}")
            elif item.measures:
                out.append("  - Measures:")
                out.extend(f"    - {m}" for m in item.measures)
            if item.start:
                out.append(f"  - Start: {item.start.raw}")
            if item.end:
                out.append(f"  - By: {item.end.raw}")
            if item.status and item.status.raw:
                out.append(f"  - Status: {item.status.raw}")
        out.append("")
    out.extend(["## Owner key", ""])
    out.extend(f"- {code}: {meaning}" for code, meaning in plan.legend.items())
    return "\n".join(out) + "\n"


BULLET_SIZE = 10.0
BULLET_LEADING = 13.0


class BulletList:
    """A word-processor bulleted list on a portrait page: a bullet per action with its
    bold ref leading the text, wrapped lines hanging under the text, and labelled
    sub-bullets (label in bold) indented one step further; nested bullets one more."""

    STEP = 16.0  # indent of each list level

    def __init__(self, flow: Flow) -> None:
        self.flow = flow

    def item(self, level: int, marker: str, lead: str, text: str, lead_font: str = BOLD) -> None:
        """One bullet: `lead` (a ref or a label, may be empty) in `lead_font`, then `text`."""
        flow = self.flow
        x_marker = MARGIN + level * self.STEP
        x_text = x_marker + self.STEP * 0.75
        width = flow.width - (x_text - MARGIN)
        # the text starts at a tab stop after the lead, as a word processor sets it
        lead_width = flow.canvas.stringWidth(lead, lead_font, BULLET_SIZE) + BULLET_SIZE * 0.6 if lead else 0.0
        lines = _hanging_wrap(text, width - lead_width, width)
        if flow.y + len(lines) * BULLET_LEADING > flow.bottom:
            flow.new_page()
        flow.text_at(x_marker, flow.y, marker, FONT, BULLET_SIZE)
        if lead:
            flow.text_at(x_text, flow.y, lead, lead_font, BULLET_SIZE)
        for k, line in enumerate(lines):
            if line:
                flow.text_at(x_text + (lead_width if k == 0 else 0.0), flow.y, line, FONT, BULLET_SIZE)
            flow.y += BULLET_LEADING

    def heading(self, text: str, size: float = 14.0) -> None:
        self.flow.paragraph(text, BOLD, size, space_before=8, space_after=4, keep_with_next=3 * BULLET_LEADING)


def _hanging_wrap(text: str, first_width: float, width: float) -> list[str]:
    """Lines of `text`: the first `first_width` wide (after a lead), the rest `width`."""
    if not text:
        return [""]
    first = simpleSplit(text, FONT, BULLET_SIZE, first_width)
    head = first[0] if first else ""
    rest = text[len(head) :].strip()
    return [head, *(simpleSplit(rest, FONT, BULLET_SIZE, width) if rest else [])]


def build_bullets_pdf(plan: Plan, pdf_path: Path) -> None:
    """The Markdown plan as a word processor prints it: a bigger bold heading per pillar,
    a bullet per action, labelled sub-bullets for owner, measures, dates and status."""
    flow = Flow(pdf_path, plan, pagesize=A4)
    flow.paragraph(plan.title, BOLD, 16, space_after=4)
    if plan.subtitle:
        flow.paragraph(plan.subtitle, ITALIC, 10, colour=GREY_TEXT, space_after=6)
    bullets = BulletList(flow)
    for section in plan.sections:
        bullets.heading(section.heading)
        for item in section.items:
            bullets.item(0, "\u2022", item.ref or "", " ".join(item.text.split()))
            if item.owners:
                bullets.item(1, "\u2013", "Owner:", ", ".join(item.owners))
            if len(item.measures) == 1:
                bullets.item(1, "\u2013", "Measure:", item.measures[0])
            elif item.measures:
                bullets.item(1, "\u2013", "Measures:", "")
                for measure in item.measures:
                    bullets.item(2, "\u2022", "", measure)
            if item.start:
                bullets.item(1, "\u2013", "Start:", item.start.raw)
            if item.end:
                bullets.item(1, "\u2013", "By:", item.end.raw)
            if item.status and item.status.raw:
                bullets.item(1, "\u2013", "Status:", item.status.raw)
            flow.y += 3
    bullets.heading("Owner key", 12.0)
    for code, meaning in plan.legend.items():
        bullets.item(0, "\u2022", f"{code}:", meaning, FONT)
    flow.finish()


# --- driver ------------------------------------------------------------------------------


def write_text(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8"))


def build_all(out: Path) -> list[Path]:
    """Build every sample and gold file into `out`; returns the files written, sorted."""
    out.mkdir(parents=True, exist_ok=True)
    gold_dir = out / "gold"
    gold_dir.mkdir(exist_ok=True)
    written: list[Path] = []

    def emit(name: str, plan: Plan, *, with_visuals: bool) -> None:
        gold = gold_dir / f"{name}.gold.json"
        write_text(gold, gold_json(plan, with_visuals=with_visuals))
        written.extend([out / name, gold])

    text_lines, stats = build_ruled_plan(
        sample_plans.EASTMOOR, out / "ruled_table.pdf", EASTMOOR_COLUMNS, eastmoor_cells, legend_heading="Key to leads"
    )
    if stats.split_rows < 1 or stats.merged_groups < 3:
        raise RuntimeError(f"ruled_table.pdf lost an edge case it is meant to show: {stats}")
    emit("ruled_table.pdf", sample_plans.EASTMOOR, with_visuals=True)
    write_text(out / "plain_text_tabs.txt", "\n".join(text_lines).rstrip("\n") + "\n")
    emit("plain_text_tabs.txt", sample_plans.EASTMOOR, with_visuals=False)

    harbourside = sample_plans.HARBOURSIDE
    _, stats = build_ruled_plan(
        harbourside,
        out / "ruled_table_status.pdf",
        HARBOURSIDE_COLUMNS,
        harbourside_cells,
        fills_of=harbourside_fills,
        headings=False,
        legend_heading="Responsibility key",
        legend_separator=" = ",
        notes=HARBOURSIDE_NOTES,
    )
    if stats.merged_groups < 5:
        raise RuntimeError(f"ruled_table_status.pdf lost its merged cells: {stats}")
    emit("ruled_table_status.pdf", harbourside, with_visuals=True)
    write_text(out / "web_cells.txt", build_web_cells(harbourside, HARBOURSIDE_COLUMNS))
    emit("web_cells.txt", harbourside, with_visuals=False)

    layout = build_unruled_table(sample_plans.KESTREL, out / "unruled_table.pdf")
    emit("unruled_table.pdf", sample_plans.KESTREL, with_visuals=True)
    write_text(out / "unruled_table.txt", layout)
    emit("unruled_table.txt", sample_plans.KESTREL, with_visuals=False)

    text = build_gantt(sample_plans.NORTHFELL, out / "gantt_grid.pdf", NORTHFELL_STYLE, NORTHFELL_RAG_KEY)
    emit("gantt_grid.pdf", sample_plans.NORTHFELL, with_visuals=True)
    write_text(out / "gantt_grid.txt", text)
    emit("gantt_grid.txt", sample_plans.NORTHFELL, with_visuals=False)

    text = build_gantt(sample_plans.THORNLEIGH, out / "gantt_dates.pdf", THORNLEIGH_STYLE, THORNLEIGH_RAG_KEY)
    emit("gantt_dates.pdf", sample_plans.THORNLEIGH, with_visuals=True)
    write_text(out / "gantt_dates.txt", text)
    emit("gantt_dates.txt", sample_plans.THORNLEIGH, with_visuals=False)

    text = build_gantt(sample_plans.RAVENSWORTH, out / "gantt_months.pdf", RAVENSWORTH_STYLE, RAVENSWORTH_RAG_KEY)
    emit("gantt_months.pdf", sample_plans.RAVENSWORTH, with_visuals=True)
    write_text(out / "gantt_months.txt", text)
    emit("gantt_months.txt", sample_plans.RAVENSWORTH, with_visuals=False)

    write_text(out / "bullets.md", build_bullets(sample_plans.SALTMERE))
    emit("bullets.md", sample_plans.SALTMERE, with_visuals=False)
    build_bullets_pdf(sample_plans.SALTMERE, out / "bullets.pdf")
    emit("bullets.pdf", sample_plans.SALTMERE, with_visuals=True)

    # Word, Excel and web-page renditions (see build_documents.py): fills survive in Word and
    # Excel, so their gold is the PDF's; the web page shows no colours, so its gold is the text's.
    (out / "ruled_table_status.docx").write_bytes(build_documents.build_docx(harbourside, HARBOURSIDE_NOTES))
    emit("ruled_table_status.docx", harbourside, with_visuals=True)
    northfell_xlsx = build_documents.build_xlsx(
        sample_plans.NORTHFELL, sample_plans.NORTHFELL_QUARTERS, NORTHFELL_RAG_KEY
    )
    (out / "gantt_grid.xlsx").write_bytes(northfell_xlsx)
    emit("gantt_grid.xlsx", sample_plans.NORTHFELL, with_visuals=True)
    write_text(out / "bullets.html", build_documents.build_html(sample_plans.SALTMERE))
    emit("bullets.html", sample_plans.SALTMERE, with_visuals=False)
    return sorted(written)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to build into (default: samples/)")
    args = parser.parse_args(argv)
    for path in build_all(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
