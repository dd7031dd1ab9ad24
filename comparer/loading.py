"""Read the comparer's inputs: ActionPlan JSON, gold-style plan JSON, plan documents, folders.

A JSON file that validates as `ActionPlan` is used as is. A plan JSON in the published
gold format (institution, actions[text, ...] without the extractor's bookkeeping) is
completed: provenance, source and extractor version are filled in. Documents (PDF,
text, web page, Word, spreadsheet) are extracted on the fly with `extractor.extract`. Folders are read one level
deep, in sorted order (a batch corpus folder from its plans/); JSON files in a folder
that hold no plan, and paperwork such as README.md, are skipped. The same plan given
twice, e.g. as a PDF and as its text, is compared once.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from comparer.settings import ComparisonSettings
from extractor.bounds import bound_long_fields
from extractor.sources import SUPPORTED_SUFFIXES, is_plan_file_name
from schemas.errors import TcPlansError
from schemas.plan import ActionPlan

logger = logging.getLogger(__name__)

# Every file type the extractor reads: PDF, text, web pages, Word and spreadsheet files.
DOCUMENT_SUFFIXES = SUPPORTED_SUFFIXES
# Files a batch corpus or an earlier comparison leaves beside plans.
_NOT_PLAN_JSON = frozenset({"summary.json", "comparison.json"})


@dataclass(frozen=True)
class LoadedPlan:
    institution: str
    source: str
    plan: ActionPlan


@dataclass(frozen=True)
class InputFailure:
    path: str
    reason: str


@dataclass(frozen=True)
class Duplicate:
    """A file holding a plan already given in another file (its PDF and its text rendition, say)."""

    path: str
    same_as: str


@dataclass
class LoadResult:
    plans: list[LoadedPlan] = field(default_factory=list)
    failures: list[InputFailure] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)


class NotAPlan(Exception):
    """The JSON holds something other than a plan (skipped inside folders)."""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def plan_from_mapping(data: Any, path: Path, raw: bytes) -> ActionPlan:
    """An `ActionPlan` from parsed JSON, completing gold-format plans."""
    if not isinstance(data, dict) or not isinstance(data.get("actions"), list):
        raise NotAPlan("no 'actions' list")
    try:
        return ActionPlan.model_validate(data)
    except ValidationError:
        pass
    known = set(ActionPlan.model_fields)
    filled = {key: value for key, value in data.items() if key in known}
    filled.setdefault("extractor_version", "gold")
    filled.setdefault(
        "source",
        {"path": str(path), "sha256": hashlib.sha256(raw).hexdigest(), "format": "json", "layout": "json"},
    )
    actions = []
    for action in data["actions"]:
        if isinstance(action, dict):
            action = {key: value for key, value in action.items() if key != "id"}
            action.setdefault("provenance", {})
        actions.append(action)
    filled["actions"] = actions
    try:
        return ActionPlan.model_validate(filled)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ValueError(f"not a valid plan: {where}: {first['msg']}") from exc


def read_plan_json(path: Path) -> ActionPlan:
    raw = path.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not valid JSON ({_one_line(str(exc))})") from exc
    return plan_from_mapping(data, path, raw)


def read_document(path: Path) -> ActionPlan:
    from extractor import extract

    return extract(path)


def _expand(inputs: Sequence[str | Path]) -> list[tuple[Path, bool]]:
    """(path, given explicitly) for every file to read, folders expanded in sorted order."""
    files: list[tuple[Path, bool]] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            # A batch corpus keeps its plans one level down, in plans/.
            folder = path / "plans" if (path / "corpus.sqlite").is_file() else path
            for child in sorted(folder.iterdir(), key=lambda p: p.name) if folder.is_dir() else []:
                if child.is_file() and _is_plan_input(child.name):
                    files.append((child, False))
        else:
            files.append((path, True))
    return files


def _is_plan_input(name: str) -> bool:
    if name.startswith("."):
        return False
    if name.lower().endswith(".json"):
        return name not in _NOT_PLAN_JSON
    return is_plan_file_name(name)


def plan_fingerprint(plan: ActionPlan) -> str:
    """Same institution and same action wording: the same plan, whatever file it came in."""
    parts = [" ".join((plan.institution or "").casefold().split())]
    parts += [" ".join(action.text.casefold().split()) for action in plan.actions]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def unique_names(names: Sequence[str]) -> list[str]:
    """Make institution names distinct by numbering repeats: 'X', 'X (2)', ..."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def plan_label(plan: ActionPlan, path: Path) -> str:
    """The name a plan goes by in a comparison when it names no institution.

    A reader of the report knows a plan by its institution; failing that by its
    title, then by the file it was read from (the source the extractor recorded,
    not a corpus file name with its hash), without suffixes.
    """
    if (plan.institution or "").strip():
        return (plan.institution or "").strip()
    if (plan.title or "").strip():
        return " ".join((plan.title or "").split())
    source = Path(plan.source.path).name if plan.source.path else path.name
    return source.split(".")[0] or path.stem


def load_inputs(inputs: Sequence[str | Path], settings: ComparisonSettings | None = None) -> LoadResult:
    """Read every input; failures are collected, never raised.

    Action texts, measures and notes longer than `settings.max_text_chars` are cut
    with a warning naming the plan and the action (plans made by other tools may
    not have been bounded by the extractor).
    """
    limit = (settings or ComparisonSettings()).max_text_chars
    result = LoadResult()
    loaded: list[tuple[str, str, ActionPlan]] = []
    seen_plans: dict[str, str] = {}
    for path, explicit in _expand(inputs):
        try:
            if not path.exists():
                raise FileNotFoundError("no such file or folder")
            suffix = path.suffix.lower()
            if suffix == ".json":
                plan = read_plan_json(path)
            elif suffix in DOCUMENT_SUFFIXES:
                plan = read_document(path)
            else:
                known = ", ".join(sorted(SUPPORTED_SUFFIXES))
                raise ValueError(f"unsupported file type {suffix or '(none)'}; give .json or one of {known}")
        except NotAPlan as exc:
            if explicit:
                result.failures.append(InputFailure(str(path), f"not a plan JSON ({exc})"))
            else:
                logger.info("%s: skipped, %s", path, exc)
            continue
        except TcPlansError as exc:
            result.failures.append(InputFailure(str(path), _one_line(getattr(exc, "reason", None) or str(exc))))
            continue
        except FileNotFoundError as exc:
            result.failures.append(InputFailure(str(path), _one_line(str(exc.strerror or exc))))
            continue
        except (OSError, ValueError, ImportError, NotImplementedError) as exc:
            result.failures.append(InputFailure(str(path), _one_line(str(exc)) or type(exc).__name__))
            continue
        if not plan.actions:
            result.failures.append(InputFailure(str(path), "the plan has no actions"))
            continue
        fingerprint = plan_fingerprint(plan)
        if fingerprint in seen_plans:
            # The same plan in two renditions (a PDF and its text, say) would only match itself.
            logger.info("%s: same plan as %s, compared once", path, seen_plans[fingerprint])
            result.duplicates.append(Duplicate(str(path), seen_plans[fingerprint]))
            continue
        seen_plans[fingerprint] = str(path)
        plan = bound_long_fields(plan, limit)
        name = plan_label(plan, path)
        loaded.append((name, str(path), plan))
        logger.info("%s: %d actions (%s)", path, len(plan.actions), name)
    for name, (_, source, plan) in zip(unique_names([n for n, _, _ in loaded]), loaded, strict=True):
        result.plans.append(LoadedPlan(institution=name, source=source, plan=plan))
    return result
