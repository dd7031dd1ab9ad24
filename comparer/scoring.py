"""Similarity of two actions, part by part, on a 0..100 scale.

Every scorer has rapidfuzz's signature, ``score(a, b, *, score_cutoff=None) -> float``,
so each one also plugs into ``rapidfuzz.process.cdist``. Their string inputs are the
encodings made by `ScoringModel` (`lexical_key`, `encode_terms`, `encode_tags`, the
pillar value). `ScoringModel.score_block` is the fast path: the same numbers for many
pairs at once with numpy matrix products and rapidfuzz's `cdist`; tests check that it
agrees with the scorers pair by pair.

The combined score is the weighted mean of the parts (weights in `ScoreWeights`):

- lexical: `SortedLemmaRatio`, edit-distance ratio of the sorted distinct content lemmas;
- tfidf: `TfidfCosine`, cosine of TF-IDF vectors of lemmas after synonym folding;
- practice: `PracticeOverlap`, cosine of practice-tag vectors with credit for related practices;
- pillar: `SamePillar`, 100 when both actions sit under the same pillar (soft evidence only).
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz, process

from comparer.settings import ComparisonSettings
from comparer.taxonomy import Taxonomy
from comparer.text import (
    AWARD,
    AWARD_SCOPES,
    OBJECT_KINDS,
    SITE,
    SITE_PURPOSES,
    SURVEY,
    SURVEY_SCOPES,
    PreparedAction,
)

logger = logging.getLogger(__name__)

CONTEXT_MARK = "~"
# Stages of one practice that are never the same action: starting something vs reviewing
# it, and starting something vs setting targets for (growing) one that exists.
# A stage of None is an action that names none (it does the thing).
ACTIVITY_CONFLICTS: frozenset[frozenset[str | None]] = frozenset(
    {frozenset({"new", "review"}), frozenset({"new", "grow"}), frozenset({"new", "revise"})}
)
# "revise": a review joined to redoing the thing (`comparer.text.reviews_and_revises`); it meets a
# review and the doing, and clashes only with starting something new.
ACTIVITY_CODES: dict[str | None, int] = {None: 0, "new": 1, "review": 2, "grow": 3, "revise": 4}
# A statement listing this many practices is an umbrella over them (`is_umbrella`). Counted first as
# focus practices (with two, the real set lost same F1, 0.612 -> 0.604); since round 7 as the items
# of one list (`comparer.text.listed_practices`), since three focus practices are reached by a lead
# practice and two practices named in passing.
UMBRELLA_PRACTICES = 3
# The practice of paying for technicians' development, and the kind of object a fund is (`pays`).
FUNDING_PRACTICE = "development_funding"
FUND_KIND = "fund"
# One bit per kind of object an action makes or runs (`comparer.text.OBJECT_KINDS`).
# A kind with purposes has one bit per purpose; the kind said without a purpose has them all.
KIND_PURPOSES: dict[str, tuple[str, ...]] = {
    SITE: tuple(f"{SITE} {p}" for p in SITE_PURPOSES),
    AWARD: tuple(f"{AWARD} {p}" for p in AWARD_SCOPES),
    SURVEY: tuple(f"{SURVEY} {p}" for p in SURVEY_SCOPES),
}
OBJECT_BITS: dict[str, int] = {
    kind: 1 << n
    for n, kind in enumerate(
        sorted(
            (set(OBJECT_KINDS.values()) - set(KIND_PURPOSES))
            | {part for parts in KIND_PURPOSES.values() for part in parts}
        )
    )
}


def kind_bits(kind: str | None) -> int:
    """The bits of one kind of object: a site of no stated purpose is a site of every purpose."""
    if kind is None:
        return 0
    bits = 0
    for part in KIND_PURPOSES.get(kind, (kind,)):
        bits |= OBJECT_BITS.get(part, 0)
    return bits


def object_bits(objects: frozenset[str]) -> int:
    """The kinds of object of an action as one bit set (`OBJECT_BITS`)."""
    bits = 0
    for kind in objects:
        bits |= kind_bits(kind)
    return bits


def objects_relation(a: frozenset[str], b: frozenset[str]) -> str | None:
    """Relation of two actions' objects: "same" when they make or run a kind of object in common, "clash" when both name
    objects and none is shared (a brochure vs a web site, a showcase site vs a resource site),
    None when either names none (a broad action: "support registration" says no way of doing it)."""
    if not a or not b:
        return None
    return "same" if object_bits(a) & object_bits(b) else "clash"


# With `review_apart`: reviewing something is the same only as reviewing it too.
REVIEW_APART: frozenset[frozenset[str | None]] = frozenset({frozenset({"review", None}), frozenset({"review", "grow"})})


def stage_conflicts(conflicts: frozenset[frozenset[str | None]] = ACTIVITY_CONFLICTS) -> NDArray[np.bool_]:
    """Table of clashing stages indexed by two `ACTIVITY_CODES`."""
    table = np.zeros((len(ACTIVITY_CODES), len(ACTIVITY_CODES)), dtype=bool)
    for a, code_a in ACTIVITY_CODES.items():
        for b, code_b in ACTIVITY_CODES.items():
            table[code_a, code_b] = frozenset({a, b}) in conflicts
    return table


FloatArray = NDArray[np.float32]


class Scorer(Protocol):
    """rapidfuzz's scorer contract: symmetric, 0..100, 0 when below ``score_cutoff``."""

    def __call__(self, a: str, b: str, *, score_cutoff: float | None = None) -> float: ...


