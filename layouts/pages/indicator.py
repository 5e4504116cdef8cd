"""Indicator ("/indicator?id=...&breakdown=...&lang=..."): series, targets, sources."""

import dash

from layouts.views import indicator_page

dash.register_page(__name__, path="/indicator", name="indicator", title="Chỉ số", order=1)


def layout(id: str | None = None, breakdown: str | None = None, lang: str = "vi", **query):
    """Built per request from the URL; a copied link reproduces the view."""
    return indicator_page(id=id, breakdown=breakdown, lang=lang, **query)
