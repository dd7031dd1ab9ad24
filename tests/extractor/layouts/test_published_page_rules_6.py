"""Rules for published plan pages, sixth round: a column headed with the theme and the action
together, table rows shifted left under a merged first column, pipe-joined navigation lines,
items closing with their status, owner and date in brackets.

Every page here is invented for the test; none is copied from a real institution's page.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from text_pages import page_lines as _lines
from text_pages import text_page as _page

from extractor.layouts.plain_text import parse
from extractor.layouts.text_cell_runs import repeats_with_an_event, split_accordion_row
from extractor.layouts.text_delimited_rows import semicolon_cells, table_theme_leads
from extractor.layouts.text_lists import closing_owner_fields, split_fields
from extractor.layouts.text_pipe_rows import holds_row_fields, pipe_rows
from extractor.layouts.text_status import closing_rag, colour_only, progress_line, progress_remark
from extractor.layouts.text_tables import Columns, reads_as_second_column, unshift_merged_cell
from extractor.rows import ColumnRole, RawRow, header_role, names_theme_and_action
from extractor.settings import ExtractionSettings, LayoutTolerances
from schemas.plan import Provenance


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Theme \u2013 action", True),
        ("Area / Activity", True),
        ("Aim and task", True),
        ("Theme", False),
        ("Action", False),
        ("Action / owner", False),
    ],
)
def test_a_header_naming_theme_and_action_heads_the_action_column(header: str, expected: bool) -> None:
    assert names_theme_and_action(header) is expected
    if expected:
        assert header_role(header) is ColumnRole.ACTION


def test_a_sentence_in_the_first_cell_reads_under_the_action_column() -> None:
    columns = Columns(
        roles={0: ColumnRole.PILLAR, 1: ColumnRole.ACTION, 2: ColumnRole.OWNER},
        periods={},
        width=3,
        mode="pipe",
        line=1,
    )
    assert unshift_merged_cell(["Lend each workshop a spare lathe for training", "Estates", ""], columns) == [
        "",
        "Lend each workshop a spare lathe for training",
        "Estates",
    ]
    assert unshift_merged_cell(["Recognition", "Lend a lathe", "Estates"], columns)[0] == "Recognition"
    assert not reads_as_second_column("Career development", ColumnRole.ACTION)
    assert not reads_as_second_column("Lend each workshop a spare lathe for training", ColumnRole.OWNER)


def _row(text: str) -> RawRow:
    return RawRow(cells={ColumnRole.ACTION: text}, provenance=Provenance(line=1))


def test_theme_leads_of_a_table_are_read_when_most_cells_have_one() -> None:
    rows = [_row("Welcome \u2013 Pair starters with a buddy"), _row("Kit \u2013 Audit the loan store twice a year")]
    assert [r.cells.get(ColumnRole.THEME) for r in table_theme_leads(rows)] == ["Welcome", "Kit"]
    lone = [_row("Welcome \u2013 Pair starters with a buddy"), _row("Run a fair"), _row("Audit the loan store")]
    assert all(ColumnRole.THEME not in r.cells for r in table_theme_leads(lone))


_SHIFTED_TABLE = """# Technical staff plan

| Pillar | Theme / action | Lead | When | RAG |
|---|---|---|---|---|
| Recognition | Prizes \u2013 Launch a yearly prize for a workshop team | Dean of Faculty | Q1 2026 | Green |
| Credit \u2013 Name instrument makers in every published paper | Library Services | 2026/27 | Amber | |
| Sustainability | Skills \u2013 Record the methods that only one person knows | Heads of School | Dec 2026 | Red |
| Apprentices \u2013 Recruit two glassblowing apprentices each year | HR Manager | Annually | Green | |
"""


def test_a_markdown_table_with_shifted_rows_and_theme_leads() -> None:
    rows = parse(_page(_SHIFTED_TABLE), ExtractionSettings()).rows
    read = [(r.cells.get(ColumnRole.THEME), r.cells[ColumnRole.ACTION], r.cells.get(ColumnRole.OWNER)) for r in rows]
    assert read == [
        ("Prizes", "Launch a yearly prize for a workshop team", "Dean of Faculty"),
        ("Credit", "Name instrument makers in every published paper", "Library Services"),
        ("Skills", "Record the methods that only one person knows", "Heads of School"),
        ("Apprentices", "Recruit two glassblowing apprentices each year", "HR Manager"),
    ]
    assert [r.cells.get(ColumnRole.PILLAR) for r in rows] == [
        "Recognition",
        "Recognition",
        "Sustainability",
        "Sustainability",
    ]


_PIPED_MENU_THEN_ROWS = """Larchfield College | Courses | Staff
Home | About | Technicians
Technician Commitment plan | updated May 2026

