"""The speed shortcuts give what the plain rules give: each prefilter or rewritten regex against its plain form."""

import random
import re

import pytest

from kzlib import actors, structure, timex

DATES = [
    "March 19, 2019",
    "19 March 2019",
    "2019-03-19",
    "5-7 March 2021",
    "March 5–7, 2021",
    "Q3 2021",
    "2021 Q3",
    "H2 2020",
    "FY2020",
    "fiscal year 21",
    "5 Jan",
    "Jan. 5",
    "on Monday",
    "late September 2013",
    "the autumn of 2021",
    "the SPRING OF 2020",
    "the first half of 2019",
    "the 2nd quarter of 2018",
    "the mid-2010s",
    "the 1990s",
    "2015-2021",
    "between 2015 and 2019",
    "from 2015 to 2016",
    "by 2030",
    "since 2006",
    "three decades",
    "almost a decade",
    "several months later",
    "two years ago",
    "today",
    "the day before yesterday",
    "Tomorrow",
    "at present",
    "At the time of writing",
    "as of this writing",
    "annually",
    "every year",
    "this year",
    "last month",
    "Resolution 1973",
    "1900 people",
    "Dec 2020",
    "Sept. 3, 2019",
    "2020/21",
    "the 5th of May",
    "May 5th",
]
FILLER = ["the", "and", "Kazakhstan", "said", "in", "of", ",", ".", "year", "day", "May", "march", "fall", "Half"]


def _texts(n: int = 400) -> list[str]:
    rng = random.Random(15)
    out = list(DATES)
    for _ in range(n):
        words = [rng.choice(DATES) if rng.random() < 0.3 else rng.choice(FILLER) for _ in range(rng.randint(1, 25))]
        out.append(" ".join(words))
    return out


def _as_rows(found):
    return [vars(t) for t in found]


def test_timex_prefilters_change_nothing(monkeypatch):
    """Skipping windows without a form's need and texts without a cue's words or failing its gate, and the cues led
    by their first characters, find the same expressions."""
    texts = _texts()
    fast = [_as_rows(timex.find(t)) for t in texts]
    monkeypatch.setattr(timex, "NEEDS", {})
    monkeypatch.setattr(timex, "CUE_NEEDS", dict.fromkeys(timex.CUES))
    monkeypatch.setattr(timex, "CUE_WORDS", dict.fromkeys(timex.CUES, ("",)))  # "" is in every text
    monkeypatch.setattr(timex, "CUE_OPENERS", {})  # each cue scanned by the regex engine
    monkeypatch.setattr(timex, "CUE_GATES", {})
    monkeypatch.setattr(timex, "CUES_LED", {})
    assert [_as_rows(timex.find(t)) for t in texts] == fast


def test_forms_searched_from_before_each_anchor_find_the_same(monkeypatch):
    """A form looked for only from its prefix's width before each year or unit word of a window (timex._prefix_width,
    timex._anchors, timex._matches_by_anchor) finds what the scan of the whole window finds: on generated texts of
    modifiers, parts, months, days, ranges, years, counts and units, with single and double spaces (a double one
    turns the shortcut off), years inside numbers or after a sign, and the long s ("ſpring", a unit window out of
    ASCII is scanned whole); each width's exactness is tested on the widest matches below."""
    alphabet = ["by ", "Since ", "not later than ", "beginning around ", "2015", "1999", "-", "–", " ", "  ", "\n"]
    alphabet += [
        ",",
        ".",
        "late ",
        "the end of ",
        "the beginning of the year ",
        "March ",
        "Sept. ",
        "5 ",
        "12th ",
        "Q3 ",
    ]
    alphabet += ["of ", "from ", "between ", "and ", "to ", "the spring ", "first half of ", "3. ", "März ", "onward"]
    alphabet += ["s", "%", "$", "a", "12", "FY", "two ", "a few ", "days ", "Years later", "the next week", "ago"]
    alphabet += ["half a year", "a quarter of a century", "and a half ", "\u017fpring ", "twenty-five ", "almost "]
    alphabet += ["YEAR", "-day", "this spring"]
    texts = _lead_texts(alphabet, 4000) + _texts(600)
    fast = [_as_rows(timex.find(t)) for t in texts]
    assert any(timex._prefix_width(name) for name in timex.FORMS)
    monkeypatch.setattr(timex, "_prefix_width", lambda name: None)
    assert [_as_rows(timex.find(t)) for t in texts] == fast


