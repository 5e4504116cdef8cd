"""Genre probes, round 154: press summaries of the monthly national digital-transformation reports 2023-2025, written blind.

Fitted at stop 50: first read with the stop's start code a6b17cb (240 of 240 right, 240 of 244 found
(1.00 / 0.98)); after the stop's fixes, 240 of 240 right, 240 of 244 found (1.00 / 0.98).
"""

CASES = [
    # 1. January 2023 report summary: month rates with ministries/localities split, December figure in brackets,
    #    new vs cumulative portal accounts. Traps: upload speed, 2023 targets (50%, 40%).
    (
        """Tháng 1/2023: Tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 39,6%

Thứ Năm, 09/02/2023 - 15:20

Bộ Thông tin và Truyền thông vừa công bố Báo cáo chuyển đổi số quốc gia tháng 01/2023. Theo đó, trong tháng 01/2023, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 39,6% (tháng 12/2022 là 37,8%). Xét theo khối, các bộ, ngành đạt 58,2%, các địa phương đạt 31,4%.

Cũng trong tháng 01/2023, Cổng Dịch vụ công quốc gia có thêm 412.000 tài khoản đăng ký mới, nâng tổng số tài khoản lên hơn 7,6 triệu tính đến ngày 31/01/2023. Số giao dịch thanh toán trực tuyến qua Cổng trong tháng đạt 1,05 triệu giao dịch với tổng số tiền khoảng 612 tỷ đồng.

Về hạ tầng số, tốc độ truy cập Internet băng rộng cố định trung bình tháng 01/2023 đạt 83,6 Mbps; tốc độ băng rộng di động đạt 38,2 Mbps. Tốc độ tải lên (upload) trên mạng di động ở mức 17,5 Mbps.

Năm 2023 được xác định là "Năm dữ liệu số quốc gia". Bộ TT&TT đặt mục tiêu đến cuối năm, tỷ lệ hồ sơ xử lý trực tuyến đạt 50% và tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 40%.

Minh Khuê""",
        "2023-02-09",
        [
            ("online_dossier_rate", "national", "month", "2023-01-31", 39.6),
            ("online_dossier_rate", "national", "month", "2022-12-31", 37.8),
            ("online_dossier_rate", "ministries", "month", "2023-01-31", 58.2),
            ("online_dossier_rate", "localities", "month", "2023-01-31", 31.4),
            ("national_portal_accounts_new", "national", "month", "2023-01-31", 412000.0),
            ("national_portal_accounts", "national", "as_of", "2023-01-31", 7600000.0),
            ("online_payments_count_new", "national", "month", "2023-01-31", 1050000.0),
            ("online_payments_value_new", "national", "month", "2023-01-31", 612.0),
            ("fixed_broadband_speed", "national", "month", "2023-01-31", 83.6),
            ("mobile_broadband_speed", "national", "month", "2023-01-31", 38.2),
        ],
    ),
    # 2. March 2023 report: quarter NDXP flow, its daily average and cumulative total; monthly cyberattacks with
    #    February in brackets, quarter total, botnet level. Traps: -9,3% change, -12%, target below 800.000.
    (
        """NDXP xử lý gần 92 triệu giao dịch trong quý I/2023

(Thời sự) - Báo cáo chuyển đổi số quốc gia tháng 3/2023 cho thấy trong quý I/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã ghi nhận gần 92 triệu giao dịch, trung bình mỗi ngày khoảng 1,02 triệu giao dịch. Lũy kế từ khi đưa vào vận hành năm 2019 đến hết tháng 3/2023, NDXP đã thực hiện hơn 826 triệu giao dịch.

Về an toàn thông tin, trong tháng 3/2023, hệ thống kỹ thuật của Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ghi nhận 1.062 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, cao hơn tháng 2/2023 (934 cuộc). Tính chung quý I/2023 có 2.914 cuộc tấn công, giảm 9,3% so với cùng kỳ năm 2022.

Số địa chỉ IP của Việt Nam nằm trong các mạng máy tính ma (botnet) tính đến cuối tháng 3/2023 là hơn 987.000 địa chỉ, giảm khoảng 12% so với đầu năm. Bộ TT&TT phấn đấu đến cuối năm 2023 đưa con số này xuống dưới 800.000 địa chỉ.""",
        "2023-04-11",
        [
            ("ndxp_transactions_period", "national", "quarter", "2023-03-31", 92000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-03-31", 1020000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-03-31", 826000000.0),
            ("cyberattacks", "national", "month", "2023-03-31", 1062.0),
            ("cyberattacks", "national", "month", "2023-02-28", 934.0),
            ("cyberattacks", "national", "quarter", "2023-03-31", 2914.0),
            ("botnet_ips", "national", "as_of", "2023-03-31", 987000.0),
        ],
    ),
    # 3. June 2023 report: half-year rates with ministries/localities, June and May monthly values, Đề án 06 levels.
    #    Traps: VNeID target 40 triệu, a district's 82%, -9,1% change, 14 documents.
    (
        """Sáu tháng đầu năm 2023: 41,4% hồ sơ thủ tục hành chính được xử lý trực tuyến

12/07/2023 09:45

(VnMedia) - Theo Báo cáo chuyển đổi số quốc gia tháng 6/2023 vừa được Bộ Thông tin và Truyền thông gửi tới Ủy ban Quốc gia về chuyển đổi số, trong 6 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 41,4%. Khối bộ, ngành đạt 63,5%, khối địa phương đạt 33,1%.

Riêng tháng 6/2023, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 43,2%, nhích nhẹ so với tháng 5/2023 (42,0%).

Về triển khai Đề án 06, tính đến ngày 30/6/2023, lực lượng công an đã cấp hơn 81,6 triệu thẻ căn cước công dân gắn chip và kích hoạt hơn 28,4 triệu tài khoản định danh điện tử. Bộ Công an đặt mục tiêu đến hết năm 2023 kích hoạt 40 triệu tài khoản. Tại quận Hoàn Kiếm (Hà Nội), tỷ lệ người dân đủ điều kiện đã kích hoạt tài khoản đạt 82%.

Cũng trong 6 tháng đầu năm, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ghi nhận 5.723 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,1% so với cùng kỳ năm 2022. Bộ TT&TT đã ban hành 14 văn bản hướng dẫn, cảnh báo về an toàn thông tin.""",
        "2023-07-12",
        [
            ("online_dossier_rate", "national", "half", "2023-06-30", 41.4),
            ("online_dossier_rate", "ministries", "half", "2023-06-30", 63.5),
            ("online_dossier_rate", "localities", "half", "2023-06-30", 33.1),
            ("online_dossier_rate", "national", "month", "2023-06-30", 43.2),
            ("online_dossier_rate", "national", "month", "2023-05-31", 42.0),
            ("chip_id_cards_issued", "national", "as_of", "2023-06-30", 81600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-06-30", 28400000.0),
            ("cyberattacks", "national", "half", "2023-06-30", 5723.0),
        ],
    ),
    # 4. August 2023 report with an explicit reporting window (21/7-20/8): every flow ends 20/8.
    #    Traps: the VNeID-created sub-count after "trong đó", the year-end target.
    (
        """Báo cáo chuyển đổi số quốc gia tháng 8/2023: Cổng Dịch vụ công quốc gia tiếp tục thu hút người dùng

Số liệu kỳ báo cáo tháng 8/2023 được tính từ ngày 21/7/2023 đến ngày 20/8/2023.

Trong kỳ, Cổng Dịch vụ công quốc gia có thêm 387.215 tài khoản đăng ký, trong đó 215.640 tài khoản được tạo thông qua ứng dụng VNeID. Tính đến ngày 20/8/2023, tổng số tài khoản đăng ký trên Cổng là 10.162.460.

Cũng trong kỳ, Cổng đã tiếp nhận 1.514.802 hồ sơ trực tuyến và ghi nhận 1.406.330 giao dịch thanh toán trực tuyến với số tiền 803,5 tỷ đồng.

Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) trong kỳ có 41,7 triệu giao dịch, bình quân khoảng 1,35 triệu giao dịch/ngày.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương phấn đấu đến hết năm 2023 đưa số giao dịch thanh toán trực tuyến qua Cổng lên 20 triệu giao dịch.""",
        "2023-08-28",
        [
            ("national_portal_accounts_new", "national", "month", "2023-08-20", 387215.0),
            ("national_portal_accounts", "national", "as_of", "2023-08-20", 10162460.0),
            ("national_portal_dossiers_new", "national", "month", "2023-08-20", 1514802.0),
            ("online_payments_count_new", "national", "month", "2023-08-20", 1406330.0),
            ("online_payments_value_new", "national", "month", "2023-08-20", 803.5),
            ("ndxp_transactions_period", "national", "month", "2023-08-20", 41700000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-08-20", 1350000.0),
        ],
    ),
    # 5. September 2023 report: 9-month (ytd) rates, a September full-process dossier rate, a procedures level.
    #    Keepers: two provinces' own rates. Traps: +4,1 points, Bộ Tài chính's 97,2% (one ministry).
    (
        """Báo cáo chuyển đổi số quốc gia tháng 9/2023: Tỷ lệ cấp kết quả điện tử 9 tháng đạt 71,3%

Theo Báo cáo chuyển đổi số quốc gia tháng 9/2023 vừa được Bộ Thông tin và Truyền thông phát hành, tính chung 9 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 42,7%, tăng 4,1 điểm phần trăm so với cùng kỳ năm trước. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử 9 tháng đạt 71,3%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 18,9%.

Trong tháng 9/2023, tỷ lệ hồ sơ trực tuyến toàn trình đạt 21,6%. Tính đến hết tháng 9/2023, tỷ lệ thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính là 42,3%.

Ở khối bộ, ngành, Bộ Tài chính tiếp tục dẫn đầu với 97,2% hồ sơ được xử lý trực tuyến. Ở khối địa phương, Bình Phước có tỷ lệ hồ sơ xử lý trực tuyến 9 tháng cao nhất với 88,4%, tiếp theo là Thái Nguyên (76,5%).""",
        "2023-10-10",
        [
            ("online_dossier_rate", "national", "ytd", "2023-09-30", 42.7),
            ("e_result_rate", "national", "ytd", "2023-09-30", 71.3),
            ("data_reuse_rate", "national", "ytd", "2023-09-30", 18.9),
            ("online_dossier_full_process_rate", "national", "month", "2023-09-30", 21.6),
            ("dvctt_full_process_rate", "national", "as_of", "2023-09-30", 42.3),
            ("online_dossier_rate", "Bình Phước", "ytd", "2023-09-30", 88.4),
            ("online_dossier_rate", "Thái Nguyên", "ytd", "2023-09-30", 76.5),
        ],
    ),
    # 6. October 2023 report: NDXP month (September in brackets), daily average, cumulative, "đến nay" connection
    #    levels (page date), broadband subscriptions and smartphone share. Traps: Viettel's share and subscribers, VNPT 5G trial stations.
    (
        """Tháng 10/2023: Giao dịch qua Nền tảng NDXP đạt 46,2 triệu

Báo cáo chuyển đổi số quốc gia tháng 10/2023 cho thấy trong tháng 10/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 46,2 triệu giao dịch (tháng 9/2023: 43,8 triệu giao dịch), bình quân 1,49 triệu giao dịch mỗi ngày. Lũy kế đến hết tháng 10/2023, tổng số giao dịch qua NDXP đạt hơn 1,09 tỷ.

Đến nay, NDXP đã thiết lập 206 điểm kết nối tới hệ thống thông tin, cơ sở dữ liệu và kết nối với 94 bộ, ngành, địa phương.

Về hạ tầng, tính đến hết tháng 10/2023, cả nước có 85,4 triệu thuê bao băng rộng di động và 22,6 triệu thuê bao băng rộng cố định; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 86,3%. Riêng Viettel chiếm khoảng 52% thị phần băng rộng di động với 44,5 triệu thuê bao. VNPT đã lắp đặt 12 trạm thử nghiệm 5G tại Hà Nội và TP Hồ Chí Minh.""",
        "2023-11-09",
        [
            ("ndxp_transactions_period", "national", "month", "2023-10-31", 46200000.0),
            ("ndxp_transactions_period", "national", "month", "2023-09-30", 43800000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-10-31", 1490000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-10-31", 1090000000.0),
            ("ndxp_connection_points", "national", "as_of", "2023-11-09", 206.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-11-09", 94.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-10-31", 85400000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-10-31", 22600000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-10-31", 86.3),
        ],
    ),
    # 7. November 2023 report, digital economy/society: e-invoices, Mobile Money, bank accounts, FTTH.
    #    Traps: coded-invoice and rural sub-counts after "trong đó", Thailand's 96%, counts of documents and conferences.
    (
        """Kinh tế số, xã hội số: nhiều chỉ số tích cực trong tháng 11

Theo Báo cáo chuyển đổi số quốc gia tháng 11/2023, tính đến ngày 30/11/2023, cơ quan thuế đã tiếp nhận và xử lý hơn 5,08 tỷ hóa đơn điện tử, trong đó có 1,72 tỷ hóa đơn có mã của cơ quan thuế.

Dịch vụ Mobile Money đến cuối tháng 11/2023 có khoảng 6,3 triệu khách hàng, trong đó hơn 4,1 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa.

Cũng tính đến cuối tháng 11/2023, tỷ lệ người trưởng thành có tài khoản giao dịch tại ngân hàng đạt 87,1%; tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 79,6%. Theo Ngân hàng Thế giới, tỷ lệ người trưởng thành có tài khoản ở Thái Lan là 96%.

Trong tháng, các bộ, ngành, địa phương đã ban hành 126 văn bản chỉ đạo, điều hành về chuyển đổi số và tổ chức 37 hội nghị, hội thảo chuyên đề.""",
        "2023-12-08",
        [
            ("e_invoices_total", "national", "as_of", "2023-11-30", 5080000000.0),
            ("mobile_money_customers", "national", "as_of", "2023-11-30", 6300000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-11-30", 87.1),
            ("ftth_household_rate", "national", "as_of", "2023-11-30", 79.6),
        ],
    ),
    # 8. Year-2023 review (December report): year values, cumulative portal counts at 31/12, EGDI 2022 edition.
    #    Traps: -9,5% change, Thailand's rank 55, 2024 targets (50%, 18%).
    (
        """Tổng kết Năm dữ liệu số 2023: nhiều chỉ tiêu chuyển đổi số về đích

Hà Nội, 16/01/2024 - Báo cáo chuyển đổi số quốc gia tháng 12/2023 và cả năm 2023 vừa được Bộ Thông tin và Truyền thông tổng hợp, gửi Thủ tướng Chính phủ.

Năm 2023, tỷ trọng kinh tế số trong GDP ước đạt 16,5%; tốc độ tăng trưởng kinh tế số khoảng 20%. Cả năm 2023, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 43,7%; khối bộ, ngành đạt 65,8%, khối địa phương đạt 35,2%.

Tính đến ngày 31/12/2023, Cổng Dịch vụ công quốc gia có 11,5 triệu tài khoản đăng ký; lũy kế đã tiếp nhận 36,8 triệu hồ sơ trực tuyến và xử lý 17,4 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 9.650 tỷ đồng.

Về an toàn thông tin, năm 2023 ghi nhận 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022.

Trong bảng xếp hạng Chỉ số phát triển Chính phủ điện tử (EGDI) gần nhất do Liên Hợp Quốc công bố năm 2022, Việt Nam đứng thứ 86/193 quốc gia; Thái Lan xếp thứ 55.

Năm 2024, Bộ TT&TT phấn đấu tỷ lệ hồ sơ xử lý trực tuyến đạt trên 50%, tỷ trọng kinh tế số đạt 18% GDP.""",
        "2024-01-16",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
            ("online_dossier_rate", "national", "year", "2023-12-31", 43.7),
            ("online_dossier_rate", "ministries", "year", "2023-12-31", 65.8),
            ("online_dossier_rate", "localities", "year", "2023-12-31", 35.2),
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 11500000.0),
            ("national_portal_dossiers", "national", "as_of", "2023-12-31", 36800000.0),
            ("online_payments_count", "national", "as_of", "2023-12-31", 17400000.0),
            ("online_payments_value", "national", "as_of", "2023-12-31", 9650.0),
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 9. January 2024 report with a window crossing the year (21/12/2023-20/01/2024); December's attacks in brackets
    #    keep the calendar month. Traps: attack-type sub-counts after "trong đó".
    (
        """Kỳ báo cáo tháng 01/2024: tấn công mạng giảm nhẹ, NDXP tăng mạnh

Trong kỳ báo cáo tháng 01/2024 (từ ngày 21/12/2023 đến ngày 20/01/2024), tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 44,9%; các bộ, ngành đạt 66,1%, các địa phương đạt 37,6%.

Nền tảng NDXP trong kỳ ghi nhận 52,6 triệu giao dịch, trung bình 1,70 triệu giao dịch/ngày.

Trong kỳ, Trung tâm Giám sát an toàn không gian mạng quốc gia ghi nhận 1.021 cuộc tấn công mạng gây sự cố, giảm nhẹ so với tháng 12/2023 (1.128 cuộc); trong đó có 489 cuộc tấn công lừa đảo (phishing), 367 cuộc tấn công thay đổi giao diện (deface) và 165 cuộc tấn công cài mã độc (malware).""",
        "2024-02-07",
        [
            ("online_dossier_rate", "national", "month", "2024-01-20", 44.9),
            ("online_dossier_rate", "ministries", "month", "2024-01-20", 66.1),
            ("online_dossier_rate", "localities", "month", "2024-01-20", 37.6),
            ("ndxp_transactions_period", "national", "month", "2024-01-20", 52600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-01-20", 1700000.0),
            ("cyberattacks", "national", "month", "2024-01-20", 1021.0),
            ("cyberattacks", "national", "month", "2023-12-31", 1128.0),
        ],
    ),
    # 10. February 2024 report: share of online services with dossiers (January in brackets), levels at 29/02.
    #     Traps: -18,4% Tết drop, 12 reminder documents.
    (
        """Tháng 2/2024: Dịch vụ công trực tuyến vẫn duy trì tỷ lệ phát sinh hồ sơ cao dù nghỉ Tết

Theo Báo cáo chuyển đổi số quốc gia tháng 2/2024, do ảnh hưởng của kỳ nghỉ Tết Nguyên đán Giáp Thìn, số hồ sơ trực tuyến trong tháng giảm 18,4% so với tháng trước. Tuy vậy, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trong tháng 2/2024 vẫn đạt 51,3% (tháng 01/2024: 52,8%).

Tính đến ngày 29/02/2024, Cổng Dịch vụ công quốc gia có 12,1 triệu tài khoản đăng ký. Cũng tính đến ngày 29/02/2024, tỷ lệ thủ tục hành chính đủ điều kiện đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình đạt 86,7%; tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) là 74,6%.

Trong tháng, Bộ TT&TT đã có 12 văn bản đôn đốc các bộ, ngành, địa phương hoàn thành kết nối.""",
        "2024-03-08",
        [
            ("dvctt_with_dossiers_rate", "national", "month", "2024-02-29", 51.3),
            ("dvctt_with_dossiers_rate", "national", "month", "2024-01-31", 52.8),
            ("national_portal_accounts", "national", "as_of", "2024-02-29", 12100000.0),
            ("full_process_provision_rate", "national", "as_of", "2024-02-29", 86.7),
            ("emc_connection_rate", "national", "as_of", "2024-02-29", 74.6),
        ],
    ),
    # 11. March 2024 / Q1 report: quarter rates and portal flows, quarter satisfaction, adult usage level at quarter end.
    #     Traps: the 2024 target (80%), count of 22 ministries assessed.
    (
        """Quý I/2024: Tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 47,5%

Cập nhật lúc 10/04/2024 08:30 | Chuyển đổi số

Báo cáo chuyển đổi số quốc gia tháng 3/2024 cho biết, trong quý I/2024, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 47,5%; khối bộ, ngành đạt 69,7%, khối địa phương đạt 40,2%. Tỷ lệ hồ sơ trực tuyến toàn trình trong quý đạt 27,4%.

Trong quý I/2024, Cổng Dịch vụ công quốc gia ghi nhận 1,18 triệu tài khoản đăng ký mới; 5,6 triệu hồ sơ trực tuyến được nộp qua Cổng và 4,9 triệu giao dịch thanh toán trực tuyến với số tiền 2.870 tỷ đồng.

Tỷ lệ người dân, doanh nghiệp hài lòng trong việc tiếp nhận, giải quyết thủ tục hành chính quý I/2024 đạt 86,2%. Ước tính đến hết quý I/2024, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 43,5%.

Bộ chỉ số phục vụ người dân, doanh nghiệp đã đánh giá 22 bộ, cơ quan ngang bộ. Năm 2024, Chính phủ phấn đấu 80% thủ tục hành chính có đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.

Từ khóa: chuyển đổi số, dịch vụ công, báo cáo tháng""",
        "2024-04-10",
        [
            ("online_dossier_rate", "national", "quarter", "2024-03-31", 47.5),
            ("online_dossier_rate", "ministries", "quarter", "2024-03-31", 69.7),
            ("online_dossier_rate", "localities", "quarter", "2024-03-31", 40.2),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-03-31", 27.4),
            ("national_portal_accounts_new", "national", "quarter", "2024-03-31", 1180000.0),
            ("national_portal_dossiers_new", "national", "quarter", "2024-03-31", 5600000.0),
            ("online_payments_count_new", "national", "quarter", "2024-03-31", 4900000.0),
            ("online_payments_value_new", "national", "quarter", "2024-03-31", 2870.0),
            ("satisfaction_rate", "national", "quarter", "2024-03-31", 86.2),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-03-31", 43.5),
        ],
    ),
    # 12. April 2024 short item: online-procedure share with the full-process share after "trong đó" (another
    #     indicator: kept), cumulative portal dossiers "lũy kế đến nay" (page date). Traps: -0,5 points, a district's 9,7%.
    (
        """(Tin tức) Theo Báo cáo chuyển đổi số quốc gia tháng 4/2024, tính đến ngày 30/4/2024, tỷ lệ thủ tục hành chính được cung cấp trực tuyến trên tổng số thủ tục hành chính đạt 79,8%, trong đó tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 49,6%.

Tháng 4/2024, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 48,2%, giảm 0,5 điểm phần trăm so với tháng trước. Riêng huyện Mèo Vạc (Hà Giang), tỷ lệ hồ sơ trực tuyến mới đạt 9,7%.

Lũy kế đến nay, Cổng Dịch vụ công quốc gia đã tiếp nhận hơn 44,1 triệu hồ sơ trực tuyến.""",
        "2024-05-09",
        [
            ("dvctt_rate", "national", "as_of", "2024-04-30", 79.8),
            ("dvctt_full_process_rate", "national", "as_of", "2024-04-30", 49.6),
            ("online_dossier_rate", "national", "month", "2024-04-30", 48.2),
            ("national_portal_dossiers", "national", "as_of", "2024-05-09", 44100000.0),
        ],
    ),
    # 13. May 2024 report, infrastructure: Speedtest download speeds, FTTH share, fixed subscriptions per 100, Internet users.
    #     Traps: upload speeds (139,2 and 21,7), speed ranks 41 and 51, Singapore's 285,4 Mbps.
    (
        """Tốc độ Internet băng rộng cố định của Việt Nam tháng 5/2024 đạt 146,8 Mbps

Báo cáo chuyển đổi số quốc gia tháng 5/2024 dẫn số liệu của Speedtest cho thấy, tốc độ tải xuống trung vị của mạng băng rộng cố định tại Việt Nam trong tháng 5/2024 đạt 146,8 Mbps, xếp thứ 41 thế giới; tốc độ tải lên đạt 139,2 Mbps. Với băng rộng di động, tốc độ tải xuống trung vị tháng 5/2024 đạt 56,5 Mbps, xếp thứ 51; tốc độ tải lên là 21,7 Mbps. Singapore tiếp tục dẫn đầu về tốc độ băng rộng cố định với 285,4 Mbps.

Tính đến hết tháng 5/2024, tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 82,1%; số thuê bao băng rộng cố định trên 100 dân đạt 23,4. Cũng đến hết tháng 5/2024, tỷ lệ dân số sử dụng Internet ước đạt 79,1%.""",
        "2024-06-12",
        [
            ("fixed_broadband_speed", "national", "month", "2024-05-31", 146.8),
            ("mobile_broadband_speed", "national", "month", "2024-05-31", 56.5),
            ("ftth_household_rate", "national", "as_of", "2024-05-31", 82.1),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-05-31", 23.4),
            ("internet_users_rate", "national", "as_of", "2024-05-31", 79.1),
        ],
    ),
    # 14. June 2024 / half-year report: half flows and rates, levels at 30/6.
    #     Traps: plan for the second half (55%), VNPT's own security-audit count, -12,3% change.
    (
        """6 tháng đầu năm 2024: Cổng Dịch vụ công quốc gia có thêm 2,0 triệu tài khoản

10/07/2024 | Thanh Hà

Theo Báo cáo chuyển đổi số quốc gia tháng 6/2024, trong 6 tháng đầu năm 2024, Cổng Dịch vụ công quốc gia có thêm 2,0 triệu tài khoản đăng ký, nâng tổng số tài khoản tính đến ngày 30/6/2024 lên 13,5 triệu.

Tỷ lệ hồ sơ xử lý trực tuyến 6 tháng đầu năm đạt 48,6%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 76,9%.

Về an toàn thông tin mạng, 6 tháng đầu năm 2024 ghi nhận 4.127 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12,3% so với cùng kỳ. Tính đến ngày 30/6/2024, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 73,2%. Riêng VNPT đã thực hiện kiểm tra, đánh giá an toàn thông tin cho 1.350 hệ thống của khách hàng.

Kế hoạch 6 tháng cuối năm, Bộ TT&TT đặt mục tiêu nâng tỷ lệ hồ sơ xử lý trực tuyến lên 55%.""",
        "2024-07-10",
        [
            ("national_portal_accounts_new", "national", "half", "2024-06-30", 2000000.0),
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 13500000.0),
            ("online_dossier_rate", "national", "half", "2024-06-30", 48.6),
            ("e_result_rate", "national", "half", "2024-06-30", 76.9),
            ("cyberattacks", "national", "half", "2024-06-30", 4127.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-06-30", 73.2),
        ],
    ),
    # 15. July 2024 report: NDXP month with June in brackets, daily average, cumulative; VNeID/ID cards; dossiers with personal ID.
    #     Traps: +6% change, level-2 sub-count after "trong đó", the 60 triệu target.
    (
        """NDXP duy trì đà tăng giao dịch trong tháng 7/2024

Báo cáo chuyển đổi số quốc gia tháng 7/2024 cho biết, tháng 7/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 96,8 triệu giao dịch, tăng 6% so với tháng 6/2024 (91,3 triệu giao dịch); trung bình mỗi ngày có 3,12 triệu giao dịch. Lũy kế từ năm 2019 đến hết tháng 7/2024, NDXP đã xử lý khoảng 1,79 tỷ giao dịch.

Đến hết tháng 7/2024, hệ thống định danh và xác thực điện tử đã kích hoạt 56,2 triệu tài khoản định danh điện tử, trong đó hơn 48 triệu tài khoản mức độ 2; lực lượng công an đã cấp tổng cộng 86,7 triệu thẻ căn cước công dân gắn chip và thẻ căn cước. Bộ Công an phấn đấu đến cuối năm 2024 kích hoạt 60 triệu tài khoản.

Trong tháng 7/2024, tỷ lệ hồ sơ thủ tục hành chính có gắn mã định danh cá nhân đạt 91,4%.""",
        "2024-08-08",
        [
            ("ndxp_transactions_period", "national", "month", "2024-07-31", 96800000.0),
            ("ndxp_transactions_period", "national", "month", "2024-06-30", 91300000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-07-31", 3120000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-07-31", 1790000000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-07-31", 56200000.0),
            ("chip_id_cards_issued", "national", "as_of", "2024-07-31", 86700000.0),
            ("dossiers_with_personal_id_rate", "national", "month", "2024-07-31", 91.4),
        ],
    ),
    # 16. August 2024 report: full-process dossier and e-result rates split ministries/localities, July in brackets.
    #     Traps: a commune's 100%, the year-end target of 50%.
    (
        """Tháng 8/2024: Hồ sơ trực tuyến toàn trình của khối bộ, ngành tiếp tục tăng

Theo Báo cáo chuyển đổi số quốc gia tháng 8/2024, trong tháng 8/2024, tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành đạt 58,3% (tháng 7/2024: 56,9%), khối địa phương đạt 29,8% (tháng 7/2024: 28,7%). Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử trong tháng 8/2024 của khối bộ, ngành đạt 94,1%, khối địa phương đạt 78,6%.

Ở cấp xã, nhiều địa phương đã có bước tiến rõ rệt: xã Tân Hội (huyện Đức Trọng, Lâm Đồng) đạt 100% hồ sơ trực tuyến toàn trình trong tháng.

Bộ TT&TT đề nghị các địa phương phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%.""",
        "2024-09-10",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2024-08-31", 58.3),
            ("online_dossier_full_process_rate", "ministries", "month", "2024-07-31", 56.9),
            ("online_dossier_full_process_rate", "localities", "month", "2024-08-31", 29.8),
            ("online_dossier_full_process_rate", "localities", "month", "2024-07-31", 28.7),
            ("e_result_rate", "ministries", "month", "2024-08-31", 94.1),
            ("e_result_rate", "localities", "month", "2024-08-31", 78.6),
        ],
    ),
    # 17. September 2024 report: 9-month figures, monthly attacks with August in brackets, EGDI 2024 edition (year).
    #     Traps: +15 places, Malaysia's rank 39, +7,1 points.
    (
        """Chín tháng năm 2024: Tỷ lệ hồ sơ xử lý trực tuyến đạt 49,8%

(Chính phủ số) - Theo Báo cáo chuyển đổi số quốc gia tháng 9/2024, chín tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 49,8%, tăng 7,1 điểm phần trăm so với cùng kỳ; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 31,5%. Trong 9 tháng, Cổng Dịch vụ công quốc gia tiếp nhận 18,7 triệu hồ sơ trực tuyến; giá trị thanh toán trực tuyến qua Cổng đạt 8.950 tỷ đồng.

Tháng 9/2024, hệ thống giám sát ghi nhận 612 cuộc tấn công mạng gây sự cố (tháng 8/2024: 579 cuộc).

Ngày 17/9/2024, Liên Hợp Quốc công bố Khảo sát Chính phủ điện tử năm 2024: Chỉ số EGDI của Việt Nam xếp hạng 71/193, tăng 15 bậc so với năm 2022. Trong khu vực ASEAN, Malaysia xếp thứ 39.""",
        "2024-10-09",
        [
            ("online_dossier_rate", "national", "ytd", "2024-09-30", 49.8),
            ("data_reuse_rate", "national", "ytd", "2024-09-30", 31.5),
            ("national_portal_dossiers_new", "national", "ytd", "2024-09-30", 18700000.0),
            ("online_payments_value_new", "national", "ytd", "2024-09-30", 8950.0),
            ("cyberattacks", "national", "month", "2024-09-30", 612.0),
            ("cyberattacks", "national", "month", "2024-08-31", 579.0),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
        ],
    ),
    # 18. October 2024 report, 5G launch: national 5G station count, month and 10-month attacks, botnet level.
    #     Traps: Viettel's 6.500 stations (operator, after "trong đó"), Viettel's measured 1,1 Gbps, -7,4% change.
    (
        """Tháng 10/2024: Việt Nam chính thức có mạng 5G thương mại

08/11/2024 14:05

Ngày 15/10/2024, Viettel chính thức khai trương mạng 5G trên toàn quốc. Theo Báo cáo chuyển đổi số quốc gia tháng 10/2024, tính đến hết tháng 10/2024, cả nước có khoảng 7.700 trạm phát sóng 5G, trong đó Viettel có khoảng 6.500 trạm. Tốc độ tải xuống cao nhất đo được trên mạng 5G của Viettel đạt 1,1 Gbps.

Trong tháng 10/2024, hệ thống kỹ thuật ghi nhận 548 cuộc tấn công mạng gây sự cố; lũy kế 10 tháng năm 2024 là 6.426 cuộc, giảm 7,4% so với cùng kỳ. Số địa chỉ IP thuộc mạng botnet tính đến cuối tháng 10/2024 khoảng 640.000 địa chỉ.""",
        "2024-11-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-10-31", 7700.0),
            ("cyberattacks", "national", "month", "2024-10-31", 548.0),
            ("cyberattacks", "national", "ytd", "2024-10-31", 6426.0),
            ("botnet_ips", "national", "as_of", "2024-10-31", 640000.0),
        ],
    ),
    # 19. November 2024 report: 11-month (ytd) flows and rates, ministries/localities split, cumulative at 30/11.
    #     Traps: +7,5 points, 2025 target of 60%.
    (
        """Báo cáo chuyển đổi số quốc gia tháng 11/2024: Cổng Dịch vụ công quốc gia tiếp tục tăng mạnh số tài khoản

Trong 11 tháng năm 2024, Cổng Dịch vụ công quốc gia có thêm 3,4 triệu tài khoản đăng ký; tính đến ngày 30/11/2024, tổng số tài khoản đạt 14,9 triệu.

Tỷ lệ hồ sơ xử lý trực tuyến 11 tháng năm 2024 đạt 51,2%, tăng 7,5 điểm phần trăm so với cùng kỳ năm 2023; khối bộ, ngành đạt 72,6%, khối địa phương đạt 44,0%. Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính 11 tháng đạt 87,4%.

Năm 2025, Bộ TT&TT đề xuất mục tiêu tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 60%.""",
        "2024-12-10",
        [
            ("national_portal_accounts_new", "national", "ytd", "2024-11-30", 3400000.0),
            ("national_portal_accounts", "national", "as_of", "2024-11-30", 14900000.0),
            ("online_dossier_rate", "national", "ytd", "2024-11-30", 51.2),
            ("online_dossier_rate", "ministries", "ytd", "2024-11-30", 72.6),
            ("online_dossier_rate", "localities", "ytd", "2024-11-30", 44.0),
            ("satisfaction_rate", "national", "ytd", "2024-11-30", 87.4),
        ],
    ),
    # 20. Year-2024 review: year values and end-2024 levels. Traps: 2025 targets (20% GDP, 99% 5G coverage),
    #     "gấp 1,4 lần" derived comparison, e-commerce revenue (no id).
    (
        """Kinh tế số năm 2024 ước chiếm 18,3% GDP

14/01/2025 - Báo cáo chuyển đổi số quốc gia tháng 12/2024 cho biết, năm 2024, tỷ trọng kinh tế số trong GDP ước đạt 18,3%. Doanh thu thương mại điện tử bán lẻ ước đạt 25 tỷ USD.

Cả năm 2024, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 52,3%, gấp khoảng 1,4 lần năm 2022. Tính đến ngày 31/12/2024, Cổng Dịch vụ công quốc gia có 15,2 triệu tài khoản đăng ký.

Sau hơn hai tháng khai trương, tính đến hết năm 2024, cả nước đã có hơn 9.100 trạm 5G. Năm 2024 ghi nhận 7.426 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.

Năm 2025, ngành phấn đấu tỷ trọng kinh tế số đạt 20% GDP và vùng phủ 5G đạt 99% dân số.""",
        "2025-01-14",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("online_dossier_rate", "national", "year", "2024-12-31", 52.3),
            ("national_portal_accounts", "national", "as_of", "2024-12-31", 15200000.0),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 9100.0),
            ("cyberattacks", "national", "year", "2024-12-31", 7426.0),
        ],
    ),
    # 21. January 2025 report: many families in one page; December in brackets; portal flows; NDXP; attacks.
    #     Traps: Resolution 57 targets for 2030 (80%, 30% GDP), -1,3 points.
    (
        """BÁO CÁO CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 01/2025: NHIỀU CHỈ SỐ DUY TRÌ ĐÀ TĂNG

Thứ Tư, 12/02/2025

Theo Báo cáo chuyển đổi số quốc gia tháng 01/2025 của Bộ Thông tin và Truyền thông, tháng 01/2025, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 53,6% (tháng 12/2024: 54,9%), giảm 1,3 điểm phần trăm do trùng kỳ nghỉ Tết. Khối bộ, ngành đạt 74,2%, khối địa phương đạt 47,1%.

Trong tháng 01/2025, Cổng Dịch vụ công quốc gia có thêm 318.000 tài khoản; tiếp nhận 2,3 triệu hồ sơ trực tuyến; ghi nhận 1,9 triệu giao dịch thanh toán trực tuyến với số tiền 1.146 tỷ đồng.

Nền tảng NDXP tháng 01/2025 có 118,4 triệu giao dịch, trung bình 3,82 triệu giao dịch/ngày. Cũng trong tháng, hệ thống giám sát ghi nhận 531 cuộc tấn công mạng gây sự cố.

Nghị quyết số 57-NQ/TW đặt mục tiêu đến năm 2030, tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%, kinh tế số đạt tối thiểu 30% GDP.""",
        "2025-02-12",
        [
            ("online_dossier_rate", "national", "month", "2025-01-31", 53.6),
            ("online_dossier_rate", "national", "month", "2024-12-31", 54.9),
            ("online_dossier_rate", "ministries", "month", "2025-01-31", 74.2),
            ("online_dossier_rate", "localities", "month", "2025-01-31", 47.1),
            ("national_portal_accounts_new", "national", "month", "2025-01-31", 318000.0),
            ("national_portal_dossiers_new", "national", "month", "2025-01-31", 2300000.0),
            ("online_payments_count_new", "national", "month", "2025-01-31", 1900000.0),
            ("online_payments_value_new", "national", "month", "2025-01-31", 1146.0),
            ("ndxp_transactions_period", "national", "month", "2025-01-31", 118400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-01-31", 3820000.0),
            ("cyberattacks", "national", "month", "2025-01-31", 531.0),
        ],
    ),
    # 22. February 2025 report (published by the merged Ministry of Science and Technology): 5G coverage and stations,
    #     procedures level, full-process dossier share. Traps: MobiFone's 1.000 stations, South Korea's 95%.
    (
        """Tháng 2/2025: Vùng phủ sóng 5G đạt khoảng 26% dân số

Bộ Khoa học và Công nghệ (sau khi hợp nhất với Bộ Thông tin và Truyền thông từ ngày 01/3/2025) vừa phát hành Báo cáo chuyển đổi số quốc gia tháng 02/2025.

Theo báo cáo, đến hết tháng 02/2025, tỷ lệ dân số được phủ sóng 5G đạt khoảng 26%; cả nước có 11.460 trạm 5G. MobiFone dự kiến lắp đặt 1.000 trạm 5G trong quý II. Để so sánh, vùng phủ 5G của Hàn Quốc đã đạt khoảng 95% dân số.

Tính đến hết tháng 02/2025, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 53,4%. Trong tháng 02/2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 36,2%.""",
        "2025-03-11",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-02-28", 26.0),
            ("fiveg_bts_count", "national", "as_of", "2025-02-28", 11460.0),
            ("dvctt_full_process_rate", "national", "as_of", "2025-02-28", 53.4),
            ("online_dossier_full_process_rate", "national", "month", "2025-02-28", 36.2),
        ],
    ),
    # 23. March 2025 / Q1 report: quarter NDXP flow and daily average, cumulative NDXP, quarter attacks and dossier rate,
    #     quarter digital-economy share. Traps: the 2025 target (20%), the ICT-industry revenue (no id), +5,4% change.
    (
        """Quý I/2025: giao dịch qua NDXP tiếp tục tăng

Báo cáo chuyển đổi số quốc gia tháng 3/2025 cho thấy, trong quý I/2025, Nền tảng NDXP ghi nhận 354,3 triệu giao dịch, bình quân 3,94 triệu giao dịch mỗi ngày. Lũy kế từ năm 2019 đến hết quý I/2025, tổng số giao dịch qua NDXP đạt khoảng 2,67 tỷ.

Tỷ lệ hồ sơ xử lý trực tuyến toàn quốc quý I/2025 đạt 54,8%. Trong quý I/2025 ghi nhận 1.512 cuộc tấn công mạng gây sự cố, giảm 5,4% so với quý IV/2024.

Kinh tế số quý I/2025 ước chiếm khoảng 18,7% GDP; doanh thu công nghiệp công nghệ số quý I ước đạt 1.125 nghìn tỷ đồng. Mục tiêu năm 2025 là kinh tế số đạt 20% GDP.""",
        "2025-04-10",
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 354300000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 3940000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-03-31", 2670000000.0),
            ("online_dossier_rate", "national", "quarter", "2025-03-31", 54.8),
            ("cyberattacks", "national", "quarter", "2025-03-31", 1512.0),
            ("digital_economy_gdp_share", "national", "quarter", "2025-03-31", 18.7),
        ],
    ),
    # 24. April 2025 report, speeds after 5G: mobile speed with March in brackets, fixed speed, subscription counts.
    #     Traps: mobile upload 33,8 Mbps, rank 25, Viettel's 5G 452 Mbps (operator).
    (
        """Tốc độ di động Việt Nam tăng vọt nhờ 5G

12/05/2025 | Hạ tầng số

Báo cáo chuyển đổi số quốc gia tháng 4/2025 dẫn dữ liệu Speedtest của Ookla cho biết, tháng 4/2025, tốc độ tải xuống trung vị băng rộng di động của Việt Nam đạt 128,9 Mbps (tháng 3/2025: 109,4 Mbps), lần đầu lọt vào top 25 thế giới; băng rộng cố định đạt 181,6 Mbps. Tốc độ tải lên trên mạng di động đạt 33,8 Mbps.

Theo hệ thống đo kiểm i-Speed của VNNIC, tốc độ tải xuống trung bình trên mạng 5G của Viettel đạt 452 Mbps.

Tính đến hết tháng 4/2025, số thuê bao băng rộng di động đạt 88,9 triệu; số thuê bao sử dụng điện thoại thông minh đạt 80,2 triệu.""",
        "2025-05-12",
        [
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 128.9),
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 109.4),
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 181.6),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-04-30", 88900000.0),
            ("smartphone_subscriptions", "national", "as_of", "2025-04-30", 80200000.0),
        ],
    ),
    # 25. May 2025 report, Đề án 06: essential services "70/76", VNeID and ID cards at 31/5, personal-ID dossier share.
    #     Traps: "6 dịch vụ còn lại" (remainder), 4 services planned for June.
    (
        """Đề án 06: 70/76 dịch vụ công thiết yếu đã được cung cấp trực tuyến toàn trình

Theo Báo cáo chuyển đổi số quốc gia tháng 5/2025, tính đến ngày 31/5/2025, 70/76 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình; 6 dịch vụ còn lại đang được các bộ, ngành hoàn thiện quy trình. Dự kiến trong tháng 6 sẽ tích hợp thêm 4 dịch vụ lên Cổng Dịch vụ công quốc gia.

Cũng tính đến ngày 31/5/2025, hệ thống đã kích hoạt 61,4 triệu tài khoản định danh điện tử; cấp 89,2 triệu thẻ căn cước. Trong tháng 5/2025, tỷ lệ hồ sơ thủ tục hành chính có gắn số định danh cá nhân đạt 95,6%.""",
        "2025-06-11",
        [
            ("essential_services_full_process", "national", "as_of", "2025-05-31", 70.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-05-31", 61400000.0),
            ("chip_id_cards_issued", "national", "as_of", "2025-05-31", 89200000.0),
            ("dossiers_with_personal_id_rate", "national", "month", "2025-05-31", 95.6),
        ],
    ),
    # 26. June 2025 / half-year report around the provincial merger: half rates, split, flows, cumulative at 30/6.
    #     Traps: counts of 34 provinces and 3.321 communes, the second-half plan (65%).
    (
        """Sáu tháng đầu năm 2025: 57,8% hồ sơ được xử lý trực tuyến

Theo Báo cáo chuyển đổi số quốc gia tháng 6/2025 của Bộ Khoa học và Công nghệ, 6 tháng đầu năm 2025, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 57,8%; khối bộ, ngành đạt 78,3%, khối địa phương đạt 50,6%. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,7%.

Trong 6 tháng, Cổng Dịch vụ công quốc gia có thêm 1,9 triệu tài khoản, nâng tổng số lên 17,1 triệu tài khoản tính đến ngày 30/6/2025. Hệ thống giám sát ghi nhận 2.893 cuộc tấn công mạng gây sự cố trong 6 tháng đầu năm.

Từ ngày 01/7/2025, cả nước có 34 tỉnh, thành phố với 3.321 đơn vị hành chính cấp xã. Kế hoạch 6 tháng cuối năm đặt mục tiêu tỷ lệ hồ sơ xử lý trực tuyến đạt 65%.""",
        "2025-07-10",
        [
            ("online_dossier_rate", "national", "half", "2025-06-30", 57.8),
            ("online_dossier_rate", "ministries", "half", "2025-06-30", 78.3),
            ("online_dossier_rate", "localities", "half", "2025-06-30", 50.6),
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 41.7),
            ("national_portal_accounts_new", "national", "half", "2025-06-30", 1900000.0),
            ("national_portal_accounts", "national", "as_of", "2025-06-30", 17100000.0),
            ("cyberattacks", "national", "half", "2025-06-30", 2893.0),
        ],
    ),
    # 27. July 2025 report, first month of two-level local government: month rates with June in brackets, portal flows.
    #     Traps: a ward's 96%, +2,8 points, 1.200 commune officials trained.
    (
        """Tháng đầu vận hành chính quyền địa phương hai cấp: 61,2% hồ sơ xử lý trực tuyến

Thứ Ba, 12/08/2025 07:40

Báo cáo chuyển đổi số quốc gia tháng 7/2025 cho biết, trong tháng 7/2025, tháng đầu tiên vận hành mô hình chính quyền địa phương hai cấp, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 61,2% (tháng 6/2025: 58,4%), tăng 2,8 điểm phần trăm.

Trong tháng 7/2025, Cổng Dịch vụ công quốc gia tiếp nhận 3,8 triệu hồ sơ trực tuyến; ghi nhận 2,6 triệu giao dịch thanh toán trực tuyến với số tiền 1.720 tỷ đồng.

Ở cấp xã, phường Hoàn Kiếm (Hà Nội) đạt 96% hồ sơ trực tuyến. Bộ Khoa học và Công nghệ đã phối hợp tập huấn cho hơn 1.200 cán bộ cấp xã về sử dụng hệ thống thông tin giải quyết thủ tục hành chính.""",
        "2025-08-12",
        [
            ("online_dossier_rate", "national", "month", "2025-07-31", 61.2),
            ("online_dossier_rate", "national", "month", "2025-06-30", 58.4),
            ("national_portal_dossiers_new", "national", "month", "2025-07-31", 3.8e6),
            ("online_payments_count_new", "national", "month", "2025-07-31", 2600000.0),
            ("online_payments_value_new", "national", "month", "2025-07-31", 1720.0),
        ],
    ),
    # 28. August 2025 report: 5G stations and coverage, dead-zone village level ("còn ... thôn": kept), village coverage share.
    #     Traps: Viettel's 15.000 stations, the 30.000 year-end plan, 5G upload speed.
    (
        """Đến hết tháng 8/2025, 5G phủ sóng 89,6% dân số

Theo Báo cáo chuyển đổi số quốc gia tháng 8/2025, tính đến hết tháng 8/2025, cả nước có 27.640 trạm 5G; tỷ lệ dân số được phủ sóng 5G đạt 89,6%. Riêng Viettel đã lắp đặt hơn 15.000 trạm. Các doanh nghiệp dự kiến đến cuối năm 2025 nâng tổng số trạm 5G lên 30.000 trạm. Tốc độ tải lên trung bình trên mạng 5G đạt khoảng 95 Mbps.

Cũng đến hết tháng 8/2025, cả nước còn 1.215 thôn, bản chưa được phủ sóng di động băng rộng; tỷ lệ thôn, bản được phủ sóng di động băng rộng đạt 98,2%.""",
        "2025-09-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-08-31", 27640.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-08-31", 89.6),
            ("villages_without_mobile_coverage", "national", "as_of", "2025-08-31", 1215.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-08-31", 98.2),
        ],
    ),
    # 29. September 2025 report: 9-month NDXP flow and daily average, ytd dossier rate and payment counts,
    #     dead-zone villages covered share. Traps: +12% change, 2026 plan.
    (
        """Chín tháng năm 2025: NDXP ghi nhận hơn 1,08 tỷ giao dịch

09/10/2025 | Kinh tế số

Báo cáo chuyển đổi số quốc gia tháng 9/2025 cho biết, 9 tháng đầu năm 2025, Nền tảng NDXP ghi nhận hơn 1,08 tỷ giao dịch, trung bình 3,95 triệu giao dịch mỗi ngày. Tỷ lệ hồ sơ xử lý trực tuyến 9 tháng đạt 59,7%; số giao dịch thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia đạt 19,6 triệu giao dịch, tăng 12% so với cùng kỳ.

Tính đến hết tháng 9/2025, tỷ lệ thôn, bản lõm sóng có điện lưới đã được phủ sóng di động băng rộng đạt 79,4%. Năm 2026, Bộ Khoa học và Công nghệ dự kiến xóa toàn bộ vùng lõm sóng.""",
        "2025-10-09",
        [
            ("ndxp_transactions_period", "national", "ytd", "2025-09-30", 1080000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-09-30", 3950000.0),
            ("online_dossier_rate", "national", "ytd", "2025-09-30", 59.7),
            ("online_payments_count_new", "national", "ytd", "2025-09-30", 19600000.0),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2025-09-30", 79.4),
        ],
    ),
    # 30. Đà Nẵng's own monthly report: province values (breakdown Đà Nẵng) with September in brackets, plus a national
    #     average for the same month (kept as national). Traps: two districts' rates, the 2025 target of 85%.
    (
        """Đà Nẵng: Tháng 10/2024, tỷ lệ hồ sơ xử lý trực tuyến đạt 81,6%

(ĐN) - Sở Thông tin và Truyền thông thành phố Đà Nẵng vừa có báo cáo tình hình chuyển đổi số tháng 10/2024. Theo đó, trong tháng 10/2024, tỷ lệ hồ sơ xử lý trực tuyến trên địa bàn thành phố đạt 81,6% (tháng 9/2024: 80,3%), trong khi bình quân cả nước tháng 10/2024 đạt 50,4%. Tỷ lệ hồ sơ trực tuyến toàn trình của thành phố trong tháng đạt 62,7%.

Một số địa phương cấp huyện có tỷ lệ cao như quận Hải Châu đạt 92,4%; huyện Hòa Vang đạt 71,5%.

Tính đến hết tháng 10/2024, tỷ lệ hộ gia đình trên địa bàn Đà Nẵng sử dụng Internet cáp quang băng rộng đạt 90,2%. Thành phố phấn đấu đến năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 85%.""",
        "2024-11-06",
        [
            ("online_dossier_rate", "Đà Nẵng", "month", "2024-10-31", 81.6),
            ("online_dossier_rate", "Đà Nẵng", "month", "2024-09-30", 80.3),
            ("online_dossier_rate", "national", "month", "2024-10-31", 50.4),
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2024-10-31", 62.7),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2024-10-31", 90.2),
        ],
    ),
    # 31. Thừa Thiên Huế province page for May 2024. Traps: Hue-S app users (no id), a city ward's 100%, +3,5 points.
    (
        """Thừa Thiên Huế: Chuyển đổi số tháng 5/2024 tiếp tục chuyển biến tích cực

07/06/2024

Theo báo cáo của Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế, trong tháng 5/2024, tỷ lệ hồ sơ xử lý trực tuyến trên địa bàn tỉnh đạt 76,2%, tăng 3,5 điểm phần trăm so với tháng trước. Tỷ lệ người dân, tổ chức hài lòng với việc giải quyết thủ tục hành chính của tỉnh trong tháng 5/2024 đạt 96,1%.

Tính đến ngày 31/5/2024, tỷ lệ thủ tục hành chính của tỉnh được cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 54,3%.

Ứng dụng Hue-S hiện có hơn 1,2 triệu lượt tải, trở thành nền tảng tương tác chính giữa chính quyền và người dân. Phường Phú Hội (thành phố Huế) đạt 100% hồ sơ trực tuyến.""",
        "2024-06-07",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "month", "2024-05-31", 76.2),
            ("satisfaction_rate", "Thừa Thiên Huế", "month", "2024-05-31", 96.1),
            ("dvctt_full_process_rate", "Thừa Thiên Huế", "as_of", "2024-05-31", 54.3),
        ],
    ),
    # 32. Quảng Ninh, half-year 2024: the province's dossier rates and digital economy share of GRDP (province breakdown).
    #     Traps: Hạ Long city's 95%, 2025 target of 20% GRDP, 300 enterprises trained.
    (
        """Quảng Ninh: Kinh tế số 6 tháng đầu năm 2024 chiếm 10,2% GRDP

15/07/2024 | Báo Quảng Ninh

6 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến trên địa bàn tỉnh Quảng Ninh đạt 87,3%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,5%. Kinh tế số 6 tháng đầu năm ước chiếm 10,2% GRDP của tỉnh.

Trong đó, thành phố Hạ Long dẫn đầu với tỷ lệ hồ sơ trực tuyến đạt 95%. Tỉnh đã hỗ trợ hơn 300 doanh nghiệp nhỏ và vừa chuyển đổi số.

Quảng Ninh phấn đấu đến năm 2025 kinh tế số chiếm 20% GRDP.""",
        "2024-07-15",
        [
            ("online_dossier_rate", "Quảng Ninh", "half", "2024-06-30", 87.3),
            ("online_dossier_full_process_rate", "Quảng Ninh", "half", "2024-06-30", 68.5),
            ("digital_economy_gdp_share", "Quảng Ninh", "half", "2024-06-30", 10.2),
        ],
    ),
    # 33. National Portal statistics box saved without a date: the text dates itself (30/4/2024); cumulative levels
    #     and April flows in exact figures.
    (
        """SỐ LIỆU CỔNG DỊCH VỤ CÔNG QUỐC GIA
(Cập nhật đến 17h00 ngày 30/4/2024)

Tài khoản đăng ký: 12.845.311
Hồ sơ trực tuyến thực hiện từ Cổng: 43.962.118
Giao dịch thanh toán trực tuyến: 24.316.905
Số tiền đã thanh toán: 13.275 tỷ đồng

Trong tháng 4/2024:
- Tài khoản đăng ký mới: 341.208
- Hồ sơ trực tuyến tiếp nhận: 1.904.552
- Giao dịch thanh toán trực tuyến: 1.688.430""",
        None,
        [
            ("national_portal_accounts", "national", "as_of", "2024-04-30", 12845311.0),
            ("national_portal_dossiers", "national", "as_of", "2024-04-30", 43962118.0),
            ("online_payments_count", "national", "as_of", "2024-04-30", 24316905.0),
            ("online_payments_value", "national", "as_of", "2024-04-30", 13275.0),
            ("national_portal_accounts_new", "national", "month", "2024-04-30", 341208.0),
            ("national_portal_dossiers_new", "national", "month", "2024-04-30", 1904552.0),
            ("online_payments_count_new", "national", "month", "2024-04-30", 1688430.0),
        ],
    ),
    # 34. Committee office notice without sidecar date; the dateline (12/01/2024) is the cut-off for "đến nay".
    #     Traps: 3 meetings, "8 dịch vụ còn lại", the plan to finish by June 2024.
    (
        """VĂN PHÒNG ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ

Hà Nội, ngày 12 tháng 01 năm 2024

THÔNG BÁO
Tình hình triển khai chuyển đổi số quốc gia tháng 12/2023

Năm 2023, Ủy ban Quốc gia về chuyển đổi số đã tổ chức 3 phiên họp toàn thể. Trong tháng 12/2023, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 46,0%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 78,1%.

Đến nay, 45/53 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình; 8 dịch vụ còn lại đề nghị các bộ, ngành hoàn thành trước tháng 6/2024. Đến nay, 63/63 địa phương đã kết nối Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh với Cổng Dịch vụ công quốc gia.""",
        None,
        [
            ("online_dossier_rate", "national", "month", "2023-12-31", 46.0),
            ("e_result_rate", "national", "month", "2023-12-31", 78.1),
            ("essential_services_full_process", "national", "as_of", "2024-01-12", 45.0),
        ],
    ),
    # 35. Cyberattacks article on the February 2024 figures: month, ytd to February, botnet level, approval share.
    #     Traps: -40,2% change, Kaspersky's global 411.000 files (vendor/another scope), the 2024 target (100%).
    (
        """Tấn công mạng vào hệ thống thông tin Việt Nam giảm mạnh trong tháng 2/2024

05/03/2024 16:12

Số liệu của Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) nêu trong Báo cáo chuyển đổi số quốc gia tháng 2/2024 cho thấy, trong tháng 2/2024 có 611 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 40,2% so với tháng 1. Lũy kế từ đầu năm đến hết tháng 2/2024 là 1.632 cuộc.

Số địa chỉ IP của Việt Nam thuộc mạng botnet tính đến cuối tháng 2/2024 khoảng 692.000 địa chỉ. Tính đến hết tháng 2/2024, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 67,8%; Bộ TT&TT đặt mục tiêu đạt 100% trong năm 2024.

Theo hãng bảo mật Kaspersky, mỗi ngày trên toàn cầu xuất hiện khoảng 411.000 tệp độc hại mới.""",
        "2024-03-05",
        [
            ("cyberattacks", "national", "month", "2024-02-29", 611.0),
            ("cyberattacks", "national", "ytd", "2024-02-29", 1632.0),
            ("botnet_ips", "national", "as_of", "2024-02-29", 692000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-02-29", 67.8),
        ],
    ),
    # 36. NDXP year-2024 article: year flow and daily average, December flow, cumulative and connection points at 31/12.
    #     Traps: Hà Nội's LGSP (another platform), "gấp hơn 2 lần" comparison.
    (
        """NDXP năm 2024: hơn 1,04 tỷ giao dịch, gấp hơn 2 lần năm 2023

08/01/2025 | Chính phủ số

Theo số liệu tổng hợp trong Báo cáo chuyển đổi số quốc gia tháng 12/2024, năm 2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận hơn 1,04 tỷ giao dịch, trung bình mỗi ngày khoảng 2,84 triệu giao dịch. Riêng tháng 12/2024 đạt 112,5 triệu giao dịch.

Lũy kế từ năm 2019 đến hết năm 2024, tổng số giao dịch qua NDXP đạt khoảng 2,31 tỷ. Tính đến ngày 31/12/2024, NDXP có 283 điểm kết nối tới các hệ thống thông tin, cơ sở dữ liệu.

Ở cấp tỉnh, nền tảng tích hợp, chia sẻ dữ liệu (LGSP) của Hà Nội xử lý khoảng 45 triệu giao dịch trong năm.""",
        "2025-01-08",
        [
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 1040000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-12-31", 2840000.0),
            ("ndxp_transactions_period", "national", "month", "2024-12-31", 112500000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-31", 2310000000.0),
            ("ndxp_connection_points", "national", "as_of", "2024-12-31", 283.0),
        ],
    ),
    # 37. i-Speed article for May 2023: national download speeds. Traps: Viettel's 106,2 Mbps (operator),
    #     upload speeds, Thailand's 205 Mbps.
    (
        """Tháng 5/2023: Tốc độ Internet cố định trung bình đạt 92,4 Mbps

14/06/2023 - Theo số liệu đo kiểm từ hệ thống i-Speed của Trung tâm Internet Việt Nam (VNNIC) được tổng hợp vào Báo cáo chuyển đổi số quốc gia tháng 5/2023, tháng 5/2023, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Việt Nam đạt 92,4 Mbps; mạng băng rộng di động đạt 43,7 Mbps.

Trong các doanh nghiệp, Viettel dẫn đầu về tốc độ băng rộng cố định với 106,2 Mbps. Tốc độ tải lên của mạng cố định đạt 88,9 Mbps, mạng di động đạt 19,3 Mbps. Cùng thời điểm, tốc độ băng rộng cố định của Thái Lan đạt 205 Mbps.""",
        "2023-06-14",
        [
            ("fixed_broadband_speed", "national", "month", "2023-05-31", 92.4),
            ("mobile_broadband_speed", "national", "month", "2023-05-31", 43.7),
        ],
    ),
    # 38. 5G article built on the March 2025 report: national station count and coverage at 31/3/2025.
    #     Traps: three operators' station counts (Viettel, VNPT, MobiFone), 99% target.
    (
        """Mạng 5G đã phủ sóng gần một phần ba dân số

22/04/2025 09:15 | Viễn thông

Theo Báo cáo chuyển đổi số quốc gia tháng 3/2025, tính đến ngày 31/3/2025, cả nước có 13.640 trạm 5G, tỷ lệ dân số được phủ sóng 5G đạt 30,5%. Trong số này, Viettel có 9.200 trạm, VNPT có 3.900 trạm và MobiFone có 540 trạm.

Theo Bộ Khoa học và Công nghệ, mục tiêu đến cuối năm 2025 vùng phủ sóng 5G đạt 99% dân số.

Tin liên quan:
- Giá cước 5G: nhà mạng nào rẻ nhất?
- Hướng dẫn kiểm tra điện thoại có hỗ trợ 5G""",
        "2025-04-22",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 13640.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 30.5),
        ],
    ),
    # 39. Đề án 06 press item on the December 2023 figures: levels at 31/12/2023, year share of dossiers with personal ID.
    #     Traps: a district's 5,2% dossier figure, the 2024 target (60 triệu).
    (
        """Đề án 06 năm 2023: tài khoản định danh điện tử tăng mạnh

10/01/2024 - Theo Báo cáo chuyển đổi số quốc gia tháng 12/2023, tính đến ngày 31/12/2023, hệ thống định danh và xác thực điện tử đã kích hoạt 45,6 triệu tài khoản; lực lượng công an đã cấp 84,3 triệu thẻ căn cước công dân gắn chip. Tính đến cùng thời điểm, 44/53 dịch vụ công thiết yếu đã được cung cấp trực tuyến toàn trình.

Năm 2023, tỷ lệ hồ sơ thủ tục hành chính có gắn số định danh cá nhân đạt 82,7%. Tại huyện Bảo Lâm (Cao Bằng), tỷ lệ này mới đạt 5,2%.

Năm 2024, Bộ Công an đặt mục tiêu kích hoạt 60 triệu tài khoản định danh điện tử.""",
        "2024-01-10",
        [
            ("vneid_activated_accounts", "national", "as_of", "2023-12-31", 45600000.0),
            ("chip_id_cards_issued", "national", "as_of", "2023-12-31", 84300000.0),
            ("essential_services_full_process", "national", "as_of", "2023-12-31", 44.0),
            ("dossiers_with_personal_id_rate", "national", "year", "2023-12-31", 82.7),
        ],
    ),
    # 40. Bulletin "Điểm tin" saved without a date; every line dates itself (June 2025), May in brackets.
    #     Traps: the 2025 target, 58 documents issued.
    (
        """ĐIỂM TIN CHUYỂN ĐỔI SỐ THÁNG 6/2025

• Tỷ lệ hồ sơ xử lý trực tuyến tháng 6/2025: 58,4%.
• Giao dịch qua NDXP tháng 6/2025: 124,7 triệu giao dịch; trung bình 4,16 triệu giao dịch/ngày.
• Tấn công mạng gây sự cố tháng 6/2025: 412 cuộc (tháng 5/2025: 455 cuộc).
• Tài khoản định danh điện tử đã kích hoạt (đến ngày 30/6/2025): 62,1 triệu.
• Mục tiêu năm 2025: 100% dịch vụ công trực tuyến đủ điều kiện được cung cấp toàn trình.
• Số văn bản chỉ đạo, điều hành về chuyển đổi số ban hành trong tháng: 58.""",
        None,
        [
            ("online_dossier_rate", "national", "month", "2025-06-30", 58.4),
            ("ndxp_transactions_period", "national", "month", "2025-06-30", 124700000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 4160000.0),
            ("cyberattacks", "national", "month", "2025-06-30", 412.0),
            ("cyberattacks", "national", "month", "2025-05-31", 455.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-06-30", 62.1e6),
        ],
    ),
    # 41. Service-index ranking for August 2024: localities' average (kept), one province's own rate (kept with its name).
    #     Traps: one ministry's (Bộ Tư pháp) score, one agency's 99,8%, index scores out of 100.
    (
        """Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 8/2024: Quảng Ninh tiếp tục dẫn đầu

19/09/2024 | Cải cách hành chính

Theo kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công tháng 8/2024 được công bố trên Cổng Dịch vụ công quốc gia, khối bộ, ngành có điểm bình quân 71,2/100; Bộ Tư pháp đạt 82,5/100 điểm, dẫn đầu khối. Bảo hiểm xã hội Việt Nam có tỷ lệ hồ sơ xử lý trực tuyến đạt 99,8%.

Ở khối địa phương, tỷ lệ hồ sơ xử lý trực tuyến bình quân trong tháng 8/2024 đạt 43,5%. Quảng Ninh dẫn đầu với 88,7/100 điểm; tỷ lệ hồ sơ xử lý trực tuyến của Quảng Ninh tháng 8/2024 đạt 89,1%.""",
        "2024-09-19",
        [
            ("online_dossier_rate", "localities", "month", "2024-08-31", 43.5),
            ("online_dossier_rate", "Quảng Ninh", "month", "2024-08-31", 89.1),
        ],
    ),
    # 42. Digital economy article on the half-year 2025 report: half share and growth (growth IS the indicator).
    #     Traps: e-Conomy SEA GMV 36 tỷ USD (survey/vendor), +16%, Indonesia's 90 tỷ USD, the 2025 target of 20%.
    (
        """Kinh tế số 6 tháng đầu năm 2025 ước chiếm 18,8% GDP

08/07/2025

Báo cáo chuyển đổi số quốc gia tháng 6/2025 cho biết, 6 tháng đầu năm 2025, kinh tế số ước chiếm 18,8% GDP; tốc độ tăng trưởng kinh tế số 6 tháng ước đạt 21,4%.

Theo báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company, tổng giá trị hàng hóa (GMV) của kinh tế số Việt Nam năm 2024 đạt 36 tỷ USD, tăng 16%; Indonesia vẫn là thị trường lớn nhất khu vực với 90 tỷ USD.

Mục tiêu năm 2025, kinh tế số đạt 20% GDP.""",
        "2025-07-08",
        [
            ("digital_economy_gdp_share", "national", "half", "2025-06-30", 18.8),
            ("digital_economy_growth", "national", "half", "2025-06-30", 21.4),
        ],
    ),
    # 43. Report-style table for March 2025 with a previous-month column and a plan column: column headers date the values.
    #     Traps: the "Kế hoạch năm 2025" column (targets).
    (
        """Bảng 1. Một số chỉ tiêu chuyển đổi số quốc gia chủ yếu (trích Báo cáo chuyển đổi số quốc gia tháng 3/2025)

Chỉ tiêu | Tháng 3/2025 | Tháng 2/2025 | Kế hoạch năm 2025
Tỷ lệ hồ sơ xử lý trực tuyến (%) | 55,9 | 54,7 | 60
Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 38,1 | 36,2 | 45
Tài khoản đăng ký mới trên Cổng Dịch vụ công quốc gia (tài khoản) | 412.506 | 356.120 | -
Giao dịch qua NDXP (triệu giao dịch) | 128,3 | 107,6 | -
Tấn công mạng gây sự cố (cuộc) | 503 | 478 | -

Nguồn: Bộ Khoa học và Công nghệ.""",
        "2025-04-09",
        [
            ("online_dossier_rate", "national", "month", "2025-03-31", 55.9),
            ("online_dossier_rate", "national", "month", "2025-02-28", 54.7),
            ("online_dossier_full_process_rate", "national", "month", "2025-03-31", 38.1),
            ("online_dossier_full_process_rate", "national", "month", "2025-02-28", 36.2),
            ("national_portal_accounts_new", "national", "month", "2025-03-31", 412506.0),
            ("national_portal_accounts_new", "national", "month", "2025-02-28", 356120.0),
            ("ndxp_transactions_period", "national", "month", "2025-03-31", 128300000.0),
            ("ndxp_transactions_period", "national", "month", "2025-02-28", 107600000.0),
            ("cyberattacks", "national", "month", "2025-03-31", 503.0),
            ("cyberattacks", "national", "month", "2025-02-28", 478.0),
        ],
    ),
]
