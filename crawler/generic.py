"""Generic fallbacks for pages whose meta line has no date or no author.

Pure functions over the page's text lines (and root element), used by the
loader only when the labelled meta line says nothing. Each rule is a
convention of Chinese news pages, not of one site. The loader tries, in order:

* a date: publication ``<meta>`` tags and JSON-LD ``datePublished``
  (:func:`date_from_meta_tags`), an unlabelled date in the lines under the title
  (:func:`date_from_lines`), a date just above the text, a page's ``<time
  datetime>`` (:func:`date_from_time_tag`), a labelled date in the article's own
  lines (forum post info), and a date in the URL only where the profile says
  its URLs carry one (:func:`date_from_url`); never a guess;
* an author: a 作者/编辑 label, else a byline of its own near the title or the ends
  of the text (:func:`author_from_lines`): ``记者 X``, ``X/文``, ``文/X``,
  ``（X 上海报道）``, forum and blog post lines (``by X``, ``由X张贴``);
* a source named right after an unlabelled date (:func:`source_after_date`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from html import unescape
from itertools import chain, islice

from lxml import etree
from w3lib.html import remove_tags

from crawler.dom import meta_key, page_comments, page_elements, text_of
from crawler.parsing import (
    CHINESE_CHARACTER_RE,
    CREDIT_BAR,
    GLUED_MONTH_RE,
    MONTHS,
    NAME_WORD,
    OFFICE_LAST_CHARACTERS,
    ORIGINAL_TITLE_RE,
    ROLE_RE,
    RULE_RUN_RE,
    UPDATED_RE,
    VIDEO_TITLE_RE,
    after_field_values,
    credited_names,
    cut_names,
    described,
    labelled_publication,
    looks_like_name,
    looks_like_person,
    names_an_office,
    no_name,
    parse_date,
    publication_after_update,
    published_word,
    strip_stray_closers,
    without_glued_role,
    without_title,
)

__all__ = [
    "GUEST_INTRO_LINES",
    "GUEST_INTRO_MAX_CHARS",
    "GUEST_INTRO_RE",
    "LATIN_DATE",
    "TEXT_START_LINES",
    "agency_in_byline",
    "author_after_latin_label",
    "author_at_text_end",
    "author_from_cms",
    "author_from_lines",
    "author_in_latin_byline",
    "body_from_json_ld",
    "byline_segments",
    "cms_properties",
    "date_from_lines",
    "date_from_meta_tags",
    "date_from_time_tag",
    "date_from_url",
    "date_in_url_query",
    "declared_authors",
    "editor_from_lines",
    "guest_writer",
    "labelled_publication_date",
    "latin_person",
    "poster_in_header",
    "source_after_date",
    "title_line",
    "writer_with_role",
]

# a <time> marked as the last change, not the publication: class="updated", itemprop="dateModified"
_CHANGED_RE = re.compile(r"updat|modif|edited|revis", re.I)
_TEXT_NODES_XPATH = etree.XPath("text()", smart_strings=False)
_JSON_LD_DATE_RE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
# <meta> names, properties and itemprops that carry the publication time (lower case)
PUBLICATION_META = frozenset(
    [
        "article:published_time", "pubdate", "publishdate", "publish_date", "publishtime",
        "publish_time", "firstpublishedtime", "datepublished", "dc.date.issued", "dcterms.issued",
        "og:article:published_time", "weibo:article:create_at",
    ]
)  # fmt: skip
# (a TRS WCM article's name holds its day after a t: /201903/t20190311_1271245.html)
_URL_DATE_RE = re.compile(
    r"/t?((?:19|20)\d\d)[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?=[/_.]|\d{0,8}[/_.])"
)
_NAME = r"[\u4e00-\u9fff·]{2,4}"
# the cities datelines name (记者X台北报导, 中央社记者X台北11日电): where a name ends
_PLACES = "|".join(
    re.findall(
        r"\S+",
        "北京 上海 天津 重庆 重慶 广州 廣州 深圳 南京 杭州 武汉 武漢 成都 西安 长沙 長沙 郑州 鄭州 济南 濟南 "
        "沈阳 瀋陽 哈尔滨 哈爾濱 长春 長春 石家庄 太原 合肥 福州 厦门 廈門 南昌 南宁 南寧 昆明 贵阳 貴陽 "
        "兰州 蘭州 西宁 西寧 银川 銀川 乌鲁木齐 烏魯木齊 拉萨 拉薩 海口 呼和浩特 香港 澳门 澳門 台北 臺北 "
        "新北 台中 臺中 台南 臺南 高雄 桃园 桃園 新竹 基隆 嘉义 嘉義 彰化 屏东 屏東 宜兰 宜蘭 花莲 花蓮 台东 臺東 "
        "华盛顿 華盛頓 纽约 紐約 东京 東京 伦敦 倫敦 巴黎",
    )
)
# provinces and regions: what follows an outlet's name as often as a reporter's name does
_REGIONS = "|".join(
    re.findall(
        r"\S+",
        "河北 山西 辽宁 遼寧 吉林 黑龙江 黑龍江 江苏 江蘇 浙江 安徽 福建 江西 山东 山東 河南 湖北 湖南 "
        "广东 廣東 海南 四川 贵州 貴州 云南 雲南 陕西 陝西 甘肃 甘肅 青海 台湾 臺灣 台灣 内蒙古 內蒙古 "
        "广西 廣西 西藏 宁夏 寧夏 新疆 国内 國內 国际 國際 综合 綜合 社会 社會 财经 財經 体育 體育 娱乐 娛樂",
    )
)
_NAMES = rf"{_NAME}(?:[ 　、，,&＆]+{_NAME}){{0,2}}"
# the other roles a credit bracket names after the writers' (摄影 张三, 视频制作 李四)
_CREDIT_ROLES = (
    "(?:摄影|攝影|图|圖|视频|視頻|制作|製作|剪辑|剪輯|配音|出镜|出鏡|编辑|編輯|审核|審核|校对|校對|责编|責編"
    "|海报|海報|航拍|策划|策劃|设计|設計|监制|監製|统筹|統籌|翻译|翻譯|后期|後期)"
)
_AUTHOR_RULES = [
    re.compile(
        # (作者 | X; the writer's label with another role's: 撰稿/编辑：X)
        rf"(?:^|[\s（(【\[]|(?<=本文|文章|原文))(?P<label>作\s*者|撰\s*稿(?:\s*人)?|撰\s*文)(?:\s*[/／、]\s*(?:编辑|編輯|摄影|攝影|图片|圖片))?"
        rf"\s*(?:[:：]|{CREDIT_BAR})\s*"
        rf"(?P<names>{_NAMES}(?=$|[\s（）()【】\[\]，。,；;|/])"
        # (a name in Latin letters of several words: 作者：John Smith, not its first word)
        rf"|{NAME_WORD}(?: {NAME_WORD}){{1,3}}(?=$|[\s（）()，。,；;|/])"
        r"|[^\s:：（）()，,。|]{2,20})"
    ),
    re.compile(  # not after a word that makes 记者 the object of a sentence (向记者, 经记者, 令记者);
        # not a photo's credit (记者 X 摄)
        r"(?<![向令据经被对让给跟和与请诉把将使叫及位名些的们是])(?:记者|記者|通讯员|通訊員|评论员|評論員)(?!文章)(?:\s*[:：/／]|[|｜︱丨])?\s*"
        rf"(?P<names>{_NAMES})(?=$|[\s）)】\]，。,；;|/／]|报道|報道|报导|報導)(?!\s*(?:摄|攝))"
    ),
    re.compile(rf"(?:^|[\s（(])(?P<names>{_NAMES})\s*[/／]\s*文(?:$|[\s）)])"),
    # 文/X, 文：X, 文/图 X Y, 执笔/X, 编译/X (who wrote it from a foreign report), 文/观察者网专栏作者 X
    re.compile(
        r"(?:^|[\s（(【\[])(?:文字|文|执笔|執筆|(?<=[（(])编译|(?<=[（(])編譯|^编译(?=\s*[:：])|^編譯(?=\s*[:：]))"
        r"\s*(?:[/／]\s*[图圖]\s+|[/／:：︱丨|｜]\s*)"
        r"(?:[\u4e00-\u9fff]{0,10}(?:专栏作者|專欄作者|特约作者|特約作者|特约评论员|特約評論員|评论员|評論員|记者|記者)\s*)?"
        rf"(?P<names>{_NAMES})(?=$|[\s）)】\]]|(?P<who>[（(][^（）()]{{2,40}}[)）]$))"  # (文/X（北京大学教授）)
    ),
    re.compile(rf"[（(]\s*(?P<names>{_NAME})\s+[\u4e00-\u9fff]{{2,4}}报道\s*[)）]"),
    # a dateline: 记者X台北报导, 中央社记者X台北11日电, X／台北报导, 1月17日讯（X）
    re.compile(
        rf"(?:记者|記者)\s*(?P<names>[\u4e00-\u9fff·]{{2,4}}?)(?:{_PLACES})(?:\d{{1,2}}日)?(?:报道|報道|报导|報導|电|電)"
    ),
    re.compile(  # (or the city alone after the slash, ending the line: 李立達／台北)
        rf"(?:^|[\s\u3000（(【\[])(?P<names>{_NAME})\s*[／/]\s*"
        rf"(?:(?:{_PLACES})?(?:报道|報道|报导|報導)|(?:{_PLACES})\s*$)"
    ),
    re.compile(rf"\d{{1,2}}日(?:讯|訊|电|電)\s*[（(]\s*(?P<names>{_NAMES})\s*[)）]"),
    # 作者 with no colon (作者魏星, 《棱镜》作者 周纯); a name over its paper (石佳/中国青年报)
    re.compile(rf"(?:^|[\s》）)])作\s*者\s*(?P<names>{_NAME})(?=$|[\s，,|/（(])"),
    re.compile(
        rf"^\s*(?P<names>{_NAMES})\s*[/／]\s*[\u4e00-\u9fff]{{2,8}}(?:报|報|网|網|社|台|刊)\s*$"
    ),
    # an outlet over its reporter (中廣新聞／楊菁惠, 台灣醒報／林宜靜), a place after at most
    re.compile(
        rf"(?:^|[\s（(【\[])[\u4e00-\u9fff]{{2,10}}?(?:报|報|网|網|社|台|刊|新闻|新聞)\s*[/／╱]\s*"
        rf"(?P<names>{_NAMES})(?:\s*[/／╱]\s*[\u4e00-\u9fff]{{2,6}})?(?=$|[\s）)】\]])"
    ),
    # a reader's name and place in brackets: 【（李三娃／四川成都）】
    re.compile(rf"[（(【\[]\s*(?P<names>{_NAME})\s*[/／╱]\s*[\u4e00-\u9fff]{{2,6}}\s*[)）】\]]"),
    # 報導╱林明佳、張佩玉, 采访/X
    re.compile(
        rf"(?:报道|報道|报导|報導|采访|採訪)\s*[/／╱]\s*(?P<names>{_NAMES})(?=$|[\s）)】\]，。,；;])"
    ),
    # the name glued to 报道, a place between at most: （張文祿報導）, （张三北京报道）
    re.compile(
        rf"[（(]\s*(?P<names>[\u4e00-\u9fff·]{{2,4}}?)\s*(?:{_PLACES})?(?:报道|報道|报导|報導)\s*[)）]"
    ),
    # a broadcaster's or paper's reporter closing the text: 希望之聲國際廣播電台張翠報導 (not
    # after 网 or 社: 网易商业报道 is NetEase's business news)
    re.compile(
        r"^.*(?:电台|電台|電臺|电视台|電視台|電視臺|广播|廣播|日报|日報|晚报|晚報|新闻|新聞)"
        rf"(?P<names>[\u4e00-\u9fff·]{{2,4}}?)(?:{_PLACES})?(?:报道|報道|报导|報導)\s*$"
    ),
    # a reporter's name after the outlet in the source's place, on a short line of its own:
    # 2011年12月15日11:03 家电质量网 张君, （来源：中国日报网 信莲 编辑：北风）
    re.compile(
        r"(?:^|[\s（(])(?:(?:来源|來源)\s*[:：]?\s*)?[\u4e00-\u9fff]{2,10}?(?:网|網|报|報|社|台|刊)\s+"
        rf"(?!(?:{_PLACES}|{_REGIONS})(?:$|[\s)）]))(?P<names>{_NAME})(?=\s*(?:$|[)）]|编辑|編輯))"
    ),
    # a credit bracket closing the text, its writers after 文 and a space, other roles after
    # them: （文 李薇薇 马海君 视频制作 张德奇 张博）
    re.compile(
        rf"[（(]\s*文\s+(?P<names>{_NAME}(?:\s+(?!{_CREDIT_ROLES}){_NAME}){{0,7}})"
        rf"(?:\s+{_CREDIT_ROLES}[^（()）]{{0,30}})?\s*[）)]\s*$"
    ),
    # a team of reporters in a credit's bracket, up to eight (（采写记者：王辰阳、李杰、郭方达、桑彤、潘清）):
    # the bracket opening with the role, not a list's line (优秀记者：…, 带队记者：…)
    re.compile(
        r"[（(]\s*(?:采写|采访|採訪|本报|本報|本台|特约|特約)?(?:记者|記者|通讯员|通訊員)\s*[:：]?\s*"
        rf"(?P<names>{_NAME}(?:[ 　、，,]+{_NAME}){{3,7}})\s*[）)]"
    ),
    # a name in Latin letters after the label 记者： (記者： dave｜ 時間：…), not an agency's
    re.compile(
        r"(?:^|[\s（(【\[])(?:记者|記者)\s*[:：]\s*"
        r"(?!(?:Reuters|AP|AFP|Xinhua|Bloomberg|EFE|DPA|Kyodo|Yonhap|CNA|Getty|Photo)\b)"
        r"(?P<names>[A-Za-z][A-Za-z.'-]{1,20}(?: [A-Za-z][A-Za-z.'-]{1,20}){0,2})(?=\s*(?:$|[|｜,，;；)）]))"
    ),
    # forums and blogs: "发布时间 2005/05/17 22:11:42 by 眉间尺"
    # (not a Latin name of words: by Nathan Tempey is an English byline's, read whole there)
    re.compile(
        r"(?:\d\d:\d\d(?::\d\d)?|^)\s*by\s+(?P<names>(?![A-Z][\w.'’-]*\s+[A-Z])[^\s〓|｜,，]{2,20}+)"
        # (not the first of a name's words in Latin letters, by john smith)
        r"(?!\s+(?!(?:at|on|in)\b)[A-Za-z])"
    ),
    # blog post footers: "由海姑娘张贴 @ 2005-06-14 03:25:55", "由 眉间尺 发表于 …"
    re.compile(
        r"(?:^|\s)由(?![于於])\s*(?P<names>[^\s@|｜,，]{2,20}?)\s*(?:张贴|張貼|發表|发表|发布|發布)"
        r"(?:于|於)?\s*(?:@|(?:19|20)\d\d|$)"
    ),
    # 博客园's post footer: "posted @ 2018-02-11 18:53 自为风月马前卒 阅读(12) 评论(0)"
    re.compile(
        r"^posted @ (?:19|20)\d\d-\d\d?-\d\d?\s+\d\d?:\d\d\s+"
        # (the name, then its counters: not a sentence's word, posted @ … on my old blog)
        r"(?P<names>(?!阅读|閱讀|评论|評論)[^\s@|｜,，()（）:：]{2,20})(?=\s+(?:阅读|閱讀)\s*[(（]|\s*$)"
    ),
]
_USER_NAME_RULES = 19  # rules from here on read forum and blog user names (眉间尺, 放飞&心情)
# the rules a line without a Chinese character can match (by X, 博客园's footer): every other
# needs a role, a label or a name in Chinese characters (an English page's lines are passed by)
_LATIN_LINE_RULES = frozenset((19, 21))
# An editor credited on a line of its own (编辑：X, 编辑|X): the author only where nothing
# else credits one; 责任编辑 and 责编 (who checked the text) never.
_EDITOR_RULE = re.compile(
    rf"(?:^|[\s（(【\[])(?:编\s*辑|編\s*輯)\s*[:：|｜/]\s*"
    rf"(?P<names>{_NAMES}(?=$|[\s（）()【】\[\]，。,；;|/])|[^\s:：（）()，,。|]{{2,20}}+(?![:：]))"
)  # (a word before a colon is the next field's label: 编辑： 阅读：30)
# 记者 X and （X 上海报道） are also how sentences go on (向记者介绍): their names must look
# like names; 文/X and X/文 are bylines by their shape, often with pen names.
_NAMED_RULES = (1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17)
BYLINE_MAX = 30  # characters: a longer line is a sentence, unless a bracket at its edge
# a credits bracket closing the text, a list of roles and names with the writer's first
# (（文字：李萌 剪辑：王生元 摄影：…）): not a sentence in brackets (（记者：王局长，您…）)
_CREDITS_BRACKET = (
    r"[（(](?:文字|撰文|记者|記者)\s*[:：/／][^（()），。？！,?!]{2,40}?\s[\u4e00-\u9fff]{2,4}\s*[:：/／]"
    r"[^（()），。？！,?!]{1,60}[)）]\s*$"
)
_CREDITS_BRACKET_RE = re.compile(_CREDITS_BRACKET)
# a bracket at the start of a line, after a dateline at most (人民网北京1月12日电 （记者 X）), or
# at its end; a credit closing a paragraph (…報導╱林明佳、張佩玉); a lead ending 报道： (大江网讯 实习生 吴梦丽 、记者 喻云亮 报道：1月15日，…)
# or 报道 and a space (记者梁爽报道 6月10日，…)
_BRACKET_AT_EDGE_RE = re.compile(
    # (a dateline in its own brackets first: 【文匯網訊】(記者 X); not a heading's, 【記者會】(…)
    r"^[^，。！？；,!?;]{0,24}?[【\[][^（()）【】\[\]]{0,28}(?:讯|訊|电|電)[】\]]"
    r"\s*[（(][^（()）【】\[\]]{2,30}[)）]"
    r"|^[^，。！？；,!?;]{0,24}?[（(【\[][^（()）【】\[\]]{2,30}[)）】\]]"
    r"|[（(【\[][^（()）【】\[\]]{2,30}[)）】\]]\s*$"
    r"|^[^，。！？；,!?;]{2,40}?(?:报道|報道)(?=[:：])"
    r"|^(?!据|據)[^，。！？；,!?;]{2,40}?(?:报道|報道)(?=\s+\S)"  # (据…记者…报道: another's)
    r"|(?:报道|報道|报导|報導)\s*[/／╱]\s*[\u4e00-\u9fff·、，, ]{2,20}$"
    r"|" + _CREDITS_BRACKET
)
# words that follow a byline and are roles or furniture, not names
_NOT_NAMES = {
    "本报", "本网", "记者", "编辑", "通讯员", "来源", "报道", "新华社", "综合", "整理", "责任", "中新网",
    "摄影", "摄", "图片", "图文", "圖文", "文图", "文圖", "实习生", "校对", "审核", "责编", "相关报道", "相关新闻", "分享", "打印",
    "整合", "编译", "編譯", "综述", "綜述", "報導", "責任", "未知", "佚名", "不详",
    "责任编辑", "責任編輯", "編輯", "作者", "來源", "手机版",
    # a post's action links beside 编辑 (编辑 | 删除): no names
    "删除", "刪除", "修改", "举报", "舉報", "收藏", "置顶", "置頂", "回复", "回覆", "引用", "转发", "轉發",
    # who made a video beside the text's writers (视频制作 张德奇)
    "视频", "視頻", "视频制作", "視頻製作", "制作", "製作", "剪辑", "剪輯", "配音", "出镜", "出鏡",
}  # fmt: skip
_PHOTO_CREDIT_RE = re.compile(r"[摄攝]$|^(?:图|圖|摄影|攝影)$")
#: A picture's credit line (图：本报记者 张伟, 本报记者 张伟/摄): a photographer's, no writer's
#: byline (not 图/文 X, 图文：X, (记者 X 文/摄): the pictures and the text).
PICTURE_LINE_RE = re.compile(
    r"^[（(【\[]?\s*(?:(?:图|圖)(?!\s*[/／]?\s*文)|图片|圖片|摄影|攝影|照片)\s*[:：/／]"
    r"|(?<![文字])[/／]\s*(?:摄|攝)(?:影)?\s*[）)】\]]?$"  # (not 文/摄: the text's and the pictures')
)


_XML_SPACES = " \t\r\n"  # what XPath's normalize-space() takes for spaces
# the comment's names: ENP's, and its e-paper's (<!--mpproperty <founder-date>… /mpproperty-->)
_ENP_NAMES = ("enpproperty", "mpproperty")
# (a field's name prefixed founder- in later versions: <founder-date>2020-03-25</founder-date>)
_ENP_FIELD_RE = re.compile(r"<((?:founder-)?)(\w+)>([^<]*)</\1\2>", re.IGNORECASE)


def cms_properties(
    root: etree._Element, comments: list[etree._Element] | None = None
) -> dict[str, str]:
    """The article's metadata a CMS leaves in a comment (Founder ENP's ``<!--enpproperty
    <date>…</date><author>…</author><title>…</title> … /enpproperty-->``, on news sites of
    many papers): its non-empty fields.

    >>> from crawler.dom import parse_html
    >>> cms_properties(parse_html("<!--enpproperty <date>2011-12-08</date><author>记者 武彩霞</author>"
    ...                           "<title>苹果败诉</title><nodename></nodename> /enpproperty--><p>x</p>"))
    {'date': '2011-12-08', 'author': '记者 武彩霞', 'title': '苹果败诉'}
    >>> cms_properties(parse_html("<p>x</p><!--enpproperty <founder-date>2020-03-25</founder-date>"
    ...                           "<founder-papername>健康报</founder-papername> /enpproperty-->"))
    {'date': '2020-03-25', 'papername': '健康报'}

    ``comments``: the page's comments (:func:`crawler.dom.page_comments`), when the caller
    has them.
    """
    before = [c for c in root.itersiblings(preceding=True) if c.tag is etree.Comment]
    before = [c for c in before if (c.text or "").lstrip().lower().startswith(_ENP_NAMES)]
    for comment in before or _enp_comments(root, comments):
        # (field names in lower case: a page written in capitals writes <DATE>)
        fields = _ENP_FIELD_RE.findall(comment.text or "")
        found = {k.lower(): v.strip() for _, k, v in fields if v.strip()}
        if any(prefix for prefix, _, _ in fields) and "date" in found:
            # (Founder's founder-date: the day; its time is the page's layout's, 23:59:57)
            found["date"] = found["date"][:10]
        return found
    return {}


def _enp_comments(
    root: etree._Element, comments: list[etree._Element] | None = None
) -> Iterator[etree._Element]:
    """The page's comments (``comments``, else :func:`crawler.dom.page_comments`) that start
    with one of :data:`_ENP_NAMES` (``enpproperty``, ``mpproperty``; in any letter case) after
    XML spaces, in document order (as ``//comment()[starts-with(normalize-space(.),
    'enpproperty')]`` for each name)."""
    for comment in page_comments(root) if comments is None else comments:
        if (comment.text or "")[:40].lstrip(_XML_SPACES).lower().startswith(_ENP_NAMES):
            yield comment


def author_from_cms(properties: dict[str, str]) -> str | None:
    """The names of a CMS comment's ``author`` (roles left out: 记者 武彩霞 -> 武彩霞)."""
    names = _names_of(properties.get("author", ""))
    return " ".join(names) if names and all(map(looks_like_name, names)) else None


