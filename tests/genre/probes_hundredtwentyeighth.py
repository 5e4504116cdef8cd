"""Genre probes, round 128: tables and figure layouts as users save them (PDF column tables with headers over several lines, one-cell-a-line and pipe tables, key-figure boxes, month and quarter series, rankings with a national row), 2022–2026, written blind.

First reading (the stop's start code 5e4027b read it): 152 of 165 right, 152 of 274 found (0.92 / 0.55). Fitted after that reading (stop 46): headers over several lines, groups named over their first column, wrapped labels, change columns, dot leaders, key-figure boxes with the figure over its label, "Q3/2024" and "T9/2024": 202 of 211, 202 of 274 (0.96 / 0.74). Left: tables whose rows are periods and whose columns name measures in pipes, bar charts saved as text ("T1/2024 ███ 78,2"), a series inline in one line of pipes.
"""

CASES = []

CASES += [
    # Quảng Ninh 9-month report, PDF-to-text column table (plan / result / same period last year / ratio).
    # Traps: plan column (targets), "So với cùng kỳ (%)" ratios, document counts, dossier counts (derived share).
    (
        """UBND TỈNH QUẢNG NINH
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 1987/BC-STTTT                         Quảng Ninh, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện nhiệm vụ chuyển đổi số 9 tháng đầu năm 2024,
phương hướng, nhiệm vụ quý IV năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Về phát triển chính quyền số
Trong 9 tháng đầu năm 2024, Trung tâm Phục vụ hành chính công tỉnh và các địa phương tiếp tục
vận hành ổn định Hệ thống thông tin giải quyết TTHC tỉnh; toàn tỉnh tiếp nhận 1.024.517 hồ sơ
TTHC, trong đó 805.680 hồ sơ trực tuyến. Kết quả một số chỉ tiêu chủ yếu như sau:

Bảng 1. Kết quả một số chỉ tiêu về chính quyền số
TT  Chỉ tiêu                              ĐVT   Kế hoạch    Thực hiện    Cùng kỳ      So với
                                                năm 2024    9 tháng      9 tháng      cùng kỳ
                                                            năm 2024     năm 2023     (%)
1   Tỷ lệ hồ sơ TTHC xử lý trực tuyến     %     85          78,64        69,12        113,8
2   Tỷ lệ hồ sơ trực tuyến toàn trình     %     60          52,17        44,30        117,8
3   Tỷ lệ hồ sơ được cấp kết quả          %     100         96,25        91,40        105,3
    giải quyết TTHC điện tử
4   Tỷ lệ hồ sơ khai thác, sử dụng lại    %     50          41,08        28,55        143,9
    thông tin, dữ liệu số hóa
5   Mức độ hài lòng của người dân,        %     95          92,6         90,1         102,8
    doanh nghiệp
6   Số văn bản điện tử gửi, nhận qua      VB    -           612.408      587.260      104,3
    Hệ thống quản lý văn bản
Nguồn: Hệ thống thông tin giải quyết TTHC tỉnh; Hệ thống quản lý văn bản và điều hành.

Các chỉ tiêu về tỷ lệ hồ sơ trực tuyến, hồ sơ trực tuyến toàn trình tuy tăng khá so với cùng kỳ
nhưng vẫn thấp hơn kế hoạch năm; Sở Thông tin và Truyền thông đề nghị các địa phương tập trung
hướng dẫn người dân nộp hồ sơ trực tuyến trong quý IV/2024.
                                                                    Trang 3/11""",
        "2024-10-08",
        [
            ("online_dossier_rate", "Quảng Ninh", "ytd", "2024-09-30", 78.64),
            ("online_dossier_rate", "Quảng Ninh", "ytd", "2023-09-30", 69.12),
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2024-09-30", 52.17),
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2023-09-30", 44.3),
            ("e_result_rate", "Quảng Ninh", "ytd", "2024-09-30", 96.25),
            ("e_result_rate", "Quảng Ninh", "ytd", "2023-09-30", 91.4),
            ("data_reuse_rate", "Quảng Ninh", "ytd", "2024-09-30", 41.08),
            ("data_reuse_rate", "Quảng Ninh", "ytd", "2023-09-30", 28.55),
            ("satisfaction_rate", "Quảng Ninh", "ytd", "2024-09-30", 92.6),
            ("satisfaction_rate", "Quảng Ninh", "ytd", "2023-09-30", 90.1),
        ],
    ),
    # National Portal monthly figures as a one-cell-per-line HTML table (two months, change column, cumulative column).
    # Traps: "Tăng/giảm (%)" column, page-view row (no id); cumulative column gives the stocks as of 31/8.
    (
        """Cổng Dịch vụ công quốc gia: kết quả tháng 8/2024
Cập nhật: 06/09/2024 09:15
Theo số liệu tổng hợp của Văn phòng Chính phủ, trong tháng 8/2024 Cổng Dịch vụ công quốc gia tiếp tục vận hành ổn định, thông suốt; số giao dịch thanh toán trực tuyến và số tiền thanh toán đều tăng so với tháng trước, trong khi số tài khoản đăng ký mới giảm nhẹ. Chi tiết như bảng dưới đây.
Chỉ tiêu
Tháng 7/2024
Tháng 8/2024
Tăng/giảm (%)
Lũy kế đến 31/8/2024
Tài khoản đăng ký mới
512.340
498.115
-2,8
14.205.630
Hồ sơ trực tuyến thực hiện qua Cổng
2.845.912
2.917.408
2,5
52.380.110
Giao dịch thanh toán trực tuyến
1.402.557
1.486.920
6,0
24.615.003
Số tiền thanh toán trực tuyến (tỷ đồng)
1.095
1.184
8,1
14.870
Lượt truy cập (triệu lượt)
38,6
41,2
6,7
-
(Nguồn: Văn phòng Chính phủ)
Tin liên quan:
Cổng Dịch vụ công quốc gia tích hợp thêm 25 dịch vụ công mới""",
        "2024-09-06",
        [
            ("national_portal_accounts_new", "national", "month", "2024-07-31", 512340.0),
            ("national_portal_accounts_new", "national", "month", "2024-08-31", 498115.0),
            ("national_portal_accounts", "national", "as_of", "2024-08-31", 14205630.0),
            ("national_portal_dossiers_new", "national", "month", "2024-07-31", 2845912.0),
            ("national_portal_dossiers_new", "national", "month", "2024-08-31", 2917408.0),
            ("national_portal_dossiers", "national", "as_of", "2024-08-31", 52380110.0),
            ("online_payments_count_new", "national", "month", "2024-07-31", 1402557.0),
            ("online_payments_count_new", "national", "month", "2024-08-31", 1486920.0),
            ("online_payments_count", "national", "as_of", "2024-08-31", 24615003.0),
            ("online_payments_value_new", "national", "month", "2024-07-31", 1095.0),
            ("online_payments_value_new", "national", "month", "2024-08-31", 1184.0),
            ("online_payments_value", "national", "as_of", "2024-08-31", 14870.0),
        ],
    ),
    # Pipe table: province ranking of the online-dossier share for Q1/2025 with a national row.
    # Traps: online-payment share and index score columns (no id), rank numbers, the 2025 target.
    (
        """Bộ chỉ số 766 quý I/2025: Bình Dương dẫn đầu về tỷ lệ hồ sơ trực tuyến

Theo kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (Bộ chỉ số 766) quý I/2025 vừa được công khai trên Cổng Dịch vụ công quốc gia, tỷ lệ hồ sơ trực tuyến bình quân của cả nước đạt 47,86%. Năm địa phương có tỷ lệ cao nhất như sau:

| STT | Địa phương | Tỷ lệ hồ sơ trực tuyến (%) | Tỷ lệ thanh toán trực tuyến (%) | Điểm Bộ chỉ số 766 |
|---|---|---|---|---|
| 1 | Bình Dương | 92,41 | 71,20 | 88,95 |
| 2 | Đà Nẵng | 89,75 | 68,04 | 87,10 |
| 3 | Bắc Ninh | 86,02 | 55,37 | 86,42 |
| 4 | Quảng Ninh | 84,60 | 62,15 | 89,30 |
| 5 | Vĩnh Long | 81,33 | 49,81 | 84,66 |
| | **Cả nước** | **47,86** | **38,50** | — |

Nguồn: Cổng Dịch vụ công quốc gia, số liệu quý I/2025.

Đáng chú ý, vẫn còn 11 địa phương có tỷ lệ hồ sơ trực tuyến dưới 30%. Theo Nghị quyết của Chính phủ, mục tiêu năm 2025 là tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%, vì vậy các địa phương còn thấp cần có giải pháp quyết liệt hơn trong quý II.""",
        "2025-04-15",
        [
            ("online_dossier_rate", "Bình Dương", "quarter", "2025-03-31", 92.41),
            ("online_dossier_rate", "Đà Nẵng", "quarter", "2025-03-31", 89.75),
            ("online_dossier_rate", "Bắc Ninh", "quarter", "2025-03-31", 86.02),
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2025-03-31", 84.6),
            ("online_dossier_rate", "Vĩnh Long", "quarter", "2025-03-31", 81.33),
            ("online_dossier_rate", "national", "quarter", "2025-03-31", 47.86),
        ],
    ),
    # Infographic key-figure box (number on one line, label on the next), dated by its header.
    # Traps: issued (not activated) VNeID accounts, "+3,1 triệu" change, look-up counts (no id).
    (
        """ĐỀ ÁN 06: NHỮNG CON SỐ NỔI BẬT
(Số liệu tính đến ngày 15/12/2024)

87,4 triệu
thẻ Căn cước công dân gắn chip, thẻ Căn cước đã cấp

84,6 triệu
tài khoản định danh điện tử đã cấp
– trong đó 60,2 triệu tài khoản đã kích hoạt

+3,1 triệu
tài khoản kích hoạt mới so với ngày 15/11/2024

1,2 tỷ
lượt tra cứu, xác thực thông tin công dân qua Cơ sở dữ liệu quốc gia về dân cư

42/76
dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình

Đồ họa: Minh Anh | Nguồn: Bộ Công an, Văn phòng Chính phủ""",
        "2024-12-18",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-12-15", 87400000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-15", 60200000.0),
            ("essential_services_full_process", "national", "as_of", "2024-12-15", 42.0),
        ],
    ),
    # Year review of cyberattacks with a dotted quarter-by-quarter list and a year total.
    # Traps: "giảm 9,5%" change, sub-counts by attack type after "Trong đó", botnet decrease %, 2024 target.
    (
        """Năm 2023: ghi nhận 13.900 cuộc tấn công mạng vào hệ thống thông tin tại Việt Nam

Cục An toàn thông tin (Bộ Thông tin và Truyền thông) cho biết, trong năm 2023, Trung tâm Giám sát an toàn không gian mạng quốc gia đã ghi nhận, cảnh báo và hướng dẫn xử lý 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022.

Diễn biến theo quý:
Quý I/2023 ............ 3.022 cuộc
Quý II/2023 ........... 3.815 cuộc
Quý III/2023 .......... 3.627 cuộc
Quý IV/2023 ........... 3.436 cuộc

Trong đó, tấn công lừa đảo (Phishing) 5.217 cuộc, tấn công thay đổi giao diện (Deface) 2.190 cuộc, tấn công cài mã độc (Malware) 6.493 cuộc.

Số lượng địa chỉ IP nằm trong các mạng máy tính ma (botnet) tại thời điểm 31/12/2023 ở mức khoảng 548.000 địa chỉ, giảm 20,4% so với cuối năm 2022. Năm 2024, Cục đặt mục tiêu tiếp tục giảm ít nhất 20% số địa chỉ IP botnet thông qua các chiến dịch bóc gỡ mã độc diện rộng.""",
        "2024-01-05",
        [
            ("cyberattacks", "national", "quarter", "2023-03-31", 3022.0),
            ("cyberattacks", "national", "quarter", "2023-06-30", 3815.0),
            ("cyberattacks", "national", "quarter", "2023-09-30", 3627.0),
            ("cyberattacks", "national", "quarter", "2023-12-31", 3436.0),
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 548000.0),
        ],
    ),
    # Text bar chart of NDXP transactions month by month (H1/2024) with totals box.
    # Traps: sub-counts of connected agencies (28 bộ, ngành, 63 địa phương...), the bar glyphs.
    (
        """NỀN TẢNG TÍCH HỢP, CHIA SẺ DỮ LIỆU QUỐC GIA (NDXP) – 6 THÁNG ĐẦU NĂM 2024

Số giao dịch theo tháng (triệu giao dịch)
T1/2024  ██████████████   78,2
T2/2024  ████████████     66,5
T3/2024  ███████████████  81,4
T4/2024  ██████████████   79,9
T5/2024  ███████████████  84,6
T6/2024  ███████████████  83,0

Tổng 6 tháng: 473,6 triệu giao dịch | Bình quân: khoảng 2,6 triệu giao dịch/ngày
Lũy kế từ năm 2019 đến 30/6/2024: 2,83 tỷ giao dịch
Số cơ quan, đơn vị kết nối (đến 30/6/2024): 110 (gồm 28 bộ, ngành, 63 địa phương và 19 doanh nghiệp, tổ chức)

Nguồn: Cục Chuyển đổi số quốc gia""",
        "2024-07-10",
        [
            ("ndxp_transactions_period", "national", "month", "2024-01-31", 78200000.0),
            ("ndxp_transactions_period", "national", "month", "2024-02-29", 66500000.0),
            ("ndxp_transactions_period", "national", "month", "2024-03-31", 81400000.0),
            ("ndxp_transactions_period", "national", "month", "2024-04-30", 79900000.0),
            ("ndxp_transactions_period", "national", "month", "2024-05-31", 84600000.0),
            ("ndxp_transactions_period", "national", "month", "2024-06-30", 83000000.0),
            ("ndxp_transactions_period", "national", "half", "2024-06-30", 473600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-06-30", 2600000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-06-30", 2830000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-06-30", 110.0),
        ],
    ),
    # Two-column PDF table ministries vs localities for October 2024.
    # Traps: digitisation share and online-payment share rows (no id), one named ministry's figure.
    (
        """Tình hình giải quyết thủ tục hành chính trên môi trường điện tử tháng 10/2024

Theo báo cáo của Văn phòng Chính phủ, trong tháng 10/2024 các bộ, ngành, địa phương tiếp tục đẩy mạnh tiếp nhận, giải quyết TTHC trên môi trường điện tử. Một số bộ đạt kết quả cao, như Bộ Tài chính có tỷ lệ hồ sơ trực tuyến 98,1%. Kết quả chung của hai khối như sau:

Bảng 2. Một số chỉ tiêu giải quyết TTHC trên môi trường điện tử, tháng 10/2024
Chỉ tiêu                                      Khối bộ, ngành     Khối địa phương
Tỷ lệ hồ sơ trực tuyến (%)                    71,3               44,9
Tỷ lệ hồ sơ trực tuyến toàn trình (%)         52,8               30,6
Tỷ lệ số hóa hồ sơ (%)                        68,4               79,2
Tỷ lệ cấp kết quả điện tử (%)                 88,1               85,6
Tỷ lệ khai thác, tái sử dụng dữ liệu (%)      34,2               28,7
Tỷ lệ thanh toán trực tuyến (%)               61,5               39,8

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương có tỷ lệ thấp khẩn trương rà soát, phấn đấu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 40%.""",
        "2024-11-12",
        [
            ("online_dossier_rate", "ministries", "month", "2024-10-31", 71.3),
            ("online_dossier_rate", "localities", "month", "2024-10-31", 44.9),
            ("online_dossier_full_process_rate", "ministries", "month", "2024-10-31", 52.8),
            ("online_dossier_full_process_rate", "localities", "month", "2024-10-31", 30.6),
            ("e_result_rate", "ministries", "month", "2024-10-31", 88.1),
            ("e_result_rate", "localities", "month", "2024-10-31", 85.6),
            ("data_reuse_rate", "ministries", "month", "2024-10-31", 34.2),
            ("data_reuse_rate", "localities", "month", "2024-10-31", 28.7),
        ],
    ),
    # Infrastructure table with dated columns (31/12/2023, 31/12/2024) and a target column; unit multiplier in the row label.
    # Traps: "Mục tiêu 2025" column, "tăng 1,1 triệu thuê bao" change, "–" empty cell.
    (
        """Hạ tầng số năm 2024: thuê bao băng rộng di động đạt 89,4 triệu

Năm 2024, hạ tầng viễn thông tiếp tục phát triển mạnh; số thuê bao băng rộng cố định tăng 1,1 triệu thuê bao so với cuối năm 2023, mạng 5G chính thức được thương mại hóa từ tháng 10. Một số chỉ tiêu chính:

Chỉ tiêu                                         Đến 31/12/2023   Đến 31/12/2024   Mục tiêu 2025
Thuê bao băng rộng cố định (triệu thuê bao)      22,8             23,9             25,0
Thuê bao băng rộng di động (triệu thuê bao)      86,3             89,4             92,0
Tỷ lệ thuê bao di động sử dụng smartphone (%)    84,6             87,4             90
Tỷ lệ hộ gia đình có kết nối cáp quang (%)       79,2             82,1             85
Số trạm phát sóng 5G (trạm)                      –                5.600            15.000

Nguồn: Cục Viễn thông.""",
        "2025-01-20",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22800000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23900000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 86300000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 89400000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 87.4),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.2),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.1),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 5600.0),
        ],
    ),
]

