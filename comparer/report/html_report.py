"""Render a `Comparison` as one self-contained HTML page for sector leads.

The page holds a summary, two coverage heatmaps (institutions x pillars and
institutions x practices, each cell showing its number as well as its colour),
each led by a hand-written inline SVG chart (actions per institution stacked by
pillar; the practices most institutions share), both sized from the data with a
viewBox, labelled by role="img", <title> and <desc>, and free of script,
each institution's gaps and unique actions, the shared-practice clusters with
every institution's wording side by side, and a filterable table of every
action. CSS and the small filter script are inlined from `assets/`, so the file
works offline; a Content-Security-Policy allows only that script to run.

Every string that comes from a plan goes through `esc()` (html.escape with
quote=True). The filter script only toggles pre-rendered rows and never builds
markup from data.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from comparer.report.write import write_atomically
from extractor.escape import html_escape
from schemas.comparison import ActionKey, Comparison, CoverageGap, InstitutionFindings, PracticeCluster
from schemas.plan import Action, ActionPlan, Pillar, Provenance

logger = logging.getLogger(__name__)

PILLAR_LABELS: dict[str, str] = {
    Pillar.VISIBILITY.value: "Visibility",
    Pillar.RECOGNITION.value: "Recognition",
    Pillar.CAREER_DEVELOPMENT.value: "Career development",
    Pillar.SUSTAINABILITY.value: "Sustainability",
    Pillar.EVALUATING_IMPACT.value: "Evaluating impact",
    Pillar.GOVERNANCE.value: "Governance",
}
NO_PILLAR = "none"
# The Technician Commitment has four pillars; governance and evaluating impact run across them.
COMMITMENT_PILLARS = (
    Pillar.VISIBILITY.value,
    Pillar.RECOGNITION.value,
    Pillar.CAREER_DEVELOPMENT.value,
    Pillar.SUSTAINABILITY.value,
)
CROSS_CUTTING = (Pillar.GOVERNANCE.value, Pillar.EVALUATING_IMPACT.value)
PILLARS_NOTE = (
    "Pillars covered counts the Commitment's four pillars (visibility, recognition, career development,"
    " sustainability); governance and evaluating impact run across them and are listed apart."
)
# Action texts longer than this many characters are shown clipped, with a way to open the rest.
CLIP_CHARS = 280
STATE_LABELS: dict[str, str] = {
    "not_started": "Not started",
    "action_needed": "Action needed",
    "in_progress": "In progress",
    "complete": "Complete",
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Sequential, colour-blind safe ramp (light to dark blue); index 0 is "none".
HEAT_FILLS = ("#ffffff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
HEAT_DARK_FROM = 5  # bins from here on get white text
HEAT_BINS = len(HEAT_FILLS) - 1


esc = html_escape


def pillar_label(pillar: str | None) -> str:
    if pillar is None or pillar == NO_PILLAR:
        return "No pillar"
    return PILLAR_LABELS.get(pillar, pillar.replace("_", " ").capitalize())


def practice_label(comparison: Comparison, practice: str) -> str:
    """The taxonomy label of a practice id, or the id made readable when the comparison has none."""
    label = comparison.practices.get(practice)
    return label if label else practice.replace("_", " ").capitalize()


@dataclass(frozen=True)
class ActionRow:
    """One action as the report tables show it, whichever source it came from."""

    institution: str
    index: int
    text: str
    ref: str | None = None
    pillar: str | None = None
    pillar_inferred: bool = False
    section: str | None = None
    theme: str | None = None
    practices: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()
    owner_names: tuple[str, ...] = ()
    start: str | None = None
    start_date: str | None = None
    end: str | None = None
    end_date: str | None = None
    timeline: tuple[str, ...] = ()
    status: str | None = None
    state: str | None = None
    priority: int | None = None
    rag: str | None = None
    notes: str | None = None
    provenance: Provenance | None = field(default=None, compare=False)


def plan_institutions(comparison: Comparison, plans: Sequence[ActionPlan]) -> list[str]:
    """The institution name the comparison uses for each plan, in the order of `plans`.

    A plan is paired with a `PlanSummary` by source path first, then by institution
    name, then by position; a plan with no summary keeps its own name or file stem.
    """
    summaries = list(comparison.plans)
    used = [False] * len(summaries)
    names: list[str] = []
    for position, plan in enumerate(plans):
        chosen: int | None = None
        for j, summary in enumerate(summaries):
            if not used[j] and summary.source == plan.source.path:
                chosen = j
                break
        if chosen is None and plan.institution:
            for j, summary in enumerate(summaries):
                if not used[j] and summary.institution == plan.institution:
                    chosen = j
                    break
        if chosen is None and position < len(summaries) and not used[position]:
            chosen = position
        if chosen is None:
            names.append(plan.institution or Path(plan.source.path).stem)
            continue
        used[chosen] = True
        names.append(summaries[chosen].institution)
    return names


def all_action_keys(comparison: Comparison) -> list[ActionKey]:
    """Every ActionKey the comparison mentions, in document order (with repeats)."""
    keys: list[ActionKey] = []
    for match in comparison.matches:
        keys.extend((match.a, match.b))
    for cluster in comparison.clusters:
        keys.extend(cluster.members)
    for findings in comparison.findings:
        keys.extend(findings.unique_actions)
        for gap in findings.gaps:
            keys.extend(gap.examples)
    return keys


def _practices_by_action(comparison: Comparison) -> dict[tuple[str, int], list[str]]:
    found: dict[tuple[str, int], set[str]] = {}
    for key in all_action_keys(comparison):
        found.setdefault((key.institution, key.index), set()).update(key.practices)
    return {k: sorted(v) for k, v in found.items()}


def _row_from_action(institution: str, index: int, action: Action, practices: Sequence[str]) -> ActionRow:
    status = action.status
    return ActionRow(
        institution=institution,
        index=index,
        text=action.text,
        ref=action.ref,
        pillar=action.pillar.value if action.pillar is not None else None,
        pillar_inferred=action.pillar_inferred,
        section=action.section,
        theme=action.theme,
        practices=tuple(practices),
        measures=tuple(action.measures),
        owners=tuple(action.owners),
        owner_names=tuple(action.owner_names),
        start=action.start.raw if action.start else None,
        start_date=action.start.date if action.start else None,
        end=action.end.raw if action.end else None,
        end_date=action.end.date if action.end else None,
        timeline=tuple(action.timeline),
        status=status.raw if status else None,
        state=status.state.value if status and status.state else None,
        priority=status.priority if status else None,
        rag=status.rag.value if status and status.rag else None,
        notes=action.notes,
        provenance=action.provenance,
    )


def _row_from_key(key: ActionKey) -> ActionRow:
    return ActionRow(
        institution=key.institution,
        index=key.index,
        text=key.text,
        ref=key.ref,
        pillar=key.pillar.value if key.pillar is not None else None,
        practices=tuple(sorted(set(key.practices))),
        measures=tuple(key.measures),
        owners=tuple(key.owners),
        provenance=key.provenance,
    )


def action_rows(comparison: Comparison, plans: Sequence[ActionPlan] | None = None) -> list[ActionRow]:
    """Every action, one row each, in plan order, tagged with the comparison's practices.

    Without `plans` the rows are rebuilt from the ActionKeys the comparison holds,
    which covers only the actions it mentions.
    """
    practices = _practices_by_action(comparison)
    rows: list[ActionRow] = []
    if plans is not None:
        key_pillars = _key_pillars(comparison)
        for institution, plan in zip(plan_institutions(comparison, plans), plans, strict=True):
            for index, action in enumerate(plan.actions):
                row = _row_from_action(institution, index, action, practices.get((institution, index), []))
                if row.pillar is None:
                    # The comparer may have placed an unlabelled action; show that pillar, marked inferred.
                    inferred = key_pillars.get((institution, index))
                    if inferred is not None:
                        row = _replace_pillar(row, inferred)
                rows.append(row)
        return rows
    seen: dict[tuple[str, int], ActionRow] = {}
    for key in all_action_keys(comparison):
        seen.setdefault((key.institution, key.index), _row_from_key(key))
    order = {name: i for i, name in enumerate(_institution_order(comparison))}
    return sorted(seen.values(), key=lambda r: (order.get(r.institution, len(order)), r.institution, r.index))


def _key_pillars(comparison: Comparison) -> dict[tuple[str, int], str]:
    found: dict[tuple[str, int], str] = {}
    for key in all_action_keys(comparison):
        if key.pillar is not None:
            found.setdefault((key.institution, key.index), key.pillar.value)
    return found


def _replace_pillar(row: ActionRow, pillar: str) -> ActionRow:
    values = {name: getattr(row, name) for name in row.__dataclass_fields__}
    values.update(pillar=pillar, pillar_inferred=True)
    return ActionRow(**values)


def _institution_order(comparison: Comparison) -> list[str]:
    names = list(comparison.coverage.institutions)
    for summary in comparison.plans:
        if summary.institution not in names:
            names.append(summary.institution)
    if comparison.focus in names:
        names.remove(comparison.focus)
        names.insert(0, comparison.focus)
    return names


# ---------------------------------------------------------------- small pieces


def _heat_bin(count: int, maximum: int) -> int:
    if count <= 0 or maximum <= 0:
        return 0
    return max(1, min(HEAT_BINS, math.ceil(count / maximum * HEAT_BINS)))


def _heat_style(count: int, maximum: int) -> str:
    level = _heat_bin(count, maximum)
    ink = "#ffffff" if level >= HEAT_DARK_FROM else "#1d2430"
    return f"background-color:{HEAT_FILLS[level]};color:{ink}"


def _heat_legend(maximum: int) -> str:
    parts = ['<p class="legend" aria-hidden="true"><span>Actions per cell:</span>']
    parts.append(f'<span class="swatch" style="{_heat_style(0, maximum)}">0</span>')
    for level in range(1, HEAT_BINS + 1):
        lo = math.floor((level - 1) * maximum / HEAT_BINS) + 1
        hi = math.floor(level * maximum / HEAT_BINS)
        if lo > hi:
            continue
        text = str(lo) if lo == hi else f"{lo}&ndash;{hi}"
        ink = "#ffffff" if level >= HEAT_DARK_FROM else "#1d2430"
        parts.append(f'<span class="swatch" style="background-color:{HEAT_FILLS[level]};color:{ink}">{text}</span>')
    parts.append("<span>(darker = more; the number is always shown)</span></p>")
    return "".join(parts)


def _source_label(provenance: Provenance | None) -> str:
    if provenance is None:
        return "&mdash;"
    if provenance.page is not None:
        pages = sorted({provenance.page, *provenance.pages})
        if len(pages) > 1:
            return f"pp.&nbsp;{pages[0]}&ndash;{pages[-1]}"
        return f"p.&nbsp;{pages[0]}"
    if provenance.line is not None:
        if provenance.end_line is not None and provenance.end_line != provenance.line:
            return f"lines {provenance.line}&ndash;{provenance.end_line}"
        return f"line {provenance.line}"
    return "&mdash;"


def _timeline_label(months: Iterable[str]) -> str:
    by_year: dict[str, list[str]] = {}
    for value in sorted(set(months)):
        year, _, month = value.partition("-")
        name = MONTHS[int(month) - 1] if month.isdigit() and 1 <= int(month) <= 12 else month
        by_year.setdefault(year, []).append(name)
    return "; ".join(f"{year} {', '.join(names)}".strip() for year, names in by_year.items())


def _measures_html(measures: Sequence[str]) -> str:
    if not measures:
        return ""
    return '<ul class="measures">' + "".join(f"<li>{esc(m)}</li>" for m in measures) + "</ul>"


def _action_text_html(text: str, ref: str | None) -> str:
    prefix = f'<span class="ref">{esc(ref)}</span>' if ref else ""
    return f"{prefix}{long_text_html(text)}"


def long_text_html(text: str, limit: int = CLIP_CHARS) -> str:
    """Plan text, escaped; past `limit` characters the reader sees the start and opens the rest.

    A 400-word action quoted under every gap that cites it buries the page. The
    clipped start sits in a `<details>` summary; opened, the full text replaces it
    (no script needed; a printed page shows the start).
    """
    folded = " ".join(text.split())
    if len(folded) <= limit:
        return esc(folded)
    lead = folded[:limit].rsplit(" ", 1)[0].rstrip(" ,;:")
    words = len(folded.split())
    return (
        f'<details class="long"><summary><span class="lead">{esc(lead)}&hellip;</span>'
        f' <span class="more">show all {words} words</span></summary>'
        f'<span class="full">{esc(folded)}</span></details>'
    )


def _key_html(key: ActionKey, *, with_institution: bool = False) -> str:
    who = f"<strong>{esc(key.institution)}</strong>: " if with_institution else ""
    return f"{who}{_action_text_html(key.text, key.ref)}{_measures_html(key.measures)}"


def _status_html(row: ActionRow) -> str:
    parts: list[str] = []
    if row.rag:
        parts.append(f'<span class="rag rag-{esc(row.rag)}">{esc(row.rag.capitalize())}</span> ')
    raw = row.status if row.status and row.status.strip().lower() != (row.rag or "") else None
    if raw:
        parts.append(esc(raw))
    elif row.state:
        parts.append(esc(STATE_LABELS.get(row.state, row.state)))
    if row.priority is not None and (not row.status or str(row.priority) not in row.status):
        parts.append(f" (priority {row.priority})")
    return "".join(parts) or "&mdash;"


def _dates_html(row: ActionRow) -> str:
    start = row.start or row.start_date
    end = row.end or row.end_date
    if start and end:
        text = f"{esc(start)} &ndash; {esc(end)}"
    elif start:
        text = f"from {esc(start)}" if row.start_date else esc(start)
    elif end:
        text = f"by {esc(end)}" if row.end_date else esc(end)  # "Annual", "Ongoing": no "by"
    else:
        text = ""
    if row.timeline:
        text += f'<span class="ctx">Active: {esc(_timeline_label(row.timeline))}</span>'
    return text or "&mdash;"


def _owners_html(row: ActionRow) -> str:
    if not row.owners:
        return "&mdash;"
    parts: list[str] = []
    for i, owner in enumerate(row.owners):
        name = row.owner_names[i] if i < len(row.owner_names) else ""
        extra = f'<span class="owner-name">{esc(name)}</span>' if name and name != owner else ""
        parts.append(f"<div>{esc(owner)}{extra}</div>")
    return "".join(parts)


# ---------------------------------------------------------------- inline SVG charts

# Okabe-Ito colours (safe for the common colour-vision deficiencies), one per pillar,
# each with the ink that stays readable on it.
PILLAR_FILLS: dict[str, tuple[str, str]] = {
    Pillar.VISIBILITY.value: ("#0072b2", "#ffffff"),
    Pillar.RECOGNITION.value: ("#e69f00", "#1d2430"),
    Pillar.CAREER_DEVELOPMENT.value: ("#009e73", "#ffffff"),
    Pillar.SUSTAINABILITY.value: ("#cc79a7", "#1d2430"),
    Pillar.EVALUATING_IMPACT.value: ("#56b4e9", "#1d2430"),
    Pillar.GOVERNANCE.value: ("#d55e00", "#ffffff"),
}
OTHER_FILLS = (("#999999", "#1d2430"), ("#666666", "#ffffff"), ("#cccccc", "#1d2430"))
SVG_FONT = 12  # px; text widths below are estimated from it
CHAR_WIDTH = 6.6  # mean advance of a 12px sans-serif character
SVG_WIDTH = 960
BAR_HEIGHT = 22
BAR_GAP = 10
TOP_PRACTICES = 15
LABEL_MAX_CHARS = 48


def _num(value: float) -> str:
    """Fixed formatting for SVG coordinates: at most one decimal, no trailing zeros."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _text_width(text: str) -> float:
    return len(text) * CHAR_WIDTH


