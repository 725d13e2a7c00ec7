"""Tokens and clauses for the action grammar (:mod:`kzlib.actions`): a paragraph's words with each actor mention as
one token (people the codebook lacks included: titled names, surnames, bare titles), and a sentence cut into
clauses (:class:`Sentence`, the base the grammar's passes are mixed into)."""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from itertools import accumulate, compress, count, repeat
from operator import itemgetter

from . import rxcache
from .action_vocabulary import (
    DET,
    END,
    LOW,
    OTHER,
    PREP,
    START,
    SUBORD,
    TEXT,
    TOK_FIELDS,
    Pred,
    Tok,
    actor_type,
    build_name_context,
    build_title_anaphor,
    current_codebook,
    lexicon_forms,
    reading,
)
from .timex import MONTHS, WEEKDAYS

TOKEN = rxcache.compile(r"\w+(?:[’'.\-]\w+)*|[^\w\s]")
# a text split into its blanks and TOKEN's words, alternating; the repeats possessive (a word never gives back a
# character: what follows it in TOKEN is no word character), so the engine keeps no backtracking points
TOKEN_SPLIT = rxcache.compile(r"(\w++(?:[’'.\-]\w++)*+|[^\w\s])")
# TOKEN_SPLIT for ASCII text, with its classes spelled out (\w: letters, digits, "_"; \s: what str.isspace takes,
# \x1c-\x1f included): the same split, and byte-map classes are cheaper than Unicode category look-ups
_W = "A-Za-z0-9_"
TOKEN_SPLIT_ASCII = rxcache.compile(rf"([{_W}]++(?:['.\-][{_W}]++)*+|[^{_W}\t\n\x0b\x0c\r\x1c-\x1f ])")
RUN_ON_DOT = re.compile(r"\.(?=\w)")  # a "." before a word's character: where a title may run on (:func:`_run_on`)
CLAUSE_PUNCT = frozenset({";", ":", "—", "–", "?", "!"})
CLAUSE_WORDS = frozenset({"but", "while", "whereas", "although", "though", "because"})
SUB_OPEN = frozenset(["while", "whereas", "although", "though", "when", "if", "unless", "since", "because", "as"])
CLAUSE_MARKS = (
    SUB_OPEN | CLAUSE_WORDS | CLAUSE_PUNCT | {",", "which", "who"}
)  # the words :meth:`Sentence._clauses` reads


ORG_WORDS = rxcache.compile(
    r"\b(?:Council|Department|Agency|Committee|Commission|Office|Bank|Fund|Union|Association|Organi[sz]ation|"
    r"University|Institute|Party|Company|Corporation|Group|Ministry|Chamber|Forum|Summit|Platform|Dialogue|"
    r"Initiative|Strategy|Program|Programme|Conference|House|Security|Affairs|Policy|Cooperation|Reconciliation)\b"
)


def build_title_openers(cb) -> frozenset:
    """The word (``TOKEN``'s) each title that opens with a capital (those of ``build_name_context`` and
    ``build_title_anaphor``) opens with. Where one of their regexes matches, a word starts (the character before
    the title is no word's), and it is this one: the title's first word is followed by a blank (before its next
    word, or a name), which no word runs over ("Mr." opens with "Mr"), unless the title is one word followed by a
    "." and a word's character (then one word: "the President.Biden", see :func:`title_anaphors`)."""
    return frozenset(TOKEN.match(t.split()[0] + " ").group(0) for t in cb.title_list if t[:1].isupper())


def title_starts(split: tuple) -> list[int]:
    """Where a title that opens with a capital may start in a text (``split``: its :func:`words_of`), ascending: the
    words that open a title (``build_title_openers``). Most texts hold none, which the set's own C loop over the
    words finds (a map calling its ``__contains__`` costs several times as much per word)."""
    _, starts, said = split
    openers = current_codebook().compiled(build_title_openers)
    if openers.isdisjoint(said):
        return []
    return list(compress(starts, map(openers.__contains__, said)))


