"""Genre cases: article-length excerpts (title, lead, figure paragraphs, quote, caption, byline).

CASES: (article_text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Paragraphs are separated by "\n\n". The focus is dating: the lead sets the data period and later
paragraphs inherit it; meetings dated without a year; months without a year; year-end reviews
published the next year; monthly speed reports published the next month; comparison values in
parentheses. published_iso_date None = a page saved without a date: only values whose date can be
established from the text itself are expected. Written independently from
tests/golden/README.md; the reasoning for each date and each trap is in the comments.
"""

CASES = [
    # 1 -------------------------------------------------------------------------------------------
    # Lead sets "tính đến hết tháng 8/2025"; the following paragraphs inherit it.
    # Traps: "tăng gần 7.000 trạm" (change), 90% / 100 Mbps (plan).
    (
        "Cả nước có gần 15.000 trạm BTS 5G\n\n"
        "Theo báo cáo của Bộ Khoa học và Công nghệ, tính đến hết tháng 8/2025, cả nước đã lắp đặt và phát sóng "
        "14.985 trạm BTS 5G, tăng gần 7.000 trạm so với thời điểm cuối năm 2024.\n\n"
        "Tỷ lệ phủ sóng 5G theo dân số đạt 26,4%. Số thuê bao băng rộng di động ở mức khoảng 90,5 triệu, "
        "tương đương 89,6 thuê bao/100 dân; thuê bao băng rộng cố định là 24,1 triệu.\n\n"
        "Cùng với đó, tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 84,2%, còn tỷ lệ thuê bao "
        "di động sử dụng điện thoại thông minh là 88,9%.\n\n"
        "Theo kế hoạch, đến hết năm 2025, mạng 5G sẽ phủ sóng 90% dân số, tốc độ truy cập di động trung bình "
        "đạt tối thiểu 100 Mbps.\n\n"
        "Ảnh minh họa: Kỹ thuật viên lắp đặt trạm BTS 5G tại Hà Nội.\n\n"
        "Minh Sơn",
        "2025-09-12",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-08-31", 14985),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-08-31", 26.4),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-08-31", 90500000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-08-31", 89.6),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-08-31", 24100000),
            ("ftth_household_rate", "national", "as_of", "2025-08-31", 84.2),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-08-31", 88.9),
        ],
    ),
    # 2 -------------------------------------------------------------------------------------------
    # i-Speed "tháng 8" published 9 September: August of the publication year.
    # Traps: 1,9% change, upload speeds, latency, Viettel/VNPT figures, 9 triệu lượt đo.
    (
        "Tốc độ Internet cố định tháng 8 đạt gần 170 Mbps\n\n"
        "Trung tâm Internet Việt Nam (VNNIC) thuộc Bộ Khoa học và Công nghệ vừa công bố kết quả đo tốc độ truy cập "
        "Internet i-Speed tháng 8.\n\n"
        "Theo đó, tốc độ tải xuống trung bình của Internet băng rộng cố định tại Việt Nam đạt 169,83 Mbps, tăng 1,9% "
        "so với tháng trước. Tốc độ tải lên đạt 162,4 Mbps.\n\n"
        "Với mạng di động, tốc độ tải xuống trung bình là 138,02 Mbps, tốc độ tải lên ở mức 39,6 Mbps; độ trễ "
        "trung bình 28 ms.\n\n"
        "Trong số các nhà mạng, Viettel tiếp tục dẫn đầu về tốc độ di động với 156,3 Mbps, tiếp theo là VNPT "
        "(VinaPhone) với 131,7 Mbps.\n\n"
        "Kết quả i-Speed được tổng hợp từ hơn 9 triệu lượt đo của người dùng trên toàn quốc trong tháng.\n\n"
        "(TTXVN/Vietnam+)",
        "2025-09-09",
        [
            ("fixed_broadband_speed", "national", "month", "2025-08-31", 169.83),
            ("mobile_broadband_speed", "national", "month", "2025-08-31", 138.02),
        ],
    ),
    # 3 -------------------------------------------------------------------------------------------
    # Ookla "tháng 12" published 16 January 2025: December 2024, not December 2025.
    # Traps: Ookla ranks (no id), upload, global averages, UAE, 8,1% change.
    (
        "Tốc độ mạng di động Việt Nam tháng 12 lọt top 20 thế giới\n\n"
        "Theo Speedtest Global Index do Ookla vừa công bố, trong tháng 12, tốc độ tải xuống trung bình của mạng "
        "di động tại Việt Nam đạt 99,2 Mbps, xếp thứ 20/111 quốc gia và vùng lãnh thổ được khảo sát.\n\n"
        "Với băng rộng cố định, tốc độ tải xuống trung bình là 160,97 Mbps, đứng thứ 36/154. Tốc độ tải lên của "
        "băng rộng cố định đạt 158,2 Mbps.\n\n"
        "Trong khi đó, tốc độ trung bình toàn cầu lần lượt là 60,03 Mbps với di động và 93,6 Mbps với băng rộng "
        "cố định. UAE dẫn đầu về tốc độ di động với 442,6 Mbps.\n\n"
        "So với tháng 11, tốc độ di động của Việt Nam tăng 8,1%, chủ yếu nhờ các nhà mạng đẩy mạnh triển khai "
        "5G trong quý IV.\n\n"
        "Ảnh minh họa\n\n"
        "Nguyễn Hải",
        "2025-01-16",
        [
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 99.2),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 160.97),
        ],
    ),
    # 4 -------------------------------------------------------------------------------------------
    # Year-end review of 2024 published in February 2025. "(36,09%)" is the 2023 value, kept with its
    # own period. "Trong năm" flows go on the _new twins. Traps: "gần 10 điểm phần trăm", 2025 target.
    (
        "Năm 2024: Hơn 45% hồ sơ thủ tục hành chính được xử lý trực tuyến\n\n"
        "Theo báo cáo tổng kết năm 2024 của Văn phòng Chính phủ, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc năm "
        "2024 đạt 45,73%, cao hơn gần 10 điểm phần trăm so với năm 2023 (36,09%).\n\n"
        "Tỷ lệ cấp kết quả điện tử đạt 56,3%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 40,1%.\n\n"
        "Trong năm, Cổng Dịch vụ công quốc gia tiếp nhận 9,6 triệu hồ sơ trực tuyến; thực hiện hơn 11,2 triệu "
        "giao dịch thanh toán trực tuyến với tổng số tiền gần 7.400 tỷ đồng.\n\n"
        'Phát biểu tại hội nghị, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn nhấn mạnh: "Năm 2025, '
        "các bộ, ngành, địa phương phải phấn đấu đạt tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 50%, lấy người "
        'dân, doanh nghiệp làm trung tâm phục vụ".\n\n'
        "Ảnh: VGP\n\n"
        "Thu Giang",
        "2025-02-06",
        [
            ("online_dossier_rate", "national", "year", "2024-12-31", 45.73),
            ("online_dossier_rate", "national", "year", "2023-12-31", 36.09),
            ("e_result_rate", "national", "year", "2024-12-31", 56.3),
            ("data_reuse_rate", "national", "year", "2024-12-31", 40.1),
            ("national_portal_dossiers_new", "national", "year", "2024-12-31", 9600000),
            ("online_payments_count_new", "national", "year", "2024-12-31", 11200000),
            ("online_payments_value_new", "national", "year", "2024-12-31", 7400),
        ],
    ),
    # 5 -------------------------------------------------------------------------------------------
    # No publication date. "Chiều 24/9" has no year, but the meeting reviews "9 tháng đầu năm 2025",
    # so the meeting is 24/9/2025 and its "đến nay" levels are as_of 2025-09-24.
    # Traps: end-2025 target (100%, 80%).
    (
        "Ban Chỉ đạo đánh giá kết quả chuyển đổi số 9 tháng\n\n"
        "Chiều 24/9, Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số "
        "và Đề án 06 họp phiên thường kỳ, đánh giá kết quả thực hiện 9 tháng đầu năm 2025.\n\n"
        "Báo cáo tại cuộc họp cho biết, đến nay Cổng Dịch vụ công quốc gia đã có hơn 42,3 triệu tài khoản đăng "
        "ký; tỷ lệ dịch vụ công trực tuyến toàn trình đạt 53,5%. Ứng dụng VNeID có 61,4 triệu tài khoản định danh "
        "điện tử đã được kích hoạt.\n\n"
        "Trong 9 tháng đầu năm, tỷ lệ hồ sơ trực tuyến toàn trình trên cả nước đạt 40,2%.\n\n"
        "Kết luận cuộc họp, Phó Thủ tướng yêu cầu các bộ, ngành, địa phương hoàn thành cung cấp 100% dịch vụ công "
        "đủ điều kiện dưới dạng toàn trình và phấn đấu đạt 80% hồ sơ trực tuyến toàn trình trước ngày 31/12.\n\n"
        "PV",
        None,
        [
            ("national_portal_accounts", "national", "as_of", "2025-09-24", 42300000),
            ("dvctt_full_process_rate", "national", "as_of", "2025-09-24", 53.5),
            ("vneid_activated_accounts", "national", "as_of", "2025-09-24", 61400000),
            ("online_dossier_full_process_rate", "national", "ytd", "2025-09-30", 40.2),
        ],
    ),
    # 6 -------------------------------------------------------------------------------------------
    # No publication date and no year except "năm 2023": the "hiện nay" rates and the "15/10"
    # satisfaction rate cannot be dated. Only the 2023 value of Hà Nội is expected.
    # Traps: 1.850 services (no id), 100% target.
    (
        "Hà Nội: Người dân ngày càng quen nộp hồ sơ trực tuyến\n\n"
        "Theo Sở Khoa học và Công nghệ Hà Nội, hiện nay tỷ lệ hồ sơ xử lý trực tuyến trên địa bàn thành phố đạt "
        "78,4%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,6%.\n\n"
        "Con số này cao hơn đáng kể so với năm 2023, khi tỷ lệ hồ sơ xử lý trực tuyến của thành phố chỉ là 62,1%.\n\n"
        "Tính đến ngày 15/10, thành phố đã tích hợp 1.850 dịch vụ công lên Cổng Dịch vụ công quốc gia; tỷ lệ hài "
        "lòng của người dân, doanh nghiệp đạt 96,2%.\n\n"
        '"Chúng tôi đặt mục tiêu 100% hồ sơ được tiếp nhận, giải quyết trên môi trường điện tử", đại diện Sở '
        "Khoa học và Công nghệ cho biết.\n\n"
        "Ảnh minh họa\n\n"
        "Hà An",
        None,
        [
            ("online_dossier_rate", "Hà Nội", "year", "2023-12-31", 62.1),
        ],
    ),
    # 7 -------------------------------------------------------------------------------------------
    # 9 months of 2025 with the same period of 2024 in parentheses (kept, own period); "tháng 9" and
    # "cuối tháng 9" take 2025 from the lead and the publication date.
    # Traps: 30,2% / 5% / 18% changes, world damage estimate.
    (
        "9 tháng, hơn 4.200 cuộc tấn công mạng gây sự cố\n\n"
        "Theo số liệu của Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05, Bộ Công an), 9 "
        "tháng đầu năm 2025, cơ quan chức năng đã ghi nhận, cảnh báo và hướng dẫn xử lý 4.210 cuộc tấn công mạng "
        "gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 30,2% so với cùng kỳ năm 2024 (6.030 cuộc).\n\n"
        "Riêng trong tháng 9, số cuộc tấn công mạng gây sự cố là 412, tăng 5% so với tháng trước.\n\n"
        "Số địa chỉ IP thuộc các mạng botnet tại Việt Nam tính đến cuối tháng 9 ở mức 512.300, giảm 18% so với "
        "cùng kỳ năm trước. Đến hết tháng 9, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ đạt "
        "87,4%.\n\n"
        "Trên thế giới, theo ước tính của Cybersecurity Ventures, thiệt hại do tội phạm mạng năm 2025 có thể lên "
        "tới 10.500 tỷ USD.\n\n"
        "Đỗ Lâm",
        "2025-10-08",
        [
            ("cyberattacks", "national", "ytd", "2025-09-30", 4210),
            ("cyberattacks", "national", "ytd", "2024-09-30", 6030),
            ("cyberattacks", "national", "month", "2025-09-30", 412),
            ("botnet_ips", "national", "as_of", "2025-09-30", 512300),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-09-30", 87.4),
        ],
    ),
    # 8 -------------------------------------------------------------------------------------------
    # Published in May about the end of March (data published later than its period).
    # Traps: "trong đó hơn 70%" share, 280.000 points, 38.500 tỷ Mobile Money transactions (no id),
    # Viettel Money's own customers.
    (
        "Mobile Money có hơn 11 triệu khách hàng\n\n"
        "Theo báo cáo của Ngân hàng Nhà nước gửi Chính phủ, tính đến cuối tháng 3/2025, số khách hàng đăng ký sử "
        "dụng dịch vụ Mobile Money đạt khoảng 11,2 triệu, trong đó hơn 70% ở khu vực nông thôn, miền núi, vùng sâu, "
        "vùng xa.\n\n"
        "Mạng lưới điểm kinh doanh dịch vụ Mobile Money đạt hơn 280.000 điểm. Tổng giá trị giao dịch lũy kế từ khi "
        "thí điểm đạt hơn 38.500 tỷ đồng.\n\n"
        "Riêng Viettel Money hiện có hơn 9 triệu khách hàng sử dụng dịch vụ Mobile Money.\n\n"
        "Cũng theo Ngân hàng Nhà nước, đến hết năm 2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân "
        "hàng đạt khoảng 87%.\n\n"
        "Ảnh minh họa\n\n"
        "Hoàng Anh",
        "2025-05-20",
        [
            ("mobile_money_customers", "national", "as_of", "2025-03-31", 11200000),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87),
        ],
    ),
    # 9 -------------------------------------------------------------------------------------------
    # Cumulative invoices with an explicit cut-off. Traps: "trong đó" cash-register invoices,
    # 168.000 businesses, 07/2022 start.
    (
        "Hơn 10 tỷ hóa đơn điện tử đã được cơ quan thuế tiếp nhận, xử lý\n\n"
        "Theo Cục Thuế (Bộ Tài chính), từ khi triển khai hóa đơn điện tử trên toàn quốc (tháng 7/2022) đến ngày "
        "31/8/2025, cơ quan thuế đã tiếp nhận, xử lý khoảng 10,4 tỷ hóa đơn điện tử, trong đó hơn 1,6 tỷ hóa đơn "
        "khởi tạo từ máy tính tiền.\n\n"
        "Số doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền là 168.000 đơn "
        "vị.\n\n"
        "Ông Mai Sơn, Phó Cục trưởng Cục Thuế cho biết, thời gian tới cơ quan thuế sẽ tiếp tục mở rộng đối tượng "
        "áp dụng, nhất là trong lĩnh vực bán lẻ xăng dầu, ăn uống và dịch vụ lưu trú.\n\n"
        "Ảnh minh họa: Người dân thanh toán tại một cửa hàng bán lẻ.\n\n"
        "Anh Minh",
        "2025-09-16",
        [
            ("e_invoices_total", "national", "as_of", "2025-08-31", 10400000000),
        ],
    ),
    # 10 ------------------------------------------------------------------------------------------
    # EGDI rank "vừa công bố": as_of the publication date. Traps: 15 bậc, EGDI score, world average,
    # ASEAN rank, 2025 target.
    (
        "Việt Nam tăng 15 bậc về Chính phủ điện tử\n\n"
        "Liên hợp quốc vừa công bố Báo cáo khảo sát Chính phủ điện tử năm 2024. Theo đó, Chỉ số phát triển Chính "
        "phủ điện tử (EGDI) của Việt Nam xếp hạng 71/193 quốc gia, tăng 15 bậc so với lần khảo sát năm 2022.\n\n"
        "Điểm EGDI của Việt Nam đạt 0,7709, lần đầu tiên vượt mức trung bình thế giới (0,6382) và được xếp vào "
        "nhóm các quốc gia có chỉ số rất cao.\n\n"
        "Trong khu vực Đông Nam Á, Việt Nam đứng thứ 6, sau Singapore, Malaysia, Thái Lan, Brunei và Indonesia.\n\n"
        "Theo Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số, mục tiêu đến năm 2025 Việt Nam thuộc "
        "nhóm 50 nước dẫn đầu về EGDI.\n\n"
        "Vân Anh",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
        ],
    ),
    # 11 ------------------------------------------------------------------------------------------
    # No publication date. The 30/6/2025 figures are dated by the text. The "hiện nay" rate was said
    # at a working session whose date is unknown: not expected. Traps: 2,3 triệu dossiers (no id).
    (
        "Hơn 88 triệu thẻ căn cước gắn chip đã được cấp\n\n"
        "Theo Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06, Bộ Công an), tính đến ngày 30/6/2025, lực "
        "lượng Công an đã cấp hơn 88,6 triệu thẻ Căn cước công dân gắn chip và kích hoạt 60,1 triệu tài khoản "
        "định danh điện tử VNeID.\n\n"
        "Trong 6 tháng đầu năm 2025, hệ thống đã tiếp nhận 2,3 triệu hồ sơ cấp thẻ căn cước cho trẻ em dưới 14 "
        "tuổi.\n\n"
        "Phát biểu tại buổi làm việc, đại diện C06 cho biết hiện nay tỷ lệ hồ sơ thủ tục hành chính gắn định danh "
        "cá nhân trên cả nước đã đạt 93,4%.\n\n"
        "Ảnh minh họa: Người dân làm thủ tục cấp căn cước tại Công an phường.\n\n"
        "Minh Châu",
        None,
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-06-30", 88600000),
            ("vneid_activated_accounts", "national", "as_of", "2025-06-30", 60100000),
        ],
    ),
    # 12 ------------------------------------------------------------------------------------------
    # NDXP half-year. "Tính đến 30/6" takes 2025 from the lead. Trap: 35% change.
    (
        "NDXP xử lý hơn 620 triệu giao dịch trong nửa đầu năm\n\n"
        "Theo báo cáo của Trung tâm Dữ liệu quốc gia, 6 tháng đầu năm 2025, Nền tảng tích hợp, chia sẻ dữ liệu "
        "quốc gia (NDXP) đã ghi nhận 621,5 triệu giao dịch, trung bình khoảng 3,43 triệu giao dịch mỗi ngày.\n\n"
        "Lũy kế từ khi khai trương năm 2019 đến hết tháng 6/2025, tổng số giao dịch qua NDXP đạt khoảng 4,2 tỷ.\n\n"
        "Tính đến 30/6, NDXP đã kết nối với 118 cơ quan, đơn vị, gồm các bộ, ngành, địa phương và một số doanh "
        "nghiệp, với tổng cộng 1.452 điểm kết nối.\n\n"
        'So với cùng kỳ năm 2024, lượng giao dịch qua nền tảng tăng khoảng 35%. NDXP được xem là "xương sống" cho việc '
        "kết nối, chia sẻ dữ liệu giữa các cơ quan nhà nước, phục vụ giải quyết thủ tục hành chính.\n\n"
        "Thanh Tùng",
        "2025-07-10",
        [
            ("ndxp_transactions_period", "national", "half", "2025-06-30", 621500000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 3430000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-06-30", 4200000000),
            ("ndxp_connected_agencies", "national", "as_of", "2025-06-30", 118),
            ("ndxp_connection_points", "national", "as_of", "2025-06-30", 1452),
        ],
    ),
    # 13 ------------------------------------------------------------------------------------------
    # Provincial paper. "tính đến ngày 15/10" takes 2025 from the publication date; the national
    # figure has its own date. Traps: "giảm 57" change, 100% communes (no id), 45 BTS plan.
    (
        "Lai Châu: Còn 38 thôn, bản chưa có sóng di động\n\n"
        "(Báo Lai Châu) Theo Sở Khoa học và Công nghệ, tính đến ngày 15/10, toàn tỉnh còn 38 thôn, bản chưa có "
        "sóng di động, giảm 57 thôn, bản so với cuối năm 2024.\n\n"
        "Tỷ lệ thôn, bản có sóng di động băng rộng của tỉnh đạt 96,6%; 100% xã, phường đã có cáp quang đến trung "
        "tâm.\n\n"
        "Trong quý IV, các doanh nghiệp viễn thông trên địa bàn dự kiến đầu tư thêm 45 trạm BTS tại các khu vực "
        "biên giới. Sở Khoa học và Công nghệ sẽ tiếp tục phối hợp với các doanh nghiệp rà soát, ưu tiên đầu tư hạ tầng "
        "tại các xã vùng đặc biệt khó khăn.\n\n"
        "Trên cả nước, theo Bộ Khoa học và Công nghệ, đến hết tháng 9/2025 còn khoảng 1.150 thôn lõm sóng.\n\n"
        "Ảnh: Trạm BTS tại huyện Mường Tè.\n\n"
        "Quang Huy",
        "2025-10-25",
        [
            ("villages_without_mobile_coverage", "Lai Châu", "as_of", "2025-10-15", 38),
            ("villages_with_mobile_coverage_rate", "Lai Châu", "as_of", "2025-10-15", 96.6),
            ("villages_without_mobile_coverage", "national", "as_of", "2025-09-30", 1150),
        ],
    ),
    # 14 ------------------------------------------------------------------------------------------
    # Statistics for 2024 published in November 2025. The 2023 share is a stated comparison value.
    # Traps: "gấp gần ba lần", e-Conomy SEA USD size, 2030 target.
    (
        "Kinh tế số chiếm hơn 18% GDP năm 2024\n\n"
        "Cục Thống kê (Bộ Tài chính) vừa công bố kết quả đo lường kinh tế số năm 2024. Theo đó, tỷ trọng giá trị "
        "tăng thêm của kinh tế số trong GDP năm 2024 đạt 18,3%, cao hơn mức 16,5% của năm 2023. Đây là lần đầu cơ quan "
        "thống kê công bố số liệu theo phương pháp luận mới, bám sát hướng dẫn của OECD.\n\n"
        "Tốc độ tăng trưởng của kinh tế số năm 2024 ước đạt khoảng 20%, gấp gần ba lần tốc độ tăng GDP.\n\n"
        "Theo báo cáo e-Conomy SEA 2025 của Google, Temasek và Bain & Company, quy mô kinh tế Internet của Việt "
        "Nam năm nay ước đạt 39 tỷ USD.\n\n"
        "Nghị quyết 57-NQ/TW đặt mục tiêu đến năm 2030, quy mô kinh tế số đạt tối thiểu 30% GDP.\n\n"
        "Ảnh minh họa\n\n"
        "Hà Linh",
        "2025-11-05",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
        ],
    ),
    # 15 ------------------------------------------------------------------------------------------
    # Ookla June 2025 published in July. Traps: upload, Ookla rank, global medians, Singapore, 3,2%.
    (
        "Tốc độ di động Việt Nam tháng 6 đạt gần 150 Mbps\n\n"
        "Theo Speedtest Global Index tháng 6/2025 của Ookla, tốc độ tải xuống trung vị của mạng di động tại Việt "
        "Nam đạt 148,7 Mbps, tốc độ tải lên 36,1 Mbps, xếp hạng 17 thế giới.\n\n"
        "Internet cáp quang (băng rộng cố định) có tốc độ tải xuống 172,4 Mbps, tăng 3,2% so với tháng 5.\n\n"
        "Tốc độ trung vị toàn cầu trong cùng kỳ lần lượt là 98,2 Mbps với di động và 102,6 Mbps với cố định. "
        "Singapore tiếp tục dẫn đầu về băng rộng cố định với 345,3 Mbps.\n\n"
        "Các chuyên gia nhận định việc phổ cập 5G là động lực chính giúp tốc độ di động tăng mạnh.\n\n"
        "Ảnh minh họa: Người dùng đo tốc độ mạng bằng ứng dụng Speedtest.\n\n"
        "Bảo Lâm",
        "2025-07-18",
        [
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 148.7),
            ("fixed_broadband_speed", "national", "month", "2025-06-30", 172.4),
        ],
    ),
    # 16 ------------------------------------------------------------------------------------------
    # Meeting "Sáng 12/3" = the publication date; its "đến nay" levels are as_of 2025-03-12.
    # "2 tháng đầu năm" 2025 (ytd to end of February).
    # Traps: "28 dịch vụ còn lại", 53/53 target by June.
    (
        "Đề án 06: 25/53 dịch vụ công thiết yếu được cung cấp toàn trình\n\n"
        "Sáng 12/3, Tổ công tác triển khai Đề án 06 của Chính phủ họp đánh giá tình hình thực hiện tháng 2 và 2 "
        "tháng đầu năm 2025.\n\n"
        "Theo báo cáo, đến nay đã có 25/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình trên Cổng "
        "Dịch vụ công quốc gia; 28 dịch vụ còn lại đang được các bộ, ngành hoàn thiện quy trình.\n\n"
        "Trong 2 tháng đầu năm, Cổng Dịch vụ công quốc gia tiếp nhận 1,52 triệu hồ sơ trực tuyến; có thêm 410.000 "
        "tài khoản đăng ký mới. Đến nay, cả nước có 52/63 địa phương đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực "
        "hiện dịch vụ công trực tuyến.\n\n"
        "Bộ trưởng Bộ Công an Lương Tam Quang yêu cầu phấn đấu đến hết tháng 6/2025 hoàn thành cung cấp toàn trình "
        "53/53 dịch vụ công thiết yếu.\n\n"
        "Đức Tuân",
        "2025-03-12",
        [
            ("essential_services_full_process", "national", "as_of", "2025-03-12", 25),
            ("national_portal_dossiers_new", "national", "ytd", "2025-02-28", 1520000),
            ("national_portal_accounts_new", "national", "ytd", "2025-02-28", 410000),
            ("localities_fee_reduction", "national", "as_of", "2025-03-12", 52),
        ],
    ),
    # 17 ------------------------------------------------------------------------------------------
    # Published in December about the end of October; "cùng kỳ năm 2024" is a stated level for
    # end-October 2024. Traps: 2,3 điểm phần trăm, Viettel's share.
    (
        "Phủ sóng 5G đạt gần 40% dân số\n\n"
        "Báo cáo của Bộ Khoa học và Công nghệ gửi Quốc hội cho biết, tính đến hết tháng 10/2025, mạng 5G đã phủ "
        "sóng 39,2% dân số với hơn 19.800 trạm BTS 5G.\n\n"
        "Tỷ lệ người dân sử dụng Internet ở mức 82%; tỷ lệ hộ gia đình sử dụng cáp quang băng rộng đạt 86,5%, tăng "
        "2,3 điểm phần trăm so với cùng kỳ năm trước.\n\n"
        "Cùng kỳ năm 2024, tỷ lệ phủ sóng 5G theo dân số mới đạt khoảng 6%.\n\n"
        "Riêng Viettel hiện chiếm hơn 60% tổng số trạm 5G đang hoạt động. Báo cáo cũng nêu rõ, tiến độ triển khai hạ "
        "tầng số tại khu vực miền núi, hải đảo vẫn còn chậm do chi phí đầu tư lớn, hiệu quả kinh doanh thấp.\n\n"
        "Ảnh minh họa\n\n"
        "Thanh Hà",
        "2025-12-03",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-10-31", 39.2),
            ("fiveg_bts_count", "national", "as_of", "2025-10-31", 19800),
            ("internet_users_rate", "national", "as_of", "2025-10-31", 82),
            ("ftth_household_rate", "national", "as_of", "2025-10-31", 86.5),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-10-31", 6),
        ],
    ),
    # 18 ------------------------------------------------------------------------------------------
    # "Ngày 4/1" published 6 January 2025; figures are explicitly "đến hết năm 2024" / "năm 2024".
    # Traps: revenue (no id), 2025 growth target.
    (
        "Ngành Thông tin và Truyền thông tổng kết năm 2024\n\n"
        "Ngày 4/1, Bộ Thông tin và Truyền thông tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ "
        "năm 2025.\n\n"
        "Tính đến hết năm 2024, cả nước có 23,3 triệu thuê bao băng rộng cố định và khoảng 89,7 triệu thuê bao "
        "băng rộng di động. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 88%.\n\n"
        "Doanh thu toàn ngành năm 2024 ước đạt 4,07 triệu tỷ đồng. Kinh tế số năm 2024 ước chiếm 18,3% GDP.\n\n"
        "Bộ trưởng Nguyễn Mạnh Hùng cho biết, năm 2025 ngành phấn đấu tăng trưởng doanh thu 13-15%, hoàn thành "
        "phủ sóng 5G toàn quốc.\n\n"
        "Ảnh: Bộ trưởng Nguyễn Mạnh Hùng phát biểu tại hội nghị.\n\n"
        "Minh Thu (Vietnam+)",
        "2025-01-06",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23300000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 89700000),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 88),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
        ],
    ),
    # 19 ------------------------------------------------------------------------------------------
    # Press conference "Chiều 3/10" (published 4/10): "đến nay" = 2025-10-03; "tính đến hết tháng
    # 9/2025" and "9 tháng đầu năm" are their own periods.
    (
        "Gần 95% người dân, doanh nghiệp hài lòng khi giải quyết thủ tục hành chính\n\n"
        "Chiều 3/10, tại họp báo Chính phủ thường kỳ tháng 9, Văn phòng Chính phủ cho biết, tính đến hết tháng "
        "9/2025, các bộ, ngành, địa phương đã cắt giảm, đơn giản hóa 862 thủ tục hành chính theo các nghị quyết "
        "chuyên đề của Chính phủ.\n\n"
        "9 tháng đầu năm, tỷ lệ hài lòng của người dân, doanh nghiệp và tỷ lệ hồ sơ gắn mã định danh cá nhân lần "
        "lượt đạt 94,7% và 91,2%.\n\n"
        "Đến nay, tỷ lệ hệ thống giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống thông "
        "tin giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ (EMC) đạt 96%.\n\n"
        'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn khẳng định: "Mọi thủ tục phải được đo lường bằng '
        'sự hài lòng của người dân".\n\n'
        "Ảnh: VGP/Nhật Bắc",
        "2025-10-04",
        [
            ("procedures_simplified", "national", "as_of", "2025-09-30", 862),
            ("satisfaction_rate", "national", "ytd", "2025-09-30", 94.7),
            ("dossiers_with_personal_id_rate", "national", "ytd", "2025-09-30", 91.2),
            ("emc_connection_rate", "national", "as_of", "2025-10-03", 96),
        ],
    ),
    # 20 ------------------------------------------------------------------------------------------
    # End-October 2024 levels; "trong 10 tháng" reuse rates are year-to-date with breakdowns.
    (
        "Dịch vụ công trực tuyến: Hơn một nửa chưa phát sinh hồ sơ\n\n"
        "Theo Văn phòng Chính phủ, tính đến hết tháng 10/2024, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp "
        "dịch vụ công trực tuyến toàn trình đạt 82,4%.\n\n"
        "Tuy nhiên, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ mới ở mức 48,9%, nghĩa là hơn một nửa số dịch "
        "vụ đã được đầu tư nhưng gần như không có người sử dụng.\n\n"
        "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa trong 10 tháng chỉ đạt 36,2%; khối bộ, ngành đạt "
        "21,5%, khối địa phương đạt 40,3%.\n\n"
        '"Không nên chạy theo số lượng dịch vụ mà phải nhìn vào số hồ sơ thực tế", TS. Nguyễn Văn Thắng, chuyên '
        "gia chính phủ số, nhận định.\n\n"
        "Hồng Nhung (VnEconomy)",
        "2024-11-08",
        [
            ("full_process_provision_rate", "national", "as_of", "2024-10-31", 82.4),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-10-31", 48.9),
            ("data_reuse_rate", "national", "ytd", "2024-10-31", 36.2),
            ("data_reuse_rate", "ministries", "ytd", "2024-10-31", 21.5),
            ("data_reuse_rate", "localities", "ytd", "2024-10-31", 40.3),
        ],
    ),
    # 21 ------------------------------------------------------------------------------------------
    # "cùng thời điểm" carries end-June 2025. Traps: survey respondents (94%, 71%), world 67,9%.
    (
        "Gần 80% dân số Việt Nam sử dụng Internet\n\n"
        "Theo số liệu của Bộ Khoa học và Công nghệ, tính đến cuối tháng 6/2025, tỷ lệ người sử dụng Internet tại "
        "Việt Nam đạt 79,8% dân số.\n\n"
        "Cùng thời điểm, cả nước có khoảng 111,6 triệu thuê bao sử dụng điện thoại thông minh, chiếm 87,5% tổng số "
        "thuê bao di động. Các chuyên gia nhận định hạ tầng di động phủ rộng và giá dịch vụ rẻ là yếu tố chính thúc "
        "đẩy người dân lên mạng.\n\n"
        "Một khảo sát trực tuyến do Cimigo thực hiện trong tháng 7 cho thấy 94% người được hỏi truy cập Internet "
        "hằng ngày, 71% thường xuyên dùng ví điện tử.\n\n"
        "Theo báo cáo Digital 2025 của We Are Social và Meltwater, tỷ lệ người dùng Internet trên toàn cầu là "
        "67,9%.\n\n"
        "Ảnh minh họa\n\n"
        "Phương Nga",
        "2025-08-20",
        [
            ("internet_users_rate", "national", "as_of", "2025-06-30", 79.8),
            ("smartphone_subscriptions", "national", "as_of", "2025-06-30", 111600000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 87.5),
        ],
    ),
    # 22 ------------------------------------------------------------------------------------------
    # Year-end estimate published before the year ends. Traps: digital-signature share (no id).
    (
        "Gần một nửa người trưởng thành đã dùng dịch vụ công trực tuyến\n\n"
        "Theo báo cáo của Bộ Thông tin và Truyền thông tại phiên họp của Ủy ban Quốc gia về chuyển đổi số sáng "
        "26/12, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến năm 2024 ước đạt 46%, tăng mạnh so với "
        "mức 40% của năm 2023.\n\n"
        "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân là 36,5%.\n\n"
        "Đến cuối năm 2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng hoặc tổ chức được phép "
        "khác ước đạt 87%.\n\n"
        "Thủ tướng Phạm Minh Chính nhấn mạnh chuyển đổi số phải lấy người dân làm trung tâm, chủ thể, mục tiêu.\n\n"
        "Ảnh: Dương Giang/TTXVN",
        "2024-12-27",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 46),
            ("adult_population_using_dvctt_rate", "national", "year", "2023-12-31", 40),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87),
        ],
    ),
    # 23 ------------------------------------------------------------------------------------------
    # Provincial paper, "7 tháng đầu năm 2025" (ytd to 31/7); the national figure "7 tháng" too.
    # Traps: 1,1 triệu dossiers (no id), 80% target.
    (
        "Đồng Nai: Tỷ lệ hồ sơ trực tuyến toàn trình đạt gần 60%\n\n"
        "(Báo Đồng Nai) Theo Văn phòng UBND tỉnh, 7 tháng đầu năm 2025, toàn tỉnh tiếp nhận hơn 1,1 triệu hồ sơ "
        "thủ tục hành chính; tỷ lệ hồ sơ trực tuyến toàn trình đạt 59,4%.\n\n"
        "Tỷ lệ cấp kết quả điện tử đạt 91,3%; tỷ lệ hài lòng của người dân, doanh nghiệp đạt 98,1%. Nhiều thủ tục về "
        "đất đai, hộ tịch đã được số hóa, người dân có thể nộp hồ sơ ngay tại nhà.\n\n"
        "Trên cả nước, theo số liệu trên Cổng Dịch vụ công quốc gia, tỷ lệ hồ sơ trực tuyến toàn trình 7 tháng đạt "
        "41,8%.\n\n"
        "Tỉnh phấn đấu đến cuối năm nâng tỷ lệ hồ sơ trực tuyến toàn trình lên 80%.\n\n"
        "Ảnh: Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh.\n\n"
        "Hạnh Dung",
        "2025-08-14",
        [
            ("online_dossier_full_process_rate", "Đồng Nai", "ytd", "2025-07-31", 59.4),
            ("e_result_rate", "Đồng Nai", "ytd", "2025-07-31", 91.3),
            ("satisfaction_rate", "Đồng Nai", "ytd", "2025-07-31", 98.1),
            ("online_dossier_full_process_rate", "national", "ytd", "2025-07-31", 41.8),
        ],
    ),
    # 24 ------------------------------------------------------------------------------------------
    # Trap only: one operator's figures and its plan.
    (
        "Viettel phát sóng 5G tại 100% tỉnh, thành\n\n"
        "Tính đến ngày 20/6/2025, Tổng công ty Viễn thông Viettel đã lắp đặt hơn 9.200 trạm 5G, phủ sóng khoảng "
        "80% dân số tại các khu vực trung tâm tỉnh, thành phố.\n\n"
        "Tốc độ 5G trung bình trên mạng Viettel đạt 380 Mbps, gấp khoảng 10 lần tốc độ 4G. Số thuê bao sử dụng 5G "
        "của nhà mạng đã vượt 8 triệu.\n\n"
        "Theo lãnh đạo Viettel, nhà mạng đang tập trung phủ sóng các khu công nghiệp, trường đại học, bệnh viện và các "
        "điểm du lịch trọng điểm trước khi mở rộng ra khu vực nông thôn.\n\n"
        "Viettel đặt mục tiêu đến cuối năm 2025 có 20.000 trạm 5G, phủ sóng 90% dân số.\n\n"
        "Ảnh: Viettel\n\n"
        "Khánh Linh",
        "2025-06-24",
        [],
    ),
    # 25 ------------------------------------------------------------------------------------------
    # No publication date; targets of Resolution 57; one past value with an explicit year.
    (
        "Nghị quyết 57: Đến năm 2030 kinh tế số đạt tối thiểu 30% GDP\n\n"
        "Nghị quyết 57-NQ/TW của Bộ Chính trị đặt mục tiêu đến năm 2030, quy mô kinh tế số đạt tối thiểu 30% GDP; "
        "tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%.\n\n"
        "Việt Nam phấn đấu thuộc nhóm 50 nước dẫn đầu thế giới về Chính phủ điện tử, hạ tầng 5G phủ sóng 99% dân "
        "số, tốc độ băng rộng cố định tối thiểu 1 Gb/s.\n\n"
        "Theo Bộ Thông tin và Truyền thông, năm 2023, kinh tế số chiếm khoảng 16,5% GDP, trong đó kinh tế số ICT "
        "chiếm 12,3%.\n\n"
        "Các chuyên gia cho rằng để đạt mục tiêu, Việt Nam cần tăng trưởng kinh tế số khoảng 20-25% mỗi năm.\n\n"
        "Minh Đức",
        None,
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    # 26 ------------------------------------------------------------------------------------------
    # No publication date, but the month carries its year. Traps: upload, Malaysia, world average, 4,5%.
    (
        "Tốc độ Internet Việt Nam tháng 3/2025 tiếp tục cải thiện\n\n"
        "Theo Speedtest Global Index tháng 3/2025 do Ookla công bố, tốc độ tải xuống trung bình của mạng di động "
        "tại Việt Nam là 141,3 Mbps, tốc độ tải lên 34,5 Mbps.\n\n"
        "Với băng rộng cố định, tốc độ tải xuống đạt 158,9 Mbps, tăng 4,5% so với tháng 2.\n\n"
        "Trong khu vực, Malaysia có tốc độ di động 128,4 Mbps; tốc độ di động trung bình toàn cầu là 90,1 Mbps.\n\n"
        "Theo Ookla, kết quả được tổng hợp từ hàng triệu lượt đo do người dùng thực hiện qua ứng dụng Speedtest. Các "
        "nhà mạng cho biết sẽ tiếp tục mở rộng vùng phủ 5G và nâng cấp hạ tầng cáp quang trong thời gian tới.\n\n"
        "Ảnh minh họa\n\n"
        "Trọng Đạt",
        None,
        [
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 141.3),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 158.9),
        ],
    ),
    # 27 ------------------------------------------------------------------------------------------
    # No publication date. "Năm 2024" values are dated by the text; "từ đầu năm nay" cannot be
    # dated (the review may be written late in 2024 or in 2025).
    (
        "Chuyển đổi số: Nhìn lại một năm nhiều dấu ấn\n\n"
        "Theo Cục Chuyển đổi số quốc gia, năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình trên cả nước đạt 41,6%, "
        "gần gấp đôi so với năm trước. Nhiều địa phương đã chuyển trọng tâm từ cung cấp dịch vụ sang bảo đảm chất lượng, "
        "hiệu quả sử dụng.\n\n"
        "Số giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) trong năm 2024 đạt khoảng 1,08 tỷ.\n\n"
        "Từ đầu năm nay đến nay, Cổng Dịch vụ công quốc gia có thêm 1,2 triệu tài khoản đăng ký mới và tiếp nhận "
        "3,4 triệu hồ sơ trực tuyến.\n\n"
        '"Năm nay là năm bản lề để hoàn thành các mục tiêu chuyển đổi số giai đoạn 2021-2025", lãnh đạo Cục '
        "Chuyển đổi số quốc gia nhấn mạnh.\n\n"
        "Hải Yến",
        None,
        [
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 41.6),
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 1080000000),
        ],
    ),
    # 28 ------------------------------------------------------------------------------------------
    # Trap only: no publication date and no year anywhere ("tháng 8", "cuối tháng 8", "năm nay").
    (
        "Hạ tầng số tăng trưởng tích cực trong tháng 8\n\n"
        "Theo báo cáo của Bộ Khoa học và Công nghệ, trong tháng 8, tốc độ truy cập Internet băng rộng cố định tại "
        "Việt Nam đạt 165,2 Mbps, băng rộng di động đạt 132,8 Mbps.\n\n"
        "Tính đến cuối tháng 8, cả nước có 22,8 triệu thuê bao băng rộng cố định; tỷ lệ hộ gia đình có cáp quang "
        "đạt 83,1%.\n\n"
        "Trong tháng, các cơ quan chức năng ghi nhận 380 cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại "
        "Việt Nam.\n\n"
        "Các doanh nghiệp viễn thông tiếp tục nâng cấp hạ tầng, mở rộng dung lượng mạng lõi để đáp ứng nhu cầu lưu "
        "lượng tăng cao. Bộ đặt mục tiêu đến cuối năm nay nâng tốc độ di động lên trên 150 Mbps.\n\n"
        "Tuấn Minh",
        None,
        [],
    ),
    # 29 ------------------------------------------------------------------------------------------
    # Half-year 2024 with "(cùng kỳ năm 2023 là ...)"; "tính đến 30/6" takes 2024 from the lead.
    (
        "6 tháng, tỷ lệ hồ sơ xử lý trực tuyến đạt 43,6%\n\n"
        "Theo Văn phòng Chính phủ, 6 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 43,6% "
        "(cùng kỳ năm 2023 là 30,1%).\n\n"
        "Trong 6 tháng, Cổng Dịch vụ công quốc gia tiếp nhận 3,9 triệu hồ sơ trực tuyến; thực hiện 5,1 triệu giao "
        "dịch thanh toán trực tuyến với số tiền 3.860 tỷ đồng.\n\n"
        "Tính đến 30/6, Cổng có hơn 13,5 triệu tài khoản đăng ký. Nhiều dịch vụ có lượng hồ sơ lớn như cấp đổi giấy "
        "phép lái xe, đăng ký khai sinh đã được người dân sử dụng rộng rãi.\n\n"
        "Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục rà soát, tái cấu trúc quy trình để nâng "
        "cao chất lượng dịch vụ công trực tuyến.\n\n"
        "Ảnh minh họa\n\n"
        "Thu Cúc",
        "2024-07-06",
        [
            ("online_dossier_rate", "national", "half", "2024-06-30", 43.6),
            ("online_dossier_rate", "national", "half", "2023-06-30", 30.1),
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 3900000),
            ("online_payments_count_new", "national", "half", "2024-06-30", 5100000),
            ("online_payments_value_new", "national", "half", "2024-06-30", 3860),
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 13500000),
        ],
    ),
    # 30 ------------------------------------------------------------------------------------------
    # Quarter I/2025 flows and end-of-quarter cumulative levels. Trap: 25% change, 12/2019 launch.
    (
        "Quý I/2025: Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia vượt 2.100 tỷ đồng\n\n"
        "Quý I/2025, Cổng Dịch vụ công quốc gia tiếp nhận 2,4 triệu hồ sơ trực tuyến, thực hiện 3,05 triệu giao "
        "dịch thanh toán trực tuyến với giá trị hơn 2.100 tỷ đồng. So với cùng kỳ, số hồ sơ tăng 25%.\n\n"
        "Tính đến hết quý I, tổng số tài khoản đăng ký trên Cổng là 39,8 triệu.\n\n"
        "Lũy kế từ khi khai trương (12/2019) đến hết quý I, Cổng đã tiếp nhận hơn 31 triệu hồ sơ trực tuyến và "
        "thực hiện hơn 60 triệu giao dịch thanh toán trực tuyến với tổng số tiền 38.600 tỷ đồng.\n\n"
        "Ảnh: Giao diện Cổng Dịch vụ công quốc gia.\n\n"
        "Phương Liên",
        "2025-04-08",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2025-03-31", 2400000),
            ("online_payments_count_new", "national", "quarter", "2025-03-31", 3050000),
            ("online_payments_value_new", "national", "quarter", "2025-03-31", 2100),
            ("national_portal_accounts", "national", "as_of", "2025-03-31", 39800000),
            ("national_portal_dossiers", "national", "as_of", "2025-03-31", 31000000),
            ("online_payments_count", "national", "as_of", "2025-03-31", 60000000),
            ("online_payments_value", "national", "as_of", "2025-03-31", 38600),
        ],
    ),
    # 31 ------------------------------------------------------------------------------------------
    # i-Speed November published in December 2024; a province's speed is its own breakdown.
    # Traps: uploads, 2,4% change.
    (
        "i-Speed tháng 11: Hà Nội dẫn đầu về tốc độ Internet cố định\n\n"
        "Trung tâm Internet Việt Nam (VNNIC, Bộ Thông tin và Truyền thông) vừa công bố báo cáo i-Speed tháng 11.\n\n"
        "Tốc độ truy cập Internet băng rộng cố định trung bình của Việt Nam đạt 151,2 Mbps (tải lên 146,8 Mbps), "
        "tăng 2,4% so với tháng 10. Tốc độ băng rộng di động đạt 91,4 Mbps, tải lên 31,7 Mbps.\n\n"
        "Hà Nội là địa phương có tốc độ băng rộng cố định cao nhất với 165,4 Mbps. Các địa phương có tốc độ thấp nhất "
        "chủ yếu thuộc khu vực miền núi phía Bắc và Tây Nguyên.\n\n"
        "Báo cáo được xây dựng trên cơ sở hơn 8 triệu lượt đo của người dùng.\n\n"
        "Ảnh minh họa\n\n"
        "Hà Phương",
        "2024-12-10",
        [
            ("fixed_broadband_speed", "national", "month", "2024-11-30", 151.2),
            ("mobile_broadband_speed", "national", "month", "2024-11-30", 91.4),
            ("fixed_broadband_speed", "Hà Nội", "month", "2024-11-30", 165.4),
        ],
    ),
    # 32 ------------------------------------------------------------------------------------------
    # Year 2024 published in February 2025; 2023 value in parentheses kept; "đến hết năm 2024" levels.
    # Traps: Kaspersky world figure, 26% change.
    (
        "Năm 2024, tấn công mạng gây sự cố giảm 26%\n\n"
        "Theo Cục An toàn thông tin, năm 2024, cơ quan chức năng đã cảnh báo, hướng dẫn xử lý 10.240 cuộc tấn công "
        "mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 26% so với năm 2023 (13.900 cuộc).\n\n"
        "Đến hết năm 2024, số địa chỉ IP của Việt Nam nằm trong các mạng botnet là khoảng 560.000; tỷ lệ hệ thống "
        "thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 93%.\n\n"
        "Trên toàn cầu, Kaspersky ghi nhận trung bình 467.000 tệp độc hại mới mỗi ngày trong năm 2024.\n\n"
        "Cục An toàn thông tin khuyến cáo các cơ quan, tổ chức thường xuyên rà soát, kiểm tra lỗ hổng.\n\n"
        "Ảnh minh họa\n\n"
        "Trọng Nghĩa",
        "2025-02-14",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 10240),
            ("cyberattacks", "national", "year", "2023-12-31", 13900),
            ("botnet_ips", "national", "as_of", "2024-12-31", 560000),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-12-31", 93),
        ],
    ),
    # 33 ------------------------------------------------------------------------------------------
    # No publication date; "hết quý II/2025" dates the first paragraphs; "Hiện nay" cannot be dated.
    (
        "Thanh Hóa: Hơn 600 trạm BTS 5G đã được phát sóng\n\n"
        "(Báo Thanh Hóa) Tính đến hết quý II/2025, toàn tỉnh Thanh Hóa có 612 trạm BTS 5G, tỷ lệ phủ sóng 5G theo "
        "dân số đạt 31%.\n\n"
        "Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng trên địa bàn tỉnh đạt 82%. Hạ tầng viễn thông được "
        "ưu tiên đầu tư tại Khu kinh tế Nghi Sơn, các khu công nghiệp và trung tâm huyện.\n\n"
        "Hiện nay, tỉnh còn 12 thôn, bản lõm sóng, chủ yếu tại các huyện miền núi Mường Lát, Quan Sơn. Tỉnh đang phối "
        "hợp với các doanh nghiệp viễn thông khảo sát vị trí lắp đặt trạm mới tại những khu vực này.\n\n"
        "Theo kế hoạch, Thanh Hóa phấn đấu phủ sóng 5G tới 100% trung tâm xã, phường.\n\n"
        "Ảnh minh họa\n\n"
        "Lê Hợi",
        None,
        [
            ("fiveg_bts_count", "Thanh Hóa", "as_of", "2025-06-30", 612),
            ("fiveg_population_coverage_rate", "Thanh Hóa", "as_of", "2025-06-30", 31),
            ("ftth_household_rate", "Thanh Hóa", "as_of", "2025-06-30", 82),
        ],
    ),
    # 34 ------------------------------------------------------------------------------------------
    # End-April 2025 levels published in June. Traps: GSMA world share, 5G subscriptions (no id),
    # Viettel subscriptions.
    (
        "Việt Nam có hơn 110 triệu thuê bao dùng điện thoại thông minh\n\n"
        "Theo Bộ Khoa học và Công nghệ, tính đến cuối tháng 4/2025, Việt Nam có khoảng 110,6 triệu thuê bao sử dụng "
        "điện thoại thông minh. Việc phổ cập điện thoại thông minh được xem là điều kiện quan trọng để người dân tiếp "
        "cận dịch vụ số, từ thanh toán không dùng tiền mặt đến dịch vụ công trực tuyến.\n\n"
        "Mật độ thuê bao băng rộng di động đạt 88 thuê bao/100 dân, băng rộng cố định đạt 23,8 thuê bao/100 dân.\n\n"
        "Theo GSMA, tỷ lệ kết nối di động dùng smartphone trung bình toàn cầu là 80%. Tại Việt Nam, số thuê bao "
        "5G đã vượt 15 triệu, riêng Viettel có 62 triệu thuê bao di động.\n\n"
        "Ảnh minh họa\n\n"
        "Ngọc Mai",
        "2025-06-05",
        [
            ("smartphone_subscriptions", "national", "as_of", "2025-04-30", 110600000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-04-30", 88),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-04-30", 23.8),
        ],
    ),
    # 35 ------------------------------------------------------------------------------------------
    # Lead "tính đến hết tháng 9/2024" carried to the next paragraph. Traps: "trong đó 112 thôn có
    # điện lưới", end-2025 target, 25.000 computers (no id).
    (
        "Xóa vùng lõm sóng: Còn hơn 1.600 thôn, bản chưa có sóng di động\n\n"
        "Theo Bộ Thông tin và Truyền thông, tính đến hết tháng 9/2024, tỷ lệ thôn lõm sóng có điện lưới đã được phủ "
        "sóng di động băng rộng đạt 97,2%; tỷ lệ thôn, bản được phủ sóng di động băng rộng trên cả nước đạt 98,5%.\n\n"
        "Cũng theo báo cáo, cả nước còn 1.650 thôn, bản chưa có sóng di động băng rộng, trong đó 112 thôn có điện "
        "lưới.\n\n"
        'Chương trình "Sóng và máy tính cho em" đã trao tặng hơn 25.000 máy tính cho học sinh vùng khó khăn.\n\n'
        "Mục tiêu đến hết năm 2025 xóa toàn bộ các thôn, bản lõm sóng trên cả nước.\n\n"
        "Ảnh: Lắp đặt trạm BTS tại một bản vùng cao.\n\n"
        "Thái Khang",
        "2024-10-16",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-09-30", 97.2),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-09-30", 98.5),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-09-30", 1650),
        ],
    ),
    # 36 ------------------------------------------------------------------------------------------
    # No publication date; 31/10/2024 and "tháng 10/2024" are explicit. The undated seminar's
    # "đến nay" national rate is not expected.
    (
        "Bảo đảm an toàn hệ thống thông tin theo cấp độ: Địa phương còn chậm\n\n"
        "Tính đến ngày 31/10/2024, tỷ lệ hệ thống thông tin của các bộ, ngành được phê duyệt hồ sơ đề xuất cấp độ "
        "đạt 92,4%; của các địa phương đạt 88,1%.\n\n"
        "Trong tháng 10/2024, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 520 cuộc tấn công mạng "
        "gây sự cố vào các hệ thống thông tin tại Việt Nam. Nhiều hệ thống tại địa phương chưa triển khai đầy đủ phương "
        "án bảo đảm an toàn thông tin theo cấp độ đã được phê duyệt.\n\n"
        "Tại hội thảo, ông Trần Quang Hưng, Phó Cục trưởng Cục An toàn thông tin cho biết đến nay tỷ lệ hệ thống "
        "thông tin được phê duyệt cấp độ trên toàn quốc đạt khoảng 90%.\n\n"
        "Ảnh minh họa\n\n"
        "Bình Minh",
        None,
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-10-31", 92.4),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-10-31", 88.1),
            ("cyberattacks", "national", "month", "2024-10-31", 520),
        ],
    ),
    # 37 ------------------------------------------------------------------------------------------
    # City figures for 2024 published in March 2025; the national 2024 share too.
    # Trap: 2030 target of 40%.
    (
        "Đà Nẵng: Kinh tế số chiếm hơn 20% GRDP\n\n"
        "Theo Sở Khoa học và Công nghệ Đà Nẵng, năm 2024, kinh tế số của thành phố đóng góp 20,1% GRDP, đứng "
        "trong nhóm dẫn đầu cả nước. Thành phố là một trong những địa phương đầu tiên thí điểm đo lường kinh tế số cấp "
        "tỉnh; các lĩnh vực đóng góp chủ yếu là công nghiệp ICT, thương mại điện tử và dịch vụ số.\n\n"
        "Tốc độ tăng trưởng kinh tế số của Đà Nẵng năm 2024 đạt khoảng 12%.\n\n"
        "Trên bình diện cả nước, tỷ trọng kinh tế số trong GDP năm 2024 ước đạt 18,3%.\n\n"
        "Thành phố đặt mục tiêu đến năm 2030 kinh tế số chiếm 40% GRDP.\n\n"
        "Ảnh: Trung tâm hành chính TP Đà Nẵng.\n\n"
        "Hoàng Hiệp",
        "2025-03-20",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2024-12-31", 20.1),
            ("digital_economy_growth", "Đà Nẵng", "year", "2024-12-31", 12),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
        ],
    ),
    # 38 ------------------------------------------------------------------------------------------
    # Meeting "Chiều 30/9" published 1 October: "đến nay" = 2025-09-30.
    # Traps: 11 điểm phần trăm, 5,4 triệu city dossiers (no id).
    (
        "TP.HCM: Tỷ lệ hồ sơ xử lý trực tuyến đạt gần 85%\n\n"
        "Chiều 30/9, UBND TP.HCM họp đánh giá tình hình chuyển đổi số, cải cách hành chính quý III.\n\n"
        "Báo cáo cho biết, đến nay tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 84,6%, tăng 11 điểm phần trăm so "
        "với cùng kỳ năm trước; tỷ lệ cấp kết quả điện tử đạt 97,8%.\n\n"
        "9 tháng đầu năm, các cơ quan, đơn vị trên địa bàn đã tiếp nhận 5,4 triệu hồ sơ thủ tục hành chính.\n\n"
        "Phó Chủ tịch UBND TP yêu cầu các sở, ngành khẩn trương tái cấu trúc quy trình, bố trí nhân viên hỗ trợ tại "
        "bộ phận một cửa và miễn phí dịch vụ bưu chính công ích cho người dân nộp hồ sơ trực tuyến.\n\n"
        "Ảnh minh họa\n\n"
        "Gia Minh",
        "2025-10-01",
        [
            ("online_dossier_rate", "Hồ Chí Minh", "as_of", "2025-09-30", 84.6),
            ("e_result_rate", "Hồ Chí Minh", "as_of", "2025-09-30", 97.8),
        ],
    ),
    # 39 ------------------------------------------------------------------------------------------
    # No publication date; month and cut-off carry the year. "Hiện có ... điểm kết nối" cannot be dated.
    (
        "NDXP vượt mốc 4 tỷ giao dịch\n\n"
        "Trong tháng 5/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 104,2 triệu giao dịch, bình "
        "quân 3,36 triệu giao dịch/ngày.\n\n"
        "Tính đến hết ngày 31/5/2025, tổng số giao dịch qua NDXP lũy kế từ năm 2019 đạt 4,07 tỷ.\n\n"
        "Hiện NDXP có 1.430 điểm kết nối với các hệ thống thông tin, cơ sở dữ liệu của bộ, ngành, địa phương. Việc chia "
        "sẻ dữ liệu qua nền tảng giúp người dân không phải nộp lại nhiều loại giấy tờ khi làm thủ tục hành chính, đồng "
        "thời giúp cơ quan nhà nước giảm đáng kể thời gian xác minh thông tin.\n\n"
        "Ảnh minh họa: Trung tâm Dữ liệu quốc gia, nơi vận hành nền tảng NDXP.\n\n"
        "Thành Nam",
        None,
        [
            ("ndxp_transactions_period", "national", "month", "2025-05-31", 104200000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-05-31", 3360000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-05-31", 4070000000),
        ],
    ),
    # 40 ------------------------------------------------------------------------------------------
    # "tính đến ngày 30/6" takes 2025 from the publication date (3 July); the half-year breakdown.
    (
        "Hơn 83% thủ tục hành chính đã được cung cấp trực tuyến\n\n"
        "Theo báo cáo của Văn phòng Chính phủ, tính đến ngày 30/6, tỷ lệ thủ tục hành chính được cung cấp dưới dạng "
        "dịch vụ công trực tuyến đạt 83,6%; tỷ lệ dịch vụ công trực tuyến toàn trình đạt 54,2%.\n\n"
        "Trong 6 tháng đầu năm, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 58,1%, của các địa phương đạt "
        "47,3%.\n\n"
        "Theo Văn phòng Chính phủ, nhiều dịch vụ công trực tuyến dù đã được cung cấp nhưng quy trình còn phức tạp, chưa "
        "thuận tiện cho người dùng. Văn phòng Chính phủ đề nghị các địa phương có tỷ lệ thấp khẩn trương rà soát, "
        "khắc phục.\n\n"
        "Ảnh minh họa\n\n"
        "Hải Minh",
        "2025-07-03",
        [
            ("dvctt_rate", "national", "as_of", "2025-06-30", 83.6),
            ("dvctt_full_process_rate", "national", "as_of", "2025-06-30", 54.2),
            ("online_dossier_rate", "ministries", "half", "2025-06-30", 58.1),
            ("online_dossier_rate", "localities", "half", "2025-06-30", 47.3),
        ],
    ),
]
