"""Small builders for hand-made `Document`s in the interpreter's tests."""

from __future__ import annotations

from collections.abc import Sequence

from extractor.document import Block, Document, Table, TableCell
from schemas.plan import Provenance

SHA = "0" * 64


def column_letter(k: int) -> str:
    return chr(ord("A") + k)


def cell(
    row: int,
    col: int,
    text: str,
    *,
    rows: int = 1,
    cols: int = 1,
    fill: str | None = None,
    bold: bool = False,
    color: str | None = None,
    sheet: str | None = "Plan",
) -> TableCell:
    where = Provenance(sheet=sheet, cell=f"{column_letter(col)}{row + 1}")
    return TableCell(
        row=row, col=col, text=text, provenance=where, row_span=rows, col_span=cols, fill=fill, bold=bold, color=color
    )


def table(rows: Sequence[Sequence[str]], extra: Sequence[TableCell] = (), caption: str | None = None) -> Table:
    """A table from rows of texts ("" for no cell), plus cells given whole (spans, fills);
    a cell given whole replaces the text at its position."""
    given = {(c.row, c.col) for c in extra}
    cells = [
        cell(r, k, text) for r, texts in enumerate(rows) for k, text in enumerate(texts) if text and (r, k) not in given
    ]
    n_cols = max(len(r) for r in rows)
    return Table(
        cells=tuple(sorted([*cells, *extra], key=lambda c: (c.row, c.col))),
        provenance=Provenance(element="body/table[1]"),
        caption=caption,
        n_rows=len(rows),
        n_cols=n_cols,
    )


def document(*blocks: Block, fmt: str = "xlsx", title: str | None = None) -> Document:
    return Document(path=f"plan.{fmt}", format=fmt, sha256=SHA, blocks=list(blocks), title=title)


def where(element: str) -> Provenance:
    return Provenance(element=element)
