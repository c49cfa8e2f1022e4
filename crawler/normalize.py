"""An item's text normalized: pure functions, what the normalize pipeline and saved pages share.

Script (traditional to simplified, only for an article written in traditional script),
pinyin brackets, width and whitespace, damage counted: see :mod:`crawler.text` for
each step; ``content_hash`` over the normalized title and body.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from crawler.items import Article
from crawler.text import is_traditional, normalize_text

__all__ = ["DAMAGE_FIELDS", "TEXT_FIELDS", "content_hash", "normalize_article"]

TEXT_FIELDS = ("title", "author", "source", "breadcrumb", "section", "body")
DAMAGE_FIELDS = ("title", "body")


def content_hash(title: str | None, body: str | None) -> str:
    """SHA-1 over the normalized title and body: equal for the same article under any URL."""
    return hashlib.sha1(f"{title or ''}\n{body or ''}".encode()).hexdigest()


def normalize_article(
    item: Article, *, simplify: bool = True, opencc_config: str = "t2s"
) -> tuple[Article, int]:
    """A normalized copy of ``item`` and the number of pinyin brackets removed.

    Script is converted only for an article written in traditional script (judged on its
    title and text together): a simplified page keeps the characters OpenCC would still
    change, such as 昇 in a person's name.
    """
    changes: dict[str, object] = {}
    removed = damaged = 0
    if simplify:
        simplify = is_traditional(f"{item.title or ''}{item.body or ''}", opencc_config)
    for name in TEXT_FIELDS:
        value = getattr(item, name)
        if value is None:
            continue
        text, n_pinyin, n_damage = normalize_text(value, simplify=simplify, config=opencc_config)
        changes[name] = text or None
        removed += n_pinyin
        if name in DAMAGE_FIELDS:
            damaged += n_damage
    changes["text_damaged"] = damaged
    out = replace(item, **changes)
    out.content_hash = content_hash(out.title, out.body)
    return out, removed
