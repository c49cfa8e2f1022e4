"""HTML of the replica's pages, as the portal's CMS (DedeCMS-style) would serve them.

Three article templates of different ages, every meta-line variant of
PORTAL.md, furniture on every page, and traps (off-site, ``javascript:``,
dead and tracking links). A traditional-script mirror is the same page with
every text run passed through :func:`mirror_text`.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from functools import cache

from crawler.dev.replica.content import SECTIONS, ArticleSpec, Section, Site

__all__ = ["article_page", "channel_page", "home_page", "list_page", "meta_fields", "mirror_text"]

Text = Callable[[str], str]
SITE_NAME = "中国计量网"
CHANNELS = {s.channel_folder: s.channel for s in SECTIONS}
DATE_FORMS = {
    "date": "%Y-%m-%d",
    "minute": "%Y-%m-%d %H:%M",
    "second": "%Y-%m-%d %H:%M:%S",
    "slash": "%Y/%m/%d",
    "cn_minute": "%Y年%m月%d日 %H:%M",
    "cn_date": "%Y年%m月%d日",
}
# (label, field) per meta-line variant; which fields a variant shows is part of the truth.
META_VARIANTS = (
    (("发布时间:", "date"), ("作者:", "author"), ("来源:", "source"), ("浏览:", "views")),
    (("来源：", "source"), ("发布时间：", "date"), ("点击数：", "views")),
    (("日期：", "date"), ("信息来源：", "source"), ("编辑：", "author"), ("阅读：", "views")),
    (("时间:", "date"), ("文章来源:", "source"), ("作者:", "author"), ("浏览次数:", "views")),
    (("发布日期：", "date"), ("作者：", "author"), ("点击：", "views")),
)
OFFSITE = "http://www.jlbjb.com/"


@cache
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def mirror_text(text: str) -> str:
    """Traditional script with a tone-marked pinyin reading after some characters."""
    from pypinyin import Style, pinyin

    trad = _s2t().convert(text)
    rng = random.Random(trad)
    out = []
    for ch in trad:
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff" and rng.random() < 0.3:
            reading = pinyin(ch, style=Style.TONE, errors="ignore")
            if (
                reading
                and reading[0][0]
                and any(c in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ" for c in reading[0][0])
            ):
                out.append(f"({reading[0][0]})")
    return "".join(out)


def _plain(text: str) -> str:
    return text


def meta_fields(spec: ArticleSpec) -> dict[str, bool]:
    """Which fields the article's meta line shows (none when it has no meta line)."""
    if spec.meta_variant < 0:
        return {}
    return {field: True for _, field in META_VARIANTS[spec.meta_variant]}


def _views_html(spec: ArticleSpec) -> str:
    if spec.views_mode == "counter":
        return f'<script src="/plus/count.php?view=yes&amp;aid={spec.id}&amp;mid=1"></script>'
    if spec.views_mode == "wan":
        return f"{spec.views / 10000:g}万"
    return str(spec.views)


def _meta_html(spec: ArticleSpec, t: Text) -> str:
    if spec.sample:
        return html.escape(f"發(fā)布時間:2011-12-30 作者: 來源: 瀏覽:{spec.views}")
    if spec.meta_variant < 0:
        return ""
    sep = "　" if spec.meta_variant == 4 else " "
    parts = []
    for label, field in META_VARIANTS[spec.meta_variant]:
        if field == "date":
            value = html.escape(spec.published.strftime(DATE_FORMS[spec.date_form]))
        elif field == "views":
            value = _views_html(spec) + ("次" if spec.meta_variant in (2, 4) else "")
        else:
            value = html.escape(t(getattr(spec, field) or ""))
        parts.append(f"<span>{html.escape(t(label))}{value}</span>")
    if spec.meta_variant == 1:
        parts.append(f"<span>{t('打印')}</span> <span>{t('字号')}:</span>")
    return sep.join(parts)