# a match of each anchored form whose text before its year or unit word is as wide as the form allows
WIDEST_PREFIX = {
    "half": "x beginning around the beginning of the year the second quarter of 2015 y",
    "month": "x beginning around the beginning of the year-September of 2015",
    "year": "x beginning around the beginning of the year 2015",
    "quarter": "x beginning around the beginning of the year Q3 of 2015",
    "day_mdy": "x beginning around September 12th, 2015",
    "range": "x between 2015 and 2019",
    "duration": "x approximately the first seventy-seven years",
    "and_half_before": "x approximately seventy-seven and a half years",
    "relative": "x seventy-seven years later",
    "anaphoric": "x the following year",
}


@pytest.mark.parametrize("name", sorted(WIDEST_PREFIX))
def test_each_prefix_width_is_the_widest_a_match_holds(monkeypatch, name):
    """A match as wide before its anchor as its form allows is found with the form's width and lost with one
    character less: each width is exact, so the generated texts above need not reach it (they once passed
    with several widths six characters short)."""
    text, width = WIDEST_PREFIX[name], timex._prefix_width
    found = _as_rows(timex.find(text))
    assert found and width(name)
    monkeypatch.setattr(timex, "_prefix_width", lambda n: None)  # every form scanned over its whole window
    assert _as_rows(timex.find(text)) == found
    monkeypatch.setattr(timex, "_prefix_width", lambda n: width(n) - 1 if n == name else width(n))
    assert _as_rows(timex.find(text)) != found


def _lead_texts(alphabet, n=3000, seed=15):
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(n)]


def test_cues_found_by_their_words_are_what_the_regex_finds():
    """lead.by_words (each opening word found with str.find, the cue tried only there) gives the spans finditer
    gives, for every cue timex reads that way, on generated lower-case texts where the words overlap ("dayear",
    "yesterday", "todayear") and stand inside other words; and every match of those cues opens with one of them."""
    from kzlib import lead

    for cue, words in timex.CUE_OPENERS.items():
        rx = timex.CUES[cue]
        alphabet = list(words) + ["ear", "y", "d", " ", ",", "1", "2019", "of ", "-", ".", "é", "k"] + list(words[:3])
        for text in _lead_texts(alphabet) + [t.lower() for t in _texts()]:
            plain = [m.span() for m in rx.finditer(text)]
            assert lead.by_words(rx, text, words) == plain, (cue, text)
            assert all(text.startswith(words, s) for s, _ in plain), (cue, text)


