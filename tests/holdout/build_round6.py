"""Renditions of the sixth hold-out batch (round r6 in `plans/`), files ``ca_`` onwards.

- ``ca_calc_rotated_pillar.pdf``: landscape Calc table, ruled, Pillar | Ref | Action | Owner |
  Timescale | Measure | Status; the Pillar cell merged down all of that pillar's rows with the
  name rotated 90 degrees (reading upwards), no section rows; several measures one per line
  in the cell; status as text, no fill; a key to the owner codes under the table. (Writer's
  HTML import drops ``writing-mode`` on a table cell, so the rotated pillar is a Calc one.)
- ``cb_calc_phases.pdf``: Calc Gantt whose period columns are the plan's three phases,
  "Phase 1 (2024/25)", "Phase 2 (2025/26)", "Phase 3 (2026/27)" (no finer periods), Ref |
  Action | Lead | Success measure | phases | Status; a note under the title that each phase is
  a financial year; a band per pillar; active phases shaded; leads as role names; the status
  as text ("Not started", "In progress", "Complete") on an unfilled cell.
- ``cc_calc_pillar_colours.pdf``: Calc Gantt by financial-year quarter, "Q1 2024/25" ... "Q4
  2025/26", Ref | Action | Owner | quarters | Status; each pillar's band in a light tint and its
  bars in the pillar's own colour (blue, purple, teal, orange; no grey); status as text only; a
  key to the owner codes and to the colours under the grid.
- ``cd_writer_status_dots.pdf``: portrait Writer ruled table, Ref | Action | Lead | Success
  measure | Target date | Status; a shaded section row per pillar; the status cell a "\u25cf"
  coloured red, amber or green (the glyph, no cell fill) before the status word; keys to the
  dots and to the lead codes after the table.
- ``ce_web_label_lines.txt``: a web page copied as text: a breadcrumb, the title and an
  introduction, a heading per pillar, each action a block ("Action 3", the action sentence,
  then "Lead", "Deadline", "Measure" or "Measures", "Status" each on a line above its value),
  blocks separated by blank lines, a footer line.
- ``cf_pdftotext_phases.txt``: what ``pdftotext -layout`` prints for (cb) (written only when
  the PDFs are built, like the earlier ``pdftotext`` renditions; see `PDFTOTEXT_PLANS`).

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
from build_round2 import FIXED_TIME, _esc, _page, _td  # noqa: E402
from plan_data import load_round  # noqa: E402
from plan_model import Item, Plan  # noqa: E402

r6 = load_round("r6")

RAG_COLOURS = {"red": "#FF0000", "amber": "#FFC000", "green": "#00B050"}


def _workbook(path: Path, plan: Plan) -> xlsxwriter.Workbook:
    workbook = xlsxwriter.Workbook(str(path))
    workbook.set_properties({"title": plan.title, "author": plan.institution, "created": FIXED_TIME})
    return workbook


def _lines_needed(texts: Sequence[tuple[str, float]]) -> int:
    """Lines the tallest cell of a row wraps to: (text, column width in characters)."""
    needed = 1
    for text, width in texts:
        lines = 0
        for part in text.split("\n"):
            lines += max(1, -(-int(len(part) * 1.1) // int(width)))
        needed = max(needed, lines)
    return needed


def _status_text(item: Item) -> str:
    return item.status.raw or "" if item.status else ""


# --- (ca) Brindlecombe ---------------------------------------------------------------------------

BRINDLECOMBE_HEADERS = (
    ("Pillar", 7),
    ("Ref", 5),
    ("Action", 48),
    ("Owner", 10),
    ("Timescale", 12),
    ("Measure", 32),
    ("Status", 12),
)


def build_brindlecombe(plan: Plan, path: Path) -> None:
    """(ca) One ruled table; the Pillar cell merged down the pillar's rows, its name turned 90
    degrees; header repeated on every page; the owner key under the table."""
    workbook = _workbook(path, plan)
    sheet = workbook.add_worksheet("Action plan")
    border = {"border": 1, "border_color": "#404040", "valign": "top", "text_wrap": True, "font_size": 10}
    plain = workbook.add_format(border)
    head = workbook.add_format({**border, "bold": True, "bg_color": "#D6DCE4", "valign": "vcenter"})
    pillar = workbook.add_format(
        {**border, "bold": True, "rotation": 90, "align": "center", "valign": "vcenter", "font_size": 11}
    )
    for col, (_, width) in enumerate(BRINDLECOMBE_HEADERS):
        sheet.set_column(col, col, width)
    sheet.write(0, 0, plan.institution, workbook.add_format({"bold": True, "font_size": 14}))
    sheet.write(1, 0, plan.title, workbook.add_format({"bold": True, "font_size": 12}))
    for col, (label, _) in enumerate(BRINDLECOMBE_HEADERS):
        sheet.write(3, col, label, head)
    sheet.set_row(3, 18)
    row = 4
    for section in plan.sections:
        first = row
        for item in section.items:
            measures = "\n".join(item.measures)
            owners = ", ".join(item.owners)
            sheet.write(row, 1, item.ref or "", plain)
            sheet.write(row, 2, item.text, plain)
            sheet.write(row, 3, owners, plain)
            sheet.write(row, 4, item.end.raw if item.end else "", plain)
            sheet.write(row, 5, measures, plain)
            sheet.write(row, 6, _status_text(item), plain)
            lines = _lines_needed([(item.text, 56), (owners, 11), (measures, 36)])
            sheet.set_row(row, 13 * lines + 3)
            row += 1
        sheet.merge_range(first, 0, row - 1, 0, section.heading, pillar)
    row += 1
    small = workbook.add_format({"font_size": 10})
    sheet.write(row, 2, "Owners", workbook.add_format({"bold": True, "font_size": 10}))
    for code, name in plan.legend.items():
        row += 1
        sheet.write(row, 2, f"{code} \u2013 {name}", small)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.7)
    sheet.repeat_rows(3, 3)
    sheet.set_footer("&CPage &P of &N")
    workbook.close()


# --- (cb) Halsway ----------------------------------------------------------------------------------

HALSWAY_NOTE = (
    "Each phase is one financial year, April to March. Shaded cells show the phases in which work on "
    "an action takes place."
)


def phase_label(index: int, month: str) -> str:
    """0, "2024-04" -> "Phase 1 (2024/25)"."""
    year = int(month[:4])
    return f"Phase {index + 1} ({year}/{(year + 1) % 100:02d})"


def build_halsway(plan: Plan, path: Path, phases: Sequence[str] = r6.PHASES) -> None:
    """(cb) Ref | Action | Lead | Success measure | a column per phase | Status: a band per
    pillar, active phases shaded, the status as text on an unfilled cell."""
    workbook = _workbook(path, plan)
    sheet = workbook.add_worksheet("Delivery plan")
    border = {"border": 1, "border_color": "#7F7F7F", "valign": "top", "text_wrap": True, "font_size": 10}
    plain = workbook.add_format(border)
    head = workbook.add_format({**border, "bold": True, "bg_color": "#FCE4D6", "align": "center", "valign": "vcenter"})
    band = workbook.add_format({**border, "bold": True, "bg_color": "#F2F2F2", "font_size": 11})
    shaded = workbook.add_format({**border, "bg_color": "#2E75B6"})
    widths = (5, 46, 20, 28)
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    first = len(widths)
    last = first + len(phases)
    sheet.set_column(first, last - 1, 11)
    sheet.set_column(last, last, 12)
    sheet.write(0, 0, plan.institution, workbook.add_format({"bold": True, "font_size": 14}))
    sheet.write(1, 0, plan.title, workbook.add_format({"bold": True, "font_size": 12}))
    sheet.write(2, 0, HALSWAY_NOTE, workbook.add_format({"italic": True, "font_size": 10}))
    for col, label in enumerate(("Ref", "Action", "Lead", "Success measure")):
        sheet.write(4, col, label, head)
    for offset, month in enumerate(phases):
        sheet.write(4, first + offset, phase_label(offset, month), head)
    sheet.write(4, last, "Status", head)
    sheet.set_row(4, 30)
    row = 5
    for section in plan.sections:
        sheet.merge_range(row, 0, row, last, section.heading, band)
        sheet.set_row(row, 17)
        row += 1
        for item in section.items:
            owners = ", ".join(item.owners)
            measures = "\n".join(item.measures)
            sheet.write(row, 0, item.ref or "", plain)
            sheet.write(row, 1, item.text, plain)
            sheet.write(row, 2, owners, plain)
            sheet.write(row, 3, measures, plain)
            for offset, month in enumerate(phases):
                sheet.write_blank(row, first + offset, None, shaded if month in item.timeline else plain)
            sheet.write(row, last, _status_text(item), plain)
            lines = _lines_needed([(item.text, 46), (owners, 20), (measures, 28)])
            sheet.set_row(row, 13.5 * lines + 4)
            row += 1
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    sheet.repeat_rows(4, 4)
    sheet.set_footer("&CPage &P")
    workbook.close()


# --- (cc) Tarrowby ---------------------------------------------------------------------------------

# Each pillar: (band tint, bar colour, colour name for the key).
TARROWBY_COLOURS = {
    "visibility": ("#DDEBF7", "#2F5597", "blue"),
    "recognition": ("#E9DDF3", "#7030A0", "purple"),
    "career_development": ("#D5F0EE", "#00897B", "teal"),
    "sustainability": ("#FCE4D6", "#E97132", "orange"),
}


def fy_quarter_label(month: str) -> str:
    """ "2024-04" -> "Q1 2024/25", "2025-01" -> "Q4 2024/25"."""
    year, number = (int(p) for p in month.split("-"))
    first_year = year if number >= 4 else year - 1
    quarter = (number - 4) % 12 // 3 + 1
    return f"Q{quarter} {first_year}/{(first_year + 1) % 100:02d}"


def build_tarrowby(plan: Plan, path: Path, quarters: Sequence[str] = r6.TARROWBY_QUARTERS) -> None:
    """(cc) Ref | Action | Owner | quarters | Status; each pillar's band tinted and its bars
    filled in the pillar's colour; the status as text; keys under the grid."""
    workbook = _workbook(path, plan)
    sheet = workbook.add_worksheet("Plan")
    border = {"border": 1, "border_color": "#A6A6A6", "valign": "top", "text_wrap": True, "font_size": 10}
    plain = workbook.add_format(border)
    head = workbook.add_format(
        {**border, "bold": True, "bg_color": "#FFFFFF", "align": "center", "valign": "vcenter", "bottom": 2}
    )
    bands = {
        pillar: workbook.add_format({**border, "bold": True, "bg_color": tint})
        for pillar, (tint, _, _) in TARROWBY_COLOURS.items()
    }
    bars = {
        pillar: workbook.add_format({**border, "bg_color": colour})
        for pillar, (_, colour, _) in TARROWBY_COLOURS.items()
    }
    widths = (5, 52, 11)
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    first = len(widths)
    last = first + len(quarters)
    sheet.set_column(first, last - 1, 8)
    sheet.set_column(last, last, 12)
    sheet.write(0, 0, plan.institution, workbook.add_format({"bold": True, "font_size": 14}))
    sheet.write(1, 0, plan.title, workbook.add_format({"bold": True, "font_size": 12}))
    for col, label in enumerate(("Ref", "Action", "Owner")):
        sheet.write(3, col, label, head)
    for offset, month in enumerate(quarters):
        sheet.write(3, first + offset, fy_quarter_label(month), head)
    sheet.write(3, last, "Status", head)
    sheet.set_row(3, 30)
    row = 4
    for section in plan.sections:
        sheet.merge_range(row, 0, row, last, section.heading, bands[section.pillar])
        row += 1
        for item in section.items:
            owners = ", ".join(item.owners)
            sheet.write(row, 0, item.ref or "", plain)
            sheet.write(row, 1, item.text, plain)
            sheet.write(row, 2, owners, plain)
            for offset, month in enumerate(quarters):
                fmt = bars[section.pillar] if month in item.timeline else plain
                sheet.write_blank(row, first + offset, None, fmt)
            sheet.write(row, last, _status_text(item), plain)
            sheet.set_row(row, 13.5 * _lines_needed([(item.text, 52), (owners, 11)]) + 4)
            row += 1
    small = workbook.add_format({"font_size": 10})
    bold = workbook.add_format({"bold": True, "font_size": 10})
    row += 1
    sheet.write(row, 1, "Owners", bold)
    for code, name in plan.legend.items():
        row += 1
        sheet.write(row, 1, f"{code}: {name}", small)
    row += 2
    sheet.write(row, 1, "Bars are shaded in the colour of the principle they belong to.", small)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    sheet.repeat_rows(3, 3)
    workbook.close()


