"""Invented text pages for the published-page rule tests: numbered source lines and a text document."""

from __future__ import annotations

from pathlib import Path

from extractor.sources import SourceDocument, SourceLine


def page_lines(text: str) -> list[SourceLine]:
    """The page's lines, numbered from 1 as the text reader numbers them."""
    return [SourceLine(number=n, text=t) for n, t in enumerate(text.split("\n"), start=1)]


def text_page(text: str) -> SourceDocument:
    """The page as a text document of the given lines."""
    return SourceDocument(
        path=Path("page.txt"), display_path="page.txt", kind="text", sha256="0" * 64, lines=page_lines(text)
    )
