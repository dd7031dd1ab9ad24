"""What an action is mainly about, read from its practice tags (for checks and reports)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from comparer.taxonomy import Taxonomy
from comparer.text import PreparedAction


def main_practices(action: PreparedAction) -> frozenset[str]:
    """The practices an action's own text names most often (the first named earns the lead bonus).

    Ties are all kept: "Run mentoring and coaching" names one practice twice, "Fund
    registration and conferences" two practices once each besides the lead. When the text
    names none, the theme's and measures' practices stand in (`PreparedAction.own_tags`).
    """
    hits = action.tag_hits or action.context_tag_hits
    if not hits:
        return frozenset()
    top = max(n for _, n in hits)
    return frozenset(tag for tag, n in hits if n == top)


def practice_family(taxonomy: Taxonomy, practice_id: str) -> frozenset[str]:
    """A practice and its children: naming a child ("award nominations") names the broad practice ("awards")."""
    children = {p.id for p in taxonomy.practices if p.parent == practice_id}
    return frozenset({practice_id, *children})


def accepted_practices(taxonomy: Taxonomy, practice_ids: Iterable[str]) -> frozenset[str]:
    """Practices that count as naming one of `practice_ids`: each, its children and its parent.

    A reader who files "nominate colleagues for awards" under *awards* or under *award
    nominations* reads it the same way; a held-out label names one of the two.
    """
    parents = {p.id: p.parent for p in taxonomy.practices if p.parent is not None}
    out: set[str] = set()
    for practice_id in practice_ids:
        out |= practice_family(taxonomy, practice_id)
        if practice_id in parents:
            out.add(str(parents[practice_id]))
    return frozenset(out)


@dataclass
class PracticeCounts:
    """Per practice: labelled actions (`gold`), those read first as it (`first`), and the right ones."""

    gold: int = 0
    first: int = 0
    first_right: int = 0
    gold_found_first: int = 0

    @property
    def precision(self) -> float:
        return self.first_right / self.first if self.first else 1.0

    @property
    def recall(self) -> float:
        return self.gold_found_first / self.gold if self.gold else 1.0


@dataclass
class HeldoutScores:
    """How the tagger reads labelled actions (`score_heldout`)."""

    actions: int = 0
    labelled: int = 0
    main_first: int = 0
    main_among: int = 0
    negatives: int = 0
    clean: int = 0
    per_practice: dict[str, PracticeCounts] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)
    misses: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)

    @property
    def first_share(self) -> float:
        return self.main_first / self.labelled if self.labelled else 0.0

    @property
    def among_share(self) -> float:
        return self.main_among / self.labelled if self.labelled else 0.0

    @property
    def specificity(self) -> float:
        return self.clean / self.negatives if self.negatives else 1.0


def score_heldout(
    labels: Sequence[tuple[str, str, Sequence[str]]], prepared: Sequence[PreparedAction], taxonomy: Taxonomy
) -> HeldoutScores:
    """Score the tagger on (text, main practice, also-acceptable practices) against the prepared texts.

    - main first: the labelled practice (or an `also`, each with its parent and children,
      `accepted_practices`) is among the text's main practices (`main_practices`);
    - main among: it is among the practices the text is about (`PreparedAction.own_tags`);
    - specificity, pooled over practices: for each practice of the taxonomy, of the texts not
      about it (neither `main` nor `also` accepts it), the share whose own tags lack it;
    - per practice: precision and recall of reading it first.

    A label that is no practice of the taxonomy (and not "none") is listed in `unknown` and
    its text left out. `prepared[k]` is the prepared text of `labels[k]`.
    """
    known = set(taxonomy.ids)
    scores = HeldoutScores()
    for (text, main, also), action in zip(labels, prepared, strict=True):
        scores.actions += 1
        named = [p for p in (main, *also) if p != "none"]
        bad = [p for p in named if p not in known]
        if bad:
            scores.unknown.extend(bad)
            continue
        accepted = accepted_practices(taxonomy, named)
        first = main_practices(action)
        own = set(action.own_tags)
        if main != "none":
            scores.labelled += 1
            hit_first = bool(accepted & first)
            scores.main_first += hit_first
            scores.main_among += bool(accepted & own)
            counts = scores.per_practice.setdefault(main, PracticeCounts())
            counts.gold += 1
            counts.gold_found_first += hit_first
            if not hit_first:
                scores.misses.append((text, main, tuple(sorted(first))))
        for practice in first:
            counts = scores.per_practice.setdefault(practice, PracticeCounts())
            counts.first += 1
            counts.first_right += practice in accepted
        for practice in known - accepted:
            scores.negatives += 1
            scores.clean += practice not in own
    return scores
