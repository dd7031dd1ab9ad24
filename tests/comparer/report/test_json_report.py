from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comparer.report.json_report import dumps_indented, render_json
from schemas.comparison import ScoreParts

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
)
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=30,
)


def reference(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True)


@settings(max_examples=300, deadline=None)
@given(data=documents)
def test_same_text_as_json_dumps(data: Any) -> None:
    assert dumps_indented(data) == reference(data)


@pytest.mark.parametrize(
    "data",
    [
        {"b": [1, 2.5, {"z": None, "a": True}], "a": {}, "c": [], "d": 'quote " and \u00e9 \u2019 \n'},
        [[], [[]], {"x": [{}]}],
        {2: "int key", 1: "another"},  # not a JSON object key: left to json.dumps
        (1, "tuple"),
        {"nan": float("nan"), "inf": float("inf"), "minus": -float("inf"), "zero": -0.0},
    ],
    ids=["nested", "empty-containers", "int-key", "tuple", "special-floats"],
)
def test_same_text_on_edge_cases(data: Any) -> None:
    assert dumps_indented(data) == reference(data)


def test_render_json_ends_with_a_newline() -> None:
    text = render_json(ScoreParts(lexical=1.0, tfidf=2.5, practice=0.0, pillar=100.0))
    assert text == reference({"lexical": 1.0, "tfidf": 2.5, "practice": 0.0, "pillar": 100.0}) + "\n"


def test_mixed_keys_fail_like_json_dumps() -> None:
    with pytest.raises(TypeError):
        reference({1: "int key", "2": "str key"})
    with pytest.raises(TypeError):
        dumps_indented({1: "int key", "2": "str key"})
