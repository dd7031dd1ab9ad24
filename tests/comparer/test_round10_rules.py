"""Rules added after reading the ninth held-out alignment set (with the first eight and the real pages
beside it): causes found on at least two sets. Texts are written for these tests."""

from __future__ import annotations

import numpy as np
import pytest
from tag_reading import tag_hits as _tags

from comparer.compare import compare
from comparer.scoring import objects_relation
from comparer.settings import ComparisonSettings
from comparer.text import ActionTextProcessor, lead_object_of, names_open_class, prepare_action
from schemas.comparison import MatchKind, SameRule
from schemas.plan import Action, Provenance


@pytest.mark.parametrize(
    ("text", "open_class"),
    [
        ("Use noticeboards or other means of everyday communication to reach workshop staff", True),
        ("Share news by e-mail, or any other channels that suit each site", True),
        ("Offer placements, shadowing and other forms of learning on the job", True),
        ("Launch a monthly bulletin for laboratory staff", False),
        ("Pay for courses and conferences, and other costs agreed with the manager", False),
    ],
)
def test_names_open_class(processor: ActionTextProcessor, text: str, open_class: bool) -> None:
    assert names_open_class(text) is open_class
    assert prepare_action(Action(text=text, provenance=Provenance()), processor).open_class is open_class


def test_same_rules_open_class_code() -> None:
    from comparer.assignment import same_rules

    settings = ComparisonSettings(open_same_threshold=31.0, listed_same_threshold=40.0)
    got = same_rules(
        np.array([1, 1, 1, 0], dtype=np.int64),
        np.array([33.0, 30.0, 33.0, 33.0], dtype=np.float32),
        np.array([True, True, False, True]),
        settings,
        np.zeros(4, dtype=bool),
        np.zeros(4, dtype=bool),
        opened=np.array([True, True, True, False]),
    )
    assert got.tolist() == [5, 0, 0, 0]


def test_an_open_class_is_same_as_each_channel_it_covers(make_plan) -> None:  # type: ignore[no-untyped-def]
    """A statement naming any means of communication is the same as a newsletter or a mailing list, from the
    open-class floor; a statement naming no channel (stories about staff) is no member of it."""
    broad = make_plan(
        "Broad",
        [(None, None, "Use noticeboards or other means of general communication to reach workshop staff", [])],
    )
    narrow = make_plan(
        "Narrow",
        [
            (None, None, "Start a termly newsletter for workshop staff", []),
            (None, None, "Set up a mailing list of all laboratory staff", []),
        ],
    )
    strict = {
        "same_threshold": 90.0,
        "one_way_same_threshold": 90.0,
        "strong_same_threshold": 90.0,
        "object_same_threshold": 100.0,
        "listed_same_threshold": 100.0,
    }
    low = compare([broad, narrow], {**strict, "related_threshold": 20.0, "open_same_threshold": 20.0})
    same = {
        m.b.index if m.a.institution == "Broad" else m.a.index: m.reason.rule
        for m in low.matches
        if m.kind == MatchKind.SAME
    }
    assert same == {0: SameRule.LISTED, 1: SameRule.LISTED}
    off = compare([broad, narrow], {**strict, "related_threshold": 20.0, "open_same_threshold": 100.0})
    assert not [m for m in off.matches if m.kind == MatchKind.SAME]


def test_a_member_of_an_open_class_names_a_channel(make_plan) -> None:  # type: ignore[no-untyped-def]
    """The open class meets an action making a channel (a newsletter), not one naming none (stories)."""
    from comparer.compare import build_corpus

    plans = [
        make_plan("Broad", [(None, None, "Use noticeboards or other means of general communication with staff", [])]),
        make_plan(
            "Narrow",
            [
                (None, None, "Start a termly newsletter for workshop staff", []),
                (None, None, "Tell stories of workshop staff and their successes", []),
            ],
        ),
    ]
    corpus = build_corpus(plans, ComparisonSettings(), min_plans=2)
    vectors = corpus.model.vectors(corpus.prepared)
    rows, cols = np.array([0, 0], dtype=np.int64), np.array([1, 2], dtype=np.int64)
    assert corpus.model.opened(vectors, vectors, rows, cols).tolist() == [True, False]
    assert corpus.model.opened(vectors, vectors, cols, rows).tolist() == [True, False]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Induction - welcome messages from the technical office to each new starter", "message"),
        ("Send a welcome letter to every new workshop assistant", "message"),
        ("Induction checklist for new laboratory staff, signed off within a month", "document"),
        ("Induction for new starters with a buddy and a tour of the stores", None),
    ],
)
def test_welcome_messages_and_checklists_are_objects(processor: ActionTextProcessor, text: str, lead: str) -> None:
    """A welcome message sent to starters and an induction checklist are two things an induction action
    makes; an induction naming neither makes no object of its own."""
    assert lead_object_of(processor.docs([text])[0]) == lead


def test_a_welcome_message_is_not_the_induction_checklist(processor: ActionTextProcessor) -> None:
    def objects(text: str) -> frozenset[str]:
        return prepare_action(Action(text=text, provenance=Provenance()), processor).objects

    message = objects("Induction - welcome messages from the technical office to each new starter")
    checklist = objects("Induction checklist for new laboratory staff, signed off within a month")
    broad = objects("Induction for new starters with a buddy and a tour of the stores")
    assert objects_relation(message, checklist) == "clash"
    assert objects_relation(message, broad) != "clash"
    assert objects_relation(checklist, broad) != "clash"


def test_a_child_term_inside_its_parents_term_is_kept(processor: ActionTextProcessor) -> None:
    """ "join ... network" names outside networks broadly; "regional ... network" inside it says which kind."""
    assert processor.refines("regional_networks", "external_networks")
    assert not processor.refines("external_networks", "regional_networks")
    assert not processor.refines("induction", "external_networks")
    joined = _tags(processor, "Join the Welsh regional technician network and host its spring meeting")
    assert "regional_networks" in joined
    assert "external_networks" in joined
    # without the parent's longer term the child reads alone, as before
    assert set(_tags(processor, "Take part in the regional technician network each year")) == {"regional_networks"}


def test_a_communications_plan_is_a_document_about_its_channels(processor: ActionTextProcessor) -> None:
    """A communications plan covering the intranet and a newsletter makes the plan, not a site: it clashes with
    building a site and still names a thing it makes."""

    def objects(text: str) -> frozenset[str]:
        return prepare_action(Action(text=text, provenance=Provenance()), processor).objects

    plan = objects("Communications plan for the Commitment covering team briefings, the intranet and a newsletter")
    assert plan == frozenset({"document"})
    assert objects_relation(plan, objects("Build an intranet hub for workshop staff")) == "clash"
