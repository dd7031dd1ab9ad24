"""Finding plan files: what the user named, and what folders hold.

Both commands walk the same way: a file named on the command line is always tried
(the extractor says whether it can read it); in a folder, files whose suffix the
readers know (`extractor.sources.SUPPORTED_SUFFIXES`) are taken and every other
file is reported as skipped, with the reason, never dropped silently. Hidden files
and folders (".git", ".DS_Store") are not walked into and not reported.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extractor.errors import ErrorCode, ExtractionError


@dataclass(frozen=True)
class InputFile:
    key: str  # resolved absolute path: the identity of the file in the corpus
    display_path: str  # as reached from the path the user gave
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class SkippedFile:
    """A file met in a folder and not read, with the reason a person can act on."""

    path: str
    reason: str


@dataclass(frozen=True)
class NotFound:
    """A path given on the command line that does not exist or cannot be read."""

    path: str
    message: str


@dataclass
class WalkResult:
    files: list[InputFile] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    not_found: list[NotFound] = field(default_factory=list)


def skip_reason(name: str) -> str | None:
    """Why a file met in a folder is not read as a plan, or None when it is read.

    Hidden files are skipped without a reason (the caller does not report them).
    A supported suffix on a paperwork name (README.md, LICENSE.txt) is project
    paperwork; any other suffix is a file type the readers do not know.
    """
    from extractor.sources import LEGACY_OFFICE_HINTS, SUPPORTED_SUFFIXES, is_plan_file_name

    if is_plan_file_name(name):
        return None
    suffix = Path(name).suffix.lower()
    if suffix in SUPPORTED_SUFFIXES:
        return "project paperwork, not a plan"
    hint = LEGACY_OFFICE_HINTS.get(suffix)
    return f"unsupported file type {suffix or '(no suffix)'}" + (f" ({hint})" if hint else "")


def walk_inputs(paths: Sequence[Path], *, exclude: Sequence[Path] = ()) -> WalkResult:
    """Plan files under `paths`, sorted by display path, with what was skipped and what does not exist.

    Folders are walked without following symlinked folders; hidden files and
    folders and the `exclude` folders (the corpus itself) are left out. A file
    reached twice is listed once.
    """
    excluded = {p.resolve() for p in exclude}
    found: dict[str, InputFile] = {}
    result = WalkResult()

    def add(path: Path) -> None:
        try:
            info = path.stat()
            key = str(path.resolve())
        except OSError as exc:
            reason = f"cannot be read ({exc.strerror or exc})"
            result.not_found.append(NotFound(str(path), ExtractionError(ErrorCode.NOT_FOUND, path, reason).one_line()))
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
                    if name.startswith("."):
                        continue
                    reason = skip_reason(name)
                    if reason is None:
                        add(here / name)
                    else:
                        result.skipped.append(SkippedFile(str(here / name), reason))
        elif path.exists():
            add(path)
        else:
            message = ExtractionError(ErrorCode.NOT_FOUND, path, "no such file or folder").one_line()
            result.not_found.append(NotFound(str(path), message))
    result.files = sorted(found.values(), key=lambda f: (f.display_path, f.key))
    result.skipped.sort(key=lambda s: s.path)
    return result
