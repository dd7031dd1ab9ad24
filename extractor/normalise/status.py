"""Status cells (and their fill colour) -> `Status(raw, state, priority, rag)`.

Rules for the state, first match wins (case-insensitive, whitespace folded):

=======================================================  ==============
Text                                                     state
=======================================================  ==============
"Started but not finished", "Moving but not yet done"    in_progress
"Not started", "Not yet started", "Planned", "To do",    not_started
"Yet to start", "Pending"
"Complete", "Completed", "Done", "Achieved", "Closed",   complete
"Finished", "Delivered", "Met", "Exceeded", "Agreed"
(not "to be agreed")
"Action needed", "Action required", "Delayed", "Delay",  action_needed
"Behind", "Overdue", "At risk", "Off track", "Stalled", "Stuck", "Slippage",
"On hold", "Paused", "Carried forward", "Rolled over", "Deferred"
"Not met", "Not achieved", "Not completed", "No progress",
"fewer/less ... than planned/expected",
"Slow going"
"Ongoing", "On-going", "In progress", "On track",        in_progress
"Underway", "Started", "Continuing", "Embedded",
"Some progress", "Partially complete", "Partly met",
"... so far", "about half ...", "pilot ..." (part of the way),
"Open" (a fund or scheme taking part; first word)
=======================================================  ==============

"Delayed" / "Behind" / "At risk" are read as *action needed*: the plan says something
must be done to recover, which is what "Action needed" means in the plans that use it.
"Not started" is checked before "started" and "complete" before "in progress", so
"Complete (ongoing review)" is complete.

Priority: a number after "priority", "P", or after a dash/colon that ends the text
("Action needed - 1", "Action needed - priority 2", "P1").

RAG: the colour words "Red", "Amber" (or "Orange", "Yellow") and "Green" in the text,
or a cell holding only the letter "R", "A" or "G";
otherwise the `rag` colour found on the cell's fill (a parser passes it in). A colour
named in the text wins over the fill only when there is no fill.

Returns None when there is no text and no colour. Text naming no state, priority or
colour (with no fill) follows `errors=` (see `extractor.normalise.policy`): kept as raw
text by default.
"""

from __future__ import annotations

import logging
import re

from extractor.normalise.policy import ErrorPolicy, unreadable
from extractor.normalise.text import fold_whitespace
from extractor.settings import DEFAULT_TOLERANCES, LayoutTolerances
from schemas.plan import Rag, State, Status

logger = logging.getLogger(__name__)

_STATES: tuple[tuple[State, re.Pattern[str]], ...] = (
    (  # under way, and said not to be done yet: "started but not finished", "moving but not yet complete"
        State.IN_PROGRESS,
        re.compile(
            r"\b(?:started|begun|moving|progressing|under\s*way|in\s+progress)\s*,?\s+but\s+not\s+(?:yet\s+)?"
            r"(?:finished|complete[d]?|done|achieved|delivered)\b",
            re.I,
        ),
    ),
    (State.ACTION_NEEDED, re.compile(r"\bnot\s+(?:yet\s+)?(?:met|achieved|complete[d]?|done|delivered)\b", re.I)),
    (
        State.NOT_STARTED,
        re.compile(
            r"\b(?:not\s+(?:yet\s+)?(?:started|begun|commenced)|yet\s+to\s+(?:start|begin|commence)|to\s+do|"
            r"(?<!than\s)planned|pending|not\s+(?:yet\s+)?due)\b",
            re.I,
        ),
    ),
    (
        State.COMPLETE,
        re.compile(
            r"\b(?:complete[d]?|completion\s+achieved|done|achieved|closed|finished|delivered|met|exceeded|"
            r"fully\s+implemented|(?<!be\s)(?<!being\s)(?<!not\s)(?<!yet\s)agreed(?=\s+by\b|\s*$|\s*[,;.]))\b",
            re.I,
        ),
    ),
    (
        State.ACTION_NEEDED,
        re.compile(
            r"\b(?:action[s]?\s+(?:needed|required)|needs?\s+action|delay(?:ed|s)?|behind(?:\s+schedule)?|overdue|"
            r"at\s+risk|off\s+track|stalled|stuck|not\s+on\s+track|slipp(?:ed|ing|age)|no\s+progress|on\s+hold|paused|"
            r"slow\s+(?:going|progress)|"
            r"carried\s+(?:forward|over)|rolled\s+(?:forward|over)|deferred|"
            r"(?:fewer|less|lower|slower)\b.{0,40}\bthan\s+(?:planned|expected|hoped|targeted))\b",
            re.I,
        ),
    ),
    (
        State.IN_PROGRESS,
        re.compile(
            r"\b(?:on-?\s*going|in\s+progress|on\s+track|under\s*way|under\s+review|in\s+development|started|continuing|"
            r"embedded|in\s+hand|"
            r"progressing|(?:some|good|making)\s+progress|partial(?:ly)?\s+(?:complete[d]?|achieved)|partly\s+\w+|"
            r"(?<!progress\s)so\s+far|(?:about|around|nearly|almost|over)\s+half|pilot(?:ed|ing|s)?|"
            r"^open(?=\s*$|\s*[,;.]))\b",
            re.I,
        ),
    ),
    # a draft written, the final text still to come: "drafted, now out for consultation", "in draft"
    (State.IN_PROGRESS, re.compile(r"\b(?<!be\s)(?<!been\s)(?<!to\s)drafted\b|\bin\s+draft\b", re.I)),
)
_PARTIAL = re.compile(r"\b(?:partial(?:ly)?|partly)\b", re.I)

