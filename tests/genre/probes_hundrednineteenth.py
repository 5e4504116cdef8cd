"""Genre probes, round 119: the 2022–2023 era (monthly press summaries, year-end conferences, provincial reviews; the era's wording and number forms), written blind.

First reading (the stop's start code 15b33c0 read it): 138 of 141 right, 138 of 141 found (0.98 / 0.98). Fitted after that reading (stop 45): "trong năm" right before its verb as the year reviewed, villages covered ("phủ sóng cho … thôn lõm sóng"), bodies counted at a full mark: 139 of 139, 139 of 141. Left: a province's e-results rate and online services' share named only by the page.
"""

CASES = [
    # 1. ICTnews-style summary of the MIC report for November 2022: month rate with ministries/localities
    # split, portal accounts level + month flow, NDXP month/daily/cumulative. Traps: +2,1 points, 50% target.
    (
        """Tháng 11/2022: Tỷ lệ hồ sơ xử lý trực tuyến cả nước đạt 32,4%

ICTnews - Bộ Thông tin và Truyền thông vừa công bố báo cáo tình hình chuyển đổi số tháng 11/2022, ghi nhận một số chỉ tiêu về dịch vụ công trực tuyến tiếp tục được cải thiện, dù còn cách xa mục tiêu đề ra.

Theo báo cáo, trong tháng 11/2022, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 32,4%, tăng 2,1 điểm phần trăm so với tháng trước. Khối bộ, ngành đạt 45,1%; khối địa phương đạt 28,7%. Con số này vẫn còn khoảng cách khá lớn so với mục tiêu 50% hồ sơ được xử lý trực tuyến trong năm 2022.

Đối với Cổng Dịch vụ công quốc gia (Cổng DVCQG), tính đến ngày 30/11/2022, Cổng đã có hơn 7,3 triệu tài khoản đăng ký; riêng trong tháng 11 có thêm khoảng 310 nghìn tài khoản mới.

Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) trong tháng 11 ghi nhận 67,5 triệu giao dịch, bình quân mỗi ngày khoảng 2,25 triệu giao dịch. Tính đến hết tháng 11/2022, tổng số giao dịch qua NDXP kể từ khi khai trương năm 2019 đạt khoảng 1,02 tỷ giao dịch.

Bộ TT&TT cho biết sẽ tiếp tục đôn đốc các bộ, ngành, địa phương rà soát, tái cấu trúc quy trình để nâng chất lượng dịch vụ công trực tuyến trong tháng cuối năm.

Minh Thư""",
        "2022-12-08",
        [
            ("online_dossier_rate", "national", "month", "2022-11-30", 32.4),
            ("online_dossier_rate", "ministries", "month", "2022-11-30", 45.1),
            ("online_dossier_rate", "localities", "month", "2022-11-30", 28.7),
            ("national_portal_accounts", "national", "as_of", "2022-11-30", 7300000.0),
            ("national_portal_accounts_new", "national", "month", "2022-11-30", 310000.0),
            ("ndxp_transactions_period", "national", "month", "2022-11-30", 67500000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2022-11-30", 2250000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2022-11-30", 1020000000.0),
        ],
    ),
    # 2. Provincial newspaper (Quảng Ninh), year-end 2022 conference: "mức độ 3, 4" dossier rate, "mức độ 4"
    # over eligible procedures, GRDP share, coverage and FTTH levels at year end.
    # Traps: +8,3 points, Hạ Long city's 91,4%, 2023 targets (15% GRDP, 90%).
    (
        """Quảng Ninh: Chuyển đổi số tạo nền tảng cho cải cách hành chính

Thứ Ba, 10/01/2023 - 15:42

Baoquangninh.vn - Sáng 9/1, Sở Thông tin và Truyền thông tổ chức hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023.

Năm 2022, tỉnh tiếp tục duy trì 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến mức độ 4. Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến mức độ 3, 4 đạt 79,6%, tăng 8,3 điểm phần trăm so với năm 2021; tỷ lệ hồ sơ trực tuyến toàn trình đạt 56,2%. Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC đạt 98,7%. Trong các địa phương, TP Hạ Long có tỷ lệ hồ sơ trực tuyến cao nhất tỉnh với 91,4%.

Về hạ tầng, toàn tỉnh có 100% thôn, khu được phủ sóng di động 3G, 4G; tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 86%. Kinh tế số của tỉnh ước chiếm khoảng 9,5% GRDP.

Năm 2023, Quảng Ninh phấn đấu kinh tế số chiếm 15% GRDP, trên 90% hồ sơ TTHC được xử lý trực tuyến; tập trung hoàn thiện kho dữ liệu dùng chung và nâng cao kỹ năng số cho người dân.

Thu Hằng""",
        "2023-01-10",
        [
            ("full_process_provision_rate", "Quảng Ninh", "as_of", "2022-12-31", 100.0),
            ("online_dossier_rate", "Quảng Ninh", "year", "2022-12-31", 79.6),
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2022-12-31", 56.2),
            ("satisfaction_rate", "Quảng Ninh", "year", "2022-12-31", 98.7),
            ("villages_with_mobile_coverage_rate", "Quảng Ninh", "as_of", "2022-12-31", 100.0),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2022-12-31", 86.0),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2022-12-31", 9.5),
        ],
    ),
    # 3. MIC year-end conference for 2022 (press): "kinh tế số ước chiếm", smartphone subscriptions share,
    # FTTH, Mobile Money pilot. Traps: ICT revenue in USD, +8,8%, "gần 70%" rural sub-share, range 20-25%/year,
    # GII rank 48/132, 2023 target 85%.
    (
        """Ngành Thông tin và Truyền thông tổng kết năm 2022: Kinh tế số ước chiếm 14,26% GDP

Hà Nội, 05/01/2023 - Bộ Thông tin và Truyền thông tổ chức Hội nghị tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023 với sự tham dự của Thủ tướng Chính phủ.

Năm 2022, doanh thu lĩnh vực công nghiệp ICT ước đạt 148 tỷ USD, tăng 8,8% so với năm 2021. Kinh tế số ước chiếm 14,26% GDP; Bộ cho rằng để đạt mục tiêu năm 2025, kinh tế số cần duy trì tốc độ tăng trưởng 20-25%/năm trong giai đoạn tới. Chỉ số Đổi mới sáng tạo toàn cầu của Việt Nam xếp thứ 48/132.

Về hạ tầng số, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 73,5% tổng số thuê bao; tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang đạt 75,2%.

Dịch vụ Mobile Money thí điểm đã có khoảng 3,6 triệu khách hàng, trong đó gần 70% ở khu vực nông thôn, miền núi, vùng sâu, vùng xa.

Năm 2023 được Bộ xác định là "Năm dữ liệu số". Ngành phấn đấu tỷ lệ thuê bao sử dụng điện thoại thông minh đạt 85%, hoàn thành phổ cập điện thoại thông minh và phủ sóng các thôn, bản còn lõm sóng.

Phạm Hưng""",
        "2023-01-05",
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 73.5),
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 75.2),
            ("mobile_money_customers", "national", "as_of", "2022-12-31", 3600000.0),
        ],
    ),
    # 4. NCSC monthly cyber-security bulletin, September 2023: month count, last month's count in parentheses
    # (kept), 9-month ytd, botnet level. Traps: -6,4%, sub-counts by type after "trong đó", -3,2%.
    (
        """Tháng 9/2023, ghi nhận 1.095 cuộc tấn công mạng vào hệ thống thông tin tại Việt Nam

Theo Cục An toàn thông tin (Bộ TT&TT), trong tháng 9/2023, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.095 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 6,4% so với tháng 8/2023 (1.170 cuộc). Trong đó có 561 cuộc tấn công lừa đảo (Phishing), 310 cuộc tấn công thay đổi giao diện (Deface) và 224 cuộc tấn công cài mã độc (Malware).

Tính chung 9 tháng đầu năm 2023, tổng số cuộc tấn công mạng vào các hệ thống tại Việt Nam là 9.752 cuộc.

Cũng trong tháng 9, số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet là 481.236, giảm 3,2% so với tháng trước.

Cục An toàn thông tin khuyến nghị các cơ quan, tổ chức, doanh nghiệp chủ động rà soát, khắc phục các lỗ hổng bảo mật, đặc biệt là các lỗ hổng đã được cảnh báo trong thời gian gần đây.""",
        "2023-10-05",
        [
            ("cyberattacks", "national", "month", "2023-09-30", 1095.0),
            ("cyberattacks", "national", "month", "2023-08-31", 1170.0),
            ("cyberattacks", "national", "ytd", "2023-09-30", 9752.0),
            ("botnet_ips", "national", "as_of", "2023-09-30", 481236.0),
        ],
    ),
    # 5. Provincial portal (Đồng Tháp), 2023 review: year rates (dossiers, e-results, reuse), smartphone share
    # and GRDP share. Traps: +14,6 points, 2024 targets, count of 1.480 online services, Sa Đéc city's rate.
    (
        """Đồng Tháp tổng kết công tác chuyển đổi số năm 2023

Cập nhật lúc 16/01/2024 08:30

Chiều ngày 15/01/2024, Ban Chỉ đạo chuyển đổi số tỉnh Đồng Tháp tổ chức hội nghị tổng kết công tác năm 2023 và triển khai phương hướng, nhiệm vụ năm 2024.

Theo báo cáo, năm 2023 tỉnh cung cấp 1.480 dịch vụ công trực tuyến trên Cổng dịch vụ công của tỉnh và Cổng DVCQG. Tỷ lệ hồ sơ được xử lý trực tuyến đạt 62,18%, tăng 14,6 điểm phần trăm so với năm 2022; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 71,3%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 38,5%. Riêng thành phố Sa Đéc có tỷ lệ hồ sơ trực tuyến đạt 80,2%.

Hạ tầng số tiếp tục được đầu tư; số thuê bao sử dụng điện thoại thông minh chiếm 83,2% tổng số thuê bao di động trên địa bàn. Kinh tế số ước chiếm 8,1% GRDP của tỉnh.

Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 70%, kinh tế số chiếm 10% GRDP, 100% hồ sơ được số hóa khi tiếp nhận.

Thảo Nguyên - Sở TT&TT""",
        "2024-01-16",
        [
            ("online_dossier_rate", "Đồng Tháp", "year", "2023-12-31", 62.18),
            ("e_result_rate", "Đồng Tháp", "year", "2023-12-31", 71.3),
            ("data_reuse_rate", "Đồng Tháp", "year", "2023-12-31", 38.5),
            ("smartphone_subscriber_rate", "Đồng Tháp", "as_of", "2023-12-31", 83.2),
            ("digital_economy_gdp_share", "Đồng Tháp", "year", "2023-12-31", 8.1),
        ],
    ),
    # 6. Press on Mobile Money after a year of pilot (mid-2023): customers at end of May, bank-account share
    # at end-2022. Traps: rural sub-count after "trong đó", Viettel's own customers, transaction value,
    # points of service, the 2025 target.
    (
        """Mobile Money sau hơn một năm thí điểm: gần 6,6 triệu khách hàng

VietNamNet - Theo số liệu của Ngân hàng Nhà nước, tính đến hết tháng 5/2023, dịch vụ Mobile Money thí điểm đã có gần 6,6 triệu khách hàng đăng ký, trong đó khoảng 4,6 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo.

Tổng giá trị giao dịch qua Mobile Money từ khi triển khai ước đạt gần 18.000 tỷ đồng; mạng lưới điểm kinh doanh đạt khoảng 180.000 điểm trên cả nước. Riêng Viettel Money hiện có hơn 4,1 triệu khách hàng, chiếm phần lớn thị phần.

Mobile Money được kỳ vọng là công cụ thúc đẩy tài chính toàn diện. Đến cuối năm 2022, khoảng 77,4% người trưởng thành ở Việt Nam có tài khoản thanh toán tại ngân hàng. Chiến lược tài chính toàn diện quốc gia đặt mục tiêu đến năm 2025 có ít nhất 80% người trưởng thành có tài khoản giao dịch.

Đại diện Vụ Thanh toán cho biết, cơ quan quản lý đang đánh giá kết quả thí điểm để hoàn thiện khung pháp lý trước khi cho phép triển khai chính thức.

Hoàng Lâm""",
        "2023-06-20",
        [
            ("mobile_money_customers", "national", "as_of", "2023-05-31", 6600000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2022-12-31", 77.4),
        ],
    ),
    # 7. Feature on "thôn lõm sóng" (2022): national level "hiện" (page date), one province's level.
    # Traps: sub-count of electrified villages after "trong đó", villages covered this year (no id),
    # 2024 target, count of BTS stations.
    (
        """Xóa "vùng lõm sóng": Hành trình đưa sóng di động đến các thôn, bản xa xôi

Theo số liệu rà soát mới nhất của Bộ Thông tin và Truyền thông, hiện cả nước còn 1.860 thôn, bản chưa có sóng di động, trong đó 1.240 thôn đã có điện lưới quốc gia. Phần lớn các thôn lõm sóng tập trung ở khu vực miền núi phía Bắc và Tây Nguyên, địa hình chia cắt, dân cư thưa thớt.

Từ đầu năm đến nay, các doanh nghiệp viễn thông đã lắp đặt thêm khoảng 650 trạm BTS, phủ sóng cho 312 thôn. Tại Hà Giang, địa phương có nhiều thôn lõm sóng nhất, hiện vẫn còn 329 thôn chưa có sóng di động.

Bộ TT&TT đặt mục tiêu đến năm 2024 cơ bản xóa các thôn lõm sóng có điện lưới, và đề nghị các địa phương hỗ trợ mặt bằng, đường điện để doanh nghiệp sớm triển khai.

Ông Nguyễn Văn Hải, Trưởng thôn Lũng Hồ (huyện Yên Minh) chia sẻ, từ ngày có sóng, bà con đã có thể gọi điện cho con em đi làm ăn xa và học online.

Lê Anh""",
        "2022-09-15",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2022-09-15", 1860.0),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2022-09-15", 329.0),
        ],
    ),
    # 8. Ookla Speedtest Global Index for December 2023, speeds with dot decimals; last year's value in parentheses
    # (kept). Traps: upload 93.04 Mbps, ranks 40th/48th, +35,9%, Singapore's speed.
    (
        """Tốc độ Internet cáp quang Việt Nam tháng 12/2023 đạt 97.44 Mbps

Theo báo cáo Speedtest Global Index của Ookla công bố ngày 17/1, trong tháng 12/2023, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Việt Nam đạt 97.44 Mbps, tăng 35,9% so với cùng kỳ năm 2022 (71.71 Mbps). Tốc độ tải lên đạt 93.04 Mbps. Với kết quả này, Việt Nam xếp thứ 40 thế giới về tốc độ băng rộng cố định.

Đối với mạng di động, tốc độ tải xuống trung bình đạt 46.93 Mbps, xếp thứ 48/146 quốc gia, vùng lãnh thổ được khảo sát.

Singapore tiếp tục dẫn đầu thế giới về tốc độ băng rộng cố định với 247.29 Mbps.

Cục Viễn thông cho biết, việc các doanh nghiệp đẩy mạnh nâng cấp mạng lõi và chuyển đổi công nghệ GPON sang XGS-PON đã góp phần cải thiện đáng kể chất lượng dịch vụ trong năm qua.""",
        "2024-01-18",
        [
            ("fixed_broadband_speed", "national", "month", "2023-12-31", 97.44),
            ("fixed_broadband_speed", "national", "month", "2022-12-31", 71.71),
            ("mobile_broadband_speed", "national", "month", "2023-12-31", 46.93),
        ],
    ),
    # 9. MIC regular press conference, April 2023: full-process share of procedures at 31/3 (national, ministries,
    # localities), Q1 dossier rate and services-with-dossiers share. Traps: Tuy Phước district, +3,4 points, 2023 target.
    (
        """Họp báo định kỳ Bộ TT&TT tháng 4/2023: Tỷ lệ DVCTT toàn trình đạt 42,1%

Chiều 06/4, Bộ Thông tin và Truyền thông tổ chức họp báo định kỳ, thông tin về kết quả công tác tháng 3 và quý I/2023.

Theo Cục Chuyển đổi số quốc gia, tính đến ngày 31/3/2023, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của cả nước đạt 42,1%. Khối bộ, ngành đạt 36,8%; khối địa phương đạt 45,2%.

Trong quý I/2023, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 27,3%, giảm 3,4 điểm phần trăm so với quý IV/2022 do ảnh hưởng của kỳ nghỉ Tết. Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trong quý đạt 51,4%.

Đại diện Cục cho biết nhiều địa phương đã có chuyển biến rõ rệt; chẳng hạn huyện Tuy Phước (Bình Định) đạt tỷ lệ hồ sơ trực tuyến 65%. Mục tiêu cả năm 2023 là 50% hồ sơ được xử lý trực tuyến.""",
        "2023-04-06",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2023-03-31", 42.1),
            ("dvctt_full_process_rate", "ministries", "as_of", "2023-03-31", 36.8),
            ("dvctt_full_process_rate", "localities", "as_of", "2023-03-31", 45.2),
            ("online_dossier_rate", "national", "quarter", "2023-03-31", 27.3),
            ("dvctt_with_dossiers_rate", "national", "quarter", "2023-03-31", 51.4),
        ],
    ),
    # 10. Provincial newspaper (Bình Định), half-year 2023 review: half rates, full-process share at 30/6.
    # Traps: service counts 1.126/612 (no id), +12 points, Quy Nhơn city, year-end target.
    (
        """Bình Định: 6 tháng đầu năm, tỷ lệ hồ sơ trực tuyến đạt 41,8%

BĐ - Ngày 12/7, Sở TT&TT tổ chức hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2023.

Đến ngày 30/6/2023, tỉnh đang cung cấp 1.126 dịch vụ công trực tuyến, trong đó có 612 dịch vụ toàn trình; tỷ lệ dịch vụ công trực tuyến toàn trình đạt 34,7% tổng số thủ tục hành chính.

6 tháng đầu năm 2023, tỷ lệ hồ sơ được xử lý trực tuyến đạt 41,8%, tăng 12 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 23,5%. Thành phố Quy Nhơn dẫn đầu các địa phương trong tỉnh với tỷ lệ hồ sơ trực tuyến 58,9%.

Hội nghị đặt mục tiêu đến cuối năm 2023 tỷ lệ hồ sơ trực tuyến đạt 50%, phấn đấu 100% hồ sơ được số hóa.

Ngọc Nhuận""",
        "2023-07-13",
        [
            ("dvctt_full_process_rate", "Bình Định", "as_of", "2023-06-30", 34.7),
            ("online_dossier_rate", "Bình Định", "half", "2023-06-30", 41.8),
            ("online_dossier_full_process_rate", "Bình Định", "half", "2023-06-30", 23.5),
        ],
    ),
    # 11. Smartphone universalisation campaign (early 2023): smartphone subscriptions count and share at end-Feb.
    # Traps: people's share (73% adults, no id), feature-phone remainder, operator's handset offer, 85% target.
    (
        """Phổ cập điện thoại thông minh: Đưa "chìa khóa số" đến từng người dân

Thứ Hai, 13/03/2023

Nhằm hiện thực hóa mục tiêu mỗi người dân có một điện thoại thông minh, Bộ Thông tin và Truyền thông đang phối hợp với các doanh nghiệp viễn thông, nhà sản xuất thiết bị triển khai chương trình phổ cập điện thoại thông minh trên toàn quốc.

Theo Cục Viễn thông, tính đến tháng 2/2023, cả nước có khoảng 94 triệu thuê bao di động sử dụng điện thoại thông minh, chiếm 76,5% tổng số thuê bao di động. Khoảng 20 triệu thuê bao vẫn dùng điện thoại phổ thông (feature phone), chủ yếu là người cao tuổi và người dân ở vùng sâu, vùng xa.

Một khảo sát gần đây cho thấy khoảng 73% người trưởng thành đang sở hữu điện thoại thông minh.

Để hỗ trợ người dân chuyển đổi, Viettel đã đưa ra thị trường dòng điện thoại 4G giá dưới 600.000 đồng kèm gói cước ưu đãi. Bộ TT&TT đặt mục tiêu đến cuối năm 2023 tỷ lệ thuê bao sử dụng điện thoại thông minh đạt 85%.

Bảo Anh""",
        "2023-03-13",
        [
            ("smartphone_subscriptions", "national", "as_of", "2023-02-28", 94000000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-02-28", 76.5),
        ],
    ),
    # 12. UN E-Government Survey 2022 news: rank of the edition year. Traps: EGDI score, Denmark 1st,
    # Singapore 12th, +0,0x change, EPI rank (no id).
    (
        """Việt Nam giữ vị trí 86/193 trong bảng xếp hạng Chính phủ điện tử của Liên Hợp Quốc

Ngày 28/9, Liên Hợp Quốc công bố Báo cáo khảo sát Chính phủ điện tử năm 2022 (E-Government Survey 2022). Theo đó, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam đạt 0,6787 điểm, tăng 0,0119 điểm so với kỳ trước; Việt Nam xếp hạng 86/193 quốc gia, giữ nguyên thứ hạng so với năm 2020.

Trong ba chỉ số thành phần, chỉ số Hạ tầng viễn thông (TII) của Việt Nam tăng mạnh, trong khi chỉ số Dịch vụ trực tuyến (OSI) giảm nhẹ. Về chỉ số tham gia điện tử (EPI), Việt Nam xếp thứ 66.

Đan Mạch tiếp tục dẫn đầu bảng xếp hạng; trong khu vực ASEAN, Singapore đứng thứ 12, Malaysia thứ 53, Thái Lan thứ 55.

Bộ Thông tin và Truyền thông cho biết sẽ nghiên cứu kỹ báo cáo để đề xuất giải pháp cải thiện các chỉ số thành phần còn thấp.""",
        "2022-09-29",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 13. Đề án 06 conference report at end-2022 (no sidecar; the text dates itself): chip ID cards and VNeID
    # accounts at 31/12/2022. Traps: 18 million applications (not activated), population-DB requests, 40 million target.
    (
        """Đề án 06: Năm 2022 cấp hơn 80 triệu thẻ Căn cước công dân gắn chip

Theo báo cáo của Bộ Công an tại hội nghị sơ kết 1 năm triển khai Đề án 06 tổ chức ngày 06/01/2023, tính đến ngày 31/12/2022, lực lượng Công an đã cấp 80,6 triệu thẻ Căn cước công dân gắn chip điện tử; thu nhận hơn 18 triệu hồ sơ cấp tài khoản định danh điện tử, đã kích hoạt 11,8 triệu tài khoản định danh điện tử mức độ 2 trên ứng dụng VNeID.

Cơ sở dữ liệu quốc gia về dân cư đã kết nối với 13 bộ, ngành, 1 doanh nghiệp nhà nước, 3 doanh nghiệp viễn thông và 63 địa phương, tiếp nhận hơn 1,2 tỷ lượt yêu cầu xác thực thông tin công dân.

Năm 2023, Bộ Công an phấn đấu hoàn thành việc cấp tài khoản định danh điện tử cho 40 triệu người dân.""",
        None,
        [
            ("chip_id_cards_issued", "national", "as_of", "2022-12-31", 80600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2022-12-31", 11800000.0),
        ],
    ),
    # 14. Tax authority news, mid-2023: e-invoices processed since July 2022 at 30/6/2023.
    # Traps: sub-count of invoices with code after "trong đó", cash-register invoices, number of businesses.
    (
        """Hơn 2,6 tỷ hóa đơn điện tử được tiếp nhận, xử lý sau một năm triển khai

Thời báo Tài chính - Theo Tổng cục Thuế, tính đến ngày 30/6/2023, sau một năm triển khai toàn quốc hóa đơn điện tử theo Nghị định 123/2020/NĐ-CP, cơ quan thuế đã tiếp nhận và xử lý hơn 2,6 tỷ hóa đơn điện tử, trong đó có hơn 710 triệu hóa đơn có mã của cơ quan thuế.

Đã có gần 1,2 triệu doanh nghiệp, tổ chức, hộ kinh doanh sử dụng hóa đơn điện tử. Riêng hóa đơn điện tử khởi tạo từ máy tính tiền, đến nay có hơn 32.000 người nộp thuế đăng ký áp dụng với khoảng 114 triệu hóa đơn.

Tổng cục Thuế cho biết, dữ liệu hóa đơn điện tử là nguồn quan trọng phục vụ công tác quản lý rủi ro, chống thất thu và gian lận hoàn thuế.""",
        "2023-07-04",
        [
            ("e_invoices_total", "national", "as_of", "2023-06-30", 2600000000.0),
        ],
    ),
    # 15. Provincial newspaper (Lào Cai), year-end 2023: dead-zone villages at end of 2023, FTTH and smartphone
    # shares, online dossier rate for the year. Traps: 48 villages covered this year (flow, no id), BTS count,
    # 2025 target, Bát Xát district's 35 villages.
    (
        """Lào Cai: Hạ tầng số vươn tới thôn, bản vùng cao

Báo Lào Cai - Năm 2023, tỉnh Lào Cai tiếp tục ưu tiên nguồn lực đầu tư hạ tầng viễn thông, đưa sóng di động và Internet về các thôn, bản vùng sâu, vùng xa.

Trong năm, các doanh nghiệp viễn thông đã xây dựng mới 126 trạm BTS, phủ sóng thêm cho 48 thôn. Đến cuối năm 2023, toàn tỉnh còn 97 thôn, bản chưa có sóng điện thoại di động, riêng huyện Bát Xát còn 35 thôn. Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 72,4%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 78,9%.

Trong lĩnh vực cải cách hành chính, năm 2023, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến của tỉnh đạt 55,6%.

Tỉnh phấn đấu đến năm 2025 không còn thôn, bản lõm sóng và 80% hộ gia đình có cáp quang.

Quang Minh""",
        "2024-01-09",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2023-12-31", 97.0),
            ("ftth_household_rate", "Lào Cai", "as_of", "2023-12-31", 72.4),
            ("smartphone_subscriber_rate", "Lào Cai", "as_of", "2023-12-31", 78.9),
            ("online_dossier_rate", "Lào Cai", "year", "2023-12-31", 55.6),
        ],
    ),
    # 16. Telecom authority press (Q3 2023): broadband subscriptions and per-100 densities at end-September.
    # Traps: Viettel's 5G trial stations (operator), 9-month telecom revenue (no id), +4,2% year on year.
    (
        """Thuê bao băng rộng di động đạt 84,3 triệu

Theo số liệu của Cục Viễn thông (Bộ TT&TT), tính đến hết tháng 9/2023, tổng số thuê bao băng rộng di động trên cả nước đạt 84,3 triệu, tăng 4,2% so với cùng kỳ năm 2022, tương đương 84 thuê bao/100 dân. Số thuê bao băng rộng cố định đạt 21,6 triệu, tương đương 21,5 thuê bao/100 dân.

Doanh thu dịch vụ viễn thông 9 tháng đầu năm ước đạt 102.000 tỷ đồng. Trong khi chờ cấp phép thương mại 5G, Viettel cho biết đã lắp đặt khoảng 1.000 trạm 5G thử nghiệm tại 16 tỉnh, thành phố.

Cục Viễn thông nhận định, dư địa tăng trưởng thuê bao di động đã thu hẹp, động lực chủ yếu đến từ dữ liệu và chuyển dịch người dùng từ 2G lên 4G.""",
        "2023-10-20",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-09-30", 84300000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-09-30", 84.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-09-30", 21600000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-09-30", 21.5),
        ],
    ),
    # 17. Portal news on the National Public Service Portal, Q3 2023: quarter flows on the _new twins and
    # cumulative levels at 30/9 ("5,8 nghìn tỷ đồng"). Traps: +18% vs Q2, registration-fee sub-share after
    # "trong đó", count of services on the portal, page views.
    (
        """Cổng Dịch vụ công quốc gia: Quý III/2023 tiếp nhận gần 2,9 triệu hồ sơ trực tuyến

(Chinhphu.vn) - Theo Văn phòng Chính phủ, trong quý III/2023, Cổng Dịch vụ công quốc gia tiếp nhận gần 2,9 triệu hồ sơ trực tuyến, tăng 18% so với quý II; có thêm 820.000 tài khoản đăng ký mới. Cổng thực hiện 1,4 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 1.250 tỷ đồng, trong đó thanh toán lệ phí trước bạ chiếm khoảng 40%.

Lũy kế đến ngày 30/9/2023, Cổng DVCQG đã có 9,2 triệu tài khoản đăng ký; tiếp nhận 36,5 triệu hồ sơ trực tuyến; thực hiện 8,6 triệu giao dịch thanh toán trực tuyến với số tiền gần 5,8 nghìn tỷ đồng.

Hiện Cổng đã công khai, cung cấp 4.510 dịch vụ công trực tuyến; tổng số lượt truy cập từ khi khai trương đạt hơn 1,5 tỷ lượt.""",
        "2023-10-12",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2023-09-30", 2900000.0),
            ("national_portal_accounts_new", "national", "quarter", "2023-09-30", 820000.0),
            ("online_payments_count_new", "national", "quarter", "2023-09-30", 1400000.0),
            ("online_payments_value_new", "national", "quarter", "2023-09-30", 1250.0),
            ("national_portal_accounts", "national", "as_of", "2023-09-30", 9200000.0),
            ("national_portal_dossiers", "national", "as_of", "2023-09-30", 36500000.0),
            ("online_payments_count", "national", "as_of", "2023-09-30", 8600000.0),
            ("online_payments_value", "national", "as_of", "2023-09-30", 5800.0),
        ],
    ),
    # 18. Hà Nội city newspaper, 9 months of 2023: ytd rates. Traps: +20,1 points, Cầu Giấy district's 92%,
    # DTI rank, year-end target, count of full-process services.
    (
        """Hà Nội: 9 tháng, 64,2% hồ sơ thủ tục hành chính được xử lý trực tuyến

Hànộimới - Theo báo cáo của Sở Thông tin và Truyền thông Hà Nội, lũy kế 9 tháng đầu năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn thành phố đạt 64,2%, tăng 20,1 điểm phần trăm so với cùng kỳ năm trước. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 48,6%; tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử đạt 70,5%.

Thành phố hiện cung cấp 1.028 dịch vụ công trực tuyến toàn trình. Quận Cầu Giấy tiếp tục là đơn vị dẫn đầu với 92% hồ sơ được xử lý trực tuyến.

Năm 2022, Hà Nội xếp thứ 4/63 về Chỉ số chuyển đổi số cấp tỉnh (DTI). Thành phố đặt mục tiêu đến cuối năm 2023 có ít nhất 70% hồ sơ được xử lý trực tuyến.

Duy Anh""",
        "2023-10-18",
        [
            ("online_dossier_rate", "Hà Nội", "ytd", "2023-09-30", 64.2),
            ("online_dossier_full_process_rate", "Hà Nội", "ytd", "2023-09-30", 48.6),
            ("e_result_rate", "Hà Nội", "ytd", "2023-09-30", 70.5),
        ],
    ),
    # 19. MIC report for June and the first half of 2023 (press): half rates nationally and for localities, NDXP
    # half and June, cyberattacks half. Traps: "gấp 1,5 lần", "bằng 42,8% kế hoạch", 1 billion yearly target.
    (
        """6 tháng đầu năm 2023: NDXP xử lý hơn 428 triệu giao dịch

Báo Điện tử Chính phủ - Bộ Thông tin và Truyền thông vừa có báo cáo kết quả chuyển đổi số tháng 6 và 6 tháng đầu năm 2023.

Theo báo cáo, 6 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 34,9%; khối địa phương mới đạt 30,2%. Nền tảng NDXP ghi nhận hơn 428 triệu giao dịch, gấp 1,5 lần cùng kỳ năm 2022 và bằng 42,8% kế hoạch năm 2023 (1 tỷ giao dịch). Riêng trong tháng 6/2023, NDXP có 76,3 triệu giao dịch.

Về an toàn thông tin, trong 6 tháng đầu năm, Trung tâm NCSC đã ghi nhận, cảnh báo và hướng dẫn xử lý 5.650 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.

Bộ TT&TT đề nghị các bộ, ngành, địa phương tập trung thực hiện các nhiệm vụ của "Năm dữ liệu số", bảo đảm hoàn thành các chỉ tiêu năm 2023.""",
        "2023-07-11",
        [
            ("online_dossier_rate", "national", "half", "2023-06-30", 34.9),
            ("online_dossier_rate", "localities", "half", "2023-06-30", 30.2),
            ("ndxp_transactions_period", "national", "half", "2023-06-30", 428000000.0),
            ("ndxp_transactions_period", "national", "month", "2023-06-30", 76300000.0),
            ("cyberattacks", "national", "half", "2023-06-30", 5650.0),
        ],
    ),
    # 20. Press piece on Internet use (early 2023): the administrative rate at end-2022. Traps: DataReportal
    # (We Are Social/Meltwater) survey share and user count, Thailand's rate, social-media users.
    (
        """Gần 8 trên 10 người Việt sử dụng Internet

Theo số liệu của Bộ Thông tin và Truyền thông, tính đến cuối năm 2022, tỷ lệ người dân sử dụng Internet tại Việt Nam đạt 78,6%.

Trong khi đó, báo cáo Digital 2023 do We Are Social và Meltwater công bố cho biết, đầu năm 2023 Việt Nam có 77,93 triệu người dùng Internet, chiếm 79,1% dân số; số người dùng mạng xã hội là 70 triệu. Trong khu vực, Thái Lan có tỷ lệ người dùng Internet là 85,3%.

Mỗi ngày, người Việt dành trung bình gần 6 giờ 18 phút để truy cập Internet, chủ yếu qua điện thoại di động. Các chuyên gia cho rằng tỷ lệ sử dụng cao là nền tảng thuận lợi để phát triển chính phủ số, kinh tế số, nhưng cũng đặt ra yêu cầu lớn về bảo đảm an toàn thông tin cho người dùng.""",
        "2023-02-20",
        [
            ("internet_users_rate", "national", "as_of", "2022-12-31", 78.6),
        ],
    ),
    # 21. Provincial department report excerpt (Điện Biên), month with an explicit window, no sidecar (the header
    # dates it). Traps: 12 documents and 03 meetings, Mường Nhé district, +5,1 points, year target.
    (
        """UBND TỈNH ĐIỆN BIÊN
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 312/BC-STTTT                                  Điện Biên, ngày 16 tháng 8 năm 2023

BÁO CÁO
Kết quả thực hiện nhiệm vụ chuyển đổi số tháng 8 năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Công tác chỉ đạo, điều hành
Trong tháng, Sở đã tham mưu UBND tỉnh ban hành 12 văn bản chỉ đạo, hướng dẫn; tổ chức 03 hội nghị tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng.

2. Chính quyền số
Kết quả tháng 8/2023 (số liệu từ ngày 15/7/2023 đến ngày 14/8/2023): tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 38,2%, tăng 5,1 điểm phần trăm so với tháng trước; tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử đạt 45,9%. Huyện Mường Nhé có tỷ lệ hồ sơ trực tuyến thấp nhất, đạt 12,4%.

Mục tiêu năm 2023 của tỉnh là 50% hồ sơ được xử lý trực tuyến.""",
        None,
        [
            ("online_dossier_rate", "Điện Biên", "month", "2023-08-14", 38.2),
            ("e_result_rate", "Điện Biên", "month", "2023-08-14", 45.9),
        ],
    ),
    # 22. Information-security press (November 2022): share of systems with approved security level at
    # "tháng 10/2022" (month end), ministries/localities split. Traps: +20 points since start of year,
    # 14 ministries done (count), 100% target by year end.
    (
        """Mới có 62,5% hệ thống thông tin được phê duyệt cấp độ an toàn

Theo Cục An toàn thông tin, tính đến tháng 10/2022, tỷ lệ hệ thống thông tin của các cơ quan nhà nước đã được phê duyệt hồ sơ đề xuất cấp độ đạt 62,5%, tăng khoảng 20 điểm phần trăm so với đầu năm. Khối bộ, ngành đạt 71,4%; khối địa phương đạt 58,3%. Hiện đã có 14 bộ, ngành hoàn thành phê duyệt cấp độ cho 100% hệ thống thông tin đang vận hành.

Chỉ thị 09/CT-TTg của Thủ tướng yêu cầu hoàn thành việc phê duyệt cấp độ và triển khai phương án bảo đảm an toàn thông tin theo cấp độ cho 100% hệ thống thông tin trong năm 2022.

Cục An toàn thông tin cảnh báo, nhiều hệ thống được đưa vào vận hành trước khi phê duyệt cấp độ, tiềm ẩn nguy cơ mất an toàn thông tin.""",
        "2022-11-15",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2022-10-31", 62.5),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2022-10-31", 71.4),
            ("info_systems_level_approved_rate", "localities", "as_of", "2022-10-31", 58.3),
        ],
    ),
    # 23. MIC year-end conference for 2023 (press): NDXP year flow, digital economy share and growth for 2023,
    # smartphone and FTTH at year end, cumulative NDXP at end-2023. Traps: "gấp 3 lần" GDP growth, 1.100 villages
    # covered (flow), ICT revenue, 2024 targets.
    (
        """Năm dữ liệu số 2023: NDXP đạt hơn 890 triệu giao dịch

Hà Nội, 03/01/2024 - Sáng nay, Bộ Thông tin và Truyền thông tổ chức Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.

Năm 2023, kinh tế số ước chiếm 16,5% GDP; tốc độ tăng trưởng kinh tế số khoảng 20%, cao gấp 3 lần tốc độ tăng trưởng GDP. Doanh thu công nghiệp ICT ước đạt 142 tỷ USD.

Hưởng ứng "Năm dữ liệu số", Nền tảng NDXP trong năm đạt hơn 890 triệu giao dịch, đưa tổng số giao dịch từ khi khai trương đến hết năm 2023 lên khoảng 1,95 tỷ. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84,6%; tỷ lệ hộ gia đình có cáp quang đạt 79,3%. Trong năm, các doanh nghiệp đã phủ sóng cho khoảng 1.100 thôn lõm sóng.

Năm 2024, Bộ đặt mục tiêu kinh tế số chiếm 18,5% GDP, thương mại hóa 5G, 100% thôn có điện lưới được phủ sóng.

Trần Vũ""",
        "2024-01-03",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 890000000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-12-31", 1950000000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.6),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.3),
        ],
    ),
    # 24. Government working-group press (October 2023): essential services of Đề án 06 (of 53), provinces cutting
    # fees, procedures simplified (of 1.084) at 30/9. Traps: 14 remaining services, 6 provinces not yet, remaining
    # procedures "chưa thực thi", count of decisions.
    (
        """Tổ công tác cải cách TTHC: Đã cung cấp 39/53 dịch vụ công thiết yếu

Theo Văn phòng Chính phủ, tính đến ngày 30/9/2023, đã cung cấp trực tuyến toàn trình 39/53 dịch vụ công thiết yếu theo Đề án 06; 14 dịch vụ còn lại đang được các bộ, ngành khẩn trương hoàn thiện.

Cùng thời điểm, 57/63 tỉnh, thành phố đã ban hành nghị quyết của HĐND về giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 6 địa phương chưa ban hành. Các bộ, ngành, địa phương đã thực thi phương án cắt giảm, đơn giản hóa 712/1.084 thủ tục hành chính, giấy tờ công dân liên quan đến quản lý dân cư; 372 thủ tục chưa thực thi do vướng mắc về văn bản quy phạm pháp luật.

Trong quý III, Thủ tướng đã ký 5 quyết định phê duyệt phương án cắt giảm, đơn giản hóa quy định kinh doanh.""",
        "2023-10-16",
        [
            ("essential_services_full_process", "national", "as_of", "2023-09-30", 39.0),
            ("localities_fee_reduction", "national", "as_of", "2023-09-30", 57.0),
            ("procedures_simplified", "national", "as_of", "2023-09-30", 712.0),
        ],
    ),
    # 25. MIC report for May 2023 (press): EMC full-connection share at 31/5, 5-month ytd dossier rate, NDXP
    # connected agencies "hiện" (page date). Traps: 2 ministries not connected (remainder), +1,6 points, count of LGSPs.
    (
        """Báo cáo tháng 5/2023: 84% hệ thống giải quyết TTHC kết nối đầy đủ với EMC

Theo báo cáo tình hình chuyển đổi số tháng 5/2023 của Bộ TT&TT, tính đến ngày 31/5/2023, tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống đo lường chất lượng dịch vụ công trực tuyến (EMC) đạt 84%; còn 2 bộ chưa kết nối.

5 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 31,2%, tăng 1,6 điểm phần trăm so với 4 tháng đầu năm.

Hiện đã có 104 cơ quan, đơn vị (bộ, ngành, địa phương và một số doanh nghiệp) kết nối với Nền tảng NDXP; 63/63 địa phương đã triển khai nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP).""",
        "2023-06-08",
        [
            ("emc_connection_rate", "national", "as_of", "2023-05-31", 84.0),
            ("online_dossier_rate", "national", "ytd", "2023-05-31", 31.2),
            ("ndxp_connected_agencies", "national", "as_of", "2023-06-08", 104.0),
        ],
    ),
    # 26. Provincial portal (Bắc Giang), Q1 2023: quarter rates. Traps: +6,2 points, Việt Yên district,
    # service-index rank (no id), Q2 target.
    (
        """Bắc Giang: Quý I/2023, hơn một nửa hồ sơ TTHC được xử lý trực tuyến

Cổng TTĐT tỉnh - Theo Văn phòng UBND tỉnh, quý I/2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh đạt 52,3%, tăng 6,2 điểm phần trăm so với quý IV/2022; trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt 31,7%. Tỷ lệ hồ sơ được số hóa, cấp kết quả giải quyết điện tử đạt 89,6%; mức độ hài lòng của người dân, doanh nghiệp đạt 99,2%.

Huyện Việt Yên dẫn đầu cấp huyện với tỷ lệ hồ sơ trực tuyến 71,5%. Năm 2022, Bắc Giang xếp thứ 3/63 về Bộ chỉ số phục vụ người dân, doanh nghiệp.

Trong quý II, tỉnh phấn đấu nâng tỷ lệ hồ sơ trực tuyến lên trên 60%.""",
        "2023-04-14",
        [
            ("online_dossier_rate", "Bắc Giang", "quarter", "2023-03-31", 52.3),
            ("online_dossier_full_process_rate", "Bắc Giang", "quarter", "2023-03-31", 31.7),
            ("e_result_rate", "Bắc Giang", "quarter", "2023-03-31", 89.6),
            ("satisfaction_rate", "Bắc Giang", "quarter", "2023-03-31", 99.2),
        ],
    ),
    # 27. DTI 2022 report news (mid-2023): adult population using online services in 2022.
    # Traps: national DTI score and +11,3%, Quảng Ninh leading (no id), 2025 target 50%.
    (
        """Công bố Chỉ số chuyển đổi số DTI 2022: Chính quyền số tiến bộ rõ rệt

Ngày 25/7, Bộ Thông tin và Truyền thông công bố Báo cáo Chỉ số đánh giá mức độ chuyển đổi số (DTI) năm 2022 của các bộ, cơ quan ngang bộ và các tỉnh, thành phố.

Chỉ số DTI cấp quốc gia năm 2022 đạt 0,5868, tăng 11,3% so với năm 2021. Quảng Ninh tiếp tục dẫn đầu khối tỉnh, thành phố; Bộ Tư pháp dẫn đầu khối bộ, cơ quan ngang bộ cung cấp dịch vụ công.

Theo báo cáo, năm 2022 tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 26,3%, còn thấp so với mục tiêu 50% vào năm 2025.""",
        "2023-07-26",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2022-12-31", 26.3),
        ],
    ),
    # 28. Provincial newspaper (Bắc Kạn), smartphone drive 2023: provincial smartphone share at end-July.
    # Traps: 40.000 feature-phone subscriptions (remainder), 1.500 handsets donated, 85% target, commune figure.
    (
        """Bắc Kạn đẩy mạnh phổ cập điện thoại thông minh

Báo Bắc Kạn - Đến hết tháng 7/2023, tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh đạt 78%. Tuy nhiên, toàn tỉnh vẫn còn khoảng 40.000 thuê bao dùng điện thoại phổ thông, tập trung ở các xã vùng cao như Cốc Đán (huyện Ngân Sơn), nơi tỷ lệ thuê bao dùng điện thoại thông minh chỉ khoảng 52%.

Hưởng ứng chương trình "Sóng và máy tính cho em" và phong trào phổ cập điện thoại thông minh, các doanh nghiệp viễn thông trên địa bàn đã hỗ trợ 1.500 máy điện thoại thông minh cho hộ nghèo, cận nghèo.

Tỉnh phấn đấu đến cuối năm 2023, tỷ lệ thuê bao điện thoại thông minh đạt 85%, góp phần để người dân tiếp cận dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.

Nông Thủy""",
        "2023-08-10",
        [
            ("smartphone_subscriber_rate", "Bắc Kạn", "as_of", "2023-07-31", 78.0),
        ],
    ),
    # 29. Press on the e-Conomy SEA 2022 report (Google–Temasek–Bain): only the MIC share for 2021 is a value.
    # Traps: GMV in USD, +28% growth of GMV (vendor's, not the indicator), Indonesia and Thailand, 2025 forecast.
    (
        """Kinh tế số Việt Nam tăng trưởng nhanh nhất Đông Nam Á

Theo báo cáo e-Conomy SEA 2022 do Google, Temasek và Bain & Company công bố, tổng giá trị hàng hóa giao dịch (GMV) của nền kinh tế số Việt Nam năm 2022 đạt 23 tỷ USD, tăng 28% so với năm 2021, mức tăng cao nhất khu vực. Indonesia vẫn là thị trường lớn nhất với 77 tỷ USD; Thái Lan đạt 35 tỷ USD. Báo cáo dự báo đến năm 2025, GMV của Việt Nam có thể đạt 49 tỷ USD.

Tại Việt Nam, theo Bộ Thông tin và Truyền thông, năm 2021, kinh tế số ước chiếm 11,91% GDP cả nước. Mục tiêu đến năm 2025 là 20% và đến năm 2030 là 30% GDP.""",
        "2022-11-08",
        [
            ("digital_economy_gdp_share", "national", "year", "2021-12-31", 11.91),
        ],
    ),
    # 30. MIC report for November 2023 (press): year-to-date spans ("lũy kế từ đầu năm đến hết tháng 11") for
    # cyberattacks and NDXP; November's own NDXP count. Traps: -9,5% vs same period, sub-count of phishing,
    # remaining to reach the 1 billion target.
    (
        """11 tháng năm 2023: Số vụ tấn công mạng giảm 9,5%

Theo báo cáo chuyển đổi số tháng 11/2023 của Bộ Thông tin và Truyền thông, lũy kế từ đầu năm đến hết tháng 11/2023, Trung tâm NCSC đã ghi nhận 12.412 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với cùng kỳ năm 2022; trong đó có 6.187 cuộc tấn công lừa đảo.

Cũng trong 11 tháng, Nền tảng NDXP đạt hơn 823 triệu giao dịch; riêng tháng 11/2023 đạt 81,9 triệu giao dịch. Để hoàn thành mục tiêu 1 tỷ giao dịch trong năm, tháng 12 cần đạt thêm khoảng 177 triệu giao dịch.""",
        "2023-12-07",
        [
            ("cyberattacks", "national", "ytd", "2023-11-30", 12412.0),
            ("ndxp_transactions_period", "national", "ytd", "2023-11-30", 823000000.0),
            ("ndxp_transactions_period", "national", "month", "2023-11-30", 81900000.0),
        ],
    ),
    # 31. Provincial newspaper (Thanh Hóa), 2022 review in the era's "mức độ 3, 4" wording: share of procedures
    # online (any level), "mức độ 4" share of all procedures, services with dossiers for the year.
    # Traps: DTI rank up 3 places, Sầm Sơn city, counts of services, 2023 targets.
    (
        """Thanh Hóa: Nâng cao chất lượng dịch vụ công trực tuyến

Thứ Sáu, 13/01/2023

Theo báo cáo tổng kết năm 2022 của Sở Thông tin và Truyền thông, đến cuối năm 2022, tỉnh Thanh Hóa đã cung cấp 1.712 dịch vụ công trực tuyến mức độ 3, 4; tỷ lệ thủ tục hành chính được cung cấp trực tuyến mức độ 3, 4 đạt 96,2%, trong đó tỷ lệ dịch vụ công trực tuyến mức độ 4 đạt 52,7% tổng số thủ tục hành chính.

Trong năm 2022, tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ đạt 68%. Thành phố Sầm Sơn là địa phương có tỷ lệ hồ sơ nộp trực tuyến cao nhất với 74,2%. Chỉ số DTI năm 2021 của tỉnh tăng 3 bậc so với năm trước.

Năm 2023, tỉnh phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình và trên 50% hồ sơ được xử lý trực tuyến.

Lê Hợi""",
        "2023-01-13",
        [
            ("dvctt_rate", "Thanh Hóa", "as_of", "2022-12-31", 96.2),
            ("dvctt_full_process_rate", "Thanh Hóa", "as_of", "2022-12-31", 52.7),
            ("dvctt_with_dossiers_rate", "Thanh Hóa", "year", "2022-12-31", 68.0),
        ],
    ),
    # 32. Press at the turn of 2024 on Mobile Money and bank accounts: customers at end-November 2023, adults'
    # account share at the same date. Traps: Viettel Money's 5,5 million, rural share after "trong đó", extension
    # of the pilot, transaction value.
    (
        """Mobile Money được gia hạn thí điểm, khách hàng vượt 7 triệu

Thứ Sáu, 05/01/2024 - 10:20 GMT+7

Theo Ngân hàng Nhà nước, đến hết tháng 11/2023, dịch vụ Mobile Money thí điểm đã có khoảng 7,4 triệu khách hàng, trong đó khoảng 70% khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo. Riêng Viettel Money chiếm khoảng 5,5 triệu khách hàng. Tổng giá trị giao dịch lũy kế đạt khoảng 27.600 tỷ đồng.

Cũng theo NHNN, đến cuối tháng 11/2023, có khoảng 87,08% người trưởng thành tại Việt Nam đã có tài khoản thanh toán tại ngân hàng, vượt mục tiêu đề ra cho năm 2025.

Chính phủ vừa đồng ý gia hạn thời gian thí điểm Mobile Money đến hết năm 2024 để có thêm cơ sở đánh giá, hoàn thiện khung pháp lý.

Anh Tuấn""",
        "2024-01-05",
        [
            ("mobile_money_customers", "national", "as_of", "2023-11-30", 7400000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-11-30", 87.08),
        ],
    ),
    # 33. Press on the dead-zone programme (September 2023): share of electrified dead-zone villages covered at
    # 31/8. Traps: 592 villages covered (count, no id), universal-service fund money, 2024 target, Điện Biên's 120 BTS.
    (
        """Đã phủ sóng 57,2% thôn lõm sóng có điện lưới

Theo Bộ Thông tin và Truyền thông, tính đến ngày 31/8/2023, các doanh nghiệp viễn thông đã phủ sóng cho 592/1.035 thôn, bản lõm sóng có điện lưới, đạt tỷ lệ 57,2%. Chương trình được hỗ trợ từ Quỹ Dịch vụ viễn thông công ích Việt Nam với kinh phí dự kiến khoảng 200 tỷ đồng.

Tại Điện Biên, riêng Viettel đã lắp đặt 120 trạm BTS mới để phủ sóng các bản vùng biên.

Bộ TT&TT yêu cầu các doanh nghiệp hoàn thành phủ sóng 100% thôn lõm sóng có điện lưới trong năm 2024; đối với các thôn chưa có điện lưới, nghiên cứu giải pháp sử dụng năng lượng mặt trời và vệ tinh.""",
        "2023-09-12",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2023-08-31", 57.2),
        ],
    ),
    # 34. Press on NDXP in mid-2022: half-year transactions and daily average over the half, agencies and connection
    # points "đến nay" (page date). Traps: +65% year on year, one ministry's share, the yearly plan.
    (
        """NDXP xử lý gần 300 triệu giao dịch trong 6 tháng đầu năm 2022

Theo Cục Tin học hóa (Bộ TT&TT), trong 6 tháng đầu năm 2022, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã xử lý 294 triệu giao dịch, bình quân 1,62 triệu giao dịch/ngày, tăng 65% so với cùng kỳ năm 2021. Riêng các giao dịch tra cứu dữ liệu dân cư của Bộ Công an chiếm khoảng 35%.

Đến nay, NDXP đã kết nối với 96 cơ quan, đơn vị và thiết lập 1.065 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.

Theo kế hoạch, năm 2022 NDXP phấn đấu đạt 600 triệu giao dịch, góp phần giảm giấy tờ cho người dân khi thực hiện thủ tục hành chính.

Hà Phương""",
        "2022-07-19",
        [
            ("ndxp_transactions_period", "national", "half", "2022-06-30", 294000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2022-06-30", 1620000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2022-07-19", 96.0),
            ("ndxp_connection_points", "national", "as_of", "2022-07-19", 1065.0),
        ],
    ),
    # 35. Đề án 06 half-year review 2023 (press): chip cards and VNeID at 30/6, half-year share of dossiers tied to
    # personal ID. Traps: level-1 sub-count after "trong đó", 40 million target, +15,4 points.
    (
        """Sơ kết 6 tháng Đề án 06: 28,7 triệu tài khoản định danh điện tử đã kích hoạt

Công an nhân dân - Theo báo cáo sơ kết 6 tháng đầu năm 2023 triển khai Đề án 06, tính đến ngày 30/6/2023, Bộ Công an đã cấp 84,3 triệu thẻ Căn cước công dân gắn chip; kích hoạt 28,7 triệu tài khoản định danh điện tử, trong đó có 2,3 triệu tài khoản mức độ 1.

6 tháng đầu năm 2023, tỷ lệ hồ sơ thủ tục hành chính gắn với số định danh cá nhân đạt 61,8%, tăng 15,4 điểm phần trăm so với năm 2022.

Bộ Công an đặt mục tiêu đến hết năm 2023 kích hoạt 40 triệu tài khoản định danh điện tử, làm nền tảng cho các dịch vụ công thiết yếu.""",
        "2023-07-18",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-06-30", 84300000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-06-30", 28700000.0),
            ("dossiers_with_personal_id_rate", "national", "half", "2023-06-30", 61.8),
        ],
    ),
    # 36. City portal (Đà Nẵng), 2023 review: "hơn 70%" dossier rate, full-process share at year end, GRDP share,
    # FTTH, adult use of online services. Traps: DTI 1st place, Viettel's 5G stations in the city, 2024 target,
    # Hải Châu district.
    (
        """Đà Nẵng: Năm 2023, hơn 70% hồ sơ thủ tục hành chính được xử lý trực tuyến

Cổng thông tin điện tử thành phố - Ngày 11/01/2024, Sở Thông tin và Truyền thông thành phố Đà Nẵng tổ chức hội nghị tổng kết công tác năm 2023.

Năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của thành phố đạt hơn 70%; quận Hải Châu đạt 86,4%. Đến cuối năm, tỷ lệ dịch vụ công trực tuyến toàn trình đạt 57,6% tổng số thủ tục hành chính. Tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến trong năm đạt 49,3%.

Kinh tế số của thành phố ước chiếm 19,4% GRDP; tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 92%. Trên địa bàn thành phố, Viettel đã phát sóng thử nghiệm 5G tại 20 trạm.

Đà Nẵng tiếp tục dẫn đầu khối tỉnh, thành phố về Chỉ số chuyển đổi số DTI năm 2022. Năm 2024, thành phố phấn đấu kinh tế số chiếm 20% GRDP.""",
        "2024-01-12",
        [
            ("online_dossier_rate", "Đà Nẵng", "year", "2023-12-31", 70.0),
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2023-12-31", 57.6),
            ("adult_population_using_dvctt_rate", "Đà Nẵng", "year", "2023-12-31", 49.3),
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 19.4),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2023-12-31", 92.0),
        ],
    ),
    # 37. Interview (Q&A) with the head of Long An's department, December 2022: 11-month ytd rates, and the 2021
    # rate the reporter quotes (a dated past value, kept). Traps: +17 points, Bến Lức district, 2025 target, team counts.
    (
        """Long An: "Chuyển đổi số phải lấy người dân làm trung tâm"

Phóng viên (PV): Năm 2021, tỷ lệ hồ sơ trực tuyến của tỉnh mới đạt khoảng 28%. Năm nay tình hình đã thay đổi ra sao, thưa ông?

Ông Nguyễn Văn Thanh, Giám đốc Sở TT&TT: Chuyển biến rất rõ. Lũy kế 11 tháng năm 2022, tỷ lệ hồ sơ được xử lý trực tuyến của tỉnh đạt 45,5%, tăng 17 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 63,2%. Huyện Bến Lức đạt trên 70%.

PV: Để có kết quả này, tỉnh đã làm gì?

Ông Nguyễn Văn Thanh: Tỉnh đã thành lập 1.026 tổ công nghệ số cộng đồng với hơn 5.800 thành viên, hướng dẫn người dân tại nhà cài đặt ứng dụng, nộp hồ sơ trực tuyến. Mục tiêu đến năm 2025 của tỉnh là 80% hồ sơ được xử lý trực tuyến.

PV: Xin cảm ơn ông!

Thanh Nga (thực hiện)""",
        "2022-12-14",
        [
            ("online_dossier_rate", "Long An", "year", "2021-12-31", 28.0),
            ("online_dossier_rate", "Long An", "ytd", "2022-11-30", 45.5),
            ("e_result_rate", "Long An", "ytd", "2022-11-30", 63.2),
        ],
    ),
    # 38. Government press on the working group's meeting (February 2023): national 2022 year rates for full-process
    # dossiers, e-results and data reuse. Traps: one ministry's 90% (Bộ Công an), one province's rank, "chỉ tăng 1,2 điểm",
    # 2023 targets.
    (
        """Tổ công tác cải cách TTHC: Tỷ lệ tái sử dụng dữ liệu năm 2022 mới đạt 3,4%

VGP - Chiều 14/2, tại phiên họp của Tổ công tác cải cách thủ tục hành chính của Thủ tướng, Văn phòng Chính phủ cho biết kết quả xử lý hồ sơ trực tuyến năm 2022 còn nhiều hạn chế.

Cụ thể, năm 2022, tỷ lệ hồ sơ xử lý trực tuyến toàn trình của cả nước đạt 16,9%; tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử đạt 25,3%, chỉ tăng 1,2 điểm phần trăm so với năm 2021; tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa mới đạt 3,4%.

Một số đơn vị đạt kết quả cao, như Bộ Công an có tỷ lệ hồ sơ trực tuyến toàn trình trên 90%.

Năm 2023, Tổ công tác yêu cầu các bộ, ngành, địa phương phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt ít nhất 30%, tỷ lệ số hóa kết quả đạt 50%.""",
        "2023-02-15",
        [
            ("online_dossier_full_process_rate", "national", "year", "2022-12-31", 16.9),
            ("e_result_rate", "national", "year", "2022-12-31", 25.3),
            ("data_reuse_rate", "national", "year", "2022-12-31", 3.4),
        ],
    ),
    # 39. NCSC year-end review of 2022: Q4 and full-year attack counts, botnet level at year end ("442 nghìn").
    # Traps: -44,5% year on year, phishing sites found (no id), Q4 sub-counts after "trong đó", 2023 plans.
    (
        """Năm 2022, Việt Nam ghi nhận 12.213 cuộc tấn công mạng gây sự cố

Theo Cục An toàn thông tin, năm 2022, Trung tâm NCSC đã ghi nhận, cảnh báo và hướng dẫn xử lý 12.213 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 44,5% so với năm 2021. Riêng quý IV/2022 ghi nhận 2.986 cuộc, trong đó 1.604 cuộc tấn công lừa đảo.

Đến cuối năm 2022, số địa chỉ IP của Việt Nam nằm trong các mạng botnet còn khoảng 442 nghìn. Trong năm, hệ thống kỹ thuật của Cục đã phát hiện và ngăn chặn hơn 5.500 trang web lừa đảo, giả mạo.

Năm 2023, Cục tiếp tục đẩy mạnh triển khai mô hình 4 lớp bảo vệ và các chiến dịch rà quét, bóc gỡ mã độc trên phạm vi toàn quốc.""",
        "2023-01-12",
        [
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("cyberattacks", "national", "quarter", "2022-12-31", 2986.0),
            ("botnet_ips", "national", "as_of", "2022-12-31", 442000.0),
        ],
    ),
    # 40. MIC report for August 2022 (press): full-process share of procedures at 31/8, National Portal month flow
    # and 8-month ytd payments ("2.150 tỷ đồng"). Traps: +3 points, one ministry's count, target 2022.
    (
        """Báo cáo tháng 8/2022: Cả nước có 38,9% dịch vụ công trực tuyến toàn trình

Theo báo cáo tình hình chuyển đổi số tháng 8/2022 của Bộ Thông tin và Truyền thông, tính đến ngày 31/8/2022, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của cả nước đạt 38,9%, tăng 3 điểm phần trăm so với đầu năm.

Trong tháng 8/2022, Cổng DVCQG tiếp nhận khoảng 1,1 triệu hồ sơ trực tuyến. Lũy kế 8 tháng năm 2022, Cổng đã thực hiện 2,6 triệu giao dịch thanh toán trực tuyến với số tiền 2.150 tỷ đồng. Riêng Bộ Tài chính có 312 dịch vụ công trực tuyến toàn trình.

Theo kế hoạch, năm 2022 tỷ lệ DVCTT toàn trình phải đạt tối thiểu 50%.""",
        "2022-09-07",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2022-08-31", 38.9),
            ("national_portal_dossiers_new", "national", "month", "2022-08-31", 1100000.0),
            ("online_payments_count_new", "national", "ytd", "2022-08-31", 2600000.0),
            ("online_payments_value_new", "national", "ytd", "2022-08-31", 2150.0),
        ],
    ),
    # 41. City newspaper (Cần Thơ), 2022 review with "gần" and "khoảng": year rates and levels at year end.
    # Traps: Ninh Kiều district, +10 points, a range 12-15% of GRDP as target, count of community teams.
    (
        """Cần Thơ: Năm 2022 gần 60% hồ sơ được xử lý trực tuyến

Báo Cần Thơ - Theo Sở Thông tin và Truyền thông, năm 2022, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn thành phố đạt gần 60%, tăng hơn 10 điểm phần trăm so với năm 2021; quận Ninh Kiều đạt 78,5%. Mức độ hài lòng của người dân, doanh nghiệp đạt 97,6%.

Kinh tế số của thành phố ước chiếm khoảng 10,2% GRDP. Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang đạt 83%. Thành phố hiện có 563 tổ công nghệ số cộng đồng.

Giai đoạn 2023–2025, Cần Thơ phấn đấu kinh tế số chiếm từ 12-15% GRDP.

Hồng Vân""",
        "2023-01-17",
        [
            ("online_dossier_rate", "Cần Thơ", "year", "2022-12-31", 60.0),
            ("satisfaction_rate", "Cần Thơ", "year", "2022-12-31", 97.6),
            ("digital_economy_gdp_share", "Cần Thơ", "year", "2022-12-31", 10.2),
            ("ftth_household_rate", "Cần Thơ", "as_of", "2022-12-31", 83.0),
        ],
    ),
    # 42. Ookla-based press for June 2022, dot decimals: fixed and mobile download speeds. Traps: "+2.4 Mbps" change,
    # upload 79.57 Mbps, ranks, Thailand's speed, 4G range "30-40 Mbps".
    (
        """Tốc độ mạng di động tại Việt Nam tháng 6/2022 đạt 33.96 Mbps

Theo Speedtest Global Index của Ookla, trong tháng 6/2022, tốc độ tải xuống trung bình của mạng di động tại Việt Nam đạt 33.96 Mbps, tăng 2.4 Mbps so với tháng trước, xếp thứ 53 thế giới. Tốc độ băng rộng cố định đạt 80.96 Mbps (tải lên 79.57 Mbps), xếp thứ 47.

Thái Lan có tốc độ băng rộng cố định lên tới 195.34 Mbps, thuộc nhóm dẫn đầu thế giới.

Theo các nhà mạng, tốc độ 4G thực tế tại các đô thị lớn phổ biến ở mức 30-40 Mbps; tại vùng nông thôn thấp hơn do mật độ trạm phát sóng còn thưa.""",
        "2022-07-21",
        [
            ("mobile_broadband_speed", "national", "month", "2022-06-30", 33.96),
            ("fixed_broadband_speed", "national", "month", "2022-06-30", 80.96),
        ],
    ),
    # 43. Provincial portal (Vĩnh Phúc), mid-2023: quarter and half in one clause pair ("Quý II", "lũy kế 6 tháng").
    # Traps: Phúc Yên city, "trên 65%" year-end target, +7,4 points, count of documents.
    (
        """Vĩnh Phúc: Quý II/2023, tỷ lệ hồ sơ trực tuyến đạt 48,3%

Cổng TTĐT Vĩnh Phúc - Theo báo cáo của Sở Thông tin và Truyền thông, quý II/2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh đạt 48,3%, tăng 7,4 điểm phần trăm so với quý I; lũy kế 6 tháng đầu năm đạt 44,1%. Tỷ lệ hồ sơ trực tuyến toàn trình trong quý II đạt 27,8%. Thành phố Phúc Yên đạt tỷ lệ cao nhất với 63,2%.

Trong 6 tháng, Sở đã tham mưu ban hành 24 văn bản chỉ đạo, điều hành về chuyển đổi số. Tỉnh phấn đấu đến cuối năm 2023 có trên 65% hồ sơ được xử lý trực tuyến.""",
        "2023-07-07",
        [
            ("online_dossier_rate", "Vĩnh Phúc", "quarter", "2023-06-30", 48.3),
            ("online_dossier_rate", "Vĩnh Phúc", "half", "2023-06-30", 44.1),
            ("online_dossier_full_process_rate", "Vĩnh Phúc", "quarter", "2023-06-30", 27.8),
        ],
    ),
]