def _clip(text: str, limit: int = LABEL_MAX_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _pillar_fill(pillar: str, position: int) -> tuple[str, str]:
    return PILLAR_FILLS.get(pillar, OTHER_FILLS[position % len(OTHER_FILLS)])


def _nice_step(maximum: int, ticks: int = 5) -> int:
    """A round tick step (1, 2, 5 x 10^k) giving about `ticks` intervals up to `maximum`."""
    if maximum <= ticks:
        return 1
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return int(factor * power)
    return int(10 * power)


def _axis(left: float, top: float, height: float, plot: float, end: int, step: int, unit: str) -> list[str]:
    """Vertical grid lines every `step` up to `end` (always ticked), tick labels below, and the axis title."""
    values = list(range(0, end + 1, step))
    if values[-1] != end:
        if end - values[-1] < step / 2:
            values.pop()  # keep tick labels from colliding
        values.append(end)
    out = ['<g class="axis" aria-hidden="true">']
    for value in values:
        x = left + plot * value / end
        out.append(
            f'<line x1="{_num(x)}" y1="{_num(top)}" x2="{_num(x)}" y2="{_num(top + height)}" '
            f'stroke="{"#5b6472" if value == 0 else "#d5dae1"}" stroke-width="1"/>'
        )
        out.append(f'<text x="{_num(x)}" y="{_num(top + height + 15)}" text-anchor="middle">{value}</text>')
    out.append(
        f'<text x="{_num(left + plot / 2)}" y="{_num(top + height + 32)}" text-anchor="middle" '
        f'class="axis-title">{esc(unit)}</text>'
    )
    out.append("</g>")
    return out


def _svg_open(chart_id: str, height: float, title: str, desc: str) -> list[str]:
    return [
        f'<svg class="chart" id="{chart_id}" role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" '
        f'viewBox="0 0 {SVG_WIDTH} {_num(height)}" width="{SVG_WIDTH}" height="{_num(height)}" '
        'preserveAspectRatio="xMinYMin meet" '
        'font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif" '
        f'font-size="{SVG_FONT}">',
        f'<title id="{chart_id}-title">{esc(title)}</title>',
        f'<desc id="{chart_id}-desc">{esc(desc)}</desc>',
    ]


def _legend(pillars: Sequence[str], top: float, width: float) -> tuple[list[str], float]:
    """Swatch + label items in rows centred within `width`; returns the markup and its height."""
    rows: list[list[tuple[int, str, float]]] = [[]]
    used = 0.0
    for position, pillar in enumerate(pillars):
        label = pillar_label(pillar)
        item = 14 + 6 + _text_width(label) + 18
        if rows[-1] and used + item > width:
            rows.append([])
            used = 0.0
        rows[-1].append((position, pillar, item))
        used += item
    out = ['<g class="legend" aria-hidden="true">']
    for number, row in enumerate(rows):
        x = max(0.0, (width - sum(item for _, _, item in row) + 18) / 2)
        y = top + number * 20
        for position, pillar, item in row:
            fill, _ = _pillar_fill(pillar, position)
            out.append(
                f'<rect x="{_num(x)}" y="{_num(y)}" width="14" height="14" rx="2" fill="{fill}" '
                f'stroke="#1d2430" stroke-opacity="0.25"/>'
            )
            out.append(f'<text x="{_num(x + 20)}" y="{_num(y + 11)}">{esc(pillar_label(pillar))}</text>')
            x += item
    out.append("</g>")
    return out, len(rows) * 20


def pillar_chart_svg(comparison: Comparison) -> str:
    """A horizontal stacked bar per institution, one segment per pillar, as inline SVG."""
    coverage = comparison.coverage
    institutions = _institution_order(comparison)
    pillars = list(coverage.pillars)
    if not institutions or not pillars:
        return ""
    totals = {name: sum(coverage.by_pillar.get(name, {}).get(p, 0) for p in pillars) for name in institutions}
    maximum = max(totals.values(), default=0)
    names = [_clip(name, 36) for name in institutions]
    label_width = min(280.0, max(80.0, max(_text_width(n) for n in names) + 12))
    left = label_width + 8
    right = 48.0  # room for the total after the longest bar
    plot = SVG_WIDTH - left - right
    legend, legend_height = _legend(pillars, 8, SVG_WIDTH)
    top = 8 + legend_height + 10
    bars_height = len(institutions) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP + 2 * 6
    height = top + bars_height + 44
    busiest = max(institutions, key=lambda n: (totals[n], -institutions.index(n)))
    desc = (
        f"Actions per pillar for {len(institutions)} institutions; "
        f"most actions: {busiest} ({totals[busiest]}). The table below gives every number."
    )
    out = _svg_open("pillar-chart", height, "Actions per institution, stacked by pillar", desc)
    out.extend(legend)
    step = _nice_step(maximum)
    end = max(step, math.ceil(maximum / step) * step)
    out.extend(_axis(left, top, bars_height, plot, end, step, "Number of actions"))
    for row, (name, shown) in enumerate(zip(institutions, names, strict=True)):
        y = top + 6 + row * (BAR_HEIGHT + BAR_GAP)
        focus = ' class="focus"' if name == comparison.focus else ""
        out.append(f'<g class="bar" data-institution="{esc(name)}" data-total="{totals[name]}">')
        out.append(
            f'<text x="{_num(label_width)}" y="{_num(y + BAR_HEIGHT / 2 + 4)}" text-anchor="end"{focus}>'
            f"<title>{esc(name)}</title>{esc(shown)}</text>"
        )
        x = left
        for position, pillar in enumerate(pillars):
            count = coverage.by_pillar.get(name, {}).get(pillar, 0)
            if count <= 0:
                continue
            width = plot * count / end
            fill, ink = _pillar_fill(pillar, position)
            noun = "action" if count == 1 else "actions"
            out.append(
                f'<g class="segment" data-institution="{esc(name)}" data-pillar="{esc(pillar)}" data-count="{count}">'
                f"<title>{esc(name)} \u2014 {esc(pillar_label(pillar))}: {count} {noun}</title>"
                f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(width)}" height="{BAR_HEIGHT}" fill="{fill}" '
                f'stroke="#ffffff" stroke-width="1"/>'
            )
            if width >= _text_width(str(count)) + 6:
                out.append(
                    f'<text x="{_num(x + width / 2)}" y="{_num(y + BAR_HEIGHT / 2 + 4)}" text-anchor="middle" '
                    f'fill="{ink}" font-weight="600" aria-hidden="true">{count}</text>'
                )
            out.append("</g>")
            x += width
        out.append(
            f'<text x="{_num(x + 6)}" y="{_num(y + BAR_HEIGHT / 2 + 4)}" class="total" font-weight="600">'
            f"{totals[name]}</text>"
        )
        out.append("</g>")
    out.append("</svg>")
    caption = "Actions per institution, stacked by pillar"
    return f'<figure class="chart-wrap"><figcaption>{caption}</figcaption>' + "".join(out) + "</figure>"


