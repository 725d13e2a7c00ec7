"""Dates for the action grammar (:mod:`kzlib.actions`): which dated expression of a sentence dates an action (its
own noun phrase, else its own clause's stretch), and which dates belong to another clause."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import chain, compress, count, filterfalse, pairwise, repeat

from .action_predicates import PLEDGED, plain_infinitive
from .action_tokens import CLAUSE_PUNCT, START_OF, Sentence
from .action_vocabulary import (
    ACTORS,
    ADVERB,
    AUX,
    AUX_FINITE,
    BE,
    COORD,
    DET,
    FINITE,
    IRREGULAR_PARTICIPLES,
    LOW,
    PARTICIPLE_ENDS,
    POSS,
    PREP,
    PRONOUN_POSS,
    RESOLVE_NOUNS,
    SAYING,
    START,
    TEXT,
    TIME_OPENERS,
    Pred,
    gerund,
    last_mark,
    next_mark,
    past_participle,
    reduced_relative,
)

DATE_OPENERS = frozenset(["that", "which", "who", "whom", "whose", "where", "when", "while", "whereas", "because"])
DATE_OPENERS |= frozenset(["although", "though", "since", "if", "unless", "whether"])
BEFORE_AFTER = TIME_OPENERS | frozenset(["following", "once"])
OWN_TIME = frozenset(["later", "subsequently", "earlier", "previously", "afterwards", "eventually", "formerly"])
# verbs that agree to, pledge or decide on a step still to come: a date between one and the step's "to" is the
# verb's ("agreed on 5 May 2022 to hold talks": the talks are undated)
PLANNING = PLEDGED | frozenset(["decide", "decides", "decided", "resolve", "resolves", "resolved"])
NOT_A_HEAD = DET | PREP | AUX | BE  # words that are no noun heading a phrase (:func:`_in_noun_complement`)
# the words that may open a stretch of a clause for dating (:func:`_date_segments`), beside past participles and the
# word after a comma
STRETCH_OPENERS = DATE_OPENERS | COORD | IRREGULAR_PARTICIPLES | frozenset(["to", ",", "but", "yet"])


class Dating:
    """What the dating of a sentence's actions reads once per sentence (mixed into the sentence of
    :mod:`kzlib.actions`)."""

    _date_marks: list[int] | None = None

    def date_marks(self) -> list[int]:
        """The tokens that may open a stretch (:func:`_date_segments`), in order: a word of ``STRETCH_OPENERS``, a
        form ending like a past participle, a word after a comma (found when first asked)."""
        if self._date_marks is None:
            lows = self.lows
            marks = set(compress(count(), map(STRETCH_OPENERS.__contains__, lows)))
            marks.update(compress(count(), map(str.endswith, lows, repeat(PARTICIPLE_ENDS))))
            marks.update(c + 1 for c in self.commas)
            self._date_marks = sorted(marks)
        return self._date_marks


def _in_noun_complement(s: Sentence, k: int, floor: int) -> bool:
    """The event noun at ``k`` is inside a prepositional phrase of a noun that is no action ("a new anxiety over
    Kazakhstan's handling of dissent"): a date of the clause belongs to that noun's clause, not to it."""
    t = s.t
    j = k - 1
    while j > floor and (t[j][POSS] or t[j][LOW] in DET or t[j][LOW] in PRONOUN_POSS):
        j -= 1
    if j <= floor or t[j][LOW] not in ("over", "about", "of", "on", "regarding") or j - 1 < floor:
        return False
    head = t[j - 1]
    return (
        head[TEXT].isalpha()
        and head[TEXT].islower()
        and head[LOW] not in NOT_A_HEAD
        and not head[FINITE]
        and not any(q.k == j - 1 for q in s.preds)
    )


def _in_report_aside(s: Sentence, ti: int, k: int) -> bool:
    """The date starting at ``ti`` is inside a report set between commas in the clause it reports ("Russia, Blinken
    said on 5 April, invaded": the saying's date), and the verb at ``k`` is outside it: no date of that verb's."""
    a = bisect_left(s.t, ti, key=START_OF)
    n = len(s.t)
    left, right = last_mark(s.commas, a, 0), next_mark(s.commas, a, n)
    return left >= 0 and right < n and not left < k < right and s._reporting_aside(left + 1, right)


def date_scope(s: Sentence, pred: Pred, cs: int, ce: int, dates: list, p, lead: list = ()) -> list:
    """The dates of ``dates`` (in the action's clause) that are the action's own: a date dates only the verbs of
    its own clause. A relative or complement clause ("a strategy that was announced in 2020", "noted that X will
    convene in October") and an opening "after/before ..." clause keep their dates, and take none from outside;
    a verb coordinated with an earlier one (", had backed ..., both in 2018") takes the date of its own stretch,
    else one said before the main verb ("On August 6, 2015, X launched ..."); a stretch with its own time word
    (", later joined by Y,") takes none from outside; a date inside a noun phrase ("a 2018 measure", "the
    incursions of 1999-2000") dates that noun only. ``lead``: the date leading the sentence before a dash or colon
    (a timeline's entry), which dates the verbs of the clause's main stretches that no date of theirs dates."""
    t = s.t
    if not dates and not lead:
        return dates
    if dates and not SAYING.isdisjoint(s.lows):  # (a set test first: most sentences report nothing)
        dates = [d for d in dates if not _in_report_aside(s, d[0], pred.k)]
    key = (cs, ce, tuple(ti for ti, _ in dates))
    if key not in s.date_segments:
        s.date_segments[key] = _date_segments(s, cs, ce, dates, p)
    spans, in_date, seg, level, first_verb, infs = s.date_segments[key]
    me = seg[pred.k - cs]
    # a stretch between commas with its own time word (", later joined by Y,") takes no date from outside
    commas, lows = s.commas, s.lows
    left, right = last_mark(commas, pred.k, cs), next_mark(commas, pred.k, ce)
    own_time = not OWN_TIME.isdisjoint(lows[left + 1 : right]) and any(
        lows[j] in OWN_TIME for j in range(left + 1, right) if j not in in_date and seg[j - cs] == me
    )
    mine, fronted = [], []
    if (
        pred.pos == "noun"
        and pred.k_end + 1 < ce
        and t[pred.k_end][TEXT] == ","
        and past_participle(t[pred.k_end + 1][LOW])
    ):
        close = next((j for j in range(pred.k_end + 1, ce) if t[j][TEXT] == ","), ce)
        apposed = [(ti, tx) for (ti, tx), (a, _) in zip(dates, spans) if pred.k_end < a < close]
        if apposed:
            return apposed  # "This summit, held in March 2018, marked": the participle told of the noun dates it
    embedded = pred.pos == "noun" and _in_noun_complement(s, pred.k, cs)
    for (ti, tx), (a, b) in zip(dates, spans):
        if a < cs or a >= ce:
            continue
        if embedded and not (pred.k < a and s._segment_has_finite(pred.k_end, a) is None):
            continue  # "anxiety over Kazakhstan's handling": the noun's own dates only, not the clause's
        before, after = t[a - 1][LOW] if a > cs else "", t[b][LOW] if b < ce else ""
        noun_date = before == "for" or (
            before == "of" and not (a >= 2 and t[a - 2][LOW] in ("end", "beginning", "start", "middle"))
        )
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
        if a < pred.k and _planning_adjunct(s, a, pred.k):
            continue  # "agreed on 5 May 2022 to hold talks": the agreement's date, not the talks'
        if seg[a - cs] == me or (me in infs and seg[a - cs] == infs[me] and a < pred.k):
            mine.append((ti, tx))  # an infinitive shares a date said before it ("will host … in October to discuss")
        elif level[me] == 0 and seg[a - cs] == 0 and a < first_verb and level[0] == 0:
            fronted.append((ti, tx))
    return mine or fronted or (list(lead) if level[me] == 0 else [])


def _planning_adjunct(s: Sentence, a: int, k: int) -> bool:
    """The date at token ``a`` stands in an adjunct between a verb of ``PLANNING`` and the "to" of the step at ``k``
    ("agreed on 5 May 2022 to hold talks", "did not agree in 2022 to"): the agreement's date, not the step's,
    which is still to come. Only when the verb makes a row of its own (a predicate not read into the step): else the
    date would be lost ("decided in 2020 to join", "pledged in 2022 to withdraw": the step keeps it)."""
    lows = s.lows
    j = next((j for j in range(a + 1, k) if lows[j] == "to"), None)
    if j is None:
        return False
    i = next((i for i in range(a - 1, max(-1, a - 5), -1) if lows[i] in PLANNING), None)
    q = s.at.get(i) if i is not None else None
    return q is not None and not q.absorbed and s.adjunct(i, j)  # "decided in 2020 to join": no row takes the date


def _date_segments(s: Sentence, cs: int, ce: int, dates: list, p) -> tuple:
    """How the clause ``t[cs:ce]`` falls into stretches for dating (:func:`date_scope`), worked out once per clause
    and its dates: each date's token range, the tokens inside dates, each token's stretch id, each stretch's level
    and the first finite verb of the main stretch."""
    t = s.t
    spans = []  # token range of each date
    for ti, tx in dates:
        a = bisect_left(t, ti, key=START_OF)  # the tokens are in order of their starts
        b = a
        end = p.offsets.index(tx["end"] - 1) + 1 if tx["end"] > tx["start"] else ti
        while b < ce and t[b][START] < end:
            b += 1
        spans.append((a, max(b, a + 1)))
    in_date = set(chain.from_iterable(range(a, b) for a, b in spans))
    level = {0: 0}  # segment id -> 0 (the main clause and its coordinated verbs) or 1 (a clause of its own)
    sid, lvl = 0, 0
    lows, texts, fins = s.lows, s.texts, s.fins
    first_comma = next_mark(s.commas, cs, ce)
    # the clause's first word, past the mark that opens it ("; after …", "– After …")
    w = cs + 1 if texts[cs] in CLAUSE_PUNCT and cs + 1 < ce else cs
    opening = (
        w not in in_date
        and first_comma < ce
        and (t[w][LOW] in BEFORE_AFTER or (gerund(t[w][LOW]) and t[w][LOW] not in PREP))
    )
    if opening:
        level[0] = lvl = 1  # "After taking office in 2019, X ...", "Recalling the bombings of 1945, X": its own date
    # (no generator left at its first hit: closing one raises an exception inside it)
    first_finite = next(filterfalse(in_date.__contains__, compress(range(cs, ce), fins[cs:ce])), ce) + 1
    own_verb = -1  # the verb of a clause coordinated with its own subject (", and the two sides signed")
    infinitive, infs = False, {}  # an infinitive's stretch → the stretch it hangs on (whose date it may share)
    opens = [cs]  # where each stretch starts; only the words of ``s.date_marks()`` can open one
    marks = s.date_marks()
    for k in marks[bisect_right(marks, cs) : bisect_left(marks, ce)]:
        if k in in_date:
            continue
        low = lows[k]
        new = None
        if k == first_comma and level[sid] == 1 and sid == 0 and opening:
            new = 0
        elif (
            low == "to"
            and lvl == 0
            and k > first_finite
            and (
                s._infinitive_at(k + 1)
                or _plain_infinitive_with_object(s, k + 1, ce)
                or (  # a passive infinitive that runs to the clause's end (no comma closes it as an aside)
                    lows[k + 1 : k + 2] == ["be"]
                    and k + 2 < ce
                    and past_participle(lows[k + 2])
                    and next_mark(s.commas, k, ce) == ce
                )
            )
        ):
            # "invited him to visit X in 2025", "discussed the session, to be held in April": the infinitive's date
            new, infinitive = 0, True
        elif low in DATE_OPENERS and s._segment_has_finite(k + 1, next_mark(s.commas, k + 1, ce)) is not None:
            new = 1  # a relative, complement or subordinate clause
        elif low in ("but", "yet"):
            new = 2  # a clause of its own, no date shared
        elif (
            lvl == 0
            and k > first_finite
            and k != own_verb
            and past_participle(low)
            and reduced_relative(t[k - 1], t[k - 2] if k - 2 >= cs else None)
        ):
            new = 1  # "thanked X for assistance provided since 2021": the participle's own phrase and date
        elif (
            lvl == 0
            and (low in COORD or low == ",")
            and (nxt := _next_word(lows, k, ce)) < ce
            and (lows[nxt] in AUX_FINITE or lows[nxt] in ("will", "would", "did") or fins[nxt])
            and not t[nxt][ACTORS]
        ):
            new = 0  # a coordinated verb: ", had backed ...", "and noted"
        elif (
            lvl == 0
            and low in COORD
            and texts[k - 1] == ","
            and k > first_finite
            and (verb := s._segment_has_finite(k + 1, next_mark(s.commas, k + 1, ce))) is not None
        ):
            new, own_verb = 0, verb  # ", and he travelled ...": a clause with its own subject keeps its own date
        elif lvl == 1 and texts[k - 1] == "," and (low in AUX_FINITE or fins[k]):
            new = 0  # back in the main clause: "The summit, which was held in 2018, agreed"
        if new is not None:
            sid += 1
            lvl = 1 if new == 1 else 0
            level[sid] = 2 if new == 2 else lvl
            if infinitive:
                infs[sid], infinitive = sid - 1, False
            opens.append(k)
    opens.append(ce)
    seg = []  # segment id per token of the clause
    for sid, (a, b) in enumerate(pairwise(opens)):
        seg += repeat(sid, b - a)
    first_verb = None  # loops, not generators left at their first hit (closing one raises an exception inside it)
    for q in s.preds:
        if cs <= q.k < ce and q.pos == "verb" and q.vform == "finite" and seg[q.k - cs] == 0:
            first_verb = q.k
            break
    if not first_verb:
        first_verb = ce
        for k in compress(range(cs, ce), fins[cs:ce]):
            if k not in in_date and seg[k - cs] == 0:
                first_verb = k
                break
    return spans, in_date, seg, level, first_verb, infs


def _plain_infinitive_with_object(s: Sentence, k: int, end: int) -> bool:
    """``t[k]``, after "to", is a verb the lexicon does not list, known by its object, that says the content of a
    decision, plan or offer named just before it: a plain lower-case word with a determiner or possessive after it
    ("the decision of the United States to extend the treaty in 2021": the extension's date, not the welcome's). A
    purpose infinitive ("sent troops to Kyrgyzstan to guard the border in 2010") leaves the date to the verb, and
    "to date", "to the end" and "from energy to security in 2021" make no infinitive."""
    if k + 1 >= end or RESOLVE_NOUNS.isdisjoint(s.lows[max(0, k - 7) : k - 1]):
        return False
    x, lows = s.t[k], s.lows
    return (
        not x[ACTORS]
        and x[TEXT].islower()
        and plain_infinitive(lows[k])
        and lows[k] not in NOT_A_HEAD
        and lows[k] not in PRONOUN_POSS
        and (lows[k + 1] in DET or lows[k + 1] in PRONOUN_POSS)
    )


def _next_word(lows: list[str], k: int, end: int) -> int:
    """The first word after token ``k`` and before ``end`` that is no adverb, else ``end``."""
    k += 1
    while k < end and lows[k] in ADVERB:
        k += 1
    return k
