"""render_html: structure, numbers and determinism, read back with html.parser."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from paths import FIXTURES_DIR, SAMPLES_DIR

from comparer.report.charts import _nice_step, pillar_chart_svg, practice_chart_svg, shared_practices
from comparer.report.html_report import (
    HEAT_BINS,
    _dates_html,
    _heat_bin,
    _source_label,
    _timeline_label,
    render_html,
    write_html,
)
from comparer.report.view import ActionRow, action_rows, pillar_label, plan_institutions
from schemas import ActionPlan, Comparison, Coverage, PlanSummary, Provenance, SourceInfo

REPORT_FIXTURES = FIXTURES_DIR / "report"
VOID = {"meta", "link", "input", "col", "br", "img", "hr", "source", "wbr", "area", "base", "embed", "track"}


def load_comparison() -> Comparison:
    return Comparison.model_validate_json((REPORT_FIXTURES / "comparison.json").read_text(encoding="utf-8"))


def load_plans() -> list[ActionPlan]:
    raw = json.loads((REPORT_FIXTURES / "plans.json").read_text(encoding="utf-8"))
    return [ActionPlan.model_validate(item) for item in raw]


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)

    def text(self) -> str:
        out = list(self.parts)
        out.extend(child.text() for child in self.children)
        return " ".join(" ".join(out).split())

    def iter(self) -> list[Node]:
        found = [self]
        for child in self.children:
            found.extend(child.iter())
        return found

    def find_all(self, tag: str | None = None, **attrs: str) -> list[Node]:
        def ok(node: Node) -> bool:
            if tag is not None and node.tag != tag:
                return False
            for key, value in attrs.items():
                name = key.rstrip("_").replace("_", "-")
                if name == "class":
                    if value not in node.attrs.get("class", "").split():
                        return False
                elif node.attrs.get(name) != value:
                    return False
            return True

        return [n for n in self.iter() if ok(n)]

    def one(self, tag: str | None = None, **attrs: str) -> Node:
        found = self.find_all(tag, **attrs)
        assert len(found) == 1, f"expected one <{tag} {attrs}>, found {len(found)}"
        return found[0]


class TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].parts.append(data)


def parse(page: str) -> Node:
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    return builder.root


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return load_comparison()


@pytest.fixture(scope="module")
def plans() -> list[ActionPlan]:
    return load_plans()


@pytest.fixture(scope="module")
def page(comparison: Comparison, plans: list[ActionPlan]) -> str:
    return render_html(comparison, plans)


@pytest.fixture(scope="module")
def tree(page: str) -> Node:
    return parse(page)


def test_same_input_gives_identical_bytes(comparison: Comparison, plans: list[ActionPlan], page: str) -> None:
    again = render_html(load_comparison(), load_plans())
    assert again.encode("utf-8") == page.encode("utf-8")


def test_page_is_self_contained(tree: Node, page: str) -> None:
    assert not tree.find_all("link", rel="stylesheet")
    for node in tree.iter():
        for name in ("src", "href", "action", "srcset", "poster"):
            value = node.attrs.get(name)
            if value is not None:
                assert value.startswith(("#", "data:")), f"<{node.tag} {name}={value!r}> leaves the file"
    assert "@import" not in page
    assert "url(" not in page
    assert not re.search(r"https?://", page)


def test_print_css_asks_for_a4_landscape(page: str) -> None:
    assert re.search(r"@page\s*\{[^}]*size:\s*A4 landscape", page)
    assert "@media print" in page


def test_only_the_inline_script_is_allowed_by_the_csp(tree: Node) -> None:
    scripts = tree.find_all("script")
    assert len(scripts) == 1
    body = "".join(scripts[0].parts)
    digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
    csp = tree.one("meta", http_equiv="Content-Security-Policy").attrs["content"]
    assert f"'sha256-{digest}'" in csp
    assert "default-src 'none'" in csp


def test_every_header_cell_has_a_scope(tree: Node) -> None:
    headers = tree.find_all("th")
    assert headers
    assert all(th.attrs.get("scope") in {"col", "row"} for th in headers)


def test_pillar_heatmap_has_one_cell_per_institution_and_pillar(tree: Node, comparison: Comparison) -> None:
    table = tree.one("table", id="pillar-heatmap")
    cells = table.find_all("td", class_="cell")
    coverage = comparison.coverage
    seen = {(c.attrs["data-institution"], c.attrs["data-pillar"]): c for c in cells}
    assert len(cells) == len(seen) == len(coverage.institutions) * len(coverage.pillars)
    for institution in coverage.institutions:
        for pillar in coverage.pillars:
            cell = seen[(institution, pillar)]
            expected = coverage.by_pillar[institution].get(pillar, 0)
            assert cell.text() == str(expected)
            assert cell.attrs["data-count"] == str(expected)


def test_pillar_chart_has_one_bar_per_institution_and_the_coverage_counts(tree: Node, comparison: Comparison) -> None:
    svg = tree.one("svg", id="pillar-chart")
    assert svg.attrs["role"] == "img"
    assert svg.attrs["viewbox"].startswith("0 0 ")  # html.parser lower-cases attribute names
    assert svg.find_all("title")
    assert svg.one("desc").text()
    bars = svg.find_all("g", class_="bar")
    assert {b.attrs["data-institution"] for b in bars} == set(comparison.coverage.institutions)
    assert len(bars) == len(comparison.coverage.institutions)
    found: dict[str, dict[str, int]] = {}
    for bar in bars:
        name = bar.attrs["data-institution"]
        for segment in bar.find_all("g", class_="segment"):
            assert segment.attrs["data-institution"] == name
            count = int(segment.attrs["data-count"])
            found.setdefault(name, {})[segment.attrs["data-pillar"]] = count
            tooltip = segment.one("title").text()
            assert tooltip.startswith(f"{name} \u2014 {pillar_label(segment.attrs['data-pillar'])}: {count} action")
        assert int(bar.attrs["data-total"]) == sum(found.get(name, {}).values())
    expected = {
        name: {p: n for p, n in row.items() if n > 0}
        for name, row in comparison.coverage.by_pillar.items()
        if any(n > 0 for n in row.values())
    }
    assert found == expected


def test_pillar_chart_has_a_legend_entry_per_pillar(tree: Node, comparison: Comparison) -> None:
    legend = tree.one("svg", id="pillar-chart").one("g", class_="legend")
    labels = [t.text() for t in legend.find_all("text")]
    assert labels == [pillar_label(p) for p in comparison.coverage.pillars]
    fills = [r.attrs["fill"] for r in legend.find_all("rect")]
    assert len(set(fills)) == len(fills)


def test_pillar_chart_sits_above_the_pillar_table(page: str) -> None:
    assert page.index('id="h-pillars"') < page.index('id="pillar-chart"') < page.index('id="pillar-heatmap"')


def test_practice_chart_ranks_practices_by_institutions_covering_them(tree: Node, comparison: Comparison) -> None:
    svg = tree.one("svg", id="practice-chart")
    assert svg.attrs["role"] == "img"
    coverage = comparison.coverage
    covering = {
        p: sum(1 for i in coverage.institutions if coverage.by_practice.get(i, {}).get(p, 0) > 0)
        for p in coverage.practices
    }
    bars = svg.find_all("g", class_="bar")
    assert 0 < len(bars) <= 15
    counts = [int(b.attrs["data-count"]) for b in bars]
    assert counts == sorted(counts, reverse=True)
    for bar in bars:
        assert covering[bar.attrs["data-practice"]] == int(bar.attrs["data-count"])
    shown = {b.attrs["data-practice"] for b in bars}
    if len(bars) < 15:
        assert shown == {p for p, n in covering.items() if n > 0}
    else:
        assert min(counts) >= max((n for p, n in covering.items() if p not in shown), default=0)


def test_shared_practices_keeps_the_top_fifteen_with_stable_ties() -> None:
    practices = [f"p{i:02d}" for i in range(20)]
    institutions = ["A", "B", "C"]
    by_practice = {
        name: {p: (1 if i % (k + 1) == 0 else 0) for i, p in enumerate(practices)}
        for k, name in enumerate(institutions)
    }
    comparison = Comparison(
        plans=[PlanSummary(institution=n, source=f"{n}.txt", actions=1, pillars={}) for n in institutions],
        matches=[],
        coverage=Coverage(
            institutions=institutions, pillars=[], practices=practices, by_pillar={}, by_practice=by_practice
        ),
    )
    top = shared_practices(comparison)
    assert len(top) == 15
    assert top[0] == ("p00", 3)
    assert [n for _, n in top] == sorted((n for _, n in top), reverse=True)
    assert top == sorted(top, key=lambda item: (-item[1], item[0]))
    svg = practice_chart_svg(comparison)
    assert svg.count('class="bar"') == 15
    assert practice_chart_svg(comparison) == svg


def test_pillar_chart_clips_long_names_and_skips_numbers_that_do_not_fit() -> None:
    long_name = "The Very Long Named Institute of Advanced Technical Studies and Research"
    pillars = ["visibility", "recognition"]
    by_pillar = {long_name: {"visibility": 60, "recognition": 1}, "Short": {"visibility": 0, "recognition": 0}}
    comparison = Comparison(
        plans=[PlanSummary(institution=n, source=f"{i}.txt", actions=1, pillars={}) for i, n in enumerate(by_pillar)],
        matches=[],
        coverage=Coverage(
            institutions=list(by_pillar), pillars=pillars, practices=[], by_pillar=by_pillar, by_practice={}
        ),
    )
    svg = parse(pillar_chart_svg(comparison)).one("svg", id="pillar-chart")
    bars = svg.find_all("g", class_="bar")
    assert [b.attrs["data-total"] for b in bars] == ["61", "0"]
    label = bars[0].find_all("text")[0]
    assert label.one("title").text() == long_name
    assert "".join(label.parts) == long_name[:35].rstrip() + "\u2026"
    wide, narrow = bars[0].find_all("g", class_="segment")
    assert [t.text() for t in wide.find_all("text")] == ["60"]
    assert narrow.find_all("text") == []  # too thin for its number; the tooltip and the table carry it
    assert narrow.one("title").text().endswith(": 1 action")
    assert bars[1].find_all("g", class_="segment") == []
    ticks = [t.text() for t in svg.one("g", class_="axis").find_all("text")]
    assert ticks == ["0", "20", "40", "60", "80", "Number of actions"]


@pytest.mark.parametrize(
    ("maximum", "expected"),
    [(0, 1), (3, 1), (5, 1), (7, 2), (12, 5), (23, 5), (48, 10), (130, 50)],
    ids=["zero", "three", "five", "seven", "twelve", "twenty-three", "forty-eight", "one-thirty"],
)
def test_nice_step(maximum: int, expected: int) -> None:
    assert _nice_step(maximum) == expected


def test_heatmap_colour_follows_the_number(tree: Node) -> None:
    cells = tree.one("table", id="pillar-heatmap").find_all("td", class_="cell")
    fills: dict[int, set[str]] = {}
    for cell in cells:
        fill = re.search(r"background-color:(#[0-9a-f]{6})", cell.attrs["style"])
        assert fill
        fills.setdefault(int(cell.attrs["data-count"]), set()).add(fill.group(1))
    assert all(len(v) == 1 for v in fills.values()), "one count, one colour"
    assert len({next(iter(v)) for v in fills.values()}) == len(fills), "different counts, different colours"


def test_practice_heatmap_counts_and_gap_marks(tree: Node, comparison: Comparison) -> None:
    table = tree.one("table", id="practice-heatmap")
    cells = table.find_all("td", class_="cell")
    coverage = comparison.coverage
    assert len(cells) == len(coverage.institutions) * len(coverage.practices)
    gaps = {(f.institution, g.practice) for f in comparison.findings for g in f.gaps}
    assert gaps, "the fixture should contain a gap"
    for cell in cells:
        key = (cell.attrs["data-institution"], cell.attrs["data-practice"])
        count = coverage.by_practice[key[0]].get(key[1], 0)
        assert cell.text().split()[0] == str(count)
        marked = "gap" in cell.attrs["class"].split()
        assert marked == (key in gaps)
        assert ("gap" in cell.text()) == marked, "a gap is said in words, not only drawn"


def test_action_table_lists_every_action_of_every_plan(
    tree: Node, comparison: Comparison, plans: list[ActionPlan]
) -> None:
    table = tree.one("table", id="action-table")
    rows = table.one("tbody").find_all("tr")
    assert len(rows) == sum(len(p.actions) for p in plans)
    names = plan_institutions(comparison, plans)
    expected = [(name, str(i)) for name, plan in zip(names, plans, strict=True) for i in range(len(plan.actions))]
    assert [(r.attrs["data-institution"], r.attrs["data-index"]) for r in rows] == expected
    for row, (name, index) in zip(rows, expected, strict=True):
        action = plans[names.index(name)].actions[int(index)]
        assert " ".join(action.text.split()) in row.text()
        for measure in action.measures:
            assert measure in row.text()


def test_action_table_headers_name_the_required_columns(tree: Node) -> None:
    head = [th.text() for th in tree.one("table", id="action-table").one("thead").find_all("th")]
    for name in ("Institution", "Pillar", "Practices", "Action", "Measures", "Owners", "Dates", "Status", "Source"):
        assert name in head


def test_action_rows_carry_practice_tags_from_the_comparison(comparison: Comparison, plans: list[ActionPlan]) -> None:
    rows = action_rows(comparison, plans)
    tagged = {(r.institution, r.index): r.practices for r in rows if r.practices}
    for key in [m.a for m in comparison.matches] + [m.b for m in comparison.matches]:
        assert set(key.practices) <= set(tagged[(key.institution, key.index)])


def test_filter_controls_cover_every_pillar_and_institution(tree: Node, comparison: Comparison) -> None:
    pillars = [o.attrs["value"] for o in tree.one("select", id="filter-pillar").find_all("option")]
    institutions = [o.attrs["value"] for o in tree.one("select", id="filter-institution").find_all("option")]
    assert pillars[0] == ""
    assert institutions[0] == ""
    assert set(comparison.coverage.pillars) <= set(pillars)
    assert set(institutions[1:]) == set(comparison.coverage.institutions)
    rows = tree.one("table", id="action-table").one("tbody").find_all("tr")
    assert {r.attrs["data-pillar"] for r in rows} <= set(pillars[1:])


def test_findings_show_each_gap_and_unique_action(tree: Node, comparison: Comparison) -> None:
    section = tree.one("section", id="findings")
    cards = {card.one("h3").text().removesuffix(" focus"): card for card in section.find_all("article")}
    assert set(cards) == set(comparison.coverage.institutions)
    for findings in comparison.findings:
        text = cards[findings.institution].text()
        assert f"Gaps ({len(findings.gaps)})" in text
        assert f"Unique actions ({len(findings.unique_actions)})" in text
        for gap in findings.gaps:
            assert gap.label in text
            for example in gap.examples:
                assert example.text in text
        for key in findings.unique_actions:
            assert key.text in text


def test_clusters_put_each_institution_wording_in_its_own_column(tree: Node, comparison: Comparison) -> None:
    section = tree.one("section", id="clusters")
    blocks = section.find_all("div", class_="cluster")
    assert len(blocks) == len(comparison.clusters)
    for block, cluster in zip(blocks, comparison.clusters, strict=True):
        table = block.one("table")
        columns = [th.text() for th in table.one("thead").find_all("th")]
        assert set(columns) == set(cluster.institutions)
        cells = table.one("tbody").find_all("td")
        for member in cluster.members:
            assert member.text in cells[columns.index(member.institution)].text()


def test_summary_lists_each_plan_once(tree: Node, comparison: Comparison) -> None:
    table = tree.one("section", id="summary").one("table")
    heads = [th.text().removesuffix(" focus") for th in table.one("tbody").find_all("th")]
    assert sorted(heads) == sorted(p.institution for p in comparison.plans)
    assert heads[0] == comparison.focus


def test_report_renders_from_the_comparison_alone(comparison: Comparison) -> None:
    tree = parse(render_html(comparison))
    rows = tree.one("table", id="action-table").one("tbody").find_all("tr")
    mentioned = {(k.institution, k.index) for m in comparison.matches for k in (m.a, m.b)}
    got = {(r.attrs["data-institution"], int(r.attrs["data-index"])) for r in rows}
    assert mentioned <= got
    assert len(got) == len(rows)


def test_an_empty_comparison_still_renders() -> None:
    empty = Comparison(
        plans=[], matches=[], coverage=Coverage(institutions=[], pillars=[], practices=[], by_pillar={}, by_practice={})
    )
    tree = parse(render_html(empty, []))
    assert not tree.one("table", id="action-table").one("tbody").find_all("tr")
    assert "No practices were tagged" in tree.one("section", id="practices").text()


def _compared(paths: list[Path]) -> tuple[Comparison, list[ActionPlan]]:
    from comparer import compare
    from comparer.loading import load_inputs

    loaded = load_inputs(paths)
    assert not loaded.failures, loaded.failures
    return compare(loaded.plans), [item.plan for item in loaded.plans]


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("samples", id="sample-golds"),
        pytest.param("shared", id="shared-golds", marks=pytest.mark.shared),
    ],
)
def test_report_from_the_real_comparer(source: str, request: pytest.FixtureRequest) -> None:
    if source == "samples":
        paths = sorted((SAMPLES_DIR / "gold").glob("*.gold.json"))
    else:
        folder: Path = request.getfixturevalue("shared_plans")
        paths = [folder / "southampton.gold.json", folder / "sussex.gold.json"]
    comparison, plans = _compared(paths)
    tree = parse(render_html(comparison, plans))
    rows = tree.one("table", id="action-table").one("tbody").find_all("tr")
    assert len(rows) == sum(len(p.actions) for p in plans) == sum(s.actions for s in comparison.plans)
    per_institution: dict[str, int] = {}
    for row in rows:
        per_institution[row.attrs["data-institution"]] = per_institution.get(row.attrs["data-institution"], 0) + 1
    assert per_institution == {s.institution: s.actions for s in comparison.plans}
    coverage = comparison.coverage
    for institution in coverage.institutions:
        for pillar in coverage.pillars:
            in_table = sum(
                1 for r in rows if r.attrs["data-institution"] == institution and r.attrs["data-pillar"] == pillar
            )
            assert in_table == coverage.by_pillar[institution][pillar], (institution, pillar)
    cells = tree.one("table", id="pillar-heatmap").find_all("td", class_="cell")
    assert {(c.attrs["data-institution"], c.attrs["data-pillar"], int(c.text())) for c in cells} == {
        (i, p, coverage.by_pillar[i][p]) for i in coverage.institutions for p in coverage.pillars
    }


def test_write_html_writes_the_rendered_page(tmp_path: Path, comparison: Comparison, plans: list[ActionPlan]) -> None:
    target = write_html(comparison, plans, tmp_path / "out" / "report.html")
    assert target.read_text(encoding="utf-8") == render_html(comparison, plans)


def _plan(path: str, institution: str | None) -> ActionPlan:
    source = SourceInfo(path=path, sha256="0" * 64, format="text", layout="plain_text")
    return ActionPlan(extractor_version="test", institution=institution, actions=[], source=source)


def _summary(institution: str, source: str) -> PlanSummary:
    return PlanSummary(institution=institution, source=source, actions=0, pillars={})


@pytest.mark.parametrize(
    ("summaries", "plans", "expected"),
    [
        pytest.param(
            [_summary("B", "b.txt"), _summary("A", "a.txt")],
            [_plan("a.txt", None), _plan("b.txt", None)],
            ["A", "B"],
            id="by-source-path",
        ),
        pytest.param(
            [_summary("Beta", "x/b.txt"), _summary("Alpha", "x/a.txt")],
            [_plan("a.txt", "Alpha"), _plan("b.txt", "Beta")],
            ["Alpha", "Beta"],
            id="by-institution-name",
        ),
        pytest.param(
            [_summary("One", "1.txt"), _summary("Two", "2.txt")],
            [_plan("first.txt", None), _plan("second.txt", None)],
            ["One", "Two"],
            id="by-position",
        ),
        pytest.param([], [_plan("dir/stem.txt", None)], ["stem"], id="no-summary-uses-file-stem"),
    ],
)
def test_plan_institutions_pairs_plans_with_summaries(
    summaries: list[PlanSummary], plans: list[ActionPlan], expected: list[str]
) -> None:
    comparison = Comparison(
        plans=summaries,
        matches=[],
        coverage=Coverage(institutions=[], pillars=[], practices=[], by_pillar={}, by_practice={}),
    )
    assert plan_institutions(comparison, plans) == expected


@pytest.mark.parametrize(
    ("count", "maximum", "expected"),
    [
        pytest.param(0, 5, 0, id="zero-is-blank"),
        pytest.param(1, 1, HEAT_BINS, id="max-is-darkest"),
        pytest.param(1, 100, 1, id="small-is-lightest-non-blank"),
        pytest.param(50, 100, HEAT_BINS // 2, id="half-is-middle"),
        pytest.param(3, 0, 0, id="no-maximum"),
    ],
)
def test_heat_bin(count: int, maximum: int, expected: int) -> None:
    assert _heat_bin(count, maximum) == expected


@pytest.mark.parametrize(
    ("provenance", "expected"),
    [
        pytest.param(Provenance(page=3), "p.&nbsp;3", id="page"),
        pytest.param(Provenance(page=2, pages=[2, 3]), "pp.&nbsp;2&ndash;3", id="page-span"),
        pytest.param(Provenance(line=7), "line 7", id="line"),
        pytest.param(Provenance(line=7, end_line=9), "lines 7&ndash;9", id="line-span"),
        pytest.param(Provenance(), "&mdash;", id="nothing"),
        pytest.param(None, "&mdash;", id="none"),
    ],
)
def test_source_label(provenance: Provenance | None, expected: str) -> None:
    assert _source_label(provenance) == expected


@pytest.mark.parametrize(
    ("months", "expected"),
    [
        pytest.param(["2023-04", "2023-01", "2024-07"], "2023 Jan, Apr; 2024 Jul", id="sorted-by-year"),
        pytest.param(["2023-01", "2023-01"], "2023 Jan", id="deduplicated"),
        pytest.param([], "", id="empty"),
    ],
)
def test_timeline_label(months: list[str], expected: str) -> None:
    assert _timeline_label(months) == expected


@pytest.mark.parametrize(
    ("pillar", "expected"),
    [
        pytest.param("career_development", "Career development", id="known"),
        pytest.param(None, "No pillar", id="none"),
        pytest.param("new_pillar", "New pillar", id="unknown-is-readable"),
    ],
)
def test_pillar_label(pillar: str | None, expected: str) -> None:
    assert pillar_label(pillar) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ActionRow("X", 0, "t", start="Oct 2021", start_date="2021-10", end="Annual"),
            "Oct 2021 &ndash; Annual",
            id="span",
        ),
        pytest.param(ActionRow("X", 0, "t", end="Jun-25", end_date="2025-06"), "by Jun-25", id="deadline"),
        pytest.param(ActionRow("X", 0, "t", end="Quarterly"), "Quarterly", id="recurrence-alone"),
        pytest.param(ActionRow("X", 0, "t", start="2024", start_date="2024"), "from 2024", id="start-only"),
        pytest.param(
            ActionRow("X", 0, "t", timeline=("2023-04", "2023-01")),
            '<span class="ctx">Active: 2023 Jan, Apr</span>',
            id="gantt-timeline",
        ),
        pytest.param(ActionRow("X", 0, "t"), "&mdash;", id="nothing"),
    ],
)
def test_dates_html(row: ActionRow, expected: str) -> None:
    assert _dates_html(row) == expected


# -- issue 13: long texts, pillars, width --------------------------------------------


def test_a_long_action_is_clipped_with_a_way_to_open_it() -> None:
    from comparer.report.html_report import CLIP_CHARS, long_text_html

    short = "Run a mentoring scheme"
    assert long_text_html(short) == short
    text = " ".join(["word<b>"] * 400)
    clipped = long_text_html(text)
    assert clipped.startswith('<details class="long"><summary>')
    assert "show all 400 words" in clipped
    lead = re.search(r'<span class="lead">(.*?)&hellip;</span>', clipped)
    assert lead is not None
    assert len(lead.group(1).replace("&lt;", "<").replace("&gt;", ">")) <= CLIP_CHARS
    assert "<b>" not in clipped, "plan text stays escaped in both the start and the full text"


def test_pillars_covered_counts_the_four_pillars_and_lists_cross_cutting_ones_apart() -> None:
    comparison = load_comparison()
    page = render_html(comparison, load_plans())
    assert "Cross-cutting" in page
    assert re.search(r">\d of 4<", page), "pillars covered is out of the Commitment's four pillars"
    assert not re.search(r">\d of 6<", page)
    assert "governance and evaluating impact run across them" in page


def test_every_wide_table_sits_in_a_scrolling_box() -> None:
    page = render_html(load_comparison(), load_plans())
    for table_class in ("data summary", "data actions", "side-by-side", "heatmap"):
        for match in re.finditer(f'<table class="{table_class}"', page):
            assert page[: match.start()].endswith(('<div class="scroll">', '<div class="scroll wide">')), table_class
