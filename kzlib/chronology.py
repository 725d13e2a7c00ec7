"""Chronology: the timexes of a document, anchored, and the dated events the text reports.

Relative expressions are resolved against the reference time: the first explicit date of the latest
sentence that has one, so a flashback later in that sentence ("since ... in 2006") does not become the
anchor of "several months later";
or, for "today" and "as of this writing", against the time of writing: the document's own date line, else
the latest explicit date the text gives: of the body at its own precision (2018 after March 2014; in one year
the finer, March 2018 over 2018), or the year of a note's publication date when that is later (a text is
written after the works it cites; the day a source appeared is not the day of writing).

Events: one per dated expression in a paragraph (not durations or sets). The event's actors are those
named in the clause around the date (clauses split at ``;``, ``:``, dashes and ``, as``/``, while``/
``, but``/``, which``), or in its sentence when the clause names none. Its label is the phrase opened by
the event cue (``kzlib/data/codebook/event_cues.csv``) nearest the date, else by the nearest past-tense verb.
"""

from __future__ import annotations

import dataclasses
import re
import weakref
from itertools import pairwise

import pandas as pd

from . import citations, lead, ranking, rxcache, timex
from .action_vocabulary import IRREGULAR_PARTICIPLES
from .lexicon import (
    FUTURE_CUE,
    FUTURE_CUE_WORDS,
    FUTURE_WORD,
    FUTURE_WORD_WORDS,
    NOT_INFINITIVES,
    POSSIBILITY_CUE,
    SAYING_VERBS,
)
from .markup import list_marker
from .options import Options
from .words import FUNCTION_WORDS

# the case-blind future cues searched led by the class of their first letters (kzlib.lead): whether a stretch holds
# one, as the plain alternation says, without the alternation tried at every position
_FUTURE_CUE = lead.led(FUTURE_CUE.pattern, FUTURE_CUE.flags) or FUTURE_CUE
_FUTURE_WORD = lead.led(FUTURE_WORD.pattern, FUTURE_WORD.flags) or FUTURE_WORD


def _may_hold(words: tuple[str, ...], text: str, lo: int = 0, hi: int | None = None) -> bool:
    """False where ``text[lo:hi]`` is ASCII and its lower case holds none of the literal ``words`` (lower-cased):
    then no case-blind pattern each of whose matches is one of them matches in it, nor in any stretch inside it."""
    n = len(text)
    lo, hi = min(max(lo, 0), n), n if hi is None else min(max(hi, 0), n)  # as the regex engine bounds them
    part = text[lo:hi]
    return not part.isascii() or any(map(part.lower().__contains__, words))


def _holds(rx: re.Pattern, words: tuple[str, ...], text: str, lo: int = 0, hi: int | None = None) -> bool:
    """Whether ``rx.search(text, lo, hi)`` finds a match, ``rx`` a case-blind pattern each of whose matches is one of
    the literal ``words``: a stretch that :func:`_may_hold` rules out is not searched (most dated sentences: the led
    search still tries the pattern at half the letters of a text)."""
    hi = len(text) if hi is None else hi
    return _may_hold(words, text, lo, hi) and rx.search(text, lo, hi) is not None


def future_cue(text: str, lo: int = 0, hi: int | None = None) -> bool:
    """Whether ``text[lo:hi]`` holds an intention cue (:data:`kzlib.lexicon.FUTURE_CUE`: "will", "pledged to")."""
    return _holds(_FUTURE_CUE, FUTURE_CUE_WORDS, text, lo, hi)


def future_word(text: str, lo: int = 0, hi: int | None = None) -> bool:
    """Whether ``text[lo:hi]`` speaks of what is to come (:data:`kzlib.lexicon.FUTURE_WORD`: "will", "target")."""
    return _holds(_FUTURE_WORD, FUTURE_WORD_WORDS, text, lo, hi)


CLAUSE_BREAK = rxcache.compile(r"\s*(?:;|:|\s[–—]\s|,\s+(?=(?:as|while|but|which|whereas|although|though)\b))\s*")
FUNCTION_TAIL = rxcache.compile(
    r"(?:[\s,;:]+(?:a|an|the|of|in|on|at|to|for|from|by|with|over|between|and|or|but|both|as|since|than|"
    r"that|which|its|their|his|her|all|has|have|had|is|are|was|were|be|been|will|would|could|can|"
    r"[A-Z][\w-]*'s))+\s*$"
)  # dangling words at a label's end
CLAUSE_OPENERS = "that|which|who|because|while"  # a new clause begins: where an event's phrase stops of itself
LABEL_STOP = rxcache.compile(rf"[,;:!?()]|(?<![A-Z])\.(?=\s|$)|\s(?:{CLAUSE_OPENERS})\s")
CLAUSE_STOP = rxcache.compile(
    rf"[;:!?()]|\s(?:{CLAUSE_OPENERS})\s"
)  # a new clause (not a comma: "From 2001 onward, X did")
PAST = rxcache.compile(r"(?<![\w-])[a-z]{3,}ed(?![\w-])")
NOT_VERBS = frozenset(
    ["united", "based", "interested", "concerned", "limited", "related", "red", "need", "speed", "indeed", "hundred"]
)


def cues(cb) -> pd.DataFrame:
    """Event cue lexicon of a codebook: one row per surface form."""
    return cb.cues


def _cue_pattern(cb):
    """Every event cue standing as a word, the longest at a place first (written as a trie,
    :func:`kzlib.lead.trie_alternation`: one branch per character, not every cue form in turn at each word)."""
    forms = list(cb.cues.form)
    return rxcache.compile(r"(?<!\w)(?:" + lead.trie_alternation(forms) + r")(?!\w)") if forms else None


