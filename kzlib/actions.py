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

The grammar lives in five modules, each importing only those before it: :mod:`kzlib.action_vocabulary` (word
classes, the token and predicate records, what is read from the codebook), :mod:`kzlib.action_tokens`
(tokenising, people outside the codebook, clauses), :mod:`kzlib.action_predicates` (steps 1, 2 and 6, and the
coding), :mod:`kzlib.action_arguments` (steps 3-5 and the discourse memory) and :mod:`kzlib.action_dates`
(step 7). This module joins them into one sentence class, runs the passes over a document and builds the table.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress, count, groupby, pairwise
from operator import attrgetter, itemgetter

import pandas as pd

from . import codebook, frames, rxcache
from .action_arguments import (
    HAVE,
    RELATIVE_OPENERS,
    TRADE_FLOWS,
    Arguments,
    Memory,
    field_roles,
    topic_object,
)
from .action_dates import Dating, date_scope
from .action_predicates import AFFIRMED_NEGATED, JOINTLY, MODALITY_CUES, READY, SCHEDULED, Predicates, code
from .action_tokens import (
    Sentence,
    adherents,
    other_persons,
    surname_mentions,
    title_anaphors,
    title_starts,
    token_fields,
    tokens,
    words_of,
)
from .action_vocabulary import (
    ACTORS,
    ADVERB,
    AUX,
    AUX_FINITE,
    BE,
    COGNITION,
    COORD,
    DEFINITE,
    DEONTIC,
    DET,
    DOC_NOUNS,
    END,
    FINITE,
    FINITE_EXTRA,
    FORM,
    GOV_HEADS,
    JUDGING,
    LOW,
    MODAL_HYPO,
    NEG,
    NEG_CONTRACTED,
    POSS,
    PREP,
    PRONOUN_POSS,
    PRONOUN_SUBJ,
    READING,
    START,
    SUBORD,
    TEXT,
    Pred,
    actor_type,
    actor_types,
    build_reading,
    current_codebook,
    gerund,
    lexicon,
    negating,
    next_mark,
    reading,
    side_of,
)
from .actors import choose
from .chronology import future_items, list_items
from .lexicon import (
    EFFORT_NOUNS,
    GENRE_LABEL,
    HEARING_LABEL,
    LISTED_LABEL,
    MONTH_NAMES,
    RECOGNIZED_NOUNS,
    STANDARD_NOUNS,
    UN_LABEL,
    WEEKDAY_NAMES,
)
from .quotes import attributed

__all__ = ["COLUMNS", "MODALITIES", "QUADS", "actions", "by_side", "frame", "lexicon"]  # the public API

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
INT_COLUMNS = ("start", "end", "predicate_start", "predicate_end")  # offsets: nullable integers
QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
MODALITIES = ("asserted", "intended", "hoped", "hypothetical", "recommended")
ASIDE_CUES = MODALITY_CUES | NEG  # a cue of the clause before an aside: the aside's own cue may be the clause's too
RE_MENTION_SENTENCES = 20  # a noun re-mentions an action told at most this many sentences before
OPINIONS = frozenset(["view", "views", "notion", "idea", "argument", "claim", "assumption", "premise", "thesis"])
JOINT_TITLE = rxcache.compile(r"(?i)\bjoint\s+(?:statement|declaration|communiqu[eé]|press\s+statement)\b")
LABEL = r"[A-Z](?:[A-Z.’' -]*[A-Z.])?"  # a speaker label's words: "THE PRESIDENT", "Q"
# "THE PRESIDENT:  It's an honor ...", "Q: ...", a hearing's "Senator SHAHEEN. The subcommittee will ..."
# a UN meeting record's "Mr. Umarov (Kazakhstan):" (group ``delegation``) and a listed title-case label ("Moderator:",
# "The President:") too
SPEAKER_LABEL = rxcache.compile(
    rf"^\s*(?!{GENRE_LABEL})(?:({LABEL}|{LISTED_LABEL}):|({HEARING_LABEL})\.|{UN_LABEL}:)\s"
)
# a line after the first that opens with a speaker label, led by the line break (the regex engine skips ahead to
# each one; "(?m)^" would be tried at every character); the first line is SPEAKER_LABEL's
LABEL_LINE_AFTER = rxcache.compile(
    rf"\n(?!{GENRE_LABEL})(?:(?:{LABEL}|{LISTED_LABEL}):|{HEARING_LABEL}\.|{UN_LABEL}:)\s"
)
SPEECH_TITLE = rxcache.compile(
    rf"(?i)\s*(?:{GENRE_LABEL}\s*)?(?:(?:[\w-]+\s+){{0,2}}?state\s+of\s+the\s+(?:nation|union)\s+|(?:[\w-]+\s+){{0,2}}?)"
    r"(?:address|remarks|statement|speech|message|lecture|testimony)\s+(?:by|of)\s+"
    r"(.+?)(?=\s+(?:at|on|to|before|during|after|in|following|regarding|about|for)\s|$)"
)  # a speech's title naming its one speaker: "Opening Remarks by President X at …", "State of the Nation Address by …"
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
        "try",  # "will try to join": the joining tried (intended), no noun's content
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
        "expect",  # "expects to meet": a form in -s no finite shape marks, else read as a noun ("its effort to")
        "expects",
        "ought",  # "ought to join", "need to fund": an obligation, the verb after it the row (recommended)
        "need",
    ]
) | (READY | SCHEDULED)  # what is due or ready to happen: "is due to visit", "is ready to discuss" (intended)
# what one recognizes as a status granted, not as a fact noted ("has never recognized the annexation")
RECOGNIZED = RECOGNIZED_NOUNS  # kzlib/data/rules/recognized_nouns.csv
DATE_KINDS = ("date", "range", "relative")
# what one lives up to, not whom one meets: "meet" with such an object is no contact ("met its commitments")
STANDARDS = STANDARD_NOUNS  # kzlib/data/rules/standard_nouns.csv
JOINING = frozenset(["join", "accede"])
CONTROL_INTENT = frozenset(["seek", "propose", "pledge", "offer"])
EFFORT = frozenset(["work"])  # verbs of effort whose aim follows as "to" + verb (a lexicon sense with that cue)
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
        "press",
        "threaten",  # "threatened (on Monday) to attack Kazakhstan": a threat, no attack
        "warn",
    ]
)


class _Sentence(Predicates, Arguments, Dating, Sentence):
    """The grammar applied to one sentence."""

    denied: tuple = ()  # the predicates (first tokens) a negated lead-in negates ("The two sides will not:")

    def negated(self, p: Pred) -> bool:
        """Negated in the sentence (a negation inside an aside before it left out: :meth:`_past_aside`), or by the
        negated lead-in of the list it is an item of."""
        return p.k in self.denied or self._past_aside(Predicates.negated, p)

    def modality(self, p: Pred) -> str:
        """:meth:`Predicates.modality`, a cue inside an aside before the predicate left out (:meth:`_past_aside`)."""
        return self._past_aside(Predicates.modality, p)

    def _past_aside(self, read, p: Pred):
        """``read(self, p)``, but a cue inside an aside between commas right before the verb ``p`` (a relative or a
        participle's clause: "Biden, who would later visit Kyiv, sanctioned", "Tokayev, saying X would stay neutral,
        met", "Biden, who did not visit Kyiv, sanctioned") is that aside's own: when the clause holds no modal or
        negation cue before the aside, ``p`` is read as if its clause began past the aside's closing comma and the
        aside's words were none (a hope cue is read in the whole sentence: "Tokayev, hoping to join, met Putin")."""
        if p.pos != "verb" or len(self.commas) < 2:
            return read(self, p)
        floor = self._clause_start(p.k)
        close = self._aside_close(floor, p.k)
        lows = self.lows
        if close is None or not ASIDE_CUES.isdisjoint(lows[floor : max(floor, self._aside_open)]):
            return read(self, p)
        self.note_negation_cues()  # read on the sentence's own words, not the blanked ones
        bounds = self.bounds[self.clause[p.k]]
        saved = bounds[0]
        bounds[0] = close + 1  # the clause as read past the aside, its words blanked (both put back at once)
        self.lows = [*lows[: self._aside_open + 1], *[""] * (close - self._aside_open - 1), *lows[close:]]
        try:
            return read(self, p)
        finally:
            bounds[0] = saved
            self.lows = lows

    _aside_open = 0  # where the aside :meth:`_aside_close` found opens (its first comma)

    def _aside_close(self, floor: int, k: int) -> int | None:
        """The comma closing an aside that opens at a comma in ``[floor, k)`` with a relative pronoun, a participle or
        a party set apart (:meth:`excluding_aside`) and closes before ``k``, the predicate right after it (adverbs and auxiliaries between), else None."""
        lows, commas = self.lows, self.commas
        c = bisect_left(commas, k) - 1
        if c < 1:
            return None
        close = commas[c]
        m = close + 1
        while m < k and (lows[m] in ADVERB or lows[m] in AUX or lows[m] in COORD):
            m += 1
        if m != k:
            return None
        o = commas[c - 1]
        if o < floor - 1 or o + 1 >= close:  # a relative's clause starts at its pronoun, right after the comma
            return None
        first = self.t[o + 1]
        if (
            first[LOW] in RELATIVE_OPENERS
            or (gerund(first[LOW]) and not first[ACTORS])
            or self.excluding_aside(o + 1, close)
        ):
            # ("Kazakhstan, (but) not Russia, condemned": the negation is the aside's)
            self._aside_open = o
            return close
        return None


