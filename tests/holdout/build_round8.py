"""Renditions of the eighth hold-out batch (round r8 in `plans/`), files ``ea_`` onwards.

- ``ea_writer_captioned_tables.pdf``: portrait Writer document with one ruled table per
  pillar, each with its own header row (Ref | Action | Lead | Target date | Success measure |
  Status); the pillar is named only in a bold caption line above its table ("Table 2:
  Recognition"), with a short paragraph before each caption; a captioned key table ("Table 5:
  Key to leads", Code | Role) at the end.
- ``eb_writer_ongoing_merged.pdf``: landscape Writer ruled table, Ref | Action | Owner | Start
  | End | Success measure | Status, shaded section rows; an ongoing action has one centred
  "Ongoing" cell merged across Start and End (colspan 2), the other rows two dates.
- ``ec_calc_month_letters.pdf``: Calc Gantt, Ref | Action | Lead (merged over the two header
  rows) | 24 month columns headed "J F M A M J J A S O N D" under merged "2025" and "2026"
  cells | Status (text, no fill); a band row per pillar; active months shaded; a key to the
  leads and the shading under the grid.
- ``ed_word_plain_text.txt``: a Word document saved as plain text: title and introduction
  paragraphs, then the table No. | Action | Responsible | Timescale | KPIs | Progress with
  cells separated by tabs and rows ended by a line break; a pillar row merged across the table
  is its text alone; a cell of two paragraphs (two owners, two KPIs, or an action of two
  sentences) has a bare line break between them, with no tab or quote, so the rest of the
  row continues on the next line; CRLF line ends.
- ``ee_writer_coloured_status_words.pdf``: landscape Writer ruled table, No. | Commitment area
  | Action | Owner | Deadline | Measure of success | Status, bold section rows; the status word
  printed in a coloured font (green, amber #FFC000, red; "Not started" in black), no fill, no
  dot; a colour key and the owner key under the table.

`build_holdout.py` builds this batch with the others from the tuples below:

    python tests/holdout/build_holdout.py                       # sources, golds and every PDF
    python tests/holdout/build_holdout.py --no-pdf              # sources and golds only
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import xlsxwriter  # noqa: E402
from build_round2 import FIXED_TIME, _esc, _page, _runs, _td  # noqa: E402
from plan_data import load_round  # noqa: E402
from plan_model import (  # noqa: E402
    Item,
    Plan,
)

r8 = load_round("r8")

FONT_COLOURS = {"red": "#FF0000", "amber": "#FFC000", "green": "#00B050"}


def _status_text(item: Item) -> str:
    return item.status.raw or "" if item.status else ""


def _paras(values: Sequence[str]) -> str:
    """Several values as paragraphs in one cell, one value as plain text."""
    if len(values) > 1:
        return "".join(f"<p>{_esc(v)}</p>" for v in values)
    return _esc(values[0]) if values else ""


# --- (ea) Corvanleigh --------------------------------------------------------------------------

CORVANLEIGH_HEADERS = (
    ("Ref", 6),
    ("Action", 36),
    ("Lead", 10),
    ("Target date", 11),
    ("Success measure", 24),
    ("Status", 13),
)
CORVANLEIGH_INTRO = (
    "Corvanleigh University signed the Technician Commitment in 2018. This third action plan was written "
    "by the Technician Network Steering Group after a survey of all technical staff in spring 2025, and "
    "was approved by the University Executive in July 2025.",
    "The actions are set out in four tables, one for each principle of the Commitment. Each action has a "
    "lead, a target date and a measure of success. The status shows the position at the Steering Group's "
    "last meeting.",
)
CORVANLEIGH_LEADS = {
    "Visibility": "Technicians told us that much of their work goes unseen outside their own school.",
    "Recognition": "Recognition means acknowledging technical work in the same way as the work of other staff.",
    "Career Development": "These actions open clearer routes for technicians to develop and progress.",
    "Sustainability": "We will protect specialist skills and bring new people into technical careers.",
}


def _corvanleigh_table(rows: list[list[str]]) -> list[str]:
    out = [
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">',
        "<thead><tr>"
        + "".join(_td(_esc(h), f' width="{w}%" bgcolor="#DAE3F3" align="left"', "th") for h, w in CORVANLEIGH_HEADERS)
        + "</tr></thead><tbody>",
    ]
    out.extend('<tr valign="top">' + "".join(_td(c) for c in row) + "</tr>" for row in rows)
    out.append("</tbody></table>")
    return out


def build_corvanleigh(plan: Plan) -> str:
    """(ea) Title and introduction; per pillar a lead paragraph, a caption line "Table N:
    Pillar" and a ruled table with its own header row; a captioned key table at the end."""
    body = [
        f"<h1>{_esc(plan.institution)}</h1>",
        f"<h2>{_esc(plan.title)}</h2>",
        *(f"<p>{_esc(p)}</p>" for p in CORVANLEIGH_INTRO),
    ]
    for number, section in enumerate(plan.sections, start=1):
        body.append(f"<p>{_esc(CORVANLEIGH_LEADS[section.heading])}</p>")
        body.append(f"<p><b>Table {number}: {_esc(section.heading)}</b></p>")
        rows = [
            [
                _esc(item.ref or ""),
                _esc(item.text),
                _esc(", ".join(item.owners)),
                _esc(item.end.raw) if item.end else "",
                _esc("; ".join(item.measures)),
                _esc(_status_text(item)),
            ]
            for item in section.items
        ]
        body.extend(_corvanleigh_table(rows))
    body.append(f"<p><b>Table {len(plan.sections) + 1}: Key to leads</b></p>")
    body.append('<table border="1" cellspacing="0" cellpadding="4" width="60%">')
    body.append(
        "<thead><tr>"
        + _td("Code", ' width="20%" bgcolor="#DAE3F3" align="left"', "th")
        + _td("Role", ' width="80%" bgcolor="#DAE3F3" align="left"', "th")
        + "</tr></thead><tbody>"
    )
    body.extend("<tr>" + _td(_esc(code)) + _td(_esc(name)) + "</tr>" for code, name in plan.legend.items())
    body.append("</tbody></table>")
    return _page(plan, body, landscape=False, size="10pt")


