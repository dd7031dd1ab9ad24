"""The common model every extracted Technician Commitment plan is turned into.

Field names follow the published gold format (institution, title, period, legend,
actions[ref, pillar, section, theme, text, measures, owners, start, end, timeline,
status, notes]); everything else is an addition that never renames those.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

# YYYY-MM or YYYY: month precision is the finest any plan states.
PARTIAL_DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2]))?$"


class Pillar(StrEnum):
    VISIBILITY = "visibility"
    RECOGNITION = "recognition"
    CAREER_DEVELOPMENT = "career_development"
    SUSTAINABILITY = "sustainability"
    EVALUATING_IMPACT = "evaluating_impact"
    GOVERNANCE = "governance"


class Recurrence(StrEnum):
    ANNUAL = "annual"
    SIX_MONTHLY = "six_monthly"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"
    ONGOING = "ongoing"


class State(StrEnum):
    NOT_STARTED = "not_started"
    ACTION_NEEDED = "action_needed"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"


class Rag(StrEnum):
    RED = "red"
    AMBER = "amber"
    GREEN = "green"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, use_enum_values=False)


class DateValue(_Model):
    """A start or finish as printed, with what could be read from it."""

    raw: str = Field(description="The cell text, whitespace folded.")
    date: str | None = Field(
        default=None,
        pattern=PARTIAL_DATE_PATTERN,
        description="YYYY-MM or YYYY when the text names a date, else null.",
    )
    recurrence: Recurrence | None = Field(
        default=None, description="Set when the text names a repeat (Annual, 6-monthly, Ongoing)."
    )


class Status(_Model):
    raw: str | None = Field(default=None, description="Status text as printed, or null when only a colour is shown.")
    state: State | None = None
    priority: int | None = Field(default=None, description="Priority number, e.g. 1 in 'Action needed - 1'.")
    rag: Rag | None = Field(default=None, description="Fill colour of the status cell, when the plan shows one.")


class BBox(_Model):
    """PDF coordinates in points, origin top-left (pdfplumber's convention)."""

    x0: float
    top: float
    x1: float
    bottom: float


class Provenance(_Model):
    """Where an action came from, so a reader can check it against the source."""

    page: int | None = Field(default=None, ge=1, description="1-based PDF page of the action's first line.")
    bbox: BBox | None = Field(default=None, description="Box of the action's row on that page.")
    pages: list[int] = Field(default_factory=list, description="Every page the row spans, when it crosses a break.")
    line: int | None = Field(default=None, ge=1, description="1-based line in a text source.")
    end_line: int | None = Field(default=None, ge=1, description="Last line of the action in a text source.")
    sheet: str | None = Field(default=None, description="Worksheet name, for a spreadsheet source.")
    cell: str | None = Field(default=None, description="Cell reference such as 'B7' (spreadsheet or table cell).")
    element: str | None = Field(
        default=None, description="Element path in an HTML or Word source, e.g. 'body/table[2]/tr[5]'."
    )


class Period(_Model):
    start: str | None = Field(default=None, pattern=PARTIAL_DATE_PATTERN)
    end: str | None = Field(default=None, pattern=PARTIAL_DATE_PATTERN)


class SourceInfo(_Model):
    path: str = Field(description="The path as it was given.")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    format: str = Field(description="pdf, text, html, docx or xlsx.")
    pages: int | None = Field(default=None, description="Page count of a PDF, null for text.")
    lines: int | None = Field(default=None, description="Line count of a text source, null for PDF.")
    layout: str = Field(description="The layout parser that read the plan.")


class PlanWarning(_Model):
    """Something the extractor was unsure about; the plan is still usable."""

    code: str
    message: str
    provenance: Provenance | None = None


class RejectedCount(_Model):
    """How many candidate rows one named rule turned away, with a few examples."""

    rule: str = Field(description="Name of the rule that rejected the rows.")
    count: int = Field(ge=0)
    examples: list[str] = Field(default_factory=list, description="Up to three rejected texts, shortened.")


class Quality(_Model):
    """How far the extraction can be trusted, in the spirit of a table parser's parsing report."""

    candidates: int = Field(ge=0, description="Candidate rows or items the parse considered.")
    kept: int = Field(ge=0, description="Candidates that became actions.")
    rejected: list[RejectedCount] = Field(default_factory=list, description="Rejected candidates by rule.")
    share_with_pillar: float = Field(ge=0, le=1, description="Share of actions with a pillar (stated or inferred).")
    share_with_owners: float = Field(ge=0, le=1)
    share_with_dates: float = Field(ge=0, le=1, description="Share of actions with a start, end or timeline.")
    suspect_actions: list[int] = Field(
        default_factory=list, description="0-based indexes of actions that look like fragments, names or furniture."
    )
    score: float = Field(ge=0, le=1, description="Overall confidence, 0 (none) to 1.")
    low_confidence: bool = Field(default=False, description="True when score is under the configured threshold.")


class Action(_Model):
    ref: str | None = Field(default=None, description="Reference as printed, or null when the plan numbers nothing.")
    pillar: Pillar | None = None
    pillar_inferred: bool = Field(
        default=False, description="True when no heading or column named the pillar and it was inferred from the text."
    )
    section: str | None = Field(default=None, description="The heading the action sits under, as printed.")
    theme: str | None = Field(
        default=None, description="Sub-theme cell (merged cells repeat onto every row they span)."
    )
    text: str
    measures: list[str] = Field(default_factory=list)
    owners: list[str] = Field(default_factory=list, description="Owner codes or names, split, as printed.")
    owner_names: list[str] = Field(
        default_factory=list,
        description="owners expanded through the plan's legend; same order and length as owners.",
    )
    start: DateValue | None = None
    end: DateValue | None = None
    timeline: list[str] = Field(
        default_factory=list, description="Gantt plans: YYYY-MM of the first month of each shaded period."
    )
    status: Status | None = None
    notes: str | None = None
    provenance: Provenance


class ActionPlan(_Model):
    schema_version: str = SCHEMA_VERSION
    extractor_version: str
    institution: str | None = None
    title: str | None = None
    period: Period | None = None
    legend: dict[str, str] = Field(default_factory=dict, description="Owner codes and what they stand for.")
    actions: list[Action]
    source: SourceInfo
    warnings: list[PlanWarning] = Field(default_factory=list)
    quality: Quality | None = Field(default=None, description="Confidence record of the extraction.")