def test_patterns_led_by_their_first_characters_match_as_before():
    """lead.led (the class of a pattern's first characters, the pattern looked for from there) finds what the
    plain pattern finds, read with lead.finditer (leftmost, none overlapping, true ends and groups) and with
    search (whether a window holds a match): every timex form, cue and need, structure's reference marks,
    chronology's future cues and clause breaks, in random windows of generated
    texts of date words, case changes, digits and non-ASCII letters that fold to ASCII ones (the Kelvin sign
    and the long s match k and s when case is ignored)."""
    from kzlib import chronology, lead, lexicon

    patterns = [(p, 0) for p in timex.FORMS.values()]
    patterns += [(rx.pattern, rx.flags) for rx in timex.CUES.values()]
    patterns += list(dict.fromkeys((rx.pattern, rx.flags) for rx in timex.NEEDS_PLAIN.values()))
    patterns.append((structure.PLAIN_REF.pattern, 0))
    patterns += [(rx.pattern, rx.flags) for rx in (lexicon.FUTURE_CUE, lexicon.FUTURE_WORD)]
    patterns += [(chronology.CLAUSE_BREAK.pattern, 0), (chronology.PART_BREAK.pattern, 0)]
    patterns += [(r"(?<!\w)(?:ab)?\d+|xy", 0), (r"\s*a", 0), (r"[^a]b", 0), (r"(?i:\u212a)x|é", 0)]
    alphabet = ["March 5, 2019", "by ", "Since ", "2015", "-", "–", " ", "\n", ",", ".", "s", "S", "\u017fpring"]
    alphabet += ["\u212a", "k", "the ", "late ", "Q3", "fall ", "FALL ", "Today", "years ago", "é", "x", "ab", "7"]
    alphabet += ['"', "”", "’", ")", "!", ";", "12", "a", "1993.3"]
    alphabet += ["will ", "WILL", "we’ll", "'ll", " plans to ", "Aims To", ", while ", "; ", " – ", ": ", " and "]
    rng = random.Random(15)
    texts = _lead_texts(alphabet, 1500) + _texts(100)
    for pattern, flags in patterns:
        plain, led = re.compile(pattern, flags), lead.led(pattern, flags)
        if led is None:
            continue
        cls = re.compile(lead.lead_class(pattern, flags))
        for text in texts:
            lo = rng.randint(0, len(text))
            hi = rng.randint(lo, len(text))
            want = [(m.span(), m.groupdict(), m.regs[1:]) for m in plain.finditer(text, lo, hi)]
            got = [
                ((s, e), {k: v for k, v in m.groupdict().items() if k != lead.END}, m.regs[1:-1])
                for s, e, m in lead.finditer(led, text, lo, hi)
            ]
            assert got == want, (pattern, text, lo, hi)
            assert (led.search(text, lo, hi) is None) == (plain.search(text, lo, hi) is None)
            assert all(cls.match(text, s) for (s, _), *_ in want)
    assert lead.led(r"a?", 0) is None and lead.led(r".b", 0) is None  # no class narrows these
    for used in (
        chronology.CLAUSE_BREAK_LED,
        chronology.PART_BREAK_LED,
        chronology._FUTURE_CUE,
        chronology._FUTURE_WORD,
    ):
        assert used.pattern.startswith("[^")  # led, so checked above against its plain form


def test_every_cue_match_holds_one_of_its_words():
    """The words that let a text skip a cue's scan (``CUE_WORDS``) are in every match of the cue (``CUES``)."""
    for text in _texts():
        lower = text.lower()
        for cue, rx in timex.CUES.items():
            for m in rx.finditer(lower):
                assert any(w in m.group(0) for w in timex.CUE_WORDS[cue]), (cue, m.group(0))
            gate = timex.CUE_GATES.get(cue)
            needed = gate is not None and all(timex.NEEDS.get(f) is gate for f, c in timex.FORM_CUE.items() if c == cue)
            if gate is not None and not needed and rx.search(lower):  # a gate no form needs holds where the cue does
                assert gate.search(text), (cue, text)


@pytest.mark.parametrize(
    "fast, plain, alphabet",
    [
        (
            structure.YEAR_REF,
            r"(?<![\d.,])(?:1[89]|20)\d\d[.,;:](\d{1,3})(?![\w.,%])",
            ["1", "2", "0", "9", "8", ".", ",", ";", "a", " ", "\n", "%", "2019", "1993"],
        ),
        (
            actors.CAPITALISED,
            r"(?<![\w-])(?:[A-Z][a-z]{5,}|[A-Z]{4,6})(?![\w-])",
            ["A", "a", "Z", "z", "-", " ", "1", "\n", "é", "Kazakh", "USA", "ABCDEFG", "Washington"],
        ),
    ],
)
def test_regexes_led_by_a_character_match_as_before(fast, plain, alphabet):
    """A regex rewritten to start with a character (so the engine skips to it) finds the same matches."""
    plain = re.compile(plain)
    rng = random.Random(15)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ], text


