"""Fields of published plan pages, eleventh round: pillars read from headings and refs the page
words its own way, and the fields of the actions under them.

Every page here is invented for the test; none is copied from a real institution's page.
"""

from __future__ import annotations

from text_pages import page_lines as _lines

from extractor.assemble import choose_pillar, row_to_action, state_from_comment
from extractor.layouts.text_lists import list_lines_to_rows, status_valued, title_over_sections
from extractor.layouts.text_status import is_rag_key, key_states
from extractor.metadata import find_period
from extractor.normalise.owners import normalise_owners
from extractor.normalise.pillars import names_numbered_pillar, pillar_among, pillars_named
from extractor.normalise.status import split_status_note
from extractor.rows import ColumnRole, RawRow, header_role
from schemas.plan import Pillar, Provenance, State, Status


def test_a_pillar_numbered_in_words_heads_its_part_of_the_page() -> None:
    """ "Strand Two: Recognition" over a one-line gloss and bullets is a heading, not a field."""
    page = (
        "Strand One: Visibility\n"
        "In brief: technicians are seen.\n"
        "\u2022 Put staff photographs in every workshop\n"
        "\n"
        "Strand Two: Recognition\n"
        "In brief: their work is credited.\n"
        "\u2022 Name the workshop team in every exhibition catalogue\n"
    )
    rows = list_lines_to_rows(_lines(page))
    assert [r.section for r in rows] == ["Strand One: Visibility", "Strand Two: Recognition"]
    assert names_numbered_pillar("Part III \u2013 Career Development")
    assert not names_numbered_pillar("Part Three: Buy new lathes")


def test_a_field_above_a_card_title_belongs_to_that_card() -> None:
    """Cards printed "Theme: ..." first, then the title, then its fields: each theme is its own card's."""
    page = (
        "Our commitments 2026\n"
        "\n"
        "Being seen\n"
        "\n"
        "Theme: Tours\n"
        "Run a public tour of the glass workshop twice a year\n"
        "Lead: Workshop Manager\n"
        "When: 2026/27\n"
        "\n"
        "Theme: Names\n"
        "Print the name of every technician on the gallery wall\n"
        "Lead: Curator\n"
        "When: Q2 2026\n"
        "\n"
        "Growing people\n"
        "\n"
        "Theme: Courses\n"
        "Pay for one short course a year for each technician\n"
        "Lead: Head of School\n"
        "When: Each spring\n"
    )
    rows = list_lines_to_rows(_lines(page))
    assert [r.cells[ColumnRole.THEME] for r in rows] == ["Tours", "Names", "Courses"]
    assert [r.section for r in rows] == ["Being seen", "Being seen", "Growing people"]


def test_a_plan_title_over_its_section_headings_is_no_section() -> None:
    assert title_over_sections([("Technician Commitment pledges 2026\u20132029", 3)]) == 0
    assert title_over_sections([("Visibility", 2)]) is None


def test_a_heading_joining_two_pillars_leaves_the_action_to_say_which() -> None:
    """Under "Recognition and sustainability" an award is recognition, an apprentice sustainability."""
    joint = pillars_named("Recognition and sustainability")
    assert joint == [Pillar.RECOGNITION, Pillar.SUSTAINABILITY]
    assert pillar_among(joint, "Take on two apprentices in the print room") is Pillar.SUSTAINABILITY
    assert (
        choose_pillar(None, "Recognition and sustainability", None, "Enter the team for a national prize", [])[0]
        is Pillar.RECOGNITION
    )
    assert choose_pillar(None, "Recognition and sustainability", None, "Paint the store", [])[0] is Pillar.RECOGNITION


