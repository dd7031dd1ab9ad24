"""Search: direct hits of the query's practice first; a plain note when nothing matched well."""

from __future__ import annotations

import pytest
from paths import SAMPLES_DIR

from comparer.search import is_direct_hit, query_family, weak_match_note
from comparer.taxonomy import load_taxonomy
from schemas.comparison import ActionKey, MatchReason, ScoreParts, SearchHit
from schemas.plan import Provenance


def hit(score: float) -> SearchHit:
    key = ActionKey(institution="X", index=0, text="t", provenance=Provenance())
    parts = ScoreParts(lexical=0, tfidf=0, practice=0, pillar=0)
    return SearchHit(action=key, score=score, reason=MatchReason(parts=parts))


def test_a_broad_practice_takes_in_the_finer_ones() -> None:
    taxonomy = load_taxonomy()
    family = query_family(["awards"], taxonomy)
    assert "awards" in family
    finer = {p.id for p in taxonomy.practices if p.parent == "awards"}
    assert finer, "the taxonomy refines awards"
    assert finer <= family


def test_a_direct_hit_names_the_practice_in_its_own_text() -> None:
    wanted = frozenset({"awards", "staff_awards"})
    assert is_direct_hit(("staff_awards", "communications"), wanted)
    assert not is_direct_hit(("communications",), wanted)
    assert not is_direct_hit(("awards",), frozenset())


def test_weak_matches_are_called_near_misses() -> None:
    assert weak_match_note([hit(45.0)], 30.0) is None
    note = weak_match_note([hit(29.7), hit(19.8)], 30.0)
    assert note is not None
    assert note.startswith("nothing matched the query well")
    assert weak_match_note([], 30.0) == "nothing matched the query; try other words or a practice name"


@pytest.mark.slow
def test_samples_award_actions_come_first_and_leavers_find_nothing_good() -> None:
    from comparer.loading import load_inputs
    from comparer.search import search

    loaded = load_inputs([SAMPLES_DIR])
    taxonomy = load_taxonomy()
    awards = query_family(["awards"], taxonomy)
    result = search("technician awards", loaded.plans, limit=10)
    direct = [h for h in result.hits if set(h.action.practices) & awards]
    assert len(direct) == len(result.hits), [h.action.text[:40] for h in result.hits if h not in direct]
    leavers = search("exit interviews for leavers", loaded.plans)
    assert leavers.note is not None
    assert "nothing matched the query well" in leavers.note