CASES += [
    # Đà Nẵng year-2024 infographic: big number then caption line; the city's own figures.
    # Traps: DTI rank (no id), 2025 GRDP target.
    (
        """ĐÀ NẴNG – CHUYỂN ĐỔI SỐ NĂM 2024 QUA NHỮNG CON SỐ

21,5%
Tỷ trọng kinh tế số trong GRDP của thành phố năm 2024

91,4%
Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến năm 2024

74,3%
Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024

95%
Tỷ lệ hộ gia đình có kết nối Internet cáp quang (tại thời điểm 31/12/2024)

312
trạm phát sóng 5G trên địa bàn thành phố (đến 31/12/2024)

2/63
Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023

25%
Mục tiêu tỷ trọng kinh tế số trong GRDP năm 2025

Thực hiện: Thanh Tâm – Hoàng Vũ | Báo Đà Nẵng điện tử""",
        "2025-01-10",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2024-12-31", 21.5),
            ("online_dossier_rate", "Đà Nẵng", "year", "2024-12-31", 91.4),
            ("online_dossier_full_process_rate", "Đà Nẵng", "year", "2024-12-31", 74.3),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2024-12-31", 95.0),
            ("fiveg_bts_count", "Đà Nẵng", "as_of", "2024-12-31", 312.0),
        ],
    ),
    # Monthly security report, PDF table with two month columns and a change column.
    # Traps: "Tăng/giảm" column (percent and percentage points), count of warnings sent (no id).
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
BÁO CÁO TÌNH HÌNH THÁNG 01/2025
(trích)