def _cue_lemmas(cb) -> dict[str, str]:
    """form -> lemma of the event cues, built once per process for equal codebooks (not the codebook's ``cues``
    table per corpus: about 1 ms)."""
    return dict(zip(cb.cues.form, cb.cues.lemma))


def cue_matches(text: str, cb):
    """``(start, end, form)`` of every event cue of codebook ``cb`` in ``text``."""
    pattern = cb.compiled(_cue_pattern)
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)] if pattern is not None else []


def timexes(doc) -> list[dict]:
    """Rows of the ``timexes`` table for one document, in text order, relative expressions resolved."""
    found, sent_span, planned = _found(doc), _sentence_span(doc), future_items(doc)
    is_planned = _plan_test(sent_span)  # read by _writing and by the anchors below: worked out once per date
    dated, now, own = _writing(doc, found, sent_span, planned, is_planned)
    _WRITTEN[doc] = dated, now
    rows, anchor, past, dated_sentences = [], None, None, set()
    for k, (_, p, number, t, offsets) in enumerate(found, 1):
        base = anchor  # a past year-less date takes its year from the latest date that is no plan ("will ... 2025")
        if dated is not None and p is not None and t.deixis == "noyear" and p.span(t.start, t.end) == own:
            t.value, t.precision, t.year_start, t.year_end = dated.value, "day", dated.year_start, dated.year_end
        elif t.kind == "relative" and p is not None:  # (a year-less dateline is the document's own date, above)
            if t.deixis in ("monthname", "noyear", "weekday"):  # "hopes to meet ... in September": the next one
                t.future = _future_part(p.text, t.start, t.end, *sent_span(p, t))
                base = anchor if t.future else past
            timex.resolve(t, base, now, dated)
        start, end = offsets[t.start], offsets[t.end - 1] + 1
        rows.append(
            dict(
                doc_id=doc.doc_id,
                timex_id=f"T{k:03d}",
                para_id=p.para_id if p else None,
                sent_id=doc.sentence_at(p, t.start) if p else None,
                footnote=number,
                role="text" if p is not None and not t.cited else "publication" if t.kind == "date" else "note",
                surface=doc.text[start:end],
                value=t.value,
                kind=t.kind,
                mod=t.mod,
                timex3_mod=timex.timex3_mod(t.mod),
                start=start,
                end=end,
                year_start=t.year_start,
                year_end=t.year_end,
                precision=t.precision,
                anchor=_anchor_value(t, base, now, dated),
            )
        )
        sent = rows[-1]["sent_id"]
        chained = t.kind == "relative" and t.deixis in ("", "anaphoric") and t.precision in ("day", "week", "month")
        if t.cited:
            continue  # a source's year is no reference time
        if (
            p is not None
            and (t.kind == "date" or chained)
            and t.precision != "decade"
            and sent not in dated_sentences
            and not _deadline(p, t, sent_span(p, t))
            and p.para_id not in planned
        ):  # the reference time: the first date of the latest dated sentence ("two days later" counts), not a
            anchor = t  # deadline or a planned item's date ("- Double trade by 2025." does not date "in March")
            if not is_planned(p, t):
                past = t
        if p is not None and (t.kind == "date" or chained):
            dated_sentences.add(sent)
    return rows


# (own date, time of writing) of each document whose timexes were found in this process (Timexes, or None), so that
# time_of_writing does not find the document's dates again (the qdpx export asks it for every document)
_WRITTEN: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _written(doc) -> tuple:
    if doc not in _WRITTEN:
        _WRITTEN[doc] = _writing(doc, _found(doc), _sentence_span(doc), future_items(doc))[:2]
    return _WRITTEN[doc]


def time_of_writing(doc) -> str:
    """The value of a document's time of writing, the day or year "today" names (the ``anchor`` of "today" in
    ``timexes``): its own date line or dateline, else the latest date the text gives; "" when it gives none."""
    now = _written(doc)[1]
    return now.value if now is not None else ""


def own_date_span(doc) -> tuple[str, int, int] | None:
    """A document's own date (its date line or dateline) as (value, source start, source end), or ``None`` when it
    has no date line. A dateline without a year ("ASTANA, March 3 (Reuters) –") gets the year of the first such day
    on or after the latest date the text gives (``XXXX-03-03`` when the text gives none)."""
    own = timex.document_date(doc)
    if own is None:
        return None
    dated = _written(doc)[0] if own[0].deixis == "noyear" else own[0]
    return (dated.value if dated is not None else own[0].value), own[1], own[2]


def _found(doc) -> list[tuple]:
    """Every dated expression of a document in source order: (source start, paragraph or None, footnote number or
    None, Timex, offsets)."""
    found = []
    paragraphs = doc.paragraphs
    cited = citations.kept([citations.find(p.text) for p in paragraphs])
    for p, sources in zip(paragraphs, cited):
        dates = timex.find(p.text)
        for t in dates if sources else ():  # "(Cooley 2012)": the year alone is the source's
            t.cited = t.surface.isdigit() and any(s <= t.start and t.end <= e for s, e in sources)  # not "Early 2022"
        found += [(p.span(t.start, t.end)[0], p, None, t, p.offsets) for t in dates]
    for number, text, offsets in doc.footnote_texts:
        found += [(offsets[t.start], None, number, t, offsets) for t in timex.find(text)]
    found.sort(key=lambda f: f[0])
    timex.settle_slashes([f[3] for f in found], doc.text)  # "11/03/2024" by the text's own
    return found


