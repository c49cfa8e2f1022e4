"""The add-on that makes a process part of a crawl on Redis when ``REDIS_URL`` is set.

``CLUSTER_ROLE`` is ``worker`` (``scrapy crawl``) or ``writer`` (``scrapy writer`` sets it).
A worker takes its requests from the shared frontier and stores nothing: its items and
events go to the writer, its run is the writer's, and its incremental state is what the
writer published; a worker's requests keep one rate per host across the crawl. The writer
keeps the project's pipelines and the run recorder.
"""

from __future__ import annotations

import os
import socket
import uuid

from scrapy.settings import BaseSettings

from crawler.cluster.politeness import SharedRate
from crawler.cluster.worker import ClusterState, ClusterWorker, EventsToWriter, SeedOnce, ToWriter
from crawler.incremental import IncrementalState
from crawler.runs import RunRecorder


def _force(settings: BaseSettings, name: str, value) -> None:
    """Set ``name`` over the project's value: a crawl on Redis needs it so."""
    settings.set(name, value, max(settings.getpriority(name) or 0, 20))


def worker_id() -> str:
    """``<host>-<pid>-<random>``: unique, and says where to look for the process."""
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


class Cluster:
    def update_settings(self, settings: BaseSettings) -> None:
        if not settings.get("REDIS_URL") or settings.get("CLUSTER_ROLE") == "writer":
            return  # the writer fetches nothing: it keeps the project's scheduler
        _force(settings, "SCHEDULER", "crawler.cluster.frontier.LeasingScheduler")
        _force(settings, "DUPEFILTER_CLASS", "crawler.cluster.frontier.FingerprintDupeFilter")
        _force(settings, "SCHEDULER_QUEUE_CLASS", "scrapy_redis.queue.PriorityQueue")
        _force(settings, "SCHEDULER_PERSIST", True)  # the frontier outlives each worker
        _force(settings, "SCHEDULER_IDLE_BEFORE_CLOSE", 0)  # a blocking pop stalls the engine
        if not settings.get("CLUSTER_WORKER_ID"):  # names its leases, stats and WARC files
            _force(settings, "CLUSTER_WORKER_ID", worker_id())
        _force(settings, "ITEM_PIPELINES", {})
        settings.set_in_component_priority_dict("ITEM_PIPELINES", ToWriter, 100)
        settings.set_in_component_priority_dict("EXTENSIONS", RunRecorder, None)
        settings.set_in_component_priority_dict("EXTENSIONS", IncrementalState, None)
        settings.set_in_component_priority_dict("EXTENSIONS", ClusterState, 200)
        settings.set_in_component_priority_dict("EXTENSIONS", ClusterWorker, 210)
        settings.set_in_component_priority_dict("EXTENSIONS", EventsToWriter, 220)
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", SeedOnce, 10)
        # after the WARC replay (50) and closest to the downloader but the WARC writer (950)
        settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", SharedRate, 940)
