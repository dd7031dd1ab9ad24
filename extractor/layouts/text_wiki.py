"""Tables in a wiki's source markup, as a staff wiki's "view source" page hands them back.

A MediaWiki table opens with ``{|`` and closes with ``|}``; ``|-`` starts a row, ``!`` header
cells (``! Pillar !! Action``) and ``|`` data cells (``| V1 || Run a tour``), several on a line
after ``!!`` or ``||``, or one a line. A cell may carry attributes before a single bar
(``rowspan="3" | Visibility``); a cell spanning rows is printed only in the first of them, so
the rows below it have a cell fewer and their cells sit one place to the left. A reader sees
the table the markup draws: `wiki_table_lines` writes each row as one tab-separated line, the
spanning cell's value repeated in the rows it spans, for the table reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from extractor.sources import SourceLine

_TABLE_OPEN = re.compile(r"^\s*\{\|")
_TABLE_CLOSE = re.compile(r"^\s*\|\}")
_ROW_BREAK = re.compile(r"^\s*\|-")
_CAPTION = re.compile(r"^\s*\|\+")
_SPAN = re.compile(r"\browspan\s*=\s*[\"']?(?P<rows>\d{1,3})", re.I)
_ATTRIBUTES = re.compile(r"^\s*(?:[a-z-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|\S+)\s*)+$", re.I)
_MAX_SPAN = 200


@dataclass
class _Row:
    first: int
    cells: list[tuple[str, int]] = field(default_factory=list)  # (value, rows it spans)


def wiki_cell(text: str) -> tuple[str, int]:
    """(value, rows spanned) of one cell's markup: attributes before a single bar are not part
    of the value ("rowspan=\"2\" | Recognition" spans two rows), a link's brackets go.

    >>> wiki_cell('rowspan="2" | Recognition'), wiki_cell(" Run a tour "), wiki_cell("[[Estates|Estates team]]")
    (('Recognition', 2), ('Run a tour', 1), ('Estates team', 1))
    """
    rows = 1
    if "|" in text and "[[" not in text.split("|", 1)[0]:
        head, rest = text.split("|", 1)
        if _ATTRIBUTES.match(head):
            span = _SPAN.search(head)
            rows = min(int(span.group("rows")), _MAX_SPAN) if span else 1
            text = rest
    text = re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", text)
    return " ".join(text.split()), max(rows, 1)


def _split_cells(text: str, mark: str) -> list[str]:
    """The cells of one line of markup opening with `mark` ("!" or "|"), split at the doubled
    mark ("!!", "||"), keeping a link's "[[a|b]]" whole."""
    body = text.strip()[1:]
    parts = re.split(r"\|\||!!" if mark == "!" else r"\|\|", re.sub(r"\[\[[^\]]*\]\]", _shield, body))
    return [part.replace("\x00", "|") for part in parts]


def _shield(match: re.Match[str]) -> str:
    return match.group(0).replace("|", "\x00")


def spread_spans(rows: Sequence[_Row]) -> list[list[str]]:
    """Each row's values in their columns, a cell spanning rows repeated in each row it spans,
    so the cells printed after it in those rows take their own columns again.

    >>> rows = [_Row(1, [("Visibility", 2), ("V1", 1)]), _Row(2, [("V2", 1)]), _Row(3, [("Recognition", 1), ("R1", 1)])]
    >>> spread_spans(rows)
    [['Visibility', 'V1'], ['Visibility', 'V2'], ['Recognition', 'R1']]
    """
    carried: dict[int, tuple[str, int]] = {}  # column -> (value, rows still to fill)
    out: list[list[str]] = []
    for row in rows:
        values: list[str] = []
        own = list(row.cells)
        column = 0
        while own or any(col >= column for col in carried):
            if column in carried:
                value, left = carried[column]
                values.append(value)
                if left <= 1:
                    del carried[column]
                else:
                    carried[column] = (value, left - 1)
            elif own:
                value, span = own.pop(0)
                values.append(value)
                if span > 1:
                    carried[column] = (value, span - 1)
            else:
                values.append("")
            column += 1
        out.append(values)
    return out


def wiki_table_lines(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The page's lines with each wiki table (see the module docstring) written as one
    tab-separated line a row, numbered by the row's first line, the markup's other lines
    blank; None when the page holds no wiki table.

    >>> page = [SourceLine(n, t) for n, t in enumerate(['{| class="wikitable"', "! Pillar !! Ref !! Action",
    ...     "|-", '| rowspan="2" | Visibility || V1 || Run a tour', "|-", "| V2 || Hold a fair", "|}"], start=1)]
    >>> [line.text for line in wiki_table_lines(page) if line.text]
    ['Pillar\\tRef\\tAction', 'Visibility\\tV1\\tRun a tour', 'Visibility\\tV2\\tHold a fair']
    """
    if not any(_TABLE_OPEN.match(line.text) for line in lines):
        return None
    out: list[SourceLine] = []
    rows: list[_Row] = []
    at: dict[int, int] = {}  # row's first line -> index in `out` of the line it is written on
    current: _Row | None = None

    def end_row() -> None:
        nonlocal current
        if current is not None and current.cells:
            rows.append(current)
        current = None

    def flush() -> None:
        end_row()
        for row, values in zip(rows, spread_spans(rows), strict=True):
            out[at[row.first]] = SourceLine(number=row.first, text="\t".join(values))
        rows.clear()
        at.clear()

    inside = False
    for line in lines:
        text = line.text
        if not inside:
            inside = bool(_TABLE_OPEN.match(text))
            out.append(SourceLine(number=line.number, text="") if inside else line)
            continue
        out.append(SourceLine(number=line.number, text=""))
        stripped = text.strip()
        if _TABLE_CLOSE.match(text):
            flush()
            inside = False
        elif _ROW_BREAK.match(text):
            end_row()
        elif _CAPTION.match(text) or not stripped:
            continue
        elif stripped[0] in "!|":
            if current is None:
                current = _Row(first=line.number)
                at[line.number] = len(out) - 1
            current.cells.extend(wiki_cell(cell) for cell in _split_cells(stripped, stripped[0]))
        elif current is not None and current.cells:  # a cell's text running on, maybe into the row's next cells
            more, *after = _split_cells(f"|{stripped}", "|")
            value, span = current.cells[-1]
            current.cells[-1] = (f"{value} {' '.join(more.split())}", span)
            current.cells.extend(wiki_cell(cell) for cell in after)
    flush()
    return out
