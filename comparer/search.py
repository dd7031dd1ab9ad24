"""Peer-action search: the corpus actions closest to a free-text query."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import numpy as np

from comparer.compare import build_corpus, text_processor
from comparer.loading import LoadedPlan
from comparer.settings import ComparisonSettings
from comparer.taxonomy import Taxonomy
from comparer.text import prepare_action
from schemas.comparison import ScoreParts, SearchHit, SearchResult
from schemas.plan import Action, ActionPlan, Provenance

logger = logging.getLogger(__name__)


def search(
    query: str,
    plans: Sequence[ActionPlan | LoadedPlan],
    settings: ComparisonSettings | dict[str, Any] | None = None,
    *,
    limit: int = 10,
    min_score: float | None = None,
) -> SearchResult:
    """Best actions across `plans` for `query`, highest score first (ties in plan order).

    The query is prepared like an action (lemmas, synonyms, practice tags) and scored with
    the same parts as a match, against IDF statistics of the corpus. Actions whose own
    text names the query's practice (or a finer one) come first; then the rest. `min_score`
    defaults to half the `related` threshold: a search should show near misses too, with
    a `note` saying so when no hit reaches the threshold.
    """
    resolved = ComparisonSettings.resolve(settings)
    corpus = build_corpus(plans, resolved, min_plans=1)
    processor = text_processor(corpus.taxonomy)
    prepared_query = prepare_action(Action(text=query, provenance=Provenance()), processor, institution="")
    query_vectors = corpus.model.vectors([prepared_query])
    corpus_vectors = corpus.model.vectors(corpus.prepared)
    scores = corpus.model.score_block(query_vectors, corpus_vectors)
    # The query has no pillar: leave the pillar part out instead of counting it as a miss. The
    # practice part counts only when both the query and the action name a practice.
    w = resolved.weights
    applies = query_vectors.tagged[0] & corpus_vectors.tagged
    practice_weight = np.where(applies, np.float32(w.practice), np.float32(0.0))
    denominator = np.maximum(np.float32(w.lexical + w.tfidf) + practice_weight, np.float32(1e-9))
    total = (
        w.lexical * scores.lexical[0] + w.tfidf * scores.tfidf[0] + practice_weight * scores.practice[0]
    ) / denominator
    cutoff = resolved.related_threshold / 2 if min_score is None else min_score
    wanted = query_family(prepared_query.all_tags, corpus.taxonomy)
    direct = np.array([is_direct_hit(action.tags, wanted) for action in corpus.prepared], dtype=bool)
    # Direct hits of the query's practice first, each group by score, ties in plan order.
    order = np.lexsort((np.arange(len(total)), -total, ~direct))
    hits: list[SearchHit] = []
    for index in order.tolist():
        if len(hits) >= limit:
            break
        if total[index] < cutoff:
            continue
        action = corpus.prepared[index]
        parts = ScoreParts(
            lexical=round(float(scores.lexical[0, index]), 2),
            tfidf=round(float(scores.tfidf[0, index]), 2),
            practice=round(float(scores.practice[0, index]), 2),
            pillar=0.0,
        )
        hits.append(
            SearchHit(
                action=corpus.key(action),
                score=round(float(total[index]), 2),
                reason=corpus.reason(prepared_query, action, parts),
            )
        )
    used = set(prepared_query.all_tags)
    for hit in hits:
        used.update(hit.action.practices)
    logger.info("query %r: %d hits of %d actions", query, len(hits), len(corpus.prepared))
    return SearchResult(
        query=query,
        query_practices=list(prepared_query.all_tags),
        practices={pid: corpus.taxonomy.label(pid) for pid in sorted(used)},
        hits=hits,
        note=weak_match_note(hits, resolved.related_threshold if prepared_query.all_tags else resolved.same_threshold),
    )


def query_family(query_tags: Sequence[str], taxonomy: Taxonomy) -> frozenset[str]:
    """The practices the query names, and the finer practices that refine them.

    A query for "technician awards" names the broad practice awards; an action about
    award nominations or staff awards is about awards just as much.
    """
    named = set(query_tags)
    finer = {p.id for p in taxonomy.practices if p.parent in named}
    return frozenset(named | finer)


def is_direct_hit(action_tags: Sequence[str], wanted: frozenset[str]) -> bool:
    """Whether the action's own text (not its theme or measures) names a practice the query asks for."""
    return bool(wanted) and any(tag in wanted for tag in action_tags)


def weak_match_note(hits: Sequence[SearchHit], good_score: float) -> str | None:
    """What to tell the reader when no hit reaches `good_score`: these are only near misses.

    The caller sets the bar: the `related` threshold when the query names a practice of the
    taxonomy (a shared practice vouches for a hit), the `same` threshold when it names none,
    since a hit then rests on shared words alone, and one shared word ("interview") is weak.
    """
    if not hits:
        return "nothing matched the query; try other words or a practice name"
    if hits[0].score < good_score:
        return (
            f"nothing matched the query well (best score {hits[0].score:g}, a good match scores"
            f" {good_score:g} or more); these are near misses"
        )
    return None
