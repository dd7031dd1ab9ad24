from __future__ import annotations

from pathlib import Path

import pytest
from paths import SHARED_PLANS, SHARED_SEEDS


@pytest.fixture
def shared_plans() -> Path:
    """../shared/plans, or skip: the gold plans are not shipped with the project."""
    if not SHARED_PLANS.is_dir():
        pytest.skip(f"gold plans not found at {SHARED_PLANS}")
    return SHARED_PLANS


@pytest.fixture
def shared_seeds() -> Path:
    if not SHARED_SEEDS.is_dir():
        pytest.skip(f"seed plans not found at {SHARED_SEEDS}")
    return SHARED_SEEDS
