from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import RGBColor

from extractor.document import Document, Heading, ListItem, Paragraph
from extractor.errors import ErrorCode, ExtractionError
from extractor.readers import read_document
from extractor.readers.docx import format_number, heading_level_from_name, is_contents_entry, list_style

WriteFile = Callable[[str, bytes | str], Path]

NUMBERING = f"""<w:abstractNum {nsdecls("w")} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>"""


def save(document: docx.document.Document, write_file: WriteFile, name: str = "plan.docx") -> Document:
    buffer = io.BytesIO()
    document.save(buffer)
    return read_document(write_file(name, buffer.getvalue()))


def numbered(document: docx.document.Document, text: str, ilvl: int, num_id: int = 90) -> None:
    paragraph = document.add_paragraph(text)
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def add_numbering(document: docx.document.Document) -> None:
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))


def shade(cell: docx.table._Cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def test_headings_paragraphs_and_title(write_file: WriteFile) -> None:
    word = docx.Document()
    word.core_properties.title = "Technician plan"
    word.add_heading("Action plan", 0)
    word.add_heading("Visibility", 1)
    word.add_heading("Sub", 3)
    outlined = word.add_paragraph("Outline heading")
    outlined._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="1"/>'))
    mixed = word.add_paragraph("Intro ")
    mixed.add_run("bold").bold = True
    word.add_paragraph().add_run("All bold").bold = True
    word.add_paragraph("")
    document = save(word, write_file)
    assert document.format == "docx"
    assert document.title == "Technician plan"
    assert [(h.text, h.level) for h in document.headings] == [
        ("Action plan", 1),
        ("Visibility", 1),
        ("Sub", 3),
        ("Outline heading", 2),
    ]
    paragraphs = [b for b in document.blocks if isinstance(b, Paragraph)]
    assert [(p.text, p.bold) for p in paragraphs] == [("Intro bold", False), ("All bold", True)]
    assert paragraphs[0].provenance.element == "body/p[5]"


def test_numbered_lists_depth_markers(write_file: WriteFile) -> None:
    word = docx.Document()
    add_numbering(word)
    numbered(word, "First", 0)
    numbered(word, "Sub a", 1)
    numbered(word, "Sub b", 1)
    numbered(word, "Bullet", 2)
    numbered(word, "Second", 0)
    numbered(word, "Sub again", 1)
    word.add_paragraph("Style bullet", style="List Bullet")
    word.add_paragraph("Style bullet 2", style="List Bullet 2")
    document = save(word, write_file)
    items = [b for b in document.blocks if isinstance(b, ListItem)]
    assert [(i.text, i.depth, i.marker, i.ordered) for i in items] == [
        ("First", 0, "1.", True),
        ("Sub a", 1, "a)", True),
        ("Sub b", 1, "b)", True),
        ("Bullet", 2, "•", False),
        ("Second", 0, "2.", True),
        ("Sub again", 1, "a)", True),
        ("Style bullet", 0, "•", False),
        ("Style bullet 2", 1, "•", False),
    ]


def test_list_style_linked_numbering(write_file: WriteFile) -> None:
    word = docx.Document()
    add_numbering(word)
    numbering = word.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91"><w:numStyleLink w:val="PlanList"/></w:abstractNum>'
        ),
    )
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    style = word.styles.add_style("Plan List", WD_STYLE_TYPE.LIST)  # a numbering style pointing at list 90
    style.element.set(qn("w:styleId"), "PlanList")
    style.element.append(parse_xml(f'<w:pPr {nsdecls("w")}><w:numPr><w:numId w:val="90"/></w:numPr></w:pPr>'))
    numbered(word, "Linked one", 0, num_id=91)
    numbered(word, "Linked sub", 1, num_id=91)
    document = save(word, write_file)
    items = [b for b in document.blocks if isinstance(b, ListItem)]
    assert [(i.text, i.marker, i.ordered) for i in items] == [("Linked one", "1.", True), ("Linked sub", "a)", True)]


