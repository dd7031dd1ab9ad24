"""The corpus store on its own: transactions, repairs, readers and the 'changed in last run' rule."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import pytest

from extractor.corpus import (
    Corpus,
    CorpusError,
    FileStat,
    changed_in_last_run,
    load_plan_records,
    load_plans,
    plan_id_for,
)
from extractor.export import OutputFormat
from schemas.plan import Action, ActionPlan, PlanWarning, Provenance, SourceInfo

VERSION = "0.0-test"


def make_plan(institution: str | None, actions: int, *, path: str = "in/plan.txt") -> ActionPlan:
    digest = hashlib.sha256(f"{institution}{actions}".encode()).hexdigest()
    return ActionPlan(
        extractor_version=VERSION,
        institution=institution,
        actions=[Action(text=f"action {i}", provenance=Provenance(line=i)) for i in range(1, actions + 1)],
        source=SourceInfo(path=path, sha256=digest, format="text", lines=actions, layout="plain_text"),
        warnings=[PlanWarning(code="note", message="a remark", provenance=Provenance(line=1))],
    )


def stat_for(name: str, plan: ActionPlan) -> FileStat:
    return FileStat(path=f"/data/{name}", display_path=name, size=10, mtime_ns=1, sha256=plan.source.sha256)


def save(corpus: Corpus, run_id: int, name: str, plan: ActionPlan) -> str:
    saved = corpus.save_plan(
        run_id, stat_for(name, plan), plan=plan, status="ok", extractor_version=VERSION, settings_hash="s"
    )
    corpus.write_plan_files(saved.plan_id, plan, [OutputFormat.JSON], previous_plan_id=saved.previous_plan_id)
    return saved.plan_id


def count(corpus_dir: Path, sql: str) -> int:
    conn = sqlite3.connect(corpus_dir / "corpus.sqlite")
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


# -- opening --------------------------------------------------------------------


def test_reading_a_folder_without_a_corpus_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"no corpus\.sqlite here") as caught:
        load_plans(tmp_path)
    assert "\n" not in str(caught.value)
    assert str(tmp_path) in str(caught.value)


def test_a_corpus_of_another_schema_version_is_refused(tmp_path: Path) -> None:
    Corpus(tmp_path, create=True).close()
    conn = sqlite3.connect(tmp_path / "corpus.sqlite")
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(CorpusError, match="schema version 99"):
        load_plans(tmp_path)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    (tmp_path / "corpus.sqlite").write_bytes(b"not a database at all" * 10)
    with pytest.raises(CorpusError, match="not a tc-plans corpus"):
        load_plans(tmp_path)


def test_two_writers_never_share_a_corpus(tmp_path: Path) -> None:
    with Corpus(tmp_path, create=True), pytest.raises(CorpusError, match="another batch run"):
        Corpus(tmp_path, create=True)
    Corpus(tmp_path, create=True).close()  # the lock goes with the first writer


def test_the_database_is_plain_sqlite_in_wal_mode(tmp_path: Path) -> None:
    Corpus(tmp_path, create=True).close()
    conn = sqlite3.connect(tmp_path / "corpus.sqlite")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    conn.close()
    assert {"plans", "actions", "warnings", "failures", "sources", "runs"} <= tables
    assert mode == "wal"


# -- writing ----------------------------------------------------------------------


def test_saving_a_plan_again_replaces_it(tmp_path: Path) -> None:
    with Corpus(tmp_path, create=True) as corpus:
        run = corpus.begin_run(VERSION, ["in"])
        first = save(corpus, run, "a.txt", make_plan("Alpha", 4))
        second = save(corpus, run, "a.txt", make_plan("Alpha", 2))
    assert first == second
    assert count(tmp_path, "SELECT count(*) FROM plans") == 1
    assert count(tmp_path, "SELECT count(*) FROM actions") == 2
    assert count(tmp_path, "SELECT count(*) FROM warnings") == 1
    assert len(load_plans(tmp_path)[0].actions) == 2


def test_a_failure_keeps_the_earlier_plan_and_a_success_clears_the_failure(tmp_path: Path) -> None:
    plan = make_plan("Alpha", 3)
    with Corpus(tmp_path, create=True) as corpus:
        run = corpus.begin_run(VERSION, ["in"])
        save(corpus, run, "a.txt", plan)
        corpus.save_failure(
            run,
            stat_for("a.txt", plan),
            code="corrupt",
            message="a.txt: broken",
            extractor_version=VERSION,
            settings_hash="s",
        )
        assert count(tmp_path, "SELECT count(*) FROM failures") == 1
        assert corpus.sources()["/data/a.txt"].plan_id is not None
        save(corpus, run, "a.txt", plan)
    assert count(tmp_path, "SELECT count(*) FROM failures") == 0
    assert count(tmp_path, "SELECT count(*) FROM plans") == 1


def test_missing_files_keep_their_plans_flagged(tmp_path: Path) -> None:
    plan = make_plan("Alpha", 1)
    with Corpus(tmp_path, create=True) as corpus:
        run = corpus.begin_run(VERSION, ["in"])
        save(corpus, run, "a.txt", plan)
        corpus.mark_missing(["/data/a.txt"])
        assert [r.missing for r in corpus.plan_records()] == [True]
        corpus.touch_sources(run, [stat_for("a.txt", plan)])
        assert [r.missing for r in corpus.plan_records()] == [False]
        assert corpus.sources()["/data/a.txt"].missing is False


# -- repairs after a crash ------------------------------------------------------------


def test_reconcile_repairs_plan_files_and_leaves_foreign_files_alone(tmp_path: Path) -> None:
    with Corpus(tmp_path, create=True) as corpus:
        run = corpus.begin_run(VERSION, ["in"])
        kept = save(corpus, run, "a.txt", make_plan("Alpha", 2))
        lost = save(corpus, run, "b.txt", make_plan("Beta", 1))
    plans = tmp_path / "plans"
    good_json = (plans / f"{kept}.json").read_bytes()
    (plans / f"{kept}.json").write_text("{half a fi", encoding="utf-8")  # stale
    (plans / f"{lost}.json").unlink()  # committed, then killed before the write
    (plans / f"{kept}.md").write_text("stale markdown", encoding="utf-8")
    (plans / "gone-plan.json").write_text("{}", encoding="utf-8")  # its plan was replaced
    (plans / f".{kept}.json.abc123.tmp").write_text("{", encoding="utf-8")
    (tmp_path / ".summary.json.x.tmp").write_text("{", encoding="utf-8")
    (plans / "README.txt").write_text("mine", encoding="utf-8")

    with Corpus(tmp_path, create=True) as corpus:
        counts = corpus.reconcile_files([OutputFormat.JSON])

    assert counts == {"removed": 1, "written": 3, "temp_removed": 2}
    assert (plans / f"{kept}.json").read_bytes() == good_json
    assert (plans / f"{lost}.json").is_file()
    assert "stale markdown" not in (plans / f"{kept}.md").read_text(encoding="utf-8")
    assert not (plans / "gone-plan.json").exists()
    assert not list(tmp_path.rglob("*.tmp"))
    assert (plans / "README.txt").read_text(encoding="utf-8") == "mine"
    with Corpus(tmp_path, create=True) as corpus:
        assert corpus.reconcile_files([OutputFormat.JSON]) == {"removed": 0, "written": 0, "temp_removed": 0}


# -- reading ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("runs", "expected"),
    [
        ([], []),
        ([("complete", ["a", "b"])], ["a", "b"]),
        ([("complete", ["a"]), ("complete", ["b"])], ["b"]),
        ([("complete", ["a"]), ("complete", [])], []),
        ([("complete", ["a"]), ("interrupted", ["b"]), ("complete", ["c"])], ["b", "c"]),
        ([("complete", ["a"]), ("running", ["b"])], ["a"]),
        ([("interrupted", ["a"])], []),
        ([("complete", ["a", "b"]), ("complete", ["a"])], ["a"]),
    ],
    ids=[
        "no-runs",
        "first-run",
        "second-run-only",
        "nothing-new",
        "interrupted-run-counts-towards-the-next",
        "run-in-progress-ignored",
        "only-interrupted",
        "changed-plan",
    ],
)
def test_changed_in_last_run(tmp_path: Path, runs: list[tuple[str, list[str]]], expected: list[str]) -> None:
    ids: dict[str, str] = {}
    with Corpus(tmp_path, create=True) as corpus:
        for status, names in runs:
            run = corpus.begin_run(VERSION, ["in"])
            for name in names:
                ids[name] = save(corpus, run, f"{name}.txt", make_plan(name.upper(), 1, path=f"in/{name}.txt"))
            if status != "running":
                corpus.finish_run(run, {}, status=status)
    assert changed_in_last_run(tmp_path) == sorted(ids[name] for name in expected)


def test_load_plans_sorted_by_id_and_filtered(tmp_path: Path) -> None:
    with Corpus(tmp_path, create=True) as corpus:
        run = corpus.begin_run(VERSION, ["in"])
        ids = [save(corpus, run, f"{n}.txt", make_plan(n, 1)) for n in ("Zeta", "Alpha", "Mu")]
    records = load_plan_records(tmp_path)
    assert [r.plan_id for r in records] == sorted(ids)
    assert [p.institution for p in load_plans(tmp_path)] == ["Alpha", "Mu", "Zeta"]
    assert [p.institution for p in load_plans(tmp_path, plan_ids=[ids[0]])] == ["Zeta"]
    assert load_plans(tmp_path, plan_ids=[]) == []


@pytest.mark.parametrize(
    "institution",
    ["../../etc/passwd", "CON", "nul.txt", ".hidden", "", None, "a/b\\c:d*e?f", "x" * 500, "Łódź Uniwersytet"],
    ids=["traversal", "device", "device-ext", "hidden", "empty", "none", "separators", "long", "non-ascii"],
)
def test_plan_ids_are_safe_file_names(institution: str | None) -> None:
    plan = make_plan(institution, 1, path="in/My Plan.txt")
    plan_id = plan_id_for(plan, "/data/My Plan.txt")
    assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", plan_id)
    assert len(plan_id) <= 80
    assert plan_id.split(".")[0].lower() not in {"con", "nul"}
    assert plan_id == plan_id_for(plan, "/data/My Plan.txt")
    assert plan_id != plan_id_for(plan, "/data/other.txt")
