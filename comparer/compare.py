"""`compare(plans) -> Comparison`: the comparer pipeline from plans to findings.

plans -> PreparedAction[] (text.py) -> CandidateBlock[] (blocking.py) -> BlockScores
(scoring.py) -> DirectedEdges -> Assignment[] (assignment.py) -> clusters (clustering.py)
-> coverage and gaps (gaps.py) -> Comparison (schemas/comparison.py).
"""

from __future__ import annotations

import gc
import logging
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial
from typing import Any

import numpy as np
from numpy.typing import NDArray
from pydantic import TypeAdapter

from comparer.assignment import RULE_CODES, DirectedEdges, MatchTable, assign_matches, block_to_edges
from comparer.blocking import candidate_blocks, plan_numbers
from comparer.clustering import component_labels, components_from_labels
from comparer.errors import ComparisonError
from comparer.folding import fold
from comparer.gaps import build_coverage, find_gaps, index_examples
from comparer.loading import LoadedPlan, unique_names
from comparer.scoring import BlockBuffers, ScoringModel
from comparer.settings import ComparisonSettings
from comparer.taxonomy import Taxonomy, load_taxonomy
from comparer.text import ActionTextProcessor, PreparedAction, prepare_actions
from schemas.comparison import (
    ActionKey,
    ActionMatch,
    Comparison,
    InstitutionFindings,
    MatchKind,
    MatchReason,
    PlanSummary,
    PracticeCluster,
    ScoreParts,
    Thresholds,
)
from schemas.plan import ActionPlan

logger = logging.getLogger(__name__)

MAX_SHARED_TERMS = 8


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while many objects are built, then restore it.

    A sector-wide comparison creates hundreds of thousands of small objects (prepared
    actions, match models); the collector would otherwise rescan them over and over.
    Reference counting still frees everything that is dropped.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@lru_cache(maxsize=4)
def text_processor(taxonomy: Taxonomy) -> ActionTextProcessor:
    return ActionTextProcessor(taxonomy)


@dataclass(frozen=True)
class Corpus:
    """Plans turned into prepared actions and the scoring model over them."""

    names: list[str]
    sources: list[str]
    plans: list[ActionPlan]
    prepared: list[PreparedAction]
    taxonomy: Taxonomy
    model: ScoringModel

    def key(self, action: PreparedAction) -> ActionKey:
        a = action.action
        return ActionKey(
            institution=action.institution,
            ref=a.ref,
            index=action.action_index,
            text=a.text,
            pillar=a.pillar,
            practices=list(action.own_tags),
            measures=list(a.measures),
            owners=list(a.owners),
            provenance=a.provenance,
        )

    @cached_property
    def ranked_terms(self) -> list[tuple[str, ...]]:
        """Per action, its distinct lemmas most informative first (IDF, then alphabetical)."""
        idf = self.model.idf
        return [tuple(sorted(p.term_set, key=lambda w: (-idf.get(fold(w), 0.0), w))) for p in self.prepared]

    def reason(self, a: PreparedAction, b: PreparedAction, parts: ScoreParts) -> MatchReason:
        """Shared practices and the most informative shared lemmas."""
        return MatchReason.model_validate(self.reason_fields(a, b, parts.model_dump()))

    def reason_fields(self, a: PreparedAction, b: PreparedAction, parts: dict[str, float]) -> dict[str, Any]:
        """The fields of `reason` as plain data, for validating many matches in one call."""
        shared_practices = sorted(set(a.all_tags).intersection(b.all_tags))
        if a.index < len(self.prepared) and self.prepared[a.index] is a:
            ranked = self.ranked_terms[a.index]
        else:  # a search query, not one of the corpus actions
            idf = self.model.idf
            ranked = tuple(sorted(a.term_set, key=lambda w: (-idf.get(fold(w), 0.0), w)))
        terms = [w for w in ranked if fold(w) in b.stem_set][:MAX_SHARED_TERMS]
        return {"shared_practices": shared_practices, "shared_terms": terms, "parts": parts}


def _as_loaded(plans: Sequence[ActionPlan | LoadedPlan]) -> list[LoadedPlan]:
    raw_names = []
    for number, item in enumerate(plans, start=1):
        if isinstance(item, LoadedPlan):
            raw_names.append(item.institution)
        else:
            raw_names.append((item.institution or "").strip() or f"Plan {number}")
    names = unique_names(raw_names)
    out = []
    for name, item in zip(names, plans, strict=True):
        if isinstance(item, LoadedPlan):
            out.append(LoadedPlan(institution=name, source=item.source, plan=item.plan))
        else:
            out.append(LoadedPlan(institution=name, source=item.source.path, plan=item))
    return out


