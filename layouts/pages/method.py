"""Method ("/method"): how progress and status are computed (metrics/method_{lang}.md)."""

import dash

from layouts.views import method_page

dash.register_page(__name__, path="/method", name="method", title="Phương pháp", order=4)


def layout(lang: str = "vi", **query):
    return method_page(lang=lang, **query)
