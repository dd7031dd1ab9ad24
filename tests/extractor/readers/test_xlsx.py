from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.formatting.rule import CellIsRule, FormulaRule, Rule
from openpyxl.styles import Color, Font, PatternFill
from openpyxl.styles.differential import DifferentialStyle
from paths import PROJECT_DIR

from extractor.document import Document, Heading, Paragraph, Table
from extractor.errors import ErrorCode, ExtractionError
from extractor.readers import read_document
from extractor.readers.sheets import cell_ref, is_default_sheet_name, render_date, row_regions, shows_day
from extractor.readers.xlsx import apply_tint, merge_area, theme_colours
from extractor.settings import ExtractionSettings

WriteFile = Callable[[str, bytes | str], Path]


def save(workbook: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def read(workbook: openpyxl.Workbook, write_file: WriteFile, settings: ExtractionSettings | None = None) -> Document:
    return read_document(write_file("plan.xlsx", save(workbook)), settings)


def cells_by_ref(table: Table) -> dict[str, object]:
    return {cell.provenance.cell: cell for cell in table.cells}


def plan_workbook() -> openpyxl.Workbook:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Action plan"
    sheet["A1"] = "Technician Commitment plan"
    sheet["A1"].font = Font(bold=True)
    sheet.append([])
    sheet.append(["Action", "Lead", "Due", "Status"])
    sheet.append(["Do X", "HR", datetime(2025, 3, 1), "Done"])
    sheet.append(["Do Y", "Tech", datetime(2025, 3, 12), "Amber"])
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    sheet["D4"].fill = PatternFill("solid", fgColor="92D050")
    sheet["D5"].fill = PatternFill("solid", fgColor=Color(theme=5, tint=0.3999))
    sheet["B5"].font = Font(color=Color(indexed=10))
    sheet["A6"] = "Merged over two"
    sheet.merge_cells("A6:B6")
    sheet["C6"].fill = PatternFill("solid", fgColor="FF0000")
    sheet["D6"].fill = PatternFill("solid", fgColor="FFFFFF")
    sheet["A7"] = "Hidden row"
    sheet["B7"] = "x"
    sheet.row_dimensions[7].hidden = True
    sheet["E3"] = "Secret column"
    sheet.column_dimensions["E"].hidden = True
    sheet["A8"] = "Tall merge"
    sheet["B8"] = "one"
    sheet["B9"] = "two"
    sheet.merge_cells("A8:A9")
    return workbook


def test_sheet_heading_title_lines_and_table(write_file: WriteFile) -> None:
    document = read(plan_workbook(), write_file)
    assert document.format == "xlsx"
    heading, title, table = document.blocks
    assert isinstance(heading, Heading)
    assert (heading.text, heading.level, heading.provenance.sheet) == ("Action plan", 1, "Action plan")
    assert isinstance(title, Paragraph)
    assert title.bold
    assert title.provenance.cell == "A1"
    assert isinstance(table, Table)
    assert (table.n_rows, table.n_cols) == (6, 4)  # rows 3-6, 8, 9 (7 hidden); columns A-D (E hidden)
    assert table.provenance.cell == "A3"
    assert table.provenance.sheet == "Action plan"
    texts = [cell.text for cell in table.cells]
    assert "Hidden row" not in texts
    assert "Secret column" not in texts


def test_fills_colours_spans_and_dates(write_file: WriteFile) -> None:
    table = read(plan_workbook(), write_file).tables[0]
    cells = cells_by_ref(table)
    assert cells["A3"].bold
    assert cells["D4"].fill == "#92d050"
    assert cells["D5"].fill == "#d99694"  # theme accent 2, 40% lighter
    assert cells["B5"].color == "#ff0000"  # indexed colour 10
    assert cells["A6"].col_span == 2
    assert "B6" not in cells
    assert cells["C6"].fill == "#ff0000"  # an empty filled cell is kept for its colour
    assert cells["C6"].text == ""
    assert "D6" not in cells  # white is no fill
    assert cells["A8"].row_span == 2
    assert (cells["A8"].row, cells["B9"].row) == (4, 5)
    assert (cells["C4"].text, cells["C4"].value) == ("Mar 2025", "2025-03-01")
    assert (cells["C5"].text, cells["C5"].value) == ("12 Mar 2025", "2025-03-12")


def test_default_and_hidden_sheets(write_file: WriteFile) -> None:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "only notes"
    workbook.active["A2"] = "second line"
    hidden = workbook.create_sheet("Lookups")
    hidden["A1"] = "secret"
    hidden.sheet_state = "hidden"
    workbook.create_sheet("Empty")
    document = read(workbook, write_file)
    assert [block.text for block in document.blocks] == ["only notes", "second line"]
    assert document.notes == ["1 hidden sheet(s) not read"]


def test_regions_split_at_two_empty_rows(write_file: WriteFile) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (["a", "b"], ["c", "d"], [], ["e", "f"], [], [], ["g", "h"], ["i", "j"]):
        sheet.append(row)
    tables = read(workbook, write_file).tables
    assert [(t.n_rows, t.provenance.cell) for t in tables] == [(4, "A1"), (2, "A7")]


def test_numbers_and_text(write_file: WriteFile) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Count", "Share", "Note"])
    sheet.append([3.0, 0.25, "  line one\r\nline two "])
    sheet["B2"].number_format = "0%"
    cells = cells_by_ref(read(workbook, write_file).tables[0])
    assert [cells[ref].text for ref in ("A2", "B2", "C2")] == ["3", "25%", "line one\nline two"]


def test_formulas_without_saved_results_are_noted(write_file: WriteFile) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Actions", "Total"])
    workbook.active.append(["Do X", "=1+1"])
    document = read(workbook, write_file)  # openpyxl saves formulas without results
    assert document.notes == [
        "1 formula cell(s) have no saved result (never opened in a spreadsheet program); read as empty"
    ]
    assert [cell.text for cell in document.tables[0].cells] == ["Actions", "Total", "Do X"]


def test_conditional_formats_on_text_colour_cells(write_file: WriteFile) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (["Action", "Status"], ["x", "Complete"], ["y", "Delayed badly"], ["z", "On track"], ["w", "complete"]):
        sheet.append(row)
    green = PatternFill(bgColor="00B050", fill_type="solid")
    sheet.conditional_formatting.add("B2:B10", CellIsRule(operator="equal", formula=['"Complete"'], fill=green))
    delayed = Rule(
        type="containsText",
        operator="containsText",
        text="Delay",
        dxf=DifferentialStyle(fill=PatternFill(bgColor="FF0000"), font=Font(color="FFFFFF")),
    )
    delayed.formula = ['NOT(ISERROR(SEARCH("Delay",B2)))']
    sheet.conditional_formatting.add("B2:B10", delayed)
    sheet.conditional_formatting.add("A1:A10", FormulaRule(formula=["$B1=1"], fill=green))
    cells = cells_by_ref(read(workbook, write_file).tables[0])
    assert [cells[ref].fill for ref in ("B2", "B3", "B4", "B5", "A2")] == ["#00b050", "#ff0000", None, "#00b050", None]
    assert cells["B3"].color == "#ffffff"


def with_sheet_xml(data: bytes, edit: Callable[[bytes], bytes]) -> bytes:
    """The package with its first worksheet's XML changed by `edit` (to write what openpyxl would not)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = source.read(info)
            target.writestr(info.filename, edit(member) if info.filename == "xl/worksheets/sheet1.xml" else member)
    return out.getvalue()


def test_huge_merged_range_is_dropped_quickly(write_file: WriteFile) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Title", None])
    sheet.append(["Action", "Lead"])
    sheet.append(["Do X", "HR"])
    merges = b'<mergeCells count="2"><mergeCell ref="A1:Z200000"/><mergeCell ref="A2:A3"/></mergeCells>'
    data = with_sheet_xml(save(workbook), lambda xml: xml.replace(b"</sheetData>", b"</sheetData>" + merges))
    started = time.perf_counter()
    document = read_document(write_file("merged.xlsx", data))
    assert time.perf_counter() - started < 10
    assert document.blocks[0].text == "Title"
    cells = cells_by_ref(document.tables[0])
    assert cells["A2"].row_span == 2
    assert merge_area("A1:Z200000") == 26 * 200_000
    assert merge_area("B2") == 1


def million_empty_rows_workbook() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Action", "Lead"])
    sheet.append(["Do X", "HR"])
    sheet["C5"].fill = PatternFill("solid", fgColor="FFFF00")  # a style with a fill, reused below
    source = zipfile.ZipFile(io.BytesIO(save(workbook)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                rows = "".join(
                    f'<row r="{r}" s="1" customFormat="1" ht="15"><c r="C{r}" s="1"/></row>'
                    for r in range(10, 1_000_010)
                )
                data = data.replace(b"</sheetData>", rows.encode() + b"</sheetData>")
            target.writestr(info.filename, data)
    return out.getvalue()


# Peak memory from /proc (VmHWM): ru_maxrss would carry over the parent's peak through fork and exec.
READ_AND_MEASURE = """
import sys, time
from pathlib import Path
from extractor.readers import read_document
started = time.perf_counter()
document = read_document(sys.argv[1])
elapsed = time.perf_counter() - started
table = document.tables[0]
status = Path("/proc/self/status")
peak_kb = next(line.split()[1] for line in status.read_text().splitlines() if line.startswith("VmHWM"))
print(elapsed, peak_kb, table.n_rows, table.n_cols)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads peak memory from /proc")
def test_million_empty_formatted_rows_are_fast_and_small(write_file: WriteFile) -> None:
    path = write_file("big.xlsx", million_empty_rows_workbook())
    environment = {**os.environ, "PYTHONPATH": str(PROJECT_DIR)}
    result = subprocess.run(
        [sys.executable, "-c", READ_AND_MEASURE, str(path)], capture_output=True, text=True, env=environment, check=True
    )
    elapsed, peak_kb, n_rows, n_cols = result.stdout.split()
    assert float(elapsed) < 20  # 3-8 s here, depending on load; the bound leaves room for a slow machine
    assert int(peak_kb) < 200 * 1024  # about 65 MB here; the package is 5 MB, its sheet 75 MB unpacked
    assert (int(n_rows), int(n_cols)) == (2, 2)


def test_too_many_cells_refused(write_file: WriteFile) -> None:
    workbook = openpyxl.Workbook()
    for r in range(30):
        workbook.active.append([f"r{r}", "x"])
    with pytest.raises(ExtractionError) as error:
        read(workbook, write_file, ExtractionSettings(max_sheet_cells=20))
    assert error.value.code is ErrorCode.TOO_LARGE
    assert "max_sheet_cells" in error.value.reason


def test_theme_colours_swap_light_and_dark() -> None:
    theme = b"""<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements>
      <a:clrScheme name="x"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>
      <a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2>
      <a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1></a:clrScheme>
      </a:themeElements></a:theme>"""
    assert theme_colours(theme)[:5] == ("FFFFFF", "000000", "EEECE1", "1F497D", "4F81BD")
    assert theme_colours(None)[1] == "000000"


@pytest.mark.parametrize(
    ("rgb", "tint", "expected"),
    [
        ("4F81BD", -0.2499, "#376092"),
        ("9BBB59", 0.7999, "#ebf1de"),
        ("FFFFFF", -0.1499, "#d9d9d9"),
        ("FF0000", 0, "#ff0000"),
    ],
)
def test_tint(rgb: str, tint: float, expected: str) -> None:
    assert apply_tint(rgb, tint) == expected


def test_dates_and_small_rules() -> None:
    assert render_date(date(2025, 3, 1)) == "Mar 2025"
    assert render_date(date(2025, 3, 12), "dd/mm/yyyy") == "12/03/2025"
    assert render_date(date(2025, 3, 12), "mmm-yy") == "Mar-25"
    assert shows_day('d "days" mmm')
    assert not shows_day('mmm "d" yy')
    assert not shows_day("[$-809]mmmm yyyy")
    assert is_default_sheet_name("Sheet1")
    assert is_default_sheet_name("Sheet 2")
    assert not is_default_sheet_name("Sheets of actions")
    assert row_regions([1, 2, 4, 7, 8], set()) == [[1, 2, 4], [7, 8]]
    assert row_regions([1, 5], {2, 3, 4}) == [[1, 5]]
    assert [cell_ref(7, 2), cell_ref(1, 27), cell_ref(3, 702)] == ["B7", "AA1", "ZZ3"]