def date_from_meta_tags(root: etree._Element) -> tuple[str, str] | None:
    """``(raw, iso)`` from publication-time ``<meta>`` tags or JSON-LD ``datePublished``.

    >>> from lxml import html
    >>> date_from_meta_tags(html.fromstring('<html><head><meta name="PubDate" '
    ...     'content="2022-02-13 09:57"></head></html>'))[1]
    '2022-02-13T09:57:00+08:00'
    >>> date_from_meta_tags(html.fromstring('<html><script type="application/ld+json">'
    ...     '{"@type": "NewsArticle", "datePublished": "2022-02-13T01:57:00Z"}</script></html>'))[1]
    '2022-02-13T01:57:00+00:00'
    """
    for meta in page_elements(root, "meta"):
        if meta.get("content") is None:
            continue
        # (each name a tag gives: <meta property="article:published" itemprop="datePublished">)
        keys = (meta.get("property"), meta.get("name"), meta.get("itemprop"))
        if any(key and key.lower() in PUBLICATION_META for key in keys):
            found = parse_date(meta.get("content", ""))
            if found:
                return found
    for script in json_ld_texts(root):
        m = _JSON_LD_DATE_RE.search(script)
        found = parse_date(m[1]) if m else None
        if found:
            return found
    return None


_ARTICLE_TYPES = frozenset(
    ["article", "newsarticle", "blogposting", "reportagenews", "analysisnewsarticle",
     "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report", "webpage"]
)  # fmt: skip


_BLOCK_TAG_RE = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|section|article|figure|figcaption|table|tr|pre)"
    r"\b[^<>]*>",  # (not [^>]*: a run of unclosed tags made that quadratic)
    re.I,
)


def body_from_json_ld(root: etree._Element) -> list[str]:
    """The ``articleBody`` a page states in its JSON-LD, as lines (tags removed), or [].

    >>> from lxml import html
    >>> body_from_json_ld(html.fromstring('<html><script type="application/ld+json">{"@graph": ['
    ...     '{"@type": "NewsArticle", "articleBody": "<p>The <a href=/c>council</a> met.</p>\\n\\nSecond &amp; last."}]}'
    ...     '</script></html>'))
    ['The council met.', 'Second & last.']
    """
    for node in json_ld_objects(root, "articleBody"):
        kinds = node.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        body = node.get("articleBody")
        if isinstance(body, str) and any(str(k).lower() in _ARTICLE_TYPES for k in kinds):
            if "<" in body:  # HTML: block tags break lines, inline ones do not
                body = remove_tags(_BLOCK_TAG_RE.sub("\n", body))
            lines = [" ".join(line.split()) for line in unescape(body).splitlines()]
            return [line for line in lines if line]
    return []


def json_ld_objects(root: etree._Element, key: str) -> Iterator[dict]:
    """The objects of the page's JSON-LD (at any depth, @graph and lists included), in order,
    from the scripts that mention ``key``; a script that is not JSON is passed over (raw
    newlines inside strings, which pages write, are read)."""
    for script in json_ld_texts(root):
        if f'"{key}"' not in script:
            continue
        try:
            data = json.loads(script, strict=False)
        except (ValueError, RecursionError):  # not JSON; nested a thousand deep
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                yield node
                stack.extend(reversed([v for v in node.values() if isinstance(v, (dict, list))]))


def json_ld_texts(root: etree._Element) -> list[str]:
    """The texts of the page's ``<script type="application/ld+json">``, in document order."""
    return [
        text
        for script in page_elements(root, "script")
        if script.get("type") == "application/ld+json"
        for text in _TEXT_NODES_XPATH(script)
    ]


_AUTHOR_META_NAMES = frozenset(["author", "byl", "byline", "dc.creator", "article:author"])


def declared_authors(root: etree._Element) -> list[str]:
    """The people a page declares as its authors: JSON-LD ``author`` (a Person's ``name``)
    and the author ``<meta>`` tags, in that order, each name once.

    >>> from lxml import html
    >>> declared_authors(html.fromstring('<html><head><meta name="author" content="Jane Doe">'
    ...     '<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type":'
    ...     ' "Person", "name": "Tom Bennett"}, {"@type": "Organization", "name": "CNN"}]}'
    ...     '</script></head></html>'))
    ['Tom Bennett', 'Jane Doe']
    """
    names: list[str] = []
    for node in json_ld_objects(root, "author"):
        authors = node.get("author")
        for person in authors if isinstance(authors, list) else [authors]:
            if isinstance(person, dict) and person.get("@type") == "Person":
                name = person.get("name")
                if isinstance(name, str) and name.strip():
                    names.append(" ".join(name.split()))
    names += [
        " ".join(value.split())
        for meta in page_elements(root, "meta")
        if meta_key(meta) in _AUTHOR_META_NAMES
        if (value := meta.get("content")) is not None and value.strip()
    ]
    return list(dict.fromkeys(names))


def date_from_time_tag(root: etree._Element) -> tuple[str, str] | None:
    """``(raw, iso)`` from the first ``<time datetime>`` of the page that is not marked as
    the last change (``class="updated"``, ``itemprop="dateModified"``); a sidebar may have
    one too: the loader asks here only after the lines under the title.

    >>> from lxml import html
    >>> date_from_time_tag(html.fromstring('<p><time datetime="2011-09-28" class="updated">'
    ...     '</time><time datetime="2011-09-27" class="entry-date"></time></p>'))[1]
    '2011-09-27'
    """
    for tag in page_elements(root, "time"):
        if tag.get("datetime") is None:
            continue
        if _CHANGED_RE.search(f"{tag.get('class', '')} {tag.get('itemprop', '')}"):
            continue
        found = parse_date(tag.get("datetime"))
        if found:
            return found
    return None


