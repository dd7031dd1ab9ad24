"""Start / finish cells -> `DateValue(raw, date, recurrence)`.

`raw` is the cell text with only its whitespace folded ("Oct- 2021" stays as printed).
`date` is ``YYYY-MM`` or ``YYYY``; `recurrence` names a repeat. Rules, checked in order:

==========================================  ======================  ==================
Text                                        date                    recurrence
==========================================  ======================  ==================
"" / whitespace                             (the result is None)
"Annual", "Annually", "Yearly", "each year" null                    annual
"Each September", "every spring"            null                    annual
"6- monthly", "six-monthly", "bi-annual",   null                    six_monthly
"biannually", "twice a year", "twice
yearly", "half-yearly"
"Quarterly", "Termly"*                      null                    quarterly
"Monthly", "every month"                    null                    monthly
"Ongoing", "On-going", "Continuous",        null                    ongoing
"Rolling", "Continual"
"Oct 2021", "October 2021", "Oct-21",       2021-10
"Oct -21", "Jan- 2022", "Sept '22",
"end of November 2020"
"01/04/2022", "1.4.22" (UK, day first),     2022-04
"April 1, 2022"
"04/2022", "2022-04", "2022-04-30"          2022-04
"Q3 2023", "2023 Q3" (calendar quarter)     2023-07
"Q1 2022/23", "Q4 FY22/23" (UK financial    2022-04, 2023-01
quarters of a split year, from April)
"Spring 2023" (UK seasons: spring Mar-May,  2023-03
summer Jun-Aug, autumn Sep-Nov, winter
Dec-Feb)
"Spring term 2023" (UK academic terms:      2023-01
autumn from Sep, spring Jan, summer Apr)
"2023/24", "2023-24", "AY 2023/24"          2023
(academic year: the year it starts in)
"2022-2025", "2022-25" (a span of years)    2022 / 2025 (bound)
"Sep-Dec 2022" (months sharing a year)      2022-09 / 2022-12 (bound)
"2024", "by 2024", "mid-2024"               2024
"University led", "TBC", "TBA", "N/A",      null                    null
"Year 2", "Phase 1", "Immediately",
"Short term"
==========================================  ======================  ==================

* "Termly" is three times a year; it is reported as quarterly, the nearest repeat.

A repeat word and a date may both be present ("Annually from Jan 2022"): both are kept.

A single named period (a quarter, a season, an academic year) gives its first month,
or for an academic year its first year, when it starts something. As an end (``bound="end"``)
a quarter gives its last month ("Q3 2022" -> 2022-09) and an academic year the July that
closes it ("2023/24" -> 2024-07), as "by Q3 2022" means by the end of that quarter.
(`extractor.evaluate` accepts any month inside a quarter or academic year a gold names.)
Only a text naming two dates or a span of whole
years ("Jan 2022 - Mar 2023", "Sep-Dec 2022", "2022-2025") depends on `bound`: ``"start"`` picks the
first, ``"end"`` the last.

Unrecognised text is the caller's choice (`errors=`, see `extractor.normalise.policy`):
``"keep"`` (default) returns the raw text with no date, ``"null"`` returns None,
``"raise"`` raises `ExtractionError`. `is_understood` tells a kept raw-only value from
one that deliberately names no date ("TBC").
"""

from __future__ import annotations

import logging
import re
from typing import Literal

from extractor.normalise.policy import ErrorPolicy, unreadable
from extractor.normalise.text import fold_whitespace
from schemas.plan import DateValue, Recurrence

logger = logging.getLogger(__name__)

Bound = Literal["start", "end"]

MONTHS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_WORD = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_YEAR = r"(?P<year>(?:19|20)\d{2}|['\u2019]?\d{2}(?![,\s]*(?:19|20)\d{2}))(?!\d)"