def _writing(doc, found, sent_span, planned, is_planned=None) -> tuple:
    """(the document's own date, the time of writing) as Timexes or None, and the source span of the own date. The
    time of writing: the document's own date (a date line or dateline), else the latest date the text gives (of the body, at its precision; in the same
    year the finer wins; a note's publication year counts too); a decade ("201X") is too coarse, and a target in a
    sentence about the future ("will ... by 2030"), a deadline or a planned list item is no time of writing."""
    own = timex.document_date(doc)
    dated = own[0] if own and own[0].year_start is not None else None
    is_planned = is_planned or _plan_test(sent_span)
    body_dates = [
        _last_day(f[3])
        for f in found
        if f[1] is not None
        and not f[3].cited
        and (f[3].kind == "date" or (f[3].kind == "range" and f[3].precision == "day"))  # "on 12–13 March 2024"
        and f[3].precision != "decade"
        and not is_planned(f[1], f[3])
        and not _deadline(f[1], f[3], sent_span(f[1], f[3]))
        and f[1].para_id not in planned  # "The two sides will:" … "- Double trade by 2025."
    ]
    # a source's date (a note's, or a citation's year) bounds it from below, at the year only (a source's day is not
    # the day of writing)
    cited = [
        timex.Timex(0, 0, "", f"{y:04d}", "date", "", "year", y, y)
        for y in {
            f[3].year_end for f in found if (f[1] is None or f[3].cited) and f[3].kind == "date" and f[3].year_end
        }
    ]
    latest = max(
        body_dates + sorted(cited, key=lambda t: t.value), key=lambda t: timex.order_key(t.value), default=None
    )
    if own and dated is None and own[0].deixis == "noyear" and latest is not None:
        dated = _year_of_dateline(own[0], latest)  # "ASTANA, March 3 (Reuters) –" in a text that says "in 2023"
    return dated, dated or latest, own[1:] if own else None


def _last_day(t):
    """A date as it is, a range of days ("12–13 March 2024") as its last day (the text was written after it)."""
    return dataclasses.replace(t, value=t.value.split("/")[-1], kind="date") if t.kind == "range" else t


def _plan_test(sent_span):
    """``is_planned(p, t)``: whether Timex ``t`` of paragraph ``p`` dates what is to come (:func:`planned`, in its
    sentence ``sent_span(p, t)``), worked out once per date of a document (the time of writing and the reference
    times both ask it)."""
    memo: dict[tuple, bool] = {}

    def is_planned(p, t) -> bool:
        key = (p.para_id, t.start, t.end)
        if key not in memo:
            memo[key] = planned(p.text, t.start, t.end, *sent_span(p, t))
        return memo[key]

    return is_planned


def planned(text: str, i: int, j: int, lo: int, hi: int) -> bool:
    """Whether the date ``text[i:j]`` of the sentence ``text[lo:hi]`` dates what is to come: an intention cue of
    ``rules/future_cues.csv`` stands before it in its own clause ("Chile pledged to submit the agreement in the
    second half of 2024"; "In 2019 they pledged to ..." is a past date, and so is "pledged to cut emissions, and by
    2020 it had cut them": the cue is another clause's), or the sentence speaks of the future ("They will meet again
    in 2025.") while the date's own part of it is not told in the past: "The EBRD, which had lent Uzbekistan €3
    billion since 2017, said it would expand" and "X had been replaced in November 2022 by Y, who said Z would not
    help" date what happened (:func:`told_as_past`)."""
    # (the clause part opens inside the sentence: one without a cue's words before the date has no cue there)
    if _may_hold(FUTURE_CUE_WORDS, text, lo, i) and future_cue(
        text, _clause_part(text, i, j, *_clause(text, i, j, lo, hi))[0], i
    ):
        return True
    return future_word(text, lo, hi) and not told_as_past(text, i, j, lo, hi)


TO_COLON = re.compile(r"\bto\s*:$")  # "We hope to:", "The two sides agreed to:"
PAST_TENSE = rxcache.compile(r"\b(?:had|was|were|did)\b|(?<![\w-])[a-z]{3,}ed(?![\w-])")
# where a part of a sentence ends, for the tense of a date's own part: a comma, a relative or complement clause, a
# coordinated clause ("met in March 2023 and agreed that they would meet again in 2024")
PART_BREAK = rxcache.compile(r"[,;:]\s+|\s+[–—]\s+|\s+(?:that|which|who|whom|whose|and|but|or)\s+")
# the break patterns led by the class of their first characters (kzlib.lead): the same breaks, found without
# trying each pattern at every position
CLAUSE_BREAK_LED, PART_BREAK_LED = lead.led(CLAUSE_BREAK.pattern), lead.led(PART_BREAK.pattern)


def _part(breaks: re.Pattern, text: str, i: int, j: int, lo: int, hi: int) -> tuple[int, int]:
    """The part of ``text[lo:hi]`` between the matches of ``breaks`` (a pattern of :func:`kzlib.lead.led`) around
    ``text[i:j]``."""
    start, end = lo, hi
    for s, e, _ in lead.finditer(breaks, text, lo, hi):
        if e <= i:
            start = e
        elif s >= j:
            end = s
            break
    return start, end


def told_as_past(text: str, i: int, j: int, lo: int, hi: int) -> bool:
    """Whether the part of the sentence ``text[lo:hi]`` that holds the date ``text[i:j]`` (between the breaks of
    :data:`PART_BREAK` around it) is told in the past (:data:`PAST_TENSE`, or an irregular past such as "met":
    "had lent … since 2017", "was replaced in November 2022") with no future cue in it ("pledged to submit … in 2024" is a plan)."""
    a, b = _part(PART_BREAK_LED, text, i, j, lo, hi)
    past = PAST_TENSE.search(text, a, b) or IRREGULAR_PARTICIPLES.intersection(re.findall(r"[a-z]+", text[a:b]))
    return bool(past) and not (future_word(text, a, b) or future_cue(text, a, b))


