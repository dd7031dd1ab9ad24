"""Rules added after reading a set of real published actions (round 11): terse statements, sector terms
and review stages any reader of a plan would read otherwise. Texts are written for these tests."""

from __future__ import annotations

import pytest
from tag_reading import main_practice
from tag_reading import tag_hits as _tags

from comparer.compare import compare
from comparer.scoring import ACTIVITY_CODES, ACTIVITY_CONFLICTS, REVIEW_APART, stage_conflicts
from comparer.settings import ComparisonSettings
from comparer.text import (
    ActionTextProcessor,
    TagReading,
    activity_of,
    listed_items,
    lists_examples,
    names_only_means,
    normalise_text,
    objects_of,
    prepare_action,
    reviews_and_revises,
    role_as_verb,
)
from schemas.comparison import MatchKind
from schemas.plan import Action, Provenance


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Grade descriptors for workshop staff looked over, reviewed and amended", "revise"),
        ("Review and amend the probation forms for glassblowers", "revise"),
        ("Review and update the role profiles of the museum technicians", "revise"),
        ("Review and refine the terms of reference of the steering group", "review"),
        ("Review the role profiles of the museum technicians", "review"),
        ("Terms of reference of the forum reviewed", "review"),
        ("Update the role profile library for the workshops", None),
    ],
)
def test_review_and_revise_is_a_stage_of_its_own(processor: ActionTextProcessor, text: str, stage: str) -> None:
    """A review joined to redoing the thing ("reviewed and amended", "review and update") is the *revise*
    stage; two review verbs of one meaning stay a review."""
    assert activity_of(processor.docs([text])[0]) == stage


def test_reviews_and_revises_reads_the_verb_after_and() -> None:
    assert reviews_and_revises(["review", "and", "update", "the", "form"])
    assert reviews_and_revises(["review", "and", "rewrite", "guidance"])
    assert not reviews_and_revises(["review", "and", "refine", "governance"])
    assert not reviews_and_revises(["review", "the", "form"])


def test_revise_meets_review_and_doing_but_not_starting() -> None:
    """Redoing something after looking at it is the same as reviewing it and as updating it, never as
    starting it."""
    table = stage_conflicts(ACTIVITY_CONFLICTS | REVIEW_APART)
    revise = ACTIVITY_CODES["revise"]
    assert not table[revise, ACTIVITY_CODES[None]]
    assert not table[revise, ACTIVITY_CODES["review"]]
    assert table[revise, ACTIVITY_CODES["new"]]
    assert table[ACTIVITY_CODES["review"], ACTIVITY_CODES[None]]


def test_reviewed_and_amended_profiles_are_the_same_as_updating_them(make_plan) -> None:  # type: ignore[no-untyped-def]
    plans = [
        make_plan("A", [(None, None, "Role profiles for glass technicians reviewed and amended", [])]),
        make_plan(
            "B",
            [
                (None, None, "Update the library of role profiles for glass and ceramics technicians", []),
                (None, None, "Offer cheaper parking to staff on night shifts", []),
            ],
        ),
    ]
    result = compare(plans, ComparisonSettings())
    same = [m for m in result.matches if m.kind == MatchKind.SAME]
    assert [(m.a.index, m.b.index) for m in same] == [(0, 0)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Go on to champion chartered status among the glassblowers", False),
        ("We will champion the Commitment at every faculty board", False),
        ("Champion registration across the workshops", False),
        ("Appoint a chartership champion in each faculty", True),
        ("Champions in each school to promote registration", True),
    ],
)
def test_champion_as_a_verb_names_no_role(processor: ActionTextProcessor, text: str, role: bool) -> None:
    """A verb "to champion" something speaks up for it; it appoints nobody, so it names no role object."""
    doc = processor.docs([text])[0]
    assert ("champion" in objects_of(doc)) == role
    assert any(role_as_verb(doc, k) for k in range(len(doc))) != role