def _head(title: str, charset_meta: str) -> str:
    if charset_meta == "h5":
        meta = '<meta charset="gb2312">'
    else:
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'
    return (
        f"<!DOCTYPE html>\n<html><head>{meta}<title>{html.escape(title)}</title>"
        '<script src="/js/tongji.js"></script></head><body>\n'
    )


def _header(t: Text, extra: str = "") -> str:
    nav = "".join(
        f'<li><a href="/{folder}/">{t(name)}</a></li>' for folder, name in CHANNELS.items()
    )
    return (
        f'<div class="top"><a href="/"><img src="/images/logo.gif" alt="{t(SITE_NAME)}"/></a>'
        f"<span>{t(SITE_NAME)}——{t('计量行业门户网站')}</span> <span>{t('计量资讯速递')}</span>"
        f'{extra} <a href="javascript:void(0)" onclick="addFav()">{t("加入收藏")}</a></div>\n'
        f'<ul class="nav"><li><a href="/">{t("首页")}</a></li>{nav}</ul>\n'
    )


def _sidebar(site: Site, t: Text) -> str:
    newest = [site.article(i) for i in list(site.ids)[-5:][::-1]]
    items = "".join(
        f'<li><a href="{a.path}">{html.escape(t(a.title))}</a> <span>{a.published:%Y-%m-%d}</span></li>'
        for a in newest
        if not a.sample
    )
    return (
        f'<div class="sidebar"><h3>{t("通知")}</h3><a href="/plus/list.php">{t("点击查看")}</a>'
        f'<h3>{t("公告")}</h3><a href="/plus/list.php?tid=2">{t("征订通知")}</a>'
        f'<div class="member">{t("会员注册")} {t("已有账号")}, {t("会员登陆")} {t("完善信息")} '
        f'<a href="/member/resetpassword.php">{t("找回密码")}</a></div>'
        f"<h3>{t('最新文章')}</h3><ul>{items}</ul></div>\n"
    )


def _footer(t: Text) -> str:
    return (
        f'<div class="footer"><p><a href="/about.html">{t("关于我们")}</a> | '
        f'<a href="{OFFSITE}">{t("友情链接")}</a></p>'
        f"<p>Copyright © 2006-2026 {t(SITE_NAME)} {t('版权所有')} 京ICP备05000000号</p></div>\n"
        "</body></html>\n"
    )


def _crumbs(section: Section, t: Text, style: str) -> str:
    links = (
        f'<a href="/">{t("首页")}</a>',
        f'<a href="/{section.channel_folder}/">{t(section.channel)}</a>',
        f'<a href="/{section.folder}/">{t(section.name)}</a>',
    )
    if style == "dede2008":
        return f'<div class="position">{t("您当前的位置")}: {" &gt; ".join(links)}</div>\n'
    if style == "cms2015":
        return f'<div class="crumbs">{t("当前位置")}：{" » ".join(links)} » {t("正文")}</div>\n'
    return f'<nav class="loc">{t("您的位置")}：{" &gt; ".join(links)}</nav>\n'


def _part_pager(spec: ArticleSpec, part: int, mirror: bool) -> str:
    if spec.pages == 1:
        return ""
    name = spec.part_path
    links = [
        f"<li class='thisclass'>{n}</li>"
        if n == part
        else f'<li><a href="{name(n, mirror=mirror)}">{n}</a></li>'
        for n in range(1, spec.pages + 1)
    ]
    if part < spec.pages:
        links.append(f'<li><a href="{name(part + 1, mirror=mirror)}">下一页</a></li>')
    return f'<ul class="pagelist">{"".join(links)}</ul>'


def _related(site: Site, spec: ArticleSpec, t: Text) -> str:
    ids = site.section_ids[spec.section.folder][:6]
    items = "".join(
        f'<li><a href="{a.path}">{html.escape(t(a.title))}</a><span>({a.published:%Y-%m-%d})</span></li>'
        for a in (site.article(i) for i in ids if i != spec.id)
        if not a.sample
    )
    return f'<div class="related"><h3>{t("相关文章")}</h3><ul>{items}</ul></div>\n'


