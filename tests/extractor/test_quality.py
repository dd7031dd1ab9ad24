"""The plan's quality record: suspect rules, shares, score and the low-confidence warning."""

from __future__ import annotations

import pytest

from extractor.quality import (
    assess_quality,
    describe_low_confidence,
    looks_like_fragment,
    looks_like_furniture,
    looks_like_person,
    suspect_reason,
)
from extractor.rows import LayoutOutput
from extractor.settings import ExtractionSettings
from schemas.plan import Action, DateValue, Pillar, Provenance


def _action(text: str, **fields: object) -> Action:
    return Action(text=text, provenance=Provenance(line=1), **fields)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ongoing", True),
        ("HR team", True),
        ("Career Development", True),
        ("March 2025", True),
        ("Run a yearly celebration of technical staff achievements", False),
        ("Review job descriptions for all technical roles by 2025", False),
    ],
    ids=["status-word", "two-words", "pillar-name", "date", "sentence", "sentence-with-date"],
)
def test_looks_like_fragment(text: str, expected: bool) -> None:
    assert looks_like_fragment(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr Ana Patel (Chemistry) Technical Manager", True),
        ("Chair and Academic Representative: Prof. Tom Reed", True),
        ("Jo Bloggs, Head of Research Operations", True),
        ("Create a Technical Careers Hub", False),
        ("Hold Technician Forum Meetings.", False),
        ("Dr A. Smith", True),
    ],
    ids=["name-dept-role", "role-colon-name", "name-comma-role", "action", "sentence-stop", "initial"],
)
def test_looks_like_person(text: str, expected: bool) -> None:
    assert looks_like_person(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Download our annual report (PDF, 1.2MB)", True),
        ("Read more about the network", True),
        ("Contact: technicians@example.ac.uk", True),
        ("Tel: 01234 567890", True),
        ("See www.example.ac.uk/technicians", True),
        ("Publish a technician newsletter each term", False),
    ],
    ids=["download-link", "read-more", "email", "phone", "web-address", "action"],
)
def test_looks_like_furniture(text: str, expected: bool) -> None:
    assert looks_like_furniture(text) is expected


def test_suspect_reason_names_the_first_rule_that_fires() -> None:
    assert suspect_reason(_action("Ongoing")) == "fragment"
    assert suspect_reason(_action("Dr Ana Patel (Chemistry) Technical Manager")) == "person"
    assert suspect_reason(_action("Download the plan as a file (PDF, 300KB)")) == "furniture"
    assert suspect_reason(_action("Set up a mentoring scheme for new technicians")) is None


def test_a_clean_structured_plan_scores_one() -> None:
    actions = [
        _action(
            "Set up a mentoring scheme for new technicians",
            pillar=Pillar.CAREER_DEVELOPMENT,
            owners=["HR"],
            end=DateValue(raw="2025", date="2025"),
        ),
        _action("Hold a yearly technician awards event", pillar=Pillar.RECOGNITION, owners=["TCIG"]),
    ]
    quality = assess_quality(actions, LayoutOutput(rows=[]), ExtractionSettings())
    assert quality.score == 1.0
    assert not quality.low_confidence
    assert quality.share_with_pillar == 1.0
    assert quality.share_with_owners == 1.0
    assert quality.share_with_dates == 0.5
    assert quality.suspect_actions == []


def test_a_member_list_read_as_actions_is_low_confidence() -> None:
    actions = [
        _action("Dr Ana Patel (Chemistry) Technical Manager"),
        _action("Prof. Tom Reed (Physics) Academic Lead"),
        _action("Sam Jones (Estates) Workshop Supervisor"),
        _action("Improve how technicians are recognised in promotion rounds"),
    ]
    quality = assess_quality(actions, LayoutOutput(rows=[]), ExtractionSettings())
    assert quality.suspect_actions == [0, 1, 2]
    assert quality.low_confidence
    assert "3 of 4 actions look wrong (3 person)" in describe_low_confidence(quality, actions)


def test_a_clean_narrative_plan_keeps_its_floor() -> None:
    """No owners, dates or headings, but every item reads as an action: above the threshold."""
    actions = [
        _action("Introduce a peer mentoring programme for technical staff"),
        _action("Celebrate technician achievements at an annual event"),
    ]
    settings = ExtractionSettings()
    quality = assess_quality(actions, LayoutOutput(rows=[]), settings)
    assert quality.score == pytest.approx(settings.quality_evidence_floor)
    assert not quality.low_confidence


def test_rejected_candidates_are_counted_by_rule_with_short_examples() -> None:
    output = LayoutOutput(
        rows=[],
        rejected=[
            ("member_list", "Dr Ana Patel (Chemistry)", None),
            ("member_list", "Prof. Tom Reed (Physics)", None),
            ("link_line", "Download (PDF, 1MB) " + "x" * 200, None),
        ],
    )
    kept = [_action("Launch a technician network across all faculties")]
    quality = assess_quality(kept, output, ExtractionSettings())
    assert [(r.rule, r.count) for r in quality.rejected] == [("link_line", 1), ("member_list", 2)]
    assert len(quality.rejected[0].examples[0]) == 80
    assert quality.candidates == 3
    assert quality.kept == 1


def test_threshold_is_a_setting() -> None:
    actions = [_action("Introduce a peer mentoring programme for technical staff")] * 2
    strict = ExtractionSettings(low_confidence_below=0.9)
    assert assess_quality(actions, LayoutOutput(rows=[]), strict).low_confidence
    with pytest.raises(Exception, match="low_confidence_below"):
        ExtractionSettings.resolve({"low_confidence_below": 2})


def test_no_actions_scores_zero() -> None:
    quality = assess_quality([], LayoutOutput(rows=[]), ExtractionSettings())
    assert quality.score == 0.0
    assert quality.low_confidence
