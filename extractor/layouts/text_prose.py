"""What a reader of a published plan page sees in its prose, beside (or instead of) lists.

Web pages about a plan mix the actions with lines that are not actions, and some
give the actions as sentences rather than list items. The rules here say what
such a line is, each from what any reader would go by:

- a *lead-in* ("Our members are:", "Goals met this year include:") introduces the
  list below it: a sentence broken off before the list, so it ends with a colon
  after a verb, a preposition or a determiner, never after a noun as a heading does;
- a heading or lead-in may report that the items under it are *done*
  ("Year 1 goals complete", "Progress so far", "What we have achieved");
- a *member line* names a person with their unit or role ("Ann Lee (Physics) Chair");
  a list made mostly of them is a membership list, not actions;
- a *link line* points at a document ("Download the report (PDF, 1.2MB)");
- an *assignment sentence* says who holds an action ("Ann Lee and HR have an action to ...");
- a sentence that opens with a unit's code and "to" names its actor ("HR to review ...");
- under a heading that names a pillar, a paragraph with no list is a *narrative*:
  each sentence is an initiative, a sentence that refers back to the one before
  ("The prize ...") describes it, and a quotation with its attribution is not one;
- a line that opens with the pillars' names run together is a table's header of
  tick columns (the ticks lost), and the text after it is the table's first row.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from extractor.layouts.text_common import heading_text, is_heading
from extractor.normalise.pillars import classify_pillar
from extractor.normalise.status import find_state
from extractor.rows import ColumnRole, RawRow
from extractor.sources import SourceLine
from schemas.plan import Provenance, State

logger = logging.getLogger(__name__)

Rejected = list[tuple[str, str, Provenance | None]]

# Words a sentence may stop on before its list; a heading ends on a content word.
_CLOSED_CLASS_END = frozenset((
    "are", "is", "was", "were", "be", "been", "include", "includes", "included", "including", "to", "of", "for",
    "with", "in", "on", "by", "as", "at", "from", "into", "follows", "following", "below", "these", "those", "this",
    "that", "our", "the", "a", "an", "have", "has", "had", "will", "would", "can", "could", "should", "we", "they",
    "it", "them", "us",
))  # fmt: skip
_MIN_LEAD_IN_WORDS = 3


def is_lead_in(text: str) -> bool:
    """A sentence that introduces the list below it: it ends with a colon, and either runs
    past a heading's length, stops on a function word (a heading stops on a noun) or stops
    on a verb of containing ("The day covers:", see `introduces_contents`).

    >>> is_lead_in("Members of the group are:"), is_lead_in("Key dates:"), is_lead_in("Visibility")
    (True, False, False)
    >>> is_lead_in("The day covers:")
    True
    """
    stripped = " ".join(text.split())
    if not stripped.endswith(":") or stripped.startswith(("-", "*", "•")):
        return False
    words = re.findall(r"[A-Za-z']+", stripped[:-1])
    if len(words) < _MIN_LEAD_IN_WORDS:
        return False
    return (
        len(words) > 10
        or "," in stripped
        or words[-1].lower() in _CLOSED_CLASS_END
        or bool(_CONTENTS_LEAD_IN.search(stripped))
    )


# Headings and lead-ins of a progress report: what is listed under them has been done.
_DONE_HEADING = re.compile(
    r"\b(?:progress\s+(?:so\s+far|to\s+date|made)|achievements?|what\s+we(?:'ve|\s+have)\s+(?:done|achieved|delivered)"
    r"|(?:has|have)\s+been\s+(?:completed|achieved|delivered|met))\b",
    re.I,
)


_CLAUSE_BREAK = re.compile(r",\s*|;\s*|\s+and\s+")


def reports_done(text: str | None, *, clause: bool = False) -> str | None:
    """The words saying that the items under a heading or lead-in are done ("Year 2 goals
    complete", "Progress so far", "Achievements", "What we have done"), else None: the whole
    heading, or (`clause`, for a lead-in sentence) the clause that says it. Only completion
    is read: a heading saying "planned" or "review" gives no status.

    >>> reports_done("Year 1 Goals Complete"), reports_done("Progress so far")
    ('Year 1 Goals Complete', 'Progress so far')
    >>> reports_done("Most goals have been met, for example:", clause=True)
    'Most goals have been met'
    >>> reports_done("Year Two - Review of the year") is None
    True
    """
    if not text:
        return None
    folded = " ".join(text.split()).rstrip(":").strip()
    for part in _CLAUSE_BREAK.split(folded) if clause else [folded]:
        if _DONE_HEADING.search(part) or find_state(part) is State.COMPLETE:
            return part.strip()
    return None


_MAX_STATE_HEADING_WORDS = 6


def lead_in_status(text: str | None) -> tuple[str, State] | None:
    """(clause, state) of a lead-in saying its items are done ("Year 1 goals have been
    met, for example:") or under way ("This year's goals are under way and include:").

    >>> lead_in_status("Our year 3 goals are under way and include:")
    ('Our year 3 goals are under way', <State.IN_PROGRESS: 'in_progress'>)
    """
    if (done := reports_done(text, clause=True)) is not None:
        return done, State.COMPLETE
    folded = " ".join((text or "").split()).rstrip(":").strip()
    for part in _CLAUSE_BREAK.split(folded):
        if find_state(part) is State.IN_PROGRESS:
            return part.strip(), State.IN_PROGRESS
    return None


def heading_status(text: str | None) -> tuple[str, State] | None:
    """(status text, state) that a heading gives the items under it: done (`reports_done`),
    or under way when a short heading says so ("Work in progress", "Ongoing"); None
    otherwise (a heading that says "planned" gives no state: plans are what every action is).

    >>> heading_status("Year 2 goals - in progress"), heading_status("Planned actions")
    (('Year 2 goals - in progress', <State.IN_PROGRESS: 'in_progress'>), None)
    """
    if (done := reports_done(text)) is not None:
        return done, State.COMPLETE
    folded = " ".join((text or "").split()).rstrip(":").strip()
    if len(folded.split()) <= _MAX_STATE_HEADING_WORDS and find_state(folded) is State.IN_PROGRESS:
        return folded, State.IN_PROGRESS
    return None


# A sentence reporting a deed as done: "We introduced ...", "Films have been created ...".
_DONE_DEED = re.compile(
    r"^(?:we|they)\s+(?:have\s+)?(?!need)(?P<a>[a-z]+ed)\b"
    r"|\b(?:has|have)\s+been\s+(?P<b>[a-z]+(?:ed|en|t))\b",
    re.I,
)


def done_wording(sentence: str) -> str | None:
    """The words of a narrative sentence that report its initiative as done, else None.

    >>> done_wording("We launched a prize for apprentices."), done_wording("We run a prize.")
    ('We launched', None)
    >>> done_wording("New guides have been written for staff")
    'have been written'
    """
    match = _DONE_DEED.search(sentence.strip())
    return match.group(0) if match else None


_NAME_WORD = r"[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)?"
_PERSON = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}"
_ROLE_NOUN = re.compile(
    r"^(?:chair|chairperson|representative|representation|advisor|adviser|director|administrator|co-?ordinator|"
    r"ambassador|partner|officer|manager|member|secretary|dean|head|lead|leader|initiator|champion|convenor|"
    r"deputy|vice-chair|clerk|sponsor)s?$",
    re.I,
)
_MEMBER_START = re.compile(rf"^(?:(?P<label>[A-Z][\w&\- ]{{0,60}}):\s*)?(?P<person>{_PERSON})(?P<rest>.*)$")
_UNIT = re.compile(r"^\((?P<unit>[A-Z][^()]{0,40})\)")
_TRAILING_UNIT = re.compile(r"\s*\((?P<unit>[A-Z][^()]{0,40})\)$")
_TITLE_JOINERS = frozenset({"and", "&", "of", "for", "the", "in"})
_MAX_MEMBER_WORDS = 14


def is_member_line(text: str, *, strict: bool = False) -> bool:
    """A line naming a person with their unit in brackets and/or their job title
    ("Ann Lee (Physics) Chair", "Chair: Ann Lee (Physics)", "Raj Patel HR Advisor").

    What follows the name is only a unit and a title in capitals (no verb, no lowercase
    words but "and", "of" ...). `strict` (for a line judged alone, not within a list of
    them) also needs a role label before the name, or both a unit and a title after it.

    >>> is_member_line("Ann Lee (Physics) Deputy Chair,"), is_member_line("Map the committee structure")
    (True, False)
    >>> is_member_line("Ann Lee (Physics)"), is_member_line("Ann Lee (Physics)", strict=True)
    (True, False)
    """
    folded = " ".join(text.split()).rstrip(",.;")
    if not folded or len(folded.split()) > _MAX_MEMBER_WORDS:
        return False
    match = _MEMBER_START.match(folded)
    if match is None:
        return False
    rest = match.group("rest").strip().lstrip(",:-\u2013\u2014 ")
    unit = _UNIT.match(rest)
    rest = rest[unit.end() :] if unit else rest
    trailing = _TRAILING_UNIT.search(rest)  # "Technical Director (Chemistry)"
    if trailing:
        unit, rest = trailing, rest[: trailing.start()]
    title = rest.split()
    if any(word.lower() not in _TITLE_JOINERS and not word[:1].isupper() for word in title):
        return False
    has_role = bool(title) and bool(_ROLE_NOUN.match(title[-1]))
    labelled = match.group("label") is not None and bool(unit or not title)
    if strict:
        return labelled or (bool(unit) and has_role)
    return labelled or bool(unit) or has_role


_MEMBER_LIST_SHARE = 0.6
_NAVIGATION_SHARE = 0.6
_MAX_NAVIGATION_WORDS = 2


def is_navigation_list(items: Sequence[str]) -> bool:
    """A list of three or more items, most of them one or two words ("Home", "About us",
    "Contact"): a page's menu, not actions, which say what will be done.

    >>> is_navigation_list(["Home", "Research", "Staff pages", "Run a survey of all labs"])
    True
    """
    if len(items) < 3:
        return False
    short = sum(1 for item in items if len(item.split()) <= _MAX_NAVIGATION_WORDS)
    return short >= _NAVIGATION_SHARE * len(items)


# What a list that describes something's contents is introduced by ("The programme will
# include:"), unless the lead-in says the items are goals or actions ("examples include:").
_CONTENTS_LEAD_IN = re.compile(
    r"\b(?:includes?|including|cover(?:s|ing)?|compris(?:e|es|ing)|consists?\s+of)\s*:?\s*$", re.I
)
_ACTION_WORDS = re.compile(
    r"\b(?:actions?|goals?|aims?|objectives?|commitments?|priorit(?:y|ies)|steps?|examples?|plans?|achievements?"
    r"|measures?|targets?|initiatives?)\b",
    re.I,
)


def introduces_contents(lead_in: str | None) -> bool:
    """A lead-in to a list of what something contains ("The new course will include:"), not
    of actions: it ends on "include", "cover" or "comprise" and names no goals, actions,
    aims or examples.

    >>> introduces_contents("The two-day course will include:"), introduces_contents("Our aims include:")
    (True, False)
    """
    if not lead_in:
        return False
    folded = " ".join(lead_in.split())
    return bool(_CONTENTS_LEAD_IN.search(folded)) and not _ACTION_WORDS.search(folded)


def is_member_list(items: Sequence[str]) -> bool:
    """Most items of one list name people: a membership list, not actions."""
    if len(items) < 2:
        return False
    return sum(1 for item in items if is_member_line(item)) >= _MEMBER_LIST_SHARE * len(items)


_PERSON_CELL = re.compile(rf"^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?{_PERSON}$")
_MAX_MEMBER_CELL_WORDS = 6  # a member table's cells are a name, a role, a unit; an action is a longer sentence


def is_member_table(rows: Sequence[Sequence[str]]) -> bool:
    """Rows of a table listing people, not actions: most rows open with a person's name
    ("Dr Ann Lee", "Raj Patel") and no cell in them runs to a sentence (name, role, unit).

    >>> is_member_table([["Name", "Role"], ["Dr Ann Lee", "Chair"], ["Raj Patel", "HR Partner"]])
    True
    >>> is_member_table([["Career Development", "Run a mentoring scheme for all new technical staff"]] * 2)
    False
    """
    people = [
        row
        for row in rows
        if row
        and _PERSON_CELL.match(" ".join(row[0].split()))
        and all(len(cell.split()) <= _MAX_MEMBER_CELL_WORDS for cell in row)
    ]
    return len(rows) >= 2 and len(people) >= _MEMBER_LIST_SHARE * len(rows)


_LINK_LINE = re.compile(
    r"\((?:[^()]*,\s*)?(?:pdf|docx?|xlsx?|pptx?|odt|csv)\b[^()]*\)|\b\d+(?:\.\d+)?\s?[KM]B\b"
    r"|^(?:download|view|read|open)\b.*\b(?:here|pdf|document|report|file)\.?$",
    re.I,
)


def is_link_line(text: str) -> bool:
    """A line that points at a document: its file type or size in brackets
    ("Annual report (PDF, 2MB)"), or "Download/View ... here".

    >>> is_link_line("Download the plan (PDF, 300KB)"), is_link_line("Publish the plan")
    (True, False)
    """
    return bool(_LINK_LINE.search(" ".join(text.split())))


_CONTACT = re.compile(
    r"^(?:contact(?:\s+us)?|e-?mail|tel(?:ephone)?|phone|enquiries)\b\s*:?|[\w.+-]+@[\w-]+\.[\w.]+|"
    r"(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b",
    re.I,
)


def is_contact_line(text: str) -> bool:
    """A line giving someone to contact: a "Contact"/"Email"/"Tel" label, an email address
    or a phone number.

    >>> is_contact_line("Email: labs@example.ac.uk"), is_contact_line("Write a contact list for each lab")
    (True, False)
    """
    return bool(_CONTACT.search(" ".join(text.split())))


_ASSIGNMENT = re.compile(
    rf"^(?P<who>{_PERSON}(?:\s*(?:,|and|&)\s*{_PERSON})*)\s+(?:has|have)\s+(?:an?\s+|the\s+)?actions?\s+to\s+\w+",
)


def assigned_owners(sentence: str) -> list[str]:
    """The people a sentence gives an action to ("Ann Lee and Raj Patel have an action to
    ..."), else [].

    >>> assigned_owners("Ann Lee and Raj Patel have actions to tidy the wiki.")
    ['Ann Lee', 'Raj Patel']
    """
    match = _ASSIGNMENT.match(" ".join(sentence.split()))
    if match is None:
        return []
    return [name.strip() for name in re.split(r"\s*(?:,|\band\b|&)\s*", match.group("who")) if name.strip()]


_ACTOR_CODE = re.compile(r"^(?P<code>[A-Z][A-Z&]{1,7})\s+to\s+[a-z]")


def actor_code(text: str) -> str | None:
    """The unit code an action opens with as its actor ("HR to review the policy"), else None.

    >>> actor_code("HR to review the policy"), actor_code("All staff to attend")
    ('HR', None)
    """
    match = _ACTOR_CODE.match(text.strip())
    return match.group("code") if match else None


# Verbs an action opens with, in the imperative; a theme before a dash is followed by one.
_IMPERATIVE = frozenset((
    "add", "adopt", "agree", "allow", "appoint", "arrange", "assess", "audit", "build", "buy", "capture",
    "celebrate", "collect", "consider", "continue", "create", "credit", "deliver", "design", "develop", "embed",
    "enable", "encourage", "engage", "ensure", "establish", "evaluate", "expand", "explore", "extend", "fund",
    "give", "grow", "hold", "host", "identify", "implement", "improve", "include", "increase", "introduce",
    "invite", "launch", "let", "make", "map", "monitor", "nominate", "offer", "organise", "pair", "pay", "pilot",
    "print", "produce", "promote", "provide", "publish", "put", "raise", "recognise", "record", "recruit",
    "report", "review", "revise", "run", "send", "set", "share", "showcase", "start", "support", "survey", "train",
    "update", "welcome", "work", "write",
))  # fmt: skip
_THEME_PREFIX = re.compile(
    r"^(?P<theme>[A-Z][\w&'/-]*(?:\s+[\w&'/-]+){0,3})(?:\s+[\u2013\u2014-]|:)\s+(?P<rest>(?P<verb>[A-Z][a-z]+)\s+\S.*)$"
)


def split_theme_prefix(text: str, *, siblings_themed: bool = False) -> tuple[str, str] | None:
    """(theme, action) for an item that names its theme before a dash or a colon and then says
    what will be done, an imperative ("Induction - Give every new starter a tour", "Open days:
    Run a tour"); None when the words after the dash do not open with a verb ("Staff fund - A
    pot of money ...") or the words before it run past a theme's few words. With `siblings_themed` (most items of the
    page are written "Theme - Verb ..."), any capitalised word after the dash will do that is
    not a determiner, so a verb the list of imperatives lacks is still read as one.

    >>> split_theme_prefix("Induction \u2013 Give every new starter a tour of the labs")
    ('Induction', 'Give every new starter a tour of the labs')
    >>> split_theme_prefix("Staff fund - A pot of money for courses") is None
    True
    >>> split_theme_prefix("Lab tours: Offer a tour of each workshop")
    ('Lab tours', 'Offer a tour of each workshop')
    >>> split_theme_prefix("Badges - Print name badges", siblings_themed=True)
    ('Badges', 'Print name badges')
    >>> split_theme_prefix("Staff fund - A pot of money", siblings_themed=True) is None
    True
    """
    match = _THEME_PREFIX.match(" ".join(text.split()))
    if match is None:
        return None
    verb = match.group("verb").lower()
    if verb not in _IMPERATIVE and (not siblings_themed or verb in _DETERMINERS):
        return None
    theme_words = match.group("theme").split()
    if len(theme_words) > 1 and theme_words[0].lower() in _IMPERATIVE:
        return None  # "Develop a page - Publish it" is one action, not a theme; "Credit - Add ..." names one
    return match.group("theme"), match.group("rest")


_DETERMINERS = frozenset((
    "a", "an", "the", "this", "that", "these", "those", "our", "their", "its", "his", "her", "my", "your", "we",
    "they", "it", "there", "some", "all", "each", "every", "no", "one", "two", "three", "many", "most", "more",
))  # fmt: skip
THEMED_SHARE = 0.5  # items written "Theme - Verb ..." at or above this share make the rest read that way


_NUMBERED_OBJECTIVE = re.compile(r"^(?P<ref>\d{1,2})\s*[\u2013\u2014-]\s+(?P<text>[A-Z]\S*(?:\s+\S+){2,})$")


def numbered_objective(text: str) -> tuple[str, str] | None:
    """(ref, text) of an objective numbered with a dash ("2 \u2013 Raise the profile of ..."),
    printed as a line of its own with its rationale in the paragraph below; else None.

    >>> numbered_objective("3 \u2013 Widen routes into technical careers")
    ('3', 'Widen routes into technical careers')
    >>> numbered_objective("2 - 3 days") is None
    True
    """
    match = _NUMBERED_OBJECTIVE.match(" ".join(text.split()))
    return (match.group("ref"), match.group("text")) if match else None


_QUOTE_OPEN = "\u201c\"\u2018'"
_QUOTE_CLOSE = "\u201d\"\u2019'"


def is_quotation(text: str) -> bool:
    """A paragraph printed in quotation marks: someone's words, not an initiative."""
    stripped = text.strip()
    return len(stripped) > 2 and stripped[0] in _QUOTE_OPEN and stripped.rstrip(".")[-1:] in _QUOTE_CLOSE


_SENTENCE_END = re.compile(r"(?<=[.!?])[\u201d\u2019\"')]?\s+(?=[A-Z\u201c\u2018\"'(])")
_ABBREVIATION_END = re.compile(r"\b(?:e\.g|i\.e|etc|Dr|Prof|Mr|Mrs|Ms|St|No|approx|incl)\.$", re.I)


def split_sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences: cut after a full stop, question or exclamation mark
    followed by a capital, except after a common abbreviation.

    >>> split_sentences("We run a prize. It is open to all, e.g. Apprentices. More soon")
    ['We run a prize.', 'It is open to all, e.g. Apprentices.', 'More soon']
    """
    sentences: list[str] = []
    position = 0
    for match in _SENTENCE_END.finditer(paragraph):
        piece = paragraph[position : match.start()].strip()
        if _ABBREVIATION_END.search(piece):
            continue
        sentences.append(piece)
        position = match.end()
    tail = paragraph[position:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]


_JOINED_CLAUSE = re.compile(r",\s+and\s+(?=(?:we|they|our|the\s+\w+\s+(?:has|have|is|are))\b)")


def split_joined_clauses(sentence: str) -> list[str]:
    """One sentence that joins two initiatives with ", and we ...": each clause on its own.

    >>> split_joined_clauses("Films have been made, and we host open days:")
    ['Films have been made', 'we host open days']
    """
    parts = [p.strip().rstrip(":").strip() for p in _JOINED_CLAUSE.split(sentence)]
    if len(parts) == 1:
        return [sentence.strip().rstrip(":").strip()]
    return [p for p in parts if p]


_REFERRING_OPENER = re.compile(r"^(?:the|this|these|that|such)\s+(?P<noun>[a-z]+)\b", re.I)
_PRONOUN_OPENER = re.compile(r"^(?:it|they|this|these)\s+(?:is|are|was|were|has|have|will|recognises?|helps?)\b", re.I)


def refers_back(sentence: str, previous: str) -> bool:
    """A sentence about the initiative before it: it opens with a pronoun, or with "The/This
    <noun>" where the noun was named in the sentence before ("We launched a prize. The
    prize ...").

    >>> refers_back("The prize is open to all.", "We launched a prize for apprentices.")
    True
    >>> refers_back("The university runs a fund.", "We launched a prize.")
    False
    """
    stripped = sentence.strip()
    if _PRONOUN_OPENER.match(stripped):
        return True
    match = _REFERRING_OPENER.match(stripped)
    if match is None:
        return False
    noun = match.group("noun").lower().rstrip("s")
    return len(noun) >= 3 and bool(re.search(rf"\b{re.escape(noun)}", previous, re.I))


_PILLAR_WORDS = frozenset((
    "visibility", "recognition", "career", "development", "sustainability", "evaluating", "impact", "governance",
))  # fmt: skip
_MIN_TICK_PILLARS = 3


def tick_header_split(line: str) -> tuple[list[str], str] | None:
    """(pillar words, the rest) for a line that opens with pillar names run together
    ("Visibility Recognition Career Development Sustainability Hold ..."): the header of
    a table of tick columns, flattened with its first row. None for any other line.

    >>> tick_header_split("Visibility Recognition Career Sustainability Development Hold a forum")
    (['Visibility', 'Recognition', 'Career', 'Sustainability', 'Development'], 'Hold a forum')
    """
    words = line.split()
    count = 0
    while count < len(words) and words[count].lower().strip(",;:") in _PILLAR_WORDS:
        count += 1
    header = words[:count]
    named = {w.lower().strip(",;:") for w in header}
    named.discard("development") if "career" in named else None
    if len(named) < _MIN_TICK_PILLARS:
        return None
    return header, " ".join(words[count:])


_MIN_ROW_WORDS = 3


def tick_table_rows(lines: Sequence[SourceLine], rejected: Rejected) -> list[RawRow]:
    """Rows under a header of pillar tick columns: the text after the header on its line,
    then each line below it up to a blank line or a heading."""
    rows: list[RawRow] = []
    inside = False
    for line in lines:
        text = " ".join(line.text.split())
        split = tick_header_split(text) if not inside else None
        if split is not None:
            inside, text = True, split[1]
        elif not inside:
            continue
        if not text:
            if rows:
                inside = False
            continue
        if is_heading(text) and len(text.split()) < _MIN_ROW_WORDS:
            inside = False
            continue
        if len(text.split()) < _MIN_ROW_WORDS:
            rejected.append(("too_short", text, Provenance(line=line.number)))
            continue
        rows.append(RawRow(cells={ColumnRole.ACTION: text}, provenance=Provenance(line=line.number)))
    return rows


MIN_PARAGRAPH_WORDS = 8


@dataclass
class _Section:
    heading: str
    pillar_named: bool
    line: int
    sentences: list[tuple[str, int]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    def is_prose(self) -> bool:
        """Paragraphs, not a table's cells broken into short lines: half its lines or more
        run to `MIN_PARAGRAPH_WORDS` words."""
        long = sum(1 for text in self.lines if len(text.split()) >= MIN_PARAGRAPH_WORDS)
        return bool(self.lines) and long * 2 >= len(self.lines)


def _is_pillar_heading(text: str) -> bool:
    """A short heading line that names a pillar ("Career Development"): no list marker, no
    "Label: value" (a legend's "CD: Career Development" is an entry, not a heading)."""
    if text.lstrip()[:1] in "-*+\u2022" or ":" in text.rstrip(":"):
        return False
    return is_heading(text) and classify_pillar(heading_text(text)) is not None


def narrative_rows(
    lines: Sequence[SourceLine], furniture: frozenset[str], rejected: Rejected, listed: frozenset[int] = frozenset()
) -> list[RawRow]:
    """Initiatives told as sentences under headings that name a pillar.

    Each sentence (or clause, see `split_joined_clauses`) of a paragraph under a pillar
    heading is an action, its status read from its wording (`done_wording`); a sentence
    that refers back to the one before is that action's notes. Paragraphs outside any
    pillar heading, quotations and the short lines after them (who said it) are not actions.
    A pillar section holding any of the `listed` lines (actions read from a list) gives
    none: its prose introduces the list.
    """
    sections: list[_Section] = []
    current: _Section | None = None
    after_quote = False
    for line in lines:
        text = " ".join(line.text.split())
        if not text:
            continue
        where = Provenance(line=line.number)
        if _is_pillar_heading(text):
            current = _Section(heading_text(text), True, line.number)
            sections.append(current)
            after_quote = False
            continue
        if is_quotation(text):
            rejected.append(("quotation", text, where))
            after_quote = True
            continue
        opening = current is not None and not current.sentences  # the first line under a heading is its text
        if not opening and is_heading(text, furniture, allow_title=True) and not text.endswith((".", ":")):
            rejected.append(("attribution" if after_quote else "heading_without_pillar", text, where))
            current = None
            continue
        after_quote = False
        if current is None:
            rejected.append(("prose_outside_pillar_section", text, where))
            continue
        current.lines.append(text)
        current.sentences.extend((s, line.number) for s in split_sentences(text))
    rows: list[RawRow] = []
    for number, section in enumerate(sections):
        end = sections[number + 1].line if number + 1 < len(sections) else None
        if any(section.line < n and (end is None or n < end) for n in listed) or not section.is_prose():
            continue
        rows.extend(_section_rows(section))
    return rows


def _section_rows(section: _Section) -> list[RawRow]:
    rows: list[RawRow] = []
    previous = ""
    for sentence, number in section.sentences:
        if rows and refers_back(sentence, previous):
            last = rows[-1]
            notes = "\n".join(filter(None, [last.cells.get(ColumnRole.NOTES), sentence]))
            rows[-1] = replace(
                last,
                cells={**last.cells, ColumnRole.NOTES: notes},
                provenance=Provenance(line=last.provenance.line, end_line=number),
            )
            previous = sentence
            continue
        for clause in split_joined_clauses(sentence):
            cells = {ColumnRole.ACTION: clause}
            done = done_wording(clause)
            if done is not None:
                cells[ColumnRole.STATUS] = done
            rows.append(
                RawRow(
                    cells=cells,
                    provenance=Provenance(line=number),
                    section=section.heading,
                    status_state=State.COMPLETE.value if done else None,
                )
            )
        previous = sentence
    return rows
