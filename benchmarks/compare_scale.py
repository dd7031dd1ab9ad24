"""How the comparer scales: a synthetic sector of plans, timed against a bare rapidfuzz cdist.

    python benchmarks/compare_scale.py [--plans 150] [--actions 60] [--seed 7] [--distinct]

Each plan is made by rewording made-up seed actions (synonym swaps, clause reordering,
dropped qualifiers), so plans share practices the way real plans do without sharing
exact wording. Prints the wall time of `comparer.compare`, the wall times of bare
`rapidfuzz.process.cdist(texts, texts, scorer=..., workers=-1)` runs over the same action
texts, the ratios, and the peak resident memory of the process. Two baselines, timed in
the same run: `token_set_ratio`, the scorer a plain fuzzy comparison of plans would use
(target: `compare()` takes a fraction of its time), and the much cheaper `ratio`, a
stricter yardstick kept since the first measurements (target <= 3x).

Rewording leaves about one text in ten distinct, and the comparer reads each distinct
text once; `--distinct` appends a made-up word to every action so that no two texts or
lemma keys are alike, as in a sector of real plans.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import sys
import time

import numpy as np
from rapidfuzz import fuzz, process

from comparer import compare
from schemas.plan import Action, ActionPlan, Pillar, Provenance, SourceInfo

# Made-up seed actions (pillar, text, measure).
SEEDS: list[tuple[Pillar, str, str]] = [
    (Pillar.CAREER_DEVELOPMENT, "Launch a mentoring scheme for technicians across all faculties", "Mentor pairs"),
    (Pillar.CAREER_DEVELOPMENT, "Run a skills survey of technical staff to find training needs", "Survey response"),
    (Pillar.CAREER_DEVELOPMENT, "Ring-fence funding so technicians can attend training courses", "Spend per head"),
    (Pillar.CAREER_DEVELOPMENT, "Publish clear career pathways and progression routes for technical roles", ""),
    (Pillar.CAREER_DEVELOPMENT, "Include development objectives in every technician appraisal", "Completion rate"),
    (Pillar.CAREER_DEVELOPMENT, "Offer secondments and job shadowing between departments", "Secondments taken"),
    (Pillar.CAREER_DEVELOPMENT, "Brief line managers on supporting technician development", "Briefings held"),
    (Pillar.CAREER_DEVELOPMENT, "Give new technicians a local induction and a welcome pack", "New starters"),
    (Pillar.CAREER_DEVELOPMENT, "Open leadership programmes to senior technical staff", "Places taken"),
    (Pillar.CAREER_DEVELOPMENT, "Explain the job evaluation process and publish role profiles", ""),
    (Pillar.RECOGNITION, "Support technicians to gain professional registration such as RSciTech", "Registrants"),
    (Pillar.RECOGNITION, "Encourage nominations of technicians for national awards", "Nominations"),
    (Pillar.RECOGNITION, "Start an annual technician of the year award", "Entries"),
    (Pillar.RECOGNITION, "Adopt a fair attribution policy so technicians are named on publications", ""),
    (Pillar.RECOGNITION, "Promote HEA fellowship for technicians who support teaching", "Fellows"),
    (Pillar.RECOGNITION, "Give technicians a seat on research and teaching committees", "Seats held"),
    (Pillar.VISIBILITY, "Build a technician hub website with news, training and events", "Page views"),
    (Pillar.VISIBILITY, "Hold an annual technician conference with posters and talks", "Attendance"),
    (Pillar.VISIBILITY, "Post stories about technicians on social media", "Followers"),
    (Pillar.VISIBILITY, "Help technicians create staff profile pages", "Profiles"),
    (Pillar.VISIBILITY, "Write a communications plan for the commitment", ""),
    (Pillar.VISIBILITY, "Take technicians to school outreach and science festival events", "Events"),
    (Pillar.VISIBILITY, "Name the commitment and its logo in technical job adverts", ""),
    (Pillar.SUSTAINABILITY, "Create laboratory apprenticeships funded by the apprenticeship levy", "Apprentices"),
    (Pillar.SUSTAINABILITY, "Move technicians from fixed-term to open-ended contracts", "Share on open-ended"),
    (Pillar.SUSTAINABILITY, "Plan succession for an ageing technical workforce", "Age profile"),
    (Pillar.SUSTAINABILITY, "Promote redeployment so expertise is retained", "Redeployments"),
    (Pillar.SUSTAINABILITY, "Take part in HEaTED and NTDC national technician networks", ""),
    (Pillar.SUSTAINABILITY, "Increase the diversity of technicians recruited", "Applicants by group"),
    (Pillar.SUSTAINABILITY, "Offer paid internships as an entry route into technical careers", "Interns"),
    (Pillar.EVALUATING_IMPACT, "Run an annual survey of technicians about the commitment", "Response rate"),
    (Pillar.EVALUATING_IMPACT, "Analyse workforce data on grade, age and gender of technicians", "Databook"),
    (Pillar.EVALUATING_IMPACT, "Report progress against success measures to the steering group", "Report"),
    (Pillar.EVALUATING_IMPACT, "Review and refresh the action plan with technicians", ""),
    (Pillar.GOVERNANCE, "Review the terms of reference of the technician working group", ""),
    (Pillar.GOVERNANCE, "Appoint a commitment co-ordinator with administrative support", ""),
    (Pillar.GOVERNANCE, "Name a senior sponsor for the commitment", ""),
    (Pillar.GOVERNANCE, "Link the commitment with Athena Swan and the Race Equality Charter", ""),
]
SWAPS: dict[str, list[str]] = {
    "technicians": ["technical staff", "technicians", "our technical community", "TAE staff"],
    "technician": ["technician", "technical"],
    "Launch": ["Launch", "Set up", "Establish", "Pilot"],
    "Run": ["Run", "Carry out", "Undertake"],
    "Support": ["Support", "Help", "Encourage"],
    "Create": ["Create", "Develop", "Establish"],
    "annual": ["annual", "yearly"],
    "website": ["website", "intranet site", "web pages"],
    "Publish": ["Publish", "Set out", "Document"],
    "Review": ["Review", "Revisit", "Update"],
}
QUALIFIERS = ["", " across the institution", " each year", " in every faculty", " as a priority"]


# The bare cdist scorers `compare()` is timed against, and the target for each ratio.
BASELINES = {"ratio": fuzz.ratio, "token_set_ratio": fuzz.token_set_ratio}
BASELINE_TARGETS = {"ratio": "<= 3x", "token_set_ratio": "< 1x"}


def reword(text: str, rng: random.Random) -> str:
    words = text.split()
    out = [rng.choice(SWAPS[w]) if w in SWAPS and rng.random() < 0.7 else w for w in words]
    sentence = " ".join(out)
    if " to " in sentence and rng.random() < 0.3:  # clause reordering
        head, _, tail = sentence.partition(" to ")
        sentence = f"To {tail}, {head[0].lower()}{head[1:]}"
    return sentence + rng.choice(QUALIFIERS)


def made_up_word(number: int) -> str:
    """A letters-only word unique to `number` ("qa", "qb", ... "qba"...), never a real lemma."""
    letters = ""
    while True:
        number, digit = divmod(number, 26)
        letters = chr(ord("a") + digit) + letters
        if number == 0:
            return "q" + letters


def synthetic_plans(n_plans: int, n_actions: int, seed: int, *, distinct: bool = False) -> list[ActionPlan]:
    rng = random.Random(seed)
    plans = []
    for number in range(n_plans):
        chosen = [SEEDS[i % len(SEEDS)] for i in rng.sample(range(len(SEEDS) * 2), n_actions % (2 * len(SEEDS)))]
        while len(chosen) < n_actions:
            chosen.append(rng.choice(SEEDS))
        actions = [
            Action(
                ref=f"{k + 1}",
                pillar=pillar if rng.random() < 0.8 else rng.choice(list(Pillar)),
                text=reword(text, rng) + (f" {made_up_word(number * n_actions + k)}" if distinct else ""),
                measures=[measure] if measure else [],
                provenance=Provenance(line=k + 1),
            )
            for k, (pillar, text, measure) in enumerate(chosen)
        ]
        plans.append(
            ActionPlan(
                extractor_version="synthetic",
                institution=f"Institution {number + 1:03d}",
                actions=actions,
                source=SourceInfo(path=f"synthetic/{number + 1:03d}.json", sha256="0" * 64, format="json", layout="x"),
            )
        )
    return plans


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=150)
    parser.add_argument("--actions", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--distinct", action="store_true", help="make every action text distinct")
    parser.add_argument(
        "--baseline",
        choices=sorted(BASELINES),
        action="append",
        help="bare cdist scorer(s) to time (repeatable; default: both)",
    )
    args = parser.parse_args(argv)

    plans = synthetic_plans(args.plans, args.actions, args.seed, distinct=args.distinct)
    texts = [a.text for p in plans for a in p.actions]
    print(f"synthetic sector: {len(plans)} plans x {args.actions} actions = {len(texts)} actions")
    print(f"distinct action texts: {len(set(texts))}")
    print(f"peak RSS before: {peak_rss_mb():.0f} MB")

    bare: dict[str, float] = {}
    for name in args.baseline or sorted(BASELINES):
        start = time.perf_counter()
        matrix = process.cdist(texts, texts, scorer=BASELINES[name], workers=-1, dtype=np.uint8)
        bare[name] = time.perf_counter() - start
        print(f"bare cdist {matrix.shape[0]}x{matrix.shape[1]} (fuzz.{name}, workers=-1): {bare[name]:.2f}s")
        del matrix
        gc.collect()
    rss_after_cdist = peak_rss_mb()

    start = time.perf_counter()
    result = compare(plans)
    elapsed = time.perf_counter() - start
    same = sum(1 for m in result.matches if m.kind.value == "same")
    print(f"compare(): {elapsed:.2f}s -> {len(result.matches)} listed matches ({same} same)")
    print(f"clusters: {len(result.clusters)}")
    for name, seconds in bare.items():
        print(f"ratio compare / bare cdist ({name}): {elapsed / seconds:.2f}x (target {BASELINE_TARGETS[name]})")
    print(f"peak RSS: {peak_rss_mb():.0f} MB (after the bare cdist: {rss_after_cdist:.0f} MB; target <= 1536 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