# "to" before a verb, an infinitive ("to raise"), not before a name, number, article or amount ("to Russia", "to $20
# billion", "to the end", "to two", "to about 5%", "to date": lexicon.NOT_INFINITIVES)
INFINITIVE = re.compile(r"\bto\s+([a-z]+)\b")


def _deadline(p, t, span: tuple[int, int]) -> bool:
    """Whether ``t`` is a deadline ("by 2025") in a sentence that tells no past ("Double trade by 2025.") or in an
    infinitive after the last past verb of the date's own part of the sentence (between the breaks of
    :data:`PART_BREAK`; "agreed in January 2024 to raise trade … by 2030"), with no past verb after the date in
    that part: a target, not the time of writing nor a reference time; "By 2015 the war had drawn …" and "pledged
    to cut emissions, and by 2020 it had reduced them" are past dates."""
    if "ON_OR_BEFORE" not in t.mod:
        return False
    lo, hi = span
    past = [m.end() for m in PAST_TENSE.finditer(p.text, lo, t.start)]
    if not past and not PAST_TENSE.search(p.text, t.end, hi):
        return True
    a, b = _part(PART_BREAK_LED, p.text, t.start, t.end, lo, hi)
    if PAST_TENSE.search(p.text, t.end, b):
        return False
    return any(
        w not in NOT_INFINITIVES and w not in timex.NUMBERS and w.capitalize() not in FUNCTION_WORDS
        for w in INFINITIVE.findall(p.text, max([a, *past]), t.start)
    )


def future_items(doc) -> set[str]:
    """Para ids of the list items under a lead-in about what is to come ("The two sides will:", "We plan to:", "We
    hope to:"): the lead-in's last sentence ends with a colon and has a future cue or ends on "to:", and it governs
    every item of its list. The one test of a lead-in: no item's date is the time of writing, and actions gives the
    items the lead-in's subject."""
    return list_items(doc, _future_lead)


def _future_lead(text: str) -> bool:
    text = text.rstrip()
    last = max(text.rfind(". "), text.rfind("? "), text.rfind("! "))
    return text.endswith(":") and (future_word(text, last + 1) or bool(TO_COLON.search(text)))


def list_items(doc, is_lead) -> set[str]:
    """Para ids of the list items (paragraphs opening with a list marker) under a paragraph whose text ``is_lead``."""
    out, under = set(), False
    for p in doc.paragraphs:
        if len(list_marker(doc.text, *p.spans[0])):
            if under:
                out.add(p.para_id)
            continue
        under = is_lead(p.text)
    return out


def _year_of_dateline(own, latest):
    """A dateline without a year ("ASTANA, March 3 (Reuters) –") as a full date: the first such day on or after the
    latest date the text gives (it was written then or later), so that its weekdays ("on Monday") and dates
    without a year resolve. ``None`` when the latest date has no year."""
    if not latest.value[:4].isdigit():
        return None
    year, ref_month = timex.order_key(latest.value)
    month, day = own.offset[1]
    ref_day = int(latest.value[8:10]) if latest.precision == "day" else 1
    year += bool(ref_month) and (month, day) < (ref_month, ref_day)
    value = timex.iso_day(year, month, day)
    if not value:  # 29 February
        return None
    return dataclasses.replace(
        own, value=value, kind="date", precision="day", year_start=year, year_end=year, deixis=""
    )


def _sentence_span(doc):
    """``sent_span(p, t)``: the (start, end) in paragraph ``p``'s text of the sentence holding Timex ``t``."""
    spans = {sid: (i, j) for _, sid, i, j in doc.sentences}
    return lambda p, t: spans.get(doc.sentence_at(p, t.start), (0, len(p.text)))


def _anchor_value(t, anchor, now, dated=None) -> str:
    """The value a relative expression was resolved against, or "" (not relative, or nothing to anchor to)."""
    if t.kind != "relative":
        return ""
    base = timex.base_of(t, anchor, now, dated)
    return base.value if base is not None else ""


def _future_part(text: str, i: int, j: int, lo: int, hi: int) -> bool:
    """Whether the coordinated part of its clause that holds the date ``text[i:j]`` of the sentence ``text[lo:hi]``
    speaks of what is to come: an intention cue in it, and that part not told in the past ("signed … on Wednesday
    under which X will …" is past). The clause is not looked for in a sentence without a cue's words (the part
    lies inside the sentence)."""
    if not _may_hold(FUTURE_CUE_WORDS, text, lo, hi):
        return False
    a, b = _clause_part(text, i, j, *_clause(text, i, j, lo, hi))
    return future_cue(text, a, b) and not told_as_past(text, i, j, a, b)


