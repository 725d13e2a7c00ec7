"""Properties that hold for ANY input text: nothing raises, nothing is lost, every offset is true.

Two families of inputs are mixed:

* document-like texts built from the parts of a printed chapter (title, headings, paragraphs naming
  actors and dates, footnote marks and footnote blocks with URL lines, lower-case continuations after
  a page break, separators, very long lines, blank-only regions), with LF, CRLF, CR or mixed endings,
  and with arbitrary noise spliced in;
* fully arbitrary text over a broad alphabet (line breaks, tabs, zero-width characters, BOMs,
  superscript digits, markup characters, any unicode character that UTF-8 can encode: a lone surrogate
  such as ``"\\ud800"`` is not text, and cannot come from a decoded file).

The runs are kept small (``max_examples``) so the file runs in seconds; the example database is off so
the suite writes nothing into the project.
"""

import re

import pandas as pd
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import kzlib
from kzlib.markup import is_blank
from kzlib.source import headings_only
from kzlib.structure import SUPERSCRIPT, note_number

from conftest import SHIPPED, assert_lossless, assert_traceable

DOC = "t"
FAST = settings(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

# ---------------------------------------------------------------------------------------------------
# strategies: document-like texts
# ---------------------------------------------------------------------------------------------------

_TO_SUP = str.maketrans("0123456789", SUPERSCRIPT)
NOTE_NUMBERS = [1, 2, 5, 9, 12, 52, 53, 54, 99, 123]

NAMES = [
    "Kazakhstan",
    "U.S.",
    "US.",
    "the United States",
    "The United States",
    "Nursultan Nazarbayev",
    "President Nazarbayev",
    "Nazarbaev",
    "President Tokayev",
    "Tokayev's",
    "Russia",
    "China",
    "Secretary of State Pompeo",
    "C5+1",
    "ESPD",
    "ESDP",
    "Kazakhstan-American",
    "U.S.-Kazakhstan",
    "non-Western",
    "Astana",
    "Nur-Sultan",
    "US. Chamber of Commerce",
    "South China Sea",
    "Central Asia",
    "the European Union",
    "Washington",
    "Kazakh",
    "American",
    "Moscow",
    "Beijing",
]
DATES = [
    "March 19, 2019",
    "the mid-2010s",
    "2015-2021",
    "in 2008",
    "late 2016",
    "from late 2016 onward",
    "several months later",
    "today",
    "as of this writing",
    "three decades",
    "the autumn of 2021",
    "the first half of 2019",
    "between 2015 and 2018",
    "annually",
    "last year",
    "September 2013",
    "19 March 2019",
    "Sept. 2014",
    "the 1990s",
    "2099",
    "1800",
    "by 2025",
    "since 2006",
    "2018–19",
    "almost a decade",
    "two years ago",
    "Covid-19",
    "$2015 million",
    "2015 troops",
]
WORDS = [
    "the",
    "policy",
    "cooperation",
    "security",
    "energy security",
    "sanctions",
    "investment",
    "reform",
    "of",
    "and",
    "in",
    "relations",
    "geopolitical",
    "democracy",
    "worth $7 billion",
    "*Atlantic Council*",
    "**strategic**",
    "_partnership_",
    "\\$7",
    "\\*",
    "eg.",
    "i.e.",
    "W.W. Norton",
    "(a)",
    "(b)",
    "ad hoc",
    "*The Future of Freedom*",
    "***Illiberal Democracy at Home***",
    "announced",
    "visited",
    "signed",
    "pledged",
    "launched",
    "great power",
    "rule of law",
    "trade",
    "\u200bhidden",
    "soft\u00adhyphen",
    "naïve",
    "“quoted”",
    "‘single’",
    "—",
    "–",
    "...",
    "…",
    "%",
    "state's",
    "a",
    "12",
    "5",
    "C5",
    "www.example.org",
    "https://example.org/a_b?c=1",
]
HEADINGS = [
    "Global Geopolitical Shifts",
    "Global Geopolitical Shifts:",
    "Changes in Kazakhstan",
    "Changes in the United States",
    "Conclusions",
    "The 2018 Presidential Meeting",
    "How Kazakhstan's Government Sought to Enhance Kazakhstan-American Ties",
    "A New Spirit of Cooperation in Central Asia",
    "Introduction.",
    "*Emphasised Heading*",
    "1. Background",
    "Part II",
    "The U.S. and China",
    "Energy Security",
]
TITLES = [
    "Chapter Five: New Focus, New Grounding",
    "Chapter One",
    "Kazakhstan and the United States",
    "A Title",
    "THE TITLE",
]
SOURCES = [
    "Source, 2019.",
    'S. Frederick Starr, "First Glimpses of Tokayev\'s Kazakhstan", *Atlantic Council*, September 17, 2019.',
    "See eg. Fareed Zakaria, *The Future of Freedom,* New York: W.W. Norton, 2007.",
    'Michael Doran and Tony Badran, "The Realignment," Tablet, May 11, 2021.',
    "Ibid.",
    "Ibid., p. 12.",
    "Interview, Astana, 2018.",
    "https://example.org/report.pdf",
]
URL_LINES = [
    "⁽https://example.org/x)",
    "(https://www.example.org/a/b/)",
    "https://example.org/x",
    "www.example.org/page.",
    "<https://example.org/y>",
    "[https://example.org/z]",
    "⁽https://example.org/x⁾",
]
SEPARATORS = ["* * *", "***", "12", "iv", "—", "###", "---", "•", "1", "xii"]
BLOCK_BREAKS = [
    "\n\n",
    "\n\n",
    "\n\n",
    "\n",
    "\n\n\n",
    "\n \t\n",
    "\n\u200b\n",
    "\n\ufeff\n\n",
    " \n\t \n\n",
    "\n\u00a0\n",
]

# characters that matter to the parser, plus anything at all
SPECIAL = list(
    "\n\n\n\r\t \u200b\ufeff\u00ad\u2028\x0b\x0c\x85\u00a0*\\⁵²⁰¹⁹⁽⁾()[]<>0123456789 .,:;!?\"”’'-–—_#$%aAzZ/"
)
SNIPPETS = ["\r\n", "U.S.", "Kazakhstan", "2019", "http://", "www.", "\n\n", "¹ text", "12 text", ".⁵²", ".53"]
ALPHABET = st.one_of(st.sampled_from(SPECIAL), st.characters(codec="utf-8"))  # any encodable character
BROAD = st.text(ALPHABET, max_size=60)


def sup(n: int) -> str:
    return str(n).translate(_TO_SUP)


# The strategies below are built once, here, not inside the composite strategies on every draw: hypothesis then
# validates each once per run instead of once per example drawn (a third of the file's time went there). The
# examples drawn are the same (the same strategies are drawn from, in the same order).
NOTE_NUMBER = st.sampled_from(NOTE_NUMBERS)
CLOSING = st.sampled_from([".", ",", ";", ":", '"', "”", ")", "", "?"])


@st.composite
def ref_mark(draw):
    """A footnote reference mark glued to a word's closing punctuation: ``word.⁵²`` or ``word.53``."""
    n = draw(NOTE_NUMBER)
    punct = draw(CLOSING)
    return punct + (sup(n) if draw(st.booleans()) else str(n))


TOKENS = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(NAMES), st.sampled_from(DATES)), min_size=1, max_size=12
)
SENTENCE_END = st.sampled_from([".", ".", ".", "?", "!", ":", ",", "", ";"])
MARK_OR_NONE = st.one_of(st.just(""), st.just(""), ref_mark())