def _run_on(text: str, starts: list[int]) -> list[int]:
    """The starts (of ``starts``, the words') of the words holding a "." followed by a word's character, where a
    title of one word may run on into a word ("the President.Biden"). One C-level scan for such dots (most
    paragraphs hold none), not a ``str.find`` and a test in Python for every "."."""
    out = []
    for m in RUN_ON_DOT.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0:
            out.append(starts[k])
    return out


def matches_at(rx, text: str, places: list[int], pos: int = 0) -> list:
    """``list(rx.finditer(text, pos))`` for a regex whose every match starts at one of ``places`` (ascending): each
    place from ``pos`` on past the end of the last match is tried with ``rx.match``, as ``finditer`` resumes."""
    out = []
    for s in places:
        if s >= pos:
            m = rx.match(text, s)
            if m:
                out.append(m)
                pos = m.end()
    return out


def title_anaphors(
    text: str, taken: list, seen: dict, places: tuple[list[int], tuple] | None = None
) -> list[tuple[int, int, str, str]]:
    """ "President Biden met …. The President underscored": a definite title alone is the person named with that
    title before in the text (the first of them when several were: a readout's own principal comes first).
    ``seen`` (title → persons, kept across paragraphs) learns from the mentions in ``taken``. ``places``:
    :func:`title_starts` of ``text`` and its :func:`words_of`, when made: a title is tried only there and where
    one may run on into a word (:func:`_run_on`), not by a scan of every character."""
    ctx = current_codebook().compiled(build_title_anaphor)
    if ctx is None:
        return []
    bare, the, opens, ends = ctx
    out, spans = [], []
    for s, e, actor, form in taken:
        spans.append((s, e))
        if actor.startswith(OTHER):
            m = ends.search(text, max(0, s - 60), s)
        elif form == "titled" and actor_type(actor) == "person":
            m = opens.match(text[s:e] + " ")
        else:
            continue
        if m:
            people = seen.setdefault(" ".join(m.group(1).split()), [])
            if actor not in people:
                people.append(actor)
    # loops, not generators: one left open at the first hit raises inside it to close
    for title in seen:
        if title in text:
            break
    else:
        return out  # no title learned so far occurs here: nothing to resolve
    if places is None:
        hits = bare.finditer(text)
    else:
        at, split = places
        run_on = _run_on(text, split[1])
        hits = matches_at(bare, text, sorted({*at, *run_on}) if run_on else at)
    for m in hits:
        s, e = m.span()
        people = seen.get(" ".join(m.group(0).split()))
        if people and the.search(text, max(0, s - 60), s):
            for a, b in spans:
                if a < e and s < b:
                    break  # a mention overlaps it
            else:
                out.append((s, e, people[0], "titled"))
    return out


ADHERENTS = rxcache.compile(r"(?<=\b[Tt]he )([A-Z][a-z]{2,})ists\b")  # "the Islamists", "the Communists"
MOVEMENT_ENDS = ("ic", "ist", "ism")  # "Islam-ic State", "Commun-ist Party"


def adherents(text: str, taken: list) -> list[tuple[int, int, str, str]]:
    """ "the Islamic State forces … against both the Islamists and the Assad government": a definite plural
    "the <Stem>ists" is the body named earlier in the paragraph whose name has a word "<Stem>ic", "<Stem>ist" or
    "<Stem>ism" (the adherents of that movement), the latest such; not a state or a person, not a word already
    taken."""
    out = []
    if "ists" not in text:
        return out
    ordered = sorted(taken)
    starts = [t[0] for t in ordered]
    reach = list(accumulate((t[1] for t in ordered), max))  # reach[i]: the furthest end of ordered[: i + 1]
    by_end = sorted(
        (t for t in ordered if actor_type(t[2]) not in (None, "state", "person", "region")), key=lambda t: t[1]
    )
    latest: dict[str, tuple] = {}  # a word of a body's name -> the latest (in span order) such body ended so far
    seen = 0
    for m in ADHERENTS.finditer(text):
        s, e = m.span()
        i = bisect_left(starts, e)
        if i and reach[i - 1] > s:  # a word already taken overlaps the match
            continue
        while seen < len(by_end) and by_end[seen][1] <= s:
            t = by_end[seen]
            for w in set(text[t[0] : t[1]].split()):
                if w not in latest or latest[w] < t:
                    latest[w] = t
            seen += 1
        named = [latest[w] for w in (m.group(1) + end for end in MOVEMENT_ENDS) if w in latest]
        if named:
            out.append((s, e, max(named)[2], "alias"))
    return out