Our plan for the year:
Recognition | 1 | Launch a yearly prize for a workshop team | Dean of Faculty | Q1 2026 |
2 | Name instrument makers in every paper they helped with | Library Services | 2026/27 |
3 | Invite technicians to the graduation procession | Registry | Summer 2026 |
"""


def test_pipe_joined_menu_lines_are_no_rows() -> None:
    rejected: list = []
    rows, _ = pipe_rows(_lines(_PIPED_MENU_THEN_ROWS), rejected)
    assert [row.cells[ColumnRole.REF] for row in rows] == ["1", "2", "3"]
    assert {reason for reason, _, _ in rejected} == {"navigation_line"}
    assert not holds_row_fields([["Home", "About", "Technicians"], ["Courses", "Staff"]], 0.5)


def test_joined_row_thresholds_come_from_the_settings() -> None:
    strict = LayoutTolerances(joined_rows_min=4)
    assert pipe_rows(_lines(_PIPED_MENU_THEN_ROWS), [], strict)[0] == []
    line = "Run a skills fair; Careers Team; 2025/26"
    assert semicolon_cells(line) is not None
    assert semicolon_cells(line, LayoutTolerances(semicolon_min_cells=4)) is None
    assert semicolon_cells("Run a fair; at the hall; 2025/26", LayoutTolerances(semicolon_field_share=1.0)) is None
    with pytest.raises(ValidationError):
        LayoutTolerances(pipe_field_row_share=1.5)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "Kiln room upgrade \u2013 AMBER \u2013 waiting for the electricians",
            ("Kiln room upgrade", "AMBER \u2013 waiting for the electricians"),
        ),
        ("Kiln room upgrade for the ceramics studios: Green", ("Kiln room upgrade for the ceramics studios", "Green")),
        ("Open a green room for the stage crew", None),
    ],
)
def test_an_item_reviewed_by_its_colour_after_a_dash(item: str, expected: tuple[str, str] | None) -> None:
    assert progress_line(item) == expected


def test_a_colour_after_the_sentence_is_the_items_rag_not_its_words() -> None:
    assert closing_rag("Printed name plates for every workshop door. AMBER") == (
        "Printed name plates for every workshop door.",
        "AMBER",
    )
    assert closing_rag("Repaint the workshop doors green") is None
    assert colour_only(["Amber"])
    assert not colour_only(["Amber \u2013 late"])


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "Tool loan scheme \u2013 piloted in two schools; complete",
            ("Tool loan scheme", "piloted in two schools; complete"),
        ),
        (
            "Glassblowing course \u2013 not started, waiting for a tutor",
            ("Glassblowing course", "not started, waiting for a tutor"),
        ),
        ("Glassblowing course \u2013 for new staff in the spring", None),
        ("Mentors \u2013 Pair each starter with a mentor", None),
    ],
)
def test_an_item_named_then_a_remark_on_how_it_stands(item: str, expected: tuple[str, str] | None) -> None:
    assert progress_remark(item) == expected


_UPDATE_PAGE = """Update on our plan

Completed this year
- Printed name plates for every workshop door. GREEN
- Began a register of shared kit, though two schools are missing. AMBER

