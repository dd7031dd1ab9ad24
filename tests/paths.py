"""Paths resolve from this file, never from the working directory."""

from __future__ import annotations

from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent
PROJECT_DIR = TESTS_DIR.parent
SAMPLES_DIR = PROJECT_DIR / "samples"
FIXTURES_DIR = TESTS_DIR / "fixtures"
GOLDEN_DIR = TESTS_DIR / "golden"
SHARED_DIR = PROJECT_DIR.parent / "shared"
SHARED_PLANS = SHARED_DIR / "plans"
SHARED_SEEDS = SHARED_DIR / "seeds"


def sample_path(name: str) -> Path:
    return SAMPLES_DIR / name


def fixture_path(name: str) -> Path:
    return FIXTURES_DIR / name


SHARED_REAL = SHARED_DIR / "real"
