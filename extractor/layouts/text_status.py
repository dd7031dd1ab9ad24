"""Status as a published progress page prints it beside an item, read from the words alone.

- a *RAG status* is a colour word, alone or followed by a dash and a few words saying
  how the item stands ("Green", "Amber \u2013 in progress", "RED - behind schedule");
- a *progress line* is an item, a colon and such a status ("Staff survey: GREEN \u2013 done"),
  as an annual report reviews the year's items one a line; a key giving two or more colours
  a meaning is no status;
- a *closing progress word* is a status after a closing dash ("Open day held \u2013 done",
  "Mentoring scheme \u2013 underway"), as a progress list reports each item.
"""

from __future__ import annotations

import re

from extractor.normalise.status import find_state

_COLOUR = r"(?:red|amber|green)"
_RAG_STATUS = re.compile(
    rf"^(?P<colour>{_COLOUR})\b(?:\s*(?:/\s*{_COLOUR}\b)?)(?:\s*[\u2013\u2014:-]\s*(?P<words>\S.*))?$", re.I
)
MAX_STATUS_WORDS = 12  # after the colour: a remark on the item, not a sentence of its own
MIN_ITEM_WORDS = 3  # "Open day: Green" is a key's entry; an item names what was done


def is_rag_status(text: str) -> bool:
    """A status printed as a RAG colour, alone or with a few words after a dash.

    >>> is_rag_status("Green \u2013 complete"), is_rag_status("AMBER - fewer than planned"), is_rag_status("Red")
    (True, True, True)
    >>> is_rag_status("Green spaces for staff to meet"), is_rag_status("Red Lion pub quiz \u2013 every Friday")
    (False, False)
    """
    match = _RAG_STATUS.match(" ".join(text.split()))
    if match is None:
        return False
    words = match.group("words")
    return words is None or len(words.split()) <= MAX_STATUS_WORDS


_PROGRESS_LINE = re.compile(r"^(?P<item>[^:]+?)\s*:\s+(?P<status>\S.*)$")


def progress_line(text: str) -> tuple[str, str] | None:
    """(item, status) for a line that reviews one item by its RAG colour ("Skills audit of
    the workshops: AMBER \u2013 half of the schools have replied"), None for any other line.
    The item must run to `MIN_ITEM_WORDS` words, so a key's "Green: done" is no item.

    >>> progress_line("New starter induction pack: GREEN \u2013 achieved")
    ('New starter induction pack', 'GREEN \u2013 achieved')
    >>> progress_line("Green: on track") is None, progress_line("Our aims: to grow careers") is None
    (True, True)
    """
    match = _PROGRESS_LINE.match(" ".join(text.split()))
    if match is None or len(match.group("item").split()) < MIN_ITEM_WORDS:
        return None
    if not is_rag_status(match.group("status")) or is_rag_key(match.group("status")):
        return None
    return match.group("item"), match.group("status")


_KEY_ENTRY = re.compile(rf"\b(?P<colour>{_COLOUR})\s*(?:[\u2013\u2014:=-]|means\b|is\b)", re.I)


def is_rag_key(text: str) -> bool:
    """A key to the colours rather than one item's status: it gives a meaning to two or more
    colours ("Green \u2013 done or on track; Amber \u2013 at risk; Red \u2013 off track").

    >>> is_rag_key("Green \u2013 on track; Amber \u2013 at risk"), is_rag_key("Green \u2013 done, was amber in May")
    (True, False)
    """
    return len({match.group("colour").lower() for match in _KEY_ENTRY.finditer(text)}) >= 2


_CLOSING_WORDS = re.compile(r"\s[\u2013\u2014-]\s+(?P<status>[A-Za-z][A-Za-z ]{1,30}?)\.?$")
MAX_CLOSING_STATUS_WORDS = 4


def closing_progress(text: str) -> tuple[str, str] | None:
    """(item, status) for an item closing with a short status after a dash ("Job
    descriptions reviewed \u2013 underway", "Apprentice scheme \u2013 not yet started"): the
    words name a state (`find_state`) and are at most `MAX_CLOSING_STATUS_WORDS` long.
    None otherwise ("Visits \u2013 for all staff").

    >>> closing_progress("Lab open day \u2013 done"), closing_progress("Lab tours \u2013 for new staff")
    (('Lab open day', 'done'), None)
    """
    match = _CLOSING_WORDS.search(text.rstrip())
    if match is None or match.start() == 0:
        return None
    status = match.group("status").strip()
    if len(status.split()) > MAX_CLOSING_STATUS_WORDS or find_state(status) is None:
        return None
    return text[: match.start()].rstrip(), status
