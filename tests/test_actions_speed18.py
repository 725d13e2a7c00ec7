"""Stop 18 (spreds): the helpers the actions speed work introduced answer as the code they replace."""

from bisect import bisect_left, bisect_right

from kzlib.action_vocabulary import OTHER, ActorTypes, last_mark, next_mark


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
    assert next_mark([], 3, 9) == 9 and last_mark([], 3, 1) == 0


def test_actor_types_answer_person_for_a_person_outside_the_codebook():
    types = ActorTypes({"kazakhstan": "state", f"{OTHER}Odd Id": "organization"})
    assert types["kazakhstan"] == "state"
    assert types[f"{OTHER}Jane Roe"] == "person"
    assert types["nobody"] is None
    assert types.get(f"{OTHER}Jane Roe") is None  # a plain look-up (actor_types().get) is unchanged
