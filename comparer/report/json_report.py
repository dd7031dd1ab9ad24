"""The comparison (or a search result) as JSON text: stable key order, trailing newline."""

from __future__ import annotations

import json

from pydantic import BaseModel


def render_json(result: BaseModel) -> str:
    return json.dumps(result.model_dump(mode="json"), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
