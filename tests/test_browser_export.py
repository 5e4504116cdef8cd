"""The data page in a real browser: the CSV download holds exactly the filtered rows."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from support import require_chromium

pytestmark = pytest.mark.browser

TIMEOUT_MS = 20_000

sync_api = require_chromium()


@pytest.fixture()
def page(browser):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        yield page
    finally:
        context.close()


def expected_rows(db: Path, **filters) -> pd.DataFrame:
    """The rows the page should show, computed without the browser."""
    from metrics import export

    table = export.read_tidy_table(db)
    return export.filter_export_rows(table, **filters)


def shown_count(page) -> int:
    """The row count the page reports, once the grid has rendered."""
    page.wait_for_selector("#data-grid .ag-root")
    return int(page.get_attribute("#data-count", "data-rows"))


def grid_row_count(page) -> int:
    """How many rows AG Grid holds after filtering (not just the rows drawn on screen)."""
    return page.evaluate(
        "() => { const api = window.dash_ag_grid.getApi('data-grid');"
        " return api.getDisplayedRowCount(); }"
    )


def download_csv(page) -> bytes:
    """Click the CSV button and return the bytes of the downloaded file."""
    with page.expect_download() as info:
        page.click("#data-dl-csv")
    return Path(info.value.path()).read_bytes()


def test_csv_download_is_the_filtered_table(base_url, served_db, page):
    page.goto(f"{base_url}/data?lang=vi&family=e_services")
    n = shown_count(page)
    want = expected_rows(served_db, families=["e_services"], statuses=["accepted", "corrected"])
    assert n == len(want) > 0
    page.wait_for_function("() => window.dash_ag_grid && window.dash_ag_grid.getApi('data-grid')")
    assert grid_row_count(page) == n

    data = download_csv(page)
    assert data.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM for Excel"
    text = data.decode("utf-8-sig")
    header = "document,indicator,breakdown,period_kind,period_start,period_end,value,unit,qualifier,status,quote"
    assert text.startswith(header + ",indicator_name_vi,indicator_name_en,family")
    read = pd.read_csv(io.StringIO(text))
    assert len(read) == n
    assert set(read["family"]) == {"e_services"}
    assert sorted(read["value"].dropna().round(6)) == sorted(want["value"].dropna().round(6))
    assert read["indicator_name_vi"].str.contains("dịch vụ công", case=False).any()


def test_filters_and_excel_option_reach_the_download(base_url, served_db, page):
    page.goto(f"{base_url}/data?lang=en")
    total_accepted = shown_count(page)
    page.check("#data-status input[value='needs_review']")
    want = expected_rows(served_db, statuses=["accepted", "corrected", "needs_review"])
    page.wait_for_function(
        f"() => document.querySelector('#data-count').getAttribute('data-rows') === '{len(want)}'"
    )
    assert len(want) >= total_accepted
    page.check("#data-excel-vi input")
    data = download_csv(page)
    assert data.startswith(b"\xef\xbb\xbf")
    read = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", sep=";", decimal=",")
    assert len(read) == len(want)
    assert read["value"].dtype == "float64"
    assert sorted(read["value"].dropna().round(6)) == sorted(want["value"].dropna().round(6))
