"""Tables in text: rows of tab-separated cells, Markdown pipe tables, space-aligned columns.

`lines_to_table_rows` walks the lines once and keeps what it needs to place each
row: the column roles from the last header row (plus Gantt period columns from
a second header row of dates), the section in force and whether a break (a
repeated header, a new section) sits before the row. `table_rows_to_raw_rows`
then joins rows split across a page break, rebuilds merged Theme cells and
turns every row into a `RawRow`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from extractor.headings import heading_text, is_text_heading
from extractor.layouts.periods import best_period, parse_period_label
from extractor.layouts.text_common import clean_cell, repeated_lines
from extractor.layouts.text_themes import Break, Piece, rebuild_merged_cells, ref_major
from extractor.normalise.pillars import classify_pillar, names_pillar
from extractor.rows import ColumnRole, RawRow, header_role, is_header_row, map_header_to_roles
from extractor.sources import SourceLine
from schemas.plan import Provenance

logger = logging.getLogger(__name__)

Warning_ = tuple[str, str, Provenance | None]

SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
REF_LIKE = re.compile(r"^(ref\.?\s*)?[A-Za-z]{0,3}\d{1,3}([.\-]\d{1,3}){0,3}[a-z]?[.):]?$", re.I)
_SPACE_SPLIT = re.compile(r"\s{2,}|\t")
_SPACE_RUN = re.compile(r"[ \t]*\t[ \t]*| {2,}")
_PIPE_SPLIT = re.compile(r"(?<!\\)\|")
_WHOLLY_BOLD = re.compile(r"^(\*\*|__)(?=\S)[^*_]{1,120}(?<=\S)\1$")
# Roles whose cells are merged vertically in published tables and so come out in pieces.
MERGED_ROLES = (ColumnRole.THEME, ColumnRole.PILLAR, ColumnRole.SECTION)
_MAX_HEADER_CONTINUATIONS = 3
cached_role = lru_cache(maxsize=4096)(header_role)


@dataclass(eq=False)
class Columns:
    """What each column of one table holds."""

    roles: dict[int, ColumnRole]
    periods: dict[int, str]  # column -> YYYY-MM of a Gantt period column
    width: int
    mode: str  # "tab", "pipe", "space" or "lines"
    line: int  # the header's first line

    @cached_property
    def _index(self) -> dict[ColumnRole, int]:
        return {role: k for k, role in sorted(self.roles.items(), reverse=True)}

    def index_of(self, role: ColumnRole) -> int | None:
        return self._index.get(role)


@dataclass
class TableRow:
    cells: list[str]
    first: int
    last: int
    section: str | None
    brk: Break
    columns: Columns


@dataclass
class TableScan:
    rows: list[TableRow] = field(default_factory=list)
    headerless: list[tuple[list[str], int]] = field(default_factory=list)  # (cells, line) before any header
    warnings: list[Warning_] = field(default_factory=list)


def split_pipe(text: str) -> list[str]:
    """Cells of a Markdown pipe-table line; an escaped '\\|' stays in its cell."""
    inner = text.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [cell.replace("\\|", "|") for cell in _PIPE_SPLIT.split(inner)]


def split_table_line(text: str, mode: str | None) -> tuple[list[str], str] | None:
    """Cells and the separator kind, or None for a line that is not a table row.

    Space-aligned tables ("space:N") are found by a header whose cells are
    separated by runs of two or more spaces; N, the shortest run in that header,
    is the width of one separator, so a longer run in a row (leading runs too)
    marks empty cells: tabs replaced by N spaces keep their columns. A line
    with no such run is not a row.
    """
    if mode is not None and mode.startswith("space:"):
        cells = _split_runs(text.rstrip(), int(mode[6:]))
        return (cells, mode) if len(cells) > 1 else None
    if "\t" in text:
        return text.split("\t"), "tab"
    stripped = text.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return split_pipe(stripped), "pipe"
    if "  " not in stripped:
        return None
    parts = _SPACE_SPLIT.split(stripped)
    if len(parts) >= 3 and looks_like_header(parts):
        unit = min((len(run) for run in _SPACE_RUN.findall(stripped) if "\t" not in run), default=2)
        return _split_runs(text.rstrip(), unit), f"space:{unit}"
    return None


def _split_runs(text: str, unit: int) -> list[str]:
    """Cells of a space-aligned row: a run of k x `unit` spaces (or k tabs) is k separators."""
    cells: list[str] = []
    position = 0
    for run in _SPACE_RUN.finditer(text):
        cells.append(text[position : run.start()])
        spaces = len(run.group().replace("\t", ""))
        separators = run.group().count("\t") + max(0 if "\t" in run.group() else 1, int(spaces / unit + 0.34))
        cells.extend([""] * max(0, separators - 1))
        position = run.end()
    cells.append(text[position:])
    return cells


def looks_like_header(cells: Sequence[str]) -> bool:
    """A header row: short cells, most of them naming a column role or a period, no ref values."""
    filled = [c for c in cells if c]
    if not filled or any(len(c) > 60 or len(c.split()) > 8 or REF_LIKE.match(c) for c in filled):
        return False
    if not is_header_row(list(cells)):
        return False
    named = sum(1 for c in filled if cached_role(c) is not None or parse_period_label(c) is not None)
    return named >= 0.5 * len(filled)


def is_header_continuation(cells: Sequence[str], roles: dict[int, ColumnRole]) -> bool:
    """A second header row: only period dates, or short words under an empty Action column."""
    filled = [(k, c) for k, c in enumerate(cells) if c]
    if not filled:
        return False
    if all(_is_period_text(c) for _, c in filled):
        return True
    action = next((k for k, r in roles.items() if r is ColumnRole.ACTION), None)
    if action is not None and action < len(cells) and cells[action]:
        return False
    if len(filled) == 1 and classify_pillar(filled[0][1]) is not None:
        return False  # "Visibility" alone under the header opens the first section
    return all(len(c) <= 25 and len(c.split()) <= 3 and not REF_LIKE.match(c) for _, c in filled)


def _is_period_text(text: str) -> bool:
    return cached_role(text) is None and parse_period_label(text) is not None


def header_rows_to_columns(header_rows: list[list[str]], mode: str, line: int) -> Columns:
    """Roles and Gantt periods of a header printed on one or more rows.

    A period label over several columns ("Phase 1 - 2022/23", "2023/24") is
    printed in its first column only; it is carried right over the empty cells
    beside it, so "2023/24" above "Q1 .. Q4" reads as four quarters (the period
    conventions are those of `extractor.layouts.periods`).
    """
    width = max(len(r) for r in header_rows)
    grid = [[row[k] if k < len(row) else "" for k in range(width)] for row in header_rows]
    carried = [list(row) for row in grid[:-1]]
    for row in carried:
        for k in range(1, width):
            if not row[k] and row[k - 1] and _is_period_text(row[k - 1]):
                row[k] = row[k - 1]
    texts: list[str] = []
    periods: dict[int, str] = {}
    for k in range(width):
        own = [row[k] for row in grid if row[k]]
        texts.append(" ".join(t for t in own if not _is_period_text(t)))
        if texts[k] or not any(_is_period_text(t) for t in own):
            continue
        label = best_period([row[k] for row in carried if row[k]] + [grid[-1][k]] if grid[-1][k] else own)
        if label is not None and label.month is not None:
            periods[k] = label.month
    roles = {k: r for k, r in map_header_to_roles(texts).items() if k not in periods}
    return Columns(roles=roles, periods=periods, width=width, mode=mode, line=line)


def _is_section_cell(index: int, text: str, columns: Columns, furniture: frozenset[str]) -> bool:
    """A row whose only text sits in the first (or Action) column and reads as a heading.

    Inside a table a heading may name a year and run to 15 words, but it is no
    sentence: it has no closing full stop and starts with a capital or a number.
    """
    role = columns.roles.get(index)
    first_column = index == 0 or index == min(columns.roles, default=0)
    if first_column and columns.mode == "pipe" and _WHOLLY_BOLD.match(text.strip()):
        return True  # "| **Visibility** | | |": a bold section row, even over a Theme column
    if not (first_column or role is ColumnRole.ACTION) or role is ColumnRole.THEME:
        return False
    folded = " ".join(text.split())
    if " ".join(folded.split()) in furniture or len(folded) > 120 or len(folded.split()) > 15:
        return False
    return not folded.endswith((".", ";", ",")) and (folded[:1].isupper() or folded[:1].isdigit())


def lines_to_table_rows(lines: Sequence[SourceLine], furniture: frozenset[str] = frozenset()) -> TableScan:
    """Every table row with its columns, section and the break before it.

    A heading line sets the section for the rows after it, unless it is printed
    more than once (a line printed on several pages is a running header or
    footer, not a section).
    """
    scan = TableScan()
    columns: Columns | None = None
    section: str | None = None
    brk = Break.NONE
    twice = repeated_lines(lines, minimum=2)
    pending: str | None = None  # a heading line, until we see what follows it
    pending_repeated = False
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        text = line.text.replace("\r", "")
        if not text.strip() or (SEPARATOR_ROW.match(text) and "-" in text):
            continue
        split = split_table_line(text, columns.mode if columns else None)
        if split is None:
            if is_text_heading(text, furniture):
                pending, pending_repeated = heading_text(text), " ".join(text.split()) in twice
            elif columns is None and is_text_heading(text, furniture, allow_title=True):
                section = pending = None  # a title line: what came before it was part of the title block
            continue
        cells = [clean_cell(c) for c in split[0]]
        if looks_like_header(cells):
            header_rows = [cells]
            while len(header_rows) <= _MAX_HEADER_CONTINUATIONS:
                ahead = index
                while ahead < len(lines) and not lines[ahead].text.strip():
                    ahead += 1
                nxt = split_table_line(lines[ahead].text, split[1]) if ahead < len(lines) else None
                probe = header_rows_to_columns(header_rows, split[1], line.number)
                if nxt is None or not is_header_continuation([clean_cell(c) for c in nxt[0]], probe.roles):
                    break
                header_rows.append([clean_cell(c) for c in nxt[0]])
                index = ahead + 1
            new = header_rows_to_columns(header_rows, split[1], line.number)
            same = columns is not None and columns.roles == new.roles and columns.periods == new.periods
            brk = max(brk, Break.SOFT if same else Break.HARD)
            if pending is not None:
                if not pending_repeated:
                    section, brk = pending, Break.HARD
                pending = None
            columns = new
            continue
        filled = [(k, c) for k, c in enumerate(cells) if c]
        if not filled:
            continue
        if columns is None:
            scan.headerless.append((cells, line.number))
            continue
        if pending is not None:
            if not pending_repeated:
                section, brk = pending, Break.HARD
            pending = None
        if len(filled) == 1 and _is_section_cell(filled[0][0], filled[0][1], columns, furniture):
            section, brk = heading_text(filled[0][1]), Break.HARD
            continue
        cells = unshift_merged_lead(cells, columns)
        scan.rows.append(TableRow(cells, line.number, line.number, section, brk, columns))
        brk = Break.NONE
    return scan


_REF_CELL = re.compile(r"^[A-Za-z]{0,3}\.?\d{1,3}(?:[.\-]\d{1,3}){0,3}[a-z]?[.):]?$")


def unshift_merged_lead(cells: list[str], columns: Columns) -> list[str]:
    """A row's cells back under their header when a page dropped the merged first cell
    (a pillar printed once over its group) and the rest moved one column left: the first
    column is a merged one, the second the ref, and the row opens with a ref and ends with
    an empty cell (or stops short of the header's width, cut off). Any other row as it is.

    >>> cols = Columns(roles={0: ColumnRole.PILLAR, 1: ColumnRole.REF, 2: ColumnRole.ACTION}, periods={}, width=3,
    ...     mode="pipe", line=1)
    >>> unshift_merged_lead(["V.2", "Run a showcase", ""], cols), unshift_merged_lead(["Vis", "V.1", "Run"], cols)
    (['', 'V.2', 'Run a showcase'], ['Vis', 'V.1', 'Run'])
    >>> unshift_merged_lead(["V.3", "Run a sho"], cols)
    ['', 'V.3', 'Run a sho']
    """
    if (
        len(cells) < 2
        or (cells[-1].strip() and len(cells) >= columns.width)  # full, or cut off where the page stopped
        or columns.roles.get(0) not in MERGED_ROLES
        or columns.roles.get(1) is not ColumnRole.REF
        or not _REF_CELL.match(cells[0].strip())
    ):
        return cells
    return ["", *(cells if cells[-1].strip() else cells[:-1])]


def _cell(row: TableRow, role: ColumnRole) -> str:
    k = row.columns.index_of(role)
    return row.cells[k] if k is not None and k < len(row.cells) else ""


def join_split_rows(rows: list[TableRow]) -> list[TableRow]:
    """Join a row cut in two by a page break to the row above.

    The second part has no ref (in a table whose rows mostly carry one) or, in a
    table without refs, neither owner nor status; and its Action cell is empty or
    starts in lowercase, or, with refs, it holds nothing but text (no owner, date or
    status): a wrapped line that starts with a name ("Executive.").
    """
    with_ref = sum(1 for r in rows if _cell(r, ColumnRole.REF))
    # out of the rows that hold more than wrapped text (wrapped lines are rows here too)
    whole = sum(1 for r in rows if _cell(r, ColumnRole.REF) or any(_cell(r, role) for role in _ROW_OWN_ROLES))
    numbered = with_ref >= 2 and with_ref >= 0.5 * whole
    joined: list[TableRow] = []
    for row in rows:
        action = _cell(row, ColumnRole.ACTION)
        previous = joined[-1] if joined else None
        if previous is None or previous.columns.roles != row.columns.roles or row.brk is Break.HARD:
            joined.append(row)
            continue
        if row.columns.index_of(ColumnRole.REF) is not None and numbered:
            incomplete = not _cell(row, ColumnRole.REF)
        else:
            incomplete = not _cell(row, ColumnRole.OWNER) and not _cell(row, ColumnRole.STATUS)
        # with refs on most rows, a line with no ref and nothing but wrapped text (no owner,
        # date or status) goes on from the row above, even when it starts with a capital
        text_only = all(not _cell(row, role) for role in _ROW_OWN_ROLES)
        if incomplete and (not action or action[:1].islower() or (numbered and text_only)):
            width = max(len(previous.cells), len(row.cells))
            cells = ["\n".join(c for c in (_at(previous.cells, k), _at(row.cells, k)) if c) for k in range(width)]
            joined[-1] = TableRow(cells, previous.first, row.last, previous.section, previous.brk, previous.columns)
            continue
        joined.append(row)
    return joined


_ROW_OWN_ROLES = (ColumnRole.OWNER, ColumnRole.START, ColumnRole.END, ColumnRole.STATUS)


def _at(cells: list[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def row_height(row: TableRow) -> float:
    """Rough printed height of a row: its longest cell wraps at about 60 characters a line."""
    return max(1.0, max((len(c) for c in row.cells), default=0) / 60)


def rebuild_merged_columns(rows: list[TableRow], *, merged_at_top: bool = False) -> list[dict[ColumnRole, str]]:
    """Full merged-cell text (Theme, Pillar, Section columns) for every row. `merged_at_top`:
    each merged cell's text is in its top row (a spreadsheet's), so it fills down; so it is in
    a pipe table's rows, which a page or converter writes from its table, not its print."""
    result: list[dict[ColumnRole, str]] = [{} for _ in rows]
    for role in MERGED_ROLES:
        run: list[int] = []
        for position in range(len(rows) + 1):
            has_role = position < len(rows) and rows[position].columns.index_of(role) is not None
            if has_role:
                run.append(position)
                continue
            if run:
                pieces = [
                    Piece(
                        text=" ".join(_cell(rows[p], role).split()),
                        major=ref_major(_cell(rows[p], ColumnRole.REF)),
                        brk=rows[p].brk if k else Break.HARD,
                        height=row_height(rows[p]),
                    )
                    for k, p in enumerate(run)
                ]
                is_name = names_pillar if role is ColumnRole.PILLAR else None
                # a pipe row is a web page's or a converter's table row: a row-spanning cell's text is in its top row
                top = merged_at_top or rows[run[0]].columns.mode == "pipe"
                for p, text in zip(run, rebuild_merged_cells(pieces, is_name, top_aligned=top), strict=True):
                    if text:
                        result[p][role] = text
                run = []
    return result


def table_rows_to_raw_rows(rows: list[TableRow], *, merged_at_top: bool = False) -> list[RawRow]:
    """RawRows in reading order: mapped cells, merged cells rebuilt, period marks as timeline."""
    rows = join_split_rows(rows)
    merged = rebuild_merged_columns(rows, merged_at_top=merged_at_top)
    raw_rows: list[RawRow] = []
    for row, merged_cells in zip(rows, merged, strict=True):
        cells: dict[ColumnRole, str] = {}
        unmapped: list[str] = []
        timeline: list[str] = []
        for k, text in enumerate(row.cells):
            role = row.columns.roles.get(k)
            if role in MERGED_ROLES:
                continue
            if not text:
                continue
            if role is not None:
                cells[role] = text
            elif k in row.columns.periods:
                timeline.append(row.columns.periods[k])
            else:
                unmapped.append(text)
        cells.update(merged_cells)
        raw_rows.append(
            RawRow(
                cells=cells,
                provenance=Provenance(line=row.first, end_line=row.last),
                section=row.section,
                timeline=tuple(timeline),
                unmapped=tuple(unmapped),
            )
        )
    return raw_rows
