"""Precision and recall of practice tagging on the tagging cases (comparer/data/calibration/tagging_cases.toml).

    python benchmarks/tagging_check.py [--cases FILE] [--all]
    python benchmarks/tagging_check.py --heldout FILE [--all]
    python benchmarks/tagging_check.py --wording-out

Each case names a practice, texts whose main practice it is (positives) and near misses
about something else (negatives). A text is prepared like an action and read three ways:

- found: the practice (or one of its children) is among the practices the text is about
  (`PreparedAction.own_tags`);
- main: it is the text's main practice (`comparer.tagging.main_practices`: most hits, the
  first named earning the lead bonus);
- for a negative, a false hit is the practice as its main practice (`main`) or anywhere
  among its own practices (`found`).

Per practice: recall (positives found / main) and specificity (negatives without a false
hit); overall: the share of positives whose main theme is found and the specificity, with
precision of "main" over all texts. Tagging fits no thresholds (the trigger terms are
written from sector knowledge, the lead bonus is fixed), so the figures are in-sample
only: there is no threshold to leave one set out of. `--wording-out` is the held-out
reading: each positive is tagged again without the trigger terms that fire on no other case
text, as if its wording had not been seen when the terms were written. `--all` lists every practice, otherwise
only those below 100%.

`--heldout FILE` reads labelled actions written apart from the taxonomy (TOML, `[[action]]`
with `text`, `main`: a practice id or "none", optional `also`: acceptable alternatives;
`comparer.calibration_sets.load_heldout_tagging`) and prints (`comparer.tagging.score_heldout`):
the share of actions whose main practice (or an alternative, each with its parent and
children) is the tagger's first practice, the share where it is among the practices the text
is about, the pooled specificity (per practice, of the actions not about it, the share not
tagged with it), and per practice the precision and recall of reading it first.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from comparer.calibration_sets import TAGGING_CASES, load_heldout_tagging, load_tagging_cases
from comparer.compare import text_processor
from comparer.errors import ComparisonError
from comparer.tagging import HeldoutScores, main_practices, practice_family, score_heldout
from comparer.taxonomy import Taxonomy, load_taxonomy
from comparer.text import ActionTextProcessor, prepare_actions
from schemas.plan import Action, Provenance

TARGETS = {"found": 0.85, "specificity": 0.95}


@dataclass
class PracticeFigures:
    positives: int = 0
    found: int = 0
    main: int = 0
    negatives: int = 0
    clean_main: int = 0
    clean_found: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def check(path: Path) -> tuple[dict[str, PracticeFigures], list[str]]:
    """Figures per practice of the cases file, and the case practices the taxonomy lacks."""
    cases = load_tagging_cases(path)
    taxonomy = load_taxonomy()
    processor = text_processor(taxonomy)
    texts = [t for case in cases.cases for t in (*case.positives, *(n.text for n in case.negatives))]
    entries = [(0, "", n, Action(text=t, provenance=Provenance())) for n, t in enumerate(texts)]
    prepared = {p.action.text: p for p in prepare_actions(entries, processor)}
    figures: dict[str, PracticeFigures] = {}
    unknown = []
    for case in cases.cases:
        if taxonomy.get(case.practice) is None:
            unknown.append(case.practice)
            continue
        family = practice_family(taxonomy, case.practice)
        mine = figures.setdefault(case.practice, PracticeFigures())
        for text in case.positives:
            action = prepared[text]
            mine.positives += 1
            found = bool(family & set(action.own_tags))
            mine.found += found
            mine.main += bool(family & main_practices(action))
            if not found:
                mine.misses.append(f"{text[:70]!r} -> {list(action.own_tags)}")
        for negative in case.negatives:
            action = prepared[negative.text]
            mine.negatives += 1
            hit_main = bool(family & main_practices(action))
            hit_found = bool(family & set(action.own_tags))
            mine.clean_main += not hit_main
            mine.clean_found += not hit_found
            if hit_main:
                mine.false_hits.append(f"{negative.text[:70]!r} -> {list(action.own_tags)}")
    return figures, unknown


def terms_by_text(taxonomy: Taxonomy, texts: list[str]) -> dict[str, set[tuple[str, int]]]:
    """For each text, the (practice, term number) of every trigger term found in it.

    Each term is read as a practice of its own, so a term inside a longer one is credited to
    the longer one only (as the tagger reads it).
    """
    singles = [
        practice.model_copy(update={"id": f"{practice.id}#{k}", "terms": (term,), "parent": None, "related": ()})
        for practice in taxonomy.practices
        for k, term in enumerate(practice.terms)
    ]
    processor = ActionTextProcessor(replace(taxonomy, practices=tuple(singles)))
    out: dict[str, set[tuple[str, int]]] = {}
    for text, doc in zip(texts, processor.docs(texts), strict=True):
        hits = processor.read_tags(doc).hits
        out[text] = {(pid.rsplit("#", 1)[0], int(pid.rsplit("#", 1)[1])) for pid, _ in hits}
    return out


@dataclass
class WordingOut:
    """Leave-one-wording-out counts: positives, and those found / read first without their own terms."""

    positives: int = 0
    changed: int = 0
    found: int = 0
    main: int = 0
    lost: list[str] = field(default_factory=list)


def leave_one_wording_out(path: Path) -> WordingOut:
    """Tag each positive case again without the trigger terms that no other case text has.

    A term that fires on one case only may have been written for that wording; leaving it out
    asks whether the rest of the taxonomy still finds the case's practice, as it would for a
    wording nobody had seen. Tagging fits no threshold, so this is its held-out figure.
    """
    cases = load_tagging_cases(path)
    taxonomy = load_taxonomy()
    texts = [t for case in cases.cases for t in (*case.positives, *(n.text for n in case.negatives))]
    hits = terms_by_text(taxonomy, texts)
    owners: dict[tuple[str, int], set[str]] = {}
    for text, terms in hits.items():
        for term in terms:
            owners.setdefault(term, set()).add(text)
    out = WordingOut()
    for case in cases.cases:
        if taxonomy.get(case.practice) is None:
            continue
        family = practice_family(taxonomy, case.practice)
        for text in case.positives:
            out.positives += 1
            own = {term for term in hits[text] if owners[term] == {text}}
            if own:
                out.changed += 1
            practices = tuple(
                p.model_copy(update={"terms": tuple(t for k, t in enumerate(p.terms) if (p.id, k) not in own) or ("",)})
                for p in taxonomy.practices
            )
            reduced = replace(taxonomy, practices=practices) if own else taxonomy
            processor = ActionTextProcessor(reduced) if own else text_processor(taxonomy)
            entry = [(0, "", 0, Action(text=text, provenance=Provenance()))]
            action = prepare_actions(entry, processor)[0]
            found = bool(family & set(action.own_tags))
            out.found += found
            out.main += bool(family & main_practices(action))
            if own and not found:
                out.lost.append(f"{text[:70]!r} ({case.practice}) -> {list(action.own_tags)}")
    return out


def check_heldout(path: Path) -> HeldoutScores:
    """Figures of the tagger on a held-out tagging file."""
    labelled = load_heldout_tagging(path)
    taxonomy = load_taxonomy()
    processor = text_processor(taxonomy)
    entries = [(0, "", n, Action(text=a.text, provenance=Provenance())) for n, a in enumerate(labelled)]
    prepared = prepare_actions(entries, processor)
    return score_heldout([(a.text, a.main, a.also) for a in labelled], prepared, taxonomy)


def print_heldout(scores: HeldoutScores, every: bool) -> None:
    print(f"{'practice':28s} {'labelled':>8s} {'first':>6s} {'precision':>9s} {'recall':>7s}")
    for practice, c in sorted(scores.per_practice.items()):
        if not every and c.precision == 1.0 and c.recall == 1.0:
            continue
        print(f"{practice:28s} {c.gold:8d} {c.first:6d} {c.precision:9.2f} {c.recall:7.2f}")
    for text, main, first in scores.misses:
        print(f"    missed {text[:70]!r} ({main}) -> {list(first)}")
    print(f"actions {scores.actions}, labelled with a practice {scores.labelled}")
    print(f"main practice first     {scores.first_share:.3f}")
    print(f"main practice among tags {scores.among_share:.3f}")
    print(f"specificity (pooled)    {scores.specificity:.3f}")
    if scores.unknown:
        print(f"labels the taxonomy lacks (texts left out): {', '.join(sorted(set(scores.unknown)))}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=TAGGING_CASES)
    parser.add_argument("--heldout", type=Path, default=None, help="a held-out tagging file (TOML)")
    parser.add_argument("--all", action="store_true", help="list every practice, not only the imperfect ones")
    parser.add_argument(
        "--wording-out",
        action="store_true",
        help="tag each positive again without the trigger terms no other case has (leave one wording out)",
    )
    args = parser.parse_args(argv)
    if args.wording_out:
        out = leave_one_wording_out(args.cases)
        for lost in out.lost:
            print(f"    lost {lost}")
        print(f"positives {out.positives}, with terms of their own {out.changed}")
        print(f"main theme found (left out)  {_share(out.found, out.positives):.3f}")
        print(f"main theme first (left out)  {_share(out.main, out.positives):.3f}")
        return 0
    if args.heldout is not None:
        try:
            print_heldout(check_heldout(args.heldout), args.all)
        except ComparisonError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            return 1
        return 0
    figures, unknown = check(args.cases)
    print(f"{'practice':28s} {'found':>6s} {'main':>6s} {'spec main':>10s} {'spec any':>9s}")
    for practice, f in sorted(figures.items()):
        perfect = f.found == f.main == f.positives and f.clean_main == f.clean_found == f.negatives
        if perfect and not args.all:
            continue
        print(
            f"{practice:28s} {_share(f.found, f.positives):6.2f} {_share(f.main, f.positives):6.2f}"
            f" {_share(f.clean_main, f.negatives):10.2f} {_share(f.clean_found, f.negatives):9.2f}"
        )
        for miss in f.misses:
            print(f"    missed {miss}")
        for hit in f.false_hits:
            print(f"    false  {hit}")
    total = PracticeFigures()
    for f in figures.values():
        for name in ("positives", "found", "main", "negatives", "clean_main", "clean_found"):
            setattr(total, name, getattr(total, name) + getattr(f, name))
    false_main = total.negatives - total.clean_main
    print(f"practices {len(figures)}, positives {total.positives}, negatives {total.negatives}")
    print(f"main theme found      {_share(total.found, total.positives):.3f}  target >= {TARGETS['found']}")
    print(f"main theme first      {_share(total.main, total.positives):.3f}")
    print(f"specificity (main)    {_share(total.clean_main, total.negatives):.3f}  target >= {TARGETS['specificity']}")
    print(f"specificity (any tag) {_share(total.clean_found, total.negatives):.3f}")
    print(f"precision of main     {_share(total.main, total.main + false_main):.3f} (positives and near misses)")
    if unknown:
        print(f"cases for practices the taxonomy lacks: {', '.join(unknown)}")
    met = (
        _share(total.found, total.positives) >= TARGETS["found"]
        and _share(total.clean_main, total.negatives) >= TARGETS["specificity"]
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