def actions(doc, mentions: pd.DataFrame, timex_rows: list[dict], cb=None) -> list[dict]:
    """Rows of the ``actions`` table for one document, in text order (``cb``: the codebook, whose ``predicates``
    table is the lexicon; default the document's own, else the shipped one)."""
    cb = cb if cb is not None else getattr(doc, "codebook", None) or codebook.Codebook.shipped()
    token = READING.set(cb.compiled(build_reading))
    try:
        return _actions(doc, mentions, timex_rows)
    finally:
        READING.reset(token)


def _actions(doc, mentions: pd.DataFrame, timex_rows: list[dict]) -> list[dict]:
    by_para: dict[str, list] = {}  # paragraph → its mentions (start, end, actor, form), in the frame's order
    named = list(zip(*(mentions[c].tolist() for c in ("start", "end", "actor_id", "form"))))
    at = 0
    for para_id, run in groupby(mentions.para_id.tolist()):  # runs of one paragraph's mentions
        n = len(list(run))
        by_para.setdefault(para_id, []).extend(named[at : at + n])
        at += n
    dates: dict[str, list[dict]] = {}
    for tx in timex_rows:
        if tx["role"] == "text" and tx["kind"] in DATE_KINDS and tx["year_start"] is not None:  # no source's date
            dates.setdefault(tx["sent_id"], []).append(tx)
    rows: list[dict] = []
    mem = Memory(doc.text)
    people = None  # the persons the text names (:func:`_people`), read at its first speaker label
    un_record = None  # whether a UN delegate's label opens a line (read at the first chair's label)
    labelled = bool(
        SPEAKER_LABEL.match(doc.text) or LABEL_LINE_AFTER.search(doc.text)
    )  # a line opens with a speaker label
    title_end = doc.text.find("\n", len(doc.text) - len(doc.text.lstrip()))
    title_end = len(doc.text) if title_end < 0 else title_end
    if JOINT_TITLE.search(doc.text, 0, title_end):
        named = _title_actors(doc.text[:title_end])
        sides = list(dict.fromkeys(side_of(a) for a in named))
        states = [a for a in sides if actor_type(a) == "state"]
        mem.joint = states if len(states) >= 2 else sides if len(sides) == 1 else []
    elif not labelled:
        mem.speaker = _title_speaker(doc.text[:title_end])  # "Address by the President of Kazakhstan": one turn
    surnames: dict[str, str] = {}  # a person outside the codebook named in full: surname → other:<Full Name>
    titled: dict[str, list] = {}  # a title → the people named with it so far ("President" → biden)
    current_para = None
    lead, last_s, item_start = None, None, -1  # a list's lead-in ("The two sides will:"): (agents, modality)
    planned = future_items(doc)  # the items under a lead-in about what is to come
    listed = _items_after_colon(doc)  # and those under any lead-in: its subject's when it says what could be
    for p, sent_id, i, j in doc.sentences:
        if p.para_id != current_para:
            current_para = p.para_id
            if p.para_id in planned:
                lead = lead if lead is not None else _lead_in(last_s)
                item_start = i
            elif p.para_id in listed:
                if lead is None:  # "Kazakhstan wouldn't:", "Kazakhstan cannot:": what is hypothetical
                    lead = _lead_in(last_s)
                    lead = lead if lead and lead[1] in ("hypothetical", "recommended") else None
                item_start = i
            else:
                lead = None
            shift = _shift(p)
            named = by_para.get(p.para_id, [])
            if (
                shift is not None
                and named
                and min(named)[0] >= shift
                and max(map(itemgetter(1), named)) <= shift + len(p.text)
            ):
                clean = [(s - shift, e - shift, a, f) for s, e, a, f in named]
            else:
                clean = [(p.offsets.index(s), p.offsets.index(e - 1) + 1, a, f) for s, e, a, f in named]
            split = words_of(p.text)  # the paragraph's words, made once: read here and by ``tokens``
            places = title_starts(split)  # where a title may start (tried there, no scan of the text)
            clean += other_persons(p.text, [(s, e) for s, e, _, _ in clean], places)
            clean += surname_mentions(p.text, clean, surnames)
            clean += title_anaphors(p.text, clean, titled, (places, split))
            clean += adherents(p.text, clean)
            mem.quotes = attributed(p.text, clean)
            label = SPEAKER_LABEL.match(p.text)
            if label is not None and label.group("chair"):  # "The President:" is a UN chair's only in a UN record
                if un_record is None:
                    un_record = any(m.group("delegation") for m in LABEL_LINE_AFTER.finditer("\n" + doc.text))
                label = label if un_record else None
            if label:
                mem.transcript = True  # from now on "I" and "we" are a speaker's, or nobody's
                if label.group("delegation"):  # "Mr. Umarov (Kazakhstan):": a delegate speaks for the state
                    mem.speaker = next(iter(_title_actors(label.group("delegation"))), None)
                elif label.group("chair"):  # a UN meeting's chair, named by no one ("The President:")
                    mem.speaker = None
                else:
                    people = _people(doc, mentions, labelled) if people is None else people
                    mem.speaker = _speaker(label.group(1) or label.group(2), doc.text, people)
            para_toks = tokens(p.text, clean, split)
            starts, texts, lows, acts, fins = token_fields(para_toks)  # made once, sliced for each sentence
        a, b = bisect_left(starts, i), bisect_left(starts, j)
        if a == b:
            continue
        s = _Sentence(para_toks[a:b], mem, (texts[a:b], lows[a:b], acts[a:b], fins[a:b]))
        _note_modified_documents(s)
        s.find_predicates()
        _light_nominal_after_of(s)
        item_lead = lead if lead and lead[0] and i == item_start else None  # a list item's lead-in
        senses = _predicate_passes(s, item_lead) if s.preds else []  # most passes read predicates only
        extra = (_as_did(s, senses) if senses else []) + _done_so(s, mem)
        it_event = _event_subject(s) or (mem.event_at == mem.n and "it" in s.lows[:2])
        mem.latest = [*mem.latest[-2:], (mem.n + 1, s)]  # "the two sides" looks back over three sentences
        mem.note_mentions(s)
        if it_event:
            mem.event_at = mem.n  # "The withdrawal of X poses a challenge. Will it create ...?": "it" is the event
        last_s = s
        sent_dates = None  # the dated expressions of the sentence, read when it has a row
        for pred, sense in [*zip(s.preds, senses), *extra]:  # the predicates are in text order
            if pred.absorbed or not pred.agents:
                continue
            if sent_dates is None:
                sent_dates = [(p.offsets.index(tx["start"]), tx) for tx in dates.get(sent_id, ())]
            rows.append(_row(doc, p, shift, sent_id, s, pred, sense, sent_dates, len(rows) + 1))
    return rows


LIGHT_REACH = 6  # how many words into its object a light verb's nominal may stand ("hold the next round of talks")


def _light_nominal_after_of(s: _Sentence) -> None:
    """A light verb whose object is a quantity "of" a form that is verb and noun ("hold the next round of talks",
    "held a series of talks"): that form is its nominal, a noun, as a noun-only form there is ("a round of
    negotiations"); a verb form right after "of" is otherwise read as no predicate at all ("its strategy of
    balance")."""
    rd = reading()
    light, first = rd.light, rd.first
    lows, acts, fins = s.lows, s.acts, s.fins
    for p in [q for q in s.preds if q.pos == "verb" and q.k_end == q.k + 1 and lows[q.k] in light]:
        for k in range(p.k_end, min(len(lows), p.k_end + LIGHT_REACH)):
            if k in s.at or acts[k] or not lows[k].replace("-", "").isalpha():
                break  # a predicate of its own, a party or a mark: the object ends
            if k > p.k_end and lows[k - 1] == "of":
                h = _head_after_of(s, k)
                forms = first.get(lows[h])
                if forms is not None and forms.noun is not None and forms.verb is not None:
                    q = Pred(h, h + 1, forms.noun, "noun")
                    if h in s.at:  # "trade talks": the head read as a verb is the noun
                        s.preds.remove(s.at[h])
                    for x in s.preds:
                        if k <= x.k < h and x.pos == "noun":
                            x.absorbed = True  # a modifier of the head ("trade and investment talks"), no act
                    s.preds.insert(bisect_left([x.k for x in s.preds], h), q)
                    s.at[h] = q
                break
            if fins[k] or (lows[k] in PREP and lows[k] != "of"):
                break  # a verb, or a phrase of another preposition ("hold talks in Astana")


