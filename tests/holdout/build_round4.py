"""Renditions of the fourth hold-out batch (round r4 in `plans/`); `build_holdout.py` lists
them with the other batches and drives the build.

- ``ae_writer_status_first.pdf``: landscape Writer ruled table with its columns in an unusual
  order, Progress | Ref | Theme | Responsibility | Planned activity | KPI | Deadline; the
  progress cell holds only the word "Green", "Amber" or "Red" (no fill) or nothing; refs
  "V1", "R2", "CD3"; section rows span the table; Theme cells merged down their runs, one
  across a page break; a key to the responsibility codes after the table.
- ``ak_pdftotext_status_first.txt``: what ``pdftotext -layout`` prints for (ae).
- ``af_writer_borderless_caps.pdf``: portrait Writer table with no borders or fills, Ref |
  Action | Lead(s) | Start | Complete by | Evidence of progress; each pillar a bold row in
  capitals; owners one per line and several measures one per line after an en dash.
- ``ag_calc_marks.pdf``: Calc Gantt, Ref | Pillar (on every row) | Action | Owner | quarters
  headed "Apr\u2013Jun 2025" ... "Jan\u2013Mar 2027" | RAG; an active quarter is a centred "X" on an
  unfilled cell, the RAG cell a fill with no text; keys to the marks, owners and colours.
- ``ah_calc_years.pdf``: Calc Gantt by calendar year, Action | Lead | Start | End | 2024 |
  2025 | 2026 | Status; section bands, shaded years, dates such as "Spring 2025", "by July
  2026", "Annually"; the status as text with no fill.
- ``ai_web_inline_fields.txt``: a web page copied as text: pillar headings over "•" bullets,
  each action followed on the same line by "Lead:", "Timescale:", "Success measure:" and
  "Status:" fields.
- ``aj_tabs_pillar_column.txt``: tab-separated text as a PDF-to-text tool leaves a ruled table
  with a merged Pillar column: the pillar's words sit on the rows they were drawn beside
  ("Career" on one row, "Development" on the next), a page number and the repeated header
  inside the table, and a row broken over the page break going on after that header.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import xlsxwriter
from build_round2 import FIXED_TIME, MONTH_NAMES, RAG_FILLS, _esc, _page, _runs, _td
from plan_data import load_round
from plan_model import Plan

r4 = load_round("r4")

# pdftotext renditions whose plan shows its RAG only as printed colour words ("Green"), with no
# fill or shading anywhere: the words survive as text, so their gold keeps the rag the word
# names (the gold of a text rendition otherwise drops colours, which text cannot show).
COLOUR_WORDS_IN_TEXT = frozenset({"ak_pdftotext_status_first.txt"})


# --- (ae) Wrayfield ------------------------------------------------------------------------------

WRAYFIELD_HEADERS = (
    ("Progress", 8),
    ("Ref", 5),
    ("Theme", 14),
    ("Responsibility", 11),
    ("Planned activity", 32),
    ("KPI", 20),
    ("Deadline", 10),
)
WRAYFIELD_INTRO = (
    "The table below shows each action in this plan with the position reported at the last meeting of the "
    "Technical Services Board. Progress is given as a colour: Green where the action is complete or going to "
    "plan, Amber where it is behind but expected to recover and Red where the Board has been asked to help. "
    "A blank progress cell means the work is not yet due to start."
)


def build_wrayfield(plan: Plan) -> str:
    """(ae) Landscape, one ruled table: the progress column first, owners before the action,
    section rows across the table, Theme merged down its run; the key after the table."""
    body = [
        f"<p><b>{_esc(plan.institution)}</b></p>",
        f"<h1>{_esc(plan.title)}</h1>",
        f"<p><i>{_esc(plan.subtitle or '')}</i></p>",
        f"<p>{_esc(WRAYFIELD_INTRO)}</p>",
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">',
        "<thead><tr>"
        + "".join(_td(_esc(h), f' width="{w}%" bgcolor="#D6DCE4"', "th") for h, w in WRAYFIELD_HEADERS)
        + "</tr></thead><tbody>",
    ]
    for section in plan.sections:
        band = f' colspan="{len(WRAYFIELD_HEADERS)}" bgcolor="#EDEDED"'
        body.append("<tr>" + _td(f"<b>{_esc(section.heading)}</b>", band) + "</tr>")
        runs = _runs(section.items)
        for index, item in enumerate(section.items):
            cells = [_td(_esc(item.status.raw or "") if item.status else ""), _td(_esc(item.ref or ""))]
            if index in runs:
                cells.append(_td(_esc(item.theme or ""), f' rowspan="{runs[index]}"'))
            cells.append(_td(_esc(", ".join(item.owners))))
            cells.append(_td(_esc(item.text)))
            if len(item.measures) > 1:
                cells.append(_td("".join(f"<p>\u2022 {_esc(m)}</p>" for m in item.measures)))
            else:
                cells.append(_td(_esc(item.measures[0] if item.measures else "")))
            cells.append(_td(_esc(item.end.raw) if item.end else ""))
            body.append('<tr valign="top">' + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    body.append("<h3>Responsibility codes</h3>")
    body.append('<table border="1" cellspacing="0" cellpadding="3" width="50%">')
    code_width = ' width="15%"'
    body.extend(f"<tr>{_td(_esc(code), code_width)}{_td(_esc(name))}</tr>" for code, name in plan.legend.items())
    body.append("</table>")
    return _page(plan, body, landscape=True)


# --- (af) Bellmoor -------------------------------------------------------------------------------

BELLMOOR_HEADERS = (
    ("Ref", 6),
    ("Action", 36),
    ("Lead(s)", 17),
    ("Start", 8),
    ("Complete by", 9),
    ("Evidence of progress", 24),
)


def build_bellmoor(plan: Plan) -> str:
    """(af) Portrait, no borders and no fills: a bold header row, each pillar a bold row in
    capitals, owners one per line and several measures one per line after an en dash."""
    body = [
        f"<h1>{_esc(plan.institution)}</h1>",
        f"<h2>{_esc(plan.title)}</h2>",
        f"<p>{_esc(plan.subtitle or '')}</p>",
        '<table border="0" cellspacing="0" cellpadding="5" width="100%">',
        "<thead><tr>"
        + "".join(_td(_esc(h), f' width="{w}%" align="left"', "th") for h, w in BELLMOOR_HEADERS)
        + "</tr></thead><tbody>",
    ]
    for section in plan.sections:
        body.append(f'<tr><td colspan="{len(BELLMOOR_HEADERS)}"><b>{_esc(section.heading)}</b></td></tr>')
        for item in section.items:
            measures = (
                "<br>".join(f"\u2013 {_esc(m)}" for m in item.measures)
                if len(item.measures) > 1
                else _esc(item.measures[0] if item.measures else "")
            )
            cells = [
                _td(_esc(item.ref or "")),
                _td(_esc(item.text)),
                _td("<br>".join(_esc(o) for o in item.owners)),
                _td(_esc(item.start.raw) if item.start else ""),
                _td(_esc(item.end.raw) if item.end else ""),
                _td(measures),
            ]
            body.append('<tr valign="top">' + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    return _page(plan, body, landscape=False)


# --- (ag) Carrickvale ----------------------------------------------------------------------------


def month_range_label(month: str) -> str:
    """ "2025-04" -> "Apr\u2013Jun 2025" (with an en dash; the year is the quarter's)."""
    year, number = (int(p) for p in month.split("-"))
    return f"{MONTH_NAMES[number - 1]}\u2013{MONTH_NAMES[number + 1]} {year}"


def _workbook(path: Path, plan: Plan) -> xlsxwriter.Workbook:
    workbook = xlsxwriter.Workbook(str(path))
    workbook.set_properties({"title": plan.title, "author": plan.institution, "created": FIXED_TIME})
    return workbook


def _row_height(sheet: object, row: int, texts: Sequence[tuple[str, float]], *, line: float = 12.5) -> None:
    needed = max((-(-int(len(text) * 1.1) // int(width)) for text, width in texts if text), default=1)
    sheet.set_row(row, line * max(1, needed) + 2)  # type: ignore[attr-defined]


def build_carrickvale(plan: Plan, path: Path, quarters: Sequence[str] = r4.CARRICKVALE_QUARTERS) -> None:
    """(ag) Ref | Pillar | Action | Owner | quarters | RAG: an "X" marks each active quarter,
    the RAG cell is filled with no text; keys to the marks, the owners and the colours below."""
    workbook = _workbook(path, plan)
    sheet = workbook.add_worksheet("Implementation plan")
    border = {"border": 1, "border_color": "#808080", "valign": "top", "text_wrap": True, "font_size": 9}
    plain = workbook.add_format(border)
    mark = workbook.add_format({**border, "align": "center", "valign": "vcenter", "bold": True})
    head = workbook.add_format({**border, "bold": True, "bg_color": "#DDEBF7", "align": "center", "valign": "vcenter"})
    rag = {name: workbook.add_format({**border, "bg_color": colour}) for name, colour in RAG_FILLS.items()}
    first = 4
    last = first + len(quarters)
    for col, width in enumerate((5, 15, 50, 9)):
        sheet.set_column(col, col, width)
    sheet.set_column(first, last - 1, 11)
    sheet.set_column(last, last, 7)
    sheet.write(0, 0, plan.institution, workbook.add_format({"bold": True, "font_size": 14}))
    sheet.write(1, 0, plan.title, workbook.add_format({"bold": True, "font_size": 11}))
    for col, label in enumerate(("Ref", "Pillar", "Action", "Owner")):
        sheet.write(3, col, label, head)
    for offset, month in enumerate(quarters):
        sheet.write(3, first + offset, month_range_label(month), head)
    sheet.write(3, last, "RAG", head)
    sheet.set_row(3, 16)
    row = 4
    for section in plan.sections:
        for item in section.items:
            sheet.write(row, 0, item.ref or "", plain)
            sheet.write(row, 1, section.heading, plain)
            sheet.write(row, 2, item.text, plain)
            sheet.write(row, 3, ", ".join(item.owners), plain)
            for offset, month in enumerate(quarters):
                if month in item.timeline:
                    sheet.write(row, first + offset, "X", mark)
                else:
                    sheet.write_blank(row, first + offset, None, plain)
            colour = item.status.rag if item.status else None
            sheet.write_blank(row, last, None, rag[colour] if colour else plain)
            _row_height(sheet, row, [(item.text, 50), (", ".join(item.owners), 9)])
            row += 1
    bold = workbook.add_format({"bold": True, "font_size": 9})
    small = workbook.add_format({"font_size": 9})
    row += 1
    sheet.write(row, 2, "X = work planned in the quarter", small)
    row += 2
    sheet.write(row, 2, "Key to owners", bold)
    for code, name in plan.legend.items():
        row += 1
        sheet.write(row, 2, f"{code} \u2013 {name}", small)
    row += 2
    sheet.write(row, 2, "RAG", bold)
    for colour, meaning in (
        ("green", "On course or complete"),
        ("amber", "Behind plan, recoverable"),
        ("red", "Off course, escalated to the Executive"),
    ):
        row += 1
        sheet.write_blank(row, 1, None, rag[colour])
        sheet.write(row, 2, meaning, small)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    sheet.repeat_rows(3, 3)
    workbook.close()


# --- (ah) Dunhallow ------------------------------------------------------------------------------


def build_dunhallow(plan: Plan, path: Path, years: Sequence[str] = r4.DUNHALLOW_YEARS) -> None:
    """(ah) Action | Lead | Start | End | one column per calendar year | Status: a band per
    pillar, active years shaded, the status as text on an unfilled cell."""
    workbook = _workbook(path, plan)
    sheet = workbook.add_worksheet("Plan")
    border = {"border": 1, "border_color": "#595959", "valign": "top", "text_wrap": True, "font_size": 10}
    plain = workbook.add_format(border)
    head = workbook.add_format({**border, "bold": True, "bg_color": "#FFF2CC", "align": "center", "valign": "vcenter"})
    band = workbook.add_format({**border, "bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF"})
    shaded = workbook.add_format({**border, "bg_color": "#8EA9DB"})
    widths = (56, 24, 12, 13)
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    first = len(widths)
    last = first + len(years)
    sheet.set_column(first, last - 1, 8)
    sheet.set_column(last, last, 13)
    sheet.write(0, 0, plan.institution, workbook.add_format({"bold": True, "font_size": 14}))
    sheet.write(1, 0, plan.title, workbook.add_format({"bold": True, "font_size": 12}))
    for col, label in enumerate(("Action", "Lead", "Start", "End")):
        sheet.write(3, col, label, head)
    for offset, month in enumerate(years):
        sheet.write_string(3, first + offset, month[:4], head)
    sheet.write(3, last, "Status", head)
    row = 4
    for section in plan.sections:
        sheet.merge_range(row, 0, row, last, section.heading, band)
        row += 1
        for item in section.items:
            owners = ", ".join(item.owners)
            sheet.write(row, 0, item.text, plain)
            sheet.write(row, 1, owners, plain)
            sheet.write(row, 2, item.start.raw if item.start else "", plain)
            sheet.write(row, 3, item.end.raw if item.end else "", plain)
            for offset, month in enumerate(years):
                sheet.write_blank(row, first + offset, None, shaded if month in item.timeline else plain)
            sheet.write(row, last, item.status.raw or "" if item.status else "", plain)
            _row_height(sheet, row, [(item.text, 56), (owners, 24)], line=13.5)
            row += 1
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    sheet.repeat_rows(3, 3)
    sheet.set_footer("&CPage &P")
    workbook.close()


# --- (ai) Eskerby --------------------------------------------------------------------------------

ESKERBY_INTRO = (
    "Our technicians make teaching and research at Eskerby possible. This page lists what we have committed "
    "to do over the three years of our action plan, grouped under the principles of the Technician "
    "Commitment. Each action names the person or team who leads it and when it should be done."
)


def build_eskerby(plan: Plan) -> str:
    """(ai) A web page copied as text: title, introduction, a heading per pillar and one long
    bullet line per action carrying its labelled fields; a footer line at the end."""
    out = [plan.title, plan.institution, "", ESKERBY_INTRO, ""]
    for section in plan.sections:
        out.extend([section.heading, ""])
        for item in section.items:
            parts = [" ".join(item.text.split())]
            label = "Leads" if len(item.owners) > 1 else "Lead"
            parts.append(f"{label}: {', '.join(item.owners)}.")
            if item.end:
                parts.append(f"Timescale: {item.end.raw}.")
            if item.measures:
                several = len(item.measures) > 1 or ";" in item.measures[0]
                label = "Success measures" if several else "Success measure"
                parts.append(f"{label}: {'; '.join(item.measures)}.")
            if item.status and item.status.raw:
                parts.append(f"Status: {item.status.raw}.")
            out.append("\u2022 " + " ".join(parts))
        out.append("")
    out.append("Page last reviewed: 14 March 2025")
    return "\n".join(out) + "\n"


# --- (aj) Foxhollow ------------------------------------------------------------------------------

FOXHOLLOW_HEADER = ("No.", "Pillar", "Action", "Success indicator", "Lead", "Target date", "Status")
FOXHOLLOW_BREAK_AFTER_WORDS = {"12": (13, 5)}  # ref -> words of the action, of the measure, before the break
FOXHOLLOW_PAGE_TURN = "12"  # the pillar run holding this row crosses the page break


def _pillar_lines(heading: str, rows: int, *, first_page_only: bool) -> list[str]:
    """The words of a merged Pillar cell on the rows they were drawn beside: one word a line
    (the column is narrow), centred on the run, or all on its first row when the run crosses a
    page break (the text is drawn once, before the break)."""
    words = heading.split()
    if first_page_only or len(words) > rows:
        return [" ".join(words)] + [""] * (rows - 1)
    top = (rows - len(words)) // 2
    return [""] * top + words + [""] * (rows - top - len(words))


def build_foxhollow(plan: Plan) -> str:
    """(aj) One tab-separated line per table row; the row broken over the page break ends the
    page with the first part of its action and measure, then the page number, a blank line,
    the repeated header and the rest of those two cells on a row of their own."""
    out = ["", plan.institution, "", plan.title, "", "Actions are numbered in the order they were agreed.", ""]
    out.append("\t".join(FOXHOLLOW_HEADER))
    for section in plan.sections:
        crossing = any(item.ref == FOXHOLLOW_PAGE_TURN for item in section.items)
        pillars = _pillar_lines(section.heading, len(section.items), first_page_only=crossing)
        for item, pillar in zip(section.items, pillars, strict=True):
            text = " ".join(item.text.split())
            measure = "; ".join(item.measures)
            owners = ", ".join(item.owners)
            end = item.end.raw if item.end else ""
            state = item.status.raw or "" if item.status else ""
            if item.ref in FOXHOLLOW_BREAK_AFTER_WORDS:
                text_words, measure_words = FOXHOLLOW_BREAK_AFTER_WORDS[item.ref]
                t, m = text.split(), measure.split()
                before = [" ".join(t[:text_words]), " ".join(m[:measure_words])]
                out.append("\t".join([item.ref or "", pillar, *before, owners, end, state]))
                out.extend(["1", "", "\t".join(FOXHOLLOW_HEADER)])
                out.append("\t".join(["", "", " ".join(t[text_words:]), " ".join(m[measure_words:]), "", "", ""]))
            else:
                out.append("\t".join([item.ref or "", pillar, text, measure, owners, end, state]))
    out.extend(["", "Progress is reviewed by the Technical Board each term.", "2"])
    return "\n".join(out) + "\n"
