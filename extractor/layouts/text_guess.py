"""Columns of a table printed without a header row, guessed from what the cells hold.

Each column is scored by the share of its filled cells that look like one kind
of value; a kind needs 60% of the cells:

- Ref: short numbers such as "1", "2.3", "V4";
- dates: "Mar 2025", "01/04/2025", "Q2 2025", "Annual", "Ongoing", "TBC"
  (the first date column is the Start and the second the End; a single one is the End);
- Owner: codes or short names joined by "/", ",", "&" ("TCL", "SG/ADTO", "HR, OD");
- Status: "Complete", "On track", "Action needed - 1", "Red" ...;
- Action: the remaining column with the longest text; Measure: the next prose column.

Anything else stays unmapped. The caller warns that the header was guessed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from extractor.layouts.periods import parse_period_label
from extractor.layouts.text_tables import REF_LIKE, TableBuilder, TextTable
from extractor.rows import ColumnRole, header_role

logger = logging.getLogger(__name__)

_SHARE = 0.6
_RECURRING = re.compile(
    r"^(annual(ly)?|yearly|monthly|quarterly|weekly|termly|ongoing|continuous|each year|every year|"
    r"\d+[\s-]*monthly|bi-?annual(ly)?|tbc|tbd|n/?a)$",
    re.I,
)
STATUS_CELL = re.compile(
    r"^(complete[d]?|done|achieved|closed|open|on track|in progress|under\s?way|ongoing(\s*/\s*in progress)?|"
    r"not (yet )?(started|due)|on hold|(partly|partially|not) (achieved|met|complete[d]?|in place)|met|"
    r"delayed|overdue|at risk|behind|red|amber|green|grey|gray|blue|action needed\b.*)$",
    re.I,
)
_OWNER = re.compile(r"^[A-Z][A-Za-z&.']*(\s*(/|,|&|;|\+|\band\b)\s*[A-Z][A-Za-z&.']*)*$")


_TWO_DATES = re.compile(r"^(?P<first>\S.{0,20}?)\s+(?:and|&)\s+(?P<second>\S.{0,20})$")


def is_date_cell(text: str) -> bool:
    """A cell holding a date, a period or a repeat ("Mar 2025", "Q2 2025", "Annual", "TBC"), or
    two dates joined by "and" ("2022 and 2025", "May 2026 & May 2027"), as a row gives the two
    times something is done.

    >>> is_date_cell("Q2 2025"), is_date_cell("2022 and 2025"), is_date_cell("Staff and students")
    (True, True, False)
    """
    label = parse_period_label(text)
    if _RECURRING.match(text) or (label is not None and label.month is not None):
        return True
    two = _TWO_DATES.match(" ".join(text.split()))
    return two is not None and is_date_cell(two.group("first")) and is_date_cell(two.group("second"))


def is_owner_cell(text: str) -> bool:
    """A cell holding owner codes or short names ("TCL", "SG/ADTO", "HR, OD")."""
    return len(text) <= 40 and bool(_OWNER.match(text)) and any(sum(c.isupper() for c in w) >= 2 for w in text.split())


def _share(values: list[str], test: Callable[[str], bool]) -> float:
    return sum(1 for v in values if test(v)) / len(values) if values else 0.0


_MAX_HEADER_WORDS = 3  # "By when", "Lead officer": a header cell is a short name


def named_columns(cells: list[str]) -> dict[int, ColumnRole] | None:
    """The roles a first row names when it is a header whose action column has a name no
    header word gives ("Priority", "What we will do"): its cells are short, two or more name
    other columns ("Lead", "By when") and just one names none (the action's). None for any
    other row.

    >>> named_columns(["Our promise", "Lead", "By when"]), named_columns(["Run a fair", "HR", "2026"])
    ({1: <ColumnRole.OWNER: 'owner'>, 2: <ColumnRole.END: 'end'>}, None)
    """
    filled = [(k, c.strip()) for k, c in enumerate(cells) if c.strip()]
    if any(len(c.split()) > _MAX_HEADER_WORDS or REF_LIKE.match(c) for _, c in filled):
        return None
    named = {k: role for k, c in filled if (role := header_role(c)) is not None and role is not ColumnRole.ACTION}
    unnamed = [k for k, c in filled if header_role(c) is None]
    if len(named) < 2 or len(unnamed) != 1 or len(set(named.values())) < len(named):
        return None
    return named


def guess_headerless(rows: list[tuple[list[str], int]]) -> list[TextTable]:
    """A headerless table, with roles guessed column by column: its rows with an action. A
    first row that names the other columns (`named_columns`) is their header."""
    named = named_columns(rows[0][0]) if len(rows) > 1 else None
    rows = rows[1:] if named else rows
    width = max(len(cells) for cells, _ in rows)
    columns_values = [[cells[k] for cells, _ in rows if k < len(cells) and cells[k]] for k in range(width)]
    roles: dict[int, ColumnRole] = dict(named or {})
    dates: list[int] = []
    for k, values in enumerate(columns_values):
        if not values or k in roles:
            continue
        if ColumnRole.REF not in roles.values() and _share(values, lambda v: bool(REF_LIKE.match(v))) >= _SHARE:
            roles[k] = ColumnRole.REF
        elif _share(values, STATUS_CELL.match) >= _SHARE and _share(values, STATUS_CELL.match) >= _share(
            values, is_date_cell
        ):
            roles[k] = ColumnRole.STATUS
        elif _share(values, is_date_cell) >= _SHARE:
            dates.append(k)
        elif ColumnRole.OWNER not in roles.values() and _share(values, is_owner_cell) >= _SHARE:
            roles[k] = ColumnRole.OWNER
    if len(dates) == 1:
        roles[dates[0]] = ColumnRole.START if ColumnRole.END in roles.values() else ColumnRole.END
    elif dates:
        roles[dates[0]], roles[dates[1]] = ColumnRole.START, ColumnRole.END
    prose = sorted(
        (k for k in range(width) if k not in roles and columns_values[k]),
        key=lambda k: (-sum(map(len, columns_values[k])) / len(columns_values[k]), k),
    )
    if prose:
        roles[prose[0]] = ColumnRole.ACTION
        rest = [k for k in prose[1:] if sum(map(len, columns_values[k])) / len(columns_values[k]) >= 15]
        if rest:
            roles[min(rest)] = ColumnRole.MEASURE
    logger.debug("headerless table: guessed %s", {k: r.value for k, r in sorted(roles.items())})
    action = min((k for k, role in roles.items() if role is ColumnRole.ACTION), default=None)
    builder = TableBuilder()
    builder.header([], "tab", rows[0][1], guessed=roles)
    for cells, line in rows:
        if action is not None and action < len(cells) and cells[action]:
            builder.row([(cell, line, line) for cell in cells])
    return builder.close()
