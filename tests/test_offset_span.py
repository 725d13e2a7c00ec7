"""OffsetMap.span is the pair of lookups it replaces, for every span of a map of several pieces."""

from kzlib.markup import OffsetMap


def test_span_is_both_lookups():
    m = OffsetMap()
    for n, source in ((3, 10), (4, 20), (1, 30), (2, 31)):  # pieces; the last two are contiguous in the source
        m.add(n, source)
    for i in range(-2, len(m) + 1):
        for j in range(-1, len(m) + 1):
            try:
                want = (m[i], m[j - 1] + 1)
            except IndexError:
                continue
            assert m.span(i, j) == want, (i, j)
