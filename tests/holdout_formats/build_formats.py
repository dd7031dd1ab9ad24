"""Build the Word, Excel and web-page hold-out plans and the gold for each, from plan data.

    python tests/holdout_formats/build_formats.py          # write every file and gold
    python tests/holdout_formats/build_formats.py --check  # compare with the committed files
    python tests/holdout_formats/build_formats.py --manifest  # re-freeze: rewrite MANIFEST.sha256

Six plans come from the earlier hold-out rounds (round r1 in `tests/holdout/plans/`), three are new
(`format_plans.py`). Each rendition states what it shows of its plan (`Rendition.shown`): the gold
is written from that, so a rendition that does not colour its status cells has no rag in its gold,
one that prints no Gantt has no timeline, and one that numbers a list has the numbers as refs.

Word files are written with python-docx, workbooks with openpyxl and web pages as text. Every file
is byte-identical on every run: document properties carry a fixed date and the zip entries of
.docx and .xlsx files are rewritten with a fixed timestamp.

Files (``gold/<file>.gold.json`` beside each):

- ``fa_word_merged_themes.docx``: Ashworth; one ruled table, a repeated header row, pillar rows
  spanning the table, Objective cells merged down (``w:vMerge``), status cells shaded red, amber or
  green (``w:shd``), measures as a bulleted list inside the cell, a "Key to leads" table after.
- ``fb_word_table_per_pillar.docx``: Brackenridge; landscape, an "About this plan" section, one
  table per pillar under a ``Heading 1``, owners one paragraph each, plain status words.
- ``fc_word_numbered_lists.docx``: Oakhanger (new); ``Heading 1`` pillars, ``Heading 2`` themes, the
  actions a numbered list (``w:numPr``, numbering continued across headings) each followed by
  "Owner:", "Deadline:", "Success measure(s):" and "Status:" paragraphs, measures as bullets.
- ``fd_word_gantt.docx``: Dunmore; a Word Gantt table, two header rows ("2024/25" spanning four
  quarter cells with ``w:gridSpan``, "Apr-Jun" ... below; Action, Owner and Status merged down
  both), shaded quarter cells, pillar rows across the table, RAG-shaded status, a key table.
- ``fe_word_intro_key.docx``: Wendlebury (new); an introduction page and an abbreviations table
  before the plan (after a page break), "Timescale" spanning "Start" and "End", pillar rows,
  RAG-shaded status cells.
- ``ff_word_pillar_column.docx``: Glenholm; a Pillar column merged down each pillar, RAG cells
  shaded with or without a word in them.
- ``fg_word_title_row_table.docx``: Kingsmere; the title in a merged first row of the table, the
  header on the second (both repeated), Pillar merged down, RAG-shaded status, comments, a note
  on the colours after the table.
- ``ga_excel_gantt_quarters.xlsx``: Dunmore; title rows over a two-row header on rows 5-6, calendar
  years merged over "Q2" ... quarter cells, period fills in theme colours with a tint, a hidden
  "Sort key" column, Pillar merged down column A, RAG-filled status, a "Key" sheet of owner codes.
- ``gb_excel_gantt_months.xlsx``: Lowther; years merged over month cells that are real dates shown
  "mmm", period fills in indexed colours, progress words on indexed RAG fills, a "Notes" sheet.
- ``gc_excel_table_dates.xlsx``: Kingsmere; a table (no Gantt) with real date cells for start
  and end shown "mmm yyyy", a merged Pillar column, RAG fills, comments, two owners on two lines
  of one cell, frozen header on row 4.
- ``gd_excel_sheet_per_pillar.xlsx``: Wendlebury; a cover sheet, one sheet per pillar with its name
  over the table, an "Abbreviations" sheet; no fills.
- ``ge_excel_gantt_dates.xlsx``: Scarrowdale (new); start and end as real dates shown
  "dd/mm/yyyy", 24 month columns of real dates under merged years, pillar rows, fills in a theme
  colour and an indexed colour, a "Notes" sheet.
- ``gf_excel_rag_only.xlsx``: Elmstead; quarter columns headed by real dates under merged
  "Phase 1" / "Phase 2" cells, a RAG column mostly filled with no words, pillar rows across the
  table, a "Key" sheet of abbreviations.
- ``ha_web_details_accordions.html``: Kingsmere; a saved university page (skip link, cookie
  banner, header, nav, breadcrumbs, footer), one ``<details>`` per pillar holding a table.
- ``hb_web_rowspan_css.html``: Glenholm; one table, a two-row header with a colspan, Pillar cells
  with rowspan, RAG cells coloured by classes defined in the page's ``<style>``.
- ``hc_web_accordion_lists.html``: Oakhanger; a Bootstrap-style accordion per pillar, theme
  headings over ``<ul>`` actions each with a nested list of labelled fields.
- ``hd_web_word_export.html``: Scarrowdale; Word's "Save as web page" markup (mso classes,
  ``MsoListParagraph`` items with their bullets in ``<![if !supportLists]>``, ``<o:p>``), encoded in
  Windows-1252 as its ``<meta charset=windows-1252>`` says.
- ``he_web_inline_styles.html``: Ashworth; pillar rows as ``<th colspan>``, Objective cells with
  rowspan, measures as a ``<ul>`` in the cell, status colours in inline ``style`` attributes, the
  key to leads a ``<dl>``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import io
import re
import sys
import textwrap
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import format_plans as fp  # noqa: E402  (puts tests/holdout and samples on the path)
from docx import Document  # noqa: E402
from docx.document import Document as DocxDocument  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402
from docx.table import Table, _Cell  # noqa: E402
from docx.text.paragraph import Paragraph  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Color, Font, PatternFill  # noqa: E402
from openpyxl.worksheet.worksheet import Worksheet  # noqa: E402
from plan_data import load_round  # noqa: E402
from plan_model import Item, Plan, Section, StatusCell, When, gold_json  # noqa: E402

GOLD_DIR = HERE / "gold"
FIXED_TIME = dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
FIXED_STAMP = "2024-01-01T00:00:00Z"

# --- What a rendition shows of its plan ----------------------------------------------------


def map_items(plan: Plan, change: Callable[[Section, Item], Item]) -> Plan:
    sections = tuple(replace(s, items=tuple(change(s, i) for i in s.items)) for s in plan.sections)
    return replace(plan, sections=sections)


def pillar_column(plan: Plan) -> Plan:
    """The pillars shown in a column of the table, not as headings: no section."""
    return replace(plan, sections=tuple(replace(s, printed_as_heading=False) for s in plan.sections))


def pillar_headings(plan: Plan) -> Plan:
    """The pillars shown as headings (an accordion's summary, a sheet's title): the section."""
    return replace(plan, sections=tuple(replace(s, printed_as_heading=True) for s in plan.sections))


def without_colour(plan: Plan) -> Plan:
    """Status cells drawn without fill: no rag, and a colour-only cell shows nothing."""

    def change(_: Section, item: Item) -> Item:
        if item.status is None or item.status.raw is None:
            return replace(item, status=None)
        return replace(item, status=replace(item.status, rag=None))

    return map_items(plan, change)


def coloured(plan: Plan, rag_of_word: dict[str, str | None]) -> Plan:
    """Status cells filled with the colour each status word is given here."""

    def change(_: Section, item: Item) -> Item:
        if item.status is None or item.status.raw is None:
            return item
        return replace(item, status=replace(item.status, rag=rag_of_word[item.status.raw]))

    return map_items(plan, change)


def without_timeline(plan: Plan) -> Plan:
    return map_items(plan, lambda _, item: replace(item, timeline=()))


def numbered(plan: Plan) -> Plan:
    """Actions in one numbered list running across the headings: the numbers are the refs."""
    counter = iter(range(1, 1000))
    return map_items(plan, lambda _, item: replace(item, ref=str(next(counter))))


def day_first_dates(plan: Plan) -> Plan:
    """Start and end shown as date cells formatted dd/mm/yyyy (the first of the month)."""

    def shown(when: When | None) -> When | None:
        if when is None or when.date is None or len(when.date) != 7:
            return when
        year, month = when.date.split("-")
        return When(f"01/{month}/{year}", date=when.date)

    return map_items(plan, lambda _, item: replace(item, start=shown(item.start), end=shown(item.end)))


def month_of(date: str) -> dt.datetime:
    year, month = (int(p) for p in date.split("-"))
    return dt.datetime(year, month, 1)


# --- Zip files with fixed timestamps ---------------------------------------------------------

_CORE_DATES = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def fixed_zip(data: bytes) -> bytes:
    """The same package with every entry dated ZIP_TIME and the core properties' dates fixed."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            payload = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                payload = _CORE_DATES.sub(rb"\g<1>" + FIXED_STAMP.encode() + rb"\g<3>", payload)
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, payload)
    return out.getvalue()


