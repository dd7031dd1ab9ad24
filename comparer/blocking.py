"""Which action pairs get scored: every pair from two different plans.

Pillars are soft evidence, so they never block a pair. The work is cut into row blocks
(`chunk_rows` actions against all actions) so that memory stays bounded while numpy
and rapidfuzz score each block at once; `allowed` masks the pairs inside one plan.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from comparer.text import PreparedAction

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CandidateBlock:
    """Rows `rows` against columns `cols` (action indices); `allowed[r, c]` marks a candidate."""

    rows: NDArray[np.int64]
    cols: NDArray[np.int64]
    allowed: NDArray[np.bool_]


def plan_numbers(prepared: Sequence[PreparedAction]) -> NDArray[np.int64]:
    return np.fromiter((p.plan for p in prepared), dtype=np.int64, count=len(prepared))


def candidate_blocks(prepared: Sequence[PreparedAction], chunk_rows: int = 1024) -> Iterator[CandidateBlock]:
    """Blocks of row actions against every action; pairs within one plan are masked out."""
    plans = plan_numbers(prepared)
    cols = np.arange(len(prepared), dtype=np.int64)
    for start in range(0, len(prepared), chunk_rows):
        rows = cols[start : start + chunk_rows]
        allowed = plans[rows][:, None] != plans[None, :]
        yield CandidateBlock(rows=rows, cols=cols, allowed=allowed)


def candidate_pairs(prepared: Sequence[PreparedAction]) -> Iterator[tuple[int, int]]:
    """The same candidates as (a, b) index pairs with a < b: the slow, obvious definition."""
    for a in prepared:
        for b in prepared:
            if a.index < b.index and a.plan != b.plan:
                yield a.index, b.index
