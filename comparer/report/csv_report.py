"""CSV tables of a comparison: matches, clusters, coverage and gaps.

Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from schemas.comparison import ActionKey, Comparison, SearchResult

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = " ".join(str(value).split()) if isinstance(value, str) else str(value)
    if text.startswith(_FORMULA_START) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue()


def _key_cells(key: ActionKey) -> list[object]:
    return [key.institution, key.ref, key.index, key.pillar.value if key.pillar else None, key.text]


def render_matches_csv(comparison: Comparison) -> str:
    header = [
        "institution_a", "ref_a", "index_a", "pillar_a", "text_a",
        "institution_b", "ref_b", "index_b", "pillar_b", "text_b",
        "score", "kind", "shared_practices", "shared_terms", "lexical", "tfidf", "practice", "pillar",
    ]  # fmt: skip
    rows = (
        [
            *_key_cells(m.a),
            *_key_cells(m.b),
            m.score,
            m.kind.value,
            "; ".join(m.reason.shared_practices),
            "; ".join(m.reason.shared_terms),
            m.reason.parts.lexical,
            m.reason.parts.tfidf,
            m.reason.parts.practice,
            m.reason.parts.pillar,
        ]
        for m in comparison.matches
    )
    return _table(header, rows)


def _member(key: ActionKey) -> list[object]:
    return [key.institution, key.ref, key.index, key.text]


def render_clusters_csv(comparison: Comparison) -> str:
    header = ["cluster", "label", "practice", "cluster_pillar", "institutions", "institution", "ref", "index", "text"]
    rows = (
        [c.id, c.label, c.practice, c.pillar.value if c.pillar else None, len(c.institutions), *_member(m)]
        for c in comparison.clusters
        for m in c.members
    )
    return _table(header, rows)


def render_coverage_csv(comparison: Comparison) -> str:
    header = ["institution", "dimension", "key", "label", "actions"]
    cov = comparison.coverage
    rows: list[list[object]] = []
    for name in cov.institutions:
        rows += [[name, "pillar", p, p.replace("_", " "), cov.by_pillar[name].get(p, 0)] for p in cov.pillars]
        rows += [
            [name, "practice", p, comparison.practices.get(p, p), cov.by_practice[name].get(p, 0)]
            for p in cov.practices
        ]
    return _table(header, rows)


def render_gaps_csv(comparison: Comparison) -> str:
    header = [
        "institution", "practice", "label", "pillar", "share_of_peers", "peers_with_practice",
        "example_institution", "example_ref", "example_text", "example_measures",
    ]  # fmt: skip
    rows: list[list[object]] = []
    for finding in comparison.findings:
        for gap in finding.gaps:
            head = [
                gap.institution,
                gap.practice,
                gap.label,
                gap.pillar.value if gap.pillar else None,
                gap.share_of_peers,
                "; ".join(gap.peers_with_practice),
            ]
            if not gap.examples:
                rows.append([*head, None, None, None, None])
            for ex in gap.examples:
                rows.append([*head, ex.institution, ex.ref, ex.text, "; ".join(ex.measures)])
    return _table(header, rows)


def render_search_csv(result: SearchResult) -> str:
    header = ["rank", "score", "institution", "ref", "index", "pillar", "text", "measures", "shared_practices"]
    rows = (
        [rank, hit.score, *_key_cells(hit.action), "; ".join(hit.action.measures), "; ".join(practices)]
        for rank, hit in enumerate(result.hits, start=1)
        for practices in [hit.reason.shared_practices]
    )
    return _table(header, rows)
