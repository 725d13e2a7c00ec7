"""Speed shortcuts of the candidates table give what the plain rules give (see also test_shortcuts.py)."""

import random

from kzlib import candidates


def test_lower_words_asked_word_by_word():
    """candidates._LowerWords answers as the set of every LOWER_WORD of the texts would: "state-run" is one word and
    "run" inside it none, "an" after "Xi’" is one, "non-the" one."""
    rng = random.Random(16)
    alphabet = list("aA’'- \n\t.,x_1é") + ["state", "run", "Energy", "energy", "non-", "the", "’s", "Xi’an"]
    probes = ["a", "an", "energy", "run", "state-run", "x", "’s", "s", "the", "state", "a-", "é", "non-the"]
    for _ in range(2000):
        texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(1, 3))]
        every = {w for t in texts for w in candidates.LOWER_WORD.findall(t)}
        asked = candidates._LowerWords(texts)
        for w in probes + sorted(every):
            assert (w in asked) == (w in every), (texts, w)


def test_masked_blanks_overlapping_spans():
    """candidates._masked blanks the union of the spans, overlapping or not, as blanking them one by one does."""
    rng = random.Random(16)
    for _ in range(3000):
        text = "".join(rng.choice("ab c\n’-") for _ in range(rng.randint(0, 20)))
        spans = [
            tuple(sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))) for _ in range(rng.randint(0, 4))
        ]
        chars = list(text)
        for s, e in spans:
            chars[s:e] = "|" * (e - s)
        assert candidates._masked(text, spans) == "".join(chars), (text, spans)


def test_reading_text_shortcuts_find_what_the_plain_class_finds():
    """markup._SPECIAL's class (written as "not ASCII other than white space") is ``[\\s\\x80-\\U0010ffff]`` for every
    character, its matches are those of the plain alternatives, and a piece markup.plain_ascii passes holds none."""
    import re

    from kzlib import markup

    led = re.compile(markup._SPECIAL.pattern[: markup._SPECIAL.pattern.index("]") + 1])
    plain_class = re.compile(r"[\s\x80-\U0010ffff]")
    assert all(bool(led.match(chr(c))) == bool(plain_class.match(chr(c))) for c in range(0x110000))
    plain = re.compile(r"\s{2,}|[^\S ]|[^\x00-\x7f]")
    rng = random.Random(16)
    alphabet = list(" \t\n\r\x0b\x0c\x1c\x1f\x7f\xa0\u2003\u200bab.’é\U0001f600") + ["a b", "Kazakhstan "]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        found = [m.span() for m in markup._SPECIAL.finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)], text
        assert not (markup.plain_ascii(text) and found), text


def test_candidates_read_only_surfaces_found_often_enough():
    """A surface found fewer than ``min_count`` times is passed over before its words and context are read: the rows
    are those of the plain rules (every surface read: ``min_count`` 0), less the rows counted fewer times."""
    import kzlib

    from conftest import SHIPPED

    rng = random.Random(16)
    pieces = [
        "Pham Minh Chinh",
        "Pham Minh Chinh's",
        "the Mekong Delta Initiative",
        "Ministry of Foreign Affairs",
        "President Tran Van Ba",
        "Energy",
        "energy",
        "Similarly,",
        "Hanoi Summit EDT",
        "P.M. EDT",
        "USD",
        "March",
        "*The Future of Freedom* Bureau",
        "the Tigray government",
        "Kazakhstan",
        "Addis Ababa",
        "Q",
        "said",
        "and",
        ".",
    ]
    for n in range(40):
        paragraphs = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(rng.randint(1, 4))]
        c = kzlib.load(texts={"t": "Title\n\n" + "\n\n".join(paragraphs) + "\n"}, codebook=SHIPPED)
        doc = c.docs["t"]
        every = candidates.candidates(doc, SHIPPED, min_count=0)
        for k in (1, 2, 3):
            assert candidates.candidates(doc, SHIPPED, min_count=k) == [r for r in every if r["count"] >= k], n


def test_structure_shortcuts_are_the_plain_scans():
    """The parse shortcuts give what the plain scans give, on generated texts: lines cut by ``str.find`` where a text
    has no ``\\r`` (the matches of ``structure.LINE``), year reference marks tried only where "18", "19" or "20"
    stands (``YEAR_REF.finditer``), a block of one line placed without splitting it, and the length tests of the
    title and heading shapes made before the words are split; plain reference marks tried only before a digit in
    ASCII text (``PLAIN_REF.finditer``)."""
    import re

    from kzlib import structure

    def plain_lines(text):
        for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
            if m.start() == m.end() == len(text) and m.start() > 0:
                break
            s, e = structure._trimmed(text, m.start(), m.end())
            yield (s, e) if e > s else None

    def plain_place(block):
        rows = [r.strip() for r in re.split(r"\r\n|\r|\n", block) if r.strip()]
        places = [bool(structure.PLACE.fullmatch(r) or structure.PLACE_DATE.fullmatch(r)) for r in rows]
        if True not in places or len(rows) > 3:
            return False
        at = places.index(True)
        dated = [structure.DATE_LINE.fullmatch(r) or structure.TIME_LINE.fullmatch(r) for r in rows]
        return all(places[k] or dated[k] or (k < at and structure.VENUE.fullmatch(r)) for k, r in enumerate(rows))

    rng = random.Random(16)
    alphabet = list("\n\n\r \t.,;:a1290") + ["2019", "1993.", "1812,", "20", "18", "19", "Astana, Kazakhstan", "D.C."]
    alphabet += ["Geneva", ", ", "Switzerland", "3 March 2020", "Title Case Words ", "a long sentence of words " * 5]
    alphabet += ["Tokyo, 19 December 2024", "Geneva, Switzerland, 3 March 2020", "Palais des Nations\n"]
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert list(structure.lines(text)) == list(plain_lines(text)), text
        assert [(m.span(), m.groups()) for m in structure._year_refs(text)] == [
            (m.span(), m.groups()) for m in structure.YEAR_REF.finditer(text)
        ], text
        assert structure._place(text) == plain_place(text), text
    marks = list('.,;:!?"”’)') + ["1", "23", "456", "7890", "a", "é", "٣", " ", ".", "x.12", 'y."3', "z”4", "2019"]
    for _ in range(20000):
        text = "".join(rng.choice(marks) for _ in range(rng.randint(0, 10)))
        assert [(s, m.span(1), m.group(1)) for s, m in structure._plain_refs(text)] == [
            (m.start(), m.span(1), m.group(1)) for m in structure.PLAIN_REF.finditer(text)
        ], text
    place = "Astana, Kazakhstan"
    assert structure._place(place) and structure._place(" " + place + " ") and not structure._place(place + " and more")