def test_table_spans_shading_colour_breaks_and_nesting(write_file: WriteFile) -> None:
    word = docx.Document()
    table = word.add_table(rows=3, cols=3)
    table.cell(0, 0).text = "Action"
    table.cell(0, 1).text = "When"
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(1, 0).text = "A1"
    table.cell(1, 0).merge(table.cell(2, 0))
    cell = table.cell(1, 1)
    run = cell.paragraphs[0].add_run("Line one")
    run.add_break()
    red = cell.paragraphs[0].add_run("Line two")
    red.font.color.rgb = RGBColor(0xFF, 0, 0)
    red.bold = True
    run.bold = True
    shade(cell, "92D050")
    shade(table.cell(1, 2), "FFFFFF")
    shade(table.cell(2, 1), "auto")
    table.cell(1, 2).add_paragraph("second paragraph")
    inner = table.cell(2, 2).add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "n1"
    inner.cell(0, 1).text = "n2"
    inner.cell(1, 0).text = "n3"
    header = table.rows[0]._tr.get_or_add_trPr()
    header.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    document = save(word, write_file)
    (read,) = document.tables
    assert (read.n_rows, read.n_cols) == (3, 3)
    by_pos = {(c.row, c.col): c for c in read.cells}
    assert by_pos[0, 1].col_span == 2
    assert by_pos[0, 0].header
    assert not by_pos[1, 0].header
    assert by_pos[1, 0].row_span == 2
    assert (2, 0) not in by_pos
    assert by_pos[1, 1].text == "Line one\nLine two"
    assert by_pos[1, 1].fill == "#92d050"
    assert by_pos[1, 1].color == "#ff0000"
    assert by_pos[1, 1].bold
    assert by_pos[1, 2].fill is None
    assert by_pos[1, 2].text == "second paragraph"
    assert by_pos[2, 1].fill is None
    assert by_pos[2, 2].text == "n1 | n2\nn3"
    assert by_pos[1, 1].provenance.element == "body/tbl[1]/tr[2]/tc[2]"
    assert read.provenance.element == "body/tbl[1]"
    assert read.grid()[2][0] is by_pos[1, 0]


def test_body_order_and_skipped_text(write_file: WriteFile) -> None:
    word = docx.Document()
    word.add_paragraph("Before")
    word.add_table(rows=1, cols=1).cell(0, 0).text = "In table"
    toc = word.add_paragraph("Contents line")
    toc.style = word.styles.add_style("toc 1", 1)
    hidden = word.add_paragraph("Shown ")
    hidden_run = hidden.add_run("hidden")
    hidden_run.font.hidden = True
    tracked = word.add_paragraph("Kept ")
    tracked._p.append(
        parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="x"><w:r><w:delText>gone</w:delText></w:r></w:del>')
    )
    tracked._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="x"><w:r><w:t>added</w:t></w:r></w:ins>'))
    control = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>In a control</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    word.element.body.insert(len(word.element.body) - 1, control)
    document = save(word, write_file)
    lines = document.text_lines
    assert lines == ["Before", "In table", "Shown", "Kept added", "In a control"]
    assert document.blocks[-1].provenance.element == "body/sdt[1]/sdtContent[1]/p[1]"


def test_damaged_document_part(write_file: WriteFile) -> None:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = b"<w:document" if info.filename == "word/document.xml" else source.read(info)
            target.writestr(info, data)
    with pytest.raises(ExtractionError) as error:
        read_document(write_file("bad.docx", out.getvalue()))
    assert error.value.code is ErrorCode.CORRUPT


@pytest.mark.parametrize(
    ("name", "level"), [("heading 2", 2), ("Heading 9", 9), ("Title", 1), ("Subtitle", None), ("Heading", None)]
)
def test_heading_level_from_name(name: str, level: int | None) -> None:
    assert heading_level_from_name(name) == level


def test_small_rules() -> None:
    assert list_style("List Number 3") == (True, 2)
    assert list_style("List Paragraph") is None
    assert is_contents_entry("TOC Heading")
    assert not is_contents_entry("Torch")
    assert [format_number(n, f) for n, f in [(4, "lowerRoman"), (28, "upperLetter"), (3, "decimalZero")]] == [
        "iv",
        "AB",
        "03",
    ]


def test_heading_blocks_have_no_list_marker(write_file: WriteFile) -> None:
    word = docx.Document()
    word.add_heading("Only", 2)
    document = save(word, write_file)
    assert isinstance(document.blocks[0], Heading)


def test_status_dot_colour_reported_as_mark_colour(write_file: WriteFile) -> None:
    document = docx.Document()
    grid = document.add_table(rows=2, cols=2)
    grid.cell(0, 0).text, grid.cell(0, 1).text, grid.cell(1, 0).text = "Action", "Status", "Run a survey"
    paragraph = grid.cell(1, 1).paragraphs[0]
    dot = paragraph.add_run("\u25a0")
    dot.font.color.rgb = RGBColor(0xFF, 0xC0, 0x00)
    paragraph.add_run(" In progress")
    table = next(block for block in save(document, write_file).blocks if hasattr(block, "cells"))
    by_pos = {(c.row, c.col): c for c in table.cells}
    assert by_pos[1, 1].mark_color == "#ffc000"
    assert by_pos[1, 1].color is None
    assert by_pos[1, 0].mark_color is None
