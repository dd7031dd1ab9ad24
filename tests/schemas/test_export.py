from __future__ import annotations

import difflib

import pytest

from schemas.export import SCHEMA_DIR, SCHEMA_FILES, render_schema


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES), ids=str)
def test_committed_json_schema_matches_models(name: str) -> None:
    committed = (SCHEMA_DIR / name).read_text(encoding="utf-8")
    generated = render_schema(SCHEMA_FILES[name])
    diff = "".join(
        difflib.unified_diff(committed.splitlines(True), generated.splitlines(True), "committed", "generated")
    )
    assert committed == generated, f"{name} drifted from the models; run `python -m schemas.export`\n{diff}"
