"""Batch runs into a corpus: incremental skips, replacement, missing files, limits, summary.

Most tests drive `run_batch` with a tiny stand-in extractor (`fake_extract`)
so they test the batch machinery quickly and whatever the layout parsers can
do today; `test_mixed_folder_*` runs the real extractor on broken PDFs.
"""

from __future__ import annotations

import faulthandler
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from paths import PROJECT_DIR, SAMPLES_DIR

import extractor
from extractor import batch
from extractor.batch import BatchOptions, run_batch
from extractor.corpus import CorpusError, load_plans
from extractor.progress import ProgressBar
from extractor.result import ExtractionResult, Problem, ResultStatus
from extractor.walk import walk_inputs
from schemas.plan import Action, ActionPlan, Provenance, SourceInfo
from tcplans.extract_command import batch_exit_code, format_summary

# -- a stand-in extractor ---------------------------------------------------------


def fake_extract(path: Path, settings: dict[str, Any]) -> ExtractionResult:
    """Reads 'institution: X' and '- action' lines; directive lines make it misbehave.

    HANG sleeps for a minute, BLOWUP allocates until memory runs out, CRASH
    aborts the process, EXIT
    leaves it, RAISE raises, SLOW <s> sleeps, and a file with no
    actions fails with no_actions.
    """
    data = path.read_bytes()
    lines = data.decode("utf-8").splitlines()
    for line in lines:
        if line == "HANG":
            time.sleep(60)
        elif line == "BLOWUP":
            hoard = [bytearray(64 * 1024 * 1024) for _ in range(200)]
            del hoard
        elif line == "CRASH":
            faulthandler.disable()  # no traceback dump in the test output
            os.abort()
        elif line == "EXIT":
            os._exit(3)
        elif line == "RAISE":
            raise RuntimeError("stand-in extractor bug")
        elif line.startswith("SLOW "):
            time.sleep(float(line.split()[1]))
    institution = settings.get("institution") or next(
        (line.split(":", 1)[1].strip() for line in lines if line.startswith("institution:")), None
    )
    actions = [
        Action(text=line[2:], provenance=Provenance(line=number))
        for number, line in enumerate(lines, start=1)
        if line.startswith("- ")
    ]
    if not actions:
        return ExtractionResult(
            source=str(path),
            status=ResultStatus.FAILED,
            problems=[Problem(code="no_actions", message=f"{path}: no actions found")],
        )
    plan = ActionPlan(
        extractor_version=extractor.__version__,
        institution=institution,
        actions=actions,
        source=SourceInfo(
            path=str(path),
            sha256=hashlib.sha256(data).hexdigest(),
            format="text",
            lines=len(lines),
            layout="plain_text",
        ),
    )
    return ExtractionResult(source=str(path), status=ResultStatus.OK, plan=plan)


def refuse_to_extract(path: Path, settings: dict[str, Any]) -> ExtractionResult:
    raise AssertionError(f"{path} should not have been read")


MEMORY_HEADROOM = object()  # stands for "256 MB more than this process already maps"


def address_space_mb() -> int:
    statm = Path("/proc/self/statm")
    if not statm.exists():
        pytest.skip("needs /proc to size the memory limit")
    pages = int(statm.read_text(encoding="ascii").split()[0])
    return pages * os.sysconf("SC_PAGE_SIZE") // (1024 * 1024)


