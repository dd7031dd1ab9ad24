"""The plain-text layout: tab tables, pipe tables, one cell per line, headings and lists."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.layouts.plain_text import parse
from extractor.rows import ColumnRole, LayoutOutput, RawRow
from extractor.settings import ExtractionSettings
from extractor.sources import SourceDocument, SourceLine, open_source

T = "\t".join


def text_source(text: str, name: str = "plan.txt") -> SourceDocument:
    lines = text.split("\n")
    return SourceDocument(
        path=Path(name),
        display_path=name,
        kind="text",
        sha256="0" * 64,
        lines=[SourceLine(number=i, text=line) for i, line in enumerate(lines, start=1)],
    )


def run(text: str) -> LayoutOutput:
    return parse(text_source(text), ExtractionSettings())


def cells(row: RawRow) -> dict[str, str]:
    return {role.value: value for role, value in row.cells.items()}


def fold(text: str | None) -> str | None:
    return " ".join(text.split()) or None if text is not None else None


HEADER = T(["Ref", "Theme", "Action", "Measure", "Owner", "Start", "End"])

TAB_PLAN = "\n".join(
    [
        "Technician Commitment Action Plan 2031-2034",
        "",
        "Being Seen",
        "",
        "Staff said their work is rarely noticed outside their own building, so these actions change that.",
        "",
        HEADER,
        T(["1.1", "", "Publish a profile series", "Ten profiles a year", "CM", "Jan 2031", "Annual"]),
        T(["1.2", "Show what", "Hold an open day", "Visitors counted", "CM/HR", "Mar 2031", "May 2031"]),
        T(["1.3", "technical staff do", "Credit staff in newsletters", "", "", "Apr 2031", "Ongoing"]),
        "2",
        HEADER,
        T(["2.1", "Thank people", "Start an award", "Award held", "HR", "Apr 2031", "Annual"]),
        "",
        "Growing Skills",
        "",
        HEADER,
        T(["3.1", "Train", "Fund courses", "Budget spent", "LM", "Jan 2032", "Dec 2033", "spare cell"]),
        "",
        "Note: repeating tasks are reviewed every year after their start date.",
    ]
)


def test_tab_table_rows_sections_and_cells() -> None:
    out = run(TAB_PLAN)
    assert [cells(r).get("ref") for r in out.rows] == ["1.1", "1.2", "1.3", "2.1", "3.1"]
    assert [r.section for r in out.rows] == ["Being Seen"] * 4 + ["Growing Skills"]
    first = cells(out.rows[0])
    assert first == {
        "ref": "1.1",
        "theme": "Show what technical staff do",
        "action": "Publish a profile series",
        "measure": "Ten profiles a year",
        "owner": "CM",
        "start": "Jan 2031",
        "end": "Annual",
    }
    assert sorted(cells(out.rows[2])) == ["action", "end", "ref", "start", "theme"]
    assert (out.rows[1].provenance.line, out.rows[1].provenance.end_line) == (9, 9)
    assert cells(out.rows[3])["theme"] == "Thank people"
    assert out.rows[4].unmapped == ("spare cell",)
    assert [(code, where.line if where else None) for code, _, where in out.warnings] == [("unmapped", 18)]


def test_heading_lines_between_rows() -> None:
    """A line printed once between rows is a section; one printed on every page is a running footer."""
    text = "\n".join(
        [
            HEADER,
            T(["1.1", "", "First", "", "", "", ""]),
            "Estates Office",
            T(["1.2", "", "Second", "", "", "", ""]),
            "Being Seen",
            T(["2.1", "", "Third", "", "", "", ""]),
            "Estates Office",
            HEADER,
            T(["2.2", "", "Fourth", "", "", "", ""]),
        ]
    )
    assert [r.section for r in run(text).rows] == [None, None, "Being Seen", "Being Seen"]


def test_crlf_and_mixed_whitespace(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    text = TAB_PLAN.replace("\t1.1\t", "\t 1.1 \t").replace("Publish a profile series", "Publish a  profile series ")
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    with open_source(path) as source:
        rows = parse(source, ExtractionSettings()).rows
    assert len(rows) == 5
    assert cells(rows[0])["action"] == "Publish a  profile series"


@pytest.mark.parametrize("width", [2, 4, 8], ids=["two", "four", "eight"])
def test_tabs_replaced_by_spaces_keep_their_columns(width: int) -> None:
    tabbed = run(TAB_PLAN).rows
    spaced = run(TAB_PLAN.replace("\t", " " * width)).rows
    assert [r.cells for r in spaced] == [r.cells for r in tabbed]
    assert [r.section for r in spaced] == [r.section for r in tabbed]


GANTT_PLAN = "\n".join(
    [
        "Action Plan for the University of Testford 2031-33",
        "",
        T(["Action", "Who", "Prior to 2031", "Phase 1", "", "Phase 2", "", "Status (RAG)"]),
        T(["", "", "", "01/04/2031", "01/10/2031", "01/04/2032", "01/10/2032", ""]),
        T(["Governance", "", "", "", "", "", "", ""]),
        T(["Set up a steering group", "AB/CD", "", "", "", "", "", "Complete"]),
        "",
        T(["Being Seen", "", "", "", "", "", "", ""]),
        T(["Launch a newsletter", "CD", "Drafted last year", "x", "x", "", "", "Action needed - 1"]),
        "",
        "Who",
        "AB: Head of Services",
        "CD Communications Lead",
    ]
)


def test_gantt_rows_period_columns_and_section_rows() -> None:
    out = run(GANTT_PLAN)
    assert out.period_columns == ["2031-04", "2031-10", "2032-04", "2032-10"]
    assert [r.section for r in out.rows] == ["Governance", "Being Seen"]
    assert cells(out.rows[0]) == {"action": "Set up a steering group", "owner": "AB/CD", "status": "Complete"}
    assert out.rows[0].timeline == ()
    assert out.rows[1].timeline == ("2031-04", "2031-10")
    assert cells(out.rows[1])["notes"] == "Drafted last year"


def test_gantt_year_over_quarters_and_marks() -> None:
    """'2031/32' printed once above four quarters: financial-year quarters, marked cells give the timeline."""
    text = "\n".join(
        [
            T(["Action", "Lead", "2031/32", "", "", "", "RAG"]),
            T(["", "", "Q1", "Q2", "Q3", "Q4", ""]),
            T(["Skills 2031 onwards", "", "", "", "", "", ""]),
            T(["Fund training", "LM", "", "X", "X", "", "Green"]),
            T(["Review pay", "HR", "", "", "", "", ""]),
            "",
            T(["", "", "", "", "", "", ""]),
            T(["and publish the outcome", "", "", "", "", "X", ""]),
        ]
    )
    out = run(text)
    assert out.period_columns == ["2031-04", "2031-07", "2031-10", "2032-01"]
    assert [r.section for r in out.rows] == ["Skills 2031 onwards"] * 2
    assert out.rows[0].timeline == ("2031-07", "2031-10")
    assert cells(out.rows[1])["action"] == "Review pay\nand publish the outcome"
    assert out.rows[1].timeline == ("2032-01",)


@pytest.mark.parametrize("width", [3, 4], ids=["three", "four"])
def test_spaced_gantt_keeps_period_columns(width: int) -> None:
    tabbed = run(GANTT_PLAN)
    spaced = run(GANTT_PLAN.replace("\t", " " * width))
    assert spaced.period_columns == tabbed.period_columns
    assert [(r.cells, r.timeline, r.section) for r in spaced.rows] == [
        (r.cells, r.timeline, r.section) for r in tabbed.rows
    ]


def test_row_split_by_page_break_is_joined() -> None:
    text = "\n".join(
        [
            HEADER,
            T(
                [
                    "1.1",
                    "Theme",
                    "Encourage staff to register for a",
                    "Half of staff by the",
                    "OD",
                    "Jan 2031",
                    "Annual",
                ]
            ),
            "3",
            HEADER,
            T(["", "", "researcher identifier.", "end of year two", "", "", ""]),
            T(["1.2", "", "Next action", "", "OD", "", ""]),
        ]
    )
    rows = run(text).rows
    assert len(rows) == 2
    first = cells(rows[0])
    assert first["action"] == "Encourage staff to register for a\nresearcher identifier."
    assert first["measure"] == "Half of staff by the\nend of year two"
    assert (rows[0].provenance.line, rows[0].provenance.end_line) == (2, 5)


PIPE_PLAN = """# Plan

