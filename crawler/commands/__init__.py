"""Project commands (COMMANDS_MODULE): ``crawl`` (Scrapy's, with run locks, argument checks
and exit statuses), ``reextract``, ``extract``, ``demo``, ``runs``, ``search``, ``export``,
``report`` and ``datasette``."""
