"""A PDF with no table read as headings and lists: heading sizes and indents are kept."""

from __future__ import annotations

from pathlib import Path

from extractor.layouts.plain_text import parse
from extractor.rows import ColumnRole
from extractor.settings import ExtractionSettings
from extractor.sources import open_source

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