How the rest is going
- Kiln room upgrade \u2013 RED \u2013 waiting for the electricians
- Tool loan scheme \u2013 piloted in two schools; complete
"""


def test_an_update_page_keeps_status_words_out_of_the_items() -> None:
    rows = parse(_page(_UPDATE_PAGE), ExtractionSettings()).rows
    assert [(r.cells[ColumnRole.ACTION], r.cells.get(ColumnRole.STATUS)) for r in rows] == [
        ("Printed name plates for every workshop door.", "GREEN"),
        ("Began a register of shared kit, though two schools are missing.", "AMBER"),
        ("Kiln room upgrade", "RED \u2013 waiting for the electricians"),
        ("Tool loan scheme", "piloted in two schools; complete"),
    ]
    assert rows[0].status_state == "complete"


@pytest.mark.parametrize(
    ("item", "text", "fields"),
    [
        (
            "Open a tool library for all schools (Y2) \u2013 led by Head of Estates",
            "Open a tool library for all schools",
            [("owner", "Head of Estates"), ("end", "Y2")],
        ),
        (
            "We will print a map of the workshops \u2013 Estates Office, by March 2027.",
            "We will print a map of the workshops",
            [("owner", "Estates Office"), ("end", "by March 2027")],
        ),
        (
            "A buddy for every new glassblower [Workshop Managers / HR; Autumn 2026]",
            "A buddy for every new glassblower",
            [("owner", "Workshop Managers / HR"), ("end", "Autumn 2026")],
        ),
    ],
)
def test_owner_and_timescale_closing_an_item_leave_its_words(item: str, text: str, fields: list) -> None:
    body, found = split_fields(item)
    assert body == text
    assert [(role.value, value) for role, value in found] == fields


@pytest.mark.parametrize(
    "item",
    ["Lab tours \u2013 for new staff, twice a year", "Read the guide [PDF, 2MB]", "Kiln upgrade \u2013 Estates Office"],
)
def test_a_dash_or_bracket_without_owner_and_timescale_stays_in_the_item(item: str) -> None:
    assert closing_owner_fields(item) is None


_UNMARKED_PRIORITIES = """Technician Commitment

Our priorities
Here is what we will do first:

A shared register of specialist kit across the schools [Research Office; Q2 2026]
Name plates on every workshop door [Estates Office; 2026/27]
Two new glassblowing apprenticeships [HR Partner Recruitment / Head of Chemistry; by end of 2027]

Page owner: Technical Services
"""


def test_unmarked_lines_closing_with_owner_and_date_are_items() -> None:
    rows = parse(_page(_UNMARKED_PRIORITIES), ExtractionSettings()).rows
    assert [(r.cells[ColumnRole.ACTION], r.cells.get(ColumnRole.END)) for r in rows] == [
        ("A shared register of specialist kit across the schools", "Q2 2026"),
        ("Name plates on every workshop door", "2026/27"),
        ("Two new glassblowing apprenticeships", "by end of 2027"),
    ]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            "Show visitors round the glasshouses Head of Outreach Every open day",
            ("Show visitors round the glasshouses", "Head of Outreach", "Every open day", None),
        ),
        (
            "Fund a welding course for two technicians Finance Manager / Head of Engineering March 2027",
            ("Fund a welding course for two technicians", "Finance Manager / Head of Engineering", "March 2027", None),
        ),
    ],
)
def test_a_space_joined_row_with_an_event_repeat_or_two_owners(row: str, expected: tuple) -> None:
    assert split_accordion_row(row) == expected
    assert repeats_with_an_event("each staff meeting")
    assert not repeats_with_an_event("every new starter")


_TABLE_THEN_PRIORITIES = """Annual report 2026

Review of the year

| Pillar | What we planned | RAG | Comment |
| Visibility | Name plates on every workshop door | GREEN | Done in May |
| Recognition | A prize for the best workshop team | AMBER | Judges still to be found |

Next year's priorities
1. Open a shared register of specialist kit
2. Pair every new glassblower with a mentor

Download the full report (PDF, 1MB)
"""


def test_a_list_below_the_last_table_under_its_own_heading_is_read_too() -> None:
    rows = parse(_page(_TABLE_THEN_PRIORITIES), ExtractionSettings()).rows
    assert [r.cells[ColumnRole.ACTION] for r in rows] == [
        "Name plates on every workshop door",
        "A prize for the best workshop team",
        "Open a shared register of specialist kit",
        "Pair every new glassblower with a mentor",
    ]
    assert rows[-1].section == "Next year's priorities"
