"""Bad and awkward input files, through the API and the CLI.

Every fixture from tests/fixtures/make_fixtures.py runs three ways, each in a child
process under a time limit and a 2 GB address-space limit (RLIMIT_AS):

- `api`: `extractor.extract_plan(path)` -> ExtractionResult (as JSON);
- `cli`: `python -m extractor PATH` -> plan JSON on stdout, or exit 1 with exactly
  one "Error: <path>: <reason>" line on stderr, nothing on stdout, no traceback;
- `cli-o`: `python -m extractor PATH -o OUTDIR` -> the plan file in OUTDIR/plans,
  or exit 1 with one stderr line naming the file, its code in summary.json, and no
  plan or temporary file left behind.

A file is either refused with one of the codes its fixture allows, or read
correctly (the fixture lists the actions it must yield). Limits and the reasons
for them: tests/fixtures/README.md.
"""

from __future__ import annotations

import importlib.util
import json
import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from paths import FIXTURES_DIR, PROJECT_DIR

MEMORY_LIMIT = 2 * 1024**3  # bytes of address space per child process
MODES = ("api", "cli", "cli-o")
API_SCRIPT = (
    "import sys\nfrom extractor import extract_plan\nsys.stdout.write(extract_plan(sys.argv[1]).model_dump_json())\n"
)


def _load_make_fixtures() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES_DIR / "make_fixtures.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


make = _load_make_fixtures()
FIXTURES = {fixture.name: fixture for fixture in make.fixtures()}

# Cases that fail today, with the reason; strict, so a fix shows up as XPASS.
KNOWN_FAILURES: dict[tuple[str, str], str] = {}


# --- running child processes -------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    returncode: int | None  # None: killed at the time limit
    stdout: str
    stderr: str
    seconds: float
    outdir: Path | None = None