def _head_after_of(s: _Sentence, k: int) -> int:
    """The head of the noun phrase that starts at ``k`` after "of": its last word before a mark, a preposition, a
    party or a coordinator, at most four words on ("a round of trade talks", "of high-level security talks": talks),
    past modifiers coordinated with "and" ("of trade and investment talks": talks)."""
    lows, acts, at = s.lows, s.acts, s.at
    nouns = reading().nouns

    def word(m: int) -> bool:  # a word of the phrase: not a verb of its own ("a round of talks took place")
        low = lows[m]
        return (
            low.replace("-", "").isalpha()
            and not acts[m]
            and low not in PREP
            and low not in COORD
            and low not in SUBORD
            and low not in DET
            and not (m in at and at[m].pos == "verb" and low not in nouns)
        )

    h, end = k, min(len(lows), k + 5)
    while h + 1 < end:
        if word(h + 1):
            h += 1
        elif lows[h + 1] == "and" and h + 3 < end and word(h + 2) and word(h + 3) and not _plural(lows[h]):
            h += 2  # "trade and investment": singular modifiers coordinated before the head, not "talks and ..."
        else:
            break
    first = reading().first
    while h > k and first.get(lows[h]) is None:
        h -= 1  # the phrase's last form of the lexicon: "a round of talks yesterday" (talks), "talks last week"
    return h


def _plural(low: str) -> bool:
    """A plural noun ("talks"): a head of its own, no modifier of a later one (modifiers are singular)."""
    return low.endswith("s") and not low.endswith("ss")


def _predicate_passes(s: _Sentence, lead: tuple | None) -> list:
    """The passes over a sentence's predicates, in order: verb form, sense and arguments (noting each action in the
    memory), then the rules that absorb, join and complete them. ``lead``: the lead-in of a list whose first item
    this sentence is (:func:`_lead_in`). The senses of the predicates (a rule may change one)."""
    mem = s.mem
    for pred in s.preds:
        s.classify(pred)
    senses = []
    for pred in s.preds:
        sense = s._sense(pred)
        senses.append(sense)
        s.arguments(pred, sense)
        if lead and pred.k == 0 and not pred.agents and _bare_opening(s, pred, sense):
            pred.agents, pred.mood = list(lead[0]), lead[1]  # "- Train border guards": the lead-in's subject
            s.denied = (pred.k,) if lead[2] else ()  # "The two sides will not:": the item is negated
        if pred.agents:
            mem.note_action(
                pred.agents,
                pred.targets,
                sense.quad_class,
                len(pred.agents) + len(pred.targets) > 1 and s.negated(pred),
                sense.cameo,
                sense.lemma,
            )
            _note_documents(s, pred, sense)
    _absorb(s, senses)
    _passive_light(s, senses)
    _coordinated_nouns(s, senses)
    _included_parties(s, senses)
    _partners_in_concert(s)
    for pred, sense in zip(s.preds, senses):
        rule = LEMMA_RULES.get(sense.lemma)
        if rule is not None:
            rule(s, pred, sense, senses)
        _absorb_by_frame(s, pred, sense)
    _steps_taken(s, senses)
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
            if gov and _in_effort_to(s, pred, gov[-1]):
                g = s.preds.index(gov[-1])
                if not senses[g].cameo and senses[idx].cameo:  # the aim codes the step taken for it
                    senses[g] = senses[g]._replace(cameo=senses[idx].cameo, quad_class=senses[idx].quad_class)
        if pred.pos == "noun" and not pred.absorbed and pred.agents:
            key = (senses[idx].lemma, frozenset(map(side_of, pred.agents)))
            seen = mem.done.get(key)
            if (
                seen
                and mem.n - seen[0] <= RE_MENTION_SENTENCES
                and (not pred.targets or frozenset(map(side_of, pred.targets)) in seen[1])
                and (pred.mood or s.modality(pred)) == "asserted"
            ):
                pred.absorbed = True  # a re-mention ("Nazarbayev's visit was followed ..."), not a new step
    for idx, pred in enumerate(s.preds):
        if not pred.absorbed and pred.agents:
            key = (senses[idx].lemma, frozenset(map(side_of, pred.agents)))
            seen = mem.done.setdefault(key, [mem.n, set()])
            seen[0] = mem.n  # the sentence it was last told in
            seen[1].add(frozenset(map(side_of, pred.targets)))
    _shared_addressee(s, senses)
    _content_region(s, senses)
    return senses


def _intent_of_next(s: _Sentence, pred: Pred, _sense, _senses: list) -> None:
    """ "proposed to counter": the intent is the modality of "counter" (a verb of ``CONTROL_INTENT``), also past an
    adjunct ("pledged in 2022 to withdraw", "offered last week to mediate")."""
    if pred.pos != "verb" or pred.k_end + 1 >= len(s.t):
        return
    lows, j = s.lows, pred.k_end
    if lows[j] != "to":
        j = next((m for m in range(j + 1, min(len(lows) - 1, j + 6)) if lows[m] == "to"), None)
        if j is None or not s.adjunct(pred.k_end - 1, j):
            return
    if j + 1 in s.at:
        pred.absorbed = True


def _effort_or_aim(s: _Sentence, pred: Pred, sense, senses: list) -> None:
    """A verb of effort with no code of its own (``EFFORT``) and the infinitive of its aim: one step."""
    if pred.pos == "verb" and not sense.cameo and not pred.absorbed:
        aim = _aim(s, pred)
        if aim is not None and senses[aim].cameo:
            pred.absorbed = True  # "working to strengthen ties with X": the strengthening is the step
        elif aim is not None:
            s.preds[aim].absorbed = True  # "working to broaden its economy": the aim of the working


def _noted_fact(s: _Sentence, pred: Pred, sense, _senses: list) -> None:
    """ "acknowledged the intensified interaction with": noting a fact (``COGNITION``), no party."""
    if pred.pos == "verb" and pred.k_end < len(s.t):
        a = pred.k_end
        obj = s.t[a : s._np_right(a, s._clause_end(pred.k))]
        if (
            obj
            and obj[0][LOW] in DET
            and not any(x[ACTORS] for x in obj)
            and not (sense.lemma == "recognize" and any(x[LOW] in RECOGNIZED for x in obj[:4]))
        ):
            pred.absorbed = True


def _met_standard(s: _Sentence, pred: Pred, _sense, _senses: list) -> None:
    """ "failed to meet its commitments", "met resistance", "met with criticism": living up to a standard, or meeting
    a response, no contact."""
    if pred.pos == "verb" and not pred.passive and pred.k_end < len(s.t):
        a = pred.k_end + (s.t[pred.k_end][LOW] == "with" and pred.k_end + 1 < len(s.t))  # past "with"
        if s.t[a][LOW] in PREP:
            return  # "met at a reception", "met in difficult conditions": no object
        m = a  # the object's head: its last word before a preposition or a break
        while m + 1 < len(s.t) and m < a + 5 and s.t[m + 1][TEXT][:1].isalpha():
            if s.t[m + 1][LOW] in PREP or s.t[m + 1][LOW] in COORD or s.t[m + 1][LOW] in SUBORD:
                break
            m += 1
        if s.t[m][LOW] in STANDARDS:
            pred.absorbed = True


def _rejected_opinion(s: _Sentence, pred: Pred, _sense, _senses: list) -> None:
    """ "rejects this view as naive": an opinion, not a step towards a party."""
    if (
        pred.pos == "verb"
        and pred.k_end + 1 < len(s.t)
        and s.t[pred.k_end][LOW] in DEFINITE
        and s.t[pred.k_end + 1][LOW] in OPINIONS
    ):
        pred.absorbed = True


def _no_call(s: _Sentence, pred: Pred, _sense, _senses: list) -> None:
    """ "called it a mistake", "so-called": no telephone call."""
    if pred.pos == "verb" and not _called_party(s, pred):
        pred.absorbed = True


def _responded_by(s: _Sentence, pred: Pred, _sense, _senses: list) -> None:
    """ "responded by immediately inviting": the response is the inviting."""
    if (
        pred.k_end + 1 < len(s.t)
        and s.t[pred.k_end][LOW] == "by"
        and any(q.k > pred.k_end and q.k <= pred.k_end + 3 and q.vform == "gerund" for q in s.preds)
    ):
        pred.absorbed = True


