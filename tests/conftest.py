"""Shared fixtures: the chapter, loaded once, and small helpers for invariants.

Importing this module is cheap (no pandas, no hypothesis): under `make test` the pytest-xdist controller, which
runs no test, imports it too before it starts the two workers.
"""

import os

import pytest

import kzlib
from kzlib import paths

# The tests' compiled regexes (kzlib.rxcache) go to the checkout's build/, not the user's ~/.cache/kzlib: test codebooks
# leave nothing there. Set here, before any test, so test workers, kernels and CLI subprocesses inherit it.
os.environ.setdefault("KZLIB_CACHE", str(paths.BUILD / "regex-cache"))

CHAPTER = "ch05-new-focus-new-grounding"
CHAPTER_PATH = paths.SEEDS / f"{CHAPTER}.txt"  # loaded by path: another text in seeds/ changes nothing here


def _shipped():
    """One codebook for the many small corpora the tests build, read once, on first use."""
    if "SHIPPED" not in globals():
        from kzlib.codebook import Codebook

        globals()["SHIPPED"] = Codebook.load()
    return globals()["SHIPPED"]


def __getattr__(name):  # `from conftest import SHIPPED` in a test module reads the codebook then
    if name == "SHIPPED":
        return _shipped()
    raise AttributeError(name)


def acts(text: str):
    """The actions table of a one-paragraph text under a title, with the shipped codebook (read once)."""
    return kzlib.load(texts={"t": "A title\n\n" + text + "\n"}, codebook=_shipped()).actions


def one(text: str, lemma: str):
    """The single action row of `lemma` in `text`; fails, showing every row, if there is not exactly one."""
    a = acts(text)
    rows = a[a.lemma == lemma]
    assert len(rows) == 1, a[["predicate", "lemma", "agents", "targets"]].to_string()
    return rows.iloc[0]


def ids(cell: str) -> set:
    """The actor ids of a `;`-joined cell."""
    return set(filter(None, cell.split(";")))


# Small texts and loaders that several test files share.
def load_checked(text, doc_id="t"):
    """A one-text corpus (shipped codebook), checked lossless and traceable."""
    c = kzlib.load(texts={doc_id: text}, codebook=_shipped())
    assert_lossless(c, doc_id)
    assert_traceable(c)
    return c


def load_as_is(text):
    """A one-text corpus of ``text`` as given (no title added), with the shipped codebook read once."""
    return kzlib.load(texts={"t": text}, codebook=_shipped())


def load_as_user(text: str):
    """A one-text corpus as a user loads it: the default codebook, no shared one passed."""
    return kzlib.load(texts={"s": text})


def dates(text):
    """Each dated expression of ``text``: surface -> (value, precision)."""
    c = load_checked(text)
    t = c.timexes
    return {s: (v, p) for s, v, p in zip(t.surface, t.value, t.precision)}


SPEECH = """Press Conference by Secretary Blinken in Astana

Astana, Kazakhstan

February 28, 2023

SECRETARY BLINKEN: Good afternoon. Yesterday I met President Tokayev in the capital.

Q: Mr. Secretary, what comes next?

SECRETARY BLINKEN: The day before yesterday we spoke with Russia. Tomorrow I fly home. President Biden hopes to \
meet the leaders in New York in September. We met them in September, too. The United States will open an office \
on 12 March.

THE PRESIDENT: Thank you all.
"""


@pytest.fixture(scope="module")
def speech():
    """:data:`SPEECH` loaded once per test module."""
    return kzlib.load(texts={"speech": SPEECH}, codebook=_shipped())


FRAMED = (
    "Relations in 2015-2021\n\n"
    "This note covers the years 2015-2021. In 2015 Kazakhstan signed an agreement with the United States. "
    "In 2016 Kazakhstan hosted talks with Uzbekistan. In 1995 Russia signed a treaty with Kazakhstan. "
    "In 2018 the United States welcomed Kazakhstan's reforms. In 2019 Uzbekistan signed a treaty with Kazakhstan. "
    "In 2020 Kazakhstan criticized Russia.\n"
)