def _limit_memory() -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def run_python(args: list[str], time_limit: float, *, outdir: Path | None = None) -> Run:
    """Run `python ARGS` in its own process group under the memory limit; kill the group at the time limit."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    start = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, *args],
        cwd=PROJECT_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
        start_new_session=True,
        preexec_fn=_limit_memory,  # runs in the child between fork and exec
    )
    try:
        stdout, stderr = process.communicate(timeout=time_limit)
        returncode: int | None = process.returncode
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        returncode = None
    return Run(returncode, stdout, stderr, time.monotonic() - start, outdir)


def start_run(name: str, mode: str, path: Path, workdir: Path) -> Run:
    fixture = FIXTURES[name]
    if mode == "api":
        return run_python(["-c", API_SCRIPT, str(path)], fixture.time_limit)
    if mode == "cli":
        return run_python(["-m", "extractor", str(path)], fixture.time_limit)
    outdir = workdir / f"out-{name}"
    args = ["-m", "extractor", str(path), "-o", str(outdir), "--no-progress", "--jobs", "1"]
    args += ["--timeout", f"{fixture.time_limit:g}"]
    return run_python(args, fixture.time_limit + 30, outdir=outdir)


class Runner:
    """Runs the three modes of a fixture side by side, so its three tests share the wait."""

    def __init__(self, paths: dict[str, Path], workdir: Path) -> None:
        self.paths = paths
        self.workdir = workdir
        self.pool = ThreadPoolExecutor(max_workers=len(MODES))
        self.futures: dict[tuple[str, str], Future[Run]] = {}

    def result(self, name: str, mode: str) -> Run:
        if (name, mode) not in self.futures:
            for each in MODES:
                self.futures[(name, each)] = self.pool.submit(start_run, name, each, self.paths[name], self.workdir)
        return self.futures.pop((name, mode)).result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


@pytest.fixture(scope="session")
def fixture_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make.make_fixtures(tmp_path_factory.mktemp("bad-inputs"))


@pytest.fixture(scope="session")
def runner(fixture_paths: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runner]:
    runs = Runner(fixture_paths, tmp_path_factory.mktemp("bad-input-runs"))
    yield runs
    runs.close()


# --- what a correct outcome looks like --------------------------------------------------


def fold(text: str) -> str:
    return " ".join(text.split())


def check_plan(plan: dict[str, Any], expected: Any) -> None:
    """The plan holds the expected actions, field by field, in order."""
    actions = plan["actions"]
    if expected.action_count is not None:
        assert len(actions) == expected.action_count
        pairs = [(actions[0], expected.actions[0]), (actions[-1], expected.actions[-1])]
    else:
        assert [fold(a["text"]) for a in actions] == [fold(e.text) for e in expected.actions]
        pairs = list(zip(actions, expected.actions, strict=True))
    for action, want in pairs:
        got = {
            "text": fold(action["text"]),
            "ref": action["ref"],
            "owners": tuple(action["owners"]),
            "start": (action["start"] or {}).get("raw"),
            "end": (action["end"] or {}).get("raw"),
        }
        assert got == {
            "text": fold(want.text),
            "ref": want.ref,
            "owners": want.owners,
            "start": want.start_raw,
            "end": want.end_raw,
        }
    if expected.all_dates_unread:
        for action in actions:
            for key in ("start", "end"):
                value = action[key]
                assert value is None or (value["date"], value["recurrence"]) == (None, None), (key, value)
    codes = {w["code"] for w in plan["warnings"]}
    assert expected.warnings <= codes, f"missing warnings {sorted(expected.warnings - codes)}"


def check_refusal_line(line: str, path: Path) -> None:
    """One line that names the file and says why."""
    assert "\n" not in line.strip()
    assert str(path) in line, line
    reason = line.split(str(path), 1)[1].strip(" :")
    assert len(reason) > 5, f"no reason given: {line!r}"


def check_api(run: Run, path: Path, expected: Any) -> None:
    assert run.returncode == 0, f"API run crashed: {run.stderr[-2000:]}"
    result = json.loads(run.stdout)
    if result["status"] == "failed" and expected.errors:
        assert result["plan"] is None
        assert len(result["problems"]) == 1, result["problems"]
        problem = result["problems"][0]
        assert problem["code"] in expected.errors
        check_refusal_line(problem["message"], path)
        return
    assert not expected.refused, f"expected a refusal ({sorted(expected.errors)}), got {result['status']}"
    assert result["status"] in {"ok", "partial"}, result["problems"]
    if expected.warnings:
        assert result["status"] == "partial"
    check_plan(result["plan"], expected)


def check_cli(run: Run, path: Path, expected: Any) -> None:
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    if run.returncode != 0 and expected.errors:
        assert run.returncode == 1
        assert run.stdout == ""
        lines = run.stderr.splitlines()
        assert len(lines) == 1, lines
        assert lines[0].startswith("Error: ")
        check_refusal_line(lines[0], path)
        return
    assert not expected.refused, f"expected a refusal, got exit {run.returncode}: {run.stderr[-500:]}"
    assert run.returncode == 0, run.stderr[-2000:]
    check_plan(json.loads(run.stdout), expected)


def check_cli_outdir(run: Run, path: Path, expected: Any) -> None:
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    assert run.stdout == ""
    assert run.outdir is not None
    left = sorted(p.relative_to(run.outdir).as_posix() for p in run.outdir.rglob("*") if p.is_file())
    temporary = [name for name in left if ".tmp" in name or name.endswith((".part", "~"))]
    assert not temporary, f"temporary files left behind: {temporary}"
    plans = [name for name in left if name.startswith("plans/")]
    summary = json.loads((run.outdir / "summary.json").read_text(encoding="utf-8"))
    outcome = next(f for f in summary["files"] if f["path"] == str(path))
    if run.returncode != 0 and expected.errors:
        assert run.returncode == 1
        assert plans == [], f"plan files written for a refused input: {plans}"
        assert outcome["code"] in expected.errors
        naming = [line for line in run.stderr.splitlines() if str(path) in line]
        assert len(naming) == 1, run.stderr
        check_refusal_line(naming[0], path)
        return
    assert not expected.refused, f"expected a refusal, got exit {run.returncode}: {run.stderr[-500:]}"
    assert run.returncode == 0, run.stderr[-2000:]
    json_plans = [name for name in plans if name.endswith(".json")]
    assert len(json_plans) == 1, plans
    check_plan(json.loads((run.outdir / json_plans[0]).read_text(encoding="utf-8")), expected)


CHECKS = {"api": check_api, "cli": check_cli, "cli-o": check_cli_outdir}


def cases() -> list[Any]:
    params = []
    for name, fixture in FIXTURES.items():
        for mode in MODES:
            # The three modes of a fixture run side by side, so a test may wait for its siblings.
            marks = [pytest.mark.timeout(3 * fixture.time_limit + 60)]
            # Each case runs the extractor in its own process under limits: the full tier's job.
            marks.append(pytest.mark.slow)
            if (name, mode) in KNOWN_FAILURES:
                marks.append(pytest.mark.xfail(reason=KNOWN_FAILURES[(name, mode)], strict=True))
            params.append(pytest.param(name, mode, marks=marks, id=f"{name}-{mode}"))
    return params


@pytest.mark.parametrize(("name", "mode"), cases())
def test_bad_input(runner: Runner, fixture_paths: dict[str, Path], name: str, mode: str) -> None:
    fixture = FIXTURES[name]
    path = fixture_paths[name]
    run = runner.result(name, mode)
    limit = fixture.time_limit + (30 if mode == "cli-o" else 0)
    assert run.returncode is not None, f"{name} ({mode}) did not finish within {limit:g} s"
    CHECKS[mode](run, path, fixture.expected)


REFUSED_QUICKLY = [name for name, f in FIXTURES.items() if f.expected.refused and not f.slow]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", REFUSED_QUICKLY, ids=str)
def test_extract_raises_typed_error(fixture_paths: dict[str, Path], name: str) -> None:
    """`extract` (unlike `extract_plan`) raises, with the code and a one-line message."""
    from extractor import ExtractionError, extract

    path = fixture_paths[name]
    with pytest.raises(ExtractionError) as caught:
        extract(path)
    assert caught.value.code.value in FIXTURES[name].expected.errors
    check_refusal_line(str(caught.value), path)


def test_fixture_catalogue_covers_the_issue() -> None:
    required = {
        "empty.pdf",
        "truncated.pdf",
        "random-bytes.pdf",
        "encrypted-user-password.pdf",
        "encrypted-empty-password.pdf",
        "scanned.pdf",
        "many-pages.pdf",
        "inflation-bomb.pdf",
        "plan-cp1252.txt",
        "plan-utf16.txt",
        "large-10mb.txt",
        "no-plan.txt",
        "one-action.txt",
        "duplicate-refs.txt",
        "no-header.txt",
        "unparseable-dates.txt",
        "corrupt.docx",
        "pdf-named.docx",
        "password-protected.xlsx",
        "legacy.xls",
        "legacy.doc",
        "legacy-doc-named.docx",
        "zip-bomb.xlsx",
        "million-rows.xlsx",
        "script-only-10mb.html",
        "empty.html",
        "plan-utf16.html",
    }
    assert required <= set(FIXTURES)


def image_only(data: bytes) -> bool:
    """Every page shows an image and not one character of text."""
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return all(page.images and not page.chars for page in pdf.pages)


FILE_CLAIMS: dict[str, Callable[[bytes], bool]] = {
    "empty.pdf": lambda data: data == b"",
    "truncated.pdf": lambda data: data.startswith(b"%PDF") and b"%%EOF" not in data,
    "random-bytes.pdf": lambda data: not data.startswith(b"%PDF"),
    "scanned.pdf": lambda data: image_only(data),
    "plan-utf16.txt": lambda data: data[:2] in (b"\xff\xfe", b"\xfe\xff"),
    "plan-cp1252.txt": lambda data: b"\xa3" in data and b"\x93" in data and b"\r\n" in data,
    "large-10mb.txt": lambda data: len(data) >= 10 * 1024 * 1024,
    "inflation-bomb.pdf": lambda data: len(data) < 1024 * 1024,
    "corrupt.docx": lambda data: data.startswith(b"PK\x03\x04") and b"PK\x05\x06" not in data,
    "pdf-named.docx": lambda data: data.startswith(b"%PDF"),
    "password-protected.xlsx": lambda data: (
        data.startswith(make.OLE_MAGIC) and "EncryptedPackage".encode("utf-16-le") in data
    ),
    "legacy.xls": lambda data: data.startswith(make.OLE_MAGIC) and "EncryptedPackage".encode("utf-16-le") not in data,
    "legacy.doc": lambda data: data.startswith(make.OLE_MAGIC) and "WordDocument".encode("utf-16-le") in data,
    "zip-bomb.xlsx": lambda data: len(data) < 1024 * 1024,
    "script-only-10mb.html": lambda data: len(data) >= 10 * 1024 * 1024 and data.count(b"<script") == 1,
    "empty.html": lambda data: data == b"",
    "plan-utf16.html": lambda data: data[:2] in (b"\xff\xfe", b"\xfe\xff"),
}


@pytest.mark.parametrize("name", sorted(FILE_CLAIMS), ids=str)
def test_fixture_is_what_it_claims(fixture_paths: dict[str, Path], name: str) -> None:
    assert FILE_CLAIMS[name](fixture_paths[name].read_bytes())


def test_many_pages_has_500_pages(fixture_paths: dict[str, Path]) -> None:
    import pdfplumber

    with pdfplumber.open(fixture_paths["many-pages.pdf"]) as pdf:
        assert len(pdf.pages) == 500


def test_inflation_bomb_inflates_to_hundreds_of_mb(fixture_paths: dict[str, Path]) -> None:
    import zlib

    data = fixture_paths["inflation-bomb.pdf"].read_bytes()
    stream = data.split(b"stream\n", 1)[1].rsplit(b"\nendstream", 1)[0]
    inflater = zlib.decompressobj()
    total = 0
    while stream:
        total += len(inflater.decompress(stream, 64 * 1024 * 1024))
        stream = inflater.unconsumed_tail
    assert total >= 300 * 1024 * 1024


def member_sizes(path: Path) -> dict[str, int]:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return {info.filename: info.file_size for info in archive.infolist()}


def test_zip_bomb_declares_hundreds_of_mb(fixture_paths: dict[str, Path]) -> None:
    assert member_sizes(fixture_paths["zip-bomb.xlsx"])["xl/worksheets/sheet1.xml"] >= 300 * 1024 * 1024


def test_million_rows_reaches_row_one_million(fixture_paths: dict[str, Path]) -> None:
    import zipfile

    with zipfile.ZipFile(fixture_paths["million-rows.xlsx"]) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    assert sheet.count(b'customFormat="1"') == make.MILLION
    assert f'<row r="{make.MILLION}"'.encode() in sheet


# --- a batch goes on past the bad files ---------------------------------------------------

GOOD_SAMPLE = PROJECT_DIR / "samples" / "ruled_table_status.docx"
BATCH_BAD = (
    "corrupt.docx",
    "pdf-named.docx",
    "password-protected.xlsx",
    "legacy-doc-named.docx",
    "zip-bomb.xlsx",
    "empty.html",
)
BATCH_SKIPPED = ("legacy.xls", "legacy.doc")  # a folder scan passes over suffixes no reader takes, saying why


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_batch_reads_the_good_plan_and_fails_each_bad_file(fixture_paths: dict[str, Path], tmp_path: Path) -> None:
    """A folder of one good Word plan and the bad Office and web files: the plan is read,
    each bad file fails with its own code and a reason naming it, legacy .xls/.doc files
    are skipped with their reason, and the run exits 1."""
    import shutil

    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copyfile(GOOD_SAMPLE, folder / GOOD_SAMPLE.name)
    for name in (*BATCH_BAD, *BATCH_SKIPPED):
        shutil.copyfile(fixture_paths[name], folder / name)
    outdir = tmp_path / "out"
    args = ["-m", "extractor", str(folder), "-o", str(outdir), "--no-progress", "--jobs", "2", "--timeout", "60"]
    run = run_python(args, 240, outdir=outdir)
    assert run.returncode == 1, run.stderr[-2000:]
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    summary = json.loads((outdir / "summary.json").read_text(encoding="utf-8"))
    outcomes = {Path(f["path"]).name: f for f in summary["files"]}
    assert set(outcomes) == {GOOD_SAMPLE.name, *BATCH_BAD}
    good = outcomes[GOOD_SAMPLE.name]
    assert good["status"] == "added"
    assert good["actions"] == 18
    for name in BATCH_BAD:
        outcome = outcomes[name]
        assert outcome["status"] == "failed", outcome
        assert outcome["code"] in FIXTURES[name].expected.errors, outcome
        check_refusal_line(outcome["message"], folder / name)
        naming = [line for line in run.stderr.splitlines() if str(folder / name) in line]
        assert len(naming) == 1, run.stderr
    assert summary["counts"]["failed"] == len(BATCH_BAD)
    skipped = {Path(s["path"]).name: s["reason"] for s in summary["skipped"]}
    assert set(skipped) == set(BATCH_SKIPPED)
    assert all("unsupported" in reason for reason in skipped.values()), skipped
    plans = [p.name for p in (outdir / "plans").iterdir()]
    assert len(plans) == 1, plans
