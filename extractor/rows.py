"""Rows as the layout parsers leave them, before any normalising.

A layout parser's only job is to find table rows (or list items) and say which
column each cell belongs to. `map_header_to_roles` turns header text into
`ColumnRole`s by meaning, so parsers never rely on column order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from schemas.plan import Provenance


class ColumnRole(StrEnum):
    REF = "ref"
    PILLAR = "pillar"
    SECTION = "section"
    THEME = "theme"
    ACTION = "action"
    MEASURE = "measure"
    OWNER = "owner"
    START = "start"
    END = "end"
    STATUS = "status"
    NOTES = "notes"


# Header words by role, checked in this order; the first role whose pattern
# matches wins, so the more specific patterns come first.
HEADER_PATTERNS: tuple[tuple[ColumnRole, re.Pattern[str]], ...] = (
    (
        ColumnRole.REF,
        re.compile(r"^#(\s|$)|^(ref(erence)?|no\.?|number|item|id)\b|^ref\s*#|^action\s*(no|number|ref)\b", re.I),
    ),
    # "Progress update / comments" is free text about progress (notes), unless it says status or RAG.
    (ColumnRole.NOTES, re.compile(r"^(?!.*\b(status|rag)\b).*\b(progress\s+updates?|comments?)\b", re.I)),
    # "Evidence of progress" and "Progress indicators" say how progress is measured.
    (
        ColumnRole.STATUS,
        re.compile(
            r"^(?!.*\b(evidence|measures?|indicators?|kpis?|success|criteria)\b).*"
            r"\b(status|rag|progress|update|complete[d]?\?|(current|latest)\s+position|rating)\b",
            re.I,
        ),
    ),
    (
        ColumnRole.MEASURE,
        re.compile(
            r"\b(measures?|kpis?|success|criteria|evidence|outcomes?|indicators?|metrics?|targets?(?![\w\s]*\bdates?\b)"
            r"|deliverables?)\b",
            re.I,
        ),
    ),
    (
        ColumnRole.OWNER,
        re.compile(r"\b(owners?|lead(s|ership)?|who|responsib\w*|accountab\w*|champion|by whom)\b", re.I),
    ),
    (ColumnRole.START, re.compile(r"\b(start(s|ed|ing)?|begin(s|ning)?|from|commenc\w*)\b", re.I)),
    (
        ColumnRole.END,
        re.compile(
            r"^by$"  # a column headed "By" alone
            r"|\b(finish|end|timescales?|time\s*frame|timeline|deadline|by when|when|target date|due|completion date"
            r"|(complete[d]?|completion|delivered|done)\s+by"
            r"|dates?)\b",
            re.I,
        ),
    ),
    (ColumnRole.PILLAR, re.compile(r"\b(pillar|commitment area|principle)\b", re.I)),
    (ColumnRole.THEME, re.compile(r"\b(theme|aim|objective area|goal|priority area|area|issue)\b", re.I)),
    (
        ColumnRole.NOTES,
        re.compile(r"\b(notes?|comments?|prior to|before|previous\w*|earlier|context|background|baseline)\b", re.I),
    ),
    (
        ColumnRole.ACTION,
        re.compile(r"\b(actions?|objectives?|activit(y|ies)|tasks?|initiatives?|what|commitments?)\b", re.I),
    ),
)


# Header labels repeat on every page and table of a plan: each is matched against the patterns once.
@lru_cache(maxsize=8192)
def header_role(text: str) -> ColumnRole | None:
    """The role a header cell names, or None.

    >>> header_role("Action owner")
    <ColumnRole.OWNER: 'owner'>
    >>> header_role("Planned action")
    <ColumnRole.ACTION: 'action'>
    >>> header_role("Status (RAG)")
    <ColumnRole.STATUS: 'status'>
    >>> header_role("Rating")  # a review table's column of ratings: the status, in colours or letters
    <ColumnRole.STATUS: 'status'>
    """
    folded = " ".join(text.split())
    if not folded:
        return None
    if names_theme_and_action(folded):
        return ColumnRole.ACTION
    for role, pattern in HEADER_PATTERNS:
        if pattern.search(folded):
            return role
    return None


_HEADER_JOIN = re.compile(r"\s+[\u2013\u2014-]\s+|\s*/\s*|\s+(?:and|&)\s+", re.I)


def names_theme_and_action(text: str) -> bool:
    """A header cell naming two roles at once, the theme and the action ("Theme \u2013 action",
    "Area / Action"): the column's cells print the theme as a lead before the action
    ("Induction \u2013 Give every starter a tour"), so the column is the action's and each
    cell's theme is read from its lead.

    >>> names_theme_and_action("Theme \u2013 action"), names_theme_and_action("Aim / Activity")
    (True, True)
    >>> names_theme_and_action("Theme"), names_theme_and_action("Action and owner")
    (False, False)
    """
    parts = _HEADER_JOIN.split(text)
    if len(parts) != 2:
        return False
    roles = {header_role(part) for part in parts}
    return roles == {ColumnRole.THEME, ColumnRole.ACTION}


def map_header_to_roles(headers: list[str]) -> dict[int, ColumnRole]:
    """Column index -> role for a header row. A role is given to its first column only,
    except START/END: a single date column ("Timescale", "Deadline") is the END."""
    found = {index: header_role(text) for index, text in enumerate(headers)}
    # "Objective" / "Aim" / "Goal" names the action, unless another column says "Action":
    # then it is the theme the actions sit under.
    explicit = [i for i, r in found.items() if r is ColumnRole.ACTION and _EXPLICIT_ACTION.search(headers[i])]
    if explicit and ColumnRole.THEME not in found.values():
        for index, role in found.items():
            if role is ColumnRole.ACTION and index not in explicit and _THEME_LIKE.search(headers[index]):
                found[index] = ColumnRole.THEME
                break
    roles: dict[int, ColumnRole] = {}
    taken: set[ColumnRole] = set()
    for index, role in found.items():
        if role is None or role in taken:
            continue
        roles[index] = role
        taken.add(role)
    return roles


_EXPLICIT_ACTION = re.compile(r"\b(actions?|activit(y|ies)|tasks?)\b", re.I)
_THEME_LIKE = re.compile(r"\b(objectives?|aims?|goals?|commitments?)\b", re.I)


def is_header_row(cells: list[str], minimum_roles: int = 2) -> bool:
    """True when the cells look like a table header: an ACTION column and one more role."""
    roles = {header_role(c) for c in cells if c.strip()}
    roles.discard(None)
    if len([c for c in cells if c.strip()]) > 0 and sum(len(c) for c in cells) > 40 * max(1, len(cells)):
        return False  # long prose is never a header
    return ColumnRole.ACTION in roles and len(roles) >= minimum_roles


@dataclass(frozen=True)
class RawRow:
    """One action as found in the source, cells still as printed."""

    cells: dict[ColumnRole, str]
    provenance: Provenance
    section: str | None = None  # heading in force where the row sits
    timeline: tuple[str, ...] = ()  # YYYY-MM of shaded Gantt periods
    rag: str | None = None  # red/amber/green from a status cell's fill
    unmapped: tuple[str, ...] = ()  # cell text that fitted no column
    # the state the page gives the row outside any status cell (a "Goals complete" heading
    # over it, a sentence saying "we introduced"): used when the status text names none
    status_state: str | None = None


@dataclass
class LayoutOutput:
    """What a layout parser returns: rows plus anything it learnt about the document."""

    rows: list[RawRow]
    warnings: list[tuple[str, str, Provenance | None]] = field(default_factory=list)  # (code, message, where)
    period_columns: list[str] = field(default_factory=list)  # Gantt: YYYY-MM of each period column
    # Candidates a rule turned away, as (rule name, text, where): the plan's quality record counts them.
    rejected: list[tuple[str, str, Provenance | None]] = field(default_factory=list)
    candidates: int | None = None  # candidate rows considered; None means len(rows) + len(rejected)
    # Lines of the title block (above the first action), when the parser knows them; else metadata finds them.
    head: list[str] | None = None
    legend: dict[str, str] = field(default_factory=dict)  # owner codes read from a key table, in order
