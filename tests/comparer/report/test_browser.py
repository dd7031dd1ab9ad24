"""The HTML report in a real headless Chromium (Debian's system binary, driven by playwright).

`tc-compare` runs on three sample plans (a text table, a ruled PDF table and a
Markdown list) with `-o`, as a user would. Checks: report.html opens from file://
with no console error and no network request, the pillar heatmap shows one cell per
(institution, pillar) with the counts of the comparison.json written beside it, the
filter narrows the action table, the page never scrolls sideways at 800 or 1400 px
(wide tables scroll in their own box), and printing gives A4 landscape pages.
Screenshots go to a temporary folder, never into the repository.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from paths import PROJECT_DIR, SAMPLES_DIR

from schemas import Comparison

SAMPLE_PLANS = ("plain_text_tabs.txt", "ruled_table_status.pdf", "bullets.md")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
A4_LANDSCAPE = (841.89, 595.28)  # points

pytestmark = pytest.mark.browser


def chromium_executable() -> str:
    found = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if found is None:
        pytest.skip("no chromium binary on PATH or at /usr/bin/chromium (CI installs Debian's chromium)")
    return found


class Session:
    """One page in one browser, with everything it logged or fetched."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda m: self.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.page_errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    inputs = [SAMPLES_DIR / name for name in SAMPLE_PLANS]
    missing = [p.name for p in inputs if not p.is_file()]
    assert not missing, f"sample plans missing: {missing}"
    out = tmp_path_factory.mktemp("compare")
    command = [sys.executable, "-m", "tcplans", "compare", *map(str, inputs), "-o", str(out)]
    command += ["--reports", "json,html"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=PROJECT_DIR, check=False)
    assert run.returncode == 0, run.stderr
    return out


