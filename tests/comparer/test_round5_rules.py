"""Rules added after reading the second held-out alignment set: a reporting clause is an aside,
and joining a network or keeping a membership is a link beyond the institution. Texts are
written for these tests."""

from __future__ import annotations

import pytest
from tag_reading import tag_hits as _tags

from comparer.text import (
    ActionTextProcessor,
    activity_of,
    agent_tail,
    in_condition,
    objects_of,
    reporting_tail,
    reviews_to_change,
    split_asides,
)


@pytest.mark.parametrize(
    "text",
    [
        "Probation reviews for new technicians completed within six months, reported to the Staffing Board",
        "Encourage technicians to enter the faculty prizes, and report the uptake each spring",
        "Give every workshop team a safety champion, reporting to the Estates Group",
    ],
)
def test_a_reporting_clause_after_a_comma_is_an_aside(text: str) -> None:
    assert reporting_tail(text) is not None
    main, asides = split_asides(text)
    assert "report" not in main.lower()
    assert asides.lower().lstrip(", ").startswith(("report", "and report"))


@pytest.mark.parametrize(
    "text",
    [
        "Report progress against the plan to the Staffing Board every term",
        "Publish an annual report on technician numbers",
    ],
)
def test_a_statement_about_reporting_keeps_it(text: str) -> None:
    assert reporting_tail(text) is None
    assert split_asides(text)[0] == text


def test_the_reporting_clause_no_longer_makes_the_action_about_reporting(processor: ActionTextProcessor) -> None:
    main, _ = split_asides(
        "Probation reviews for new technicians to reach 95%, reported to the Staffing Board each year"
    )
    assert "progress_reporting" not in _tags(processor, main)


@pytest.mark.parametrize(
    "text",
    [
        "Join the Northern Glassblowing Technicians Network",
        "Keep our membership of the Marine Science Technician Forum and attend its meetings",
        "Become a member of the Coastal Universities Technical Network",
    ],
)
def test_joining_a_network_is_a_link_beyond_the_institution(processor: ActionTextProcessor, text: str) -> None:
    assert "external_networks" in _tags(processor, text)


def test_networking_events_of_ones_own_are_not_external(processor: ActionTextProcessor) -> None:
    assert "external_networks" not in _tags(processor, "Hold termly networking events for technicians across campus")


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Review the probation forms so that every school uses one version", None),
        ("Revisit the job profiles so that similar posts sit at one grade", None),
        ("Review the governance of the steering group", "review"),
        ("Review the probation forms to check they are used", "review"),
    ],
)
def test_a_review_that_says_the_change_it_makes_is_no_review_stage(
    processor: ActionTextProcessor, text: str, stage: str | None
) -> None:
    assert activity_of(processor.docs([text])[0]) == stage


def test_reviews_to_change_looks_for_so_that() -> None:
    assert reviews_to_change(["the", "form", "so", "that", "every", "school", "use", "one"])
    assert not reviews_to_change(["the", "form", "so", "every", "school", "that"])


@pytest.mark.parametrize(
    "text",
    [
        "Technicians' bulletin (monthly), edited by the Steering Group",
        "A welcome pack for new starters, led by the faculty managers",
    ],
)
def test_a_clause_naming_who_does_it_is_an_aside(text: str) -> None:
    assert agent_tail(text) is not None
    main, asides = split_asides(text)
    assert " by " not in main
    assert " by " in asides


def test_the_doer_no_longer_leads(processor: ActionTextProcessor) -> None:
    main, _ = split_asides("Technicians' bulletin (monthly), edited by the Steering Group")
    assert "governance" not in _tags(processor, main)
    assert agent_tail("Fund places chosen by the panel") is None


@pytest.mark.parametrize(
    "text",
    [
        "Move long-serving technicians onto open-ended contracts where funding allows",
        "Extend the placement scheme to all schools, subject to funding",
        "Open the scheme to part-time staff, budget permitting",
    ],
)
def test_funding_named_in_a_condition_is_no_fund(processor: ActionTextProcessor, text: str) -> None:
    doc = processor.docs([text])[0]
    assert any(in_condition(doc))
    assert "fund" not in objects_of(doc)


def test_a_fund_the_action_sets_up_is_still_one(processor: ActionTextProcessor) -> None:
    doc = processor.docs(["Set up a fund where technicians can apply for conference travel"])[0]
    assert not any(in_condition(doc))
    assert "fund" in objects_of(doc)
