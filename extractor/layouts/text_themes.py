"""Rebuild vertically merged cells (a Theme spanning several rows) from text output.

A PDF-to-text tool prints a merged cell's text in pieces: each wrapped line lands
in whichever row it sits beside, so a three-row Theme cell may come out as
``""``, ``"Keep track of the impact"``, ``""`` or as ``"Review governance"``,
``"structures and links"``, ``""``. `rebuild_merged_cells` puts the pieces back
together and gives the whole text to every row of the group.

Rules, in order:

1. A *hard break* (a section heading between the rows) always ends a group.
2. Rows whose refs are numbered ``N.M`` belong to a group only with rows of the
   same ``N`` (plans number their sub-actions under one theme).
3. A piece *continues* the previous piece when it starts with a lowercase
   letter or a bracket, or the previous piece ends with a connector (``and``,
   ``of``, ``the``, a comma, a hyphen, "e.g.") or leaves a bracket open. Within
   one ``N`` it also continues a name cut in two ("Supporting Continuing" /
   "Professional Development ...", "the Technician" / "Hub"). Otherwise it
   starts a new group. After a repeated header row (a *soft break*) only the
   first rule applies.
4. Empty cells are padding of the merged cell. Ref numbers decide first when
   they can. Otherwise, as text in a merged cell is vertically centred, the
   empty rows between two groups are split so that the middle of each group
   (weighing rows by their printed height) falls where its text block can sit:
   anywhere inside a single row that holds text, or, when the text spans rows,
   where the share of text in each row puts it. Ties go to the group above, the
   usual fill-down reading.
5. When the merged cells are known to hold their text in their top row (a spreadsheet's
   merged cells, pasted or saved as CSV), padding rows fill down instead.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from itertools import accumulate

logger = logging.getLogger(__name__)

CONNECTOR_WORDS = frozenset(
    (
        *("a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the"),
        *("through", "to", "with", "within", "across", "between", "via", "including", "its", "their"),
        *("our", "your", "both", "either", "whether", "than", "that", "which", "who", "whose"),
    )
)
CONNECTOR_TAIL = re.compile(r"([,&/+\-\u2013\u2014:(]|\b(e\.g|i\.e|eg|ie)\.?)$", re.I)
_CONTINUING_MARKS = frozenset("([{&/,;:-\u2013\u2014")
_WORD = re.compile(r"[A-Za-z][\w'\u2019.-]*")
_MAJOR = re.compile(r"^\s*([A-Za-z]{0,3}\d+)[.\-](\d+)")
# Gaps longer than this are split in half instead of being optimised (keeps the work linear).
_MAX_GAP_FOR_SEARCH = 24
# Characters per printed line of a merged Theme cell, in the units of `Piece.height`
# (row heights are estimated as the longest cell over 60 characters a line).
THEME_CHARS_PER_LINE = 30


class Break(IntEnum):
    NONE = 0
    SOFT = 1  # a repeated header row sits before this row
    HARD = 2  # a section heading sits before this row


@dataclass(frozen=True)
class Piece:
    """One row's share of a merged column."""

    text: str
    major: str | None = None  # "3" for ref "3.2"
    brk: Break = Break.NONE
    height: float = 1.0  # the row's printed height, in any unit (longer rows are taller)


def ref_major(ref: str | None) -> str | None:
    """The leading number of a two-level ref ("3" for "3.2", "A1" for "A1.4"), else None."""
    if not ref:
        return None
    match = _MAJOR.match(ref)
    return match.group(1).upper() if match else None


def _first_letter(text: str) -> str:
    """The first letter, or "" when a digit comes first ("2024 targets" gives no signal)."""
    for char in text:
        if char.isdigit():
            return ""
        if char.isalpha():
            return char
    return ""


def _ends_with_connector(text: str) -> bool:
    stripped = text.rstrip()
    if CONNECTOR_TAIL.search(stripped) or stripped.count("(") > stripped.count(")"):
        return True
    words = stripped.split()
    return bool(words) and words[-1].lower().strip("\"'\u201c\u201d\u2018\u2019") in CONNECTOR_WORDS


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _continues_title_run(previous: str, text: str) -> bool:
    """'Supporting Continuing' + 'Professional Development ...' or 'the Technician' + 'Hub':
    a name cut in two (the second piece is one word, or starts with two capitalised words)."""
    prev_words = _WORD.findall(previous)
    next_words = _WORD.findall(text)
    if len(prev_words) < 2 or not next_words or not _is_capitalised(prev_words[-1]):
        return False
    if len(next_words) == 1:
        return _is_capitalised(next_words[0])
    return _is_capitalised(next_words[0]) and _is_capitalised(next_words[1])


def continues(previous: Piece, current: Piece, brk: Break) -> bool:
    """True when `current` is the next piece of the same merged cell as `previous`."""
    if brk is Break.HARD:
        return False
    if previous.major and current.major and previous.major != current.major:
        return False
    if _first_letter(current.text).islower() or _ends_with_connector(previous.text):
        return True
    if current.text.lstrip()[:1] in _CONTINUING_MARKS:
        return True
    if brk is Break.SOFT:
        return False
    return bool(
        previous.major and previous.major == current.major and _continues_title_run(previous.text, current.text)
    )


