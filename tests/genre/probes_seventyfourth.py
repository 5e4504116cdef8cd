"""Genre probes, round 74: how news summaries word several figures in one sentence (lists with "lần lượt", "và", semicolons; a figure with its earlier level for comparison such as "từ 45% lên 52,3%", "(cùng kỳ năm trước là 38%)", "so với mức 1,2 triệu của tháng trước"; ranges and approximations with khoảng, gần, hơn, trên; figures in tables written as "Chỉ tiêu | Kết quả" text rows; the 2022–2023 wording of the Ministry of Information and Communications; headlines followed by a lead), mixing e-services, NDXP, cybersecurity, infrastructure and the digital economy, written blind by a helper (not copied from any page).

First reading with the session's start code (2235ecf): 80 of 87 right, 80 of 93 found. Fitted: ranges ('16–18%', 'từ 4 đến 5 triệu'), a second 'tương ứng là' after 'lần lượt', listed labels with their own period, table headers that date or place their column; now 88/88, 88/93. Left: a second figure after 'lần lượt là … và' with a unit word ('11.133 tỷ đồng'), 'Trong 53 dịch vụ công thiết yếu …, đã có 41 dịch vụ được cung cấp toàn trình', 'cắt giảm, đơn giản hóa được 568 thủ tục', a second share after 'và tương đương', a city's whole after a ward's figure.
"""