def _cut(value: float, score_cutoff: float | None) -> float:
    return value if score_cutoff is None or value >= score_cutoff else 0.0


def _weighted_counts(encoded: str, context_weight: float) -> dict[str, float]:
    counts: dict[str, float] = {}
    for token in encoded.split():
        if token.startswith(CONTEXT_MARK):
            counts[token[1:]] = counts.get(token[1:], 0.0) + context_weight
        else:
            counts[token] = counts.get(token, 0.0) + 1.0
    return counts


class SortedLemmaRatio:
    """Edit-distance similarity of two `lexical_key`s (sorted distinct content lemmas).

    Grades: 100 identical lemma sets; about 60-80 when most lemmas are shared; 30-50 for
    unrelated actions (letters are shared by chance), which is why its weight is small.
    """

    def __call__(self, a: str, b: str, *, score_cutoff: float | None = None) -> float:
        return _cut(float(fuzz.ratio(a, b)), score_cutoff)


class TfidfCosine:
    """Cosine of TF-IDF vectors of two `encode_terms` strings, times 100.

    Grades: 0 no shared lemma; 20-40 one or two shared informative lemmas; 60+ mostly the
    same wording. Lemmas marked with ``~`` (theme, measures) count `context_weight`.
    """

    def __init__(self, idf: dict[str, float], default_idf: float, context_weight: float) -> None:
        self.idf = idf
        self.default_idf = default_idf
        self.context_weight = context_weight

    def vector(self, encoded: str) -> dict[str, float]:
        counts = _weighted_counts(encoded, self.context_weight)
        return {w: c * self.idf.get(w, self.default_idf) for w, c in counts.items() if c > 0}

    def __call__(self, a: str, b: str, *, score_cutoff: float | None = None) -> float:
        u, v = self.vector(a), self.vector(b)
        nu = math.sqrt(sum(x * x for x in u.values()))
        nv = math.sqrt(sum(x * x for x in v.values()))
        if not nu or not nv:
            return _cut(0.0, score_cutoff)
        dot = sum(x * v[w] for w, x in u.items() if w in v)
        return _cut(min(100.0, 100.0 * dot / (nu * nv)), score_cutoff)


class PracticeOverlap:
    """Cosine of practice-tag vectors of two `encode_tags` strings, times 100.

    A tag's weight is its IDF over the compared actions times its hits, so the practice an
    action is mostly about dominates the ones it mentions in passing.
    A pair of different practices earns `related[(a, b)]` of a match: a broad practice
    and its child (taxonomy `parent`) more, related practices or siblings less.

    Grades: 100 same practices; 50-90 the main practice shared, others not; 30-60 a
    practice and its parent; 10-30 only related practices; 0 nothing in common.
    """

    def __init__(
        self,
        idf: dict[str, float],
        default_idf: float,
        related: Mapping[tuple[str, str], float],
        context_weight: float,
    ) -> None:
        self.idf = idf
        self.default_idf = default_idf
        self.related = related
        self.context_weight = context_weight

    def vector(self, encoded: str) -> dict[str, float]:
        counts = _weighted_counts(encoded, 1.0)
        weights: dict[str, float] = {}
        for token in encoded.split():
            tag = token.removeprefix(CONTEXT_MARK)
            factor = self.context_weight if token.startswith(CONTEXT_MARK) else 1.0
            weights[tag] = factor * self.idf.get(tag, self.default_idf) * counts[tag]
        return weights

    def __call__(self, a: str, b: str, *, score_cutoff: float | None = None) -> float:
        u, v = self.vector(a), self.vector(b)
        nu = math.sqrt(sum(x * x for x in u.values()))
        nv = math.sqrt(sum(x * x for x in v.values()))
        if not nu or not nv:
            return _cut(0.0, score_cutoff)
        dot = sum(x * v[t] for t, x in u.items() if t in v)
        rel = sum(x * y * self.related.get((t, s), 0.0) for t, x in u.items() for s, y in v.items() if t != s)
        return _cut(min(100.0, 100.0 * (dot + rel) / (nu * nv)), score_cutoff)


class SamePillar:
    """100 when both pillars are given and equal, else 0. Soft evidence, never a filter."""

    def __call__(self, a: str, b: str, *, score_cutoff: float | None = None) -> float:
        return _cut(100.0 if a and a == b else 0.0, score_cutoff)


def encode_terms(action: PreparedAction) -> str:
    """Content stems of the text, then those of asides, theme and measures marked with ``~``."""
    return " ".join([*action.stems, *(CONTEXT_MARK + w for w in action.context_stems)])


def encode_tags(action: PreparedAction) -> str:
    """Practice ids repeated once per hit; ids found only in theme or measures marked with ``~``."""
    parts = [tag for tag, n in action.tag_hits for _ in range(n)]
    parts += [CONTEXT_MARK + tag for tag, n in action.context_tag_hits for _ in range(n)]
    return " ".join(parts)


def pillar_code(action: PreparedAction) -> str:
    return action.pillar.value if action.pillar else ""