_NOT_LETTERS_RE = re.compile(r"[^\w]+")


def _letters(text: str) -> str:
    """Letters and digits only, without their accents: a title compared whatever its
    punctuation and spacing, and whether its tags write Céline or Celine."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)  # (é: e and a mark, which \w is not)
    return _NOT_LETTERS_RE.sub("", text)


def _credits_title(line: str) -> bool:
    """A line that may hold the title without showing it as the page's: a credit of the
    headline it first had (（原标题：…）), a video's title (视频-…)."""
    return ORIGINAL_TITLE_RE.match(line) is not None or VIDEO_TITLE_RE.match(line) is not None


# what parts a title in two (Section: Headline, Artist - Album): a colon, a dash or a bar set off
_TITLE_PARTS_SEP_RE = re.compile(r"[:：]\s*|\s+[|｜\-–—]\s+")
#: The fewest letters of a title's part taken for the title where the page shows that part alone.
TITLE_PART_MIN_LETTERS = 6


def title_line(lines: list[str], title: str | None, body_start: int | None = None) -> int | None:
    """Where the title is shown: the last time before the text starts (a page may show it
    in its header, its pager and above the text), else the first time.

    >>> title_line(["标题", "版面导航", "标题", "正文"], "标题", 3), title_line(["标题"], "无")
    (2, None)
    >>> title_line(["Home", "Gates: ‘Be friendly’", "By Eric Bradner, CNN"], "Gates: 'Be friendly'")
    1
    >>> title_line(["Home", "Tags on Her Céline Coat", "By Emily Kirkpatrick"], "Tags on Her Celine Coat")
    1
    >>> title_line(["Reviews", "Lust for Youth", "Lust for Youth", "by Larry Fitzmaurice", "Text"], "Lust for Youth: Lust for Youth", 4)
    2
    """
    if not title:
        return None
    shown = [i for i, line in enumerate(lines) if title in line and not _credits_title(line)]
    if not shown and (folded := _letters(title)):
        # shown with other quotes or spaces: ‘Being friendly’ where <title> has 'Being friendly'
        shown = [
            i
            for i, line in enumerate(lines)
            if len(line) >= len(folded) and folded in _letters(line)
            and not _credits_title(line)
        ]  # fmt: skip
    if not shown:
        # its last part alone on a line above the text (og:title's "Artist: Album" over a
        # review, "Section: Headline"): the nearest such line to the text, under which the
        # byline stands (not a breadcrumb's last crumb, further up)
        parts = {title[m.end() :] for m in _TITLE_PARTS_SEP_RE.finditer(title)}
        parts = {part for part in parts if len(_letters(part)) >= TITLE_PART_MIN_LETTERS}
        if parts and body_start is not None:
            shown = [i for i, line in enumerate(lines[:body_start]) if line in parts]
    if not shown:
        # set over several lines (<br>): the last of them, over which the rest stand
        shown = [i + n - 1 for i, n in title_set_over_lines(lines, title)]
    if not shown:
        return None
    before = [i for i in shown if body_start is not None and i < body_start]
    return before[-1] if before else shown[0]


#: The most lines a title set over several (its <br>s) is read across.
TITLE_LINES_MAX = 4
#: The fewest letters of a title read across several lines: a headline's, long enough to wrap.
TITLE_LINES_MIN_LETTERS = 12


_SUBTITLE_DASHES = frozenset("—－–-")


def title_set_over_lines(lines: Sequence[str], title: str) -> list[tuple[int, int]]:
    """Where ``lines`` show ``title`` set over several of them, as a government notice's
    heading is, parted by <br>s (全国人民代表大会常务委员会 ⏎ 关于批准…及 ⏎ 调整…的决议):
    ``(first line, how many)`` for each showing, 2 to :data:`TITLE_LINES_MAX` lines whose
    letters joined are the title's (a first line inside the title: asked of few).

    >>> title_set_over_lines(["首页", "关于批准印发", "调整 限额的决议", "正文"], "关于批准印发调整限额的决议")
    [(1, 2)]
    >>> title_set_over_lines(["首页", "新闻", "中心"], "新闻中心")
    []
    >>> title_set_over_lines(["关于批准", "正文"], "关于批准调整限额的决议")
    []
    >>> title_set_over_lines(["为建设凝聚强大力量", "——热烈祝贺会议开幕"], "为建设凝聚强大力量——热烈祝贺会议开幕")
    []
    >>> title_set_over_lines(["Home", "Politics", "Senate passes budget bill"], "Politics: Senate passes budget bill")
    []
    """
    found: list[tuple[int, int]] = []
    want = _letters(title)
    if len(want) < TITLE_LINES_MIN_LETTERS:
        return found  # (a menu's two words, 新闻 ⏎ 中心, are no section's name set over lines)
    for i, line in enumerate(lines):
        if len(line) < 2 or line not in title or len(line) == len(title):
            continue
        if _TITLE_PARTS_SEP_RE.match(title.split(line, 1)[1]):
            continue  # a part of "Section: Headline" (a breadcrumb's crumbs, one a line)
        got = ""
        for n, next_line in enumerate(lines[i : i + TITLE_LINES_MAX], 1):
            if n > 1 and next_line[:1] in _SUBTITLE_DASHES:
                break  # a subtitle under the headline (——热烈祝贺…开幕), which <title> may add
            got += _letters(next_line)
            if not got or not want.startswith(got):
                break
            if got == want:
                if n > 1:
                    found.append((i, n))
                break
    return found


#: What sets a heading apart inside a text's container: bold, large, centred.
_HEADING_MARK_TAGS = frozenset(["strong", "b", "big", "center", "h1", "h2", "h3", "h4", "h5", "h6"])  # fmt: skip


def heading_set_over_lines(node: etree._Element, title: str) -> bool:
    """Whether ``node`` (a text's container) opens with ``title`` set over lines as a heading:
    an element among its first <br>s whose letters are the title's, set bold, large or centred
    (<p align=center><strong>…<br>…</strong>): a notice's heading, no text. Not a verse's
    first lines in a plain paragraph that its title repeats (a review's probes: a poem, a
    children's song).

    >>> from lxml import html
    >>> heading = "<p align='center'><strong>关于印发某某市<br>工作要点的通知</strong></p><p>正文。</p>"
    >>> heading_set_over_lines(html.fromstring(f"<div>{heading}</div>"), "关于印发某某市工作要点的通知")
    True
    >>> verse = "<p>春江潮水连海平<br>海上明月共潮生<br>滟滟随波千万里</p>"
    >>> heading_set_over_lines(html.fromstring(f"<div>{verse}</div>"), "春江潮水连海平海上明月共潮生")
    False
    """
    want = _letters(title)
    for br in islice(node.iter("br"), TITLE_LINES_MAX):
        el = br.getparent()
        while el is not None and el is not node:
            got = _letters(text_of(el))
            if len(got) > len(want):
                break
            if got == want:
                return _marked_heading(el, node)
            el = el.getparent()
    return False


def _marked_heading(el: etree._Element, node: etree._Element) -> bool:
    """Whether ``el`` or an element around it below ``node`` sets it bold, large or centred."""
    for one in chain([el], el.iterancestors()):
        if one is node:
            return False
        if (
            one.tag in _HEADING_MARK_TAGS
            or (one.get("align") or "").lower() == "center"
            or "center" in (one.get("style") or "")
        ):
            return True
    return False


def date_from_lines(
    lines: list[str],
    title: str | None,
    *,
    window: int = 8,
    body_start: int | None = None,
    skip: Callable[[str], bool] | None = None,
) -> tuple[str, str] | None:
    """The first date shown within ``window`` lines after the title (the title line included),
    never inside the article's text (which starts at line ``body_start``): a date there is an
    event's, as is one in a line ``skip`` is true for (a caption's sentence). When the page shows the title twice before its text (a heading, then a pager's
    "第1页 title"), the lines after the earlier showing are read too.

    >>> date_from_lines(["侧栏 2026-01-01", "标题", "2005-04-05 06:40更新 来源：新闻晨报", "正文"], "标题")
    ('2005-04-05 06:40', '2005-04-05T06:40:00+08:00')
    >>> date_from_lines(["标题", "正文没有日期"], "标题") is None
    True
    >>> date_from_lines(["标题", "Updated: March 4, 2021", "Published: March 3, 2021"], "标题")[1]
    '2021-03-03'
    >>> date_from_lines(["标题", "2012年01月12日01:10", "第1页标题", "正文", "展会于2012年1月10日开幕。"],
    ...                 "标题", body_start=3)[0]
    '2012年01月12日01:10'
    """
    start = title_line(lines, title, body_start)
    if start is None:
        return None
    stop = start + window
    if body_start is not None and start < body_start:
        stop = min(stop, body_start)
    starts = [start] + [
        i for i in range(start - 1, max(-1, start - window), -1) if title in lines[i]
    ]  # earlier showings of the title, nearest first
    updated = None  # an update's date, where the lines may show the publication's after it
    for first, last in zip(starts, [stop, *starts], strict=False):
        for line in lines[first:last]:
            if skip is not None and skip(line):
                continue
            line = line.replace(title, " ")
            found = parse_date(line)
            if updated is not None:
                if published := labelled_publication(line):
                    return published  # Updated: March 4, 2021 ⏎ Published: March 3, 2021
                continue
            if found and UPDATED_RE.search(line):
                if published := publication_after_update(line):
                    return published  # 更新时间：… 发布时间：… on one line
                if not published_word(line):
                    updated = found
                    continue
            if found:
                return found
    return updated


def date_from_url(url: str) -> tuple[str, str] | None:
    """A date in the URL path: ``/2005-03-21/``, ``/20220213/``, ``/2022/0213/``, a TRS
    article's ``/t20190311_1271245.html``.

    >>> date_from_url("http://x/sm/2005-03-21/244339.shtml")
    ('2005-03-21', '2005-03-21')
    >>> date_from_url("http://x/a/57604.html") is None, date_from_url("http://x/tt/201903/t20190311_1271245.html")
    (True, ('2019-03-11', '2019-03-11'))
    """
    m = _URL_DATE_RE.search(url)
    if not m:
        return None
    return parse_date(f"{m[1]}-{m[2]}-{m[3]}")


def date_in_url_query(url: str) -> tuple[str, str] | None:
    """A day the URL's query names as a date (an e-paper app's ``index.php?…&date=2020-10-13``):
    weaker than the path's (a search's or a calendar's date= too), asked by one rule only.

    >>> date_in_url_query("https://x/index.php?task=news&date=2020-10-13&id=132637")
    ('2020-10-13', '2020-10-13')
    """
    m = _URL_QUERY_DATE_RE.search(url)
    return parse_date(f"{m[1]}-{m[2]}-{m[3]}") if m else None


# a date in the query (index.php?…&date=2020-10-13&id=…)
_URL_QUERY_DATE_RE = re.compile(
    r"[?&](?:date|pubdate|publishdate)=((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?=&|#|$)"
)


def byline_segments(lines: list[str]) -> list[str]:
    """The parts of ``lines`` that can be a byline of their own: a short line, or a bracket at
    the start or the end of a line. Words inside a sentence never are.

    >>> byline_segments(["本报记者 张三 李四", "本报讯（记者 王五）国家市场监管总局近日召开了全国计量工作会议。"])
    ['本报记者 张三 李四', '本报讯（记者 王五）']
    >>> byline_segments(["经销商就向记者介绍，这种计量器具在当地销售已经有好几年的时间了。"])
    []
    >>> byline_segments(["【文匯網訊】(香港文匯報記者 顏晉傑 文森)這一夜，西洋菜南街行人專用區逼滿街頭藝人，吸引大批市民。"])
    ['【文匯網訊】(香港文匯報記者 顏晉傑 文森)']
    >>> byline_segments(["来源：中国质量报 记者 王晓东 李华 2023-05-01 10:20 点击：125"])
    ['记者 王晓东 李华 2023-05-01 10:20']
    """
    found = []
    for line in lines:
        line = line.strip()
        if len(line) <= BYLINE_MAX:
            found.append(line)
            continue
        found.extend(m[0] for m in _BRACKET_AT_EDGE_RE.finditer(line))
        # a meta line's reporter after a field's value (来源：中国质量报 记者 王晓东 李华 2023-05-01):
        # the role opening the rest, set apart from names shaped as people's
        found.extend(
            part
            for part in after_field_values(line)
            if len(part) <= BYLINE_MAX and _REPORTER_OPENING_RE.match(part)
        )
    return found


# a reporter's credit opening a meta line's rest, the role set apart from the names (记者 王晓东,
# 新华社记者：王晓东), not a column's name (记者连线, 记者万里行)
_REPORTER_OPENING_RE = re.compile(
    r"(?:[^\s:：]{2,12}?)?(?:记者|記者|通讯员|通訊員|实习生|實習生|评论员|評論員)\s*[:：]?\s+"
    r"(?=[\u4e00-\u9fff])|(?:[^\s:：]{2,12}?)?(?:记者|記者|通讯员|通訊員)\s*[:：]\s*(?=[\u4e00-\u9fff])"
)


# not an office's or an outlet's account (教务处发布于 …, 由 本站 在 … 发布): a name's last character
_NOT_AN_OFFICE = rf"(?<![{OFFICE_LAST_CHARACTERS}])"
# a post's header: "眉间尺 发表于 2005-05-17 12:00", cnBeta's "tequila发布于 2012-10-16 15:26:22":
# the poster opening the line, then the day and the time (a sentence gives no time: 该成果发表
# 于2019年…); not an office or an outlet (市监局发布于…, 本站发布于…, 教务处…), nor what a
# sentence opens with (文章发布于…)
_POSTER_RE = re.compile(
    r"^(?!该|該|本|此|这|這|文章|信息|資訊|内容|內容|通知|公告|消息)"
    r"(?P<name>[^\s@|｜,，:：()（）]{2,20}?)"
    + _NOT_AN_OFFICE
    + r"\s*(?:发表于|發表於|发布于|發布於|發佈於)\s*(?:19|20)\d\d[-/.年]\d\d?[-/.月]\d\d?日?\s*\d\d?:\d\d"
)


