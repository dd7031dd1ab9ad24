"""Reading a plan from Word, Excel or a web page, next to reading the same plan from its PDF.

The samples hold three plans in both forms, built from the same data
(`samples/build_samples.py`): the Harbourside ruled table (`ruled_table_status.docx`
and `.pdf`), the Northfell Gantt (`gantt_grid.xlsx` and `.pdf`) and the Saltmere
headings-and-lists plan (`bullets.html` and `bullets.pdf`). For each pair, in the
same run and interleaved, time `extractor.extract(path)` (file to `ActionPlan`) on the
document and on the PDF; each is repeated after one warm-up run and the median kept.
For the document, the read (`extractor.readers.read_document`) and the
interpretation (`extractor.interpret.document_to_output`) are also timed apart.

    python benchmarks/read_formats.py            # table on stdout
    python benchmarks/read_formats.py --json     # figures as JSON
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import logging
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from extractor import extract  # noqa: E402
from extractor.settings import ExtractionSettings  # noqa: E402

PAIRS = (
    ("ruled_table_status.docx", "ruled_table_status.pdf"),
    ("gantt_grid.xlsx", "gantt_grid.pdf"),
    ("bullets.html", "bullets.pdf"),
)


@dataclass
class Timing:
    document: str
    pdf: str
    actions: int
    document_s: float
    read_s: float
    interpret_s: float
    pdf_s: float

    @property
    def ratio(self) -> float:
        """Document time over PDF time: below 1, the document is read faster."""
        return self.document_s / self.pdf_s if self.pdf_s else float("inf")


def median_time(action: Callable[[], object], repeats: int) -> float:
    action()  # warm-up: imports, caches
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_pair(samples: Path, document: str, pdf: str, repeats: int) -> Timing:
    from extractor.interpret import document_to_output

    read_document = importlib.import_module("extractor.readers").read_document

    settings = ExtractionSettings()
    doc_path, pdf_path = samples / document, samples / pdf
    actions = len(extract(doc_path).actions)
    document_s = median_time(lambda: extract(doc_path), repeats)
    pdf_s = median_time(lambda: extract(pdf_path), repeats)
    read_s = median_time(lambda: read_document(doc_path, settings), repeats)
    doc = read_document(doc_path, settings)
    interpret_s = median_time(lambda: document_to_output(doc, settings), repeats)
    return Timing(document, pdf, actions, document_s, read_s, interpret_s, pdf_s)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=PROJECT / "samples", help="the samples folder")
    parser.add_argument("--repeats", type=int, default=7, help="timed runs per file (median kept)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    timings = [time_pair(args.samples, document, pdf, args.repeats) for document, pdf in PAIRS]
    if args.json:
        print(json.dumps([{**asdict(t), "ratio": round(t.ratio, 3)} for t in timings], indent=2))
        return 0
    heads = ("acts", "doc ms", "read", "interp", "pdf ms", "ratio")
    print(
        f"{'document':<26} {'pdf':<24} " + " ".join(f"{h:>{w}}" for h, w in zip(heads, (4, 8, 7, 7, 8, 6), strict=True))
    )
    for t in timings:
        print(
            f"{t.document:<26} {t.pdf:<24} {t.actions:>4} {t.document_s * 1000:>8.1f} {t.read_s * 1000:>7.1f} "
            f"{t.interpret_s * 1000:>7.1f} {t.pdf_s * 1000:>8.1f} {t.ratio:>6.2f}"
        )
    total_doc = sum(t.document_s for t in timings)
    total_pdf = sum(t.pdf_s for t in timings)
    ratio = total_doc / total_pdf if total_pdf else float("inf")
    print(f"all three: documents {total_doc * 1000:.1f} ms, PDFs {total_pdf * 1000:.1f} ms, ratio {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