def test_a_hashtag_is_a_social_media_campaign(processor: ActionTextProcessor) -> None:
    assert normalise_text("The #GlassIsGreat week") == "the hashtag glassisgreat week"
    assert normalise_text("Room #4 and C#") == "room #4 and c#"
    assert "social_media" in _tags(processor, "Visibility campaigns for curators such as #MuseumHands")


@pytest.mark.parametrize(
    ("text", "practice"),
    [
        ("Travel bursaries for the glassblowers", "external_conferences"),
        ("PgCAP places for teaching technicians in the art school", "teaching_recognition"),
        ("AFRET routes opened to workshop staff", "teaching_recognition"),
        ("Join forces with other signatories of the Commitment nearby", "regional_networks"),
        ("Set up a Commitment network for the island colleges of Scotland", "regional_networks"),
        ("Submit the self-assessment return every two years", "progress_reporting"),
        ("Provide a return on the first two years of the plan", "progress_reporting"),
        ("Refresh the externally facing workshop webpage", "public_web"),
        ("Introduction of a Glassblower of the Year prize", "staff_awards"),
    ],
)
def test_sector_terms_of_round_11(processor: ActionTextProcessor, text: str, practice: str) -> None:
    assert main_practice(processor, text) == practice


def test_paying_the_costs_is_funding(processor: ActionTextProcessor) -> None:
    text = "Glassblowers seeking chartership will be helped by payment of the first membership costs"
    assert "development_funding" in _tags(processor, text)


def test_a_career_stage_is_a_career_structure(processor: ActionTextProcessor) -> None:
    """Skills and experience set out for each career stage describe a career structure, as a roadmap does."""
    text = "Skills expected of glassblowers at each career stage written up and agreed"
    assert main_practice(processor, text) == "career_framework"


def test_teaching_recognition_routes_share_a_word(processor: ActionTextProcessor) -> None:
    """The named routes to recognition for teaching (HEA fellowship, AFRET, PgCAP) are folded onto one word for
    scoring, as the registers are onto "registration": two statements naming two routes share it."""
    texts = ["PgCAP places for demonstrating technicians", "Support workshop staff towards AFHEA"]
    readings = [processor.content_lemmas(doc) for doc in processor.docs(texts)]
    assert "fellowship" in readings[0]
    assert "fellowship" in readings[1]


def test_examples_of_a_statement_naming_only_means_are_what_it_is_about(processor: ActionTextProcessor) -> None:
    """A campaign (a channel) whose example is a hashtag is about social media too; a statement naming a
    practice of its own keeps its examples as context."""
    campaign = prepare_action(
        Action(text="Campaigns to make the workshops visible, such as #LabHands", provenance=Provenance()), processor
    )
    assert {"communications", "social_media"} <= set(campaign.tags)
    mentoring = prepare_action(
        Action(text="Mentoring for new glassblowers, such as #LabHands buddies", provenance=Provenance()), processor
    )
    assert "social_media" not in mentoring.tags
    reading = processor.read_tags(processor.docs(["Campaigns to make the workshops visible"])[0])
    assert names_only_means(reading, processor.means)


def test_a_return_is_a_report(processor: ActionTextProcessor) -> None:
    """A return to the sector body ("provide the annual return") is a progress report: the two share a word."""
    texts = ["Provide a return on the glassblowing actions every two years", "Annual progress report to the board"]
    readings = [processor.content_lemmas(doc) for doc in processor.docs(texts)]
    assert "report" in readings[0]
    assert "report" in readings[1]


def test_a_parent_beside_its_own_child_is_one_listed_item(processor: ActionTextProcessor) -> None:
    """Examples naming a broad practice and one of its own children name one thing, so they make no list;
    two practices of their own still do."""
    children = processor.children
    assert listed_items(["career_pathways", "career_framework"], children) == {"career_framework"}
    assert listed_items(["mentoring", "secondments"], children) == {"mentoring", "secondments"}
    one = TagReading(hits=(("career_framework", 1), ("career_pathways", 1)), means=frozenset())
    two = TagReading(hits=(("mentoring", 1), ("secondments", 1)), means=frozenset())
    none = TagReading(hits=(), means=frozenset())
    assert not lists_examples(none, one, children)
    assert lists_examples(none, two, children)