# Drupal's "Submitted by X on …" in Chinese: 由 olivia 在 週六, 2019-10-26 00:44 發表 (its
# day in either order: 週六, 10/26/2019 - 00:44); not an office's account (由 教务处 在 …)
_SUBMITTED_RE = re.compile(
    r"^由\s*(?P<name>[^\s@|｜,，:：()（）]{2,20}?)"
    + _NOT_AN_OFFICE
    + r"\s*(?:在|於|于)\s*[^|｜\d]{0,10}?"
    r"(?:(?:19|20)\d\d[-/.年]\d\d?[-/.月]\d\d?日?|\d\d?/\d\d?/(?:19|20)\d\d)"
    r"(?:\s*[-–]\s*|\s+)?\d\d?:\d\d\s*(?:發表|发表|發佈|发布|發布)$"
)


def poster_in_header(lines: list[str]) -> str | None:
    """The poster a post's header names (``眉间尺 发表于 2005-05-17 12:00``, Drupal's ``由
    olivia 在 週六, 2019-10-26 00:44 發表``), read in the lines between the title and the text
    only: a reply's header under the text names a replier.

    >>> poster_in_header(["tequila发布于 2012-10-16 15:26:22| 次阅读 稿源:腾讯科技"])
    'tequila'
    >>> poster_in_header(["教务处发布于 2021-03-04 09:15 点击：325"]) is None
    True
    >>> poster_in_header(["由 olivia 在 週六, 2019-10-26 00:44 發表"]), poster_in_header(["由 訪客 在 週六, 10/26/2019 - 00:44 發表"])
    ('olivia', None)
    """
    for line in lines:
        if (
            (m := _POSTER_RE.match(line) or _SUBMITTED_RE.match(line))
            and not no_name(m["name"])
            and (names := _names_of(m["name"]))
        ):
            return " ".join(names)
    return None


def author_from_lines(lines: list[str]) -> str | None:
    """An author named the ways Chinese articles name them.

    A labelled field (作者：) is read wherever it stands (an editor's is not: see
    :func:`editor_from_lines`); a byline without a label
    (记者 X, X/文, 文/X, （X 上海报道）, by X) only from a segment of its own
    (:func:`byline_segments`), and only when its names look like names.

    >>> author_from_lines(["（ 责任编辑：魏喆 ）"]), author_from_lines(["光明日报记者 王建宏 张文攀"])
    (None, '王建宏 张文攀')
    >>> author_from_lines(["每经记者 张蕊 摄"]), author_from_lines(["（记者陈智 整合）"])
    (None, '陈智')
    >>> author_from_lines(["(文/图 刘玺东 易赛楠)"]), author_from_lines(["执笔/王小明"])
    ('刘玺东 易赛楠', '王小明')
    >>> author_from_lines(["中廣新聞∕楊菁惠"]), author_from_lines(["記者孫慶璋∕嘉義報導"])  # Big5's slash
    ('楊菁惠', '孫慶璋')
    >>> author_from_lines(["大江網訊 實習生吳夢麗、記者喻雲亮報道：1月15日，全省體育工作會議召開。"])
    '吳夢麗 喻雲亮'
    >>> author_from_lines(["希望之聲國際廣播電臺張翠報導"])  # 臺, as Taiwan writes it
    '張翠'
    >>> author_from_lines(["(通讯员 宋黎胜 记者 黄淼君)"]), author_from_lines(["(记者/钟啸 通讯员/王海军)"])
    ('宋黎胜 黄淼君', '钟啸 王海军')
    >>> author_from_lines(["大江网讯 实习生吴梦丽、记者喻云亮报道：1月15日，全省体育工作会议召开。"])
    '吴梦丽 喻云亮'

    >>> author_from_lines(["河南商报记者马俊峰/文"]), author_from_lines(["（姚峰 上海报道）"])
    ('马俊峰', '姚峰')
    >>> author_from_lines(["本报讯 国家市场监管总局近日召开会议"]) is None
    True
    >>> author_from_lines(["令记者大吃一惊。"]), author_from_lines(["有群众向记者反映，该加油站计量不准。"])
    (None, None)
    >>> author_from_lines(["作者：《中国企业家》记者 林涛"]), author_from_lines(["作者：中国企业家记者"])
    ('林涛', None)
    >>> author_from_lines(["撰稿/编辑：万梁铖"]), author_from_lines(["摄影/编辑：万梁铖"])
    ('万梁铖', None)
    >>> author_from_lines(["撰稿人：张三 审核：李四"])
    '张三'
    >>> author_from_lines(["作者：2019-09-27"]), author_from_lines(["作者：12:30"])
    (None, None)
    >>> author_from_lines(["作者: Super User 来源: 学院办公室"])
    """
    segments = None
    # (a Big5 page's fullwidth slash, read as code page 950 reads it: 中廣新聞∕楊菁惠)
    lines = [line.replace("∕", "／") if "∕" in line else line for line in lines]
    chinese = [line for line in lines if CHINESE_CHARACTER_RE.search(line)]
    for i, rule in enumerate(_AUTHOR_RULES):
        # the label, and forum and blog footers tied to a time or 张贴, are read on whole lines
        anchored = i == 0 or i >= _USER_NAME_RULES
        if not anchored and segments is None:
            segments = byline_segments(chinese)
        for line in (lines if i in _LATIN_LINE_RULES else chinese) if anchored else segments:
            m = rule.search(line)
            if not m:
                continue
            names = _names_of(m["names"])
            value = line[m.start("names") :]
            if i == 0 and any(map(described, re.split(r"[\s、，,]+", value)[:6])):
                # 作者：中国社会科学院研究员 张三: the name after who he is, as a meta line reads it
                names = (credited_names(value) or "").split()
            if i == 0 and value.startswith(("系", "為", "为", "是")):
                continue  # 本文作者：系北京大学教授: who the author is, in a sentence
            if i == 0 and cut_names(line[m.start("names") :]):
                continue  # 作者：金鑫 房敏…: cut short, no part of it (a byline may show it whole)
            if i == 0 and names and names[-1].endswith(_ROLES):
                continue  # 作者：《中国企业家》记者 林涛: the outlet's reporter, read by the next rule
            if i == 0 and m["label"].endswith("人") and not all(map(looks_like_person, names)):
                continue  # 撰稿人, a noun of sentences too (撰稿人：我最早是在报社…): people's names
            if _CREDITS_BRACKET_RE.search(line) and not all(
                looks_like_person(name) and not names_an_office(name) for name in names
            ):
                continue  # （文字：综合报道 图片：…）, （文字：宣传部 …）: no person named as the writer
            if m.groupdict().get("who") and not all(map(looks_like_person, names)):
                continue  # 文/本站编辑（综合整理）: who wrote it, a job's name in brackets after
            if i == _NAMES_BEFORE_RULE and len(names) > 1 and not _LISTED_RE.search(m["names"]):
                names = names[-1:]  # 连载 张三/文: a column's word before the name, not a name
            if i == _REPORTER_RULE and names:
                if _interview_turn(line, m):
                    continue  # 记者：张院长，您好！… an interview's question, no credit
                names = _all_reporters(line) or names  # (通讯员 宋黎胜 记者 黄淼君)
                if names and (more := _next_line_reporters(line, chinese)):
                    names += [name for name in more if name not in names]
            if no_name(" ".join(names)):
                continue  # 作者: Super User (Joomla's default account, a Latin name's two words)
            if names and (i not in _NAMED_RULES or all(map(looks_like_person, names))):
                return " ".join(names)
    return None


_END_CREDIT_RE = re.compile(rf"[（(]\s*(?P<names>{_NAMES})\s*[)）]\s*$")


def author_at_text_end(lines: list[str]) -> str | None:
    """Names in brackets closing the article's text (``…举行。（张巨峰）``), as news reports
    credit their reporters; only names that look like names.

    >>> author_at_text_end(["南美站活动将在巴西举行。（张巨峰）"]), author_at_text_end(["（完）"])
    ('张巨峰', None)

    Or a reporter's credit alone after the last sentence, as a paper signs a report at its
    end (…作为第三性别辨认。 华商报记者 杨德合; 本报记者 张三 通讯员 李四 on a line of its own).

    >>> author_at_text_end(["……作为第三性别辨认。 华商报记者 杨德合"]), author_at_text_end(["本报记者 张三 通讯员 李四"])
    ('杨德合', '张三 李四')
    >>> author_at_text_end(["他对记者说，这是好事。"]), author_at_text_end(["据记者了解，记者 张三"])
    (None, None)
    >>> author_at_text_end(["图为选手们从城墙南门出发。本报记者 王鹏摄"]), author_at_text_end(["……。 澎湃新闻记者 张敏"])
    (None, '张敏')
    """
    for line in reversed(lines):
        m = _END_CREDIT_RE.search(line)
        names = _names_of(m["names"]) if m else []
        if (
            not names
            and (m := _END_REPORTER_RE.search(line))
            and not _PICTURE_CREDIT_RE.search(line)
        ):
            names = _all_reporters(m["credit"])
        if names and all(map(looks_like_person, names)):
            return " ".join(names)
    return None


# a picture's caption and its photographer's credit (图为…。本报记者 王鹏摄, 记者 刘涛 摄影)
_PICTURE_CREDIT_RE = re.compile(r"摄|攝|供图|供圖|图为|圖為|图片|圖片")
# a reporter's credit closing the text after its last sentence: an outlet's or 本报's reporter
# and correspondents, names after each role (华商报记者 杨德合, 本报记者 张三 通讯员 李四)
_CREDIT_ROLE = r"(?:特约|特約|首席|实习|實習|见习|見習)?(?:记者|記者|通讯员|通訊員|实习生|實習生)"
_END_REPORTER_RE = re.compile(
    r"(?:^|(?<=[。！？!?”」]))\s*(?P<credit>"
    r"(?:[\u4e00-\u9fff]{1,8}?(?:报|報|网|網|社|台|臺|刊|新闻|新聞|在线|在線|视|視)|本报|本報|本刊|本台)?"
    rf"{_CREDIT_ROLE}[\s:：/]*[\u4e00-\u9fff·]{{2,4}}"
    rf"(?:[\s、，,]+(?:{_CREDIT_ROLE}[\s:：/]*)?[\u4e00-\u9fff·]{{2,4}}){{0,4}})\s*$"
)


_REPORTER_RULE = 1
_NAMES_BEFORE_RULE = 2  # X、Y/文
_LISTED_RE = re.compile(r"[、，,]")  # (names a list parts: not a column's word and a name)
# What follows the words after 记者： in an interview's turn, where the reporter speaks: a
# sentence going on after a comma or asking at once (记者：张院长，您好！请您介绍一下…,
# 记者：辛苦了！), not a credit's next field or role (记者：张三，摄影：李四。, 记者：陈静，实习生王丽。)
# nor its full stop
_INTERVIEW_TURN_RE = re.compile(
    r"\s*(?:[，,](?!\s*(?:实习生|實習生|通讯员|通訊員|记者|記者|摄影|攝影|编辑|編輯))[^，,:：]*?[。？！?!…]"
    r"|[？！?!])"
)


def _interview_turn(line: str, m: re.Match[str]) -> bool:
    """Whether the reporter's label and words ``m`` found in ``line`` open what the reporter
    says in an interview (记者：张院长，您好！请您介绍一下…): the label with its colon, then
    a sentence (:data:`_INTERVIEW_TURN_RE`).

    >>> [_interview_turn(t, _AUTHOR_RULES[_REPORTER_RULE].search(t)) for t in
    ...     ("记者：张院长，您好！请您介绍一下。", "记者 张三，通讯员 李四", "记者：张三，摄影：李四。")]
    [True, False, False]
    """
    label = line[m.start() : m.start("names")]
    return ("：" in label or ":" in label) and bool(_INTERVIEW_TURN_RE.match(line, m.end("names")))


_ROLES = ("记者", "記者", "通讯员", "通訊員", "实习生", "實習生", "评论员", "評論員")
_REPORTED_RE = re.compile(r"(?:报道|報道|报导|報導)$")


_PLACE_RE = re.compile(f"(?:{_PLACES})")


def _next_line_reporters(segment: str, lines: list[str]) -> list[str]:
    """The reporters the line after a byline credits alone, as a paper sets its byline over
    two lines (■本报记者 雷册渊 ⏎ 本报见习记者 王倩 李楚悦): a role, a space or a colon, names of
    two or three characters shaped like people's and nothing after them (not 本报记者 王倩 摄, a
    photographer's; 记者连线, a column's; 记者 张书记好, an interview's turn).

    >>> _next_line_reporters("■本报记者 雷册渊", ["■本报记者 雷册渊", "本报见习记者 王倩 李楚悦"])
    ['王倩', '李楚悦']
    >>> [_next_line_reporters("记者 雷册渊", ["记者 雷册渊", n]) for n in ("本报记者 王倩 摄", "记者连线", "记者 张书记好")]
    [[], [], []]
    """
    at = next((k for k, line in enumerate(lines) if segment in line), None)
    if at is None or at + 1 >= len(lines):
        return []
    m = _REPORTERS_LINE_RE.fullmatch(lines[at + 1])
    names = re.split(r"[ 　、，,]+", m["names"]) if m else []
    if not names or not all(map(looks_like_person, names)) or _PHOTO_CREDIT_RE.search(names[-1]):
        return []
    return names


# a line of its own crediting reporters alone: their role, a space or a colon, then names
_REPORTERS_LINE_RE = re.compile(
    rf"[■●▲◆]?\s*(?:本报|本報|本网|本網)?{_CREDIT_ROLE}"
    r"(?:\s*[:：]\s*|\s+)(?P<names>[\u4e00-\u9fff]{2,3}(?:[ 　、，,]+[\u4e00-\u9fff]{2,3}){0,3})"
)


