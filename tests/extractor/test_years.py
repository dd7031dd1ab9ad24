from __future__ import annotations

import pytest

from extractor.layouts.periods import parse_period_label
from extractor.years import full_year


@pytest.mark.parametrize(
    ("text", "year"),
    [("23", 2023), ("'24", 2024), ("\u201925", 2025), ("2023", 2023), ("1999", 1999), (" 07 ", 2007)],
)
def test_full_year(text: str, year: int) -> None:
    assert full_year(text) == year


def test_period_labels_read_two_digit_years_by_the_shared_rule() -> None:
    assert parse_period_label("Apr-23").month == f"{full_year('23')}-04"
    assert parse_period_label("2022/23").month == "2022-04"
