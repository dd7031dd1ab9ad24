"""Status as a published progress page prints it beside an item, read from the words alone.

- a *RAG status* is a colour word, alone or followed by a dash and a few words saying
  how the item stands ("Green", "Amber \u2013 in progress", "RED - behind schedule");
- a *progress line* is an item, a colon and such a status ("Staff survey: GREEN \u2013 done"),
  as an annual report reviews the year's items one a line; a key giving two or more colours
  a meaning is no status;
- a *closing progress word* is a status after a closing dash ("Open day held \u2013 done",
  "Mentoring scheme \u2013 underway"), as a progress list reports each item;
- a *closing RAG word* is a colour alone after an item's sentence ("Forum set up. GREEN") or
  between dashes before a progress note ("Lab tours \u2013 Red \u2013 paused until May"), one rule
  (`closing_rag`) for every colour printed at the close of an item;
- a *progress remark* is a lower-case comment after an item's name and a dash, one of whose
  clauses names a state ("Skills fair \u2013 held in March; complete").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from extractor.headings import names_key
from extractor.layouts.text_guess import is_date_cell
from extractor.layouts.text_prose import opens_with_participle
from extractor.normalise.status import find_state, states_named
from extractor.rows import ColumnRole, RawRow
from extractor.settings import DEFAULT_TOLERANCES
from schemas.plan import State

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


_PROGRESS_LINE = re.compile(r"^(?P<item>[^:]+?)(?:\s*:|\s+[\u2013\u2014-])\s+(?P<status>\S.*)$")


def progress_line(text: str) -> tuple[str, str] | None:
    """(item, status) for a line that reviews one item by its RAG colour after a colon or a
    spaced dash ("Skills audit of the workshops: AMBER \u2013 half of the schools have
    replied", "Skills audit \u2013 RED \u2013 paused"), None for any other line.
    The item must run to `MIN_ITEM_WORDS` words, so a key's "Green: done" is no item.

    >>> progress_line("New starter induction pack: GREEN \u2013 achieved")
    ('New starter induction pack', 'GREEN \u2013 achieved')
    >>> progress_line("Green: on track") is None, progress_line("Our aims: to grow careers") is None
    (True, True)
    >>> progress_line("Loan store for hand tools \u2013 RED \u2013 paused")
    ('Loan store for hand tools', 'RED \u2013 paused')
    """
    match = _PROGRESS_LINE.match(" ".join(text.split()))
    if match is None or len(match.group("item").split()) < MIN_ITEM_WORDS:
        return None
    if not is_rag_status(match.group("status")) or is_rag_key(match.group("status")):
        return None
    return match.group("item"), match.group("status")


# square brackets, or curly braces as some pages set them: "[GREEN]", "{AMBER \u2013 two of five}"
_BRACKETED = re.compile(r"^(?P<item>.+?)\s*(?:\[(?P<status>[^\[\]]+)\]|\{(?P<braced>[^{}]+)\})\s*\.?$")


def bracketed_status(text: str) -> tuple[str, str] | None:
    """(item, status) for an item closing with its RAG status in square brackets or braces ("Lab open
    day held for local schools [GREEN]", "Mentors found for apprentices [AMBER \u2013 two of
    five]"), as an update page marks each item it reviews; None for any other line. The item
    must run to `MIN_ITEM_WORDS` words.

    >>> bracketed_status("Lab open day held for local schools [GREEN]")
    ('Lab open day held for local schools', 'GREEN')
    >>> bracketed_status("Read the guide [PDF]") is None, bracketed_status("Green: [AMBER]") is None
    (True, True)
    >>> bracketed_status("Mentors found for apprentices {AMBER \u2013 two of five}")
    ('Mentors found for apprentices', 'AMBER \u2013 two of five')
    """
    match = _BRACKETED.match(" ".join(text.split()))
    if match is None or len(match.group("item").split()) < MIN_ITEM_WORDS:
        return None
    status = (match.group("status") or match.group("braced")).strip()
    if not is_rag_status(status) or is_rag_key(status):
        return None
    return match.group("item").rstrip(" ,;:"), status


_KEY_ENTRY = re.compile(rf"\b(?P<colour>{_COLOUR})\s*(?:[\u2013\u2014:=-]|means\b|is\b)", re.I)


def is_rag_key(text: str) -> bool:
    """A key to the colours rather than one item's status: it gives a meaning to two or more
    colours ("Green \u2013 done or on track; Amber \u2013 at risk; Red \u2013 off track").

    >>> is_rag_key("Green \u2013 on track; Amber \u2013 at risk"), is_rag_key("Green \u2013 done, was amber in May")
    (True, False)
    """
    return len({match.group("colour").lower() for match in _KEY_ENTRY.finditer(text)}) >= 2 or bool(
        colour_key_sentence(text)  # "GREEN achieved \u00b7 AMBER under way \u00b7 RED stuck"
    )


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


_KEY_LINE = re.compile(r"^(?P<label>[^:=]{1,40}?)\s*:\s*(?P<entries>\S.*)$")
_KEY_SPLIT = re.compile(r"\s*(?:[;\u00b7|]|\.(?=\s+[A-Z]))\s*")  # "Done = finished; ..." or "... finished. Late = ..."
_KEY_PAIR = re.compile(
    r"^(?P<word>[A-Za-z][A-Za-z' ]{0,30}?)\s*(?:=|\s[\u2013\u2014-]\s|\bmeans\b)\s*(?P<meaning>\S.*)$"
)


def key_states(lines: Iterable[str]) -> dict[str, State]:
    """The state each status word or colour has by the page's printed key ("Key: Done =
    completed; Started = work under way; Not yet = not yet begun", "RAG key: Green =
    complete; Red = behind schedule"), folded to lowercase. A key that gives a word two
    meanings ("Green = on track or done") leaves every word without a state, as a reader
    cannot tell which the page meant; so does a meaning naming no state.

    >>> key_states(["Key: Done = finished; Not yet = not yet begun"])
    {'done': <State.COMPLETE: 'complete'>, 'not yet': <State.NOT_STARTED: 'not_started'>}
    >>> key_states(["Key: Green = done or on track; Red = off track"]), key_states(["Done = finished"])
    ({}, {})
    >>> key_states(["RAG: GREEN finished \u00b7 AMBER under way \u00b7 RED stuck"])["amber"]
    <State.IN_PROGRESS: 'in_progress'>
    """
    found: dict[str, State] = {}
    for text in lines:
        line = _KEY_LINE.match(" ".join(text.split()))
        if line is None or not names_key(line.group("label")):
            found.update(colour_key_sentence(text))
            continue
        pairs = [_KEY_PAIR.match(part) for part in _KEY_SPLIT.split(line.group("entries").rstrip(". "))]
        if len(pairs) < DEFAULT_TOLERANCES.status_key_min_entries or any(pair is None for pair in pairs):
            found.update(colour_key_sentence(text))  # "RAG: GREEN achieved \u00b7 AMBER under way \u00b7 RED stuck"
            continue
        meanings = {pair.group("word").strip().lower(): states_named(pair.group("meaning")) for pair in pairs if pair}
        if all(len(states) == 1 for states in meanings.values()):
            found.update({word: next(iter(states)) for word, states in meanings.items()})
    return found


# a colour's entry in a key written as a sentence: "GREEN = complete", "Amber: in progress", "RED stuck"; the
# colour opens its clause (or follows the sentence's colon) unless an equals sign ties it to its meaning
_KEY_COLOUR = r"(?:red|amber|green|grey|gray|blue)"
_SENTENCE_ENTRY = re.compile(
    rf"(?:^|:\s+)(?P<colour>{_KEY_COLOUR})\b\s*(?:=|:|[\u2013\u2014-]|\bmeans\b|\bis\b)?\s*(?P<meaning>\w.*)$"
    rf"|\b(?P<tied>{_KEY_COLOUR})\s*=\s*(?P<tied_meaning>\w.*)$",
    re.I,
)
_SENTENCE_CLAUSES = re.compile(r"\s*[.;,\u00b7\u2022|]\s+|\s*[.;,]?$")  # clauses end at a stop, comma or dot


def colour_key_sentence(text: str) -> dict[str, State]:
    """The state each colour has by a key printed as a sentence of the page's prose rather
    than under a "Key" label ("Progress is rated GREEN = complete, AMBER = under way, RED =
    behind schedule.", "Green: done. Amber: in progress. Red: at risk.", "The rating is the
    board's view: GREEN done, AMBER started but not finished, RED stuck."), folded to lowercase:
    each clause naming a colour and, in at most `status_key_max_meaning_words` words, one state.
    Empty unless `status_key_min_entries` colours are so explained, and when the sentence gives
    a colour two meanings ("Green = done or on track"), as a reader cannot tell which is meant.

    >>> colour_key_sentence("Ratings: Green = finished, Amber = under way, Grey = not yet started.")["grey"]
    <State.NOT_STARTED: 'not_started'>
    >>> colour_key_sentence("We planted a green roof, red tape slowed it."), colour_key_sentence("Green = done")
    ({}, {})
    >>> sorted(colour_key_sentence("GREEN finished \u00b7 AMBER under way \u00b7 RED stuck"))
    ['amber', 'green', 'red']
    """
    found: dict[str, State] = {}
    for clause in _SENTENCE_CLAUSES.split(" ".join(text.split())):
        entry = _SENTENCE_ENTRY.search(clause)
        if entry is None:
            continue
        colour = (entry.group("colour") or entry.group("tied")).lower()
        meaning = entry.group("meaning") or entry.group("tied_meaning")
        if len(meaning.split()) > DEFAULT_TOLERANCES.status_key_max_meaning_words:
            continue
        states = states_named(meaning)
        if len(states) > 1 or (colour in found and states and found[colour] not in states):
            return {}
        if states:
            found[colour] = next(iter(states))
    return found if len(found) >= DEFAULT_TOLERANCES.status_key_min_entries else {}


_ARROW = re.compile(r"^(?P<item>\S.*?)\s+(?:\u2192|\u27f6|\u21d2|->|=>)\s+(?P<status>\S.*)$")
_FIRST_CLAUSE = re.compile(r"[;,]")


def arrow_progress(text: str) -> tuple[str, str] | None:
    """(item, status) for an item, an arrow and how it stands ("Buddy scheme \u2192 in progress;
    nine pairs so far"), as a review lists each item with its progress: the arrow's first
    clause names a state (`find_state`) in at most `MAX_CLOSING_STATUS_WORDS` words; what
    follows it after a semicolon or comma is a note on it (`split_status_note`). None for any
    other line ("Home \u2192 Staff", "Inputs \u2192 better outcomes").

    >>> arrow_progress("Buddy scheme \u2192 in progress; nine pairs so far")
    ('Buddy scheme', 'in progress; nine pairs so far')
    >>> arrow_progress("Home \u2192 Staff \u2192 Technicians"), arrow_progress("Inputs -> better outcomes")
    (None, None)
    """
    match = _ARROW.match(" ".join(text.split()))
    if match is None:
        return None
    first = _FIRST_CLAUSE.split(match.group("status"), maxsplit=1)[0].strip().rstrip(".")
    if len(first.split()) > MAX_CLOSING_STATUS_WORDS or find_state(first) is None:
        return None
    return match.group("item"), match.group("status")


_CLOSING_NOTED = re.compile(
    r"\s[\u2013\u2014-]\s+(?P<status>(?P<state>complete[d]?|done|achieved|delivered|under\s*way|in\s+progress"
    r"|on\s+track|started|paused|on\s+hold|delayed|behind(?:\s+schedule)?|overdue|stalled|deferred"
    r"|not\s+(?:yet\s+)?started)"
    r"(?:\s*[\u2713\u2714]|(?:,|;|\s+(?:until|since|pending|while|as|with|after)\b)[^\u2013\u2014]{1,80})?)"
    r"\s*\.?$",
    re.I,
)


def closing_progress_note(text: str) -> tuple[str, str] | None:
    """(item, status) for an item closing after a dash with a state word and what more the
    page says of it: a tick ("complete \u2713"), a remark after a comma ("under way, six pairs
    so far") or a clause ("paused until the budget is set"), as a progress report reviews its
    items. The dash must open the status with its state word; "Website \u2013 complete
    redesign of the pages" is an action with its theme. None for any other line. A RAG colour
    printed between the item and the note is read by `closing_rag`.

    >>> closing_progress_note("Lab tours \u2014 under way, six held so far")
    ('Lab tours', 'under way, six held so far')
    >>> closing_progress_note("Audit \u2014 complete \u2713"), closing_progress_note("Web \u2013 complete redesign")
    (('Audit', 'complete \u2713'), None)
    """
    match = _CLOSING_NOTED.search(text.rstrip())
    if match is None or match.start() == 0:
        return None
    return text[: match.start()].rstrip(), match.group("status").strip()


_CLOSING_COLOUR = re.compile(rf"\s[\u2013\u2014-]\s+(?P<colour>{_COLOUR})$", re.I)
_CLOSING_RAG_WORD = re.compile(rf"(?<=[.!?)])\s+(?P<colour>{_COLOUR})\.?$", re.I)


_REMARK = re.compile(r"^(?P<item>.+?)\s[\u2013\u2014-]\s+(?P<remark>[a-z].*)$")
_CLAUSE_SPLIT = re.compile(r"\s*[;,]\s*")


def progress_remark(text: str) -> tuple[str, str] | None:
    """(item, remark) for an item named, then a dash and a lower-case comment on how it stands,
    as a review of the year reports its items ("Skills fair \u2013 held in March; complete",
    "Tool library \u2013 not started; moved to next year"): the comment's first or last clause
    is a state of at most `MAX_CLOSING_STATUS_WORDS` words (`find_state`) or the comment opens with a
    past participle telling what became of the item (`opens_with_participle`), and the comment runs
    to at most `MAX_STATUS_WORDS` words. None otherwise ("Lab tours \u2013 for new staff", a
    theme lead "Induction \u2013 Give ...", or a long clause that merely contains a state word).

    >>> progress_remark("Skills fair \u2013 held in March; complete")
    ('Skills fair', 'held in March; complete')
    >>> progress_remark("Lab tours \u2013 for new staff") is None
    True
    >>> progress_remark("Buddies \u2013 pair each starter with a buddy and complete a review") is None
    True
    >>> progress_remark("Grade map \u2013 agreed by the heads of school in May")
    ('Grade map', 'agreed by the heads of school in May')
    >>> progress_remark("Lab guide \u2013 drafted, the heads of school still to read it")
    ('Lab guide', 'drafted, the heads of school still to read it')
    """
    match = _REMARK.match(" ".join(text.split()))
    if match is None or len(match.group("remark").split()) > MAX_STATUS_WORDS:
        return None
    clauses = [c for c in _CLAUSE_SPLIT.split(match.group("remark").rstrip(".")) if c]
    if not clauses or (
        not any(
            (len(clause.split()) <= MAX_CLOSING_STATUS_WORDS and find_state(clause) is not None) or done_by(clause)
            for clause in (clauses[0], clauses[-1])
        )
        and not opens_with_participle(clauses[0])
    ):
        return None
    return match.group("item"), match.group("remark")


_DONE_BY = re.compile(r"^(?P<state>[a-z]+ed)\s+by\s+\S", re.I)


def done_by(clause: str) -> bool:
    """A clause reporting a state and who brought it about ("agreed by the executive board",
    "completed by the stores team"): the state word is a past participle with its agent,
    however long the agent's name.

    >>> done_by("agreed by the executive board"), done_by("paid by the faculty"), done_by("run by HR")
    (True, False, False)
    """
    match = _DONE_BY.match(clause.strip())
    return match is not None and find_state(match.group("state")) is not None


def colour_only(values: list[str]) -> bool:
    """Whether an item's own status is a RAG colour alone ("GREEN"), naming no state: the
    state a heading over it gives ("What we have done") still holds.

    >>> colour_only(["GREEN"]), colour_only(["Amber \u2013 in progress"]), colour_only([])
    (True, False, False)
    """
    text = " ".join(" ".join(values).split())
    return bool(text) and bool(re.fullmatch(_COLOUR, text.rstrip("."), re.I))


# "... pages. GREEN", "... staff \u2013 AMBER", "... rota \u2013 RED \u2013 paused for now": a colour in capitals
# closing the item's sentence (after its full stop or a dash), with a remark on it after a second dash
_CLOSING_RAG = re.compile(
    r"(?:(?<=[.!?])\s+|\s+[\u2013\u2014-]\s+)(?P<status>(?-i:RED|AMBER|GREEN)\b(?:\s+[\u2013\u2014-]\s+\S.*)?)\.?$"
)


def closing_rag(text: str) -> tuple[str, str] | None:
    """(item, status) for an item whose own line ends with its RAG colour, as a progress update
    marks each item: a colour in capitals after the sentence's full stop or after a dash, a
    short remark on it allowed after a second dash ("Tool library opened. GREEN", "Skills audit
    \u2013 RED \u2013 paused until May"); a colour alone in any case after a sentence of at least
    `MIN_ITEM_WORDS` words ("Set up a forum for lab staff. Green"); or a colour in any case
    between dashes before a progress note (`closing_progress_note`: "Lab tours \u2013 Red \u2013
    paused until the budget is set"). None for any other line: a colour inside a name ("Green
    Lane site") or the sentence ("Plant a green roof").

    >>> closing_rag("Tool library opened. GREEN"), closing_rag("Skills audit \u2013 RED \u2013 paused until May")
    (('Tool library opened.', 'GREEN'), ('Skills audit', 'RED \u2013 paused until May'))
    >>> closing_rag("Set up a forum for lab staff. Green")
    ('Set up a forum for lab staff.', 'Green')
    >>> closing_rag("Lab tours \u2013 Red \u2013 paused until the budget for the new year is set")
    ('Lab tours', 'Red \u2013 paused until the budget for the new year is set')
    >>> closing_rag("Plant trees on the Green"), closing_rag("GREEN"), closing_rag("Plant a green roof")
    (None, None, None)
    """
    folded = " ".join(text.split())
    match = _CLOSING_RAG.search(folded)
    if match is not None and match.start() > 0 and folded[: match.start()].strip():
        status = match.group("status").strip()
        if is_rag_status(status):
            return folded[: match.start()].rstrip(), status
    alone = _CLOSING_RAG_WORD.search(folded)
    if alone is not None and len(folded[: alone.start()].split()) >= MIN_ITEM_WORDS:
        return folded[: alone.start()].rstrip(), alone.group("colour")
    if (noted := closing_progress_note(folded)) is not None:
        colour = _CLOSING_COLOUR.search(noted[0])
        if colour is not None and colour.start() > 0:
            return noted[0][: colour.start()].rstrip(), f"{colour.group('colour')} \u2013 {noted[1]}"
    return None


# a key to status symbols: "Key: \u2713 done   ~ under way   \u25cb not started", on one line or as a "Key" line
# with one entry a line under it
_SYMBOL_KEY_LINE = re.compile(r"^(?:status\s+)?(?:key|legend)\b\s*[:\u2013\u2014-]?\s*(?P<rest>.*)$", re.I)
_SYMBOL = r"[^\w\s.,;:()\[\]'\"/&|\u2013\u2014-]"
_SYMBOL_ENTRY = re.compile(
    rf"(?:^|(?<=\s)|(?<=[;,|]))(?P<symbol>{_SYMBOL})\s*(?:[=:\u2013\u2014-]\s*)?"
    rf"(?P<words>[A-Za-z][A-Za-z ]*?)\s*(?=[;,|]|\s{_SYMBOL}|$)"
)


def symbol_entries(text: str) -> dict[str, str]:
    """Symbol -> the status words a key gives it, for a line of entries ("\u2713 done  ~ under
    way", "\u25cf = complete; \u25cb = not started"); only entries whose words name a state.

    >>> symbol_entries("\u2713 finished   ~ in hand   \u25cb not started")
    {'\u2713': 'finished', '~': 'in hand', '\u25cb': 'not started'}
    """
    return {
        match.group("symbol"): match.group("words").strip()
        for match in _SYMBOL_ENTRY.finditer(" ".join(text.split()))
        if find_state(match.group("words")) is not None
    }


def symbol_key(lines: list[str]) -> dict[str, str]:
    """The status words a page's printed key gives each symbol ("Key: \u2713 done ~ under way
    \u25cb not started"), on the key's own line or one entry a line under a "Key" line; empty
    when the page prints no such key. A reader uses it to read a row's lone symbol as a status.

    >>> symbol_key(["Key: \u2713 finished   ~ in hand   \u25cb not started", "Run a fair | \u2713"])["~"]
    'in hand'
    >>> symbol_key(["Key", "\u25cf complete", "\u25cb not started"]), symbol_key(["Key: TCL - Lead"])
    ({'\u25cf': 'complete', '\u25cb': 'not started'}, {})
    """
    for index, line in enumerate(lines):
        match = _SYMBOL_KEY_LINE.match(" ".join(line.split()))
        if match is None:
            continue
        entries = symbol_entries(match.group("rest"))
        for below in lines[index + 1 :] if not match.group("rest") else []:
            found = symbol_entries(below)
            if not found:
                break
            entries.update(found)
        if len(entries) >= DEFAULT_TOLERANCES.status_key_min_entries:
            return entries
    return {}


def statuses_from_symbols(rows: list[RawRow], key: dict[str, str]) -> list[RawRow]:
    """Rows with no status of their own whose cells hold a lone symbol the page's key explains
    (`symbol_key`): the symbol is the row's status, read as the key's words ("\u2713" under
    "Key: \u2713 done" is done), and leaves the cell it was read into (a notes cell, as a row
    with no header places it). A timescale word taken for the status ("Ongoing") is then the
    row's end. Other rows as they are."""
    if not key:
        return rows
    out: list[RawRow] = []
    for row in rows:
        status = row.cells.get(ColumnRole.STATUS)
        # "Ongoing" read as the status where the symbol is the status: it is the timescale
        timescale = status is not None and ColumnRole.END not in row.cells and is_date_cell(status)
        found = _symbol_cell(row, key) if status is None or timescale else None
        if found is None:
            out.append(row)
            continue
        role, symbol, rest = found
        cells = {r: v for r, v in row.cells.items() if r is not role}
        if status is not None:
            cells[ColumnRole.END] = cells.pop(ColumnRole.STATUS)
        if rest:
            cells[role] = rest
        cells[ColumnRole.STATUS] = f"{symbol} {key[symbol]}"
        out.append(replace(row, cells=cells))
    return out


def _symbol_cell(row: RawRow, key: dict[str, str]) -> tuple[ColumnRole, str, str] | None:
    """(role, symbol, what else the cell holds) for the first cell with a line that is a key's symbol."""
    for role, value in row.cells.items():
        if role is ColumnRole.ACTION:
            continue
        parts = value.split("\n")
        for at, part in enumerate(parts):
            if part.strip() in key:
                return role, part.strip(), "\n".join(p for k, p in enumerate(parts) if k != at).strip()
    return None
