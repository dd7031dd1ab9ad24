from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from comparer.errors import ComparisonError
from comparer.taxonomy import load_taxonomy
from schemas.plan import Pillar


def test_builtin_taxonomy_is_broad() -> None:
    taxonomy = load_taxonomy()
    assert len(taxonomy.practices) >= 30
    pillars = Counter(p.pillar for p in taxonomy.practices)
    assert set(pillars) == set(Pillar)
    assert len(set(taxonomy.ids)) == len(taxonomy.ids)
    for practice in taxonomy.practices:
        assert practice.label
        assert practice.description
        assert "\n" not in practice.description
        assert practice.terms
        assert set(practice.related) <= set(taxonomy.ids), practice.id


def test_related_pairs_are_symmetric() -> None:
    pairs = set(load_taxonomy().related_pairs())
    assert all((b, a) in pairs for a, b in pairs)


def test_user_file_adds_and_replaces(tmp_path: Path) -> None:
    extra = tmp_path / "mine.json"
    extra.write_text(
        '{"practice": [{"id": "mentoring", "pillar": "recognition", "label": "Mine", "description": "d",'
        ' "terms": ["buddy"]}, {"id": "newsletter", "pillar": "visibility", "label": "News", "description": "d",'
        ' "terms": ["newsletter"]}], "synonyms": {"newsletter": ["bulletin"]}}',
        encoding="utf-8",
    )
    taxonomy = load_taxonomy(extra)
    assert taxonomy.label("mentoring") == "Mine"
    assert taxonomy.label("newsletter") == "News"
    assert "bulletin" in taxonomy.synonyms["newsletter"]
    assert len(taxonomy.practices) == len(load_taxonomy().practices) + 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[practice]]\nid = 'x'\n", "bad taxonomy entry"),
        ("not toml [", "not a valid taxonomy file"),
        ("[[practice]]\nid='a'\npillar='nope'\nlabel='l'\ndescription='d'\nterms=['t']\n", "pillar"),
        ("[[practice]]\nid='a'\npillar='visibility'\nlabel='l'\ndescription='d'\nterms=[' ']\n", "blank"),
    ],
    ids=["missing-fields", "bad-toml", "bad-pillar", "blank-term"],
)
def test_bad_user_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ComparisonError, match=message):
        load_taxonomy(path)


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(ComparisonError, match="cannot read taxonomy"):
        load_taxonomy(tmp_path / "absent.toml")


def test_parents_are_known_broad_practices() -> None:
    taxonomy = load_taxonomy()
    for practice in taxonomy.practices:
        if practice.parent is not None:
            parent = taxonomy.get(practice.parent)
            assert parent is not None, practice.id
            assert parent.parent is None, f"{practice.id}: one level of hierarchy only"


def test_relation_weights_rank_family_above_related() -> None:
    taxonomy = load_taxonomy()
    weights = taxonomy.relation_weights(related_weight=0.3, family_weight=0.6)
    assert weights[("award_nominations", "awards")] == 0.6
    assert weights[("awards", "award_nominations")] == 0.6
    assert weights[("award_nominations", "staff_awards")] == 0.3  # siblings
    assert weights[("mentoring", "training_access")] == 0.3
    assert ("mentoring", "awards") not in weights
    assert all((b, a) in weights and weights[b, a] == w for (a, b), w in weights.items())


def test_means_practices() -> None:
    assert {"development_funding", "communications"} <= load_taxonomy().means_ids


@pytest.mark.parametrize(
    "term",
    ["skill ... ", "... survey", "a ... ... b"],
    ids=["nothing-after-gap", "nothing-before-gap", "empty-middle"],
)
def test_gap_term_needs_words_on_both_sides(tmp_path: Path, term: str) -> None:
    path = tmp_path / "gap.toml"
    path.write_text(
        f"[[practice]]\nid='a'\npillar='visibility'\nlabel='l'\ndescription='d'\nterms=['{term}']\n", encoding="utf-8"
    )
    with pytest.raises(ComparisonError, match="gap term"):
        load_taxonomy(path)


def test_unknown_parent_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "orphan.toml"
    path.write_text(
        "[[practice]]\nid='orphan'\npillar='visibility'\nlabel='l'\ndescription='d'\nterms=['x']\nparent='nowhere'\n",
        encoding="utf-8",
    )
    taxonomy = load_taxonomy(path)
    assert taxonomy.get("orphan") is not None
    assert "unknown parent" in caplog.text
    assert ("orphan", "nowhere") not in taxonomy.relation_weights(0.3, 0.6)