CASES = [
    # 1. headline + lead; NDXP year, daily average, cumulative (headline is a rounded duplicate)
    (
        "NDXP xử lý hơn 1,3 tỷ giao dịch trong năm 2023\n\n"
        "Theo Cục Chuyển đổi số quốc gia (Bộ TT&TT), trong năm 2023 Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) "
        "đã ghi nhận 1,32 tỷ giao dịch, bình quân khoảng 3,6 triệu giao dịch mỗi ngày. Lũy kế từ khi khai trương năm 2019 "
        "đến hết ngày 31/12/2023, tổng số giao dịch qua NDXP đạt 2,9 tỷ.",
        "2024-01-08",
        [
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 1320000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-12-31", 3600000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-12-31", 2900000000.0),
        ],
    ),
    # 2. lần lượt + tương ứng, two blocs, two indicators
    (
        "Trong quý III/2023, tỷ lệ hồ sơ xử lý trực tuyến của khối bộ, ngành và khối địa phương lần lượt đạt 71,2% và 36,8%; "
        "tỷ lệ hồ sơ trực tuyến toàn trình tương ứng là 48,5% và 21,3%.",
        "2023-10-20",
        [
            ("online_dossier_rate", "ministries", "quarter", "2023-09-30", 71.2),
            ("online_dossier_rate", "localities", "quarter", "2023-09-30", 36.8),
            ("online_dossier_full_process_rate", "ministries", "quarter", "2023-09-30", 48.5),
            ("online_dossier_full_process_rate", "localities", "quarter", "2023-09-30", 21.3),
        ],
    ),
    # 3. từ ... lên ... with both dates stated
    (
        "Ngân hàng Nhà nước cho biết tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đã tăng từ khoảng 68% "
        "vào cuối năm 2021 lên hơn 87% tính đến hết tháng 6/2023.",
        "2023-07-15",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2021-12-31", 68.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-06-30", 87.0),
        ],
    ),
    # 4. (cùng kỳ năm 2022 là ...)
    (
        "Sáu tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 42,6% (cùng kỳ năm 2022 là 31,4%).",
        "2023-07-10",
        [
            ("online_dossier_rate", "national", "half", "2023-06-30", 42.6),
            ("online_dossier_rate", "national", "half", "2022-06-30", 31.4),
        ],
    ),
    # 5. so với mức ... của tháng trước; no published date but explicit month
    (
        "Trong tháng 10/2023, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã ghi nhận, cảnh báo và hướng dẫn "
        "xử lý 1.014 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, so với mức 1.203 cuộc của tháng 9/2023.",
        None,
        [
            ("cyberattacks", "national", "month", "2023-10-31", 1014.0),
            ("cyberattacks", "national", "month", "2023-09-30", 1203.0),
        ],
    ),
    # 6. table rows "Chỉ tiêu | Kết quả"
    (
        "Kết quả thực hiện một số chỉ tiêu chuyển đổi số năm 2023 (nguồn: Bộ TT&TT)\n"
        "Chỉ tiêu | Kết quả\n"
        "Tỷ lệ DVCTT toàn trình trên tổng số TTHC | 40,25%\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến | 46,5%\n"
        "Tỷ lệ hồ sơ được cấp kết quả điện tử | 38,2%\n"
        "Tỷ trọng kinh tế số trong GDP | 16,5% (ước)",
        "2024-01-05",
        [
            ("dvctt_full_process_rate", "national", "year", "2023-12-31", 40.25),
            ("online_dossier_rate", "national", "year", "2023-12-31", 46.5),
            ("e_result_rate", "national", "year", "2023-12-31", 38.2),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    # 7. 2022 MIC wording "hồ sơ trực tuyến mức độ 3, 4", national + blocs with "trong đó"
    (
        "Theo Cục Tin học hóa (Bộ TT&TT), năm 2022 tỷ lệ hồ sơ trực tuyến mức độ 3, 4 của cả nước đạt 28%, "
        "trong đó khối bộ, ngành đạt 42% và khối địa phương đạt 24%.",
        "2023-01-18",
        [
            ("online_dossier_rate", "national", "year", "2022-12-31", 28.0),
            ("online_dossier_rate", "ministries", "year", "2022-12-31", 42.0),
            ("online_dossier_rate", "localities", "year", "2022-12-31", 24.0),
        ],
    ),
    # 8. approximations khoảng / hơn on 5G
    (
        "Tính đến cuối tháng 12/2024, các doanh nghiệp viễn thông đã lắp đặt khoảng 6.000 trạm BTS 5G trên cả nước, "
        "đưa tỷ lệ phủ sóng 5G lên hơn 26% dân số.",
        "2025-01-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 6000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26.0),
        ],
    ),
    # 9. TRAP: operator's own figures
    (
        "Viettel cho biết đến nay đã phát sóng hơn 5.000 trạm 5G, phủ sóng khoảng 90% dân số tại các thành phố lớn "
        "và có gần 4 triệu thuê bao trải nghiệm dịch vụ.",
        "2024-12-20",
        [],
    ),
    # 10. partial trap: target, then the 2022 estimate
    (
        "Mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP. Theo Bộ TT&TT, năm 2022 tỷ trọng kinh tế số ước đạt 14,26% GDP.",
        "2023-02-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
        ],
    ),
    # 11. semicolon list, infrastructure, no published date
    (
        "Đến hết tháng 6/2023: số thuê bao băng rộng cố định đạt 22,4 triệu; tỷ lệ hộ gia đình có Internet cáp quang "
        "băng rộng đạt 79,8%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh là 84%.",
        None,
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-06-30", 22400000.0),
            ("ftth_household_rate", "national", "as_of", "2023-06-30", 79.8),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-06-30", 84.0),
        ],
    ),
    # 12. speeds with a foreign comparison (Thai figure is a trap)
    (
        "Theo số liệu của Ookla, trong tháng 12/2023 tốc độ tải xuống trung vị băng rộng di động của Việt Nam đạt 47,5 Mbps, "
        "xếp thứ 46 thế giới; băng rộng cố định đạt 91,6 Mbps, trong khi con số này của Thái Lan là 205 Mbps.",
        "2024-01-20",
        [
            ("mobile_broadband_speed", "national", "month", "2023-12-31", 47.5),
            ("fixed_broadband_speed", "national", "month", "2023-12-31", 91.6),
        ],
    ),
    # 13. TRAP: single ministries and a district
    (
        "Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của Bộ Tài chính đạt 92,4%, Ngân hàng Nhà nước đạt 100%; "
        "ở cấp huyện, Hòa Vang là địa phương dẫn đầu với 81%.",
        "2024-01-15",
        [],
    ),
    # 14. lần lượt across provinces
    (
        "Ba tỉnh, thành phố dẫn đầu khối địa phương về tỷ lệ hồ sơ xử lý trực tuyến trong 9 tháng đầu năm 2023 lần lượt là "
        "Bình Dương, Đà Nẵng và Hà Giang với 85,4%, 78,2% và 71,9%.",
        "2023-10-15",
        [
            ("online_dossier_rate", "Bình Dương", "ytd", "2023-09-30", 85.4),
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2023-09-30", 78.2),
            ("online_dossier_rate", "Hà Giang", "ytd", "2023-09-30", 71.9),
        ],
    ),
    # 15. TRAP: a range by unnamed experts
    (
        "Các chuyên gia ước tính quy mô kinh tế số của Việt Nam năm 2023 chiếm khoảng 16–18% GDP, "
        "tùy theo cách tính có bao gồm kinh tế số ngành hay không.",
        "2024-02-01",
        [],
    ),
    # 16. trên / hơn with "hiện" resolved to the published date
    (
        "Cổng Dịch vụ công quốc gia hiện có trên 9,2 triệu tài khoản đăng ký và đã tiếp nhận hơn 8,5 triệu hồ sơ trực tuyến "
        "kể từ khi khai trương.",
        "2023-05-15",
        [
            ("national_portal_accounts", "national", "as_of", "2023-05-15", 9200000.0),
            ("national_portal_dossiers", "national", "as_of", "2023-05-15", 8500000.0),
        ],
    ),
    # 17. TRAP: "hiện" with no published date and no date in text
    (
        "Hiện Cổng Dịch vụ công quốc gia có hơn 10 triệu tài khoản đăng ký, cung cấp gần 4.500 dịch vụ công trực tuyến.",
        None,
        [],
    ),
    # 18. flow + stock in one sentence
    (
        "Trong tháng 11/2023, Cổng Dịch vụ công quốc gia có thêm 312.000 tài khoản đăng ký mới, "
        "nâng tổng số tài khoản lên 10,1 triệu.",
        "2023-12-05",
        [
            ("national_portal_accounts_new", "national", "month", "2023-11-30", 312000.0),
            ("national_portal_accounts", "national", "as_of", "2023-11-30", 10100000.0),
        ],
    ),
    # 19. headline + lead; ytd and cumulative with "lần lượt"
    (
        "Thanh toán trực tuyến trên Cổng DVCQG tăng mạnh\n\n"
        "Từ đầu năm đến hết tháng 9/2023, Cổng Dịch vụ công quốc gia ghi nhận 5,3 triệu giao dịch thanh toán trực tuyến "
        "với số tiền 6.420 tỷ đồng; lũy kế từ khi triển khai, số giao dịch và số tiền lần lượt là 9,8 triệu giao dịch "
        "và 11.133 tỷ đồng.",
        "2023-10-05",
        [
            ("online_payments_count_new", "national", "ytd", "2023-09-30", 5300000.0),
            ("online_payments_value_new", "national", "ytd", "2023-09-30", 6420.0),
            ("online_payments_count", "national", "as_of", "2023-09-30", 9800000.0),
            ("online_payments_value", "national", "as_of", "2023-09-30", 11133.0),
        ],
    ),
    # 20. partial trap: year-on-year change
    (
        "Năm 2022, Cục An toàn thông tin đã ghi nhận 12.213 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin "
        "tại Việt Nam, giảm 44,3% so với năm 2021.",
        "2023-01-10",
        [
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
        ],
    ),
    # 21. từ ... xuống còn ..., no published date
    (
        "Nhờ chiến dịch bóc gỡ mã độc, số địa chỉ IP của Việt Nam nằm trong mạng botnet đã giảm từ hơn 1,1 triệu "
        "vào cuối tháng 12/2021 xuống còn 497.000 vào cuối tháng 12/2022.",
        None,
        [
            ("botnet_ips", "national", "as_of", "2021-12-31", 1100000.0),
            ("botnet_ips", "national", "as_of", "2022-12-31", 497000.0),
        ],
    ),
    # 22. blocs with lần lượt + national average
    (
        "Tính đến ngày 30/6/2023, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ của khối bộ, ngành và "
        "khối địa phương lần lượt là 73% và 61%, bình quân cả nước đạt 65,5%.",
        "2023-07-20",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-06-30", 73.0),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-06-30", 61.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-06-30", 65.5),
        ],
    ),
    # 23. TRAP: counts of plans / resolutions
    (
        "Đến nay, 63/63 tỉnh, thành phố đã ban hành nghị quyết, chương trình về chuyển đổi số; "
        "25 bộ, ngành đã ban hành kế hoạch chuyển đổi số năm 2023.",
        "2023-03-01",
        [],
    ),
    # 24. fee reduction, with earlier level "so với"
    (
        "Tính đến ngày 31/12/2022, đã có 59/63 tỉnh, thành phố ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí "
        "khi thực hiện dịch vụ công trực tuyến, so với 41 địa phương vào cuối năm 2021.",
        "2023-01-20",
        [
            ("localities_fee_reduction", "national", "as_of", "2022-12-31", 59.0),
            ("localities_fee_reduction", "national", "as_of", "2021-12-31", 41.0),
        ],
    ),
    # 25. hơn / gần, ID cards and VNeID
    (
        "Bộ Công an cho biết, đến ngày 15/9/2023 đã cấp hơn 84,6 triệu thẻ căn cước công dân gắn chip "
        "và kích hoạt gần 40,2 triệu tài khoản định danh điện tử VNeID.",
        "2023-09-18",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-09-15", 84600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-09-15", 40200000.0),
        ],
    ),
    # 26. partial trap: a share of customers is not an indicator
    (
        "Sau hơn hai năm thí điểm, tính đến cuối tháng 6/2023 số khách hàng sử dụng Mobile Money đạt khoảng 6,1 triệu, "
        "trong đó hơn 70% ở khu vực nông thôn, vùng sâu, vùng xa.",
        "2023-08-01",
        [
            ("mobile_money_customers", "national", "as_of", "2023-06-30", 6100000.0),
        ],
    ),
    # 27. e-invoices, subset not an indicator
    (
        "Từ tháng 7/2022 đến ngày 30/11/2023, cơ quan thuế đã tiếp nhận, xử lý trên 5,2 tỷ hóa đơn điện tử, "
        "trong đó khoảng 1,9 tỷ hóa đơn có mã của cơ quan thuế.",
        "2023-12-10",
        [
            ("e_invoices_total", "national", "as_of", "2023-11-30", 5200000000.0),
        ],
    ),
    # 28. dead-zone villages: rate and the count still without coverage
    (
        'Tính đến hết tháng 8/2022, Chương trình "Sóng và máy tính cho em" đã phủ sóng thêm 1.216 thôn, nâng tỷ lệ thôn '
        "lõm sóng có điện được phủ sóng lên 70,8%; cả nước còn 1.301 thôn, bản lõm sóng di động.",
        "2022-09-10",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2022-08-31", 70.8),
            ("villages_without_mobile_coverage", "national", "as_of", "2022-08-31", 1301.0),
        ],
    ),
    # 29. partial trap: remainder share
    (
        "Đến cuối năm 2024, tỷ lệ thôn, bản trên cả nước có sóng di động đạt 99,5%; 0,5% còn lại chủ yếu là các thôn "
        "chưa có điện lưới quốc gia.",
        "2025-01-15",
        [
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-12-31", 99.5),
        ],
    ),
    # 30. headline + lead, province
    (
        "Hà Nội: 100% thủ tục đủ điều kiện đã được cung cấp trực tuyến toàn trình\n\n"
        "Tính đến ngày 30/9/2023, thành phố Hà Nội đã cung cấp 1.149 dịch vụ công trực tuyến toàn trình, đạt 100% số "
        "thủ tục hành chính đủ điều kiện; tỷ lệ hồ sơ xử lý trực tuyến 9 tháng đầu năm đạt 58,7%.",
        "2023-10-12",
        [
            ("full_process_provision_rate", "Hà Nội", "as_of", "2023-09-30", 100.0),
            ("online_dossier_rate", "Hà Nội", "ytd", "2023-09-30", 58.7),
        ],
    ),
    # 31. partial trap: remainder count
    (
        "Trong 53 dịch vụ công thiết yếu theo Đề án 06, đến ngày 31/10/2023 đã có 41 dịch vụ được cung cấp toàn trình, "
        "12 dịch vụ còn lại đang được các bộ, ngành hoàn thiện.",
        "2023-11-08",
        [
            ("essential_services_full_process", "national", "as_of", "2023-10-31", 41.0),
        ],
    ),
    # 32. simplified procedures, percentage of plan not an indicator
    (
        "Trong tổng số 1.084 thủ tục hành chính cần cắt giảm, đơn giản hóa theo các nghị quyết chuyên đề của Chính phủ, "
        "đến hết năm 2023 các bộ, ngành đã cắt giảm, đơn giản hóa được 568 thủ tục, đạt 52,4%.",
        "2024-01-12",
        [
            ("procedures_simplified", "national", "as_of", "2023-12-31", 568.0),
        ],
    ),
    # 33. EMC; "20/22" and "63/63" are not the rate
    (
        "Tính đến ngày 20/12/2023, 20/22 bộ, ngành và 63/63 địa phương đã kết nối với Hệ thống EMC; tỷ lệ hệ thống "
        "giải quyết TTHC kết nối đầy đủ với Hệ thống EMC đạt 85,9%.",
        "2023-12-25",
        [
            ("emc_connection_rate", "national", "as_of", "2023-12-20", 85.9),
        ],
    ),
    # 34. rank with the earlier rank in parentheses
    (
        "Theo Khảo sát Chính phủ điện tử của Liên hợp quốc, năm 2024 Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển "
        "Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022 (hạng 86).",
        "2025-01-20",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 35. two indicators, current and previous year with lần lượt in parentheses
    (
        "Năm 2023, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến ước đạt 51%, tỷ lệ người dân, doanh nghiệp "
        "hài lòng về việc giải quyết TTHC đạt 89,6% (năm 2022 lần lượt là 40% và 86%).",
        "2024-02-05",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2023-12-31", 51.0),
            ("satisfaction_rate", "national", "year", "2023-12-31", 89.6),
            ("adult_population_using_dvctt_rate", "national", "year", "2022-12-31", 40.0),
            ("satisfaction_rate", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 36. two rates with lần lượt, no published date
    (
        "Tỷ lệ hồ sơ TTHC gắn định danh cá nhân và tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa trong "
        "6 tháng đầu năm 2024 lần lượt đạt 79,3% và 23,6%.",
        None,
        [
            ("dossiers_with_personal_id_rate", "national", "half", "2024-06-30", 79.3),
            ("data_reuse_rate", "national", "half", "2024-06-30", 23.6),
        ],
    ),
    # 37. so với mức ... của quý trước
    (
        "Trong quý II/2024, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trên cả nước đạt 39,6%, "
        "so với mức 34,1% của quý I/2024.",
        "2024-07-18",
        [
            ("dvctt_with_dossiers_rate", "national", "quarter", "2024-06-30", 39.6),
            ("dvctt_with_dossiers_rate", "national", "quarter", "2024-03-31", 34.1),
        ],
    ),
    # 38. partial trap: other countries' growth
    (
        "Theo Bộ TT&TT, năm 2022 kinh tế số của Việt Nam tăng trưởng khoảng 20%, gấp ba lần tốc độ tăng GDP; "
        "cùng năm, kinh tế số của Indonesia và Thái Lan tăng lần lượt 22% và 17%.",
        "2023-03-15",
        [
            ("digital_economy_growth", "national", "year", "2022-12-31", 20.0),
        ],
    ),
    # 39. same count over two bases (eligible vs all procedures)
    (
        "Tính đến hết tháng 5/2023, cả nước đã cung cấp 4.235 dịch vụ công trực tuyến toàn trình, đạt 85,6% tổng số "
        "TTHC đủ điều kiện và tương đương 41,8% tổng số TTHC.",
        "2023-06-07",
        [
            ("full_process_provision_rate", "national", "as_of", "2023-05-31", 85.6),
            ("dvctt_full_process_rate", "national", "as_of", "2023-05-31", 41.8),
        ],
    ),
    # 40. TRAP: year-on-year change and a range
    (
        "Số giao dịch qua NDXP trong quý I/2024 tăng 38% so với cùng kỳ năm trước; mỗi ngày nền tảng xử lý "
        "từ 4 đến 5 triệu giao dịch tùy thời điểm.",
        "2024-04-10",
        [],
    ),
    # 41. "đến nay" resolved to published date; khoảng
    (
        "Đến nay, NDXP đã kết nối với 105 cơ quan, đơn vị gồm các bộ, ngành, địa phương và một số doanh nghiệp, "
        "thiết lập khoảng 350 điểm kết nối.",
        "2023-08-20",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2023-08-20", 105.0),
            ("ndxp_connection_points", "national", "as_of", "2023-08-20", 350.0),
        ],
    ),
    # 42. per-100 pair with lần lượt + a count
    (
        "Tính đến hết năm 2023, số thuê bao băng rộng cố định và di động trên 100 dân lần lượt đạt 23,1 và 87,4; "
        "tổng số thuê bao băng rộng di động vào khoảng 86,5 triệu.",
        "2024-01-25",
        [
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 23.1),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 87.4),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 86500000.0),
        ],
    ),
    # 43. count and share of smartphone subscriptions + Internet users
    (
        "Tính đến tháng 6/2024, số thuê bao sử dụng điện thoại thông minh đạt gần 91 triệu, chiếm 84,4% tổng số thuê bao "
        "di động; tỷ lệ người sử dụng Internet khoảng 78,6% dân số.",
        "2024-07-05",
        [
            ("smartphone_subscriptions", "national", "as_of", "2024-06-30", 91000000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-06-30", 84.4),
            ("internet_users_rate", "national", "as_of", "2024-06-30", 78.6),
        ],
    ),
    # 44. 2022 wording: mức độ 4 renamed toàn trình; từ mức ... ; no published date
    (
        "Từ khi Nghị định 42/2022/NĐ-CP có hiệu lực, dịch vụ công trực tuyến mức độ 4 được gọi là dịch vụ công trực tuyến "
        "toàn trình. Theo Bộ TT&TT, tại thời điểm 30/6/2022 tỷ lệ DVCTT toàn trình trên tổng số TTHC đạt 34,1%, "
        "tăng từ mức 30,7% của cuối năm 2021.",
        None,
        [
            ("dvctt_full_process_rate", "national", "as_of", "2022-06-30", 34.1),
            ("dvctt_full_process_rate", "national", "as_of", "2021-12-31", 30.7),
        ],
    ),
    # 45. partial trap: a ward's figure, then the city's
    (
        "Phường Hòa Cường Bắc đạt 100% hồ sơ được trả kết quả điện tử; tính chung toàn thành phố Đà Nẵng, "
        "tỷ lệ hồ sơ được cấp kết quả điện tử trong tháng 8/2023 là 74,2%.",
        "2023-09-10",
        [
            ("e_result_rate", "Đà Nẵng", "month", "2023-08-31", 74.2),
        ],
    ),
    # 46. TRAP: remainder and a target
    (
        "Hiện vẫn còn khoảng 60% hồ sơ TTHC được nộp trực tiếp tại bộ phận một cửa; Chính phủ đặt mục tiêu trong năm 2024 "
        "có ít nhất 50% hồ sơ được xử lý trực tuyến.",
        "2024-03-01",
        [],
    ),
    # 47. headline (approximation) + lead; botnet and cyberattacks
    (
        "Tháng 7/2023: gần 400.000 địa chỉ IP Việt Nam nằm trong mạng botnet\n\n"
        "Trung tâm NCSC cho biết, trong tháng 7/2023 hệ thống kỹ thuật đã phát hiện 398.240 địa chỉ IP của Việt Nam nằm "
        "trong mạng botnet, trong đó có 125 địa chỉ IP của cơ quan nhà nước; đồng thời ghi nhận 893 cuộc tấn công mạng "
        "gây sự cố, giảm 7% so với tháng 6.",
        "2023-08-05",
        [
            ("botnet_ips", "national", "as_of", "2023-07-31", 398240.0),
            ("cyberattacks", "national", "month", "2023-07-31", 893.0),
        ],
    ),
    # 48. so với mức 1,2 triệu của tháng trước
    (
        "Trong tháng 3/2024, Cổng Dịch vụ công quốc gia đã tiếp nhận 1,45 triệu hồ sơ trực tuyến, "
        "so với mức 1,2 triệu của tháng 2/2024.",
        "2024-04-05",
        [
            ("national_portal_dossiers_new", "national", "month", "2024-03-31", 1450000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-02-29", 1200000.0),
        ],
    ),
    # 49. table rows for one province; a non-catalog row
    (
        "Chỉ tiêu | Kết quả 6 tháng đầu năm 2024 (TP. Hồ Chí Minh)\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến | 72,15%\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình | 45,6%\n"
        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC | 83%\n"
        "Tỷ lệ người dân, doanh nghiệp hài lòng | 98,7%",
        "2024-07-15",
        [
            ("online_dossier_rate", "Hồ Chí Minh", "half", "2024-06-30", 72.15),
            ("online_dossier_full_process_rate", "Hồ Chí Minh", "half", "2024-06-30", 45.6),
            ("satisfaction_rate", "Hồ Chí Minh", "half", "2024-06-30", 98.7),
        ],
    ),
    # 50. partial trap: table with a target column
    (
        "Chỉ tiêu | Mục tiêu 2025 | Thực hiện 2023\n"
        "Tỷ lệ hộ gia đình có Internet cáp quang | 80% | 82,1%\n"
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh | 85% | 85,3%",
        "2024-02-10",
        [
            ("ftth_household_rate", "national", "year", "2023-12-31", 82.1),
            ("smartphone_subscriber_rate", "national", "year", "2023-12-31", 85.3),
        ],
    ),
    # 51. partial trap: earlier level without a date is not a value
    (
        "Trong quý II/2024, tỷ lệ hồ sơ được cấp kết quả điện tử của khối địa phương đạt 52,3%, tăng từ mức 45% "
        "khi mới bắt đầu triển khai Nghị định 107/2021/NĐ-CP.",
        "2024-07-08",
        [
            ("e_result_rate", "localities", "quarter", "2024-06-30", 52.3),
        ],
    ),
]