def _imposed_on_other(s: _Sentence, pred: Pred, sense, _senses: list) -> None:
    """Tariffs, duties, a ban or restrictions imposed (CAMEO 163) reduce relations only with a party of another side
    they are imposed on ("imposed tariffs on China", "a ban on Kazakh grain"): imposed on no party named, or on the
    agents' own ("imposed new duties on his ministers", "quotas on its own farmers"), they are no row."""
    own = {side_of(a) for a in pred.agents}
    if sense.cameo != "163" or not all(side_of(x) in own for x in pred.targets):
        return
    end = s._clause_end(pred.k)
    if len(own) > 1 and _reciprocal(s.lows[pred.k_end : end]):
        return  # "the United States and China imposed tariffs on each other": each on the other (co-agents, no target)
    for q in s.preds:  # "restrictions on trade with X": the trade's partner, when trade is a predicate of its own
        if pred.k_end <= q.k < end and s.lows[q.k] in TRADE_FLOWS and s.lows[q.k - 1] == "on":
            pred.targets = [x for x in q.targets if side_of(x) not in own]
            break
    pred.absorbed = not pred.targets


def _reciprocal(words: list[str]) -> bool:
    """``words`` hold "each other" or "one another"."""
    return any(pair in (("each", "other"), ("one", "another")) for pair in pairwise(words))


# the rules that absorb a predicate of one lemma (the sets are disjoint), run before :func:`_absorb_by_frame`; each
# takes the sentence, the predicate, its sense and the sentence's senses (a rule that reads no sense names it _sense)
LEMMA_RULES = {
    **dict.fromkeys(CONTROL_INTENT, _intent_of_next),
    **dict.fromkeys(EFFORT, _effort_or_aim),
    **dict.fromkeys(COGNITION, _noted_fact),
    "meet": _met_standard,
    "reject": _rejected_opinion,
    "call": _no_call,
    "respond": _responded_by,
    "impose": _imposed_on_other,
}


CUE_OF = attrgetter("cue")  # a sense's object cue, read by a C-level pass over the senses (no generator)


def _absorb_by_frame(s: _Sentence, pred: Pred, sense) -> None:
    """A predicate that is no step by the shape of what surrounds it: a verb or noun whose every sense acts only with
    its object or complement, a gerund of manner, a bare form in an object, a light verb without its nominal."""
    if sense.cue is not None and all(map(CUE_OF, pred.entry)):
        if (
            pred.pos == "verb"
            and sense.light != "1"
            and not sense.cue.search(s._object_words(pred, 8))
            and not ((before := s._object_before(pred)) and sense.cue.search(before))  # "an idea floated by X"
            and not (pred.passive and sense.cue.search(s.passive_subject(pred)))  # "Tariffs were imposed on X"
        ):
            pred.absorbed = True  # a verb that acts only with its object ("lead a delegation", not "lead to")
        if pred.pos == "noun" and not sense.cue.search(" ".join(s.lows[pred.k_end : s._clause_end(pred.k)][:12])):
            pred.absorbed = True  # a noun that acts only with its complement ("calls … for", not phone calls)
    if (
        pred.vform == "gerund"
        and pred.k
        and s.lows[pred.k - 1] == "without"
        and not pred.targets
        and (pred.k_end >= len(s.t) or not s.lows[pred.k_end].isalpha())
    ):
        pred.absorbed = True  # "shoot without warning": a manner of acting, no step of its own
    if (
        pred.pos == "verb"
        and pred.vform == "finite"
        and pred.k >= 2
        and s.acts[pred.k - 1]
        and s.lows[pred.k] in (pred.entry[0].lemma, pred.entry[0].lemma.split()[0])  # bare: "trade", not "trades"
        and (
            (s._verb_at(pred.k - 2, "finite") and s.clause[pred.k - 2] == s.clause[pred.k])
            or s.lows[pred.k - 2] in PREP  # "an environment for U.S. trade": the head of a noun phrase
        )
    ):
        pred.absorbed = True  # "promotes U.S. trade": a noun in the object of a finite verb, no second verb
    if (
        sense.light == "1"
        and pred.pos == "verb"
        and not pred.absorbed
        and not pred.nominal
        # "the program of reform instituted by Mirziyoyev" is a step of his, of no code, and "A letter was sent by X to
        # Y" a message to Y; a coded one with no party acted on needs its nominal ("the referendums held by Russia")
        and not (pred.passive and pred.agents and (not sense.cameo or pred.targets))
    ):
        after = " ".join(s.lows[pred.k_end : pred.k_end + 4])
        if not (sense.cue and sense.cue.match(after)) and not _own_object(s, pred, sense):
            pred.absorbed = True  # a light verb without its nominal is no action


def _own_object(s: _Sentence, pred: Pred, sense) -> bool:
    """A light verb whose frame has a direct object (``obj``: "offer") is an act of its own when its object is no
    event noun of the lexicon and it has a recipient, a party right after it or a to-phrase: "offered aid to X",
    "offered X a loan" (not "offered support", which is the support; not "offered to mediate", an intent, nor a bare
    "offered"; not "China offers a huge market for X's grain", which gives nothing to anyone)."""
    b = pred.k_end
    lows = s.lows
    return (
        bool(pred.targets)
        and "obj" in sense.targets.split(";")
        and b < len(s.t)
        and lows[b].isalpha()
        and lows[b] not in PREP
        and lows[b] not in NEG
        and lows[b] not in SUBORD
        and not s.t[b][FINITE]
        and (bool(s.t[b][ACTORS]) or "to" in lows[b + 1 : s._clause_end(pred.k)])
    )


def _called_party(s: _Sentence, pred: Pred) -> bool:
    """ "X called Y" is a telephone call when Y, its direct object, is a party and no naming follows ("called
    Kazakhstan a partner" names, it does not call); not a passive ("was called")."""
    t, b = s.t, pred.k_end
    return (
        not pred.passive
        and b < len(t)
        and bool(t[b][ACTORS])
        and t[b][FORM] != "pronoun"
        and not (b + 1 < len(t) and (t[b + 1][LOW] in DET or t[b + 1][LOW] in ("an", "a")))
    )


HOPE_LEAD = frozenset(["hope", "hopes", "hoped", "want", "wants", "forward"])
# the verbs of a lead-in that a negation before them negates the items of ("do not intend to:")
INTENDING = HOPE_LEAD | frozenset(["intend", "intends", "plan", "plans", "seek", "seeks", "aim", "aims", "wish"])


def _items_after_colon(doc) -> set[str]:
    """Para ids of the list items under a paragraph that ends with a colon, whatever it says (:func:`_lead_in` reads
    it; :func:`chronology.future_items` are those of a lead-in about what is to come)."""
    return list_items(doc, lambda text: text.rstrip().endswith(":"))


def _lead_in(s: _Sentence | None) -> tuple[list[str], str, bool] | None:
    """The lead-in of a list about what is to come (:func:`chronology.future_items`) or could be, when it says who
    will act ("The two sides will:", "Kazakhstan and the United States intend to:", "Kazakhstan wouldn't:"): its
    subject, the items' modality (intended; hoped after "hope to:"; hypothetical after a modal of possibility,
    "cannot:", "would not:"; recommended after "should:", "must:") and whether it negates them ("will not:", "will no longer:", "do not intend to:",
    "cannot:"). ``None`` otherwise."""
    if s is None or len(s.t) < 3 or s.t[-1][TEXT] != ":":
        return None
    k = len(s.t) - (3 if s.t[-2][LOW] == "to" else 2)  # "intend to:": the verb before "to"
    while k > 0 and (s.lows[k] in NEG or s.lows[k] in ADVERB) and s.t[-2][LOW] == "to":
        k -= 1  # "agreed not to:", "decided never to:": the verb before the negation
    while (
        k >= 0
        and not s.t[k][FINITE]
        and not s.lows[k].endswith(NEG_CONTRACTED)
        and s.lows[k] not in MODAL_HYPO
        and s.lows[k] not in DEONTIC
        and s.t[-2][LOW] != "to"
    ):
        k -= 1  # the verb of the lead-in: "will", "intend (to)", "won't", "cannot" (no finite shape)
    if k < 0:
        return None
    # a negation among the words of the verb ("will not:", "will never:", "do not intend to:"), followed by nothing but
    # a verb of intending and "to": not "will not hesitate to:", "will never cease to:", "will not only:"
    words = s.lows[max(0, k - 2) : -1]
    last = max((i for i, w in enumerate(words) if negating(w)), default=None)
    negated = last is not None and all(
        w == "to" or w in INTENDING or (w == "longer" and words[last] == "no") for w in words[last + 1 :]
    )
    if any(x[LOW] in HOPE_LEAD for x in s.t) or ("like" in words and "would" in words):
        mood = "hoped"  # "hope to:", "would like to:" (a wish, as README's modalities read it)
    elif not MODAL_HYPO.isdisjoint(words):
        mood = "hypothetical"  # "Kazakhstan wouldn't:", "could:"
    elif not DEONTIC.isdisjoint(words):
        mood = "recommended"  # "The United States should:"
    else:
        mood = "intended"
    return s.subject(k), mood, negated