CALENDAR = frozenset(
    [*WEEKDAYS, *MONTHS, "Today", "Yesterday", "Tomorrow"]
)  # capitalised words after a title that name no one ("the President Tuesday")
NAME_WORD = rxcache.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
INITIAL = re.compile(r"[A-Z]\.$")
OF_NEXT = re.compile(r"\s+of\s")  # an office's portfolio goes on to its state: "... and Mineral Resources of X"


OPENERS = PREP | DET | SUBORD  # words that open a clause, never a name
PORTFOLIO_LINKS = frozenset(["of", "for", "to", "and", "the"])  # the words joining a title to its portfolio


def _not_a_name(said: str) -> bool:
    """Capitalised words that open a clause rather than name someone: a first word that is a preposition,
    determiner or subordinator ("On Monday, President X …", "In Astana, Minister Y …"), or a day's name (not a
    month's: "April", "June", "May" are also names)."""
    words = said.split()
    return words[0].lower() in OPENERS or any(w in CALENDAR and w not in MONTHS for w in words)


def other_persons(
    text: str, taken: list[tuple[int, int]], places: list[int] | None = None
) -> list[tuple[int, int, str, str]]:
    """Mentions of people the codebook lacks, as ``other:<Name>``: the capitalised words after a codebook title
    (all of them, up to four, when the title runs straight into the name: "General Secretary Nguyen Phu Trong";
    else the last two, three with a middle initial, of a run with a portfolio: "Director for Russia and Central
    Asia Eric Green"), or two or three such words
    followed by a comma and a title; no word of the name may be a title or an organisation's head word, and no
    codebook mention may overlap it. Only texts with a title are searched. ``places``: :func:`title_starts` of
    ``text``, when made: a title is tried only there, not by a scan of every character."""
    ctx = current_codebook().compiled(build_name_context)
    if ctx is None:
        return []
    titled, after, is_title, portfolio, apposed = ctx
    title_words = reading().title_words
    found = []
    hits = list(titled.finditer(text)) if places is None else matches_at(titled, text, places)
    if hits:  # a portfolio also matches ``titled`` where it starts, so none starts before the first titled name
        start = hits[0].start()
        hits += portfolio.finditer(text, start) if places is None else matches_at(portfolio, text, places, start)
    for m in hits:
        words = list(re.finditer(r"\S+", m.group(0)))
        said = [w.group(0) for w in words]
        last = max((i for i, w in enumerate(said) if w in title_words or w in PORTFOLIO_LINKS), default=0)
        if (
            PORTFOLIO_LINKS.isdisjoint(said)
            and (2 <= len(said) - last - 1 <= 4 or (len(said) - last - 1 == 1 and said[-1] not in CALENDAR))
            and all(NAME_WORD.match(w) or INITIAL.match(w) for w in said[last + 1 :])
        ):  # the title's words and then the whole name ("General Secretary Nguyen Phu Trong", "Minister Nurtleu")
            found.append((m.start() + words[last + 1].start(), m.start() + words[-1].end()))
            continue
        n = 3 if len(words) >= 4 and INITIAL.match(words[-2].group(0)) else 2
        if len(words) <= n or not (NAME_WORD.match(words[-n].group(0)) and NAME_WORD.match(words[-1].group(0))):
            continue
        if words[-n - 1].group(0) == "and" and OF_NEXT.match(text, m.end()):
            continue  # "Minister of Energy and Mineral Resources of X": the portfolio's words after "and", no name
        found.append((m.start() + words[-n].start(), m.start() + words[-1].end()))
    found += _apposed_names(text, after, apposed)
    out = []
    if not found:
        return out
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


NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-.")  # and blanks: a name's characters


