"""Which files in a folder the comparer reads, and how often."""

from __future__ import annotations

import shutil
from pathlib import Path

from paths import SAMPLES_DIR

from comparer.loading import load_inputs
from extractor.batch import BatchOptions, run_batch


def test_readme_beside_plans_is_not_a_plan(tmp_path: Path) -> None:
    shutil.copy(SAMPLES_DIR / "bullets.md", tmp_path / "bullets.md")
    (tmp_path / "README.md").write_text("# Plans\n\n- one plan per file\n- see the batch notes\n", encoding="utf-8")
    result = load_inputs([tmp_path])
    assert [Path(p.source).name for p in result.plans] == ["bullets.md"]
    assert result.failures == []


def test_the_same_plan_in_two_renditions_is_compared_once(tmp_path: Path) -> None:
    # plain_text_tabs.txt is the text rendition of ruled_table.pdf.
    shutil.copy(SAMPLES_DIR / "ruled_table.pdf", tmp_path / "ruled_table.pdf")
    shutil.copy(SAMPLES_DIR / "plain_text_tabs.txt", tmp_path / "plain_text_tabs.txt")
    shutil.copy(SAMPLES_DIR / "bullets.md", tmp_path / "bullets.md")
    result = load_inputs([tmp_path])
    names = [p.institution for p in result.plans]
    assert len(names) == 2
    assert not any(name.endswith("(2)") for name in names)


def test_a_batch_corpus_folder_reads_its_plans(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for name in ("bullets.md", "web_cells.txt"):
        shutil.copy(SAMPLES_DIR / name, source / name)
    corpus = tmp_path / "corpus"
    options = BatchOptions(output_format="json", jobs=1, timeout=120, max_memory_mb=2048, progress=False, settings={})
    assert not run_batch([source], corpus, options).failed
    result = load_inputs([corpus])
    assert sorted(Path(p.source).parent.name for p in result.plans) == ["plans", "plans"]
    assert len(result.plans) == 2
