"""Fields of published plan pages: measures under a label in the page's own words, a heading
naming the plan's objectives over them, a RAG colour closing an item, and status symbols
explained by a printed key.

Every page here is invented for the test; none is copied from a real institution's page.
"""

from __future__ import annotations

import pytest
from text_pages import page_lines as _lines
from text_pages import text_page as _page

from extractor.headings import names_its_items
from extractor.layouts.plain_text import parse
from extractor.layouts.text_lists import label_role, list_lines_to_rows, names_a_measure, unglue_label
from extractor.layouts.text_status import closing_rag, statuses_from_symbols, symbol_key
from extractor.rows import ColumnRole, RawRow
from extractor.settings import ExtractionSettings
from schemas.plan import Provenance


@pytest.mark.parametrize(
    "label",
    [
        "Measured by", "We will measure this by", "Success will be measured by", "How we will know",
        "We will track", "We'll monitor", "What we will keep track of",
    ],
)  # fmt: skip
def test_a_label_saying_how_success_is_measured_names_the_measure(label: str) -> None:
    assert names_a_measure(label)
    assert label_role(label) is ColumnRole.MEASURE


@pytest.mark.parametrize("label", ["Led by", "Owned by", "Measure twice", "Why", "We will tracks", "We will run"])
def test_other_labels_name_no_measure(label: str) -> None:
    assert not names_a_measure(label)


_OBJECTIVES_PAGE = """Fernhollow Agricultural College
Home / Staff / Technician Commitment

TECHNICIAN COMMITMENT PRIORITIES 2026-2029

The Estates and Technical Board set four priorities in March 2026.

1 \u2013 Show who keeps the farm running
Reason: visitors meet lecturers but rarely the stock and machinery teams.
Progress will be measured by: a named photo board in each yard by July 2026; a farm-team page online.

2 \u2013 Train the next tractor fitters
Reason: two of three fitters retire within five years.
Progress will be measured by: one fitter apprentice taken on each year.
"""


def test_numbered_priorities_take_their_measures_and_the_heading_naming_them() -> None:
    rows = list_lines_to_rows(_lines(_OBJECTIVES_PAGE))
    assert [row.cells[ColumnRole.ACTION] for row in rows] == [
        "Show who keeps the farm running",
        "Train the next tractor fitters",
    ]
    assert (
        rows[0].cells[ColumnRole.MEASURE] == "a named photo board in each yard by July 2026; a farm-team page online."
    )
    assert rows[0].cells[ColumnRole.NOTES] == "visitors meet lecturers but rarely the stock and machinery teams."
    assert {row.section for row in rows} == {"TECHNICIAN COMMITMENT PRIORITIES 2026-2029"}


@pytest.mark.parametrize(
    ("heading", "names"),
    [
        ("Our goals for 2026 to 2029", True),
        ("Commitment aims, 2027", True),
        ("Technician Commitment Action Plan 2026-2029", False),
        ("Technician Commitment at Fernhollow", False),
    ],
)
def test_a_title_like_heading_naming_the_items_is_their_heading(heading: str, names: bool) -> None:
    assert names_its_items(heading) is names


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Opened a seed bank for the glasshouses. AMBER", ("Opened a seed bank for the glasshouses.", "AMBER")),
        ("Workshop rota \u2013 GREEN \u2013 running since May", ("Workshop rota", "GREEN \u2013 running since May")),
        ("Replant the Green Court borders", None),
        ("Paint the fence green", None),
    ],
)
def test_a_capital_rag_colour_closing_an_item_is_its_status(line: str, expected: tuple[str, str] | None) -> None:
    assert closing_rag(line) == expected


_DONE_LIST = """Our year in review

What we have achieved
- Opened a seed bank for the glasshouses. GREEN
- Ran two soil-science taster days. AMBER

What comes next
- Start a fitter apprenticeship
"""


def test_a_progress_heading_still_gives_the_state_of_an_item_rated_by_a_colour() -> None:
    rows = list_lines_to_rows(_lines(_DONE_LIST))
    assert [row.cells[ColumnRole.ACTION] for row in rows[:2]] == [
        "Opened a seed bank for the glasshouses.",
        "Ran two soil-science taster days.",
    ]
    assert [row.cells.get(ColumnRole.STATUS) for row in rows[:2]] == ["GREEN", "AMBER"]
    assert [row.status_state for row in rows[:2]] == ["complete", "complete"]


def test_a_printed_key_explains_status_symbols() -> None:
    key = symbol_key(["Fernhollow College", "Key: \u2714 finished    \u2026 in hand    \u2717 not started"])
    assert key == {"\u2714": "finished", "\u2026": "in hand", "\u2717": "not started"}
    assert symbol_key(["Key: FTB \u2013 Farm Technical Board; HR \u2013 People Team"]) == {}


def test_a_row_s_lone_symbol_is_its_status_and_a_timescale_word_its_end() -> None:
    key = {"\u2714": "finished", "\u2026": "in hand"}
    rows = [
        RawRow(cells={ColumnRole.ACTION: "Run a fair", ColumnRole.NOTES: "\u2714"}, provenance=Provenance(line=1)),
        RawRow(
            cells={ColumnRole.ACTION: "Keep a rota", ColumnRole.STATUS: "Ongoing", ColumnRole.NOTES: "\u2026"},
            provenance=Provenance(line=2),
        ),
    ]
    first, second = statuses_from_symbols(rows, key)
    assert first.cells == {ColumnRole.ACTION: "Run a fair", ColumnRole.STATUS: "\u2714 finished"}
    assert second.cells == {
        ColumnRole.ACTION: "Keep a rota",
        ColumnRole.END: "Ongoing",
        ColumnRole.STATUS: "\u2026 in hand",
    }


_SYMBOL_ROWS = """Fernhollow College | Technician Commitment

Key: \u2714 finished    \u2026 in hand    \u2717 not started

Visibility | 1 | Photo boards of the yard teams in reception | Marketing Office | Jan 2026 | \u2714 |
2 | A farm-team page on the college website | Web Team | Q3 2026 | \u2717 |
Recognition | 3 | Long-service letters for stock staff | People Team | Ongoing | \u2026 |
"""


def test_pipe_rows_read_their_status_symbols_by_the_key() -> None:
    rows = parse(_page(_SYMBOL_ROWS), ExtractionSettings()).rows
    assert [row.cells.get(ColumnRole.STATUS) for row in rows] == [
        "\u2714 finished",
        "\u2717 not started",
        "\u2026 in hand",
    ]
    assert rows[2].cells[ColumnRole.END] == "Ongoing"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Who's responsibleKiln Room Supervisor", "Who's responsible: Kiln Room Supervisor"),
        ("Evidence we'll look forThree glazing courses run", "Evidence we'll look for: Three glazing courses run"),
    ],
)
def test_card_labels_in_the_pages_own_words_come_apart_from_their_values(line: str, expected: str) -> None:
    assert unglue_label(line) == expected
    label = expected.split(": ")[0]
    assert label_role(label) is (ColumnRole.OWNER if label.startswith("Who") else ColumnRole.MEASURE)


def test_a_possessive_name_glued_to_a_capital_is_no_label() -> None:
    assert unglue_label("Kim's BarnOpen day") == "Kim's BarnOpen day"
