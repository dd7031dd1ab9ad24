"""Table rows a page flattened into lines of cells joined by ``|``, with no header row.

Such rows do not keep their columns: a pillar cell printed once over a group of rows
(a merged cell) appears only on the group's first row, so the cells of every other row
shift left. The rows are therefore rebuilt from what each cell holds, not from its
position:

- a cell that is a pillar's name ("VISIBILITY") is the pillar, and the section, of its
  row and of the rows after it up to the next such cell;
- a cell that is a short number ("3.", "2.1") is the row's ref, without list punctuation;
- a cell that reads as a date, an owner code or a status word is that field
  (`text_guess`'s tests of a cell);
- the longest remaining cell is the action; of the other text cells (`place_short_cells`),
  a short one before it is the row's theme, a short title-case one after it the owner
  (a unit or role with no code: "Digital Services"), any other text is notes.

A row whose action is a single word (a row cut off where the page stopped) is no
action. A run needs `LayoutTolerances.joined_rows_min` such lines, and enough of them holding a
field of a row (`holds_row_fields`). Pipe tables with a header row are read by
`text_tables`; these rows are read only where no table header was found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractor.layouts.text_guess import STATUS_CELL, is_date_cell, is_owner_cell
from extractor.layouts.text_prose import Rejected, is_social_line
from extractor.layouts.text_status import is_rag_status
from extractor.layouts.text_tables import REF_LIKE
from extractor.normalise.pillars import names_pillar
from extractor.rows import ColumnRole, RawRow, header_role
from extractor.settings import DEFAULT_TOLERANCES, LayoutTolerances
from extractor.sources import SourceLine
from schemas.plan import Provenance

_CELL_SPLIT = re.compile(r"\s*\|\s*")
_SEPARATOR_LINE = re.compile(r"^[|:\-\s]+$")
_MIN_ACTION_WORDS = 2


def pipe_cells(text: str) -> list[str] | None:
    """The filled cells of a line of ``|``-joined cells, or None for a line without one
    (a line needs a ``|`` between two cells or closing it: "1. | Text |").

    >>> pipe_cells("VISIBILITY | 1. | Run a forum | |"), pipe_cells("| 2. | Hold a day |")
    (['VISIBILITY', '1.', 'Run a forum'], ['2.', 'Hold a day'])
    """
    stripped = text.strip()
    if "|" not in stripped or _SEPARATOR_LINE.match(stripped):
        return None
    cells = _CELL_SPLIT.split(stripped.strip("|").strip()) if stripped.startswith("|") else _CELL_SPLIT.split(stripped)
    filled = [c for c in cells if c]
    if len(cells) < 2 or not filled:
        return None
    return filled


def cut_row_cells(text: str) -> list[str] | None:
    """The cells of a table row opening with a bar that the page's end cut off before its next
    bar ("| Train a second person to run the cryost"), as a stored copy of a page often ends:
    the words it kept, one cell; None for a line that is no such row.

    >>> cut_row_cells("| Train a second person to run the cryost"), cut_row_cells("Home | News")
    (['Train a second person to run the cryost'], None)
    """
    stripped = text.strip()
    if not stripped.startswith("|") or "|" in stripped[1:] or not stripped[-1:].isalpha():
        return None
    return [stripped[1:].strip()]


def cell_role(cell: str) -> ColumnRole | None:
    """What a cell holds, judged from the cell alone; None for prose."""
    if names_pillar(cell):
        return ColumnRole.PILLAR
    if REF_LIKE.match(cell) and len(cell) <= 8:
        return ColumnRole.REF
    if STATUS_CELL.match(cell) or is_rag_status(cell):
        return ColumnRole.STATUS
    if is_date_cell(cell):
        return ColumnRole.END
    if is_owner_cell(cell) and len(cell.split()) <= 4:
        return ColumnRole.OWNER
    return None


def pipe_rows(
    lines: Sequence[SourceLine], rejected: Rejected, tol: LayoutTolerances = DEFAULT_TOLERANCES
) -> tuple[list[RawRow], set[int]]:
    """Rows of every run of `LayoutTolerances.joined_rows_min` or more ``|``-joined lines that
    holds a table's fields (`holds_row_fields`), and the line numbers they used (for the other
    readers to leave alone)."""
    runs: list[list[tuple[SourceLine, list[str]]]] = [[]]
    markdown: set[int] = set()  # runs under a "| --- |" line: a Markdown table with its header (a legend)
    last = next((line.number for line in reversed(lines) if line.text.strip()), None)
    for line in lines:
        cells = pipe_cells(line.text)
        if cells is None and line.number == last:
            cells = cut_row_cells(line.text)
        if cells is None:
            if _SEPARATOR_LINE.match(line.text.strip()) and "-" in line.text:
                markdown.add(len(runs))
            if line.text.strip() and runs[-1]:
                runs.append([])
            continue
        runs[-1].append((line, cells))
    rows: list[RawRow] = []
    used: set[int] = set()
    for number, run in enumerate(runs):
        if (at := next((i for i, (_, cells) in enumerate(run) if names_its_columns(cells)), 0)) > 0:
            above, run = run[:at], run[at:]  # a title or breadcrumb with bars over the table's header
            rejected.extend(("above_header", line.text.strip(), Provenance(line=line.number)) for line, _ in above)
        if len(run) < tol.joined_rows_min or number in markdown:
            continue
        if not holds_row_fields([cells for _, cells in run], tol.pipe_field_row_share):
            rejected.extend(("navigation_line", line.text.strip(), Provenance(line=line.number)) for line, _ in run)
            continue
        pillar: str | None = None
        for line, cells in run:
            used.add(line.number)
            if names_its_columns(cells) or is_social_line(line.text):  # the header row; "Follow us: X | Y"
                rejected.append(("not_a_row", line.text.strip(), Provenance(line=line.number)))
                continue
            row, pillar = _row_from_cells(cells, pillar, line.number)
            action = row.cells.get(ColumnRole.ACTION, "")
            if len(action.split()) < _MIN_ACTION_WORDS:
                rejected.append(("too_short", " | ".join(cells), row.provenance))
                continue
            rows.append(row)
    return rows, used


_MAX_HEADER_CELL_WORDS = 3  # "Lead", "By when", "Action owner": a column's name is a word or two


def names_its_columns(cells: Sequence[str]) -> bool:
    """Whether a line of ``|``-joined cells is a table's header row: every cell a column's short
    name (`header_role`), an action column among them ("Pillar | No. | Action | Lead | By"). A
    reader takes the table to start there, so a line with bars above it (the page's title,
    "University | Action plan | 2024 - 2027", or a breadcrumb) is no row of it.

    >>> names_its_columns(["Ref", "Action", "Lead", "By when"]), names_its_columns(["Run a fair", "HR", "2026"])
    (True, False)
    """
    short = all(len(cell.split()) <= _MAX_HEADER_CELL_WORDS for cell in cells)
    roles = [header_role(cell) for cell in cells]
    return len(cells) >= 2 and short and None not in roles and ColumnRole.ACTION in roles


def holds_row_fields(run: Sequence[Sequence[str]], share: float) -> bool:
    """Whether lines of ``|``-joined cells are a table's rows: at least `share` of them hold a
    field a plan's row carries beside its action (a ref, an owner, a date, a status). A menu, a
    breadcrumb or a title written with bars ("Home | Research | Staff") names pages only.

    >>> holds_row_fields([["Home", "Research", "Staff"], ["About us", "Contact"]], 0.5)
    False
    >>> holds_row_fields([["2", "Run a tour of the labs", "Q3 2025"], ["Print a guide", "HR Team"]], 0.5)
    True
    """
    with_fields = sum(1 for cells in run if any(cell_role(c) not in (None, ColumnRole.PILLAR) for c in cells))
    return with_fields >= share * len(run)


def _row_from_cells(cells: list[str], pillar: str | None, number: int) -> tuple[RawRow, str | None]:
    """One row from its cells by what they hold, and the pillar in force after it."""
    found: dict[ColumnRole, str] = {}
    prose: list[str] = []
    for cell in cells:
        role = cell_role(cell)
        if role is ColumnRole.STATUS and role in found and ColumnRole.END not in found and is_date_cell(found[role]):
            found[ColumnRole.END] = found.pop(role)  # "Ongoing" then "Green - on track": a timescale, then the status
        if role is None or role in found:
            prose.append(cell)
        elif role is ColumnRole.PILLAR:
            pillar = cell
        elif role is ColumnRole.REF:
            found[role] = cell.rstrip(".):")
        else:
            found[role] = cell
    if prose:
        found.update(place_short_cells(prose, owner_found=ColumnRole.OWNER in found))
    if pillar is not None:
        found[ColumnRole.PILLAR] = pillar
    return RawRow(cells=found, provenance=Provenance(line=number), section=pillar), pillar


_MAX_THEME_WORDS = 4
_MAX_OWNER_WORDS = 6


def place_short_cells(prose: list[str], *, owner_found: bool = False) -> dict[ColumnRole, str]:
    """The text cells of a row, in their order, placed by where they stand: the longest is
    the action; a short cell before it (at most `_MAX_THEME_WORDS` words, starting with a
    capital) names its theme, as a table reads Theme then Action; a short title-case cell
    after it names who leads (when no owner cell was recognised by its code), as a table
    reads Action then Owner; anything else is notes.

    >>> place_short_cells(["Events", "Hold a lab open day for schools", "Outreach Office"])[ColumnRole.THEME]
    'Events'
    >>> place_short_cells(["Hold a lab open day for schools", "Visitor Services"])[ColumnRole.OWNER]
    'Visitor Services'
    """
    found: dict[ColumnRole, str] = {}
    at = max(range(len(prose)), key=lambda i: len(prose[i]))
    found[ColumnRole.ACTION] = prose[at]
    notes: list[str] = []
    for index, cell in enumerate(prose):
        words = cell.split()
        if index == at:
            continue
        if index < at and ColumnRole.THEME not in found and len(words) <= _MAX_THEME_WORDS and cell[:1].isupper():
            found[ColumnRole.THEME] = cell
        elif (
            index > at
            and not owner_found
            and ColumnRole.OWNER not in found
            and len([w for w in words if w.lower() not in _OWNER_JOINERS]) <= _MAX_OWNER_WORDS
            and all(w.lstrip("(")[:1].isupper() or w.lower() in _OWNER_JOINERS for w in words)
        ):
            found[ColumnRole.OWNER] = cell
        else:
            notes.append(cell)
    if notes:
        found[ColumnRole.NOTES] = "\n".join(notes)
    return found


_OWNER_JOINERS = frozenset({"of", "and", "&", "for", "the", "/", ","})