## Recognition

| Ref | Action | Lead | Deadline |
|-----|--------|------|----------|
| R1 | Start an award \\| with a prize | HR | Mar 2032 |
| R2 | Name technicians on papers | <u>RO</u> | 2033 |
"""


def test_markdown_pipe_table() -> None:
    out = run(PIPE_PLAN)
    assert [cells(r) for r in out.rows] == [
        {"ref": "R1", "action": "Start an award | with a prize", "owner": "HR", "end": "Mar 2032"},
        {"ref": "R2", "action": "Name technicians on papers", "owner": "RO", "end": "2033"},
    ]
    assert [r.section for r in out.rows] == ["Recognition", "Recognition"]


WEB_BY_REF = """Northmoor Institute
Technician Commitment Action Plan 2031-2034

Ref
Action
Lead
Deadline
V1
Create a staff hub page
CM
Dec 2031
V2
List technicians in the directory
HR
Q1 2032
Skills
S1
Fund training courses
LM
Annual

Key
LM: Line managers
"""


def test_one_cell_per_line_by_ref() -> None:
    out = run(WEB_BY_REF)
    assert [cells(r) for r in out.rows] == [
        {"ref": "V1", "action": "Create a staff hub page", "owner": "CM", "end": "Dec 2031"},
        {"ref": "V2", "action": "List technicians in the directory", "owner": "HR", "end": "Q1 2032"},
        {"ref": "S1", "action": "Fund training courses", "owner": "LM", "end": "Annual"},
    ]
    assert [r.section for r in out.rows] == [None, None, "Skills"]
    assert (out.rows[0].provenance.line, out.rows[0].provenance.end_line) == (8, 11)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Action\nOwner\nDeadline\n\nHold a forum\nTCL\nMar 2032\n\nWrite a report\nHR\n",
            [["Hold a forum", "TCL", "Mar 2032"], ["Write a report", "HR"]],
            id="blank-separated-rows",
        ),
        pytest.param(
            "Action\nOwner\nDeadline\nHold a forum\nTCL\nMar 2032\nWrite a report\nHR\nJun 2032\n",
            [["Hold a forum", "TCL", "Mar 2032"], ["Write a report", "HR", "Jun 2032"]],
            id="counted-rows",
        ),
    ],
)
def test_one_cell_per_line_without_refs(body: str, expected: list[list[str]]) -> None:
    assert [list(r.cells.values()) for r in run(body).rows] == expected


BULLETS = """# Technician Commitment Action Plan 2031-2034

