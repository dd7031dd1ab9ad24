"""Plain-text layout on other forms of a plan: a PDF with no table (read as headings and
lists, heading sizes and indents kept) and a spreadsheet saved as CSV."""

from __future__ import annotations

from pathlib import Path

from extractor import extract
from extractor.layouts.plain_text import parse, pasted_cells_to_lines
from extractor.rows import ColumnRole
from extractor.settings import ExtractionSettings
from extractor.sources import SourceLine, open_source

R = ColumnRole


def test_pdf_outline_gives_sections_themes_and_nested_fields(drawer) -> None:
    d = drawer("prose.pdf")
    d.text(40, 40, "Technician Commitment Action Plan 2031-2034", size=16, bold=True)
    d.text(40, 70, "Recognition", size=13, bold=True)
    d.text(40, 90, "Thank technical staff", size=11, bold=True)
    body = [
        (40, "Action 1. Start a staff award for technical teams and publish"),
        (40, "the winners every year."),
        (60, "\u2022 Lead: HR / TCL"),
        (60, "\u2022 Success measures:"),
        (80, "\u2022 Award held"),
        (80, "\u2022 Nominations from every school"),
        (60, "\u2022 Progress: On track"),
        (40, "Action 2. Thank technicians at graduation."),
        (60, "\u2022 Lead: PVC"),
    ]
    for k, (x, line) in enumerate(body):
        d.text(x, 110 + 12 * k, line)
    d.text(40, 230, "Careers", size=13, bold=True)
    d.text(40, 250, "Action 3. Fund training courses.", size=8)
    d.text(60, 262, "\u2022 Lead: LM", size=8)
    path: Path = d.save()
    with open_source(path) as source:
        rows = parse(source, ExtractionSettings()).rows
    assert [r.cells.get(R.REF) for r in rows] == ["1", "2", "3"]
    assert [" ".join(r.cells[R.ACTION].split()) for r in rows] == [
        "Start a staff award for technical teams and publish the winners every year.",
        "Thank technicians at graduation.",
        "Fund training courses.",
    ]
    assert [r.section for r in rows] == ["Recognition", "Recognition", "Careers"]
    assert [r.cells.get(R.THEME) for r in rows] == ["Thank technical staff", "Thank technical staff", None]
    assert rows[0].cells[R.MEASURE] == "- Award held\n- Nominations from every school"
    assert [r.cells[R.OWNER] for r in rows] == ["HR / TCL", "PVC", "LM"]
    assert rows[0].cells[R.STATUS] == "On track"
    assert {r.provenance.page for r in rows} == {1}


CSV_PLAN = (
    "Northgate College Technician Commitment Action Plan 2031-2033,,,,\r\n"
    ",,,,\r\n"
    "Ref,Action,Lead,Deadline,Status\r\n"
    'A1,"Publish a page on technical teams, with photographs",Comms; HR,Dec 2031,Complete\r\n'
    'A2,"Fund two training places\r\n(one for apprentices)",TCL,Annual,"Delayed, see note"\r\n'
    ",,,,\r\n"
)


def test_csv_records_are_table_rows(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_bytes(CSV_PLAN.encode("utf-8"))
    plan = extract(path)
    assert plan.title == "Northgate College Technician Commitment Action Plan 2031-2033"
    assert [a.ref for a in plan.actions] == ["A1", "A2"]
    assert [a.text for a in plan.actions] == [
        "Publish a page on technical teams, with photographs",
        "Fund two training places (one for apprentices)",
    ]
    assert [a.owners for a in plan.actions] == [["Comms", "HR"], ["TCL"]]
    assert [a.status.raw if a.status else None for a in plan.actions] == ["Complete", "Delayed, see note"]
    assert [a.provenance.line for a in plan.actions] == [4, 5]


# Cells copied from a spreadsheet and pasted into a text file: rows end in CRLF, a cell
# with line breaks is quoted and breaks with LF, quotes inside it are doubled, and the
# Pillar is given on the first row of its group only.
PASTED_PLAN = (
    "Northgate College Technician Commitment Action Plan 2031-2033\t\t\t\t\r\n"
    "Pillar\tRef\tAction\tLead\tSuccess measures\r\n"
    'Visibility\tV1\tRun a "Meet the team" week.\t"Comms Manager\nTechnician Network Chair"\tWeek held\r\n'
    '\tV2\t"Publish technician ""profiles"" monthly."\tComms Manager\t"Twelve profiles\nPage views reported"\r\n'
    "Recognition\tR1\tOpen the staff prizes to technicians.\tHR Director\tTechnicians shortlisted\r\n"
    "\tR2\tThank technicians at graduation.\tProvost\tThanks given each year\r\n"
)


def test_pasted_spreadsheet_cells_are_table_rows(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(PASTED_PLAN.encode("utf-8"))
    plan = extract(path)
    assert plan.title == "Northgate College Technician Commitment Action Plan 2031-2033"
    assert [a.ref for a in plan.actions] == ["V1", "V2", "R1", "R2"]
    assert plan.actions[1].text == 'Publish technician "profiles" monthly.'
    assert plan.actions[0].owners == ["Comms Manager", "Technician Network Chair"]
    assert plan.actions[1].measures == ["Twelve profiles", "Page views reported"]
    # a spreadsheet keeps a merged value in its top row: the rows below take it
    assert [a.pillar for a in plan.actions] == ["visibility", "visibility", "recognition", "recognition"]
    assert [a.provenance.line for a in plan.actions] == [3, 5, 7, 8]


def test_quoted_phrase_in_tab_text_is_not_read_as_a_paste() -> None:
    """PDF-to-text output where a cell opens with a quoted phrase that wraps: the lines stay."""
    lines = [
        SourceLine(number=1, text="Ref\tAction\tLead"),
        SourceLine(number=2, text='1.1\t"Voice of the\tTCL'),
        SourceLine(number=3, text='Staff" survey each year'),
    ]
    assert pasted_cells_to_lines(lines) is None
