"""A status cell's first words and the note after them; late and carried-forward wording; pillar
headings in an institution's own words; a unit named after two fields in a list of owners. Every text
here is invented for the test."""

from __future__ import annotations

import pytest

from extractor.normalise.dates import find_recurrence, names_two_dates
from extractor.normalise.owners import normalise_owners
from extractor.normalise.pillars import classify_pillar
from extractor.normalise.status import find_state, split_status_note
from schemas.plan import Pillar, Recurrence, State


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Met. Forty staff took part.", ("Met", "Forty staff took part.")),
        ("Behind schedule \u2013 the supplier went bust", ("Behind schedule", "the supplier went bust")),
        ("Partly achieved; two of three labs", ("Partly achieved", "two of three labs")),
        ("Workshop held in May - see notes", ("Workshop held in May - see notes", None)),
        ("Not started", ("Not started", None)),
        (None, (None, None)),
    ],
)
def test_a_status_cell_splits_into_status_and_note(cell: str | None, expected: tuple) -> None:
    assert split_status_note(cell) == expected


@pytest.mark.parametrize("text", ["Carried forward", "Carried over to 2032", "Rolled over", "Deferred"])
def test_carried_forward_needs_action(text: str) -> None:
    assert find_state(text) is State.ACTION_NEEDED


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Getting seen", Pillar.VISIBILITY),
        ("Being valued", Pillar.RECOGNITION),
        ("Securing our future", Pillar.SUSTAINABILITY),
        ("Future plans", None),
        ("Seen elsewhere this year in the national press and on radio", None),
    ],
)
def test_pillar_headings_in_own_words(heading: str, expected: Pillar | None) -> None:
    assert classify_pillar(heading) == expected


def test_two_field_words_joined_by_an_ampersand_stay_one_owner_in_a_list() -> None:
    assert normalise_owners("Library & Archives / Head of Digital") == ["Library & Archives", "Head of Digital"]
    assert normalise_owners("HR & Estates; Finance") == ["HR", "Estates", "Finance"]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("2031\u20132033", True), ("2031 and 2033", True), ("Sep 2031 - Jan 2032", True), ("2031-2032", False)],
)
def test_a_cell_naming_a_first_and_a_last_date(cell: str, expected: bool) -> None:
    assert names_two_dates(cell) is expected


def test_a_season_that_comes_round_each_year_is_annual() -> None:
    assert find_recurrence("each summer") is Recurrence.ANNUAL
    assert find_recurrence("every winter") is Recurrence.ANNUAL
    assert find_recurrence("summer 2031") is None