Introduction text about the plan, which is not an action.

## Visibility

### Being seen

- V1 Create a staff hub page (Owner: CM; By: Dec 2031; Measure: Hub live)
- **V2** List technicians in the directory
  with their skills.
  - Owner: HR
  - Measures:
    - All staff listed
    - Skills searchable
  - Status: On track
  - Notes: depends on the new directory

## Recognition

1. Start an award — Lead: HR | Deadline: Mar 2032
2. Name technicians on papers
   - check with the research office first

Action 4.1: Report progress twice a year
Owner: TCL
Start: Jan 2032

## Key

- CM: Communications
- HR: Human Resources
"""


def test_markdown_lists() -> None:
    rows = run(BULLETS).rows
    got = [cells(r) for r in rows]
    assert got[0] == {
        "ref": "V1",
        "action": "Create a staff hub page",
        "owner": "CM",
        "end": "Dec 2031",
        "measure": "Hub live",
        "theme": "Being seen",
    }
    assert got[1]["action"] == "List technicians in the directory\nwith their skills."
    assert got[1]["measure"] == "- All staff listed\n- Skills searchable"
    assert (got[1]["owner"], got[1]["status"], got[1]["notes"]) == ("HR", "On track", "depends on the new directory")
    assert got[2] == {"ref": "1", "action": "Start an award", "owner": "HR", "end": "Mar 2032"}
    assert got[3]["action"] == "Name technicians on papers\ncheck with the research office first"
    assert got[4] == {"ref": "4.1", "action": "Report progress twice a year", "owner": "TCL", "start": "Jan 2032"}
    assert len(rows) == 5
    assert [r.section for r in rows] == ["Visibility", "Visibility", "Recognition", "Recognition", "Recognition"]
    assert (rows[1].provenance.line, rows[1].provenance.end_line) == (10, 17)


def test_plain_headings_over_lists() -> None:
    rows = run("Visibility\n\n- Make a hub (Lead: CM)\n\nRecognition\n- Start an award\n").rows
    assert [(r.section, cells(r)["action"]) for r in rows] == [
        ("Visibility", "Make a hub"),
        ("Recognition", "Start an award"),
    ]


PROSE = """Technician Commitment Action Plan 2031-2034