def write_plan(folder: Path, name: str, institution: str, actions: int, *extra: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    body = [f"institution: {institution}", *extra, *(f"- action {i} of {institution}" for i in range(1, actions + 1))]
    path.write_text("\n".join(body) + "\n", encoding="utf-8")
    return path


def options(**overrides: Any) -> BatchOptions:
    values: dict[str, Any] = {"jobs": 2, "timeout": 30.0, "progress": False, "extract_function": fake_extract}
    values.update(overrides)
    return BatchOptions(**values)


def run(inputs: list[Path], corpus: Path, **overrides: Any) -> tuple[int, dict[str, Any], str]:
    report = run_batch(inputs, corpus, options(**overrides), stream=io.StringIO())
    summary = json.loads((corpus / "summary.json").read_text(encoding="utf-8"))
    return batch_exit_code(report), summary, format_summary(report)


def statuses(summary: dict[str, Any]) -> dict[str, str]:
    return {Path(f["path"]).name: f["status"] for f in summary["files"]}


def db_rows(corpus: Path, sql: str, *args: object) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(corpus / "corpus.sqlite")
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def assert_consistent(corpus: Path) -> None:
    """Every plan once, actions match the JSON files, no stray or temporary files."""
    plans = db_rows(corpus, "SELECT plan_id, source_path, action_count FROM plans")
    assert len({p[1] for p in plans}) == len(plans)
    for plan_id, _source, action_count in plans:
        on_disk = json.loads((corpus / "plans" / f"{plan_id}.json").read_text(encoding="utf-8"))
        (stored,) = db_rows(corpus, "SELECT count(*) FROM actions WHERE plan_id = ?", plan_id)
        assert action_count == len(on_disk["actions"]) == stored[0]
    json_files = {p.stem for p in (corpus / "plans").glob("*.json")}
    assert json_files == {p[0] for p in plans}
    assert not list(corpus.rglob("*.tmp"))
    assert db_rows(corpus, "SELECT count(*) FROM actions WHERE plan_id NOT IN (SELECT plan_id FROM plans)") == [(0,)]


@pytest.fixture
def plans_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    write_plan(folder, "alpha.txt", "University of Alpha", 3)
    write_plan(folder, "beta.md", "Beta Institute", 2)
    write_plan(folder, "sub/gamma.txt", "Gamma College", 4)
    return folder


# -- first and incremental runs ----------------------------------------------------


def test_first_run_builds_the_corpus(plans_dir: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    code, summary, err = run([plans_dir], corpus)
    assert code == 0
    assert summary["counts"] == {
        "added": 3,
        "changed": 0,
        "extracted": 3,
        "failed": 0,
        "files": 3,
        "low_confidence": 0,
        "missing": 0,
        "skipped": 0,
        "unchanged": 0,
    }
    assert "3 files: 3 extracted (3 added, 0 changed)" in err
    assert_consistent(corpus)
    plans = load_plans(corpus)
    assert sorted(p.institution or "" for p in plans) == ["Beta Institute", "Gamma College", "University of Alpha"]
    assert db_rows(corpus, "SELECT count(*) FROM actions") == [(9,)]
    assert db_rows(corpus, "SELECT run_id, status, added FROM runs") == [(1, "complete", 3)]


def test_second_run_neither_hashes_nor_reads_unchanged_files(
    plans_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    run([plans_dir], corpus)

    def no_hashing(path: str | Path) -> str:
        raise AssertionError(f"{path} was opened")

    monkeypatch.setattr(batch, "hash_file", no_hashing)
    code, summary, _ = run([plans_dir], corpus, extract_function=refuse_to_extract)
    assert code == 0
    assert set(statuses(summary).values()) == {"unchanged"}
    assert summary["counts"]["unchanged"] == 3
    assert_consistent(corpus)


def test_touched_file_is_hashed_again_but_not_read(plans_dir: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    run([plans_dir], corpus)
    alpha = plans_dir / "alpha.txt"
    later = alpha.stat().st_mtime_ns + 5_000_000_000
    os.utime(alpha, ns=(later, later))
    code, summary, _ = run([plans_dir], corpus, extract_function=refuse_to_extract)
    assert code == 0
    assert statuses(summary)["alpha.txt"] == "unchanged"
    assert db_rows(corpus, "SELECT mtime_ns FROM sources WHERE path = ?", str(alpha.resolve())) == [(later,)]


def test_changed_file_replaces_its_plan_without_duplicates(plans_dir: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    run([plans_dir], corpus)
    write_plan(plans_dir, "alpha.txt", "University of Alpha", 5)
    code, summary, _ = run([plans_dir], corpus)
    assert code == 0
    assert statuses(summary) == {"alpha.txt": "changed", "beta.md": "unchanged", "gamma.txt": "unchanged"}
    assert db_rows(corpus, "SELECT count(*), sum(action_count) FROM plans") == [(3, 11)]
    assert db_rows(corpus, "SELECT count(*) FROM actions") == [(11,)]
    assert db_rows(corpus, "SELECT added, changed, unchanged FROM runs WHERE run_id = 2") == [(0, 1, 2)]
    assert_consistent(corpus)


def test_renamed_institution_moves_the_plan_file(plans_dir: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    run([plans_dir], corpus)
    (old_id,) = db_rows(corpus, "SELECT plan_id FROM plans WHERE institution = 'Beta Institute'")[0]
    write_plan(plans_dir, "beta.md", "Beta University", 2)
    run([plans_dir], corpus)
    assert not (corpus / "plans" / f"{old_id}.json").exists()
    assert db_rows(corpus, "SELECT count(*) FROM plans WHERE institution LIKE 'Beta%'") == [(1,)]
    assert_consistent(corpus)


def test_new_extractor_version_reads_everything_again(
    plans_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    run([plans_dir], corpus)
    monkeypatch.setattr(extractor, "__version__", "999.0.0")
    _, summary, _ = run([plans_dir], corpus)
    assert set(statuses(summary).values()) == {"changed"}
    assert summary["extractor_version"] == "999.0.0"


def test_changed_settings_read_everything_again(plans_dir: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    run([plans_dir], corpus)
    _, summary, _ = run([plans_dir], corpus, settings={"institution": "Override University"})
    assert set(statuses(summary).values()) == {"changed"}
    assert {p.institution for p in load_plans(corpus)} == {"Override University"}
    assert_consistent(corpus)


# -- missing files -------------------------------------------------------------------


def test_gone_file_is_reported_missing_and_its_plan_kept(plans_dir: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    run([plans_dir], corpus)
    kept = (plans_dir / "beta.md").read_bytes()
    (plans_dir / "beta.md").unlink()
    code, summary, err = run([plans_dir], corpus)
    assert code == 0
    assert statuses(summary)["beta.md"] == "missing"
    assert summary["counts"]["missing"] == 1
    assert f"missing: {plans_dir / 'beta.md'} (plan " in err
    assert len(load_plans(corpus)) == 3
    assert db_rows(corpus, "SELECT missing FROM plans WHERE institution = 'Beta Institute'") == [(1,)]

    (plans_dir / "beta.md").write_bytes(kept)
    _, summary, _ = run([plans_dir], corpus, extract_function=refuse_to_extract)
    assert statuses(summary)["beta.md"] == "unchanged"
    assert db_rows(corpus, "SELECT sum(missing) FROM plans") == [(0,)]


def test_files_outside_this_runs_folders_are_not_missing(plans_dir: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    other = tmp_path / "other"
    write_plan(other, "delta.txt", "Delta University", 1)
    run([plans_dir], corpus)
    code, summary, _ = run([other], corpus)
    assert code == 0
    assert statuses(summary) == {"delta.txt": "added"}
    assert len(load_plans(corpus)) == 4


# -- failures and limits ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("directive", "code", "overrides"),
    [
        ("HANG", "timeout", {"timeout": 1.0}),
        ("BLOWUP", "out_of_memory", {"max_memory_mb": MEMORY_HEADROOM}),
        ("CRASH", "internal", {}),
        ("EXIT", "internal", {}),
        ("RAISE", "internal", {}),
    ],
    ids=["hang-timeout", "blowup-out-of-memory", "crash-internal", "exit-internal", "raise-internal"],
)
def test_a_misbehaving_file_is_stopped_and_the_batch_goes_on(
    plans_dir: Path, tmp_path: Path, directive: str, code: str, overrides: dict[str, Any]
) -> None:
    write_plan(plans_dir, "bad.txt", "Bad University", 2, directive)
    if overrides.get("max_memory_mb") is MEMORY_HEADROOM:
        # The limit covers the whole address space of a worker forked from this process.
        overrides = {**overrides, "max_memory_mb": address_space_mb() + 256}
    corpus = tmp_path / "corpus"
    started = time.monotonic()
    exit_code, summary, err = run([plans_dir], corpus, **overrides)
    assert time.monotonic() - started < 30
    assert exit_code == 1
    bad = next(f for f in summary["files"] if f["path"].endswith("bad.txt"))
    assert (bad["status"], bad["code"]) == ("failed", code)
    assert bad["message"].startswith(str(plans_dir / "bad.txt"))
    assert "\n" not in bad["message"]
    assert summary["counts"]["added"] == 3
    assert f"failed: {bad['message']}" in err
    assert db_rows(corpus, "SELECT code FROM failures") == [(code,)]
    assert_consistent(corpus)


@pytest.mark.parametrize(
    ("directive", "retried"),
    [("", False), ("HANG", True)],
    ids=["no-actions-is-remembered", "timeout-is-retried"],
)
def test_unchanged_failed_file_is_retried_only_for_limit_failures(
    tmp_path: Path, directive: str, retried: bool
) -> None:
    folder = tmp_path / "in"
    write_plan(folder, "bad.txt", "Bad University", 0 if not directive else 1, directive)
    corpus = tmp_path / "corpus"
    first_code, first, _ = run([folder], corpus, timeout=1.0)
    assert first_code == 1
    second_code, second, _ = run([folder], corpus, extract_function=refuse_to_extract)
    assert second_code == 1
    (entry,) = second["files"]
    assert entry["status"] == "failed"
    if retried:
        assert entry["code"] == "internal"
        assert "should not have been read" in entry["message"]
    else:
        assert entry == first["files"][0]


def test_a_file_that_breaks_keeps_its_earlier_plan(plans_dir: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    run([plans_dir], corpus)
    (plans_dir / "alpha.txt").write_text("institution: University of Alpha\n", encoding="utf-8")
    code, summary, _ = run([plans_dir], corpus)
    assert code == 1
    assert statuses(summary)["alpha.txt"] == "failed"
    assert db_rows(corpus, "SELECT action_count FROM plans WHERE institution = 'University of Alpha'") == [(3,)]
    assert db_rows(corpus, "SELECT status FROM sources WHERE path LIKE '%alpha.txt'") == [("failed",)]


def test_path_that_does_not_exist_is_a_failure(plans_dir: Path, tmp_path: Path) -> None:
    code, summary, _ = run([plans_dir, tmp_path / "nowhere"], tmp_path / "corpus")
    assert code == 1
    assert statuses(summary)["nowhere"] == "failed"
    assert summary["counts"]["added"] == 3


@pytest.mark.parametrize(
    ("make_obstacle", "expected"),
    [
        (lambda corpus: corpus.write_text("a file", encoding="utf-8"), "is not a folder"),
        (lambda corpus: (corpus / "plans").write_text("a file", encoding="utf-8"), "batch stopped: File exists"),
    ],
    ids=["corpus-is-a-file", "plans-folder-is-a-file"],
)
def test_an_unusable_corpus_folder_is_a_one_line_error(
    plans_dir: Path, tmp_path: Path, make_obstacle: Any, expected: str
) -> None:
    corpus = tmp_path / "corpus"
    if expected != "is not a folder":
        corpus.mkdir()
    make_obstacle(corpus)
    with pytest.raises(CorpusError, match=expected) as caught:
        run_batch([plans_dir], corpus, options())
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith(str(corpus))


# -- output ----------------------------------------------------------------------------


def test_summary_and_plan_files_are_deterministic(plans_dir: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "c1", tmp_path / "c2"
    run([plans_dir], first, jobs=1)
    run([plans_dir], second, jobs=3)
    assert (first / "summary.json").read_bytes() == (second / "summary.json").read_bytes()
    for path in sorted((first / "plans").iterdir()):
        assert path.read_bytes() == (second / "plans" / path.name).read_bytes()


@pytest.mark.parametrize("fmt", ["csv", "md"], ids=["csv", "md"])
def test_renditions_follow_the_format(plans_dir: Path, tmp_path: Path, fmt: str) -> None:
    corpus = tmp_path / "corpus"
    run([plans_dir], corpus)
    assert not list((corpus / "plans").glob(f"*.{fmt}"))
    # Asking for a format later renders it for the unchanged plans too.
    _, summary, _ = run([plans_dir], corpus, output_format=fmt)
    assert set(statuses(summary).values()) == {"unchanged"}
    renditions = sorted((corpus / "plans").glob(f"*.{fmt}"))
    assert len(renditions) == 3
    assert all("action 1 of" in p.read_text(encoding="utf-8") for p in renditions)
    # A changed plan gets a fresh rendition, never a stale one.
    write_plan(plans_dir, "alpha.txt", "University of Alpha", 1)
    run([plans_dir], corpus, output_format=fmt)
    alpha = next(p for p in (corpus / "plans").glob(f"*.{fmt}") if "Alpha" in p.name)
    assert "action 2 of" not in alpha.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "institution",
    ["../../etc/passwd", "CON", "..", "/absolute/path", "a" * 300, "Université de Genève"],
    ids=["traversal", "reserved-device", "dots", "absolute", "very-long", "accents"],
)
def test_plan_files_stay_inside_the_corpus(tmp_path: Path, institution: str) -> None:
    folder = tmp_path / "in"
    write_plan(folder, "plan.txt", institution, 1)
    corpus = tmp_path / "corpus"
    code, _, _ = run([folder], corpus)
    assert code == 0
    files = [p for p in corpus.rglob("*") if p.is_file()]
    assert all(p.resolve().is_relative_to(corpus.resolve()) for p in files)
    (json_file,) = (corpus / "plans").glob("*.json")
    assert json_file.parent == corpus / "plans"
    assert not json_file.name.startswith(".")


def test_corpus_inside_the_input_folder_is_not_walked(plans_dir: Path) -> None:
    corpus = plans_dir / "corpus"
    run([plans_dir], corpus, output_format="md")
    _, summary, _ = run([plans_dir], corpus, output_format="md")
    assert len(summary["files"]) == 3


def test_walk_skips_hidden_and_unsupported_files(plans_dir: Path) -> None:
    (plans_dir / ".hidden.txt").write_text("x", encoding="utf-8")
    (plans_dir / "notes.rtf").write_text("x", encoding="utf-8")
    (plans_dir / "data.xyz").write_text("x", encoding="utf-8")
    (plans_dir / ".git").mkdir()
    (plans_dir / ".git" / "plan.txt").write_text("x", encoding="utf-8")
    walked = walk_inputs([plans_dir, plans_dir / "alpha.txt"])
    assert [Path(f.display_path).name for f in walked.files] == ["alpha.txt", "beta.md", "gamma.txt"]
    assert walked.not_found == []
    skipped = {Path(s.path).name: s.reason for s in walked.skipped}
    assert "unsupported file type .xyz" in skipped["data.xyz"]
    assert "notes.rtf" in skipped
    assert ".hidden.txt" not in skipped


# -- progress bar -------------------------------------------------------------------


def test_progress_bar_is_quiet_when_not_a_terminal() -> None:
    out = io.StringIO()
    with ProgressBar(3, stream=out) as bar:
        bar.advance()
    assert out.getvalue() == ""


def test_progress_bar_draws_and_ends_its_line() -> None:
    out = io.StringIO()
    with ProgressBar(4, stream=out, enabled=True, min_interval=0) as bar:
        for _ in range(4):
            bar.advance(note="1 failed")
    text = out.getvalue()
    assert "extracting 4/4" in text
    assert "100%" in text
    assert "1 failed" in text
    assert text.endswith("\n")


# -- the real extractor on broken files --------------------------------------------


def make_bad_pdfs(folder: Path) -> dict[str, str]:
    """Broken PDFs, each with the error code the batch must report."""
    from PIL import Image
    from reportlab.lib import pdfencrypt
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "zero-bytes.pdf").write_bytes(b"")
    (folder / "random-bytes.pdf").write_bytes(hashlib.sha256(b"seed").digest() * 64)

    good = canvas.Canvas(str(folder / "whole.pdf"))
    for line in range(20):
        good.drawString(72, 700 - 14 * line, f"Line {line} of a document that is then cut short.")
    good.save()
    whole = (folder / "whole.pdf").read_bytes()
    (folder / "whole.pdf").unlink()
    (folder / "truncated.pdf").write_bytes(whole[: len(whole) // 3])

    locked = canvas.Canvas(str(folder / "encrypted.pdf"), encrypt=pdfencrypt.StandardEncryption("pw", canPrint=0))
    locked.drawString(72, 700, "A plan behind a password.")
    locked.save()

    picture = Image.new("RGB", (200, 100), "white")
    scanned = canvas.Canvas(str(folder / "image-only.pdf"))
    scanned.drawImage(ImageReader(picture), 72, 500, width=400, height=200)
    scanned.save()
    return {
        "zero-bytes.pdf": "empty",
        "random-bytes.pdf": "corrupt",
        "truncated.pdf": "corrupt",
        "encrypted.pdf": "encrypted",
        "image-only.pdf": "scanned",
    }


def test_mixed_folder_reports_each_broken_pdf_on_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    expected = make_bad_pdfs(folder)
    corpus = tmp_path / "corpus"
    code, summary, err = run([folder], corpus, extract_function=None, timeout=60.0)
    assert code == 1
    reported = {Path(f["path"]).name: (f["status"], f["code"]) for f in summary["files"]}
    assert reported == {name: ("failed", code) for name, code in expected.items()}
    failed_lines = [line for line in err.splitlines() if line.strip().startswith("failed:")]
    assert len(failed_lines) == len(expected)
    assert db_rows(corpus, "SELECT count(*) FROM failures") == [(len(expected),)]


def good_samples() -> list[Path]:
    return sorted(
        p for p in SAMPLES_DIR.glob("*") if p.suffix in {".pdf", ".txt", ".md"} and p.stem.lower() != "readme"
    )


@pytest.mark.slow
def test_mixed_folder_through_the_cli_keeps_every_good_plan(tmp_path: Path) -> None:
    """The corpus holds exactly the plans single-file extraction gives, bad files or not."""
    folder = tmp_path / "in"
    expected = make_bad_pdfs(folder)
    good: dict[str, str] = {}
    for sample in good_samples():
        copy = folder / f"good-{sample.name}"
        copy.write_bytes(sample.read_bytes())
        single = extractor.extract_plan(copy)
        if single.plan is not None:
            good[copy.name] = single.plan.model_dump_json()
    if not good:
        pytest.skip(f"no sample plan in {SAMPLES_DIR} can be extracted yet")
    corpus = tmp_path / "corpus"
    result = subprocess.run(
        [sys.executable, "-m", "tcplans", "extract", str(folder), "-o", str(corpus), "--jobs", "2"],
        capture_output=True,
        text=True,
        cwd=PROJECT_DIR,
        timeout=300,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    summary = json.loads((corpus / "summary.json").read_text(encoding="utf-8"))
    by_name = {Path(f["path"]).name: f for f in summary["files"]}
    for name in expected:
        assert by_name[name]["status"] == "failed"
        assert f"failed: {by_name[name]['message']}" in result.stderr
    for name in good:
        assert by_name[name]["status"] == "added", by_name[name]
    stored = {Path(p.source.path).name: p.model_dump_json() for p in load_plans(corpus)}
    assert stored == good
    assert_consistent(corpus)
