"""benchmarks/score_alignment.py: alignment sets kept outside the project join the calibration."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.paths import PROJECT_DIR, SHARED_PLANS


def _module() -> ModuleType:
    if str(PROJECT_DIR) not in sys.path:
        sys.path.insert(0, str(PROJECT_DIR))
    script = PROJECT_DIR / "benchmarks" / "score_alignment.py"
    spec = importlib.util.spec_from_file_location("bench_score_alignment", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_extra_set_is_named_after_its_file() -> None:
    assert _module().extra_set_name(Path("/elsewhere/real_published_B.json")) == "real_published_B vs reference plans"


def test_a_missing_extra_set_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert _module().run_loso(True, (tmp_path / "absent.json",)) == 1
    assert "absent.json: no such alignment set" in capsys.readouterr().err


@pytest.mark.skipif(not SHARED_PLANS.is_dir(), reason="needs ../shared/plans (the reference plans)")
def test_an_extra_set_joins_the_calibration_sets(tmp_path: Path) -> None:
    module = _module()
    extra = tmp_path / "outside_set.json"
    extra.write_text(
        json.dumps(
            {
                "plans": [
                    {"institution": "Fenwick College", "actions": [{"text": "Run a mentoring scheme for technicians"}]}
                ],
                "pairs": [
                    {
                        "institution": "Fenwick College",
                        "index": 0,
                        "plan": "sussex",
                        "ref": "S22",
                        "grade": 2,
                        "reason": "both set up mentoring",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    without = [s.name for s in module.calibration_sets()]
    names = [s.name for s in module.calibration_sets(extra=(extra,))]
    assert names == [*without, "outside_set vs reference plans"]
