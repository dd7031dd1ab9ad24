"""Batch runs: `tc-extract DIR... -o CORPUS` builds an incremental, crash-safe corpus.

What a run does:

1. Walks the given folders for plan files (pdf, txt, md; hidden files and the
   corpus folder itself are skipped) and takes the given files as they are.
2. Decides per file whether to read it. The content hash (sha256) is the truth;
   a (path, size, mtime_ns) -> sha256 cache in the corpus means an unchanged
   file is not even opened. A file whose hash, extractor version and settings
   are unchanged is skipped (`unchanged`).
3. Extracts the rest in parallel worker processes (`--jobs`, default: the CPU
   cores). Each file runs under a time limit and an address-space limit
   (`resource.setrlimit(RLIMIT_AS)`); a worker that overruns is killed, the
   file is reported as failed (`timeout`, `out_of_memory`) and the batch goes on.
4. Commits each file's outcome in its own SQLite transaction, then writes the
   plan's JSON file (and CSV / Markdown with `--format`) atomically.
5. Reports files that have gone since an earlier run as `missing` (their plans
   are kept and flagged), writes `CORPUS/summary.json` and a short summary on
   stderr, and exits 1 if any file failed, else 0.

A run killed at any point (Ctrl-C or SIGKILL) leaves a consistent corpus: the
database never holds half a plan, and the next run repairs the plan files,
removes orphaned temporary files and extracts what is left.

Browsing the corpus: `CORPUS/corpus.sqlite` is a plain SQLite database, so any
SQLite tool opens it (`sqlite3 CORPUS/corpus.sqlite`). For a web view with
faceting and SQL, install Datasette separately (`pip install datasette`) and run
`datasette CORPUS/corpus.sqlite`: the `plans` table has one row per plan
(institution, period, layout, action count, `missing`, `last_changed_run`),
`actions` one row per action (pillar, text, owners, dates, status), `warnings`
what the extractor was unsure about, `failures` the files that could not be
read with a one-line reason, `sources` every input file with its sha256, and
`runs` what each batch run added, changed and skipped. Datasette can run
beside a batch (the journal is WAL, readers never block the writer); its faster
`--immutable` mode assumes the file never changes, so use that only while no
batch runs.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import sqlite3
import stat
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, TextIO

from extractor.corpus import SUMMARY_FILE, Corpus, CorpusError, FileStat, SourceRecord
from extractor.errors import ErrorCode, ExtractionError
from extractor.export import OutputFormat
from extractor.files import write_atomically
from extractor.progress import ProgressBar
from extractor.result import ExtractionResult, Problem, ResultStatus
from extractor.settings import ExtractionSettings

logger = logging.getLogger(__name__)

ExtractFunction = Callable[[Path, dict[str, Any]], ExtractionResult]

# Failures worth another try on an unchanged file: they depend on the limits or
# on the machine, not only on the file.
RETRY_CODES = frozenset({ErrorCode.TIMEOUT.value, ErrorCode.OUT_OF_MEMORY.value, ErrorCode.INTERNAL.value})

EXIT_OK = 0
EXIT_FAILED = 1


@dataclass(frozen=True)
class BatchOptions:
    """How a batch runs. `extract_function` replaces `extractor.extract_plan` (embedding, tests)."""

    output_format: str = OutputFormat.JSON.value
    jobs: int | None = None
    timeout: float = 120.0
    max_memory_mb: int = 2048
    progress: bool = True
    settings: dict[str, str] = field(default_factory=dict)
    extract_function: ExtractFunction | None = None


@dataclass(frozen=True)
class InputFile:
    key: str  # resolved absolute path: the identity of the file in the corpus
    display_path: str  # as reached from the path the user gave
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class FileOutcome:
    """One line of the summary."""

    path: str
    status: str  # added | changed | unchanged | failed | missing
    plan_id: str | None = None
    actions: int | None = None
    code: str | None = None
    message: str | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "actions": self.actions,
            "code": self.code,
            "message": self.message,
            "path": self.path,
            "plan_id": self.plan_id,
            "status": self.status,
        }


@dataclass(frozen=True)
class _Task:
    task_id: int
    file: InputFile
    stat: FileStat


# -- walking and hashing ---------------------------------------------------------


def walk_inputs(paths: Sequence[Path], *, exclude: Sequence[Path] = ()) -> tuple[list[InputFile], list[FileOutcome]]:
    """Plan files under `paths`, sorted by display path, plus a failure per path that does not exist.

    Folders are walked without following symlinked folders; hidden files and
    folders and the `exclude` folders (the corpus itself) are skipped. A file
    given by name is taken whatever its suffix: the extractor says whether it can
    read it. A file reached twice is listed once.
    """
    from extractor.sources import is_plan_file_name

    excluded = {p.resolve() for p in exclude}
    found: dict[str, InputFile] = {}
    problems: list[FileOutcome] = []

    def add(path: Path) -> None:
        try:
            info = path.stat()
            key = str(path.resolve())
        except OSError as exc:
            problems.append(_failure(str(path), ErrorCode.NOT_FOUND, f"cannot be read ({exc.strerror or exc})"))
            return
        if stat.S_ISREG(info.st_mode) and key not in found:
            found[key] = InputFile(key=key, display_path=str(path), size=info.st_size, mtime_ns=info.st_mtime_ns)

    for path in paths:
        if path.is_dir():
            if path.resolve() in excluded:
                continue
            for dirpath, dirnames, filenames in os.walk(path):
                here = Path(dirpath)
                dirnames[:] = sorted(
                    d for d in dirnames if not d.startswith(".") and (here / d).resolve() not in excluded
                )
                for name in sorted(filenames):
                    if is_plan_file_name(name):
                        add(here / name)
        elif path.exists():
            add(path)
        else:
            problems.append(_failure(str(path), ErrorCode.NOT_FOUND, "no such file or folder"))
    files = sorted(found.values(), key=lambda f: (f.display_path, f.key))
    return files, problems


def hash_file(path: str | Path) -> str:
    with Path(path).open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def settings_fingerprint(settings: ExtractionSettings) -> str:
    """Changing a setting (e.g. --institution) must re-read files, so it is part of the cache key."""
    text = json.dumps(settings.model_dump(mode="json"), sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _failure(path: str, code: ErrorCode, reason: str) -> FileOutcome:
    return FileOutcome(
        path=path, status="failed", code=code.value, message=ExtractionError(code, path, reason).one_line()
    )


def _failed_result(path: str, code: ErrorCode, reason: str) -> ExtractionResult:
    return ExtractionResult(
        source=path,
        status=ResultStatus.FAILED,
        problems=[Problem(code=code.value, message=ExtractionError(code, path, reason).one_line())],
    )


# -- worker processes ------------------------------------------------------------


def _default_extract(path: Path, settings: dict[str, Any]) -> ExtractionResult:
    from extractor import extract_plan

    return extract_plan(path, settings)


def _die_with_parent() -> None:
    """Linux: have the kernel kill this worker when the batch process dies (even by SIGKILL)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL))  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        logger.debug("prctl(PR_SET_PDEATHSIG) unavailable")


