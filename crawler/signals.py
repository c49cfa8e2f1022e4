"""Signals of the project (sent with ``crawler.signals.send_catch_log``)."""

#: A request failed for good (after retries). Arguments: ``url``, ``kind``
#: (``article``, ``list``, ``counter``, ``dead``, or one of ``crawler.failures.PAGE_KINDS``), ``reason``.
request_failed = object()

#: The SQLite store committed a batch: every item it was given so far is stored.
store_committed = object()

#: A write failed (``crawler.storage.fail_storage``); the run stops. Argument: ``reason``.
storage_failed = object()

#: A URL is another address of a stored article (``how``: ``profile`` rule, ``canonical``
#: link, ``mirror_link``, or ``content``). Arguments: ``url``, ``canonical_url``, ``how``.
alias_found = object()
