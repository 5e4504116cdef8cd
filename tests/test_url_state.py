"""The view in the URL, at the builder level: what each page writes into the address and the
language links, and how a page built from an address shows (or names) what it asks for."""

from __future__ import annotations

import pandas as pd
import pytest
from test_layouts import find

from layouts import url_state
from layouts.records import RECORD_FIELDS
from layouts.values_stack import values_stack


def test_data_filters_become_query_parameters_with_defaults_left_out():
    params = url_state.data_params(["e_services"], [], None, "2024-01-01T00:00:00", None, None)
    assert params["family"] == "e_services" and params["status"] == url_state.NO_STATUS
    assert params["from"] == "2024-01-01" and params["to"] is None
    assert url_state.data_params([], [], [], None, None, ["accepted"])["status"] is None
    both = url_state.data_params([], ["a", "b"], [], None, None, ["accepted", "needs_review"])
    search, vi, en = url_state.view_links("/data", "vi", both)
    assert search == "?indicator=a,b&status=accepted,needs_review&lang=vi"
    assert vi == "/data" + search
    assert en == "/data?indicator=a,b&status=accepted,needs_review&lang=en"


def test_indicator_view_takes_the_point_from_the_chart_or_the_table():
    view = {"id": "cyberattacks", "breakdown": "national", "lang": "en"}
    record = dict.fromkeys(RECORD_FIELDS, "")
    record["observation_id"] = "abc"
    click = {"points": [{"customdata": [record[f] for f in RECORD_FIELDS]}]}
    search, vi, en = url_state.indicator_view(click, None, view, "ind-chart")
    assert search == "?id=cyberattacks&breakdown=national&obs=abc&lang=en"
    assert vi.endswith("obs=abc&lang=vi") and en == "/indicator" + search
    # another breakdown's point carries only its id; a table row its record
    other = {"points": [{"customdata": "xyz"}]}
    assert "obs=xyz" in url_state.indicator_view(other, None, view, "ind-chart")[0]
    rows = [{"observation_id": "row1"}]
    assert "obs=row1" in url_state.indicator_view(click, rows, view, "ind-grid")[0]
    # a target line (no customdata) clears the selection from the address
    line = {"points": [{"customdata": None}]}
    assert "obs=" not in url_state.indicator_view(line, None, view, "ind-chart")[0]


def test_report_view_keeps_the_report_and_the_selected_value():
    search, _, en = url_state.report_view([{"observation_id": "o1"}], {"doc": "d1", "lang": "vi"})
    assert search == "?doc=d1&obs=o1&lang=vi" and en == "/reports?doc=d1&obs=o1&lang=en"
    assert url_state.report_view([], {"doc": "d1", "lang": "vi"})[0] == "?doc=d1&lang=vi"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_report_values_stack_links_each_value_through_the_url(lang):
    rows = [
        {"observation_id": i, "indicator_text": "X", "value_text": "1", "period_text": "p",
         "breakdown_text": "b", "status_text": "s"}
        for i in ("o1", "o2")
    ]  # fmt: skip
    stack = values_stack(rows, "d1", "o2", lang)
    links = find(stack, lambda c: type(c).__name__ == "Link")
    assert [link.href for link in links] == [
        f"/reports?doc=d1&obs=o1&lang={lang}",
        f"/reports?doc=d1&obs=o2&lang={lang}",
    ]
    assert [item.className for item in stack.children] == ["stack-item", "stack-item active"]


def test_data_page_reads_status_none_as_nothing_ticked():
    import app  # noqa: F401  (Dash Pages register their modules once an app exists)
    from layouts.pages import data

    assert data.read_url_statuses("none") == []
    assert data.read_url_statuses(None) == ["accepted"]
    assert data.read_url_statuses("needs_review") == ["needs_review"]


def test_unknown_statuses_fall_back_to_the_default_but_none_stays_none():
    from layouts.bad_filters import drop_unknown_filters

    table = pd.DataFrame({"indicator": ["cyberattacks"], "breakdown": ["national"]})
    from metrics.catalog import load_catalog, load_families

    chosen = {"families": [], "indicators": [], "breakdowns": [], "date_from": None,
              "date_to": None}  # fmt: skip
    kept, bad = drop_unknown_filters(
        {**chosen, "statuses": ["nope"]}, {}, table, load_catalog(), load_families()
    )
    assert kept["statuses"] == ["accepted"] and bad == [("status", "nope", [])]
    kept, bad = drop_unknown_filters(
        {**chosen, "statuses": []}, {}, table, load_catalog(), load_families()
    )
    assert kept["statuses"] == [] and bad == []
