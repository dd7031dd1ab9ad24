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
from importlib import resources
from pathlib import Path

from comparer.report.charts import pillar_chart_svg, practice_chart_svg
from comparer.report.view import (
    COMMITMENT_PILLARS,
    CROSS_CUTTING,
    NO_PILLAR,
    PILLARS_NOTE,
    STATE_LABELS,
    ActionRow,
    ReportView,
    build_view,
    institution_order,
    pillar_label,
    plan_institutions,
    practice_label,
)
from comparer.report.write import write_atomically
from extractor.escape import html_escape
from schemas.comparison import ActionKey, Comparison, CoverageGap, InstitutionFindings, PracticeCluster
from schemas.plan import ActionPlan, Provenance

logger = logging.getLogger(__name__)

# Action texts longer than this many characters are shown clipped, with a way to open the rest.
CLIP_CHARS = 280
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Sequential, colour-blind safe ramp (light to dark blue); index 0 is "none".
HEAT_FILLS = ("#ffffff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
HEAT_DARK_FROM = 5  # bins from here on get white text
HEAT_BINS = len(HEAT_FILLS) - 1


esc = html_escape


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


# ---------------------------------------------------------------- sections


def _summary_section(comparison: Comparison, plans: Sequence[ActionPlan] | None, rows: Sequence[ActionRow]) -> str:
    institutions = institution_order(comparison)
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


def _notes_html(notes: Sequence[str]) -> str:
    """Notes about the inputs, under the summary."""
    return "".join(f'<p class="note input-note">{esc(note)}</p>' for note in notes)


def _pillar_heatmap(comparison: Comparison) -> str:
    coverage = comparison.coverage
    institutions = institution_order(comparison)
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
    institutions = institution_order(comparison)
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
    institutions = institution_order(comparison)
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
    order = institution_order(comparison)
    out.extend(_cluster_html(i, c, comparison, order) for i, c in enumerate(comparison.clusters, start=1))
    out.append("</section>")
    return "".join(out)


def _actions_section(comparison: Comparison, rows: Sequence[ActionRow]) -> str:
    institutions = institution_order(comparison)
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
    return render_html_view(build_view(comparison, plans))


def render_html_view(view: ReportView) -> str:
    """The page from the report view model."""
    comparison, plans, rows = view.comparison, view.plans, view.rows
    css = _asset("report.css")
    script = _asset("report.js")
    csp = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src '{_script_hash(script)}'; base-uri 'none'; form-action 'none'"
    )
    institutions = view.institutions
    title = "Technician Commitment action plans compared"
    subtitle = f"{len(institutions)} institutions: " + ", ".join(esc(i) for i in institutions)
    if comparison.focus:
        subtitle += f" &middot; focus: {esc(comparison.focus)}"
    body = [
        _summary_section(comparison, plans, rows) + _notes_html(view.notes),
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


def report_files(view: ReportView) -> dict[str, str | bytes]:
    """The html report format for `comparer.report.write_reports`."""
    return {"report.html": render_html_view(view)}
