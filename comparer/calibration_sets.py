"""Calibration material kept with the comparer: tagging checks and a second alignment gold.

Two files live in `comparer/data/calibration/`:

- `tagging_cases.toml`: for each practice of the taxonomy, short action texts whose main
  practice it is (positives) and texts that share its words but are about something else
  (negatives, each naming what it is about). `load_tagging_cases` reads them.
- `real_vs_reference.json`: a hand alignment of the actions of real published plan pages
  (`../shared/real/*.txt.gold.json`) with the two reference plans (Southampton and Sussex,
  `../shared/plans/*.gold.json`). It holds no plan text: a real action is named by its file
  and 0-based index in that file's gold `actions`, a reference action by plan and ref.
  `load_calibration_set` reads the golds from the shared folder at run time and returns the
  plans with the pairs in the form `comparer.evaluation.gold_pairs` uses,
  {(index in plan a, index in plan b): grade}, with the real plan as plan a.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from comparer.errors import ComparisonError
from comparer.loading import read_plan_json
from schemas.plan import Action, ActionPlan, Pillar, Provenance, SourceInfo

logger = logging.getLogger(__name__)

CALIBRATION_DIR = Path(__file__).resolve().parent / "data" / "calibration"
TAGGING_CASES = CALIBRATION_DIR / "tagging_cases.toml"
REAL_ALIGNMENT = CALIBRATION_DIR / "real_vs_reference.json"
# What a negative case names when no practice of the taxonomy fits it.
NO_PRACTICE = "none"
# Reference plans of the shared alignment gold: name -> gold file under <shared>/plans.
REFERENCE_PLANS: Mapping[str, str] = {"southampton": "southampton.gold.json", "sussex": "sussex.gold.json"}
# Sussex prints no refs: its actions are numbered S01, S02, ... in reading order.
UNNUMBERED_REF_PREFIX = "S"
REAL_GOLD_SUFFIX = ".gold.json"

PracticeId = str


# ---------------------------------------------------------------- tagging cases


class _Negative(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1)
    about: PracticeId = Field(min_length=1)


class _Case(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    practice: PracticeId = Field(min_length=1)
    positives: tuple[str, ...] = Field(min_length=1)
    negatives: tuple[_Negative, ...] = ()


class _Proposed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    ids: tuple[PracticeId, ...] = ()


class _CasesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    proposed: _Proposed = _Proposed()
    case: list[_Case] = Field(default_factory=list)


@dataclass(frozen=True)
class NegativeCase:
    """A text that shares words with a practice but is about `about` (a practice id or "none")."""

    text: str
    about: PracticeId


@dataclass(frozen=True)
class TaggingCase:
    practice: PracticeId
    positives: tuple[str, ...]
    negatives: tuple[NegativeCase, ...]


@dataclass(frozen=True)
class TaggingCases:
    """The cases in file order, and the practice ids they use that the taxonomy does not have yet."""

    cases: tuple[TaggingCase, ...]
    proposed: tuple[PracticeId, ...]

    @property
    def practices(self) -> tuple[PracticeId, ...]:
        return tuple(case.practice for case in self.cases)


def load_tagging_cases(path: Path = TAGGING_CASES) -> TaggingCases:
    """Read the tagging checks.

    Raises:
        ComparisonError: the file is not valid TOML or not of the expected shape.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        parsed = _CasesFile.model_validate(data)
    except (OSError, tomllib.TOMLDecodeError, ValidationError) as exc:
        raise ComparisonError(f"{path}: cannot read tagging cases: {exc}") from exc
    cases = tuple(
        TaggingCase(
            practice=case.practice,
            positives=case.positives,
            negatives=tuple(NegativeCase(text=n.text, about=n.about) for n in case.negatives),
        )
        for case in parsed.case
    )
    return TaggingCases(cases=cases, proposed=parsed.proposed.ids)


# ---------------------------------------------------------------- real pages vs reference plans


