"""kzlib: a reproducible close-reading lab for political texts.

>>> import kzlib
>>> corpus = kzlib.load("speech.txt")              # or several files, or texts={"doc_id": "..."}
>>> corpus.paragraphs.head()                       # tidy tables with doc_id and source offsets
>>> kzlib.load("speech.txt", codebook=kzlib.Codebook.load("my_codebook", extend=True),
...            options=kzlib.Options(metonyms=False))

``import kzlib`` is light: pandas and the extractors load with the first ``kzlib.load``.
"""

from .errors import InputError
from .options import Options

__all__ = ["Codebook", "Corpus", "InputError", "Options", "load"]
__version__ = "0.1.0"


def load(*sources, texts=None, codebook=None, options=None, jobs=1):
    """Load sources as a :class:`Corpus` (see :func:`kzlib.corpus.load`)."""
    from .corpus import load as load_corpus

    return load_corpus(*sources, texts=texts, codebook=codebook, options=options, jobs=jobs)


def __getattr__(name):
    if name == "Corpus":
        from .corpus import Corpus

        return Corpus
    if name == "Codebook":
        from .codebook import Codebook

        return Codebook
    raise AttributeError(f"module 'kzlib' has no attribute {name!r}")
