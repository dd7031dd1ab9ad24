"""Batch runs: `tc-extract DIR... -o CORPUS` builds an incremental, crash-safe corpus.

What a run does:

1. Walks the given folders for plan files (`extractor.walk`: hidden files and the
   corpus folder itself are left out, other files reported as skipped) and takes
   the given files as they are.
2. Decides per file whether to read it. The content hash (sha256) is the truth;
   a (path, size, mtime_ns) -> sha256 cache in the corpus means an unchanged
   file is not even opened. A file whose hash, extractor version and settings
   are unchanged is skipped (`unchanged`).
3. Extracts the rest in parallel worker processes (`extractor.workers`; `--jobs`,
   default: the CPU cores). Each file runs under a time limit and an address-space limit
   (`resource.setrlimit(RLIMIT_AS)`); a worker that overruns is killed, the
   file is reported as failed (`timeout`, `out_of_memory`) and the batch goes on.
4. Commits each file's outcome in its own SQLite transaction, then writes the
   plan's JSON file (and CSV / Markdown with `--format`) atomically.
5. Reports files that have gone since an earlier run as `missing` (their plans
   are kept and flagged), writes `CORPUS/summary.json` and returns a
   `BatchReport`: files read, unchanged, failed, missing, skipped and the plans
   read with low confidence. Printing it and choosing the exit code is the
   command line's business (`tcplans.extract_command`).

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

import hashlib
import json
import logging
import sqlite3
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from extractor.corpus import SUMMARY_FILE, Corpus, CorpusError, FileStat, SourceRecord, corpus_exists
from extractor.errors import ErrorCode, ExtractionError
from extractor.export import OutputFormat
from extractor.files import write_atomically
from extractor.progress import ProgressBar
from extractor.result import ExtractionResult, ResultStatus
from extractor.settings import ExtractionSettings
from extractor.walk import InputFile, SkippedFile, walk_inputs
from extractor.workers import ExtractFunction, WorkerPool, default_extract

logger = logging.getLogger(__name__)

# Failures worth another try on an unchanged file: they depend on the limits or
# on the machine, not only on the file.
RETRY_CODES = frozenset({ErrorCode.TIMEOUT.value, ErrorCode.OUT_OF_MEMORY.value, ErrorCode.INTERNAL.value})


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
class FileOutcome:
    """What happened to one input file in a run."""

    path: str
    status: str  # added | changed | unchanged | failed | missing
    plan_id: str | None = None
    actions: int | None = None
    code: str | None = None
    message: str | None = None
    quality_score: float | None = None
    low_confidence: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "actions": self.actions,
            "code": self.code,
            "message": self.message,
            "path": self.path,
            "plan_id": self.plan_id,
            "status": self.status,
        }


def count_outcomes(outcomes: Sequence[FileOutcome]) -> dict[str, int]:
    """Files per status, plus `extracted` (added or changed) and `files` (all but the missing)."""
    by_status = Counter(o.status for o in outcomes)
    counts = {s: by_status[s] for s in ("added", "changed", "unchanged", "failed", "missing")}
    counts["extracted"] = counts["added"] + counts["changed"]
    counts["files"] = sum(n for s, n in by_status.items() if s != "missing")
    return dict(sorted(counts.items()))


@dataclass(frozen=True)
class BatchReport:
    """What a batch run did, for the command line to print and judge."""

    corpus: Path
    run_id: int
    extractor_version: str
    outcomes: tuple[FileOutcome, ...]
    skipped: tuple[SkippedFile, ...] = ()

    def with_status(self, status: str) -> list[FileOutcome]:
        return sorted((o for o in self.outcomes if o.status == status), key=lambda o: o.path)

    @property
    def failed(self) -> list[FileOutcome]:
        return self.with_status("failed")

    @property
    def missing(self) -> list[FileOutcome]:
        return self.with_status("missing")

    @property
    def low_confidence(self) -> list[FileOutcome]:
        """Plans in the corpus (read now or unchanged) whose quality record says not to trust them."""
        return sorted((o for o in self.outcomes if o.low_confidence), key=lambda o: o.path)

    def counts(self) -> dict[str, int]:
        counts = count_outcomes(self.outcomes)
        counts["skipped"] = len(self.skipped)
        counts["low_confidence"] = len(self.low_confidence)
        return dict(sorted(counts.items()))

    def as_json(self) -> dict[str, object]:
        """The machine-readable summary: sorted, no timestamps, so equal runs give equal bytes."""
        ordered = sorted(self.outcomes, key=lambda o: (o.path, o.status))
        return {
            "corpus": "corpus.sqlite",
            "counts": self.counts(),
            "extractor_version": self.extractor_version,
            "files": [o.as_json() for o in ordered],
            "low_confidence": [
                {"path": o.path, "plan_id": o.plan_id, "score": o.quality_score} for o in self.low_confidence
            ],
            "run": self.run_id,
            "skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped],
        }


@dataclass(frozen=True)
class _Task:
    task_id: int
    file: InputFile
    stat: FileStat

    @property
    def path(self) -> str:
        return self.file.display_path


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


def default_jobs() -> int:
    import os

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
                    score, low = self.corpus.plan_quality(previous.plan_id) if previous.plan_id else (None, False)
                    self.record(
                        FileOutcome(
                            file.display_path,
                            "unchanged",
                            plan_id=previous.plan_id,
                            quality_score=score,
                            low_confidence=low,
                        )
                    )
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
        self.corpus.mirror.write(saved.plan_id, plan, [self.fmt], previous_plan_id=saved.previous_plan_id)
        quality = plan.quality
        self.record(
            FileOutcome(
                path,
                saved.change,
                plan_id=saved.plan_id,
                actions=len(plan.actions),
                quality_score=quality.score if quality else None,
                low_confidence=bool(quality and quality.low_confidence),
            )
        )

    def find_missing(self, seen_keys: set[str], known: Mapping[str, SourceRecord]) -> None:
        """Known files that have gone: keep (and flag) their plans; forget failures with no plan."""
        gone = [r for key, r in sorted(known.items()) if key not in seen_keys and not Path(key).is_file()]
        self.corpus.mark_missing(r.path for r in gone)
        self.corpus.forget_sources(r.path for r in gone if r.plan_id is None)
        for record in gone:
            self.outcomes.append(FileOutcome(record.display_path, "missing", plan_id=record.plan_id))

    def counts(self) -> dict[str, int]:
        return count_outcomes(self.outcomes)


def run_batch(
    paths: Sequence[Path], outdir: Path, options: BatchOptions, *, stream: TextIO | None = None
) -> BatchReport:
    """Extract every plan under `paths` into the corpus at `outdir`; returns what the run did.

    `stream` receives the progress bar (shown only at a terminal). Raises
    `ExtractionError` (not_found) when the paths hold no plan file and `outdir`
    holds no corpus yet, so a mistyped folder never leaves an empty corpus behind;
    `CorpusError` when the corpus cannot be used or written.

    Example: run_batch([Path("plans/")], Path("corpus/"), BatchOptions(jobs=2))
    """
    from extractor import __version__

    fmt, settings, jobs = _validate(options)
    settings_hash = settings_fingerprint(settings)
    walked = walk_inputs(paths, exclude=[outdir])
    if not walked.files and not corpus_exists(outdir):
        given = ", ".join(str(p) for p in paths)
        raise ExtractionError(ErrorCode.NOT_FOUND, given, no_plan_files_reason(walked.skipped))
    try:
        with Corpus(outdir, create=True) as corpus:
            corpus.mirror.reconcile(corpus.stored_plan_json(), [fmt])
            known = corpus.sources()
            run_id = corpus.begin_run(__version__, [str(p) for p in paths])
            total = len(walked.files) + len(walked.not_found)
            bar = ProgressBar(total, stream=stream, enabled=None if options.progress else False)
            run = _Run(corpus, run_id, fmt, __version__, settings_hash, bar)
            try:
                for gone in walked.not_found:
                    run.record(FileOutcome(gone.path, "failed", code=ErrorCode.NOT_FOUND.value, message=gone.message))
                tasks = run.triage(walked.files, known)
                if tasks:
                    _extract_all(run, tasks, options, jobs)
                run.find_missing({f.key for f in walked.files}, known)
                corpus.finish_run(run_id, run.counts())
            except BaseException:
                bar.close()
                try:
                    corpus.finish_run(run_id, run.counts(), status="interrupted")
                except Exception:
                    logger.debug("could not mark run %d interrupted", run_id, exc_info=True)
                raise
            bar.close()
        report = BatchReport(
            corpus=outdir,
            run_id=run_id,
            extractor_version=__version__,
            outcomes=tuple(run.outcomes),
            skipped=tuple(walked.skipped),
        )
        text = json.dumps(report.as_json(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        write_atomically(outdir / SUMMARY_FILE, text)
    except (OSError, sqlite3.Error) as exc:  # disk full, permissions, a damaged database...
        reason = f"{exc.strerror}: {exc.filename}" if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise CorpusError(outdir, f"batch stopped: {reason}") from exc
    return report


def no_plan_files_reason(skipped: Sequence[SkippedFile]) -> str:
    """The one-line reason given when the paths hold no plan file, counting what was skipped."""
    from extractor.sources import SUPPORTED_SUFFIXES

    known = ", ".join(sorted(SUPPORTED_SUFFIXES))
    others = f"; {len(skipped)} other files skipped" if skipped else ""
    return f"no plan files found (read: {known}){others}"


def _extract_all(run: _Run, tasks: Sequence[_Task], options: BatchOptions, jobs: int) -> None:
    fn = options.extract_function or default_extract
    _preload_for_workers()
    pool: WorkerPool[_Task] = WorkerPool(
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
