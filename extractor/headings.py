"""One rule set for headings: when a line of a plan names a section, and at what level.

A reader tells a heading from body text by how it is set and how it is worded. Each of
those signs is one small rule below, a function of a `Line` (its text and, from a PDF,
its type size and weight beside the page's body text). `HEADING_RULES` lists them in the
order they are tried. Where a line stands decides which signs count (`HeadingContext`):

- above a table (`ABOVE_TABLE`): a heading-shaped line set in larger or bold type, in
  capitals, or naming a Commitment pillar;
- inside a whitespace table (`IN_TABLE`): only type sets a heading apart there; words in
  capitals or a pillar's name are a Theme or Pillar cell's value;
- a PDF read as an outline (`OUTLINE`): larger type on a short line that is not a bullet;
- plain text (`is_text_heading`): a short line of its own with no closing full stop, not
  page furniture and not the document's title; in column-aligned text (`margin_heading`)
  such a line must also stand at the left margin under a line that does not;
- Markdown and web text: "#" marks (`markdown_heading`, `markdown_heading_parts`), a line
  underlined with "=" or "-" (`underlines_heading`), a numbered section
  (`numbered_section`), an accordion's group line naming a pillar (`group_heading`).

What a heading says follows it is named once for every layout: a key, a legend or a
glossary (`names_key`: the heading that ends a printed table, `ends_table`, or a row that
starts a table's key), a list of who is who (`names_owner_list`; with keys, `names_legend`,
the heading over a legend's lines), the front matter (`names_front_matter`); under any of
them list items are no actions (`holds_no_actions`).

`read_heading` applies a context and gives the heading's text (`heading_text`: numbering,
Markdown marks and a caption label such as "Table 1:" dropped) and its level.
Thresholds are named in `extractor.settings.LayoutTolerances`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from extractor.normalise.pillars import classify_pillar
from extractor.normalise.pillars import names_pillar as is_pillar_name
from extractor.settings import DEFAULT_TOLERANCES, LayoutTolerances

__all__ = [
    "ABOVE_TABLE",
    "BAND",
    "HEADING_RULES",
    "IN_TABLE",
    "KEY_HEADING_MAX_WORDS",
    "MARKDOWN_HEADING",
    "OUTLINE",
    "PLAIN_TEXT",
    "SETEXT_UNDERLINE",
    "TITLE_LIKE",
    "Heading",
    "HeadingContext",
    "Line",
    "all_capitals",
    "bold_type",
    "caption_label",
    "ends_table",
    "group_heading",
    "heading_band",
    "heading_level",
    "heading_like",
    "heading_text",
    "heads_key_table",
    "holds_no_actions",
    "is_heading",
    "is_text_heading",
    "larger_type",
    "margin_heading",
    "markdown_heading",
    "markdown_heading_parts",
    "names_front_matter",
    "names_its_items",
    "names_key",
    "names_legend",
    "names_owner_list",
    "names_pillar",
    "numbered_heading",
    "numbered_section",
    "read_heading",
    "short_plain_text_line",
    "short_unbulleted",
    "short_unpunctuated",
    "strip_emphasis",
    "underlines_heading",
]

_TITLE_OR_FOLIO = re.compile(r"\baction\s+plan\b|^page\s+\d+(\s+of\s+\d+)?$|^\d+$|^\W*$", re.I)
_SENTENCE_END = re.compile(r"[.;,]$")
_BULLETS = "•-*"

_HEADING_MARKS = re.compile(r"^\s*#{1,6}\s+|\s+#+\s*$")
# A Markdown heading: its "#" marks and its words, without closing "#"s.
MARKDOWN_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(\S.*?)\s*#*\s*$")
# A line of "=" or "-" alone: the underline of a Markdown (Setext) heading, or a rule.
SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MIN_UNDERLINE = 3  # "--" or "=" alone is a dash or a stray mark, not an underline
# "1. Visibility", "2 Recognition": a section's number and the words after it
_SECTION_NUMBER = re.compile(r"^\s*(?P<number>\d{1,2})[.)]?\s+(?P<text>\S.*)$")
_TOGGLE_GLYPH = re.compile(r"^[+\u25b6\u25b8\u25ba\u25bc\u25be\u2212-]\s*")
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_WHOLE_EMPHASIS = re.compile(r"^([*_])(?![*_\s])(.+?)(?<![*_\s])\1$")
# "2. Recognition", "2) Recognition", "2 - Recognition", "1.3 Training": the number and its depth
_NUMBERED = re.compile(r"^\s*(?P<number>\d{1,2}(?:\.\d{1,2})*)(?:[.)]|\s+[\u2013\u2014-])?\s+(?=[^\W\d])")
_HEADING_LABEL = re.compile(
    r"^(?:(?:objective|theme|aim|goal|sub-theme)\s*:|(?:table|part|section)\s+\d{1,2}[a-z]?\s*[:.\u2013\u2014-])"
    r"\s+(?=\S)",
    re.I,
)
# The caption labels a heading's text drops: a table's caption number, a level's name. "Part 2 -" and
# "Section 2:" number the section itself, as "2." does, and stay (`heading_text`).
_DROPPED_LABEL = re.compile(
    r"^(?:(?:objective|theme|aim|goal|sub-theme)\s*:|table\s+\d{1,2}[a-z]?\s*[:.\u2013\u2014-])\s+(?=\S)", re.I
)
# A line that reads like the document title in plain text: the Commitment, an action plan, a year.
TITLE_LIKE = re.compile(r"technician\s+commitment|action\s+plan|\b(19|20)\d\d\b", re.I)
_PAGE_FURNITURE = re.compile(r"^(page\s*)?\d+(\s*(of|/)\s*\d+)?$", re.I)
# the plan's items named in the plural: "Our objectives 2024-27", "Priorities for 2025", "Key actions"
_ITEMS_NOUN = re.compile(r"\b(?:objectives|priorities|aims|goals|actions|commitments|pledges|promises)\b", re.I)


@dataclass(frozen=True)
class Line:
    """What a reader sees of one line: its text and, from a PDF, how it is set.

    `size` is None for plain text (no type to compare); `word_count`, when given, is the
    number of printed words (a PDF word may hold a space, a rotated label joined up)."""

    text: str
    size: float | None = None
    body_size: float = 0.0
    bold: bool = False
    word_count: int | None = None

    @property
    def folded(self) -> str:
        return " ".join(self.text.split())

    @property
    def words(self) -> int:
        return self.word_count if self.word_count is not None else len(self.text.split())


Rule = Callable[[Line, LayoutTolerances], bool]


# --- shape: could the line be a heading at all? ---


def short_unpunctuated(line: Line, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> bool:
    """A short line that starts with a capital or a digit and does not end as a sentence does
    (no closing full stop, semicolon or comma): "Career Development", "2 Recognition". A line
    naming the action plan, a page number or a bare number is not a section heading."""
    folded = line.folded
    if not folded or len(folded) > tol.heading_max_chars or len(folded.split()) > tol.heading_max_words:
        return False
    if _SENTENCE_END.search(folded) or _TITLE_OR_FOLIO.search(folded):
        return False
    return folded[0].isupper() or folded[0].isdigit()


def short_unbulleted(line: Line, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> bool:
    """A line of a few words that is not a list item (no bullet or dash in front): a larger
    line of many words is a pull quote, a larger bullet is an emphasised item."""
    return line.words <= tol.outline_heading_max_words and line.text[:1] not in _BULLETS


def heading_band(line: Line, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> bool:
    """Text of a bold or shaded band running across a table: a heading even when it is a long
    one (a pillar's name and its aim), up to a paragraph's length."""
    return bool(line.text.strip()) and line.words <= tol.heading_band_max_words


_PANEL_ELLIPSIS = re.compile(r"\w\s+(?:\.{3}|\u2026)$")


def opens_a_panel(text: str) -> bool:
    """A heading closing with a spaced ellipsis ("VISIBILITY ...", "Recognition \u2026"), as a
    page marks a panel that opens to show more: the dots are no sentence's full stop.

    >>> opens_a_panel("VISIBILITY ..."), opens_a_panel("We held a fair..."), opens_a_panel("Done.")
    (True, False, False)
    """
    return bool(_PANEL_ELLIPSIS.search(text.rstrip()))


def short_plain_text_line(line: Line, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> bool:
    """In plain text, where nothing shows type: a short line of its own (marks, numbering and a
    caption label aside, a few words), with no closing full stop, that starts with a capital."""
    raw = line.text
    if len(raw) > tol.text_heading_max_line_chars or not raw.strip() or raw.count(" ") > tol.text_heading_max_spaces:
        return False
    if raw.rstrip().endswith((".", ";", ",")) and not opens_a_panel(raw):
        return False
    text = heading_text(raw)
    if not text or len(text) > tol.text_heading_max_chars:
        return False
    stops = text.endswith((".", ";", ",")) and not opens_a_panel(text)
    if len(text.split()) > tol.text_heading_max_words or stops or _PAGE_FURNITURE.match(text):
        return False
    first = next((c for c in text if c.isalpha()), "")
    return bool(first) and not first.islower()


# --- type: set apart from the body text ---


def larger_type(line: Line, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> bool:
    """Set in type larger than the page's body text (by `heading_size_step` points or more)."""
    return line.size is not None and line.size >= line.body_size + tol.heading_size_step


def bold_type(line: Line, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> bool:
    """Every word of the line is set in bold."""
    return line.bold


# --- wording: the words alone say heading ---


def all_capitals(line: Line, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> bool:
    """Written in capitals ("VISIBILITY", "CAREER DEVELOPMENT"); a short acronym is not enough."""
    letters = [ch for ch in line.text if ch.isalpha()]
    return len(letters) >= tol.heading_min_capitals and all(ch.isupper() for ch in letters)


def names_pillar(line: Line, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> bool:
    """The name of a Commitment pillar alone on its line ("Career development", "3. Sustainability")."""
    return classify_pillar(line.text) is not None


def numbered_heading(line: Line, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> bool:
    """A section number in front of words: "2. Recognition", "2) Recognition", "2 - Recognition",
    "1.3 Training"."""
    return _NUMBERED.match(line.text) is not None


def markdown_heading(line: Line, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> bool:
    """A Markdown heading: one to six "#" in front ("## Recognition")."""
    return MARKDOWN_HEADING.match(line.text) is not None


def caption_label(line: Line, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> bool:
    """A caption or level label in front of the heading's words, dropped from its text:
    "Table 1: Recognition", "Section 2 - Visibility", "Objective: Grow skills"."""
    return _HEADING_LABEL.match(line.text.strip()) is not None


def underlines_heading(line: Line, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> bool:
    """A line of three or more "=" or "-" alone, under a heading's words: Markdown's underlined
    heading ("=" level 1, "-" level 2). The line it underlines is the heading."""
    return SETEXT_UNDERLINE.match(line.text) is not None and len(line.text.strip()) >= _MIN_UNDERLINE


# --- keys, legends and glossaries: what follows such a heading explains the plan, it holds no actions ---

# The words that head a key, a legend or a glossary.
_KEY_WORD = r"(?:key|legend|abbreviations?|glossary|acronyms|codes)"
# A key's heading is short: "Key", "Owner key", "RAG status key", "Key to owner codes".
KEY_HEADING_MAX_WORDS = 5
_KEY_HEADING = re.compile(
    rf"^(?:[\w/&'\u2019-]+\s+){{0,3}}{_KEY_WORD}$"  # the key word ends it: "Owner key", "Responsibility codes"
    r"|^key\s+to\s"  # "Key to leads", "Key to owner codes"
    r"|^(?:glossary|abbreviations?|acronyms)\s+(?:of|used|for)\s"  # "Glossary of terms", "Abbreviations used"
    r"|^rag(?:\s+(?:status|ratings?))?$",  # the colours' key: "RAG", "RAG status"
    re.I,
)
# The heading over a list of who is who: its lines are owners' codes and names.
_OWNER_LIST_HEADING = re.compile(r"^(?:who|who['\u2019]?s\s+who|owners?|leads?)$", re.I)
# Headings of what comes before a plan's actions; "Introduction to the plan" too.
_FRONT_MATTER_HEADING = re.compile(
    r"^(?:contents|table\s+of\s+contents|introduction|background|summary|overview|context)\b", re.I
)
_EDGE_MARKS = re.compile(r"^\W+|\W+$")


def _bare_heading(text: str) -> str:
    """A heading's words alone: its marks, caption label, closing colon and any brackets or
    stray marks at either end dropped ("**Status key:**", "(Key)" -> "Status key", "Key")."""
    return _EDGE_MARKS.sub("", " ".join(heading_text(text).split()))


def names_key(text: str) -> bool:
    """The heading of a key, a legend or a glossary, which explains the plan's codes and
    colours: a few words (`KEY_HEADING_MAX_WORDS`) ending in a key word ("Key", "Owner key",
    "RAG status key", "Responsibility codes", "Abbreviations"), "Key to" what it explains
    ("Key to leads"), a glossary of or abbreviations used in the plan, or the colours' key
    alone ("RAG", "RAG status"). A key word opening a phrase is no key: "Key priorities",
    "Keys to success", "Legendary service" head actions.

    >>> names_key("Key to leads"), names_key("**Status key:**"), names_key("Key priorities")
    (True, True, False)
    """
    bare = _bare_heading(text)
    return len(bare.split()) <= KEY_HEADING_MAX_WORDS and _KEY_HEADING.match(bare) is not None


# The header row of a key printed as a table: a column of codes, then what they stand for.
_KEY_TABLE_HEADER = re.compile(
    r"^(?:code|abbreviation|acronym|initials|key|short\s+name)s?\b[\s|:\t-]*"
    r"(?:leads?|roles?|names?|owners?|meaning|description|full\s+name|title|stands\s+for|who)?$",
    re.I,
)


def heads_key_table(text: str) -> bool:
    """The header row of a key printed as a table: its codes' column named ("Code",
    "Abbreviation", "Initials") and, after it, what they stand for ("Lead", "Meaning").

    >>> heads_key_table("Abbreviation | Meaning"), heads_key_table("Code of conduct")
    (True, False)
    """
    return _KEY_TABLE_HEADER.match(" ".join(text.split())) is not None


def names_owner_list(text: str) -> bool:
    """The heading over a list of who is who ("Who", "Who's who", "Owners", "Leads"): the
    lines under it pair owners' codes with their names.

    >>> names_owner_list("Owners:"), names_owner_list("Who we are")
    (True, False)
    """
    return _OWNER_LIST_HEADING.match(_bare_heading(text)) is not None


def names_legend(text: str) -> bool:
    """The heading of a list explaining the plan's codes: a key, legend or glossary
    (`names_key`) or a list of who is who (`names_owner_list`)."""
    return names_key(text) or names_owner_list(text)


def names_front_matter(text: str) -> bool:
    """The heading of what comes before a plan's actions: its contents, an introduction,
    background, a summary, an overview or its context ("Introduction to the plan").

    >>> names_front_matter("Background and context"), names_front_matter("Visibility")
    (True, False)
    """
    return _FRONT_MATTER_HEADING.match(_bare_heading(text)) is not None


_ELSEWHERE_HEADING = re.compile(
    r"^(?:(?:related|more|latest|other|recent|similar|further)\s+"
    r"(?:stories|news|articles|posts|items|links|reading|pages|events|content)"
    r"|see\s+also|read\s+more|you\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested\s+in))$",
    re.I,
)


def names_other_pages(text: str) -> bool:
    """The heading a web page sets over links to its other pages ("Related stories", "More
    news", "See also", "You may also like"): its items are the headlines of those pages,
    not actions of this one.

    >>> names_other_pages("Related stories"), names_other_pages("See also:"), names_other_pages("More support")
    (True, True, False)
    """
    return _ELSEWHERE_HEADING.match(_bare_heading(text)) is not None


def holds_no_actions(text: str) -> bool:
    """A heading whose items are not actions: a key, a legend or a list of owners
    (`names_legend`), the front matter (`names_front_matter`), or links to the site's other
    pages (`names_other_pages`)."""
    return names_legend(text) or names_front_matter(text) or names_other_pages(text)


def ends_table(line: Line, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> bool:
    """The heading of what follows a plan's table, not a section of it: an owner key, a
    legend, a glossary of abbreviations (`names_key`)."""
    return names_key(line.text)


HEADING_RULES: tuple[Rule, ...] = (
    short_unpunctuated,
    short_unbulleted,
    heading_band,
    short_plain_text_line,
    larger_type,
    bold_type,
    all_capitals,
    names_pillar,
    numbered_heading,
    markdown_heading,
    caption_label,
    ends_table,
    underlines_heading,
)


@dataclass(frozen=True)
class HeadingContext:
    """Where a line stands, and so which rules count: all of `shape` must hold, and then one of
    `signs` (in order; none listed: the shape alone is enough)."""

    name: str
    shape: tuple[Rule, ...]
    signs: tuple[Rule, ...] = ()


ABOVE_TABLE = HeadingContext(
    "above a table", (short_unpunctuated,), (bold_type, larger_type, all_capitals, names_pillar)
)
IN_TABLE = HeadingContext("inside a table", (short_unpunctuated,), (bold_type, larger_type))
OUTLINE = HeadingContext("outline", (larger_type, short_unbulleted))
BAND = HeadingContext("band across a table", (heading_band,))
PLAIN_TEXT = HeadingContext("plain text", (short_plain_text_line,))


@dataclass(frozen=True)
class Heading:
    text: str  # as a section name: numbering, marks and caption label dropped
    level: int  # 1 outermost


def is_heading(line: Line, context: HeadingContext = ABOVE_TABLE, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> bool:
    """Whether the line is a heading where it stands."""
    if not all(rule(line, tol) for rule in context.shape):
        return False
    return not context.signs or any(sign(line, tol) for sign in context.signs)


def heading_level(line: Line, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> int:
    """A heading's level as the line itself shows it: the count of Markdown "#"s; the depth of
    its number ("2." 1, "2.1" 2); 1 for larger type; else 2 (a bold, capitals or plain heading
    sits under a larger one). Levels across a document (several sizes) are ranked by the reader."""
    if match := MARKDOWN_HEADING.match(line.text):
        return len(match.group(1))
    if match := _NUMBERED.match(line.text):
        return match.group("number").count(".") + 1
    return 1 if larger_type(line, tol) else 2


def read_heading(
    line: Line, context: HeadingContext = ABOVE_TABLE, tol: LayoutTolerances = DEFAULT_TOLERANCES
) -> Heading | None:
    """The heading the line is where it stands, or None (also when nothing is left of its text
    once its number and marks are dropped)."""
    if not is_heading(line, context, tol):
        return None
    text = heading_text(line.folded)
    return Heading(text, heading_level(line, tol)) if text else None


def heading_like(text: str) -> bool:
    """Text shaped like a heading (`short_unpunctuated`), whatever its type: 'Career Development'."""
    return short_unpunctuated(Line(text))


def names_its_items(text: str) -> bool:
    """A heading that names the list under it as the plan's objectives, priorities, aims,
    goals or actions ("Our objectives for 2025 to 2028", "Commitment priorities 2024"): though
    it names the Commitment or the years as a page title does, a reader takes it as the
    heading of the items below, not the title of the page (a title names the plan itself:
    "Technician Commitment action plan 2024").

    >>> names_its_items("TECHNICIAN COMMITMENT OBJECTIVES 2025-2028"), names_its_items("Our priorities for 2026")
    (True, True)
    >>> names_its_items("Technician Commitment Action Plan 2024"), names_its_items("Technician Commitment")
    (False, False)
    """
    return bool(_ITEMS_NOUN.search(text))


def is_text_heading(line: str, furniture: frozenset[str] = frozenset(), *, allow_title: bool = False) -> bool:
    """A plain-text line that names a section (`short_plain_text_line`), not page furniture (a
    line printed on every page) and, unless `allow_title`, not reading like the document's
    title (naming the Technician Commitment, an action plan or a year)."""
    if not is_heading(Line(line), PLAIN_TEXT) or " ".join(line.split()) in furniture:
        return False
    return allow_title or not TITLE_LIKE.search(heading_text(line))


def margin_heading(text: str, above: str) -> bool:
    """In column-aligned text, where nothing shows type: a short line on its own at the left
    margin, one phrase (no wide gap between words), heading-like (`heading_like`), under a
    line that does not start there (a blank line, the header, or the wrapped end of a row's
    other cells): not the next line of a wrapped first cell."""
    stripped = text.strip()
    if not stripped or len(text) - len(text.lstrip()) > 1 or "   " in stripped:
        return False
    return heading_like(stripped) and (not above.strip() or above[:1] == " " or above.startswith("\f "))


def markdown_heading_parts(text: str) -> tuple[int, str] | None:
    """A Markdown heading's level (its count of "#") and its words as written (closing "#"s
    dropped): "## Recognition ##" -> (2, "Recognition"); None for any other line."""
    match = MARKDOWN_HEADING.match(text)
    if match is None:
        return admonition_title(text)
    return (len(match.group(1)), match.group(2))


_ADMONITION = re.compile(
    r"""^\s{0,3}(?:\?{3}\+?|!{3})\s*[A-Za-z][\w-]*\s+(?P<q>["'])(?P<title>[^"']*\S[^"']*)(?P=q)\s*$"""
)
ADMONITION_LEVEL = 2  # a panel's title stands one level under the page's title


def admonition_title(text: str) -> tuple[int, str] | None:
    """A Markdown admonition or collapsible panel that opens with its title ('??? note
    "Visibility"', '!!! info "Recognition"'): a heading over the indented lines of the panel,
    at `ADMONITION_LEVEL`; None for any other line (a panel with no title names no part).

    >>> admonition_title('??? abstract "Visibility"'), admonition_title("!!! note"), admonition_title("Why???")
    ((2, 'Visibility'), None, None)
    """
    match = _ADMONITION.match(text)
    return (ADMONITION_LEVEL, match.group("title").strip()) if match else None


def numbered_section(text: str) -> tuple[str, str] | None:
    """A line that may head a numbered section: a number of one or two digits, a full stop or
    bracket if any, and heading words (`is_text_heading`): "1. Visibility" -> ("1",
    "Visibility"). Whether it is a section or a list item depends on what follows it."""
    match = _SECTION_NUMBER.match(text)
    if match is None or not is_text_heading(match.group("text")):
        return None
    return match.group("number"), match.group("text")


_TRAILING_TOGGLE = re.compile(
    # a bracketed sign, an arrowhead or chevron ("\u2304"), the control's words, or a bracketed prompt to click
    r"\s+(?:\[[+\u2212-]\]|\([+\u2212-]\)|[+\u25b6\u25b8\u25ba\u25bc\u25be\u2212\u2303\u2304\u02c4\u02c5]"
    r"|(?:Show|Hide)(?:\s+(?:more|less|all))?"
    r"|\((?i:open|opened|closed|expanded|collapsed)\)"
    r"|\((?i:(?:click|tap|select|press)\s+(?:here\s+)?to\s+(?:expand|open|show|view|collapse|close|hide)\b[^()]{0,20})\))$"
)


_LEADING_TOGGLE = re.compile(r"^(?:\[[+\u2212-]\]|\([+\u2212-]\))\s+(?=\S)")


def without_toggle(text: str) -> str:
    """A heading without the open/close mark or word an accordion prints after it
    ("Visibility [+]", "Recognition \u25bc", "Sustainability Show", "Careers (open)") or the bracketed mark
    before it ("[+] Visibility", "(-) Recognition"): the page's control, not the heading's words.

    >>> without_toggle("Theme 1: Visibility [+]"), without_toggle("Grade 5+ roles")
    ('Theme 1: Visibility', 'Grade 5+ roles')
    >>> without_toggle("Career Development Show"), without_toggle("Show")
    ('Career Development', 'Show')
    >>> without_toggle("[+] Career Development"), without_toggle("(-) Recognition"), without_toggle("[+]")
    ('Career Development', 'Recognition', '[+]')
    >>> without_toggle("Growing careers (open)"), without_toggle("Workshops (opened in 2024)")
    ('Growing careers', 'Workshops (opened in 2024)')
    >>> without_toggle("Careers (click to expand)"), without_toggle("Recognition (tap to open this panel)")
    ('Careers', 'Recognition')
    """
    return _TRAILING_TOGGLE.sub("", _LEADING_TOGGLE.sub("", text))


def group_heading(text: str) -> str | None:
    """The pillar an accordion's group line names, its open/close glyph dropped
    ("+ Recognition" -> "Recognition"); None for any other line (a toggle's own words,
    an introduction).

    >>> group_heading("+ Career Development"), group_heading("Expand all")
    ('Career Development', None)
    """
    name = without_toggle(_TOGGLE_GLYPH.sub("", " ".join(text.split())))
    return name if name and is_pillar_name(name) else None


def strip_emphasis(text: str) -> str:
    """Markdown **bold** / __bold__ markers dropped, keeping the words."""
    return _MARKDOWN_EMPHASIS.sub(r"\2", text) if ("**" in text or "__" in text) else text


_WIKI_MARKS = re.compile(r"^\s*(={1,6})\s*(?P<text>[^=\s][^=]*?)\s*\1\s*$")


def without_wiki_marks(text: str) -> str:
    """A heading written in wiki markup ("== Recognition ==", "=== Training ===") as the
    reader sees it printed: the words between the equal signs, which are markup, not words.

    >>> without_wiki_marks("== Career paths =="), without_wiki_marks("Grade = band")
    ('Career paths', 'Grade = band')
    """
    match = _WIKI_MARKS.match(text)
    return match.group("text") if match else text


def heading_text(line: str) -> str:
    """A heading as a section name, as printed: without Markdown heading marks, emphasis, a
    trailing colon or a caption label (`caption_label`: "Table 2:", "Objective:"). A section
    number is part of the printed heading and stays ("2. Recognition", "Pillar 2: Recognition",
    "Part 2 \u2013 Recognition").

    >>> heading_text("## 2. Recognition"), heading_text("*Objective: Grow skills*")
    ('2. Recognition', 'Grow skills')
    >>> heading_text("Table 2: Recognition"), heading_text("Table 3 \u2013 Career Development")
    ('Recognition', 'Career Development')
    >>> heading_text("### Theme 2: Recognition [+]")
    'Theme 2: Recognition'
    >>> heading_text("Part 3 \u2014 Sustainability"), heading_text("Section 1: Visibility")
    ('Part 3 \u2014 Sustainability', 'Section 1: Visibility')
    """
    text = _HEADING_MARKS.sub("", line).strip() if "#" in line else line.strip()
    text = without_wiki_marks(text)
    text = strip_emphasis(text).strip()
    if match := _WHOLE_EMPHASIS.match(text):
        text = match.group(2).strip()
    text = _DROPPED_LABEL.sub("", without_toggle(text))
    return text[:-1].rstrip() if text.endswith(":") else text
