"""Score an extracted plan against a gold file (see the gold format's field list).

Actions are matched one-to-one: equal references first (when both sides have one),
then action text similarity (`rapidfuzz.fuzz.ratio` of whitespace-folded, case-folded
text >= `TEXT_MATCH_THRESHOLD`), best pairs first and, among equal scores, the pair
closest in reading order. Precision, recall and F1 count matched actions.

Field accuracy is measured over matched actions, for each gold field whose gold value
is non-null and non-empty (the gold format says such fields are skipped), plus the
plan-level institution, title, period and legend. Text fields compare after folding
whitespace only; dates compare raw + date + recurrence, a date counting as equal anywhere inside
the quarter or academic year the gold's raw text names (`months_named`); status compares raw, state,
priority and rag. `field_accuracy` pools every comparison (micro average).

`discover_gold_pairs` finds (input, gold) pairs: PDFs beside ``<name>.pdf.gold.json``
or ``<name>.gold.json``, text plans whose gold names the institution the text names,
and ``samples/<file>`` with ``samples/gold/<file>.gold.json`` (or the name without its extension).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from extractor.sources import SUPPORTED_SUFFIXES
from schemas.plan import ActionPlan

logger = logging.getLogger(__name__)

TEXT_MATCH_THRESHOLD = 90.0
ACTION_FIELDS: tuple[str, ...] = (
    "ref",
    "pillar",
    "section",
    "theme",
    "text",
    "measures",
    "owners",
    "start",
    "end",
    "timeline",
    "status",
    "notes",
)
PLAN_FIELDS: tuple[str, ...] = ("institution", "title", "period", "legend")
_DATE_KEYS = ("raw", "date", "recurrence")
_STATUS_KEYS = ("raw", "state", "priority", "rag")
_SPACES = re.compile(r"\s+")
_PLAN_SUFFIXES = SUPPORTED_SUFFIXES


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass(frozen=True)
class Mismatch:
    """One compared value that differed: where, which field, what was expected and found."""

    where: str  # gold action ref or "#<index>", or "plan"
    field: str
    expected: Any
    found: Any


@dataclass
class PlanScore:
    action_precision: float
    action_recall: float
    action_f1: float
    field_accuracy: float
    per_field: dict[str, FieldScore]
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    mismatches: list[Mismatch] = field(default_factory=list)
    unmatched_gold: list[str] = field(default_factory=list)
    unmatched_predicted: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class GoldPair:
    name: str
    input: Path
    gold: Path


def fold(value: str | None) -> str:
    """Whitespace folded, for comparing text fields."""
    return _SPACES.sub(" ", value).strip() if value else ""


def score_plan(plan: ActionPlan | Mapping[str, Any], gold: Mapping[str, Any]) -> PlanScore:
    """Score `plan` against a gold dict (the parsed gold JSON)."""
    predicted = plan.model_dump(mode="json") if isinstance(plan, ActionPlan) else dict(plan)
    pred_actions: list[dict[str, Any]] = list(predicted.get("actions") or [])
    gold_actions: list[dict[str, Any]] = list(gold.get("actions") or [])
    pairs = match_actions(pred_actions, gold_actions)
    matched = len(pairs)
    precision = matched / len(pred_actions) if pred_actions else (1.0 if not gold_actions else 0.0)
    recall = matched / len(gold_actions) if gold_actions else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    per_field: dict[str, FieldScore] = {name: FieldScore() for name in (*ACTION_FIELDS, *PLAN_FIELDS)}
    mismatches: list[Mismatch] = []
    for pred_index, gold_index in pairs:
        gold_action = gold_actions[gold_index]
        where = gold_action.get("ref") or f"#{gold_index + 1}"
        for name in ACTION_FIELDS:
            expected = gold_action.get(name)
            if _is_empty(expected):
                continue
            found = pred_actions[pred_index].get(name)
            _count(per_field[name], mismatches, where, name, expected, found)
    for name in PLAN_FIELDS:
        expected = gold.get(name)
        if _is_empty(expected):
            continue
        _count(per_field[name], mismatches, "plan", name, expected, predicted.get(name))

    per_field = {name: score for name, score in per_field.items() if score.total}
    correct = sum(s.correct for s in per_field.values())
    total = sum(s.total for s in per_field.values())
    matched_pred = {p for p, _ in pairs}
    matched_gold = {g for _, g in pairs}
    return PlanScore(
        action_precision=precision,
        action_recall=recall,
        action_f1=f1,
        field_accuracy=correct / total if total else 1.0,
        per_field=per_field,
        predicted=len(pred_actions),
        gold=len(gold_actions),
        matched=matched,
        mismatches=mismatches,
        unmatched_gold=[_label(a, i) for i, a in enumerate(gold_actions) if i not in matched_gold],
        unmatched_predicted=[_label(a, i) for i, a in enumerate(pred_actions) if i not in matched_pred],
    )


def match_actions(predicted: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs, sorted by gold index."""
    candidates: list[tuple[float, int, int, int]] = []  # (-score, distance, gold, predicted)
    pred_texts = [fold(a.get("text")).casefold() for a in predicted]
    gold_texts = [fold(a.get("text")).casefold() for a in gold]
    for g, gold_action in enumerate(gold):
        gold_ref = fold(gold_action.get("ref"))
        for p, pred_action in enumerate(predicted):
            pred_ref = fold(pred_action.get("ref"))
            distance = abs(p - g)
            if gold_ref and pred_ref and gold_ref == pred_ref:
                candidates.append((-200.0, distance, g, p))
                continue
            similarity = fuzz.ratio(pred_texts[p], gold_texts[g], score_cutoff=TEXT_MATCH_THRESHOLD)
            if similarity >= TEXT_MATCH_THRESHOLD:
                candidates.append((-similarity, distance, g, p))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, g, p in candidates:
        if g in used_gold or p in used_pred:
            continue
        used_gold.add(g)
        used_pred.add(p)
        pairs.append((p, g))
    return sorted(pairs, key=lambda pair: pair[1])


