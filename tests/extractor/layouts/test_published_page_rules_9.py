"""Rules for published plan pages, ninth round: accordion toggle words in brackets, refs
written with a slash, page controls ("Expand all panels", "Back to top"), a numbered part's
heading kept as printed, and a heading over all of a page's pledges that is no theme.

Every page here is invented for the test; none is copied from a real institution's page.
"""

from __future__ import annotations

from text_pages import text_page as _page

from extractor.headings import heading_text, names_its_items, without_toggle
from extractor.layouts.plain_text import parse
from extractor.layouts.text_cell_runs import row_ref
from extractor.layouts.text_lists import bracketed_when_apart, closing_owner_fields, joined_owners, ref_line
from extractor.layouts.text_prose import is_page_record
from extractor.layouts.text_sections import is_control_label
from extractor.layouts.text_status import done_by
from extractor.normalise.status import find_state, split_status_note
from extractor.rows import ColumnRole
from extractor.settings import ExtractionSettings
from schemas.plan import State


def test_a_bracketed_open_word_is_the_accordion_s_not_the_heading_s() -> None:
    assert without_toggle("Growing our people (closed)") == "Growing our people"
    assert without_toggle("Lab tours (opened 2023)") == "Lab tours (opened 2023)"


def test_a_ref_written_with_a_slash_opens_a_row() -> None:
    assert ref_line("EST/12 Survey the stores").group("ref") == "EST/12"
    assert ref_line("and/or 12 more") is None
    assert row_ref("LAB/4 Refit the wash room") == ("LAB/4", "Refit the wash room")


def test_page_controls_are_no_headings_or_words_of_an_item() -> None:
    assert is_control_label("Expand all panels")
    assert is_control_label("Return to the staff pages")
    assert not is_control_label("Back to work days for returning technicians.")


def test_a_numbered_part_keeps_its_number_a_table_caption_does_not() -> None:
    assert heading_text("Part 2 \u2013 Recognition") == "Part 2 \u2013 Recognition"
    assert heading_text("Table 4: Recognition") == "Recognition"


def test_a_heading_naming_all_the_promises_is_over_the_whole_list() -> None:
    assert names_its_items("Our promises to the technical community")


_PANELS = """Harbridge University
Home > Staff > Technicians

Our actions

Open any heading to see its actions.

Show all panels

Visibility (open)
SEE/1 Print the name of each lab's technician on its door Head of Facilities March 2026
SEE/2 Run a technicians' stand at the staff conference Events Office Annually

Recognition (open)
REW/1 Add a technical category to the vice-chancellor's medals Reward Manager Summer 2026

Hide all panels
"""

_PARTS = """Lowmoor Institute

Our pledges to our technicians

Lowmoor joined the Technician Commitment last spring. This page lists what we will do over the coming three years.

Part 1 \u2014 Visibility

Being visible means our technical staff are known by the scientists they support.

\u25a0 Give each technical team a page on the institute website.
\u25a0 Invite a technician to speak at every open evening.
Back to top

Part 2 \u2014 Sustainability

\u25a0 Take on an apprentice in the stores each year.
Back to top
"""


def test_accordion_rows_keep_slash_refs_and_the_panel_heading() -> None:
    rows = parse(_page(_PANELS), ExtractionSettings()).rows
    assert [row.cells.get(ColumnRole.REF) for row in rows] == ["SEE/1", "SEE/2", "REW/1"]
    assert [row.section for row in rows] == ["Visibility", "Visibility", "Recognition"]
    assert rows[0].cells[ColumnRole.ACTION] == "Print the name of each lab's technician on its door"


def test_part_headings_with_back_links_and_an_introduction() -> None:
    rows = parse(_page(_PARTS), ExtractionSettings()).rows
    assert [row.cells[ColumnRole.ACTION] for row in rows] == [
        "Give each technical team a page on the institute website.",
        "Invite a technician to speak at every open evening.",
        "Take on an apprentice in the stores each year.",
    ]
    assert [row.section for row in rows] == ["Part 1 \u2014 Visibility"] * 2 + ["Part 2 \u2014 Sustainability"]


_ACCORDION = """## Brackenfield School of Design

[Home](/) > [Staff](/staff)

# What we promise our technical teams

Click a heading to open it.

**Out in the open** \u25bc

* Tours \u2013 Show visiting families round the wood and glass workshops each term
  *Who:* Workshop Manager \u00b7 *When:* twice yearly
* Names \u2013 Print the maker's technician beside each piece in the summer show
  **Who:** Exhibitions Team \u00b7 **When:** July 2026

**Learning** \u25bc

* Swaps \u2013 Start a skills exchange where technicians teach each other
  *Who:* Technical Manager \u00b7 *When:* from October 2025
"""


