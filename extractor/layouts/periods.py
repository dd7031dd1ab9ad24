"""Read the period named by a Gantt column header.

`parse_period_label(text)` returns a `PeriodLabel`: the YYYY-MM of the first
month of the period and how specific the label is, so that a header built from
several rows ("Phase 1 - 2022/23" above "01/04/2022") keeps the most precise
reading.

Conventions:

- Day-first dates, as printed in the UK: "01/04/2022" -> 2022-04.
- A month, or a range of months, with a year: "Apr 2023", "Apr-23",
  "Apr-Jun 2023", "April to June 2023" -> the first month, 2023-04. When a range
  wraps the year end ("Nov-Jan 2024") the year belongs to the last month.
- A quarter with a calendar year: "Q1 2023", "2023 Q3" -> January, July...
- A quarter with a split year ("Q1 2022/23", "Q2 FY22/23"): UK financial years
  run April to March, so Q1 is Apr-Jun (2022-04), Q2 Jul-Sep, Q3 Oct-Dec and
  Q4 Jan-Mar of the second year (2023-01).
- Halves: "H1 2023" -> 2023-01, "H2 2023" -> 2023-07 (split years: H1 from April).
- A split year on its own ("2022/23", "Phase 1 - 2022/23") -> its April, 2022-04,
  the same financial-year convention; a calendar year on its own ("2023") -> 2023-01.
- "Phase 2", "Year 1" or "Stage 3" with no year: a period column whose date is
  unknown (`month` is None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.normalise.dates import MONTHS
from extractor.settings import DEFAULT_TOLERANCES as TOL
from extractor.years import full_year

FINANCIAL_YEAR_START_MONTH = 4

# Specificity grades, higher wins.
DAY, MONTH, QUARTER, HALF, YEAR, UNDATED = 6, 5, 4, 3, 2, 1

_MONTH_NAME = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_DAY_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?!\d)")
_MONTH_RANGE = re.compile(
    rf"\b{_MONTH_NAME}\s*(?:-|\u2013|\u2014|to|/)\s*{_MONTH_NAME}(?:\s*[-'\u2019,]?\s*(\d{{4}}|\d{{2}})(?!\d))?", re.I
)
_MONTH_YEAR = re.compile(rf"\b{_MONTH_NAME}(?:\s*[-'\u2019/,.]?\s*(\d{{4}}|\d{{2}})(?![\d/]))?", re.I)
_QUARTER = re.compile(r"\b(?:q|qtr\.?\s*|quarter\s*)([1-4])\b", re.I)
_HALF = re.compile(r"\b(?:h|half\s*)([12])\b", re.I)
_SPLIT_YEAR = re.compile(r"(?<!\d)(?:fy\s*)?(\d{4}|\d{2})\s*[/\-\u2013]\s*(\d{4}|\d{2})(?![\d/])", re.I)
_FY_YEAR = re.compile(r"\bfy\s*'?(\d{4}|\d{2})(?!\d)", re.I)
_YEAR = re.compile(r"(?<![\d/.\-])(20\d{2}|19\d{2})(?![\d/.])")
# "Before 2024", "Prior to 2022": a column about the time before the plan, not a period of it.
_NOT_A_PERIOD = re.compile(r"\b(before|prior|pre|after|since|until|earlier|previous\w*|beyond)\b", re.I)
_UNDATED = re.compile(r"^\s*(phase|year|stage|period|wave|term|step)\s*\d{1,2}\b", re.I)


@dataclass(frozen=True)
class PeriodLabel:
    month: str | None  # YYYY-MM of the first month, None when the label names no year
    specificity: int


def _shift(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _fmt(year: int, month: int) -> str | None:
    if not (TOL.earliest_year <= year <= TOL.latest_year and 1 <= month <= 12):
        return None
    return f"{year:04d}-{month:02d}"


def _split_year(text: str) -> int | None:
    """First year of a split (financial/academic) year such as 2022/23 or FY 2022-23."""
    for match in _SPLIT_YEAR.finditer(text):
        first, second = full_year(match.group(1)), full_year(match.group(2))
        if second == first + 1:
            return first
    return None


def _calendar_year(text: str) -> int | None:
    match = _YEAR.search(text)
    return int(match.group(1)) if match else None


def _dated(text: str) -> PeriodLabel | None:
    match = _DAY_DATE.search(text)
    if match:
        day, month, year = int(match.group(1)), int(match.group(2)), full_year(match.group(3))
        if 1 <= day <= 31 and (value := _fmt(year, month)):
            return PeriodLabel(value, DAY)
    match = _ISO_DATE.search(text)
    if match and (value := _fmt(int(match.group(1)), int(match.group(2)))):
        return PeriodLabel(value, DAY if match.group(3) else MONTH)
    return None


def month_in_split_year(month: int, text: str) -> int | None:
    """The calendar year of a month named without a year beside a split year ("2024/25" over
    "Apr-Jun" ... "Jan-Mar", as a Gantt's two header rows read): with the financial-year
    convention, April to December fall in the first year and January to March in the second.
    None when the text names no split year.

    >>> month_in_split_year(4, "2024/25 Apr-Jun"), month_in_split_year(1, "2024/25 Jan-Mar")
    (2024, 2025)
    """
    first = _split_year(text)
    if first is None:
        return None
    return first if month >= FINANCIAL_YEAR_START_MONTH else first + 1


def _months(text: str) -> PeriodLabel | None:
    year_hint = _calendar_year(text)
    match = _MONTH_RANGE.search(text)
    if match:
        first, last = MONTHS[match.group(1)[:3].lower()], MONTHS[match.group(2)[:3].lower()]
        year = full_year(match.group(3)) if match.group(3) else year_hint
        if year is None and (placed := month_in_split_year(first, text)) is not None:
            year = placed + 1 if last < first else placed  # the wrap rule below takes the one back
        if year is not None:
            if last < first:  # "Nov-Jan 2024": the year is the last month's
                year -= 1
            if value := _fmt(year, first):
                return PeriodLabel(value, MONTH)
        elif match.group(0).strip() == text:  # "Apr-Jun" with its year in another header row
            return PeriodLabel(None, UNDATED)
    match = _MONTH_YEAR.search(text)
    if match:
        year = full_year(match.group(2)) if match.group(2) else year_hint
        if year is None:
            year = month_in_split_year(MONTHS[match.group(1)[:3].lower()], text)
        if year is not None and (value := _fmt(year, MONTHS[match.group(1)[:3].lower()])):
            return PeriodLabel(value, MONTH)
        if year is None and match.group(0).strip() == text:  # a bare month name
            return PeriodLabel(None, UNDATED)
    return None


def _part_of_year(text: str, pattern: re.Pattern[str], size: int, grade: int) -> PeriodLabel | None:
    match = pattern.search(text)
    if not match:
        return None
    index = int(match.group(1)) - 1
    split = _split_year(text)
    fy = _FY_YEAR.search(text)
    if split is not None:
        year, month = _shift(split, FINANCIAL_YEAR_START_MONTH, index * size)
    elif fy is not None:  # "Q1 FY23": the financial year ending in 2023
        year, month = _shift(full_year(fy.group(1)) - 1, FINANCIAL_YEAR_START_MONTH, index * size)
    elif (calendar := _calendar_year(text)) is not None:
        year, month = calendar, 1 + index * size
    else:
        return PeriodLabel(None, UNDATED)
    value = _fmt(year, month)
    return PeriodLabel(value, grade) if value else None


@lru_cache(maxsize=8192)
def parse_period_label(text: str) -> PeriodLabel | None:
    """The period a header names, or None when the text is not a period label.

    >>> parse_period_label("01/04/2022")
    PeriodLabel(month='2022-04', specificity=6)
    >>> parse_period_label("Q1 2022/23").month, parse_period_label("Q4 2022/23").month
    ('2022-04', '2023-01')
    >>> parse_period_label("Q3 2023").month, parse_period_label("Apr-Jun 2023").month
    ('2023-07', '2023-04')
    >>> parse_period_label("Phase 1 - 2022/23").month, parse_period_label("Phase 2")
    ('2022-04', PeriodLabel(month=None, specificity=1))
    >>> parse_period_label("Action owner") is None
    True
    """
    folded = " ".join(text.split())
    if not folded or len(folded) > TOL.period_label_max_chars or _NOT_A_PERIOD.search(folded):
        return None
    for reader in (_dated, _months):
        found = reader(folded)
        if found:
            return found
    for pattern, size, grade in ((_QUARTER, 3, QUARTER), (_HALF, 6, HALF)):
        found = _part_of_year(folded, pattern, size, grade)
        if found:
            return found
    split = _split_year(folded)
    if split is not None and (value := _fmt(split, FINANCIAL_YEAR_START_MONTH)):
        return PeriodLabel(value, YEAR)
    fy = _FY_YEAR.search(folded)
    if fy is not None and (value := _fmt(full_year(fy.group(1)) - 1, FINANCIAL_YEAR_START_MONTH)):
        return PeriodLabel(value, YEAR)
    if _UNDATED.match(folded):
        return PeriodLabel(None, UNDATED)
    year = _calendar_year(folded)
    if year is not None and len(folded) <= TOL.year_label_max_chars:
        return PeriodLabel(_fmt(year, 1), YEAR)
    return None


def best_period(texts: list[str]) -> PeriodLabel | None:
    """The most specific reading among a column's header texts (top to bottom).

    The texts joined are read too, so "2023" above "Apr" gives 2023-04; on a tie
    the lowest header row wins, being the one closest to the column.

    >>> best_period(["Phase 1 - 2022/23", "01/07/2022"]).month
    '2022-07'
    >>> best_period(["2023", "Apr"]).month
    '2023-04'
    >>> best_period(["Q1\\n2024/2\\n5"]).month, best_period(["01/04/20\\n22"]).month
    ('2024-04', '2022-04')
    """
    # A narrow cell breaks a number inside it ("2024/2" + "5"): the pieces rejoined are read
    # first, so on a tie they win over the broken reading.
    rejoined = [_rejoin_broken_numbers(text) for text in texts]
    variants = [rejoined, texts] if rejoined != texts else [texts]
    readings: list[PeriodLabel | None] = []
    for variant in variants:
        readings += [parse_period_label(text) for text in reversed(variant)]
        if len(variant) > 1:
            readings.append(parse_period_label(" ".join(variant)))
    best: PeriodLabel | None = None
    for found in readings:
        if found is None:
            continue
        if best is None or _rank(found) > _rank(best):
            best = found
    return best


_BROKEN_NUMBER = re.compile(r"(\d+[/.\-]\d*|[/.\-])[ \t]*\n[ \t]*(?=\d)")


def _rejoin_broken_numbers(text: str) -> str:
    """A date or split year cut at a line end ("2024/2" + "5", "01/04/20" + "22") joined back;
    whole tokens on their own lines ("Q1" above "2024/25") are left apart."""
    return _BROKEN_NUMBER.sub(lambda m: m.group(1), text)


def _rank(label: PeriodLabel) -> int:
    return label.specificity if label.month else 0
