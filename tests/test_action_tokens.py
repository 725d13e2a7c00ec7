"""The action grammar's tokeniser: its ASCII fast path splits exactly as the general pattern does."""

import random

from kzlib.action_tokens import TOKEN_SPLIT, TOKEN_SPLIT_ASCII


def test_the_ascii_split_is_the_general_split():
    rng = random.Random(7)
    alphabet = list("aZ9_ '.-,;:!?()\"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x7f~") + ["U.S.", "Kazakh-American", "it's", "1.5"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25))) for _ in range(3000)]
    texts += [chr(c) for c in range(128)]
    for text in texts:
        assert TOKEN_SPLIT_ASCII.split(text) == TOKEN_SPLIT.split(text), repr(text)
