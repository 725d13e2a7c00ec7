"""Names the codebook does not know: recurring proper-name phrases of a document that no codebook entry covers.

A text about Vietnam or the African Union names people and bodies the shipped codebook lacks; their mentions
would be silently lost. This table lists them so a reader can add rows to an own codebook folder
(``kzlib.Codebook.load(folder, extend=True)``) and rerun.

Rules (general, on the clean paragraph text):

1. A proper-name phrase is a run of capitalised words (``Pham Minh Chinh``, ``Ministry of Foreign Affairs``);
   a connector (*of, of the, for, on, de, al, …*) joins two runs only after a head word that takes one
   (*Ministry, Council, Bank, Compact, Republic, …*), so "Pham Minh Chinh of Vietnam" is two names.
2. Every span the codebook matches (an actor name, alias, demonym, capital, or a blocking non-actor phrase, or
   a name in a speaker's label: "SECRETARY BLINKEN:") and every title of the codebook is cut out first, so a
   phrase never includes a known name. A label naming someone the codebook lacks ("MR. PRICE:") stays: a row
   for the speaker (``person``, evidence "speaker label"), whose "I" and "we" are resolved once the codebook
   knows them.
3. A phrase is dropped when it is one word that is a function word (alone or with a clitic verb: "I'm",
   "It's"), a month or a weekday, an adverb or gerund
   opening a sentence (``Similarly``, ``Realizing``), or that the same document also writes in lower case
   (``Energy`` opening a sentence, ``energy`` elsewhere). Time-of-day and time-zone words
   (``kzlib/data/rules/time_words.csv``: ``P.M.``, ``EDT``) are cut from either end of a phrase, so "P.M. EDT"
   is no name at all.
4. An occurrence that runs across markup the reading text drops (``*A Title* ESDP``) is not a name.
5. It is listed when it occurs at least ``min_count`` times in the document (default 2).

``suggested_type`` is read from the context of any occurrence, where the context shows one: a codebook title
right before it (``President``, ``Foreign Minister``) → ``person``; a head word such as *Ministry, Council,
Agency, Bank, University* → ``organization``; *Summit, Dialogue, Forum* → ``format``; *Initiative, Strategy,
Agreement, Treaty, Act* → ``initiative``; "the X government" or "government of X" (also "the Governments of X
and Y") → ``state``; otherwise empty. A possessive is no part of the name ("Chile's" counts as "Chile"), and
currency codes (``kzlib/data/rules/currencies.csv``: ``USD``) are cut like time words.
``evidence`` says which words suggested it.
"""

from __future__ import annotations

import re

from . import rxcache, timex
from .actors import speaker_label
from .lexicon import CURRENCY_CODES, NAME_HEAD_WORDS, NAME_TYPE_WORDS, SPEAKER_TURN, TIME_WORDS, whole_words
from .phrases import led_alternation
from .words import FUNCTION_WORDS

COLUMNS = ["doc_id", "surface", "count", "start", "end", "suggested_type", "evidence"]
CONNECTORS = r"(?:of\s+the|of|for\s+the|for|on|de|al|du|la|von|van|bin)"
WORD = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w'’-]*)"  # an initial or initials ("S.", "U.N."), or a capitalised word
# (?<![\w'’-])(?:WORD)(?:...)* written to start with the capital (the lookbehind after it), so the regex engine
# skips ahead to a capital instead of trying every position: the same matches (tests/test_shortcuts.py)
PHRASE = rxcache.compile(rf"[A-Z](?<![\w'’-].)(?:\.(?:[A-Z]\.)*|[\w'’-]*)(?:[ \t]+(?:{CONNECTORS}[ \t]+)*(?:{WORD}))*")
CALENDAR_WORDS = frozenset(timex.MONTHS) | frozenset(timex.WEEKDAYS)  # never names, whatever their case
# "P.M.", "EDT" (compared without "."), currency codes ("USD"): never names
CLOCK_WORDS = frozenset(w.rstrip(".") for w in TIME_WORDS) | CURRENCY_CODES
# a name's last nouns that suggest its type ("Ministry", "Forum", "Strategy": rules/name_heads.csv, column suggests)
SUGGESTS = [(rxcache.compile(whole_words(words)), kind) for kind, words in NAME_TYPE_WORDS.items()]
HEADS = rxcache.compile(whole_words(NAME_HEAD_WORDS) + "$")  # a connector after one stays in the name (column head)
# "the government of X", "the Governments of Chile and Norway", "… of Chile, Peru and": X is a state
GOVERNMENT_OF = rxcache.compile(
    rf"\b(?i:governments?)\s+of\s+(?:(?:the\s+)?{WORD}(?:[ \t]+{WORD})*(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+))*$"
)
SPLIT = rxcache.compile(rf"[ \t]+{CONNECTORS}[ \t]+")
CLITIC = re.compile(r"['’](?:m|s|re|ve|ll|d)$")  # "I'm", "It's", "We're": a function word and a verb


