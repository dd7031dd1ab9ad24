"""Rules for finding the actions of published plan pages: a table flattened one cell a line under
numbered section rows, which a list reading would take for a few long items.

Every page here is invented for the test; none is copied from a real institution's page.
"""

from __future__ import annotations

from text_pages import page_lines as _lines
from text_pages import text_page as _page

from extractor.layouts.plain_text import parse
from extractor.layouts.text_cell_runs import blocks_of_rows, numbered_cells_over_items
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
