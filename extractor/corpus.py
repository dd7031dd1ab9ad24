"""The corpus a batch run builds: its SQLite store (this module) plus one JSON file per plan.

Layout of a corpus folder::

    CORPUS/corpus.sqlite        plans, actions, warnings, failures, sources, runs
    CORPUS/plans/<plan id>.json one file per plan (and .csv / .md when asked for)
    CORPUS/summary.json         what the last completed run did

The database is the truth. Each file's outcome is committed in its own
transaction (WAL journal), and the plan files beside it are written atomically
after the commit by the plan-file mirror (`extractor.plan_files`). A run killed
between the two leaves files that `PlanFileMirror.reconcile` repairs at the start of the next run: missing or stale
files are rewritten from the JSON stored in the database, files of plans that
no longer exist and orphaned temporary files are removed.

Readers (`load_plans`, `changed_in_last_run`) only need the SQLite file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Literal

from extractor.errors import TcPlansError
from extractor.export import OutputFormat
from extractor.files import safe_filename
from extractor.flat import FLAT_COLUMN_NAMES, FLAT_COLUMNS, flat_action, sql_column_definitions, sql_value
from extractor.plan_files import PLANS_DIR, PlanFileMirror
from schemas.plan import ActionPlan

logger = logging.getLogger(__name__)

CORPUS_DB = "corpus.sqlite"
SUMMARY_FILE = "summary.json"
LOCK_FILE = ".lock"
CORPUS_SCHEMA_VERSION = "1"


_SCHEMA_TEMPLATE = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY,
    extractor_version TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'complete', 'interrupted')),
    inputs TEXT NOT NULL,
    files INTEGER,
    added INTEGER,
    changed INTEGER,
    unchanged INTEGER,
    failed INTEGER,
    missing INTEGER
);
CREATE TABLE IF NOT EXISTS sources (
    path TEXT PRIMARY KEY,
    display_path TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    settings_hash TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'failed')),
    missing INTEGER NOT NULL DEFAULT 0,
    plan_id TEXT,
    error_code TEXT,
    error_message TEXT,
    last_seen_run INTEGER NOT NULL,
    last_changed_run INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS plans (
    plan_id TEXT PRIMARY KEY,
    source_path TEXT NOT NULL UNIQUE,
    display_path TEXT NOT NULL,
    institution TEXT,
    title TEXT,
    period_start TEXT,
    period_end TEXT,
    layout TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    action_count INTEGER NOT NULL,
    warning_count INTEGER NOT NULL,
    missing INTEGER NOT NULL DEFAULT 0,
    first_run INTEGER NOT NULL,
    last_changed_run INTEGER NOT NULL,
    json_file TEXT NOT NULL,
    plan_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS plans_last_changed_run ON plans (last_changed_run);
CREATE TABLE IF NOT EXISTS actions (
    plan_id TEXT NOT NULL REFERENCES plans (plan_id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
{flat_columns}
    PRIMARY KEY (plan_id, seq)
);
CREATE TABLE IF NOT EXISTS warnings (
    plan_id TEXT NOT NULL REFERENCES plans (plan_id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    page INTEGER,
    line INTEGER,
    PRIMARY KEY (plan_id, seq)
);
CREATE TABLE IF NOT EXISTS failures (
    source_path TEXT PRIMARY KEY,
    display_path TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    run_id INTEGER NOT NULL
);
"""

# The actions table holds the flattened rows of `extractor.flat`, the same as the CSV export.
SCHEMA_SQL = _SCHEMA_TEMPLATE.replace("{flat_columns}\n", sql_column_definitions() + "\n")
_ACTION_COLUMNS = ("plan_id", "seq", *FLAT_COLUMN_NAMES)