III. AN TOÀN THÔNG TIN MẠNG
Trong tháng 01/2025, tình hình an toàn thông tin mạng cơ bản ổn định; số cuộc tấn công mạng gây sự cố giảm so với tháng cuối năm 2024.

STT  Chỉ tiêu                                        Tháng 12/2024   Tháng 01/2025   Tăng/giảm
1    Số cuộc tấn công mạng gây sự cố vào các HTTT     619             512             -17,3%
     tại Việt Nam (cuộc)
2    Số địa chỉ IP nằm trong mạng botnet (địa chỉ)    361.044         352.118         -2,5%
3    Số cảnh báo, hướng dẫn xử lý đã gửi (lượt)       1.245           1.108           -11,0%
4    Tỷ lệ HTTT đã được phê duyệt hồ sơ đề xuất       81,6            82,3            +0,7 điểm %
     cấp độ (%)

Nhiệm vụ tháng 02/2025: tiếp tục đôn đốc các cơ quan hoàn thành phê duyệt cấp độ, phấn đấu đạt 100% hệ thống thông tin được phê duyệt cấp độ trong năm 2025.""",
        "2025-02-07",
        [
            ("cyberattacks", "national", "month", "2024-12-31", 619.0),
            ("cyberattacks", "national", "month", "2025-01-31", 512.0),
            ("botnet_ips", "national", "as_of", "2024-12-31", 361044.0),
            ("botnet_ips", "national", "as_of", "2025-01-31", 352118.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-12-31", 81.6),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-01-31", 82.3),
        ],
    ),
    # EGDI series table (rank / score columns) inside a news story on the 2024 UN survey.
    # Traps: "tăng 15 bậc" change, EGDI/OSI scores (no id), ASEAN position, other countries' ranks.
    (
        """Việt Nam tăng 15 bậc trong xếp hạng Chính phủ điện tử của Liên Hợp Quốc

(Chinhphu.vn) – Ngày 17/9/2024, Liên Hợp Quốc công bố Báo cáo khảo sát Chính phủ điện tử năm 2024. Theo đó, Việt Nam xếp thứ 71/193 quốc gia, tăng 15 bậc so với kỳ khảo sát năm 2022, lần đầu tiên thuộc nhóm các nước có chỉ số phát triển Chính phủ điện tử (EGDI) rất cao.

Bảng: Thứ hạng và điểm EGDI của Việt Nam qua các kỳ khảo sát
Năm      Xếp hạng     Điểm EGDI    Điểm OSI
2018     88/193       0,5931       0,7361
2020     86/193       0,6667       0,6529
2022     86/193       0,6787       0,6484
2024     71/193       0,7709       0,7773

Trong khu vực ASEAN, Singapore tiếp tục dẫn đầu (hạng 3 thế giới), Malaysia xếp thứ 39, Thái Lan thứ 52; Việt Nam đứng thứ 5 trong khu vực.

Ngọc Anh
Từ khóa: Chính phủ điện tử, EGDI, Liên Hợp Quốc
Bản quyền thuộc Cổng Thông tin điện tử Chính phủ""",
        "2024-09-20",
        [
            ("egdi_rank", "national", "year", "2018-12-31", 88.0),
            ("egdi_rank", "national", "year", "2020-12-31", 86.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
        ],
    ),
    # Dotted ranking list of provinces' digital-economy share of GRDP (2023) with the national figure in the lead.
    # Traps: core digital economy after "Trong đó" (part of the same measure), percentage-point change.
    (
        """Lần đầu công bố tỷ trọng kinh tế số của các tỉnh, thành phố

Tổng cục Thống kê vừa công bố kết quả tính toán tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP của các địa phương năm 2023. Theo đó, tỷ trọng kinh tế số trong GDP của cả nước năm 2023 đạt 12,33%, tăng 0,47 điểm phần trăm so với năm 2022. Trong đó, kinh tế số lõi (công nghệ thông tin và viễn thông) chiếm 7,88% GDP.

Các địa phương dẫn đầu về tỷ trọng kinh tế số năm 2023 (%):
1. Thái Nguyên .............. 42,92
2. Bắc Giang ................ 31,87
3. Bắc Ninh ................. 29,91
4. Phú Thọ .................. 23,15
5. Hải Phòng ................ 20,08
6. Vĩnh Phúc ................ 18,64

Địa phương có tỷ trọng thấp nhất là Lai Châu, chỉ đạt 3,05%. Theo các chuyên gia, tỷ trọng cao ở các tỉnh phía Bắc chủ yếu đến từ hoạt động sản xuất thiết bị điện tử của các doanh nghiệp FDI.""",
        "2024-11-05",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 42.92),
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 31.87),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 29.91),
            ("digital_economy_gdp_share", "Phú Thọ", "year", "2023-12-31", 23.15),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2023-12-31", 20.08),
            ("digital_economy_gdp_share", "Vĩnh Phúc", "year", "2023-12-31", 18.64),
            ("digital_economy_gdp_share", "Lai Châu", "year", "2023-12-31", 3.05),
        ],
    ),
    # 5G infographic at mid-2025 with per-operator breakdown in brackets.
    # Traps: operators' station counts, 5G subscriber count (no id), upload speed, speed rank, year-end targets.
    (
        """5G VIỆT NAM – NỬA ĐẦU NĂM 2025
Số liệu tính đến 30/6/2025

12.460
trạm 5G đã phát sóng trên toàn quốc
(Viettel: 7.950 trạm · VNPT: 3.100 trạm · MobiFone: 1.410 trạm)

26,5%
dân số được phủ sóng 5G

9,2 triệu
thuê bao đang sử dụng dịch vụ 5G

146,6 Mbps
tốc độ tải xuống trung bình của mạng di động (tháng 5/2025)

38,9 Mbps
tốc độ tải lên trung bình của mạng di động (tháng 5/2025)

17/100
thứ hạng tốc độ di động của Việt Nam trên thế giới

MỤC TIÊU CUỐI NĂM 2025: 20.000 trạm 5G, phủ sóng 90% dân số

Nguồn: Cục Viễn thông, Speedtest Global Index""",
        "2025-07-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 12460.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.5),
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 146.6),
        ],
    ),
    # Month-by-month series in one sentence ("lần lượt là"), plus 4-month totals.
    # Traps: "tăng 21,4%" change, business-dossier sub-count after "trong đó".
    (
        """Thời sự | Cải cách hành chính
Bốn tháng đầu năm 2025, Cổng Dịch vụ công quốc gia tiếp nhận 12,96 triệu hồ sơ trực tuyến
Thứ Sáu, 09/05/2025 14:20 | Nhóm PV

Theo Văn phòng Chính phủ, số hồ sơ trực tuyến thực hiện qua Cổng Dịch vụ công quốc gia từ tháng 1 đến tháng 4/2025 lần lượt là 3,12 triệu; 2,48 triệu; 3,65 triệu và 3,71 triệu hồ sơ, nâng tổng số 4 tháng đầu năm lên 12,96 triệu hồ sơ, tăng 21,4% so với cùng kỳ năm 2024; trong đó 1,9 triệu hồ sơ của doanh nghiệp. Số hồ sơ tháng 2 giảm do trùng kỳ nghỉ Tết Nguyên đán Ất Tỵ.

Cũng trong 4 tháng đầu năm, Cổng ghi nhận 2,05 triệu tài khoản đăng ký mới; số giao dịch thanh toán trực tuyến đạt 7,8 triệu giao dịch với tổng số tiền 5.460 tỷ đồng.""",
        "2025-05-09",
        [
            ("national_portal_dossiers_new", "national", "month", "2025-01-31", 3120000.0),
            ("national_portal_dossiers_new", "national", "month", "2025-02-28", 2480000.0),
            ("national_portal_dossiers_new", "national", "month", "2025-03-31", 3650000.0),
            ("national_portal_dossiers_new", "national", "month", "2025-04-30", 3710000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2025-04-30", 12960000.0),
            ("national_portal_accounts_new", "national", "ytd", "2025-04-30", 2050000.0),
            ("online_payments_count_new", "national", "ytd", "2025-04-30", 7800000.0),
            ("online_payments_value_new", "national", "ytd", "2025-04-30", 5460.0),
        ],
    ),
    # Pipe table of named ministries with the two bloc averages at the bottom (Q2/2025).
    # Traps: each named ministry's own row (not labelled); only the bloc averages are values.
    (
        """Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp quý II/2025 của các bộ, ngành

Sau sắp xếp tổ chức bộ máy, quý II/2025 là kỳ đánh giá đầu tiên các bộ, ngành được chấm điểm theo cơ cấu mới. Một số chỉ tiêu về hồ sơ trực tuyến như sau:

| Bộ, ngành | Tỷ lệ hồ sơ trực tuyến (%) | Tỷ lệ hồ sơ trực tuyến toàn trình (%) |
|---|---|---|
| Bộ Tài chính | 96,84 | 90,12 |
| Bộ Công an | 88,20 | 71,45 |
| Bộ Công Thương | 99,10 | 95,33 |
| Bộ Nông nghiệp và Môi trường | 64,37 | 40,18 |
| Bộ Xây dựng | 58,92 | 31,06 |
| Bộ Khoa học và Công nghệ | 83,55 | 62,70 |
| Bình quân khối bộ, ngành | 82,47 | 65,11 |
| Bình quân khối địa phương | 52,63 | 38,90 |

