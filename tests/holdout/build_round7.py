"""Renditions of the seventh hold-out batch (round r7 in `plans/`), files ``da_`` onwards.

- ``da_tabs_wrapped_cells.txt``: tab-separated text as a PDF-to-text tool leaves a ruled
  table, one line per printed line: a row whose Action and Success measure cells wrap runs
  over several lines, the later lines holding only the wrapped cells' next words (the other
  cells empty); pillar rows as the heading followed by empty cells; a page number and the
  header again at each page break, one row split by the break; a "Who" key after the table.
  Dates "Oct-25", "Jan- 2026", "Q3 2025", "2025/26", "01/04/2026", "end of November 2025",
  "6- monthly", "Annual", "Ongoing"; statuses "Action needed - 1/2", "Ongoing/in progress",
  "Complete", "Not started".
- ``db_calc_36_months.pdf``: Calc Gantt, Ref | Action | Lead | Success measure | 36 month
  columns headed "Apr-24" ... "Mar-27" (dates shown as mmm-yy) in one header row | RAG (a
  fill with no text, none where not started); a band per pillar; fitted to one landscape A4
  page, so the type is small; a key to the leads and the RAG colours under the grid.
- ``dc_writer_intro_abbreviations.pdf``: portrait Writer document, two pages of
  introduction, the ruled action table starting part-way down the third page (Ref | Action |
  Owner | Due | Success indicator | Progress; a shaded row per pillar; the header repeated),
  then an "Abbreviations" table (Code | Meaning) holding the owner codes.
- ``dd_writer_sections_themes_note.pdf``: landscape Writer ruled table with section rows
  spanning the table and a merged Theme column, Theme | Ref | Action | Lead | Timescale |
  Measure of success | Status; one italic note row spanning the table between two actions.
- ``de_writer_unruled_two_row_header.pdf``: landscape Writer table with no borders, a two-row
  header ("Target" over "date", "Success" over "measure"), bold pillar rows, some empty
  Owner cells.
- ``df_markdown_subheadings.md``: a web page saved as Markdown, "## Visibility" headings and
  each action a "### 1.1 ..." sub-heading followed by "- Owner:", "- When:", "- How we will
  know:", "- Progress:" bullets.

`build_holdout.py` builds this batch with the others from the tuples below:

    python tests/holdout/build_holdout.py                       # sources, golds and every PDF
    python tests/holdout/build_holdout.py --no-pdf              # sources and golds only
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import xlsxwriter  # noqa: E402
from build_round2 import FIXED_TIME, RAG_FILLS, _esc, _page, _runs, _td, _wrap  # noqa: E402
from plan_data import load_round  # noqa: E402
from plan_model import Item, Plan  # noqa: E402

r7 = load_round("r7")


def _status_text(item: Item) -> str:
    return item.status.raw or "" if item.status else ""


# --- (da) Wyvernholt ---------------------------------------------------------------------------

WYVERNHOLT_HEADERS = ("Ref", "Action", "Success measure", "Lead", "Start", "End", "Status")
# Characters per printed line in the wrapping columns (Action, Success measure); the others fit.
WYVERNHOLT_WIDTHS = {1: 52, 2: 30}
WYVERNHOLT_INTRO = (
    "This plan sets out what Wyvernholt University will do over the next three years to meet the "
    "principles of the Technician Commitment. It was agreed by the Technical Services Board in September "
    "2025 and is reviewed by the Technician Network Committee."
)
WYVERNHOLT_FOOT = "Progress is shown as reported to the Technical Services Board at its last meeting."


def _row_lines(cells: Sequence[str]) -> list[list[str]]:
    """A table row as the printed lines a text tool gives: the wrapping cells' lines side by
    side, every other cell on the first line only."""
    pieces = [_wrap(c, WYVERNHOLT_WIDTHS[i]) if i in WYVERNHOLT_WIDTHS else [c] for i, c in enumerate(cells)]
    height = max(len(p) for p in pieces)
    return [[p[n] if n < len(p) else "" for p in pieces] for n in range(height)]


def build_wyvernholt(plan: Plan) -> str:
    """(da) Title and intro lines, then the table one printed line to a text line; page
    numbers and repeated headers at the page breaks; the key after the table."""
    width = len(WYVERNHOLT_HEADERS)
    header = "\t".join(WYVERNHOLT_HEADERS)
    out = ["", "", plan.institution, "", plan.title, "", WYVERNHOLT_INTRO, "", header]
    page = 1

    def page_break() -> None:
        nonlocal page
        out.extend([str(page), "", header])
        page += 1

    for section in plan.sections:
        out.append(section.heading + "\t" * (width - 1))
        for item in section.items:
            cells = [
                item.ref or "",
                " ".join(item.text.split()),
                "; ".join(item.measures),
                "/".join(item.owners),
                item.start.raw if item.start else "",
                item.end.raw if item.end else "",
                _status_text(item),
            ]
            lines = _row_lines(cells)
            split = r7.WYVERNHOLT_PAGE_BREAKS.get(item.ref or "")
            for index, line in enumerate(lines):
                if split is not None and index == split:
                    page_break()
                out.append("\t".join(line))
    out.extend(["", WYVERNHOLT_FOOT, "", "Who"])
    out.extend(f"{code}: {name}" for code, name in plan.legend.items())
    out.extend(["", str(page)])
    return "\n".join(out) + "\n"


# --- (db) Abbotsmere ---------------------------------------------------------------------------

ABBOTSMERE_RAG_KEY = (
    ("green", "On track"),
    ("amber", "Some risk to delivery"),
    ("red", "Off track: needs attention"),
)


def build_abbotsmere(plan: Plan, path: Path, months: Sequence[str] = r7.ABBOTSMERE_MONTHS) -> None:
    """(db) One header row with a real date per month column shown as "Apr-24", shaded
    months, a colour-only RAG column, band rows per pillar; one landscape page."""
    workbook = xlsxwriter.Workbook(str(path))
    workbook.set_properties({"title": plan.title, "author": plan.institution, "created": FIXED_TIME})
    sheet = workbook.add_worksheet("Gantt")
    border = {"border": 1, "border_color": "#A6A6A6", "valign": "top", "text_wrap": True, "font_size": 8}
    plain = workbook.add_format(border)
    head = workbook.add_format({**border, "bold": True, "bg_color": "#DDEBF7", "valign": "vcenter"})
    month_head = workbook.add_format(
        {**border, "bold": True, "bg_color": "#DDEBF7", "num_format": "mmm-yy", "align": "center", "font_size": 7}
    )
    band = workbook.add_format({**border, "bold": True, "bg_color": "#BDD7EE"})
    shaded = workbook.add_format({**border, "bg_color": "#8EA9DB"})
    rag = {name: workbook.add_format({**border, "bg_color": colour}) for name, colour in RAG_FILLS.items()}
    widths = (4, 40, 9, 22)
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    first = len(widths)
    last = first + len(months)
    sheet.set_column(first, last - 1, 5.4)
    sheet.set_column(last, last, 5)
    sheet.write(0, 0, plan.institution, workbook.add_format({"bold": True, "font_size": 14}))
    sheet.write(1, 0, plan.title, workbook.add_format({"bold": True, "font_size": 11}))
    for col, label in enumerate(("Ref", "Action", "Lead", "Success measure")):
        sheet.write(3, col, label, head)
    for offset, month in enumerate(months):
        year, number = (int(p) for p in month.split("-"))
        sheet.write_datetime(3, first + offset, dt.datetime(year, number, 1), month_head)
    sheet.write(3, last, "RAG", head)
    row = 4
    for section in plan.sections:
        sheet.merge_range(row, 0, row, last, section.heading, band)
        row += 1
        for item in section.items:
            owners = ", ".join(item.owners)
            measure = "; ".join(item.measures)
            sheet.write(row, 0, item.ref or "", plain)
            sheet.write(row, 1, item.text, plain)
            sheet.write(row, 2, owners, plain)
            sheet.write(row, 3, measure, plain)
            for offset, month in enumerate(months):
                sheet.write_blank(row, first + offset, None, shaded if month in item.timeline else plain)
            status = item.status
            sheet.write_blank(row, last, None, rag[status.rag] if status is not None and status.rag else plain)
            lines = max(-(-len(item.text) * 11 // 10 // 40), -(-len(measure) * 11 // 10 // 22), -(-len(owners) // 9), 1)
            sheet.set_row(row, 11 * lines + 3)
            row += 1
    row += 1
    bold = workbook.add_format({"bold": True, "font_size": 8})
    small = workbook.add_format({"font_size": 8})
    sheet.write(row, 1, "Key to leads", bold)
    sheet.write(row, 3, "RAG key", bold)
    key_rows = max(len(plan.legend), len(ABBOTSMERE_RAG_KEY))
    codes = list(plan.legend.items())
    for index in range(key_rows):
        row += 1
        if index < len(codes):
            code, name = codes[index]
            sheet.write(row, 1, f"{code} \u2013 {name}", small)
        if index < len(ABBOTSMERE_RAG_KEY):
            colour, label = ABBOTSMERE_RAG_KEY[index]
            sheet.write_blank(row, 2, None, workbook.add_format({"bg_color": RAG_FILLS[colour], "border": 1}))
            sheet.write(row, 3, label, small)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 1)
    sheet.set_margins(left=0.3, right=0.3, top=0.5, bottom=0.5)
    sheet.set_footer("&L&8Abbotsmere University Technical Services&R&8Updated May 2025")
    workbook.close()


# --- (dc) Kilbarrow ----------------------------------------------------------------------------

KILBARROW_INTRO: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Foreword",
        (
            "Technicians are at the heart of everything the University of Kilbarrow does. They run the "
            "laboratories in which our students learn, build and maintain the instruments our researchers "
            "rely on, look after the studios, workshops and stores that make practical teaching possible, "
            "and bring expertise that no other group of staff holds. When we signed the Technician "
            "Commitment we promised to make that contribution better known, to reward it fairly and to make "
            "sure that the technical workforce of the future is as skilled as the one we have today.",
            "This second action plan builds on what we have learned since we first signed. It was written by "
            "technicians for technicians, and it has the full support of the University Executive. I am "
            "grateful to every member of staff who gave their time to the consultation, and I look forward "
            "to reporting on our progress.",
        ),
    ),
    (
        "About this plan",
        (
            "The plan covers the three academic years from August 2025 to July 2028. It is organised under "
            "the principles of the Technician Commitment, with a fifth group of actions on how the plan "
            "itself is governed. Each action has an owner, a date by which it should be achieved or a note "
            "of how often it recurs, and an indicator that tells us whether it has worked.",
            "Owners are shown by the short codes used across the university's planning documents. The codes "
            "are explained in the table of abbreviations at the end of this document. Where two owners are "
            "named, the first is accountable for the action and the second supports it.",
        ),
    ),
    (
        "Our technical community",
        (
            "Kilbarrow employs a little over three hundred technical staff in six schools and in the central "
            "research facilities. They work in roles ranging from apprentice and laboratory assistant to "
            "senior experimental officer and facility manager, and in fields as different as analytical "
            "chemistry, theatre production, marine engineering and digital media. About a third have worked "
            "at the university for more than fifteen years, and a fifth will reach the age of sixty within "
            "the life of this plan.",
            "Technicians told us that they value the variety of their work and the chance to learn from "
            "colleagues, but that their contribution is often unseen by people outside their own school. "
            "Many said they were unsure how to progress without leaving a job they enjoy, and several teams "
            "worried that skills built up over decades would be lost when long-serving colleagues retire.",
        ),
    ),
    (
        "How we consulted",
        (
            "The Technical Staff Forum ran eight open meetings across the university's three campuses "
            "between January and April 2025, and an online questionnaire that was completed by 187 "
            "technicians. Heads of technical services in each school held follow-up conversations with "
            "their teams, and the draft plan was shared with every technician for comment before it was "
            "submitted to the University Executive.",
            "We also asked academic colleagues, students and the university's external partners how they "
            "see the work of technical staff. Their answers shaped several of the actions on visibility, "
            "in particular the boards at facility entrances and the presence of technicians at open days.",
        ),
    ),
    (
        "What we achieved under our first plan",
        (
            "Our first plan established the Technical Staff Forum, created a technician network with members "
            "in every school, and introduced funding for professional registration. More than sixty "
            "technicians have registered with a professional body since 2021, compared with eleven before "
            "we signed the Commitment. A technician now sits on the University Operations Board, and "
            "technical staff are eligible for every category of the university's staff awards.",
            "Not everything went as planned. The review of technical career paths was delayed by changes "
            "to the university's grading structure, and our apprenticeship scheme recruited fewer people "
            "than we hoped. Both are carried forward into this plan with clearer owners and dates.",
        ),
    ),
    (
        "Our priorities for 2025 to 2028",
        (
            "Three priorities came through most strongly in the consultation. The first is to make the work "
            "of technicians visible to the people who depend on it: students, academic colleagues, visitors "
            "and the wider public. The second is to open clear routes for technicians to develop and progress "
            "without having to leave the technical profession. The third is to protect the specialist skills "
            "that the university relies on by planning ahead for retirements and by bringing new people into "
            "technical careers.",
            "Recognition runs through all three. Technicians asked for their contribution to research and "
            "teaching to be acknowledged as a matter of course, not as a favour, and for professional "
            "registration to be valued by managers as well as by the technicians who achieve it. Several "
            "actions in the plan respond directly to those requests.",
            "We have kept the number of actions small enough to be delivered well. Each was tested with its "
            "owner before the plan was agreed, and each has the resources it needs. Where an action depends "
            "on decisions outside the control of its owner, the dependency is recorded in the Forum's "
            "register of risks and reviewed at each meeting.",
        ),
    ),
    (
        "Acknowledgements",
        (
            "We thank the members of the Technical Staff Forum, the school technical representatives and the "
            "colleagues in HR Partnering, the Learning and Development Unit and the Research and Innovation "
            "Office who helped to draft this plan, and every technician who told us what mattered to them.",
        ),
    ),
    (
        "Equality, diversity and inclusion",
        (
            "Our technical workforce is less diverse than the communities the university serves. Women hold "
            "fewer than a quarter of technical posts in engineering and the physical sciences, and staff from "
            "minority ethnic backgrounds are under-represented at senior technical grades. We will publish "
            "these figures each year alongside our progress report so that technicians can see whether the "
            "actions in this plan are making a difference for everyone.",
            "The actions on recruitment, apprenticeships and progression were checked with the university's "
            "equality network before the plan was agreed. Adverts for technical posts will use plain language "
            "and describe the training on offer, and interview panels for senior technical roles will include "
            "at least one member from outside the recruiting school.",
        ),
    ),
    (
        "Working with partners",
        (
            "Kilbarrow is a member of the regional technical network, which brings together technical staff "
            "from four universities and two further education colleges. Several actions in this plan, "
            "including the leadership course and the summer internships, will be run with partners in the "
            "network so that technicians can meet colleagues who do similar work elsewhere.",
            "We will continue to work with the professional bodies that register technicians, and with the "
            "national centre for technical skills, to make sure our training counts towards recognised "
            "qualifications. Technicians who represent the university in these bodies will have the time to "
            "do so recognised in their workload.",
        ),
    ),
    (
        "Resources",
        (
            "The University Executive has set aside a budget for the life of this plan to pay for "
            "professional registration fees, development time, the leadership course and the apprenticeship "
            "posts. Schools will meet the cost of cover when technicians are released for development. The "
            "budget is held by the Director of Technical Operations and reported to the Operations Board "
            "each year with the progress report.",
        ),
    ),
    (
        "How progress will be monitored",
        (
            "The Director of Technical Operations is accountable to the University Executive for delivering "
            "the plan. The Technical Staff Forum reviews progress at each of its meetings and publishes a "
            "short summary for all technical staff. A full report on progress is made to the University "
            "Operations Board once a year, and the plan is revised in the light of what that report shows.",
            "The Progress column in the table records the position agreed at the most recent review. An "
            "action is marked complete only when the owner has shown that its success indicator has been "
            "met. Actions that are delayed are discussed at the next meeting of the Forum with their owners.",
        ),
    ),
    (
        "Reading the action plan",
        (
            "Actions are numbered within each principle. The Due column gives the month by which an action "
            "should be achieved; actions that happen every year, or that continue throughout the plan, are "
            "shown as annual or ongoing. Success indicators describe what we expect to see when the action "
            "has worked, and will be used by the Forum when it reviews the plan.",
        ),
    ),
)
KILBARROW_HEADERS = (
    ("Ref", 6),
    ("Action", 36),
    ("Owner", 10),
    ("Due", 10),
    ("Success indicator", 24),
    ("Progress", 14),
)


def build_kilbarrow(plan: Plan) -> str:
    """(dc) Title, introduction over two pages, then the action table straight after it (so it
    starts part-way down a page), then the Abbreviations table."""
    body = [
        f"<p><b>{_esc(plan.institution)}</b></p>",
        f"<h1>{_esc(plan.title)}</h1>",
    ]
    for heading, paragraphs in KILBARROW_INTRO:
        body.append(f"<h2>{_esc(heading)}</h2>")
        body.extend(f"<p>{_esc(p)}</p>" for p in paragraphs)
    body.append("<h2>Action plan</h2>")
    body.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
    body.append(
        "<thead><tr>"
        + "".join(_td(_esc(h), f' width="{w}%" bgcolor="#E2EFDA" align="left"', "th") for h, w in KILBARROW_HEADERS)
        + "</tr></thead><tbody>"
    )
    for section in plan.sections:
        body.append(
            "<tr>"
            + _td(f"<b>{_esc(section.heading)}</b>", f' colspan="{len(KILBARROW_HEADERS)}" bgcolor="#F2F2F2"')
            + "</tr>"
        )
        for item in section.items:
            cells = [
                _td(_esc(item.ref or "")),
                _td(_esc(item.text)),
                _td(_esc("/".join(item.owners))),
                _td(_esc(item.end.raw) if item.end else ""),
                _td(_esc("; ".join(item.measures))),
                _td(_esc(_status_text(item))),
            ]
            body.append('<tr valign="top">' + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    body.append("<h2>Abbreviations</h2>")
    body.append('<table border="1" cellspacing="0" cellpadding="4" width="60%">')
    body.append(
        "<thead><tr>"
        + _td("Code", ' width="20%" bgcolor="#E2EFDA" align="left"', "th")
        + _td("Meaning", ' width="80%" bgcolor="#E2EFDA" align="left"', "th")
        + "</tr></thead><tbody>"
    )
    for code, name in plan.legend.items():
        body.append("<tr>" + _td(_esc(code)) + _td(_esc(name)) + "</tr>")
    body.append("</tbody></table>")
    return _page(plan, body, landscape=False, size="10pt")


# --- (dd) Lissendale ---------------------------------------------------------------------------

LISSENDALE_HEADERS = (
    ("Theme", 14),
    ("Ref", 5),
    ("Action", 30),
    ("Lead", 14),
    ("Timescale", 9),
    ("Measure of success", 18),
    ("Status", 10),
)
LISSENDALE_INTRO = (
    "Lissendale University signed the Technician Commitment in 2019. This is our second action plan. It "
    "groups our actions under the principles of the Commitment and, within each, under the themes our "
    "technicians chose at the consultation events held in spring 2024."
)


def _measures_cell(values: Sequence[str]) -> str:
    if len(values) > 1:
        return "".join(f"<p>\u2022 {_esc(v)}</p>" for v in values)
    return _esc(values[0]) if values else ""


def build_lissendale(plan: Plan) -> str:
    """(dd) Section rows spanning the table, Theme merged down its run, a note row spanning the
    whole table before the action it names first."""
    note_ref, note = r7.LISSENDALE_NOTE
    span = len(LISSENDALE_HEADERS)
    body = [
        f"<h1>{_esc(plan.institution)}</h1>",
        f"<h2>{_esc(plan.title)}</h2>",
        f"<p>{_esc(LISSENDALE_INTRO)}</p>",
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">',
        "<thead><tr>"
        + "".join(_td(_esc(h), f' width="{w}%" bgcolor="#D9D9D9" align="left"', "th") for h, w in LISSENDALE_HEADERS)
        + "</tr></thead><tbody>",
    ]
    for section in plan.sections:
        body.append("<tr>" + _td(f"<b>{_esc(section.heading)}</b>", f' colspan="{span}" bgcolor="#FBE4D5"') + "</tr>")
        runs = _runs(section.items)
        for index, item in enumerate(section.items):
            if item.ref == note_ref:
                body.append("<tr>" + _td(f"<i>{_esc(note)}</i>", f' colspan="{span}"') + "</tr>")
            cells = []
            if index in runs:
                cells.append(_td(_esc(item.theme or ""), f' rowspan="{runs[index]}"'))
            cells += [
                _td(_esc(item.ref or "")),
                _td(_esc(item.text)),
                _td(_esc(", ".join(item.owners))),
                _td(_esc(item.end.raw) if item.end else ""),
                _td(_measures_cell(item.measures)),
                _td(_esc(_status_text(item))),
            ]
            body.append('<tr valign="top">' + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    return _page(plan, body, landscape=True)


# --- (de) Tarnbury -----------------------------------------------------------------------------

TARNBURY_HEADERS = (
    ("Ref", "", 5),
    ("Action", "", 40),
    ("Owner", "", 17),
    ("Target", "date", 10),
    ("Success", "measure", 17),
    ("Status", "", 11),
)
TARNBURY_INTRO = (
    "The actions below were agreed by the Institute's Technical Board in March 2025. Where no owner is "
    "shown, the Technical Board will assign one at its next meeting."
)


def build_tarnbury(plan: Plan) -> str:
    """(de) No borders anywhere: two bold header rows, bold pillar rows, whitespace between
    the columns only."""
    body = [
        f"<h1>{_esc(plan.title)}</h1>",
        f"<p><b>{_esc(plan.institution)}</b></p>",
        f"<p>{_esc(TARNBURY_INTRO)}</p>",
        '<table border="0" cellspacing="0" cellpadding="5" width="100%">',
        "<thead><tr>"
        + "".join(_td(_esc(top), f' width="{w}%" align="left"', "th") for top, _, w in TARNBURY_HEADERS)
        + "</tr><tr>"
        + "".join(_td(_esc(bottom), ' align="left"', "th") for _, bottom, _ in TARNBURY_HEADERS)
        + "</tr></thead><tbody>",
    ]
    for section in plan.sections:
        body.append(f'<tr><td colspan="{len(TARNBURY_HEADERS)}"><b>{_esc(section.heading)}</b></td></tr>')
        for item in section.items:
            cells = [
                _td(_esc(item.ref or "")),
                _td(_esc(item.text)),
                _td(_esc(", ".join(item.owners))),
                _td(_esc(item.end.raw) if item.end else ""),
                _td(_esc("; ".join(item.measures))),
                _td(_esc(_status_text(item))),
            ]
            body.append('<tr valign="top">' + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    return _page(plan, body, landscape=True)


# --- (df) Brackwater ---------------------------------------------------------------------------

BRACKWATER_INTRO = (
    "Brackwater University is a signatory of the Technician Commitment. This page sets out the actions "
    "we will take between 2025 and 2028, grouped under the principles of the Commitment. Progress is "
    "updated after each meeting of the Technician Network steering group."
)
BRACKWATER_FOOT = "_Page last updated: 14 October 2025_"


def build_brackwater(plan: Plan) -> str:
    """(df) Title and institution, intro, "## pillar" headings, "### ref action" sub-headings,
    each followed by its labelled bullets."""
    out = [f"# {plan.title}", "", plan.institution, "", BRACKWATER_INTRO, ""]
    for section in plan.sections:
        out.extend([f"## {section.heading}", ""])
        for item in section.items:
            out.extend([f"### {item.ref} {item.text}", ""])
            if item.owners:
                out.append(f"- Owner: {', '.join(item.owners)}")
            if item.end:
                out.append(f"- When: {item.end.raw}")
            for measure in item.measures:
                out.append(f"- How we will know: {measure}")
            if item.status and item.status.raw:
                out.append(f"- Progress: {item.status.raw}")
            out.append("")
    out.extend(["---", "", BRACKWATER_FOOT])
    return "\n".join(out) + "\n"


# --- the batch -----------------------------------------------------------------------------------

WRITER_PLANS: tuple[tuple[str, Plan, Callable[[Plan], str]], ...] = (
    ("dc_writer_intro_abbreviations", r7.KILBARROW, build_kilbarrow),
    ("dd_writer_sections_themes_note", r7.LISSENDALE, build_lissendale),
    ("de_writer_unruled_two_row_header", r7.TARNBURY, build_tarnbury),
)
CALC_PLANS: tuple[tuple[str, Plan, Callable[[Plan, Path], None]], ...] = (
    ("db_calc_36_months", r7.ABBOTSMERE, build_abbotsmere),
)
TEXT_PLANS: tuple[tuple[str, Plan, Callable[[Plan], str]], ...] = (
    ("da_tabs_wrapped_cells.txt", r7.WYVERNHOLT, build_wyvernholt),
    ("df_markdown_subheadings.md", r7.BRACKWATER, build_brackwater),
)
