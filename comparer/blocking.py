"""Which action pairs get scored: every pair from two different plans.

Pillars are soft evidence, so they never block a pair. The work is cut into row blocks
(`chunk_rows` actions against all actions) so that memory stays bounded while numpy
and rapidfuzz score each block at once; the pairs inside one plan are rectangles of a
block (`own_plan_cells`), masked in place.
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
    """Rows `rows` against columns `cols` (action indices); pairs within one plan are no candidates.

    Actions are ordered plan by plan, so the pairs within one plan are rectangles:
    `own_plan_cells` lists them, and `allowed` is the full mask (for tests and small inputs).
    """

    rows: NDArray[np.int64]
    cols: NDArray[np.int64]
    row_plans: NDArray[np.int64]
    col_plans: NDArray[np.int64]

    @property
    def allowed(self) -> NDArray[np.bool_]:
        mask: NDArray[np.bool_] = self.row_plans[:, None] != self.col_plans[None, :]
        return mask

    def own_plan_cells(self) -> list[tuple[slice, slice]]:
        """(row slice, column slice) of every rectangle of pairs within one plan."""
        cells = []
        for plan in np.unique(self.row_plans).tolist():
            r = np.flatnonzero(self.row_plans == plan)
            c = np.flatnonzero(self.col_plans == plan)
            if len(r) and len(c):
                cells.append((slice(int(r[0]), int(r[-1]) + 1), slice(int(c[0]), int(c[-1]) + 1)))
        return cells


def plan_numbers(prepared: Sequence[PreparedAction]) -> NDArray[np.int64]:
    return np.fromiter((p.plan for p in prepared), dtype=np.int64, count=len(prepared))


def candidate_blocks(prepared: Sequence[PreparedAction], chunk_rows: int = 256) -> Iterator[CandidateBlock]:
    """Blocks of row actions against every action; pairs within one plan are left out."""
    plans = plan_numbers(prepared)
    if len(plans) and np.any(np.diff(plans) < 0):
        raise ValueError("prepared actions must be ordered plan by plan")
    cols = np.arange(len(prepared), dtype=np.int64)
    for start in range(0, len(prepared), chunk_rows):
        rows = cols[start : start + chunk_rows]
        yield CandidateBlock(rows=rows, cols=cols, row_plans=plans[rows], col_plans=plans)


def candidate_pairs(prepared: Sequence[PreparedAction]) -> Iterator[tuple[int, int]]:
    """The same candidates as (a, b) index pairs with a < b: the slow, obvious definition."""
    for a in prepared:
        for b in prepared:
            if a.index < b.index and a.plan != b.plan:
                yield a.index, b.index