def _limit_memory(max_memory_mb: int) -> None:
    if max_memory_mb <= 0:
        return
    try:
        import resource
    except ImportError:  # not POSIX: no limit
        return
    limit = max_memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError) as exc:
        logger.warning("cannot limit worker memory to %d MB: %s", max_memory_mb, exc)


def _extract_safely(fn: ExtractFunction, path: str, settings: dict[str, Any]) -> ExtractionResult:
    try:
        result = fn(Path(path), settings)
    except MemoryError:
        return _failed_result(path, ErrorCode.OUT_OF_MEMORY, "ran out of memory")
    except Exception as exc:
        reason = f"unexpected {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
        return _failed_result(path, ErrorCode.INTERNAL, reason)
    if not isinstance(result, ExtractionResult):
        return _failed_result(path, ErrorCode.INTERNAL, f"extractor returned {type(result).__name__}")
    return result


def _worker_main(
    conn: Connection,
    parent_end: Connection,
    fn: ExtractFunction,
    settings: dict[str, Any],
    max_memory_mb: int,
    parent_pid: int,
) -> None:
    """Serve extraction requests `(task_id, path)` until told to stop (None) or orphaned."""
    parent_end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the batch process decides how to stop
    _die_with_parent()
    _limit_memory(max_memory_mb)
    while True:
        try:
            while not conn.poll(0.5):
                if os.getppid() != parent_pid:
                    return
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        task_id, path = message
        result = _extract_safely(fn, path, settings)
        restart = any(p.code == ErrorCode.OUT_OF_MEMORY.value for p in result.problems)
        try:
            conn.send((task_id, result.model_dump_json(), restart))
        except (OSError, ValueError):
            return
        if restart:  # a fresh process rather than a fragmented heap
            return


