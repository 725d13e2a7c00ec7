"""The vocabulary of the action grammar (:mod:`kzlib.actions`): its two records (a token, a predicate), the closed
word classes and word-shape tests it reads English by, and what it compiles from the codebook once per codebook
(lexicon forms, actor types and sides, title words, name patterns), kept per call in a context variable."""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import NamedTuple

import pandas as pd

from . import codebook, rxcache
from .errors import InputError
from .lexicon import NUMERAL_ABBR, SAYING_VERBS
from .phrases import led_alternation

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
COGNITION = frozenset(["recognize", "acknowledge"])  # "recognizes that ...": belief, not praise (no row)
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
BARE_INF_GOV = frozenset(["help", "helps", "helped", "let", "lets"])
BARE_GROUPS = frozenset(["states", "countries", "nations"])  # "led states to": states in general
BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "am"])
AUX_FINITE = frozenset(["is", "are", "was", "were", "am", "has", "have", "had"])
MODAL_HYPO = frozenset(["would", "could", "might", "may", "can"] + ["wouldn't", "couldn't", "can't", "cannot"])
MODAL_HYPO |= {w.replace("'", "’") for w in MODAL_HYPO}  # "wouldn’t" with a curly apostrophe
# modals of obligation or advice: what a party should or must do is recommended, not done ("X should fund …")
DEONTIC = frozenset(["should", "must", "ought", "shouldn't", "mustn't", "oughtn't"])
DEONTIC |= {w.replace("'", "’") for w in DEONTIC}
# an obligation or a need right before "to" makes the verb after it recommended as "should" does ("needs to fund",
# "has to choose"); "had to" is not one: a past obligation met ("Russia had to withdraw" tells that it withdrew)
OBLIGED = frozenset(["need", "needs", "needed", "has", "have"])
NEG = frozenset(["not", "never", "n't", "n’t", "no", "without", "neither"])
NOR = frozenset(["nor", "neither"])  # they negate and coordinate: "neither condemned nor endorsed"
NEG_CONTRACTED = ("n't", "n’t")  # the ending of a contracted negative auxiliary ("didn't", "won’t")


def month_may(texts: list[str], m: int) -> bool:
    """``texts[m]`` is the month May, not the modal: capitalised inside the sentence (not after a label's colon or an
    opening quotation mark), or before a numeral ("In May 2022, Kazakhstan signed", "on 5 May 2022 to")."""
    if texts[m] != "May":
        return False
    return (
        (m > 0 and texts[m - 1] not in (":", '"', "“", "("))
        or texts[m + 1 : m + 2] == [","]
        or (m + 1 < len(texts) and texts[m + 1][:1].isdigit())
    )


def numero(texts: list[str], m: int) -> bool:
    """``texts[m]`` abbreviates "number" ("Decree No. 5", "Resolution No 2758", "Order No. IV", "No. KZ-2019"), no
    negation: "No"/"no" and a full stop before a numeral or a code (the segmenter keeps a numbered document's "No."
    inside its sentence), or "No" with a capital right before digits."""
    if texts[m] not in NUMERAL_ABBR or m + 1 >= len(texts):
        return False
    nxt = texts[m + 1]
    if nxt == ".":
        nxt = texts[m + 2] if m + 2 < len(texts) else ""
        return nxt[:1].isdigit() or (nxt[:1].isupper() and (nxt.isupper() or any(c.isdigit() for c in nxt)))
    return texts[m][:1] == "N" and nxt[:1].isdigit()


def negating(low: str) -> bool:
    """A word that negates: "not", "never", "no", "neither", a contracted negative ("didn't"), "cannot", and "nor"
    (which also coordinates: "neither condemned nor endorsed")."""
    return low in NEG or low in NOR or low.endswith(NEG_CONTRACTED) or low == "cannot"


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
# a decision or resolve of someone: "the decision of X to expand" is X's step
RESOLVE_NOUNS = frozenset(
    ["decision", "decisions", "plan", "plans", "intention", "intentions", "readiness", "willingness", "resolve"]
    + ["determination", "commitment", "pledge", "promise", "offer", "proposal", "efforts", "effort", "attempt"]
)
# Adverbs beside ADVERB and the "-ly" words that may split an infinitive ("to better support"): the word after
# them is still the verb.
SPLITTING_ADVERB = frozenset(["better", "best", "always", "ever", "actively", "possibly", "fully", "truly"])
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
OPEN_GERUND = frozenset(["while", "whilst", "when", "once"])  # "While visiting X, Y met": Y visits
CONTRACTION = rxcache.compile(r"^(i|we|they|he|she|it)[’'](?:re|m|ve|ll|d|s)$")
PRONOUN_POSS = {"his": "person", "her": "person", "its": "other", "their": "plural"}
SAYING = SAYING_VERBS  # "X said (that) it would": the pronoun is the one who says (kzlib/data/rules/saying_verbs.csv)
TIME_OPENERS = frozenset(["after", "before", "until", "upon"])  # open a time clause or phrase ("after meeting X")
SPEAKER_POSS = frozenset(["my", "our"])  # "my government", "our country": the speaker's state
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
        "unlike",
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
COORD = frozenset({"and", "or", "nor", "&"})
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
        "members",
    ]
)
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
        "go",
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


