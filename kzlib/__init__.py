"""kzlib: a reproducible close-reading lab for political texts.

>>> import kzlib
>>> corpus = kzlib.load()            # every .txt in seeds/
>>> corpus.paragraphs.head()         # tidy tables with doc_id and source offsets
"""
from .corpus import Corpus, load
from .errors import InputError

__all__ = ["Corpus", "InputError", "load"]
__version__ = "0.1.0"
