"""The plan-file mirror of a corpus: `CORPUS/plans/<plan id>.json` (and .csv / .md when asked for).

The SQLite store (`extractor.corpus.Corpus`) is the truth; these files mirror it for
people and tools that read files. They are written atomically after each commit,
and `reconcile` repairs them from the stored JSON after a crash or a change of
`--format`: missing or stale files rewritten, files of plans that no longer exist
and orphaned temporary files removed. Files it does not recognise are left alone.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from pathlib import Path

from extractor.export import OutputFormat, plan_to_json, render_plan
from extractor.files import write_atomically
from schemas.plan import ActionPlan

logger = logging.getLogger(__name__)

PLANS_DIR = "plans"
# Suffix of the plan files per output format.
RENDITION_SUFFIXES: dict[OutputFormat, str] = {
    OutputFormat.JSON: ".json",
    OutputFormat.CSV: ".csv",
    OutputFormat.MD: ".md",
}


def render_rendition(plan: ActionPlan, fmt: OutputFormat, plan_json: str) -> str:
    return plan_json if fmt is OutputFormat.JSON else render_plan(plan, fmt)


class PlanFileMirror:
    """The plan files of the corpus at `corpus_dir`."""

    def __init__(self, corpus_dir: str | Path) -> None:
        self.dir = Path(corpus_dir)
        self.plans_dir = self.dir / PLANS_DIR

    def plan_file(self, plan_id: str, fmt: OutputFormat) -> Path:
        return self.plans_dir / f"{plan_id}{RENDITION_SUFFIXES[fmt]}"

    def write(
        self, plan_id: str, plan: ActionPlan, formats: Iterable[OutputFormat], *, previous_plan_id: str | None = None
    ) -> None:
        """Write a committed plan's files; drop renditions that would now be stale."""
        wanted = set(formats) | {OutputFormat.JSON}
        for fmt in RENDITION_SUFFIXES:
            if previous_plan_id is not None and previous_plan_id != plan_id:
                self.plan_file(previous_plan_id, fmt).unlink(missing_ok=True)
            if fmt not in wanted:  # an old rendition of this plan would no longer match it
                self.plan_file(plan_id, fmt).unlink(missing_ok=True)
        plan_json = plan_to_json(plan)
        for fmt in sorted(wanted):
            write_atomically(self.plan_file(plan_id, fmt), render_rendition(plan, fmt, plan_json))

    def reconcile(self, stored: Mapping[str, str], formats: Iterable[OutputFormat]) -> dict[str, int]:
        """Make the plan files agree with `stored` (plan id -> JSON from the database) after a crash or a new --format.

        Removes orphaned temporary files and files of plans the database no longer
        holds; rewrites every missing or stale JSON file and every rendition that
        exists or is asked for. Returns counts of what it did.
        """
        wanted = set(formats) | {OutputFormat.JSON}
        counts = {"removed": 0, "written": 0, "temp_removed": 0}
        self.plans_dir.mkdir(parents=True, exist_ok=True)
        for folder in (self.dir, self.plans_dir):
            for tmp in sorted(folder.glob(".*.tmp")):
                tmp.unlink(missing_ok=True)
                counts["temp_removed"] += 1
        by_suffix = {suffix: fmt for fmt, suffix in RENDITION_SUFFIXES.items()}
        present: set[tuple[str, OutputFormat]] = set()
        for path in sorted(self.plans_dir.iterdir()):
            fmt = by_suffix.get(path.suffix)
            if fmt is None or not path.is_file():
                continue  # not ours: leave it alone
            if path.stem not in stored:
                path.unlink()
                counts["removed"] += 1
            else:
                present.add((path.stem, fmt))
        for plan_id, plan_json in stored.items():
            plan: ActionPlan | None = None
            for fmt in RENDITION_SUFFIXES:
                if fmt not in wanted and (plan_id, fmt) not in present:
                    continue
                if fmt is OutputFormat.JSON:
                    text = plan_json
                else:
                    plan = plan or ActionPlan.model_validate_json(plan_json)
                    text = render_rendition(plan, fmt, plan_json)
                path = self.plan_file(plan_id, fmt)
                data = text.encode("utf-8")
                if (plan_id, fmt) in present and path.read_bytes() == data:
                    continue
                write_atomically(path, data)
                counts["written"] += 1
        if any(counts.values()):
            logger.info(
                "%s: repaired plan files: %d written, %d removed, %d temporary files removed",
                self.dir,
                counts["written"],
                counts["removed"],
                counts["temp_removed"],
            )
        return counts
