"""The colour of a mark opening a cell's text."""

from __future__ import annotations

import pytest

from extractor.readers.marks import is_mark_glyph, leading_mark_colour


@pytest.mark.parametrize(("char", "mark"), [("\u25cf", True), ("\u25a0", True), ("\u2022", True), ("\u2714", True)])
def test_shapes_and_bullets_are_marks(char: str, mark: bool) -> None:
    assert is_mark_glyph(char) is mark


@pytest.mark.parametrize("char", ["A", "1", "(", "=", "+", "-"])
def test_letters_digits_and_ascii_signs_are_not(char: str) -> None:
    assert not is_mark_glyph(char)


def test_leading_mark_colour() -> None:
    assert leading_mark_colour([(" ", None), ("\u25cf", "#00B050"), (" On track", None)]) == "#00b050"
    assert leading_mark_colour([("\u25cf", "#000000"), (" On track", None)]) is None
    assert leading_mark_colour([("On track ", None), ("\u25cf", "#00b050")]) is None
    assert leading_mark_colour([]) is None
