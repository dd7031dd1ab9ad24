"""Rules added for wordings of real plans: compound heads, objects used not made, lists of
examples, a review that also does the thing, and the terms for conference attendance and
acknowledgement. Texts are written for these tests."""

from __future__ import annotations

import numpy as np
import pytest
from tag_reading import tag_hits as _tags

from comparer.compare import compare
from comparer.settings import ComparisonSettings
from comparer.text import (
    ActionTextProcessor,
    activity_of,
    lead_object_of,
    objects_of,
    overlapped_by_head,
    prepare_action,
    used_not_made,
)
from schemas.comparison import MatchKind, SameRule
from schemas.plan import Action, Provenance


def test_overlapped_by_head_drops_the_left_part_of_a_compound() -> None:
    found = [("careers", 0, 2, ((0, 2),)), ("funding", 1, 4, ((1, 4),))]
    assert overlapped_by_head("careers", 0, 2, found)
    assert not overlapped_by_head("funding", 1, 4, found)
    # a gap term does not claim the words it skips
    assert not overlapped_by_head("careers", 0, 2, [("funding", 1, 6, ((1, 2), (5, 6)))])
    # a clause is no compound: "students meet the technicians" keeps "students meet"
    clause = [("profiles", 1, 4, ((1, 4),))]
    assert not overlapped_by_head("students", 0, 2, clause, [False, False, True, False])


def test_a_named_fund_is_a_funding_action(processor: ActionTextProcessor) -> None:
    tags = _tags(processor, "Technician Career Development Fund: money for courses and travel")
    assert "development_funding" in tags
    action = prepare_action(
        Action(text="Technician Career Development Fund: money for courses and travel", provenance=Provenance()),
        processor,
    )
    assert "development_funding" in action.tags


@pytest.mark.parametrize(
    ("text", "used"),
    [
        ("Utilise the faculty web pages to celebrate technicians", {"the", "faculty", "web", "pages"}),
        ("Use the hub and mailing lists for encouraging nominations", {"the", "hub", "and", "mailing", "lists"}),
        ("Build a web page for technicians", set()),
        ("Draw up a policy on crediting technical work", set()),
    ],
)
def test_used_not_made(processor: ActionTextProcessor, text: str, used: set[str]) -> None:
    doc = processor.docs([text])[0]
    flags = used_not_made(doc)
    assert {t.text for t, f in zip(doc, flags, strict=True) if f and t.lemma_ not in {"use", "utilise"}} == used


@pytest.mark.parametrize(
    ("text", "kinds", "lead"),
    [
        ("Utilise the faculty web pages to celebrate technicians", set(), None),
        ("Use the hub and mailing lists for encouraging award nominations", {"award"}, "award"),
        ("Build a web page for technicians", {"site"}, "site"),
    ],
)
def test_objects_used_are_not_made(
    processor: ActionTextProcessor, text: str, kinds: set[str], lead: str | None
) -> None:
    doc = processor.docs([text])[0]
    assert objects_of(doc) == kinds
    assert lead_object_of(doc) == lead


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Review and promote the success of the mentoring scheme", None),
        ("Reviewing the success of, and support for, study leave", None),
        ("Review and refine the terms of reference", "review"),
        ("Review the workshop induction and report to the board", "review"),
        ("Review the workshop induction", "review"),
    ],
)
def test_a_review_joined_to_doing_is_no_review_stage(
    processor: ActionTextProcessor, text: str, stage: str | None
) -> None:
    assert activity_of(processor.docs([text])[0]) == stage


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        ("Engagement routes opened, including a staff forum page, a newsletter and a blog on Twitter", True),
        ("New routes trialled, including short courses, lab swaps and job shadowing", True),
        ("Run a mentoring scheme, including training for mentors and a shadowing week", False),
        ("Opportunities offered, including short courses", False),
    ],
)
def test_lists_of_examples(processor: ActionTextProcessor, text: str, lists: bool) -> None:
    assert prepare_action(Action(text=text, provenance=Provenance()), processor).lists is lists


def test_same_rules_listed_code() -> None:
    from comparer.assignment import same_rules

    settings = ComparisonSettings(listed_same_threshold=40.0, object_same_threshold=45.0)
    got = same_rules(
        np.array([0, 0, 0, 2], dtype=np.int64),
        np.array([41.0, 39.0, 46.0, 60.0], dtype=np.float32),
        np.array([True, True, True, True]),
        settings,
        np.array([False, False, True, False]),
        np.array([True, True, True, True]),
    )
    assert got.tolist() == [5, 0, 4, 1]