@st.composite
def sentence(draw, lower=False):
    tokens = draw(TOKENS)
    first = tokens[0]
    first = first[:1].lower() + first[1:] if lower else first[:1].upper() + first[1:]
    body = " ".join([first] + tokens[1:])
    end = draw(SENTENCE_END)
    mark = draw(MARK_OR_NONE)
    return body + (mark if mark and end == "" else end + mark.lstrip('.,;:"”)?'))


FIRST_SENTENCE = {False: sentence(), True: sentence(lower=True)}
MORE_SENTENCES = st.lists(sentence(), max_size=4)
SENTENCE_GAP = st.sampled_from([" ", " ", "  ", "\n", " \t", "\u200b "])


@st.composite
def paragraph(draw, lower=False):
    """Sentences joined by spaces, sometimes wrapped onto several lines (one block)."""
    sents = [draw(FIRST_SENTENCE[lower])] + draw(MORE_SENTENCES)
    out = sents[0]
    for s in sents[1:]:
        out += draw(SENTENCE_GAP) + s
    # hard-wrapped lines, as print extraction leaves them: some spaces (even inside emphasis) become breaks
    spaces = [i for i, ch in enumerate(out) if ch == " "]
    if spaces:
        wraps = draw(st.sets(st.sampled_from(spaces), max_size=3))
        out = "".join("\n" if i in wraps else ch for i, ch in enumerate(out))
    return out


