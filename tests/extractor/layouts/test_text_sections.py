"""The heading over a run of table rows (`text_sections`), with invented pages."""

from __future__ import annotations

from pathlib import Path

from extractor.layouts.plain_text import parse
from extractor.layouts.text_sections import is_control_label, sections_from_headings_above, table_section_heading
from extractor.rows import ColumnRole, RawRow
from extractor.settings import ExtractionSettings
from extractor.sources import SourceDocument, SourceLine
from schemas.plan import Provenance


def _lines(text: str) -> list[SourceLine]:
    return [SourceLine(number=i, text=t) for i, t in enumerate(text.split("\n"), start=1)]


def _row(line: int, section: str | None = None) -> RawRow:
    cells = {ColumnRole.ACTION: f"Action on line {line}"}
    return RawRow(cells=cells, provenance=Provenance(line=line), section=section)


def test_control_words_are_not_headings() -> None:
    assert is_control_label("Collapse")
    assert is_control_label("Show more")
    assert not is_control_label("Mentoring scheme")


def test_heading_over_a_table_skips_toggles_and_header_rows() -> None:
    assert table_section_heading(["Workshop actions", "Expand", "No. | Task | Who"]) == "Workshop actions"
    assert table_section_heading(["Targets for 2031/32", ""]) == "Targets for 2031/32"


def test_a_paragraph_or_the_plan_title_is_no_table_heading() -> None:
    assert table_section_heading(["Greenholt Technician Commitment Action Plan", ""]) is None
    assert table_section_heading(["Getting noticed", "We asked every team what they wanted from us."]) is None


def test_rows_take_the_heading_above_and_keep_their_own() -> None:
    lines = _lines("Getting noticed\nrow\nrow\n\nGrowing skills\nrow\nrow")
    rows = [_row(2), _row(3), _row(6, section="Own heading"), _row(7)]
    found = [r.section for r in sections_from_headings_above(rows, lines)]
    assert found == ["Getting noticed", "Getting noticed", "Own heading", "Growing skills"]


def test_colon_rows_under_a_heading_line_on_a_page() -> None:
    page = "\n".join(
        [
            "Greenholt College",
            "",
            "Plans for 2031/32",
            "1) Open a lending library of hand tools for trainees : Stores Team : Spring 2032",
            "2) Rotate technicians through the glassblowing workshop : Facilities Manager : Q3 2031",
            "3) Publish a yearly report on technician training : Quality Office : end of 2032",
        ]
    )
    source = SourceDocument(
        path=Path("page.txt"), display_path="page.txt", kind="text", sha256="0" * 64, lines=_lines(page)
    )
    rows = parse(source, ExtractionSettings()).rows
    assert [r.section for r in rows] == ["Plans for 2031/32"] * 3
