"""Predicates for the action grammar (:mod:`kzlib.actions`): lexicon forms found on a sentence's tokens (verb or
noun by context), voice and verb form, sense, negation and modality, and the CAMEO code and quad class."""

from __future__ import annotations

from itertools import compress, count
from operator import attrgetter

from . import rxcache
from .action_tokens import Sentence
from .action_vocabulary import (
    ACTORS,
    ADVERB,
    AUX,
    BARE_GROUPS,
    BARE_INF_GOV,
    BE,
    COGNITION,
    CONTRACTION,
    COORD,
    DEONTIC,
    DET,
    DOC_NOUNS,
    FINITE,
    FORM,
    GOV_HEADS,
    JUDGING,
    LOW,
    MODAL_HYPO,
    NEG,
    NOR,
    OBLIGED,
    OPEN_GERUND,
    POSS,
    PREP,
    PRONOUN_POSS,
    PRONOUN_SUBJ,
    SAYING,
    SPEAKER_POSS,
    SPLITTING_ADVERB,
    SUBORD,
    TEXT,
    TIME_OPENERS,
    Pred,
    actor_type,
    gerund,
    month_may,
    negating,
    noun_word,
    numero,
    particle_gap,
    past_participle,
    reading,
    reduced_relative,
    side_of,
)
from .lexicon import GROUP_ADJECTIVES, NOT_INFINITIVES

