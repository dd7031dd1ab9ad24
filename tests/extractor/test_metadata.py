"""Document metadata: institution, title, period and owner legend."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.layouts.plain_text import parse
from extractor.metadata import _title, find_institution, find_legend, find_metadata, find_period
from extractor.settings import ExtractionSettings
from extractor.sources import SourceDocument, SourceLine, open_source


def text_source(text: str, kind: str = "text", metadata: dict[str, str] | None = None) -> SourceDocument:
    page = None if kind == "text" else 1
    return SourceDocument(
        path=Path("plan.txt"),
        display_path="plan.txt",
        kind=kind,
        sha256="0" * 64,
        lines=[SourceLine(number=i, text=t, page=page) for i, t in enumerate(text.split("\n"), start=1)],
        metadata=metadata or {},
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("University of Testford Technician Commitment - 36 month Action plan", "University of Testford"),
        ("Technician Commitment Action Plan for the University of Testford 2031-34", "University of Testford"),
        ("Northmoor Institute of Science", "Northmoor Institute of Science"),
        ("Action plan of Westbury College London, 2031", "Westbury College London"),
        ("University College Testford action plan", "University College Testford"),
        ("Testford Trent University Technician Commitment", "Testford Trent University"),
        ("Institute of Applied Testing: action plan", "Institute of Applied Testing"),
        ("The University of the Testford Coast", "University of the Testford Coast"),
        ("Our university plan", None),
        ("University-wide training for technicians", None),
        ("", None),
        ("UNIVERSITY OF THE NORTH TECHNICIAN COMMITMENT", "University of the North"),
        ("Testford School of Economics action plan", "Testford School of Economics"),
        ("School of Biosciences", None),
    ],
    ids=[
        "university-of",
        "mid-sentence",
        "institute-of",
        "college-with-place",
        "university-college",
        "x-university",
        "institute-first",
        "of-the",
        "lowercase",
        "adjective",
        "empty",
        "capitals",
        "x-school-of",
        "bare-school",
    ],
)
def test_find_institution(line: str, expected: str | None) -> None:
    assert find_institution(line) == expected


@pytest.mark.parametrize(
    ("lines", "columns", "expected"),
    [
        (["Action Plan 2031-2034: 36 month plan (commencing January 2031)"], [], ("2031-01", "2033-12")),
        (["Plan period: October 2031 to September 2034."], [], ("2031-10", "2034-09")),
        (["Runs Aug 2031 - Jul 2034"], [], ("2031-08", "2034-07")),
        (["Plan 2031-34"], ["2031-04", "2031-07", "2031-10", "2032-01"], ("2031-04", "2032-03")),
        (["A three-year plan starting April 2031"], [], ("2031-04", "2034-03")),
        (["Plan 2031-33, from September 2031"], [], ("2031-09", "2033-08")),
        (["Technician Commitment Action Plan 2031-2034"], [], ("2031", "2034")),
        (["No dates at all"], [], (None, None)),
        (["Updated 2031-2099"], [], (None, None)),
    ],
    ids=[
        "commencing-plus-duration",
        "month-range",
        "short-month-range",
        "gantt-columns",
        "word-duration",
        "start-plus-year-range",
        "years-only",
        "none",
        "implausible-range",
    ],
)
def test_find_period(lines: list[str], columns: list[str], expected: tuple[str | None, str | None]) -> None:
    assert find_period(lines, columns) == expected


LEGEND_TEXT = """Action\tWho\tStatus
Do something\tAB\tComplete

Who
AB: Head of Services, Testford
CD Communications Lead
EF, Estates Facilities
GHs - Group Heads
I&J = Inclusion and Justice team

