"""The leadership pages in a real browser (Playwright driving Debian's Chromium, headless).

The app is served in a thread on a free 127.0.0.1 port against a database built from the
bundled reports in a temporary folder.
"""

from __future__ import annotations

import re

import pytest
from support import load_page, open_tab, require_chromium

pytestmark = pytest.mark.browser


sync_api = require_chromium()
expect = sync_api.expect


@pytest.fixture()
def page(browser):
    with open_tab(browser, 1366) as page:
        yield page


def open_page(page, url: str) -> None:
    load_page(page, url, idle=False)  # these tests wait for what they look at


def test_overview_shows_the_four_families_with_their_targets(page, base_url):
    open_page(page, f"{base_url}/?lang=vi")
    families = page.locator("section.family h2")
    expect(families.nth(0)).to_have_text("Dịch vụ công trực tuyến")
    expect(families.nth(1)).to_have_text("5G và hạ tầng băng rộng")
    expect(families.nth(2)).to_have_text("Chia sẻ dữ liệu NDXP")
    expect(families.nth(3)).to_have_text("An toàn, an ninh mạng")
    expect(families.nth(4)).to_have_text("Kinh tế số, xã hội số")
    card = page.locator("#card-dvctt_full_process_rate")
    expect(card).to_contain_text("48,28%")
    expect(card).to_contain_text("Chỉ tiêu: 80% đến 31/12/2024")
    expect(card).to_contain_text("Chỉ tiêu: 100% đến 31/12/2025")
    expect(page.locator("#card-dead_zone_villages_covered_rate")).to_contain_text(
        "Chỉ tiêu: 100% đến 30/11/2024"
    )
    expect(page.locator("#card-info_systems_level_approved_rate")).to_contain_text(
        "Chỉ tiêu: 100% đến 30/09/2024"
    )
    # no target in the reports: said plainly, trend and year-on-year instead
    attacks = page.locator("#card-cyberattacks")
    expect(attacks).to_contain_text("Chưa có chỉ tiêu trong báo cáo")
    expect(attacks).to_contain_text("so với cùng kỳ năm trước")
    expect(page.locator("#family-ndxp")).to_contain_text("Chưa có chỉ tiêu trong báo cáo")
    # every status is written in words, not colour alone
    for badge in page.locator(".card .badge-text").all()[:10]:
        assert badge.inner_text().strip()
    expect(page.locator("#fresh-newest")).to_contain_text("Báo cáo mới nhất")
    expect(page.locator("#stale-banner")).to_be_visible()


def test_clicking_a_card_opens_the_indicator_page(page, base_url):
    open_page(page, f"{base_url}/?lang=vi")
    page.locator("#card-dvctt_full_process_rate").click()
    page.wait_for_url(
        re.compile(r"/indicator\?id=dvctt_full_process_rate&breakdown=national&lang=vi")
    )
    expect(page.locator("h1.page-title")).to_have_text("Tỷ lệ dịch vụ công trực tuyến toàn trình")
    expect(page.locator("#ind-chart .scatterlayer .point").first).to_be_attached()
    expect(page.locator("#status-sentence")).to_contain_text(re.compile("cần", re.IGNORECASE))
    expect(page.locator("#ind-grid .ag-row").first).to_be_visible()


def test_a_copied_url_restores_the_view(page, base_url):
    open_page(page, f"{base_url}/indicator?id=dvctt_full_process_rate&breakdown=localities&lang=en")
    expect(page.locator("h1.page-title")).to_have_text("Full-process online public services")
    expect(page.locator("#bd-localities")).to_have_class(re.compile(r"\bactive\b"))
    expect(page.locator("#ind-latest")).to_contain_text("54.5")
    expect(page.locator("#nav-overview")).to_have_text("Overview")
    expect(page.locator("#lang-en")).to_have_class(re.compile(r"\bactive\b"))


