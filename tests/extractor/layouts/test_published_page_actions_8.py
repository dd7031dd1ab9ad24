"""Rules for finding the actions of published plan pages: a table flattened one cell a line under
numbered section rows, which a list reading would take for a few long items; pillars numbered in
brackets; a pillar whose actions are still to come; a news item's account of what was done since the
signing; cards whose glued date label runs into a repeat word or a "From" date.

Every page here is invented for the test; none is copied from a real institution's page.
"""

from __future__ import annotations

from text_pages import page_lines as _lines
from text_pages import text_page as _page

from extractor.layouts.plain_text import parse
from extractor.layouts.text_cell_runs import blocks_of_rows, numbered_cells_over_items
from extractor.layouts.text_lists import list_lines_to_rows, numbered_pillar_heading, timescale_value
from extractor.layouts.text_prose import (
    deeds_since_signing,
    describes_only,
    introduces_contents,
    is_quotation,
    sums_up,
    tells_of_signing,
    tells_of_the_document,
)
from extractor.rows import ColumnRole, RawRow
from extractor.settings import ExtractionSettings
from schemas.plan import Provenance

_CELL_BLOCKS = """Marlow Vale College
Our commitment to technicians 2030-2033

1. Visibility
1.1
Print the name of the technician who set up each practical on the lab sheet
Names on all first-year sheets
Science Technicians Lead
Jan 2031
Ongoing

1.2
Open the glass workshop to visitors on two evenings a year
Two evenings held
Workshop Supervisor
Mar 2031
Dec 2032

2. Career Development
2.1
Pay for a short course of each technician's choosing
Thirty courses taken
Head of Faculty
Sept 2030
July 2033

Questions? Write to the Science Technicians Lead.
Marlow Vale College, Riverside Road
"""


def test_a_table_one_cell_a_line_under_numbered_sections_is_read_by_its_cells() -> None:
    rows = parse(_page(_CELL_BLOCKS), ExtractionSettings()).rows
    assert [row.cells[ColumnRole.REF] for row in rows] == ["1.1", "1.2", "2.1"]
    assert rows[0].cells[ColumnRole.OWNER] == "Science Technicians Lead"
    assert rows[2].cells[ColumnRole.PILLAR] == "2. Career Development"
    assert rows[2].cells[ColumnRole.MEASURE] == "- Thirty courses taken"  # the contact lines below are the page's


def test_cells_stay_unread_when_the_items_are_as_many() -> None:
    assert numbered_cells_over_items(_lines(_CELL_BLOCKS), 3, []) == []


def test_a_row_running_over_a_blank_line_is_no_block() -> None:
    page = _lines("A1\nRun a fair\n\nHR\nA2\nHold a tour\nEstates")
    rows = [
        RawRow(cells={}, provenance=Provenance(line=1, end_line=4)),
        RawRow(cells={}, provenance=Provenance(line=5, end_line=7)),
    ]
    assert blocks_of_rows(rows, page) is None
    assert blocks_of_rows(rows[1:], page) == 8  # the table runs to the page's end


_BRACKET_PILLARS = """Harwick Glassworks Trust
Home » About us » Technicians

Our technicians' plan

The trust agreed this plan with its furnace, cold-shop and kiln technicians in the winter.

(1) Visibility
Being visible means the makers behind every piece are known by name, in the gallery and online.
→ Print the maker's and the technician's names on every gallery label.
→ Film a short piece on each furnace team for the website.

(2) Recognition
Recognition means more than a thank-you card at the end of the year.
→ Add a technical prize to the trust's annual awards.

(3) Sustainability
Most of our glass technicians learnt the trade here. This section is still being drafted with them.

© Harwick Glassworks Trust 2031. Privacy | Terms
"""


