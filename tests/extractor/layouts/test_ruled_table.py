from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from layout_pdfs import GREEN, RED, Cell
from paths import SAMPLES_DIR

from extractor.layouts.ruled_table import parse
from extractor.rows import ColumnRole, LayoutOutput
from extractor.settings import ExtractionSettings
from extractor.sources import open_source

R = ColumnRole
HEADER = [[Cell(t, bold=True) for t in ("Ref", "Theme", "Action", "Success measure", "Lead", "Start", "Finish")]]
WIDTHS = [40, 130, 250, 160, 70, 60, 60]


def read(path: Path) -> LayoutOutput:
    with open_source(path) as source:
        return parse(source, ExtractionSettings())


def fold(text: str | None) -> str | None:
    if text is None:
        return None
    return " ".join(re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text).split())


def row(ref: str, action: str, *, theme: str | Cell | None = "", lead: str = "TCL") -> list:
    return [ref, theme, action, f"Measure for {ref}", lead, "Jan 2024", "Dec 2024"]


# --- the shared plan: Word-style ruled table with merged Theme cells ---------------------


@pytest.fixture(scope="module")
def southampton() -> tuple[LayoutOutput, list[dict]]:
    from paths import SHARED_PLANS

    pdf = SHARED_PLANS / "southampton.pdf"
    if not pdf.is_file():
        pytest.skip(f"gold plans not found at {SHARED_PLANS}")
    gold = json.loads((SHARED_PLANS / "southampton.pdf.gold.json").read_text(encoding="utf-8"))["actions"]
    return read(pdf), gold


@pytest.mark.shared
def test_shared_ruled_plan_every_action_once_in_order(southampton: tuple[LayoutOutput, list[dict]]) -> None:
    output, gold = southampton
    assert [r.cells.get(R.REF) for r in output.rows] == [a["ref"] for a in gold]
    assert output.warnings == []


@pytest.mark.shared
@pytest.mark.parametrize(
    ("field", "role"),
    [
        pytest.param("text", R.ACTION, id="text"),
        pytest.param("theme", R.THEME, id="theme-merged-cells"),
        pytest.param("start", R.START, id="start"),
        pytest.param("end", R.END, id="end"),
    ],
)
def test_shared_ruled_plan_cells(southampton: tuple[LayoutOutput, list[dict]], field: str, role: ColumnRole) -> None:
    output, gold = southampton
    for raw, action in zip(output.rows, gold, strict=True):
        want = action[field]["raw"] if isinstance(action[field], dict) else action[field]
        assert fold(raw.cells.get(role)) == want, action["ref"]


@pytest.mark.shared
def test_shared_ruled_plan_sections_measures_owners(southampton: tuple[LayoutOutput, list[dict]]) -> None:
    output, gold = southampton
    for raw, action in zip(output.rows, gold, strict=True):
        assert raw.section == action["section"], action["ref"]
        measure = fold(raw.cells.get(R.MEASURE)) or ""
        assert all(m in measure for m in action["measures"]), action["ref"]
        owners = fold(raw.cells.get(R.OWNER)) or ""
        assert all(o in owners for o in action["owners"]), action["ref"]
        assert raw.provenance.page is not None
        assert raw.provenance.bbox is not None


# --- small plans drawn for one case each -------------------------------------------------


def test_merged_theme_cell_repeats_onto_every_row_it_spans(drawer) -> None:
    d = drawer("merged.pdf")
    d.heading("Visibility")
    rows = [
        row("1.1", "Publish technician profiles.", theme=Cell("Raise the profile of technicians", rowspan=3)),
        row("1.2", "Hold a yearly showcase.", theme=None),
        row("1.3", "Name technicians on facility pages.", theme=None),
        row("1.4", "Credit technicians in papers.", theme="Credit technical work"),
    ]
    d.table(WIDTHS, HEADER, rows)
    output = read(d.save())
    assert [r.cells.get(R.THEME) for r in output.rows] == ["Raise the profile of technicians"] * 3 + [
        "Credit technical work"
    ]
    assert {r.section for r in output.rows} == {"Visibility"}


