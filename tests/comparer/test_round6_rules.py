"""Rules added after reading the third held-out alignment set: an opening noun is no verb, a one-word
heading still gives way, "review and update" stays a review, "with a view to" states a review's
change, spreading knowledge of a thing makes none, and sector wordings the taxonomy lacked. Texts
are written for these tests."""

from __future__ import annotations

import pytest
from tag_reading import main_practice
from tag_reading import tag_hits as _tags

from comparer.text import (
    ActionTextProcessor,
    a_place_here,
    activity_of,
    audience_marks,
    known_not_made,
    lead_object_of,
    objects_of,
    opens_heading,
    reads_as_verb,
    reviews_and_does,
    reviews_to_change,
)


@pytest.mark.parametrize(
    ("word", "verb"),
    [("Mentor", True), ("Train", True), ("Induction", False), ("Recruitment", False), ("Secondments", False)],
)
def test_an_opening_noun_made_from_a_verb_is_no_verb(processor: ActionTextProcessor, word: str, verb: bool) -> None:
    doc = processor.docs([f"{word} for the new workshop team"])[0]
    assert reads_as_verb(doc[0]) is verb


def test_an_action_opening_with_its_practice_as_a_noun_leads_with_it(processor: ActionTextProcessor) -> None:
    text = "Induction for new laboratory staff, with a buddy for the first month and a tour of the stores."
    assert main_practice(processor, text) == "induction"


def test_an_opening_verb_still_gives_way(processor: ActionTextProcessor) -> None:
    text = "Mentor school pupils on work experience in the engineering workshops"
    assert main_practice(processor, text) == "outreach"


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Recruitment - Promote our signatory status in every job advert", True),
        ("Induction: a welcome pack for every new starter", True),
        ("Induction for every new starter", False),
    ],
)
def test_a_one_word_heading(processor: ActionTextProcessor, text: str, heading: bool) -> None:
    assert opens_heading(processor.docs([text])[0]) is heading


def test_a_heading_gives_way_to_what_the_statement_does(processor: ActionTextProcessor) -> None:
    text = "Recruitment - Promote our signatory status in every job advert"
    assert main_practice(processor, text) == "recruitment_branding"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # Since round 11 the *revise* stage, which meets a review as well as the doing (test_round11_rules).
        ("Review and update the action plan each year with the technicians' working group", "revise"),
        ("Review and amend the terms of reference of the steering group", "revise"),
        ("Review and refine the terms of reference of the steering group", "review"),
        ("Review and publicise the outcomes of the mentoring scheme", None),
    ],
)
def test_review_and_update_stays_a_review(processor: ActionTextProcessor, text: str, stage: str | None) -> None:
    assert activity_of(processor.docs([text])[0]) == stage


def test_reviews_and_does_reads_revisers_as_review() -> None:
    assert not reviews_and_does(["and", "update", "the", "plan"])
    assert reviews_and_does(["and", "publicise", "the", "result"])


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Review the fixed-term contracts of long-serving technicians with a view to making them permanent", None),
        ("Review the fixed-term contracts of long-serving technicians", "review"),
    ],
)
def test_with_a_view_to_states_the_change(processor: ActionTextProcessor, text: str, stage: str | None) -> None:
    assert activity_of(processor.docs([text])[0]) == stage


def test_reviews_to_change_reads_with_a_view_to() -> None:
    assert reviews_to_change(["the", "contract", "with", "a", "view", "to", "move", "staff"])
    assert not reviews_to_change(["the", "view", "of", "staff", "with", "a", "plan"])


@pytest.mark.parametrize(
    "text",
    [
        "Brief line managers and promote a better understanding of the technical career pathway",
        "Raise awareness of the career framework among heads of department",
    ],
)
def test_spreading_knowledge_of_a_thing_makes_none(processor: ActionTextProcessor, text: str) -> None:
    doc = processor.docs([text])[0]
    assert "career structure" not in objects_of(doc)
    assert lead_object_of(doc) != "career structure"
    assert any(known_not_made(doc, k) for k in range(len(doc)))