RAG
Action needed - priority 1
"""


def test_find_legend_forms() -> None:
    assert find_legend(LEGEND_TEXT.split("\n")) == {
        "AB": "Head of Services, Testford",
        "CD": "Communications Lead",
        "EF": "Estates Facilities",
        "GHs": "Group Heads",
        "I&J": "Inclusion and Justice team",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "## Key to leads\n\n- TCL: Commitment Lead\n- HR: Human Resources\n",
            {"TCL": "Commitment Lead", "HR": "Human Resources"},
        ),
        ("Owners\nTCL\tCommitment Lead\nHR\tHuman Resources\n", {"TCL": "Commitment Lead", "HR": "Human Resources"}),
        ("Intro\nAB: One\nCD: Two\nEF: Three\n", {"AB": "One", "CD": "Two", "EF": "Three"}),
        ("Intro\nAB: One\nCD: Two\n", {}),
        ("Note: read this\nStatus: draft\n", {}),
        ("Key\nAB Group\n", {"AB": "Group"}),
        ("Key\nAb Group\n", {}),
        (
            "## Key to leads\n\n| Code | Lead |\n| --- | --- |\n| TCL | Commitment Lead |\n| HR | Human Resources |\n",
            {"TCL": "Commitment Lead", "HR": "Human Resources"},
        ),
        ("Key\n| Code | Lead | Since |\n|---|---|---|\n| TCL | Commitment Lead | 2031 |\n", {}),
        ("Key: TCL - Commitment Lead; HR: Human Resources\n", {"TCL": "Commitment Lead", "HR": "Human Resources"}),
        (
            "Owner key: TCL - Commitment Lead | HR - Human Resources\n",
            {"TCL": "Commitment Lead", "HR": "Human Resources"},
        ),
        ("Lead: TCL, HR; PVC\n", {}),
        ("Abbreviations used in this plan\nTCL: Commitment Lead\n", {"TCL": "Commitment Lead"}),
        (
            "Key to leads\nCode Lead\nTCL Commitment Lead\nHR Human Resources\n",
            {"TCL": "Commitment Lead", "HR": "Human Resources"},
        ),
        ("Abbreviations\nAcronym\tMeaning\nTCL\tCommitment Lead\n", {"TCL": "Commitment Lead"}),
        (
            "Appendix A: notes and abbreviations\n  Abbreviation          Meaning\nTCL         Commitment Lead\n",
            {"TCL": "Commitment Lead"},
        ),
    ],
    ids=[
        "markdown-key",
        "tab-separated",
        "unheaded-run",
        "short-unheaded-run",
        "prose-labels",
        "spaced",
        "not-a-code",
        "markdown-table",
        "three-column-table",
        "one-line-key",
        "one-line-owner-key",
        "lead-field-is-no-key",
        "abbreviations-used",
        "key-table-header-row",
        "tab-key-header-row",
        "space-aligned-key-table-under-its-header-row",
    ],
)
def test_find_legend_blocks(text: str, expected: dict[str, str]) -> None:
    assert find_legend(text.split("\n")) == expected


TITLE_BLOCK = """

Technician Commitment

2031-2034: 36 month Action Plan

University of Testford Technician Commitment - 36 month Action plan (commencing January 2031)

Being Seen

Ref\tTheme\tAction\tOwner
1.1\t\tDo a thing\tAB
"""


def test_find_metadata_title_block() -> None:
    source = text_source(TITLE_BLOCK)
    meta = find_metadata(source, parse(source, ExtractionSettings()).rows)
    assert meta.title == "Technician Commitment 2031-2034: 36 month Action Plan"
    assert meta.institution == "University of Testford"
    assert (meta.period_start, meta.period_end) == ("2031-01", "2033-12")
    assert meta.legend == {}
    assert meta.evidence == {"title": "document text", "institution": "document text"}


RUNNING_HEADER = """Testford University | Technician Commitment Action Plan 2031-2034
Testford University
Technician Commitment Action Plan 2031-2034
Some introduction.
\fTestford University | Technician Commitment Action Plan 2031-2034
Ref\tAction\tOwner\tStatus
1.1\tDo a thing\tAB\tDone
"""


def test_running_page_header_is_not_the_title() -> None:
    """pdftotext output: the line printed at the top of every page names the plan but is not its title."""
    source = text_source(RUNNING_HEADER)
    meta = find_metadata(source, parse(source, ExtractionSettings()).rows)
    assert meta.title == "Technician Commitment Action Plan 2031-2034"


def test_find_metadata_pdf_properties_are_a_fallback() -> None:
    source = text_source(
        "Ref Action Owner Deadline\n1 Do a thing AB 2032",
        kind="pdf",
        metadata={"Title": "Technician Commitment Action Plan 2031-2034", "Author": "A Person"},
    )
    meta = find_metadata(source, [])
    assert meta.title == "Technician Commitment Action Plan 2031-2034"
    assert meta.institution is None  # a person's name is never taken for the institution
    assert (meta.period_start, meta.period_end) == ("2031", "2034")
    assert meta.evidence == {"title": "PDF Title"}


def test_institution_named_most_often_when_the_title_block_has_none() -> None:
    text = "Technician Commitment Action Plan\n\nAction\tOwner\tEnd\nVisit Testford College\tAB\t2031\n" + (
        "Printed by the University of Testford\n" * 2
    )
    meta = find_metadata(text_source(text), [])
    assert meta.institution == "University of Testford"
    assert meta.evidence["institution"] == "document text (most named)"


def test_find_metadata_gantt_line_of_dates() -> None:
    dates = "\t".join(["", "01/04/2031", "01/07/2031", "01/10/2031", "01/01/2032"])
    text = f"Action Plan for the Testford Institute 2031-33\nAction\tWho\tStatus\n{dates}\n"
    meta = find_metadata(text_source(text), [])
    assert meta.institution == "Testford Institute"
    assert (meta.period_start, meta.period_end) == ("2031-04", "2032-03")


@pytest.mark.parametrize(
    ("seed_prefix", "gold_name"), [("000_", "southampton"), ("002_", "sussex")], ids=["ref-table", "gantt"]
)
def test_seed_metadata_matches_gold(shared_seeds: Path, shared_plans: Path, seed_prefix: str, gold_name: str) -> None:
    gold = json.loads((shared_plans / f"{gold_name}.gold.json").read_text(encoding="utf-8"))
    seed = next(shared_seeds.glob(f"{seed_prefix}*.txt"))
    with open_source(seed) as source:
        output = parse(source, ExtractionSettings())
        meta = find_metadata(source, output.rows, output.period_columns)
    assert meta.institution == gold["institution"]
    assert meta.title == gold["title"]
    assert {"start": meta.period_start, "end": meta.period_end} == gold["period"]
    assert meta.legend == gold["legend"]


@pytest.mark.parametrize("name", ["southampton", "sussex"])
def test_pdf_metadata_matches_gold(shared_plans: Path, name: str) -> None:
    """The same rules read the PDF's page text (Gantt columns found from the line of dates)."""
    gold = json.loads((shared_plans / f"{name}.gold.json").read_text(encoding="utf-8"))
    with open_source(shared_plans / f"{name}.pdf") as source:
        meta = find_metadata(source, [])
    assert (meta.institution, meta.title) == (gold["institution"], gold["title"])
    assert {"start": meta.period_start, "end": meta.period_end} == gold["period"]
    assert meta.legend == gold["legend"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=30))