def shared_practices(comparison: Comparison, limit: int = TOP_PRACTICES) -> list[tuple[str, int]]:
    """The practices covered by most institutions, as (practice id, institutions), best first.

    Ties are broken by label then id, so the order never depends on dict order.
    """
    coverage = comparison.coverage
    institutions = _institution_order(comparison)
    counted = []
    for practice in coverage.practices:
        n = sum(1 for name in institutions if coverage.by_practice.get(name, {}).get(practice, 0) > 0)
        if n > 0:
            counted.append((practice, n))
    counted.sort(key=lambda item: (-item[1], practice_label(comparison, item[0]).casefold(), item[0]))
    return counted[:limit]


def practice_chart_svg(comparison: Comparison) -> str:
    """A compact bar chart of the practices most institutions share, as inline SVG."""
    top_practices = shared_practices(comparison)
    institutions = _institution_order(comparison)
    if not top_practices or not institutions:
        return ""
    total = len(institutions)
    labels = [_clip(practice_label(comparison, p)) for p, _ in top_practices]
    label_width = min(340.0, max(100.0, max(_text_width(label) for label in labels) + 12))
    left = label_width + 8
    right = 70.0
    plot = SVG_WIDTH - left - right
    bar, gap = 16, 6
    top = 8.0
    bars_height = len(top_practices) * (bar + gap) - gap + 2 * 4
    height = top + bars_height + 44
    first_label = practice_label(comparison, top_practices[0][0])
    desc = (
        f"The {len(top_practices)} practices covered by most of the {total} institutions; "
        f"the most shared is {first_label} ({top_practices[0][1]} of {total})."
    )
    out = _svg_open("practice-chart", height, "Practices most institutions share", desc)
    end = total  # a full bar means every institution
    out.extend(_axis(left, top, bars_height, plot, end, _nice_step(total), "Institutions covering the practice"))
    for row, ((practice, n), shown) in enumerate(zip(top_practices, labels, strict=True)):
        y = top + 4 + row * (bar + gap)
        width = plot * n / end
        full = practice_label(comparison, practice)
        out.append(
            f'<g class="bar" data-practice="{esc(practice)}" data-count="{n}">'
            f"<title>{esc(full)}: {n} of {total} institutions</title>"
            f'<text x="{_num(label_width)}" y="{_num(y + bar / 2 + 4)}" text-anchor="end">{esc(shown)}</text>'
            f'<rect x="{_num(left)}" y="{_num(y)}" width="{_num(width)}" height="{bar}" fill="#0072b2"/>'
            f'<text x="{_num(left + width + 6)}" y="{_num(y + bar / 2 + 4)}" font-weight="600">{n} of {total}</text>'
            "</g>"
        )
    out.append("</svg>")
    caption = f"Practices most institutions share (top {len(top_practices)} by institutions covering them)"
    return f'<figure class="chart-wrap"><figcaption>{caption}</figcaption>' + "".join(out) + "</figure>"