# --- Word helpers ----------------------------------------------------------------------------


def new_document(plan: Plan, *, landscape: bool) -> DocxDocument:
    doc = Document()
    props = doc.core_properties
    props.title = plan.title
    props.author = plan.institution
    props.last_modified_by = plan.institution
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    props.revision = 1
    props.comments = ""
    section = doc.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9)
    return doc


def docx_bytes(doc: DocxDocument) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return fixed_zip(buffer.getvalue())


_NUMBERING_LEVELS = {
    "decimal": '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>',
    "bullet": '<w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>',
    "dash": '<w:numFmt w:val="bullet"/><w:lvlText w:val="\u2013"/>',
}


def add_list(doc: DocxDocument, kinds: Sequence[str]) -> int:
    """A new list definition (one level per kind) in the numbering part; returns its numId."""
    numbering = doc.part.numbering_part.element
    abstract_ids = [int(e.get(qn("w:abstractNumId"))) for e in numbering.findall(qn("w:abstractNum"))]
    abstract_id = max([*abstract_ids, 0]) + 1
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/>{_NUMBERING_LEVELS[kind]}<w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{360 * (level + 1) * 2}" w:hanging="360"/></w:pPr></w:lvl>'
        for level, kind in enumerate(kinds)
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{levels}</w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    return int(numbering.add_num(abstract_id).numId)


