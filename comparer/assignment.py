"""Best counterparts: for each action and each other plan, the best-scoring action(s).

A directed edge a -> b is *near best* when b is in another plan, the pair scores at least
the `related` threshold and no more than `margin` below a's best counterpart in b's plan.
An edge is also a candidate, though not near best, when the pair is *strong*: it scores at
least `strong_same_threshold`. At most `max_counterparts` candidates per action and plan
are kept, best first; a strong one that is not near best is then dropped unless the two
actions may be the same (a shared focus practice, no clash of stages). A pair
is listed when either direction is kept. It is `same`, when the actions may be the same, by
the first of these rules that holds (`SameRule`, named in the match's reason):

- mutual_best: both directions are near best and it scores at least `same_threshold`;
- one_way_best: one direction is near best (one side's best counterpart, while the other
  side's best is another action: five registration actions against one) and it scores at
  least `one_way_same_threshold`;
- strong: neither direction is near best but it scores at least `strong_same_threshold`
  (a broad action and several narrow ones, or several actions on each side doing one thing);
- same_object: the two actions make or run the same kind of object (`comparer.text.OBJECT_KINDS`:
  a web page and a hub, an away day and a conference) and it scores at least
  `object_same_threshold`; such a pair is a candidate even when it is not near best;
- listed_practice: one action lists several practices (an umbrella, `comparer.scoring.is_umbrella`)
  and it scores at least `listed_same_threshold`: the list is the same as each narrower action
  doing one of its items; such a pair is a candidate even when it is not near best;
- same_practice: both directions are near best, both actions are mainly about one practice (the
  one each statement names most often, or a practice and its parent; `comparer.scoring.main_tags`),
  they share a word (TF-IDF part above 0) and it scores at least `same_threshold` less
  `practice_same_discount`.

Otherwise it is `related`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from comparer.blocking import CandidateBlock
from comparer.scoring import BlockScores
from comparer.settings import ComparisonSettings
from schemas.comparison import MatchKind, SameRule

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DirectedEdges:
    """Kept a -> b edges with their score parts, as parallel arrays."""

    src: NDArray[np.int64]
    dst: NDArray[np.int64]
    lexical: NDArray[np.float32]
    tfidf: NDArray[np.float32]
    practice: NDArray[np.float32]
    pillar: NDArray[np.float32]
    total: NDArray[np.float32]
    shared_focus: NDArray[np.bool_]
    near_best: NDArray[np.bool_]
    same_object: NDArray[np.bool_]
    listed: NDArray[np.bool_]
    same_main: NDArray[np.bool_]
    open_class: NDArray[np.bool_]

    @classmethod
    def concat(cls, parts: Iterable[DirectedEdges]) -> DirectedEdges:
        items = list(parts)
        if not items:
            empty_i = np.zeros(0, dtype=np.int64)
            empty_f = np.zeros(0, dtype=np.float32)
            empty_b = np.zeros(0, dtype=bool)
            return cls(
                empty_i,
                empty_i,
                empty_f,
                empty_f,
                empty_f,
                empty_f,
                empty_f,
                empty_b,
                empty_b,
                empty_b,
                empty_b,
                empty_b,
                empty_b,
            )
        return cls(*(np.concatenate([getattr(e, f) for e in items]) for f in cls.__dataclass_fields__))


@dataclass(frozen=True)
class Assignment:
    a: int
    b: int
    kind: MatchKind
    lexical: float
    tfidf: float
    practice: float
    pillar: float
    score: float
    rule: SameRule | None = None


# Codes of `MatchTable.rule`: 0 for a related pair, then the rules in the order they are tried.
RULE_CODES: dict[int, SameRule] = {
    1: SameRule.MUTUAL,
    2: SameRule.ONE_WAY,
    3: SameRule.STRONG,
    4: SameRule.SAME_OBJECT,
    5: SameRule.LISTED,
    6: SameRule.SAME_PRACTICE,
}
PairTest = Callable[[NDArray[np.int64], NDArray[np.int64]], NDArray[np.bool_]]


def plan_segments(plans: NDArray[np.int64]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Start column of each plan's run and, per column, the number of its run.

    Actions are ordered plan by plan, so each plan is one contiguous run of columns.
    """
    if len(plans) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    change = np.flatnonzero(np.diff(plans)) + 1
    starts = np.concatenate([[0], change]).astype(np.int64)
    run_of_col = np.cumsum(np.isin(np.arange(len(plans)), starts)) - 1
    return starts, run_of_col.astype(np.int64)


