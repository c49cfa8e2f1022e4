"""Crawler for Chinese industry portals: the Scrapy project package."""
