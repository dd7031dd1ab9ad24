"""The one application shell: the mistakes a user makes on either command end in one line, never a traceback."""

from __future__ import annotations

import hashlib
import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import extractor
from comparer.loading import load_inputs
from comparer.settings import ComparisonSettings
from extractor import extract
from extractor.batch import BatchOptions, run_batch
from extractor.bounds import clip_text
from extractor.errors import WarningCode
from extractor.result import ExtractionResult, ResultStatus
from schemas.plan import Action, ActionPlan, Provenance, Quality, SourceInfo
from tcplans.cli import compare_main, extract_main
from tcplans.extract_command import batch_exit_code, format_summary


@pytest.fixture(autouse=True)
def _keep_root_logging() -> Iterator[None]:
    """The commands configure logging on the captured stderr; put the root handlers back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def write_text_plan(folder: Path, name: str = "plan.txt", action: str = "Run a technician mentoring scheme") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(
        "University of Testford Technician Commitment action plan\n\nVisibility\n\n"
        f"1. {action}\n2. Publish technician profiles on the web\n",
        encoding="utf-8",
    )
    return path


# -- -o names a folder ---------------------------------------------------------------


@pytest.mark.parametrize("command", [compare_main, extract_main], ids=["tc-compare", "tc-extract"])
def test_output_on_an_existing_file_is_a_usage_error(
    command: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = tmp_path / "report.txt"
    existing.write_text("keep me", encoding="utf-8")
    plan = write_text_plan(tmp_path / "in")
    assert command([str(plan), str(plan), "-o", str(existing)]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert str(existing) in line
    assert "folder" in line
    assert existing.read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("spelling", ["-o", "--output", "--outdir"])
def test_both_commands_take_the_same_output_option(spelling: str) -> None:
    from tcplans.compare_command import build_compare_parser
    from tcplans.extract_command import build_extract_parser

    for parser in (build_compare_parser(), build_extract_parser()):
        assert parser.parse_args(["x", spelling, "out"]).output == Path("out")


# -- empty folders -------------------------------------------------------------------


def test_search_in_an_empty_folder_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert compare_main(["search", "x", str(empty)]) == 1
    assert "no plans found" in one_error_line(capsys.readouterr().err)


def test_compare_an_empty_folder_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert compare_main([str(tmp_path)]) == 1
    assert "no plans found" in one_error_line(capsys.readouterr().err)


@pytest.mark.parametrize("with_output", [False, True], ids=["stdout", "-o"])
def test_extract_an_empty_folder_fails_the_same_way_with_or_without_output(
    with_output: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.xyz").write_text("x", encoding="utf-8")
    corpus = tmp_path / "corpus"
    args = [str(empty), "--no-progress", *(["-o", str(corpus)] if with_output else [])]
    assert extract_main(args) == 1
    line = one_error_line(capsys.readouterr().err)
    assert "no plan files found" in line
    assert "1 other files skipped" in line
    assert not corpus.exists(), "a mistyped folder must not leave an empty corpus"


# -- help ----------------------------------------------------------------------------


def test_compare_help_names_search_and_every_file_written(capsys: pytest.CaptureFixture[str]) -> None:
    assert compare_main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "search" in out
    for name in ("comparison.json", "report.md", "report.html", "report.xlsx", "gaps.csv"):
        assert name in out


def test_both_commands_print_the_same_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert extract_main(["--help"]) == 0
    extract_help = capsys.readouterr().out
    assert compare_main(["--help"]) == 0
    compare_help = capsys.readouterr().out
    assert "Exit codes: 0 all inputs read, 1 some input failed, 2 usage error" in extract_help
    assert "Exit codes: 0 all inputs read, 1 some input failed, 2 usage error" in compare_help


# -- over-long fields ----------------------------------------------------------------


def test_clip_text_cuts_at_a_word() -> None:
    assert clip_text("short", 10) == "short"
    clipped = clip_text("word " * 100, 50)
    assert len(clipped) <= 50
    assert clipped.endswith("…")


def test_an_enormous_action_is_cut_with_a_warning_naming_plan_and_action(tmp_path: Path) -> None:
    huge = "technicians " * 28_250  # 339,000 characters
    plan = extract(write_text_plan(tmp_path, action=huge.strip()), {"max_field_chars": 2_000})
    assert max(len(a.text) for a in plan.actions) <= 2_000
    (warning,) = [w for w in plan.warnings if w.code == WarningCode.LONG_TEXT]
    assert "University of Testford" in warning.message
    assert "action 1" in warning.message
    assert "text of 338,999 characters cut to 2,000 (max_field_chars)" in warning.message


def test_the_comparer_bounds_plans_made_elsewhere(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    action = Action(text="x " * 20_000, ref="4.2", provenance=Provenance())
    plan = ActionPlan(
        extractor_version="other",
        institution="Elsewhere University",
        actions=[action],
        source=SourceInfo(path="elsewhere.json", sha256="0" * 64, format="json", layout="json"),
    )
    path = tmp_path / "elsewhere.json"
    path.write_text(plan.model_dump_json(), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        loaded = load_inputs([path], ComparisonSettings(max_text_chars=1_000))
    assert len(loaded.plans[0].plan.actions[0].text) <= 1_000
    assert any("Elsewhere University: action 4.2: text" in r.getMessage() for r in caplog.records)


# -- the batch report: low confidence, --strict, skipped files -------------------------


def quality_extract(path: Path, settings: dict[str, Any]) -> ExtractionResult:
    """A stand-in extractor: a plan whose quality is low when the file says 'LOW'."""
    data = path.read_bytes()
    low = b"LOW" in data
    plan = ActionPlan(
        extractor_version=extractor.__version__,
        institution=path.stem,
        actions=[Action(text="Run a mentoring scheme", provenance=Provenance(line=1))],
        source=SourceInfo(path=str(path), sha256=hashlib.sha256(data).hexdigest(), format="text", layout="plain_text"),
        quality=Quality(
            candidates=1,
            kept=1,
            share_with_pillar=0.0,
            share_with_owners=0.0,
            share_with_dates=0.0,
            score=0.2 if low else 0.9,
            low_confidence=low,
        ),
    )
    return ExtractionResult(source=str(path), status=ResultStatus.OK, plan=plan)


def test_batch_lists_low_confidence_plans_and_skipped_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("fine", encoding="utf-8")
    (folder / "doubtful.txt").write_text("LOW", encoding="utf-8")
    (folder / "photo.xyz").write_text("x", encoding="utf-8")
    corpus = tmp_path / "corpus"
    options = BatchOptions(jobs=1, progress=False, extract_function=quality_extract)
    report = run_batch([folder], corpus, options, stream=io.StringIO())

    assert [Path(o.path).name for o in report.low_confidence] == ["doubtful.txt"]
    assert batch_exit_code(report) == 0
    assert batch_exit_code(report, strict=True) == 1
    summary = json.loads((corpus / "summary.json").read_text(encoding="utf-8"))
    assert [(Path(e["path"]).name, e["score"]) for e in summary["low_confidence"]] == [("doubtful.txt", 0.2)]
    assert [Path(e["path"]).name for e in summary["skipped"]] == ["photo.xyz"]
    text = format_summary(report)
    assert "low confidence: " in text
    assert "doubtful.txt (score 0.20)" in text
    assert "unsupported file type .xyz" in text

    # Unchanged on the next run, the plan is still listed: the corpus still holds it.
    again = run_batch([folder], corpus, options, stream=io.StringIO())
    assert [o.status for o in again.low_confidence] == ["unchanged"]
    assert batch_exit_code(again, strict=True) == 1


# -- typed warning codes ---------------------------------------------------------------


def test_every_warning_code_the_extractor_writes_is_a_warning_code_member() -> None:
    """Plans keep the same code strings; each one the extractor writes is named in `WarningCode`."""
    import re

    from paths import PROJECT_DIR

    patterns = (
        re.compile(r'PlanWarning\(\s*code="(\w+)"'),
        re.compile(r'code="(\w+)",\s*\n?\s*message='),
        re.compile(r'\.(?:warnings|notes)\.append\(\s*\(\s*"(\w+)"'),
        re.compile(r'warnings\.append\(\s*\(\s*"(\w+)"'),
    )
    found: set[str] = set()
    for path in (PROJECT_DIR / "extractor").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern in patterns:
            found.update(pattern.findall(text))
    known = {code.value for code in WarningCode}
    assert found, "the scan found no warning codes"
    assert found <= known, sorted(found - known)
