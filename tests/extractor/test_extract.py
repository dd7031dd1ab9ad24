"""The public entry point: a list is only a plan when something says it is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, extract_plan
from extractor.errors import ErrorCode, ExtractionError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_list_with_nothing_of_a_plan_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "# Shopping\n\n- eggs\n- milk\n- bread\n")
    with pytest.raises(ExtractionError) as caught:
        extract(path)
    assert caught.value.code is ErrorCode.NO_ACTIONS
    assert str(path) in str(caught.value)
    assert extract_plan(path).problems[0].code == "no_actions"


@pytest.mark.parametrize(
    "text",
    [
        "## Visibility\n\n- Publish a technician profile series\n- Hold an open lab day\n",
        "# Plans\n\n- Survey technical staff each spring\n- Review the workload model\n",
        "# Plans\n\n- Refresh the induction pack\n  - Owner: HR\n",
    ],
    ids=["pillar-heading", "technician-vocabulary", "owner-field"],
)
def test_a_list_with_a_sign_of_a_plan_is_read(tmp_path: Path, text: str) -> None:
    plan = extract(write(tmp_path, text))
    assert len(plan.actions) >= 1
