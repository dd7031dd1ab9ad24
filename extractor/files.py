"""Safe output: atomic writes, and file names that plan text cannot abuse."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path

# Names Windows reserves whatever the extension; a plan may well be called "CON".
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
)
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(name: str, *, max_length: int = 80) -> str:
    """A file name derived from untrusted text that stays inside its folder.

    Rules: accents are dropped, anything but letters, digits, '.', '_' and '-'
    becomes '-', leading dots and dashes go (no hidden files, no '..'), reserved
    device names get a suffix, and an empty result becomes 'plan'. Long names are
    cut and given a short hash so that distinct names stay distinct.

    >>> safe_filename("../../etc/passwd")
    'etc-passwd'
    >>> safe_filename("CON")
    'CON_'
    >>> safe_filename("University of Eastmoor")
    'University-of-Eastmoor'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    cleaned = _UNSAFE.sub("-", ascii_name).strip("-._")
    cleaned = re.sub(r"-{2,}", "-", cleaned)
    cleaned = re.sub(r"\.{2,}", ".", cleaned)
    if not cleaned:
        cleaned = "plan"
    stem, dot, rest = cleaned.partition(".")
    if stem.lower() in _RESERVED:
        cleaned = f"{stem}_{dot}{rest}"
    if len(cleaned) > max_length:
        digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
        cleaned = f"{cleaned[: max_length - 9]}-{digest}"
    return cleaned


def write_atomically(path: Path | str, content: str | bytes) -> Path:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates 0600; outputs are meant to be shared like any other file.
        Path(tmp_name).chmod(0o644)
        Path(tmp_name).replace(path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path