def test_repeated_header_and_section_headings_between_tables(drawer) -> None:
    d = drawer("sections.pdf")
    d.heading("Recognition")
    d.paragraph("Why these actions matter, in a sentence or two of plain introduction text.")
    d.table(WIDTHS, HEADER, [row(f"1.{i}", f"Recognition action number {i}.") for i in range(1, 4)])
    d.new_page()
    d.table(WIDTHS, HEADER, [row("1.4", "A fourth recognition action on the next page.")])
    d.heading("Sustainability")
    d.table(WIDTHS, HEADER, [row("2.1", "Start an apprenticeship scheme.")])
    output = read(d.save())
    assert [r.cells[R.REF] for r in output.rows] == ["1.1", "1.2", "1.3", "1.4", "2.1"]
    assert [r.section for r in output.rows] == ["Recognition"] * 4 + ["Sustainability"]
    assert [r.provenance.page for r in output.rows] == [1, 1, 1, 2, 2]


def test_section_row_spanning_the_table(drawer) -> None:
    d = drawer("span.pdf")
    rows = [
        [Cell("Career Development", bold=True, colspan=7)],
        row("3.1", "Fund professional registration."),
        [Cell("Sustainability", bold=True, colspan=7)],
        row("4.1", "Start an apprenticeship scheme."),
    ]
    d.table(WIDTHS, HEADER, rows)
    output = read(d.save())
    assert [(r.cells[R.REF], r.section) for r in output.rows] == [
        ("3.1", "Career Development"),
        ("4.1", "Sustainability"),
    ]


def test_row_split_across_a_page_break_is_joined(drawer) -> None:
    d = drawer("split.pdf")
    filler = [row(f"1.{i}", f"Action {i} with a short description.") for i in range(1, 4)]
    long_text = " ".join(f"Sentence {i} of a very long action that runs over the page break." for i in range(50))
    d.table(WIDTHS, HEADER, [*filler, row("1.4", long_text), row("1.5", "The action after it.")], split_rows=True)
    output = read(d.save())
    refs = [r.cells[R.REF] for r in output.rows]
    assert refs == ["1.1", "1.2", "1.3", "1.4", "1.5"]
    joined = output.rows[3]
    assert fold(joined.cells[R.ACTION]) == long_text
    assert joined.provenance.pages == [1, 2]
    assert joined.provenance.page == 1


def test_blank_theme_at_the_top_of_a_continued_page_keeps_the_merged_text(drawer) -> None:
    d = drawer("carry.pdf")
    rows = [row("1.1", "Action 1.", theme="First theme")]
    rows.append(row("1.2", "Action 2.", theme=Cell("Long running theme", rowspan=2)))
    rows.append(row("1.3", "Action 3.", theme=None))
    d.table(WIDTHS, HEADER, rows)
    d.new_page()
    d.table(WIDTHS, HEADER, [row("1.4", "Action on the next page.", theme=""), row("1.5", "Own theme.", theme="New")])
    output = read(d.save())
    assert [r.cells.get(R.THEME) for r in output.rows] == [
        "First theme",
        "Long running theme",
        "Long running theme",
        "Long running theme",
        "New",
    ]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        pytest.param(
            ["Lead", "Objective", "Planned action", "KPI", "No.", "Target date"],
            {
                R.OWNER: "TCL",
                R.THEME: "Theme text",
                R.ACTION: "Do the thing.",
                R.MEASURE: "KPI text",
                R.REF: "7",
                R.END: "Mar 2025",
            },
            id="reordered-synonyms",
        ),
        pytest.param(
            ["#", "Activity", "Who", "By when", "Evidence"],
            {R.REF: "7", R.ACTION: "Theme text", R.OWNER: "Do the thing.", R.END: "KPI text", R.MEASURE: "TCL"},
            id="hash-activity-who",
        ),
    ],
)
def test_columns_are_mapped_by_meaning_not_position(drawer, headers: list[str], expected: dict) -> None:
    d = drawer("order.pdf")
    values = {
        "Lead": "TCL",
        "Objective": "Theme text",
        "Planned action": "Do the thing.",
        "KPI": "KPI text",
        "No.": "7",
        "Target date": "Mar 2025",
        "#": "7",
        "Activity": "Theme text",
        "Who": "Do the thing.",
        "By when": "KPI text",
        "Evidence": "TCL",
    }
    widths = [700 / len(headers)] * len(headers)
    d.table(widths, [[Cell(h, bold=True) for h in headers]], [[values[h] for h in headers]])
    output = read(d.save())
    assert len(output.rows) == 1
    assert output.rows[0].cells == expected