def _prev_next(site: Site, spec: ArticleSpec, t: Text) -> str:
    prev = site.article(spec.id - 1) if spec.id - 1 in site.ids else None
    nxt = site.article(spec.id + 1) if spec.id + 1 in site.ids else None

    def link(a: ArticleSpec | None) -> str:
        return f'<a href="{a.path}">{html.escape(t(a.title))}</a>' if a else t("没有了")

    return f'<div class="context"><ul><li>{t("上一篇")}：{link(prev)}</li><li>{t("下一篇")}：{link(nxt)}</li></ul></div>\n'


def article_page(site: Site, spec: ArticleSpec, part: int = 1, *, mirror: bool = False) -> str:
    """One page (``part``) of an article, in its template, optionally as the traditional mirror."""
    t: Text = mirror_text if mirror else _plain
    raw: Text = _plain if spec.sample else t
    title = raw(spec.title)
    paras = [spec.paragraphs[i][0] for i in spec.page_paragraphs[part - 1]]
    picture = (
        f'<p style="text-align:center"><img src="{spec.image_path}" alt="" border="0"/></p>\n'
        if spec.image and part == 1
        else ""
    )
    extra = (  # the original and its mirror link each other by script
        f' <a href="{spec.part_path(1, mirror=True)}">繁體中文</a>'
        if spec.mirror and not mirror
        else f' <a href="{spec.part_path(1)}">简体中文</a>'
        if mirror
        else ""
    )
    pager = _part_pager(spec, part, mirror)
    share = (
        f'<div class="share">{t("分享到")}: <a href="javascript:;"><img src="/images/share_qq.gif" alt="QQ"/></a>'
        f' <a href="javascript:;">{t("微博")}</a></div>\n'
    )  # the icon is furniture: not an image of the article
    style = spec.template
    out = [_head(f"{title}_{t(spec.section.name)}_{t(SITE_NAME)}", style), _header(t, extra)]
    out.append(_crumbs(spec.section, t, style))
    meta = _meta_html(spec, t)
    if style == "dede2008":
        body = "".join(f"<p>　　{html.escape(raw(p))}</p>\n" for p in paras[:1]) + picture
        body += "".join(f"<p>　　{html.escape(raw(p))}</p>\n" for p in paras[1:])
        out.append(
            f'<div class="viewbox"><div class="title"><h2>{html.escape(title)}</h2></div>\n'
            f'<div class="info">{meta}</div>\n'
            f'<div class="content"><table width="100%"><tr><td>\n{body}</td></tr></table></div>\n'
            f'<div class="dede_pages">{pager}</div>\n{share}'
        )
    elif style == "cms2015":
        body = picture + "<br/>\n".join(
            f"&nbsp;&nbsp;&nbsp;&nbsp;{html.escape(raw(p))}<br/>" for p in paras
        )
        out.append(
            f'<div class="article"><h1>{html.escape(title)}</h1>\n<div class="arcinfo">{meta}</div>\n'
            f'<div id="content">\n{body}\n</div>\n<div class="pages">{pager}</div>\n{share}'
        )
    else:
        body = "".join(f"<p>{html.escape(raw(p))}</p>\n" for p in paras) + picture
        out.append(
            f'<main><article class="news"><header><h1 class="news-hd">{html.escape(title)}</h1>\n'
            f'<p class="news-meta">{meta}</p></header>\n<section class="news-bd">\n{body}</section>\n'
            f'<footer class="news-ft"><div class="fenye">{pager}</div>{share}</footer>'
        )
    out.append(_prev_next(site, spec, t))
    out.append(_related(site, spec, t))
    out.append("</article></main>\n" if style == "h5" else "</div>\n")
    out.append(_sidebar(site, t))
    out.append(_footer(t))
    return "".join(out)


