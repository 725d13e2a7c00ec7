"""The reading view and the report in a real browser: headless Chromium (Debian's package), driven by Playwright.

One browser for the module. Without Chromium these tests skip, except under CI (env ``CI`` set), where they fail:
``.ci/run`` installs Chromium when it is missing.
"""

import os

import matplotlib
import nbformat
import pytest

import kzlib
from kzlib import browser, display, plots, reading, report
from kzlib.plots._style import save

from conftest import CHAPTER

TIMEOUT_MS = 10000
NOTE = "A Note\n\nKazakhstan and the United States signed an energy agreement in Astana in March 2019.\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory, corpus, codebook):
    """A small report: the chapter's reading page (and two short ones), a notebook page with a table of paragraphs,
    the index."""
    out = tmp_path_factory.mktemp("site")
    reading.write_pages(corpus, out / "reading")
    hostile = kzlib.load(
        texts={
            "hostile": 'Note "one" <script>window.kzPwned=1</script> & Kazakhstan\n\n'
            'The <img src=x onerror="window.kzPwned=2"> United States, 2019.\n'
        }
    )
    reading.write_pages(hostile, out / "reading")
    # a short page with a mark of every layer, for the page's controls (the chapter's page is 4 times as costly to
    # load, and its marks are counted in full by test_reading_page_dom_keeps_the_contract)
    reading.write_pages(kzlib.load(texts={"note": NOTE}, codebook=codebook), out / "reading")
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# 1 · Paragraphs\n\n**Question.** Which paragraphs?"),
        nbformat.v4.new_code_cell(f'DOC = "{CHAPTER}"\ncorpus.paragraphs[["para_id", "n_words"]]'),
    ]
    rows = corpus.paragraphs[corpus.paragraphs.doc_id == CHAPTER][["para_id", "n_words"]]
    nb.cells[1].outputs = [
        nbformat.v4.new_output(
            "execute_result", {"text/html": rows.to_html(index=False), "text/plain": "table"}, execution_count=1
        )
    ]
    nbformat.write(nb, out / "01-paragraphs.ipynb")
    pages = report.render_notebooks([out / "01-paragraphs.ipynb"], out, corpus)
    maps = {}
    display.setup()
    heatmap = plots.actors.section_heatmap(corpus, CHAPTER, top=5)
    save(heatmap, out / "figures", "02-actor-section-heatmap")
    width = heatmap.get_figwidth() * matplotlib.rcParams["savefig.dpi"]
    maps["figures/02-actor-section-heatmap.png"] = (CHAPTER, report.section_areas(heatmap, {"S03", "S04"}), width)
    report.write_index(out, pages, corpus, report.provenance(corpus), maps)
    return out


@pytest.fixture(scope="module")
def context():
    if not browser.available():
        if os.environ.get("CI"):
            pytest.fail("no Chromium (or no playwright) under CI: .ci/run should have installed Debian's chromium")
        pytest.skip("no Chromium on this machine (apt-get install chromium)")
    with browser.chromium(timeout_ms=TIMEOUT_MS) as ctx:
        ctx.requests = []

        def route(r):  # every request is recorded; anything that would leave the machine is refused
            ctx.requests.append(r.request.url)
            if r.request.url.startswith(("file:", "data:", "about:")):
                r.continue_()
            else:
                r.abort()

        ctx.route("**/*", route)
        yield ctx


def outside(requests):
    return [u for u in requests if not u.startswith(("file:", "data:", "about:"))]


@pytest.fixture
def page(context):
    """A fresh tab; after the test, no request may have left the machine."""
    context.requests.clear()
    p = context.new_page()
    yield p
    p.close()
    assert not outside(context.requests), f"requests left the machine: {outside(context.requests)[:3]}"


def open_page(page, path):
    page.goto(path.resolve().as_uri(), wait_until="load")
    page.wait_for_function("document.readyState === 'complete'")
    return page


def test_reading_page_dom_keeps_the_contract(page, site, corpus):
    open_page(page, site / "reading" / f"{CHAPTER}.html")
    mentions = corpus.mentions[corpus.mentions.doc_id == CHAPTER]
    assert page.evaluate("document.querySelectorAll('[data-actor]').length") == len(mentions)
    dated = dict(
        page.evaluate("[...document.querySelectorAll('[data-value]')].map(e => [e.dataset.timex, e.dataset.value])")
    )
    tx = corpus.timexes[(corpus.timexes.doc_id == CHAPTER) & (corpus.timexes.role != "publication")]
    assert len(tx) > 0 and {t: dated.get(t) for t in tx.timex_id} == dict(zip(tx.timex_id, tx.value))
    para_ids = corpus.paragraphs[corpus.paragraphs.doc_id == CHAPTER].para_id.tolist()
    missing = page.evaluate(
        "ids => ids.filter(i => !document.getElementById(i) || document.getElementById(i).tagName !== 'P')", para_ids
    )
    assert missing == []
    evidence = corpus.theme_evidence[corpus.theme_evidence.doc_id == CHAPTER]
    assert page.evaluate("document.querySelectorAll('span[data-theme]').length") == len(evidence)
    actions = getattr(corpus, "actions", None)
    if actions is not None:
        assert page.evaluate("document.querySelectorAll('[data-action]').length") == (actions.doc_id == CHAPTER).sum()