def _apposed_names(text: str, after, apposed) -> list[tuple[int, int]]:
    """The spans of ``after``'s names ("Jennifer Klein, Assistant to the President"), as ``after.finditer`` finds
    them, but tried only before a comma where ``apposed`` matches: a name ends at that comma and starts at a capital
    in the run of letters, "-", "." and blanks before it (a name has no other character), so only those capitals
    are tried, in text order (the first that matches is the leftmost match), and each search resumes at the end
    of the last match, as ``finditer`` does."""
    out = []
    pos = 0
    m = apposed.search(text)
    while m:
        c = m.start()
        r = c
        while r > pos and (text[r - 1] in NAME_CHARS or text[r - 1].isspace()):
            r -= 1
        hit = None
        for s in range(r, c):
            if "A" <= text[s] <= "Z":
                hit = after.match(text, s)
                if hit:
                    break
        if hit:
            out.append(hit.span(1))
            pos = hit.end()
        m = apposed.search(text, hit.end() if hit else c + 1)
    return out


def surname_mentions(text: str, taken: list, surnames: dict) -> list[tuple[int, int, str, str]]:
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


class _LowerCased(dict):
    """Word → its lower-cased form, made when the word is first seen (cleared when it grows large): a text's words
    recur, and a lookup is cheaper than a new string (whose hash every set and dict of the grammar then computes
    again). Interned: the word lists' literals are too, so a word found in a set, a dict or a tuple of them is
    found by identity, with no comparison of characters."""

    def __missing__(self, word: str) -> str:
        if len(self) > 200_000:
            self.clear()
        low = self[word] = sys.intern(word.lower())
        return low


LOWER = _LowerCased()


def words_of(text: str) -> tuple[list[Tok], list[int], list[str]]:
    """The word tokens of a whole text (no mention yet), their starts and their texts, as :func:`tokens` splits it
    (``tokens`` takes the first two)."""
    return _split_words(text, 0, len(text), reading().finite.__getitem__)


def _words(text: str, pos: int, end: int, finite) -> tuple[list[Tok], list[int]]:
    """The word tokens of ``text[pos:end]`` and their starts, each field made for all at once."""
    toks, starts, _ = _split_words(text, pos, end, finite)
    return toks, starts


def _split_words(text: str, pos: int, end: int, finite) -> tuple[list[Tok], list[int], list[str]]:
    """:func:`_words`, and the words' texts."""
    stretch = text[pos:end]
    if stretch.isprintable():  # its only blank is " " (every other str.isspace character is unprintable)
        said, starts, ends = _split_printable(stretch, pos)
    else:  # the split gives (blank, word)* blank, so the running lengths are each word's start and end
        parts = (TOKEN_SPLIT_ASCII if stretch.isascii() else TOKEN_SPLIT).split(stretch)
        said = parts[1::2]
        bounds = list(accumulate(map(len, parts), initial=pos))
        starts, ends = bounds[1:-1:2], bounds[2::2]  # (the last bound is the end of the last blank: no start)
    lows = list(map(LOWER.__getitem__, said))  # str.lower, one string per distinct word
    fields = zip(starts, ends, said, lows, _NONE, _BLANK, _possessive(stretch, pos, starts, ends), map(finite, lows))
    return list(fields), starts, said


