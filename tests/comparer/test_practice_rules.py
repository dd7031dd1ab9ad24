"""Rules of the fourth round: two actions mainly about one practice (`same_practice`). Texts are
written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from comparer.compare import build_corpus, compare
from comparer.settings import ComparisonSettings
from comparer.text import (
    ActionTextProcessor,
    activity_of,
    first_phrase_end,
    lead_object_of,
    names_a_figure,
    objects_of,
    prepare_action,
)
from schemas.comparison import MatchKind, SameRule
from schemas.plan import Action, ActionPlan, Provenance


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("Hold an open day for local schools in the workshops", {"outreach"}),
        ("Ask technicians each spring how the plan is going through a short survey", {"technician_survey"}),
        ("Nothing here names a practice", set()),
    ],
)
def test_main_tags_are_the_practices_named_most_often(
    processor: ActionTextProcessor, text: str, main: set[str]
) -> None:
    from comparer.scoring import main_tags

    assert main_tags(prepare_action(Action(text=text, provenance=Provenance()), processor)) == main


PRACTICE_CASES = [
    # (near-best directions, score, same main practice, TF-IDF part) -> rule code, same_threshold 52, discount 6
    ((2, 47.0, True, 12.0), 6),  # each the other's best, one main practice, a shared word
    ((2, 47.0, True, 0.0), 0),  # no shared word: the practice alone is not enough
    ((2, 47.0, False, 12.0), 0),  # two main practices
    ((1, 47.0, True, 12.0), 0),  # one side's best only
    ((2, 45.0, True, 12.0), 0),  # under the discounted floor
    ((2, 53.0, True, 12.0), 1),  # mutual_best names it first
]


@pytest.mark.parametrize(("case", "expected"), PRACTICE_CASES, ids=[str(c) for c, _ in PRACTICE_CASES])
def test_same_rules_practice_code(case: tuple[int, float, bool, float], expected: int) -> None:
    from comparer.assignment import same_rules

    near, score, main, tfidf = case
    got = same_rules(
        np.array([near], dtype=np.int64),
        np.array([score], dtype=np.float32),
        np.array([True]),
        ComparisonSettings(same_threshold=52.0, practice_same_discount=6.0),
        same_main=np.array([main]),
        tfidf=np.array([tfidf], dtype=np.float32),
    )
    assert got.tolist() == [expected]


def _plans(make_plan, a: str, b: str) -> list[ActionPlan]:  # type: ignore[no-untyped-def]
    return [
        make_plan("Upland", [(None, None, a, []), (None, None, "Hold a yearly away day for technicians", [])]),
        make_plan("Lowland", [(None, None, b, []), (None, None, "Pay professional registration fees", [])]),
    ]


@pytest.mark.parametrize(
    ("a", "b", "main"),
    [
        (
            "Hold an open day for local schools in the workshops",
            "Technicians to visit schools to talk of careers",
            True,
        ),
        ("Hold an open day for local schools in the workshops", "Pay professional registration fees", False),
    ],
    ids=["one-practice", "two-practices"],
)
def test_same_main_fast_path_agrees(make_plan, a: str, b: str, main: bool) -> None:  # type: ignore[no-untyped-def]
    corpus = build_corpus(_plans(make_plan, a, b), ComparisonSettings())
    left = corpus.prepared[0]
    right = next(p for p in corpus.prepared if p.action.text == b)
    assert corpus.model.same_main_practice(left, right) is main
    vectors = corpus.model.vectors(corpus.prepared)
    rows, cols = np.array([left.index], dtype=np.int64), np.array([right.index], dtype=np.int64)
    assert bool(corpus.model.same_main(vectors, vectors, rows, cols)[0]) is main


def test_two_short_actions_on_one_practice_are_same(make_plan) -> None:  # type: ignore[no-untyped-def]
    """An open day for schools and school visits: one practice, one shared word, a score under `same`;
    `same` when the rule is switched on."""
    plans = _plans(
        make_plan,
        "Hold an open day for local schools in the workshops",
        "Technicians to visit schools to talk about technical careers",
    )

    def kind(settings: dict[str, float]) -> tuple[MatchKind, SameRule | None]:
        result = compare(plans, settings)
        match = next(m for m in result.matches if m.a.index == 0 and m.b.index == 0)
        assert result.thresholds is not None
        assert match.score < result.thresholds.same
        return match.kind, match.reason.rule

    assert kind({"practice_same_discount": 6.0}) == (MatchKind.SAME, SameRule.SAME_PRACTICE)
    assert kind({}) == (MatchKind.SAME, SameRule.SAME_PRACTICE)  # on by default: the fit over ten sets
    assert kind({"practice_same_discount": 0.0}) == (MatchKind.RELATED, None)


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Increase the number of technicians on placements", None),
        ("Increase the number of technicians on placements to 12 a year", "grow"),
        ("Raise the proportion of women in technical roles by 5%", "grow"),
        ("Set a yearly target for technicians on placements", "grow"),
    ],
    ids=["more", "more-to-a-figure", "percentage", "target"],
)
def test_more_of_a_thing_is_no_stage_without_a_figure(processor: ActionTextProcessor, text: str, stage: str) -> None:
    assert activity_of(processor.docs([text])[0]) == stage


def test_names_a_figure() -> None:
    assert names_a_figure(["raise", "to", "40"])
    assert names_a_figure(["by", "5", "%"])
    assert not names_a_figure(["increase", "the", "number", "of", "apprentice"])


@pytest.mark.parametrize(
    ("a", "may"),
    [("Increase the number of technicians on placements", True), ("Set a yearly target for placements", False)],
    ids=["more", "target"],
)
def test_more_of_a_thing_meets_starting_it(make_plan, a: str, may: bool) -> None:  # type: ignore[no-untyped-def]
    """Asking for more placements and launching a placement scheme may be the same; a target for an
    existing scheme and launching one may not."""
    plans = [
        make_plan("Upland", [(None, None, a, [])]),
        make_plan("Lowland", [(None, None, "Launch a placement scheme for technicians", [])]),
    ]
    corpus = build_corpus(plans, ComparisonSettings())
    left, right = corpus.prepared
    assert corpus.model.shared_focus(left, right) is may


@pytest.mark.parametrize(
    "text",
    ["Check every two years that the forum's terms still fit its work", "Revisit the workload model with team leaders"],
)
def test_check_and_revisit_are_review_verbs(processor: ActionTextProcessor, text: str) -> None:
    """A reader of "Check that ..." or "Revisit ..." sees something that exists looked at again."""
    assert activity_of(processor.docs([text])[0]) == "review"


@pytest.mark.parametrize(
    ("b", "apart"),
    [
        ("Encourage nominations of technicians for national awards; promote the staff awards too", True),
        ("Celebrate technicians who win awards", False),
    ],
    ids=["own-award-vs-nominations", "child-vs-parent"],
)
def test_two_children_of_one_parent_are_apart(make_plan, b: str, apart: bool) -> None:  # type: ignore[no-untyped-def]
    """An own award and nominations for awards are two kinds of one thing, though the nominations
    action mentions the staff awards in passing; an award and the broad "awards" may still be the same."""
    plans = [
        make_plan("Upland", [(None, None, "Launch a Technician Medal as part of the staff awards", [])]),
        make_plan("Lowland", [(None, None, b, [])]),
    ]
    corpus = build_corpus(plans, ComparisonSettings())
    left, right = corpus.prepared
    assert corpus.model.siblings_apart(left, right) is apart
    assert corpus.model.shared_focus(left, right) is not apart
    vectors = corpus.model.vectors(corpus.prepared)
    one = np.array([0], dtype=np.int64)
    fast = corpus.model.may_be_same(vectors.take(one), vectors.take(np.array([1], dtype=np.int64)), one, one)
    assert bool(fast[0]) is not apart


def test_ethnic_minority_wordings_meet(processor: ActionTextProcessor) -> None:
    """The sector writes one group of people several ways; each folds onto one word, so two actions
    about it share that word."""
    docs = processor.docs(["Mentoring for Black, Asian and minority ethnic technicians", "A network for BME staff"])
    first, second = (set(processor.content_lemmas(doc)) for doc in docs)
    assert "bame" in first & second


@pytest.mark.parametrize(
    "text",
    ["Job shadowing and mentoring scheme launched for technicians", "Set up a shadowing / mentoring process"],
)
def test_practices_named_together_at_the_head_both_lead(processor: ActionTextProcessor, text: str) -> None:
    hits = dict(processor.read_tags(processor.docs([text])[0], lead_bonus=2).hits)
    assert hits["mentoring"] == hits["secondments"]


def test_a_practice_named_later_does_not_lead(processor: ActionTextProcessor) -> None:
    hits = dict(processor.read_tags(processor.docs(["Job shadowing for technicians, with mentoring"])[0], 2).hits)
    assert hits["secondments"] > hits["mentoring"]


@pytest.mark.parametrize(
    ("text", "practice"),
    [
        ("Host a yearly technician symposium with posters from each faculty", "technician_events"),
        ("Send two technicians a year to the national technician symposium", "external_conferences"),
    ],
    ids=["held-here", "attended"],
)
def test_a_symposium_held_is_an_own_event(processor: ActionTextProcessor, text: str, practice: str) -> None:
    hits = dict(processor.read_tags(processor.docs([text])[0], lead_bonus=2).hits)
    assert max(hits, key=lambda tag: hits[tag]) == practice


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("An appraisal process for technicians, helping to steer the development fund", None),
        ("Looking at the take-up of, and help with, the bursary scheme", "fund"),
        ("A bursary pot for conference travel; reported each term", "fund"),
    ],
    ids=["later-phrase", "coordinated-commas", "clause-mark"],
)
def test_the_lead_object_is_named_in_the_first_phrase(
    processor: ActionTextProcessor, text: str, lead: str | None
) -> None:
    doc = processor.docs([text])[0]
    assert lead_object_of(doc) == lead
    assert "fund" in objects_of(doc)  # a later phrase still names what the action touches


def test_first_phrase_end(processor: ActionTextProcessor) -> None:
    doc = processor.docs(["Run a survey, then report; share it"])[0]
    assert doc[first_phrase_end(doc)].text == ","
    whole = processor.docs(["Run a survey every spring"])[0]
    assert first_phrase_end(whole) == len(whole)
