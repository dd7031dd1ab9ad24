"""The real-style page sets, each scored as one set: out-of-sample web pages of fictional institutions.

Each set's ``*.txt`` pages are Technician Commitment pages the way a browser or a web archive gives
their text (navigation, member lists and link lines beside the actions, tables flattened by the page,
progress reports, relative timescales; some stopping mid-word where a stored copy ends), each with a
gold written by hand in ``gold/<page>.gold.json`` (the gold format, plus ``_notes`` for the judgement calls),
frozen by the set's ``MANIFEST.sha256`` (rewrite it with ``sha256sum *.txt gold/*.gold.json >
MANIFEST.sha256`` only on a deliberate change). The pages were written without looking at the
extractor; each set's README.md says what each page shows and which round of work used it. Some pages
hold no action at all and the extractor should say so (the no_actions error).

A set is scored together, micro-averaged with the benchmark's scorer: action precision, recall and F1
over every page (actions found on a page whose gold has none count against precision), and field
accuracy pooled over every compared field.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from extractor import extract_plan
from extractor.errors import ErrorCode
from extractor.evaluate import ACTION_FIELDS, PLAN_FIELDS, fold, load_gold, score_plan
from schemas.plan import PARTIAL_DATE_PATTERN, Pillar, Recurrence, State

TESTS_DIR = Path(__file__).resolve().parent
TARGET_F1 = 0.90
TARGET_FIELDS = 0.85
MIN_PAGES = 16


@dataclass(frozen=True)
class PageSet:
    """One folder of pages with golds; `not_yet` says why the extractor is not expected to reach the
    targets on it yet (its score tests are then expected failures), None when it is."""

    name: str
    min_no_action_pages: int
    not_yet: str | None = None

    @property
    def folder(self) -> Path:
        return TESTS_DIR / self.name

    @property
    def pages(self) -> list[Path]:
        return sorted(self.folder.glob("*.txt"))


SETS = (
    PageSet("real_style", min_no_action_pages=2),
    PageSet("real_style_2", min_no_action_pages=3),
    # the third out-of-sample check: 0.748 / 0.736 at first sight, 0.987 / 0.924 after a round on it
    PageSet("real_style_3", min_no_action_pages=2),
    # the fourth out-of-sample check: 0.812 / 0.787 at first sight, 0.816 / 0.813 after the rounds on the
    # other sets, 0.988 / 0.987 after a round on it
    PageSet("real_style_4", min_no_action_pages=2),
    # the fifth out-of-sample check: 0.699 / 0.759 at first sight, 0.716 / 0.778 after a round on the fourth set,
    # 0.905 / 0.815 after a round on it, 0.968 / 0.872 after the rounds on the sixth and seventh (shared scorer)
    PageSet("real_style_5", min_no_action_pages=2),
    # the sixth out-of-sample check: 0.847 / 0.810 at first sight, 0.969 / 0.914 after a round on it, 0.992 / 0.941
    # after round 10 (shared scorer; this scorer's fields were short of target until then)
    PageSet("real_style_6", min_no_action_pages=2),
    # the seventh out-of-sample check: 0.587 / 0.729 at first sight, 0.989 / 0.972 after a round on it
    PageSet("real_style_7", min_no_action_pages=2),
    # the eighth out-of-sample check: 0.816 / 0.824 at first sight, 0.871 / 0.838 after the rounds on the fifth,
    # sixth and seventh sets, 1.000 / 0.969 after a round on it
    PageSet("real_style_8", min_no_action_pages=2),
    # the ninth out-of-sample check: 0.803 / 0.788 at first sight, 0.807 / 0.801 after the round on the eighth set,
    # 0.929 / 0.901 after a round on it
    PageSet("real_style_9", min_no_action_pages=2),
    # the tenth out-of-sample check: 0.702 / 0.720 at first sight, 0.714 / 0.751 after the rounds on the eighth and
    # ninth sets, 0.866 / 0.775 after a short round on it, 1.000 / 0.927 after round 10
    PageSet("real_style_10", min_no_action_pages=2),
    # the eleventh out-of-sample check, in forms no earlier set used: 0.747 / 0.773 at first sight, 0.763 / 0.786
    # after round 10 (written on other sets), 0.975 / 0.966 after round 11 on it
    PageSet("real_style_11", min_no_action_pages=2),
    # the twelfth out-of-sample check, a mix sampled from what published pages use: 0.979 / 0.939 at first sight,
    # 0.979 / 0.943 after rounds 10 and 11 (written on other sets)
    PageSet("real_style_12", min_no_action_pages=2),
    # the thirteenth out-of-sample check, in forms no earlier set used: 0.939 / 0.880 at first sight, 0.939 / 0.902
    # after rounds 10 and 11 (written on other sets), 0.993 / 0.902 after a short round on it
    PageSet("real_style_13", min_no_action_pages=2),
)
SET_IDS = [s.name for s in SETS]
EVERY_PAGE = [(s, page) for s in SETS for page in s.pages]
EVERY_PAGE_IDS = [f"{s.name}/{page.name}" for s, page in EVERY_PAGE]
# A plan as JSON (or None when extraction failed) and the failure's code (None when it did not fail).
Reading = tuple[dict[str, Any] | None, str | None]
Reader = Callable[[Path], Reading]


def gold_path(page: Path) -> Path:
    return page.parent / "gold" / f"{page.name}.gold.json"


def no_action_pages(pages: Iterable[Path]) -> list[Path]:
    return [page for page in pages if not load_gold(gold_path(page))["actions"]]


def read_manifest(path: Path) -> dict[str, str]:
    """``sha256sum`` output ('<hex digest>  <relative path>' a line) as {path: digest}."""
    entries: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            entries[name.strip().removeprefix("*")] = digest.lower()
    return entries


@dataclass
class SetScore:
    """Counts pooled over the pages: the micro average."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    field_correct: int = 0
    field_total: int = 0
    report: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def field_accuracy(self) -> float:
        return self.field_correct / self.field_total if self.field_total else 1.0

    def summary(self) -> str:
        head = (
            f"F1 {self.f1:.3f} (P {self.precision:.3f}, R {self.recall:.3f}; gold {self.gold}, found "
            f"{self.predicted}, matched {self.matched}), fields {self.field_accuracy:.3f} "
            f"({self.field_correct}/{self.field_total})"
        )
        return "\n".join([head, *self.report])