@pytest.fixture(scope="module")
def framed():
    """:data:`FRAMED` loaded once per test module."""
    return kzlib.load(texts={"framed": FRAMED}, codebook=_shipped())


READOUT = """Readout of Meetings

March 5, 2024

Secretary Blinken met with Kazakhstani Special Representative Erzhan Kazykhan in Washington. Deputy Foreign \
Minister of Uzbekistan Bakhodir Ergashev met Secretary Blinken. Secretary Blinken thanked Ambassador Yerzhan \
Ashikbayev, the Kazakh Ambassador to the United States. Secretary Blinken met Special Representative for \
Afghanistan Reconciliation Zalmay Khalilzad.
"""


TRIP = (
    "Travel Briefing\n\nFebruary 27, 2023\n\nThe Secretary will arrive in Astana on Tuesday. On Wednesday, March 1, "
    "the Secretary travels to Tashkent. She met the minister on Friday.\n"
)


DATELINE = (
    "ASTANA, Oct 16 (Reuters) - Kazakhstan and Russia signed a deal on Wednesday under which Russia will deliver "
    "more gas. In January 2024 they agreed to raise trade.\n\n"
    "Tokayev is due to visit Tashkent next month, the state news agency reported on Tuesday. He will arrive on "
    "Monday.\n"
)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty regex cache folder (``KZLIB_CACHE``) for one test."""
    monkeypatch.setenv("KZLIB_CACHE", str(tmp_path))
    return tmp_path


# Files whose tests start Jupyter kernels (besides nbval's, one per notebook).
KERNEL_FILES = ("test_lab.py", "test_runbook.py", "test_notebooks.py")


def _launches_kernels(config) -> bool:
    if config.getoption("nbval", False) or config.getoption("nbval_lax", False):
        return True
    for arg in config.args:
        path = arg.split("::")[0]
        if os.path.isdir(path) or path.endswith(KERNEL_FILES):
            return True
    return False


def _start_kernel_server(config):
    """Kernels with their modules already imported, forked by .ci/kernels/server.py (about 1.5 s of CPU saved per
    kernel; see there): its socket in $KZLIB_KERNEL_SERVER, and .ci/ first on JUPYTER_PATH, whose `python3`
    kernelspec asks it for each kernel. Started once, by the process that starts the pytest-xdist workers (they
    and every kernel they start inherit the two variables); KZLIB_KERNEL_SERVER= (empty) turns it off."""
    import subprocess
    import sys
    import tempfile

    folder = tempfile.mkdtemp(prefix="kzlib-kernels-")
    socket_path = os.path.join(folder, "socket")
    server = subprocess.Popen(
        [sys.executable, str(paths.ROOT / ".ci" / "kernels" / "server.py"), socket_path],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )
    os.environ["KZLIB_KERNEL_SERVER"] = socket_path
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        filter(None, [str(paths.ROOT / ".ci"), os.environ.get("JUPYTER_PATH")])
    )
    config.stash[KERNEL_SERVER] = (server, folder)


KERNEL_SERVER = pytest.StashKey()


class _Formatted:
    """``pprint.pformat(value)``, formatted only when it is printed."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __str__(self):
        from pprint import pformat

        return pformat(self.value)


def _lazy_nbval_debug_log():
    """nbval logs every kernel message at DEBUG as ``logger.debug("...%s", pformat(msg))``, so each message is
    pretty-printed (the notebooks' HTML tables included) even when nothing logs at DEBUG: about 700 messages, a
    second of CPU in `make test`. Its ``pformat`` is replaced by one that formats when the record is printed;
    a DEBUG log (``--log-level DEBUG``) shows the same text as before."""
    import sys

    kernel = sys.modules.get("nbval.kernel")
    if kernel is not None and getattr(kernel, "pformat", None) is not _Formatted:
        kernel.pformat = _Formatted


