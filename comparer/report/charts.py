"""Inline SVG charts of the HTML report: actions per institution stacked by pillar, and the most shared practices.

Hand-written SVG, sized from the data with a viewBox, labelled by role="img", <title>
and <desc>, free of script; every label goes through the HTML escaper.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from comparer.report.view import institution_order, pillar_label, practice_label
from extractor.escape import html_escape as esc
from schemas.comparison import Comparison
from schemas.plan import Pillar

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
    institutions = institution_order(comparison)
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
    institutions = institution_order(comparison)
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
    institutions = institution_order(comparison)
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