def _all_reporters(segment: str) -> list[str]:
    """Every name a credit of several roles gives, in order: ``(通讯员 宋黎胜 记者 黄淼君)``,
    ``(记者/钟啸 通讯员/王海军)``, ``实习生 吴梦丽 、记者 喻云亮 报道``. Names follow a role
    word (glued to it or not) until a word that is neither a name nor a role, or a place
    reported from (記者林悅／南市報導).

    >>> _all_reporters("記者林悅／南市報導"), _all_reporters("(通讯员 宋黎胜 记者 黄淼君)")
    (['林悅'], ['宋黎胜', '黄淼君'])
    >>> _all_reporters("记者 张建华 通讯员 王芳 李强报道"), _all_reporters("记者 王鹏 郑州报道")
    (['张建华', '王芳', '李强'], ['王鹏'])
    >>> _all_reporters("本报记者覃剑长沙报道"), _all_reporters("记者王北京报道")  # the place glued
    (['覃剑'], ['王北京'])
    """
    names: list[str] = []
    collecting = False
    for found in re.finditer(r"[\u4e00-\u9fff·]+", segment):
        token = found[0]
        role = next((r for r in _ROLES if r in token), None)
        if role is not None:
            collecting = True
            token = token.split(role, 1)[1]  # 记者陈智: the name glued after the role
            if _REPORTED_RE.search(token):  # 记者喻云亮报道, 记者覃剑长沙报道
                token = _without_place(_REPORTED_RE.sub("", token))
            if not token:
                continue
        if not collecting:
            continue
        if _REPORTED_RE.search(token):  # 通讯员 王芳 李强报道: the last name
            token = _without_place(_REPORTED_RE.sub("", token))
            if segment[: found.start()].rstrip().endswith(("/", "／")) or _PLACE_RE.fullmatch(
                token
            ):
                break  # 記者林悅／南市報導, 记者 王鹏 郑州报道: the place reported from
        if looks_like_name(token) and token not in _NOT_NAMES:
            if token not in names:
                names.append(token)
        else:
            collecting = False
    return names


def _without_place(token: str) -> str:
    """A name less the city glued after it, reported from (覃剑长沙 of 记者覃剑长沙报道), where
    a name of two characters at least stays: not a surname alone (王北京, 欧阳长春, 上官嘉義
    are names whose given names are cities').

    >>> _without_place("覃剑长沙"), _without_place("王北京"), _without_place("欧阳长春")
    ('覃剑', '王北京', '欧阳长春')
    """
    m = _PLACE_AT_END_RE.search(token)
    if not m or m.start() < 2 or token[: m.start()] in _COMPOUND_SURNAMES:
        return token
    return token[: m.start()]


_COMPOUND_SURNAMES = frozenset(
    re.findall(
        r"\S+",
        "欧阳 歐陽 上官 诸葛 諸葛 司马 司馬 东方 東方 皇甫 长孙 長孫 宇文 轩辕 軒轅 令狐 端木 慕容 夏侯 "
        "公孙 公孫 尉迟 尉遲 南宫 南宮 西门 西門 独孤 獨孤 百里 呼延 司徒 司空 申屠 澹台 澹臺 濮阳 濮陽",
    )
)


_PLACE_AT_END_RE = re.compile(f"(?:{_PLACES})$")


# A byline's line: it starts with By, with Posted/Written and what they say
# before "by" (Posted on March 3, 2024 by Jane Doe), or with the dates it credits (December
# 21, 2016 | by Jane Doe). "by" inside a sentence is no credit (signed by President Joe Biden),
# nor Photo by, Published by (a publisher), Powered by.
#: An English date as bylines and footers write it: December 21, 2016; Tuesday 15 October 2019
LATIN_DATE = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?)\s+\d{4}"
    r"(?:,?\s+\d{1,2}:\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+(?:[A-Z]{1,3}T|UTC))?)?"
)  # (a time's zone: 11:44 am PST, 8:18 AM ET, 14:27 GMT)
# (By glued to the name where a minified page sets them in elements of their own: ByJane Doe;
# a short line's, a person's name of two or three words: not a brand's, ByHeart Whole
# Nutrition Formula, nor a sentence's, ByLine Media, the company behind…)
_GLUED_BY = (
    r"(?:By|BY|by)(?=.{0,60}$)(?=[A-Z][a-z]+(?:\s+(?:(?:de|da|del|der|van|von|la|le)\s+){0,2}[A-Z][a-z.'’-]+){1,2}"
    r"\s*(?:$|[,|·•—–]|\d|(?:[A-Z][a-z]+\s+){0,2}\d))"
)
_LATIN_BY = rf"(?:(?:By|BY|by):?\s+|{_GLUED_BY})(?P<names>[^|/·•—–;:\d()]{{3,120}})"
_LATIN_BY_RE = re.compile(
    # (a sign-off's dashes first: -- By Michael Russell, under the text)
    r"^\s*(?:(?:--+|[—–])\s*)?"
    # (posted in lower case too: a blog's, a forum's; not written: a song's, a film's credits)
    r"(?:(?:[Pp]osted|Written|Story)\b[^|]{0,50}?\s|(?:Analysis|Opinion|Commentary|Reporting)\s+)?"
    + _LATIN_BY
)
#: The label an English page sets before the day it shows under a title (Published: May 11,
#: 2022; Updated on …; Posted …), with the space after it.
LATIN_DAY_LABEL = r"(?:Published|Posted|Updated)(?: on)?:?\s+"
# (under the title only: a related list's items after the text read so too; the date's label
# before it: Published: May 11, 2022 By Rosemary Scott)
_DATED_LATIN_BY_RE = re.compile(
    rf"^\s*(?:(?:{LATIN_DAY_LABEL})?{LATIN_DATE}\s*)+(?:[|·•]\s*)?" + _LATIN_BY
)
# a date's label glued to the name before it (Jane DoePublished March 5)
_GLUED_FIELD_RE = re.compile(r"(?<=[a-z])(?=(?:Published|Updated|Posted)\b)")
_DATE_WORDS = frozenset(MONTHS) | frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "updated", "published", "posted"]
)  # fmt: skip
_LATIN_ROLE_RE = re.compile(
    r"(?:Correspondent|Editor|Reporter|Analyst|Writer|Staff|Contributor|Columnist|Producer"
    r"|Desk|Team|Bureau|Newsroom|Narrator|Reader|Host"
    # a newsroom, a team in French, Spanish, Portuguese, German, Italian
    r"|R[ée]daction|Redacci[óo]n|Reda[çc][ãa]o|Redaktion|Redazione|[ÉE]quipe|Equipo)s?$"
)  # (a desk is no person: By National Desk; nor La Rédaction)


def latin_role(word: str) -> bool:
    """A word in Latin letters that names a role, not a person, in any letter case (writer,
    STAFF, Editors: what a template puts where no writer's name was entered; the words for
    nobody, Anonymous, are :func:`crawler.parsing.no_name`'s).

    >>> [latin_role(w) for w in ("writer", "STAFF", "Editors", "Writerman")]
    [True, True, True, False]
    """
    return bool(_LATIN_ROLE_RE.fullmatch(word.title()))


# an office that answers for a body (Press Office, Customer Service; Tom Service is a person)
_OFFICE_RE = re.compile(
    r"(?:Press|Customer|Client|Member|Guest|Visitor)\s+(?:Office|Services?|Support|Care)"
)
# what a byline names that is nobody (Tom Service, Mary Content are people)
_NOBODY = frozenset(
    ["staff report", "staff reports", "press release", "sponsored content", "news service",
     "wire service", "wire reports", "reader submitted", "staff and wire reports",
     "business wire"]
)  # fmt: skip
# the words of a link to an author's page or a button beside the byline (View Author Page,
# Email the Author, Full Bio, All Posts, More Stories): no surnames, unlike Page, More, Read
# (not See, Show, Hide: names, See Kit Tang, Show Lo, Hide Tanaka)
_INTERFACE_VERBS = frozenset(
    ["View", "Visit", "Email", "E-Mail", "Follow", "Subscribe", "Browse", "Load", "Click",
     "Contact"]
)  # fmt: skip
_INTERFACE_NOUNS = frozenset(
    ["Author", "Authors", "Profile", "Bio", "Posts", "Articles", "Stories", "Website"]
)
# two to four capitalised words, with the particles of a surname between them (de la, van)
# a nickname in quotes between a first and a last name: Amanda "Tania Mae" Tan
_NICKNAME = rf"[\"“]{NAME_WORD}(?:\s+{NAME_WORD})?[\"”]"
_LATIN_NAME_RE = re.compile(
    rf"{NAME_WORD}(?:\s+(?:(?:de|da|di|del|della|der|den|du|la|le|van|von|bin|al)\s+){{0,2}}"
    rf"(?:{NAME_WORD}|{_NICKNAME}(?=\s+[A-Z]))){{1,3}}"
)


def author_in_latin_byline(lines: list[str], dated: bool = False) -> str | None:
    """The names of an English byline (``By Jane Smith and John Doe | Jan 17, 2012``), as
    ``Jane Smith, John Doe``: names of two to four capitalised words; a one-word part (an
    agency, a weekday: ``By Monday, the council…``) is no name.

    >>> author_in_latin_byline(["By JANE SMITH and John Doe | Jan 17, 2012"])
    'Jane Smith, John Doe'
    >>> author_in_latin_byline(["By Jane Smith, Reuters"]), author_in_latin_byline(["By Monday, the council voted"])
    ('Jane Smith', None)
    >>> author_in_latin_byline(["Posted on March 5, 2024 by Jane Doe"]), author_in_latin_byline(["Photo by John Roe"])
    ('Jane Doe', None)
    >>> author_in_latin_byline(["posted on 2026-06-15 11:15 EDT by Rafael Antonio Pineda"])  # in lower case
    'Rafael Antonio Pineda'
    >>> author_in_latin_byline(["The bill was signed by President Joe Biden on Tuesday."])
    >>> author_in_latin_byline(["BY THE NUMBERS"]), author_in_latin_byline(["Published by Xinhua News Agency"])
    (None, None)
    >>> author_in_latin_byline(["Posted by Maria Lopez at 9:14 PM | Labels: hiking"])
    'Maria Lopez'
    >>> author_in_latin_byline(["By LISA MASCARO and KEVIN FREKING August 10, 2021"])
    'Lisa Mascaro, Kevin Freking'
    >>> author_in_latin_byline(["By Alejandro de la Garza"]), author_in_latin_byline(["Analysis by Joan Biskupic, Senior Analyst"])
    ('Alejandro de la Garza', 'Joan Biskupic')
    >>> author_in_latin_byline(["By Eric Bradner, CNN Political Desk"]), author_in_latin_byline(["BY JANE SMITH, AP"])
    ('Eric Bradner', 'Jane Smith')
    >>> author_in_latin_byline(["By: Staff Report"]), author_in_latin_byline(["Posted on March 5, 2024 by Jane Doe"])
    (None, 'Jane Doe')
    >>> author_in_latin_byline(["By Super User"]), author_in_latin_byline(["Written by Super User"])
    (None, None)

    ``dated``: the bylines that follow the dates they credit (``December 21, 2016 | by Lauren
    Briggs``), read under a title only.

    >>> author_in_latin_byline(["December 21, 2016 | by Lauren Briggs"], dated=True)
    'Lauren Briggs'
    >>> author_in_latin_byline(["By PATRICK HEALY and ALEXANDER BURNSAUG. 24, 2016"])
    'Patrick Healy, Alexander Burns'
    >>> author_in_latin_byline(["By ANNA DEMARCOAUG. 24, 2016"]), author_in_latin_byline(["By Jane Smith, Junior Partner"])
    ('Anna Demarco', 'Jane Smith')
    >>> author_in_latin_byline(["Wednesday January 18, 2017 11:44 am PST by Juli Clover"], dated=True)
    'Juli Clover'
    >>> author_in_latin_byline(["Published: May 11, 2022 By Rosemary Scott"], dated=True)
    'Rosemary Scott'
    >>> author_in_latin_byline(["by Julia Horowitz @CNNMoney November 29, 2016: 8:18 AM ET"])
    'Julia Horowitz'
    >>> author_in_latin_byline(["By Erin CunninghamMarch 18 at 3:57 PMFollow @erinmcunningham"])
    'Erin Cunningham'
    >>> author_in_latin_byline(["ByAlejandro de la Garza"]), author_in_latin_byline(["Byron Smith said"])
    ('Alejandro de la Garza', None)
    >>> author_in_latin_byline(["By Daniel BaderFriday, Jan 13, 2017 at 4:45 pm EST"])
    'Daniel Bader'
    >>> author_in_latin_byline(["ByJane DoePublished March 5, 2017Updated March 7, 2017"])
    'Jane Doe'
    >>> author_in_latin_byline(["ByHeart Whole Nutrition Formula"]), author_in_latin_byline(["byZach Johnson |"])
    (None, 'Zach Johnson')
    >>> author_in_latin_byline(["By Chris Cameron / August 18, 2010 4:55 PM"])  # (a slash parts fields)
    'Chris Cameron'
    >>> author_in_latin_byline(["By AUDREY McAVOY Associated Press"])
    'Audrey McAvoy'
    >>> author_in_latin_byline(["By Denny Bulcao, Jr."]), author_in_latin_byline(["By Jane Smith and Tom Roe, Jr."])
    ('Denny Bulcao Jr.', 'Jane Smith, Tom Roe Jr.')
    >>> author_in_latin_byline(["By Cal Ripken, Jr., Davis Love, III, and Tom Roe"])
    'Cal Ripken Jr., Davis Love III, Tom Roe'

    >>> author_in_latin_byline(["-- By Michael Russell Follow @tdmrussell"])  # a sign-off
    'Michael Russell'
    >>> author_in_latin_byline(["By JORDAN ROBERTSON and RACHEL METZ - AP Technology Writers | AP"])
    'Jordan Robertson, Rachel Metz'
    >>> author_in_latin_byline(["By John Walk -"]), author_in_latin_byline(["By Mary Smith-Jones ·"])
    ('John Walk', 'Mary Smith-Jones')
    """
    byline = _DATED_LATIN_BY_RE if dated else _LATIN_BY_RE
    for line in lines:
        if len(line) <= 160 and GLUED_MONTH_RE.search(line):
            line = GLUED_MONTH_RE.sub(" ", line)  # BURNSAUG. 24, 2016: a <time> set beside
        if len(line) <= 160 and "ed" in line and _GLUED_FIELD_RE.search(line):
            line = _GLUED_FIELD_RE.sub(" ", line)  # Jane DoePublished March 5, 2017
        m = byline.match(line) if len(line) <= 160 else None
        if not m:
            continue
        if _AGENCY_RE.fullmatch(m["names"].strip()):
            continue  # By Press Trust of India, By Deutsche Presse-Agentur: no person
        names = []
        # (what follows a preposition, or an account's @handle, is no name; nor what a spaced
        # hyphen parts off, as a dash would: By JORDAN ROBERTSON and RACHEL METZ - AP Technology
        # Writers, the AP's; not one word alone, a double surname's end: Mary Smith - Jones)
        # (less a field's separator left after the names, the date set apart: By John Walk -)
        names_text = m["names"].strip().rstrip(" -–—|/·•:").rstrip()
        if (part := _PARTED_RE.search(names_text)) and _PICTURE_ROLE_RE.search(part["after"]):
            continue  # By JANE DOE - AP Photographer: a picture's credit, no writer's
        credit = re.split(
            r"\s+(?:at|on|in|for|from|via|with|of)(?:\s+|$)|\s+@|\s+Follow\b", names_text
        )[0]
        if part := _PARTED_RE.search(credit):
            credit = credit[: part.start()]
        agency = _AGENCY_AFTER_RE.search(credit)
        if agency and _in_capitals(credit[: agency.start()]):
            credit = credit[: agency.start()]  # By AUDREY McAVOY Associated Press (not Bloomberg)
        chunks: list[str] = []
        suffixes: dict[int, str] = {}  # (Denny Bulcao, Jr.: a suffix after a comma is the name's)
        for chunk in credit.split(","):
            if chunks and chunk.strip() in _ROMAN_OR_SUFFIX:
                suffixes[len(chunks) - 1] = chunk.strip()
            else:
                chunks.append(chunk)
        for i, chunk in enumerate(chunks):
            chunk = re.sub(r"^\s*(?:and|&)\s+", "", chunk)  # Oxford comma: X, Y, and Z
            people = re.split(r"\s+(?:and|&)\s+|\s*&\s*", chunk.strip())
            if len(people) > 1:  # By Jane Smith and The Associated Press: the agency no person
                people = [p for p in people if not _AGENCY_RE.fullmatch(p)] or people
            # (a CMS's default account is nobody: By Super User, Written by Super User)
            found = [None if no_name(name := latin_person(part) or "") else name for part in people]
            if len(people) > 1 and not all(found):
                names = []  # one of the names cannot be read: none rather than some
                break
            if i and not any(found):
                continue  # By Jane Smith, CNN Senior Analyst: an outlet and a role
            if i in suffixes and found[-1]:
                # (without its comma: the writers are joined by commas, Jane Smith, Tom Roe Jr.)
                found[-1] = f"{found[-1]} {suffixes[i]}"
            names += [name for name in found if name]
        if names:
            return ", ".join(names)
    return None


