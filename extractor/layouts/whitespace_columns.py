"""Columns of a table aligned by whitespace: header lines and column boundaries.

A header line is split into phrases at gaps wider than `PHRASE_GAP_EM` font
sizes; it is a header when the phrases name an action column and another role.
Wrapped header lines just above or below (tightly spaced, bold like the header,
each phrase under a header phrase, or a row of period labels) join it. Each
column boundary is the middle of the widest band of least word coverage
between two neighbouring header phrases, measured over the body words.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from extractor.layouts.pdf_page import TextLine, Word
from extractor.layouts.pdf_tables import header_roles_ok
from extractor.layouts.periods import best_period

PHRASE_GAP_EM = 0.8  # a gap wider than this many font sizes separates two phrases


@dataclass(frozen=True)
class Phrase:
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1


@dataclass
class HeaderBlock:
    top: float
    bottom: float
    phrases: list[list[Phrase]]  # one list of stacked phrases per column, left to right
    line_height: float = 10.0
    bold: bool = False


def line_phrases(line: TextLine) -> list[Phrase]:
    phrases: list[list[Word]] = []
    for word in line.words:
        if phrases and word.x0 - phrases[-1][-1].x1 <= PHRASE_GAP_EM * max(word.size, 1.0):
            phrases[-1].append(word)
        else:
            phrases.append([word])
    return [Phrase(tuple(p)) for p in phrases]


def find_headers(lines: list[TextLine]) -> list[tuple[int, HeaderBlock]]:
    """Header lines (index of the last line used, block), with wrapped header lines above and below joined."""
    found: list[tuple[int, HeaderBlock]] = []
    index = 0
    while index < len(lines):
        phrases = line_phrases(lines[index])
        if len(phrases) < 3 or not header_roles_ok([p.text for p in phrases]):
            index += 1
            continue
        line = lines[index]
        block = HeaderBlock(line.top, line.bottom, [[p] for p in phrases], line.bottom - line.top, line.bold)
        above = index - 1
        while above >= 0 and (not found or above > found[-1][0]) and _joins_header(block, lines[above], before=True):
            above -= 1
        last = index
        while last + 1 < len(lines) and _joins_header(block, lines[last + 1], before=False):
            last += 1
        found.append((last, block))
        index = last + 1
    return found


def _joins_header(block: HeaderBlock, line: TextLine, *, before: bool) -> bool:
    """Add a wrapped header line (or a row of period labels) to the block when it fits."""
    gap = block.top - line.bottom if before else line.top - block.bottom
    if gap > 0.6 * max(block.line_height, 1.0) or (block.bold and not line.bold):
        return False
    phrases = line_phrases(line)
    placed: list[tuple[int, Phrase]] = []
    for phrase in phrases:
        if len(phrase.words) > 5:
            return False
        column = _overlapping(block, phrase)
        if column is None and best_period([phrase.text]) is None:
            return False
        placed.append((column if column is not None else -1, phrase))
    for column, phrase in placed:
        if column >= 0:
            stack = block.phrases[column]
            stack.insert(0, phrase) if before else stack.append(phrase)
        else:
            block.phrases.append([phrase])
    block.phrases.sort(key=lambda stack: min(p.x0 for p in stack))
    block.top, block.bottom = min(block.top, line.top), max(block.bottom, line.bottom)
    return True


def _overlapping(block: HeaderBlock, phrase: Phrase) -> int | None:
    for column, stack in enumerate(block.phrases):
        x0, x1 = min(p.x0 for p in stack), max(p.x1 for p in stack)
        if phrase.x0 < x1 and phrase.x1 > x0:
            return column
    return None


def column_bounds(block: HeaderBlock, body: list[Word], left: float, right: float) -> list[tuple[float, float]]:
    """Column x-ranges: each boundary is the widest least-covered band between two header phrases."""
    extents = [(min(p.x0 for p in s), max(p.x1 for p in s)) for s in block.phrases]
    cuts = [left]
    for (ax0, _ax1), (bx0, _bx1) in itertools.pairwise(extents):
        lo, hi = int(ax0) + 1, int(max(bx0, ax0 + 2))
        hi = max(hi, lo + 1)
        coverage = [0] * (hi - lo)
        for word in body:
            for x in range(max(lo, int(word.x0)), min(hi, int(word.x1) + 1)):
                coverage[x - lo] += 1
        least = min(coverage)
        best, run_start, best_span = (lo + hi) / 2, None, -1
        for offset, value in enumerate([*coverage, least + 1]):
            if value == least and run_start is None:
                run_start = offset
            elif value != least and run_start is not None:
                if offset - run_start > best_span:
                    best_span, best = offset - run_start, lo + (run_start + offset) / 2
                run_start = None
        cuts.append(min(best, bx0 - 0.5) if best_span >= 0 else bx0 - 0.5)
    cuts.append(right)
    return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]


def column_of(bounds: list[tuple[float, float]], x: float) -> int:
    for index, (_x0, x1) in enumerate(bounds):
        if x < x1:
            return index
    return len(bounds) - 1
