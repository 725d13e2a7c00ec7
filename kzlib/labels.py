"""Event labels: one readable line per event ('spring 2020 · Who → whom: what happened'), in the text's own
words with the date phrase left out, for the timeline and for the Findings."""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

import pandas as pd

from . import chronology, findings
from .chronology import CLAUSE_OPENERS, drop_function_tail
from .timex import DATELINE_PLACE

_DATE_LEAD = (
    r"(?:(?:back|only|around|beginning|even)\s+)?(?:in|since|of|during|by|from|on|around|beginning|until|after|before)?"
)


# a news dateline before the story: 'ALMATY, Jan. 5, 2022 (Reuters) - ' (a place in capitals, a date, an agency)
_DATELINE = re.compile(rf"^\s*{DATELINE_PLACE}\b[^-–—\n]{{0,40}}?(?:\([^()\n]{{1,40}}\))?\s*[-–—]+\s+")
_PRONOUN_LEAD = re.compile(r"(?i)^(?:it|this|that|they|he|she|we|i|there)\s+")
_PERSON_PRONOUN = re.compile(r"(?i)^(?:they|he|she|we|i)\s+")


def _says_little(text: str) -> bool:
    """A phrase that says nothing alone: one word ('warning') or a short clause led by a pronoun ('It was ready')."""
    words = text.split()
    return len(words) < 2 or (bool(_PRONOUN_LEAD.match(text)) and len(words) <= 4)


QUOTES = '"“”'


def _paired_quotes(text: str) -> str:
    """``text`` without a quotation mark whose partner lies outside it (' " which Tajikistan also joined',
    'calling for "a new generation'): an opening mark with no closing one after it, else a closing one."""
    if sum(text.count(q) for q in QUOTES) % 2 == 0:
        return text
    marks = [k for k, c in enumerate(text) if c in QUOTES]
    opening = [k for k in marks if k + 1 < len(text) and (text[k + 1].isalnum())]
    k = opening[-1] if opening and opening[-1] == marks[-1] else marks[0]
    return (text[:k] + text[k + 1 :]).strip()


def _tidy(text: str) -> str:
    """Drop dangling function words (and a possessive) at the end of a phrase, a quotation mark whose partner was
    cut off, and stray punctuation."""
    return drop_function_tail(_paired_quotes(" ".join(str(text).split()).strip(" ,;:")).strip(" ,;:"))


def _fit(text: str, width: int) -> str:
    """``text`` within ``width`` characters: whole if it fits, else up to its last comma or word that fits,
    tidied, with an ellipsis that says it was shortened (never a phrase ending on 'of the')."""
    whole = " ".join(str(text).split()).strip(" ,;:")
    text = _tidy(whole)
    if len(text) <= width:  # a dangling word dropped ('a measure requiring all') is marked as a cut
        return text + ("…" if len(text.split()) < len(whole.split()) else "")
    head = text[: width - 1]
    comma = head.rfind(",")
    head = head[:comma] if comma > width // 2 else head[: head.rfind(" ")] if " " in head else head
    return _tidy(head) + "…"


def _past(corpus, lemma: str) -> str:
    """The lexicon's past form of ``lemma`` ('travelled' for travel), else the lemma."""
    table = getattr(getattr(corpus, "codebook", None), "predicates", None)
    if table is None or not len(table) or not lemma:
        return str(lemma or "")
    row = table[table.lemma == lemma]
    forms = str(row.verb_forms.iloc[0]).split(";") if len(row) else []
    return next((f for f in forms if f.endswith("ed")), str(lemma))


def _clause_of(text: str, surface: str) -> str:
    """The clause of ``text`` holding ``surface`` (clauses split at commas and semicolons); a clause that holds
    little but the date ('held in March 1999') gives way to the clauses around it."""
    parts = [p for p in re.split(r"\s*[,;]\s*", text) if p.strip()]
    for k, part in enumerate(parts):
        if surface and surface.lower() in part.lower():
            rest = re.sub(re.escape(surface), "", part, flags=re.I)
            if len(rest.split()) < 3:
                around = [parts[j] for j in (k - 1, k + 1) if 0 <= j < len(parts)]
                return " ".join(around) or part
            return part
    return text


