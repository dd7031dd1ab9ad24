"""Time a cold batch over ~150 plans against a second run on the unchanged folder.

    python benchmarks/batch.py                  # 150 plans, jobs = cores
    python benchmarks/batch.py --plans 60 --jobs 2 --json
    python benchmarks/batch.py --keep /tmp/bench   # keep the folder and corpus

The folder is built from the sample plans in samples/: text plans are rewritten
(a new institution name in place of the one the extractor reads, and actions
reworded by a deterministic word swap), PDFs are copied under new names with a
comment line appended after %%EOF, so every file has its own hash while reading
the same. Both runs go through `run_batch` in this process, timing the batch's
own work; the second run is then repeated through the `tc-extract` command to
show what a user waits for, interpreter start-up included.

Exit code 0 when the second run takes at most 5% of the first and every plan
is in the corpus, 1 otherwise.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from extractor import extract_plan  # noqa: E402
from extractor.batch import BatchOptions, default_jobs, run_batch  # noqa: E402
from extractor.corpus import load_plans  # noqa: E402

logger = logging.getLogger(__name__)

SAMPLES_DIR = PROJECT_DIR / "samples"
TARGET_RATIO = 0.05

PLACE_NAMES = (
    "Ashby", "Brackwater", "Calder", "Dunmere", "Elsford", "Fenwick", "Glenholt", "Harrowgate", "Ilsley",
    "Jarrow Vale", "Kilbride", "Lanmouth", "Merrow", "Northcote", "Oakhurst", "Penrith Hill", "Quarrington",
    "Rosedale", "Stanmore", "Tollbridge", "Upwell", "Varley", "Westerby", "Yarnfield",
)  # fmt: skip
KINDS = ("University of {}", "{} University", "{} Institute of Technology", "{} College")

# Word swaps that change an action's wording but not its meaning.
SWAPS = (
    ("develop", "build"),
    ("review", "revisit"),
    ("increase", "raise"),
    ("ensure", "make sure"),
    ("promote", "champion"),
    ("support", "back"),
    ("provide", "offer"),
    ("create", "set up"),
    ("technicians", "technical staff"),
    ("opportunities", "openings"),
    ("training", "learning"),
    ("annual", "yearly"),
)


def institution_name(index: int) -> str:
    place = PLACE_NAMES[index % len(PLACE_NAMES)]
    kind = KINDS[(index // len(PLACE_NAMES)) % len(KINDS)]
    suffix = f" {index // (len(PLACE_NAMES) * len(KINDS)) + 1}" if index >= len(PLACE_NAMES) * len(KINDS) else ""
    return kind.format(place) + suffix


def reword(text: str, index: int) -> str:
    """Apply a different subset of the word swaps for each copy (lower-case words only, headers stay)."""
    for bit, (old, new) in enumerate(SWAPS):
        if (index >> (bit % 6)) & 1:
            text = re.sub(rf"\b{old}\b", new, text)
    return text


def sample_plans() -> list[tuple[Path, str | None]]:
    """Sample plan files with the institution the extractor reads from each."""
    samples = []
    for path in sorted(SAMPLES_DIR.iterdir()):
        if path.suffix.lower() not in {".pdf", ".txt", ".md"} or path.stem.lower() == "readme":
            continue
        result = extract_plan(path)
        if result.plan is None:
            logger.warning("skipping %s: %s", path.name, result.problems[0].message if result.problems else "failed")
            continue
        samples.append((path, result.plan.institution))
    return samples


def build_folder(folder: Path, count: int) -> list[Path]:
    samples = sample_plans()
    if not samples:
        raise SystemExit(f"no readable sample plans in {SAMPLES_DIR}")
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for index in range(count):
        source, institution = samples[index % len(samples)]
        name = institution_name(index)
        target = folder / f"{index:03d}-{source.stem}{source.suffix}"
        if source.suffix.lower() == ".pdf":
            target.write_bytes(source.read_bytes() + f"\n% copy {index} for {name}\n".encode("ascii"))
        else:
            text = source.read_text(encoding="utf-8")
            if institution:
                text = text.replace(institution, name)
            target.write_text(reword(text, index), encoding="utf-8")
        made.append(target)
    return made


def timed_batch(folder: Path, corpus: Path, jobs: int) -> tuple[float, dict[str, int], int]:
    err = io.StringIO()
    started = time.perf_counter()
    code = 1 if run_batch([folder], corpus, BatchOptions(jobs=jobs, progress=False), stream=err).failed else 0
    elapsed = time.perf_counter() - started
    summary = json.loads((corpus / "summary.json").read_text(encoding="utf-8"))
    return elapsed, summary["counts"], code


def timed_cli(folder: Path, corpus: Path, jobs: int) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "tcplans", "extract", str(folder), "-o", str(corpus), "--jobs", str(jobs), "-q"],
        check=False,
        capture_output=True,
        cwd=PROJECT_DIR,
    )
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=150, help="how many plan files to build (default 150)")
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="worker processes (default: cores)")
    parser.add_argument("--keep", type=Path, help="build here and keep the folder and corpus")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("pdfminer").setLevel(logging.ERROR)

    with tempfile.TemporaryDirectory(prefix="tc-batch-bench-") as tmp:
        base = args.keep or Path(tmp)
        folder, corpus = base / "plans", base / "corpus"
        if corpus.exists() and any(corpus.iterdir()):
            raise SystemExit(f"{corpus} is not empty; give a fresh --keep folder")
        files = build_folder(folder, args.plans)
        cold, cold_counts, cold_code = timed_batch(folder, corpus, args.jobs)
        warm, warm_counts, warm_code = timed_batch(folder, corpus, args.jobs)
        warm_cli = timed_cli(folder, corpus, args.jobs)
        plans_in_corpus = len(load_plans(corpus))

    ratio = warm / cold if cold else float("inf")
    figures = {
        "plans": len(files),
        "jobs": args.jobs,
        "cold_seconds": round(cold, 3),
        "cold_plans_per_second": round(len(files) / cold, 2) if cold else None,
        "second_run_seconds": round(warm, 3),
        "second_run_cli_seconds": round(warm_cli, 3),
        "ratio": round(ratio, 4),
        "target_ratio": TARGET_RATIO,
        "cold_counts": cold_counts,
        "second_run_counts": warm_counts,
        "plans_in_corpus": plans_in_corpus,
    }
    ok = (
        ratio <= TARGET_RATIO
        and cold_code == 0
        and warm_code == 0
        and plans_in_corpus == len(files)
        and warm_counts["unchanged"] == len(files)
    )
    if args.json:
        print(json.dumps(figures, indent=2, sort_keys=True))
    else:
        print(f"plans                {len(files)} ({args.jobs} workers)")
        print(f"cold run             {cold:8.2f} s  ({figures['cold_plans_per_second']} plans/s)")
        print(f"second run           {warm:8.3f} s  (unchanged: {warm_counts['unchanged']})")
        print(f"second run, CLI      {warm_cli:8.3f} s  (interpreter start-up included)")
        print(f"ratio second/cold    {ratio:8.4f}  (target <= {TARGET_RATIO})")
        print(f"plans in corpus      {plans_in_corpus}")
        print("OK" if ok else "MISSED TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