def focus_tags(action: PreparedAction, share: float) -> frozenset[str]:
    """The practices an action is about: those named in its text at least `share` as often as its main one.

    Means practices beside another practice and practices named only in the theme,
    measures or asides are context, never focus.
    """
    if not action.tag_hits:
        return frozenset()
    top = max(n for _, n in action.tag_hits)
    return frozenset(tag for tag, n in action.tag_hits if n >= share * top)


def main_tags(action: PreparedAction) -> frozenset[str]:
    """The practices an action is mainly about: those its statement names most often (with the lead
    bonus, usually the one it leads with). "Make career progression for technicians clearer and fairer" is
    about progression; "Annual review of the steering group's terms of reference" about governance."""
    return focus_tags(action, 1.0)


# The practices of a career structure: the pathway or framework as a whole, and its parts (grades and their
# evaluation, job descriptions, promotion routes). `frames_structure`, `names_structure`.
CAREER_FRAME = "career_framework"
CAREER_STRUCTURE: frozenset[str] = frozenset({CAREER_FRAME, "promotion_progression", "job_grading", "job_descriptions"})


def frames_structure(action: PreparedAction) -> bool:
    """Whether an action is mainly about a career pathway or framework as a whole ("Introduce clear career
    pathways for technical staff", "A research technical pathway"). A pathway is made of grades, job
    descriptions, their evaluation and the routes of promotion between them, so every action on one of those
    parts is a step of it: related, though the two share few words
    (`ComparisonSettings.structure_related_threshold`)."""
    return CAREER_FRAME in main_tags(action)


def names_structure(action: PreparedAction) -> bool:
    """Whether an action's statement names a part of the career structure (`CAREER_STRUCTURE`), mainly or not:
    a job description library, a job evaluation course, a business case for a higher grade, line managers
    told about the technical pathway."""
    return any(tag in CAREER_STRUCTURE for tag, _ in action.tag_hits)


def same_lead_object(a: PreparedAction, b: PreparedAction) -> bool:
    """Whether two actions lead with the same kind of object: both deliver a web page, both an
    event, both a fund (`comparer.text.lead_object_of`)."""
    return bool(kind_bits(a.lead_object) & kind_bits(b.lead_object))


def is_umbrella(action: PreparedAction) -> bool:
    """Whether an action is an umbrella over several practices: its statement lists at least
    `UMBRELLA_PRACTICES` (three) one after another (`comparer.text.listed_practices`: "financial
    support for training, conferences and registration"). The objects it names belong to one of
    them each, so they clash with no other action's object. A statement naming three practices
    that are not a list ("Registration for trainees: study leave and portfolio support", "Faculty
    funding for registration, agreed by the line manager") does one thing in one way: its objects
    clash as any action's do."""
    return action.listed >= UMBRELLA_PRACTICES


def pays(action: PreparedAction) -> bool:
    """Whether an action pays for what it is about: its statement leads with a fund ("Faculty funding
    for registration", "Clear funding routes to training", "A budget for courses and fees"), or leads with
    no object and names funding (`FUNDING_PRACTICE`) before any other practice ("We will pay for
    technicians to register"). "Guidance on externally funded placements" delivers guidance; "Support
    technicians to register, paying the first fees and running workshops" supports the end in several
    ways (`PreparedAction.supports`): neither only pays."""
    if action.supports:
        return False
    if action.lead_object is not None:
        return action.lead_object == FUND_KIND
    return action.first_practice == FUNDING_PRACTICE


def pursues_unpaid(action: PreparedAction) -> bool:
    """Whether an action pursues what it is about in a way of its own that is not money: it names a
    practice, no funding anywhere (text, asides, theme or measures) and no fund, and does not open with
    a verb of support ("Run in-house refresher training", "Track those pursuing registration",
    "Host an event on registration"; not "Support technicians to gain registration")."""
    return (
        bool(action.tags)
        and FUNDING_PRACTICE not in action.all_tags
        and not any(kind == FUND_KIND for kind in action.objects)
        and not action.supports
    )


def as_list(action: PreparedAction) -> bool:
    """Whether an action is as much each of several items as the whole: a list of examples
    (`PreparedAction.lists`), or a fund that lists what it pays for ("Financial support for training,
    conference attendance and registration": `pays` and `is_umbrella`), which is the same as an action
    paying for, or supporting, one of them."""
    return action.lists or (pays(action) and is_umbrella(action))


def money_apart(a: PreparedAction, b: PreparedAction) -> bool:
    """Whether one action pays for an end and the other pursues it another way (`pays`,
    `pursues_unpaid`): a fund for training and in-house training, a registration fund and tracking the
    registrants, are two ways to one end (related), not the same action."""
    return (pays(a) and pursues_unpaid(b)) or (pursues_unpaid(a) and pays(b))


@dataclass(frozen=True)
class PairParts:
    lexical: float
    tfidf: float
    practice: float
    pillar: float
    total: float
    shared_focus: bool = False
    same_object: bool = False
    listed: bool = False
    same_main: bool = False


