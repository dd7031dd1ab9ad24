"""Grouping-column blocks given to the rows of a whitespace table."""

from __future__ import annotations

from extractor.layouts.pdf_page import Word
from extractor.layouts.row_bands import Band, assign_blocks


def word(text: str, top: float) -> Word:
    return Word(text, 0.0, 20.0, top, top + 10.0, 10.0, False)


def test_more_blocks_than_rows_left_join_the_last_group() -> None:
    """Blocks beside the last row, more of them than rows remain (a merged cell's text cut into
    pieces by uneven spacing), join that row's group instead of running past the rows."""
    bands = [Band([word("a", 0)], 0.0, 10.0), Band([word("b", 20)], 20.0, 60.0)]
    blocks = [
        (0.0, 30.0, [word("One", 0)]),
        (25.0, 35.0, [word("two", 25)]),
        (38.0, 48.0, [word("three", 38)]),
        (50.0, 58.0, [word("four", 50)]),
    ]
    groups = assign_blocks(bands, blocks)
    assert [[w.text for w in group] for group in groups] == [["One"], ["two", "three", "four"]]
