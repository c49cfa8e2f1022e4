"""``scrapy demo``: crawl the bundled offline replica completely into ``data/demo/``."""

from __future__ import annotations

from pathlib import Path

from scrapy.commands import ScrapyCommand

from crawler.dev.replica.families import FAMILIES
from crawler.dev.replica.process import ReplicaProcess
from crawler.dev.summary import print_summary


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[--articles N] [--out FOLDER] [--family trs|phpcms]"

    def short_desc(self) -> str:
        return "Start the offline replica, crawl it completely into data/demo/, print a summary"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("--articles", type=int, default=300, help="replica size (default 300)")
        parser.add_argument("--out", default="data/demo", help="output folder (replaced each run)")
        parser.add_argument(
            "--family",
            choices=FAMILIES,
            help="crawl a replica of another CMS family (a TRS government site, a PHPCMS "
            "society) with a profile holding only its start URL",
        )

    def process_options(self, args: list[str], opts) -> None:
        super().process_options(args, opts)
        out = Path(opts.out)
        out.mkdir(parents=True, exist_ok=True)
        self.paths = {"jsonl": out / "articles.jsonl", "sqlite": out / "portal.sqlite"}
        for path in [
            *self.paths.values(),
            *(out / f"portal.sqlite{x}" for x in ("-wal", "-shm", ".neardup")),
        ]:
            path.unlink(missing_ok=True)
        if not opts.loglevel:
            self.settings.set("LOG_LEVEL", "WARNING", priority="cmdline")
        self.settings.set("PROGRESS_ENABLED", True, priority="cmdline")
        self.settings.setdict(self.settings.getdict("LOCAL_REPLICA_SETTINGS"), priority="cmdline")
        self.settings.set("JSONL_PATH", str(self.paths["jsonl"]), priority="cmdline")
        self.settings.set("SQLITE_PATH", str(self.paths["sqlite"]), priority="cmdline")
        self.settings.set("STATE_DIR", str(out / "state"), priority="cmdline")

    def run(self, args: list[str], opts) -> None:
        with ReplicaProcess(articles=opts.articles, family=opts.family) as replica:
            what = f"a {opts.family} portal" if opts.family else "中国计量网"
            print(f"replica of {what} with {opts.articles} articles at {replica.url}")
            spargs = {"start_url": replica.url}
            if opts.family:  # nothing but the start URL: the family is found from the pages
                profile = Path(opts.out) / "profile.toml"
                profile.write_text(
                    f'name = "{opts.family}-demo"\nstart_url = "{replica.url}"\n', encoding="utf-8"
                )
                spargs["profile"] = str(profile)
                if opts.family == "trs":  # a government site shows no view counts
                    coverage = self.settings.getdict("HEALTH_MIN_COVERAGE")
                    coverage.pop("views", None)
                    self.settings.set("HEALTH_MIN_COVERAGE", coverage, priority="cmdline")
            crawler = self.crawler_process.create_crawler("portal")
            self.crawler_process.crawl(crawler, **spargs)
            self.crawler_process.start()
            truth = list(replica.truth())
        self.summarize(crawler.stats.get_stats(), truth)

    def summarize(self, stats: dict, truth: list[dict]) -> None:
        print()
        report = print_summary(
            self.paths["sqlite"], truth, aside=f" (finish reason: {stats.get('finish_reason')})"
        )
        interesting = sorted((k, v) for k, v in stats.items() if k.startswith("portal/"))
        width = max((len(k) for k, _ in interesting), default=0)
        print("crawl stats:")
        for key, value in interesting:
            print(
                f"  {key:<{width}}  {value:>8}"
                if isinstance(value, int)
                else f"  {key:<{width}}  {value}"
            )
        print(f"JSON Lines: {self.paths['jsonl']}\nSQLite:     {self.paths['sqlite']}")
        print(
            f'try: sqlite3 {self.paths["sqlite"]} "SELECT title, published_at, views FROM articles LIMIT 5"'
        )
        if report["missing"] or report["exact"] < 0.99 * report["expected"]:
            self.exitcode = 1