def test_status_fill_gives_rag(drawer) -> None:
    d = drawer("rag.pdf")
    header = [[Cell(t, bold=True) for t in ("Action", "Owner", "Status")]]
    rows = [
        ["Review the plan.", "TCL", Cell("Delayed", fill=RED)],
        ["Run the survey.", "HR", Cell("On track", fill=GREEN)],
        ["Write the report.", "HR", "Not started"],
    ]
    d.table([300, 100, 120], header, rows)
    output = read(d.save())
    assert [(r.cells[R.STATUS], r.rag) for r in output.rows] == [
        ("Delayed", "red"),
        ("On track", "green"),
        ("Not started", None),
    ]


def test_column_without_a_role_is_kept_as_unmapped_with_one_warning(drawer) -> None:
    d = drawer("unmapped.pdf")
    header = [[Cell(t, bold=True) for t in ("Action", "Owner", "Budget code")]]
    d.table([300, 100, 120], header, [["Run the survey.", "HR", "B-17"], ["Write a report.", "HR", "B-18"]])
    output = read(d.save())
    assert [r.unmapped for r in output.rows] == [("B-17",), ("B-18",)]
    assert [w[0] for w in output.warnings] == ["unmapped"]


def test_table_without_a_header_is_skipped_with_a_warning(drawer) -> None:
    d = drawer("noheader.pdf")
    d.table([200, 200, 200], [["Alpha", "Beta", "Gamma"]], [["one", "two", "three"], ["four", "five", "six"]])
    output = read(d.save())
    assert output.rows == []
    assert [w[0] for w in output.warnings] == ["no_header"]


def test_same_input_same_rows(drawer) -> None:
    d = drawer("same.pdf")
    d.table(WIDTHS, HEADER, [row("1.1", "Run the survey."), row("1.2", "Write the report.")])
    path = d.save()
    assert read(path) == read(path)


@pytest.mark.parametrize("name", ["ruled_table.pdf", "ruled_table_status.pdf"])
def test_sample_ruled_plans_match_their_gold(name: str) -> None:
    pdf = SAMPLES_DIR / name
    gold_path = SAMPLES_DIR / "gold" / f"{name}.gold.json"
    if not pdf.is_file() or not gold_path.is_file():
        pytest.skip(f"sample {name} not built")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["actions"]
    output = read(pdf)
    assert [fold(r.cells.get(R.ACTION)) for r in output.rows] == [a["text"] for a in gold]
    assert [fold(r.cells.get(R.THEME)) for r in output.rows] == [a["theme"] for a in gold]
    assert [r.section for r in output.rows] == [a["section"] for a in gold]
    assert [r.rag for r in output.rows] == [(a["status"] or {}).get("rag") for a in gold]


def test_header_printed_again_inside_the_body_is_skipped(drawer) -> None:
    d = drawer("again.pdf")
    d.table(WIDTHS, HEADER, [row("1.1", "First action."), HEADER[0], row("1.2", "Second action.")])
    output = read(d.save())
    assert [r.cells[R.REF] for r in output.rows] == ["1.1", "1.2"]


def test_row_split_over_a_page_without_a_repeated_header(drawer) -> None:
    d = drawer("noheader-split.pdf")
    long_text = " ".join(f"Sentence {i} of a long action that goes on to the next page." for i in range(90))
    rows = [
        row("1.1", "Short action."),
        row("1.2", "Another short action."),
        row("1.3", long_text),
        row("1.4", "Last."),
    ]
    d.table(WIDTHS, HEADER, rows, split_rows=True, repeat_header=False)
    output = read(d.save())
    assert [r.cells[R.REF] for r in output.rows] == ["1.1", "1.2", "1.3", "1.4"]
    assert fold(output.rows[2].cells[R.ACTION]) == long_text
    assert output.rows[2].provenance.pages == [1, 2]
    assert output.rows[3].provenance.page == 2


