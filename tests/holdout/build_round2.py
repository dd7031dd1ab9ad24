"""Renditions of the second hold-out batch (round r2 in `plans/`); `build_holdout.py` lists
them with the first batch and drives the build.

- ``r_writer_intro_appendix.pdf``: portrait Writer table after an introduction page, a
  two-row header ("Timescale" over "Start" and "End"), refs "V1", "CD3"; Theme cells merged
  down runs that cross a page break (the text is printed once, before the break); an
  appendix with the key after the table; running header and "Page 2 of 5" footers.
- ``s_pdftotext_layout.txt``, ``t_pdftotext_raw.txt``: what ``pdftotext -layout`` and plain
  ``pdftotext`` (poppler) print for (r); ``s2_pdftotext_objectives.txt`` and
  ``s3_pdftotext_half_years.txt``: ``pdftotext -layout`` of (x) and (u).
- ``u_calc_half_years.pdf``: Calc Gantt by half year ("H1 2025" ... "H2 2027"), status text
  ("On hold", "At risk", ...) on its RAG fill, a page break inside the grid with the header
  repeated on page 2.
- ``u2_calc_gantt_wide.pdf``: a financial-year Gantt too wide for the page, its later
  quarters and status on a second page beside the repeated Action and Lead columns.
- ``v_writer_fy_gantt.pdf``: Writer Gantt after a paragraph of prose, two header rows:
  "FY25/26" spanning "Q1" ... "Q4"; shaded quarters, status on its fill, over two pages.
- ``w_calc_bands.pdf``: Calc table with a section row per pillar merged across the full
  width on a coloured band, wrapped text, merged Objective cells and a colour-only status.
- ``x_writer_objectives.pdf``: landscape Writer table Pillar | Objective | Action |
  Owner(s) | Success criteria | Deadline | RAG, owners joined by commas and "&", a RAG key
  table at the end.
- ``y_markdown_br.md``: plan (x) as a Markdown pipe table with ``<br>`` inside cells.
- ``r2_spreadsheet_two_row_header.csv``: plan (r) saved from a spreadsheet as CSV, two
  header rows, section rows, a merged Theme in its first row only, a key after the table.
- ``y2_markdown_section_rows.md``: plan (x) as a pipe table with bold section rows and no
  Pillar column.
- ``z_markdown_numbered.md``: plan (r) as Markdown with "1." section headings and "1.1"
  numbered actions followed by labelled lines.
"""

from __future__ import annotations

import datetime as dt
import html
import subprocess
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import xlsxwriter
from plan_data import load_round
from plan_model import Item, Plan

r2 = load_round("r2")

RAG_FILLS = {"red": "#FF0000", "amber": "#FFC000", "green": "#00B050"}
FIXED_TIME = dt.datetime(2025, 6, 1, 9, 0, 0)
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _esc(text: str) -> str:
    return html.escape(" ".join(text.split()), quote=True)


def _page(plan: Plan, body: list[str], *, landscape: bool, size: str = "9pt") -> str:
    page = "29.7cm 21cm" if landscape else "21cm 29.7cm"
    head = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_esc(plan.title)}</title>",
        f'<meta name="author" content="{_esc(plan.institution)}">',
        f"<style>@page {{ size: {page}; margin: 1.8cm 1.5cm }} "
        f"body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: {size} }} "
        "h1 { font-size: 15pt } h2 { font-size: 12pt } h3 { font-size: 10.5pt } td, th { font-size: 8.5pt }</style>",
        "</head>",
    ]
    return "\n".join([*head, "<body>", *body, "</body>", "</html>"]) + "\n"


def _td(text: str, attrs: str = "", tag: str = "td") -> str:
    return f"<{tag}{attrs}>{text}</{tag}>"


def _runs(items: Sequence[Item]) -> dict[int, int]:
    runs: dict[int, int] = {}
    start = 0
    for index in range(1, len(items) + 1):
        if index == len(items) or items[index].theme != items[start].theme:
            runs[start] = index - start
            start = index
    return runs


# --- (r) Penhallow ---------------------------------------------------------------------------