# A token (never changed once made) is a plain tuple of these fields, read by their places: ``t[LOW]``. No class:
# a tuple subclass costs about 1,400 more instructions to make and free than the tuple ``zip`` already gives for
# each word, and reading a field by name through it about 120 more than an index into an exact tuple (which the
# interpreter specialises); a paragraph's words are ``list(zip(...))`` of their fields.
START = 0  # clean index in the paragraph text
END = 1
TEXT = 2
LOW = 3
ACTORS = 4  # actor ids (a mention, or a resolved pronoun); () for a word
FORM = 5  # mention form, or "pronoun"; "" for a word
POSS = 6  # possessive ('s, his, its ...)
FINITE = 7  # a word (no mention) that may be a finite verb (see :attr:`Reading.finite`)
TOK_FIELDS = ("start", "end", "text", "low", "actors", "form", "poss", "finite")
Tok = tuple  # a token, in annotations


@dataclass(slots=True)  # slots: the predicates' fields are read everywhere in the grammar
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


OTHER = "other:"  # prefix of an agent or target outside the codebook (as in the hand gold)


class Reading(NamedTuple):
    """What the grammar looks up in the codebook, built once per codebook (:func:`build_reading`)."""

    cb: object
    forms: dict  # first word → lexicon forms (:func:`build_forms`)
    verbs: frozenset  # one-word verb forms, not gerunds
    nouns: frozenset  # one-word noun forms
    light: frozenset  # one-word verb forms of a light verb ("lend", "issue")
    types: dict  # actor id → codebook type
    sides: dict  # actor id → the side it counts for
    title_words: frozenset  # :func:`build_title_words`
    neighbours: list  # (actor, neighbour, directions, region) per row of the ``neighbours`` table
    finite: dict  # lower-cased word → whether it may be a finite verb (:class:`FiniteWords`)
    first: dict  # first word → :class:`Forms` (the same forms as ``forms``, split by length and part of speech)
    type_of: dict  # actor id → its type as :func:`actor_type` gives it (:class:`ActorTypes`)


class Forms(NamedTuple):
    """The lexicon forms that open with one word: those of two or more words, as ``(words, pos, senses)`` longest
    first and verbs before nouns (as in :func:`build_forms`), and the senses of the word alone as a verb and as a
    noun (``None`` when it is no such form)."""

    multi: tuple
    verb: list | None
    noun: list | None


class ActorTypes(dict):
    """Actor id → codebook type, and "person" for a person named outside the codebook (``other:<Name>``): what
    :func:`actor_type` answers, one look-up per actor."""

    def __missing__(self, actor: str) -> str | None:
        return "person" if actor.startswith(OTHER) else None


class FiniteWords(dict):
    """Lower-cased word → whether it may be a finite verb: an irregular or auxiliary form, an -ed form, or a
    one-word verb form of the lexicon. Filled as words are first seen (cleared when it grows large)."""

    def __init__(self, verbs: frozenset):
        super().__init__()
        self.verbs = verbs

    def __missing__(self, low: str) -> bool:
        if len(self) > 200_000:
            self.clear()
        found = self[low] = finite_shape(low) or low in self.verbs
        return found


