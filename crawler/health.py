"""Health checks of a finished run, on its stats: pure functions, thresholds from settings.

Settings:

* ``HEALTH_MIN_COVERAGE``: field -> least share of the run's new articles having it
  (default: title 0.99, body 0.99, published_at 0.95, breadcrumb 0.95, views 0.9).
* ``HEALTH_MAX_ERROR_RATE``: most requests (share) allowed to fail for good (default 0.05).
* ``HEALTH_MIN_NEW_ITEMS``: least articles of a run that should find some: new ones
  for the first run on an empty store; stored, updated or re-read unchanged ones for a
  repair (``mode=full``) or a re-extraction, which find nothing new on an up-to-date
  store and did their job (default 1).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    samples: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def error_count(stats: dict) -> int:
    """Requests that failed for good, dead links excepted."""
    return sum(
        v for k, v in stats.items() if k.startswith("portal/errors/") and not k.endswith("/dead")
    )


def run_checks(
    stats: dict,
    *,
    min_coverage: dict[str, float],
    max_error_rate: float,
    min_new_items: int,
    items_expected: str | None,
) -> list[Check]:
    """Every check of one run; a run is healthy when all are ok.

    >>> checks = run_checks({"portal/health/new_items": 10, "portal/health/missing/published_at": 10,
    ...     "downloader/request_count": 20}, min_coverage={"published_at": 0.9}, max_error_rate=0.1,
    ...     min_new_items=1, items_expected=None)
    >>> [(c.name, c.ok) for c in checks]
    [('coverage/published_at', False), ('error_rate', True)]
    """
    checks = []
    new = stats.get("portal/health/new_items", 0)
    if new:
        for name, least in min_coverage.items():
            have = 1 - stats.get(f"portal/health/missing/{name}", 0) / new
            checks.append(
                Check(
                    f"coverage/{name}",
                    have >= least,
                    f"{have:.1%} of {new} new articles have {name} (threshold {least:.0%})",
                    list(stats.get(f"portal/health/samples/{name}", []))[:5],
                )
            )
    requests = stats.get("downloader/request_count", 0)
    errors = error_count(stats)
    rate = errors / requests if requests else 0.0
    checks.append(
        Check(
            "error_rate",
            rate <= max_error_rate,
            f"{errors} of {requests} requests failed ({rate:.1%})",
        )
    )
    if items_expected == "new":  # a first run on an empty store must find articles
        checks.append(
            Check(
                "new_items",
                new >= min_new_items,
                f"{new} new articles (expected at least {min_new_items})",
            )
        )
    elif items_expected == "read":  # a repair or re-extraction must re-read articles
        read = sum(stats.get(f"portal/articles/{k}", 0) for k in ("new", "updated", "unchanged"))
        checks.append(
            Check(
                "articles_read",
                read >= min_new_items,
                f"{read} articles stored, updated or re-read unchanged (expected at least {min_new_items})",
            )
        )
    return checks
