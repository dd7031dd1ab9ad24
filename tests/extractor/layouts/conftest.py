"""Fixtures for the layout tests; the PDF drawer lives in layout_pdfs.py beside this file."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from layout_pdfs import Drawer


@pytest.fixture
def drawer(tmp_path: Path) -> Callable[..., Drawer]:
    """drawer("name.pdf") -> a Drawer writing tmp_path/name.pdf."""

    def make(name: str, **kwargs: object) -> Drawer:
        return Drawer(tmp_path / name, **kwargs)  # type: ignore[arg-type]

    return make