@dataclass
class _Group:
    rows: list[int]  # rows holding text
    top: float = 0.0  # height of the empty rows above
    bottom: float = 0.0  # height of the empty rows below


def rebuild_merged_cells(
    pieces: Sequence[Piece], is_name: Callable[[str], bool] | None = None, *, top_aligned: bool = False
) -> list[str | None]:
    """The whole merged text for every row, or None for rows that belong to no group.

    `is_name` says whether a text is a whole name the column holds (a pillar, for a
    Pillar column): a piece that is not one, but completes the group above into one,
    continues it ("Career" / "Development"). `top_aligned`: each cell's text is known to
    sit in its top row, so padding rows fill down.

    >>> rebuild_merged_cells([Piece(""), Piece("Review governance"), Piece("structures"), Piece("")])
    ['Review governance structures', 'Review governance structures', 'Review governance structures', \
'Review governance structures']
    >>> rebuild_merged_cells([Piece("Own theme"), Piece("Another theme")])
    ['Own theme', 'Another theme']
    >>> rebuild_merged_cells([Piece("Career"), Piece("Development")], is_name=lambda t: t == "Career Development")
    ['Career Development', 'Career Development']
    >>> rebuild_merged_cells([Piece("Visibility"), Piece(""), Piece("Recognition"), Piece("")], top_aligned=True)
    ['Visibility', 'Visibility', 'Recognition', 'Recognition']
    """
    result: list[str | None] = [None] * len(pieces)
    bounds = [0] + [i for i in range(1, len(pieces)) if pieces[i].brk is Break.HARD] + [len(pieces)]
    segments = list(itertools.pairwise(bounds))
    for start, stop in segments:
        _rebuild_segment(pieces, start, stop, result, is_name, top_aligned)
    return result


def _rebuild_segment(
    pieces: Sequence[Piece],
    start: int,
    stop: int,
    result: list[str | None],
    is_name: Callable[[str], bool] | None = None,
    top_aligned: bool = False,
) -> None:
    groups: list[_Group] = []
    owner: dict[int, int] = {}  # row -> group index (-1: no group)
    last_text_row: int | None = None
    for row in range(start, stop):
        piece = pieces[row]
        if not piece.text.strip():
            continue
        if last_text_row is not None:
            brk = max((pieces[r].brk for r in range(last_text_row + 1, row + 1)), default=Break.NONE)
            so_far = " ".join(pieces[r].text.strip() for r in groups[-1].rows)
            completes = is_name is not None and not is_name(piece.text) and is_name(f"{so_far} {piece.text}")
            if completes or continues(pieces[last_text_row], piece, Break(brk)):
                groups[-1].rows.append(row)
                owner[row] = len(groups) - 1
                last_text_row = row
                continue
        groups.append(_Group(rows=[row]))
        owner[row] = len(groups) - 1
        last_text_row = row
    if not groups:
        return
    # Empty rows inside a group (between two of its pieces) are its own.
    for number, group in enumerate(groups):
        for row in range(group.rows[0], group.rows[-1] + 1):
            owner.setdefault(row, number)
    if top_aligned:  # each padding row belongs to the text above it
        for row in range(start, stop):
            owner.setdefault(row, owner[row - 1] if row > start else -1)
    else:
        _assign_gaps(pieces, start, stop, groups, owner)
    texts = [" ".join(pieces[r].text.strip() for r in group.rows) for group in groups]
    for row, number in owner.items():
        if number >= 0:
            result[row] = texts[number]


def _assign_gaps(pieces: Sequence[Piece], start: int, stop: int, groups: list[_Group], owner: dict[int, int]) -> None:
    def major_of(number: int, first: bool) -> str | None:
        group = groups[number]
        return pieces[group.rows[0] if first else group.rows[-1]].major

    def height(rows: list[int], number: int) -> float:
        return sum(pieces[r].height for r in rows if owner[r] == number)

    last = len(groups) - 1
    lead = list(range(start, groups[0].rows[0]))
    for row in lead:
        owner[row] = 0 if _side_by_major(pieces[row].major, None, major_of(0, True), 1) == 1 else -1
    groups[0].top = height(lead, 0)
    trail = list(range(groups[-1].rows[-1] + 1, stop))
    for row in trail:
        owner[row] = last if _side_by_major(pieces[row].major, major_of(last, False), None, -1) == -1 else -1
    groups[-1].bottom = height(trail, last)
    # Gaps between groups: refs decide when they can, the rest is balanced below.
    free_gaps: dict[int, list[int]] = {}
    for number in range(last):
        gap = list(range(groups[number].rows[-1] + 1, groups[number + 1].rows[0]))
        if not gap:
            continue
        above, below = major_of(number, False), major_of(number + 1, True)
        sides = [_side_by_major(pieces[r].major, above, below, 0) for r in gap]
        if above and below and above != below and any(s != 0 for s in sides):
            side = -1 if sides[0] == 0 else sides[0]
            for row, found in zip(gap, sides, strict=True):
                side = found if found != 0 else side
                owner[row] = number if side == -1 else (number + 1 if side == 1 else -1)
            groups[number].bottom = height(gap, number)
            groups[number + 1].top = height(gap, number + 1)
        else:
            free_gaps[number] = gap
    number = 0
    while number < last:
        chain: list[int] = []
        while number in free_gaps:
            chain.append(number)
            number += 1
        if chain:
            _balance_chain(pieces, groups, chain, free_gaps, owner)
        else:
            number += 1


