"""The HTML report in a real headless Chromium (Debian's system binary, driven by playwright).

Checks: the page opens from file:// with no console error and no network request,
the pillar heatmap shows one cell per (institution, pillar) with the comparison's
counts, the filter narrows the action table, and printing gives A4 landscape pages.
A screenshot goes to tmp_path, and to out/ when the test is run by hand (CI unset).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from paths import FIXTURES_DIR, PROJECT_DIR

from comparer.report.html_report import plan_institutions, render_html
from schemas import ActionPlan, Comparison

REPORT_FIXTURES = FIXTURES_DIR / "report"
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


def load_inputs() -> tuple[Comparison, list[ActionPlan]]:
    comparison = Comparison.model_validate_json((REPORT_FIXTURES / "comparison.json").read_text(encoding="utf-8"))
    raw = json.loads((REPORT_FIXTURES / "plans.json").read_text(encoding="utf-8"))
    return comparison, [ActionPlan.model_validate(item) for item in raw]


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
def inputs() -> tuple[Comparison, list[ActionPlan]]:
    return load_inputs()


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory, inputs: tuple[Comparison, list[ActionPlan]]) -> Path:
    target = tmp_path_factory.mktemp("report") / "report.html"
    target.write_text(render_html(*inputs), encoding="utf-8")
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


def test_pillar_heatmap_matches_the_comparison(session: Session, inputs: tuple[Comparison, list[ActionPlan]]) -> None:
    comparison, _ = inputs
    cells = session.page.eval_on_selector_all(
        "#pillar-heatmap td.cell",
        "cells => cells.map(c => [c.dataset.institution, c.dataset.pillar, c.innerText.trim(),"
        " getComputedStyle(c).backgroundColor])",
    )
    coverage = comparison.coverage
    assert len(cells) == len(coverage.institutions) * len(coverage.pillars)
    got = {(inst, pillar): int(text) for inst, pillar, text, _ in cells}
    expected = {(i, p): coverage.by_pillar[i].get(p, 0) for i in coverage.institutions for p in coverage.pillars}
    assert got == expected
    colours = {int(text): colour for _, _, text, colour in cells}
    assert colours[0] != colours[max(colours)], "zero and the maximum are drawn differently"


def test_typing_in_the_filter_narrows_the_table(session: Session, inputs: tuple[Comparison, list[ActionPlan]]) -> None:
    _, plans = inputs
    page = session.page
    total = sum(len(p.actions) for p in plans)
    assert page.is_visible("#action-filters")
    assert len(visible_rows(page)) == total
    term = "technician"
    page.fill("#filter-text", term)
    rows = visible_rows(page)
    assert 0 < len(rows) < total
    assert all(term in text for _, _, text in rows)
    expected = sum(1 for plan in plans for a in plan.actions if term in " ".join([a.text, *a.measures]).lower())
    assert len(rows) >= expected
    assert page.inner_text("#filter-count") == f"Showing {len(rows)} of {total} actions"
    page.fill("#filter-text", "technician network")
    assert all("technician" in t and "network" in t for _, _, t in visible_rows(page)), "every word must match"
    page.fill("#filter-text", "no action says this")
    assert visible_rows(page) == []
    page.fill("#filter-text", "")
    assert len(visible_rows(page)) == total


def test_selects_filter_by_institution_and_pillar(
    session: Session, inputs: tuple[Comparison, list[ActionPlan]]
) -> None:
    comparison, plans = inputs
    page = session.page
    names = plan_institutions(comparison, plans)
    name, plan = names[1], plans[1]
    page.select_option("#filter-institution", value=name)
    rows = visible_rows(page)
    assert len(rows) == len(plan.actions)
    assert {inst for inst, _, _ in rows} == {name}
    pillar = next(a.pillar for a in plan.actions if a.pillar is not None)
    assert pillar is not None
    page.select_option("#filter-pillar", value=pillar.value)
    rows = visible_rows(page)
    assert len(rows) == sum(1 for a in plan.actions if a.pillar == pillar)
    assert {(inst, p) for inst, p, _ in rows} == {(name, pillar.value)}


def test_screenshot(session: Session, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    session.page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if not os.environ.get("CI"):
        out = PROJECT_DIR / "out"
        out.mkdir(exist_ok=True)
        shutil.copyfile(shot, out / "report.png")


def test_prints_to_a4_landscape(session: Session, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    session.page.pdf(path=str(target), prefer_css_page_size=True, print_background=True)
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) >= 2
        for page in pdf.pages:
            assert (page.width, page.height) == pytest.approx(A4_LANDSCAPE, abs=1.5)
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Coverage by pillar" in text
    assert "Search text" not in text, "the filter form is screen-only"
