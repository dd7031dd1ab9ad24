"""Coverage of practices and pillars per institution, and the gaps that follow from it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from comparer.settings import ComparisonSettings
from comparer.taxonomy import Taxonomy
from comparer.text import PreparedAction
from schemas.comparison import ActionKey, Coverage, CoverageGap
from schemas.plan import Pillar

logger = logging.getLogger(__name__)


def covered_practices(action: PreparedAction, taxonomy: Taxonomy) -> set[str]:
    """Practices an action covers: those it is about (`PreparedAction.own_tags`: its own text, or
    its theme and measures when the text names none) and their parents.

    A practice named only in passing in the measures ("report uptake to the committee")
    is not one the action covers.

    Nominating technicians for awards is doing something about awards: the broad practice
    counts as covered. The reverse does not hold: "awards" alone says nothing about
    nominations.
    """
    known = set(taxonomy.ids)
    covered = set(action.own_tags)
    for tag in action.own_tags:
        practice = taxonomy.get(tag)
        if practice is not None and practice.parent in known:
            covered.add(practice.parent)
    return covered


def build_coverage(institutions: Sequence[str], prepared: Sequence[PreparedAction], taxonomy: Taxonomy) -> Coverage:
    """Counts of actions per institution x pillar and institution x practice (see `covered_practices`)."""
    pillars = [p.value for p in Pillar]
    by_pillar = {name: dict.fromkeys(pillars, 0) for name in institutions}
    by_practice = {name: dict.fromkeys(taxonomy.ids, 0) for name in institutions}
    for action in prepared:
        if action.pillar is not None:
            by_pillar[action.institution][action.pillar.value] += 1
        for tag in covered_practices(action, taxonomy):
            by_practice[action.institution][tag] += 1
    return Coverage(
        institutions=list(institutions),
        pillars=pillars,
        practices=list(taxonomy.ids),
        by_pillar=by_pillar,
        by_practice=by_practice,
    )


ExampleIndex = dict[tuple[str, str, str], PreparedAction]


def index_examples(prepared: Sequence[PreparedAction], taxonomy: Taxonomy | None = None) -> ExampleIndex:
    """(institution, practice, "text") -> that institution's first action whose own text names the practice.

    With a taxonomy, an action also stands for the parents of its practices. Practices
    named only in theme, measures or asides give no examples: a gap's example must show
    the practice in its own words.
    """
    index: ExampleIndex = {}

    def with_parents(tags: Sequence[str]) -> list[str]:
        out = list(tags)
        if taxonomy is not None:
            for tag in tags:
                practice = taxonomy.get(tag)
                if practice is not None and practice.parent is not None:
                    out.append(practice.parent)
        return out

    for action in prepared:
        for tag in with_parents(action.tags):
            index.setdefault((action.institution, tag, "text"), action)
    return index


def find_gaps(
    institution: str,
    coverage: Coverage,
    examples_index: ExampleIndex,
    taxonomy: Taxonomy,
    settings: ComparisonSettings,
    key_of: Callable[[PreparedAction], ActionKey],
) -> list[CoverageGap]:
    """Practices at least `gap_min_share` of the peers have and `institution` does not.

    Sorted by share of peers (highest first), then practice id. Examples are peers'
    actions whose own text names the practice, at most one per peer and `max_examples`
    in all, in plan order.
    """
    peers = [name for name in coverage.institutions if name != institution]
    if not peers:
        return []
    gaps = []
    for practice in taxonomy.practices:
        if coverage.by_practice[institution].get(practice.id, 0):
            continue
        having = [peer for peer in peers if coverage.by_practice[peer].get(practice.id, 0)]
        share = len(having) / len(peers)
        if not having or share < settings.gap_min_share:
            continue
        examples: list[ActionKey] = []
        for peer in having:
            if len(examples) >= settings.max_examples:
                break
            example = examples_index.get((peer, practice.id, "text"))
            if example is not None:
                examples.append(key_of(example))
        gaps.append(
            CoverageGap(
                institution=institution,
                practice=practice.id,
                label=practice.label,
                pillar=practice.pillar,
                peers_with_practice=sorted(having),
                share_of_peers=round(share, 4),
                examples=examples,
            )
        )
    gaps.sort(key=lambda g: (-g.share_of_peers, g.practice))
    logger.debug("%s: %d gaps", institution, len(gaps))
    return gaps
