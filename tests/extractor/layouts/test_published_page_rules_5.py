"""Rules for published plan pages: rows of cells joined by semicolons, wiki-marked headings, tables
flattened one cell a line between Markdown headings, lettered refs and repeats named by a season.

Every page here is invented for the test; none is copied from a real institution's page.
"""

from __future__ import annotations

import pytest
from text_pages import page_lines as _lines
from text_pages import text_page as _page

from extractor.headings import heading_text, without_wiki_marks
from extractor.layouts.plain_text import parse
from extractor.layouts.text_cell_runs import cell_run_rows, ends_at_rule, markdown_cell, numbered_rows
from extractor.layouts.text_common import TIMESCALE
from extractor.layouts.text_delimited_rows import semicolon_cells, semicolon_rows, with_theme_lead
from extractor.layouts.text_lists import list_lines_to_rows
from extractor.layouts.text_prose import (
    defines_pillar,
    is_form_choice,
    is_member_line,
    narrative_rows,
    titled_before_unit,
)
from extractor.layouts.text_tables import REF_LIKE
from extractor.rows import ColumnRole, RawRow
from extractor.settings import ExtractionSettings
from schemas.plan import Provenance

_SEMICOLON_PAGE = """Harwick Institute
Home; Study; Research; Contact

=== Career paths ===
Mentoring \u2013 Pair each new glassblower with a senior mentor; Workshop Managers; Q2 2025; Complete
Pay \u2013 Review the grading of instrument makers against the sector; HR Reward Team; 2025/26; In progress

=== Recognition ===
Prizes \u2013 Launch a yearly prize for a technical team; Vice-Principal Office; Q1 2026; Not started
"""


def test_semicolon_joined_rows_are_a_table_under_their_headings() -> None:
    rejected: list = []
    rows, used = semicolon_rows(_lines(_SEMICOLON_PAGE), rejected)
    assert [row.cells[ColumnRole.ACTION] for row in rows] == [
        "Pair each new glassblower with a senior mentor",
        "Review the grading of instrument makers against the sector",
        "Launch a yearly prize for a technical team",
    ]
    assert rows[0].cells[ColumnRole.THEME] == "Mentoring"
    assert rows[1].cells[ColumnRole.END] == "2025/26"
    assert used == {5, 6, 9}


def test_semicolon_rows_take_their_heading_without_wiki_marks() -> None:
    source = _page(_SEMICOLON_PAGE)
    rows = parse(source, ExtractionSettings()).rows
    assert [row.section for row in rows] == ["Career paths", "Career paths", "Recognition"]


@pytest.mark.parametrize(
    "line",
    [
        "Home; Study; Research; Contact",
        "We met in May; the board agreed the draft; a review follows in the autumn.",
        "Run a tool library | Estates; 2025; Complete",
    ],
)
def test_a_menu_or_a_sentence_with_semicolons_is_no_row(line: str) -> None:
    assert semicolon_cells(line) is None


def test_a_theme_lead_in_the_action_cell_is_the_theme() -> None:
    row = RawRow(
        cells={ColumnRole.ACTION: "Open days \u2013 Host a family day in the labs"}, provenance=Provenance(line=3)
    )
    cells = with_theme_lead(row).cells
    assert cells == {ColumnRole.THEME: "Open days", ColumnRole.ACTION: "Host a family day in the labs"}


@pytest.mark.parametrize(
    ("heading", "expected"),
    [("== Training ==", "Training"), ("=== Staff voice ===", "Staff voice"), ("Pay = grade", "Pay = grade")],
)
def test_wiki_heading_marks_are_no_words(heading: str, expected: str) -> None:
    assert without_wiki_marks(heading) == expected
    assert heading_text(heading) == expected


@pytest.mark.parametrize("ref", ["V.1", "R.12", "C-3", "2.1", "A3"])
def test_a_lettered_ref_reads_as_a_ref(ref: str) -> None:
    assert REF_LIKE.match(ref)


@pytest.mark.parametrize("cell", ["Every autumn", "Every term", "Annually from 2026", "annual from 2027"])
def test_a_repeat_named_by_a_season_or_from_a_year_is_a_timescale(cell: str) -> None:
    assert TIMESCALE.match(cell)