PENHALLOW_INTRO = (
    "This plan describes how the university will meet the four principles of the Technician Commitment "
    "over the next three years. It was written by the Technicians' Network with the Technical Services "
    "Board after a consultation with technical staff in every faculty.",
    "Progress against each action is reviewed at each meeting of the Technical Services Board. The status "
    "column shows the position at the last review; completed actions remain in the table.",
    "Each action has a lead who is accountable for it. Where several leads are named, the first convenes "
    "the others. Timescales give the month work starts and the month it should be finished.",
)
PENHALLOW_APPENDIX = (
    "The Board will publish a short progress report each year and submit a full self-assessment at the "
    "end of the plan.",
)


def build_penhallow(plan: Plan) -> str:
    """(r) Introduction page, the table (two-row header repeated on each page, merged Theme
    cells, one row per action), then an appendix holding the key; header and page footers."""
    body = [
        f'<div title="header"><p>{_esc(plan.institution)} | {_esc(plan.title)}</p></div>',
        f"<p><b>{_esc(plan.institution)}</b></p>",
        f"<h1>{_esc(plan.title)}</h1>",
        f"<p>{_esc(plan.subtitle or '')}</p>",
        "<h2>Introduction</h2>",
        *(f"<p>{_esc(p)}</p>" for p in PENHALLOW_INTRO),
        '<h2 style="page-break-before: always">Action plan</h2>',
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">',
    ]
    shade = ' bgcolor="#DEEAF6"'
    top = [
        _td("Ref", f' width="6%" rowspan="2"{shade}', "th"),
        _td("Theme", f' width="14%" rowspan="2"{shade}', "th"),
        _td("Action", f' width="25%" rowspan="2"{shade}', "th"),
        _td("Lead", f' width="9%" rowspan="2"{shade}', "th"),
        _td("Timescale", f' colspan="2"{shade}', "th"),
        _td("Success measure", f' width="19%" rowspan="2"{shade}', "th"),
        _td("Status", f' width="10%" rowspan="2"{shade}', "th"),
    ]
    second = [_td("Start", f' width="8.5%"{shade}', "th"), _td("End", f' width="8.5%"{shade}', "th")]
    body.append(f"<thead><tr>{''.join(top)}</tr><tr>{''.join(second)}</tr></thead><tbody>")
    for section in plan.sections:
        body.append(f'<tr><td colspan="8" bgcolor="#F2F2F2"><b>{_esc(section.heading)}</b></td></tr>')
        runs = _runs(section.items)
        for index, item in enumerate(section.items):
            cells = [_td(_esc(item.ref or ""))]
            if index in runs:
                cells.append(_td(_esc(item.theme or ""), f' rowspan="{runs[index]}"'))
            cells.append(_td(_esc(item.text)))
            cells.append(_td(_esc(", ".join(item.owners))))
            cells.append(_td(_esc(item.start.raw) if item.start else ""))
            cells.append(_td(_esc(item.end.raw) if item.end else ""))
            measures = "".join(f"<p>\u2022 {_esc(m)}</p>" for m in item.measures) if len(item.measures) > 1 else ""
            cells.append(_td(measures or _esc(item.measures[0] if item.measures else "")))
            cells.append(_td(_esc(item.status.raw or "") if item.status else ""))
            body.append('<tr valign="top">' + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    body.append('<h2 style="page-break-before: always">Appendix A: Monitoring and abbreviations</h2>')
    body.extend(f"<p>{_esc(p)}</p>" for p in PENHALLOW_APPENDIX)
    body.append('<table border="1" cellspacing="0" cellpadding="3" width="70%">')
    body.append(f"<tr>{_td('Abbreviation', shade, 'th')}{_td('Meaning', shade, 'th')}</tr>")
    body.extend(f"<tr>{_td(_esc(code))}{_td(_esc(name))}</tr>" for code, name in plan.legend.items())
    body.append("</table>")
    body.append(
        '<div title="footer"><p align="center">Page <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>'
        " of <sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield></p></div>"
    )
    return _page(plan, body, landscape=False)


def pdftotext(pdf: Path, *, layout: bool) -> str:
    """What poppler's pdftotext prints for a PDF (with or without -layout)."""
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True, timeout=120).stdout.decode("utf-8")