# ---------------------------------------------------------------- sections


def _summary_section(comparison: Comparison, plans: Sequence[ActionPlan] | None, rows: Sequence[ActionRow]) -> str:
    institutions = _institution_order(comparison)
    same = sum(1 for m in comparison.matches if m.kind.value == "same")
    related = len(comparison.matches) - same
    gaps = sum(len(f.gaps) for f in comparison.findings)
    stats = [
        (len(comparison.plans), "plans compared"),
        (sum(p.actions for p in comparison.plans) or len(rows), "actions"),
        (same, "same-practice pairs"),
        (related, "related pairs"),
        (len(comparison.clusters), "shared-practice clusters"),
        (gaps, "coverage gaps"),
    ]
    out = ['<section id="summary" aria-labelledby="h-summary"><h2 id="h-summary">Summary</h2>']
    out.append('<ul class="stats">')
    out.extend(f'<li><span class="num">{n}</span><span class="lab">{esc(label)}</span></li>' for n, label in stats)
    out.append("</ul>")

    matched: dict[str, set[int]] = {}
    for match in comparison.matches:
        for key in (match.a, match.b):
            matched.setdefault(key.institution, set()).add(key.index)
    findings = {f.institution: f for f in comparison.findings}
    periods: dict[str, str] = {}
    warnings: dict[str, int] = {}
    if plans is not None:
        for name, plan in zip(plan_institutions(comparison, plans), plans, strict=True):
            if plan.period and (plan.period.start or plan.period.end):
                periods[name] = f"{esc(plan.period.start or '?')} &ndash; {esc(plan.period.end or '?')}"
            warnings[name] = len(plan.warnings)
    out.append('<div class="scroll"><table class="data summary"><caption>Plans compared</caption><thead><tr>')
    headers = ["Institution", "Plan", "Source file", "Period", "Actions", "Pillars covered", "Cross-cutting"]
    headers += ["Matched actions", "Unique actions", "Gaps"]
    if plans is not None:
        headers.append("Extraction warnings")
    out.extend(f'<th scope="col">{h}</th>' for h in headers)
    out.append("</tr></thead><tbody>")
    summaries = {s.institution: s for s in comparison.plans}
    for name in institutions:
        summary = summaries.get(name)
        counts = comparison.coverage.by_pillar.get(name, {})
        covered = sum(1 for p in COMMITMENT_PILLARS if counts.get(p, 0) > 0)
        cross = [pillar_label(p) for p in CROSS_CUTTING if counts.get(p, 0) > 0]
        found = findings.get(name)
        focus = ' <span class="tag-focus">focus</span>' if name == comparison.focus else ""
        cells = [
            esc(summary.title) if summary and summary.title else "&mdash;",
            esc(Path(summary.source).name) if summary else "&mdash;",
            periods.get(name, "&mdash;"),
        ]
        nums = [
            summary.actions if summary else sum(1 for r in rows if r.institution == name),
            f"{covered} of {len(COMMITMENT_PILLARS)}",
            len(matched.get(name, ())),
            len(found.unique_actions) if found else 0,
            len(found.gaps) if found else 0,
        ]
        if plans is not None:
            nums.append(warnings.get(name, 0))
        out.append(f'<tr><th scope="row">{esc(name)}{focus}</th>')
        out.extend(f"<td>{c}</td>" for c in cells)
        out.extend(f'<td class="num">{n}</td>' for n in nums[:2])
        out.append(f"<td>{esc(', '.join(cross)) if cross else '&mdash;'}</td>")
        out.extend(f'<td class="num">{n}</td>' for n in nums[2:])
        out.append("</tr>")
    out.append("</tbody></table></div>")
    out.append(f'<p class="note">{esc(PILLARS_NOTE)}</p></section>')
    return "".join(out)