def test_a_toggle_hides_a_layer(page, site):
    open_page(page, site / "reading" / "note.html")
    marks = "['[data-actor]', '[data-value]', 'span[data-theme]', '[data-action]']"
    assert page.evaluate(f"{marks}.map(m => document.querySelectorAll(m).length)") == [3, 1, 1, 1]  # every layer
    style = "getComputedStyle(document.querySelector('[data-actor]')).backgroundColor"
    shown = page.evaluate(style)
    assert shown not in ("rgba(0, 0, 0, 0)", "transparent")
    page.click('input.kz-toggle[data-layer="actors"]')
    assert page.evaluate(style) == "rgba(0, 0, 0, 0)"
    dates = "getComputedStyle(document.querySelector('[data-value]')).backgroundColor"
    assert page.evaluate(dates) != "rgba(0, 0, 0, 0)", "the other layers stay"
    page.click('input.kz-toggle[data-layer="actors"]')
    assert page.evaluate(style) == shown


def test_focus_shows_the_coding_and_a_mark_leads_to_its_summary(page, site):
    open_page(page, site / "reading" / "note.html")
    mark = page.locator("[data-actor]").first
    mark.focus()
    info = page.locator("#kz-info").text_content()
    assert info == mark.get_attribute("title") and "codebook" in info
    page.keyboard.press("Enter")
    actor = mark.get_attribute("data-actor")
    page.wait_for_function("a => location.hash === '#actor-' + a", arg=actor)
    assert page.evaluate("document.querySelector(':target').id") == f"actor-{actor}"


def test_a_link_from_a_table_row_lands_on_its_paragraph(page, site):
    open_page(page, site / "01-paragraphs.html")
    page.set_viewport_size({"width": 1000, "height": 800})
    wide = (
        "[...document.querySelectorAll('.jp-OutputArea-output')].filter(e => e.scrollWidth > e.clientWidth + 1).length"
    )
    assert page.evaluate(wide) == 0 and page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    link = page.locator('a.kz-para[href$="#P014"]')
    assert link.count() == 1
    link.click()
    page.wait_for_url(f"**/reading/{CHAPTER}.html#P014")
    page.wait_for_function("document.querySelector(':target') !== null")
    target = page.evaluate(
        "(() => { const e = document.querySelector(':target'); const r = e.getBoundingClientRect();"
        " return [e.id, r.top >= 0 && r.top < innerHeight]; })()"
    )
    assert target == ["P014", True]
    nav = page.go_back() and page.locator("nav.kz-nav a", has_text="Report index").count()
    assert nav == 2


def test_source_text_is_shown_never_run(page, site):
    open_page(page, site / "reading" / "hostile.html")
    assert page.evaluate("typeof window.kzPwned") == "undefined"
    text = page.locator("#P001").inner_text()
    assert "<script>window.kzPwned=1</script> &" in text and 'Note "one"' in text
    assert page.locator("#kz-text img, #kz-text b").count() == 0


def test_index_reads_offline_with_alt_text(page, site):
    open_page(page, site / "index.html")
    assert page.title().startswith("kzlib report")
    assert page.evaluate("[...document.images].every(i => i.alt && i.alt.length > 10)")
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")


def test_the_request_guard_sees_what_would_leave(context, site):
    probe = site / "probe.html"
    probe.write_text('<!doctype html><title>probe</title><img alt="x" src="http://example.invalid/x.png">')
    p = context.new_page()
    p.goto(probe.resolve().as_uri(), wait_until="load")
    p.close()
    assert outside(context.requests) == ["http://example.invalid/x.png"]
    context.requests.clear()


def test_a_heatmap_column_opens_its_section(page, site):
    open_page(page, site / "index.html")
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    image = page.locator("img.mapped")
    image.scroll_into_view_if_needed()
    box = image.bounding_box()
    area = page.locator('area[href$="#S03"]')
    left, top, right, bottom = map(int, area.get_attribute("coords").split(","))
    with page.expect_navigation():
        page.mouse.click(box["x"] + (left + right) / 2, box["y"] + (top + bottom) / 2)
    assert page.url.endswith(f"reading/{CHAPTER}.html#S03")