def set_list(paragraph: Paragraph, num_id: int, level: int = 0) -> None:
    """Make `paragraph` an item of list `num_id` at `level` (w:numPr on the paragraph)."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def shade(cell: _Cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def repeat_header(table: Table, rows: int = 1) -> None:
    for row in table.rows[:rows]:
        trpr = row._tr.get_or_add_trPr()
        trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def write(cell: _Cell, text: str, *, bold: bool = False) -> None:
    """One paragraph of text in a cell (replacing what is there)."""
    cell.text = ""
    run = cell.paragraphs[0].add_run(" ".join(text.split()))
    run.bold = bold


def write_lines(cell: _Cell, values: Sequence[str], *, list_id: int | None = None) -> None:
    """One paragraph per value; a list item each when `list_id` is given and there are several."""
    cell.text = ""
    for index, value in enumerate(values):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.add_run(" ".join(value.split()))
        if list_id is not None and len(values) > 1:
            set_list(paragraph, list_id)


def header_cells(table: Table, row: int, labels: Sequence[str], fill: str = "D9E2F3") -> None:
    for index, label in enumerate(labels):
        if label:
            cell = table.cell(row, index)
            write(cell, label, bold=True)
            shade(cell, fill)


def span_row(table: Table, row: int, text: str, fill: str) -> None:
    """A row whose cells are merged across the table (w:gridSpan), holding `text`."""
    cells = table.rows[row].cells
    merged = cells[0].merge(cells[-1])
    write(merged, text, bold=True)
    shade(merged, fill)


def title_paragraphs(doc: DocxDocument, plan: Plan, *, institution_first: bool = True) -> None:
    if institution_first:
        doc.add_paragraph().add_run(plan.institution).bold = True
    doc.add_paragraph(plan.title, style="Title")
    if not institution_first:
        doc.add_paragraph().add_run(plan.institution).bold = True
    if plan.subtitle:
        doc.add_paragraph(plan.subtitle, style="Subtitle")


def key_table(doc: DocxDocument, legend: dict[str, str], labels: tuple[str, str]) -> None:
    table = doc.add_table(rows=1 + len(legend), cols=2)
    table.style = "Table Grid"
    header_cells(table, 0, labels)
    for row, (code, name) in enumerate(legend.items(), start=1):
        write(table.cell(row, 0), code)
        write(table.cell(row, 1), name)


RAG_FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050"}


def status_cell(cell: _Cell, status: StatusCell | None) -> None:
    if status is None:
        return
    if status.raw:
        write(cell, status.raw)
    if status.rag:
        shade(cell, RAG_FILL[status.rag])


def merge_down(table: Table, column: int, first: int, last: int, text: str) -> None:
    """Cells first..last of a column merged into one (w:vMerge), holding `text`."""
    top = table.cell(first, column)
    merged = top.merge(table.cell(last, column)) if last > first else top
    write(merged, text)


def runs_of(items: Sequence[Item], key: Callable[[Item], str | None]) -> list[tuple[int, int]]:
    """(first, last) index of each run of items with the same key."""
    out: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(items) + 1):
        if index == len(items) or key(items[index]) != key(items[start]):
            out.append((start, index - 1))
            start = index
    return out


# --- Word renditions -------------------------------------------------------------------------

ASHWORTH_RAG: dict[str, str | None] = {
    "On track": "green",
    "Complete": "green",
    "In progress": "amber",
    "Partially complete": "amber",
    "Delayed": "red",
    "Behind schedule": "red",
    "Not started": None,
}


def word_merged_themes(plan: Plan) -> bytes:
    """One ruled table: a repeated header row, pillar rows across it, Objective cells merged down,
    status cells shaded, a bulleted list for two or more measures; a key to the leads after."""
    doc = new_document(plan, landscape=False)
    title_paragraphs(doc, plan)
    bullets = add_list(doc, ["bullet"])
    headers = ("No.", "Objective", "Actions", "Lead", "Timescale", "Success Measures", "Progress")
    rows = 1 + sum(1 + len(s.items) for s in plan.sections)
    table = doc.add_table(rows=rows, cols=len(headers))
    table.style = "Table Grid"
    header_cells(table, 0, headers)
    repeat_header(table)
    row = 1
    for section in plan.sections:
        span_row(table, row, section.heading, "F2F2F2")
        row += 1
        first = row
        for item in section.items:
            write(table.cell(row, 0), item.ref or "")
            write(table.cell(row, 2), item.text)
            write(table.cell(row, 3), " / ".join(item.owners))
            write(table.cell(row, 4), item.end.raw if item.end else "")
            write_lines(table.cell(row, 5), item.measures, list_id=bullets)
            status_cell(table.cell(row, 6), item.status)
            row += 1
        for start, end in runs_of(section.items, lambda i: i.theme):
            merge_down(table, 1, first + start, first + end, section.items[start].theme or "")
    doc.add_paragraph("Key to leads", style="Heading 2")
    key_table(doc, plan.legend, ("Code", "Role"))
    return docx_bytes(doc)


def word_table_per_pillar(plan: Plan) -> bytes:
    """An "About this plan" heading and paragraph, then a Heading 1 and a table for each pillar."""
    doc = new_document(plan, landscape=True)
    title_paragraphs(doc, plan)
    doc.add_paragraph("About this plan", style="Heading 1")
    doc.add_paragraph(
        "The actions below are grouped under the four principles of the Technician Commitment. Each has a "
        "reference, the people responsible, when it starts and finishes, how we will know it has worked and "
        "its status at the last review."
    )
    headers = ("Ref#", "Action", "Owner(s)", "Start", "Finish", "Measure of success", "Status")
    for section in plan.sections:
        doc.add_paragraph(section.heading, style="Heading 1")
        table = doc.add_table(rows=1 + len(section.items), cols=len(headers))
        table.style = "Table Grid"
        header_cells(table, 0, headers, fill="BDD7EE")
        repeat_header(table)
        for row, item in enumerate(section.items, start=1):
            write(table.cell(row, 0), item.ref or "")
            write(table.cell(row, 1), item.text)
            write_lines(table.cell(row, 2), item.owners)
            write(table.cell(row, 3), item.start.raw if item.start else "")
            write(table.cell(row, 4), item.end.raw if item.end else "")
            write_lines(table.cell(row, 5), item.measures)
            status_cell(table.cell(row, 6), item.status)
        doc.add_paragraph()
    return docx_bytes(doc)


def labelled(doc: DocxDocument, label: str, value: str) -> Paragraph:
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.left_indent = Cm(1.27)
    paragraph.add_run(f"{label}:").bold = True
    if value:
        paragraph.add_run(f" {value}")
    return paragraph


def word_numbered_lists(plan: Plan) -> bytes:
    """Heading 1 per pillar, Heading 2 per theme, a numbered list of actions (one list running
    through the document) each followed by labelled field paragraphs."""
    doc = new_document(plan, landscape=False)
    title_paragraphs(doc, plan, institution_first=False)
    actions = add_list(doc, ["decimal", "bullet"])
    for section in plan.sections:
        doc.add_paragraph(section.heading, style="Heading 1")
        theme: str | None = None
        for item in section.items:
            if item.theme and item.theme != theme:
                doc.add_paragraph(item.theme, style="Heading 2")
                theme = item.theme
            paragraph = doc.add_paragraph(" ".join(item.text.split()), style="List Paragraph")
            set_list(paragraph, actions, 0)
            labelled(doc, "Owners" if len(item.owners) > 1 else "Owner", ", ".join(item.owners))
            labelled(doc, "Deadline", item.end.raw if item.end else "")
            if len(item.measures) == 1:
                labelled(doc, "Success measure", item.measures[0])
            elif item.measures:
                labelled(doc, "Success measures", "")
                for measure in item.measures:
                    set_list(doc.add_paragraph(measure, style="List Paragraph"), actions, 1)
            if item.status and item.status.raw:
                labelled(doc, "Status", item.status.raw)
    return docx_bytes(doc)


def academic_quarters(first_year: int, years: int) -> list[tuple[str, list[str]]]:
    """("2024/25", ["Apr-Jun", "Jul-Sep", "Oct-Dec", "Jan-Mar"]) for each year from April."""
    labels = ["Apr-Jun", "Jul-Sep", "Oct-Dec", "Jan-Mar"]
    return [(f"{y}/{(y + 1) % 100:02d}", labels) for y in range(first_year, first_year + years)]


def word_gantt(plan: Plan, periods: Sequence[str]) -> bytes:
    """A Gantt drawn as a Word table: two header rows (each year spanning its four quarters),
    shaded quarter cells, pillar rows across the table, a shaded status cell; a key after."""
    doc = new_document(plan, landscape=True)
    title_paragraphs(doc, plan)
    years = academic_quarters(int(periods[0][:4]), len(periods) // 4)
    columns = 2 + len(periods) + 1
    rows = 2 + sum(1 + len(s.items) for s in plan.sections)
    table = doc.add_table(rows=rows, cols=columns)
    table.style = "Table Grid"
    for column, label in ((0, "Action"), (1, "Owner"), (columns - 1, "Status")):
        merged = table.cell(0, column).merge(table.cell(1, column))
        write(merged, label, bold=True)
        shade(merged, "D9E2F3")
    for index, (year, labels) in enumerate(years):
        first = 2 + 4 * index
        merged = table.cell(0, first).merge(table.cell(0, first + 3))
        write(merged, year, bold=True)
        shade(merged, "D9E2F3")
        for offset, label in enumerate(labels):
            write(table.cell(1, first + offset), label, bold=True)
            shade(table.cell(1, first + offset), "D9E2F3")
    repeat_header(table, 2)
    row = 2
    for section in plan.sections:
        span_row(table, row, section.heading, "E7E6E6")
        row += 1
        for item in section.items:
            write(table.cell(row, 0), item.text)
            write(table.cell(row, 1), ", ".join(item.owners))
            for index, period in enumerate(periods):
                if period in item.timeline:
                    shade(table.cell(row, 2 + index), "8EAADB")
            status_cell(table.cell(row, columns - 1), item.status)
            row += 1
    doc.add_paragraph("Key to owners", style="Heading 2")
    key_table(doc, plan.legend, ("Code", "Owner"))
    return docx_bytes(doc)


WENDLEBURY_INTRO = (
    "The College signed the Technician Commitment in 2023. Technicians run our workshops, studios and "
    "digital suites, and the making of almost every piece in the degree show passes through their hands.",
    "This plan was written by the Technician Working Group after a survey of all technical staff and two "
    "open meetings. It sets out what we will do over the next two years under each principle of the "
    "Commitment, who leads each action and how we will know it has made a difference.",
    "Progress is reviewed each term by the Working Group and reported to the Academic Board once a year. "
    "The status column gives the position at the last review.",
)


def word_intro_key(plan: Plan) -> bytes:
    """An introduction and an abbreviations table on the first page; the plan table after a page
    break, with "Timescale" spanning Start and End over a second header row."""
    doc = new_document(plan, landscape=True)
    title_paragraphs(doc, plan)
    doc.add_paragraph("Introduction", style="Heading 1")
    for text in WENDLEBURY_INTRO:
        doc.add_paragraph(text)
    doc.add_paragraph("Abbreviations", style="Heading 1")
    key_table(doc, plan.legend, ("Abbreviation", "Meaning"))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("Action plan", style="Heading 1")
    bullets = add_list(doc, ["dash"])
    single = ("Ref", "Action", "Lead")
    after = ("Success measures", "Status")
    columns = len(single) + 2 + len(after)
    rows = 2 + sum(1 + len(s.items) for s in plan.sections)
    table = doc.add_table(rows=rows, cols=columns)
    table.style = "Table Grid"
    for column, label in [*enumerate(single), *((len(single) + 2 + i, a) for i, a in enumerate(after))]:
        merged = table.cell(0, column).merge(table.cell(1, column))
        write(merged, label, bold=True)
        shade(merged, "FBE4D5")
    timescale = table.cell(0, len(single)).merge(table.cell(0, len(single) + 1))
    write(timescale, "Timescale", bold=True)
    shade(timescale, "FBE4D5")
    header_cells(table, 1, ["", "", "", "Start", "End"], fill="FBE4D5")
    repeat_header(table, 2)
    row = 2
    for section in plan.sections:
        span_row(table, row, section.heading, "F2F2F2")
        row += 1
        for item in section.items:
            write(table.cell(row, 0), item.ref or "")
            write(table.cell(row, 1), item.text)
            write(table.cell(row, 2), ", ".join(item.owners))
            write(table.cell(row, 3), item.start.raw if item.start else "")
            write(table.cell(row, 4), item.end.raw if item.end else "")
            write_lines(table.cell(row, 5), item.measures, list_id=bullets)
            status_cell(table.cell(row, 6), item.status)
            row += 1
    return docx_bytes(doc)


def word_pillar_column(plan: Plan) -> bytes:
    """Ref | Pillar | Action | Owner | Deadline | Success measure | RAG, the Pillar merged down."""
    doc = new_document(plan, landscape=True)
    title_paragraphs(doc, plan, institution_first=False)
    headers = ("Ref", "Pillar", "Action", "Owner", "Deadline", "Success measure", "RAG")
    items = plan.items()
    table = doc.add_table(rows=1 + len(items), cols=len(headers))
    table.style = "Table Grid"
    header_cells(table, 0, headers, fill="C5E0B3")
    repeat_header(table)
    for row, (_, item) in enumerate(items, start=1):
        write(table.cell(row, 0), item.ref or "")
        write(table.cell(row, 2), item.text)
        write_lines(table.cell(row, 3), item.owners)
        write(table.cell(row, 4), item.end.raw if item.end else "")
        write_lines(table.cell(row, 5), item.measures)
        status_cell(table.cell(row, 6), item.status)
    row = 1
    for section in plan.sections:
        merge_down(table, 1, row, row + len(section.items) - 1, section.heading)
        row += len(section.items)
    return docx_bytes(doc)


def word_title_row_table(plan: Plan) -> bytes:
    """The title in a merged first row of the table itself, the header on its second row (both
    repeated), a Pillar column merged down, RAG-shaded status cells and a Comments column."""
    doc = new_document(plan, landscape=True)
    headers = ("Ref", "Pillar", "Action", "Lead", "Start date", "End date", "Status", "Comments")
    items = plan.items()
    table = doc.add_table(rows=2 + len(items), cols=len(headers))
    table.style = "Table Grid"
    span_row(table, 0, plan.title, "1F3864")
    table.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    header_cells(table, 1, headers)
    repeat_header(table, 2)
    for row, (_, item) in enumerate(items, start=2):
        write(table.cell(row, 0), item.ref or "")
        write(table.cell(row, 2), item.text)
        write_lines(table.cell(row, 3), item.owners)
        write(table.cell(row, 4), item.start.raw if item.start else "")
        write(table.cell(row, 5), item.end.raw if item.end else "")
        status_cell(table.cell(row, 6), item.status)
        write(table.cell(row, 7), item.notes or "")
    row = 2
    for section in plan.sections:
        merge_down(table, 1, row, row + len(section.items) - 1, section.heading)
        row += len(section.items)
    doc.add_paragraph()
    doc.add_paragraph(
        "Status colours: green, complete or on track; amber, in progress with some risk; red, delayed. "
        "Comments record the position at the last review."
    )
    return docx_bytes(doc)


# --- Excel helpers ---------------------------------------------------------------------------

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
HEADER_FILL = PatternFill("solid", fgColor="FFD9E1F2")
XL_RAG = {"red": "FFFF0000", "amber": "FFFFC000", "green": "FF00B050"}
XL_RAG_INDEXED = {"red": 10, "amber": 51, "green": 17}


def new_workbook(plan: Plan) -> Workbook:
    wb = Workbook()
    wb.properties.title = plan.title
    wb.properties.creator = plan.institution
    wb.properties.lastModifiedBy = plan.institution
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


def xlsx_bytes(wb: Workbook) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return fixed_zip(buffer.getvalue())


def put(
    ws: Worksheet,
    row: int,
    column: int,
    value: object,
    *,
    bold: bool = False,
    fill: PatternFill | None = None,
    number_format: str | None = None,
) -> None:
    cell = ws.cell(row=row, column=column, value=value)
    cell.alignment = WRAP
    if bold:
        cell.font = BOLD
    if fill is not None:
        cell.fill = fill
    if number_format:
        cell.number_format = number_format


def solid(color: Color | str) -> PatternFill:
    return PatternFill("solid", fgColor=color)


def xl_status(ws: Worksheet, row: int, column: int, status: StatusCell | None, *, indexed: bool = False) -> None:
    if status is None:
        return
    fill = None
    if status.rag:
        fill = solid(Color(indexed=XL_RAG_INDEXED[status.rag])) if indexed else solid(XL_RAG[status.rag])
    put(ws, row, column, status.raw, fill=fill)


def when_cell(when: When | None, number_format: str) -> tuple[object, str | None]:
    """A date cell for a month, the printed words otherwise."""
    if when is None:
        return None, None
    if when.date and len(when.date) == 7:
        return month_of(when.date), number_format
    return when.raw, None


def key_sheet(wb: Workbook, name: str, legend: dict[str, str], labels: tuple[str, str], heading: str) -> None:
    ws = wb.create_sheet(name)
    put(ws, 1, 1, heading, bold=True)
    put(ws, 3, 1, labels[0], bold=True, fill=HEADER_FILL)
    put(ws, 3, 2, labels[1], bold=True, fill=HEADER_FILL)
    for row, (code, meaning) in enumerate(legend.items(), start=4):
        put(ws, row, 1, code)
        put(ws, row, 2, meaning)
    ws.column_dimensions["B"].width = 45


def notes_sheet(wb: Workbook, lines: Sequence[str]) -> None:
    ws = wb.create_sheet("Notes")
    put(ws, 1, 1, "Notes", bold=True)
    for row, text in enumerate(lines, start=3):
        put(ws, row, 1, text)
    ws.column_dimensions["A"].width = 100


# --- Excel renditions ------------------------------------------------------------------------


def excel_gantt_quarters(plan: Plan, periods: Sequence[str]) -> bytes:
    """Title rows, a two-row header on rows 5-6 (calendar years merged over "Q1".."Q4"), the
    Pillar merged down column A, a hidden "Sort key" column, period fills in theme colours with a
    tint, RAG-filled status cells, and a "Key" sheet."""
    wb = new_workbook(plan)
    ws = wb.active
    ws.title = "Action plan"
    put(ws, 1, 1, plan.institution, bold=True)
    put(ws, 2, 1, plan.title, bold=True)
    put(ws, 3, 1, "Shaded quarters show when each action is active. Owner codes are listed on the Key sheet.")
    first_period = 5
    status_col = first_period + len(periods)
    for column, label in ((1, "Pillar"), (2, "Action"), (3, "Owner"), (status_col, "Status")):
        put(ws, 5, column, label, bold=True, fill=HEADER_FILL)
        ws.merge_cells(start_row=5, start_column=column, end_row=6, end_column=column)
    put(ws, 5, 4, "Sort key", bold=True)
    ws.column_dimensions["D"].hidden = True
    years: dict[str, list[int]] = {}
    for index, period in enumerate(periods):
        column = first_period + index
        years.setdefault(period[:4], []).append(column)
        quarter = (int(period[5:]) - 1) // 3 + 1
        put(ws, 6, column, f"Q{quarter}", bold=True, fill=HEADER_FILL)
    for year, columns in years.items():
        put(ws, 5, columns[0], int(year), bold=True, fill=HEADER_FILL)
        if len(columns) > 1:
            ws.merge_cells(start_row=5, start_column=columns[0], end_row=5, end_column=columns[-1])
    bar_colours = (Color(theme=4, tint=0.3999755851924192), Color(theme=9, tint=-0.249977111117893))
    row = 7
    for number, section in enumerate(plan.sections):
        first = row
        bar = solid(bar_colours[number % 2])
        for item in section.items:
            put(ws, row, 2, " ".join(item.text.split()))
            put(ws, row, 3, ", ".join(item.owners))
            put(ws, row, 4, row - 6)
            for index, period in enumerate(periods):
                if period in item.timeline:
                    ws.cell(row=row, column=first_period + index).fill = bar
            xl_status(ws, row, status_col, item.status)
            row += 1
        put(ws, first, 1, section.heading, bold=True)
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 50
    ws.column_dimensions["C"].width = 12
    ws.freeze_panes = "E7"
    key_sheet(wb, "Key", plan.legend, ("Code", "Owner"), "Key to owner codes")
    return xlsx_bytes(wb)


LOWTHER_NOTES = (
    "This workbook is the working copy of the plan kept by the Technical Services Manager.",
    "Shaded months show when each action is planned to run. Progress is reviewed at the end of each term.",
    "Please send corrections to the Technical Services office.",
)


def excel_gantt_months(plan: Plan, months: Sequence[str]) -> bytes:
    """Years merged over month header cells that are real dates shown "mmm"; period fills in
    indexed colours; progress words on indexed RAG fills; the Pillar merged down column A."""
    wb = new_workbook(plan)
    ws = wb.active
    ws.title = "Plan"
    put(ws, 1, 1, plan.title, bold=True)
    put(ws, 2, 1, plan.subtitle or "")
    first_month = 4
    progress = first_month + len(months)
    for column, label in ((1, "Pillar"), (2, "Action"), (3, "Lead"), (progress, "Progress")):
        put(ws, 4, column, label, bold=True, fill=HEADER_FILL)
        ws.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    years: dict[str, list[int]] = {}
    for index, month in enumerate(months):
        column = first_month + index
        years.setdefault(month[:4], []).append(column)
        put(ws, 5, column, month_of(month), bold=True, fill=HEADER_FILL, number_format="mmm")
        ws.column_dimensions[ws.cell(row=5, column=column).column_letter].width = 5
    for year, columns in years.items():
        put(ws, 4, columns[0], year, bold=True, fill=HEADER_FILL)
        ws.merge_cells(start_row=4, start_column=columns[0], end_row=4, end_column=columns[-1])
    row = 6
    for number, section in enumerate(plan.sections):
        first = row
        bar = solid(Color(indexed=44 if number % 2 == 0 else 49))
        for item in section.items:
            put(ws, row, 2, " ".join(item.text.split()))
            put(ws, row, 3, "\n".join(item.owners))
            for index, month in enumerate(months):
                if month in item.timeline:
                    ws.cell(row=row, column=first_month + index).fill = bar
            xl_status(ws, row, progress, item.status, indexed=True)
            row += 1
        put(ws, first, 1, section.heading, bold=True)
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    ws.column_dimensions["B"].width = 55
    ws.column_dimensions["C"].width = 24
    notes_sheet(wb, LOWTHER_NOTES)
    return xlsx_bytes(wb)


def excel_table_dates(plan: Plan) -> bytes:
    """Ref | Pillar | Action | Lead | Start date | End date | Status | Comments on row 4, with
    real date cells, the Pillar merged down, RAG fills and owners on separate lines of a cell."""
    wb = new_workbook(plan)
    ws = wb.active
    ws.title = "Action Plan"
    put(ws, 1, 1, plan.title, bold=True)
    headers = ("Ref", "Pillar", "Action", "Lead", "Start date", "End date", "Status", "Comments")
    for column, label in enumerate(headers, start=1):
        put(ws, 4, column, label, bold=True, fill=HEADER_FILL)
    row = 5
    for section in plan.sections:
        first = row
        for item in section.items:
            put(ws, row, 1, item.ref)
            put(ws, row, 3, " ".join(item.text.split()))
            put(ws, row, 4, "\n".join(item.owners))
            for column, when in ((5, item.start), (6, item.end)):
                value, number_format = when_cell(when, "mmm yyyy")
                put(ws, row, column, value, number_format=number_format)
            xl_status(ws, row, 7, item.status)
            put(ws, row, 8, item.notes)
            row += 1
        put(ws, first, 2, section.heading)
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    for letter, width in zip("ABCDEFGH", (7, 16, 60, 26, 11, 11, 14, 40), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:H{row - 1}"
    return xlsx_bytes(wb)


def excel_sheet_per_pillar(plan: Plan, intro: Sequence[str]) -> bytes:
    """A cover sheet, one sheet per pillar (its name over the table on row 3), an abbreviations
    sheet; plain cells, no fills."""
    wb = new_workbook(plan)
    cover = wb.active
    cover.title = "Cover"
    put(cover, 1, 1, plan.institution, bold=True)
    put(cover, 2, 1, plan.title, bold=True)
    put(cover, 3, 1, plan.subtitle or "")
    for row, text in enumerate(intro, start=5):
        put(cover, row, 1, text)
    cover.column_dimensions["A"].width = 110
    headers = ("Ref", "Action", "Lead", "Start", "End", "Success measures", "Status")
    for section in plan.sections:
        ws = wb.create_sheet(section.heading)
        put(ws, 1, 1, section.heading, bold=True)
        for column, label in enumerate(headers, start=1):
            put(ws, 3, column, label, bold=True)
        for row, item in enumerate(section.items, start=4):
            put(ws, row, 1, item.ref)
            put(ws, row, 2, " ".join(item.text.split()))
            put(ws, row, 3, ", ".join(item.owners))
            put(ws, row, 4, item.start.raw if item.start else None)
            put(ws, row, 5, item.end.raw if item.end else None)
            put(ws, row, 6, "\n".join(item.measures))
            xl_status(ws, row, 7, item.status)
        for letter, width in zip("ABCDEFG", (6, 60, 14, 10, 10, 40, 16), strict=True):
            ws.column_dimensions[letter].width = width
    key_sheet(wb, "Abbreviations", plan.legend, ("Abbreviation", "Meaning"), "Abbreviations")
    return xlsx_bytes(wb)


SCARROWDALE_NOTES = (
    "Bars show the months in which each action is planned; dates are the planned start and end.",
    "The plan is reviewed by the Technician Commitment Steering Group each quarter.",
)


def excel_gantt_dates(plan: Plan, months: Sequence[str]) -> bytes:
    """Ref | Action | Lead | Start | End | Status and 24 month columns (real dates shown "mmm-yy")
    under merged years; start and end are date cells shown dd/mm/yyyy; pillar rows across the
    text columns; bars in a theme colour with a tint or an indexed colour."""
    wb = new_workbook(plan)
    ws = wb.active
    ws.title = "Gantt"
    put(ws, 1, 1, plan.institution, bold=True)
    put(ws, 2, 1, plan.title, bold=True)
    put(ws, 3, 1, plan.subtitle or "")
    headers = ("Ref", "Action", "Lead", "Start", "End", "Status")
    for column, label in enumerate(headers, start=1):
        put(ws, 5, column, label, bold=True, fill=HEADER_FILL)
    first_month = len(headers) + 1
    years: dict[str, list[int]] = {}
    for index, month in enumerate(months):
        column = first_month + index
        years.setdefault(month[:4], []).append(column)
        put(ws, 5, column, month_of(month), bold=True, fill=HEADER_FILL, number_format="mmm-yy")
        ws.column_dimensions[ws.cell(row=5, column=column).column_letter].width = 6.5
    for year, columns in years.items():
        put(ws, 4, columns[0], int(year), bold=True, fill=HEADER_FILL)
        if len(columns) > 1:
            ws.merge_cells(start_row=4, start_column=columns[0], end_row=4, end_column=columns[-1])
    bars = (solid(Color(theme=5, tint=0.5999938962981048)), solid(Color(indexed=52)))
    row = 6
    for number, section in enumerate(plan.sections):
        put(ws, row, 1, section.heading, bold=True, fill=solid("FFD9D9D9"))
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(headers))
        row += 1
        for item in section.items:
            put(ws, row, 1, item.ref)
            put(ws, row, 2, " ".join(item.text.split()))
            put(ws, row, 3, "\n".join(item.owners))
            for column, when in ((4, item.start), (5, item.end)):
                value, number_format = when_cell(when, "dd/mm/yyyy")
                put(ws, row, column, value, number_format=number_format)
            xl_status(ws, row, 6, item.status)
            for index, month in enumerate(months):
                if month in item.timeline:
                    ws.cell(row=row, column=first_month + index).fill = bars[number % 2]
            row += 1
    for letter, width in zip("ABCDEF", (6, 55, 24, 11, 11, 13), strict=True):
        ws.column_dimensions[letter].width = width
    notes_sheet(wb, SCARROWDALE_NOTES)
    return xlsx_bytes(wb)


def excel_rag_only(plan: Plan, periods: Sequence[str]) -> bytes:
    """Ref | Action | Lead | Success measure, quarter columns headed by real dates (dd/mm/yyyy)
    under merged "Phase 1" and "Phase 2" cells, a RAG column of fills with no words in most cells,
    pillar rows across the table, and a "Key" sheet."""
    wb = new_workbook(plan)
    ws = wb.active
    ws.title = "Action Plan"
    put(ws, 1, 1, plan.title, bold=True)
    headers = ("Ref", "Action", "Lead", "Success measure")
    first_period = len(headers) + 1
    rag = first_period + len(periods)
    for column, label in [*enumerate(headers, start=1), (rag, "RAG")]:
        put(ws, 3, column, label, bold=True, fill=HEADER_FILL)
        ws.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    half = len(periods) // 2
    for phase, start in (("Phase 1", 0), ("Phase 2", half)):
        put(ws, 3, first_period + start, phase, bold=True, fill=HEADER_FILL)
        ws.merge_cells(
            start_row=3, start_column=first_period + start, end_row=3, end_column=first_period + start + half - 1
        )
    for index, period in enumerate(periods):
        put(ws, 4, first_period + index, month_of(period), bold=True, fill=HEADER_FILL, number_format="dd/mm/yyyy")
    bar = solid(Color(theme=8, tint=0.3999755851924192))
    row = 5
    for section in plan.sections:
        put(ws, row, 1, section.heading, bold=True, fill=solid("FFF2F2F2"))
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=rag)
        row += 1
        for item in section.items:
            put(ws, row, 1, item.ref)
            put(ws, row, 2, " ".join(item.text.split()))
            put(ws, row, 3, ", ".join(item.owners))
            put(ws, row, 4, "; ".join(item.measures))
            for index, period in enumerate(periods):
                if period in item.timeline:
                    ws.cell(row=row, column=first_period + index).fill = bar
            xl_status(ws, row, rag, item.status)
            row += 1
    for letter, width in zip("ABCD", (6, 50, 14, 30), strict=True):
        ws.column_dimensions[letter].width = width
    key_sheet(wb, "Key", plan.legend, ("Abbreviation", "Role"), "Abbreviations used in the plan")
    return xlsx_bytes(wb)


# --- Web pages -------------------------------------------------------------------------------


def esc(text: str) -> str:
    return html.escape(" ".join(text.split()), quote=True)


def university_page(plan: Plan, main: str, *, style: str = "", script: str = "") -> str:
    """A saved page of a university web site around `main`: skip link, cookie banner, header with
    the site name, navigation, breadcrumbs and a footer."""
    site = esc(plan.institution)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Technician Commitment | {site}</title>
<link rel="stylesheet" href="/assets/css/site.min.css">
<style>
body {{ font-family: Helvetica, Arial, sans-serif; margin: 0; color: #222 }}
.skip-link {{ position: absolute; left: -9999px }} .skip-link:focus {{ left: 1rem; top: 1rem }}
.cookie-banner {{ background: #1d1d1b; color: #fff; padding: 1rem }}
.site-header {{ background: #00334e; color: #fff; padding: 1rem 2rem }}
.site-nav ul {{ list-style: none; display: flex; gap: 1.5rem; margin: 0; padding: .5rem 2rem }}
.breadcrumb {{ list-style: none; display: flex; gap: .5rem; padding: 0 2rem; font-size: .85rem }}
main {{ padding: 1rem 2rem }} table {{ border-collapse: collapse; width: 100% }}
th, td {{ border: 1px solid #999; padding: .4rem; vertical-align: top; text-align: left }}
th {{ background: #e8eef4 }}
.site-footer {{ background: #f2f2f2; padding: 1.5rem 2rem; font-size: .85rem }}
{style}</style>
</head>
<body>
<a class="skip-link" href="#main-content">Skip to content</a>
<div class="cookie-banner" id="cookie-banner" role="dialog" aria-label="Cookie consent">
<p>We use cookies to make this site work and to understand how it is used. You can accept all cookies or
choose which ones to allow.</p>
<button type="button" class="btn">Accept all cookies</button> <button type="button" class="btn">Reject
optional cookies</button> <a href="/cookies/">Cookie settings</a>
</div>
<header class="site-header">
<a class="site-logo" href="/"><img src="/assets/img/logo.svg" alt="{site} home page" width="180"></a>
<form class="site-search" action="/search/" role="search"><label for="q">Search</label>
<input id="q" name="q" type="search"></form>
</header>
<nav class="site-nav" aria-label="Main">
<ul><li><a href="/study/">Study</a></li><li><a href="/research/">Research</a></li><li><a href="/business/">Business
</a></li><li><a href="/about/">About us</a></li><li><a href="/staff/">Staff</a></li></ul>
</nav>
<nav aria-label="Breadcrumb">
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/staff/">Staff</a></li>
<li><a href="/staff/technical-services/">Technical Services</a></li><li aria-current="page">Technician
Commitment</li></ol>
</nav>
<main id="main-content">
{main}
</main>
<footer class="site-footer">
<p>{site}, Registry Building, University Road. Telephone +44 1632 960000.</p>
<ul><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy/">Privacy notice</a></li>
<li><a href="/freedom-of-information/">Freedom of information</a></li><li><a href="/modern-slavery/">Modern
slavery statement</a></li></ul>
<p>&copy; 2025 {site}. All rights reserved.</p>
</footer>
{script}</body>
</html>
"""