Nguồn: Cổng Dịch vụ công quốc gia (dichvucong.gov.vn), truy cập ngày 16/7/2025.""",
        "2025-07-18",
        [
            ("online_dossier_rate", "ministries", "quarter", "2025-06-30", 82.47),
            ("online_dossier_rate", "localities", "quarter", "2025-06-30", 52.63),
            ("online_dossier_full_process_rate", "ministries", "quarter", "2025-06-30", 65.11),
            ("online_dossier_full_process_rate", "localities", "quarter", "2025-06-30", 38.9),
        ],
    ),
    # Thanh Hóa monthly report, PDF table: this month / 5-month cumulative / same 5 months last year.
    # Traps: dossier counts (no provincial id), online-payment share, the annual plan in the text.
    (
        """UBND TỈNH THANH HÓA
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ THÁNG 5 NĂM 2024

2. Dịch vụ công trực tuyến
Trong tháng, các sở, ngành, UBND cấp huyện, cấp xã tiếp tục đẩy mạnh tuyên truyền, hướng dẫn người dân nộp hồ sơ trực tuyến; kế hoạch năm 2024 của tỉnh đặt ra tỷ lệ hồ sơ trực tuyến đạt 50%.

Bảng 3. Kết quả giải quyết TTHC trên môi trường điện tử
                                     Tháng 5/2024   Lũy kế 5 tháng   Cùng kỳ 5 tháng
                                                    năm 2024         năm 2023
Số hồ sơ tiếp nhận trực tuyến        61.204         280.515          190.330
Tỷ lệ hồ sơ trực tuyến (%)           58,3           55,9             38,7
Tỷ lệ hồ sơ trực tuyến toàn trình    27,4           25,1             14,6
(%)
Tỷ lệ hồ sơ thanh toán trực tuyến    36,8           33,2             21,5
(%)""",
        "2024-06-05",
        [
            ("online_dossier_rate", "Thanh Hóa", "month", "2024-05-31", 58.3),
            ("online_dossier_rate", "Thanh Hóa", "ytd", "2024-05-31", 55.9),
            ("online_dossier_rate", "Thanh Hóa", "ytd", "2023-05-31", 38.7),
            ("online_dossier_full_process_rate", "Thanh Hóa", "month", "2024-05-31", 27.4),
            ("online_dossier_full_process_rate", "Thanh Hóa", "ytd", "2024-05-31", 25.1),
            ("online_dossier_full_process_rate", "Thanh Hóa", "ytd", "2023-05-31", 14.6),
        ],
    ),
]

CASES += [
    # Mobile Money story with a three-date column table (31/12/2022, 30/6/2023, 31/10/2023).
    # Traps: rural sub-count after "trong đó", Viettel Money's own figure, business points and transaction value (no id).
    (
        """Mobile Money: hơn 6,7 triệu khách hàng sau gần hai năm thí điểm

Theo báo cáo của Ngân hàng Nhà nước, tính đến 31/10/2023, ba doanh nghiệp viễn thông được cấp phép thí điểm dịch vụ Mobile Money đã phát triển được 6,7 triệu khách hàng, trong đó khoảng 4,6 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo. Riêng Viettel Money chiếm khoảng 5,1 triệu khách hàng.

Bảng: Kết quả thí điểm dịch vụ Mobile Money
Chỉ tiêu                                   31/12/2022    30/6/2023    31/10/2023
Số khách hàng (triệu)                      3,9           5,5          6,7
Số điểm kinh doanh (nghìn điểm)            12,4          15,8         17,3
Tổng giá trị giao dịch lũy kế              1.820         2.960        3.740
(tỷ đồng)

Cũng theo Ngân hàng Nhà nước, tính đến cuối tháng 9/2023 khoảng 87,08% người trưởng thành đã có tài khoản thanh toán tại ngân hàng. Mục tiêu của Chiến lược tài chính toàn diện quốc gia là đến năm 2025 ít nhất 80% người trưởng thành có tài khoản giao dịch.""",
        "2023-11-20",
        [
            ("mobile_money_customers", "national", "as_of", "2022-12-31", 3900000.0),
            ("mobile_money_customers", "national", "as_of", "2023-06-30", 5500000.0),
            ("mobile_money_customers", "national", "as_of", "2023-10-31", 6700000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-09-30", 87.08),
        ],
    ),
    # Pipe table of Government-tracked tasks with a "Kết quả đến 30/9/2024" column and a remarks column.
    # Traps: remainders in the remarks ("Còn 06 địa phương chưa ban hành", "272 TTHC chưa"), target, count of directive documents.
    (
        """Tổ công tác của Thủ tướng: kết quả thực hiện một số nhiệm vụ trọng tâm về cải cách TTHC

| TT | Nội dung | Kết quả đến 30/9/2024 | Ghi chú |
|----|----------|-----------------------|---------|
| 1 | Số địa phương đã ban hành Nghị quyết HĐND giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến | 57/63 | Còn 06 địa phương chưa ban hành |
| 2 | Số TTHC, quy định liên quan đã được cắt giảm, đơn giản hóa theo các Nghị quyết chuyên đề của Chính phủ | 812/1.084 | 272 TTHC chưa được cắt giảm |
| 3 | Tỷ lệ hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC | 92,06% | Mục tiêu: 100% trong năm 2024 |
| 4 | Số dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình | 38/76 | |
| 5 | Số văn bản chỉ đạo, đôn đốc đã ban hành | 37 | |

(Nguồn: Văn phòng Chính phủ, tổng hợp phục vụ phiên họp Tổ công tác tháng 10/2024)""",
        "2024-10-04",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-09-30", 57.0),
            ("procedures_simplified", "national", "as_of", "2024-09-30", 812.0),
            ("emc_connection_rate", "national", "as_of", "2024-09-30", 92.06),
            ("essential_services_full_process", "national", "as_of", "2024-09-30", 38.0),
        ],
    ),
    # Infographic line of a quarterly series (Q1–Q4/2024) plus a whole-year figure.
    # Traps: percentage-point change vs Q1, the 2025 target of the Government resolution.
    (
        """HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH – BỨC TRANH NĂM 2024

Tỷ lệ hồ sơ trực tuyến toàn trình cả nước theo quý
Q1/2024 ▸ 31,2%   |   Q2/2024 ▸ 34,8%   |   Q3/2024 ▸ 38,1%   |   Q4/2024 ▸ 40,6%

Cả năm 2024: 36,5% (Q4 tăng 9,4 điểm phần trăm so với Q1)
Tỷ lệ hồ sơ trực tuyến cả năm 2024: 46,8%

Mục tiêu Nghị quyết 01/NQ-CP năm 2025: tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 50%

Nguồn: Văn phòng Chính phủ | Đồ họa: Thu Hà""",
        "2025-01-15",
        [
            ("online_dossier_full_process_rate", "national", "quarter", "2024-03-31", 31.2),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-06-30", 34.8),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-09-30", 38.1),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-12-31", 40.6),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 36.5),
            ("online_dossier_rate", "national", "year", "2024-12-31", 46.8),
        ],
    ),
    # Speed table by month (download and upload columns for fixed and mobile), Q3/2024.
    # Traps: upload columns, speed ranks, Singapore's figure.
    (
        """Tốc độ Internet Việt Nam tiếp tục tăng trong quý III/2024

Theo số liệu đo kiểm được Cục Viễn thông tổng hợp, tốc độ truy cập Internet băng rộng cố định và di động tại Việt Nam tăng đều qua các tháng của quý III/2024.

Bảng: Tốc độ truy cập Internet trung bình theo tháng (Mbps)
Tháng    | Cố định – tải xuống | Cố định – tải lên | Di động – tải xuống | Di động – tải lên
07/2024  | 138,62 | 134,90 | 51,27 | 21,35
08/2024  | 142,15 | 138,04 | 52,80 | 21,96
09/2024  | 147,33 | 143,51 | 54,06 | 22,41

Với kết quả tháng 9/2024, Việt Nam xếp thứ 38/157 về tốc độ băng rộng cố định và 55/111 về tốc độ di động. Để so sánh, tốc độ băng rộng cố định của Singapore đạt 295,1 Mbps, dẫn đầu thế giới.""",
        "2024-10-15",
        [
            ("fixed_broadband_speed", "national", "month", "2024-07-31", 138.62),
            ("fixed_broadband_speed", "national", "month", "2024-08-31", 142.15),
            ("fixed_broadband_speed", "national", "month", "2024-09-30", 147.33),
            ("mobile_broadband_speed", "national", "month", "2024-07-31", 51.27),
            ("mobile_broadband_speed", "national", "month", "2024-08-31", 52.8),
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 54.06),
        ],
    ),
    # Dead-zone villages by province (table with a national row) dated 31/3/2024.
    # Traps: "Trong đó: chưa có điện lưới" column (sub-count), villages covered in Q1 (flow, no id), 2025 target.
    (
        """Tính đến 31/3/2024, cả nước còn 1.312 thôn, bản chưa có sóng di động

Bảng: Số thôn, bản chưa có sóng thông tin di động tại một số địa phương (tính đến 31/3/2024)
Địa phương        Số thôn, bản lõm sóng      Trong đó: chưa có điện lưới
Nghệ An           182                        64
Hà Giang          154                        41
Điện Biên         131                        58
Lai Châu          120                        47
Sơn La            97                         33
Cả nước           1.312                      416