def test_reading_and_paragraph_at_by_bisection():
    """``corpus.reading`` and ``Document.paragraph_at`` (bisection over offsets) read as the per-character scan."""
    import kzlib

    text = (
        "# A Title\n\nSome *emphasis* and \\$7 text with a\nline break, a mark.¹\n\n¹ A note.\n\n"
        "lower continuation of it.\n\n- item one\n- item two\n\nZero\u200bwidth\u00a0and   spaces\t\ttabs, Kazakh\u00adstan.\n"
    )
    c = kzlib.load(texts={"t": text})
    d = c.docs["t"]

    def plain_at(pos):
        return next((p for p in d.paragraphs if any(s <= pos < e for s, e in p.spans)), None)

    def plain_reading(start, end):
        p = plain_at(start)
        if p is None:
            return text[start:end]
        return "".join(ch for ch, pos in zip(p.text, p.offsets) if start <= pos < end).strip()

    for start in range(-1, len(text) + 2):
        assert d.paragraph_at(start) is plain_at(start)
        for end in range(start, min(start + 40, len(text) + 2), 3):
            assert c.reading("t", start, end) == plain_reading(start, end), (start, end)


def test_title_and_name_regexes_led_by_a_character_match_as_before():
    """The candidates' phrase and title regexes and the actions' name regexes, each led by a character (the
    lookbehind after it), find what their plain forms (the lookbehind first) find."""
    from kzlib import action_vocabulary, candidates
    from kzlib.codebook import Codebook

    cb = Codebook.load()
    upper = [t for t in cb.title_list if t[:1].isupper()]

    def alt(titles):
        return "|".join(r"\s+".join(re.escape(w) for w in t.split()) for t in titles)

    word = r"(?:[A-Z][a-z]{0,2}\.(?=\s)|[A-Z][\w’'-]*)"
    name = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    titled, after, *_ = cb.compiled(action_vocabulary.build_name_context)  # (small touches by actions: 5 regexes now)
    cw = candidates.WORD
    pairs = [
        (candidates.PHRASE, rf"(?<![\w'’-])(?:{cw})(?:[ \t]+(?:{candidates.CONNECTORS}[ \t]+)*(?:{cw}))*"),
        (candidates._titles_pattern(cb), rf"(?<![\w-])(?:{alt(cb.title_list)})\.?(?![\w-])"),
        (titled, rf"(?<![\w.’'-])(?:{alt(upper)})(?:\s+(?:(?:of|for|to)\s+(?:the\s+)?)?{word})+"),
        (
            after,
            rf"(?<![\w.’'-])({name}),\s+(?:(?:Special|Senior|Deputy|Principal|Chief)\s+)?(?:{alt(upper)})\b(?![\w’'-])",
        ),
    ]
    alphabet = list("aAbZ.-'’ \t\n,xQé_1") + ["of ", "the ", "for ", "U.S.", "S. ", "Jon Finer", "Ann-Lee Smith"]
    alphabet += list(cb.title_list[:25]) + [t.lower() for t in cb.title_list[:5]] + [", " + t for t in upper[:5]]
    rng = random.Random(15)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    for fast, plain in pairs:
        plain = re.compile(plain)
        for text in texts:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
                (m.span(), m.groups()) for m in plain.finditer(text)
            ], text
    from kzlib.phrases import led_alternation

    assert re.compile(led_alternation(["A", " ", "Mr X"], r"\w")).pattern.count("(?<![") == 3


