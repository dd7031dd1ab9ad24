"""The document model every reader produces: blocks in reading order, no plan knowledge.

A reader (`extractor/readers/<format>.py`) turns a file into a `Document`: headings
with their level, paragraphs, list items with depth and marker, and tables whose
cells carry their span, fill colour, weight and text colour. Every block says where
it came from (`Provenance`: PDF page and box, text line, sheet and cell, or an
element path), so the interpreter can hand that on to each action.

Views derived from the blocks (all lines of text, the tables alone, ...) are cached
on the `Document` itself, never in a module-level cache, so two documents read in
one process can never see each other's data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from schemas.plan import Provenance


@dataclass(frozen=True)
class Heading:
    """A heading; level 1 is the outermost (h1, Word 'Heading 1', a Markdown '#')."""

    text: str
    level: int
    provenance: Provenance


@dataclass(frozen=True)
class Paragraph:
    text: str
    provenance: Provenance
    bold: bool = False  # the whole paragraph is bold: often a heading in all but name


@dataclass(frozen=True)
class ListItem:
    """One bullet or numbered item; depth 0 is the outermost list."""

    text: str
    provenance: Provenance
    depth: int = 0
    marker: str = ""  # the bullet or number as shown ("•", "1.", "a)"); "" when unknown
    ordered: bool = False


@dataclass(frozen=True)
class TableCell:
    """One cell of a table grid, at its top-left grid position.

    A cell spanning several rows or columns appears once, at (row, col), with its
    spans; `Table.grid()` repeats it over every position it covers.
    """

    row: int
    col: int
    text: str
    provenance: Provenance
    row_span: int = 1
    col_span: int = 1
    fill: str | None = None  # background colour as "#rrggbb", None when unfilled or white
    bold: bool = False
    color: str | None = None  # text colour as "#rrggbb", None when black or unset
    # The colour of a mark the text opens with ("●" in green before "On track"), when set and not black:
    # a status written as a coloured dot keeps its rating although most of the text is black.
    mark_color: str | None = None
    header: bool = False  # marked as a header cell by the source (<th>, a repeated Word header row)
    # The typed value behind `text` when the text is only a rendering of it: a spreadsheet date's ISO form
    # ('2025-03-12') while `text` says 'Mar 2025' or '12 Mar 2025'. None for text typed as text.
    value: str | None = None


@dataclass(frozen=True)
class Table:
    cells: tuple[TableCell, ...]
    provenance: Provenance
    caption: str | None = None
    n_rows: int = 0
    n_cols: int = 0
    # Where each grid row lies, when the reader measured it (a PDF row's band across the table, with its page);
    # () when the source has no such place (a Word or spreadsheet row is found by its cells).
    row_places: tuple[Provenance, ...] = ()

    def grid(self) -> list[list[TableCell | None]]:
        """The table as a full grid: a spanned cell repeats over every position it covers."""
        grid: list[list[TableCell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, min(cell.row + cell.row_span, self.n_rows)):
                for c in range(cell.col, min(cell.col + cell.col_span, self.n_cols)):
                    grid[r][c] = cell
        return grid


Block = Heading | Paragraph | ListItem | Table


@dataclass
class Document:
    """What a reader returns: the file's blocks in reading order, and where it came from."""

    path: str  # as given by the caller
    format: str  # "pdf", "text", "html", "docx", "xlsx"
    sha256: str
    blocks: list[Block]
    title: str | None = None  # a title the file itself declares (<title>, core properties), if any
    pages: int | None = None
    lines: int | None = None
    notes: list[str] = field(default_factory=list)  # non-fatal remarks from the reader; become plan warnings

    @cached_property
    def tables(self) -> list[Table]:
        return [block for block in self.blocks if isinstance(block, Table)]

    @cached_property
    def headings(self) -> list[Heading]:
        return [block for block in self.blocks if isinstance(block, Heading)]

    @cached_property
    def text_lines(self) -> list[str]:
        """Every block's text, one entry per paragraph, item, heading or table row."""
        lines: list[str] = []
        for block in self.blocks:
            if isinstance(block, Table):
                for row in block.grid():
                    seen: list[str] = []
                    for cell in row:
                        if cell is not None and cell.text and (not seen or seen[-1] != cell.text):
                            seen.append(cell.text)
                    if seen:
                        lines.append("\t".join(seen))
            elif block.text:
                lines.append(block.text)
        return lines
