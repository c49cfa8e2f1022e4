"""Benchmarks (``make bench``): crawl throughput, extraction speed, memory at scale, storage."""