@dataclass
class _Slot:
    process: BaseProcess
    conn: Connection
    task: _Task | None = None
    deadline: float = 0.0


def _death_result(path: str, exitcode: int | None) -> ExtractionResult:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        if -exitcode == signal.SIGKILL:
            return _failed_result(path, ErrorCode.OUT_OF_MEMORY, f"worker was killed ({name}), most likely for memory")
        return _failed_result(path, ErrorCode.INTERNAL, f"worker crashed ({name})")
    return _failed_result(path, ErrorCode.INTERNAL, f"worker exited unexpectedly (exit code {exitcode})")


class WorkerPool:
    """Long-lived worker processes, each handling one file at a time.

    Unlike `ProcessPoolExecutor`, one worker can be killed (time limit, crash)
    without breaking the others: it is replaced and the batch goes on.
    """

    def __init__(
        self, size: int, fn: ExtractFunction, settings: dict[str, Any], *, timeout: float, max_memory_mb: int
    ) -> None:
        methods = multiprocessing.get_all_start_methods()
        # fork starts workers with the parent's imports already loaded; spawn where fork is missing.
        self._ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.size = max(size, 1)
        self.fn = fn
        self.settings = dict(settings)
        self.timeout = timeout
        self.max_memory_mb = max_memory_mb
        self._slots: list[_Slot] = []

    def _start(self) -> _Slot:
        parent_end, child_end = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(
            target=_worker_main,
            args=(child_end, parent_end, self.fn, self.settings, self.max_memory_mb, os.getpid()),
            name="tc-extract-worker",
            daemon=True,
        )
        process.start()
        child_end.close()
        slot = _Slot(process=process, conn=parent_end)
        self._slots.append(slot)
        return slot

    def _retire(self, slot: _Slot, *, kill: bool) -> None:
        if slot in self._slots:
            self._slots.remove(slot)
        if kill and slot.process.is_alive():
            slot.process.kill()
        slot.process.join(timeout=5)
        slot.conn.close()

    def _assign(self, slot: _Slot, task: _Task) -> bool:
        try:
            slot.conn.send((task.task_id, task.file.display_path))
        except (OSError, ValueError):
            self._retire(slot, kill=True)
            return False
        slot.task = task
        slot.deadline = time.monotonic() + self.timeout
        return True

    def results(self, tasks: Sequence[_Task]) -> Iterator[tuple[_Task, ExtractionResult]]:
        """Yield each task with its result as workers finish them (completion order)."""
        queue = deque(tasks)
        try:
            while queue or any(s.task is not None for s in self._slots):
                for slot in [s for s in self._slots if s.task is None]:
                    if queue and self._assign(slot, queue[0]):
                        queue.popleft()
                while queue and len(self._slots) < self.size:
                    if self._assign(self._start(), queue[0]):
                        queue.popleft()
                busy = [s for s in self._slots if s.task is not None]
                if not busy:
                    continue
                wait = max(min(s.deadline for s in busy) - time.monotonic(), 0.0)
                ready = multiprocessing.connection.wait(
                    [s.conn for s in busy] + [s.process.sentinel for s in busy], timeout=wait
                )
                for slot in busy:
                    yield from self._collect(slot, ready)
        finally:
            self.close()

    def _collect(self, slot: _Slot, ready: Sequence[object]) -> Iterator[tuple[_Task, ExtractionResult]]:
        task = slot.task
        assert task is not None
        path = task.file.display_path
        if slot.conn in ready or slot.process.sentinel in ready:
            try:
                has_message = slot.conn.poll()
                message = slot.conn.recv() if has_message else None
            except (EOFError, OSError):
                message = None
            if message is None:
                slot.process.join(timeout=5)
                exitcode = slot.process.exitcode
                self._retire(slot, kill=True)
                yield task, _death_result(path, exitcode)
                return
            task_id, payload, restart = message
            slot.task = None
            if restart:
                self._retire(slot, kill=False)
            if task_id != task.task_id:  # cannot happen with one request in flight; never trust it silently
                yield task, _failed_result(path, ErrorCode.INTERNAL, "worker answered for another file")
                return
            yield task, ExtractionResult.model_validate_json(payload)
            return
        if time.monotonic() >= slot.deadline:
            self._retire(slot, kill=True)
            yield task, _failed_result(path, ErrorCode.TIMEOUT, f"stopped after {self.timeout:g} s")

    def close(self) -> None:
        for slot in list(self._slots):
            if slot.task is None:
                with contextlib.suppress(OSError, ValueError):
                    slot.conn.send(None)
            else:
                slot.process.kill()
        for slot in list(self._slots):
            slot.process.join(timeout=5)
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join(timeout=5)
            slot.conn.close()
        self._slots.clear()


