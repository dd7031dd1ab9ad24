"""Safe file writing for reports: atomic replace and neutralised file names."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
import unicodedata
from pathlib import Path

logger = logging.getLogger(__name__)

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME = 120


def safe_filename(name: str, default: str = "file") -> str:
    """A plain file name that stays inside its folder on every platform.

    Rules: accents are folded to ASCII; any run of characters other than letters, digits,
    dot, dash and underscore becomes one underscore (so "/" and "\\" can never make a
    path); leading dots and dashes and trailing dots are removed (no hidden files, no
    "..", no option-like names); Windows device names (CON, NUL, COM1...) get a trailing
    underscore; names are cut to 120 characters; an empty result becomes `default`.

    Examples:
        >>> safe_filename("../../etc/passwd")
        'etc_passwd'
        >>> safe_filename("CON")
        'CON_'
        >>> safe_filename("Université de Genève.md")
        'Universite_de_Geneve.md'
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    cleaned = _UNSAFE.sub("_", folded).strip("_")
    cleaned = cleaned.lstrip(".-_").rstrip(". ")
    cleaned = re.sub(r"_*\._*", ".", cleaned)
    cleaned = re.sub(r"\.{2,}", ".", cleaned)
    cleaned = cleaned[:MAX_NAME].rstrip(". ")
    if not cleaned:
        return default
    if cleaned.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem, dot, rest = cleaned.partition(".")
        cleaned = f"{stem}_{dot}{rest}"
    return cleaned


def write_atomically(path: Path | str, content: str | bytes) -> Path:
    """Write to a temporary file beside `path`, then `os.replace` it into place.

    Readers see the old file or the new one, never half of it. Text is written as UTF-8
    with "\\n" line ends.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp_name).replace(target)  # os.replace: atomic on one file system
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp_name).unlink()
        raise
    logger.debug("wrote %s (%d bytes)", target, len(data))
    return target