_RECURRENCES: tuple[tuple[Recurrence, re.Pattern[str]], ...] = (
    (
        Recurrence.SIX_MONTHLY,
        re.compile(
            r"\b(?:(?:6|six)\s*-?\s*month(?:ly|s)?|bi-?\s*annual(?:ly)?|semi-?\s*annual(?:ly)?|half-?\s*year(?:ly)?"
            r"|twice\s+(?:(?:a|per|each)\s+year|yearly|annually)|every\s+(?:6|six)\s+months)\b",
            re.I,
        ),
    ),
    (Recurrence.QUARTERLY, re.compile(r"\b(?:quarterly|termly|every\s+(?:3|three)\s+months|each\s+quarter)\b", re.I)),
    (Recurrence.MONTHLY, re.compile(r"\b(?:monthly|every\s+month|each\s+month)\b", re.I)),
    (
        Recurrence.ANNUAL,
        re.compile(
            r"\b(?:annual(?:ly)?|yearly|every\s+year|each\s+year|per\s+(?:year|annum)|once\s+a\s+year"
            r"|(?:each|every)\s+(?:spring|summer|autumn|winter|january|february|march|april|may|june|july|august"
            r"|september|october|november|december))\b",
            re.I,
        ),
    ),
    (
        Recurrence.ONGOING,
        re.compile(r"\b(?:on-?\s*going|continuous(?:ly)?|continual(?:ly)?|rolling|throughout|in\s+progress)\b", re.I),
    ),
)

# Text that deliberately names no date: understood, but null.
_NO_DATE = re.compile(
    r"^(?:tbc|tba|tbd|n/?a|none|-+|\u2013|\u2014|to be (?:confirmed|agreed|decided|determined)|"
    r"(?:university|institution|faculty|school|hr|department)[- ]led|various|as required|as needed|when required|"
    r"(?:year|yr|y|phase|stage|semester|term)\s*\d{1,2}(?:\s*(?:-|to|\u2013)\s*\d{1,2})?|immediate(?:ly)?|now|asap|"
    r"(?:short|medium|long)[- ]term)\.?$",
    re.I,
)

_MONTH_YEAR = re.compile(r"\b" + _MONTH_WORD + r"(?:\.|\b)\s*[-/,'\u2019.]?\s*-?\s*" + _YEAR + r"\b", re.I)
_MONTH_RANGE = re.compile(
    r"\b"
    + _MONTH_WORD.replace("?P<mon>", "?P<first>")
    + r"\.?\s*(?:-|\u2013|\u2014|to|until|/)\s*"
    + _MONTH_WORD
    + r"(?:\.|\b)\s*[-/,'\u2019.]?\s*"
    + _YEAR
    + r"\b",
    re.I,
)
_MONTH_DAY_YEAR = re.compile(
    r"\b" + _MONTH_WORD + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b", re.I
)
_NUMERIC_DMY = re.compile(r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>(?:19|20)?\d{2})\b")
_NUMERIC_MY = re.compile(r"\b(?P<month>\d{1,2})/(?P<year>(?:19|20)\d{2})\b")
_ISO_YM = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?\b(?!-?\d)")
_SPLIT_QUARTER = re.compile(
    r"\bQ(?P<q>[1-4])\s*[-/,]?\s*(?:FY\s*)?(?P<y1>(?:19|20)?\d{2})\s*/\s*(?P<y2>\d{2}|(?:19|20)\d{2})\b", re.I
)
_QUARTER = re.compile(r"\bQ(?P<q>[1-4])\s*[-/,]?\s*(?P<year>(?:19|20)\d{2}|'?\d{2})\b(?!\s*/\s*\d)", re.I)
_SEASON = re.compile(
    r"\b(?P<season>spring|summer|autumn|fall|winter)\s*(?P<term>term\s*)?[-/,']?\s*(?P<year>(?:19|20)\d{2}|\d{2})\b",
    re.I,
)
_YEAR_FIRST_QUARTER = re.compile(r"\b(?P<year>(?:19|20)\d{2})\s*[-/,]?\s*Q(?P<q>[1-4])\b", re.I)
_PART_OF_YEAR = re.compile(r"\b(?:mid|early|late)\s*-\s*(?P<year>(?:19|20)\d{2})\b", re.I)
_ACADEMIC = re.compile(r"\b(?P<y1>(?:19|20)\d{2})\s*[/\-\u2013]\s*(?P<y2>\d{2}|(?:19|20)\d{2})\b")
_BARE_YEAR = re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})(?![\d/])")

# Quarters of a split year ("Q1 2022/23") are UK financial quarters: Q1 is April-June.
FINANCIAL_YEAR_START = 4
_SEASON_START: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# UK academic terms: autumn from September, spring from January, summer from April.
_TERM_START: dict[str, int] = {"autumn": 9, "fall": 9, "spring": 1, "summer": 4}