def test_the_language_switch_changes_labels_and_number_format(page, base_url):
    open_page(page, f"{base_url}/?lang=vi")
    card = page.locator("#card-dvctt_full_process_rate")
    expect(card).to_contain_text("48,28%")
    expect(page.locator("#nav-overview")).to_have_text("Tổng quan")
    page.locator("#lang-en").click()
    page.wait_for_url(re.compile(r"lang=en"))
    expect(page.locator("#nav-overview")).to_have_text("Overview")
    expect(card).to_contain_text("48.28%")
    expect(card).to_contain_text("Target: 80% by 31 Dec 2024")
    expect(page.locator("#card-ndxp_transactions_cumulative")).to_contain_text("1.86 billion")
    # and back, on another page: the switch keeps the indicator and breakdown
    open_page(page, f"{base_url}/indicator?id=cyberattacks&breakdown=national&lang=en")
    page.locator("#lang-vi").click()
    page.wait_for_url(re.compile(r"id=cyberattacks&breakdown=national&lang=vi"))
    expect(page.locator("h1.page-title")).to_have_text("Số cuộc tấn công mạng gây sự cố")


def point_centre(page, index: int = -1) -> tuple[float, float]:
    points = page.locator("#ind-chart .scatterlayer .trace").first.locator(".point")
    points.first.wait_for(state="attached")
    box = points.nth(index if index >= 0 else points.count() - 1).bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def test_hovering_and_clicking_an_observation_shows_its_report_and_quote(page, base_url):
    open_page(page, f"{base_url}/indicator?id=cyberattacks&breakdown=national&lang=vi")
    x, y = point_centre(page)
    page.mouse.move(x, y)
    hover = page.locator("#ind-chart .hoverlayer .hovertext")
    expect(hover.first).to_contain_text("Báo cáo chuyển đổi số quốc gia tháng 02/2024")
    expect(hover.first).to_contain_text("862")
    page.mouse.click(x, y)
    detail = page.locator("#detail-card")
    expect(detail).to_contain_text("862")
    expect(detail).to_contain_text("tháng 02/2024")
    expect(detail).to_contain_text("Báo cáo chuyển đổi số quốc gia tháng 02/2024")
    expect(detail.locator("blockquote")).to_contain_text("862")
    expect(detail.locator("mark")).to_have_text("862")
    # the link opens the report with that sentence highlighted
    detail.locator("a.detail-link").click()
    page.wait_for_url(re.compile(r"/reports\?doc="))
    expect(page.locator("#quote-mark")).to_contain_text("862")


def test_an_indicator_without_data_renders_its_message(page, base_url):
    open_page(page, f"{base_url}/?lang=vi")
    expect(page.locator("#card-fiveg_population_coverage_rate")).to_contain_text(
        "Chưa có số liệu — thường có trong Báo cáo chuyển đổi số quốc gia hằng tháng"
    )
    page.locator("#card-fiveg_population_coverage_rate").click()
    page.wait_for_url(re.compile(r"id=fiveg_population_coverage_rate"))
    expect(page.locator("#no-data-message")).to_contain_text("mục Hạ tầng số")
    expect(page.locator("h1.page-title")).to_have_text("Tỷ lệ phủ sóng 5G theo dân số")
    assert page.locator("#ind-chart").count() == 0
    assert "Traceback" not in page.content()


def test_reports_page_highlights_a_selected_value(page, base_url):
    open_page(page, f"{base_url}/reports?lang=vi")
    expect(page.locator(".doc-item").first).to_be_visible()
    page.locator(".doc-item", has_text="tháng 02/2024").first.click()
    page.wait_for_url(re.compile(r"doc="))
    row = page.locator("#rep-grid .ag-center-cols-container .ag-row").first
    expect(row).to_be_visible()
    # On a loaded machine the grid may still be redrawing for the chosen report: let the
    # callbacks settle, and click again if the first click landed on the old rows.
    page.wait_for_load_state("networkidle")
    mark = page.locator("#quote-mark")
    for _ in range(3):
        row.click()
        try:
            expect(mark).to_be_visible(timeout=10_000)
            break
        except AssertionError:
            page.wait_for_load_state("networkidle")
    expect(mark).to_be_visible()
    assert len(mark.inner_text()) > 10


def test_method_page(page, base_url):
    open_page(page, f"{base_url}/method?lang=en")
    expect(page.locator(".method-text, .message").first).to_be_visible()
    expect(page.locator("#nav-method")).to_have_class(re.compile(r"\bactive\b"))
