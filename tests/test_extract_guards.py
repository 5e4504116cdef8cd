"""Sentences the rules added for the probe rounds must not misread (from reviews of them).

Each case names the accepted rows it must give and the readings it must not give; written for
the project from the genre's usual phrasings (not copied from any page).
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract import extract_text

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Đến hết tháng 12/2024, thuê bao băng rộng cố định đạt 25,2 triệu, mật độ 24,8 thuê "
        "bao/100 dân; thuê bao băng rộng di động đạt 91,9 triệu, mật độ 90,6 thuê bao/100 dân.",
        "2025-01-10",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "2024-12-31", 24.8),
            ("mobile_broadband_subscriptions_per_100", "national", "2024-12-31", 90.6),
        ],
        [("mobile_broadband_subscriptions_per_100", 24.8)],
        id="a density is of the subscriptions its own sentence counted just before",
    ),
    pytest.param(
        "Trong tháng 3/2025, Cổng Dịch vụ công quốc gia tiếp nhận 1.526.310 hồ sơ (lũy kế: "
        "58.203.119 hồ sơ), thanh toán trực tuyến 3,2 triệu giao dịch.",
        "2025-04-10",
        [("online_payments_count_new", "national", "2025-03-31", 3200000)],
        [("online_payments_count", 3200000)],
        id="a running total in a closed bracket does not make the next figure one",
    ),
    pytest.param(
        "Bảng 1. Kết quả thanh toán trực tuyến tháng 3/2025\n"
        "| Chỉ tiêu | Khối bộ, ngành | Khối địa phương | Tổng cộng |\n"
        "| Số giao dịch thanh toán trực tuyến | 1.200.000 | 2.000.000 | 3.200.000 |",
        "2025-04-10",
        [],
        [("online_payments_count", 3200000)],
        id="a 'Tổng cộng' column sums the row; it is no running total",
    ),
    pytest.param(
        "Tháng 12/2024, ghi nhận 95 cuộc tấn công mạng (tháng 11: 88) vào hệ thống thông tin.",
        "2025-01-10",
        [
            ("cyberattacks", "national", "2024-12-31", 95),
            ("cyberattacks", "national", "2024-11-30", 88),
        ],
        [],
        id="a bracketed 'tháng 11: 88' is a value, not an item number",
    ),
    pytest.param(
        "Trung tâm dữ liệu quốc gia số 1 đặt tại thành phố Hà Nội đã chính thức đi vào hoạt động.\n"
        "Đến nay, tỷ lệ hồ sơ trực tuyến toàn trình đạt 45%.",
        "2025-01-10",
        [("online_dossier_full_process_rate", "national", "2025-01-10", 45)],
        [],
        id="a national centre located in a city does not make the page the city's",
    ),
    pytest.param(
        "Kinh tế số đóng góp lớn: nhóm ngành công nghệ thông tin toàn quốc tăng trưởng mạnh, Sở "
        "TT&TT tổ chức hội nghị tại Đà Nẵng.\nTỷ lệ hồ sơ trực tuyến toàn trình đạt 45%.",
        "2025-01-10",
        [("online_dossier_full_process_rate", "national", "2025-01-10", 45)],
        [],
        id="'nhóm ngành … toàn quốc' is the country, not a ranking",
    ),
    pytest.param(
        "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang, kể cả vùng nông thôn, đạt 82,5%.",
        "2025-01-10",
        [("ftth_household_rate", "national", "2025-01-10", 82.5)],
        [],
        id="a rate that includes rural areas is not the rural part",
    ),
    pytest.param(
        "Từ tháng 1 đến hết tháng 3, Cổng Dịch vụ công quốc gia tiếp nhận 4,2 triệu hồ sơ trực "
        "tuyến.",
        "2025-04-10",
        [("national_portal_dossiers_new", "national", "2025-03-31", 4200000)],
        [("national_portal_dossiers", 4200000)],
        id="the end of a range of months is not a level's date",
    ),
    pytest.param(
        "Năm 2024, Cổng Dịch vụ công quốc gia ghi nhận 3,9 triệu giao dịch thanh toán trực tuyến "
        "với tổng số tiền 3.500 tỷ đồng (năm 2023: 3,46 triệu giao dịch).",
        "2025-01-10",
        [("online_payments_count_new", "national", "2023-12-31", 3460000)],
        [("online_payments_value_new", 3460000)],
        id="an earlier count in brackets restates the count, not the amount",
    ),
    pytest.param(
        "Bộ trưởng nhấn mạnh: kết quả năm 2024 là nền tảng để bứt phá\n"
        "Cổng Dịch vụ công quốc gia đã tiếp nhận 96 triệu hồ sơ, thực hiện 9,6 triệu giao dịch "
        "thanh toán trực tuyến.",
        "2025-03-10",
        [("online_payments_count", "national", "2025-03-10", 9600000)],
        [("online_payments_count_new", 9600000)],
        id="a quotation naming a year is no report title",
    ),
    pytest.param(
        "Sau Thái Lan, đến lượt Việt Nam thương mại hóa 5G. Tỷ lệ thuê bao sử dụng smartphone tại "
        "quốc gia này đạt 84%.",
        "2025-01-10",
        [("smartphone_subscriber_rate", "national", "2025-01-10", 84)],
        [],
        id="'quốc gia này' after Việt Nam is Việt Nam",
    ),
    pytest.param(
        "Các tiêu chí của thành phố thông minh được Bộ Xây dựng ban hành, áp dụng cho các đô thị.\n"
        "Đến nay, tỷ lệ hồ sơ trực tuyến toàn trình đạt 45%.",
        "2025-01-10",
        [("online_dossier_full_process_rate", "national", "2025-01-10", 45)],
        [],
        id="'của thành phố thông minh' is no provincial page",
    ),
    pytest.param(
        "Năm 2024, ở khối Bộ, ngành, Bộ Công Thương dẫn đầu với 1,488 triệu hồ sơ trực tuyến "
        "toàn trình, chiếm 83,48%.",
        "2025-01-10",
        [],
        [("online_dossier_full_process_rate", 83.48)],
        id="the share of one ministry's count is that ministry's",
    ),
    pytest.param(
        "Tỷ lệ hồ sơ trực tuyến toàn trình của bộ, ngành và địa phương tương ứng là 51,3% và "
        "42,1%; 85% thuê bao di động dùng smartphone.",
        "2024-07-10",
        [
            ("online_dossier_full_process_rate", "ministries", "2024-07-10", 51.3),
            ("online_dossier_full_process_rate", "localities", "2024-07-10", 42.1),
            ("smartphone_subscriber_rate", "national", "2024-07-10", 85),
        ],
        [],
        id="a run of levels ends where a value with a noun of its own opens the next clause",
    ),
    # cities named in a sentence: a meeting's or a dateline's place, a city below its province,
    # a list of cities with their figures (a184f13)
    pytest.param(
        "Tại Hội thảo diễn ra ở thành phố Đà Nẵng, Cục Viễn thông cho biết tháng 12/2024, tốc độ băng "
        "rộng di động của Việt Nam đạt 72,3 Mbps; băng rộng cố định đạt 185,6 Mbps.",
        "2025-01-14",
        [
            ("mobile_broadband_speed", "national", "2024-12-31", 72.3),
            ("fixed_broadband_speed", "national", "2024-12-31", 185.6),
        ],
        [],
        id="a workshop's city is where it was said",
    ),
    pytest.param(
        "Phát biểu tại hội nghị tổ chức ở thành phố Vinh (Nghệ An), lãnh đạo Bộ Công an cho biết: tính "
        "đến ngày 1/12/2024, cả nước đã kích hoạt hơn 62 triệu tài khoản định danh điện tử.",
        "2024-12-03",
        [("vneid_activated_accounts", "national", "2024-12-01", 62000000)],
        [],
        id="a city below a province, named as a meeting's place, keeps the country's figure",
    ),
    pytest.param(
        "Sau thành phố Thủ Dầu Một, đến nay toàn tỉnh Bình Dương có 300 trạm 5G. Từ mô hình tại thành "
        "phố Biên Hòa, tính đến tháng 5/2024 tỷ lệ hồ sơ trực tuyến của tỉnh Đồng Nai đạt 75%.",
        "2024-06-20",
        [
            ("fiveg_bts_count", "Bình Dương", "2024-06-20", 300),
            ("online_dossier_rate", "Đồng Nai", "2024-05-31", 75),
        ],
        [],
        id="a city named before its province's figure leaves the figure the province's",
    ),
    pytest.param(
        "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Quảng Ninh đạt 92,6%. Riêng thành phố Hạ Long, tỷ lệ "
        "hồ sơ trực tuyến lên tới 97,2%.",
        "2025-01-09",
        [("online_dossier_rate", "Quảng Ninh", "2024-12-31", 92.6)],
        [("online_dossier_rate", 97.2)],
        id="a city's own figure is not its province's",
    ),
    pytest.param(
        "Theo đó, tốc độ băng rộng cố định tại thành phố Hồ Chí Minh tháng 5/2024 đạt 110 Mbps, trong "
        "khi tốc độ chung của Việt Nam là 97 Mbps.",
        "2024-06-20",
        [
            ("fixed_broadband_speed", "Hồ Chí Minh", "2024-05-31", 110),
            ("fixed_broadband_speed", "national", "2024-05-31", 97),
        ],
        [],
        id="a clause naming the country owns its figure",
    ),
    pytest.param(
        "Tháng 5/2024: TP. Hồ Chí Minh có 96% hộ gia đình dùng cáp quang, Hà Nội 95%, Đà Nẵng 93%.",
        "2024-06-20",
        [
            ("ftth_household_rate", "Hồ Chí Minh", "2024-05-31", 96),
            ("ftth_household_rate", "Hà Nội", "2024-05-31", 95),
            ("ftth_household_rate", "Đà Nẵng", "2024-05-31", 93),
        ],
        [],
        id="a place listed right before its figure owns it",
    ),
    pytest.param(
        "Tính đến tháng 5/2024, cả nước có 7.000 trạm 5G, trong đó TP. Hồ Chí Minh có 1.500 trạm, "
        "Hà Nội có 1.400 trạm.",
        "2024-06-20",
        [
            ("fiveg_bts_count", "national", "2024-05-31", 7000),
            ("fiveg_bts_count", "Hồ Chí Minh", "2024-05-31", 1500),
            ("fiveg_bts_count", "Hà Nội", "2024-05-31", 1400),
        ],
        [],
        id="a province named after 'trong đó' has its own count",
    ),
    pytest.param(
        "TP. Hồ Chí Minh, ngày 19/6/2024 - Cục Viễn thông cho biết tháng 5/2024 tốc độ băng rộng "
        "cố định của Việt Nam đạt 97,6 Mbps, di động đạt 55 Mbps.",
        "2024-06-20",
        [
            ("fixed_broadband_speed", "national", "2024-05-31", 97.6),
            ("mobile_broadband_speed", "national", "2024-05-31", 55),
        ],
        [],
        id="a dateline's city is where the text was written",
    ),
    # from the review of the stop after (rules of a184f13..4f6f8c1)
    pytest.param(
        "Trong tháng 6/2024, Cổng Dịch vụ công quốc gia tiếp nhận 1,2 triệu hồ sơ trực tuyến, lũy kế tính đến ngày 30/6/2024 là 8 triệu hồ sơ.",
        "2024-07-10",
        [
            ("national_portal_dossiers_new", "national", "2024-06-30", 1200000),
            ("national_portal_dossiers", "national", "2024-06-30", 8000000),
        ],
        [],
        id="a flow keeps its month; the running total after it takes the day",
    ),
    pytest.param(
        "Trong quý II/2024, cả nước phát hiện 1.200 cuộc tấn công mạng, đưa tổng số cuộc tấn công tính đến ngày 30/6/2024 lên 5.000 cuộc.",
        "2024-07-10",
        [
            ("cyberattacks", "national", "2024-06-30", 1200),
            ("cyberattacks", "national", "2024-06-30", 5000),
        ],
        [],
        id="a quarter's count is not dated to the total's day",
    ),
    pytest.param(
        "Theo số liệu đo kiểm của hãng Ookla, tốc độ băng rộng di động tháng 6/2024 đạt 52,3 Mbps.",
        "2024-07-10",
        [("mobile_broadband_speed", "national", "2024-06-30", 52.3)],
        [],
        id="'của hãng Ookla' cites the source; it is no vendor's own figure",
    ),
    pytest.param(
        "Tốc độ băng rộng di động tháng 6/2024 xếp thứ 3 trong các nước ASEAN với 52 Mbps.",
        "2024-07-10",
        [("mobile_broadband_speed", "national", "2024-06-30", 52)],
        [],
        id="a region the country ranks among is no other country",
    ),
    pytest.param(
        "Theo Đề án 06, đến hết năm 2023, Bộ Công an đã cấp 85 triệu thẻ căn cước công dân gắn chip.",
        "2024-07-10",
        [("chip_id_cards_issued", "national", "2023-12-31", 85000000)],
        [],
        id="a programme's result ('đã cấp') is no aim",
    ),
    pytest.param(
        "Số hồ sơ trực tuyến toàn trình tăng mạnh với tỷ lệ 25% so với cùng kỳ. Hồ sơ trực tuyến toàn trình quá hạn có tỷ lệ 2%.",
        "2024-07-10",
        [],
        [("online_dossier_full_process_rate", 25), ("online_dossier_full_process_rate", 2)],
        id="a change or a late share is no full-process rate",
    ),
    pytest.param(
        "Tỷ lệ hồ sơ trực tuyến toàn trình tháng 6/2024 giảm còn 38,2%, chưa đạt chỉ tiêu đề ra.",
        "2024-07-10",
        [("online_dossier_full_process_rate", "national", "2024-06-30", 38.2)],
        [],
        id="'giảm còn …, chưa đạt chỉ tiêu' is the rate fallen to",
    ),
    pytest.param(
        "Cả nước còn khoảng 10 triệu căn cước công dân chưa gắn chip cần cấp đổi.",
        "2024-07-10",
        [],
        [("chip_id_cards_issued", 10000000)],
        id="cards without a chip are no chip cards",
    ),
    pytest.param(
        "Tỷ lệ dịch vụ công được cung cấp trực tuyến có phát sinh hồ sơ đạt 45%.",
        "2024-07-10",
        [],
        [("dvctt_rate", 45)],
        id="services with dossiers are not the online-services rate",
    ),
    pytest.param(
        "Trong 6 tháng đầu năm 2024, Cổng Dịch vụ công quốc gia ghi nhận 5 triệu giao dịch thanh toán trực tuyến, tăng 25% so với cùng kỳ, tương ứng hơn 300 tỷ đồng.",
        "2024-07-10",
        [("online_payments_count_new", "national", "2024-06-30", 5000000)],
        [("online_payments_value_new", 300)],
        id="the money an increase comes to is no payments' value",
    ),
    pytest.param(
        "Cả nước tiếp nhận 1,2 triệu hồ sơ trực tuyến toàn trình, tương ứng 45%; 58% hộ gia đình đã có cáp quang.",
        "2024-07-10",
        [("ftth_household_rate", "national", "2024-07-10", 58)],
        [],
        id="a finished run does not swallow the next clause",
    ),
    pytest.param(
        "Kết quả cụ thể như sau:\n1. Tỷ lệ hồ sơ trực tuyến toàn trình:\n- Bộ, ngành: 61,3%\n- Địa phương: 45,2%\n2. Tỷ lệ này trong tháng 5/2024:\n- Bộ, ngành: 58%\n- Địa phương: 40%",
        "2024-07-10",
        [
            ("online_dossier_full_process_rate", "ministries", "2024-05-31", 58),
            ("online_dossier_full_process_rate", "localities", "2024-05-31", 40),
        ],
        [],
        id="a heading naming the rate back keeps its items",
    ),
    pytest.param(
        "Cả nước có 7.000 trạm 5G, trong đó các tỉnh Hà Nội, Đà Nẵng có 3.500 trạm.",
        "2024-07-10",
        [("fiveg_bts_count", "national", "2024-07-10", 7000)],
        [("fiveg_bts_count", 3500)],
        id="two provinces' sum is no one province's count",
    ),
    pytest.param(
        "95% hồ sơ được ký số và trả kết quả hoàn toàn trên môi trường mạng.",
        "2024-07-10",
        [],
        [("online_dossier_full_process_rate", 95)],
        id="signing and results online is not the whole process",
    ),
    pytest.param(
        "Với Hàn Quốc, Việt Nam là đối tác quan trọng; kinh tế số chiếm 18,3% GDP năm 2023.",
        "2024-07-10",
        [("digital_economy_gdp_share", "national", "2023-12-31", 18.3)],
        [],
        id="'Với <nước>,' opens on a partner, not the figures' owner",
    ),
    pytest.param(
        "Năm nay, số người dùng Mobile Money đạt 4 triệu; năm sau số người dùng sẽ đạt 10 triệu.",
        "2023-11-20",
        [("mobile_money_customers", "national", "2023-11-20", 4000000)],
        [("mobile_money_customers", 10000000)],
        id="what a figure will reach is a forecast, though 'đạt' is read with the number",
    ),
    pytest.param(
        "Các bên cùng tìm giải pháp để sang năm 2023, số lượng người dùng Mobile Money chạm "
        "ngưỡng 10 triệu tài khoản.",
        "2022-10-06",
        [],
        [("mobile_money_customers", 10000000)],
        id="next year's figure ('sang năm 2023') is an aim",
    ),
    pytest.param(
        "Trong tháng 1/2026, tốc độ tải xuống trung bình của 5G toàn quốc đạt 594,81 Mbps, nhanh "
        "hơn 52% so tốc độ tải xuống 391,05 Mbps của tháng 12/2025. Tháng 1/2026, tốc độ di động đạt "
        "150,2 Mbps, nhanh hơn 5% so với 143,1 Mbps của tháng 12/2025.",
        "2026-02-10",
        [
            ("mobile_broadband_speed", "national", "2026-01-31", 150.2),
            ("mobile_broadband_speed", "national", "2025-12-31", 143.1),
        ],
        [("mobile_broadband_speed", 594.81), ("mobile_broadband_speed", 391.05)],
        id="a speed compared with a 5G speed is a 5G speed too",
    ),
    pytest.param(
        "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45%, vượt kỳ vọng. Nếu giữ đà này, tỷ lệ có thể đạt "
        "55% vào cuối năm; số tài khoản VNeID được kỳ vọng đạt 70 triệu, nhằm đạt 100% người "
        "trưởng thành có tài khoản.",
        "2024-07-10",
        [("online_dossier_full_process_rate", "national", "2024-07-10", 45)],
        [
            ("online_dossier_full_process_rate", 55),
            ("vneid_activated_accounts", 70000000),
        ],
        id="what a figure could, is hoped to or is meant to reach is no value",
    ),
    pytest.param(
        "Tỷ lệ dân số được phủ sóng 5G đạt 91,2%. Để đạt con số này, các doanh nghiệp đã đưa vào "
        "khai thác 8.512 trạm BTS 5G.",
        "2025-07-09",
        [
            ("fiveg_population_coverage_rate", "national", "2025-07-09", 91.2),
            ("fiveg_bts_count", "national", "2025-07-09", 8512),
        ],
        [],
        id="what was done to reach a figure named back is a result",
    ),
    pytest.param(
        "Tỷ lệ hồ sơ trực tuyến toàn trình đã đạt 48%, trong khi năm 2023 chỉ là 20%.",
        "2024-07-10",
        [
            ("online_dossier_full_process_rate", "national", "2024-07-10", 48),
            ("online_dossier_full_process_rate", "national", "2023-12-31", 20),
        ],
        [],
        id="a contrast ('trong khi') opens a clause: its period is not the figure before's",
    ),
    pytest.param(
        "Tỷ lệ hồ sơ trực tuyến đạt 60%, còn năm ngoái chỉ đạt 41%.",
        "2024-07-10",
        [
            ("online_dossier_rate", "national", "2024-07-10", 60),
            ("online_dossier_rate", "national", "2023-12-31", 41),
        ],
        [],
        id="a contrast (', còn') opens a clause: its period is not the figure before's",
    ),
    pytest.param(
        "Nếu như năm 2019 tỷ lệ hồ sơ trực tuyến toàn trình mới đạt 5% thì đến nay đã đạt 48%.",
        "2024-07-10",
        [
            ("online_dossier_full_process_rate", "national", "2019-12-31", 5),
            ("online_dossier_full_process_rate", "national", "2024-07-10", 48),
        ],
        [],
        id="'Nếu như … thì đến nay …' compares two times of one figure",
    ),
    pytest.param(
        "Tỷ lệ hồ sơ trực tuyến toàn trình không đạt 30% như kỳ vọng.",
        "2024-07-10",
        [],
        [("online_dossier_full_process_rate", 30)],
        id="a mark not reached ('không đạt') is no value",
    ),
    pytest.param(
        "Tỷ lệ hồ sơ trực tuyến toàn trình đã đạt 48%, trong khi năm 2023 chỉ là 20%. Tỷ lệ hồ sơ "
        "trực tuyến đạt 60%.",
        "2024-07-10",
        [("online_dossier_rate", "national", "2024-07-10", 60)],
        [],
        id="the time a figure is weighed against does not carry to the next sentence",
    ),
    pytest.param(
        "Theo kế hoạch, tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 là 50%; thực tế đến nay đạt 48%.",
        "2024-07-10",
        [("online_dossier_full_process_rate", "national", "2024-07-10", 48)],
        [("online_dossier_full_process_rate", 50)],
        id="the result after a plan ('; thực tế đến nay đạt') is the plan's figure",
    ),
    pytest.param(
        "Chỉ tiêu tỷ lệ hồ sơ trực tuyến: kế hoạch 50%, thực hiện 48%. Tỷ lệ hồ sơ có kết quả "
        "giải quyết điện tử năm nay phấn đấu đạt 40%, hiện đạt 35%.",
        "2024-07-10",
        [
            ("online_dossier_rate", "national", "2024-07-10", 48),
            ("e_result_rate", "national", "2024-07-10", 35),
        ],
        [("online_dossier_rate", 50), ("e_result_rate", 40)],
        id="'kế hoạch N, thực hiện M' and 'phấn đấu đạt N, hiện đạt M': the plan, then the result",
    ),
    pytest.param(
        "Ở khu vực nông thôn, tỷ lệ hộ gia đình có cáp quang đạt 70%. Các tỉnh miền núi phía Bắc "
        "có tỷ lệ hộ gia đình có cáp quang thấp nhất, chỉ 60%. Cả nước có 85% hộ gia đình sử "
        "dụng cáp quang.",
        "2024-07-10",
        [("ftth_household_rate", "national", "2024-07-10", 85)],
        [("ftth_household_rate", 70), ("ftth_household_rate", 60)],
        id="a part of the country (rural areas, a region's provinces) is not the country",
    ),
    pytest.param(
        "Trong khu vực Tây Nguyên, Kon Tum dẫn đầu với tỷ lệ hồ sơ trực tuyến toàn trình 52,4%. "
        "Ở khu vực miền núi, tính đến ngày 30/6/2024, toàn tỉnh Nghệ An còn 64 thôn chưa có sóng "
        "di động.",
        "2024-07-10",
        [
            ("online_dossier_full_process_rate", "Kon Tum", "2024-07-10", 52.4),
            ("villages_without_mobile_coverage", "Nghệ An", "2024-06-30", 64),
        ],
        [],
        id="a province named in a region's scene, or the whole province, owns its figure",
    ),
    pytest.param(
        "Hà Nội có tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%, trong khi cả nước đạt 45%.",
        "2024-07-10",
        [
            ("online_dossier_full_process_rate", "Hà Nội", "2024-07-10", 60),
            ("online_dossier_full_process_rate", "national", "2024-07-10", 45),
        ],
        [],
        id="the country's figure after a province's goes on with its rate",
    ),
    pytest.param(
        "Số người dùng Internet tại Việt Nam đạt 78,44 triệu người, chiếm 79,1% dân số. Tỷ lệ thủ "
        "tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình đạt 55%.",
        "2024-07-10",
        [
            ("internet_users_rate", "national", "2024-07-10", 79.1),
            ("dvctt_full_process_rate", "national", "2024-07-10", 55),
        ],
        [],
        id="a share of the population after the users' count; procedures offered 'dưới hình thức'",
    ),
    pytest.param(
        "Bộ Thông tin và Truyền thông vừa công bố tình hình phát triển hạ tầng viễn thông và "
        "Internet của Việt Nam trong nửa đầu năm 2024 với nhiều kết quả đáng chú ý về mạng.\n"
        "Tốc độ băng rộng di động qua các tháng:\nTháng 4/2024: 50 Mbps\nTháng 5/2024: 52 Mbps",
        "2024-07-10",
        [
            ("mobile_broadband_speed", "national", "2024-04-30", 50),
            ("mobile_broadband_speed", "national", "2024-05-31", 52),
        ],
        [],
        id="a lead naming the figure over lines that give only a period and a value",
    ),
    pytest.param(
        "Tỷ lệ hồ sơ trực tuyến toàn trình năm 2022, 2023 và 6 tháng đầu năm 2024 lần lượt là "
        "20%, 35% và 45%.",
        "2024-07-10",
        [
            ("online_dossier_full_process_rate", "national", "2022-12-31", 20),
            ("online_dossier_full_process_rate", "national", "2023-12-31", 35),
            ("online_dossier_full_process_rate", "national", "2024-06-30", 45),
        ],
        [],
        id="listed years ending on a year's first months each take their value in turn",
    ),
    pytest.param(
        "Số thuê bao băng rộng di động tăng 2,3% so với cùng kỳ, đạt 90 triệu. Tỷ lệ hồ sơ trực "
        "tuyến toàn trình tăng thêm 5 điểm phần trăm, lên 45%.",
        "2024-07-10",
        [
            ("mobile_broadband_subscriptions", "national", "2024-07-10", 90000000),
            ("online_dossier_full_process_rate", "national", "2024-07-10", 45),
        ],
        [("mobile_broadband_subscriptions", 2.3), ("online_dossier_full_process_rate", 5)],
        id="the level a change comes to ('tăng 2,3% …, đạt 90 triệu') keeps the figure's name",
    ),
    pytest.param(
        "Trong quý II/2024, tỷ lệ hồ sơ xử lý trực tuyến cả nước là 58,1%, so với 52,6% của quý "
        "I/2024. Tính đến hết tháng 10/2024, cơ quan thuế đã xử lý 8,26 tỷ hóa đơn điện tử, so với "
        "5,43 tỷ hóa đơn vào cùng thời điểm năm 2023.",
        "2024-11-12",
        [
            ("online_dossier_rate", "national", "2024-06-30", 58.1),
            ("online_dossier_rate", "national", "2024-03-31", 52.6),
            ("e_invoices_total", "national", "2024-10-31", 8260000000),
            ("e_invoices_total", "national", "2023-10-31", 5430000000),
        ],
        [],
        id="a value compared with names its own time after it: a quarter, the same day",
    ),
    pytest.param(
        "Năm 2024, tỷ lệ người sử dụng Internet ước đạt 79,1% dân số, so với 78,6% của năm trước.",
        "2025-01-08",
        [
            ("internet_users_rate", "national", "2024-12-31", 79.1),
            ("internet_users_rate", "national", "2023-12-31", 78.6),
        ],
        [],
        id="a value compared with 'của năm trước' is the year before's",
    ),
    pytest.param(
        "Đến ngày 30/6/2024, số tài khoản VNeID đã kích hoạt đạt 56,2 triệu. Cùng thời điểm năm "
        "trước, số tài khoản VNeID được kích hoạt mới dừng ở 37,1 triệu. Cũng đến thời điểm này, "
        "đã cấp 86,4 triệu thẻ căn cước công dân gắn chip.",
        "2024-07-05",
        [
            ("vneid_activated_accounts", "national", "2024-06-30", 56200000),
            ("vneid_activated_accounts", "national", "2023-06-30", 37100000),
            ("chip_id_cards_issued", "national", "2024-06-30", 86400000),
        ],
        [],
        id="'Cùng thời điểm năm trước' shifts the day a year; 'Cũng đến thời điểm này' keeps it",
    ),
    pytest.param(
        "Kế hoạch chuyển đổi số năm 2025 đặt ra các chỉ tiêu:\n- 100% TTHC đủ điều kiện được "
        "cung cấp dưới dạng DVCTT toàn trình;\n- Tỷ lệ hồ sơ TTHC được cấp kết quả điện tử đạt "
        "100%.\nChỉ tiêu tỷ lệ hồ sơ xử lý trực tuyến được giao là 50%, kết quả cả năm đạt 55,38%.",
        "2025-03-01",
        [],
        [("full_process_provision_rate", 100), ("e_result_rate", 100), ("online_dossier_rate", 50)],
        id="the items under a lead that sets aims, and an aim 'được giao', are no values",
    ),
    pytest.param(
        "Tại phiên họp ngày 24/4/2024, mới có 41/53 dịch vụ công thiết yếu được cung cấp trực "
        "tuyến toàn trình. Số thôn được xóa lõm sóng trong năm là 654 thôn.",
        "2024-10-15",
        [("essential_services_full_process", "national", "2024-04-24", 41)],
        [("villages_without_mobile_coverage", 654)],
        id="what a meeting heard is of its day; villages taken out of dead zones are not those left",
    ),
    pytest.param(
        "Bộ Thông tin và Truyền thông vừa công bố tình hình phát triển dịch vụ công trực tuyến của "
        "Việt Nam trong năm 2025 với nhiều kết quả đáng chú ý về số hồ sơ phát sinh.\n"
        "Tỷ lệ DVCTT có phát sinh hồ sơ (%):\n- Tháng 4/2025: 55,9\n- Tháng 5/2025: 58,2\n"
        "Các bộ, ngành, địa phương tiếp tục rà soát, tái cấu trúc quy trình.",
        "2025-06-05",
        [
            ("dvctt_with_dossiers_rate", "national", "2025-04-30", 55.9),
            ("dvctt_with_dossiers_rate", "national", "2025-05-31", 58.2),
        ],
        [],
        id="a heading's '(%)' makes the bare numbers under it shares",
    ),
    pytest.param(
        "Nếu tỷ lệ hồ sơ trực tuyến toàn trình đạt 50% thì mỗi năm sẽ tiết kiệm hàng nghìn tỷ "
        "đồng. Giả sử 100% hộ gia đình có cáp quang, tốc độ sẽ tăng gấp đôi. Nếu năm 2022 tỷ lệ "
        "hồ sơ trực tuyến chỉ đạt 20% thì năm 2023 đã lên 35%.",
        "2024-07-10",
        [
            ("online_dossier_rate", "national", "2022-12-31", 20),
            ("online_dossier_rate", "national", "2023-12-31", 35),
        ],
        [("online_dossier_full_process_rate", 50), ("ftth_household_rate", 100)],
        id="a supposition ('Nếu … thì … sẽ', 'Giả sử') is no value; two times compared are",
    ),
]


@pytest.mark.parametrize("text,published,wanted,unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    """The case gives the rows it must and none of the readings it must not."""
    side = {"published": date.fromisoformat(published)}
    rows = extract_text(text, "guard.txt", "0" * 64, side).observations
    accepted = rows[rows["status"] == "accepted"]
    got = {
        (r.indicator, r.breakdown, str(r.period_end)[:10], round(float(r.value), 4))
        for r in accepted.itertuples()
    }
    for indicator, breakdown, end, value in wanted:
        assert (indicator, breakdown, end, round(float(value), 4)) in got, rows.to_string()
    read = {(r.indicator, round(float(r.value), 4)) for r in rows.itertuples()}
    for indicator, value in unwanted:
        assert (indicator, round(float(value), 4)) not in read, rows.to_string()


def test_a_yearless_day_before_an_estimated_date_goes_to_review():
    """A page dated only by what it reports ('hồi tháng 2/2021') cannot say which year '5/8' is."""
    text = (
        "Sau khi hoàn thành cơ sở dữ liệu quốc gia về dân cư hồi tháng 2/2021, Bộ Công an đã "
        "triển khai gắn số định danh cho công dân.\n\n"
        "Tính đến ngày 5/8, Bộ Công an đã cấp gần 68 triệu căn cước công dân gắn chip."
    )
    rows = extract_text(text, "undated.txt", "0" * 64, None).observations
    chips = rows[rows["indicator"] == "chip_id_cards_issued"]
    assert len(chips) == 1 and (chips["status"] == "needs_review").all(), rows.to_string()
