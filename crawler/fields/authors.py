"""The author: who wrote the article, as the page credits them.

The meta line's 作者 field comes first; then a byline near the title or at the ends of
the text (``记者 X``, ``X/文``, ``文/X``, ``（X 上海报道）``, a forum post's ``by X``); an
editor (``编辑：X``, on the meta line or a line of its own) only when nothing else credits
anyone. 责任编辑, 责编 and 校对 name who checked the text: never the author. Photo credits
(``记者 X 摄``) neither. A meta line whose author field is empty means the page names
nobody: no fallback. An English page's writers the markup marks (``rel="author"``,
``itemprop="author"``) count where no line credits them.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import chain, islice, takewhile

from lxml import etree

from crawler.dom import text_of
from crawler.extraction import (
    ENDS_SENTENCE_RE,
    HOME_LINK_RE,
    OTHER_BLOCK_NAMES,
    _aligned,
    common_ancestor,
    document_title,
    element_names,
    in_furniture,
    in_other_block,
    is_furniture,
    is_sentence,
    signed_off_at,
    site_names,
    title_parts,
)
from crawler.fields import (
    Candidate,
    Page,
    choose,
    credits_outside_captions,
    labelled_credit,
    shown_between_title_and_text,
    url_host,
)
from crawler.generic import (
    GUEST_INTRO_LINES,
    PICTURE_LINE_RE,
    TEXT_START_LINES,
    author_after_latin_label,
    author_at_text_end,
    author_from_cms,
    author_from_lines,
    author_in_latin_byline,
    declared_authors,
    editor_from_lines,
    guest_writer,
    labelled_publication_date,
    latin_person,
    latin_role,
    poster_in_header,
    writer_with_role,
)
from crawler.parsing import (
    CREDIT_BAR,
    CREDIT_LABEL_RE,
    ROLE_RE,
    has_chinese,
    looks_like_person,
    no_name,
    parse_date,
)
from crawler.text import remove_pinyin_brackets

__all__ = ["RULES", "choose_author"]


def _unpinyin(text: str) -> str:
    return remove_pinyin_brackets(text)[0]


#: Lines above the text where a byline may stand (3 until a page of the Washington Post's
#: put its date, a follow link and a gallery's counter between them; none of the 563 pages
#: changed).
ABOVE_TEXT_LINES = 6


#: The text's first lines where its lead is looked for, under pictures' captions.
LEAD_LINES = 10
# a writer's credit alone on its line (not 记者：, an interview's turn too)
_BODY_CREDIT_RE = re.compile(r"(?:撰文|撰稿人?|作者|文)\s*[｜|/／:：]\s*[\u4e00-\u9fff·]{2,4}$")
# a lead that opens with its outlet's dateline and its reporter's credit in brackets
# (中国宁波网讯 (记者唐国利)经过…, 新华网北京1月4日电（记者 黄玥）…, its day between; not a
# sentence citing another's: 据《南方日报》（记者李强）报道, 另据新华社北京1月4日电（记者 李强）)
_LEAD_CREDIT_RE = re.compile(
    r"(?:(?![据據])[\u4e00-\u9fff]){2,16}(?:\d{1,2}月)?(?:\d{1,2}日)?(?:讯|訊|电|電)\s*[（(]\s*(?:记者|記者|通讯员|通訊員)"
)


def credit_region(page: Page) -> list[str]:
    """Where articles credit their author: under the title, just above the text, its first
    and last lines (and those above the editor's sign-off), and the lines right after it
    (found once a page: the rules ask for it three or four times)."""
    if (found := page.memo.get("credit_region")) is not None:
        return found
    at, end = page.at, page.end
    start = page.title_at or 0
    end = end if end is not None and end >= start else start
    # (six lines above the text: a date, a follow link, a gallery's counter may stand
    # between a byline and the text, and a share bar of a dozen buttons above it)
    above = page.lines[max(start, at - ABOVE_TEXT_LINES) : at] if at is not None else []
    # (and its lead's credit, under pictures' captions and the headline's lines the text's
    # container opens with: 中国宁波网讯 (记者唐国利)经过12天…)
    lead = next((line for line in page.body[2:LEAD_LINES] if _LEAD_CREDIT_RE.match(line)), None)
    # (or a credit's line of its own right under an editor's note opening the text: 编按： ⏎
    # … ⏎ 撰文｜党元悦 ⏎ 编辑｜赵小鲁; further down, a book's card: 《人世间》 ⏎ 作者：梁晓声)
    lead = lead or next((line for line in page.body[2:4] if _BODY_CREDIT_RE.match(line)), None)
    region = (
        page.lines[start : start + 6]
        + above
        + page.body[:2]
        + ([lead] if lead else [])
        + _sign_off(page)[1]  # (a next story's teaser may end the container)
        + page.body[-3:]
        + page.lines[end + 1 : end + 5]
    )
    # (a link home glued to the text's last line, which may be its credit: 作者：X 返回搜狐，查看更多;
    # a picture's credit is no byline: 图：本报记者 张伟, 本报记者 张伟/摄)
    region = [_unpinyin(line) for line in region]
    region = [HOME_LINK_RE.sub("", line) if "返回" in line else line for line in region]
    page.memo["credit_region"] = region = [
        line
        for line in region
        if len(line) > PICTURE_LINE_MAX_CHARS or not PICTURE_LINE_RE.search(line)
    ]
    return region


#: The longest line that may be a picture's credit (characters): a paragraph is none.
PICTURE_LINE_MAX_CHARS = 60


#: The most credit lines read above the editor's sign-off.
SIGN_OFF_CREDITS = 3


def _sign_off(page: Page) -> tuple[int, list[str]]:
    """Where the editor signs the text off (:func:`signed_off_at`; 0: nowhere) and the text's
    credits just above it, found once a page: short lines that credit by their form (作者：,
    采写：, （央视记者 赵刚）, 编辑：), up to the text's last line. Not a work's card (《人世间》 /
    作者：梁晓声 / 出版社：…), nor a picture's credit."""
    if (found := page.memo.get("sign_off")) is not None:
        return found
    signed = signed_off_at(page.body) or 0
    credits: list[str] = []
    for line in reversed(page.body[max(0, signed - SIGN_OFF_CREDITS) : signed]):
        plain = _unpinyin(line)
        if len(plain) > CREDIT_LINE_MAX_CHARS or not _credit_line(plain):
            break
        if "《" in plain and not _REPRINT_RE.match(plain):
            break  # a work's title: a contest's entry, a poem's (not a reprint's outlet)
        credits.insert(0, line)
    page.memo["sign_off"] = signed, credits
    return signed, credits


# a reprint's credit, its outlet in 《》: （原载《学习时报》 作者：李振华）
_REPRINT_RE = re.compile(
    r"[（(【\[]?\s*(?:原载|原載|转自|轉自|转载自|轉載自|摘自|选自|選自|来源|來源)"
)
#: The longest line read as a credit above the editor's sign-off (characters).
CREDIT_LINE_MAX_CHARS = 40


def _credit_line(line: str) -> bool:
    """A line that credits someone by its form: a labelled credit, or a byline alone."""
    return bool(CREDIT_LABEL_RE.match(line.lstrip("（(【[ ")) or author_from_lines([line]))


def _text_last_line(page: Page) -> list[str]:
    """The text's last line above the credits before the editor's sign-off, if any."""
    signed, credits = _sign_off(page)
    return page.body[max(0, signed - len(credits) - 1) : signed][:1] if signed else []


def _under_title(page: Page) -> list[str]:
    """The few lines under the title (none where the title is not shown)."""
    top = page.title_at
    return page.lines[top + 1 : top + 6] if top is not None else []


def _meta_author(page: Page) -> str | None:
    return page.meta.author if page.meta.author_label in ("作者", None) else None


def _meta_editor(page: Page) -> str | None:
    return page.meta.author if page.meta.author_label not in ("作者", None) else None


#: The longest account name taken (characters): longer texts in an author element are a
#: title or a description (王文中国人民大学重阳金融研究院执行院长). Chosen site-out:
#: python -m crawler.dev.siteout (README, "accuracy").
ACCOUNT_MAX_CHARS = 12


@cache
def _account_re(longest: int) -> re.Pattern:
    return re.compile(rf"@?(?P<name>[^\s@:：,，|｜/／]{{2,{longest}}})")


# an outlet's account (中国网, 中国广州发布) is the publisher: a source, not an author
_OUTLET_RE = re.compile(
    r"(?:网|網|报|報|社|台|刊|新闻|新聞|发布|發布|在线|在線|客户端|客戶端|广播|廣播)$"
)


def _account(page: Page) -> str | None:
    """The account an article is posted under (self-media, blogs): the text of an element
    marked as the author or user name that the page also shows under the title, before
    its text. Shown nowhere near the title (a commenter, a sidebar), it is not taken."""
    between = shown_between_title_and_text(page)
    if not between:
        return None
    accounts = page.marked.accounts
    for node in accounts:
        text = " ".join(text_of(node).split())
        if _box_around_author_link(node, text, accounts):
            continue  # (the link, marked too, comes next)
        if by := _BY_RE.match(text):
            text = text[by.end() :]  # (an English author box's By)
        if _ADDRESS_AFTER_RE.search(text) and latin_person(
            head := _ADDRESS_AFTER_RE.split(text)[0]
        ):
            text = head  # Mike Cason | mcason@al.com: the name and the writer's address
        if latin_person(text) == text:  # an English page's author box: Valentina Palladino
            if (
                _OTHERS_AUTHOR_RE.search(element_names(node))
                or next(node.iterancestors("figure"), None) is not None
            ):
                continue  # a book's, a picture's author
            name = text
        elif m := _account_re(ACCOUNT_MAX_CHARS).fullmatch(text):
            name = m["name"]
        else:
            continue
        if (
            no_name(name)
            or ROLE_RE.match(name)
            or latin_role(name)  # (a template's "By writer": no name entered)
            or name.isdigit()
            or _OUTLET_RE.search(name)
            or _PUNCTUATION_RE.fullmatch(name)  # (a "..." where a script writes the name)
            or _DOMAIN_RE.search(name)  # (an aggregator's outlet: gulfnews.com)
        ):
            continue
        if any(
            name in line.replace(page.title or "", " ")
            for line in between
            if len(line) <= ACCOUNT_LINE_MAX_CHARS  # (a paragraph is no credit: 说 Sally Strebel…)
        ):
            return name
    return None


def _box_around_author_link(node: etree._Element, text: str, accounts: list) -> bool:
    """Whether ``node``, an author box, opens with an author link marked too whose text is a
    name, the box adding a place or a role after it (DW's Jonathan Harding ⏎ Houston): the link
    names the writer alone. Not a box whose own text is the name and whose marked child a
    badge, a count, a date, a follow button or initials (科技小新 关注, 粉丝1.2万: a review's
    probes), nor one naming a person in parts (Emily ⏎ Watson in two spans)."""
    for link in node.iterdescendants("a"):
        if link in accounts and (name := " ".join(text_of(link).split())):
            return (
                text.startswith(name)
                and len(text) > len(name)
                and (
                    latin_person(name) == name
                    or (
                        has_chinese(name)
                        and _account_re(ACCOUNT_MAX_CHARS).fullmatch(name) is not None
                    )
                )
            )
    return False


_DOMAIN_RE = re.compile(r"\.(?:com|net|org|cn|co|uk|info|io|gov|edu|tv)\b", re.I)
#: The longest line shown between the title and the text where an account's name is looked
#: for: a longer one is a paragraph (a text whose start was not found names its people).
ACCOUNT_LINE_MAX_CHARS = 100


# what follows a writer's name in an author element: a bar or slash and the writer's e-mail
# (Mike Cason | mcason@al.com; not an account's @handle: a quoted tweet's card shows one)
_ADDRESS_AFTER_RE = re.compile(r"\s+[|｜/／]\s*(?=[\w.+-]+@[\w-]+\.\w)")


# (stops alone: "...", "……"; an emoji's or a star's name is a name)
_PUNCTUATION_RE = re.compile(r"[.…·。\-—_~～*]+")


# an author element of something else than the article: book-author, photo-author
_OTHERS_AUTHOR_RE = re.compile(
    r"(?:book|photo|image|img|pic|video|quote|comment)[\w-]*author", re.I
)


def _text_end(page: Page) -> str | None:
    after = page.lines[page.end + 1 : page.end + 3] if page.end is not None else []
    lines = _text_last_line(page) + page.body[-2:] + after
    return author_at_text_end([_unpinyin(line) for line in lines])


def _blog_owner(page: Page) -> str | None:
    """The owner of the blog a post stands on, on a blog platform's host (the platforms'
    posts credit no writer under their titles) whose ``<title>`` names the owner between the
    post's title and the platform's name (标题_明哥聊求职_新浪博客, 标题_张三的博客-CSDN博客,
    标题 - 屋檐下的树叶 - 博客园), where the page shows the name as a line of its own (its
    profile box): a post on one's own blog is one's own, unless it says it is another's."""
    if not url_host(page.url).endswith(BLOG_PLATFORM_HOSTS):
        return None
    parts = [part.strip() for part in title_parts(document_title(page.root))]
    if len(parts) < 3 or parts[-2] in parts[:-2] or any("作者" in part for part in parts):
        return None
    owner = _OWNERS_RE.sub("", parts[-2]).strip()
    if not 2 <= len(owner) <= ACCOUNT_MAX_CHARS or _BLOG_CATEGORY_RE.search(owner):
        return None
    if no_name(owner) or owner.casefold() in site_names(page.root) or owner not in page.lines:
        return None
    top = page.title_at or 0
    end = page.end if page.end is not None else top
    lines = [parts[0], *page.lines[top : end + 1][:REPOST_NOTE_LINES]]
    if any(_REPOST_NOTE_RE.search(line) for line in lines):
        return None  # (a post reposted on one's blog: its writer is another; not the 转载▼ button)
    return owner


#: The hosts of the blog platforms whose posts' ``<title>`` names the blog's owner there
#: (新浪博客 标题_博客名_新浪博客, CSDN 标题_X的博客-CSDN博客, 博客园 标题 - X - 博客园, 网易博客 and
#: 搜狐博客 标题 - X的日志 - …); others' (a portal's blog channel) may name a section there.
BLOG_PLATFORM_HOSTS = (
    "blog.sina.com.cn",
    "blog.csdn.net",
    "cnblogs.com",
    "blog.163.com",
    "blog.sohu.com",
)
# what follows the owner's name in the blog's own name (张三的博客, 李四的日志, jzhang's blog)
_OWNERS_RE = re.compile(
    r"(?:的(?:博客|部落格|網誌|网志|日志|日誌|专栏|專欄|个人空间|個人空間|空间|空間)|'s\s+[Bb]log)$"
)
# a category's or a section's name where the owner's would stand (随笔分类, 专栏, 博客)
_BLOG_CATEGORY_RE = re.compile(r"博客|部落格|分类|分類|随笔|隨筆|专栏|專欄|频道|頻道|栏目|欄目")
# a note that a post is another's (原文地址：…, 转载自…, 【转载】, [转]), not the platform's repost
# button (转载▼) nor the owner's request (本文转载请注明出处)
_REPOST_NOTE_RE = re.compile(
    r"(?:转载|轉載)(?:自|于|於|[:：])|转自|轉自|原文地址|原文網址|原文链接|原文連結"
    r"|本文(?:转载|轉載)(?!请|請)|^\s*[【\[](?:转载?|轉載?)[】\]]"
)
#: The post's first lines (from its title) read for a note that it is reposted.
REPOST_NOTE_LINES = 8


def _declared(page: Page) -> str | None:
    """The authors the page declares (JSON-LD, <meta>) that it also shows where articles
    credit theirs (or just above the title), in Latin script and shaped like people's names (a site's name, an agency
    is not): ``Tom Bennett`` under the title of an English page. A Chinese page's author
    tag names whoever entered the text (贺燕, shown as 责任编辑：贺燕): not taken."""
    declared = [name for name in declared_authors(page.root) if latin_person(name) == name]
    if not declared:
        return None
    top = page.title_at
    above_title = page.lines[max(0, top - 3) : top] if top else []  # Tom Bennett | Business
    # (not a picture's or an editor's credit: Photo: Tom Baker)
    region = [line for line in credit_region(page) + above_title if not _OTHER_ROLE_RE.search(line)]
    site = _site_words(page.root)
    shown = [
        name
        for name in declared
        if name.casefold() not in site and any(_names_in(name, line) for line in region)
    ]
    return ", ".join(shown) if shown else None


def _declared_alone(page: Page) -> str | None:
    """A Chinese name the page declares its author (<meta name="author">, JSON-LD) that it
    shows as a line of its own under its title, just above its text or as the text's first
    or last lines: an account's name over its followers' count (魑皇 ⏎ 粉丝：23文章：11). The
    tag often names someone else: an editor (a role beside the name: 责任编辑：⏎ 贺燕, 贺燕 ⏎
    本文编辑), an office or a brand (a name shaped so, the site's own), the owner of a blog
    that reposts another's text (转载). A reviewer's probes set these edges. (The outlet a
    mediaid or source tag names too is no sign of one: self-media accounts' pen names, 咪蒙,
    押沙龙, are named so as often as 新浪's 参考消息: a review's probes.)"""
    site = site_names(page.root)
    brands = {part.strip() for part in title_parts(document_title(page.root))}
    declared = [
        name
        for name in declared_authors(page.root)
        if 2 <= len(name) <= ACCOUNT_MAX_CHARS
        and has_chinese(name)
        and not no_name(name)
        and not _OUTLET_RE.search(name)
        and not _BODY_NAME_RE.search(name)
        and name not in brands
        and not any(name in one or one in name for one in site)
    ]
    if not declared:
        return None
    lines, top, at = page.lines, page.title_at, page.at
    if top is None or at is None or at < top:
        return None
    if any(_REPOSTED_RE.search(line) for line in lines[top : at + 2]):
        return None  # (a blog's reposting: its owner did not write the text)
    end = page.end if page.end is not None and page.end >= at else at
    shown = [*range(top + 1, min(top + 7, at)), *range(max(top + 1, at - ABOVE_TEXT_LINES), at)]
    shown += [at, at + 1, end - 1, end]  # (the text's first and last lines)
    for name in declared:
        for k in sorted(set(shown)):
            if (
                0 < k < len(lines) - 1
                and lines[k] == name
                and not (
                    _ROLE_BESIDE_RE.search(lines[k - 1]) or _ROLE_BESIDE_RE.match(lines[k + 1])
                )
            ):
                return name
    return None


# an office's, a company's, a department's names (市场监管局办公室, 青年在线编辑部, 21世纪经济报道)
_BODY_NAME_RE = re.compile(
    r"(?:办公室|辦公室|局|委|委员会|委員會|部|厅|廳|处|處|科|室|中心|政府|公司|集团|集團|协会|協會|"
    r"学会|學會|研究院|研究所|大学|大學|学院|學院|医院|醫院|银行|銀行|报道|報導|财经|財經|传媒|傳媒|"
    r"杂志|雜誌|周刊|週刊|频道|頻道|官方|官网|官網)$"
)
# a role set beside a name, on the line before it (责任编辑：, 编 辑, 主编丨) or after it (本文编辑):
# an editor's, a photographer's, who checked it; not an author's label (作者：⏎ 王磊)
_ROLE_BESIDE_RE = re.compile(
    r"(?:(?:责任|責任|本文|值班)?(?:编\s*辑|編\s*輯)|责\s*编|責\s*編|主\s*编|主\s*編|美\s*编|美\s*編|"
    r"编\s*审|編\s*審|审\s*核|審\s*核|校\s*对|校\s*對|摄\s*影|攝\s*影|监\s*制|監\s*製|"
    r"制\s*作|製\s*作|策\s*划|策\s*劃|出\s*品|值\s*班)\s*[:：|｜丨︱]?\s*$"
)
_REPOSTED_RE = re.compile(r"转载|轉載|转自|轉自")


def _cms_author(page: Page) -> str | None:
    """A CMS comment's author (``<!--<enpproperty><author>…``) that the page shows where
    articles credit theirs, not as an editor's name: one it does not show is whoever entered
    the text (中国网's 史文芳, under a text whose only credit is 【编辑: 史诗 】)."""
    names = author_from_cms(page.cms)
    if names is None:
        return None
    region = [
        line
        for line in credit_region(page)
        # (a credit's short line: not the text's sentence that names the same person)
        if len(line) <= CMS_CREDIT_MAX_CHARS
        and not _EDITOR_CREDIT_RE.search(line)
        and not _SENTENCE_PUNCTUATION_RE.search(line)
    ]
    if all(any(name in line for line in region) for name in names.split()):
        return names
    # or credited under its label wherever the page sets its credits (a mobile page's
    # [来源：四川新闻网] [作者：龙艳] [编辑：颜祝俊] under the related links after the text)
    return names if labelled_credit(page, "author", names) else None


#: The longest line where a CMS comment's author is looked for on the page (a credit's).
CMS_CREDIT_MAX_CHARS = 40
_SENTENCE_PUNCTUATION_RE = re.compile(r"[。！？；，]")

# a line crediting an editor (责任编辑：X, 编辑: X): its names checked the text
_EDITOR_CREDIT_RE = re.compile(r"编辑|編輯|责编|責編")


def _site_words(root) -> str:
    """What names the site: <title> and og:site_name / application-name, case folded, where a
    declared "author" that is the outlet (Springfield Herald) shows itself."""
    return " | ".join([document_title(root).casefold(), *sorted(site_names(root))])


def _names_in(name: str, line: str) -> bool:
    """``name`` as words of ``line`` (not inside longer words)."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", line) is not None


_NAME_PROP_XPATH = etree.XPath(".//*[@itemprop='name']")
# (By glued to the name where a minified page sets them in elements of their own, with no
# space between: ByTeresa Newsome; not Byron Smith)
_BY_RE = re.compile(r"(?:[Bb]y|BY)\b:?\s*|^(?:By|BY)(?=[A-Z][a-z])")
# a text in Latin letters (André Mindermann, O’Neil), not in another script (a Chinese
# name: a page's author marks name whoever entered the text)
_LATIN_TEXT_RE = re.compile(r"[\x00-\u024f‘’]*")
#: The most names taken from the markup: more are a list of writers, not a byline.
MARKUP_AUTHORS_MAX = 4


def _in_noscript(root: etree._Element) -> list[etree._Element]:
    """The author marks inside ``<noscript>``, which :func:`crawler.dom.marked_elements` does
    not walk: a page may set its whole article there for readers without scripts, as a
    crawler is."""
    return [el for ns in root.iter("noscript") for el in _AUTHOR_MARK_XPATH(ns)]


def _above_posts_footer(el: etree._Element) -> etree._Element | None:
    """What holds the post's own footer ``el`` stands in (Blogger's ``post-footer`` around
    ``Posted by X at 12:55 AM``: the post's, though its name says footer), else ``el``; None
    when ``el`` stands in a box of that footer (a related post's, a comment's, the next
    post's link)."""
    footers = [a for a in islice(el.iterancestors(), 6) if _POST_FOOTER_RE.search(element_names(a))]
    if not footers:
        return el
    for node in takewhile(lambda a: a is not footers[-1], el.iterancestors()):
        names = element_names(node)
        if node in footers or not (names or node.tag in ("nav", "aside")):
            continue
        if node.tag in ("nav", "aside") or names in OTHER_BLOCK_NAMES or is_furniture(node):
            return None
    return footers[-1].getparent()


_POST_FOOTER_RE = re.compile(r"\b(?:post|entry|article|story)[-_]?footer\b", re.IGNORECASE)
_AUTHOR_MARK_XPATH = etree.XPath(
    ".//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"
    " | .//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' author ')]"
)


def _markup(page: Page) -> str | None:
    """The people the page's markup marks as the article's authors (``<a rel="author">``,
    ``itemprop="author"``: its ``itemprop="name"`` when it holds one), in the order shown,
    each once: elements in comments, related lists, sidebars (:func:`in_other_block`) are
    another article's, and a text that is not a person's name (an outlet, "Photograph by
    …") is none."""
    names: list[str] = []
    marks: list[etree._Element] = []
    for el in page.marked.authors or _in_noscript(page.root):
        at = _above_posts_footer(el)
        if (
            at is None
            or in_other_block(at)
            or (in_furniture(at) and not _in_named_byline(at))
            or not _of_the_article(el)
        ):
            continue
        held = _NAME_PROP_XPATH(el) if el.get("itemprop") else []
        text = _BY_RE.sub("", " ".join(text_of(held[0] if held else el).split()), count=1)
        name = latin_person(text) if _LATIN_TEXT_RE.fullmatch(text) else None
        if name is None and ", " in text and _LATIN_TEXT_RE.fullmatch(text):
            name = _named_before_outlet(text)
        if name and not no_name(name) and name not in names:
            names.append(name)
            marks.append(el)
    if not 0 < len(names) <= MARKUP_AUTHORS_MAX:
        return None
    if len(marks) > 1 and _list_items(marks):
        return None  # marks of a list's items (more stories, responses), not one byline
    return ", ".join(names)


def _in_named_byline(el: etree._Element) -> bool:
    """``el`` stands in a container its template names a byline, four levels up at most: a
    furniture word among its names is the layout's (USA TODAY's <section
    class="story-byline-module" id="module-position-…">: a position in the layout, not a
    breadcrumb's)."""
    nodes = islice(chain([el], el.iterancestors()), 5)
    return any("byline" in element_names(node).casefold() for node in nodes)


def _named_before_outlet(text: str) -> str | None:
    """The person a marked name names before a comma and the outlet or the role that follows
    it (USA TODAY's ``<span itemprop="name">Doug Stanglin, USA TODAY</span>``), or None: not
    two people (Jane Smith, John Doe).

    >>> _named_before_outlet("Doug Stanglin, USA TODAY"), _named_before_outlet("Jane Smith, Staff Writer")
    ('Doug Stanglin', 'Jane Smith')
    >>> _named_before_outlet("Jane Smith, John Doe"), _named_before_outlet("Smith, John")
    (None, None)
    >>> _named_before_outlet("Jane Smith, John Doe and Bob Lee"), _named_before_outlet("For The Win, USA TODAY")
    (None, None)
    """
    head, tail = text.split(", ", 1)
    if latin_person(tail) is not None or "," in tail or _JOINED_RE.search(tail):
        return None  # (more people after it: Jane Smith, John Doe and Bob Lee)
    if any(word in _FUNCTION_WORDS for word in head.split()):
        return None  # a desk's name: For The Win, USA TODAY
    return latin_person(head)


_JOINED_RE = re.compile(r"\band\b|&")
_FUNCTION_WORDS = frozenset(("For", "The", "Of", "In", "At", "On", "To", "With", "By", "And"))


#: What a list item holds besides its writer's name (characters, ending a sentence) and a
#: byline does not: a reader's comment (a writer's role is no sentence).
ITEM_TEXT_MIN_CHARS = 20
#: Words of a link that is a story's headline (a writer's profile or account link has one or
#: two: @jsmith, Twitter).
HEADLINE_MIN_WORDS = 4


_AUTHOR_HREF_XPATH = etree.XPath(
    "//a[contains(@href, 'author') or contains(@href, 'Author')]", smart_strings=False
)
# an author's page in a link's path: /author/jane-smith, /authors/…, author-Jane-Smith-1339.cms
# (not /authority/, not /books/author/… — a book's)
_AUTHOR_PAGE_RE = re.compile(r"(?i)(?<!books/)(?<!book/)\bauthors?(?:/|-(?=[A-Za-z]))")


def _author_link(page: Page) -> str | None:
    """The writer whose name opens the byline between the title and the text as a link to
    an author's page (``Saibal Dasgupta | TNN | Updated: …``, a byline with no "By", the
    name linking to ``author-Saibal-Dasgupta-13399.cms``): a person's name in Latin letters
    opening a line that is no sentence and credits no other role (Edited by, Photo:). Not
    a related list's, a comment's, a picture's credit, a book's box (its link not first)."""
    shown = shown_between_title_and_text(page)
    if over := _byline_over_dated_title(page):
        shown = [*shown, over]
    between = [
        line
        for line in shown
        if line[:1].isupper() and _LATIN_TEXT_RE.fullmatch(line[:1]) and not is_sentence(line)
    ]  # (a line a Latin name opens, Élise's too: the page's links are looked through only then)
    if not between:
        return None
    names = []
    for link in _AUTHOR_HREF_XPATH(page.root):
        if not _AUTHOR_PAGE_RE.search(link.get("href") or ""):
            continue
        text = " ".join(text_of(link).split())
        if (
            _LATIN_TEXT_RE.fullmatch(text)
            and latin_person(text) == text
            and text not in names
            and not in_other_block(link)
        ):
            names.append(text)
    # the line a name opens, and the co-writers' names on it (Jane Smith · Tom Baker)
    for line in between:
        if any(line.startswith(name) for name in names) and not _OTHER_ROLE_RE.search(line):
            return ", ".join(name for name in names if name in line)
    return None


#: Lines above a title where a byline and its date may stand (an author's link read there).
ABOVE_TITLE_BYLINE_LINES = 3


def _byline_over_dated_title(page: Page) -> str | None:
    """The line just above a day and its time alone over the title (Boing Boing's Cory
    Doctorow / ⏎ 10:08 am Fri ⏎ Jul 19, 2013 ⏎ the headline): where a byline may stand. Not over
    a box's other headline (a "Latest from" list's name, day and story), nor a header's
    "Today: March 5, 2024" (the day with other words)."""
    top = page.title_at
    if not top:
        return None
    above = page.lines[max(0, top - ABOVE_TITLE_BYLINE_LINES) : top]
    for k in range(len(above) - 1):  # (the longest day and time first: 10:08 am Fri ⏎ Jul 19)
        rest = " ".join(above[k + 1 :])
        if (
            len(rest) <= DAY_TIME_MAX_CHARS
            and (found := parse_date(rest, zone=None))
            and _TIME_WORDS_RE.fullmatch(rest.replace(found[0], " "))
        ):
            return above[k]
    return None


#: The longest day and time (characters) over a title under a byline.
DAY_TIME_MAX_CHARS = 40
# what may stand beside a day: its time, its weekday, separators
_TIME_WORDS_RE = re.compile(
    r"(?:(?i:[\s,|/·•–-]|\d{1,2}:\d\d|[ap]\.?m\.?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|[A-Z]{2,4}T|UTC|GMT|ET)*"  # (a zone's letters in capitals only: not Last, Most)
)


# a byline's line crediting other work than the writing (Edited by, Photographs by, Photo:)
_OTHER_ROLE_RE = re.compile(
    r"(?i)\b(?:(?:edited|photo(?:graph)?s?|illustrat\w*|produced|translated|reviewed|contact"
    r"|fact[- ]?checked|narrated|sponsored)\b|(?:video|graphics?)(?::| by\b)|interview with\b)"
)


def _list_items(marks: list[etree._Element]) -> bool:
    """Whether the marks stand in the items of a list, an item holding a story's linked
    headline or a reader's sentence besides its writer's name, not in one byline box (where
    a writer may have a role, a profile link)."""
    common = common_ancestor(marks)
    for el in marks:
        item = next(a for a in (el, *el.iterancestors()) if a.getparent() is common)
        headline = any(
            len(text_of(a).split()) >= HEADLINE_MIN_WORDS
            for a in item.iter("a")
            if a is not el and el not in a.iterancestors()
        )
        rest = " ".join(text_of(item).replace(text_of(el), " ").split())
        if headline or (len(rest) >= ITEM_TEXT_MIN_CHARS and ENDS_SENTENCE_RE.search(rest)):
            return True
    return False


def _of_the_article(el: etree._Element) -> bool:
    """An author mark of the article's, not of what it shows (a reviewed book's, a picture's,
    a comment's: the item the mark belongs to, its nearest ``itemscope``) nor an organization
    (a mark that is an item of its own, not a Person)."""
    own = el.get("itemtype") if el.get("itemscope") is not None else None
    if own is not None and "Person" not in own:
        return False  # itemprop="author" itemscope itemtype=".../Organization"
    item = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
    return item is None or not _OTHER_ITEM_RE.search(item.get("itemtype") or "")


# the items whose author is not the article's: what it reviews or shows, what readers add
# (schema.org's type names, whole: SocialMediaPosting is an article's, a Recipe a page's own)
_OTHER_ITEM_RE = re.compile(
    r"\b(?:Book|ImageObject|Photograph|VideoObject|AudioObject|MediaObject|Movie|MusicRecording"
    r"|Comment|Answer|Question|Product|Event|Organization)/?$"
)


def _role_byline(page: Page) -> str | None:
    """A byline without By naming the writer's role (Carolyn Said, Chronicle Staff Writer)
    among the first lines between the title and the text, not a picture's caption (a story
    about a new correspondent shows her so under her photograph)."""
    lines = [line for line in shown_between_title_and_text(page)[:4] if ", " in line]
    found = writer_with_role(credits_outside_captions(page, lines)) if lines else None
    return found or _degree_byline(page)


def _degree_byline(page: Page) -> str | None:
    """The writer named with a degree (Surabhi Dangi-Garimella, PhD) beside the publication's
    labelled date, among the text's first lines where its container holds them (a standfirst,
    Published Online: April 25, 2016, the byline): an interviewee's name heads a Q&A so too,
    with no date beside it."""
    lines = page.body[:TEXT_START_LINES]
    for k, line in enumerate(lines):
        if ", " in line and (name := writer_with_role([line], degree=True)):
            beside = lines[max(0, k - 1) : k] + lines[k + 1 : k + 2]
            if any(labelled_publication_date(other) for other in beside):
                return name
    return None


RULES = [
    ("meta_line", _meta_author),
    ("byline", lambda page: author_from_lines(credit_region(page))),
    ("latin_byline", lambda page: author_in_latin_byline(credit_region(page))),  # By Jane Smith
    ("dated_byline", lambda page: author_in_latin_byline(_under_title(page), dated=True)),
    ("guest_intro", lambda page: guest_writer(page.body[:GUEST_INTRO_LINES])),  # a guest post by X
    ("poster", lambda page: poster_in_header(shown_between_title_and_text(page))),  # X发表于 …
    ("declared", _declared),  # JSON-LD or <meta> names the page also shows under its title
    ("declared_alone", _declared_alone),  # a Chinese declared name alone on its line there
    # Author: Jane Smith under the title (after what the markup declares: a book's box may
    # name its author so)
    ("latin_label", lambda page: author_after_latin_label(_under_title(page))),
    # Carolyn Said, Chronicle Staff Writer: a byline without By, the writer's role after it,
    # between the title and the text (not a teaser's or a guest list's after it)
    ("role_byline", _role_byline),
    # a CMS's <author>: often who entered the text, so after what the page itself credits
    ("cms_comment", _cms_author),
    ("text_end", _text_end),  # …举行。（张巨峰）
    ("markup", _markup),  # <a rel="author">, itemprop="author": Latin names
    ("author_link", _author_link),  # <a href="/author/jane-smith">Jane Smith</a> in the byline
    ("account", _account),
    ("blog_owner", _blog_owner),  # 标题_明哥聊求职_新浪博客, the name in the profile box
    ("meta_editor", _meta_editor),  # 编辑： on the meta line: the author when no byline says
    ("editor_line", lambda page: editor_from_lines(credit_region(page))),
]


def choose_author(page: Page) -> Candidate | None:
    """The author, or None."""
    if "author" in page.meta.labels and not page.meta.author:
        # an author field the page leaves empty: nobody, unless the text's own last lines
        # credit a writer under that label (作者︱春春, a reposted article's credits)
        return choose([("labelled_end", _labelled_at_end)], page)
    return choose(RULES, page)


def _labelled_at_end(page: Page) -> str | None:
    """The writer a reposted text's credits block names at its end, label and name set off by
    bars (出品︱…栏目组 / 作者︱春春), as WeChat posts credit: another credit so beside it, not a
    lone 作者：X (a book's box, a poem's line)."""
    lines = [_unpinyin(line) for line in page.body[-4:]]
    credits = [
        line
        for line in lines
        if (CREDIT_LABEL_RE.match(line) or _AUTHOR_LABEL_RE.match(line)) and _BAR_RE.search(line)
    ]
    if len(credits) < 2:
        return _signed_after_text(page)
    return author_from_lines([line for line in credits if _AUTHOR_LABEL_RE.match(line)])


def _signed_after_text(page: Page) -> str | None:
    """The writer a line of its own right under the text credits, label and name alone and
    set right, as a signature is (作者：张鹏 under a university's news item whose meta line
    holds the CMS's account, 作者：Super User): the text's container's last line or the line
    after it. Not one set as the text is (a poem's poet, a book's author under its blurb), nor
    one of a box after the text (a comment's, the next item's: a review's probes).
    """
    if page.end is None:
        return None
    for line in page.lines[page.end : page.end + 2]:
        if name := _signed(line):
            return name if _set_right(page.root, line) else None
    return None


def _signed(line: str) -> str | None:
    """The names of a line that credits a writer alone (作者：张鹏), people's names."""
    line = _unpinyin(line)
    if len(line) > SIGNED_LINE_MAX_CHARS or not _AUTHOR_LABEL_RE.match(line):
        return None
    name = author_from_lines([line])
    return name if name and all(map(looks_like_person, name.split())) else None


def _set_right(root: etree._Element, line: str) -> bool:
    """Whether the element showing ``line`` alone, or one of its two nearest ancestors, sets
    its lines to the right (``align="right"``, ``text-align: right``) and stands in no box
    other than the text (a comment area, a related list, a sidebar)."""
    # (from the text nodes holding its label up: a walk comparing every element's text costs a
    # big page a serialization of each container)
    for text in _TEXT_HOLDING_XPATH(root, label=line[:2]):
        for el in islice(chain((text.getparent(),), text.getparent().iterancestors()), 3):
            if " ".join(text_of(el).split()) == line:
                near = list(islice(chain((el,), el.iterancestors()), 3))
                return any(_aligned(node, "right") for node in near) and not in_other_block(el)
    return False


_TEXT_HOLDING_XPATH = etree.XPath("//text()[contains(., $label)]")


#: The longest line under the text that credits its writer alone (作者：欧阳文轩 张鹏).
SIGNED_LINE_MAX_CHARS = 20


_AUTHOR_LABEL_RE = re.compile(r"[（(【\[\s]*(?:作\s*者|撰\s*稿|文(?=\s*[|｜︱丨]))")
_BAR_RE = re.compile(CREDIT_BAR)  # (a credit's label set off by a bar: 出品︱, 编辑丨)
