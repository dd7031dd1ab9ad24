"""Rules added after reading the fifth and sixth held-out alignment sets (with the first four beside them):
causes found on at least two sets. Texts are written for these tests."""

from __future__ import annotations

import pytest
from tag_reading import tag_hits as _tags

from comparer.compare import build_corpus
from comparer.settings import ComparisonSettings
from comparer.text import ActionTextProcessor, owned_site


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
def test_an_organisations_own_site_is_its_public_site(
    processor: ActionTextProcessor, text: str, practice: str
) -> None:
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