def build_reading(cb) -> Reading:
    forms = cb.compiled(build_forms)
    one_word = [(w[0], pos, senses) for entries in forms.values() for w, pos, senses in entries if len(w) == 1]
    verbs = frozenset(w for w, pos, _ in one_word if pos == "verb" and not gerund(w))
    return Reading(
        cb,
        forms,
        verbs,
        frozenset(w for w, pos, _ in one_word if pos == "noun"),
        frozenset(w for w, pos, senses in one_word if pos == "verb" and any(x.light == "1" for x in senses)),
        dict(zip(cb.actors.actor_id, cb.actors.type)),
        cb.sides(),
        cb.compiled(build_title_words),
        list(zip(*(cb.neighbours[c].tolist() for c in ("actor_id", "neighbour", "direction", "region")))),
        FiniteWords(verbs),
        {
            first: Forms(
                tuple(e for e in entries if len(e[0]) > 1),
                next((senses for w, pos, senses in entries if len(w) == 1 and pos == "verb"), None),
                next((senses for w, pos, senses in entries if len(w) == 1 and pos == "noun"), None),
            )
            for first, entries in forms.items()
        },
        ActorTypes(
            (a, "person" if a.startswith(OTHER) else kind) for a, kind in zip(cb.actors.actor_id, cb.actors.type)
        ),
    )


# The reading of the document's codebook: set by :func:`kzlib.actions.actions` for its own call only, in this thread or task only.
READING: ContextVar[Reading | None] = ContextVar("kzlib_actions_reading", default=None)


def reading() -> Reading:
    return READING.get() or codebook.Codebook.shipped().compiled(build_reading)


def current_codebook():
    return reading().cb


def lexicon(cb=None) -> pd.DataFrame:
    """The predicate lexicon (``predicates.csv`` of the codebook; checked when the codebook is read): one row per
    sense (lemma, forms, CAMEO code, quad class, argument frames)."""
    return (cb if cb is not None else current_codebook()).predicates


BRITISH_IZE = rxcache.compile(r"(?<=\w{3})(i|y)z(e|es|ed|ing|ation|ations)$")  # recognize, analyze: -ise, -yse
AMERICAN_ISE = rxcache.compile(r"(?<=\w{3})(i|y)s(e|es|ed|ing|ation|ations)$")
SINGLE_L = rxcache.compile(r"^(\w{2,}[^aeiou\W][ae])l(ed|ing)$")  # traveled, signaled: travelled, signalled
DOUBLE_L = rxcache.compile(r"^(\w{2,}[^aeiou\W][ae])ll(ed|ing)$")
SPELLING_ENDS = ("e", "es", "ed", "ing", "ation", "ations")  # what every pattern above ends in


def other_spelling(word: str) -> str:
    """The British spelling of an American form and the American of a British one, by the regular differences of
    verb forms (-ize/-ise, -yze/-yse, an unstressed final l doubled before -ed/-ing: "traveled"/"travelled"); the
    word itself when neither applies. The lexicon lists a form in either spelling; the other one matches too."""
    if not word.endswith(SPELLING_ENDS):
        return word  # none of the patterns can match (most nouns): no regex run
    for pattern, repl in (
        (BRITISH_IZE, r"\1s\2"),
        (AMERICAN_ISE, r"\1z\2"),
        (SINGLE_L, r"\1ll\2"),
        (DOUBLE_L, r"\1l\2"),
    ):
        new = pattern.sub(repl, word)
        if new != word:
            return new
    return word


class Sense(NamedTuple):
    """One sense of the predicate lexicon (a row of ``predicates.csv``), read once per codebook: its cells as plain
    strings, and ``cue``, its ``object_cue`` compiled (``None`` when it has none)."""

    lemma: str
    verb_forms: str
    noun_forms: str
    cameo: str
    quad_class: str
    targets: str
    noun_agent: str
    noun_targets: str
    object_cue: str
    light: str
    cue: re.Pattern | None
    nouns: tuple  # the noun forms, lower-cased: what the sense's verb names a document by ("agreed" → "agreement")


def build_senses(cb) -> list[Sense]:
    """The lexicon's senses in row order; a cue that is no regular expression is an :class:`InputError`."""
    df = lexicon(cb)
    out = []
    for row in zip(*(df[c].tolist() for c in Sense._fields[:-2])):
        sense = Sense(*row, None, ())
        try:
            cue = re.compile(sense.object_cue) if sense.object_cue else None
        except re.error as e:
            raise InputError(
                f"{cb.where('predicates')}: object_cue of {sense.lemma!r} is no regular expression ({e})"
            ) from None
        nouns = tuple(n.strip().lower() for n in sense.noun_forms.split(";") if n)
        out.append(sense._replace(cue=cue, nouns=nouns))
    return out