def _side_by_major(major: str | None, above: str | None, below: str | None, default: int) -> int:
    """-1 above, 1 below, 2 neither (a different ref number), `default` when refs cannot tell."""
    if major is None:
        return default
    if above is not None and major == above and major != below:
        return -1
    if below is not None and major == below and major != above:
        return 1
    if (above is not None or below is not None) and major not in (above, below):
        return 2
    return default


@dataclass(frozen=True)
class _Shape:
    """A group's rows holding text: their height, and where (from their top) the middle
    of the text block may sit."""

    middle: float
    low: float
    high: float


def _shape(pieces: Sequence[Piece], group: _Group) -> _Shape:
    """Where the text block sits inside the rows that print it.

    The block is about `len(text) / THEME_CHARS_PER_LINE` lines tall (row heights
    are in lines too). With one row holding text, the block lies anywhere inside
    it. With several, each row holds a share of the block in proportion to its
    share of the text, which pins the block's middle.
    """
    rows = range(group.rows[0], group.rows[-1] + 1)
    middle = sum(pieces[r].height for r in rows)
    lengths = [len(pieces[r].text.strip()) for r in group.rows]
    total = max(1, sum(lengths))
    block = min(middle, max(0.5, total / THEME_CHARS_PER_LINE))
    if len(group.rows) == 1:
        return _Shape(middle, block / 2, middle - block / 2)
    first, last = pieces[group.rows[0]].height, pieces[group.rows[-1]].height
    from_top = first - block * lengths[0] / total + block / 2
    from_bottom = middle - last + block * lengths[-1] / total - block / 2
    centre = min(middle, max(0.0, (from_top + from_bottom) / 2))
    return _Shape(middle, centre, centre)


def _off_centre(top: float, shape: _Shape, bottom: float) -> float:
    """How far the middle of a merged cell lies from where its text block can sit (squared).

    Text in a vertically centred cell sits around the cell's middle.
    """
    centre = (top + shape.middle + bottom) / 2
    distance = max(0.0, top + shape.low - centre, centre - top - shape.high)
    return distance * distance


def _balance_chain(
    pieces: Sequence[Piece], groups: list[_Group], chain: list[int], gaps: dict[int, list[int]], owner: dict[int, int]
) -> None:
    """Split a run of free gaps between groups: a small dynamic programme over the splits.

    A split `s` gives the first `s` rows of a gap to the group above. The cost is
    the sum of `_off_centre` over the groups; ties go to the group above.
    """
    heights = [[pieces[r].height for r in gaps[n]] for n in chain]
    prefix = [[0.0, *accumulate(h)] for h in heights]
    shapes = {number: _shape(pieces, groups[number]) for number in (*chain, chain[-1] + 1)}

    def middle(number: int) -> _Shape:
        return shapes[number]

    def choices(size: int) -> Sequence[int]:
        return range(size, -1, -1) if size <= _MAX_GAP_FOR_SEARCH else [(size + 1) // 2]

    # best[k][s] = (least cost of the groups above gap k, the split of gap k - 1 that gives it)
    best: list[dict[int, tuple[float, int]]] = []
    for k, number in enumerate(chain):
        size = len(heights[k])
        table: dict[int, tuple[float, int]] = {}
        for split in choices(size):
            bottom = prefix[k][split]
            if k == 0:
                table[split] = (_off_centre(groups[number].top, middle(number), bottom), -1)
                continue
            candidate: tuple[float, int] | None = None
            for previous, (cost, _) in best[k - 1].items():
                top = prefix[k - 1][-1] - prefix[k - 1][previous]
                total = cost + _off_centre(top, middle(number), bottom)
                if candidate is None or total < candidate[0]:
                    candidate = (total, previous)
            assert candidate is not None
            table[split] = candidate
        best.append(table)
    closing = chain[-1] + 1
    final: tuple[float, int] | None = None
    for split, (cost, _) in best[-1].items():
        top = prefix[-1][-1] - prefix[-1][split]
        total = cost + _off_centre(top, middle(closing), groups[closing].bottom)
        if final is None or total < final[0]:
            final = (total, split)
    assert final is not None
    split = final[1]
    for k in range(len(chain) - 1, -1, -1):
        number = chain[k]
        for offset, row in enumerate(gaps[number]):
            owner[row] = number if offset < split else number + 1
        groups[number].bottom = prefix[k][split]
        groups[number + 1].top = prefix[k][-1] - prefix[k][split]
        split = best[k][split][1]