_MARKDOWN_CELLS = """# Tenby Institute

Open a theme to see its actions.

### Theme one \u2013 Visibility [+]

T.1

Publish a map of every technical team and what it does

Web Team

Q1 2026

T.2

Give technicians a page each on the staff site

Communications Office

Every autumn

### Theme two \u2013 Sustainability [+]

S.1

Take on two apprentices a year in the chemistry stores

Stores Manager

Annually from 2026

---
Related pages
- Apprenticeships
"""


def test_a_table_one_cell_a_line_between_markdown_headings() -> None:
    rows = cell_run_rows(_lines(_MARKDOWN_CELLS), [], headings_marked=True)
    assert [row.cells[ColumnRole.REF] for row in rows] == ["T.1", "T.2", "S.1"]
    one, two = "Theme one \u2013 Visibility", "Theme two \u2013 Sustainability"
    assert [row.section for row in rows] == [one, one, two]
    assert rows[1].cells[ColumnRole.OWNER] == "Communications Office"
    assert ColumnRole.MEASURE not in rows[2].cells  # the links after the rule are no part of the last row
    assert numbered_rows(rows)
    assert cell_run_rows(_lines(_MARKDOWN_CELLS), []) == []  # without the page's sign, Markdown is read as lists


def test_the_page_reader_prefers_the_cells_when_each_row_has_its_ref() -> None:
    source = _page(_MARKDOWN_CELLS)
    rows = parse(source, ExtractionSettings()).rows
    assert [row.cells.get(ColumnRole.REF) for row in rows] == ["T.1", "T.2", "S.1"]


def test_markdown_headings_and_rules_as_cells() -> None:
    assert markdown_cell("## Recognition") == (ColumnRole.PILLAR, "Recognition")
    assert markdown_cell("Recognition") is None
    assert ends_at_rule("***")
    assert not ends_at_rule("--- draft")


@pytest.mark.parametrize("cell", ["Jun-25", "Sep.26"])
def test_a_month_with_its_year_is_no_lettered_ref(cell: str) -> None:
    assert not REF_LIKE.match(cell)


def test_a_form_on_an_event_page_gives_no_initiative() -> None:
    page = _lines(
        "Recognition\n"
        "We are holding a celebration of technical staff in June.\n"
        "Which workshop would you like to join?\n"
        "( ) Recognition in practice\n"
        "( ) Careers for technicians\n"
        "Will you stay for lunch? ( ) Yes ( ) No\n"
    )
    assert is_form_choice("( ) Careers for technicians")
    assert all("( )" not in row.cells[ColumnRole.ACTION] for row in narrative_rows(page, frozenset(), []))


@pytest.mark.parametrize("mark", ["\u203a", "\u27a4", "\u2192", "\u2714", "\u00d7"])
def test_a_chevron_or_arrowhead_opens_a_list_item(mark: str) -> None:
    page = _lines(f"Recognition\n\n{mark} Name a technician of the month in the staff bulletin\n{mark} Fund a prize\n")
    rows = list_lines_to_rows(page)
    assert rows[0].cells[ColumnRole.ACTION] == "Name a technician of the month in the staff bulletin"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Visibility means every student can name the technician in their lab.", True),
        ("To us, career development is about routes into senior technical roles.", True),
        ("Being visible is when people know whom to ask.", True),
        ("The survey means we can plan training better.", False),
    ],
)
def test_a_sentence_saying_what_a_pillar_means_is_no_initiative(sentence: str, expected: bool) -> None:
    assert defines_pillar(sentence) is expected


def test_a_group_listed_as_name_then_title_and_unit_is_no_action() -> None:
    members = [
        "Ruth Aldine \u2013 Research Partner, Finance Office",
        "Owen Price \u2013 Technician, Glass Studio",
        "Dr Lena Moss \u2013 Head of School (Design)",
    ]
    assert all(is_member_line(line) for line in members)
    assert titled_before_unit("Finance Partner, Estates")
    assert not is_member_line("Run a forum \u2013 Technician, Glass Studio")