def test_a_label_in_the_page_s_own_words_holding_a_status_is_the_status() -> None:
    """ "How it stands: Underway" under a card's fields is its status, and never a heading over the next card."""
    page = (
        "Being seen\n"
        "Action: Put up a board of technician portraits in the foyer\n"
        "Who: Comms Office\n"
        "How it stands: Complete\n"
        "\n"
        "Action: Write a web story about each workshop\n"
        "Who: Comms Office\n"
        "How it stands: Underway \u2013 two stories so far\n"
    )
    rows = list_lines_to_rows(_lines(page))
    assert [r.cells.get(ColumnRole.STATUS) for r in rows] == ["Complete", "Underway \u2013 two stories so far"]
    assert [r.section for r in rows] == ["Being seen", "Being seen"]
    assert status_valued("How it stands", "Complete")
    assert not status_valued("How it stands", "We have asked the board")


def test_a_review_table_s_rating_and_comment_give_the_status() -> None:
    """A "Rating" column of colour letters is the status; the comment beside it says how the action stands."""
    assert header_role("Rating") is ColumnRole.STATUS
    status = state_from_comment(Status(raw="R", rag="red"), "Not begun; waiting for a budget")
    assert status is not None
    assert status.state is State.NOT_STARTED


def test_a_table_column_of_status_words_is_the_status_whatever_its_header() -> None:
    from extractor.document import TableCell
    from extractor.interpret.tables import TableColumns, status_column_by_contents
    from extractor.layouts.pdf_tables import Column

    columns = TableColumns(
        columns=[Column(0, 1, ("Task",), ColumnRole.ACTION), Column(1, 2, ("How far",)), Column(2, 3, ("Remarks",))],
        header=["task", "how far", "remarks"],
    )
    texts = [("Map skills", "Done", "Shared in May"), ("Buy kilns", "Under way", ""), ("Hire", "Not started", "")]
    grid = [[TableCell(r, k, t, Provenance()) for k, t in enumerate(row)] for r, row in enumerate(texts)]
    assert status_column_by_contents(columns, grid, range(3)).roles == {0: ColumnRole.ACTION, 1: ColumnRole.STATUS}


def test_a_pillar_cell_is_the_section_over_the_heading_above_the_table() -> None:
    row = RawRow(
        cells={ColumnRole.PILLAR: "Recognition", ColumnRole.ACTION: "Enter technicians for the regional awards"},
        provenance=Provenance(line=9),
        section="Progress in our second year",
    )
    action = row_to_action(row)
    assert action is not None
    assert action.section == "Recognition"


def test_an_ampersand_between_field_names_joins_one_team() -> None:
    assert normalise_owners("Estates & Building Services") == ["Estates & Building Services"]
    assert normalise_owners("Library & Learning Spaces / HR") == ["Library & Learning Spaces", "HR"]
    assert normalise_owners("Technicians & Managers") == ["Technicians", "Managers"]


def test_a_numbered_pledge_keeps_its_number_as_the_ref() -> None:
    page = "Our promises for next year:\nPledge 1) Run a workshop open day \u2014 Estates, June 2026\n"
    rows = list_lines_to_rows(_lines(page))
    assert [(r.cells.get(ColumnRole.REF), r.cells[ColumnRole.ACTION]) for r in rows] == [
        ("1", "Run a workshop open day")
    ]


def test_a_key_of_colours_written_after_a_label_with_dots_gives_each_colour_its_state() -> None:
    key = "RAG: GREEN finished \u00b7 AMBER under way \u00b7 RED stuck"
    assert key_states([key]) == {"green": State.COMPLETE, "amber": State.IN_PROGRESS, "red": State.ACTION_NEEDED}
    assert is_rag_key(key)
    assert split_status_note("RED \u2013 the budget was cut") == ("RED", "the budget was cut")


def test_a_diamond_bullet_and_an_arrowed_owner_label() -> None:
    page = "Being seen\n\u25ca Run a tour of the print room (Yr 1). Owner \u2192 Print Room Manager\n"
    rows = list_lines_to_rows(_lines(page))
    assert [(r.cells[ColumnRole.ACTION], r.cells[ColumnRole.OWNER]) for r in rows] == [
        ("Run a tour of the print room.", "Print Room Manager")
    ]


def test_a_key_of_plan_years_dates_the_plan() -> None:
    assert find_period(["Plan years: Year 1 = April to March 2026, Year 2 = 2027, Year 3 = 2028."]) == (
        "2026-04",
        "2028",
    )
