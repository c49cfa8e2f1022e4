"""An offline replica of 中国计量网 (www.chinajl.com.cn), for tests, demos and benchmarks."""

from crawler.dev.replica.content import Site
from crawler.dev.replica.server import make_server

__all__ = ["Site", "make_server"]
