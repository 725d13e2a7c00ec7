"""C-level scans of the action grammar that replace a loop in Python: each finds what the loop found, on generated
texts that put every kind of character where the scan could differ."""

import random
from bisect import bisect_right

from kzlib import action_tokens
from kzlib.action_tokens import words_of


def _run_on_by_dots(text: str, starts: list[int]) -> list[int]:
    """:func:`action_tokens._run_on` as it was: every "." found by ``str.find``, and the character after it tested."""
    out = []
    d = text.find(".")
    while d >= 0:
        after = text[d + 1 : d + 2]
        if after.isalnum() or after == "_":  # what the regexes' \w is
            k = bisect_right(starts, d) - 1
            if k >= 0:
                out.append(starts[k])
        d = text.find(".", d + 1)
    return out


# a "." before each kind of character: letters and digits of other scripts, "_", marks and blanks that are no word's
CHARACTERS = [".", "..", " ", "a", "Z", "5", "_", "-", ",", "’", "İ", "\u212a", "é", "\u0301", "٣", "½", "²", "\u2009"]
CHARACTERS += ["\xa0", "\n", "U.S.", "the President.Biden", "No.5", "e.g.", "…", "。", "ß", "Ⅻ", "ǅ", "\u0663"]


def test_run_on_dots_found_by_the_regex_are_the_dots_the_loop_found():
    rng = random.Random(31)
    texts = ["".join(rng.choice(CHARACTERS) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    texts += ["Then the President.Biden met", ".x", "x.", "a.b.c", "._"]
    found = 0
    for text in texts:
        starts = words_of(text)[1]
        fast = action_tokens._run_on(text, starts)
        assert fast == _run_on_by_dots(text, starts), repr(text)
        found += bool(fast)
    assert found > 1000  # the texts do hold run-on dots a scan could miss
