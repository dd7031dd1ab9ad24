"""Small pure functions that turn cell text into typed values.

Each takes the text as printed and returns a typed value (or None for an empty cell);
the module docstrings list their rules with examples. Where text cannot be read, the
caller chooses what happens with `errors=` (`extractor.normalise.policy`).
"""

from __future__ import annotations

from extractor.normalise.dates import is_understood, parse_date_span
from extractor.normalise.owners import expand_owners, normalise_owners
from extractor.normalise.pillars import classify_pillar, infer_pillar
from extractor.normalise.policy import ErrorPolicy
from extractor.normalise.status import parse_status
from extractor.normalise.text import fold_action_text, fold_text, fold_whitespace, optional_text, split_measures

__all__ = [
    "ErrorPolicy",
    "classify_pillar",
    "expand_owners",
    "fold_action_text",
    "fold_text",
    "fold_whitespace",
    "infer_pillar",
    "is_understood",
    "normalise_owners",
    "optional_text",
    "parse_date_span",
    "parse_status",
    "split_measures",
]
