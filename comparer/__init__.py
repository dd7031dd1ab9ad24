"""Compare Technician Commitment action plans across institutions.

>>> from comparer import compare
>>> result = compare([plan_a, plan_b])          # doctest: +SKIP
>>> result.matches[0].kind                       # doctest: +SKIP
"""

from __future__ import annotations

from comparer.compare import compare
from comparer.search import search
from comparer.settings import ComparisonSettings, ScoreWeights

__all__ = ["ComparisonSettings", "ScoreWeights", "compare", "search"]