def test_a_number_in_brackets_before_a_pillar_heads_its_items() -> None:
    rows = parse(_page(_BRACKET_PILLARS), ExtractionSettings()).rows
    assert [row.cells[ColumnRole.ACTION] for row in rows] == [
        "Print the maker's and the technician's names on every gallery label.",
        "Film a short piece on each furnace team for the website.",
        "Add a technical prize to the trust's annual awards.",
    ]  # the pillar whose actions are still being drafted gives none, nor does the footer
    assert {row.section for row in rows} == {"(1) Visibility", "(2) Recognition"}


def test_a_list_of_numbered_pillars_heads_nothing() -> None:
    page = _lines("Our plan covers:\n1. Visibility\n2. Recognition\n3. Sustainability\n")
    assert numbered_pillar_heading(page, 1) is None


def test_a_prose_pillar_beside_lists_still_reads_its_deeds() -> None:
    text = _BRACKET_PILLARS.replace(
        "Most of our glass technicians learnt the trade here. This section is still being drafted with them.",
        "We took on two glassblowing apprentices in the spring.",
    )
    rows = parse(_page(text), ExtractionSettings()).rows
    assert rows[-1].cells[ColumnRole.ACTION] == "We took on two glassblowing apprentices in the spring."
    assert not any("Harwick" in row.cells[ColumnRole.ACTION] for row in rows)


_NEWS_RECOUNT = """Ashcombe Sixth Form College
Home > News

Ashcombe opens its workshops for Science Week

Ashcombe will open its workshops to local schools for three days in June.

The days will include:
- a glass-bending demonstration
- a tour of the prep room

Science Week is one of the ways we are keeping the Technician Commitment we signed in 2029. Since then we have printed \
every technician's name on the prep-room door, and last winter we opened the staff bursary to technicians. Every \
department now has a technician on its safety group. Technicians say the change is welcome.

Over the next year the college will:
(a) add a technician to the timetabling group \u2013 Vice Principal, by March 2031
(b) fund two days of training for each technician \u2013 Finance, from April 2031
"""


def test_a_paragraph_recounting_deeds_since_the_signing_gives_each_deed() -> None:
    rows = parse(_page(_NEWS_RECOUNT), ExtractionSettings()).rows
    assert [row.cells[ColumnRole.ACTION] for row in rows[:3]] == [
        "Since then we have printed every technician's name on the prep-room door",
        "last winter we opened the staff bursary to technicians.",
        "Every department now has a technician on its safety group.",
    ]
    assert all(row.status_state == "complete" and row.section is None for row in rows[:3])
    assert len(rows) == 5  # the two pledges; the signing sentence, the remark and the programme are none


def test_an_introduction_naming_the_signing_and_the_plan_recounts_nothing() -> None:
    intro = (
        "Ashcombe signed the Technician Commitment in 2029. Our plan was written by the technicians and approved "
        "by the governors in May. It builds on the work completed under our first plan."
    )
    assert deeds_since_signing(intro) == []
    assert tells_of_the_document("The table below sets out our actions.")


_GLUED_CARDS = """Visibility
Action
Open days \u2013 Invite the public into the print workshop on two Saturdays a year
OwnerPrint Workshop Lead
DueTermly
OutcomeTwo open days held

Action
Films \u2013 Make a short film about each of the college's kilns
OwnerMedia Officer
DueFrom October 2031
OutcomeThree films online
"""


def test_cards_whose_due_date_is_a_repeat_or_a_from_date_are_each_an_action() -> None:
    rows = list_lines_to_rows(_lines(_GLUED_CARDS))
    assert [row.cells[ColumnRole.THEME] for row in rows] == ["Open days", "Films"]
    assert rows[0].cells[ColumnRole.END] == "Termly"
    assert timescale_value("Due", "From October 2031")
    assert not timescale_value("Due", "Fortnightly meetings")