def author_after_latin_label(lines: list[str]) -> str | None:
    """The names after an English author's label (``Author: Jane Smith``), read as a byline's,
    among lines that are no book's details (a review's box: Author:, Publisher:, ISBN:).

    >>> author_after_latin_label(["Author: Jane Smith and John Doe"]), author_after_latin_label(["Authors: admin"])
    ('Jane Smith, John Doe', None)
    >>> author_after_latin_label(["Author: Jane Austen", "Publisher: Penguin"]) is None
    True
    """
    if any(_BOOK_FIELD_RE.match(line) for line in lines):
        return None
    for line in lines:
        if m := _LATIN_AUTHOR_LABEL_RE.match(line):
            names = _NEXT_LATIN_LABEL_RE.split(m["names"], 1)[0]  # (… Date: 2024-03-05)
            if any(map(no_name, names.split())) or _PICTURE_LIBRARY_RE.search(names):
                return None  # Author: Site Admin, Author: Getty Images: no writer named
            return author_in_latin_byline([f"By {names}"])
    return None


_LATIN_AUTHOR_LABEL_RE = re.compile(r"\s*Authors?\s*:\s*(?P<names>\S.{2,118})$")
# the next field's label on the line (Author: Jane Smith Date: 2024-03-05, Category: …)
_NEXT_LATIN_LABEL_RE = re.compile(r"\s+[A-Z][a-z]+\s*:")
# a picture library's or a desk's name, no writer's (Getty Images, Herald Staff); an account's (Site
# Admin) is a word no name holds (parsing.no_name)
_PICTURE_LIBRARY_RE = re.compile(r"\b(?:[Ii]mages|[Pp]hotos?|[Pp]ictures|Stock|[Ss]taff)\b")
_BOOK_FIELD_RE = re.compile(
    r"\s*(?:Publisher|Published by|ISBN(?:-1[03])?|Pages|Format|Genre|Illustrator|Translator|Edition"
    r"|Year|Length|Rating|Price|Binding|Narrator)\s*:"
)
_ROMAN_OR_SUFFIX = frozenset(["II", "III", "IV", "Jr", "Jr.", "Sr", "Sr."])
# words after a byline's role that make what follows no name
_AFTER_ROLE_WORDS = frozenset(
    ["in", "for", "of", "at", "on", "from", "with", "to", "and", "the", "large", "emeritus"]
)
#: The news agencies a byline credits by name (a pattern's part): the world's wire services,
#: by the names and abbreviations their bylines use.
AGENCIES = (
    r"(?:The\s+)?(?:Associated\s+Press|AP|Reuters|AFP|Agence\s+France-Presse|Bloomberg"
    r"|Xinhua(?:\s+News\s+Agency)?|United\s+Press\s+International|UPI|Press\s+Trust\s+of\s+India"
    r"|PTI|IANS|ANI|Deutsche\s+Presse-Agentur|dpa|Kyodo(?:\s+News)?|Yonhap(?:\s+News\s+Agency)?"
    r"|Canadian\s+Press|Australian\s+Associated\s+Press|Press\s+Association|PA\s+Media"
    r"|Anadolu\s+Agency|EFE|ANSA|TASS)"
)
# an agency's name alone: a byline crediting no person (By Press Trust of India)
_AGENCY_RE = re.compile(AGENCIES)
# an agency's name and the short one its own site goes by (AP News, AFP, PTI…)
_AGENCY_SHORT = {
    "associated press": "ap",
    "agence france-presse": "afp",
    "press trust of india": "pti",
    "united press international": "upi",
    "deutsche presse-agentur": "dpa",
}
# a news agency credited after the names without a comma (the agency is no name's part)
# (not the agencies whose names are surnames too: By CHIDI NNADI and EMEKA ANI, By MARY JANE EFE;
# after a comma they are the agency's)
_AGENCY_AFTER_RE = re.compile(rf"\s+(?!(?:ANI|EFE|TASS|ANSA)\s*$){AGENCIES}\s*$")
# a byline crediting an agency: By and the agency, or the writers, a comma and the agency (not
# a writer whose surname is an agency's: By Michael R. Bloomberg)
_AGENCY_BYLINE_RE = re.compile(
    rf"By:?\s+(?:{NAME_WORD}(?:\s+(?:and\s+)?{NAME_WORD}){{1,5}}(?:,|\s+-)\s+)?(?P<agency>{AGENCIES})"
    # (and the writer's role at the agency, as its bylines put it: By JANE SMITH, Associated
    # Press Writer; By JORDAN ROBERTSON and RACHEL METZ - AP Technology Writers)
    r"(?:(?:\s+[A-Z][a-z]+){0,2}\s+(?:Writer|Reporter|Correspondent|Staff)s?)?"
)
# a byline's names and what a spaced hyphen or a comma parts off after them: a role, an
# agency, an outlet of several words (- Special to the Post, - Reuters); not one word alone
# (Mary Smith - Jones, a double surname's end, as some templates space it)
_PARTED_RE = re.compile(
    rf"\s+-\s+(?P<after>(?:{AGENCIES})\b.*|\S+\s+\S.*|(?:Staff|Contributor|Correspondent|Reporter"
    r"|Writer|Editor|Columnist)s?\b.*)$"
)
# a picture's maker's role (By JANE DOE - AP Photographer, - Photos: no writer's credit)
_PICTURE_ROLE_RE = re.compile(
    r"\b(?:Photographer|Photos?|Photojournalist|Illustrator|Illustrations?|Videographer|Graphics)\b"
)


_BY_OPENING_RE = re.compile(r"(?:By|BY):?\s+")


# an agency's name opening the line of the date's label under the title (an Indian business
# site's PTI Last Updated: June 10, 2020 | 10:13 IST): the agency the story is credited to
_AGENCY_DATED_RE = re.compile(
    rf"(?P<agency>{AGENCIES})\s*[|·•]?\s+(?:Last\s+)?(?:Updated|Published|Posted)\b\s*:?"
)


def agency_before_date_label(lines: list[str], own: set[str] = frozenset()) -> str | None:
    """The agency opening a line that goes on with the date's label (``PTI Last Updated: June
    10, 2020``, ``Reuters | Published: …``), not the site's own (``own``, case folded).

    >>> agency_before_date_label(["PTI Last Updated: June 10, 2020 | 10:13 IST"])
    'PTI'
    >>> agency_before_date_label(["Reuters Updated Jan 5"], {"reuters"}), agency_before_date_label(["PTIs Updated"])
    (None, None)
    """
    for line in lines:
        if (m := _AGENCY_DATED_RE.match(line)) and parse_date(line, zone=None):
            agency = " ".join(m["agency"].split())
            if agency.casefold().removeprefix("the ") not in own:
                return agency
    return None


def agency_in_byline(lines: list[str], own: set[str] = frozenset()) -> str | None:
    """The news agency a byline credits: ``By Reuters``, ``By Jane Smith, Reuters``, ``By
    AUDREY McAVOY Associated Press`` (names in capitals); not a line naming one alone (a
    picture's credit: Reuters), a writer named like one (By Michael R. Bloomberg), a sentence,
    nor the site's own name (``own``, case folded: a page of Reuters' own site).

    >>> agency_in_byline(["By Reuters"]), agency_in_byline(["By Jane Smith, The Associated Press"])
    ('Reuters', 'The Associated Press')
    >>> agency_in_byline(["Reuters"]), agency_in_byline(["By Michael R. Bloomberg"])
    (None, None)
    >>> agency_in_byline(["By AUDREY McAVOY Associated Press"])
    'Associated Press'
    >>> agency_in_byline(["By JORDAN ROBERTSON and RACHEL METZ - AP Technology Writers | AP – 1 hr ago"])
    'AP'
    """
    for line in lines:
        line = line.split("|", 1)[0].strip()  # (the byline's field: a bar parts the next)
        if len(line) > 80:
            continue
        if m := _AGENCY_BYLINE_RE.fullmatch(line):
            agency = m["agency"]
        elif (
            (by := _BY_OPENING_RE.match(line))
            and (after := _AGENCY_AFTER_RE.search(line))
            and _in_capitals(line[by.end() : after.start()])
        ):
            agency = after[0]
        else:
            continue
        agency = " ".join(agency.split())
        name = agency.casefold().removeprefix("the ")
        names = {name, _AGENCY_SHORT.get(name, name)}  # (Associated Press on AP News' site)
        # (the site's own, by its name or one it begins: dpa on dpa international's site)
        if not any(
            own_name == n or own_name.startswith(f"{n} ") for own_name in own for n in names
        ):
            return agency
    return None


def _in_capitals(names: str) -> bool:
    """Names written in capitals, as an agency's byline writes them before its name (AUDREY
    McAVOY Associated Press); not a writer whose surname is an agency's (Jason Bloomberg)."""
    words = [w for w in re.split(r"[\s,]+", names) if w and w not in ("and", "&")]
    return len(words) >= 2 and all(w.isupper() or _MC_CAPITALS_RE.fullmatch(w) for w in words)


# a name in capitals after its Mc or Mac (McAVOY, MacLEOD): capitals as a byline writes them
_MC_CAPITALS_RE = re.compile(r"Ma?c[A-Z]{2,}")
# an outlet's brand: capitals glued to a word (FOXBusiness, CNNMoney; not McDONALD)
_GLUED_BRAND_RE = re.compile(r"[A-Z]{2,}[a-z]+(?:[A-Z][a-z]*)*")
# a capital inside a word after a part no name opens with (GalTime, YouTube; not McDonald,
# MacLeod, O'Neil, DeShawn, LeBron, LaMarcus, VanDyke, FitzGerald, JoAnn)
_BRAND_CAPITALS_RE = re.compile(
    r"(?!(?:Mc|Mac|O'|O’|D'|D’|De|Di|Da|Du|Le|La|Lo|Van|Von|St|Fitz|Ja|Jo|Ke|Ty|Sh)[A-Z])"
    r"[A-Z][a-z]+[A-Z]"
)


def _title_cased(word: str) -> str:
    """A word of a name in capitals as the name is written: JANE → Jane, McAVOY → McAvoy."""
    if _MC_CAPITALS_RE.fullmatch(word):
        prefix = word[: 3 if word.startswith("Mac") else 2]
        return prefix + word[len(prefix) :].title()
    return word.title()


# a publication's last word: By Jane Smith, Los Angeles Times
_OUTLET_WORD_RE = re.compile(
    r"(?:Times|News|Post|Journal|Press|Herald|Tribune|Gazette|Magazine|Weekly|Daily|Agency|"
    r"Network|Radio|Television|TV|Review|Observer|Chronicle|Telegraph|Guardian"
    r"|Presse|Prensa|Imprensa|Zeitung|Noticias|Notícias|Today"  # (Agence France Presse, USA Today)
    # and the other words papers end their names with (Des Moines Register, Arizona Republic,
    # The Philadelphia Inquirer; not Sun, Star, Ledger, Globe, Courier nor Mirror: surnames too)
    r"|Register|Republic|Sentinel|Bulletin|Dispatch|Examiner|Inquirer|Enquirer|Intelligencer"
    r"|Economist"
    # and other bodies than persons: Pew Research Center, Mayo Clinic, the Editorial Board
    r"|Center|Centre|Institute|Clinic|Foundation|Council|Association|Society|Board|Committee"
    r"|Commission|University|College|Hospital"
    # and a body's offices (Media Relations, Public Affairs; Tom Service is a person)
    r"|Relations|Affairs|Department"
    # and a desk or a column's writers together (Community Voices, the Metro Desk)
    r"|Voices|Team|Desk|Staff|Editors|Bureau|Group|Media|Contributors|Correspondents"
    # and a release's distributor (PR Newswire, GlobeNewswire, ACCESSWIRE; Business Wire: see
    # _NOBODY), not a surname Wire (By Sarah D. Wire)
    r"|[Nn]ewswire|NEWSWIRE|[Pp]resswire|[Aa]ccesswire|ACCESSWIRE|Marketwired?)$"
)


# the words of a job's title, which no writer's name holds (By Jane Doe, Developer Advocate)
_TITLE_WORDS = frozenset(
    ["Senior", "Chief", "Deputy", "Associate", "Assistant", "Principal", "Executive",
     "Managing", "Contributing", "Advocate", "Technologist", "Manager", "Director", "Officer",
     "Engineer", "Developer", "Scientist", "Researcher", "Professor", "Specialist", "Strategist",
     "Consultant", "Evangelist", "Coordinator", "Designer", "Architect", "Attorney", "Counsel",
     "Intern", "President", "Founder", "Cofounder", "Co-Founder", "Ceo", "Cto", "Vp",
     "Project", "Program", "Technology", "Marketing", "Communications", "Policy", "Product",
     "Partner"]
)  # fmt: skip


