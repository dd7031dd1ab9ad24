from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comparer.compare import build_corpus
from comparer.scoring import (
    PracticeOverlap,
    SamePillar,
    Scorer,
    SortedLemmaRatio,
    TfidfCosine,
    encode_tags,
    encode_terms,
    focus_tags,
    pillar_code,
)
from comparer.settings import ComparisonSettings
from schemas.plan import ActionPlan, Pillar

WORDS = ["mentor", "survey", "award", "~award", "registration", "~hub", "apprenticeship", "data", "x"]
TAGS = ["mentoring", "awards", "~awards", "technician_hub", "~technician_hub", "training_access", "unknown_tag"]

SCORERS: dict[str, Scorer] = {
    "lexical": SortedLemmaRatio(),
    "tfidf": TfidfCosine({"mentor": 2.0, "survey": 1.5, "award": 2.5}, 3.0, 0.3),
    "practice": PracticeOverlap(
        {"mentoring": 2.0, "awards": 2.2},
        3.0,
        {("awards", "technician_hub"): 0.3, ("technician_hub", "awards"): 0.3},
        0.3,
    ),
    "pillar": SamePillar(),
}
text = st.lists(st.sampled_from(WORDS + TAGS), max_size=8).map(" ".join)


@pytest.mark.parametrize("name", sorted(SCORERS), ids=sorted(SCORERS))
@settings(max_examples=60, deadline=None)
@given(a=text, b=text)
def test_every_scorer_is_symmetric_and_bounded(name: str, a: str, b: str) -> None:
    scorer = SCORERS[name]
    ab, ba = scorer(a, b), scorer(b, a)
    assert ab == pytest.approx(ba, abs=1e-9)
    assert 0.0 <= ab <= 100.0


@pytest.mark.parametrize("name", sorted(SCORERS), ids=sorted(SCORERS))
def test_score_cutoff_zeroes_low_scores(name: str) -> None:
    scorer = SCORERS[name]
    a, b = "mentor survey mentoring", "mentor award awards"
    value = scorer(a, b)
    assert scorer(a, b, score_cutoff=value) == value
    assert scorer(a, b, score_cutoff=value + 0.5) == 0.0


def test_identical_inputs_score_100() -> None:
    assert SCORERS["tfidf"]("mentor survey", "mentor survey") == pytest.approx(100.0)
    assert SCORERS["practice"]("mentoring awards", "mentoring awards") == pytest.approx(100.0)
    assert SCORERS["pillar"]("governance", "governance") == 100.0
    assert SCORERS["pillar"]("", "") == 0.0


def test_related_practices_earn_partial_credit() -> None:
    scorer = SCORERS["practice"]
    assert 0.0 < scorer("awards", "technician_hub") < 50.0
    assert scorer("awards", "mentoring") == 0.0


def test_fast_path_agrees_with_scorers(north: ActionPlan, south: ActionPlan) -> None:
    """Matrix scoring (numpy + cdist) equals the scorers applied pair by pair.

    Self-pairs are left out: the matrices keep only lemmas found in two or more actions
    (the others cannot be shared by two different actions), so only a self-pair differs.
    """
    settings = ComparisonSettings()
    corpus = build_corpus([north, south], settings)
    vectors = corpus.model.vectors(corpus.prepared)
    block = corpus.model.score_block(vectors, vectors)
    for a in corpus.prepared:
        for b in corpus.prepared:
            if a.index == b.index:
                continue
            slow = corpus.model.score_pair(a, b)
            fast = [block.lexical, block.tfidf, block.practice, block.pillar, block.total]
            got = [float(m[a.index, b.index]) for m in fast]
            want = [slow.lexical, slow.tfidf, slow.practice, slow.pillar, slow.total]
            assert got == pytest.approx(want, abs=1e-3), (a.action.text, b.action.text)
            pair = (np.array([a.index]), np.array([b.index]))
            assert bool(corpus.model.may_be_same(vectors, vectors, *pair)[0]) == slow.shared_focus
    assert np.allclose(block.total, block.total.T, atol=1e-4)


