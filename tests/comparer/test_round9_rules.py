"""Rules added after reading the seventh and eighth held-out alignment sets (with the first six beside them):
causes found on at least two sets. Texts are written for these tests."""

from __future__ import annotations

import pytest
from tag_reading import main_practice
from tag_reading import tag_hits as _tags

from comparer.compare import compare
from comparer.settings import ComparisonSettings
from comparer.text import ActionTextProcessor, headed_parts, part_leaders, prepare_action
from schemas.comparison import MatchKind, SameRule
from schemas.plan import Action, Provenance


@pytest.mark.parametrize(
    "text",
    [
        "Glasshouse technicians: travel paid for one external meeting or conference each year",
        "Travel grants so that workshop staff can go to trade conferences twice a year",
        "Keep paying for the curators' assistants to attend the annual meetings of the numismatic societies",
    ],
)
def test_going_to_a_conference_is_attendance(processor: ActionTextProcessor, text: str) -> None:
    """Going to, travelling to or attending an outside meeting is conference attendance, not running a
    conference of one's own."""
    tags = _tags(processor, text)
    assert main_practice(processor, text) == "external_conferences"
    assert "technician_events" not in tags


def test_running_a_conference_is_still_an_event(processor: ActionTextProcessor) -> None:
    assert main_practice(processor, "Hold a technicians' conference every spring with a poster session") == (
        "technician_events"
    )
    assert main_practice(processor, "Hold a technical staff day every autumn with talks and lab tours") == (
        "technician_events"
    )


def test_a_council_named_is_no_seat_on_it(processor: ActionTextProcessor) -> None:
    """'Council' names outside bodies (a registration council, a research council) as often as a governing
    body: alone it says nothing of technicians sitting on anything."""
    text = "Pay the first registration fee for opticians' assistants joining the General Optical Council"
    tags = _tags(processor, text)
    assert "committee_representation" not in tags
    assert "professional_registration" in tags
    assert "committee_representation" in _tags(processor, "A technician seat on the research strategy committee")


@pytest.mark.parametrize(
    "text",
    [
        "Two glassblowers to sit on the faculty's equality charter team",
        "A workshop technician sits on the school's teaching committee from next year",
    ],
)
def test_sitting_on_a_body_is_representation(processor: ActionTextProcessor, text: str) -> None:
    assert main_practice(processor, text) == "committee_representation"


@pytest.mark.parametrize(
    "text",
    [
        "Introduce the workshop team to each new intake of students on their first studio day",
        "Make sure glass technicians are introduced to every new MA cohort in the first week",
        "Technicians to be introduced by name to each new student cohort",
    ],
)
def test_meeting_each_new_cohort_is_a_student_introduction(processor: ActionTextProcessor, text: str) -> None:
    assert main_practice(processor, text) == "student_introduction"


PARTED = (
    "Starters - send every new technician a welcome pack. Local welcome - a tour of the stores and workshops."
    " Classes - technicians introduced to students at the start of each course."
)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (PARTED, 3),
        ("Recruitment - promote our signatory status in every job advert", 0),
        ("Run a technicians' forum each term - minutes shared on the hub", 0),
        ("Careers: a new ladder. Registration, fees and time - a fund for the fees", 0),
    ],
)
def test_headed_parts(processor: ActionTextProcessor, text: str, parts: int) -> None:
    """Two or more short headings, each before a dash or colon at the start of a sentence, split a statement
    into parts; one heading, or a dash inside a sentence, does not."""
    assert len(headed_parts(processor.docs([text])[0])) == parts


def test_each_part_leads_and_the_statement_lists_them(processor: ActionTextProcessor) -> None:
    """A statement in parts is about each part's practice as much as the first one's, and lists them."""
    doc = processor.docs([PARTED])[0]
    reading = processor.read_tags(doc, lead_bonus=2)
    hits = dict(reading.hits)
    assert hits["student_introduction"] == hits["induction"]
    assert reading.parts == 2
    spans = {"induction": [(2, 3)], "student_introduction": [(30, 31)]}
    assert part_leaders(doc, spans, set()) == ["induction", "student_introduction"]
    action = prepare_action(Action(text=PARTED, provenance=Provenance()), processor)
    assert action.lists
    plain = prepare_action(Action(text="Send every new technician a welcome pack", provenance=Provenance()), processor)
    assert not plain.lists


def test_a_part_is_the_same_as_an_action_doing_it(make_plan) -> None:  # type: ignore[no-untyped-def]
    """An action of several headed parts is the same as another plan's action doing one of its parts, though
    it shares few words with it (`listed_practice`)."""
    plans = [
        make_plan("A", [(None, None, PARTED, [])]),
        make_plan(
            "B",
            [
                (None, None, "Introduce the glassblowers to the students of each new course", []),
                (None, None, "Offer cheaper parking to staff on night shifts", []),
            ],
        ),
    ]
    result = compare(plans, ComparisonSettings())
    same = [m for m in result.matches if m.kind == MatchKind.SAME]
    assert len(same) == 1
    assert same[0].reason.rule == SameRule.LISTED
    assert {same[0].a.index, same[0].b.index} == {0}
