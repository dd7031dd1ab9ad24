"""The second set of real-style pages and their golds are frozen: MANIFEST.sha256 holds the SHA-256 of each.

A gold that changes after the extractor has been scored against it is no longer an out-of-sample check,
so any change to a page or a gold must be a deliberate one that rewrites the manifest too
(``cd tests/real_style_2 && sha256sum *.txt gold/*.gold.json > MANIFEST.sha256``; ``sha256sum -c`` checks it).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

REAL_STYLE_DIR = Path(__file__).resolve().parent
MANIFEST = REAL_STYLE_DIR / "MANIFEST.sha256"


def frozen_files() -> list[str]:
    """Every page and gold of the set, as paths relative to the set's folder."""
    pages = sorted(p.name for p in REAL_STYLE_DIR.glob("*.txt"))
    golds = sorted(f"gold/{p.name}" for p in (REAL_STYLE_DIR / "gold").glob("*.gold.json"))
    return pages + golds


def read_manifest(path: Path) -> dict[str, str]:
    """``sha256sum`` output ('<hex digest>  <relative path>' a line) as {path: digest}."""
    entries: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        digest, name = line.split(maxsplit=1)
        entries[name.strip().removeprefix("*")] = digest.lower()
    return entries


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_manifest_lists_every_page_and_gold() -> None:
    listed = set(read_manifest(MANIFEST))
    present = set(frozen_files())
    assert listed == present, f"not in the manifest: {sorted(present - listed)}; missing: {sorted(listed - present)}"


@pytest.mark.parametrize("name", sorted(read_manifest(MANIFEST)))
def test_frozen_file_is_unchanged(name: str) -> None:
    expected = read_manifest(MANIFEST)[name]
    assert sha256_of(REAL_STYLE_DIR / name) == expected, f"{name} changed after it was frozen"