def _pillar_heatmap(comparison: Comparison) -> str:
    coverage = comparison.coverage
    institutions = _institution_order(comparison)
    counts = [coverage.by_pillar.get(i, {}).get(p, 0) for i in institutions for p in coverage.pillars]
    maximum = max(counts, default=0)
    out = ['<section id="pillars" aria-labelledby="h-pillars"><h2 id="h-pillars">Coverage by pillar</h2>']
    out.append(
        '<p class="note">Number of actions each institution has under each Technician Commitment pillar. '
        "An empty pillar is a place to look for ideas in peers&rsquo; plans.</p>"
    )
    out.append(pillar_chart_svg(comparison))
    out.append('<div class="scroll">')
    out.append('<table class="heatmap" id="pillar-heatmap"><caption>Actions per institution and pillar</caption>')
    out.append('<thead><tr><th scope="col">Institution</th>')
    out.extend(f'<th scope="col" data-pillar="{esc(p)}">{esc(pillar_label(p))}</th>' for p in coverage.pillars)
    out.append('<th scope="col" class="num">Total</th></tr></thead><tbody>')
    for name in institutions:
        row = coverage.by_pillar.get(name, {})
        cls = ' class="focus"' if name == comparison.focus else ""
        out.append(f'<tr{cls}><th scope="row">{esc(name)}</th>')
        for pillar in coverage.pillars:
            n = row.get(pillar, 0)
            zero = " zero" if n == 0 else ""
            out.append(
                f'<td class="cell{zero}" data-institution="{esc(name)}" data-pillar="{esc(pillar)}" '
                f'data-count="{n}" style="{_heat_style(n, maximum)}">{n}</td>'
            )
        out.append(f'<td class="num">{sum(row.get(p, 0) for p in coverage.pillars)}</td></tr>')
    out.append("</tbody></table></div>")
    out.append(_heat_legend(maximum))
    out.append("</section>")
    return "".join(out)


