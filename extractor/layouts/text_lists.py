"""Plans written as headings and lists (Markdown, or text pasted from a document).

Convention:

- **Headings**: ``#`` ... ``######`` lines, underlined lines (``===`` / ``---``), or a
  short standalone line followed by a list item. The outermost heading in force
  is the action's `section`; a deeper heading in force is its `theme`. A level-1
  heading used once above deeper ones, or one that reads like the plan's title,
  is the title and not a section. Items under a key/legend/glossary heading are
  not actions.
- **Actions**: top-level list items (``-``, ``*``, ``+``, ``•``, an en dash, ``1.``, ``1)``),
  lines that start with a ref such as ``2.3``, and ``Action: ...`` or ``Action 2.3.``
  / ``Action 2.3 -`` lines (a paragraph, bold or not). A ref
  printed before the text (``- 2.3 Run a survey``) or an ordered-list number is
  the action's `ref`.
- **Fields** are ``Label: value`` pairs, found (a) in a closing parenthesis
  ``(Owner: HR; By: Mar 2024; Measure: ...)``, (b) after the text in ``;``,
  ``|`` or dash separated segments, or (c) on sub-items or lines under the item.
  Labels: Owner/Lead/Who/Responsible; Measure/KPI/Success/Indicator/Evidence/
  Outcome/Target; Start/From/Begin; End/Deadline/By/Due/Finish/When/Timescale;
  Status/RAG/Progress; Notes/Comment; Theme; Pillar; Ref.
  A label with no value (``- Measures:``) collects the sub-items below it.
- Unlabelled sub-items and wrapped lines continue the text they follow
  (line breaks kept as "\\n"). Lines with tabs between words are table rows,
  never list items.
- As web pages print them (see `extractor.layouts.text_prose`): a plain heading may
  stand over a short introduction or a lead-in before its list, and over a list indented
  any way; a lead-in ("Goals met this year include:") is never a heading; a heading or
  lead-in saying the items are done or under way gives them that status; an objective
  numbered with a dash ("2 - Raise ...") takes the paragraphs below it as notes; labels
  glued to their values ("OutcomeA register ...") are read as fields; a theme may come
  before a dash ("Induction - Give ..."); a sentence giving people an action makes one
  with those owners; a checklist's box is no part of an item ("[x] ..."), its tick says
  done where no heading says otherwise. Membership lists, menus, lists of what something
  will include (after a lead-in or under a heading saying so), questions and answers,
  member lines, links to documents, single words and contact lines are not actions:
  they go to the caller's `rejected` list with the rule's name.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from extractor.headings import (
    SETEXT_UNDERLINE,
    TITLE_LIKE,
    Line,
    group_heading,
    heading_text,
    holds_no_actions,
    is_text_heading,
    markdown_heading_parts,
    names_its_items,
    numbered_section,
    strip_emphasis,
    underlines_heading,
)
from extractor.layouts.text_common import TIMESCALE, clean_cell
from extractor.layouts.text_guess import STATUS_CELL, is_owner_cell
from extractor.layouts.text_prose import (
    THEMED_SHARE,
    Rejected,
    actor_code,
    assigned_owners,
    heading_status,
    introduces_advice,
    introduces_contents,
    is_contact_line,
    is_lead_in,
    is_link_line,
    is_member_line,
    is_member_list,
    is_navigation_list,
    is_page_record,
    is_question_list,
    is_quotation,
    lead_in_status,
    numbered_objective,
    split_theme_prefix,
)
from extractor.layouts.text_sections import is_control_label
from extractor.layouts.text_status import (
    arrow_progress,
    bracketed_status,
    closing_progress,
    closing_progress_note,
    closing_rag,
    colour_only,
    is_rag_key,
    progress_line,
    progress_remark,
)
from extractor.normalise.dates import PLAN_YEAR, plan_year_number
from extractor.normalise.pillars import classify_pillar, names_numbered_pillar
from extractor.normalise.status import find_state
from extractor.rows import ColumnRole, RawRow, header_role
from extractor.settings import DEFAULT_TOLERANCES, LayoutTolerances
from extractor.sources import SourceLine
from schemas.plan import Provenance, State

logger = logging.getLogger(__name__)

LABELS: dict[str, ColumnRole] = {
    **dict.fromkeys(
        (
            "owner", "owners", "lead", "leads", "who", "responsible", "responsibility", "action owner", "led by",
            "who's responsible", "who\u2019s responsible", "who is responsible",
        ),
        ColumnRole.OWNER,
    ),
    **dict.fromkeys(
        (
            "measure", "measures", "success measure", "success measures", "kpi", "kpis", "success",
            "success criteria", "indicator", "indicators", "evidence", "outcome", "outcomes", "target", "targets",
            "measure of success", "measures of success", "how we will know", "how will we know",
            "how we will measure success", "how success will be measured", "what success looks like",
        ),
        ColumnRole.MEASURE,
    ),
    **dict.fromkeys(("start", "start date", "starts", "from", "begin", "begins"), ColumnRole.START),
    **dict.fromkeys(
        (
            "end", "end date", "deadline", "by", "due", "due date", "finish", "when", "by when", "timescale",
            "timescales", "timeframe", "target date", "completion", "complete by",
        ),
        ColumnRole.END,
    ),
    **dict.fromkeys(("status", "rag", "progress", "rag status", "rag rating"), ColumnRole.STATUS),
    **dict.fromkeys(
        (
            "note", "notes", "comment", "comments", "why", "why it matters", "why this matters", "rationale",
            "reason", "reasons",
        ),
        ColumnRole.NOTES,
    ),
    **dict.fromkeys(("theme", "sub-theme"), ColumnRole.THEME),
    **dict.fromkeys(("pillar",), ColumnRole.PILLAR),
    **dict.fromkeys(("ref", "ref#", "reference"), ColumnRole.REF),
    **dict.fromkeys(("action", "objective", "activity", "task"), ColumnRole.ACTION),
}  # fmt: skip
_LABEL_ALTERNATION = "|".join(re.escape(k) for k in sorted(LABELS, key=lambda k: (-len(k), k)))
# dots a page prints between the fields of one row: "Run a survey \u00b7 Lead: HR \u00b7 By: 2025"
FIELD_DOTS = "\u00b7\u2022\u2219\u22c5"
INLINE_LABEL = re.compile(rf"(?:^|[;|({FIELD_DOTS}]|\s[\u2014\u2013~-]|\.)\s*({_LABEL_ALTERNATION})\s*:", re.I)
LABEL_LINE = re.compile(r"^([A-Za-z][A-Za-z #/&'\u2019-]{0,30}?)\s*:\s*(.*)$")
# "Action 2.1: ...", "Objective 3 - ...", "Promise 4 \u2014 ...", "Pledge 4) ...", and an aim or goal with its
# number or letter ("Aim B \u2014 ...")
ACTION_LINE = re.compile(
    r"^(action|objective|activity|task|(?:commitment|pledge|promise)(?=\s*\d)|(?:aim|goal)(?=\s*(?:[A-Za-z]{0,3}\d|(?-i:[A-Z])\s*[:.)\u2013\u2014-])))\s*"
    r"(?:([A-Za-z]{0,3}\d+(?:\.\d+)*[a-z]?|(?-i:[A-Z]))\s*[:.)\u2013\u2014-]|([A-Za-z]{0,3}\d[\w.]*)?\s*:)\s*(\S.*)$",
    re.I,
)
# "Action 3" alone on its line, its sentence on the next (a web page's heading and paragraph)
BARE_ACTION = re.compile(r"^(?:action|objective|activity|task)\s+([A-Za-z]{0,3}\d+(?:\.\d+)*[a-z]?)\s*[:.)]?$", re.I)
# a field label alone on its line, its value on the lines below ("Lead" / "Head of HR")
LABEL_ONLY = re.compile(r"^([A-Za-z][A-Za-z #/&()'\u2019-]{0,30}?)\s*:?$")
# a list item: its bullet (a chevron "\u203a" or guillemet "\u00bb", an arrowhead "\u27a4", an arrow "\u2192",
# a tick "\u2714" or a cross "\u00d7"/"\u2717"/"\u2718", a small or hollow triangle "\u25b9"/"\u25b8"/"\u25b7"/"\u25b6"
# or a middle dot "\u00b7" too, as web pages style them; any glyph of the arrows, geometric shapes, symbols and
# dingbats blocks, "\u25ca" or "\u2605" as much as "\u25a0", `_GLYPH_BULLETS`, but a ballot box "\u2610" is a form's
# tick box) or number
_GLYPH_BULLETS = "\u2190-\u21ff\u2219\u2043\u25a0-\u25ff\u2600-\u260f\u2613-\u27bf\u29be\u29bf\u2b00-\u2bff"
ITEM = re.compile(
    r"^(?P<marker>[-*+•·▪◦‣●○■□➢►✓\u2013\u203a\u00bb\u27a4\u2192\u2714\u00d7\u2717\u2718\u25b6\u25b7\u25b8\u25b9"
    + _GLYPH_BULLETS
    + r"]|o(?=\s)|\d{1,3}[.)]|[a-z][.)]|\(\w{1,3}\))\s+(?P<text>\S.*)$"
)
REF_START = re.compile(
    r"^(?P<ref>[A-Za-z]{0,3}\d{1,3}(?:\.\d{1,3})+[a-z]?|[A-Z]{1,3}\d{1,3}[a-z]?|[A-Z]{2,4}/\d{1,3}[a-z]?)[.):]?\s+"
    r"(?P<text>\S.*)$"
)
TRAILING_FIELDS = re.compile(r"\(([^()]*:[^()]*)\)\s*\.?\s*$")


_GLUED_LABEL = re.compile(
    rf"^(?P<indent>\s*)(?P<label>{_LABEL_ALTERNATION})(?=(?-i:[A-Z0-9\u00a3$])|(?P<word>(?-i:by|from|until|end)\s+\S))",
    re.I,
)
_MIN_GLUED_LABEL = 4  # "By", "Due": too short to tell from the start of a longer word before a capital
_MIN_ACRONYM_LABEL = 3  # "RAGGreen", "KPIThree ...": a label in capitals, then a capitalised word


# a value that opens as a date: a year, a quarter, "Year 3", a season or a month ("DueSummer 2026")
_DATED_VALUE = re.compile(
    r"(?:\d|Q[1-4]\b|Year\s+\d|(?:Spring|Summer|Autumn|Winter)\b"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+(?:19|20)\d\d)"
)


def unglue_label(text: str) -> str:
    """A field label printed against its value with the colon and space lost, as a web
    page's hidden label and visible value come out ("OutcomeA register is kept",
    "Target20% of staff"), written as "Label: value"; any other line as it is. The label
    must be printed as a word (a capital, then lowercase).

    >>> unglue_label("OutcomeA register is kept"), unglue_label("Target20% of staff")
    ('Outcome: A register is kept', 'Target: 20% of staff')
    >>> unglue_label("TARGETED support"), unglue_label("Leads the forum")
    ('TARGETED support', 'Leads the forum')
    >>> unglue_label("Whenby end of 2026"), unglue_label("Leadby example")
    ('When: by end of 2026', 'Leadby example')
    >>> unglue_label("RAGAmber"), unglue_label("RAGWORT beds")
    ('RAG: Amber', 'RAGWORT beds')
    >>> unglue_label("Due2026/27"), unglue_label("DueQ3 2026"), unglue_label("Duet for two")
    ('Due: 2026/27', 'Due: Q3 2026', 'Duet for two')
    >>> unglue_label("DueYear 2"), unglue_label("DueAutumn 2026"), unglue_label("DueMarch 2027")
    ('Due: Year 2', 'Due: Autumn 2026', 'Due: March 2027')
    >>> unglue_label("DueQuarterly"), unglue_label("DueFrom June 2026"), unglue_label("DueOngoing")
    ('Due: Quarterly', 'Due: From June 2026', 'Due: Ongoing')
    >>> unglue_label("By2026/27"), unglue_label("ByMay 2027"), unglue_label("Bygone days")
    ('By: 2026/27', 'By: May 2027', 'Bygone days')
    """
    match = _GLUED_LABEL.match(text)
    if match is None:
        return unglue_header_label(text)
    label = match.group("label")
    if match.group("word") and LABELS[label.lower()] not in (ColumnRole.START, ColumnRole.END):
        return text  # only a date's label runs into a lowercase "by 2026", "from May"
    value = text[match.end() :]
    acronym = acronym_led(label) and re.match(r"[A-Z][a-z]", value) is not None
    # a date after a short label cannot be the rest of a word: "Due2025/26", "DueQ4 2026"
    # (or the whole value is one timescale as a plan prints it: "DueQuarterly", "DueFrom May 2026")
    dated = (len(label) >= _MIN_ACRONYM_LABEL or names_a_date(label)) and (
        _DATED_VALUE.match(value) is not None or timescale_value(label, value)
    )
    short = len(label) < _MIN_GLUED_LABEL and not dated
    if not acronym and (not (label[0].isupper() and label[1:] == label[1:].lower()) or short):
        return text
    return f"{match.group('indent')}{label}: {value}"


def names_a_date(label: str) -> bool:
    """A label that names when something is due or starts ("By", "Due", "From"): however short,
    glued to a value that opens as a date ("By2026/27", "ByMarch 2027") or is one whole timescale
    ("ByAnnually from 2026") it ends where the date begins, since no word runs on into a year
    or a month.

    >>> names_a_date("By"), names_a_date("From"), names_a_date("Lead")
    (True, True, False)
    """
    return LABELS.get(label.lower()) in (ColumnRole.START, ColumnRole.END)


def timescale_value(label: str, value: str) -> bool:
    """Whether a date's label ("Due", "By", "When") runs into a value that is one whole timescale as
    a plan prints it ("Quarterly", "From September 2026", "Each term": `TIMESCALE`), so the
    label ends where the timescale begins, though the value opens with no year or month.

    >>> timescale_value("Due", "Quarterly"), timescale_value("Due", "Quarterly reports")
    (True, False)
    >>> timescale_value("Lead", "Ongoing")
    False
    """
    return LABELS[label.lower()] in (ColumnRole.START, ColumnRole.END) and TIMESCALE.match(value.strip()) is not None


def acronym_led(label: str) -> bool:
    """A label that opens with a word in capitals of `_MIN_ACRONYM_LABEL` letters or more, the
    rest lowercase ("RAG", "KPI", "RAG rating"): glued to a capitalised value its end is still
    plain to see ("RAG ratingGreen").

    >>> acronym_led("RAG rating"), acronym_led("KPI"), acronym_led("Rag rating"), acronym_led("BY")
    (True, True, False, False)
    """
    first, *rest = label.split()
    return len(first) >= _MIN_ACRONYM_LABEL and first.isupper() and all(w == w.lower() for w in rest)


# "Responsible officerHR", "Owner(s)Marketing": one to three words, the first capitalised and the rest lowercase
# (a bracketed plural allowed), then the value's capital or digit with no space between them
_GLUED_HEADER = re.compile(
    r"^(?P<indent>\s*)(?P<label>[A-Z][a-z]+(?:['\u2019]s)?(?:\(s\))?(?:\s[a-z]+(?:\(s\))?){0,2})(?=[A-Z0-9\u00a3])"
)


# "How we'll measure itTwo posts", "Why we're doing thisFew staff ...": a label in the page's own words of two to six
# lowercase words after a capitalised one, then the value's capital or digit with no space between them
_GLUED_PHRASE = re.compile(r"^(?P<indent>\s*)(?P<label>[A-Z][a-z'\u2019]+(?:\s[a-z'\u2019]+){1,5})(?=[A-Z0-9\u00a3])")


def unglue_header_label(text: str) -> str:
    """A field label glued to its value that is not one of the listed label words but names a
    column as a table's header would ("Responsible officerHR Manager", "Owner(s)Estates",
    "Completion date2026") or says in the page's own words what the value is ("How we'll
    measure itTwo posts filled", "Why we're doing thisFew staff knew"; see `label_role`): a
    responsive page printed as cards loses the colon between the hidden label and the value.
    Written as "Label: value"; any other line as it is.

    >>> unglue_header_label("Responsible officerHead of Estates"), unglue_header_label("Owner(s)Library")
    ('Responsible officer: Head of Estates', 'Owners: Library')
    >>> unglue_header_label("Completion date2027"), unglue_header_label("Mentoring for new staff")
    ('Completion date: 2027', 'Mentoring for new staff')
    >>> unglue_header_label("HomeNewsContact"), unglue_header_label("McDonald Building")
    ('HomeNewsContact', 'McDonald Building')
    >>> unglue_header_label("How we'll know it worksTen staff trained"), unglue_header_label("Visits to the UK")
    ("How we'll know it works: Ten staff trained", 'Visits to the UK')
    """
    match = _GLUED_HEADER.match(text)
    if match is None or header_role(match.group("label")) in (None, ColumnRole.ACTION):
        phrase = _GLUED_PHRASE.match(text)
        if phrase is None or label_role(phrase.group("label"), strict=True) in (None, ColumnRole.ACTION):
            return text
        return f"{phrase.group('indent')}{phrase.group('label')}: {text[phrase.end() :]}"
    label = match.group("label").replace("(s)", "s")  # "Owner(s)" is read as the plural label
    return f"{match.group('indent')}{label}: {text[match.end() :]}"


_ITALIC_LINE = re.compile(r"^(?P<indent>\s*)(?P<mark>[_*])(?P<words>[^_*\s][^_*]*?[^_*\s])(?P=mark)\s*$")


def italic_label_line(text: str) -> str:
    """A field line printed in italics ("_Owner: Estates \u00b7 by May 2026_", "*Lead: HR*")
    without its Markdown marks, which style the line and are no part of its words; any other
    line (an italic sentence without a label, an italic "*Objective: ...*" title) as it is.

    >>> italic_label_line("  _Owner: Estates \u00b7 by May 2026_"), italic_label_line("*Agreed in May 2025.*")
    ('  Owner: Estates \u00b7 by May 2026', '*Agreed in May 2025.*')
    """
    match = _ITALIC_LINE.match(text)
    if match is None:
        return marked_labels(text)
    label = LABEL_LINE.match(match.group("words"))
    if label is None or label_role(label.group(1), strict=True) in (None, ColumnRole.ACTION):
        return text  # "*Objective: ...*" in italics is a title over actions, not a field
    return f"{match.group('indent')}{match.group('words')}"


# a field's label set in italics or bold on its own, its colon inside or outside the marks: "*Who:*", "**When**:"
_MARKED_LABEL = re.compile(
    r"(?P<mark>\*{1,2}|_{1,2})(?P<label>[A-Za-z][A-Za-z /&-]{0,30}?)(?P<colon>:?)(?P=mark)(?(colon)|:)"
)


def marked_labels(text: str) -> str:
    """A line whose field labels alone are set in italics or bold ("*Who:* Estates \u00b7
    *When:* May 2026") without those marks, which style the labels and are no part of the
    line's words; a line whose marked words are no field label as it is.

    >>> marked_labels("  *Who:* Estates \u00b7 *When:* May 2026"), marked_labels("Run *two* fairs: May")
    ('  Who: Estates \u00b7 When: May 2026', 'Run *two* fairs: May')
    """
    if "*" not in text and "_" not in text:
        return text

    def plain(match: re.Match[str]) -> str:
        role = label_role(match.group("label"), strict=True)
        return f"{match.group('label')}:" if role not in (None, ColumnRole.ACTION) else match.group(0)

    return _MARKED_LABEL.sub(plain, text)


def timescale_role(when: str) -> ColumnRole:
    """Whether a timescale printed in an item's own words says when the action starts or when
    it ends: one opening with "from" ("from October 2025") starts it, whatever label or slot it
    came under; any other ("by May 2026", "Q3 2026", "annually") ends it.

    >>> timescale_role("from October 2025"), timescale_role("by May 2026"), timescale_role("Annually from 2026")
    (<ColumnRole.START: 'start'>, <ColumnRole.END: 'end'>, <ColumnRole.END: 'end'>)
    """
    return ColumnRole.START if when.lower().startswith("from ") else ColumnRole.END


def dotted_timescale(value: str) -> tuple[str, str | None]:
    """A field's value and the timescale printed after it beyond a dot ("Estates \u00b7 by May
    2026": who leads, then when), as a card's footer line joins its fields; the value and None
    when no such timescale closes it.

    >>> dotted_timescale("Estates \u00b7 by May 2026"), dotted_timescale("HR")
    (('Estates', 'by May 2026'), ('HR', None))
    >>> dotted_timescale("Estates \u00b7 Due: Q2 2027")
    ('Estates', 'Q2 2027')
    """
    parts = re.split(rf"\s*[{FIELD_DOTS}]\s*", value.strip())
    if (
        len(parts) == 2
        and (label := LABEL_LINE.match(parts[1]))
        and label_role(label.group(1), strict=True)
        in (
            ColumnRole.END,
            ColumnRole.START,
        )
    ):
        parts[1] = label.group(2)  # "Estates \u00b7 When: May 2026": the timescale under its own label
    if len(parts) == 2 and parts[0] and TIMESCALE.match(parts[1].rstrip(".")):
        return parts[0], parts[1].rstrip(".")
    return value, None


_FIELD_SEPARATOR = re.compile(rf"^\s*[;|{FIELD_DOTS}]")


def fields_after_value(value: str) -> tuple[str, list[tuple[ColumnRole, str]]]:
    """A field's value and the labelled fields printed after it on the same line beyond a bar,
    a semicolon or a dot ("Estates | When: May 2026 | Status: Started" after "Lead:"), as a page
    sets one line of fields under each item; the value and no fields when none follow ("Head of
    HR; Estates" names two owners, "Dr Lee. Notes: ..." is no field line).

    >>> fields_after_value("Estates | When: May 2026 | Status: Started")
    ('Estates', [(<ColumnRole.END: 'end'>, 'May 2026'), (<ColumnRole.STATUS: 'status'>, 'Started')])
    >>> fields_after_value("Head of HR; Estates"), fields_after_value("Dr Lee. Notes: two posts")
    (('Head of HR; Estates', []), ('Dr Lee. Notes: two posts', []))
    """
    first = INLINE_LABEL.search(value)
    if first is None or first.start() == 0 or _FIELD_SEPARATOR.match(value[first.start() :]) is None:
        return value, []
    return value[: first.start()].rstrip(), _labelled_parts(value[first.start() :])


_DASHED_LABEL = re.compile(
    r"^(?P<indent>\s*)(?P<label>[A-Za-z][A-Za-z ]{1,30}?)(?:\s+[\u2013\u2014-]\s+(?P<value>\S.*)"
    r"|\.\s+(?P<runin>[A-Z0-9\u00a3].*))$"  # or a run-in label with a full stop: "Measures. Two posts filled"
)


def dashed_label(text: str) -> str:
    """A field line printed with a dash for its colon ("Measure of success \u2013 ten
    apprentices", "When \u2013 by March 2027") written as "Label: value"; any other line,
    a theme before a dash ("Induction \u2013 Give ...") among them, as it is.

    >>> dashed_label("When \u2013 from June 2026"), dashed_label("Induction \u2013 Give every starter a tour")
    ('When: from June 2026', 'Induction \u2013 Give every starter a tour')

    A label run in before its value with a full stop, as a paragraph opens with its label
    set in bold ("Rationale. Few staff knew us."), is read the same way; a sentence of one
    word that is no label ("Done. Then ...") is not.

    >>> dashed_label("Measures. Ten staff trained; a new rota"), dashed_label("Thanks. We met in May.")
    ('Measures: Ten staff trained; a new rota', 'Thanks. We met in May.')
    """
    match = _DASHED_LABEL.match(text)
    if match is None or label_role(match.group("label"), strict=True) in (None, ColumnRole.ACTION):
        return text
    return f"{match.group('indent')}{match.group('label')}: {match.group('value') or match.group('runin')}"


# a label's colon printed as an arrow: "Owner \u2192 Estates", "Lead => HR"
_ARROWED_LABEL = re.compile(
    r"(?P<label>(?:[A-Za-z'\u2019]+\s){0,2}[A-Za-z'\u2019]+)\s*(?:[\u2192\u21d2\u2794\u279c\u27f6]|->|=>)\s+"
)


def arrowed_labels(text: str) -> str:
    """A line whose field labels are set with an arrow for their colon ("... (Yr 2). Owner \u2192
    Estates Office", "Lead => HR") written with colons, as a reader takes them; an arrow after
    words that are no field label ("Bench \u2192 bedside") stays.

    >>> arrowed_labels("Fund a course. Owner \u2192 HR Office"), arrowed_labels("From bench \u2192 bedside")
    ('Fund a course. Owner: HR Office', 'From bench \u2192 bedside')
    """

    def colon(match: re.Match[str]) -> str:
        words = match.group("label").split()
        for start in range(len(words)):  # the longest run of the words before the arrow that is a label
            label = " ".join(words[start:])
            if label_role(label, strict=True) not in (None, ColumnRole.ACTION):
                return f"{' '.join([*words[:start], label])}: "
        return match.group(0)

    return _ARROWED_LABEL.sub(colon, text)


_SUCCESS_LEAD = re.compile(
    r"^(?:how\s+)?(?:we(?:['\u2019]ll|\s+will|['\u2019]d)|will\s+we)\s+(?:know|see)\b"  # "We'll know it's working when"
    r"|^(?:signs|evidence)\s+(?:of|that)\s+(?:success|it(?:['\u2019]s|\s+is)\s+working)\b"
    r"|^(?:the\s+)?(?:signs|evidence)\s+we(?:['\u2019]ll|\s+will)\s+look\s+for\b",  # "Evidence we'll look for"
    re.I,
)


def names_success_lead(label: str) -> bool:
    """A label that introduces how success will be seen, in the page's own words ("We'll know
    it's working when", "How we will know", "Signs of success"): the lines under it are the
    measures of the action above.

    >>> names_success_lead("We'll know it's working when"), names_success_lead("We know our staff")
    (True, False)
    """
    return _SUCCESS_LEAD.search(label) is not None


# "Measured by", "We will measure this by", "Progress will be measured by"; "How we will know", "How we'll judge it"
_MEASURED_BY = re.compile(r"^(?:[a-z]+\s+){0,4}measur(?:e|ed|ing)\s+(?:[a-z]+\s+){0,2}?by$")
_HOW_MEASURED = re.compile(r"^how\s+(?:[a-z']+\s+){0,4}(?:measur\w*|know|judge\w*|tell)(?:\s+[a-z]+){0,3}$")
# "We will track", "We'll monitor", "What we will track"; "We will keep track of"
_WE_WILL_TRACK = re.compile(
    r"^(?:what\s+)?(?:we\s+will|we\s+shall|we'll|we\u2019ll)\s+(?:keep\s+track\s+of|track|monitor|measure|count)$"
)


def names_a_measure(label: str) -> bool:
    """A label that says, in the page's own words, how an objective's success will be shown:
    "Measured by", "We will measure this by", "How we will know". The words vary from page to
    page; a measuring verb before "by", or a "how ..." question about knowing or measuring,
    is what a reader goes by.

    >>> names_a_measure("measured by"), names_a_measure("we will measure this by")
    (True, True)
    >>> names_a_measure("how will we know"), names_a_measure("led by"), names_a_measure("measure")
    (True, False, False)

    A promise to track or monitor something ("We will track", "We'll monitor") introduces what
    will be counted, so it is a measures label too.

    >>> names_a_measure("we will track"), names_a_measure("we will run")
    (True, False)
    """
    folded = " ".join(label.lower().split())
    return bool(_MEASURED_BY.match(folded) or _HOW_MEASURED.match(folded) or _WE_WILL_TRACK.match(folded))


# "Why we're doing this", "Why we are doing it", "Why this matters"; "The thinking behind it", "The reasons for this"
_WHY_WE = re.compile(r"^why\s+(?:we|we're|we\u2019re|this|it)\b(?:\s+[a-z'\u2019]+){0,4}$")
_BEHIND_IT = re.compile(r"^(?:the\s+)?(?:thinking|reasoning|reasons?|rationale)\s+(?:behind|for)\s+(?:it|this|them)$")


def names_a_reason(label: str) -> bool:
    """A label that introduces, in the page's own words, why an objective was chosen ("Why
    we're doing this", "Why this matters to us", "The thinking behind it", "Reasons for this"):
    the words under or after it are the objective's notes. A "why" question about something
    else ("Why technicians?") is a heading, not such a label.

    >>> names_a_reason("why we're doing this"), names_a_reason("the thinking behind it")
    (True, True)
    >>> names_a_reason("why technicians matter"), names_a_reason("the thinking of the board")
    (False, False)
    """
    folded = " ".join(label.lower().split())
    return bool(_WHY_WE.match(folded) or _BEHIND_IT.match(folded))


# labels a card prints in the page's own words: "Who runs this", "Done by", "Where things stand"
_CARD_LABELS: tuple[tuple[ColumnRole, re.Pattern[str]], ...] = (
    (ColumnRole.OWNER, re.compile(r"^who(?:['\u2019]s|\s+is)?\s+(?:owns|leads|leading|runs|running|in\s+charge\s+of)"
                                  r"(?:\s+(?:it|this|them))?$")),
    (ColumnRole.END, re.compile(r"^(?:to\s+)?(?:finish(?:ed)?|done|ready|delivered|deliver)\s+by$")),
    (ColumnRole.STATUS, re.compile(r"^where\s+(?:it|this|we|things)\s+(?:stands?|are|is)(?:\s+now)?$"
                                   r"|^how\s+(?:it['\u2019]s|it\s+is|we['\u2019]re|we\s+are)\s+(?:going|doing)$")),
)  # fmt: skip


def card_label_role(label: str) -> ColumnRole | None:
    """The field a card's label names in the page's own words rather than a label word: who
    owns the action ("Who runs this", "Who's leading"), when it is finished ("Finished by",
    "Done by"), how it stands ("Where things stand", "How it's going"); None for other words.

    >>> card_label_role("who runs this"), card_label_role("finished by"), card_label_role("where things stand")
    (<ColumnRole.OWNER: 'owner'>, <ColumnRole.END: 'end'>, <ColumnRole.STATUS: 'status'>)
    >>> card_label_role("who we are"), card_label_role("where it happens")
    (None, None)
    """
    folded = " ".join(label.lower().split())
    return next((role for role, pattern in _CARD_LABELS if pattern.match(folded)), None)


def label_role(label: str, *, strict: bool = False) -> ColumnRole | None:
    """The column a 'Label:' names, or None for words that are not field labels.

    `strict` accepts only the listed label words; otherwise a short label is
    also read the way a table header would be ("Success criteria", "Due date").
    """
    folded = " ".join(strip_emphasis(label).lower().split()).strip("*_ ")
    if folded in LABELS:
        return LABELS[folded]
    if names_success_lead(folded) or names_a_measure(folded):
        return ColumnRole.MEASURE
    if names_a_reason(folded):
        return ColumnRole.NOTES
    if (said := card_label_role(folded)) is not None:
        return said
    if not strict and len(folded.split()) <= 3:
        return header_role(folded)
    return None


_MAX_STANDING_LABEL_WORDS = 5  # a label in the page's own words ("Where things stand") is short
# the status at the head of a value, before any note after a dash or comma: "Underway - eight pairs matched"
_STATUS_HEAD = re.compile(r"^(?P<status>[^,;\u2013\u2014]+?)(?:\s*(?:[,;\u2013\u2014]|\s-\s).*)?$")


def status_valued(label: str, value: str) -> bool:
    """Whether a field line whose label the page words its own way ("Where we are", "How it
    stands") holds a status as a plan prints one ("Complete", "Underway \u2013 eight pairs
    matched", `STATUS_CELL`): a reader takes it for the action's status field. Known labels
    are left to `label_role`.

    >>> status_valued("State of play", "Not started"), status_valued("How far we got", "Delayed \u2013 new date")
    (True, True)
    >>> status_valued("State of play", "A new post in the library"), status_valued("Owner", "Complete")
    (False, False)
    """
    if label_role(label, strict=True) is not None or len(label.split()) > _MAX_STANDING_LABEL_WORDS:
        return False
    head = _STATUS_HEAD.match(strip_emphasis(value).strip())
    return head is not None and STATUS_CELL.match(head.group("status").strip()) is not None


@dataclass
class _Action:
    first: int
    indent: int
    section: str | None
    theme: str | None
    fields: dict[ColumnRole, list[str]] = field(default_factory=dict)
    last: int = 0
    current: ColumnRole = ColumnRole.ACTION
    collecting: ColumnRole | None = None  # a bare 'Measures:' collects the sub-items below it
    by_item: bool = True  # started by a list item; an 'Action 3.' paragraph owns the items below it
    one_per_line: bool = False  # under a label alone on its line, each line is a value of its own
    status_state: str | None = None  # from a heading or lead-in saying the items are done or under way
    rationale: bool = False  # a numbered objective: the paragraphs below it are its notes

    def add(self, role: ColumnRole, text: str, line: int, *, continued: bool = False) -> None:
        """A new part of a field, or (`continued`) a wrapped line of its last part."""
        text = clean_cell(strip_emphasis(text))
        parts = self.fields.setdefault(role, [])
        if text and continued and parts:
            parts[-1] = f"{parts[-1]}\n{text}"
        elif text:
            parts.append(text)
        self.current = role
        self.last = max(self.last, line)

    def to_row(self) -> RawRow:
        cells = {role: _join_parts(role, parts) for role, parts in self.fields.items() if parts}
        if self.theme and ColumnRole.THEME not in cells:
            cells[ColumnRole.THEME] = self.theme
        return RawRow(
            cells=cells,
            provenance=Provenance(line=self.first, end_line=max(self.first, self.last)),
            section=self.section,
            status_state=self.status_state,
        )


def _join_parts(role: ColumnRole, parts: list[str]) -> str:
    """Several measures become a '- ' list so each stays a measure; other fields join by line."""
    if role is ColumnRole.MEASURE and len(parts) > 1:
        return "\n".join(f"- {part}" for part in parts)
    if role is ColumnRole.OWNER:  # each part names its own owner: a blank line says so
        return "\n\n".join(parts)
    return "\n".join(parts)


def split_fields(text: str) -> tuple[str, list[tuple[ColumnRole, str]]]:
    """Action text and the labelled fields written after it on the same line.

    >>> split_fields("Run a survey (Owner: HR; By: Mar 2024)")
    ('Run a survey', [(<ColumnRole.OWNER: 'owner'>, 'HR'), (<ColumnRole.END: 'end'>, 'Mar 2024')])
    >>> split_fields("Run a survey. Lead: HR.")
    ('Run a survey.', [(<ColumnRole.OWNER: 'owner'>, 'HR')])
    >>> split_fields("Survey run in May \u2013 Completed")
    ('Survey run in May', [(<ColumnRole.STATUS: 'status'>, 'Completed')])
    >>> split_fields("Survey run in May : under way")
    ('Survey run in May', [(<ColumnRole.STATUS: 'status'>, 'under way')])
    """
    found: list[tuple[ColumnRole, str]] = []
    marked = bracketed_status(text)  # "Held an open day [GREEN]", "... {AMBER \u2013 two of five}"
    if marked is not None:
        text = marked[0]
    if (closing := closing_owner_fields(text)) is not None:
        text, found = closing[0], list(closing[1])
    elif (owned := bracketed_owner(text)) is not None:
        text, owner = owned
        found.append((ColumnRole.OWNER, owner))
    if (timed := bracketed_plan_years(text)) is not None:
        text, timed_fields = timed
        found.extend(timed_fields)
    if (remark := bracketed_progress_note(text)) is not None:
        text, note = remark
        found.append((ColumnRole.NOTES, note))
    trailing = TRAILING_FIELDS.search(text)
    if trailing and INLINE_LABEL.search(trailing.group(1)):
        text, inside = text[: trailing.start()].rstrip(), trailing.group(1)
        found.extend(_labelled_parts(inside))
    elif trailing is None and (unlabelled := unlabelled_fields(text)) is not None:
        text, found = unlabelled
    elif (separated := separated_fields(text) or dashed_owner_and_time(text)) is not None:
        text, separated_parts = separated
        found.extend(separated_parts)
    if marked is not None:
        found.append((ColumnRole.STATUS, marked[1]))
    elif (status := _TRAILING_STATUS.search(text)) and STATUS_CELL.match(status.group("status").strip()):
        text = text[: status.start()].rstrip()
        found.append((ColumnRole.STATUS, status.group("status").strip()))
    elif (
        reviewed := bracketed_status(text)
        or progress_line(text)
        or closing_rag(text)
        or closing_progress(text)
        or closing_progress_note(text)
    ) is not None:
        text = reviewed[0]
        found.append((ColumnRole.STATUS, reviewed[1]))
    elif (remark := progress_remark(text)) is not None:
        text = remark[0]
        found.append((ColumnRole.STATUS, remark[1]))
    first = INLINE_LABEL.search(text)
    if first and first.start(1) > 0:
        found[:0] = _labelled_parts(text[first.start(1) :])
        # the sentence's own full stop stays with it: "... community. Lead: ..."
        text = text[: first.start(1)].rstrip().rstrip(f" ;|~\u2014\u2013-({FIELD_DOTS}")
        dated = any(role in (ColumnRole.START, ColumnRole.END) for role, _ in found)
        if not dated and (timed := bracketed_plan_years(text)) is not None:  # "... (Y2) - Owner: HR"
            text, timed_fields = timed
            found.extend(timed_fields)
    return text.strip(), found


# a status word after a closing dash or a spaced colon, as a progress page reports each item:
# "... - In progress", "... : on track"
_TRAILING_STATUS = re.compile(r"\s(?:[\u2013\u2014-]|:)\s+(?P<status>[A-Za-z][A-Za-z /]{2,30})\.?$")
_CLOSING_PARENTHESIS = re.compile(r"\(([^()]{3,80})\)\s*\.?\s*$")
_MAX_OWNER_WORDS = 6
_OWNER_JOINERS = frozenset({"of", "and", "&", "for", "the", "/"})


_CLOSING_SQUARE_BRACKETS = re.compile(r"\s\[([^\[\]]{2,80})\]\s*\.?\s*$")


def bracketed_owner(text: str) -> tuple[str, str] | None:
    """(text, owner) for an action closing with its owner in square brackets, as a page
    that says "the owner is shown in square brackets" prints it: "Run a survey [HR Partner]",
    or after a double slash ("Run a survey // Head of HR and Lab Managers": owners joined by
    "and" apart, `joined_owners`).
    The brackets must hold a name in title case of a few words; None otherwise ("[1]", "[PDF]"
    alone is a name only when written as a word).

    >>> bracketed_owner("Open a tool library (Y2) [Head of Estates]")
    ('Open a tool library (Y2)', 'Head of Estates')
    >>> bracketed_owner("Read the guide [1]") is None, bracketed_owner("Read it [see below]") is None
    (True, True)
    >>> bracketed_owner("Open a tool library (Y2) // Estates Office")
    ('Open a tool library (Y2)', 'Estates Office')
    """
    match = _CLOSING_SQUARE_BRACKETS.search(text) or _CLOSING_DOUBLE_SLASH.search(text)
    if match is None:
        return None
    words = match.group(1).split()
    if not (
        len(words) <= _MAX_OWNER_WORDS
        and all(w[:1].isupper() or w.lower() in _OWNER_JOINERS for w in words)
        and any(w[:1].isupper() and w[1:].islower() for w in words)
    ):
        return None
    owner = match.group(1).strip()
    if match.re is _CLOSING_DOUBLE_SLASH:
        owner = "\n\n".join(joined_owners(owner))
    return text[: match.start()].rstrip(), owner


_CLOSING_DOUBLE_SLASH = re.compile(r"\s//\s+([^/]{2,80}?)\s*\.?\s*$")


def joined_owners(owner: str, *, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> list[str]:
    """The owners a closing owner field joins with "and", each a name of two words or more
    ("Estates Office and Faculty Managers" -> two); a name whose "and" joins single words
    ("Learning and Development") is one.

    >>> joined_owners("Estates Office and Faculty Managers"), joined_owners("Learning and Development")
    (['Estates Office', 'Faculty Managers'], ['Learning and Development'])
    """
    parts = [part.strip() for part in re.split(r"\s+and\s+", owner)]
    if len(parts) > 1 and all(len(part.split()) >= tol.joined_owner_min_words for part in parts):
        return parts
    return [owner]


_LED_BY = re.compile(r"^(?:led|owned|run)\s+by\s+(?=\S)", re.I)
_FIELD_SPLIT = re.compile(r"\s*[;,]\s*")
_OWNER_SPLIT = re.compile(r"\s+/\s+")  # "HR Partner / Head of School": two owners


def closing_owner_fields(text: str) -> tuple[str, list[tuple[ColumnRole, str]]] | None:
    """(text, fields) for an item that closes with who leads it and when, unlabelled, after a
    dash or in square brackets, as a page lists its pledges or priorities: "Run a survey \u2013
    led by HR Partner", "Run a survey \u2013 Heads of School, from May 2026.", "Run a survey
    [Library Team; Q3 2026]". The parts, split at commas or semicolons, are each a timescale
    (`TIMESCALE`; "from ..." is the start) or an owner (a name in title case, a group in
    sentence case, an owner code); there must be an owner, and a timescale too unless the
    owner is introduced by "led by". The item's own words keep any bracketed plan years
    before the dash. None otherwise ("Lab tours \u2013 for new staff, twice a term").

    >>> closing_owner_fields("Run a survey \u2013 Heads of School, from May 2026.")[1]
    [(<ColumnRole.OWNER: 'owner'>, 'Heads of School'), (<ColumnRole.START: 'start'>, 'from May 2026')]
    >>> closing_owner_fields("Run a survey [Library Team; Q3 2026]")[0]
    'Run a survey'
    >>> closing_owner_fields("Open day \u2013 for new staff, 2026") is None
    True
    >>> closing_owner_fields("Run a survey \u2014 Estates Office (Q2 2026)")[1]
    [(<ColumnRole.OWNER: 'owner'>, 'Estates Office'), (<ColumnRole.END: 'end'>, 'Q2 2026')]
    """
    match = _CLOSING_SQUARE_BRACKETS.search(text) or _CLOSING_DASH.search(text)
    if match is None or match.start() == 0:
        return None
    inside = bracketed_when_apart(match.group(1).strip())
    led = _LED_BY.match(inside)
    parts = [p for p in _FIELD_SPLIT.split(inside[led.end() :] if led else inside) if p]
    found: list[tuple[ColumnRole, str]] = []
    for part in parts:
        if TIMESCALE.match(part):
            found.append((timescale_role(part), part))
        elif all(_is_owner_name(p) or names_a_group(p) or is_owner_cell(p) for p in _OWNER_SPLIT.split(part)):
            found.append((ColumnRole.OWNER, part))
        else:
            return None
    roles = [role for role, _ in found]
    if ColumnRole.OWNER not in roles or not (led or len(set(roles)) > 1):
        return None
    return text[: match.start()].rstrip(), found


_CLOSING_BRACKETED_WHEN = re.compile(r"\s*\((?P<when>[^()]{2,40})\)$")


def bracketed_when_apart(fields: str, *, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> str:
    """Fields after an item's closing dash with a bracketed timescale after the owner
    ("Estates Office (by May 2026)") as two fields ("Estates Office, by May 2026"): the
    brackets set the date beside the owner as a comma would; other brackets stay, and so does
    a year after one word not a code ("Update (2024)" closes a title).

    >>> bracketed_when_apart("Estates Office (annually)"), bracketed_when_apart("Estates (main site)")
    ('Estates Office, annually', 'Estates (main site)')
    """
    match = _CLOSING_BRACKETED_WHEN.search(fields)
    if match is None or match.start() == 0 or not TIMESCALE.match(match.group("when").strip()):
        return fields
    owner = fields[: match.start()].split()
    if len(owner) < tol.joined_owner_min_words and not owner[0].isupper():
        return fields  # "Plan \u2013 Update (2024)": a title's year, not a single word's date
    return f"{fields[: match.start()]}, {match.group('when').strip()}"


_CLOSING_REPEAT = re.compile(r"\b(?:each|every)\s+(?:year|spring|summer|autumn|winter)$|\bannually$", re.I)
_DATE_PREPOSITION = re.compile(r"^(?:by|from|in|before|during)\s", re.I)
_MAX_TIMESCALE_WORDS = 6


def closing_timescales(text: str) -> list[tuple[ColumnRole, str]]:
    """The timescales an item's own sentence closes with ("... each summer", "... from 2031",
    "... each year from September 2031", "... by the end of 2032"), as (START or END, words):
    "from" starts the work, a date after "by", "in", "before" or "during" ends it, a season
    or year that comes round again repeats it. They are read as the item's dates and stay in
    its words; a bare year closing a sentence says nothing of when.

    >>> closing_timescales("Take on two apprentices each year from September 2031.")
    [(<ColumnRole.START: 'start'>, 'from September 2031'), (<ColumnRole.END: 'end'>, 'each year')]
    >>> closing_timescales("Hold a showcase each summer"), closing_timescales("Publish the 2031 survey")
    ([(<ColumnRole.END: 'end'>, 'each summer')], [])
    """
    words = text.strip().rstrip(".").split()
    found: list[tuple[ColumnRole, str]] = []
    while words and len(found) < 2:
        size = next(
            (
                n
                for n in range(min(_MAX_TIMESCALE_WORDS, len(words) - 1), 1, -1)
                if _DATE_PREPOSITION.match(" ".join(words[-n:])) and TIMESCALE.match(" ".join(words[-n:]))
            ),
            0,
        )
        if size:
            phrase = " ".join(words[-size:])
            found.append((timescale_role(phrase), phrase))
        elif size := plan_year_start(words):
            found.append((ColumnRole.START, " ".join(words[-size:])))
        elif repeat := _CLOSING_REPEAT.search(" ".join(words[-3:])):
            size = len(repeat.group(0).split())
            found.append((ColumnRole.END, repeat.group(0)))
        else:
            break
        words = words[:-size]
        if words and found:
            words[-1] = words[-1].rstrip(",")  # "... every spring, starting in Year 2"
    if sum(1 for role, _ in found if role is ColumnRole.END) > 1:
        return []  # two ends: the sentence names its dates in some other way
    return sorted(found, key=lambda part: part[0] is not ColumnRole.START)


_PLAN_YEAR_START = re.compile(
    r"^(?:(?:starting|beginning|commencing)\s+(?:in\s+|from\s+)?|from\s+)(?P<years>.+)$", re.I
)


def plan_year_start(words: Sequence[str]) -> int:
    """How many of a sentence's last words say in which year of the plan the work begins
    ("..., starting in Year 2", "... from Year 3"): that year is the action's start, whatever
    else the sentence says of how often it comes round; 0 when the sentence ends otherwise.

    >>> plan_year_start("Hold a lab fair every summer, starting in Year 2".split())
    4
    >>> plan_year_start("Hold a fair in Year 2".split()), plan_year_start("Train staff from Year 2 onwards".split())
    (0, 0)
    """
    for size in range(min(_MAX_TIMESCALE_WORDS, len(words) - 1), 1, -1):
        match = _PLAN_YEAR_START.match(" ".join(words[-size:]))
        if match is not None and PLAN_YEAR.fullmatch(match.group("years")):
            return size
    return 0


def dated_by_their_words(rows: list[RawRow]) -> list[RawRow]:
    """Rows with no date of their own dated by the timescales their sentence closes with
    (`closing_timescales`); the words stay in the text. Read after the rows' own fields and
    after non-actions were turned away, so a date in a sentence never makes a list item an
    action or stops a joined row from being split into its cells."""
    out: list[RawRow] = []
    for row in rows:
        dated = {ColumnRole.START, ColumnRole.END} & row.cells.keys()
        found = [] if dated else closing_timescales(row.cells.get(ColumnRole.ACTION, ""))
        out.append(replace(row, cells={**row.cells, **dict(found)}) if found else row)
    return out


_MIN_REMARK_WORDS = 3


def bracketed_progress_note(text: str) -> tuple[str, str] | None:
    """(text, note) of an item closing with a bracketed remark on how it went ("Pilot a rota
    (pilot done, scheme to follow)"): a few words naming a state, told about the item, not
    part of it. A bare state in brackets ("(done)") and any other bracket stay as they are.

    >>> bracketed_progress_note("Pilot a rota (pilot done, scheme to follow)")
    ('Pilot a rota', 'pilot done, scheme to follow')
    >>> bracketed_progress_note("Pilot a rota (done)"), bracketed_progress_note("Train staff (all grades and sites)")
    (None, None)
    """
    match = _CLOSING_PARENTHESIS.search(text)
    if match is None or match.start() == 0:
        return None
    inside = match.group(1).strip()
    if len(inside.split()) < _MIN_REMARK_WORDS or ":" in inside or find_state(inside) is None:
        return None
    return text[: match.start()].rstrip(), inside


_CLOSING_PLAN_YEARS = re.compile(r"\s*\((?P<years>[^()]{2,20})\)(?P<stop>\s*\.?)\s*$")


def bracketed_plan_years(text: str) -> tuple[str, list[tuple[ColumnRole, str]]] | None:
    """(text, fields) for an action closing with the years of the plan it falls in, in
    brackets ("Survey all staff (Y2)", "Run a course (Years 1-3)."): the brackets are the
    action's timescale, printed after the sentence, not part of it. One year is the end; a
    span is both the start and the end, each keeping the span as printed. The sentence's own
    full stop stays. None when the brackets hold anything but plan years.

    >>> bracketed_plan_years("Survey all staff (Y2).")
    ('Survey all staff.', [(<ColumnRole.END: 'end'>, 'Y2')])
    >>> [role.value for role, _ in bracketed_plan_years("Run a course (Years 1-3)")[1]]
    ['start', 'end']
    >>> bracketed_plan_years("Tour for (Year 2 students)") is None
    True
    >>> bracketed_plan_years("Run a course (Year 3 onwards)")
    ('Run a course', [(<ColumnRole.START: 'start'>, 'Year 3 onwards')])
    """
    match = _CLOSING_PLAN_YEARS.search(text)
    if match is None or match.start() == 0:
        return None
    years = match.group("years").strip()
    plan_year = PLAN_YEAR.fullmatch(years)
    onwards = _ONWARDS.fullmatch(years)
    if plan_year is None and (onwards is None or PLAN_YEAR.fullmatch(onwards.group("years")) is None):
        return None
    kept = text[: match.start()].rstrip() + match.group("stop").strip()
    if plan_year is None:
        return kept, [(ColumnRole.START, years)]  # "(Year 2 onwards)": when it begins, and no end
    first, last = plan_year_number(plan_year)
    if last != first:
        return kept, [(ColumnRole.START, years), (ColumnRole.END, years)]
    return kept, [(ColumnRole.END, years)]


_ONWARDS = re.compile(r"(?P<years>.+?)\s+onwards?", re.I)


_SPACED_SEPARATOR = re.compile(r"\s+[:\u2013\u2014]\s+")


def _is_owner_name(part: str) -> bool:
    """A name in title case of a few words ("Head of Estates", "HR Partner Reward")."""
    words = part.split()
    return (
        len(words) <= _MAX_OWNER_WORDS
        and all(w[:1].isupper() or w.lower() in _OWNER_JOINERS for w in words)
        and any(w[:1].isupper() and w[1:].islower() for w in words)
    )


def separated_fields(text: str) -> tuple[str, list[tuple[ColumnRole, str]]] | None:
    """(text, fields) for an action whose row a page flattened into cells joined by a spaced
    colon or dash, with no labels: "Run a survey : Head of HR : Q2 2025". Each part after the
    first must be a timescale (`TIMESCALE`; "from ..." is the start) or a name in title case;
    the last is a timescale.
    None otherwise ("Pillar 1 : Visibility", "Survey - a first step").

    >>> separated_fields("Run a survey : Head of HR : from Sept 2024")
    ('Run a survey', [(<ColumnRole.OWNER: 'owner'>, 'Head of HR'), (<ColumnRole.START: 'start'>, 'from Sept 2024')])
    >>> separated_fields("Run a survey \u2014 with all staff") is None
    True
    """
    parts = _SPACED_SEPARATOR.split(text.strip())
    if len(parts) < 2 or not TIMESCALE.match(parts[-1].strip().rstrip(".")):
        return None
    found: list[tuple[ColumnRole, str]] = []
    for part in (p.strip().rstrip(".") for p in parts[1:]):
        if TIMESCALE.match(part):
            found.append((timescale_role(part), part))
        elif _is_owner_name(part):
            found.append((ColumnRole.OWNER, part))
        else:
            return None
    return parts[0].strip(), found


def separated_row(text: str) -> tuple[str, list[tuple[ColumnRole, str]]] | None:
    """(text, fields) for a line with no list marker that a page printed as a table row, its
    cells joined by spaced dashes or colons, who leads it and when last: "Open a tool library
    \u2014 Head of Estates \u2014 2026/27". A reader takes each such line for an item however the
    page sets it, as long as it names an owner as well as a timescale (`separated_fields`);
    "Next review \u2014 2026" or "Jo Bloggs \u2013 Chair" is no row.

    >>> separated_row("Open a tool library \u2014 Head of Estates \u2014 2026/27")[1][0]
    (<ColumnRole.OWNER: 'owner'>, 'Head of Estates')
    >>> separated_row("Next review \u2014 2026") is None
    True
    """
    separated = separated_fields(text)
    if separated is None or all(role is not ColumnRole.OWNER for role, _ in separated[1]):
        return None
    return separated


_CLOSING_DASH = re.compile(r"\s[\u2013\u2014-]\s+(?P<fields>[^\u2013\u2014]+?)\.?$")


def dashed_owner_and_time(text: str) -> tuple[str, list[tuple[ColumnRole, str]]] | None:
    """(text, fields) for an action closing with who leads it and when after a dash, the two
    joined by a comma, as a news item lists pledges: "open the labs to schools \u2013 Outreach
    Office, by June 2026". The owner is a name in title case or a group in sentence case
    (`names_a_group`), the timescale a `TIMESCALE` ("from ..." is the start). None otherwise
    ("Survey \u2013 a first step, in May").

    >>> dashed_owner_and_time("open the labs to schools \u2013 Outreach Office, from June 2026")[1]
    [(<ColumnRole.OWNER: 'owner'>, 'Outreach Office'), (<ColumnRole.START: 'start'>, 'from June 2026')]
    >>> dashed_owner_and_time("Survey \u2013 a first step, in May") is None
    True
    """
    match = _CLOSING_DASH.search(text)
    if match is None or match.start() == 0:
        return None
    parts = [p.strip() for p in match.group("fields").split(",")]
    if len(parts) != 2 or not TIMESCALE.match(parts[1]):
        return None
    owner, when = parts
    words = owner.split()
    titled = (
        len(words) <= _MAX_OWNER_WORDS
        and all(w[:1].isupper() or w.lower() in _OWNER_JOINERS for w in words)
        and any(w[:1].isupper() and w[1:].islower() for w in words)
    )
    if not (titled or names_a_group(owner)):
        return None
    role = timescale_role(when)
    return text[: match.start()].rstrip(), [(ColumnRole.OWNER, owner), (role, when)]


_GROUP_NOUNS = frozenset((
    "managers", "manager", "team", "teams", "group", "groups", "committee", "board", "office", "officers", "officer",
    "leads", "heads", "network", "forum", "panel", "services", "champions", "partners", "directors",
))  # fmt: skip
_MAX_GROUP_WORDS = 4


def names_a_group(part: str) -> bool:
    """A few words in sentence case naming who leads as a group or role ("Line managers",
    "Lab safety team"): a capital first, a group or role noun last, nothing else capitalised.

    >>> names_a_group("Line managers"), names_a_group("Lab safety team"), names_a_group("with line managers")
    (True, True, False)
    """
    words = part.split()
    if not 1 < len(words) <= _MAX_GROUP_WORDS or not words[0][:1].isupper():
        return False
    return words[-1].lower() in _GROUP_NOUNS and all(w.islower() for w in words[1:])


def unlabelled_fields(text: str) -> tuple[str, list[tuple[ColumnRole, str]]] | None:
    """(text, fields) for an action closing with its owner and timescale in brackets and
    no labels, as a page lists priorities: "Open a tool library (Head of Estates, Q2 2026)".
    Each comma- or semicolon-separated part must be a timescale (`TIMESCALE`), a name in
    title case of a few words or a group in sentence case (`names_a_group`); one timescale at
    least. None otherwise ("(PDF, 2MB)").

    >>> unlabelled_fields("Open a tool library (Head of Estates, by end of 2026)")[1][0][1]
    'Head of Estates'
    >>> unlabelled_fields("Read the guide (PDF, 2MB)") is None
    True
    """
    match = _CLOSING_PARENTHESIS.search(text)
    if match is None or match.start() == 0:
        return None
    parts = [p.strip() for p in re.split(r"[,;]", match.group(1)) if p.strip()]
    found: list[tuple[ColumnRole, str]] = []
    for part in parts:
        words = part.split()
        if TIMESCALE.match(part):
            found.append((ColumnRole.END, part))
        elif (
            len(words) <= _MAX_OWNER_WORDS
            and all(w[:1].isupper() or w.lower() in _OWNER_JOINERS for w in words)
            and any(w[:1].isupper() and w[1:].islower() for w in words)
        ) or names_a_group(part):
            found.append((ColumnRole.OWNER, part))
        else:
            return None
    if not any(role is ColumnRole.END for role, _ in found):
        return None
    return text[: match.start()].rstrip(), found


def _labelled_parts(text: str) -> list[tuple[ColumnRole, str]]:
    matches = list(INLINE_LABEL.finditer(text))
    parts: list[tuple[ColumnRole, str]] = []
    for number, match in enumerate(matches):
        end = matches[number + 1].start() if number + 1 < len(matches) else len(text)
        value = text[match.end() : end].strip(f" ;|\u2014\u2013-.{FIELD_DOTS}")
        if value.endswith(")") and value.count(")") > value.count("("):
            value = value[:-1].rstrip(" ;.")
        role = LABELS[match.group(1).lower()]
        if value:
            parts.append((role, value))
    return parts


def ref_line(text: str) -> re.Match[str] | None:
    """The `REF_START` match of a line opening with an action's ref ("2.1 Run a survey"),
    None for a line that is a whole timescale ("Q3 2026": a quarter, not ref "Q3").

    >>> ref_line("V2 Print a leaflet") is not None, ref_line("Q3 2026") is None
    (True, True)
    >>> ref_line("CAR/3 Fund a course").group("ref")
    'CAR/3'
    """
    stripped = text.strip()
    return None if TIMESCALE.match(stripped) else REF_START.match(stripped)


def _indent(text: str) -> int:
    expanded = text.replace("\t", "    ")
    return len(expanded) - len(expanded.lstrip(" "))


def _starts_action(text: str, indent: int) -> bool:
    """True for a list item or ref line at most `indent` deep that is not a 'Label: value'."""
    if _indent(text) > indent:
        return False
    stripped = text.strip()
    item = ITEM.match(stripped)
    body = item.group("text") if item else stripped
    label = LABEL_LINE.match(strip_emphasis(body))
    if label and label_role(label.group(1), strict=True) not in (None, ColumnRole.ACTION):
        return False
    plain = strip_emphasis(stripped)
    return bool(
        item
        or ref_line(stripped)
        or ACTION_LINE.match(plain)
        or BARE_ACTION.match(plain)
        or closing_owner_fields(plain) is not None
    )


_PLAIN_OUTER, _PLAIN_INNER = 9, 10  # levels of headings with no Markdown marks


@dataclass
class _Heading:
    level: int
    text: str
    skip: bool = field(init=False)  # items under a key, legend or introduction heading are not actions

    def __post_init__(self) -> None:
        self.skip = holds_no_actions(self.text)


def _headings(lines: Sequence[SourceLine], furniture: frozenset[str]) -> dict[int, _Heading]:
    """Line index -> heading; underlines of Setext headings map to level 0 (skip)."""
    found: dict[int, _Heading] = {}
    numbered_at: list[int] = []
    for index, line in enumerate(lines):
        text = line.text
        if marked := markdown_heading_parts(text):
            if not _is_ref_heading(marked[1]):
                found[index] = _Heading(marked[0], heading_text(marked[1]))
            continue
        nxt = lines[index + 1].text if index + 1 < len(lines) else ""
        numbered = _numbered_heading(lines, index) or numbered_pillar_heading(lines, index)
        underlined = underlines_heading(Line(nxt))
        if numbered:
            numbered_at.append(index)
        if text.strip() and (not ITEM.match(text.strip()) or numbered) and underlined:
            found[index] = _Heading(1 if nxt.strip()[0] == "=" else 2, heading_text(numbered or text))
            found[index + 1] = _Heading(0, "")
            continue
        if numbered:
            found[index] = _Heading(_PLAIN_INNER, heading_text(numbered))
        elif ITEM.match(text.strip()) and (group := group_heading(text)):
            found[index] = _Heading(_PLAIN_INNER, group)  # an accordion's "+ Pillar" group line
    # numbered sections are one level, however each is set ("1. Visibility" underlined, "2. ..." not)
    top = min((found[i].level for i in numbered_at), default=0)
    for index in numbered_at:
        found[index].level = top
    # Plain headings, bottom up: a short line above an action (or above a short
    # introduction and then an action), or directly above a plain heading (then it is
    # the outer of two levels, like "Visibility" above its theme).
    below: int | None = None  # the next non-blank line
    to_item: int | None = None  # prose lines between `below` and the next action, None past a heading
    values = _label_values(lines)
    for index in range(len(lines) - 1, -1, -1):
        text = lines[index].text
        if not text.strip() or passes_as_furniture(text, furniture):
            continue
        candidate = (
            index not in found
            and text[:1].strip()
            and not ITEM.match(text)
            and not REF_START.match(text)
            and not _is_field_line(text)
            and not is_bare_field_label(text)
            and index not in values
            and not is_lead_in(text)
            and not progress_line(text)
            and not numbered_objective(text.strip())
            and not BARE_ACTION.match(strip_emphasis(text.strip()))
            and not opens_as_action(text)
            and not names_columns(text)
            and not is_control_label(text)
        )
        if below is not None and candidate and is_text_heading(text, furniture, allow_title=names_its_items(text)):
            under = found.get(below)
            if under is not None and under.level >= _PLAIN_INNER:
                found[index] = _Heading(_PLAIN_OUTER, heading_text(text))
            elif under is None and to_item is not None and to_item <= _MAX_INTRO_LINES:
                found[index] = _Heading(_PLAIN_INNER, heading_text(text))
        to_item = None if index in values else _lines_to_item(lines, index, found, to_item)
        below = index
    outer_at = [i for i in sorted(found) if found[i].level == _PLAIN_OUTER]
    inner_under = [
        sum(
            1
            for i in found
            if at < i < (outer_at[k + 1] if k + 1 < len(outer_at) else len(lines)) and found[i].level == _PLAIN_INNER
        )
        for k, at in enumerate(outer_at)
    ]
    for lone in lone_outer_headings([(found[i].text, n) for i, n in zip(outer_at, inner_under, strict=True)]):
        del found[outer_at[lone]]
    kept = [(i, n) for i, n in zip(outer_at, inner_under, strict=True) if i in found]
    if (titled := title_over_sections([(found[i].text, n) for i, n in kept])) is not None:
        found[kept[titled][0]].level = -1  # the page's title, over its sections
    levels = Counter(h.level for h in found.values() if h.level)
    if levels.get(1) == 1 and any(level > 1 for level in levels):
        for heading in found.values():
            if heading.level == 1:
                heading.level = -1  # the document title
    return found


def passes_as_furniture(text: str, furniture: frozenset[str]) -> bool:
    """A line the page prints again and again (a "Pledge" tag on every card, a "Back to top"
    link): a reader looks through it, so a heading above it still heads the card or list
    below it. A field's label printed alone on its line ("Status", "Lead") is part of the
    card, not such a line.

    >>> passes_as_furniture(" Pledge ", frozenset({"Pledge"})), passes_as_furniture("Visibility", frozenset({"Pledge"}))
    (True, False)
    >>> passes_as_furniture("Status", frozenset({"Status"}))
    False
    """
    folded = " ".join(text.split())
    return folded in furniture and label_role(folded.rstrip(":"), strict=True) is None


_MAX_OBJECTIVE_INDENT = 3  # as list_lines_to_rows reads a numbered objective
_MAX_INTRO_LINES = 3  # a heading may stand over a short introduction before its list


def lone_outer_headings(outer: Sequence[tuple[str, int]]) -> list[int]:
    """Which plain lines taken as the outer of two heading levels are not one, given each
    outer line's text and how many inner headings stand under it. A page that groups its
    sections under outer headings does so more than once, names a pillar in the outer line
    ("Visibility" over "Induction"), or puts several headings under it; a single short line
    that happens to stand above the one real heading (a button's words, a quote's
    attribution) is not a level of its own.

    >>> lone_outer_headings([("Sign up today", 1)]), lone_outer_headings([("Recognition", 1)])
    ([0], [])
    >>> lone_outer_headings([("Our people", 1), ("Our places", 1)]), lone_outer_headings([("Our people", 2)])
    ([], [])
    """
    if len(outer) != 1 or classify_pillar(outer[0][0]) is not None or outer[0][1] > 1:
        return []
    return [0]


_ANY_ITEM_INDENT = 12  # a list under a heading may be indented however the page sets it


_MIN_TITLED_SECTIONS = 2  # a page's title stands over at least this many section headings


def title_over_sections(outer: Sequence[tuple[str, int]]) -> int | None:
    """Which plain line taken as the outer of two heading levels is the page's title instead,
    given each outer line's text and how many inner headings stand under it: the one outer
    line of the page, worded as a plan's title ("Technician Commitment promises 2025-2027",
    `TITLE_LIKE`), not naming a pillar, over `_MIN_TITLED_SECTIONS` or more headings. The
    headings under it are the page's sections. None when no line is such a title.

    >>> title_over_sections([("Our Technician Commitment pledges 2026-2028", 2)])
    0
    >>> title_over_sections([("Visibility", 3)]), title_over_sections([("Our plan for 2026", 1)])
    (None, None)
    >>> title_over_sections([("Action plan 2026", 2), ("Action plan 2027", 2)]) is None
    True
    """
    if len(outer) != 1:
        return None
    text, inner = outer[0]
    if inner < _MIN_TITLED_SECTIONS or not TITLE_LIKE.search(text) or classify_pillar(text) is not None:
        return None
    return 0


def _lines_to_item(
    lines: Sequence[SourceLine], index: int, found: dict[int, _Heading], after: int | None
) -> int | None:
    """Counting up from the next action: how many prose lines (an introduction, a lead-in)
    lie between line `index` and the first action below it; None when a heading, a
    heading-like line or a field of an action comes first. `after` is the count for the
    line below."""
    text = lines[index].text
    if index in found:
        return None
    if (
        _starts_action(text, _ANY_ITEM_INDENT)
        or is_card_title(lines, index)
        or progress_line(text)
        or review_line(lines, index)
        or card_lead_field(lines, index) is not None
    ):
        return 0
    if numbered_objective(text.strip()) and _indent(text) <= _MAX_OBJECTIVE_INDENT:
        return 0
    if _is_field_line(text) or (is_text_heading(text, allow_title=True) and not is_lead_in(text)):
        return None
    return None if after is None else after + 1


def _numbered_heading(lines: Sequence[SourceLine], index: int) -> str | None:
    """The heading text of "1. Visibility" when the next line that is not blank or an
    underline opens action "1.1" (a number that the refs below it extend is a section, not a
    list item), or when a bulleted list is set under it (`heads_bullet_list`)."""
    section = numbered_section(lines[index].text)
    if section is None:
        return None
    number, _words = section
    for line in lines[index + 1 : index + 4]:
        if not line.text.strip() or SETEXT_UNDERLINE.match(line.text):
            continue
        ref = REF_START.match(line.text.strip())
        if ref and ref.group("ref").startswith(f"{number}."):
            return lines[index].text.strip()
        below = [ln.text for ln in lines[index + 1 : index + 1 + _MIN_HEADED_BULLETS + 1] if ln.text.strip()]
        heads = len(below) >= _MIN_HEADED_BULLETS and all(
            heads_bullet_list(lines[index].text, text) for text in below[:_MIN_HEADED_BULLETS]
        )
        return lines[index].text.strip() if heads else None
    return None


def numbered_pillar_heading(lines: Sequence[SourceLine], index: int) -> str | None:
    """The heading text of a line that is a pillar's name and nothing more, numbered as a
    list item would be ("(2) Recognition", "3. Sustainability"): a number before a pillar's
    name heads that pillar's part of the page, whatever stands under it (a paragraph saying
    what the pillar means, then its list). None for any other line, and for a pillar's line
    followed straight by the next one, as a page lists the pillars it will cover.

    >>> page = [SourceLine(1, "(1) Visibility"), SourceLine(2, "Seen and named."), SourceLine(3, "- Run a tour")]
    >>> numbered_pillar_heading(page, 0), numbered_pillar_heading(page, 2)
    ('(1) Visibility', None)
    >>> numbered_pillar_heading([SourceLine(1, "1. Visibility"), SourceLine(2, "2. Recognition")], 0) is None
    True
    """
    text = lines[index].text.strip()
    if not ITEM.match(text) or not names_numbered_pillar(text):
        return None
    below = next((line.text.strip() for line in lines[index + 1 :] if line.text.strip()), "")
    return None if names_numbered_pillar(below) else text


_MIN_HEADED_BULLETS = 2  # one bullet under a numbered item may be its note; a list of them makes it a heading


def heads_bullet_list(numbered: str, below: str) -> bool:
    """True when a line below a numbered line ("1. Visibility") is a bullet item set deeper
    ("  o Create a directory"): a number with its own bulleted list (`_MIN_HEADED_BULLETS`
    items at least) under it is a section heading, each bullet an action; a field line
    ("- Owner: HR") stays the number's own.

    >>> heads_bullet_list("1. Visibility", "  o Create a directory")
    True
    >>> heads_bullet_list("1. Run a survey", "  - Owner: HR"), heads_bullet_list("1. Visibility", "2. Recognition")
    (False, False)
    """
    item = ITEM.match(below.strip())
    if item is None or (item.group("marker")[:1].isalnum() and item.group("marker") != "o"):
        return False
    if _indent(below) <= _indent(numbered):
        return False
    label = LABEL_LINE.match(strip_emphasis(item.group("text")))
    return not (label and label_role(label.group(1), strict=True) not in (None, ColumnRole.ACTION))


_MIN_COLUMN_NAMES = 3


def names_columns(text: str) -> bool:
    """A line of column names ("Ref Action Owner Deadline"): a table's header row kept as a
    line when its cells were joined by spaces. It heads a table, never a section of the plan.

    >>> names_columns("Ref Action Owner Deadline"), names_columns("Action Lead Timescale Status")
    (True, True)
    >>> names_columns("Pillar 1 Visibility"), names_columns("Owner Deadline")
    (False, False)
    """
    words = strip_emphasis(text).split()
    return len(words) >= _MIN_COLUMN_NAMES and all(w.lower().strip(":|") in LABELS for w in words)


def opens_as_action(text: str) -> bool:
    """A line printed as one of a page's numbered or lettered actions or aims ("Aim C \u2014 Open
    a route ...", "Objective 2: ..."): what stands under it is its own, so it never heads them.

    >>> opens_as_action("Aim C \u2014 Open a route into teaching"), opens_as_action("Aims of the plan")
    (True, False)
    >>> opens_as_action("Goal 2: Train assessors"), opens_as_action("Aim to train more assessors")
    (True, False)
    """
    return bool(ACTION_LINE.match(strip_emphasis(text.strip())))


def _is_ref_heading(text: str) -> bool:
    """ "### 1.1 Launch a spotlight": a heading that opens with an action ref is the action."""
    match = REF_START.match(strip_emphasis(text).strip())
    return bool(match and "." in match.group("ref") and len(match.group("text").split()) >= 3)


def _label_values(lines: Sequence[SourceLine]) -> set[int]:
    """Indexes of lines just below a field label alone on its line ("Status" / "Complete"):
    each is that field's value, never a heading."""
    found: set[int] = set()
    after_label = False
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if after_label:
            found.add(index)
        alone = LABEL_ONLY.match(text)
        after_label = bool(alone and label_role(alone.group(1), strict=True) not in (None, ColumnRole.ACTION))
    return found


def is_bare_field_label(text: str) -> bool:
    """A field label alone on its line with its colon ("Success measures:", bold or not):
    it introduces the field's values below it, so it is never a heading over them.

    >>> is_bare_field_label("**Success measures:**"), is_bare_field_label("Owners:")
    (True, True)
    >>> is_bare_field_label("Recognition:"), is_bare_field_label("Success measures")
    (False, False)
    """
    stripped = strip_emphasis(text.strip()).rstrip()
    if not stripped.endswith(":"):
        return False
    alone = LABEL_ONLY.match(stripped)
    return bool(alone and label_role(alone.group(1), strict=True) not in (None, ColumnRole.ACTION))


_MIN_CARD_FIELDS = 2  # a card shows at least this many labelled fields under its title
_MIN_CARD_TITLE_WORDS = 3  # a title shorter than this is a heading, not an action


def is_card_title(lines: Sequence[SourceLine], index: int) -> bool:
    """A plain line (no bullet, no label) with `_MIN_CARD_FIELDS` or more field lines
    straight below it ("Lead: ...", "When: ..."): the action of a card, as a page prints
    each action in a box with its fields under it.

    >>> card = [SourceLine(1, "Run a tour of the labs"), SourceLine(2, "Lead: Estates"), SourceLine(3, "When: 2026")]
    >>> is_card_title(card, 0), is_card_title(card[:2], 0)
    (True, False)
    """
    text = lines[index].text.strip()
    if not text or _is_field_line(text) or len(text.split()) < _MIN_CARD_TITLE_WORDS:
        return False
    if _starts_action(text, _ANY_ITEM_INDENT) or numbered_objective(text):
        return False  # an item or a ref line is an action by its own marks
    fields = 0
    for line in lines[index + 1 : index + 1 + _MIN_CARD_FIELDS]:
        label = LABEL_LINE.match(line.text.strip())
        role = label_role(label.group(1), strict=True) if label and label.group(2).strip() else None
        if role is None or role is ColumnRole.ACTION:
            break
        fields += 1
    return fields >= _MIN_CARD_FIELDS


_MAX_CARD_LEAD_FIELDS = 2  # field lines a card may print above its title ("Theme: ...", "Ref: ...")


def card_lead_field(lines: Sequence[SourceLine], index: int) -> tuple[ColumnRole, str] | None:
    """(role, value) of a field line that opens a card above its title: after a blank line, a
    "Theme: Induction" (and at most `_MAX_CARD_LEAD_FIELDS` such lines) straight over a card's
    title and its fields (`is_card_title`) is a field of that card, not of the card before it.
    None for any other line.

    >>> card = [SourceLine(1, ""), SourceLine(2, "Theme: Tours"), SourceLine(3, "Run a tour of the labs"),
    ...     SourceLine(4, "Lead: Estates"), SourceLine(5, "When: 2026")]
    >>> card_lead_field(card, 1), card_lead_field(card, 3)
    ((<ColumnRole.THEME: 'theme'>, 'Tours'), None)
    """
    if index > 0 and lines[index - 1].text.strip():
        return None
    label = LABEL_LINE.match(strip_emphasis(lines[index].text.strip()))
    role = label_role(label.group(1), strict=True) if label and label.group(2).strip() else None
    if label is None or role is None or role is ColumnRole.ACTION:
        return None
    for below in range(index + 1, min(len(lines), index + 2 + _MAX_CARD_LEAD_FIELDS)):
        if is_card_title(lines, below):
            return role, label.group(2).strip()
        if not _is_field_line(lines[below].text):
            return None
    return None


_CHECKBOX = re.compile(r"^\[(?P<mark>[ xX\u2713\u2714]?)\]\s+(?=\S)")
_TICK = "[x]"


_AIM_LABELS = frozenset({"aim", "goal"})


def _reviewed(text: str) -> tuple[str, str] | None:
    folded = " ".join(text.split())
    return (
        closing_progress(folded) or closing_progress_note(folded) or progress_remark(folded) or arrow_progress(folded)
    )


def review_line(lines: Sequence[SourceLine], index: int) -> tuple[str, str] | None:
    """(item, status) of a line, unbulleted, naming an item and after a dash how it stands
    ("Skills fair \u2013 held in May, 60 came", `progress_remark`), in a run of such lines one
    under the other, as a review of the year lists what it reports on; None for a line with no
    such neighbour (a lone "Thing \u2013 done" line may be a heading or a sentence).

    >>> page = [SourceLine(1, "Tool store \u2013 done, open to all"), SourceLine(2, "Mentors \u2013 not started")]
    >>> review_line(page, 0), review_line(page[:1], 0)
    (('Tool store', 'done, open to all'), None)
    """
    found = _reviewed(lines[index].text)
    if found is None:
        return None
    above = next((ln.text for ln in reversed(lines[:index]) if ln.text.strip()), "")
    below = next((ln.text for ln in lines[index + 1 :] if ln.text.strip()), "")
    return found if any(_reviewed(text) for text in (above, below) if not ITEM.match(text.strip())) else None


def card_aim(text: str, lines: Sequence[SourceLine], index: int) -> str | None:
    """The action of a card whose first field is its aim ("Aim: Induction \u2013 Give every
    starter a tour") when field lines ("Lead: ...", "When: ...") follow straight below it, as
    a page prints each commitment in a box with its label over every value; None for any
    other line (an "Aim: ..." sentence in the page's introduction has no fields under it).

    >>> card = [SourceLine(1, "Aim: Open the labs to schools"), SourceLine(2, "Led by: Estates"),
    ...     SourceLine(3, "When: 2026")]
    >>> card_aim(card[0].text, card, 0), card_aim(card[0].text, card[:2], 0)
    ('Open the labs to schools', None)
    """
    label = LABEL_LINE.match(text)
    if label is None or label.group(1).strip().lower() not in _AIM_LABELS or not label.group(2).strip():
        return None
    fields = 0
    for line in lines[index + 1 : index + 1 + _MIN_CARD_FIELDS]:
        below = LABEL_LINE.match(line.text.strip())
        role = label_role(below.group(1)) if below and below.group(2).strip() else None
        if role is None or role is ColumnRole.ACTION:
            break
        fields += 1
    return label.group(2).strip() if fields >= _MIN_CARD_FIELDS else None


def task_checkbox(text: str) -> tuple[bool, str]:
    """(ticked, text) of a checklist item ("[x] Run a survey", "[ ] Hold a fair"): the box
    printed before an item of a to-do list is no part of its words; a tick in it says the
    item is done, an empty box says nothing.

    >>> task_checkbox("[x] Run a survey"), task_checkbox("[ ] Hold a fair"), task_checkbox("[1] A note")
    ((True, 'Run a survey'), (False, 'Hold a fair'), (False, '[1] A note'))
    """
    match = _CHECKBOX.match(text)
    if match is None:
        return False, text
    return match.group("mark").strip() != "", text[match.end() :]


def _is_field_line(text: str) -> bool:
    """ "Status: Some slippage": a field of the action above, never a heading. A pillar's
    name after a numbered label ("Pillar Two: Recognition") heads that pillar's part of the
    page instead (`names_numbered_pillar`)."""
    match = LABEL_LINE.match(text.strip())
    return bool(
        match
        and match.group(2).strip()
        and (label_role(match.group(1)) is not None or status_valued(match.group(1), match.group(2)))
        and not names_numbered_pillar(strip_emphasis(text.strip()))
    )


def list_lines_to_rows(
    lines: Sequence[SourceLine], furniture: frozenset[str] = frozenset(), rejected: Rejected | None = None
) -> list[RawRow]:
    """Every action of a headings-and-lists plan, in reading order. List items that are
    not actions (a membership list, a link to a document) go to `rejected` with the rule
    that turned them away (see `drop_non_actions`)."""
    lines = [line if (text := unglue_label(line.text)) is line.text else replace(line, text=text) for line in lines]
    lines = [line if (text := dashed_label(line.text)) is line.text else replace(line, text=text) for line in lines]
    lines = [line if (text := arrowed_labels(line.text)) == line.text else replace(line, text=text) for line in lines]
    lines = [
        line if (text := italic_label_line(line.text)) is line.text else replace(line, text=text) for line in lines
    ]
    headings = _headings(lines, furniture)
    stack: list[_Heading] = []
    rows: list[RawRow] = []
    groups: list[int] = []  # the list each row belongs to
    contents: set[int] = set()  # lists that describe something's contents (see `introduces_contents`)
    group = 0
    lead_in: str | None = None  # the sentence introducing the current list
    action: _Action | None = None
    blank_before = False
    seen_action = False

    def close() -> None:
        nonlocal action
        if action is not None and action.fields.get(ColumnRole.ACTION):
            rows.append(action.to_row())
            groups.append(group)
        action = None

    def start(text: str, ref: str | None, line: SourceLine, indent: int, *, by_item: bool = True) -> None:
        nonlocal action, seen_action
        close()
        visible = [h for h in stack if h.level > 0]
        section = visible[0].text if visible else None
        theme = visible[-1].text if len(visible) > 1 else None
        action = _Action(
            first=line.number, indent=indent, section=section, theme=theme, last=line.number, by_item=by_item
        )
        seen_action = True
        ticked, text = task_checkbox(text)
        body, fields = split_fields(text)
        if (themed := split_theme_prefix(body)) is not None and all(r is not ColumnRole.THEME for r, _ in fields):
            fields.append((ColumnRole.THEME, themed[0]))
            body = themed[1]
        if ref:
            action.add(ColumnRole.REF, ref, line.number)
        action.add(ColumnRole.ACTION, body, line.number)
        for role, value, number in card_leads:
            action.add(role, value, number)
        card_leads.clear()
        for role, value in fields:
            action.add(role, value, line.number)
        if ColumnRole.OWNER not in action.fields and (code := actor_code(body)) is not None:
            action.add(ColumnRole.OWNER, code, line.number)
        said = next((d for h in reversed(visible) if (d := heading_status(h.text))), None)
        said = said or lead_in_status(lead_in)
        if said is not None and ColumnRole.STATUS not in action.fields:
            action.add(ColumnRole.STATUS, said[0], line.number)
            action.status_state = said[1].value
        elif said is not None and colour_only(action.fields[ColumnRole.STATUS]):
            action.status_state = said[1].value  # "Forum set up. GREEN" under "What we did": done, and green
        elif ticked and ColumnRole.STATUS not in action.fields:
            action.add(ColumnRole.STATUS, _TICK, line.number)  # no heading says otherwise: a tick marks it done
            action.status_state = State.COMPLETE.value
        action.current = ColumnRole.ACTION

    pending_ref: str | None = None  # from an "Action 3" line, for the sentence below it
    card_leads: list[tuple[ColumnRole, str, int]] = []  # fields printed above the next card's title
    for index, line in enumerate(lines):
        raw = line.text.replace("\r", "")
        stripped = raw.strip()
        if not stripped:
            blank_before = True
            continue
        if "\t" in stripped:  # a row of table cells, not a list item
            close()
            continue
        if index in headings:
            heading = headings[index]
            close()
            group, lead_in = group + 1, None
            if introduces_contents(heading.text) or introduces_advice(heading.text):  # "What the review will include"
                contents.add(group)
            if heading.level:
                if (
                    not seen_action
                    and heading.level > 0
                    and TITLE_LIKE.search(heading.text)
                    and not stack
                    and not names_its_items(heading.text)
                ):
                    heading.level = -1
                stack = [h for h in stack if 0 < h.level < heading.level] if heading.level > 0 else stack
                if heading.level < 0 and not seen_action:
                    stack = []  # headings above the page's title are its masthead (the site's name), no section
                if heading.level > 0:
                    stack.append(heading)
            blank_before = False
            continue
        skipped = any(h.skip for h in stack)
        indent = _indent(raw)
        if (marked := markdown_heading_parts(stripped)) and _is_ref_heading(marked[1]):
            stripped = strip_emphasis(marked[1]).strip()  # read as the ref line it is
        item = ITEM.match(stripped)
        text = strip_emphasis(item.group("text") if item else stripped)
        if not item and (is_control_label(text) or is_page_record(text)):  # "Back to top", "Page owner: ..."
            close()
            continue
        top_level = action is None or indent <= action.indent
        label = LABEL_LINE.match(text)
        role = label_role(label.group(1), strict=bool(item) and top_level) if label else None
        if label and role is None and not item and status_valued(label.group(1), label.group(2)):
            role = ColumnRole.STATUS  # "Where we are: Underway"
        alone = LABEL_ONLY.match(text) if not item else None
        alone_role = label_role(alone.group(1), strict=True) if alone else None
        if (bare := BARE_ACTION.match(text)) and not skipped:
            close()
            pending_ref = bare.group(1)
        elif pending_ref is not None and not skipped and alone_role is None:
            start(text, pending_ref, line, indent, by_item=False)
            pending_ref = None
        elif action is not None and alone_role is not None and alone_role is not ColumnRole.ACTION:
            action.collecting = action.current = alone_role
            action.one_per_line = True
        elif (action_line := ACTION_LINE.match(text)) and not skipped:
            start(action_line.group(4), action_line.group(2) or action_line.group(3), line, indent, by_item=bool(item))
            named, objective = action_line.group(1), action_line.group(4)
            if action is not None and not item and heads_rationale(named, objective, lines, index):
                action.rationale = True
        elif not item and not skipped and (aim := card_aim(text, lines, index)) is not None:
            start(aim, None, line, indent, by_item=False)
        elif label and is_rag_key(label.group(2)):  # "RAG rating: Green = on track; Red = ...": the key, no field
            close()
        elif (
            not item
            and not skipped
            and not (label and label_role(label.group(1), strict=True) not in (None, ColumnRole.ACTION))
            and (progress := progress_line(text) or bracketed_status(text) or review_line(lines, index)) is not None
        ):  # a card's "How it's going: Green" is the card's field, not an item reviewed
            start(progress[0], None, line, indent, by_item=False)
            if action is not None:  # the line's own status, not the heading's
                action.fields[ColumnRole.STATUS] = [progress[1]]
                action.status_state = None
            close()
        elif not item and not skipped and (lead := card_lead_field(lines, index)) is not None:
            close()
            card_leads.append((*lead, line.number))
        elif action is not None and label and role is not None and role is not ColumnRole.ACTION:
            value, further = fields_after_value(label.group(2))
            value, when = dotted_timescale(value)
            action.add(role, value, line.number)
            for further_role, further_value in further:
                if further_role is ColumnRole.END:  # "When: from October 2025" starts then; "Start:" stays a start
                    further_role = timescale_role(further_value)
                action.add(further_role, further_value, line.number)
            if when is not None and role is not ColumnRole.END and role is not ColumnRole.START:
                action.add(timescale_role(when), when, line.number)
            action.collecting = None if label.group(2).strip() else role
            action.one_per_line = False
        elif (
            not item
            and not skipped
            and indent <= _MAX_OBJECTIVE_INDENT
            and (closing_owner_fields(text) is not None or separated_row(text) is not None)
        ):  # "Run a survey [Library Team; Q3 2026]", "Run a survey \u2014 HR \u2014 Q3 2026": an item, unmarked
            start(text, None, line, indent, by_item=False)
            close()
        elif not item and is_contact_line(text):
            close()
            group, lead_in = group + 1, None
            if rejected is not None:
                rejected.append(("contact_line", text, Provenance(line=line.number)))
        elif (
            not item
            and not skipped
            and (action is None or blank_before or action.current is not ColumnRole.ACTION)
            and is_card_title(lines, index)
        ):  # a card's title follows a blank line or the fields of the card before, never wrapped action text
            start(text, None, line, indent, by_item=False)
        elif not item and (objective := numbered_objective(text)) and not skipped and indent <= 3:
            start(objective[1], objective[0], line, indent, by_item=False)
            if action is not None:
                action.rationale = True
        elif (
            action is not None
            and action.rationale
            and action.current in (ColumnRole.ACTION, ColumnRole.NOTES)  # the reasons come before its fields
            and not item
            and not _is_field_line(text)
            and indent <= action.indent
        ):
            action.add(ColumnRole.NOTES, text, line.number, continued=not blank_before)
        elif not item and is_lead_in(text) and (action is None or indent <= action.indent):
            close()
            group, lead_in = group + 1, text
            if introduces_contents(text) or introduces_advice(text):
                contents.add(group)
        elif item and attributes_quote(lines, index, text):
            close()
            if rejected is not None:
                rejected.append(("attribution", text, Provenance(line=line.number)))
        elif item and top_level and not skipped and (action is None or action.by_item):
            ref_match = REF_START.match(text)
            ref = ref_match.group("ref") if ref_match else None
            marker = item.group("marker")
            if ref is None and marker[:1].isdigit():
                ref = marker.rstrip(".)")
            start(ref_match.group("text") if ref_match else text, ref, line, indent)
        elif not item and (ref_match := ref_line(text)) and not skipped and indent <= 3:
            start(ref_match.group("text"), ref_match.group("ref"), line, indent, by_item=False)
        elif action is not None and item:
            action.add(action.collecting or ColumnRole.ACTION, text, line.number)
        elif action is not None and action.one_per_line and not blank_before:
            action.add(action.current, definition_value(text), line.number)
        elif action is not None and (not blank_before or indent > action.indent):
            action.add(action.current, text, line.number, continued=True)
        else:
            close()
            group, lead_in = group + 1, None
            if not item and not skipped and (owners := assigned_owners(text)):
                start(text, None, line, indent, by_item=False)
                if action is not None:
                    action.add(ColumnRole.OWNER, "\n\n".join(owners), line.number)
                close()
        blank_before = False
    close()
    return drop_non_actions(themes_like_siblings(rows), groups, rejected, contents)


_DEFINITION = re.compile(r"^:\s+(?P<value>\S.*)$")


def definition_value(text: str) -> str:
    """The value of a Markdown definition list's line (": Head of Workshops" under the term
    "Lead"), the colon that marks it no part of the value; any other line as it is.

    >>> definition_value(": from May 2031"), definition_value("Head of HR: acting")
    ('from May 2031', 'Head of HR: acting')
    """
    match = _DEFINITION.match(text.strip())
    return match.group("value") if match else text


def attributes_quote(lines: Sequence[SourceLine], index: int, text: str) -> bool:
    """Whether a list item right under a quotation names who said it ("- Sam Lee, Senior
    Technician" below a paragraph in quotation marks): the quote's attribution printed with a
    dash, not an item of a list.

    >>> page = [SourceLine(1, '"It changed my job."'), SourceLine(2, "- Sam Lee, Senior Technician")]
    >>> attributes_quote(page, 1, "Sam Lee, Senior Technician"), attributes_quote(page[1:], 0, "Sam Lee, Technician")
    (True, False)
    """
    above = next((line.text for line in reversed(lines[:index]) if line.text.strip()), "")
    return is_quotation(above) and is_member_line(text)


_OPEN_ENDING = re.compile(r"(?:[,;:\u2013\u2014-]|\b(?:and|or|the|a|an|of|to|for|in|on|with|by))$", re.I)


# a title over its reasons; an "Action" runs on
_RATIONALE_LABELS = frozenset({"objective", "aim", "goal", "commitment"})


def heads_rationale(label: str, text: str, lines: Sequence[SourceLine], index: int) -> bool:
    """True when an "Objective 2: ..." line is a title over a paragraph giving its reasons:
    the objective reads whole (no closing full stop, no word or comma left hanging) and the
    next line opens a sentence of its own with a capital and closes it. That paragraph is the
    objective's notes, as under a numbered objective (`numbered_objective`); an "Action 3:"
    line's next line is its wrapped text.

    >>> page = [SourceLine(number=1, text="Objective 1: Grow skills"), SourceLine(number=2, text="Few have trained.")]
    >>> heads_rationale("Objective", "Grow skills", page, 0), heads_rationale("Action", "Grow skills", page, 0)
    (True, False)
    >>> heads_rationale("Objective", "Grow the skills of", page, 0)
    False
    """
    if label.lower() not in _RATIONALE_LABELS or text.rstrip().endswith(".") or _OPEN_ENDING.search(text.rstrip()):
        return False
    below = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    return bool(below) and below[0].isupper() and below.endswith((".", "!", "?")) and not ITEM.match(below)


def themes_like_siblings(rows: list[RawRow]) -> list[RawRow]:
    """Rows whose action opens "Theme - ..." split that way when `THEMED_SHARE` of the
    page's rows name their theme before a dash (see `split_theme_prefix`): a page writes
    its items one way, so a verb missing from the list of imperatives is still a verb."""
    themed = sum(1 for row in rows if ColumnRole.THEME in row.cells)
    if not rows or themed < THEMED_SHARE * len(rows):
        return rows
    out: list[RawRow] = []
    for row in rows:
        split = (
            None
            if ColumnRole.THEME in row.cells
            else split_theme_prefix(row.cells.get(ColumnRole.ACTION, ""), siblings_themed=True)
        )
        if split is None:
            out.append(row)
            continue
        out.append(replace(row, cells={**row.cells, ColumnRole.THEME: split[0], ColumnRole.ACTION: split[1]}))
    return out


def drop_non_actions(
    rows: list[RawRow], groups: list[int], rejected: Rejected | None, contents: set[int] | None = None
) -> list[RawRow]:
    """The rows that are actions. Not actions: a list whose items mostly name people with
    their unit or role (a membership list), a list of one- or two-word items (a menu), a
    list introduced as what something will include (`contents`, by group), a list of questions
    and answers (`is_question_list`, whatever its items hold); an item naming
    one person that way, pointing at a document, or of a single word. Rows with fields of
    their own (an owner, a date, a ref) are kept whatever their list. What is dropped goes
    to `rejected` as (rule, text, provenance)."""
    by_group: dict[int, list[str]] = {}
    for row, group in zip(rows, groups, strict=True):
        by_group.setdefault(group, []).append(row.cells.get(ColumnRole.ACTION, ""))
    members = {group for group, texts in by_group.items() if is_member_list(texts)}
    menus = {group for group, texts in by_group.items() if is_navigation_list(texts)}
    questions = {group for group, texts in by_group.items() if is_question_list(texts)}
    kept: list[RawRow] = []
    for row, group in zip(rows, groups, strict=True):
        text = row.cells.get(ColumnRole.ACTION, "")
        own_fields = bool(row.cells.keys() - {ColumnRole.ACTION, ColumnRole.THEME, ColumnRole.STATUS})
        rule = _rejection(text, group, members, menus, contents or set()) if not own_fields else None
        rule = "question_list" if group in questions else rule  # an FAQ's answer may name a date or a team
        if rule is None:
            kept.append(row)
        elif rejected is not None:
            rejected.append((rule, text, row.provenance))
    return kept


def _rejection(text: str, group: int, members: set[int], menus: set[int], contents: set[int]) -> str | None:
    """The rule that turns a list item away, or None for an action."""
    if group in members:
        return "member_list"
    if group in menus:
        return "navigation_list"
    if group in contents:
        return "contents_list"
    if is_member_line(text, strict=True):
        return "member_line"
    if is_link_line(text):
        return "link_line"
    if len(text.split()) < 2:
        return "too_short"
    return None
