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
        rule=np.zeros(n, dtype=np.int8),
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
    """Per action and other plan: counterparts >= related and within margin of the best (or strong), best first,
    at most 3."""
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
            kept = [
                c
                for c in cols
                if full[a, c] >= related
                and (full[a, c] >= best - settings.margin or full[a, c] >= settings.strong_same_threshold)
            ]
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


RULE_CASES = [
    # (near-best directions, score, may be the same) -> rule code
    ((2, 60.0, True), 1),  # each the other's best
    ((2, 60.0, False), 0),  # no shared focus: related
    ((2, 40.0, True), 0),  # below `same`
    ((1, 55.0, True), 2),  # many-to-one: one side's best
    ((1, 50.0, True), 0),  # one side's best but weak
    ((0, 70.0, True), 3),  # neither side's best but strong
    ((0, 58.0, True), 0),  # neither side's best, not strong enough
    ((0, 70.0, False), 0),
]


@pytest.mark.parametrize(("case", "expected"), RULE_CASES, ids=[str(c) for c, _ in RULE_CASES])
def test_same_rules(case: tuple[int, float, bool], expected: int) -> None:
    from comparer.assignment import same_rules
    from comparer.settings import ComparisonSettings

    settings = ComparisonSettings(same_threshold=52, one_way_same_threshold=52, strong_same_threshold=60)
    near, score, shared = case
    got = same_rules(
        np.array([near], dtype=np.int64), np.array([score], dtype=np.float32), np.array([shared]), settings
    )
    assert got.tolist() == [expected]


def test_many_to_one_is_same(make_plan) -> None:  # type: ignore[no-untyped-def]
    """Three registration actions against one: each pair is `same`, the reason names the rule."""
    from comparer.compare import compare
    from schemas.comparison import MatchKind, SameRule

    many = make_plan(
        "Many",
        [
            (None, None, "Pay professional registration fees for technicians", []),
            (None, None, "Run professional registration workshops with the Science Council", []),
            (None, None, "Become a professional registration employer champion", []),
            (None, None, "Hold an annual technician conference", []),
        ],
    )
    one = make_plan(
        "One",
        [
            (None, None, "Support technicians to gain professional registration", []),
            (None, None, "Publish a technician newsletter", []),
        ],
    )
    result = compare([many, one], {"one_way_same_threshold": 52.0, "strong_same_threshold": 60.0})
    same = [m for m in result.matches if m.kind == MatchKind.SAME]
    pairs = {(m.a.index, m.b.index) if m.a.institution == "Many" else (m.b.index, m.a.index) for m in same}
    assert {(0, 0), (1, 0), (2, 0)} <= pairs
    rules = {m.reason.rule for m in same}
    assert SameRule.MUTUAL in rules
    assert rules & {SameRule.ONE_WAY, SameRule.STRONG}
    assert all(m.reason.rule is None for m in result.matches if m.kind == MatchKind.RELATED)