def intro_html(plan: Plan, *, institution: bool = False) -> list[str]:
    out = [f"<h1>{esc(plan.title)}</h1>"]
    if institution:
        out.append(f'<p class="lead">{esc(plan.institution)}</p>')
    if plan.subtitle:
        out.append(f"<p>{esc(plan.subtitle)}</p>")
    return out


def web_details_accordions(plan: Plan) -> str:
    """One <details> per pillar, its <summary> the pillar's name, holding a table."""
    main = intro_html(plan)
    main.append(
        "<p>The University signed the Technician Commitment to support the technical staff who keep our "
        "facilities running. Open each principle below to see the actions we have agreed.</p>"
    )
    headers = ("Ref", "Action", "Lead", "Start", "End", "Status", "Comments")
    for section in plan.sections:
        main.append(f'<details class="plan-pillar">\n<summary><h2>{esc(section.heading)}</h2></summary>')
        main.append("<table>\n<thead><tr>" + "".join(f"<th>{h}</th>" for h in headers) + "</tr></thead>\n<tbody>")
        for item in section.items:
            cells = [
                esc(item.ref or ""),
                esc(item.text),
                "<br>".join(esc(o) for o in item.owners),
                esc(item.start.raw) if item.start else "",
                esc(item.end.raw) if item.end else "",
                esc(item.status.raw or "") if item.status else "",
                esc(item.notes or ""),
            ]
            main.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        main.append("</tbody>\n</table>\n</details>")
    style = "details { margin: 1rem 0 } summary h2 { display: inline; font-size: 1.2rem }"
    return university_page(plan, "\n".join(main), style=style)