def pytest_unconfigure(config):
    if KERNEL_SERVER in config.stash:
        import shutil

        server, folder = config.stash[KERNEL_SERVER]
        server.terminate()
        server.wait(30)
        shutil.rmtree(folder, ignore_errors=True)


def pytest_configure(config):
    """Property tests draw the same examples on every run unless asked to explore: `make test` is reproducible,
    and `HYPOTHESIS_PROFILE=explore make test` draws fresh examples on each run to look for new failures."""
    if (
        not hasattr(config, "workerinput")
        and "KZLIB_KERNEL_SERVER" not in os.environ
        and hasattr(os, "fork")
        and _launches_kernels(config)
    ):
        _start_kernel_server(config)
    _lazy_nbval_debug_log()
    if getattr(config.option, "numprocesses", None) and not hasattr(config, "workerinput"):
        return  # the pytest-xdist controller: it runs no test, and importing hypothesis costs it 0.4 s
    from hypothesis import settings

    settings.register_profile("repeatable", derandomize=True, database=None)
    settings.register_profile("explore", derandomize=False, database=None)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


# The files handed out first, longest first (CPU seconds of each file in one process under load, 28 Nov 2026;
# a notebook's are its kernel's, a file that starts kernels or browsers counts their CPU too; tests/test_ci.py checks
# that each exists): `make test` runs two pytest-xdist workers that take whole files (and the files of SHARE_A_WORKER
# together) in this order (--dist loadfile --no-loadscope-reorder), so the many short files that follow even out the
# two workers at the end. Every other file keeps its place.
LONG_FIRST = [
    "tests/test_figures.py",  # 12.4
    "tests/test_properties.py",  # 8.8
    "tests/test_browser.py",  # 7.4, Chromium's waits, and test_report.py's 4.2 in the same worker
    "notebooks/04-themes.ipynb",  # 5.5 (scikit-learn's import: 1.5)
    "tests/test_package.py",  # 5.5, and pip's waits
    "tests/test_hostile.py",  # 5.0
    "notebooks/02-actors.ipynb",  # 3.2
    "tests/test_shortcuts.py",  # 3.1
    "notebooks/05-synthesis.ipynb",  # 3.0
    "tests/test_notebooks.py",  # 1.4, and its kernels
    "tests/test_evaluation.py",  # 2.2 (scikit-learn's import), and test_themes.py's 0.5 in the same worker
    "notebooks/03-chronology.ipynb",  # 2.5
    "tests/test_lab.py",  # 2.2, and the server's start
    "notebooks/07-sensitivity.ipynb",  # 2.2
    "tests/test_runbook.py",  # 0.5, and its kernel
    "notebooks/06-evaluation.ipynb",  # 1.8
    "notebooks/01-structure.ipynb",  # 1.5
    "tests/test_sensitivity.py",  # 1.4
    "tests/test_qdpx.py",  # 1.4
    "tests/test_figures_timeline.py",  # most of the 1.2 of the file its tests came from
    "tests/test_cli.py",  # 1.2
    "tests/test_reading.py",  # 0.8
    "tests/test_ties.py",  # 0.7
    "tests/test_layers.py",  # 0.7
]