def test_phrase_tries_led_by_a_character_match_as_before():
    """A phrase trie led by each phrase's first character (the word-start lookbehind after it) finds the same
    starts, ends and phrases as its plain form (the lookbehind first), on the shipped actor surfaces, the theme
    terms and a small list with a character class, escapes and a phrase that is a prefix of another."""
    from kzlib import phrases, themes
    from kzlib.codebook import Codebook

    cb = Codebook.load()
    surfaces = [s.text for s in cb.surfaces]
    lists = [
        ([actors._fragments(s) for s in surfaces], r"(?!\w)"),
        (cb.compiled(themes._terms)[1], r"(?![\w+])"),
        (
            [actors._fragments(s) for s in ["the US", "U.S.", "US", "the U.S. Senate", "A-B", "A", "é-x", "(a)"]],
            r"(?!\w)",
        ),
    ]
    alphabet = (
        list("aAtTUSs.- \n,é(x)_1")
        + ["the ", "U.S.", "The "]
        + surfaces[::9]
        + [t.term for t in cb.theme_terms.itertuples()][::7]
    )
    rng = random.Random(15)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    for fragments, end in lists:
        led = phrases._led(phrases._trie(fragments), end)
        assert led is not None
        led, plain = re.compile(led), re.compile(phrases._plain(phrases._trie(fragments), end))
        for text in texts:
            assert list(phrases.starts(phrases.PhraseRegex(led), text)) == list(
                phrases.starts(phrases.PhraseRegex(plain), text)
            ), text


def test_empty_tables_are_what_pandas_builds():
    """corpus._frame without rows against a fresh plain build (object columns, Int64 offsets) (see test_frames.py for
    the builder on every kind of column)."""
    import pandas as pd

    from kzlib import corpus

    for table, columns in corpus.COLUMNS.items():
        plain = pd.DataFrame([], columns=columns).astype({c: "Int64" for c in columns if c in corpus.INT_COLUMNS})
        pd.testing.assert_frame_equal(corpus._frame([], table), plain)


def test_frame_from_rows_is_the_column_by_column_build():
    """corpus._frame (columns taken with itemgetter when every row has every key) against the plain build: a list
    per column with a missing key as NaN, integer columns through pd.array; rows of every kind of value."""
    import pandas as pd

    from kzlib import corpus

    rng = random.Random(15)
    nan = float("nan")
    values = [None, nan, 0, 7, 2**40, "", "a,b", "Kazakh", True, 2.5]
    for _ in range(300):
        table = rng.choice(sorted(corpus.COLUMNS))
        columns = corpus.COLUMNS[table]
        ints = [c for c in columns if c in corpus.INT_COLUMNS]
        rows = []
        for _ in range(rng.randint(1, 4)):
            row = {c: rng.choice(values[:5] if c in ints else values) for c in columns}
            if rng.random() < 0.2:
                del row[rng.choice(columns)]
            rows.append(row)
        data = {c: [r.get(c, nan) for r in rows] for c in columns}
        plain = pd.DataFrame({c: pd.array(v, dtype="Int64") if c in ints else v for c, v in data.items()})
        built = corpus._frame(rows, table)
        if not same_frame(built, plain):  # assert_frame_equal only says where they differ
            pd.testing.assert_frame_equal(built, plain)


def same_frame(a, b) -> bool:
    """What ``pd.testing.assert_frame_equal(a, b)`` checks, and more strictly (cells exactly, None apart from NaN), in
    a fifth of its time: the same cells (``DataFrame.equals``: NaN beside NaN), dtypes, labels, their dtypes and
    names, and flags."""
    return (
        a.equals(b)
        and list(a.dtypes) == list(b.dtypes)
        and all(
            x.equals(y) and type(x) is type(y) and x.dtype == y.dtype and x.names == y.names
            for x, y in ((a.index, b.index), (a.columns, b.columns))
        )
        and a.flags == b.flags
    )


def test_the_led_special_characters_pattern_finds_what_the_plain_one_finds():
    """markup._SPECIAL (led by the class of its first character) against its plain form, on generated strings of
    spaces, line breaks, tabs, no-break and other Unicode spaces, non-ASCII letters and plain ASCII, searched in
    slices (as reading_text searches each segment)."""
    from kzlib import markup

    plain = re.compile(r"\s{2,}|[^\S ]|[^\x00-\x7f]")
    alphabet = [" ", "  ", "\n", "\t", "\r\n", "\xa0", "\u2009", "\u3000", "\x1c", "\x85", "é", "’", "\U0001f600"]
    alphabet += ["a", "b.", "x\u200b", "7"]
    rng = random.Random(131)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        got = [m.span() for m in markup._SPECIAL.finditer(text, lo, hi)]
        assert got == [m.span() for m in plain.finditer(text, lo, hi)], repr(text)