def test_encodings_of_prepared_actions(north: ActionPlan, south: ActionPlan) -> None:
    corpus = build_corpus([north, south], ComparisonSettings())
    mentoring = corpus.prepared[0]
    assert "mentoring" in encode_tags(mentoring).split()
    assert "mentor" in encode_terms(mentoring).split()
    assert pillar_code(mentoring) == "career_development"


def test_generic_words_alone_do_not_pair(make_plan) -> None:  # type: ignore[no-untyped-def]
    """Two actions sharing only words every plan uses ('technician', 'develop', 'support') score low."""
    a = make_plan("A", [(None, None, "Develop and support technicians across the university", [])])
    b = make_plan("B", [(None, None, "Technicians will be supported to develop further", [])])
    corpus = build_corpus([a, b], ComparisonSettings())
    parts = corpus.model.score_pair(corpus.prepared[0], corpus.prepared[1])
    assert parts.tfidf == 0.0
    assert parts.practice == 0.0
    assert parts.total < ComparisonSettings().related_threshold


FOCUS_ROWS: list[tuple[str | None, Pillar | None, str, list[str]]] = [
    ("1", None, "Establish a mentoring scheme for technicians", []),
    ("2", None, "Review the mentoring scheme for technicians", []),
    ("3", None, "Run a mentoring programme and publish a newsletter", []),
    ("4", None, "Fund places on leadership courses", []),
    ("5", None, "Plant trees by the car park", []),
    ("6", None, "Paint the corridor walls", []),
]


@pytest.fixture
def focus_corpus(make_plan):  # type: ignore[no-untyped-def]
    plans = [make_plan(f"P{n}", [row]) for n, row in enumerate(FOCUS_ROWS)]
    return build_corpus(plans, ComparisonSettings())


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        (0, 2, True),  # mentoring is the focus of both
        (0, 1, False),  # starting a scheme vs reviewing it
        (1, 2, False),  # reviewing a scheme vs running one (`review_apart`)
        (2, 3, False),  # mentoring vs leadership: no common focus
        (4, 5, True),  # neither names a practice: the words decide
        (0, 4, False),  # one names a practice, the other none
    ],
    ids=["same-focus", "new-vs-review", "review-vs-run", "different-focus", "both-untagged", "one-untagged"],
)
def test_shared_focus(focus_corpus, a: int, b: int, shared: bool) -> None:  # type: ignore[no-untyped-def]
    model = focus_corpus.model
    pa, pb = focus_corpus.prepared[a], focus_corpus.prepared[b]
    assert model.shared_focus(pa, pb) is shared
    assert model.shared_focus(pb, pa) is shared
    vectors = model.vectors(focus_corpus.prepared)
    assert bool(model.may_be_same(vectors, vectors, np.array([a]), np.array([b]))[0]) is shared


def test_focus_tags_keep_main_practices(make_plan) -> None:  # type: ignore[no-untyped-def]
    plan = make_plan("A", [(None, None, "Mentoring and mentors, mentees and coaching, plus one survey", [])])
    corpus = build_corpus([plan], ComparisonSettings())
    assert focus_tags(corpus.prepared[0], 0.5) == {"mentoring"}
    assert focus_tags(corpus.prepared[0], 0.1) == {"mentoring", "technician_survey"}


def test_untagged_pairs_are_scored_on_words_alone(make_plan) -> None:  # type: ignore[no-untyped-def]
    """With no practice named on either side, the practice part is left out of the mean, not counted as 0."""
    a = make_plan("A", [(None, None, "Plant oak trees by the north car park", [])])
    b = make_plan("B", [(None, None, "Plant oak trees near the north car park entrance", [])])
    corpus = build_corpus([a, b], ComparisonSettings())
    parts = corpus.model.score_pair(corpus.prepared[0], corpus.prepared[1])
    w = ComparisonSettings().weights
    expected = (w.lexical * parts.lexical + w.tfidf * parts.tfidf + w.pillar * parts.pillar) / (w.total - w.practice)
    assert parts.practice == 0.0
    assert parts.total == pytest.approx(expected)