class RealPair(BaseModel):
    """One graded pair: a real page's action and a reference plan's action."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    real_file: str = Field(min_length=1, description="File name of the real page in <shared>/real.")
    real_index: int = Field(ge=0, description="0-based index in that file's gold actions.")
    plan: Literal["southampton", "sussex"]
    ref: str = Field(min_length=1, description="Ref as printed (Southampton) or S01.. in reading order (Sussex).")
    grade: Literal[1, 2] = Field(description="2 = same practice, 1 = related.")
    reason: str = Field(min_length=1)


class _RealAlignmentFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    description: str = ""
    real_files: tuple[str, ...] = Field(min_length=1)
    plans: tuple[Literal["southampton", "sussex"], ...] = Field(min_length=1)
    pairs: tuple[RealPair, ...]


@dataclass(frozen=True)
class CalibrationSet:
    """Real pages as small plans, the reference plans, and the gold pairs between them.

    `pairs[(real_file, plan)]` maps (index in the real plan, index in the reference plan)
    to the grade; every (real file, reference plan) combination is present, empty when
    nothing in the page relates to the plan.
    """

    real_plans: Mapping[str, ActionPlan]
    reference_plans: Mapping[str, ActionPlan]
    pairs: Mapping[tuple[str, str], dict[tuple[int, int], int]]

    def alignment(self, real_file: str, plan: str) -> tuple[ActionPlan, ActionPlan, dict[tuple[int, int], int]]:
        """(real plan, reference plan, gold pairs) for one combination."""
        return self.real_plans[real_file], self.reference_plans[plan], self.pairs[(real_file, plan)]


def load_real_alignment(path: Path = REAL_ALIGNMENT) -> _RealAlignmentFile:
    try:
        return _RealAlignmentFile.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, ValidationError) as exc:
        raise ComparisonError(f"{path}: cannot read the real-page alignment: {exc}") from exc


def reference_refs(plan: ActionPlan) -> list[str]:
    """The ref of each action as the alignment names it: as printed, else S01, S02... in reading order."""
    return [
        action.ref if action.ref is not None else f"{UNNUMBERED_REF_PREFIX}{n:02d}"
        for n, action in enumerate(plan.actions, start=1)
    ]


def real_page_plan(path: Path) -> ActionPlan:
    """A real page's gold as a small plan, labelled by its file name.

    A page's institution is not a usable key: two pages may come from one institution (an
    older copy, a later update) and one page may come from the institution of a reference
    plan. The file name (without `.txt.gold.json`) is unique, so it becomes the institution.
    """
    plan = read_plan_json(path)
    return plan.model_copy(update={"institution": path.name.removesuffix(REAL_GOLD_SUFFIX).removesuffix(".txt")})


def load_calibration_set(shared: Path, gold: Path = REAL_ALIGNMENT) -> CalibrationSet:
    """Plans and gold pairs of the real-page alignment, read from the shared folder.

    Args:
        shared: the folder holding `real/` and `plans/` (../shared from the project).
        gold: the alignment file.

    Raises:
        ComparisonError: a file is missing or a pair names an action that does not exist.
    """
    alignment = load_real_alignment(gold)
    try:
        real_plans = {
            name: real_page_plan(shared / "real" / f"{name}{REAL_GOLD_SUFFIX}") for name in alignment.real_files
        }
        reference_plans = {name: read_plan_json(shared / "plans" / REFERENCE_PLANS[name]) for name in alignment.plans}
    except (OSError, ValueError) as exc:
        raise ComparisonError(f"cannot read the calibration plans under {shared}: {exc}") from exc
    ref_index = {name: {ref: n for n, ref in enumerate(reference_refs(plan))} for name, plan in reference_plans.items()}
    pairs: dict[tuple[str, str], dict[tuple[int, int], int]] = {
        (real, plan): {} for real in alignment.real_files for plan in alignment.plans
    }
    for pair in alignment.pairs:
        key = (pair.real_file, pair.plan)
        if key not in pairs:
            raise ComparisonError(f"{gold}: pair names an unlisted file or plan: {pair.real_file} / {pair.plan}")
        if not 0 <= pair.real_index < len(real_plans[pair.real_file].actions):
            raise ComparisonError(f"{gold}: {pair.real_file} has no action {pair.real_index}")
        if pair.ref not in ref_index[pair.plan]:
            raise ComparisonError(f"{gold}: {pair.plan} has no action {pair.ref}")
        cell = (pair.real_index, ref_index[pair.plan][pair.ref])
        if cell in pairs[key]:
            raise ComparisonError(f"{gold}: pair listed twice: {pair.real_file}[{pair.real_index}] / {pair.ref}")
        pairs[key][cell] = pair.grade
    logger.debug("calibration set: %d real pages, %d gold pairs", len(real_plans), len(alignment.pairs))
    return CalibrationSet(real_plans=real_plans, reference_plans=reference_plans, pairs=pairs)


# ---------------------------------------------------------------- alignment sets written apart


class SetAction(BaseModel):
    """One action of an institution in an alignment set: its text and, when known, its pillar."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    text: str = Field(min_length=1)
    pillar: str | None = None


