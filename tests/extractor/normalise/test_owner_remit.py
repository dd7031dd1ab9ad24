"""A code and the one word of its remit ("HR Reward") name one unit; invented cells only."""

from __future__ import annotations

import pytest

from extractor.normalise.owners import normalise_owners


@pytest.mark.parametrize(
    ("cell", "owners"),
    [
        ("OD Wellbeing", ["OD Wellbeing"]),
        ("Farm Board / ICT Support", ["Farm Board", "ICT Support"]),
        ("DVC Estates; Library", ["DVC Estates", "Library"]),
        ("FTB Technicians", ["FTB", "Technicians"]),
        ("FTB ICT", ["FTB", "ICT"]),
        ("OD\nWellbeing", ["OD", "Wellbeing"]),
    ],
)
def test_a_code_and_its_remit_on_one_line_are_one_owner(cell: str, owners: list[str]) -> None:
    assert normalise_owners(cell) == owners