# Files that share one worker (one work unit of --dist loadfile), because each pays on first use for an import only
# they need, which the worker then pays once instead of each worker once (CPU seconds, measured under load):
# scikit-learn (1.5 s: kzlib.topics, and the Cohen's kappa cross-check) and nbconvert with kzlib's page templates
# (1.0 s: the report's notebook pages). tests/test_ci.py checks that each exists.
SHARE_A_WORKER = {
    "tests/test_themes.py": "scikit-learn",
    "tests/test_evaluation.py": "scikit-learn",
    "tests/test_browser.py": "nbconvert",
    "tests/test_report.py": "nbconvert",
}


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """--dist loadfile, with the files of SHARE_A_WORKER handed out together (in the order of collection)."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class SharedFiles(LoadFileScheduling):
        def _split_scope(self, nodeid):
            path = super()._split_scope(nodeid)
            return SHARE_A_WORKER.get(path, path)

    return SharedFiles(config, log)


def pytest_collection_modifyitems(config, items):
    rank = {name: k for k, name in enumerate(LONG_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))  # stable: cells stay in order


def pytest_collection_finish(session):
    """What the process holds once every test is collected (pandas, matplotlib, kzlib, the test modules: about a
    million objects) lives until it exits, so the garbage collector's full collections, which the tests' tables and
    figures set off every few hundred milliseconds, stop walking it (``gc.freeze``, as .ci/kernels/server.py does
    before it forks kernels): a third of the collector's time, 3-4% of a worker's CPU (measured under load). Garbage
    made by the tests is collected as before; only what collection left behind stays."""
    import gc

    gc.collect()
    gc.freeze()


@pytest.fixture(scope="session")
def codebook():
    return _shipped()


@pytest.fixture(scope="session")
def corpus():
    return kzlib.load(CHAPTER_PATH, codebook=_shipped())


@pytest.fixture(scope="session")
def text(corpus):
    return corpus.source(CHAPTER)


def _rows(table, doc_id, *columns):
    """The rows of one document as tuples of ``columns`` (plain values: no pandas row objects, which cost more
    than the checks on them in the property tests)."""
    keep = (table.doc_id == doc_id).to_numpy()
    return zip(*(table[c].to_numpy()[keep].tolist() for c in columns))


def owned_spans(corpus, doc_id):
    """Every (start, end, owner) a document's tables claim: title, headings, paragraph segments, footnotes."""
    import pandas as pd

    spans = []
    for start, end in _rows(corpus.documents, doc_id, "title_start", "title_end"):
        if pd.notna(start):
            spans.append((int(start), int(end), "title"))
    for section_id, start, end in _rows(corpus.sections, doc_id, "section_id", "heading_start", "heading_end"):
        if pd.notna(start):
            spans.append((int(start), int(end), f"heading {section_id}"))
    for para_id, segments in _rows(corpus.paragraphs, doc_id, "para_id", "segments"):
        for seg in segments.split():
            s, e = map(int, seg.split(":"))
            spans.append((s, e, f"paragraph {para_id}"))
    for number, start, end in _rows(corpus.footnotes, doc_id, "number", "start", "end"):
        spans.append((int(start), int(end), f"footnote {number}"))
    for start, end in _rows(corpus.unassigned, doc_id, "start", "end"):
        spans.append((int(start), int(end), "unassigned"))
    return spans


def assert_lossless(corpus, doc_id):
    """Every non-blank character belongs to exactly one unit; blank text belongs to none."""
    from itertools import accumulate

    from kzlib.markup import is_blank

    text = corpus.source(doc_id)
    steps = [0] * (len(text) + 1)  # +1 where a span starts, -1 where it ends: their running sum counts owners
    for s, e, _ in owned_spans(corpus, doc_id):
        assert 0 <= s < e <= len(text)
        assert not is_blank(text[s]) and not is_blank(text[e - 1])
        steps[s] += 1
        steps[e] -= 1
    owners = list(accumulate(steps))
    bad = [i for i, n in enumerate(owners[: len(text)]) if n != 1 and not is_blank(text[i])]
    assert not bad, f"{len(bad)} characters owned {[owners[i] for i in bad[:3]]} times, first at {bad[:3]}"


def assert_traceable(corpus):
    """source[start:end] reads as each row's text, for paragraphs and sentences."""
    for table in (corpus.paragraphs, corpus.sentences):
        for doc_id in table.doc_id.unique().tolist():
            n = len(corpus.source(doc_id))
            for start, end, text in _rows(table, doc_id, "start", "end", "text"):
                assert 0 <= start < end <= n
                assert corpus.reading(doc_id, start, end) == text
