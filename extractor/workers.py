"""Long-lived worker processes that read one plan file each, under a time and a memory limit.

A worker that overruns its time is killed and replaced; one that runs out of memory
answers with an `out_of_memory` failure and is replaced; the pool goes on with the rest.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from extractor.errors import ErrorCode, ExtractionError
from extractor.result import ExtractionResult, Problem, ResultStatus

logger = logging.getLogger(__name__)

ExtractFunction = Callable[[Path, dict[str, Any]], ExtractionResult]


class WorkerTask(Protocol):
    """One file to read: `task_id` tells its answer apart, `path` is what the worker opens."""

    @property
    def task_id(self) -> int: ...

    @property
    def path(self) -> str: ...


TaskT = TypeVar("TaskT", bound=WorkerTask)


def failed_result(path: str, code: ErrorCode, reason: str) -> ExtractionResult:
    return ExtractionResult(
        source=path,
        status=ResultStatus.FAILED,
        problems=[Problem(code=code.value, message=ExtractionError(code, path, reason).one_line())],
    )


# -- worker processes ------------------------------------------------------------


def default_extract(path: Path, settings: dict[str, Any]) -> ExtractionResult:
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
        return failed_result(path, ErrorCode.OUT_OF_MEMORY, "ran out of memory")
    except Exception as exc:
        reason = f"unexpected {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
        return failed_result(path, ErrorCode.INTERNAL, reason)
    if not isinstance(result, ExtractionResult):
        return failed_result(path, ErrorCode.INTERNAL, f"extractor returned {type(result).__name__}")
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
    task: Any = None
    deadline: float = 0.0


def _death_result(path: str, exitcode: int | None) -> ExtractionResult:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        if -exitcode == signal.SIGKILL:
            return failed_result(path, ErrorCode.OUT_OF_MEMORY, f"worker was killed ({name}), most likely for memory")
        return failed_result(path, ErrorCode.INTERNAL, f"worker crashed ({name})")
    return failed_result(path, ErrorCode.INTERNAL, f"worker exited unexpectedly (exit code {exitcode})")


class WorkerPool(Generic[TaskT]):
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

    def _assign(self, slot: _Slot, task: TaskT) -> bool:
        try:
            slot.conn.send((task.task_id, task.path))
        except (OSError, ValueError):
            self._retire(slot, kill=True)
            return False
        slot.task = task
        slot.deadline = time.monotonic() + self.timeout
        return True

    def results(self, tasks: Sequence[TaskT]) -> Iterator[tuple[TaskT, ExtractionResult]]:
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

    def _collect(self, slot: _Slot, ready: Sequence[object]) -> Iterator[tuple[TaskT, ExtractionResult]]:
        task = slot.task
        assert task is not None
        path = task.path
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
                yield task, failed_result(path, ErrorCode.INTERNAL, "worker answered for another file")
                return
            yield task, ExtractionResult.model_validate_json(payload)
            return
        if time.monotonic() >= slot.deadline:
            self._retire(slot, kill=True)
            yield task, failed_result(path, ErrorCode.TIMEOUT, f"stopped after {self.timeout:g} s")

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