def build_forms(cb) -> dict:
    """first word → list of (words tuple, pos, [senses]) longest first."""
    by: dict[tuple, dict] = {}
    for r in build_senses(cb):
        for pos, cell in (("verb", r.verb_forms), ("noun", r.noun_forms)):
            if pos == "verb" and cell:
                cell = r.lemma + ";" + cell  # the lemma is the base form (infinitive, present)
            for f in cell.split(";"):
                f = f.strip().lower()
                if f:  # interned, as the tokens' words are (:data:`kzlib.action_tokens.LOWER`): found by identity
                    by.setdefault((tuple(map(sys.intern, f.split())), pos), []).append(r)
    for (words, pos), senses in list(by.items()):  # the other spelling of a form the lexicon gives in one only
        other = tuple(sys.intern(other_spelling(w)) for w in words)
        if other != words and (other, pos) not in by:
            by[(other, pos)] = senses
    out: dict[str, list] = {}
    for (words, pos), senses in by.items():
        out.setdefault(words[0], []).append((words, pos, senses))
    for v in out.values():
        v.sort(key=lambda x: (-len(x[0]), x[1] != "verb"))
    return out


def lexicon_forms() -> dict:
    return reading().forms


def actor_types() -> dict:
    return reading().types


def actor_type(actor: str) -> str | None:
    """The codebook type of an actor; a person named outside the codebook (``other:<Name>``) is a person."""
    return (READING.get() or reading()).type_of[actor]  # the set reading first: no second call (hot)


