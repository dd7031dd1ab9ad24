"""Renditions of the fifth hold-out batch (round r5 in `plans/`), files ``ba_`` onwards.

- ``ba_writer_horizontal_rules.pdf``: landscape Writer table ruled with horizontal lines only
  (``frame="hsides" rules="rows"``: a rule above and below the table and between rows, no
  vertical rules at all), Ref | Action | Lead | Start | End | Success measures | Status, a
  bold section row per pillar, status as text with no fill, a key to the lead codes after it.
- ``bb_writer_zebra_rag.pdf``: landscape Writer tables, one per pillar under its heading, a
  dark header row in white bold text, every other body row banded light grey, the Status
  cell filled red, amber or green with "Not started", "In progress" or "Complete" on it.
- ``bc_calc_months_three_pages.pdf``: Calc Gantt over 24 months, Ref | Action | Lead | Start |
  End | a column per month ("Sep" over "2025", under merged "Year 1 (2025/26)" and "Year 2
  (2026/27)") | Status (text on its RAG fill); a band per pillar; the rows run onto a second
  and a third page under the two header rows, repeated as print titles.
- ``bd_text_numbered_fields.txt``: plain text: the title underlined with "=", "1. Visibility"
  headings underlined with "-", each action a "1.1" numbered paragraph wrapped at 78 columns
  with no indent, then "Lead:", "Target date:", "Measure of success:" and "Status:" lines.
- ``be_writer_theme_bullets.pdf``: portrait Writer ruled table, Theme | Ref | Action | Owner |
  Timescale | Success measures; a shaded row per pillar, Theme merged down the actions it
  covers, action cells holding a lead sentence and a bulleted list, several measures as a
  bulleted list; one very long row split by the page break in the middle of its text; the
  header row repeated on page 2.
- ``bf_tabs_quoted_cells.txt``: a spreadsheet range copied as text: tab-separated cells, CRLF
  row ends, cells holding line breaks (owners and measures one per line, an action typed as
  two lines) wrapped in double quotes with LF line breaks inside and their quotes doubled;
  the merged Pillar column holds its name on the pillar's first row only.

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
from build_round2 import (  # noqa: E402
    FIXED_TIME,
    MONTH_NAMES,
    RAG_FILLS,
    _esc,
    _page,
    _runs,
    _td,
    _wrap,
    numbered_headings,
)
from plan_data import load_round  # noqa: E402
from plan_model import Item, Plan  # noqa: E402

r5 = load_round("r5")


def _bullets(values: Sequence[str]) -> str:
    """Several measures as "•" paragraphs in one cell; one measure as plain text."""
    if len(values) > 1:
        return "".join(f"<p>\u2022 {_esc(v)}</p>" for v in values)
    return _esc(values[0]) if values else ""


def _status_cell(item: Item) -> str:
    return _esc(item.status.raw or "") if item.status else ""


# --- (ba) Fenwick Moor -------------------------------------------------------------------------

FENWICK_HEADERS = (
    ("Ref", 5),
    ("Action", 33),
    ("Lead", 9),
    ("Start", 8),
    ("End", 8),
    ("Success measures", 25),
    ("Status", 12),
)


def build_fenwick_moor(plan: Plan) -> str:
    """(ba) One table ruled with horizontal lines only, section rows in bold, key after."""
    body = [
        f"<p><b>{_esc(plan.institution)}</b></p>",
        f"<h1>{_esc(plan.title)}</h1>",
        f"<p><i>{_esc(plan.subtitle or '')}</i></p>",
        '<table border="1" frame="hsides" rules="rows" cellspacing="0" cellpadding="4" width="100%">',
        "<thead><tr>"
        + "".join(_td(_esc(h), f' width="{w}%" align="left"', "th") for h, w in FENWICK_HEADERS)
        + "</tr></thead><tbody>",
    ]
    for section in plan.sections:
        body.append("<tr>" + _td(f"<b>{_esc(section.heading)}</b>", f' colspan="{len(FENWICK_HEADERS)}"') + "</tr>")
        for item in section.items:
            cells = [
                _td(_esc(item.ref or "")),
                _td(_esc(item.text)),
                _td(_esc(", ".join(item.owners))),
                _td(_esc(item.start.raw) if item.start else ""),
                _td(_esc(item.end.raw) if item.end else ""),
                _td(_bullets(item.measures)),
                _td(_status_cell(item)),
            ]
            body.append('<tr valign="top">' + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    body.append("<h3>Key to leads</h3>")
    body.extend(f"<p>{_esc(code)} \u2013 {_esc(name)}</p>" for code, name in plan.legend.items())
    return _page(plan, body, landscape=True)


# --- (bb) Calderbrook --------------------------------------------------------------------------

CALDERBROOK_HEADERS = (
    ("Ref", 5),
    ("Action", 37),
    ("Owner", 16),
    ("Success measure", 22),
    ("Due", 8),
    ("Status", 12),
)
CALDERBROOK_HEAD_FILL = "#1F3864"
CALDERBROOK_BAND = "#E7E6E6"
CALDERBROOK_INTRO = (
    "Each table below lists the actions for one principle of the Technician Commitment. The status "
    "column shows the position agreed at the last meeting of the Technician Commitment Steering Group."
)


def build_calderbrook(plan: Plan) -> str:
    """(bb) A table per pillar: dark header in white bold, banded body rows, RAG-filled status."""
    body = [f"<h1>{_esc(plan.institution)}</h1>", f"<h2>{_esc(plan.title)}</h2>", f"<p>{_esc(CALDERBROOK_INTRO)}</p>"]
    head_attrs = f' bgcolor="{CALDERBROOK_HEAD_FILL}" align="left"'
    for section in plan.sections:
        body.append(f"<h3>{_esc(section.heading)}</h3>")
        body.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
        body.append(
            "<thead><tr>"
            + "".join(
                _td(f'<font color="#FFFFFF"><b>{_esc(h)}</b></font>', f' width="{w}%"{head_attrs}', "th")
                for h, w in CALDERBROOK_HEADERS
            )
            + "</tr></thead><tbody>"
        )
        for index, item in enumerate(section.items):
            band = f' bgcolor="{CALDERBROOK_BAND}"' if index % 2 == 1 else ""
            rag = item.status.rag if item.status else None
            cells = [
                _td(_esc(item.ref or ""), band),
                _td(_esc(item.text), band),
                _td(_esc(", ".join(item.owners)), band),
                _td(_bullets(item.measures), band),
                _td(_esc(item.end.raw) if item.end else "", band),
                _td(_status_cell(item), f' bgcolor="{RAG_FILLS[rag]}"' if rag else band),
            ]
            body.append('<tr valign="top">' + "".join(cells) + "</tr>")
        body.append("</tbody></table>")
    return _page(plan, body, landscape=True)


# --- (bc) Ostrey -------------------------------------------------------------------------------


def build_ostrey(plan: Plan, path: Path, months: Sequence[str] = r5.OSTREY_MONTHS) -> None:
    """(bc) 24 month columns under two year cells, Start/End columns, a band per pillar, the
    two header rows repeated on every page, the rows running over three pages."""
    workbook = xlsxwriter.Workbook(str(path))
    workbook.set_properties({"title": plan.title, "author": plan.institution, "created": FIXED_TIME})
    sheet = workbook.add_worksheet("Delivery plan")
    border = {"border": 1, "border_color": "#808080", "valign": "top", "text_wrap": True, "font_size": 11}
    plain = workbook.add_format(border)
    head = workbook.add_format({**border, "bold": True, "bg_color": "#E2EFDA", "align": "center", "valign": "vcenter"})
    month_head = workbook.add_format({**border, "bold": True, "bg_color": "#E2EFDA", "align": "center", "font_size": 8})
    band = workbook.add_format({**border, "bold": True, "bg_color": "#D9D9D9"})
    shaded = workbook.add_format({**border, "bg_color": "#2F75B5"})
    rag = {name: workbook.add_format({**border, "bg_color": colour}) for name, colour in RAG_FILLS.items()}
    widths = (5, 26, 10, 9, 9)
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    first = len(widths)
    last = first + len(months)
    sheet.set_column(first, last - 1, 4.6)
    sheet.set_column(last, last, 12)
    sheet.write(0, 0, plan.institution, workbook.add_format({"bold": True, "font_size": 14}))
    sheet.write(1, 0, plan.title, workbook.add_format({"bold": True, "font_size": 12}))
    for col, label in enumerate(("Ref", "Action", "Lead", "Start", "End")):
        sheet.merge_range(3, col, 4, col, label, head)
    for year in range(len(months) // 12):
        first_year = int(months[12 * year][:4])
        label = f"Year {year + 1} ({first_year}/{(first_year + 1) % 100:02d})"
        sheet.merge_range(3, first + 12 * year, 3, first + 12 * year + 11, label, head)
    for offset, month in enumerate(months):
        year, number = (int(p) for p in month.split("-"))
        sheet.write_string(4, first + offset, f"{MONTH_NAMES[number - 1]}\n{year}", month_head)
    sheet.merge_range(3, last, 4, last, "Status", head)
    sheet.set_row(4, 28)
    row = 5
    for section in plan.sections:
        sheet.merge_range(row, 0, row, last, section.heading, band)
        row += 1
        for item in section.items:
            owners = ", ".join(item.owners)
            sheet.write(row, 0, item.ref or "", plain)
            sheet.write(row, 1, item.text, plain)
            sheet.write(row, 2, owners, plain)
            sheet.write(row, 3, item.start.raw if item.start else "", plain)
            sheet.write(row, 4, item.end.raw if item.end else "", plain)
            for offset, month in enumerate(months):
                sheet.write_blank(row, first + offset, None, shaded if month in item.timeline else plain)
            status = item.status
            fmt = rag[status.rag] if status is not None and status.rag else plain
            sheet.write(row, last, status.raw or "" if status else "", fmt)
            lines = max(-(-len(item.text) * 12 // 10 // 26), -(-len(owners) // 10), 1)
            sheet.set_row(row, 15 * lines + 4)
            row += 1
    row += 1
    sheet.write(row, 1, "Key to leads", workbook.add_format({"bold": True}))
    for code, name in plan.legend.items():
        row += 1
        sheet.write(row, 1, f"{code}: {name}")
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.7)
    sheet.repeat_rows(3, 4)
    sheet.set_footer("&CPage &P of &N")
    workbook.close()


# --- (bd) Glenarden ----------------------------------------------------------------------------

GLENARDEN_INTRO = (
    "This is the plain text version of our action plan for the Technician Commitment. Actions are "
    "grouped under the four principles of the Commitment and numbered within each. Each action names "
    "the person or team who leads it, the date by which it should be done and how we will know it has "
    "worked."
)


def build_glenarden(plan: Plan) -> str:
    """(bd) Underlined title and numbered headings, numbered action paragraphs wrapped at 78
    columns with no indent, each followed by its labelled lines and a blank line."""
    out = [plan.institution, plan.title, "=" * len(plan.title), ""]
    out.extend(_wrap(GLENARDEN_INTRO, 78))
    out.append("")
    for section in plan.sections:
        heading = section.heading
        out.extend(["", heading, "-" * len(heading), ""])
        for item in section.items:
            out.extend(_wrap(f"{item.ref} {item.text}", 78))
            out.append(f"Lead: {', '.join(item.owners)}")
            if item.end:
                out.append(f"Target date: {item.end.raw}")
            for measure in item.measures:
                out.append(f"Measure of success: {measure}")
            if item.status and item.status.raw:
                out.append(f"Status: {item.status.raw}")
            out.append("")
    return "\n".join(out) + "\n"


# --- (be) Stannerby ----------------------------------------------------------------------------

STANNERBY_HEADERS = (
    ("Theme", 15),
    ("Ref", 6),
    ("Action", 36),
    ("Owner", 10),
    ("Timescale", 11),
    ("Success measures", 22),
)
STANNERBY_INTRO = (
    "The Technician Network and the Technical Services Manager drew up this plan with technical staff "
    "from every faculty. Each action sits under a theme that the network chose, and each names its owner "
    "by the codes listed after the table. Progress is reviewed by the University Operations Committee "
    "every six months.",
    "Where an action has several parts they are listed under it. Success measures are what the Operations "
    "Committee will look for when it reviews the action; an action is closed only when all of its measures "
    "have been met. Timescales give the month by which the action should be complete, or how often it "
    "recurs. Themes group actions that share a purpose and are not in order of priority.",
)


def _action_cell(item: Item) -> str:
    """The action: plain text, or a lead sentence as a paragraph and its items as a list."""
    if item.ref in r5.STANNERBY_BULLETS:
        lead, items = r5.STANNERBY_BULLETS[item.ref]
        if " ".join([lead, *items]) != item.text:
            raise ValueError(f"{item.ref}: the bulleted action does not match its text")
        return f"<p>{_esc(lead)}</p><ul>" + "".join(f"<li>{_esc(i)}</li>" for i in items) + "</ul>"
    return _esc(item.text)


def _measures_list(values: Sequence[str]) -> str:
    if len(values) > 1:
        return "<ul>" + "".join(f"<li>{_esc(v)}</li>" for v in values) + "</ul>"
    return _esc(values[0]) if values else ""


def build_stannerby(plan: Plan) -> str:
    """(be) Portrait ruled table, Theme merged down its run, bulleted action and measure cells,
    a long row broken by the page; the key to the owner codes after the table."""
    body = [
        f"<h1>{_esc(plan.title)}</h1>",
        f"<p><b>{_esc(plan.institution)}</b></p>",
        *(f"<p>{_esc(p)}</p>" for p in STANNERBY_INTRO),
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">',
        "<thead><tr>"
        + "".join(_td(_esc(h), f' width="{w}%" bgcolor="#DEEAF6"', "th") for h, w in STANNERBY_HEADERS)
        + "</tr></thead><tbody>",
    ]
    for section in plan.sections:
        shade = f' colspan="{len(STANNERBY_HEADERS)}" bgcolor="#F2F2F2"'
        body.append("<tr>" + _td(f"<b>{_esc(section.heading)}</b>", shade) + "</tr>")
        runs = _runs(section.items)
        for index, item in enumerate(section.items):
            cells = []
            if index in runs:
                cells.append(_td(_esc(item.theme or ""), f' rowspan="{runs[index]}"'))
            cells.append(_td(_esc(item.ref or "")))
            cells.append(_td(_action_cell(item)))
            cells.append(_td(_esc(", ".join(item.owners))))
            cells.append(_td(_esc(item.end.raw) if item.end else ""))
            cells.append(_td(_measures_list(item.measures)))
            body.append('<tr valign="top">' + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    body.append("<h3>Owners</h3>")
    body.extend(f"<p>{_esc(code)} = {_esc(name)}</p>" for code, name in plan.legend.items())
    return _page(plan, body, landscape=False)


# --- (bf) Holmcroft ----------------------------------------------------------------------------

HOLMCROFT_HEADERS = ("Pillar", "Ref", "Action", "Owner(s)", "Success measures", "Deadline", "Status")
HOLMCROFT_FOOTNOTE = "Status as reported to the Technician Commitment Steering Group."


def _pasted(cell: str) -> str:
    """A cell as a spreadsheet puts it on the clipboard: quoted, quotes doubled, when it holds
    a line break; as it is otherwise."""
    if "\n" in cell:
        return '"' + cell.replace('"', '""') + '"'
    return cell


def build_holmcroft(plan: Plan) -> str:
    """(bf) The sheet's used range copied and pasted: every row as wide as the range."""
    width = len(HOLMCROFT_HEADERS)
    rows: list[list[str]] = [[plan.institution], [plan.title], [], list(HOLMCROFT_HEADERS)]
    for section in plan.sections:
        for index, item in enumerate(section.items):
            text = " ".join(item.text.split())
            cut = r5.HOLMCROFT_LINE_BREAK_AFTER.get(item.ref or "")
            if cut:
                at = text.index(cut) + len(cut)
                text = text[:at] + "\n" + text[at + 1 :]
            rows.append(
                [
                    section.heading if index == 0 else "",
                    item.ref or "",
                    text,
                    "\n".join(item.owners),
                    "\n".join(item.measures),
                    item.end.raw if item.end else "",
                    item.status.raw or "" if item.status else "",
                ]
            )
    rows.extend([[], [HOLMCROFT_FOOTNOTE]])
    return "".join("\t".join(_pasted(c) for c in row + [""] * (width - len(row))) + "\r\n" for row in rows)


# --- the batch -----------------------------------------------------------------------------------

WRITER_PLANS: tuple[tuple[str, Plan, Callable[[Plan], str]], ...] = (
    ("ba_writer_horizontal_rules", r5.FENWICK_MOOR, build_fenwick_moor),
    ("bb_writer_zebra_rag", r5.CALDERBROOK, build_calderbrook),
    ("be_writer_theme_bullets", r5.STANNERBY, build_stannerby),
)
CALC_PLANS: tuple[tuple[str, Plan, Callable[[Plan, Path], None]], ...] = (
    ("bc_calc_months_three_pages", r5.OSTREY, build_ostrey),
)
TEXT_PLANS: tuple[tuple[str, Plan, Callable[[Plan], str]], ...] = (
    ("bd_text_numbered_fields.txt", numbered_headings(r5.GLENARDEN), build_glenarden),
    ("bf_tabs_quoted_cells.txt", r5.HOLMCROFT, build_holmcroft),
)
