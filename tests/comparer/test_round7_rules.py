"""Rules added after reading the fourth held-out alignment set (with the first three beside it): causes
found on at least two sets. Texts are written for these tests."""

from __future__ import annotations

import numpy as np
import pytest
from tag_reading import tag_hits as _tags

from comparer.compare import build_corpus
from comparer.scoring import is_umbrella, objects_relation
from comparer.settings import ComparisonSettings
from comparer.text import (
    ActionTextProcessor,
    award_scope,
    document_topic,
    listed_practices,
    names_a_kind,
    objects_of,
    prepare_action,
)
from schemas.plan import Action, Provenance


@pytest.mark.parametrize(
    "text",
    [
        "A small grants pot for workshops, short courses, conferences and membership fees of technicians.",
        "Cover the conference fees of technicians whose posters are accepted.",
        "Help engineers to present at regional and international materials conferences each year.",
        "Encourage technicians to speak at sector conferences about their instrument work.",
    ],
)
def test_a_conference_technicians_go_to_is_attended_not_run(processor: ActionTextProcessor, text: str) -> None:
    tags = _tags(processor, text)
    assert "external_conferences" in tags
    assert "technician_events" not in tags


@pytest.mark.parametrize(
    "text",
    [
        "Hold a yearly conference for the technical staff of all four campuses.",
        "Run a technicians' conference with a poster session every spring.",
    ],
)
def test_a_conference_the_institution_holds_is_still_an_event(processor: ActionTextProcessor, text: str) -> None:
    tags = _tags(processor, text)
    assert "technician_events" in tags
    assert "external_conferences" not in tags


def test_national_bodies_named_with_a_qualifier_are_outside_networks(processor: ActionTextProcessor) -> None:
    tags = _tags(processor, "Stay in contact with the national technical bodies and their regional groups.")
    assert max(sorted(tags), key=lambda t: tags[t]) == "external_networks"
    assert "technician_network" not in tags


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("A travel pot for short courses, conference fees and professional body membership", 3),
        ("Financial help for training, conference attendance and professional registration", 3),
        ("Registration for trainee scientists: study leave and portfolio support", 1),
        ("Departmental funding for registration, agreed by the line manager each year", 1),
    ],
)
def test_listed_practices_counts_a_list_only(processor: ActionTextProcessor, text: str, listed: int) -> None:
    doc = processor.docs([text])[0]
    spans: dict[str, list[tuple[int, int]]] = {}
    reading = processor.read_tags(doc, lead_bonus=2)
    assert reading.listed == listed
    assert listed_practices(doc, spans) == 0


def test_three_practices_not_listed_make_no_umbrella(processor: ActionTextProcessor) -> None:
    text = "Registration for trainee scientists: protected time, a training officer and help with the portfolio"
    action = prepare_action(Action(text=text, provenance=Provenance()), processor)
    assert len(action.tags) >= 3
    assert not is_umbrella(action)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Study leave for technicians writing their registration portfolio", {"time"}),
        ("Give apprentices protected time for college work", {"time"}),
        ("A funded route to chartered status", set()),
    ],
)
def test_time_given_is_a_kind_of_object(processor: ActionTextProcessor, text: str, kinds: set[str]) -> None:
    assert objects_of(processor.docs([text])[0]) == frozenset(kinds)


def test_a_participle_opens_a_two_word_kind(processor: ActionTextProcessor) -> None:
    doc = processor.docs(["Protected time for study"])[0]
    assert names_a_kind(doc, 0)
    assert not names_a_kind(processor.docs(["Funded places"])[0], 0)


def test_time_given_and_a_fund_for_one_end_are_two_ways(make_plan) -> None:  # type: ignore[no-untyped-def]
    """Study leave for registration and a registration fund clash as objects (related, not the same),
    in the fast path as in the slow one, once the study-leave action is read as no umbrella."""
    a = "Registration for trainee scientists: study leave and help from a training officer with the portfolio"
    b = "Departmental money for technicians to pay their professional registration fees"
    plans = [make_plan("A", [(None, None, a, [])]), make_plan("B", [(None, None, b, [])])]
    corpus = build_corpus(plans, ComparisonSettings())
    slow = corpus.model.score_pair(corpus.prepared[0], corpus.prepared[1])
    assert not slow.shared_focus
    vectors = corpus.model.vectors(corpus.prepared)
    one, left, right = np.array([0]), vectors.take(np.array([0])), vectors.take(np.array([1]))
    assert not bool(corpus.model.may_be_same(left, right, one, one)[0])


@pytest.mark.parametrize(
    ("text", "topic", "kinds"),
    [
        ("Guidance for line managers on the routes between the technical and teaching pathways", True, {"document"}),
        ("A crediting policy, published on the technicians' intranet pages", True, {"document"}),
        ("Build a career ladder for workshop staff, with guidance on it", False, {"career structure", "document"}),
        ("Set up a web page and a newsletter for technicians", False, {"site", "directory"}),
    ],
)
def test_a_lead_document_makes_only_itself(
    processor: ActionTextProcessor, text: str, topic: bool, kinds: set[str]
) -> None:
    doc = processor.docs([text])[0]
    assert document_topic(doc) is topic
    assert objects_of(doc) == frozenset(kinds)


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Put technicians forward for the institutional excellence prizes", "internal"),
        ("Promote the university's long-service awards to workshop teams", "internal"),
        ("Enter engineering technicians for sector awards every spring", "external"),
        ("Nominate technicians for local and national awards", None),
        ("Encourage award nominations among the technical teams", None),
    ],
)
def test_award_scope(processor: ActionTextProcessor, text: str, scope: str | None) -> None:
    doc = processor.docs([text])[0]
    assert award_scope([t.lemma_ for t in doc]) == scope


def test_nominations_for_own_and_outside_awards_clash(processor: ActionTextProcessor) -> None:
    def kinds(text: str) -> frozenset[str]:
        return objects_of(processor.docs([text])[0])

    internal = kinds("Encourage nominations for the internal staff awards each term")
    external = kinds("Nominate technicians for external awards each year")
    either = kinds("Nominate technicians for local and national awards")
    assert internal == {"award internal"}
    assert external == {"award external"}
    assert objects_relation(internal, external) == "clash"
    assert objects_relation(either, internal) == "same"
    assert objects_relation(either, external) == "same"
