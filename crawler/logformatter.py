"""Log a dropped item as its reason alone (the reason names the URL), not the whole item."""

from __future__ import annotations

from scrapy import logformatter


class PortalLogFormatter(logformatter.LogFormatter):
    def dropped(self, item, exception, response, spider):
        result = super().dropped(item, exception, response, spider)
        result["msg"] = "Dropped: %(exception)s"
        result["args"] = {"exception": exception}
        return result