def values_equal(name: str, expected: Any, found: Any) -> bool:
    """Compare one field the way the gold format intends."""
    if name in ("start", "end"):
        return _dict_equal(expected, found, _DATE_KEYS)
    if name == "status":
        return _dict_equal(expected, found, _STATUS_KEYS)
    if name == "period":
        # No period and a period with both ends unknown say the same thing.
        return _dict_equal(expected or {}, found or {}, ("start", "end"))
    if name == "legend":
        if not isinstance(found, Mapping):
            return False
        return {fold(k): fold(str(v)) for k, v in expected.items()} == {fold(k): fold(str(v)) for k, v in found.items()}
    if isinstance(expected, list):
        if not isinstance(found, list):
            return False
        return [fold(str(v)) for v in expected] == [fold(str(v)) for v in found]
    if isinstance(expected, str):
        return isinstance(found, str) and fold(expected) == fold(found)
    return bool(expected == found)


_QUARTER = re.compile(r"\bQ([1-4])\s*((?:19|20)\d{2})\b", re.I)
_ACADEMIC_YEAR = re.compile(r"\b((?:19|20)\d{2})\s*[/-]\s*(\d{2}|\d{4})\b")
ACADEMIC_YEAR_FIRST_MONTH = 8  # a UK academic year "2023/24" runs August 2023 to July 2024


def months_named(raw: str | None) -> frozenset[str]:
    """The months ("YYYY-MM") of the one period a date's text names: a calendar quarter
    ("Q3 2022", "by end of Q3 2022": July to September) or an academic year ("2023/24":
    August 2023 to July 2024).
    A gold dated by such a text is met by a date anywhere inside it, since a plan's reader
    may fairly take the period's first month (a start) or its last (an end). Empty for any
    other text.

    >>> sorted(months_named("Q3 2022")), len(months_named("2023/24")), months_named("March 2024")
    (['2022-07', '2022-08', '2022-09'], 12, frozenset())
    """
    if raw is None or len(_QUARTER.findall(raw)) + len(_ACADEMIC_YEAR.findall(raw)) != 1:
        return frozenset()  # no period, or several (a span "Q1 2024 - Q3 2025")
    if match := _QUARTER.search(raw):
        quarter, year = int(match.group(1)), int(match.group(2))
        return frozenset(f"{year}-{3 * (quarter - 1) + k:02d}" for k in (1, 2, 3))
    if match := _ACADEMIC_YEAR.search(raw):
        first, second = int(match.group(1)), match.group(2)
        if int(second) % 100 != (first + 1) % 100:
            return frozenset()  # "2023-2026" is a span of years, not one academic year
        months = [(first, m) for m in range(ACADEMIC_YEAR_FIRST_MONTH, 13)]
        months += [(first + 1, m) for m in range(1, ACADEMIC_YEAR_FIRST_MONTH)]
        return frozenset(f"{y}-{m:02d}" for y, m in months)
    return frozenset()


