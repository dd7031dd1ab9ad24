"""One validated settings object for comparing plans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from comparer.errors import ComparisonError


class ScoreWeights(BaseModel):
    """How much each score part counts; the combined score is their weighted mean (0..100)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lexical: float = Field(default=0.1, ge=0)
    tfidf: float = Field(default=0.5, ge=0)
    practice: float = Field(default=0.5, ge=0)
    pillar: float = Field(default=0.05, ge=0)

    @model_validator(mode="after")
    def _some_weight(self) -> ScoreWeights:
        if self.lexical + self.tfidf + self.practice + self.pillar <= 0:
            raise ValueError("at least one weight must be positive")
        return self

    @property
    def total(self) -> float:
        return self.lexical + self.tfidf + self.practice + self.pillar


class ComparisonSettings(BaseModel):
    """Thresholds and knobs of the comparer. See comparer/README.md for how they were set."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    same_threshold: float = Field(default=52.0, ge=0, le=100, description="Score from which a pair is `same`.")
    related_threshold: float = Field(default=30.0, ge=0, le=100, description="Score from which a pair is `related`.")
    one_way_same_threshold: float = Field(
        default=60.0,
        ge=0,
        le=100,
        description="Score from which a pair kept by one side only (its best counterpart there, while the other"
        " side's best is another action) is `same`: sectors are many-to-one (five registration actions vs one).",
    )
    strong_same_threshold: float = Field(
        default=56.0,
        ge=0,
        le=100,
        description="Score from which a pair neither side keeps as its best is still `same` when the two actions"
        " share a focus practice (several actions of each plan doing one thing).",
    )
    object_same_threshold: float = Field(
        default=36.0,
        ge=0,
        le=100,
        description="Score from which a pair that may be the same and whose statements lead with the same kind of"
        " object (a web page and a hub, an away day and a conference, two funds) is `same`: short statements share"
        " the practice and the object but few words.",
    )
    listed_same_threshold: float = Field(
        default=36.0,
        ge=0,
        le=100,
        description="Score from which a pair that may be the same, one of whose actions is a list of examples of"
        " several practices ('engagement routes opened, including a forum page, a newsletter and a blog'), is"
        " `same`: the list is the same as each narrower action doing one of its items, though it shares few words"
        " with any of them.",
    )
    structure_related_threshold: float = Field(
        default=15.0,
        ge=0,
        le=100,
        description="Score from which an action mainly about a career pathway and one naming a part of the career"
        " structure (grades, their evaluation, job descriptions, promotion routes) are listed as `related`, below the"
        " `related` floor: the part is a step of the pathway though the two share few words"
        " (`scoring.frames_structure`)."
        " Never `same` by this rule; at or above `related_threshold` it adds nothing.",
    )
    open_same_threshold: float = Field(
        default=25.0,
        ge=0,
        le=100,
        description="Score from which a pair that may be the same, one of whose actions names a class open to any"
        " member ('forums or other means of general communication'), is `same`: the open class is each narrower"
        " action doing one member (a newsletter, a mailing list) though it shares hardly a word with it. Under the"
        " `related` floor (a terse 'producing a regular newsletter' scores 28 against such a class) the pair is"
        " listed only when both are mainly about one practice (`assignment.open_member_floor`); 20 to 28 give the"
        " same figures on every development set, 25 sits between.",
    )
    practice_same_discount: float = Field(
        # 6 by leave-one-set-out over ten calibration sets (benchmarks/README.md): left out, it raises `same` F1
        # on five of the six sets of real material and costs one of the three sample pairs a pair.
        default=6.0,
        ge=0,
        le=100,
        description="Points under `same_threshold` from which a pair that may be the same, each the other's best"
        " counterpart, is `same` when both are mainly about one practice (the one each statement names most often,"
        " or a practice and its parent) and they share a word: two short statements about one practice in their"
        " own words ('Publish how technicians move up a grade' and 'Explain promotion routes to technical staff')"
        " share the practice but few words, so they score just under `same_threshold`.",
    )
    objects_apart: bool = Field(
        default=True,
        description="Two actions on one practice making different kinds of object (a brochure vs a web site, a"
        " workshop vs a fund) are `related`, never `same`; an action naming no object is broad and clashes with none.",
    )
    money_apart: bool = Field(
        default=True,
        description="An action paying for an end (a fund, fees paid, funding routes) and one pursuing that end in"
        " a way of its own that is not money (in-house training, an event on registration, tracking registrants)"
        " are `related`, never `same`; an action that only says it supports the end ('Support technicians to gain"
        " registration') meets either.",
    )
    margin: float = Field(
        default=4.0, ge=0, le=100, description="Counterparts within this many points of the best one are kept too."
    )
    max_counterparts: int = Field(default=3, ge=1, description="Counterparts kept per action and other plan.")
    max_matches_per_action: int | None = Field(
        default=10,
        ge=1,
        description="Cap on listed matches per action over all plans, best first (None: no cap). Clusters,"
        " gaps and unique actions always use every match.",
    )
    weights: ScoreWeights = Field(default_factory=ScoreWeights)
    context_weight: float = Field(
        default=0.3, ge=0, le=1, description="Weight of theme and measures text relative to the action text."
    )
    related_practice_weight: float = Field(
        default=0.3, ge=0, le=1, description="Credit for two related (not identical) practices, or two siblings."
    )
    family_practice_weight: float = Field(
        default=0.6, ge=0, le=1, description="Credit for a practice and its broader parent practice."
    )
    focus_share: float = Field(
        default=0.3,
        gt=0,
        le=1,
        description="A practice named in an action's text at least this share as often as its main one is a focus;"
        " `same` needs a focus in common.",
    )
    review_apart: bool = Field(
        default=True,
        description="Reviewing something is `same` only as reviewing it too (not as doing or growing it).",
    )
    gap_min_share: float = Field(
        default=0.5, gt=0, le=1, description="A practice is a gap when at least this share of peers has it."
    )
    max_examples: int = Field(default=3, ge=0, description="Peer actions shown per gap.")
    taxonomy: tuple[Path, ...] = Field(default=(), description="Extra taxonomy files (TOML or JSON).")
    max_text_chars: int = Field(
        default=10_000,
        gt=0,
        description="Longest action text, measure or note compared; longer ones are cut with a warning naming the"
        " plan and the action. Scoring time grows with text length, and a workbook cell holds 32,767 characters.",
    )
    chunk_rows: int = Field(default=256, ge=1, description="Rows scored at once (memory vs speed).")
    workers: int = Field(default=-1, description="rapidfuzz workers (-1: all cores).")

    @model_validator(mode="after")
    def _ordered_thresholds(self) -> ComparisonSettings:
        if self.related_threshold > self.same_threshold:
            raise ValueError("related_threshold must not exceed same_threshold")
        if self.related_threshold > min(
            self.one_way_same_threshold,
            self.strong_same_threshold,
            self.object_same_threshold,
            self.listed_same_threshold,
        ):
            raise ValueError(
                "related_threshold must not exceed one_way_same_threshold, strong_same_threshold,"
                " object_same_threshold or listed_same_threshold"
            )
        return self

    @classmethod
    def resolve(cls, value: ComparisonSettings | dict[str, Any] | None) -> ComparisonSettings:
        """Accept an instance, a dict of overrides or None; name the bad field on error."""
        if value is None:
            return cls()
        if isinstance(value, cls):
            return value
        try:
            return cls.model_validate(value)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "settings"
            raise ComparisonError(f"bad setting {field!r}: {first['msg']}") from exc
