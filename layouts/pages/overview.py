"""Overview ("/"): one card per indicator, named families first, riskiest first."""

import dash

from layouts.views import overview_page

dash.register_page(__name__, path="/", name="overview", title="Chuyển đổi số quốc gia", order=0)


def layout(lang: str = "vi", **query):
    """Built per request from the URL (?lang=vi|en)."""
    return overview_page(lang=lang, **query)
