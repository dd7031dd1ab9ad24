from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.layouts.periods import best_period, parse_period_label


@pytest.mark.parametrize(
    ("text", "month"),
    [
        pytest.param("01/04/2022", "2022-04", id="day-first"),
        pytest.param("1.10.22", "2022-10", id="dotted-short-year"),
        pytest.param("2023-07-01", "2023-07", id="iso"),
        pytest.param("Apr 2023", "2023-04", id="month-year"),
        pytest.param("September 2024", "2024-09", id="full-month"),
        pytest.param("Mar-24", "2024-03", id="month-dash-yy"),
        pytest.param("Apr-Jun 2023", "2023-04", id="month-range"),
        pytest.param("April to June 2023", "2023-04", id="month-range-words"),
        pytest.param("Nov-Jan 2024", "2023-11", id="range-over-year-end"),
        pytest.param("Q1 2023", "2023-01", id="calendar-q1"),
        pytest.param("2023 Q3", "2023-07", id="calendar-q3-year-first"),
        pytest.param("Q1 2022/23", "2022-04", id="financial-q1"),
        pytest.param("Q4 2022/23", "2023-01", id="financial-q4"),
        pytest.param("Q2 22/23", "2022-07", id="financial-short-years"),
        pytest.param("Q1 FY24", "2023-04", id="fy-ending-2024"),
        pytest.param("H2 2023", "2023-07", id="half"),
        pytest.param("2022/23", "2022-04", id="split-year"),
        pytest.param("Phase 1 - 2022/23", "2022-04", id="phase-with-year"),
        pytest.param("2025", "2025-01", id="calendar-year"),
    ],
)
def test_period_labels(text: str, month: str) -> None:
    found = parse_period_label(text)
    assert found is not None
    assert found.month == month


@pytest.mark.parametrize(
    "text",
    ["Action", "Status (RAG)", "Prior to 2022", "Before 2024", "Marketing", "1.1", "Owner", "Notes", ""],
)
def test_not_period_labels(text: str) -> None:
    assert parse_period_label(text) is None


@pytest.mark.parametrize("text", ["Phase 2", "Year 1", "Q3", "Apr"])
def test_periods_without_a_year_are_undated(text: str) -> None:
    found = parse_period_label(text)
    assert found is not None
    assert found.month is None


@pytest.mark.parametrize(
    ("texts", "month"),
    [
        pytest.param(["Phase 1 - 2022/23", "01/07/2022"], "2022-07", id="date-beats-phase"),
        pytest.param(["2023", "Apr"], "2023-04", id="year-above-month"),
        pytest.param(["2023/24", "Q2"], "2023-07", id="split-year-above-quarter"),
        pytest.param(["Year 1", "Q1 2024"], "2024-01", id="undated-above-quarter"),
        pytest.param(["Q1\n2024/2\n5"], "2024-04", id="split-year-broken-in-a-narrow-cell"),
        pytest.param(["Q4\n2024/\n25"], "2025-01", id="split-year-broken-after-slash"),
        pytest.param(["01/04/20\n22"], "2022-04", id="date-broken-in-a-narrow-cell"),
        pytest.param(["Q2\n2024"], "2024-04", id="whole-tokens-on-their-own-lines"),
    ],
)
def test_stacked_header_texts(texts: list[str], month: str) -> None:
    found = best_period(texts)
    assert found is not None
    assert found.month == month


@given(st.text(max_size=80))
def test_never_crashes_and_gives_a_valid_month(text: str) -> None:
    found = parse_period_label(text)
    if found is not None and found.month is not None:
        assert re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", found.month)


def test_month_under_a_split_year_falls_in_its_half() -> None:
    from extractor.layouts.periods import best_period, month_in_split_year

    assert month_in_split_year(10, "2024/25 Oct-Dec") == 2024
    assert month_in_split_year(2, "2024/25 Feb") == 2025
    assert month_in_split_year(2, "Feb") is None
    assert [best_period(["2024/25", q]).month for q in ("Apr-Jun", "Jul-Sep", "Oct-Dec", "Jan-Mar")] == [  # type: ignore[union-attr]
        "2024-04",
        "2024-07",
        "2024-10",
        "2025-01",
    ]
