"""Rules added after reading a blind set of published actions (round 12). Texts are written for these tests."""

from __future__ import annotations

import pytest
from tag_reading import main_practice, tag_hits

from comparer.text import ActionTextProcessor


@pytest.mark.parametrize(
    ("text", "practice"),
    [
        # A survey "of" skills is a skills survey, whatever sits between the two words.
        ("Run a survey of the skills and duties of laboratory staff in spring", "skills_audit"),
        ("A survey of workshop technicians' skills, launched this year", "skills_audit"),
        # Meetings that bring technicians together are technicians' events.
        (
            "Meetings that bring together technicians from every faculty for networking and training",
            "technician_events",
        ),
        ("Bring workshop and lab technicians together twice a term", "technician_events"),
        # Networking opportunities are what a technicians' network offers.
        ("It offers regular networking opportunities and peer support for technical staff", "technician_network"),
        # The next plan, named by its length, is the plan being reviewed and renewed.
        ("A new three year plan is being drafted with the technical community", "plan_review"),
        ("A new 24 month plan is under way", "plan_review"),
        # Where technicians are and how many is data on the workforce.
        ("Find the numbers and locations of all workshop staff in every school", "workforce_data"),
        ("Record the location of every technician in the faculties", "workforce_data"),
        # A modular programme for staff is a training programme.
        ("The staff college has built a modular programme for laboratory staff", "training_access"),
    ],
)
def test_round12_sector_terms(processor: ActionTextProcessor, text: str, practice: str) -> None:
    assert main_practice(processor, text) == practice


def test_a_pathway_is_related_to_each_part_of_the_career_structure(make_plan) -> None:  # type: ignore[no-untyped-def]
    """A pathway action and the actions on its parts (a job description library, a business case for a
    higher grade) share few words; from `structure_related_threshold` they are listed as related, never same.
    An action on neither (a mentoring scheme) is no part of it."""
    from comparer.compare import compare
    from schemas.comparison import MatchKind

    pathway = make_plan("Pathway", [(None, None, "Set out a clear career pathway for workshop staff", [])])
    parts = make_plan(
        "Parts",
        [
            (None, None, "Refresh the library of job descriptions for every laboratory role", []),
            (None, None, "Write a business case for a new senior grade of technical specialist", []),
            (None, None, "Start a mentoring scheme pairing new and experienced staff", []),
        ],
    )
    on = compare([pathway, parts], {"structure_related_threshold": 1.0})
    kinds = {m.b.index if m.a.institution == "Pathway" else m.a.index: m.kind for m in on.matches}
    assert kinds.get(0) == MatchKind.RELATED
    assert kinds.get(1) == MatchKind.RELATED
    assert 2 not in kinds
    off = compare([pathway, parts], {"structure_related_threshold": 30.0})
    assert len(off.matches) < len(on.matches)


def test_structure_readings(processor: ActionTextProcessor) -> None:
    from comparer.scoring import frames_structure, names_structure
    from comparer.text import prepare_action
    from schemas.plan import Action, Provenance

    def read(text: str):  # type: ignore[no-untyped-def]
        return prepare_action(Action(text=text, provenance=Provenance()), processor)

    assert frames_structure(read("Set out a clear career pathway for workshop staff"))
    assert not frames_structure(read("Refresh the library of job descriptions for every laboratory role"))
    assert names_structure(read("Refresh the library of job descriptions for every laboratory role"))
    assert not names_structure(read("Start a mentoring scheme pairing new and experienced staff"))


@pytest.mark.parametrize(
    ("text", "registration"),
    [
        ("Keep the promises we made on signing the Science Council\u2019s \u2018Technician Commitment\u2019", False),
        ("Keep our promises under the Science Council's Technicians' Commitment", False),
        ("Hold a workshop on registration with the Science Council", True),
        ("Gain Employer Champion recognition from the Science Council", True),
    ],
)
def test_the_commitments_owner_names_no_registration(
    processor: ActionTextProcessor, text: str, registration: bool
) -> None:
    """The council named as who runs the commitment is not the registration body technicians join."""
    from comparer.text import drop_commitment_owner

    assert ("professional_registration" in tag_hits(processor, text)) is registration
    assert drop_commitment_owner("the science council technician commitment") == "the technician commitment"
