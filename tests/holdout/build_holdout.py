"""Build the hold-out plans: office documents converted to PDF by LibreOffice, text
renditions, and the gold for each, all from the data in `plans/` (one JSON file per plan).

    python tests/holdout/build_holdout.py             # sources, golds and PDFs
    python tests/holdout/build_holdout.py --no-pdf    # sources and golds only
    python tests/holdout/build_holdout.py --only i_calc_table   # and just this PDF

The PDFs are made the way published plans are: Writer documents (from HTML, which
Writer imports as an ordinary text document) and Calc workbooks (.xlsx) exported
with ``soffice --headless --convert-to pdf``. LibreOffice is needed only here; the
tests read the committed PDFs. Sources, text renditions and golds are
byte-identical on every run; the PDFs carry LibreOffice's creation date.

Files written (``src/`` holds the office sources, ``gold/`` the golds):

- ``a_writer_portrait.pdf``: one bordered table, portrait, section rows spanning
  the table, merged Objective cells, a repeated header, rows crossing page breaks.
- ``b_writer_landscape.pdf``: one table per pillar under a heading paragraph,
  "Ref#" refs, Start and Finish columns.
- ``c_writer_unruled.pdf``: a table with no borders at all.
- ``d_calc_quarters.pdf``: Gantt grid with "Apr-Jun 24" quarter headers under
  year phases, shaded cells, RAG-filled status with text, an owner key below.
- ``e_calc_dates.pdf``: Gantt grid with date headers, some RAG cells with no text.
- ``d2_calc_no_borders.pdf``, ``d3_calc_rotated_headers.pdf``: plan (d) with no cell
  borders (fills only), and with its quarter labels turned upright.
- ``m_calc_months.pdf``: Gantt by month ("Jan-25" date cells under calendar years), a
  merged Pillar column, progress text on its RAG fill.
- ``f_writer_pillar_rag.pdf``: Pillar column instead of headings, RAG column.
- ``c2_writer_unruled_centred.pdf``: plan (c) with every cell centred vertically.
- ``i_calc_table.pdf``: a spreadsheet table (no Gantt): merged Pillar cells, RAG-filled
  status, a Comments column.
- ``j_writer_no_repeat.pdf``: plan (b) as one portrait table after an introduction; the
  header is printed once and the table goes on over the page without it; running page
  header and footer.
- ``k_writer_prose.pdf``: plan (a) with no table: headings, numbered action paragraphs
  and bulleted bold labels.
- ``n_writer_two_row_header.pdf``: plan (b) in one table whose header has two rows,
  "Timescale" over "Start" and "Finish".
- ``o_writer_gantt.pdf``: plan (d) as a word-processor table with shaded quarter cells,
  the "Q1 2024/25" labels broken inside the number by the narrow cells.
- ``p_writer_bold_headings.pdf``: plan (b) with each pillar heading an ordinary bold
  paragraph set close under the table before it.
- ``q_writer_shaded_header.pdf``: plan (j) with no borders at all: only the header row's
  shading is drawn, so the header alone looks like a ruled table.
- ``g_web_cells.txt``: plan (b) copied from a web page, one cell per line.
- ``h_markdown.md``: plan (a) as Markdown with bold labels and objective sub-headings.
- ``l_spreadsheet.csv``: plan (i) saved from the spreadsheet as CSV.

The second batch (``r_`` onwards) is rendered by ``build_round2.py`` from
the round-2 files in ``plans/``; its docstring lists those files, as ``build_round3.py`` and
``build_round4.py`` and ``build_round5.py`` list the third (``aa_`` onwards), the fourth
(``ae_`` onwards) and the fifth (``ba_`` onwards); ``build_round6.py`` and
``build_round7.py`` the sixth (``ca_``) and seventh (``da_``), ``build_round8.py`` the eighth (``ea_``).
``s_`` and ``t_`` are what poppler's ``pdftotext`` prints for ``r_writer_intro_appendix.pdf``
(written only when the PDFs are built).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import io
import math
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

import xlsxwriter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_round2 as r2b  # noqa: E402
import build_round3 as r3b  # noqa: E402
import build_round4 as r4b  # noqa: E402
import build_round5 as r5b  # noqa: E402
import build_round6 as r6b  # noqa: E402
import build_round7 as r7b  # noqa: E402
import build_round8 as r8b  # noqa: E402
from build_round2 import FIXED_TIME, RAG_FILLS  # noqa: E402
from plan_data import load_round  # noqa: E402
from plan_model import Item, Plan, When, gold_json  # noqa: E402

hp = load_round("r1")
r2 = load_round("r2")
r3 = load_round("r3")
r4 = load_round("r4")

SRC = "src"
GOLD = "gold"

# --- Writer documents from HTML ------------------------------------------------------------


def esc(text: str) -> str:
    return html.escape(" ".join(text.split()), quote=True)


def html_page(plan: Plan, body: list[str], *, landscape: bool, metadata: bool = True) -> str:
    size = "29.7cm 21cm" if landscape else "21cm 29.7cm"
    head = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">']
    if metadata:
        head.append(f"<title>{esc(plan.title)}</title>")
        head.append(f'<meta name="author" content="{esc(plan.institution)}">')
    head.append(
        f"<style>@page {{ size: {size}; margin: 1.8cm 1.5cm }} "
        "body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt } "
        "h1 { font-size: 15pt } h2 { font-size: 12pt } h3 { font-size: 10.5pt } td, th { font-size: 8.5pt }</style>"
    )
    head.append("</head>")
    return "\n".join([*head, "<body>", *body, "</body>", "</html>"]) + "\n"


def title_block(plan: Plan) -> list[str]:
    out = [f"<p><b>{esc(plan.institution)}</b></p>", f"<h1>{esc(plan.title)}</h1>"]
    if plan.subtitle:
        out.append(f"<p>{esc(plan.subtitle)}</p>")
    return out


# Body cells are top-aligned, as word processors set them; merged cells are centred on their rows.
BODY_ROW = '<tr valign="top">'


def cell(text: str, *, tag: str = "td", attrs: str = "") -> str:
    return f"<{tag}{attrs}>{text}</{tag}>"


def single(values: Sequence[str]) -> str:
    """The one value of a cell that cannot show a list; several would make the gold ambiguous."""
    if len(values) > 1:
        raise ValueError(f"this layout prints one measure per action, got {len(values)}")
    return values[0] if values else ""


def lines(values: Sequence[str], *, bullet: str = "") -> str:
    """Measures in one cell: one paragraph each, bulleted, when there are two or more."""
    if len(values) <= 1 or not bullet:
        return esc(single(values))
    return "".join(f"<p>{bullet}{esc(v)}</p>" for v in values)


def date_text(value: When | None) -> str:
    return esc(value.raw) if value else ""


def header_row(headers: Sequence[tuple[str, int]], *, fill: str | None = "#D9E2F3") -> str:
    bg = f' bgcolor="{fill}"' if fill else ""
    return "<tr>" + "".join(cell(esc(h), tag="th", attrs=f' width="{w}%"{bg}') for h, w in headers) + "</tr>"


def merged_runs(items: Sequence[Item], key: Callable[[Item], str | None]) -> dict[int, int]:
    """Index of the first item of each run of equal keys -> length of the run."""
    runs: dict[int, int] = {}
    start = 0
    for index in range(1, len(items) + 1):
        if index == len(items) or key(items[index]) != key(items[start]):
            runs[start] = index - start
            start = index
    return runs


ASHWORTH_HEADERS = (
    ("No.", 5),
    ("Objective", 14),
    ("Actions", 29),
    ("Lead", 9),
    ("Timescale", 10),
    ("Success Measures", 21),
    ("Progress", 12),
)


def build_ashworth(plan: Plan) -> str:
    """(a) Portrait, one bordered table: section rows span the width, Objective cells merge
    down their run, the header repeats on each page and long rows break across pages. The
    key to the leads' codes is a small two-column table of its own."""
    body = title_block(plan)
    body.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
    body.append("<thead>" + header_row(ASHWORTH_HEADERS) + "</thead>")
    body.append("<tbody>")
    for section in plan.sections:
        body.append(f'<tr><td colspan="7" bgcolor="#F2F2F2"><b>{esc(section.heading)}</b></td></tr>')
        runs = merged_runs(section.items, lambda item: item.theme)
        for index, item in enumerate(section.items):
            cells = [cell(esc(item.ref or ""))]
            if index in runs:
                cells.append(cell(esc(item.theme or ""), attrs=f' rowspan="{runs[index]}" valign="middle"'))
            cells.append(cell(esc(item.text)))
            cells.append(cell(esc(" / ".join(item.owners))))
            cells.append(cell(date_text(item.end)))
            cells.append(cell(lines(item.measures, bullet="\u2022 ")))
            cells.append(cell(esc(item.status.raw or "") if item.status else ""))
            body.append(BODY_ROW + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    body.append("<h3>Key to leads</h3>")
    body.append('<table border="1" cellspacing="0" cellpadding="3" width="60%">')
    body.append(header_row((("Code", 20), ("Lead", 80))))
    body.extend(f"<tr>{cell(esc(code))}{cell(esc(name))}</tr>" for code, name in plan.legend.items())
    body.append("</table>")
    return html_page(plan, body, landscape=False)


BRACKENRIDGE_HEADERS = (
    ("Ref#", 5),
    ("Action", 33),
    ("Owner(s)", 14),
    ("Start", 8),
    ("Finish", 8),
    ("Measure of success", 22),
    ("Status", 10),
)


def brackenridge_cells(item: Item) -> list[str]:
    return [
        item.ref or "",
        item.text,
        ", ".join(item.owners),
        item.start.raw if item.start else "",
        item.end.raw if item.end else "",
        single(item.measures),
        item.status.raw or "" if item.status else "",
    ]


def build_brackenridge(plan: Plan, *, heading: str = "h2") -> str:
    """(b) Landscape, one table per pillar, the pillar as a heading paragraph above it.
    `heading="b"`: the heading is an ordinary paragraph in bold body text (p)."""
    body = title_block(plan)
    for section in plan.sections:
        if heading == "b":
            body.append(f"<p><b>{esc(section.heading)}</b></p>")
        else:
            body.append(f"<h2>{esc(section.heading)}</h2>")
        body.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
        body.append("<thead>" + header_row(BRACKENRIDGE_HEADERS, fill="#E2EFDA") + "</thead><tbody>")
        for item in section.items:
            body.append(BODY_ROW + "".join(cell(esc(c)) for c in brackenridge_cells(item)) + "</tr>")
        body.append("</tbody></table>")
    return html_page(plan, body, landscape=True)


CORRIE_HEADERS = (("Action", 44), ("Responsible", 12), ("By when", 12), ("Evidence of success", 32))


def build_corrie_bay(plan: Plan) -> str:
    """(c) A table with no borders and no fills: columns are aligned, nothing is ruled."""
    body = title_block(plan)
    body.append('<table border="0" cellspacing="0" cellpadding="5" width="100%">')
    body.append("<thead>" + header_row(CORRIE_HEADERS, fill=None) + "</thead><tbody>")
    for section in plan.sections:
        body.append(f'<tr><td colspan="4"><b>{esc(section.heading)}</b></td></tr>')
        for item in section.items:
            measures = lines(item.measures, bullet="\u2022 ")
            cells = [esc(item.text), esc("/".join(item.owners)), date_text(item.end), measures]
            body.append(BODY_ROW + "".join(cell(c) for c in cells) + "</tr>")
    body.append("</tbody></table>")
    body.append("<p><b>Abbreviations</b></p>")
    body.extend(f"<p>{esc(code)}: {esc(name)}</p>" for code, name in plan.legend.items())
    return html_page(plan, body, landscape=True)


def build_corrie_bay_centred(plan: Plan) -> str:
    """(c2) The same borderless table with every cell centred vertically on its row, so a
    one-line cell sits level with the middle of a wrapped action, not its first line."""
    return build_corrie_bay(plan).replace(BODY_ROW, '<tr valign="middle">')


BRACKENRIDGE_INTRO = (
    "Technical staff keep our teaching laboratories, studios, workshops and research facilities running. "
    "This plan sets out what the university will do to make their work visible, to recognise it, to support "
    "their careers and to make sure that the skills they hold are passed on.",
    "The actions below were drawn up by a working group of technicians, managers and academic colleagues after "
    "a survey of all technical staff and a series of open meetings held in every school. Each action has an "
    "owner who reports progress to the Technical Board, which publishes a short update on the staff intranet "
    "after each of its meetings.",
    "Where an action depends on a decision outside the Technical Board, the owner is responsible for taking it "
    "to the right committee and for telling the working group what was decided. Actions that are complete stay "
    "in the plan so that readers can see what has changed.",
    "Questions about the plan can be sent to the Technical Board secretary at any time.",
)


def build_brackenridge_single(plan: Plan, *, borders: bool = True) -> str:
    """(j) Portrait, one table for the whole plan with a section row per pillar; the header
    row is printed once, so the table goes on over the page with no header. A running page
    header names the plan and a footer numbers the pages. `borders=False` (q): no borders at
    all, only the header row's shading."""
    body = [f'<div title="header"><p>{esc(plan.institution)} \u2013 {esc(plan.title)}</p></div>']
    body += title_block(plan)
    body.append("<h2>Introduction</h2>")
    body.extend(f"<p>{esc(paragraph)}</p>" for paragraph in BRACKENRIDGE_INTRO)
    body.append(f'<table border="{1 if borders else 0}" cellspacing="0" cellpadding="4" width="100%">')
    body.append(header_row(BRACKENRIDGE_HEADERS, fill="#E2EFDA"))
    for section in plan.sections:
        body.append(f'<tr><td colspan="7"><b>{esc(section.heading)}</b></td></tr>')
        for item in section.items:
            body.append(BODY_ROW + "".join(cell(esc(c)) for c in brackenridge_cells(item)) + "</tr>")
    body.append("</table>")
    body.append('<div title="footer"><p>Page <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>')
    return html_page(plan, body, landscape=False).replace("font-size: 9pt", "font-size: 10pt")


def build_brackenridge_two_row_header(plan: Plan) -> str:
    """(n) Landscape, one table with a two-row header: "Timescale" spans "Start" and "Finish"
    below it, every other header cell spans both rows; the header repeats on each page, a
    section row per pillar."""
    body = title_block(plan)
    body.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
    shade = ' bgcolor="#DDEBF7"'
    top, second = [], []
    for header, width in BRACKENRIDGE_HEADERS:
        if header == "Start":
            top.append(cell("Timescale", tag="th", attrs=f' colspan="2"{shade}'))
        if header in ("Start", "Finish"):
            second.append(cell(esc(header), tag="th", attrs=f' width="{width}%"{shade}'))
        else:
            top.append(cell(esc(header), tag="th", attrs=f' width="{width}%" rowspan="2"{shade}'))
    body.append(f"<thead><tr>{''.join(top)}</tr><tr>{''.join(second)}</tr></thead><tbody>")
    for section in plan.sections:
        body.append(f'<tr><td colspan="7" bgcolor="#F2F2F2"><b>{esc(section.heading)}</b></td></tr>')
        for item in section.items:
            body.append(BODY_ROW + "".join(cell(esc(c)) for c in brackenridge_cells(item)) + "</tr>")
    body.append("</tbody></table>")
    return html_page(plan, body, landscape=True)


def financial_quarter(month: str) -> str:
    """ "2024-04" -> "Q1 2024/25": UK financial-year quarters, Q1 from April."""
    year, number = (int(p) for p in month.split("-"))
    first_year = year if number >= 4 else year - 1
    quarter = (number - 4) % 12 // 3 + 1
    return f"Q{quarter} {first_year}/{(first_year + 1) % 100:02d}"


def build_dunmore_writer(plan: Plan) -> str:
    """(o) The Gantt drawn as a word-processor table: twelve narrow "Q1 2024/25" columns (the
    cell is too narrow for the label, so "2024/25" breaks inside the number), shaded cells for
    the active quarters, the status cell filled with its RAG colour, section rows, a key."""
    headers = [("Action", 30), ("Lead", 8)]
    headers += [(financial_quarter(m), 4) for m in hp.DUNMORE_QUARTERS]
    headers.append(("Status", 12))
    body = title_block(plan)
    body.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">')
    body.append("<thead>" + header_row(headers) + "</thead><tbody>")
    for section in plan.sections:
        body.append(f'<tr><td colspan="{len(headers)}" bgcolor="#EDEDED"><b>{esc(section.heading)}</b></td></tr>')
        for item in section.items:
            cells = [cell(esc(item.text)), cell(esc("/".join(item.owners)))]
            for month in hp.DUNMORE_QUARTERS:
                cells.append(cell("", attrs=' bgcolor="#2F5597"' if month in item.timeline else ""))
            rag = item.status.rag if item.status else None
            fill = f' bgcolor="{RAG_FILLS[rag]}"' if rag else ""
            cells.append(cell(esc(item.status.raw or "") if item.status else "", attrs=fill))
            body.append(BODY_ROW + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    body.append("<h3>Key</h3>")
    body.extend(f"<p>{esc(code)}: {esc(name)}</p>" for code, name in plan.legend.items())
    return html_page(plan, body, landscape=True)


GLENHOLM_HEADERS = (
    ("Ref", 5),
    ("Pillar", 11),
    ("Action", 32),
    ("Owner", 14),
    ("Deadline", 9),
    ("Success measure", 21),
    ("RAG", 8),
)


def build_glenholm(plan: Plan) -> str:
    """(f) No headings: a Pillar column merged down each pillar, and a RAG column whose
    cells are filled with the status colour (some with words, some with none)."""
    body = title_block(plan)
    body.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
    body.append("<thead>" + header_row(GLENHOLM_HEADERS, fill="#FCE4D6") + "</thead><tbody>")
    for section in plan.sections:
        for index, item in enumerate(section.items):
            cells = [cell(esc(item.ref or ""))]
            if index == 0:
                cells.append(cell(esc(section.heading), attrs=f' rowspan="{len(section.items)}" valign="middle"'))
            cells.append(cell(esc(item.text)))
            cells.append(cell(esc(", ".join(item.owners))))
            cells.append(cell(date_text(item.end)))
            cells.append(cell(lines(item.measures)))
            rag = item.status.rag if item.status else None
            fill = f' bgcolor="{RAG_FILLS[rag]}"' if rag else ""
            cells.append(cell(esc(item.status.raw or "") if item.status else "", attrs=fill))
            body.append(BODY_ROW + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    body.append("<p>RAG: green - on track or complete; amber - some slippage; red - at risk; blank - not yet due.</p>")
    return html_page(plan, body, landscape=True)


def build_ashworth_prose(plan: Plan) -> str:
    """(k) No table at all: a heading per pillar, a sub-heading per objective, each action a
    numbered paragraph followed by a bulleted list of bold labels (Lead, Timescale, Success
    measures, Progress), as a plan written in a word processor reads."""
    body = [f"<h1>{esc(plan.title)}</h1>", f"<p><b>{esc(plan.institution)}</b></p>"]
    if plan.subtitle:
        body.append(f"<p><i>{esc(plan.subtitle)}</i></p>")
    for section in plan.sections:
        body.append(f"<h2>{esc(section.heading)}</h2>")
        theme: str | None = None
        for item in section.items:
            if item.theme and item.theme != theme:
                body.append(f"<h3>{esc(item.theme)}</h3>")
                theme = item.theme
            body.append(f"<p><b>Action {esc(item.ref or '')}.</b> {esc(item.text)}</p>")
            fields = [f"<li><b>Lead:</b> {esc(' / '.join(item.owners))}</li>"]
            if item.end:
                fields.append(f"<li><b>Timescale:</b> {esc(item.end.raw)}</li>")
            if len(item.measures) == 1:
                fields.append(f"<li><b>Success measure:</b> {esc(item.measures[0])}</li>")
            elif item.measures:
                inner = "".join(f"<li>{esc(m)}</li>" for m in item.measures)
                fields.append(f"<li><b>Success measures:</b><ul>{inner}</ul></li>")
            if item.status and item.status.raw:
                fields.append(f"<li><b>Progress:</b> {esc(item.status.raw)}</li>")
            body.append("<ul>" + "".join(fields) + "</ul>")
    body.append("<h2>Key to leads</h2>")
    body.extend(f"<p>{esc(code)}: {esc(name)}</p>" for code, name in plan.legend.items())
    return html_page(plan, body, landscape=False)


# --- Calc workbooks ----------------------------------------------------------------------


def quarter_label(month: str) -> str:
    """ "2024-04" -> "Apr-Jun 24"."""
    names = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    year, number = (int(p) for p in month.split("-"))
    last = number + 2
    return f"{names[number - 1]}-{names[last - 1]} {year % 100:02d}"


def new_workbook(path: Path, plan: Plan) -> xlsxwriter.Workbook:
    workbook = xlsxwriter.Workbook(str(path))
    properties: dict[str, object] = {"created": FIXED_TIME}
    if plan.pdf_metadata:
        properties.update(title=plan.title, author=plan.institution)
    workbook.set_properties(properties)
    return workbook


def fit_height(sheet: xlsxwriter.worksheet.Worksheet, row: int, texts: Sequence[tuple[str, float]]) -> None:
    """Set a row's height to fit its wrapped cells, as a spreadsheet application saves it.
    `texts` holds (cell text, column width in characters)."""
    needed = max(math.ceil(len(text) * 1.05 / width) for text, width in texts if text) if texts else 1
    sheet.set_row(row, 12.5 * max(1, needed) + 1.5)


def page_setup(sheet: xlsxwriter.worksheet.Worksheet, repeat: tuple[int, int]) -> None:
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    sheet.repeat_rows(*repeat)


def build_dunmore(plan: Plan, path: Path, *, borders: bool = True, rotated: bool = False) -> None:
    """(d) Gantt: Action | Owner | twelve "Apr-Jun 24" quarters under year phases | Status.
    Active quarters are shaded blue; the status cell has text and its RAG fill. The owner
    key sits below the grid, code in the Action column and name in the Owner column.
    `borders=False`: no cell borders at all, only the fills (d2); `rotated`: the quarter
    labels are turned to read upwards in a tall header row (d3)."""
    workbook = new_workbook(path, plan)
    sheet = workbook.add_worksheet("Action plan")
    bold = workbook.add_format({"bold": True, "font_size": 14})
    sub = workbook.add_format({"bold": True, "font_size": 11})
    border = {"border": 1 if borders else 0, "border_color": "#808080", "valign": "top", "text_wrap": True}
    border["font_size"] = 9
    plain = workbook.add_format(border)
    head = workbook.add_format({**border, "bold": True, "bg_color": "#D9D9D9", "align": "center"})
    quarter_head = workbook.add_format(
        {**border, "bold": True, "bg_color": "#D9D9D9", "align": "center", "rotation": 90, "text_wrap": False}
        if rotated
        else {**border, "bold": True, "bg_color": "#D9D9D9", "align": "center"}
    )
    phase = workbook.add_format({**border, "bold": True, "bg_color": "#BDD7EE", "align": "center"})
    section_fmt = workbook.add_format({**border, "bold": True, "bg_color": "#F2F2F2"})
    shaded = workbook.add_format({**border, "bg_color": "#5B9BD5"})
    rag = {name: workbook.add_format({**border, "bg_color": colour}) for name, colour in RAG_FILLS.items()}
    columns = hp.DUNMORE_QUARTERS
    last = 2 + len(columns)
    sheet.set_column(0, 0, 48)
    sheet.set_column(1, 1, 11)
    sheet.set_column(2, last - 1, 6.5)
    sheet.set_column(last, last, 16)
    sheet.write(0, 0, plan.institution, bold)
    sheet.write(1, 0, plan.title, sub)
    sheet.write(3, 0, "", head)
    sheet.write(3, 1, "", head)
    for year in range(len(columns) // 4):
        first = 2 + 4 * year
        sheet.merge_range(3, first, 3, first + 3, f"Year {year + 1} (20{24 + year}/{25 + year})", phase)
    sheet.write(3, last, "", head)
    sheet.write(4, 0, "Action", head)
    sheet.write(4, 1, "Owner", head)
    for offset, month in enumerate(columns):
        sheet.write(4, 2 + offset, quarter_label(month), quarter_head)
    sheet.write(4, last, "Status", head)
    sheet.set_row(4, 52 if rotated else 26)  # the labels wrap onto two lines, or stand upright
    row = 5
    for section in plan.sections:
        sheet.merge_range(row, 0, row, last, section.heading, section_fmt)
        row += 1
        for item in section.items:
            sheet.write(row, 0, item.text, plain)
            sheet.write(row, 1, "/".join(item.owners), plain)
            for offset, month in enumerate(columns):
                sheet.write_blank(row, 2 + offset, None, shaded if month in item.timeline else plain)
            status = item.status
            fmt = rag[status.rag] if status is not None and status.rag else plain
            sheet.write(row, last, status.raw or "" if status else "", fmt)
            fit_height(sheet, row, [(item.text, 48), ("/".join(item.owners), 11)])
            row += 1
    row += 1
    sheet.write(row, 0, "Key to owners", sub)
    for code, name in plan.legend.items():
        row += 1
        sheet.write(row, 0, code)
        sheet.write(row, 1, name)
    page_setup(sheet, (3, 4))
    workbook.close()


def build_elmstead(plan: Plan, path: Path) -> None:
    """(e) Gantt: Ref | Action | Lead | Success measure | quarterly dates (real dates shown as
    dd/mm/yyyy) under "Phase 1"/"Phase 2" | RAG. Column names sit on the phase row; active
    periods are shaded light green; some RAG cells are filled with no text. An owner key and
    a RAG key follow the grid. No document title or author properties."""
    workbook = new_workbook(path, plan)
    sheet = workbook.add_worksheet("Plan")
    bold = workbook.add_format({"bold": True, "font_size": 13})
    border = {"border": 1, "valign": "top", "text_wrap": True, "font_size": 9}
    plain = workbook.add_format(border)
    head = workbook.add_format({**border, "bold": True, "bg_color": "#DDEBF7"})
    date_fmt = workbook.add_format({**border, "bold": True, "bg_color": "#DDEBF7", "num_format": "dd/mm/yyyy"})
    section_fmt = workbook.add_format({**border, "bold": True, "italic": True})
    shaded = workbook.add_format({**border, "bg_color": "#92D050"})
    rag = {name: workbook.add_format({**border, "bg_color": colour}) for name, colour in RAG_FILLS.items()}
    columns = hp.ELMSTEAD_QUARTERS
    first_period = 4
    last = first_period + len(columns)
    sheet.set_column(0, 0, 5)
    sheet.set_column(1, 1, 40)
    sheet.set_column(2, 2, 10)
    sheet.set_column(3, 3, 22)
    sheet.set_column(first_period, last - 1, 9.5)
    sheet.set_column(last, last, 12)
    sheet.write(0, 1, plan.title, bold)
    for col, label in enumerate(("Ref", "Action", "Lead", "Success measure")):
        sheet.write(2, col, label, head)
        sheet.write_blank(3, col, None, head)
    half = len(columns) // 2
    sheet.merge_range(2, first_period, 2, first_period + half - 1, "Phase 1", head)
    sheet.merge_range(2, first_period + half, 2, last - 1, "Phase 2", head)
    sheet.write(2, last, "RAG", head)
    sheet.write_blank(3, last, None, head)
    for offset, month in enumerate(columns):
        year, number = (int(p) for p in month.split("-"))
        sheet.write_datetime(3, first_period + offset, dt.datetime(year, number, 1), date_fmt)
    row = 4
    for section in plan.sections:
        sheet.write(row, 0, "", section_fmt)
        sheet.write(row, 1, section.heading, section_fmt)
        for col in range(2, last + 1):
            sheet.write_blank(row, col, None, section_fmt)
        row += 1
        for item in section.items:
            sheet.write(row, 0, item.ref or "", plain)
            sheet.write(row, 1, item.text, plain)
            sheet.write(row, 2, ", ".join(item.owners), plain)
            sheet.write(row, 3, single(item.measures), plain)
            for offset, month in enumerate(columns):
                sheet.write_blank(row, first_period + offset, None, shaded if month in item.timeline else plain)
            status = item.status
            fmt = rag[status.rag] if status is not None and status.rag else plain
            sheet.write(row, last, status.raw or "" if status else "", fmt)
            texts = [(item.text, 40), (", ".join(item.owners), 10), (single(item.measures), 22)]
            fit_height(sheet, row, texts)
            row += 1
    row += 1
    sheet.write(row, 1, "Key", bold)
    for code, name in plan.legend.items():
        row += 1
        sheet.write(row, 1, f"{code} = {name}")
    row += 2
    sheet.write(row, 1, "RAG key", bold)
    for colour, meaning in (
        ("green", "Complete or on track"),
        ("amber", "Some slippage, recoverable"),
        ("red", "Significant delay"),
    ):
        row += 1
        sheet.write_blank(row, 0, None, rag[colour])
        sheet.write(row, 1, meaning)
    page_setup(sheet, (2, 3))
    workbook.close()


def build_kingsmere(plan: Plan, path: Path) -> None:
    """(i) A spreadsheet table, not a Gantt: Ref | Pillar (merged down each pillar) | Action |
    Lead | Start date | End date | Status (filled with its RAG colour) | Comments. Rows are
    as tall as their wrapped text; the header row repeats on every printed page."""
    workbook = new_workbook(path, plan)
    sheet = workbook.add_worksheet("Action plan")
    title = workbook.add_format({"bold": True, "font_size": 14})
    border = {"border": 1, "valign": "top", "text_wrap": True, "font_size": 10}
    plain = workbook.add_format(border)
    head = workbook.add_format({**border, "bold": True, "bg_color": "#1F4E78", "font_color": "#FFFFFF"})
    merged = workbook.add_format({**border, "valign": "vcenter", "bold": True})
    rag = {name: workbook.add_format({**border, "bg_color": colour}) for name, colour in RAG_FILLS.items()}
    widths = (7, 14, 52, 20, 10, 10, 12, 34)
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    sheet.write(0, 0, plan.title, title)
    headers = ("Ref", "Pillar", "Action", "Lead", "Start date", "End date", "Status", "Comments")
    for col, label in enumerate(headers):
        sheet.write(2, col, label, head)
    row = 3
    for section in plan.sections:
        first = row
        for item in section.items:
            sheet.write(row, 0, item.ref or "", plain)
            sheet.write(row, 2, item.text, plain)
            sheet.write(row, 3, "; ".join(item.owners), plain)
            sheet.write(row, 4, item.start.raw if item.start else "", plain)
            sheet.write(row, 5, item.end.raw if item.end else "", plain)
            status = item.status
            fmt = rag[status.rag] if status is not None and status.rag else plain
            sheet.write(row, 6, status.raw or "" if status else "", fmt)
            sheet.write(row, 7, item.notes or "", plain)
            fit_height(
                sheet, row, [(item.text, widths[2]), ("; ".join(item.owners), widths[3]), (item.notes or "", widths[7])]
            )
            row += 1
        if row - first > 1:
            sheet.merge_range(first, 1, row - 1, 1, section.heading, merged)
        else:
            sheet.write(first, 1, section.heading, merged)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(2, 2)
    workbook.close()


def build_lowther(plan: Plan, path: Path, *, done_before: str | None = None) -> None:
    """(m) Gantt by month: Pillar (merged down each pillar) | Action | Lead | 18 months, the
    header cells holding real dates shown as "Jan-25", under a merged cell per calendar year |
    Progress (text on its RAG fill). Active months are shaded orange. With `done_before`
    (YYYY-MM), round 3's (ad): the headers are plain month names ("Jan") under the merged
    year, and active months before that month are shaded a second colour (done)."""
    workbook = new_workbook(path, plan)
    sheet = workbook.add_worksheet("Gantt")
    title = workbook.add_format({"bold": True, "font_size": 13})
    border = {"border": 1, "border_color": "#A6A6A6", "valign": "top", "text_wrap": True, "font_size": 8}
    plain = workbook.add_format(border)
    head = workbook.add_format({**border, "bold": True, "bg_color": "#FFF2CC", "align": "center"})
    month_head = workbook.add_format({**border, "bold": True, "bg_color": "#FFF2CC", "num_format": "mmm-yy"})
    merged = workbook.add_format({**border, "valign": "vcenter", "bold": True})
    shaded = workbook.add_format({**border, "bg_color": "#F4B183"})
    done = workbook.add_format({**border, "bg_color": "#70AD47"})
    rag = {name: workbook.add_format({**border, "bg_color": colour}) for name, colour in RAG_FILLS.items()}
    months = hp.LOWTHER_MONTHS
    first, last = 3, 3 + len(months)
    sheet.set_column(0, 0, 12)
    sheet.set_column(1, 1, 38)
    sheet.set_column(2, 2, 16)
    sheet.set_column(first, last - 1, 5.2)
    sheet.set_column(last, last, 13)
    sheet.write(0, 0, plan.title, title)
    sheet.write(1, 0, plan.subtitle or "")
    for col, label in enumerate(("Pillar", "Action", "Lead")):
        sheet.write(3, col, "", head)
        sheet.write(4, col, label, head)
    by_year: dict[str, list[int]] = {}
    for offset, month in enumerate(months):
        by_year.setdefault(month[:4], []).append(first + offset)
        year, number = (int(p) for p in month.split("-"))
        if done_before is None:
            sheet.write_datetime(4, first + offset, dt.datetime(year, number, 1), month_head)
        else:
            sheet.write(4, first + offset, dt.date(year, number, 1).strftime("%b"), head)
    for year, cols in by_year.items():
        sheet.merge_range(3, cols[0], 3, cols[-1], year, head)
    sheet.write(3, last, "", head)
    sheet.write(4, last, "Progress", head)
    row = 5
    for section in plan.sections:
        start = row
        for item in section.items:
            sheet.write(row, 1, item.text, plain)
            sheet.write(row, 2, "; ".join(item.owners), plain)
            for offset, month in enumerate(months):
                fill = plain
                if month in item.timeline:
                    fill = done if done_before is not None and month < done_before else shaded
                sheet.write_blank(row, first + offset, None, fill)
            status = item.status
            fmt = rag[status.rag] if status is not None and status.rag else plain
            sheet.write(row, last, status.raw or "" if status else "", fmt)
            fit_height(sheet, row, [(item.text, 38), ("; ".join(item.owners), 16)])
            row += 1
        if row - start > 1:
            sheet.merge_range(start, 0, row - 1, 0, section.heading, merged)
        else:
            sheet.write(start, 0, section.heading, merged)
    page_setup(sheet, (3, 4))
    workbook.close()


# --- text renditions -----------------------------------------------------------------------


def build_web_cells(plan: Plan) -> str:
    """(g) Plan (b) copied from a web page: one cell per line, each pillar heading on its
    own line before the table's header cells; an empty cell is an empty line."""
    out = [plan.institution, plan.title]
    if plan.subtitle:
        out.append(plan.subtitle)
    for section in plan.sections:
        out.extend(["", section.heading])
        out.extend(h for h, _ in BRACKENRIDGE_HEADERS)
        for item in section.items:
            out.extend(" ".join(c.split()) for c in brackenridge_cells(item))
    return "\n".join(out) + "\n"


KINGSMERE_HEADERS = ("Ref", "Pillar", "Action", "Lead", "Start date", "End date", "Status", "Comments")


def build_csv(plan: Plan) -> str:
    """(l) Plan (i) saved from the spreadsheet as CSV: every record padded with empty cells to
    the width of the sheet (as spreadsheet applications write it), CRLF line ends, quotes
    only where a cell holds a comma, a quote or a line break."""
    width = len(KINGSMERE_HEADERS)
    records: list[list[str]] = [[plan.title], [], list(KINGSMERE_HEADERS)]
    for section in plan.sections:
        for item in section.items:
            records.append(
                [
                    item.ref or "",
                    section.heading,
                    item.text,
                    "; ".join(item.owners),
                    item.start.raw if item.start else "",
                    item.end.raw if item.end else "",
                    item.status.raw or "" if item.status else "",
                    item.notes or "",
                ]
            )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for record in records:
        writer.writerow(record + [""] * (width - len(record)))
    return out.getvalue()


def wrap(text: str, width: int = 88) -> list[str]:
    out: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        out.append(line)
    return out


def build_markdown(plan: Plan) -> str:
    """(h) Plan (a) as Markdown: "##" per pillar, "###" per objective, each action a
    paragraph starting "**Action 3.**", wrapped with no indent, then bold-labelled
    lines; several success measures become a nested list. The key is a table."""
    out = [f"# {plan.title}", "", plan.institution, ""]
    if plan.subtitle:
        out.extend([f"_{plan.subtitle}_", ""])
    for section in plan.sections:
        out.extend([f"## {section.heading}", ""])
        theme: str | None = None
        for item in section.items:
            if item.theme != theme and item.theme:
                out.extend([f"### {item.theme}", ""])
                theme = item.theme
            out.extend(wrap(f"**Action {item.ref}.** {item.text}"))
            out.append("")
            out.append(f"* **Lead:** {' / '.join(item.owners)}")
            if item.end:
                out.append(f"* **Timescale:** {item.end.raw}")
            if len(item.measures) == 1:
                out.append(f"* **Success measure:** {item.measures[0]}")
            elif item.measures:
                out.append("* **Success measures:**")
                out.extend(f"    * {m}" for m in item.measures)
            if item.status and item.status.raw:
                out.append(f"* **Progress:** {item.status.raw}")
            out.append("")
    out.extend(["## Key to leads", "", "| Code | Lead |", "| --- | --- |"])
    out.extend(f"| {code} | {name} |" for code, name in plan.legend.items())
    return "\n".join(out) + "\n"


# --- driver ----------------------------------------------------------------------------------


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def soffice_to_pdf(source: Path, pdf: Path) -> None:
    """Convert with LibreOffice into a private profile, then move the PDF into place."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise SystemExit("soffice not found: install libreoffice-writer-nogui and libreoffice-calc-nogui")
    with tempfile.TemporaryDirectory() as tmp:
        args = [office, f"-env:UserInstallation=file://{tmp}/profile", "--headless"]
        if source.suffix == ".html":
            args += ["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export"]
        else:
            args += ["--convert-to", "pdf:calc_pdf_Export"]
        subprocess.run([*args, "--outdir", tmp, str(source)], check=True, capture_output=True, timeout=300)
        shutil.move(str(Path(tmp) / f"{source.stem}.pdf"), pdf)


WRITER_PLANS: tuple[tuple[str, Plan, Callable[[Plan], str]], ...] = (
    ("a_writer_portrait", hp.ASHWORTH, build_ashworth),
    ("b_writer_landscape", hp.BRACKENRIDGE, build_brackenridge),
    ("c_writer_unruled", hp.CORRIE_BAY, build_corrie_bay),
    ("f_writer_pillar_rag", hp.GLENHOLM, build_glenholm),
    ("c2_writer_unruled_centred", hp.CORRIE_BAY, build_corrie_bay_centred),
    ("j_writer_no_repeat", hp.BRACKENRIDGE, build_brackenridge_single),
    ("k_writer_prose", hp.ASHWORTH, build_ashworth_prose),
    ("n_writer_two_row_header", hp.BRACKENRIDGE, build_brackenridge_two_row_header),
    ("o_writer_gantt", hp.DUNMORE, build_dunmore_writer),
    ("p_writer_bold_headings", hp.BRACKENRIDGE, partial(build_brackenridge, heading="b")),
    ("q_writer_shaded_header", hp.BRACKENRIDGE, partial(build_brackenridge_single, borders=False)),
    ("r_writer_intro_appendix", r2.PENHALLOW, r2b.build_penhallow),
    ("v_writer_fy_gantt", r2.QUARRYBANK_FY, r2b.build_quarrybank_writer),
    ("x_writer_objectives", r2.ROSEDENE, r2b.build_rosedene_writer),
    ("aa_writer_bullets", r3.HARROWGATE, r3b.build_harrowgate),
    ("ab_writer_three_columns", r3.KELBROOK, r3b.build_kelbrook),
    ("ac_writer_plain_words", r3.MARLOW_VALE, r3b.build_marlow_vale),
    ("ae_writer_status_first", r4.WRAYFIELD, r4b.build_wrayfield),
    ("af_writer_borderless_caps", r4.BELLMOOR, r4b.build_bellmoor),
    *r5b.WRITER_PLANS,
    *r6b.WRITER_PLANS,
    *r7b.WRITER_PLANS,
    *r8b.WRITER_PLANS,
)
CALC_PLANS: tuple[tuple[str, Plan, Callable[[Plan, Path], None]], ...] = (
    ("d_calc_quarters", hp.DUNMORE, build_dunmore),
    ("e_calc_dates", hp.ELMSTEAD, build_elmstead),
    ("i_calc_table", hp.KINGSMERE, build_kingsmere),
    ("d2_calc_no_borders", hp.DUNMORE, partial(build_dunmore, borders=False)),
    ("d3_calc_rotated_headers", hp.DUNMORE, partial(build_dunmore, rotated=True)),
    ("m_calc_months", hp.LOWTHER, build_lowther),
    ("u_calc_half_years", r2.QUARRYBANK, r2b.build_quarrybank_calc),
    ("w_calc_bands", r2b.ROSEDENE_BANDS, r2b.build_rosedene_calc),
    ("u2_calc_gantt_wide", r2.QUARRYBANK_FY, r2b.build_quarrybank_wide),
    ("ad_calc_two_colours", hp.LOWTHER, partial(build_lowther, done_before="2025-07")),
    ("ag_calc_marks", r4.CARRICKVALE, r4b.build_carrickvale),
    ("ah_calc_years", r4.DUNHALLOW, r4b.build_dunhallow),
    *r5b.CALC_PLANS,
    *r6b.CALC_PLANS,
    *r7b.CALC_PLANS,
    *r8b.CALC_PLANS,
)
TEXT_PLANS: tuple[tuple[str, Plan, Callable[[Plan], str]], ...] = (
    ("g_web_cells.txt", hp.BRACKENRIDGE, build_web_cells),
    ("h_markdown.md", hp.ASHWORTH, build_markdown),
    ("l_spreadsheet.csv", hp.KINGSMERE, build_csv),
    ("y_markdown_br.md", r2.ROSEDENE, r2b.build_rosedene_markdown),
    ("z_markdown_numbered.md", r2b.PENHALLOW_NUMBERED, r2b.build_penhallow_numbered),
    ("r2_spreadsheet_two_row_header.csv", r2.PENHALLOW, r2b.build_penhallow_csv),
    ("y2_markdown_section_rows.md", r2b.ROSEDENE_SECTIONS, r2b.build_rosedene_markdown_sections),
    ("ai_web_inline_fields.txt", r4.ESKERBY, r4b.build_eskerby),
    ("aj_tabs_pillar_column.txt", r4.FOXHOLLOW, r4b.build_foxhollow),
    *r5b.TEXT_PLANS,
    *r6b.TEXT_PLANS,
    *r7b.TEXT_PLANS,
    *r8b.TEXT_PLANS,
)
# Text that poppler's pdftotext prints for a built PDF: (file, PDF stem, -layout, plan).
PDFTOTEXT_PLANS: tuple[tuple[str, str, bool, Plan], ...] = (
    ("s_pdftotext_layout.txt", "r_writer_intro_appendix", True, r2.PENHALLOW),
    ("t_pdftotext_raw.txt", "r_writer_intro_appendix", False, r2.PENHALLOW),
    ("s2_pdftotext_objectives.txt", "x_writer_objectives", True, r2.ROSEDENE),
    ("s3_pdftotext_half_years.txt", "u_calc_half_years", True, r2.QUARRYBANK),
    ("ak_pdftotext_status_first.txt", "ae_writer_status_first", True, r4.WRAYFIELD),
    *r6b.PDFTOTEXT_PLANS,
)


def golds() -> dict[str, str]:
    """Gold file name -> content, for every hold-out file."""
    out: dict[str, str] = {}
    for stem, plan, _ in (*WRITER_PLANS, *CALC_PLANS):
        out[f"{stem}.pdf.gold.json"] = gold_json(plan, with_visuals=True)
    for name, plan, _ in TEXT_PLANS:
        out[f"{name}.gold.json"] = gold_json(plan, with_visuals=False)
    for name, _, _, plan in PDFTOTEXT_PLANS:
        out[f"{name}.gold.json"] = gold_json(plan, with_visuals=name in r4b.COLOUR_WORDS_IN_TEXT)
    return out


def sources() -> dict[str, str]:
    """Text source file (relative path) -> content: HTML for Writer and the text renditions."""
    out = {f"{SRC}/{stem}.html": build(plan) for stem, plan, build in WRITER_PLANS}
    out.update({name: build(plan) for name, plan, build in TEXT_PLANS})
    return out


def build_all(out: Path, *, pdf: bool, only: Sequence[str] = ()) -> list[Path]:
    written: list[Path] = []
    for name, text in sources().items():
        write_text(out / name, text)
        written.append(out / name)
    for name, text in golds().items():
        write_text(out / GOLD / name, text)
        written.append(out / GOLD / name)
    for stem, plan, build_xlsx in CALC_PLANS:
        path = out / SRC / f"{stem}.xlsx"
        path.parent.mkdir(parents=True, exist_ok=True)
        build_xlsx(plan, path)
        written.append(path)
    if pdf:
        office = [(stem, f"{stem}.html") for stem, *_ in WRITER_PLANS] + [
            (stem, f"{stem}.xlsx") for stem, *_ in CALC_PLANS
        ]
        for stem, source in office:
            if not only or stem in only:
                soffice_to_pdf(out / SRC / source, out / f"{stem}.pdf")
                written.append(out / f"{stem}.pdf")
        for name, stem, layout, _ in PDFTOTEXT_PLANS:
            if not only or stem in only:
                write_text(out / name, r2b.pdftotext(out / f"{stem}.pdf", layout=layout))
                written.append(out / name)
    return sorted(written)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to build into (default: tests/holdout/)")
    parser.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice conversion")
    parser.add_argument("--only", nargs="*", default=(), metavar="STEM", help="convert only these PDFs")
    args = parser.parse_args(argv)
    for path in build_all(args.out, pdf=not args.no_pdf, only=args.only):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
