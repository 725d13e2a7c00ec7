"""The action grammar's tokeniser: its fast paths (ASCII, printable stretches) split exactly as the general pattern does."""

import random

from kzlib import paths
from kzlib.action_tokens import TOKEN_SPLIT, TOKEN_SPLIT_ASCII, Sentence, _apposed_names, _words, token_fields, tokens
from kzlib.action_vocabulary import ACTORS, END, FINITE, LOW, POSS, START, TEXT, build_name_context, current_codebook

SEED = paths.SEEDS / "ch05-new-focus-new-grounding.txt"


def test_the_ascii_split_is_the_general_split():
    rng = random.Random(7)
    alphabet = list("aZ9_ '.-,;:!?()\"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x7f~") + ["U.S.", "Kazakh-American", "it's", "1.5"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25))) for _ in range(3000)]
    texts += [chr(c) for c in range(128)]
    for text in texts:
        assert TOKEN_SPLIT_ASCII.split(text) == TOKEN_SPLIT.split(text), repr(text)


def _by_regex(stretch: str, pos: int) -> list[tuple[int, int, str, bool]]:
    """TOKEN's words of a stretch by the general split: (start, end, word, ends in 's)."""
    parts = TOKEN_SPLIT.split(stretch)
    bounds = [pos]
    for part in parts:
        bounds.append(bounds[-1] + len(part))
    said = parts[1::2]
    return [(s, e, w, w.endswith(("'s", "’s"))) for s, e, w in zip(bounds[1::2], bounds[2::2], said)]


def test_the_words_are_the_general_splits_words():
    """:func:`_words` splits a printable stretch by its blanks and only the chunks with marks by the regex, and
    finds the possessive words by their marks: the same words, offsets and possessives as the regex split."""
    rng = random.Random(11)
    alphabet = list("ab Z9_'’.-,()\"“”sé\u0301\xa0\n\t") + ["'s", "’s", "U.S.", "  ", "x_", "_", "Kazakh-American"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(4000)]
    texts += ["Kazakhstan's (2015), U.S.-Kazakh ties; it's “new”.", " a  b ", "_a a_ _ ,_"]
    chapter = SEED.read_text(encoding="utf-8").split("\n\n")  # long stretches too, printable or with line breaks
    texts += chapter + ["\n".join(chapter[k : k + 3]) for k in range(0, len(chapter), 3)]
    for text in texts:
        for pos, end in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 2))):
            words, starts = _words(text, pos, end, lambda low: False)
            got = [(w[START], w[END], w[TEXT], w[POSS]) for w in words]
            assert got == _by_regex(text[pos:end], pos), repr(text[pos:end])
            assert starts == [w[START] for w in words], repr(text[pos:end])
            assert all(text[w[START] : w[END]] == w[TEXT] and w[LOW] == w[TEXT].lower() for w in words)


def test_apposed_names_are_the_full_scans_names():
    """:func:`_apposed_names` tries ``after`` only at the capitals before an apposed title's comma: the same spans
    as ``after.finditer`` over the whole text."""
    after, apposed = current_codebook().compiled(build_name_context)[1::3]
    rng = random.Random(13)
    parts = ["Jennifer Klein", ", Assistant to the President", ", the Special Representative", " R. ", "Jake", " "]
    parts += [" Sullivan", ", ", "Mary-Ann Smith", "\n", "x", ".", ", Secretary of State", "O'Neil", " the ", "9"]
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    texts.append("They met Jake Sullivan, National Security Advisor, and Eric Green, Senior Director.")
    assert any(after.search(text) for text in texts)
    for text in texts:
        assert _apposed_names(text, after, apposed) == [m.span(1) for m in after.finditer(text)], repr(text)


