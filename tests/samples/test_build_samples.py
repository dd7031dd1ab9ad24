"""The committed samples are exactly what samples/build_samples.py builds, and each
gold file is valid and agrees with what its PDF shows."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pdfplumber
import pytest
from paths import SAMPLES_DIR

from schemas.plan import DateValue, Period, Pillar, Status

pytestmark = pytest.mark.slow  # rebuilds every sample and reads each PDF back

BUILDER = SAMPLES_DIR / "build_samples.py"
GOLD_DIR = SAMPLES_DIR / "gold"
SAMPLE_SUFFIXES = {".pdf", ".txt", ".md", ".docx", ".xlsx", ".html"}
SAMPLES = sorted(p.name for p in SAMPLES_DIR.iterdir() if p.suffix in SAMPLE_SUFFIXES and p.name != "README.md")
PDF_SAMPLES = [name for name in SAMPLES if name.endswith(".pdf")]
ACTION_KEYS = [
    "ref", "pillar", "section", "theme", "text", "measures", "owners", "start", "end", "timeline", "status", "notes",
]  # fmt: skip
# Text renditions of a PDF sample: same plan, but no shading or fill colours to read.
RENDITIONS = {
    "plain_text_tabs.txt": "ruled_table.pdf",
    "web_cells.txt": "ruled_table_status.pdf",
    "unruled_table.txt": "unruled_table.pdf",
    "gantt_grid.txt": "gantt_grid.pdf",
    "gantt_dates.txt": "gantt_dates.pdf",
    "gantt_months.txt": "gantt_months.pdf",
}


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rebuilt")
    subprocess.run(
        [sys.executable, str(BUILDER), "--out", str(out)], check=True, capture_output=True, text=True, timeout=300
    )
    return out


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    """samples/build_samples.py as a module (it is a script, not part of a package)."""
    spec = importlib.util.spec_from_file_location("build_samples", BUILDER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def load_gold(name: str) -> dict[str, Any]:
    return json.loads((GOLD_DIR / f"{name}.gold.json").read_text(encoding="utf-8"))


def test_every_layout_has_a_sample() -> None:
    expected = {
        "ruled_table.pdf",
        "ruled_table_status.pdf",
        "unruled_table.pdf",
        "gantt_grid.pdf",
        "gantt_dates.pdf",
        "gantt_months.pdf",
        "plain_text_tabs.txt",
        "web_cells.txt",
        "bullets.md",
        "bullets.pdf",
        "unruled_table.txt",
        "gantt_grid.txt",
        "gantt_dates.txt",
        "gantt_months.txt",
        "ruled_table_status.docx",
        "gantt_grid.xlsx",
        "bullets.html",
    }
    assert expected <= set(SAMPLES)


def test_every_plan_comes_as_pdf_and_text() -> None:
    pdf_plans = {load_gold(name)["institution"] for name in PDF_SAMPLES}
    text_plans = {load_gold(name)["institution"] for name in SAMPLES if not name.endswith(".pdf")}
    assert pdf_plans == text_plans
    assert len(pdf_plans) >= 7


def test_rebuild_writes_exactly_the_committed_files(rebuilt: Path) -> None:
    built = sorted(str(p.relative_to(rebuilt)) for p in rebuilt.rglob("*") if p.is_file())
    committed = sorted([*SAMPLES, *(f"gold/{p.name}" for p in GOLD_DIR.glob("*.gold.json"))])
    assert built == committed


@pytest.mark.parametrize("name", [*SAMPLES, *(f"gold/{s}.gold.json" for s in SAMPLES)], ids=str)
def test_rebuild_is_byte_identical(rebuilt: Path, name: str) -> None:
    assert (rebuilt / name).read_bytes() == (SAMPLES_DIR / name).read_bytes(), (
        f"samples/{name} differs from what build_samples.py builds; run `python samples/build_samples.py`"
    )


@pytest.mark.parametrize("name", SAMPLES, ids=str)
def test_gold_is_valid(name: str) -> None:
    gold = load_gold(name)
    assert list(gold) == ["institution", "title", "period", "legend", "actions"]
    Period.model_validate(gold["period"])
    assert gold["actions"], "a sample plan has actions"
    refs = [a["ref"] for a in gold["actions"] if a["ref"] is not None]
    assert len(refs) == len(set(refs)), "refs are unique within a sample"
    for action in gold["actions"]:
        assert list(action) == ACTION_KEYS
        Pillar(action["pillar"])
        assert action["text"] == " ".join(action["text"].split())
        for key in ("start", "end"):
            if action[key] is not None:
                value = DateValue.model_validate(action[key])
                assert value.date is None or value.recurrence is None
        if action["status"] is not None:
            Status.model_validate(action["status"])
        assert set(action["owners"]) <= set(gold["legend"]), "every owner code is in the legend"
        assert action["timeline"] == sorted(set(action["timeline"]))


@pytest.mark.parametrize(("rendition", "pdf"), sorted(RENDITIONS.items()), ids=sorted(RENDITIONS))
def test_text_rendition_gold_matches_its_pdf(rendition: str, pdf: str) -> None:
    expected = load_gold(pdf)
    for action in expected["actions"]:
        action["timeline"] = []
        if action["status"] is not None and action["status"]["raw"] is None:
            action["status"] = None  # shown by colour alone: nothing left in text
        elif action["status"] is not None:
            action["status"]["rag"] = None
    assert load_gold(rendition) == expected


# Word, Excel and web-page renditions, and the sample whose gold theirs must equal: Word and
# Excel keep fills (the PDF's gold); the web page shows no colours (the Markdown's gold).
DOCUMENT_RENDITIONS = {
    "ruled_table_status.docx": "ruled_table_status.pdf",
    "gantt_grid.xlsx": "gantt_grid.pdf",
    "bullets.html": "bullets.md",
}


@pytest.mark.parametrize(("rendition", "same_as"), sorted(DOCUMENT_RENDITIONS.items()), ids=sorted(DOCUMENT_RENDITIONS))
def test_document_rendition_gold_matches(rendition: str, same_as: str) -> None:
    assert load_gold(rendition) == load_gold(same_as)


def test_document_samples_have_fixed_dates() -> None:
    """Zip entries and core properties carry the builder's fixed time, never the clock."""
    import zipfile

    for name in ("ruled_table_status.docx", "gantt_grid.xlsx"):
        with zipfile.ZipFile(SAMPLES_DIR / name) as package:
            assert {info.date_time for info in package.infolist()} == {(2025, 6, 2, 9, 0, 0)}
            core = package.read("docProps/core.xml").decode("utf-8")
            assert "2025-06-02T09:00:00Z" in core


