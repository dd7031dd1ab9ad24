from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comparer.compare import text_processor
from comparer.taxonomy import load_taxonomy
from comparer.text import LEAD_BONUS, PreparedAction, lemma_of, normalise_text, prepare_action, split_asides
from schemas.plan import Action, Provenance


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Co-ordinator", "coordinator"),
        ("fixed-term contracts", "fixed term contracts"),
        ("Technician\u2019s Hub", "technician hub"),
        ("FTC/OEC", "ftc / oec"),
        ("  many   spaces ", "many spaces"),
    ],
    ids=["co-prefix", "hyphen", "possessive", "slash", "spaces"],
)
def test_normalise_text(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@given(st.text(max_size=80))
def test_normalise_text_is_idempotent(raw: str) -> None:
    once = normalise_text(raw)
    assert normalise_text(once) == once


@pytest.mark.parametrize(
    ("raw", "main", "aside"),
    [
        ("Run a skills survey", "Run a skills survey", ""),
        ("Improve the hub, including training and events; run a survey", "Improve the hub, ; run a survey",
         "including training and events"),
        ("Track measures eg turnover, promotions. Report yearly", "Track measures . Report yearly",
         "eg turnover, promotions"),
        ("(Research) Fair attribution policy", "Fair attribution policy", "(Research)"),
        ("Unclosed (aside here", "Unclosed", "(aside here"),
    ],
    ids=["none", "including", "eg", "parenthesis", "unclosed"],
)  # fmt: skip
def test_split_asides(raw: str, main: str, aside: str) -> None:
    assert split_asides(raw) == (main, aside)


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("developed", "develop"), ("mentoring", "mentor"), ("apprenticeships", "apprenticeship"), ("data", "data")],
    ids=["fix-develope", "mentoring", "plural", "fix-datum"],
)
def test_lemma_of(word: str, lemma: str) -> None:
    assert lemma_of(word) == lemma


@pytest.mark.parametrize(
    ("text", "practice"),
    [
        ("Support staff to become RSciTech registered", "professional_registration"),
        ("Join the Science Council Employer Champion programme", "professional_registration"),
        ("Set up a mentoring pilot", "mentoring"),
        ("Mentors and mentees meet monthly", "mentoring"),
        ("Move technicians from fixed-term to open-ended contracts", "contract_security"),
        ("Nominate technicians for national awards", "award_nominations"),
        ("Run a skills audit to find training needs", "skills_audit"),
        ("Increase outreach with local schools", "outreach"),
        ("Maintain links with HEaTED and the NTDC", "external_networks"),
        ("Promote the PREP framework and HEA fellowship", "teaching_recognition"),
        ("Review the terms of reference of the steering group", "governance"),
        ("Post about technicians on LinkedIn and other social media", "social_media"),
    ],
    ids=lambda v: v if isinstance(v, str) and "_" in v else None,
)
def test_practice_tags(text: str, practice: str) -> None:
    processor = text_processor(load_taxonomy())
    prepared = prepare_action(Action(text=text, provenance=Provenance()), processor)
    assert practice in prepared.tags, prepared.tag_hits


def test_contained_term_of_another_practice_is_dropped() -> None:
    processor = text_processor(load_taxonomy())
    prepared = prepare_action(Action(text="Explain the job evaluation process", provenance=Provenance()), processor)
    assert "job_grading" in prepared.tags
    assert "impact_evaluation" not in prepared.tags


def test_synonyms_fold_and_generic_words_drop() -> None:
    processor = text_processor(load_taxonomy())
    prepared = prepare_action(
        Action(text="Develop the TAE staff intranet for technical staff", provenance=Provenance()), processor
    )
    assert "website" in prepared.lemmas
    assert "technician" not in prepared.lemmas  # folded, then generic
    assert "develop" not in prepared.lemmas


