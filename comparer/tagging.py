"""What an action is mainly about, read from its practice tags (for checks and reports)."""

from __future__ import annotations

from comparer.taxonomy import Taxonomy
from comparer.text import PreparedAction


def main_practices(action: PreparedAction) -> frozenset[str]:
    """The practices an action's own text names most often (the first named earns the lead bonus).

    Ties are all kept: "Run mentoring and coaching" names one practice twice, "Fund
    registration and conferences" two practices once each besides the lead. When the text
    names none, the theme's and measures' practices stand in (`PreparedAction.own_tags`).
    """
    hits = action.tag_hits or action.context_tag_hits
    if not hits:
        return frozenset()
    top = max(n for _, n in hits)
    return frozenset(tag for tag, n in hits if n == top)


def practice_family(taxonomy: Taxonomy, practice_id: str) -> frozenset[str]:
    """A practice and its children: naming a child ("award nominations") names the broad practice ("awards")."""
    children = {p.id for p in taxonomy.practices if p.parent == practice_id}
    return frozenset({practice_id, *children})