def parse_date_span(text: str | None, *, bound: Bound = "start", errors: ErrorPolicy = "keep") -> DateValue | None:
    """Read a start/finish cell; None when the cell is empty. See the module docstring for the rules.

    >>> parse_date_span("Oct-21")
    DateValue(raw='Oct-21', date='2021-10', recurrence=None)
    >>> parse_date_span("6- monthly").recurrence
    <Recurrence.SIX_MONTHLY: 'six_monthly'>
    >>> parse_date_span("2023/24", bound="end").date, parse_date_span("Q3 2022", bound="end").date
    ('2024-07', '2022-09')
    >>> parse_date_span("University led")
    DateValue(raw='University led', date=None, recurrence=None)
    """
    raw = fold_whitespace(text)
    if not raw:
        return None
    recurrence = find_recurrence(raw)
    date = find_date(raw, bound=bound)
    if date is None and recurrence is None and not _NO_DATE.match(raw) and unreadable("date", raw, errors):
        return None
    return DateValue(raw=raw, date=date, recurrence=recurrence)


def is_understood(value: DateValue | None) -> bool:
    """True when a parsed cell gave a date, a repeat, or deliberately names none ("TBC")."""
    if value is None:
        return True
    return value.date is not None or value.recurrence is not None or bool(_NO_DATE.match(value.raw))


def find_recurrence(text: str) -> Recurrence | None:
    """The first repeat word in `text`, most specific first ("six-monthly" before "monthly")."""
    for recurrence, pattern in _RECURRENCES:
        if pattern.search(text):
            return recurrence
    return None


