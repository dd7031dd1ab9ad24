from __future__ import annotations

from pathlib import Path

import pytest

from comparer.report.write import safe_filename, write_atomically


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("report.md", "report.md"),
        ("../../etc/passwd", "etc_passwd"),
        ("..\\..\\windows\\system32", "windows_system32"),
        ("CON", "CON_"),
        ("nul.txt", "nul_.txt"),
        ("com1", "com1_"),
        ("...", "file"),
        ("", "file"),
        (".hidden", "hidden"),
        ("-rf", "rf"),
        ("a/b\x00c", "a_b_c"),
        ("Université de Genève.csv", "Universite_de_Geneve.csv"),
    ],
    ids=[
        "plain",
        "dotdot",
        "backslashes",
        "con",
        "nul-ext",
        "com1",
        "dots",
        "empty",
        "hidden",
        "option",
        "nul-byte",
        "accents",
    ],
)
def test_safe_filename(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


@pytest.mark.parametrize("name", ["../x", "a/../../b", "/abs/path", "C:\\x", "\u202e.txt"], ids=str)
def test_safe_filename_stays_in_folder(tmp_path: Path, name: str) -> None:
    target = (tmp_path / safe_filename(name)).resolve()
    assert target.parent == tmp_path.resolve()


def test_write_atomically_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "out.txt"
    write_atomically(path, "first\n")
    write_atomically(path, "second\n")
    assert path.read_text(encoding="utf-8") == "second\n"
    assert sorted(p.name for p in path.parent.iterdir()) == ["out.txt"]


def test_write_atomically_bytes(tmp_path: Path) -> None:
    path = write_atomically(tmp_path / "b.bin", b"\x00\x01")
    assert path.read_bytes() == b"\x00\x01"