class CorpusError(TcPlansError):
    """The corpus folder cannot be used: missing, locked, or made by another schema version."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = " ".join(reason.split())
        super().__init__(f"{self.path}: {self.reason}")


@dataclass(frozen=True)
class SourceRecord:
    """What the corpus remembers about one input file."""

    path: str  # resolved absolute path: the key
    display_path: str
    size: int
    mtime_ns: int
    sha256: str
    extractor_version: str
    settings_hash: str
    status: str  # ok | partial | failed
    missing: bool
    plan_id: str | None
    error_code: str | None
    error_message: str | None


@dataclass(frozen=True)
class FileStat:
    """Identity of an input file as seen by a run; `sha256` is the truth, size and mtime are a cache key."""

    path: str
    display_path: str
    size: int
    mtime_ns: int
    sha256: str


@dataclass(frozen=True)
class CorpusPlan:
    plan_id: str
    source_path: str
    display_path: str
    missing: bool
    last_changed_run: int
    plan: ActionPlan


@dataclass(frozen=True)
class SavedPlan:
    plan_id: str
    previous_plan_id: str | None
    change: Literal["added", "changed"]


def plan_id_for(plan: ActionPlan, source_key: str) -> str:
    """A stable, file-system-safe id: institution (or file stem) plus a hash of the source path.

    The hash keeps two plans of one institution apart; the name stays readable.
    """
    label = plan.institution or Path(plan.source.path).stem or "plan"
    digest = hashlib.sha256(source_key.encode("utf-8")).hexdigest()[:10]
    return f"{safe_filename(label, max_length=60)}-{digest}"


def _action_rows(plan_id: str, plan: ActionPlan) -> Iterator[tuple[object, ...]]:
    for seq, action in enumerate(plan.actions, start=1):
        values = flat_action(plan, action)
        yield (plan_id, seq, *(sql_value(column, values[column.name]) for column in FLAT_COLUMNS))


class Corpus:
    """Read-write access to a corpus folder. Use as a context manager.

    Writing (`create=True`) takes an exclusive lock on `CORPUS/.lock`, so two
    batch runs never interleave their transactions or repairs.
    """

    def __init__(self, corpus_dir: str | Path, *, create: bool = False) -> None:
        self.dir = Path(corpus_dir)
        self.db_path = self.dir / CORPUS_DB
        self.plans_dir = self.dir / PLANS_DIR
        self._lock_handle: object | None = None
        if create:
            if self.dir.exists() and not self.dir.is_dir():
                raise CorpusError(self.dir, "exists and is not a folder; give a folder for the corpus")
            self.plans_dir.mkdir(parents=True, exist_ok=True)
            self._lock()
        elif not self.db_path.is_file():
            raise CorpusError(self.dir, f"no {CORPUS_DB} here; build one with tc-extract DIR -o {self.dir}")
        try:
            self.conn = sqlite3.connect(self.db_path, isolation_level=None, timeout=30.0)
        except sqlite3.Error as exc:
            self._unlock()
            raise CorpusError(self.db_path, f"cannot open the database ({exc})") from exc
        self.conn.execute("PRAGMA foreign_keys = ON")
        if create:
            self._create_schema()
        else:
            self._check_schema()

    # -- lifecycle -----------------------------------------------------------

    def _lock(self) -> None:
        handle = (self.dir / LOCK_FILE).open("a+b")
        try:
            import fcntl
        except ImportError:  # not POSIX: run without the lock
            self._lock_handle = handle
            return
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            raise CorpusError(self.dir, "another batch run is writing to this corpus; wait for it to finish") from exc
        self._lock_handle = handle

    def _unlock(self) -> None:
        handle = self._lock_handle
        self._lock_handle = None
        if handle is not None:
            handle.close()  # type: ignore[attr-defined]

    def _create_schema(self) -> None:
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        # Every statement is idempotent, so a run killed half-way through is completed by the next one.
        self.conn.executescript(SCHEMA_SQL)
        self.conn.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)", (CORPUS_SCHEMA_VERSION,)
        )
        self._check_schema()

    def _check_schema(self) -> None:
        try:
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            self.close()
            raise CorpusError(self.db_path, f"not a tc-plans corpus ({exc})") from exc
        if row is None or row[0] != CORPUS_SCHEMA_VERSION:
            found = row[0] if row else "none"
            self.close()
            raise CorpusError(
                self.db_path,
                f"corpus schema version {found}, this version reads {CORPUS_SCHEMA_VERSION}; build a new corpus folder",
            )

    def close(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is not None:
            conn.close()
            self.conn = None  # type: ignore[assignment]
        self._unlock()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit: BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- runs ----------------------------------------------------------------

    def begin_run(self, extractor_version: str, inputs: Iterable[str]) -> int:
        """Start a run; a run left 'running' by a killed process is marked 'interrupted'."""
        with self.transaction() as conn:
            conn.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
            cursor = conn.execute(
                "INSERT INTO runs (extractor_version, status, inputs) VALUES (?, 'running', ?)",
                (extractor_version, json.dumps(list(inputs), ensure_ascii=False)),
            )
        run_id = cursor.lastrowid
        assert run_id is not None
        return run_id

    def finish_run(self, run_id: int, counts: Mapping[str, int], *, status: str = "complete") -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE runs SET status = ?, files = ?, added = ?, changed = ?, unchanged = ?, failed = ?, missing = ?"
                " WHERE run_id = ?",
                (
                    status,
                    counts.get("files", 0),
                    counts.get("added", 0),
                    counts.get("changed", 0),
                    counts.get("unchanged", 0),
                    counts.get("failed", 0),
                    counts.get("missing", 0),
                    run_id,
                ),
            )

    # -- sources -------------------------------------------------------------

    def sources(self) -> dict[str, SourceRecord]:
        rows = self.conn.execute(
            "SELECT path, display_path, size, mtime_ns, sha256, extractor_version, settings_hash, status, missing,"
            " plan_id, error_code, error_message FROM sources ORDER BY path"
        ).fetchall()
        return {
            row[0]: SourceRecord(
                path=row[0],
                display_path=row[1],
                size=row[2],
                mtime_ns=row[3],
                sha256=row[4],
                extractor_version=row[5],
                settings_hash=row[6],
                status=row[7],
                missing=bool(row[8]),
                plan_id=row[9],
                error_code=row[10],
                error_message=row[11],
            )
            for row in rows
        }

    def touch_sources(self, run_id: int, stats: Iterable[FileStat]) -> None:
        """Record that unchanged files were seen: refresh their stat cache and clear 'missing'."""
        rows = [(s.size, s.mtime_ns, s.display_path, run_id, s.path, s.sha256) for s in stats]
        if not rows:
            return
        with self.transaction() as conn:
            conn.executemany(
                "UPDATE sources SET size = ?, mtime_ns = ?, display_path = ?, last_seen_run = ?, missing = 0"
                " WHERE path = ? AND sha256 = ?",
                rows,
            )
            conn.executemany(
                "UPDATE plans SET missing = 0 WHERE source_path = ?",
                [(row[4],) for row in rows],
            )

    def mark_missing(self, paths: Iterable[str]) -> None:
        """Keep the plans of files that have gone, flagged `missing`."""
        rows = [(path,) for path in paths]
        if not rows:
            return
        with self.transaction() as conn:
            conn.executemany("UPDATE sources SET missing = 1 WHERE path = ?", rows)
            conn.executemany("UPDATE plans SET missing = 1 WHERE source_path = ?", rows)

    def forget_sources(self, paths: Iterable[str]) -> None:
        """Drop files that have gone and never gave a plan (nothing to keep)."""
        rows = [(path,) for path in paths]
        if not rows:
            return
        with self.transaction() as conn:
            conn.executemany("DELETE FROM failures WHERE source_path = ?", rows)
            conn.executemany("DELETE FROM sources WHERE path = ? AND plan_id IS NULL", rows)

    # -- outcomes ------------------------------------------------------------

    def save_plan(
        self,
        run_id: int,
        stat: FileStat,
        *,
        plan: ActionPlan,
        status: str,
        extractor_version: str,
        settings_hash: str,
    ) -> SavedPlan:
        """Replace whatever plan the file had with `plan`, in one transaction."""
        plan_json = _plan_json(plan)
        with self.transaction() as conn:
            old = conn.execute("SELECT plan_id, first_run FROM plans WHERE source_path = ?", (stat.path,)).fetchone()
            plan_id = plan_id_for(plan, stat.path)
            if old is not None:
                conn.execute("DELETE FROM plans WHERE plan_id = ?", (old[0],))
            clash = conn.execute("SELECT source_path FROM plans WHERE plan_id = ?", (plan_id,)).fetchone()
            if clash is not None:  # a 40-bit hash clash of two source paths: make the id longer
                plan_id = f"{plan_id}-{hashlib.sha256(stat.path.encode('utf-8')).hexdigest()[10:22]}"
            conn.execute(
                "INSERT INTO plans (plan_id, source_path, display_path, institution, title, period_start, period_end,"
                " layout, sha256, extractor_version, action_count, warning_count, missing, first_run,"
                " last_changed_run, json_file, plan_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                (
                    plan_id,
                    stat.path,
                    stat.display_path,
                    plan.institution,
                    plan.title,
                    plan.period.start if plan.period else None,
                    plan.period.end if plan.period else None,
                    plan.source.layout,
                    plan.source.sha256,
                    plan.extractor_version,
                    len(plan.actions),
                    len(plan.warnings),
                    old[1] if old is not None else run_id,
                    run_id,
                    f"{PLANS_DIR}/{plan_id}.json",
                    plan_json,
                ),
            )
            conn.executemany(
                f"INSERT INTO actions ({', '.join(_ACTION_COLUMNS)}) VALUES ({', '.join('?' * len(_ACTION_COLUMNS))})",
                _action_rows(plan_id, plan),
            )
            conn.executemany(
                "INSERT INTO warnings (plan_id, seq, code, message, page, line) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        plan_id,
                        seq,
                        w.code,
                        w.message,
                        w.provenance.page if w.provenance else None,
                        w.provenance.line if w.provenance else None,
                    )
                    for seq, w in enumerate(plan.warnings, start=1)
                ],
            )
            self._upsert_source(
                conn, run_id, stat, status, extractor_version, settings_hash, plan_id=plan_id, error=None
            )
            conn.execute("DELETE FROM failures WHERE source_path = ?", (stat.path,))
        return SavedPlan(
            plan_id=plan_id, previous_plan_id=old[0] if old else None, change="changed" if old else "added"
        )

    def save_failure(
        self,
        run_id: int,
        stat: FileStat,
        *,
        code: str,
        message: str,
        extractor_version: str,
        settings_hash: str,
    ) -> None:
        """Record a failed file. A plan from an earlier, readable version of the file is kept."""
        with self.transaction() as conn:
            row = conn.execute("SELECT plan_id FROM plans WHERE source_path = ?", (stat.path,)).fetchone()
            self._upsert_source(
                conn,
                run_id,
                stat,
                "failed",
                extractor_version,
                settings_hash,
                plan_id=row[0] if row else None,
                error=(code, message),
            )
            conn.execute(
                "INSERT OR REPLACE INTO failures (source_path, display_path, code, message, run_id)"
                " VALUES (?, ?, ?, ?, ?)",
                (stat.path, stat.display_path, code, message, run_id),
            )

    @staticmethod
    def _upsert_source(
        conn: sqlite3.Connection,
        run_id: int,
        stat: FileStat,
        status: str,
        extractor_version: str,
        settings_hash: str,
        *,
        plan_id: str | None,
        error: tuple[str, str] | None,
    ) -> None:
        conn.execute(
            "INSERT INTO sources (path, display_path, size, mtime_ns, sha256, extractor_version, settings_hash,"
            " status, missing, plan_id, error_code, error_message, last_seen_run, last_changed_run)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)"
            " ON CONFLICT (path) DO UPDATE SET display_path = excluded.display_path, size = excluded.size,"
            " mtime_ns = excluded.mtime_ns, sha256 = excluded.sha256, extractor_version = excluded.extractor_version,"
            " settings_hash = excluded.settings_hash, status = excluded.status, missing = 0,"
            " plan_id = excluded.plan_id, error_code = excluded.error_code, error_message = excluded.error_message,"
            " last_seen_run = excluded.last_seen_run, last_changed_run = excluded.last_changed_run",
            (
                stat.path,
                stat.display_path,
                stat.size,
                stat.mtime_ns,
                stat.sha256,
                extractor_version,
                settings_hash,
                status,
                plan_id,
                error[0] if error else None,
                error[1] if error else None,
                run_id,
                run_id,
            ),
        )

    # -- plan files (the mirror, `extractor.plan_files`) ------------------------

    @property
    def mirror(self) -> PlanFileMirror:
        return PlanFileMirror(self.dir)

    def stored_plan_json(self) -> dict[str, str]:
        """Every stored plan's JSON by plan id: what the plan-file mirror must agree with."""
        return dict(self.conn.execute("SELECT plan_id, plan_json FROM plans ORDER BY plan_id").fetchall())

    def write_plan_files(
        self, plan_id: str, plan: ActionPlan, formats: Iterable[OutputFormat], *, previous_plan_id: str | None = None
    ) -> None:
        """Write a committed plan's files (see `PlanFileMirror.write`)."""
        self.mirror.write(plan_id, plan, formats, previous_plan_id=previous_plan_id)

    def reconcile_files(self, formats: Iterable[OutputFormat]) -> dict[str, int]:
        """Make the plan files agree with the database (see `PlanFileMirror.reconcile`)."""
        return self.mirror.reconcile(self.stored_plan_json(), formats)

    # -- reading -------------------------------------------------------------

    def plan_quality(self, plan_id: str) -> tuple[float | None, bool]:
        """(score, low_confidence) of a stored plan's quality record; (None, False) when it has none."""
        row = self.conn.execute(
            "SELECT json_extract(plan_json, '$.quality.score'), json_extract(plan_json, '$.quality.low_confidence')"
            " FROM plans WHERE plan_id = ?",
            (plan_id,),
        ).fetchone()
        if row is None or row[0] is None:
            return None, False
        return float(row[0]), bool(row[1])

    def plan_records(self, plan_ids: Iterable[str] | None = None) -> list[CorpusPlan]:
        rows = self.conn.execute(
            "SELECT plan_id, source_path, display_path, missing, last_changed_run, plan_json FROM plans"
            " ORDER BY plan_id"
        ).fetchall()
        keep = set(plan_ids) if plan_ids is not None else None
        return [
            CorpusPlan(
                plan_id=row[0],
                source_path=row[1],
                display_path=row[2],
                missing=bool(row[3]),
                last_changed_run=row[4],
                plan=ActionPlan.model_validate_json(row[5]),
            )
            for row in rows
            if keep is None or row[0] in keep
        ]

    def changed_in_last_run(self) -> list[str]:
        """Plan ids added or changed since the complete run before the last complete one.

        Interrupted runs in between count towards the last complete run, so a
        plan committed by a killed run and skipped by its resumption still counts.
        """
        complete = [
            row[0]
            for row in self.conn.execute(
                "SELECT run_id FROM runs WHERE status = 'complete' ORDER BY run_id DESC LIMIT 2"
            ).fetchall()
        ]
        if not complete:
            return []
        last = complete[0]
        previous = complete[1] if len(complete) > 1 else 0
        rows = self.conn.execute(
            "SELECT plan_id FROM plans WHERE last_changed_run > ? AND last_changed_run <= ? ORDER BY plan_id",
            (previous, last),
        ).fetchall()
        return [row[0] for row in rows]


