"""A coloured mark at the start of a cell: the colour of a status dot or square.

A status is often written as a coloured glyph before a word ("● On track", the dot in
green): the colour that carries the most characters is the word's (black), so the
rating would be lost. Each reader hands the cell's runs of text with their colours to
`leading_mark_colour`, and the cell reports the mark's colour as `TableCell.mark_color`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

__all__ = ["is_mark_glyph", "leading_mark_colour"]

# Bullets and shapes that are punctuation to Unicode rather than symbols.
_MARK_PUNCTUATION = frozenset("\u2022\u2023\u2043\u2219")


def is_mark_glyph(char: str) -> bool:
    """A character drawn as a mark rather than read as a word: a shape or symbol ("●", "■",
    "▲", "⬤", "✔") or a bullet; never a letter, digit, ASCII sign or ordinary punctuation."""
    return char in _MARK_PUNCTUATION or (not char.isascii() and unicodedata.category(char) in {"So", "Sm"})


def leading_mark_colour(runs: Iterable[tuple[str, str | None]]) -> str | None:
    """The colour of the mark the cell's text opens with, given its runs as (text, colour):
    the run holding the first visible character, when that character is a mark and its
    colour is set and not black. None when the text opens with a word or the mark is black."""
    for text, colour in runs:
        stripped = text.strip()
        if not stripped:
            continue
        if not is_mark_glyph(stripped[0]):
            return None
        return None if colour in {None, "#000000"} else colour.lower()
    return None