@pytest.mark.parametrize("name", PDF_SAMPLES, ids=str)
def test_pdf_shows_every_gold_action(name: str) -> None:
    gold = load_gold(name)
    with pdfplumber.open(SAMPLES_DIR / name) as pdf:
        words = Counter(w for page in pdf.pages for w in (page.extract_text() or "").split())
    assert gold["institution"].split()[-1] in words
    for action in gold["actions"]:
        missing = [w for w in action["text"].split() if w not in words]
        assert not missing, f"{action['text'][:40]!r}: {missing}"
        for owner in action["owners"]:
            assert any(owner in w for w in words), owner


def fill_counts(name: str) -> Counter[tuple[float, float, float]]:
    """How many cells of each fill colour the PDF draws, across pages."""
    counts: Counter[tuple[float, float, float]] = Counter()
    with pdfplumber.open(SAMPLES_DIR / name) as pdf:
        for page in pdf.pages:
            for rect in page.rects:
                colour = rect.get("non_stroking_color")
                if rect.get("fill") and isinstance(colour, tuple | list) and len(colour) == 3:
                    counts[tuple(round(float(c), 2) for c in colour)] += 1
    return counts


GANTT_STYLES = {
    "gantt_grid.pdf": "NORTHFELL_STYLE",
    "gantt_dates.pdf": "THORNLEIGH_STYLE",
    "gantt_months.pdf": "RAVENSWORTH_STYLE",
}


@pytest.mark.parametrize("name", sorted(GANTT_STYLES), ids=str)
def test_gantt_shading_matches_gold_timeline(builder: ModuleType, name: str) -> None:
    style = getattr(builder, GANTT_STYLES[name])
    shade = tuple(round(c, 2) for c in style.shade)
    swatches = 1  # the key below the grid shows one shaded swatch
    expected = sum(len(a["timeline"]) for a in load_gold(name)["actions"]) + swatches
    assert fill_counts(name)[shade] == expected


@pytest.mark.parametrize("name", [*sorted(GANTT_STYLES), "ruled_table_status.pdf"], ids=str)
def test_status_fills_match_gold_rag(builder: ModuleType, name: str) -> None:
    fills = getattr(builder, GANTT_STYLES[name]).rag_fills if name in GANTT_STYLES else builder.HARBOURSIDE_RAG
    statuses = [a["status"] for a in load_gold(name)["actions"]]
    gold_rags = Counter(s["rag"] for s in statuses if s is not None and s["rag"])
    counts = fill_counts(name)
    swatches = 0 if name == "ruled_table_status.pdf" else 1  # Gantt keys show one swatch per colour
    for rag, colour in fills.items():
        key = tuple(round(c, 2) for c in colour)
        assert counts[key] == gold_rags[rag] + swatches, f"{rag} cells (a status cell split over a page is drawn twice)"
    assert set(gold_rags) == {"red", "amber", "green"}
    assert any(s is None or s["rag"] is None for s in statuses), "an unfilled status cell"


@pytest.mark.parametrize("name", sorted(GANTT_STYLES), ids=str)
def test_gantt_text_prints_period_headers_and_no_shading(builder: ModuleType, name: str) -> None:
    style = getattr(builder, GANTT_STYLES[name])
    text = (SAMPLES_DIR / name.replace(".pdf", ".txt")).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if "\t" in line]
    headers = [
        k for k, cells in enumerate(rows) if list(style.period_labels) == [c for c in cells if c in style.period_labels]
    ]
    assert headers, "the period header cells are printed"
    first = rows[headers[0]].index(style.period_labels[0])
    body = [cells for k, cells in enumerate(rows) if k not in headers and len(cells) == len(rows[headers[0]])]
    assert len(body) == len(load_gold(name)["actions"])
    assert all(not "".join(cells[first : first + len(style.period_labels)]) for cells in body), "shaded cells are empty"


def test_column_aligned_rendition_has_no_tabs_and_pages_at_form_feeds() -> None:
    text = (SAMPLES_DIR / "unruled_table.txt").read_text(encoding="utf-8")
    assert "\t" not in text
    with pdfplumber.open(SAMPLES_DIR / "unruled_table.pdf") as pdf:
        assert text.count("\f") == len(pdf.pages) - 1