AIM_IS_TO = rxcache.compile(r"\b(?:idea|goal|aim|objective|task|ambition|purpose|intention)s? (?:is|was|are|were) to$")
# words that make "states" a noun ("member states", "partner states"), not the verb "states"
GROUP_MODIFIERS = frozenset(
    ["member", "partner", "new", "independent", "neighboring", "neighbouring", "sovereign", "other", "successor"]
)
# a near miss: "nearly won", "almost signed", "came close to signing" did not happen (negated)
NEAR_MISS = frozenset(["nearly", "almost"])
# "failed to sign", "refused to recognize", "declined to join", "avoided criticising", "refrained from criticizing":
# the step was not taken
FAILED = frozenset(
    [
        "failed",
        "fail",
        "refused",
        "refuses",
        "declined",
        "declines",
        "avoided",
        "avoids",
        "avoid",
        "refrained",
        "refrains",
        "abstained",  # "abstained from criticizing Russia", as "refrained from"
        "abstains",
    ]
)
# "did not hesitate (wait, delay, stop, cease, forget) in 2022 to condemn": the verb negated, the step is affirmed
AFFIRMED_NEGATED = frozenset(
    [
        "hesitate",
        "hesitates",
        "hesitated",
        "wait",
        "waits",
        "waited",
        "delay",
        "delays",
        "delayed",
        "stop",
        "stops",
        "stopped",
        "cease",
        "ceases",
        "ceased",
        "forget",
        "forgets",
        "forgot",
    ]
)
# past forms that tell a step taken, not a base form ("and began to build", not "and host"), beside those in -ed
TOLD_PAST = frozenset(
    ["began", "became", "took", "made", "gave", "went", "came", "chose", "held", "led", "met", "sent", "sought", "kept"]
)
# "stopped (fell) short of halting trade": the step was not taken (negated, as "refrained from")
SHORT_OF = frozenset(["stopped", "stops", "stop", "stopping", "fell", "falls", "fall", "falling", "fallen"])
INTENT_CUES = frozenset(
    [
        "expect",  # "Blinken expects to meet"
        "expects",
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
        "decide",  # "decided to build a port": a decision to act, as "resolved to"
        "decides",
        "decided",
        "deciding",
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
PLAN_WORDS = frozenset(["intention", "intentions", "readiness", "plan", "plans"])
OBJECT_STOPS = SUBORD | TIME_OPENERS  # where an object ends: a word that opens a clause or a time phrase
# what one offers, pledges or agrees to do is intended, not done ("agreed to hold talks")
PLEDGED = frozenset(
    ["pledge", "pledges", "pledged", "pledging", "offer", "offers", "offered", "offering", "agree", "agrees", "agreed"]
)
# "X is expected (due, set, scheduled, ready …) to visit": the step is foreseen, not told as done (intended)
READY = frozenset(["ready", "willing"])  # readiness passes on a step towards a party only (not "ready to handle")
SCHEDULED = frozenset(["due", "set", "scheduled", "slated", "poised"])  # "is due to visit", "is set to sign"
FORESEEN = READY | SCHEDULED | frozenset(["expected", "prepared"])
# "X is unlikely to recognize", "it is possible that X will join": a possibility told, not a plan (hypothetical)
LIKELY = frozenset(["likely", "unlikely"])
POSSIBLE = LIKELY | frozenset(["possible", "probable", "conceivable"])
# a condition told by inversion at a clause's start: "Should Russia invade …", "Had Washington engaged …", "Were
# Russia to invade …"
INVERTED_CONDITION = frozenset(["should", "had", "were"])
HOPE_CUES = frozenset(["hope", "hopes", "hoped", "hoping", "hopeful", "forward", "want", "wants", "wish", "wishes"])
# the words without which :meth:`Predicates.negated` finds no negation (beside a word ending in "n't")
NEGATION_CUES = NEG | NOR | FAILED | NEAR_MISS | frozenset(["than", "close", "cannot", "short"])
# the words without which :meth:`Predicates.modality` finds no cue for a finite verb or a noun (beside a question)
MODALITY_CUES = HOPE_CUES | INTENT_CUES | PLAN_WORDS | PLEDGED | FORESEEN | MODAL_HYPO | POSSIBLE
FUTURE = frozenset(["will", "shall", "'ll", "won't", "won’t", "shan't", "shan’t"])
# (of OBLIGED, "has" and "have" are too common to mark a sentence: an infinitive after them is read anyway)
MODALITY_CUES |= FUTURE | DEONTIC | (OBLIGED - {"has", "have"}) | frozenset(["if", "unless"])


RELATIVE = frozenset(["which", "who", "whom", "whose"])
ARTICLES = frozenset(["a", "an", "the"])
# words after which a form that is also a noun is the noun: determiners, possessive pronouns, a few adjectives and
# the adjectives of groups ("separatist attacks": the group's attacks); also any word ending in -ful or -al
NOUN_MODIFIERS = DET | frozenset(PRONOUN_POSS) | frozenset(GROUP_ADJECTIVES)
# content words used before a noun as its modifier ("a state visit", "an official visit")
ATTRIBUTIVE_WORDS = frozenset(["state", "official", "landmark", "rapid", "sudden", "formal"])
NOUN_MODIFIERS |= ATTRIBUTIVE_WORDS


PERFORMATIVE = frozenset(
    ["thank", "welcome", "congratulate", "commend", "praise", "applaud", "acknowledge", "recognize", "express"]
    + ["say", "note", "emphasize", "underscore", "reiterate", "announce"]
)


NONFINITE_AUX = frozenset(["be", "been", "being", "having"])


def performative(lows: list, m: int) -> bool:
    """ "I want to thank you", "we would like to welcome": a speech act done in saying it (asserted), not a hope or a
    conjecture; ``lows[m]`` is the cue ("want", "would")."""
    if m < 1 or lows[m - 1] not in ("i", "we"):
        return False
    rest = lows[m + 1 : m + 4]
    if lows[m] in ("want", "wants"):
        return rest[:1] == ["to"] and rest[1:2] != [] and rest[1] in PERFORMATIVE
    return lows[m] == "would" and rest[:2] == ["like", "to"] and rest[2:3] != [] and rest[2] in PERFORMATIVE


JOINTLY = frozenset(["jointly", "together"])  # before the verb: "will jointly develop the route"
JOINT = rxcache.compile(r"\b(joint|jointly|together|with each other|with the other|relations|relationship)\b")


def code(s: Sentence, pred: Pred, sense, clause_end: int) -> tuple[str, str]:
    """The action's CAMEO code and quad class: the sense's, except that (a) a step of no other party taken by two
    or more states together ("developed a joint vision", "handled their first steps with the other") is working
    together (030), and (b) an endorsement or disapproval that names no party ("backed the privatization",
    "criticism of the state of affairs") is a stance on one's own affairs, with no class, and (c) a statement or
    appeal about one's own affairs ("announcing his resignation"), and the next one of the same agents with no party
    in its object ("calling at the same time for"), has no class either."""
    if (
        not sense.cameo
        and len(pred.agents) >= 2
        and len({side_of(a) for a in pred.agents if actor_type(side_of(a)) == "state"}) >= 2
    ):
        after = " ".join(s.lows[pred.k_end : clause_end])
        if JOINT.search(after) or not JOINTLY.isdisjoint(s.lows[max(0, pred.k - 2) : pred.k]):  # "jointly develop"
            return "030", "verbal cooperation"
    if _own_affairs(s, pred, sense, clause_end) or (
        sense.cameo[:2] in ("01", "02")
        and _speech_act_alone(s, pred, clause_end)
        and any(  # "announcing his resignation, calling at the same time for": one's own affairs still
            q.k < pred.k and not q.absorbed and q.agents == pred.agents and _own_affairs(s, q, s._sense(q), clause_end)
            for q in s.preds
        )
    ):
        return "", ""  # "announcing his resignation", "emphasize their sovereignty": one's own affairs, no party
    if sense.lemma in JUDGING and not pred.targets and pred.pos == "verb":
        if sense.quad_class == "verbal conflict" and _conflict_object(s, pred):
            return sense.cameo, sense.quad_class  # "condemned that invasion": disapproval of another's act of force
        return "", ""
    return sense.cameo, sense.quad_class


def _speech_act_alone(s: Sentence, pred: Pred, clause_end: int) -> bool:
    """A statement or appeal (CAMEO 01, 02) as a verb with no target and no party in its object."""
    return (
        not pred.targets
        and pred.pos == "verb"
        and pred.k_end < len(s.t)
        and not any(x[ACTORS] for x in s.t[pred.k_end : s._np_right(pred.k_end, clause_end)])
    )


def _own_affairs(s: Sentence, pred: Pred, sense, clause_end: int) -> bool:
    """A statement, appeal or expressed intent about one's own affairs: its object is the agents' own ("announcing
    his resignation", "emphasize their sovereignty"), or names no party but the agents' own side ("proposed an
    'America first' foreign policy")."""
    if (
        sense.cameo[:2] not in ("01", "02", "03")
        or pred.targets
        or pred.pos != "verb"
        or pred.k_end >= len(s.t)
        or not pred.agents
    ):
        return False
    end = s._np_right(pred.k_end, clause_end)
    while end < clause_end and s.t[end][TEXT] in '"“”':  # a scare-quoted name inside the object
        end = s._np_right(end + 1, clause_end)
    named = {side_of(a) for x in s.t[pred.k_end : end] for a in x[ACTORS]}
    if s.t[pred.k_end][LOW] in PRONOUN_POSS or s.t[pred.k_end][LOW] in SPEAKER_POSS:
        return not named
    coded = False  # "announced new U.S. assistance": a coded act of its own, not one's own affairs
    for q in s.preds:  # a loop: a generator left open at its hit raises inside it to close
        if pred.k_end <= q.k < end and q.pos == "noun" and s._sense(q).cameo:
            coded = True
            break
    return bool(named) and named <= {side_of(a) for a in pred.agents} and not coded


def _conflict_object(s: Sentence, pred: Pred) -> bool:
    """The object of the verb is an act of conflict ("that invasion", "the attack on Ukraine"): its agent is
    another party, named or not."""
    end = len(s.t)  # "condemned that invasion": a demonstrative may open a clause of its own
    a = (
        pred.k_end + 1
        if pred.k_end < end and s.t[pred.k_end][LOW] in ("that", "this", "these", "those")
        else pred.k_end
    )
    stop = s._np_right(a, end) if a < end else a
    return any(
        pred.k_end <= q.k <= stop and q.pos == "noun" and s._sense(q).quad_class == "material conflict" for q in s.preds
    )


# a sense's lemma: its senses' lemmas read by C-level passes ("low in map(LEMMA_OF, senses)"), no generator (one left
# open at a hit raises inside it to close)
LEMMA_OF = attrgetter("lemma")


NUMBER_HEAD = rxcache.compile(r"\d{1,3}(?:,\d{3})*")


def digit_groups(words: list[str]) -> list[str]:
    """``words`` with a number's groups and the commas between them as one word ("2", ",", "000" → "2,000")."""
    out: list[str] = []
    for w in words:
        if len(out) >= 2 and out[-1] == "," and len(w) == 3 and w.isdigit() and NUMBER_HEAD.fullmatch(out[-2]):
            out.pop()
            out[-1] += "," + w
        else:
            out.append(w)
    return out


def plain_infinitive(low: str) -> bool:
    """A lower-case word after "to" that reads as an infinitive: no adverb ("to further"), negation, "-ly" or "-ing"
    word, no word that makes no infinitive ("to date") and no governor of a bare infinitive ("to help")."""
    return (
        low.isalpha()
        and low.islower()
        and not low.endswith(("ly", "ing", "ed"))
        and low not in ADVERB
        and low not in SPLITTING_ADVERB
        and low not in BARE_INF_GOV
        and low not in NOT_INFINITIVES
        and not negating(low)
    )


class Predicates:
    """The predicate passes of a sentence (mixed into the sentence of :mod:`kzlib.actions`)."""

    # read when first asked (most sentences hold no cue): whether the sentence holds a word that may negate a step
    # (``NEGATION_CUES``, or a word ending in "n't"), whether it is a question or holds a cue of modality
    # (``MODALITY_CUES``), and (first token, part of speech) → whether that predicate is negated
    _negatable: bool | None = None
    _modal: bool | None = None
    _negations: dict | None = None

    # -- predicates ---------------------------------------------------------------------------------
    def find_predicates(self) -> None:
        """The lexicon forms of the sentence, left to right (a form's words are taken by it), each a verb or a noun
        by its context: :attr:`preds` and :attr:`at`."""
        t, lows, acts = self.t, self.lows, self.acts
        first = reading().first  # first word → the forms it opens
        nouns = reading().nouns
        k = 0
        for k0 in compress(count(), map(first.__contains__, lows)):  # only where a form starts can one be found
            if k0 < k or acts[k0]:
                continue  # inside a form found before, or a mention
            k = k0
            forms = first[lows[k]]
            hit = None
            gap: list = []
            for words, pos, senses in forms.multi:
                n = len(words)
                if tuple(lows[k : k + n]) == words and not any(acts[k : k + n]):
                    if hit is None or (
                        hit[0] == n and pos == "noun" and (self._nominal_context(k) or self._after_light(k))
                    ):
                        hit = (n, pos, senses)
                elif hit is None and n == 2 and pos == "verb" and lows[k + 1 : k + 2] != [words[1]]:
                    g = particle_gap(lows, k + 1, words[1])
                    if g:  # "worked effectively with", "calling at the same time for": an adverbial inside
                        gap.append((g, senses))
            noun_read = False  # whether the word alone was found to be read as a noun by its left context
            if hit is None and forms.verb is not None:
                hit = (1, "verb", forms.verb)
                if forms.noun is not None:
                    noun_read = self._nominal_context(k) or self._after_light(k)
                    if noun_read:
                        hit = (1, "noun", forms.noun)
            elif hit is None and forms.noun is not None:
                hit = (1, "noun", forms.noun)
            if gap and (hit is None or hit[0] == 1):
                hit = (2 + gap[0][0], "verb", gap[0][1])  # the verb, the adverbial and the particle
            if hit:
                n, pos, senses = hit
                if (
                    pos == "verb"
                    and n == 1
                    and lows[k] in nouns
                    and (
                        noun_read
                        or lows[k + 1 : k + 2] == ["between"]  # "talks between China and Kazakhstan"
                        or self._subject_noun(k)
                        or (  # "Talks took place": an opening finite form has no subject, an imperative is bare
                            k == 0 and not gerund(t[0][LOW]) and t[0][LOW] not in map(LEMMA_OF, senses)
                        )
                    )
                ):
                    pos = "noun"
                    senses = forms.noun
                if pos == "verb" and n == 1 and self._no_verb_here(k, senses):
                    k += 1
                    continue
                self.preds.append(Pred(k, k + n, senses, pos))
                k += n
            else:
                k += 1
        self.at = {q.k: q for q in self.preds}

    def _no_verb_here(self, k: int, senses: list) -> bool:
        """The one-word verb form at ``k`` (of ``senses``) is no verb here: a noun or adjective by its neighbours, or
        the object of the verb before it. The tests of single words first, the walks last."""
        lows = self.lows
        low = lows[k]
        prev = lows[k - 1] if k else ""
        nxt = lows[k + 1] if k + 1 < len(lows) else ""
        last = self.preds[-1] if self.preds else None
        return bool(
            (k and self.texts[k][:1].isupper() and not self._after_label(k))
            or (prev == "of" and not gerund(low))  # "its strategy of balance"
            or (  # "in advance of America": a noun in a prepositional phrase, no verb
                prev == "in" and nxt == "of" and low in map(LEMMA_OF, senses)
            )
            or (low in BARE_GROUPS and prev in GROUP_MODIFIERS)  # "partner states"
            or (  # "discussed trade": a bare form right after a finite verb is its object
                k
                and not low.endswith(("ed", "ing", "s"))
                and prev.endswith("ed")
                and self.fins[k - 1]
                and prev not in BARE_INF_GOV
            )
            or (  # "supports supply chains": a bare form right after a verb opens that verb's object
                last is not None
                and last.k_end == k
                and last.pos == "verb"
                and low in map(LEMMA_OF, senses)
                and prev not in BARE_INF_GOV
            )
            or (prev == "to" and low.endswith("s") and low not in map(LEMMA_OF, senses))
            or (  # "to restore order": a bare form after "to" and a plain word (an infinitive the lexicon does not
                # list) is that infinitive's object
                k > 1
                and lows[k - 2] == "to"
                and low in map(LEMMA_OF, senses)
                and plain_infinitive(prev)
                and not (  # "officials opposed to sanctions criticize Russia": a verb with its own object stays one
                    nxt and (self.acts[k + 1] or nxt in DET or nxt in PRONOUN_POSS)
                )
            )
            or (  # "sent engineers to", "halted gas supplies to": an -s form its verb's object cue names, up to two
                # words into the object, is that verb's object
                low.endswith("s")
                and last is not None
                and last.k_end <= k <= last.k_end + 2
                and last.pos == "verb"
                and self._cue_names(last, k)
            )
            or (nxt == "that" and not COGNITION.isdisjoint(map(LEMMA_OF, senses)))
            or (prev in ARTICLES and self._adjectival(k))
            or (low.endswith("ing") and self._characterising(k))
            or (k + 1 < len(lows) and self.fins[k + 1] and self._subject_noun(k))  # "American pension funds held"
            or self._nominal_context(k)
        )

    def _cue_names(self, q: Pred, k: int) -> bool:
        """An object cue of the verb ``q`` matches its object's words up to ``t[k]`` and ends there."""
        words = " ".join(self.lows[q.k_end : k + 1])
        for x in q.entry:
            m = x.cue.match(words) if x.cue else None
            if m and m.end() == len(words):
                return True
        return False

    def _after_label(self, k: int) -> bool:
        """``t[k]`` opens what a speaker says, right after the label's colon ("SECRETARY BLINKEN: Thank you"): a
        capital there starts a sentence, as at the sentence's first word."""
        texts = self.texts
        return k > 1 and texts[k - 1] == ":" and all(w.isupper() or not w[:1].isalpha() for w in texts[: k - 1])

    def _verb_at(self, k: int, vform: str = "") -> bool:
        """A verb predicate starts at token ``k`` (of that form, when ``vform`` is given)."""
        q = self.at.get(k)
        return q is not None and q.pos == "verb" and (not vform or q.vform == vform)

    def _after_light(self, k: int) -> bool:
        """Right after a light verb ("expressed support for"), a form that is also a noun is its nominal."""
        return k > 0 and self.lows[k - 1] in reading().light

    def _nominal_context(self, k: int) -> bool:
        lows = self.lows
        if k == 0 or (lows[k].endswith("ed") and lows[k + 1 : k + 2] == ["by"]):
            return False  # "an idea first floated by Putin": a participle with its agent, no noun
        p = self.t[k - 1]
        if self.acts[k - 1]:
            nxt = self.t[k + 1] if k + 1 < len(self.t) else None
            return (
                p[POSS]
                or p[FORM] == "demonym"
                or (  # "reaffirmed U.S. support for": an acronym as adjective, its noun before a preposition
                    p[FORM] in ("acronym", "alias")
                    and k >= 2
                    and (self.t[k - 2][LOW] in DET or self.t[k - 2][FINITE])
                    and (nxt is None or nxt[LOW] in PREP or not nxt[TEXT][:1].isalnum())
                )
            )
        low = lows[k - 1]
        if low in ("both", "all", "each") and k >= 2 and (lows[k - 2] in PRONOUN_SUBJ or self.acts[k - 2]):
            return False  # "they both stated": a floating quantifier, then the verb
        if low.endswith("ed") and k >= 2 and (lows[k - 2] in PREP or lows[k - 2] in DET):
            return True  # "respond to continued attacks": an adjective before a noun
        if (
            low.endswith("ing")
            and k >= 2
            and (self.t[k - 2][POSS] or lows[k - 2] in PRONOUN_POSS or lows[k - 2] in DET)
        ):
            return True  # "America's unwavering support for": an adjective between a possessor and its noun
        if low in ATTRIBUTIVE_WORDS and k >= 2 and lows[k - 2] == "of":
            return False  # "The Heads of State discussed": the end of an of-phrase, no modifier of what follows
        return low in NOUN_MODIFIERS or p[POSS] or low.endswith(("ful", "al"))

    def _subject_noun(self, k: int) -> bool:
        """A bare or -s form between a modifier and a finite verb heads the subject noun phrase ("American pension
        funds held", "the EU funds were"): a noun, not the predicate, which is the finite verb after it."""
        t = self.t
        if k == 0 or k + 1 >= len(t) or t[k][LOW].endswith(("ed", "ing")) or not t[k + 1][FINITE]:
            return False
        if past_participle(t[k][LOW]):
            return False  # "the two leaders held talks": an irregular past form is no bare or -s form
        p = t[k - 1]
        if p[ACTORS]:
            return p[FORM] in ("demonym", "acronym", "alias") and not p[POSS]
        if p[LOW] in COORD or p[LOW] == "but":  # "…, and trade has grown": a verb is never followed by an auxiliary
            return t[k + 1][LOW] in AUX and t[k + 1][LOW] not in NONFINITE_AUX
        return p[LOW] in DET or (p[TEXT].islower() and noun_word(p) and not p[FINITE])

    def _characterising(self, k: int) -> bool:
        """An -ing participle right after a common noun characterises it ("a measure requiring all students",
        "a conference promoting prosperity"): no action of its own."""
        if k == 0 or not gerund(self.t[k][LOW]):
            return False
        p = self.t[k - 1]
        return (
            not p[ACTORS]
            and p[TEXT].isalpha()
            and p[TEXT].islower()
            and p[LOW] not in DET
            and p[LOW] not in PREP
            and p[LOW] not in AUX
            and p[LOW] not in COORD
            and p[LOW] not in SUBORD
            and p[LOW] not in GOV_HEADS
            and p[LOW] not in ADVERB
            and p[LOW] not in PRONOUN_SUBJ
            and p[LOW] not in NEG  # "while not implying": negation, no noun
            and p[LOW] not in ("to", "them", "him", "it", "us", "by")
            and not p[LOW].endswith("ly")
            and not p[FINITE]
        )

    def _adjectival(self, k: int) -> bool:
        """A participle used as an adjective before a noun ("the coordinated response")."""
        if k == 0 or gerund(self.t[k][LOW]):
            return False
        p = self.t[k - 1]
        nxt = self.t[k + 1] if k + 1 < len(self.t) else None
        return (
            p[LOW] in ARTICLES and nxt is not None and nxt[LOW].isalpha() and nxt[LOW] not in PREP and nxt[LOW] != "by"
        )

    def _object_words(self, pred: Pred, n: int) -> str:
        """The first ``n`` words after a predicate, up to its clause's end or a word that opens a clause of its own
        ("opened the economy since taking office": no office opened), that an object cue reads."""
        words = self.lows[pred.k_end : min(self._clause_end(pred.k), pred.k_end + n + 2)]
        if "," in words:  # a number's groups are one word, as the text writes them ("sent 2,000 troops")
            words = digit_groups(words)
        words = words[:n]
        for i, w in enumerate(words):
            if w in OBJECT_STOPS:
                return " ".join(words[:i])
        return " ".join(words)

    def _object_before(self, pred: Pred) -> str:
        """The words of the noun phrase before a participle or passive with a by-phrase, its object ("an idea first
        floated by Putin", "the aid was sent by Japan"), up to four words within the clause; else ""."""
        t = self.t
        if pred.k_end >= len(t) or t[pred.k_end][LOW] != "by":
            return ""
        words = []
        for x in reversed(t[max(self._clause_start(pred.k), pred.k - 4) : pred.k]):
            if not x[TEXT][:1].isalnum():
                break
            words.append(x[LOW])
        return " ".join(reversed(words))

    def passive_subject(self, pred: Pred) -> str:
        """The last words (up to four, in its clause) of the subject of the passive ``pred``, its object: "tariffs" in
        "Tariffs were imposed on China"; "" when none."""
        lows = self.lows
        j, floor = pred.k - 1, self._clause_start(pred.k)
        while j >= floor and (lows[j] in BE or lows[j] in AUX or lows[j] in ADVERB or lows[j] in NEG):
            j -= 1
        i = j
        while i > floor and i > j - 4 and lows[i - 1].isalpha() and lows[i - 1] not in PREP:
            i -= 1
        return " ".join(lows[i : j + 1]) if j >= floor else ""

    def _sense(self, pred: Pred):
        """The lexicon sense of a predicate: the first whose object cue matches the words after it, else the first
        without a cue (worked out once per predicate)."""
        senses = pred.entry
        if len(senses) == 1:
            return senses[0]
        found = self.senses.get(pred.k)
        if found is None or self.at.get(pred.k) is not pred:
            # loops, not generators: one left open when a sense is found raises inside it to close
            after = self._object_words(pred, 8)
            found = None
            for x in senses:
                if x.cue and x.cue.search(after):
                    found = x
                    break
            before = self._object_before(pred) if found is None else ""
            if found is None and not before and pred.passive:
                before = self.passive_subject(pred)  # "Troops were sent to X by Y": the object is the subject
            if before:
                for x in senses:
                    if x.cue and x.cue.search(before):
                        found = x
                        break
            if found is None:
                found = senses[0]
                for x in senses:
                    if not x.object_cue:
                        found = x
                        break
            if self.at.get(pred.k) is pred:
                self.senses[pred.k] = found
        return found

    # -- verb form ----------------------------------------------------------------------------------
    def classify(self, p: Pred) -> None:
        if p.pos == "noun":
            return
        t, lows, acts = self.t, self.lows, self.acts
        w = lows[p.k]
        j = p.k - 1
        while j >= 0 and (lows[j] in ADVERB or (lows[j].endswith("ly") and not acts[j])) and lows[j] not in BE:
            j -= 1
        prev = lows[j] if j >= 0 else ""
        participle = past_participle(w)
        if prev in BE and participle and w not in ("been",):
            p.vform, p.passive = "finite", True
        elif prev == "to" or (prev in ("and", "or") and self._second_infinitive(p)):
            p.vform = "infinitive"  # "the agenda's potential to strengthen security and promote": both infinitives
        elif gerund(w) and (prev in BE or CONTRACTION.match(prev)) and not (j >= 0 and acts[j]):
            p.vform = "finite"  # progressive: "we're strengthening", "it is working"
        elif gerund(w) or (
            prev in OPEN_GERUND and j >= 1 and t[j - 1][TEXT] == "," and any(w == x.lemma for x in p.entry)
        ):
            p.vform = "gerund"  # ", while announce his intention": a bare form where only the -ing form fits
        elif (
            participle
            and lows[p.k_end : p.k_end + 1] == ["by"]
            and prev not in AUX
            and not (j >= 0 and acts[j] and not t[j][POSS])
        ):
            p.vform, p.passive = "participle", True
        elif participle and j == p.k - 1 and self._reduced_participle(p.k):
            p.vform, p.passive = "participle", True  # "discussed the agreement signed in 2019": what was signed
        else:
            p.vform = "finite"

    def _reduced_participle(self, k: int) -> bool:
        """The past participle at ``k``, right after a noun of a document or an act (``DOC_NOUNS``, the lexicon's
        nouns: never one of who may act, "its officials met"), opens a reduced relative on it: the noun's clause
        has its finite verb before it, past no comma, conjunction or verb of saying (or believing) ("discussed the
        agreement signed in 2019"), or after it, when a preposition follows the participle (it has no object) and no
        comma or conjunction stands between ("The agreement signed in 2019 expired in 2021"). The noun is what was
        signed, not who signed. Not after "for": the party thanked or praised for the noun is read as its doer
        ("thanked Russia for the assistance provided in 2021")."""
        t, lows = self.t, self.lows
        if k < 2 or not (lows[k - 1] in DOC_NOUNS or lows[k - 1] in reading().nouns):
            return False  # a document or an act ("the agreement", "the talks"), never who may act ("its officials")
        if not reduced_relative(t[k - 1], t[k - 2]):
            return False
        a, b = self.bounds[self.clause[k]]
        for m in range(k - 2, a - 1, -1):
            if lows[m] in COORD or lows[m] in SUBORD or t[m][TEXT] in ",;:()":
                break
            if lows[m] == "for":
                return False  # "thanked Russia for the assistance provided in 2021": the one thanked provided it
            if self._verb_at(m, "finite"):
                # "said the talks ended in 2019", "believes the side agreed": a reported clause of its own
                return lows[m] not in SAYING
        if k + 1 >= b or lows[k + 1] not in PREP:
            return False  # "The U.S. side reaffirmed U.S. support": an object follows a finite verb, not a participle
        for m in range(k + 2, b):
            if lows[m] in COORD or lows[m] in SUBORD or lows[m] in TIME_OPENERS or t[m][TEXT] in ",;:()":
                return False  # "… before the war began": a clause of its own
            if (
                self.fins[m]
                and (self._verb_at(m) or past_participle(lows[m]) or lows[m] in AUX)  # not "in 2019 agreements"
                and lows[m - 1] not in PREP
                and lows[m - 1] not in DET
                and lows[m - 1] != "to"
            ):
                return True
        return False

    def _second_infinitive(self, p: Pred) -> bool:
        """A bare verb after "and" whose nearest verb before it in the clause is an infinitive ("to strengthen
        security and promote accountability") is an infinitive too: it shares that one's controller."""
        if self.t[p.k][LOW] not in map(LEMMA_OF, p.entry):
            return False
        before = [q for q in self.preds if q.k < p.k and q.pos == "verb" and self.clause[q.k] == self.clause[p.k]]
        return bool(before) and before[-1].vform == "infinitive"

    def _infinitive_at(self, k: int) -> bool:
        """``t[k]`` after "to" is a verb ("efforts to stabilize Afghanistan"): an infinitive, not a recipient."""
        if k >= len(self.t):
            return False
        x = self.t[k]
        if x[ACTORS] or not x[TEXT].isalpha() or not x[TEXT].islower():
            return False
        return self._verb_at(k) or (x[LOW].endswith(("ize", "ise")) and len(x[LOW]) > 5) or x[LOW] in reading().verbs

    # -- negation and modality ----------------------------------------------------------------------
    def note_negation_cues(self) -> None:
        """Whether the sentence holds a negation cue at all, read once from its own words (before any reading that
        blanks some of them: :meth:`kzlib.actions._Sentence._past_aside`)."""
        if self._negatable is None:
            joined = "".join(self.lows)
            self._negatable = not NEGATION_CUES.isdisjoint(self.lows) or "n't" in joined or "n’t" in joined
            self._negations = {}

    def negated(self, p: Pred) -> bool:
        self.note_negation_cues()
        if not self._negatable:
            return False  # no cue in the sentence (most sentences): nothing below can hold
        key = (p.k, p.pos)  # all that the tests below read of the predicate
        found = self._negations.get(key)
        if found is None:
            found = self._negations[key] = self._negated(p)
        return found

    def _negated(self, p: Pred) -> bool:
        lows = self.lows  # the words read as a list, not token by token
        floor = self._clause_start(p.k)
        lo = max(floor, p.k - 4)
        # "nor" and "neither" negate a verb right after them, or after its auxiliary or its subject ("nor did it
        # condemn", "Neither Russia nor China supported"), not one past an aside ("Kazakhstan, like neither Russia
        # nor China, joined")
        acts = self.acts
        neg = [
            m
            for m in range(lo, p.k)
            if negating(lows[m])
            and not (lows[m] == "no" and self._no_elsewhere(m, p.k))
            and (
                lows[m] not in NOR
                or all(
                    lows[i] in AUX or lows[i] in PRONOUN_SUBJ or lows[i] in ADVERB or acts[i] for i in range(m + 1, p.k)
                )
            )
        ]
        if neg and not self._outside_negation(neg[-1], p):
            return True
        a = max(floor, p.k - 4, 1)
        if "than" in lows[a : p.k] and any(lows[m] == "than" and lows[m - 1] == "rather" for m in range(a, p.k)):
            return True  # "to work on Kazakhstan rather than work with it": the step not taken
        n = max(floor, p.k - 6)
        near = lows[n : p.k]
        if (
            "no" in near
            and "," not in near
            and any(w == "no" and not self._no_elsewhere(m, p.k) for m, w in enumerate(near, n))
        ):
            return True
        near = lows[max(floor, p.k - 3) : p.k]
        if (not FAILED.isdisjoint(near) or "short" in near) and self._failed(p.k, floor):
            return True
        if p.pos == "verb" and self._no_object(p):
            return True
        return (
            self._near_miss(p)
            or self._negated_past_adjunct(p, floor)
            or self._negated_before_or(p, floor)
            or self._negated_with_first(p, floor)
        )

    def _first_of_infinitives(self, p: Pred, floor: int):
        """The first of the infinitives coordinated with the infinitive ``p`` when ``p`` has a "to" of its own ("refused
        to join the union and (then) to host a summit": join), else None: the later one reads as the first."""
        if p.vform != "infinitive" or "to" not in self.lows[max(floor, p.k - 3) : p.k]:
            return None
        lows, j = self.lows, p.k - 1
        while j > floor and lows[j] in ADVERB:
            j -= 1
        if lows[j] != "to":
            return None
        k = self._coordinated_infinitive(p.k, floor)
        return self.at.get(k) if k != p.k else None

    def _negated_with_first(self, p: Pred, floor: int) -> bool:
        """ "refused to join the union and to host a summit", "does not plan to join … and to host …": the later
        infinitive is negated as the first (:meth:`_first_of_infinitives`)."""
        first = self._first_of_infinitives(p, floor)
        return first is not None and self.negated(first)

    def _negated_before_or(self, p: Pred, floor: int) -> bool:
        """A verb coordinated with "or" after a negated verb of its clause is negated with it: "did not join the union
        or host a summit", "does not plan to join the union or to host a summit"."""
        if p.pos != "verb" or "or" not in self.lows[floor : p.k]:
            return False  # most predicates
        lows, j = self.lows, p.k - 1
        while j > floor and lows[j] in ADVERB:
            j -= 1
        if j > floor and lows[j] == "to":
            j -= 1
        if j <= floor or lows[j] != "or":
            return False
        prev = [q for q in self.preds if floor <= q.k < j and q.pos == "verb"]
        return bool(prev) and self.negated(prev[-1])

    def _negated_past_adjunct(self, p: Pred, floor: int) -> bool:
        """An infinitive, or the noun in its object, whose "to" a verb governs past an adjunct (:meth:`adjunct`) is
        negated with that verb: "did not agree on Monday to hold talks", "never decided in 2020 to join" (the
        negation stands too far before the step for the window of :meth:`_negated`)."""
        lows, fins = self.lows, self.fins
        if "to" not in lows[max(floor, p.k - 5) : p.k]:
            return False  # most predicates: no infinitive
        j = p.k - 1
        while j > floor and lows[j] in ADVERB:
            j -= 1
        if lows[j] != "to" and not (p.pos == "noun" and self._infinitive_object(p.k, floor)):
            return False
        while j > floor and lows[j] != "to":
            j -= 1  # the "to" of the infinitive whose object the noun is ("to hold talks")
        for i in range(j - 2, max(floor, j - 7) - 1, -1):
            if (
                (fins[i] or (i > floor and (lows[i - 1] in AUX or negating(lows[i - 1]))))
                and lows[i] not in AUX
                and self.adjunct(i, j)
            ):
                if lows[i] in FAILED or lows[i] in AFFIRMED_NEGATED:
                    # "refused on Monday to hold talks"; not "did not fail (refuse) in 2022 to condemn", "did not
                    # hesitate (wait, stop) on Monday to condemn": a negated hesitation affirms the step
                    neg = any(negating(w) for w in lows[max(floor, i - 3) : i])
                    return lows[i] in FAILED and not neg
                q = self.at.get(i)
                if q is not None and q.pos == "verb":
                    return self.negated(q)
                return any(negating(w) for w in lows[max(floor, i - 3) : i])
        return False

    def _no_object(self, p: Pred) -> bool:
        """The verb's object opens with "no" ("sent no troops", "signed no agreement", "met no one"): the step was not
        taken; not "no longer", "no less (fewer, more) than", "no later than Friday", "no matter what", "no one except
        Putin" (only Putin), nor a numbered document's "No." ("signed Decree No. 5")."""
        lows, m = self.lows, p.k_end
        while m < len(lows) and lows[m] in ADVERB:
            m += 1
        return (
            m + 1 < len(lows)
            and lows[m] == "no"
            and lows[m + 1] not in ("longer", "less", "fewer", "more", "sooner", "later", "earlier", "matter")
            and not (lows[m + 1] == "one" and lows[m + 2 : m + 3] in (["except"], ["but"], ["besides"], ["other"]))
            and not numero(self.texts, m)
        )

    def _no_elsewhere(self, m: int, k: int) -> bool:
        """The "no" at ``m`` does not negate the verb at ``k``: it abbreviates a number ("signed Decree No. 5 and met"),
        or it is the determiner of an object of the verb phrase before a coordinator that opens ``k``'s own ("sent no
        troops and (later) criticized"; not "No Russian or Chinese troops entered", where the coordinator is inside
        the subject)."""
        if numero(self.texts, m):
            return True
        lows, j = self.lows, k - 1
        while j > m and (lows[j] in AUX or lows[j] in ADVERB):
            j -= 1
        return j > m + 1 and lows[j] in COORD and m > 0 and bool(self.fins[m - 1])

    def _deontic(self, k: int, floor: int) -> bool:
        """The verb at ``k`` is governed by "should", "must", "ought (to)" or a need or an obligation right before
        "to" ("needs to fund", "has to choose", "need to be funded"): only adverbs, a negation, "be" or "to" stand
        between them (not "must have signed", a guess about the past; nor "Should Russia invade …", a condition;
        nor the noun "the need to", "has to do with", "has much to offer")."""
        lows, acts, j = self.lows, self.acts, k - 1
        while j > floor and (
            lows[j] in ADVERB
            or (lows[j].endswith("ly") and not acts[j])  # "strongly", not "Italy"
            or negating(lows[j])
            or lows[j] in ("be", "to")
        ):
            j -= 1
        if j < floor:
            return False
        if lows[j] in DEONTIC:
            return True
        if lows[j] not in OBLIGED or lows[j + 1] != "to" or lows[k] == "do":
            return False
        b = lows[j - 1] if j > floor else ""
        if b in DET or b in PREP or b in PRONOUN_POSS:
            return False  # the noun: "the need to", "its needs to", "in need to"
        if lows[j] == "need":  # the verb after its subject, an auxiliary or a negation, not "the urgent need to"
            return (j > floor and bool(acts[j - 1])) or b in PRONOUN_SUBJ or b in AUX or negating(b) or b.endswith("s")
        return True

    def _failed(self, k: int, floor: int) -> bool:
        """A word of ``FAILED`` governs the verb at ``k``: only "to", "from" or adverbs stand between them ("failed to
        sign", "refrained from publicly criticizing", "avoided joining"; not "Trade declined as Russia invaded"), or
        "stopped (fell) short of" does ("stopped short of halting trade")."""
        lows, j = self.lows, k - 1
        while j > floor and (
            lows[j] in ("to", "from") or lows[j] in ADVERB or (lows[j].endswith("ly") and not self.acts[j])
        ):
            j -= 1
        if j - 2 >= floor and lows[j] == "of" and lows[j - 1] == "short":
            return lows[j - 2] in SHORT_OF
        return j >= floor and lows[j] in FAILED

    def _outside_negation(self, n: int, p: Pred) -> bool:
        """The negation at ``n`` belongs to another verb: ``p`` stands in a relative clause on a noun after it ("did not
        join the sanctions that the EU adopted", "did not meet the envoy who visited"), or is the
        participle of a reduced relative on a noun after it ("did not join the sanctions adopted by the EU")."""
        t = self.t
        if p.k - n <= 4 and self.lows[p.k - 1] == "to" and self.lows[p.k - 2] in AFFIRMED_NEGATED:
            return True  # "did not hesitate to condemn", "never waited to": a negated hesitation affirms the step
        for m in range(n + 1, p.k):
            if t[m][LOW] in RELATIVE or (
                t[m][LOW] == "that" and any(t[i][LOW] in DET or t[i][ACTORS] for i in range(n + 1, m))
            ):
                return True  # not "did not say that X attacked": the content of a negated saying is not told
        return (
            p.pos == "verb"
            and p.k - n > 2
            and past_participle(t[p.k][LOW])
            and noun_word(t[p.k - 1])
            and any(q.pos == "verb" and n < q.k < p.k for q in self.preds)
        )

    def _near_miss(self, p: Pred) -> bool:
        """ "very nearly won", "had almost signed", "came close to signing": the step was not taken."""
        lows, j = self.lows, p.k - 1
        while j >= 0 and (lows[j] in AUX or lows[j] in ("very", "so")):
            j -= 1
        if j >= 0 and lows[j] in NEAR_MISS:
            return True
        return (
            p.k >= 3
            and lows[p.k - 1] == "to"
            and lows[p.k - 2] == "close"
            and lows[p.k - 3] in ("came", "come", "comes", "coming")
        )

    def _foreseen(self, k: int, floor: int, words: frozenset = FORESEEN) -> bool:
        """The infinitive at ``k`` follows a form of *be* and a word of ``words`` ("is expected to")."""
        lows, j = self.lows, k - 1
        while j > floor and lows[j] != "to":
            j -= 1
        j -= 1
        while j > floor and lows[j] in ADVERB:
            j -= 1
        b = j - 1
        while b > floor and lows[b] in ADVERB:
            b -= 1
        return j > floor and lows[j] in words and lows[b] in BE

    def _possible_that(self, a: int, k: int) -> bool:
        """The verb at ``k`` stands in the "that" clause of a possibility: a form of *be*, a word of ``POSSIBLE`` and
        "that" stand before it, from ``a`` on ("it is possible that", "it is unlikely that")."""
        lows = self.lows
        if POSSIBLE.isdisjoint(lows[a:k]):
            return False  # most sentences
        for m in range(a + 2, k):  # noqa: SIM110 (a generator left at its first hit is closed by an exception)
            if lows[m] == "that" and lows[m - 1] in POSSIBLE and lows[m - 2] in BE:
                return True
        return False

    def _pledged(self, k: int, floor: int) -> bool:
        """The infinitive at ``k`` is a step offered, pledged or agreed: its "to", or that of the infinitive it is
        coordinated with ("agreed to launch a dialogue and (to) hold talks"), follows a word of ``PLEDGED``."""
        lows, j = self.lows, k - 1
        while j > floor:
            if lows[j] == "to" and lows[j - 1] not in ("and", "or"):  # "… and to hold": the earlier "to"
                return lows[j - 1] in PLEDGED or self._pledged_past_adjunct(j, floor)
            j -= 1
        return False

    def _infinitive_object(self, k: int, floor: int) -> bool:
        """The noun at ``k`` is in the object of an infinitive right before it ("to mediate (new) talks"): a word in
        lower case after "to", then only adjectives or a determiner."""
        lows, texts = self.lows, self.texts
        for m in range(k - 1, max(floor, k - 4), -1):
            if lows[m - 1] == "to":
                return texts[m].isalpha() and texts[m].islower() and lows[m] not in DET and lows[m] not in PREP
            if not (lows[m] in DET or (texts[m].isalpha() and texts[m].islower() and not self.fins[m])):
                return False
        return False

    def _pledged_past_adjunct(self, j: int, floor: int) -> bool:
        """A word of ``PLEDGED`` governs the "to" at ``j`` past an adjunct between them (:meth:`adjunct`: "agreed on
        Monday to", "agreed in principle to", "offered, with China, to", "agreed with Russia to", "agreed last week
        to")."""
        lows = self.lows
        for i in range(j - 2, max(floor, j - 7) - 1, -1):
            if lows[i] in PLEDGED:
                return self.adjunct(i, j)
        return False

    def adjunct(self, i: int, j: int) -> bool:
        """The words between the verb ending at ``t[i]`` and the "to" at ``j`` are an adjunct, no object: a phrase
        opening with a preposition, a comma or "last"/"next"/"this", or adverbs, with no verb and no "to" of its own
        ("on Monday", "in principle", "with China", "last week", "in May 2022")."""
        lows, fins = self.lows, self.fins
        first = lows[i + 1]
        return (
            (first in PREP or first in ADVERB or first in (",", "last", "next", "this"))
            and first != "to"
            and not any(fins[m] and not month_may(self.texts, m) for m in range(i + 1, j))
            and "to" not in lows[i + 1 : j]
        )

    def _own_clause(self, floor: int, k: int) -> int:
        """Where the clause of the verb at ``k`` starts for its modality: past ", and" (or, so, yet) that opens a clause
        with a subject and a finite verb of its own ("Kazakhstan agreed to the plan, and Russia began to build": the
        plan is not Russia's), else ``floor`` (", and began to", "and Russia began": a verb phrase or a list)."""
        lows = self.lows
        if "," not in lows[floor:k]:
            return floor  # most clauses: no comma before the verb
        texts, acts, fins = self.texts, self.acts, self.fins
        for c in range(k - 1, floor, -1):
            if lows[c] in ("and", "or", "so", "yet") and texts[c - 1] == "," and c + 1 < k:
                close = next((m for m in range(c + 1, k) if texts[m] == ","), None)
                if close is not None and self.added_party_aside(c, close):
                    continue  # "China, and Russia too, will join": a party added to the subject, no clause
                s = c + 1
                if not (acts[s] or lows[s] in PRONOUN_SUBJ or lows[s] in DET):
                    continue
                if any(fins[m] and not acts[m] for m in range(s + 1, k + 1)):
                    return s
        return floor

    def _told_after_and(self, floor: int, k: int) -> int | None:
        """Where the last verb phrase told in the past after "and" (or "but", "or", past adverbs) starts before the
        verb at ``k`` ("agreed to the plan and (then) began to build"), else None: a plan, intent or pledge before it
        is its own phrase's, not the infinitive's after it (a base form after "and" may be an infinitive coordinated:
        "plans to join the union and host")."""
        lows, acts, fins = self.lows, self.acts, self.fins
        for m in range(k - 1, floor + 1, -1):
            low = lows[m]
            if not fins[m] or acts[m] or not (low.endswith("ed") or low in TOLD_PAST):
                continue
            j = m - 1
            while j > floor and lows[j] in ADVERB:
                j -= 1
            if lows[j] in ("and", "but", "or"):
                return m
        return None

    def _coordinated_infinitive(self, k: int, floor: int) -> int:
        """Where the first of the infinitives coordinated with the one at ``k`` stands ("plans to join the union and
        (then) (to) host a summit": join), so that a cue reaches the later ones as far as it reaches the first; ``k``
        itself when it is no later one."""
        lows, j = self.lows, k - 1
        while j > floor and lows[j] in ADVERB:
            j -= 1
        if j > floor and lows[j] == "to":
            j -= 1
            while j > floor and lows[j] in ADVERB:
                j -= 1
        if j <= floor or lows[j] not in ("and", "or"):
            return k
        return max(
            (q.k for q in self.preds if floor <= q.k < j and q.pos == "verb" and q.vform == "infinitive"), default=k
        )

    def _hypothetical_cue(self, words: list[str], at: int) -> bool:
        """Whether one of ``words`` (the sentence's from token ``at`` on) is a modal of ``MODAL_HYPO`` that is not
        performative nor the month May (a loop: a generator left at its first hit is closed by an exception raised
        inside it)."""
        for m, w in enumerate(words, at):
            if w in MODAL_HYPO and not performative(self.lows, m) and not month_may(self.texts, m):
                return True
        return False

    def modality(self, p: Pred) -> str:
        if self._modal is None:
            self._modal = bool(self.lows) and (self.texts[-1] == "?" or not MODALITY_CUES.isdisjoint(self.lows))
        if p.vform != "infinitive" and not self._modal and not (p.passive and self.lows[p.k - 2 : p.k] == ["to", "be"]):
            return "asserted"  # no cue in the sentence (most sentences); an infinitive ("has to join", "to be
            # funded") may still state an aim or an obligation
        t = self.t
        clause = self._clause_start(p.k)
        floor = self._own_clause(clause, p.k)
        before = self.lows[floor : p.k]
        reach = floor if floor > clause else 0  # a hope reaches over asides and clauses, not past ", and X did"
        sentence_before = self.lows[reach : p.k]
        if (
            not HOPE_CUES.isdisjoint(sentence_before)
            and any(  # a set test first: most sentences hold no cue
                w in HOPE_CUES
                and (w != "forward" or (m and self.lows[m - 1].startswith("look")))
                and not performative(self.lows, m)
                for m, w in enumerate(sentence_before, reach)
            )
            and "hope" not in (t[p.k][LOW],)
        ):
            return "hoped"  # not "put forward a proposal": only "look forward" hopes
        if t and t[-1][TEXT] == "?":
            return "hypothetical"
        last5 = before[-5:]
        if (
            "if" in before
            or "unless" in before
            or (not MODAL_HYPO.isdisjoint(last5) and self._hypothetical_cue(last5, floor + max(0, len(before) - 5)))
            or ("doubtless" in last5 and "will" in last5)
        ):
            return "hypothetical"
        if before[:1] and before[0] in INVERTED_CONDITION and floor + 1 < p.k and self.acts[floor + 1]:
            return "hypothetical"  # "Should Russia invade Kazakhstan, …", "Had Washington engaged earlier, …"
        if p.vform == "infinitive" and self._foreseen(p.k, floor, LIKELY):
            return "hypothetical"  # "Kazakhstan is unlikely to recognize": a forecast, neither done nor planned
        if self._possible_that(clause, p.k):
            return "hypothetical"  # "It is possible that Kazakhstan will join"
        if not (DEONTIC.isdisjoint(before[-4:]) and OBLIGED.isdisjoint(before[-4:])) and self._deontic(p.k, floor):
            return "recommended"  # "Washington should fund …", "Russia must withdraw": advice or a demand
        if not FUTURE.isdisjoint(before[-4:]):
            return "intended"  # future "will meet": planned
        if p.vform in ("infinitive", "gerund") and "and" in before:
            told = self._told_after_and(floor, p.k)
            if told is not None:  # "agreed to the plan and began to build": the plan is not the building's
                floor, before = told, self.lows[told : p.k]
        cue = (
            None
            if INTENT_CUES.isdisjoint(before)
            else max(
                (m for m, w in enumerate(before) if w in INTENT_CUES and not performative(self.lows, floor + m)),
                default=None,
            )
        )
        if (
            p.pos == "noun"
            and cue is not None
            and (
                (p.k and t[p.k - 1][ACTORS] and t[p.k - 1][POSS])  # "proposed to counter China's moves": China's own
                or any(w in PREP and w not in ("to", "for") for w in before[cue + 1 :])  # "proposed during a visit"
            )
        ):
            cue = None
        near = len(before) if p.vform != "infinitive" else self._coordinated_infinitive(p.k, floor) - floor
        planned = (cue is not None and cue >= near - 6) or not PLAN_WORDS.isdisjoint(before)
        if planned and p.vform in ("infinitive", "gerund", ""):
            return "intended"  # "plans to visit", "his intention to press"; not "a plan that China announced"
        if (p.vform == "infinitive" or (p.pos == "noun" and self._infinitive_object(p.k, floor))) and self._pledged(
            p.k, floor
        ):
            return "intended"  # "offered to discuss", "agreed to hold talks", "offered to mediate talks": offered
        if p.vform == "infinitive" and self._foreseen(p.k, floor):
            return "intended"  # "is expected to announce", "is due to visit", "are ready to discuss"
        if p.vform == "infinitive" and AIM_IS_TO.search(" ".join(before)):
            return "intended"  # "Tokayev's idea is to shift": a plan
        first = self._first_of_infinitives(p, floor)
        return "asserted" if first is None else self.modality(first)  # "is expected to join … and to host …"