# --- (u), (v) Quarrybank -----------------------------------------------------------------------


def half_label(month: str) -> str:
    """ "2025-07" -> "H2 2025"."""
    year, number = (int(p) for p in month.split("-"))
    return f"H{1 if number < 7 else 2} {year}"


def build_quarrybank_calc(plan: Plan, path: Path) -> None:
    """(u) Action | Lead | six half-year columns | Status (text on its RAG fill); a manual page
    break after the Recognition rows, the two header rows repeated on page 2."""
    workbook = xlsxwriter.Workbook(str(path))
    workbook.set_properties({"title": plan.title, "author": plan.institution, "created": FIXED_TIME})
    sheet = workbook.add_worksheet("Plan")
    border = {"border": 1, "border_color": "#7F7F7F", "valign": "top", "text_wrap": True, "font_size": 10}
    plain = workbook.add_format(border)
    head = workbook.add_format({**border, "bold": True, "bg_color": "#D9E1F2", "align": "center"})
    section_fmt = workbook.add_format({**border, "bold": True, "bg_color": "#EDEDED"})
    shaded = workbook.add_format({**border, "bg_color": "#70AD47"})
    rag = {name: workbook.add_format({**border, "bg_color": colour}) for name, colour in RAG_FILLS.items()}
    halves = r2.QUARRYBANK_HALVES
    last = 2 + len(halves)
    sheet.set_column(0, 0, 60)
    sheet.set_column(1, 1, 14)
    sheet.set_column(2, last - 1, 9)
    sheet.set_column(last, last, 14)
    sheet.write(0, 0, plan.institution, workbook.add_format({"bold": True, "font_size": 14}))
    sheet.write(1, 0, plan.title, workbook.add_format({"bold": True, "font_size": 12}))
    for col, label in enumerate(("Action", "Lead")):
        sheet.write(3, col, label, head)
    for offset, month in enumerate(halves):
        sheet.write(3, 2 + offset, half_label(month), head)
    sheet.write(3, last, "Status", head)
    row = 4
    breaks: list[int] = []
    for section in plan.sections:
        if section.pillar == "career_development":
            breaks.append(row)
        sheet.merge_range(row, 0, row, last, section.heading, section_fmt)
        row += 1
        for item in section.items:
            sheet.write(row, 0, item.text, plain)
            sheet.write(row, 1, ", ".join(item.owners), plain)
            for offset, month in enumerate(halves):
                sheet.write_blank(row, 2 + offset, None, shaded if month in item.timeline else plain)
            status = item.status
            fmt = rag[status.rag] if status is not None and status.rag else plain
            sheet.write(row, last, status.raw or "" if status else "", fmt)
            sheet.set_row(row, 30)
            row += 1
    row += 1
    sheet.write(row, 0, "Key to leads", workbook.add_format({"bold": True}))
    for code, name in plan.legend.items():
        row += 1
        sheet.write(row, 0, f"{code} - {name}")
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.repeat_rows(3, 3)
    sheet.set_h_pagebreaks(breaks)
    sheet.set_footer("&CPage &P of &N")
    workbook.close()


def fy_label(month: str) -> tuple[str, str]:
    """ "2025-04" -> ("FY25/26", "Q1"): UK financial years from April."""
    year, number = (int(p) for p in month.split("-"))
    first = year if number >= 4 else year - 1
    return f"FY{first % 100:02d}/{(first + 1) % 100:02d}", f"Q{(number - 4) % 12 // 3 + 1}"


QUARRYBANK_PROSE = (
    "The grid below shows when each action is active in the university's financial years, which run from "
    "April to March. A shaded cell means work on the action is planned in that quarter. The status column "
    "gives the position reported to the working group at its last meeting.",
    "Actions that are on hold are waiting for a decision on funding. Actions at risk have been escalated to "
    "the Chief Technical Officer.",
)


