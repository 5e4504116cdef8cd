"""The URL holds the whole view (issue 10), in a real browser: set filters or select a value,
the address changes; reload it and the same view comes back; switch the language and it stays.
Invalid values in the address are named, never turned into an empty table."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest
from support import load_page, open_tab, require_chromium

from layouts.data_builders import build_filters
from metrics.queries import count_tidy_rows, read_documents

pytestmark = pytest.mark.browser


sync_api = require_chromium()
expect = sync_api.expect
PlaywrightTimeoutError = sync_api.TimeoutError


@pytest.fixture()
def page(browser):
    with open_tab(browser, 1400) as page:
        yield page


def query(page) -> dict:
    """The address bar's query, one value per key."""
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


def switch_language(page, code: str, nav_text: str) -> None:
    """Click vi/en and wait until the page is rebuilt in that language."""
    page.locator(f"#lang-{code}").click()
    page.wait_for_url(re.compile(rf"lang={code}"))
    expect(page.locator("#nav-overview")).to_have_text(nav_text)
    page.wait_for_load_state("networkidle")


def pick_family(page, typed: str, address: re.Pattern) -> None:
    """Type a family into the dropdown and choose it; again if the choice did not take.

    The dropdown's script loads on its own after the page (async-dropdown.js): keys typed before
    it is ready choose nothing, and the address never changes (2 of ~15 loaded runs, 30 s waits).
    """
    for _ in range(3):
        page.locator("#data-family").click()
        page.keyboard.type(typed)
        page.keyboard.press("Enter")
        try:
            page.wait_for_url(address, timeout=10_000)
            return
        except PlaywrightTimeoutError:
            page.keyboard.press("Escape")
    page.wait_for_url(address)


def rows_shown(page) -> str:
    return page.get_attribute("#data-count", "data-rows")


def test_data_filters_go_into_the_url_and_come_back_on_reload_and_language_switch(
    page, base_url, served_db
):
    statuses = ["accepted", "needs_review"]
    filters = build_filters(["e_services"], None, None, None, None, statuses)
    shown = str(count_tidy_rows(served_db, filters))  # what the count must say once settled
    load_page(page, f"{base_url}/data?lang=vi")
    page.check("#data-status input[value='needs_review']")
    page.wait_for_url(re.compile(r"status=accepted,needs_review"))
    pick_family(page, "Dịch vụ công", re.compile(r"family=e_services"))
    # the address and the count are two callbacks: wait for the family's count, read from the
    # database (read as soon as the page was idle, it was the status-only total under load, 73
    # rows instead of 35)
    expect(page.locator("#data-count")).to_have_attribute("data-rows", shown)
    assert query(page) == {
        "family": "e_services",
        "status": "accepted,needs_review",
        "lang": "vi",
    }
    # the language link already carries the filters
    assert page.get_attribute("#lang-en", "href") == (
        "/data?family=e_services&status=accepted,needs_review&lang=en"
    )
    page.reload()
    page.wait_for_selector("#data-grid .ag-root")
    expect(page.locator("#data-count")).to_have_attribute("data-rows", shown)
    expect(page.locator("#data-status input[value='needs_review']")).to_be_checked()
    expect(page.locator("#data-family")).to_contain_text("Dịch vụ công trực tuyến")
    switch_language(page, "en", "Overview")
    assert query(page)["family"] == "e_services"
    expect(page.locator("#data-count")).to_have_attribute("data-rows", shown)
    expect(page.locator("#data-count")).to_contain_text("rows")
    expect(page.locator("#data-status input[value='needs_review']")).to_be_checked()
    expect(page.locator("#data-family")).to_contain_text("E-services")


def test_data_period_and_indicator_from_a_shared_link_survive_the_language_switch(page, base_url):
    link = "/data?indicator=cyberattacks&from=2024-01-01&to=2024-12-31&lang=en"
    load_page(page, base_url + link)
    expect(page.locator("#data-count")).not_to_have_attribute("data-rows", "0")
    shown = rows_shown(page)
    expect(page.locator("input#data-period")).to_have_value("2024-01-01")  # the start date
    expect(page.locator("input#data-period-end-date")).to_have_value("2024-12-31")
    switch_language(page, "vi", "Tổng quan")
    assert query(page) == {
        "indicator": "cyberattacks",
        "from": "2024-01-01",
        "to": "2024-12-31",
        "lang": "vi",
    }
    expect(page.locator("#data-count")).to_have_attribute("data-rows", shown)
    expect(page.locator("input#data-period")).to_have_value("01/01/2024")
    expect(page.locator("input#data-period-end-date")).to_have_value("31/12/2024")


def test_unticking_every_status_is_kept_as_status_none(page, base_url):
    load_page(page, f"{base_url}/data?lang=vi")
    page.uncheck("#data-status input[value='accepted']")
    page.wait_for_url(re.compile(r"status=none"))
    expect(page.locator("#data-count")).to_have_attribute("data-rows", "0")
    page.reload()
    page.wait_for_selector("#data-grid .ag-root")
    expect(page.locator("#data-status input[value='accepted']")).not_to_be_checked()
    expect(page.locator("#data-count")).to_have_attribute("data-rows", "0")


