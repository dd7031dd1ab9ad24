"""Rules added after reading the fifth and sixth held-out alignment sets (with the first four beside them):
causes found on at least two sets. Texts are written for these tests."""

from __future__ import annotations

import numpy as np
import pytest
from tag_reading import tag_hits as _tags

from comparer.compare import build_corpus, compare
from comparer.scoring import as_list, money_apart, objects_relation, pays, pursues_unpaid
from comparer.settings import ComparisonSettings
from comparer.text import (
    ActionTextProcessor,
    PreparedAction,
    objects_of,
    opens_with_support,
    owned_site,
    prepare_action,
    survey_scope,
)
from schemas.comparison import MatchKind, SameRule
from schemas.plan import Action, Provenance


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        ("Add a page on the gallery's conservators to the museum website", True),
        ("A monthly blog post on our website about the glassblowers' work", True),
        ("List the demonstrators on the module web pages", True),
        ("Launch technician web pages with stories of the instrument makers", False),
        ("Keep the website up to date", False),
    ],
)
def test_owned_site(processor: ActionTextProcessor, text: str, owned: bool) -> None:
    doc = processor.docs([text])[0]
    starts = [k for k, t in enumerate(doc) if t.lemma_ in ("website", "web")]
    assert any(owned_site(doc, k) for k in starts) is owned


@pytest.mark.parametrize(
    ("text", "practice"),
    [
        ("Add a page on the gallery's conservators to the museum website", "public_web"),
        ("Add the workshop team's opening hours to the college's web pages", "public_web"),
        ("Launch technician web pages with stories of the instrument makers", "web_presence"),
        ("Refresh the technicians' pages on our intranet", "technician_hub"),
    ],
)
def test_an_organisations_own_site_is_its_public_site(processor: ActionTextProcessor, text: str, practice: str) -> None:
    tags = _tags(processor, text)
    assert max(sorted(tags), key=lambda t: tags[t]) == practice
    assert "web_presence" not in tags or practice == "web_presence"


def test_an_organisations_own_site_is_not_the_internal_hub(make_plan) -> None:  # type: ignore[no-untyped-def]
    """A feature on the museum's website and the technicians' intranet hub are two kinds of site (the
    public one and the internal one): they may not be the same, while pages saying no audience still
    meet the hub."""
    own = "Add a page on the gallery's conservators and mount-makers to the museum website"
    plain = "Add a page on the conservators and mount-makers to the technician web pages"
    hub = "Improve the technicians' intranet hub with news and stories from the teams"
    plans = [
        make_plan("A", [(None, None, own, []), (None, None, plain, [])]),
        make_plan("B", [(None, None, hub, [])]),
    ]
    corpus = build_corpus(plans, ComparisonSettings())
    model = corpus.model
    assert not model.score_pair(corpus.prepared[0], corpus.prepared[2]).shared_focus
    assert model.score_pair(corpus.prepared[1], corpus.prepared[2]).shared_focus


@pytest.mark.parametrize(
    ("text", "supports"),
    [
        ("Support technicians to gain chartered status", True),
        ("We will help workshop staff to attend trade fairs", True),
        ("Give glassblowers access to the management courses", True),
        ("Give each new starter a tour of the stores", False),
        ("Run an annual event on chartered status", False),
        ("Fund technicians to attend trade fairs", False),
    ],
)
def test_opens_with_support(processor: ActionTextProcessor, text: str, supports: bool) -> None:
    assert opens_with_support(processor.docs([text])[0]) is supports


def _prepared(processor: ActionTextProcessor, text: str) -> PreparedAction:
    return prepare_action(Action(text=text, provenance=Provenance()), processor)


@pytest.mark.parametrize(
    ("text", "paying", "unpaid"),
    [
        ("A small budget for glassblowing courses and trade fair fees", True, False),
        ("We will pay for technicians to gain chartered registration", True, False),
        ("Guidance on externally funded placements at partner labs", False, False),
        ("Support technicians to gain chartered registration, paying the first fees", False, False),
        ("In-house refresher training in cryogen handling for the technical team", False, True),
        ("Keep a record of technicians working towards registration and celebrate those who register", False, True),
        ("Repaint the corridor outside the stores", False, False),
    ],
)
def test_pays_and_pursues_unpaid(processor: ActionTextProcessor, text: str, paying: bool, unpaid: bool) -> None:
    action = _prepared(processor, text)
    assert pays(action) is paying
    assert pursues_unpaid(action) is unpaid


