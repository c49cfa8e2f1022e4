"""One parse per response, with lxml's plain HTML parser.

parsel parses with ``lxml.html``, whose element class lookup runs Python code
for every element the extractor touches: about a fifth of the extraction time
on real pages. The extractor and the spiders only need ``lxml.etree`` elements,
so a response is parsed once here, by the plain parser, and the tree is shared
by everyone who asks for the same response.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from weakref import WeakKeyDictionary

from lxml import etree
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.selector import Selector

from crawler.middlewares import canonical_encoding, decodes
from crawler.text import (
    MOJIBAKE_UTF8_RE,
    encodable,
    mend_mojibake,
    shown_characters,
    shows_mojibake,
)

__all__ = [
    "Marked", "dead_href", "marked_elements", "meta_key", "not_a_page", "page_comments", "page_elements",
    "page_root",
    "page_selector",
    "parse_html", "tagged_alike", "text_of",
]  # fmt: skip

_cache: WeakKeyDictionary[TextResponse, Selector] = WeakKeyDictionary()


def parse_html(text: str, base_url: str | None = None) -> etree._Element:
    """The root element of an HTML text (as parsel builds it: NULs out, an empty page is <html/>).

    >>> parse_html("<p>计量</p>").findtext(".//p")
    '计量'
    >>> parse_html("").tag
    'html'
    """
    try:
        body = _stripped_utf8(text)
    except UnicodeEncodeError:  # half a UTF-16 pair (a page decoded with an escape codec)
        body = _stripped_utf8(encodable(text))
    return _parsed(body, base_url)


def parse_utf8(body: bytes, base_url: str | None = None) -> etree._Element | None:
    """:func:`parse_html` of ``body.decode("utf-8")``, without encoding the text back for
    libxml2 (a copy of a big page); None unless the bytes are UTF-8 throughout and begin and
    end in ASCII. Python's decoder checks the bytes (:func:`crawler.middlewares.decodes`):
    libxml2 mends the others its own way, and its error log is no check (it stops logging
    after 100 errors and at a fatal one, and skips what a DOCTYPE holds).

    >>> parse_utf8(" <p>计量</p>".encode()).findtext(".//p")
    '计量'
    >>> parse_utf8(b"<p>\\xb5\\xe7</p>") is None, parse_utf8("\\ufeff<p>计量</p>".encode()) is None
    (True, True)
    """
    body = body.strip()
    if not _ascii_ends(body):
        return None  # a byte-order mark, a Unicode space to strip
    if not decodes(body, "utf-8"):
        return None
    return _parsed(body.replace(b"\x00", b"") if b"\x00" in body else body, base_url)


def _parsed(body: bytes, base_url: str | None) -> etree._Element:
    """The tree of UTF-8 ``body``."""
    # huge_tree: libxml2 stops building the tree at depth 256 otherwise, and old pages that
    # leave a <font> open in every paragraph lose their text past it (2 048 with it; the
    # download size bounds what else it lifts). collect_ids=False: no table of the ids (for
    # XPath's id(), which nothing here calls; a CSS #id is an attribute test): parses 6 % faster
    parser = etree.HTMLParser(recover=True, encoding="utf-8", huge_tree=True, collect_ids=False)
    base_url = encodable(base_url) if base_url else base_url
    root = etree.fromstring(body or b"<html/>", parser=parser, base_url=base_url)
    if root is None:
        root = etree.fromstring(b"<html/>", parser=parser, base_url=base_url)
    _join_stray_html(root)
    _lift_body_from_head(root)
    _unlink_wrappers(root)
    if MOJIBAKE_UTF8_RE.search(body):  # (a few pages in a hundred: 0.6 ms a megabyte to know)
        _mend_mojibake(root)
    return root


def _mend_mojibake(root: etree._Element) -> None:
    """Mend the texts and meta tags' contents of a page that shows UTF-8 read as Windows-1252
    in places (todayâ€™s, â€” for a dash: see :func:`crawler.text.mend_mojibake`), so that
    every field and the text read what the page meant; up to
    :data:`MOJIBAKE_MENDED_MAX_CHARS` of them, the first (ftfy took 8.7 s on 3.6 MB of such
    text, what a hostile page may hold: the rest is left as it is).

    >>> root = parse_html("<title>Todayâ€™s news</title><meta name='author' content='JosÃ© Ruiz'>"
    ...                   "<p>December 4, 2019 (SAINT PAUL) â€” A <b>caféâ€™s</b> owner</p>")
    >>> _mend_mojibake(root)
    >>> root.findtext(".//title"), root.find(".//meta").get("content"), text_of(root.find(".//p"))
    ('Today’s news', 'José Ruiz', 'December 4, 2019 (SAINT PAUL) — A café’s owner')
    """
    budget = MOJIBAKE_MENDED_MAX_CHARS

    def mended(text: str | None) -> str | None:
        nonlocal budget
        if not text or len(text) > budget or not shows_mojibake(text):
            return text
        budget -= len(text)
        return mend_mojibake(text)

    for el in root.iter():
        if (text := el.text) != (new := mended(text)):
            el.text = new
        if (tail := el.tail) != (new := mended(tail)):
            el.tail = new
        if el.tag == "meta" and (content := el.get("content")) != (new := mended(content)):
            el.set("content", new)


#: The most characters of texts with the sign a page has mended (a long article's many times:
#: about half a second of ftfy's at worst).
MOJIBAKE_MENDED_MAX_CHARS = 200_000


def _unlink_wrappers(root: etree._Element) -> None:
    """Make a ``<div>`` of each ``<a>`` that links nowhere around blocks of text: no href (a
    template's styled wrapper, ``<a style=…>text<p>&nbsp;</p>text</a>``, which a browser shows
    as plain text), or a dead one (``#``, ``javascript:…``; a menu's toggle holds a word, no
    paragraph); and a ``<span>`` of a named target's words (``<a name="_Toc1">第一章</a>``).
    Their text is then a container's, not a link's. An ``<a>`` without href holding words alone
    stays a link: a script's (``<a data-nav=…>`` in a menu). (Each link asked in Python: an
    XPath finding the few took twice as long.)

    >>> root = etree.fromstring('<div><a style="x">文<p>字</p></a><a href="#"><p>文</p></a>'
    ...     '<a href="#">菜单</a><a href="/a.html"><p>文</p></a><a name="top"></a>'
    ...     '<a name="_Toc1">第一章</a><a data-nav="x">政务公开</a></div>')
    >>> _unlink_wrappers(root)
    >>> [el.tag for el in root]
    ['div', 'div', 'a', 'a', 'a', 'span', 'a']
    """
    for a in root.iter("a"):
        href = a.get("href")
        if href is None:
            if len(a) and _BLOCK_XPATH(a):
                a.tag = "div"
            elif a.get("name") is not None and a.text:
                a.tag = "span"  # a target's words (Word's <a name="_Toc…">第一章</a>)
        elif href[:1] in _DEAD_HREF_STARTS and dead_href(href) and _BLOCK_XPATH(a):
            del a.attrib["href"]
            a.tag = "div"


_DEAD_HREF_STARTS = frozenset("#jJ \t\n")
_BLOCK_XPATH = etree.XPath("boolean(.//p | .//div | .//br | .//table)")


def dead_href(href: str) -> bool:
    """An href that leads to no other page: empty, a fragment, a script."""
    href = href.strip()
    return not href or href[0] == "#" or href[:11].lower() == "javascript:"


def _stripped_utf8(text: str) -> bytes:
    """``text.strip().replace("\\x00", "").encode("utf-8")``, with one copy of a big page
    instead of three where the ends are plain ASCII (bytes strip ASCII spaces only).

    >>> _stripped_utf8(" \\n<p>计量\\x00</p>\\u3000"), _stripped_utf8("\\u3000<p>a</p>\\x00 ")
    (b'<p>\\xe8\\xae\\xa1\\xe9\\x87\\x8f</p>', b'<p>a</p>')
    """
    body = text.encode("utf-8").strip()
    if _ascii_ends(body):
        return body.replace(b"\x00", b"") if b"\x00" in body else body
    return text.strip().replace("\x00", "").encode("utf-8")  # Unicode spaces at an end


def _ascii_ends(body: bytes) -> bool:
    """Stripped bytes that ``str.strip()`` would leave alone: ASCII at both ends and no
    separator character (U+001C to U+001F, which bytes keep and a text strips)."""
    ends = body[:1] + body[-1:]
    return ends.isascii() and not _OTHER_SPACE_RE.search(ends)


# ASCII characters str.strip() takes for spaces and bytes.strip() does not
_OTHER_SPACE_RE = re.compile(rb"[\x1c-\x1f]")


# What HTML lets a <head> hold (its "in head" insertion mode): any other element starts the body
_HEAD_CONTENT = frozenset(
    ("title", "meta", "link", "script", "style", "base", "basefont", "bgsound", "noscript",
     "noframes", "template")
)  # fmt: skip


# what shows nothing and is read where it stands in the head (og:site_name's <meta>)
_HEAD_METADATA = frozenset(("meta", "link", "base", "title"))


def _lift_body_from_head(root: etree._Element) -> None:
    """Move what a browser shows in the body out of ``<head>``: libxml2's tree builder knows
    HTML 4's elements only, and keeps ``<header>``, ``<nav>``, ``<main>``, ``<time>`` or an
    unknown element in the head when the page leaves out the optional ``</head><body>`` (a
    valid HTML5 page, minified so, was all in its head: no line, no heading).

    >>> root = parse_html("<title>T</title><header><h1>标题</h1></header><main><p>正文</p></main>")
    >>> [el.tag for el in root.find("body")], [el.tag for el in root.find("head")]
    (['header', 'main'], ['title'])
    >>> text_of(parse_html("<title>T</title><time>2020-01-01</time> 来源：本网<p>正文</p>").find("body"))
    '2020-01-01 来源：本网正文'
    >>> root = parse_html("<title>T</title><x-nav>菜单</x-nav><meta name=a>尾\x01<p>正文</p>")
    >>> [el.tag for el in root.find("head")], text_of(root.find("body"))
    (['title', 'meta'], '菜单尾正文')
    """
    head = root.find("head")
    if head is None:
        return
    first = next(
        (el for el in head if isinstance(el.tag, str) and el.tag not in _HEAD_CONTENT), None
    )
    if first is None:
        return
    body = root.find("body")
    if body is None:
        body = etree.Element("body")
        head.addnext(body)
    moved: list[etree._Element] = []
    for el in [first, *first.itersiblings()]:
        if el.tag in _HEAD_METADATA:  # (shows nothing: stays where /html/head/meta is read)
            _add_tail(moved[-1], el.tail)
            el.tail = None
            continue
        moved.append(el)
    lead, body.text = body.text, None  # the body's first text came after them
    for at, el in enumerate(moved):
        body.insert(at, el)  # (with its tail)
    _add_tail(moved[-1], lead)


def _join_stray_html(root: etree._Element) -> None:
    """Move what follows an early ``</html>`` into the body, where a browser shows it.

    A header template that closes the document (``…</html><div class="content">…``, seen on
    government portals) makes libxml2 start a second ``<html>`` beside the first; the article
    was then outside the tree everyone reads.

    >>> root = parse_html("<html><body><p>head</p></body></html><div>text</div>")
    >>> [p.text for p in root.iter("p", "div")]
    ['head', 'text']
    >>> text_of(parse_html("<html><body><p>head</p></body></html>第一段。<br>第二段。").find("body"))
    'head第一段。第二段。'
    """
    strays = [el for el in root.itersiblings() if el.tag == "html"]
    if not strays:
        return
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    # texts waiting for the next element moved, set once (a hundred thousand </html>x: each
    # added on its own rebuilt the text every time)
    pending: list[str] = []

    def flush() -> None:
        _append_text(body, "".join(pending))
        pending.clear()

    for stray in strays:
        pending.append(stray.text or "")  # text right after </html>, before any element
        stray.text = None
        for child in list(stray):
            if child.tag == "head":
                pending.append(child.tail or "")
            elif child.tag == "body":
                pending.append(child.text or "")
                if len(child):
                    flush()
                    body.extend(list(child))
                pending.append(child.tail or "")
            else:
                flush()
                body.append(child)  # with its tail
                continue
            stray.remove(child)  # (emptied: nothing is left to walk in the strays)
    flush()


def _append_text(parent: etree._Element, text: str | None) -> None:
    """Add ``text`` at the end of ``parent``'s content (its last child's tail, or its text).

    >>> root = parse_html("<html></html><html class=a>a\x0cb\x01c</html>")
    >>> root.find("body").text
    'a bc'
    """
    if not text:
        return
    # (the last child from the end: len() counts every child, a thousand times on a body that
    # grows with each stray)
    last = next(parent.iterchildren(reversed=True), None)
    if last is not None:
        _add_tail(last, text)
    else:  # (libxml2 keeps controls in the text it parsed, which lxml refuses to set)
        parent.text = shown_characters((parent.text or "") + text)


def _add_tail(el: etree._Element, text: str | None) -> None:
    """Add ``text`` after ``el``'s tail, less the controls libxml2 keeps in parsed text and
    lxml refuses to set (as :func:`crawler.text.shown_characters` shows them)."""
    if text:
        el.tail = shown_characters((el.tail or "") + text)


def page_elements(el: etree._Element, *tags: str) -> Iterator[etree._Element]:
    """The ``tags`` elements of the page ``el`` belongs to, in document order: what an XPath
    ``//tag`` finds, by libxml2's walk of the elements alone (an XPath's visit of every node
    took five to ten times as long: a quarter of a millisecond a page for each ``//meta``).

    >>> root = parse_html("<meta name=a><p><time>1</time></p><meta name=b>")
    >>> [m.get("name") for m in page_elements(root.find(".//p"), "meta")]
    ['a', 'b']
    """
    return el.getroottree().getroot().iter(*tags)


def tagged_alike(el: etree._Element) -> Iterator[etree._Element]:
    """The elements of the page ``el`` belongs to with ``el``'s tag, ``el`` among them, in
    document order. libxml2 keeps a broken page's tag whatever it holds (<div\\x02…>, bytes
    gone astray), which lxml will not take back as a tag to look for: those are compared.

    >>> root = parse_html("<div>a</div><p>b</p><div\\x02x>c</div\\x02x><div\\x02x>d</div\\x02x>")
    >>> [len(list(tagged_alike(el))) for el in root.iter("div", "p")]
    [1, 1]
    >>> [text_of(el) for el in tagged_alike(root[0][2])]
    ['c', 'd']
    """
    root = el.getroottree().getroot()
    try:
        return root.iter(el.tag)
    except ValueError:  # (no tag lxml takes: control characters in it)
        return (other for other in root.iter() if other.tag == el.tag)


def page_comments(el: etree._Element) -> list[etree._Element]:
    """The comments of ``el``'s page in document order, those before and after its root
    element too (a CMS's metadata before ``<html>``), in one walk.

    >>> [c.text for c in page_comments(parse_html("<!--a--><p>x<!--b--></p>"))]
    ['a', 'b']
    """
    top = el.getroottree().getroot()
    before = [c for c in top.itersiblings(preceding=True) if c.tag is etree.Comment]
    after = [c for c in top.itersiblings() if c.tag is etree.Comment]
    return [*reversed(before), *top.iter(etree.Comment), *after]


def meta_key(meta: etree._Element) -> str:
    """What a ``<meta>`` names, in lower case: its ``property`` (Open Graph's), else its
    ``name`` (``DC.creator``, ``Author``: pages write the names in any letter case).

    >>> meta_key(parse_html('<meta name="Author" content="T">').find(".//meta"))
    'author'
    """
    return (meta.get("property") or meta.get("name") or "").lower()


def text_of(el: etree._Element) -> str:
    """The text inside ``el`` (not its tail): ``"".join(el.itertext())``, serialized by
    libxml2 in one call, about five times faster on big containers.

    >>> text_of(parse_html("<div>计量<b>检定</b><!-- x -->工作</div>tail").find(".//div"))
    '计量检定工作'
    """
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


@dataclass
class Marked:
    """The elements a page names by their tag, class or id, each list in document order."""

    headings: list[etree._Element] = field(default_factory=list)  # h1–h3, class *title*
    crumbs: list[etree._Element] = field(default_factory=list)  # *position*, *place*, *crumb*
    accounts: list[etree._Element] = field(default_factory=list)  # *author*, *nickname*, …
    sources: list[etree._Element] = field(default_factory=list)  # *source*
    # rel="author", itemprop="author": the writers the markup's standards mark
    authors: list[etree._Element] = field(default_factory=list)
    closed: list[etree._Element] = field(default_factory=list)  # dialogs kept closed


#: Elements whose text the page does not show: the head, code, forms' options, embedded
#: frames and objects (what a browser shows in their place is not the page's text), and the
#: names an inline drawing gives itself for screen readers (an icon's ``<svg><title>``; its
#: ``<text>``, a formula's or a chart's, is shown; a ``<title>`` is shown nowhere).
HIDDEN_TAGS = frozenset(["head"]) | frozenset(
    ["script", "style", "noscript", "iframe", "select", "option", "textarea", "button", "object",
     "title", "desc"]
)  # fmt: skip
_HEADING_TAGS = frozenset(("h1", "h2", "h3"))
_NAMES = ("title", "Title", "position", "place", "crumb", "author", "Author", "nickname", "ickName", "user-name", "media-user", "source")  # fmt: skip


def _named(value: str) -> bool:
    """``value`` holds one of the names: ``in`` tests in a loop, faster than a regex over a
    news site's long class lists (0.72 ms a page on newspaper4k's, 1.05 with the regex) and
    than ``any()`` over a generator (0.96)."""
    for name in _NAMES:  # noqa: SIM110
        if name in value:
            return True
    return False


# (nickName in camel case too, as a word of its own: CSDN's follow-nickName, not a signed-in
# user's userNickName; _NAMES holds its ickName, one test)
_ACCOUNT_CLASS_RE = re.compile(r"[aA]uthor|nickname|(?<![^\s_-])[nN]ickName|user-name|media-user")
_ACCOUNT_ID_RE = re.compile(r"[aA]uthor|nickname|(?<![^\s_-])[nN]ickName")


def marked_elements(root: etree._Element) -> Marked:
    """The headings, breadcrumbs, author (account, markup) and source elements of a page,
    found in one pass over its elements (an XPath ``contains(@class, …)`` per kind took a pass each,
    about a fifth of the extraction time on real pages). Names are matched case-sensitively
    inside ``class`` and ``id`` (``class="article-source"``), as ``contains()`` would.

    >>> m = marked_elements(parse_html(
    ...     '<h1>T</h1><div class="crumb">a</div><span id="author">b</span><i class="source">c</i>'))
    >>> [len(m.headings), len(m.crumbs), len(m.accounts), len(m.sources)]
    [1, 1, 1, 1]

    A site's closed service dialog (:func:`closed_dialog`) is listed, what it holds filed too (the
    loader drops it only where the page holds a text besides, and then walks again):

    >>> m = marked_elements(parse_html("<p>Open the FAQ</p><dialog id=faq><h1>FAQ</h1></dialog>"))
    >>> [el.get("id") for el in m.closed], [el.text for el in m.headings]
    (['faq'], ['FAQ'])
    """
    marked = Marked()
    headings = _HEADING_TAGS
    # iterwalk, not iter: it keeps the ancestors' Python proxies alive, and releasing the
    # proxy of an element none of whose ancestors has one walks up to the root (a page
    # 2 000 elements deep took seconds; 3 % slower on news pages)
    walker = etree.iterwalk(root, events=("start",))
    for _, el in walker:
        # (the test inline: a call for each of a page's thousand elements took a tenth)
        tag = el.tag  # (elements only: comments come with "comment" events)
        if tag in HIDDEN_TAGS:
            walker.skip_subtree()  # not shown: no heading or byline of the page's
            continue
        cls, ident = el.get("class") or "", el.get("id") or ""
        if (tag == "dialog" or el.get("aria-hidden") == "true") and closed_dialog(el):
            marked.closed.append(el)  # (what it holds filed too: it stays on some pages)
        if tag in headings or (cls and _named(cls)) or (ident and _named(ident)):
            _file(marked, el, tag, cls, ident)
        if ((prop := el.get("itemprop")) and "author" in prop.split()) or (
            tag == "a" and (rel := el.get("rel")) and "author" in rel.split()
        ):
            marked.authors.append(el)  # (a link's rel only: one read less for the rest)
    return marked


def closed_dialog(el: etree._Element) -> bool:
    """A dialog of the site's services that the page keeps closed and sets at its top level,
    among ``<body>``'s children, where dialog libraries put them (an FAQ, a sign-up, a login,
    a newsletter's, a cookie notice, a contact form: shown once a reader opens it), on every
    page and sometimes longer than the article (Bdaily's FAQ in a Foundation
    ``reveal-modal``): a ``<dialog>`` without ``open``, or one hidden from everyone
    (``aria-hidden="true"``) that says it is a dialog by its role or class, a name of it
    opening with the service's (``faqModal``, ``newsletter-popup``). A dialog within the page's
    blocks, or named otherwise (a Read more, a story's overlay, a transcript, a topic's slug:
    ``chocolate-chip-cookies-modal``), may hold the text a script shows: it stays, as does a
    page's wrapper hidden while one is open (``has-modal``). Three reviews' probes set these
    edges.

    >>> def closed(html):
    ...     return closed_dialog(parse_html(html).find(".//body")[0])
    >>> [closed(html) for html in (
    ...     "<dialog id=newsletter>Sign up</dialog>", "<dialog open id=newsletter>Sign up</dialog>",
    ...     "<div id=faqModal class='reveal-modal small' aria-hidden='true'>FAQ</div>",
    ...     "<div class='js-login' role='dialog' aria-hidden='true'>Log in</div>",
    ...     "<div id=faq class='modal' aria-hidden='false'>FAQ</div>",
    ...     "<div id=more class='modal fade' aria-hidden='true'>The story goes on</div>",
    ...     "<div class='site has-modal newsletter-open' aria-hidden='true'>The page</div>",
    ...     "<div id=chocolate-chip-cookies-modal class=modal aria-hidden='true'>The recipe</div>",
    ...     "<main><dialog id=newsletter>Sign up</dialog></main>")]
    [True, False, True, True, False, False, False, False, False]
    """
    parent = el.getparent()
    if parent is None or parent.tag != "body":
        return False
    if el.tag == "dialog":
        closed = el.get("open") is None
    elif el.get("aria-hidden") != "true":
        return False
    else:
        closed = el.get("role") in _DIALOG_ROLES or any(
            _MODAL_CLASS_RE.fullmatch(name) for name in (el.get("class") or "").split()
        )
    names = f"{el.get('id') or ''} {el.get('class') or ''}".split()
    return closed and any(_SERVICE_NAME_RE.match(_CAMEL_RE.sub("-", name)) for name in names)


_DIALOG_ROLES = frozenset(("dialog", "alertdialog"))
# modal, reveal-modal, js_faq_modal; not a page's state while one is open (has-modal)
_MODAL_CLASS_RE = re.compile(r"(?!(?:has|with|no|is)[-_])(?:[\w-]*[-_])?modal")
# a site's service a dialog's name opens with (faqModal, signUpModal, newsletter-popup,
# js-login; not researchSummary, shareholderLetter; contact, e-mail, share, search and account
# only before a dialog's word: contact tracing is a topic)
_SERVICE_NAME_RE = re.compile(
    r"(?i)(?:js[-_])?(?:faq|sign[-_]?(?:up|in)|log[-_]?in|register|registration|newsletter"
    r"|subscribe|subscription|cookies?|consent|gdpr|password|feedback"
    r"|(?:contact|e-?mail|share|search|account)[-_]?(?:us|modal|popup|pop-up|dialog|form"
    r"|overlay|box))(?![^\W_])"
)
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")  # (faqModal: faq-Modal)


def drop_elements(elements: list[etree._Element]) -> None:
    """Take ``elements`` out of their tree, the text after each (its tail) left in its place.

    >>> root = parse_html("<p>a<dialog>FAQ</dialog>b</p>")
    >>> drop_elements(root.findall(".//dialog"))
    >>> text_of(root.find(".//p"))
    'ab'
    """
    for el in elements:
        parent = el.getparent()
        if parent is None:
            continue
        if el.tail:
            previous = el.getprevious()
            if previous is not None:
                _add_tail(previous, el.tail)
            else:  # (libxml2 keeps controls in the text it parsed, which lxml refuses to set)
                parent.text = shown_characters((parent.text or "") + el.tail)
        parent.remove(el)


def _file(marked: Marked, el: etree._Element, tag: str, cls: str, ident: str) -> None:
    """File ``el`` (its tag, class and id given) in the lists of ``marked`` they name it for."""
    if (
        tag in _HEADING_TAGS
        or "title" in cls
        # (in camel case, storyTitle, where it links nowhere: a template's boxTitle on every
        # box, its menus among them, is a style)
        or ("Title" in cls and next(el.iter("a"), None) is None)
    ):
        marked.headings.append(el)
    if (
        "position" in cls
        or "place" in cls
        or "crumb" in cls
        or "position" in ident
        or ("crumb" in ident)
    ):
        marked.crumbs.append(el)
    if _ACCOUNT_CLASS_RE.search(cls) or _ACCOUNT_ID_RE.search(ident):
        marked.accounts.append(el)
    if "source" in cls or "source" in ident:
        marked.sources.append(el)


def page_selector(response: TextResponse) -> Selector:
    """The response's selector over a tree parsed once by :func:`parse_html`, or from the
    bytes by :func:`parse_utf8` where they are the same text: UTF-8, or ASCII in a set that
    reads ASCII as ASCII (an English page that writes its other characters as entities;
    decoding it and encoding it back for libxml2 made its parse half as slow again)."""
    sel = _cache.get(response)
    if sel is None:
        encoding = canonical_encoding(response.encoding)
        as_utf8 = encoding == "utf-8" or (response.body.isascii() and _keeps_ascii(encoding))
        root = parse_utf8(response.body, response.url) if as_utf8 else None
        if root is None:
            root = parse_html(response.text, response.url)
        sel = Selector(root=root, type="html")
        _cache[response] = sel
    return sel


@lru_cache(maxsize=64)  # (a set's name comes from the page)
def _keeps_ascii(encoding: str) -> bool:
    """Whether ``encoding`` decodes ASCII bytes as ASCII, so that a page of ASCII bytes is
    the same text read as UTF-8: not UTF-16's, EBCDIC's, nor a set whose ASCII sequences
    stand for other characters (ISO-2022's and HZ's escapes, UTF-7's ``+…-``, the
    ``\\u`` of unicode-escape, IDNA's ``xn--``).

    >>> [_keeps_ascii(e) for e in ("cp1252", "gbk", "utf-16-le", "iso2022_jp", "unicode-escape", "idna")]
    [True, True, False, False, False, False]
    """
    try:
        return all(probe.decode(encoding) == probe.decode("ascii") for probe in _ASCII_PROBES)
    except (LookupError, UnicodeError, ValueError, TypeError):
        return False


# (the table last: unicode-escape warns of the table's backslashes before it fails)
_ASCII_PROBES = (
    b"\\u4e2d", b"xn--fiqs8s", b"\x1b$B0!\x1b(B", b"~{0!~}", b"+AGE-", bytes(range(128))
)  # fmt: skip


def utf8_response(url: str, body: bytes, headers: dict[str, str]) -> HtmlResponse | None:
    """An ``HtmlResponse`` of ``body`` read as UTF-8, parsed already, when the bytes are
    UTF-8 throughout (and not ASCII alone), which makes them UTF-8 whatever the page declares
    (:func:`crawler.middlewares.choose_encoding`); else None. The page is decoded once, to
    check it, where it was decoded to check it, decoded again for its text and encoded back.
    """
    if body.isascii() or (root := parse_utf8(body, url)) is None:
        return None
    response = HtmlResponse(url=url, body=body, headers=headers, encoding="utf-8")
    _cache[response] = Selector(root=root, type="html")
    return response


def page_root(response: TextResponse) -> etree._Element:
    return page_selector(response).root


def not_a_page(response: Response) -> str | None:
    """Why ``response`` is no HTML page (a picture, a PDF, an empty or binary answer), or None.

    Scrapy makes an ``HtmlResponse`` of any answer at a ``.html`` URL, whatever it holds.
    """
    ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
    if ctype and not any(kind in ctype for kind in ("html", "xml", "text/")):
        return f"Content-Type {ctype}"
    if not isinstance(response, TextResponse):
        return f"Content-Type {ctype or 'missing'}"
    if not response.body.strip():
        return "empty answer"
    if b"\0" in response.body[:4096]:
        return "binary answer (NUL bytes)"
    return None