def build_quarrybank_writer(plan: Plan) -> str:
    """(v) The Gantt as a Writer table after some prose: "FY25/26" over "Q1".."Q4" in two header
    rows (repeated on page 2), shaded quarters, status text on its RAG fill, section rows."""
    quarters = r2.QUARRYBANK_QUARTERS
    body = [
        f"<p><b>{_esc(plan.institution)}</b></p>",
        f"<h1>{_esc(plan.title)}</h1>",
        *(f"<p>{_esc(p)}</p>" for p in QUARRYBANK_PROSE * 3),
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">',
    ]
    shade = ' bgcolor="#D9E2F3"'
    top = [
        _td("Action", f' width="40%" rowspan="2"{shade}', "th"),
        _td("Lead", f' width="10%" rowspan="2"{shade}', "th"),
    ]
    years: dict[str, int] = {}
    for month in quarters:
        years[fy_label(month)[0]] = years.get(fy_label(month)[0], 0) + 1
    top += [_td(year, f' colspan="{count}"{shade}', "th") for year, count in years.items()]
    top.append(_td("Status", f' width="11%" rowspan="2"{shade}', "th"))
    second = [_td(fy_label(m)[1], f' width="3%"{shade}', "th") for m in quarters]
    body.append(f"<thead><tr>{''.join(top)}</tr><tr>{''.join(second)}</tr></thead><tbody>")
    for section in plan.sections:
        body.append(f'<tr><td colspan="{len(quarters) + 3}" bgcolor="#F2F2F2"><b>{_esc(section.heading)}</b></td></tr>')
        for item in section.items:
            cells = [_td(_esc(item.text)), _td(_esc("/".join(item.owners)))]
            cells += [_td("", ' bgcolor="#1F4E79"' if m in item.timeline else "") for m in quarters]
            rag = item.status.rag if item.status else None
            fill = f' bgcolor="{RAG_FILLS[rag]}"' if rag else ""
            cells.append(_td(_esc(item.status.raw or "") if item.status else "", fill))
            body.append('<tr valign="top">' + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    body.append("<h3>Key to leads</h3>")
    body.extend(f"<p>{_esc(code)}: {_esc(name)}</p>" for code, name in plan.legend.items())
    return _page(plan, body, landscape=True, size="10pt")


# --- (w), (x), (y) Rosedene --------------------------------------------------------------------


def build_rosedene_calc(plan: Plan, path: Path) -> None:
    """(w) Objective | Action | Responsible | Target date | Success criteria | Status: a section
    row per pillar merged across the width on a dark band, Objective merged down its run,
    wrapped text, status cells filled with a colour and no text."""
    workbook = xlsxwriter.Workbook(str(path))
    workbook.set_properties({"title": plan.title, "author": plan.institution, "created": FIXED_TIME})
    sheet = workbook.add_worksheet("Action Plan")
    border = {"border": 1, "valign": "top", "text_wrap": True, "font_size": 10}
    plain = workbook.add_format(border)
    head = workbook.add_format({**border, "bold": True, "bg_color": "#D9D9D9"})
    band = workbook.add_format({**border, "bold": True, "bg_color": "#305496", "font_color": "#FFFFFF"})
    merged = workbook.add_format({**border, "valign": "vcenter", "italic": True})
    rag = {name: workbook.add_format({**border, "bg_color": colour}) for name, colour in RAG_FILLS.items()}
    widths = (24, 50, 24, 12, 30, 9)
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    sheet.write(0, 0, plan.title, workbook.add_format({"bold": True, "font_size": 14}))
    headers = ("Objective", "Action", "Responsible", "Target date", "Success criteria", "Status")
    for col, label in enumerate(headers):
        sheet.write(2, col, label, head)
    row = 3
    for section in plan.sections:
        sheet.merge_range(row, 0, row, len(headers) - 1, section.heading, band)
        row += 1
        runs = _runs(section.items)
        for index, item in enumerate(section.items):
            sheet.write(row, 1, item.text, plain)
            sheet.write(row, 2, ", ".join(item.owners), plain)
            sheet.write(row, 3, item.end.raw if item.end else "", plain)
            sheet.write(row, 4, "; ".join(item.measures), plain)
            status = item.status
            sheet.write_blank(row, 5, None, rag[status.rag] if status is not None and status.rag else plain)
            lines = max(len(item.text) // 46 + 1, len(", ".join(item.owners)) // 21 + 1)
            sheet.set_row(row, 13 * lines + 3)
            if index in runs:
                if runs[index] > 1:
                    sheet.merge_range(row, 0, row + runs[index] - 1, 0, item.theme or "", merged)
                else:
                    sheet.write(row, 0, item.theme or "", merged)
            row += 1
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(2, 2)
    workbook.close()


def owners_text(owners: Sequence[str]) -> str:
    """ "A", "A & B", "A, B & C"."""
    if len(owners) <= 1:
        return "".join(owners)
    return ", ".join(owners[:-1]) + " & " + owners[-1]


ROSEDENE_HEADERS = (
    ("Pillar", 10),
    ("Objective", 14),
    ("Action", 30),
    ("Owner(s)", 15),
    ("Success criteria", 15),
    ("Deadline", 8),
    ("RAG", 8),
)
RAG_KEY = (
    ("green", "Green", "Complete or on track"),
    ("amber", "Amber", "Progressing with some delay"),
    ("red", "Red", "Not progressing or at risk"),
)


def build_rosedene_writer(plan: Plan) -> str:
    """(x) Landscape: Pillar and Objective merged down their runs, owners joined by commas and
    "&", RAG cells with the status on its fill; a RAG key table after the plan."""
    body = [f"<h1>{_esc(plan.title)}</h1>", '<table border="1" cellspacing="0" cellpadding="4" width="100%">']
    body.append(
        "<thead><tr>"
        + "".join(_td(_esc(h), f' width="{w}%" bgcolor="#E2EFDA"', "th") for h, w in ROSEDENE_HEADERS)
        + "</tr></thead><tbody>"
    )
    for section in plan.sections:
        runs = _runs(section.items)
        for index, item in enumerate(section.items):
            cells = []
            if index == 0:
                cells.append(_td(f"<b>{_esc(section.heading)}</b>", f' rowspan="{len(section.items)}"'))
            if index in runs:
                cells.append(_td(_esc(item.theme or ""), f' rowspan="{runs[index]}"'))
            cells.append(_td(_esc(item.text)))
            cells.append(_td(_esc(owners_text(item.owners))))
            cells.append(_td(_esc("; ".join(item.measures))))
            cells.append(_td(_esc(item.end.raw) if item.end else ""))
            rag = item.status.rag if item.status else None
            fill = f' bgcolor="{RAG_FILLS[rag]}"' if rag else ""
            cells.append(_td(_esc(item.status.raw or "") if item.status else "", fill))
            body.append('<tr valign="top">' + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    body.append("<p></p><p><b>RAG key</b></p>")
    body.append('<table border="1" cellspacing="0" cellpadding="3" width="40%">')
    for colour, word, meaning in RAG_KEY:
        swatch = f' bgcolor="{RAG_FILLS[colour]}"'
        body.append(f"<tr>{_td(word, swatch)}{_td(_esc(meaning))}</tr>")
    body.append("</table>")
    return _page(plan, body, landscape=True)


def build_rosedene_markdown(plan: Plan) -> str:
    """(y) Plan (x) as one Markdown pipe table; several owners one per line with ``<br>``, a
    long action broken with ``<br>`` where the source cell had a line break."""
    out = [f"# {plan.title}", "", "| " + " | ".join(h for h, _ in ROSEDENE_HEADERS) + " |"]
    out.append("|" + "|".join("---" for _ in ROSEDENE_HEADERS) + "|")
    for section in plan.sections:
        for item in section.items:
            text = " ".join(item.text.split())
            if len(text) > 90:
                cut = text.index(" ", 60)
                text = text[:cut] + "<br>" + text[cut + 1 :]
            cells = [
                section.heading,
                item.theme or "",
                text,
                "<br>".join(item.owners),
                "; ".join(item.measures),
                item.end.raw if item.end else "",
                item.status.raw or "" if item.status else "",
            ]
            out.append("| " + " | ".join(cells) + " |")
    out.extend(["", "RAG: Green - complete or on track; Amber - some delay; Red - at risk."])
    return "\n".join(out) + "\n"


# --- (z) Penhallow, numbered ---------------------------------------------------------------------


def numbered(plan: Plan) -> Plan:
    """The plan with its actions numbered "1.1", "1.2", "2.1" ... by section."""
    return replace(
        plan,
        sections=tuple(
            replace(s, items=tuple(replace(item, ref=f"{n}.{m}") for m, item in enumerate(s.items, 1)))
            for n, s in enumerate(plan.sections, 1)
        ),
    )


def numbered_headings(plan: Plan) -> Plan:
    """The plan with its section headings printed with their number ("1. Visibility"); the gold
    keeps the heading as printed, number and all."""
    headed = tuple(replace(s, heading=f"{n}. {s.heading}") for n, s in enumerate(plan.sections, 1))
    return replace(plan, sections=headed)


PENHALLOW_NUMBERED = numbered_headings(numbered(r2.PENHALLOW))


def _wrap(text: str, width: int = 90) -> list[str]:
    out: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*out, line] if line else out


def build_penhallow_numbered(plan: Plan) -> str:
    """(z) "## 1. Visibility" headings, the objective in italics, each action a "1.1" numbered
    paragraph (wrapped, continuation lines indented) followed by indented labelled lines."""
    out = [f"# {plan.title}", "", f"**{plan.institution}**", ""]
    for section in plan.sections:
        out.extend([f"## {section.heading}", ""])
        theme: str | None = None
        for item in section.items:
            if item.theme and item.theme != theme:
                out.extend([f"*Objective: {item.theme}*", ""])
                theme = item.theme
            wrapped = _wrap(f"{item.ref} {item.text}")
            out.append(wrapped[0])
            out.extend(f"    {line}" for line in wrapped[1:])
            out.append(f"    Lead: {', '.join(item.owners)}")
            if item.start:
                out.append(f"    Start: {item.start.raw}")
            if item.end:
                out.append(f"    Due: {item.end.raw}")
            for measure in item.measures:
                out.append(f"    Measure: {measure}")
            if item.status and item.status.raw:
                out.append(f"    Status: {item.status.raw}")
            out.append("")
    out.extend(["## Abbreviations", ""])
    out.extend(f"- {code}: {name}" for code, name in plan.legend.items())
    return "\n".join(out) + "\n"


ROSEDENE_BANDS = replace(
    r2.ROSEDENE_COLOUR_ONLY,
    sections=tuple(replace(s, printed_as_heading=True) for s in r2.ROSEDENE_COLOUR_ONLY.sections),
)


def build_penhallow_csv(plan: Plan) -> str:
    """(r2) Plan (r) kept in a spreadsheet and saved as CSV: two header rows ("Timescale" over
    "Start" and "End"), a row per section with only its first cell filled, a merged Theme cell
    saved in its first row only, several measures as bulleted lines inside one quoted cell."""
    import csv
    import io

    width = 8
    records: list[list[str]] = [[plan.title], [plan.institution], []]
    records.append(["Ref", "Theme", "Action", "Lead", "Timescale", "", "Success measure", "Status"])
    records.append(["", "", "", "", "Start", "End", "", ""])
    for section in plan.sections:
        records.append([section.heading])
        runs = _runs(section.items)
        for index, item in enumerate(section.items):
            measures = "\n".join(f"\u2022 {m}" for m in item.measures) if len(item.measures) > 1 else ""
            records.append(
                [
                    item.ref or "",
                    (item.theme or "") if index in runs else "",
                    item.text,
                    ", ".join(item.owners),
                    item.start.raw if item.start else "",
                    item.end.raw if item.end else "",
                    measures or (item.measures[0] if item.measures else ""),
                    item.status.raw or "" if item.status else "",
                ]
            )
    records.extend([[], ["Abbreviations"]])
    records.extend([[code, name] for code, name in plan.legend.items()])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for record in records:
        writer.writerow(record + [""] * (width - len(record)))
    return out.getvalue()


ROSEDENE_SECTIONS = replace(
    r2.ROSEDENE, sections=tuple(replace(s, printed_as_heading=True) for s in r2.ROSEDENE.sections)
)


def build_rosedene_markdown_sections(plan: Plan) -> str:
    """(y2) Plan (x) as a Markdown pipe table with no Pillar column: each pillar a row whose
    first cell alone holds the bold pillar name; owners joined with "&"."""
    headers = [h for h, _ in ROSEDENE_HEADERS if h != "Pillar"]
    out = [f"# {plan.title}", "", "| " + " | ".join(headers) + " |", "|" + "|".join(":--" for _ in headers) + "|"]
    for section in plan.sections:
        out.append(f"| **{section.heading}** |" + " |" * (len(headers) - 1))
        for item in section.items:
            cells = [
                item.theme or "",
                " ".join(item.text.split()),
                owners_text(item.owners),
                "; ".join(item.measures),
                item.end.raw if item.end else "",
                item.status.raw or "" if item.status else "",
            ]
            out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def build_quarrybank_wide(plan: Plan, path: Path) -> None:
    """(u2) The financial-year Gantt too wide for one page: printed at full size, the later
    quarters and the status column go on a second page, where the Action and Lead columns
    are repeated at the left ("columns to repeat"); "FY25/26" cells merged over "Q1".."Q4"."""
    workbook = xlsxwriter.Workbook(str(path))
    workbook.set_properties({"title": plan.title, "author": plan.institution, "created": FIXED_TIME})
    sheet = workbook.add_worksheet("Gantt")
    border = {"border": 1, "border_color": "#7F7F7F", "valign": "top", "text_wrap": True, "font_size": 10}
    plain = workbook.add_format(border)
    head = workbook.add_format({**border, "bold": True, "bg_color": "#FCE4D6", "align": "center"})
    section_fmt = workbook.add_format({**border, "bold": True, "bg_color": "#EDEDED"})
    shaded = workbook.add_format({**border, "bg_color": "#C65911"})
    rag = {name: workbook.add_format({**border, "bg_color": colour}) for name, colour in RAG_FILLS.items()}
    quarters = r2.QUARRYBANK_QUARTERS
    last = 2 + len(quarters)
    sheet.set_column(0, 0, 50)
    sheet.set_column(1, 1, 10)
    sheet.set_column(2, last - 1, 6)
    sheet.set_column(last, last, 14)
    sheet.write(0, 0, plan.title, workbook.add_format({"bold": True, "font_size": 14}))
    sheet.write(1, 0, plan.institution, workbook.add_format({"bold": True}))
    sheet.merge_range(3, 0, 4, 0, "Action", head)
    sheet.merge_range(3, 1, 4, 1, "Lead", head)
    years: dict[str, list[int]] = {}
    for offset, month in enumerate(quarters):
        year, quarter = fy_label(month)
        years.setdefault(year, []).append(2 + offset)
        sheet.write(4, 2 + offset, quarter, head)
    for year, cols in years.items():
        sheet.merge_range(3, cols[0], 3, cols[-1], year, head)
    sheet.merge_range(3, last, 4, last, "Status", head)
    row = 5
    for section in plan.sections:
        sheet.write(row, 0, section.heading, section_fmt)
        for col in range(1, last + 1):
            sheet.write_blank(row, col, None, section_fmt)
        row += 1
        for item in section.items:
            sheet.write(row, 0, item.text, plain)
            sheet.write(row, 1, "/".join(item.owners), plain)
            for offset, month in enumerate(quarters):
                sheet.write_blank(row, 2 + offset, None, shaded if month in item.timeline else plain)
            status = item.status
            fmt = rag[status.rag] if status is not None and status.rag else plain
            sheet.write(row, last, status.raw or "" if status else "", fmt)
            sheet.set_row(row, 27 if len(item.text) > 52 else 14)
            row += 1
    row += 1
    sheet.write(row, 0, "Key to leads", workbook.add_format({"bold": True}))
    for code, name in plan.legend.items():
        row += 1
        sheet.write(row, 0, f"{code} = {name}")
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    sheet.repeat_rows(3, 4)
    sheet.repeat_columns(0, 1)
    sheet.set_footer("&CPage &P of &N")
    workbook.close()