def _item(a: ArticleSpec, *, tracking: str = "") -> str:
    href = a.path + (tracking if a.tracking else "")
    return f'<li><a href="{href}" title="{html.escape(a.title)}">{html.escape(a.title)}</a><span>{a.published:%Y-%m-%d}</span></li>'


def list_page(site: Site, section: Section, n: int) -> str:
    """Page ``n`` of a section's list, newest first, with a DedeCMS pager."""
    ids = site.section_ids[section.folder]
    last = site.list_pages(section.folder)
    chunk = ids[(n - 1) * site.per_page : n * site.per_page]
    items = "".join(_item(site.article(i), tracking="?spm=list.1&utm_medium=web") for i in chunk)
    tid = section.typeid
    pager = [f'<li><a href="list_{tid}_1.html">首页</a></li>']
    if n > 1:
        pager.append(f'<li><a href="list_{tid}_{n - 1}.html">上一页</a></li>')
    for k in range(max(1, n - 2), min(last, n + 2) + 1):
        pager.append(
            f"<li class='thisclass'>{k}</li>"
            if k == n
            else f'<li><a href="list_{tid}_{k}.html">{k}</a></li>'
        )
    if n < last:
        pager.append(f'<li><a href="list_{tid}_{n + 1}.html">下一页</a></li>')
    pager.append(f'<li><a href="list_{tid}_{last}.html">末页</a></li>')
    pager.append(
        f'<span class="pageinfo">共 <strong>{last}</strong>页<strong>{len(ids)}</strong>条</span>'
    )
    return (
        _head(f"{section.name}_{SITE_NAME}", "dede")
        + _header(_plain)
        + _crumbs(section, _plain, "dede2008")
        + f'<div class="listbox"><ul class="e2">{items}</ul></div>\n'
        + f'<div class="dede_pages"><ul class="pagelist">{"".join(pager)}</ul></div>\n'
        + _sidebar(site, _plain)
        + _footer(_plain)
    )


def channel_page(site: Site, channel_folder: str) -> str:
    """A channel: its sections, each with its newest articles."""
    blocks = []
    for section in (s for s in SECTIONS if s.channel_folder == channel_folder):
        newest = "".join(_item(site.article(i)) for i in site.section_ids[section.folder][:5])
        blocks.append(
            f'<div class="box"><h3><a href="/{section.folder}/">{section.name}</a> '
            f'<a href="/{section.folder}/" class="more">更多</a></h3><ul>{newest}</ul></div>'
        )
    return (
        _head(f"{CHANNELS[channel_folder]}_{SITE_NAME}", "dede")
        + _header(_plain)
        + f'<div class="position">您当前的位置: <a href="/">首页</a> &gt; {CHANNELS[channel_folder]}</div>\n'
        + "\n".join(blocks)
        + _sidebar(site, _plain)
        + _footer(_plain)
    )


def home_page(site: Site) -> str:
    """The home page: channels, sections, headlines, and the link traps."""
    newest = list(site.ids)[-10:][::-1]
    headlines = "".join(
        _item(site.article(i), tracking="?from=index&utm_source=wechat") for i in newest
    )
    sections = "".join(f'<li><a href="/{s.folder}/">{s.name}</a></li>' for s in SECTIONS)
    traps = (
        f'<a href="{OFFSITE}">计量报</a> <a href="javascript:void(0)">订阅</a> '
        f'<a href="/{SECTIONS[0].folder}/999999.html">已删除的旧文章</a> '
        f'<a href="mailto:webmaster@chinajl.com.cn">联系我们</a>'
    )
    return (
        _head(f"{SITE_NAME}——计量行业门户网站", "dede")
        + _header(_plain)
        + f'<ul class="sections">{sections}</ul>\n<div class="headlines"><ul>{headlines}</ul></div>\n'
        + f'<div class="links">{traps}</div>\n'
        + _sidebar(site, _plain)
        + _footer(_plain)
    )
