"""A result envelope per file, so a batch never stops on one bad plan."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from schemas.plan import ActionPlan


class ResultStatus(StrEnum):
    OK = "ok"
    PARTIAL = "partial"  # a plan came out, with warnings worth reading
    FAILED = "failed"
    SKIPPED = "skipped"  # unchanged since the last batch run


class Problem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str
    message: str  # one line, names the file


class ExtractionResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: str
    status: ResultStatus
    plan: ActionPlan | None = None
    problems: list[Problem] = []
