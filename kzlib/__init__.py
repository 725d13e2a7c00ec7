"""kzlib: a reproducible close-reading lab for political texts.

>>> import kzlib
>>> corpus = kzlib.load()            # every .txt in seeds/
>>> corpus.paragraphs.head()         # tidy tables with doc_id and source offsets

``import kzlib`` is light: pandas and the extractors load with the first ``kzlib.load``.
"""
from .errors import InputError

__all__ = ["Corpus", "InputError", "load"]
__version__ = "0.1.0"


def load(*sources, texts=None, jobs=1):
    """Load sources as a :class:`Corpus` (see :func:`kzlib.corpus.load`)."""
    from .corpus import load as load_corpus

    return load_corpus(*sources, texts=texts, jobs=jobs)


def __getattr__(name):
    if name == "Corpus":
        from .corpus import Corpus

        return Corpus
    raise AttributeError(f"module 'kzlib' has no attribute {name!r}")
