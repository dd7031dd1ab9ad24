from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from extractor.document import Document, ListItem, Paragraph
from extractor.errors import ErrorCode, ExtractionError
from extractor.readers import read_document
from extractor.readers.odf import format_number
from extractor.settings import ExtractionSettings

WriteFile = Callable[[str, bytes | str], Path]

NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)
STYLES = """<office:automatic-styles>
  <style:style style:name="Green" style:family="table-cell">
    <style:table-cell-properties fo:background-color="#92d050"/></style:style>
  <style:style style:name="White" style:family="table-cell">
    <style:table-cell-properties fo:background-color="#ffffff"/></style:style>
  <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Red" style:family="text"><style:text-properties fo:color="#ff0000"/></style:style>
  <style:style style:name="Gone" style:family="table"><style:table-properties table:display="false"/></style:style>
  <text:list-style style:name="Numbers">
    <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
    <text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/>
  </text:list-style>
  <text:list-style style:name="Bullets">
    <text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
</office:automatic-styles>"""


def package(mimetype: str, body: str) -> bytes:
    content = (
        f"<office:document-content {NAMESPACES}>{STYLES}<office:body>{body}</office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def read_odt(write_file: WriteFile, body: str) -> Document:
    data = package("application/vnd.oasis.opendocument.text", f"<office:text>{body}</office:text>")
    return read_document(write_file("plan.odt", data))


def read_ods(write_file: WriteFile, body: str) -> Document:
    data = package("application/vnd.oasis.opendocument.spreadsheet", f"<office:spreadsheet>{body}</office:spreadsheet>")
    return read_document(write_file("plan.ods", data))


def test_odt_headings_paragraphs_lists(write_file: WriteFile) -> None:
    document = read_odt(
        write_file,
        """<text:h text:outline-level="1">Plan</text:h>
        <text:p>Intro<text:s text:c="2"/>text<text:line-break/>next</text:p>
        <text:p><text:span text:style-name="Bold">All bold</text:span></text:p>
        <text:section><text:h text:outline-level="2">In a section</text:h></text:section>
        <text:list text:style-name="Numbers">
          <text:list-item><text:p>One</text:p>
            <text:list><text:list-item><text:p>Sub</text:p></text:list-item></text:list></text:list-item>
          <text:list-item><text:p>Two</text:p></text:list-item></text:list>
        <text:list text:style-name="Bullets"><text:list-item><text:p>Bullet</text:p></text:list-item></text:list>""",
    )
    assert document.format == "odt"
    assert [(h.text, h.level) for h in document.headings] == [("Plan", 1), ("In a section", 2)]
    paragraphs = [b for b in document.blocks if isinstance(b, Paragraph)]
    assert [(p.text, p.bold) for p in paragraphs] == [("Intro text\nnext", False), ("All bold", True)]
    items = [b for b in document.blocks if isinstance(b, ListItem)]
    assert [(i.text, i.depth, i.marker, i.ordered) for i in items] == [
        ("One", 0, "1.", True),
        ("Sub", 1, "a)", True),
        ("Two", 0, "2.", True),
        ("Bullet", 0, "•", False),
    ]
    assert items[1].provenance.element == "body/list[1]/list-item[1]/list[1]/list-item[1]"


def test_odt_table_spans_fill_and_colour(write_file: WriteFile) -> None:
    document = read_odt(
        write_file,
        """<table:table table:name="T"><table:table-column table:number-columns-repeated="3"/>
        <table:table-header-rows><table:table-row>
          <table:table-cell table:number-columns-spanned="2"><text:p>Action and lead</text:p></table:table-cell>
          <table:covered-table-cell/><table:table-cell><text:p>Status</text:p></table:table-cell>
        </table:table-row></table:table-header-rows>
        <table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>A1</text:p></table:table-cell>
          <table:table-cell><text:p>HR</text:p></table:table-cell>
          <table:table-cell table:style-name="Green"><text:p><text:span text:style-name="Red">Done</text:span></text:p>
          <text:p>ok</text:p></table:table-cell></table:table-row>
        <table:table-row><table:covered-table-cell/><table:table-cell table:style-name="White"><text:p>x</text:p>
          </table:table-cell><table:table-cell><table:table><table:table-row><table:table-cell><text:p>n1</text:p>
          </table:table-cell><table:table-cell><text:p>n2</text:p></table:table-cell></table:table-row></table:table>
          </table:table-cell></table:table-row></table:table>""",
    )
    (table,) = document.tables
    assert (table.n_rows, table.n_cols) == (3, 3)
    by_pos = {(c.row, c.col): c for c in table.cells}
    assert by_pos[0, 0].col_span == 2
    assert by_pos[0, 0].header
    assert by_pos[1, 0].row_span == 2
    assert by_pos[1, 2].fill == "#92d050"
    assert by_pos[1, 2].text == "Done\nok"
    assert by_pos[1, 2].color == "#ff0000"
    assert by_pos[2, 1].fill is None
    assert (by_pos[2, 1].col, by_pos[2, 2].text) == (1, "n1 | n2")


def test_ods_sheets_repeats_hidden_and_dates(write_file: WriteFile) -> None:
    document = read_ods(
        write_file,
        """<table:table table:name="Actions">
          <table:table-column table:number-columns-repeated="2"/>
          <table:table-column table:visibility="collapse"/>
          <table:table-column table:number-columns-repeated="16381"/>
          <table:table-row><table:table-cell><text:p>Action</text:p></table:table-cell>
            <table:table-cell><text:p>Due</text:p></table:table-cell><table:table-cell><text:p>secret</text:p>
            </table:table-cell></table:table-row>
          <table:table-row><table:table-cell table:style-name="Green" table:number-columns-spanned="1">
            <text:p>Do X</text:p></table:table-cell>
            <table:table-cell office:value-type="date" office:date-value="2025-03-12"><text:p>12/03/25</text:p>
            </table:table-cell></table:table-row>
          <table:table-row table:visibility="collapse"><table:table-cell><text:p>hidden</text:p></table:table-cell>
            <table:table-cell><text:p>row</text:p></table:table-cell></table:table-row>
          <table:table-row><table:table-cell><text:p>Do Y</text:p></table:table-cell>
            <table:table-cell office:value-type="date" office:date-value="2025-04-01T00:00:00"><text:p>x</text:p>
            </table:table-cell></table:table-row>
          <table:table-row table:number-rows-repeated="1048570">
            <table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>
        <table:table table:name="Hidden" table:style-name="Gone"><table:table-row><table:table-cell>
          <text:p>no</text:p></table:table-cell></table:table-row></table:table>""",
    )
    assert document.format == "ods"
    assert [h.text for h in document.headings] == ["Actions"]
    (table,) = document.tables
    assert (table.n_rows, table.n_cols) == (3, 2)
    cells = {c.provenance.cell: c for c in table.cells}
    assert "C1" not in cells
    assert "A3" not in cells
    assert cells["A2"].fill == "#92d050"
    assert (cells["B2"].text, cells["B2"].value) == ("12 Mar 2025", "2025-03-12")
    assert (cells["B4"].text, cells["B4"].value) == ("Apr 2025", "2025-04-01")


def test_format_number() -> None:
    assert [format_number(3, "1"), format_number(28, "A"), format_number(9, "i")] == ["3", "AB", "ix"]


def test_ods_cell_budget(write_file: WriteFile) -> None:
    body = """<office:spreadsheet><table:table table:name="S"><table:table-row table:number-rows-repeated="50">
      <table:table-cell table:number-columns-repeated="3"><text:p>x</text:p></table:table-cell></table:table-row>
      </table:table></office:spreadsheet>"""
    data = package("application/vnd.oasis.opendocument.spreadsheet", body)
    with pytest.raises(ExtractionError) as error:
        read_document(write_file("big.ods", data), ExtractionSettings(max_sheet_cells=20))
    assert error.value.code is ErrorCode.TOO_LARGE


def test_odf_without_content_is_corrupt(write_file: WriteFile) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
    with pytest.raises(ExtractionError) as error:
        read_document(write_file("empty.odt", buffer.getvalue()))
    assert error.value.code is ErrorCode.CORRUPT
