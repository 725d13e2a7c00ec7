"""Arguments for the action grammar (:mod:`kzlib.actions`): noun phrases and the actors that stand for them,
subjects, objects and prepositional targets, controllers of infinitives and gerunds, nominal events' agents, and
the discourse memory that pronouns and "the two sides" resolve to (:class:`Memory`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import chain, compress, count, islice
from operator import attrgetter

from . import rxcache
from .action_tokens import CALENDAR, CLAUSE_PUNCT, CLAUSE_WORDS, NAME_WORD, OPENERS, ORG_WORDS
from .action_vocabulary import (
    ACTORS,
    ADVERB,
    AUX,
    AUX_FINITE,
    BARE_GROUPS,
    BARE_INF_GOV,
    BE,
    CONTRACTION,
    COORD,
    DEFINITE,
    DET,
    DOC_NOUNS,
    FINITE,
    FORM,
    GOV_HEADS,
    LOW,
    MODAL_HYPO,
    NEG,
    NEG_CONTRACTED,
    OPEN_GERUND,
    OTHER,
    POSS,
    PREP,
    PRONOUN_POSS,
    PRONOUN_SUBJ,
    RESOLVE_NOUNS,
    SAYING,
    SPEAKER_POSS,
    START,
    SUBORD,
    TEXT,
    TIME_OPENERS,
    Pred,
    Tok,
    actor_sides,
    actor_type,
    actor_types,
    build_name_ends,
    current_codebook,
    gerund,
    last_mark,
    lexicon_forms,
    month_may,
    past_participle,
    reading,
    side_of,
)
from .lexicon import (
    EFFECT_NOUNS,
    GROUP_ADJECTIVES,
    GROUP_NOUNS,
    HEAD_TITLES,
    MOTION_VERBS,
    PLACE_TO_WORDS,
    PRIVATE_GROUPS,
    STANCE_NOUNS,
    TELLING_VERBS,
)

COUNTERPARTS = frozenset(["counterpart", "counterparts"])  # who holds the same office on the other side
OWN_LAND = frozenset(["country", "nation", "state"])  # "my country", "our nation": the speaker's state
AGENT_HEADS = frozenset(["embassy", "embassies", "successor", "predecessor", "team"]) | COUNTERPARTS
# "their tendency has been to work on": a disposition's holder acts in the infinitive it names
DISPOSITION = frozenset(["tendency", "habit", "practice", "inclination", "instinct", "custom", "preference"])
SUBJECT_HEADS = GOV_HEADS | DOC_NOUNS | AGENT_HEADS | DISPOSITION  # a subject's head whose owner acts
NAME_SUFFIX = frozenset(["jr", "sr"])
HAVE = frozenset(["has", "have", "had"])
STATIVE_PASSIVE = frozenset(["commit", "pledge"])  # "is committed to": a stance of the subject, not a passive
PLURAL_BODIES = frozenset(["agencies", "officials", "diplomats", "governments", "leaders", "authorities", "ministries"])
# what a party has, so that a stance towards it is towards the party ("support for the sovereignty of X")
OWNED_ATTRIBUTES = frozenset(
    ["sovereignty", "independence", "integrity", "security", "stability", "prosperity", "efforts", "reforms"]
    + ["agenda", "leadership", "people", "economy", "development", "territorial"]
)
OWN_RECORD = frozenset(["record", "reputation", "policies", "policy", "conduct", "performance"])
CONTINUED = frozenset(["continued", "continuing", "repeated", "renewed", "further", "ongoing", "persistent"])
REFLEXIVE = frozenset(["itself", "themselves", "himself", "herself", "oneself"])
PLACE_PREPS = frozenset(["in", "at", "from", "across", "throughout", "into", "within", "inside"])
MODIFIER_FORMS = frozenset(["demonym", "acronym", "alias", "name", "variant"])  # an actor before a noun it modifies
OBJECT_PREPS = frozenset(["of", "for", "in", "on", "at", "with", "towards", "toward", "across"])
WANT_VERBS = frozenset(["want", "wants", "wanted", "wish", "wishes", "wished"])  # their object is a step hoped for
LED_BY = frozenset(["led", "conducted", "headed", "chaired", "directed", "undertaken", "organized", "organised"])
MODALS = MODAL_HYPO | {"will", "shall", "must", "should"}
PLURAL_NP = rxcache.compile(
    r"^(?:the two|both|the)\s+(?:presidents|leaders|countries|sides|governments|parties|heads of state)$|"
    r"^(?:the two|both)\s+(?:[a-z]+\s+)?(?:ministers|delegations|presidents|leaders|countries|governments)$|"
    r"^both$"
)  # "the two sides", "both ministers", "the two foreign ministers" (one modifier after the count)
OFFICIALS_OF_BOTH = rxcache.compile(
    r"^(?:\w+ )?(?:officials|representatives|delegations|delegates|ministers|diplomats|experts|members)"
    r" (?:from|of) (?:the two|both) (?:countries|sides|governments|states)$"
)
# the last words of what PLURAL_NP, OFFICIALS_OF_BOTH and "they"/"both" match ("heads of state": "state"); a subject
# ending otherwise is tried against none of them
PLURAL_NP_ENDS = (
    "presidents",
    "leaders",
    "ministers",
    "countries",
    "sides",
    "delegations",
    "governments",
    "parties",
    "states",
    "state",
    "both",
    "they",
    "them",
)
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
# a party in an adjunct phrase opened by one of these right before an infinitive's "to" does not control it ("agreed
# with China to hold talks", "pledged in Moscow to withdraw"): the governing verb's subject acts, as past a date
# ("agreed on Monday to"); not "by" ("a review led by the Council to develop"), nor past a gerund ("joined China in
# urging Russia to withdraw": Russia is urged)
ADJUNCT_PREP = frozenset(["with", "in", "at", "during", "from", "after", "since", "amid"])
# "cooperation among regional states": the region of the text (see Arguments.salient_region)
REGION_STATES = rxcache.compile(
    r"^(?:the )?(?:\w+ )?(?:(?:regional|partner|new|newly independent) (?:states|countries|governments)"
    r"|states of the region)\b"
)  # "commitment to partner states", "the new states": the text's region
REGION_WORDS = ("states", "countries", "governments")  # one of them is in every match of REGION_STATES
# "the two presidents", "both of these neighboring powers" (:meth:`Arguments._group`)
GROUP_COUNT = rxcache.compile(r"\b(two|both|these|those)\b")
GROUP_COUNT_WORDS = ("two", "both", "these", "those")  # one of them is in every match of GROUP_COUNT
GROUP_PEOPLE = rxcache.compile(r"\b(presidents|leaders|heads|ministers)\b")
GROUP_STATES = rxcache.compile(r"\b(countries|sides|governments|delegations|powers|states|neighbou?rs)\b")
NOT_DESCRIBED = DEFINITE - {"the"}  # determiners that point back ("these experts"): no group described
RELATIVE_OPENERS = frozenset(["who", "whom", "which", "whose"])  # a relative clause's first word
# a base form that governs an infinitive after a plural subject ("Kazakhstan and Russia want to sign") and the heads of
# such subjects ("the two countries plan to"); "do" with its negation ("doesn't need to join")
BASE_CONTROL = frozenset(["want", "need", "hope", "plan", "intend", "aim", "wish", "expect", "seek", "try", "decide"])
PLURAL_SUBJECTS = frozenset(["countries", "sides", "states", "nations", "parties", "governments", "leaders"])
DO_FORMS = frozenset(["do", "does", "did", "don't", "doesn't", "didn't", "don’t", "doesn’t", "didn’t"])
# words before the article of an apposition: "no longer a member of", "itself a member of"
APPOSITION_LEAD = frozenset(["longer", "itself", "himself", "herself", "themselves", "now", "formerly"])
# a phrase after "the parties", "the leaders" that says which ones ("the parties to the conflict", "the leaders of
# the region"): no pair told before, unless counted ("the two parties to the agreement", "both sides of")
RESTRICTING = frozenset(["to", "of", "from"])
# what "the parties to …" may name and still be the pair that met ("the parties to the talks")
MEETING_NOUNS = frozenset(
    ["talks", "negotiations", "meeting", "summit", "dialogue", "agreement", "accord", "deal", "treaty", "memorandum"]
)
# goods or trade moving to or from a party: "restrictions on imports from X" restrict trade with X
TRADE_FLOWS = frozenset(
    ["exports", "imports", "trade", "sales", "shipments", "supplies", "deliveries", "transit", "goods", "products"]
)
OWED = frozenset(["due", "owing"])  # "aid due to Ukraine": what is owed to a party (see Arguments._owed_to)
TIME_AFTER_NAME = frozenset(["next", "last", "today", "yesterday", "tomorrow", "earlier"])  # "met X next week"
# "last year", "this spring", "every month": a time said before a group's words ("Last year French companies")
TIME_LEADS = frozenset(["last", "next", "this", "that", "every", "each"])
TIME_UNITS = frozenset(["year", "month", "week", "quarter", "decade", "spring", "summer", "autumn", "fall", "winter"])
# words that may open a sentence as its subject and name no one (a lone capitalised word there is no name)
PRONOUN_WORDS = frozenset(
    ["one", "none", "most", "more", "much", "neither", "either", "nobody", "everyone", "everybody", "someone"]
    + ["somebody", "anyone", "anybody", "no", "nothing", "everything", "something", "here", "there", "now"]
)
NEIGHBOUR_WORDS = frozenset(["neighbors", "neighbours", "neighbor", "neighbour"])


def build_offices(cb) -> dict[str, str]:
    """person → the office its codebook description opens with (up to a ";": "U.S. Secretary of State since 2021")."""
    return {
        a: str(d).split(";")[0]
        for a, kind, d in zip(cb.actors.actor_id, cb.actors.type, cb.actors.description)
        if kind == "person" and isinstance(d, str)
    }


def holds_any(words: str, needles: tuple[str, ...]) -> bool:
    """Whether one of ``needles`` is in ``words``: a test of a few substrings before a pattern that matches nothing
    without one of them (a regex call costs a few thousand instructions whatever its pattern; the test far fewer)."""
    return any(map(words.__contains__, needles))  # no generator: one left at its first hit is closed by an exception


def _last_two_states(latest_first) -> list[str]:
    """The last two states named, in text order, from an iterable of actor ids read back from the latest; else
    [] (it stops at the second state)."""
    states = []
    for a in latest_first:
        if a not in states and actor_type(a) == "state":
            states.append(a)
            if len(states) == 2:
                return states[::-1]
    return []


def _no_plain_name(words, title_words) -> bool:
    """Whether one of ``words`` is a mention, a title's word or an organisation's, or no capitalised word (a loop:
    a generator left at its first hit is closed by an exception raised inside it)."""
    for w in words:
        if w[ACTORS] or not NAME_WORD.match(w[TEXT]) or w[TEXT] in title_words or ORG_WORDS.match(w[TEXT]):
            return True
    return False


class Memory:
    """What pronouns and "the two presidents" resolve to: the latest participants, by kind."""

    def __init__(self, text: str = ""):
        self.text = text  # the document's, read by :meth:`written_lower`
        self.lower: dict[str, bool] = {}
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
        self.other_at = -1  # the sentence of ``other``
        self.lone: tuple[str, int] | None = None  # the one state or body a later sentence names, and where
        self.lone_plural = False  # ... named with a plural noun ("Washington agencies"): "they" may be it
        self.plural_at = -1
        self.last_agents: list[str] = []  # the agents of the latest action
        self.history: list[tuple] = []  # (agents, quad class) of every action so far
        self.kinds: list[tuple] = []  # (sentence, CAMEO root, agents) of every action so far, content ones too
        self.joint: list[str] = []  # the signatories of a joint statement (named in its title): its "we"
        self.quotes: list[tuple[int, int, str]] = []  # the paragraph's attributed quotations (kzlib.quotes)
        self.event_at = -1  # the latest sentence whose subject is an event ("The withdrawal of X poses"), not an actor
        self.pairs: list[tuple[int, tuple[str, ...]]] = []  # (sentence, two states) of each act of two states
        self.latest: list[tuple[int, Arguments]] = []  # (number, sentence) of the latest sentences read
        self.authors: dict[str, tuple[int, list[str]]] = {}  # lemma → (sentence, agents) of its latest action
        self.heads: dict[str, str] = {}  # side → the person named last after a head's title ("President X")
        # (sentence, its holder or []) of the latest subject that is a title naming nobody ("The Secretary welcomed")
        self.office_subject: tuple[int, list[str]] = (-1, [])
        self.bare: set[str] = set()  # the persons of unknown side named by a bare name (other:<Name>, no title)

    def written_lower(self, low: str) -> bool:
        """Whether the document writes the lower-case word ``low`` somewhere (a common word, no name)."""
        if low not in self.lower:
            self.lower[low] = re.search(rf"\b{re.escape(low)}\b", self.text) is not None
        return self.lower[low]

    def pair_in(self, n: int) -> tuple[str, ...]:
        """The two states that acted together last in sentence ``n``, else ()."""
        for at, pair in reversed(self.pairs[-8:]):
            if at == n:
                return pair
            if at < n:
                break
        return ()

    def as_named(self, states) -> list[str]:
        """``states`` in the order they were last named (as "the last two named" are)."""
        last: dict[str, int] = {}
        for k in range(len(self.mentioned) - 1, max(-1, len(self.mentioned) - 201), -1):
            a = side_of(self.mentioned[k])
            if a in states and a not in last:
                last[a] = k
                if len(last) == len(states):
                    break
        return sorted(states, key=lambda a: last.get(a, -1))

    def frequent_pair(self) -> list[str]:
        """The two states that acted together most often in the text so far (the latest on a tie), else []."""
        if not self.pairs:
            return []
        counts = Counter(pair for _, pair in self.pairs)
        return list(max(reversed([pair for _, pair in self.pairs]), key=counts.__getitem__))

    def short_name(self, word: str) -> list[str]:
        """The body named in the latest sentences whose codebook name or alias ends in ``word`` ("the Council" after
        "the U.S.-Kazakhstan Business Council")."""
        ends = current_codebook().compiled(build_name_ends)
        for a in reversed(self.mentioned[-40:]):
            if actor_type(a) not in ("person", "state", "region") and word in ends.get(a, ()):
                return [a]
        return []

    def note_doc(self, head: str, authors: list[str]) -> None:
        if authors:
            self.docs[head] = list(authors)
            if head in DOC_NOUNS:  # not "meeting" (noted for "met"): the authors of the latest document
                self.last_doc = list(authors)
                self.doc_at = self.n + 1  # this sentence (``n`` counts the sentences read before it)

    def doc_authors(self, head: str) -> list[str]:
        """The authors of "the new strategy", "this agreement": the latest document of that name, else (for a
        document noun) the latest document named."""
        if head in self.docs:
            return list(self.docs[head])
        return list(self.last_doc) if head in DOC_NOUNS else []

    def note_mentions(self, s: Arguments) -> None:
        """Note the actors sentence ``s`` names (for pronouns and "the two sides" further on)."""
        self.n += 1
        toks, acts, lows = s.t, s.acts, s.lows
        marked = list(compress(range(len(toks)), acts))  # the words with actors, in one C pass
        named = [(k, a) for k in marked if toks[k][FORM] != "pronoun" for a in acts[k]]
        if not named:
            return
        types, type_of = actor_types(), reading().type_of
        person = None  # the first person named (loops, not a generator left open: closing one raises inside it)
        for k in marked:
            for a in acts[k]:
                if type_of[a] == "person":
                    person = a
                    break
            if person is not None:
                break
        if person is not None:
            self.first_person = person
            for k in marked:
                if lows[k].startswith(HEAD_TITLES):  # "President Shavkat Mirziyoyev": his side's leader
                    self.heads.update((side_of(a), a) for a in acts[k] if types.get(a) == "person")
        bodies = {(a) for _, a in named if types.get(a) in ("state", "organization")}
        if len(bodies) == 1:
            body = bodies.pop()
            k = named[[a for _, a in named].index(body)][0]  # where it is named first
            after = lows[k + 1] if k + 1 < len(toks) else ""
            self.lone = (body, self.n)
            self.lone_plural = after in PLURAL_BODIES
        self.mentioned += [a for _, a in named]

    def note_action(
        self,
        agents: list[str],
        targets: list[str],
        quad: str = "",
        negated: bool = False,
        cameo: str = "",
        lemma: str = "",
    ) -> None:
        self.last_agents = list(agents)
        if lemma:
            self.authors[lemma] = (self.n, list(agents))
        together = agents + (targets if "conflict" not in quad else [])
        if len(together) >= 2 and not negated:
            states = tuple(a for a in dict.fromkeys(map(side_of, together)) if actor_type(a) == "state")
            if len(states) == 2:
                self.pairs.append((self.n + 1, states))  # "Mongolia and Japan held talks": "the two sides" later
        self.history.append((tuple(agents), quad))
        self.kinds.append((self.n, cameo[:2], tuple(agents)))
        if len(agents) == 1:
            kind = actor_type(agents[0])
            if kind == "person":
                self.person = list(agents)
            elif kind is not None:
                self.other = list(agents)
                self.other_at = self.n
        # agents with their targets act together, unless the act is against them ("signaling tensions with X")
        group = list(dict.fromkeys(together))
        if len(group) >= 2:
            if len(agents) == 1 and "region" in map(actor_type, targets):
                group = list(agents)  # "a strategy towards Central Asia .... they reaffirmed": not the region too
            self.plural = group
            self.plural_at = self.n
            self.groups.append(group)

    def resolve(self, kind: str | None, heads: bool = False) -> list[str]:
        """The latest participants of a kind ("person", "other", "plural", "people", "states"). ``heads``: "the two
        presidents", "the two leaders", heads of states, whom a pair with a person of unknown side (a bare name,
        :meth:`Arguments._bare_name`) is not known to be: an earlier pair of known people comes first."""
        if kind == "person":
            return [self.first_person] if self.first_person else list(self.person)
        if kind == "other":
            if self.event_at == self.n:
                return []  # "it" after a sentence whose subject is an event is that event
            if self.lone and self.lone[1] > self.other_at:
                return [self.lone[0]]  # "the government in Nursultan accepted .... On this basis, it could"
            if self.other:
                return list(self.other)
            last = next((a for a in reversed(self.mentioned) if actor_type(a) in ("state", "organization")), None)
            return [last] if last else []
        if kind == "plural":
            if self.lone and self.lone[1] > self.plural_at and self.lone_plural:
                return [self.lone[0]]  # "Washington agencies of government act .... their tendency"
            return list(self.plural)
        if kind in ("people", "states"):
            unknown = None  # the latest pair of people with one of unknown side, when heads are sought
            for g in reversed(self.groups[-6:]):
                people = [a for a in g if actor_type(a) == "person" and not described(a)]  # not "U.S. companies"
                if kind == "people" and len(people) >= 2:
                    if not (heads and not self.bare.isdisjoint(people)):
                        return people
                    unknown = unknown or people
                if kind == "states":
                    raised = [a for a in dict.fromkeys(actor_sides().get(a, a) for a in g) if actor_type(a) == "state"]
                    if len(raised) >= 2:
                        return raised
            if kind == "states" and not self.groups:  # "both countries" before any joint action: the two
                two = _last_two_states(map(side_of, reversed(self.mentioned)))  # states named last
                if two:
                    return two
            if unknown:
                return unknown  # no pair of known people: the pair of unknown side it may be
            people = [a for a in self.plural if actor_type(a) == "person"]
            if kind == "people" and len(people) == 1 and len(self.plural) == 2:
                return self._person_and_head(self.plural, people[0]) or list(self.plural)
            return list(self.plural)
        return []

    def _person_and_head(self, pair: list, person: str) -> list[str]:
        """A person and a state ("Tokayev is due to visit Tashkent. The two leaders"): the person and the state's
        head named earlier, else []."""
        head = self.heads.get(next(a for a in pair if a != person))
        return [head if a != person else a for a in pair] if head and head != person else []


TELLING = TELLING_VERBS  # "told reporters China had": a verb of telling (rules/saying_verbs.csv, recipient "yes")
TIME_PREP = TIME_OPENERS | frozenset(["since", "following"])  # a gerund's time, not its owner
NP_PUNCT = frozenset(',("“”)')  # marks a noun phrase does not reach over
# the words :meth:`Arguments._np_left` reads (every other word, not a verb, is inside the noun phrase); a verb of
# saying too, past or present: "Tokayev said the two countries would": the reported clause's subject starts after it
NP_LEFT_MARKS = PREP | SUBORD | AUX | COORD | CLAUSE_PUNCT | NP_PUNCT | SAYING | {"along", "together"}
# and those :meth:`Arguments._np_right` reads
NP_RIGHT_MARKS = PREP | SUBORD | CLAUSE_WORDS | CLAUSE_PUNCT | COORD | NP_PUNCT | {"to"}
NOUN_AGENT_PREPS = frozenset(["of", "by", "from", "between", "in"])  # the agent roles of a noun's own phrase
K_OF = attrgetter("k")  # a predicate's first token (the predicates of a sentence are in text order)


@lru_cache(maxsize=512)
def field_roles(field: str) -> tuple[str, ...]:
    """The ``;``-separated roles of a lexicon field ("obj;to"), without empty ones (split once per field value)."""
    return tuple(f for f in field.split(";") if f)


def topic_object(sense) -> bool:
    """A verb of consulting whose frame has no direct object ("discuss", "talk", "negotiate"): what it takes as
    object is its topic, and a party named there ("discussed the situation in Afghanistan", "the war in Ukraine
    was discussed") is no target: CAMEO's target of a consultation is the one consulted."""
    return sense.cameo[:2] == "04" and "obj" not in field_roles(sense.targets)


def described(actor: str) -> bool:
    """An ``other:`` actor that is a group described ("other:U.S. companies", "other:local specialists"), not a
    person named: its last word is no name."""
    return actor.startswith(OTHER) and actor[len(OTHER) :].rsplit(" ", 1)[-1][:1].islower()


def pron(low: str) -> str:
    """The pronoun of a contracted form ("we're" → "we"), else the word."""
    if "'" not in low and "’" not in low:
        return low  # no contraction without an apostrophe
    m = CONTRACTION.match(low)
    return m.group(1) if m else low


class Arguments:
    """The argument passes of a sentence: noun phrases, agents and targets (mixed into the sentence of
    :mod:`kzlib.actions`)."""

    meeting = False  # the predicate whose arguments are being read is one of meeting (see :meth:`_meeting`)

    # -- noun phrases -------------------------------------------------------------------------------
    def _portfolio_of(self, k: int, b: int) -> bool:
        """The capitalised words from ``t[k]`` (and "and" between them) are an office's portfolio: "of" follows them
        ("Energy and Mineral Resources of X"), not another preposition ("Officials of Google in X": a firm's)."""
        texts, lows, acts = self.texts, self.lows, self.acts
        while k < b and not acts[k] and (texts[k][:1].isupper() or lows[k] == "and"):
            k += 1
        return k < b and lows[k] == "of"

    def np_actors(self, a: int, b: int) -> list[str]:
        """Actors of the noun phrase ``t[a:b]`` that stand for it (not those only mentioned inside)."""
        t, lows, acts, texts = self.t, self.lows, self.acts, self.texts
        if not any(acts[a:b]):
            return []  # no actor in the phrase
        out: list[str] = []
        head_gov = False
        in_pp = place = False
        for k in range(a, b):
            if not acts[k]:
                low = lows[k]
                if low in PREP and low not in ("along", "together", "as", "well"):
                    if k + 1 < b and low == "with" and k > a and lows[k - 1] in ("along", "together"):
                        in_pp = False
                        continue
                    in_pp = not head_gov or low not in ("of", "in", "from", "at")
                    place = bool(out) and low in ("in", "at")  # "the Assad government in Damascus": a place
                elif low in COORD or low == ",":
                    place = False
                    if not in_pp or head_gov:
                        in_pp = False
                elif low in GOV_HEADS:
                    head_gov = True
                elif (
                    head_gov
                    and not in_pp
                    and low.isalpha()
                    and low not in DET
                    and not (
                        texts[k][:1].isupper()
                        and (lows[k - 1] in ("of", "and") or texts[k - 1][:1].isupper())
                        and self._portfolio_of(k, b)
                    )
                ):  # past the office's portfolio ("the Minister of Energy of X"): its capitalised words after "of"
                    head_gov = False
                continue
            x = t[k]
            if (in_pp and not head_gov and not self._titled(a, k)) or place:
                continue
            person = actor_type(x[ACTORS][0]) == "person"  # looked up once for the tests below
            if not person and self._portfolio(k):
                continue  # "Senior Director for Russia and Central Asia": an office's brief, not who acts
            if not person and self._titled_place(k, b):
                continue  # "Deputy Chief of Staff of the President of Kazakhstan ... Erzhan Kazykhan": the person
            if (
                (x[POSS] or x[FORM] in ("demonym", "acronym"))
                and not person
                and self._person_in(self._head_span(k + 1, b))
            ):
                continue  # "Uzbekistan's new President Mirziyoyev", "Chinese leader Xi Jinping", "U.S. President Biden"
            acting = x[ACTORS]
            if person and not x[POSS] and k + 1 < len(t) and t[k + 1][LOW] == "administration":
                acting = tuple(actor_sides().get(y, y) for y in x[ACTORS])  # "the Biden Administration": the state
            for actor in acting:
                if actor not in out:
                    out.append(actor)
            in_pp = False
        if out and not COORD.isdisjoint(lows[a:b]):
            return self._with_unlisted(a, b, out)
        return out

    @staticmethod
    def _person_in(toks) -> bool:
        """Whether one of ``toks`` names a person, not as a possessor (a loop: a generator left at its first hit
        is closed by an exception raised inside it)."""
        for y in toks:  # noqa: SIM110
            if y[ACTORS] and not y[POSS] and actor_type(y[ACTORS][0]) == "person":
                return True
        return False

    def _with_unlisted(self, a: int, b: int, found: list[str]) -> list[str]:
        """A list of names only some of which the codebook knows ("Vietnam and Kazakhstan signed"): the others
        are kept as ``other:<Name>`` co-parties instead of being dropped."""
        t = self.t
        title_words = reading().title_words
        parts: list[list] = [[]]
        for x in t[a:b]:
            if x[LOW] in COORD or x[TEXT] == ",":
                parts.append([])
            elif x[TEXT].isalnum() or x[ACTORS]:
                parts[-1].append(x)
            elif x[TEXT] not in ".;:":
                return found
        parts = [p for p in parts if p]
        out: list[str] = []
        for p in parts:
            if len(p) == 1 and p[0][ACTORS]:
                out += [y for y in p[0][ACTORS] if y not in out]
                continue
            words = p[1:] if p[0][LOW] == "the" else p
            if (
                not words
                or len(words) > 4
                or _no_plain_name(words, title_words)
                or (
                    words[0] is t[0]
                    and len(words) == 1
                    and (words[0][LOW].endswith("s") or words[0][LOW] in lexicon_forms())
                )
            ):  # a capitalised first word may be a common noun ("Officials and Kazakhstan agreed")
                return found  # not a plain list of names
            out.append(OTHER + " ".join(w[TEXT] for w in words))
        return out

    def _title_run(self, m: int, stop: int) -> int:
        """The first token from ``m`` that is not part of a title's capitalised words and their connectors ("Chief of
        Staff of the President of the Republic of Kazakhstan and Special Representative for ..."): where a person
        named by the title would stand."""
        lows, acts, texts = self.lows, self.acts, self.texts
        while m < stop and (
            (not acts[m] and (lows[m] in ("the", "of", "for", "to", "and") or texts[m][:1].isupper()))
            or (acts[m] and actor_type(acts[m][0]) != "person")
        ):
            m += 1
        return m

    def _portfolio(self, k: int) -> bool:
        """The actor at ``k`` names the brief of an office ("Director for Russia and Central Asia", "Special
        Representative for Afghanistan"): a place inside a title, not a party."""
        if "for" not in self.lows[:k]:
            return False  # no "for" before it
        lows, acts, texts = self.lows, self.acts, self.texts
        m = k - 1
        while m >= 0 and (
            acts[m] or lows[m] in ("and", "the", ",", "&") or (texts[m][:1].isupper() and lows[m] not in ("for", "of"))
        ):
            if texts[m][:1].isupper() and not acts[m] and texts[m] in reading().title_words:
                return False  # "Foreign Minister Kazakhstan": no "for" between
            m -= 1
        if m < 1 or lows[m] != "for":
            return False
        title_words = reading().title_words
        n = m - 1
        while n >= 0 and not acts[n] and texts[n][:1].isupper():
            if texts[n] in title_words:
                return True
            n -= 1
        return False

    def _titled_place(self, k: int, b: int) -> bool:
        """A place inside a title that names its holder further on, within the title's words."""
        lows, acts, texts = self.lows, self.acts, self.texts
        j = k - 1 if k and lows[k - 1] != "the" else k - 2
        if j < 1 or not (lows[j] in ("of", "for") and texts[j - 1][:1].isupper()):
            return False
        m = self._title_run(k + 1, b)
        return m < b and bool(acts[m]) and actor_type(acts[m][0]) == "person"

    def _title_segment(self, a: int, b: int) -> bool:
        """A segment between commas that is a title in apposition ("Eric Green, Senior Director for Russia and
        Central Asia, met"): the name before it is the subject."""
        lows, acts, texts = self.lows, self.acts, self.texts
        while a < b and lows[a] in ("the", "a", "an"):
            a += 1
        return a < b and not acts[a] and texts[a] in reading().title_words

    def _expletive(self, k: int) -> bool:
        """ "It is possible to", "it may even be possible to": an "it" that names nothing."""
        t = self.t
        lows = self.lows
        m = k + 1
        while m < len(t) and (lows[m] in MODAL_HYPO or lows[m] in ADVERB or lows[m] in ("will", "would", "even")):
            m += 1
        return m < len(t) and (lows[m] in BE or lows[m] in ("’s", "'s"))

    def _apposed_people(self, floor: int, comma: int) -> list[str]:
        """People each named with a title in apposition, coordinated before a verb ("Anna Berg, Assistant to the
        President, and Tom Hale, Senior Director for Russia, met"): all of them act."""
        t = self.t
        lows, texts = self.lows, self.texts
        out: list[str] = []
        for m in range(floor, comma):
            x = t[m]
            if x[ACTORS] and actor_type(x[ACTORS][0]) == "person" and not x[POSS] and texts[m + 1] == ",":
                e = m + 2
                while e < len(t) and texts[e] != ",":
                    e += 1
                if self._title_segment(m + 2, e):
                    out += [a for a in x[ACTORS] if a not in out]
        if len(out) > 1 and not any(lows[m] in COORD for m in range(floor, comma)):
            return []
        return out

    def _titled(self, a: int, k: int) -> bool:
        """A person at ``k`` named after a title and its phrase ("Representative for Trade Bolat Sample")."""
        lows, acts, texts = self.lows, self.acts, self.texts
        if not acts[k] or actor_type(acts[k][0]) != "person":
            return False
        m = k - 1
        while m > a and not acts[m] and (texts[m][:1].isupper() or lows[m] in ("the", "for", "of")):
            m -= 1
        return m < k - 1 and texts[m + 1][:1].isupper() and lows[m + 1] not in PREP

    def _head_span(self, a: int, b: int) -> list:
        """The tokens from ``a`` up to the next coordinator or comma before ``b`` (what a modifier at ``a - 1``
        may modify: "Kazakhstani Special Representative for International Cooperation Erzhan Kazykhan")."""
        out = []
        for k, y in enumerate(self.t[a:], a):
            if (
                y[LOW] in COORD
                or y[TEXT] == ","
                or (k >= b and not y[ACTORS] and not y[TEXT][:1].isupper() and y[LOW] not in ("of", "for", "the", "to"))
            ):
                break  # past the noun phrase only over a title's capitalised words
            out.append(y)
        return out

    def _np_left(self, j: int, floor: int) -> int:
        """Leftmost index of the noun phrase ending at ``j`` (stops at prepositions, verbs, clause marks); worked out
        once per sentence for each ``(j, floor)``."""
        key = (j, floor)
        found = self.np_lefts.get(key)
        if found is None:
            found = self.np_lefts[key] = self._np_left_walk(j, floor)
        return found

    def _np_left_walk(self, j: int, floor: int) -> int:
        t, lows, acts, fins, texts = self.t, self.lows, self.acts, self.fins, self.texts
        i = j
        while i - 1 >= floor:
            low = lows[i - 1]
            if acts[i - 1] or (
                low not in NP_LEFT_MARKS and (not fins[i - 1] or (i > 1 and texts[i - 1][:1].isupper()))
            ):  # (a capitalised word inside the sentence is no verb: "Minister of Trade and Integration")
                i -= 1  # a name, or a word that is none of those the tests below read
                continue
            if low in ("along", "together") or (
                low == "with" and i - 2 >= floor and lows[i - 2] in ("along", "together")
            ):
                i -= 1
                continue
            if (
                low in ("of", "in", "at", "from", "with")
                and i - 2 >= floor
                and not lows[i][:1].isdigit()  # "back in 2014 Kazakhstan's president": a date phrase, not the noun's
                and (
                    acts[i - 2]
                    or (
                        lows[i - 2].isalpha()
                        and not self._says(i - 2, floor)  # "said in Astana": the verb's phrase, no noun's
                        and lows[i - 2] not in DET
                        and lows[i - 2] not in PREP
                        and lows[i - 2] not in SUBORD
                        and (not fins[i - 2] or (i > 2 and texts[i - 2][:1].isupper()))
                        and lows[i - 2] not in AUX
                        and lows[i - 2] not in COORD
                    )
                )
            ):
                i -= 1  # a noun's own phrase ("officials in Nursultan", "a roundtable at the Chamber")
                continue
            if low in PREP or low in SUBORD or low in CLAUSE_PUNCT or low in NP_PUNCT:
                break
            if t[i - 1][TEXT] == "May" and lows[i][:1].isdigit():  # "May 3": the month, not the modal
                i -= 1
                continue
            if low in AUX:
                break
            if (
                fins[i - 1]
                and not (i - 2 >= floor and lows[i - 2] in DET)
                and not (  # "Chinese state banks": a base form between a demonym and a noun is a noun modifier
                    i - 2 >= floor
                    and t[i - 2][FORM] == "demonym"
                    and not low.endswith(("ed", "s"))
                    and low not in SAYING
                )
            ) or self._says(i - 1, floor):
                break  # a verb ("said", "says" too), not a noun ("the claims", "territorial claims")
            if low in COORD:
                if i - 2 >= floor and (
                    acts[i - 2]
                    or lows[i - 2] in GOV_HEADS
                    or (lows[i - 2].isalpha() and (not fins[i - 2] or (i > 2 and texts[i - 2][:1].isupper())))
                ):
                    i -= 1
                    continue
                break
            i -= 1
        return i

    def _segment_has_finite(self, a: int, b: int) -> int | None:
        lows, fins, at = self.lows, self.fins, self.at
        for k in range(a, b):
            if lows[k + 1 : k + 2] == ["by"]:
                continue  # a participle ("later joined by Kyrgyzstan")
            q = at.get(k)
            if q is not None and q.pos == "verb" and q.vform == "finite":
                return k
            if fins[k] and not (k and lows[k - 1] in DET):
                return k
        return None

    def _resolve(self, x: Tok, upto: int) -> list[str]:
        """A pronoun: the latest agent of its kind in this sentence, else the latest person named (he, his),
        the latest single state or body acting (it, its), the latest group acting together (they)."""
        kind = PRONOUN_SUBJ.get(pron(x[LOW])) or PRONOUN_POSS.get(x[LOW])
        if self.mem.quotes and (kind == "speaker" or pron(x[LOW]) == "we"):
            for s, e, who in self.mem.quotes:  # “We will not help Russia,” Tokayev said: the quotation's speaker
                if s < x[START] < e:
                    return [who] if kind == "speaker" else [side_of(who)]
        if pron(x[LOW]) == "we" and self.mem.joint and not self.mem.transcript:
            return list(self.mem.joint)  # a joint statement's "we": its signatories, named in its title
        if kind == "speaker" or (
            kind == "plural" and pron(x[LOW]) == "we" and (self.mem.speaker or self.mem.transcript)
        ):
            if not self.mem.speaker:
                return []
            return [self.mem.speaker] if kind == "speaker" else [side_of(self.mem.speaker)]  # "I", the speaker's "we"
        if pron(x[LOW]) == "we":  # no speaker known: the sides that acted last, never those they acted on
            return list(dict.fromkeys(map(side_of, self.mem.last_agents)))
        if (
            kind == "other"
            and x[LOW] == "it"
            and upto
            and self.lows[upto - 1] in ("that", "which")
            and not (self.lows[upto - 1] == "that" and self._teller_of(upto - 2) is not None)  # "told X that it"
        ):
            # "urged the Taliban to reverse the ban that it announced": the body named last in the sentence, not
            # one inside a prepositional phrase
            for k in range(upto - 2, -1, -1):
                y = self.t[k]
                if y[ACTORS] and y[FORM] != "pronoun" and actor_type(y[ACTORS][0]) in ("state", "organization"):
                    if not (
                        k
                        and (
                            self.lows[k - 1] in PREP
                            or (self.lows[k - 1] == "the" and k > 1 and self.lows[k - 2] in PREP)
                        )
                    ):
                        return list(y[ACTORS][:1])
                    break
        if x[LOW] in PRONOUN_POSS and kind in ("other", "plural"):
            own = self._clause_subject(upto)
            if own and all((actor_type(a) == "person") == (kind == "person") for a in own):
                return own  # "China, X's partner, has stepped up its engagement": the clause's own subject
        if kind in ("person", "other"):
            said = self._sayer(upto)
            if said and all((actor_type(a) == "person") == (kind == "person") for a in said):
                return said  # "Russia said it was ready to", "Tokayev said that he would": the one who says
            for q in reversed([q for q in self.preds if q.agents and q.k < upto]):
                if all((actor_type(a) == "person") == (kind == "person") for a in q.agents) and len(q.agents) == 1:
                    return list(q.agents)
            if kind == "person":
                for y in self.t[:upto]:  # the first person named: subjects come first
                    if y[ACTORS] and y[FORM] != "pronoun" and actor_type(y[ACTORS][0]) == "person":
                        return list(y[ACTORS])
                if self._unnamed_title_subject(upto):
                    return []  # "The Secretary welcomed …, and he pledged": he is the Secretary, whom no name gives
            elif upto and self.lows[upto - 1] in SUBORD:
                named = {
                    a
                    for y in self.t[:upto]
                    if y[FORM] != "pronoun"
                    for a in y[ACTORS]
                    if actor_type(a) in ("state", "organization")
                }
                if len(named) == 1:  # "special significance for Kazakhstan at a time when it is working": opening a
                    return list(named)  # subordinate clause, the one state or body its sentence names before it
        if x[LOW] == "their" and upto < len(self.t):
            here = [q for q in self.preds if q.k < upto and q.agents and self.clause[q.k] == self.clause[upto]]
            if here and not here[-1].passive and here[-1].pos == "verb":
                return list(here[-1].agents)  # "the leaders of the five states met for their first meeting": theirs
        if kind == "plural" and pron(x[LOW]) != "we":
            bare = next((m for m in range(upto - 1, -1, -1) if self.lows[m] in BARE_GROUPS and self._bare(m)), None)
            if bare is not None:
                return self.salient_region(bare)  # "led states to emphasize ..., leading them to": the same states
            group = self._listed_group(upto)
            if group:
                return group  # "Kazakh and Uzbek leaders understood that ...: if they did not coordinate"
        if kind == "person" and self.mem.office_subject[0] == self.mem.n:
            return list(self.mem.office_subject[1])  # "The Secretary welcomed the deal. He pledged": the Secretary
        return self.mem.resolve(kind) if kind else []

    def _unnamed_title_subject(self, upto: int) -> bool:
        """The sentence opens with "the" and a capitalised title word that names nobody ("The Secretary", "The
        Foreign Minister") as the subject of a verb before ``upto``: a person the text has not named."""
        texts, title_words = self.texts, reading().title_words
        k = 1
        while k < upto and not self.acts[k] and texts[k][:1].isupper() and texts[k] in title_words:
            k += 1
        return k > 1 and self.lows[0] == "the" and k < upto and self.fins[k]

    def _clause_subject(self, upto: int) -> list[str]:
        """The subject of the finite verb of ``upto``'s clause that comes before it (a possessive in its object
        stands for it), else []."""
        t, floor = self.t, self._clause_start(upto)
        for m in range(upto - 1, floor - 1, -1):
            if t[m][ACTORS] or t[m][LOW] in PREP or t[m][LOW] in SUBORD:
                return []  # past a noun phrase with an actor, a preposition or a clause word: not the object
            if t[m][FINITE] and t[m][LOW] not in AUX and not (m and t[m - 1][LOW] in DET):
                return self.subject(m)
        return []

    def _sayer(self, upto: int) -> list[str]:
        """The subject of a verb of saying right before ``upto`` ("X said (that) it"), or before its recipient ("X told
        Y (that) it"), else []."""
        m = upto - 1
        if m >= 0 and self.lows[m] == "that":
            m -= 1
        if m > 0 and self.lows[m] in SAYING:
            return self.subject(m)
        v = self._teller_of(m)
        return self.subject(v) if v is not None else []  # "China told the United States (that) it would": China

    def _other_person(self, m: int, agents: list[str]) -> list[str]:
        """An object "him" or "her" at ``m``: the latest person named before it in this sentence, else in the text so
        far, who is not the verb's agent (an object pronoun is never its own subject)."""
        for y in reversed(self.t[:m]):
            if (
                y[ACTORS]
                and y[FORM] != "pronoun"
                and actor_type(y[ACTORS][0]) == "person"
                and y[ACTORS][0] not in agents
            ):
                return [y[ACTORS][0]]
        for a in reversed(self.mem.mentioned[-40:]):
            if actor_type(a) == "person" and a not in agents and not described(a):
                return [a]
        return []

    def _bare(self, m: int) -> bool:
        """A plural like "states" with no determiner, number, possessor or actor before it: states in general."""
        if m == 0:
            return True
        p = self.t[m - 1]
        return not (
            p[ACTORS] or p[POSS] or p[LOW] in DET or p[LOW] in PRONOUN_POSS or p[LOW].isdigit() or p[LOW] == "of"
        )

    def _listed_group(self, upto: int) -> list[str]:
        """The latest list of two or more named actors ("Kazakh and Uzbek leaders", "Russia, China and Iran") before
        ``upto`` in this sentence: what a plural pronoun after it stands for."""
        t, k = self.t, upto - 1
        while k >= 0:
            if t[k][ACTORS] and t[k][FORM] != "pronoun":
                j, found = k, []
                while j >= 0 and (t[j][ACTORS] or t[j][LOW] in COORD or t[j][TEXT] == ","):
                    if t[j][ACTORS] and t[j][FORM] != "pronoun" and not t[j][POSS]:
                        found[:0] = [a for a in t[j][ACTORS] if a not in found]
                    elif t[j][ACTORS]:
                        break
                    j -= 1
                b = j
                while b >= 0 and t[b][LOW] in ("either", "both", "neither", "the"):
                    b -= 1
                if (
                    len(found) >= 2
                    and any(t[m][LOW] == "and" for m in range(j + 1, k))
                    and not (b >= 0 and t[b][LOW] in PREP)  # "tensions with Russia and China": only mentioned
                ):
                    return found
                k = j
            k -= 1
        return []

    # -- subject ------------------------------------------------------------------------------------
    def subject(self, k: int, depth: int = 0) -> list[str]:
        """Actors of the subject of the (finite, active) verb at token ``k``."""
        t = self.t
        lows, acts, texts = self.lows, self.acts, self.texts
        floor = self._clause_start(k)
        if (
            lows[k] == "thank"
            and k
            and texts[k - 1] == ","
            and k + 1 < len(t)
            and lows[k + 1] == "you"
            and self._segment_has_finite(last_mark(self.commas, k - 1, floor) + 1, k - 1) is None
        ):  # "Chairman Murphy, thank you": names before the comma address someone (not "Tokayev replied, thank you")
            return [self.mem.speaker] if self.mem.speaker else []
        j = k - 1
        while j >= floor:
            if acts[j]:
                break
            low, text = lows[j], texts[j]
            if (
                low in AUX
                or low in NEG
                or low in ADVERB
                or (low.endswith("ly") and len(low) > 4)
                or low.endswith(NEG_CONTRACTED)  # "didn't", "won’t": an auxiliary and its negation
                or (low == "longer" and j > floor and lows[j - 1] == "no")  # "will no longer join"
            ):
                j -= 1
                continue
            if (text.isdigit() or text in CALENDAR) and j > floor:  # "Kazakhstan in May 2022 signed": past the date
                m = j - 1
                while m > floor and (texts[m].isdigit() or texts[m] in CALENDAR or texts[m] == ","):
                    m -= 1
                if (
                    m > floor
                    and lows[m] in ("in", "on", "during", "since", "by")
                    and acts[m - 1]
                    and (m - 2 < floor or lows[m - 2] not in PREP)  # not "The summit hosted by Kazakhstan in 2022"
                ):
                    j = m - 1
                    continue
            if text == ")":  # "Both sides (and Kazakhstan in particular) have": past the aside
                m = j - 1
                while m >= floor and texts[m] != "(":
                    m -= 1
                if m > floor:
                    j = m - 1
                    continue
            if (
                low in NAME_SUFFIX
                or (text in ".," and j - 1 >= floor and lows[j - 1] in NAME_SUFFIX)
                or (text == "," and j + 1 < k and lows[j + 1] in NAME_SUFFIX)
            ):
                j -= 1  # "Joseph R. Biden, Jr. met": the suffix belongs to the name
                continue
            break
        if j < floor or (j == floor and texts[j] == ":" and lows[k] == "thank"):
            if lows[k] == "thank" and k + 1 < len(t) and lows[k + 1] == "you" and self.mem.speaker:
                return [self.mem.speaker]  # "Thank you.", "SECRETARY BLINKEN: Thank you": the speaker's own thanks
            if j >= floor:
                return []
            return self._relative_antecedent(floor) if depth < 3 else []
        x = t[j]
        if x[LOW] in ("which", "who", "that") and j - 1 >= 0:
            return self._antecedent(j, named=x[LOW] == "who" and self._meeting_after(j))
        if x[LOW] == "than" and j and lows[j - 1] == "rather":
            prev = [q for q in self.preds if q.k < j and q.pos == "verb" and q.agents]
            return list(prev[-1].agents) if prev else []  # "to work on X rather than work with it"
        if x[LOW] in BARE_INF_GOV and depth < 8:
            return self.subject(j, depth + 1)  # "He had also helped engineer": the helper acts
        if x[TEXT] == "," or x[LOW] in COORD or (x[LOW] in ("but", "yet") and j > floor):
            # parenthetical, coordinated verb phrase ("criticized X but later praised"), or list
            c = j
            if x[LOW] in COORD and j - 1 >= floor and texts[j - 1] == ",":
                c = j - 1
            seg_start = last_mark(self.commas, c, floor)  # the last comma before c, if in the clause
            seg = (seg_start + 1, c)
            first = t[seg[0]] if seg[0] < c else None
            if first is None:
                return []
            if (
                x[TEXT] == ","
                and seg_start >= floor
                and texts[seg_start] == ","
                and ((gerund(first[LOW]) and not first[ACTORS]) or first[LOW] in RELATIVE_OPENERS)
            ):
                # "Biden, saying China had attacked Taiwan, sanctioned", "Tokayev, whom Putin criticized, met": a
                # participle's or a relative clause is an aside, whose own verbs share no subject with the main verb
                return self.subject_from(seg_start, floor, depth)
            if x[TEXT] == "," and seg_start >= floor and texts[seg_start] == "," and self._reporting_aside(*seg):
                # "Russia, Blinken said, invaded": the report's own clause is an aside; the sayer is no subject
                return self.subject_from(seg_start, floor, depth)
            if (
                x[TEXT] == ","
                and first[LOW] in RELATIVE_OPENERS
                and seg[0] == floor
                and floor
                and texts[floor - 1] == ","
            ):
                # "Tokayev, who said X would join, met": the relative opened the clause the main verb is read in
                return self.subject_from(floor - 1, self._clause_start(floor - 1), depth)
            if (
                x[LOW] in COORD
                and c == j - 1  # ", and": the comma before "and" closes the aside (no comma: "and" is inside it)
                and seg_start >= floor
                and texts[seg_start] == ","
                and ((gerund(first[LOW]) and not first[ACTORS]) or self._reporting_aside(*seg))
                and depth < 8
            ):
                # "Biden met Putin, saying the talks were useful, and criticized China": the participle's clause is
                # an aside; the verb coordinated is the one before it, whose subject it shares
                fk = self._segment_has_finite(last_mark(self.commas, seg_start, floor) + 1, seg_start)
                if fk is not None:
                    return self.subject(fk, depth + 1)
            fk = self._segment_has_finite(*seg)
            if fk is not None and depth < 8:
                return self.subject(fk, depth + 1)  # coordinated verb phrase: shared subject
            if x[LOW] in COORD and depth < 8:
                m = c - 1  # "visited Almaty, Tashkent and Bishkek and discussed": a list that is an object
                while m >= floor and (acts[m] or lows[m] in COORD or lows[m] == "the" or texts[m] == ","):
                    m -= 1
                if m >= floor and m < c - 1 and self._verb_at(m, "finite"):
                    return self.subject(m, depth + 1)
            if (
                x[TEXT] == ","
                and seg_start >= floor
                and texts[seg_start] == ","
                and lows[seg[0] : seg[0] + 3] == ["as", "well", "as"]
            ):
                # "Kazakhstan, as well as Russia, condemned": both act, as with "along with"
                before = self.subject_from(seg_start, floor, depth)
                if before:
                    return list(dict.fromkeys([*before, *self.np_actors(seg[0] + 3, seg[1])]))
            if x[TEXT] == "," and seg_start >= floor and texts[seg_start] == "," and self.added_party_aside(*seg):
                # "China, and Russia too, will join": both act
                before = self.subject_from(seg_start, floor, depth)
                if before:
                    added = self.np_actors(seg[0] + 1, self.added_party_aside(*seg))
                    return list(dict.fromkeys([*before, *added]))
            if x[TEXT] == "," and seg_start >= floor and texts[seg_start] == "," and self._title_segment(*seg):
                return self._apposed_people(floor, seg_start) or self.subject_from(seg_start, floor, depth)
            if (
                x[TEXT] == ","
                and (
                    self._parenthetical(*seg)
                    or (
                        seg_start >= floor
                        and texts[seg_start] == ","
                        and not any(y[ACTORS] for y in t[seg[0] : seg[1]])
                    )
                    or (  # "China, Uzbekistan's largest trading partner, has": a possessor only modifies the apposition
                        seg_start >= floor
                        and texts[seg_start] == ","
                        and all(y[POSS] or not y[ACTORS] for y in t[seg[0] : seg[1]])
                        and t[seg[1] - 1][TEXT].isalpha()
                        and t[seg[1] - 1][TEXT].islower()
                        and any(y[ACTORS] for y in t[floor:seg_start])
                    )
                )
            ):
                return self.subject_from(seg_start, floor, depth)  # an aside or an apposition without actors
            if x[TEXT] == "," and seg_start >= floor and texts[seg_start] == "," and self._indefinite_aside(*seg):
                # "Kazakhstan, (neither) a member of NATO (nor of the CSTO), condemned": an indefinite apposition
                # describes the subject before it; the parties inside it are no subject
                return self.subject_from(seg_start, floor, depth)
            if x[TEXT] == "," and seg_start >= floor - 1 and texts[seg_start] == "," and self.excluding_aside(*seg):
                # "Kazakhstan, (but) not Russia, condemned", "rather than Russia", "instead of Russia": the party set
                # apart is no subject ("but" opens a clause of its own: the subject is before it)
                return self.subject_from(seg_start, self._clause_start(seg_start), depth)
            return self._np_subject(j, floor)
        if pron(x[LOW]) in PRONOUN_SUBJ:
            return self._resolve(x, j)
        if x[ACTORS] or x[LOW].isalpha():
            i = self._np_left(j, floor)
            if i - 1 >= floor and lows[i - 1] in TELLING and self._says(i - 1, floor) and self._active(i - 1, floor):
                # "told reporters China had", "told Tokayev the two countries would": the reported clause's subject
                # starts after the recipient's phrase; nobody when no second phrase opens, never the teller
                m = self._reported_start(i, j)
                return self._np_subject(j, m) if m is not None else []
            if i - 1 >= floor and lows[i - 1] in PREP and self._said_before(i - 1):
                # "said on Friday both sides will", "said in Astana Kazakhstan would": the reported clause's subject
                # starts after the phrase's own noun, at a determiner, else it is the name right before the verb
                m = next((m for m in range(i + 1, j + 1) if lows[m] in DET or lows[m] == "both"), None)
                if m is None and acts[j] and j > i:  # the names right before the verb, coordinated ones too
                    m = j
                    while m - 2 > i and lows[m - 1] in ("and", "or", ",") and acts[m - 2]:
                        m -= 2
                return self._np_subject(j, m) if m is not None else []
            found = self._np_subject(j, floor)
            if not found and i - 1 >= floor and lows[i - 1] in PREP and lows[i - 1] not in ("of", "by") and depth < 3:
                return self.subject(i - 1, depth + 1)  # "Nazarbayev on March 19, 2019, surprised": skip the phrase
            if not found and lows[i] in PREP and depth < 3 and self._says(i - 1, floor) and not self._said_before(i):
                return self.subject(i - 1, depth + 1)  # "said during talks with X that": the talks are the sayer's
            return found
        return []

    def subject_from(self, comma: int, floor: int, depth: int) -> list[str]:
        """Continue the subject scan leftwards from a comma that closes a parenthetical."""
        t = self.t
        lows, acts, texts = self.lows, self.acts, self.texts
        j = comma - 1
        while j >= floor and (lows[j] in ADVERB or (lows[j].endswith("ly") and not acts[j])):
            j -= 1
        if j < floor:
            return []
        if texts[j] == ",":
            return self.subject_from(j, floor, depth)
        if lows[j] in PRONOUN_SUBJ:
            return self._resolve(t[j], j)
        found = self._np_subject(j, floor)
        i = self._np_left(j, floor)
        if (
            not found
            and i - 1 >= floor
            and lows[i - 1] in PREP
            and lows[i - 1] not in ("of", "by")
            and depth < 3
            and not self._said_before(i - 1)
        ):
            return self.subject(i - 1, depth + 1)  # "Nazarbayev on March 19, 2019, surprised": skip the date
        return found

    def _said_before(self, m: int) -> bool:
        """The phrase at ``t[m]`` follows a verb of saying ("said on Monday the two countries would") or its
        recipient ("told reporters on Friday the two countries would"): it opens the reported clause, whose subject is
        never the sayer."""
        if m < 1 or not (self._says(m - 1, 0) or self._teller_of(m - 1) is not None):
            return False
        # "said during talks with X that trade would grow": a "that" before the next finite verb opens the reported
        # clause, so the phrase is the saying's own
        lows = self.lows
        v = next(
            (v for v in compress(count(m), self.fins[m:]) if lows[v - 1] not in PREP and lows[v - 1] not in DET), None
        )
        return "that" not in lows[m:v]  # (a verb form after a preposition is a noun: "during talks")

    def _says(self, k: int, floor: int) -> bool:
        """``t[k]`` is a verb of saying (:data:`SAYING`) here, not a noun or an adjective: it does not open the
        sentence ("Informed officials"), follows no determiner ("the claims"), and a form in -s ("claims", "notes")
        follows its sayer: a name, a pronoun or a capitalised word ("Tokayev claims", not "territorial claims")."""
        lows = self.lows
        if lows[k] not in SAYING or k <= floor or lows[k - 1] in DET:
            return False
        return (
            not lows[k].endswith("s")
            or bool(self.acts[k - 1])
            or lows[k - 1] in PRONOUN_SUBJ
            or (k - 1 > 0 and self.texts[k - 1][:1].isupper())  # not a sentence's first word ("Territorial claims")
        )

    def _reporting_that(self, j: int) -> bool:
        """The "that" at ``t[j]`` opens a reported clause: right after a verb of saying ("said that"), the recipient of
        a verb of telling ("told Blinken that") or a to-phrase after a verb of saying ("wrote to Biden that")."""
        if j < 2:
            return False
        if self._says(j - 1, 0) or self._teller_of(j - 1) is not None:
            return True
        i = self._np_left(j - 1, 0)
        return i >= 2 and self.lows[i - 1] == "to" and self._says(i - 2, 0)

    def _active(self, v: int, floor: int) -> bool:
        """The verb at ``t[v]`` is active: no form of "be" before it ("Kazakhstan was told China would": no
        recipient after it)."""
        lows = self.lows
        w = v - 1
        while w >= floor and (lows[w] in NEG or lows[w] in ADVERB):
            w -= 1
        return not (w >= floor and lows[w] in BE)

    def _reported_start(self, i: int, j: int) -> int | None:
        """Where the subject of a clause reported after a recipient starts among ``t[i..j]``, the words after a verb
        of telling: the last phrase that opens after a complete one, at a determiner ("told reporters the two
        countries") or a name ("told Tokayev China", "informed the Senate Russia", "told the Kazakh president China"),
        not right after a determiner, a preposition or a coordinator (inside a phrase: "the new Chinese ambassador",
        "reporters in Washington", "Tokayev and Mirziyoyev"); the last, so a name inside the recipient's phrase
        ("Russia's Putin China") does not stop it; None when no second phrase opens."""
        lows, acts = self.lows, self.acts
        found = None
        for m in range(i + 1, j + 1):
            prev = lows[m - 1]
            if (acts[m] or lows[m] in DET) and not (prev in DET or prev in PREP or prev in COORD):
                found = m
        return found

    def _teller_of(self, m: int) -> int | None:
        """The active verb of telling whose recipient's phrase ends at ``t[m]`` ("told the United States" it would,
        "told reporters" on Friday), else None."""
        lows = self.lows
        if m < 1 or TELLING.isdisjoint(lows[:m]) or not (self.acts[m] or lows[m].isalpha()) or lows[m] in SAYING:
            return None  # no verb of telling before it (most sentences): no walk
        floor = self._clause_start(m)
        v = self._np_left(m, floor) - 1
        return v if v >= floor and self.lows[v] in TELLING and self._says(v, floor) and self._active(v, floor) else None

    def _parenthetical(self, a: int, b: int) -> bool:
        """A segment between commas that is not the subject: participle, adverbial, date or aside."""
        t = self.t
        words = list(t[a:b])
        if not words:
            return True
        first = words[0]
        k = 0
        while k < len(words) and (words[k][LOW] in ADVERB or (words[k][LOW].endswith("ly") and not words[k][ACTORS])):
            k += 1
        head = words[k] if k < len(words) else first
        if head[LOW].endswith(("ed", "ing")) and not head[ACTORS]:
            return True
        if first[LOW] in PREP or first[LOW] in SUBORD or first[LOW] in ("it", "however", "thus", "therefore"):
            return True
        for x in words:  # noqa: SIM110 (a generator left at its first miss is closed by an exception raised inside it)
            if x[ACTORS] or not (x[LOW].isdigit() or x[LOW] in ADVERB):
                return False
        return True

    def _reporting_aside(self, a: int, b: int) -> bool:
        """The segment ``t[a:b]`` between commas is the clause of a report set inside the clause it reports ("Russia,
        Blinken said, invaded", "he noted on Monday", "officials told reporters", "said Blinken"): a verb of saying
        with its sayer on one side and nothing reported on the other (no finite verb, no "that"): the subject of the
        verb after it stands before it, never the sayer."""
        lows = self.lows
        if SAYING.isdisjoint(lows[a:b]):
            return False  # most segments: no verb of saying
        texts = self.texts
        # (the month May is no verb: "Russia, Blinken said on 5 May 2022, invaded")
        fins = [f and not month_may(texts, m) for m, f in enumerate(self.fins[a:b], a)]
        v = next(v for v in range(a, b) if lows[v] in SAYING)
        if v == a:  # "said Blinken": the sayer after its verb
            return a + 1 < b and any(self.acts[a + 1 : b]) and not any(fins[1:])
        return not any(fins[: v - a]) and not any(fins[v + 1 - a :]) and "that" not in lows[v + 1 : b]

    def _indefinite_aside(self, a: int, b: int) -> bool:
        """The segment ``t[a:b]`` between commas is an indefinite noun phrase, negated or not ("a member of the
        CSTO", "not an ally of Russia", "neither a member of NATO nor of the CSTO", "no longer a party to"): an
        apposition to the phrase before it, never a subject of its own."""
        lows = self.lows
        while a < b and (lows[a] in NEG or lows[a] in ADVERB or lows[a] in APPOSITION_LEAD):
            a += 1
        return a < b - 1 and lows[a] in ("a", "an")

    def added_party_aside(self, a: int, b: int) -> int:
        """The segment ``t[a:b]`` between commas adds a party to the subject before it: "and" and a phrase naming
        actors, then "too", "also" or "as well", or "and also" before it ("China, and Russia too, will join", "China, and
        also Russia, will join"); where that phrase ends, else 0."""
        lows = self.lows
        if b - a < 3 or lows[a] != "and":
            return 0
        if lows[a + 1] == "also":  # "China, and also Russia, will join"
            end = b
        else:
            end = b - 2 if lows[b - 2 : b] == ["as", "well"] else b - 1 if lows[b - 1] in ("too", "also") else 0
        if (
            end <= a + 1
            or not any(self.acts[a + 1 : end])
            or any(self.fins[m] and not self.acts[m] for m in range(a + 1, end))
        ):
            return 0
        return end

    def excluding_aside(self, a: int, b: int) -> bool:
        """The segment ``t[a:b]`` between commas after the subject sets a party apart from it: "not Russia", "but
        (and) not Russia", "rather than Russia", "instead of Russia" (its negation is its own, not the verb's)."""
        lows = self.lows
        if a < b and lows[a] in ("and", "but"):
            a += 1
        return a < b - 1 and (lows[a] == "not" or lows[a : a + 2] in (["rather", "than"], ["instead", "of"]))

    def _of_the_meeting(self, k: int) -> bool:
        """The phrase at ``k`` names the talks, meeting or agreement just told ("the parties to the talks", "the sides
        to the agreement"): its parties are the pair that met, not whom the phrase names."""
        lows = self.lows
        if k < len(lows) and lows[k] in DEFINITE:
            k += 1
        return k < len(lows) and lows[k] in MEETING_NOUNS

    def _np_subject(self, j: int, floor: int) -> list[str]:
        t = self.t
        lows, acts, texts = self.lows, self.acts, self.texts
        if texts[j] == ",":
            j -= 1
        i = self._np_left(j, floor)
        w = i
        while w < j and (lows[w] in CLAUSE_WORDS or lows[w] in COORD):
            w += 1  # "…, but the two sides met": the phrase after the clause's conjunction
        words = " ".join(lows[w : j + 1])
        if words == "the latter" and self.mem.mentioned:
            return [self.mem.mentioned[-1]]  # the last actor named before
        if words.endswith(PLURAL_NP_ENDS):  # else none of the phrases below (most subjects): no pattern tried
            if OFFICIALS_OF_BOTH.match(words):  # "Officials from both countries discussed": the two states
                return self._two_states(i) or self.mem.resolve("states")
            if PLURAL_NP.match(words) or words in ("they", "both", "they both", "both of them"):
                if (
                    lows[w] == "the"
                    and lows[w + 1] != "two"
                    and j + 2 < len(t)
                    and lows[j + 1] in RESTRICTING
                    and not self._of_the_meeting(j + 2)
                ):
                    return []  # "the parties to the conflict", "the leaders of the region": whom its phrase says
                if words.endswith(("presidents", "leaders", "ministers")) or "heads" in words:
                    return self.mem.resolve("people", heads=not words.endswith("ministers"))
                if words.endswith(("countries", "sides", "governments", "delegations", "parties")):
                    return self._two_states(i) or self.mem.resolve("states")
                return self.mem.resolve("plural")
        # a list "A, B and C" or "A along with B, C, and D": extend over comma-separated noun phrases;
        # without a coordinator it is an apposition ("His loyal successor, Tokayev, had"): the name nearest stands
        has_coord = not COORD.isdisjoint(lows[i : j + 1]) or "along" in lows[i : j + 1] or "together" in lows[i : j + 1]
        if i - 2 >= floor and lows[i - 1] in COORD and texts[i - 2] == ",":
            i -= 1
            has_coord = True
        while has_coord and i - 2 >= floor and texts[i - 1] == ",":
            seg_end = i - 2
            seg_start = self._np_left(seg_end, floor)
            if seg_start > seg_end or not any(acts[seg_start : seg_end + 1]):
                break
            if self._parenthetical(seg_start, seg_end + 1) or (seg_start > floor and texts[seg_start - 1] != ","):
                break
            i = seg_start
        found = self._private_group(i, j) or self.np_actors(i, j + 1)  # "American investors" act on their own
        if not found and lows[j] in SUBJECT_HEADS:
            for m in range(i, j + 1):
                if lows[m] in SPEAKER_POSS and self.mem.speaker and lows[j] not in COUNTERPARTS:
                    found = [side_of(self.mem.speaker)]  # "my government", "our delegation": the speaker's state
                    break
                if lows[m] in PRONOUN_POSS:
                    found = self._resolve(t[m], m)
                    break
        if not found and lows[j] in OWN_LAND and j > i and lows[j - 1] in SPEAKER_POSS:
            found = [side_of(self.mem.speaker)] if self.mem.speaker else []  # "my country", "our nation"
        if not found:
            for m in range(i + 1, j + 1):  # "A further plank of America's new strategy was to": its authors
                if lows[m] in DOC_NOUNS:
                    owners = [a for y in t[max(i, m - 3) : m] if y[ACTORS] and y[POSS] for a in y[ACTORS]]
                    if owners:
                        found = owners
                        break
        if not found and j > i and lows[j - 1] == "the" and texts[j][:1].isupper() and not acts[j]:
            found = self.mem.short_name(texts[j])  # "the Council": the body named last whose name ends so
        if not found and (lows[j] in DOC_NOUNS or lows[j] in self.mem.docs) and lows[i] in DEFINITE:
            found = self.mem.doc_authors(lows[j])  # "The new strategy also called for": its authors
            if (
                not found
                and lows[j] in DOC_NOUNS
                and j + 1 < len(t)
                and self.at.get(j + 1) is not None
                and not (i > floor and lows[i - 1] in RESTRICTING)  # "the parties to the agreement signed"
            ):
                found = [OTHER + lows[j]]  # authors unknown: the document itself, never whom it addresses
        if not found:
            found = self._described_group(i, j + 1)  # "some pundits go so far as to suggest"
        if not found and lows[i] == "the" and j > i:
            found = self._office_holder(i + 1, j + 1)  # "Blinken met X. The Secretary welcomed": Blinken
        if not found and self._meeting_after(j):
            found = self._bare_names(i, j + 1)  # "Lavrov met Tileuberdi": a person of unknown side
        return found

    def _office_holder(self, a: int, b: int) -> list[str]:
        """A definite title that names nobody ("The Secretary", "the Foreign Minister", ``t[a:b]`` after "the"): the one
        person named in this sentence before it or among the latest mentions whose office the codebook's description
        gives with that title ("U.S. Secretary of State since 2021"); [] when none or several hold it (a title named
        with a person before is :func:`action_tokens.title_anaphors`' already)."""
        texts = self.texts
        words = texts[a:b]  # all capitalised words of the titles (a list and a set test: no generator left open)
        if any(self.acts[a:b]) or not (
            reading().title_words.issuperset(words) and all(map(str.isupper, [x[:1] for x in words]))
        ):
            return []
        title = re.compile(rf"\b{re.escape(' '.join(texts[a:b]))}\b")
        offices = current_codebook().compiled(build_offices)
        named = [x for k in range(a) for x in self.acts[k] if self.t[k][FORM] != "pronoun"]
        holders = {x for x in [*self.mem.mentioned[-40:], *named] if x in offices and title.search(offices[x])}
        found = list(holders) if len(holders) == 1 else []
        self.mem.office_subject = (self.mem.n + 1, found)  # whom "He" opening the next sentence is (none: nobody)
        return found

    def _described_group(self, a: int, b: int) -> list[str]:
        """People described as a group the codebook does not name ("some pundits", "local specialists", "great
        powers"): ``other:<the noun phrase>`` (a leading "the" left out), when the phrase ends in a noun of
        ``group_nouns.csv`` and holds no actor, no number and no determiner that points back ("these experts")."""
        t = self.t
        lows = self.lows
        if b <= a or lows[b - 1] not in GROUP_NOUNS or lows[a] in NOT_DESCRIBED:
            return []
        words = t[a + 1 : b] if lows[a] == "the" else t[a:b]
        if not words or len(words) > 5 or any(x[ACTORS] or not x[TEXT].replace("-", "").isalpha() for x in words):
            return []
        return self._other_phrase(words)  # "Local specialists competed": other:local specialists

    def _bare_name(self, a: int, b: int) -> list[str]:
        """A person (or body) the codebook lacks named by a bare name that is the whole noun phrase ``t[a:b]``
        ("Lavrov met Tileuberdi", "met Saidov in Astana"): ``[other:<Name>]``, one to three capitalised words, none
        an actor, a title's or an organisation's word, a form of the lexicon or a day's name; a lone word opening
        the sentence is no name when it may be a common word there (a plural, a word the grammar knows). Its side is
        unknown, and no later phrase stands for it (the city of "in Astana" is where they met, not whom)."""
        t, texts, lows = self.t, self.texts, self.lows
        while b > a and not texts[b - 1][:1].isalnum():
            b -= 1  # the sentence's end
        e = next((m for m in range(a, b) if lows[m] in TIME_AFTER_NAME or lows[m] in ADVERB or texts[m] in CALENDAR), b)
        if e < b and (e == a or texts[e - 1][:1].islower()):
            return []
        b = e  # "met Saidov next week", "met Saidov Tuesday": the time is no part of the name
        if not 0 < b - a <= 3 or any(self.acts[a:b]):
            return []
        title_words, forms = reading().title_words, lexicon_forms()
        for m in range(a, b):
            if (
                not NAME_WORD.match(texts[m])
                or texts[m] in title_words
                or ORG_WORDS.match(texts[m])
                or texts[m] in CALENDAR
                or lows[m] in forms
                or lows[m] in OPENERS
            ):
                return []
        if a == 0 and b == 1 and not self._lone_name():
            return []  # "Aid was sent", "Trade expanded": a common noun opening the sentence
        name = OTHER + " ".join(x[TEXT] for x in t[a:b])
        self.mem.bare.add(name)
        return [name]

    def _bare_names(self, a: int, b: int) -> list[str]:
        """:meth:`_bare_name`, or a list of such names joined by "and" or commas ("Sikorski and Lavrov met Tokayev",
        "met Saidov and Lavrov"), each ``other:<Name>`` (up to the first part that is none), when none of them is an
        actor (a list with one is :meth:`_with_unlisted`'s); a lone first word opening the sentence as
        :meth:`_lone_name` allows."""
        found = self._bare_name(a, b)
        if found or COORD.isdisjoint(self.lows[a:b]) or any(self.acts[a:b]):
            return found
        parts, start = [], a
        for m in range(a, b + 1):
            if m == b or self.lows[m] in COORD or self.texts[m] == ",":
                if m > start:
                    parts.append((start, m))
                start = m + 1
        if a and self.fins[a - 1] and self.lows[a - 1] not in SAYING and b < len(self.t) and self.fins[b]:
            parts = parts[-1:]  # "met Kuleba and Saidov met": a subject between two verbs is its last name only
        out = []
        for s, e in parts:
            name = self._bare_name(s, e)
            if not name:
                break  # the names before a part that is none ("Saidov and Secretary Yellen": Yellen is the title's)
            out += name
        return out

    def _names_after(self, b: int, stop: int) -> int:
        """One past the capitalised words coordinated after a noun phrase ending at ``b`` ("met Saidov and Lavrov",
        "Saidov, Lavrov and Sikorski"): the noun phrase ends at a coordinator before a name no actor."""
        lows, texts, acts = self.lows, self.texts, self.acts
        e = b
        while e + 1 < stop and (lows[e] in COORD or texts[e] == ","):
            m = e + 2 if texts[e] == "," and lows[e + 1] in COORD else e + 1
            if m >= stop or acts[m] or not NAME_WORD.match(texts[m]) or texts[m] in reading().title_words:
                break
            n = m + 1
            while n < stop and not acts[n] and NAME_WORD.match(texts[n]):
                n += 1
            if n < len(lows) and (self.fins[n] or lows[n] in AUX):
                break  # "met Kuleba and Saidov met Tokayev": that name opens a clause of its own, as its subject
            e = n
        return e

    def _lone_name(self) -> bool:
        """The one capitalised word opening the sentence may name someone: no plural, no word the grammar knows,
        and the document never writes it in lower case (a common noun opening the sentence)."""
        low = self.lows[0]
        if low.endswith("s") or low in PRONOUN_WORDS or low in DET or low in ADVERB or self.at.get(0) is not None:
            return False
        return not self.mem.written_lower(low)

    def _meeting_after(self, j: int) -> bool:
        """A subject ending at ``t[j]`` is that of an active verb of meeting or consulting right after it
        (auxiliaries, negation, adverbs between; CAMEO 04 but a visit or hosting, :meth:`_meeting`): the
        acts whose bare name of unknown side :meth:`_bare_name` reads as a person. Other acts keep a bare name as
        no party (a country the codebook lacks, "Chile pledged", stays unread)."""
        lows = self.lows
        m = j + 1
        while m < len(lows) and (lows[m] in AUX or lows[m] in NEG or lows[m] in ADVERB):
            m += 1
        q = self.at.get(m)
        return q is not None and q.pos == "verb" and not q.passive and self._meeting(q)

    def _meeting(self, q: Pred) -> bool:
        """The act at ``q`` is one of meeting or consulting (CAMEO 04), not a visit nor hosting (whose object or
        subject may be a place: "visited Samarkand", "Geneva hosted the talks")."""
        cameo = self._sense(q).cameo
        return cameo[:2] == "04" and cameo not in ("042", "043")

    def _other_phrase(self, words: list) -> list[str]:
        """``[other:<words>]``, a group the codebook does not name, said as the text says it but for a capital
        there only because the sentence opens with a word that is no actor ("Specialized American firms")."""
        for k in range(len(words) - 2, -1, -1):  # "Last year French companies", "In 2021 French companies": the
            x = words[k]  # time said before the group is no part of it
            if (
                (x[LOW] in TIME_UNITS and (not k or words[k - 1][LOW] in TIME_LEADS))  # "(Every) year German firms"
                or x[TEXT] in CALENDAR
                or (len(x[TEXT]) == 4 and x[TEXT].isdigit() and x[TEXT][:2] in ("19", "20"))
            ):
                words = words[k + 1 :]
                break
        said = [x[TEXT] for x in words]
        if words[0] is self.t[0] and not words[0][ACTORS] and said[0][1:].islower():
            said[0] = said[0].lower()
        return [OTHER + " ".join(said)]

    def _group(self, a: int, b: int) -> list[str]:
        """A group described, not named: "the two presidents" (the latest two people acting together), "both of
        these neighboring powers", "the two countries" (the two states named last)."""
        words = " ".join(self.lows[a:b])
        if not (holds_any(words, GROUP_COUNT_WORDS) and GROUP_COUNT.search(words)):  # most phrases: no pattern tried
            return []
        if GROUP_PEOPLE.search(words):
            return self.mem.resolve("people", heads="ministers" not in words)
        if GROUP_STATES.search(words):
            return self._two_states(a) or self.mem.resolve("states")
        return []

    def _thanked_for(self, j: int) -> list[str]:
        """ "thanked X and Y for their support": the possessive right after "for" that gives the reason of a
        thanking or praising verb of the clause is the one thanked, never the thanker."""
        if j < 1 or self.lows[j - 1] != "for":
            return []
        floor = self._clause_start(j)
        q = next((q for q in reversed(self.preds) if floor <= q.k < j - 1 and q.pos == "verb"), None)
        if q is None or self._sense(q).cameo[:3] != "051" or not q.targets:
            return []
        return [a for a in q.targets if a not in q.agents]

    def _first_person_object(self, m: int) -> list[str]:
        """ "us" at ``t[m]`` is the speaker's side and "me" the speaker, as "we" and "I" are (inside a quotation
        attributed with a verb of saying, the one quoted); [] when no speaker is known."""
        x = self.t[m]
        who = self.mem.speaker
        for s, e, quoted in self.mem.quotes:
            if s < x[START] < e:
                who = quoted
                break
        if not who:
            return []
        return [side_of(who)] if x[LOW] == "us" else [who]

    def _addressee(self, k: int) -> list[str] | None:
        """Whom the "thank you" at ``t[k]`` addresses: the names before it with no verb among them ("Minister
        Tileuberdi, thank you", "Chairman Murphy, Ranking Member Young, thank you") or between commas right after it
        ("Thank you, Minister Tileuberdi, for"); [] when the address names nobody known, None when there is none
        ("Thank you for hosting us": "you" is whoever is addressed)."""
        t, lows, texts = self.t, self.lows, self.texts
        if k + 1 >= len(t) or lows[k + 1] != "you":
            return None
        if k and texts[k - 1] == ",":
            a = self._clause_start(k)
            a += texts[a] == ":"  # after a speaker label
            if a >= k - 1 or not self._address(a, k - 1):
                return None
            return list(dict.fromkeys(x for y in t[a : k - 1] for x in y[ACTORS]))
        if k + 3 < len(t) and texts[k + 2] == ",":
            e = k + 3
            while e < len(t) and texts[e] not in ",.!;" and lows[e] != "for":
                e += 1
            if self._address(k + 3, e):
                return list(dict.fromkeys(x for y in t[k + 3 : e] for x in y[ACTORS]))
        return None

    def _address(self, a: int, b: int) -> bool:
        """``t[a:b]`` may name whom a speaker addresses: no verb, and it opens with no preposition, conjunction or
        subordinator ("On behalf of the United States, thank you", "and China, thank you too" address nobody)."""
        low = self.lows[a]
        return not (low in PREP or low in COORD or low in SUBORD) and self._segment_has_finite(a, b) is None

    def _plural_before(self, m: int, agents: list[str]) -> list[str]:
        """ "working on Kazakh partners to working with them": "them" after a plural noun modified by a side's
        adjective or acronym earlier in its sentence is that group (the latest such), not the latest participants;
        never the agents themselves."""
        t = self.t
        for k in range(m - 2, -1, -1):
            x, head = t[k], t[k + 1]
            if (
                x[ACTORS]
                and x[FORM] in ("demonym", "acronym")
                and not head[ACTORS]
                and head[TEXT].isalpha()
                and head[TEXT].islower()
                and head[LOW].endswith("s")
                and not self._verb_at(k + 1)
            ):
                found = [a for a in self._target_np(k, k + 2) if a not in agents]
                if found:
                    return found
        return []

    def _two_states(self, upto: int) -> list[str]:
        """ "the two countries", "both sides": from this sentence back over the three before, in the latest that
        has them, the pair that acted together there (co-agents, or agent and partner: "Mongolia and Japan held
        talks"), else the two states named there last ("Kazakh-American relations were .... the two countries");
        else the text's most frequent acting pair, else the two signatories of a joint statement (named in its
        title: "Joint Statement of X and Y ... The two sides will:"). Never a state only named as a place ("the
        talks held in Ulaanbaatar") or taking part in a negated act ("Russia did not join"), nor two states named
        as foes ("Russia's invasion of Ukraine was discussed. Both sides condemned")."""
        mem = self.mem
        for n, s, end in [(mem.n + 1, self, upto), *((n, s, len(s.t)) for n, s in reversed(mem.latest[-3:]))]:
            pair = mem.pair_in(n)
            if pair:
                return mem.as_named(pair)
            states = _last_two_states(reversed(s.sides_named(end)))
            if states and not s.opposed(states):
                return states
        return mem.as_named(mem.frequent_pair()) or (list(mem.joint) if len(mem.joint) == 2 else [])

    def opposed(self, pair: list[str]) -> bool:
        """The two sides stand as agent and target of one act of conflict here ("Russia's invasion of Ukraine"):
        foes, not two sides acting together."""
        a, b = pair
        for q in self.preds:
            if q.agents and q.targets and "conflict" in self._sense(q).quad_class:
                agents, targets = {side_of(x) for x in q.agents}, {side_of(x) for x in q.targets}
                if (a in agents and b in targets) or (b in agents and a in targets):
                    return True
        return False

    def sides_named(self, upto: int) -> list[str]:
        """The sides named before ``t[upto]`` that may be parties: not a place ("in Ulaanbaatar", "at Tokyo"), not
        the agents or targets of a negated act."""
        t = self.t
        lows, acts = self.lows, self.acts
        named = [
            side_of(a)
            for k in compress(range(upto), self.acts)  # the words with actors, in one C pass
            if t[k][FORM] != "pronoun" and not (k and lows[k - 1] in ("in", "at"))
            for a in acts[k]
        ]
        if len({a for a in named if actor_type(a) == "state"}) < 2:
            return named  # fewer than two states: no pair to take, whatever is negated
        negated = {
            side_of(a)
            for q in self.preds
            if q.k < upto and (q.agents or q.targets) and self.negated(q)
            for a in q.agents + q.targets
        }
        return [a for a in named if a not in negated]

    def _antecedent(self, rel: int, named: bool = False) -> list[str]:
        """The actors of the noun phrase a relative pronoun at ``rel`` stands for; with ``named`` (a "who" meeting
        someone), else a bare name of unknown side ("Lavrov, who met Tokayev,": other:Lavrov)."""
        texts = self.texts
        j = rel - 1
        while j >= 0 and texts[j] in ',"“”':  # 'the "Central Asia Cooperation Organization," which'
            j -= 1
        if j < 0:
            return []
        i = self._np_left(j, 0)
        return self.np_actors(i, j + 1) or (self._bare_names(i, j + 1) if named else [])

    def _relative_antecedent(self, floor: int) -> list[str]:
        if floor and self.lows[floor] in ("which", "who"):
            return self._antecedent(floor)
        return []

    # -- objects ------------------------------------------------------------------------------------
    def _np_right(self, a: int, stop: int) -> int:
        """One past the end of the noun phrase starting at ``a``."""
        t, lows, acts, fins = self.t, self.lows, self.acts, self.fins
        b = a
        while b < stop:
            low = lows[b]
            if acts[b] or (low not in NP_RIGHT_MARKS and not fins[b]):
                b += 1  # a name, or a word that is none of those the tests below read
                continue
            x = t[b]
            if low in ("for", "of") and b > a and t[b - 1][TEXT][:1].isupper() and not t[b - 1][ACTORS]:
                m = self._title_run(b + 1, stop)  # a title's own phrase up to the person it names
                if (
                    m < stop and t[m][ACTORS] and actor_type(t[m][ACTORS][0]) == "person"
                ):  # ("Representative for Trade Bo Lin")
                    b = m + 1
                    continue
            if low in PREP and not (
                low in ("of", "in")
                and b > a
                and t[b - 1][LOW] in GOV_HEADS
                and (
                    (b + 1 < stop and t[b + 1][ACTORS])
                    or (b + 2 < stop and t[b + 1][LOW] == "the" and t[b + 2][ACTORS])  # "members of the Parliament"
                )
            ):
                break
            if low in SUBORD or low in CLAUSE_WORDS or x[TEXT] in CLAUSE_PUNCT or x[TEXT] in '()"“”' or low == "to":
                break
            if x[TEXT] == ",":
                if b + 1 < stop and t[b + 1][LOW] in COORD and b + 2 < stop and t[b + 2][ACTORS]:
                    if self._subject_after(b, b + 2):
                        break
                    b += 1
                    continue
                m = b + 2 if b + 2 < stop and t[b + 1][LOW] == "the" else b + 1
                if m + 1 < stop and t[m][ACTORS] and (t[m + 1][TEXT] == "," or t[m + 1][LOW] in COORD):
                    b += 1  # a list "A, B and C", "Kazakhstan, the Kyrgyz Republic, Tajikistan"
                    continue
                break
            if low in COORD:
                if b + 1 < stop and t[b + 1][ACTORS] and self._subject_after(b, b + 1):
                    break
                if b + 1 < stop and (
                    t[b + 1][ACTORS]
                    or t[b + 1][LOW] in DET
                    or t[b + 1][LOW] in GOV_HEADS
                    or (b > a and t[b - 1][ACTORS] and NAME_WORD.match(t[b + 1][TEXT]))  # "Uzbekistan and Vietnam"
                ):
                    b += 1
                    continue
                break
            if b > a and x[FINITE] and t[b - 1][LOW] not in DET:
                break
            b += 1
        return b

    def _subject_after(self, b: int, m: int) -> bool:
        """The name at ``t[m]``, after a coordinator at ``t[b]``, is the subject of a clause of its own, not a
        party listed with the noun before: that noun names no party and a finite verb follows the name, perhaps
        after adverbs ("rejected the proposal, and Uzbekistan also welcomed the proposal"); a possessor is no
        subject ("welcomed the proposal and Russia's support")."""
        t = self.t
        lows, acts, fins = self.lows, self.acts, self.fins
        e = m
        while e < len(t) and acts[e]:
            if t[e][POSS]:
                return False
            e += 1
        while e < len(t) and (lows[e] in ADVERB or (lows[e].endswith("ly") and not acts[e])):
            e += 1
        return not acts[b - 1] and e < len(t) and fins[e]  # the verb may lie past the clause's end

    def _object(self, p: Pred, stop: int) -> list[str]:
        a = p.k_end
        lows, acts, texts = self.lows, self.acts, self.texts
        while a < stop and (lows[a] in ADVERB or (lows[a].endswith("ly") and not acts[a])):
            a += 1
        if a >= stop or lows[a] in PREP or lows[a] in SUBORD:
            return []
        b = self._np_right(a, stop)
        if lows[p.k] in TELLING and b < stop and self.fins[b] and b - 1 > a:
            # "warned Kyiv Russia would attack": the recipient only, not the reported clause's subject
            b = self._reported_start(a, b - 1) or b
        head = a  # the last word (a loop: a generator left at its first hit is closed by an exception inside it)
        for m in range(b - 1, a - 1, -1):
            if texts[m][:1].isalnum():
                head = m
                break
        if lows[head] in COUNTERPARTS and any(lows[m] in PRONOUN_POSS for m in range(a, head)):
            # "hosted his counterparts": those across from him, not he nor whoever his "his" was (a demonym names
            # them: "his Japanese counterpart")
            return [x for m in range(a, b) if lows[m] not in PRONOUN_POSS for x in acts[m]]
        found = self._target_np(a, b, p.agents)
        if not found:
            for m in range(a, b):
                if lows[m] == "it" and m == a:
                    named = (self._head_named_before(p) if self._to_verb_after(m) else []) or self._named_before(
                        p, ("state", "organization")
                    )
                    if named:
                        found = named[:1]  # "work on Kazakhstan rather than work with it": the body just named
                        break
                if lows[m] in ("him", "her") and m == a:
                    found = self._other_person(m, p.agents)  # "thanked Ishiba … and invited him": not the inviter
                    break
                if m == a and lows[m] == "you" and lows[p.k] == "thank":
                    found = self._addressee(p.k) or []  # "Minister Tileuberdi, thank you": the one addressed
                    break
                if m == a and lows[m] in ("us", "me"):
                    found = self._first_person_object(m)  # "thank you for hosting us": the speaker's side
                    break
                if lows[m] in PRONOUN_POSS or lows[m] in ("him", "them", "it"):
                    kind = PRONOUN_POSS.get(lows[m]) or {"him": "person", "them": "plural", "it": "other"}[lows[m]]
                    found = (self._plural_before(m, p.agents) if lows[m] == "them" else []) or self.mem.resolve(kind)
                    if lows[m] == "them" and m == a:  # "criticised X and Y but later praised them": that list
                        found = [x for x in self._listed_group(m) if x not in p.agents] or found
                    break
        if not found and self.meeting:
            found = self._bare_names(a, self._names_after(b, stop))  # "met Saidov in Astana": not the city
        if not found:
            found = self._nested(b, stop)
        if not found and self._sense(p).cameo[:2] in ("05", "11", "12"):
            found = self._event_author(a, b)  # "welcome the participation of Afghanistan": who takes part
        sense = self._sense(p)
        if (
            not found
            and lows[a] in DEFINITE
            and (sense.cameo[:2] in ("05", "11", "12") or (sense.cue and sense.cameo[:2] == "03"))
        ):
            # "Russia proposed a union. X rejected the proposal": Russia; "Y invited X. X accepted the invitation": Y
            found = self._told_author(a, b, p.agents)
            if not found:
                end = self._clause_end(p.k)
                n = next((m for m in range(b, min(end, b + 4)) if lows[m] == "by"), None)
                if n is not None and n + 1 < end and lows[n - 1].isalpha() and not past_participle(lows[n - 1]):
                    found = self._by_agents(n, end)  # "condemned the missile launches by North Korea": their author
        return found

    def _target_np(self, a: int, b: int, owners: list | None = None) -> list[str]:
        """The parties a noun phrase in a target's place stands for: "its northern neighbours" (the states
        bordering its possessor, from the codebook's ``neighbours`` table, narrowed by a direction or a region
        named with it), "American investors" (people or firms of a country acting on their own account, kept as
        ``other:<words>``, not the country), else its actors (:meth:`np_actors`). ``owners``: whose "its" is."""
        texts = self.texts
        lows = self.lows[a:b]
        if not NEIGHBOUR_WORDS.isdisjoint(lows):
            h = next(compress(count(a), map(NEIGHBOUR_WORDS.__contains__, lows)))  # the first "neighbours"
            found = self._neighbours(a, h, owners or self.cur_agents)
            if found:
                return found + [y for y in self._and_also(b) if y not in found]
        m = b - 1
        while m > a and not texts[m][:1].isalnum():
            m -= 1
        words = " ".join(self.lows[a : a + 5])
        if holds_any(words, REGION_WORDS) and REGION_STATES.match(words):  # "states" may end the phrase early
            return self.salient_region(a)
        return self._private_group(a, m) or self.np_actors(a, b)

    def _private_group(self, a: int, m: int) -> list[str]:
        """ "American investors", "specialized American agricultural firms" (a noun phrase ``t[a:m+1]`` headed by
        a noun of ``rules/private_groups.csv`` after one state's adjective, acronym or name): people or firms of
        that country on their own account, ``[other:<words>]``, not its government; else []."""
        t = self.t
        lows = self.lows
        if m <= a or self.acts[m]:
            return []
        head = lows[m] if lows[m] in PRIVATE_GROUPS else " ".join(lows[m - 1 : m + 1])
        if head in PRIVATE_GROUPS:
            named = [x for x in t[a:m] if x[ACTORS]]
            if (
                len(named) == 1
                and not named[0][POSS]
                and named[0][FORM] in ("demonym", "acronym", "alias", "name", "variant")
                and actor_type(named[0][ACTORS][0]) == "state"
            ):
                i = a
                while i < m and lows[i] in DET:
                    i += 1
                return self._other_phrase(t[i : m + 1])  # "Specialized American firms entered"
        return []

    def _and_also(self, b: int) -> list[str]:
        """ "its neighbours, including Kazakhstan, and Afghanistan as well": a party added after an aside that
        names some of the group."""
        t = self.t
        lows, acts, texts = self.lows, self.acts, self.texts
        if not (b + 1 < len(t) and texts[b] == "," and lows[b + 1] == "including"):
            return []
        m = b + 2
        while m < len(t) and texts[m] != "," and texts[m] not in ".;:":
            m += 1
        if m + 2 < len(t) and texts[m] == "," and lows[m + 1] in COORD and acts[m + 2]:
            return list(acts[m + 2])
        return []

    def _neighbours(self, a: int, h: int, owners: list) -> list[str]:
        t = self.t
        lows, acts = self.lows, self.acts
        whose: list[str] = []
        direction, region = "", ""
        for m in range(h - 1, a - 1, -1):
            x = t[m]
            if x[ACTORS] and x[POSS]:
                whose = [side_of(y) for y in x[ACTORS]]
                break
            if x[LOW] in PRONOUN_POSS:
                whose = [side_of(y) for y in owners] if x[LOW] in ("its", "their") and owners else self._resolve(x, m)
                whose = [side_of(y) for y in whose]
                break
            if x[ACTORS] and actor_type(x[ACTORS][0]) == "region":
                region = x[ACTORS][0]
            elif x[LOW][:5] in ("north", "south") or x[LOW][:4] in ("east", "west"):
                direction = x[LOW][:5] if x[LOW][:5] in ("north", "south") else x[LOW][:4]
        if not whose and h + 2 < len(t) and lows[h + 1] == "of" and acts[h + 2]:
            whose = [side_of(y) for y in acts[h + 2]]  # "the neighbours of Afghanistan"
        out: list[str] = []
        for actor, nb, dirs, reg in reading().neighbours:
            if (
                actor in whose
                and (not direction or direction in dirs)
                and (not region or reg == region)
                and nb not in out
            ):
                out.append(nb)
        return out

    def _nested(self, b: int, stop: int) -> list[str]:
        """Actors of a with/on/against phrase attached to an object without actors ("the deal with Iran"), or of the
        party goods or trade move to, from or with ("a ban on imports from X")."""
        lows, texts = self.lows, self.texts
        if b - 1 >= 0 and lows[b - 1] in TRADE_FLOWS and b + 1 < stop and lows[b] in ("from", "to", "with"):
            return self._target_np(b + 1, self._np_right(b + 1, stop))  # "a ban on imports from X": trade with X
        if b - 1 >= 0 and lows[b - 1] in reading().nouns:
            return []  # "condemned the attack on Ukraine": the one attacked is the event's, not the condemner's
        if b < stop and lows[b] in ("with", "on", "against", "toward", "towards") and b + 1 < stop:
            e = self._np_right(b + 1, stop)
            return self._target_np(b + 1, e)
        if b - 1 >= 0 and lows[b - 1] in OWNED_ATTRIBUTES:
            m = b  # "support for the sovereignty, independence, and territorial integrity of Kazakhstan": its owner
            while m < min(stop, b + 8) and (texts[m] == "," or lows[m] in COORD or lows[m] in OWNED_ATTRIBUTES):
                m += 1
            if m + 1 < stop and lows[m] == "of":
                return self._target_np(m + 1, self._np_right(m + 1, stop))
        return []

    def _pp(self, preps: set, a: int, stop: int, nested: bool = True) -> list[str]:
        t = self.t
        lows = self.lows
        resume = a  # a phrase shared with a second preposition is read from past it
        for k in compress(range(a, stop), map(preps.__contains__, lows[a:stop])):  # the frame's prepositions
            if k < resume:
                continue
            if not (lows[k] == "with" and k and lows[k - 1] in ("along", "together")) and not (
                lows[k] == "to"
                and (
                    self._infinitive_at(k + 1)
                    or (k and lows[k - 1] in PLACE_TO_WORDS and not self._owed_to(a, k, stop))
                )
            ):
                e = self._np_right(k + 1, stop)
                shared = self._raised(k) if e == k + 1 else None
                if shared:  # "investment in, and the development of, Central Asia": the phrase after both
                    k, e = shared
                found = self.np_actors(k + 1, e) if "by" in preps else self._target_np(k + 1, e)
                if not found:
                    for m in range(k + 1, e):
                        if lows[m] in PRONOUN_POSS or lows[m] in ("him", "them", "it", "there"):
                            if lows[m] == "its" and m + 1 < e and lows[m + 1] in OWN_RECORD:
                                found = self._resolve(t[m], a - 1)  # "attacks on its record": on its holder
                            break
                    if not found and lows[k] == "with" and self.meeting:
                        found = self._bare_name(k + 1, e)  # "met with Saidov": a person of unknown side
                    if nested and not found:
                        found = self._nested(e, stop)
                if not found and lows[k] in ("of", "about") and "by" not in preps:
                    found = self._topic_place(k + 1, stop)
                if found:
                    return found + [a for a in self._and_same_prep(k, e) if a not in found]
                resume = k + 1
        return []

    def _owed_to(self, a: int, k: int, stop: int) -> bool:
        """The "to" at ``k`` after "due" or "owing" names whom a thing is owed ("sent aid due to Ukraine", "payments
        owing to Kazakhstan"): the word follows the object's noun right away (no phrase between it and the verb, which
        ends at ``a``) and the phrase after "to" is a party alone (its names and "the"), not a cause ("due to the
        war", "owing to Russia's invasion", "was due to Russia", "sent troops to the border due to Ukraine")."""
        lows, acts = self.lows, self.acts
        if k < 2 or lows[k - 1] not in OWED or k + 1 >= stop or not PREP.isdisjoint(lows[a : k - 1]):
            return False
        noun = lows[k - 2]
        if not noun.isalpha() or acts[k - 2] or noun in BE or noun in AUX or noun in ADVERB or noun in PREP:
            return False
        e = self._np_right(k + 1, stop)
        return any(acts[k + 1 : e]) and all(
            (acts[m] and not self.t[m][POSS]) or lows[m] == "the" or not lows[m][:1].isalnum() for m in range(k + 1, e)
        )

    def _and_same_prep(self, k: int, e: int) -> list[str]:
        """A second phrase of the same preposition coordinated with the one at ``t[k]`` that ends at ``e`` ("both
        with Kazakhstan and with Central Asia", "with X and later with Y"): its parties too. Within the clause."""
        lows = self.lows
        end = self._clause_end(k)
        m = e
        if not (m < end and lows[m] in COORD):
            return []
        m += 1
        while m < end and (lows[m] in ADVERB or lows[m].endswith("ly")):
            m += 1
        if m + 1 < end and lows[m] == lows[k]:
            return self._target_np(m + 1, self._np_right(m + 1, end))
        return []

    def _raised(self, k: int) -> tuple[int, int] | None:
        """A preposition ``t[k]`` that shares its noun phrase with a second conjunct ("investment in, and the
        economic development of, Central Asia"): (the second preposition, the end of the shared phrase), else
        None. Within the clause, not past a verb."""
        lows, texts = self.lows, self.texts
        end = self._clause_end(k)
        if not (k + 2 < end and texts[k + 1] == "," and lows[k + 2] in COORD):
            return None
        for m in range(k + 3, end - 1):
            if texts[m] == ",":
                if lows[m - 1] in PREP and m + 1 < end:
                    return m, self._np_right(m + 1, end)
                return None
            if self._verb_at(m):
                return None
        return None

    def _topic_place(self, a: int, stop: int) -> list[str]:
        """ "spoke positively of the "real reforms" underway in Astana": the state (or region) where the topic of a
        statement lies is the party spoken of, when the topic names nobody. Past quotation marks, not past a verb,
        a comma or a subordinate clause."""
        t = self.t
        acts = self.acts
        for k in range(a, min(stop, a + 10) - 1):
            x = t[k]
            if x[LOW] in SUBORD or x[TEXT] in ",;:()" or self._verb_at(k):
                break
            if x[LOW] in ("in", "across", "throughout") and k > a:
                found = [y for y in acts[k + 1] if actor_type(y) in ("state", "region")]
                if found:
                    return found
        return []

    # -- arguments ----------------------------------------------------------------------------------
    def arguments(self, p: Pred, sense) -> None:
        t = self.t
        lows, acts = self.lows, self.acts
        # up to the next verb of the clause, or the next predicate past a preposition
        end = self._clause_end(p.k)
        prep = next(compress(range(p.k_end, end), map(PREP.__contains__, lows[p.k_end : end])), end)
        stop = end
        for q in islice(self.preds, bisect_right(self.preds, p.k, key=K_OF), None):  # the predicates after p
            if q.k >= end or q.pos == "verb" or prep < q.k:
                stop = min(q.k, end)
                break
        q = self.at.get(stop)
        if (
            q is not None
            and q.pos == "noun"
            and p.pos == "verb"
            and lows[stop - 1] == "in"
            and self._sense(q).cameo[:2] == sense.cameo[:2] != ""
        ):  # "provided $9 billion in assistance to X": the sum's kind, the same act; its frame goes on past it
            stop = next((r.k for r in self.preds if q.k < r.k < end and r.pos == "verb"), end)
        frame = field_roles(sense.targets)
        root = sense.cameo[:2]  # the CAMEO root, read by the rules below
        self.meeting = root == "04" and sense.cameo != "042"
        if p.pos == "noun":
            self._nominal(p, sense, stop)
            return
        if p.passive:
            p.agents = self._pp({"by"}, p.k_end, stop, nested=False)
            by = p.k_end + 1 < stop and lows[p.k_end] == "by"
            if not p.agents and by:  # "were pressed by activists": a group the codebook lacks
                p.agents = self._by_agents(p.k_end, stop, first=self._described_group)
            if p.vform == "finite":
                j = p.k - 1
                while j >= 0 and (lows[j] in BE or lows[j] in AUX or lows[j] in ADVERB or lows[j] in NEG):
                    j -= 1
                p.targets = self._patient(j) if j >= 0 and not topic_object(sense) else []
                if not p.agents and sense.lemma in STATIVE_PASSIVE and p.k_end < len(t) and lows[p.k_end] == "to":
                    p.agents, p.targets = p.targets, []  # "X is committed to ...": X commits itself
                    return
                if not p.agents and not by and not any(x[LOW] in MODAL_HYPO for x in t[max(0, p.k - 4) : p.k]):
                    owners = self._owners(j, root) if j >= 0 else []
                    if owners:
                        p.agents, p.targets = owners, [x for x in p.targets if x not in owners]
                if not p.agents and not sense.cameo and j >= 0:
                    p.agents = self._makers(j)  # "X founded a union that was later rebranded": its makers
                    if p.agents:
                        p.targets = []  # a step on their own body, no other party
                if not p.agents:
                    p.agents = self._in_document(p.k_end, stop)
                    if p.agents:  # what a document affirms is its content, not a party, unless it is a stance
                        p.targets = self._colon_stance(p) if root in ("01", "03") else []
                if (
                    not p.agents
                    and root in ("01", "03")
                    and self.mem.doc_at >= self.mem.n  # a document named in this sentence or the one before
                    and not any(x[LOW] in MODAL_HYPO or x[LOW] in ("should", "must") for x in t[max(0, p.k - 3) : p.k])
                ):
                    first = t[self._clause_start(p.k)] if self._clause_start(p.k) < p.k else None
                    if any(x[LOW] in ("it", "this") for x in t[: p.k]) and (first is None or not first[ACTORS]):
                        p.agents, p.targets = list(self.mem.last_doc), []  # "This Strategy was .... It was released"
            elif p.k and acts[p.k - 1]:
                p.targets = self.np_actors(self._np_left(p.k - 1, self._clause_start(p.k)), p.k)
            if not p.targets and p.agents and sense.lemma == "join":
                p.targets = self._founded(p)  # "Russia, later joined by Kyrgyzstan, launched the EEU": the union
            if not p.targets and p.agents and len(frame) > ("obj" in frame):
                p.targets = self._passive_pp(p, frame, stop)
            return
        if p.vform == "finite":
            p.agents = self.subject(p.k)
            if not p.agents and not sense.cameo and not frame and p.k_end + 1 < len(t) and lows[p.k_end] == "under":
                # "the reforms that had begun under President Nazarbayev": a step of no other party, under whose
                # government it was taken
                p.agents = self.np_actors(p.k_end + 1, self._np_right(p.k_end + 1, len(t)))
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
                if lows[j] in ("which", "whom", "that") and any(acts[j + 1 : p.k]):
                    if lows[j] == "that" and self._reporting_that(j):
                        break  # "said that X would join", "told Y that X would join": the reported clause, no relative
                    targets = self._antecedent(j)  # "CACO, which Tajikistan also joined"
                    break
        if not targets and ("obj" in frame or "to" in frame):
            targets = self._place(p, stop)
        if not targets and root in ("02", "10") and p.k_end < len(t) and lows[p.k_end] == "that":
            e = self._np_right(p.k_end + 1, len(t))
            targets = self.np_actors(p.k_end + 1, e)  # "insisted that Europeans pay": those asked to act
        if not targets and frame and not topic_object(sense):
            targets = self._inside_object(p)
        if not targets and root == "03":
            targets = self._offered_as(p)  # "presented itself as a base for American efforts"
        if not targets and not frame and root == "05" and p.k_end < stop:
            targets = self._event_author(p.k_end, self._np_right(p.k_end, stop))  # "ensured the merger of CACO"
        if not targets and frame:
            targets = self._anaphor_place(p)
        if not targets and root == "04":
            targets = self._host(p)
        if not targets and "with" in frame:
            targets = self._with_through_noun(p)
        if not targets and not frame and root == "01":
            targets = self._stance(p, stop)
        if not targets and root in ("01", "03"):
            targets = self._colon_stance(p)  # "affirmed three principles: America's commitment to X"
        if not targets and root == "02":
            targets = self._asked(p.k_end, self._clause_end(p.k))  # "called for the end of the NATO mission"
        if not targets and root == "02" and "obj" in frame:  # "requested the assistance of the CSTO"
            end = self._clause_end(p.k)
            m = next((m for m in range(p.k_end, min(end, p.k_end + 5)) if lows[m] == "of"), None)
            if m is not None and m > p.k_end and lows[p.k_end] in DET and m + 1 < end:
                targets = self.np_actors(m + 1, self._np_right(m + 1, end))
        if not targets and frame and root in ("10", "11", "12") and p.k_end < len(t) and lows[p.k_end] == "in":
            targets = self._topic_place(p.k_end, self._clause_end(p.k))  # "hectoring in its advocacy of reforms in X"
        p.targets = [x for x in targets if x not in p.agents]

    def _passive_pp(self, p: Pred, frame: tuple, stop: int) -> list[str]:
        """ "A proposal was sent by X to Y", "was sent to Y by X": a passive whose subject is no party is done to
        the party the frame's phrase names, read in the run of phrases right after the verb that holds its
        by-phrase (not in a later clause: "restated in the strategy was of significance to X")."""
        lows = self.lows
        m = p.k_end
        while m + 1 < stop and lows[m] in PREP:
            m = self._np_right(m + 1, stop)  # the run of prepositional phrases after the verb
        if "by" not in lows[p.k_end : m]:
            return []
        preps = {f for f in frame if f != "obj" and f != "by"}
        return [x for x in self._pp(preps, p.k_end, m) if x not in p.agents]

    def _stance(self, p: Pred, stop: int) -> list[str]:
        """ "emphasized the U.S. commitment to Central Asia": a statement whose object is a stance (commitment,
        support, respect) is directed at the party the stance is towards."""
        return self._stance_at(p.k_end, stop)

    def _stance_at(self, a: int, stop: int) -> list[str]:
        """The party of a stance noun phrase starting at ``t[a]``: "the strong U.S. commitment to Central Asia",
        "America's commitment to the (a) independence, (b) sovereignty … of partner states" (the owner of what it
        respects)."""
        lows, acts, texts = self.lows, self.acts, self.texts
        k = a
        while (
            k < stop
            and k < a + 5
            and lows[k] not in STANCE_NOUNS
            and lows[k] not in PREP
            and (acts[k] or lows[k].isalpha())
        ):
            k += 1  # determiners, possessors, actor adjectives, adjectives: "the strong U.S. commitment"
        if k + 1 < stop and lows[k] in STANCE_NOUNS and lows[k + 1] in ("to", "for"):
            found = self._target_np(k + 2, self._np_right(k + 2, stop))
            if found:
                return found
            m = k + 2  # "to the (a) independence, (b) sovereignty, and (c) territorial integrity of X": its owner
            while m < min(stop, k + 20) and (
                lows[m] in DET
                or lows[m] in COORD
                or lows[m] in OWNED_ATTRIBUTES
                or texts[m] in ",()"
                or (len(texts[m]) == 1 and texts[m].isalnum() and m + 1 < stop and texts[m + 1] == ")")
            ):
                m += 1
            if m + 1 < stop and m > k + 2 and lows[m] == "of":
                return self._target_np(m + 1, self._np_right(m + 1, stop))
        return []

    def _colon_stance(self, p: Pred) -> list[str]:
        """A statement whose content follows a colon and is a stance ("Three basic principles were affirmed
        therein: America's commitment to … of partner states"): directed at the party the stance is towards.
        The colon within five words of the predicate; not past another clause mark."""
        t = self.t
        texts = self.texts
        c = next((m for m in range(p.k_end, min(len(t), p.k_end + 5)) if texts[m] in ":;"), None)
        if c is None or texts[c] != ":" or any(self._verb_at(m) for m in range(p.k_end, c)):
            return []
        end = next((m for m in range(c + 1, len(t)) if texts[m] in ";:"), len(t))
        return self._stance_at(c + 1, end)

    def _founded(self, p: Pred) -> list[str]:
        """A participle of joining set off by commas after a subject ("Russia along with Belarus, later joined by
        Kyrgyzstan, launched the Eurasian Economic Union"): who joins the founders joins the body their verb
        founds, the organisation, format or initiative heading that verb's object."""
        t = self.t
        lows, texts = self.lows, self.texts
        m = p.k - 1
        while m >= 0 and lows[m] in ADVERB:  # ", later joined by"
            m -= 1
        if m < 0 or texts[m] != ",":
            return []
        c = next((n for n in range(p.k_end, min(len(t), p.k_end + 10)) if texts[n] in ",;:"), None)
        if c is None or texts[c] != ",":
            return []
        q = next((q for q in self.preds if q.k > c and q.pos == "verb"), None)
        if q is None or q.vform != "finite" or any(x[TEXT] in ",;:" for x in t[c + 1 : q.k]):
            return []
        a = q.k_end
        while a < len(t) and (lows[a] in ADVERB or lows[a].endswith("ly")):
            a += 1
        bodies = ("organization", "format", "initiative")
        return [y for y in self.np_actors(a, self._np_right(a, len(t))) if actor_type(y) in bodies]

    def _with_through_noun(self, p: Pred) -> list[str]:
        """ "balancing that engagement with a higher level of engagement with Europe": a with-phrase whose noun is a
        contact or tie names no party itself; the parties of that noun's own with-phrase are those the verb is
        directed at. Not past a verb or a subordinate clause."""
        t = self.t
        lows = self.lows
        end = self._clause_end(p.k)
        nouns = {q.k: q for q in self.preds if q.pos == "noun"}
        k = p.k_end
        while k < end and lows[k] != "with":
            k += 1
        for m in range(k + 1, min(end, k + 8)):
            x = t[m]
            if x[ACTORS] or x[LOW] in SUBORD or x[TEXT] in ",;:" or self._verb_at(m):
                return []
            q = nouns.get(m)
            if q is not None and self._sense(q).cameo[:2] in ("03", "04", "05"):
                if q.k_end + 1 < end and lows[q.k_end] in ("with", "to"):
                    e = self._np_right(q.k_end + 1, end)
                    return self._target_np(q.k_end + 1, e)
                return []
        return []

    def _host(self, p: Pred) -> list[str]:
        """ "took part in a roundtable at the U.S. Chamber of Commerce": the body or state at whose seat a meeting
        is held is the one met (as the host country of a visit), when no other party is named. Not past another
        verb or a subordinate clause of the clause."""
        lows = self.lows
        end = self._clause_end(p.k)
        own = {side_of(a) for a in p.agents}
        for k in range(p.k_end, end - 1):
            if lows[k] in SUBORD or self._verb_at(k):
                break
            if lows[k] == "at":
                e = self._np_right(k + 1, end)
                found = [a for a in self.np_actors(k + 1, e) if actor_type(a) != "person" and side_of(a) not in own]
                if found:
                    return found
        return []

    def _event_author(self, a: int, b: int) -> list[str]:
        """The author of an act named by the noun heading ``t[a:b]`` ("welcome the participation of Afghanistan",
        "praised Japan's decision"): its possessor or its of-phrase, for a verb that judges the act."""
        t = self.t
        lows, texts = self.lows, self.texts
        m = b - 1
        while m > a and not texts[m][:1].isalnum():
            m -= 1
        roles = {
            r
            for w, pos, senses in lexicon_forms().get(lows[m], ())
            if pos == "noun" and w == (lows[m],)
            for sense in senses
            for r in sense.noun_agent.split(";")
        }  # whose the act is, by the lexicon: "the participation of X" is X's, "the privatization of X" is not
        owners = [y for x in t[a:m] if x[ACTORS] and x[POSS] for y in x[ACTORS]]
        if owners and "poss" in roles:
            return owners
        if "of" in roles and m + 2 < len(t) and lows[m + 1] == "of":
            return [y for y in self.np_actors(m + 2, self._np_right(m + 2, len(t))) if actor_type(y) != "person"]
        n = m + 1  # "the annexation of Crimea by Russia", "the missile launches by North Korea": the by-phrase
        if n < len(t) and lows[n] == "of":
            n = self._np_right(n + 1, len(t))
        if n + 1 < len(t) and lows[n] == "by":
            return self._by_agents(n, len(t))
        return []

    def _by_agents(self, n: int, end: int, first=None) -> list[str]:
        """The agents a by-phrase at ``t[n]`` names up to ``end`` ("by North Korea"): the parties its noun phrase
        stands for (by ``first``, default :meth:`np_actors`), else a name the codebook lacks."""
        e = self._np_right(n + 1, end)
        return (first or self.np_actors)(n + 1, e) or self._named_other(n + 1, e)

    def _named_other(self, a: int, b: int) -> list[str]:
        """A name the codebook lacks heading ``t[a:b]`` ("by North Korea", "by the Security Council"): its
        capitalised words (a leading "the" left out) as ``other:<Name>``, else []."""
        t = self.t
        lows, acts, texts = self.lows, self.acts, self.texts
        if a < b and lows[a] == "the":
            a += 1
        e = a
        while e < b and texts[e][:1].isupper() and texts[e].replace("-", "").isalpha() and not acts[e]:
            e += 1
        if e == a or (e < b and texts[e][:1].isalnum() and lows[e] not in PREP):
            return []  # no name, or a name that only modifies a noun ("by Japanese firms")
        return [OTHER + " ".join(x[TEXT] for x in t[a:e])]

    def _told_author(self, a: int, b: int, agents: list[str]) -> list[str]:
        """The author of an act a definite noun heading ``t[a:b]`` names without one ("the proposal"): the agents of
        the latest action of that noun's lemma told in this sentence or the three before, not the judge's own."""
        m = b - 1
        while m > a and not self.texts[m][:1].isalnum():
            m -= 1
        lemmas = {
            sense.lemma
            for w, pos, senses in lexicon_forms().get(self.lows[m], ())
            if pos == "noun" and w == (self.lows[m],)
            for sense in senses
        }
        told = [self.mem.authors[x] for x in lemmas if x in self.mem.authors]
        if not told:
            return []
        n, found = max(told, key=lambda x: x[0])
        return [x for x in found if x not in agents] if self.mem.n - n <= 3 else []

    def _patient(self, j: int) -> list[str]:
        """The parties acted on by a passive whose subject ends at ``t[j]``: not a document ("This Strategy was
        developed": its authors are not acted on), and for a relative coordinated with an earlier one ("reforms
        that had begun under Nazarbayev and which were expanded"), the first relative's antecedent, not the
        actors inside its clause."""
        lows, acts, texts = self.lows, self.acts, self.texts
        k = j
        while k > 0 and not acts[k] and (lows[k].endswith("ly") or lows[k] in BE or lows[k] in AUX):
            k -= 1  # "which were significantly expanded"
        if lows[k] in DOC_NOUNS:
            return []
        j = k if lows[k] in ("which", "that") else j
        if lows[j] in ("which", "that") and j > 1 and lows[j - 1] == "and":
            m = j - 2
            while m >= 0 and lows[m] not in ("which", "that") and texts[m] not in ";:":
                m -= 1
            if m > 0 and lows[m] in ("which", "that"):
                return self._antecedent(m)
        return self.subject(j + 1)

    def _wanter(self, p: Pred) -> list[str]:
        """Who wants the step an event noun names in the object of "want" or "wish" (the subject of that verb), when
        nothing between them is a verb, a clause or a party of its own."""
        floor = self._clause_start(p.k)
        lows, acts, fins = self.lows, self.acts, self.fins
        for m in range(p.k - 1, floor - 1, -1):
            low = lows[m]
            if low in WANT_VERBS:
                return self.subject(m)
            if acts[m] or fins[m] or low in SUBORD or low in ("to", "that") or m in self.at:
                return []
        return []

    def _makers(self, j: int) -> list[str]:
        """The agents of the verb whose object a relative pronoun ending at ``t[j]`` (past adverbs) stands for: who
        made or took up the thing ("Kazakhstan and Uzbekistan spearheaded a union that subsequently was
        rebranded"), for an agentless passive step with no other party on it."""
        t = self.t
        lows, acts, texts = self.lows, self.acts, self.texts
        while j > 0 and (lows[j] in ADVERB or lows[j].endswith("ly")) and not acts[j]:
            j -= 1
        if lows[j] not in ("that", "which") or j < 2:
            return []
        e = j - 1
        while e > 0 and texts[e] in ',"“”':
            e -= 1
        i = self._np_left(e, 0)
        q = next((q for q in reversed(self.preds) if q.k_end <= i), None)
        if q is None or q.pos != "verb" or q.passive or not q.agents:
            return []
        if any(x[LOW] not in DET and x[LOW] not in ("a", "an") and x[TEXT] not in '"“”' for x in t[q.k_end : i]):
            return []  # the thing is the verb's own object, right after it
        return list(q.agents)

    def _to_verb_after(self, m: int) -> bool:
        """``to`` and a bare verb follow ``t[m]`` ("press it to join"): the word is the party urged to act."""
        t = self.t
        lows = self.lows
        if m + 2 >= len(t) or lows[m + 1] != "to":
            return False
        v = t[m + 2]
        return (
            v[TEXT].isalpha()
            and v[TEXT].islower()
            and not v[ACTORS]
            and v[LOW] not in DET
            and v[LOW] not in PRONOUN_POSS
            and not v[LOW].endswith("s")
        )

    def _head_named_before(self, p: Pred) -> list[str]:
        """The state or body named last before ``p`` in its sentence that heads a phrase of its own, when one named
        later is only the complement of a noun ("Uzbekistan remains an observer of the EEU, …, and Russia continues
        to press it": Uzbekistan, not the EEU); else [] (the agents' own side never)."""
        t = self.t
        lows = self.lows
        own = {side_of(x) for x in p.agents}
        skipped = False
        for k in range(p.k - 1, -1, -1):
            x = t[k]
            if x[FORM] == "pronoun" or not any(actor_type(y) in ("state", "organization") for y in x[ACTORS]):
                continue
            if any(side_of(y) in own for y in x[ACTORS]):
                continue
            if (k and lows[k - 1] == "of") or (k > 1 and lows[k - 1] == "the" and lows[k - 2] == "of"):
                skipped = True  # "an observer of the Eurasian Economic Union": a noun's complement
                continue
            return [y for y in x[ACTORS] if actor_type(y) in ("state", "organization")][:1] if skipped else []
        return []

    def _named_before(self, p: Pred, types: tuple) -> list[str]:
        """The latest actor of the given types named before the predicate (in this sentence, else before it),
        other than the agents' own side: ``[actor]`` or ``[]`` (a lazy search: the text before is not listed)."""
        own = {side_of(x) for x in p.agents}
        here = (y for x in reversed(self.t[: p.k]) if x[FORM] != "pronoun" for y in x[ACTORS])
        found = (
            y for y in chain(here, reversed(self.mem.mentioned)) if actor_type(y) in types and side_of(y) not in own
        )
        return list(islice(found, 1))

    def salient_region(self, upto: int) -> list[str]:
        """The region "the region" or bare "states" stands for: one named earlier in this sentence, else the region
        named most often among the latest mentions (the text's region, not one named in passing), the latest on a
        tie."""
        here = [y for x in self.t[:upto] if x[FORM] != "pronoun" for y in x[ACTORS] if actor_type(y) == "region"]
        if here:
            return here[-1:]
        recent = [a for a in self.mem.mentioned[-60:] if actor_type(a) == "region"]
        if not recent:
            return []
        return [max(reversed(recent), key=recent.count)]

    def _anaphor_place(self, p: Pred) -> list[str]:
        """ "investment in the country", "reforms across the region": the state or region named last (not the
        agents' own) is the one the action is directed at."""
        lows = self.lows
        end = self._clause_end(p.k)
        heads = self.lows[p.k_end + 2 : min(end, p.k_end + 8)]
        if "region" not in heads and "country" not in heads:
            return []  # no head word to read
        verbs = {q.k for q in self.preds if q.pos == "verb"}  # once, not a scan of the predicates per word
        for k in range(p.k_end, min(end, p.k_end + 8) - 2):
            if lows[k] in ("in", "to", "into", "across", "throughout") and lows[k + 1] == "the":
                head = lows[k + 2]
                if head == "region":
                    return self.salient_region(p.k)  # the text's region, not one named in passing
                if head == "country":
                    return self._named_before(p, ("state",))[:1]
            if k > p.k_end and (lows[k] in SUBORD or k in verbs):
                break
        return []

    def _inside_object(self, p: Pred) -> list[str]:
        """A party named in a phrase of the verb's object ("launched a new strategy for Central Asia", "seek
        new bases in Central Asia", "ignore the impact of its sanctions on Kazakhstan"): the one the action is
        directed at, when the frame's own places name nobody. Not past the next verb or a subordinate clause."""
        lows, acts, texts = self.lows, self.acts, self.texts
        end = self._clause_end(p.k)
        nxt = [q.k for q in self.preds if q.k > p.k and q.pos == "verb" and self.clause[q.k] == self.clause[p.k]]
        end = min([end] + nxt)
        k = p.k_end
        while k < end and (lows[k] in ADVERB or lows[k] == "today" or (lows[k].endswith("ly") and not acts[k])):
            k += 1
        if k >= end or lows[k] in PREP or acts[k]:
            return []  # no object noun: the frame's prepositions were the places to look
        fallen = self._effect_on(k, end)
        if fallen:
            return fallen
        nouns = {q.k for q in self.preds if q.pos == "noun"}
        head = False
        while k < end:
            low = lows[k]
            if low in SUBORD or low in ("which", "who", "that", "to") or texts[k] in '",;:()' or k in nouns:
                return []  # an event inside the object holds its own parties ("the attack on", "engagements with")
            if low in OBJECT_PREPS and head:
                e = self._np_right(k + 1, end)
                if any(m in nouns for m in range(k + 1, e)):
                    return []
                found = [a for a in self.np_actors(k + 1, e) if actor_type(a) != "person"]
                if found:
                    return found
                k += 1
                continue
            head = head or (low.isalpha() and not acts[k] and low not in DET)
            k += 1
        return []

    def _offered_as(self, p: Pred) -> list[str]:
        """An offer of oneself "as" something for a party ("present itself as a base from which American efforts
        to stabilize Afghanistan could be launched", "as a partner of Japan"): the party served, by a possessive
        or a modifier before a noun, or after for/of/to/with. Not the content of an infinitive ("to stabilize
        Afghanistan"), not past a clause mark; at most 16 words."""
        t = self.t
        lows = self.lows
        a = p.k_end
        if not (a + 1 < len(t) and lows[a] in REFLEXIVE and lows[a + 1] == "as"):
            return []
        for m in range(a + 2, min(len(t) - 1, a + 18)):
            x = t[m]
            if x[TEXT] in ";:()" or (x[LOW] == "to" and self._infinitive_at(m + 1)):
                return []
            if x[ACTORS] and (lows[m - 1] in ("for", "of", "to", "with") or self._owner_at(m)):
                return [y for y in x[ACTORS] if y not in p.agents]
        return []

    def _asked(self, a: int, end: int) -> list[str]:
        """An appeal "for" an act on what a party has ("calls … for the termination of the NATO military mission
        in Afghanistan", "called for the withdrawal of Russian troops"): the party whose thing it is, by a
        possessive or a modifier before a noun, is the one asked to act. Not in a place phrase (in, at, from …),
        not past a subordinate clause, a clause mark or a verb."""
        t = self.t
        lows, texts = self.lows, self.texts
        f = next((m for m in range(a, min(end, a + 12)) if lows[m] == "for"), None)
        if f is None or any(lows[m] in SUBORD or texts[m] in ",;:" or self._verb_at(m) for m in range(a, f)):
            return []
        for m in range(f + 1, end - 1):
            x = t[m]
            if x[LOW] in SUBORD or x[TEXT] in ",;:()" or x[LOW] in PLACE_PREPS or self._verb_at(m):
                return []
            if x[ACTORS] and self._owner_at(m):
                return list(x[ACTORS])
        return []

    def _owner_at(self, m: int) -> bool:
        """Whether the actor word ``t[m]`` has what follows it: a possessive ("Russia's troops") or a modifier
        before a lower-case noun ("Russian troops"), for :meth:`_offered_as` and :meth:`_asked`."""
        x, nxt = self.t[m], self.t[m + 1]
        return x[POSS] or (
            x[FORM] in MODIFIER_FORMS and nxt[LOW].isalpha() and nxt[TEXT].islower() and nxt[LOW] not in PREP
        )

    def _effect_on(self, k: int, end: int) -> list[str]:
        """An object headed by a noun of what an act does (``rules/effect_nouns.csv``: "the impact of its Russian
        sanctions on Kazakhstan", "the effects of the war on X"): the party after on/upon is the one it falls on,
        past the event nouns of its of-phrase. Not past a subordinate clause or a clause mark."""
        lows, acts, texts = self.lows, self.acts, self.texts
        m = k
        while m < min(end, k + 4) and lows[m] not in EFFECT_NOUNS:
            if acts[m] or lows[m] in PREP or not lows[m].isalpha():
                return []
            m += 1
        if m >= end or lows[m] not in EFFECT_NOUNS:
            return []
        for n in range(m + 1, end - 1):
            if lows[n] in SUBORD or lows[n] in ("which", "who", "that") or texts[n] in ",;:()":
                return []
            if lows[n] in ("on", "upon"):
                return [a for a in self._target_np(n + 1, self._np_right(n + 1, end)) if actor_type(a) != "person"]
        return []

    def _place(self, p: Pred, stop: int) -> list[str]:
        """ "travelled there", "visited the country": the latest state named before, other than the agents'
        own (a place anaphor as the target of a verb of motion or contact)."""
        t = self.t
        lows = self.lows
        a = p.k_end
        while a < stop and (lows[a] in ADVERB or lows[a].endswith("ly")):
            a += 1
        words = [x[LOW] for x in t[a : a + 2]]
        if not (words[:1] == ["there"] or words == ["the", "country"]) or not p.agents:
            return []
        own = {side_of(x) for x in p.agents}
        seen = (y for x in reversed(t[: p.k]) for y in x[ACTORS])
        for y in chain(seen, reversed(self.mem.mentioned)):
            if actor_type(y) == "state" and side_of(y) not in own:
                return [y]
        return []

    def _in_document(self, a: int, stop: int) -> list[str]:
        """An agentless passive said of a document ("were affirmed therein", "were restated in the new
        strategy"): the document's authors."""
        lows = self.lows
        for k in range(a, min(stop, a + 4)):
            if lows[k] == "therein":
                return list(self.mem.last_doc)
            if lows[k] == "in" and k + 1 < stop and lows[k + 1] in DEFINITE:
                e = self._np_right(k + 1, stop)
                if e > k + 1 and lows[e - 1] in DOC_NOUNS:
                    return self.mem.doc_authors(lows[e - 1])
        return []

    def _owners(self, j: int, root: str = "") -> list[str]:
        """Actors standing as modifiers of the subject noun ending at ``t[j]`` ("a new U.S. strategy ... that
        was announced"): the implied agent of an agentless passive. Not the agent of an event noun there, unless
        the passive (of CAMEO root ``root``) makes it public: "Russia's invasion of Ukraine was discussed" is no
        discussing by Russia (nor "Kazakhstan's accession was welcomed" a welcoming by it), while "China's
        proposal was announced" is China's announcing."""
        t = self.t
        lows, acts, texts = self.lows, self.acts, self.texts
        if lows[j] in ("which", "that"):
            j -= 1
            if j >= 0 and texts[j] == ",":
                j -= 1
        if j < 0:
            return []
        a, b = self._np_left(j, 0), j + 1
        while a > 1 and lows[a - 1] in PREP and lows[a - 1] not in ("of",) and not acts[a - 2]:
            a = self._np_left(a - 2, 0)  # "a new U.S. strategy towards Central Asia"
        for k in range(a, b - 1):
            x, nxt = t[k], t[k + 1]
            if (
                x[ACTORS]
                and (x[POSS] or x[FORM] in ("demonym", "acronym", "alias", "name", "variant"))
                and nxt[LOW].isalpha()
                and not nxt[ACTORS]
                and not nxt[FINITE]
                and nxt[LOW] not in PREP
                and nxt[LOW] not in SUBORD
                and nxt[LOW] not in COORD
            ):
                q = self.at.get(k + 1)
                if q is not None and q.pos == "noun" and q.agents and root != "01":
                    return []  # the owner acts in the event noun, not in what is done to it
                return list(x[ACTORS])
        return []

    def _controller(self, p: Pred) -> list[str]:
        t = self.t
        lows, acts, texts, fins = self.lows, self.acts, self.texts, self.fins
        k = p.k
        floor = self._clause_start(k)
        if p.vform == "infinitive":
            j = k - 1
            while j >= floor and lows[j] != "to":
                j -= 1
            gov_q = [q for q in self.preds if floor <= q.k < j and q.pos == "verb" and q.agents]
            if gov_q and self._sense(gov_q[-1]).cameo[:2] == "04" and self._sense(p).cameo[:2] == "04":
                return list(gov_q[-1].agents)  # "will visit Kazakhstan to discuss": the visitor discusses
            if j - 1 > floor and texts[j - 1] == ",":  # "forced all affected states, including Kazakhstan, to adjust"
                c = j - 2
                while c >= floor and texts[c] != ",":
                    c -= 1
                if c + 1 < j - 1 and lows[c + 1] in ("including", "especially", "notably", "particularly"):
                    found = [a for x in t[c + 2 : j - 1] if x[ACTORS] and x[FORM] != "pronoun" for a in x[ACTORS]]
                    if found:
                        i = self._np_left(c - 1, floor) if c - 1 >= floor else c
                        words = t[i + 1 : c] if i < c and lows[i] == "the" else t[i:c]
                        if (
                            0 < len(words) <= 5
                            and words[-1][LOW].endswith("s")
                            and all(x[TEXT].isalpha() and x[TEXT].islower() and not x[ACTORS] for x in words)
                        ):  # the group itself acts too: "all affected states"
                            found = [OTHER + " ".join(x[TEXT] for x in words), *found]
                        return found  # the named members of a group described
            o = j - 3 if j - 2 >= floor and lows[j - 2] in DET else j - 2  # "of (the) United States"
            if o - 1 >= floor and acts[j - 1] and lows[o] == "of" and lows[o - 1] in RESOLVE_NOUNS:
                return list(acts[j - 1])  # "welcomes the decision of the United States to expand": its owner
            # object control or "for X to": the noun phrase right before "to"
            if j - 1 >= floor and (
                acts[j - 1] or lows[j - 1] in GOV_HEADS or lows[j - 1] in ("administration", "it", "them", "him")
            ):
                i = self._np_left(j - 1, floor)
                found = (
                    self.np_actors(i, j)
                    if not (
                        i
                        and (
                            lows[i - 1] in CONTACT_VERBS
                            or (lows[i - 1] in ADJUNCT_PREP and not any(gerund(w) for w in lows[i:j]))
                            or (i > 1 and lows[i - 1] in ("to", "into") and lows[i - 2] in MOTION_VERBS)
                        )
                    )
                    else []
                )
                if not found and lows[j - 1] in BARE_GROUPS and self._bare(j - 1):
                    return self.salient_region(j - 1)  # "the incursions into the region led states to emphasize"
                if not found and lows[j - 1] == "them":
                    bare = next(
                        (m for m in range(j - 2, floor - 1, -1) if lows[m] in BARE_GROUPS and self._bare(m)), None
                    )
                    if bare is not None:  # "led states to emphasize ..., leading them to": the same states
                        return self.salient_region(bare)
                if not found and lows[j - 1] in ("him", "them", "it"):
                    found = self.mem.resolve({"him": "person", "them": "plural", "it": "other"}[lows[j - 1]])
                if not found:
                    for m in range(i, j):
                        if lows[m] in PRONOUN_POSS:
                            found = self._resolve(t[m], m)
                            if m + 1 < j and lows[m + 1] in ("administration", "government", "cabinet"):
                                found = [actor_sides().get(a, a) for a in found]  # "his administration": the state
                            break
                if found:
                    return found
            gov = j - 1
        else:
            gov = k - 1
            if gov >= floor and acts[gov] and not t[gov][POSS]:
                # "with Iran and Russia supporting the Assad regime": the noun phrase before the gerund acts,
                # from after the last common noun coordinated into it ("... forces and the United States and Turkey")
                i = self._np_left(gov, floor)
                for m in range(i, gov):
                    if lows[m] in COORD and m > i and not acts[m - 1] and lows[m - 1].isalpha():
                        i = m + 1
                return self.np_actors(i, gov + 1)
            o = gov  # "While not implying or signaling X, they": past negation, adverbs and coordinated gerunds
            while o > floor and (lows[o] in NEG or lows[o] in COORD or lows[o] in ADVERB or gerund(lows[o])):
                o -= 1
            if (
                o == floor
                and o >= 2
                and lows[o] in OPEN_GERUND
                and texts[o - 1] == ","
                and (p.vform == "gerund" or lows[k] in (x.lemma for x in p.entry))
            ):
                # "X used his addresses to criticise ..., while announcing his intention": the main clause's subject
                for m in range(self._clause_start(o - 1), o - 1):  # the main clause's first finite verb
                    q = self.at.get(m)
                    if fins[m] and lows[m] not in AUX and not (q is not None and q.passive):
                        found = self.subject(m)
                        if found:
                            return found
                main = [q for q in self.preds if q.k < o - 1 and q.pos == "verb" and not q.passive and q.agents]
                if main:
                    return list(main[-1].agents)
            if o == floor and (lows[o] in PREP or (o == 0 and lows[o] in OPEN_GERUND)):
                m = k
                while m < len(t) and texts[m] != ",":
                    m += 1
                if m + 1 < len(t):  # "After taking office in 2019, President Tokayev used ..."
                    x = t[m + 1]
                    if x[LOW] in PRONOUN_SUBJ:
                        return self._resolve(x, m + 1)
                    if x[ACTORS]:
                        return self.np_actors(m + 1, self._np_right(m + 1, len(t)))
            if gov > floor and lows[gov] == "for":  # "thank President Tokayev for hosting us": the one thanked
                q = next((q for q in reversed(self.preds) if floor <= q.k < gov and q.pos == "verb"), None)
                if q is not None and self._sense(q).cameo[:3] == "051" and q.k_end < gov:
                    if lows[q.k] == "thank" and lows[q.k_end] == "you":
                        return self._addressee(q.k) or []  # "thank you for hosting us": the one addressed, never
                        # the thanker (nobody known when no name addresses anyone)
                    found = self.np_actors(q.k_end, self._np_right(q.k_end, gov))
                    if found or self.lows[q.k_end] in DET:
                        return found  # "thank the Maltese presidency for convening": the one thanked, unknown
            if gov >= floor and lows[gov] in PREP and lows[gov] not in TIME_PREP:  # not "since taking office"
                i = self._np_left(gov - 1, floor) if gov - 1 >= floor else gov
                owners = [a for x in t[i:gov] if x[ACTORS] and x[POSS] for a in x[ACTORS]]
                if owners:
                    return owners  # "Moscow's intentions in launching"
        # the subject of the governing verb: the nearest finite verb to the left in the clause
        while gov >= floor:
            if lows[gov] == "forward" and gov - 1 >= floor and lows[gov - 1] in ("look", "looks", "looked"):
                return self.subject(gov - 1)  # "Kazakhstan looks forward to working with": the hoper acts
            q = self.at.get(gov)
            if q is not None and q.pos == "verb":
                if q.vform == "finite" and not q.passive:
                    return self.subject(q.k)
                if q.vform in ("infinitive", "gerund") and q.agents:
                    return list(q.agents)
            elif (
                fins[gov]
                or (lows[gov] in SAYING and gov + 1 == k - 1 and p.vform == "infinitive")
                or (lows[gov] in MOTION_VERBS and p.vform == "infinitive")  # "flew to Moscow to meet": the flier
            ) and not (lows[gov] in AUX or (gov and (lows[gov - 1] in DET or lows[gov - 1] == "of"))):
                # a verb of believing right before "to" is one though no finite shape marks it ("expects to meet")
                found = self.subject(gov)
                if (
                    not found
                    and k
                    and lows[k - 1] == "by"
                    and gov
                    and (lows[gov - 1] in BE or lows[gov - 1] in ("partly", "largely", "partially"))
                    and any(lows[m] in ("this", "that", "it") for m in range(floor, gov))
                ):  # "This was partly compensated by emphasizing": who acted in the step just reported
                    found = list(self.mem.last_agents)
                return found
            elif p.vform == "infinitive" and (
                lows[gov] == "ought"
                or lows[gov] in DO_FORMS
                or (
                    lows[gov] in BASE_CONTROL
                    and gov > floor
                    and (acts[gov - 1] or lows[gov - 1] in PRONOUN_SUBJ or lows[gov - 1] in PLURAL_SUBJECTS)
                )
            ):
                # no finite shape marks "ought" ("Kazakhstan ought (not) to join"), the auxiliary before a base form
                # ("does not want (need) to join", "doesn't") or a base form after its plural subject ("Kazakhstan
                # and Russia want (need) to sign", "the two countries plan to"; not "the (new) plan to")
                return self.subject(gov)
            elif lows[gov] in AUX_FINITE and (p.vform == "infinitive" or (k and lows[k - 1] in PREP)):
                return self.subject(gov)  # "was able to transform", "has had to respond", "is to move"
            elif (
                lows[gov] in MODALS
                and not month_may(texts, gov)
                and p.vform == "infinitive"
                and lows[gov + 1] != "to"
                and BE.isdisjoint(lows[gov + 1 : k])  # not "it may be possible to"
            ):
                return self.subject(gov)  # "X will continue to support Y": the modal's subject
            elif pron(lows[gov]) in PRONOUN_SUBJ and not (
                lows[gov] == "it" and self._expletive(gov)
            ):  # "it could continue as before, making changes"; not the "it" of "it is possible to"
                return self._resolve(t[gov], gov)  # "I want to thank", "I look forward to working"
            gov -= 1
        if p.vform == "gerund" and k == floor + 1 and texts[floor] in ("–", "—"):
            prev = [q for q in self.preds if q.k < floor and q.pos == "verb" and q.agents]
            if prev:
                return list(prev[-1].agents)  # "Tokayev sought to balance ... – designating three principles"
        if p.vform == "gerund" and k == floor:
            # an inverted subject: "Facilitating these investments have been the Department and the Council"
            end = self._clause_end(k)
            for m in range(p.k_end, end - 1):
                if texts[m] == "," or (fins[m] and lows[m] not in AUX):
                    break
                if lows[m] in BE or (lows[m] in HAVE and lows[m + 1] == "been"):
                    n = m + 2 if lows[m + 1] == "been" else m + 1
                    found = self.np_actors(n, self._np_right(n, end)) if n < end else []
                    if found:
                        return found
                    break
        # a participial opening ("Criticizing ..., he intensified"): the subject after the comma
        if (p.vform == "gerund" and k == floor) or (k == floor + 1 and lows[floor] in ADVERB):
            m = k
            while m < len(t) and texts[m] != ",":
                m += 1
            if m + 1 < len(t):
                x = t[m + 1]
                if x[LOW] in PRONOUN_SUBJ:
                    return self._resolve(x, m + 1)
                if x[ACTORS]:
                    return self.np_actors(m + 1, self._np_right(m + 1, len(t)))
        # a gerund inside a noun phrase with a possessor ("Moscow's intentions in launching")
        for m in range(k - 1, floor - 1, -1):
            if acts[m] and t[m][POSS]:
                return list(acts[m])
        return []

    def _inverted_be(self, f: int) -> bool:
        """``t[f]`` is the copula of an inverted clause opened by a participle ("Exemplifying this new trend is the
        entry of X"): the noun after it is the subject, a happening, not a description."""
        t = self.t
        lows = self.lows
        if f < 0 or lows[f] not in BE:
            return False
        c = self._clause_start(f)
        return c < f and gerund(lows[c]) and not any(x[FINITE] for x in t[c + 1 : f])

    def _nominal(self, p: Pred, sense, stop: int) -> None:
        t = self.t
        lows, acts, texts, fins = self.lows, self.acts, self.texts, self.fins
        agent_roles = field_roles(sense.noun_agent)
        agents: list[str] = []
        j = p.k - 1
        while (
            j >= 0
            and not acts[j]
            and (
                lows[j] in ("first", "state", "official", "landmark", "formal", "new", "rapid", "sudden")
                or (lows[j].isalpha() and lows[j].endswith(("al", "ful", "ed", "ive")) and lows[j] not in DET)
            )
            and not self._verb_at(j, "finite")  # "discussed trade"
        ):
            j -= 1
        modifier: list[str] = []
        if "poss" in agent_roles and j >= 0:
            x = t[j]
            if x[ACTORS] and not x[POSS] and x[FORM] == "demonym" and "adj=target" in agent_roles:
                modifier = list(x[ACTORS])  # "Russian sanctions": sanctions on Russia
            elif x[ACTORS] and (x[POSS] or x[FORM] in ("demonym", "name", "acronym", "alias", "variant")):
                agents = list(x[ACTORS])
                y = t[j - 1] if j else None
                if y is not None and not x[POSS] and ((y[POSS] and y[ACTORS]) or y[LOW] in PRONOUN_POSS):
                    # "its Russian sanctions": the possessor acts, the adjective names the one acted on
                    modifier = agents
                    agents = list(y[ACTORS]) if y[ACTORS] else self._resolve(y, j - 1)
            elif x[LOW] in PRONOUN_POSS:
                agents = self._thanked_for(j) or self._resolve(x, j)
        if not agents and "poss" in agent_roles and j >= 0 and not acts[j] and lows[j] in GROUP_ADJECTIVES:
            m = j  # "the armed Islamist incursions": the armed Islamists act
            while m > 0 and texts[m - 1].isalpha() and texts[m - 1].islower() and lows[m - 1].endswith("ed"):
                m -= 1
            agents = [OTHER + " ".join([*(x[TEXT] for x in t[m:j]), GROUP_ADJECTIVES[lows[j]]])]
        if not agents and p.k_end < stop:
            k = p.k_end
            role = lows[k]
            if role in NOUN_AGENT_PREPS and role in agent_roles:
                e = self._np_right(k + 1, stop)
                agents = (
                    self._private_group(k + 1, e - 1)  # "the entry of American firms": the firms, as targets are
                    or self.np_actors(k + 1, e)
                    or self._group(k + 1, min(stop, k + 7))
                )
                f = j if j >= 0 and fins[j] else j - 1
                if (
                    role == "of"
                    and j >= 0
                    and (fins[j] or (lows[j] in DET and j and fins[j - 1]))
                    and not self._inverted_be(f)
                ):
                    agents = []  # "constituted the first meeting of ...": a description, not a happening
        k = p.k_end
        if not agents and not sense.cameo and k < stop and lows[k] == "of":
            owned = self.np_actors(k + 1, self._np_right(k + 1, stop))
            owners = {side_of(a) for a in owned}
            if (
                owned
                and all(actor_type(a) in ("organization", "company") for a in owned)
                and len(owners) == 1
                and actor_type(next(iter(owners))) == "state"
            ):
                agents = list(owners)  # "the privatization of Kazatomprom": a domestic step of the body's state
        if (
            not agents
            and j >= 0
            and lows[j] in ("a", "an", "the", "his", "her", "its", "their")
            and j
            and lows[j - 1] in ("during", "on")
            and sense.cameo[:2] == "04"
        ):
            prev = [q for q in self.preds if q.k < p.k and q.pos == "verb" and q.agents]
            if prev:
                agents = list(prev[-1].agents)  # "proposed during a landmark visit to India": the proposer visits
        if (
            not agents
            and j >= 0
            and lows[j] in ("this", "that", "these", "those", "such")
            and sense.cameo
            and not any(q.pos == "verb" and q.k < p.k for q in self.preds)
        ):
            # "... inviting all Central Asian presidents to meet. This summit, held in March 2018": the step of the
            # sentence before, of the same kind (a content step too: the meeting invited to)
            agents = []  # a loop: a generator left at its first hit is closed by an exception raised inside it
            for n, root, a in reversed(self.mem.kinds[-8:]):
                if n == self.mem.n - 1 and root == sense.cameo[:2]:
                    agents = list(a)
                    break
        if not agents and p.k and lows[p.k - 1] in CONTINUED and sense.quad_class:
            # "continued attacks on its record": the ongoing conduct of whoever acted so last
            conflict = "conflict" in sense.quad_class
            agents = next(
                (list(a) for a, q in reversed(self.mem.history[-8:]) if q and ("conflict" in q) == conflict), []
            )
        k = p.k_end
        if not agents and k + 2 < len(t) and lows[k] in LED_BY and lows[k + 1] == "by":
            agents = self.np_actors(k + 2, self._np_right(k + 2, len(t)))  # "a strategic review led by the NSC"
        if not agents:
            m = j
            while m > 0 and not acts[m] and (lows[m] in DET or (texts[m].isalpha() and texts[m].islower())):
                if lows[m] in HAVE or lows[m] in PREP or lows[m] in SUBORD:
                    break
                m -= 1
            if m > 0 and lows[m] in HAVE and (acts[m - 1] or lows[m - 1] in ADVERB):
                agents = self.subject(m)  # "the EU has a continuous dialogue with ...": who has it holds it
        if not agents and sense.cameo:
            agents = self._wanter(p)  # "Kazakhstan wanted a structure of consultation with the United States"
            if agents:
                p.mood = "hoped"
        p.agents = agents
        preps = set(field_roles(sense.noun_targets))
        targets = self._pp(preps, p.k_end, stop) if preps else []
        k = p.k_end
        if not targets and preps and k + 1 < len(t) and lows[k] == "of":
            end = self._clause_end(p.k)  # "the signing of the agreement with ExxonMobil": the with-phrase of what
            e = self._np_right(k + 1, end)  # is signed, past the event noun it holds, names the partner
            if e + 1 < end and lows[e] in preps and lows[e] != "of":
                targets = self._target_np(e + 1, self._np_right(e + 1, end))
        if not targets and not modifier and preps and agents:
            p.agents = agents
            targets = self._anaphor_place(p)
        if not targets and not modifier and sense.cameo[:2] == "02":
            targets = self._asked(p.k_end, self._clause_end(p.k))  # "calls … for the end of the NATO mission"
        p.targets = [x for x in modifier + targets if x not in agents]
