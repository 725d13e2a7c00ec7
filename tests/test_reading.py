"""The reading view: the contract (ids and data- attributes), clean nesting of overlapping marks, escaping; on small
texts, a document without notes has no empty "Notes" section and no "Notes (0)" in its contents, and a list item
keeps its source marker visible."""

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kzlib
from kzlib import reading
from kzlib.reading import Span, sweep

from conftest import CHAPTER, SHIPPED

VOID = {"br", "img", "input", "meta", "link", "hr", "wbr"}


class Tree(HTMLParser):
    """Elements with their attributes, checking that every tag closes in order; text outside scripts/styles."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.elements, self.text, self.scripts, self.errors = [], [], [], [], []
        self.para_text = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "script":
            self.scripts.append(data)
        elif not self.stack or self.stack[-1] != "style":
            self.text.append(data)
            if "sup" not in self.stack and "p" in self.stack:
                self.para_text.append(data)


def parse(html: str) -> Tree:
    tree = Tree()
    tree.feed(html)
    tree.close()
    assert not tree.errors and not tree.stack, tree.errors[:3] or tree.stack
    return tree


def with_attr(tree, name, tag=None):
    return [a for t, a in tree.elements if name in a and (tag is None or t == tag)]


@pytest.fixture(scope="module")
def chapter_page(corpus):
    """The chapter's reading page, parsed (well-formed: parse checks that every tag closes in order)."""
    return parse(reading.page(corpus, CHAPTER))


def test_chapter_page_keeps_the_contract(corpus, chapter_page):
    tree = chapter_page
    ids = [a["id"] for _, a in tree.elements if "id" in a]
    assert len(ids) == len(set(ids)), "ids are unique"
    paras = corpus.paragraphs[corpus.paragraphs.doc_id == CHAPTER]
    assert set(paras.para_id) <= set(ids)
    assert set(corpus.sentences[corpus.sentences.doc_id == CHAPTER].sent_id) <= set(ids)
    mentions = corpus.mentions[corpus.mentions.doc_id == CHAPTER]
    marks = with_attr(tree, "data-actor")
    assert len(marks) == len(mentions)
    assert sorted((a["data-actor"], a["data-form"]) for a in marks) == sorted(zip(mentions.actor_id, mentions.form))
    timexes = corpus.timexes[(corpus.timexes.doc_id == CHAPTER)]
    dated = {a["data-timex"]: a["data-value"] for a in with_attr(tree, "data-value")}
    text_rows = timexes[timexes.role != "publication"]
    assert len(text_rows) and all(dated.get(t) == v for t, v in zip(text_rows.timex_id, text_rows.value))
    evidence = corpus.theme_evidence[corpus.theme_evidence.doc_id == CHAPTER]
    assert len(with_attr(tree, "data-theme", "span")) == len(evidence)
    actions = getattr(corpus, "actions", None)
    if actions is not None:  # the optional layer, once the corpus has an actions table
        assert len(with_attr(tree, "data-action")) == (actions.doc_id == CHAPTER).sum()
    assert all(
        a.get("tabindex") == "0" and a.get("title") and a["data-href"].startswith("#")
        for a in with_attr(tree, "data-actor")
    )
    targets = {a["data-href"][1:] for _, a in tree.elements if "data-href" in a}
    assert targets <= set(ids), "every mark links to a summary on the page"


def test_footnotes_link_both_ways(corpus, chapter_page):
    tree = chapter_page
    hrefs = {a["href"] for t, a in tree.elements if t == "a" and "href" in a}
    ids = {a["id"] for _, a in tree.elements if "id" in a}
    notes = corpus.footnotes[corpus.footnotes.doc_id == CHAPTER]
    for r in notes.itertuples():
        assert f"fn-{r.number}" in ids
        if isinstance(r.para_id, str):
            assert f"#fn-{r.number}" in hrefs and f"#fnref-{r.number}" in hrefs and f"fnref-{r.number}" in ids


def test_text_is_the_paragraph_text(corpus):
    tree = parse(reading.fragment(corpus, CHAPTER, "P014", layers=()))
    p = corpus.paragraphs.set_index("para_id").loc["P014"]
    assert " ".join("".join(tree.para_text).split()) == "P014 " + " ".join(p.text.split())


def test_show_renders_inline_like_displacy(corpus):
    shown = corpus.show(CHAPTER, "P014")
    html = shown._repr_html_()
    tree = parse(html)
    assert [a["id"] for t, a in tree.elements if a.get("class") == "p"] == ["P014"]
    assert with_attr(tree, "data-actor") and not tree.scripts
    only_dates = parse(corpus.show(CHAPTER, layers=["dates"])._repr_html_())
    assert not with_attr(only_dates, "data-actor") and with_attr(only_dates, "data-value")


def test_source_text_is_shown_never_executed():
    text = (
        'A "Title" with <script>window.kzPwned=1</script> & <b>bold</b>\n\n'
        'The United States & Kazakhstan signed it on 5 May 2019 <img src=x onerror="window.kzPwned=2">.\n\n'
        "Washington's <style>body{display:none}</style> 'reply' came in 2020.\n"
    )
    corpus = kzlib.load(texts={"hostile": text}, codebook=SHIPPED)
    for html in (reading.page(corpus, "hostile"), corpus.show("hostile")._repr_html_()):
        tree = parse(html)
        assert not any("kzPwned" in s for s in tree.scripts)
        assert not [t for t, a in tree.elements if t in ("b", "img") or "onerror" in a]
        shown = " ".join("".join(tree.text).split())
        assert "<script>window.kzPwned=1</script>" in shown and "United States & Kazakhstan" in shown
        assert "&lt;script&gt;" in html and "<script>window" not in html
    assert with_attr(parse(reading.page(corpus, "hostile")), "data-actor")


def test_overlapping_marks_nest_or_split_cleanly():
    text = "abcdefghij"
    spans = [
        Span(0, 10, 0, "span", {"id": "s1"}, {"class": "cont"}),
        Span(2, 6, 1, "span", {"data-a": "x"}, {"class": "cont"}),
        Span(4, 8, 1, "span", {"data-b": "y"}, {"class": "cont"}),
        Span(4, 6, 1, "span", {"data-c": "z"}, {"class": "cont"}),
    ]
    html = sweep(text, spans, [(5, "<sup>1</sup>")])
    tree = parse(str(html))
    assert "".join(tree.text) == "abcde1fghij"
    assert [len(with_attr(tree, k)) for k in ("data-a", "data-b", "data-c", "id")] == [1, 1, 1, 1]


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet='ab <&">', min_size=1, max_size=30).flatmap(
        lambda t: st.tuples(st.just(t), st.lists(st.tuples(st.integers(0, len(t)), st.integers(0, len(t))), max_size=8))
    )
)
def test_sweep_is_well_formed_for_any_overlap(case):
    text, pairs = case
    spans = [
        Span(min(i, j), max(i, j), 1, "span", {"data-k": str(k)}, {"class": "cont"}) for k, (i, j) in enumerate(pairs)
    ]
    kept = sum(1 for s in spans if s.i < s.j)
    tree = parse(str(sweep(text, spans)))
    assert "".join(tree.text) == text
    assert len(with_attr(tree, "data-k")) == kept


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
