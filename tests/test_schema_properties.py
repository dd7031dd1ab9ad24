"""Property tests: whatever text comes in, what comes out validates against the
published JSON Schema (the committed file, not the pydantic models), and the same
input gives the same bytes."""

from __future__ import annotations

import json
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import extract_plan
from extractor.errors import ErrorCode
from extractor.export import plan_to_json
from extractor.normalise.dates import parse_date_span
from extractor.normalise.status import parse_status
from schemas.export import SCHEMA_DIR


@cache
def plan_schema() -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / "action_plan.schema.json").read_text(encoding="utf-8"))


def validator_for(definition: str | None) -> jsonschema.Draft202012Validator:
    schema = plan_schema()
    if definition is not None:
        schema = {"$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]}
    return jsonschema.Draft202012Validator(schema)


def extract_text(text: str, folder: str | None = None) -> tuple[str | None, list[str]]:
    """(plan JSON or None, problem codes) for `text` saved as a plan file."""
    if folder is None:
        with tempfile.TemporaryDirectory() as scratch:
            return extract_text(text, scratch)
    path = Path(folder) / "plan.txt"
    path.write_text(text, encoding="utf-8")
    result = extract_plan(path)
    if result.plan is None:
        return None, [p.code for p in result.problems]
    return plan_to_json(result.plan), []


CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\t\n\r"), max_size=40)
DATE_WORDS = st.sampled_from(
    ["Oct 2024", "Mar-25", "01/04/2024", "Q3 2025", "2024/25", "Annual", "6- monthly", "Ongoing", "TBC", "31/13/2024"]
)
STATUS_WORDS = st.sampled_from(["Complete", "On track", "Action needed - 1", "Delayed", "Not started", "", "Green"])
KNOWN_CODES = {code.value for code in ErrorCode}


@st.composite
def tab_separated_plans(draw: st.DrawFn) -> str:
    rows = ["Technician Commitment Action Plan 2024-2027", "", "Ref\tAction\tLead\tDeadline\tStatus"]
    for number in range(draw(st.integers(min_value=0, max_value=6))):
        cells = [f"{number + 1}.1", draw(CELL), draw(CELL), draw(DATE_WORDS), draw(STATUS_WORDS)]
        rows.append("\t".join(cells))
    return "\n".join(rows) + "\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tab_separated_plans())
def test_tab_separated_plans_validate_and_repeat(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        first, problems = extract_text(text, folder)
        second, _ = extract_text(text, folder)
    assert first == second, "the same input must give the same output"
    if first is None:
        assert set(problems) <= KNOWN_CODES
        return
    validator_for(None).validate(json.loads(first))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_gives_a_valid_plan_or_a_typed_error(text: str) -> None:
    plan_json, problems = extract_text(text)
    if plan_json is None:
        assert len(problems) == 1
        assert problems[0] in KNOWN_CODES
        assert problems[0] != ErrorCode.INTERNAL.value, "an unexpected exception escaped the pipeline"
    else:
        validator_for(None).validate(json.loads(plan_json))


@given(st.text(max_size=60))
def test_dates_validate_against_the_schema(text: str) -> None:
    value = parse_date_span(text)
    if value is not None:
        validator_for("DateValue").validate(value.model_dump(mode="json"))


@given(st.text(max_size=60), st.sampled_from([None, "red", "amber", "green"]))
def test_statuses_validate_against_the_schema(text: str, rag: str | None) -> None:
    value = parse_status(text, rag)
    if value is not None:
        validator_for("Status").validate(value.model_dump(mode="json"))
