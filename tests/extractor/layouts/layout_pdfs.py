"""A tiny PDF table drawer for the layout tests: ruled, unruled and Gantt tables,
merged cells, fills and page breaks, written with reportlab."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

Colour = tuple[float, ...]  # grey (1 value), RGB (3) or CMYK (4)
RED: Colour = (1.0, 0.0, 0.0)
AMBER: Colour = (1.0, 0.75, 0.0)
GREEN: Colour = (0.57, 0.82, 0.31)
BLUE: Colour = (0.36, 0.61, 0.84)
GREY: Colour = (0.85, 0.85, 0.85)


@dataclass
class Cell:
    """A table cell: text, optional fill, bold text, and how many rows/columns it spans."""

    text: str = ""
    fill: Colour | None = None
    bold: bool = False
    rowspan: int = 1
    colspan: int = 1


CellSpec = Cell | str | None  # None: covered by a merged cell


@dataclass
class Drawer:
    """Top-left coordinates like pdfplumber; `table()` flows onto new pages."""

    path: Path
    size: float = 8.0
    margin: float = 36.0
    page_size: tuple[float, float] = field(default_factory=lambda: landscape(A4))
    y: float = 36.0

    def __post_init__(self) -> None:
        self.canvas = canvas.Canvas(str(self.path), pagesize=self.page_size, invariant=1)
        self.canvas.setTitle("Test plan")
        self.width, self.height = self.page_size
        self.y = self.margin

    def text(self, x: float, top: float, text: str, size: float | None = None, bold: bool = False) -> None:
        size = size or self.size
        self.canvas.setFillColorRGB(0, 0, 0)
        self.canvas.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.canvas.drawString(x, self.height - top - size * 0.8, text)

    def heading(self, text: str, size: float = 13.0) -> None:
        self.text(self.margin, self.y, text, size=size, bold=True)
        self.y += size * 1.6

    def paragraph(self, text: str) -> None:
        for line in simpleSplit(text, "Helvetica", self.size, self.width - 2 * self.margin):
            self.text(self.margin, self.y, line)
            self.y += self.size * 1.25
        self.y += 6

    def fill(self, x0: float, top: float, x1: float, bottom: float, colour: Colour) -> None:
        if len(colour) == 4:
            self.canvas.setFillColorCMYK(*colour)
        elif len(colour) == 1:
            self.canvas.setFillGray(colour[0])
        else:
            self.canvas.setFillColorRGB(*colour)
        self.canvas.rect(x0, self.height - bottom, x1 - x0, bottom - top, stroke=0, fill=1)

    def dot(self, x: float, top: float, radius: float, colour: Colour) -> None:
        self.canvas.setFillColorRGB(*colour[:3])
        self.canvas.circle(x, self.height - top, radius, stroke=0, fill=1)

    def bar(self, x0: float, x1: float, top: float, width: float, colour: Colour) -> None:
        """A Gantt bar drawn as a thick stroke instead of a filled box."""
        self.canvas.setStrokeColorRGB(*colour[:3])
        self.canvas.setLineWidth(width)
        self.canvas.line(x0, self.height - top, x1, self.height - top)

    def rule(self, x0: float, top: float, x1: float, bottom: float) -> None:
        self.canvas.setStrokeColorRGB(0, 0, 0)
        self.canvas.setLineWidth(0.5)
        self.canvas.line(x0, self.height - top, x1, self.height - bottom)

    def new_page(self) -> None:
        self.canvas.showPage()
        self.y = self.margin

    def table(
        self,
        widths: Sequence[float],
        header: Sequence[Sequence[CellSpec]],
        rows: Sequence[Sequence[CellSpec]],
        *,
        ruled: bool = True,
        repeat_header: bool = True,
        padding: float = 3.0,
        row_gap: float = 0.0,
        split_rows: bool = False,
        hrules: bool = False,
        frame: bool = False,
    ) -> None:
        """Draw header + rows (`hrules`: rules between rows, no cell borders; `frame`: a ruled
        header and column lines, but no rules between body rows). A row that does not
        fit goes to the next page (or, with `split_rows`, is cut at the page bottom and goes on at
        the top of the next one)."""
        self._rows(widths, header, padding, ruled or frame, 0.0)
        body_top = self.y
        queue = [list(r) for r in rows]
        index = 0
        while index < len(queue):
            row = queue[index]
            height = self._height(widths, [row], padding)
            room = self.height - self.margin - self.y
            fresh = self.y <= self.margin + self._height(widths, header, padding) + 1
            if height <= room or (fresh and not split_rows):
                if hrules:
                    self.rule(self.margin, self.y, self.margin + sum(widths), self.y)
                self._rows(widths, [row], padding, ruled, row_gap, merged_rows=queue[index:])
                index += 1
                continue
            if split_rows:
                keep = int((room - 2 * padding) // (self.size * 1.2))
                if keep >= 1:
                    first, rest = self._split(widths, row, keep)
                    self._rows(widths, [first], padding, ruled, row_gap)
                    queue[index] = rest
            self.new_page()
            if repeat_header:
                self._rows(widths, header, padding, ruled, 0.0)
        if frame:
            x = self.margin
            for width in [0.0, *widths]:
                x += width
                self.rule(x, body_top, x, self.y)
            self.rule(self.margin, self.y, self.margin + sum(widths), self.y)
        self.y += 10

    def _split(self, widths: Sequence[float], row: Sequence[CellSpec], keep: int) -> tuple[list[Cell], list[Cell]]:
        first, rest = [], []
        for spec, width in zip(row, widths, strict=True):
            cell = _cell(spec)
            lines = simpleSplit(cell.text, self._font(cell), self.size, width - 6) if cell.text else []
            first.append(Cell(" ".join(lines[:keep]), cell.fill, cell.bold))
            rest.append(Cell(" ".join(lines[keep:]), cell.fill, cell.bold))
        return first, rest

    def _font(self, cell: Cell) -> str:
        return "Helvetica-Bold" if cell.bold else "Helvetica"

    def _height(self, widths: Sequence[float], rows: Sequence[Sequence[CellSpec]], padding: float) -> float:
        total = 0.0
        for row in rows:
            lines = 1
            x_index = 0
            for spec in row:
                cell = _cell(spec)
                width = sum(widths[x_index : x_index + cell.colspan])
                if cell.rowspan == 1 and cell.text:
                    lines = max(lines, len(simpleSplit(cell.text, self._font(cell), self.size, width - 2 * padding)))
                x_index += cell.colspan if spec is not None else 1
            total += lines * self.size * 1.2 + 2 * padding
        return total

    def _rows(
        self,
        widths: Sequence[float],
        rows: Sequence[Sequence[CellSpec]],
        padding: float,
        ruled: bool,
        row_gap: float,
        *,
        merged_rows: Sequence[Sequence[CellSpec]] = (),
    ) -> None:
        for position, row in enumerate(rows):
            following = merged_rows or rows[position:]
            height = self._height(widths, [row], padding)
            column = 0
            for spec in row:
                if column >= len(widths):
                    break
                x = self.margin + sum(widths[:column])
                if spec is None:
                    column += 1
                    continue
                cell = _cell(spec)
                span_w = sum(widths[column : column + cell.colspan])
                span_h = height
                if cell.rowspan > 1:
                    span_h = sum(self._height(widths, [r], padding) + row_gap for r in following[: cell.rowspan])
                    span_h -= row_gap
                if cell.fill:
                    self.fill(x, self.y, x + span_w, self.y + span_h, cell.fill)
                lines = simpleSplit(cell.text, self._font(cell), self.size, span_w - 2 * padding) if cell.text else []
                offset = padding
                if cell.rowspan > 1:  # merged text is centred, as word processors do
                    offset = (span_h - len(lines) * self.size * 1.2) / 2
                for k, line in enumerate(lines):
                    self.text(x + padding, self.y + offset + k * self.size * 1.2, line, bold=cell.bold)
                if ruled:
                    self.rule(x, self.y, x + span_w, self.y)
                    self.rule(x, self.y + span_h, x + span_w, self.y + span_h)
                    self.rule(x, self.y, x, self.y + span_h)
                    self.rule(x + span_w, self.y, x + span_w, self.y + span_h)
                column += cell.colspan
            self.y += height + row_gap

    def save(self) -> Path:
        self.canvas.save()
        return self.path


def _cell(spec: CellSpec) -> Cell:
    if spec is None:
        return Cell()
    return spec if isinstance(spec, Cell) else Cell(spec)
