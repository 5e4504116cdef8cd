"""Genre probes, round 90: national monthly and quarterly report summaries of 2024-2025 (Bộ TT&TT, then Bộ Khoa học và Công nghệ after the March 2025 merger, Văn phòng Chính phủ, provincial portals, newspapers), with headline figures restated in the body, question-and-answer interviews with officials, month-on-month and year-on-year comparisons carrying the earlier value in brackets, cumulative figures from January ("lũy kế từ tháng 1-8/2025"), per-day averages over a window, 2025 year-end reviews that restate 2024 values, and figures written as "X/Y" (58/63 địa phương, 21/22 bộ, 46/53 dịch vụ, 71/193), mixed with traps (targets, changes, remainders, same-measure sub-counts, one ministry's, operator's, district's, foreign or survey figures, upload speeds, undated levels), written blind by a helper (not copied from any page).

First reading (stop 42): with the stop's start code 3407584 and with the code of that moment alike, 126 of 127 right, 126 of 129 found (0.99 / 0.98)."""

CASES = [
    # 1 — Bộ KH&CN August 2025 monthly summary; headline restated, bracketed July value, lũy kế 1-8, per-day average, YoY change and target traps
    (
        """Tháng 8/2025: Tỷ lệ hồ sơ trực tuyến toàn trình đạt 46,8%

06/09/2025 | Chuyển đổi số

Theo báo cáo tình hình thực hiện nhiệm vụ chuyển đổi số tháng 8/2025 do Bộ Khoa học và Công nghệ tổng hợp, tỷ lệ hồ sơ trực tuyến toàn trình trên cả nước đạt 46,8%, tiếp tục tăng so với tháng 7/2025 (44,9%).

Cụ thể, trong tháng 8/2025, tỷ lệ hồ sơ xử lý trực tuyến đạt 58,3%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 46,8%. Lũy kế từ tháng 1-8/2025, tỷ lệ hồ sơ xử lý trực tuyến đạt 55,1%, tăng 9,4 điểm phần trăm so với cùng kỳ năm 2024.

Về hạ tầng dữ liệu, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) trong tháng 8 ghi nhận 118,6 triệu giao dịch, bình quân 3,83 triệu giao dịch/ngày, tăng 21% so với cùng kỳ. Lũy kế từ tháng 1-8/2025, NDXP có 872 triệu giao dịch.

Bộ Khoa học và Công nghệ đề nghị các bộ, ngành, địa phương tập trung tái cấu trúc quy trình, phấn đấu đến hết năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50% và 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.""",
        "2025-09-06",
        [
            ("online_dossier_full_process_rate", "national", "month", "2025-08-31", 46.8),
            ("online_dossier_full_process_rate", "national", "month", "2025-07-31", 44.9),
            ("online_dossier_rate", "national", "month", "2025-08-31", 58.3),
            ("online_dossier_rate", "national", "ytd", "2025-08-31", 55.1),
            ("ndxp_transactions_period", "national", "month", "2025-08-31", 118600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-08-31", 3830000.0),
            ("ndxp_transactions_period", "national", "ytd", "2025-08-31", 872000000.0),
        ],
    ),
    # 2 — one sentence: month value with the previous month's count in brackets; percentage change is a trap
    (
        """Trong tháng 7/2025, hệ thống kỹ thuật của cơ quan chức năng đã ghi nhận, cảnh báo và hướng dẫn xử lý 42 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12,5% so với tháng 6/2025 (48 cuộc).""",
        None,
        [
            ("cyberattacks", "national", "month", "2025-07-31", 42.0),
            ("cyberattacks", "national", "month", "2025-06-30", 48.0),
        ],
    ),
    # 3 — VPCP quarter I/2025: ministries vs localities with "tương ứng"; one ministry's figure is a trap, one province's is kept
    (
        """Văn phòng Chính phủ: Kết quả giải quyết thủ tục hành chính quý I/2025

Theo báo cáo của Văn phòng Chính phủ, quý I/2025, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 71,4%, của các địa phương đạt 49,8%. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử tương ứng là 88,2% và 69,5%.

Trong đó, Bộ Tài chính có tỷ lệ hồ sơ trực tuyến cao nhất khối bộ, ngành với 98,7%. Ở khối địa phương, tỉnh Quảng Ninh dẫn đầu với tỷ lệ hồ sơ xử lý trực tuyến đạt 93,1%.

Văn phòng Chính phủ đề nghị các địa phương có tỷ lệ thấp khẩn trương rà soát, đánh giá nguyên nhân và có giải pháp khắc phục trong quý II.""",
        "2025-04-18",
        [
            ("online_dossier_rate", "ministries", "quarter", "2025-03-31", 71.4),
            ("online_dossier_rate", "localities", "quarter", "2025-03-31", 49.8),
            ("e_result_rate", "ministries", "quarter", "2025-03-31", 88.2),
            ("e_result_rate", "localities", "quarter", "2025-03-31", 69.5),
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2025-03-31", 93.1),
        ],
    ),
    # 4 — Q&A interview on 5G and broadband: operator sub-count, target, upload speed are traps; "hiện nay" dated by the interview
    (
        """Đẩy nhanh phủ sóng 5G: "Hạ tầng số phải đi trước một bước"

Nhân dịp kỷ niệm 80 năm Ngày truyền thống ngành Bưu điện, phóng viên đã có cuộc trao đổi với ông Trần Quang Minh, Cục trưởng Cục Viễn thông (Bộ Khoa học và Công nghệ).

PV: Thưa ông, việc triển khai mạng 5G đến nay đã đạt được những kết quả nào?

Ông Trần Quang Minh: Tính đến hết tháng 9/2025, cả nước đã có khoảng 15.800 trạm BTS 5G được lắp đặt và đưa vào khai thác, trong đó riêng Viettel khoảng 9.000 trạm; vùng phủ sóng 5G đạt khoảng 26% dân số. Mục tiêu của Bộ là đến cuối năm 2025 cả nước có ít nhất 20.000 trạm 5G.

PV: Còn hạ tầng băng rộng cố định và chất lượng mạng di động thì sao, thưa ông?

Ông Trần Quang Minh: Hiện nay, tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt khoảng 85%. Về chất lượng, tốc độ tải xuống trung bình của băng rộng di động trong tháng 9/2025 đạt 148,2 Mbps, tốc độ tải lên khoảng 32 Mbps.

PV: Xin cảm ơn ông!""",
        "2025-10-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 15800.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 26.0),
            ("ftth_household_rate", "national", "as_of", "2025-10-15", 85.0),
            ("mobile_broadband_speed", "national", "month", "2025-09-30", 148.2),
        ],
    ),
    # 5 — cybersecurity 8-month cumulative, month with bracketed July, botnet stock month-on-month; per-day average of attacks is a trap
    (
        """An toàn thông tin 8 tháng năm 2025

Lũy kế từ tháng 1-8/2025, đã ghi nhận 498 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, trung bình khoảng 2 cuộc mỗi ngày. Riêng trong tháng 8, số cuộc tấn công gây sự cố là 51 cuộc (tháng 7: 42 cuộc).

Số địa chỉ IP thuộc các mạng botnet được ghi nhận trong tháng 8/2025 là 512.300, giảm so với tháng 7/2025 (545.100). Cơ quan chức năng khuyến cáo các cơ quan, tổ chức tiếp tục rà soát, bóc gỡ mã độc trên các máy tính.""",
        "2025-09-08",
        [
            ("cyberattacks", "national", "ytd", "2025-08-31", 498.0),
            ("cyberattacks", "national", "month", "2025-08-31", 51.0),
            ("cyberattacks", "national", "month", "2025-07-31", 42.0),
            ("botnet_ips", "national", "as_of", "2025-08-31", 512300.0),
            ("botnet_ips", "national", "as_of", "2025-07-31", 545100.0),
        ],
    ),
    # 6 — 2025 year-end review restating 2024 values; X/Y rank and X/Y provinces; "tăng 15 bậc", "gấp hơn 3 lần" and 2026 target are traps
    (
        """Hội nghị tổng kết công tác năm 2025 của Bộ Khoa học và Công nghệ

Năm 2025 là năm đầu tiên Bộ Khoa học và Công nghệ vận hành sau khi hợp nhất với Bộ Thông tin và Truyền thông, đồng thời là năm bản lề triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị.

Theo báo cáo tại hội nghị, năm 2025 tỷ trọng kinh tế số trong GDP ước đạt 14,1% (năm 2024: 13,2%); kinh tế số tăng trưởng khoảng 18%, gấp gần ba lần tốc độ tăng trưởng GDP.

Về chính phủ số, tỷ lệ hồ sơ trực tuyến toàn trình năm 2025 ước đạt 48,5% (năm 2024: 40,7%). 34/34 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến. Việt Nam tiếp tục giữ vị trí 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử của Liên Hợp Quốc (năm 2024), tăng 15 bậc so với kỳ đánh giá trước.

Về hạ tầng, tính đến hết năm 2025, cả nước có khoảng 20.500 trạm 5G, gấp hơn 3 lần so với cuối năm 2024 (khoảng 6.000 trạm).

Năm 2026, Bộ đặt mục tiêu tỷ trọng kinh tế số đạt 16% GDP và phủ sóng 5G tới 50% dân số.""",
        "2026-01-07",
        [
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 14.1),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 13.2),
            ("digital_economy_growth", "national", "year", "2025-12-31", 18.0),
            ("online_dossier_full_process_rate", "national", "year", "2025-12-31", 48.5),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 40.7),
            ("localities_fee_reduction", "national", "as_of", "2025-12-31", 34.0),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 20500.0),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 6000.0),
        ],
    ),
    # 7 — VPCP notice with X/Y figures; remainders and the 21/22 count (no id) are traps; "Đến nay" dated by the sidecar
    (
        """THÔNG BÁO
Kết luận của Phó Thủ tướng tại cuộc họp về đẩy mạnh cung cấp dịch vụ công trực tuyến

Đến nay, 58/63 địa phương đã ban hành Nghị quyết của Hội đồng nhân dân về miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; còn 5/63 địa phương chưa ban hành. 21/22 bộ, ngành và 63/63 địa phương đã kết nối hệ thống giải quyết thủ tục hành chính với Hệ thống EMC, đạt tỷ lệ 98,8%. Đã cung cấp 46/53 dịch vụ công thiết yếu trực tuyến toàn trình; 07 dịch vụ còn lại đang được các bộ khẩn trương hoàn thiện.

Phó Thủ tướng yêu cầu các địa phương chưa ban hành Nghị quyết hoàn thành trước ngày 31/3/2025.""",
        "2025-02-20",
        [
            ("localities_fee_reduction", "national", "as_of", "2025-02-20", 58.0),
            ("emc_connection_rate", "national", "as_of", "2025-02-20", 98.8),
            ("essential_services_full_process", "national", "as_of", "2025-02-20", 46.0),
        ],
    ),
    # 8 — city portal monthly: city values kept, a district's figure and the target are traps
    (
        """Đà Nẵng: Tháng 10/2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt 78,2%

Theo Sở Thông tin và Truyền thông, trong tháng 10/2024, tỷ lệ hồ sơ trực tuyến toàn trình của thành phố Đà Nẵng đạt 78,2%, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 95,6%. Quận Hải Châu dẫn đầu các quận, huyện với tỷ lệ hồ sơ trực tuyến 92,4%. Thành phố phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%.""",
        "2024-11-05",
        [
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2024-10-31", 78.2),
            ("e_result_rate", "Đà Nẵng", "month", "2024-10-31", 95.6),
        ],
    ),
    # 9 — portal monthly flows plus the cumulative level, no sidecar date needed
    (
        """Cổng Dịch vụ công quốc gia tháng 6/2024

Trong tháng 6/2024, Cổng Dịch vụ công quốc gia có thêm 1,42 triệu tài khoản đăng ký mới; tính đến ngày 30/6/2024, tổng số tài khoản đạt 12,87 triệu. Trong tháng, Cổng đã tiếp nhận 2,35 triệu hồ sơ trực tuyến và thực hiện 1,96 triệu giao dịch thanh toán trực tuyến với số tiền 3.450 tỷ đồng.""",
        None,
        [
            ("national_portal_accounts_new", "national", "month", "2024-06-30", 1420000.0),
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 12870000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-06-30", 2350000.0),
            ("online_payments_count_new", "national", "month", "2024-06-30", 1960000.0),
            ("online_payments_value_new", "national", "month", "2024-06-30", 3450.0),
        ],
    ),
    # 10 — undated levels, no sidecar date: nothing can be dated
    (
        """Hiện nay, cả nước đã có hơn 10.000 trạm phát sóng 5G và tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt khoảng 89%.""",
        None,
        [],
    ),
    # 11 — speeds month-on-month with bracketed June; upload speeds and the rank are traps
    (
        """Tốc độ Internet di động tháng 7/2025 tiếp tục tăng

Theo số liệu đo kiểm do Bộ Khoa học và Công nghệ công bố, tháng 7/2025, tốc độ tải xuống trung bình của mạng băng rộng di động tại Việt Nam đạt 146,6 Mbps, tăng so với tháng 6/2025 (143,1 Mbps); tốc độ tải lên đạt 31,2 Mbps. Băng rộng cố định đạt tốc độ tải xuống 231,4 Mbps, tải lên 229,8 Mbps.

Với kết quả này, Việt Nam xếp thứ 13/150 thế giới về tốc độ băng rộng di động.""",
        "2025-08-20",
        [
            ("mobile_broadband_speed", "national", "month", "2025-07-31", 146.6),
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 143.1),
            ("fixed_broadband_speed", "national", "month", "2025-07-31", 231.4),
        ],
    ),
    # 12 — Đề án 06 figures with an explicit date; level-2 sub-count after "trong đó" is a trap
    (
        """Theo Bộ Công an, tính đến ngày 15/9/2025, cả nước đã cấp 88,6 triệu thẻ căn cước gắn chip điện tử; số tài khoản định danh điện tử VNeID đã kích hoạt đạt 62,3 triệu, trong đó 58,7 triệu tài khoản mức độ 2.""",
        "2025-09-20",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-09-15", 88600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-09-15", 62300000.0),
        ],
    ),
    # 13 — end of quarter II/2025 levels; rural share after "trong đó" is a trap
    (
        """Mobile Money: hơn 11 triệu khách hàng sau 4 năm thí điểm

Tính đến cuối quý II/2025, số khách hàng sử dụng dịch vụ Mobile Money đạt 11,2 triệu, trong đó khoảng 70% ở khu vực nông thôn, vùng sâu, vùng xa, biên giới và hải đảo. Cũng đến thời điểm này, khoảng 87% người trưởng thành đã có tài khoản thanh toán tại ngân hàng.""",
        "2025-07-25",
        [
            ("mobile_money_customers", "national", "as_of", "2025-06-30", 11200000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-06-30", 87.0),
        ],
    ),
    # 14 — e-invoices cumulative from 07/2022 to a date; coded sub-count and petrol-station figure are traps
    (
        """Lũy kế từ ngày 01/7/2022 đến ngày 31/8/2025, cơ quan thuế đã tiếp nhận, xử lý 9,6 tỷ hóa đơn điện tử, trong đó 3,1 tỷ hóa đơn có mã của cơ quan thuế; riêng hóa đơn khởi tạo từ máy tính tiền tại các cửa hàng bán lẻ xăng dầu là 1,2 tỷ hóa đơn.""",
        "2025-09-12",
        [
            ("e_invoices_total", "national", "as_of", "2025-08-31", 9600000000.0),
        ],
    ),
    # 15 — end-2024 coverage levels; remaining dead-zone villages is the level itself, "trong đó" unelectrified is a trap
    (
        """Đến hết năm 2024, cả nước còn 1.278 thôn, bản chưa có sóng di động băng rộng, trong đó 412 thôn chưa có điện lưới quốc gia. Tỷ lệ thôn lõm sóng có điện lưới đã được phủ sóng đạt 87,4%; tỷ lệ thôn, bản trên cả nước có sóng di động băng rộng đạt 98,9%.""",
        "2025-01-10",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-31", 1278.0),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-31", 87.4),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-12-31", 98.9),
        ],
    ),
    # 16 — Q&A interview on NDXP: cumulative, 11-month flow and its per-day average; 2025 target is a trap
    (
        """"Dữ liệu phải được chia sẻ để người dân không khai báo nhiều lần"

PV: Thưa ông, sau 5 năm vận hành, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã đạt được kết quả ra sao?

Ông Lê Văn Thành, Phó Cục trưởng Cục Chuyển đổi số quốc gia: Tính đến ngày 30/11/2024, NDXP đã kết nối 112 cơ quan, đơn vị với 2.150 điểm kết nối; tổng số giao dịch lũy kế từ năm 2019 đạt 4,1 tỷ giao dịch.

PV: Lưu lượng giao dịch trong năm nay tăng như thế nào?

Ông Lê Văn Thành: Trong 11 tháng năm 2024, NDXP có 1,08 tỷ giao dịch, bình quân 3,2 triệu giao dịch mỗi ngày. Năm 2025, chúng tôi đặt mục tiêu đạt 1,5 tỷ giao dịch.""",
        "2024-12-18",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-11-30", 112.0),
            ("ndxp_connection_points", "national", "as_of", "2024-11-30", 2150.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-11-30", 4100000000.0),
            ("ndxp_transactions_period", "national", "ytd", "2024-11-30", 1080000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-11-30", 3200000.0),
        ],
    ),
    # 17 — portal month vs previous month in brackets; year-on-year change is a trap
    (
        """Tháng 9/2024, Cổng Dịch vụ công quốc gia tiếp nhận 2,6 triệu hồ sơ trực tuyến (tháng 8/2024: 2,3 triệu hồ sơ) và thực hiện 1,9 triệu giao dịch thanh toán trực tuyến, tăng 8% so với cùng kỳ năm 2023.""",
        "2024-10-07",
        [
            ("national_portal_dossiers_new", "national", "month", "2024-09-30", 2600000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-08-31", 2300000.0),
            ("online_payments_count_new", "national", "month", "2024-09-30", 1900000.0),
        ],
    ),
    # 18 — targets only
    (
        """Bộ Khoa học và Công nghệ đặt mục tiêu đến hết năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%, 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình và 80% hồ sơ được cấp kết quả điện tử.""",
        "2025-04-10",
        [],
    ),
    # 19 — half-year 2025 rates
    (
        """Sơ kết 6 tháng đầu năm 2025 về cải cách thủ tục hành chính

6 tháng đầu năm 2025, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử trên cả nước đạt 73,5%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 42,1%; tỷ lệ hồ sơ thủ tục hành chính gắn mã định danh cá nhân đạt 92%. Tỷ lệ người dân, doanh nghiệp hài lòng trong giải quyết thủ tục hành chính đạt 89,2%.""",
        "2025-07-10",
        [
            ("e_result_rate", "national", "half", "2025-06-30", 73.5),
            ("data_reuse_rate", "national", "half", "2025-06-30", 42.1),
            ("dossiers_with_personal_id_rate", "national", "half", "2025-06-30", 92.0),
            ("satisfaction_rate", "national", "half", "2025-06-30", 89.2),
        ],
    ),
    # 20 — city quarter III/2025 report; "hiện có" in a quarter review is the quarter end
    (
        """TP Hồ Chí Minh: Quý III/2025 tỷ lệ hồ sơ trực tuyến đạt 84,6%

Quý III/2025 là quý đầu tiên TP Hồ Chí Minh vận hành mô hình chính quyền địa phương hai cấp sau sắp xếp. Trong quý, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 84,6%. Về hạ tầng, trên địa bàn thành phố hiện có 4.200 trạm 5G, tập trung tại các phường trung tâm và khu công nghiệp.""",
        "2025-10-12",
        [
            ("online_dossier_rate", "Hồ Chí Minh", "quarter", "2025-09-30", 84.6),
            ("fiveg_bts_count", "Hồ Chí Minh", "as_of", "2025-09-30", 4200.0),
        ],
    ),
    # 21 — foreign comparison: other countries' 5G coverage are traps, the ministry's national values kept
    (
        """Theo GSMA Intelligence, đến giữa năm 2025, mạng 5G tại Thái Lan đã phủ sóng khoảng 85% dân số, Malaysia trên 80%. Trong khi đó, theo Bộ Khoa học và Công nghệ, đến hết tháng 6/2025, tỷ lệ phủ sóng 5G theo dân số tại Việt Nam mới đạt 24,5%, với khoảng 11.300 trạm 5G.""",
        "2025-07-14",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 24.5),
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 11300.0),
        ],
    ),
    # 22 — a survey's Internet figures are traps; the administrative 2024 rate is kept
    (
        """Theo báo cáo Digital 2025 của We Are Social và Meltwater, Việt Nam có 79,8 triệu người dùng Internet, chiếm 78,8% dân số. Trong khi đó, số liệu thống kê của Bộ Thông tin và Truyền thông cho thấy tỷ lệ người sử dụng Internet năm 2024 đạt 84%.""",
        "2025-03-05",
        [
            ("internet_users_rate", "national", "year", "2024-12-31", 84.0),
        ],
    ),
    # 23 — January 2024 report with an explicit window: month and per-day average end on the window's end
    (
        """Trong tháng 01/2024 (từ 20/12/2023 đến 19/01/2024), Nền tảng NDXP có 89,7 triệu giao dịch, hàng ngày có trung bình 2,9 triệu giao dịch. Tính đến ngày 19/01/2024, tổng số giao dịch lũy kế qua NDXP đạt 3,01 tỷ.""",
        "2024-01-25",
        [
            ("ndxp_transactions_period", "national", "month", "2024-01-19", 89700000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-01-19", 2900000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-01-19", 3010000000.0),
        ],
    ),
    # 24 — four procedure-provision shares at a date; the X/Y count in brackets has no id
    (
        """Tính đến ngày 30/6/2024, tỷ lệ dịch vụ công trực tuyến trên tổng số thủ tục hành chính đạt 79,2%; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 47,3%; tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 86,3% (2.912/3.374 thủ tục); tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến đạt 61,8%.""",
        None,
        [
            ("dvctt_rate", "national", "as_of", "2024-06-30", 79.2),
            ("dvctt_full_process_rate", "national", "as_of", "2024-06-30", 47.3),
            ("full_process_provision_rate", "national", "as_of", "2024-06-30", 86.3),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-06-30", 61.8),
        ],
    ),
    # 25 — subscriptions at end of June 2025; mobile broadband after "trong đó" is another indicator (kept), 5G sub-count is a trap
    (
        """Thị trường viễn thông 6 tháng đầu năm 2025

Tính đến hết tháng 6/2025, tổng số thuê bao di động đạt 128,3 triệu, trong đó số thuê bao băng rộng di động đạt 92,4 triệu (trong đó 8,3 triệu thuê bao 5G), tương đương 91,2 thuê bao/100 dân. Số thuê bao băng rộng cố định đạt 24,9 triệu, tương đương 24,6 thuê bao/100 dân.

Cũng đến hết tháng 6/2025, số thuê bao sử dụng điện thoại thông minh là 86,5 triệu; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 88,1%.""",
        "2025-07-28",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-06-30", 92400000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 91.2),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-06-30", 24900000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-06-30", 24.6),
            ("smartphone_subscriptions", "national", "as_of", "2025-06-30", 86500000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 88.1),
        ],
    ),
    # 26 — FTTH kept; smartphone share of people (not subscriptions) is a trap
    (
        """Tính đến hết tháng 11/2024, tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 82,5%; tỷ lệ người sử dụng điện thoại thông minh trên tổng số người dùng điện thoại di động đạt 86,2%.""",
        "2024-12-10",
        [
            ("ftth_household_rate", "national", "as_of", "2024-11-30", 82.5),
        ],
    ),
    # 27 — Q&A interview with a VPCP official: portal cumulative levels and a 4-month satisfaction rate; one ministry's dossiers are a trap
    (
        """Cổng Dịch vụ công quốc gia: Lấy người dân làm trung tâm

PV: Thưa bà, xin bà cho biết kết quả nổi bật của Cổng Dịch vụ công quốc gia thời gian qua?

Bà Đặng Thu Hà, Phó Cục trưởng Cục Kiểm soát thủ tục hành chính (Văn phòng Chính phủ): Tính đến ngày 30/4/2025, Cổng đã có hơn 19,6 triệu tài khoản đăng ký; tổng số hồ sơ trực tuyến thực hiện qua Cổng đạt 71,2 triệu; đã có 58,3 triệu giao dịch thanh toán trực tuyến với tổng số tiền 71.350 tỷ đồng. Riêng Bộ Công an đã tiếp nhận 5,1 triệu hồ sơ qua Cổng.

PV: Mức độ hài lòng của người dân được ghi nhận ra sao?

Bà Đặng Thu Hà: Kết quả đánh giá trên Hệ thống cho thấy, trong 4 tháng đầu năm 2025, tỷ lệ người dân, doanh nghiệp hài lòng khi giải quyết thủ tục hành chính đạt 91,3%.""",
        "2025-05-14",
        [
            ("national_portal_accounts", "national", "as_of", "2025-04-30", 19600000.0),
            ("national_portal_dossiers", "national", "as_of", "2025-04-30", 71200000.0),
            ("online_payments_count", "national", "as_of", "2025-04-30", 58300000.0),
            ("online_payments_value", "national", "as_of", "2025-04-30", 71350.0),
            ("satisfaction_rate", "national", "ytd", "2025-04-30", 91.3),
        ],
    ),
    # 28 — headline rounded, body precise (one row); May vs April in brackets; per-day average for May
    (
        """NDXP đạt hơn 4,7 tỷ giao dịch lũy kế

Theo Bộ Khoa học và Công nghệ, tính đến ngày 31/5/2025, tổng số giao dịch lũy kế qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đạt 4,71 tỷ. Tháng 5/2025, NDXP ghi nhận 112,4 triệu giao dịch (tháng 4/2025: 105,8 triệu), bình quân 3,63 triệu giao dịch mỗi ngày trong tháng 5.""",
        "2025-06-09",
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 4710000000.0),
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 112400000.0),
            ("ndxp_transactions_period", "national", "month", "2025-04-30", 105800000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3630000.0),
        ],
    ),
    # 29 — province 2024 review: GRDP share is the province's; change in points is a trap
    (
        """Quảng Ninh: Chuyển đổi số năm 2024 tiếp tục dẫn đầu

Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Quảng Ninh đạt 82,1%, tăng 6,4 điểm phần trăm so với năm 2023. Tỷ trọng kinh tế số trong GRDP của Quảng Ninh năm 2024 đạt 11,2%. Đến cuối năm 2024, 90,5% hộ gia đình trên địa bàn Quảng Ninh có kết nối Internet cáp quang băng rộng.""",
        "2025-01-15",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2024-12-31", 82.1),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2024-12-31", 11.2),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2024-12-31", 90.5),
        ],
    ),
    # 30 — operators' figures only: nothing to label
    (
        """Nhà mạng tăng tốc phủ sóng 5G

Viettel cho biết đã phủ sóng 5G tới 90% dân số khu vực đô thị với hơn 7.000 trạm phát sóng. VinaPhone hiện có khoảng 3.500 trạm 5G, trong khi MobiFone đặt mục tiêu lắp 2.000 trạm trong năm 2025. Tốc độ 5G trung bình của Viettel đạt 650 Mbps.""",
        "2024-12-20",
        [],
    ),
    # 31 — quarter III/2024 and 9-month cybersecurity, with the year-ago 9-month count in brackets
    (
        """Quý III/2024, hệ thống kỹ thuật ghi nhận 185 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Tính chung 9 tháng đầu năm 2024, có 579 cuộc tấn công mạng gây sự cố, giảm 32% so với cùng kỳ năm 2023 (851 cuộc).""",
        None,
        [
            ("cyberattacks", "national", "quarter", "2024-09-30", 185.0),
            ("cyberattacks", "national", "ytd", "2024-09-30", 579.0),
            ("cyberattacks", "national", "ytd", "2023-09-30", 851.0),
        ],
    ),
    # 32 — security-level approval split by ministries, localities and overall
    (
        """Đến hết tháng 6/2024, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ của các bộ, ngành đạt 92,3%, của các địa phương đạt 85,6%; tính chung cả nước đạt 88,4%.""",
        None,
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-06-30", 92.3),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-06-30", 85.6),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-06-30", 88.4),
        ],
    ),
    # 33 — 2024 adult usage kept; the 2025 target is a trap
    (
        """Năm 2024, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 45,6%, vượt mục tiêu 40% đề ra cho năm 2025 tại Quyết định số 06/QĐ-TTg.""",
        "2025-02-14",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 45.6),
        ],
    ),
    # 34 — X/Y simplified procedures "đến nay" dated by the sidecar; the remainder is a trap
    (
        """Đến nay, các bộ, ngành đã thực thi phương án cắt giảm, đơn giản hóa 812/1.084 thủ tục hành chính theo các Nghị quyết chuyên đề của Chính phủ; còn 272 thủ tục chưa được thực thi.""",
        "2024-10-02",
        [
            ("procedures_simplified", "national", "as_of", "2024-10-02", 812.0),
        ],
    ),
    # 35 — post-merger X/Y: 53/53 essential services kept; 17/17 and 34/34 population-database connections have no id
    (
        """Đến nay, 53/53 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; 17/17 bộ, cơ quan ngang bộ và 34/34 tỉnh, thành phố đã kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư.""",
        "2025-07-22",
        [
            ("essential_services_full_process", "national", "as_of", "2025-07-22", 53.0),
        ],
    ),
    # 36 — November 2024 monthly with bracketed October and 11-month portal dossiers; 42/63 count has no id
    (
        """Báo cáo chuyển đổi số tháng 11/2024

Tháng 11/2024, tỷ lệ hồ sơ trực tuyến toàn trình trên cả nước đạt 42,6% (tháng 10/2024: 41,9%). Có 42/63 địa phương đạt tỷ lệ hồ sơ trực tuyến trên 50%. Tính chung 11 tháng năm 2024, Cổng Dịch vụ công quốc gia tiếp nhận 24,1 triệu hồ sơ trực tuyến.""",
        "2024-12-05",
        [
            ("online_dossier_full_process_rate", "national", "month", "2024-11-30", 42.6),
            ("online_dossier_full_process_rate", "national", "month", "2024-10-31", 41.9),
            ("national_portal_dossiers_new", "national", "ytd", "2024-11-30", 24100000.0),
        ],
    ),
    # 37 — headline restated in one-line body
    (
        """Tháng 2/2025: NDXP đạt 96,2 triệu giao dịch

Theo Bộ Thông tin và Truyền thông, trong tháng 2/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 96,2 triệu giao dịch.""",
        None,
        [
            ("ndxp_transactions_period", "national", "month", "2025-02-28", 96200000.0),
        ],
    ),
    # 38 — per-day average over an explicit window; per-day portal dossiers have no id
    (
        """Từ ngày 15/7/2025 đến ngày 14/8/2025, trung bình mỗi ngày Nền tảng NDXP xử lý 3,91 triệu giao dịch; Cổng Dịch vụ công quốc gia tiếp nhận trung bình khoảng 95.000 hồ sơ trực tuyến mỗi ngày.""",
        "2025-08-18",
        [
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-08-14", 3910000.0),
        ],
    ),
    # 39 — 2024 year-end review restating 2023 in brackets; ICT revenue and percentage change are traps
    (
        """Ngành Thông tin và Truyền thông tổng kết năm 2024

Năm 2024, doanh thu công nghiệp công nghệ thông tin ước đạt 158 tỷ USD. Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 đạt 40,7% (năm 2023: 30,4%).

Về an toàn thông tin, năm 2024 ghi nhận 659 cuộc tấn công mạng gây sự cố. Số địa chỉ IP thuộc mạng botnet cuối năm 2024 giảm còn 560.000, giảm 27% so với cuối năm 2023 (767.000).""",
        "2025-01-06",
        [
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 40.7),
            ("online_dossier_full_process_rate", "national", "year", "2023-12-31", 30.4),
            ("cyberattacks", "national", "year", "2024-12-31", 659.0),
            ("botnet_ips", "national", "as_of", "2024-12-31", 560000.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 767000.0),
        ],
    ),
    # 40 — "hiện nay" level in a non-review article, dated by the sidecar
    (
        """Hiện nay, cả nước có khoảng 57 triệu tài khoản định danh điện tử VNeID đã được kích hoạt, tạo nền tảng để người dân thực hiện dịch vụ công trực tuyến không cần giấy tờ.""",
        "2025-05-20",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-05-20", 57000000.0),
        ],
    ),
    # 41 — city August 2025 month and lũy kế; one ward's figure is a trap
    (
        """Hà Nội: Tỷ lệ hồ sơ trực tuyến tháng 8/2025 đạt 70,3%

Theo Sở Khoa học và Công nghệ Hà Nội, tỷ lệ hồ sơ xử lý trực tuyến của thành phố trong tháng 8/2025 đạt 70,3%; lũy kế từ tháng 1-8/2025 đạt 65,4%. Phường Ba Đình có tỷ lệ cao nhất, đạt 99%.""",
        "2025-09-04",
        [
            ("online_dossier_rate", "Hà Nội", "month", "2025-08-31", 70.3),
            ("online_dossier_rate", "Hà Nội", "ytd", "2025-08-31", 65.4),
        ],
    ),
    # 42 — quarter IV/2024 fixed speed; upload speed and rank are traps
    (
        """Quý IV/2024, tốc độ tải xuống trung bình của băng rộng cố định tại Việt Nam đạt 185,3 Mbps, tốc độ tải lên 178,4 Mbps, xếp thứ 37 thế giới.""",
        "2025-01-20",
        [
            ("fixed_broadband_speed", "national", "quarter", "2024-12-31", 185.3),
        ],
    ),
    # 43 — Q&A on dead-zone villages at end of September 2025; the year-end plan is a trap
    (
        """PV: Chương trình phủ sóng thôn lõm sóng đã đi đến đâu, thưa ông?

Ông Nguyễn Hữu Tâm, Giám đốc Quỹ Dịch vụ viễn thông công ích Việt Nam: Tính đến hết tháng 9/2025, cả nước còn 236 thôn lõm sóng; Chương trình đã phủ sóng 97,8% số thôn lõm sóng có điện lưới. Dự kiến đến hết năm 2025 sẽ xóa toàn bộ các thôn lõm sóng còn lại.""",
        "2025-10-20",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2025-09-30", 236.0),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2025-09-30", 97.8),
        ],
    ),
    # 44 — October 2025 full-process rates by ministries and localities with September in brackets
    (
        """Tháng 10/2025, tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành đạt 58,7% (tháng 9: 57,2%), khối địa phương đạt 44,1% (tháng 9: 43,5%).""",
        None,
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2025-10-31", 58.7),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-09-30", 57.2),
            ("online_dossier_full_process_rate", "localities", "month", "2025-10-31", 44.1),
            ("online_dossier_full_process_rate", "localities", "month", "2025-09-30", 43.5),
        ],
    ),
    # 45 — year-on-year changes only
    (
        """So với cùng kỳ năm 2024, số giao dịch qua NDXP 6 tháng đầu năm 2025 tăng 24%, số hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia tăng 1,5 lần và giá trị thanh toán trực tuyến tăng 37%.""",
        "2025-06-30",
        [],
    ),
    # 46 — portal flows cumulative from January to August 2025
    (
        """Lũy kế từ tháng 1-8/2025, Cổng Dịch vụ công quốc gia có thêm 2,4 triệu tài khoản đăng ký mới, tiếp nhận 31,6 triệu hồ sơ trực tuyến; thực hiện 22,8 triệu giao dịch thanh toán trực tuyến với số tiền 28.540 tỷ đồng.""",
        None,
        [
            ("national_portal_accounts_new", "national", "ytd", "2025-08-31", 2400000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2025-08-31", 31600000.0),
            ("online_payments_count_new", "national", "ytd", "2025-08-31", 22800000.0),
            ("online_payments_value_new", "national", "ytd", "2025-08-31", 28540.0),
        ],
    ),
]
