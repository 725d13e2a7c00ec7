"""kzlib.rxcache: a regex compiled once per machine is the very pattern re.compile gives, read back without parsing."""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kzlib import rxcache

# long enough to be kept (MIN_LENGTH), with named groups, a lookbehind, a class and inline flags
PATTERN = (
    r"(?<![\w.-])(?P<name>Kazakhstan|United\s+States|Uzbekistan|Kyrgyz\s+Republic|Tajikistan)"
    r"(?:['’]s)?(?P<rest>\s+(?i:ministry|government|embassy)\b)?" + "|".join(f"word{i}" for i in range(30))
)


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert a == b  # pattern, flags and the engine's code
    assert (a.groups, a.groupindex, a.flags) == (b.groups, b.groupindex, b.flags)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.MULTILINE | re.VERBOSE])
def test_written_then_read_back_without_parsing(cache, monkeypatch, flags):
    first = rxcache.compile(PATTERN, flags)
    _same(first, re.compile(PATTERN, flags))
    assert len(list(cache.rglob("*.marshal"))) == 1

    def no_parse(*args):
        raise AssertionError("parsed again")

    monkeypatch.setattr(rxcache._parser, "parse", no_parse)
    again = rxcache.compile(PATTERN, flags)
    _same(again, re.compile(PATTERN, flags))
    text = "The United  States's Ministry and Kazakhstan word7"
    assert [m.groupdict() for m in again.finditer(text)] == [m.groupdict() for m in first.finditer(text)]


def test_a_file_is_used_only_for_its_own_pattern_and_a_bad_one_is_replaced(cache):
    rxcache.compile(PATTERN)
    (path,) = cache.rglob("*.marshal")
    other = PATTERN.replace("Kazakhstan", "Kazakhstax")  # of the same length: the file stays well-formed
    path.write_bytes(path.read_bytes().replace(b"Kazakhstan", b"Kazakhstax"))
    _same(rxcache.compile(PATTERN), re.compile(PATTERN))  # the file's pattern is another one: compiled afresh
    assert b"Kazakhstan" in path.read_bytes()
    path.write_bytes(path.read_bytes()[:100])  # cut short
    _same(rxcache.compile(PATTERN), re.compile(PATTERN))
    _same(rxcache.compile(other), re.compile(other))


def test_code_the_engine_refuses_falls_back(cache):
    rxcache.compile(PATTERN)
    (path,) = cache.rglob("*.marshal")
    record = marshal.loads(path.read_bytes()[32:])  # after the checksum
    record["code"] = record["code"][: len(record["code"]) // 2]
    payload = marshal.dumps(record)
    path.write_bytes(hashlib.sha256(payload).digest() + payload)
    _same(rxcache.compile(PATTERN), re.compile(PATTERN))


def test_a_damaged_file_is_compiled_afresh(cache):
    rxcache.compile(PATTERN)
    (path,) = cache.rglob("*.marshal")
    data = path.read_bytes()
    record = marshal.loads(data[32:])
    record["code"] = [ord("v") if c == ord("w") else c for c in record["code"]]  # "word7" would read "vord7"
    path.write_bytes(data[:32] + marshal.dumps(record))  # the checksum of the undamaged file
    _same(rxcache.compile(PATTERN), re.compile(PATTERN))
    assert rxcache.compile(PATTERN).search("word7")


def test_no_home_folder_means_no_cache(monkeypatch, tmp_path):
    monkeypatch.delenv("KZLIB_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(rxcache.os.path, "expanduser", lambda p: p)  # no HOME and no password entry: "~" stays
    monkeypatch.chdir(tmp_path)
    assert rxcache.folder() is None
    rxcache.compile(PATTERN)
    assert not any(tmp_path.iterdir())  # no "~/.cache/kzlib" under the working folder


def test_off_short_or_unwritable_compiles_as_re_does(tmp_path, monkeypatch):
    monkeypatch.setenv("KZLIB_CACHE", "")
    assert rxcache.folder() is None
    _same(rxcache.compile(PATTERN), re.compile(PATTERN))
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("KZLIB_CACHE", str(blocker))  # a file where the folder should be: nothing written
    _same(rxcache.compile(PATTERN), re.compile(PATTERN))
    monkeypatch.setenv("KZLIB_CACHE", str(tmp_path / "c"))
    _same(rxcache.compile("a|b"), re.compile("a|b"))
    assert not (tmp_path / "c").exists()  # a short pattern is not kept


def test_an_invalid_pattern_raises_as_re_does(cache):
    bad = "(" + "x" * rxcache.MIN_LENGTH
    with pytest.raises(re.error):
        rxcache.compile(bad)


def test_alternations_are_the_same_text_in_every_process():
    """A regex kept by its text must not change with the hash seed (words of one length in a set)."""

    code = (
        "from kzlib import lexicon; "
        "print(lexicon.alternation(f'w{i:02d}' for i in range(40))); print(lexicon.FUTURE_CUE.pattern)"
    )
    out = {
        subprocess.run(
            [sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(out) == 1 and out.pop().startswith("w00|w01|")


def test_a_python_whose_private_compiler_steps_differ_compiles_as_re_does(cache, monkeypatch):
    def changed(*args):
        raise TypeError("compile() takes 7 arguments")

    monkeypatch.setattr(rxcache, "_sre", type("Engine", (), {"MAGIC": 0, "compile": staticmethod(changed)}))
    _same(rxcache.compile(PATTERN), re.compile(PATTERN))


def test_the_tests_leave_the_users_cache_alone():
    """tests/conftest.py points the cache at the checkout's build/ (unless KZLIB_CACHE is set already)."""
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    where = rxcache.folder()
    assert where is None or not Path(where).is_relative_to(os.path.join(home, "kzlib"))


def _patterns(value, depth=2):
    """The patterns in a module's value: itself, or inside a dict, list or tuple (two levels deep)."""
    if isinstance(value, re.Pattern):
        yield value
    elif depth and isinstance(value, (dict, list, tuple)):
        for v in value.values() if isinstance(value, dict) else value:
            yield from _patterns(v, depth - 1)


def test_the_modules_patterns_are_what_re_compile_gives(cache):
    """The patterns the stage modules compile as they load (read from the cache folder when kept) are the very ones
    ``re.compile`` gives: the same text, flags and engine code; and so is each of them written to an empty cache
    folder and read back from it."""
    import importlib
    import pkgutil

    import kzlib

    found = 0
    for info in pkgutil.iter_modules(kzlib.__path__):
        if info.name == "__main__":  # runs the command line
            continue
        module = importlib.import_module(f"kzlib.{info.name}")
        for value in vars(module).values():
            for rx in _patterns(value):
                if isinstance(rx.pattern, str) and len(rx.pattern) >= 24:
                    plain = re.compile(rx.pattern, rx.flags)
                    _same(rx, plain)
                    _same(rxcache.compile(rx.pattern, rx.flags), plain)  # written
                    _same(rxcache.compile(rx.pattern, rx.flags), plain)  # read back
                    found += 1
    assert found > 50 and len(list(cache.rglob("*.marshal"))) > 50