def build_name_context(cb):
    """What marks a person's name the codebook lacks: one of the codebook's titles and the capitalised words
    after it ("Advisor Jon Finer"; "Special Representative for International Cooperation Erzhan Kazykhan"),
    or a title in apposition after the name ("Jennifer Klein, Assistant to the President"); and a quick test for
    the apposed title alone."""
    titles = [t for t in cb.title_list if t[:1].isupper()]
    if not titles:
        return None
    alt = "|".join(r"\s+".join(re.escape(w) for w in t.split()) for t in titles)
    word = r"(?:[A-Z][a-z]{0,2}\.(?=\s)|[A-Z][\w’'-]*)"  # "Dr.", "R.", or a capitalised word
    # both led by a character with the lookbehind after it ((?<![\w.’'-])(?:{alt}) and (?<![\w.’'-])({name})
    # written so the regex engine skips ahead to a title's first letter or a capital; the same matches)
    led = led_alternation(titles, r"\w.’'-")
    titled = rxcache.compile(rf"{led}(?:\s+(?:(?:of|for|to)\s+(?:the\s+)?)?{word})+")
    # a portfolio naming several places before the name ("Senior Director for Russia and Central Asia Eric Green")
    portfolio = rxcache.compile(
        rf"{led}\s+(?:of|for)\s+(?:the\s+)?{word}(?:\s+{word})*(?:,?\s+and\s+(?:the\s+)?{word}(?:\s+{word})*)+"
    )
    name = r"[A-Z](?<![\w.’'-].)[a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    apposed = rf",\s+(?:the\s+)?(?:(?:Special|Senior|Deputy|Principal|Chief)\s+)?(?:{alt})\b(?![\w’'-])"
    after = rxcache.compile(rf"({name}){apposed}")
    is_title = rxcache.compile(rf"(?:^|\s)(?:{alt})(?:\s|$)")
    # ``after`` without the name, led by the comma (which the regex engine skips to): a text without it has no match
    # of ``after``, whose scan tries every capital letter
    return titled, after, is_title, portfolio, rxcache.compile(apposed)


def build_name_ends(cb) -> dict:
    """actor id → the last words of its name and aliases ("Council" for the U.S.-Kazakhstan Business Council)."""
    out: dict[str, set] = {}
    for a, name, aliases in zip(cb.actors.actor_id, cb.actors.name, cb.actors.aliases):
        for n in [name, *str(aliases or "").split(";")]:
            if n.split() and len(n.split()) > 1:
                out.setdefault(a, set()).add(n.split()[-1])
    return out


def build_title_anaphor(cb):
    """Regexes for a title standing for a person named with it before: "the President" (not "the President of
    Kazakhstan", not "the President Biden") and a title that opens a person's mention or ends right before one."""
    titles = sorted((t for t in cb.title_list if t[:1].isupper()), key=len, reverse=True)
    if not titles:
        return None
    alt = "|".join(r"\s+".join(map(re.escape, t.split())) for t in titles)
    # led by the title (the engine skips ahead to a title's first letter); "the" and up to three capitalised words
    # before it are checked on the left ("The President", "the National Security Advisor")
    led = led_alternation(titles, r"\w.’'-")
    bare = rxcache.compile(rf"{led}(?![\w’'-])(?!\s+(?:of\b|for\b|[A-Z]))")
    the = re.compile(r"(?:^|[^\w.’'-])[Tt]he\s+(?:[A-Z][a-z]+\s+){0,3}$")
    return bare, the, rxcache.compile(rf"^({alt})\s"), rxcache.compile(rf"(?:^|\s)({alt})\s+$")


def build_title_words(cb) -> frozenset:
    """The capitalised words of the codebook's titles, and the rank words that open a title ("Senior Director")."""
    words = {w for t in cb.title_list for w in t.split() if w[:1].isupper()}
    return frozenset(words | {"Senior", "Deputy", "Special", "Principal", "Chief", "Acting", "First"})


def actor_sides() -> dict:
    return reading().sides


NOT_ING = frozenset(["bring", "sing", "ring", "spring", "string", "swing", "sting", "cling", "fling", "wring", "thing"])


def gerund(low: str) -> bool:
    """An -ing form ("bring" is not one)."""
    return low.endswith("ing") and low not in NOT_ING


IRREGULAR_PARTICIPLES = frozenset(
    ["held", "led", "made", "sent", "lent", "met", "won", "fought", "sought", "paid", "begun"]
)


PARTICIPLE_ENDS = ("ed", "en")


def past_participle(low: str) -> bool:
    return low.endswith(PARTICIPLE_ENDS) or low in IRREGULAR_PARTICIPLES


def noun_word(t: Tok) -> bool:
    """A word that can end a noun phrase: a name, or a content word that is no function word or adverb."""
    low = t[LOW]
    return bool(t[ACTORS] and t[FORM] != "pronoun") or (
        t[TEXT].isalpha()
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


def reduced_relative(noun: Tok, before: Tok | None) -> bool:
    """A past participle right after a common noun, past the clause's verb, opens a reduced relative ("the sanctions
    adopted by the EU", "assistance provided since 2021", "the talks held in Oslo"); a word that may be a verb
    ("supports expanded trade") is a noun only after a determiner."""
    return (
        not noun[ACTORS]
        and noun[TEXT].islower()
        and noun_word(noun)
        and (not noun[FINITE] or (before is not None and before[LOW] in DET))
    )


def finite_shape(low: str) -> bool:
    if not low.isalpha():
        return False
    if low in FINITE_EXTRA or low in AUX:
        return True
    return low.endswith("ed") and len(low) > 4 and low not in NOT_VERB_ED


GAP_PHRASES = frozenset(
    [("at", "the", "same", "time"), ("once", "again"), ("in", "turn"), ("again",), ("also",), ("in", "particular")]
)


def particle_gap(lows: list, a: int, particle: str) -> int:
    """The length of an adverbial between a verb and its particle, starting at ``a`` ("effectively", "at the same
    time"), or 0."""
    if a + 1 < len(lows) and lows[a].endswith("ly") and lows[a + 1] == particle:
        return 1
    for n in (1, 2, 4):
        if a + n < len(lows) and tuple(lows[a : a + n]) in GAP_PHRASES and lows[a + n] == particle:
            return n
    return 0


def next_mark(marks: list[int], k: int, end: int) -> int:
    """The first of ``marks`` (token indexes in order: a sentence's commas, subordinators …) at or after ``k`` and
    before ``end``, else ``end``."""
    c = bisect_left(marks, k)
    return marks[c] if c < len(marks) and marks[c] < end else end


def last_mark(marks: list[int], k: int, floor: int) -> int:
    """The last of ``marks`` (token indexes in order) before ``k`` and at or after ``floor``, else ``floor - 1``."""
    c = bisect_left(marks, k)
    return marks[c - 1] if c and marks[c - 1] >= floor else floor - 1


def side_of(actor: str) -> str:
    return (READING.get() or reading()).sides.get(actor, actor)  # the set reading first: no second call (hot)


JUDGING = frozenset(["support", "criticize", "oppose", "condemn"])  # verbs that judge their object
