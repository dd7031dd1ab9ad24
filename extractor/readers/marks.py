"""Runs of text with their weight and colour, as the word-processor readers collect them,
and what a paragraph or cell shows through them: its text, whether it is bold, its colour,
and a coloured mark at its start (the colour of a status dot or square).

A status is often written as a coloured glyph before a word ("● On track", the dot in
green): the colour that carries the most characters is the word's (black), so the
rating would be lost. Each reader hands the cell's runs of text with their colours to
`leading_mark_colour`, and the cell reports the mark's colour as `TableCell.mark_color`.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["TextRun", "all_bold", "dominant_colour", "is_mark_glyph", "joined_text", "leading_mark_colour"]


@dataclass(frozen=True)
class TextRun:
    """A stretch of text in one weight and colour (a Word `w:r`, an OpenDocument span)."""

    text: str
    bold: bool
    colour: str | None


def joined_text(runs: list[TextRun]) -> str:
    """The runs' text with spaces and tabs collapsed inside each line and empty lines dropped."""
    text = "".join(run.text for run in runs)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def all_bold(runs: list[TextRun]) -> bool:
    """Whether every run that shows text is bold."""
    visible = [run for run in runs if run.text.strip()]
    return bool(visible) and all(run.bold for run in visible)


def dominant_colour(runs: list[TextRun]) -> str | None:
    """The text colour carrying the most characters; None when that is black or unset."""
    weights: Counter[str | None] = Counter()
    for run in runs:
        weights[run.colour] += len(run.text.strip())
    if not any(weights.values()):
        return None
    colour, _ = max(weights.items(), key=lambda item: (item[1], item[0] or ""))
    return None if colour in {None, "#000000"} else colour


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