RAG_CLASS = {"green": "st-on", "amber": "st-watch", "red": "st-late"}


def web_rowspan_css(plan: Plan) -> str:
    """One table: a two-row header ("Delivery" spanning Owner and Deadline), Pillar cells with
    rowspan, RAG cells coloured by classes whose colours the page's <style> defines."""
    main = intro_html(plan, institution=True)
    main.append('<table class="plan">\n<thead>')
    main.append(
        '<tr><th rowspan="2">Ref</th><th rowspan="2">Pillar</th><th rowspan="2">Action</th>'
        '<th colspan="2">Delivery</th><th rowspan="2">Success measure</th><th rowspan="2">RAG</th></tr>'
    )
    main.append("<tr><th>Owner</th><th>Deadline</th></tr>\n</thead>\n<tbody>")
    for section in plan.sections:
        for index, item in enumerate(section.items):
            cells = [f"<td>{esc(item.ref or '')}</td>"]
            if index == 0:
                cells.append(f'<td rowspan="{len(section.items)}" class="pillar">{esc(section.heading)}</td>')
            cells.append(f"<td>{esc(item.text)}</td>")
            cells.append(f"<td>{'<br>'.join(esc(o) for o in item.owners)}</td>")
            cells.append(f"<td>{esc(item.end.raw) if item.end else ''}</td>")
            cells.append(f"<td>{'; '.join(esc(m) for m in item.measures)}</td>")
            status = item.status
            klass = f' class="rag {RAG_CLASS[status.rag]}"' if status and status.rag else ' class="rag"'
            cells.append(f"<td{klass}>{esc(status.raw or '') if status else ''}</td>")
            main.append("<tr>" + "".join(cells) + "</tr>")
    main.append("</tbody>\n</table>")
    main.append("<p>RAG: green, on track or complete; amber, some risk; red, off track.</p>")
    style = (
        ".rag { min-width: 6rem } .st-on { background-color: #00b050 } .st-watch { background-color: #ffc000 }\n"
        ".st-late { background-color: #ff0000; color: #fff } .pillar { font-weight: bold; background: #f7f7f7 }\n"
    )
    return university_page(plan, "\n".join(main), style=style)


