"""Quotations and the speaker each is attributed to: “We will not help Russia,” Tokayev said; Tokayev said: “We …”.
The first person inside an attributed quotation is its speaker's ("I") and its speaker's side ("we"), read by
:mod:`kzlib.action_arguments`; an unattributed quotation is left to the rules for the text around it."""

from __future__ import annotations

import re
from bisect import bisect_left

from . import rxcache
from .lexicon import SAYING_VERBS

WINDOW = 120  # characters before a quotation read for its attribution (the cost stays linear in the paragraph)
QUOTATION = rxcache.compile(r"“[^“”]{2,}”|\"[^\"\n]{2,}\"")  # curly or straight double quotes, within a paragraph
_SAY = "|".join(sorted(map(re.escape, SAYING_VERBS), key=len, reverse=True))
_TITLE_WORDS = r"(?:[A-Z][\w.'’-]*\s+){0,4}"  # title words before a name: "Kazakh President", "Foreign Minister"
# after the closing quote: ', Tokayev said' (the name then comes at the end of the match), or ', said Tokayev'
SAID_AFTER = rxcache.compile(rf"[\s,]*(?:({_SAY})\s+)?{_TITLE_WORDS}")
SAYS_NEXT = rxcache.compile(rf"\s+(?:{_SAY})\b")  # the verb after the name: '… Tokayev said'
# before the opening quote: 'Tokayev said: ', 'Tokayev told reporters, ' (the last verb of saying: "X said Y told
# him: “…”" is Y's)
SAID_BEFORE = rxcache.compile(rf"\s+(?:also\s+)?(?:{_SAY})(?:\s+(?!(?:{_SAY})\b)[\w’'-]+){{0,3}}?\s*[:,]\s*$")


def attributed(text: str, mentions: list[tuple]) -> list[tuple[int, int, str]]:
    """``(start, end, actor)`` of each quotation in ``text`` (a paragraph's reading text) attributed to one actor
    that ``mentions`` (``(start, end, actor, …)``, offsets in ``text``) names right after it with a verb of saying
    (“…,” Tokayev said; “…,” said President Tokayev) or right before it (Tokayev said: “…”)."""
    if "“" not in text and '"' not in text:
        return []
    ordered = sorted(mentions)
    firsts = [m[0] for m in ordered]
    ends = {m[1]: m[2] for m in mentions}
    out = []
    for q in QUOTATION.finditer(text):
        s, e = q.span()
        who = None
        for i in range(bisect_left(firsts, e), len(ordered)):  # a name after it: ', Tokayev said', ', X told'
            m = ordered[i]
            between = SAID_AFTER.fullmatch(text, e, m[0]) if m[0] - e <= 60 else None
            if between is None:
                break
            if between.group(1) or SAYS_NEXT.match(text, m[1]):
                who = m[2]
                break
        if who is None:
            before = SAID_BEFORE.search(text, max(0, s - WINDOW), s)
            if before and before.start() in ends:
                who = ends[before.start()]
        if who is not None:
            out.append((s, e, who))
    return out
