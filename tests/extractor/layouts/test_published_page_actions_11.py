"""Rules for finding the actions of published plan pages, eleventh round: a blog post looking back
on the Commitment under headings in its own words, a joined clause that speaks of the thing the first
one named, a bullet of any symbol glyph, a label's colon printed as an arrow, a line of "Label: value"
fields joined by semicolons, a panel's "(click to expand)" or closing ellipsis, a title with bars over a
table's header, a table row cut by the page's end, a review's remark opening with a past participle.

Every page here is invented for the test; none is copied from a real institution's page.
"""

from __future__ import annotations

from text_pages import page_lines as _lines
from text_pages import text_page as _page

from extractor.headings import opens_a_panel, without_toggle
from extractor.layouts.plain_text import parse
from extractor.layouts.text_delimited_rows import labels_its_fields, semicolon_cells
from extractor.layouts.text_lists import ITEM, arrowed_labels
from extractor.layouts.text_pipe_rows import cut_row_cells, names_its_columns
from extractor.layouts.text_prose import cut_at_page_end, opens_with_participle, split_joined_clauses, story_headings
from extractor.layouts.text_status import progress_remark
from extractor.rows import ColumnRole
from extractor.settings import ExtractionSettings

_STORY = """Harrowfield Institute of Soil Science
Blog > People

Twelve months of the Commitment at Harrowfield
Written 3 May 2031 by the Technical Services Manager

A year ago we promised our technical staff that signing would change things. This is how it has gone.

Seen and heard
Each soil survey report now lists the technicians who took the cores. We redrew the open day tour.

Paid time to learn
Four of the field team completed their chainsaw tickets. We are now drafting an apprenticeship.

Keeping the know-how
Our stores lead is writing down how the sample archive is kept, starting with the freezers and the label sys"""


def test_a_story_under_its_own_headings_tells_its_initiatives() -> None:
    rows = parse(_page(_STORY), ExtractionSettings()).rows
    assert [row.section for row in rows] == [
        "Seen and heard",
        "Seen and heard",
        "Paid time to learn",
        "Paid time to learn",
        "Keeping the know-how",
    ]
    assert rows[2].cells[ColumnRole.ACTION].startswith("Four of the field team completed")


def test_headings_over_descriptions_tell_no_story() -> None:
    described = _STORY.replace(
        "Four of the field team completed their chainsaw tickets. We are now drafting an apprenticeship.",
        "The field team works across three farms and the glasshouses in all weathers.",
    ).replace("We redrew the open day tour.", "")
    described = described.replace(
        "Each soil survey report now lists the technicians who took the cores.",
        "Survey reports list the people who wrote them in the usual way for the whole institute.",
    )
    assert story_headings(_lines(described), frozenset()) == set()


def test_a_clause_speaking_of_the_thing_before_stays_with_it() -> None:
    assert split_joined_clauses("We hope to set up a loan pool, and we mean to launch it over the summer.") == [
        "We hope to set up a loan pool, and we mean to launch it over the summer."
    ]
    assert len(split_joined_clauses("We set up a loan pool, and we will stock it with drills.")) == 2
    joined = split_joined_clauses("We set up a loan pool, and we ran a fair.")
    assert joined == ["We set up a loan pool", "we ran a fair."]


def test_a_page_cut_mid_word_ends_on_a_paragraph() -> None:
    page = _lines("Stores\nWe are listing what only one person knows how to do, start")
    assert cut_at_page_end(page, 1)
    assert not cut_at_page_end(_lines("Stores\nHome | Contact\nFollow us"), 1)


_GLYPH_LIST = """Fenwick Sixth Form College

Visibility
★ Name the technician on each practical worksheet (Yr 1). Owner → Science Office
★ Add technicians to the open day rota (Yr 2). Owner → Admissions Team

Recognition
⬥ Open the staff prize to technicians (Yr 2). Lead => Principal's Office"""


def test_any_symbol_glyph_marks_a_list_item() -> None:
    assert ITEM.match("◊ Print every name")
    assert ITEM.match("⬥ Print every name")
    assert not ITEM.match("Print every name")


def test_a_labels_colon_printed_as_an_arrow() -> None:
    assert arrowed_labels("Hold a fair. Owner → Careers Team") == "Hold a fair. Owner: Careers Team"
    assert arrowed_labels("Bench → bedside pathway") == "Bench → bedside pathway"
    rows = parse(_page(_GLYPH_LIST), ExtractionSettings()).rows
    assert [row.cells[ColumnRole.ACTION].split()[0] for row in rows] == ["Name", "Add", "Open"]
    owners = [row.cells.get(ColumnRole.OWNER) for row in rows]
    assert owners == ["Science Office", "Admissions Team", "Principal's Office"]


