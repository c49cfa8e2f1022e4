"""Spiders of the project (SPIDER_MODULES)."""
