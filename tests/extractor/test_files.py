from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.files import safe_filename, write_atomically


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("University of Sussex", "University-of-Sussex"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", "plan"),
        ("", "plan"),
        ("CON", "CON_"),
        ("con.txt", "con_.txt"),
        ("LPT1", "LPT1_"),
        ("Université de Café", "Universite-de-Cafe"),
        ("a/b\\c:d*e?f", "a-b-c-d-e-f"),
        (".hidden", "hidden"),
    ],
    ids=["plain", "traversal", "dotdot", "empty", "device", "device-ext", "printer", "accents", "separators", "hidden"],
)
def test_safe_filename_table(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


@given(st.text(max_size=300))
def test_safe_filename_never_escapes_its_folder(name: str) -> None:
    safe = safe_filename(name)
    base = Path("/out")
    assert (base / safe).resolve().parent == base.resolve()
    assert safe
    assert len(safe) <= 80
    assert not safe.startswith(".")
    assert safe_filename(safe) == safe


def test_long_names_stay_distinct() -> None:
    assert safe_filename("x" * 100 + "a") != safe_filename("x" * 100 + "b")


def test_write_atomically_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "plan.json"
    write_atomically(target, "first")
    write_atomically(target, b"second")
    assert target.read_text() == "second"
    assert sorted(p.name for p in target.parent.iterdir()) == ["plan.json"]
    assert target.stat().st_mode & 0o777 == 0o644