def _practice_heatmap(comparison: Comparison) -> str:
    coverage = comparison.coverage
    institutions = _institution_order(comparison)
    gaps = {(f.institution, g.practice) for f in comparison.findings for g in f.gaps}
    counts = [coverage.by_practice.get(i, {}).get(p, 0) for i in institutions for p in coverage.practices]
    maximum = max(counts, default=0)
    out = ['<section id="practices" aria-labelledby="h-practices"><h2 id="h-practices">Coverage by practice</h2>']
    out.append(
        '<p class="note">Number of actions tagged with each practice. A cell marked '
        '<span class="tag-focus">gap</span> is a practice most peers have and this institution lacks.</p>'
    )
    if not coverage.practices:
        out.append('<p class="empty">No practices were tagged.</p></section>')
        return "".join(out)
    out.append(practice_chart_svg(comparison))
    out.append('<div class="scroll">')
    out.append('<table class="heatmap" id="practice-heatmap"><caption>Actions per practice and institution</caption>')
    out.append('<thead><tr><th scope="col">Practice</th>')
    out.extend(f'<th scope="col">{esc(name)}</th>' for name in institutions)
    out.append("</tr></thead><tbody>")
    for practice in coverage.practices:
        label = practice_label(comparison, practice)
        out.append(f'<tr><th scope="row">{esc(label)}<span class="pid">{esc(practice)}</span></th>')
        for name in institutions:
            n = coverage.by_practice.get(name, {}).get(practice, 0)
            is_gap = (name, practice) in gaps
            classes = "cell" + (" zero" if n == 0 else "") + (" gap" if is_gap else "")
            flag = '<span class="flag">gap</span>' if is_gap else ""
            out.append(
                f'<td class="{classes}" data-institution="{esc(name)}" data-practice="{esc(practice)}" '
                f'data-count="{n}" style="{_heat_style(n, maximum)}">{n}{flag}</td>'
            )
        out.append("</tr>")
    out.append("</tbody></table></div>")
    out.append(_heat_legend(maximum))
    out.append("</section>")
    return "".join(out)