def test_paying_for_an_end_and_pursuing_it_otherwise_are_apart(make_plan) -> None:  # type: ignore[no-untyped-def]
    """A training budget and in-house training are two ways to one end: they may not be the same, in
    the fast path as in the slow one; a statement only supporting training meets the budget, and the
    setting switches the rule off."""
    budget = "A small budget so that technicians can take training courses and pay conference fees"
    inhouse = "In-house refresher training in cryogen handling for the technical team"
    support = "Support technicians to take up training courses each year"
    plans = [
        make_plan("A", [(None, None, budget, [])]),
        make_plan("B", [(None, None, inhouse, []), (None, None, support, [])]),
    ]
    for settings, apart in ((ComparisonSettings(), True), (ComparisonSettings(money_apart=False), False)):
        corpus = build_corpus(plans, settings)
        a, b, c = corpus.prepared
        assert money_apart(a, b)
        assert not money_apart(a, c)
        slow = corpus.model.score_pair(a, b)
        vectors = corpus.model.vectors(corpus.prepared)
        one = np.array([0])
        fast = bool(corpus.model.may_be_same(vectors.take(one), vectors.take(np.array([1])), one, one)[0])
        assert fast is slow.shared_focus
        assert slow.shared_focus is not apart


@pytest.mark.parametrize(
    ("text", "listing"),
    [
        ("Financial help for short courses, conference attendance and chartered registration", True),
        ("A small budget for glassblowing courses", False),
        ("An annual day on short courses, conference attendance and chartered registration", False),
    ],
)
def test_a_fund_listing_what_it_pays_for_is_a_list(processor: ActionTextProcessor, text: str, listing: bool) -> None:
    assert as_list(_prepared(processor, text)) is listing


def test_a_fund_listing_what_it_pays_for_is_the_same_as_paying_for_one(make_plan) -> None:  # type: ignore[no-untyped-def]
    """A fund over courses, conferences and registration is one reading of paying registration fees, though
    the two share few words; it stays apart from running an event on registration (`money_apart`)."""
    fund = "Financial help for short courses, conference attendance and chartered registration across all schools"
    fees = "We will pay for glassblowers to gain chartered registration"
    event = "Run a yearly open afternoon on chartered registration with the professional bodies"
    plans = [
        make_plan("A", [(None, None, fund, [])]),
        make_plan("B", [(None, None, fees, []), (None, None, event, [])]),
    ]
    result = compare(plans, ComparisonSettings())
    kinds = {(m.a.text, m.b.text): (m.kind, m.reason.rule) for m in result.matches}
    assert kinds.get((fund, fees)) == (MatchKind.SAME, SameRule.LISTED)
    assert kinds.get((fund, event), (MatchKind.RELATED, None))[0] == MatchKind.RELATED


@pytest.mark.parametrize(
    "text",
    [
        "Put the glassblowing team forward each year for the national heritage craft awards",
        "Enter our instrument makers for national prizes",
    ],
)
def test_national_awards_named_with_a_qualifier_are_nominations(processor: ActionTextProcessor, text: str) -> None:
    tags = _tags(processor, text)
    assert "award_nominations" in tags
    assert "staff_awards" not in tags


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Act on the results of the university staff survey for the technical teams", "general"),
        ("Staff survey: read the answers of the workshop job family each year", "general"),
        ("Run our own survey of technical staff every spring", "own"),
        ("A short questionnaire for technicians after each training day", "own"),
        ("Run focus groups on workload", None),
    ],
)
def test_survey_scope(processor: ActionTextProcessor, text: str, scope: str | None) -> None:
    assert survey_scope([t.lemma_ for t in processor.docs([text])[0]]) == scope


def test_the_general_staff_survey_and_a_survey_of_technicians_clash(processor: ActionTextProcessor) -> None:
    def kinds(text: str) -> frozenset[str]:
        return objects_of(processor.docs([text])[0])

    general = kinds("University staff survey: work with its results for the technical job family")
    own = kinds("Run an annual survey of the technical community")
    either = kinds("Run focus groups on workload each year")
    assert objects_relation(general, own) == "clash"
    assert objects_relation(either, general) == "same"
    assert objects_relation(either, own) == "same"