def web_accordion_lists(plan: Plan) -> str:
    """A Bootstrap-style accordion per pillar: theme headings over <ul> actions, each with a nested
    list of labelled fields."""
    main = intro_html(plan, institution=True)
    main.append('<div class="accordion" id="planAccordion">')
    for number, section in enumerate(plan.sections, start=1):
        main.append('<div class="accordion-item">')
        main.append(
            f'<h2 class="accordion-header" id="heading{number}"><button class="accordion-button collapsed" '
            f'type="button" data-bs-toggle="collapse" data-bs-target="#collapse{number}" aria-expanded="false" '
            f'aria-controls="collapse{number}">{esc(section.heading)}</button></h2>'
        )
        main.append(
            f'<div id="collapse{number}" class="accordion-collapse collapse" aria-labelledby="heading{number}" '
            'data-bs-parent="#planAccordion">\n<div class="accordion-body">'
        )
        theme: str | None = None
        open_list = False
        for item in section.items:
            if item.theme != theme:
                if open_list:
                    main.append("</ul>")
                main.append(f'<h3>{esc(item.theme or "")}</h3>\n<ul class="actions">')
                open_list = True
                theme = item.theme
            fields = [
                f"<li><strong>{'Owners' if len(item.owners) > 1 else 'Owner'}:</strong> "
                f"{esc(', '.join(item.owners))}</li>"
            ]
            if item.end:
                fields.append(f"<li><strong>Deadline:</strong> {esc(item.end.raw)}</li>")
            if len(item.measures) == 1:
                fields.append(f"<li><strong>Success measure:</strong> {esc(item.measures[0])}</li>")
            elif item.measures:
                inner = "".join(f"<li>{esc(m)}</li>" for m in item.measures)
                fields.append(f"<li><strong>Success measures:</strong><ul>{inner}</ul></li>")
            if item.status and item.status.raw:
                fields.append(f"<li><strong>Status:</strong> {esc(item.status.raw)}</li>")
            main.append(f'<li>{esc(item.text)}\n<ul class="fields">{"".join(fields)}</ul></li>')
        if open_list:
            main.append("</ul>")
        main.append("</div>\n</div>\n</div>")
    main.append("</div>")
    script = '<script src="/assets/js/bootstrap.bundle.min.js"></script>\n'
    return university_page(plan, "\n".join(main), script=script)