def _split_printable(stretch: str, pos: int) -> tuple[list[str], list[int], list[int]]:
    r"""TOKEN's words of a stretch whose only blank is " ", with their starts and ends (``pos`` is the stretch's
    start): no word runs over a blank, so each blank-free chunk is split alone. A chunk of letters and digits only
    (``str.isalnum``: what ``\w`` takes but "_") is one word, and so is such a chunk after or before one other
    character, which is then a word of its own (no word character stands next to it in the chunk); the regex
    splits the rest ("U.S.", "Kazakhstan's", "(2015),")."""
    said: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = pos
    for chunk in stretch.split(" "):
        n = len(chunk)
        if chunk.isalnum():
            said.append(chunk)
            starts.append(at)
            ends.append(at + n)
        elif n < 2:
            if n:  # one character that is no letter or digit ("," alone, "_" is a word)
                said.append(chunk)
                starts.append(at)
                ends.append(at + 1)
        elif chunk[:-1].isalnum() and chunk[-1] != "_":  # "word," "word."
            said += (chunk[:-1], chunk[-1])
            starts += (at, at + n - 1)
            ends += (at + n - 1, at + n)
        elif chunk[1:].isalnum() and chunk[0] != "_":  # "(word"
            said += (chunk[0], chunk[1:])
            starts += (at, at + 1)
            ends += (at + 1, at + n)
        else:
            parts = (TOKEN_SPLIT_ASCII if chunk.isascii() else TOKEN_SPLIT).split(chunk)[1::2]  # no blank inside
            said += parts
            b = at
            for w in parts:
                starts.append(b)
                b += len(w)
                ends.append(b)
        at += n + 1
    return said, starts, ends


def _possessive(stretch: str, pos: int, starts: list[int], ends: list[int]):
    """Whether each word ends in "'s" or "’s": the words that end where such a mark in the stretch ends and start
    before it (not the "s" after a quote mark standing alone)."""
    if "'s" not in stretch and "’s" not in stretch:
        return repeat(False)  # no word here ends in 's
    poss = [False] * len(ends)
    for mark in ("'s", "’s"):
        i = stretch.find(mark)
        while i >= 0:
            k = bisect_left(ends, pos + i + 2)
            if k < len(ends) and ends[k] == pos + i + 2 and starts[k] < pos + i:
                poss[k] = True
            i = stretch.find(mark, i + 1)
    return poss


def tokens(text: str, mentions: list[tuple[int, int, str, str]], split: tuple | None = None) -> list[Tok]:
    """Tokens of a paragraph's text; each actor mention is one token (a trailing 's marks it possessive). The words
    are made once for the whole text (``split``: :func:`words_of` of it, when made before), and the words between
    two mentions are a slice of them, unless a word runs across the edge of that stretch ("Kazakh-American" around
    the mention "Kazakh"): that stretch is split alone."""
    toks: list[Tok] = []
    finite = reading().finite.__getitem__
    pos, hi = 0, len(text)
    words, starts = split[:2] if split is not None else _words(text, 0, hi, finite)
    for s, e, actor, form in sorted(mentions) + [(hi, hi, None, "")]:
        if s < pos:
            continue
        i, j = bisect_left(starts, pos), bisect_left(starts, s)
        if (i and words[i - 1][END] > pos) or (j and words[j - 1][END] > s):
            toks += _words(text, pos, s, finite)[0]
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
        toks.append((s, e, text[s:e], text[s:e].lower(), (actor,), form, poss, False))
        pos = e
    return _unquoted(toks) if '"' in text or "“" in text else toks


_NONE, _BLANK = repeat(()), repeat("")  # the fields of a word that is no mention
# a field of every token at once (``map``)
START_OF, TEXT_OF = itemgetter(START), itemgetter(TEXT)
OPEN_QUOTES = frozenset(['"', "“"])


def _unquoted(toks: list[Tok]) -> list[Tok]:
    """Scare quotes around a few lower-case words that open a predicate ('to "work on" Kazakhstan') are dropped,
    so the words inside read as the verb phrase they are."""
    forms = lexicon_forms()
    drop: set[int] = set()
    for i in compress(count(), map(OPEN_QUOTES.__contains__, map(TEXT_OF, toks))):  # the opening quotes only
        if i + 1 >= len(toks) or i in drop:
            continue
        close = ('"', "”")
        inner = None
        for j in range(i + 1, min(len(toks), i + 5)):
            if toks[j][TEXT] in close:
                inner = j
                break
        words = toks[i + 1 : inner] if inner else []
        if (
            words
            and words[0][LOW] in forms
            and all(map(str.islower, map(TEXT_OF, words)))  # maps, no generator (left early, one raises to close)
            and all(map(str.isalpha, map(TEXT_OF, words)))
        ):
            drop |= {i, inner}
    return [x for i, x in enumerate(toks) if i not in drop] if drop else toks