def test_merged_theme_text_split_by_a_page_break_is_joined(drawer) -> None:
    d = drawer("theme-split.pdf")
    d.table(
        WIDTHS,
        HEADER,
        [row("1.1", "First.", theme=Cell("Raise the profile of", rowspan=2)), row("1.2", "Second.", theme=None)],
    )
    d.new_page()
    d.table(
        WIDTHS,
        HEADER,
        [
            row("1.3", "Third.", theme=Cell("technical staff", rowspan=2)),
            row("1.4", "Fourth.", theme=None),
            row("2.1", "Fifth.", theme="Another theme"),
        ],
    )
    output = read(d.save())
    assert [fold(r.cells.get(R.THEME)) for r in output.rows] == ["Raise the profile of technical staff"] * 4 + [
        "Another theme"
    ]


def test_heading_at_the_foot_of_a_page_names_the_table_on_the_next(drawer) -> None:
    d = drawer("orphan.pdf")
    d.heading("Visibility")
    d.table(WIDTHS, HEADER, [row("1.1", "First action.")])
    d.y = 520
    d.heading("Recognition")
    d.new_page()
    d.table(WIDTHS, HEADER, [row("2.1", "Second action.")])
    output = read(d.save())
    assert [r.section for r in output.rows] == ["Visibility", "Recognition"]


@pytest.mark.parametrize("refs", [pytest.param(True, id="with-refs"), pytest.param(False, id="without-refs")])
def test_body_rows_without_rules_are_read_by_whitespace(drawer, refs: bool) -> None:
    """Column lines and a ruled header, but no rules between body rows: one tall 'cell' per column."""
    d = drawer("frame.pdf")
    rows = [row(f"1.{i}", f"Action number {i} of the plan, described in a sentence or two.") for i in range(1, 9)]
    if not refs:
        rows = [["", *r[1:]] for r in rows]
    d.table(WIDTHS, HEADER, rows, ruled=False, frame=True, row_gap=4)
    output = read(d.save())
    assert [fold(r.cells[R.ACTION]) for r in output.rows] == [
        f"Action number {i} of the plan, described in a sentence or two." for i in range(1, 9)
    ]
    assert ("unruled_rows" in [w[0] for w in output.warnings]) is True


@pytest.mark.parametrize(
    ("text", "size", "bold"),
    [
        pytest.param("Career Development", 8.0, True, id="bold"),
        pytest.param("Career Development", 12.0, False, id="larger"),
        pytest.param("CAREER DEVELOPMENT", 8.0, False, id="capitals"),
    ],
)
def test_heading_styles_above_a_table(drawer, text: str, size: float, bold: bool) -> None:
    d = drawer("styles.pdf")
    d.text(d.margin, d.y, text, size=size, bold=bold)
    d.y += 20
    d.paragraph("An introduction in body text, which is not a heading.")
    d.table(WIDTHS, HEADER, [row("3.1", "Fund registration fees.")])
    assert read(d.save()).rows[0].section == text


def test_long_bold_band_across_the_table_is_a_heading(drawer) -> None:
    d = drawer("band.pdf")
    heading = "Career Development: supporting technicians to progress through training, mentoring and clear routes."
    d.table(WIDTHS, HEADER, [[Cell(heading, bold=True, colspan=7)], row("3.1", "Fund registration fees.")])
    output = read(d.save())
    assert [(r.cells[R.REF], r.section) for r in output.rows] == [("3.1", heading)]


def test_headings_between_tables_set_tight_or_plain(drawer) -> None:
    """A bold body-size heading set right under the table above (its top a point inside that
    table's bottom rule), and a plain-text heading that names a pillar, each name the table below."""
    d = drawer("tight-headings.pdf")
    d.heading("Visibility")
    d.table(WIDTHS, HEADER, [row("1.1", "First action.")])
    d.y -= 10.5  # the heading's top pokes into the rule above
    d.text(d.margin, d.y, "Recognition", bold=True)
    d.y += 12
    d.table(WIDTHS, HEADER, [row("2.1", "Second action.")])
    d.text(d.margin, d.y, "Career development")
    d.y += 12
    d.table(WIDTHS, HEADER, [row("3.1", "Third action.")])
    d.text(d.margin, d.y, "Introduction to the next part")
    d.y += 12
    d.table(WIDTHS, HEADER, [row("4.1", "Fourth action.")])
    output = read(d.save())
    assert [r.section for r in output.rows] == ["Visibility", "Recognition", "Career development", "Career development"]
