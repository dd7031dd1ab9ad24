"""Extraction speed next to pdfplumber's own parse of the same pages.

For every PDF (the shared plans and the samples), in the same run and
interleaved, time:

- ours: `extractor.extract(path)`, the whole pipeline from file to ActionPlan;
- pdfplumber: open the file, then `page.extract_words()` and
  `page.extract_tables()` on every page.

Each is repeated (after one warm-up run) and the median kept. The figures are
pages per second for both and the ratio of our time to pdfplumber's; the
target is a ratio of 1.5 or less.

    python benchmarks/extract_speed.py            # table on stdout
    python benchmarks/extract_speed.py --json     # figures as JSON
    python benchmarks/extract_speed.py --check    # exit 1 when the ratio is over the target
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import pdfplumber

from extractor import extract
from extractor.errors import ExtractionError

PROJECT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.5


@dataclass
class Timing:
    file: str
    pages: int
    ours_s: float
    pdfplumber_s: float

    @property
    def ratio(self) -> float:
        return self.ours_s / self.pdfplumber_s if self.pdfplumber_s else float("inf")


def pdfplumber_parse(path: Path) -> None:
    """pdfplumber's own reading of every page: words and tables."""
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.extract_tables()


def ours(path: Path) -> None:
    try:
        extract(path)
    except ExtractionError as exc:  # a failed file still costs time; count it
        logging.getLogger(__name__).warning("%s", exc)


def _seconds(run: Callable[[Path], None], path: Path) -> float:
    gc.collect()
    start = time.perf_counter()
    run(path)
    return time.perf_counter() - start


def find_pdfs(shared: Path, samples: Path) -> list[Path]:
    found = sorted((shared / "plans").glob("*.pdf")) if (shared / "plans").is_dir() else []
    return found + (sorted(samples.glob("*.pdf")) if samples.is_dir() else [])


def measure(paths: list[Path], repeats: int) -> list[Timing]:
    """Median seconds per file for both readers, runs interleaved so load affects both alike."""
    timings: list[Timing] = []
    for path in paths:
        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
        ours(path)  # warm-up: imports, caches, lookups
        pdfplumber_parse(path)
        mine: list[float] = []
        theirs: list[float] = []
        for round_number in range(repeats):
            pair = [(ours, mine), (pdfplumber_parse, theirs)]
            for run, into in pair if round_number % 2 == 0 else reversed(pair):
                into.append(_seconds(run, path))
        timings.append(Timing(_label(path), pages, statistics.median(mine), statistics.median(theirs)))
    return timings


def _label(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(PROJECT.parent))
    except ValueError:
        return path.name


def summary(timings: list[Timing]) -> dict[str, float]:
    pages = sum(t.pages for t in timings)
    mine = sum(t.ours_s for t in timings)
    theirs = sum(t.pdfplumber_s for t in timings)
    return {
        "pages": pages,
        "ours_pages_per_s": round(pages / mine, 2) if mine else 0.0,
        "pdfplumber_pages_per_s": round(pages / theirs, 2) if theirs else 0.0,
        "ratio": round(mine / theirs, 3) if theirs else float("inf"),
        "target_ratio": TARGET_RATIO,
    }


def render(timings: list[Timing], total: dict[str, float]) -> str:
    lines = [f"{'file':42} {'pages':>5} {'ours p/s':>9} {'pdfplumber p/s':>15} {'ratio':>6}"]
    for t in timings:
        lines.append(
            f"{t.file:42} {t.pages:5d} {t.pages / t.ours_s:9.2f} {t.pages / t.pdfplumber_s:15.2f} {t.ratio:6.2f}"
        )
    lines.append(
        f"{'all':42} {int(total['pages']):5d} {total['ours_pages_per_s']:9.2f} "
        f"{total['pdfplumber_pages_per_s']:15.2f} {total['ratio']:6.2f}"
    )
    lines.append(f"ratio = our time / pdfplumber's time; target <= {TARGET_RATIO}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=PROJECT.parent / "shared", help="the shared reference folder")
    parser.add_argument("--samples", type=Path, default=PROJECT / "samples", help="the samples folder")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per file and reader (median kept)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--check", action="store_true", help=f"exit 1 when the ratio is over {TARGET_RATIO}")
    parser.add_argument("files", nargs="*", type=Path, help="PDFs to time instead of the shared plans and samples")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR, stream=sys.stderr)
    paths = args.files or find_pdfs(args.shared, args.samples)
    if not paths:
        print("no PDFs found", file=sys.stderr)
        return 2
    timings = measure(paths, max(1, args.repeats))
    total = summary(timings)
    if args.json:
        print(
            json.dumps(
                {"files": [asdict(t) | {"ratio": round(t.ratio, 3)} for t in timings], "all": total},
                indent=2,
                sort_keys=True,
            )
        )
    else:
        print(render(timings, total))
    return 1 if args.check and total["ratio"] > TARGET_RATIO else 0


if __name__ == "__main__":
    sys.exit(main())
