"""`tc-compare CORPUS --new` on a small corpus built by two batch runs."""

from __future__ import annotations

import io
import json
import logging
import shutil
from pathlib import Path

import pytest

from comparer.whats_new import whats_new
from extractor.batch import BatchOptions, run_batch
from schemas.comparison import NoveltyReason, PlanNews, WhatsNew
from tcplans.cli import compare_main as main

# Made-up plans in the Markdown bullet layout the extractor reads.
NORTH = """# University of Northgate Technician Commitment Action Plan 2024-2027

## Career development

- **C1** Launch a mentoring scheme that pairs new technicians with experienced mentors.
- **C2** Support technicians to gain professional registration with the Science Council.

## Evaluating impact

- **E1** Run an annual survey of technicians about the commitment.
"""
SOUTH = """# Southvale University Technician Commitment Action Plan 2024-2027

## Career development

- **C1** Run a mentoring programme for technical staff across faculties.
- **C2** Pay professional registration fees for technicians who apply.

## Visibility

- **V1** Post stories about technicians on social media.

## Evaluating impact

- **E1** Survey technical staff twice a year.
"""
EAST_BEFORE = """# Eastbrook University Technician Commitment Action Plan 2024-2027

## Visibility

- **V1** Publish a monthly newsletter about technicians and their projects.

## Evaluating impact

- **E1** Run a technician survey every year.
"""
EAST_AFTER = EAST_BEFORE.replace(
    "## Evaluating impact",
    "## Career development\n\n- **C1** Set up a mentoring scheme for technicians in every school.\n\n"
    "## Evaluating impact",
)
WEST = """# Westmere University Technician Commitment Action Plan 2025-2028

## Recognition

- **R1** Hold professional registration workshops with a licensed professional body.

## Sustainability

- **S1** Offer flexible working and hybrid working to every technician.
- **S2** Install beehives on the roof garden for a beekeeping club.

## Evaluating impact

- **E1** Run a pulse survey of technicians every six months.
"""


def _batch(inputs: Path, corpus: Path) -> None:
    assert not run_batch([inputs], corpus, BatchOptions(jobs=1, progress=False), stream=io.StringIO()).failed


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run 1: Northgate, Southvale, Eastbrook. Run 2: Eastbrook changed, Westmere added."""
    root = tmp_path_factory.mktemp("whats_new")
    inputs, corpus = root / "plans", root / "corpus"
    inputs.mkdir()
    (inputs / "north.md").write_text(NORTH, encoding="utf-8")
    (inputs / "south.md").write_text(SOUTH, encoding="utf-8")
    (inputs / "east.md").write_text(EAST_BEFORE, encoding="utf-8")
    _batch(inputs, corpus)
    (inputs / "east.md").write_text(EAST_AFTER, encoding="utf-8")
    (inputs / "west.md").write_text(WEST, encoding="utf-8")
    _batch(inputs, corpus)
    return corpus


@pytest.fixture(scope="module")
def news(corpus: Path) -> WhatsNew:
    return whats_new(corpus)


def _plan(news: WhatsNew, institution: str) -> PlanNews:
    return next(p for p in news.plans if p.institution == institution)


def test_only_changed_plans_are_reported(news: WhatsNew) -> None:
    assert news.plans_compared == 4
    assert [p.institution for p in news.plans] == ["Eastbrook University", "Westmere University"]
    assert sorted(news.changed_plans) == sorted(p.plan_id for p in news.plans)


def test_novel_actions_are_those_no_peer_has(news: WhatsNew) -> None:
    west = _plan(news, "Westmere University")
    novel = {n.action.ref: n for n in west.novel_actions}
    assert set(novel) == {"S1", "S2"}, [n.action.text for n in west.novel_actions]
    assert novel["S1"].reason == NoveltyReason.PRACTICE
    assert novel["S1"].practices == ["wellbeing"]
    assert novel["S2"].reason == NoveltyReason.WORDING
    east = _plan(news, "Eastbrook University")
    # No peer has a newsletter; every peer runs a survey, and two of them mentor.
    assert [(n.action.ref, n.practices) for n in east.novel_actions] == [("V1", ["internal_communications"])]


def test_closed_and_open_gaps(news: WhatsNew) -> None:
    east = _plan(news, "Eastbrook University")
    closed = {g.practice: g for g in east.closed_gaps}
    assert "mentoring" in closed  # Northgate and Southvale mentor; Eastbrook now does too
    assert [a.ref for a in closed["mentoring"].actions] == ["C1"]
    assert closed["mentoring"].peers_with_practice == ["Southvale University", "University of Northgate"]
    west = _plan(news, "Westmere University")
    west_closed = {g.practice for g in west.closed_gaps}
    assert {"professional_registration", "technician_survey"} <= west_closed
    assert "mentoring" in {g.practice for g in west.open_gaps}
    assert all(g.share_of_peers >= 0.5 for g in west.closed_gaps + west.open_gaps)
    assert set(news.practices) >= west_closed


def test_cli_prints_json(corpus: Path, news: WhatsNew, capsys: pytest.CaptureFixture[str]) -> None:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        assert main([str(corpus), "--new"]) == 0
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads(news.model_dump_json())


@pytest.mark.parametrize(
    "extra",
    [["--format", "md"], ["--focus", "Westmere"], ["SECOND"]],
    ids=["format", "focus", "two-inputs"],
)
def test_cli_usage_errors(corpus: Path, extra: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    inputs = [str(corpus), str(corpus)] if extra == ["SECOND"] else [str(corpus), *extra]
    args = [*inputs, "--new"]
    assert main(args) == 2
    assert capsys.readouterr().err.startswith("Error: --new")


def test_folder_without_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path), "--new"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("Error: ")
    assert "\n" not in err


def test_a_run_that_changed_nothing(corpus: Path, tmp_path: Path) -> None:
    """A third run over the same files changes no plan: nothing is new."""
    copy = tmp_path / "corpus"
    shutil.copytree(corpus, copy)
    _batch(corpus.parent / "plans", copy)
    news = whats_new(copy)
    assert news.plans_compared == 4
    assert news.changed_plans == []
    assert news.plans == []
