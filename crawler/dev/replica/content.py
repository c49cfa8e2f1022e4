"""Deterministic content of the replica: sections and articles, one at a time.

Article ``i`` is a pure function of ``(seed, i)``, so a 100 000-article site
needs no page in memory: only the per-section lists of ids (plain ints).
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cached_property
from importlib import resources

__all__ = ["SECTIONS", "ArticleSpec", "Section", "Site"]


@dataclass(frozen=True)
class Section:
    channel: str
    channel_folder: str
    name: str
    folder: str
    typeid: int


SECTIONS = (
    Section("新闻", "xinwen", "热点聚焦", "redianjujiao", 11),
    Section("新闻", "xinwen", "行业动态", "hangyedongtai", 12),
    Section("新闻", "xinwen", "地方计量", "difangjiliang", 13),
    Section("文化", "wenhua", "计量文化研究", "jiliangwenhuayanjiu", 32),
    Section("文化", "wenhua", "计量史话", "jiliangshihua", 33),
    Section("技术", "jishu", "检定校准", "jiandingjiaozhun", 41),
    Section("技术", "jishu", "标准法规", "biaozhunfagui", 42),
)

FIRST_ID = 1001
START = datetime(2006, 1, 1, 8, 0)
END = datetime(2026, 10, 31, 18, 0)

# Sentences that survive simplified -> traditional -> simplified unchanged
# (checked by the tests), so a mirror normalizes back to its original.
SENTENCES = (
    "国家市场监管总局近日召开计量工作座谈会，总结上一年度计量监督检查情况。",
    "会议指出，计量是国家质量基础设施的重要组成部分，关系到经济社会发展的方方面面。",
    "各地计量技术机构要加强能力建设，提升检定校准服务水平。",
    "此次抽查共检查加油机一千二百余台，发现问题计量器具十六台。",
    "专家组对实验室的测量不确定度评定进行了现场审查。",
    "该院新建的电能表检定装置通过了考核，填补了省内空白。",
    "在能源计量方面，重点用能单位应配备符合要求的能源计量器具。",
    "与会代表围绕智能计量、量子计量等前沿议题展开了深入交流。",
    "据介绍，今年全市共完成强制检定计量器具八万余台件。",
    "计量检定人员应当持证上岗，严格执行计量检定规程。",
    "活动期间，技术人员走进社区，为居民免费校准血压计和家用电子秤。",
    "新修订的计量法实施细则进一步明确了各方的法律责任。",
    "通过比对试验，各参比实验室的测量结果均在允许范围之内。",
    "该项目研制的标准装置测量范围宽、准确度高，达到国内先进水平。",
    "计量文化源远流长，秦始皇统一度量衡的故事至今为人称道。",
    "博物馆展出的古代量器，见证了我国计量制度的演变历程。",
    "他从事计量工作三十余年，参与起草了多项国家计量技术规范。",
    "各级市场监管部门要加大对集贸市场在用计量器具的监督力度。",
    "对于检查中发现的问题，执法人员当场下达了责令整改通知书。",
    "下一步，我们将继续推进计量服务中小企业行动，助力企业提质增效。",
    "出租车计价器、电子计价秤等民生计量器具是检查重点。",
    "参加培训的学员系统学习了计量法律法规和数据处理方法。",
    "该中心依据JJG 1016规程开展检定工作，出具检定证书三千余份。",
    "实验室已按ISO/IEC 17025建立管理体系，并通过了认可评审。",
    "计量(metrology)一词，在国际上通常指实现单位统一、量值准确可靠的活动。",
    "本次比对于(2011)年启动，历时两年完成，参加单位(ISO)认可的有十二家。",
    "燃气表、水表和电能表的首次强制检定工作正在有序推进。",
    "国际单位制的七个基本单位已全部采用基本物理常数重新定义。",
    "在世界计量日主题活动中，志愿者向市民发放了宣传资料。",
    "企业负责人表示，准确的计量数据为节能降耗提供了可靠依据。",
)
# Shown full-width on the page, folded to ASCII in the record.
FULLWIDTH_SENTENCE = ("本次共抽检ＪＪＧ５３９类电子秤２０台。", "本次共抽检JJG539类电子秤20台。")
NAMES = ("沈平子", "王喆", "李堃", "张珺", "刘云", "陈明", "郑赟", "周玥", "孙立新", "吴镕")
SOURCES = (
    "国家质检总局",
    "中国计量报",
    "www.jlbjb.com",
    "市场监管总局",
    "中国计量网",
    "中国质量报",
)
TITLE_WORDS = (
    ("市场监管总局", "省计量院", "市质监局", "中国计量科学研究院", "县市场监管局", "计量协会"),
    ("召开", "开展", "部署", "完成", "启动", "推进"),
    (
        "计量监督检查",
        "能源计量审查",
        "计量比对",
        "民生计量专项行动",
        "检定规程宣贯",
        "计量文化研讨",
    ),
    ("工作会议", "成效显著", "取得新进展", "专题培训", "经验交流会", "阶段性总结"),
)


@dataclass
class ArticleSpec:
    """Everything the replica shows of one article, and what a crawler must read from it."""

    id: int
    section: Section
    title: str
    published: datetime
    date_form: str
    author: str | None
    source: str | None
    views: int
    views_mode: str  # "inline" | "counter" | "wan"
    paragraphs: list[tuple[str, str]]  # (as shown, as expected after normalization)
    template: str
    meta_variant: int
    pages: int
    mirror: bool
    tracking: bool
    sample: bool = False
    image: bool = False  # a picture inside the text (on the first page)
    page_paragraphs: list[list[int]] = field(default_factory=list)

    @property
    def path(self) -> str:
        return f"/{self.section.folder}/{self.id}.html"

    @property
    def image_path(self) -> str:
        return f"/uploads/allimg/{self.id}-1.jpg"

    def part_path(self, n: int, *, mirror: bool = False) -> str:
        prefix = "/big5" if mirror else ""
        suffix = "" if n == 1 else f"_{n}"
        return f"{prefix}/{self.section.folder}/{self.id}{suffix}.html"


def _sample_text() -> list[str]:
    text = resources.files("crawler.dev.replica").joinpath("data/sample_article.txt")
    return text.read_text(encoding="utf-8").splitlines()


class Site:
    """The replica's articles: ``Site(n, seed).article(id)`` is deterministic."""

    def __init__(self, articles: int = 300, seed: int = 1, *, per_page: int = 10) -> None:
        self.n = max(articles, 1)
        self.seed = seed
        self.per_page = per_page
        self.fresh: list[datetime] = []  # publication times of articles published later
        self.bare: set[int] = set()  # articles shown without a meta line (a template change)
        self.edited: set[int] = set()  # articles whose text was changed after publication

    @property
    def ids(self) -> range:
        return range(FIRST_ID, FIRST_ID + self.n + len(self.fresh))

    def _date_of(self, i: int) -> datetime:
        if i >= FIRST_ID + self.n:
            return self.fresh[i - FIRST_ID - self.n]
        span = (END - START).total_seconds()
        return START + timedelta(seconds=span * (i - FIRST_ID + 0.5) / self.n)

    def publish(self, count: int, *, meta: bool = True, now: datetime | None = None) -> list[int]:
        """Add ``count`` articles, newest of all, published ``now`` (China time); their ids."""
        base = (now or datetime.now(UTC) + timedelta(hours=8)).replace(tzinfo=None, microsecond=0)
        base = max(base, self.fresh[-1] + timedelta(minutes=1) if self.fresh else base)
        first = FIRST_ID + self.n + len(self.fresh)
        self.fresh.extend(base + timedelta(minutes=k) for k in range(count))
        new = list(range(first, first + count))
        if not meta:
            self.bare.update(new)
        self.__dict__.pop("section_ids", None)
        return new

    def edit(self, i: int) -> None:
        """Change an article's text (its next crawl must keep the previous version)."""
        self.edited.add(i)

    @cached_property
    def sample_id(self) -> int:
        target = datetime(2011, 12, 30, 12, 0)
        i = FIRST_ID + round(
            (target - START).total_seconds() / (END - START).total_seconds() * self.n
        )
        return min(max(i, FIRST_ID), FIRST_ID + self.n - 1)

    def section_of(self, i: int) -> Section:
        if i == self.sample_id:
            return SECTIONS[0]
        return SECTIONS[random.Random(self.seed * 7919 + i).randrange(len(SECTIONS))]

    @cached_property
    def section_ids(self) -> dict[str, list[int]]:
        """Article ids per section folder, newest first."""
        lists: dict[str, list[int]] = {s.folder: [] for s in SECTIONS}
        for i in reversed(self.ids):
            lists[self.section_of(i).folder].append(i)
        return lists

    def list_pages(self, folder: str) -> int:
        return max(1, -(-len(self.section_ids[folder]) // self.per_page))

    def article(self, i: int) -> ArticleSpec:
        if i not in self.ids:
            raise KeyError(i)
        if i == self.sample_id:
            return self._sample(i)
        rng = random.Random(self.seed * 1_000_003 + i)
        published = self._date_of(i).replace(second=rng.randrange(60), microsecond=0)  # as shown
        template = (
            "dede2008" if published.year < 2012 else "cms2015" if published.year < 2019 else "h5"
        )
        paragraphs = []
        for _ in range(rng.randint(3, 9)):
            text = "".join(rng.sample(SENTENCES, rng.randint(2, 4)))
            paragraphs.append((text, text))
        if rng.random() < 0.15:
            at = rng.randrange(len(paragraphs))
            shown, expected = paragraphs[at]
            paragraphs[at] = (shown + FULLWIDTH_SENTENCE[0], expected + FULLWIDTH_SENTENCE[1])
        pages = 1 if rng.random() < 0.8 or len(paragraphs) < 4 else rng.choice((2, 3))
        cut = sorted(rng.sample(range(1, len(paragraphs)), pages - 1))
        bounds = [0, *cut, len(paragraphs)]
        page_paragraphs = [list(range(a, b)) for a, b in itertools.pairwise(bounds)]
        if i in self.edited:
            page_paragraphs[-1].append(len(paragraphs))
            paragraphs.append(("（本文已于发布后更新。）", "（本文已于发布后更新。）"))
        views_mode = rng.choice(("inline", "inline", "counter", "counter", "wan"))
        views = rng.randrange(100, 2_000_000)
        if views_mode == "wan":
            views = rng.randrange(10_000, 900_000) // 1000 * 1000
        words = [rng.choice(w) for w in TITLE_WORDS]
        return ArticleSpec(
            id=i,
            section=self.section_of(i),
            title=f"{words[0]}{words[1]}{words[2]}{words[3]}（{i}）",
            published=published,
            date_form=rng.choice(("date", "minute", "second", "slash", "cn_minute", "cn_date")),
            author=rng.choice(NAMES) if rng.random() < 0.5 else None,
            source=rng.choice(SOURCES) if rng.random() < 0.6 else None,
            views=views,
            views_mode=views_mode,
            paragraphs=paragraphs,
            template=template,
            meta_variant=-1 if i in self.bare else rng.randrange(5),
            image=random.Random(f"image:{self.seed}:{i}").random()
            < 0.2,  # own stream: nothing else moves
            pages=pages,
            mirror=rng.random() < 0.2,
            tracking=rng.random() < 0.1,
            page_paragraphs=page_paragraphs,
        )

    def _sample(self, i: int) -> ArticleSpec:
        lines = _sample_text()
        start = next(n for n, line in enumerate(lines) if line.startswith("發(fā)布時間"))
        end = next(n for n, line in enumerate(lines) if line.startswith("分享到"))
        body = [line.strip() for line in lines[start + 1 : end] if line.strip()]
        return ArticleSpec(
            id=i,
            section=SECTIONS[0],
            title=lines[start - 1].strip() or lines[start - 2].strip(),
            published=datetime(2011, 12, 30),
            date_form="date",
            author=None,
            source=None,
            views=1377511,
            views_mode="inline",
            paragraphs=[(line, "") for line in body],
            template="dede2008",
            meta_variant=0,
            pages=1,
            mirror=False,
            tracking=False,
            sample=True,
            page_paragraphs=[list(range(len(body)))],
        )
