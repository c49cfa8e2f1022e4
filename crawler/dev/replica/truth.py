"""Ground truth: what a correct crawler must read from every replica article."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from importlib import resources

from crawler.dev.replica.content import ArticleSpec, Site
from crawler.dev.replica.render import DATE_FORMS, meta_fields
from crawler.parsing import CHINA_TZ

__all__ = ["expected_article", "truth_records"]


@cache
def _sample_expected() -> dict:
    path = resources.files("crawler.dev.replica").joinpath("data/sample_expected.json")
    return json.loads(path.read_text(encoding="utf-8"))


def expected_article(spec: ArticleSpec, base_url: str) -> dict:
    """The record a crawler should produce for ``spec`` (views: the counter's first answer)."""
    shown = meta_fields(spec)
    raw = spec.published.strftime(DATE_FORMS[spec.date_form])
    if spec.date_form in ("minute", "cn_minute", "second"):
        moment = spec.published.replace(tzinfo=CHINA_TZ)
        if spec.date_form != "second":
            moment = moment.replace(second=0)
        published_at = moment.isoformat()
    else:
        published_at = spec.published.date().isoformat()
    dated = "date" in shown
    record = {
        "url": base_url + spec.path,
        "title": spec.title,
        "published_at": published_at if dated else None,
        "published_raw": raw if dated else None,
        "author": spec.author if "author" in shown else None,
        "source": spec.source if "source" in shown else None,
        "views": spec.views if "views" in shown or spec.sample else None,
        "views_mode": spec.views_mode,
        "body": "\n".join(expected for _, expected in spec.paragraphs),
        "breadcrumb": f"首页 > {spec.section.channel} > {spec.section.name}",
        "section": spec.section.name,
        "pages": spec.pages,
        "text_damaged": 0,
        "mirror_url": base_url + spec.part_path(1, mirror=True) if spec.mirror else None,
        "images": [base_url + spec.image_path] if spec.image else [],
        "attachments": [],
        "doc_number": None,
        "index_number": None,
    }
    if spec.sample:
        record.update(_sample_expected())
    return record


def truth_records(site: Site, base_url: str) -> Iterator[dict]:
    """Expected records of every article, oldest first (one at a time)."""
    for i in site.ids:
        yield expected_article(site.article(i), base_url)