def _date_tail(text: str, surface: str) -> str:
    """``text`` without a date phrase cut off at its end (the event's label stopped inside it: '... from late'
    of 'from late 2016 onward', '... by the first half of' of 'the first half of 2019'), else ``text``. Only the
    surface's word prefixes as long as ``text`` and ending in its last word are tried (a long list of dates: one
    look each, not one per word of the list)."""
    words = surface.split()
    lows = [w.lower() for w in words[:-1]]
    end = text.rstrip().lower()
    lengths = list(accumulate(len(w) + 1 for w in words[:-1]))  # the prefix of k words: lengths[k - 1] - 1 chars
    for k in range(bisect.bisect_right(lengths, len(end) + 1), 0, -1):
        if not end.endswith(lows[k - 1].rstrip(",")):
            continue
        head = re.escape(" ".join(words[:k]).rstrip(","))  # "2017," of a list "2017, 2018 and 2019"
        cut = re.sub(r"[\s,]+(?:" + _DATE_LEAD + r"\s+)?" + head + r"\s*$", "", text, flags=re.I)
        if cut != text:
            return cut
    return text


_LEAD_BEFORE = re.compile(r"[\s,]*\b" + _DATE_LEAD + r"\s*(?=.\Z)", re.I | re.S)  # searched up to the date's 1st char
_AFTER_DATE = re.compile(r"(?:\s+onward)?[\s,]*", re.I)


def _drop_date(text: str, surface: str) -> str:
    """``text`` with its first ``surface`` and the words leading into it ('in', 'since', 'From', ...) and an
    'onward' after it put as one space: a literal search, not a pattern made of the surface (a list of dates
    thousands of characters long)."""
    low, key = text.lower(), surface.lower()
    if len(low) != len(text) or len(key) != len(surface):  # a letter whose lower case is longer: the pattern
        pattern = r"[\s,]*\b" + _DATE_LEAD + r"\s*" + re.escape(surface) + r"(?:\s+onward)?[\s,]*"
        return re.sub(pattern, " ", text, count=1, flags=re.I)
    at = low.find(key)
    while at >= 0:
        lead = _LEAD_BEFORE.search(text, 0, at + 1)
        if lead:
            return text[: lead.start()] + " " + text[_AFTER_DATE.match(text, at + len(surface)).end() :]
        at = low.find(key, at + 1)
    return text


def _undated(text: str, surface: str) -> str:
    """``text`` without its date phrase ('in 1999', 'since 1999', 'From 1999 onward', or the start of one at its
    end) and leading connectives."""
    if surface:
        text = _date_tail(_drop_date(text, surface), surface)
    text = re.sub(r"\s+(?=[?!.,;:](?:\s|$))", "", text)  # no space left before punctuation ('sanctions ?')
    text = re.sub(r"(?<=[a-z\s])\.$", "", text.strip(" ,"))
    text = re.sub(r"^(?:[–—:]|-(?=\s))\s*", "", text)  # the dash or colon after a leading date ("1993 – The …")
    return re.sub(r"^(?:but|and|so|meanwhile|indeed|however|although)\b[\s,]*", "", text.strip(" ,"), flags=re.I)


# where a phrase of the text stops of itself (chronology.LABEL_STOP): punctuation, or a new clause
_STOPS = re.compile(rf"\s*(?:[,;:!?()\"“”]|\.(?:\s|$)|$)|\s+(?:{CLAUSE_OPENERS})\b")
# a coordinated clause of its own after a phrase: ', but', 'but because of', 'and it was' (another happening)
_NEXT_CLAUSE = re.compile(r"(?i)\s*,?\s+but\b|,\s+(?:and|or)\b|\s+and\s+(?=(?:it|they|he|she|we|this|that)\b)")


def _was_cut(label: str, source: str) -> bool:
    """Whether ``label`` (an event's phrase) was cut short inside its text: the text goes on after it with a
    word, not with a stop of its own (punctuation, a new clause)."""
    at = source.find(label) if label else -1
    return at >= 0 and not _STOPS.match(source, at + len(label))


def _before(source: str, phrase: str, person: bool) -> str:
    """The words of the clause leading up to ``phrase`` and the phrase itself ('a new strategy that was
    announced'): an action's phrase that says little, told around its own predicate (not the opening words of
    its sentence); without a leading personal pronoun when ``person`` (the agent is said before the colon)."""
    at = source.lower().find(phrase.lower()) if phrase else -1
    if at < 0:
        return ""
    head = re.split(r"[,;:]\s*", source[:at])[-1]
    head = re.sub(r"^(?:but|and|so|meanwhile|indeed|however|although)\b\s*", "", head.strip(), flags=re.I)
    text = f"{head} {source[at : at + len(phrase)]}".strip()
    return _PERSON_PRONOUN.sub("", text) if person else text


