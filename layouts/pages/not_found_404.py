"""Any unknown path: a plain message in the page's language."""

import dash

from layouts.views import not_found_page

dash.register_page(__name__, path="/404", name="not found", title="404")


def layout(lang: str = "vi", **query):
    return not_found_page(lang=lang, **query)
