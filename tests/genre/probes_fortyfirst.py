"""Round 41 blind probes: headlines, sapos and leads (2023-2025). Each case is a short press,
ministry or provincial-portal item whose headline carries figures, whose sapo repeats or rounds
them, and whose body gives the exact figures with their dates and source; the cases check that a
headline's rounded restatement is stored once (as the exact body figure), that headline targets,
year-on-year changes, an operator's, a vendor's or another region's figures, sub-counts after
"trong đó" and counts of decrees, tasks or meetings are not stored, and that periods (month,
quarter, half, ytd, year, as_of, day_avg), breakdowns (national, ministries, localities, one
province) and number formats are read in every family of the catalog. Written for the project
from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # 1. Monthly-report headline rounded ("gần 46%"), body exact: two dossier rates for the month.
    (
        "Tỷ lệ hồ sơ trực tuyến toàn trình tháng 4/2025 đạt gần 46%\n"
        "(Chinhphu.vn) - Báo cáo chuyển đổi số quốc gia tháng 4/2025 cho thấy việc giải quyết "
        "thủ tục hành chính trên môi trường số tiếp tục chuyển biến, gần một nửa số hồ sơ đã được "
        "xử lý trực tuyến toàn trình.\n"
        "Theo Bộ Khoa học và Công nghệ, trong tháng 4/2025, tỷ lệ hồ sơ trực tuyến toàn trình trên "
        "tổng số hồ sơ TTHC của cả nước đạt 45,82%, còn tỷ lệ hồ sơ xử lý trực tuyến ở mức 58,17%.",
        "2025-05-12",
        [
            ("online_dossier_full_process_rate", "national", "month", "2025-04-30", 45.82),
            ("online_dossier_rate", "national", "month", "2025-04-30", 58.17),
        ],
    ),
    # 2. "Việt Nam có hơn 61 triệu tài khoản VNeID": headline rounding + exact count with a date;
    #    the level-2 sub-count after "trong đó" is not stored.
    (
        "Việt Nam có hơn 61 triệu tài khoản VNeID\n"
        "Sau hơn hai năm triển khai, số tài khoản định danh điện tử được kích hoạt đã vượt mốc "
        "61 triệu, phủ phần lớn dân số trưởng thành.\n"
        "Theo Bộ Công an, tính đến ngày 15/4/2025, cả nước có 61.254.318 tài khoản định danh điện "
        "tử (VNeID) đã được kích hoạt, trong đó 57.618.904 tài khoản mức 2.",
        "2025-04-17",
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-04-15", 61254318),
        ],
    ),
    # 3. 5G headline "26% dân số" rounded from 26,4%; sapo carries Viettel's own station count
    #    (operator figure, not stored); body gives national stations and coverage.
    (
        "Phủ sóng 5G đạt 26% dân số sau 8 tháng thương mại hóa\n"
        "(VietnamPlus) Mạng 5G đang được các nhà mạng mở rộng nhanh, riêng Viettel đã phát sóng "
        "hơn 6.500 trạm.\n"
        "Số liệu của Cục Viễn thông cho thấy tính đến hết tháng 6/2025, cả nước có 9.850 trạm BTS "
        "5G, tỷ lệ dân số được phủ sóng 5G đạt 26,4%.",
        "2025-07-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 9850),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.4),
        ],
    ),
    # 4. NEGATIVE: a headline of targets, a decision number and a count of tasks; body all targets.
    (
        "Đến hết năm 2025: 100% DVCTT toàn trình, 50% người trưởng thành dùng dịch vụ công trực tuyến\n"
        "Thủ tướng Chính phủ vừa ký Quyết định số 206/QĐ-TTg ban hành Kế hoạch hành động năm 2025 "
        "với 42 nhiệm vụ, yêu cầu các bộ, ngành, địa phương tập trung hoàn thành các chỉ tiêu.\n"
        "Theo Kế hoạch, phấn đấu đến năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%, "
        "tỷ lệ người dân, doanh nghiệp hài lòng đạt 90%, 100% hồ sơ TTHC gắn định danh cá nhân.",
        "2025-02-20",
        [],
    ),
    # 5. NDXP half-year: "hơn 1 tỷ" headline over the exact flow, a per-day average and a
    #    cumulative total since launch ("lên tới 4,12 tỷ").
    (
        "NDXP xử lý hơn 1 tỷ giao dịch trong 6 tháng đầu năm 2025\n"
        'Nền tảng tích hợp, chia sẻ dữ liệu quốc gia tiếp tục là "xương sống" kết nối các hệ '
        "thống thông tin của bộ, ngành, địa phương.\n"
        "6 tháng đầu năm 2025, NDXP ghi nhận 1.034.562.000 giao dịch, trung bình khoảng 5,7 triệu "
        "giao dịch mỗi ngày; lũy kế từ khi khai trương (năm 2019) đến hết tháng 6/2025 lên tới "
        "4,12 tỷ giao dịch.",
        "2025-07-10",
        [
            ("ndxp_transactions_period", "national", "half", "2025-06-30", 1034562000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 5700000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-06-30", 4120000000),
        ],
    ),
    # 6. Quarterly cyber lead: "Hơn 1.800" headline, exact 1.840 in body, a y-o-y change (not
    #    stored) and a "Hiện nay" botnet level dated at the end of the quarter.
    (
        "Quý I/2024: Hơn 1.800 cuộc tấn công mạng gây sự cố\n"
        "Số vụ tấn công mạng vào các hệ thống thông tin tại Việt Nam trong quý I giảm so với cùng "
        "kỳ, song các chiến dịch mã độc tống tiền có xu hướng gia tăng.\n"
        "Trong quý I/2024, Cục An toàn thông tin (Bộ TT&TT) đã ghi nhận, cảnh báo và hướng dẫn xử "
        "lý 1.840 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 18,6% "
        "so với cùng kỳ năm 2023. Hiện nay, số địa chỉ IP thuộc mạng botnet ở mức khoảng 585.000.",
        "2024-04-10",
        [
            ("cyberattacks", "national", "quarter", "2024-03-31", 1840),
            ("botnet_ips", "national", "as_of", "2024-03-31", 585000),
        ],
    ),
    # 7. Provincial portal ("Toàn tỉnh", Bắc Ninh named in the body): eligible-procedure
    #    full-process share, e-result and data-reuse rates; a count of published procedures
    #    has no id.
    (
        "Bắc Ninh: 100% TTHC đủ điều kiện đã được cung cấp DVCTT toàn trình\n"
        "Toàn tỉnh hiện có 1.472 thủ tục hành chính được công bố, trong đó các TTHC đủ điều kiện "
        "đều đã được đưa lên môi trường số.\n"
        "Theo Sở Thông tin và Truyền thông tỉnh Bắc Ninh, tính đến ngày 30/9/2024, tỷ lệ TTHC đủ "
        "điều kiện được cung cấp dịch vụ công trực tuyến toàn trình trên địa bàn tỉnh là 100%; tỷ "
        "lệ cấp kết quả giải quyết TTHC điện tử đạt 92,4%; tỷ lệ khai thác, sử dụng lại thông tin, "
        "dữ liệu số hóa đạt 61,7%.",
        "2024-10-08",
        [
            ("full_process_provision_rate", "Bắc Ninh", "as_of", "2024-09-30", 100),
            ("e_result_rate", "Bắc Ninh", "as_of", "2024-09-30", 92.4),
            ("data_reuse_rate", "Bắc Ninh", "as_of", "2024-09-30", 61.7),
        ],
    ),
    # 8. Headline mixing a level (18,3% of GDP) and a 2025 target (20%, not stored); the body's
    #    year under review gives share and growth; "gấp khoảng ba lần" is a comparison.
    (
        "Kinh tế số chiếm 18,3% GDP, mục tiêu 20% vào năm 2025\n"
        "(Báo Chính phủ) Năm 2024 khép lại với kinh tế số tiếp tục là động lực tăng trưởng mới.\n"
        "Theo Bộ Thông tin và Truyền thông, năm 2024 tỷ trọng kinh tế số trong GDP ước đạt 18,3%, "
        "tốc độ tăng trưởng kinh tế số đạt khoảng 20%, gấp khoảng ba lần tốc độ tăng trưởng GDP.",
        "2025-01-08",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
        ],
    ),
    # 9. EGDI in a year-in-review lead: rank "71/193" of the 2024 edition, the 2022 rank in
    #    parentheses (kept, its own year), "tăng 15 bậc" and Denmark's lead not stored.
    (
        "Việt Nam xếp thứ 71/193 về Chính phủ điện tử, tăng 15 bậc\n"
        "Nhìn lại năm 2024, một trong những dấu ấn của chuyển đổi số quốc gia là thứ hạng Chính phủ "
        "điện tử của Việt Nam được cải thiện mạnh.\n"
        "Theo Khảo sát Chính phủ điện tử của Liên Hợp Quốc công bố tháng 9/2024, Chỉ số phát triển "
        "Chính phủ điện tử (EGDI) của Việt Nam xếp hạng 71/193 quốc gia, tăng 15 bậc so với kỳ đánh "
        "giá năm 2022 (86/193); Đan Mạch tiếp tục dẫn đầu.",
        "2025-01-06",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # 10. "vượt mốc 15 triệu" headline over the exact cumulative accounts; the month's new
    #     accounts and dossiers go on the _new twins with the month's period.
    (
        "Cổng Dịch vụ công quốc gia vượt mốc 15 triệu tài khoản\n"
        "Số người dân, doanh nghiệp đăng ký tài khoản trên Cổng DVCQG tăng mạnh nhờ đăng nhập bằng "
        "VNeID.\n"
        "Tính đến ngày 31/5/2024, Cổng DVCQG có 15.320.412 tài khoản đăng ký; riêng trong tháng "
        "5/2024 có thêm 412.150 tài khoản mới, trong tháng Cổng cũng tiếp nhận 1.205.300 hồ sơ "
        "trực tuyến.",
        "2024-06-04",
        [
            ("national_portal_accounts", "national", "as_of", "2024-05-31", 15320412),
            ("national_portal_accounts_new", "national", "month", "2024-05-31", 412150),
            ("national_portal_dossiers_new", "national", "month", "2024-05-31", 1205300),
        ],
    ),
    # 11. "gần 13 nghìn tỷ đồng" headline, body "12,9 nghìn tỷ đồng" (-> 12900 billion) and
    #     "27,4 triệu giao dịch", cumulative to the end of a month ("Lũy kế đến hết").
    (
        "Thanh toán trực tuyến qua Cổng DVCQG đạt gần 13 nghìn tỷ đồng\n"
        "Người dân ngày càng quen với việc nộp phí, lệ phí, thuế trực tuyến khi thực hiện thủ tục "
        "hành chính.\n"
        "Lũy kế đến hết tháng 10/2023, Cổng Dịch vụ công quốc gia đã ghi nhận 27,4 triệu giao dịch "
        "thanh toán trực tuyến với tổng số tiền 12,9 nghìn tỷ đồng.",
        "2023-11-06",
        [
            ("online_payments_count", "national", "as_of", "2023-10-31", 27400000),
            ("online_payments_value", "national", "as_of", "2023-10-31", 12900),
        ],
    ),
    # 12. NEGATIVE: an operator's own 5G figures (stations, coverage, subscribers, speed) and its
    #     end-2025 target.
    (
        "Viettel phát sóng 4.500 trạm 5G, phủ 90% dân số tại 63 tỉnh, thành\n"
        "Ba tháng sau khi chính thức khai trương mạng 5G, Viettel cho biết đã có hơn 3 triệu thuê "
        "bao trải nghiệm dịch vụ.\n"
        "Tính đến ngày 15/1/2025, Viettel đã lắp đặt 4.500 trạm BTS 5G trên cả nước, tốc độ tải "
        "xuống trung bình đạt 1,1 Gbps; đến cuối năm 2025 nhà mạng đặt mục tiêu nâng số trạm lên "
        "20.000.",
        "2025-01-16",
        [],
    ),
    # 13. Speeds: headline "gần 150 Mbps" rounded; body download speeds for the month; the speed
    #     rank "38/153" and the upload speed are not stored.
    (
        "Tốc độ Internet cáp quang Việt Nam đạt gần 150 Mbps\n"
        "Tốc độ truy cập Internet của Việt Nam tiếp tục cải thiện, đưa Việt Nam vào nhóm 40 quốc "
        "gia có tốc độ băng rộng cố định cao nhất thế giới.\n"
        "Theo số liệu đo kiểm i-Speed của Bộ TT&TT, trong tháng 12/2024 tốc độ tải xuống trung bình "
        "của băng rộng cố định đạt 149,6 Mbps, xếp thứ 38/153; băng rộng di động đạt 57,3 Mbps, tốc "
        "độ tải lên của băng rộng di động là 21,4 Mbps.",
        "2025-01-14",
        [
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 149.6),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 57.3),
        ],
    ),
    # 14. "86% thuê bao di động đã dùng smartphone" (rounded), end of quý II/2025; the rural part
    #     after "trong đó" is the same measure and not stored; FTTH share of households.
    (
        "86% thuê bao di động đã dùng smartphone\n"
        "(VnExpress) Tỷ lệ thuê bao sử dụng điện thoại thông minh tiếp tục tăng, trong khi cáp quang "
        "đã đến phần lớn hộ gia đình.\n"
        "Đến hết quý II/2025, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 86,4%, trong "
        "đó khu vực nông thôn là 79,2%; tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng "
        "là 82,1%.",
        "2025-07-20",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 86.4),
            ("ftth_household_rate", "national", "as_of", "2025-06-30", 82.1),
        ],
    ),
    # 15. "Còn khoảng 300 thôn lõm sóng, gần 95% ..." headline; exact 312 and 94,8% in the body;
    #     the deadline to clear the rest is a target.
    (
        "Còn khoảng 300 thôn lõm sóng, gần 95% thôn lõm sóng có điện đã có sóng\n"
        'Chương trình "Sóng và máy tính cho em" cùng nỗ lực của các doanh nghiệp viễn thông đã thu '
        "hẹp đáng kể vùng lõm sóng.\n"
        "Tính đến ngày 15/11/2024, cả nước còn 312 thôn, bản lõm sóng di động; tỷ lệ thôn lõm sóng "
        "có điện lưới đã được phủ sóng đạt 94,8%; các doanh nghiệp phấn đấu xóa toàn bộ thôn lõm "
        "sóng có điện trước ngày 31/12/2024.",
        "2024-11-20",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-11-15", 312),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-11-15", 94.8),
        ],
    ),
    # 16. "48/53" headline repeated with "Đến nay" (published date); the 5 remaining services are
    #     a remainder, not stored.
    (
        "Đã có 48/53 dịch vụ công thiết yếu được cung cấp toàn trình\n"
        "Đề án 06 tiếp tục được đẩy mạnh; 5 dịch vụ còn lại đang được các bộ hoàn thiện quy trình.\n"
        "Đến nay, 48/53 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình "
        "trên Cổng Dịch vụ công quốc gia, 05 dịch vụ còn lại dự kiến hoàn thành trong tháng 9/2024.",
        "2024-08-20",
        [
            ("essential_services_full_process", "national", "as_of", "2024-08-20", 48),
        ],
    ),
    # 17. "56/63 địa phương" (count, national only); the 07 provinces not yet issuing are a
    #     remainder and the June deadline a target.
    (
        "56/63 địa phương đã giảm phí, lệ phí khi làm DVCTT\n"
        "Thủ tướng yêu cầu 07 tỉnh, thành phố chưa ban hành nghị quyết khẩn trương hoàn thành trong "
        "tháng 6/2024.\n"
        "Tính đến ngày 31/5/2024, 56/63 địa phương đã có Nghị quyết của HĐND tỉnh về miễn, giảm phí, "
        "lệ phí khi thực hiện dịch vụ công trực tuyến; 07 địa phương chưa ban hành.",
        "2024-06-05",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-05-31", 56),
        ],
    ),
    # 18. "789/1.084" procedures simplified, "Đến nay" dated by the published date; a monthly
    #     change and the 295 remaining are not stored.
    (
        "789/1.084 thủ tục liên quan đến người dân đã được cắt giảm, đơn giản hóa\n"
        "Việc thực thi các Nghị quyết chuyên đề của Chính phủ về phương án phân cấp, đơn giản hóa "
        "TTHC đạt nhiều kết quả.\n"
        "Đến nay, các bộ, ngành đã cắt giảm, đơn giản hóa 789/1.084 thủ tục hành chính liên quan đến "
        "dân cư theo các Nghị quyết chuyên đề, tăng 26 thủ tục so với tháng trước; 295 thủ tục còn "
        "lại đang được xử lý.",
        "2024-10-05",
        [
            ("procedures_simplified", "national", "as_of", "2024-10-05", 789),
        ],
    ),
    # 19. "Gần 40%" headline rounded; half-year rates for adult users and satisfaction; the 90%
    #     target is not stored.
    (
        "Gần 40% người trưởng thành đã dùng dịch vụ công trực tuyến\n"
        "Sau 6 tháng, hai chỉ tiêu về người dùng dịch vụ công trực tuyến và sự hài lòng chuyển biến "
        "tích cực nhưng chưa đạt mục tiêu năm.\n"
        "6 tháng đầu năm 2024, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 39,6%; "
        "tỷ lệ người dân, doanh nghiệp hài lòng trong giải quyết TTHC là 86,2%, thấp hơn mục tiêu 90%.",
        "2024-07-12",
        [
            ("adult_population_using_dvctt_rate", "national", "half", "2024-06-30", 39.6),
            ("satisfaction_rate", "national", "half", "2024-06-30", 86.2),
        ],
    ),
    # 20. Ministry monthly-report title as headline ("97%" rounded); month rate for personal-ID
    #     dossiers; EMC connection as "78/85 ..., đạt tỷ lệ 91,76%" at month end.
    (
        "Báo cáo chuyển đổi số quốc gia tháng 3/2025: 97% hồ sơ TTHC gắn mã định danh\n"
        "Tỷ lệ hồ sơ gắn mã định danh cá nhân tiếp tục duy trì ở mức cao, trong khi kết nối với Hệ "
        "thống EMC gần hoàn tất.\n"
        "Trong tháng 3/2025, tỷ lệ hồ sơ TTHC gắn định danh cá nhân đạt 97,14%. Tính đến hết tháng "
        "3/2025, 78/85 hệ thống giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối đầy đủ với Hệ thống EMC, "
        "đạt tỷ lệ 91,76%.",
        "2025-04-10",
        [
            ("dossiers_with_personal_id_rate", "national", "month", "2025-03-31", 97.14),
            ("emc_connection_rate", "national", "as_of", "2025-03-31", 91.76),
        ],
    ),
    # 21. "chạm mốc 8,7 triệu" headline equal to the body figure (stored once); the rural
    #     sub-count after "trong đó" is not stored.
    (
        "Mobile Money chạm mốc 8,7 triệu khách hàng\n"
        "Sau gần hai năm thí điểm, dịch vụ Mobile Money đã phủ tới hầu hết các xã vùng sâu, vùng xa.\n"
        "Theo Ngân hàng Nhà nước, tính đến cuối tháng 9/2023, tổng số khách hàng sử dụng Mobile "
        "Money đạt 8,7 triệu, trong đó hơn 5,8 triệu khách hàng ở khu vực nông thôn, miền núi, vùng "
        "sâu, vùng xa.",
        "2023-10-25",
        [
            ("mobile_money_customers", "national", "as_of", "2023-09-30", 8700000),
        ],
    ),
    # 22. "87%" headline rounded from "khoảng 87,08%"; the 80% target for 2025 and the
    #     y-o-y growth of Internet transactions are not stored.
    (
        "87% người trưởng thành có tài khoản thanh toán\n"
        "Thanh toán không dùng tiền mặt tiếp tục tăng trưởng mạnh trong nửa đầu năm 2024.\n"
        "Đến hết tháng 6/2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt "
        "khoảng 87,08%, vượt mục tiêu 80% đặt ra cho năm 2025; số giao dịch qua kênh Internet tăng "
        "58,1% so với cùng kỳ.",
        "2024-07-25",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.08),
        ],
    ),
    # 23. "Hơn 8,4 tỷ hóa đơn" headline; body "8,41 tỷ" (count -> 8410000000) over a window
    #     from 1/7/2022; the invoice types after "trong đó" are not stored.
    (
        "Hơn 8,4 tỷ hóa đơn điện tử đã được tiếp nhận, xử lý\n"
        "Sau gần hai năm triển khai hóa đơn điện tử trên toàn quốc, ngành thuế đã hình thành kho dữ "
        "liệu hóa đơn lớn nhất cả nước.\n"
        "Tính từ ngày 1/7/2022 đến ngày 20/4/2024, Tổng cục Thuế đã tiếp nhận, xử lý 8,41 tỷ hóa đơn "
        "điện tử, trong đó có 2,6 tỷ hóa đơn có mã của cơ quan thuế và 5,81 tỷ hóa đơn không có mã.",
        "2024-04-24",
        [
            ("e_invoices_total", "national", "as_of", "2024-04-20", 8410000000),
        ],
    ),
    # 24. NEGATIVE: a regional (Southeast Asia) figure and a vendor report's GMV growth for Viet
    #     Nam, in USD; not digital_economy_growth.
    (
        "Kinh tế số Đông Nam Á đạt 263 tỷ USD, Việt Nam tăng trưởng 16%\n"
        "Báo cáo e-Conomy SEA 2024 vừa công bố cho thấy Việt Nam tiếp tục là một trong những nền "
        "kinh tế số tăng trưởng nhanh nhất khu vực.\n"
        "Theo báo cáo của Google, Temasek và Bain & Company, năm 2024 tổng giá trị hàng hóa (GMV) "
        "của nền kinh tế số Đông Nam Á đạt 263 tỷ USD, tăng 15%; riêng Việt Nam đạt 36 tỷ USD, tăng "
        "16% so với năm 2023.",
        "2024-11-13",
        [],
    ),
    # 25. NEGATIVE: headline and body carry only changes (điểm phần trăm, %, "gấp 1,8 lần").
    (
        "Hồ sơ trực tuyến toàn trình tăng 12 điểm phần trăm so với cùng kỳ\n"
        "(Chinhphu.vn) Báo cáo của Văn phòng Chính phủ cho thấy quý II/2025 ghi nhận mức cải thiện "
        "mạnh nhất từ trước đến nay về giải quyết TTHC trên môi trường điện tử.\n"
        "So với cùng kỳ năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình quý II/2025 tăng 12,3 điểm phần "
        "trăm, số hồ sơ nộp qua Cổng DVCQG tăng 35%, số giao dịch thanh toán trực tuyến tăng gấp 1,8 "
        "lần.",
        "2025-07-15",
        [],
    ),
    # 26. NEGATIVE: a meeting lead: session number, participants (22 bộ, ngành, 63 địa phương),
    #     decrees and decisions issued, tasks assigned.
    (
        "Ủy ban Quốc gia về chuyển đổi số họp phiên thứ 9, giao 25 nhiệm vụ trọng tâm\n"
        "Chiều 10/7/2024, Thủ tướng chủ trì phiên họp thứ 9 của Ủy ban Quốc gia về chuyển đổi số, với "
        "sự tham gia trực tuyến của 22 bộ, ngành và 63 địa phương.\n"
        "Thông báo kết luận số 320/TB-VPCP nêu rõ, 6 tháng đầu năm 2024 Chính phủ đã ban hành 12 nghị "
        "định, Thủ tướng ban hành 8 quyết định liên quan đến chuyển đổi số; Ủy ban giao các bộ, ngành, "
        "địa phương 25 nhiệm vụ phải hoàn thành trong năm 2024.",
        "2024-07-12",
        [],
    ),
    # 27. NEGATIVE: "Hiện nay" stocks with no date in the text and no published date: undatable.
    (
        "Hiện nay cả nước có hơn 7.000 trạm 5G\n"
        "Mạng 5G đang được mở rộng nhanh chóng tại các đô thị lớn và khu công nghiệp.\n"
        "Hiện nay, cả nước đã có hơn 7.000 trạm BTS 5G được đưa vào khai thác, tỷ lệ dân số được phủ "
        "sóng 5G là khoảng 20%.",
        None,
        [],
    ),
    # 28. Breakdown headline ("54%", "gần 45%") rounded; body gives khối bộ, ngành / khối địa
    #     phương / bình quân cả nước for the month.
    (
        "Khối bộ, ngành đạt 54%, khối địa phương gần 45% hồ sơ trực tuyến toàn trình\n"
        "Báo cáo chuyển đổi số quốc gia tháng 5/2025 ghi nhận khoảng cách giữa hai khối trong xử lý "
        "hồ sơ trên môi trường số đã thu hẹp.\n"
        "Trong tháng 5/2025, tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành là 54,18%, khối địa "
        "phương là 44,93%; bình quân cả nước ở mức 47,02%.",
        "2025-06-10",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2025-05-31", 54.18),
            ("online_dossier_full_process_rate", "localities", "month", "2025-05-31", 44.93),
            ("online_dossier_full_process_rate", "national", "month", "2025-05-31", 47.02),
        ],
    ),
    # 29. "Hơn 4.700 ... chiếm gần 55%" headline; body: full-process services as a share of all
    #     procedures and the share of procedures offered online (parenthesis "gồm ..."); the
    #     count of services has no id.
    (
        "Hơn 4.700 dịch vụ công trực tuyến toàn trình, chiếm gần 55% thủ tục hành chính\n"
        "Năm 2023, việc cung cấp dịch vụ công trực tuyến được rà soát, tái cấu trúc theo hướng lấy "
        "người dùng làm trung tâm.\n"
        "Tính đến hết năm 2023, các bộ, ngành, địa phương đã cung cấp 4.712 DVCTT toàn trình, chiếm "
        "54,6% tổng số TTHC; tỷ lệ TTHC được cung cấp dưới dạng DVCTT (gồm toàn trình và một phần) "
        "là 83,9%.",
        "2024-01-15",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2023-12-31", 54.6),
            ("dvctt_rate", "national", "as_of", "2023-12-31", 83.9),
        ],
    ),
    # 30. "Chỉ 42%" headline; quarter "Quý II/2025" share of services with dossiers, national and
    #     the localities bloc.
    (
        "Chỉ 42% dịch vụ công trực tuyến có phát sinh hồ sơ\n"
        "Nhiều dịch vụ công trực tuyến được cung cấp nhưng chưa có người dùng, cho thấy chất lượng "
        "dịch vụ còn hạn chế.\n"
        "Quý II/2025, tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến trên cả nước chỉ ở mức 42,15%, khối "
        "địa phương là 39,8%.",
        "2025-07-18",
        [
            ("dvctt_with_dossiers_rate", "national", "quarter", "2025-06-30", 42.15),
            ("dvctt_with_dossiers_rate", "localities", "quarter", "2025-06-30", 39.8),
        ],
    ),
    # 31. "23,5 triệu" headline over "23,52 triệu" (BRCĐ abbreviation), mobile broadband
    #     subscriptions and a per-100 density.
    (
        "Việt Nam có 23,5 triệu thuê bao băng rộng cố định\n"
        "Hạ tầng băng rộng tiếp tục phát triển nhanh, mật độ thuê bao băng rộng di động tiệm cận mức "
        "của các nước phát triển.\n"
        "Tính đến hết tháng 11/2024, tổng số thuê bao BRCĐ đạt 23,52 triệu, thuê bao băng rộng di động "
        "đạt 92,6 triệu; số thuê bao băng rộng di động trên 100 dân là 91,3.",
        "2024-12-10",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-11-30", 23520000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-11-30", 92600000),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-11-30", 91.3),
        ],
    ),
    # 32. "Gần 80%" headline; end-2023 Internet users share (the daily-use part after "trong đó"
    #     is not stored) and smartphone subscriptions count.
    (
        "Gần 80% dân số Việt Nam sử dụng Internet\n"
        "Năm 2023, hạ tầng số tiếp tục được mở rộng, số người dùng Internet và điện thoại thông minh "
        "tăng đều.\n"
        "Tính đến cuối năm 2023, tỷ lệ người sử dụng Internet ước đạt 79,1% dân số, trong đó khoảng "
        "73% sử dụng Internet hằng ngày; số thuê bao sử dụng điện thoại thông minh là 95,9 triệu.",
        "2024-01-20",
        [
            ("internet_users_rate", "national", "as_of", "2023-12-31", 79.1),
            ("smartphone_subscriptions", "national", "as_of", "2023-12-31", 95900000),
        ],
    ),
    # 33. Provincial portal (Lào Cai): "2.011/2.040 thôn, bản ..., đạt 98,6%" share of villages
    #     with coverage and the level of dead-zone villages ("hiện còn 29").
    (
        "Lào Cai: 98,6% thôn, bản đã có sóng di động\n"
        "Toàn tỉnh đang tập trung xóa các điểm lõm sóng còn lại ở vùng cao Bát Xát, Si Ma Cai.\n"
        "Đến ngày 31/12/2024, trên địa bàn tỉnh Lào Cai có 2.011/2.040 thôn, bản được phủ sóng di "
        "động, đạt 98,6%; hiện còn 29 thôn lõm sóng.",
        "2025-01-09",
        [
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-12-31", 98.6),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-12-31", 29),
        ],
    ),
    # 34. "95%" headline; national share with the two blocs in parentheses ("khối bộ, ngành:
    #     93,1%; khối địa phương: 96,4%").
    (
        "95% hệ thống thông tin đã được phê duyệt cấp độ an toàn\n"
        "Các bộ, ngành, địa phương đã cơ bản hoàn thành việc phê duyệt hồ sơ đề xuất cấp độ an toàn "
        "hệ thống thông tin theo chỉ đạo của Thủ tướng.\n"
        "Tính đến ngày 30/9/2024, tỷ lệ hệ thống thông tin được phê duyệt cấp độ của cả nước đạt "
        "95,36% (khối bộ, ngành: 93,1%; khối địa phương: 96,4%).",
        "2024-10-03",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 95.36),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-09-30", 93.1),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-09-30", 96.4),
        ],
    ),
    # 35. Interview (question and answer lines): "Hiện nay" with a published date; the breakdown
    #     of the 112 agencies (22 bộ, 63 địa phương, 27 doanh nghiệp) is not stored.
    (
        '"NDXP đang kết nối hơn 110 cơ quan, đơn vị"\n'
        "Trao đổi với phóng viên, Cục trưởng Cục Chuyển đổi số quốc gia cho biết nền tảng chia sẻ dữ "
        "liệu quốc gia đã trở thành hạ tầng dùng chung của cả hệ thống chính trị.\n"
        "Phóng viên: Hiện NDXP kết nối với bao nhiêu cơ quan, hệ thống?\n"
        "Cục trưởng: Hiện nay, NDXP đã kết nối với 112 cơ quan, đơn vị, gồm 22 bộ, ngành, 63 địa "
        "phương và 27 doanh nghiệp, với tổng cộng 1.123 điểm kết nối.",
        "2024-12-05",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-12-05", 112),
            ("ndxp_connection_points", "national", "as_of", "2024-12-05", 1123),
        ],
    ),
    # 36. City portal (Đà Nẵng), "Lũy kế từ đầu năm đến ngày 31/8/2024": ytd dossier rates; the
    #     full-process rate after "trong đó" is another indicator, stored.
    (
        "Đà Nẵng: 85% hồ sơ TTHC được giải quyết trực tuyến\n"
        "Thành phố tiếp tục nằm trong nhóm dẫn đầu cả nước về giải quyết thủ tục hành chính trên môi "
        "trường số.\n"
        "Lũy kế từ đầu năm đến ngày 31/8/2024, tỷ lệ hồ sơ TTHC được giải quyết trực tuyến trên địa "
        "bàn thành phố Đà Nẵng đạt 85,3%, trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt 63,2%.",
        "2024-09-06",
        [
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2024-08-31", 85.3),
            ("online_dossier_full_process_rate", "Đà Nẵng", "ytd", "2024-08-31", 63.2),
        ],
    ),
    # 37. A monthly-report title followed by a table written as lines ("Tỷ lệ ...: 40,12%"); the
    #     ytd payment value goes on the _new twin.
    (
        "Báo cáo chuyển đổi số quốc gia tháng 6/2024: các chỉ số chính\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình: 40,12%\n"
        "- Tỷ lệ hồ sơ cấp kết quả điện tử: 85,6%\n"
        "- Số giao dịch qua NDXP trong tháng: 128,6 triệu\n"
        "- Giá trị thanh toán trực tuyến trên Cổng DVCQG lũy kế từ đầu năm: 4.215 tỷ đồng",
        "2024-07-08",
        [
            ("online_dossier_full_process_rate", "national", "month", "2024-06-30", 40.12),
            ("e_result_rate", "national", "month", "2024-06-30", 85.6),
            ("ndxp_transactions_period", "national", "month", "2024-06-30", 128600000),
            ("online_payments_value_new", "national", "ytd", "2024-06-30", 4215),
        ],
    ),
    # 38. Two rounded headline figures ("Hơn 87 triệu", "58,6 triệu"); body "Đến nay" dated by
    #     the published date; the level-2 sub-count after "trong đó" is not stored.
    (
        "Hơn 87 triệu thẻ căn cước đã được cấp, 58,6 triệu tài khoản VNeID được kích hoạt\n"
        "Bộ Công an cho biết việc cấp thẻ căn cước theo Luật Căn cước năm 2023 diễn ra thuận lợi kể "
        "từ ngày 1/7/2024.\n"
        "Đến nay, Bộ Công an đã cấp 87.364.012 thẻ Căn cước công dân gắn chip và thẻ Căn cước; kích "
        "hoạt 58,6 triệu tài khoản định danh điện tử, trong đó 55,1 triệu tài khoản mức 2.",
        "2024-11-02",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-11-02", 87364012),
            ("vneid_activated_accounts", "national", "as_of", "2024-11-02", 58600000),
        ],
    ),
    # 39. Headline is a change ("tăng 9%", not stored); body level for the month and the previous
    #     month's figure given in parentheses (kept with its own month).
    (
        "Tấn công mạng tăng 9% trong tháng 7/2024\n"
        "Các vụ tấn công có chủ đích vào hệ thống của doanh nghiệp tài chính, năng lượng là điểm đáng "
        "chú ý trong tháng.\n"
        "Trong tháng 7/2024, Cục An toàn thông tin đã ghi nhận 2.170 cuộc tấn công mạng gây sự cố vào "
        "các hệ thống thông tin tại Việt Nam, tăng 9,2% so với tháng 6/2024 (1.987 cuộc).",
        "2024-08-05",
        [
            ("cyberattacks", "national", "month", "2024-07-31", 2170),
            ("cyberattacks", "national", "month", "2024-06-30", 1987),
        ],
    ),
    # 40. Provincial year review (Quảng Ninh): "98%" headline over 98,05%; the sapo's 2025
    #     target ("phấn đấu ... trên 80%") is not stored; year rates for 2024.
    (
        "Quảng Ninh: 98% người dân, doanh nghiệp hài lòng khi giải quyết TTHC\n"
        "Năm 2024, tỉnh tiếp tục giữ vị trí dẫn đầu về chỉ số hài lòng; năm 2025 phấn đấu tỷ lệ hồ sơ "
        "trực tuyến toàn trình đạt trên 80%.\n"
        "Năm 2024, tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết TTHC trên địa bàn tỉnh "
        "Quảng Ninh đạt 98,05%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 78,3%.",
        "2025-01-15",
        [
            ("satisfaction_rate", "Quảng Ninh", "year", "2024-12-31", 98.05),
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2024-12-31", 78.3),
        ],
    ),
]