def test_a_pathway_the_action_makes_is_still_one(processor: ActionTextProcessor) -> None:
    doc = processor.docs(["Produce a technical career pathway for every job family"])[0]
    assert "career structure" in objects_of(doc)


def test_registration_designations_fold_onto_registration(processor: ActionTextProcessor) -> None:
    doc = processor.docs(["Help staff gain RSciTech or CEng, with the school paying the fees"])[0]
    assert "registration" in processor.content_lemmas(doc)


@pytest.mark.parametrize(
    ("text", "practice"),
    [
        ("Publish data on the technical workforce by grade and gender every spring", "workforce_data"),
        ("Every technician to have a yearly review conversation with their manager", "appraisal"),
        ("A clear route from grade 3 to grade 6 for workshop technicians", "career_framework"),
        ("Open the discretionary contribution awards to technical staff", "recognition_scheme"),
        ("Laboratory Staff Forum - termly meetings with a rotating chair", "technician_network"),
    ],
)
def test_sector_wordings_the_taxonomy_lacked(processor: ActionTextProcessor, text: str, practice: str) -> None:
    assert main_practice(processor, text) == practice


def test_a_contribution_award_is_no_prize(processor: ActionTextProcessor) -> None:
    tags = _tags(processor, "Encourage technicians to apply for the discretionary contribution awards")
    assert "recognition_scheme" in tags
    assert not {"awards", "award_nominations", "staff_awards"} & set(tags)


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        ("Support trainee engineers to complete their registration portfolio", ["trainee", "engineers"]),
        ("We will encourage apprentices to apply for the staff awards", ["apprentices"]),
        ("For apprentices: a workplace mentor for each one", ["apprentices"]),
        ("Encourage nominations to the national awards", []),
        ("Support access to training for every technician", []),
    ],
)
def test_audience_marks(processor: ActionTextProcessor, text: str, audience: list[str]) -> None:
    doc = processor.docs([text])[0]
    assert [t.text for t, mark in zip(doc, audience_marks(doc), strict=True) if mark] == audience


def test_a_practice_named_only_as_the_audience_is_context(processor: ActionTextProcessor) -> None:
    reading = processor.read_tags(
        processor.docs(["Support trainee scientists to complete the professional registration portfolio"])[0],
        lead_bonus=2,
    )
    hits = dict(reading.hits)
    assert "early_careers" in reading.means
    assert max(sorted(hits), key=lambda t: hits[t]) == "professional_registration"


def test_a_page_of_contacts_is_a_resource(processor: ActionTextProcessor) -> None:
    doc = processor.docs(["A technicians' intranet page with news, training dates and contacts"])[0]
    assert objects_of(doc) == frozenset({"site resource"})


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Workshop technicians to get two development days a year", True),
        ("A safety briefing for all workshop staff", True),
        ("Lone-working rules for technicians alone in workshops", True),
        ("A guided tour of every workshop for new starters", True),
        ("Run a writing workshop on professional registration", False),
        ("Hold workshops for line managers on appraisal", False),
    ],
)
def test_a_workshop_may_be_a_place(processor: ActionTextProcessor, text: str, place: bool) -> None:
    doc = processor.docs([text])[0]
    places = [a_place_here(doc, k) for k, t in enumerate(doc) if t.lemma_ == "workshop"]
    assert places == [place]
    assert ("event" not in objects_of(doc)) is place


@pytest.mark.parametrize(
    "text",
    [
        "Technicians to run a public workshop at the city's science and arts festival",
        "Open labs for families one Saturday each term",
    ],
)
def test_festivals_and_open_labs_are_outreach(processor: ActionTextProcessor, text: str) -> None:
    assert "outreach" in _tags(processor, text)
