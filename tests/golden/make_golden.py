"""Regenerate the golden pages from the replica: ``python -m tests.golden.make_golden``.

Each case folder holds ``page.html`` (the bytes as served, GBK), ``meta.json``
(URL and the HTTP header's charset, or null when the header has none) and
``expected.json`` (from the replica's ground truth, not from the extractor).
Regenerate only when the replica changes on purpose, and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

from crawler.dev.replica.content import Site
from crawler.dev.replica.render import article_page
from crawler.dev.replica.truth import expected_article

HERE = Path(__file__).parent
BASE = "http://www.chinajl.com.cn"


def _pick(site: Site, **want) -> int:
    for i in site.ids:
        spec = site.article(i)
        if all(getattr(spec, k) == v for k, v in want.items()) and not spec.sample:
            return i
    raise LookupError(want)


def cases(site: Site) -> dict[str, tuple[int, int, bool]]:
    """case name -> (article id, page, mirror)."""
    return {
        "sample_traditional": (site.sample_id, 1, False),
        "dede2008_inline": (
            _pick(site, template="dede2008", meta_variant=0, views_mode="inline", pages=1),
            1,
            False,
        ),
        "cms2015_source_first": (
            _pick(site, template="cms2015", meta_variant=1, pages=1),
            1,
            False,
        ),
        "h5_wan_views": (_pick(site, template="h5", views_mode="wan", pages=1), 1, False),
        "counter_views": (_pick(site, views_mode="counter", pages=1), 1, False),
        "mirror_traditional": (_pick(site, mirror=True, pages=1), 1, True),
        "split_page_2": (_pick(site, pages=3), 2, False),
        "picture_in_text": (_pick(site, image=True, pages=1, template="h5"), 1, False),
    }


def main() -> None:
    site = Site(300, 1)
    for name, (aid, part, mirror) in cases(site).items():
        spec = site.article(aid)
        folder = HERE / name
        folder.mkdir(exist_ok=True)
        (folder / "page.html").write_bytes(
            article_page(site, spec, part, mirror=mirror).encode("gb18030")
        )
        url = BASE + spec.part_path(part, mirror=mirror)
        expected = expected_article(spec, BASE)
        expected["url"] = url
        expected["body"] = "\n".join(spec.paragraphs[i][1] for i in spec.page_paragraphs[part - 1])
        expected["images"] = expected["images"] if part == 1 else []
        if spec.sample:
            expected["body"] = expected_article(spec, BASE)["body"]
        if spec.views_mode == "counter":
            expected["views"] = None  # only the counter endpoint knows
        for key in ("views_mode", "mirror_url", "pages"):
            expected.pop(key)
        if mirror:
            expected.pop("published_raw")  # shown with pinyin readings inside
        charset = "gb2312" if aid % 3 else None
        meta = {"url": url, "charset": charset, "article_id": aid, "part": part, "mirror": mirror}
        for file, data in (("meta.json", meta), ("expected.json", expected)):
            (folder / file).write_text(
                json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
        print(name, url)


if __name__ == "__main__":
    main()
