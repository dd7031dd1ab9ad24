"""The CLI as a user meets it: help, exit codes, stdout JSON, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from paths import PROJECT_DIR, SAMPLES_DIR


def run(*args: str, cwd: Path = PROJECT_DIR) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd, timeout=300, check=False)


@pytest.mark.slow
@pytest.mark.parametrize(
    "command",
    [["-m", "extractor"], ["-m", "tcplans", "extract"], ["-m", "tcplans", "compare"], ["-m", "tcplans"]],
    ids=["python-m-extractor", "tcplans-extract", "tcplans-compare", "tcplans"],
)
def test_every_command_has_help_with_an_example(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert "usage" in result.stdout.lower()
    if command != ["-m", "tcplans"]:
        assert "example" in result.stdout.lower()


def test_usage_error_exits_2_with_one_line() -> None:
    result = run("-m", "extractor", "--format", "xml", "plan.pdf")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("Error:")


def test_missing_file_is_one_line_naming_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.pdf"
    result = run("-m", "extractor", str(missing))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [f"Error: {missing}: no such file or folder (check the path)"]


def test_empty_pdf_is_refused_without_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    result = run("-m", "extractor", str(empty))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    hint = "the file has no content; re-download or re-export it"
    assert result.stderr.strip() == f"Error: {empty}: file is empty (0 bytes) ({hint})"


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES_DIR.glob("*") if p.suffix in {".pdf", ".txt", ".md"} and p.name != "README.md")


@pytest.mark.slow
@pytest.mark.parametrize("sample", sample_files(), ids=lambda p: p.name)
def test_single_file_prints_plan_json_on_stdout(sample: Path) -> None:
    result = run("-m", "extractor", str(sample))
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["actions"], "a sample plan must yield actions"
    assert plan["source"]["sha256"]
    assert all(a["provenance"]["page"] or a["provenance"]["line"] for a in plan["actions"])


@pytest.mark.slow
def test_same_input_gives_byte_identical_output() -> None:
    sample = sample_files()[0]
    first = run("-m", "extractor", str(sample))
    second = run("-m", "extractor", str(sample))
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["csv", "md"])
def test_other_formats_render(fmt: str) -> None:
    sample = sample_files()[0]
    result = run("-m", "extractor", "--format", fmt, str(sample))
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) > 3


@pytest.mark.slow
def test_institution_flag_overrides_document() -> None:
    sample = sample_files()[0]
    result = run("-m", "extractor", "--institution", "Test Institute", str(sample))
    assert json.loads(result.stdout)["institution"] == "Test Institute"


def test_time_limit_gives_one_line_timeout_error() -> None:
    sample = SAMPLES_DIR / "ruled_table.pdf"
    result = run("-m", "extractor", "--timeout", "0.001", str(sample))
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"Error: {sample}: gave up after 0.001 s")