_FIELD_LINES = """# Ellery School of Design

▸ Visibility (click to expand)
- Put the names of the print room staff on the studio door
  Lead: Print Room Manager ; When: by May 2031 ; Status: started
- Add technicians to the graduation programme
  Lead: Registry ; When: every July ; Status: not started

▸ Recognition (click to expand)
- Nominate a technician for the regional award each year
  Lead: Head of School ; When: 2031/32 ; Status: done"""


def test_a_line_of_labelled_fields_is_no_table_row() -> None:
    assert labels_its_fields(["Lead: Registry", "When: May", "Status: done"])
    assert semicolon_cells("Lead: Registry ; When: every July ; Status: not started") is None
    rows = parse(_page(_FIELD_LINES), ExtractionSettings()).rows
    assert [row.cells.get(ColumnRole.OWNER) for row in rows] == ["Print Room Manager", "Registry", "Head of School"]
    assert [row.section for row in rows] == ["Visibility", "Visibility", "Recognition"]


def test_a_panels_click_to_expand_is_its_toggle() -> None:
    assert without_toggle("Careers (click here to open)") == "Careers"
    assert without_toggle("Careers (click the link)") == "Careers (click the link)"


_BARRED_TITLE = """Tollbridge College | Staff | Technicians

Tollbridge College | Technician plan | 2030 - 2033

Pillar | Ref | Action | Lead | By
Visibility | 1 | Show each workshop team on the college screens | Marketing Team | Q1 2031
2 | Add technicians to the prospectus photographs | Marketing Team | 2031/32 |
Recognition | 3 | Open the long service awards to technical staff | HR Office | Annually
| Career development | Fund two places on the regional leadership course | HR Office | 2032 |
| Keep a list of the skills only one person holds and train a second per"""


def test_lines_with_bars_above_a_header_are_no_rows() -> None:
    assert names_its_columns(["Pillar", "Ref", "Action", "Lead", "By"])
    assert not names_its_columns(["Tollbridge College", "Technician plan", "2030 - 2033"])
    rows = parse(_page(_BARRED_TITLE), ExtractionSettings()).rows
    assert [row.cells.get(ColumnRole.ACTION, "").split()[0] for row in rows] == ["Show", "Add", "Open", "Fund", "Keep"]


def test_a_row_cut_by_the_pages_end_keeps_its_words() -> None:
    assert cut_row_cells("| Keep a list of the skills only one person ho") == [
        "Keep a list of the skills only one person ho"
    ]
    assert cut_row_cells("| Keep a list |") is None
    assert cut_row_cells("A sentence that ends.") is None


def test_a_review_remark_may_open_with_a_past_participle() -> None:
    assert opens_with_participle("shortlisted in March")
    assert not opens_with_participle("intended for new staff")
    assert progress_remark("Prize for apprentices \u2013 launched at the spring fair") == (
        "Prize for apprentices",
        "launched at the spring fair",
    )
    assert progress_remark("Induction \u2013 for every new member of staff") is None


def test_a_heading_closing_with_a_spaced_ellipsis_opens_a_panel() -> None:
    assert opens_a_panel("RECOGNITION \u2026")
    assert not opens_a_panel("And so on...")


def test_the_owner_and_note_thresholds_are_settings() -> None:
    from extractor.layouts.text_lists import joined_owners
    from extractor.normalise.status import split_status_note
    from extractor.settings import LayoutTolerances

    assert joined_owners("Estates and Finance Office") == ["Estates and Finance Office"]
    assert joined_owners("Estates and Finance Office", tol=LayoutTolerances(joined_owner_min_words=1)) == [
        "Estates",
        "Finance Office",
    ]
    assert split_status_note("Delayed, see note") == ("Delayed, see note", None)
    assert split_status_note("Delayed, see note", tol=LayoutTolerances(comma_note_min_words=2)) == (
        "Delayed",
        "see note",
    )


_NEWS_PLEDGES = """Harbourside College

Apprentice week at Harbourside

Since the college signed up last spring, technicians have joined the estates board, and the art technicians ran a stall at the county show.

The college has made three pledges:
Pledge 1) Print each technician's name on the workshop door
Pledge 2) Open the staff prize to technical staff
Pledge 3) Fund one external course for every technician a year"""  # noqa: E501


def test_a_news_items_deeds_since_signing_and_its_numbered_pledges() -> None:
    from extractor.layouts.text_prose import deed_of_its_own_apart, signing_clause_apart

    assert signing_clause_apart("Since the school signed up, we have run a fair.") == [
        "Since the school signed up",
        "we have run a fair.",
    ]
    assert deed_of_its_own_apart("We ran a fair, and the print team made the posters.") == [
        "We ran a fair",
        "the print team made the posters.",
    ]
    rows = parse(_page(_NEWS_PLEDGES), ExtractionSettings()).rows
    texts = [row.cells[ColumnRole.ACTION] for row in rows]
    assert texts[:2] == [
        "technicians have joined the estates board",
        "the art technicians ran a stall at the county show.",
    ]
    assert [row.cells.get(ColumnRole.REF) for row in rows[2:]] == ["1", "2", "3"]


