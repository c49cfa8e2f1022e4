"""``BackoffRetryMiddleware``: Scrapy's retries, with exponential backoff between tries.

A server answering 503 or dropping connections is given time to recover
instead of being hit again at once. Settings: those of Scrapy's
``RetryMiddleware`` (``RETRY_TIMES``, ``RETRY_HTTP_CODES``...), plus
``RETRY_BACKOFF_BASE`` (seconds before the first retry, default 1; 0 turns
backoff off) and ``RETRY_BACKOFF_MAX`` (default 30). Only the retried request
waits; other requests go on.
"""

from __future__ import annotations

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request, Response
from scrapy.utils.asyncio import sleep


def backoff_delay(retry_times: int, base: float, cap: float) -> float:
    """Seconds to wait before try number ``retry_times`` (1 for the first retry).

    >>> [backoff_delay(n, 1.0, 30.0) for n in (1, 2, 3, 6, 10)]
    [1.0, 2.0, 4.0, 30.0, 30.0]
    """
    return min(cap, base * 2 ** max(0, retry_times - 1))


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE")
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX")

    async def _wait(self, result):
        if isinstance(result, Request) and self.base > 0:
            await sleep(backoff_delay(result.meta.get("retry_times", 1), self.base, self.cap))
        return result

    async def process_response(self, request: Request, response: Response):
        return await self._wait(super().process_response(request, response))

    async def process_exception(self, request: Request, exception: Exception):
        return await self._wait(super().process_exception(request, exception))