_RECOUNT_ABOVE_ROWS = """Brackley Art School

Technicians at Brackley

Brackley signed the Technician Commitment in 2030. Since then a lot has happened. We have printed each \
technician's name on the studio doors. Technician profiles went up on the school website in the spring.

Next steps
Run a kiln safety course for new staff Head of Ceramics March 2032
Open the print room to alumni one evening a month Print Room Manager June 2032
Pay for a screen-printing course for two technicians Head of Finance 2032/33
"""


def test_an_account_above_rows_of_next_steps_gives_its_deeds_under_its_heading() -> None:
    rows = parse(_page(_RECOUNT_ABOVE_ROWS), ExtractionSettings()).rows
    told = [row for row in rows if row.provenance.line == 5]
    assert [row.cells[ColumnRole.ACTION] for row in told] == [
        "We have printed each technician's name on the studio doors.",
        "Technician profiles went up on the school website in the spring.",
    ]  # "a lot has happened" sums the deeds up and is none
    assert {row.section for row in told} == {"Technicians at Brackley"}
    assert len(rows) == 5
    assert sums_up("Much has changed since the spring.")


_DESCRIPTION_BESIDE_PILLARS = """Pellow Institute of Marine Engineering

Who keeps the tanks running
About sixty of our staff are technicians, divers and workshop engineers. They look after two hundred test rigs.

Our pledge
The Institute signed the Technician Commitment in 2028 and reviews its plan with the technicians each year.

Visibility
We started a yearly open day run by our workshop teams. Every rig now carries the names of the people who built it.

Recognition
We created a long-service award for technical staff.
"""


def test_a_section_that_only_describes_and_the_signing_give_no_initiative() -> None:
    rows = parse(_page(_DESCRIPTION_BESIDE_PILLARS), ExtractionSettings()).rows
    assert [row.cells[ColumnRole.ACTION] for row in rows] == [
        "We started a yearly open day run by our workshop teams.",
        "Every rig now carries the names of the people who built it.",
        "We created a long-service award for technical staff.",
    ]
    assert describes_only("Planning ahead", ["Most of our staff live nearby."])
    assert not describes_only("Planning ahead", ["We will take on two apprentices."])
    assert tells_of_signing("We signed the Commitment, like our partners, in 2029.")


def test_what_a_plan_will_include_lists_its_contents_not_actions() -> None:
    text = """Sustainability
1 \u2013 Train two new glass technicians through apprenticeships
Evidence of success: two apprentices in post.

Our launch plan will include:
\u2022 a welcome lunch for the workshop teams
\u2022 a poster in every studio
"""
    rows = list_lines_to_rows(_lines(text))
    assert [row.cells[ColumnRole.ACTION] for row in rows] == ["Train two new glass technicians through apprenticeships"]
    assert introduces_contents("Our launch plan will include:")
    assert not introduces_contents("Our plans include:")


def test_a_quote_with_says_and_a_name_is_no_initiative() -> None:
    text = """Seen and heard

"The open day was the first time my family saw where I work," says Ana Lopes, Workshop Technician.

We opened the workshops to staff families for a day in May.
"""
    rows = parse(_page(text), ExtractionSettings()).rows
    assert [row.cells[ColumnRole.ACTION] for row in rows] == [
        "We opened the workshops to staff families for a day in May."
    ]
    assert is_quotation('"It was worth it," Ana said.')


def test_a_quote_attributed_with_a_dash_item_leaves_its_section_prose() -> None:
    text = """RECOGNITION
We created a prize for the best technical poster at the spring symposium. Technicians now chair one session of it.

"Chairing the session was a first for our team."
- Priya Nair, Senior Research Technician

CAREER DEVELOPMENT
We fund a week of training a year for every technician in the labs.
"""
    rows = parse(_page(text), ExtractionSettings()).rows
    assert [row.cells[ColumnRole.ACTION] for row in rows][:2] == [
        "We created a prize for the best technical poster at the spring symposium.",
        "Technicians now chair one session of it.",
    ]
    assert not any("Priya" in row.cells[ColumnRole.ACTION] for row in rows)
