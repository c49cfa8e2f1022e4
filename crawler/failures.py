"""What a failed request is recorded as: a kind for the ``errors`` table and a reason.

Kinds that say the page itself is not to be had (``too_large``,
``redirect_loop``, the guard's ``bad_scheme``, ``offsite``, ``offsite_redirect``)
are told apart from failures a later run may get past (timeouts, resets, 5xx),
which keep the kind their caller gives them.
"""

from __future__ import annotations

from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError
from twisted.python.failure import Failure

from crawler.guard import Refused

__all__ = ["PAGE_KINDS", "classify"]

#: Kinds of a URL that gave no article and will not give one on the next try: not fetched
#: again before ``ERRORS_RECHECK_DAYS`` unless the run is ``mode=full``.
PAGE_KINDS = (
    "dead",
    "not_html",
    "not_article",
    "no_title",
    "no_body",
    "too_large",
    "extraction_error",
    "bad_scheme",
    "offsite",
    "offsite_redirect",
    "redirect_loop",
)


def classify(failure: Failure) -> tuple[str | None, str]:
    """``(kind, reason)``; kind is None when the caller's own kind applies (``http_503``...).

    >>> classify(Failure(Refused("bad_scheme", "file:///etc/passwd")))
    ('bad_scheme', 'bad_scheme: file:///etc/passwd')
    >>> classify(Failure(IgnoreRequest("max redirections reached")))
    (None, 'IgnoreRequest: max redirections reached')
    >>> classify(Failure(ValueError("boom")))
    (None, 'ValueError: boom')
    """
    value = failure.value
    if isinstance(value, Refused):
        return value.kind, str(value)[:300]
    if isinstance(value, HttpError):
        return None, f"http_{value.response.status}"
    name = type(value).__name__
    detail = str(value).strip()
    reason = f"{name}: {detail}"[:300] if detail else name
    # Scrapy cancels a download for one reason of its own: the answer grew past
    # DOWNLOAD_MAXSIZE (with its size in the message when Content-Length said so, with
    # no message when a body without a length streamed past it); the engine lets
    # in-flight downloads finish when it closes.
    if isinstance(value, DownloadCancelledError | CancelledError) and (
        not detail or "max size" in detail
    ):
        return "too_large", reason if detail else f"{name}: answer over DOWNLOAD_MAXSIZE"
    if isinstance(value, IgnoreRequest) and "DOWNLOAD_MAXSIZE" in detail:
        return "too_large", reason  # a compressed answer that inflates past the cap
    # "max redirections reached" is a long chain of distinct URLs, left to the next run like any
    # other failure; a chain that comes back to a URL of its own is the guard's redirect_loop
    return None, reason