Being Seen
Show what technical staff do
Action 1. Film a working week in each faculty and use the films at open days and in
induction for new staff.
\u2022 Lead: CM / TSG
\u2022 Success measures:
\u2022 Films released for all faculties
\u2022 Used at every open day
\u2022 Progress: On track
Bring technicians into decisions
Action 2. Reserve two committee places for elected technicians.
\u2022 Lead: TCC
\u2022 Timescale: 2032/33
"""


def test_action_paragraphs_own_the_bullets_below_them() -> None:
    """PDF text loses list indents: bullets after an 'Action N.' paragraph are its fields."""
    rows = run(PROSE).rows
    assert [cells(r) for r in rows] == [
        {
            "ref": "1",
            "action": "Film a working week in each faculty and use the films at open days and in\n"
            "induction for new staff.",
            "owner": "CM / TSG",
            "measure": "- Films released for all faculties\n- Used at every open day",
            "status": "On track",
            "theme": "Show what technical staff do",
        },
        {
            "ref": "2",
            "action": "Reserve two committee places for elected technicians.",
            "owner": "TCC",
            "end": "2032/33",
            "theme": "Bring technicians into decisions",
        },
    ]
    assert [r.section for r in rows] == ["Being Seen", "Being Seen"]


def test_headerless_table_is_guessed_with_warning() -> None:
    rows = [
        T(["1", "Write a long action sentence here", "HR", "Mar 2031", "Annual", "A measure of success", "Complete"]),
        T(["2", "Another action of some length", "CM/HR", "Q2 2031", "Ongoing", "Another measure", "On track"]),
        T(["3", "A third action", "TCL", "01/05/2031", "Dec 2031", "Third measure here", "Action needed - 1"]),
    ]
    out = run("Title line\n\n" + "\n".join(rows) + "\n\n- a stray bullet")
    assert [cells(r) for r in out.rows][1] == {
        "ref": "2",
        "action": "Another action of some length",
        "owner": "CM/HR",
        "start": "Q2 2031",
        "end": "Ongoing",
        "measure": "Another measure",
        "status": "On track",
    }
    assert len(out.rows) == 3
    assert [w[0] for w in out.warnings] == ["no_header"]


def test_text_tables_are_told_about_as_any_table() -> None:
    """Text under no field is warned about once per column, and the plan's Gantt periods are
    every table's, as for a document's or a PDF's tables."""
    gantt = [T(["Action", "Lead", "Budget", "Q1 2031", "Q2 2031"]), T(["Run a course", "HR", "5000", "X", ""])]
    gantt += [T(["Hold a fair", "CM", "200", "", "X"]), T(["Action", "Lead", "Q1 2032"]), T(["Name a lab", "HR", "X"])]
    out = run("\n".join(gantt))
    assert [r.unmapped for r in out.rows] == [("5000",), ("200",), ()]
    assert [(code, message) for code, message, _ in out.warnings] == [
        ("unmapped", "text in column 'Budget' fits no field; kept as unmapped")
    ]
    assert out.period_columns == ["2031-01", "2031-04", "2032-01"]