def _fit_left(text: str, width: int) -> str:
    """``text`` within ``width`` characters, keeping its end (the predicate) and marking a cut start with '…'."""
    if len(text) <= width:
        return text
    words, kept = text.split(), []
    while words and len(" ".join([words[-1], *kept])) < width:
        kept.insert(0, words.pop())
    return "…" + " ".join(kept)


# a date that premodifies a noun ('a 2018 measure requiring …', 'the 2015 agreement'): the noun phrase is what is dated
_DATED_NOUN = re.compile(r"(?i)\b(?:a|an|the|its|his|her|their|this|that)\s+$")


def _dated_noun(source: str, surface: str) -> str:
    """The noun phrase a date premodifies, from its noun on ('measure requiring all students …' of 'lent his
    support to a 2018 measure requiring all students …'), up to a stop of its own; '' when the date stands alone."""
    at = source.find(surface) if surface else -1
    if at < 0 or not _DATED_NOUN.search(source[:at]):
        return ""
    rest = source[at + len(surface) :]
    if not re.match(r"\s+[a-z]", rest):
        return ""
    stop = re.search(r"\s*(?:[;:!?()\"“”]|\.(?:\s|$)|,\s|$)", rest)
    return rest[: stop.start()].strip()


def _what(corpus, r, surface: str, lemma: str = "", width: int = 52, names: dict | None = None) -> str:
    """What happened, in the text's words without its date: the action's phrase from its predicate on (when that
    says little, the clause's words leading up to it); for a dated state its cue phrase when that says something,
    else the clause around the date, never running on into a coordinated clause of its own ('It was ready', not
    'It was ready but … was released'); an elliptic 'as did ...' becomes the action's verb. A phrase cut short
    (by the event's nine-word label or by ``width``) ends in '…'; a clause too long for ``width`` keeps the words
    next to its date ('…the troubles of Europe following the financial crisis', not the clause's opening 'Because
    of the steady rise of new powers…', which says nothing of 2008). ``names``: :func:`kzlib.findings.names` of the corpus
    (built once per table by :func:`event_labels`)."""
    names = findings.names(corpus) if names is None else names
    label = _DATELINE.sub("", str(r.label or ""))
    source = _DATELINE.sub("", str(r.text or label))
    dated = _dated_noun(source, surface) if r.kind == "state" and not getattr(r, "cue", "") else ""
    if len(dated.split()) >= 2:  # a dated thing named by its noun phrase, not by the clause it sits in
        dated = _fit(dated, width)
        return dated[:1].upper() + dated[1:]
    telling = len(_undated(label, surface).split()) >= 3 and (
        getattr(r, "cue", "") or (surface and surface.lower() not in source.lower())  # the date was in a dateline
    )
    text = label if (r.kind == "action" and label) or telling else _clause_of(source, surface)
    at = text.lower().find(surface.lower()) if surface and text != label else -1
    date_last = at > len(text) / 2  # a clause whose date stands in its second half is cut from its start
    if re.match(r"(?i)(?:as|so)\s+did\b", text) and lemma:
        return _past(corpus, lemma)
    cut = text == label and _was_cut(label, source) and _date_tail(label, surface) == label
    text = _undated(text, surface)
    person = bool(getattr(r, "agents", ""))  # who acts is said before the colon: 'Tokayev: ordered troops ...'
    if _says_little(text) and r.kind == "action":  # the words leading up to its predicate: centred on the action
        around = _undated(_before(source, text, person), surface)
        if len(around.split()) > len(text.split()):
            return _fit_left(_strip_agents(around, r, names), width)
    if _says_little(text):  # the clause of the phrase in the text, else the whole sentence, without the date
        for wider in (_clause_of(source, text), source):
            wider = _undated(wider, surface)
            own = _NEXT_CLAUSE.search(wider, len(text) if wider.lower().startswith(text.lower()) else 0)
            wider = wider[: own.start()] if own else wider  # not into a coordinated clause of its own
            if person:
                wider = _PERSON_PRONOUN.sub("", wider)
            if len(wider.split()) > len(text.split()):
                text, cut, date_last = wider, False, False
            if not _says_little(text):
                break
    text = _strip_agents(text, r, names)
    text = _fit_left(_tidy(text), width) if date_last else _fit(text, width)
    if cut and not text.endswith("…"):
        text += "…"
    return text[:1].upper() + text[1:] if r.kind == "state" else text


