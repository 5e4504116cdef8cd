"""Blind genre probes, round thirteen: government report text as a PDF or Word conversion gives it.
Each case is a 6-15 line excerpt of a ministry monthly or quarterly report, a Văn phòng Chính phủ
conclusion notice (Thông báo kết luận), a provincial People's Committee report or a Sở's monthly
report, with report headers (issuer, "Số: …/BC-…", place and date line), numbered sections and
sub-items ("1.", "a)", "-", "+"), tables written as tab- or pipe-separated lines (period or unit
headers, rows per indicator, per province or per operator, a "Cả nước"/"Toàn quốc"/"Tổng cộng"
row), "Chỉ tiêu | Kế hoạch | Thực hiện | So với KH" tables where only the Thực hiện column holds
values, footnote markers glued to numbers ("88,6%1") or bracketed ("[1]") with footnote bodies
that carry or date values, hard-wrapped lines cut mid-sentence or between a number and its unit,
stray page numbers, and the report phrases "Kết quả đạt được", "so với tháng trước", "lũy kế từ
đầu năm", "đạt x% kế hoạch năm" (a share of the plan, never a value). Negative and mixed cases
carry targets, year-on-year changes, operators' and other countries' figures, named ministries'
figures, sub-counts after "trong đó", remainders, counts of decrees and meetings, and an undated
"hiện nay" with no publication date. Written for the project from the genre's usual phrasings
(not copied from any page).
"""

