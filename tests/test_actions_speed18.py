"""Stop 18 (spreds): the helpers the actions speed work introduced answer as the code they replace."""

from bisect import bisect_left, bisect_right

from kzlib.action_vocabulary import OTHER, ActorTypes, actor_type, actor_types, last_mark, next_mark


def test_next_and_last_mark_answer_as_the_bisects_they_replace():
    marks = [2, 5, 6, 11]
    for floor in range(13):
        for k in range(floor, 14):
            for end in range(k, 15):
                c = bisect_left(marks, k)
                assert next_mark(marks, k, end) == (marks[c] if c < len(marks) and marks[c] < end else end)
                assert last_mark(marks, k, floor) == (marks[c - 1] if c and marks[c - 1] >= floor else floor - 1)
                r = bisect_right(marks, k)  # the old _next_comma(marks, k, end): the first mark after k
                assert next_mark(marks, k + 1, end) == (marks[r] if r < len(marks) and marks[r] < end else end)
                assert next_mark(marks, k, end) == next((m for m in marks if k <= m < end), end)  # by brute force
                assert last_mark(marks, k, floor) == max((m for m in marks if floor <= m < k), default=floor - 1)
    assert next_mark([], 3, 9) == 9 and last_mark([], 3, 1) == 0


def test_actor_types_answer_person_for_a_person_outside_the_codebook():
    types = ActorTypes({"kazakhstan": "state", f"{OTHER}Odd Id": "organization"})
    assert types["kazakhstan"] == "state"
    assert types[f"{OTHER}Jane Roe"] == "person"
    assert types["nobody"] is None
    assert types.get(f"{OTHER}Jane Roe") is None  # dict.get does not call __missing__: a plain look-up is unchanged


def test_actor_type_answers_as_the_rule_it_replaces():
    """``actor_type`` (one look-up in ``Reading.type_of``) gives what it gave before: "person" for an ``other:`` id,
    else the codebook's type (None for an id it lacks)."""
    types = actor_types()
    for a in [*types, f"{OTHER}Jane Roe", "nobody"]:
        assert actor_type(a) == ("person" if a.startswith(OTHER) else types.get(a))