Theo Cục Viễn thông, nhờ chương trình "Sóng và máy tính cho em", tỷ lệ thôn, bản lõm sóng có điện lưới đã được phủ sóng tính đến 31/3/2024 đạt 72,5%. Riêng trong quý I, các doanh nghiệp viễn thông đã phủ sóng thêm 145 thôn, bản. Mục tiêu đến hết năm 2025 phủ sóng 100% thôn, bản có điện lưới.""",
        "2024-04-12",
        [
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-03-31", 182.0),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-03-31", 154.0),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-03-31", 131.0),
            ("villages_without_mobile_coverage", "Lai Châu", "as_of", "2024-03-31", 120.0),
            ("villages_without_mobile_coverage", "Sơn La", "as_of", "2024-03-31", 97.0),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-03-31", 1312.0),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-03-31", 72.5),
        ],
    ),
    # Year-on-year PDF table (Năm 2021 / Năm 2022 / So sánh) with "(triệu)" in row labels, plus a past value in brackets.
    # Traps: "So sánh (%)" ratio column, "giảm 4,2%" change.
    (
        """TỔNG KẾT NĂM 2022: CỔNG DỊCH VỤ CÔNG QUỐC GIA VÀ AN TOÀN THÔNG TIN

Năm 2022, Cổng Dịch vụ công quốc gia tiếp tục là kênh chính để người dân, doanh nghiệp thực hiện thủ tục hành chính trực tuyến. Kết quả so sánh với năm 2021 như sau:

Chỉ tiêu                                      Năm 2021      Năm 2022      So sánh (%)
Hồ sơ trực tuyến nộp qua Cổng (triệu hồ sơ)   5,1           9,7           190,2
Giao dịch thanh toán trực tuyến (triệu GD)    2,1           5,6           266,7
Số tiền thanh toán trực tuyến (tỷ đồng)       1.830         3.780         206,6
Tài khoản đăng ký mới (triệu tài khoản)       1,6           2,8           175,0
Tổng số tài khoản đến 31/12 (triệu)           4,2           7,0           166,7

Về an toàn thông tin, năm 2022 ghi nhận 12.213 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 4,2% so với năm 2021 (12.746 cuộc).""",
        "2023-01-10",
        [
            ("national_portal_dossiers_new", "national", "year", "2021-12-31", 5100000.0),
            ("national_portal_dossiers_new", "national", "year", "2022-12-31", 9700000.0),
            ("online_payments_count_new", "national", "year", "2021-12-31", 2100000.0),
            ("online_payments_count_new", "national", "year", "2022-12-31", 5600000.0),
            ("online_payments_value_new", "national", "year", "2021-12-31", 1830.0),
            ("online_payments_value_new", "national", "year", "2022-12-31", 3780.0),
            ("national_portal_accounts_new", "national", "year", "2021-12-31", 1600000.0),
            ("national_portal_accounts_new", "national", "year", "2022-12-31", 2800000.0),
            ("national_portal_accounts", "national", "as_of", "2021-12-31", 4200000.0),
            ("national_portal_accounts", "national", "as_of", "2022-12-31", 7000000.0),
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("cyberattacks", "national", "year", "2021-12-31", 12746.0),
        ],
    ),
    # Hà Tĩnh half-year 2025 infographic with bullet figures; one dated level.
    # Traps: digitisation share (no id), full-year plan.
    (
        """HÀ TĨNH: CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2025

▪ 72,8% hồ sơ thủ tục hành chính được nộp trực tuyến
▪ 100% hồ sơ được số hóa khi tiếp nhận
▪ 94,5% hồ sơ được cấp kết quả giải quyết điện tử
▪ 97,1% người dân, doanh nghiệp hài lòng khi giải quyết TTHC
▪ 1.106/1.787 TTHC được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình, đạt 61,9% (tại thời điểm 30/6/2025)

Kế hoạch cả năm 2025: 80% hồ sơ được nộp trực tuyến.
Nguồn: Văn phòng UBND tỉnh Hà Tĩnh | Đồ họa: Báo Hà Tĩnh""",
        "2025-07-12",
        [
            ("online_dossier_rate", "Hà Tĩnh", "half", "2025-06-30", 72.8),
            ("e_result_rate", "Hà Tĩnh", "half", "2025-06-30", 94.5),
            ("satisfaction_rate", "Hà Tĩnh", "half", "2025-06-30", 97.1),
            ("dvctt_full_process_rate", "Hà Tĩnh", "as_of", "2025-06-30", 61.9),
        ],
    ),
    # One-cell-per-line HTML table of telecom statistics for two months, with per-100 rows.
    # Traps: telecom revenue row (no id).
    (
        """Số liệu thống kê viễn thông tháng 10 và tháng 11/2024
Chỉ tiêu
Tháng 10/2024
Tháng 11/2024
Thuê bao băng rộng cố định (thuê bao)
23.512.406
23.688.915
Thuê bao băng rộng cố định/100 dân
23,3
23,5
Thuê bao băng rộng di động (thuê bao)
88.904.117
89.215.630
Thuê bao băng rộng di động/100 dân
88,1
88,4
Tỷ lệ người sử dụng Internet (%)
78,8
78,9
Doanh thu dịch vụ viễn thông (tỷ đồng)
30.412
30.877
Nguồn: Cục Viễn thông – Bộ Thông tin và Truyền thông""",
        "2024-12-10",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-10-31", 23512406.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-11-30", 23688915.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-10-31", 23.3),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-11-30", 23.5),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-10-31", 88904117.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-11-30", 89215630.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-10-31", 88.1),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-11-30", 88.4),
            ("internet_users_rate", "national", "as_of", "2024-10-31", 78.8),
            ("internet_users_rate", "national", "as_of", "2024-11-30", 78.9),
        ],
    ),
]

CASES += [
    # Government notice with an appendix pipe table (result / 2025 target), no sidecar date: the notice dates itself.
    # Traps: the target column, a named ministry's figure, the "hoàn thành 100%" instruction.
    (
        """VĂN PHÒNG CHÍNH PHỦ                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
-------                                      Độc lập - Tự do - Hạnh phúc
Số: 178/TB-VPCP                              Hà Nội, ngày 22 tháng 4 năm 2025

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại Phiên họp lần thứ nhất năm 2025
của Ban Chỉ đạo về cải cách hành chính và chuyển đổi số

Ngày 18 tháng 4 năm 2025, Thủ tướng Chính phủ chủ trì Phiên họp ... Sau khi nghe báo cáo và ý kiến các đại biểu, Thủ tướng Chính phủ kết luận:
1. Thời gian qua, công tác cải cách thủ tục hành chính gắn với chuyển đổi số đạt nhiều kết quả tích cực (số liệu chi tiết tại Phụ lục kèm theo); một số bộ đạt kết quả nổi bật, như Bộ Tài chính đã cung cấp 98,2% TTHC dưới dạng dịch vụ công trực tuyến toàn trình.
2. Các bộ, ngành, địa phương khẩn trương hoàn thành 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình trong năm 2025.

PHỤ LỤC
MỘT SỐ CHỈ TIÊU CHỦ YẾU (số liệu tính đến ngày 15/4/2025)
| TT | Chỉ tiêu | Kết quả | Mục tiêu năm 2025 |
| 1 | Tỷ lệ TTHC được cung cấp dịch vụ công trực tuyến (%) | 83,4 | 100 |
| 2 | Tỷ lệ TTHC được cung cấp DVCTT toàn trình (%) | 54,7 | 80 |
| 3 | Tỷ lệ người dân trưởng thành sử dụng DVCTT (%) | 46,2 | 50 |
| 4 | Tỷ lệ hồ sơ TTHC gắn mã số định danh cá nhân (%) | 91,3 | 100 |
| 5 | Số điểm kết nối đã thiết lập trên Nền tảng NDXP | 1.035 | - |""",
        None,
        [
            ("dvctt_rate", "national", "as_of", "2025-04-15", 83.4),
            ("dvctt_full_process_rate", "national", "as_of", "2025-04-15", 54.7),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2025-04-15", 46.2),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2025-04-15", 91.3),
            ("ndxp_connection_points", "national", "as_of", "2025-04-15", 1035.0),
        ],
    ),
    # Key-figure box on e-invoices and payment accounts, arrow layout, dated in the title.
    # Traps: coded-invoice sub-count after "trong đó", businesses using e-invoices, account counts, digital-channel share (no id).
    (
        """NGÂN HÀNG SỐ – HÓA ĐƠN ĐIỆN TỬ: NHỮNG CON SỐ ĐẾN 28/02/2025

8,2 tỷ  →  hóa đơn điện tử đã được cơ quan thuế tiếp nhận, xử lý kể từ ngày 01/7/2022
           (trong đó 2,1 tỷ hóa đơn có mã của cơ quan thuế)
1,6 triệu  →  doanh nghiệp, hộ kinh doanh sử dụng hóa đơn điện tử
87%  →  người trưởng thành có tài khoản thanh toán
210 triệu  →  tài khoản thanh toán cá nhân đang hoạt động
90%  →  giao dịch của khách hàng tại ngân hàng được thực hiện qua kênh số

Nguồn: Tổng cục Thuế, Ngân hàng Nhà nước Việt Nam""",
        "2025-03-05",
        [
            ("e_invoices_total", "national", "as_of", "2025-02-28", 8200000000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-02-28", 87.0),
        ],
    ),
    # Ranking table of provinces' full-process dossier share for 2024, with a change column, lowest province and national row.
    # Traps: "Thay đổi so với 2023 (điểm %)" column, rank numbers.
    (
        """Năm 2024: 5 địa phương có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất

