"""Small pieces shared by the plain-text readers: cleaning cells, spotting headings, period columns."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from extractor.normalise.pillars import names_pillar
from extractor.sources import SourceLine

_INLINE_TAG = re.compile(r"</?(u|b|i|em|strong|span|sup|sub|s|strike|font|mark|small)(\s[^<>]*)?>", re.I)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_HEADING_MARKS = re.compile(r"^\s*#{1,6}\s+|\s+#+\s*$")
_WHOLE_EMPHASIS = re.compile(r"^([*_])(?![*_\s])(.+?)(?<![*_\s])\1$")
_HEADING_LABEL = re.compile(
    r"^(?:(?:objective|theme|aim|goal|sub-theme)\s*\d*\s*:|(?:table|part|section)\s+\d{1,2}[a-z]?\s*[:.\u2013\u2014-])"
    r"\s+(?=\S)",
    re.I,
)
TITLE_LIKE = re.compile(r"technician\s+commitment|action\s+plan|\b(19|20)\d\d\b", re.I)
_PAGE_FURNITURE = re.compile(r"^(page\s*)?\d+(\s*(of|/)\s*\d+)?$", re.I)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})(-\d{1,2})?$")
_MONTH_YEAR = re.compile(r"^([A-Za-z]{3,9})\.?[\s\-/']*(\d{2}|\d{4})$")
_QUARTER = re.compile(r"^Q([1-4])[\s\-/']*(\d{2}|\d{4})$|^(\d{4})[\s\-/']*Q([1-4])$", re.I)


def clean_cell(text: str) -> str:
    """Cell text as printed: inline HTML tags dropped, <br> kept as a line break, ends trimmed."""
    if "<" not in text and "\n" not in text and "\r" not in text:
        return text.strip()
    if "<" in text:
        text = _BREAK_TAG.sub("\n", text)
        text = _INLINE_TAG.sub("", text)
    return "\n".join(line.strip() for line in text.replace("\r", "").split("\n")).strip()


def strip_emphasis(text: str) -> str:
    """Drop Markdown **bold** / __bold__ markers, keeping the words."""
    return _MARKDOWN_EMPHASIS.sub(r"\2", text) if ("**" in text or "__" in text) else text


def heading_text(line: str) -> str:
    """A line without Markdown heading marks, emphasis, a trailing colon or a label naming the
    level ("Objective: ..."); a section number is part of the heading as printed and stays.

    >>> heading_text("## 2. Recognition"), heading_text("*Objective: Grow skills*")
    ('2. Recognition', 'Grow skills')
    >>> heading_text("Table 2: Recognition"), heading_text("Table 3 \u2013 Career Development")
    ('Recognition', 'Career Development')
    """
    text = _HEADING_MARKS.sub("", line).strip() if "#" in line else line.strip()
    text = strip_emphasis(text).strip()
    if match := _WHOLE_EMPHASIS.match(text):
        text = match.group(2).strip()
    text = _HEADING_LABEL.sub("", text)
    return text[:-1].rstrip() if text.endswith(":") else text


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def period_month(text: str) -> str | None:
    """YYYY-MM of a Gantt period header: '01/04/2022', 'Apr-22', 'April 2022', 'Q2 2023', '2022-04'.

    Numeric dates are read day first (UK plans). Quarters are calendar quarters.

    >>> period_month("01/04/2022"), period_month("Apr-22"), period_month("Q3 2023"), period_month("Owner")
    ('2022-04', '2022-04', '2023-07', None)
    """
    folded = " ".join(text.split())
    if not folded or len(folded) > 20:
        return None
    month = year = 0
    if match := _NUMERIC_DATE.match(folded):
        month, year = int(match.group(2)), _year(match.group(3))
    elif match := _ISO_DATE.match(folded):
        year, month = int(match.group(1)), int(match.group(2))
    elif match := _MONTH_YEAR.match(folded):
        month, year = _MONTHS.get(match.group(1).lower(), 0), _year(match.group(2))
    elif match := _QUARTER.match(folded):
        quarter = int(match.group(1) or match.group(4))
        year = _year(match.group(2) or match.group(3))
        month = 3 * quarter - 2
    if 1 <= month <= 12 and 1900 < year < 2200:
        return f"{year:04d}-{month:02d}"
    return None


def repeated_lines(lines: Sequence[SourceLine], minimum: int = 3) -> frozenset[str]:
    """Short lines printed again and again (running page headers/footers)."""
    counts = Counter(" ".join(line.text.split()) for line in lines if "\t" not in line.text and line.text.strip())
    return frozenset(text for text, count in counts.items() if count >= minimum and len(text) <= 80)


def is_heading(line: str, furniture: frozenset[str] = frozenset(), *, allow_title: bool = False) -> bool:
    """A short line that names a section: few words, no closing full stop, not page furniture.

    Lines that read like the document title (naming the Technician Commitment,
    an action plan or a year) are not section headings unless `allow_title`.
    """
    if len(line) > 160 or not line.strip() or line.count(" ") > 40 or line.rstrip().endswith((".", ";", ",")):
        return False
    text = heading_text(line)
    if not text or len(text) > 80 or " ".join(line.split()) in furniture:
        return False
    words = text.split()
    if len(words) > 10 or text.endswith((".", ";", ",")) or _PAGE_FURNITURE.match(text):
        return False
    first = next((c for c in text if c.isalpha()), "")
    if not first or first.islower():
        return False
    return allow_title or not TITLE_LIKE.search(text)


_TOGGLE_GLYPH = re.compile(r"^[+\u25b6\u25b8\u25ba\u25bc\u25be\u2212-]\s*")


def group_heading(text: str) -> str | None:
    """The pillar an accordion's group line names, its open/close glyph dropped
    ("+ Recognition" -> "Recognition"); None for any other line (a toggle's own words,
    an introduction).

    >>> group_heading("+ Career Development"), group_heading("Expand all")
    ('Career Development', None)
    """
    name = _TOGGLE_GLYPH.sub("", " ".join(text.split()))
    return name if name and names_pillar(name) else None


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
TIMESCALE = re.compile(  # a whole cell that is one timescale as plans print it
    r"^(?:(?:by|before|from|during|in)\s+)?(?:the\s+)?(?:(?:end|start|beginning)\s+of\s+)?"
    r"(?:(?:" + _MONTH + r"|Q[1-4]|(?:spring|summer|autumn|winter)(?:\s+term)?)\s+)?"
    r"(?:19|20)\d{2}(?:\s*[/\u2013-]\s*(?:19|20)?\d{2})?$"
    r"|^(?:ongoing|annual(?:ly)?|termly|quarterly|monthly|yearly|each year|every year)$",
    re.I,
)