# -- the run -----------------------------------------------------------------------


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _validate(options: BatchOptions) -> tuple[OutputFormat, ExtractionSettings, int]:
    try:
        fmt = OutputFormat(options.output_format)
    except ValueError as exc:
        known = ", ".join(f.value for f in OutputFormat)
        raise ExtractionError(
            ErrorCode.BAD_SETTINGS, None, f"unknown format {options.output_format!r}; known formats are {known}"
        ) from exc
    jobs = options.jobs if options.jobs is not None else default_jobs()
    if jobs < 1:
        raise ExtractionError(ErrorCode.BAD_SETTINGS, None, f"--jobs must be at least 1, not {jobs}")
    if options.timeout <= 0:
        raise ExtractionError(ErrorCode.BAD_SETTINGS, None, f"--timeout must be positive, not {options.timeout:g}")
    if options.max_memory_mb < 0:
        raise ExtractionError(ErrorCode.BAD_SETTINGS, None, "--max-memory must be 0 (no limit) or more")
    return fmt, ExtractionSettings.resolve(options.settings), jobs


class _Run:
    """The state of one batch run over an open corpus."""

    def __init__(
        self, corpus: Corpus, run_id: int, fmt: OutputFormat, version: str, settings_hash: str, bar: ProgressBar
    ) -> None:
        self.corpus = corpus
        self.run_id = run_id
        self.fmt = fmt
        self.version = version
        self.settings_hash = settings_hash
        self.bar = bar
        self.outcomes: list[FileOutcome] = []

    def record(self, outcome: FileOutcome, *, advance: bool = True) -> None:
        self.outcomes.append(outcome)
        if advance:
            counts = Counter(o.status for o in self.outcomes)
            note = ", ".join(f"{counts[s]} {s}" for s in ("failed", "unchanged") if counts[s])
            self.bar.advance(note=note)

    def triage(self, files: Sequence[InputFile], known: Mapping[str, SourceRecord]) -> list[_Task]:
        """Skip what is unchanged; return what needs reading, largest first to balance the workers."""
        tasks: list[_Task] = []
        seen: list[FileStat] = []
        for file in files:
            previous = known.get(file.key)
            if previous is not None and (previous.size, previous.mtime_ns) == (file.size, file.mtime_ns):
                digest = previous.sha256  # stat unchanged: trust the cached hash, do not open the file
            else:
                try:
                    digest = hash_file(file.key)
                except OSError as exc:
                    reason = f"cannot be read ({exc.strerror or exc})"
                    self.record(_failure(file.display_path, ErrorCode.NOT_FOUND, reason))
                    continue
            file_stat = FileStat(file.key, file.display_path, file.size, file.mtime_ns, digest)
            if (
                previous is not None
                and previous.sha256 == digest
                and previous.extractor_version == self.version
                and previous.settings_hash == self.settings_hash
            ):
                if previous.status != "failed":
                    seen.append(file_stat)
                    self.record(FileOutcome(file.display_path, "unchanged", plan_id=previous.plan_id))
                    continue
                if previous.error_code not in RETRY_CODES:
                    seen.append(file_stat)
                    self.record(
                        FileOutcome(
                            file.display_path,
                            "failed",
                            plan_id=previous.plan_id,
                            code=previous.error_code,
                            message=previous.error_message,
                        )
                    )
                    continue
            tasks.append(_Task(task_id=len(tasks), file=file, stat=file_stat))
        self.corpus.touch_sources(self.run_id, seen)
        tasks.sort(key=lambda t: (-t.file.size, t.file.display_path))
        return [_Task(task_id=i, file=t.file, stat=t.stat) for i, t in enumerate(tasks)]

    def store(self, task: _Task, result: ExtractionResult) -> None:
        """Commit one file's outcome, then write its plan files."""
        path = task.file.display_path
        file_stat = task.stat
        plan = result.plan
        if plan is None or result.status is ResultStatus.FAILED:
            problem = result.problems[0] if result.problems else None
            code = problem.code if problem else ErrorCode.INTERNAL.value
            message = problem.message if problem else f"{path}: extraction failed without a reason"
            self.corpus.save_failure(
                self.run_id,
                file_stat,
                code=code,
                message=message,
                extractor_version=self.version,
                settings_hash=self.settings_hash,
            )
            self.record(FileOutcome(path, "failed", code=code, message=message))
            return
        if plan.source.sha256 != file_stat.sha256:
            # The file changed while it was read: keep the hash of what was read and
            # spoil the stat cache so the next run hashes the file again.
            logger.warning("%s changed while it was being read; the next run reads it again", path)
            file_stat = FileStat(file_stat.path, path, -1, -1, plan.source.sha256)
        saved = self.corpus.save_plan(
            self.run_id,
            file_stat,
            plan=plan,
            status=result.status.value,
            extractor_version=self.version,
            settings_hash=self.settings_hash,
        )
        self.corpus.write_plan_files(saved.plan_id, plan, [self.fmt], previous_plan_id=saved.previous_plan_id)
        self.record(FileOutcome(path, saved.change, plan_id=saved.plan_id, actions=len(plan.actions)))

    def find_missing(self, seen_keys: set[str], known: Mapping[str, SourceRecord]) -> None:
        """Known files that have gone: keep (and flag) their plans; forget failures with no plan."""
        gone = [r for key, r in sorted(known.items()) if key not in seen_keys and not Path(key).is_file()]
        self.corpus.mark_missing(r.path for r in gone)
        self.corpus.forget_sources(r.path for r in gone if r.plan_id is None)
        for record in gone:
            self.outcomes.append(FileOutcome(record.display_path, "missing", plan_id=record.plan_id))

    def counts(self) -> dict[str, int]:
        by_status = Counter(o.status for o in self.outcomes)
        counts = {s: by_status[s] for s in ("added", "changed", "unchanged", "failed", "missing")}
        counts["extracted"] = counts["added"] + counts["changed"]
        counts["files"] = sum(n for s, n in by_status.items() if s != "missing")
        return dict(sorted(counts.items()))


