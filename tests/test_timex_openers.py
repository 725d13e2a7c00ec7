"""The day-month cue looked for at its openers in an ASCII text (timex.CUE_OPENERS_ASCII) finds what the led scan finds."""

import random

from kzlib import lead, timex

PIECES = [
    "jan",
    "Jan.",
    "march",
    "Sept",
    "dec ",
    "decade",
    "5",
    "12th",
    "1st ",
    "2019",
    "of ",
    " ",
    "  ",
    "\n",
    ".",
    ",",
]
PIECES += ["the ", "may", "mayor", "3rd", "nov.", "x", "a", "on ", "-", "feb", "octo", "\u0663", "\u00e9", "0", "th"]


def _texts(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 16))).lower()


def test_the_day_month_cue_opens_with_its_openers():
    """Every match of the day-month cue in a generated ASCII text opens with one of its ASCII openers, and the spans
    found from them are those the plain pattern finds (the texts out of ASCII hold an Arabic-Indic digit, a ``\\d``
    no opener names: they keep the led scan)."""
    rx, openers = timex.CUES["monthday"], timex.CUE_OPENERS_ASCII["monthday"]
    seen = 0
    for text in _texts(3, 6000):
        if not text.isascii():
            continue
        plain = [m.span() for m in rx.finditer(text)]
        seen += len(plain)
        assert all(text.startswith(openers, s) for s, _ in plain), text
        assert lead.by_words(rx, text, openers) == plain, text
    assert seen > 500


def test_windows_found_from_the_openers_are_the_led_scans(monkeypatch):
    """The windows of the day-month cue and the dates found, with and without the ASCII openers."""
    texts = list(_texts(4, 3000)) + ["On 5 March and 1st of May 2019 the \u0663 Jan. 7"]
    fast = [(timex._windows(t, "monthday"), [vars(x) for x in timex.find(t)]) for t in texts]
    monkeypatch.setattr(timex, "CUE_OPENERS_ASCII", {})
    assert [(timex._windows(t, "monthday"), [vars(x) for x in timex.find(t)]) for t in texts] == fast
