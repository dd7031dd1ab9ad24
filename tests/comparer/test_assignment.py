from __future__ import annotations

import random

import numpy as np
import pytest

from comparer.assignment import MatchTable

SEEDS = [0, 1, 5, 42, 2024]


def _table(seed: int) -> MatchTable:
    rng = random.Random(seed)
    pairs = sorted({tuple(sorted(rng.sample(range(12), 2))) for _ in range(40)})
    n = len(pairs)
    scores = np.array([float(rng.randint(30, 90)) for _ in range(n)], dtype=np.float32)
    zeros = np.zeros(n, dtype=np.float32)
    return MatchTable(
        a=np.array([p[0] for p in pairs], dtype=np.int64),
        b=np.array([p[1] for p in pairs], dtype=np.int64),
        same=np.zeros(n, dtype=bool),
        lexical=zeros,
        tfidf=zeros,
        practice=zeros,
        pillar=zeros,
        score=scores,
    )


@pytest.mark.parametrize("seed", SEEDS, ids=[f"seed={s}" for s in SEEDS])
@pytest.mark.parametrize("cap", [1, 3], ids=["cap=1", "cap=3"])
def test_cap_keeps_each_actions_best_matches(seed: int, cap: int) -> None:
    """Oracle: per action, its matches (either side) best first, ties by position; keep the union of the heads."""
    table = _table(seed)
    expected: set[int] = set()
    for action in range(12):
        mine = [k for k in range(len(table)) if action in (int(table.a[k]), int(table.b[k]))]
        mine.sort(key=lambda k: (-float(table.score[k]), k))
        expected.update(mine[:cap])
    assert table.capped(cap).tolist() == sorted(expected)


def test_no_cap_keeps_everything() -> None:
    table = _table(0)
    assert table.capped(None).tolist() == list(range(len(table)))


@pytest.mark.parametrize("related", [0.0, 20.0], ids=["dense-candidates", "sparse-candidates"])
def test_block_edges_match_the_obvious_definition(north, south, make_plan, related: float) -> None:  # type: ignore[no-untyped-def]
    """Per action and other plan: counterparts >= related and within margin of the best, best first, at most 3."""
    from comparer.assignment import block_to_edges
    from comparer.blocking import candidate_blocks, plan_numbers
    from comparer.compare import build_corpus
    from comparer.settings import ComparisonSettings

    third = make_plan("West", [(None, None, "Mentor new technicians and survey them yearly", [])] * 2)
    settings = ComparisonSettings(related_threshold=related, same_threshold=max(related, 52.0), chunk_rows=4)
    corpus = build_corpus([north, south, third], settings)
    vectors = corpus.model.vectors(corpus.prepared)
    plans = plan_numbers(corpus.prepared)
    full = corpus.model.score_block(vectors, vectors).total
    got = set()
    for block in candidate_blocks(corpus.prepared, settings.chunk_rows):
        scores = corpus.model.score_block(vectors.take(block.rows), vectors.take(block.cols))
        edges = block_to_edges(block, scores, plans, settings)
        got.update(zip(edges.src.tolist(), edges.dst.tolist(), strict=True))
    expected = set()
    for a in range(len(plans)):
        for plan in sorted(set(plans.tolist()) - {int(plans[a])}):
            cols = [c for c in range(len(plans)) if plans[c] == plan]
            best = max(full[a, c] for c in cols)
            kept = [c for c in cols if full[a, c] >= related and full[a, c] >= best - settings.margin]
            kept.sort(key=lambda c: (-full[a, c], c))
            expected.update((a, c) for c in kept[: settings.max_counterparts])
    assert got == expected


def test_block_edges_do_not_depend_on_column_order(north, south, make_plan) -> None:  # type: ignore[no-untyped-def]
    """Columns reversed inside each plan: the same edges (ties still broken by action index)."""
    from comparer.assignment import block_to_edges
    from comparer.blocking import CandidateBlock, candidate_blocks, plan_numbers
    from comparer.compare import build_corpus
    from comparer.settings import ComparisonSettings

    third = make_plan("West", [(None, None, "Mentor new technicians and survey them yearly", [])] * 3)
    settings = ComparisonSettings(related_threshold=0.0, max_counterparts=1)
    corpus = build_corpus([north, south, third], settings)
    vectors = corpus.model.vectors(corpus.prepared)
    plans = plan_numbers(corpus.prepared)
    block = next(candidate_blocks(corpus.prepared, len(plans)))
    reversed_cols = np.concatenate([block.cols[plans == p][::-1] for p in np.unique(plans)])
    shuffled = CandidateBlock(
        rows=block.rows, cols=reversed_cols, row_plans=block.row_plans, col_plans=plans[reversed_cols]
    )

    def edges(b: CandidateBlock) -> set[tuple[int, int]]:
        scores = corpus.model.score_block(vectors.take(b.rows), vectors.take(b.cols))
        found = block_to_edges(b, scores, plans, settings)
        return set(zip(found.src.tolist(), found.dst.tolist(), strict=True))

    ascending = edges(block)
    assert edges(shuffled) == ascending
    west = [int(i) for i in np.flatnonzero(plans == plans[-1])]
    # the three identical West actions tie; the first of them is kept
    assert {dst for src, dst in ascending if src == 0 and dst in west} == {west[0]}