def test_rows_before_the_first_header_are_skipped_with_warning() -> None:
    out = run(T(["Draft", "v2"]) + "\n" + HEADER + "\n" + T(["1.1", "", "Act", "", "", "", ""]))
    assert len(out.rows) == 1
    assert [w[0] for w in out.warnings] == ["rows_without_header"]


def test_pdf_lines_keep_their_page() -> None:
    source = text_source(HEADER + "\n" + T(["1.1", "", "Act", "", "", "", ""]))
    source.kind = "pdf"
    source.lines = [SourceLine(number=line.number, text=line.text, page=2) for line in source.lines]
    row = parse(source, ExtractionSettings()).rows[0]
    assert (row.provenance.page, row.provenance.pages, row.provenance.line) == (2, [2], 2)


@pytest.mark.parametrize(
    ("seed_prefix", "gold_name"), [("000_", "southampton"), ("002_", "sussex")], ids=["ref-table", "gantt"]
)
def test_seed_rows_match_gold(shared_seeds: Path, shared_plans: Path, seed_prefix: str, gold_name: str) -> None:
    """Every gold action once, in reading order, with its ref, section, theme and raw cells."""
    seed = next(shared_seeds.glob(f"{seed_prefix}*.txt"))
    gold = json.loads((shared_plans / f"{gold_name}.gold.json").read_text(encoding="utf-8"))
    with open_source(seed) as source:
        rows = parse(source, ExtractionSettings()).rows
    assert len(rows) == len(gold["actions"])
    for row, action in zip(rows, gold["actions"], strict=True):
        got = {role: row.cells.get(role) for role in ColumnRole}
        assert got[ColumnRole.REF] == action["ref"]
        assert row.section == action["section"]
        assert fold(got[ColumnRole.THEME]) == action["theme"]
        assert fold(got[ColumnRole.ACTION]).replace("e- learning", "e-learning") == action["text"]
        assert fold(got[ColumnRole.NOTES]) == action["notes"]
        assert bool(got[ColumnRole.MEASURE]) == bool(action["measures"])
        assert bool(got[ColumnRole.OWNER]) == bool(action["owners"])
        for role, key in ((ColumnRole.START, "start"), (ColumnRole.END, "end"), (ColumnRole.STATUS, "status")):
            assert fold(got[role]) == (action[key] or {}).get("raw")


def test_long_file_is_linear() -> None:
    """About 1.5 MB of rows: far more than any plan, and still quick."""
    block = "\n".join(
        [
            HEADER,
            *(T([f"{n}.1", "Theme", "Do a thing " * 8, "Measure", "HR", "Jan 2031", "Annual"]) for n in range(50)),
            "Heading Line",
            "",
        ]
    )
    text = block * 120
    started = time.perf_counter()
    rows = run(text).rows
    elapsed = time.perf_counter() - started
    assert len(rows) == 6000
    assert elapsed < 30, f"took {elapsed:.1f}s"


TOKENS = [*"ab A1.-:|#*()\t\r xQ2", "Action", "Owner", "Ref", "Who", "Status", "01/04/2031", "- ", "## ", "1.1 "]
line_text = st.lists(st.sampled_from(TOKENS), max_size=20).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(line_text, max_size=30))
def test_never_crashes_and_is_deterministic(lines: list[str]) -> None:
    text = "\n".join(lines)
    first = run(text)
    second = run(text)
    assert first == second
    for row in first.rows:
        assert all(isinstance(v, str) and v for v in row.cells.values())
        assert (row.provenance.line or 0) >= 1


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_never_crashes_on_any_text(text: str) -> None:
    assert run(text) == run(text)


BOLD_SECTION_ROWS = """| Objective | Action | Owner(s) | Deadline |
|:--|:--|:--|:--|
| **Visibility** | | | |
| Raise the profile | Publish a booklet on technical teams. | HR & Comms | Jan 2031 |
| **Recognition** | | | |
| Reward good practice | Start a staff prize. | HR | Jun 2031 |
"""


