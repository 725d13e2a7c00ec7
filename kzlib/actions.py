"""Actions: who does what to whom, one row per action a text reports, dated or not.

Method: a small rule grammar over a curated predicate lexicon (``predicates.csv`` in the codebook folder)
and the actor mentions the library already finds. No parser with a pinnable model ships as a package
(spaCy's, Stanza's and UDPipe's models are downloads), and the whole pipeline must stay well under 100 ms
per chapter, so the grammar is written for the constructions political prose uses, and tested on
sentences written for it (``tests/test_actions.py``).

How a row is built, per sentence (clean reading text, mentions as single tokens):

1. **Predicates.** Lexicon forms (verbs and nominal events, multiword forms included) are matched on the
   tokens. A form listed both as verb and noun is a noun after a determiner, a possessive or an actor
   adjective ("his visit", "American sanctions"), a verb otherwise. A light verb ("issue", "lend", "make",
   "transmit") takes the lemma and code of the nominal predicate it governs ("lent his support to").
2. **Voice and form.** Passive after a form of *be* or as a participle followed by *by* ("was hosted by",
   "later joined by"); infinitive after *to*; gerund after a preposition or at a clause opening.
3. **Agents.** Active finite verb: the subject noun phrase found by scanning left over adverbs,
   auxiliaries, negation and parentheticals (", later joined by Kyrgyzstan,"), with coordination
   ("Russia along with Armenia, Belarus, and Kazakhstan"), appositions and titles. A verb coordinated
   with an earlier one (", withdrew ...", "and offered") shares its subject. Infinitives and gerunds take
   the controller: the noun phrase right before *to* ("prompted his administration to impose"), else the
   subject of the governing verb ("Washington chose to ignore"). Passive: agents from the *by* phrase, the
   subject becomes the target. Nominal events: the possessor ("Nazarbayev's visit"), an actor adjective
   ("American sanctions"), or an *of*/*by*/*from* phrase, as the lexicon's ``noun_agent`` frame allows.
4. **Who counts inside a noun phrase.** Actors inside a prepositional phrase are only mentioned, unless the
   head is a governing noun ("officials in Nursultan", "the government of Kazakhstan"); a possessor or
   actor adjective before a named person is a modifier ("Uzbekistan's President Mirziyoyev" is Mirziyoyev).
   Pronouns and "the two presidents"/"both countries" are resolved to the latest actions' participants.
5. **Targets** by the lexicon's frame: the direct object (``obj``) and/or phrases opened by the listed
   prepositions (``to``, ``with``, ``on``, ``from`` ...), within the clause and before the next predicate.
6. **Negation** (not, never, no, without, failed to ...) and **modality**: ``hypothetical`` (if, would,
   could, might, may, will, questions), ``hoped`` (hope cues), ``intended`` (intend, plan, seek, resolve,
   intention, readiness ... to), else ``asserted``.
7. **Date**: the dated expression in the action's own noun phrase, else the nearest in its own clause: a
   relative, complement or opening "after" clause keeps its date; a coordinated verb takes its own stretch's
   date, else one said before the main verb; a date inside a noun phrase ("a 2018 measure") dates no verb.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate, chain, compress, islice, repeat
from operator import attrgetter
from typing import NamedTuple

import pandas as pd

from . import codebook
from .chronology import future_items
from .lexicon import PRIVATE_GROUPS, STANCE_NOUNS
from .phrases import led_alternation
from .timex import MONTHS, WEEKDAYS

COLUMNS = [
    "doc_id",
    "action_id",
    "para_id",
    "sent_id",
    "agents",
    "targets",
    "predicate",
    "lemma",
    "cameo",
    "quad_class",
    "negated",
    "modality",
    "timex_id",
    "date_value",
    "start",
    "end",
    "predicate_start",
    "predicate_end",
]
QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
MODALITIES = ("asserted", "intended", "hoped", "hypothetical")

TOKEN = re.compile(r"\w+(?:[’'.\-]\w+)*|[^\w\s]")
TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")  # a text split into its blanks and TOKEN's words, alternating
POSS = re.compile(r"[’']s?$")

AUX = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "having",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
    ]
)
AGENT_HEADS = frozenset(["embassy", "embassies", "successor", "predecessor", "counterpart", "counterparts", "team"])
# "their tendency has been to work on": a disposition's holder acts in the infinitive it names
DISPOSITION = frozenset(["tendency", "habit", "practice", "inclination", "instinct", "custom", "preference"])
COGNITION = frozenset(["recognize", "acknowledge"])  # "recognizes that ...": belief, not praise (no row)
NAME_SUFFIX = frozenset(["jr", "sr"])
HAVE = frozenset(["has", "have", "had"])
DEFINITE = frozenset(["the", "this", "that", "these", "those", "such"])
DOC_NOUNS = frozenset(
    [
        "strategy",
        "policy",
        "statement",
        "document",
        "declaration",
        "doctrine",
        "plan",
        "program",
        "programme",
        "concept",
        "communique",
        "communiqué",
        "agreement",
        "accord",
        "treaty",
        "charter",
        "resolution",
    ]
)  # a document stands for its authors ("The new strategy also called for", "This agreement stipulated")
STATIVE_PASSIVE = frozenset(["commit", "pledge"])  # "is committed to": a stance of the subject, not a passive
BARE_INF_GOV = frozenset(["help", "helps", "helped", "let", "lets"])
RE_MENTION_SENTENCES = 20  # a noun re-mentions an action told at most this many sentences before
OPINIONS = frozenset(["view", "views", "notion", "idea", "argument", "claim", "assumption", "premise", "thesis"])
AIM_IS_TO = re.compile(r"\b(?:idea|goal|aim|objective|task|ambition|purpose|intention)s? (?:is|was|are|were) to$")
JOINT_TITLE = re.compile(r"(?i)\bjoint\s+(?:statement|declaration|communiqu[eé]|press\s+statement)\b")
BARE_GROUPS = frozenset(["states", "countries", "nations"])  # "led states to": states in general
# words that make "states" a noun ("member states", "partner states"), not the verb "states"
GROUP_MODIFIERS = frozenset(
    ["member", "partner", "new", "independent", "neighboring", "neighbouring", "sovereign", "other", "successor"]
)
PLURAL_BODIES = frozenset(["agencies", "officials", "diplomats", "governments", "leaders", "authorities", "ministries"])
# what a party has, so that a stance towards it is towards the party ("support for the sovereignty of X")
OWNED_ATTRIBUTES = frozenset(
    ["sovereignty", "independence", "integrity", "security", "stability", "prosperity", "efforts", "reforms"]
    + ["agenda", "leadership", "people", "economy", "development", "territorial"]
)
OWN_RECORD = frozenset(["record", "reputation", "policies", "policy", "conduct", "performance"])
CONTINUED = frozenset(["continued", "continuing", "repeated", "renewed", "further", "ongoing", "persistent"])
OBJECT_PREPS = frozenset(["of", "for", "in", "on", "at", "with", "towards", "toward", "across"])
LED_BY = frozenset(["led", "conducted", "headed", "chaired", "directed", "undertaken", "organized", "organised"])
BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "am"])
AUX_FINITE = frozenset(["is", "are", "was", "were", "am", "has", "have", "had"])
MODAL_HYPO = frozenset(["would", "could", "might", "may", "can"])
MODALS = MODAL_HYPO | {"will", "shall", "must", "should"}
NEG = frozenset(["not", "never", "n't", "no", "without"])
# a near miss: "nearly won", "almost signed", "came close to signing" did not happen (negated)
NEAR_MISS = frozenset(["nearly", "almost"])
ADVERB = frozenset(
    [
        "almost",  # "had almost signed": a near miss (see NEAR_MISS), still the subject's verb
        "also",
        "then",
        "later",
        "soon",
        "already",
        "still",
        "even",
        "just",
        "only",
        "once",
        "again",
        "further",
        "thus",
        "therefore",
        "instead",
        "indeed",
        "however",
        "meanwhile",
        "moreover",
        "nonetheless",
        "nevertheless",
        "yet",
        "first",
        "now",
        "both",
        "either",
        "together",
        "jointly",
        "so",
        "very",
        "much",
        "more",
        "less",
        "all",
        "each",
        "rather",
        "recently",
        "subsequently",
        "eventually",
        "finally",
        "initially",
        "long",
    ]
)
DET = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "such",
        "some",
        "any",
        "every",
        "each",
        "several",
        "many",
        "few",
        "both",
        "all",
        "two",
        "three",
        "four",
        "five",
        "first",
        "second",
        "new",
        "other",
        "another",
    ]
)
PRONOUN_SUBJ = {"he": "person", "she": "person", "it": "other", "they": "plural", "we": "plural", "i": "speaker"}
CONTRACTION = re.compile(r"^(i|we|they|he|she|it)[’'](?:re|m|ve|ll|d|s)$")
SPEAKER_LABEL = re.compile(r"^\s*([A-Z](?:[A-Z.’' -]*[A-Z.])?):\s")  # "THE PRESIDENT:  It's an honor ...", "Q: ..."
PRONOUN_POSS = {"his": "person", "her": "person", "its": "other", "their": "plural"}
PLURAL_NP = re.compile(
    r"^(?:the two|both|the)\s+(?:presidents|leaders|countries|sides|governments|heads of state)$|"
    r"^both$"
)
OFFICIALS_OF_BOTH = re.compile(
    r"^(?:\w+ )?(?:officials|representatives|delegations|delegates|ministers|diplomats|experts|members)"
    r" (?:from|of) (?:the two|both) (?:countries|sides|governments|states)$"
)
PREP = frozenset(
    [
        "in",
        "on",
        "at",
        "to",
        "with",
        "from",
        "for",
        "of",
        "by",
        "about",
        "against",
        "among",
        "between",
        "into",
        "onto",
        "over",
        "under",
        "after",
        "before",
        "during",
        "since",
        "through",
        "toward",
        "towards",
        "within",
        "without",
        "across",
        "behind",
        "beyond",
        "via",
        "upon",
        "amid",
        "amidst",
        "despite",
        "like",
        "near",
        "than",
        "until",
    ]
)
SUBORD = frozenset(
    [
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "while",
        "whereas",
        "although",
        "though",
        "because",
        "if",
        "unless",
        "since",
        "as",
        "whether",
        "where",
        "how",
        "what",
        "why",
    ]
)
COORD = frozenset({"and", "or", "&"})
GOV_HEADS = frozenset(
    [
        "government",
        "governments",
        "officials",
        "official",
        "leaders",
        "leader",
        "leadership",
        "president",
        "presidents",
        "administration",
        "administrations",
        "authorities",
        "ministry",
        "ministries",
        "minister",
        "ministers",
        "delegation",
        "delegations",
        "side",
        "diplomats",
        "envoy",
        "envoys",
        "parliament",
        "cabinet",
        "regime",
        "state",
        "states",
        "people",
    ]
)
CLAUSE_PUNCT = frozenset({";", ":", "—", "–", "?", "!"})
CLAUSE_WORDS = frozenset({"but", "while", "whereas", "although", "though", "because"})
FINITE_EXTRA = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "had",
        "has",
        "have",
        "did",
        "does",
        "do",
        "became",
        "become",
        "becomes",
        "saw",
        "sees",
        "took",
        "takes",
        "made",
        "makes",
        "gave",
        "gives",
        "went",
        "goes",
        "led",
        "leads",
        "held",
        "holds",
        "began",
        "begins",
        "chose",
        "chooses",
        "understood",
        "understands",
        "realized",
        "realised",
        "realizes",
        "knew",
        "know",
        "knows",
        "thought",
        "felt",
        "kept",
        "left",
        "brought",
        "found",
        "put",
        "set",
        "got",
        "sought",
        "seeks",
        "wanted",
        "wants",
        "needed",
        "needs",
        "tried",
        "tries",
        "resolved",
        "used",
        "uses",
        "helped",
        "helps",
        "remained",
        "remains",
        "prompted",
        "prompts",
        "ensured",
        "ensures",
        "marked",
        "constituted",
        "constitutes",
        "required",
        "requires",
        "emphasized",
        "emphasised",
        "emphasizes",
        "continued",
        "continues",
        "argued",
        "argues",
        # wrappers of hoping and planning, whose subject acts in the infinitive ("Kazakhstan hopes to visit")
        "hopes",
        "plans",
        "intends",
        "aims",
        "wishes",
    ]
)
NOT_VERB_ED = frozenset(
    [
        "united",
        "based",
        "interested",
        "concerned",
        "limited",
        "related",
        "red",
        "need",
        "speed",
        "indeed",
        "hundred",
        "advanced",
        "skilled",
        "detailed",
        "rules-based",
        "hydrocarbon-based",
        "internet-based",
        "market-based",
        "well-staffed",
        "well-managed",
        "well-informed",
        "specialized",
        "armed",
        "broader",
    ]
)
INTENT_CUES = frozenset(
    [
        "intend",
        "intends",
        "intended",
        "intention",
        "intentions",
        "plan",
        "plans",
        "planned",
        "planning",
        "seek",
        "seeks",
        "sought",
        "seeking",
        "resolve",
        "resolves",
        "resolved",
        "aim",
        "aims",
        "aimed",
        "aiming",
        "want",
        "wants",
        "wanted",
        "readiness",
        "ready",
        "prepared",
        "willing",
        "try",
        "tries",
        "tried",
        "attempt",
        "attempts",
        "attempted",
        "determined",
        "effort",
        "efforts",
        "propose",
        "proposes",
        "proposed",
    ]
)
# a decision or resolve of someone: "the decision of X to expand" is X's step
RESOLVE_NOUNS = frozenset(
    ["decision", "decisions", "plan", "plans", "intention", "intentions", "readiness", "willingness", "resolve"]
    + ["determination", "commitment", "pledge", "promise", "offer", "proposal", "efforts", "effort", "attempt"]
)
PLAN_WORDS = frozenset(["intention", "intentions", "readiness", "plan", "plans"])
HOPE_CUES = frozenset(["hope", "hopes", "hoped", "hoping", "hopeful", "forward", "want", "wants", "wish", "wishes"])
HYPO_WORDS = frozenset({"if", "unless", "would", "could", "might", "may", "will", "perhaps", "possibly", "possible"})
CONTROL_TRANSPARENT = frozenset(
    [
        "sure",  # "making sure to raise"
        "chose",
        "choose",
        "chooses",
        "began",
        "begin",
        "begins",
        "begun",
        "continued",
        "continue",
        "continues",
        "helped",
        "help",
        "helps",
        "managed",
        "went",
        "came",
        "decided",
        "decide",
        "decides",
        "agreed",
        "had",
        "able",
        "unable",
        # wrappers of planning and hoping: the embedded action is the row (with their modality)
        "want",
        "wants",
        "wanted",
        "hope",
        "hopes",
        "hoped",
        "forward",
        "plan",
        "plans",
        "planned",
        "intend",
        "intends",
        "intended",
        "aim",
        "aims",
        "aimed",
        "wish",
        "wishes",
    ]
)
DATE_KINDS = ("date", "range", "relative")
# a contact made to do something: its maker acts ("Blinken called Tokayev to discuss", "met X to sign")
CONTACT_VERBS = frozenset(
    [
        "call",
        "called",
        "calls",
        "phoned",
        "telephoned",
        "met",
        "meets",
        "visited",
        "visits",
        "hosted",
        "hosts",
        "received",
        "receives",
    ]
)
OPEN_GERUND = frozenset(["while", "whilst", "when", "once"])  # "While visiting X, Y met": Y visits
SUB_OPEN = frozenset(["while", "whereas", "although", "though", "when", "if", "unless", "since", "because", "as"])
CONTROL_INTENT = frozenset(["seek", "propose", "pledge", "offer"])
COMMUNICATIVE = frozenset(
    [
        "demand",
        "call for",
        "call on",
        "encourage",
        "agree",
        "invite",
        "suggest",
        "urge",
        "pledge",
        "offer",
        "require",
        "ask",
        "commit",
        "promise",
    ]
)


class Tok(NamedTuple):
    """A token (never changed once made; a named tuple, so a paragraph's words are made in one C-level pass)."""

    start: int  # clean index in the paragraph text
    end: int
    text: str
    low: str
    actors: tuple = ()  # actor ids (a mention, or a resolved pronoun)
    form: str = ""  # mention form, or "pronoun"
    poss: bool = False  # possessive ('s, his, its ...)
    finite: bool = False  # a word (no mention) that may be a finite verb (see :meth:`_Reading.finite`)


_make_tok = partial(tuple.__new__, Tok)  # Tok(*fields) without the Python-level __new__


@dataclass
class Pred:
    k: int  # first token
    k_end: int  # one past the last token
    entry: object
    pos: str  # verb | noun
    vform: str = ""  # finite | infinitive | gerund | participle
    passive: bool = False
    agents: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    absorbed: bool = False
    nominal: bool = False  # a light verb that took its nominal's code
    mood: str = ""  # a modality set by a governing verb ("proposed a withdrawal": intended)


ORG_WORDS = re.compile(
    r"\b(?:Council|Department|Agency|Committee|Commission|Office|Bank|Fund|Union|Association|Organi[sz]ation|"
    r"University|Institute|Party|Company|Corporation|Group|Ministry|Chamber|Forum|Summit|Platform|Dialogue|"
    r"Initiative|Strategy|Program|Programme|Conference|House|Security|Affairs|Policy|Cooperation|Reconciliation)\b"
)
# "cooperation among regional states": the region of the text (see _Sentence.salient_region)
REGION_STATES = re.compile(
    r"^(?:the )?(?:\w+ )?(?:(?:regional|partner|new|newly independent) (?:states|countries|governments)"
    r"|states of the region)\b"
)  # "commitment to partner states", "the new states": the text's region
NEIGHBOUR_WORDS = frozenset(["neighbors", "neighbours", "neighbor", "neighbour"])
OTHER = "other:"  # prefix of an agent or target outside the codebook (as in the hand gold)


class _Reading(NamedTuple):
    """What the grammar looks up in the codebook, built once per codebook (:func:`_build_reading`)."""

    cb: object
    forms: dict  # first word → lexicon forms (:func:`_build_forms`)
    verbs: frozenset  # one-word verb forms, not gerunds
    nouns: frozenset  # one-word noun forms
    light: frozenset  # one-word verb forms of a light verb ("lend", "issue")
    types: dict  # actor id → codebook type
    sides: dict  # actor id → the side it counts for
    title_words: frozenset  # :func:`_build_title_words`
    neighbours: list  # (actor, neighbour, directions, region) per row of the ``neighbours`` table
    finite: dict  # lower-cased word → whether it may be a finite verb (:class:`_FiniteWords`)


class _FiniteWords(dict):
    """Lower-cased word → whether it may be a finite verb: an irregular or auxiliary form, an -ed form, or a
    one-word verb form of the lexicon. Filled as words are first seen (cleared when it grows large)."""

    def __init__(self, verbs: frozenset):
        super().__init__()
        self.verbs = verbs

    def __missing__(self, low: str) -> bool:
        if len(self) > 200_000:
            self.clear()
        found = self[low] = _finite_shape(low) or low in self.verbs
        return found


def _build_reading(cb) -> _Reading:
    forms = cb.compiled(_build_forms)
    one_word = [(w[0], pos, senses) for entries in forms.values() for w, pos, senses in entries if len(w) == 1]
    verbs = frozenset(w for w, pos, _ in one_word if pos == "verb" and not _gerund(w))
    return _Reading(
        cb,
        forms,
        verbs,
        frozenset(w for w, pos, _ in one_word if pos == "noun"),
        frozenset(w for w, pos, senses in one_word if pos == "verb" and any(x.light == "1" for x in senses)),
        dict(zip(cb.actors.actor_id, cb.actors.type)),
        cb.sides(),
        cb.compiled(_build_title_words),
        list(zip(*(cb.neighbours[c].tolist() for c in ("actor_id", "neighbour", "direction", "region")))),
        _FiniteWords(verbs),
    )


# The reading of the document's codebook: set by :func:`actions` for its own call only, in this thread or task only.
_READING: ContextVar[_Reading | None] = ContextVar("kzlib_actions_reading", default=None)


def _reading() -> _Reading:
    return _READING.get() or codebook.Codebook.shipped().compiled(_build_reading)


def _cb():
    return _reading().cb


def lexicon(cb=None) -> pd.DataFrame:
    """The predicate lexicon (``predicates.csv`` of the codebook; checked when the codebook is read): one row per
    sense (lemma, forms, CAMEO code, quad class, argument frames)."""
    return (cb if cb is not None else _cb()).predicates


def _build_forms(cb) -> dict:
    """first word → list of (words tuple, pos, [senses]) longest first."""
    by: dict[tuple, dict] = {}
    for r in lexicon(cb).itertuples(index=False):
        for pos, cell in (("verb", r.verb_forms), ("noun", r.noun_forms)):
            if pos == "verb" and cell:
                cell = r.lemma + ";" + cell  # the lemma is the base form (infinitive, present)
            for f in cell.split(";"):
                f = f.strip().lower()
                if f:
                    by.setdefault((tuple(f.split()), pos), []).append(r)
    out: dict[str, list] = {}
    for (words, pos), senses in by.items():
        out.setdefault(words[0], []).append((words, pos, senses))
    for v in out.values():
        v.sort(key=lambda x: (-len(x[0]), x[1] != "verb"))
    return out


def _forms() -> dict:
    return _reading().forms


def _actor_types() -> dict:
    return _reading().types


def _type(actor: str) -> str | None:
    """The codebook type of an actor; a person named outside the codebook (``other:<Name>``) is a person."""
    return "person" if actor.startswith(OTHER) else _reading().types.get(actor)


def _build_name_context(cb):
    """What marks a person's name the codebook lacks: one of the codebook's titles and the capitalised words
    after it ("Advisor Jon Finer"; "Special Representative for International Cooperation Erzhan Kazykhan"),
    or a title in apposition after the name ("Jennifer Klein, Assistant to the President")."""
    titles = [t for t in cb.title_list if t[:1].isupper()]
    if not titles:
        return None
    alt = "|".join(r"\s+".join(re.escape(w) for w in t.split()) for t in titles)
    word = r"(?:[A-Z][a-z]{0,2}\.(?=\s)|[A-Z][\w’'-]*)"  # "Dr.", "R.", or a capitalised word
    # both led by a character with the lookbehind after it ((?<![\w.’'-])(?:{alt}) and (?<![\w.’'-])({name})
    # written so the regex engine skips ahead to a title's first letter or a capital; the same matches)
    led = led_alternation(titles, r"\w.’'-")
    titled = re.compile(rf"{led}(?:\s+(?:(?:of|for|to)\s+(?:the\s+)?)?{word})+")
    # a portfolio naming several places before the name ("Senior Director for Russia and Central Asia Eric Green")
    portfolio = re.compile(
        rf"{led}\s+(?:of|for)\s+(?:the\s+)?{word}(?:\s+{word})*(?:,?\s+and\s+(?:the\s+)?{word}(?:\s+{word})*)+"
    )
    name = r"[A-Z](?<![\w.’'-].)[a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    after = re.compile(rf"({name}),\s+(?:(?:Special|Senior|Deputy|Principal|Chief)\s+)?(?:{alt})\b(?![\w’'-])")
    is_title = re.compile(rf"(?:^|\s)(?:{alt})(?:\s|$)")
    return titled, after, is_title, portfolio


def _build_name_ends(cb) -> dict:
    """actor id → the last words of its name and aliases ("Council" for the U.S.-Kazakhstan Business Council)."""
    out: dict[str, set] = {}
    for a, name, aliases in zip(cb.actors.actor_id, cb.actors.name, cb.actors.aliases):
        for n in [name, *str(aliases or "").split(";")]:
            if n.split() and len(n.split()) > 1:
                out.setdefault(a, set()).add(n.split()[-1])
    return out


def _build_title_anaphor(cb):
    """Regexes for a title standing for a person named with it before: "the President" (not "the President of
    Kazakhstan", not "the President Biden") and a title that opens a person's mention or ends right before one."""
    titles = sorted((t for t in cb.title_list if t[:1].isupper()), key=len, reverse=True)
    if not titles:
        return None
    alt = "|".join(r"\s+".join(map(re.escape, t.split())) for t in titles)
    # led by the title (the engine skips ahead to a title's first letter); "the" and up to three capitalised words
    # before it are checked on the left ("The President", "the National Security Advisor")
    led = led_alternation(titles, r"\w.’'-")
    bare = re.compile(rf"{led}(?![\w’'-])(?!\s+(?:of\b|for\b|[A-Z]))")
    the = re.compile(r"(?:^|[^\w.’'-])[Tt]he\s+(?:[A-Z][a-z]+\s+){0,3}$")
    return bare, the, re.compile(rf"^({alt})\s"), re.compile(rf"(?:^|\s)({alt})\s+$")


def _title_anaphors(text: str, taken: list, seen: dict) -> list[tuple[int, int, str, str]]:
    """ "President Biden met …. The President underscored": a definite title alone is the person named with that
    title before in the text (the first of them when several were: a readout's own principal comes first).
    ``seen`` (title → persons, kept across paragraphs) learns from the mentions in ``taken``."""
    ctx = _cb().compiled(_build_title_anaphor)
    if ctx is None:
        return []
    bare, the, opens, ends = ctx
    out, spans = [], []
    for s, e, actor, form in taken:
        spans.append((s, e))
        if actor.startswith(OTHER):
            m = ends.search(text, max(0, s - 60), s)
        elif form == "titled" and _type(actor) == "person":
            m = opens.match(text[s:e] + " ")
        else:
            continue
        if m:
            people = seen.setdefault(" ".join(m.group(1).split()), [])
            if actor not in people:
                people.append(actor)
    if not any(title in text for title in seen):  # no title learned so far occurs here: nothing to resolve
        return out
    for m in bare.finditer(text):
        s, e = m.span()
        people = seen.get(" ".join(m.group(0).split()))
        if people and the.search(text, max(0, s - 60), s) and not any(a < e and s < b for a, b in spans):
            out.append((s, e, people[0], "titled"))
    return out


def _build_title_words(cb) -> frozenset:
    """The capitalised words of the codebook's titles, and the rank words that open a title ("Senior Director")."""
    words = {w for t in cb.title_list for w in t.split() if w[:1].isupper()}
    return frozenset(words | {"Senior", "Deputy", "Special", "Principal", "Chief", "Acting", "First"})


CALENDAR = frozenset(
    [*WEEKDAYS, *MONTHS, "Today", "Yesterday", "Tomorrow"]
)  # capitalised words after a title that name no one ("the President Tuesday")
NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
INITIAL = re.compile(r"[A-Z]\.$")


OPENERS = PREP | DET | SUBORD  # words that open a clause, never a name


def _not_a_name(said: str) -> bool:
    """Capitalised words that open a clause rather than name someone: a first word that is a preposition,
    determiner or subordinator ("On Monday, President X …", "In Astana, Minister Y …"), or a day's name (not a
    month's: "April", "June", "May" are also names)."""
    words = said.split()
    return words[0].lower() in OPENERS or any(w in CALENDAR and w not in MONTHS for w in words)


def _other_persons(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """Mentions of people the codebook lacks, as ``other:<Name>``: the capitalised words after a codebook title
    (all of them, up to four, when the title runs straight into the name: "General Secretary Nguyen Phu Trong";
    else the last two, three with a middle initial, of a run with a portfolio: "Director for Russia and Central
    Asia Eric Green"), or two or three such words
    followed by a comma and a title; no word of the name may be a title or an organisation's head word, and no
    codebook mention may overlap it. Only texts with a title are searched."""
    ctx = _cb().compiled(_build_name_context)
    if ctx is None:
        return []
    titled, after, is_title, portfolio = ctx
    title_words = _reading().title_words
    found = []
    for m in chain(titled.finditer(text), portfolio.finditer(text)):
        words = list(re.finditer(r"\S+", m.group(0)))
        said = [w.group(0) for w in words]
        last = max(
            (i for i, w in enumerate(said) if w in title_words or w in ("of", "for", "to", "and", "the")), default=0
        )
        if (
            not any(w in ("of", "for", "to", "and", "the") for w in said)
            and (2 <= len(said) - last - 1 <= 4 or (len(said) - last - 1 == 1 and said[-1] not in CALENDAR))
            and all(NAME_WORD.match(w) or INITIAL.match(w) for w in said[last + 1 :])
        ):  # the title's words and then the whole name ("General Secretary Nguyen Phu Trong", "Minister Nurtleu")
            found.append((m.start() + words[last + 1].start(), m.start() + words[-1].end()))
            continue
        n = 3 if len(words) >= 4 and INITIAL.match(words[-2].group(0)) else 2
        if len(words) <= n or not (NAME_WORD.match(words[-n].group(0)) and NAME_WORD.match(words[-1].group(0))):
            continue
        found.append((m.start() + words[-n].start(), m.start() + words[-1].end()))
    found += [m.span(1) for m in after.finditer(text)]
    out = []
    spans = sorted(taken)  # overlap with a taken span: the largest end among the spans starting before e exceeds s
    starts, reach = [a for a, _ in spans], list(accumulate((b for _, b in spans), max))
    out_end = -1  # the candidates come in order of start, so an earlier name overlaps only by ending after s
    for s, e in sorted(found):
        said = " ".join(text[s:e].split())
        if is_title.search(said) or ORG_WORDS.search(said) or _not_a_name(said):
            continue
        k = bisect_left(starts, e)
        if (k and reach[k - 1] > s) or out_end > s:
            continue
        out.append((s, e, OTHER + said, "name"))
        out_end = max(out_end, e)
    return out


def _surname_mentions(text: str, taken: list, surnames: dict) -> list[tuple[int, int, str, str]]:
    """A person outside the codebook named in full once ("Jake Sullivan", "Foreign Minister Murat Nurtleu") is the
    same person when the text later uses the surname alone ("Sullivan welcomed"): those mentions, as
    ``other:<Full Name>``. ``surnames`` (surname → label, kept across paragraphs) learns the full names in ``taken``;
    a surname shared by two such names stays unresolved."""
    for *_, label, _ in taken:
        if label.startswith(OTHER) and len(label.split()) >= 2:
            last = label.split()[-1]
            surnames[last] = label if surnames.get(last, label) == label else ""
    names = [n for n, lab in surnames.items() if lab and n in text]
    if not names:
        return []
    spans = sorted((s, e) for s, e, *_ in taken)  # overlap: the largest end among the spans starting before e exceeds s
    starts, reach = [a for a, _ in spans], list(accumulate((b for _, b in spans), max))
    out = []
    for m in re.finditer(rf"(?<![\w.’'-])(?:{'|'.join(map(re.escape, names))})(?![\w-])", text):
        s, e = m.span()
        k = bisect_left(starts, e)
        if not (k and reach[k - 1] > s):
            out.append((s, e, surnames[m.group(0)], "name"))
    return out


def _sides() -> dict:
    return _reading().sides


def _words(text: str, pos: int, end: int, finite) -> list[Tok]:
    """The word tokens of ``text[pos:end]``, each field made for all at once: the split gives (blank, word)* blank,
    so the running lengths are each word's start and end."""
    parts = TOKEN_SPLIT.split(text[pos:end])
    said = parts[1::2]
    bounds = list(accumulate(map(len, parts), initial=pos))
    lows = list(map(str.lower, said))
    if "'s" in text[pos:end] or "’s" in text[pos:end]:
        poss = list(map(str.endswith, said, repeat(("'s", "’s"))))  # a word is never the bare "'s" (TOKEN)
    else:
        poss = repeat(False)  # no word here ends in 's
    return list(map(_make_tok, zip(bounds[1::2], bounds[2::2], said, lows, _NONE, _BLANK, poss, map(finite, lows))))


def _tokens(text: str, mentions: list[tuple[int, int, str, str]]) -> list[Tok]:
    """Tokens of a paragraph's text; each actor mention is one token (a trailing 's marks it possessive). The words
    are made once for the whole text, and the words between two mentions are a slice of them, unless a word runs
    across the edge of that stretch ("Kazakh-American" around the mention "Kazakh"): that stretch is split alone."""
    toks: list[Tok] = []
    finite = _reading().finite.__getitem__
    pos, hi = 0, len(text)
    words = _words(text, 0, hi, finite)
    starts = list(map(_START_OF, words))
    for s, e, actor, form in sorted(mentions) + [(hi, hi, None, "")]:
        if s < pos:
            continue
        i, j = bisect_left(starts, pos), bisect_left(starts, s)
        if (i and words[i - 1].end > pos) or (j and words[j - 1].end > s):
            toks += _words(text, pos, s, finite)
        else:
            toks += words[i:j]
        if actor is None:
            break
        poss = False
        tail = text[e : e + 2]
        if tail in ("'s", "’s") and not text[e + 2 : e + 3].isalnum():
            e, poss = e + 2, True
        elif tail[:1] in ("'", "’") and text[e - 1 : e] == "s" and not tail[1:2].isalnum():
            e, poss = e + 1, True
        toks.append(_make_tok((s, e, text[s:e], text[s:e].lower(), (actor,), form, poss, False)))
        pos = e
    return _unquoted(toks) if '"' in text or "“" in text else toks


_NONE, _BLANK = repeat(()), repeat("")  # the fields of a word that is no mention
_ACTORS_OF, _LOW_OF, _START_OF = attrgetter("actors"), attrgetter("low"), attrgetter("start")


def _unquoted(toks: list[Tok]) -> list[Tok]:
    """Scare quotes around a few lower-case words that open a predicate ('to "work on" Kazakhstan') are dropped,
    so the words inside read as the verb phrase they are."""
    forms = _forms()
    drop: set[int] = set()
    for i, x in enumerate(toks):
        if x.text not in ('"', "“") or i + 1 >= len(toks) or i in drop:
            continue
        close = ('"', "”")
        inner = next((j for j in range(i + 1, min(len(toks), i + 5)) if toks[j].text in close), None)
        words = toks[i + 1 : inner] if inner else []
        if words and all(w.text.isalpha() and w.text.islower() for w in words) and words[0].low in forms:
            drop |= {i, inner}
    return [x for i, x in enumerate(toks) if i not in drop] if drop else toks


NOT_ING = frozenset(["bring", "sing", "ring", "spring", "string", "swing", "sting", "cling", "fling", "wring", "thing"])


def _gerund(low: str) -> bool:
    """An -ing form ("bring" is not one)."""
    return low.endswith("ing") and low not in NOT_ING


RELATIVE = frozenset(["which", "who", "whom", "whose"])
IRREGULAR_PARTICIPLES = frozenset(
    ["held", "led", "made", "sent", "lent", "met", "won", "fought", "sought", "paid", "begun"]
)


PARTICIPLE_ENDS = ("ed", "en")


def _past_participle(low: str) -> bool:
    return low.endswith(PARTICIPLE_ENDS) or low in IRREGULAR_PARTICIPLES


def _noun_word(t: Tok) -> bool:
    """A word that can end a noun phrase: a name, or a content word that is no function word or adverb."""
    low = t.low
    return bool(t.actors and t.form != "pronoun") or (
        t.text.isalpha()
        and not low.endswith("ly")
        and low not in DET
        and low not in PREP
        and low not in AUX
        and low not in COORD
        and low not in SUBORD
        and low not in ADVERB
        and low not in PRONOUN_SUBJ
        and low not in NEG
        and low not in ("to", "by")
    )


def _finite_shape(low: str) -> bool:
    if not low.isalpha():
        return False
    if low in FINITE_EXTRA or low in AUX:
        return True
    return low.endswith("ed") and len(low) > 4 and low not in NOT_VERB_ED


GAP_PHRASES = frozenset(
    [("at", "the", "same", "time"), ("once", "again"), ("in", "turn"), ("again",), ("also",), ("in", "particular")]
)


def _particle_gap(lows: list, a: int, particle: str) -> int:
    """The length of an adverbial between a verb and its particle, starting at ``a`` ("effectively", "at the same
    time"), or 0."""
    if a + 1 < len(lows) and lows[a].endswith("ly") and lows[a + 1] == particle:
        return 1
    for n in (1, 2, 4):
        if a + n < len(lows) and tuple(lows[a : a + n]) in GAP_PHRASES and lows[a + n] == particle:
            return n
    return 0


class _Sentence:
    """The grammar applied to one sentence."""

    def __init__(self, toks: list[Tok], memory: _Memory):
        self.t = toks
        self.mem = memory
        self.lows = list(map(_LOW_OF, toks))  # the lower-cased words, read by the predicate lookup
        self.clause = self._clauses()
        self.bounds: dict[int, list[int]] = {}  # clause id → [first token, one past the last] (ids ascend)
        k = 0
        while k < len(toks):
            end = bisect_right(self.clause, self.clause[k], k)
            self.bounds[self.clause[k]] = [k, end]
            k = end
        self.preds: list[Pred] = []
        self.at: dict[int, Pred] = {}  # first token → its predicate (filled by find_predicates)
        self.senses: dict[int, object] = {}  # first token → the sense of its predicate (see _sense)
        self.date_segments: dict[tuple, tuple] = {}  # (clause, its dates) → its stretches (see _date_segments)
        self.cur_agents: list[str] = []  # the agents of the predicate whose targets are being read

    def _clauses(self) -> list[int]:
        ids, c = [], 0
        sub = False  # inside a subordinate clause opening the sentence ("While ..., X did")
        seen_verb = False
        toks, lows = self.t, self.lows
        after_comma = False  # the previous token is ","
        for k, t in enumerate(toks):
            low, text = lows[k], t.text
            seen_verb = seen_verb or t.finite
            if (
                (k == 0 or (after_comma and low != "as"))
                and low in SUB_OPEN
                and not (k + 1 < len(lows) and lows[k + 1] in ("a", "well", "of"))
            ):
                sub = True
            if text == "," and sub and seen_verb:
                ids.append(c)
                c += 1
                sub = False
                after_comma = True
                continue
            if text in CLAUSE_PUNCT or (after_comma and (low in CLAUSE_WORDS or low in ("which", "who"))):
                c += 1
            ids.append(c)
            after_comma = text == ","
        return ids

    # -- predicates ---------------------------------------------------------------------------------
    def find_predicates(self) -> None:
        t, k = self.t, 0
        lows = self.lows
        forms = _forms()
        opens = list(compress(range(len(lows)), map(forms.__contains__, lows)))  # where a lexicon form starts
        while k < len(t):
            at = bisect_left(opens, k)  # skip the words that open no form: nothing happens at them
            if at == len(opens):
                break
            k = opens[at]
            cands = forms.get(lows[k]) if not t[k].actors else None
            hit = None
            gap: list = []
            for words, pos, senses in cands or ():
                n = len(words)
                if tuple(lows[k : k + n]) == words and (n == 1 or not any(x.actors for x in t[k : k + n])):
                    if hit is None or (
                        hit[0] == n and pos == "noun" and (self._nominal_context(k) or self._after_light(k))
                    ):
                        hit = (n, pos, senses)
                    if hit[0] > n:
                        break
                elif hit is None and n == 2 and pos == "verb" and lows[k + 1 : k + 2] != [words[1]]:
                    g = _particle_gap(lows, k + 1, words[1])
                    if g:  # "worked effectively with", "calling at the same time for": an adverbial inside
                        gap.append((g, senses))
            if gap and (hit is None or hit[0] == 1):
                hit = (2 + gap[0][0], "verb", gap[0][1])  # the verb, the adverbial and the particle
            if hit:
                n, pos, senses = hit
                if (
                    pos == "verb"
                    and n == 1
                    and lows[k] in _reading().nouns
                    and (
                        self._nominal_context(k)
                        or self._after_light(k)
                        or lows[k + 1 : k + 2] == ["between"]  # "talks between China and Kazakhstan"
                        or self._subject_noun(k)
                        or (  # "Talks took place": an opening finite form has no subject, an imperative is bare
                            k == 0 and not _gerund(t[0].low) and all(t[0].low != x.lemma for x in senses)
                        )
                    )
                ):
                    pos = "noun"
                    senses = next(s for w, p, s in cands if w == (t[k].low,) and p == "noun")
                if (
                    pos == "verb"
                    and n == 1
                    and (
                        self._adjectival(k)
                        or self._characterising(k)
                        or self._subject_noun(k)  # "American pension funds held": a noun, no step
                        or (k + 1 < len(t) and t[k + 1].low == "that" and any(x.lemma in COGNITION for x in senses))
                        or self._nominal_context(k)
                        or (k and t[k].text[:1].isupper())
                        or (k and t[k - 1].low == "of" and not _gerund(t[k].low))  # "its strategy of balance"
                        or (k and t[k].low in BARE_GROUPS and t[k - 1].low in GROUP_MODIFIERS)  # "partner states"
                        or (  # "discussed trade": a bare form right after a finite verb is its object
                            k
                            and not t[k].low.endswith(("ed", "ing", "s"))
                            and t[k - 1].low.endswith("ed")
                            and t[k - 1].finite
                            and t[k - 1].low not in BARE_INF_GOV
                        )
                        or (  # "supports supply chains": a bare form right after a verb opens that verb's object
                            self.preds
                            and self.preds[-1].k_end == k
                            and self.preds[-1].pos == "verb"
                            and any(t[k].low == x.lemma for x in senses)
                            and t[k - 1].low not in BARE_INF_GOV
                        )
                        or (
                            k
                            and t[k - 1].low == "to"
                            and t[k].low.endswith("s")
                            and all(t[k].low != x.lemma for x in senses)
                        )
                    )
                ):
                    k += 1
                    continue
                self.preds.append(Pred(k, k + n, senses, pos))
                k += n
            else:
                k += 1
        self.at = {q.k: q for q in self.preds}

    def _verb_at(self, k: int, vform: str = "") -> bool:
        """A verb predicate starts at token ``k`` (of that form, when ``vform`` is given)."""
        q = self.at.get(k)
        return q is not None and q.pos == "verb" and (not vform or q.vform == vform)

    def _after_light(self, k: int) -> bool:
        """Right after a light verb ("expressed support for"), a form that is also a noun is its nominal."""
        return k > 0 and self.lows[k - 1] in _reading().light

    def _nominal_context(self, k: int) -> bool:
        if k == 0:
            return False
        p = self.t[k - 1]
        if p.actors:
            nxt = self.t[k + 1] if k + 1 < len(self.t) else None
            return (
                p.poss
                or p.form == "demonym"
                or (  # "reaffirmed U.S. support for": an acronym as adjective, its noun before a preposition
                    p.form in ("acronym", "alias")
                    and k >= 2
                    and (self.t[k - 2].low in DET or self.t[k - 2].finite)
                    and (nxt is None or nxt.low in PREP or not nxt.text[:1].isalnum())
                )
            )
        if p.low in ("both", "all", "each") and k >= 2 and (self.t[k - 2].low in PRONOUN_SUBJ or self.t[k - 2].actors):
            return False  # "they both stated": a floating quantifier, then the verb
        if p.low.endswith("ed") and k >= 2 and (self.t[k - 2].low in PREP or self.t[k - 2].low in DET):
            return True  # "respond to continued attacks": an adjective before a noun
        if (
            p.low.endswith("ing")
            and k >= 2
            and (self.t[k - 2].poss or self.t[k - 2].low in PRONOUN_POSS or self.t[k - 2].low in DET)
        ):
            return True  # "America's unwavering support for": an adjective between a possessor and its noun
        return (
            p.low in DET
            or p.low in PRONOUN_POSS
            or p.poss
            or p.low in ("state", "official", "landmark", "rapid", "sudden", "formal")
            or (p.low.endswith("ful") or (p.low.endswith("al") and p.low not in ("formal",)))
        )

    def _subject_noun(self, k: int) -> bool:
        """A bare or -s form between a modifier and a finite verb heads the subject noun phrase ("American pension
        funds held", "the EU funds were"): a noun, not the predicate, which is the finite verb after it."""
        t = self.t
        if k == 0 or k + 1 >= len(t) or t[k].low.endswith(("ed", "ing")) or not t[k + 1].finite:
            return False
        p = t[k - 1]
        if p.actors:
            return p.form in ("demonym", "acronym", "alias") and not p.poss
        return p.low in DET or (p.text.islower() and _noun_word(p) and not p.finite)

    def _characterising(self, k: int) -> bool:
        """An -ing participle right after a common noun characterises it ("a measure requiring all students",
        "a conference promoting prosperity"): no action of its own."""
        if k == 0 or not _gerund(self.t[k].low):
            return False
        p = self.t[k - 1]
        return (
            not p.actors
            and p.text.isalpha()
            and p.text.islower()
            and p.low not in DET
            and p.low not in PREP
            and p.low not in AUX
            and p.low not in COORD
            and p.low not in SUBORD
            and p.low not in GOV_HEADS
            and p.low not in ADVERB
            and p.low not in PRONOUN_SUBJ
            and p.low not in NEG  # "while not implying": negation, no noun
            and p.low not in ("to", "them", "him", "it", "us", "by")
            and not p.low.endswith("ly")
            and not p.finite
        )

    def _adjectival(self, k: int) -> bool:
        """A participle used as an adjective before a noun ("the coordinated response")."""
        if k == 0 or _gerund(self.t[k].low):
            return False
        p = self.t[k - 1]
        nxt = self.t[k + 1] if k + 1 < len(self.t) else None
        return (
            p.low in ("a", "an", "the")
            and nxt is not None
            and nxt.low.isalpha()
            and nxt.low not in PREP
            and nxt.low != "by"
        )

    def _sense(self, pred: Pred):
        """The lexicon sense of a predicate: the first whose object cue matches the words after it, else the first
        without a cue (worked out once per predicate)."""
        senses = pred.entry
        if len(senses) == 1:
            return senses[0]
        found = self.senses.get(pred.k)
        if found is None or self.at.get(pred.k) is not pred:
            after = " ".join(x.low for x in self.t[pred.k_end : self._clause_end(pred.k)][:8])
            found = next((s for s in senses if s.object_cue and re.search(s.object_cue, after)), None)
            found = found or next((s for s in senses if not s.object_cue), senses[0])
            if self.at.get(pred.k) is pred:
                self.senses[pred.k] = found
        return found

    def _clause_end(self, k: int) -> int:
        return self.bounds[self.clause[k]][1]

    def _clause_start(self, k: int) -> int:
        return self.bounds[self.clause[k]][0]

    # -- verb form ----------------------------------------------------------------------------------
    def classify(self, p: Pred) -> None:
        t = self.t
        if p.pos == "noun":
            return
        w = t[p.k].low
        j = p.k - 1
        while j >= 0 and (t[j].low in ADVERB or (t[j].low.endswith("ly") and not t[j].actors)) and t[j].low not in BE:
            j -= 1
        prev = t[j].low if j >= 0 else ""
        participle = _past_participle(w)
        by_follows = p.k_end < len(t) and t[p.k_end].low == "by"
        if prev in BE and participle and w not in ("been",):
            p.vform, p.passive = "finite", True
        elif prev == "to" or (prev in ("and", "or") and self._second_infinitive(p)):
            p.vform = "infinitive"  # "the agenda's potential to strengthen security and promote": both infinitives
        elif _gerund(w) and (prev in BE or CONTRACTION.match(prev)) and not (j >= 0 and t[j].actors):
            p.vform = "finite"  # progressive: "we're strengthening", "it is working"
        elif _gerund(w):
            p.vform = "gerund"
        elif participle and by_follows and prev not in AUX and not (j >= 0 and t[j].actors and not t[j].poss):
            p.vform, p.passive = "participle", True
        else:
            p.vform = "finite"

    def _second_infinitive(self, p: Pred) -> bool:
        """A bare verb after "and" whose nearest verb before it in the clause is an infinitive ("to strengthen
        security and promote accountability") is an infinitive too: it shares that one's controller."""
        if all(self.t[p.k].low != x.lemma for x in p.entry):
            return False
        before = [q for q in self.preds if q.k < p.k and q.pos == "verb" and self.clause[q.k] == self.clause[p.k]]
        return bool(before) and before[-1].vform == "infinitive"

    # -- noun phrases -------------------------------------------------------------------------------
    def np_actors(self, a: int, b: int) -> list[str]:
        """Actors of the noun phrase ``t[a:b]`` that stand for it (not those only mentioned inside)."""
        t = self.t
        out: list[str] = []
        head_gov = False
        in_pp = place = False
        for k in range(a, b):
            x = t[k]
            if not x.actors:
                if x.low in PREP and x.low not in ("along", "together", "as", "well"):
                    if k + 1 < b and t[k].low == "with" and k > a and t[k - 1].low in ("along", "together"):
                        in_pp = False
                        continue
                    in_pp = not head_gov or x.low not in ("of", "in", "from", "at")
                    place = bool(out) and x.low in ("in", "at")  # "the Assad government in Damascus": a place
                    if not in_pp:
                        continue
                elif x.low in COORD or x.text == ",":
                    place = False
                    if not in_pp or head_gov:
                        in_pp = False
                elif x.low in GOV_HEADS:
                    head_gov = True
                elif x.low.isalpha() and x.low not in DET:
                    head_gov = False if not in_pp else head_gov
                continue
            if (in_pp and not head_gov and not self._titled(a, k)) or place:
                continue
            if _type(x.actors[0]) != "person" and self._portfolio(k):
                continue  # "Senior Director for Russia and Central Asia": an office's brief, not who acts
            if _type(x.actors[0]) != "person" and self._titled_place(k, b):
                continue  # "Deputy Chief of Staff of the President of Kazakhstan ... Erzhan Kazykhan": the person
            if (
                (x.poss or x.form == "demonym")
                and _type(x.actors[0]) != "person"
                and any(y.actors and not y.poss and _type(y.actors[0]) == "person" for y in self._head_span(k + 1, b))
            ):
                continue  # "Uzbekistan's new President Mirziyoyev", "Chinese leader Xi Jinping"
            acting = x.actors
            if _type(x.actors[0]) == "person" and not x.poss and k + 1 < len(t) and t[k + 1].low == "administration":
                acting = tuple(_sides().get(y, y) for y in x.actors)  # "the Biden Administration": the state
            for actor in acting:
                if actor not in out:
                    out.append(actor)
            in_pp = False
        if out and any(x.low in COORD for x in t[a:b]):
            return self._with_unlisted(a, b, out)
        return out

    def _with_unlisted(self, a: int, b: int, found: list[str]) -> list[str]:
        """A list of names only some of which the codebook knows ("Vietnam and Kazakhstan signed"): the others
        are kept as ``other:<Name>`` co-parties instead of being dropped."""
        t = self.t
        title_words = _reading().title_words
        parts: list[list] = [[]]
        for x in t[a:b]:
            if x.low in COORD or x.text == ",":
                parts.append([])
            elif x.text.isalnum() or x.actors:
                parts[-1].append(x)
            elif x.text not in ".;:":
                return found
        parts = [p for p in parts if p]
        out: list[str] = []
        for p in parts:
            if len(p) == 1 and p[0].actors:
                out += [y for y in p[0].actors if y not in out]
                continue
            words = p[1:] if p[0].low == "the" else p
            if (
                not words
                or len(words) > 4
                or any(
                    w.actors or not NAME_WORD.match(w.text) or w.text in title_words or ORG_WORDS.match(w.text)
                    for w in words
                )
                or (words[0] is t[0] and len(words) == 1 and (words[0].low.endswith("s") or words[0].low in _forms()))
            ):  # a capitalised first word may be a common noun ("Officials and Kazakhstan agreed")
                return found  # not a plain list of names
            out.append(OTHER + " ".join(w.text for w in words))
        return out

    def _title_run(self, m: int, stop: int) -> int:
        """The first token from ``m`` that is not part of a title's capitalised words and their connectors ("Chief of
        Staff of the President of the Republic of Kazakhstan and Special Representative for ..."): where a person
        named by the title would stand."""
        t = self.t
        while m < stop and (
            (not t[m].actors and (t[m].low in ("the", "of", "for", "to", "and") or t[m].text[:1].isupper()))
            or (t[m].actors and _type(t[m].actors[0]) != "person")
        ):
            m += 1
        return m

    def _portfolio(self, k: int) -> bool:
        """The actor at ``k`` names the brief of an office ("Director for Russia and Central Asia", "Special
        Representative for Afghanistan"): a place inside a title, not a party."""
        t = self.t
        m = k - 1
        while m >= 0 and (
            t[m].actors
            or t[m].low in ("and", "the", ",", "&")
            or (t[m].text[:1].isupper() and t[m].low not in ("for", "of"))
        ):
            if t[m].text[:1].isupper() and not t[m].actors and t[m].text in _reading().title_words:
                return False  # "Foreign Minister Kazakhstan": no "for" between
            m -= 1
        if m < 1 or t[m].low != "for":
            return False
        title_words = _reading().title_words
        n = m - 1
        while n >= 0 and not t[n].actors and t[n].text[:1].isupper():
            if t[n].text in title_words:
                return True
            n -= 1
        return False

    def _titled_place(self, k: int, b: int) -> bool:
        """A place inside a title that names its holder further on, within the title's words."""
        t = self.t
        j = k - 1 if k and t[k - 1].low != "the" else k - 2
        if j < 1 or not (t[j].low in ("of", "for") and t[j - 1].text[:1].isupper()):
            return False
        m = self._title_run(k + 1, b)
        return m < b and bool(t[m].actors) and _type(t[m].actors[0]) == "person"

    def _title_segment(self, a: int, b: int) -> bool:
        """A segment between commas that is a title in apposition ("Eric Green, Senior Director for Russia and
        Central Asia, met"): the name before it is the subject."""
        t = self.t
        while a < b and t[a].low in ("the", "a", "an"):
            a += 1
        return a < b and not t[a].actors and t[a].text in _reading().title_words

    def _expletive(self, k: int) -> bool:
        """ "It is possible to", "it may even be possible to": an "it" that names nothing."""
        t = self.t
        m = k + 1
        while m < len(t) and (t[m].low in MODAL_HYPO or t[m].low in ADVERB or t[m].low in ("will", "would", "even")):
            m += 1
        return m < len(t) and (t[m].low in BE or t[m].low in ("’s", "'s"))

    def _apposed_people(self, floor: int, comma: int) -> list[str]:
        """People each named with a title in apposition, coordinated before a verb ("Anna Berg, Assistant to the
        President, and Tom Hale, Senior Director for Russia, met"): all of them act."""
        t = self.t
        out: list[str] = []
        for m in range(floor, comma):
            x = t[m]
            if x.actors and _type(x.actors[0]) == "person" and not x.poss and t[m + 1].text == ",":
                e = m + 2
                while e < len(t) and t[e].text != ",":
                    e += 1
                if self._title_segment(m + 2, e):
                    out += [a for a in x.actors if a not in out]
        if len(out) > 1 and not any(t[m].low in COORD for m in range(floor, comma)):
            return []
        return out

    def _titled(self, a: int, k: int) -> bool:
        """A person at ``k`` named after a title and its phrase ("Representative for Trade Bolat Sample")."""
        t = self.t
        if not t[k].actors or _type(t[k].actors[0]) != "person":
            return False
        m = k - 1
        while m > a and not t[m].actors and (t[m].text[:1].isupper() or t[m].low in ("the", "for", "of")):
            m -= 1
        return m < k - 1 and t[m + 1].text[:1].isupper() and t[m + 1].low not in PREP

    def _head_span(self, a: int, b: int) -> list:
        """The tokens from ``a`` up to the next coordinator or comma before ``b`` (what a modifier at ``a - 1``
        may modify: "Kazakhstani Special Representative for International Cooperation Erzhan Kazykhan")."""
        out = []
        for k, y in enumerate(self.t[a:], a):
            if (
                y.low in COORD
                or y.text == ","
                or (k >= b and not y.actors and not y.text[:1].isupper() and y.low not in ("of", "for", "the", "to"))
            ):
                break  # past the noun phrase only over a title's capitalised words
            out.append(y)
        return out

    def _np_left(self, j: int, floor: int) -> int:
        """Leftmost index of the noun phrase ending at ``j`` (stops at prepositions, verbs, clause marks)."""
        t = self.t
        i = j
        while i - 1 >= floor:
            x = t[i - 1]
            if x.actors:
                i -= 1
                continue
            low = x.low
            if low in ("along", "together") or (
                low == "with" and i - 2 >= floor and t[i - 2].low in ("along", "together")
            ):
                i -= 1
                continue
            if (
                low in ("of", "in", "at", "from", "with")
                and i - 2 >= floor
                and not t[i].low[:1].isdigit()  # "back in 2014 Kazakhstan's president": a date phrase, not the noun's
                and (
                    t[i - 2].actors
                    or (
                        t[i - 2].low.isalpha()
                        and t[i - 2].low not in DET
                        and t[i - 2].low not in PREP
                        and t[i - 2].low not in SUBORD
                        and not t[i - 2].finite
                        and t[i - 2].low not in AUX
                        and t[i - 2].low not in COORD
                    )
                )
            ):
                i -= 1  # a noun's own phrase ("officials in Nursultan", "a roundtable at the Chamber")
                continue
            if low in PREP or low in SUBORD or x.text in CLAUSE_PUNCT or x.text in ',("“”)':
                break
            if x.text == "May" and t[i].low[:1].isdigit():  # "May 3": the month, not the modal
                i -= 1
                continue
            if low in AUX:
                break
            if x.finite and not (i - 2 >= floor and t[i - 2].low in DET):
                break
            if low in COORD:
                if i - 2 >= floor and (
                    t[i - 2].actors or t[i - 2].low in GOV_HEADS or (t[i - 2].low.isalpha() and not t[i - 2].finite)
                ):
                    i -= 1
                    continue
                break
            i -= 1
        return i

    def _segment_has_finite(self, a: int, b: int) -> int | None:
        for k in range(a, b):
            if k + 1 < len(self.t) and self.t[k + 1].low == "by":
                continue  # a participle ("later joined by Kyrgyzstan")
            if self._verb_at(k, "finite"):
                return k
            if self.t[k].finite and not (k and self.t[k - 1].low in DET):
                return k
        return None

    def _resolve(self, x: Tok, upto: int) -> list[str]:
        """A pronoun: the latest agent of its kind in this sentence, else the latest person named (he, his),
        the latest single state or body acting (it, its), the latest group acting together (they)."""
        kind = PRONOUN_SUBJ.get(_pron(x.low)) or PRONOUN_POSS.get(x.low)
        if _pron(x.low) == "we" and self.mem.joint and not self.mem.transcript:
            return list(self.mem.joint)  # a joint statement's "we": its signatories, named in its title
        if kind == "speaker" or (
            kind == "plural" and _pron(x.low) == "we" and (self.mem.speaker or self.mem.transcript)
        ):
            if not self.mem.speaker:
                return []
            return [self.mem.speaker] if kind == "speaker" else [_side(self.mem.speaker)]  # "I", the speaker's "we"
        if kind in ("person", "other"):
            for q in reversed([q for q in self.preds if q.agents and q.k < upto]):
                if all((_type(a) == "person") == (kind == "person") for a in q.agents) and len(q.agents) == 1:
                    return list(q.agents)
            if kind == "person":
                for y in self.t[:upto]:  # the first person named: subjects come first
                    if y.actors and y.form != "pronoun" and _type(y.actors[0]) == "person":
                        return list(y.actors)
        if kind == "plural" and _pron(x.low) != "we":
            bare = next((m for m in range(upto - 1, -1, -1) if self.t[m].low in BARE_GROUPS and self._bare(m)), None)
            if bare is not None:
                return self.salient_region(bare)  # "led states to emphasize ..., leading them to": the same states
            group = self._listed_group(upto)
            if group:
                return group  # "Kazakh and Uzbek leaders understood that ...: if they did not coordinate"
        return self.mem.resolve(kind) if kind else []

    def _bare(self, m: int) -> bool:
        """A plural like "states" with no determiner, number, possessor or actor before it: states in general."""
        if m == 0:
            return True
        p = self.t[m - 1]
        return not (p.actors or p.poss or p.low in DET or p.low in PRONOUN_POSS or p.low.isdigit() or p.low == "of")

    def _listed_group(self, upto: int) -> list[str]:
        """The latest list of two or more named actors ("Kazakh and Uzbek leaders", "Russia, China and Iran") before
        ``upto`` in this sentence: what a plural pronoun after it stands for."""
        t, k = self.t, upto - 1
        while k >= 0:
            if t[k].actors and t[k].form != "pronoun":
                j, found = k, []
                while j >= 0 and (t[j].actors or t[j].low in COORD or t[j].text == ","):
                    if t[j].actors and t[j].form != "pronoun" and not t[j].poss:
                        found[:0] = [a for a in t[j].actors if a not in found]
                    elif t[j].actors:
                        break
                    j -= 1
                b = j
                while b >= 0 and t[b].low in ("either", "both", "neither", "the"):
                    b -= 1
                if (
                    len(found) >= 2
                    and any(t[m].low == "and" for m in range(j + 1, k))
                    and not (b >= 0 and t[b].low in PREP)  # "tensions with Russia and China": only mentioned
                ):
                    return found
                k = j
            k -= 1
        return []

    # -- subject ------------------------------------------------------------------------------------
    def subject(self, k: int, depth: int = 0) -> list[str]:
        """Actors of the subject of the (finite, active) verb at token ``k``."""
        t = self.t
        floor = self._clause_start(k)
        j = k - 1
        while j >= floor:
            x = t[j]
            if x.actors:
                break
            if x.low in AUX or x.low in NEG or x.low in ADVERB or (x.low.endswith("ly") and len(x.low) > 4):
                j -= 1
                continue
            if x.text == ")":  # "Both sides (and Kazakhstan in particular) have": past the aside
                m = j - 1
                while m >= floor and t[m].text != "(":
                    m -= 1
                if m > floor:
                    j = m - 1
                    continue
            if (
                x.low in NAME_SUFFIX
                or (x.text in ".," and j - 1 >= floor and t[j - 1].low in NAME_SUFFIX)
                or (x.text == "," and j + 1 < k and t[j + 1].low in NAME_SUFFIX)
            ):
                j -= 1  # "Joseph R. Biden, Jr. met": the suffix belongs to the name
                continue
            break
        if j < floor:
            if t[k].low == "thank" and k + 1 < len(t) and t[k + 1].low == "you" and self.mem.speaker:
                return [self.mem.speaker]  # "Thank you.": the speaker's own thanks
            return self._relative_antecedent(floor) if depth < 3 else []
        x = t[j]
        if x.low in ("which", "who", "that") and j - 1 >= 0:
            return self._antecedent(j)
        if x.low == "than" and j and t[j - 1].low == "rather":
            prev = [q for q in self.preds if q.k < j and q.pos == "verb" and q.agents]
            return list(prev[-1].agents) if prev else []  # "to work on X rather than work with it"
        if x.low in BARE_INF_GOV and depth < 8:
            return self.subject(j, depth + 1)  # "He had also helped engineer": the helper acts
        if x.text == "," or x.low in COORD:
            # parenthetical, coordinated verb phrase, or list
            c = j
            if x.low in COORD and j - 1 >= floor and t[j - 1].text == ",":
                c = j - 1
            seg_start = c - 1
            while seg_start >= floor and t[seg_start].text != ",":
                seg_start -= 1
            seg = (seg_start + 1, c)
            first = t[seg[0]] if seg[0] < c else None
            if first is None:
                return []
            fk = self._segment_has_finite(*seg)
            if fk is not None and depth < 8:
                return self.subject(fk, depth + 1)  # coordinated verb phrase: shared subject
            if x.low in COORD and depth < 8:
                m = c - 1  # "visited Almaty, Tashkent and Bishkek and discussed": a list that is an object
                while m >= floor and (t[m].actors or t[m].low in COORD or t[m].low == "the" or t[m].text == ","):
                    m -= 1
                if m >= floor and m < c - 1 and self._verb_at(m, "finite"):
                    return self.subject(m, depth + 1)
            if x.text == "," and seg_start >= floor and t[seg_start].text == "," and self._title_segment(*seg):
                return self._apposed_people(floor, seg_start) or self.subject_from(seg_start, floor, depth)
            if x.text == "," and (
                self._parenthetical(*seg)
                or (seg_start >= floor and t[seg_start].text == "," and not any(y.actors for y in t[seg[0] : seg[1]]))
            ):
                return self.subject_from(seg_start, floor, depth)  # an aside or an apposition without actors
            return self._np_subject(j, floor)
        if _pron(x.low) in PRONOUN_SUBJ:
            return self._resolve(x, j)
        if x.actors or x.low.isalpha():
            found = self._np_subject(j, floor)
            i = self._np_left(j, floor)
            if not found and i - 1 >= floor and t[i - 1].low in PREP and t[i - 1].low not in ("of", "by") and depth < 3:
                return self.subject(i - 1, depth + 1)  # "Nazarbayev on March 19, 2019, surprised": skip the phrase
            return found
        return []

    def subject_from(self, comma: int, floor: int, depth: int) -> list[str]:
        """Continue the subject scan leftwards from a comma that closes a parenthetical."""
        t = self.t
        j = comma - 1
        while j >= floor and (t[j].low in ADVERB or (t[j].low.endswith("ly") and not t[j].actors)):
            j -= 1
        if j < floor:
            return []
        if t[j].text == ",":
            return self.subject_from(j, floor, depth)
        if t[j].low in PRONOUN_SUBJ:
            return self._resolve(t[j], j)
        found = self._np_subject(j, floor)
        i = self._np_left(j, floor)
        if not found and i - 1 >= floor and t[i - 1].low in PREP and t[i - 1].low not in ("of", "by") and depth < 3:
            return self.subject(i - 1, depth + 1)  # "Nazarbayev on March 19, 2019, surprised": skip the date
        return found

    def _parenthetical(self, a: int, b: int) -> bool:
        """A segment between commas that is not the subject: participle, adverbial, date or aside."""
        t = self.t
        words = list(t[a:b])
        if not words:
            return True
        first = words[0]
        k = 0
        while k < len(words) and (words[k].low in ADVERB or (words[k].low.endswith("ly") and not words[k].actors)):
            k += 1
        head = words[k] if k < len(words) else first
        if head.low.endswith(("ed", "ing")) and not head.actors:
            return True
        if first.low in PREP or first.low in SUBORD or first.low in ("it", "however", "thus", "therefore"):
            return True
        return all(not x.actors and (x.low.isdigit() or x.low in ADVERB) for x in words)

    def _np_subject(self, j: int, floor: int) -> list[str]:
        t = self.t
        if t[j].text == ",":
            j -= 1
        i = self._np_left(j, floor)
        words = " ".join(x.low for x in t[i : j + 1])
        if words == "the latter" and self.mem.mentioned:
            return [self.mem.mentioned[-1]]  # the last actor named before
        if OFFICIALS_OF_BOTH.match(words):  # "Officials from both countries discussed": the two states
            return self._two_states(i) or self.mem.resolve("states")
        if PLURAL_NP.match(words) or words in ("they", "both", "they both", "both of them"):
            if re.search(r"presidents|leaders|heads", words):
                return self.mem.resolve("people")
            if re.search(r"countries|sides|governments", words):
                return self._two_states(i) or self.mem.resolve("states")
            return self.mem.resolve("plural")
        # a list "A, B and C" or "A along with B, C, and D": extend over comma-separated noun phrases;
        # without a coordinator it is an apposition ("His loyal successor, Tokayev, had"): the name nearest stands
        has_coord = any(t[m].low in COORD or t[m].low == "along" for m in range(i, j + 1))
        if i - 2 >= floor and t[i - 1].low in COORD and t[i - 2].text == ",":
            i -= 1
            has_coord = True
        while has_coord and i - 2 >= floor and t[i - 1].text == ",":
            seg_end = i - 2
            seg_start = self._np_left(seg_end, floor)
            if seg_start > seg_end or not any(t[m].actors for m in range(seg_start, seg_end + 1)):
                break
            if self._parenthetical(seg_start, seg_end + 1) or (seg_start > floor and t[seg_start - 1].text != ","):
                break
            i = seg_start
        found = self.np_actors(i, j + 1)
        if not found and (t[j].low in GOV_HEADS or t[j].low in DOC_NOUNS or t[j].low in AGENT_HEADS | DISPOSITION):
            for m in range(i, j + 1):
                if t[m].low in PRONOUN_POSS:
                    found = self._resolve(t[m], m)
                    break
        if not found:
            for m in range(i + 1, j + 1):  # "A further plank of America's new strategy was to": its authors
                if t[m].low in DOC_NOUNS:
                    owners = [a for y in t[max(i, m - 3) : m] if y.actors and y.poss for a in y.actors]
                    if owners:
                        found = owners
                        break
        if not found and j > i and t[j - 1].low == "the" and t[j].text[:1].isupper() and not t[j].actors:
            found = self.mem.short_name(t[j].text)  # "the Council": the body named last whose name ends so
        if not found and t[j].low in DOC_NOUNS | set(self.mem.docs) and t[i].low in DEFINITE:
            found = self.mem.doc_authors(t[j].low)  # "The new strategy also called for": its authors
        return found

    def _group(self, a: int, b: int) -> list[str]:
        """A group described, not named: "the two presidents" (the latest two people acting together), "both of
        these neighboring powers", "the two countries" (the two states named last)."""
        words = " ".join(x.low for x in self.t[a:b])
        if not re.search(r"\b(two|both|these|those)\b", words):
            return []
        if re.search(r"\b(presidents|leaders|heads)\b", words):
            return self.mem.resolve("people")
        if re.search(r"\b(countries|sides|governments|powers|states|neighbou?rs)\b", words):
            return self._two_states(a) or self.mem.resolve("states")
        return []

    def _two_states(self, upto: int) -> list[str]:
        """ "the two countries", "both sides": the two states named in this sentence before, else in the latest of
        the three sentences before that names two ("Kazakh-American relations were .... the two countries")."""
        here = [_side(a) for x in self.t[:upto] if x.form != "pronoun" for a in x.actors]
        for names in [here] + self.mem.recent[::-1][:3]:
            states = list(dict.fromkeys(a for a in reversed(names) if _type(a) == "state"))
            if len(states) >= 2:
                return states[:2][::-1]  # the last two named
        return []

    def _antecedent(self, rel: int) -> list[str]:
        t = self.t
        j = rel - 1
        while j >= 0 and t[j].text in ',"“”':  # 'the "Central Asia Cooperation Organization," which'
            j -= 1
        if j < 0:
            return []
        i = self._np_left(j, 0)
        return self.np_actors(i, j + 1)

    def _relative_antecedent(self, floor: int) -> list[str]:
        if floor and self.t[floor].low in ("which", "who"):
            return self._antecedent(floor)
        return []

    # -- objects ------------------------------------------------------------------------------------
    def _np_right(self, a: int, stop: int) -> int:
        """One past the end of the noun phrase starting at ``a``."""
        t = self.t
        b = a
        while b < stop:
            x = t[b]
            if x.actors:
                b += 1
                continue
            low = x.low
            if low in ("for", "of") and b > a and t[b - 1].text[:1].isupper() and not t[b - 1].actors:
                m = self._title_run(b + 1, stop)  # a title's own phrase up to the person it names
                if (
                    m < stop and t[m].actors and _type(t[m].actors[0]) == "person"
                ):  # ("Representative for Trade Bo Lin")
                    b = m + 1
                    continue
            if low in PREP and not (
                low in ("of", "in") and b + 1 < stop and t[b + 1].actors and b > a and t[b - 1].low in GOV_HEADS
            ):
                break
            if low in SUBORD or x.text in CLAUSE_PUNCT or x.text in '()"“”' or low == "to":
                break
            if x.text == ",":
                if b + 1 < stop and t[b + 1].low in COORD and b + 2 < stop and t[b + 2].actors:
                    b += 1
                    continue
                m = b + 2 if b + 2 < stop and t[b + 1].low == "the" else b + 1
                if m + 1 < stop and t[m].actors and (t[m + 1].text == "," or t[m + 1].low in COORD):
                    b += 1  # a list "A, B and C", "Kazakhstan, the Kyrgyz Republic, Tajikistan"
                    continue
                break
            if low in COORD:
                if b + 1 < stop and (
                    t[b + 1].actors
                    or t[b + 1].low in DET
                    or t[b + 1].low in GOV_HEADS
                    or (b > a and t[b - 1].actors and NAME_WORD.match(t[b + 1].text))  # "Uzbekistan and Vietnam"
                ):
                    b += 1
                    continue
                break
            if b > a and x.finite and t[b - 1].low not in DET:
                break
            b += 1
        return b

    def _object(self, p: Pred, stop: int) -> list[str]:
        a = p.k_end
        t = self.t
        while a < stop and (t[a].low in ADVERB or (t[a].low.endswith("ly") and not t[a].actors)):
            a += 1
        if a >= stop or t[a].low in PREP or t[a].low in SUBORD:
            return []
        b = self._np_right(a, stop)
        found = self._target_np(a, b, p.agents)
        if not found:
            for m in range(a, b):
                if t[m].low == "it" and m == a:
                    named = self._named_before(p, ("state", "organization"))
                    if named:
                        found = named[:1]  # "work on Kazakhstan rather than work with it": the body just named
                        break
                if t[m].low in PRONOUN_POSS or t[m].low in ("him", "them", "it"):
                    kind = PRONOUN_POSS.get(t[m].low) or {"him": "person", "them": "plural", "it": "other"}[t[m].low]
                    found = self.mem.resolve(kind)
                    break
        if not found:
            found = self._nested(b, stop)
        if not found and self._sense(p).cameo[:2] in ("05", "11", "12"):
            found = self._event_author(a, b)  # "welcome the participation of Afghanistan": who takes part
        return found

    def _target_np(self, a: int, b: int, owners: list | None = None) -> list[str]:
        """The parties a noun phrase in a target's place stands for: "its northern neighbours" (the states
        bordering its possessor, from the codebook's ``neighbours`` table, narrowed by a direction or a region
        named with it), "American investors" (people or firms of a country acting on their own account, kept as
        ``other:<words>``, not the country), else its actors (:meth:`np_actors`). ``owners``: whose "its" is."""
        t = self.t
        heads = [m for m in range(a, b) if t[m].low in NEIGHBOUR_WORDS]
        if heads:
            found = self._neighbours(a, heads[0], owners or self.cur_agents)
            if found:
                return found + [y for y in self._and_also(b) if y not in found]
        m = b - 1
        while m > a and not t[m].text[:1].isalnum():
            m -= 1
        if REGION_STATES.match(" ".join(x.low for x in t[a : a + 5])):  # "states" may end the phrase early
            return self.salient_region(a)
        head = t[m].low if t[m].low in PRIVATE_GROUPS else " ".join(x.low for x in t[m - 1 : m + 1])
        if m > a and not t[m].actors and head in PRIVATE_GROUPS:
            named = [x for x in t[a:m] if x.actors]
            if (
                len(named) == 1
                and not named[0].poss
                and named[0].form in ("demonym", "acronym", "alias", "name", "variant")
                and _type(named[0].actors[0]) == "state"
            ):
                i = a
                while i < m and t[i].low in DET:
                    i += 1
                return [OTHER + " ".join(x.text for x in t[i : m + 1])]
        return self.np_actors(a, b)

    def _and_also(self, b: int) -> list[str]:
        """ "its neighbours, including Kazakhstan, and Afghanistan as well": a party added after an aside that
        names some of the group."""
        t = self.t
        if not (b + 1 < len(t) and t[b].text == "," and t[b + 1].low == "including"):
            return []
        m = b + 2
        while m < len(t) and t[m].text != "," and t[m].text not in ".;:":
            m += 1
        if m + 2 < len(t) and t[m].text == "," and t[m + 1].low in COORD and t[m + 2].actors:
            return list(t[m + 2].actors)
        return []

    def _neighbours(self, a: int, h: int, owners: list) -> list[str]:
        t = self.t
        whose: list[str] = []
        direction, region = "", ""
        for m in range(h - 1, a - 1, -1):
            x = t[m]
            if x.actors and x.poss:
                whose = [_side(y) for y in x.actors]
                break
            if x.low in PRONOUN_POSS:
                whose = [_side(y) for y in owners] if x.low in ("its", "their") and owners else self._resolve(x, m)
                whose = [_side(y) for y in whose]
                break
            if x.actors and _type(x.actors[0]) == "region":
                region = x.actors[0]
            elif x.low[:5] in ("north", "south") or x.low[:4] in ("east", "west"):
                direction = x.low[:5] if x.low[:5] in ("north", "south") else x.low[:4]
        if not whose and h + 2 < len(t) and t[h + 1].low == "of" and t[h + 2].actors:
            whose = [_side(y) for y in t[h + 2].actors]  # "the neighbours of Afghanistan"
        out: list[str] = []
        for actor, nb, dirs, reg in _reading().neighbours:
            if (
                actor in whose
                and (not direction or direction in dirs)
                and (not region or reg == region)
                and nb not in out
            ):
                out.append(nb)
        return out

    def _nested(self, b: int, stop: int) -> list[str]:
        """Actors of a with/on/against phrase attached to an object without actors ("the deal with Iran")."""
        t = self.t
        if b - 1 >= 0 and t[b - 1].low in _reading().nouns:
            return []  # "condemned the attack on Ukraine": the one attacked is the event's, not the condemner's
        if b < stop and t[b].low in ("with", "on", "against", "toward", "towards") and b + 1 < stop:
            e = self._np_right(b + 1, stop)
            return self._target_np(b + 1, e)
        if b - 1 >= 0 and t[b - 1].low in OWNED_ATTRIBUTES:
            m = b  # "support for the sovereignty, independence, and territorial integrity of Kazakhstan": its owner
            while m < min(stop, b + 8) and (t[m].text == "," or t[m].low in COORD or t[m].low in OWNED_ATTRIBUTES):
                m += 1
            if m + 1 < stop and t[m].low == "of":
                return self._target_np(m + 1, self._np_right(m + 1, stop))
        return []

    def _pp(self, preps: set, a: int, stop: int, nested: bool = True) -> list[str]:
        t = self.t
        k = a
        while k < stop:
            if (
                t[k].low in preps
                and not (t[k].low == "with" and k and t[k - 1].low in ("along", "together"))
                and not (t[k].low == "to" and self._infinitive_at(k + 1))
            ):
                e = self._np_right(k + 1, stop)
                found = self.np_actors(k + 1, e) if "by" in preps else self._target_np(k + 1, e)
                if not found:
                    for m in range(k + 1, e):
                        if t[m].low in PRONOUN_POSS or t[m].low in ("him", "them", "it", "there"):
                            if t[m].low == "its" and m + 1 < e and t[m + 1].low in OWN_RECORD:
                                found = self._resolve(t[m], a - 1)  # "attacks on its record": on its holder
                            break
                    if nested and not found:
                        found = self._nested(e, stop)
                if not found and t[k].low in ("of", "about") and "by" not in preps:
                    found = self._topic_place(k + 1, stop)
                if found:
                    return found
            k += 1
        return []

    def _topic_place(self, a: int, stop: int) -> list[str]:
        """ "spoke positively of the "real reforms" underway in Astana": the state (or region) where the topic of a
        statement lies is the party spoken of, when the topic names nobody. Past quotation marks, not past a verb,
        a comma or a subordinate clause."""
        t = self.t
        for k in range(a, min(stop, a + 10) - 1):
            x = t[k]
            if x.low in SUBORD or x.text in ",;:()" or self._verb_at(k):
                break
            if x.low in ("in", "across", "throughout") and k > a:
                found = [y for y in t[k + 1].actors if _type(y) in ("state", "region")]
                if found:
                    return found
        return []

    def _infinitive_at(self, k: int) -> bool:
        """``t[k]`` after "to" is a verb ("efforts to stabilize Afghanistan"): an infinitive, not a recipient."""
        if k >= len(self.t):
            return False
        x = self.t[k]
        if x.actors or not x.text.isalpha() or not x.text.islower():
            return False
        return self._verb_at(k) or (x.low.endswith(("ize", "ise")) and len(x.low) > 5) or x.low in _reading().verbs

    # -- arguments ----------------------------------------------------------------------------------
    def arguments(self, p: Pred, sense) -> None:
        t = self.t
        # up to the next verb of the clause, or the next predicate past a preposition
        end = self._clause_end(p.k)
        prep = next((m for m in range(p.k_end, end) if self.lows[m] in PREP), end)
        stop = next((q.k for q in self.preds if p.k < q.k < end and (q.pos == "verb" or prep < q.k)), end)
        frame = [f for f in sense.targets.split(";") if f]
        if p.pos == "noun":
            self._nominal(p, sense, stop)
            return
        if p.passive:
            p.agents = self._pp({"by"}, p.k_end, stop, nested=False)
            if p.vform == "finite":
                j = p.k - 1
                while j >= 0 and (t[j].low in BE or t[j].low in AUX or t[j].low in ADVERB or t[j].low in NEG):
                    j -= 1
                p.targets = self._patient(j) if j >= 0 else []
                if not p.agents and sense.lemma in STATIVE_PASSIVE and p.k_end < len(t) and t[p.k_end].low == "to":
                    p.agents, p.targets = p.targets, []  # "X is committed to ...": X commits itself
                    return
                if not p.agents and not any(x.low in MODAL_HYPO for x in t[max(0, p.k - 4) : p.k]):
                    owners = self._owners(j) if j >= 0 else []
                    if owners:
                        p.agents, p.targets = owners, [x for x in p.targets if x not in owners]
                if not p.agents:
                    p.agents = self._in_document(p.k_end, stop)
                    if p.agents:
                        p.targets = []  # what a document affirms is its content, not a party
                if (
                    not p.agents
                    and sense.cameo[:2] in ("01", "03")
                    and self.mem.doc_at >= self.mem.n  # a document named in this sentence or the one before
                    and not any(x.low in MODAL_HYPO or x.low in ("should", "must") for x in t[max(0, p.k - 3) : p.k])
                ):
                    first = t[self._clause_start(p.k)] if self._clause_start(p.k) < p.k else None
                    if any(x.low in ("it", "this") for x in t[: p.k]) and (first is None or not first.actors):
                        p.agents, p.targets = list(self.mem.last_doc), []  # "This Strategy was .... It was released"
            elif p.k and t[p.k - 1].actors:
                p.targets = self.np_actors(self._np_left(p.k - 1, self._clause_start(p.k)), p.k)
            return
        if p.vform == "finite":
            p.agents = self.subject(p.k)
        else:
            p.agents = self._controller(p)
        self.cur_agents = p.agents
        targets: list[str] = []
        if "obj" in frame:
            targets = self._object(p, stop)
        if not targets:
            preps = {f for f in frame if f != "obj"}
            if preps:
                targets = self._pp(preps, p.k_end, stop)
        if not targets and "obj" in frame:
            for j in range(p.k - 1, self._clause_start(p.k) - 1, -1):
                if t[j].low in ("which", "whom", "that") and any(x.actors for x in t[j + 1 : p.k]):
                    targets = self._antecedent(j)  # "CACO, which Tajikistan also joined"
                    break
        if not targets and ("obj" in frame or "to" in frame):
            targets = self._place(p, stop)
        if not targets and sense.cameo[:2] in ("02", "10") and p.k_end < len(t) and t[p.k_end].low == "that":
            e = self._np_right(p.k_end + 1, len(t))
            targets = self.np_actors(p.k_end + 1, e)  # "insisted that Europeans pay": those asked to act
        if not targets and frame:
            targets = self._inside_object(p)
        if not targets and not frame and sense.cameo[:2] == "05" and p.k_end < stop:
            targets = self._event_author(p.k_end, self._np_right(p.k_end, stop))  # "ensured the merger of CACO"
        if not targets and frame:
            targets = self._anaphor_place(p)
        if not targets and sense.cameo[:2] == "04":
            targets = self._host(p)
        if not targets and "with" in frame:
            targets = self._with_through_noun(p)
        if not targets and not frame and sense.cameo[:2] == "01":
            targets = self._stance(p, stop)
        if (
            not targets
            and frame
            and sense.cameo[:2] in ("10", "11", "12")
            and p.k_end < len(t)
            and t[p.k_end].low == "in"
        ):
            targets = self._topic_place(p.k_end, self._clause_end(p.k))  # "hectoring in its advocacy of reforms in X"
        p.targets = [x for x in targets if x not in p.agents]

    def _stance(self, p: Pred, stop: int) -> list[str]:
        """ "emphasized the U.S. commitment to Central Asia": a statement whose object is a stance (commitment,
        support, respect) is directed at the party the stance is towards."""
        t = self.t
        k = p.k_end
        while (
            k < stop
            and k < p.k_end + 5
            and t[k].low not in STANCE_NOUNS
            and t[k].low not in PREP
            and (t[k].actors or t[k].low.isalpha())
        ):
            k += 1  # determiners, possessors, actor adjectives, adjectives: "the strong U.S. commitment"
        if k + 1 < stop and t[k].low in STANCE_NOUNS and t[k + 1].low in ("to", "for"):
            return self._target_np(k + 2, self._np_right(k + 2, stop))
        return []

    def _with_through_noun(self, p: Pred) -> list[str]:
        """ "balancing that engagement with a higher level of engagement with Europe": a with-phrase whose noun is a
        contact or tie names no party itself; the parties of that noun's own with-phrase are those the verb is
        directed at. Not past a verb or a subordinate clause."""
        t = self.t
        end = self._clause_end(p.k)
        nouns = {q.k: q for q in self.preds if q.pos == "noun"}
        k = p.k_end
        while k < end and t[k].low != "with":
            k += 1
        for m in range(k + 1, min(end, k + 8)):
            x = t[m]
            if x.actors or x.low in SUBORD or x.text in ",;:" or self._verb_at(m):
                return []
            q = nouns.get(m)
            if q is not None and self._sense(q).cameo[:2] in ("03", "04", "05"):
                if q.k_end + 1 < end and t[q.k_end].low in ("with", "to"):
                    e = self._np_right(q.k_end + 1, end)
                    return self._target_np(q.k_end + 1, e)
                return []
        return []

    def _host(self, p: Pred) -> list[str]:
        """ "took part in a roundtable at the U.S. Chamber of Commerce": the body or state at whose seat a meeting
        is held is the one met (as the host country of a visit), when no other party is named. Not past another
        verb or a subordinate clause of the clause."""
        t = self.t
        end = self._clause_end(p.k)
        own = {_side(a) for a in p.agents}
        for k in range(p.k_end, end - 1):
            if t[k].low in SUBORD or self._verb_at(k):
                break
            if t[k].low == "at":
                e = self._np_right(k + 1, end)
                found = [a for a in self.np_actors(k + 1, e) if _type(a) != "person" and _side(a) not in own]
                if found:
                    return found
        return []

    def _event_author(self, a: int, b: int) -> list[str]:
        """The author of an act named by the noun heading ``t[a:b]`` ("welcome the participation of Afghanistan",
        "praised Japan's decision"): its possessor or its of-phrase, for a verb that judges the act."""
        t = self.t
        m = b - 1
        while m > a and not t[m].text[:1].isalnum():
            m -= 1
        roles = {
            r
            for w, pos, senses in _forms().get(t[m].low, ())
            if pos == "noun" and w == (t[m].low,)
            for sense in senses
            for r in sense.noun_agent.split(";")
        }  # whose the act is, by the lexicon: "the participation of X" is X's, "the privatization of X" is not
        owners = [y for x in t[a:m] if x.actors and x.poss for y in x.actors]
        if owners and "poss" in roles:
            return owners
        if "of" in roles and m + 2 < len(t) and t[m + 1].low == "of":
            return [y for y in self.np_actors(m + 2, self._np_right(m + 2, len(t))) if _type(y) != "person"]
        return []

    def _patient(self, j: int) -> list[str]:
        """The parties acted on by a passive whose subject ends at ``t[j]``: not a document ("This Strategy was
        developed": its authors are not acted on), and for a relative coordinated with an earlier one ("reforms
        that had begun under Nazarbayev and which were expanded"), the first relative's antecedent, not the
        actors inside its clause."""
        t = self.t
        k = j
        while k > 0 and not t[k].actors and (t[k].low.endswith("ly") or t[k].low in BE or t[k].low in AUX):
            k -= 1  # "which were significantly expanded"
        if t[k].low in DOC_NOUNS:
            return []
        j = k if t[k].low in ("which", "that") else j
        if t[j].low in ("which", "that") and j > 1 and t[j - 1].low == "and":
            m = j - 2
            while m >= 0 and t[m].low not in ("which", "that") and t[m].text not in ";:":
                m -= 1
            if m > 0 and t[m].low in ("which", "that"):
                return self._antecedent(m)
        return self.subject(j + 1)

    def _named_before(self, p: Pred, types: tuple) -> list[str]:
        """The latest actor of the given types named before the predicate (in this sentence, else before it),
        other than the agents' own side: ``[actor]`` or ``[]`` (a lazy search: the text before is not listed)."""
        own = {_side(x) for x in p.agents}
        here = (y for x in reversed(self.t[: p.k]) if x.form != "pronoun" for y in x.actors)
        found = (y for y in chain(here, reversed(self.mem.mentioned)) if _type(y) in types and _side(y) not in own)
        return list(islice(found, 1))

    def salient_region(self, upto: int) -> list[str]:
        """The region "the region" or bare "states" stands for: one named earlier in this sentence, else the region
        named most often among the latest mentions (the text's region, not one named in passing), the latest on a
        tie."""
        here = [y for x in self.t[:upto] if x.form != "pronoun" for y in x.actors if _type(y) == "region"]
        if here:
            return here[-1:]
        recent = [a for a in self.mem.mentioned[-60:] if _type(a) == "region"]
        if not recent:
            return []
        return [max(reversed(recent), key=recent.count)]

    def _anaphor_place(self, p: Pred) -> list[str]:
        """ "investment in the country", "reforms across the region": the state or region named last (not the
        agents' own) is the one the action is directed at."""
        t = self.t
        end = self._clause_end(p.k)
        verbs = {q.k for q in self.preds if q.pos == "verb"}  # once, not a scan of the predicates per word
        for k in range(p.k_end, min(end, p.k_end + 8) - 2):
            if t[k].low in ("in", "to", "into", "across", "throughout") and t[k + 1].low == "the":
                head = t[k + 2].low
                if head == "region":
                    return self.salient_region(p.k)  # the text's region, not one named in passing
                if head == "country":
                    return self._named_before(p, ("state",))[:1]
            if k > p.k_end and (t[k].low in SUBORD or k in verbs):
                break
        return []

    def _inside_object(self, p: Pred) -> list[str]:
        """A party named in a phrase of the verb's object ("launched a new strategy for Central Asia", "seek
        new bases in Central Asia", "ignore the impact of its sanctions on Kazakhstan"): the one the action is
        directed at, when the frame's own places name nobody. Not past the next verb or a subordinate clause."""
        t = self.t
        end = self._clause_end(p.k)
        nxt = [q.k for q in self.preds if q.k > p.k and q.pos == "verb" and self.clause[q.k] == self.clause[p.k]]
        end = min([end] + nxt)
        k = p.k_end
        while k < end and (t[k].low in ADVERB or t[k].low == "today" or (t[k].low.endswith("ly") and not t[k].actors)):
            k += 1
        if k >= end or t[k].low in PREP or t[k].actors:
            return []  # no object noun: the frame's prepositions were the places to look
        nouns = {q.k for q in self.preds if q.pos == "noun"}
        head = False
        while k < end:
            x = t[k]
            if x.low in SUBORD or x.low in ("which", "who", "that", "to") or x.text in '",;:()' or k in nouns:
                return []  # an event inside the object holds its own parties ("the attack on", "engagements with")
            if x.low in OBJECT_PREPS and head:
                e = self._np_right(k + 1, end)
                if any(m in nouns for m in range(k + 1, e)):
                    return []
                found = [a for a in self.np_actors(k + 1, e) if _type(a) != "person"]
                if found:
                    return found
                k += 1
                continue
            head = head or (x.low.isalpha() and not x.actors and x.low not in DET)
            k += 1
        return []

    def _place(self, p: Pred, stop: int) -> list[str]:
        """ "travelled there", "visited the country": the latest state named before, other than the agents'
        own (a place anaphor as the target of a verb of motion or contact)."""
        t = self.t
        a = p.k_end
        while a < stop and (t[a].low in ADVERB or t[a].low.endswith("ly")):
            a += 1
        words = [x.low for x in t[a : a + 2]]
        if not (words[:1] == ["there"] or words == ["the", "country"]) or not p.agents:
            return []
        own = {_side(x) for x in p.agents}
        seen = (y for x in reversed(t[: p.k]) for y in x.actors)
        for y in chain(seen, reversed(self.mem.mentioned)):
            if _type(y) == "state" and _side(y) not in own:
                return [y]
        return []

    def _in_document(self, a: int, stop: int) -> list[str]:
        """An agentless passive said of a document ("were affirmed therein", "were restated in the new
        strategy"): the document's authors."""
        t = self.t
        for k in range(a, min(stop, a + 4)):
            if t[k].low == "therein":
                return list(self.mem.last_doc)
            if t[k].low == "in" and k + 1 < stop and t[k + 1].low in DEFINITE:
                e = self._np_right(k + 1, stop)
                if e > k + 1 and t[e - 1].low in DOC_NOUNS:
                    return self.mem.doc_authors(t[e - 1].low)
        return []

    def _owners(self, j: int) -> list[str]:
        """Actors standing as modifiers of the subject noun ending at ``t[j]`` ("a new U.S. strategy ... that
        was announced"): the implied agent of an agentless passive."""
        t = self.t
        if t[j].low in ("which", "that"):
            j -= 1
            if j >= 0 and t[j].text == ",":
                j -= 1
        if j < 0:
            return []
        a, b = self._np_left(j, 0), j + 1
        while a > 1 and t[a - 1].low in PREP and t[a - 1].low not in ("of",) and not t[a - 2].actors:
            a = self._np_left(a - 2, 0)  # "a new U.S. strategy towards Central Asia"
        for k in range(a, b - 1):
            x, nxt = t[k], t[k + 1]
            if (
                x.actors
                and (x.poss or x.form in ("demonym", "acronym", "alias", "name", "variant"))
                and nxt.low.isalpha()
                and not nxt.actors
                and not nxt.finite
                and nxt.low not in PREP
                and nxt.low not in SUBORD
                and nxt.low not in COORD
            ):
                return list(x.actors)
        return []

    def _controller(self, p: Pred) -> list[str]:
        t = self.t
        k = p.k
        floor = self._clause_start(k)
        if p.vform == "infinitive":
            j = k - 1
            while j >= floor and t[j].low != "to":
                j -= 1
            gov_q = [q for q in self.preds if floor <= q.k < j and q.pos == "verb" and q.agents]
            if gov_q and self._sense(gov_q[-1]).cameo[:2] == "04" and self._sense(p).cameo[:2] == "04":
                return list(gov_q[-1].agents)  # "will visit Kazakhstan to discuss": the visitor discusses
            if j - 1 > floor and t[j - 1].text == ",":  # "forced all affected states, including Kazakhstan, to adjust"
                c = j - 2
                while c >= floor and t[c].text != ",":
                    c -= 1
                if c + 1 < j - 1 and t[c + 1].low in ("including", "especially", "notably", "particularly"):
                    found = [a for x in t[c + 2 : j - 1] if x.actors and x.form != "pronoun" for a in x.actors]
                    if found:
                        return found  # the named members of a group described
            o = j - 3 if j - 2 >= floor and t[j - 2].low in DET else j - 2  # "of (the) United States"
            if o - 1 >= floor and t[j - 1].actors and t[o].low == "of" and t[o - 1].low in RESOLVE_NOUNS:
                return list(t[j - 1].actors)  # "welcomes the decision of the United States to expand": its owner
            # object control or "for X to": the noun phrase right before "to"
            if j - 1 >= floor and (
                t[j - 1].actors or t[j - 1].low in GOV_HEADS or t[j - 1].low in ("administration", "it", "them", "him")
            ):
                i = self._np_left(j - 1, floor)
                found = self.np_actors(i, j) if not (i and t[i - 1].low in CONTACT_VERBS) else []
                if not found and t[j - 1].low in BARE_GROUPS and self._bare(j - 1):
                    return self.salient_region(j - 1)  # "the incursions into the region led states to emphasize"
                if not found and t[j - 1].low == "them":
                    bare = next(
                        (m for m in range(j - 2, floor - 1, -1) if t[m].low in BARE_GROUPS and self._bare(m)), None
                    )
                    if bare is not None:  # "led states to emphasize ..., leading them to": the same states
                        return self.salient_region(bare)
                if not found and t[j - 1].low in ("him", "them", "it"):
                    found = self.mem.resolve({"him": "person", "them": "plural", "it": "other"}[t[j - 1].low])
                if not found:
                    for m in range(i, j):
                        if t[m].low in PRONOUN_POSS:
                            found = self._resolve(t[m], m)
                            if m + 1 < j and t[m + 1].low in ("administration", "government", "cabinet"):
                                found = [_sides().get(a, a) for a in found]  # "his administration": the state
                            break
                if found:
                    return found
            gov = j - 1
        else:
            gov = k - 1
            if gov >= floor and t[gov].actors and not t[gov].poss:
                # "with Iran and Russia supporting the Assad regime": the noun phrase before the gerund acts,
                # from after the last common noun coordinated into it ("... forces and the United States and Turkey")
                i = self._np_left(gov, floor)
                for m in range(i, gov):
                    if t[m].low in COORD and m > i and not t[m - 1].actors and t[m - 1].low.isalpha():
                        i = m + 1
                return self.np_actors(i, gov + 1)
            o = gov  # "While not implying or signaling X, they": past negation, adverbs and coordinated gerunds
            while o > floor and (t[o].low in NEG or t[o].low in COORD or t[o].low in ADVERB or _gerund(t[o].low)):
                o -= 1
            if o == floor and (t[o].low in PREP or (o == 0 and t[o].low in OPEN_GERUND)):
                m = k
                while m < len(t) and t[m].text != ",":
                    m += 1
                if m + 1 < len(t):  # "After taking office in 2019, President Tokayev used ..."
                    x = t[m + 1]
                    if x.low in PRONOUN_SUBJ:
                        return self._resolve(x, m + 1)
                    if x.actors:
                        return self.np_actors(m + 1, self._np_right(m + 1, len(t)))
            if gov > floor and t[gov].low == "for":  # "thank President Tokayev for hosting us": the one thanked
                q = next((q for q in reversed(self.preds) if floor <= q.k < gov and q.pos == "verb"), None)
                if q is not None and self._sense(q).cameo[:3] == "051" and q.k_end < gov:
                    found = self.np_actors(q.k_end, self._np_right(q.k_end, gov))
                    if found:
                        return found
            if gov >= floor and t[gov].low in PREP:
                i = self._np_left(gov - 1, floor) if gov - 1 >= floor else gov
                owners = [a for x in t[i:gov] if x.actors and x.poss for a in x.actors]
                if owners:
                    return owners  # "Moscow's intentions in launching"
        # the subject of the governing verb: the nearest finite verb to the left in the clause
        while gov >= floor:
            if t[gov].low == "forward" and gov - 1 >= floor and t[gov - 1].low in ("look", "looks", "looked"):
                return self.subject(gov - 1)  # "Kazakhstan looks forward to working with": the hoper acts
            q = self.at.get(gov)
            if q is not None and q.pos == "verb":
                if q.vform == "finite" and not q.passive:
                    return self.subject(q.k)
                if q.vform in ("infinitive", "gerund") and q.agents:
                    return list(q.agents)
            elif t[gov].finite and t[gov].low not in AUX and not (gov and t[gov - 1].low in DET | {"of"}):
                found = self.subject(gov)
                if (
                    not found
                    and k
                    and t[k - 1].low == "by"
                    and gov
                    and t[gov - 1].low in BE | {"partly", "largely", "partially"}
                    and any(t[m].low in ("this", "that", "it") for m in range(floor, gov))
                ):  # "This was partly compensated by emphasizing": who acted in the step just reported
                    found = list(self.mem.last_agents)
                return found
            elif t[gov].low in AUX_FINITE and (p.vform == "infinitive" or (k and t[k - 1].low in PREP)):
                return self.subject(gov)  # "was able to transform", "has had to respond", "is to move"
            elif (
                t[gov].low in MODALS
                and p.vform == "infinitive"
                and t[gov + 1].low != "to"
                and not any(x.low in BE for x in t[gov + 1 : k])  # not "it may be possible to"
            ):
                return self.subject(gov)  # "X will continue to support Y": the modal's subject
            elif _pron(t[gov].low) in PRONOUN_SUBJ and not (
                t[gov].low == "it" and self._expletive(gov)
            ):  # "it could continue as before, making changes"; not the "it" of "it is possible to"
                return self._resolve(t[gov], gov)  # "I want to thank", "I look forward to working"
            gov -= 1
        if p.vform == "gerund" and k == floor + 1 and t[floor].text in ("–", "—"):
            prev = [q for q in self.preds if q.k < floor and q.pos == "verb" and q.agents]
            if prev:
                return list(prev[-1].agents)  # "Tokayev sought to balance ... – designating three principles"
        if p.vform == "gerund" and k == floor:
            # an inverted subject: "Facilitating these investments have been the Department and the Council"
            end = self._clause_end(k)
            for m in range(p.k_end, end - 1):
                if t[m].text == "," or (t[m].finite and t[m].low not in AUX):
                    break
                if t[m].low in BE or (t[m].low in HAVE and t[m + 1].low == "been"):
                    n = m + 2 if t[m + 1].low == "been" else m + 1
                    found = self.np_actors(n, self._np_right(n, end)) if n < end else []
                    if found:
                        return found
                    break
        # a participial opening ("Criticizing ..., he intensified"): the subject after the comma
        if (p.vform == "gerund" and k == floor) or (k == floor + 1 and t[floor].low in ADVERB):
            m = k
            while m < len(t) and t[m].text != ",":
                m += 1
            if m + 1 < len(t):
                x = t[m + 1]
                if x.low in PRONOUN_SUBJ:
                    return self._resolve(x, m + 1)
                if x.actors:
                    return self.np_actors(m + 1, self._np_right(m + 1, len(t)))
        # a gerund inside a noun phrase with a possessor ("Moscow's intentions in launching")
        for m in range(k - 1, floor - 1, -1):
            if t[m].actors and t[m].poss:
                return list(t[m].actors)
        return []

    def _nominal(self, p: Pred, sense, stop: int) -> None:
        t = self.t
        roles = [f for f in sense.noun_agent.split(";") if f]
        agents: list[str] = []
        j = p.k - 1
        while (
            j >= 0
            and not t[j].actors
            and (
                t[j].low in ("first", "state", "official", "landmark", "formal", "new", "rapid", "sudden")
                or (t[j].low.isalpha() and t[j].low.endswith(("al", "ful", "ed", "ive")) and t[j].low not in DET)
            )
            and not self._verb_at(j, "finite")  # "discussed trade"
        ):
            j -= 1
        modifier: list[str] = []
        if "poss" in roles and j >= 0:
            x = t[j]
            if x.actors and not x.poss and x.form == "demonym" and "adj=target" in roles:
                modifier = list(x.actors)  # "Russian sanctions": sanctions on Russia
            elif x.actors and (x.poss or x.form in ("demonym", "name", "acronym", "alias", "variant")):
                agents = list(x.actors)
                y = t[j - 1] if j else None
                if y is not None and not x.poss and ((y.poss and y.actors) or y.low in PRONOUN_POSS):
                    # "its Russian sanctions": the possessor acts, the adjective names the one acted on
                    modifier = agents
                    agents = list(y.actors) if y.actors else self._resolve(y, j - 1)
            elif x.low in PRONOUN_POSS:
                agents = self._resolve(x, j)
        if not agents:
            k = p.k_end
            for role in ("of", "by", "from", "between", "in"):
                if role in roles and k < stop and t[k].low == role:
                    e = self._np_right(k + 1, stop)
                    agents = self.np_actors(k + 1, e) or self._group(k + 1, min(stop, k + 7))
                    if role == "of" and j >= 0 and (t[j].finite or (t[j].low in DET and j and t[j - 1].finite)):
                        agents = []  # "constituted the first meeting of ...": a description, not a happening
                    break
        k = p.k_end
        if not agents and not sense.cameo and k < stop and t[k].low == "of":
            owned = self.np_actors(k + 1, self._np_right(k + 1, stop))
            owners = {_side(a) for a in owned}
            if (
                owned
                and all(_type(a) in ("organization", "company") for a in owned)
                and len(owners) == 1
                and _type(next(iter(owners))) == "state"
            ):
                agents = list(owners)  # "the privatization of Kazatomprom": a domestic step of the body's state
        if (
            not agents
            and j >= 0
            and t[j].low in ("a", "an", "the", "his", "her", "its", "their")
            and j
            and t[j - 1].low in ("during", "on")
            and sense.cameo[:2] == "04"
        ):
            prev = [q for q in self.preds if q.k < p.k and q.pos == "verb" and q.agents]
            if prev:
                agents = list(prev[-1].agents)  # "proposed during a landmark visit to India": the proposer visits
        if not agents and p.k and t[p.k - 1].low in CONTINUED and sense.quad_class:
            # "continued attacks on its record": the ongoing conduct of whoever acted so last
            conflict = "conflict" in sense.quad_class
            agents = next(
                (list(a) for a, q in reversed(self.mem.history[-8:]) if q and ("conflict" in q) == conflict), []
            )
        k = p.k_end
        if not agents and k + 2 < len(t) and t[k].low in LED_BY and t[k + 1].low == "by":
            agents = self.np_actors(k + 2, self._np_right(k + 2, len(t)))  # "a strategic review led by the NSC"
        m = j
        while m > 0 and not t[m].actors and (t[m].low in DET or (t[m].text.isalpha() and t[m].text.islower())):
            if t[m].low in HAVE or t[m].low in PREP or t[m].low in SUBORD:
                break
            m -= 1
        if not agents and m > 0 and t[m].low in HAVE and (t[m - 1].actors or t[m - 1].low in ADVERB):
            agents = self.subject(m)  # "the EU has a continuous dialogue with ...": who has it holds it
        p.agents = agents
        preps = {f for f in sense.noun_targets.split(";") if f}
        targets = self._pp(preps, p.k_end, stop) if preps else []
        if not targets and not modifier and preps and agents:
            p.agents = agents
            targets = self._anaphor_place(p)
        p.targets = [x for x in modifier + targets if x not in agents]

    # -- negation and modality ----------------------------------------------------------------------
    def negated(self, p: Pred) -> bool:
        t = self.t
        floor = self._clause_start(p.k)
        lo = max(floor, p.k - 4)
        neg = [m for m in range(lo, p.k) if t[m].low in NEG or t[m].low.endswith("n't")]
        if neg and not self._outside_negation(neg[-1], p):
            return True
        if any(t[m].low == "than" and t[m - 1].low == "rather" for m in range(max(floor, p.k - 4, 1), p.k)):
            return True  # "to work on Kazakhstan rather than work with it": the step not taken
        near = t[max(floor, p.k - 6) : p.k]
        if any(x.low == "no" for x in near) and not any(x.text == "," for x in near):
            return True
        if any(x.low in ("failed", "fail", "refused", "refuses") for x in t[max(floor, p.k - 3) : p.k]):
            return True
        return self._near_miss(p)

    def _outside_negation(self, n: int, p: Pred) -> bool:
        """The negation at ``n`` belongs to another verb: ``p`` stands in a relative clause on a noun after it ("did not
        join the sanctions that the EU adopted", "did not meet the envoy who visited"), or is the
        participle of a reduced relative on a noun after it ("did not join the sanctions adopted by the EU")."""
        t = self.t
        for m in range(n + 1, p.k):
            if t[m].low in RELATIVE or (
                t[m].low == "that" and any(t[i].low in DET or t[i].actors for i in range(n + 1, m))
            ):
                return True  # not "did not say that X attacked": the content of a negated saying is not told
        return (
            p.pos == "verb"
            and p.k - n > 2
            and _past_participle(t[p.k].low)
            and _noun_word(t[p.k - 1])
            and any(q.pos == "verb" and n < q.k < p.k for q in self.preds)
        )

    def _near_miss(self, p: Pred) -> bool:
        """ "very nearly won", "had almost signed", "came close to signing": the step was not taken."""
        t, j = self.t, p.k - 1
        while j >= 0 and (t[j].low in AUX or t[j].low in ("very", "so")):
            j -= 1
        if j >= 0 and t[j].low in NEAR_MISS:
            return True
        return (
            p.k >= 3
            and t[p.k - 1].low == "to"
            and t[p.k - 2].low == "close"
            and t[p.k - 3].low in ("came", "come", "comes", "coming")
        )

    def modality(self, p: Pred) -> str:
        t = self.t
        floor = self._clause_start(p.k)
        before = self.lows[floor : p.k]
        sentence_before = self.lows[: p.k]
        if (
            not HOPE_CUES.isdisjoint(sentence_before)
            and any(  # a set test first: most sentences hold no cue
                w in HOPE_CUES
                and (w != "forward" or (m and sentence_before[m - 1].startswith("look")))
                and not _performative(self.lows, m)
                for m, w in enumerate(sentence_before)
            )
            and "hope" not in (t[p.k].low,)
        ):
            return "hoped"  # not "put forward a proposal": only "look forward" hopes
        if t and t[-1].text == "?":
            return "hypothetical"
        if (
            "if" in before
            or "unless" in before
            or any(
                w in MODAL_HYPO and not _performative(self.lows, floor + m)
                for m, w in enumerate(before[-5:], max(0, len(before) - 5))
            )
            or (any(w == "will" for w in before[-5:]) and "doubtless" in before[-5:])
        ):
            return "hypothetical"
        if any(w in ("will", "shall") or w == "'ll" for w in before[-4:]):
            return "intended"  # future "will meet": planned
        cue = (
            None
            if INTENT_CUES.isdisjoint(before)
            else max(
                (m for m, w in enumerate(before) if w in INTENT_CUES and not _performative(self.lows, floor + m)),
                default=None,
            )
        )
        if (
            p.pos == "noun"
            and cue is not None
            and (
                (p.k and t[p.k - 1].actors and t[p.k - 1].poss)  # "proposed to counter China's moves": China's own
                or any(w in PREP and w not in ("to", "for") for w in before[cue + 1 :])  # "proposed during a visit"
            )
        ):
            cue = None
        planned = (cue is not None and cue >= len(before) - 6) or not PLAN_WORDS.isdisjoint(before)
        if planned and p.vform in ("infinitive", "gerund", ""):
            return "intended"  # "plans to visit", "his intention to press"; not "a plan that China announced"
        if p.vform == "infinitive" and AIM_IS_TO.search(" ".join(before)):
            return "intended"  # "Tokayev's idea is to shift": a plan
        return "asserted"


PERFORMATIVE = frozenset(
    ["thank", "welcome", "congratulate", "commend", "praise", "applaud", "acknowledge", "recognize", "express"]
    + ["say", "note", "emphasize", "underscore", "reiterate", "announce"]
)


def _performative(lows: list, m: int) -> bool:
    """ "I want to thank you", "we would like to welcome": a speech act done in saying it (asserted), not a hope or a
    conjecture; ``lows[m]`` is the cue ("want", "would")."""
    if m < 1 or lows[m - 1] not in ("i", "we"):
        return False
    rest = lows[m + 1 : m + 4]
    if lows[m] in ("want", "wants"):
        return rest[:1] == ["to"] and rest[1:2] != [] and rest[1] in PERFORMATIVE
    return lows[m] == "would" and rest[:2] == ["like", "to"] and rest[2:3] != [] and rest[2] in PERFORMATIVE


class _Memory:
    """What pronouns and "the two presidents" resolve to: the latest participants, by kind."""

    def __init__(self):
        self.person: list[str] = []
        self.other: list[str] = []
        self.plural: list[str] = []
        self.mentioned: list[str] = []
        self.groups: list[list[str]] = []
        self.first_person: str | None = None  # the first person named in the latest sentence naming one
        self.done: dict = {}  # (lemma, sides of the agents) of every action so far → [sentence, its target sides]
        self.speaker: str | None = None  # who says "I" (a speaker label: "THE PRESIDENT:")
        self.transcript = False  # a speaker label was seen: "I"/"we" bind to the current speaker only
        self.docs: dict[str, list[str]] = {}  # document noun → its authors (the latest named)
        self.last_doc: list[str] = []
        self.n = 0  # sentences read
        self.doc_at = -9  # the sentence that last named a document with its authors
        self.recent: list[list[str]] = []  # the sides named in each of the latest sentences
        self.other_at = -1  # the sentence of ``other``
        self.lone: tuple[str, int] | None = None  # the one state or body a later sentence names, and where
        self.lone_plural = False  # ... named with a plural noun ("Washington agencies"): "they" may be it
        self.plural_at = -1
        self.last_agents: list[str] = []  # the agents of the latest action
        self.history: list[tuple] = []  # (agents, quad class) of every action so far
        self.joint: list[str] = []  # the signatories of a joint statement (named in its title): its "we"
        self.event_at = -1  # the latest sentence whose subject is an event ("The withdrawal of X poses"), not an actor

    def short_name(self, word: str) -> list[str]:
        """The body named in the latest sentences whose codebook name or alias ends in ``word`` ("the Council" after
        "the U.S.-Kazakhstan Business Council")."""
        ends = _cb().compiled(_build_name_ends)
        for a in reversed(self.mentioned[-40:]):
            if _type(a) not in ("person", "state", "region") and word in ends.get(a, ()):
                return [a]
        return []

    def note_doc(self, head: str, authors: list[str]) -> None:
        if authors:
            self.docs[head] = list(authors)
            self.last_doc = list(authors)
            self.doc_at = self.n + 1  # this sentence (``n`` counts the sentences read before it)

    def doc_authors(self, head: str) -> list[str]:
        """The authors of "the new strategy", "this agreement": the latest document of that name, else (for a
        document noun) the latest document named."""
        if head in self.docs:
            return list(self.docs[head])
        return list(self.last_doc) if head in DOC_NOUNS else []

    def note_mentions(self, toks: list[Tok]) -> None:
        self.n += 1
        marked = list(compress(range(len(toks)), map(_ACTORS_OF, toks)))  # the words with actors, in one C pass
        named = [(k, a) for k in marked if toks[k].form != "pronoun" for a in toks[k].actors]
        if not named:
            self.recent = [*self.recent[-3:], []]
            return
        types, sides = _actor_types(), _sides()
        people = [a for k in marked for a in toks[k].actors if types.get(a) == "person" or a.startswith(OTHER)]
        if people:
            self.first_person = people[0]
        self.recent = [*self.recent[-3:], [sides.get(a, a) for _, a in named]]
        bodies = {(a) for _, a in named if types.get(a) in ("state", "organization")}
        if len(bodies) == 1:
            body = bodies.pop()
            k = next(k for k, a in named if a == body)
            after = toks[k + 1].low if k + 1 < len(toks) else ""
            self.lone = (body, self.n)
            self.lone_plural = after in PLURAL_BODIES
        self.mentioned += [a for _, a in named]

    def note_action(self, agents: list[str], targets: list[str], quad: str = "") -> None:
        self.last_agents = list(agents)
        self.history.append((tuple(agents), quad))
        people = [a for a in agents if _type(a) == "person"]
        others = [a for a in agents if _type(a) not in ("person", None)]
        if len(agents) == 1 and people:
            self.person = people
        if len(agents) == 1 and others:
            self.other = others
            self.other_at = self.n
        # agents with their targets act together, unless the act is against them ("signaling tensions with X")
        group = list(dict.fromkeys(agents + (targets if "conflict" not in quad else [])))
        if len(group) >= 2:
            if len(agents) == 1 and any(_type(a) == "region" for a in targets):
                group = list(agents)  # "a strategy towards Central Asia .... they reaffirmed": not the region too
            self.plural = group
            self.plural_at = self.n
            self.groups.append(group)

    def resolve(self, kind: str | None) -> list[str]:
        if kind == "person":
            return [self.first_person] if self.first_person else list(self.person)
        if kind == "other":
            if self.event_at == self.n:
                return []  # "it" after a sentence whose subject is an event is that event
            if self.lone and self.lone[1] > self.other_at:
                return [self.lone[0]]  # "the government in Nursultan accepted .... On this basis, it could"
            if self.other:
                return list(self.other)
            last = next((a for a in reversed(self.mentioned) if _type(a) in ("state", "organization")), None)
            return [last] if last else []
        if kind == "plural":
            if self.lone and self.lone[1] > self.plural_at and self.lone_plural:
                return [self.lone[0]]  # "Washington agencies of government act .... their tendency"
            return list(self.plural)
        if kind in ("people", "states"):
            for g in reversed(self.groups[-6:]):
                people = [a for a in g if _type(a) == "person"]
                if kind == "people" and len(people) >= 2:
                    return people
                if kind == "states":
                    raised = [a for a in dict.fromkeys(_sides().get(a, a) for a in g) if _type(a) == "state"]
                    if len(raised) >= 2:
                        return raised
            if kind == "states" and not self.groups:  # "both countries" before any joint action: the two
                states = []  # states named last
                for a in reversed(self.mentioned):
                    side = _sides().get(a, a)
                    if _type(side) == "state" and side not in states:
                        states.append(side)
                    if len(states) == 2:
                        return states[::-1]
            return list(self.plural)
        return []


def actions(doc, mentions: pd.DataFrame, timex_rows: list[dict], cb=None) -> list[dict]:
    """Rows of the ``actions`` table for one document, in text order (``cb``: the codebook, whose ``predicates``
    table is the lexicon; default the document's own, else the shipped one)."""
    cb = cb if cb is not None else getattr(doc, "codebook", None) or codebook.Codebook.shipped()
    token = _READING.set(cb.compiled(_build_reading))
    try:
        return _actions(doc, mentions, timex_rows)
    finally:
        _READING.reset(token)


def _actions(doc, mentions: pd.DataFrame, timex_rows: list[dict]) -> list[dict]:
    by_para: dict[str, list] = {}
    for para_id, start, end, actor, form in zip(
        mentions.para_id.tolist(),
        mentions.start.tolist(),
        mentions.end.tolist(),
        mentions.actor_id.tolist(),
        mentions.form.tolist(),
    ):
        by_para.setdefault(para_id, []).append((start, end, actor, form))
    dates: dict[str, list[dict]] = {}
    for tx in timex_rows:
        if tx["para_id"] is not None and tx["kind"] in DATE_KINDS and tx["year_start"] is not None:
            dates.setdefault(tx["sent_id"], []).append(tx)
    rows: list[dict] = []
    mem = _Memory()
    types = _actor_types()
    people = [
        (s, e, a)
        for s, e, a in zip(mentions.start.tolist(), mentions.end.tolist(), mentions.actor_id.tolist())
        if types.get(a) == "person"
    ]
    if SPEAKER_LABEL.search(doc.text, 0) or re.search(r"(?m)^[A-Z](?:[A-Z.’' -]*[A-Z.])?:\s", doc.text):
        from .actors import choose  # a speaker may be named only in the title line ("Remarks by President Biden")

        head = doc.text[:400]
        people += [(a, b, surf.actor_id) for a, b, surf in choose(head, _cb()) if types.get(surf.actor_id) == "person"]
    title_end = doc.text.find("\n", len(doc.text) - len(doc.text.lstrip()))
    title_end = len(doc.text) if title_end < 0 else title_end
    if JOINT_TITLE.search(doc.text, 0, title_end):
        from .actors import choose  # the title line is no paragraph: its names are read here

        named = [surf.actor_id for _, _, surf in choose(doc.text[:title_end], _cb())]
        sides = list(dict.fromkeys(_side(a) for a in named))
        states = [a for a in sides if _type(a) == "state"]
        mem.joint = states if len(states) >= 2 else sides if len(sides) == 1 else []
    surnames: dict[str, str] = {}  # a person outside the codebook named in full: surname → other:<Full Name>
    titled: dict[str, list] = {}  # a title → the people named with it so far ("President" → biden)
    current_para = None
    lead, last_s, item_start = None, None, -1  # a list's lead-in ("The two sides will:"): (agents, modality)
    planned = future_items(doc)  # the items under a lead-in about what is to come
    for p, sent_id, i, j in doc.sentences:
        if p.para_id != current_para:
            current_para = p.para_id
            if p.para_id in planned:
                lead = lead if lead is not None else _lead_in(last_s)
                item_start = i
            else:
                lead = None
            clean = [
                (p.offsets.index(s), p.offsets.index(e - 1) + 1, a, f) for s, e, a, f in by_para.get(p.para_id, [])
            ]
            clean += _other_persons(p.text, [(s, e) for s, e, _, _ in clean])
            clean += _surname_mentions(p.text, clean, surnames)
            clean += _title_anaphors(p.text, clean, titled)
            label = SPEAKER_LABEL.match(p.text)
            if label:
                mem.transcript = True  # from now on "I" and "we" are a speaker's, or nobody's
                mem.speaker = _speaker(label.group(1), doc.text, people)
            para_toks = _tokens(p.text, clean)
            starts = list(map(_START_OF, para_toks))
        toks = para_toks[bisect_left(starts, i) : bisect_left(starts, j)]
        if not toks:
            continue
        s = _Sentence(toks, mem)
        _note_modified_documents(toks, mem)
        s.find_predicates()
        for pred in s.preds:
            s.classify(pred)
        senses = []
        for pred in s.preds:
            sense = s._sense(pred)
            senses.append(sense)
            s.arguments(pred, sense)
            if lead and lead[0] and i == item_start and pred.k == 0 and not pred.agents and s.t[0].low == sense.lemma:
                pred.agents, pred.mood = list(lead[0]), lead[1]  # "- Train border guards": the lead-in's subject
            if pred.agents:
                mem.note_action(pred.agents, pred.targets, sense.quad_class)
                _note_documents(s, pred, sense)
        _absorb(s, senses)
        _coordinated_nouns(s, senses)
        _included_parties(s, senses)
        for pred, sense in zip(s.preds, senses):
            nxt = s.t[pred.k_end].low if pred.k_end < len(s.t) else ""
            if (
                pred.pos == "verb"
                and sense.lemma in CONTROL_INTENT
                and nxt == "to"
                and any(q.k == pred.k_end + 1 for q in s.preds)
            ):
                pred.absorbed = True  # "proposed to counter": the intent is the modality of "counter"
            if sense.lemma in COGNITION and pred.pos == "verb" and pred.k_end < len(s.t):
                a = pred.k_end
                obj = s.t[a : s._np_right(a, s._clause_end(pred.k))]
                if obj and obj[0].low in DET and not any(x.actors for x in obj):
                    pred.absorbed = True  # "acknowledged the intensified interaction with": noting a fact, no party
            if (
                sense.lemma == "reject"
                and pred.pos == "verb"
                and pred.k_end + 1 < len(s.t)
                and s.t[pred.k_end].low in DEFINITE
                and s.t[pred.k_end + 1].low in OPINIONS
            ):
                pred.absorbed = True  # "rejects this view as naive": an opinion, not a step towards a party
            if sense.lemma == "call" and pred.pos == "verb" and not _called_party(s, pred):
                pred.absorbed = True  # "called it a mistake", "so-called": no telephone call
            if (
                sense.lemma == "respond"
                and pred.k_end + 1 < len(s.t)
                and s.t[pred.k_end].low == "by"
                and any(q.k > pred.k_end and q.k <= pred.k_end + 3 and q.vform == "gerund" for q in s.preds)
            ):
                pred.absorbed = True  # "responded by immediately inviting": the response is the inviting
            if (
                pred.pos == "verb"
                and sense.object_cue
                and sense.light != "1"
                and all(x.object_cue for x in pred.entry)
                and not re.search(
                    sense.object_cue, " ".join(x.low for x in s.t[pred.k_end : s._clause_end(pred.k)][:8])
                )
            ):
                pred.absorbed = True  # a verb that acts only with its object ("lead a delegation", not "lead to")
            if (
                pred.pos == "noun"
                and sense.object_cue
                and all(x.object_cue for x in pred.entry)
                and not re.search(
                    sense.object_cue, " ".join(x.low for x in s.t[pred.k_end : s._clause_end(pred.k)][:12])
                )
            ):
                pred.absorbed = True  # a noun that acts only with its complement ("calls … for", not phone calls)
            if (
                pred.vform == "gerund"
                and pred.k
                and s.t[pred.k - 1].low == "without"
                and not pred.targets
                and (pred.k_end >= len(s.t) or not s.t[pred.k_end].low.isalpha())
            ):
                pred.absorbed = True  # "shoot without warning": a manner of acting, no step of its own
            if (
                pred.pos == "verb"
                and pred.vform == "finite"
                and pred.k >= 2
                and s.t[pred.k - 1].actors
                and s.t[pred.k].low
                in (pred.entry[0].lemma, pred.entry[0].lemma.split()[0])  # bare: "trade", not "trades"
                and (
                    any(
                        q.k == pred.k - 2
                        and q.pos == "verb"
                        and q.vform == "finite"
                        and s.clause[q.k] == s.clause[pred.k]
                        for q in s.preds
                    )
                    or s.t[pred.k - 2].low in PREP  # "an environment for U.S. trade": the head of a noun phrase
                )
            ):
                pred.absorbed = True  # "promotes U.S. trade": a noun in the object of a finite verb, no second verb
            if (
                sense.light == "1"
                and pred.pos == "verb"
                and not pred.absorbed
                and not pred.nominal
                and not (pred.passive and pred.agents)  # "the program of reform instituted by Mirziyoyev"
            ):
                after = " ".join(x.low for x in s.t[pred.k_end : pred.k_end + 4])
                if not (sense.object_cue and re.match(sense.object_cue, after)):
                    pred.absorbed = True  # a light verb without its nominal is no action
        for idx, pred in enumerate(s.preds):
            if (
                pred.pos == "verb"
                and pred.vform == "infinitive"
                and not pred.absorbed
                and not pred.nominal
                and _content_infinitive(s, pred, senses)
            ):
                pred.absorbed = True
                gov = [q for q in s.preds if q.k < pred.k and not q.absorbed]
                if gov and not gov[-1].targets:
                    gov[-1].targets = [x for x in pred.targets if x not in gov[-1].agents]
            if pred.pos == "noun" and not pred.absorbed and pred.agents:
                key = (senses[idx].lemma, frozenset(_side(a) for a in pred.agents))
                seen = mem.done.get(key)
                if (
                    seen
                    and mem.n - seen[0] <= RE_MENTION_SENTENCES
                    and (not pred.targets or frozenset(map(_side, pred.targets)) in seen[1])
                    and (pred.mood or s.modality(pred)) == "asserted"
                ):
                    pred.absorbed = True  # a re-mention ("Nazarbayev's visit was followed ..."), not a new step
        for idx, pred in enumerate(s.preds):
            if not pred.absorbed and pred.agents:
                key = (senses[idx].lemma, frozenset(_side(a) for a in pred.agents))
                seen = mem.done.setdefault(key, [mem.n, set()])
                seen[0] = mem.n  # the sentence it was last told in
                seen[1].add(frozenset(map(_side, pred.targets)))
        _shared_addressee(s, senses)
        _content_region(s, senses)
        extra = _as_did(s, senses)
        it_event = _event_subject(s) or (mem.event_at == mem.n and "it" in s.lows[:2])
        mem.note_mentions(toks)
        if it_event:
            mem.event_at = mem.n  # "The withdrawal of X poses a challenge. Will it create ...?": "it" is the event
        last_s = s
        sent_dates = [(p.offsets.index(tx["start"]), tx) for tx in dates.get(sent_id, [])]
        for pred, sense in [*zip(s.preds, senses), *extra]:  # the predicates are in text order
            if pred.absorbed or not pred.agents:
                continue
            rows.append(_row(doc, p, sent_id, s, pred, sense, sent_dates, len(rows) + 1))
    return rows


def _called_party(s: _Sentence, pred: Pred) -> bool:
    """ "X called Y" is a telephone call when Y, its direct object, is a party and no naming follows ("called
    Kazakhstan a partner" names, it does not call); not a passive ("was called")."""
    t, b = s.t, pred.k_end
    return (
        not pred.passive
        and b < len(t)
        and bool(t[b].actors)
        and t[b].form != "pronoun"
        and not (b + 1 < len(t) and (t[b + 1].low in DET or t[b + 1].low in ("an", "a")))
    )


HOPE_LEAD = frozenset(["hope", "hopes", "hoped", "want", "wants", "forward"])


def _lead_in(s: _Sentence | None) -> tuple[list[str], str] | None:
    """The lead-in of a list about what is to come (:func:`chronology.future_items`), when it says who will act
    ("The two sides will:", "Kazakhstan and the United States intend to:"): its subject and the items' modality
    (intended; hoped after "hope to:"). ``None`` otherwise."""
    if s is None or len(s.t) < 3 or s.t[-1].text != ":":
        return None
    k = len(s.t) - (3 if s.t[-2].low == "to" else 2)  # "intend to:": the verb before "to"
    while k >= 0 and not s.t[k].finite and s.t[-2].low != "to":
        k -= 1  # the verb of the lead-in: "will", "intend (to)"
    if k < 0:
        return None
    return s.subject(k), "hoped" if any(x.low in HOPE_LEAD for x in s.t) else "intended"


def _event_subject(s: _Sentence) -> bool:
    """The sentence opens with an event noun as its subject ("The sudden withdrawal of X poses ..."): no actor heads
    it, so a later "it" is the event."""
    t = s.t
    if not t or t[0].low not in ("the", "this", "that", "such", "a", "an"):
        return False
    q = next((q for q in s.preds if q.k <= 3), None)
    return (
        q is not None
        and q.pos == "noun"
        and not any(x.actors or x.poss for x in t[: q.k])
        and (q.k_end >= len(t) or t[q.k_end].low in ("of", "by", "from", "in", "on", "to"))
    )


def _note_documents(s: _Sentence, pred: Pred, sense) -> None:
    """Remember who authored a document: the agents of an action whose noun names it ("agreed" → "this
    agreement") or whose object it is ("the EU launched a new strategy"), or an actor modifying it ("a new U.S.
    strategy")."""
    t, mem = s.t, s.mem
    for noun in (sense.noun_forms or "").split(";"):
        if noun and pred.pos == "verb" and not pred.passive:
            mem.note_doc(noun.strip().lower(), pred.agents)
    k = pred.k_end
    stop = min(len(t), k + 6)
    while k < stop and (t[k].low in DET or (t[k].low.isalpha() and t[k].low not in PREP and t[k].low not in DOC_NOUNS)):
        k += 1
    if k < stop and t[k].low in DOC_NOUNS and pred.pos == "verb" and not pred.passive:
        mods = [a for x in t[pred.k_end : k] for a in x.actors]
        mem.note_doc(t[k].low, mods or pred.agents)


def _note_modified_documents(toks: list[Tok], mem: _Memory) -> None:
    """ "a new U.S. strategy", "America's new strategy": the actor before a document noun authored it."""
    if DOC_NOUNS.isdisjoint(map(_LOW_OF, toks)):
        return
    for k, x in enumerate(toks):
        if x.low in DOC_NOUNS and x.low in mem.docs:
            mem.doc_at = mem.n + 1  # "This Strategy was developed ...": a document whose authors are known
            mem.last_doc = list(mem.docs[x.low])
        if x.low in DOC_NOUNS:
            for y in reversed(toks[max(0, k - 3) : k]):
                if y.actors and (y.poss or y.form in ("demonym", "acronym", "name", "alias", "variant")):
                    mem.note_doc(x.low, list(y.actors))
                    break
                if not (y.low.isalpha() and y.low not in PREP):
                    break


def _pron(low: str) -> str:
    """The pronoun of a contracted form ("we're" → "we"), else the word."""
    m = CONTRACTION.match(low)
    return m.group(1) if m else low


def _speaker(label: str, text: str, people: list[tuple[int, int, str]]) -> str | None:
    """The person a speaker label names: a person of the text whose name (not title) shares a word with the
    label ("SECRETARY BLINKEN", "PRESIDENT TOKAYEV": Tokayev, not another president), else, for a label that is
    only a title ("THE PRESIDENT"), the first person the text names after that title ("Remarks by President
    Biden"). A label naming nobody known ("Q", "MODERATOR", a person outside the codebook) gives None: its
    "I" and "we" stay unresolved rather than go to another speaker."""
    titles = {w.upper() for t in _cb().title_list for w in t.split()}
    words = {w for w in re.findall(r"[A-Z][A-Z’'-]+", label) if w not in ("THE", "MR", "MRS", "MS", "DR")}
    names = words - titles
    if names:
        for s, e, actor in people:
            if names & (set(re.findall(r"[A-Z][A-Z’'-]+", text[s:e].upper())) - titles):
                return actor
        return None
    said = [w for w in words if w in titles]
    for s, e, actor in sorted(people):  # in text order: the title line ("Remarks by President Biden") first
        before = text[max(0, s - 40) : s].upper().split()
        if said and before and before[-1] in said:
            return actor
        if said and text[s:e].upper().startswith(said[0] + " "):
            return actor
    return None


def _side(actor: str) -> str:
    return _sides().get(actor, actor)


def _content_infinitive(s: _Sentence, pred: Pred, senses: list) -> bool:
    """An infinitive that is the content of a noun ("its effort to attract", "the opportunity to conclude") or of
    a communicative act ("demanded to join", "invitations ... to visit", "agreed to create"): no row of its own."""
    t = s.t
    j = pred.k - 1
    while j >= 0 and t[j].low != "to":
        j -= 1
    g = j - 1
    while g >= 0 and (t[g].low in ADVERB or (t[g].low.endswith("ly") and not t[g].actors)):
        g -= 1
    if g < 0:
        return False
    gov = [(q, sq) for q, sq in zip(s.preds, senses) if q.k < pred.k and s.clause[q.k] == s.clause[pred.k]]
    if gov and gov[-1][1].lemma in COMMUNICATIVE and pred.k - gov[-1][0].k_end <= 12:
        return True
    own = senses[s.preds.index(pred)]
    if gov and gov[-1][0].pos == "verb" and gov[-1][1].cameo[:2] == "04" and own.cameo[:2] == "04":
        pred.mood = pred.mood or s.modality(gov[-1][0])  # planned if the contact is planned
        return False  # "will meet with leaders ... to discuss": a purpose that is itself a contact (an action)
    x = t[g]
    if x.actors or x.low in GOV_HEADS or x.low in PRONOUN_SUBJ or x.low in ("him", "them", "it"):
        return False  # object control: "prompted his administration to impose"
    return (
        x.low.isalpha()
        and not x.finite
        and x.low not in AUX
        and x.low not in CONTROL_TRANSPARENT
        and not x.low.endswith(("ed", "ing"))
    )


def _absorb(s: _Sentence, senses: list) -> None:
    """A light verb takes the lemma and code of the nominal it governs ("lent his support to"); a nominal inside
    the object of a verb with the same agents is that verb's action, not a second one."""
    for a, (p, sp) in enumerate(zip(s.preds, senses)):
        if p.pos != "verb":
            continue
        end = s._clause_end(p.k)
        stop = s._np_right(p.k_end, end) if p.k_end < len(s.t) else p.k_end
        sub = next((m for m in range(p.k_end, end) if s.t[m].low in SUBORD), end)
        for q, sq in zip(s.preds, senses):
            if q.k < p.k_end or q.absorbed or q.k >= sub:
                continue
            if q.pos == "verb":
                break
            if sp.lemma == "propose" and sq.cameo and q.k <= stop + 1:
                q.agents = q.agents or list(p.agents)  # "proposed a rapid withdrawal": the plan is the action
                q.mood = "intended"
                p.absorbed = True
                break
            own = sp.object_cue and re.match(sp.object_cue, " ".join(x.low for x in s.t[p.k_end : p.k_end + 4]))
            if sp.light == "1" and not own:  # a light verb with its own object ("placed his bet on") keeps its sense
                senses[a] = sq
                p.targets = p.targets or [x for x in q.targets if x not in p.agents]
                p.nominal = True
                q.absorbed = True
                break
            same = (
                set(q.agents) <= set(p.agents)
                or (  # "Blinken reaffirmed U.S. support": his side's own support
                    sp.cameo[:2] == "01" and q.agents and {_side(a) for a in q.agents} <= {_side(a) for a in p.agents}
                )
            )
            if q.k <= stop + 1 and (same or not q.agents or sp.cameo[:2] == "02"):
                q.absorbed = True  # the same action told twice, or what an appeal asks for ("seek investments from")
                if not p.targets and sp.cameo[:2] not in ("", "11", "12") and sp.lemma not in JUDGING:
                    p.targets = [x for x in q.targets if x not in p.agents]  # "engineer the accession to the WTO"
            break


def _coordinated_nouns(s: _Sentence, senses: list) -> None:
    """An event noun with no agent of its own, coordinated with an earlier one of the same kind that has agents,
    shares them ("a closed-door meeting between the two presidents, as well as a working luncheon and an extended
    meeting"): one occasion, told in parts."""
    t = s.t
    for idx, p in enumerate(s.preds):
        if p.pos != "noun" or p.agents or p.absorbed or not senses[idx].cameo:
            continue
        for jdx in range(idx - 1, -1, -1):
            q = s.preds[jdx]
            if q.pos != "noun" or q.absorbed:
                break
            if not q.agents:
                continue  # an earlier part of the same list
            if senses[jdx].cameo[:2] != senses[idx].cameo[:2]:
                break
            between = t[q.k_end : p.k]
            lows = [x.low for x in between]
            coord = any(w in COORD for w in lows) or any(
                lows[m : m + 3] == ["as", "well", "as"] for m in range(len(lows))
            )
            # the noun phrase before p is its own: determiners and modifiers after the last coordinator or comma
            m = p.k - 1
            while m >= q.k_end and t[m].low not in COORD and t[m].text != ",":
                m -= 1
            own = t[m + 1 : p.k]
            if (
                coord
                and not any(
                    x.actors or x.low in AUX_FINITE or x.low in FINITE_EXTRA or x.low in ("of", "by", "from")
                    for x in own
                )
                and not any(x.text in ";:" for x in between)
            ):
                p.agents = list(q.agents)
            break


def _included_parties(s: _Sentence, senses: list) -> None:
    """A meeting "including" or "involving" others has them as participants too ("an extended meeting including
    cabinet members from both countries": the two states join the two presidents)."""
    t = s.t
    for p, sp in zip(s.preds, senses):
        if p.pos != "noun" or not p.agents or p.absorbed or sp.cameo[:2] != "04" or p.k_end >= len(t) - 1:
            continue
        if t[p.k_end].low in ("including", "involving"):
            a = p.k_end + 1
            stop = s._clause_end(p.k)
            b = s._np_right(a, stop)
            if b + 1 < stop and t[b].low in ("from", "of"):  # "cabinet members from both countries"
                b = s._np_right(b + 1, stop)
            more = s.np_actors(a, b) or s._group(a, b)
            p.agents += [x for x in more if x not in p.agents]


def _content_region(s: _Sentence, senses: list) -> None:
    """A statement, appeal or refusal with no party whose content is set "in/across/throughout the region" ("called
    for the U.S. to promote reforms across the region", "excluded the possibility of opening new bases in the
    region") is about the region named last. Read after the content infinitives are known, not past a
    subordinate clause or an action of its own."""
    t = s.t
    for p, sp in zip(s.preds, senses):
        if p.absorbed or not p.agents or p.targets or sp.cameo[:2] not in ("01", "02", "12") or p.pos != "verb":
            continue
        end = s._clause_end(p.k)
        for k in range(p.k_end, end - 2):
            q = s.at.get(k)
            if t[k].low in SUBORD or (q is not None and q is not p and not q.absorbed and q.agents):
                break
            if t[k].low in ("in", "across", "throughout") and t[k + 1].low == "the" and t[k + 2].low == "region":
                p.targets = s.salient_region(p.k)
                break


def _shared_addressee(s: _Sentence, senses: list) -> None:
    """A verbal step with no addressee of its own, by the same agents as an earlier one of the sentence that has
    one, is addressed to the same party ("approached each U.S. administration, making sure to raise issues";
    "thanked his counterparts and committed to continued collaboration")."""
    done = []
    for p, sp in zip(s.preds, senses):
        if p.pos != "verb" or p.absorbed or not p.agents:
            continue
        if (
            not p.targets
            and sp.targets
            and sp.cameo[:2] in ("01", "02", "03", "04", "05")
            and sp.lemma not in JUDGING  # "had backed the privatization": a stance on its object, no addressee
        ):
            for q, sq in reversed(done):
                if q.agents == p.agents and q.targets and sq.cameo[:2] in ("", "01", "02", "03", "04", "05"):
                    p.targets = list(q.targets)
                    break
        done.append((p, sp))
    for p, q in zip(s.preds, s.preds[1:]):  # "implying or signaling tensions with X": one object for both verbs
        if (
            q.k == p.k_end + 1
            and s.lows[p.k_end] in COORD
            and p.pos == q.pos == "verb"
            and not p.targets
            and q.targets
            and p.agents == q.agents
        ):
            p.targets = list(q.targets)


def _as_did(s: _Sentence, senses: list) -> list:
    """ "X travelled there in 2015, as did his successor, Y, in 2020": a second action of the same kind."""
    t, out = s.t, []
    if "as" not in s.lows:
        return out
    for k in range(len(t) - 2):
        if t[k].low == "as" and t[k + 1].low in ("did", "does", "had", "has", "do") and k:
            prev = [(q, sq) for q, sq in zip(s.preds, senses) if q.k < k and q.agents and not q.absorbed]
            if not prev:
                continue
            q, sq = prev[-1]
            e = s._np_right(k + 2, len(t))
            agents = s.np_actors(k + 2, e)
            if not agents and e < len(t) and t[e].text == "," and e + 1 < len(t) and t[e + 1].actors:
                agents = list(t[e + 1].actors)  # apposition: "his successor, Mike Pompeo"
            if agents:
                new = Pred(k, k + 2, q.entry, q.pos, "proform", False, agents, list(q.targets))
                out.append((new, sq))
    return out


JOINT = re.compile(r"\b(joint|jointly|together|with each other|with the other|relations|relationship)\b")


JUDGING = frozenset(["support", "criticize", "oppose", "condemn"])  # verbs that judge their object


def _code(s: _Sentence, pred: Pred, sense, clause_end: int) -> tuple[str, str]:
    """The action's CAMEO code and quad class: the sense's, except that (a) a step of no other party taken by two
    or more states together ("developed a joint vision", "handled their first steps with the other") is working
    together (030), and (b) an endorsement or disapproval that names no party ("backed the privatization",
    "criticism of the state of affairs") is a stance on one's own affairs, with no class."""
    sides = {_side(a) for a in pred.agents if _type(_side(a)) == "state"}
    if not sense.cameo and len(sides) >= 2:
        after = " ".join(x.low for x in s.t[pred.k_end : clause_end])
        if JOINT.search(after):
            return "030", "verbal cooperation"
    if (
        sense.cameo[:2] in ("01", "02", "03")
        and not pred.targets
        and pred.pos == "verb"
        and pred.k_end < len(s.t)
        and s.t[pred.k_end].low in ("his", "her", "its", "their", "our", "my")
        and not any(x.actors for x in s.t[pred.k_end : s._np_right(pred.k_end, clause_end)])
    ):
        return "", ""  # "announcing his resignation", "emphasize their sovereignty": one's own affairs, no party
    if sense.lemma in JUDGING and not pred.targets and pred.pos == "verb":
        if sense.quad_class == "verbal conflict" and _conflict_object(s, pred, clause_end):
            return sense.cameo, sense.quad_class  # "condemned that invasion": disapproval of another's act of force
        return "", ""
    return sense.cameo, sense.quad_class


def _conflict_object(s: _Sentence, pred: Pred, clause_end: int) -> bool:
    """The object of the verb is an act of conflict ("that invasion", "the attack on Ukraine"): its agent is
    another party, named or not."""
    end = len(s.t)  # "condemned that invasion": a demonstrative may open a clause of its own
    a = pred.k_end + 1 if pred.k_end < end and s.t[pred.k_end].low in ("that", "this", "these", "those") else pred.k_end
    stop = s._np_right(a, end) if a < end else a
    return any(
        pred.k_end <= q.k <= stop and q.pos == "noun" and s._sense(q).quad_class == "material conflict" for q in s.preds
    )


DATE_OPENERS = frozenset(["that", "which", "who", "whom", "whose", "where", "when", "while", "whereas", "because"])
DATE_OPENERS |= frozenset(["although", "though", "since", "if", "unless", "whether"])
BEFORE_AFTER = frozenset(["after", "before", "following", "until", "upon", "once"])
OWN_TIME = frozenset(["later", "subsequently", "earlier", "previously", "afterwards", "eventually", "formerly"])


def _in_noun_complement(s: _Sentence, k: int, floor: int) -> bool:
    """The event noun at ``k`` is inside a prepositional phrase of a noun that is no action ("a new anxiety over
    Kazakhstan's handling of dissent"): a date of the clause belongs to that noun's clause, not to it."""
    t = s.t
    j = k - 1
    while j > floor and (t[j].poss or t[j].low in DET or t[j].low in PRONOUN_POSS):
        j -= 1
    if j <= floor or t[j].low not in ("over", "about", "of", "on", "regarding") or j - 1 < floor:
        return False
    head = t[j - 1]
    return (
        head.text.isalpha()
        and head.text.islower()
        and head.low not in DET | PREP | AUX | BE
        and not head.finite
        and not any(q.k == j - 1 for q in s.preds)
    )


def _reduced_relative(noun: Tok, before: Tok | None) -> bool:
    """A past participle right after a common noun, past the clause's verb, opens a reduced relative ("the sanctions
    adopted by the EU", "assistance provided since 2021", "the talks held in Oslo"); a word that may be a verb
    ("supports expanded trade") is a noun only after a determiner."""
    return (
        not noun.actors
        and noun.text.islower()
        and _noun_word(noun)
        and (not noun.finite or (before is not None and before.low in DET))
    )


def _date_scope(s: _Sentence, pred: Pred, cs: int, ce: int, dates: list, p) -> list:
    """The dates of ``dates`` (in the action's clause) that are the action's own: a date dates only the verbs of
    its own clause. A relative or complement clause ("a strategy that was announced in 2020", "noted that X will
    convene in October") and an opening "after/before ..." clause keep their dates, and take none from outside;
    a verb coordinated with an earlier one (", had backed ..., both in 2018") takes the date of its own stretch,
    else one said before the main verb ("On August 6, 2015, X launched ..."); a stretch with its own time word
    (", later joined by Y,") takes none from outside; a date inside a noun phrase ("a 2018 measure", "the
    incursions of 1999-2000") dates that noun only."""
    t = s.t
    if not dates:
        return dates
    key = (cs, ce, tuple(ti for ti, _ in dates))
    if key not in s.date_segments:
        s.date_segments[key] = _date_segments(s, cs, ce, dates, p)
    spans, in_date, seg, level, first_verb = s.date_segments[key]
    me = seg[pred.k - cs]
    # a stretch between commas with its own time word (", later joined by Y,") takes no date from outside
    left = next((j for j in range(pred.k - 1, cs - 1, -1) if t[j].text == ","), cs - 1)
    right = next((j for j in range(pred.k, ce) if t[j].text == ","), ce)
    own_time = any(t[j].low in OWN_TIME for j in range(left + 1, right) if j not in in_date and seg[j - cs] == me)
    mine, fronted = [], []
    embedded = pred.pos == "noun" and _in_noun_complement(s, pred.k, cs)
    for (ti, tx), (a, b) in zip(dates, spans):
        if a < cs or a >= ce:
            continue
        if embedded and not (pred.k < a and s._segment_has_finite(pred.k_end, a) is None):
            continue  # "anxiety over Kazakhstan's handling": the noun's own dates only, not the clause's
        before, after = t[a - 1].low if a > cs else "", t[b].low if b < ce else ""
        noun_date = before == "of" and not (a >= 2 and t[a - 2].low in ("end", "beginning", "start", "middle"))
        noun_date = noun_date or (
            (before in DET or before in PRONOUN_POSS)
            and after.isalpha()
            and after not in PREP
            and after not in COORD
            and after != "by"
        )
        if noun_date:
            continue  # "a 2018 measure", "the incursions of 1999-2000": the noun's date, no verb's
        if own_time and not (left < a < right):
            continue
        if seg[a - cs] == me:
            mine.append((ti, tx))
        elif level[me] == 0 and seg[a - cs] == 0 and a < first_verb and level[0] == 0:
            fronted.append((ti, tx))
    return mine or fronted


def _date_segments(s: _Sentence, cs: int, ce: int, dates: list, p) -> tuple:
    """How the clause ``t[cs:ce]`` falls into stretches for dating (:func:`_date_scope`), worked out once per clause
    and its dates: each date's token range, the tokens inside dates, each token's stretch id, each stretch's level
    and the first finite verb of the main stretch."""
    t = s.t
    starts = list(map(_START_OF, t))
    spans = []  # token range of each date
    for ti, tx in dates:
        a = bisect_left(starts, ti)
        b = a
        end = p.offsets.index(tx["end"] - 1) + 1 if tx["end"] > tx["start"] else ti
        while b < ce and t[b].start < end:
            b += 1
        spans.append((a, max(b, a + 1)))
    in_date = set(chain.from_iterable(range(a, b) for a, b in spans))
    seg = [0] * (ce - cs)  # segment id per token of the clause
    level = {0: 0}  # segment id -> 0 (the main clause and its coordinated verbs) or 1 (a clause of its own)
    sid, lvl = 0, 0
    first_comma = next((k for k in range(cs, ce) if t[k].text == ","), ce)
    if t[cs].low in BEFORE_AFTER and cs not in in_date and first_comma < ce:
        level[0] = lvl = 1  # "After taking office in 2019, X ...": the opening clause keeps its date
    nxts, commas = [ce] * (ce - cs), [ce] * (ce - cs)  # per token: the next non-adverb and the next comma after it
    nxt = comma = ce
    for k in range(ce - 1, cs - 1, -1):  # one pass from the right, not a scan per token
        nxts[k - cs], commas[k - cs] = nxt, comma
        if t[k].low not in ADVERB:
            nxt = k
        if t[k].text == ",":
            comma = k
    first_finite = next((k for k in range(cs, ce) if t[k].finite and k not in in_date), ce) + 1
    for k in range(cs, ce):
        low = t[k].low
        if k > cs and k not in in_date:
            nxt, comma = nxts[k - cs], commas[k - cs]
            new = None
            if k == first_comma and level[sid] == 1 and sid == 0 and t[cs].low in BEFORE_AFTER:
                new = 0
            elif low in DATE_OPENERS and s._segment_has_finite(k + 1, comma) is not None:
                new = 1  # a relative, complement or subordinate clause
            elif low in ("but", "yet"):
                new = 2  # a clause of its own, no date shared
            elif (
                lvl == 0
                and k > first_finite
                and _past_participle(low)
                and _reduced_relative(t[k - 1], t[k - 2] if k - 2 >= cs else None)
            ):
                new = 1  # "thanked X for assistance provided since 2021": the participle's own phrase and date
            elif (
                lvl == 0
                and (low in COORD or low == ",")
                and nxt < ce
                and (t[nxt].low in AUX_FINITE or t[nxt].low in ("will", "would", "did") or t[nxt].finite)
                and not t[nxt].actors
            ):
                new = 0  # a coordinated verb: ", had backed ...", "and noted"
            elif lvl == 1 and t[k - 1].text == "," and (low in AUX_FINITE or t[k].finite):
                new = 0  # back in the main clause: "The summit, which was held in 2018, agreed"
            if new is not None:
                sid += 1
                lvl = 1 if new == 1 else 0
                level[sid] = 2 if new == 2 else lvl
        seg[k - cs] = sid
    first_verb = next(
        (q.k for q in s.preds if cs <= q.k < ce and q.pos == "verb" and q.vform == "finite" and seg[q.k - cs] == 0),
        None,
    ) or next((k for k in range(cs, ce) if k not in in_date and t[k].finite and seg[k - cs] == 0), ce)
    return spans, in_date, seg, level, first_verb


def _row(doc, p, sent_id, s: _Sentence, pred: Pred, sense, sent_dates, n: int) -> dict:
    t = s.t
    cs, ce = s._clause_start(pred.k), s._clause_end(pred.k)
    while ce - 1 > cs and t[ce - 1].text in ",.;:—–":
        ce -= 1
    ci, cj = t[cs].start, t[ce - 1].end
    if t[cs].text in ",;:" and cs + 1 < ce:
        ci = t[cs + 1].start
    pi, pj = t[pred.k].start, t[pred.k_end - 1].end
    date = None
    if sent_dates:
        inside = [(ti, tx) for ti, tx in sent_dates if ci <= ti < cj]
        own = []
        if pred.pos == "noun":
            own = [
                (ti, tx)
                for ti, tx in inside
                if pj <= ti <= pj + 40 and not any(q.k > pred.k and t[q.k].start < ti for q in s.preds)
            ]
        inside = own or _date_scope(s, pred, cs, ce, inside, p)
        if pred.vform == "proform":  # "as did Y in 2020": the date after it
            inside = [(ti, tx) for ti, tx in inside if ti > pi] or inside
        if inside:
            date = min(inside, key=lambda d: (abs(d[0] - pi), d[0]))[1]
    src_i, src_j = p.span(ci, cj)
    pred_i, pred_j = p.span(pi, pj)
    cameo, quad = _code(s, pred, sense, ce)
    return dict(
        doc_id=doc.doc_id,
        action_id=f"A{n:03d}",
        para_id=p.para_id,
        sent_id=sent_id,
        agents=";".join(pred.agents),
        targets=";".join(pred.targets),
        predicate=doc.text[pred_i:pred_j],
        lemma=sense.lemma,
        cameo=cameo,
        quad_class=quad,
        negated=s.negated(pred),
        modality=pred.mood or s.modality(pred),
        timex_id=date["timex_id"] if date else "",
        date_value=date["value"] if date else "",
        start=src_i,
        end=src_j,
        predicate_start=pred_i,
        predicate_end=pred_j,
    )


def frame(rows: list[dict]) -> pd.DataFrame:
    if not rows:
        df = pd.DataFrame(rows, columns=COLUMNS)
        for col in ("start", "end", "predicate_start", "predicate_end"):
            df[col] = df[col].astype("Int64")
        df["negated"] = df["negated"].astype(bool)
        return df
    nan = float("nan")  # built once from its columns, not row by row and then column by column again
    data = {c: [r.get(c, nan) for r in rows] for c in COLUMNS}
    for col in ("start", "end", "predicate_start", "predicate_end"):
        data[col] = pd.array(data[col], dtype="Int64")
    data["negated"] = pd.array([bool(x) for x in data["negated"]], dtype=bool)
    return pd.DataFrame(data, columns=COLUMNS)


def _unpaired_quotes_off(text: str) -> str:
    """A clause to quote, without a quotation mark at either end whose partner lies outside it."""
    for _ in range(2):
        if sum(text.count(q) for q in '"“”') % 2 == 0:
            break
        if text[:1] in '"“”':
            text = text[1:].lstrip()
        elif text[-1:] in '"“”':
            text = text[:-1].rstrip()
    return text


def by_side(
    corpus,
    side: str,
    doc_id: str | None = None,
    years: tuple[int, int] | None = None,
    sections=None,
    undated: bool = True,
    asserted_only: bool = False,
) -> pd.DataFrame:
    """The actions a side takes: every action with an agent that is ``side`` or counts for it (a person or body
    affiliated to it, or a person outside the codebook whose title names it: :func:`kzlib.dyads.affiliations`), in a
    period and/or a set of sections.

    ``years=(2015, 2021)`` keeps dated actions whose date overlaps the period and, with ``undated=True``, the
    undated ones too (most of what a text reports carries no date). ``sections`` is a list of section ids or of
    title beginnings ("How Kazakhstan"). Each row quotes the words of its clause (``clause``).
    """
    raise_to = corpus.codebook.sides()
    a = corpus.actions
    if doc_id is not None:
        a = a[a.doc_id == doc_id]
    from .dyads import titled_people  # "Kazakhstani Special Representative X" (other:) acts for Kazakhstan

    titled = titled_people(corpus, a)
    mine = [
        any((titled.get((d, x)) or raise_to.get(x, x)) == side for x in cell.split(";") if x)
        for d, cell in zip(a.doc_id, a.agents)
    ]
    a = a[mine]
    paras = corpus.paragraphs.set_index(["doc_id", "para_id"]).section_id
    titles = corpus.sections.set_index(["doc_id", "section_id"]).title
    section_id = [paras.get((d, p), "") for d, p in zip(a.doc_id, a.para_id)]
    a = a.assign(section_id=section_id, section=[titles.get((d, s), "") for d, s in zip(a.doc_id, section_id)])
    if sections is not None:
        wanted = list(sections)
        a = a[[s in wanted or any(t.startswith(w) for w in wanted) for s, t in zip(a.section_id, a.section)]]
    if years is not None:
        tx = corpus.timexes.set_index(["doc_id", "timex_id"])
        lo, hi = years

        def inside(d, t):
            if not t:
                return undated
            y0, y1 = tx.year_start.get((d, t)), tx.year_end.get((d, t))
            return y0 is not None and not pd.isna(y0) and int(y0) <= hi and int(y1) >= lo

        a = a[[inside(d, t) for d, t in zip(a.doc_id, a.timex_id)]]
    if asserted_only:
        a = a[a.modality.eq("asserted") & ~a.negated]
    clause = [_unpaired_quotes_off(corpus.reading(d, s, e)) for d, s, e in zip(a.doc_id, a.start, a.end)]
    cols = [
        "doc_id",
        "action_id",
        "section_id",
        "para_id",
        "agents",
        "targets",
        "predicate",
        "lemma",
        "quad_class",
        "negated",
        "modality",
        "date_value",
    ]
    return a[cols].assign(clause=clause).reset_index(drop=True)
