"""A profile's CSS selectors answered from one pass over the page: the same elements, in the
same order, as the selectors' XPath (parsel's translation) finds."""

from __future__ import annotations

import pytest
from cssselect import SelectorSyntaxError
from lxml import etree
from parsel.csstranslator import HTMLTranslator

from crawler.dev.replica.content import Site
from crawler.dev.replica.render import article_page, list_page
from crawler.dom import parse_html
from crawler.profiles import HERE, load_profile
from crawler.sitecss import PageCSS, _plan
from tests.test_other_renderings import DEDECMS_DEFAULT, FLAT

# class lists with tabs, newlines and repeats, names inside other names (subtitle, title2),
# nested and repeated containers, upper-case tags, ids used twice, a selector's element the
# root, elements in <head>, comments between them
MARKUP = """<HTML class="content"><head><title class="title">t</title></head><body>
<div class="header"><div class="title"><H1><a href="/">site</a></H1></div></div>
<div class="	title
 main title"><div class="title"><h2 id="content">one</h2><!-- c --><h2>two</h2></div></div>
<div class="subtitle title2"><h2>not a title's</h2><h1 class="title">h1</h1></div>
<div id="content" class="info	meta"><span class="info">a</span><p class="content">p</p></div>
<div id="Content" class="Info"><h2>case</h2></div>
<ul class="position place"><li class="position"><a>crumb</a></li></ul>
<div class="arc_body"><div class="article-content"><p>text</p></div></div>
</body></HTML>"""

SELECTORS = [
    # answered from the index
    ".title h2", ".title h1", "h1.title", ".arc_title", ".article-title", ".info", ".meta",
    ".content", "#content", ".article-content", "#article_content", ".arc_body", ".position",
    ".place", ".breadcrumb", "div.info", "span.info", "h2#content", "#content p", ".info .info",
    ".position li", ".title .title", "*.title", "*#content", "h2", "DIV.title H2", ".Info",
    # answered by XPath
    "div > h2", ".title > h2", "[id=content]", ".info, .meta", "h2:first-child",
    ".title + div", "div.info.meta", "#content .info p", "*", ".title ~ div", "p:not(.content)",
]  # fmt: skip


def _xpath(root: etree._Element, css: str) -> list[etree._Element]:
    return etree.XPath(HTMLTranslator().css_to_xpath(css))(root)


def _pages() -> list[str]:
    site = Site(articles=60, seed=3)
    templates = {}
    for i in site.ids:  # one article of each of the replica's renderings
        spec = site.article(i)
        templates.setdefault(spec.template, spec)
    pages = [article_page(site, spec) for spec in templates.values()]
    pages.append(list_page(site, spec.section, 1))
    return [MARKUP, DEDECMS_DEFAULT, FLAT, *pages]


@pytest.mark.parametrize("number", range(len(_pages())))
def test_every_selector_finds_what_its_xpath_finds(number):
    root = parse_html(_pages()[number])
    profile = [one for field in load_profile("chinajl").selectors.values() for one in field]
    page = PageCSS(root, SELECTORS + profile)
    for css in SELECTORS + profile:
        want, got = _xpath(root, css), page.select(css)
        assert [id(el) for el in got] == [id(el) for el in want], (
            f"{css!r}: {[el.tag for el in got]} != {[el.tag for el in want]}"
        )


def test_the_markup_exercises_the_index():
    """The hand-made page has what the index must get right: several matches, nesting."""
    root = parse_html(MARKUP)
    page = PageCSS(root, SELECTORS)
    assert [el.text for el in page.select(".title h2")] == ["one", "two"]
    assert [el.tag for el in page.select(".title")] == ["title", "div", "div", "div", "h1"]
    assert len(page.select("#content")) == 2


@pytest.mark.parametrize(
    ("markup", "css"),
    [
        ('<div class="a\x0cb">x</div>', r".a\c b"),  # a form feed escaped: matches nothing
        ('<div id="a\x0cb">x</div>', r"#a\c b"),  # XPath cannot hold it: an error
        ('<div class="a b">x</div>', r".a\ b"),  # a space inside a class: nothing
        ('<div class="a\\b">x</div>', r".a\\b"),
    ],
)
def test_names_with_escaped_spaces_or_controls_are_left_to_xpath(markup, css):
    """cssselect's XPath treats such names its own way; the index must not answer for them."""
    root = parse_html(markup)
    try:
        want = [id(el) for el in _xpath(root, css)]
    except ValueError as exc:
        with pytest.raises(ValueError, match=str(exc)[:20]):
            PageCSS(root, [css]).select(css)
        return
    assert [id(el) for el in PageCSS(root, [css]).select(css)] == want


def test_a_selector_that_does_not_parse_fails_as_it_did():
    with pytest.raises(SelectorSyntaxError):
        PageCSS(parse_html(MARKUP), [".title h2 >"]).select(".title h2 >")


def test_a_selector_the_page_was_not_told_of_is_still_answered():
    root = parse_html(MARKUP)
    assert [el.text for el in PageCSS(root, []).select(".title h2")] == ["one", "two"]


def test_the_bundled_profiles_selectors_are_all_answered_from_the_index():
    """Each selector XPath answers walks the whole page: a bundled profile uses none (its
    family's selectors come with it)."""
    for path in HERE.glob("*.toml"):
        profile = load_profile(path.stem)
        slow = [css for field in profile.selectors.values() for css in field if not _plan(css)]
        assert not slow, f"{path.name}: {slow}"
