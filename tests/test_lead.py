"""kzlib.lead: the class a pattern is led by is kept on disk and read back without parsing the pattern."""

from __future__ import annotations

from kzlib import lead, rxcache, timex


def test_the_lead_class_is_kept_and_read_back_without_parsing(cache, monkeypatch):
    pattern = timex.FORMS["year"]
    want = lead.lead_class(pattern)
    first = lead.led(pattern)
    (path,) = cache.rglob("*.lead")

    def no_parse(*args):
        raise AssertionError("parsed again")

    monkeypatch.setattr(lead._parser, "parse", no_parse)
    assert lead._kept_class(pattern, 0) == want
    assert lead.led(pattern).pattern == first.pattern
    path.write_bytes(path.read_bytes()[:-3])  # cut short: damaged, worked out afresh
    monkeypatch.undo()
    monkeypatch.setenv("KZLIB_CACHE", str(cache))
    assert lead._kept_class(pattern, 0) == want
    assert rxcache.read(str(path))["lead"] == want


def test_a_class_kept_by_other_code_is_worked_out_again(cache):
    pattern = timex.FORMS["year"]
    lead.led(pattern)
    (path,) = cache.rglob("*.lead")
    record = rxcache.read(str(path))
    rxcache.save(str(path), {**record, "code": "an older lead.py", "lead": "[x]"})
    assert lead._kept_class(pattern, 0) == lead.lead_class(pattern)
    assert rxcache.read(str(path)) == record  # kept again for this code


def test_no_class_is_kept_as_none(cache, monkeypatch):
    pattern = r"(?:optional words)?" + "x" * 30 + "|.b"
    assert lead.led(pattern) is None

    def no_parse(*args):
        raise AssertionError("parsed again")

    monkeypatch.setattr(lead._parser, "parse", no_parse)
    assert lead._kept_class(pattern, 0) is None  # read back from its file, not worked out again
    assert len(list(cache.rglob("*.lead"))) == 1


def test_off_or_unwritable_works_the_class_out(tmp_path, monkeypatch):
    pattern = timex.FORMS["decade"]
    monkeypatch.setenv("KZLIB_CACHE", "")
    assert lead._kept_class(pattern, 0) == lead.lead_class(pattern)
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("KZLIB_CACHE", str(blocker))
    assert lead._kept_class(pattern, 0) == lead.lead_class(pattern)