def _clause(text: str, i: int, j: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause of ``text[lo:hi]`` (a sentence) that holds ``i:j``."""
    return _part(CLAUSE_BREAK_LED, text, i, j, lo, hi)


COORDINATION = rxcache.compile(
    r",?\s+(?:and|or|but|then)\s+(?=(?:I|we|you|he|she|it|they|the|this|that)\b)|,\s+(?:and|or|but)\s+"
)
COORDINATION_LED = lead.led(COORDINATION.pattern)  # tried only at a comma or a space, not at every position


def _clause_part(text: str, i: int, j: int, lo: int, hi: int) -> tuple[int, int]:
    """The coordinated part of clause ``lo:hi`` that holds ``i:j``: "They will meet next February, and they
    spoke in early May" -> "they spoke in early May" (so the tense of one part does not date the other)."""
    for s, e, _ in lead.finditer(COORDINATION_LED, text, lo, hi):
        if e <= i:
            lo = e
        elif s >= j:
            return lo, s
    return lo, hi


def _phrase(text: str, s: int, hi: int, min_end: int) -> str:
    rest = text[s:hi]
    stop = LABEL_STOP.search(rest, min_end - s)
    words = rest[: stop.start() if stop else len(rest)].split()
    if len(words) <= 9:
        return " ".join(words)
    # cut at nine words: not on "of the" ("met with Deputy Chief of Staff of the"); the words of the text as they
    # stand (a label is a substring of the event's clause)
    return drop_function_tail(" ".join(words[:9]))


def drop_function_tail(text: str) -> str:
    """``text`` without dangling function words (and a possessive) at its end, nor the punctuation they leave;
    ``text`` itself when nothing else would be left."""
    while True:
        shorter = FUNCTION_TAIL.sub("", text).rstrip(" ,;:")
        if shorter == text or not shorter:
            return text
        text = shorter


# what stands between dates listed together: "in 2017 and 2018", "in 2017, 2018 and 2019", "thirty-four years ago,
# on 29 August 1991" (two names of one time, :data:`APPOSED`)
DATE_LIST = rxcache.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:(?:in|on|at|and)\s+)?")
COMMA_ALONE = re.compile(r"\s*,\s*")  # a link of a list only before 'and' or 'or' ends it


def date_list(text: str, dates: list[tuple[int, int]], i: int, j: int) -> list[tuple[int, int]]:
    """The dates of ``dates`` (``(start, end)`` in ``text``, sorted) listed together with the date ``text[i:j]``,
    itself included, in text order: neighbours with only :data:`DATE_LIST` between them (a comma alone links
    dates only in a list that ends with 'and' or 'or', "in 2017, 2018 and 2019": not "In 2017, 2018 was …")."""
    if (i, j) not in dates:
        return [(i, j)]
    return next(run for run in date_runs(text, dates) if (i, j) in run)


