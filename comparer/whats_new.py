"""What the last batch run brought: novel actions and closed gaps of the plans it added or changed.

A corpus folder made by the batch command (`extractor.corpus`) knows which plans its
last completed run added or changed. Each of those plans is compared with every other
plan of the corpus (its peers):

- a *novel action* is one no peer has: it has no `same` counterpart in any peer plan,
  and no peer names the practice it is about (or, when the taxonomy knows no practice
  in it, no peer action is even related to it);
- a *closed gap* is a practice at least `gap_min_share` of the peers have that the plan
  covers. The corpus keeps only the current version of a plan, so for a changed plan
  these are the common practices it covers now, not only the ones it newly took up;
- an *open gap* is a practice most peers have that the plan still lacks.

Plans whose source file has gone from the inputs are left out of the peers.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from comparer.compare import Corpus, build_corpus, score_corpus
from comparer.gaps import build_coverage, find_gaps, index_examples
from comparer.loading import LoadedPlan
from comparer.settings import ComparisonSettings
from comparer.text import PreparedAction
from extractor.corpus import CorpusPlan, changed_in_last_run, load_plan_records
from schemas.comparison import (
    ClosedGap,
    Coverage,
    NovelAction,
    NoveltyReason,
    PlanNews,
    Thresholds,
    WhatsNew,
)

logger = logging.getLogger(__name__)


def whats_new(corpus_dir: str | Path, settings: ComparisonSettings | dict[str, Any] | None = None) -> WhatsNew:
    """Novel actions, closed and open gaps of the plans the last batch run added or changed.

    Raises:
        CorpusError: the folder holds no corpus (or one of another schema version).
        ComparisonError: bad settings.
    """
    resolved = ComparisonSettings.resolve(settings)
    changed = set(changed_in_last_run(corpus_dir))
    every = load_plan_records(corpus_dir)
    records = [r for r in every if not r.missing or r.plan_id in changed]
    if len(records) < len(every):
        logger.info("%d plans whose source file has gone are left out", len(every) - len(records))
    result = WhatsNew(
        corpus=str(corpus_dir),
        plans_compared=len(records),
        changed_plans=sorted(changed),
        thresholds=Thresholds(
            same=resolved.same_threshold,
            related=resolved.related_threshold,
            one_way_same=resolved.one_way_same_threshold,
            strong_same=resolved.strong_same_threshold,
        ),
    )
    if not changed:
        logger.info("the last batch run added or changed no plan")
        return result
    if len(records) < 2:
        logger.warning("the corpus holds a single plan: there are no peers to compare it with")
        return result
    loaded = [
        LoadedPlan(institution=(r.plan.institution or "").strip() or r.plan_id, source=r.display_path, plan=r.plan)
        for r in records
    ]
    corpus = build_corpus(loaded, resolved, min_plans=2)
    matched = _matched_plans(corpus, resolved)
    coverage = build_coverage(corpus.names, corpus.prepared, corpus.taxonomy)
    news = [
        _plan_news(number, record, corpus, coverage, resolved, matched)
        for number, record in enumerate(records)
        if record.plan_id in changed
    ]
    used: set[str] = set()
    for item in news:
        for novel in item.novel_actions:
            used.update(novel.practices)
            used.update(novel.action.practices)
        for closed in item.closed_gaps:
            used.add(closed.practice)
            for key in closed.actions:
                used.update(key.practices)
        used.update(gap.practice for gap in item.open_gaps)
    result.practices = {pid: corpus.taxonomy.label(pid) for pid in sorted(used)}
    result.plans = news
    logger.info("%d new or changed plans against %d peers", len(news), len(records) - 1)
    return result


MatchedPlans = tuple[list[set[int]], list[set[int]]]


def _matched_plans(corpus: Corpus, settings: ComparisonSettings) -> MatchedPlans:
    """Per action: the plans holding a `same` counterpart, and those holding any counterpart."""
    table = score_corpus(corpus, settings)
    same: list[set[int]] = [set() for _ in corpus.prepared]
    any_kind: list[set[int]] = [set() for _ in corpus.prepared]
    plan_of = np.array([p.plan for p in corpus.prepared], dtype=np.int64)
    for a, b, is_same in zip(table.a.tolist(), table.b.tolist(), table.same.tolist(), strict=True):
        any_kind[a].add(int(plan_of[b]))
        any_kind[b].add(int(plan_of[a]))
        if is_same:
            same[a].add(int(plan_of[b]))
            same[b].add(int(plan_of[a]))
    return same, any_kind


def _peer_practices(coverage: Coverage, peers: Sequence[str]) -> set[str]:
    return {pid for peer in peers for pid, count in coverage.by_practice[peer].items() if count}


def _plan_news(
    number: int,
    record: CorpusPlan,
    corpus: Corpus,
    coverage: Coverage,
    settings: ComparisonSettings,
    matched: MatchedPlans,
) -> PlanNews:
    name = corpus.names[number]
    peers = [n for n in corpus.names if n != name]
    peer_practices = _peer_practices(coverage, peers)
    own = [p for p in corpus.prepared if p.plan == number]
    same, any_kind = matched
    novel: list[NovelAction] = []
    for action in own:
        if same[action.index]:
            continue
        focus = sorted(corpus.model.focus(action))
        if focus and not set(focus) & peer_practices:
            novel.append(NovelAction(action=corpus.key(action), practices=focus, reason=NoveltyReason.PRACTICE))
        elif not focus and not any_kind[action.index]:
            novel.append(NovelAction(action=corpus.key(action), practices=[], reason=NoveltyReason.WORDING))
    return PlanNews(
        institution=name,
        plan_id=record.plan_id,
        source=record.display_path,
        actions=len(own),
        novel_actions=novel,
        closed_gaps=_closed_gaps(name, peers, coverage, own, corpus, settings),
        open_gaps=find_gaps(
            name, coverage, index_examples(corpus.prepared, corpus.taxonomy), corpus.taxonomy, settings, corpus.key
        ),
    )


def _closed_gaps(
    name: str,
    peers: Sequence[str],
    coverage: Coverage,
    own: Sequence[PreparedAction],
    corpus: Corpus,
    settings: ComparisonSettings,
) -> list[ClosedGap]:
    """Practices at least `gap_min_share` of the peers have and the plan covers, most common first."""
    closed = []
    for practice in corpus.taxonomy.practices:
        if not coverage.by_practice[name].get(practice.id, 0):
            continue
        having = sorted(peer for peer in peers if coverage.by_practice[peer].get(practice.id, 0))
        share = len(having) / len(peers)
        if not having or share < settings.gap_min_share:
            continue
        doing = [a for a in own if practice.id in a.tags] or [a for a in own if practice.id in a.context_tags]
        closed.append(
            ClosedGap(
                practice=practice.id,
                label=practice.label,
                pillar=practice.pillar,
                peers_with_practice=having,
                share_of_peers=round(share, 4),
                actions=[corpus.key(a) for a in doing],
            )
        )
    closed.sort(key=lambda g: (-g.share_of_peers, g.practice))
    return closed
