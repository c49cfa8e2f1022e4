"""Signals of the project (sent with ``crawler.signals.send_catch_log``)."""

#: A request failed for good (after retries). Arguments: ``url``, ``kind``
#: (``article``, ``list``, ``counter`` or ``dead``), ``reason``.
request_failed = object()
