"""Plan text is data, never markup: hostile strings in every field stay inert.

The hand-made comparison is "poisoned": institution names, practice ids and labels,
action text, measures, owners, dates, status, notes, cluster labels and source paths
all carry a script tag and an attribute-breaking image tag. The page must show them
as text, in string checks and in a real headless Chromium.
"""

from __future__ import annotations

import html
import json
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from paths import FIXTURES_DIR

from comparer.report.html_report import render_html
from comparer.report.xlsx_report import render_xlsx
from schemas import ActionPlan, Comparison

REPORT_FIXTURES = FIXTURES_DIR / "report"
SCRIPT_PAYLOAD = "<script>alert(1)</script>"
IMG_PAYLOAD = '"><img src=x onerror=alert(1)>'
QUOTE_PAYLOAD = "' onmouseover='alert(2)"
PAYLOAD = f" {SCRIPT_PAYLOAD}{IMG_PAYLOAD}{QUOTE_PAYLOAD}"
# Keys whose string values (or list items, or dict values) are free text from a plan.
TEXT_KEYS = {
    "text",
    "title",
    "label",
    "section",
    "theme",
    "notes",
    "raw",
    "measures",
    "owners",
    "owner_names",
    "shared_terms",
    "path",
    "source",
    "id",
    "ref",
    "practices",
    "legend",
}
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def poison(value: Any, rename: dict[str, str], key: str | None = None) -> Any:
    """Rename institutions and practice ids consistently; append the payload to free text."""
    if isinstance(value, dict):
        return {
            rename.get(k, k): poison(v, rename, key if key in ("practices", "legend") else k) for k, v in value.items()
        }
    if isinstance(value, list):
        return [poison(v, rename, key) for v in value]
    if isinstance(value, str):
        if value in rename:
            return rename[value]
        if key in TEXT_KEYS:
            return value + PAYLOAD
    return value


def poisoned_inputs() -> tuple[Comparison, list[ActionPlan]]:
    comparison = json.loads((REPORT_FIXTURES / "comparison.json").read_text(encoding="utf-8"))
    plans = json.loads((REPORT_FIXTURES / "plans.json").read_text(encoding="utf-8"))
    rename = {name: name + PAYLOAD for name in comparison["coverage"]["institutions"]}
    rename.update({pid: pid + PAYLOAD for pid in comparison["practices"]})
    return (
        Comparison.model_validate(poison(comparison, rename)),
        [ActionPlan.model_validate(poison(plan, rename)) for plan in plans],
    )


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


@pytest.fixture(scope="module")
def inputs() -> tuple[Comparison, list[ActionPlan]]:
    return poisoned_inputs()


@pytest.fixture(scope="module")
def page(inputs: tuple[Comparison, list[ActionPlan]]) -> str:
    return render_html(*inputs)


@pytest.fixture(scope="module")
def tags(page: str) -> list[tuple[str, dict[str, str]]]:
    collector = TagCollector()
    collector.feed(page)
    collector.close()
    return collector.tags


def test_the_poison_reached_the_inputs(inputs: tuple[Comparison, list[ActionPlan]]) -> None:
    comparison, plans = inputs
    assert all(SCRIPT_PAYLOAD in name for name in comparison.coverage.institutions)
    assert all(SCRIPT_PAYLOAD in p for p in comparison.coverage.practices)
    assert all(IMG_PAYLOAD in a.text for plan in plans for a in plan.actions)
    assert any(IMG_PAYLOAD in m for plan in plans for a in plan.actions for m in a.measures)


@pytest.mark.parametrize(
    "payload", [SCRIPT_PAYLOAD, IMG_PAYLOAD, QUOTE_PAYLOAD], ids=["script-tag", "img-onerror", "single-quote"]
)
def test_payload_only_appears_escaped(page: str, payload: str) -> None:
    assert payload not in page
    assert html.escape(payload, quote=True) in page


def test_no_injected_elements(tags: list[tuple[str, dict[str, str]]]) -> None:
    names = [tag for tag, _ in tags]
    assert names.count("script") == 1
    assert "img" not in names


def test_no_event_handler_or_script_url_attributes(tags: list[tuple[str, dict[str, str]]]) -> None:
    for tag, attrs in tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), f"<{tag} {name}=...> is an event handler"
            assert not value.strip().lower().startswith("javascript:"), f"<{tag} {name}={value!r}>"


def test_attribute_values_round_trip_exactly(
    tags: list[tuple[str, dict[str, str]]], inputs: tuple[Comparison, list[ActionPlan]]
) -> None:
    comparison, _ = inputs
    values = {attrs["data-institution"] for tag, attrs in tags if tag == "tr" and "data-institution" in attrs}
    assert values == set(comparison.coverage.institutions)