def read_with_extractor(page: Path) -> Reading:
    """What the extractor makes of a page: its plan as JSON, or the failure's code."""
    result = extract_plan(page)
    if result.plan is None:
        return None, (result.problems[0].code if result.problems else None)
    return result.plan.model_dump(mode="json"), None


def read_gold_as_plan(page: Path) -> Reading:
    """A perfect reader (the gold itself), to check the scoring of the set."""
    gold = load_gold(gold_path(page))
    if not gold["actions"]:
        return None, ErrorCode.NO_ACTIONS.value
    return {name: value for name, value in gold.items() if not name.startswith("_")}, None


def score_set(pages: Iterable[Path], reader: Reader) -> SetScore:
    """Pool the scorer's counts over `pages`, each read by `reader` and scored against its gold."""
    total = SetScore()
    for page in pages:
        gold = load_gold(gold_path(page))
        plan, code = reader(page)
        found = list(plan.get("actions") or []) if plan is not None else []
        if not gold["actions"]:
            # Nothing to match and no plan to compare: only actions wrongly found count.
            total.predicted += len(found)
            total.report.append(f"{page.name}: gold has no actions; found {len(found)} ({code or 'a plan'})")
            continue
        score = score_plan(plan if plan is not None else {"actions": []}, gold)
        total.predicted += score.predicted
        total.gold += score.gold
        total.matched += score.matched
        total.field_correct += sum(s.correct for s in score.per_field.values())
        total.field_total += sum(s.total for s in score.per_field.values())
        failed = f", failed: {code}" if plan is None else ""
        total.report.append(
            f"{page.name}: gold {score.gold}, found {score.predicted}, matched {score.matched}, "
            f"fields {score.field_accuracy:.3f}{failed}"
        )
        total.report += [f"    missed {label}" for label in score.unmatched_gold]
        total.report += [f"    extra {label}" for label in score.unmatched_predicted]
        total.report += [
            f"    {m.where} {m.field}: expected {json.dumps(m.expected, ensure_ascii=False)[:100]} "
            f"found {json.dumps(m.found, ensure_ascii=False)[:100]}"
            for m in score.mismatches
        ]
    return total


@pytest.mark.parametrize("page_set", SETS, ids=SET_IDS)
def test_the_set_is_complete(page_set: PageSet) -> None:
    pages = page_set.pages
    assert len(pages) >= MIN_PAGES
    missing = [page.name for page in pages if not gold_path(page).is_file()]
    assert not missing, f"pages without a gold: {missing}"
    golds = {p.name.removesuffix(".gold.json") for p in (page_set.folder / "gold").glob("*.gold.json")}
    orphans = sorted(golds - {p.name for p in pages})
    assert not orphans, f"golds without a page: {orphans}"
    assert len(no_action_pages(pages)) >= page_set.min_no_action_pages


@pytest.mark.parametrize("page_set", SETS, ids=SET_IDS)
def test_every_page_and_gold_is_frozen(page_set: PageSet) -> None:
    """A gold changed after the extractor was scored against it is no longer an out-of-sample check."""
    listed = read_manifest(page_set.folder / "MANIFEST.sha256")
    present = {p.name for p in page_set.pages} | {f"gold/{p.name}" for p in (page_set.folder / "gold").glob("*.json")}
    assert set(listed) == present, f"manifest and folder differ: {sorted(set(listed) ^ present)}"
    changed = [n for n, d in listed.items() if hashlib.sha256((page_set.folder / n).read_bytes()).hexdigest() != d]
    assert not changed, f"changed after they were frozen: {changed}"