def token_fields(toks: list[Tok]) -> list[list]:
    """The fields of ``toks`` the grammar reads by index, as parallel lists, in one C pass: the starts, texts,
    lower-cased words, actors (empty for a word) and whether each may be a finite verb."""
    starts, _, texts, lows, acts, _, _, fins = zip(*toks) if toks else [()] * len(TOK_FIELDS)
    return [list(starts), list(texts), list(lows), list(acts), list(fins)]


class Sentence:
    """A sentence's tokens and clauses: the base of the grammar's sentence, into which :mod:`kzlib.actions` mixes
    the predicate and argument passes."""

    def __init__(self, toks: list[Tok], memory, fields: tuple | None = None):
        """``fields``: the texts, lows, actors and finites of ``toks`` (:func:`token_fields` without the starts, sliced
        from the paragraph's), else made here."""
        self.t = toks
        self.mem = memory
        # the tokens' fields as parallel lists, read by the walks over a sentence (an index, no attribute look-up)
        self.texts, self.lows, self.acts, self.fins = fields if fields is not None else token_fields(toks)[1:]
        lows = self.lows
        # its words as a set, for the passes that first ask whether it holds a word at all ("with", "so"): one
        # look-up instead of a scan of the list each
        self.vocab = frozenset(lows)
        marks = list(compress(count(), map(CLAUSE_MARKS.__contains__, lows)))  # the commas among them
        self.commas = [k for k in marks if lows[k] == ","]  # where the commas are, in order
        # each token's clause id, and clause id → [first token, one past the last] (ids ascend)
        self.clause, self.bounds = self._clauses(marks)
        self.preds: list[Pred] = []
        self.at: dict[int, Pred] = {}  # first token → its predicate (filled by find_predicates)
        self.senses: dict[int, object] = {}  # first token → the sense of its predicate (see Predicates._sense)
        self.np_lefts: dict[tuple, int] = {}  # (j, floor) → the start of the noun phrase ending at j
        self.date_segments: dict[tuple, tuple] = {}  # (clause, its dates) → its stretches (see kzlib.action_dates)
        self.cur_agents: list[str] = []  # the agents of the predicate whose targets are being read

    def _clauses(self, marks: list[int]) -> tuple[list[int], dict[int, list[int]]]:
        """Each token's clause id, and each clause's bounds (see :meth:`__init__`). Only the words in
        ``CLAUSE_MARKS`` (at ``marks``) can open a clause or a subordinate opening, so only they are visited (each
        other token just takes the current id)."""
        lows = self.lows
        n = len(lows)
        if not marks:
            return [0] * n, {0: [0, n]} if n else {}
        first_finite = next(compress(range(n), self.fins), n)  # a verb is seen from here on
        ids: list[int] = []
        bounds: dict[int, list[int]] = {}
        c, done = 0, 0  # the current id; the tokens before ``done`` have theirs
        sub = False  # inside a subordinate clause opening the sentence ("While ..., X did")
        for k in marks:
            low = lows[k]
            after_comma = k > 0 and lows[k - 1] == ","
            if (
                (k == 0 or (after_comma and low != "as"))
                and low in SUB_OPEN
                and not (k + 1 < n and lows[k + 1] in ("a", "well", "of"))
            ):
                sub = True
            if low == "," and sub and k >= first_finite:
                ids += [c] * (k + 1 - done)  # the comma closes the opening clause: it still belongs to it
                bounds[c] = [done, k + 1]
                done = k + 1
                c += 1
                sub = False
            elif low in CLAUSE_PUNCT or (after_comma and (low in CLAUSE_WORDS or low in ("which", "who"))):
                if k > done:  # a clause with no token has no bounds
                    ids += [c] * (k - done)
                    bounds[c] = [done, k]
                done = k
                c += 1
        if n > done:
            ids += [c] * (n - done)
            bounds[c] = [done, n]
        return ids, bounds

    def _clause_end(self, k: int) -> int:
        return self.bounds[self.clause[k]][1]

    def _clause_start(self, k: int) -> int:
        return self.bounds[self.clause[k]][0]
