"""Web pages, Word and spreadsheet files reach the readers and the interpreter from every entry point."""

from __future__ import annotations

from pathlib import Path

import pytest
from paths import SAMPLES_DIR

from extractor import extract, is_document_file
from extractor.sources import DOCUMENT_SUFFIXES, SUPPORTED_SUFFIXES, is_plan_file_name


def test_document_suffixes_are_the_readers() -> None:
    readers = pytest.importorskip("extractor.readers")
    assert readers.READER_SUFFIXES == DOCUMENT_SUFFIXES
    assert DOCUMENT_SUFFIXES <= SUPPORTED_SUFFIXES


@pytest.mark.parametrize("name", ["plan.docx", "Plan.XLSX", "page.html", "page.htm", "plan.odt", "plan.ods"])
def test_folder_walks_take_documents(name: str) -> None:
    assert is_plan_file_name(name)
    assert is_document_file(name)


def test_pdf_and_text_stay_with_the_layouts() -> None:
    assert not is_document_file("plan.pdf")
    assert not is_document_file("plan.txt")


def test_web_page_end_to_end() -> None:
    plan = extract(SAMPLES_DIR / "bullets.html")
    assert plan.source.format == "html"
    assert plan.source.layout == "document"
    assert plan.institution == "University of Saltmere"
    assert len(plan.actions) == 15
    assert all(action.provenance.element for action in plan.actions)


def test_word_end_to_end() -> None:
    pytest.importorskip("extractor.readers.docx")
    plan = extract(SAMPLES_DIR / "ruled_table_status.docx")
    assert plan.source.format == "docx"
    assert plan.legend["DTS"] == "Director of Technical Services"
    assert [a.status.rag.value if a.status and a.status.rag else None for a in plan.actions][:2] == ["green", "green"]


def test_comparer_reads_documents(tmp_path: Path) -> None:
    from comparer.loading import load_inputs

    result = load_inputs([SAMPLES_DIR / "bullets.html", SAMPLES_DIR / "bullets.md"])
    assert [p.institution for p in result.plans] == ["University of Saltmere"]  # the same plan, compared once
    assert not result.failures