def guest_writer(lines: list[str]) -> str | None:
    """The writer an editor's note opening a guest post names (Today we bring you a guest post
    by Jennifer Donovan, founder of …), where the byline names a placeholder (By Guest).

    >>> guest_writer(["Today we bring you a guest post by Jennifer Donovan, founder of Nova."])
    'Jennifer Donovan'
    >>> guest_writer(["Our guest post policy is explained by Jane Smith on the help page."])
    """
    for line in lines:
        if len(line) <= GUEST_INTRO_MAX_CHARS and (m := GUEST_INTRO_RE.search(line)):
            return latin_person(m["name"])
    return None


#: How many of the text's first lines, and how long, an editor's note on a guest post may be.
GUEST_INTRO_LINES = 3
GUEST_INTRO_MAX_CHARS = 300
GUEST_INTRO_RE = re.compile(
    r"^(?:(?:Today|Below|Here) (?:we (?:bring you|present|have|share)|is) |(?:This|The following|"
    r"What follows) is )?an? guest (?:post|column|blog post|article|essay|contribution)"
    r"(?: written)? (?:by|from) (?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})"
)


# a news story's dateline: its first line opens with its place in capitals and the day it
# was filed and a dash (LONDON, May 4, 2015 — …), or the day and a wire's double hyphen
# (Feb. 23, 2015 -- …); a date and a dash alone open a history's text (July 20, 1969 — …)
# (a press release's too: CUPERTINO, California—April 27, 2015—Apple…, NEW YORK, March 3, 2024
# /PRNewswire/ -- …: the place, its region maybe, the date between dashes or before the wire)
_LATIN_DATELINE_RE = re.compile(
    # (not a note's label: CORRECTION — Feb. 2, 2024 — An earlier version…)
    r"^(?!(?:CORRECTIONS?|CLARIFICATION|UPDATED?|EDITOR'?S NOTE|NOTE|BREAKING|EXCLUSIVE|ADVISORY"
    r"|ALERT|WATCH|LIVE)\b)"
    r"(?:[A-Z][A-Z .'-]{1,30}(?:,\s*[A-Z][A-Za-z. ]{1,30}?)?(?:,\s*|\s*(?:--|—|–)\s*)"
    # (a wire's name in brackets before the date or after it: SAN FRANCISCO--(BUSINESS
    # WIRE)--May 7, 2024--, NEW YORK, May 07, 2024 (GLOBE NEWSWIRE) --)
    r"(?:\([A-Z][A-Za-z .]{2,30}\)\s*(?:--|—|–)\s*)?"
    r"(?P<date>[^—–/()]{6,30}?)(?:\s*\([A-Z][A-Za-z .]{2,30}\))?\s*(?:--|—|–|/)"
    r"|(?P<wire>[^—–-]{6,30}?)\s*--\s"
    # (a public body's release: the date, then its place or its wire in brackets, or the
    # place, then the date in brackets: December 4, 2019 (SAINT PAUL) —, ST. PAUL, Minn.
    # (Dec. 4, 2019) —)
    # (a place in capitals, or a wire: not a weekday's, a diary's place, a day's name, Lisbon,
    # Election Day; the place before a date in brackets with its state's abbreviation, not a
    # label in capitals, FROM THE ARCHIVES, nor an obituary's SMITH, Jane: a review's probes)
    r"|(?P<before>[^—–()]{6,30}?)\s*\((?:[A-Z][A-Z .'-]{1,30}|AP|Reuters|AFP|UPI)\)\s*(?:--|—|–)"
    r"|[A-Z][A-Z .'-]{1,30},\s*[A-Z][a-z]{1,5}\.\s*\((?P<inside>[^()]{6,30})\)\s*(?:--|—|–))"
)
#: The earliest year a dateline dates a page by: an older one opens a history ("Nov. 9, 1989
#: -- East German authorities…"), not the report of the day.
DATELINE_SINCE = 1995


def latin_dateline(line: str) -> tuple[str, str] | None:
    """The date a story's dateline gives where ``line`` opens with one (whole: the day, month
    and year; ``March 3 (Reuters) —`` has no year), as :func:`crawler.parsing.parse_date`
    gives it.

    >>> latin_dateline("DUBLIN, July 2, 2014 — Jazz Pharmaceuticals plc today announced")
    ('July 2, 2014', '2014-07-02')
    >>> latin_dateline("CORRECTION — Feb. 2, 2024 — An earlier version"), latin_dateline("Nov. 9, 1989 -- East")
    (None, None)
    >>> latin_dateline("SAN FRANCISCO--(BUSINESS WIRE)--May 7, 2024--Acme today announced")
    ('May 7, 2024', '2024-05-07')
    >>> latin_dateline("NEW YORK, May 07, 2024 (GLOBE NEWSWIRE) -- Acme today announced")
    ('May 07, 2024', '2024-05-07')
    >>> latin_dateline("December 4, 2019 (SAINT PAUL) — Minnesota Attorney General Keith Ellison")
    ('December 4, 2019', '2019-12-04')
    >>> latin_dateline("ST. PAUL, Minn. (Dec. 4, 2019) — The Minnesota Department of Health")
    ('Dec. 4, 2019', '2019-12-04')
    >>> latin_dateline("Dec. 4 (SAINT PAUL) — no year"), latin_dateline("Senators (R) — and more")
    (None, None)
    >>> latin_dateline("March 11, 2020 (Wednesday) — The WHO"), latin_dateline("SMITH, Jane (June 3, 2021) – Beloved")
    (None, None)
    >>> latin_dateline("FROM THE ARCHIVES (Jan. 5, 2012) — A look back")
    """
    m = _LATIN_DATELINE_RE.match(line)
    shown = next(filter(None, m.group("date", "wire", "before", "inside"))).strip() if m else ""
    found = parse_date(shown) if shown else None
    if not found or found[0] != shown or int(found[1][:4]) < DATELINE_SINCE:
        return None
    return found


def labelled_publication_date(line: str) -> tuple[str, str] | None:
    """``(raw, iso)`` of a line that is a publication's label and its date, nothing more
    (Published Online: April 25, 2016; Posted on March 3, 2024 at 9:05 AM); not a sentence
    that opens so, nor a book's details after it.

    >>> labelled_publication_date("Published Online: April 25, 2016")
    ('April 25, 2016', '2016-04-25')
    >>> labelled_publication_date("Published on Tuesday, Mar. 09, 2010 2:28AM EST")[1]
    '2010-03-09T02:28:00-05:00'
    >>> labelled_publication_date("Posted on March 3, 2024, the clip drew 2 million views.")
    >>> labelled_publication_date("Published: March 12, 2019, Penguin Press")
    """
    if len(line) > TEXT_START_DATE_MAX_CHARS or not (m := _PUBLISHED_LABEL_RE.match(line)):
        return None
    found = parse_date(line[m.end() :])
    if found is None:
        return None
    rest = line[m.end() :].replace(found[0], " ", 1)
    return found if _DATE_LEFTOVER_RE.fullmatch(rest) else None


#: How many of the text's first lines may be its meta lines (a standfirst above them), and
#: how long such a date's line is at most.
TEXT_START_LINES = 4
TEXT_START_DATE_MAX_CHARS = 60
# (Published Online:, Posted on, First published: a label, a date after it)
_PUBLISHED_LABEL_RE = re.compile(
    r"(?i:(?:first |originally )?(?:published|posted)(?: online)?(?: on)?)\s*:?\s*"
)
# what may stand beside the date on such a line: its weekday, its time's words, a zone, a bar
_DATE_LEFTOVER_RE = re.compile(
    r"[\s,|·•]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)?\.?"
    r"[\s,|·•]*(?:(?:at|on)\s*)?(?:[A-Z]{2,4}T?|UTC|GMT)?[\s.,|·•]*"
)


def writer_with_role(lines: list[str], *, degree: bool = False) -> str | None:
    """The writer a byline without By names with the writer's role after a comma (``Carolyn
    Said, Chronicle Staff Writer``, ``Jane Smith, Correspondent``): on a short line of its own.

    >>> writer_with_role(["Carolyn Said, Chronicle Staff Writer"]), writer_with_role(["JANE SMITH, Staff Reporter"])
    ('Carolyn Said', 'Jane Smith')
    >>> writer_with_role(["Los Angeles Times, Staff Writer"]), writer_with_role(["Editor, Staff Writer"])
    (None, None)

    ``degree``: the writer's degree counts as a role too (Surabhi Dangi-Garimella, PhD), where
    the caller knows the line for a byline by what stands beside it (an interviewee's name
    heads a Q&A so).

    >>> writer_with_role(["Surabhi Dangi-Garimella, PhD"]), writer_with_role(["Surabhi Dangi-Garimella, PhD"], degree=True)
    (None, 'Surabhi Dangi-Garimella')
    """
    role = _WRITER_DEGREE_RE if degree else _WRITER_ROLE_RE
    for line in lines:
        if (
            len(line) <= WRITER_LINE_MAX_CHARS
            and (m := role.fullmatch(line.strip()))
            and (name := latin_person(m["name"])) is not None
        ):
            return name
    return None


#: The longest line read as a writer's name and role.
WRITER_LINE_MAX_CHARS = 80
# a name of two to four words, a comma, up to three words (the paper's, Senior, Contributing),
# and a writer's role: not an editor's (who checked the text)
_WRITER_ROLE_RE = re.compile(
    rf"(?P<name>{NAME_WORD}(?: {NAME_WORD}){{1,3}}),\s+(?:[A-Z][\w.&'’-]*\s+){{0,3}}"
    r"(?:Staff\s+)?(?:Writer|Reporter|Correspondent|Columnist|Contributor)s?"
)
# (Surabhi Dangi-Garimella, PhD: a medical journal's newsroom)
_WRITER_DEGREE_RE = re.compile(
    rf"(?P<name>{NAME_WORD}(?: {NAME_WORD}){{1,3}}),\s+(?:Ph\.?D|M\.?D|MPH|MBA|MSc|PharmD|DrPH|RN|JD)\.?"
)


def latin_person(part: str) -> str | None:
    """A person's name in a byline's part (title-cased when written in capitals), or None:
    ``AJ Willingham``, ``Martin Luther King III``, ``Alejandro de la Garza``; not an outlet
    and a role (``CNN Senior Analyst``), a role (``Staff Writer``), a publication.

    >>> [latin_person(p) for p in ("AJ Willingham", "JANE SMITH", "CNN Political Desk", "Los Angeles Times")]
    ['AJ Willingham', 'Jane Smith', None, None]
    >>> latin_person("USA TODAY"), latin_person("LOS ANGELES TIMES")
    (None, None)
    >>> latin_person("GalTime Entertainment Diva"), latin_person("LeBron James"), latin_person("Ryan McDonald")
    (None, 'LeBron James', 'Ryan McDonald')
    >>> [latin_person(p) for p in ("Developer Advocate", "Senior Staff Technologist", "Technology Project")]
    [None, None, None]
    >>> [latin_person(p) for p in ("Contributing Writer Jane Smith", "Associate Professor Jane Smith", "Osmar Junior")]
    ['Jane Smith', 'Jane Smith', 'Osmar Junior']
    >>> [latin_person(p) for p in ("TFK Kid Reporter Faye Collins", "Associated Press Writer JOHN SMITH")]
    ['Faye Collins', 'John Smith']
    >>> latin_person("Times Staff Writer"), latin_person("Guest Columnist Mary Jones Today")
    (None, None)
    >>> latin_person("Letters to the Editor John Smith"), latin_person("Our Correspondent In Lagos")
    (None, None)
    >>> [latin_person(p) for p in ("PR Newswire", "Business Wire", "GLOBE NEWSWIRE", "Sarah D. Wire")]
    [None, None, None, 'Sarah D. Wire']
    >>> latin_person("Caitlin McFall FOXBusiness"), latin_person("Ryan McDONALD")
    ('Caitlin McFall', 'Ryan McDONALD')
    >>> [latin_person(p) for p in ("View Author Page", "Full Bio", "Larry Page", "Thomas More")]
    [None, None, 'Larry Page', 'Thomas More']
    >>> [latin_person(p) for p in ("See Kit Tang", "Jane Smith Full Bio", "VIEW AUTHOR PAGE")]
    ['See Kit Tang', 'Jane Smith', None]

    """
    words = part.split()
    while words and words[-1].lower().rstrip(".") in _DATE_WORDS:
        words.pop()  # By KEVIN FREKING August 10, 2021: the date follows the name
    while len(words) > 2 and words[-1].title() in _INTERFACE_NOUNS:
        words.pop()  # Jane Smith Bio, Jane Smith Full Bio: the link beside the name
        if len(words) > 2 and words[-1].title() == "Full":
            words.pop()
    if len(words) >= 3 and _GLUED_BRAND_RE.fullmatch(words[-1]):
        words.pop()  # By Caitlin McFall FOXBusiness: the outlet's brand set after the name
    roles = [i for i, word in enumerate(words) if _LATIN_ROLE_RE.fullmatch(word.title())]
    if (
        roles
        and roles[-1] > 0
        and 2 <= len(words) - roles[-1] - 1 <= 4
        and all(word[:1].isupper() for word in words[: roles[-1]])  # (not Letters to the Editor)
        # (nor a place or an outlet after the role: By Our Correspondent In Lagos, Daily Mail
        # Reporter For Mailonline, Staff Writer Of The Ledger, Editor Emeritus Tom Brown)
        and not any(word.lower() in _AFTER_ROLE_WORDS for word in words[roles[-1] + 1 :])
    ):
        # an outlet's or a desk's words and the role before the name: By TFK Kid Reporter
        # Faye Collins, By Associated Press Writer John Smith (the name after the last role)
        return latin_person(" ".join(words[roles[-1] + 1 :]))
    if not words or words[0] in ("The", "A", "An", "THE"):
        return None  # BY THE NUMBERS
    suffix = words.pop() if len(words) > 2 and words[-1] in _ROMAN_OR_SUFFIX else None
    upper = [w.isalpha() and len(w) > 1 and w.isupper() for w in words]
    # (McAVOY among words in capitals is written in capitals too; Ian MacLEOD is not)
    capitals = [
        u or (any(upper) and bool(_MC_CAPITALS_RE.fullmatch(w)))
        for u, w in zip(upper, words, strict=True)
    ]
    # initials in capitals may open a name (AJ Willingham); an outlet's do not make one
    initials = len(words) == 2 and capitals == [True, False] and len(words[0]) == 2
    if any(capitals) and not all(capitals) and not initials:
        return None  # CNN Senior Analyst (JANE SMITH is a name)
    last = words[-1].title() if capitals[-1] else words[-1]  # (USA TODAY: an outlet in capitals)
    if _LATIN_ROLE_RE.search(last) or _OUTLET_WORD_RE.search(last):
        return None
    if any(_BRAND_CAPITALS_RE.match(word) for word in words):
        return None  # GalTime Entertainment Diva: a brand's capitals inside a word (not McDonald)
    while len(words) > 2 and (
        words[0].title() in _TITLE_WORDS or _LATIN_ROLE_RE.fullmatch(words[0].title())
    ):
        words.pop(0)  # Contributing Writer Jane Smith, Associate Professor Jane Smith
    if any(
        word.title() in _TITLE_WORDS or _LATIN_ROLE_RE.fullmatch(word.title()) for word in words
    ):
        return None  # Senior Staff Technologist, Developer Advocate: what a writer does
    if " ".join(words).lower() in _NOBODY or _OFFICE_RE.fullmatch(" ".join(words)):
        return None
    if words[0].title() in _INTERFACE_VERBS or any(w.title() in _INTERFACE_NOUNS for w in words):
        return None  # a link's words: View Author Page, Email Author, All Posts
    if all(capitals):
        words = [_title_cased(w) for w in words]
    name = " ".join(words).rstrip(".")
    if not _LATIN_NAME_RE.fullmatch(name):
        return None
    return f"{name} {suffix.rstrip('.')}" if suffix else name