def date_runs(text: str, dates: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """``dates`` (sorted ``(start, end)`` in ``text``) in runs of dates listed together (:func:`date_list`)."""
    runs: list = []
    for d in dates:
        if runs and DATE_LIST.fullmatch(text, runs[-1][-1][1], d[0]):
            runs[-1].append(d)
        else:
            runs.append([d])
    out = []
    for run in runs:
        if len(run) > 1 and COMMA_ALONE.fullmatch(text, run[-2][1], run[-1][0]) is None:
            out.append(run)
            continue
        out.append([run[0]])  # a list ending in a comma alone: only the links with a word in them join
        for a, b in pairwise(run):
            if COMMA_ALONE.fullmatch(text, a[1], b[0]):
                out.append([b])
            else:
                out[-1].append(b)
    return out


def _label(
    text: str, lo: int, hi: int, i: int, j: int, cb, dates: list[tuple[int, int]] = ()
) -> tuple[str, str, tuple[int, int] | None]:
    """The cue nearest before the date in ``lo:hi`` (else nearest after) and the phrase it opens; failing a
    cue, the nearest past-tense verb; failing that, the clause's opening words. A date listed with others of
    ``dates`` (the sentence's dates, ``(start, end)`` in ``text``: "proud to serve in 2017 and 2018") takes the
    cue before the list, and its phrase ends with itself: each listed date gets its own label ("… serve in 2017",
    "… serve in 2017 and 2018").
    Returns ``(cue form or "", label, (start, end) of the cue or None)``."""
    listed = date_list(text, sorted(dates), i, j)
    own_i, own_end = i, (j if len(listed) > 1 else None)
    i = listed[0][0]

    def distance(c):
        return (c[0] - j if c[0] >= j else i - c[1] if c[1] <= i else 0, c[0])

    name = NAMED_DATE.search(text, max(lo, i - 80), i)
    if name:  # "the Antarctic Treaty of 1959": the year is the name's, no act's; the name labels the state
        return "", text[name.start() : j], None
    lo, hi = _clause_part(text, i, j, lo, hi)  # "elected … in 2016, and we were proud to serve in 2017": its own part
    lo, hi = _own_part(text, i, j, lo, hi)  # "is due to visit Tashkent next month, the agency reported on Tuesday"
    found = [(lo + s, lo + e, f) for s, e, f in cue_matches(text[lo:hi], cb)]
    before = [c for c in found if c[1] <= i]  # "X happened in 2015": the event phrase usually precedes its date
    if not before:  # after the date only in its own part: "said on Monday that …, an idea floated in 2022" is no label
        found = [c for c in found if not CLAUSE_STOP.search(text, j, c[0])]
    if found:
        s, e, form = min(before or found, key=distance)
        if _thing(form):  # "pledged to submit the agreement for a vote": the pledge is the happening
            s, e, form = next((c for c in reversed(found) if c[1] <= s and not _thing(c[2])), (s, e, form))
        return form, _phrase(text, s, _end(hi, own_end, e, i), max(e, own_i) if own_end else e), (s, e)
    verbs = [(m.start(), m.end(), m.group(0)) for m in PAST.finditer(text, lo, hi) if m.group(0) not in NOT_VERBS]
    if not any(v[1] <= i for v in verbs):
        verbs = [v for v in verbs if not CLAUSE_STOP.search(text, j, v[0])]
    if verbs:
        s, e, _ = min(verbs, key=distance)
        return "", _phrase(text, s, _end(hi, own_end, e, i), max(e, own_i) if own_end else e), None
    words = text[lo : own_end or hi].split()
    return "", " ".join(words[-9:] if own_end else words[:8]), None


def _own_part(text: str, i: int, j: int, lo: int, hi: int) -> tuple[int, int]:
    """The part of the clause ``text[lo:hi]`` that holds the date ``text[i:j]`` (between the breaks of
    :data:`PART_BREAK`) when it has a verb of its own before the date (:data:`PAST_TENSE`, an irregular past, a
    verb of saying): the date is that verb's, so the label is taken there ("is due to visit Tashkent next month,
    the agency reported on Tuesday": "reported on Tuesday"; "Mirziyoyev, who was re-elected in July 2023, has
    opened the economy since taking office in 2016": not "taking office"); else the clause."""
    a, b = _part(PART_BREAK_LED, text, i, j, lo, hi)
    if a == lo and b == hi:
        return lo, hi
    words = re.findall(r"[a-z]+", text[a:i])
    if (
        PAST_TENSE.search(text, a, i)
        or not IRREGULAR_PARTICIPLES.isdisjoint(words)
        or not SAYING_VERBS.isdisjoint(words)
    ):
        return a, b
    return lo, hi


def _end(hi: int, own_end: int | None, e: int, i: int) -> int:
    """Where a label's phrase may run to: a listed date's own end when its cue (ending at ``e``) stands before the
    list (starting at ``i``), else the clause's end ``hi``."""
    return own_end if own_end is not None and e <= i else hi


def _thing(form: str) -> bool:
    """A -ment noun names a thing ("the agreement", "an investment"), never the act of a verb: a cue before it in
    its clause ("pledged to submit the agreement", "the signing of the agreement") names the happening."""
    return form.endswith(("ment", "ments"))


CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")
# a date that ends a proper name: "the Antarctic Treaty of 1959", "the Act of 2010"
NAMED_DATE = rxcache.compile(r"\b[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+)*of\s+$")
# a place "in/at <City>, " before a country's name: "meet in Kochi, India" (the country is the venue, no party)
VENUE = rxcache.compile(r"\b(?:in|at)\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+$")


def _names_someone_else(text: str, cs: int, i: int) -> bool:
    """Whether the clause, before its date, names someone the codebook does not know: a capitalised word that is
    not a function word ("Italy" in "Italy announced a plan in 2019; the US welcomed it"). Then the clause keeps
    no actors rather than borrowing the sentence's."""
    return any(m.group(0) not in FUNCTION_WORDS for m in CAPITALISED_WORD.finditer(text, cs, i))


def events(
    doc, timex_rows: list[dict], mentions: pd.DataFrame, cb=None, options: Options | None = None, only=None
) -> list[dict]:
    """One row per dated happening in the paragraphs, with the actors of its clause (or sentence; always the
    sentence when ``options.action_scope == "sentence"``); with ``only`` (timex ids), the rows of those dates alone
    (the others still count as the dates listed beside them)."""
    options = options if options is not None else Options()
    cb = cb if cb is not None else doc.codebook
    cue_lemma = cb.compiled(_cue_lemmas)
    sents = {sid: (i, j) for p, sid, i, j in doc.sentences}
    named: dict[str, list[tuple]] = {}
    source = doc.text
    for sent_id, start, end, actor_id in zip(
        mentions["sent_id"].tolist(),
        mentions["start"].tolist(),
        mentions["end"].tolist(),
        mentions["actor_id"].tolist(),
    ):
        if source.endswith(", ", 0, start) and VENUE.search(source, max(0, start - 60), start):
            continue  # "agreed to meet in Kochi, India": India is where, not who
        named.setdefault(sent_id, []).append((sent_id, start, end, actor_id))  # a clause lies in its sentence
    dated: dict[str, list[tuple[int, int]]] = {}  # each sentence's dates, in its paragraph's text
    at = {}
    for t in timex_rows:
        if t["para_id"] is not None:
            offsets = doc.paragraph(t["para_id"]).offsets
            at[t["timex_id"]] = offsets.index(t["start"]), offsets.index(t["end"] - 1) + 1
            dated.setdefault(t["sent_id"], []).append(at[t["timex_id"]])
    rows = []
    for t in timex_rows:
        if not _may_date(t) or (only is not None and t["timex_id"] not in only):
            continue
        p = doc.paragraph(t["para_id"])
        i, j = at[t["timex_id"]]
        lo, hi = sents[t["sent_id"]]
        cs, ce = _clause(p.text, i, j, lo, hi)
        src_lo, src_hi = p.span(cs, ce)
        in_para = named.get(t["sent_id"], [])
        who = {a for _, s, e, a in in_para if s >= src_lo and e <= src_hi}
        form, label, cue_at = _label(p.text, cs, ce, i, j, cb, dated.get(t["sent_id"], ()))
        cue_start, cue_end = p.span(*cue_at) if cue_at else (None, None)
        if (not who and not _names_someone_else(p.text, cs, i)) or options.action_scope == "sentence":
            cs, ce = lo, hi
            src_lo, src_hi = p.span(cs, ce)
            who = {a for sid, _, _, a in in_para if sid == t["sent_id"]}
        rows.append(
            dict(
                doc_id=doc.doc_id,
                event_id=f"E{len(rows) + 1:03d}",
                timex_id=t["timex_id"],
                para_id=p.para_id,
                sent_id=t["sent_id"],
                date_value=t["value"],
                mod=t["mod"],
                year_start=t["year_start"],
                year_end=t["year_end"],
                actors=";".join(sorted(who)),
                cue=cue_lemma.get(form, ""),
                label=label,
                text=p.text[cs:ce],
                start=src_lo,
                end=src_hi,
                cue_start=cue_start,
                cue_end=cue_end,
            )
        )
    return rows


def _may_date(t: dict) -> bool:
    """Whether timex row ``t`` can date an event: a date, range or anchored relative expression of a paragraph."""
    return (
        t["role"] == "text" and t["kind"] in ("date", "range", "relative") and t["year_start"] is not None
    )  # a paragraph's: a note's dates and a citation's year are sources' dates


NOT_HAPPENINGS = frozenset(
    ["hoped", "hypothetical", "recommended"]
)  # modalities of a step not (yet) taken; intended ones keep their date
TODAY = rxcache.compile(r"today|tonight|this (?:morning|afternoon|evening)", re.I)
PRESENT = rxcache.compile(
    r"\b(?:today|tonight|now|nowadays|currently|at present|these days|as of this writing|at the time of "
    r"writing|this writing)\b",
    re.I,
)
EVENT_COLUMNS = [
    "doc_id",
    "event_id",
    "kind",
    "action_id",
    "timex_id",
    "para_id",
    "sent_id",
    "date_value",
    "mod",
    "year_start",
    "year_end",
    "agents",
    "targets",
    "actors",
    "quad_class",
    "cue",
    "label",
    "text",
    "start",
    "end",
    "cue_start",
    "cue_end",
]


def frames(timex_rows: list[dict], share: float = 0.5) -> set[str]:
    """Timex ids of the periods that frame a text: ranges of three years or more that hold at least ``share`` of
    the text's other dated expressions ("in the years 2015-2021" in a chapter about 2015-2021)."""
    body = [t for t in timex_rows if t["para_id"] is not None and t["year_start"] is not None]
    out = set()
    for t in body:
        if t["kind"] != "range" or t["year_end"] - t["year_start"] < 2:
            continue
        others = [o for o in body if o is not t]
        inside = sum(t["year_start"] <= o["year_start"] and o["year_end"] <= t["year_end"] for o in others)
        if others and inside / len(others) >= share:
            out.add(t["timex_id"])
    return out


QUESTION_END = re.compile(r"\?[\s\"'”’»)\]]*$")


def questions(doc) -> set[str]:
    """Ids of the sentences that are questions (ending in "?", before any closing quote or bracket): in question
    mood, as the actions grammar reads them (hypothetical), so a date in one dates no state of affairs."""
    return {sid for p, sid, i, j in doc.sentences if "?" in p.text[i:j] and QUESTION_END.search(p.text, i, j)}


def dated_events(
    doc,
    action_rows: list[dict],
    timex_rows: list[dict],
    mentions: pd.DataFrame,
    cb=None,
    options: Options | None = None,
) -> list[dict]:
    """The ``events`` table: every dated action (kind ``action``), and every dated expression of the body that
    no action carries (kind ``state``: a crisis, a treaty in force, relations at an anniversary), with the actors
    of its clause. Not events: the period that frames the text (:func:`frames`), the time of writing ("today",
    "as of this writing", "now") and the document's own date line (or foot line of signing: "Done in Tokyo on 19
    December 2024"), durations and sets; an action that did not
    happen (negated, a near miss), is only hoped for, recommended or hypothetical (a condition, a question), and a state told as a
    possibility ("a referendum may be held next year": :func:`_possible`); an action dated "today"
    is a happening only in a document whose date line names the day ("Today, X met Y" in a dated readout)."""
    by_timex = {t["timex_id"]: t for t in timex_rows}
    framing = frames(timex_rows)
    own = timex.document_date(doc)  # a readout's date line: the time of writing, and the day "today" names
    day_of_writing = own is not None and len(own[0].value) == 10
    rows = []
    for a in action_rows:
        t = by_timex.get(a["timex_id"]) if a["timex_id"] else None
        if t is None or t["timex_id"] in framing:
            continue
        if a["negated"] or a["modality"] in NOT_HAPPENINGS:
            continue  # "nearly won in 2020", "did Russia press ... last spring?", "hopes to meet in September"
        if PRESENT.search(t["surface"]) and not (day_of_writing and TODAY.fullmatch(t["surface"].strip())):
            continue  # "today" is a happening's day only where the document dates itself to a day
        p = doc.paragraph(a["para_id"])
        i, j = p.offsets.index(a["start"]), p.offsets.index(a["end"] - 1) + 1
        pi = p.offsets.index(a["predicate_start"])
        label = _phrase(p.text, pi, j, p.offsets.index(a["predicate_end"] - 1) + 1)
        rows.append(
            dict(
                doc_id=doc.doc_id,
                kind="action",
                action_id=a["action_id"],
                timex_id=t["timex_id"],
                para_id=a["para_id"],
                sent_id=a["sent_id"],
                date_value=t["value"],
                mod=t["mod"],
                year_start=t["year_start"],
                year_end=t["year_end"],
                agents=a["agents"],
                targets=a["targets"],
                actors=";".join(dict.fromkeys(x for x in (a["agents"] + ";" + a["targets"]).split(";") if x)),
                quad_class=a["quad_class"],
                cue=a["lemma"],
                label=label,
                text=p.text[i:j],
                start=a["start"],
                end=a["end"],
                cue_start=a["predicate_start"],
                cue_end=a["predicate_end"],
            )
        )
    used = {a["timex_id"] for a in action_rows if a["timex_id"]}
    used |= _apposed(doc.text, timex_rows, used)  # "thirty-four years ago, on 29 August 1991": one date, one event
    asked = questions(doc)
    signed = timex.signing_lines(doc)
    sents = {sid: (i, j) for _, sid, i, j in doc.sentences}
    states = {  # the dates that are a state of affairs: only their events are built (labels, actors)
        t["timex_id"]
        for t in timex_rows
        if _may_date(t)
        and not (
            t["timex_id"] in used
            or t["sent_id"] in asked  # "Q: will you visit Astana next spring?" reports nothing
            or t["timex_id"] in framing
            or PRESENT.search(t["surface"])
            or (t["kind"] == "relative" and not t["anchor"])
            or (own is not None and own[1] <= t["start"] < own[2])  # the date line itself
            or t["para_id"] in signed  # "Done in Tokyo on 19 December 2024"
            or _possible(doc.paragraph(t["para_id"]), t, sents[t["sent_id"]])  # "a referendum may be held next year"
        )
    }
    for e in events(doc, timex_rows, mentions, cb, options, only=states):
        rows.append(dict(e, kind="state", action_id="", agents="", targets="", quad_class=""))
    timex_start = {t["timex_id"]: t["start"] for t in timex_rows}
    rows.sort(key=lambda r: (timex_start[r["timex_id"]], r["cue_start"] if r["cue_start"] is not None else -1))
    for k, r in enumerate(rows, 1):
        r["event_id"] = f"E{k:03d}"
    return rows


def _possible(p, t: dict, sentence: tuple[int, int]) -> bool:
    """Whether the date of timex row ``t`` in paragraph ``p`` dates a possibility, no happening: a word of
    ``rules/possibility_cues.csv`` before it in its own part (between the breaks of :data:`PART_BREAK`) of the
    sentence ``sentence`` ((start, end) in ``p.text``): "a referendum may be held next year"; not "In 2019 they
    said talks may resume"."""
    i = p.offsets.index(t["start"])
    a, _ = _part(PART_BREAK_LED, p.text, i, p.offsets.index(t["end"] - 1) + 1, *sentence)
    return POSSIBILITY_CUE.search(p.text, a, i) is not None


APPOSED = rxcache.compile(r",\s+(?:(?:on|in|at)\s+)?")  # "three years ago, in January 2022"


def _apposed(text: str, timex_rows: list[dict], used: set) -> set:
    """Ids of the dates apposed to another that names the same time (one's value within the other's: "thirty-four
    years ago, on 29 August 1991" -> 1991 and 1991-08-29) and that are no event of their own: of each such pair the
    coarser, or the one no action carries when the other is an action's."""
    out = set()
    for t, u in pairwise(timex_rows):
        if (
            t["sent_id"] != u["sent_id"]
            or not t["value"]
            or not u["value"]
            or not APPOSED.fullmatch(text, t["end"], u["start"])
        ):
            continue
        coarse, fine = sorted((t, u), key=lambda x: len(x["value"]))
        if not fine["value"].startswith(coarse["value"]) or coarse["value"] == fine["value"]:
            continue
        if fine["timex_id"] in used and coarse["timex_id"] not in used:
            out.add(coarse["timex_id"])
        elif coarse["timex_id"] in used and fine["timex_id"] not in used:
            out.add(fine["timex_id"])
        elif not ({t["timex_id"], u["timex_id"]} & used):
            out.add(coarse["timex_id"])
    return out


def when(value: str, year_start, year_end) -> float:
    """A point on a continuous time axis for plotting: months and seasons inside their year, spans at their middle."""
    import math

    if year_start is None or (isinstance(year_start, float) and math.isnan(year_start)) or year_start is pd.NA:
        return math.nan
    y, month = timex.order_key(str(value))
    if year_start != year_end or not month:
        return (int(year_start) + int(year_end)) / 2 + 0.5
    return y + (month - 0.5) / 12


def story(corpus, doc_id: str) -> pd.DataFrame:
    """Events with a plotting time (``when``) and their place in the narrative (``text_order``)."""
    ev = corpus.events[corpus.events.doc_id == doc_id].copy()
    ev["when"] = [when(v, a, b) for v, a, b in zip(ev.date_value, ev.year_start, ev.year_end)]
    ev["text_order"] = range(1, len(ev) + 1)
    return ev


def per_year(corpus, doc_id: str) -> pd.Series:
    """Number of events per year, each counted once in its first year (a decade or range at its start)."""
    ev = corpus.events[corpus.events.doc_id == doc_id]
    return ev.year_start.astype(int).value_counts().sort_index().rename("events").rename_axis("year")


def actor_events(corpus, doc_id: str, top: int | None = 10) -> pd.DataFrame:
    """One row per (event, actor) for the ``top`` actors with most events (``ranking.top``: never cut inside a
    tie; ``None``: every actor)."""
    ev = story(corpus, doc_id)
    long = ev.assign(actor_id=ev.actors.str.split(";")).explode("actor_id")
    long = long[long.actor_id.fillna("") != ""]
    counts = long.actor_id.value_counts()
    keep = counts.index if top is None else ranking.top(counts, top)[0]
    return long[long.actor_id.isin(keep)][["event_id", "actor_id", "date_value", "when", "label"]]


def jumps(corpus, doc_id: str, gap: float = 5) -> pd.DataFrame:
    """Events whose date lies more than ``gap`` years before (flashback) or after (jump ahead) the previous one told
    (of the events with a plotting time, as the narrative figure draws them)."""
    ev = story(corpus, doc_id)
    ev = ev[ev.when.notna()]
    delta = ev.when - ev.when.shift(1)
    out = ev.assign(delta=delta.round(1))[delta.abs() > gap]
    out = out.assign(direction=["flashback" if d < 0 else "jump ahead" for d in out.delta])
    return out[["event_id", "para_id", "date_value", "delta", "direction", "label"]]