def _gap_html(gap: CoverageGap, peers: int) -> str:
    pillar = f" &middot; {esc(pillar_label(gap.pillar.value))}" if gap.pillar else ""
    share = round(gap.share_of_peers * 100)
    who = ", ".join(esc(p) for p in gap.peers_with_practice)
    out = [
        f"<li><strong>{esc(gap.label)}</strong>{pillar}"
        f'<span class="ctx">Done by {len(gap.peers_with_practice)} of {peers} peers ({share}%): {who}</span>'
    ]
    if gap.examples:
        out.append('<ul class="examples">')
        out.extend(f"<li>{_key_html(example, with_institution=True)}</li>" for example in gap.examples)
        out.append("</ul>")
    out.append("</li>")
    return "".join(out)


def _findings_section(comparison: Comparison) -> str:
    out = ['<section id="findings" aria-labelledby="h-findings"><h2 id="h-findings">Gaps and unique actions</h2>']
    out.append(
        '<p class="note">For each institution: practices most peers have that its plan lacks, with the peers&rsquo; '
        "own actions as examples, and its actions no peer has a counterpart for.</p>"
    )
    findings: dict[str, InstitutionFindings] = {f.institution: f for f in comparison.findings}
    institutions = _institution_order(comparison)
    peers = max(len(institutions) - 1, 0)
    out.append('<div class="inst-grid">')
    for name in institutions:
        found = findings.get(name)
        focus = ' <span class="tag-focus">focus</span>' if name == comparison.focus else ""
        out.append(f'<article class="inst-card"><h3>{esc(name)}{focus}</h3>')
        gaps = found.gaps if found else []
        unique = found.unique_actions if found else []
        out.append(f"<h4>Gaps ({len(gaps)})</h4>")
        if gaps:
            out.append("<ul>" + "".join(_gap_html(g, peers) for g in gaps) + "</ul>")
        else:
            out.append('<p class="empty">No practice that most peers have is missing.</p>')
        out.append(f"<h4>Unique actions ({len(unique)})</h4>")
        if unique:
            items = []
            for key in unique:
                pillar = f'<span class="ctx">{esc(pillar_label(key.pillar.value))}</span>' if key.pillar else ""
                items.append(f"<li>{pillar}{_key_html(key)}</li>")
            out.append("<ul>" + "".join(items) + "</ul>")
        else:
            out.append('<p class="empty">Every action has a counterpart in a peer&rsquo;s plan.</p>')
        out.append("</article>")
    out.append("</div></section>")
    return "".join(out)


def _cluster_html(number: int, cluster: PracticeCluster, comparison: Comparison, order: Sequence[str]) -> str:
    institutions = [i for i in order if i in cluster.institutions]
    institutions += sorted({*cluster.institutions, *(m.institution for m in cluster.members)} - set(institutions))
    meta: list[str] = []
    if cluster.practice:
        meta.append(f"Practice: {esc(practice_label(comparison, cluster.practice))}")
    if cluster.pillar:
        meta.append(f"Pillar: {esc(pillar_label(cluster.pillar.value))}")
    meta.append(f"{len(institutions)} institutions, {len(cluster.members)} actions")
    out = [
        f'<div class="cluster" id="cluster-{number}"><h3>{esc(cluster.label)}</h3>',
        f'<p class="meta">{" &middot; ".join(meta)}</p>',
        '<div class="scroll"><table class="side-by-side"><thead><tr>',
    ]
    out.extend(f'<th scope="col">{esc(name)}</th>' for name in institutions)
    out.append("</tr></thead><tbody><tr>")
    for name in institutions:
        members = [m for m in cluster.members if m.institution == name]
        items = "".join(f"<li>{_key_html(m)}</li>" for m in members)
        out.append(f"<td><ul>{items}</ul></td>" if items else '<td class="empty">&mdash;</td>')
    out.append("</tr></tbody></table></div></div>")
    return "".join(out)


def _clusters_section(comparison: Comparison) -> str:
    out = ['<section id="clusters" aria-labelledby="h-clusters"><h2 id="h-clusters">Shared practices</h2>']
    out.append(
        '<p class="note">Groups of matched actions that carry out the same practice, '
        "with each institution&rsquo;s own wording side by side.</p>"
    )
    if not comparison.clusters:
        out.append('<p class="empty">No practice is shared by two or more institutions.</p>')
    order = _institution_order(comparison)
    out.extend(_cluster_html(i, c, comparison, order) for i, c in enumerate(comparison.clusters, start=1))
    out.append("</section>")
    return "".join(out)


