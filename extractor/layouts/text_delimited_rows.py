"""Table rows a page printed as lines of cells joined by semicolons, with no header row.

Some pages print each row of a plan's table on one line and separate its cells with
``;`` ("Induction \u2013 Give every starter a buddy; Lab Managers; Q3 2024; Complete"). A
reader recognises such a table because several lines of the page split into the same
number of cells, and the cells after the first read as a table's fields (an owner, a
date, a status), not as the clauses of a sentence. Headings between the rows (pillars)
do not break the table: each row takes the heading above it as its section, as the
other readers' rows do.

The cells are then read by what they hold, as ``|``-joined rows are (`text_pipe_rows`);
an action cell written "Theme \u2013 Verb ..." gives its theme (`split_theme_prefix`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from extractor.layouts.text_lists import LABEL_LINE, label_role
from extractor.layouts.text_pipe_rows import _row_from_cells, cell_role
from extractor.layouts.text_prose import THEMED_SHARE, Rejected, split_theme_prefix
from extractor.rows import ColumnRole, RawRow
from extractor.settings import DEFAULT_TOLERANCES, LayoutTolerances
from extractor.sources import SourceLine

_CELL_SPLIT = re.compile(r"\s*;\s*")
_MIN_ACTION_WORDS = 3


def labels_its_fields(cells: Sequence[str]) -> bool:
    """Whether a line's parts each open with a field's label ("Lead: Estates ; When: May 2026 ;
    Status: started"): a line of the fields of the item above it, as a page sets under each
    item, not a table row with an action in its first cell.

    >>> labels_its_fields(["Lead: Estates", "When: May 2026", "Status: started"])
    True
    >>> labels_its_fields(["Run a skills fair", "Careers Team", "2025/26"])
    False
    """
    for cell in cells:
        label = LABEL_LINE.match(cell.strip())
        if label is None or label_role(label.group(1), strict=True) in (None, ColumnRole.ACTION):
            return False
    return True


def semicolon_cells(text: str, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> list[str] | None:
    """The cells of a line written as ``;``-separated table cells, or None for any other
    line: a row needs `LayoutTolerances.semicolon_min_cells` filled cells, and at least
    `semicolon_field_share` of those after the first must read as a field of a table (a date, a status, an owner code)
    rather than as a clause.

    >>> semicolon_cells("Run a skills fair for apprentices; Careers Team; 2025/26; In progress")
    ['Run a skills fair for apprentices', 'Careers Team', '2025/26', 'In progress']
    >>> semicolon_cells("We met twice; the group agreed a plan; it was approved.") is None
    True
    """
    stripped = " ".join(text.split()).rstrip(";")
    if stripped.count(";") < tol.semicolon_min_cells - 1 or "|" in stripped:
        return None
    cells = [cell for cell in _CELL_SPLIT.split(stripped) if cell]
    if len(cells) < tol.semicolon_min_cells or labels_its_fields(cells):
        return None
    fields = sum(1 for cell in cells[1:] if cell_role(cell) is not None)
    if fields < tol.semicolon_field_share * (len(cells) - 1):
        return None
    return cells


def semicolon_rows(
    lines: Sequence[SourceLine], rejected: Rejected, tol: LayoutTolerances = DEFAULT_TOLERANCES
) -> tuple[list[RawRow], set[int]]:
    """Rows of the page's ``;``-separated table: the lines of `semicolon_cells` that share
    the page's most common number of cells, when there are `LayoutTolerances.joined_rows_min`
    of them; and the line numbers they used (for the other readers to leave alone)."""
    found = [(line, cells) for line in lines if (cells := semicolon_cells(line.text, tol)) is not None]
    if len(found) < tol.joined_rows_min:
        return [], set()
    width, count = Counter(len(cells) for _, cells in found).most_common(1)[0]
    if count < tol.joined_rows_min:
        return [], set()
    rows: list[RawRow] = []
    used: set[int] = set()
    for line, cells in found:
        if len(cells) != width:
            continue
        used.add(line.number)
        row, _ = _row_from_cells(cells, None, line.number)
        row = with_theme_lead(row)
        if len(row.cells.get(ColumnRole.ACTION, "").split()) < _MIN_ACTION_WORDS:
            rejected.append(("too_short", "; ".join(cells), row.provenance))
            continue
        rows.append(row)
    return rows, used


def table_theme_leads(rows: list[RawRow]) -> list[RawRow]:
    """A table's rows with their themes read from the action cells, when the table has no
    theme column and `THEMED_SHARE` of its action cells open with a theme ("Induction \u2013
    Give every starter a buddy"): the page wrote its theme and action in one column. Other
    tables' rows as they are.

    >>> from schemas.plan import Provenance
    >>> rows = [RawRow(cells={ColumnRole.ACTION: text}, provenance=Provenance(line=1))
    ...         for text in ("Events \u2013 Run a lab open day", "Awards \u2013 Give a prize", "Run a fair")]
    >>> [row.cells.get(ColumnRole.THEME) for row in table_theme_leads(rows)]
    ['Events', 'Awards', None]
    """
    if not rows or any(ColumnRole.THEME in row.cells for row in rows):
        return rows
    if sum(1 for row in rows if ColumnRole.THEME in with_theme_lead(row).cells) < THEMED_SHARE * len(rows):
        return rows
    return [with_theme_lead(row, siblings_themed=True) for row in rows]


def with_theme_lead(row: RawRow, *, siblings_themed: bool = False) -> RawRow:
    """A row whose action cell opens with its theme ("Induction \u2013 Give every starter a
    buddy"), with the theme in its own cell and the action the rest; other rows as they are.
    With `siblings_themed` (the row's table is written that way), any verb will do.

    >>> from schemas.plan import Provenance
    >>> with_theme_lead(RawRow(cells={ColumnRole.ACTION: "Events \u2013 Hold a lab open day"},
    ...                        provenance=Provenance(line=1))).cells[ColumnRole.THEME]
    'Events'
    """
    action = row.cells.get(ColumnRole.ACTION, "")
    split = split_theme_prefix(action, siblings_themed=siblings_themed) if ColumnRole.THEME not in row.cells else None
    if split is None:
        return row
    cells = dict(row.cells)
    cells[ColumnRole.THEME], cells[ColumnRole.ACTION] = split
    return replace(row, cells=cells)
