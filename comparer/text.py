"""Turn actions into `PreparedAction`s: lemmas, folded synonyms, practice tags.

Only offline resources are used: `spacy.blank("en")` for tokens and the English lookup
table of spacy-lookups-data for lemmas (applied to lower-cased tokens, so a capital at
the start of a sentence does not hide the lemma). Practice terms and synonyms are
matched with spaCy's `PhraseMatcher` on the LEMMA attribute.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.lookups import Table
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from comparer.folding import fold
from comparer.taxonomy import GAP, MAX_GAP_TOKENS, Taxonomy
from schemas.plan import Action, Pillar

logger = logging.getLogger(__name__)

# Entries of the lookup table that are wrong for this domain.
LEMMA_FIXES: dict[str, str] = {
    "develope": "develop",
    "datum": "data",
    "medium": "media",
    "criterium": "criterion",
    "purse": "pursue",
    "well": "well",
    "staffs": "staff",
    "numb": "number",
}
_HYPHEN_IN_WORD = re.compile(r"(?<=[A-Za-z])[-\u2010\u2011\u2013](?=[A-Za-z])")
_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s\b|(?<=\ws)['\u2019](?=\s|$)")
_SLASH = re.compile(r"[/\\|]")
_CO_PREFIX = re.compile(r"\bco (?=ordinat|operat)")
# A hashtag opening a word ("#GlassHands"): a social media campaign's tag.
_HASHTAG = re.compile(r"#(?=[A-Za-z])")
# The commitment named with the body that runs it: "the Science Council's 'Technician Commitment'".
_OWNED_COMMITMENT = re.compile(r"\bscience council\W{0,4}(?:s\W{1,4})?(?=technicians?\W{0,3}s?\W{0,3}commitment\b)")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": " ", "\u201d": " ", '"': " "})
_KEEP_TOKEN = re.compile(r"[a-z]")
LEAD_BONUS = 2
# A statement naming no practice of its own whose examples name this many is a list (`lists_examples`).
LISTED_EXAMPLES = 2
# A text with fewer content words than this keeps its generic words too.
MIN_OWN_LEMMAS = 2
# Words that make the practice after them a means ("through the hub", "utilise the levy").
MEANS_CUES = frozenset({"use", "using", "utilise", "utilize", "leverage", "through", "via"})
MEANS_CUE_REACH = 3
# Words after a practice that say what it is about ("an event on registration"), and how far
# the practice they introduce may start after them.
TOPIC_CUES = frozenset({"on", "about"})
TOPIC_REACH = 3
# Lead verbs that say an action starts something new, or reviews something that exists.
# Starting X and reviewing X are two stages of one practice: related, never the same.
ACTIVITY_STAGES: dict[str, str] = {
    **dict.fromkeys(
        ["establish", "launch", "introduce", "create", "pilot", "start", "begin", "found", "initiate"], "new"
    ),
    **dict.fromkeys(["review", "refine", "revise", "refresh", "reassess", "reevaluate", "check", "revisit"], "review"),
}
ACTIVITY_LEAD_TOKENS = 4
# How far after a review verb an "and" joining a verb of doing is looked for (`reviews_and_does`).
REVIEW_AND_REACH = 5
# Verbs that go with a review without doing the thing reviewed ("review and report on ...").
REVIEW_COMPANIONS = frozenset({"report", "evaluate", "assess", "monitor", "consider", "recommend", "make", "agree"})
# Verbs that put right what a review looked at: "review and update the action plan" revises what
# exists, it is still a review (`reviews_and_does`).
REVIEW_REVISERS = frozenset({"update", "amend", "revise", "refine", "refresh"})
# Revisers that redo the thing itself rather than look at it again: "review and update the role
# profiles" is also updating them (`reviews_and_revises`); "refine" and "refresh" only polish.
REVIEW_DOERS = frozenset({"update", "amend", "revise", "rewrite", "redraft"})
# Words after a review that open the change it is for ("review the contracts with a view to
# moving staff onto open-ended ones", "review the forms so that ..."; `reviews_to_change`).
CHANGE_CLAUSES: tuple[tuple[str, ...], ...] = (("so", "that"), ("with", "a", "view", "to"))
# Endings of nouns made from verbs: a statement opening with "Induction ..." or "Recruitment ..."
# opens with a noun naming its subject, not with a verb (`reads_as_verb`).
NOMINAL_ENDINGS = ("tion", "sion", "ment", "ship", "ness", "ity", "ance", "ence")
# Verbs whose object is who the action is for when "to" and a verb follow ("Support trainee
# scientists to complete their registration"), and how far that "to" may come (`audience_marks`).
AUDIENCE_VERBS = frozenset({"support", "help", "enable", "encourage", "assist", "allow"})
AUDIENCE_REACH = 6
# Verbs that open a statement giving access to something, and how far "access" may follow (`opens_with_support`).
ACCESS_VERBS = frozenset({"give", "provide", "offer", "widen", "open", "ensure"})
ACCESS_REACH = 4
# Marks ending a one-word heading at the start of a statement (`opens_heading`).
HEADING_MARKS = frozenset({"-", "\u2013", "\u2014", ":"})
# Words a heading of one part of a statement may have before its dash or colon (`headed_parts`).
PART_HEADING_WORDS = 5
# Nouns saying an action spreads knowledge of something ("promote a better understanding of the
# technical pathway", "raise awareness of the career framework"): what follows "of" exists already,
# the action does not make it (`known_not_made`).
KNOWLEDGE_NOUNS = frozenset({"understanding", "awareness", "knowledge"})
# Words before the lead verb that do not count towards its place ("We will look to establish ...").
ACTIVITY_PREAMBLE = frozenset({"we", "will", "shall", "would", "look", "aim", "seek", "intend", "plan", "to"})
# Words in an action's first clause that say it sets targets for, or grows, something that
# exists ("annual target for new apprentices", "increase uptake of the mentoring scheme").
GROW_CUES = frozenset({"target", "uptake"})
GROW_COUNTS = frozenset({"number", "proportion", "percentage", "participation"})
GROW_VERBS = frozenset({"increase", "raise", "boost"})
# A figure to reach: a number or a percentage (`names_a_figure`).
_FIGURE = re.compile(r"\d|%")
# What an action makes or runs, its *object*: the concrete thing a reader of a plan sees
# delivered (a web page, an event, a survey, a fund, a document, a scheme, a role, a
# directory, a film...). Two actions on one practice that deliver the same kind of object
# do the same thing; two that deliver different kinds are two ways towards one end
# ("a brochure" vs "a communications plan" is a document each; "a film" vs "a photography
# project" are not). Keys are lookup lemmas, or two lemmas joined by a space.
OBJECT_KINDS: dict[str, str] = {
    **dict.fromkeys(["website", "webpage", "web", "site", "hub", "intranet", "portal", "sharepoint"], "site"),
    **dict.fromkeys(
        [
            "event",
            "conference",
            "workshop",
            "symposium",
            "careers fair",
            "seminar",
            "session",
            "away day",
            "showcase event",
        ],
        "event",
    ),
    **dict.fromkeys(["survey", "questionnaire", "focus group", "pulse survey"], "survey"),
    **dict.fromkeys(["fund", "funding", "money", "pot", "bursary", "budget", "fee", "financial"], "fund"),
    **dict.fromkeys(
        [
            "policy",
            "guidance",
            "brochure",
            "booklet",
            "leaflet",
            "paper",
            "document",
            "handbook",
            "toolkit",
            "code of",
            "checklist",
            # a plan for the channels, not the channels: what it covers is its topic (`document_topic`)
            "communication plan",
            "comms plan",
            "communication strategy",
        ],
        "document",
    ),
    # Messages sent to people joining: a welcome e-mail is not the induction programme or its checklist.
    **dict.fromkeys(["welcome communication", "welcome message", "welcome email", "welcome letter"], "message"),
    **dict.fromkeys(["champion", "ambassador"], "champion"),
    **dict.fromkeys(["coordinator", "co-ordinator", "officer", "administrator"], "coordinator"),
    **dict.fromkeys(["directory", "database", "mail list", "email list", "newsletter", "bulletin"], "directory"),
    **dict.fromkeys(["film", "video"], "film"),
    **dict.fromkeys(["photograph", "photography", "photo", "portrait", "image"], "photo"),
    **dict.fromkeys(["twitter", "linkedin", "instagram", "social media"], "social"),
    **dict.fromkeys(["award", "prize", "medal"], "award"),
    **dict.fromkeys(["roadmap", "ladder", "pathway", "framework", "job family"], "career structure"),
    # Time given to technicians for something: a way of supporting it beside money or events.
    **dict.fromkeys(["study leave", "protect time", "time off", "release time"], "time"),
}
# Verbs saying an action uses something that exists (`used_not_made`), and the words that end
# such a phrase by opening its purpose ("Utilise the hub for encouraging nominations").
USE_VERBS = frozenset({"use", "using", "utilise", "utilize", "leverage"})
USE_PURPOSE = frozenset({"to", "for"})
# What a site is for, read from its statement (`site_purpose`): a showcase promotes technicians
# to others, a resource is a place technicians go to. A site whose statement says neither, or
# both, is a site of either purpose.
SITE_PURPOSES: dict[str, frozenset[str]] = {
    "showcase": frozenset({"showcase", "promote", "visibility", "visible", "celebrate", "raise"}),
    "resource": frozenset({"space", "place", "resource", "information", "signpost", "access", "contact"}),
}
SITE = "site"
DOCUMENT = "document"
# Whose awards an award action is about, read from its statement (`award_scope`): the institution's
# own (internal, local, the university's) or those of outside bodies (external, national, sector). An
# award action stating neither, or both ("local and national awards"), is about awards of either scope.
AWARD = "award"
AWARD_SCOPES: dict[str, frozenset[str]] = {
    "internal": frozenset({"internal", "institutional", "in-house", "local", "university"}),
    "external": frozenset({"external", "national", "international", "sector"}),
}
# Whose survey a survey action runs or reads, from its statement (`survey_scope`): the institution's general
# staff survey (the lemma pairs "staff survey", "university survey"...) or a survey of technicians of its own.
SURVEY = "survey"
SURVEY_SCOPES = ("general", "own")
GENERAL_SURVEYS = frozenset(
    {("staff", "survey"), ("university", "survey"), ("institution", "survey"), ("institutional", "survey")}
)
# Words naming technicians in a statement's own lemmas (synonyms are folded later, for scoring).
TECHNICIAN_WORDS = frozenset({"technician", "technical", "tae"})
# Words joining two practices named together at the head of a statement (`coordinated_with`).
COORDINATORS = frozenset({"and", "&", "/", "or"})
# A gap inside a term never crosses a clause boundary.
_CLAUSE_MARKS = [";", ".", ":", "?", "!"]


def normalise_text(text: str) -> str:
    """Lower-case and unify the spellings that would split one word into several tokens.

    Rules: curly single quotes become straight, double quotes become spaces (a quoted name
    is one phrase with its verb: 'new "Technician of the Year" award'); a hyphen inside a word becomes a space
    ("co-ordinator" -> "co ordinator", "fixed-term" -> "fixed term"); a possessive 's or
    plural s' is dropped ("Technician's Hub", "Technicians' Forum"); slashes become spaced; a
    hashtag is read as the word "hashtag" before its tag ("#GlassHands" -> "hashtag
    glasshands"), since a reader of a plan sees a social media campaign in it.

    Example:
        >>> normalise_text("The Technician\u2019s Hub: co-ordinator/lead")
        'the technician hub: coordinator / lead'
    """
    text = text.translate(_QUOTES)
    text = _HYPHEN_IN_WORD.sub(" ", text)
    text = _POSSESSIVE.sub("", text)
    text = _SLASH.sub(" / ", text)
    text = _HASHTAG.sub("hashtag ", text)
    text = _CO_PREFIX.sub("co", " ".join(text.lower().split()))
    return drop_commitment_owner(text)


def drop_commitment_owner(text: str) -> str:
    """Leave out the body named as the owner of the commitment ("the Science Council's Technician Commitment").

    A reader of "Keep the promises we made on signing the Science Council's Technician Commitment" sees the
    commitment itself: the council is named as who runs it, not as the registration body technicians join,
    so its name says nothing about professional registration. `text` is already lower-cased.

    Example:
        >>> drop_commitment_owner("on signing the science council technician commitment")
        'on signing the technician commitment'
    """
    return _OWNED_COMMITMENT.sub("", text)


@lru_cache(maxsize=1)
def _lemma_table() -> Table:
    from spacy.lookups import load_lookups

    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


@lru_cache(maxsize=200_000)
def lemma_of(word: str) -> str:
    """Lookup lemma of a lower-case word, with the domain fixes applied."""
    lemma = str(_lemma_table().get(word, word))
    return LEMMA_FIXES.get(lemma, lemma)


@Language.component("tc_lookup_lemmas")
def _lookup_lemmas(doc: Doc) -> Doc:
    for token in doc:
        token.lemma_ = lemma_of(token.lower_)
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """A blank English pipeline whose only component sets lookup lemmas (offline)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("tc_lookup_lemmas")
    return nlp


def coordinated_with(
    doc: Doc, spans: dict[str, list[tuple[int, int]]], first: Sequence[str], candidates: Sequence[str]
) -> list[str]:
    """Practices joined to the leading ones by "and", "&", "/" or "or": they lead the statement too.

    A reader of "Job shadowing and mentoring scheme launched" or "Set up a shadowing / mentoring
    process" sees one action about two things named together at its head, not a shadowing action
    that mentions mentoring.
    """
    ends = {min(end for start, end in spans[pid] if start == min(spans[pid])[0]) for pid in first}
    out = []
    for pid in candidates:
        if pid in first:
            continue
        start = min(spans[pid])[0]
        if any(start == end + 1 and end < len(doc) and doc[end].lower_ in COORDINATORS for end in ends):
            out.append(pid)
    return out


# Words that may stand between the items of a list of practices (`listed_practices`).
LIST_JOINERS = frozenset({",", "and", "or", "&", "/", "a", "an", "the", "their", "as", "well"})


def listed_practices(doc: Doc, spans: dict[str, list[tuple[int, int]]]) -> int:
    """How many practices a statement names one after another as a list, at most.

    A reader of "Ensure some financial support for training, conference attendance and
    professional registration" or "A fund for short courses, conference fees and professional body
    membership" sees one action over three things, each item a practice of its own; "Registration
    for trainees: study leave and portfolio support" or "Faculty funding for registration, agreed
    by the line manager" name several practices, but not as a list. Items are the places practices
    are named; two are in one list when only commas, "and", "or", "&", "/" or an article stand
    between them (`LIST_JOINERS`).
    """
    places = sorted((start, end, pid) for pid, found in spans.items() for start, end in found)
    best, last_end = 0, -1
    run: set[str] = set()
    for start, end, pid in places:
        if start < last_end:  # overlapping hits: one place
            run.add(pid)
            last_end = max(last_end, end)
            continue
        if last_end < 0 or not all(doc[k].lower_ in LIST_JOINERS for k in range(last_end, start)):
            run = set()
        run.add(pid)
        best = max(best, len(run))
        last_end = end
    return best


def overlapped_by_head(
    practice_id: str,
    start: int,
    end: int,
    found: Sequence[tuple[str, int, int, tuple[tuple[int, int], ...]]],
    function_words: Sequence[bool] = (),
) -> bool:
    """Whether a hit shares words with a longer compound hit of another practice that ends after it.

    English compounds end with their head: in a grant named "Technician Career Development
    Fund" the words "technician career" (careers) and "career development fund" (funding)
    overlap, and the thing named is the fund. The longer term reaching further right wins when it is a compound
    (no function word: `function_words[k]` says which tokens are; "students meet the
    technicians" is a clause, not a compound). A term fully inside another is handled apart
    (dropped when inside a longer term of another practice).
    """
    return any(
        other != practice_id
        and anchors == ((s, e),)
        and s > start
        and s < end < e
        and (e - s) > (end - start)
        and not any(function_words[s:e])
        for other, s, e, anchors in found
    )


@dataclass(frozen=True)
class TagReading:
    """Practices a text names: (id, hits) sorted by id, those it names as a means, and how many it
    names one after another as a list (`listed_practices`)."""

    hits: tuple[tuple[str, int], ...]
    means: frozenset[str]
    listed: int = 0
    first: str | None = None  # the practice named first (the first by id when two start together)
    parts: int = 0  # distinct practices leading the parts of a statement under headings (`part_leaders`)


@dataclass(frozen=True)
class PreparedAction:
    """One action ready for scoring. `index` is its position in the comparison's action list."""

    index: int
    plan: int
    institution: str
    action: Action
    action_index: int
    lemmas: tuple[str, ...]
    context_lemmas: tuple[str, ...]
    tag_hits: tuple[tuple[str, int], ...]
    context_tag_hits: tuple[tuple[str, int], ...]
    activity: str | None = None
    objects: frozenset[str] = frozenset()
    lead_object: str | None = None
    lists: bool = False
    listed: int = 0  # practices its statement lists one after another (`listed_practices`)
    supports: bool = False  # its statement opens with a verb of support (`opens_with_support`)
    first_practice: str | None = None  # the practice its statement names first
    open_class: bool = False  # its statement names a class open to any member (`names_open_class`)

    @cached_property
    def tags(self) -> tuple[str, ...]:
        """Practices named in the action text itself."""
        return tuple(tag for tag, _ in self.tag_hits)

    @cached_property
    def context_tags(self) -> tuple[str, ...]:
        """Practices named only in the theme or measures."""
        return tuple(tag for tag, _ in self.context_tag_hits)

    @property
    def pillar(self) -> Pillar | None:
        return self.action.pillar

    @cached_property
    def stems(self) -> tuple[str, ...]:
        """Content lemmas folded onto their family's stem (`comparer.folding.fold`): what scoring compares."""
        return tuple(fold(w) for w in self.lemmas)

    @cached_property
    def context_stems(self) -> tuple[str, ...]:
        return tuple(fold(w) for w in self.context_lemmas)

    @cached_property
    def stem_set(self) -> frozenset[str]:
        """Distinct stems of text, asides, theme and measures."""
        return frozenset(self.stems) | frozenset(self.context_stems)

    @cached_property
    def own_tags(self) -> tuple[str, ...]:
        """The practices the action is about, for listing, coverage and gap examples: those its own
        text names, or, when it names none, those of its theme and measures."""
        return self.tags or self.context_tags

    @cached_property
    def lexical_key(self) -> str:
        """Sorted distinct content stems: what the lexical scorers compare."""
        return " ".join(sorted(set(self.stems)))

    @cached_property
    def all_tags(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.tags) | set(self.context_tags)))

    @cached_property
    def term_set(self) -> frozenset[str]:
        """Distinct lemmas of text, asides, theme and measures."""
        return frozenset(self.lemmas) | frozenset(self.context_lemmas)


