"""Write the JSON Schemas of the public models; `python -m schemas.export` refreshes them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from schemas.comparison import Comparison, SearchResult, WhatsNew
from schemas.plan import ActionPlan

SCHEMA_DIR = Path(__file__).resolve().parent
SCHEMA_FILES: dict[str, type[BaseModel]] = {
    "action_plan.schema.json": ActionPlan,
    "comparison.schema.json": Comparison,
    "search_result.schema.json": SearchResult,
    "whats_new.schema.json": WhatsNew,
}


def render_schema(model: type[BaseModel]) -> str:
    """Stable text of a model's JSON Schema: sorted keys, trailing newline."""
    return json.dumps(model.model_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_json_schemas(directory: Path = SCHEMA_DIR) -> list[Path]:
    written = []
    for name, model in SCHEMA_FILES.items():
        path = directory / name
        path.write_text(render_schema(model), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_json_schemas():
        sys.stderr.write(f"wrote {path}\n")