def _bare_opening(s: _Sentence, pred: Pred, sense) -> bool:
    """The predicate opening a list item is a bare verb ("- Train border guards", "- impose sanctions on X"): its
    first word is the lemma of its sense, or of a verb of its own ("impose", in the form "impose sanctions")."""
    low = s.t[0][LOW]
    if low == sense.lemma:
        return True
    forms = reading().first.get(low)
    return forms is not None and any(low == x.lemma for x in forms.verb or ())


def _event_subject(s: _Sentence) -> bool:
    """The sentence opens with an event noun as its subject ("The sudden withdrawal of X poses ..."): no actor heads
    it, so a later "it" is the event."""
    t = s.t
    if not t or s.lows[0] not in ("the", "this", "that", "such", "a", "an"):
        return False
    q = s.preds[0] if s.preds and s.preds[0].k <= 3 else None  # the predicates are in text order
    return (
        q is not None
        and q.pos == "noun"
        and not any(x[ACTORS] or x[POSS] for x in t[: q.k])
        and (q.k_end >= len(t) or t[q.k_end][LOW] in ("of", "by", "from", "in", "on", "to"))
    )


def _note_documents(s: _Sentence, pred: Pred, sense) -> None:
    """Remember who authored a document: the agents of an action whose noun names it ("agreed" → "this
    agreement") or whose object it is ("the EU launched a new strategy"), or an actor modifying it ("a new U.S.
    strategy")."""
    t, mem = s.t, s.mem
    if pred.pos == "verb" and not pred.passive:
        for noun in sense.nouns:
            mem.note_doc(noun, pred.agents)
        k = pred.k_end
        stop = min(len(t), k + 6)
        lows = s.lows
        if not DOC_NOUNS.isdisjoint(lows[k:stop]):  # a document noun close enough to be the object
            while k < stop and (
                lows[k] in DET or (lows[k].isalpha() and lows[k] not in PREP and lows[k] not in DOC_NOUNS)
            ):
                k += 1
            if k < stop and lows[k] in DOC_NOUNS:
                mods = [a for x in t[pred.k_end : k] for a in x[ACTORS]]
                mem.note_doc(t[k][LOW], mods or pred.agents)
    if not (pred.passive and pred.agents and pred.vform != "finite"):
        return
    j = pred.k - 1 if pred.k and t[pred.k - 1][TEXT] == "," else pred.k
    if j > 0 and t[j - 1][TEXT][:1].isalpha():
        # "The EU Strategy for Central Asia, adopted by the Council": the document noun of the phrase before
        head = next((w for w in reversed(t[j - 1][TEXT].lower().split()) if w in DOC_NOUNS), None)
        if head:
            mem.note_doc(head, pred.agents)


def _note_modified_documents(s: _Sentence) -> None:
    """ "a new U.S. strategy", "America's new strategy": the actor before a document noun authored it."""
    if DOC_NOUNS.isdisjoint(s.lows):
        return
    toks, mem = s.t, s.mem
    for k in compress(count(), map(DOC_NOUNS.__contains__, s.lows)):
        x = toks[k]
        if x[LOW] in mem.docs:
            mem.doc_at = mem.n + 1  # "This Strategy was developed ...": a document whose authors are known
            mem.last_doc = list(mem.docs[x[LOW]])
        for y in reversed(toks[max(0, k - 3) : k]):
            if y[ACTORS] and (y[POSS] or y[FORM] in ("demonym", "acronym", "name", "alias", "variant")):
                mem.note_doc(x[LOW], list(y[ACTORS]))
                break
            if not (y[LOW].isalpha() and y[LOW] not in PREP):
                break


def _title_actors(title: str) -> list[str]:
    """The actors a line outside the paragraphs' mentions names, in order: a title line (no paragraph: its names are
    read here), a UN delegation in a speaker label ("Kazakhstan", "Russian Federation")."""
    return [surf.actor_id for _, _, surf in choose(title, current_codebook()) if surf.actor_id]  # not a blocked phrase


def _title_speaker(title: str) -> str | None:
    """The speaker a title names when the text has no speaker label ("Address by the President of Kazakhstan at
    …", "Remarks by President Tokayev", "Statement by X, President of Y", "Testimony of …"): the one person the
    words after "by" or "of" name (up to "at", "on", "to" …), else the one actor they name, else the one person
    outside the codebook they name with a title or in full (``other:<Name>``); None when they name none or several."""
    m = SPEECH_TITLE.match(title)
    if not m:
        return None
    named = _title_actors(m.group(1))
    if not named:  # a speaker outside the codebook, named with a title ("Assistant Secretary Donald Lu")
        others = list(dict.fromkeys(x for _, _, x, _ in other_persons(m.group(1), [])))
        return others[0] if len(others) == 1 else None
    people = list(dict.fromkeys(a for a in named if actor_type(a) == "person"))
    named = list(dict.fromkeys(named))
    return people[0] if len(people) == 1 else named[0] if len(named) == 1 and not people else None


def _people(doc, mentions: pd.DataFrame, labelled: bool) -> list[tuple[int, int, str]]:
    """The persons the mentions name, ``(start, end, actor)``, and, in a text with speaker labels, those its first 400
    characters name (a speaker may be named only in the title line: "Remarks by President Biden")."""
    types = actor_types()
    people = [
        (s, e, a)
        for s, e, a in zip(mentions.start.tolist(), mentions.end.tolist(), mentions.actor_id.tolist())
        if types.get(a) == "person"
    ]
    if labelled:
        head = doc.text[:400]
        known = choose(head, current_codebook())
        people += [(a, b, surf.actor_id) for a, b, surf in known if types.get(surf.actor_id) == "person"]
        # then the people the codebook lacks, named there with a title ("Kazakh Foreign Minister Murat Nurtleu"):
        # the label "FOREIGN MINISTER NURTLEU:" is theirs
        people += [(a, b, x) for a, b, x, _ in other_persons(head, [(a, b) for a, b, _ in known])]
    return people


def _speaker(label: str, text: str, people: list[tuple[int, int, str]]) -> str | None:
    """The person a speaker label names: a person of the text whose name (not title) shares a word with the
    label ("SECRETARY BLINKEN", "PRESIDENT TOKAYEV": Tokayev, not another president), else, for a label that is
    only a title ("THE PRESIDENT"), the first person the text names after that title ("Remarks by President
    Biden"). A label naming nobody known ("Q", "MODERATOR", a person outside the codebook named nowhere near the
    start of the text) gives None: its "I" and "we" stay unresolved rather than go to another speaker."""
    titles = {w.upper() for t in current_codebook().title_list for w in t.split()}
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


def _aim(s: _Sentence, pred: Pred) -> int | None:
    """The index of the predicate of the infinitive right after an effort verb ("working (hard) to broaden"), else
    ``None``."""
    t, a = s.t, pred.k_end
    if a < len(t) and t[a][LOW].endswith("ly"):
        a += 1
    if a + 1 >= len(t) or t[a][LOW] != "to":
        return None
    return next((i for i, q in enumerate(s.preds) if q.k == a + 1 and q.pos == "verb"), None)


TAKE = frozenset(["take", "takes", "took", "taken", "taking"])
STEP_NOUNS = frozenset(["step", "measure"])