def wrapped(text: str) -> str:
    """Text broken over lines of at most 76 characters, as Word writes a paragraph's HTML."""
    return "\n".join(textwrap.wrap(text, width=76, break_long_words=False, break_on_hyphens=False))


RAG_STYLE = {"red": "#c00000", "amber": "#ffc000", "green": "#00b050"}


def web_inline_styles(plan: Plan) -> str:
    """One table: pillar rows spanning it (``<th colspan>``), Objective cells with rowspan, measures
    as a ``<ul>`` inside the cell, status cells coloured by inline ``style``; the key a ``<dl>``."""
    main = intro_html(plan, institution=True)
    headers = ("No.", "Objective", "Actions", "Lead", "Timescale", "Success measures", "Progress")
    main.append('<div class="table-responsive">\n<table class="table">')
    main.append("<thead><tr>" + "".join(f'<th scope="col">{h}</th>' for h in headers) + "</tr></thead>\n<tbody>")
    for section in plan.sections:
        main.append(
            f'<tr class="section-row"><th colspan="{len(headers)}" scope="colgroup">{esc(section.heading)}</th></tr>'
        )
        runs = dict(runs_of(section.items, lambda i: i.theme))
        for index, item in enumerate(section.items):
            cells = [f"<td>{esc(item.ref or '')}</td>"]
            if index in runs:
                cells.append(f'<td rowspan="{runs[index] - index + 1}">{esc(item.theme or "")}</td>')
            cells.append(f"<td>{esc(item.text)}</td>")
            cells.append(f"<td>{esc(' / '.join(item.owners))}</td>")
            cells.append(f"<td>{esc(item.end.raw) if item.end else ''}</td>")
            if len(item.measures) > 1:
                cells.append("<td><ul>" + "".join(f"<li>{esc(m)}</li>" for m in item.measures) + "</ul></td>")
            else:
                cells.append(f"<td>{esc(item.measures[0]) if item.measures else ''}</td>")
            status = item.status
            colour = f' style="background-color: {RAG_STYLE[status.rag]};"' if status and status.rag else ""
            cells.append(f"<td{colour}>{esc(status.raw or '') if status else ''}</td>")
            main.append("<tr>" + "".join(cells) + "</tr>")
    main.append("</tbody>\n</table>\n</div>")
    main.append('<h2>Key to leads</h2>\n<dl class="key">')
    main += [f"<dt>{esc(code)}</dt><dd>{esc(name)}</dd>" for code, name in plan.legend.items()]
    main.append("</dl>")
    style = ".section-row th { background: #f2f2f2 } dl.key dt { font-weight: bold; float: left; width: 4rem }\n"
    return university_page(plan, "\n".join(main), style=style)


def word_export_page(plan: Plan) -> str:
    """A Word document saved as a web page: MsoTitle, h1/h2 headings, the actions as bulleted
    MsoListParagraph items (bold ref, then the text) with their labelled fields one level down."""
    out = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\n'
        'xmlns:w="urn:schemas-microsoft-com:office:word"\nxmlns:m="http://schemas.microsoft.com/office/2004/12/'
        'omml"\nxmlns="http://www.w3.org/TR/REC-html40">',
        "",
        "<head>",
        '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">',
        "<meta charset=windows-1252>",
        "<meta name=ProgId content=Word.Document>",
        '<meta name=Generator content="Microsoft Word 15">',
        '<meta name=Originator content="Microsoft Word 15">',
        f"<title>{esc(plan.title)}</title>",
        "<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>Technical Services</o:Author>\n"
        "  <o:Revision>4</o:Revision>\n  <o:Created>2025-09-15T09:12:00Z</o:Created>\n </o:DocumentProperties>\n"
        "</xml><![endif]-->",
        "<style>\n<!--\n /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;margin-bottom:8.0pt;line-height:107%;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        'h1\t{mso-style-link:"Heading 1 Char";margin-top:12.0pt;font-size:16.0pt;color:#2F5496;}\n'
        'h2\t{mso-style-link:"Heading 2 Char";margin-top:2.0pt;font-size:13.0pt;color:#2F5496;}\n'
        'p.MsoTitle, li.MsoTitle, div.MsoTitle\n\t{font-size:28.0pt;font-family:"Calibri Light",sans-serif;}\n'
        "p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph\n\t{margin-left:36.0pt;}\n"
        "p.MsoListParagraphCxSpFirst, p.MsoListParagraphCxSpMiddle, p.MsoListParagraphCxSpLast\n"
        "\t{margin-left:36.0pt;mso-add-space:auto;}\n"
        "@list l0:level1\n\t{mso-level-number-format:bullet;mso-level-text:\\F0B7;font-family:Symbol;}\n"
        '@list l0:level2\n\t{mso-level-number-format:bullet;mso-level-text:o;font-family:"Courier New";}\n'
        "-->\n</style>",
        "</head>",
        "",
        "<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>",
        "",
        "<div class=WordSection1>",
        "",
        f"<p class=MsoNormal><b><span style='font-size:14.0pt'>{esc(plan.institution)}<o:p></o:p></span></b></p>",
        "",
        f"<p class=MsoTitle>{esc(plan.title)}<o:p></o:p></p>",
        "",
        f"<p class=MsoNormal><i>{esc(plan.subtitle or '')}<o:p></o:p></i></p>",
    ]
    bullet = (
        "<![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:"
        "Symbol'><span style='mso-list:Ignore'>\u00b7<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;"
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>"
    )
    circle = (
        '<![if !supportLists]><span style=\'font-family:"Courier New";mso-fareast-font-family:"Courier New"\'>'
        "<span style='mso-list:Ignore'>o<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span>"
        "</span><![endif]>"
    )
    for section in plan.sections:
        out += ["", f"<h1>{esc(section.heading)}<o:p></o:p></h1>"]
        paragraphs: list[tuple[int, str]] = []
        for item in section.items:
            paragraphs.append((1, f"<b>{esc(item.ref or '')}</b> {wrapped(esc(item.text))}"))
            paragraphs.append((2, f"<b>Lead:</b> {esc('; '.join(item.owners))}"))
            if item.start:
                paragraphs.append((2, f"<b>Start:</b> {esc(item.start.raw)}"))
            if item.end:
                paragraphs.append((2, f"<b>End:</b> {esc(item.end.raw)}"))
            if item.status and item.status.raw:
                paragraphs.append((2, f"<b>Status:</b> {esc(item.status.raw)}"))
        for index, (level, content) in enumerate(paragraphs):
            kind = "CxSpFirst" if index == 0 else "CxSpLast" if index == len(paragraphs) - 1 else "CxSpMiddle"
            margin = "36.0pt" if level == 1 else "72.0pt"
            out += [
                "",
                f"<p class=MsoListParagraph{kind} style='margin-left:{margin};mso-add-space:auto;text-indent:-18.0pt;"
                f"mso-list:l0 level{level} lfo1'>{bullet if level == 1 else circle}{content}<o:p></o:p></p>",
            ]
    out += [
        "",
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
        "",
        "<p class=MsoNormal><span style='font-size:9.0pt'>Document owner: Technical Services. Approved by the "
        "University Executive Board.<o:p></o:p></span></p>",
        "",
        "</div>",
        "",
        "</body>",
        "",
        "</html>",
        "",
    ]
    return "\n".join(out).replace("\r\n", "\n").replace("\n", "\r\n")