def corpus_exists(corpus_dir: str | Path) -> bool:
    """Whether the folder already holds a corpus database."""
    return (Path(corpus_dir) / CORPUS_DB).is_file()


def _plan_json(plan: ActionPlan) -> str:
    from extractor.export import plan_to_json

    return plan_to_json(plan)


def load_plan_records(corpus_dir: str | Path, plan_ids: Iterable[str] | None = None) -> list[CorpusPlan]:
    """Every plan in the corpus with its id and bookkeeping, sorted by plan id."""
    with Corpus(corpus_dir) as corpus:
        return corpus.plan_records(plan_ids)


def load_plans(corpus_dir: str | Path, plan_ids: Iterable[str] | None = None) -> list[ActionPlan]:
    """The plans of a corpus, sorted by plan id; only `plan_ids` when given.

    Plans whose source file has gone are included (they are flagged `missing`
    in the database, see `load_plan_records`). Raises `CorpusError` when the
    folder holds no corpus.
    """
    return [record.plan for record in load_plan_records(corpus_dir, plan_ids)]


def changed_in_last_run(corpus_dir: str | Path) -> list[str]:
    """Ids of the plans the last completed batch run added or changed, sorted."""
    with Corpus(corpus_dir) as corpus:
        return corpus.changed_in_last_run()
