"""Genre probes, round 124: a broad, representative sample across families and text types (news, portal pages, notices, reports, provincial pages), 2022–2026, written blind and held out.

Held out to the end of stop 46 and not fitted: read once with the stop's start code 5e4027b (136 of 136 right, 136 of 139 found (1.00 / 0.98)) and once with its final extraction code (136 of 136, 136 of 139).
"""

CASES = [
    # 1. News article (headline, dateline, byline) on the National Portal's May 2024 figures: monthly flows on
    #    the _new twins, cumulative levels at 31/5; traps: month-on-month change, one ministry's count, a yearly target.
    (
        """Tháng 5/2024: Cổng Dịch vụ công quốc gia tiếp nhận hơn 1,35 triệu hồ sơ trực tuyến

Thứ Tư, 05/06/2024 - 14:32

(Chinhphu.vn) - Theo báo cáo của Văn phòng Chính phủ, trong tháng 5/2024, Cổng Dịch vụ công quốc gia có 412.560 tài khoản đăng ký mới; tiếp nhận 1,35 triệu hồ sơ trực tuyến; thực hiện 1,1 triệu giao dịch thanh toán trực tuyến với tổng số tiền 1.045 tỷ đồng.

Số hồ sơ trực tuyến trong tháng tăng 8,2% so với tháng 4/2024. Bộ Công an tiếp tục là đơn vị có lượng hồ sơ tiếp nhận qua Cổng lớn nhất với khoảng 620.000 hồ sơ, chủ yếu thuộc lĩnh vực đăng ký cư trú và cấp hộ chiếu phổ thông.

Lũy kế đến ngày 31/5/2024, Cổng Dịch vụ công quốc gia đã có 13,4 triệu tài khoản đăng ký; tiếp nhận 52,7 triệu hồ sơ trực tuyến; thực hiện 13,6 triệu giao dịch thanh toán trực tuyến với tổng số tiền trên 9.870 tỷ đồng.

Đánh giá về kết quả này, đại diện Cục Kiểm soát thủ tục hành chính cho biết, số lượng hồ sơ và giao dịch thanh toán tăng đều qua các tháng là nhờ việc tích hợp tài khoản định danh điện tử VNeID với Cổng Dịch vụ công quốc gia, giúp người dân chỉ cần một lần đăng nhập để thực hiện nhiều thủ tục khác nhau. Bên cạnh đó, nhiều dịch vụ có tần suất sử dụng lớn như cấp lại giấy phép lái xe, đăng ký khai sinh, đăng ký thường trú đã được chuẩn hóa biểu mẫu, giảm đáng kể thông tin người dân phải kê khai.

Tuy nhiên, theo Văn phòng Chính phủ, chất lượng cung cấp dịch vụ giữa các bộ, ngành, địa phương vẫn chưa đồng đều; một số hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh còn thường xuyên gián đoạn, việc đồng bộ trạng thái hồ sơ lên Cổng còn chậm. Trong tháng, Văn phòng Chính phủ đã ban hành 05 văn bản đôn đốc và tổ chức 02 đoàn kiểm tra tại các địa phương.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục rà soát, tái cấu trúc quy trình, phấn đấu trong năm 2024 đạt tỷ lệ 50% hồ sơ được xử lý trực tuyến toàn trình.

Thu Hằng

Chia sẻ  |  In bài  |  Tin liên quan""",
        "2024-06-05",
        [
            ("national_portal_accounts_new", "national", "month", "2024-05-31", 412560.0),
            ("national_portal_dossiers_new", "national", "month", "2024-05-31", 1350000.0),
            ("online_payments_count_new", "national", "month", "2024-05-31", 1100000.0),
            ("online_payments_value_new", "national", "month", "2024-05-31", 1045.0),
            ("national_portal_accounts", "national", "as_of", "2024-05-31", 13400000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-05-31", 52700000.0),
            ("online_payments_count", "national", "as_of", "2024-05-31", 13600000.0),
            ("online_payments_value", "national", "as_of", "2024-05-31", 9870.0),
        ],
    ),
    # 2. Đà Nẵng city portal page: the city's own 7-month rates (ytd) and a "hiện nay" service share (page date);
    #    traps: a district's rate, digitisation rate (no id), service counts, a year-end target.
    (
        """Đà Nẵng: Tỷ lệ hồ sơ trực tuyến toàn trình 7 tháng đạt 61,5%

Cổng thông tin điện tử thành phố Đà Nẵng > Tin tức - Sự kiện > Chuyển đổi số

Theo Sở Thông tin và Truyền thông, trong 7 tháng đầu năm 2023, tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận của thành phố đạt 78,2%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,5%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 92,1%.

Hiện nay, thành phố đang cung cấp 1.190/1.234 thủ tục hành chính dưới hình thức dịch vụ công trực tuyến, đạt tỷ lệ 96,4%; trong đó có 880 dịch vụ công trực tuyến toàn trình. Dẫn đầu về tỷ lệ hồ sơ trực tuyến ở cấp huyện là quận Hải Châu với 89,6%, tiếp đến là quận Thanh Khê.

Sở Thông tin và Truyền thông cho biết sẽ phối hợp với các sở, ngành và UBND các quận, huyện đẩy mạnh truyền thông, hướng dẫn người dân, phấn đấu đến cuối năm 2023 đạt ít nhất 80% hồ sơ trực tuyến toàn trình.

Bảo Anh""",
        "2023-08-10",
        [
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2023-07-31", 78.2),
            ("online_dossier_full_process_rate", "Đà Nẵng", "ytd", "2023-07-31", 61.5),
            ("dvctt_rate", "Đà Nẵng", "as_of", "2023-08-10", 96.4),
        ],
    ),
    # 3. Monthly cybersecurity bulletin: June 2024 attacks, the May figure in parentheses (kept), the half-year
    #    total, botnet IPs at end of June; traps: percent change, attack-type sub-counts after "trong đó", a target.
    (
        """Tình hình an toàn thông tin tháng 6/2024

Trong tháng 6/2024, Cục An toàn thông tin (Bộ Thông tin và Truyền thông) đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.125 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 4,7% so với tháng 5/2024 (1.180 cuộc). Trong đó có 512 cuộc tấn công lừa đảo (Phishing), 389 cuộc tấn công thay đổi giao diện (Deface) và 224 cuộc tấn công cài mã độc (Malware).

Tính chung 6 tháng đầu năm 2024, hệ thống kỹ thuật của Cục đã ghi nhận 6.950 cuộc tấn công mạng gây ra sự cố.

Tính đến cuối tháng 6/2024, số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet là 652.300 địa chỉ, giảm 6,5% so với cùng kỳ năm 2023. Bộ Thông tin và Truyền thông đặt mục tiêu trong năm 2024 giảm tiếp 20% số địa chỉ IP botnet thông qua các chiến dịch rà quét, bóc gỡ mã độc trên diện rộng.""",
        "2024-07-08",
        [
            ("cyberattacks", "national", "month", "2024-06-30", 1125.0),
            ("cyberattacks", "national", "month", "2024-05-31", 1180.0),
            ("cyberattacks", "national", "half", "2024-06-30", 6950.0),
            ("botnet_ips", "national", "as_of", "2024-06-30", 652300.0),
        ],
    ),
    # 4. Press piece on the UN E-Government Survey 2024: 71/193 (year of the edition) and the 2022 rank given
    #    for comparison; traps: "tăng 15 bậc", EGDI score, OSI rank, ASEAN rank, other countries' ranks.
    (
        """Việt Nam tăng 15 bậc về Chính phủ điện tử

Liên Hợp Quốc vừa công bố Báo cáo Khảo sát Chính phủ điện tử năm 2024. Theo đó, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022 (86/193). Đây là lần đầu tiên Việt Nam được xếp vào nhóm các quốc gia có chỉ số EGDI rất cao, với điểm số đạt 0,7709.

Trong ba chỉ số thành phần, chỉ số dịch vụ trực tuyến (OSI) tăng mạnh nhất, xếp thứ 51. Trong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei; Singapore xếp thứ 3 thế giới, Thái Lan xếp thứ 52.

Đan Mạch tiếp tục dẫn đầu bảng xếp hạng, tiếp theo là Estonia và Singapore. Theo Bộ Thông tin và Truyền thông, kết quả này phản ánh những nỗ lực trong cung cấp dịch vụ công trực tuyến và phát triển hạ tầng số thời gian qua; mục tiêu đến năm 2025 Việt Nam thuộc nhóm 50 nước dẫn đầu.""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 5. 5G news (mid-2025): national 5G stations and population coverage at end of June; traps: one operator's
    #    station count, 5G-only speed, upload speed, a year-end coverage target, Korea's coverage.
    (
        """Cả nước có hơn 9.300 trạm 5G sau 9 tháng thương mại hóa

VietnamPlus - 15/07/2025

Theo số liệu của Cục Viễn thông, tính đến hết tháng 6/2025, cả nước đã có hơn 9.300 trạm BTS 5G được lắp đặt và phát sóng; vùng phủ sóng 5G đạt khoảng 26% dân số.

Riêng Viettel đã phát sóng hơn 7.200 trạm 5G, phủ tới trung tâm các tỉnh, thành phố, khu công nghiệp và các điểm du lịch trọng điểm. Kết quả đo kiểm cho thấy tốc độ tải xuống trung bình trên mạng 5G đạt khoảng 500 Mbps, tốc độ tải lên đạt 95 Mbps.

Bộ Khoa học và Công nghệ đặt mục tiêu đến cuối năm 2025 phủ sóng 5G cho 50% dân số. Trước đó, Hàn Quốc mất khoảng hai năm để đưa vùng phủ 5G lên hơn 90% dân số sau khi thương mại hóa vào năm 2019.""",
        "2025-07-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 9300.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.0),
        ],
    ),
    # 6. Ookla index article for September 2024: fixed and mobile download speeds (month); traps: upload speeds,
    #    speed ranks, year-on-year growth, Singapore's speed.
    (
        """Tốc độ Internet di động của Việt Nam tăng 31% so với cùng kỳ

Theo Speedtest Global Index tháng 9/2024 do Ookla công bố, tốc độ tải xuống trung bình của băng rộng cố định tại Việt Nam đạt 158,47 Mbps, xếp thứ 39/153 quốc gia; tốc độ tải lên đạt 160,21 Mbps.

Với mạng di động, tốc độ tải xuống trung bình đạt 58,31 Mbps, xếp thứ 54/111; tốc độ tải lên đạt 24,15 Mbps. So với cùng kỳ năm trước, tốc độ tải xuống di động tăng 31%, tốc độ cố định tăng khoảng 17%.

Singapore tiếp tục dẫn đầu thế giới về tốc độ băng rộng cố định với 345,33 Mbps, trong khi UAE đứng đầu về tốc độ di động.""",
        "2024-10-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-09-30", 158.47),
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 58.31),
        ],
    ),
    # 7. Year-review paragraph on the digital economy: 2024 share and growth, 2023 share in parentheses;
    #    traps: ICT component after "Trong đó", "gấp 3 lần", 2025 and 2030 targets.
    (
        """Kinh tế số chiếm 18,3% GDP

Theo Bộ Thông tin và Truyền thông, năm 2024 tỷ trọng kinh tế số trong GDP ước đạt 18,3% (năm 2023 là 16,5%), tốc độ tăng trưởng kinh tế số khoảng 20%, gấp khoảng 3 lần tốc độ tăng trưởng GDP. Trong đó, kinh tế số ICT chiếm khoảng 8,3% GDP, kinh tế số nền tảng và kinh tế số ngành chiếm phần còn lại.

Chiến lược quốc gia phát triển kinh tế số và xã hội số đặt mục tiêu kinh tế số chiếm 20% GDP vào năm 2025 và 30% GDP vào năm 2030. Để đạt được mục tiêu này, tăng trưởng kinh tế số trong năm 2025 cần đạt trên 25%.""",
        "2025-02-11",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
        ],
    ),
    # 8. Report excerpt on NDXP at end of Q1 2024: agencies, connection points, cumulative, quarterly and daily
    #    average transactions; traps: year-on-year growth, one agency's volume.
    (
        """2. Về Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)

Tính đến ngày 31/3/2024, NDXP đã kết nối với 108 cơ quan, tổ chức (bao gồm các bộ, ngành, địa phương và một số doanh nghiệp nhà nước); thiết lập 139 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu. Tổng số giao dịch qua NDXP từ năm 2019 đến ngày 31/3/2024 đạt hơn 2,14 tỷ giao dịch.

Trong quý I/2024, NDXP có 231,6 triệu giao dịch, tăng 28% so với cùng kỳ năm 2023; trung bình mỗi ngày có 2,57 triệu giao dịch. Bảo hiểm xã hội Việt Nam là đơn vị có lượng giao dịch lớn nhất với khoảng 98 triệu giao dịch trong quý.""",
        "2024-04-10",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-03-31", 108.0),
            ("ndxp_connection_points", "national", "as_of", "2024-03-31", 139.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-03-31", 2140000000.0),
            ("ndxp_transactions_period", "national", "quarter", "2024-03-31", 231600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-03-31", 2570000.0),
        ],
    ),
]

CASES += [
    # 9. Press summary of Đề án 06 progress ("Đến nay" -> page date): chip ID cards, VNeID accounts, essential
    #    services, dossiers with personal ID; traps: level-2 sub-count after "trong đó", remainder "còn 8", applications.
    (
        """Đề án 06: Đã kích hoạt hơn 41,2 triệu tài khoản định danh điện tử

Theo Bộ Công an, đến nay đã cấp hơn 84,6 triệu thẻ Căn cước công dân gắn chíp; tiếp nhận hơn 66 triệu hồ sơ đề nghị cấp tài khoản định danh điện tử và đã kích hoạt 41,2 triệu tài khoản, trong đó 35,4 triệu tài khoản định danh điện tử mức 2.

Về dịch vụ công, đến nay đã cung cấp 45/53 dịch vụ công thiết yếu trực tuyến toàn trình theo Đề án 06; còn 8 dịch vụ đang được các bộ, ngành hoàn thiện quy trình. Tỷ lệ hồ sơ thủ tục hành chính được gắn số định danh cá nhân đạt 87,3%.

Tổ công tác triển khai Đề án 06 của Chính phủ yêu cầu các bộ, ngành khẩn trương hoàn thành các dịch vụ còn lại trong tháng 12/2023.""",
        "2023-11-20",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-11-20", 84600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-11-20", 41200000.0),
            ("essential_services_full_process", "national", "as_of", "2023-11-20", 45.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2023-11-20", 87.3),
        ],
    ),
    # 10. Committee notice on January 2024: online dossier, e-result and reuse rates split ministries / localities,
    #     plus the national online dossier rate; traps: February target, count of meetings, a ministry named.
    (
        """THÔNG BÁO
Kết luận của Tổ trưởng Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ tại cuộc họp tháng 02/2024

...

I. KẾT QUẢ ĐẠT ĐƯỢC
Trong tháng 01/2024, tỷ lệ hồ sơ được xử lý trực tuyến của các bộ, ngành đạt 61,2%, của các địa phương đạt 38,5%, tính chung cả nước đạt 44,8%. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử của các bộ, ngành đạt 58,7%, các địa phương đạt 72,4%. Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa của các bộ, ngành đạt 42,1%, các địa phương đạt 33,9%.

Từ đầu năm đến nay, Tổ công tác đã tổ chức 03 cuộc họp, ban hành 02 văn bản đôn đốc; Bộ Tư pháp đã hoàn thành rà soát nhóm thủ tục liên thông.

II. NHIỆM VỤ THỜI GIAN TỚI
Các bộ, ngành, địa phương phấn đấu trong tháng 02/2024 nâng tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 50%.""",
        "2024-02-28",
        [
            ("online_dossier_rate", "ministries", "month", "2024-01-31", 61.2),
            ("online_dossier_rate", "localities", "month", "2024-01-31", 38.5),
            ("online_dossier_rate", "national", "month", "2024-01-31", 44.8),
            ("e_result_rate", "ministries", "month", "2024-01-31", 58.7),
            ("e_result_rate", "localities", "month", "2024-01-31", 72.4),
            ("data_reuse_rate", "ministries", "month", "2024-01-31", 42.1),
            ("data_reuse_rate", "localities", "month", "2024-01-31", 33.9),
        ],
    ),
    # 11. News on dead-zone villages at 30/9/2024: national remaining villages, coverage share of all villages,
    #     share of former dead zones covered, one province (Lai Châu); traps: unelectrified sub-count, operator, target.
    (
        """Còn 1.014 thôn, bản chưa có sóng di động

Theo Bộ Thông tin và Truyền thông, tính đến ngày 30/9/2024, cả nước còn 1.014 thôn, bản chưa được phủ sóng di động băng rộng, trong đó 396 thôn chưa có điện lưới quốc gia. Cũng tính đến ngày 30/9/2024, tỷ lệ thôn, bản được phủ sóng di động băng rộng trên cả nước đạt 99,1%.

Chương trình "Sóng và máy tính cho em" cùng Chương trình cung cấp dịch vụ viễn thông công ích đã giúp 72,5% số thôn lõm sóng có điện lưới được phủ sóng tính đến ngày 30/9/2024. Riêng tỉnh Lai Châu đến ngày 30/9/2024 còn 85 thôn, bản chưa có sóng.

Viettel cho biết trong 9 tháng đã xây mới 620 trạm BTS tại các khu vực lõm sóng. Mục tiêu đến hết năm 2025 xóa 100% thôn, bản lõm sóng trên cả nước.

Theo đại diện Cục Viễn thông, các thôn, bản còn lõm sóng hiện tập trung chủ yếu tại khu vực miền núi phía Bắc và Tây Nguyên, địa hình chia cắt, dân cư thưa thớt, nhiều nơi chưa có đường giao thông và điện lưới, khiến chi phí đầu tư một trạm phát sóng cao gấp nhiều lần so với khu vực đồng bằng. Do đó, bên cạnh nguồn vốn của doanh nghiệp, Bộ đã đề xuất sử dụng Quỹ Dịch vụ viễn thông công ích Việt Nam để hỗ trợ đầu tư hạ tầng, đồng thời thử nghiệm giải pháp sử dụng năng lượng mặt trời và truyền dẫn vệ tinh cho các trạm ở vùng chưa có điện.

Các địa phương được đề nghị ưu tiên bố trí mặt bằng, hỗ trợ giải phóng mặt bằng và tạo điều kiện về thủ tục cấp phép xây dựng để doanh nghiệp sớm triển khai lắp đặt trạm phát sóng.

Từ khóa: lõm sóng, phủ sóng di động, viễn thông công ích""",
        "2024-10-02",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-09-30", 1014.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-09-30", 99.1),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-09-30", 72.5),
            ("villages_without_mobile_coverage", "Lai Châu", "as_of", "2024-09-30", 85.0),
        ],
    ),
    # 12. Banking news on Mobile Money at 31/5/2023 and the adult account share "hiện nay" (page date);
    #     traps: rural share after "trong đó", transaction value (no id), one operator's customers.
    (
        """Mobile Money cán mốc 5,6 triệu khách hàng

Theo Ngân hàng Nhà nước, tính đến ngày 31/5/2023, số lượng khách hàng đăng ký sử dụng dịch vụ Mobile Money đạt hơn 5,6 triệu, trong đó khoảng 67% ở khu vực nông thôn, miền núi, biên giới, hải đảo. Tổng giá trị giao dịch qua Mobile Money từ khi triển khai thí điểm đạt khoảng 8.190 tỷ đồng.

Riêng Viettel Money chiếm khoảng 3,9 triệu khách hàng, phần còn lại thuộc VNPT Money và MobiFone Money.

Hiện nay, khoảng 77,4% người trưởng thành tại Việt Nam đã có tài khoản thanh toán tại ngân hàng. Ngân hàng Nhà nước đặt mục tiêu đến cuối năm 2025 tỷ lệ này đạt ít nhất 80%.""",
        "2023-06-15",
        [
            ("mobile_money_customers", "national", "as_of", "2023-05-31", 5600000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-06-15", 77.4),
        ],
    ),
    # 13. Tax news: e-invoices received and processed to 29/02/2024; traps: coded-invoice sub-count after
    #     "trong đó", number of enterprises, cash-register invoices at petrol stations.
    (
        """Ngành thuế đã xử lý hơn 6,4 tỷ hóa đơn điện tử

Tổng cục Thuế cho biết, tính đến ngày 29/02/2024, cơ quan thuế đã tiếp nhận và xử lý hơn 6,4 tỷ hóa đơn điện tử, trong đó hơn 2,1 tỷ hóa đơn có mã của cơ quan thuế. Hiện có khoảng 1,5 triệu doanh nghiệp và tổ chức, cá nhân kinh doanh sử dụng hóa đơn điện tử.

Đối với hóa đơn điện tử khởi tạo từ máy tính tiền, đã có khoảng 6.300 cửa hàng xăng dầu thực hiện xuất hóa đơn theo từng lần bán hàng. Tổng cục Thuế yêu cầu các cục thuế địa phương tiếp tục rà soát, đôn đốc 100% cửa hàng xăng dầu triển khai trong quý II/2024.""",
        "2024-03-12",
        [("e_invoices_total", "national", "as_of", "2024-02-29", 6400000000.0)],
    ),
    # 14. Telecom year-end 2023 summary: smartphone share of subscriptions, fixed broadband subscriptions,
    #     FTTH households, mobile broadband per 100; traps: share of adults owning a smartphone (survey), 2024 target.
    (
        """Viễn thông năm 2023: 84,6% thuê bao di động dùng smartphone

Tính đến hết năm 2023, tỷ lệ thuê bao sử dụng điện thoại thông minh trên tổng số thuê bao di động đạt 84,6%. Tổng số thuê bao băng rộng cố định đạt 22,8 triệu; tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 79,2%; số thuê bao băng rộng di động trên 100 dân đạt 86,3.

Theo một khảo sát của Cục Viễn thông, khoảng 73% người trưởng thành sở hữu điện thoại thông minh. Năm 2024, ngành phấn đấu tỷ lệ thuê bao smartphone đạt 90% và tiếp tục ngừng cung cấp dịch vụ cho các thiết bị chỉ hỗ trợ 2G.""",
        "2024-01-18",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.6),
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22800000.0),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.2),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 86.3),
        ],
    ),
    # 15. Thừa Thiên Huế provincial portal: Q1 2024 satisfaction and adult use of online services at 31/3;
    #     traps: a district at 100%, app downloads (no id), target.
    (
        """Thừa Thiên Huế: 98,6% người dân hài lòng khi giải quyết thủ tục hành chính

Cổng Thông tin điện tử tỉnh Thừa Thiên Huế - 15/4/2024

Theo báo cáo của Văn phòng UBND tỉnh, trong quý I/2024, tỷ lệ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính trên địa bàn tỉnh đạt 98,6%; huyện Phong Điền đạt tỷ lệ hài lòng 100%.

Tính đến ngày 31/3/2024, tỷ lệ dân số trưởng thành trên địa bàn tỉnh sử dụng dịch vụ công trực tuyến đạt 52,3%. Ứng dụng Hue-S đã có hơn 1,2 triệu lượt tải và cài đặt. Tỉnh phấn đấu đến cuối năm 2024 có 60% dân số trưởng thành sử dụng dịch vụ công trực tuyến.""",
        "2024-04-15",
        [
            ("satisfaction_rate", "Thừa Thiên Huế", "quarter", "2024-03-31", 98.6),
            ("adult_population_using_dvctt_rate", "Thừa Thiên Huế", "as_of", "2024-03-31", 52.3),
        ],
    ),
    # 16. Government office notice (Sept 2023): fee-reduction provinces and simplified procedures "đến nay";
    #     traps: 04 provinces not yet, 497 not cut, the share 54,2% (no id), count of thematic resolutions.
    (
        """Văn phòng Chính phủ: 59/63 địa phương đã giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến

Theo Văn phòng Chính phủ, đến nay 59/63 địa phương đã trình Hội đồng nhân dân ban hành Nghị quyết quy định mức thu phí, lệ phí thấp hơn khi người dân, doanh nghiệp thực hiện thủ tục hành chính qua dịch vụ công trực tuyến; còn 04 địa phương chưa ban hành.

Về cắt giảm, đơn giản hóa quy định, Chính phủ đã ban hành 12 Nghị quyết chuyên đề; đến nay đã cắt giảm, đơn giản hóa 587/1.084 thủ tục hành chính, đạt 54,2%; còn 497 thủ tục hành chính chưa được thực thi phương án cắt giảm.""",
        "2023-09-12",
        [
            ("localities_fee_reduction", "national", "as_of", "2023-09-12", 59.0),
            ("procedures_simplified", "national", "as_of", "2023-09-12", 587.0),
        ],
    ),
]

CASES += [
    # 17. Report excerpt on information security at 31/7/2024: EMC connection and approved security-level
    #     shares, ministries / localities split; traps: count of dossiers approved, a target for year end.
    (
        """3. Công tác bảo đảm an toàn thông tin và giám sát giải quyết thủ tục hành chính

Tính đến ngày 31/7/2024, 97,3% hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh đã kết nối đầy đủ với Hệ thống thông tin giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC).

Cũng tính đến ngày 31/7/2024, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ an toàn đạt 78,4%; khối bộ, ngành đạt 82,1%, khối địa phương đạt 76,9%. Trong 7 tháng, Bộ Thông tin và Truyền thông đã thẩm định 214 hồ sơ đề xuất cấp độ. Bộ đề nghị các cơ quan hoàn thành phê duyệt cấp độ cho 100% hệ thống đang vận hành trước ngày 31/12/2024.""",
        "2024-08-05",
        [
            ("emc_connection_rate", "national", "as_of", "2024-07-31", 97.3),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-07-31", 78.4),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-07-31", 82.1),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-07-31", 76.9),
        ],
    ),
    # 18. Quảng Ninh year review 2023: digital economy share of GRDP and full-process dossier share (province);
    #     traps: GRDP growth (not digital-economy growth), DTI rank (no id), 2024 plan.
    (
        """Quảng Ninh: Kinh tế số ước chiếm 11,2% GRDP năm 2023

Năm 2023, kinh tế số của tỉnh Quảng Ninh ước chiếm 11,2% GRDP; tăng trưởng GRDP của tỉnh đạt 10,2%, tiếp tục thuộc nhóm dẫn đầu cả nước. Cũng trong năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình của tỉnh đạt 75,8%. Quảng Ninh tiếp tục giữ vị trí thứ 2 toàn quốc về Chỉ số chuyển đổi số cấp tỉnh (DTI).

Theo kế hoạch năm 2024, tỉnh phấn đấu kinh tế số chiếm 15% GRDP và 90% hồ sơ được xử lý trực tuyến toàn trình.

Quang Minh (Báo Quảng Ninh)""",
        "2024-01-22",
        [
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2023-12-31", 11.2),
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2023-12-31", 75.8),
        ],
    ),
    # 19. News on online-service provision "đến nay" (page date): eligible full-process share, full-process share
    #     of all procedures, online share of all procedures, services with dossiers; trap: "tăng 11,4 điểm phần trăm".
    (
        """Hơn 91% thủ tục đủ điều kiện đã được cung cấp trực tuyến toàn trình

Theo báo cáo của Bộ Thông tin và Truyền thông tại hội nghị trực tuyến ngày 08/12/2023, đến nay tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình đạt 91,6%. Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 43,9%, tăng 11,4 điểm phần trăm so với cùng kỳ năm 2022; tỷ lệ thủ tục hành chính được cung cấp trực tuyến trên tổng số thủ tục hành chính đạt 81,2%.

Tuy nhiên, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ mới đạt 47,5%, cho thấy nhiều dịch vụ được cung cấp nhưng người dân chưa sử dụng.""",
        "2023-12-08",
        [
            ("full_process_provision_rate", "national", "as_of", "2023-12-08", 91.6),
            ("dvctt_full_process_rate", "national", "as_of", "2023-12-08", 43.9),
            ("dvctt_rate", "national", "as_of", "2023-12-08", 81.2),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2023-12-08", 47.5),
        ],
    ),
    # 20. Undated saved excerpt (no sidecar) whose sentence carries its own date 15/12/2022: chip IDs and
    #     activated VNeID accounts; traps: applications received, the 2023 target.
    (
        """Tính đến ngày 15/12/2022, lực lượng Công an đã cấp 75,6 triệu thẻ Căn cước công dân gắn chíp cho công dân đủ điều kiện. Cùng thời điểm, đã tiếp nhận 22 triệu hồ sơ đề nghị cấp tài khoản định danh điện tử và kích hoạt 14,3 triệu tài khoản. Bộ Công an đặt mục tiêu trong năm 2023 kích hoạt khoảng 40 triệu tài khoản định danh điện tử, phục vụ kết nối với các dịch vụ công thiết yếu.""",
        None,
        [
            ("chip_id_cards_issued", "national", "as_of", "2022-12-15", 75600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2022-12-15", 14300000.0),
        ],
    ),
    # 21. Nghệ An year review 2024 (province): online, e-result and data-reuse rates for the year;
    #     traps: the province's own list of essential services (22/25), a district's rate, 2025 plan.
    (
        """Nghệ An đẩy mạnh cung cấp dịch vụ công trực tuyến

Báo Nghệ An - Thứ Hai, 10/02/2025

Năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh Nghệ An đạt 68,5%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 94,2%; tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa đạt 41,3%.

Tỉnh đã cung cấp 22/25 dịch vụ công thiết yếu theo danh mục do UBND tỉnh ban hành. Thị xã Cửa Lò là đơn vị cấp huyện có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 88,7%.

Năm 2025, Nghệ An đặt mục tiêu 80% hồ sơ được xử lý trực tuyến và 50% dữ liệu số hóa được tái sử dụng.""",
        "2025-02-10",
        [
            ("online_dossier_rate", "Nghệ An", "year", "2024-12-31", 68.5),
            ("e_result_rate", "Nghệ An", "year", "2024-12-31", 94.2),
            ("data_reuse_rate", "Nghệ An", "year", "2024-12-31", 41.3),
        ],
    ),
    # 22. Undated saved report excerpt (no sidecar), year-end 2022 telecom figures dated by "hết năm 2022":
    #     broadband subscriptions, per-100 ratios, Internet users; traps: telecom revenue (no id), 2025 target.
    (
        """Tính đến hết năm 2022, tổng số thuê bao băng rộng cố định đạt 21,2 triệu thuê bao, tương đương 21,4 thuê bao trên 100 dân; số thuê bao băng rộng di động đạt 76,3 triệu, tương đương 76,7 thuê bao trên 100 dân. Tỷ lệ dân số sử dụng Internet đạt 78,6%.

Doanh thu dịch vụ viễn thông năm 2022 ước đạt 137.000 tỷ đồng. Theo Chiến lược phát triển hạ tầng số, đến năm 2025 phổ cập dịch vụ băng rộng cố định đến 100% hộ gia đình có nhu cầu.""",
        None,
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 21200000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 21.4),
            ("mobile_broadband_subscriptions", "national", "as_of", "2022-12-31", 76300000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 76.7),
            ("internet_users_rate", "national", "as_of", "2022-12-31", 78.6),
        ],
    ),
    # 23. Bình Dương provincial news, Q1 2023 online dossier rate (province); traps: a provincial city's figure
    #     (Thủ Dầu Một), the year target, a change in points.
    (
        """Bình Dương: Quý I/2023, tỷ lệ hồ sơ trực tuyến đạt 71,4%

Theo Sở Thông tin và Truyền thông tỉnh Bình Dương, trong quý I/2023, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến của tỉnh đạt 71,4%, tăng 9,8 điểm phần trăm so với quý IV/2022. Thành phố Thủ Dầu Một dẫn đầu với 85%, tiếp theo là thành phố Thuận An và thành phố Dĩ An.

Tỉnh phấn đấu trong năm 2023 đạt tỷ lệ 80% hồ sơ trực tuyến, đồng thời triển khai thí điểm "Điểm hỗ trợ dịch vụ công trực tuyến" tại 91 xã, phường, thị trấn.""",
        "2023-04-18",
        [("online_dossier_rate", "Bình Dương", "quarter", "2023-03-31", 71.4)],
    ),
    # 24. Monthly report excerpt, 9 months of 2024: portal dossiers, payments count and value (ytd flows) and the
    #     ytd full-process dossier rate; traps: one ministry's dossiers, full-process sub-count after "trong đó".
    (
        """Lũy kế 9 tháng đầu năm 2024, Cổng Dịch vụ công quốc gia đã tiếp nhận 11,56 triệu hồ sơ trực tuyến, trong đó 5,1 triệu hồ sơ trực tuyến toàn trình; riêng Bộ Công an tiếp nhận hơn 2,1 triệu hồ sơ. Trong 9 tháng đầu năm 2024, Cổng đã thực hiện 8,9 triệu giao dịch thanh toán trực tuyến với số tiền 8.430 tỷ đồng.

Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ 9 tháng đầu năm 2024 đạt 37,8%, thấp hơn mục tiêu 50% đề ra tại Nghị quyết số 01/NQ-CP.""",
        "2024-10-08",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2024-09-30", 11560000.0),
            ("online_payments_count_new", "national", "ytd", "2024-09-30", 8900000.0),
            ("online_payments_value_new", "national", "ytd", "2024-09-30", 8430.0),
            ("online_dossier_full_process_rate", "national", "ytd", "2024-09-30", 37.8),
        ],
    ),
]

CASES += [
    # 25. Year-review news on cyber incidents in 2023 with the 2022 count in parentheses (kept, year 2022),
    #     botnet IPs at 31/12/2023; traps: "giảm 9,5%", cleaned-IP count, a 2024 forecast.
    (
        """Năm 2023: Gần 13.900 cuộc tấn công mạng gây sự cố vào hệ thống thông tin Việt Nam

(ICTnews) - Năm 2023, hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 13.900 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022 (15.360 cuộc).

Tính đến ngày 31/12/2023, số địa chỉ IP của Việt Nam nằm trong các mạng botnet là hơn 682.000 địa chỉ. Trong năm, các chiến dịch rà quét, bóc gỡ mã độc đã giúp làm sạch khoảng 50.000 địa chỉ IP.

Các chuyên gia dự báo trong năm 2024, tấn công bằng mã độc mã hóa dữ liệu (ransomware) nhắm vào các tổ chức tài chính và doanh nghiệp sản xuất sẽ tiếp tục gia tăng.

Bình luận (0)  |  Chia sẻ""",
        "2024-01-10",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("cyberattacks", "national", "year", "2022-12-31", 15360.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 682000.0),
        ],
    ),
    # 26. Hà Nội city portal, 11 months of 2024 (ytd) for the city: full-process dossier share, dossiers with
    #     personal ID, services with dossiers; traps: a district (Cầu Giấy), wards' count, year target.
    (
        """Hà Nội: 11 tháng năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 56,2%

Trang tin Sở Thông tin và Truyền thông Hà Nội | 05/12/2024

Theo báo cáo của UBND thành phố, trong 11 tháng năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình trên địa bàn Hà Nội đạt 56,2%; tỷ lệ hồ sơ được gắn số định danh cá nhân đạt 96,8%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 68,1%.

Quận Cầu Giấy là đơn vị dẫn đầu khối quận, huyện, thị xã với tỷ lệ hồ sơ trực tuyến toàn trình đạt 82,3%; 30 phường, xã đã triển khai mô hình "Bình dân học vụ số" hỗ trợ người cao tuổi. Thành phố phấn đấu đến hết năm 2024 đạt 60% hồ sơ trực tuyến toàn trình.""",
        "2024-12-05",
        [
            ("online_dossier_full_process_rate", "Hà Nội", "ytd", "2024-11-30", 56.2),
            ("dossiers_with_personal_id_rate", "Hà Nội", "ytd", "2024-11-30", 96.8),
            ("dvctt_with_dossiers_rate", "Hà Nội", "ytd", "2024-11-30", 68.1),
        ],
    ),
    # 27. Digital-report article: a vendor's Internet figure (trap) beside the Ministry's year-end 2024 figures
    #     (Internet users share, mobile broadband subscriptions); traps: social-media users, vendor share.
    (
        """Người Việt dành hơn 6 giờ mỗi ngày trên Internet

Theo báo cáo Digital 2025 của We Are Social và Meltwater, Việt Nam có khoảng 79,8 triệu người dùng Internet, chiếm 78,8% dân số, và 76,2 triệu người dùng mạng xã hội. Thời gian sử dụng Internet trung bình mỗi ngày là 6 giờ 18 phút.

Trong khi đó, theo số liệu của Bộ Thông tin và Truyền thông, đến hết năm 2024 tỷ lệ người dân sử dụng Internet đạt 82,6%, số thuê bao băng rộng di động đạt 88,6 triệu thuê bao.""",
        "2025-03-05",
        [
            ("internet_users_rate", "national", "as_of", "2024-12-31", 82.6),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 88600000.0),
        ],
    ),
    # 28. Lào Cai provincial news at 31/12/2023: the province's villages without coverage and share of villages
    #     with 4G coverage; traps: a district's count (Bát Xát), stations built, 2024 plan.
    (
        """Lào Cai: Còn 76 thôn, bản chưa có sóng di động

Báo Lào Cai - 09/01/2024

Tính đến ngày 31/12/2023, toàn tỉnh Lào Cai còn 76 thôn, bản chưa có sóng di động băng rộng, tập trung tại các huyện vùng cao; riêng huyện Bát Xát còn 21 thôn. Cùng thời điểm, tỷ lệ thôn, bản có sóng di động 4G trên địa bàn tỉnh đạt 95,1%.

Trong năm 2023, các doanh nghiệp viễn thông đã đầu tư xây mới 143 trạm BTS trên địa bàn. Năm 2024, tỉnh phấn đấu xóa ít nhất 40 thôn, bản lõm sóng.""",
        "2024-01-09",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2023-12-31", 76.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2023-12-31", 95.1),
        ],
    ),
    # 29. Committee notice with an explicit reporting window (21/10-20/11/2024): NDXP transactions in the window
    #     (month ending 20/11) and the daily average; cumulative at 20/11; trap: "tăng 12%".
    (
        """Trong tháng 11/2024 (từ ngày 21/10/2024 đến ngày 20/11/2024), Nền tảng tích hợp, chia sẻ dữ liệu quốc gia có 98,6 triệu giao dịch, tăng 12% so với tháng trước; trung bình hàng ngày có 3,18 triệu giao dịch. Tổng số giao dịch qua Nền tảng từ năm 2019 tính đến ngày 20/11/2024 đạt 3,02 tỷ giao dịch.""",
        "2024-11-28",
        [
            ("ndxp_transactions_period", "national", "month", "2024-11-20", 98600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-11-20", 3180000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-11-20", 3020000000.0),
        ],
    ),
    # 30. Whole article (Q1 2025): portal payments in the quarter and accounts at 31/3/2025; traps: one bank's
    #     share, a ministry's dossiers, growth on the same quarter.
    (
        """Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia tăng mạnh trong quý I

Thứ Hai, 07/04/2025 09:15 (GMT+7)

Quý I/2025, Cổng Dịch vụ công quốc gia ghi nhận 4,1 triệu giao dịch thanh toán trực tuyến với tổng số tiền 3.260 tỷ đồng, tăng 35% so với cùng kỳ năm 2024.

Theo Văn phòng Chính phủ, tính đến ngày 31/3/2025, Cổng có 18,9 triệu tài khoản đăng ký. Các giao dịch chủ yếu là nộp thuế, phí, lệ phí trước bạ và xử phạt vi phạm hành chính lĩnh vực giao thông. Riêng Vietcombank chiếm khoảng 32% số giao dịch; Bộ Công an tiếp nhận gần 1,5 triệu hồ sơ trong quý.

Trong thời gian tới, Văn phòng Chính phủ sẽ phối hợp với Ngân hàng Nhà nước mở rộng thêm các hình thức thanh toán qua ví điện tử và mã QR.

Minh Châu

Tags: Cổng Dịch vụ công quốc gia, thanh toán trực tuyến""",
        "2025-04-07",
        [
            ("online_payments_count_new", "national", "quarter", "2025-03-31", 4100000.0),
            ("online_payments_value_new", "national", "quarter", "2025-03-31", 3260.0),
            ("national_portal_accounts", "national", "as_of", "2025-03-31", 18900000.0),
        ],
    ),
    # 31. Digital economy 2022 with a vendor's growth (e-Conomy SEA) as a trap; traps: change in points,
    #     Singapore's share, USD size.
    (
        """Kinh tế số Việt Nam năm 2022 chiếm 14,26% GDP

Theo số liệu Bộ Thông tin và Truyền thông công bố tại hội nghị tổng kết, năm 2022 tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt 14,26%, tăng khoảng 2,2 điểm phần trăm so với năm 2021.

Báo cáo e-Conomy SEA 2022 của Google, Temasek và Bain & Company ước tính quy mô nền kinh tế số Việt Nam đạt 23 tỷ USD, tăng 28% so với năm trước, cao nhất Đông Nam Á. Ở Singapore, kinh tế số đóng góp khoảng 17% GDP.""",
        "2023-01-06",
        [("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26)],
    ),
    # 32. Telecom news (mid-2025): smartphone share of subscriptions and smartphone subscriptions at end of June;
    #     traps: share of phone users (people) with smartphones, remaining 2G subscriptions, a target.
    (
        """Gần 90% thuê bao di động đã dùng smartphone

Theo Cục Viễn thông, đến hết tháng 6/2025, tỷ lệ thuê bao sử dụng điện thoại thông minh trên tổng số thuê bao di động đạt 89,1%, tương đương khoảng 96,3 triệu thuê bao smartphone. Số thuê bao chỉ sử dụng công nghệ 2G còn khoảng 2,1 triệu.

Một khảo sát của Cục cho thấy tỷ lệ người dùng smartphone trên tổng số người dùng điện thoại di động đạt 92%. Cơ quan quản lý đặt mục tiêu tắt hoàn toàn sóng 2G trong năm 2026 và đạt 95% thuê bao smartphone.""",
        "2025-07-20",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 89.1),
            ("smartphone_subscriptions", "national", "as_of", "2025-06-30", 96300000.0),
        ],
    ),
    # 33. Committee notice on February 2025: full-process dossier and personal-ID dossier rates split ministries /
    #     localities; traps: one ministry's rate, change in points, the March target.
    (
        """Tổ công tác cải cách TTHC: Kết quả tháng 02/2025

Trong tháng 02/2025, tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành đạt 52,4%, các địa phương đạt 47,9%, tăng 5,1 điểm phần trăm so với tháng 01/2025. Tỷ lệ hồ sơ thủ tục hành chính được gắn số định danh cá nhân trong tháng 02/2025 của các bộ, ngành đạt 81,6%, các địa phương đạt 93,2%.

Bộ Tài chính là đơn vị có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất trong khối bộ, ngành với 97%. Tổ trưởng Tổ công tác yêu cầu các cơ quan phấn đấu trong tháng 3/2025 đạt tối thiểu 55% hồ sơ trực tuyến toàn trình.""",
        "2025-03-20",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2025-02-28", 52.4),
            ("online_dossier_full_process_rate", "localities", "month", "2025-02-28", 47.9),
            ("dossiers_with_personal_id_rate", "ministries", "month", "2025-02-28", 81.6),
            ("dossiers_with_personal_id_rate", "localities", "month", "2025-02-28", 93.2),
        ],
    ),
]

CASES += [
    # 34. Year-review article of 2025 (published January 2026): digital economy share and growth, 5G stations and
    #     coverage at 31/12/2025, December 2025 Ookla download speeds; traps: speed rank, one operator, 2026 targets.
    (
        """Năm 2025: Hạ tầng số bứt phá, kinh tế số ước chiếm 19,5% GDP

Hà Nội, 12/01/2026 - Tại hội nghị tổng kết công tác năm 2025, Bộ Khoa học và Công nghệ cho biết năm 2025 tỷ trọng kinh tế số trong GDP ước đạt 19,5%; tốc độ tăng trưởng kinh tế số ước khoảng 22%.

Về hạ tầng, tính đến ngày 31/12/2025, cả nước có hơn 19.200 trạm BTS 5G, vùng phủ sóng 5G đạt khoảng 86% dân số. Riêng Viettel chiếm khoảng 12.000 trạm. Theo Ookla, trong tháng 12/2025, tốc độ tải xuống trung bình của mạng di động Việt Nam đạt 152,8 Mbps, xếp thứ 17 thế giới; tốc độ tải xuống băng rộng cố định đạt 231,5 Mbps.

Phát biểu tại hội nghị, lãnh đạo Bộ đánh giá năm 2025 là năm đầu tiên triển khai Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, với nhiều cơ chế, chính sách mới được ban hành. Việc đấu giá thành công các băng tần cho 5G và cho phép các doanh nghiệp dùng chung hạ tầng đã giúp tốc độ triển khai mạng 5G nhanh hơn dự kiến. Trong năm, Bộ đã tham mưu trình Quốc hội 07 dự án luật và ban hành 42 thông tư.

Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như nguồn nhân lực công nghệ số chất lượng cao còn thiếu, kết nối, chia sẻ dữ liệu giữa các cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành còn chưa thông suốt, nhận thức về an toàn thông tin tại một số cơ quan, doanh nghiệp chưa đầy đủ.

Năm 2026, Bộ đặt mục tiêu kinh tế số chiếm 22% GDP, phủ sóng 5G cho 95% dân số và hoàn thành tắt sóng 2G trên toàn quốc.

Phương Linh

Tin cùng chuyên mục:
- Việt Nam chính thức thương mại hóa 5G: Cơ hội cho doanh nghiệp công nghệ
- Chuyển đổi số cấp xã sau sắp xếp đơn vị hành chính""",
        "2026-01-12",
        [
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 19.5),
            ("digital_economy_growth", "national", "year", "2025-12-31", 22.0),
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 19200.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 86.0),
            ("mobile_broadband_speed", "national", "month", "2025-12-31", 152.8),
            ("fixed_broadband_speed", "national", "month", "2025-12-31", 231.5),
        ],
    ),
    # 35. Monthly report summary for January 2026: portal flows, localities' online dossier rate, NDXP month total and
    #     daily average; traps: month-on-month change, a commune at 100%, count of provinces (34).
    (
        """Kết quả chuyển đổi số tháng 01/2026

Trong tháng 01/2026, Cổng Dịch vụ công quốc gia có 685.400 tài khoản đăng ký mới và tiếp nhận 2,96 triệu hồ sơ trực tuyến, tăng 4,3% so với tháng 12/2025. Tỷ lệ hồ sơ được xử lý trực tuyến của các địa phương trong tháng 01/2026 đạt 63,8%; 34/34 tỉnh, thành phố đã vận hành hệ thống thông tin giải quyết thủ tục hành chính dùng chung, nhiều xã như xã Phú Thượng (Hà Nội) đạt 100% hồ sơ trực tuyến.

Nền tảng tích hợp, chia sẻ dữ liệu quốc gia trong tháng 01/2026 có 162,4 triệu giao dịch, bình quân 5,24 triệu giao dịch mỗi ngày.""",
        "2026-02-10",
        [
            ("national_portal_accounts_new", "national", "month", "2026-01-31", 685400.0),
            ("national_portal_dossiers_new", "national", "month", "2026-01-31", 2960000.0),
            ("online_dossier_rate", "localities", "month", "2026-01-31", 63.8),
            ("ndxp_transactions_period", "national", "month", "2026-01-31", 162400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2026-01-31", 5240000.0),
        ],
    ),
    # 36. Banking news at end of 2024: Mobile Money customers and the adult account share; traps: rural sub-count
    #     after "trong đó", agent points (no id), "gấp 1,5 lần", one operator.
    (
        """Mobile Money vượt mốc 10 triệu khách hàng

Theo Ngân hàng Nhà nước, tính đến ngày 31/12/2024, số khách hàng đăng ký sử dụng Mobile Money đạt hơn 10,3 triệu, trong đó 7,2 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo; số lượng khách hàng gấp khoảng 1,5 lần so với cuối năm 2023. Mạng lưới điểm kinh doanh phục vụ Mobile Money đạt khoảng 24.000 điểm, riêng MobiFone Money có hơn 3.000 điểm.

Đến cuối năm 2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt gần 89%. Thời gian thí điểm Mobile Money được gia hạn đến hết ngày 31/12/2025.""",
        "2025-01-15",
        [
            ("mobile_money_customers", "national", "as_of", "2024-12-31", 10300000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 89.0),
        ],
    ),
    # 37. Đề án 06 news (December 2024, "Đến nay" -> page date): essential services of the 76 list, chip ID cards,
    #     activated VNeID accounts; traps: remainder (28), services completed in the month, VNeID log-ins (no id).
    (
        """Đề án 06: 48/76 dịch vụ công thiết yếu đã được cung cấp trực tuyến toàn trình

Đến nay, 48/76 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; còn 28 dịch vụ đang được các bộ, ngành tái cấu trúc quy trình. Riêng trong tháng 12/2024 đã hoàn thành thêm 4 dịch vụ.

Cũng theo Bộ Công an, đến nay đã cấp 87,1 triệu thẻ căn cước, kích hoạt 59,3 triệu tài khoản định danh điện tử; ứng dụng VNeID ghi nhận bình quân khoảng 1,7 triệu lượt truy cập mỗi ngày.""",
        "2024-12-20",
        [
            ("essential_services_full_process", "national", "as_of", "2024-12-20", 48.0),
            ("chip_id_cards_issued", "national", "as_of", "2024-12-20", 87100000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-20", 59300000.0),
        ],
    ),
    # 38. Press item on the 2025 administrative-reform plan: mostly targets, with the 2024 full-process dossier share
    #     and the current full-process service share; traps: 80%/100% targets, "tăng 2,3 điểm phần trăm".
    (
        """Năm 2025: Phấn đấu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến

Thủ tướng Chính phủ vừa ban hành Kế hoạch cải cách thủ tục hành chính năm 2025. Theo đó, phấn đấu 80% hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến; 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; 90% người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính.

Theo Văn phòng Chính phủ, năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ đạt 40,1%, tăng 2,3 điểm phần trăm so với năm 2023. Hiện nay, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 53,6%.""",
        "2025-01-20",
        [
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 40.1),
            ("dvctt_full_process_rate", "national", "as_of", "2025-01-20", 53.6),
        ],
    ),
    # 39. Press piece on provincial digital-economy measurement for 2023: three provinces' GRDP shares
    #     (each its own breakdown) and the national share; traps: change in points, DTI mention, the 2025 target.
    (
        """Bắc Ninh dẫn đầu cả nước về tỷ trọng kinh tế số trong GRDP

Bộ Thông tin và Truyền thông vừa công bố kết quả đo lường kinh tế số cấp tỉnh năm 2023. Theo đó, Bắc Ninh dẫn đầu với tỷ trọng kinh tế số đạt 29,4% GRDP, tăng 3,2 điểm phần trăm so với năm trước; tiếp theo là Bắc Giang với 21,6% và Hải Phòng với 14,9%.

Tính chung cả nước, năm 2023 kinh tế số chiếm 16,5% GDP. Nhiều địa phương có thứ hạng cao về Chỉ số chuyển đổi số (DTI) nhưng tỷ trọng kinh tế số còn thấp do chưa có doanh nghiệp công nghệ số quy mô lớn. Mục tiêu đến năm 2025 mỗi địa phương có kinh tế số chiếm tối thiểu 20% GRDP.""",
        "2024-10-25",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 29.4),
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 21.6),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2023-12-31", 14.9),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    # 40. Undated saved excerpt (no sidecar) on Q3 2024: national online dossier rate, the Q2 rate in parentheses
    #     (kept), full-process dossier share after "Trong đó" (another indicator: kept), services with dossiers.
    (
        """Quý III/2024, tỷ lệ hồ sơ được xử lý trực tuyến trên cả nước đạt 45,7%, cao hơn quý II/2024 (44,1%). Trong đó, hồ sơ trực tuyến toàn trình chiếm 38,2% tổng số hồ sơ tiếp nhận. Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trong quý III/2024 đạt 52,1%, song vẫn còn nhiều dịch vụ được cung cấp nhưng không có hồ sơ phát sinh trong nhiều tháng liên tục.""",
        None,
        [
            ("online_dossier_rate", "national", "quarter", "2024-09-30", 45.7),
            ("online_dossier_rate", "national", "quarter", "2024-06-30", 44.1),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-09-30", 38.2),
            ("dvctt_with_dossiers_rate", "national", "quarter", "2024-09-30", 52.1),
        ],
    ),
]

CASES += [
    # 41. Hà Tĩnh provincial portal (mid-2025): the province's FTTH household share and adult account share at
    #     30/6/2025, half-year online dossier rate; traps: one operator's new subscribers, coastal communes' share.
    (
        """Hà Tĩnh: 86,2% hộ gia đình sử dụng Internet cáp quang

Cổng TTĐT tỉnh Hà Tĩnh | Chuyển đổi số | 25/07/2025

Theo Sở Khoa học và Công nghệ, tính đến ngày 30/6/2025, tỷ lệ hộ gia đình sử dụng Internet cáp quang trên địa bàn tỉnh Hà Tĩnh đạt 86,2%; tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng hoặc tổ chức được phép đạt 84,7%. Một số xã ven biển có tỷ lệ hộ dùng cáp quang trên 95%.

Trong 6 tháng đầu năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh đạt 72,3%. Riêng VNPT Hà Tĩnh đã phát triển mới hơn 12.000 thuê bao cáp quang trong 6 tháng.

Tỉnh phấn đấu đến cuối năm 2025 có 90% hộ gia đình sử dụng cáp quang.""",
        "2025-07-25",
        [
            ("ftth_household_rate", "Hà Tĩnh", "as_of", "2025-06-30", 86.2),
            ("adults_with_bank_account_rate", "Hà Tĩnh", "as_of", "2025-06-30", 84.7),
            ("online_dossier_rate", "Hà Tĩnh", "half", "2025-06-30", 72.3),
        ],
    ),
    # 42. 2022 news on the National Portal (July 2022 flows, cumulative at 31/7/2022); traps: growth on June,
    #     one agency's dossiers, payment target.
    (
        """Cổng Dịch vụ công quốc gia: Tháng 7/2022 có gần 200.000 tài khoản đăng ký mới

Trong tháng 7/2022, Cổng Dịch vụ công quốc gia có 198.400 tài khoản đăng ký mới, tiếp nhận 736.500 hồ sơ trực tuyến, tăng 12% so với tháng 6/2022. Bảo hiểm xã hội Việt Nam là cơ quan có số hồ sơ tiếp nhận qua Cổng nhiều nhất với khoảng 210.000 hồ sơ.

Lũy kế đến ngày 31/7/2022, Cổng đã có 3,95 triệu tài khoản đăng ký; thực hiện 3,2 triệu giao dịch thanh toán trực tuyến với tổng số tiền khoảng 2.410 tỷ đồng. Văn phòng Chính phủ đặt mục tiêu đến cuối năm 2022 tỷ lệ hồ sơ thanh toán trực tuyến đạt 30%.""",
        "2022-08-04",
        [
            ("national_portal_accounts_new", "national", "month", "2022-07-31", 198400.0),
            ("national_portal_dossiers_new", "national", "month", "2022-07-31", 736500.0),
            ("national_portal_accounts", "national", "as_of", "2022-07-31", 3950000.0),
            ("online_payments_count", "national", "as_of", "2022-07-31", 3200000.0),
            ("online_payments_value", "national", "as_of", "2022-07-31", 2410.0),
        ],
    ),
    # 43. Cybersecurity bulletin (October 2022): the month's incidents and the 10-month total (ytd); traps: change,
    #     type sub-counts after "trong đó", botnet change only (no level).
    (
        """Tình hình an toàn thông tin tháng 10/2022

Trong tháng 10/2022, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã ghi nhận 1.250 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 8,1% so với tháng 9/2022; trong đó 478 cuộc tấn công Phishing, 502 cuộc tấn công Deface và 270 cuộc tấn công Malware. Lũy kế 10 tháng năm 2022, NCSC ghi nhận 12.840 cuộc tấn công mạng gây sự cố.

Số lượng địa chỉ IP của Việt Nam nằm trong mạng botnet trong tháng giảm 3,2% so với tháng trước nhờ chiến dịch bóc gỡ mã độc diện rộng.""",
        "2022-11-07",
        [
            ("cyberattacks", "national", "month", "2022-10-31", 1250.0),
            ("cyberattacks", "national", "ytd", "2022-10-31", 12840.0),
        ],
    ),
    # 44. District news page (Đông Anh, Hà Nội): every figure is the district's, a commune's or an operator's;
    #     nothing to record (traps only: district rates, communes, VNPT's subscribers, a target).
    (
        """Đông Anh: Quý I/2023, tỷ lệ hồ sơ trực tuyến đạt 91,2%

Cổng thông tin điện tử huyện Đông Anh - 20/04/2023

Trong quý I/2023, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến tại Bộ phận Một cửa huyện Đông Anh đạt 91,2%; 24/24 xã, thị trấn đã thành lập tổ công nghệ số cộng đồng. Xã Vân Nội là đơn vị có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 98,5%.

Tỷ lệ hộ gia đình sử dụng cáp quang trên địa bàn huyện đạt 93%; riêng VNPT Đông Anh đang cung cấp dịch vụ cho hơn 24.000 hộ. Huyện phấn đấu năm 2023 có 95% hồ sơ được tiếp nhận trực tuyến.""",
        "2023-04-20",
        [],
    ),
]
