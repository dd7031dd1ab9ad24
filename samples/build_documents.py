"""Word, Excel and web-page renditions of three sample plans, from the data in sample_plans.py.

- `ruled_table_status.docx` (Harbourside Institute of Science): the ruled table of
  `ruled_table_status.pdf` as Word draws it: Pillar and Objective cells merged down
  (``w:vMerge``), Progress cells shaded red, amber or green (``w:shd``), the header row
  repeated on each page (``w:tblHeader``), one KPI per paragraph with a bullet, one
  owner per paragraph; the responsibility key as a two-column table under a heading.
- `gantt_grid.xlsx` (University of Northfell): the Gantt of `gantt_grid.pdf` as a
  workbook: title rows, a two-row header (Action, Lead and Status merged down; each
  academic year merged over its four quarter columns "Q1".."Q4"), section rows merged
  across and filled grey, active quarters filled blue, status cells filled with their
  RAG colour, and the owner key below the grid.
- `bullets.html` (University of Saltmere): a saved web page with a site header,
  navigation, a cookie banner and a footer around the plan; one ``<details>`` accordion
  per pillar, holding a table for some pillars and a list with labelled sub-items for
  the others; the owner key as a list.

Files are byte-identical on every build: fixed core-property dates and a fixed date on
every zip entry, written in a fixed order.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

from plan_model import Item, Plan, Section

FIXED_TIME = dt.datetime(2025, 6, 2, 9, 0, 0)
ZIP_TIME = (2025, 6, 2, 9, 0, 0)
AUTHOR = "Technical Services"


def hex_colour(rgb: tuple[float, float, float]) -> str:
    return "".join(f"{round(v * 255):02X}" for v in rgb)


def fixed_zip(data: bytes) -> bytes:
    """The package again with every entry dated `ZIP_TIME`, entries in their written order,
    and the core properties' created/modified times set to `FIXED_TIME` (a library stamps
    the time of saving)."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", rf"\g<1>{stamp}\g<3>", text)
                body = text.encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, body)
    return out.getvalue()


# --- Word: the Harbourside ruled table ------------------------------------------------------

HARBOURSIDE_HEADERS = (
    "No.",
    "Pillar",
    "Objective",
    "Planned action",
    "KPI",
    "Responsibility",
    "Target date",
    "Progress",
)
HARBOURSIDE_WIDTHS_CM = (1.1, 2.2, 3.2, 6.5, 4.6, 2.6, 2.1, 2.6)
HARBOURSIDE_RAG = {"red": "EA4335", "amber": "FFC107", "green": "4CAF50"}


