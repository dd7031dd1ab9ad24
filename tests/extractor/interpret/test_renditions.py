"""Sample plans laid out in other ways than the committed samples, built at test time and
scored end to end: each shape must be read as well as the committed samples are.

- Eastmoor in Word: a heading per section, an italic introduction, one table per section
  with the Theme merged down, and the key as "CODE - name" paragraphs under a heading.
- Thornleigh in Excel: phase cells merged over date-headed period columns typed as real
  dates, a "Before 2024" notes column, grey bars, filled status cells, the key as
  "CODE = name" lines under the grid.
- Ravensworth as a web page: a Gantt table whose section rows span it, bars and RAG shown
  by background colours only, a "Code | Name" key table under a heading.
- Harbourside in Word: the status column first, the status shown by the colour of its
  words, zebra-shaded rows, unmerged bold section rows, and an abbreviations table before
  the plan for the key.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from paths import SAMPLES_DIR

from extractor import extract
from extractor.evaluate import score_plan

sys.path.insert(0, str(SAMPLES_DIR))

import build_documents
import build_samples
import sample_plans
from plan_model import Plan, gold_dict

pytest.importorskip("extractor.readers")
TARGET_F1 = 0.98
TARGET_FIELDS = 0.95


def _cell_text(cell: object, text: str) -> None:
    lines = text.split("\n")
    cell.paragraphs[0].add_run(lines[0])  # type: ignore[attr-defined]
    for line in lines[1:]:
        cell.add_paragraph(line)  # type: ignore[attr-defined]


def eastmoor_docx(plan: Plan) -> bytes:
    from docx import Document

    document = Document()
    document.add_heading(plan.title, 0)
    document.add_paragraph(plan.subtitle or "")
    headers = ("Ref", "Theme", "Action", "Success measure", "Lead", "Start", "End")
    for section in plan.sections:
        document.add_heading(section.heading, 2)
        if section.intro:
            document.add_paragraph(section.intro).runs[0].italic = True
        table = document.add_table(rows=1 + len(section.items), cols=len(headers))
        for k, header in enumerate(headers):
            table.cell(0, k).text = header
        previous: str | None = None
        for r, item in enumerate(section.items, start=1):
            values = (
                item.ref or "",
                item.theme or "",
                item.text,
                "\n".join(item.measures),
                "/".join(item.owners),
                item.start.raw if item.start else "",
                item.end.raw if item.end else "",
            )
            for k, value in enumerate(values):
                if k == 1:
                    build_documents._vmerge(table.cell(r, k), restart=value != previous)
                    if value == previous:
                        continue
                _cell_text(table.cell(r, k), value)
            previous = values[1]
    document.add_heading("Key to leads", 2)
    for code, meaning in plan.legend.items():
        document.add_paragraph(f"{code} \u2013 {meaning}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def thornleigh_xlsx(plan: Plan) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    def fill(colour: str) -> PatternFill:
        return PatternFill(fill_type="solid", start_color=colour, end_color=colour)

    months = sample_plans.THORNLEIGH_QUARTERS
    rag = {"red": "DB3330", "amber": "FAA626", "green": "00B050"}
    book = Workbook()
    sheet = book.active
    sheet.title = "Gantt"
    sheet["A1"] = plan.title
    first, status = 4, 4 + len(months)
    for col, text in ((1, "Action"), (2, "Owner"), (3, "Before 2024"), (status, "Status")):
        sheet.cell(5, col, text)
    for k, (label, count) in enumerate((("Year 1", 4), ("Year 2", 4))):
        sheet.cell(4, first + 4 * k, label)
        sheet.merge_cells(start_row=4, start_column=first + 4 * k, end_row=4, end_column=first + 4 * k + count - 1)
    for k, month in enumerate(months):
        sheet.cell(5, first + k, dt.datetime(int(month[:4]), int(month[5:]), 1)).number_format = "dd/mm/yyyy"
    row = 6
    for section in plan.sections:
        sheet.cell(row, 1, section.heading)
        for col in range(1, status + 1):
            sheet.cell(row, col).fill = fill("DDEBF7")
        row += 1
        for item in section.items:
            sheet.cell(row, 1, item.text)
            sheet.cell(row, 2, "/".join(item.owners))
            if item.notes:
                sheet.cell(row, 3, item.notes)
            for k, month in enumerate(months):
                if month in item.timeline:
                    sheet.cell(row, first + k).fill = fill("9E9E9E")
            if item.status is not None:
                cell = sheet.cell(row, status, item.status.raw or None)
                if item.status.rag:
                    cell.fill = fill(rag[item.status.rag])
            row += 1
    sheet.cell(row + 1, 1, "Key")
    for k, (code, meaning) in enumerate(plan.legend.items(), start=row + 2):
        sheet.cell(k, 1, f"{code} = {meaning}")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def ravensworth_html(plan: Plan) -> bytes:
    e = html.escape
    months = sample_plans.RAVENSWORTH_QUARTERS
    labels = [build_samples.month_range_label(m) for m in months]
    columns = ["Action", "Owner", *labels, "RAG", "Comments"]
    rag = {"red": "#E53835", "amber": "#FFCC00", "green": "#70AD47"}
    out = [f"<html><head><title>{e(plan.title)}</title></head><body><nav><ul><li>Home</li></ul></nav><main>"]
    out += [f"<h1>{e(plan.title)}</h1><p>{e(plan.subtitle or '')}</p><table><thead><tr>"]
    out += [f"<th>{e(c)}</th>" for c in columns] + ["</tr></thead><tbody>"]
    for section in plan.sections:
        out.append(f'<tr><td colspan="{len(columns)}"><strong>{e(section.heading)}</strong></td></tr>')
        for item in section.items:
            cells = [f"<td>{e(item.text)}</td>", f"<td>{e('/'.join(item.owners))}</td>"]
            cells += [
                '<td style="background-color:#88BF99"></td>' if m in item.timeline else "<td></td>" for m in months
            ]
            colour = rag.get(item.status.rag or "") if item.status else None
            raw = (item.status.raw or "") if item.status else ""
            cells.append(f'<td bgcolor="{colour}">{e(raw)}</td>' if colour else f"<td>{e(raw)}</td>")
            cells.append(f"<td>{e(item.notes or '')}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table><h2>Key</h2><table><tr><th>Code</th><th>Name</th></tr>")
    out += [f"<tr><td>{e(code)}</td><td>{e(name)}</td></tr>" for code, name in plan.legend.items()]
    out.append("</table></main><footer>Contact us</footer></body></html>")
    return "\n".join(out).encode("utf-8")


HARBOURSIDE_BY_HEADING = dataclasses.replace(
    sample_plans.HARBOURSIDE,
    sections=tuple(dataclasses.replace(s, printed_as_heading=True) for s in sample_plans.HARBOURSIDE.sections),
)


def harbourside_docx(plan: Plan) -> bytes:
    from docx import Document
    from docx.shared import RGBColor

    words = {"red": "C00000", "amber": "ED7D31", "green": "00B050"}
    document = Document()
    document.add_paragraph(plan.institution).runs[0].bold = True
    document.add_paragraph(plan.title)
    document.add_paragraph(plan.subtitle or "")
    document.add_heading("Abbreviations", 2)
    key = document.add_table(rows=1 + len(plan.legend), cols=2)
    key.cell(0, 0).text, key.cell(0, 1).text = "Abbreviation", "Meaning"
    for r, (code, meaning) in enumerate(plan.legend.items(), start=1):
        key.cell(r, 0).text, key.cell(r, 1).text = code, meaning
    document.add_heading("Action plan", 2)
    rows = [(section, item) for section in plan.sections for item in (None, *section.items)]
    table = document.add_table(rows=1 + len(rows), cols=7)
    for k, header in enumerate(
        ("Progress", "No.", "Objective", "Planned action", "KPI", "Responsibility", "Target date")
    ):
        table.cell(0, k).text = header
    for r, (section, item) in enumerate(rows, start=1):
        if item is None:
            table.cell(r, 0).paragraphs[0].add_run(section.heading).bold = True
            continue
        values = ("", item.ref or "", item.theme or "", item.text, "\n".join(item.measures), "\n".join(item.owners))
        for k, value in enumerate((*values, item.end.raw if item.end else "")):
            if r % 2 == 0 and k:
                build_documents._shade(table.cell(r, k), "F2F2F2")
            if value:
                _cell_text(table.cell(r, k), value)
        if item.status is not None and item.status.raw:
            run = table.cell(r, 0).paragraphs[0].add_run(item.status.raw)
            if item.status.rag:
                run.font.color.rgb = RGBColor.from_string(words[item.status.rag])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


RENDITIONS: dict[str, tuple[Plan, Callable[[Plan], bytes], bool]] = {
    "eastmoor.docx": (sample_plans.EASTMOOR, eastmoor_docx, True),
    "thornleigh.xlsx": (sample_plans.THORNLEIGH, thornleigh_xlsx, True),
    "ravensworth.html": (sample_plans.RAVENSWORTH, ravensworth_html, True),
    "harbourside.docx": (HARBOURSIDE_BY_HEADING, harbourside_docx, True),
}


@pytest.mark.parametrize("name", sorted(RENDITIONS))
def test_rendition_scores(name: str, tmp_path: Path) -> None:
    plan, build, with_visuals = RENDITIONS[name]
    path = tmp_path / name
    path.write_bytes(build(plan))
    gold = gold_dict(plan, with_visuals=with_visuals)
    extracted = extract(path)
    score = score_plan(extracted, gold)
    assert score.action_f1 >= TARGET_F1, score.unmatched_gold
    assert score.field_accuracy >= TARGET_FIELDS, [(m.where, m.field, m.expected, m.found) for m in score.mismatches]
    assert extracted.institution == plan.institution
    assert extracted.legend == plan.legend