class SetPlan(BaseModel):
    """One institution's actions, in reading order; pairs name them by 0-based index."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    institution: str = Field(min_length=1)
    actions: tuple[SetAction, ...] = Field(min_length=1)


class SetPair(BaseModel):
    """One graded pair: an institution's action (by index) and a reference plan's action (by ref).

    Written by hand, so read loosely: the plan's name in any case, a Sussex ref with or without
    its leading zero ("S7" is "S07"), spaces around a ref.
    """

    model_config = ConfigDict(extra="ignore", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _loose(cls, data: object) -> object:
        if not isinstance(data, dict):
            return data
        out = dict(data)
        if isinstance(out.get("plan"), str):
            out["plan"] = out["plan"].strip().lower()
        if isinstance(out.get("ref"), str):
            out["ref"] = normalise_ref(out.get("plan"), out["ref"])
        return out

    institution: str = Field(min_length=1)
    index: int = Field(ge=0, description="0-based index in that institution's actions.")
    plan: Literal["southampton", "sussex"]
    ref: str = Field(min_length=1, description="Ref as printed (Southampton) or S01.. in reading order (Sussex).")
    grade: Literal[1, 2] = Field(description="2 = same practice, 1 = related.")
    reason: str = ""


class AlignmentSetFile(BaseModel):
    """An alignment set: institutions' actions as text, and the pairs they make with the reference plans.

    Every pair not listed is no pair. The file carries the institutions' texts itself, so it
    needs only the reference plans from the shared folder.
    """

    model_config = ConfigDict(extra="ignore")

    plans: tuple[SetPlan, ...] = Field(min_length=1)
    pairs: tuple[SetPair, ...] = ()


def normalise_ref(plan: object, ref: str) -> str:
    """A ref as `reference_refs` names it: stripped; for Sussex, `S` and two digits ("s7" -> "S07")."""
    ref = ref.strip()
    numbered = re.fullmatch(r"[sS]?\s*(\d+)", ref)
    if plan == "sussex" and numbered:
        return f"{UNNUMBERED_REF_PREFIX}{int(numbered.group(1)):02d}"
    return ref


def read_pillar(value: str | None) -> Pillar | None:
    """The pillar a set names, read loosely ("Career development", "career-development"); None when unknown."""
    if value is None:
        return None
    key = "_".join(value.strip().lower().replace("-", " ").split())
    try:
        return Pillar(key)
    except ValueError:
        logger.warning("unknown pillar %r: read as none", value)
        return None


def set_plan(plan: SetPlan, source: str) -> ActionPlan:
    """An institution of an alignment set as a small plan: texts and pillars, nothing else."""
    digest = hashlib.sha256("\n".join(a.text for a in plan.actions).encode("utf-8")).hexdigest()
    return ActionPlan(
        extractor_version="alignment set",
        institution=plan.institution,
        actions=[
            Action(text=a.text, pillar=read_pillar(a.pillar), provenance=Provenance(line=n))
            for n, a in enumerate(plan.actions, start=1)
        ],
        source=SourceInfo(path=source, sha256=digest, format="text", layout="alignment set"),
    )


def load_alignment_set(path: Path, shared: Path) -> CalibrationSet:
    """An alignment set file (`AlignmentSetFile`, JSON) as a `CalibrationSet` keyed by institution.

    Args:
        path: the set file.
        shared: the folder holding `plans/` with the reference plans' golds.

    Raises:
        ComparisonError: the file cannot be read, two plans share an institution name, or a
            pair names an institution, action or ref that does not exist, or is listed twice.
    """
    try:
        parsed = AlignmentSetFile.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, ValidationError) as exc:
        raise ComparisonError(f"{path}: cannot read the alignment set: {exc}") from exc
    real_plans: dict[str, ActionPlan] = {}
    for plan in parsed.plans:
        if plan.institution in real_plans:
            raise ComparisonError(f"{path}: institution listed twice: {plan.institution!r}")
        real_plans[plan.institution] = set_plan(plan, path.name)
    try:
        reference_plans = {name: read_plan_json(shared / "plans" / gold) for name, gold in REFERENCE_PLANS.items()}
    except (OSError, ValueError) as exc:
        raise ComparisonError(f"cannot read the reference plans under {shared}: {exc}") from exc
    ref_index = {name: {ref: n for n, ref in enumerate(reference_refs(plan))} for name, plan in reference_plans.items()}
    pairs: dict[tuple[str, str], dict[tuple[int, int], int]] = {
        (real, plan): {} for real in real_plans for plan in reference_plans
    }
    for pair in parsed.pairs:
        if pair.institution not in real_plans:
            raise ComparisonError(f"{path}: pair names an unlisted institution: {pair.institution!r}")
        if pair.index >= len(real_plans[pair.institution].actions):
            raise ComparisonError(f"{path}: {pair.institution!r} has no action {pair.index}")
        if pair.ref not in ref_index[pair.plan]:
            raise ComparisonError(f"{path}: {pair.plan} has no action {pair.ref}")
        cell = (pair.index, ref_index[pair.plan][pair.ref])
        key = (pair.institution, pair.plan)
        if cell in pairs[key]:
            raise ComparisonError(f"{path}: pair listed twice: {pair.institution}[{pair.index}] / {pair.ref}")
        pairs[key][cell] = pair.grade
    logger.debug("alignment set %s: %d institutions, %d pairs", path, len(real_plans), len(parsed.pairs))
    return CalibrationSet(real_plans=real_plans, reference_plans=reference_plans, pairs=pairs)


# ---------------------------------------------------------------- held-out tagging file


class HeldoutAction(BaseModel):
    """An action text and the practice it is mainly about (`main`), with acceptable alternatives (`also`).

    `main` may be "none" (`NO_PRACTICE`): the text is about no practice of the taxonomy.
    """

    model_config = ConfigDict(extra="ignore", frozen=True)

    text: str = Field(min_length=1)
    main: PracticeId = Field(min_length=1)
    also: tuple[PracticeId, ...] = ()


class _HeldoutFile(BaseModel):
    model_config = ConfigDict(extra="ignore")

    action: tuple[HeldoutAction, ...] = Field(min_length=1)


def load_heldout_tagging(path: Path) -> tuple[HeldoutAction, ...]:
    """Read a held-out tagging file: TOML, `[[action]]` tables with `text`, `main` and optional `also`.

    Raises:
        ComparisonError: the file is not valid TOML or not of that shape.
    """
    try:
        parsed = _HeldoutFile.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (OSError, tomllib.TOMLDecodeError, ValidationError) as exc:
        raise ComparisonError(f"{path}: cannot read the held-out tagging file: {exc}") from exc
    return parsed.action