def _shade(cell: object, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _vmerge(cell: object, *, restart: bool) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    merge = OxmlElement("w:vMerge")
    if restart:
        merge.set(qn("w:val"), "restart")
    properties.append(merge)


def _repeat_header(row: object) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _cell_lines(cell: object, lines: Sequence[str], *, bold: bool = False, size: float = 8.0) -> None:
    from docx.shared import Pt

    paragraphs = cell.paragraphs  # type: ignore[attr-defined]
    for index, line in enumerate(lines):
        paragraph = paragraphs[0] if index == 0 else cell.add_paragraph()  # type: ignore[attr-defined]
        run = paragraph.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def _harbourside_row(section: Section, item: Item) -> list[list[str]]:
    measures = [f"\u2022 {m}" for m in item.measures] if len(item.measures) > 1 else list(item.measures)
    return [
        [item.ref or ""],
        [section.heading],
        [item.theme or ""],
        [item.text],
        measures,
        list(item.owners),
        [item.end.raw if item.end else ""],
        [item.status.raw or "" if item.status else ""],
    ]


def build_docx(plan: Plan, notes: Sequence[str]) -> bytes:
    """The Harbourside plan as a Word document with one ruled table."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(1.5))
    properties = document.core_properties
    properties.title = f"{plan.institution} {plan.title}"
    properties.author = AUTHOR
    properties.last_modified_by = AUTHOR
    properties.created = FIXED_TIME
    properties.modified = FIXED_TIME
    properties.revision = 1
    document.add_heading(plan.title, level=1)
    if plan.subtitle:
        document.add_paragraph(plan.subtitle).runs[0].italic = True
    items = plan.items()
    table = document.add_table(rows=1 + len(items), cols=len(HARBOURSIDE_HEADERS))
    table.style = "Table Grid"
    for k, (header, width) in enumerate(zip(HARBOURSIDE_HEADERS, HARBOURSIDE_WIDTHS_CM, strict=True)):
        table.rows[0].cells[k].width = Cm(width)
        _cell_lines(table.rows[0].cells[k], [header], bold=True)
        _shade(table.rows[0].cells[k], "D9E2F3")
    _repeat_header(table.rows[0])
    previous: list[list[str]] | None = None
    for r, (sec, item) in enumerate(items, start=1):
        values = _harbourside_row(sec, item)
        for k, lines in enumerate(values):
            cell = table.rows[r].cells[k]
            cell.width = Cm(HARBOURSIDE_WIDTHS_CM[k])
            if k in (1, 2):  # Pillar and Objective: merged down while the value repeats
                continues = previous is not None and previous[k] == lines and previous[1] == values[1]
                _vmerge(cell, restart=not continues)
                if continues:
                    continue
            _cell_lines(cell, [line for line in lines if line])
        if item.status is not None and item.status.rag is not None:
            _shade(table.rows[r].cells[7], HARBOURSIDE_RAG[item.status.rag])
        previous = values
    for note in notes:
        document.add_paragraph(note).runs[0].font.size = Pt(8)
    document.add_heading("Responsibility key", level=2)
    key = document.add_table(rows=len(plan.legend), cols=2)
    key.style = "Table Grid"
    for r, (code, meaning) in enumerate(plan.legend.items()):
        _cell_lines(key.rows[r].cells[0], [code])
        _cell_lines(key.rows[r].cells[1], [meaning])
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


# --- Excel: the Northfell Gantt -------------------------------------------------------------

NORTHFELL_FILLS = {"red": "FF0000", "amber": "FFBF00", "green": "92D050"}
NORTHFELL_SHADE = "5B9BD5"
NORTHFELL_SECTION = "DDDDDD"


def _academic_year(month: str) -> str:
    year, number = (int(p) for p in month.split("-"))
    first = year if number >= 4 else year - 1
    return f"{first}/{(first + 1) % 100:02d}"


def _academic_quarter(month: str) -> str:
    return f"Q{ {4: 1, 7: 2, 10: 3, 1: 4}[int(month[5:])] }"


def build_xlsx(plan: Plan, months: Sequence[str], rag_key: Sequence[tuple[str, str]]) -> bytes:
    """The Northfell Gantt as a workbook: one sheet, the grid and its key."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    def fill(colour: str) -> PatternFill:
        return PatternFill(fill_type="solid", start_color=colour, end_color=colour)

    book = Workbook()
    sheet = book.active
    sheet.title = "Action plan"
    book.properties.creator = AUTHOR
    book.properties.lastModifiedBy = AUTHOR
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    book.properties.title = f"{plan.institution} {plan.title}"
    sheet["A1"] = plan.institution
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = plan.title
    sheet["A2"].font = Font(bold=True, size=12)
    first_period, status_col = 3, 3 + len(months)
    width = status_col
    header, sub = 4, 5
    for col, text in ((1, "Action"), (2, "Lead"), (status_col, "Status (RAG)")):
        sheet.cell(header, col, text).font = Font(bold=True)
        sheet.merge_cells(start_row=header, start_column=col, end_row=sub, end_column=col)
    col = first_period
    while col < status_col:
        year = _academic_year(months[col - first_period])
        end = col
        while end + 1 < status_col and _academic_year(months[end + 1 - first_period]) == year:
            end += 1
        sheet.cell(header, col, year).font = Font(bold=True)
        sheet.cell(header, col).alignment = Alignment(horizontal="center")
        if end > col:
            sheet.merge_cells(start_row=header, start_column=col, end_row=header, end_column=end)
        for k in range(col, end + 1):
            sheet.cell(sub, k, _academic_quarter(months[k - first_period])).font = Font(bold=True)
        col = end + 1
    row = sub + 1
    for section in plan.sections:
        sheet.cell(row, 1, section.heading).font = Font(bold=True)
        for k in range(1, width + 1):
            sheet.cell(row, k).fill = fill(NORTHFELL_SECTION)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        row += 1
        for item in section.items:
            sheet.cell(row, 1, item.text).alignment = Alignment(wrap_text=True, vertical="top")
            sheet.cell(row, 2, "/".join(item.owners))
            for k, month in enumerate(months):
                if month in item.timeline:
                    sheet.cell(row, first_period + k).fill = fill(NORTHFELL_SHADE)
            if item.status is not None:
                cell = sheet.cell(row, status_col, item.status.raw or None)
                if item.status.rag is not None:
                    cell.fill = fill(NORTHFELL_FILLS[item.status.rag])
            row += 1
    row += 1
    sheet.cell(row, 1, "Key").font = Font(bold=True)
    row += 1
    for code, meaning in plan.legend.items():
        sheet.cell(row, 1, code)
        sheet.cell(row, 2, meaning)
        row += 1
    row += 1
    for rag, meaning in rag_key:
        sheet.cell(row, 1).fill = fill(NORTHFELL_FILLS[rag])
        sheet.cell(row, 2, meaning)
        row += 1
    sheet.column_dimensions["A"].width = 60
    sheet.column_dimensions["B"].width = 12
    for k in range(first_period, status_col):
        sheet.column_dimensions[get_column_letter(k)].width = 5
    sheet.column_dimensions[get_column_letter(status_col)].width = 18
    buffer = io.BytesIO()
    book.save(buffer)
    return fixed_zip(buffer.getvalue())


# --- web page: the Saltmere plan ------------------------------------------------------------

PAGE_TOP = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} | {institution}</title>
<link rel="stylesheet" href="site.css">
</head>
<body>
<a class="skip-link" href="#content">Skip to main content</a>
<div class="cookie-banner" id="cookie-notice"><p>We use cookies to make this site work and to measure how it is
used. <button>Accept all cookies</button> <button>Reject optional cookies</button></p></div>
<header class="site-header"><p class="site-name">{institution}</p>
<form role="search"><input type="search" placeholder="Search the site"></form></header>
<nav aria-label="Main menu"><ul><li><a href="/">Home</a></li><li><a href="/study">Study</a></li>
<li><a href="/research">Research</a></li><li><a href="/staff">Staff</a></li><li><a href="/about">About us</a></li>
</ul></nav>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/staff">Staff</a></li>
<li>Technician Commitment</li></ol></nav>
<main id="content">
"""
PAGE_BOTTOM = """</main>
<footer class="site-footer"><ul><li><a href="/contact">Contact us</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/accessibility">Accessibility statement</a></li></ul>
<p>&copy; {institution}. All rights reserved.</p></footer>
</body>
</html>
"""
SALTMERE_TABLE_HEADERS = ("Ref", "Action", "Owner", "Measures", "Start", "By", "Status")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _item_table(section: Section) -> list[str]:
    out = ["<table>", "<thead><tr>" + "".join(f"<th>{_e(h)}</th>" for h in SALTMERE_TABLE_HEADERS) + "</tr></thead>"]
    out.append("<tbody>")
    for item in section.items:
        if len(item.measures) > 1:
            measures = "<ul>" + "".join(f"<li>{_e(m)}</li>" for m in item.measures) + "</ul>"
        else:
            measures = "".join(_e(m) for m in item.measures)
        cells = (
            _e(item.ref or ""),
            _e(item.text),
            _e(", ".join(item.owners)),
            measures,
            _e(item.start.raw if item.start else ""),
            _e(item.end.raw if item.end else ""),
            _e(item.status.raw or "" if item.status else ""),
        )
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    out.extend(["</tbody>", "</table>"])
    return out


def _item_list(section: Section) -> list[str]:
    out = ['<ul class="actions">']
    for item in section.items:
        fields: list[str] = []
        if item.owners:
            fields.append(f"<li>Owner: {_e(', '.join(item.owners))}</li>")
        if len(item.measures) == 1:
            fields.append(f"<li>Measure: {_e(item.measures[0])}</li>")
        elif item.measures:
            inner = "".join(f"<li>{_e(m)}</li>" for m in item.measures)
            fields.append(f"<li>Measures:<ul>{inner}</ul></li>")
        if item.start:
            fields.append(f"<li>Start: {_e(item.start.raw)}</li>")
        if item.end:
            fields.append(f"<li>By: {_e(item.end.raw)}</li>")
        if item.status and item.status.raw:
            fields.append(f"<li>Status: {_e(item.status.raw)}</li>")
        ref = f"<strong>{_e(item.ref)}</strong> " if item.ref else ""
        out.append(f"<li>{ref}{_e(item.text)}<ul>{''.join(fields)}</ul></li>")
    out.append("</ul>")
    return out


def build_html(plan: Plan) -> str:
    """The Saltmere plan as a saved web page: an accordion per pillar, tables and lists."""
    out = [PAGE_TOP.format(title=_e(plan.title), institution=_e(plan.institution))]
    out.append(f"<h1>{_e(plan.title)}</h1>")
    if plan.subtitle:
        out.append(f"<p>{_e(plan.subtitle)}</p>")
    for index, section in enumerate(plan.sections):
        out.append("<details open>")
        out.append(f"<summary>{_e(section.heading)}</summary>")
        out.extend(_item_table(section) if index % 2 == 0 else _item_list(section))
        out.append("</details>")
    out.append("<h2>Owner key</h2>")
    out.append("<ul>" + "".join(f"<li>{_e(code)}: {_e(name)}</li>" for code, name in plan.legend.items()) + "</ul>")
    out.append(PAGE_BOTTOM.format(institution=_e(plan.institution)))
    return "\n".join(out)


def write_bytes(path: Path, data: bytes) -> None:
    path.write_bytes(data)