def pack_bits(flags: NDArray[np.bool_] | FloatArray) -> NDArray[np.uint64]:
    """Rows of 0/1 flags as bit sets, 64 flags per word: (n, ceil(P / 64)) of uint64."""
    n, width = flags.shape
    words = max(1, -(-width // 64))
    padded = np.zeros((n, words * 64), dtype=np.uint64)
    padded[:, :width] = flags != 0
    weights = np.left_shift(np.uint64(1), np.arange(64, dtype=np.uint64))
    out: NDArray[np.uint64] = (padded.reshape(n, words, 64) * weights).sum(axis=2, dtype=np.uint64)
    return out


@dataclass(frozen=True)
class VectorSet:
    """Row-aligned matrices of some actions, in the corpus' vocabulary."""

    tfidf: FloatArray  # (n, V) L2-normalised over the full vector
    tags: FloatArray  # (n, P) L2-normalised
    tags_related: FloatArray  # tags @ relation matrix
    focus: FloatArray  # (n, P) 1 where the practice is a focus of the action
    broad: FloatArray  # (n, P) the focus practices and their parents (`ScoringModel.broaden`)
    tagged: NDArray[np.bool_]  # (n,) the action names any practice (text or context)
    activity: NDArray[np.int8]  # (n,) ACTIVITY_CODES of the stage, 0 none
    keys: list[str]
    pillars: NDArray[np.int16]  # -1 when unknown
    focus_bits: NDArray[np.uint64] | None = None  # `focus` packed by `pack_bits`; computed when None
    broad_bits: NDArray[np.uint64] | None = None  # `broad` packed
    objects: NDArray[np.uint64] | None = None  # (n,) kinds of object (`OBJECT_KINDS`) as bits; None: none known
    umbrella: NDArray[np.bool_] | None = None  # (n,) the action lists several practices (`is_umbrella`)
    lead: NDArray[np.uint64] | None = None  # (n,) the bit of the first kind of object named, 0 none
    listing: NDArray[np.bool_] | None = None  # (n,) the action is a list of examples (`PreparedAction.lists`)
    main_bits: NDArray[np.uint64] | None = None  # (n, words) the main practices (`main_tags`) as bits; None: none
    main_broad_bits: NDArray[np.uint64] | None = None  # the main practices and their parents
    pay: NDArray[np.bool_] | None = None  # (n,) the action pays for its end (`pays`)
    no_pay: NDArray[np.bool_] | None = None  # (n,) the action pursues its end another way (`pursues_unpaid`)
    opening: NDArray[np.bool_] | None = None  # (n,) the action names an open class (`PreparedAction.open_class`)
    frame: NDArray[np.bool_] | None = None  # (n,) the action is mainly about a career pathway (`frames_structure`)
    structure: NDArray[np.bool_] | None = None  # (n,) the action names a career-structure part (`names_structure`)

    def __post_init__(self) -> None:
        if self.focus_bits is None:
            object.__setattr__(self, "focus_bits", pack_bits(self.focus))
        if self.broad_bits is None:
            object.__setattr__(self, "broad_bits", pack_bits(self.broad))

    @property
    def broad_words(self) -> NDArray[np.uint64]:
        return self.broad_bits if self.broad_bits is not None else pack_bits(self.broad)

    @property
    def focus_words(self) -> NDArray[np.uint64]:
        return self.focus_bits if self.focus_bits is not None else pack_bits(self.focus)

    def take(self, index: NDArray[np.int64]) -> VectorSet:
        return VectorSet(
            tfidf=self.tfidf[index],
            tags=self.tags[index],
            tags_related=self.tags_related[index],
            focus=self.focus[index],
            broad=self.broad[index],
            tagged=self.tagged[index],
            activity=self.activity[index],
            keys=[self.keys[i] for i in index.tolist()],
            pillars=self.pillars[index],
            focus_bits=self.focus_words[index],
            broad_bits=self.broad_words[index],
            objects=self.object_bits[index],
            umbrella=self.umbrellas[index],
            lead=self.lead_bits[index],
            listing=self.listings[index],
            main_bits=self.main_words[index],
            main_broad_bits=self.main_broad_words[index],
            pay=self.paying[index],
            no_pay=self.unpaid[index],
            opening=self.opens[index],
            frame=self.frames[index],
            structure=self.structures[index],
        )

    def _flags(self, values: NDArray[np.bool_] | None) -> NDArray[np.bool_]:
        """A per-action flag array, or all False when the set was built without it."""
        return values if values is not None else np.zeros(len(self.keys), dtype=bool)

    @property
    def frames(self) -> NDArray[np.bool_]:
        return self._flags(self.frame)

    @property
    def structures(self) -> NDArray[np.bool_]:
        return self._flags(self.structure)

    @property
    def opens(self) -> NDArray[np.bool_]:
        return self._flags(self.opening)

    @property
    def paying(self) -> NDArray[np.bool_]:
        return self._flags(self.pay)

    @property
    def unpaid(self) -> NDArray[np.bool_]:
        return self._flags(self.no_pay)

    @property
    def main_words(self) -> NDArray[np.uint64]:
        if self.main_bits is not None:
            return self.main_bits
        return np.zeros_like(self.focus_words)

    @property
    def main_broad_words(self) -> NDArray[np.uint64]:
        if self.main_broad_bits is not None:
            return self.main_broad_bits
        return np.zeros_like(self.focus_words)

    @property
    def lead_bits(self) -> NDArray[np.uint64]:
        return self.lead if self.lead is not None else np.zeros(len(self.keys), dtype=np.uint64)

    @property
    def listings(self) -> NDArray[np.bool_]:
        return self._flags(self.listing)

    @property
    def umbrellas(self) -> NDArray[np.bool_]:
        return self._flags(self.umbrella)

    @property
    def object_bits(self) -> NDArray[np.uint64]:
        return self.objects if self.objects is not None else np.zeros(len(self.keys), dtype=np.uint64)


class BlockBuffers:
    """Full-size arrays reused from one row block to the next.

    A block is thousands by thousands; fresh arrays of that size are page-faulted in
    on every block, which costs as much as the arithmetic. The scores of a block
    scored into buffers are only valid until the next block is scored into them.
    """

    def __init__(self) -> None:
        self._arrays: dict[str, NDArray[np.generic]] = {}

    def get(self, name: str, shape: tuple[int, int], dtype: type[np.generic] = np.float32) -> NDArray[Any]:
        """A C-contiguous array of `shape` (contents undefined), reusing the largest one made so far."""
        array = self._arrays.get(name)
        if array is None or array.dtype != dtype or array.shape[1] != shape[1] or array.shape[0] < shape[0]:
            array = np.empty(shape, dtype=dtype)
            self._arrays[name] = array
        return array[: shape[0]]


@dataclass(frozen=True)
class BlockScores:
    lexical: FloatArray
    tfidf: FloatArray
    practice: FloatArray
    pillar: FloatArray
    total: FloatArray


def _idf(document_terms: Sequence[set[str]]) -> tuple[dict[str, float], float]:
    n = len(document_terms)
    df: Counter[str] = Counter()
    for terms in document_terms:
        df.update(terms)
    idf = {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}
    return idf, math.log(n + 1) + 1.0


class ScoringModel:
    """Corpus statistics (IDF of lemmas and practices) and the scorers built on them."""

    def __init__(self, prepared: Sequence[PreparedAction], taxonomy: Taxonomy, settings: ComparisonSettings) -> None:
        self.settings = settings
        self.weights = settings.weights
        self.idf, self.default_idf = _idf([set(p.stem_set) for p in prepared])
        self.tag_idf, self.default_tag_idf = _idf([set(p.all_tags) for p in prepared])
        self.relation = taxonomy.relation_weights(settings.related_practice_weight, settings.family_practice_weight)
        self.lexical = SortedLemmaRatio()
        self.tfidf = TfidfCosine(self.idf, self.default_idf, settings.context_weight)
        self.practice = PracticeOverlap(self.tag_idf, self.default_tag_idf, self.relation, settings.context_weight)
        self.pillar = SamePillar()
        # Lemmas in a single action cannot be shared: they only count in the norms.
        df: Counter[str] = Counter()
        for p in prepared:
            df.update(p.stem_set)
        self.vocab = {w: i for i, w in enumerate(sorted(w for w, c in df.items() if c >= 2))}
        self.tag_ids = {t: i for i, t in enumerate(taxonomy.ids)}
        relation = np.zeros((len(self.tag_ids), len(self.tag_ids)), dtype=np.float32)
        for (a, b), weight in self.relation.items():
            if a in self.tag_ids and b in self.tag_ids:
                relation[self.tag_ids[a], self.tag_ids[b]] = weight
        self.relation_matrix = relation
        self.conflicts = ACTIVITY_CONFLICTS | (REVIEW_APART if settings.review_apart else frozenset())
        self.conflict_table = stage_conflicts(self.conflicts)
        known = set(taxonomy.ids)
        self.parent_of = {
            p.id: p.parent
            for p in taxonomy.practices
            if p.parent is not None and p.parent in known and p.parent != p.id
        }
        self.pillar_ids = {p: i for i, p in enumerate(sorted({pillar_code(p) for p in prepared} - {""}))}
        # Means practices (funding, channels): a shared means is no shared purpose (`shared_focus`).
        self.means = taxonomy.means_ids
        flags = np.zeros((1, len(self.tag_ids)), dtype=bool)
        for tag in self.means:
            if tag in self.tag_ids:
                flags[0, self.tag_ids[tag]] = True
        self.means_mask = pack_bits(flags)

    def focus(self, action: PreparedAction) -> frozenset[str]:
        return focus_tags(action, self.settings.focus_share)

    def broaden(self, focus: frozenset[str]) -> frozenset[str]:
        """Focus practices with their parents: a broad action is one way of reading each narrower one."""
        return focus | {self.parent_of[t] for t in focus if t in self.parent_of}

    def shared_focus(self, a: PreparedAction, b: PreparedAction) -> bool:
        """Whether two actions may be the same: a focus practice in common, or the focus of one is the
        parent of a focus of the other ("a web presence" and "the technicians' hub"), or neither
        names a practice; and not two clashing stages (`ACTIVITY_CONFLICTS`) nor, with `objects_apart`,
        two different kinds of object (`objects_relation`). Two children of one parent (own awards
        vs nominations) are not the same. When both actions name a purpose besides a means (funding,
        channels), the purposes must meet: a fund for registration and a fund for training are two
        funds for two ends."""
        if frozenset({a.activity, b.activity}) in self.conflicts:
            return False
        if self.settings.money_apart and money_apart(a, b):
            return False
        focus_a, focus_b = self.focus(a), self.focus(b)
        if (
            self.settings.objects_apart
            and objects_relation(a.objects, b.objects) == "clash"
            and not is_umbrella(a)
            and not is_umbrella(b)
        ):
            return False
        if not focus_a and not focus_b:
            return not a.all_tags and not b.all_tags
        if self.siblings_apart(a, b) and not is_umbrella(a) and not is_umbrella(b):
            return False
        ends_a, ends_b = focus_a - self.means, focus_b - self.means
        if ends_a and ends_b:
            focus_a, focus_b = ends_a, ends_b
        return bool(focus_a & self.broaden(focus_b)) or bool(self.broaden(focus_a) & focus_b)

    def siblings_apart(self, a: PreparedAction, b: PreparedAction) -> bool:
        """Whether two actions are mainly about two children of one parent practice (`main_tags`).

        A reader of "Launch a Technician Medal in the staff awards" and "Use the newsletter to
        encourage nominations for awards" sees two kinds of one thing, the institution's own award
        and nominations for awards, whatever else each mentions in passing: related, not the same.
        """
        main_a, main_b = main_tags(a), main_tags(b)
        if not main_a or not main_b or main_a & self.broaden(main_b) or self.broaden(main_a) & main_b:
            return False
        return bool((self.broaden(main_a) - main_a) & (self.broaden(main_b) - main_b))

    def same_main_practice(self, a: PreparedAction, b: PreparedAction) -> bool:
        """Whether two actions are mainly about one practice (`main_tags`), or one's main practice is the
        parent of the other's: "Make career progression clearer" and "A business case for a senior
        technical grade" are both about progression, whatever else each names."""
        main_a, main_b = main_tags(a), main_tags(b)
        return bool(main_a & self.broaden(main_b)) or bool(self.broaden(main_a) & main_b)

    # ---------------------------------------------------------------- slow path
    def score_pair(self, a: PreparedAction, b: PreparedAction) -> PairParts:
        """Score one pair with the scorers (the slow, obvious path)."""
        lexical = self.lexical(a.lexical_key, b.lexical_key)
        tfidf = self.tfidf(encode_terms(a), encode_terms(b))
        practice = self.practice(encode_tags(a), encode_tags(b))
        pillar = self.pillar(pillar_code(a), pillar_code(b))
        applies = bool(a.all_tags) and bool(b.all_tags)
        total = self.combine(lexical, tfidf, practice, pillar, practice_applies=applies)
        same_object = same_lead_object(a, b)
        listed = as_list(a) or as_list(b)
        return PairParts(
            lexical,
            tfidf,
            practice,
            pillar,
            total,
            self.shared_focus(a, b),
            same_object,
            listed,
            self.same_main_practice(a, b),
        )

    def combine(
        self, lexical: float, tfidf: float, practice: float, pillar: float, *, practice_applies: bool = True
    ) -> float:
        """Weighted mean of the parts. The practice part is left out when an action names no practice:
        the taxonomy not knowing a wording is no evidence that two actions differ."""
        w = self.weights
        practice_weight = w.practice if practice_applies else 0.0
        denominator = w.total - w.practice + practice_weight
        if denominator <= 0:
            return 0.0
        return (w.lexical * lexical + w.tfidf * tfidf + practice_weight * practice + w.pillar * pillar) / denominator

    # ---------------------------------------------------------------- fast path
    def vectors(self, prepared: Sequence[PreparedAction]) -> VectorSet:
        n = len(prepared)
        tf = np.zeros((n, len(self.vocab)), dtype=np.float32)
        tags = np.zeros((n, len(self.tag_ids)), dtype=np.float32)
        focus = np.zeros((n, len(self.tag_ids)), dtype=np.float32)
        broad = np.zeros((n, len(self.tag_ids)), dtype=np.float32)
        main = np.zeros((n, len(self.tag_ids)), dtype=bool)
        main_broad = np.zeros((n, len(self.tag_ids)), dtype=bool)
        tagged = np.zeros(n, dtype=bool)
        activity = np.zeros(n, dtype=np.int8)
        objects = np.zeros(n, dtype=np.uint64)
        umbrella = np.zeros(n, dtype=bool)
        listing = np.zeros(n, dtype=bool)
        lead = np.zeros(n, dtype=np.uint64)
        pay = np.zeros(n, dtype=bool)
        no_pay = np.zeros(n, dtype=bool)
        opening = np.zeros(n, dtype=bool)
        frame = np.zeros(n, dtype=bool)
        structure = np.zeros(n, dtype=bool)
        pillars = np.full(n, -1, dtype=np.int16)
        # Rows already filled for the same lemmas or the same tags are copied (stock wordings repeat).
        term_rows: dict[tuple[tuple[str, ...], tuple[str, ...]], int] = {}
        tag_rows: dict[tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]], int] = {}
        for row, action in enumerate(prepared):
            term_key = (action.stems, action.context_stems)
            if term_key in term_rows:
                tf[row] = tf[term_rows[term_key]]
            else:
                term_rows[term_key] = row
                vec = self.tfidf.vector(encode_terms(action))
                norm = math.sqrt(sum(x * x for x in vec.values()))
                if norm:
                    for word, value in vec.items():
                        col = self.vocab.get(word)
                        if col is not None:
                            tf[row, col] = value / norm
            tag_key = (action.tag_hits, action.context_tag_hits)
            if tag_key in tag_rows:
                tags[row] = tags[tag_rows[tag_key]]
                focus[row] = focus[tag_rows[tag_key]]
                broad[row] = broad[tag_rows[tag_key]]
                main[row] = main[tag_rows[tag_key]]
                main_broad[row] = main_broad[tag_rows[tag_key]]
                frame[row], structure[row] = frame[tag_rows[tag_key]], structure[tag_rows[tag_key]]
            else:
                tag_rows[tag_key] = row
                tvec = self.practice.vector(encode_tags(action))
                tnorm = math.sqrt(sum(x * x for x in tvec.values()))
                if tnorm:
                    for tag, value in tvec.items():
                        col = self.tag_ids.get(tag)
                        if col is not None:
                            tags[row, col] = value / tnorm
                mine = self.focus(action)
                for tag in mine:
                    col = self.tag_ids.get(tag)
                    if col is not None:
                        focus[row, col] = 1.0
                for tag in self.broaden(mine):
                    col = self.tag_ids.get(tag)
                    if col is not None:
                        broad[row, col] = 1.0
                chief = main_tags(action)
                frame[row] = CAREER_FRAME in chief  # `frames_structure`
                structure[row] = names_structure(action)
                for flags, tags_of_row in ((main, chief), (main_broad, self.broaden(chief))):
                    for tag in tags_of_row:
                        col = self.tag_ids.get(tag)
                        if col is not None:
                            flags[row, col] = True
            tagged[row] = bool(action.all_tags)
            activity[row] = ACTIVITY_CODES.get(action.activity, 0)
            objects[row] = object_bits(action.objects)
            umbrella[row] = is_umbrella(action)
            listing[row] = as_list(action)
            lead[row] = kind_bits(action.lead_object)
            pay[row] = pays(action)
            no_pay[row] = pursues_unpaid(action)
            opening[row] = action.open_class
            pillars[row] = self.pillar_ids.get(pillar_code(action), -1)
        return VectorSet(
            tfidf=tf,
            tags=tags,
            tags_related=tags @ self.relation_matrix,
            focus=focus,
            broad=broad,
            tagged=tagged,
            activity=activity,
            keys=[a.lexical_key for a in prepared],
            pillars=pillars,
            objects=objects,
            umbrella=umbrella,
            listing=listing,
            lead=lead,
            main_bits=pack_bits(main),
            main_broad_bits=pack_bits(main_broad),
            pay=pay,
            no_pay=no_pay,
            opening=opening,
            frame=frame,
            structure=structure,
        )

    def score_block(
        self, left: VectorSet, right: VectorSet, *, lexical: bool = True, buffers: BlockBuffers | None = None
    ) -> BlockScores:
        """All parts for every (left, right) pair at once; agrees with `score_pair`.

        Blocks are large (thousands by thousands), so every step works in place on as
        few full-size arrays as possible, kept in `buffers` from block to block when given.
        """
        w = self.weights
        shape = (len(left.keys), len(right.keys))
        space = buffers if buffers is not None else BlockBuffers()
        tfidf = np.matmul(left.tfidf, right.tfidf.T, out=space.get("tfidf", shape))
        tfidf *= np.float32(100.0)
        np.minimum(tfidf, np.float32(100.0), out=tfidf)
        scratch = space.get("scratch", shape)
        practice = np.matmul(left.tags, right.tags.T, out=space.get("practice", shape))
        practice += np.matmul(left.tags_related, right.tags.T, out=scratch)
        practice *= np.float32(100.0)
        np.minimum(practice, np.float32(100.0), out=practice)
        same_pillar = np.equal(left.pillars[:, None], right.pillars[None, :], out=space.get("same", shape, np.bool_))
        same_pillar[left.pillars < 0, :] = False
        pillar = space.get("pillar", shape)
        np.copyto(pillar, same_pillar)
        pillar *= np.float32(100.0)
        if lexical and w.lexical > 0:
            lex = process.cdist(
                left.keys, right.keys, scorer=fuzz.ratio, dtype=np.float32, workers=self.settings.workers
            ).astype(np.float32, copy=False)
        else:
            lex = np.zeros_like(tfidf)
        total = np.multiply(tfidf, np.float32(w.tfidf / w.total), out=space.get("total", shape))
        np.multiply(practice, np.float32(w.practice / w.total), out=scratch)
        total += scratch
        np.multiply(lex, np.float32(w.lexical / w.total), out=scratch)
        total += scratch
        np.multiply(pillar, np.float32(w.pillar / w.total), out=scratch)
        total += scratch
        # The practice part is 0 when either side names no practice; such pairs leave it
        # out of the mean instead of counting it as 0.
        rest = w.total - w.practice
        factor = np.float32(w.total / rest if rest > 0 else 0.0)
        untagged_rows, untagged_cols = ~left.tagged, ~right.tagged
        if untagged_rows.any():
            total[untagged_rows, :] *= factor
        if untagged_cols.any():
            total[np.ix_(left.tagged, untagged_cols)] *= factor
        return BlockScores(lex, tfidf, practice, pillar, total)

    def may_be_same(
        self, left: VectorSet, right: VectorSet, rows: NDArray[np.int64], cols: NDArray[np.int64]
    ) -> NDArray[np.bool_]:
        """`shared_focus` for the pairs (left[rows[k]], right[cols[k]]); agrees with the slow path."""
        focus_a, broad_a = left.focus_words[rows], left.broad_words[rows]
        focus_b, broad_b = right.focus_words[cols], right.broad_words[cols]
        shared = np.any(focus_a & broad_b, axis=1)
        shared |= np.any(broad_a & focus_b, axis=1)
        ends = ~self.means_mask
        both_ends = np.any(focus_a & ends, axis=1) & np.any(focus_b & ends, axis=1)
        if both_ends.any():
            # Means vs end: two actions that both say what they are for share a purpose, not only a means.
            same_end = np.any(focus_a & broad_b & ends, axis=1) | np.any(broad_a & focus_b & ends, axis=1)
            shared = np.where(both_ends, same_end, shared)
        shared |= ~left.tagged[rows] & ~right.tagged[cols]
        shared &= ~self.siblings_block(left, right, rows, cols)
        conflict = self.conflict_table[left.activity[rows], right.activity[cols]]
        if self.settings.money_apart:
            conflict = conflict | (left.paying[rows] & right.unpaid[cols]) | (left.unpaid[rows] & right.paying[cols])
        if self.settings.objects_apart:
            conflict = conflict | self.object_clash(left, right, rows, cols)
        return np.asarray(shared & ~conflict, dtype=bool)

    @staticmethod
    def siblings_block(
        left: VectorSet, right: VectorSet, rows: NDArray[np.int64], cols: NDArray[np.int64]
    ) -> NDArray[np.bool_]:
        """`siblings_apart` for the pairs (left[rows[k]], right[cols[k]]), umbrellas excepted."""
        a, a_broad = left.main_words[rows], left.main_broad_words[rows]
        b, b_broad = right.main_words[cols], right.main_broad_words[cols]
        met = ScoringModel.same_main(left, right, rows, cols)
        parents = np.any((a_broad & ~a) & (b_broad & ~b), axis=1)
        both = np.any(a != 0, axis=1) & np.any(b != 0, axis=1)
        apart = both & ~met & parents
        return np.asarray(apart & ~left.umbrellas[rows] & ~right.umbrellas[cols], dtype=bool)

    @staticmethod
    def object_clash(
        left: VectorSet, right: VectorSet, rows: NDArray[np.int64], cols: NDArray[np.int64]
    ) -> NDArray[np.bool_]:
        """`objects_relation` is "clash" for the pairs (left[rows[k]], right[cols[k]])."""
        a, b = left.object_bits[rows], right.object_bits[cols]
        apart = (a != 0) & (b != 0) & ((a & b) == 0)
        return np.asarray(apart & ~left.umbrellas[rows] & ~right.umbrellas[cols], dtype=bool)

    @staticmethod
    def same_object(
        left: VectorSet, right: VectorSet, rows: NDArray[np.int64], cols: NDArray[np.int64]
    ) -> NDArray[np.bool_]:
        """`same_lead_object` for the pairs (left[rows[k]], right[cols[k]])."""
        return np.asarray((left.lead_bits[rows] & right.lead_bits[cols]) != 0, dtype=bool)

    @staticmethod
    def same_main(
        left: VectorSet, right: VectorSet, rows: NDArray[np.int64], cols: NDArray[np.int64]
    ) -> NDArray[np.bool_]:
        """`same_main_practice` for the pairs (left[rows[k]], right[cols[k]])."""
        a, a_broad = left.main_words[rows], left.main_broad_words[rows]
        b, b_broad = right.main_words[cols], right.main_broad_words[cols]
        return np.asarray(np.any(a & b_broad, axis=1) | np.any(a_broad & b, axis=1), dtype=bool)

    @staticmethod
    def listed(
        left: VectorSet, right: VectorSet, rows: NDArray[np.int64], cols: NDArray[np.int64]
    ) -> NDArray[np.bool_]:
        """Whether either action of the pairs (left[rows[k]], right[cols[k]]) is a list of examples
        (`PreparedAction.lists`)."""
        return np.asarray(left.listings[rows] | right.listings[cols], dtype=bool)

    @staticmethod
    def structure_kin(
        left: VectorSet, right: VectorSet, rows: NDArray[np.int64], cols: NDArray[np.int64]
    ) -> NDArray[np.bool_]:
        """Whether one action of the pairs (left[rows[k]], right[cols[k]]) is mainly about a career pathway
        (`frames_structure`) and the other names a part of the career structure (`names_structure`)."""
        return np.asarray(
            (left.frames[rows] & right.structures[cols]) | (right.frames[cols] & left.structures[rows]), dtype=bool
        )

    @staticmethod
    def opened(
        left: VectorSet, right: VectorSet, rows: NDArray[np.int64], cols: NDArray[np.int64]
    ) -> NDArray[np.bool_]:
        """Whether one action of the pairs (left[rows[k]], right[cols[k]]) names an open class
        (`PreparedAction.open_class`) and the other a member of it: a thing it makes or runs (any kind of
        object: a newsletter, a mailing list, a briefing). "News articles celebrating successes" names no
        channel, so it is no member of "forums or other means of general communication"."""
        member_left, member_right = left.object_bits[rows] != 0, right.object_bits[cols] != 0
        return np.asarray((left.opens[rows] & member_right) | (right.opens[cols] & member_left), dtype=bool)