def test_a_list_of_examples_is_same_as_each_item(make_plan) -> None:  # type: ignore[no-untyped-def]
    """One list action against three narrow ones: `same` as each by `listed_practice`, never when turned off."""
    listing = make_plan(
        "Lister",
        [(None, None, "New routes trialled, including short courses, lab swaps and job shadowing", [])],
    )
    narrow = make_plan(
        "Narrow",
        [
            (None, None, "Offer short courses in soldering and lathe work to all workshop staff", []),
            (None, None, "Arrange job shadowing between the physics and chemistry workshops", []),
            (None, None, "Hold a yearly away day for technicians", []),
        ],
    )
    strict = {"same_threshold": 90.0, "one_way_same_threshold": 90.0, "strong_same_threshold": 90.0}
    low = compare([listing, narrow], {**strict, "listed_same_threshold": 30.0, "object_same_threshold": 100.0})
    same = {
        m.b.index if m.a.institution == "Lister" else m.a.index: m.reason.rule
        for m in low.matches
        if m.kind == MatchKind.SAME
    }
    assert same == {0: SameRule.LISTED, 1: SameRule.LISTED}
    off = compare([listing, narrow], {**strict, "listed_same_threshold": 100.0, "object_same_threshold": 100.0})
    assert not [m for m in off.matches if m.kind == MatchKind.SAME]


@pytest.mark.parametrize(
    ("text", "practice"),
    [
        ("Tell technicians about relevant conferences and record their attendance", "external_conferences"),
        ("Agree a statement on acknowledgment of technical work in papers", "fair_attribution"),
        ("Record each technician's contribution to publications", "fair_attribution"),
    ],
)
def test_real_wordings_are_tagged(processor: ActionTextProcessor, text: str, practice: str) -> None:
    tags = _tags(processor, text)
    assert practice in tags
    assert tags[practice] == max(tags.values())


@pytest.mark.parametrize(
    ("a", "b", "may"),
    [
        ("Open a fund for technicians' registration fees", "Pay for short courses from a training fund", False),
        ("Open a fund for technicians' registration fees", "Pay the registration fees of technical staff", True),
        ("Ring-fence a development fund for technicians", "Pay for short courses from a training fund", True),
    ],
    ids=["two-funds-two-ends", "one-end", "fund-only"],
)
def test_a_shared_means_is_no_shared_purpose(make_plan, a: str, b: str, may: bool) -> None:  # type: ignore[no-untyped-def]
    """Two funds for two ends may not be the same; a fund that names no end still may."""
    from comparer.compare import build_corpus

    corpus = build_corpus(
        [make_plan("A", [(None, None, a, [])]), make_plan("B", [(None, None, b, [])])], ComparisonSettings()
    )
    left, right = corpus.prepared
    assert corpus.model.shared_focus(left, right) is may
    vectors = corpus.model.vectors(corpus.prepared)
    one = np.array([0], dtype=np.int64)
    fast = corpus.model.may_be_same(vectors.take(one), vectors.take(np.array([1], dtype=np.int64)), one, one)
    assert bool(fast[0]) is may


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Develop the internal website to showcase technicians' work", "site showcase"),
        ("Launch a web page as the go-to place for technicians' resources", "site resource"),
        ("Create an online web presence", "site"),
        ("Hold a yearly away day for technicians", "event"),
    ],
)
def test_a_site_carries_its_purpose(processor: ActionTextProcessor, text: str, lead: str) -> None:
    assert lead_object_of(processor.docs([text])[0]) == lead


def test_sites_of_two_purposes_clash_and_a_plain_site_meets_both() -> None:
    from comparer.scoring import kind_bits, objects_relation

    showcase, resource = frozenset({"site showcase"}), frozenset({"site resource"})
    assert objects_relation(showcase, resource) == "clash"
    assert objects_relation(frozenset({"site"}), showcase) == "same"
    assert objects_relation(frozenset({"site"}), resource) == "same"
    assert kind_bits("site") == kind_bits("site showcase") | kind_bits("site resource")
    assert kind_bits(None) == 0


@pytest.mark.parametrize(
    ("text", "means", "lead"),
    [
        (
            "Hold a yearly event on professional registration for technicians",
            {"technician_events"},
            "professional_registration",
        ),
        ("Organise a conference about mentoring for supervisors", {"technician_events"}, "mentoring"),
        ("Run an annual technician conference", set(), "technician_events"),
        ("Include technician representation on the faculty board", set(), "committee_representation"),
    ],
)
def test_an_event_about_another_practice_is_its_means(
    processor: ActionTextProcessor, text: str, means: set[str], lead: str
) -> None:
    reading = processor.read_tags(processor.docs([text])[0], lead_bonus=2)
    assert set(reading.means) & {"technician_events"} == means
    hits = dict(reading.hits)
    assert hits[lead] == max(hits.values())