FALLBACK_CASES = [
    # (text, lemmas expected in, lemmas expected out)
    ("Career plans for technicians", {"career", "plan"}, {"technician"}),
    ("Action plan review", {"action", "plan", "review"}, set()),
    ("Review the career pathway and the promotion criteria", {"pathway", "promotion", "criterion"}, {"career"}),
    ("Develop and support technicians", set(), {"develop", "support", "technician"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), FALLBACK_CASES, ids=[c[0] for c in FALLBACK_CASES])
def test_topical_generic_words_count_only_when_few_words_remain(text: str, present: set[str], absent: set[str]) -> None:
    """Words like "career" and "plan" count when an action has fewer than two words of its own."""
    processor = text_processor(load_taxonomy())
    lemmas = set(prepare_action(Action(text=text, provenance=Provenance()), processor).lemmas)
    assert present <= lemmas
    assert not absent & lemmas


def _prepared(text: str, measures: list[str] | None = None) -> PreparedAction:
    processor = text_processor(load_taxonomy())
    return prepare_action(Action(text=text, measures=measures or [], provenance=Provenance()), processor)


@pytest.mark.parametrize(
    ("text", "practice", "absent"),
    [
        ("Carry out a skills, tools and training survey", "skills_audit", "technician_survey"),
        ("Pay professional registration fees for technicians", "professional_registration", None),
        ("Encourage technicians to enter national awards", "award_nominations", "awards"),
        ("Launch a new Technician of the Year award", "staff_awards", "awards"),
    ],
    ids=["gap-covers-inner-term", "gap-leaves-its-gap-alone", "verb-gap-object", "quoted-name-in-gap"],
)
def test_gap_terms(text: str, practice: str, absent: str | None) -> None:
    prepared = _prepared(text)
    assert practice in prepared.tags, prepared.tag_hits
    if absent:
        assert absent not in prepared.all_tags, prepared.tag_hits


def test_gap_never_crosses_a_clause() -> None:
    prepared = _prepared("Discuss skills; then run a survey")
    assert "skills_audit" not in prepared.tags, prepared.tag_hits


@pytest.mark.parametrize(
    ("text", "focus", "means"),
    [
        ("Fund places on leadership courses for technicians", "leadership_development", "development_funding"),
        ("Encourage award nominations through the intranet hub", "award_nominations", "technician_hub"),
        ("Leverage the HEaTED network to run a skills audit", "skills_audit", "external_networks"),
    ],
    ids=["means-practice", "means-cue-through", "means-cue-leverage"],
)
def test_means_count_as_context(text: str, focus: str, means: str) -> None:
    prepared = _prepared(text)
    assert focus in prepared.tags, prepared.tag_hits
    assert means not in prepared.tags
    assert means in prepared.context_tags


def test_a_means_alone_is_what_the_action_is_about() -> None:
    assert _prepared("Offer a bursary to every technician").tags == ("development_funding",)


def test_broad_practice_beside_its_child_is_the_child() -> None:
    prepared = _prepared("Develop the website into an intranet home for technicians")
    assert "technician_hub" in prepared.tags
    assert "web_presence" not in prepared.all_tags


def test_lead_bonus_goes_to_the_first_practice_named() -> None:
    hits = dict(_prepared("Run a mentoring scheme with a small budget and a newsletter").tag_hits)
    assert hits["mentoring"] == 1 + LEAD_BONUS


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Establish a technician recognition scheme", "new"),
        ("Look at setting up a buddy system", "new"),
        ("Annual review of the terms of reference", "review"),
        ("Terms of the co-ordinator post reviewed; changes agreed", "review"),
        ("Run a yearly survey", None),
        ("Survey technicians following a review of the data", None),
        ("We will look to establish an apprenticeship scheme", "new"),
        ("Set an annual target for new apprentices", "grow"),
        ("Increase the number of registered technicians by 10%", "grow"),
        ("Increase the number of registered technicians", None),
        ("Increase uptake of the mentoring scheme", "grow"),
        ("Grow apprenticeships in technical teams", None),
    ],
    ids=[
        "establish",
        "set-up",
        "review-noun",
        "passive-review",
        "neither",
        "review-late-in-clause",
        "preamble",
        "target",
        "increase-number",
        "more-without-a-figure",
        "uptake",
        "grow-is-no-target",
    ],
)
def test_activity_of(text: str, activity: str | None) -> None:
    assert _prepared(text).activity == activity


def test_repeated_texts_prepare_like_single_ones() -> None:
    """Texts shared by several actions are read once; each action gets what it would get alone."""
    from comparer.text import prepare_actions

    processor = text_processor(load_taxonomy())
    texts = [
        "Launch a mentoring scheme for technicians (e.g. through the intranet hub)",
        "Review the terms of reference of the steering group",
        "Launch a mentoring scheme for technicians (e.g. through the intranet hub)",
        "Fund places on leadership courses",
    ]
    actions = [
        Action(
            text=t,
            theme="Career development" if k % 2 else None,
            measures=["Mentor pairs"] * (k % 3 == 0),
            provenance=Provenance(line=k + 1),
        )
        for k, t in enumerate(texts)
    ]
    together = prepare_actions([(0, "X", k, a) for k, a in enumerate(actions)], processor)
    for k, action in enumerate(actions):
        alone = prepare_action(action, processor, institution="X")
        got = together[k]
        assert (got.lemmas, got.context_lemmas, got.tag_hits, got.context_tag_hits, got.activity) == (
            alone.lemmas,
            alone.context_lemmas,
            alone.tag_hits,
            alone.context_tag_hits,
            alone.activity,
        )
        assert got.index == k
        assert got.action is action