def build_corpus(
    plans: Sequence[ActionPlan | LoadedPlan], settings: ComparisonSettings, *, min_plans: int = 1
) -> Corpus:
    loaded = _as_loaded(plans)
    if len(loaded) < min_plans:
        raise ComparisonError(f"need at least {min_plans} plans with actions, got {len(loaded)}")
    taxonomy = load_taxonomy(list(settings.taxonomy)) if settings.taxonomy else load_taxonomy()
    entries = [
        (number, item.institution, index, action)
        for number, item in enumerate(loaded)
        for index, action in enumerate(item.plan.actions)
    ]
    prepared = prepare_actions(entries, text_processor(taxonomy))
    model = ScoringModel(prepared, taxonomy, settings)
    return Corpus(
        names=[item.institution for item in loaded],
        sources=[item.source for item in loaded],
        plans=[item.plan for item in loaded],
        prepared=prepared,
        taxonomy=taxonomy,
        model=model,
    )


def score_corpus(corpus: Corpus, settings: ComparisonSettings) -> MatchTable:
    """Score every cross-plan pair block by block and keep the best counterparts."""
    vectors = corpus.model.vectors(corpus.prepared)
    plans = plan_numbers(corpus.prepared)
    edges = []
    buffers = BlockBuffers()  # each block's scores are consumed before the next block reuses them
    every = np.arange(len(corpus.prepared), dtype=np.int64)
    for block in candidate_blocks(corpus.prepared, settings.chunk_rows):
        left = vectors.take(block.rows)
        right = vectors if np.array_equal(block.cols, every) else vectors.take(block.cols)
        scores = corpus.model.score_block(left, right, buffers=buffers)

        # each test is asked of (row, column) index pairs within this block's two vector sets
        model = corpus.model
        may_be_same = partial(model.may_be_same, left, right)
        same_object = partial(model.same_object, left, right)
        listed = partial(model.listed, left, right)
        same_main = partial(model.same_main, left, right)
        opened = partial(model.opened, left, right)
        structure_kin = partial(model.structure_kin, left, right)
        span = (left.frames | left.structures, right.frames | right.structures)
        open_span = (left.opens, left.object_bits != 0, right.opens, right.object_bits != 0)
        edges.append(
            block_to_edges(
                block,
                scores,
                plans,
                settings,
                may_be_same,
                same_object,
                listed,
                same_main,
                opened,
                structure_kin,
                span,
                open_span,
            )
        )
    return assign_matches(DirectedEdges.concat(edges), settings)


def _cluster_label(members: list[PreparedAction], corpus: Corpus) -> tuple[str | None, str]:
    tags: Counter[str] = Counter()
    for member in members:
        tags.update(member.tags or member.context_tags)
    if tags:
        practice = min(tags, key=lambda t: (-tags[t], t))
        if tags[practice] * 2 >= len(members):
            return practice, corpus.taxonomy.label(practice)
    words: Counter[str] = Counter()
    for member in members:
        words.update(set(member.lemmas))
    top = sorted(words, key=lambda w: (-words[w], -corpus.model.idf.get(fold(w), 0.0), w))[:3]
    return None, " / ".join(top) if top else "shared practice"


def build_clusters(
    corpus: Corpus, table: MatchTable, settings: ComparisonSettings, keys: Sequence[ActionKey] | None = None
) -> list[PracticeCluster]:
    """Clusters of `same` matches; `keys` are the corpus' action keys when already built."""
    mask = table.same
    labels = component_labels(len(corpus.prepared), table.a[mask], table.b[mask])
    components = components_from_labels(labels)
    clusters = []
    for number, component in enumerate(components, start=1):
        members = [corpus.prepared[i] for i in component]
        practice, label = _cluster_label(members, corpus)
        pillars = Counter(m.pillar for m in members if m.pillar is not None)
        pillar = min(pillars, key=lambda p: (-pillars[p], p.value)) if pillars else None
        clusters.append(
            PracticeCluster(
                id=f"C{number:04d}",
                label=label,
                practice=practice,
                pillar=pillar,
                institutions=sorted({m.institution for m in members}),
                members=[keys[m.index] if keys is not None else corpus.key(m) for m in members],
            )
        )
    return clusters