def test_bold_pipe_row_over_a_theme_column_is_a_section() -> None:
    """A pipe-table row whose first cell alone holds bold text is a section row, even when the
    first column is the Objective (theme) column."""
    rows = run(BOLD_SECTION_ROWS).rows
    assert [(r.section, r.cells[ColumnRole.THEME]) for r in rows] == [
        ("Visibility", "Raise the profile"),
        ("Recognition", "Reward good practice"),
    ]


def test_column_aligned_text_is_read_by_position() -> None:
    """pdftotext -layout output (a page break, wrapped cells, an empty merged cell) goes to the
    position reader: each wrapped row is one action."""
    text = (
        "Ref   Action                    Owner     Status\n"
        "1.1   Publish a booklet about   HR        Done\n"
        "      the technical teams.\n"
        "1.2   Start a staff prize for   HR, TCL   On track\n"
        "      technicians.\n"
        "\f1.3   Name technicians in       TCL       Delayed\n"
        "      papers.\n"
    )
    rows = run(text).rows
    assert [(r.cells[ColumnRole.REF], fold(r.cells[ColumnRole.ACTION])) for r in rows] == [
        ("1.1", "Publish a booklet about the technical teams."),
        ("1.2", "Start a staff prize for technicians."),
        ("1.3", "Name technicians in papers."),
    ]


def test_en_dash_sub_bullets_are_labelled_fields() -> None:
    text = "\n".join(
        [
            "Visibility",
            "",
            "\u2022 V1 Run a termly forum for technicians.",
            "   \u2013 Owner: TCL",
            "   \u2013 By: Mar 2031",
            "\u2022 V2 Publish a profile of a technician every month.",
            "   \u2013 Owner: CM",
        ]
    )
    got = [cells(r) for r in run(text).rows]
    assert got == [
        {"ref": "V1", "action": "Run a termly forum for technicians.", "owner": "TCL", "end": "Mar 2031"},
        {"ref": "V2", "action": "Publish a profile of a technician every month.", "owner": "CM"},
    ]


def test_pdf_list_page_number_is_not_part_of_the_last_item(tmp_path: Path) -> None:
    """A bulleted PDF: the page number at the foot of a page stays out of the item above it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "bullets.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    height = A4[1]
    lines = [
        (60, 50, "Helvetica-Bold", 14, "Visibility"),
        (90, 50, "Helvetica", 10, "\u2022 V1 Run a termly forum for technicians."),
        (105, 66, "Helvetica", 10, "\u2013 Owner: TCL"),
        (120, 66, "Helvetica", 10, "\u2013 By: Mar 2031"),
        (820, 540, "Helvetica", 8, "1"),
    ]
    for top, x, font, size, text in lines:
        pdf.setFont(font, size)
        pdf.drawString(x, height - top, text)
    pdf.save()
    with open_source(path) as source:
        rows = parse(source, ExtractionSettings()).rows
    assert [cells(r) for r in rows] == [
        {"ref": "V1", "action": "Run a termly forum for technicians.", "owner": "TCL", "end": "Mar 2031"}
    ]


WRAPPED_NAMES = (
    "Ref\tAction\tLead\tEnd\n"
    "Visibility\t\t\t\n"
    "1.1\tReport the number of registered technicians to the University\tHTS\tQ3 2025\n"
    "\tExecutive.\t\t\n"
    "1.2\tHold a showcase during research week, with posters\tTNC\tAnnual\n"
    "\tand demonstrations.\t\t\n"
    "1.3\tThank technicians at graduation.\tPVC\tJuly 2026\n"
)


def test_first_section_under_the_header_and_wrapped_lines_that_start_with_a_name() -> None:
    """ "Visibility" just under the header opens a section (it is not a second header row),
    and a wrapped line with no ref and only text goes on from the row above, capital or not."""
    rows = run(WRAPPED_NAMES).rows
    assert [(cells(r)["ref"], r.section) for r in rows] == [
        ("1.1", "Visibility"),
        ("1.2", "Visibility"),
        ("1.3", "Visibility"),
    ]
    assert fold(rows[0].cells[ColumnRole.ACTION]) == (
        "Report the number of registered technicians to the University Executive."
    )