@pytest.mark.parametrize(("page_set", "page"), EVERY_PAGE, ids=EVERY_PAGE_IDS)
def test_gold_uses_the_formats_fields_and_values(page_set: PageSet, page: Path) -> None:
    gold = load_gold(gold_path(page))
    assert {*PLAN_FIELDS, "actions"} <= set(gold)
    for action in gold["actions"]:
        assert set(action) == set(ACTION_FIELDS), action["text"]
        assert action["pillar"] is None or action["pillar"] in {p.value for p in Pillar}
        status = action["status"]
        # a bare RAG colour with no wording has a rag and no state
        assert status is None or status["state"] in {None, *(s.value for s in State)}
        for when in (action["start"], action["end"]):
            if when is not None:
                assert when.get("date") is None or re.fullmatch(PARTIAL_DATE_PATTERN, when["date"]), when
                # the format's start may leave out the recurrence
                assert when.get("recurrence") is None or when["recurrence"] in {r.value for r in Recurrence}
    for end in ("start", "end"):
        # no period at all says the same as a period with both ends unknown (as the scorer reads it)
        date = (gold["period"] or {}).get(end)
        assert date is None or re.fullmatch(PARTIAL_DATE_PATTERN, date)


# A relative timescale in brackets at the end of a sentence, e.g. " (Y2)" or " (Years 1-3)" with an
# en dash: the golds record it as a date field and leave it out of the action's text.
_BRACKETED_TIMESCALE = re.compile(r" \((?:Y\d|Years \d\s*[\u2013-]\s*\d)\)")


def _printed_in_parts(value: str, printed: str) -> bool:
    """A value is on the page whole or, when a gold abridges a long passage with ' ... ', part by part."""
    return all(part.strip() in printed for part in value.split(" ... "))


@pytest.mark.parametrize(("page_set", "page"), EVERY_PAGE, ids=EVERY_PAGE_IDS)
def test_gold_values_are_printed_on_the_page(page_set: PageSet, page: Path) -> None:
    """The gold keeps the page's wording: every text value in it can be found on the page, in any case
    (the scorer compares them case-folded, and a page may print its name in capitals)."""
    printed = fold(page.read_text(encoding="utf-8"))
    printed = (printed + "\n" + _BRACKETED_TIMESCALE.sub("", printed)).casefold()
    gold = load_gold(gold_path(page))
    values = [gold["institution"], gold["title"]]
    for action in gold["actions"]:
        values += [action[name] for name in ("ref", "section", "theme", "text", "notes")]
        values += action["owners"] + action["measures"]
        values += [when["raw"] for when in (action["start"], action["end"]) if when]
        values += [action["status"]["raw"]] if action["status"] else []
    absent = [value for value in values if value and not _printed_in_parts(fold(value).casefold(), printed)]
    assert not absent, f"not on {page.name}: {absent}"


@pytest.mark.parametrize("page_set", SETS, ids=SET_IDS)
def test_a_perfect_reading_scores_one(page_set: PageSet) -> None:
    pages = page_set.pages
    score = score_set(pages, read_gold_as_plan)
    assert score.f1 == 1.0, score.summary()
    assert score.field_accuracy == 1.0, score.summary()
    assert score.predicted == score.gold == sum(len(load_gold(gold_path(p))["actions"]) for p in pages)


def test_actions_found_on_a_no_action_page_count_against_precision() -> None:
    empty = no_action_pages(SETS[0].pages)[0]

    def invents_one(page: Path) -> Reading:
        return {"actions": [{"text": "Not an action"}]}, None

    score = score_set([empty], invents_one)
    assert (score.predicted, score.gold, score.matched) == (1, 0, 0)
    assert score.f1 == 0.0


def _expected_to_fail(page_set: PageSet) -> pytest.MarkDecorator | tuple[()]:
    if page_set.not_yet is None:
        return ()
    return pytest.mark.xfail(strict=False, raises=AssertionError, reason=page_set.not_yet)


@pytest.mark.slow
@pytest.mark.parametrize("page_set", [pytest.param(s, marks=_expected_to_fail(s)) for s in SETS], ids=SET_IDS)
def test_set_scores(page_set: PageSet) -> None:
    score = score_set(page_set.pages, read_with_extractor)
    assert score.f1 >= TARGET_F1, score.summary()
    assert score.field_accuracy >= TARGET_FIELDS, score.summary()


NO_ACTION_PAGES = [
    pytest.param(s, page, marks=_expected_to_fail(s), id=f"{s.name}/{page.name}")
    for s in SETS
    for page in no_action_pages(s.pages)
]


@pytest.mark.parametrize(("page_set", "page"), NO_ACTION_PAGES)
def test_a_page_without_actions_is_reported(page_set: PageSet, page: Path) -> None:
    plan, code = read_with_extractor(page)
    found = len(plan["actions"]) if plan is not None else 0
    expected = ErrorCode.NO_ACTIONS.value
    assert code == expected, f"{page.name}: expected the {expected} error, found {found} actions"