def _date_inside(expected: Mapping[str, Any], found: Mapping[str, Any]) -> bool:
    """Whether the found date lies inside the period the gold's raw text names (`months_named`)."""
    got = found.get("date")
    return isinstance(got, str) and got[:7] in months_named(expected.get("raw"))


def _dict_equal(expected: Any, found: Any, keys: Iterable[str]) -> bool:
    if not isinstance(expected, Mapping) or not isinstance(found, Mapping):
        return False
    for key in keys:
        want, got = expected.get(key), found.get(key)
        if key == "date" and keys == _DATE_KEYS and _date_inside(expected, found):
            continue
        if isinstance(want, str) or isinstance(got, str):
            if fold(want if isinstance(want, str) else None) != fold(got if isinstance(got, str) else None):
                return False
        elif want != got:
            return False
    return True


def _count(score: FieldScore, mismatches: list[Mismatch], where: str, name: str, expected: Any, found: Any) -> None:
    score.total += 1
    if values_equal(name, expected, found):
        score.correct += 1
    else:
        mismatches.append(Mismatch(where=where, field=name, expected=expected, found=found))


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _label(action: Mapping[str, Any], index: int) -> str:
    ref = action.get("ref")
    text = fold(action.get("text"))[:60]
    return f"{ref or '#' + str(index + 1)}: {text}"


def load_gold(path: str | Path) -> dict[str, Any]:
    """A gold JSON file as a dict."""
    with Path(path).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def discover_gold_pairs(plans_dir: Path | None, seeds_dir: Path | None, samples_dir: Path | None) -> list[GoldPair]:
    """Every (input, gold) pair found under the given folders, sorted by name."""
    pairs: list[GoldPair] = []
    if plans_dir is not None and plans_dir.is_dir():
        pairs.extend(_pdf_pairs(plans_dir))
    if seeds_dir is not None and seeds_dir.is_dir() and plans_dir is not None and plans_dir.is_dir():
        pairs.extend(_text_pairs(seeds_dir, plans_dir))
    if samples_dir is not None and (samples_dir / "gold").is_dir():
        for gold in sorted((samples_dir / "gold").glob("*.gold.json")):
            stem = gold.name.removesuffix(".gold.json")
            exact = samples_dir / stem
            inputs = (
                [exact]
                if exact.is_file()
                else sorted(
                    p for p in samples_dir.glob(f"{stem}.*") if p.is_file() and p.suffix.lower() in _PLAN_SUFFIXES
                )
            )
            if inputs:
                pairs.append(GoldPair(name=f"{samples_dir.name}/{inputs[0].name}", input=inputs[0], gold=gold))
            else:
                logger.warning("gold %s has no input beside it", gold)
    return pairs


def _pdf_pairs(plans_dir: Path) -> list[GoldPair]:
    pairs: list[GoldPair] = []
    for pdf in sorted(plans_dir.glob("*.pdf")):
        for gold in (plans_dir / f"{pdf.name}.gold.json", plans_dir / f"{pdf.stem}.gold.json"):
            if gold.is_file():
                pairs.append(GoldPair(name=pdf.name, input=pdf, gold=gold))
                break
    return pairs


def _text_pairs(seeds_dir: Path, plans_dir: Path) -> list[GoldPair]:
    """A text plan goes with the text-rendition gold whose institution it names first."""
    golds: list[tuple[str, Path]] = []
    for gold in sorted(plans_dir.glob("*.gold.json")):
        if gold.name.endswith(".pdf.gold.json"):
            continue
        institution = load_gold(gold).get("institution")
        if isinstance(institution, str) and institution.strip():
            golds.append((fold(institution).casefold(), gold))
    pairs: list[GoldPair] = []
    for text_file in sorted(p for p in seeds_dir.iterdir() if p.suffix.lower() in {".txt", ".md"}):
        content = fold(text_file.read_text(encoding="utf-8", errors="replace")).casefold()
        found = sorted((content.find(name), str(gold), gold) for name, gold in golds if name in content)
        if found:
            pairs.append(GoldPair(name=text_file.name, input=text_file, gold=found[0][2]))
    return pairs