_PRIORITY = re.compile(
    r"(?:\bpriority\s*[:#-]?\s*(?P<a>\d{1,2})\b|\bP(?P<b>[1-9])\b|[-\u2013:(]\s*(?P<c>\d{1,2})\s*\)?\s*$)",
    re.I,
)

_RAG_WORDS: tuple[tuple[Rag, re.Pattern[str]], ...] = (
    (Rag.RED, re.compile(r"\bred\b", re.I)),
    (Rag.AMBER, re.compile(r"\b(?:amber|orange|yellow)\b", re.I)),
    (Rag.GREEN, re.compile(r"\bgreen\b", re.I)),
)


# A coloured dot typed before or after the word is how the colour is shown, not status text.
RAG_DOT_GLYPHS = "\u25cf\u2b24\u25c9\u26ab\u2022\u25a0\u25cb"


def parse_status(text: str | None, rag: str | Rag | None = None, *, errors: ErrorPolicy = "keep") -> Status | None:
    """Read a status cell; `rag` is the cell's fill colour as found by a layout parser.

    >>> parse_status("Action needed - 1")
    Status(raw='Action needed - 1', state=<State.ACTION_NEEDED: 'action_needed'>, priority=1, rag=None)
    >>> parse_status("Ongoing/in progress", rag="green").state
    <State.IN_PROGRESS: 'in_progress'>
    >>> parse_status("", rag="red")
    Status(raw=None, state=None, priority=None, rag=<Rag.RED: 'red'>)
    >>> parse_status("   ") is None
    True
    >>> parse_status("\u25cf Complete", rag="green").raw
    'Complete'

    """
    raw = fold_whitespace(text).strip(RAG_DOT_GLYPHS + " ") or None
    fill = parse_rag(rag)
    if raw is None and fill is None:
        return None
    state: State | None = None
    priority: int | None = None
    word_rag: Rag | None = None
    if raw is not None:
        state = find_state(raw)
        priority = find_priority(raw)
        word_rag = find_rag_word(raw)
        if (
            state is None
            and word_rag is None
            and priority is None
            and fill is None
            and unreadable("status", raw, errors)
        ):
            return None
    return Status(raw=raw, state=state, priority=priority, rag=fill or word_rag)


_STATUS_THEN_NOTE = re.compile(
    r"^(?P<status>[A-Za-z][A-Za-z ]{1,40}?)(?:\s+[\u2013\u2014-]\s+|[.:;,]\s+)(?P<note>\S.*)$", re.S
)
_MAX_STATUS_WORDS = 4
_MIN_NOTE_WORDS = 2


