"""A site profile's CSS selectors over one page, answered from one pass over its elements.

Compiled to XPath (as parsel compiles them), each selector walks the whole tree: about 25 µs
on a small page, and a profile tries a dozen per page when its first choices find nothing
(another rendering of the site), a sixth of the extraction time on the replica. The forms
profiles use — ``.class``, ``#id``, ``tag``, ``tag.class``, ``tag#id`` and a descendant of
one of those (``.title h2``) — are answered from one index of the page's elements by class
and id; any other selector (attributes, ``>``, pseudo-classes, lists) runs as XPath.
Both give the same elements in document order (``tests/test_sitecss.py`` holds them to it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from cssselect import SelectorError, parse
from cssselect.parser import Class, CombinedSelector, Element, Hash
from lxml import etree
from parsel.csstranslator import HTMLTranslator

__all__ = ["PageCSS"]

# the separators of class names, as XPath's normalize-space() reads them
_CLASS_SEP_RE = re.compile(r"[ \t\r\n]+")


class _Simple(NamedTuple):
    """``tag``, ``tag.name`` or ``tag#name`` (``tag`` None: any element)."""

    tag: str | None
    kind: str | None  # "class", "id" or None (a tag alone)
    name: str | None


class _Plan(NamedTuple):
    ancestor: _Simple | None  # ``ancestor target``, or None
    target: _Simple


# a class or id the index may answer for: no space, control character, backslash or character
# XML refuses, which cssselect's XPath treats its own way (a class with a space matches
# nothing; one with a form feed or U+FFFE cannot be an XPath string at all)
_PLAIN_NAME_RE = re.compile(r"[^\s\x00-\x1f\x7f\\\ud800-\udfff\ufffe\uffff]+")


def _simple(tree) -> _Simple | None:
    if type(tree) is Element:
        if tree.namespace is not None or tree.element in (None, "*"):
            return None
        return _Simple(tree.element.lower(), None, None)
    if type(tree) in (Class, Hash) and type(tree.selector) is Element:
        inner = tree.selector
        if inner.namespace is not None:
            return None
        tag = None if inner.element in (None, "*") else inner.element.lower()
        name = tree.class_name if type(tree) is Class else tree.id
        if not _PLAIN_NAME_RE.fullmatch(name):
            return None
        if type(tree) is Class:
            return _Simple(tag, "class", tree.class_name)
        return _Simple(tag, "id", tree.id)
    return None


@cache
def _plan(css: str) -> _Plan | None:
    """How to answer ``css`` from the index, or None (XPath answers it)."""
    try:
        parsed = parse(css)
    except SelectorError:
        return None  # XPath's translation raises the error the profile's author should see
    if len(parsed) != 1 or parsed[0].pseudo_element is not None:
        return None
    tree = parsed[0].parsed_tree
    if type(tree) is CombinedSelector:
        if tree.combinator != " ":
            return None
        ancestor, target = _simple(tree.selector), _simple(tree.subselector)
        if ancestor is None or ancestor.kind is None or target is None:
            return None
        return _Plan(ancestor, target)
    target = _simple(tree)
    return _Plan(None, target) if target is not None else None


@cache
def _xpath(css: str) -> etree.XPath:
    return etree.XPath(HTMLTranslator().css_to_xpath(css))


class PageCSS:
    """The elements each of ``selectors`` finds in the tree under ``root``.

    >>> from crawler.dom import parse_html
    >>> page = PageCSS(parse_html('<div class="title x"><h2>T</h2></div><p id="c">C</p>'),
    ...                [".title h2", "#c", "div > h2"])
    >>> [el.text for el in page.select(".title h2") + page.select("#c") + page.select("div > h2")]
    ['T', 'C', 'T']
    """

    def __init__(self, root: etree._Element, selectors: Iterable[str]) -> None:
        self.root = root
        self._classes: set[str] = set()
        self._ids: set[str] = set()
        for css in selectors:
            plan = _plan(css)
            for step in (plan.ancestor, plan.target) if plan else ():
                if step is not None and step.kind == "class":
                    self._classes.add(step.name)
                elif step is not None and step.kind == "id":
                    self._ids.add(step.name)
        self._index: dict[tuple[str, str], list[etree._Element]] | None = None

    def select(self, css: str) -> list[etree._Element]:
        """The elements ``css`` finds, in document order."""
        plan = _plan(css)
        if plan is None or not self._knows(plan):
            return _xpath(css)(self.root)
        targets = self._matching(plan.target)
        if plan.ancestor is None:
            return targets
        above = set(self._matching(plan.ancestor))
        if not above:
            return []
        return [el for el in targets if any(a in above for a in el.iterancestors())]

    def _knows(self, plan: _Plan) -> bool:
        return all(
            step is None
            or step.kind is None
            or step.name in (self._classes if step.kind == "class" else self._ids)
            for step in plan
        )

    def _matching(self, step: _Simple) -> list[etree._Element]:
        if step.kind is None:
            return list(self.root.iter(step.tag))
        found = self._indexed().get((step.kind, step.name), [])
        return found if step.tag is None else [el for el in found if el.tag == step.tag]

    def _indexed(self) -> dict[tuple[str, str], list[etree._Element]]:
        if self._index is None:
            index: dict[tuple[str, str], list[etree._Element]] = {}
            classes, ids = self._classes, self._ids
            for el in self.root.iter(etree.Element):
                cls = el.get("class")
                if cls and classes:
                    for name in classes.intersection(_CLASS_SEP_RE.split(cls)):
                        index.setdefault(("class", name), []).append(el)
                ident = el.get("id")
                if ident is not None and ident in ids:
                    index.setdefault(("id", ident), []).append(el)
            self._index = index
        return self._index