def test_actor_and_pair_tables_built_from_columns_are_what_pandas_builds_from_rows():
    """corpus.actor_table and network.cooccurrence build their frames from columns; against the plain row-wise builds
    (rows selected from the codebook, columns assigned; a frame from row tuples) on generated mentions, none too."""
    import pandas as pd

    from kzlib import corpus, network
    from kzlib.codebook import Codebook

    cb = Codebook.load()
    ids = cb.actors.actor_id.tolist()
    rng = random.Random(7)
    for n in (0, 1, 5, 60):
        rows = [
            dict(doc_id=f"d{rng.randint(1, 2)}", actor_id=rng.choice(ids[:12]), para_id=f"P{rng.randint(1, 4)}")
            for _ in range(n)
        ]
        for r in rows:
            r["sent_id"] = f"{r['para_id']}.{rng.randint(1, 3)}"
        mentions = corpus._frame(rows, "mentions")
        counts = corpus.actor_counts(mentions)
        order = sorted((i for i, a in enumerate(ids) if a in counts), key=lambda i: (-counts[ids[i]][0], ids[i]))
        plain = cb.actors.iloc[order][[c for c in corpus.COLUMNS["actors"] if c in cb.actors]].reset_index(drop=True)
        plain["mentions"] = pd.array([counts[ids[i]][0] for i in order], dtype="Int64")
        plain["paragraphs"] = pd.array([counts[ids[i]][1] for i in order], dtype="int64")
        plain["documents"] = pd.array([counts[ids[i]][2] for i in order], dtype="int64")
        pd.testing.assert_frame_equal(corpus.actor_table(counts, cb), plain[corpus.COLUMNS["actors"]])
        pairs = pd.DataFrame(network.pair_rows(mentions), columns=network.COLUMNS)
        pd.testing.assert_frame_equal(network.cooccurrence(mentions), pairs)


def _plain_pairs(mentions) -> list[tuple]:
    """The co-occurrence rows the plain way: each unit's sorted actors paired, counted, rows sorted as tuples."""
    from collections import Counter
    from itertools import combinations

    units: dict = {}
    for d, s, p, a in zip(
        mentions.doc_id.tolist(), mentions.sent_id.tolist(), mentions.para_id.tolist(), mentions.actor_id.tolist()
    ):
        sents, paras = units.setdefault(d, ({}, {}))
        sents.setdefault(s, set()).add(a)
        paras.setdefault(p, set()).add(a)
    rows = []
    for d in sorted(units):
        in_sents, in_paras = (
            Counter(pair for ids in unit.values() for pair in combinations(sorted(ids), 2)) for unit in units[d]
        )
        for p, s, a, b in sorted((-in_paras[k], -in_sents[k], *k) for k in in_paras.keys() | in_sents.keys()):
            rows.append((d, a, b, -s, -p))
    return rows


