"""A batch killed part-way (SIGKILL or Ctrl-C) leaves a consistent corpus, and the next run completes it.

The batch runs in a child process (this file run as a script) with a slow
stand-in extractor, so the kill lands while files are being committed.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import extractor
from extractor.batch import BatchOptions, run_batch
from extractor.corpus import changed_in_last_run, load_plans
from extractor.result import ExtractionResult, ResultStatus
from schemas.plan import Action, ActionPlan, Provenance, SourceInfo
from tcplans.extract_command import batch_exit_code

FILES = 20
SECONDS_PER_FILE = 0.25
PAUSE_VARIABLE = "TC_PLANS_TEST_PAUSE"  # set only for the child batch, so the resumed run is quick


def slow_extract(path: Path, settings: dict[str, Any]) -> ExtractionResult:
    """One action per '- ' line, after a pause that stands in for a real extraction."""
    time.sleep(float(os.environ.get(PAUSE_VARIABLE, "0")))
    data = path.read_bytes()
    lines = data.decode("utf-8").splitlines()
    plan = ActionPlan(
        extractor_version=extractor.__version__,
        institution=lines[0],
        actions=[
            Action(text=line[2:], provenance=Provenance(line=n))
            for n, line in enumerate(lines, start=1)
            if line.startswith("- ")
        ],
        source=SourceInfo(
            path=str(path), sha256=hashlib.sha256(data).hexdigest(), format="text", lines=len(lines), layout="x"
        ),
    )
    return ExtractionResult(source=str(path), status=ResultStatus.OK, plan=plan)


def batch_options() -> BatchOptions:
    return BatchOptions(jobs=2, timeout=60.0, progress=False, extract_function=slow_extract)


def make_plans(folder: Path) -> None:
    folder.mkdir(parents=True)
    for i in range(FILES):
        actions = "\n".join(f"- step {j} for plan {i}" for j in range(1 + i % 5))
        (folder / f"plan-{i:02d}.txt").write_text(f"Institution {i}\n{actions}\n", encoding="utf-8")


def count_plans(corpus: Path) -> int:
    try:
        conn = sqlite3.connect(corpus / "corpus.sqlite", timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM plans").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # not created yet


def rows(corpus: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(corpus / "corpus.sqlite")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def assert_workers_gone(group: int) -> None:
    """Workers of a killed batch exit on their own (the kernel's parent-death signal, or their orphan check)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    raise AssertionError("worker processes outlived the killed batch")


def assert_consistent(corpus: Path) -> None:
    plans = rows(corpus, "SELECT plan_id, source_path, action_count FROM plans")
    assert len({p[1] for p in plans}) == len(plans), "a source has two plans"
    counts = dict(rows(corpus, "SELECT plan_id, count(*) FROM actions GROUP BY plan_id"))
    for plan_id, _source, action_count in plans:
        on_disk = json.loads((corpus / "plans" / f"{plan_id}.json").read_text(encoding="utf-8"))
        assert action_count == len(on_disk["actions"]) == counts.get(plan_id, 0)
    assert {p.stem for p in (corpus / "plans").glob("*.json")} == {p[0] for p in plans}
    assert not list(corpus.rglob("*.tmp")), "orphan temporary files"
    assert sum(counts.values()) == sum(p[2] for p in plans), "actions without a plan"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sig", "whole_group", "after"),
    [
        (signal.SIGKILL, True, 1),
        (signal.SIGKILL, True, 7),
        (signal.SIGKILL, False, 5),
        (signal.SIGINT, False, 3),
    ],
    ids=["sigkill-early", "sigkill-midway", "sigkill-batch-only", "sigint"],
)
def test_killed_batch_resumes_with_nothing_lost_or_duplicated(
    tmp_path: Path, sig: signal.Signals, whole_group: bool, after: int
) -> None:
    folder, corpus = tmp_path / "in", tmp_path / "corpus"
    make_plans(folder)
    child = subprocess.Popen(
        [sys.executable, __file__, str(folder), str(corpus)],
        env={**os.environ, PAUSE_VARIABLE: str(SECONDS_PER_FILE)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while count_plans(corpus) < after:
            assert child.poll() is None, f"batch ended before the kill: {child.stderr.read() if child.stderr else ''}"
            assert time.monotonic() < deadline, "no plan committed in time"
            time.sleep(0.02)
        if whole_group:
            os.killpg(child.pid, sig)  # the batch and its workers at once, as a terminal's Ctrl-C or OOM kill
        else:
            os.kill(child.pid, sig)  # the batch process alone: its workers must not outlive it
        child.wait(timeout=60)
        assert_workers_gone(child.pid)
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
        if child.stderr:
            child.stderr.close()
    committed = count_plans(corpus)
    assert after <= committed < FILES, "the kill must land part-way through"
    if sig == signal.SIGINT:
        assert child.returncode == 130
        assert rows(corpus, "SELECT status FROM runs") == [("interrupted",)]

    err = io.StringIO()
    report = run_batch([folder], corpus, batch_options(), stream=err)

    assert not report.failed, err.getvalue()
    summary = json.loads((corpus / "summary.json").read_text(encoding="utf-8"))
    assert summary["counts"]["unchanged"] == committed
    assert summary["counts"]["added"] == FILES - committed
    assert summary["counts"]["failed"] == 0
    assert_consistent(corpus)
    plans = load_plans(corpus)
    assert sorted(p.institution or "" for p in plans) == sorted(f"Institution {i}" for i in range(FILES))
    assert rows(corpus, "SELECT status FROM runs ORDER BY run_id") == [("interrupted",), ("complete",)]
    # The interrupted run's plans count as new for the run that completed it.
    assert len(changed_in_last_run(corpus)) == FILES


def main(argv: list[str]) -> int:
    folder, corpus = Path(argv[0]), Path(argv[1])
    try:
        return batch_exit_code(run_batch([folder], corpus, batch_options()))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
