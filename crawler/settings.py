"""Scrapy settings of the portal crawler.

Politeness is on by default, for real sites: robots.txt, AutoThrottle, a
descriptive User-Agent and modest concurrency. ``LOCAL_REPLICA_SETTINGS`` is
what tests, the demo and benchmarks switch to for the local replica.
"""

BOT_NAME = "portal"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
COMMANDS_MODULE = "crawler.commands"

# --- politeness (real sites) -------------------------------------------------
USER_AGENT = (
    "portal-crawler/0.1 (research archive of Chinese industry portals; "
    "polite: obeys robots.txt, throttled)"
)
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 60
RETRY_ENABLED = True
RETRY_TIMES = 3

# --- components ----------------------------------------------------------------
DOWNLOADER_MIDDLEWARES = {
    # only http(s) to the crawl's own hosts: before robots.txt (100) and the replay (50)
    "crawler.guard.RequestGuardMiddleware": 40,
    # Scrapy's RedirectMiddleware, with every Location checked before it is followed
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.guard.RedirectGuardMiddleware": 600,
    # below HttpCompressionMiddleware (590), so it sees the decompressed body
    "crawler.middlewares.EncodingFixMiddleware": 580,
    "crawler.middlewares.CompressedBodyEncodingMiddleware": 591,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.retry.BackoffRetryMiddleware": 550,
    "crawler.warc.WarcReplayMiddleware": 50,  # answers from the archive, first of all
    "crawler.warc.WarcWriterMiddleware": 950,  # closest to the downloader: the server's bytes
}
RETRY_GIVE_UP_LOG_LEVEL = "WARNING"  # a request given up is recorded in the errors table
ITEM_PIPELINES = {
    "pipelines.normalize.NormalizePipeline": 100,
    "pipelines.validate.ValidatePipeline": 200,
    "pipelines.dedupe.DedupePipeline": 300,
    "pipelines.attachments.AttachmentsPipeline": 700,  # on when FILES_STORE is set
    "pipelines.jsonl.JsonLinesPipeline": 800,
    "pipelines.sqlite.SQLitePipeline": 810,
}

# --- bounded resources: sizes that fit HTML portals ------------------------------
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024  # bytes; larger answers (also once decompressed) are refused
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
PAGINATION_STALE_PAGES = 3  # a pager stops after this many list pages in a row bring nothing new
PAGINATION_MAX_PAGES = 2000  # list pages per section at most (0: no cap), with a WARNING

# --- extraction and normalization --------------------------------------------
PORTAL_ENCODINGS = ["utf-8", "gb18030", "big5"]
NORMALIZE_SIMPLIFIED = True
NORMALIZE_OPENCC_CONFIG = "t2s"
VALIDATE_REQUIRED_FIELDS = ["title", "body"]
VALIDATE_MAX_TITLE_CHARS = 300  # a longer "title" is no title (the item is then dropped)
VALIDATE_MAX_FIELD_CHARS = 200  # author, source, section, breadcrumb: longer is no value
VALIDATE_MAX_BODY_BYTES = 2 * 1024 * 1024  # UTF-8 bytes; a larger body is recorded too_large
VALIDATE_MIN_DATE = "1990-01-01"  # published_at before it, or after tomorrow, is no value

# --- incremental runs and health ---------------------------------------------
INCREMENTAL_OVERLAP_PAGES = 1  # list pages walked past the first one holding only known articles
VIEWS_REFRESH_DAYS = 30  # articles published this recently get their views re-read every run
HEALTH_MIN_COVERAGE = {
    "title": 0.99,
    "body": 0.99,
    "published_at": 0.95,
    "breadcrumb": 0.95,
    "views": 0.9,
}
HEALTH_MAX_ERROR_RATE = 0.05
HEALTH_MIN_NEW_ITEMS = 1
RETRY_BACKOFF_BASE = 1.0  # seconds before the first retry; doubles each time
RETRY_BACKOFF_MAX = 30.0

# --- archives -------------------------------------------------------------------
WARC_PATH = ""  # a folder: write every request and response as WARC (off when empty)
WARC_MAX_SIZE = 1 << 30  # bytes per WARC file before rotating
WARC_REPLAY = []  # WARC files to answer every request from (scrapy reextract sets it)
RETRY_OPEN_ERRORS = True  # retry the articles that failed in earlier runs
ERRORS_RECHECK_DAYS = 30  # a URL found to be no article (dead, not HTML...) is left alone this long

# --- state that grows with the archive lives on disk ----------------------------
STATE_DIR = "data/state"  # scratch files of a running crawl (removed when it ends)
DUPEFILTER_CLASS = "crawler.dupefilter.DiskDupeFilter"

# --- storage -------------------------------------------------------------------
JSONL_PATH = "data/articles.jsonl"
SQLITE_PATH = "data/portal.sqlite"
SQLITE_BATCH_SIZE = (
    500  # rows per transaction (a killed run loses at most these, re-crawled next run)
)

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
LOG_FORMATTER = "crawler.logformatter.PortalLogFormatter"

# For the local replica only: no delays, no throttling, full concurrency.
LOCAL_REPLICA_SETTINGS = {
    "ROBOTSTXT_OBEY": False,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 32,
}

# --- several workers on Redis (crawler.cluster): off unless REDIS_URL is set ----------
ADDONS = {"crawler.cluster.addon.Cluster": 0}
REDIS_URL = ""  # redis://host:6379/0: scrapy crawl is then a worker, scrapy writer its writer
CRAWL_ID = ""  # the crawl's keys in Redis (default: spider name and start host)
CLUSTER_WORKER_ID = ""  # a worker's name (default: <host>-<pid>-<random>); in its WARC files
CLUSTER_HEARTBEAT = 2.0  # seconds between a worker's "alive" (with its stats)
CLUSTER_HEARTBEAT_TTL = 10.0  # a worker silent this long is taken for dead: its requests go back

EXTENSIONS = {
    "crawler.extensions.Progress": 500,
    "crawler.extensions.StatsFile": 510,
    "crawler.runs.RunRecorder": 520,
    "crawler.extensions.QuietLoggers": 100,
    "crawler.scratch.ScratchCleanup": 110,
    "crawler.incremental.IncrementalState": 200,  # what the run fetches, from the store
}
STATS_JSON_PATH = ""
PROGRESS_ENABLED = False
PROGRESS_INTERVAL = 0.5  # seconds between redraws of the progress bar
