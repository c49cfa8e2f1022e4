"""Item pipelines, one component per module (see ITEM_PIPELINES in crawler.settings)."""