def test_a_sentence_sliced_from_its_paragraphs_fields_reads_its_own_tokens():
    """:mod:`kzlib.actions` slices a sentence's parallel lists from its paragraph's :func:`token_fields`: the same lists
    as a sentence that makes them from its own tokens, each the field of its token."""
    text = "On Monday, Kazakhstan's President met Jake Sullivan; they signed it. The U.S. side, however, did not."
    toks = tokens(text, [(11, 21, "KAZ", "name"), (32, 41, "other:President", "titled")])
    starts, texts, lows, acts, fins = token_fields(toks)
    assert starts == [x[START] for x in toks] and any(acts) and any(fins)
    for a, b in ((0, len(toks)), (0, 5), (3, 14), (len(toks) - 4, len(toks)), (2, 2)):
        sliced = Sentence(toks[a:b], None, (texts[a:b], lows[a:b], acts[a:b], fins[a:b]))
        plain = Sentence(toks[a:b], None)
        for s in (sliced, plain):
            assert s.texts == [x[TEXT] for x in s.t] and s.lows == [x[LOW] for x in s.t]
            assert s.acts == [x[ACTORS] for x in s.t] and s.fins == [x[FINITE] for x in s.t]
        assert (sliced.commas, sliced.clause, sliced.bounds) == (plain.commas, plain.clause, plain.bounds)


def _clauses_by_walk(lows: list[str], fins: list[bool]) -> tuple[list[int], dict[int, list[int]], list[int]]:
    """Each token's clause id by a walk over every token, the bounds read off the ids, and the commas: what
    :class:`Sentence` makes by visiting the clause marks only."""
    from kzlib.action_tokens import CLAUSE_PUNCT, CLAUSE_WORDS, SUB_OPEN

    ids, c, sub = [], 0, False
    seen_finite = False
    for k, low in enumerate(lows):
        seen_finite = seen_finite or fins[k]
        after_comma = k > 0 and lows[k - 1] == ","
        if (
            (k == 0 or (after_comma and low != "as"))
            and low in SUB_OPEN
            and lows[k + 1 : k + 2] not in (["a"], ["well"], ["of"])
        ):
            sub = True
        if low == "," and sub and seen_finite:
            ids.append(c)
            c += 1
            sub = False
            continue
        if low in CLAUSE_PUNCT or (after_comma and low in CLAUSE_WORDS | {"which", "who"}):
            c += 1
        ids.append(c)
    bounds: dict[int, list[int]] = {}
    for k, i in enumerate(ids):
        bounds.setdefault(i, [k, k])[1] = k + 1
    return ids, bounds, [k for k, low in enumerate(lows) if low == ","]


def test_clauses_made_at_the_marks_are_the_walks_clauses():
    """:class:`Sentence` visits only the clause marks and reads each clause's bounds as it closes it: the same ids,
    bounds (none for a clause without tokens) and commas as a walk over every token."""
    rng = random.Random(17)
    words = [",", ",", ";", ":", "?", "—", "but", "while", "which", "who", "as", "if", "because", "a", "well", "of"]
    words += ["x", "y", "said", "met", "the"]
    for _ in range(4000):
        lows = [rng.choice(words) for _ in range(rng.randint(0, 14))]
        fins = [w in ("said", "met") for w in lows]
        s = Sentence([None] * len(lows), None, (lows, lows, [()] * len(lows), fins))
        assert (s.clause, s.bounds, s.commas) == _clauses_by_walk(lows, fins), lows


def test_a_portfolio_starts_at_or_after_the_first_titled_name():
    """:func:`other_persons` scans for portfolios from the first ``titled`` match only: a portfolio match is also
    one of ``titled`` where it starts, so the scan from there finds every one (and a text without a titled name
    has none)."""
    titled, _, _, portfolio, _ = current_codebook().compiled(build_name_context)
    rng = random.Random(19)
    parts = ["Minister", " of ", " for ", "Foreign", " Energy", " and ", "Central Asia", " the ", "Eric Green", ", "]
    parts += ["Director", "Senior", " Russia", "x", "\n", "Secretary of State", " Jake", " Sullivan", "(", ". "]
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 16))) for _ in range(4000)]
    texts.append("Senior Director for Russia and Central Asia Eric Green met Foreign Minister Murat Nurtleu.")
    assert any(portfolio.search(text) for text in texts)
    for text in texts:
        first = titled.search(text)
        plain = [m.span() for m in portfolio.finditer(text)]
        assert [m.span() for m in portfolio.finditer(text, first.start())] == plain if first else not plain, text