def _list_matches(
    corpus: Corpus, table: MatchTable, chosen: NDArray[np.int64], keys: Sequence[ActionKey]
) -> list[ActionMatch]:
    """The chosen matches as `ActionMatch`es, rounded to 2 decimals.

    Plain data is gathered first and validated in one call: a sector-wide comparison
    lists hundreds of thousands of matches.
    """
    columns = {
        name: np.round(getattr(table, name)[chosen].astype(np.float64), 2).tolist()
        for name in ("lexical", "tfidf", "practice", "pillar", "score")
    }
    prepared = corpus.prepared
    ranked = corpus.ranked_terms  # the same fields as `Corpus.reason_fields`, per action computed once
    tag_sets = [frozenset(p.all_tags) for p in prepared]
    names = ("lexical", "tfidf", "practice", "pillar")
    parts_rows = [dict(zip(names, values, strict=True)) for values in zip(*(columns[n] for n in names), strict=True)]
    rows = []
    for a, b, rule, score, parts in zip(
        table.a[chosen].tolist(),
        table.b[chosen].tolist(),
        table.rule[chosen].tolist(),
        columns["score"],
        parts_rows,
        strict=True,
    ):
        other_tags, other_terms = tag_sets[b], prepared[b].stem_set
        rows.append(
            {
                "a": keys[a],
                "b": keys[b],
                "score": score,
                "kind": MatchKind.SAME if rule else MatchKind.RELATED,
                "reason": {
                    "shared_practices": [t for t in prepared[a].all_tags if t in other_tags],
                    "shared_terms": [w for w in ranked[a] if fold(w) in other_terms][:MAX_SHARED_TERMS],
                    "parts": parts,
                    "rule": RULE_CODES.get(rule),
                },
            }
        )
    return _MATCHES.validate_python(rows)


_MATCHES: TypeAdapter[list[ActionMatch]] = TypeAdapter(list[ActionMatch])


def compare(
    plans: Sequence[ActionPlan | LoadedPlan],
    settings: ComparisonSettings | dict[str, Any] | None = None,
    *,
    focus: str | None = None,
) -> Comparison:
    """Compare plans of several institutions.

    Args:
        plans: `ActionPlan`s (or `LoadedPlan`s from `comparer.loading.load_inputs`), two or more.
        settings: a `ComparisonSettings`, a dict of overrides, or None for the defaults.
        focus: an institution name; its findings come first and `Comparison.focus` names it.

    Raises:
        ComparisonError: fewer than two plans, bad settings or an unknown focus institution.
    """
    with gc_paused():
        return _compare(plans, settings, focus)


def _compare(
    plans: Sequence[ActionPlan | LoadedPlan],
    settings: ComparisonSettings | dict[str, Any] | None,
    focus: str | None,
) -> Comparison:
    resolved = ComparisonSettings.resolve(settings)
    corpus = build_corpus(plans, resolved, min_plans=2)
    if focus is not None and focus not in corpus.names:
        candidates = [n for n in corpus.names if n.lower() == focus.lower() or focus.lower() in n.lower()]
        if len(candidates) != 1:
            known = ", ".join(corpus.names)
            raise ComparisonError(f"unknown focus institution {focus!r}; known: {known}")
        focus = candidates[0]
    table = score_corpus(corpus, resolved)
    keys = [corpus.key(p) for p in corpus.prepared]
    matches = _list_matches(corpus, table, table.capped(resolved.max_matches_per_action), keys)
    clusters = build_clusters(corpus, table, resolved, keys)
    coverage = build_coverage(corpus.names, corpus.prepared, corpus.taxonomy)
    examples = index_examples(corpus.prepared, corpus.taxonomy)
    matched = set(np.unique(np.concatenate([table.a, table.b])).tolist())
    by_institution: dict[str, list[PreparedAction]] = {name: [] for name in corpus.names}
    for p in corpus.prepared:
        by_institution[p.institution].append(p)
    findings = []
    for name in sorted(corpus.names, key=lambda n: (n != focus, corpus.names.index(n))):
        unique = [keys[p.index] for p in by_institution[name] if p.index not in matched]
        gaps = find_gaps(name, coverage, examples, corpus.taxonomy, resolved, lambda p: keys[p.index])
        findings.append(InstitutionFindings(institution=name, gaps=gaps, unique_actions=unique))
    used: set[str] = set()
    for key in keys:
        used.update(key.practices)
    for cluster in clusters:
        if cluster.practice:
            used.add(cluster.practice)
    for finding in findings:
        used.update(g.practice for g in finding.gaps)
    summaries = [
        PlanSummary(
            institution=name,
            title=plan.title,
            source=source,
            actions=len(plan.actions),
            pillars=dict(sorted(Counter(a.pillar.value for a in plan.actions if a.pillar).items())),
        )
        for name, source, plan in zip(corpus.names, corpus.sources, corpus.plans, strict=True)
    ]
    logger.info(
        "%d plans, %d actions: %d matches (%d same), %d clusters",
        len(corpus.names),
        len(corpus.prepared),
        len(matches),
        sum(1 for m in matches if m.kind == MatchKind.SAME),
        len(clusters),
    )
    return Comparison(
        plans=summaries,
        thresholds=Thresholds(
            same=resolved.same_threshold,
            related=resolved.related_threshold,
            one_way_same=resolved.one_way_same_threshold,
            strong_same=resolved.strong_same_threshold,
        ),
        practices={pid: corpus.taxonomy.label(pid) for pid in sorted(used)},
        matches=matches,
        clusters=clusters,
        coverage=coverage,
        findings=findings,
        focus=focus,
    )