def _steps_taken(s: _Sentence, senses: list) -> None:
    """ "Brussels had moved ... in taking vigorous measures to strengthen its links with Kazakhstan": steps or measures
    taken (the noun is the step) are their taker's, and an aim with a code ("to strengthen its links with X", "to
    deepen ties") gives them its code and its parties; an aim of no code leaves them a step of no other party."""
    if TAKE.isdisjoint(s.lows):
        return
    t = s.t
    for i, (q, sq) in enumerate(zip(s.preds, senses)):
        if q.pos != "noun" or q.agents or sq.lemma not in STEP_NOUNS or q.k < 1:
            continue
        v = q.k - 1
        while v > 0 and v >= q.k - 2 and t[v][LOW] not in TAKE and not t[v][ACTORS] and t[v][LOW].isalpha():
            v -= 1  # past one or two adjectives: "vigorous", "concrete new"
        if t[v][LOW] not in TAKE:
            continue
        if t[v][LOW] == "taking" and t[v - 1][LOW] in PREP:  # "had moved ... in taking": the main verb's subject
            main = (
                m
                for m in range(v - 2, s._clause_start(v), -1)
                if t[m][FINITE] and t[m][LOW] not in AUX and t[m - 1][LOW] not in PREP and t[m - 1][LOW] not in DET
            )
            m = next((m for m in main if s.at.get(m) is None or not s.at[m].absorbed), None)
            q.agents = s.subject(m) if m is not None else []
        elif t[v][LOW] == "taking":
            q.agents = s._controller(Pred(v, v + 1, q.entry, "verb", "gerund"))
        else:
            q.agents = s.subject(v)
        aim = _aim(s, q)
        if q.agents and aim is not None and senses[aim].cameo:
            senses[i] = senses[aim]
            q.targets = [x for x in s.preds[aim].targets if x not in q.agents]


def _content_infinitive(s: _Sentence, pred: Pred, senses: list) -> bool:
    """An infinitive that is the content of a noun ("its effort to attract", "the opportunity to conclude") or of
    a communicative act ("demanded to join", "invitations ... to visit", "agreed to create"): no row of its own."""
    t = s.t
    j = pred.k - 1
    while j >= 0 and t[j][LOW] != "to":
        j -= 1
    g = j - 1
    while g >= 0 and (t[g][LOW] in ADVERB or (t[g][LOW].endswith("ly") and not t[g][ACTORS])):
        g -= 1
    if g >= 1 and t[g][LOW] in NEG and t[g - 1][LOW] == "ought":
        g -= 1  # "ought not to join": the obligation's verb
    if g < 0 or (g >= 2 and t[g][LOW] == "as" and t[g - 1][LOW] == "far" and t[g - 2][LOW] == "so"):
        return False  # "go so far as to suggest": the suggesting is the step
    gov = [(q, sq) for q, sq in zip(s.preds, senses) if q.k < pred.k and s.clause[q.k] == s.clause[pred.k]]
    if (
        gov
        and gov[-1][1].lemma in COMMUNICATIVE
        and pred.k - gov[-1][0].k_end <= 12
        and not (gov[-1][1].lemma in CONTROL_INTENT and gov[-1][0].absorbed)  # "offered to discuss": the discussing
        and not _coordinated_verb(s, gov[-1][0].k_end, j)  # "agreed to the plan and then decided to build"
    ):
        return True
    own = senses[s.preds.index(pred)]
    if gov and gov[-1][0].pos == "verb" and gov[-1][1].cameo[:2] == "04" and own.cameo[:2] == "04":
        pred.mood = pred.mood or s.modality(gov[-1][0])  # planned if the contact is planned
        return False  # "will meet with leaders ... to discuss": a purpose that is itself a contact (an action)
    x = t[g]
    if x[LOW] in ("and", "or"):  # "plans to join the union and to host a summit": the earlier infinitive's reading
        earlier = [q for q in s.preds[: s.preds.index(pred)] if q.pos == "verb" and q.vform == "infinitive"]
        if earlier and s.clause[earlier[-1].k] == s.clause[pred.k]:
            return earlier[-1].absorbed
    if x[ACTORS] or x[LOW] in GOV_HEADS or x[LOW] in PRONOUN_SUBJ or x[LOW] in ("him", "them", "it"):
        return False  # object control: "prompted his administration to impose"
    if x[LOW] in READY and not own.cameo:
        return True  # "were ready to handle all issues": a capacity claimed, no step towards a party
    return (
        x[LOW].isalpha()
        and not x[FINITE]
        and x[LOW] not in AUX
        and x[LOW] not in CONTROL_TRANSPARENT
        and x[LOW] not in AFFIRMED_NEGATED  # "did not hesitate to condemn": the condemning, no noun's content
        and not x[LOW].endswith(("ed", "ing"))
        and x[TEXT] not in WEEKDAY_NAMES  # "decided on Monday to join", "agreed in May to": a date, no noun's content
        and x[TEXT] not in MONTH_NAMES
        and not (x[LOW] in ("week", "month", "year") and t[g - 1][LOW] in ("last", "next", "this"))  # "last week to"
    )


def _coordinated_verb(s: _Sentence, a: int, j: int) -> bool:
    """The "to" at ``j`` is governed by a verb of its own coordinated after the verb ending at ``a``, right before it
    or past an adjunct ("agreed to the plan and (then) decided (in 2020) to build", "and tried to build", "but did not
    decide to"): the infinitive is that verb's, not the content of the earlier one."""
    t = s.t
    g = j - 1
    while g > a and t[g][LOW] in ADVERB:
        g -= 1
    if not _verb_word(t[g]):
        g = next((i for i in range(j - 2, max(a, j - 7) - 1, -1) if _verb_word(t[i]) and s.adjunct(i, j)), a)
    if g <= a:
        return False
    m = g - 1
    while m >= a and (t[m][LOW] in ADVERB or t[m][LOW] in AUX or t[m][LOW] in NEG):
        m -= 1  # "and then", "and did not", "but will"
    return m >= a and t[m][LOW] in ("and", "but", "or")


def _verb_word(x) -> bool:
    """A word that may be a verb governing an infinitive: of finite shape or one of ``CONTROL_TRANSPARENT``, no
    auxiliary and no party."""
    return not x[ACTORS] and (x[FINITE] or x[LOW] in CONTROL_TRANSPARENT) and x[LOW] not in AUX


def _in_effort_to(s: _Sentence, pred: Pred, gov: Pred) -> bool:
    """ "initiated a new approach in its effort to attract investors": the infinitive ``pred`` is the aim of an
    undertaking ("in (its, an) effort, bid, drive to") that qualifies the verb ``gov`` of its clause."""
    t = s.t
    j = pred.k - 1
    while j > 0 and t[j][LOW] != "to":
        j -= 1
    g = j - 1
    if g < 1 or t[g][LOW] not in EFFORT_NOUNS:
        return False
    i = g - 1 if t[g - 1][LOW] in PRONOUN_POSS or t[g - 1][LOW] in ("a", "an", "the") else g
    return (
        i >= 1 and t[i - 1][LOW] == "in" and gov.pos == "verb" and gov.k < i - 1 and s.clause[gov.k] == s.clause[pred.k]
    )


def _in_for_phrase(s: _Sentence, q: Pred) -> bool:
    """The event noun ``q`` is in a "for" phrase ("for their first consultative meeting")."""
    j = q.k - 1
    while j >= 0 and (
        s.t[j][LOW] in DET
        or s.t[j][LOW] in PRONOUN_POSS
        or (s.t[j][LOW].isalpha() and s.t[j][TEXT].islower() and s.t[j][LOW] not in PREP)
    ):
        j -= 1
    return j >= 0 and s.t[j][LOW] == "for"


def _absorb(s: _Sentence, senses: list) -> None:
    """A light verb takes the lemma and code of the nominal it governs ("lent his support to"); a nominal inside
    the object of a verb with the same agents is that verb's action, not a second one."""
    preds = s.preds
    last_noun = 0  # the last nominal's index (a loop from the end, no generator)
    for b in range(len(preds) - 1, 0, -1):
        if preds[b].pos == "noun":
            last_noun = b
            break
    subords = None  # where the subordinators are, found when a verb first needs them
    for a, (p, sp) in enumerate(zip(preds, senses)):
        if a >= last_noun:
            break  # no nominal after this verb
        if p.pos != "verb":
            continue
        if subords is None:
            subords = list(compress(count(), map(SUBORD.__contains__, s.lows)))
        end = s._clause_end(p.k)
        sub = next_mark(subords, p.k_end, end)
        b = a + 1  # the first predicate after p (they do not overlap) not absorbed yet, before a subordinate clause
        while b < len(preds) and preds[b].absorbed and preds[b].k < sub:
            b += 1
        if b == len(preds) or preds[b].k >= sub or preds[b].pos == "verb":
            continue
        q, sq = preds[b], senses[b]
        if sq.lemma == sp.lemma and q.agents == p.agents and s.clause[q.k] == s.clause[p.k] and _in_for_phrase(s, q):
            q.absorbed = True  # "met in Astana for their first meeting": the same action told twice
            continue
        stop = s._np_right(p.k_end, end) if p.k_end < len(s.t) else p.k_end
        if sp.lemma == "propose" and sq.cameo and q.k <= stop + 1:
            q.agents = q.agents or list(p.agents)  # "proposed a rapid withdrawal": the plan is the action
            q.mood = "intended"
            p.absorbed = True
            continue
        own = sp.cue and sp.cue.match(" ".join(s.lows[p.k_end : p.k_end + 4]))
        if sp.light == "1" and _subject_nominal(s, senses, a) is not None:
            continue  # "An invitation was issued by X to Y for a visit": its nominal is its subject, not the visit
        if sp.light == "1" and not own and not _infinitive_between(s, p.k_end, q.k):
            # (a light verb with its own object, "placed his bet on", keeps its sense; so does one whose nominal is an
            # infinitive's object: "offered to mediate talks" offers the mediating, it holds no talks)
            senses[a] = sq
            p.targets = p.targets or [x for x in q.targets if x not in p.agents]
            p.nominal = True
            q.absorbed = True
            continue
        same = (
            set(q.agents) <= set(p.agents)
            or (  # "Blinken reaffirmed U.S. support": his side's own support
                sp.cameo[:2] == "01" and q.agents and {side_of(x) for x in q.agents} <= {side_of(x) for x in p.agents}
            )
        )
        if q.k <= stop + 1 and (same or not q.agents or sp.cameo[:2] == "02"):
            q.absorbed = True  # the same action told twice, or what an appeal asks for ("seek investments from")
            asked = [x for x in q.agents if x not in p.agents] if sp.cameo[:2] == "02" else []
            if not p.targets and asked:
                p.targets = asked  # "called for Russia's withdrawal from Syria": the appeal is to Russia
            if (
                not p.targets
                and sp.cameo[:2] not in ("", "11", "12")
                and sp.lemma not in JUDGING
                and not (sp.lemma in JOINING and sq.quad_class != sp.quad_class)
                and not topic_object(sp)  # "discussed the war in Ukraine": a topic's parties are no targets
            ):  # who joins another kind of act ("the sanctions against Russia") joins its authors, not its targets
                p.targets = [x for x in q.targets if x not in p.agents]  # "engineer the accession to the WTO"


