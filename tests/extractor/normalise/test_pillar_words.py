"""Words a reader takes as a pillar's: invented action wordings only."""

from __future__ import annotations

import pytest

from extractor.assemble import choose_pillar
from extractor.normalise.pillars import infer_pillar
from schemas.plan import Pillar


@pytest.mark.parametrize(
    ("text", "pillar"),
    [
        ("Hang photo portraits of the glasshouse team in the foyer", Pillar.VISIBILITY),
        ("Print a directory of workshop staff", Pillar.VISIBILITY),
        ("Open the lunchtime seminar slot to technical speakers", Pillar.VISIBILITY),
        ("Put the farm team on the map", Pillar.VISIBILITY),
        ("List technical staff as authors where they shaped the work", Pillar.RECOGNITION),
        ("Give technicians credit in every exhibition label", Pillar.RECOGNITION),
        ("Review the grading of kiln technician posts", Pillar.RECOGNITION),
        ("Fund a welding qualification for each fitter", Pillar.CAREER_DEVELOPMENT),
    ],
)
def test_the_words_of_an_action_point_to_its_pillar(text: str, pillar: Pillar) -> None:
    assert infer_pillar(text) is pillar


def test_when_the_measures_pull_as_strongly_the_action_decides() -> None:
    assert choose_pillar(None, None, None, "Mentor every new fitter", ["a survey of the forge staff"]) == (
        Pillar.CAREER_DEVELOPMENT,
        True,
    )
