"""Rules added after reading a blind set of published actions (round 12). Texts are written for these tests."""

from __future__ import annotations

import pytest
from tag_reading import main_practice

from comparer.text import ActionTextProcessor


@pytest.mark.parametrize(
    ("text", "practice"),
    [
        # A survey "of" skills is a skills survey, whatever sits between the two words.
        ("Run a survey of the skills and duties of laboratory staff in spring", "skills_audit"),
        ("A survey of workshop technicians' skills, launched this year", "skills_audit"),
        # Meetings that bring technicians together are technicians' events.
        ("Meetings that bring together technicians from every faculty for networking and training", "technician_events"),
        ("Bring workshop and lab technicians together twice a term", "technician_events"),
        # Networking opportunities are what a technicians' network offers.
        ("It offers regular networking opportunities and peer support for technical staff", "technician_network"),
        # The next plan, named by its length, is the plan being reviewed and renewed.
        ("A new three year plan is being drafted with the technical community", "plan_review"),
        ("A new 24 month plan is under way", "plan_review"),
    ],
)
def test_round12_sector_terms(processor: ActionTextProcessor, text: str, practice: str) -> None:
    assert main_practice(processor, text) == practice
