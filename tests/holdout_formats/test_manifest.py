"""The hold-out files and their golds are frozen: `MANIFEST.sha256` (``sha256sum`` format) holds
the hash of each, so any later edit of a gold or a plan file shows here. To change one on
purpose, edit the data or builder, rebuild, and rewrite the manifest in the same commit (the
rebuild alone leaves the manifest as it was):

    python tests/holdout_formats/build_formats.py
    python tests/holdout_formats/build_formats.py --manifest
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "MANIFEST.sha256"
FROZEN_KINDS = ("*.docx", "*.xlsx", "*.html", "gold/*.gold.json", "build_formats.py", "format_plans.py")


def manifest() -> dict[str, str]:
    """Relative path -> sha256, from the manifest's ``<hash>  <path>`` lines."""
    entries: dict[str, str] = {}
    for line in MANIFEST.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        entries[name] = digest
    return entries


ENTRIES = manifest()


def test_manifest_lists_every_frozen_file() -> None:
    on_disk = sorted(str(p.relative_to(HERE)) for kind in FROZEN_KINDS for p in HERE.glob(kind))
    assert sorted(ENTRIES) == on_disk


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_file_matches_manifest(name: str) -> None:
    assert hashlib.sha256((HERE / name).read_bytes()).hexdigest() == ENTRIES[name], f"{name} changed"


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    """build_formats.py as a module (it is a script, not part of a package)."""
    spec = importlib.util.spec_from_file_location("build_formats", HERE / "build_formats.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_builder_gives_the_committed_files(builder: ModuleType) -> None:
    """The data and builder give these files byte for byte (fixed dates, fixed zip timestamps)."""
    built = {name: data for name, data in builder.sources().items()}
    built |= {f"gold/{name}": text.encode("utf-8") for name, text in builder.golds().items()}
    assert sorted(built) == sorted(name for name in ENTRIES if not name.endswith(".py"))
    differ = [name for name, data in built.items() if (HERE / name).read_bytes() != data]
    assert not differ