Theo số liệu trên Cổng Dịch vụ công quốc gia, năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình bình quân cả nước đạt 36,5%. Các địa phương dẫn đầu gồm:

Hạng   Địa phương       Tỷ lệ (%)    Thay đổi so với 2023 (điểm %)
1      Bắc Ninh         78,45        +21,3
2      Lâm Đồng         74,12        +18,6
3      Tây Ninh         70,08        +25,1
4      Đồng Tháp        68,90        +15,2
5      Khánh Hòa        66,37        +12,8
...
63     Cao Bằng         9,84         +2,1
       Bình quân cả nước 36,5        +10,7

Ở chiều ngược lại, Cao Bằng là địa phương có tỷ lệ thấp nhất, chưa đến 10%.""",
        "2025-02-14",
        [
            ("online_dossier_full_process_rate", "Bắc Ninh", "year", "2024-12-31", 78.45),
            ("online_dossier_full_process_rate", "Lâm Đồng", "year", "2024-12-31", 74.12),
            ("online_dossier_full_process_rate", "Tây Ninh", "year", "2024-12-31", 70.08),
            ("online_dossier_full_process_rate", "Đồng Tháp", "year", "2024-12-31", 68.9),
            ("online_dossier_full_process_rate", "Khánh Hòa", "year", "2024-12-31", 66.37),
            ("online_dossier_full_process_rate", "Cao Bằng", "year", "2024-12-31", 9.84),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 36.5),
        ],
    ),
    # Year series pipe table of the digital economy's share of GDP and its growth (2021–2024).
    # Traps: 2025 target, e-Conomy SEA (vendor report) size and growth, Thailand's share.
    (
        """Kinh tế số Việt Nam giai đoạn 2021–2024: tỷ trọng tăng đều qua các năm

Theo số liệu của Cục Thống kê (Bộ Tài chính), tỷ trọng giá trị tăng thêm của kinh tế số trong GDP tăng đều qua các năm, song vẫn còn khoảng cách khá xa so với mục tiêu đến năm 2025 kinh tế số chiếm 20% GDP.

| Năm | Tỷ trọng kinh tế số/GDP (%) | Tốc độ tăng trưởng kinh tế số (%) |
|-----|-----|-----|
| 2021 | 11,42 | – |
| 2022 | 11,86 | 17,4 |
| 2023 | 12,33 | 12,6 |
| 2024 | 13,17 | 16,9 |

Trong khi đó, báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company ước tính tổng giá trị hàng hóa giao dịch của kinh tế số Việt Nam đạt 36 tỷ USD, tăng 16% so với năm trước. Tại Thái Lan, kinh tế số đóng góp khoảng 14% GDP.""",
        "2025-03-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2021-12-31", 11.42),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 11.86),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 13.17),
            ("digital_economy_growth", "national", "year", "2022-12-31", 17.4),
            ("digital_economy_growth", "national", "year", "2023-12-31", 12.6),
            ("digital_economy_growth", "national", "year", "2024-12-31", 16.9),
        ],
    ),
    # Nghệ An Đề án 06 table: assigned target / result / assessment columns, dated in the caption.
    # Traps: "Chỉ tiêu giao" column, welfare-payment recipients (no id).
    (
        """Nghệ An đẩy nhanh tiến độ thực hiện Đề án 06

Sau hơn hai năm triển khai Đề án 06, tỉnh Nghệ An cơ bản hoàn thành các nhiệm vụ về cấp Căn cước công dân gắn chip, tuy nhiên một số chỉ tiêu vẫn chưa đạt so với kế hoạch được giao.

Bảng: Kết quả thực hiện một số chỉ tiêu Đề án 06 trên địa bàn tỉnh (tính đến 31/7/2024)
Chỉ tiêu                                            Chỉ tiêu giao   Kết quả       Đánh giá
Số thẻ CCCD gắn chip đã cấp (thẻ)                    -               2.846.512     Hoàn thành
Số tài khoản định danh điện tử đã kích hoạt          2.300.000       1.912.380     Chưa đạt
Tỷ lệ hồ sơ TTHC gắn mã số định danh cá nhân (%)     100             96,4          Chưa đạt
Tỷ lệ cấp kết quả giải quyết TTHC điện tử (%)        100             89,7          Chưa đạt
Số người hưởng chính sách an sinh xã hội nhận         -               215.604       -
trợ cấp qua tài khoản (người)

Công an tỉnh đề nghị các huyện, thị xã tổ chức cao điểm kích hoạt tài khoản định danh điện tử mức độ 2 trong tháng 8/2024.""",
        "2024-08-16",
        [
            ("chip_id_cards_issued", "Nghệ An", "as_of", "2024-07-31", 2846512.0),
            ("vneid_activated_accounts", "Nghệ An", "as_of", "2024-07-31", 1912380.0),
            ("dossiers_with_personal_id_rate", "Nghệ An", "as_of", "2024-07-31", 96.4),
            ("e_result_rate", "Nghệ An", "as_of", "2024-07-31", 89.7),
        ],
    ),
    # NDXP quarter columns (Q1, Q2/2025) in a pipe table with a cumulative figure in the text.
    # Traps: "tăng 10,9%" change, Hà Nội's own LGSP transactions (not NDXP).
    (
        """Nền tảng NDXP: bình quân 3,4 triệu giao dịch mỗi ngày trong quý II/2025

Theo Cục Chuyển đổi số quốc gia, số giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) trong quý II/2025 tăng 10,9% so với quý I. Từ năm 2019 đến 30/6/2025, NDXP đã xử lý tổng cộng 3,92 tỷ giao dịch.

| Chỉ tiêu | Quý I/2025 | Quý II/2025 |
|---|---|---|
| Tổng số giao dịch (triệu) | 279,0 | 309,4 |
| Bình quân giao dịch/ngày (triệu) | 3,1 | 3,4 |
| Số điểm kết nối (cuối kỳ) | 1.146 | 1.188 |

Ở cấp địa phương, Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) của Hà Nội xử lý khoảng 12 triệu giao dịch trong quý II.""",
        "2025-07-20",
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 279000000.0),
            ("ndxp_transactions_period", "national", "quarter", "2025-06-30", 309400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 3100000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 3400000.0),
            ("ndxp_connection_points", "national", "as_of", "2025-03-31", 1146.0),
            ("ndxp_connection_points", "national", "as_of", "2025-06-30", 1188.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-06-30", 3920000000.0),
        ],
    ),
    # Whole news page (breadcrumb, dateline, caption, table, counters, related links): Hà Nội 9 months of 2025 vs 2024.
    # Traps: a ward's figure, year-end target, page-view counter.
    (
        """Trang chủ › Thời sự › Hà Nội
Thứ Năm, 09/10/2025 07:45 (GMT+7)

Hà Nội: 9 tháng, tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,2%

(HNM) – Theo báo cáo của Sở Khoa học và Công nghệ Hà Nội, trong 9 tháng năm 2025, kết quả giải quyết thủ tục hành chính trên môi trường điện tử của thành phố có bước tiến rõ rệt so với cùng kỳ, nhất là sau khi vận hành chính quyền địa phương hai cấp.

[Ảnh] Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công phường Hoàn Kiếm. Ảnh: Viết Thành

Chỉ tiêu                                      9 tháng 2025    9 tháng 2024
Tỷ lệ hồ sơ trực tuyến                        89,6%           71,2%
Tỷ lệ hồ sơ trực tuyến toàn trình             68,2%           44,9%
Tỷ lệ cấp kết quả điện tử                     97,3%           90,5%
Tỷ lệ khai thác, sử dụng lại dữ liệu          55,8%           39,6%

Nhiều phường, xã đạt kết quả rất cao, như phường Hoàn Kiếm có 99,1% hồ sơ được nộp trực tuyến. Thành phố đặt mục tiêu đến cuối năm 2025 tỷ lệ hồ sơ trực tuyến đạt 95%.

Minh Hà
Lượt xem: 1.245 | Chia sẻ | In bài
Tin cùng chuyên mục:
› Hà Nội vận hành Trung tâm dữ liệu thành phố
› Ra mắt ứng dụng iHanoi phiên bản mới""",
        "2025-10-09",
        [
            ("online_dossier_rate", "Hà Nội", "ytd", "2025-09-30", 89.6),
            ("online_dossier_rate", "Hà Nội", "ytd", "2024-09-30", 71.2),
            ("online_dossier_full_process_rate", "Hà Nội", "ytd", "2025-09-30", 68.2),
            ("online_dossier_full_process_rate", "Hà Nội", "ytd", "2024-09-30", 44.9),
            ("e_result_rate", "Hà Nội", "ytd", "2025-09-30", 97.3),
            ("e_result_rate", "Hà Nội", "ytd", "2024-09-30", 90.5),
            ("data_reuse_rate", "Hà Nội", "ytd", "2025-09-30", 55.8),
            ("data_reuse_rate", "Hà Nội", "ytd", "2024-09-30", 39.6),
        ],
    ),
    # Thừa Thiên Huế 2023 review: two year columns and a percentage-point change column.
    # Traps: change column, digitisation share (no id), the former city of Huế's own (district-level) figure.
    (
        """TỈNH THỪA THIÊN HUẾ: KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2023

Năm 2023, Thừa Thiên Huế tiếp tục là một trong những địa phương dẫn đầu cả nước về chuyển đổi số. Riêng thành phố Huế có tỷ lệ hồ sơ trực tuyến đạt 88,3%, cao nhất trong các huyện, thị xã, thành phố.

