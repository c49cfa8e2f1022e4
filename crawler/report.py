"""A self-contained HTML report of a store, drawn with Plotly (its JavaScript inlined once).

Charts: articles per month per section, the distribution of views, the
most-read articles, field coverage, and runs over time. The page needs no
network to be viewed.
"""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime

from crawler.items import MAIN_FIELDS as FIELDS
from crawler.store import Store


def _figures(store: Store) -> list[tuple[str, object]]:
    import plotly.graph_objects as go

    figures = []
    rows = store.articles.per_month_by_section()
    months = sorted({m for m, _, _ in rows})
    per_section: dict[str, dict[str, int]] = {}
    for month, section, count in rows:
        per_section.setdefault(section, {})[month] = count
    fig = go.Figure(
        [
            go.Bar(name=s, x=months, y=[c.get(m, 0) for m in months])
            for s, c in sorted(per_section.items())
        ]
    )
    fig.update_layout(barmode="stack", xaxis_title="month", yaxis_title="articles")
    figures.append(("Articles per month, by section", fig))

    views = store.articles.views()
    fig = go.Figure([go.Histogram(x=views, nbinsx=60)])
    fig.update_layout(xaxis_title="views", yaxis_title="articles", yaxis_type="log")
    figures.append((f"Distribution of views ({len(views)} articles)", fig))

    top = store.articles.most_read(20)[::-1]
    fig = go.Figure([go.Bar(x=[v for _, v, _ in top], y=[t for t, _, _ in top], orientation="h",
                            hovertext=[u for _, _, u in top])])  # fmt: skip
    fig.update_layout(height=600, xaxis_title="views", margin={"l": 360})
    figures.append(("The 20 most-read articles", fig))

    shares = list(store.articles.coverage(FIELDS).values())
    fig = go.Figure([go.Bar(x=list(FIELDS), y=[round(100 * s, 1) for s in shares])])
    fig.update_layout(yaxis_title="% of articles having it", yaxis_range=[0, 100])
    figures.append(("Field coverage", fig))

    runs = store.runs.all()
    counts = [json.loads(c or "{}") for _, _, _, c in runs]
    fig = go.Figure(
        [
            go.Bar(
                name="new articles",
                x=[s for _, s, _, _ in runs],
                y=[c.get("articles_new", 0) for c in counts],
            ),
            go.Bar(
                name="requests failed",
                x=[s for _, s, _, _ in runs],
                y=[c.get("errors_total", 0) for c in counts],
            ),
            go.Scatter(
                name="status",
                mode="markers",
                x=[s for _, s, _, _ in runs],
                y=[0] * len(runs),
                text=[f"run {i}: {st}" for i, _, st, _ in runs],
                marker={
                    "color": ["green" if st == "ok" else "red" for _, _, st, _ in runs],
                    "size": 10,
                },
            ),
        ]
    )
    fig.update_layout(xaxis_title="run started", yaxis_title="count")
    figures.append((f"Runs over time ({len(runs)} runs)", fig))
    return figures


def render_report(store: Store, *, title: str = "中国计量网 archive") -> str:
    """The whole report page as one HTML string."""
    total, first, last = store.articles.span()
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title>",
        "<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto}h2{margin-top:2em}</style>",
        "</head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f"<p>{total} articles, published {html.escape(str(first))[:10]} to {html.escape(str(last))[:10]};"
        f" report made {datetime.now(UTC):%Y-%m-%d %H:%M} UTC.</p>",
    ]
    for n, (heading, fig) in enumerate(_figures(store)):
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        parts.append(fig.to_html(full_html=False, include_plotlyjs=n == 0, div_id=f"chart{n}"))
    parts.append("</body></html>")
    return "\n".join(parts)
