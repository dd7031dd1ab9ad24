"""Best counterparts: for each action and each other plan, the best-scoring action(s).

A directed edge a -> b is kept when b is in another plan, the pair scores at least the
`related` threshold and no more than `margin` below a's best counterpart in b's plan
(at most `max_counterparts` per plan). A pair is listed when either direction is kept.
It is `same` when both directions are kept (each is the other's best) and it scores at
least the `same` threshold; otherwise `related`. Many-to-one is allowed: two actions of
one plan may both have the same counterpart.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from comparer.blocking import CandidateBlock
from comparer.scoring import BlockScores
from comparer.settings import ComparisonSettings
from schemas.comparison import MatchKind

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DirectedEdges:
    """Kept a -> b edges with their score parts, as parallel arrays."""

    src: NDArray[np.int64]
    dst: NDArray[np.int64]
    lexical: NDArray[np.float32]
    tfidf: NDArray[np.float32]
    practice: NDArray[np.float32]
    pillar: NDArray[np.float32]
    total: NDArray[np.float32]

    @classmethod
    def concat(cls, parts: Iterable[DirectedEdges]) -> DirectedEdges:
        items = list(parts)
        if not items:
            empty_i = np.zeros(0, dtype=np.int64)
            empty_f = np.zeros(0, dtype=np.float32)
            return cls(empty_i, empty_i, empty_f, empty_f, empty_f, empty_f, empty_f)
        return cls(*(np.concatenate([getattr(e, f) for e in items]) for f in cls.__dataclass_fields__))


@dataclass(frozen=True)
class Assignment:
    a: int
    b: int
    kind: MatchKind
    lexical: float
    tfidf: float
    practice: float
    pillar: float
    score: float


def plan_segments(plans: NDArray[np.int64]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Start column of each plan's run and, per column, the number of its run.

    Actions are ordered plan by plan, so each plan is one contiguous run of columns.
    """
    if len(plans) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    change = np.flatnonzero(np.diff(plans)) + 1
    starts = np.concatenate([[0], change]).astype(np.int64)
    run_of_col = np.cumsum(np.isin(np.arange(len(plans)), starts)) - 1
    return starts, run_of_col.astype(np.int64)


def block_to_edges(
    block: CandidateBlock,
    scores: BlockScores,
    plans: NDArray[np.int64],
    settings: ComparisonSettings,
) -> DirectedEdges:
    """Keep, for each row action and each other plan, its best counterpart(s)."""
    cols_plans = plans[block.cols]
    starts, run_of_col = plan_segments(cols_plans)
    total = np.where(block.allowed, scores.total, np.float32(-1.0))
    best = np.maximum.reduceat(total, starts, axis=1)  # (rows, plans)
    best_of_col = best[:, run_of_col]
    keep = block.allowed & (total >= settings.related_threshold) & (total >= best_of_col - settings.margin)
    r, c = np.nonzero(keep)
    if len(r) and settings.max_counterparts:
        order = np.lexsort((block.cols[c], -total[r, c], run_of_col[c], r))
        r, c = r[order], c[order]
        group = r * (len(starts) + 1) + run_of_col[c]
        first = np.concatenate([[True], group[1:] != group[:-1]])
        group_start = np.maximum.accumulate(np.where(first, np.arange(len(group)), 0))
        rank = np.arange(len(group)) - group_start
        sel = rank < settings.max_counterparts
        r, c = r[sel], c[sel]
    return DirectedEdges(
        src=block.rows[r],
        dst=block.cols[c],
        lexical=scores.lexical[r, c],
        tfidf=scores.tfidf[r, c],
        practice=scores.practice[r, c],
        pillar=scores.pillar[r, c],
        total=scores.total[r, c],
    )


def assign_matches(edges: DirectedEdges, settings: ComparisonSettings) -> list[Assignment]:
    """Undirected matches from directed edges, sorted by (a, b) with a < b."""
    pairs: dict[tuple[int, int], list[int]] = {}
    for k, (s, d) in enumerate(zip(edges.src.tolist(), edges.dst.tolist(), strict=True)):
        pairs.setdefault((min(s, d), max(s, d)), []).append(k)
    out = []
    for (a, b), ks in sorted(pairs.items()):
        k = ks[0]
        score = float(edges.total[k])
        mutual = len(ks) > 1
        kind = MatchKind.SAME if mutual and score >= settings.same_threshold else MatchKind.RELATED
        out.append(
            Assignment(
                a=a,
                b=b,
                kind=kind,
                lexical=float(edges.lexical[k]),
                tfidf=float(edges.tfidf[k]),
                practice=float(edges.practice[k]),
                pillar=float(edges.pillar[k]),
                score=score,
            )
        )
    logger.debug("%d directed edges -> %d matches", len(edges.src), len(out))
    return out