Chỉ tiêu                                   Năm 2022    Năm 2023    Tăng/giảm (điểm %)
Tỷ lệ hồ sơ trực tuyến (%)                 61,4        74,8        +13,4
Tỷ lệ hồ sơ trực tuyến toàn trình (%)      32,7        45,1        +12,4
Tỷ lệ hồ sơ được số hóa (%)                70,2        92,6        +22,4
Tỷ lệ hài lòng của người dân (%)           96,2        97,5        +1,3
Tỷ trọng kinh tế số trong GRDP (%)         9,8         11,2        +1,4

Nguồn: Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế""",
        "2024-01-08",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "year", "2022-12-31", 61.4),
            ("online_dossier_rate", "Thừa Thiên Huế", "year", "2023-12-31", 74.8),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "year", "2022-12-31", 32.7),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "year", "2023-12-31", 45.1),
            ("satisfaction_rate", "Thừa Thiên Huế", "year", "2022-12-31", 96.2),
            ("satisfaction_rate", "Thừa Thiên Huế", "year", "2023-12-31", 97.5),
            ("digital_economy_gdp_share", "Thừa Thiên Huế", "year", "2022-12-31", 9.8),
            ("digital_economy_gdp_share", "Thừa Thiên Huế", "year", "2023-12-31", 11.2),
        ],
    ),
]

CASES += [
    # Ministry monthly report table: this month / last month / Q1 columns, one cell left as "-".
    # Traps: scam-warning count row (no id); the quarter's daily average is not given.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Báo cáo tình hình tháng 3 và quý I năm 2024 (trích phần Chuyển đổi số, An toàn thông tin)

Bảng 4. Một số chỉ tiêu theo dõi
Chỉ tiêu                                          Tháng 3/2024   Tháng 2/2024   Quý I/2024
Số cuộc tấn công mạng gây sự cố (cuộc)             1.027          847            2.822
Số lượt phản ánh lừa đảo trực tuyến tiếp nhận      3.415          2.960          9.108
(lượt)
Số giao dịch qua NDXP (triệu giao dịch)            81,4           66,5           226,1
Bình quân giao dịch NDXP/ngày (triệu)              2,63           2,29           -

Ghi chú: số liệu tháng 2/2024 thấp do trùng kỳ nghỉ Tết Nguyên đán Giáp Thìn.""",
        "2024-04-05",
        [
            ("cyberattacks", "national", "month", "2024-03-31", 1027.0),
            ("cyberattacks", "national", "month", "2024-02-29", 847.0),
            ("cyberattacks", "national", "quarter", "2024-03-31", 2822.0),
            ("ndxp_transactions_period", "national", "month", "2024-03-31", 81400000.0),
            ("ndxp_transactions_period", "national", "month", "2024-02-29", 66500000.0),
            ("ndxp_transactions_period", "national", "quarter", "2024-03-31", 226100000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-03-31", 2630000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-02-29", 2290000.0),
        ],
    ),
    # Stacked infographic (number line, caption line) with a footer date; several e-service shares that must not be confused.
    # Traps: the 2025 target line; eligible-procedures share vs all-procedures share vs services-with-dossiers share.
    (
        """CHÍNH PHỦ SỐ 2024 – NHỮNG CON SỐ ẤN TƯỢNG

45,8%
người dân trưởng thành sử dụng dịch vụ công trực tuyến

82,9%
thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến

53,8%
thủ tục hành chính được cung cấp trực tuyến toàn trình

96,8%
TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình

86,7%
dịch vụ công trực tuyến có phát sinh hồ sơ

71/193
xếp hạng Chỉ số phát triển Chính phủ điện tử (EGDI) của Liên Hợp Quốc năm 2024

Mục tiêu 2025: 80% TTHC được cung cấp trực tuyến toàn trình
Số liệu tính đến 31/12/2024 | Nguồn: Văn phòng Chính phủ, Bộ Thông tin và Truyền thông""",
        "2025-01-25",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-12-31", 45.8),
            ("dvctt_rate", "national", "as_of", "2024-12-31", 82.9),
            ("dvctt_full_process_rate", "national", "as_of", "2024-12-31", 53.8),
            ("full_process_provision_rate", "national", "as_of", "2024-12-31", 96.8),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-12-31", 86.7),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
        ],
    ),
    # Source-comparison table (value / source / date columns) on smartphone and Internet use.
    # Traps: survey share of adults owning a smartphone (people, not subscriptions), DataReportal's Internet share, total mobile subscriptions (no id).
    (
        """Bao nhiêu người Việt dùng smartphone và Internet? Mỗi nguồn một con số

Các con số về smartphone và Internet được trích dẫn rất khác nhau, tùy nguồn và cách tính. Bảng dưới đây tổng hợp một số số liệu được công bố gần đây:

Chỉ tiêu                                            Giá trị        Nguồn                       Thời điểm
Tổng số thuê bao di động                            124,5 triệu    Cục Viễn thông              31/01/2024
Thuê bao di động sử dụng smartphone                 106,2 triệu    Cục Viễn thông              31/01/2024
Tỷ lệ thuê bao di động sử dụng smartphone           85,3%          Cục Viễn thông              31/01/2024
Thuê bao băng rộng di động                          87,6 triệu     Cục Viễn thông              31/01/2024
Tỷ lệ người sử dụng Internet                        78,6%          Bộ TT&TT                    31/01/2024
Tỷ lệ người trưởng thành sở hữu smartphone          73,5%          Khảo sát Decision Lab       2023
Tỷ lệ dân số sử dụng Internet                       79,1%          DataReportal                01/2024

Theo các chuyên gia, tỷ lệ tính trên thuê bao thường cao hơn tỷ lệ tính trên người dùng do một người có thể sở hữu nhiều SIM.""",
        "2024-03-20",
        [
            ("smartphone_subscriptions", "national", "as_of", "2024-01-31", 106200000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-01-31", 85.3),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-01-31", 87600000.0),
            ("internet_users_rate", "national", "as_of", "2024-01-31", 78.6),
        ],
    ),
    # Pipe table of online payments by quarter with 9-month rows for 2025 and 2024.
    # Traps: "tăng 31%" change, share of dossiers paid online (no id).
    (
        """Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia tăng mạnh trong 9 tháng năm 2025

Theo Văn phòng Chính phủ, 9 tháng năm 2025, số giao dịch thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia tăng 31% so với cùng kỳ; tỷ lệ hồ sơ có thanh toán trực tuyến đạt 41%.

| Kỳ | Số giao dịch thanh toán (triệu) | Số tiền thanh toán (tỷ đồng) |
|---|---|---|
| Quý I/2025 | 5,82 | 4.105 |
| Quý II/2025 | 6,47 | 4.620 |
| Quý III/2025 | 7,03 | 5.188 |
| 9 tháng 2025 | 19,32 | 13.913 |
| 9 tháng 2024 | 14,75 | 10.240 |

Nguồn: Văn phòng Chính phủ.""",
        "2025-10-12",
        [
            ("online_payments_count_new", "national", "quarter", "2025-03-31", 5820000.0),
            ("online_payments_count_new", "national", "quarter", "2025-06-30", 6470000.0),
            ("online_payments_count_new", "national", "quarter", "2025-09-30", 7030000.0),
            ("online_payments_count_new", "national", "ytd", "2025-09-30", 19320000.0),
            ("online_payments_count_new", "national", "ytd", "2024-09-30", 14750000.0),
            ("online_payments_value_new", "national", "quarter", "2025-03-31", 4105.0),
            ("online_payments_value_new", "national", "quarter", "2025-06-30", 4620.0),
            ("online_payments_value_new", "national", "quarter", "2025-09-30", 5188.0),
            ("online_payments_value_new", "national", "ytd", "2025-09-30", 13913.0),
            ("online_payments_value_new", "national", "ytd", "2024-09-30", 10240.0),
        ],
    ),
    # Lào Cai year-end assessment table: 2025 target / estimated 2025 result / assessment.
    # Traps: target column, "Đánh giá" words, the zero target for dead-zone villages.
    (
        """UBND TỈNH LÀO CAI
BÁO CÁO TỔNG KẾT CÔNG TÁC CHUYỂN ĐỔI SỐ NĂM 2025

Năm 2025, trong bối cảnh sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp, tỉnh Lào Cai cơ bản hoàn thành các chỉ tiêu chuyển đổi số chủ yếu.

Bảng: Đánh giá thực hiện một số chỉ tiêu chuyển đổi số năm 2025
Chỉ tiêu                                       Mục tiêu 2025   Ước TH 2025    Đánh giá
Tỷ lệ hồ sơ trực tuyến (%)                     80              83,7           Đạt
Tỷ lệ hồ sơ trực tuyến toàn trình (%)          50              62,4           Vượt
Tỷ lệ hộ gia đình có kết nối cáp quang (%)     80              76,5           Chưa đạt
Tỷ trọng kinh tế số trong GRDP (%)             20              9,6            Không đạt
Số thôn, bản chưa có sóng di động (thôn)       0               14             Không đạt

Năm 2026, tỉnh phấn đấu xóa toàn bộ thôn, bản lõm sóng và nâng tỷ trọng kinh tế số lên 12% GRDP.""",
        "2026-01-08",
        [
            ("online_dossier_rate", "Lào Cai", "year", "2025-12-31", 83.7),
            ("online_dossier_full_process_rate", "Lào Cai", "year", "2025-12-31", 62.4),
            ("ftth_household_rate", "Lào Cai", "as_of", "2025-12-31", 76.5),
            ("digital_economy_gdp_share", "Lào Cai", "year", "2025-12-31", 9.6),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2025-12-31", 14.0),
        ],
    ),
    # National 2025 year review (January 2026) with Năm 2024 / Năm 2025 columns and an estimate flag.
    # Traps: speed rank row, 2026 targets, 5G subscribers (no id).
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Tổng kết năm 2025 – Lĩnh vực hạ tầng số, an toàn thông tin và kinh tế số (trích)