class ActionTextProcessor:
    """Lemmatises, folds synonyms and tags practices for many texts at once."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.nlp = load_nlp()
        self.fallback_words = taxonomy.fallback_words - frozenset(STOP_WORDS)
        self.stop_words = frozenset(STOP_WORDS) | taxonomy.generic_words
        self._practices = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        self._gapped = Matcher(self.nlp.vocab)
        self._gap_terms: dict[str, tuple[str, int, int]] = {}
        # The lemmas each gap term needs: a text lacking them all for every term skips the Matcher.
        self._gap_needs: list[frozenset[str]] = []
        self._synonyms = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        self.means = taxonomy.means_ids
        self.children: dict[str, tuple[str, ...]] = {}
        for practice in taxonomy.practices:
            if practice.parent is not None and practice.parent != practice.id:
                self.children[practice.parent] = (*self.children.get(practice.parent, ()), practice.id)
        for practice in taxonomy.practices:
            plain = [t for t in practice.terms if GAP not in t]
            gapped = [t for t in practice.terms if GAP in t]
            if plain:
                self._practices.add(practice.id, list(self._pattern_docs(plain)))
            for term in sorted(set(gapped)):
                key = f"{practice.id}#{len(self._gap_terms)}"
                pattern, first, last = self._gap_pattern(term)
                self._gap_terms[key] = (practice.id, first, last)
                self._gapped.add(key, [pattern])
                self._gap_needs.append(frozenset(str(t["LEMMA"]) for t in pattern if "LEMMA" in t))
        self._canonical: dict[str, str] = {}
        for canonical, variants in taxonomy.synonyms.items():
            key = f"syn:{canonical}"
            self._canonical[key] = lemma_of(canonical)
            self._synonyms.add(key, list(self._pattern_docs(variants)))

    def _pattern_docs(self, terms: Iterable[str]) -> Iterable[Doc]:
        texts = sorted({normalise_text(t) for t in terms if normalise_text(t)})
        return self.nlp.pipe(texts)

    def _gap_pattern(self, term: str) -> tuple[list[dict[str, object]], int, int]:
        """Matcher pattern of "a ... b" (lemmas of each part, up to MAX_GAP_TOKENS words between),
        with the token lengths of its first and last parts."""
        pattern: list[dict[str, object]] = []
        lengths = []
        for number, part in enumerate(term.split(GAP)):
            if number:
                pattern.append({"ORTH": {"NOT_IN": _CLAUSE_MARKS}, "OP": f"{{0,{MAX_GAP_TOKENS}}}"})
            tokens: list[dict[str, object]] = [
                {"LEMMA": lemma_of(token.lower_)} for token in self.nlp.make_doc(normalise_text(part))
            ]
            pattern.extend(tokens)
            lengths.append(len(tokens))
        return pattern, lengths[0], lengths[-1]

    def refines(self, practice_id: str, other: str) -> bool:
        """Whether `practice_id` is a child of `other`: its term inside a longer term of the parent is kept.

        A reader of "Join the Scottish regional technician network" sees a regional network: "join ...
        network" names the broad practice (national and regional networks), "regional ... network" inside
        it says which kind. The child's hit stays, and the broad practice named beside it becomes the
        child (`read_tags`)."""
        return practice_id in self.children.get(other, ())

    def read_tags(self, doc: Doc, lead_bonus: int = 0) -> TagReading:
        """The practices a text names, how often, and which of them it uses as a means.

        Rules, in order:

        - overlapping hits of one practice count once ("professional registration" and
          "registration" at the same place are one hit); a hit inside a longer hit of
          another practice is dropped ("evaluation" in "job evaluation"), unless the longer
          one is its parent (`refines`: "regional ... network" in "join ... network");
        - a broad practice named beside one of its children is that child: "website"
          beside "intranet" is the internal hub; its hits go to the child named first; but a
          child named inside the broad practice's own longer term ("regional ... network" in
          "join ... network", `refines`) stands beside it: the action is about both;
        - a site named after the organisation that owns it ("the museum's website", `owned_site`)
          is its public site;
        - a practice is a means here when the taxonomy says so (funding, channels) or
          when every mention follows "use", "utilise", "leverage", "through", "via"...
          ("encourage nominations through the intranet hub"); a taxonomy means named
          before any other practice, not as the opening verb, is also what the action is
          about (`_leading_means`: "Ensure financial support for training"), without the
          lead bonus;
        - the first practice named that is not a means gets `lead_bonus` extra hits:
          action statements lead with what they are about (a term of two practices,
          "networking event", gives the bonus to both).
        """
        strings = self.nlp.vocab.strings
        # (practice, start, end, anchors): anchors are the spans of the words a term names;
        # a gap term does not name the words in its gap.
        found: list[tuple[str, int, int, tuple[tuple[int, int], ...]]] = [
            (strings[match_id], start, end, ((start, end),)) for match_id, start, end in self._practices(doc)
        ]
        lemmas = {token.lemma_ for token in doc}
        if len(self._gapped) and any(needs <= lemmas for needs in self._gap_needs):
            for match_id, start, end in self._gapped(doc):
                practice_id, head, tail = self._gap_terms[strings[match_id]]
                found.append((practice_id, start, end, ((start, start + head), (end - tail, end))))
        function_words = [token.lower_ in STOP_WORDS for token in doc]
        spans: dict[str, list[tuple[int, int]]] = {}
        for practice_id, start, end, _ in found:
            covered = any(
                other != practice_id
                and not self.refines(practice_id, other)
                and s <= start
                and end <= e
                and (e - s) > (end - start)
                and any(start < a_end and a_start < end for a_start, a_end in anchors)
                for other, s, e, anchors in found
            )
            if not covered and not overlapped_by_head(practice_id, start, end, found, function_words):
                spans.setdefault(practice_id, []).append((start, end))
        counts: dict[str, int] = {}
        for practice_id, places in spans.items():
            count, last_end = 0, -1
            for start, end in sorted(places):
                if start >= last_end:
                    count += 1
                last_end = max(last_end, end)
            counts[practice_id] = count
        broad_site = spans.get(BROAD_SITE_PRACTICE, [])
        if (
            PUBLIC_SITE_PRACTICE in self.children.get(BROAD_SITE_PRACTICE, ())
            and not any(child in spans for child in self.children[BROAD_SITE_PRACTICE])
            and any(owned_site(doc, start) for start, _ in broad_site)
        ):
            # An organisation's own site is its public site: the broad practice reads as the public one.
            counts[PUBLIC_SITE_PRACTICE] = counts.pop(BROAD_SITE_PRACTICE)
            spans[PUBLIC_SITE_PRACTICE] = spans.pop(BROAD_SITE_PRACTICE)
        for parent in sorted(p for p in spans if p in self.children):
            named = [child for child in self.children[parent] if child in spans]
            if named and not all(
                any(s <= cs and ce <= e for s, e in spans[parent]) for c in named for cs, ce in spans[c]
            ):
                child = min(named, key=lambda c: (min(spans[c]), c))
                counts[child] += counts.pop(parent)
                spans[child] = sorted(spans[child] + spans.pop(parent))
        cues = not MEANS_CUES.isdisjoint(lemmas)
        cued = {pid for pid in spans if cues and all(self._cued(doc, start) for start, _ in spans[pid])}
        cued |= self._about_another(doc, spans)
        audience = audience_marks(doc)
        cued |= {pid for pid, places in spans.items() if all(all(audience[start:end]) for start, end in places)}
        means = {pid for pid in spans if pid in self.means} | cued
        # The lead bonus still goes to the first practice that is not a means: "Offer a funded
        # route to registration" is a funding action about registration.
        leaders = [pid for pid in spans if pid not in means] or list(spans)
        means -= self._leading_means(doc, spans, cued)
        leaders = self._past_opening_verb(doc, spans, leaders)
        led: set[str] = set()
        if leaders and lead_bonus:
            lead_at = min(min(spans[pid])[0] for pid in leaders)
            first = [pid for pid in leaders if min(spans[pid])[0] == lead_at]
            led = set(first + coordinated_with(doc, spans, first, leaders))
            for pid in led:
                counts[pid] += lead_bonus
        parts = part_leaders(doc, spans, means)
        if lead_bonus:
            for pid in parts:
                if pid not in led:
                    counts[pid] += lead_bonus
            # Each part counts as much as the others: the action is as much about each.
            top = max((counts[pid] for pid in parts), default=0)
            for pid in parts:
                counts[pid] = top
        first = min(spans, key=lambda pid: (min(spans[pid])[0], pid)) if spans else None
        return TagReading(
            hits=tuple(sorted(counts.items())),
            means=frozenset(means),
            listed=listed_practices(doc, spans),
            first=first,
            parts=len(parts),
        )

    @staticmethod
    def _past_opening_verb(doc: Doc, spans: dict[str, list[tuple[int, int]]], leaders: list[str]) -> list[str]:
        """Leaders without a practice named only as the statement's opening verb, when another follows.

        "Train line managers to hold appraisal conversations", "Recruit technicians to serve on
        the steering group", "Mentor school pupils on work experience": the verb says how,
        the practice of its object what. A single word in its base form opening the
        statement reads as that verb (`reads_as_verb`: "Induction for new staff, with a buddy" opens
        with a noun and leads with induction), and so does a one-word heading ("Recruitment - Promote
        our signatory status in job adverts", `opens_heading`): the statement after it says what is
        done. Named again later, the practice keeps its place.
        """
        if len(leaders) < 2 or len(doc) < 2:
            return leaders
        if not reads_as_verb(doc[0]) and not opens_heading(doc):
            return leaders
        verbs = [pid for pid in leaders if spans[pid] == [(0, 1)]]
        rest = [pid for pid in leaders if pid not in verbs]
        return rest if verbs and rest else leaders

    def _leading_means(self, doc: Doc, spans: dict[str, list[tuple[int, int]]], cued: set[str]) -> set[str]:
        """Means practices the action is about: named before any other practice, not as its opening verb.

        "Ensure some financial support for training and conferences" and "Establish a
        technician development fund" are funding actions; "Fund places on leadership
        courses" (the means opens the statement as its verb, and is not named again) is
        about leadership; "Ring-fence a development fund" names it again.
        """
        if not spans:
            return set()
        first = min(start for places in spans.values() for start, _ in places)
        named_first = {pid for pid, places in spans.items() if min(places)[0] == first}
        if not named_first <= self.means or named_first & cued:
            return set()
        opener = doc[first]
        if first == 0 and opener.lower_ == opener.lemma_ and all(len(spans[pid]) == 1 for pid in named_first):
            return set()
        return named_first

    @staticmethod
    def _about_another(doc: Doc, spans: dict[str, list[tuple[int, int]]]) -> set[str]:
        """Practices named only as an event about another practice: "an event on professional
        registration", "a session about mentoring". The event is how; the practice after "on" or
        "about" is what the action is for, so the event's practice is a means here. Only an event
        word counts ("representation on the board", "a report on the plan" say where or what)."""
        starts = {start: pid for pid, places in spans.items() for start, _ in places}
        out = set()
        for pid, places in spans.items():
            if all(
                end < len(doc)
                and OBJECT_KINDS.get(doc[end - 1].lemma_) == "event"
                and doc[end].lower_ in TOPIC_CUES
                and any(starts.get(k, pid) != pid for k in range(end + 1, min(len(doc), end + 1 + TOPIC_REACH)))
                for _, end in places
            ):
                out.add(pid)
        return out

    @staticmethod
    def _cued(doc: Doc, start: int) -> bool:
        """Whether a means cue ("use", "utilise", "through"...) opens the phrase that starts at `start`."""
        for k in range(start - 1, max(-1, start - 1 - MEANS_CUE_REACH), -1):
            token = doc[k]
            if token.lemma_ in MEANS_CUES:
                return True
            if token.text in _CLAUSE_MARKS or token.text == ",":
                return False
        return False

    def tags_of(self, doc: Doc, lead_bonus: int = 0) -> tuple[tuple[str, int], ...]:
        """(practice id, hits) of `read_tags`, sorted by id."""
        return self.read_tags(doc, lead_bonus).hits

    def content_lemmas(self, doc: Doc) -> tuple[str, ...]:
        """Lemmas in order with synonyms folded, stop words, generic words and numbers removed.

        Generic words that still name a topic (the taxonomy's `[generic] fallback`: "career",
        "plan", "action") are kept when the text has fewer than `MIN_OWN_LEMMAS` other content
        words: "Career plans for technicians" is about career plans, and two such short
        actions would otherwise share no word at all. Stock words ("technician", "develop",
        "support") never count.
        """
        strings = self.nlp.vocab.strings
        matches = {(start, end): strings[match_id] for match_id, start, end in self._synonyms(doc)}
        spans = filter_spans([doc[start:end] for start, end in sorted(matches)])
        starts = {span.start: (span.end, self._canonical[matches[span.start, span.end]]) for span in spans}
        words: list[tuple[str, bool]] = []  # (lemma, generic)
        i = 0
        while i < len(doc):
            if i in starts:
                end, lemma = starts[i]
                i = end
            else:
                lemma = doc[i].lemma_
                i += 1
                if len(lemma) <= 1 or not _KEEP_TOKEN.search(lemma):
                    continue
            if lemma in self.fallback_words:
                words.append((lemma, True))
            elif lemma not in self.stop_words:
                words.append((lemma, False))
        own = [w for w, generic in words if not generic]
        if len(own) >= MIN_OWN_LEMMAS:
            return tuple(own)
        return tuple(w for w, _ in words)

    def docs(self, texts: Sequence[str]) -> list[Doc]:
        return list(self.nlp.pipe(normalise_text(t) for t in texts))


_ASIDE_START = re.compile(
    r"\(|\b(?:including|includes|e\.g\.|eg|such as|for example|for instance|by way of examples?|i\.e\.)(?!\w)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r";|\.(?=\s|$)")
_REPORTING_TAIL = re.compile(r",\s*(?:and\s+)?(?:report|reported|reporting)\b", re.IGNORECASE)


_AGENT_TAIL = re.compile(r",\s*(?:\w+ed|run|led|chaired|owned|overseen)\s+by\b", re.IGNORECASE)


def agent_tail(text: str, pos: int = 0) -> re.Match[str] | None:
    """The first trailing clause from `pos` naming who does the action (", edited by ...").

    A reader of "Technicians' bulletin (monthly), edited by the Steering Group" or "A welcome
    pack for new starters, led by the faculty managers" sees a bulletin and a welcome pack:
    the group or people named after "by" are who delivers it, not what it is about, so the
    clause is an aside. Only a clause after a comma counts.
    """
    return _AGENT_TAIL.search(text, pos)


def reporting_tail(text: str, pos: int = 0) -> re.Match[str] | None:
    """The first trailing clause from `pos` saying where an action's figures are reported.

    A reader of "Appraisal completion to reach 90%, reported to the People Committee each
    year" or "Encourage applications for the staff prizes and report uptake each year" sees
    an action about appraisal or prizes whose progress is watched, not an action about
    reporting: the clause says how the action is monitored, so it is an aside. Only a clause
    after a comma counts; a statement opening with the verb ("Report progress to the
    steering group each term") is about reporting.
    """
    return _REPORTING_TAIL.search(text, pos)


def names_a_figure(lemmas: Sequence[str]) -> bool:
    """Whether a clause names a figure to reach: a number or a percentage ("by 10%", "to 40 a year")."""
    return any(_FIGURE.search(lemma) for lemma in lemmas)


def grows_existing(lemmas: Sequence[str]) -> bool:
    """Whether a clause sets targets for, or grows, something that exists.

    A reader sees "Set an annual target for new apprentices", "Increase uptake of mentoring",
    "Increase the number of registered technicians by 10%": the scheme is there already and is
    measured. "Increase the number of placements" with no figure (`names_a_figure`) asks for more of
    a thing, which starting it gives as well: it names no stage, so it meets "Launch a placement
    scheme" as the same practice.
    """
    if not GROW_CUES.isdisjoint(lemmas):
        return True
    return names_a_figure(lemmas) and any(
        lemma in GROW_VERBS and not GROW_COUNTS.isdisjoint(lemmas[k + 1 : k + 4]) for k, lemma in enumerate(lemmas)
    )


def reads_as_verb(token: Token) -> bool:
    """Whether a statement's opening word reads as its verb: a word in its base form that is not a
    noun made from a verb (`NOMINAL_ENDINGS`). "Mentor school pupils", "Train line managers" open
    with a verb; "Induction for new technical staff, with a buddy", "Recruitment of apprentices"
    open with the noun of what they are about."""
    word = token.lower_
    return word == token.lemma_ and not word.endswith(NOMINAL_ENDINGS)


def audience_marks(doc: Doc) -> list[bool]:
    """Per token, whether it names who the action is for rather than what it does.

    A reader of "For apprentices: a workplace mentor for each, with termly reviews" or "Support
    trainee biomedical scientists to complete their registration portfolio" sees mentoring and
    registration done for a group of people; the apprentices and trainees are the audience. Two
    phrases are read so: an opening "For ...:" up to its colon, and the words between an opening
    verb of support (`AUDIENCE_VERBS`) and a "to" followed by a verb in its base form, within
    `AUDIENCE_REACH` words ("Encourage nominations to the national awards" names no audience).
    A practice named only there is context, like a means.
    """
    marks = [False] * len(doc)
    words = [t.lower_ for t in doc]
    if words and words[0] == "for" and ":" in words[1 : AUDIENCE_REACH + 1]:
        end = words.index(":", 1)
        marks[1:end] = [True] * (end - 1)
        return marks
    start = 0
    while start < len(doc) and doc[start].lemma_ in ACTIVITY_PREAMBLE:
        start += 1
    if start >= len(doc) or doc[start].lemma_ not in AUDIENCE_VERBS:
        return marks
    for k in range(start + 2, min(len(doc) - 1, start + 2 + AUDIENCE_REACH)):
        if doc[k].text in _CLAUSE_MARKS or doc[k].text == ",":
            break
        if words[k] == "to":
            following = doc[k + 1]
            if following.lower_ == following.lemma_ and following.lower_ not in STOP_WORDS:
                marks[start + 1 : k] = [True] * (k - start - 1)
            break
    return marks


def opens_heading(doc: Doc) -> bool:
    """Whether a statement opens with a one-word heading: a word, then a dash or a colon
    ("Recruitment - Promote the university in recruitment campaigns", "Induction: welcome packs").
    The heading names the area; the statement after it is what the action does."""
    return len(doc) > 2 and doc[1].text in HEADING_MARKS


def headed_parts(doc: Doc) -> list[int]:
    """Token positions where the parts of a statement written under headings begin.

    A reader of "Induction for new starters - ensure staff take the programme. Faculty induction -
    develop a local induction. Student introduction - introduce technicians to students" sees one
    action in three parts, each opened by a short heading (at most `PART_HEADING_WORDS` words at the
    start of the statement or after a full stop or semicolon, then a dash or colon, no comma between).
    A statement with fewer than two such headings is one part (an empty list).
    """
    starts: list[int] = []
    clause_start = 0
    for k, token in enumerate(doc):
        if token.text in (".", ";"):
            clause_start = k + 1
        elif (
            token.text in HEADING_MARKS
            and 0 < k - clause_start <= PART_HEADING_WORDS
            and not any(t.text == "," for t in doc[clause_start:k])
            and (not starts or starts[-1] < clause_start)
        ):
            starts.append(clause_start)
    return starts if len(starts) >= 2 else []


def part_leaders(doc: Doc, spans: dict[str, list[tuple[int, int]]], means: set[str]) -> list[str]:
    """The practice each part of a statement written under headings names first (`headed_parts`),
    means left aside: each part leads with what it is about, as a whole statement does, so an
    action in parts is about each of them ("... Student introduction - introduce technicians to
    students" is about introductions as much as its first part is about induction)."""
    starts = headed_parts(doc)
    if not starts:
        return []
    bounds = [*starts[1:], len(doc)]
    leaders: list[str] = []
    for start, end in zip(starts, bounds, strict=True):
        named = [(s, pid) for pid, places in spans.items() if pid not in means for s, _ in places if start <= s < end]
        if named:
            pid = min(named)[1]
            if pid not in leaders:
                leaders.append(pid)
    return leaders


def reviews_and_does(after: Sequence[str]) -> bool:
    """Whether a review verb is joined by "and" to a verb of doing, within its first few words.

    A reader of "Review and publicise the results of the mentoring scheme" or "Reviewing the
    take-up of, and help with, study leave" sees a scheme that runs and is run on:
    the action keeps doing the thing as well as looking at it, so it is no review stage
    apart. "Review and refine the governance" joins two review verbs and stays a review, and so
    does "Review and update the action plan": updating puts right what the review looked at
    (`REVIEW_REVISERS`).
    """
    for k, lemma in enumerate(after[:REVIEW_AND_REACH]):
        if lemma == "and" and k + 1 < len(after):
            following = after[k + 1]
            companions = REVIEW_COMPANIONS | REVIEW_REVISERS | STOP_WORDS
            return following not in ACTIVITY_STAGES and following not in companions
    return False


def reviews_and_revises(lemmas: Sequence[str]) -> bool:
    """Whether a review verb (first of `lemmas`) is joined by "and" to a verb that puts right what it
    looked at (`REVIEW_DOERS`): "Review and update the role profiles", "Probation forms looked over,
    reviewed and amended".

    A reader sees the thing looked at and then redone: the statement is a review of it, so it meets
    "Review the role profiles", and it is also the redoing, so it meets "Update the library of role
    profiles" (the *revise* stage clashes only with starting something new). Two review verbs of one
    meaning ("review and refine the governance") stay a review.
    """
    for k, lemma in enumerate(lemmas[1 : REVIEW_AND_REACH + 1], start=1):
        if lemma == "and" and k + 1 < len(lemmas):
            return lemmas[k + 1] in REVIEW_DOERS
    return False


def reviews_to_change(after: Sequence[str]) -> bool:
    """Whether a review verb's clause goes on to say the change it makes ("... so that ...").

    A reader of "Review the probation forms so that every school uses one version" or "Revisit
    the job profiles so that similar posts sit at one grade" sees the forms and profiles being
    put right, not only looked at: the action does the thing, so it is no review stage apart.
    "Review the governance of the group" names no result and stays a review. "Review fixed-term
    contracts with a view to moving staff onto open-ended ones" says its change too (`CHANGE_CLAUSES`).
    """
    return any(tuple(after[k : k + len(clause)]) == clause for clause in CHANGE_CLAUSES for k in range(len(after)))


def opens_with_support(doc: Doc) -> bool:
    """Whether a statement opens, after a preamble such as "We will", with a verb of support
    (`AUDIENCE_VERBS`: support, help, enable, encourage...) or by giving access ("Give technicians
    access to ...", "Provide every technician with access to ...": `ACCESS_VERBS` with "access" within
    `ACCESS_REACH` words).

    A reader of "Support technicians to gain professional registration" or "Give technicians access to
    the leadership programmes" sees the end pursued in no stated way, so any way of pursuing it (paying
    the fees, an event, a champion) is one reading of it; "Run an annual event on registration" or
    "In-house refresher training for technicians" pursue it one way of their own.
    """
    start = 0
    while start < len(doc) and doc[start].lemma_ in ACTIVITY_PREAMBLE:
        start += 1
    if start >= len(doc):
        return False
    if doc[start].lemma_ in AUDIENCE_VERBS:
        return True
    window = [t.lemma_ for t in doc[start + 1 : start + 1 + ACCESS_REACH]]
    return doc[start].lemma_ in ACCESS_VERBS and "access" in window


def activity_of(doc: Doc) -> str | None:
    """The stage an action names: "grow" (targets for what exists), "new" (establish, launch,
    set up...), "review", or None.

    Targets and growth words are looked for in the first clause (`grows_existing`); the
    lead verb in the first words of that clause after a preamble ("Establish a scheme",
    "We will look to establish ...", "Annual review of the terms of reference"), then at
    its end, where a passive puts it ("Terms of the post reviewed; ...").
    """
    clause = []
    for token in doc:
        if token.text in _CLAUSE_MARKS:
            break
        clause.append(token)
    lemmas = [t.lemma_ for t in clause]
    if grows_existing(lemmas):
        return "grow"
    skip = 0
    while skip < len(lemmas) and lemmas[skip] in ACTIVITY_PREAMBLE:
        skip += 1
    lemmas = lemmas[skip:]
    for k, lemma in enumerate(lemmas[:ACTIVITY_LEAD_TOKENS]):
        if lemma == "set" and k + 1 < len(lemmas) and lemmas[k + 1] == "up":
            return "new"
        if lemma in ACTIVITY_STAGES:
            stage = ACTIVITY_STAGES[lemma]
            if stage == "review" and (reviews_and_does(lemmas[k + 1 :]) or reviews_to_change(lemmas[k + 1 :])):
                return None
            if stage == "review" and reviews_and_revises(lemmas[k:]):
                return "revise"
            return stage
    tail = max(0, len(lemmas) - 3)
    if lemmas[tail : tail + 1] and ACTIVITY_STAGES.get(lemmas[tail]) == "review" and reviews_and_revises(lemmas[tail:]):
        return "revise"
    for lemma in lemmas[-2:]:
        if lemma in ACTIVITY_STAGES:
            return ACTIVITY_STAGES[lemma]
    return None


def used_not_made(doc: Doc) -> list[bool]:
    """Per token, whether it sits in a phrase naming what the action uses rather than makes.

    A reader of "Utilise the faculty web pages to celebrate technicians" or "Use the hub
    and mailing lists for encouraging nominations" sees sites and lists that exist already:
    the action promotes or encourages, it builds no site. The phrase runs from a verb of use
    (`USE_VERBS`) to the next comma or clause mark, or to "to" / "for" that open its purpose; a phrase
    spreading knowledge of something (`known_not_made`) is read the same way.
    """
    inside = False
    flags = []
    for k, token in enumerate(doc):
        if token.lemma_ in USE_VERBS or known_not_made(doc, k):
            inside = True
        elif token.text in _CLAUSE_MARKS or token.text == "," or token.lower_ in USE_PURPOSE:
            inside = False
        flags.append(inside)
    return flags


def known_not_made(doc: Doc, k: int) -> bool:
    """Whether token `k` opens a phrase spreading knowledge of something that exists: "understanding
    of", "awareness of" (`KNOWLEDGE_NOUNS`). A reader of "promote a better understanding of the
    technical pathway" or "raise awareness of the career framework among managers" sees a pathway
    and a framework that are there already; the action explains them, it builds neither."""
    return doc[k].lower_ in KNOWLEDGE_NOUNS and k + 1 < len(doc) and doc[k + 1].lower_ == "of"


# Words that are a kind of event or a place (`a_place_here`), the words for people after them that make
# them a place ("workshop staff"), and the words before them that do ("alone in workshops", "every workshop").
PLACE_OR_EVENT = frozenset({"workshop"})
PEOPLE_AFTER_PLACE = frozenset({"staff", "technician", "team", "crew", "manager", "engineer", "worker", "colleague"})
PLACE_BEFORE = frozenset({"in", "every", "each", "mechanical", "our"})


def a_place_here(doc: Doc, k: int) -> bool:
    """Whether token `k` names a place rather than an event it runs: "workshop staff", "Workshop
    technicians", "a tour of every workshop", "working alone in workshops" are the rooms where
    technicians work; "a writing workshop on registration", "run workshops for managers" are events."""
    if doc[k].lemma_ not in PLACE_OR_EVENT:
        return False
    after = doc[k + 1].lemma_ if k + 1 < len(doc) else ""
    before = doc[k - 1].lower_ if k > 0 else ""
    return after in PEOPLE_AFTER_PLACE or before in PLACE_BEFORE


# A site named after the organisation that owns it ("our website", "the museum's website", "module web
# pages") is that organisation's public site (`owned_site`): the broad web practice reads as its public child.
BROAD_SITE_PRACTICE = "web_presence"
PUBLIC_SITE_PRACTICE = "public_web"
SITE_OWNERS = frozenset(
    {
        "our",
        "university",
        "college",
        "institute",
        "institution",
        "museum",
        "service",
        "school",
        "faculty",
        "department",
        "centre",
        "center",
        "module",
        "course",
        "programme",
        "organisation",
        "company",
        "trust",
        "society",
    }
)


def owned_site(doc: Doc, start: int) -> bool:
    """Whether the site term starting at token `start` is named after the organisation that owns it.

    A reader of "a section of the museum's website", "blog on the service's website", "for our website"
    or "named on module web pages" sees the organisation's own public pages, which outsiders read;
    "technician web pages", "a Technician webpage" or "the website" say no audience, and an internal
    site says it is internal ("intranet", "internal website", a hub). The word right before the term
    names the owner (a possessive is dropped by `normalise_text`).
    """
    return start > 0 and doc[start - 1].lemma_ in SITE_OWNERS


# Words opening a condition on an action ("where funding allows", "if budget permits").
CONDITION_OPENERS = frozenset({"where", "if", "when", "as"})
CONDITION_VERBS = frozenset({"allow", "permit"})
# How many words a condition's opener may be from its verb ("where central funding allows").
CONDITION_REACH = 4


def in_condition(doc: Doc) -> list[bool]:
    """Per token, whether it sits in a condition on the action rather than in what it delivers.

    A reader of "Move long-serving staff onto open-ended contracts where funding allows" or
    "Extend the scheme to all schools, subject to budget" sees contracts and a scheme; the
    funding or budget named in the condition is what the action waits on, not a fund it sets
    up. Conditions are "where / if / when / as ... allow(s) / permit(s)" within a few words,
    "subject to ..." up to the next clause mark or comma, and "... permitting".
    """
    lemmas = [t.lemma_ for t in doc]
    marks = [False] * len(doc)
    for k, lemma in enumerate(lemmas):
        if lemma in CONDITION_OPENERS:
            for j in range(k + 1, min(k + 1 + CONDITION_REACH, len(doc))):
                if lemmas[j] in CONDITION_VERBS:
                    marks[k : j + 1] = [True] * (j + 1 - k)
                    break
        elif lemma == "subject" and k + 1 < len(doc) and lemmas[k + 1] == "to":
            j = k
            while j < len(doc) and doc[j].text not in _CLAUSE_MARKS and (j == k or doc[j].text != ","):
                marks[j] = True
                j += 1
        elif doc[k].lower_ == "permitting" and k > 0:
            marks[k - 1 : k + 1] = [True, True]
    return marks


def object_lemmas(doc: Doc) -> list[str]:
    """Lemmas of a statement that may name an object: a past participle describes something
    ("a funded route to registration", "a guided tour"), it is not the thing made, so it
    counts as no word; nor do the words of a phrase of use (`used_not_made`) or of a condition
    (`in_condition`), nor a workshop that is a place (`a_place_here`), nor a role word used as
    a verb (`role_as_verb`)."""
    used = used_not_made(doc)
    condition = in_condition(doc)
    return [
        ""
        if (t.lower_.endswith("ed") and not names_a_kind(doc, k))
        or used[k]
        or condition[k]
        or a_place_here(doc, k)
        or role_as_verb(doc, k)
        else t.lemma_
        for k, t in enumerate(doc)
    ]


# Role words that are also verbs: "to champion registration" champions it, it appoints nobody (`role_as_verb`).
ROLE_VERBS = frozenset({"champion"})
# Words after which a role word is a verb: the infinitive mark and the modal of a plan's statements.
VERB_MARKS = frozenset({"to", "will", "shall"})


def role_as_verb(doc: Doc, k: int) -> bool:
    """Whether token `k` is a role word used as a verb: "Go on to champion chartership in the workshops",
    "We will champion the Commitment", or opening the statement ("Champion registration across the
    faculties"). A reader sees an action that speaks up for something, not one that appoints a champion,
    so it names no role object. "Appoint registration champions" or "a champion in each school" keep it."""
    if doc[k].lower_ not in ROLE_VERBS:
        return False
    if k == 0:
        return k + 1 < len(doc) and doc[k + 1].lemma_ not in {"network", "scheme", "role", "for", "in"}
    return doc[k - 1].lower_ in VERB_MARKS


def names_a_kind(doc: Doc, k: int) -> bool:
    """Whether token `k` opens a two-word kind of object (`OBJECT_KINDS`) as written, a participle
    included: "protected time" is time given, where "a funded route" is a route."""
    return k + 1 < len(doc) and f"{doc[k].lemma_} {doc[k + 1].lemma_}" in OBJECT_KINDS


def site_purpose(lemmas: Sequence[str]) -> str | None:
    """What a site is for, when its statement says one purpose (`SITE_PURPOSES`), else None.

    A reader sees "Develop the internal website to showcase technicians" (a showcase) and
    "A web page as the go-to place for technicians' resources" (a resource): two sites for
    two ends. "Create an online web presence" says neither, so it may be either.
    """
    said = [purpose for purpose, cues in SITE_PURPOSES.items() if not cues.isdisjoint(lemmas)]
    return said[0] if len(said) == 1 else None


def award_scope(lemmas: Sequence[str]) -> str | None:
    """Whose awards an award action is about, when its statement says one scope (`AWARD_SCOPES`), else None.

    A reader sees "Encourage nominations for internal awards (the staff awards, the dean's prizes)" and
    "Nominate technicians for national awards": nominations for the institution's own awards and for
    outside ones, two kinds of one practice (related, not the same). "Nominate technicians for local and
    national awards" says both, and "Encourage award nominations" neither: either scope.
    """
    said = [scope for scope, cues in AWARD_SCOPES.items() if not cues.isdisjoint(lemmas)]
    return said[0] if len(said) == 1 else None


def survey_scope(lemmas: Sequence[str]) -> str | None:
    """Whose survey a survey action is about: the institution's general staff survey ("general") or a survey
    of technicians of its own ("own"), else None.

    A reader of "University staff survey: work with its results for the technical job family" sees the
    general survey read for technicians; "Run an annual survey of technical staff" or "A pulse survey of the
    technical community" run a survey of their own: two instruments for one aim (related, not the same).
    A statement naming the general survey (`GENERAL_SURVEYS`, adjacent lemmas) is about it whatever else it
    names; one naming technicians and no general survey runs its own; "Run focus groups" says neither.
    """
    pairs = set(itertools.pairwise(lemmas))
    if pairs & GENERAL_SURVEYS:
        return "general"
    return "own" if not TECHNICIAN_WORDS.isdisjoint(lemmas) else None


def _with_purpose(kind: str, lemmas: Sequence[str]) -> str:
    if kind == SITE:
        purpose = site_purpose(lemmas)
    elif kind == AWARD:
        purpose = award_scope(lemmas)
    elif kind == SURVEY:
        purpose = survey_scope(lemmas)
    else:
        purpose = None
    return f"{kind} {purpose}" if purpose else kind


def first_phrase_end(doc: Doc) -> int:
    """Where a statement's first phrase ends: at the first clause mark, or at the first comma that
    does not open or close a coordinated part ("Reviewing the success of, and support for,
    nominations" runs on to its end)."""
    coordinated = False
    for k, token in enumerate(doc):
        if token.text in _CLAUSE_MARKS:
            return k
        if token.text != ",":
            continue
        if k + 1 < len(doc) and doc[k + 1].lower_ in COORDINATORS:
            coordinated = True
        elif coordinated:
            coordinated = False
        else:
            return k
    return len(doc)


def lead_object_of(doc: Doc) -> str | None:
    """The first kind of object (`OBJECT_KINDS`) a statement names in its first phrase: what it
    delivers, where the later ones are what that is for or about ("A bursary pot for conference
    travel" is a fund; "Guidance on moving between career pathways" is a document). A phrase after
    the first (`first_phrase_end`) says how or what else: "An appraisal process for technicians,
    helping to steer the development fund" delivers no fund, so it leads with no object."""
    lemmas = object_lemmas(doc)[: first_phrase_end(doc)]
    plain = [t.lemma_ for t in doc]
    for k, lemma in enumerate(lemmas):
        pair = f"{lemma} {lemmas[k + 1]}" if k + 1 < len(lemmas) else ""
        if pair in OBJECT_KINDS:
            return _with_purpose(OBJECT_KINDS[pair], plain)
        if lemma in OBJECT_KINDS:
            return _with_purpose(OBJECT_KINDS[lemma], plain)
    return None


def document_topic(doc: Doc) -> bool:
    """Whether a statement delivers a document whose topic is the other things it names.

    A reader of "Guidance to support movement between the career pathways" or "Fair attribution
    policy published on the technicians' hub" sees a guide and a policy: the pathways are what the
    guide explains, the hub is where the policy is put. When a statement leads with a document
    (`lead_object_of`), the document is the one thing it makes, so it clashes with making a
    pathway or a site."""
    return lead_object_of(doc) == DOCUMENT


def objects_of(doc: Doc) -> frozenset[str]:
    """The kinds of object (`OBJECT_KINDS`) an action's statement says it makes or runs.

    A reader sees "Create an online web presence" (a site), "Provide a biennial away day"
    (an event), "Brochure published" (a document), "A pot of money for registration fees"
    (a fund). A statement naming none ("Support technicians with gaining registration")
    is broad: it does not say how, so it clashes with no way of doing it. A statement leading with
    a document is about what the document covers (`document_topic`).
    """
    if document_topic(doc):
        return frozenset({DOCUMENT})
    lemmas = object_lemmas(doc)
    plain = [t.lemma_ for t in doc]
    words = lemmas + [f"{a} {b}" for a, b in itertools.pairwise(lemmas)]
    return frozenset(_with_purpose(OBJECT_KINDS[w], plain) for w in words if w in OBJECT_KINDS)


def split_asides(text: str) -> tuple[str, str]:
    """Split an action's text into its main statement and its asides.

    An aside is a parenthesis, or a list of examples opened by "including", "e.g.",
    "such as", "for example"... and running to the end of its clause (";" or a full
    stop). Examples say how or where, not what: practices named only there count as
    context, not as the action's own.

    Example:
        >>> split_asides("Improve the hub, including training and events (NTDC); run a survey")
        ('Improve the hub, ; run a survey', 'including training and events (NTDC)')
    """
    main: list[str] = []
    asides: list[str] = []
    pos = 0
    while pos < len(text):
        found = _ASIDE_START.search(text, pos)
        for tail in (reporting_tail(text, pos), agent_tail(text, pos)):
            if tail is not None and (found is None or tail.start() < found.start()):
                found = tail
        if found is None:
            main.append(text[pos:])
            break
        main.append(text[pos : found.start()])
        if found.group(0) == "(":
            depth, end = 0, len(text)
            for k in range(found.start(), len(text)):
                depth += {"(": 1, ")": -1}.get(text[k], 0)
                if depth == 0:
                    end = k + 1
                    break
        else:
            stop = _CLAUSE_END.search(text, found.end())
            end = stop.start() if stop else len(text)
        asides.append(text[found.start() : end])
        pos = end
    return " ".join("".join(main).split()), " ".join(" ".join(asides).split())


def action_context(action: Action, asides: str = "") -> str:
    """Text around the action that hints at its practice: asides, theme and measures."""
    parts = [asides, action.theme or "", *action.measures]
    return " ; ".join(p for p in parts if p)


@dataclass(frozen=True)
class _TextReading:
    """What one distinct text yields: its practice tags, content lemmas and stage."""

    tags: TagReading
    lemmas: tuple[str, ...]
    activity: str | None
    objects: frozenset[str] = frozenset()
    lead_object: str | None = None
    supports: bool = False


def _read_texts(texts: Sequence[str], processor: ActionTextProcessor, lead_bonus: int) -> dict[str, _TextReading]:
    """Each distinct text read once: plans repeat themes, measures and stock wordings."""
    distinct = sorted(set(texts))
    return {
        text: _TextReading(
            tags=processor.read_tags(doc, lead_bonus=lead_bonus),
            lemmas=processor.content_lemmas(doc),
            activity=activity_of(doc),
            objects=objects_of(doc),
            lead_object=lead_object_of(doc),
            supports=opens_with_support(doc),
        )
        for text, doc in zip(distinct, processor.docs(distinct), strict=True)
    }


def listed_items(tags: Iterable[str], children: Mapping[str, Sequence[str]]) -> set[str]:
    """The practices a list of examples names as items: a broad practice named beside one of its own
    children is that child, one item, not two.

    A reader of "(skills and experience for each career stage)" sees one example, a career structure,
    whether the words are read as career pathways, as a career framework, or as both.
    """
    named = set(tags)
    return {tag for tag in named if named.isdisjoint(children.get(tag, ()))}


def lists_examples(main: TagReading, asides: TagReading, children: Mapping[str, Sequence[str]] | None = None) -> bool:
    """Whether an action is a list of examples of several practices.

    A reader sees "Engagement routes opened, including a forum page, a newsletter and a blog"
    or "New routes trialled, including short courses, lab swaps and job shadowing": the
    statement names no practice but a means or none at all, and its examples name two or more.
    A statement in parts under headings whose parts lead with two or more practices
    (`part_leaders`: "Induction for new starters - ... Student introduction - ...") lists them too.
    Such an action is as much each item as a whole (`SameRule.LISTED`). A broad practice named beside
    one of its own `children` is one item (`listed_items`).
    """
    serves = any(tag not in main.means for tag, _ in main.hits)
    items = listed_items((tag for tag, _ in asides.hits), children or {})
    return (not serves and len(items) >= LISTED_EXAMPLES) or main.parts >= LISTED_EXAMPLES


def names_only_means(main: TagReading, means: frozenset[str]) -> bool:
    """Whether every practice a statement names is one the taxonomy calls a means (channels, funding).

    A reader of "Campaigns to make the workshops visible, such as #LabHands" or "A travel pot for
    curators, e.g. for the museum conferences" sees a campaign and a pot whose examples say what they are
    for: the examples are what the action is about as well as its means (`own_and_demoted`), even when
    the means leads the statement and so is its own practice (`ActionTextProcessor._leading_means`).
    """
    named = {tag for tag, _ in main.hits}
    return bool(named) and named <= means


# "... or other means of ...": the words after "or / and (any) other" that leave a statement's class open.
OPEN_CLASS = re.compile(
    r"\b(?:or|and)\s+(?:any\s+)?other\s+(?:means|forms?|ways?|channels?|routes?|kinds?|types?|methods?)\b",
    re.IGNORECASE,
)


def names_open_class(text: str) -> bool:
    """Whether a statement names what it does as a class open to any member.

    A reader of "Use forums or other means of general communication to contact technicians" sees
    no particular channel: the forum is one example and any other channel would do ("... or other
    means / forms / ways / channels / routes of ..."). Such a statement is as much each narrower
    action doing one member of the class (a newsletter, a mailing list, a briefing) as the whole,
    though it shares hardly a word with any of them (`SameRule.LISTED` from
    `ComparisonSettings.open_same_threshold`).
    """
    return OPEN_CLASS.search(text) is not None


def own_and_demoted(
    main: TagReading, asides: TagReading, means: frozenset[str] = frozenset()
) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    """(practice, hits) the action is about, and the means it names beside them (context).

    - A means (funding, channels, "through the hub") beside another practice of the
      statement is how, not what.
    - Asides are weighted by what the action is for: when the statement names no practice
      of its own but a means, the practices of its examples are what it is about too
      ("Communication tools rolled out, such as a website, a newsletter and Twitter";
      "Develop a programme of opportunities (mentoring, shadowing, secondments)"), and so they are
      when it names only practices of the taxonomy's `means` (`names_only_means`: "Campaigns to make
      the workshops visible, such as #LabHands"); otherwise they stay context (see `split_asides`).
    """
    serves = any(tag not in main.means for tag, _ in main.hits)
    hits = dict(main.hits)
    if not serves or names_only_means(main, means):
        for tag, n in asides.hits:
            if tag not in asides.means and tag not in hits:
                hits[tag] = n
        demoted: set[str] = set()
    else:
        demoted = set(main.means)
    own = tuple(sorted((tag, n) for tag, n in hits.items() if tag not in demoted))
    moved = tuple(sorted((tag, n) for tag, n in hits.items() if tag in demoted))
    return own, moved


def prepare_actions(
    entries: Sequence[tuple[int, str, int, Action]], processor: ActionTextProcessor
) -> list[PreparedAction]:
    """Prepare (plan number, institution, action index, action) entries, keeping their order."""
    split = [split_asides(action.text) for _, _, _, action in entries]
    texts = [main for main, _ in split]
    contexts = [action_context(action, asides) for (_, _, _, action), (_, asides) in zip(entries, split, strict=True)]
    text_readings = _read_texts(texts, processor, LEAD_BONUS)
    context_readings = _read_texts(contexts, processor, 0)
    aside_readings = _read_texts([asides for _, asides in split], processor, 0)
    prepared = []
    for index, ((plan, institution, action_index, action), text, context_text, (_, asides)) in enumerate(
        zip(entries, texts, contexts, split, strict=True)
    ):
        main, ctx = text_readings[text], context_readings[context_text]
        tags, demoted = own_and_demoted(main.tags, aside_readings[asides].tags, processor.means)
        lists = lists_examples(main.tags, aside_readings[asides].tags, processor.children)
        in_text = {tag for tag, _ in tags}
        context = dict(demoted)
        for tag, n in ctx.tags.hits:
            if tag not in in_text:
                context[tag] = context.get(tag, 0) + n
        ctx_tags = tuple(sorted(context.items()))
        prepared.append(
            PreparedAction(
                index=index,
                plan=plan,
                institution=institution,
                action=action,
                action_index=action_index,
                lemmas=main.lemmas,
                context_lemmas=ctx.lemmas,
                tag_hits=tags,
                context_tag_hits=ctx_tags,
                activity=main.activity,
                objects=main.objects,
                lead_object=main.lead_object,
                lists=lists,
                listed=main.tags.listed,
                supports=main.supports,
                first_practice=main.tags.first,
                open_class=names_open_class(text),
            )
        )
    logger.debug("prepared %d actions from %d distinct texts", len(prepared), len(text_readings))
    return prepared


def prepare_action(action: Action, processor: ActionTextProcessor, institution: str = "") -> PreparedAction:
    """Prepare a single action (convenience for search queries and tests)."""
    return prepare_actions([(0, institution, 0, action)], processor)[0]
