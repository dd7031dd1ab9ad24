"""render_xlsx / write_xlsx: read the workbook back from its XML and check every sheet."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from paths import FIXTURES_DIR, SAMPLES_DIR

from comparer.report.view import pillar_label, plan_institutions
from comparer.report.xlsx_report import render_xlsx, write_xlsx
from schemas import ActionPlan, Comparison

REPORT_FIXTURES = FIXTURES_DIR / "report"
NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
SHEETS = ["actions", "matches", "clusters", "coverage", "practice_coverage", "gaps", "unique"]
Grid = list[list[str | float | None]]


def load_comparison() -> Comparison:
    return Comparison.model_validate_json((REPORT_FIXTURES / "comparison.json").read_text(encoding="utf-8"))


def load_plans() -> list[ActionPlan]:
    raw = json.loads((REPORT_FIXTURES / "plans.json").read_text(encoding="utf-8"))
    return [ActionPlan.model_validate(item) for item in raw]


def _column_index(ref: str) -> int:
    letters = re.match(r"[A-Z]+", ref)
    assert letters
    index = 0
    for ch in letters.group(0):
        index = index * 26 + (ord(ch) - 64)
    return index - 1


class Workbook:
    """Just enough of an XLSX reader for these tests (no extra dependency)."""

    def __init__(self, data: bytes) -> None:
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        strings_xml = ElementTree.fromstring(self.zip.read("xl/sharedStrings.xml"))
        self.strings = ["".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")) for si in strings_xml]
        book = ElementTree.fromstring(self.zip.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(self.zip.read("xl/_rels/workbook.xml.rels"))
        targets = {rel.attrib["Id"]: rel.attrib["Target"] for rel in rels.findall("rel:Relationship", NS)}
        self.paths: dict[str, str] = {}
        for sheet in book.findall("m:sheets/m:sheet", NS):
            self.paths[sheet.attrib["name"]] = "xl/" + targets[sheet.attrib[f"{{{NS['r']}}}id"]]

    @property
    def sheet_names(self) -> list[str]:
        return list(self.paths)

    def xml(self, name: str) -> ElementTree.Element:
        return ElementTree.fromstring(self.zip.read(self.paths[name]))

    def grid(self, name: str) -> Grid:
        rows: Grid = []
        for row in self.xml(name).findall("m:sheetData/m:row", NS):
            r = int(row.attrib["r"]) - 1
            while len(rows) <= r:
                rows.append([])
            for cell in row.findall("m:c", NS):
                col = _column_index(cell.attrib["r"])
                value = cell.find("m:v", NS)
                if value is None or value.text is None:
                    continue
                out = rows[r]
                while len(out) <= col:
                    out.append(None)
                out[col] = self.strings[int(value.text)] if cell.attrib.get("t") == "s" else float(value.text)
        width = max((len(r) for r in rows), default=0)
        return [r + [None] * (width - len(r)) for r in rows]

    def records(self, name: str) -> list[dict[str, str | float | None]]:
        grid = self.grid(name)
        header = [str(h) for h in grid[0]]
        return [dict(zip(header, row, strict=False)) for row in grid[1:]]


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return load_comparison()


@pytest.fixture(scope="module")
def plans() -> list[ActionPlan]:
    return load_plans()


@pytest.fixture(scope="module")
def data(comparison: Comparison, plans: list[ActionPlan]) -> bytes:
    return render_xlsx(comparison, plans)


@pytest.fixture(scope="module")
def book(data: bytes) -> Workbook:
    return Workbook(data)


def test_same_input_gives_identical_bytes(data: bytes) -> None:
    assert render_xlsx(load_comparison(), load_plans()) == data


def test_created_date_is_fixed(book: Workbook) -> None:
    core = book.zip.read("docProps/core.xml").decode("utf-8")
    assert "<dcterms:created" in core
    assert "2000-01-01T00:00:00Z" in core


def test_one_sheet_per_table(book: Workbook) -> None:
    assert book.sheet_names == SHEETS


@pytest.mark.parametrize("sheet", SHEETS, ids=SHEETS)
def test_header_row_is_frozen_and_filtered(book: Workbook, sheet: str) -> None:
    xml = book.xml(sheet)
    pane = xml.find("m:sheetViews/m:sheetView/m:pane", NS)
    assert pane is not None
    assert pane.attrib["state"] == "frozen"
    assert pane.attrib["ySplit"] == "1"
    autofilter = xml.find("m:autoFilter", NS)
    assert autofilter is not None
    grid = book.grid(sheet)
    first, _, last = autofilter.attrib["ref"].partition(":")
    assert first == "A1"
    assert _column_index(last) == len(grid[0]) - 1
    assert int(re.sub(r"[A-Z]+", "", last)) >= len(grid)


def test_actions_sheet_has_every_action(book: Workbook, comparison: Comparison, plans: list[ActionPlan]) -> None:
    records = book.records("actions")
    names = plan_institutions(comparison, plans)
    expected = [(name, i, a) for name, plan in zip(names, plans, strict=True) for i, a in enumerate(plan.actions)]
    assert len(records) == len(expected)
    for record, (name, index, action) in zip(records, expected, strict=True):
        assert record["Institution"] == name
        assert record["Index"] == index
        assert record["Action"] == action.text
        assert record["Pillar"] == (pillar_label(action.pillar.value) if action.pillar else None)
        assert (record["Measures"] or "") == "\n".join(action.measures)
        assert (record["Owners"] or "") == "\n".join(action.owners)
        assert record["Page"] == action.provenance.page
        assert record["Line"] == action.provenance.line


def test_matches_sheet(book: Workbook, comparison: Comparison) -> None:
    records = book.records("matches")
    assert len(records) == len(comparison.matches)
    for record, match in zip(records, comparison.matches, strict=True):
        assert (record["Institution A"], record["Action A"]) == (match.a.institution, match.a.text)
        assert (record["Institution B"], record["Action B"]) == (match.b.institution, match.b.text)
        assert record["Score"] == pytest.approx(match.score)
        assert record["Kind"] == match.kind.value


def test_clusters_sheet_has_one_row_per_member(book: Workbook, comparison: Comparison) -> None:
    records = book.records("clusters")
    expected = [(c.id, m.institution, m.text) for c in comparison.clusters for m in c.members]
    assert [(r["Cluster"], r["Institution"], r["Action"]) for r in records] == expected


def test_coverage_sheet_matches_the_comparison(book: Workbook, comparison: Comparison) -> None:
    coverage = comparison.coverage
    grid = book.grid("coverage")
    assert grid[0] == ["Institution", *(pillar_label(p) for p in coverage.pillars), "Total"]
    for row, institution in zip(grid[1:], coverage.institutions, strict=True):
        counts = [coverage.by_pillar[institution].get(p, 0) for p in coverage.pillars]
        assert row == [institution, *counts, sum(counts)]


def test_practice_coverage_sheet_matches_the_comparison(book: Workbook, comparison: Comparison) -> None:
    coverage = comparison.coverage
    grid = book.grid("practice_coverage")
    assert grid[0][2:-1] == coverage.institutions
    for row, practice in zip(grid[1:], coverage.practices, strict=True):
        assert row[0] == practice
        assert row[2:-1] == [coverage.by_practice[i].get(practice, 0) for i in coverage.institutions]


def test_gaps_and_unique_sheets(book: Workbook, comparison: Comparison) -> None:
    gaps = [(g.institution, g.practice) for f in comparison.findings for g in f.gaps]
    assert [(r["Institution"], r["Practice"]) for r in book.records("gaps")] == gaps
    unique = [(k.institution, k.text) for f in comparison.findings for k in f.unique_actions]
    assert [(r["Institution"], r["Action"]) for r in book.records("unique")] == unique


def test_formula_like_plan_text_stays_text(comparison: Comparison, plans: list[ActionPlan]) -> None:
    evil = plans[0].model_copy(deep=True)
    evil.actions[0].text = '=HYPERLINK("http://example.invalid","click")'
    evil.actions[0].measures = ["+1+1", "https://example.invalid/x"]
    book = Workbook(render_xlsx(comparison, [evil, *plans[1:]]))
    for name in SHEETS:
        assert book.xml(name).find(".//m:f", NS) is None, f"{name} holds a formula"
        assert b"<hyperlink" not in book.zip.read(book.paths[name])
    first = book.records("actions")[0]
    assert first["Action"] == evil.actions[0].text
    assert first["Measures"] == "+1+1\nhttps://example.invalid/x"


def test_an_empty_comparison_still_writes_every_sheet() -> None:
    empty = Comparison.model_validate(
        {
            "plans": [],
            "matches": [],
            "coverage": {"institutions": [], "pillars": [], "practices": [], "by_pillar": {}, "by_practice": {}},
        }
    )
    book = Workbook(render_xlsx(empty, []))
    assert book.sheet_names == SHEETS
    assert book.grid("actions")[0][0] == "Institution"


def test_write_xlsx_writes_the_rendered_bytes(tmp_path: Path, comparison: Comparison, plans: list[ActionPlan]) -> None:
    target = write_xlsx(comparison, plans, tmp_path / "out" / "report.xlsx")
    assert target.read_bytes() == render_xlsx(comparison, plans)


def test_workbook_from_the_real_comparer() -> None:
    from comparer import compare
    from comparer.loading import load_inputs

    loaded = load_inputs(sorted((SAMPLES_DIR / "gold").glob("*.gold.json")))
    assert not loaded.failures
    comparison = compare(loaded.plans)
    plans = [item.plan for item in loaded.plans]
    data = render_xlsx(comparison, plans)
    assert data == render_xlsx(comparison, plans)
    book = Workbook(data)
    assert len(book.records("actions")) == sum(s.actions for s in comparison.plans)
    assert len(book.records("matches")) == len(comparison.matches)
    coverage = comparison.coverage
    for row, institution in zip(book.grid("coverage")[1:], coverage.institutions, strict=True):
        assert row[1:-1] == [coverage.by_pillar[institution][p] for p in coverage.pillars]


def test_tc_compare_outdir_writes_both_reports_by_default(tmp_path: Path) -> None:
    from tcplans.cli import compare_main as main

    paths = sorted((SAMPLES_DIR / "gold").glob("*.pdf.gold.json"))[:2]  # two plans, not one plan's renditions
    assert main([*map(str, paths), "-o", str(tmp_path)]) == 0
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    book = Workbook((tmp_path / "report.xlsx").read_bytes())
    comparison = Comparison.model_validate_json((tmp_path / "comparison.json").read_text(encoding="utf-8"))
    assert len(book.records("actions")) == sum(s.actions for s in comparison.plans)


def test_share_of_peers_is_a_percentage(tmp_path: Path) -> None:
    """The gaps sheet shows 83%, not 0.8333."""
    import openpyxl

    comparison = load_comparison()
    target = tmp_path / "report.xlsx"
    target.write_bytes(render_xlsx(comparison))
    sheet = openpyxl.load_workbook(target)["gaps"]
    header = [c.value for c in sheet[1]]
    column = header.index("Share of peers") + 1
    cells = [sheet.cell(row=r, column=column) for r in range(2, sheet.max_row + 1)]
    assert cells, "the fixture has gaps"
    assert all(c.number_format == "0%" for c in cells)