Bảng 2. So sánh một số chỉ tiêu năm 2025 với năm 2024
Chỉ tiêu                                             Năm 2024     Năm 2025
Số cuộc tấn công mạng gây sự cố (cuộc)               7.402        6.118
Số trạm phát sóng 5G (cuối năm)                      5.600        20.156
Tỷ lệ dân số được phủ sóng 5G (%, cuối năm)          –            91,2
Thuê bao 5G (triệu, cuối năm)                        1,8          24,5
Tốc độ tải xuống di động tháng 12 (Mbps)             74,1         168,2
Thứ hạng tốc độ di động thế giới (tháng 12)          52           17
Tỷ trọng kinh tế số/GDP (%)                          13,17        14,02 (ước)

Năm 2026, Bộ đặt mục tiêu phủ sóng 5G đạt 99% dân số và kinh tế số chiếm 16% GDP.""",
        "2026-01-12",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 7402.0),
            ("cyberattacks", "national", "year", "2025-12-31", 6118.0),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 5600.0),
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 20156.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 91.2),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 74.1),
            ("mobile_broadband_speed", "national", "month", "2025-12-31", 168.2),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 13.17),
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 14.02),
        ],
    ),
]

CASES += [
    # One-cell-per-line table with a "Hiện tại" column (dated by the page) next to an end-2024 column.
    # Traps: 5G subscriber row (no id), Viettel's share in the text, year-end target.
    (
        """Thông cáo báo chí: Phát triển mạng 5G sau 5 tháng thương mại hóa
Hà Nội, 12/3/2025
Sau khoảng 5 tháng kể từ khi dịch vụ 5G được chính thức thương mại hóa, hạ tầng 5G tiếp tục được các doanh nghiệp đầu tư mạnh, trong đó Viettel chiếm hơn 70% số trạm. Tình hình phát triển như sau:
Chỉ tiêu
Cuối năm 2024
Hiện tại
Số trạm 5G đang hoạt động
5.600
8.950
Tỷ lệ dân số được phủ sóng 5G (%)
15,2
20,4
Thuê bao sử dụng 5G (triệu)
4,1
6,8
Mục tiêu đến cuối năm 2025, cả nước có 20.000 trạm 5G, phủ sóng 90% dân số.""",
        "2025-03-12",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 5600.0),
            ("fiveg_bts_count", "national", "as_of", "2025-03-12", 8950.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 15.2),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-12", 20.4),
        ],
    ),
    # Cần Thơ quarterly report with a split by administrative level and a city-wide total row; no sidecar, the report dates itself.
    # Traps: department/district/commune rows (sub-units), one district's figure, the plan.
    (
        """UBND THÀNH PHỐ CẦN THƠ
VĂN PHÒNG UBND THÀNH PHỐ
Số: 512/BC-VPUB                               Cần Thơ, ngày 10 tháng 10 năm 2023

BÁO CÁO
Tình hình tiếp nhận, giải quyết hồ sơ TTHC trực tuyến quý III năm 2023

Bảng 1. Tỷ lệ hồ sơ trực tuyến quý III/2023 theo cấp hành chính
Cấp                      Tỷ lệ hồ sơ trực tuyến (%)    Tỷ lệ hồ sơ trực tuyến toàn trình (%)
Khối sở, ngành           71,5                          38,2
Cấp huyện                48,3                          22,7
Cấp xã                   39,6                          15,4
Toàn thành phố           52,8                          25,9

Trong đó, quận Ninh Kiều có tỷ lệ hồ sơ trực tuyến cao nhất với 67,1%. Kế hoạch năm 2023 của thành phố đặt mục tiêu tỷ lệ hồ sơ trực tuyến đạt 50%.""",
        None,
        [
            ("online_dossier_rate", "Cần Thơ", "quarter", "2023-09-30", 52.8),
            ("online_dossier_full_process_rate", "Cần Thơ", "quarter", "2023-09-30", 25.9),
        ],
    ),
    # Pipe table of information systems by bloc (total / approved / share), dated 30/11/2023.
    # Traps: the system counts (no id), the year-end target.
    (
        """Bảo đảm an toàn hệ thống thông tin theo cấp độ: khối địa phương còn chậm

Theo Cục An toàn thông tin, tính đến 30/11/2023, tình hình phê duyệt hồ sơ đề xuất cấp độ của các hệ thống thông tin (HTTT) như sau:

| Khối | Tổng số HTTT | Đã phê duyệt cấp độ | Tỷ lệ (%) |
|---|---|---|---|
| Bộ, ngành | 1.224 | 1.097 | 89,6 |
| Địa phương | 2.310 | 1.760 | 76,2 |
| Tổng | 3.534 | 2.857 | 80,8 |

Theo Chỉ thị 09/CT-TTg, hết năm 2023 các bộ, ngành, địa phương phải hoàn thành phê duyệt cấp độ cho 100% hệ thống thông tin đang vận hành.""",
        "2023-12-15",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-11-30", 89.6),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-11-30", 76.2),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-11-30", 80.8),
        ],
    ),
    # Monthly portal table for a reporting window (20/01–19/02/2025) with missing cells ("chưa có số liệu", "-").
    # Traps: missing cells, business-account sub-count after "trong đó", change vs previous month.
    (
        """Số liệu Cổng Dịch vụ công quốc gia tháng 02/2025
(kỳ báo cáo từ ngày 20/01/2025 đến ngày 19/02/2025)

Chỉ tiêu                                        Trong kỳ          Ghi chú
Tài khoản đăng ký mới                           402.118           trong đó 21.306 tài khoản doanh nghiệp
Hồ sơ trực tuyến thực hiện qua Cổng             2.310.552         giảm 26% so với kỳ trước do nghỉ Tết
Giao dịch thanh toán trực tuyến                 chưa có số liệu
Số tiền thanh toán trực tuyến (tỷ đồng)         -

Tính đến ngày 19/02/2025, tổng số tài khoản đăng ký trên Cổng Dịch vụ công quốc gia là 16,42 triệu tài khoản.""",
        "2025-02-24",
        [
            ("national_portal_accounts_new", "national", "month", "2025-02-19", 402118.0),
            ("national_portal_dossiers_new", "national", "month", "2025-02-19", 2310552.0),
            ("national_portal_accounts", "national", "as_of", "2025-02-19", 16420000.0),
        ],
    ),
    # ASEAN speed comparison pipe table: only Việt Nam's row is a value.
    # Traps: other countries' speeds, world rank, upload figure in the text.
    (
        """Tốc độ Internet di động của Việt Nam vượt Singapore

Theo Speedtest Global Index tháng 10/2025 của Ookla, tốc độ tải xuống trung bình của mạng di động Việt Nam đã vượt Singapore, đứng đầu Đông Nam Á và xếp thứ 14 thế giới; tốc độ tải lên di động đạt 31,7 Mbps.

| Quốc gia | Băng rộng cố định (Mbps) | Di động (Mbps) |
|---|---|---|
| Singapore | 345,6 | 156,2 |
| Thái Lan | 251,3 | 125,4 |
| Việt Nam | 239,8 | 171,5 |
| Malaysia | 143,9 | 118,7 |
| Indonesia | 32,1 | 40,6 |

Số liệu tháng 10/2025, tốc độ tải xuống trung vị.""",
        "2025-11-18",
        [
            ("fixed_broadband_speed", "national", "month", "2025-10-31", 239.8),
            ("mobile_broadband_speed", "national", "month", "2025-10-31", 171.5),
        ],
    ),
    # PDF table with a two-level header (count / share under each service type) for ministries, localities and the whole country.
    # Traps: procedure and service counts (no id), empty "–" cells.
    (
        """Tình hình cung cấp dịch vụ công trực tuyến đến giữa năm 2024

Bảng 1. Kết quả cung cấp DVCTT (tính đến 15/6/2024)
                 Tổng số    DVCTT                 DVCTT toàn trình       DVCTT có phát
                 TTHC       Số       Tỷ lệ (%)    Số       Tỷ lệ (%)     sinh hồ sơ (%)
Bộ, ngành        1.812      1.503    82,9         951      52,5          61,7
Địa phương       –          –        80,6         –        48,9          44,3
Cả nước          –          –        81,2         –        50,1          49,8

Ghi chú: tỷ lệ DVCTT và DVCTT toàn trình tính trên tổng số TTHC; tỷ lệ DVCTT có phát sinh hồ sơ tính trên tổng số DVCTT đã cung cấp.""",
        "2024-06-20",
        [
            ("dvctt_rate", "ministries", "as_of", "2024-06-15", 82.9),
            ("dvctt_rate", "localities", "as_of", "2024-06-15", 80.6),
            ("dvctt_rate", "national", "as_of", "2024-06-15", 81.2),
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-06-15", 52.5),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-06-15", 48.9),
            ("dvctt_full_process_rate", "national", "as_of", "2024-06-15", 50.1),
            ("dvctt_with_dossiers_rate", "ministries", "as_of", "2024-06-15", 61.7),
            ("dvctt_with_dossiers_rate", "localities", "as_of", "2024-06-15", 44.3),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-06-15", 49.8),
        ],
    ),
]