def _function_word(word: str) -> bool:
    """A function word, alone or with a clitic verb ("The", "I'm", "We've")."""
    return word in FUNCTION_WORDS or CLITIC.sub("", word) in FUNCTION_WORDS


def _pieces(text: str, i: int, j: int):
    """The names inside one run ``text[i:j]``: split at each connector not preceded by a head word (a run of one word,
    with no space or tab, has no connector between blanks: it is not searched)."""
    run = text[i:j]
    if " " not in run and "\t" not in run:
        yield i, j
        return
    start = i
    for m in SPLIT.finditer(text, i, j):
        if not HEADS.search(text, start, m.start()):
            yield start, m.start()
            start = m.end()
    yield start, j


def _masked(text: str, spans) -> str:
    """``text`` with the given ``(start, end)`` spans blanked out (so a phrase cannot run across them)."""
    out = []
    at = 0  # text before ``at`` is written
    for s, e in sorted(spans):
        s = max(s, at)
        if e > s:
            out += (text[at:s], "|" * (e - s))
            at = e
    return "".join(out) + text[at:] if out else text


LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*\b")  # a word written in lower case


class _LowerWords:
    """Whether a word is written in lower case somewhere in ``texts`` (is one of ``LOWER_WORD.findall`` of a text),
    asked word by word: only the runs of non-blank characters that hold the word are read (a lower-case word
    never spans white space, and a run read alone gives the words it gives inside its text), not every text. The
    texts are read as one, joined by line breaks (a break ends a run as a text's end does): one search per word."""

    def __init__(self, texts: list[str]):
        self.text = "\n".join(texts)
        self.known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        if word not in self.known:
            self.known[word] = self._in(self.text, word)
        return self.known[word]

    @staticmethod
    def _in(text: str, word: str) -> bool:
        i = text.find(word)
        while i != -1:
            s, e = i, i + len(word)
            while s and not text[s - 1].isspace():
                s -= 1
            while e < len(text) and not text[e].isspace():
                e += 1
            if word in LOWER_WORD.findall(text, s, e):
                return True
            i = text.find(word, i + 1)
        return False


def _title_spans(text: str, titles: re.Pattern | None):
    return [(m.start(), m.end()) for m in titles.finditer(text)] if titles is not None else []


def _title_only(label: str, titles: re.Pattern | None) -> bool:
    """Whether a speaker's label is only a title ("THE PRESIDENT:", "THE VICE PRESIDENT:"), read in title case."""
    read = label.rstrip(":").title()
    rest = titles.sub(" ", read) if titles is not None else read
    return not [w for w in rest.split() if w not in FUNCTION_WORDS]


def _titles_pattern(cb) -> re.Pattern | None:
    if not cb.title_list:
        return None
    # (?<![\w-])(?:title|...), each title led by its first character (the same matches, found faster)
    return rxcache.compile(led_alternation(cb.title_list, r"\w-") + r"\.?(?![\w-])")