def test_pairs_and_actor_counts_by_c_level_iterators_are_the_plain_counts():
    """network.pair_columns (pairs as ranks, ranked by one int each) and corpus.actor_counts (distinct tuples
    counted) against the plain loops on generated mentions: several documents, ids whose order differs from their
    first appearance, a sentence id missing (its actors pooled), ties of every kind; and on the chapter."""
    import kzlib
    from kzlib import corpus, network

    rng = random.Random(11)
    tables = [kzlib.load("seeds/ch05-new-focus-new-grounding.txt").mentions]
    for n in (0, 1, 2, 5, 40, 300):
        rows = [
            dict(doc_id=f"d{rng.randint(1, 3)}", actor_id=rng.choice(["kaz", "usa", "a", "Zed", "rus-x", "rus"]))
            for _ in range(n)
        ]
        for r in rows:
            r["para_id"] = f"P{rng.randint(1, 4)}"
            r["sent_id"] = f"{r['para_id']}.{rng.randint(1, 3)}" if rng.random() < 0.9 else None
        tables.append(corpus._frame(rows, "mentions"))
    for mentions in tables:
        assert network.pair_rows(mentions) == _plain_pairs(mentions)
        plain: dict = {}
        for d, p, a in zip(mentions.doc_id.tolist(), mentions.para_id.tolist(), mentions.actor_id.tolist()):
            k, paras, docs = plain.setdefault(a, ([0], set(), set()))
            k[0] += 1
            paras.add((d, p))
            docs.add(d)
        counts = corpus.actor_counts(mentions)
        assert list(counts.items()) == [(a, [k[0], len(p), len(d)]) for a, (k, p, d) in plain.items()]


def test_fewer_collections_leave_the_thresholds_as_they_were():
    """The collector's thresholds, raised while tables are computed, are as before afterwards: nested, with two
    threads whose table computations overlap (the first to open closes first), and after every table of a text."""
    import gc
    import threading

    import kzlib
    from kzlib.corpus import few_collections

    before = gc.get_threshold()
    with few_collections(), few_collections():
        assert gc.get_threshold()[0] >= 20_000
    assert gc.get_threshold() == before
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()

    def first():  # opens first and closes first, while the second is still open
        with few_collections():
            first_in.set()
            second_in.wait(10)
        first_out.set()

    def second():
        first_in.wait(10)
        with few_collections():
            second_in.set()
            first_out.wait(10)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert gc.get_threshold() == before
    kzlib.load(texts={"t": "A Title\n\nKazakhstan and Russia met in 2019.\n"}).tables()
    assert gc.get_threshold() == before


def test_a_paused_collector_comes_back_as_it_was():
    """kzlib.collector's pause (export batches, the CLI's imports): off while any pause is open, nested or not, on
    again after the last one closes, with the thresholds as before; a collector that was off stays off."""
    import gc

    from kzlib.collector import few_collections

    before = gc.get_threshold()
    assert gc.isenabled()
    with few_collections(pause=True):
        assert not gc.isenabled()
        with few_collections(), few_collections(pause=True):
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled() and gc.get_threshold() == before
    gc.disable()
    try:
        with few_collections(pause=True):
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_csv_text_is_what_pandas_writes():
    """export.csv_text against ``df.to_csv(index=False, lineterminator="\\n")`` on generated tables: text cells with
    commas, quotes, line breaks, carriage returns and blanks, missing values of every kind, nullable and plain
    integers, floats (tiny, huge, NaN), booleans, object cells of mixed types, one-column and empty tables."""
    import numpy as np
    import pandas as pd

    from kzlib.export import csv_text

    rng = random.Random(15)
    pieces = ["a", "Kazakh", ",", '"', "\n", "\r", " ", "’", "", "é", "1.5", ";", "\t", "'"]

    def text():
        return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))

    kinds = {
        "str": lambda n: pd.array([None if rng.random() < 0.2 else text() for _ in range(n)], dtype="str"),
        "object": lambda n: [rng.choice([None, text(), 3, 2.5, True, float("nan")]) for _ in range(n)],
        "Int64": lambda n: pd.array(
            [None if rng.random() < 0.3 else rng.randint(-5, 10**12) for _ in range(n)], "Int64"
        ),
        "int64": lambda n: np.array([rng.randint(-(2**40), 2**40) for _ in range(n)], dtype="int64"),
        "float64": lambda n: np.array(
            [
                rng.choice([0.1, 1e-05, 1e16, 2.0, float("nan"), 1 / 3, -0.0, float("inf"), 5e-324])
                if rng.random() < 0.5
                else rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)
                for _ in range(n)
            ]
        ),
        "bool": lambda n: np.array([rng.random() < 0.5 for _ in range(n)]),
    }
    for _ in range(300):
        n = rng.choice([0, 1, 2, 7])
        names = rng.sample(list(kinds), rng.randint(1, 4))
        df = pd.DataFrame({f"{k},{i}" if rng.random() < 0.1 else f"{k}{i}": kinds[k](n) for i, k in enumerate(names)})
        assert csv_text(df) == df.to_csv(index=False, lineterminator="\n"), df


