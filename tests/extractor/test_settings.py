from __future__ import annotations

import pytest
from pydantic import ValidationError

from extractor.settings import DEFAULT_TOLERANCES, LayoutTolerances


@pytest.mark.parametrize("name", sorted(LayoutTolerances.model_fields))
def test_every_tolerance_has_a_description_and_bounds(name: str) -> None:
    field = LayoutTolerances.model_fields[name]
    assert field.description, name
    assert len(field.description.split()) >= 4, name
    bounds = {type(m).__name__: m for m in field.metadata}
    assert "Ge" in bounds, name
    assert "Le" in bounds, name
    low, high = bounds["Ge"].ge, bounds["Le"].le
    assert low <= field.default <= high, name


def test_tolerances_are_frozen_and_checked() -> None:
    with pytest.raises(ValidationError):
        DEFAULT_TOLERANCES.line_tolerance = 9.0  # type: ignore[misc]
    with pytest.raises(ValidationError):
        LayoutTolerances(fill_min_cover=1.5)
    with pytest.raises(ValidationError):
        LayoutTolerances(no_such_tolerance=1)  # type: ignore[call-arg]


def test_default_tolerances_are_the_defaults() -> None:
    assert LayoutTolerances() == DEFAULT_TOLERANCES


def test_a_run_sets_its_own_tolerances_within_their_bounds() -> None:
    from extractor.errors import ExtractionError
    from extractor.settings import ExtractionSettings

    assert ExtractionSettings().tolerances == DEFAULT_TOLERANCES
    assert ExtractionSettings.resolve({"tolerances": {"row_box_pad": 4.0}}).tolerances.row_box_pad == 4.0
    with pytest.raises((ValidationError, ExtractionError)):
        ExtractionSettings.resolve({"tolerances": {"row_box_pad": -1.0}})
    with pytest.raises((ValidationError, ExtractionError)):
        ExtractionSettings.resolve({"tolerances": {"no_such_tolerance": 1.0}})
