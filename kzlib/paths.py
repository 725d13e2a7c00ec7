"""Where things live: the one place that knows the project's folders."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
CODEBOOK = DATA / "codebook"
ANNOTATIONS = DATA / "annotations"
BUILD = ROOT / "build"
NOTEBOOKS = ROOT / "notebooks"


def seed_files():
    """Every ``.txt`` source in ``seeds/``, sorted by name."""
    return sorted(SEEDS.glob("*.txt"))


def display(path) -> str:
    """A path as shown in tables: relative to the project when inside it, so outputs travel."""
    if not path:
        return ""
    p = Path(path).resolve()
    return p.relative_to(ROOT).as_posix() if p.is_relative_to(ROOT) else str(path)