SVG_TAGS = {"svg", "title", "desc", "g", "rect", "text", "line"}


def svg_tags(tags: list[tuple[str, dict[str, str]]], chart_id: str) -> list[tuple[str, dict[str, str]]]:
    """The start tags from the opening <svg id=chart_id> to the next page-level block after it."""
    start = next(i for i, (tag, attrs) in enumerate(tags) if tag == "svg" and attrs.get("id") == chart_id)
    end = next(
        (i for i in range(start + 1, len(tags)) if tags[i][0] in ("div", "figure", "table", "svg", "section")),
        len(tags),
    )
    return tags[start:end]


@pytest.mark.parametrize("chart_id", ["pillar-chart", "practice-chart"], ids=["pillars", "practices"])
def test_svg_charts_hold_only_chart_elements(tags: list[tuple[str, dict[str, str]]], chart_id: str) -> None:
    inside = svg_tags(tags, chart_id)
    assert {tag for tag, _ in inside} <= SVG_TAGS
    assert any(tag == "g" for tag, _ in inside)


def test_svg_segment_attributes_round_trip_exactly(
    tags: list[tuple[str, dict[str, str]]], inputs: tuple[Comparison, list[ActionPlan]]
) -> None:
    comparison, _ = inputs
    inside = svg_tags(tags, "pillar-chart")
    bars = {attrs["data-institution"] for tag, attrs in inside if "bar" in attrs.get("class", "").split()}
    assert bars == set(comparison.coverage.institutions)
    practices = {attrs["data-practice"] for tag, attrs in svg_tags(tags, "practice-chart") if "data-practice" in attrs}
    assert practices
    assert practices <= set(comparison.coverage.practices)


def test_svg_tooltips_show_the_payload_as_text(page: str, inputs: tuple[Comparison, list[ActionPlan]]) -> None:
    comparison, _ = inputs
    chart = page[page.index('<svg class="chart" id="pillar-chart"') : page.index("</svg>")]
    for name in comparison.coverage.institutions:
        assert f"<title>{html.escape(name, quote=True)} \u2014 " in chart
    assert SCRIPT_PAYLOAD not in chart


def test_the_only_script_is_the_filter(page: str) -> None:
    assert page.lower().count("<script") == 1
    assert page.lower().count("</script") == 1
    script = page[page.index("<script>") : page.index("</script>")]
    assert "alert" not in script
    assert "innerHTML" not in script


def test_xlsx_keeps_the_payload_as_plain_text(inputs: tuple[Comparison, list[ActionPlan]]) -> None:
    import io
    import zipfile
    from xml.etree import ElementTree

    book = zipfile.ZipFile(io.BytesIO(render_xlsx(*inputs)))
    strings = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
    texts = {"".join(t.itertext()) for t in strings}
    _, plans = inputs
    assert plans[0].actions[0].text in texts


def _chromium() -> str:
    found = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if found is None:
        pytest.skip("no chromium binary on PATH or at /usr/bin/chromium (CI installs Debian's chromium)")
    return found


@pytest.mark.browser
def test_nothing_executes_in_chromium(tmp_path: Path, page: str, inputs: tuple[Comparison, list[ActionPlan]]) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the dev extra")
    executable = _chromium()
    target = tmp_path / "report.html"
    target.write_text(page, encoding="utf-8")
    dialogs: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        try:
            tab = browser.new_page()
            tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            tab.on("pageerror", lambda e: errors.append(str(e)))
            tab.goto(target.as_uri())
            tab.wait_for_load_state("load")
            tab.wait_for_timeout(300)  # give any injected onerror a chance to fire
            images = tab.evaluate("document.querySelectorAll('img').length")
            scripts = tab.evaluate("document.scripts.length")
            handlers = tab.evaluate(
                "Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes))"
                ".filter(a => a.name.startsWith('on')).length"
            )
            first_cell = tab.inner_text("#action-table tbody tr:first-child td:nth-child(4)")
            tab.fill("#filter-text", SCRIPT_PAYLOAD)
            shown = tab.locator("#action-table tbody tr:not([hidden])").count()
            tab.hover("#pillar-heatmap td.cell")
            tab.wait_for_timeout(100)
        finally:
            browser.close()
    assert dialogs == []
    assert errors == []
    assert images == 0
    assert scripts == 1
    assert handlers == 0
    _, plans = inputs
    assert IMG_PAYLOAD in first_cell, "the payload is shown as text"
    assert shown == sum(len(p.actions) for p in plans), "searching for the payload finds it as text in every row"