_BRACED_AND_CUT = """Update 2031

What we did this year
- Opened the tool store to every technician {GREEN}
- Started a register of single-person skills {RED \u2013 paused while the system is replaced}

Next steps
Draft a guide to the stores for new staff Stores Manager June 2031
Train two more glassblowers for the teaching labs Head of Workshops Q1 2032
Add technicians to the visitor programme Visitor Services Team 2031/32
Run the first technician survey Head of Technical Services Nov 2031
Hold a technicians' open morning for visiting partner scho"""


def test_a_status_in_braces_leaves_the_item() -> None:
    rows = parse(_page(_BRACED_AND_CUT), ExtractionSettings()).rows
    assert rows[0].cells[ColumnRole.ACTION] == "Opened the tool store to every technician"
    assert rows[0].cells[ColumnRole.STATUS] == "GREEN"
    assert rows[1].cells[ColumnRole.ACTION] == "Started a register of single-person skills"


def test_a_row_cut_by_the_pages_end_under_rows_one_a_line() -> None:
    rows = parse(_page(_BRACED_AND_CUT), ExtractionSettings()).rows
    assert rows[-1].cells[ColumnRole.ACTION] == "Hold a technicians' open morning for visiting partner scho"
    assert len(rows) == 7


def test_a_page_record_after_rows_one_a_line_is_no_cut_row() -> None:
    page = _BRACED_AND_CUT.replace(
        "Hold a technicians' open morning for visiting partner scho", "Last updated 3 June 2031 by the Web Team"
    )
    rows = parse(_page(page), ExtractionSettings()).rows
    assert len(rows) == 6


_CELLS_CUT = """Quarry Lane Institute tracker

Visibility

Print the duty technician's name on each lab door

Lab Services Manager

Q2 2031

Green

Film the glass workshop for the open day

Media Team

Summer 2031

Amber

Recognition

Open the staff prize to technical staff

HR Office

2031/32

Red

Publish an annual report on the techn"""


def test_a_cell_table_keeps_the_action_the_pages_cut_left_alone() -> None:
    rows = parse(_page(_CELLS_CUT), ExtractionSettings()).rows
    assert [row.cells[ColumnRole.ACTION] for row in rows][-1] == "Publish an annual report on the techn"
    assert len(rows) == 4


_GROUPED_CUT = """Career development +
Offer every technician a first-aid course Staff Development Manager from May 2031
Pay one professional body fee for each technician HR Business Partner 2031/32

Sustainability +
Take on two apprentices in the print room each year Head of Print Annually
Hold a shadow day for school pupils in the workshops Schools Officer Spring 2032

Governance +
Report on the plan to the Board's staff comm"""


def test_a_row_cut_under_the_next_pillars_group_line() -> None:
    rows = parse(_page(_GROUPED_CUT), ExtractionSettings()).rows
    assert rows[-1].cells[ColumnRole.ACTION] == "Report on the plan to the Board's staff comm"
    assert rows[-1].section == "Governance"


def test_a_cut_joined_row_keeps_the_owners_it_names_with_a_slash() -> None:
    from extractor.layouts.text_cell_runs import cut_row_cells as joined_cut_cells

    cells = joined_cut_cells("Open a bursary for part-time study in Art HR Manager / Head of Scu")
    assert cells[ColumnRole.ACTION] == "Open a bursary for part-time study in Art"
    assert cells[ColumnRole.OWNER] == "HR Manager / Head of Scu"
    assert joined_cut_cells("Report to the Board's staff comm") == {
        ColumnRole.ACTION: "Report to the Board's staff comm"
    }


_PIPES_WITH_HEADER_AND_SOCIAL = """Ashgrove College | Staff

Pillar | Action | Lead | By
Visibility | Print the technicians' names on the studio doors | Estates Office | Q1 2031
Add a technician to every open day panel | Marketing Team | 2031/32
Recognition | Open the college awards to technical staff | HR Office | Summer 2031

Follow us: Instagram | YouTube"""


def test_a_pipe_tables_header_and_social_line_are_no_rows() -> None:
    from extractor.layouts.text_prose import is_social_line

    assert is_social_line("Find us on LinkedIn | Bluesky")
    rows = parse(_page(_PIPES_WITH_HEADER_AND_SOCIAL), ExtractionSettings()).rows
    assert [row.cells[ColumnRole.ACTION].split()[0] for row in rows] == ["Print", "Add", "Open"]