def split_status_note(text: str | None, *, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> tuple[str | None, str | None]:
    """(status, note) of a status cell that opens with a few words naming a state and goes on
    with a sentence about it ("Achieved. The list has 80 names.", "On hold \u2013 awaiting
    funding", "Under way, first awards made in May", "Open, 12 grants made"): a reader takes the first
    words as the status and the rest as a note on it. Any other cell is all status.

    >>> split_status_note("Partly achieved. Held once, not twice."), split_status_note("On hold - awaiting funds")
    (('Partly achieved', 'Held once, not twice.'), ('On hold', 'awaiting funds'))
    >>> split_status_note("under way, first awards made in May"), split_status_note("Written, now with HR")
    (('under way', 'first awards made in May'), ('Written, now with HR', None))
    >>> split_status_note("Delayed, see note"), split_status_note("slow going, two schools yet to reply")
    (('Delayed, see note', None), ('slow going', 'two schools yet to reply'))
    >>> split_status_note("Review meeting held - see minutes"), split_status_note("Action needed - 2")
    (('Review meeting held - see minutes', None), ('Action needed - 2', None))
    >>> split_status_note("AMBER - two labs left to visit"), split_status_note("Amber - in progress")
    (('AMBER', 'two labs left to visit'), ('Amber - in progress', None))
    """
    if not text:
        return text, None
    match = _STATUS_THEN_NOTE.match(" ".join(text.split()))
    if match is None or len(match.group("status").split()) > _MAX_STATUS_WORDS:
        return text, None
    words = len(re.findall(r"[A-Za-z]{2,}", match.group("note")))
    if words < _MIN_NOTE_WORDS:
        return text, None  # "Action needed - 1": a priority, not a note
    if words < tol.comma_note_min_words and match.group(0)[match.end("status")] == ",":  # "Delayed, see note"
        return text, None
    status, note = match.group("status"), match.group("note")
    colour_alone = len(status.split()) == 1 and find_rag_word(status) is not None
    if find_state(status) is None and not (colour_alone and find_state(note) is None):
        return text, None  # a state's words, or a colour alone before a note ("RED \u2013 the budget was cut")
    return status, note


def find_state(text: str) -> State | None:
    """The state a status text names, per the module rules."""
    for state, pattern in _STATES:
        match = pattern.search(text)
        if match is None:
            continue
        if state is State.COMPLETE and _PARTIAL.search(text[: match.start()]):
            return State.IN_PROGRESS
        return state
    return None


_ALTERNATIVES = re.compile(r"\s+or\s+|\s*[/,]\s*", re.I)


def states_named(text: str) -> set[State]:
    """The states a text names, one for each alternative it gives ("done or on track" names
    two; "work under way" and "not yet complete" one each).

    >>> sorted(s.value for s in states_named("done or on track")), states_named("not yet complete")
    (['complete', 'in_progress'], {<State.ACTION_NEEDED: 'action_needed'>})
    """
    return {state for part in _ALTERNATIVES.split(text) if (state := find_state(part)) is not None}


def find_priority(text: str) -> int | None:
    """Priority number: "priority 2", "P1", or a trailing "- 1" / "(1)"."""
    match = _PRIORITY.search(text)
    if match is None:
        return None
    value = match.group("a") or match.group("b") or match.group("c")
    return int(value) if value is not None else None


_RAG_LETTERS = {"r": Rag.RED, "a": Rag.AMBER, "g": Rag.GREEN}


def find_rag_word(text: str) -> Rag | None:
    """A RAG colour named in the text, or a cell that is just "R", "A" or "G";
    None when none or several are named."""
    letter = text.strip(" .()[]").lower()
    if letter in _RAG_LETTERS:
        return _RAG_LETTERS[letter]
    named = [rag for rag, pattern in _RAG_WORDS if pattern.search(text)]
    return named[0] if len(named) == 1 else None


def parse_rag(value: str | Rag | None) -> Rag | None:
    """A fill colour name from a parser ("red", "Amber", Rag.GREEN) -> `Rag`; other values -> None."""
    if value is None:
        return None
    if isinstance(value, Rag):
        return value
    return find_rag_word(value)
