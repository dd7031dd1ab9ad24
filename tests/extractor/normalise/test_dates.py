from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.errors import ExtractionError
from extractor.normalise.dates import find_recurrence, is_understood, parse_date_span
from extractor.normalise.text import fold_whitespace
from schemas.plan import PARTIAL_DATE_PATTERN, DateValue, Recurrence

A, S, Q, M, ONGOING = (
    Recurrence.ANNUAL,
    Recurrence.SIX_MONTHLY,
    Recurrence.QUARTERLY,
    Recurrence.MONTHLY,
    Recurrence.ONGOING,
)


@pytest.mark.parametrize(
    ("text", "raw", "date", "recurrence"),
    [
        pytest.param("Oct 2021", "Oct 2021", "2021-10", None, id="mon-yyyy"),
        pytest.param("October 2021", "October 2021", "2021-10", None, id="month-yyyy"),
        pytest.param("Oct-21", "Oct-21", "2021-10", None, id="mon-yy"),
        pytest.param("Oct -21", "Oct -21", "2021-10", None, id="mon-space-dash-yy"),
        pytest.param("Jan- 2022", "Jan- 2022", "2022-01", None, id="mon-dash-space-yyyy"),
        pytest.param("Sept '22", "Sept '22", "2022-09", None, id="sept-apostrophe"),
        pytest.param("01/04/2022", "01/04/2022", "2022-04", None, id="uk-day-first"),
        pytest.param("1.4.22", "1.4.22", "2022-04", None, id="dotted-short"),
        pytest.param("04/2022", "04/2022", "2022-04", None, id="month-slash-year"),
        pytest.param("2022-04", "2022-04", "2022-04", None, id="iso-month"),
        pytest.param("2022-04-30", "2022-04-30", "2022-04", None, id="iso-date"),
        pytest.param("April 1, 2022", "April 1, 2022", "2022-04", None, id="month-day-year"),
        pytest.param("Q3 2023", "Q3 2023", "2023-07", None, id="quarter"),
        pytest.param("Q1 2022/23", "Q1 2022/23", "2022-04", None, id="financial-quarter"),
        pytest.param("Q4 FY22/23", "Q4 FY22/23", "2023-01", None, id="financial-q4-next-year"),
        pytest.param("2023/24", "2023/24", "2023", None, id="academic-year"),
        pytest.param("2024-25", "2024-25", "2024", None, id="academic-year-dash"),
        pytest.param("2022-2025", "2022-2025", "2022", None, id="year-span"),
        pytest.param("end of November 2020", "end of November 2020", "2020-11", None, id="end-of-month"),
        pytest.param("Spring 2023", "Spring 2023", "2023-03", None, id="season"),
        pytest.param("Spring term 2025", "Spring term 2025", "2025-01", None, id="spring-term"),
        pytest.param("Summer term 2025", "Summer term 2025", "2025-04", None, id="summer-term"),
        pytest.param("Autumn Term 2024", "Autumn Term 2024", "2024-09", None, id="autumn-term"),
        pytest.param("2025 Q1", "2025 Q1", "2025-01", None, id="year-then-quarter"),
        pytest.param("Mid-2025", "Mid-2025", "2025", None, id="mid-year"),
        pytest.param("Twice yearly", "Twice yearly", None, S, id="twice-yearly"),
        pytest.param("2024", "2024", "2024", None, id="year"),
        pytest.param("by 2024", "by 2024", "2024", None, id="by-year"),
        pytest.param("Annual", "Annual", None, A, id="annual"),
        pytest.param("Annually", "Annually", None, A, id="annually"),
        pytest.param("6- monthly", "6- monthly", None, S, id="6-monthly-spaced"),
        pytest.param("six-monthly", "six-monthly", None, S, id="six-monthly"),
        pytest.param("bi-annual", "bi-annual", None, S, id="bi-annual"),
        pytest.param("Quarterly", "Quarterly", None, Q, id="quarterly"),
        pytest.param("monthly", "monthly", None, M, id="monthly"),
        pytest.param("Ongoing", "Ongoing", None, ONGOING, id="ongoing"),
        pytest.param("On-going", "On-going", None, ONGOING, id="on-going"),
        pytest.param("Continuous", "Continuous", None, ONGOING, id="continuous"),
        pytest.param("Annually from\nJan 2022", "Annually from Jan 2022", "2022-01", A, id="repeat-and-date"),
        pytest.param("University led", "University led", None, None, id="university-led"),
        pytest.param("TBC", "TBC", None, None, id="tbc"),
        pytest.param("Year 2", "Year 2", None, None, id="plan-year"),
    ],
)
def test_parse_date_span(text: str, raw: str, date: str | None, recurrence: Recurrence | None) -> None:
    assert parse_date_span(text) == DateValue(raw=raw, date=date, recurrence=recurrence)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        pytest.param("Q3 2023", "2023-07", "2023-09", id="quarter-first-or-last-month"),
        pytest.param("2023/24", "2023", "2024-07", id="academic-year-first-year-or-closing-july"),
        pytest.param("Winter 2023", "2023-12", "2023-12", id="season-first-month"),
        pytest.param("2022-2025", "2022", "2025", id="year-span"),
        pytest.param("2022-25", "2022", "2025", id="short-year-span"),
        pytest.param("Jan 2022 - Mar 2023", "2022-01", "2023-03", id="range"),
        pytest.param("Dec 2024", "2024-12", "2024-12", id="single-date"),
        pytest.param("Sep-Dec 2022", "2022-09", "2022-12", id="month-range"),
        pytest.param("Nov-Jan 2024", "2023-11", "2024-01", id="month-range-over-year-end"),
    ],
)
def test_bounds(text: str, start: str, end: str) -> None:
    start_value = parse_date_span(text, bound="start")
    end_value = parse_date_span(text, bound="end")
    assert start_value is not None
    assert end_value is not None
    assert (start_value.date, end_value.date) == (start, end)


