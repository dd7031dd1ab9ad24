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

from extractor.headings import heading_text, is_text_heading, names_its_items
from extractor.normalise.pillars import classify_pillar
from extractor.normalise.status import find_state
from extractor.rows import ColumnRole, RawRow
from extractor.settings import DEFAULT_TOLERANCES
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
    under way when a short heading says so ("Work in progress", "Ongoing"), late or not
    done (`reports_behind`); None
    otherwise (a heading that says "planned" gives no state: plans are what every action is).

    >>> heading_status("Year 2 goals - in progress"), heading_status("Planned actions")
    (('Year 2 goals - in progress', <State.IN_PROGRESS: 'in_progress'>), None)
    """
    if (done := reports_done(text)) is not None:
        return done, State.COMPLETE
    folded = " ".join((text or "").split()).rstrip(":").strip()
    if len(folded.split()) <= _MAX_STATE_HEADING_WORDS and find_state(folded) is State.IN_PROGRESS:
        return folded, State.IN_PROGRESS
    if reports_behind(folded):
        return folded, State.ACTION_NEEDED
    return None


_BEHIND_HEADING = re.compile(
    r"\b(?:carried\s+(?:forward|over)|rolled\s+(?:forward|over)|deferred|delayed|behind(?:\s+schedule)?|on\s+hold|"
    r"not\s+(?:yet\s+)?(?:met|achieved|completed|delivered)|slipped|running\s+late)\b",
    re.I,
)


def reports_behind(heading: str) -> bool:
    """A short heading saying that what is listed under it is late or not done ("Carried
    forward to next year", "Delayed", "Not yet achieved"): its items need action. A heading
    naming what needs doing ("Actions required") is a plan's, and says nothing of progress.

    >>> reports_behind("Carried forward to Year 4"), reports_behind("Delayed or on hold")
    (True, True)
    >>> reports_behind("Actions required"), reports_behind("Looking ahead")
    (False, False)
    """
    folded = " ".join(heading.split())
    return len(folded.split()) <= _MAX_STATE_HEADING_WORDS and bool(_BEHIND_HEADING.search(folded))


# A sentence reporting a deed as done: "We introduced ...", "Films have been created ...".
_DONE_DEED = re.compile(
    r"^(?:(?:last|this)\s+(?:year|month|term|spring|summer|autumn|winter)|in\s+(?:19|20)\d\d|"
    r"in\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?),?\s+(?:we|they)\s+(?:have\s+)?(?!need)(?P<c>[a-z]+ed)\b"
    r"|^(?:we|they)\s+(?:have\s+)?(?!need)(?P<a>[a-z]+ed)\b"
    r"|\b(?:has|have)\s+(?:also\s+|now\s+|already\s+)?been\s+(?P<b>[a-z]+(?:ed|en|t))\b"
    # a thing or body as the subject: "Every facility page has named its team"; not a plan or a hope
    r"|^(?!we\b|they\b)(?:[A-Za-z0-9][\w'\u2019&-]*,?\s+){1,10}?(?P<e>(?:has|have)\s+(?:also\s+|now\s+|already\s+)?"
    r"(?!(?:plann|hop|promis|expect|intend|want|aim|wish|need|decid)ed\b)[a-z]{3,}ed)\s+(?!to\b)"
    r"|\b(?:is|are)\s+now\s+(?P<d>[a-z]+(?:ed|en))\b",
    re.I,
)


def done_wording(sentence: str) -> str | None:
    """The words of a narrative sentence that report its initiative as done, else None.

    >>> done_wording("We launched a prize for apprentices."), done_wording("We run a prize.")
    ('We launched', None)
    >>> done_wording("New guides have been written for staff")
    'have been written'
    >>> done_wording("Last year we opened our labs."), done_wording("Staff are now listed as authors.")
    ('we opened', 'are now listed')
    >>> done_wording("Since 2031 the stores team has fitted name boards in each lab.")
    'has fitted'
    >>> done_wording("The board has decided to wait.") is None
    True
    """
    match = _DONE_DEED.search(sentence.strip())
    if match is None:
        return None
    if match.group("e"):
        return match.group("e")
    opener = match.group(0)
    return opener[opener.lower().rfind(" we ") + 1 :] if match.group("c") else opener


_DONE_BUT_PENDING = re.compile(
    r"\b(?:has|have)\s+(?:also\s+)?been\s+[a-z]+(?:ed|en|t)\s+but\s+(?:is|are)\s+(?:still|not\s+yet|awaiting)\b"
    r"[^,.;]{0,60}",
    re.I,
)


def done_but_pending(sentence: str) -> str | None:
    """The words of a narrative sentence telling a first step done but the initiative still
    waiting on something ("The rota has been agreed but is still awaiting sign-off", "... has
    been written but is not yet in use"): under way, not done; None for any other sentence.

    >>> done_but_pending("The rota has been agreed but is still awaiting sign-off.")
    'has been agreed but is still awaiting sign-off'
    >>> done_but_pending("The rota has been agreed and published.") is None
    True
    """
    match = _DONE_BUT_PENDING.search(sentence)
    return match.group(0).strip() if match else None


# A sentence reporting a deed as under way: "We are working with ...", "The scheme is being extended".
_ONGOING_DEED = re.compile(
    r"(?:^|(?<=,\sand\s)|(?<=,\sbut\s)|(?<=;\s))"
    r"(?:we|they)\s+are\s+(?:also\s+|now\s+|currently\s+|still\s+)?(?!going\b)[a-z]+ing\b"
    r"|\b(?:is|are)\s+(?:now\s+)?being\s+[a-z]+(?:ed|en|t)\b",
    re.I,
)


def under_way_wording(sentence: str) -> str | None:
    """The words of a narrative sentence that report its initiative as under way ("We are
    working with ...", "... is being extended to all grades"), else None. A plan's "we are
    going to" is a promise, not progress.

    >>> under_way_wording("We are also making short films."), under_way_wording("The scheme is being extended.")
    ('We are also making', 'is being extended')
    >>> under_way_wording("We are going to run a fair."), under_way_wording("We run a fair.")
    (None, None)
    >>> under_way_wording("Funding is hard to find, and we are still asking sponsors.")
    'we are still asking'
    """
    match = _ONGOING_DEED.search(sentence.strip())
    return match.group(0) if match else None


_NAME_WORD = r"[A-Z][a-z\u00e0-\u017f]+(?:[-'\u2019][A-Z]?[a-z\u00e0-\u017f]+)?"
_PERSON = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}"
_ROLE_NOUN = re.compile(
    r"^(?:chair|chairperson|representative|representation|advisor|adviser|director|administrator|co-?ordinator|"
    r"ambassador|partner|officer|manager|member|secretary|dean|head|lead|leader|initiator|champion|convenor|"
    r"deputy|vice-chair|clerk|sponsor|technician)s?$",
    re.I,
)
_MEMBER_START = re.compile(rf"^(?:(?P<label>[A-Z][\w&\- ]{{0,60}}):\s*)?(?P<person>{_PERSON})(?P<rest>.*)$")
_UNIT = re.compile(r"^\((?P<unit>[A-Z][^()]{0,40})\)")
_TRAILING_UNIT = re.compile(r"\s*\((?P<unit>[A-Z][^()]{0,40})\)$")
_TITLE_JOINERS = frozenset({"and", "&", "of", "for", "the", "in"})
_MAX_MEMBER_WORDS = 14
_PART_BREAKS = frozenset({"-", "\u2013", "\u2014", "|"})  # between a person's unit and their title or prize


def _title_word(word: str) -> bool:
    """A word of a job title or unit: capitalised, bracketed ("(Academic)"), a number ("3D") or a joiner."""
    return word.lower() in _TITLE_JOINERS or word.lstrip("(")[:1].isupper() or word[:1].isdigit()


def titled_before_unit(rest: str) -> bool:
    """Whether the words after a person's name give a job title, then their unit after a
    comma ("People Partner, Human Resources", "Technician, Film Stores"): the title is the
    part before the first comma, ending on a role noun.

    >>> titled_before_unit("People Partner, Human Resources"), titled_before_unit("Human Resources")
    (True, False)
    """
    head, comma, _ = rest.partition(",")
    words = head.split()
    return bool(comma) and bool(words) and bool(_ROLE_NOUN.match(words[-1]))


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
    >>> is_member_line("Ann Lee, Print Room \u2013 Team of the Year"), is_member_line("Ann Lee, our chair, will lead")
    (True, False)
    """
    folded = " ".join(text.split()).rstrip(",.;")
    if not folded or len(folded.split()) > _MAX_MEMBER_WORDS:
        return False
    match = _MEMBER_START.match(folded)
    if match is None:
        return False
    after_comma = match.group("rest").lstrip().startswith(",")  # "Ann Lee, Imaging Unit - Prize winner"
    rest = match.group("rest").strip().lstrip(",:-\u2013\u2014 ")
    unit = _UNIT.match(rest)
    rest = rest[unit.end() :] if unit else rest
    trailing = _TRAILING_UNIT.search(rest)  # "Technical Director (Chemistry)"
    if trailing:
        unit, rest = trailing, rest[: trailing.start()]
    title = [word.rstrip(",") for word in rest.split() if word not in _PART_BREAKS and word.rstrip(",")]
    if any(not _title_word(word) for word in title):
        return False
    has_role = bool(title) and (bool(_ROLE_NOUN.match(title[-1])) or titled_before_unit(rest))
    labelled = match.group("label") is not None and bool(unit or not title)
    if strict:
        return labelled or (bool(unit) and has_role)
    return labelled or bool(unit) or has_role or (after_comma and bool(title))


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


_OF_PHRASE = re.compile(r"\bof\s+(?:the|our|this|its|their)\s+(?:\w+\s+){0,2}?(?:plan|action\s+plan)\b", re.I)
# "Our first-year delivery plan will include:": the plan as a document, and what it will hold
_PLAN_WILL = re.compile(r"\bplan\s+(?=will\s+(?:include|cover|comprise)\b)", re.I)


def introduces_contents(lead_in: str | None) -> bool:
    """A lead-in to a list of what something contains ("The new course will include:"), not
    of actions: it ends on "include", "cover" or "comprise" and names no goals, actions,
    aims or examples.

    >>> introduces_contents("The two-day course will include:"), introduces_contents("Our aims include:")
    (True, False)
    >>> introduces_contents("The review of the plan will include:"), introduces_contents("Our plans include:")
    (True, False)
    >>> introduces_contents("Our first-year delivery plan will include:")
    True
    """
    if not lead_in:
        return False
    folded = " ".join(lead_in.split())
    subject = _OF_PHRASE.sub("", folded)  # "The review of the plan will include:" is about a review
    subject = _PLAN_WILL.sub("", subject)  # "Our delivery plan will include:" tells what the plan will hold
    return bool(_CONTENTS_LEAD_IN.search(folded)) and not _ACTION_WORDS.search(subject)


_ADVICE_LEAD_IN = re.compile(
    r"\b(?:advice|tips|top\s+tips|hints|words\s+of\s+wisdom|lessons\s+(?:learned|learnt))\s+(?:for|to|on)\s"
    r"[^.!?]*:?\s*$",
    re.I,
)


def introduces_advice(lead_in: str | None) -> bool:
    """A lead-in or heading over a list of advice or tips for someone ("Her tips for new
    starters:", "Advice to anyone joining a workshop"), as a news story or profile gives
    them: the items are told to the reader in the imperative but are nobody's commitment,
    so they are no actions. "Career advice" names a subject, not a list of advice.

    >>> introduces_advice("Sam's advice for anyone starting out:"), introduces_advice("Our actions for next year:")
    (True, False)
    >>> introduces_advice("Career advice")
    False
    """
    return bool(lead_in) and _ADVICE_LEAD_IN.search(" ".join((lead_in or "").split())) is not None


def is_member_list(items: Sequence[str]) -> bool:
    """Most items of one list name people: a membership list, not actions."""
    if len(items) < 2:
        return False
    return sum(1 for item in items if is_member_line(item)) >= _MEMBER_LIST_SHARE * len(items)


_QUESTION = re.compile(r"^[^.!?\n]{3,160}\?(?:\s|$)")


def is_question_list(items: Sequence[str]) -> bool:
    """A list whose items mostly open with a question ("How do I join? Come to ...") is a
    page's questions and answers: it tells readers what to do or where to look, and commits
    the plan to nothing (`LayoutTolerances.question_list_share` and `question_list_min_items`).

    >>> is_question_list(["Who can join? Anyone.", "Where do we meet? In the library."])
    True
    >>> is_question_list(["Run a survey of all staff", "Why not hold a fair? We did."])
    False
    """
    tol = DEFAULT_TOLERANCES
    asked = sum(1 for item in items if _QUESTION.match(" ".join(item.split())))
    return asked >= tol.question_list_min_items and asked >= tol.question_list_share * len(items)


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


_SOCIAL = re.compile(
    r"^(?:(?:follow\s+us|connect\s+with\s+us|share(?:\s+this(?:\s+page|\s+story)?)?)\s*(?::|\s+on\b)|find\s+us\s+on\b)",
    re.I,
)


def is_social_line(text: str) -> bool:
    """A line pointing at the site's social media or share buttons ("Follow us: Instagram |
    YouTube", "Share this page: Facebook | Email", "Find us on LinkedIn"): the page's
    furniture, however its links are joined, never a row or an action.

    >>> is_social_line("Follow us: Instagram | YouTube"), is_social_line("Share: Facebook | X")
    (True, True)
    >>> is_social_line("Share good practice | Network Leads | 2031")
    False
    """
    return bool(_SOCIAL.match(" ".join(text.split())))


_PAGE_RECORD = re.compile(
    r"^(?:page|content|site)\s+(?:owner|editor|contact|maintained\s+by)\b|^(?:page\s+)?last\s+(?:updated|reviewed|modified)\b",
    re.I,
)


def is_page_record(text: str) -> bool:
    """A line recording the web page itself: who keeps it, when it was last reviewed, its
    copyright, a footer (`is_page_footer`) ("Page owner: Web Team | Last updated: May 2025", "\u00a9 2025 the college"),
    not a field of the action above it.

    >>> is_page_record("Page owner: Web Office | Last reviewed: June 2025"), is_page_record("Owner: Web Office")
    (True, False)
    """
    return bool(_PAGE_RECORD.search(" ".join(text.split()))) or is_page_footer(text)


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
    # verbs that are seldom the noun a theme's sentence would open with
    "bring", "repeat", "keep", "take", "find", "get", "hire", "benchmark", "draft", "align", "commission", "consult",
    "coordinate", "facilitate", "formalise", "gather", "highlight", "maintain", "publicise", "reduce", "refresh",
    "secure", "seek", "signpost", "simplify", "standardise", "strengthen", "submit", "sustain", "widen", "upskill",
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


_NUMBERED_OBJECTIVE = re.compile(
    r"^(?:(?:goal|objective|aim|priority|commitment)\s+)?(?P<ref>\d{1,2})\s*[\u2013\u2014-]\s+"
    r"(?P<text>[A-Z]\S*(?:\s+\S+){2,})$",
    re.I,
)


def numbered_objective(text: str) -> tuple[str, str] | None:
    """(ref, text) of an objective numbered with a dash ("2 \u2013 Raise the profile of ..."),
    printed as a line of its own with its rationale in the paragraph below; else None.

    >>> numbered_objective("3 \u2013 Widen routes into technical careers")
    ('3', 'Widen routes into technical careers')
    >>> numbered_objective("2 - 3 days") is None, numbered_objective("Goal 4 \u2013 Give every technician a plan")
    (True, ('4', 'Give every technician a plan'))
    """
    match = _NUMBERED_OBJECTIVE.match(" ".join(text.split()))
    return (match.group("ref"), match.group("text")) if match else None


_QUOTE_OPEN = "\u201c\"\u2018'"
_QUOTE_CLOSE = "\u201d\"\u2019'"


# a closing quotation mark, then a dash and who said it: "... before." - Sam Lee, Senior Technician
_ATTRIBUTION = re.compile(r"[\u201d\"]\s*[\u2013\u2014-]\s*[A-Z][^\u201c\u201d\"]{1,120}$")
# ... or the verb of saying: '... three seasons," says Moira Kelleher, Senior Technician.' / '... me," Sam said.'
_SAID_BY = re.compile(
    r"[\u201d\"]\s+(?:(?:says|said|adds|added|explains|explained)\s+[A-Z]"
    r"|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+(?:says|said|adds|added|explains|explained)\b)"
    r"[^\u201c\u201d\"]{0,120}$"
)


def is_quotation(text: str) -> bool:
    """A paragraph printed in quotation marks, alone or with who said it after a dash or a
    verb of saying ("says Sam Lee", "Sam said"): someone's words, not an initiative.

    >>> is_quotation('"It changed my job." \u2013 Sam Lee, Senior Technician'), is_quotation('We ran a "fair".')
    (True, False)
    >>> is_quotation('"It changed my job," says Sam Lee, Senior Technician.'), is_quotation('"Mine too," Sam said.')
    (True, True)
    """
    stripped = text.strip()
    attributed = _ATTRIBUTION.search(stripped) or _SAID_BY.search(stripped)
    if len(stripped) > 2 and stripped[0] in _QUOTE_OPEN and attributed:
        return True
    return len(stripped) > 2 and stripped[0] in _QUOTE_OPEN and stripped.rstrip(".")[-1:] in _QUOTE_CLOSE


def names_its_speaker(text: str) -> bool:
    """Whether a quotation says who spoke it after a dash or a verb of saying ('"It changed my
    job," said Sam Lee.'): the line under it is then no attribution, but what the page goes on
    with (a heading, a paragraph).

    >>> names_its_speaker('"It helped," said Sam Lee, Senior Technician.'), names_its_speaker('"It helped."')
    (True, False)
    """
    stripped = text.strip()
    return bool(_ATTRIBUTION.search(stripped) or _SAID_BY.search(stripped))


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


# ", and we ...": the actor named again opens a second initiative; ", and our first apprentices arrive ..."
# tells what came of the first
# (a few words of when may come first: ", and in the autumn we opened ...")
_JOINED_CLAUSE = re.compile(
    r",\s+and\s+(?=(?:(?:in|last|this|then|later|since|by)\s+(?:[\w-]+\s+){0,2}?)?(?:we|they)\b)"
)
# "... about it", "... to start it in May": the clause speaks of the thing the first one named, or says when that
# one begins ("them" is as often the staff; "we will print it" is a deed of its own)
_BACK_REFERENCE = re.compile(
    r"\b(?:about|with|on|for|to|of|from|into|over|at|begin|start|launch|open|introduce|roll\s+out)\s+it\b", re.I
)


def split_joined_clauses(sentence: str) -> list[str]:
    """One sentence that joins two initiatives with ", and we ...": each clause on its own;
    a clause with another subject ("..., and our first two apprentices start in May") or one
    that speaks of the one before it ("..., and we are still talking to staff about
    it") tells how that one is going, and the sentence stays whole.

    >>> split_joined_clauses("Films have been made, and we host open days:")
    ['Films have been made', 'we host open days']
    >>> split_joined_clauses("We named every technician, and last spring we opened the fund to them.")
    ['We named every technician', 'last spring we opened the fund to them.']
    >>> split_joined_clauses("Staff joined the board, and the stores team ran a fair.")
    ['Staff joined the board', 'the stores team ran a fair.']
    >>> split_joined_clauses("A fair is hard to fund, and we are asking sponsors about it.")
    ['A fair is hard to fund, and we are asking sponsors about it.']
    >>> split_joined_clauses("We mean to open a tool library, and we expect to start it by June.")
    ['We mean to open a tool library, and we expect to start it by June.']
    """
    parts = [p.strip().rstrip(":").strip() for p in _JOINED_CLAUSE.split(sentence)]
    if len(parts) == 1:
        parts = [p.strip().rstrip(":").strip() for p in deed_of_its_own_apart(sentence)]
    if len(parts) == 2 and _BACK_REFERENCE.search(parts[1]):
        parts = [sentence]
    if len(parts) == 1:
        return [sentence.strip().rstrip(":").strip()]
    return [p for p in parts if p]


_AND_JOIN = re.compile(r",\s+and\s+")


def deed_of_its_own_apart(sentence: str) -> list[str]:
    """A sentence joining two deeds with ", and", the second with a subject of its own that did
    something ("Technicians joined the board, and the stores team ran a fair"): its two
    clauses, as a reader counts two initiatives; a second clause telling how the first went
    ("..., and two have already been") or what is so now ("..., and the names go into the
    report") keeps the sentence whole.

    >>> deed_of_its_own_apart("We named every technician, and the stores team opened a library.")
    ['We named every technician', 'the stores team opened a library.']
    >>> deed_of_its_own_apart("We named every technician, and the names go into the report.")
    ['We named every technician, and the names go into the report.']
    """
    parts = _AND_JOIN.split(sentence)
    if len(parts) != 2 or not parts[1]:
        return [sentence]
    second = parts[1]
    return parts if subject_did(second[:1].upper() + second[1:]) is not None else [sentence]


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
        if is_text_heading(text) and len(text.split()) < _MIN_ROW_WORDS:
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
    closed: int | None = None  # the heading that ended a progress section (its items stop there)
    recount: bool = False  # a paragraph recounting deeds since the signing (`deeds_since_signing`): ends no section

    def is_prose(self) -> bool:
        """Paragraphs, not a table's cells broken into short lines: half its lines or more
        run to `MIN_PARAGRAPH_WORDS` words."""
        long = sum(1 for text in self.lines if len(text.split()) >= MIN_PARAGRAPH_WORDS)
        return bool(self.lines) and long * 2 >= len(self.lines)


_LIST_MARKER = re.compile(r"[-*+\u2022](?!\*)")  # a bullet; "**Careers**" opens with bold marks, not a bullet


def _is_pillar_heading(text: str) -> bool:
    """A short heading line that names a pillar ("Career Development", bold or not): no list
    marker, no "Label: value" (a legend's "CD: Career Development" is an entry, not a heading)."""
    if _LIST_MARKER.match(text.lstrip()) or ":" in text.rstrip(":"):
        return False
    return is_text_heading(text) and classify_pillar(heading_text(text)) is not None


def is_progress_heading(text: str) -> bool:
    """A short heading saying that what is told under it is done ("What we have done",
    "Achievements"): its paragraph's sentences report initiatives, as under a pillar heading.

    >>> is_progress_heading("What we achieved this year"), is_progress_heading("About the plan")
    (True, False)
    >>> is_progress_heading("What we have done")
    True
    """
    return (
        is_text_heading(text)
        and ":" not in text.rstrip(":")
        and reports_done(heading_text(text)) is not None
        and not names_an_earlier_plan(text)
    )


_EARLIER_PLAN = re.compile(
    r"\b(?:first|previous|last|earlier|former|original|old)\s+(?:technician\s+commitment\s+)?(?:action\s+)?plan\b", re.I
)


def names_an_earlier_plan(heading: str) -> bool:
    """A heading that says its achievements belong to an earlier plan ("What we achieved
    under our first plan", "Progress under the previous action plan"): background to the plan
    the page sets out, not this plan's own progress.

    >>> names_an_earlier_plan("What we achieved under our first plan"), names_an_earlier_plan("What we have done")
    (True, False)
    >>> names_an_earlier_plan("Achievements of the previous action plan"), names_an_earlier_plan("Plan achievements")
    (True, False)
    """
    return bool(_EARLIER_PLAN.search(heading))


_TRAIL = re.compile(r"^[^>\u203a\u00bb]{1,60}(?:\s[>\u203a\u00bb]\s[^>\u203a\u00bb]{1,60}){2,}$")


def is_breadcrumb(text: str) -> bool:
    """A web page's trail of the pages above it ("Home > Staff > Technicians"): no prose.

    >>> is_breadcrumb("Home \u203a Staff \u203a Technician Commitment"), is_breadcrumb("Costs > 2m > limits")
    (True, True)
    >>> is_breadcrumb("We ran a fair for staff > 40 attended.")
    False
    """
    return bool(_TRAIL.match(" ".join(text.split())))


_THEMATIC_BREAK = re.compile(r"^(?:[-*_]\s*){3,}$")
_DEFINITION = re.compile(r"^(?:(?:\*\*|__)[^*_]{1,40}:\s*(?:\*\*|__)|(?:what|why|how|who)\b[^:.]{0,40}:)", re.I)
_ABOUT_THE_PLAN = re.compile(
    r"^(?:the\s+|our\s+)?(?:actions?|goals?|objectives?)\b[^.]*\bwill\s+be\s+(?:set|agreed|added|decided|confirmed)\b",
    re.I,
)


def is_definition(text: str) -> bool:
    """A line opening with a label that defines or explains ("**What it means:** ...",
    "Why it matters: ..."): it says what a heading stands for, not something to be done.

    >>> is_definition("**What it means:** staff are seen and heard."), is_definition("We held a fair.")
    (True, False)
    """
    return bool(_DEFINITION.match(text.strip()))


_MEANING = re.compile(
    r"^(?:(?:for|to)\s+(?:us|me|our\s+\w+)\s*,\s*|here\s*,\s*)?(?P<subject>[A-Za-z][\w' -]{2,40}?)"
    r"\s+(?:means|is\s+(?:all\s+)?about|is\s+when)\b",
    re.I,
)


def defines_pillar(text: str) -> bool:
    """A sentence saying what a pillar means ("Recognition means technical work is credited",
    "For us, visibility means ...", "Being visible is about ..."): the page explains the
    heading it sits under before listing what it will do; the definition is no initiative.

    >>> defines_pillar("For us, sustainability means keeping skills in the institute."), defines_pillar(
    ...     "Run a survey: this means we can see what staff need.")
    (True, False)
    """
    match = _MEANING.match(" ".join(text.split()))
    return match is not None and classify_pillar(match.group("subject")) is not None


# "This section is still being written", "The actions for this pillar are being drafted"
_STILL_BEING_WRITTEN = re.compile(
    r"^(?:the|this|our)\s+(?:[\w-]+\s+){0,5}?(?:section|pillar|theme|part|actions?|goals?|objectives?)\b[^.]{0,60}?"
    r"\b(?:is|are)\s+(?:still\s+|now\s+|currently\s+)?being\s+(?:written|drafted|developed|prepared|agreed)\b",
    re.I,
)


def speaks_of_the_plan(text: str) -> bool:
    """A sentence about the plan's own actions ("Actions for this pillar will be set once the
    review reports", "This section is still being written"): it says actions are still to
    come, and is none itself; what stands beside it in its section is background to them
    (`awaits_its_actions`).

    >>> speaks_of_the_plan("Actions for this theme will be agreed in May."), speaks_of_the_plan("We set goals.")
    (True, False)
    >>> speaks_of_the_plan("This part of the plan is still being drafted with the unions.")
    True
    >>> speaks_of_the_plan("This section of the lab is being rewired.")
    False
    """
    stripped = text.strip()
    return bool(_ABOUT_THE_PLAN.match(stripped) or _STILL_BEING_WRITTEN.match(stripped))


def awaits_its_actions(sentences: Sequence[str]) -> bool:
    """Whether a pillar section told in prose says its actions are still to come (a sentence
    that `speaks_of_the_plan`): a page publishing a pillar before its actions explains why it
    matters and says they will follow, so none of its sentences is an initiative.

    >>> awaits_its_actions(["Few staff are under thirty.", "This section is still being written."])
    True
    >>> awaits_its_actions(["We ran a fair for technicians.", "It drew forty staff."])
    False
    """
    return any(speaks_of_the_plan(sentence) for sentence in sentences)


def progress_headings(lines: Sequence[SourceLine]) -> set[int]:
    """Line numbers of progress headings (`is_progress_heading`) whose next line, blank lines
    aside, is a paragraph: a report of what was done, told in sentences. A progress heading
    over a sub-heading or a list is not one.

    >>> page = ["What we have done", "", "We held a fair for all technical staff in the spring term."]
    >>> progress_headings([SourceLine(number=i, text=t) for i, t in enumerate(page, 1)])
    {1}
    """
    found: set[int] = set()
    for index, line in enumerate(lines):
        if not is_progress_heading(" ".join(line.text.split())):
            continue
        below = next((other.text.strip() for other in lines[index + 1 :] if other.text.strip()), "")
        if len(below.split()) >= MIN_PARAGRAPH_WORDS and below[:1] not in "-*+\u2022\u2013":
            found.add(line.number)
    return found


# headings over what the page is about, not over a theme of the plan
_INTRODUCTION = re.compile(
    r"^(?:about|introduction|background|summary|overview|context|welcome|who\s+we\s+are)\b", re.I
)
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def _opens_paragraph(lines: Sequence[SourceLine], index: int, gap: int) -> bool:
    """Line `index` is followed, after `gap` blank lines, by a line of prose."""
    below = index + gap + 1
    if below >= len(lines) or any(lines[i].text.strip() for i in range(index + 1, below)):
        return False
    text = lines[below].text
    stops = _SENTENCE_STOP.search(text) is not None or cut_at_page_end(lines, below)
    return len(text.split()) >= MIN_PARAGRAPH_WORDS and stops  # not a breadcrumb


def cut_at_page_end(lines: Sequence[SourceLine], index: int) -> bool:
    """Line `index` is the last line with words of a page cut off mid-word or mid-sentence, as a
    stored copy of a page often is: it ends on a letter with no stop, and nothing follows it. Its
    sentence is a paragraph that lost its end, not a breadcrumb or a heading.

    >>> page = [SourceLine(1, "Skills"), SourceLine(2, "We are listing the skills only one person holds, sta"),
    ...         SourceLine(3, "")]
    >>> cut_at_page_end(page, 1), cut_at_page_end(page[:1] + [SourceLine(2, "All done here today.")], 1)
    (True, False)
    """
    text = lines[index].text.rstrip()
    return bool(text[-1:].isalpha()) and not any(line.text.strip() for line in lines[index + 1 :])


def _heading_marks(text: str) -> str:
    """The marks a heading is set with: its leading "#"s, or "**" for a bold line, else ""."""
    stripped = text.strip()
    hashes = len(stripped) - len(stripped.lstrip("#"))
    return "#" * hashes if hashes else ("**" if stripped.startswith(("**", "__")) else "")


def sibling_headings(lines: Sequence[SourceLine], furniture: frozenset[str]) -> set[int]:
    """Line numbers of headings set over their paragraph exactly as the page's pillar headings
    are (the same number of blank lines between heading and paragraph, a blank line above, the
    same Markdown marks):
    headings of the same series in the institution's own words ("Open doors" beside "Growing
    careers"), so their paragraphs are narrative too; the page's first line and a heading
    introducing the page ("About us", "Background") and one naming the plan's items as a whole
    ("Our pledges to staff", `names_its_items`) are none. A page whose pillar headings do
    not all stand alike has none.

    >>> page = ["Intro", "", "Our pages are read by many staff across all the schools.", "", "Open doors",
    ...         "We opened our labs to local schools for a day in June.", "", "Careers",
    ...         "We piloted a secondment scheme with two partner institutes."]
    >>> sorted(sibling_headings([SourceLine(number=i, text=t) for i, t in enumerate(page, 1)], frozenset()))
    [5]
    >>> page[4] = "Our promises to staff"
    >>> sorted(sibling_headings([SourceLine(number=i, text=t) for i, t in enumerate(page, 1)], frozenset()))
    []
    """
    shapes: set[tuple[int, str]] = set()  # (blank lines below, heading marks) of each pillar heading
    for index, line in enumerate(lines):
        if _is_pillar_heading(" ".join(line.text.split())):
            gap = next((g for g in range(3) if _opens_paragraph(lines, index, g)), None)
            if gap is None:
                continue
            shapes.add((gap, _heading_marks(line.text)))
    if len(shapes) != 1:
        return set()
    gap, marks = shapes.pop()
    found: set[int] = set()
    first = next((index for index, line in enumerate(lines) if line.text.strip()), 0)
    for index, line in enumerate(lines):
        if index > first and _heading_marks(line.text) == marks and _own_heading_over(lines, index, gap, furniture):
            found.add(line.number)
    return found


def story_headings(lines: Sequence[SourceLine], furniture: frozenset[str]) -> set[int]:
    """Line numbers of the headings of a story told in sections (a blog post or news item looking
    back on the Commitment): headings in the page's own words ("Open doors", "Growing our own"),
    none naming a pillar, each over a paragraph, set alike (the same blank lines below, the same
    Markdown marks). A reader takes them as the sections of the account when at least
    `LayoutTolerances.story_min_headings` of them stand over a paragraph telling something done,
    under way, late or planned (`_sentence_status`, `reports_past_deed`); a page with fewer, or
    with such headings set two ways, is not told so.

    >>> page = ["Our year", "", "Open doors", "We opened the workshops to schools in May.", "",
    ...         "Paid time to learn", "Every technician now has two days of paid training a year.", "",
    ...         "Growing our own", "The estates team is recruiting two apprentices this spring."]
    >>> sorted(story_headings([SourceLine(number=i, text=t) for i, t in enumerate(page, 1)], frozenset()))
    [3, 6, 9]
    >>> page[9] = "Our apprentices come from local schools and colleges each year."
    >>> sorted(story_headings([SourceLine(number=i, text=t) for i, t in enumerate(page, 1)], frozenset()))
    []
    """
    first = next((index for index, line in enumerate(lines) if line.text.strip()), 0)
    by_shape: dict[tuple[int, str], list[tuple[int, bool]]] = {}
    for index, line in enumerate(lines[first + 1 :], first + 1):
        gap = next((g for g in range(3) if _own_heading_over(lines, index, g, furniture)), None)
        if gap is None:
            continue
        paragraph = " ".join(lines[index + gap + 1].text.split())
        told = any(_sentence_status(s, "") is not None or reports_past_deed(s) for s in split_sentences(paragraph))
        by_shape.setdefault((gap, _heading_marks(line.text)), []).append((line.number, told))
    telling = [
        shape
        for shape, found in by_shape.items()
        if sum(told for _, told in found) >= DEFAULT_TOLERANCES.story_min_headings
    ]
    return {number for number, _ in by_shape[telling[0]]} if len(telling) == 1 else set()


def _own_heading_over(lines: Sequence[SourceLine], index: int, gap: int, furniture: frozenset[str]) -> bool:
    """Line `index` is a heading in the page's own words (no pillar named, not an introduction,
    not one over all the plan's items, no colon, no quotation) standing in a block of its own
    over a paragraph `gap` blank lines below."""
    text = " ".join(lines[index].text.split())
    return bool(
        text
        and not _is_pillar_heading(text)
        and not _INTRODUCTION.match(text)
        and not names_its_items(text)  # "Our pledges to staff": the heading over all of them, not one theme
        and is_text_heading(text, furniture)
        and not text.endswith(":")
        and not is_quotation(text)
        and (index == 0 or not lines[index - 1].text.strip())  # a block of its own, not a menu's last line
        and _opens_paragraph(lines, index, gap)
    )


def _list_follows(lines: Sequence[SourceLine], index: int) -> bool:
    """The next line with words, after line `index`, is a list item: a lead-in's list is there."""
    below = next((line.text.strip() for line in lines[index + 1 :] if line.text.strip()), "")
    return bool(_LIST_MARKER.match(below))


_CHOICE_CONTROL = re.compile(r"\(\s?\)")


def is_form_choice(text: str) -> bool:
    """A line of a web form's choices: an empty radio button, printed "( )" before
    an option ("( ) Morning session", "Will you attend? ( ) Yes ( ) No"). A form asks the
    reader something; neither its options nor its questions are the plan's initiatives,
    and an option naming a pillar ("( ) Career routes") is no heading.

    >>> is_form_choice("( ) Yes ( ) No"), is_form_choice("Run a fair (with the union)")
    (True, False)
    """
    return bool(_CHOICE_CONTROL.search(text))


# the plan or this page; a web page an initiative puts something on ("every team's web page") is no such page
_DOCUMENT = re.compile(r"\b(?:plan|plans|table|document|strategy)\b|(?<!\bweb\s)(?<!\bweb)\bpage\b", re.I)


def tells_of_the_document(sentence: str) -> bool:
    """A sentence about the plan or the page itself ("Our second plan was drawn up by the
    group", "The table below sets out the actions"): how the document came about or what it
    holds, no initiative of its own however it is told.

    >>> tells_of_the_document("The table below sets out our actions."), tells_of_the_document("We held a fair.")
    (True, False)
    >>> tells_of_the_document("We put names on every web page."), tells_of_the_document("This page is updated.")
    (False, True)
    """
    return bool(_DOCUMENT.search(sentence))


# "... since the college signed the Commitment", "the Technician Commitment, which we signed in 2023"
_SIGNING = re.compile(
    r"\bsign(?:ed|ing)\b[^.]{0,60}?\bcommitment\b|\bcommitment\b[^.]{0,60}?\bsigned\b"
    r"|^since\s+[^,.]{0,60}?\bsigned\s+up\b[^,.]{0,40}$",  # "Since the college signed up last autumn"
    re.I,
)


_PART_OF = re.compile(
    r"\b(?:is|are|was|were|forms?|came)\s+(?:all\s+)?(?:a\s+)?part\s+of\s+(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?:[\w\u2019']+\s+){0,3}?(?:technician\s+)?commitment\b",
    re.I,
)


def part_of_commitment(sentence: str) -> bool:
    """A sentence setting what the page tells about within the institution's Technician
    Commitment ("This open evening forms part of our Technician Commitment."), as a news item
    does before recounting what was done under it: like the signing, it opens the account.

    >>> part_of_commitment("This open evening forms part of our Technician Commitment.")
    True
    >>> part_of_commitment("Part of the budget went on tools."), part_of_commitment("We made a commitment to staff.")
    (False, False)
    """
    return bool(_PART_OF.search(sentence))


def deeds_since_signing(paragraph: str) -> list[str]:
    """The sentences of a paragraph outside the plan's headings that recount what was done since
    the institution signed the Commitment ("... the Commitment, which we signed in 2023. Since
    then we have put ... We have also held ..."), as a news item tells its progress: each
    sentence after the one telling of the signing that tells a deed or whose wording gives its
    state (done, under way, late, planned: `_sentence_status`) is an initiative, as under a
    progress heading. []
    unless at least `LayoutTolerances.recount_min_deeds` of them (or of their clauses,
    `split_joined_clauses`) tell a deed in the past tense;
    sentences about the plan itself (`tells_of_the_document`) tell none, so a plan's
    introduction naming its signing and how the plan was made recounts nothing, and neither
    does a sentence summing the deeds up (`sums_up`).

    >>> deeds_since_signing("We signed the Commitment in 2031. Since then we have named every technician "
    ...     "on our pages. We also held a lab open day. It was wet.")
    ['Since then we have named every technician on our pages.', 'We also held a lab open day.']
    >>> deeds_since_signing("We signed the Commitment in 2031. Our plan was drafted by staff and approved "
    ...     "in May. It builds on the work completed under our first plan.")
    []
    """
    sentences = [part for s in split_sentences(" ".join(paragraph.split())) for part in signing_clause_apart(s)]
    at = next(
        (
            index
            for index, sentence in enumerate(sentences)
            if tells_of_signing(sentence) or part_of_commitment(sentence)
        ),
        None,
    )
    if at is None:
        return []
    told = [
        s
        for s in sentences[at + 1 :]
        if (_sentence_status(s, "") is not None or recounted_status(s) is not None)
        and not tells_of_the_document(s)
        and not sums_up(s)
    ]
    clauses = [clause for sentence in told for clause in split_joined_clauses(sentence)]
    deeds = sum(1 for clause in clauses if reports_past_deed(clause) or told_as_done(clause))
    return told if deeds >= DEFAULT_TOLERANCES.recount_min_deeds else []


_SINCE_SIGNING = re.compile(r"^(?P<since>since\s+[^,.]{0,60}?\bsigned(?:\s+up)?\b[^,.]{0,40}),\s+(?P<rest>\w.*)$", re.I)


def signing_clause_apart(sentence: str) -> list[str]:
    """A sentence opening with when the institution signed ("Since the college signed up last
    spring, technicians have joined the board, and ...") as that clause and the deeds told after
    its comma, as a reader takes the clause for the account's starting point, no deed of its own;
    any other sentence alone.

    >>> signing_clause_apart("Since we signed up in May, we have held two fairs.")
    ['Since we signed up in May', 'we have held two fairs.']
    >>> signing_clause_apart("We held two fairs.")
    ['We held two fairs.']
    """
    match = _SINCE_SIGNING.match(sentence.strip())
    return [match.group("since"), match.group("rest")] if match else [sentence]


_NOW_HOLDS = re.compile(r"\bnow\s+(?:has|have)\b", re.I)  # "Every lab now has a named technician": done since


def recount_rows(lines: Sequence[SourceLine], taken: frozenset[int] = frozenset()) -> list[RawRow]:
    """The initiatives of each paragraph that recounts what was done since the signing
    (`deeds_since_signing`), on a page whose other lines were read as a table's rows (`taken`):
    a page may tell its progress so far in a paragraph above the table of what comes next. The
    heading printed straight over the paragraph, blank lines aside, is their section: the table
    has a heading of its own, so that one is not the page's only heading, its title.

    >>> page = [SourceLine(1, "Our year"), SourceLine(2, "We signed the Commitment in 2031. Since then we have "
    ...     "named every technician on our pages, and last spring we opened the bursary."), SourceLine(3, "Run a fair")]
    >>> rows = recount_rows(page, frozenset({3}))
    >>> [row.cells[ColumnRole.ACTION] for row in rows], {row.section for row in rows}
    (['Since then we have named every technician on our pages', 'last spring we opened the bursary.'], {'Our year'})
    """
    rows: list[RawRow] = []
    above = ""  # the last line with words
    for line in lines:
        text = " ".join(line.text.split())
        if line.number in taken or not text or is_quotation(text):
            above = text or above
            continue
        if deeds := deeds_since_signing(text):
            told = [(deed, line.number) for deed in deeds]
            heading = heading_text(above) if above and is_text_heading(above, allow_title=True) else ""
            rows.extend(
                _section_rows(_Section(heading, True, line.number, told, [text], line.number + 1, recount=True))
            )
        above = text
    return rows


_SUMMING_UP = re.compile(
    r"^(?:(?:since\s+then|so\s+far|since\s+\w+|in\s+that\s+time)\s*,?\s+)?"
    r"(?:a\s+lot|lots|much|plenty|a\s+(?:great|good)\s+deal|many\s+things|a\s+great\s+many\s+things)\s+"
    r"(?:has|have|had)\s+(?:\w+\s+)?(?:happened|changed|moved\s+on|been\s+done)\b",
    re.I,
)


def sums_up(sentence: str) -> bool:
    """A sentence that sums up what was done without telling any one deed ("Since then a lot
    has happened", "Much has changed"): the account's link to what follows, no initiative.

    >>> sums_up("Since then a lot has happened."), sums_up("Much has changed."), sums_up("We held a fair.")
    (True, True, False)
    """
    return bool(_SUMMING_UP.match(sentence.strip()))


def recounted_status(sentence: str) -> tuple[str, State] | None:
    """(words, done) for a sentence of an account of what was done since the signing
    (`deeds_since_signing`) that tells its deed in the past tense in words the wording rules do
    not read ("Last year technicians joined the panel", "Every lab now has a named technician"):
    the account says what has been done, as a progress heading does; None for any other sentence.

    >>> recounted_status("Last year technicians joined the panel."), recounted_status("Staff sit on the panel.")
    (('joined', <State.COMPLETE: 'complete'>), None)
    >>> recounted_status("The awards now have a technical prize.")
    ('now have', <State.COMPLETE: 'complete'>)
    """
    match = _PAST_DEED.search(sentence) or _NOW_HOLDS.search(sentence)
    return (match.group(0), State.COMPLETE) if match else None


_COPYRIGHT = re.compile(r"^(?:\u00a9|\(c\)\s|copyright\b)", re.I)


def is_page_footer(text: str) -> bool:
    """A web page's footer line, opening with its copyright mark or word ("\u00a9 Example
    College 2026. Privacy | Cookies"): the end of the page's own text, so no part of the
    section above it.

    >>> is_page_footer("\u00a9 Example College 2026. Privacy | Cookies"), is_page_footer("Copyright 2026 Example")
    (True, True)
    >>> is_page_footer("Clear copyright terms for technicians' images")
    False
    """
    return bool(_COPYRIGHT.match(" ".join(text.split())))


def narrative_rows(
    lines: Sequence[SourceLine],
    furniture: frozenset[str],
    rejected: Rejected,
    listed: frozenset[int] = frozenset(),
    *,
    story: bool = False,
) -> list[RawRow]:
    """Initiatives told as sentences under headings that name a pillar.

    Each sentence (or clause, see `split_joined_clauses`) of a paragraph under a pillar
    heading is an action, its status read from its wording (`done_wording`); a sentence
    that refers back to the one before is that action's notes. Paragraphs outside any
    pillar heading, quotations and the short lines after them (who said it) are not actions,
    nor is a lead-in ending in a colon with its list items under it.
    A pillar section holding any of the `listed` lines (actions read from a list) gives
    none: its prose introduces the list. With `story` (a page read as nothing but prose), a
    page whose pillar headings give no series of sibling headings may be a story told under
    headings of its own (`story_headings`).
    """
    sections: list[_Section] = []
    current: _Section | None = None
    after_quote = False
    listing = False  # under a lead-in ("The pilot will include:"): its items are not sentences of the story
    siblings = sibling_headings(lines, furniture) or (story_headings(lines, furniture) if story else set())
    siblings |= progress_headings(lines)
    for index, line in enumerate(lines):
        text = " ".join(line.text.split())
        if not text:
            continue
        where = Provenance(line=line.number)
        if is_form_choice(text):
            rejected.append(("form_choice", text, where))
            current = None  # a form is no part of the section above it
            continue
        if is_page_footer(text):
            rejected.append(("page_footer", text, where))
            current = None  # the footer ends the page's own text
            continue
        if _is_pillar_heading(text) or line.number in siblings:
            named = _is_pillar_heading(text) or not is_progress_heading(text)
            current = _Section(heading_text(text), named, line.number)
            sections.append(current)
            after_quote = False
            continue
        if is_breadcrumb(text):
            rejected.append(("breadcrumb", text, where))
            continue
        if _THEMATIC_BREAK.match(text):
            current = None  # a rule across the page ends the section above it
            continue
        if is_contact_line(text) or is_definition(text) or defines_pillar(text) or speaks_of_the_plan(text):
            rejected.append(("not_an_initiative", text, where))
            continue
        if is_quotation(text):
            rejected.append(("quotation", text, where))
            after_quote = not names_its_speaker(text)  # a line under a quote may say who spoke
            continue
        if (is_lead_in(text) and _list_follows(lines, index)) or (listing and _LIST_MARKER.match(text)):
            rejected.append(("list_under_lead_in" if listing else "lead_in", text, where))
            listing = True  # the items of what it introduces follow, each a list item
            continue
        listing = False
        opening = current is not None and not current.sentences  # the first line under a heading is its text
        if not opening and is_text_heading(text, furniture, allow_title=True) and not text.endswith((".", ":")):
            rejected.append(("attribution" if after_quote else "heading_without_pillar", text, where))
            if current is not None and not current.pillar_named:
                current.closed = line.number
            current = None
            continue
        after_quote = False
        if deeds := deeds_since_signing(text):  # an account of its own, under no heading of the plan
            told = [(deed, line.number) for deed in deeds]
            recount = _Section("", True, line.number, told, [text], line.number + 1, recount=True)
            sections.append(recount)  # the paragraph alone: what follows it is no part of the account
            continue
        if current is None:
            rejected.append(("prose_outside_pillar_section", text, where))
            continue
        current.lines.append(text)
        current.sentences.extend((s, line.number) for s in split_sentences(text))
    rows: list[RawRow] = []
    for number, section in enumerate(sections):
        # a pillar section runs to the next pillar section; a progress section to the heading that ends it
        later = [
            other.line
            for other in sections[number + 1 :]
            if not other.recount and (other.pillar_named or not section.pillar_named)
        ]
        end = section.closed or (later[0] if later else None)
        if any(section.line < n and (end is None or n < end) for n in listed) or not section.is_prose():
            continue
        if awaits_its_actions([sentence for sentence, _ in section.sentences]):
            rejected.extend(("actions_to_come", sentence, Provenance(line=n)) for sentence, n in section.sentences)
            continue
        if not section.recount and describes_only(section.heading, [sentence for sentence, _ in section.sentences]):
            rejected.extend(("description", sentence, Provenance(line=n)) for sentence, n in section.sentences)
            continue
        rows.extend(_section_rows(section))
    return rows


_PROMISE = re.compile(r"\b(?:will|shall)\s+(?:\w+\s+)?[a-z]+\b|\b(?:plan|intend|aim)s?\s+to\b", re.I)


def describes_only(heading: str, sentences: Sequence[str]) -> bool:
    """Whether a section under a heading in the page's own words (one naming no pillar, set as
    the pillar headings are) only describes: no sentence of it, the signing aside, tells
    anything done, under way, late, planned or promised (`_sentence_status`, `reports_past_deed`,
    "we will ..."), as a paragraph about who the technicians are and what they do. It holds
    no initiative.

    >>> describes_only("Our technical staff", ["Ninety of our staff are technicians.", "They keep the labs open."])
    True
    >>> describes_only("Open doors", ["We opened our labs to schools."]), describes_only("Visibility", ["We are few."])
    (False, False)
    >>> describes_only("Planning ahead", ["We will take on two apprentices."])
    False
    """
    if _is_pillar_heading(heading):
        return False
    told = [s for s in sentences if not tells_of_signing(s)]
    return not any(_sentence_status(s, heading) is not None or reports_past_deed(s) or _PROMISE.search(s) for s in told)


def tells_of_signing(sentence: str) -> bool:
    """A sentence telling that the institution signed the Commitment ("The Institute signed the
    Technician Commitment in 2020 and reviews its plan every two years"): the background of
    the plan, never one of its initiatives.

    >>> tells_of_signing("The Institute signed the Technician Commitment in 2020."), tells_of_signing(
    ...     "We signed up for an apprenticeship scheme.")
    (True, False)
    """
    return bool(_SIGNING.search(sentence))


def _section_rows(section: _Section) -> list[RawRow]:
    rows: list[RawRow] = []
    previous = ""
    for sentence, number in section.sentences:
        if tells_of_signing(sentence):
            previous = sentence
            continue  # the plan's background
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
        if not section.pillar_named and not reports_past_deed(sentence):
            previous = sentence
            continue  # under a progress heading, a sentence that tells of no deed introduces the report
        for clause in split_joined_clauses(sentence):
            cells = {ColumnRole.ACTION: clause}
            if (actor := sentence_actor(clause)) is not None:
                cells[ColumnRole.OWNER] = actor
            said = _sentence_status(clause, section.heading) or (recounted_status(clause) if section.recount else None)
            if said is not None:
                cells[ColumnRole.STATUS] = said[0]
            rows.append(
                RawRow(
                    cells=cells,
                    provenance=Provenance(line=number),
                    section=section.heading or None,
                    status_state=said[1].value if said else None,
                )
            )
        previous = sentence
    return rows


# words ending in "ed" that are no past tense ("the seed bank", "as we need", "two hundred")
_NOT_PAST_ED = r"(?:seed|need|speed|feed|breed|weed|proceed|exceed|succeed|hundred|kindred|sacred|naked)"
_IRREGULAR_PAST = (
    "held|wrote|rewrote|took|made|ran|began|built|rebuilt|gave|won|met|led|brought|grew|sent|spent|became|bought|"
    "taught|chose|drew|found|set\\s+up|put|hired|opened|launched|introduced|paid|went"
)
_PAST_DEED = re.compile(
    rf"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)"
    rf"\b(?!{_NOT_PAST_ED}\b)(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST})\b"
)


def reports_past_deed(sentence: str) -> bool:
    """A sentence telling something done, in the past tense ("We held a fair", "The team took
    on two apprentices"), not a description of the present ("This page is kept up to date").
    Under a progress heading only such sentences are initiatives.

    >>> reports_past_deed("The stores team took on two apprentices."), reports_past_deed("We hosted a fair.")
    (True, True)
    >>> reports_past_deed("This page is updated by the group."), reports_past_deed("We are in our third year.")
    (False, False)
    >>> reports_past_deed("They look after the seed bank."), reports_past_deed("We agreed a budget.")
    (False, True)
    >>> reports_past_deed("They run two hundred growth cabinets.")
    False
    """
    return bool(_PAST_DEED.search(sentence))


def _sentence_status(sentence: str, heading: str) -> tuple[str, State] | None:
    """(words, state) a narrative sentence's status comes from: its own wording (late, done,
    under way, then told in the past tense), else a heading reporting its items done ("What
    we have done")."""
    if (late := slipped_wording(sentence)) is not None:
        return late, State.ACTION_NEEDED
    if (pending := done_but_pending(sentence)) is not None:
        return pending, State.IN_PROGRESS
    if (done := done_wording(sentence)) is not None:
        return done, State.COMPLETE
    if (ongoing := under_way_wording(sentence) or subject_under_way(sentence)) is not None:
        return ongoing, State.IN_PROGRESS
    if (told := told_as_done(sentence) or subject_did(sentence) or now_in_place(sentence)) is not None:
        return told, State.COMPLETE
    if (planned := planned_wording(sentence)) is not None:
        return planned, State.NOT_STARTED
    return heading_status(heading)


# a named subject of a few words, then "is" / "are" and a verb in -ing: "The survey team is writing ..."
_SUBJECT_ONGOING = re.compile(
    r"^(?:the\s+|our\s+)?(?:[A-Za-z][\w'\u2019&-]*\s+){1,5}?(?P<verb>(?:is|are)\s+(?:also\s+|now\s+|currently\s+|still\s+)?"
    r"(?!going\b|being\b)[a-z]{2,}ing)\b",
    re.I,
)


def subject_under_way(sentence: str) -> str | None:
    """The words of a narrative sentence that report its initiative as under way when a thing
    or a body, not "we", is its subject ("Technician profiles are appearing in the bulletin",
    "The careers group is talking to two colleges"), else None. "... is going to" is a
    promise.

    >>> subject_under_way("Technician profiles are also appearing in the bulletin.")
    'are also appearing'
    >>> subject_under_way("The fair is going to move."), subject_under_way("We held a fair.")
    (None, None)
    """
    match = _SUBJECT_ONGOING.match(sentence.strip())
    return match.group("verb") if match else None


_PLANNED = re.compile(
    r"^(?:(?:next|this|later\s+this|in\s+the)\s+(?:year|term|month|spring|summer|autumn|winter|new\s+year),?\s+)?"
    r"(?P<words>(?:we|they)\s+(?:now\s+|also\s+)?(?:plan|intend|hope|expect)\s+to)\b"
    # a thing as the subject: "An open day is planned for 2031", "Two courses are scheduled for May"
    r"|^(?:[A-Za-z][\w'\u2019&-]*\s+){1,10}?(?P<thing>(?:is|are)\s+(?:now\s+|also\s+)?(?:planned|scheduled|due)\s+"
    r"(?:for|in|to)\b)",
    re.I,
)


def planned_wording(sentence: str) -> str | None:
    """The words of a narrative sentence in a progress account that say its initiative is yet
    to start ("We plan to open a second round in the autumn", "Next year we plan to ..."),
    else None.

    >>> planned_wording("We plan to open a second round."), planned_wording("We planned the fair.")
    ('We plan to', None)
    >>> planned_wording("Next term, we also hope to run a fair.")
    'we also hope to'
    >>> planned_wording("A lab open day for schools is planned for 2031.")
    'is planned for'
    """
    match = _PLANNED.match(sentence.strip())
    return (match.group("words") or match.group("thing")) if match else None


_ACTOR_NOUNS = frozenset((
    "group", "team", "committee", "board", "office", "forum", "network", "panel", "council", "unit", "service",
    "services",
))  # fmt: skip
_ACTOR = re.compile(
    r"^(?:the|our)\s+(?P<actor>(?:[A-Za-z][\w&-]*\s+){0,4}?(?P<noun>[A-Za-z]+))\s+"
    r"(?:is|are|has|have|will|was|were)\b",
    re.I,
)


def sentence_actor(sentence: str) -> str | None:
    """The body a narrative sentence names as doing its initiative, as its grammatical
    subject ("The careers working group is talking to two colleges" -> "careers working
    group"): a few words ending in a group's noun (team, group, committee, board, office ...);
    None for any other subject ("The fair was a success" names no body). A body something is
    reported to is no actor.

    >>> sentence_actor("The outreach team is visiting two schools."), sentence_actor("The fair was held.")
    ('outreach team', None)
    """
    match = _ACTOR.match(sentence.strip())
    if match is None or match.group("noun").lower() not in _ACTOR_NOUNS:
        return None
    return match.group("actor")


_SLIPPED = re.compile(
    r"\b(?:(?:(?:it|this|that|they|which)\s+)?(?:(?:has|have)\s+)?(?:slipped|stalled)|(?:has|have|was|were|is|are)\s+"
    r"(?:been\s+)?(?:delayed|postponed|put\s+on\s+hold|paused)|(?:fell|fallen|running)\s+behind)\b",
    re.I,
)


def slipped_wording(sentence: str) -> str | None:
    """The words of a narrative sentence saying its initiative is late or stopped ("it
    slipped", "has been delayed", "was postponed", "fell behind"), else None.

    >>> slipped_wording("We meant to run a fair; it slipped to next year."), slipped_wording("The prize was delayed.")
    ('it slipped', 'was delayed')
    >>> slipped_wording("We ran a fair.") is None
    True
    """
    match = _SLIPPED.search(sentence)
    return match.group(0) if match else None


_INTENT_PAST = r"(?:plann|hop|promis|expect|intend|want|aim|wish|need|mean)ed\b|meant\b"
_IRREGULAR_PARTICIPLE = (
    "sat|run|made|held|taken|given|written|rewritten|built|begun|won|met|led|brought|grown|sent|spent|become|"
    "bought|taught|chosen|drawn|found|set\\s+up|put|kept|joined|signed\\s+up|paid"
)
_OPENING_PARTICIPLE = re.compile(
    rf"^(?!{_INTENT_PAST})(?!{_NOT_PAST_ED}\b)(?:{_IRREGULAR_PARTICIPLE}|[a-z]{{3,}}ed)\b(?!\s+(?:to|that)\b)"
)


def opens_with_participle(clause: str) -> bool:
    """A clause opening with a past participle that tells what became of the thing named before
    it ("awarded for the first time in June", "drafted", "held twice"), as a review of the year
    comments on its items; not one opening with an intention ("planned for May", "hoped to ...")
    nor with a word that only ends in "ed" ("seed funding").

    >>> opens_with_participle("awarded for the first time"), opens_with_participle("drafted")
    (True, True)
    >>> opens_with_participle("planned for 2031"), opens_with_participle("seed funding for two posts")
    (False, False)
    """
    return bool(_OPENING_PARTICIPLE.match(clause.strip()))


_TOLD_DONE = re.compile(
    rf"\b(?:we|they)\s+(?:also\s+|then\s+|recently\s+|finally\s+)?(?!{_INTENT_PAST})(?:{_IRREGULAR_PAST}|[a-z]{{3,}}ed)\b"
    rf"|(?<!\bnot\s)(?<!\byet\s)\b(?:has|have)\s+(?:now\s+|already\s+|also\s+)?(?:{_IRREGULAR_PARTICIPLE})\b"
    r"|(?<!\bbe\s)(?<!\bis\s)(?<!\bbeen\s)\b(?:finished|ended|concluded|closed)\s+(?:in|on|at|last)\b"
    # a thing done to: "The awards were opened to technicians", "A forum was set up in May"
    rf"|\b(?:was|were)\s+(?:also\s+|first\s+|finally\s+)?(?!{_INTENT_PAST})(?:{_IRREGULAR_PARTICIPLE}|[a-z]{{3,}}ed)\b",
    re.I,
)


def told_as_done(sentence: str) -> str | None:
    """The words of a narrative sentence that tell of its initiative in the past tense, where
    `done_wording` does not find them at its opening: "we" or "they" and a past verb anywhere
    ("... since we added them in March", "We also ran ..."), "has" with a past participle
    ("a technician has sat on every panel"), or a thing that "finished in December". Words of
    intent in the past ("we planned", "we hoped") tell of no deed.

    >>> told_as_done("Staff now appear on our pages, since we added them in May."), told_as_done("We also ran a fair.")
    ('we added', 'We also ran')
    >>> told_as_done("A technician has sat on each panel."), told_as_done("The pilot finished in June.")
    ('has sat', 'finished in')
    >>> told_as_done("We have also put a plaque on each door.")
    'have also put'
    >>> told_as_done("The award we planned is not set up."), told_as_done("We have not yet set up a prize.")
    (None, None)
    >>> told_as_done("The prizes were opened to all staff."), told_as_done("The fair was planned for May.")
    ('were opened', None)
    """
    match = _TOLD_DONE.search(sentence)
    return match.group(0) if match else None


_NOT_SUBJECT = (
    r"(?i:we|they|it|has|have|had|not|is|are|was|were|will|would|be|been|do|does|did|can|could|should|may|might"
    r"|must|to|who|which|that)\b"
)
# what follows a verb's object or its preposition: "started the course", "opened a library", "moved to ..."; an
# adjective in -ed runs into its noun instead ("Our dedicated technicians", "tailored support")
_OBJECT_OPENS = (
    r"(?:the|a|an|our|its|their|his|her|this|these|those|every|each|all|some|new|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|\d+|to|in|on|at|with|for|from|up|off|out|into)\b"
)
_SUBJECT_DID = re.compile(
    rf"^(?!{_NOT_SUBJECT})[A-Z0-9][\w'\u2019&-]*(?:\s+(?!{_NOT_SUBJECT})[\w'\u2019&-]+){{0,4}}?\s+"
    rf"(?P<verb>(?!{_INTENT_PAST})(?:{_IRREGULAR_PAST}|[a-z]{{3,}}ed))\s+{_OBJECT_OPENS}",
)


def subject_did(sentence: str) -> str | None:
    """The past verb of a narrative sentence whose subject, a few words naming people or a
    thing rather than "we", did its initiative ("Four technicians started the course in May",
    "The stores team opened a tool library"), else None. The subject runs to no verb of its
    own ("The award we planned ..." has one), words of intent ("... hoped to") tell of no
    deed, and the verb is followed by its object's first word or a preposition, as an
    adjective in -ed is not ("Our dedicated technicians run ...").

    >>> subject_did("Six technicians began the course."), subject_did("The stores team opened a library.")
    ('began', 'opened')
    >>> subject_did("Technicians run the stores."), subject_did("The fair we hoped for is off.")
    (None, None)
    >>> subject_did("Our skilled technicians run the stores."), subject_did("We provide tailored support.")
    (None, None)
    """
    match = _SUBJECT_DID.match(sentence.strip())
    return match.group("verb") if match else None


_NOW_IN_PLACE = re.compile(
    rf"\bnow\s+(?!(?:plan|intend|hope|expect|aim|want|need|wish)s?\b|{_INTENT_PAST})(?![a-z]+ing\b)"
    r"(?:appears?|sits?|has|have|gets?|receives?|includes?|lists?|names?|runs?|holds?|takes?|meets?|works?|"
    r"goes|go|shows?|features?|carr(?:y|ies)|offers?|leads?|chairs?|attends?|belongs?)\b",
    re.I,
)


def now_in_place(sentence: str) -> str | None:
    """The words of a narrative sentence telling of a change as now in place, in the present
    tense after "now" ("Our technicians now appear in the show programme", "Each board now has
    a technical member"): what the initiative set out to do is done. Words of intent ("we now
    plan to") and of work going on ("now running") tell of no deed.

    >>> now_in_place("Technicians now sit on every school board."), now_in_place("We now plan to run a fair.")
    ('now sit', None)
    >>> now_in_place("We are now running a fair."), now_in_place("It is now time to act.")
    (None, None)
    """
    match = _NOW_IN_PLACE.search(sentence)
    return match.group(0) if match else None