def _strip_agents(text: str, r, names: dict) -> str:
    """A passive's agent already said before the colon ('Kyrgyzstan: joined', not '... joined by Kyrgyzstan')."""
    for a in str(getattr(r, "agents", "") or "").split(";"):
        if a:
            text = re.sub(r"\s+by\s+" + re.escape(names.get(a, a.removeprefix("other:"))) + r"\s*$", "", text)
    return text


def _line(corpus, r, surfaces: dict, lemmas: dict, width: int = 52, total: int = 84, names: dict | None = None) -> str:
    """One timeline label: 'spring 2020 · Who → whom: what happened' (who: the agents of an action, with its
    targets when the phrase does not name them; for a dated state, the actors named with it); at most ``total``
    characters, the phrase shortened first. ``names``: :func:`kzlib.findings.names` of the corpus (built once per table
    by :func:`event_labels`)."""
    names = findings.names(corpus) if names is None else names
    agents = str(getattr(r, "agents", "") or "")
    who = _who(names, agents) if agents else _who(names, getattr(r, "actors", ""))
    surface = surfaces.get(getattr(r, "timex_id", ""), "")
    lemma = lemmas.get(getattr(r, "action_id", ""))
    what = _what(corpus, r, surface, lemma, width, names)
    if agents and getattr(r, "targets", ""):
        unsaid = [t for t in str(r.targets).split(";") if t and findings.name(names, [t]).split()[-1] not in what]
        if unsaid:
            who += " → " + _who(names, ";".join(unsaid))
    head = f"{findings.date(r.date_value, getattr(r, 'mod', ''))} · " + (f"{who}: " if who else "")
    if len(head) + len(what) > total:
        what = _what(corpus, r, surface, lemma, max(24, total - len(head)), names)
    return head + what


def _who(names: dict, actors: str, n: int = 2) -> str:
    """Display names (``names``: the codebook's, for an actor the text never names too; a party outside it without
    its ``other:`` prefix), the first ``n`` and a count of the rest."""
    ids = [a for a in str(actors or "").split(";") if a]
    shown = [findings.name(names, [a]) for a in ids]
    if len(shown) <= n:
        return " and ".join(shown)
    rest = len(shown) - n
    return ", ".join(shown[:n]) + f" and {rest} other{'s' if rest > 1 else ''}"


def _listed_surfaces(corpus, doc_id: str, tx: pd.DataFrame) -> dict:
    """The date phrase of each timex as a label leaves it out: its own surface, or the source words of the dates
    listed with it ("in 2017 and 2018", "thirty-four years ago, on 29 August 1991": :func:`chronology.date_list`),
    so that no label repeats a date."""
    surfaces = dict(zip(tx.timex_id, tx.surface))
    body = tx[tx.para_id.notna()]
    by_sentence: dict = {}  # each sentence's dates, with the timexes at each
    for timex_id, sent, start, end in zip(body.timex_id, body.sent_id, body.start, body.end):
        by_sentence.setdefault(sent, {}).setdefault((int(start), int(end)), []).append(timex_id)
    text = corpus.span(doc_id, 0, int(body.end.max())) if len(body) else ""
    for dates in by_sentence.values():  # each sentence's lists in one walk (not one walk per date)
        for run in chronology.date_runs(text, sorted(dates)):
            if len(run) > 1:
                listed = text[run[0][0] : run[-1][1]]  # one string for the whole list
                surfaces.update((timex_id, listed) for date in run for timex_id in dates[date])
    return surfaces


def event_labels(corpus, doc_id: str, width: int = 60):
    """A readable label for every event of a document, as the timeline writes it ('date · who: what happened'),
    indexed by ``event_id``."""
    ev = corpus.events[corpus.events.doc_id == doc_id]
    tx = corpus.timexes[corpus.timexes.doc_id == doc_id]
    surfaces = _listed_surfaces(corpus, doc_id, tx)
    acts = getattr(corpus, "actions", None)
    lemmas = {}
    if acts is not None and len(acts) and "lemma" in acts.columns:
        acts = acts[acts.doc_id == doc_id]
        lemmas = dict(zip(acts.action_id, acts.lemma))
    names = findings.names(corpus)  # once per table, not per event
    return pd.Series(
        [_line(corpus, r, surfaces, lemmas, width, names=names) for r in ev.itertuples(index=False)],
        index=ev.event_id.values,
        name="what happened",
        dtype=object,
    )