# --- (eb) Hallowmere ---------------------------------------------------------------------------

HALLOWMERE_HEADERS = (
    ("Ref", 5),
    ("Action", 32),
    ("Owner", 15),
    ("Start", 8),
    ("End", 8),
    ("Success measure", 20),
    ("Status", 12),
)
HALLOWMERE_INTRO = (
    "This plan was agreed by the Hallowmere Technical Board in June 2025 and runs to the summer of 2027. "
    "Actions that continue throughout the plan are shown as ongoing."
)


def _is_merged_ongoing(item: Item) -> bool:
    return item.start is not None and item.start == item.end and item.start.recurrence == "ongoing"


def build_hallowmere(plan: Plan) -> str:
    """(eb) One ruled table, shaded section rows; "Ongoing" merged across Start and End."""
    span = len(HALLOWMERE_HEADERS)
    body = [
        f"<h1>{_esc(plan.title)}</h1>",
        f"<p><b>{_esc(plan.institution)}</b></p>",
        f"<p>{_esc(HALLOWMERE_INTRO)}</p>",
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">',
        "<thead><tr>"
        + "".join(_td(_esc(h), f' width="{w}%" bgcolor="#C5E0B4" align="left"', "th") for h, w in HALLOWMERE_HEADERS)
        + "</tr></thead><tbody>",
    ]
    for section in plan.sections:
        body.append("<tr>" + _td(f"<b>{_esc(section.heading)}</b>", f' colspan="{span}" bgcolor="#E2F0D9"') + "</tr>")
        for item in section.items:
            cells = [_td(_esc(item.ref or "")), _td(_esc(item.text)), _td(_esc(", ".join(item.owners)))]
            if _is_merged_ongoing(item):
                cells.append(_td(_esc(item.start.raw), ' colspan="2" align="center"'))
            else:
                cells.append(_td(_esc(item.start.raw) if item.start else ""))
                cells.append(_td(_esc(item.end.raw) if item.end else ""))
            cells += [_td(_esc("; ".join(item.measures))), _td(_esc(_status_text(item)))]
            body.append('<tr valign="top">' + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    return _page(plan, body, landscape=True)


# --- (ec) Kellmarsh ----------------------------------------------------------------------------

MONTH_LETTERS = "JFMAMJJASOND"


def build_kellmarsh(plan: Plan, path: Path, months: Sequence[str] = r8.KELLMARSH_MONTHS) -> None:
    """(ec) Two header rows (merged year over single-letter months), shaded months, status as
    text on an unfilled cell, band rows per pillar, keys under the grid."""
    workbook = xlsxwriter.Workbook(str(path))
    workbook.set_properties({"title": plan.title, "author": plan.institution, "created": FIXED_TIME})
    sheet = workbook.add_worksheet("Action plan")
    border = {"border": 1, "border_color": "#808080", "valign": "top", "text_wrap": True, "font_size": 9}
    plain = workbook.add_format(border)
    head = workbook.add_format({**border, "bold": True, "bg_color": "#E7E6E6", "valign": "vcenter"})
    centre = workbook.add_format({**border, "bold": True, "bg_color": "#E7E6E6", "align": "center"})
    band = workbook.add_format({**border, "bold": True, "bg_color": "#FCE4D6"})
    shaded = workbook.add_format({**border, "bg_color": "#5B9BD5"})
    widths = (5, 46, 10)
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    first = len(widths)
    last = first + len(months)
    sheet.set_column(first, last - 1, 2.6)
    sheet.set_column(last, last, 12)
    sheet.write(0, 0, plan.institution, workbook.add_format({"bold": True, "font_size": 14}))
    sheet.write(1, 0, plan.title, workbook.add_format({"bold": True, "font_size": 11}))
    for col, label in enumerate(("Ref", "Action", "Lead")):
        sheet.merge_range(3, col, 4, col, label, head)
    by_year: dict[str, list[int]] = {}
    for offset, month in enumerate(months):
        by_year.setdefault(month[:4], []).append(first + offset)
        sheet.write(4, first + offset, MONTH_LETTERS[int(month[5:]) - 1], centre)
    for year, cols in by_year.items():
        sheet.merge_range(3, cols[0], 3, cols[-1], year, centre)
    sheet.merge_range(3, last, 4, last, "Status", head)
    row = 5
    for section in plan.sections:
        sheet.merge_range(row, 0, row, last, section.heading, band)
        row += 1
        for item in section.items:
            sheet.write(row, 0, item.ref or "", plain)
            sheet.write(row, 1, item.text, plain)
            sheet.write(row, 2, "/".join(item.owners), plain)
            for offset, month in enumerate(months):
                sheet.write_blank(row, first + offset, None, shaded if month in item.timeline else plain)
            sheet.write(row, last, _status_text(item), plain)
            lines = max(1, -(-len(item.text) * 105 // (46 * 100)))
            sheet.set_row(row, 12.5 * lines + 1.5)
            row += 1
    row += 1
    bold = workbook.add_format({"bold": True, "font_size": 9})
    small = workbook.add_format({"font_size": 9})
    sheet.write(row, 1, "Key to leads", bold)
    row += 1
    for code, name in plan.legend.items():
        sheet.write(row, 0, code, small)
        sheet.write(row, 1, name, small)
        row += 1
    row += 1
    sheet.write_blank(row, 0, None, shaded)
    sheet.write(row, 1, "Shaded months show when the action is active", small)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    sheet.repeat_rows(3, 4)
    workbook.close()


# --- (ed) Penrose Vale -------------------------------------------------------------------------

PENROSE_HEADERS = ("No.", "Action", "Responsible", "Timescale", "KPIs", "Progress")
PENROSE_INTRO = (
    "Penrose Vale University became a signatory of the Technician Commitment in 2020. This plan sets out "
    "the actions we will take over the next two years under each principle of the Commitment.",
    "Progress was last updated by the Technician Forum in October 2025.",
)
# Action cells typed as two paragraphs (split after the first sentence).
PENROSE_TWO_PARAGRAPHS = frozenset({"1", "5", "8"})
PENROSE_FOOT = "Contact the Technician Forum Chair with any questions about this plan."


def _action_paragraphs(item: Item) -> list[str]:
    text = " ".join(item.text.split())
    if item.ref in PENROSE_TWO_PARAGRAPHS:
        head, tail = text.split(". ", 1)
        return [head + ".", tail]
    return [text]


def build_penrose_vale(plan: Plan) -> str:
    """(ed) Paragraphs one to a line; table cells joined by tabs; a paragraph break inside a
    cell a bare line break; CRLF."""
    out = [plan.institution, plan.title, "", *PENROSE_INTRO, "", "\t".join(PENROSE_HEADERS)]
    for section in plan.sections:
        out.append(section.heading)
        for item in section.items:
            cells = [
                [item.ref or ""],
                _action_paragraphs(item),
                list(item.owners),
                [item.end.raw if item.end else ""],
                list(item.measures),
                [_status_text(item)],
            ]
            out.append("\t".join("\r\n".join(paragraphs) for paragraphs in cells))
    out.extend(["", PENROSE_FOOT])
    return "\r\n".join(out) + "\r\n"


# --- (ee) Stanway Heath ------------------------------------------------------------------------

STANWAY_HEADERS = (
    ("No.", 4),
    ("Commitment area", 12),
    ("Action", 30),
    ("Owner", 9),
    ("Deadline", 9),
    ("Measure of success", 22),
    ("Status", 10),
)
STANWAY_INTRO = (
    "The Technician Representatives Committee reviews this plan each term. The status of each action is "
    "shown in colour."
)
STANWAY_KEY = (
    ("green", "On track or complete"),
    ("amber", "At risk: some delay expected"),
    ("red", "Delayed: action needed"),
)


def _coloured_status(item: Item) -> str:
    if item.status is None:
        return ""
    word = _esc(item.status.raw or "")
    return f'<font color="{FONT_COLOURS[item.status.rag]}">{word}</font>' if item.status.rag else word


def build_stanway_heath(plan: Plan) -> str:
    """(ee) One ruled table, bold section rows, merged Commitment area, status words in colour."""
    span = len(STANWAY_HEADERS)
    body = [
        f"<h1>{_esc(plan.institution)}</h1>",
        f"<h2>{_esc(plan.title)}</h2>",
        f"<p>{_esc(STANWAY_INTRO)}</p>",
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">',
        "<thead><tr>"
        + "".join(_td(_esc(h), f' width="{w}%" bgcolor="#D9D9D9" align="left"', "th") for h, w in STANWAY_HEADERS)
        + "</tr></thead><tbody>",
    ]
    for section in plan.sections:
        body.append("<tr>" + _td(f"<b>{_esc(section.heading)}</b>", f' colspan="{span}"') + "</tr>")
        runs = _runs(section.items)
        for index, item in enumerate(section.items):
            cells = [_td(_esc(item.ref or ""))]
            if index in runs:
                cells.append(_td(_esc(item.theme or ""), f' rowspan="{runs[index]}"'))
            cells += [
                _td(_esc(item.text)),
                _td(_esc(", ".join(item.owners))),
                _td(_esc(item.end.raw) if item.end else ""),
                _td(_paras(item.measures)),
                _td(_coloured_status(item)),
            ]
            body.append('<tr valign="top">' + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    body.append("<h3>Status key</h3>")
    body.extend(
        f'<p><font color="{FONT_COLOURS[rag]}"><b>{_esc(rag.capitalize())}</b></font>: {_esc(meaning)}</p>'
        for rag, meaning in STANWAY_KEY
    )
    body.append("<h3>Owners</h3>")
    body.extend(f"<p>{_esc(code)} \u2013 {_esc(name)}</p>" for code, name in plan.legend.items())
    return _page(plan, body, landscape=True)


# --- the batch -----------------------------------------------------------------------------------

WRITER_PLANS: tuple[tuple[str, Plan, Callable[[Plan], str]], ...] = (
    ("ea_writer_captioned_tables", r8.CORVANLEIGH, build_corvanleigh),
    ("eb_writer_ongoing_merged", r8.HALLOWMERE, build_hallowmere),
    ("ee_writer_coloured_status_words", r8.STANWAY_HEATH, build_stanway_heath),
)
CALC_PLANS: tuple[tuple[str, Plan, Callable[[Plan, Path], None]], ...] = (
    ("ec_calc_month_letters", r8.KELLMARSH, build_kellmarsh),
)
TEXT_PLANS: tuple[tuple[str, Plan, Callable[[Plan], str]], ...] = (
    ("ed_word_plain_text.txt", r8.PENROSE_VALE, build_penrose_vale),
)
