"""Reports ("/reports?doc=...&obs=...&lang=..."): loaded reports, their values, the text."""

import dash

from layouts.views import reports_page

dash.register_page(__name__, path="/reports", name="reports", title="Báo cáo nguồn", order=2)


def layout(doc: str | None = None, obs: str | None = None, lang: str = "vi", **query):
    """Built per request from the URL."""
    return reports_page(doc=doc, obs=obs, lang=lang, **query)
