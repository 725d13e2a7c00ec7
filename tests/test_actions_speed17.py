"""Stop 17 (actions speed): what the restructured lexicon reading must keep doing, beside the byte-identical tables
(benchmarks/same_tables.py)."""

import pytest

import kzlib


def test_a_bad_object_cue_is_refused_in_one_line(tmp_path):
    """The lexicon's object cues are compiled once per codebook: a cue that is no regular expression is an input
    error naming the file and the lemma (it was a ``re.error`` traceback at the first sentence using it)."""
    (tmp_path / "predicates.csv").write_text(
        "lemma,verb_forms,noun_forms,cameo,quad_class,targets,noun_agent,noun_targets,object_cue,light,note\n"
        "zorble,zorbled,,010,verbal cooperation,obj,,,(unclosed,,a test sense\n",
        encoding="utf-8",
    )
    cb = kzlib.Codebook.load(tmp_path, extend=True)
    corpus = kzlib.load(texts={"n": "A Note\n\nKazakhstan zorbled Russia in 2019.\n"}, codebook=cb)
    with pytest.raises(kzlib.InputError, match=r"predicates\.csv.*object_cue of 'zorble' is no regular expression"):
        _ = corpus.actions
