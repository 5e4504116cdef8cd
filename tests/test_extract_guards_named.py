"""What names a figure when its own clause does not: the measure before an increase ("…, nâng
tổng số lên …"), the city named in the paragraph before, a bare year after "trong", villages
that have the network or are not yet connected, the countries a survey ranks, a province's page
that opens on a time and ranks itself among the country.

Each case names the accepted rows it must give and the readings it must not give; written for
the project from the genre's usual phrasings (not copied from any page).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_extract_guards import test_guard as assert_guard

from etl.extract import extract_text

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Trong quý III/2025, số trạm 5G trên cả nước tăng thêm khoảng 3.100, nâng tổng số lên "
        "15.240 trạm.",
        "2025-10-20",
        [("fiveg_bts_count", "national", "2025-09-30", 15_240)],
        [("fiveg_bts_count", 3_100)],
        id="the-level-an-increase-brings-the-measure-to",
    ),
    pytest.param(
        "Số giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) tăng mạnh, đạt 1,02 "
        "tỷ giao dịch trong 2024.",
        "2025-03-01",
        [("ndxp_transactions_period", "national", "2024-12-31", 1_020_000_000)],
        [],
        id="a-bare-year-after-trong",
    ),
    pytest.param(
        "Năm 2024, 99,1% thôn, bản có mạng di động băng rộng. Đến cuối tháng 6/2025, mạng viễn "
        "thông băng rộng đã phủ tới 99,4% thôn bản.",
        "2025-07-20",
        [
            ("villages_with_mobile_coverage_rate", "national", "2024-12-31", 99.1),
            ("villages_with_mobile_coverage_rate", "national", "2025-06-30", 99.4),
        ],
        [],
        id="villages-that-have-the-network",
    ),
    pytest.param(
        "Đến tháng 10/2024, toàn tỉnh Cao Bằng còn 96 thôn chưa được kết nối viễn thông.",
        "2024-11-02",
        [("villages_without_mobile_coverage", "Cao Bằng", "2024-10-31", 96)],
        [],
        id="villages-not-yet-connected",
    ),
    pytest.param(
        "Năm 2024, Chỉ số Chính phủ điện tử của Việt Nam tăng 15 bậc, khi Việt Nam lên vị trí "
        "thứ 71 trong tổng số 193 quốc gia được khảo sát.",
        "2024-12-28",
        [("egdi_rank", "national", "2024-12-31", 71)],
        [],
        id="the-countries-a-survey-ranks-are-no-respondents",
    ),
    pytest.param(
        "(PV) - Nghị quyết 57 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới "
        "sáng tạo và chuyển đổi số quốc gia được các bộ, ngành, địa phương triển khai sâu rộng, "
        "hiệu quả, với phương châm nhanh, mạnh nhưng bền vững, bảo đảm an ninh, an toàn; các "
        "ngành, địa phương đã chuyển từ thụ động tiếp nhận thủ tục hành chính sang chủ động phục "
        "vụ người dân, doanh nghiệp, từng bước hình thành nền tảng số cho phát triển.\n"
        "Sau một năm, thành phố Hải Phòng đã đạt nhiều kết quả.\n"
        "Từ đầu năm đến hết tháng 10/2025, tỷ lệ số hóa hồ sơ của thành phố đạt 81,4%; tỷ lệ hồ "
        "sơ cấp kết quả điện tử đạt 84,2%.",
        "2025-11-10",
        [("e_result_rate", "Hải Phòng", "2025-10-31", 84.2)],
        [],
        id="the-city-named-in-the-paragraph-before",
    ),
    pytest.param(
        "Trong những năm qua, Quảng Trị đã đạt nhiều kết quả tích cực về chuyển đổi số. Năm 2023, "
        "Quảng Trị đứng thứ ba toàn quốc về tỷ lệ kích hoạt định danh điện tử, xếp thứ 21/63 tỉnh, "
        "thành phố trên cả nước về chỉ số DTI.\nĐến nay, tỷ lệ hồ sơ trực tuyến toàn trình đạt "
        "42,6%.",
        "2024-03-15",
        [("online_dossier_full_process_rate", "Quảng Trị", "2024-03-15", 42.6)],
        [],
        id="a-provinces-page-that-ranks-itself-among-the-country",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)


def test_an_i_speed_mean_yields_to_a_median_read_at_the_same_time():
    """Speedtest's median "now" and VNNIC's mean for the month before it: the catalog's speed is
    the median; the mean waits in review. Alone, a VNNIC figure is the country's speed."""
    text = (
        "Theo Ookla, tốc độ Internet cố định tháng 11/2024 đạt 150,2 Mbps, hiện đã lên 158,4 Mbps.\n"
        "Còn theo số liệu của VNNIC, tốc độ Internet cố định trong tháng 12/2024 là 129,6 Mbps.\n"
    )
    meta = {"published": date(2025, 1, 15)}
    rows = extract_text(text, "s.txt", "0" * 64, meta).observations.set_index("value")
    assert rows.loc[158.4, "status"] == "accepted", rows.to_string()
    assert rows.loc[129.6, "status"] == "needs_review", rows.to_string()
    alone = extract_text(text.split("\n", 1)[1], "t.txt", "0" * 64, meta).observations
    assert alone[["value", "status"]].values.tolist() == [[129.6, "accepted"]]
