"""A verb whose every sense acts only with a given object (``object_cue``) is no step without that object, whatever
characters the cue looks for (stop 21: the words before a by-phrase were read as the text "^$" when there were
none, so a cue for a dollar sign took every such verb for a step)."""

import kzlib

HEADER = "lemma,verb_forms,noun_forms,cameo,quad_class,targets,noun_agent,noun_targets,object_cue,light,note\n"


def _zorbled(tmp_path, sentence: str) -> list[str]:
    (tmp_path / "predicates.csv").write_text(
        HEADER + "zorble,zorbled,,070,material cooperation,to,,,[$€],,a test sense: acts only with a sum of money\n",
        encoding="utf-8",
    )
    cb = kzlib.Codebook.load(tmp_path, extend=True)
    actions = kzlib.load(texts={"n": f"A Note\n\n{sentence}\n"}, codebook=cb).actions
    return actions.loc[actions.lemma == "zorble", "predicate"].tolist()


def test_a_cue_for_a_dollar_sign_needs_one(tmp_path):
    assert _zorbled(tmp_path, "Kazakhstan zorbled $5 million to Kyrgyzstan in 2019.") == ["zorbled"]
    assert _zorbled(tmp_path, "Kazakhstan zorbled Kyrgyzstan in 2019.") == []
