"""An unsupervised cross-check of the theme codebook (scikit-learn): NMF topics.

Topics: NMF on the TF-IDF matrix of paragraphs, initialised by NNDSVD (deterministic). Each topic is set
beside the codebook theme whose paragraph scores it tracks best (Pearson r). Because one fit can be an
accident of its start, :func:`stability` refits from random starts (several seeds) and reports, for each
topic of the reference fit, how closely the refits find it again and how often its best theme is the same.
Fits are cached per corpus object, so a notebook or report fits each model once.
"""

from __future__ import annotations

import weakref

import pandas as pd

_FITS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _vectorizer(**kw):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(stop_words="english", token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z-]+\b", sublinear_tf=True, **kw)


def _theme_ids(corpus) -> list[str]:
    from . import codebook

    cb = getattr(corpus, "codebook", None)
    table = cb.themes if cb is not None and hasattr(cb, "themes") and not callable(cb.themes) else codebook.themes()
    return list(table.theme_id)


def feasible(corpus, doc_id: str, k: int = 6) -> bool:
    """Whether a ``k``-topic model can be fitted: enough paragraphs and a shared vocabulary."""
    paras = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id]
    if len(paras) < max(2 * k, 4):
        return False
    try:
        X = _vectorizer(min_df=2, max_df=0.5).fit_transform(paras.text.values)
    except ValueError:
        return False
    return X.shape[1] >= k


def _fit(corpus, doc_id: str, k: int, seed: int | None):
    """(vocabulary, components, paragraph weights) of one NMF fit; ``seed=None`` is the NNDSVD reference fit."""
    key = (doc_id, k, seed)
    cache = _FITS.setdefault(corpus, {})
    if key not in cache:
        from sklearn.decomposition import NMF

        paras = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id]
        if (doc_id, "tfidf") not in cache:  # the same matrix for every fit of the document: vectorised once
            vec = _vectorizer(min_df=2, max_df=0.5)
            cache[(doc_id, "tfidf")] = (vec.fit_transform(paras.text.values), vec.get_feature_names_out())
        X, vocab = cache[(doc_id, "tfidf")]
        model = (
            NMF(n_components=k, init="nndsvd", random_state=0, max_iter=2000)
            if seed is None
            else NMF(n_components=k, init="random", random_state=seed, max_iter=2000)
        )
        W = model.fit_transform(X)
        cache[key] = (vocab, model.components_, W, paras.para_id.values)
    return cache[key]


def nmf(corpus, doc_id: str, k: int = 6, n_terms: int = 8, seed: int | None = None):
    """NMF topics over paragraphs: ``(topics, weights)`` — each topic's top terms, and paragraph × topic weights."""
    vocab, H, W, para_ids = _fit(corpus, doc_id, k, seed)
    topics = pd.DataFrame(
        [
            dict(
                topic=f"topic {t + 1}",
                terms=", ".join(
                    vocab[i] for i in sorted(range(len(vocab)), key=lambda i: (-H[t, i], vocab[i]))[:n_terms]
                ),
            )
            for t in range(k)
        ]
    )
    weights = pd.DataFrame(W.round(4), index=para_ids, columns=topics.topic)
    return topics, weights


def correlation(corpus, doc_id: str, k: int = 6, seed: int | None = None) -> pd.DataFrame:
    """Topic × theme correlation matrix over paragraphs (for a heatmap)."""
    _, weights = nmf(corpus, doc_id, k, seed=seed)
    th = corpus.themes[corpus.themes.doc_id == doc_id].pivot(index="para_id", columns="theme_id", values="share")
    th = th.reindex(index=weights.index, columns=_theme_ids(corpus))
    return pd.DataFrame({t: th.corrwith(weights[t]) for t in weights.columns}).T.fillna(0).round(2)


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


def stability(corpus, doc_id: str, k: int = 6, seeds: range = range(10)) -> pd.DataFrame:
    """For each topic of the reference fit: over refits from ``seeds`` random starts, the mean and lowest cosine
    similarity of its best-matching refit topic (term weights), and the share of refits in which that topic's
    best theme is the same as the reference's."""
    import numpy as np

    columns = ["topic", "terms", "best_theme", "r", "cosine_mean", "cosine_min", "same_theme", "fits"]
    if not feasible(corpus, doc_id, k):  # too few paragraphs or no shared vocabulary: nothing to refit
        return pd.DataFrame(columns=columns)
    ref = topics_vs_themes(corpus, doc_id, k)
    _, H0, _, _ = _fit(corpus, doc_id, k, None)
    unit = lambda H: H / np.maximum(np.linalg.norm(H, axis=1, keepdims=True), 1e-12)  # noqa: E731
    sims, same = [], []
    for seed in seeds:
        _, H, _, _ = _fit(corpus, doc_id, k, seed)
        S = unit(H0) @ unit(H).T
        match = S.argmax(axis=1)
        corr = correlation(corpus, doc_id, k, seed=seed)
        sims.append(S.max(axis=1))
        same.append([corr.iloc[j].idxmax() == ref.best_theme[t] for t, j in enumerate(match)])
    sims, same = np.array(sims), np.array(same)
    out = ref[["topic", "terms", "best_theme", "r"]].copy()
    out["cosine_mean"] = sims.mean(axis=0).round(2)
    out["cosine_min"] = sims.min(axis=0).round(2)
    out["same_theme"] = same.mean(axis=0).round(2)
    out["fits"] = len(seeds)
    return out
