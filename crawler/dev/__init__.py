"""Development tools, apart from the product: nothing a crawl runs imports this package.

* :mod:`crawler.dev.replica`: the offline replica of the portal and its ground truth
  (``scrapy demo``, the tests);
* :mod:`crawler.dev.bench`: ``make bench``, speed and memory against baselines;
* :mod:`crawler.dev.evaluate`: ``make eval``, accuracy on labelled real pages beside peers;
* :mod:`crawler.dev.summary`: the demo's comparison of a store with the replica's truth.
"""
