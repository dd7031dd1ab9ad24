from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comparer.compare import text_processor
from comparer.taxonomy import load_taxonomy
from comparer.text import lemma_of, normalise_text, prepare_action, split_asides
from schemas.plan import Action, Provenance


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Co-ordinator", "coordinator"),
        ("fixed-term contracts", "fixed term contracts"),
        ("Technician\u2019s Hub", "technician hub"),
        ("FTC/OEC", "ftc / oec"),
        ("  many   spaces ", "many spaces"),
    ],
    ids=["co-prefix", "hyphen", "possessive", "slash", "spaces"],
)
def test_normalise_text(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@given(st.text(max_size=80))
def test_normalise_text_is_idempotent(raw: str) -> None:
    once = normalise_text(raw)
    assert normalise_text(once) == once


@pytest.mark.parametrize(
    ("raw", "main", "aside"),
    [
        ("Run a skills survey", "Run a skills survey", ""),
        ("Improve the hub, including training and events; run a survey", "Improve the hub, ; run a survey",
         "including training and events"),
        ("Track measures eg turnover, promotions. Report yearly", "Track measures . Report yearly",
         "eg turnover, promotions"),
        ("(Research) Fair attribution policy", "Fair attribution policy", "(Research)"),
        ("Unclosed (aside here", "Unclosed", "(aside here"),
    ],
    ids=["none", "including", "eg", "parenthesis", "unclosed"],
)  # fmt: skip
def test_split_asides(raw: str, main: str, aside: str) -> None:
    assert split_asides(raw) == (main, aside)


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("developed", "develop"), ("mentoring", "mentor"), ("apprenticeships", "apprenticeship"), ("data", "data")],
    ids=["fix-develope", "mentoring", "plural", "fix-datum"],
)
def test_lemma_of(word: str, lemma: str) -> None:
    assert lemma_of(word) == lemma


@pytest.mark.parametrize(
    ("text", "practice"),
    [
        ("Support staff to become RSciTech registered", "professional_registration"),
        ("Join the Science Council Employer Champion programme", "professional_registration"),
        ("Set up a mentoring pilot", "mentoring"),
        ("Mentors and mentees meet monthly", "mentoring"),
        ("Move technicians from fixed-term to open-ended contracts", "contract_security"),
        ("Nominate technicians for national awards", "award_nominations"),
        ("Run a skills audit to find training needs", "skills_audit"),
        ("Increase outreach with local schools", "outreach"),
        ("Maintain links with HEaTED and the NTDC", "external_networks"),
        ("Promote the PREP framework and HEA fellowship", "teaching_recognition"),
        ("Review the terms of reference of the steering group", "governance"),
        ("Post about technicians on LinkedIn and other social media", "social_media"),
    ],
    ids=lambda v: v if isinstance(v, str) and "_" in v else None,
)
def test_practice_tags(text: str, practice: str) -> None:
    processor = text_processor(load_taxonomy())
    prepared = prepare_action(Action(text=text, provenance=Provenance()), processor)
    assert practice in prepared.tags, prepared.tag_hits


def test_contained_term_of_another_practice_is_dropped() -> None:
    processor = text_processor(load_taxonomy())
    prepared = prepare_action(Action(text="Explain the job evaluation process", provenance=Provenance()), processor)
    assert "job_evaluation" in prepared.tags
    assert "impact_evaluation" not in prepared.tags


def test_synonyms_fold_and_generic_words_drop() -> None:
    processor = text_processor(load_taxonomy())
    prepared = prepare_action(
        Action(text="Develop the TAE staff intranet for technical staff", provenance=Provenance()), processor
    )
    assert "website" in prepared.lemmas
    assert "technician" not in prepared.lemmas  # folded, then generic
    assert "develop" not in prepared.lemmas