def _infinitive_between(s: _Sentence, a: int, b: int) -> bool:
    """A "to" and a verb stand between ``t[a]`` and ``t[b]`` ("offered to mediate talks", a verb the grammar need not
    know: a word in lower case after "to" that opens no noun phrase)."""
    lows, texts, acts = s.lows, s.texts, s.acts
    return "to" in lows[a:b] and any(
        lows[j] == "to"
        and texts[j + 1].isalpha()
        and texts[j + 1].islower()
        and not acts[j + 1]
        and lows[j + 1] not in DET
        and lows[j + 1] not in PRONOUN_POSS
        and lows[j + 1] not in PREP
        for j in range(a, b - 1)
    )


def _passive_light(s: _Sentence, senses: list) -> None:
    """A passive light verb with a by-agent whose subject is an event noun of no agent takes that noun's lemma and
    code, as the active does ("A proposal was sent by X to Y" is X's proposal, as "X sent a proposal to Y" is)."""
    for a in range(1, len(s.preds)):
        p = s.preds[a]
        b = None if p.nominal else _subject_nominal(s, senses, a)
        if b is not None:
            if b < a - 1 or s.t[s.preds[b].k_end][LOW] in ("to", "of", "for"):
                # the noun's complement names no party of the act ("An invitation to visit Astana was issued by X
                # to Y": Y), the verb's own phrase does
                own = s._passive_pp(p, field_roles(senses[a].targets), s._clause_end(p.k))
                p.targets = (
                    own or p.targets
                )  # "An invitation to Putin was issued by X": Putin, with no phrase of its own
            senses[a] = senses[b]
            p.nominal = True
            s.preds[b].absorbed = True


def _subject_nominal(s: _Sentence, senses: list, a: int) -> int | None:
    """The index of the event noun of no agent that is the subject of the predicate ``a``, a passive light verb with a
    by-agent: right before it ("An invitation was issued by X"), or opening its clause with its complement between
    ("An invitation to visit Astana was issued by X"); else None."""
    p = s.preds[a]
    if not (a and p.passive and p.agents and senses[a].light == "1"):
        return None
    lows = s.lows
    j = p.k - 1
    while j >= 0 and (lows[j] in BE or lows[j] in AUX or lows[j] in ADVERB or lows[j] in NEG):
        j -= 1  # the subject's last word
    b = a - 1
    if s.preds[b].k_end != j + 1 or s.preds[b].pos != "noun":
        # the noun opening the clause, its complement between: "to visit Astana", "of cooperation", "for talks"
        c = s._clause_start(p.k)
        b = next((b for b in range(a) if s.preds[b].k >= c), a)
        q = s.preds[b] if b < a else None
        if (
            q is None
            or q.k_end > j
            or lows[q.k_end] not in ("to", "of", "for")
            or not all(
                lows[m] in DET or (lows[m].isalpha() and not s.acts[m] and lows[m] not in PREP) for m in range(c, q.k)
            )
            or any(s.fins[m] and m not in s.at for m in range(q.k_end, j + 1))
        ):
            return None
    q = s.preds[b]
    if q.pos == "noun" and not q.agents and not q.absorbed and senses[b].cameo and q.k_end <= j + 1:
        return b
    return None


def _coordinated_nouns(s: _Sentence, senses: list) -> None:
    """An event noun with no agent of its own, coordinated with an earlier one of the same kind that has agents,
    shares them ("a closed-door meeting between the two presidents, as well as a working luncheon and an extended
    meeting"): one occasion, told in parts."""
    if len(s.preds) < 2:
        return  # no earlier noun to share
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
            lows = [x[LOW] for x in between]
            coord = any(w in COORD for w in lows) or any(
                lows[m : m + 3] == ["as", "well", "as"] for m in range(len(lows))
            )
            # the noun phrase before p is its own: determiners and modifiers after the last coordinator or comma
            m = p.k - 1
            while m >= q.k_end and t[m][LOW] not in COORD and t[m][TEXT] != ",":
                m -= 1
            own = t[m + 1 : p.k]
            if (
                coord
                and not any(
                    x[ACTORS] or x[LOW] in AUX_FINITE or x[LOW] in FINITE_EXTRA or x[LOW] in ("of", "by", "from")
                    for x in own
                )
                and not any(x[TEXT] in ";:" for x in between)
            ):
                p.agents = list(q.agents)
            break


CONCERT = frozenset(["coordination", "cooperation", "concert", "partnership", "consultation", "conjunction"])


def _partners_in_concert(s: _Sentence) -> None:
    """Those a step is taken "in (close) coordination with", "in cooperation with", "together with" or "jointly with"
    act with its agents ("This Strategy was developed through a process led by the NSC, in close coordination with
    USAID": USAID develops it too; "Kazakhstan, in cooperation with the EU, launched"), unless they are its targets.
    Read in the predicate's own clause: before it up to the clause's start, after it up to the next verb."""
    lows = s.lows
    if "with" not in s.vocab:
        return
    withs = compress(range(1, len(lows)), map("with".__eq__, lows[1:]))
    before = [lows[w - 1] for w in withs]  # the words before each "with" (a list: no generator left open)
    if CONCERT.isdisjoint(before) and JOINTLY.isdisjoint(before):
        return  # no "with" such a phrase ends in
    t = s.t
    for p in s.preds:
        if p.absorbed or not p.agents:
            continue
        floor, end = s._clause_start(p.k), s._clause_end(p.k)
        nxt = next((q.k for q in s.preds if p.k < q.k < end and q.pos == "verb" and not q.absorbed), end)
        for k in [*range(floor, p.k), *range(p.k_end, nxt)]:
            w = None
            if t[k][LOW] == "in" and k + 2 < len(t):
                m = k + 1
                if t[m][LOW] in ("close", "full", "tight", "closer") and m + 1 < len(t):
                    m += 1
                if t[m][LOW] in CONCERT and m + 1 < len(t) and t[m + 1][LOW] == "with":
                    w = m + 1
            elif t[k][LOW] in JOINTLY and k + 1 < len(t) and t[k + 1][LOW] == "with":
                w = k + 1
            if w is None or w + 1 >= end:
                continue
            stop = p.k if w < p.k else nxt
            partners = s.np_actors(w + 1, s._np_right(w + 1, stop))
            p.agents += [a for a in partners if a not in p.agents and a not in p.targets]


def _included_parties(s: _Sentence, senses: list) -> None:
    """A meeting "including" or "involving" others has them as participants too ("an extended meeting including
    cabinet members from both countries": the two states join the two presidents)."""
    if "including" not in s.vocab and "involving" not in s.vocab:
        return
    t = s.t
    for p, sp in zip(s.preds, senses):
        if p.pos != "noun" or not p.agents or p.absorbed or sp.cameo[:2] != "04" or p.k_end >= len(t) - 1:
            continue
        if t[p.k_end][LOW] in ("including", "involving"):
            a = p.k_end + 1
            stop = s._clause_end(p.k)
            b = s._np_right(a, stop)
            if b + 1 < stop and t[b][LOW] in ("from", "of"):  # "cabinet members from both countries"
                b = s._np_right(b + 1, stop)
            more = s.np_actors(a, b) or s._group(a, b)
            p.agents += [x for x in more if x not in p.agents]


