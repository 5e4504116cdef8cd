"""Digital economy and society in press wording, each written anew for the project (not copied
from any page): "96% người dùng Internet truy cập hàng ngày" is a share of the users, not the users'
share of the people; "Nhờ 5G, tốc độ … băng rộng di động … đạt 143,8 Mbps" is the country's mobile
speed, not 5G's alone; "Đắk Nông có tỷ trọng thấp nhất, chỉ 2,1% GRDP" names the digital economy's
share back; "tỷ lệ người dân Cà Mau sử dụng Internet" is that province's; a figure joined on with
", với" after one ministry's ("tại Bộ Tài chính đạt 95%, với 100% dịch vụ công …") is that
ministry's too.

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Kết quả khảo sát cho thấy 73% người trưởng thành sử dụng smartphone, 96% người dùng "
        "Internet truy cập hàng ngày với thời gian trung bình 6 giờ 18 phút.",
        "2024-10-02",
        [],
        [("internet_users_rate", 96)],
        id="a-share-of-the-users-is-not-the-users-share",
    ),
    pytest.param(
        "Nhờ 5G, tốc độ truy cập băng rộng di động của Việt Nam trong tháng 7/2025 đạt 143,8 Mbps.",
        "2025-08-20",
        [("mobile_broadband_speed", "national", "2025-07-31", 143.8)],
        [],
        id="what-a-speed-owes-to-5g-is-not-5g-s-speed",
    ),
    pytest.param(
        "Kết quả đo lường kinh tế số cấp tỉnh năm 2023 cho thấy sự chênh lệch lớn. Dẫn đầu là "
        "Thái Nguyên với tỷ trọng kinh tế số trong GRDP đạt 43,6%. Ở chiều ngược lại, Đắk Nông có "
        "tỷ trọng thấp nhất, chỉ 2,1% GRDP.",
        "2024-09-10",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "2023-12-31", 43.6),
            ("digital_economy_gdp_share", "Đắk Nông", "2023-12-31", 2.1),
        ],
        [],
        id="the-share-named-back-as-the-lowest",
    ),
    pytest.param(
        "Đến cuối năm 2024, tỷ lệ người dân Cà Mau sử dụng Internet đạt 82,3%.",
        "2025-01-20",
        [("internet_users_rate", "Cà Mau", "2024-12-31", 82.3)],
        [],
        id="a-province-s-people-named-bare",
    ),
    pytest.param(
        "Cũng trong năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến tại Bộ Tài "
        "chính đạt 95%, với 100% dịch vụ công đủ điều kiện được cung cấp toàn trình.",
        "2025-01-15",
        [],
        [("online_dossier_rate", 95), ("full_process_provision_rate", 100)],
        id="a-figure-joined-on-after-one-ministry-s",
    ),
    pytest.param(
        "Theo đó, tốc độ tải xuống và tải lên trung bình của băng rộng cố định tháng 9/2024 lần "
        "lượt là 141,42 Mbps và 133,05 Mbps. Với mạng di động, các con số tương ứng là 68,91 Mbps "
        "và 24,17 Mbps.",
        "2024-10-08",
        [
            ("fixed_broadband_speed", "national", "2024-09-30", 141.42),
            ("mobile_broadband_speed", "national", "2024-09-30", 68.91),
        ],
        [("fixed_broadband_speed", 68.91)],
        id="the-other-network-s-figures-named-back",
    ),
    # the last dead-zone villages covered, fibre "hóa" to households, the world's medians
    pytest.param(
        "Đến nay, 100% thôn, bản trên địa bàn tỉnh Lai Châu đã có sóng di động, sau khi 41 thôn "
        "cuối cùng được phủ sóng trong năm 2024.\n\nNăm 2024, cáp quang hóa đến hộ gia đình cả "
        "nước đạt 83,2%. Theo Ookla, tháng 6/2024 tốc độ trung vị băng rộng di động của Việt Nam "
        "đạt 51,9 Mbps. Trên bình diện toàn cầu, tốc độ trung vị di động là 49,6 Mbps.",
        "2025-01-06",
        [
            ("villages_with_mobile_coverage_rate", "Lai Châu", "2025-01-06", 100),
            ("ftth_household_rate", "national", "2024-12-31", 83.2),
            ("mobile_broadband_speed", "national", "2024-06-30", 51.9),
        ],
        [("villages_without_mobile_coverage", 41), ("mobile_broadband_speed", 49.6)],
        id="the-last-villages-covered-fibre-brought-to-households-and-the-worlds-median",
    ),
    # a programme's base reviewed, and the villages left with an aside on what they take in
    pytest.param(
        "Kết quả thực hiện Chương trình phủ sóng (số liệu đến ngày 31/10/2024)\n"
        "- Tổng số thôn, bản có điện lưới nhưng chưa có sóng di động được rà soát: 1.702 thôn.\n"
        "- Số thôn, bản lõm sóng còn lại trên cả nước (gồm cả thôn có và chưa có điện lưới): "
        "985 thôn.",
        "2024-11-12",
        [("villages_without_mobile_coverage", "national", "2024-11-12", 985)],
        [("villages_without_mobile_coverage", 1702)],
        id="a-programmes-base-reviewed-and-the-villages-left-with-an-aside",
    ),
    # the digital economy's share, then its growth with the same subject
    pytest.param(
        "Năm 2024, kinh tế số của Việt Nam đóng góp khoảng 18,3% GDP, tốc độ tăng trưởng ở mức "
        "12,6%, gấp gần 2 lần tốc độ tăng GDP.",
        "2025-02-10",
        [
            ("digital_economy_gdp_share", "national", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "2024-12-31", 12.6),
        ],
        [],
        id="the-digital-economys-share-then-its-growth",
    ),
    # citizens aged 15 and over with an account; the Mobile Money accounts still in use
    pytest.param(
        "Đến cuối năm 2024, 86,97% công dân từ 15 tuổi trở lên có tài khoản ngân hàng. Số lượng "
        "tài khoản Mobile Money đang hoạt động đến cuối tháng 9/2025 là hơn 7,86 triệu, chiếm "
        "72,24% số tài khoản đăng ký.",
        "2025-11-02",
        [("adults_with_bank_account_rate", "national", "2024-12-31", 86.97)],
        [("mobile_money_customers", 7860000)],
        id="citizens-with-an-account-and-the-accounts-still-in-use",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