def editor_from_lines(lines: list[str]) -> str | None:
    """An editor credited on a line (编辑：X), never 责任编辑 or 责编: the author where the
    page credits nobody else.

    >>> editor_from_lines(["来源：巴彦淖尔日报 编辑：苏亮"]), editor_from_lines(["（责任编辑：魏喆）"])
    ('苏亮', None)
    >>> editor_from_lines(["作者： 编辑： 阅读：30"]), editor_from_lines(["编辑：浏览次数：30"])  # empty
    (None, None)
    >>> editor_from_lines(["编辑：警察文摘----石虹"]) is None  # a column's name and the editor's
    True
    """
    for line in lines:
        if (m := _EDITOR_RULE.search(line)) and (names := _names_of(m["names"])):
            return " ".join(names)
    return None


def _split_names(found: str) -> list[str]:
    """Names between spaces, 、 and commas; an ``&`` between two names that look like
    names parts them (胡一刀&李小飞刀), not inside a user name (放飞&心情)."""
    out = []
    for name in re.split(r"[ 　、，,]+", found):
        parts = re.split(r"[&＆]", name)
        out.extend(parts if len(parts) > 1 and all(map(looks_like_name, parts)) else [name])
    return out


def _names_of(found: str) -> list[str]:
    """The names a credit's match holds: role words before them skipped, a role word or
    furniture after them ending them (文/李明 摄影/王刚), stray closing brackets cut."""
    names: list[str] = []
    description = None  # (the author's, where no name follows it: 作者：科普博士)
    for name in _split_names(found):
        shown = name = without_glued_role(strip_stray_closers(name))
        name = without_title(name)
        if described(name):  # (中国社会科学院研究员 张三: who he is, before his name)
            if names:
                break
            description = description or shown
            continue
        if _PHOTO_CREDIT_RE.search(name):
            return []  # a photo's credit (林宜静摄), not the text's
        if RULE_RUN_RE.search(name):
            break  # a column and a name a run of dashes joins (警察文摘----石虹): no name
        if name in _NOT_NAMES or ROLE_RE.match(name) or (name and not any(map(str.isalpha, name))):
            # (and digits alone: a day where the field was left empty, 作者：2019-09-27)
            if names:
                break
            continue
        if name:
            names.append(name)
    return names or ([description] if description else [])


# A publication named right after an unlabelled date: 2022年02月13日 09:57 新华网 / 《理财周刊》 /
# 2012-01-17 中國時報 (in traditional script: 網, 報, 臺…). Not one before the date: a column's
# name stands there as often (国内新闻 2019-11-25, 工作简报 2019-11-25)
_OUTLET = (
    r"(?:\d{1,3}(?=[\u4e00-\u9fff]))?[\u4e00-\u9fff]{1,10}"  # (and a number first: 21世纪网)
    r"(?:网|網|报|報|社|台|臺|刊|杂志|雜誌|在线|在線|新闻|新聞|客户端|客戶端|电视台|電視台|广播|廣播)"
)
# (a site and its paper joined by a dash are one source: 新华报业网-扬子晚报, 人民网-人民日报; not a
# site and its channel: 中新网-国际新闻)
_PAPER = r"[\u4e00-\u9fff]{1,10}(?:报|報|社|刊|杂志|雜誌|电视台|電視台|广播|廣播)"
_MEDIA_RE = re.compile(rf"《(?P<title>[^》]{{2,20}})》|(?P<name>{_OUTLET}(?:[-－—]{_PAPER})?)")


# a column's or a bulletin's name, not a publication's: 焦点新闻, 即時新聞, 工作简报, 发布平台
# (not 快报, 通报, 公报: 现代快报, 都市快报, 中国交通报, 大公报 are newspapers)
_OUTLET_ALONE_RE = re.compile(
    r"《[^》]{2,20}》|(?!本)[\u4e00-\u9fff]{1,10}(?:网|網|报|報|社|电视台|電視台|广播电台|廣播電台)"
)
_COLUMN_RE = re.compile(
    r"^(?:国内|國內|国际|國際|焦点|焦點|图片|圖片|社会|社會|本地|即时|即時|今日|最新|热点|熱點|时政|時政|"
    r"财经|財經|体育|體育|娱乐|娛樂|科技|军事|軍事|综合|綜合|滚动|滾動|要闻|要聞|头条|頭條|教育|健康|"
    r"汽车|汽車|房产|房產|旅游|旅遊|文化|法治|民生|地方|环球|環球|港澳|台湾|臺灣|两岸|兩岸)(?:新闻|新聞)$"
    r"|(?:简报|簡報|平台)$"
)


def _line_showing(lines: list[str], raw: str | None) -> int | None:
    """The first of ``lines`` that shows ``raw`` (a date as shown), or None."""
    return next((i for i, line in enumerate(lines) if raw in line), None) if raw else None


def source_after_date(
    lines: list[str], raw: str | None, page_lines: Sequence[str] = ()
) -> str | None:
    """The publication a date line names after its (unlabelled) date; or the line after a date
    alone on its line, when that line is one name shown nowhere else on the page
    (``page_lines``: a channel's name, 新聞速報, stands in its menu too).

    >>> source_after_date(["标题", "2005年03月21日 11:21 《理财周刊》"], "2005年03月21日 11:21")
    '理财周刊'
    >>> source_after_date(["2022年02月13日 09:57 新华网 分享到"], "2022年02月13日 09:57")
    '新华网'
    >>> source_after_date(["2022-02-13 09:57 阅读全文"], "2022-02-13 09:57") is None
    True
    >>> source_after_date(["2010年01月25日 10:44 新华报业网-扬子晚报 【大 中 小】"], "2010年01月25日 10:44")
    '新华报业网-扬子晚报'
    >>> source_after_date(["2019-11-25 10:37 焦点新闻"], "2019-11-25 10:37") is None
    True
    >>> source_after_date(["2016年01月19日02:35", "证券时报", "分享"], "2016年01月19日02:35")
    '证券时报'
    >>> source_after_date(["2012-01-12", "新聞速報"], "2012-01-12", ["新聞速報", "标题", "2012-01-12", "新聞速報"])
    >>> source_after_date(["2012年01月12日18:52人民网我要评论(0)"], "2012年01月12日18:52")  # glued
    '人民网'
    >>> source_after_date(["2011年12月15日11:03家电质量网张君我要评论(0)"], "2011年12月15日11:03")
    '家电质量网'
    >>> source_after_date(["2012年01月12日18:52人民网国际新闻我要评论(0)"], "2012年01月12日18:52")
    '人民网'
    >>> source_after_date(["2012年01月12日18:52教育新闻我要评论(0)"], "2012年01月12日18:52") is None
    True
    """
    if (at := _line_showing(lines, raw)) is None:
        return None
    words = lines[at].split(raw, 1)[1].split()
    if not words and at + 1 < len(lines):
        # the date alone on its line, an outlet alone on the next (a name an outlet's words end:
        # not a column, a place, a button), unless the page's menu shows it too (a channel)
        alone = lines[at + 1]
        if not _OUTLET_ALONE_RE.fullmatch(alone) or page_lines.count(alone) > 1:
            return None
        words = [alone]
    m = _MEDIA_RE.fullmatch(words[0]) if words else None
    if m is None and words and (control := _GLUED_CONTROL_RE.search(words[0])):
        # the page's controls glued after the outlet, as its spans sit with no space between
        # them (2012年01月12日18:52人民网我要评论(0)), the writer's name between them maybe
        # (家电质量网张君我要评论(0))
        m = _glued_outlet(words[0][: control.start()])
    if m is None or (m["name"] and (_COLUMN_RE.search(m["name"]) or m["name"].startswith("本"))):
        return None  # (a column's name, 本网: the site itself)
    return m["title"] or m["name"]


def source_before_date(
    lines: list[str], raw: str | None, page_lines: Sequence[str] = ()
) -> str | None:
    """The publication a date line names before its (unlabelled) date (an account's or a
    paper's name: 中国网 2019-11-25 10:37:31, 原创 南方都市报 2019-09-09 16:01), of an outlet's
    shape (…网, …报, …社, 《…》: a column's name, 学院新闻, stands there as often); or the line
    before a date alone on its line, an outlet's name alone or after its writer's (新华社,
    石佳/中国青年报), shown nowhere else on the page (a menu's channel is not).

    >>> source_before_date(["标题", "中国网 2019-11-25 10:37:31"], "2019-11-25 10:37:31")
    '中国网'
    >>> source_before_date(["原创 南方都市报 2019-09-09 16:01:46"], "2019-09-09 16:01:46")
    '南方都市报'
    >>> source_before_date(["原创南方都市报 2019-09-09 16:01:46"], "2019-09-09 16:01:46") is None
    True
    >>> source_before_date(["标题", "石佳/中国青年报", "2019-09-24 09:10"], "2019-09-24 09:10")
    '中国青年报'
    >>> source_before_date(["新华社", "2020-01-03 18:13"], "2020-01-03 18:13", ["新华社", "标题", "新华社"])
    >>> [source_before_date([f"{n} 2019-11-25 10:37"], "2019-11-25 10:37") for n in ("焦点新闻", "学院新闻")]
    [None, None]
    >>> source_before_date(["张三 2019-11-25 10:37"], "2019-11-25 10:37") is None
    True
    """
    if (at := _line_showing(lines, raw)) is None:
        return None
    before = lines[at].split(raw, 1)[0].split()
    if before and before[0] in _BADGES:
        before = before[1:]
    elif before and before[0][:2] in _BADGES:
        # a badge glued on (a minified page's spans: 原创南方都市报), or an outlet so named
        # (原创力文档, 独家网: a review's probes): which one, the line does not say
        return None
    if not before and at > 0 and lines[at].strip() == raw:
        # the date alone on its line: the line above it, if an outlet alone (after its
        # writer's name and a slash maybe) that no menu shows too
        alone = lines[at - 1]
        writer, slash, outlet = alone.rpartition("/")
        if slash and not looks_like_name(writer.strip()):
            return None
        if page_lines.count(alone) > 1 or not _OUTLET_ALONE_RE.fullmatch(outlet.strip()):
            return None
        before = [outlet.strip()]
    if len(before) != 1 or not _OUTLET_ALONE_RE.fullmatch(before[0]):
        return None  # (a column's name stands there as often: 国内新闻, 学院新闻, 工作简报)
    m = _MEDIA_RE.fullmatch(before[0])
    if m is None or (m["name"] and not _outlet_named(m["name"])):
        return None
    return m["title"] or m["name"]


def _outlet_named(name: str) -> bool:
    """``name``, of an outlet's shape, names one: not a column's or a bulletin's (国内新闻,
    情况通报, 党建快报), 本网 (the site itself), a school site's word for itself (新闻网), nor a
    person's name ending in 社 (王建社) or a club's (骑行爱好者社): …社 only as an agency's or a
    publisher's (新华社, 报社, 出版社)."""
    if _COLUMN_RE.search(name) or _BULLETIN_RE.search(name) or name.startswith("本"):
        return False
    if name in ("新闻网", "新聞網"):
        return False
    if name.endswith("社"):
        return name in _AGENCIES_SHE or name.endswith(_PUBLISHERS_SHE)
    return not looks_like_person(name)


# a bulletin's kind after its topic (情况通报, 党建快报, 工作周报), not a paper's name (现代快报)
_BULLETIN_RE = re.compile(
    r"通报$|通報$|^(?:党建|黨建|工作|信息|學習|学习|教学|教學|科研|安全|团学|團學|工会|工會)"
    r"(?:快报|快報|周报|週報|简报|簡報)$"
)
# the news agencies named …社, and the publishers' words
_AGENCIES_SHE = frozenset(
    ["新华社", "新華社", "中新社", "美联社", "美聯社", "路透社", "法新社", "共同社", "韩联社", "韓聯社",
     "塔斯社", "中央社", "中评社", "中評社", "合众社", "合眾社", "俄新社", "安莎社", "埃菲社", "德新社",
     "时事社", "時事社"]
)  # fmt: skip
_PUBLISHERS_SHE = (
    "通讯社", "通訊社", "新闻社", "新聞社", "报社", "報社", "杂志社", "雜誌社", "出版社",
)  # fmt: skip


# a badge before an account's name on its date line (今日头条's 原创)
_BADGES = frozenset(("原创", "原創", "独家", "獨家"))


def _glued_outlet(glued: str) -> re.Match[str] | None:
    """The outlet that opens ``glued`` (what stands between a date and the controls after
    it): the shortest name of an outlet's shape followed by nothing, a person's name, or a
    column's (人民网国际新闻: 人民网, its column after it; 家电质量网张君: the writer after it)."""
    for end in range(2, len(glued) + 1):
        m = _MEDIA_RE.fullmatch(glued, 0, end)
        rest = glued[end:]
        if m and (not rest or looks_like_person(rest) or _COLUMN_RE.search(rest)):
            return m
    return None


# a comment link's, a share bar's, a font size's words (a box's controls beside the date)
_GLUED_CONTROL_RE = re.compile(
    r"(?:我要评论|我要評論|发表评论|發表評論|参与评论|參與評論|评论|評論|参与互动|參與互動|分享|收藏|打印|字号|字號)"
)