NOTE_MARK_END = st.sampled_from(["", ".", ")"])
NOTE_GAP = st.sampled_from([" ", "  ", "\t"])
SOURCE = st.sampled_from(SOURCES)
URL_BREAK = st.sampled_from(["\n\n", "\n"])
URL_LINE = st.sampled_from(URL_LINES)


@st.composite
def footnote(draw):
    """``⁵² Source, 2019.`` (or plain ``52 Source``), sometimes followed by a URL-only block."""
    n = draw(NOTE_NUMBER)
    mark = sup(n) if draw(st.booleans()) else str(n) + draw(NOTE_MARK_END)
    line = mark + draw(NOTE_GAP) + draw(SOURCE)
    if draw(st.booleans()):
        line += draw(URL_BREAK) + draw(URL_LINE)
    return line


REPEATS = st.integers(20, 80)


@st.composite
def long_line(draw):
    unit = draw(FIRST_SENTENCE[False])
    return " ".join([unit] * draw(REPEATS))


BLOCK = st.one_of(
    paragraph(),
    paragraph(),
    paragraph(),
    paragraph(lower=True),  # a continuation after a page break
    st.sampled_from(HEADINGS),
    footnote(),
    footnote(),
    URL_LINE,
    st.sampled_from(SEPARATORS),
    long_line(),
    BROAD.filter(lambda s: s.strip()),
)
TITLE = st.sampled_from(TITLES)
BLOCKS = st.lists(BLOCK, min_size=1, max_size=10)
LEAD = st.sampled_from(["", "", "\ufeff", "\n", " \n\t"])
BLOCK_BREAK = st.sampled_from(BLOCK_BREAKS)
TAIL = st.sampled_from(["", "\n", "\n\n", " \t\n \n"])
ENDING = st.sampled_from(["\n", "\r\n", "\r", "mixed"])
ONE_ENDING = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def documents(draw, endings=True):
    """A document-like text; with ``endings`` its line breaks become LF, CRLF, CR or a mix."""
    parts = []
    if draw(st.booleans()):
        parts.append(draw(TITLE))
    parts += draw(BLOCKS)
    text = draw(LEAD)
    for k, part in enumerate(parts):
        text += (draw(BLOCK_BREAK) if k else "") + part
    text += draw(TAIL)
    if endings:
        eol = draw(ENDING)
        text = re.sub("\n", lambda m: draw(ONE_ENDING), text) if eol == "mixed" else text.replace("\n", eol)
    return text


ONLY_HEADINGS = st.lists(st.sampled_from(HEADINGS + TITLES), min_size=1, max_size=6).map("\n\n".join)
ONLY_FOOTNOTES = st.lists(footnote(), min_size=1, max_size=6).map("\n\n".join)
ONLY_URLS = st.lists(st.sampled_from(URL_LINES), min_size=1, max_size=5).map("\n".join)
TOKEN_SOUP = st.lists(
    st.one_of(st.sampled_from(SPECIAL + SNIPPETS + NAMES + DATES + WORDS + URL_LINES), BROAD), max_size=40
).map("".join)
ARBITRARY = st.one_of(st.text(ALPHABET, max_size=400), TOKEN_SOUP)

TEXTS = st.one_of(documents(), documents(), ONLY_HEADINGS, ONLY_FOOTNOTES, ONLY_URLS, ARBITRARY)


# Minimal inputs on which hypothesis found bugs (since fixed), kept as regression examples run every time.
RELATIVE_BEFORE_ANY_DATE = "Several months later.\n\nMarch 19, 2019."  # was: anchor None in chronology.timexes
RELATIVE_AFTER_DECADE = "The mid-2010s.\n\nSeveral months later."  # was: int("201X") in timex.resolve
EMPHASIS_OVER_LINE_BREAK = "*The\nFuture of Freedom*."  # was: EMPHASIS "." matched "\r" but not "\n"


def load(text: str) -> kzlib.Corpus:
    assume(not all(is_blank(ch) for ch in text))  # a blank text is refused (InputError)
    assume(not headings_only(text))  # so is a text of markdown headings only
    return kzlib.load(texts={DOC: text}, codebook=SHIPPED)


# ---------------------------------------------------------------------------------------------------
# 1. the tables every load has (computed in 3)
# ---------------------------------------------------------------------------------------------------