def find_date(text: str, *, bound: Bound = "start") -> str | None:
    """``YYYY-MM`` or ``YYYY`` named by `text`, or None. Several dates: first (start) or last (end)."""
    found: list[tuple[int, str]] = []  # (position, value) so the reading order decides
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], value: str | None) -> None:
        if value is None or any(match.start() < end and start < match.end() for start, end in taken):
            return
        taken.append((match.start(), match.end()))
        found.append((match.start(), value))

    for m in _NUMERIC_DMY.finditer(text):
        day, month = int(m.group("day")), int(m.group("month"))
        add(m, _ym(m.group("year"), month) if 1 <= day <= 31 else None)
    for m in _MONTH_RANGE.finditer(text):
        last = MONTHS[m.group("mon")[:3].lower()]
        if bound == "end":
            add(m, _ym(m.group("year"), last))
        else:
            first = MONTHS[m.group("first")[:3].lower()]
            year = _year(m.group("year")) - (1 if first > last else 0)
            add(m, _ym(str(year), first))
    for m in _MONTH_DAY_YEAR.finditer(text):
        add(m, _ym(m.group("year"), MONTHS[m.group("mon")[:3].lower()]))
    for m in _MONTH_YEAR.finditer(text):
        add(m, _ym(m.group("year"), MONTHS[m.group("mon")[:3].lower()]))
    for m in _SPLIT_QUARTER.finditer(text):
        quarter, first_year = int(m.group("q")), _year(m.group("y1"))
        month = FINANCIAL_YEAR_START + (quarter - 1) * 3
        add(m, _ym(str(first_year + (month - 1) // 12), (month - 1) % 12 + 1))
    for m in _QUARTER.finditer(text):
        add(m, _ym(m.group("year"), _quarter_month(int(m.group("q")), bound)))
    for m in _YEAR_FIRST_QUARTER.finditer(text):
        add(m, _ym(m.group("year"), _quarter_month(int(m.group("q")), bound)))
    for m in _SEASON.finditer(text):
        season = m.group("season").lower()
        starts = _TERM_START if m.group("term") and season in _TERM_START else _SEASON_START
        add(m, _ym(m.group("year"), starts[season]))
    for m in _PART_OF_YEAR.finditer(text):
        add(m, m.group("year"))
    for m in _NUMERIC_MY.finditer(text):
        add(m, _ym(m.group("year"), int(m.group("month"))))
    for m in _ACADEMIC.finditer(text):
        add(m, _span_years(m.group("y1"), m.group("y2"), bound))
    for m in _ISO_YM.finditer(text):
        add(m, _ym(m.group("year"), int(m.group("month"))))
    for m in _BARE_YEAR.finditer(text):
        add(m, m.group("year"))
    if not found:
        return None
    found.sort()
    return found[0][1] if bound == "start" else found[-1][1]


def _year(text: str) -> int:
    digits = text.lstrip("'\u2019")
    value = int(digits)
    return value + 2000 if len(digits) == 2 else value


def _ym(year_text: str, month: int) -> str | None:
    if not 1 <= month <= 12:
        return None
    return f"{_year(year_text):04d}-{month:02d}"


def _quarter_month(quarter: int, bound: Bound) -> int:
    """A calendar quarter's first month, or its last when the date ends something: "by Q3
    2022" means by the end of September."""
    return (quarter - 1) * 3 + (3 if bound == "end" else 1)


ACADEMIC_YEAR_LAST_MONTH = 7  # a UK academic year "2023/24" ends in July 2024


def _span_years(first: str, second: str, bound: Bound) -> str | None:
    """ "2023/24" is an academic year: its first year as a start, its last month
    (`ACADEMIC_YEAR_LAST_MONTH` of the second year) as an end; "2022-2025" is a span of
    whole years."""
    y1 = int(first)
    y2 = int(second) if len(second) == 4 else (y1 // 100) * 100 + int(second)
    if y2 < y1:
        return None
    if y2 == y1 + 1 and len(second) == 2:
        return f"{y1:04d}" if bound == "start" else f"{y2:04d}-{ACADEMIC_YEAR_LAST_MONTH:02d}"
    return f"{y1:04d}" if bound == "start" else f"{y2:04d}"


_YEAR_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_YEAR_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_YEAR_NUMBER = r"[1-9]|" + "|".join(_YEAR_NUMBERS)
# "Y2", "Yr1", "Years 1-3", "(Y2/Y3)", "Years one to three", and "the first year of the plan"
PLAN_YEAR = re.compile(
    rf"\b(?:years?|yrs?|y)\s*(?P<first>{_YEAR_NUMBER})(?:\s*(?:-|to|\u2013|\u2014|&|and|,|/)\s*"
    rf"(?:(?:years?|yrs?|y)\s*)?(?P<last>{_YEAR_NUMBER}))?\b"
    rf"|\b(?P<ordinal>{'|'.join(_YEAR_ORDINALS)})\s+year\s+of\s+(?:the|this|our)\s+(?:action\s+)?plan\b",
    re.I,
)


def plan_year_number(match: re.Match[str]) -> tuple[int, int]:
    """(first, last) plan year a `PLAN_YEAR` match names, read as a reader counts them: a
    digit, a number word ("Years one to three") or an ordinal ("the second year of the plan").

    >>> plan_year_number(PLAN_YEAR.search("(Years one to three)")), plan_year_number(PLAN_YEAR.search("(Y2/Y3)"))
    ((1, 3), (2, 3))
    >>> plan_year_number(PLAN_YEAR.search("during the second year of the plan"))
    (2, 2)
    """

    def number(word: str) -> int:
        word = word.lower()
        return int(word) if word.isdigit() else _YEAR_NUMBERS.index(word) + 1

    if match.group("ordinal"):
        year = _YEAR_ORDINALS.index(match.group("ordinal").lower()) + 1
        return year, year
    first = number(match.group("first"))
    return first, number(match.group("last")) if match.group("last") else first


_TIMESCALE_CONTEXT = re.compile(
    r"(?:\(\s*|\b(?:in|by|during|from|within|over|across|until|before)\s+(?:the\s+)?"
    r"(?:(?:end|start|beginning|close)\s+of\s+(?:the\s+)?)?)$",
    re.I,
)


def plan_year_matches(text: str | None, *, prose: bool = False) -> list[re.Match[str]]:
    """Where a text names years of the plan (see `plan_years` for `prose`)."""
    return [
        match
        for match in PLAN_YEAR.finditer(text or "")
        if not prose or _TIMESCALE_CONTEXT.search((text or "")[: match.start()])
    ]


def plan_years(text: str | None, *, prose: bool = False) -> tuple[int, int] | None:
    """The first and last year of the plan a text names ("(Y2)", "Years 1-3", "in Year 2
    and Year 3"), counted from the plan's start; None when it names none. In `prose` (an
    action's sentence) only a timescale in brackets or after "in", "by", "during" ... counts:
    "Year 2 students" names a cohort, not a date.

    >>> plan_years("Survey all staff (Y2)"), plan_years("Years 1\u20133"), plan_years("by 2025")
    ((2, 2), (1, 3), None)
    >>> plan_years("Open the store by the end of Year 2", prose=True)
    (2, 2)
    >>> plan_years("Tour for Year 2 students", prose=True), plan_years("Review it in Year 3", prose=True)
    (None, (3, 3))
    """
    numbers: list[int] = []
    for match in plan_year_matches(text, prose=prose):
        numbers.extend(plan_year_number(match))
    return (min(numbers), max(numbers)) if numbers else None


_REPEATS_AFTER = re.compile(
    r"\b(?:(?:each|every)\s+year|annually|yearly)\s+(?:after\s+that|after(?:wards)?|thereafter|from\s+then(?:\s+on)?)\b",
    re.I,
)


def repeats_after(text: str | None) -> str | None:
    """The words of an action's sentence saying it is done once, then again every year after
    ("Agree a plan in Year 1 and review it each year after", "... and annually thereafter"):
    the year named is its start and the repeat is its end, with no date of its own. None
    for any other text.

    >>> repeats_after("Set goals in Year 1 and review them every year after that")
    'every year after that'
    >>> repeats_after("Hold a fair each year"), repeats_after("Review it after Year 2")
    (None, None)
    """
    match = _REPEATS_AFTER.search(text or "")
    return match.group(0) if match else None


def resolve_plan_year(year: int, period_start: str | None, *, bound: Bound) -> str | None:
    """The date of the plan's `year` (1 = the first) from the plan's stated start: the year
    that plan year opens in, as an academic year is dated by its first year ("Year 2" of a
    plan from September 2024 is 2025/26: 2025), whether the start names a month or not.
    `bound` is kept for callers. None when the plan states no start.

    >>> resolve_plan_year(2, "2024-09", bound="end"), resolve_plan_year(2, "2024", bound="end")
    ('2025', '2025')
    """
    if not period_start:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", period_start)
    if match is None:
        return None
    return f"{int(match.group(1)) + year - 1:04d}"


_START_ONLY = re.compile(r"^\s*(?:from|starting|beginning|commencing)\s+\S|\S\s+onwards?\s*\.?\s*$", re.I)


def names_start_only(text: str | None) -> bool:
    """A timescale that says when work begins and no more ("from Sept 2031", "Jan 2032
    onwards"): in a single timescale cell it is the start, and the action has no end date.

    >>> names_start_only("from Sept 2031"), names_start_only("2032 onwards"), names_start_only("by May 2032")
    (True, True, False)
    """
    return bool(text and _START_ONLY.search(" ".join(text.split())))


_SPAN_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_TWO_DATES = re.compile(
    rf"^\s*(?:{_SPAN_MONTH}\s+)?(?P<y1>(?:19|20)\d{{2}})\s*(?:[\u2013\u2014-]|to|and)\s*"
    rf"(?:{_SPAN_MONTH}\s+)?(?P<y2>(?:19|20)\d{{2}})\s*\.?$",
    re.I,
)


def names_two_dates(text: str | None) -> bool:
    """A timescale naming a first and a last date with whole years ("2022\u20132025", "2022 and
    2024", "Jan 2031 - Mar 2032"): one cell that gives both the start and the end. Two years in a
    row written in full ("2024-2025") may be one academic year, and are not read as two dates;
    joined by "and" ("2024 and 2025") they are two times, one academic year being no "and".

    >>> names_two_dates("2022\u20132025"), names_two_dates("2022 and 2024"), names_two_dates("Jan 2031 - Mar 2032")
    (True, True, True)
    >>> names_two_dates("2024-2025"), names_two_dates("2023/24"), names_two_dates("by 2026")
    (False, False, False)
    >>> names_two_dates("2024 and 2025")
    True
    """
    match = _TWO_DATES.match(text or "")
    if match is None:
        return False
    first, last = int(match.group("y1")), int(match.group("y2"))
    joined = re.search(r"\band\b", text or "", re.I) is not None or re.match(rf"\s*{_SPAN_MONTH}\s", text or "", re.I)
    return last > first + 1 or (last > first and bool(joined))