# --- The files -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rendition:
    name: str
    shown: Plan  # what the file shows of its plan: its gold
    render: Callable[[], bytes]


def _utf8(text: Callable[[], str]) -> Callable[[], bytes]:
    return lambda: text().encode("utf-8")


hp = load_round("r1")  # the first round's plans, read from tests/holdout/plans/
DUNMORE_PERIODS = hp.DUNMORE_QUARTERS
WENDLEBURY_COVER = WENDLEBURY_INTRO


def renditions() -> list[Rendition]:
    ashworth = coloured(hp.ASHWORTH, ASHWORTH_RAG)
    kingsmere_web = without_colour(pillar_headings(hp.KINGSMERE))
    wendlebury_plain = without_colour(fp.WENDLEBURY)
    scarrowdale_xlsx = day_first_dates(fp.SCARROWDALE)
    scarrowdale_web = without_timeline(fp.SCARROWDALE)
    dunmore_sheet = pillar_column(hp.DUNMORE)
    oakhanger_numbered = numbered(fp.OAKHANGER)
    return [
        Rendition("fa_word_merged_themes.docx", ashworth, lambda: word_merged_themes(ashworth)),
        Rendition("fb_word_table_per_pillar.docx", hp.BRACKENRIDGE, lambda: word_table_per_pillar(hp.BRACKENRIDGE)),
        Rendition("fc_word_numbered_lists.docx", oakhanger_numbered, lambda: word_numbered_lists(fp.OAKHANGER)),
        Rendition("fd_word_gantt.docx", hp.DUNMORE, lambda: word_gantt(hp.DUNMORE, DUNMORE_PERIODS)),
        Rendition("fe_word_intro_key.docx", fp.WENDLEBURY, lambda: word_intro_key(fp.WENDLEBURY)),
        Rendition("ff_word_pillar_column.docx", hp.GLENHOLM, lambda: word_pillar_column(hp.GLENHOLM)),
        Rendition("fg_word_title_row_table.docx", hp.KINGSMERE, lambda: word_title_row_table(hp.KINGSMERE)),
        Rendition(
            "ga_excel_gantt_quarters.xlsx", dunmore_sheet, lambda: excel_gantt_quarters(dunmore_sheet, DUNMORE_PERIODS)
        ),
        Rendition("gb_excel_gantt_months.xlsx", hp.LOWTHER, lambda: excel_gantt_months(hp.LOWTHER, hp.LOWTHER_MONTHS)),
        Rendition("gc_excel_table_dates.xlsx", hp.KINGSMERE, lambda: excel_table_dates(hp.KINGSMERE)),
        Rendition(
            "gd_excel_sheet_per_pillar.xlsx",
            wendlebury_plain,
            lambda: excel_sheet_per_pillar(wendlebury_plain, WENDLEBURY_COVER),
        ),
        Rendition(
            "ge_excel_gantt_dates.xlsx",
            scarrowdale_xlsx,
            lambda: excel_gantt_dates(fp.SCARROWDALE, fp.SCARROWDALE_MONTHS),
        ),
        Rendition("gf_excel_rag_only.xlsx", hp.ELMSTEAD, lambda: excel_rag_only(hp.ELMSTEAD, hp.ELMSTEAD_QUARTERS)),
        Rendition(
            "ha_web_details_accordions.html", kingsmere_web, _utf8(lambda: web_details_accordions(kingsmere_web))
        ),
        Rendition("hb_web_rowspan_css.html", hp.GLENHOLM, _utf8(lambda: web_rowspan_css(hp.GLENHOLM))),
        Rendition("hc_web_accordion_lists.html", fp.OAKHANGER, _utf8(lambda: web_accordion_lists(fp.OAKHANGER))),
        Rendition("he_web_inline_styles.html", ashworth, _utf8(lambda: web_inline_styles(ashworth))),
        Rendition(
            "hd_web_word_export.html",
            scarrowdale_web,
            lambda: word_export_page(scarrowdale_web).encode("cp1252"),
        ),
    ]


def sources() -> dict[str, bytes]:
    """Every rendered file by name."""
    return {r.name: r.render() for r in renditions()}


def golds() -> dict[str, str]:
    """Every gold by file name (``<file>.gold.json``)."""
    return {f"{r.name}.gold.json": gold_json(r.shown, with_visuals=True) for r in renditions()}


MANIFEST = HERE / "MANIFEST.sha256"
FROZEN_KINDS = ("*.docx", "*.xlsx", "*.html", "gold/*.gold.json", "build_formats.py", "format_plans.py")


def manifest_text() -> str:
    """``sha256sum`` lines for every frozen file on disk (plans, golds, this builder and its data)."""
    names = sorted(str(p.relative_to(HERE)) for kind in FROZEN_KINDS for p in HERE.glob(kind))
    return "".join(f"{hashlib.sha256((HERE / name).read_bytes()).hexdigest()}  {name}\n" for name in names)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    parser.add_argument("--manifest", action="store_true", help="only rewrite MANIFEST.sha256 from the files on disk")
    args = parser.parse_args(argv)
    if args.manifest:
        MANIFEST.write_text(manifest_text(), encoding="utf-8")
        print(f"wrote {MANIFEST.name}")
        return 0
    wanted = {HERE / name: data for name, data in sources().items()}
    wanted |= {GOLD_DIR / name: text.encode("utf-8") for name, text in golds().items()}
    differ = [path for path, data in wanted.items() if not path.is_file() or path.read_bytes() != data]
    if args.check:
        for path in differ:
            print(f"differs: {path.relative_to(HERE)}")
        return 1 if differ else 0
    GOLD_DIR.mkdir(exist_ok=True)
    for path, data in wanted.items():
        path.write_bytes(data)
    print(f"wrote {len(wanted)} files ({len(differ)} changed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