@pytest.mark.parametrize("text", [pytest.param("", id="empty"), pytest.param(" \n\t", id="blank")])
def test_empty_cell_is_none(text: str) -> None:
    assert parse_date_span(text) is None
    assert parse_date_span(None) is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("University led", id="led"),
        pytest.param("TBC", id="tbc"),
        pytest.param("Year 2", id="plan-year"),
        pytest.param("Phase 1-2", id="phases"),
        pytest.param("Short-term", id="term"),
        pytest.param("Immediately", id="immediately"),
    ],
)
def test_deliberately_undated_text_is_understood(text: str) -> None:
    value = parse_date_span(text)
    assert value == DateValue(raw=text)
    assert is_understood(value)


def test_unreadable_text_kept_raw_or_raised() -> None:
    value = parse_date_span("when the group  meets")
    assert value == DateValue(raw="when the group meets")
    assert not is_understood(value)
    assert parse_date_span("when the group meets", errors="null") is None
    assert parse_date_span("Oct 2023", errors="null") == DateValue(raw="Oct 2023", date="2023-10")
    with pytest.raises(ExtractionError, match="unreadable date") as caught:
        parse_date_span("when the group meets", errors="raise")
    assert caught.value.code == "bad_value"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("six monthly review", S, id="six-before-monthly"),
        pytest.param("twice a year", S, id="twice-a-year"),
        pytest.param("every month", M, id="every-month"),
        pytest.param("Nothing here", None, id="none"),
    ],
)
def test_find_recurrence(text: str, expected: Recurrence | None) -> None:
    assert find_recurrence(text) == expected


@given(st.text(max_size=80), st.sampled_from(["start", "end"]))
def test_never_crashes_and_validates(text: str, bound: str) -> None:
    value = parse_date_span(text, bound=bound)  # type: ignore[arg-type]
    if value is None:
        assert not fold_whitespace(text)
        return
    DateValue.model_validate(value.model_dump())
    if value.date is not None:
        assert re.match(PARTIAL_DATE_PATTERN, value.date)


@given(st.text(max_size=80))
def test_idempotent_on_raw(text: str) -> None:
    value = parse_date_span(text)
    if value is not None:
        assert parse_date_span(value.raw) == value