def test_labels_set_in_italics_are_fields_and_the_masthead_is_no_section() -> None:
    rows = parse(_page(_ACCORDION), ExtractionSettings()).rows
    assert [row.cells[ColumnRole.ACTION] for row in rows] == [
        "Show visiting families round the wood and glass workshops each term",
        "Print the maker's technician beside each piece in the summer show",
        "Start a skills exchange where technicians teach each other",
    ]
    assert [row.section for row in rows] == ["Out in the open", "Out in the open", "Learning"]
    owners = ["Workshop Manager", "Exhibitions Team", "Technical Manager"]
    assert [row.cells.get(ColumnRole.OWNER) for row in rows] == owners
    assert rows[0].cells.get(ColumnRole.END) == "twice yearly"
    assert rows[2].cells.get(ColumnRole.START) == "from October 2025"


_REVIEW = """Coldharbour University
Technician Commitment: our second year

Year one \u2013 what we finished
\u2714 Technician pages added to every school's site
\u2714 A technical staff forum set up with its own chair

Year two \u2013 how it went
Grade map for technical roles \u2013 agreed by the heads of school in May
Hardship fund for technical staff \u2013 open, nine grants made so far
Named credit on funding bids \u2013 slow going, the bid form is being rewritten
Apprentices in the physics workshop \u2013 not started, no budget yet

Contact: techvoice@coldharbour.example.ac.uk
"""


def test_review_lines_one_under_another_are_items_with_their_status() -> None:
    rows = parse(_page(_REVIEW), ExtractionSettings()).rows
    reviewed = [row for row in rows if row.section == "Year two \u2013 how it went"]
    assert [row.cells[ColumnRole.ACTION] for row in reviewed] == [
        "Grade map for technical roles",
        "Hardship fund for technical staff",
        "Named credit on funding bids",
        "Apprentices in the physics workshop",
    ]
    assert reviewed[1].cells[ColumnRole.STATUS] == "open, nine grants made so far"


def test_status_words_of_a_review() -> None:
    assert find_state("agreed by the board") is State.COMPLETE
    assert find_state("to be agreed") is None
    assert find_state("slow going") is State.ACTION_NEEDED
    assert find_state("open") is State.IN_PROGRESS
    assert find_state("Open day held") is None
    assert split_status_note("open, nine grants made so far") == ("open", "nine grants made so far")
    assert done_by("completed by the stores team")
    assert not done_by("funded by the faculty")


_DOUBLE_SLASH = """Westholm University
Staff :: Technicians :: Our plan

Technician Commitment action plan 2025-2027

VISIBILITY

\u00bb Put up a board of technical teams in each building foyer (Y1) // Estates Office
\u00bb Film a day in the life of three technicians (Years 2\u20133) // Press Office and Faculty Managers

RECOGNITION

\u00bb Name technical staff on every published dataset they helped make (Y2) // Library Research Services

Page owner: Technical Services | Last reviewed: March 2025
"""


def test_chevron_items_with_owners_after_a_double_slash() -> None:
    rows = parse(_page(_DOUBLE_SLASH), ExtractionSettings()).rows
    assert [row.cells[ColumnRole.ACTION] for row in rows] == [
        "Put up a board of technical teams in each building foyer",
        "Film a day in the life of three technicians",
        "Name technical staff on every published dataset they helped make",
    ]
    assert [row.cells.get(ColumnRole.OWNER) for row in rows] == [
        "Estates Office",
        "Press Office\n\nFaculty Managers",
        "Library Research Services",
    ]


def test_a_page_s_own_record_is_no_field() -> None:
    assert is_page_record("Last updated: 4 May 2025")
    assert is_page_record("\u00a9 Westholm University 2025")
    assert not is_page_record("Lead: Technical Services")
    assert joined_owners("Learning and Development") == ["Learning and Development"]


def test_owner_then_bracketed_date_after_a_closing_dash() -> None:
    text, fields = closing_owner_fields("Set up a tool loan scheme \u2014 Stores Team (from Autumn 2025)")
    assert text == "Set up a tool loan scheme"
    assert fields == [(ColumnRole.OWNER, "Stores Team"), (ColumnRole.START, "from Autumn 2025")]
    assert bracketed_when_apart("Stores Team (north site)") == "Stores Team (north site)"
    assert bracketed_when_apart("Update (2024)") == "Update (2024)"
    assert bracketed_when_apart("HR (Q1 2026)") == "HR, Q1 2026"