BRIEF_TABLES = {
    "documents",
    "sections",
    "paragraphs",
    "sentences",
    "footnotes",
    "unassigned",
    "actors",
    "mentions",
    "cooccurrence",
    "timexes",
    "events",
    "themes",
    "theme_evidence",
}


# ---------------------------------------------------------------------------------------------------
# 2. lossless and traceable
# ---------------------------------------------------------------------------------------------------


@settings(FAST, max_examples=80)
@given(TEXTS)
@example("The.")  # an untitled document
def test_lossless_and_traceable(text):
    corpus = load(text)
    assert_lossless(corpus, DOC)
    assert_traceable(corpus)


# ---------------------------------------------------------------------------------------------------
# 3. every table computes, and every offset is a true offset
# ---------------------------------------------------------------------------------------------------


def offset_pairs(df: pd.DataFrame):
    """Source-offset column pairs of a table: ``start``/``end`` and ``x_start``/``x_end`` (not years)."""
    for col in df.columns:
        if col == "start" or (col.endswith("_start") and not col.startswith("year")):
            end = col[: -len("start")] + "end"
            if end in df:
                yield col, end


MARK = re.compile(rf"[0-9]+|[{SUPERSCRIPT}]+")


def assert_offsets(corpus, text):
    for name, df in corpus.tables().items():
        for a, b in offset_pairs(df):
            for s, e in zip(df[a], df[b]):
                if a != "start" and pd.isna(s) and pd.isna(e):
                    continue  # an optional pair (no heading, no title, no reference) is empty in both
                assert 0 <= s < e <= len(text), f"{name}.{a}:{b} = {s}:{e} outside 0:{len(text)}"
    for name in ("mentions", "timexes", "theme_evidence"):
        for r in corpus.tables()[name].itertuples():
            assert text[r.start : r.end] == r.surface, f"{name}: text[{r.start}:{r.end}] != {r.surface!r}"
    for r in corpus.footnotes.dropna(subset=["ref_start"]).itertuples():
        mark = text[r.ref_start : r.ref_end]
        assert MARK.fullmatch(mark), f"footnote {r.number}: reference {mark!r} is not a mark"
        assert note_number(mark) == r.number, f"footnote {r.number}: reference {mark!r} is another number"


@settings(FAST, max_examples=45)
@given(TEXTS)
@example(RELATIVE_BEFORE_ANY_DATE)
@example(RELATIVE_AFTER_DECADE)
def test_every_table_computes_with_true_offsets(text):
    corpus = load(text)
    tables = corpus.tables()  # computing every table is part of the property: nothing may raise
    assert set(tables) >= BRIEF_TABLES
    assert all(isinstance(df, pd.DataFrame) for df in tables.values())
    assert_offsets(corpus, text)


# ---------------------------------------------------------------------------------------------------
# 4. line endings do not change the reading text
# ---------------------------------------------------------------------------------------------------

LF_TEXTS = st.one_of(
    documents(endings=False), documents(endings=False), ONLY_FOOTNOTES, st.text(ALPHABET, max_size=300), TOKEN_SOUP
).filter(lambda t: "\r" not in t)


@settings(FAST, max_examples=70)
@given(LF_TEXTS)
@example(EMPHASIS_OVER_LINE_BREAK)
def test_line_endings_do_not_change_paragraphs(text):
    assume(not all(is_blank(ch) for ch in text))  # a blank text is refused (InputError)
    assume(not headings_only(text))  # so is a text of markdown headings only
    lf = kzlib.load(texts={DOC: text}, codebook=SHIPPED).paragraphs.text.tolist()
    crlf = kzlib.load(texts={DOC: text.replace("\n", "\r\n")}, codebook=SHIPPED).paragraphs.text.tolist()
    cr = kzlib.load(texts={DOC: text.replace("\n", "\r")}, codebook=SHIPPED).paragraphs.text.tolist()
    assert crlf == lf, "CRLF endings read differently from LF"
    assert cr == lf, "CR endings read differently from LF"


# ---------------------------------------------------------------------------------------------------
# 5. determinism
# ---------------------------------------------------------------------------------------------------


@settings(FAST, max_examples=12)
@given(TEXTS)
@example(RELATIVE_BEFORE_ANY_DATE)
@example(RELATIVE_AFTER_DECADE)
def test_loading_twice_gives_equal_tables(text):
    first, second = load(text).tables(), load(text).tables()
    for name in first:
        assert first[name].equals(second[name]), f"{name} differs between two loads of the same text"