def _suggest(text: str, i: int, j: int, titles: re.Pattern | None) -> tuple[str, str]:
    """``(suggested_type, evidence)`` from a phrase and the words around it."""
    phrase = text[i:j]
    before = text[max(0, i - 60) : i]
    after = text[j : j + 40]
    if titles is not None:
        m = next(reversed(list(titles.finditer(before))), None)  # the title nearest before
        if m is not None and not before[m.end() :].strip(" \t,"):
            return "person", m.group(0)
    for rx, kind in SUGGESTS:
        m = rx.search(phrase)
        if m:
            return kind, m.group(0)
    if re.match(r"\s+government\b", after) and re.search(r"\bthe\s+$", before, re.IGNORECASE):
        return "state", "the … government"
    if GOVERNMENT_OF.search(before):
        return "state", "government of …"
    return "", ""


def _compiled(cb):
    return _titles_pattern(cb)


def candidates(doc, cb, min_count: int = 2) -> list[dict]:
    """One row per recurring proper-name phrase of ``doc`` that codebook ``cb`` does not cover."""
    titles = cb.compiled(_compiled)
    lower_words = _LowerWords([p.text for p in doc.paragraphs])
    found = []  # (paragraph, its speaker turn, start, end, surface) of every phrase, in text order
    times: dict[str, int] = {}  # how often each surface is found
    for p in doc.paragraphs:
        known = [(s, e) for s, e, _ in doc.names.get(p.para_id, [])]
        turn = SPEAKER_TURN.match(p.text)
        if turn and (speaker_label(p.text, cb) or _title_only(turn.group(0), titles)):
            known.append((0, turn.end()))  # "SECRETARY BLINKEN:" (a known speaker), "THE PRESIDENT:" (a title)
        masked = _masked(p.text, known + _title_spans(p.text, titles))
        for i, j in (piece for m in PHRASE.finditer(masked) for piece in _pieces(masked, m.start(), m.end())):
            if p.text[j - 2 : j] in ("'s", "’s"):  # "Chile's" is "Chile"
                j -= 2
            surface = " ".join(p.text[i:j].split()).rstrip(".")
            words = surface.split()
            while words and (_function_word(words[0]) or words[0].rstrip(".") in CLOCK_WORDS):
                words = words[1:]  # "The Hanoi Compact" -> "Hanoi Compact"; "P.M. EDT" -> nothing
                i = p.text.index(words[0], i) if words else j
            while words and words[-1].rstrip(".") in CLOCK_WORDS:  # "Hanoi Summit EDT" -> "Hanoi Summit"
                words = words[:-1]
                j = p.text.rindex(words[-1], i, j) + len(words[-1]) if words else i
            if words:
                surface = " ".join(words)
                found.append((p, turn, i, j, surface))
                times[surface] = times.get(surface, 0) + 1
    seen: dict[str, dict] = {}
    order: list[str] = []
    for p, turn, i, j, surface in found:
        if times[surface] < min_count:  # found fewer times than a row needs, before any occurrence is dropped below:
            continue  # never listed, so neither its words nor its context are read
        one_word = " " not in surface
        if one_word and (
            surface in CALENDAR_WORDS
            or surface.lower() in lower_words
            or len(surface) < 3
            or surface.endswith(("ly", "ing"))
        ):  # "Similarly", "Realizing" open sentences
            continue
        if one_word and surface.isupper() and len(surface) < 2:
            continue
        end_clean = i + len(p.text[i:j].rstrip().rstrip("."))
        start, end = p.span(i, end_clean)
        if end - start != end_clean - i:  # runs across removed markup ("*A Title* ESDP"): not one name
            continue
        row = seen.get(surface)
        if row is None:
            row = seen[surface] = dict(
                doc_id=doc.doc_id, surface=surface, count=0, start=start, end=end, suggested_type="", evidence=""
            )
            order.append(surface)
        row["count"] += 1
        if not row["suggested_type"]:
            in_label = turn is not None and end_clean <= turn.end()
            row["suggested_type"], row["evidence"] = (
                ("person", "speaker label") if in_label else _suggest(p.text, i, end_clean, titles)
            )
    rows = [seen[s] for s in order if seen[s]["count"] >= min_count]
    return sorted(rows, key=lambda r: (-r["count"], r["start"]))