@pytest.mark.parametrize("width", [0, 1, 56, 64, 65, 130], ids=lambda w: f"width={w}")
def test_pack_bits_sets_one_bit_per_flag(width: int) -> None:
    from comparer.scoring import pack_bits

    rng = np.random.default_rng(width)
    flags = rng.random((7, width)) < 0.3
    packed = pack_bits(flags.astype(np.float32))
    assert packed.dtype == np.uint64
    assert packed.shape == (7, max(1, -(-width // 64)))
    for row in range(7):
        for col in range(width):
            assert bool((int(packed[row, col // 64]) >> (col % 64)) & 1) == bool(flags[row, col])
    # two rows share a flag exactly when their bit sets intersect
    for i in range(7):
        for j in range(7):
            assert bool(np.any(packed[i] & packed[j])) == bool(np.any(flags[i] & flags[j]))


def test_reused_buffers_give_the_same_scores_as_fresh_arrays(north: ActionPlan, south: ActionPlan) -> None:
    """Blocks of different heights scored into one set of buffers, bit for bit as fresh arrays."""
    from comparer.scoring import BlockBuffers

    corpus = build_corpus([north, south], ComparisonSettings())
    vectors = corpus.model.vectors(corpus.prepared)
    buffers = BlockBuffers()
    n = len(corpus.prepared)
    for rows in [np.arange(n), np.arange(3), np.arange(2, n), np.array([n - 1, 0])]:
        left = vectors.take(rows)
        fresh = corpus.model.score_block(left, vectors)
        reused = corpus.model.score_block(left, vectors, buffers=buffers)
        for name in ("lexical", "tfidf", "practice", "pillar", "total"):
            got, want = getattr(reused, name), getattr(fresh, name)
            assert got.shape == want.shape == (len(rows), n)
            assert np.array_equal(got, want), name


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        ("Create an online web presence for technicians", "Develop the intranet hub for technicians", True),
        ("Nominate technicians for national awards", "Launch a new staff award for technicians", False),
        ("Encourage award winners to speak at events", "Nominate technicians for national awards", True),
    ],
    ids=["parent-child", "siblings", "child-parent"],
)
def test_a_broad_practice_may_be_the_same_as_a_narrower_one(make_plan, a: str, b: str, shared: bool) -> None:  # type: ignore[no-untyped-def]
    corpus = build_corpus(
        [make_plan("A", [(None, None, a, [])]), make_plan("B", [(None, None, b, [])])], ComparisonSettings()
    )
    assert corpus.model.score_pair(corpus.prepared[0], corpus.prepared[1]).shared_focus is shared
    vectors = corpus.model.vectors(corpus.prepared)
    rows, cols = np.array([0]), np.array([0])
    fast = corpus.model.may_be_same(vectors.take(np.array([0])), vectors.take(np.array([1])), rows, cols)
    assert bool(fast[0]) is shared


@pytest.mark.parametrize(
    ("a", "b", "default", "apart"),
    [
        ("Review the mentoring scheme for technicians", "Run a mentoring scheme for technicians", True, False),
        ("Review the mentoring scheme for technicians", "Refresh the mentoring scheme for technicians", True, True),
        ("Establish a mentoring scheme for technicians", "Review the mentoring scheme for technicians", False, False),
        ("Set a target for uptake of mentoring", "Launch a mentoring scheme for technicians", False, False),
    ],
    ids=["review-vs-doing", "review-vs-review", "new-vs-review", "grow-vs-new"],
)
def test_stages_that_clash(make_plan, a: str, b: str, default: bool, apart: bool) -> None:  # type: ignore[no-untyped-def]
    plans = [make_plan("A", [(None, None, a, [])]), make_plan("B", [(None, None, b, [])])]
    for chosen, expected in (
        (ComparisonSettings(review_apart=False), default),
        (ComparisonSettings(review_apart=True), apart),
    ):
        corpus = build_corpus(plans, chosen)
        assert corpus.model.score_pair(corpus.prepared[0], corpus.prepared[1]).shared_focus is expected
        vectors = corpus.model.vectors(corpus.prepared)
        one = np.array([0])
        fast = corpus.model.may_be_same(vectors.take(one), vectors.take(np.array([1])), one, one)
        assert bool(fast[0]) is expected
