"""A title line that holds a blocking phrase (a phrase the codebook keeps from being read as a name, such as
"English common law") names no actor with it: a joint title or a speech title is read without it (it raised
``AttributeError`` on the blocked phrase's missing actor id)."""

import kzlib


def test_a_joint_title_with_a_blocking_phrase_is_read():
    corpus = kzlib.load(texts={"d": "A joint declaration. English common law.\n\nKazakhstan signed it in 2019.\n"})
    tables = corpus.tables()
    assert tables["actions"].agents.tolist() == ["kazakhstan"]


def test_a_speech_title_with_a_blocking_phrase_is_read():
    text = "Remarks by English common law experts\n\nKazakhstan signed the treaty in 2019.\n"
    assert kzlib.load(texts={"d": text}).actions.agents.tolist() == ["kazakhstan"]
