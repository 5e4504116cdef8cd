"""Tables saved as text with spaces between their columns, or one space between their cells, each
written anew for the project (not copied from any page): columns two spaces apart over three lines
or more that end on numbers are a table ("Chỉ tiêu  Quý II/2023  Quý I/2023"), prose with stray
double spaces is not; a header ending on two periods over rows ending on as many numbers is a
table even with single spaces ("Chỉ tiêu Đơn vị tính Đến 31/12/2023 Đến 30/6/2024"), its unit
column split off each label; a bare "Tỷ lệ (%)" column is named by the column before it ("Hồ sơ
trực tuyến | Tỷ lệ (%)"); a row labelled "Tỷ lệ …" gives shares though its numbers are bare; a
header over several lines is one cell a column ("Thực hiện / 9 tháng / năm 2024"), a group's name
("DVCTT" over "Số | Tỷ lệ (%)") names each of its columns, and a label wrapped onto an indented
line belongs to the row above, as it does under a one-line header with a change column; dot
leaders ("Thái Nguyên ........ 42,92") stand between a label and its figure; measures under a
blank corner keep their header over two lines and a unit wrapped alone ("(%)"); a key-figure box
under a title in capitals sets each figure on the line over its label. A column that dates each
row or days down the rows under "Thời điểm" date their figures; a source column naming a vendor
and a notes column give none; "Đơn vị tính: …" under a caption scales its counts; "Cùng kỳ" is
the period a year before the column right before it; a caption's aside "(Kèm theo …)" leaves the
heading above it the caption; "Bộ, ngành (%)" names a level with its unit.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

from etl.normalize import normalize_text

GUARDS = [
    # rows whose labels name a share over bare numbers, a header naming no unit, a change and a
    # plan column after the periods
    pytest.param(
        "UBND TỈNH NGHỆ AN\nBÁO CÁO NHANH CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP QUÝ I/2025\n\n"
        "Chỉ số                                 Quý I/2025   Cùng kỳ 2024   Tăng/giảm (điểm %)   "
        "Kế hoạch 2025\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến              72,4          61,8             +10,6          85\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình         48,9          35,2             +13,7          60\n",
        "2025-04-10",
        [
            ("online_dossier_rate", "Nghệ An", "2025-03-31", 72.4),
            ("online_dossier_rate", "Nghệ An", "2024-03-31", 61.8),
            ("online_dossier_full_process_rate", "Nghệ An", "2025-03-31", 48.9),
            ("online_dossier_full_process_rate", "Nghệ An", "2024-03-31", 35.2),
        ],
        [("online_dossier_rate", 85), ("online_dossier_rate", 10.6)],
        id="shares-named-by-their-labels-over-bare-numbers",
    ),
    pytest.param(
        "Đà Nẵng: Kết quả chuyển đổi số quý III/2024\n\n"
        "Chỉ tiêu  Quý III/2024  Quý II/2024\n"
        "Tỷ lệ DVCTT toàn trình trên tổng số TTHC (%)  71,2  68,9\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình (%)  52,4  49,8\n",
        "2024-10-12",
        [
            ("dvctt_full_process_rate", "Đà Nẵng", "2024-09-30", 71.2),
            ("dvctt_full_process_rate", "Đà Nẵng", "2024-06-30", 68.9),
            ("online_dossier_full_process_rate", "Đà Nẵng", "2024-09-30", 52.4),
            ("online_dossier_full_process_rate", "Đà Nẵng", "2024-06-30", 49.8),
        ],
        [],
        id="columns-two-spaces-apart",
    ),
    pytest.param(
        "Bình Phước: Kết quả tiếp nhận hồ sơ trực tuyến tháng 5/2024\n\n"
        "Đơn vị    Tổng hồ sơ    Hồ sơ trực tuyến    Tỷ lệ (%)\n"
        "Toàn tỉnh    41.020    26.115    63,7\n"
        "Huyện Bù Đăng    3.114    1.432    46,0\n",
        "2024-06-04",
        [("online_dossier_rate", "Bình Phước", "2024-05-31", 63.7)],
        [("online_dossier_rate", 46.0)],
        id="a-bare-rate-column-with-its-percent-mark-named-by-the-column-before",
    ),
    # "Chỉ tiêu Đơn vị tính Đến 31/12/2024 Đến 31/3/2025" over rows ending on two numbers: the
    # header's periods date the columns, the unit column is split off each label.
    pytest.param(
        "SỐ LIỆU VIỄN THÔNG\n\nChỉ tiêu Đơn vị tính Đến 31/12/2023 Đến 30/6/2024\n"
        "Thuê bao băng rộng cố định Triệu thuê bao 22,1 22,8\n"
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh % 82,3 83,0\n"
        "Số trạm BTS 5G Trạm 120 1.450\n\nNguồn: Cục Viễn thông\n",
        "2024-07-15",
        [
            ("fixed_broadband_subscriptions", "national", "2023-12-31", 22100000),
            ("fixed_broadband_subscriptions", "national", "2024-06-30", 22800000),
            ("smartphone_subscriber_rate", "national", "2024-06-30", 83.0),
            ("fiveg_bts_count", "national", "2024-06-30", 1450),
        ],
        [],
        id="a-table-whose-cells-stand-one-space-apart",
    ),
    # "STT Chỉ tiêu Đơn vị Tháng 6/2023 6 tháng đầu năm 2023" over numbered rows with their
    # unit ("hồ sơ", "tỷ đồng"); "Chỉ tiêu Tháng 7/2023 Tháng 8/2023 So sánh" over rows ending
    # on the change: the periods date the columns, the comparison is no value.
    pytest.param(
        "BÁO CÁO tháng 6 và 6 tháng đầu năm 2023\n\nBảng 2. Một số chỉ số trên Cổng Dịch vụ công "
        "quốc gia\nSTT Chỉ tiêu Đơn vị Tháng 6/2023 6 tháng đầu năm 2023\n"
        "1 Hồ sơ trực tuyến nộp qua Cổng hồ sơ 1.200.000 6.800.000\n"
        "2 Giá trị thanh toán trực tuyến tỷ đồng 600,5 3.400,7\n\n"
        "SỐ LIỆU AN TOÀN THÔNG TIN MẠNG\nChỉ tiêu Tháng 7/2023 Tháng 8/2023 So sánh\n"
        "Tấn công mạng gây sự cố (cuộc) 900 870 -3,3%\n"
        "Địa chỉ IP thuộc mạng botnet (địa chỉ) 650.000 640.000 -1,5%\n",
        "2023-09-10",
        [
            ("national_portal_dossiers_new", "national", "2023-06-30", 1200000),
            ("online_payments_value_new", "national", "2023-06-30", 600.5),
            ("online_payments_value_new", "national", "2023-06-30", 3400.7),
            ("cyberattacks", "national", "2023-08-31", 870),
            ("botnet_ips", "national", "2023-07-31", 650000),
        ],
        [("cyberattacks", 3.3)],
        id="a-one-space-table-with-an-index-column-and-a-comparison-column",
    ),
    # "Khối Cấp kết quả điện tử Tái sử dụng dữ liệu" over "Bộ, ngành 80,4 % 35,0 %": each
    # number is its column's measure, not the last one named.
    pytest.param(
        "Bảng 1. Kết quả theo khối, quý III/2024\nKhối Cấp kết quả điện tử Tái sử dụng dữ liệu\n"
        "Bộ, ngành 81,4 % 36,0 %\nĐịa phương 68,1 % 29,5 %\n",
        "2024-10-08",
        [
            ("e_result_rate", "ministries", "2024-09-30", 81.4),
            ("data_reuse_rate", "ministries", "2024-09-30", 36.0),
            ("e_result_rate", "localities", "2024-09-30", 68.1),
        ],
        [("data_reuse_rate", 81.4)],
        id="a-one-space-table-under-a-header-of-measures",
    ),
    # a header over three lines, a row's label wrapped onto an indented line (stop 46)
    pytest.param(
        "UBND TỈNH QUẢNG NINH\nBáo cáo kết quả chuyển đổi số 9 tháng đầu năm 2024\n\n"
        "TT  Chỉ tiêu                              ĐVT   Kế hoạch    Thực hiện    Cùng kỳ\n"
        "                                                năm 2024    9 tháng      9 tháng\n"
        "                                                            năm 2024     năm 2023\n"
        "1   Tỷ lệ hồ sơ TTHC xử lý trực tuyến     %     85          78,64        69,12\n"
        "2   Tỷ lệ hồ sơ được cấp kết quả          %     100         96,25        91,40\n"
        "    giải quyết TTHC điện tử\n",
        "2024-10-08",
        [
            ("online_dossier_rate", "Quảng Ninh", "2024-09-30", 78.64),
            ("online_dossier_rate", "Quảng Ninh", "2023-09-30", 69.12),
            ("e_result_rate", "Quảng Ninh", "2024-09-30", 96.25),
        ],
        [("online_dossier_rate", 85)],
        id="a-header-over-three-lines-and-a-wrapped-label",
    ),
    # a group's name over its first column only, a blank corner over the levels' names
    pytest.param(
        "Bảng 1. Kết quả cung cấp DVCTT (tính đến 15/6/2024)\n"
        "                 Tổng số    DVCTT                 DVCTT toàn trình\n"
        "                 TTHC       Số       Tỷ lệ (%)    Số       Tỷ lệ (%)\n"
        "Bộ, ngành        1.812      1.503    82,9         951      52,5\n"
        "Địa phương       –          –        80,6         –        48,9\n"
        "Cả nước          –          –        81,2         –        50,1\n",
        "2024-06-20",
        [
            ("dvctt_rate", "ministries", "2024-06-15", 82.9),
            ("dvctt_full_process_rate", "localities", "2024-06-15", 48.9),
            ("dvctt_full_process_rate", "national", "2024-06-15", 50.1),
        ],
        [],
        id="a-group-s-name-over-its-first-column",
    ),
    # a header whose first cells stand two spaces apart, rows ending on a signed change, a label
    # wrapped onto the next line
    pytest.param(
        "BÁO CÁO TÌNH HÌNH THÁNG 01/2025\n\n"
        "STT  Chỉ tiêu                                        Tháng 12/2024   Tháng 01/2025   "
        "Tăng/giảm\n"
        "1    Số cuộc tấn công mạng gây sự cố vào các HTTT     619             512             "
        "-17,3%\n"
        "     tại Việt Nam (cuộc)\n"
        "2    Số địa chỉ IP nằm trong mạng botnet (địa chỉ)    361.044         352.118         "
        "-2,5%\n",
        "2025-02-07",
        [
            ("cyberattacks", "national", "2024-12-31", 619),
            ("cyberattacks", "national", "2025-01-31", 512),
            ("botnet_ips", "national", "2025-01-31", 352118),
        ],
        [],
        id="a-change-column-and-a-label-wrapped-under-a-narrow-header",
    ),
    # places listed with dot leaders under a caption naming the measure
    pytest.param(
        "Các địa phương dẫn đầu về tỷ trọng kinh tế số năm 2023 (%):\n"
        "1. Thái Nguyên .............. 42,92\n"
        "2. Bắc Giang ................ 31,87\n"
        "3. Bắc Ninh ................. 29,91\n\nNguồn: Tổng cục Thống kê.\n",
        "2024-11-05",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "2023-12-31", 42.92),
            ("digital_economy_gdp_share", "Bắc Ninh", "2023-12-31", 29.91),
        ],
        [],
        id="places-listed-with-dot-leaders",
    ),
    # measures under a blank corner, a header over two lines, a label's unit wrapped alone
    pytest.param(
        "UBND TỈNH THANH HÓA\nBÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ THÁNG 5 NĂM 2024\n\n"
        "                                     Tháng 5/2024   Lũy kế 5 tháng   Cùng kỳ 5 tháng\n"
        "                                                    năm 2024         năm 2023\n"
        "Tỷ lệ hồ sơ trực tuyến (%)           58,3           55,9             38,7\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình    27,4           25,1             14,6\n"
        "(%)\n",
        "2024-06-05",
        [
            ("online_dossier_rate", "Thanh Hóa", "2024-05-31", 58.3),
            ("online_dossier_rate", "Thanh Hóa", "2023-05-31", 38.7),
            ("online_dossier_full_process_rate", "Thanh Hóa", "2024-05-31", 27.4),
        ],
        [],
        id="measures-under-a-blank-corner-and-a-unit-wrapped-alone",
    ),
    # a key-figure box: each figure on the line over its label, under a title in capitals
    pytest.param(
        "ĐÀ NẴNG – CHUYỂN ĐỔI SỐ NĂM 2024 QUA NHỮNG CON SỐ\n\n21,5%\n"
        "Tỷ trọng kinh tế số trong GRDP của thành phố năm 2024\n\n91,4%\n"
        "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến năm 2024\n\n74,3%\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024\n\nThực hiện: Thanh Tâm\n",
        "2025-01-10",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "2024-12-31", 21.5),
            ("online_dossier_rate", "Đà Nẵng", "2024-12-31", 91.4),
            ("online_dossier_full_process_rate", "Đà Nẵng", "2024-12-31", 74.3),
        ],
        [("digital_economy_gdp_share", 91.4), ("online_dossier_rate", 74.3)],
        id="a-key-figure-box-figures-over-labels",
    ),
    # a key-figure box whose labels are the nouns the figures are shares of
    pytest.param(
        "CHÍNH PHỦ SỐ 2024 – NHỮNG CON SỐ ẤN TƯỢNG\n\n45,8%\n"
        "người dân trưởng thành sử dụng dịch vụ công trực tuyến\n\n82,9%\n"
        "thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến\n\n86,7%\n"
        "dịch vụ công trực tuyến có phát sinh hồ sơ\n\nThực hiện: Minh Anh\n",
        "2025-01-25",
        [
            ("adult_population_using_dvctt_rate", "national", "2025-01-25", 45.8),
            ("dvctt_rate", "national", "2025-01-25", 82.9),
            ("dvctt_with_dossiers_rate", "national", "2025-01-25", 86.7),
        ],
        [],
        id="a-key-figure-box-of-shares-of-nouns",
    ),
    # a column that dates each row, a source column naming a vendor, a notes column with a change
    pytest.param(
        "Điểm lại các con số về hạ tầng số được công bố gần đây\n\n"
        "Chỉ tiêu                                  Giá trị       Nguồn              Thời điểm\n"
        "Số trạm BTS 5G đang phát sóng              7.480         Cục Viễn thông     30/11/2024\n"
        "Tỷ lệ dân số được phủ sóng 5G              26,1%         Cục Viễn thông     11/2024\n"
        "Tỷ lệ dân số sử dụng Internet              79,8%         DataReportal       01/2025\n",
        "2025-01-06",
        [
            ("fiveg_bts_count", "national", "2024-11-30", 7480),
            ("fiveg_population_coverage_rate", "national", "2024-11-30", 26.1),
        ],
        [("internet_users_rate", 79.8), ("fiveg_bts_count", 2024)],
        id="a-date-column-dates-each-row-and-a-vendor-source-is-not-the-countrys",
    ),
    pytest.param(
        "Số liệu Cổng Dịch vụ công quốc gia tháng 9/2024\n\n"
        "Chỉ tiêu                          Trong tháng      Ghi chú\n"
        "Hồ sơ trực tuyến qua Cổng         3.118.240        tăng 12% so với tháng trước\n"
        "Tài khoản đăng ký mới             388.905          trong đó 17.420 tài khoản tổ chức\n",
        "2024-10-08",
        [
            ("national_portal_dossiers_new", "national", "2024-09-30", 3118240),
            ("national_portal_accounts_new", "national", "2024-09-30", 388905),
        ],
        [("online_dossier_rate", 12), ("national_portal_accounts_new", 17420)],
        id="a-notes-column-is-no-result",
    ),
    # a unit line under the caption, a per-day row, and "Cùng kỳ" after a half's column
    pytest.param(
        "Bảng 4. Giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) 6 tháng đầu năm "
        "2025\nĐơn vị tính: triệu giao dịch\n"
        "| Chỉ tiêu | Quý I/2025 | Quý II/2025 | 6 tháng đầu năm 2025 | Cùng kỳ năm 2024 |\n"
        "|---|---|---|---|---|\n"
        "| Tổng số giao dịch | 301,4 | 356,8 | 658,2 | 473,6 |\n"
        "| Bình quân giao dịch/ngày | 3,35 | 3,92 | 3,64 | 2,60 |\n",
        "2025-07-09",
        [
            ("ndxp_transactions_period", "national", "2025-03-31", 301400000),
            ("ndxp_transactions_period", "national", "2025-06-30", 658200000),
            ("ndxp_transactions_period", "national", "2024-06-30", 473600000),
            ("ndxp_transactions_daily_avg", "national", "2025-03-31", 3350000),
        ],
        [("ndxp_transactions_period", 301.4), ("ndxp_transactions_period", 473.6)],
        id="a-unit-line-under-the-caption-and-the-same-period-a-year-before-the-half",
    ),
    # levels in columns with their unit brackets, under a heading and an aside; days down the rows
    pytest.param(
        "KẾT QUẢ MỘT SỐ CHỈ TIÊU CHÍNH PHỦ SỐ 9 THÁNG NĂM 2024\n"
        "(Kèm theo Báo cáo số 455/BC-BTTTT ngày 08/10/2024)\n"
        "| TT | Chỉ tiêu | Bộ, ngành (%) | Địa phương (%) | Bình quân chung (%) |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ hồ sơ xử lý trực tuyến | 64,1 | 40,2 | 46,0 |\n\n"
        "Số liệu thuê bao\n"
        "Thời điểm\tThuê bao băng rộng cố định (triệu)\tThuê bao băng rộng di động (triệu)\n"
        "31/7/2024\t22,61\t87,95\n31/8/2024\t22,78\t88,12\n",
        "2024-10-10",
        [
            ("online_dossier_rate", "ministries", "2024-09-30", 64.1),
            ("online_dossier_rate", "localities", "2024-09-30", 40.2),
            ("online_dossier_rate", "national", "2024-09-30", 46.0),
            ("fixed_broadband_subscriptions", "national", "2024-07-31", 22610000),
            ("mobile_broadband_subscriptions", "national", "2024-08-31", 88120000),
        ],
        [],
        id="levels-in-columns-under-a-heading-and-its-aside-and-days-down-the-rows",
    ),
    # rows left out ("..."), sum rows of the levels, and a share named short after its count
    pytest.param(
        "BẢNG TỔNG HỢP HỒ SƠ XỬ LÝ TRỰC TUYẾN THÁNG 10/2024\n\n"
        "Đơn vị                   Tổng số hồ sơ     Hồ sơ trực tuyến     Tỷ lệ trực tuyến (%)\n"
        "Bộ Công an               1.902.118         1.770.455            93,1\n"
        "Bộ Tư pháp               98.406            43.020               43,7\n"
        "...\n"
        "Cộng các bộ, ngành       3.520.114         2.540.301            72,2\n"
        "Cộng các địa phương      10.412.907        4.522.118            43,4\n"
        "Toàn quốc                13.933.021        7.062.419            50,7\n",
        "2024-11-12",
        [
            ("online_dossier_rate", "ministries", "2024-10-31", 72.2),
            ("online_dossier_rate", "localities", "2024-10-31", 43.4),
            ("online_dossier_rate", "national", "2024-10-31", 50.7),
        ],
        [("online_dossier_rate", 93.1)],
        id="rows-left-out-and-the-levels-sum-rows",
    ),
    # a province's districts with its city of Huế before 2025, and a short header "hồ sơ TT"
    pytest.param(
        "KẾT QUẢ XỬ LÝ HỒ SƠ TRỰC TUYẾN 9 THÁNG NĂM 2024 CỦA TỈNH THỪA THIÊN HUẾ\n\n"
        "TT   Đơn vị                Tỷ lệ hồ sơ trực tuyến (%)   Tỷ lệ hồ sơ TT toàn trình (%)\n"
        "1    Thành phố Huế         86,40                        62,15\n"
        "2    Huyện Phú Vang        75,10                        48,02\n"
        "     Toàn tỉnh             79,85                        53,60\n",
        "2024-10-09",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "2024-09-30", 79.85),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "2024-09-30", 53.6),
        ],
        [("online_dossier_rate", 86.4)],
        id="the-city-of-hue-among-the-districts-and-a-short-header",
    ),
    # a header over four lines with a blank corner, one column counted to a day in brackets
    pytest.param(
        "Bảng 2. Kết quả cung cấp dịch vụ công trực tuyến\n"
        "                   Tỷ lệ DVCTT toàn     Tỷ lệ hồ sơ\n"
        "                   trình/tổng số        trực tuyến (%)\n"
        "                   TTHC (%)             (tháng 9/2024)\n"
        "                   (đến 30/9/2024)\n"
        "Bộ, ngành          48,3                 53,1\n"
        "Địa phương         46,0                 42,2\n",
        "2024-10-07",
        [
            ("dvctt_full_process_rate", "ministries", "2024-09-30", 48.3),
            ("online_dossier_rate", "localities", "2024-09-30", 42.2),
        ],
        [],
        id="a-header-over-four-lines-one-column-counted-to-a-day",
    ),
    # a unit line under a caption that names the span, the columns naming none
    pytest.param(
        "UBND TỈNH BẮC NINH\n\nBảng 1. Kết quả xử lý hồ sơ 9 tháng năm 2024\nĐơn vị tính: %\n"
        "Chỉ tiêu                                  Kết quả      Ghi chú\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến              79,2         tăng 6% so với cùng kỳ\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình         58,4         Kế hoạch năm: 70%\n",
        "2024-10-06",
        [
            ("online_dossier_rate", "Bắc Ninh", "2024-09-30", 79.2),
            ("online_dossier_full_process_rate", "Bắc Ninh", "2024-09-30", 58.4),
        ],
        [("online_dossier_rate", 6), ("online_dossier_full_process_rate", 70)],
        id="a-unit-line-under-a-caption-that-names-the-span",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)


def test_prose_with_double_spaces_is_no_table():
    """Stray double spaces in sentences do not make cells."""
    text = (
        "Năm 2023, tỷ lệ hồ sơ  trực tuyến đạt 45,2%.  Trong đó  hồ sơ toàn trình đạt 20%.\n"
        "Tỷ lệ thanh toán  trực tuyến đạt 30%.  Số giao dịch  tăng 12%.\n"
        "Tỷ lệ hài lòng  đạt 88%.  Chỉ số  tăng 2 bậc 3.\n"
    )
    assert "\t" not in normalize_text(text).text


def test_prose_ending_on_years_is_no_table():
    """A sentence ending on two years over sentences ending on numbers is left as prose."""
    text = (
        "Kế hoạch chuyển đổi số giai đoạn 2021 2025\nTỷ lệ hồ sơ trực tuyến đạt 45,2\n"
        "Số thuê bao đạt 12 13\n"
    )
    lines = normalize_text(text).text.split("\n")
    assert not any("\t" in line for line in lines)