def test_never_crashes_and_is_deterministic(lines: list[str]) -> None:
    source = text_source("\n".join(lines))
    first = find_metadata(source, [])
    assert first == find_metadata(source, [])
    for value in (first.period_start, first.period_end):
        assert value is None or len(value) in (4, 7)


def test_pdf_title_is_the_largest_of_the_title_lines(tmp_path: Path) -> None:
    """A running page header naming the plan in small type comes first; the title is the big line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "running-header.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    height = A4[1]
    lines = [
        (40, "Helvetica", 8, "Testford University - Technician Commitment Action Plan 2031 to 2034"),
        (80, "Helvetica-Bold", 18, "Technician Commitment Action Plan 2031 to 2034"),
        (110, "Helvetica", 10, "Testford University"),
        (140, "Helvetica", 10, "Ref  Action  Lead  Deadline"),
        (160, "Helvetica", 10, "1.1  Hold a forum for every technician in the university  TCL  Dec 2031"),
    ]
    for top, font, size, text in lines:
        pdf.setFont(font, size)
        pdf.drawString(50, height - top, text)
    pdf.save()
    with open_source(path) as source:
        meta = find_metadata(source, [])
    assert meta.title == "Technician Commitment Action Plan 2031 to 2034"
    assert meta.institution == "Testford University"


def test_pdf_title_wrapped_onto_a_second_line_in_the_same_size(tmp_path: Path) -> None:
    """A large title that wraps keeps its second line; a same-size institution line does not join."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "wrapped-title.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    height = A4[1]
    lines = [
        (60, "Helvetica-Bold", 16, "Testford University Technician Commitment Action Plan"),
        (80, "Helvetica-Bold", 16, "2031-2034"),
        (110, "Helvetica", 10, "Plan period: January 2031 to December 2034."),
        (140, "Helvetica-Bold", 14, "Visibility"),
        (160, "Helvetica", 10, "1.1 Hold a forum for every technician in the university."),
    ]
    for top, font, size, text in lines:
        pdf.setFont(font, size)
        pdf.drawString(50, height - top, text)
    pdf.save()
    with open_source(path) as source:
        meta = find_metadata(source, [])
    assert meta.title == "Testford University Technician Commitment Action Plan 2031-2034"


def test_find_legend_under_symbol_font_bullets() -> None:
    """A key drawn as a bulleted list whose bullet glyph has no text mapping ("(cid:127)")."""
    lines = ["Owner key", "(cid:127) TCL: Technician Commitment Lead", "(cid:127) HR: Human Resources", "2"]
    assert find_legend(lines) == {"TCL": "Technician Commitment Lead", "HR": "Human Resources"}


BREADCRUMB = """Home > Working here > Technicians > Technician Commitment

Technician Commitment Action Plan 2031 to 2034
University of Testford

Ref\tAction\tOwner
1.1\tDo a thing\tAB
"""


def test_web_page_breadcrumb_is_not_part_of_the_title() -> None:
    source = text_source(BREADCRUMB)
    meta = find_metadata(source, parse(source, ExtractionSettings()).rows)
    assert meta.title == "Technician Commitment Action Plan 2031 to 2034"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            ["Site menu", "Our plan for technicians runs two years. It has four parts.", "Our Technician Commitment"],
            "Our Technician Commitment",
        ),
        (
            ["Technicians Commitment news, May 2024", "During the year we have committed to:"],
            "Technicians Commitment news, May 2024",
        ),
    ],
)
def test_a_sentence_is_never_the_title(head: list[str], expected: str) -> None:
    assert _title(head) == expected