@pytest.fixture(scope="module")
def comparison(report_dir: Path) -> Comparison:
    return Comparison.model_validate_json((report_dir / "comparison.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report_file(report_dir: Path) -> Path:
    target = report_dir / "report.html"
    assert target.is_file()
    return target


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the dev extra")
    executable = chromium_executable()
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def session(browser: Any, report_file: Path) -> Iterator[Session]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    opened = Session(page)
    page.goto(report_file.as_uri())
    page.wait_for_load_state("load")
    try:
        yield opened
    finally:
        context.close()


def visible_rows(page: Any) -> list[tuple[str, str, str]]:
    return page.eval_on_selector_all(
        "#action-table tbody tr",
        "rows => rows.filter(r => !r.hidden && r.offsetParent !== null)"
        ".map(r => [r.dataset.institution, r.dataset.pillar, r.innerText.toLowerCase()])",
    )


def test_opens_offline_without_console_errors(session: Session) -> None:
    session.page.wait_for_timeout(200)
    assert session.console_errors == []
    assert session.page_errors == []
    assert all(url.startswith(("file:", "data:")) for url in session.requests), session.requests
    assert session.page.title() == "Technician Commitment action plans compared"


def test_pillar_heatmap_matches_the_comparison_json(session: Session, comparison: Comparison) -> None:
    cells = session.page.eval_on_selector_all(
        "#pillar-heatmap td.cell",
        "cells => cells.map(c => [c.dataset.institution, c.dataset.pillar, c.innerText.trim(),"
        " getComputedStyle(c).backgroundColor])",
    )
    coverage = comparison.coverage
    assert len(coverage.institutions) == len(SAMPLE_PLANS)
    assert len(cells) == len(coverage.institutions) * len(coverage.pillars)
    got = {(inst, pillar): int(text) for inst, pillar, text, _ in cells}
    expected = {(i, p): coverage.by_pillar[i].get(p, 0) for i in coverage.institutions for p in coverage.pillars}
    assert got == expected
    colours = {int(text): colour for _, _, text, colour in cells}
    assert colours[0] != colours[max(colours)], "zero and the maximum are drawn differently"


def test_practice_heatmap_matches_the_comparison_json(session: Session, comparison: Comparison) -> None:
    cells = session.page.eval_on_selector_all(
        "#practice-heatmap td.cell",
        "cells => cells.map(c => [c.dataset.institution, c.dataset.practice, c.innerText.trim().split(/\\s+/)[0]])",
    )
    coverage = comparison.coverage
    got = {(inst, practice): int(text) for inst, practice, text in cells}
    expected = {(i, p): coverage.by_practice[i].get(p, 0) for i in coverage.institutions for p in coverage.practices}
    assert got == expected


def test_typing_in_the_filter_narrows_the_table(session: Session, comparison: Comparison) -> None:
    page = session.page
    total = sum(p.actions for p in comparison.plans)
    assert page.is_visible("#action-filters")
    assert len(visible_rows(page)) == total
    # A rare word: the longest word of the first action the comparison names.
    keys = [k for f in comparison.findings for k in f.unique_actions] + [m.a for m in comparison.matches]
    assert keys, "the comparison names no action"
    key = keys[0]
    term = max(key.text.lower().split(), key=len).strip(".,;:()")
    page.fill("#filter-text", term)
    rows = visible_rows(page)
    assert 0 < len(rows) < total
    assert all(term in text for _, _, text in rows)
    assert any(inst == key.institution for inst, _, _ in rows)
    assert page.inner_text("#filter-count") == f"Showing {len(rows)} of {total} actions"
    page.fill("#filter-text", f"{term} zzqx")
    assert visible_rows(page) == [], "every word must match"
    page.fill("#filter-text", "")
    assert len(visible_rows(page)) == total


@pytest.mark.parametrize("position", [0, -1], ids=["first-plan", "last-plan"])
def test_selects_filter_by_institution_and_pillar(session: Session, comparison: Comparison, position: int) -> None:
    page = session.page
    summary = comparison.plans[position]
    page.select_option("#filter-institution", value=summary.institution)
    rows = visible_rows(page)
    assert len(rows) == summary.actions
    assert {inst for inst, _, _ in rows} == {summary.institution}
    counts = comparison.coverage.by_pillar[summary.institution]
    pillar = max(counts, key=lambda p: (counts[p], p))
    page.select_option("#filter-pillar", value=pillar)
    rows = visible_rows(page)
    assert len(rows) == counts[pillar] > 0
    assert {(inst, p) for inst, p, _ in rows} == {(summary.institution, pillar)}
    assert (
        page.inner_text("#filter-count") == f"Showing {len(rows)} of {sum(p.actions for p in comparison.plans)} actions"
    )


def test_source_column_names_a_page_or_line(session: Session) -> None:
    sources = session.page.eval_on_selector_all(
        "#action-table tbody tr td:last-child", "cells => cells.map(c => c.innerText.trim())"
    )
    assert sources
    assert all(s.startswith(("p.", "pp.", "line ", "lines ")) for s in sources), sorted(set(sources))[:5]
    assert any(s.startswith("p") for s in sources)
    assert any(s.startswith("line") for s in sources)


def test_pillar_chart_renders_one_segment_per_nonzero_count(session: Session, comparison: Comparison) -> None:
    box = session.page.locator("#pillar-chart").bounding_box()
    assert box is not None
    assert box["width"] > 300
    assert box["height"] > 50
    segments = session.page.eval_on_selector_all(
        "#pillar-chart g.segment",
        "gs => gs.map(g => { const r = g.querySelector('rect').getBoundingClientRect();"
        " return [g.dataset.institution, g.dataset.pillar, Number(g.dataset.count), r.width, r.height]; })",
    )
    expected = sorted(
        (name, pillar, n) for name, row in comparison.coverage.by_pillar.items() for pillar, n in row.items() if n > 0
    )
    assert sorted((name, pillar, n) for name, pillar, n, _, _ in segments) == expected
    assert all(width > 0 and height > 0 for *_, width, height in segments)
    bars = session.page.eval_on_selector_all("#pillar-chart g.bar", "gs => gs.length")
    assert bars == len(comparison.coverage.institutions)


def test_practice_chart_renders(session: Session) -> None:
    box = session.page.locator("#practice-chart").bounding_box()
    assert box is not None
    assert box["width"] > 300
    widths = session.page.eval_on_selector_all(
        "#practice-chart g.bar rect", "rs => rs.map(r => r.getBoundingClientRect().width)"
    )
    assert 0 < len(widths) <= 15
    assert all(w > 0 for w in widths)
    assert widths == sorted(widths, reverse=True)


def test_charts_fit_the_page_width(session: Session) -> None:
    session.page.set_viewport_size({"width": 700, "height": 900})
    for chart in ("#pillar-chart", "#practice-chart"):
        box = session.page.locator(chart).bounding_box()
        assert box is not None
        assert box["x"] + box["width"] <= 700


def test_screenshot(session: Session, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    session.page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    charts = tmp_path / "charts.png"
    session.page.locator("#pillars").screenshot(path=str(charts))
    assert charts.stat().st_size > 5_000


@pytest.mark.parametrize("width", [800, 1400])
def test_the_page_never_scrolls_sideways(session: Session, width: int, tmp_path: Path) -> None:
    page = session.page
    page.set_viewport_size({"width": width, "height": 900})
    page.wait_for_timeout(100)
    page_width = page.evaluate("document.documentElement.scrollWidth")
    viewport = page.evaluate("document.documentElement.clientWidth")
    assert page_width <= viewport, f"the page is {page_width} px wide in a {viewport} px window"
    box = page.locator("#action-table").evaluate("t => t.parentElement.getBoundingClientRect().right")
    assert box <= viewport
    page.screenshot(path=str(tmp_path / f"report-{width}.png"), full_page=False)


def test_prints_to_a4_landscape(session: Session, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    session.page.pdf(path=str(target), prefer_css_page_size=True, print_background=True)
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) >= 2
        for page in pdf.pages:
            assert (page.width, page.height) == pytest.approx(A4_LANDSCAPE, abs=1.5)
        first = pdf.pages[0].extract_text() or ""  # one page only: text extraction is slow
    assert "Summary" in first
    assert "Coverage by pillar" in first
    session.page.emulate_media(media="print")
    assert not session.page.is_visible("#action-filters"), "the filter form is screen-only"
    assert not session.page.is_visible("nav.toc")
