"""The examples in the normalisers' docstrings are part of their contract."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "extractor.normalise.text",
    "extractor.normalise.dates",
    "extractor.normalise.status",
    "extractor.normalise.owners",
    "extractor.normalise.pillars",
    "extractor.normalise.policy",
]


@pytest.mark.parametrize("name", MODULES, ids=[m.rsplit(".", 1)[-1] for m in MODULES])
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
