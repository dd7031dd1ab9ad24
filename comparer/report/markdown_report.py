"""A readable Markdown report of a comparison (or a search result)."""

from __future__ import annotations

from collections import defaultdict

from extractor.escape import md_escape
from schemas.comparison import ActionKey, ActionMatch, Comparison, MatchKind, SearchResult

MAX_TEXT = 160


_esc = md_escape


def _short(text: str, limit: int = MAX_TEXT) -> str:
    folded = " ".join(text.split())
    return folded if len(folded) <= limit else folded[: limit - 1].rstrip() + "\u2026"


def _ref(key: ActionKey) -> str:
    return key.ref if key.ref else f"#{key.index + 1}"


def _pair_sections(matches: list[ActionMatch]) -> dict[tuple[str, str], list[ActionMatch]]:
    grouped: dict[tuple[str, str], list[ActionMatch]] = defaultdict(list)
    for m in matches:
        grouped[m.a.institution, m.b.institution].append(m)
    return dict(grouped)


def render_markdown(comparison: Comparison) -> str:
    lines: list[str] = ["# Technician Commitment plans compared", ""]
    lines += ["| Institution | Actions | Source |", "| --- | ---: | --- |"]
    lines += [f"| {_esc(p.institution)} | {p.actions} | {_esc(p.source)} |" for p in comparison.plans]
    lines.append("")
    if comparison.thresholds:
        t = comparison.thresholds
        rules = [f"{t.same:g} or more when each is the other's best"]
        if t.one_way_same is not None:
            rules.append(f"{t.one_way_same:g} when one side keeps the pair as its best")
        if t.strong_same is not None:
            rules.append(f"{t.strong_same:g} otherwise")
        lines += [f"Pairs that may share a practice are *same* from a score of {'; '.join(rules)} "
                  "(or lower when both deliver the same kind of thing; each match names its rule); "
                  f"pairs from {t.related:g} are *related*.", ""]  # fmt: skip

    lines += ["## Matched actions", ""]
    if not comparison.matches:
        lines += ["No action has a counterpart above the related threshold.", ""]
    for (name_a, name_b), matches in sorted(_pair_sections(comparison.matches).items()):
        same = sum(1 for m in matches if m.kind == MatchKind.SAME)
        lines += [f"### {_esc(name_a)} and {_esc(name_b)}", "", f"{len(matches)} matches, {same} same.", ""]
        lines += [f"| {_esc(name_a)} | Action | {_esc(name_b)} | Action | Score | Kind | Why |"]
        lines += ["| --- | --- | --- | --- | ---: | --- | --- |"]
        for m in matches:
            why = ", ".join(comparison.practices.get(p, p) for p in m.reason.shared_practices)
            terms = ", ".join(m.reason.shared_terms[:4])
            reason = "; ".join(x for x in (why, terms) if x)
            lines.append(
                f"| {_esc(_ref(m.a))} | {_esc(_short(m.a.text))} | {_esc(_ref(m.b))} | {_esc(_short(m.b.text))} "
                f"| {m.score:.1f} | {m.kind.value} | {_esc(reason)} |"
            )
        lines.append("")

    lines += ["## Shared practice", ""]
    if not comparison.clusters:
        lines += ["No practice is shared as `same` by two or more institutions.", ""]
    for cluster in comparison.clusters:
        lines += [f"### {_esc(cluster.label)} ({len(cluster.institutions)} institutions)", ""]
        lines += [f"- {_esc(m.institution)} {_esc(_ref(m))}: {_esc(_short(m.text))}" for m in cluster.members]
        lines.append("")

    cov = comparison.coverage
    lines += ["## Coverage by pillar", ""]
    lines += ["| Institution | " + " | ".join(_esc(p.replace("_", " ")) for p in cov.pillars) + " |"]
    lines += ["| --- |" + " ---: |" * len(cov.pillars)]
    for name in cov.institutions:
        counts = " | ".join(str(cov.by_pillar[name].get(p, 0)) for p in cov.pillars)
        lines.append(f"| {_esc(name)} | {counts} |")
    lines.append("")

    lines += ["## Coverage by practice", ""]
    lines += ["| Practice | " + " | ".join(_esc(n) for n in cov.institutions) + " |"]
    lines += ["| --- |" + " ---: |" * len(cov.institutions)]
    for practice in cov.practices:
        counts = [cov.by_practice[n].get(practice, 0) for n in cov.institutions]
        if any(counts):
            label = comparison.practices.get(practice, practice)
            lines.append(f"| {_esc(label)} | " + " | ".join(str(c) for c in counts) + " |")
    lines.append("")

    for finding in comparison.findings:
        focus = " (focus)" if finding.institution == comparison.focus else ""
        lines += [f"## {_esc(finding.institution)}{focus}", "", "### Gaps", ""]
        if not finding.gaps:
            lines += ["None: every practice most peers have appears in this plan.", ""]
        for gap in finding.gaps:
            share = f"{gap.share_of_peers:.0%}"
            lines.append(f"- **{_esc(gap.label)}**: {share} of peers ({_esc(', '.join(gap.peers_with_practice))})")
            for ex in gap.examples:
                measures = f" Measures: {_esc(_short('; '.join(ex.measures)))}" if ex.measures else ""
                lines.append(f"  - {_esc(ex.institution)} {_esc(_ref(ex))}: {_esc(_short(ex.text))}.{measures}")
        lines += ["", "### Unique actions", ""]
        if not finding.unique_actions:
            lines += ["None: every action has a counterpart in another plan.", ""]
        lines += [f"- {_esc(_ref(a))}: {_esc(_short(a.text))}" for a in finding.unique_actions]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def render_search_markdown(result: SearchResult) -> str:
    lines = [f"# Peer actions for: {_esc(result.query)}", ""]
    if result.query_practices:
        labels = ", ".join(result.practices.get(p, p) for p in result.query_practices)
        lines += [f"Practices named: {_esc(labels)}", ""]
    if result.note:
        lines += [f"*{_esc(result.note[0].upper() + result.note[1:])}.*", ""]
    for rank, hit in enumerate(result.hits, start=1):
        a = hit.action
        pillar = a.pillar.value.replace("_", " ") if a.pillar else "no pillar"
        lines.append(f"{rank}. **{_esc(a.institution)} {_esc(_ref(a))}** ({_esc(pillar)}, score {hit.score:.1f}): "
                     f"{_esc(a.text)}")  # fmt: skip
        if a.measures:
            lines.append(f"   Measures: {_esc('; '.join(a.measures))}")
        if a.provenance and (a.provenance.page or a.provenance.line):
            where = f"page {a.provenance.page}" if a.provenance.page else f"line {a.provenance.line}"
            lines.append(f"   Source: {where}")
    return "\n".join(lines).rstrip("\n") + "\n"
