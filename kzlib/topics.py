"""An unsupervised cross-check of the theme codebook (scikit-learn): distinctive terms and NMF topics.

Distinctive terms: TF-IDF over sections (each section one document, English stop words removed, words
and two-word phrases); a section's top terms are the ones it uses most and the others least.
Topics: NMF on the TF-IDF matrix of paragraphs, initialised by NNDSVD (deterministic) with a fixed seed.
Each topic is set beside the codebook theme whose paragraph scores it tracks best (Pearson r).
"""
from __future__ import annotations

import pandas as pd

from . import codebook


def _vectorizer(**kw):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(stop_words="english", token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z-]+\b", sublinear_tf=True, **kw)


def distinctive_terms(corpus, doc_id: str, n: int = 8) -> pd.DataFrame:
    """The ``n`` highest TF-IDF terms of each section (rows sections)."""
    paras = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id]
    docs = paras.groupby("section_id", sort=True).text.agg(" ".join)
    vec = _vectorizer(ngram_range=(1, 2), min_df=1)
    X = vec.fit_transform(docs.values).toarray()
    vocab = vec.get_feature_names_out()
    rows = []
    for sid, row in zip(docs.index, X):
        order = sorted(range(len(row)), key=lambda i: (-row[i], vocab[i]))[:n]
        rows.append(dict(section_id=sid, terms=", ".join(vocab[i] for i in order)))
    titles = corpus.sections[corpus.sections.doc_id == doc_id].set_index("section_id").title.replace("", "(opening)")
    out = pd.DataFrame(rows)
    out.insert(1, "title", out.section_id.map(titles))
    return out


def nmf(corpus, doc_id: str, k: int = 6, n_terms: int = 8, seed: int = 0):
    """NMF topics over paragraphs: ``(topics, weights)`` — each topic's top terms, and paragraph × topic weights."""
    from sklearn.decomposition import NMF

    paras = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id]
    vec = _vectorizer(min_df=2, max_df=0.5)
    X = vec.fit_transform(paras.text.values)
    model = NMF(n_components=k, init="nndsvd", random_state=seed, max_iter=2000)
    W = model.fit_transform(X)
    vocab = vec.get_feature_names_out()
    topics = pd.DataFrame([dict(topic=f"topic {t + 1}", terms=", ".join(
        vocab[i] for i in sorted(range(len(vocab)), key=lambda i: (-model.components_[t, i], vocab[i]))[:n_terms]))
        for t in range(k)])
    weights = pd.DataFrame(W.round(4), index=paras.para_id.values, columns=topics.topic)
    return topics, weights


def topics_vs_themes(corpus, doc_id: str, k: int = 6) -> pd.DataFrame:
    """Each NMF topic beside its best-matching codebook theme (correlation over paragraphs) and that r."""
    topics, weights = nmf(corpus, doc_id, k)
    corr = correlation(corpus, doc_id, k)
    out = topics.set_index("topic")
    out["best_theme"] = corr.idxmax(axis=1)
    out["r"] = corr.max(axis=1).round(2)
    out["second_theme"] = corr.apply(lambda r: r.drop(r.idxmax()).idxmax(), axis=1)
    out["lead_paragraphs"] = weights.idxmax(axis=1).value_counts().reindex(out.index, fill_value=0).astype(int)
    return out.reset_index()


def correlation(corpus, doc_id: str, k: int = 6) -> pd.DataFrame:
    """Topic × theme correlation matrix over paragraphs (for a heatmap)."""
    _, weights = nmf(corpus, doc_id, k)
    th = corpus.themes[corpus.themes.doc_id == doc_id].pivot(index="para_id", columns="theme_id", values="share")
    th = th.reindex(index=weights.index, columns=codebook.themes().theme_id)
    return pd.DataFrame({t: th.corrwith(weights[t]) for t in weights.columns}).T.fillna(0).round(2)