def test_invalid_data_filters_are_named_not_an_empty_table(page, base_url):
    load_page(page, f"{base_url}/data?indicator=cyberatacks&from=2024-13-01&lang=en")
    warning = page.locator("#data-bad-filters")
    expect(warning).to_contain_text("indicator: “cyberatacks” – did you mean cyberattacks?")
    expect(warning).to_contain_text("from: “2024-13-01” – not a date")
    expect(page.locator("#data-count")).not_to_have_attribute("data-rows", "0")


def test_indicator_selected_row_goes_into_the_url_and_comes_back(page, base_url):
    load_page(page, f"{base_url}/indicator?id=cyberattacks&breakdown=national&lang=vi")
    row = page.locator("#ind-grid .ag-center-cols-container .ag-row", has_text="862").first
    row.click()
    page.wait_for_url(re.compile(r"obs="))
    obs = query(page)["obs"]
    expect(page.locator("#detail-card")).to_contain_text("862 · tháng 02/2024")
    assert page.get_attribute("#lang-en", "href") == (
        f"/indicator?id=cyberattacks&breakdown=national&obs={obs}&lang=en"
    )
    page.reload()
    page.wait_for_selector("#page-root")
    expect(page.locator("#detail-card")).to_contain_text("862 · tháng 02/2024")
    expect(page.locator("#ind-grid .ag-row-selected")).to_contain_text("862")
    switch_language(page, "en", "Overview")
    assert query(page)["obs"] == obs
    expect(page.locator("#detail-card")).to_contain_text("862 · Feb 2024 · National")
    expect(page.locator("#ind-grid .ag-row-selected")).to_contain_text("862")


def test_indicator_clicked_point_goes_into_the_url(page, base_url):
    load_page(page, f"{base_url}/indicator?id=cyberattacks&breakdown=national&lang=en")
    points = page.locator("#ind-chart .scatterlayer .trace").first.locator(".point")
    points.first.wait_for(state="attached")
    box = points.nth(points.count() - 1).bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(re.compile(r"obs="))
    expect(page.locator("#detail-card")).to_contain_text("862")
    page.reload()
    page.wait_for_selector("#page-root")
    expect(page.locator("#detail-card")).to_contain_text("862 · Feb 2024")
    # the chart marks the address's point: a ring drawn over it
    ring = page.locator("#ind-chart .scatterlayer .trace").last.locator(".point")
    expect(ring).to_have_count(1)
    mark, point = ring.bounding_box(), points.nth(points.count() - 1).bounding_box()
    assert abs((mark["x"] + mark["width"] / 2) - (point["x"] + point["width"] / 2)) < 2


def test_indicator_unknown_breakdown_and_point_are_named(page, base_url):
    load_page(page, f"{base_url}/indicator?id=cyberattacks&breakdown=nationl&obs=zzz&lang=en")
    warning = page.locator("#ind-bad-url")
    expect(warning).to_contain_text("scope: “nationl” – did you mean national?")
    expect(warning).to_contain_text("selected value: “zzz”")
    expect(page.locator("#ind-grid .ag-row").first).to_be_visible()  # the view still shows


def test_reports_selected_value_goes_into_the_url_and_comes_back(page, base_url, served_db):
    docs = read_documents(served_db)
    sha = docs[docs["file_name"].str.contains("thang-02-2024")]["doc_sha256"].iloc[0]
    load_page(page, f"{base_url}/reports?doc={sha}&lang=vi")
    row = page.locator("#rep-grid .ag-center-cols-container .ag-row").nth(1)
    row.click()
    page.wait_for_url(re.compile(r"obs="))
    obs = query(page)["obs"]
    assert query(page)["doc"] == sha
    mark = page.locator("#quote-mark")
    expect(mark).to_be_visible()
    quote = mark.inner_text()
    page.reload()
    page.wait_for_selector("#page-root")
    expect(page.locator("#quote-mark")).to_have_text(quote)
    expect(page.locator("#rep-grid .ag-row-selected")).to_have_count(1)
    switch_language(page, "en", "Overview")
    assert query(page) == {"doc": sha, "obs": obs, "lang": "en"}
    expect(page.locator("#quote-mark")).to_have_text(quote)


def test_reports_unknown_value_is_named(page, base_url):
    load_page(page, f"{base_url}/reports?obs=nope&lang=en")
    expect(page.locator("#rep-bad-url")).to_contain_text("selected value: “nope”")


def test_a_link_back_to_the_first_address_shows_that_view_again(page, base_url):
    # The router still holds the first address after the page rewrote it: a link to exactly
    # that address must not leave the filtered view under an unfiltered URL.
    load_page(page, f"{base_url}/data?lang=vi")
    page.check("#data-status input[value='needs_review']")
    page.wait_for_url(re.compile(r"status=accepted,needs_review"))
    page.locator("#nav-data").click()
    page.wait_for_url(re.compile(r"/data\?lang=vi$"))
    expect(page.locator("#data-status input[value='needs_review']")).not_to_be_checked()
    expect(page.locator("#data-status input[value='accepted']")).to_be_checked()