def test_aside_practices_are_the_action_s_when_the_statement_names_only_a_means() -> None:
    """ "Communication tools rolled out, such as a website, a newsletter and Twitter": the examples say what."""
    prepared = _prepared("Communication tools rolled out, such as a website, a newsletter and Twitter")
    assert "communications" in prepared.tags
    assert {"social_media", "web_presence"} <= set(prepared.tags)


def test_aside_practices_stay_context_when_the_statement_has_its_own() -> None:
    prepared = _prepared("Run a mentoring scheme (including coaching, shadowing and secondments)")
    assert prepared.tags == ("mentoring",)
    assert "secondments" in prepared.context_tags


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Ensure some financial support for training and conferences", "development_funding"),
        ("Ring-fence a technician development fund for conference travel", "development_funding"),
        ("Publish a monthly newsletter for technicians", "internal_communications"),
    ],
    ids=["named-first", "verb-then-object", "channel-alone"],
)
def test_a_means_named_first_stays_the_action_s_own(text: str, own: str) -> None:
    assert own in _prepared(text).tags


def test_a_means_opening_as_a_verb_is_context() -> None:
    prepared = _prepared("Fund places on leadership courses for technicians")
    assert "development_funding" not in prepared.tags
    assert "leadership_development" in prepared.tags


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Train line managers to hold appraisal conversations", "line_management"),
        ("Recruit technicians to serve on the steering group", "governance"),
        ("Mentor school pupils on work experience placements", "outreach"),
        ("Mentor new technicians in their first year", "mentoring"),
    ],
    ids=["train-appraisal", "recruit-governance", "mentor-pupils", "verb-alone-keeps-lead"],
)
def test_the_opening_verb_yields_the_lead_to_its_object(text: str, lead: str) -> None:
    from comparer.tagging import main_practices

    assert lead in main_practices(_prepared(text))


# Tag precision: near misses that share a practice's words must not be tagged with it.
NEAR_MISSES = [
    ("Write a charter for the technician network setting out its purpose", "charter_alignment"),
    ("Make the signatories of the Technician Commitment known across the sector", "recruitment_branding"),
    ("Agree a training plan with each new apprentice", "appraisal"),
    ("Guidance on inclusion of fair authorship for technicians", "edi_diversity"),
    ("Continue membership of the national technician network", "governance"),
    ("Report equipment faults promptly to the facility manager", "progress_reporting"),
    ("Invite nominations for technician members of the steering group", "award_nominations"),
]


@pytest.mark.parametrize(("text", "practice"), NEAR_MISSES, ids=[p for _, p in NEAR_MISSES])
def test_near_misses_are_not_tagged(text: str, practice: str) -> None:
    assert practice not in _prepared(text).tags


# Wordings of real plans the taxonomy reads (issue 12).
WORDINGS = [
    ("Revise the brochure for technicians with useful contacts", "communications"),
    ("Develop clear and consistent job profiles for technicians", "job_descriptions"),
    ("Set out a career ladder for technical staff", "career_framework"),
    ("Build a skills directory of technical expertise", "staff_profiles"),
    ("Implement a workshadowing process for technicians", "secondments"),
    ("Identify how many technicians there are and where they work", "workforce_data"),
    ("Hold engagement sessions with technical staff across faculties", "technician_survey"),
    ("Join the LEAF green lab scheme in every teaching lab", "green_labs"),
    ("Create an equipment database so instruments can be shared", "equipment_sharing"),
    ("Describe technicians' contribution in the REF environment statement", "research_assessment"),
    ("Name technicians on grant applications and cost their time", "named_on_grants"),
]


@pytest.mark.parametrize(("text", "practice"), WORDINGS, ids=[p for _, p in WORDINGS])
def test_wordings_of_real_plans_are_tagged(text: str, practice: str) -> None:
    assert practice in _prepared(text).tags
