"""The result of comparing several action plans.

`matches` pairs actions across institutions; `clusters` groups the same practice
across many institutions; `coverage` and `gaps` answer "who does what, and what
do we not do".
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from schemas.plan import Pillar, Provenance

COMPARISON_SCHEMA_VERSION = "1.0"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MatchKind(StrEnum):
    SAME = "same"
    RELATED = "related"


class ActionKey(_Model):
    """Enough of an action to find it again and read it."""

    institution: str
    ref: str | None = None
    index: int = Field(ge=0, description="Position of the action in its plan (reading order).")
    text: str
    pillar: Pillar | None = None
    practices: list[str] = Field(default_factory=list, description="Practice ids from the taxonomy.")
    measures: list[str] = Field(default_factory=list)
    owners: list[str] = Field(default_factory=list)
    provenance: Provenance | None = None


class ScoreParts(_Model):
    lexical: float = Field(ge=0, le=100)
    tfidf: float = Field(ge=0, le=100)
    practice: float = Field(ge=0, le=100)
    pillar: float = Field(ge=0, le=100)


class SameRule(StrEnum):
    """Which rule made a pair `same` (see comparer/README.md)."""

    MUTUAL = "mutual_best"
    ONE_WAY = "one_way_best"
    STRONG = "strong"
    SAME_OBJECT = "same_object"
    LISTED = "listed_practice"
    SAME_PRACTICE = "same_practice"


class MatchReason(_Model):
    shared_practices: list[str] = Field(default_factory=list)
    shared_terms: list[str] = Field(default_factory=list)
    parts: ScoreParts
    rule: SameRule | None = Field(
        default=None,
        description="For a `same` pair, the rule that made it so: each is the other's best counterpart"
        " (mutual_best), one is the other's best (one_way_best: many-to-one), or neither but the pair is"
        " strong and shares a focus practice (strong), or one is the other's best and both make the same kind"
        " of object, a web page, an event, a fund (same_object), or one lists several practices and the other"
        " does one of them (listed_practice), or each is the other's best, both are mainly about one practice"
        " and they share a word (same_practice).",
    )


class ActionMatch(_Model):
    a: ActionKey
    b: ActionKey
    score: float = Field(ge=0, le=100)
    kind: MatchKind
    reason: MatchReason


class PracticeCluster(_Model):
    id: str
    label: str
    practice: str | None = Field(default=None, description="Dominant taxonomy practice id, when one is shared.")
    pillar: Pillar | None = None
    institutions: list[str]
    members: list[ActionKey]


class CoverageGap(_Model):
    """A practice most peers have and this institution lacks."""

    institution: str
    practice: str
    label: str
    pillar: Pillar | None = None
    peers_with_practice: list[str]
    share_of_peers: float = Field(ge=0, le=1)
    examples: list[ActionKey] = Field(default_factory=list, description="Peers' actions doing it, with measures.")


class PlanSummary(_Model):
    institution: str
    title: str | None = None
    source: str
    actions: int
    pillars: dict[str, int]


class Coverage(_Model):
    institutions: list[str]
    pillars: list[str]
    practices: list[str]
    by_pillar: dict[str, dict[str, int]] = Field(description="institution -> pillar -> number of actions.")
    by_practice: dict[str, dict[str, int]] = Field(description="institution -> practice id -> number of actions.")


class InstitutionFindings(_Model):
    institution: str
    gaps: list[CoverageGap] = Field(default_factory=list)
    unique_actions: list[ActionKey] = Field(default_factory=list, description="Actions no peer has a counterpart for.")


class Thresholds(_Model):
    same: float = Field(ge=0, le=100)
    related: float = Field(ge=0, le=100)
    one_way_same: float | None = Field(
        default=None, ge=0, le=100, description="Score from which a pair one side keeps as its best is same."
    )
    strong_same: float | None = Field(
        default=None, ge=0, le=100, description="Score from which a pair neither side keeps as its best is same."
    )


class Comparison(_Model):
    schema_version: str = COMPARISON_SCHEMA_VERSION
    plans: list[PlanSummary]
    thresholds: Thresholds | None = Field(default=None, description="Scores from which a pair is same / related.")
    practices: dict[str, str] = Field(default_factory=dict, description="Practice id -> label, for every id used.")
    matches: list[ActionMatch]
    clusters: list[PracticeCluster] = Field(default_factory=list)
    coverage: Coverage
    findings: list[InstitutionFindings] = Field(default_factory=list)
    focus: str | None = None


class SearchHit(_Model):
    """One peer action found for a free-text query."""

    action: ActionKey
    score: float = Field(ge=0, le=100)
    reason: MatchReason


class SearchResult(_Model):
    schema_version: str = COMPARISON_SCHEMA_VERSION
    query: str
    query_practices: list[str] = Field(default_factory=list, description="Practice ids the query names.")
    practices: dict[str, str] = Field(default_factory=dict, description="Practice id -> label, for every id used.")
    hits: list[SearchHit]
    note: str | None = Field(
        default=None, description="Said when no action matches the query well: the hits are only near misses."
    )


class NoveltyReason(StrEnum):
    PRACTICE = "practice"  # no peer names the practice the action is about
    WORDING = "wording"  # the taxonomy knows no practice here, and no peer action is similar


class NovelAction(_Model):
    """An action of a new or changed plan that no peer has."""

    action: ActionKey
    practices: list[str] = Field(default_factory=list, description="The practices the action is about.")
    reason: NoveltyReason


class ClosedGap(_Model):
    """A practice most peers have that a new or changed plan covers."""

    practice: str
    label: str
    pillar: Pillar | None = None
    peers_with_practice: list[str]
    share_of_peers: float = Field(ge=0, le=1)
    actions: list[ActionKey] = Field(description="The plan's actions that cover the practice.")


class PlanNews(_Model):
    """What one plan added or changed by the last batch run brings, seen against its peers."""

    institution: str
    plan_id: str
    source: str
    actions: int
    novel_actions: list[NovelAction] = Field(default_factory=list)
    closed_gaps: list[ClosedGap] = Field(default_factory=list)
    open_gaps: list[CoverageGap] = Field(default_factory=list, description="Practices most peers have, still missing.")


class WhatsNew(_Model):
    """`tc-compare CORPUS --new`: the plans the last batch run added or changed, against every other plan."""

    schema_version: str = COMPARISON_SCHEMA_VERSION
    corpus: str
    plans_compared: int = Field(ge=0)
    changed_plans: list[str] = Field(default_factory=list, description="Ids of the plans added or changed.")
    thresholds: Thresholds | None = None
    practices: dict[str, str] = Field(default_factory=dict, description="Practice id -> label, for every id used.")
    plans: list[PlanNews] = Field(default_factory=list)
