"""Pages that follow PORTAL.md but not the replica's markup: the contract, not our templates."""

from __future__ import annotations

from crawler.pages import extract_page

URL = "http://www.chinajl.com.cn/jiliangfagui/532.html"
PARAS = [
    "国家质检总局近日发布公告，对实施强制检定的工作计量器具目录进行调整。",
    "调整后的目录更加突出民生计量，燃气表、水表、电能表等继续列入强制检定范围。",
    "各地质监部门要做好目录调整后的衔接工作，确保计量器具量值准确可靠。",
]

# DedeCMS's default article template: wrapper classes, a header .title of its own,
# <small> labels, a counter script, a sidebar beside the article.
DEDECMS_DEFAULT = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>计量器具强制检定目录调整_计量法规_中国计量网——计量行业门户网站</title></head><body>
<div class="header"><div class="title"><h1><a href="/">中国计量网</a></h1></div><p>计量资讯速递</p></div>
<div class="w960"><div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href='/'>首页</a> &gt; <a href='/fagui/'>法规</a> &gt; <a href='/jiliangfagui/'>计量法规</a> &gt;</div>
<div class="viewbox"><div class="title"><h2>计量器具强制检定目录调整</h2></div>
<div class="info"><small>时间:</small>2011-12-28 09:37<small>来源:</small>国家质检总局 <small>作者:</small> <small>点击:</small><script src="/plus/count.php?view=yes&amp;aid=532&amp;mid=1" type='text/javascript' language="javascript"></script>次</div>
<div class="content"><table width='100%'><tr><td><div id="contentMidPicAD"></div>
{"".join(f"<p>　　{p}</p>" for p in PARAS)}
</td></tr></table></div>
<div class="dede_pages"><ul class="pagelist"></ul></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href='/jiliangfagui/530.html'>计量法修订草案公开征求意见</a></li><li>下一篇：没有了</li></ul></div></div>
</div></div>
<div class="pright"><dl class="tbox"><dt><strong>推荐内容</strong></dt><dd><ul><li><a href="/a/1.html">2026年计量工作要点</a> 2026-01-05</li></ul></dd></dl></div></div>
<div class="footer"><p>Copyright &copy; 2006-2026 中国计量网 版权所有</p></div></body></html>"""

# The sample's shape as a scraper saw it: one element per line, no containers,
# the meta line split into elements, sidebar furniture after the share bar.
FLAT = f"""<html><head><meta charset="gb2312"><title>计量器具强制检定目录调整</title></head><body>
<div>中国计量网</div><div>中国计量网——计量行业门户网站</div><div>计量资讯速递</div>
<div>您当前的位置: <a href="/">首页</a> > <a href="/fagui/">法规</a> > <a href="/jiliangfagui/">计量法规</a></div>
<p><b>计量器具强制检定目录调整</b></p>
<ul><li>发布时间：2011年12月28日 09:37</li><li>作者：</li><li>来源：国家质检总局</li><li>浏览：50995</li></ul>
{"".join(f"<p>{p}</p>" for p in PARAS)}
<div>分享到:</div><div>通知 <a href="/plus/list.php">点击查看</a></div><div>公告 征订通知</div>
<div>会员注册</div><div>已有账号,</div><div>会员登陆</div><div>找回密码</div></body></html>"""


def _check(item, views):
    want = {
        "title": "计量器具强制检定目录调整",
        "published_at": "2011-12-28T09:37:00+08:00",
        "source": "国家质检总局",
        "author": None,
        "views": views,
        "breadcrumb": "首页 > 法规 > 计量法规",
        "section": "计量法规",
        "body": "\n".join(PARAS),
    }
    wrong = {
        name: (getattr(item, name), value)
        for name, value in want.items()
        if getattr(item, name) != value
    }
    assert not wrong, f"fields (got, want): {wrong}"  # every wrong field named at once


def test_dedecms_default_template():
    _check(extract_page(DEDECMS_DEFAULT.encode("gbk"), URL), views=None)  # the counter tells


def test_flat_page_shaped_like_the_sample():
    _check(extract_page(FLAT.encode("gbk"), URL), views=50995)


# A template with related articles before the article, each with its own .info line (the
# profile's meta selector): the article's meta line is the one under its title.
RELATED_FIRST = """<html><head><meta charset="utf-8"><title>计量工作座谈会召开_中国计量网</title></head><body>
<div class="side"><h3>相关文章</h3><div class="item"><a href="/xinwen/2.html">另一篇计量新闻的标题</a>
<div class="info">时间：2020年8月30日 08:00</div></div></div>
<h1>计量工作座谈会召开</h1>
<div class="info">时间：2020年9月1日 22:12 来源：市场监管总局 浏览：<script src="/plus/count.php?view=yes&amp;aid=3&amp;mid=1"></script> 次</div>
<div class="content"><p>国家市场监管总局近日召开计量工作座谈会，总结上一年度计量监督检查情况，部署今年的重点任务。</p>
<p>会议指出，计量是国家质量基础设施的重要组成部分，关系到经济社会发展的方方面面。</p></div></body></html>"""


def test_a_related_articles_info_line_above_the_title_is_not_the_meta_line():
    item = extract_page(RELATED_FIRST.encode(), "http://www.chinajl.com.cn/xinwen/3.html")
    assert item.source == "市场监管总局"
    assert item.published_at == "2020-09-01T22:12:00+08:00"


# An old table layout: the sidebar first, the text in a <td> as <span> runs between <br>s.
TABLE_SPANS = (
    """<html><head><meta charset="utf-8"><title>活动在大连市启动_政策法规_中国计量网</title></head><body>
<table><tr><td class="leftside"><div class="sbox"><h4>公告</h4><p>本网站所载文章，凡注明来源的均为转载，版权归原作者所有。</p></div></td>
<td class="rightside"><table><tr><td class="wzbt"><b>活动在大连市启动</b></td></tr>
<tr><td class="wzxx">发布日期:2015-03-02 文章来源:人民网</td></tr>
<tr><td class="wznr">"""
    + "".join(f"　　<span style='font-size:14px'>{p}</span><br /><br />" for p in PARAS)
    + """</td></tr></table></td></tr></table></body></html>"""
)


def test_text_in_inline_runs_between_brs_is_the_body_not_a_sidebar_paragraph():
    item = extract_page(TABLE_SPANS.encode(), "http://www.example.org.cn/zhengcefagui/41170.html")
    assert item.body == "\n".join(PARAS)
