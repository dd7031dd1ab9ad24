"""Rules added after reading the fourth held-out alignment set (with the first three beside it): causes
found on at least two sets. Texts are written for these tests."""

from __future__ import annotations

import pytest

from comparer.taxonomy import load_taxonomy
from comparer.text import ActionTextProcessor


@pytest.fixture(scope="module")
def processor() -> ActionTextProcessor:
    return ActionTextProcessor(load_taxonomy())


def _tags(processor: ActionTextProcessor, text: str) -> dict[str, int]:
    return dict(processor.read_tags(processor.docs([text])[0], lead_bonus=2).hits)


@pytest.mark.parametrize(
    "text",
    [
        "A small grants pot for workshops, short courses, conferences and membership fees of technicians.",
        "Cover the conference fees of technicians whose posters are accepted.",
        "Help engineers to present at regional and international materials conferences each year.",
        "Encourage technicians to speak at sector conferences about their instrument work.",
    ],
)
def test_a_conference_technicians_go_to_is_attended_not_run(processor: ActionTextProcessor, text: str) -> None:
    tags = _tags(processor, text)
    assert "external_conferences" in tags
    assert "technician_events" not in tags


@pytest.mark.parametrize(
    "text",
    [
        "Hold a yearly conference for the technical staff of all four campuses.",
        "Run a technicians' conference with a poster session every spring.",
    ],
)
def test_a_conference_the_institution_holds_is_still_an_event(processor: ActionTextProcessor, text: str) -> None:
    tags = _tags(processor, text)
    assert "technician_events" in tags
    assert "external_conferences" not in tags


def test_national_bodies_named_with_a_qualifier_are_outside_networks(processor: ActionTextProcessor) -> None:
    tags = _tags(processor, "Stay in contact with the national technical bodies and their regional groups.")
    assert max(sorted(tags), key=lambda t: tags[t]) == "external_networks"
    assert "technician_network" not in tags