def block_to_edges(
    block: CandidateBlock,
    scores: BlockScores,
    plans: NDArray[np.int64],
    settings: ComparisonSettings,
    may_be_same: PairTest | None = None,
    same_object: PairTest | None = None,
    listed: PairTest | None = None,
    same_main: PairTest | None = None,
    opened: PairTest | None = None,
    structure_kin: PairTest | None = None,
    structure_span: tuple[NDArray[np.bool_], NDArray[np.bool_]] | None = None,
    open_span: tuple[NDArray[np.bool_], NDArray[np.bool_], NDArray[np.bool_], NDArray[np.bool_]] | None = None,
) -> DirectedEdges:
    """Keep, for each row action and each other plan, its best counterpart(s).

    `scores.total` is overwritten in the pairs within one plan. `may_be_same(r, c)` says
    which kept pairs (block row, block column) may be `same` (all, when not given);
    `same_object(r, c)` which make the same kind of object (none, when not given);
    `listed(r, c)` which pair an umbrella with another action (none, when not given);
    `same_main(r, c)` which are mainly about one practice (none, when not given);
    `opened(r, c)` which pair an action naming an open class with another (none, when not given);
    `structure_kin(r, c)` which pair a career pathway with a part of the career structure: those scoring from
    `structure_related_threshold` up to the `related` floor are kept as related counterparts (none, when not given);
    `structure_span` the block rows and columns that may be such a pair at all (all, when not given);
    `open_span` (rows naming an open class, rows naming a member, columns naming an open class, columns naming a
    member): the cells under the `related` floor that may be an open class and its member (`open_member_cells`;
    none, when not given).
    """
    cols_plans = plans[block.cols]
    starts, run_of_col = plan_segments(cols_plans)
    total = scores.total
    for row_cells, col_cells in block.own_plan_cells():
        total[row_cells, col_cells] = np.float32(-1.0)
    best = np.maximum.reduceat(total, starts, axis=1)  # (rows, plans)
    floor = np.maximum(best - np.float32(settings.margin), np.float32(settings.related_threshold))
    floor[best < 0] = np.inf  # a plan whose every column is masked
    strong_floor = np.float32(settings.strong_same_threshold)
    object_floor = np.float32(settings.object_same_threshold) if same_object is not None else strong_floor
    listed_floor = np.float32(settings.listed_same_threshold) if listed is not None else strong_floor
    open_floor = np.float32(settings.open_same_threshold) if opened is not None else strong_floor
    # Cells under the `related` floor enter only through `open_member_cells`.
    reach = min(strong_floor, object_floor, listed_floor, max(open_floor, np.float32(settings.related_threshold)))
    candidates = total >= np.float32(settings.related_threshold)
    if np.count_nonzero(candidates) * 4 <= candidates.size:
        # Usual case: few pairs reach `related`; test the margin on those only.
        r, c = np.nonzero(candidates)
        values = total[r, c]
        near = values >= floor[r, run_of_col[c]]
        keep = near | (values >= reach)
        r, c, near = r[keep], c[keep], near[keep]
    else:
        near_cells = total >= floor[:, run_of_col]
        r, c = np.nonzero(near_cells | (total >= reach))
        near = near_cells[r, c]
    if reach < strong_floor and len(r):
        # Pairs above the object or listed floor only are candidates when they make the same kind
        # of object, or when one side is an umbrella.
        values = total[r, c]
        extra = np.flatnonzero(~near & (values < strong_floor))
        if len(extra):
            keep = np.ones(len(r), dtype=bool)
            passed = np.zeros(len(extra), dtype=bool)
            if same_object is not None:
                passed |= same_object(r[extra], c[extra]) & (values[extra] >= object_floor)
            if listed is not None:
                passed |= listed(r[extra], c[extra]) & (values[extra] >= listed_floor)
            if opened is not None:
                passed |= opened(r[extra], c[extra]) & (values[extra] >= open_floor)
            keep[extra] = passed
            r, c, near = r[keep], c[keep], near[keep]
    if len(r) and settings.max_counterparts:
        # Each (row, plan) group ordered by score, then column. (r, c) come row by row with
        # columns ascending, so when block columns ascend too the stable sort keeps that order.
        group = r * (len(starts) + 1) + run_of_col[c]
        if np.all(block.cols[1:] > block.cols[:-1]):
            order = np.lexsort((-total[r, c], group))
        else:
            order = np.lexsort((block.cols[c], -total[r, c], group))
        r, c, group, near = r[order], c[order], group[order], near[order]
        first = np.concatenate([[True], group[1:] != group[:-1]])
        group_start = np.maximum.accumulate(np.where(first, np.arange(len(group)), 0))
        rank = np.arange(len(group)) - group_start
        sel = rank < settings.max_counterparts
        r, c, near = r[sel], c[sel], near[sel]
    if open_span is not None and open_floor < np.float32(settings.related_threshold):
        lr, lc = open_member_cells(total, open_floor, np.float32(settings.related_threshold), open_span)
        if len(lr):
            r, c = np.concatenate([r, lr]), np.concatenate([c, lc])
            near = np.concatenate([near, np.zeros(len(lr), dtype=bool)])
    # The focus test runs on the kept pairs only; a strong pair that may not be the same, or a
    # pair above the object floor only that makes no common object, is then no counterpart
    # unless it is near best.
    shared = may_be_same(r, c) if may_be_same is not None else np.ones(len(r), dtype=bool)
    values = total[r, c]
    objects = same_object(r, c) if same_object is not None else np.zeros(len(r), dtype=bool)
    lists = listed(r, c) if listed is not None else np.zeros(len(r), dtype=bool)
    members = open_member_floor(r, c, values, opened, open_floor, same_main, np.float32(settings.related_threshold))
    keep = near | (
        shared
        & (
            (values >= strong_floor)
            | (objects & (values >= object_floor))
            | (lists & (values >= listed_floor))
            | members
        )
    )
    r, c, near, shared, objects, lists = r[keep], c[keep], near[keep], shared[keep], objects[keep], lists[keep]
    if structure_kin is not None and settings.structure_related_threshold < settings.related_threshold:
        kr, kc = structure_pairs(total, settings, structure_kin, structure_span)
        if len(kr):
            r, c = np.concatenate([r, kr]), np.concatenate([c, kc])
            no = np.zeros(len(kr), dtype=bool)
            near, shared = np.concatenate([near, no]), np.concatenate([shared, no])
            objects, lists = np.concatenate([objects, no]), np.concatenate([lists, no])
    mains = same_main(r, c) if same_main is not None else np.zeros(len(r), dtype=bool)
    opens = opened(r, c) if opened is not None else np.zeros(len(r), dtype=bool)
    return DirectedEdges(
        src=block.rows[r],
        dst=block.cols[c],
        lexical=scores.lexical[r, c],
        tfidf=scores.tfidf[r, c],
        practice=scores.practice[r, c],
        pillar=scores.pillar[r, c],
        total=total[r, c],
        shared_focus=np.asarray(shared, dtype=bool),
        near_best=np.asarray(near, dtype=bool),
        same_object=np.asarray(objects, dtype=bool),
        listed=np.asarray(lists, dtype=bool),
        same_main=np.asarray(mains, dtype=bool),
        open_class=np.asarray(opens, dtype=bool),
    )


