"""The comparison (or a search result) as JSON text: stable key order, trailing newline.

The text is exactly `json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True)`:
the standard library only uses its C encoder without `indent`, and a sector-wide
comparison lists hundreds of thousands of matches, so `dumps_indented` writes the same
layout straight into a list of strings (tests compare the two on random data).
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

from pydantic import BaseModel

from comparer.compare import gc_paused

INDENT = "  "


class _Unsupported(Exception):
    """A value `dumps_indented` leaves to `json.dumps` (non-string keys, other types)."""


def _float_text(value: float) -> str:
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return float.__repr__(value)


def _write(value: Any, depth: int, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float_text(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = "\n" + INDENT * (depth + 1)
        opener = "{" + inner
        for key, item in sorted(value.items()):
            if not isinstance(key, str):
                raise _Unsupported
            out.append(opener)
            out.append(encode_basestring(key))
            out.append(": ")
            _write(item, depth + 1, out)
            opener = "," + inner
        out.append("\n" + INDENT * depth + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = "\n" + INDENT * (depth + 1)
        opener = "[" + inner
        for item in value:
            out.append(opener)
            _write(item, depth + 1, out)
            opener = "," + inner
        out.append("\n" + INDENT * depth + "]")
    else:
        raise _Unsupported


def dumps_indented(data: Any) -> str:
    """`json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True)`, faster on large data."""
    out: list[str] = []
    try:
        _write(data, 0, out)
    except (_Unsupported, TypeError, RecursionError):
        return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True)
    return "".join(out)


def render_json(result: BaseModel) -> str:
    with gc_paused():
        return dumps_indented(result.model_dump(mode="json")) + "\n"