def run_batch(paths: list[Path], outdir: Path, options: BatchOptions, *, stream: TextIO | None = None) -> int:
    """Extract every plan under `paths` into the corpus at `outdir`; returns the exit code (0, or 1 if any failed).

    Example: run_batch([Path("plans/")], Path("corpus/"), BatchOptions(jobs=2))
    """
    from extractor import __version__

    err = stream if stream is not None else sys.stderr
    fmt, settings, jobs = _validate(options)
    settings_hash = settings_fingerprint(settings)
    files, not_found = walk_inputs(paths, exclude=[outdir])
    if not files and not not_found:
        logger.warning("no pdf, txt or md files found under %s", ", ".join(str(p) for p in paths))
    try:
        with Corpus(outdir, create=True) as corpus:
            corpus.reconcile_files([fmt])
            known = corpus.sources()
            run_id = corpus.begin_run(__version__, [str(p) for p in paths])
            bar = ProgressBar(len(files) + len(not_found), stream=err, enabled=None if options.progress else False)
            run = _Run(corpus, run_id, fmt, __version__, settings_hash, bar)
            try:
                for outcome in not_found:
                    run.record(outcome)
                tasks = run.triage(files, known)
                if tasks:
                    _extract_all(run, tasks, options, jobs)
                run.find_missing({f.key for f in files}, known)
                counts = run.counts()
                corpus.finish_run(run_id, counts)
            except BaseException:
                bar.close()
                try:
                    corpus.finish_run(run_id, run.counts(), status="interrupted")
                except Exception:
                    logger.debug("could not mark run %d interrupted", run_id, exc_info=True)
                raise
            bar.close()
        exit_code = EXIT_FAILED if counts["failed"] else EXIT_OK
        summary = build_summary(run_id, __version__, counts, run.outcomes, exit_code)
        write_atomically(
            outdir / SUMMARY_FILE, json.dumps(summary, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        )
    except (OSError, sqlite3.Error) as exc:  # disk full, permissions, a damaged database...
        reason = f"{exc.strerror}: {exc.filename}" if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise CorpusError(outdir, f"batch stopped: {reason}") from exc
    err.write(format_summary(outdir, counts, run.outcomes))
    err.flush()
    return exit_code


def _extract_all(run: _Run, tasks: Sequence[_Task], options: BatchOptions, jobs: int) -> None:
    fn = options.extract_function or _default_extract
    _preload_for_workers()
    pool = WorkerPool(
        min(jobs, len(tasks)), fn, dict(options.settings), timeout=options.timeout, max_memory_mb=options.max_memory_mb
    )
    logger.info("extracting %d files with %d workers", len(tasks), pool.size)
    for task, result in pool.results(tasks):
        run.store(task, result)


def _preload_for_workers() -> None:
    """Import the PDF stack once in the parent, so forked workers start with it loaded."""
    try:
        import pdfplumber  # noqa: F401
    except ImportError:
        logger.debug("pdfplumber not importable in the parent")


def build_summary(
    run_id: int, version: str, counts: Mapping[str, int], outcomes: Sequence[FileOutcome], exit_code: int
) -> dict[str, object]:
    """The machine-readable summary: sorted, no timestamps, so equal runs give equal bytes."""
    ordered = sorted(outcomes, key=lambda o: (o.path, o.status))
    return {
        "corpus": "corpus.sqlite",
        "counts": dict(sorted(counts.items())),
        "exit_code": exit_code,
        "extractor_version": version,
        "files": [o.as_json() for o in ordered],
        "run": run_id,
    }


def format_summary(outdir: Path, counts: Mapping[str, int], outcomes: Sequence[FileOutcome]) -> str:
    """The human summary for stderr: one count line, then one line per failed or missing file."""
    lines = [
        f"{outdir}: {counts['files']} files: {counts['extracted']} extracted"
        f" ({counts['added']} added, {counts['changed']} changed), {counts['unchanged']} unchanged,"
        f" {counts['failed']} failed, {counts['missing']} missing"
    ]
    for outcome in sorted(outcomes, key=lambda o: o.path):
        if outcome.status == "failed":
            lines.append(f"  failed: {outcome.message or outcome.path}")
        elif outcome.status == "missing":
            kept = f" (plan {outcome.plan_id} kept)" if outcome.plan_id else ""
            lines.append(f"  missing: {outcome.path}{kept}")
    return "\n".join(lines) + "\n"
