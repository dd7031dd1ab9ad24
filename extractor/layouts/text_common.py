"""Small pieces shared by the plain-text readers: cleaning cells, period columns, running lines.

Headings are told by the one rule set in `extractor.headings`."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from extractor.sources import SourceLine

_INLINE_TAG = re.compile(r"</?(u|b|i|em|strong|span|sup|sub|s|strike|font|mark|small)(\s[^<>]*)?>", re.I)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
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


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a whole cell that is one timescale as plans print it: "by end of 2026", "Q3 2025", "2024/25", a day's date
# "31/03/2025", a thing done twice "2022 and 2024", or a repeat ("Annually", "Every six months")
TIMESCALE = re.compile(
    r"^(?:(?:by|before|from|during|in)\s+)?(?:the\s+)?(?:(?:end|start|beginning)\s+of\s+)?"
    r"(?:(?:" + _MONTH + r"|Q[1-4]|(?:spring|summer|autumn|winter)(?:\s+term)?)\s+)?"
    r"(?:19|20)\d{2}(?:\s*[/\u2013-]\s*(?:19|20)?\d{2}|\s+and\s+(?:19|20)\d{2})?$"
    r"|^(?:(?:by|before|from)\s+)?(?:[0-3]?\d[/.])?[01]?\d[/.](?:19|20)\d{2}$"
    r"|^(?:ongoing|annual(?:ly)?|termly|quarterly|monthly|yearly|each year|every year"
    r"|every\s+(?:two|three|four|six|\d{1,2})\s+months|every\s+(?:two|three|four|five|\d)\s+years"
    r"|six[- ]monthly|twice\s+(?:a\s+year|yearly)"
    r"|half[- ]yearly|bi-?annual(?:ly)?"
    r"|(?:every|each)\s+(?:spring|summer|autumn|winter|term|" + _MONTH + r")|annual(?:ly)?\s+from\s+(?:19|20)\d{2})$",
    re.I,
)
