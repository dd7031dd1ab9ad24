"""tc-compare: most tests call `main` in-process (spaCy loads once); one runs the real command twice."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tcplans.cli import compare_main as main

CLI = [sys.executable, "-m", "tcplans", "compare"]


@dataclass(frozen=True)
class Done:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture(autouse=True)
def _keep_root_logging() -> Iterator[None]:
    """`main` configures logging on the captured stderr; put the root handlers back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


Runner = Callable[..., Done]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    """Run `tc-compare ARGS` in-process; returns exit code, stdout and stderr."""

    def invoke(*args: str | Path) -> Done:
        capsys.readouterr()
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return Done(code, out, err)

    return invoke


def run_process(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, timeout=300, check=False, env=env)


def test_json_on_stdout(plan_files: tuple[Path, Path], run: Runner) -> None:
    done = run(*plan_files, "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["matches"], "the mentoring actions should match"
    first = data["matches"][0]
    assert {"institution", "ref", "text"} <= set(first["a"])
    assert {"institution", "ref", "text"} <= set(first["b"])
    assert first["kind"] in {"same", "related"}
    assert 0 <= first["score"] <= 100
    kinds = {(m["a"]["ref"], m["b"]["ref"]): m["kind"] for m in data["matches"]}
    assert kinds.get(("1", "A")) == "same"
    assert ("2", "B") in kinds
    assert ("3", "A") not in kinds  # a newsletter is not mentoring


@pytest.mark.slow
def test_same_input_gives_identical_bytes(plan_files: tuple[Path, Path]) -> None:
    """Two processes with different hash seeds print the same bytes: no set order leaks out."""
    first = run_process(*plan_files, env={**os.environ, "PYTHONHASHSEED": "1"})
    second = run_process(*plan_files, env={**os.environ, "PYTHONHASHSEED": "2"})
    assert first.returncode == second.returncode == 0, first.stderr
    assert not first.stderr
    assert json.loads(first.stdout)["matches"]
    assert first.stdout == second.stdout


def test_outdir_writes_every_report(plan_files: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main([*map(str, plan_files), "-o", str(out), "--focus", "north"]) == 0
    names = {p.name for p in out.iterdir()}
    assert {"clusters.csv", "comparison.json", "coverage.csv", "gaps.csv", "matches.csv", "report.md"} <= names
    data = json.loads((out / "comparison.json").read_text(encoding="utf-8"))
    assert data["focus"] == "North University"
    assert data["findings"][0]["institution"] == "North University"
    assert (out / "matches.csv").read_text(encoding="utf-8").startswith("institution_a,")


def test_missing_input_is_one_line_error_and_exit_1(plan_files: tuple[Path, Path], tmp_path: Path, run: Runner) -> None:
    missing = tmp_path / "nope.json"
    done = run(*plan_files, missing)
    assert done.returncode == 1
    assert json.loads(done.stdout)["matches"] is not None
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [f"Error: {missing}: no such file or folder"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [("{not json", "not valid JSON"), ('{"actions": [{"ref": 1}]}', "not a valid plan"), ("[]", "not a plan")],
    ids=["bad-json", "bad-plan", "not-a-plan"],
)
def test_bad_json_input(plan_files: tuple[Path, Path], tmp_path: Path, content: str, reason: str, run: Runner) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    done = run(*plan_files, bad)
    assert done.returncode == 1
    line = done.stderr.strip().splitlines()[-1]
    assert line.startswith(f"Error: {bad}: ")
    assert reason in line


@pytest.mark.parametrize(
    "args",
    [[], ["--format", "xml", "a.json"], ["search"], ["--same-threshold", "x", "a.json"]],
    ids=["no-inputs", "bad-format", "search-no-query", "bad-number"],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert main(args) == 2


def test_one_plan_is_a_usage_error(plan_files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(plan_files[0])]) == 2
    assert "need at least two plans" in capsys.readouterr().err


def test_unknown_focus(plan_files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*map(str, plan_files), "--focus", "Nowhere"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("Error: unknown focus institution 'Nowhere'")
    assert "\n" not in err


def test_search(plan_files: tuple[Path, Path], run: Runner) -> None:
    done = run("search", "mentoring for technicians", *plan_files)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["query_practices"] == ["mentoring"]
    top = data["hits"][0]["action"]
    assert "mentor" in top["text"].lower()
    assert {"institution", "pillar", "measures", "provenance"} <= set(top)


@pytest.mark.parametrize("fmt", ["md", "csv"], ids=["md", "csv"])
def test_other_formats(plan_files: tuple[Path, Path], fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*map(str, plan_files), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Technician Commitment plans compared" if fmt == "md" else "institution_a,")


@pytest.mark.parametrize("command", [[], ["search"]], ids=["compare", "search"])
def test_help_has_example(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*command, "--help"]) == 0
    assert "Example:" in capsys.readouterr().out


def test_user_taxonomy_extends(plan_files: tuple[Path, Path], tmp_path: Path, run: Runner) -> None:
    extra = tmp_path / "extra.toml"
    extra.write_text(
        '[[practice]]\nid = "newsletter"\npillar = "visibility"\nlabel = "Newsletter"\n'
        'description = "A regular technician newsletter."\nterms = ["newsletter"]\n',
        encoding="utf-8",
    )
    done = run(*plan_files, "--taxonomy", extra)
    assert done.returncode == 0, done.stderr
    assert "newsletter" in json.loads(done.stdout)["coverage"]["practices"]
    broken = tmp_path / "broken.toml"
    broken.write_text("[[practice]]\nid = 'Bad Id'\n", encoding="utf-8")
    failed = run(*plan_files, "--taxonomy", broken)
    assert failed.returncode == 2
    assert failed.stderr.startswith(f"Error: {broken.resolve()}: bad taxonomy entry")


def test_a_plan_given_twice_is_compared_once_and_the_report_says_why(
    plan_files: tuple[Path, Path], tmp_path: Path, run: Runner
) -> None:
    north, south = plan_files
    copy = tmp_path / "north_copy.json"
    copy.write_bytes(north.read_bytes())
    out = tmp_path / "out"
    done = run(north, south, copy, "-o", out, "--reports", "html")
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if "another rendition" in line]
    assert len(warnings) == 1, done.stderr
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "each plan is compared once: north_copy.json (as north.json)" in page
