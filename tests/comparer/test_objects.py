"""The kind of object an action makes or runs, and how it decides `same` within a practice."""

from __future__ import annotations

import numpy as np
import pytest

from comparer.compare import build_corpus, compare
from comparer.scoring import is_umbrella, object_bits, objects_relation
from comparer.settings import ComparisonSettings
from comparer.text import ActionTextProcessor, lead_object_of, objects_of, prepare_action
from schemas.comparison import MatchKind, SameRule
from schemas.plan import Action, Provenance


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Launch a web page about the technical teams", {"site"}),
        ("Keep the technicians' intranet hub up to date", {"site"}),
        ("Hold a yearly away day for all technical staff", {"event"}),
        ("Run a spring conference for technicians", {"event"}),
        ("Publish a welcome brochure for new technicians", {"document"}),
        ("Write a code of practice on crediting technical work", {"document"}),
        ("Open a bursary pot for conference travel", {"fund", "event"}),
        ("Start a mailing list for laboratory staff", {"directory"}),
        ("Shoot short videos of the workshops' teams", {"film"}),  # workshops as places: `a_place_here`
        ("Appoint a technician champion in every school", {"champion"}),
        ("Encourage technicians to seek professional registration", set()),
        ("Adopt a fair attribution statement", set()),
        ("Listing technicians as co-authors where they qualify", set()),
    ],
)
def test_objects_of(processor: ActionTextProcessor, text: str, kinds: set[str]) -> None:
    assert objects_of(processor.docs([text])[0]) == frozenset(kinds)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Open a bursary pot for conference travel", "fund"),
        ("Guidance on moving between career pathways", "document"),
        ("Set up an email list and a newsletter", "directory"),
        ("Support technicians to attend conferences", "event"),
        ("Encourage technicians to seek professional registration", None),
        ("Offer a funded route to chartered status", None),
    ],
)
def test_lead_object_is_the_first_named(processor: ActionTextProcessor, text: str, lead: str | None) -> None:
    assert lead_object_of(processor.docs([text])[0]) == lead


def test_objects_relation() -> None:
    assert objects_relation(frozenset({"site"}), frozenset({"site", "event"})) == "same"
    assert objects_relation(frozenset({"document"}), frozenset({"site"})) == "clash"
    assert objects_relation(frozenset(), frozenset({"site"})) is None
    assert object_bits(frozenset({"site", "event"})) == object_bits(frozenset({"site"})) | object_bits(
        frozenset({"event"})
    )
    assert object_bits(frozenset()) == 0


@pytest.mark.parametrize(
    ("text", "umbrella"),
    [
        ("Offer mentoring and secondments to technicians", False),
        ("Financial help for training, conference attendance and professional registration", True),
    ],
)
def test_umbrella_lists_three_practices(processor: ActionTextProcessor, text: str, umbrella: bool) -> None:
    action = prepare_action(Action(text=text, provenance=Provenance()), processor)
    assert is_umbrella(action) is umbrella


@pytest.mark.parametrize(
    ("a", "b", "same_object", "apart", "together"),
    [
        ("Create a web page for technicians", "Keep the technicians' intranet hub up to date", True, True, True),
        (
            "Publish a handbook on professional registration",
            "Hold a professional registration event",
            False,
            False,
            True,
        ),
        ("Encourage technicians to seek registration", "Pay registration fees for technicians", False, True, True),
    ],
    ids=["same-object", "clash", "broad"],
)
def test_objects_in_the_focus_test(make_plan, a: str, b: str, same_object: bool, apart: bool, together: bool) -> None:  # type: ignore[no-untyped-def]
    """Different objects within one practice are never the same (with `objects_apart`); the fast
    path agrees with the slow one."""
    plans = [make_plan("A", [(None, None, a, [])]), make_plan("B", [(None, None, b, [])])]
    for chosen, expected in ((ComparisonSettings(), apart), (ComparisonSettings(objects_apart=False), together)):
        corpus = build_corpus(plans, chosen)
        slow = corpus.model.score_pair(corpus.prepared[0], corpus.prepared[1])
        assert slow.shared_focus is expected
        assert slow.same_object is same_object
        vectors = corpus.model.vectors(corpus.prepared)
        one, left, right = np.array([0]), vectors.take(np.array([0])), vectors.take(np.array([1]))
        assert bool(corpus.model.may_be_same(left, right, one, one)[0]) is expected
        assert bool(corpus.model.same_object(left, right, one, one)[0]) is same_object


def test_same_object_rule_makes_short_statements_same(make_plan) -> None:  # type: ignore[no-untyped-def]
    """Two short statements sharing a practice and an object, but few words, are `same` by `same_object`."""
    a = make_plan("A", [(None, None, "Create an online web presence", []), (None, None, "Hold a staff away day", [])])
    b = make_plan(
        "B",
        [
            (None, None, "Keep the technicians' intranet hub current with news and resources", []),
            (None, None, "Run an annual technicians' conference with a poster session", []),
        ],
    )
    low = compare([a, b], {"object_same_threshold": 30.0, "same_threshold": 90.0, "one_way_same_threshold": 90.0})
    rules = {m.reason.rule for m in low.matches if m.kind == MatchKind.SAME}
    assert rules == {SameRule.SAME_OBJECT}
    off = compare([a, b], {"object_same_threshold": 100.0, "same_threshold": 90.0, "one_way_same_threshold": 90.0})
    assert not [m for m in off.matches if m.kind == MatchKind.SAME]


def test_same_rules_object_code() -> None:
    from comparer.assignment import same_rules

    settings = ComparisonSettings(object_same_threshold=40.0)
    got = same_rules(
        np.array([0, 0, 2], dtype=np.int64),
        np.array([41.0, 39.0, 60.0], dtype=np.float32),
        np.array([True, True, True]),
        settings,
        np.array([True, True, True]),
    )
    assert got.tolist() == [4, 0, 1]
