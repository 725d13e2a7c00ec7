"""Where things live: the one place that knows the project's folders.

The shipped codebook is package data (``kzlib/data/codebook/``, see :func:`kzlib.codebook.shipped_folder`);
the other folders belong to the project checkout (seeds, hand annotations, notebooks, build) and do not
exist in an installed package.
"""

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
ANNOTATIONS = DATA / "annotations"
BUILD = ROOT / "build"
NOTEBOOKS = ROOT / "notebooks"


def seed(doc_id: str) -> Path:
    """The project's source file of a document: ``seeds/<doc_id>.txt``."""
    return SEEDS / f"{doc_id}.txt"


def seed_files():
    """Every ``.txt`` source in ``seeds/``, sorted by name."""
    return sorted(SEEDS.glob("*.txt"))


def display(path) -> str:
    """A path as shown in tables: relative to the project when inside it, so outputs travel."""
    if not path:
        return ""
    p = Path(path).resolve()
    return p.relative_to(ROOT).as_posix() if p.is_relative_to(ROOT) else str(path)
