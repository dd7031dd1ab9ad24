"""The heading a run of table rows sits under, for rows whose reader found none.

A web page often prints a heading and then a table (or rows a page flattened: cells joined by
``|``, ``:`` or single spaces, one cell a line) under it, or a heading line between two groups
of rows ("Theme 2 - Recognition" on a line of its own among cells printed one a line). Readers
of rows see the cells, not the page around them; this pass gives each row that came back with
no section the heading a reader of the page sees over it:

- the heading is the last line before the row, in the gap after the row above it, that reads
  as a heading (`is_text_heading`, a year allowed: "Actions for 2024/25") and not as the plan's own
  title (naming the Technician Commitment or an action plan);
- between it and the row there may be only blank lines, a table's header (`header_lines`), a control's
  words ("Expand", "Show or hide") or a lead-in ending in a colon: a heading separated from
  the rows by a paragraph is the page's, not the table's;
- rows with nothing in the gap above them stay under the heading of the rows before them;
  rows a table reader read under a header keep what that reader placed between them, and
  take only the heading above a header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extractor.headings import heading_text, is_text_heading
from extractor.layouts.text_prose import is_lead_in
from extractor.quality import looks_like_furniture
from extractor.rows import ColumnRole, RawRow, header_role
from extractor.sources import SourceLine

# A line naming the plan itself: the page's title, never the heading of one table in it.
_PLAN_TITLE = re.compile(r"technician\s+commitment|action\s+plan", re.I)
# Words of a page's controls: an accordion's toggle, a "show more" link.
_CONTROL_WORDS = frozenset(
    {"expand", "collapse", "show", "hide", "open", "close", "all", "or", "more", "less", "details", "toggle", "view"}
    | {"panel", "panels", "sections", "tabs"}  # what the control opens: "Expand all panels"
)


# A link back up the page or to the page above: "Back to top", "Return to Technician Commitment".
_BACK_LINK = re.compile(r"^(?:back|return|go\s+back|jump)\s+to\s+(?:the\s+)?[\w&' -]{1,40}$", re.I)


def is_control_label(text: str) -> bool:
    """A line that is only the words of a page control a reader clicks, not content: an
    accordion's "Expand" or "Show or hide", a "Show more" link, a link back to the top or
    to the page above ("Back to top", "Return to Technician Commitment").

    >>> is_control_label("Expand all"), is_control_label("Show or hide"), is_control_label("Open days")
    (True, True, False)
    >>> is_control_label("Collapse all panels"), is_control_label("Open all sections")
    (True, True)
    >>> is_control_label("Back to top"), is_control_label("Back to work schemes for returning staff.")
    (True, False)
    """
    if _BACK_LINK.match(" ".join(text.split())):
        return True
    words = re.findall(r"[a-z]+", text.lower())
    return bool(words) and all(word in _CONTROL_WORDS for word in words)


_MAX_HEADER_CELL_WORDS = 3  # "Ref", "Lead", "Target date": a header cell is a word or three
_MIN_HEADER_CELL_LINES = 2  # a header printed one cell a line shows at least two of them in a row


def header_lines(gap: Sequence[str]) -> set[int]:
    """Indexes of the lines of `gap` that are a table's header: a line of cells (``|`` or tab
    separated), or a run of `_MIN_HEADER_CELL_LINES` or more short lines each naming a column
    ("Ref", "Action", "Lead" one a line). A lone line naming actions is a heading, not a header.

    >>> sorted(header_lines(["Our plans", "Ref", "Action", "Lead"])), header_lines(["Actions for 2031"])
    ([1, 2, 3], set())
    """
    found = {i for i, text in enumerate(gap) if "|" in text or "\t" in text.strip() or joined_column_names(text)}
    run: list[int] = []
    for index, text in enumerate([*gap, ""]):
        stripped = " ".join(text.split())
        if stripped and len(stripped.split()) <= _MAX_HEADER_CELL_WORDS and header_role(stripped) is not None:
            run.append(index)
            continue
        if len(run) >= _MIN_HEADER_CELL_LINES:
            found.update(run)
        run = []
    return found


_MAX_NAME_WORDS = 3  # a column's name runs to a few words: "Target date", "Lead officer"
_MIN_JOINED_NAMES = 3


def joined_column_names(text: str) -> bool:
    """A table's header kept as one line with its cells joined by single spaces ("Action Lead
    Target date", "Ref Objective Owner Due date"): each capitalised word opens a column's name
    of up to `_MAX_NAME_WORDS` words, and every name names a column (`header_role`),
    `_MIN_JOINED_NAMES` or more of them naming at least two kinds of column. It heads the rows
    below; it is no section of the plan.

    >>> joined_column_names("Action Lead Target date"), joined_column_names("Ref Task Owner Status")
    (True, True)
    >>> joined_column_names("Next steps"), joined_column_names("Actions for next year"), joined_column_names("")
    (False, False, False)
    """
    names: list[list[str]] = []
    for word in text.split():
        if word[:1].isupper() or not names:
            names.append([word])
        else:
            names[-1].append(word)
    roles = [header_role(" ".join(name)) if len(name) <= _MAX_NAME_WORDS else None for name in names]
    return len(roles) >= _MIN_JOINED_NAMES and None not in roles and len(set(roles)) >= 2


def _passes_between(text: str) -> bool:
    """A line that may stand between a table's heading and its rows: blank, a control's
    words or a lead-in sentence (header lines are found by `header_lines`)."""
    stripped = text.strip()
    return not stripped or is_control_label(stripped) or is_lead_in(stripped)


def table_section_heading(gap: Sequence[str], furniture: frozenset[str] = frozenset()) -> str | None:
    """The heading over the rows that follow `gap` (the lines between the row above and the
    first of them), or None when none stands directly over them.

    >>> table_section_heading(["", "Plans for next year", "Expand", "Ref | Action | Lead"])
    'Plans for next year'
    >>> table_section_heading(["Our workshops", "The teams below keep the labs running all year."]) is None
    True
    """
    header = header_lines(gap)
    for index in range(len(gap) - 1, -1, -1):
        text = gap[index]
        if index in header or _passes_between(text):
            continue
        stripped = " ".join(text.split())
        if (
            is_text_heading(stripped, furniture, allow_title=True)
            and not _PLAN_TITLE.search(stripped)
            and not looks_like_furniture(stripped)
        ):
            return heading_text(stripped) or stripped
        return None
    return None


def sections_from_headings_above(
    rows: Sequence[RawRow],
    lines: Sequence[SourceLine],
    furniture: frozenset[str] = frozenset(),
    *,
    headed_tables: bool = False,
) -> list[RawRow]:
    """`rows` (in reading order) with each row that has no section of its own given the
    heading over it (`table_section_heading`), carried down the rows that follow directly.
    With `headed_tables` (rows a table reader read under their header, which has already
    placed the headings between its rows), only the heading above a header counts."""
    text_at = {line.number: line.text for line in lines}
    out: list[RawRow] = []
    current: str | None = None
    previous_end = 0
    for row in rows:
        first = row.provenance.line
        if first is None:
            out.append(row)
            continue
        gap = [text_at[n] for n in range(previous_end + 1, first) if n in text_at]
        if any(text.strip() for text in gap) and (not headed_tables or header_lines(gap)):
            current = table_section_heading(gap, furniture)
        previous_end = max(previous_end, row.provenance.end_line or first)
        own = row.section or row.cells.get(ColumnRole.SECTION)
        out.append(row if own or current is None else replace(row, section=current))
    return out
