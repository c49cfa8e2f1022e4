"""``scrapy profile draft URL [-o FILE]``: draft a site profile from a few of the site's pages.

It reads the home page, up to three list pages and up to three articles (one request at a
time, ``DOWNLOAD_DELAY`` apart, robots.txt obeyed when ``ROBOTSTXT_OBEY`` is on, only
the start URL's host), tells the CMS family from the URLs, checks the generic extractor
on the articles, and writes a TOML to edit (stdout, or ``-o FILE``).
"""

from __future__ import annotations

import sys
import time
import urllib.error
import urllib.request
import urllib.robotparser
from pathlib import Path
from typing import ClassVar
from urllib.parse import urljoin, urlsplit

from scrapy.commands import ScrapyCommand

from crawler.arguments import ArgumentError, parse_spider_arguments
from crawler.dom import parse_html
from crawler.drafting import draft_toml, family_of
from crawler.guard import HostPolicy
from crawler.pages import extract_page, response_from_bytes
from crawler.profiles import Profile, generic_is_index, load_profile


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings: ClassVar[dict] = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "draft URL [-o FILE]"

    def short_desc(self) -> str:
        return "Draft a site profile (TOML) from a few pages of the site at URL"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "-o", "--output", dest="out", help="write the TOML here (default: stdout)"
        )

    def run(self, args: list[str], opts) -> None:
        try:
            if len(args) != 2 or args[0] != "draft":
                raise ArgumentError("usage: scrapy profile draft URL [-o FILE]")
            start_url = args[1] if urlsplit(args[1]).path else args[1] + "/"
            parse_spider_arguments(start_url=start_url)
            text = self.draft(start_url)
            if opts.out:
                try:
                    Path(opts.out).write_text(text, encoding="utf-8")
                except OSError as exc:
                    raise ArgumentError(f"cannot write {opts.out}: {exc.strerror or exc}") from None
                print(f"profile drafted: {opts.out}", file=sys.stderr)
            else:
                sys.stdout.write(text)
        except ArgumentError as exc:
            print(f"error: {exc}", file=sys.stderr)
            self.exitcode = 2

    def draft(self, start_url: str) -> str:
        self.policy = HostPolicy([start_url])
        self.robots = self._robots(start_url)
        self.fetched = 0
        home = self.fetch(start_url)
        if home is None:
            raise ArgumentError(f"the start page {start_url} cannot be fetched")
        links = self.links(home, start_url)
        # the lists first, by the rules any family shares: their links tell the family
        lists = [u for u in links if generic_is_index(u) and u != start_url][:3]
        seen = list(links)
        for url in lists:
            page = self.fetch(url)
            seen += self.links(page, url) if page else []
        family = family_of(seen)
        profile = load_profile_from(family, start_url)
        found = [u for u in seen if profile.is_article(u)]
        articles = []
        for url in list(dict.fromkeys(found))[:3]:
            body = self.fetch(url)
            if body is not None:
                item = extract_page(body, url)
                articles.append(
                    {"url": url, **{f: getattr(item, f) for f in ("title", "published_at", "body")}}
                )
        host = urlsplit(start_url).hostname or ""
        name = (
            "site" if host.replace(".", "").isdigit() else host.removeprefix("www.").split(".")[0]
        )
        return draft_toml(
            name=name, start_url=start_url, family=family, lists=lists, articles=articles
        )

    def _robots(self, start_url: str) -> urllib.robotparser.RobotFileParser | None:
        if not self.settings.getbool("ROBOTSTXT_OBEY"):
            return None
        robots = urllib.robotparser.RobotFileParser(urljoin(start_url, "/robots.txt"))
        try:
            robots.read()
        except OSError:
            return None  # no robots.txt to be had: as Scrapy, crawl as if it allowed all
        return robots

    def fetch(self, url: str) -> bytes | None:
        agent = self.settings.get("USER_AGENT")
        if self.policy.verdict(url) is not None:
            return None
        if self.robots is not None and not self.robots.can_fetch(agent, url):
            return None
        if self.fetched:
            time.sleep(self.settings.getfloat("DOWNLOAD_DELAY"))
        self.fetched += 1
        request = urllib.request.Request(url, headers={"User-Agent": agent})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                if self.policy.verdict(answer.geturl()) is not None:
                    return None  # redirected off the site
                return answer.read(self.settings.getint("DOWNLOAD_MAXSIZE"))
        except (OSError, urllib.error.URLError):
            return None

    def links(self, body: bytes, url: str) -> list[str]:
        root = parse_html(response_from_bytes(body, url).text, url)
        found = []
        for a in root.iter("a"):
            href = (a.get("href") or "").strip()
            if href and not href.lower().startswith(("javascript:", "mailto:", "#")):
                target = urljoin(url, href).split("#")[0]
                if self.policy.verdict(target) is None:
                    found.append(target)
        return list(dict.fromkeys(found))


def load_profile_from(family: str, start_url: str) -> Profile:
    """The family's profile for a site at ``start_url`` (as the drafted TOML will read)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.toml"
        path.write_text(f'start_url = "{start_url}"\nextends = "{family}"\n', encoding="utf-8")
        return load_profile(str(path))
