from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.normalise.pillars import classify_pillar, infer_pillar, names_numbered_pillar, pillar_evidence
from schemas.plan import Pillar

V, R, C, S, E, G = (
    Pillar.VISIBILITY,
    Pillar.RECOGNITION,
    Pillar.CAREER_DEVELOPMENT,
    Pillar.SUSTAINABILITY,
    Pillar.EVALUATING_IMPACT,
    Pillar.GOVERNANCE,
)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        pytest.param("Visibility", V, id="visibility"),
        pytest.param("Recognition", R, id="recognition"),
        pytest.param("Career Development", C, id="career-development"),
        pytest.param("Sustainability", S, id="sustainability"),
        pytest.param("Evaluating Impact", E, id="evaluating-impact"),
        pytest.param("Monitoring and evaluation", E, id="monitoring-and-evaluation"),
        pytest.param("Overarching Actions", G, id="overarching"),
        pytest.param("Governance", G, id="governance"),
        pytest.param("Engagement and Understanding", G, id="engagement-and-understanding"),
        pytest.param("2. Recognition", R, id="numbered"),
        pytest.param("Pillar 3 - Career Development:", C, id="pillar-prefix"),
        pytest.param("iv) Sustainability", S, id="roman-numbered"),
        pytest.param("Theme: Visibility", V, id="theme-prefix"),
        pytest.param("VISIBILITY", V, id="upper-case"),
        pytest.param("career_development", C, id="enum-value"),
        pytest.param("Visibility and Recognition", V, id="two-pillars-first-wins"),
        pytest.param("Raise the profile of technicians and what they do around the institution", None, id="sentence"),
        pytest.param("Ref#", None, id="not-a-pillar"),
        pytest.param("Sustainability of the technical workforce", S, id="short-heading-one-pillar"),
        pytest.param("Review / develop the TAE career pathway", None, id="theme-sentence"),
        pytest.param("Technician Commitment Action Plan", None, id="plan-title"),
        pytest.param("Workforce planning", S, id="workforce-planning"),
        pytest.param("Future-proofing the technical workforce", S, id="future-proofing"),
        pytest.param("Valuing technicians", R, id="valuing"),
        pytest.param("Celebrating our technical staff", R, id="celebrating"),
        pytest.param("Developing our technicians", C, id="developing"),
        pytest.param("Technician voice", V, id="technician-voice"),
        pytest.param("Communications", V, id="communications"),
        pytest.param("Data and reporting", E, id="data-and-reporting"),
        pytest.param("", None, id="empty"),
    ],
)
def test_classify_pillar(heading: str, expected: Pillar | None) -> None:
    assert classify_pillar(heading) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Nominate technicians for national awards and celebrate the winners", R, id="awards"),
        pytest.param("Set up a mentoring scheme and appraisal training", C, id="mentoring"),
        pytest.param("Launch an apprenticeship scheme to support succession", S, id="apprenticeships"),
        pytest.param("Update the website and social media profile pages", V, id="website"),
        pytest.param("Review the terms of reference of the steering group", G, id="governance"),
        pytest.param("Run a survey to evaluate impact", E, id="survey"),
        pytest.param("Hold a meeting", None, id="no-evidence"),
    ],
)
def test_infer_pillar(text: str, expected: Pillar | None) -> None:
    assert infer_pillar(text) == expected


def test_tie_gives_none() -> None:
    text = "award and mentor"
    counts = pillar_evidence(text)
    assert counts[R] == counts[C] == 1
    assert infer_pillar(text) is None


@given(st.text(max_size=120))
def test_never_crash(text: str) -> None:
    assert classify_pillar(text) in (None, *Pillar)
    assert infer_pillar(text) in (None, *Pillar)


def test_a_phrase_outweighs_a_single_word() -> None:
    # "professional registration" (recognition) against "promote" (visibility): the phrase wins
    assert pillar_evidence("Promote professional registration")[Pillar.RECOGNITION] == 2
    assert infer_pillar("Promote professional registration to every team") is Pillar.RECOGNITION


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Build a webpage for the technical teams", Pillar.VISIBILITY),
        ("Events for technicians every term", Pillar.VISIBILITY),
        ("Agree a job family with a career ladder", Pillar.CAREER_DEVELOPMENT),
    ],
)
def test_web_page_events_and_job_families(text: str, expected: Pillar) -> None:
    assert infer_pillar(text) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Strand 3 \u2013 Career Development", True),
        ("Pillar 1: Visibility", True),
        ("2) Recognition", True),
        ("Sustainability", False),  # a bare name: `names_pillar`
        ("Theme 5 \u2013 Lab safety walks", False),
        ("3 technicians recognised", False),
    ],
)
def test_a_pillar_name_under_a_label_or_number(line: str, expected: bool) -> None:
    assert names_numbered_pillar(line) is expected