def open_member_cells(
    total: NDArray[np.float32],
    low: np.float32,
    high: np.float32,
    span: tuple[NDArray[np.bool_], NDArray[np.bool_], NDArray[np.bool_], NDArray[np.bool_]],
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """The cells scoring from `low` (`open_same_threshold`) up to `high` (the `related` floor) whose row names an
    open class and whose column a thing made or run, or the other way round (`span`: open rows, member rows, open
    columns, member columns). Few actions name an open class, so only their rows and columns are read."""
    open_rows, member_rows, open_cols, member_cols = span
    found: list[tuple[NDArray[np.int64], NDArray[np.int64]]] = []
    for rows_mask, cols_mask in ((open_rows, member_cols), (member_rows, open_cols)):
        rows, cols = np.flatnonzero(rows_mask), np.flatnonzero(cols_mask)
        if not len(rows) or not len(cols):
            continue
        sub = total[np.ix_(rows, cols)]
        i, j = np.nonzero((sub >= low) & (sub < high))
        found.append((rows[i].astype(np.int64), cols[j].astype(np.int64)))
    if not found:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    r = np.concatenate([f[0] for f in found])
    c = np.concatenate([f[1] for f in found])
    cells = np.unique(r * total.shape[1] + c)  # a row and column naming both are found twice
    return (cells // total.shape[1]).astype(np.int64), (cells % total.shape[1]).astype(np.int64)


def open_member_floor(
    r: NDArray[np.int64],
    c: NDArray[np.int64],
    values: NDArray[np.float32],
    opened: PairTest | None,
    open_floor: np.float32,
    same_main: PairTest | None = None,
    related_floor: np.float32 | None = None,
) -> NDArray[np.bool_]:
    """Which pairs (block rows r, columns c, scoring `values`) are an open class and one of its members
    (`opened`) scoring from `open_same_threshold` up: a reader sees "forums or other means of general
    communication" as each newsletter, mailing list or update session, though a terse "producing a regular
    newsletter" shares no word with it and its score falls under the `related` floor. Under that floor the two
    must also be mainly about one practice (`same_main`, when given): articles on the intranet celebrating
    technicians are about their stories, not a channel. The caller keeps them when they may be the same
    (shared focus); `same_rules` then makes them `same`."""
    if opened is None or not len(r):
        return np.zeros(len(r), dtype=bool)
    low = values >= open_floor
    out = np.zeros(len(r), dtype=bool)
    if np.any(low):
        idx = np.flatnonzero(low)
        member = opened(r[idx], c[idx])
        if same_main is not None and related_floor is not None:
            under = values[idx] < related_floor
            member &= ~under | same_main(r[idx], c[idx])
        out[idx] = member
    return out


def structure_pairs(
    total: NDArray[np.float32],
    settings: ComparisonSettings,
    structure_kin: PairTest,
    span: tuple[NDArray[np.bool_], NDArray[np.bool_]] | None = None,
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """The cells scoring from `structure_related_threshold` up to the `related` floor whose actions are a career
    pathway and a part of the career structure (`structure_kin`): a reader sees a job description library, a job
    evaluation course or a business case for a higher grade as steps of a pathway, related though few words are
    shared. They are never near best, never `same`. Cells of one plan (masked at -1) stay out. `span` (rows,
    columns) narrows the search to the actions that are a pathway or name a part of one."""
    rows = np.flatnonzero(span[0]) if span is not None else np.arange(total.shape[0])
    cols = np.flatnonzero(span[1]) if span is not None else np.arange(total.shape[1])
    if not len(rows) or not len(cols):
        return rows, cols[:0]
    sub = total[np.ix_(rows, cols)]
    low = (sub >= np.float32(settings.structure_related_threshold)) & (sub < np.float32(settings.related_threshold))
    i, j = np.nonzero(low)
    r, c = rows[i], cols[j]
    if not len(r):
        return r, c
    kin = structure_kin(r, c)
    return r[kin], c[kin]


@dataclass(frozen=True)
class MatchTable:
    """Undirected matches as parallel arrays, sorted by (a, b) with a < b."""

    a: NDArray[np.int64]
    b: NDArray[np.int64]
    same: NDArray[np.bool_]
    rule: NDArray[np.int8]  # RULE_CODES; 0 for related pairs
    lexical: NDArray[np.float32]
    tfidf: NDArray[np.float32]
    practice: NDArray[np.float32]
    pillar: NDArray[np.float32]
    score: NDArray[np.float32]

    def __len__(self) -> int:
        return len(self.a)

    def row(self, k: int) -> Assignment:
        return Assignment(
            a=int(self.a[k]),
            b=int(self.b[k]),
            kind=MatchKind.SAME if bool(self.same[k]) else MatchKind.RELATED,
            lexical=float(self.lexical[k]),
            tfidf=float(self.tfidf[k]),
            practice=float(self.practice[k]),
            pillar=float(self.pillar[k]),
            score=float(self.score[k]),
            rule=RULE_CODES.get(int(self.rule[k])),
        )

    def rows(self, indices: NDArray[np.int64] | None = None) -> list[Assignment]:
        chosen = range(len(self)) if indices is None else indices.tolist()
        return [self.row(k) for k in chosen]

    def capped(self, cap: int | None) -> NDArray[np.int64]:
        """Indices of the matches kept when each action lists at most `cap`, best first.

        A match is kept when it is among the `cap` best of either of its actions
        (ties broken by position), so no action loses all its matches.
        """
        n = len(self)
        if cap is None or n == 0:
            return np.arange(n, dtype=np.int64)
        # Each match counts once for each of its two actions.
        node = np.concatenate([self.a, self.b])
        match = np.concatenate([np.arange(n), np.arange(n)])
        score = np.concatenate([self.score, self.score])
        order = np.lexsort((match, -score, node))
        ranked = node[order]
        first = np.concatenate([[True], ranked[1:] != ranked[:-1]])
        group_start = np.maximum.accumulate(np.where(first, np.arange(2 * n), 0))
        rank = np.arange(2 * n) - group_start
        keep = np.zeros(n, dtype=bool)
        keep[match[order[rank < cap]]] = True
        return np.flatnonzero(keep).astype(np.int64)


def same_rules(
    near_count: NDArray[np.int64],
    total: NDArray[np.float32],
    shared: NDArray[np.bool_],
    settings: ComparisonSettings,
    same_object: NDArray[np.bool_] | None = None,
    listed: NDArray[np.bool_] | None = None,
    same_main: NDArray[np.bool_] | None = None,
    tfidf: NDArray[np.float32] | None = None,
    opened: NDArray[np.bool_] | None = None,
) -> NDArray[np.int8]:
    """Per pair, the code of the first `SameRule` that makes it `same` (0: related).

    `near_count` is how many of the pair's two directions are near best; `shared` whether
    the actions may be the same (shared focus, no clash of stages or objects); `same_object`
    whether they make the same kind of object; `listed` whether one is an umbrella;
    `same_main` whether both are mainly about one practice; `tfidf` the pairs' TF-IDF part (a pair
    that shares no word is not `same` by `same_practice`); `opened` whether one names an open class
    ("forums or other means of general communication"), a list of examples from `open_same_threshold`.
    """
    rule = np.zeros(len(total), dtype=np.int8)
    if same_main is not None:
        floor = np.float32(settings.same_threshold - settings.practice_same_discount)
        passed = same_main & (near_count >= 2) & (total >= floor)
        if tfidf is not None:
            passed &= tfidf > 0
        rule[passed & shared] = 6
    if opened is not None:
        rule[opened & shared & (total >= np.float32(settings.open_same_threshold))] = 5
    if listed is not None:
        rule[listed & shared & (total >= np.float32(settings.listed_same_threshold))] = 5
    if same_object is not None:
        rule[same_object & shared & (total >= np.float32(settings.object_same_threshold))] = 4
    tests = (
        (3, (near_count == 0) & (total >= np.float32(settings.strong_same_threshold))),
        (2, (near_count == 1) & (total >= np.float32(settings.one_way_same_threshold))),
        (1, (near_count >= 2) & (total >= np.float32(settings.same_threshold))),
    )
    for code, passed in tests:
        rule[passed & shared] = code
    return rule


def assign_matches(edges: DirectedEdges, settings: ComparisonSettings) -> MatchTable:
    """Undirected matches from directed edges; `same` by `same_rules`."""
    low = np.minimum(edges.src, edges.dst)
    high = np.maximum(edges.src, edges.dst)
    order = np.lexsort((high, low))  # stable: the first edge of each pair comes first
    low, high = low[order], high[order]
    first = np.concatenate([[True], (low[1:] != low[:-1]) | (high[1:] != high[:-1])]) if len(low) else low > 0
    starts = np.flatnonzero(first)
    near_count = np.add.reduceat(edges.near_best[order].astype(np.int64), starts) if len(starts) else starts
    picked = order[starts]
    total = edges.total[picked]
    rule = same_rules(
        near_count,
        total,
        edges.shared_focus[picked],
        settings,
        edges.same_object[picked],
        edges.listed[picked],
        edges.same_main[picked],
        edges.tfidf[picked],
        edges.open_class[picked],
    )
    table = MatchTable(
        a=low[starts],
        b=high[starts],
        same=rule > 0,
        rule=rule,
        lexical=edges.lexical[picked],
        tfidf=edges.tfidf[picked],
        practice=edges.practice[picked],
        pillar=edges.pillar[picked],
        score=total,
    )
    logger.debug("%d directed edges -> %d matches", len(edges.src), len(table))
    return table