# --- (cd) Wexcombe ---------------------------------------------------------------------------------

WEXCOMBE_HEADERS = (
    ("Ref", 6),
    ("Action", 35),
    ("Lead", 10),
    ("Success measure", 24),
    ("Target date", 10),
    ("Status", 15),
)
WEXCOMBE_INTRO = (
    "This plan sets out what the university will do over the next three years under each principle of "
    "the Technician Commitment. The status of each action is reported to the University Technical "
    "Committee every term; the coloured marker beside each status is explained below the table."
)
WEXCOMBE_KEY = (
    ("green", "Complete or on track"),
    ("amber", "Under way, with some slippage or risk"),
    ("red", "Not started or delayed"),
)


def _dot(rag: str) -> str:
    return f'<font color="{RAG_COLOURS[rag]}">\u25cf</font>'


def _dot_status(item: Item) -> str:
    if item.status is None:
        return ""
    word = _esc(item.status.raw or "")
    return f"{_dot(item.status.rag)} {word}" if item.status.rag else word


def _measures(values: Sequence[str]) -> str:
    if len(values) > 1:
        return "".join(f"<p>{_esc(v)}</p>" for v in values)
    return _esc(values[0]) if values else ""


def build_wexcombe(plan: Plan) -> str:
    """(cd) One ruled portrait table with section rows; status a coloured dot and a word."""
    body = [
        f"<h1>{_esc(plan.institution)}</h1>",
        f"<h2>{_esc(plan.title)}</h2>",
        f"<p><i>{_esc(plan.subtitle or '')}</i></p>",
        f"<p>{_esc(WEXCOMBE_INTRO)}</p>",
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">',
        "<thead><tr>"
        + "".join(_td(_esc(h), f' width="{w}%" align="left" bgcolor="#D9D9D9"', "th") for h, w in WEXCOMBE_HEADERS)
        + "</tr></thead><tbody>",
    ]
    for section in plan.sections:
        body.append(
            "<tr>"
            + _td(f"<b>{_esc(section.heading)}</b>", f' colspan="{len(WEXCOMBE_HEADERS)}" bgcolor="#EDEDED"')
            + "</tr>"
        )
        for item in section.items:
            cells = [
                _td(_esc(item.ref or "")),
                _td(_esc(item.text)),
                _td(_esc(", ".join(item.owners))),
                _td(_measures(item.measures)),
                _td(_esc(item.end.raw) if item.end else ""),
                _td(_dot_status(item)),
            ]
            body.append('<tr valign="top">' + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    body.append("<h3>Status key</h3>")
    body.extend(f"<p>{_dot(rag)} {_esc(meaning)}</p>" for rag, meaning in WEXCOMBE_KEY)
    body.append("<h3>Leads</h3>")
    body.extend(f"<p>{_esc(code)} \u2013 {_esc(name)}</p>" for code, name in plan.legend.items())
    return _page(plan, body, landscape=False)


# --- (ce) Kilnsey Park -----------------------------------------------------------------------------

KILNSEY_BREADCRUMB = "Home > Working at Kilnsey Park > Technicians > Technician Commitment"
KILNSEY_INTRO = (
    "Kilnsey Park University signed the Technician Commitment in 2019. Our second action plan was "
    "written with the Technician Network and runs for three years. The actions below are grouped under "
    "the four principles of the Commitment; each one names who leads it, when it is due and how we will "
    "know it has worked."
)
KILNSEY_FOOTER = "Page last reviewed: 3 June 2025"


def build_kilnsey_park(plan: Plan) -> str:
    """(ce) A page copied as text: every label and every value on a line of its own."""
    out = [KILNSEY_BREADCRUMB, "", plan.title, plan.institution, "", KILNSEY_INTRO, ""]
    for section in plan.sections:
        out.extend([section.heading, ""])
        for item in section.items:
            out.append(f"Action {item.ref}")
            out.append(" ".join(item.text.split()))
            out.extend(["Lead", ", ".join(item.owners)])
            if item.end:
                out.extend(["Deadline", item.end.raw])
            if len(item.measures) > 1:
                out.extend(["Measures", *item.measures])
            elif item.measures:
                out.extend(["Measure", item.measures[0]])
            if item.status and item.status.raw:
                out.extend(["Status", item.status.raw])
            out.append("")
    out.append(KILNSEY_FOOTER)
    return "\n".join(out) + "\n"


# --- the batch -----------------------------------------------------------------------------------

WRITER_PLANS: tuple[tuple[str, Plan, Callable[[Plan], str]], ...] = (
    ("cd_writer_status_dots", r6.WEXCOMBE, build_wexcombe),
)
CALC_PLANS: tuple[tuple[str, Plan, Callable[[Plan, Path], None]], ...] = (
    ("ca_calc_rotated_pillar", r6.BRINDLECOMBE, build_brindlecombe),
    ("cb_calc_phases", r6.HALSWAY, build_halsway),
    ("cc_calc_pillar_colours", r6.TARROWBY, build_tarrowby),
)
TEXT_PLANS: tuple[tuple[str, Plan, Callable[[Plan], str]], ...] = (
    ("ce_web_label_lines.txt", r6.KILNSEY_PARK, build_kilnsey_park),
)
# Text that poppler's pdftotext prints for a built PDF: (file, PDF stem, -layout, plan), the
# shape of `build_holdout.PDFTOTEXT_PLANS`. The plan shows no colour words, so the gold is the
# text gold (no timeline, no rag).
PDFTOTEXT_PLANS: tuple[tuple[str, str, bool, Plan], ...] = (
    ("cf_pdftotext_phases.txt", "cb_calc_phases", True, r6.HALSWAY),
)
