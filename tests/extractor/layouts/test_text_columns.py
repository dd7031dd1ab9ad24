"""Column-aligned text (pdftotext -layout): read by word position, like an unruled table."""

from __future__ import annotations

import pytest

from extractor.layouts.text_columns import lines_to_pages, looks_column_aligned, parse_aligned_lines
from extractor.rows import ColumnRole
from extractor.sources import SourceLine

R = ColumnRole

# A two-row header with a group label ("Timescale" over "Start" | "End"), a section line at the
# left margin, wrapped cells, an empty merged Theme cell, a page break with a running header,
# the header repeated and a merged Theme cell going on over the break with no text.
COLUMNS = (0, 9, 28, 51, 61, 70, 81)


def row(*cells: str) -> str:
    """A line with each cell at its column's character position."""
    line = ""
    for start, text in zip(COLUMNS, cells, strict=False):
        if text:
            line = line.ljust(start if not line else max(start, len(line) + 1)) + text
    return line


HEADER = [
    "Testford University | Action Plan 2031-2034",
    "",
    " " * 61 + "Timescale",
    row(" Ref", " Theme", "  Action", "Lead", "", "", "Status"),
    row("", "", "", "", "Start", "End"),
]
LAYOUT = "\n".join(
    [
        *HEADER,
        "Visibility",
        row("V1", "Show technical", "Publish a profile of", "TCL", "Jan", "Dec", "Complete"),
        row("", "work to staff", "a technician every", "", "2031", "2031"),
        row("", "", "month on the intranet."),
        row("V2", "", "Open the workshops to", "HR, TCL", "Mar", "Jun", "On track"),
        row("", "", "visitors once a year.", "", "2031", "2032"),
        "Recognition",
        row("R1", "Thank technical", "Start a staff award", "HR", "Sep", "Annually", "Not started"),
        row("", "teams", "for technical teams.", "", "2031"),
        "\f" + HEADER[0],
        *HEADER[1:],
        row("R2", "", "Name technicians in", "TCL", "Jan", "Jul", "Delayed"),
        row("", "", "papers and reports.", "", "2032", "2032"),
        " " * 50 + "Page 2 of 2",
        "",
    ]
)


def lines_of(text: str) -> list[SourceLine]:
    return [SourceLine(number=i, text=t) for i, t in enumerate(text.split("\n"), start=1)]


def test_layout_text_is_read_by_position() -> None:
    output = parse_aligned_lines(lines_of(LAYOUT))
    found = [
        (
            r.cells.get(R.REF),
            r.section,
            r.cells.get(R.THEME),
            " ".join(r.cells[R.ACTION].split()),
            r.cells.get(R.OWNER),
            " ".join(r.cells.get(R.START, "").split()),
            " ".join(r.cells.get(R.END, "").split()),
            r.cells.get(R.STATUS),
        )
        for r in output.rows
    ]
    assert found == [
        (
            "V1",
            "Visibility",
            "Show technical\nwork to staff",
            "Publish a profile of a technician every month on the intranet.",
            "TCL",
            "Jan 2031",
            "Dec 2031",
            "Complete",
        ),
        (
            "V2",
            "Visibility",
            "Show technical\nwork to staff",
            "Open the workshops to visitors once a year.",
            "HR, TCL",
            "Mar 2031",
            "Jun 2032",
            "On track",
        ),
        (
            "R1",
            "Recognition",
            "Thank technical\nteams",
            "Start a staff award for technical teams.",
            "HR",
            "Sep 2031",
            "Annually",
            "Not started",
        ),
        (
            "R2",
            "Recognition",
            "Thank technical\nteams",
            "Name technicians in papers and reports.",
            "TCL",
            "Jan 2032",
            "Jul 2032",
            "Delayed",
        ),
    ]
    assert [r.provenance.line for r in output.rows] == [7, 10, 13, 20]


def test_running_header_dropped_and_pages_cut_at_form_feeds() -> None:
    pages, numbers = lines_to_pages(lines_of(LAYOUT))
    assert len(pages) == 2
    assert [rows[0] for rows in numbers] == [3, 17]  # the running header and blank lines are dropped
    assert not any(w.text == "Testford" for page in pages for w in page.words)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(LAYOUT, True, id="pdftotext-layout"),
        pytest.param("Ref\tAction\tOwner\n1\tDo it\tHR\n", False, id="tab-separated"),
        pytest.param("# Plan\n\n- Do a thing\n- Do another\n", False, id="markdown-list"),
        pytest.param("", False, id="empty"),
    ],
)
def test_looks_column_aligned(text: str, expected: bool) -> None:
    assert looks_column_aligned(lines_of(text)) is expected


def test_margin_heading_right_over_the_header_is_a_section() -> None:
    """Blank lines are not kept, so a one-word heading sits on the line above the header, its
    middle over the Action label; it is a section heading, not a wrapped header line."""
    cols = (0, 40, 52, 66)

    def line(*cells: str) -> str:
        out = ""
        for start, text in zip(cols, cells, strict=True):
            out = out.ljust(start) + text
        return out

    header = line("Action", "Owner", "Deadline", "Measure of success")
    text = "\n".join(
        [
            "Visibility",
            header,
            line("Run a termly forum for technicians", "TCL", "Mar 2031", "Three forums a year"),
            line("with the research office.", "", "", ""),
            "",
            "Recognition",
            header,
            line("Start a staff award for technical", "HR", "Annual", "Award given each year"),
            line("teams.", "", "", ""),
        ]
    )
    rows = parse_aligned_lines(lines_of(text)).rows
    assert [(r.section, r.cells.get(R.OWNER)) for r in rows] == [("Visibility", "TCL"), ("Recognition", "HR")]