def _actions_section(comparison: Comparison, rows: Sequence[ActionRow]) -> str:
    institutions = _institution_order(comparison)
    institutions += sorted({r.institution for r in rows} - set(institutions))
    pillars = list(comparison.coverage.pillars)
    pillars += sorted({r.pillar for r in rows if r.pillar} - set(pillars))
    if any(r.pillar is None for r in rows):
        pillars.append(NO_PILLAR)
    out = ['<section id="actions" aria-labelledby="h-actions"><h2 id="h-actions">All actions</h2>']
    out.append(
        '<p class="note">Every action of every plan, in reading order. Source gives the page of a PDF '
        "or the line of a text file the action was read from.</p>"
    )
    out.append('<form class="filters" id="action-filters" role="search" hidden>')
    out.append(
        '<label for="filter-text">Search text<input type="search" id="filter-text" '
        'placeholder="e.g. apprentice, survey, award" autocomplete="off"></label>'
    )
    out.append('<label for="filter-pillar">Pillar<select id="filter-pillar"><option value="">All pillars</option>')
    out.extend(f'<option value="{esc(p)}">{esc(pillar_label(p))}</option>' for p in pillars)
    out.append("</select></label>")
    out.append(
        '<label for="filter-institution">Institution<select id="filter-institution">'
        '<option value="">All institutions</option>'
    )
    out.extend(f'<option value="{esc(name)}">{esc(name)}</option>' for name in institutions)
    out.append("</select></label>")
    out.append(
        '<output id="filter-count" aria-live="polite" for="filter-text filter-pillar filter-institution">'
        f"{len(rows)} actions</output>"
    )
    out.append("</form>")
    out.append('<div class="scroll wide"><table class="data actions" id="action-table"><caption>Actions</caption>')
    out.append(
        '<colgroup><col class="c-inst"><col class="c-pillar"><col class="c-prac"><col class="c-text">'
        '<col class="c-measures"><col class="c-owners"><col class="c-dates"><col class="c-status">'
        '<col class="c-src"></colgroup><thead><tr>'
    )
    headers = ["Institution", "Pillar", "Practices", "Action", "Measures", "Owners", "Dates", "Status", "Source"]
    out.extend(f'<th scope="col">{h}</th>' for h in headers)
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append(_action_row_html(row, comparison))
    out.append("</tbody></table></div></section>")
    return "".join(out)


def _action_row_html(row: ActionRow, comparison: Comparison) -> str:
    pillar = row.pillar or NO_PILLAR
    inferred = '<span class="inferred"> (inferred)</span>' if row.pillar and row.pillar_inferred else ""
    practices = "".join(
        f'<span class="pill" title="{esc(p)}">{esc(practice_label(comparison, p))}</span>' for p in row.practices
    )
    context = " &rsaquo; ".join(esc(c) for c in (row.section, row.theme) if c)
    context_html = f'<span class="ctx">{context}</span>' if context else ""
    notes = f'<span class="ctx">Note: {esc(row.notes)}</span>' if row.notes else ""
    measures = _measures_html(row.measures) if row.measures else "&mdash;"
    return (
        f'<tr data-institution="{esc(row.institution)}" data-pillar="{esc(pillar)}" data-index="{row.index}">'
        f"<td>{esc(row.institution)}</td>"
        f"<td>{esc(pillar_label(row.pillar))}{inferred}</td>"
        f"<td>{practices or '&mdash;'}</td>"
        f"<td>{context_html}{_action_text_html(row.text, row.ref)}{notes}</td>"
        f"<td>{measures}</td>"
        f"<td>{_owners_html(row)}</td>"
        f"<td>{_dates_html(row)}</td>"
        f"<td>{_status_html(row)}</td>"
        f"<td>{_source_label(row.provenance)}</td>"
        "</tr>"
    )


# ---------------------------------------------------------------- page


def _asset(name: str) -> str:
    return resources.files("comparer.report").joinpath("assets").joinpath(name).read_text(encoding="utf-8")


def _script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def render_html(comparison: Comparison, plans: Sequence[ActionPlan] | None = None) -> str:
    """The whole report as one HTML string; the same input gives the same bytes.

    Args:
        comparison: what `comparer.compare` returned.
        plans: the compared plans, for the full action table (owners, dates, status,
            source). Without them the table lists only the actions the comparison names.
    """
    rows = action_rows(comparison, plans)
    css = _asset("report.css")
    script = _asset("report.js")
    csp = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src '{_script_hash(script)}'; base-uri 'none'; form-action 'none'"
    )
    institutions = _institution_order(comparison)
    title = "Technician Commitment action plans compared"
    subtitle = f"{len(institutions)} institutions: " + ", ".join(esc(i) for i in institutions)
    if comparison.focus:
        subtitle += f" &middot; focus: {esc(comparison.focus)}"
    body = [
        _summary_section(comparison, plans, rows),
        _pillar_heatmap(comparison),
        _practice_heatmap(comparison),
        _findings_section(comparison),
        _clusters_section(comparison),
        _actions_section(comparison, rows),
    ]
    page = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="icon" href="data:,">',
        f"<title>{title}</title>",
        f"<style>\n{css}</style>",
        "</head><body>",
        f'<header class="report-head"><h1>{title}</h1><p>{subtitle}</p></header>',
        '<nav class="toc" aria-label="Sections"><a href="#summary">Summary</a><a href="#pillars">Pillars</a>'
        '<a href="#practices">Practices</a><a href="#findings">Gaps &amp; unique</a>'
        '<a href="#clusters">Shared practices</a><a href="#actions">All actions</a></nav>',
        "<main>",
        *body,
        "</main>",
        f"<footer>Made with tc-plans from {len(comparison.plans)} plan files "
        f"(comparison schema {esc(comparison.schema_version)}). Counts come from the extracted plans; "
        "check an action against its source page or line before quoting it.</footer>",
        f"<script>{script}</script>",
        "</body></html>",
        "",
    ]
    logger.debug("rendered HTML report: %d institutions, %d actions", len(institutions), len(rows))
    return "\n".join(page)


def write_html(comparison: Comparison, plans: Sequence[ActionPlan] | None, path: Path) -> Path:
    """Write `render_html` to `path` atomically and return the path."""
    write_atomically(path, render_html(comparison, plans))
    return path


def report_files(comparison: Comparison, plans: Sequence[ActionPlan] | None = None) -> dict[str, str | bytes]:
    """The html report format for `comparer.report.write_reports`."""
    return {"report.html": render_html(comparison, plans)}
