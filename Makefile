PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo demo-cluster redis chromium test bench eval lint format clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/scrapy demo

# Debian's redis-server, for the crawl on Redis (its tests and demo-cluster), installed when missing.
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
redis:
	@command -v redis-server >/dev/null 2>&1 || { \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq redis-server >/dev/null; }
	@command -v redis-server >/dev/null 2>&1 || { echo "redis-server missing: apt-get install redis-server" >&2; exit 1; }

# Debian's chromium, for the test that renders the analytics report headless, installed when missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; }
	@command -v chromium >/dev/null 2>&1 || { echo "chromium missing: apt-get install chromium" >&2; exit 1; }

# A redis-server, the replica, two workers and the writer on this machine, then the summary.
demo-cluster: $(STAMP) redis
	$(BIN)/python -m crawler.dev.cluster $(CLUSTER_ARGS)

test: $(STAMP) redis chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

$(VENV)/.bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $(VENV)/.bench

# Never part of `make test`: crawls of 20 000 and 100 000 articles (minutes, not seconds).
bench: $(VENV)/.bench
	$(BIN)/python -m crawler.dev.bench $(BENCH_ARGS)

# Accuracy on labelled real pages beside trafilatura, GNE and readability (EVAL_PAGES=DIR to change
# the set, EVAL_ARGS=--misses to list our misses).
EVAL_PAGES ?= ../shared/realpages/cn-dev
eval: $(VENV)/.bench
	$(BIN)/python -m crawler.dev.evaluate --pages $(EVAL_PAGES) $(EVAL_ARGS)

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) data/*.jsonl data/*.sqlite* build *.egg-info