def _content_region(s: _Sentence, senses: list) -> None:
    """A statement, appeal or refusal with no party whose content is set "in/across/throughout the region" ("called
    for the U.S. to promote reforms across the region", "excluded the possibility of opening new bases in the
    region") is about the region named last. Read after the content infinitives are known, not past a
    subordinate clause or an action of its own."""
    if "region" not in s.vocab:
        return
    t = s.t
    for p, sp in zip(s.preds, senses):
        if p.absorbed or not p.agents or p.targets or sp.cameo[:2] not in ("01", "02", "12") or p.pos != "verb":
            continue
        end = s._clause_end(p.k)
        for k in range(p.k_end, end - 2):
            q = s.at.get(k)
            if t[k][LOW] in SUBORD or (q is not None and q is not p and not q.absorbed and q.agents):
                break
            if t[k][LOW] in ("in", "across", "throughout") and t[k + 1][LOW] == "the" and t[k + 2][LOW] == "region":
                p.targets = s.salient_region(p.k)
                break


def _shared_addressee(s: _Sentence, senses: list) -> None:
    """A verbal step with no addressee of its own, by the same agents as an earlier one of the sentence that has
    one, is addressed to the same party ("approached each U.S. administration, making sure to raise issues";
    "thanked his counterparts and committed to continued collaboration")."""
    if len(s.preds) < 2:
        return  # no earlier step to share
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
    if "as" not in s.vocab:
        return out
    for k in compress(range(len(t) - 2), map("as".__eq__, s.lows)):
        if t[k + 1][LOW] in ("did", "does", "had", "has", "do") and k:
            prev = [(q, sq) for q, sq in zip(s.preds, senses) if q.k < k and q.agents and not q.absorbed]
            if not prev:
                continue
            q, sq = prev[-1]
            e = s._np_right(k + 2, len(t))
            agents = s.np_actors(k + 2, e)
            if not agents and e < len(t) and t[e][TEXT] == "," and e + 1 < len(t) and t[e + 1][ACTORS]:
                agents = list(t[e + 1][ACTORS])  # apposition: "his successor, Mike Pompeo"
            if agents:
                new = Pred(k, k + 2, q.entry, q.pos, "proform", False, agents, list(q.targets))
                out.append((new, sq))
    return out


PRO_DO = frozenset(["do", "does", "did", "done"])
NOT_PRO = frozenset(["well", "much", "many", "far", "little", "that", "as", "often", "badly"])


def _done_so(s: _Sentence, mem: Memory) -> list:
    """ "Moscow demanded to join the CACO. Having done so, Moscow ensured ...", "Russia joined in 2004, and Uzbekistan
    did so in 2006": "do so" stands for the step told last before it, in its sentence or the one before (its last
    verb, a content verb included: the joining), done by its own subject ("having done so": the subject after the
    comma). "To do so" is the content or purpose of another verb, and "in so doing", "in doing so" say how the main
    verb's step was taken: no step of their own."""
    t, out = s.t, []
    if "so" not in s.vocab:
        return out
    prev = mem.latest[-1][1] if mem.latest and mem.latest[-1][0] == mem.n else None
    for k in range(1, len(t) - 1):
        if t[k][LOW] not in PRO_DO or t[k + 1][LOW] != "so" or t[k - 1][LOW] == "to":
            continue
        if k + 2 < len(t) and (t[k + 2][LOW] in NOT_PRO or t[k + 2][LOW].endswith("ly")):
            continue  # "did so well", "do so that"
        if t[k - 1][LOW] == "having" and (k == 1 or t[k - 2][TEXT] in ",;:"):
            m = next((m for m in range(k + 2, len(t) - 1) if t[m][TEXT] == ","), None)
            if m is None:
                continue
            x = t[m + 1]
            agents = s._resolve(x, m + 1) if x[LOW] in PRONOUN_SUBJ else s.np_actors(m + 1, s._np_right(m + 1, len(t)))
        elif t[k][LOW] != "done" or any(x[LOW] in HAVE for x in t[max(0, k - 3) : k]):
            agents = s.subject(k)  # "did so", "has not done so"
        else:
            continue
        told = [(q, s) for q in s.preds if q.k < k and q.pos == "verb" and q.agents]
        if not told and prev is not None:
            told = [(q, prev) for q in prev.preds if q.pos == "verb" and q.agents and q.vform != "proform"]
        if agents and told:
            q, where = told[-1]
            targets = [x for x in q.targets if x not in agents]
            out.append((Pred(k, k + 2, q.entry, "verb", "proform", False, list(agents), targets), where._sense(q)))
    return out


def _shift(p) -> int | None:
    """The source offset of paragraph ``p``'s clean text when it was copied from the source in one piece (most
    paragraphs): clean index ``i`` is source offset ``shift + i``. ``None`` otherwise."""
    starts = p.offsets.source_starts
    return starts[0] if len(starts) == 1 else None


LEAD_MARKS = frozenset(["–", "—", ":"])  # what stands between a leading date and its clause (:func:`_lead_date`)


def _lead_date(s: _Sentence, cs: int, sent_dates, p) -> list:
    """The date that leads the sentence, alone before a dash or a colon, when the clause at ``cs`` follows it: a
    timeline's entry ("1993 – The two governments sign the agreement", "April 1995: Kazakhstan removes …",
    "2015–2016: …", whose range's own dash opens a clause too). ``[]`` otherwise."""
    if cs == 0 or s.texts[cs] not in LEAD_MARKS:
        return []
    t = s.t
    for ti, tx in sent_dates:
        if ti == t[0][START] and p.offsets.index(tx["end"] - 1) + 1 >= t[cs - 1][END]:
            return [(ti, tx)]
    return []


def _row(doc, p, shift, sent_id, s: _Sentence, pred: Pred, sense, sent_dates, n: int) -> dict:
    """The row of an action (``shift``: :func:`_shift` of its paragraph)."""
    t, texts = s.t, s.texts
    cs, ce = s._clause_start(pred.k), s._clause_end(pred.k)
    while ce - 1 > cs and texts[ce - 1] in ",.;:—–":
        ce -= 1
    ci, cj = t[cs][START], t[ce - 1][END]
    if texts[cs] in ",;:" and cs + 1 < ce:
        ci = t[cs + 1][START]
    pi, pj = t[pred.k][START], t[pred.k_end - 1][END]
    date = None
    if sent_dates:
        inside = [(ti, tx) for ti, tx in sent_dates if ci <= ti < cj]
        own = []
        if pred.pos == "noun":
            own = [
                (ti, tx)
                for ti, tx in inside
                if pj <= ti <= pj + 40 and not any(q.k > pred.k and t[q.k][START] < ti for q in s.preds)
            ]
        inside = own or date_scope(s, pred, cs, ce, inside, p, _lead_date(s, cs, sent_dates, p))
        if pred.vform == "proform":  # "as did Y in 2020": the date after it
            inside = [(ti, tx) for ti, tx in inside if ti > pi] or inside
        if inside:
            date = min(inside, key=lambda d: (abs(d[0] - pi), d[0]))[1]
    if shift is None:
        src_i, src_j = p.span(ci, cj)
        pred_i, pred_j = p.span(pi, pj)
    else:
        src_i, src_j, pred_i, pred_j = ci + shift, cj + shift, pi + shift, pj + shift
    cameo, quad = code(s, pred, sense, ce)
    return {
        "doc_id": doc.doc_id,
        "action_id": f"A{n:03d}",
        "para_id": p.para_id,
        "sent_id": sent_id,
        "agents": ";".join(pred.agents),
        "targets": ";".join(pred.targets),
        "predicate": doc.text[pred_i:pred_j],
        "lemma": sense.lemma,
        "cameo": cameo,
        "quad_class": quad,
        "negated": s.negated(pred),
        "modality": pred.mood or s.modality(pred),
        "timex_id": date["timex_id"] if date else "",
        "date_value": date["value"] if date else "",
        "start": src_i,
        "end": src_j,
        "predicate_start": pred_i,
        "predicate_end": pred_j,
    }


def frame(rows: list[dict]) -> pd.DataFrame:
    """The ``actions`` table of action rows (:func:`actions`)."""
    import numpy as np

    data = frames.rows_to_columns(rows, COLUMNS)
    data["negated"] = np.array([bool(x) for x in data["negated"]], dtype=bool)
    return frames.frame(data, ints=INT_COLUMNS)


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