def test_adherents_in_one_pass_is_the_scan_per_match(monkeypatch):
    """action_tokens.adherents (bisection and one walk over the bodies) finds what the plain form finds: for each
    "the <Stem>ists" not overlapping a taken span, the latest body ended before it whose name has the stem."""
    from kzlib import action_tokens

    kinds = {"isis": "organization", "cp": "organization", "syria": "state", "putin": "person", "x": None}
    monkeypatch.setattr(action_tokens, "actor_type", kinds.get)

    def plain(text, taken):
        out = []
        for m in action_tokens.ADHERENTS.finditer(text):
            s, e = m.span()
            if any(a < e and s < b for a, b, *_ in taken):
                continue
            words = {m.group(1) + end for end in action_tokens.MOVEMENT_ENDS}
            named = [
                actor
                for a, b, actor, _ in sorted(taken)
                if b <= s
                and kinds.get(actor) not in (None, "state", "person", "region")
                and words & set(text[a:b].split())
            ]
            if named:
                out.append((s, e, named[-1], "alias"))
        return out

    rng = random.Random(7)
    pieces = ["the Islamic State", "the Communist Party", "the Islamists", "the Communists", "Syria", "and", "Putin"]
    for _ in range(400):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Z][\w ]*?(?= and|$| [a-z])", text)]
        taken = [(a, b, rng.choice(list(kinds)), "name") for a, b in spans if rng.random() < 0.7]
        assert action_tokens.adherents(text, taken) == plain(text, taken), text


def test_theme_scores_from_places_are_the_plain_sums():
    """themes.scores (weights summed at each theme's place, a zero not rounded, typed columns) against the plain
    computation: every (paragraph, theme), a theme the ids lack, a repeated id, negative and zero weights."""
    import pandas as pd

    from kzlib import themes

    paragraphs = pd.DataFrame(dict(doc_id=["d", "d", "e"], para_id=["P1", "P2", "P1"], n_words=[7, 0, 3]))
    evidence = pd.DataFrame(
        dict(
            doc_id=["d", "d", "d", "e", "e", "d"],
            para_id=["P1", "P1", "P2", "P1", "P1", "P1"],
            theme_id=["a", "b", "a", "b", "z", "a"],
            weight=[0.5, -0.0001, 2.0, -1.0, 1.0, 0.25],
        )
    )
    ids = ["a", "b", "c", "a"]
    for flat in (False, True):
        got = themes.scores(paragraphs, evidence, ids, flat=flat)
        rows = []
        for d, p, n in paragraphs.itertuples(index=False):
            ev = evidence[(evidence.doc_id == d) & (evidence.para_id == p)]
            per = [
                round(100 * sum(1.0 if flat else w for w in ev.weight[ev.theme_id == t]) / max(n, 1), 3) for t in ids
            ]
            total = sum(per)
            for t, sc in zip(ids, per):
                rows.append((d, p, t, sc, int((ev.theme_id == t).sum()), round(sc / total, 3) if total else 0.0))
        plain = pd.DataFrame(rows, columns=themes.SCORE_COLUMNS)
        pd.testing.assert_frame_equal(got, plain)
        assert [str(x) for x in got.score] == [str(x) for x in plain.score]  # -0.0 stays -0.0
        assert [str(x) for x in got.share] == [str(x) for x in plain.share]  # the share of a negative total too
    empty = themes.scores(paragraphs.iloc[:0], evidence, ids)
    pd.testing.assert_frame_equal(
        empty, pd.DataFrame({c: [] for c in themes.SCORE_COLUMNS}, columns=themes.SCORE_COLUMNS)
    )
