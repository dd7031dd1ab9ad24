"""Rows of a whitespace table, and the text of its grouping columns (Theme, Pillar).

A `Band` is one row's words. Grouping-column text is read apart, as blocks of
lines (`text_blocks`), and `assign_blocks` gives each row the block of its
group, whether the block is printed at the top of the group or centred on it
like a merged cell.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractor.layouts.pdf_page import Word, words_to_lines
from extractor.settings import DEFAULT_TOLERANCES as TOL
from extractor.settings import LayoutTolerances


@dataclass
class Band:
    words: list[Word]
    top: float
    bottom: float
    heading: bool = False


def text_blocks(
    words: list[Word], threshold: float, tol: LayoutTolerances = TOL
) -> list[tuple[float, float, list[Word]]]:
    """Grouping-column text cut into blocks (top, bottom, words) at wide gaps."""
    blocks: list[tuple[float, float, list[Word]]] = []
    for line in words_to_lines(words, tol.line_tolerance):
        if blocks and line.top - blocks[-1][1] <= threshold:
            top, bottom, found = blocks[-1]
            blocks[-1] = (top, max(bottom, line.bottom), found + list(line.words))
        else:
            blocks.append((line.top, line.bottom, list(line.words)))
    return blocks


def assign_blocks(
    bands: list[Band], blocks: list[tuple[float, float, list[Word]]], tol: LayoutTolerances = TOL
) -> list[list[Word]]:
    """Each row's grouping words. Between two headings, the rows are cut into one group per block:
    when every block starts level with a row (printed at the top of its group) a group runs from
    its block's row to the next block; otherwise (centred, like a merged cell) each group is the
    run of rows whose middle lies closest to its block's middle."""
    out: list[list[Word]] = [[] for _ in bands]
    segment: list[int] = []
    for index in [*range(len(bands)), -1]:
        if index >= 0 and not bands[index].heading:
            segment.append(index)
            continue
        for first, last, words in _groups(bands, segment, blocks, tol):
            for position in range(first, last + 1):
                out[segment[position]] = words
        segment = []
    return out


def _groups(
    bands: list[Band], segment: list[int], blocks: list[tuple[float, float, list[Word]]], tol: LayoutTolerances = TOL
) -> list[tuple[int, int, list[Word]]]:
    """(first, last, words) positions within `segment` for each block overlapping it."""
    placed: list[tuple[int, float, float, list[Word]]] = []  # first overlapped position, top, middle, words
    for top, bottom, words in blocks:
        hits = [p for p, i in enumerate(segment) if min(bands[i].bottom, bottom) - max(bands[i].top, top) > 0]
        if hits:
            placed.append((hits[0], top, (top + bottom) / 2, words))
    if not placed:
        return []
    placed.sort(key=lambda item: item[0])
    top_aligned = placed[0][0] == 0 and all(
        abs(bands[segment[p]].top - top) <= tol.block_top_align for p, top, _m, _w in placed
    )
    groups: list[tuple[int, int, list[Word]]] = []
    start = 0
    for k, (hit, _top, middle, words) in enumerate(placed):
        limit = placed[k + 1][0] - 1 if k + 1 < len(placed) else len(segment) - 1
        if start >= len(segment):  # the rows are all taken: a block beside the last row joins its group
            first, last, taken = groups[-1]
            groups[-1] = (first, last, [*taken, *words])
            continue
        if k + 1 == len(placed) or top_aligned:
            end = limit
        else:
            low = max(hit, start)
            end = min(
                range(low, max(limit, low) + 1),
                key=lambda e: abs((bands[segment[start]].top + bands[segment[e]].bottom) / 2 - middle),
            )
        groups.append((start, end, words))
        start = end + 1
    return groups