CASES = [
    # Ministry monthly report with full header: month rate, "lũy kế từ đầu năm" (ytd), "đến nay" stock; "tăng 2,1 điểm phần trăm" and "đạt 68,5% kế hoạch năm (80%)" are not values
    (
        """\
BỘ KHOA HỌC VÀ CÔNG NGHỆ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
\tĐộc lập - Tự do - Hạnh phúc
Số: 1287/BC-BKHCN\tHà Nội, ngày 5 tháng 6 năm 2025
BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 5/2025
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Về phát triển Chính phủ số
a) Cung cấp dịch vụ công trực tuyến
- Tỷ lệ hồ sơ xử lý trực tuyến trong tháng 5/2025 đạt 47,6%, tăng 2,1 điểm phần
trăm so với tháng trước; lũy kế từ đầu năm đạt 45,9%.
- Tỷ lệ TTHC được cung cấp dưới dạng DVCTT toàn trình đến nay là 54,8%, đạt
68,5% kế hoạch năm (80%).
""",
        "2025-06-05",
        [
            ("online_dossier_rate", "national", "month", "2025-05-31", 47.6),
            ("online_dossier_rate", "national", "ytd", "2025-05-31", 45.9),
            ("dvctt_full_process_rate", "national", "as_of", "2025-06-05", 54.8),
        ],
    ),
    # Sở report, pipe table "Kế hoạch 2025 | Thực hiện 6 tháng | So với KH (%)": only the Thực hiện column, province from the header
    (
        """\
UBND TỈNH QUẢNG NINH
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 412/BC-SKHCN\tQuảng Ninh, ngày 04 tháng 7 năm 2025
BÁO CÁO
Kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2025 trên địa bàn tỉnh
Bảng 1. Một số chỉ tiêu chủ yếu
STT | Chỉ tiêu | Đơn vị | Kế hoạch 2025 | Thực hiện 6 tháng | So với KH (%)
1 | Tỷ lệ hồ sơ xử lý trực tuyến | % | 80 | 76,4 | 95,5
2 | Tỷ lệ hồ sơ cấp kết quả điện tử | % | 100 | 92,7 | 92,7
3 | Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa | % | 70 | 58,3 | 83,3
4 | Tỷ lệ hộ gia đình có Internet cáp quang | % | 95 | 91,2 | 96,0
""",
        "2025-07-04",
        [
            ("online_dossier_rate", "Quảng Ninh", "half", "2025-06-30", 76.4),
            ("e_result_rate", "Quảng Ninh", "half", "2025-06-30", 92.7),
            ("data_reuse_rate", "Quảng Ninh", "half", "2025-06-30", 58.3),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2025-06-30", 91.2),
        ],
    ),
    # Conclusion notice: "812/1.084" and "59/63" counts, a glued footnote marker "88,6%1." whose footnote body dates the rate; target and remainder (272 còn lại) left out
    (
        """\
VĂN PHÒNG CHÍNH PHỦ
Số: 187/TB-VPCP\tHà Nội, ngày 14 tháng 5 năm 2025
THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại Phiên họp thứ ba của Ban Chỉ đạo
1. Đánh giá chung
Các bộ, ngành, địa phương đã cắt giảm, đơn giản hóa 812/1.084 TTHC theo các
nghị quyết chuyên đề; 59/63 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm
phí, lệ phí khi sử dụng DVCTT; tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT
toàn trình đạt 88,6%1.
2. Nhiệm vụ thời gian tới
- Phấn đấu đến hết năm 2025, 100% TTHC đủ điều kiện được cung cấp DVCTT toàn
trình; hoàn thành cắt giảm 272 TTHC còn lại trong quý III/2025.
_______________
1 Số liệu trên Hệ thống EMC tính đến ngày 30/4/2025.
""",
        "2025-05-14",
        [
            ("procedures_simplified", "national", "as_of", "2025-05-14", 812),
            ("localities_fee_reduction", "national", "as_of", "2025-05-14", 59),
            ("full_process_provision_rate", "national", "as_of", "2025-04-30", 88.6),
        ],
    ),
    # Annex table, tab-separated, one row per province plus a "Cả nước" row; the annex title dates the columns (tháng 4/2025)
    (
        """\
Phụ lục II
KẾT QUẢ XỬ LÝ HỒ SƠ TRỰC TUYẾN CỦA CÁC ĐỊA PHƯƠNG THÁNG 4/2025
(Kèm theo Báo cáo số 98/BC-VPCP ngày 08/5/2025 của Văn phòng Chính phủ)
STT\tĐịa phương\tTỷ lệ hồ sơ trực tuyến (%)\tTỷ lệ hồ sơ trực tuyến toàn trình (%)
1\tĐà Nẵng\t91,27\t68,40
2\tBình Dương\t88,05\t55,12
3\tLào Cai\t84,60\t47,93
…\t…\t…\t…
\tCả nước\t50,18\t31,06
Ghi chú: Số liệu tổng hợp từ Hệ thống EMC.
""",
        "2025-05-08",
        [
            ("online_dossier_rate", "Đà Nẵng", "month", "2025-04-30", 91.27),
            ("online_dossier_rate", "Bình Dương", "month", "2025-04-30", 88.05),
            ("online_dossier_rate", "Lào Cai", "month", "2025-04-30", 84.6),
            ("online_dossier_rate", "national", "month", "2025-04-30", 50.18),
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2025-04-30", 68.4),
            ("online_dossier_full_process_rate", "Bình Dương", "month", "2025-04-30", 55.12),
            ("online_dossier_full_process_rate", "Lào Cai", "month", "2025-04-30", 47.93),
            ("online_dossier_full_process_rate", "national", "month", "2025-04-30", 31.06),
        ],
    ),
    # NDXP section hard-wrapped mid-sentence: month flow, per-day average ("triệu giao dịch/ngày"), cumulative "tỷ", connection points and agencies; "tăng 03 cơ quan" is a change
    (
        """\
BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 5/2025
(Kèm theo Công văn số 2215/BKHCN-CĐSQG ngày 06/6/2025)
3. Về dữ liệu số
a) Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)
- Trong tháng 5/2025, NDXP ghi nhận 112,4 triệu giao dịch, bình quân
khoảng 3,63 triệu giao dịch/ngày; lũy kế từ khi đưa vào vận hành (năm 2019)
đến nay đạt trên 3,12 tỷ giao dịch.
- Tổng số điểm kết nối trên NDXP là 2.146; có 112 bộ, ngành, địa phương, cơ
quan đã kết nối với NDXP (tăng 03 cơ quan so với tháng trước).
""",
        "2025-06-06",
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 112400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3630000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-06-06", 3120000000),
            ("ndxp_connection_points", "national", "as_of", "2025-06-06", 2146),
            ("ndxp_connected_agencies", "national", "as_of", "2025-06-06", 112),
        ],
    ),
    # Cybersecurity section: month count, previous month in parentheses kept with its own month, botnet stock "khoảng 412.000", level-approval rate "đến nay"; month-on-month and year-on-year changes left out
    (
        """\
BÁO CÁO TÌNH HÌNH CHUYỂN ĐỔI SỐ THÁNG 4/2025
(Số: 902/BC-BKHCN, Hà Nội, ngày 07 tháng 5 năm 2025)
4. Về bảo đảm an toàn thông tin mạng
- Trong tháng 4/2025, các cơ quan chức năng đã ghi nhận, cảnh báo và hướng dẫn
xử lý 1.126 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt
Nam, giảm 8,4% so với tháng 3/2025 (1.229 cuộc) và giảm 21,3% so với cùng kỳ.
- Số địa chỉ IP thuộc các mạng botnet tính đến hết tháng 4/2025 là khoảng
412.000 địa chỉ, giảm 5,2% so với tháng trước.
- Đến nay, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ
là 96,3%.
""",
        "2025-05-07",
        [
            ("cyberattacks", "national", "month", "2025-04-30", 1126),
            ("cyberattacks", "national", "month", "2025-03-31", 1229),
            ("botnet_ips", "national", "as_of", "2025-04-30", 412000),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-05-07", 96.3),
        ],
    ),
    # Negative: operators' own 5G figures (Viettel, VNPT), a world figure (GSMA) and a target; nothing to store
    (
        """\
BÁO CÁO THÁNG 3/2025
2. Về phát triển hạ tầng số
c) Mạng di động 5G
- Các doanh nghiệp viễn thông tiếp tục mở rộng vùng phủ 5G; riêng Viettel đã
lắp đặt thêm 1.500 trạm trong tháng, nâng tổng số trạm 5G của doanh nghiệp
lên 8.200 trạm; VNPT hiện có 2.100 trạm 5G đang phát sóng, phủ sóng 5G cho
khoảng 18% dân số tại 40 tỉnh, thành phố.
- Theo GSMA, tỷ lệ dân số toàn cầu được phủ sóng 5G năm 2024 là khoảng 51%.
- Phấn đấu đến hết năm 2025, vùng phủ sóng 5G đạt 90% dân số cả nước.
""",
        "2025-04-04",
        [],
    ),
    # Quarterly report: "hiện" level with a glued footnote marker ("dân số2;"), smartphone share, and a footnote body carrying the 5G station count with its own date
    (
        """\
BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 645/BC-BKHCN\tHà Nội, ngày 10 tháng 4 năm 2025
BÁO CÁO
Kết quả thực hiện nhiệm vụ chuyển đổi số quý I/2025
2. Về phát triển hạ tầng số
Hạ tầng mạng 5G được đẩy mạnh triển khai, vùng phủ sóng 5G hiện đạt khoảng
26% dân số2; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 87,4%.
3. Về phát triển nền tảng số
…
_______________
2 Tính đến ngày 31/3/2025, cả nước có 8.836 trạm BTS 5G đang hoạt động.
""",
        "2025-04-10",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 26),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-03-31", 87.4),
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 8836),
        ],
    ),
    # Year-end review: GDP share and growth of the digital economy for 2024, UN EGDI rank "71/193" and the 2022 rank in parentheses; "tăng 15 bậc", "gấp 3 lần" and the 2025 target left out
    (
        """\
BÁO CÁO
Tổng kết công tác chuyển đổi số năm 2024 và nhiệm vụ trọng tâm năm 2025
(Số: 58/BC-UBQGCĐS ngày 15/01/2025)
I. KẾT QUẢ ĐẠT ĐƯỢC NĂM 2024
3. Về kinh tế số
- Tỷ trọng kinh tế số trong GDP năm 2024 ước đạt 18,3%; tăng trưởng kinh tế
số đạt khoảng 20%, gấp khoảng 3 lần tốc độ tăng trưởng GDP.
- Theo Khảo sát Chính phủ điện tử của Liên Hợp Quốc năm 2024, Chỉ số phát triển
Chính phủ điện tử (EGDI) của Việt Nam xếp hạng 71/193, tăng 15 bậc so với năm
2022 (86/193).
- Mục tiêu năm 2025: kinh tế số chiếm 20% GDP.
""",
        "2025-01-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # Provincial People's Committee year report: GRDP share (this year and last year in parentheses), provincial digital-economy growth, and an undated level in the year under review
    (
        """\
ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG
Số: 21/BC-UBND\tHải Dương, ngày 25 tháng 01 năm 2025
BÁO CÁO
Kết quả thực hiện chuyển đổi số năm 2024
3. Phát triển kinh tế số
Năm 2024, tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 21,5% (năm 2023 là
19,8%); tốc độ tăng trưởng kinh tế số đạt 16,2%.
4. Phát triển xã hội số
Tỷ lệ người trưởng thành có tài khoản thanh toán trên địa bàn tỉnh đạt 86,7%;
100% xã, phường, thị trấn có hạ tầng Internet băng rộng cáp quang.
""",
        "2025-01-25",
        [
            ("digital_economy_gdp_share", "Hải Dương", "year", "2024-12-31", 21.5),
            ("digital_economy_gdp_share", "Hải Dương", "year", "2023-12-31", 19.8),
            ("digital_economy_growth", "Hải Dương", "year", "2024-12-31", 16.2),
            ("adults_with_bank_account_rate", "Hải Dương", "as_of", "2024-12-31", 86.7),
        ],
    ),
    # Ministries/localities split with "tương ứng là … và …", and a stray page number line ("2") cutting the sentence
    (
        """\
Số: 76/BC-BCĐ\tHà Nội, ngày 18 tháng 4 năm 2025
BÁO CÁO
Tình hình triển khai Chính phủ số quý I/2025
b) Về dịch vụ công trực tuyến
Tính đến ngày 15/4/2025, tỷ lệ TTHC được cung cấp dưới dạng DVCTT toàn trình
của khối bộ, ngành đạt 61,2%, khối địa phương đạt 54,9%; tỷ lệ hồ sơ trực

2

tuyến toàn trình tương ứng là 38,4% và 29,7%.
""",
        "2025-04-18",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-04-15", 61.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-04-15", 54.9),
            ("online_dossier_full_process_rate", "ministries", "as_of", "2025-04-15", 38.4),
            ("online_dossier_full_process_rate", "localities", "as_of", "2025-04-15", 29.7),
        ],
    ),
    # Đề án 06 sub-items: chip ID cards and VNeID accounts in "triệu" with a "trong đó … mức độ 2" sub-count left out, month rate of dossiers tied to a personal ID
    (
        """\
BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 5/2025
(Hà Nội, ngày 09 tháng 6 năm 2025)
d) Triển khai Đề án 06
- Tính đến ngày 31/5/2025, cơ quan Công an đã cấp 87,9 triệu thẻ căn cước công
dân gắn chip; kích hoạt 61,2 triệu tài khoản định danh điện tử (VNeID), trong
đó 55,4 triệu tài khoản mức độ 2.
- Trong tháng 5/2025, tỷ lệ hồ sơ TTHC được gắn với số định danh cá nhân đạt
93,5%, tăng 1,8 điểm phần trăm so với tháng trước.
""",
        "2025-06-09",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-05-31", 87900000),
            ("vneid_activated_accounts", "national", "as_of", "2025-05-31", 61200000),
            ("dossiers_with_personal_id_rate", "national", "month", "2025-05-31", 93.5),
        ],
    ),
    # Tab table with a month column and a cumulative column: month figures go on the _new twins, the cumulative ones on the stock ids; money with a decimal comma in billion VND
    (
        """\
BÁO CÁO THÁNG 4/2025
(Số: 915/BC-VPCP, ngày 09/5/2025)
Bảng 2. Kết quả trên Cổng Dịch vụ công quốc gia
Chỉ tiêu\tTháng 4/2025\tLũy kế đến 30/4/2025
Tài khoản đăng ký (tài khoản)\t412.530\t14.861.204
Hồ sơ trực tuyến nộp qua Cổng (hồ sơ)\t2.104.377\t72.458.916
Giao dịch thanh toán trực tuyến (giao dịch)\t1.386.950\t48.230.118
Số tiền thanh toán trực tuyến (tỷ đồng)\t1.275,6\t31.806,4
""",
        "2025-05-09",
        [
            ("national_portal_accounts_new", "national", "month", "2025-04-30", 412530),
            ("national_portal_accounts", "national", "as_of", "2025-04-30", 14861204),
            ("national_portal_dossiers_new", "national", "month", "2025-04-30", 2104377),
            ("national_portal_dossiers", "national", "as_of", "2025-04-30", 72458916),
            ("online_payments_count_new", "national", "month", "2025-04-30", 1386950),
            ("online_payments_count", "national", "as_of", "2025-04-30", 48230118),
            ("online_payments_value_new", "national", "month", "2025-04-30", 1275.6),
            ("online_payments_value", "national", "as_of", "2025-04-30", 31806.4),
        ],
    ),
    # National "Chỉ tiêu | Kế hoạch năm | Thực hiện đến 31/5/2025 | Đạt (%) so với KH" tab table: only the Thực hiện column, never the plan or the share of plan
    (
        """\
Phụ lục I
TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025
(Kèm theo Báo cáo số 1287/BC-BKHCN ngày 05/6/2025)
TT\tChỉ tiêu (%)\tKế hoạch năm 2025\tThực hiện đến 31/5/2025\tĐạt (%) so với KH
1\tTỷ lệ người trưởng thành có tài khoản thanh toán\t80\t87,1\t108,9
2\tTỷ lệ dân số trưởng thành sử dụng DVCTT\t50\t46,5\t93,0
3\tTỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết TTHC\t90\t88,2\t98,0
4\tTỷ lệ thôn lõm sóng có điện lưới được phủ sóng di động\t100\t99,2\t99,2
""",
        "2025-06-05",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2025-05-31", 87.1),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2025-05-31", 46.5),
            ("satisfaction_rate", "national", "as_of", "2025-05-31", 88.2),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2025-05-31", 99.2),
        ],
    ),
    # Sở monthly report, "Toàn tỉnh hiện có": the 5G stations after "trong đó" are their own indicator (all BTS has no id); remaining dead-zone villages "còn 64 thôn" is the level; "giảm 17 thôn" left out
    (
        """\
UBND TỈNH NGHỆ AN
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 88/BC-STTTT\tNghệ An, ngày 28 tháng 02 năm 2025
BÁO CÁO
Tình hình chuyển đổi số tháng 02/2025
1. Hạ tầng số
- Toàn tỉnh hiện có 5.847 trạm BTS, trong đó 312 trạm 5G; tỷ lệ dân số được
phủ sóng 5G đạt 18,6%.
- Số thôn, bản lõm sóng di động hiện còn 64 thôn (giảm 17 thôn so với cuối năm 2024).
- Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang đạt 82,3%.
""",
        "2025-02-28",
        [
            ("fiveg_bts_count", "Nghệ An", "as_of", "2025-02-28", 312),
            ("fiveg_population_coverage_rate", "Nghệ An", "as_of", "2025-02-28", 18.6),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2025-02-28", 64),
            ("ftth_household_rate", "Nghệ An", "as_of", "2025-02-28", 82.3),
        ],
    ),
    # Download speeds for a month with an upload speed in parentheses and world speed ranks "17/106", "36/153" (not labelled)
    (
        """\
BÁO CÁO THÁNG 3/2025
(Số: 688/BC-BKHCN, Hà Nội, ngày 15 tháng 4 năm 2025)
2. Về hạ tầng số
+ Tốc độ tải xuống trung bình của mạng băng rộng di động tháng 3/2025 đạt
146,64 Mbps (tải lên 38,2 Mbps), xếp thứ 17/106 quốc gia, vùng lãnh thổ;
+ Tốc độ tải xuống của mạng băng rộng cố định đạt 201,4 Mbps, xếp thứ 36/153.
+ Cả hai chỉ số đều tăng so với tháng trước.
""",
        "2025-04-15",
        [
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 146.64),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 201.4),
        ],
    ),
    # Digital society sub-items: Mobile Money customers "11,2 triệu" (rural share after "trong đó" left out) and e-invoices "hơn 10,8 tỷ" (coded-invoice sub-count left out)
    (
        """\
BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 3/2025
(Hà Nội, ngày 08 tháng 4 năm 2025)
4. Về xã hội số
- Dịch vụ Mobile Money: tính đến cuối tháng 3/2025 có 11,2 triệu khách hàng
đăng ký sử dụng, trong đó khoảng 70% ở khu vực nông thôn, vùng sâu, vùng xa.
- Hóa đơn điện tử: từ khi triển khai (tháng 7/2022) đến ngày 31/3/2025, cơ quan
thuế đã tiếp nhận, xử lý hơn 10,8 tỷ hóa đơn điện tử, trong đó 3,9 tỷ hóa đơn
có mã của cơ quan thuế.
""",
        "2025-04-08",
        [
            ("mobile_money_customers", "national", "as_of", "2025-03-31", 11200000),
            ("e_invoices_total", "national", "as_of", "2025-03-31", 10800000000),
        ],
    ),
    # Press interview (VietnamPlus style): "hiện nay" stock dated by the publication date, the quarter's new accounts on the _new twin, a quoted target left out
    (
        """\
(VietnamPlus) Trao đổi với phóng viên bên lề Hội nghị giao ban chuyển đổi số
quý I/2025, ông Trần Văn Bình, Phó Cục trưởng Cục Chuyển đổi số quốc gia cho
biết hiện nay Cổng Dịch vụ công quốc gia có hơn 15,2 triệu tài khoản đăng ký;
riêng trong quý I/2025 đã có thêm 1,1 triệu tài khoản mới.
"Chúng tôi đặt mục tiêu đến cuối năm nay Cổng có 20 triệu tài khoản và mọi
người dân đều có thể nộp hồ sơ trực tuyến ngay trên điện thoại", ông Bình nói.
""",
        "2025-04-12",
        [
            ("national_portal_accounts", "national", "as_of", "2025-04-12", 15200000),
            ("national_portal_accounts_new", "national", "quarter", "2025-03-31", 1100000),
        ],
    ),
    # Negative: a "Nhiệm vụ trọng tâm" section of targets, deadlines, meetings and decrees; nothing to store
    (
        """\
II. NHIỆM VỤ TRỌNG TÂM THÁNG 6/2025
1. Phấn đấu tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 50%; tỷ lệ số hóa hồ sơ,
kết quả giải quyết TTHC đạt 80%; tỷ lệ cấp kết quả điện tử đạt 100%.
2. Hoàn thành kết nối 100% hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh
với Hệ thống EMC trước ngày 30/6/2025.
3. Tổ chức 02 hội nghị sơ kết 6 tháng; trình Chính phủ ban hành 03 nghị định
hướng dẫn Luật Dữ liệu.
4. Bảo đảm vùng phủ sóng 5G đạt 90% dân số vào cuối năm 2025.
""",
        "2025-06-05",
        [],
    ),
    # "Tính đến ngày 20/5/2025:" heading with "+" items: EMC connection "84,4% (76/90 hệ thống)", online services over all procedures, and after "trong đó" the share of services with dossiers (another indicator)
    (
        """\
BÁO CÁO THÁNG 5/2025 (Số: 1190/BC-VPCP ngày 26/5/2025)
c) Kết nối, giám sát qua Hệ thống EMC
Tính đến ngày 20/5/2025:
+ Tỷ lệ hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối đầy đủ
với Hệ thống EMC là 84,4% (76/90 hệ thống);
+ Cả nước cung cấp 5.021 DVCTT trên tổng số 6.380 TTHC, đạt tỷ lệ 78,7%; trong
đó, tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến là 51,2%.
""",
        "2025-05-26",
        [
            ("emc_connection_rate", "national", "as_of", "2025-05-20", 84.4),
            ("dvctt_rate", "national", "as_of", "2025-05-20", 78.7),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2025-05-20", 51.2),
        ],
    ),
    # Quarter and half counts ("Trong quý II/2025", "Lũy kế 6 tháng đầu năm"), previous quarter in parentheses kept; "giảm 16,7% so với cùng kỳ" left out
    (
        """\
BỘ CÔNG AN
Số: 311/BC-BCA\tHà Nội, ngày 08 tháng 7 năm 2025
BÁO CÁO
Tình hình bảo đảm an ninh mạng quý II/2025
1. Tình hình tấn công mạng
Trong quý II/2025, đã phát hiện, xử lý 2.981 cuộc tấn công mạng gây sự cố vào
các hệ thống thông tin tại Việt Nam, giảm so với quý I/2025 (3.146 cuộc). Lũy kế
6 tháng đầu năm 2025 là 6.127 cuộc, giảm 16,7% so với cùng kỳ năm 2024.
""",
        "2025-07-08",
        [
            ("cyberattacks", "national", "quarter", "2025-06-30", 2981),
            ("cyberattacks", "national", "quarter", "2025-03-31", 3146),
            ("cyberattacks", "national", "half", "2025-06-30", 6127),
        ],
    ),
    # Pipe table of dead-zone villages per province with a "Toàn quốc" row, dated by the table title; village counts have no id, only the rate column
    (
        """\
BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 3890/BC-BTTTT\tHà Nội, ngày 07 tháng 10 năm 2024
Bảng 3. Kết quả phủ sóng thôn lõm sóng có điện lưới (tính đến 30/9/2024)
TT | Tỉnh | Thôn lõm sóng có điện (thôn) | Đã phủ sóng (thôn) | Tỷ lệ (%)
1 | Hà Giang | 210 | 205 | 97,6
2 | Điện Biên | 158 | 150 | 94,9
… | … | … | … | …
| Toàn quốc | 1.312 | 1.280 | 97,6
""",
        "2024-10-07",
        [
            ("dead_zone_villages_covered_rate", "Hà Giang", "as_of", "2024-09-30", 97.6),
            ("dead_zone_villages_covered_rate", "Điện Biên", "as_of", "2024-09-30", 94.9),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-09-30", 97.6),
        ],
    ),
    # Broadband subscriptions in "triệu" with per-100-inhabitant densities ("thuê bao/100 dân") and Internet users "ước đạt … dân số"; "tăng 9,1% so với cùng kỳ" left out
    (
        """\
BÁO CÁO 6 THÁNG ĐẦU NĂM 2025 (ngày 10/7/2025)
2. Về hạ tầng số
Tính đến hết tháng 6/2025:
- Số thuê bao băng rộng cố định đạt 23,6 triệu thuê bao (tăng 9,1% so với cùng
kỳ), tương đương 23,3 thuê bao/100 dân;
- Số thuê bao băng rộng di động là 88,5 triệu, đạt 87,4 thuê bao/100 dân;
- Tỷ lệ người sử dụng Internet ước đạt 79,1% dân số.
""",
        "2025-07-10",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-06-30", 23600000),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 23.3),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-06-30", 88500000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 87.4),
            ("internet_users_rate", "national", "as_of", "2025-06-30", 79.1),
        ],
    ),
    # Smartphone subscriptions count and share of subscriptions; a survey's share of adults owning a smartphone (people, not subscriptions) left out
    (
        """\
BÁO CÁO THÁNG 02/2025
(Hà Nội, ngày 06 tháng 3 năm 2025)
2. Về hạ tầng số
Tính đến hết tháng 02/2025, số thuê bao di động sử dụng điện thoại thông minh
đạt 95,3 triệu, chiếm 89,2% tổng số thuê bao di động. Theo kết quả khảo sát
của Cục Thống kê, 78,5% người từ 15 tuổi trở lên sở hữu điện thoại thông minh.
""",
        "2025-03-06",
        [
            ("smartphone_subscriptions", "national", "as_of", "2025-02-28", 95300000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-02-28", 89.2),
        ],
    ),
    # City People's Committee quarterly report ("trên địa bàn thành phố"): quarter rates, a level at the quarter's end; "đạt 121% mục tiêu năm 2025 (60%)" left out
    (
        """\
ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG
Số: 96/BC-UBND\tĐà Nẵng, ngày 08 tháng 4 năm 2025
BÁO CÁO
Tình hình thực hiện chuyển đổi số quý I năm 2025
1. Về chính quyền số
a) Trong quý I/2025, tỷ lệ hồ sơ có kết quả giải quyết TTHC được cấp dưới dạng
điện tử đạt 96,8%; tỷ lệ hồ sơ có khai thác, sử dụng lại thông tin, dữ liệu
đã được số hóa đạt 71,4%.
b) Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết TTHC trên địa bàn
thành phố đạt 98,1%; tỷ lệ dân số trưởng thành sử dụng DVCTT đạt 72,6%, đạt
121% mục tiêu năm 2025 (60%).
""",
        "2025-04-08",
        [
            ("e_result_rate", "Đà Nẵng", "quarter", "2025-03-31", 96.8),
            ("data_reuse_rate", "Đà Nẵng", "quarter", "2025-03-31", 71.4),
            ("satisfaction_rate", "Đà Nẵng", "quarter", "2025-03-31", 98.1),
            ("adult_population_using_dvctt_rate", "Đà Nẵng", "as_of", "2025-03-31", 72.6),
        ],
    ),
    # Essential services "47/53" with a share in parentheses (no id for the share of essential services) and "06 dịch vụ còn lại" (a remainder)
    (
        """\
VĂN PHÒNG CHÍNH PHỦ
Số: 412/TB-VPCP\tHà Nội, ngày 09 tháng 9 năm 2024
THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại cuộc họp về Đề án 06
b) Về 53 dịch vụ công thiết yếu
Tính đến ngày 31/8/2024, đã cung cấp toàn trình 47/53 dịch vụ công thiết yếu
trên Cổng Dịch vụ công quốc gia (đạt 88,7%); 06 dịch vụ còn lại yêu cầu các bộ
hoàn thành trước ngày 30/9/2024.
""",
        "2024-09-09",
        [
            ("essential_services_full_process", "national", "as_of", "2024-08-31", 47),
        ],
    ),
    # Sở monthly report: a "(chiếm 78,2%)[1]" share with a bracketed footnote marker, a full-process dossier share "chiếm", and a "Lũy kế từ đầu năm" rate; dossier counts and the footnote's change have no id
    (
        """\
SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BÌNH ĐỊNH
Số: 233/BC-SKHCN\tBình Định, ngày 05 tháng 5 năm 2025
BÁO CÁO THÁNG 4/2025
1. Kết quả giải quyết TTHC
Trong tháng, Trung tâm Phục vụ hành chính công tỉnh và UBND cấp huyện, cấp xã
đã tiếp nhận 125.430 hồ sơ, trong đó 98.120 hồ sơ trực tuyến (chiếm 78,2%)[1];
số hồ sơ giải quyết trực tuyến toàn trình chiếm 52,6% tổng số hồ sơ tiếp nhận.
Lũy kế từ đầu năm, toàn tỉnh tiếp nhận 468.905 hồ sơ, tỷ lệ hồ sơ trực tuyến
đạt 76,9%.
[1] Tăng 3,4% so với tháng 3/2025.
""",
        "2025-05-05",
        [
            ("online_dossier_rate", "Bình Định", "month", "2025-04-30", 78.2),
            ("online_dossier_full_process_rate", "Bình Định", "month", "2025-04-30", 52.6),
            ("online_dossier_rate", "Bình Định", "ytd", "2025-04-30", 76.9),
        ],
    ),
    # "a) Khối bộ, ngành / b) Khối địa phương" with named ministries' figures (not labelled) and leading provinces in parentheses (each its own breakdown)
    (
        """\
BÁO CÁO THÁNG 3/2025 (ngày 07/4/2025)
1. Kết quả xử lý hồ sơ trực tuyến trong tháng 3/2025
a) Khối bộ, ngành: tỷ lệ hồ sơ xử lý trực tuyến đạt 71,5%; trong đó Bộ Tài
chính đạt 98,1%, Bộ Công Thương đạt 96,4%, Bộ Tư pháp đạt 52,0%.
b) Khối địa phương: tỷ lệ hồ sơ xử lý trực tuyến đạt 44,2%; dẫn đầu là Bình
Dương (89,3%), Đồng Nai (85,0%); thấp nhất là một số tỉnh miền núi (dưới 20%).
""",
        "2025-04-07",
        [
            ("online_dossier_rate", "ministries", "month", "2025-03-31", 71.5),
            ("online_dossier_rate", "localities", "month", "2025-03-31", 44.2),
            ("online_dossier_rate", "Bình Dương", "month", "2025-03-31", 89.3),
            ("online_dossier_rate", "Đồng Nai", "month", "2025-03-31", 85.0),
        ],
    ),
    # Negative: international experience (other countries' figures) and counts of decrees, decisions and meetings; nothing to store
    (
        """\
5. Kinh nghiệm quốc tế và công tác chỉ đạo
- Theo báo cáo e-Conomy SEA 2024, quy mô kinh tế số của Indonesia đạt khoảng
90 tỷ USD; Hàn Quốc đứng thứ 4/193 về Chỉ số phát triển Chính phủ điện tử;
Singapore có tỷ lệ dân số được phủ sóng 5G đạt 95%.
- Trung Quốc hiện có hơn 4,2 triệu trạm 5G, chiếm khoảng 60% tổng số trạm 5G
trên thế giới.
- Năm 2024, Chính phủ đã ban hành 14 nghị định, Thủ tướng Chính phủ ban hành
27 quyết định về chuyển đổi số; Ủy ban Quốc gia tổ chức 04 phiên họp.
""",
        "2025-01-20",
        [],
    ),
    # Number cut from its unit by a hard wrap ("12,9" / "nghìn tỷ đồng"): half-year flows on the _new twins, cumulative stocks "lũy kế … đến ngày 30/6/2025"
    (
        """\
BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2025 (Hà Nội, ngày 07/7/2025)
b) Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia
- Trong 6 tháng đầu năm 2025 có 9,6 triệu giao dịch thanh toán trực tuyến với tổng số tiền 12,9
nghìn tỷ đồng.
- Lũy kế từ khi triển khai đến ngày 30/6/2025 đạt 58,4 triệu giao dịch, với giá
trị trên 45.210 tỷ đồng.
""",
        "2025-07-07",
        [
            ("online_payments_count_new", "national", "half", "2025-06-30", 9600000),
            ("online_payments_value_new", "national", "half", "2025-06-30", 12900),
            ("online_payments_count", "national", "as_of", "2025-06-30", 58400000),
            ("online_payments_value", "national", "as_of", "2025-06-30", 45210),
        ],
    ),
    # Pipe table with three month columns ("Tháng 8/2024 | Tháng 9/2024 | Tháng 10/2024") and units in the row labels ("triệu giao dịch")
    (
        """\
BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 4410/BC-BTTTT\tHà Nội, ngày 06 tháng 11 năm 2024
Bảng 4. Giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)
Chỉ tiêu | Tháng 8/2024 | Tháng 9/2024 | Tháng 10/2024
Tổng số giao dịch trong tháng (triệu giao dịch) | 76,5 | 79,8 | 85,1
Bình quân mỗi ngày (triệu giao dịch/ngày) | 2,47 | 2,66 | 2,75
Ghi chú: số liệu do Cục Chuyển đổi số quốc gia tổng hợp.
""",
        "2024-11-06",
        [
            ("ndxp_transactions_period", "national", "month", "2024-08-31", 76500000),
            ("ndxp_transactions_period", "national", "month", "2024-09-30", 79800000),
            ("ndxp_transactions_period", "national", "month", "2024-10-31", 85100000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-08-31", 2470000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-09-30", 2660000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-10-31", 2750000),
        ],
    ),
    # Committee notice at a meeting: levels dated by the meeting; "vượt mục tiêu năm 2024 (40%)", "bằng 94,1% kế hoạch năm", "mới đạt 60,6% mục tiêu 80%" left out
    (
        """\
VĂN PHÒNG CHÍNH PHỦ
Số: 336/TB-VPCP\tHà Nội, ngày 22 tháng 7 năm 2024
THÔNG BÁO
Kết luận của Thủ tướng Chính phủ, Chủ tịch Ủy ban Quốc gia về chuyển đổi số
tại Phiên họp ngày 16/7/2024
1. Kết quả đạt được
Tỷ lệ dân số trưởng thành sử dụng DVCTT đạt 45,5%, vượt mục tiêu năm 2024 (40%);
tỷ lệ hài lòng của người dân, doanh nghiệp đạt 84,7%, bằng 94,1% kế hoạch năm.
Tỷ lệ DVCTT toàn trình đạt 48,5% trên tổng số TTHC, mới đạt 60,6% mục tiêu 80%.
""",
        "2024-07-22",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-07-16", 45.5),
            ("satisfaction_rate", "national", "as_of", "2024-07-16", 84.7),
            ("dvctt_full_process_rate", "national", "as_of", "2024-07-16", 48.5),
        ],
    ),
    # Provincial ytd "Lũy kế từ đầu năm đến ngày 15/10/2024": online share and e-result share kept; digitisation share (no id), dossier count and "tăng 12% so với cùng kỳ" left out
    (
        """\
UBND TỈNH LÀO CAI
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 517/BC-STTTT\tLào Cai, ngày 18 tháng 10 năm 2024
BÁO CÁO
Tình hình chuyển đổi số tháng 10/2024
- Lũy kế từ đầu năm đến ngày 15/10/2024, toàn tỉnh tiếp nhận 612.044 hồ sơ TTHC;
tỷ lệ hồ sơ trực tuyến đạt 64,3%, tăng 12% so với cùng kỳ năm 2023; tỷ lệ số hóa
hồ sơ, kết quả giải quyết TTHC đạt 88,9%; tỷ lệ cấp kết quả điện tử đạt 91,5%.
""",
        "2024-10-18",
        [
            ("online_dossier_rate", "Lào Cai", "ytd", "2024-10-15", 64.3),
            ("e_result_rate", "Lào Cai", "ytd", "2024-10-15", 91.5),
        ],
    ),
    # Tab table per operator with a "Cả nước" row: only the national row is stored (operators' rows are theirs)
    (
        """\
BÁO CÁO 6 THÁNG ĐẦU NĂM 2025
(Số: 1502/BC-BKHCN ngày 10/7/2025)
Bảng 5. Hạ tầng mạng 5G (tính đến 30/6/2025)
Doanh nghiệp\tSố trạm BTS 5G (trạm)\tTỷ lệ dân số được phủ sóng 5G (%)
Viettel\t9.850\t58,7
VNPT\t4.120\t31,0
MobiFone\t1.030\t8,2
Cả nước\t15.000\t62,4
""",
        "2025-07-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 15000),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 62.4),
        ],
    ),
    # Level-approval rate split by ministries, localities and the whole country; the level 4-5 sub-share after "trong đó" is a part of the same measure
    (
        """\
BÁO CÁO QUÝ III/2024
(Số: 3901/BC-BTTTT, Hà Nội, ngày 08 tháng 10 năm 2024)
4. Về an toàn thông tin mạng
Đến ngày 30/9/2024, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất
cấp độ của khối bộ, ngành là 92,1%, khối địa phương là 87,6%; tính chung cả
nước đạt 89,0%, trong đó các hệ thống cấp độ 4, 5 đạt 78,3%.
""",
        "2024-10-08",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-09-30", 92.1),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-09-30", 87.6),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 89.0),
        ],
    ),
    # Negative: press summary with only "hiện nay" stocks, no date anywhere and no publication date; nothing can be dated
    (
        """\
Theo báo cáo của Bộ Công an gửi Ban Chỉ đạo, hiện nay hệ thống định danh và xác
thực điện tử đã kích hoạt hơn 58 triệu tài khoản định danh điện tử (VNeID); cơ
quan Công an đã cấp hơn 86 triệu thẻ căn cước công dân gắn chip cho công dân.
Tỷ lệ hồ sơ TTHC được gắn với số định danh cá nhân hiện đạt khoảng 90%.
Ban Chỉ đạo yêu cầu các bộ, ngành tiếp tục khai thác hiệu quả Cơ sở dữ liệu
quốc gia về dân cư phục vụ giải quyết TTHC.
""",
        None,
        [],
    ),
    # Province table of GRDP shares with a national row labelled "Cả nước (KTS/GDP)", dated by the table title's year
    (
        """\
Bảng 6. Tỷ trọng kinh tế số trong GRDP năm 2023 của một số địa phương
TT\tĐịa phương\tTỷ trọng KTS/GRDP (%)
1\tBắc Ninh\t48,12
2\tThái Nguyên\t43,05
3\tBắc Giang\t30,41
…\t…\t…
\tCả nước (KTS/GDP)\t12,33
Nguồn: Tổng cục Thống kê.
""",
        "2024-10-15",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 48.12),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 43.05),
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 30.41),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    # Procedures simplified "790/1.084 … đạt 72,9%" kept; implemented sub-count after "trong đó", the "chưa được cắt giảm" remainder and the "4.612/6.298" portal count (no id) left out
    (
        """\
VĂN PHÒNG CHÍNH PHỦ
Số: 1520/BC-VPCP\tHà Nội, ngày 05 tháng 7 năm 2024
3. Về cải cách TTHC
a) Tính đến ngày 30/6/2024, cả nước đã cắt giảm, đơn giản hóa 790/1.084 TTHC
liên quan đến hoạt động kinh doanh, đạt 72,9%; trong đó đã thực thi 512
TTHC; còn 294 TTHC chưa được cắt giảm, đơn giản hóa.
b) Hiện có 4.612/6.298 TTHC được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia.
""",
        "2024-07-05",
        [
            ("procedures_simplified", "national", "as_of", "2024-06-30", 790),
        ],
    ),
    # City report: city level and the national average given for comparison in parentheses ("mức bình quân cả nước (52,5%)"), same date
    (
        """\
ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI
Số: 312/BC-UBND\tHà Nội, ngày 20 tháng 12 năm 2024
BÁO CÁO
Kết quả thực hiện chuyển đổi số năm 2024
1. Về chính quyền số
- Tỷ lệ dân số trưởng thành trên địa bàn Thành phố sử dụng DVCTT tính đến ngày
15/12/2024 đạt 68,2%, cao hơn mức bình quân cả nước (52,5%).
- Thành phố đã tổ chức 12 hội nghị tập huấn về kỹ năng số cho cán bộ cấp xã.
""",
        "2024-12-20",
        [
            ("adult_population_using_dvctt_rate", "Hà Nội", "as_of", "2024-12-15", 68.2),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-12-15", 52.5),
        ],
    ),
    # Share of all villages with mobile coverage and the remaining dead-zone villages "hiện còn 287 thôn, bản"; the not-electrified sub-count after "trong đó" left out
    (
        """\
BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 4870/BC-BTTTT\tHà Nội, ngày 05 tháng 12 năm 2024
BÁO CÁO
Tình hình phát triển hạ tầng số tháng 11/2024
- Tỷ lệ thôn, bản có sóng di động băng rộng đạt 99,3%; cả nước hiện còn 287 thôn,
bản lõm sóng, chủ yếu tại các tỉnh miền núi phía Bắc và Tây Nguyên (trong đó 96
thôn chưa có điện lưới quốc gia).
""",
        "2024-12-05",
        [
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-12-05", 99.3),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-05", 287),
        ],
    ),
]
