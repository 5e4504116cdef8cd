"""Genre probes, round 99: a broad held-out sample of national news summaries and ministry and provincial portal pages, 2022-2025, covering every indicator family with the traps real pages carry, written blind.

First reading (held out to the end of stop 43's extraction work and read once with the stop's start code 1716bfb and once with the code of that moment (9a2c357)): 118 of 128 right, 118 of 129 found (0.92 / 0.91). With the code of stop 43's end: 120 of 127, 120 of 129. Nothing was fitted to it.
"""

CASES = [
    # 1 — VnExpress-style news on the UN E-Government Survey 2022; past editions kept, other countries, sub-index and target are traps
    (
        """Việt Nam giữ hạng 86 thế giới về Chính phủ điện tử

Thứ năm, 29/9/2022, 14:05 (GMT+7)

Điểm số Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam tăng lên 0,6787, song thứ hạng không đổi so với kỳ khảo sát trước.

Báo cáo Khảo sát Chính phủ điện tử năm 2022 của Vụ Kinh tế và Xã hội Liên Hợp Quốc (UN DESA) được công bố tại New York ngày 28/9. Theo đó, Việt Nam xếp hạng 86/193 quốc gia, thành viên Liên Hợp Quốc, tiếp tục thuộc nhóm có chỉ số EGDI cao, vượt mức trung bình của thế giới (0,6102) và của châu Á (0,6493).

Kỳ khảo sát năm 2020, Việt Nam cũng đứng thứ 86, còn năm 2018 ở vị trí 88/193.

Trong ba chỉ số thành phần, chỉ số dịch vụ trực tuyến (OSI) của Việt Nam tăng 4 bậc, lên thứ 77; chỉ số nguồn nhân lực (HCI) giảm nhẹ. Ở khu vực Đông Nam Á, Singapore đứng thứ 12, Malaysia thứ 53 và Thái Lan thứ 55, Việt Nam xếp thứ 6 trong khu vực.

Đại diện Bộ Thông tin và Truyền thông cho biết, theo Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, Việt Nam phấn đấu đến năm 2025 thuộc nhóm 50 nước dẫn đầu về EGDI. Để đạt mục tiêu này, các bộ, ngành, địa phương cần tập trung nâng cao chất lượng dịch vụ công trực tuyến và phát triển nguồn nhân lực số.""",
        "2022-09-29",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("egdi_rank", "national", "year", "2020-12-31", 86.0),
            ("egdi_rank", "national", "year", "2018-12-31", 88.0),
        ],
    ),
    # 2 — Ministry (MIC) portal: infrastructure figures for November 2022, Ookla speeds for October; upload speed, speed rank, sub-part and telecom revenue are traps
    (
        """Trang chủ > Tin tức > Viễn thông

Bộ TT&TT công bố số liệu phát triển hạ tầng số tháng 11/2022

05/12/2022 | Cục Viễn thông

Theo số liệu của Cục Viễn thông, tính đến hết tháng 11/2022, cả nước có 21,2 triệu thuê bao băng rộng cố định và 79,6 triệu thuê bao băng rộng di động. Trong đó, thuê bao băng rộng cố định sử dụng cáp quang (FTTH) chiếm 98,1%. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 81,4%; tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 74,2%.

Mật độ thuê bao băng rộng cố định đạt 21,4 thuê bao/100 dân; mật độ thuê bao băng rộng di động đạt 80,2 thuê bao/100 dân.

Về chất lượng dịch vụ, theo số liệu đo kiểm của Ookla (Speedtest) trong tháng 10/2022, tốc độ tải xuống trung vị của mạng băng rộng cố định tại Việt Nam đạt 82,6 Mbps, tốc độ tải lên đạt 80,1 Mbps; băng rộng di động có tốc độ tải xuống 36,9 Mbps, xếp thứ 55 thế giới.

Doanh thu dịch vụ viễn thông tháng 11 ước đạt 11.600 tỷ đồng, tăng 2,1% so với cùng kỳ năm 2021.

Chia sẻ | In bài""",
        "2022-12-05",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-11-30", 21200000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2022-11-30", 79600000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-11-30", 81.4),
            ("ftth_household_rate", "national", "as_of", "2022-11-30", 74.2),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2022-11-30", 21.4),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2022-11-30", 80.2),
            ("fixed_broadband_speed", "national", "month", "2022-10-31", 82.6),
            ("mobile_broadband_speed", "national", "month", "2022-10-31", 36.9),
        ],
    ),
    # 3 — Báo Chính phủ-style year review of NDXP for 2022; growth, sub-parts and the 2023 target are traps
    (
        """Nền tảng NDXP xử lý gần 380 triệu giao dịch trong năm 2022

(Chinhphu.vn) - Năm 2022, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) do Bộ Thông tin và Truyền thông xây dựng, vận hành đã ghi nhận 379,6 triệu giao dịch, tăng 52% so với năm 2021. Bình quân mỗi ngày trong năm 2022, nền tảng xử lý khoảng 1,04 triệu giao dịch.

Trong tổng số giao dịch năm 2022, giao dịch khai thác Cơ sở dữ liệu quốc gia về dân cư chiếm hơn 96 triệu, giao dịch với Cơ sở dữ liệu quốc gia về bảo hiểm chiếm khoảng 41 triệu.

Tính đến ngày 31/12/2022, lũy kế từ khi khai trương vào tháng 10/2019, tổng số giao dịch qua NDXP đạt hơn 723 triệu. Hiện NDXP đã kết nối với 105 cơ quan, đơn vị, gồm 22 bộ, cơ quan ngang bộ, 63 tỉnh, thành phố trực thuộc Trung ương và 20 tổ chức, doanh nghiệp; thiết lập 182 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.

Theo Cục Tin học hóa, năm 2023, Bộ Thông tin và Truyền thông đặt mục tiêu NDXP đạt 500 triệu giao dịch và kết nối thêm ít nhất 20 hệ thống thông tin của các bộ, ngành. Nền tảng cũng sẽ được nâng cấp để bảo đảm năng lực xử lý 5 triệu giao dịch mỗi ngày.""",
        "2023-01-10",
        [
            ("ndxp_transactions_period", "national", "year", "2022-12-31", 379600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2022-12-31", 1040000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2022-12-31", 723000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2022-12-31", 105.0),
            ("ndxp_connection_points", "national", "as_of", "2022-12-31", 182.0),
        ],
    ),
    # 4 — Bắc Ninh provincial portal: year 2022 review; DTI rank, the province's own 25-service list, changes and the 2023 target are traps
    (
        """Bắc Ninh: Chuyển đổi số năm 2022 đạt nhiều kết quả nổi bật

Cập nhật: 12/01/2023

Năm 2022, tỉnh Bắc Ninh tiếp tục nằm trong nhóm dẫn đầu cả nước về chuyển đổi số, xếp thứ 6/63 tỉnh, thành phố về Chỉ số chuyển đổi số (DTI), tăng 3 bậc so với năm 2021.

Về chính quyền số, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh đạt 71,3%; tỷ lệ hồ sơ được cấp kết quả giải quyết thủ tục hành chính điện tử đạt 62,5%. Tỉnh đã hoàn thành cung cấp 25/25 dịch vụ công thiết yếu theo danh mục của tỉnh; Cổng Dịch vụ công của tỉnh hiện cung cấp 1.987 thủ tục hành chính.

Về kinh tế số, tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 28,6%, cao nhất cả nước, nhờ đóng góp lớn của các doanh nghiệp sản xuất thiết bị điện tử.

Về hạ tầng, 100% thôn, khu phố trên địa bàn tỉnh đã có sóng di động 4G; tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 90,5%.

Năm 2023, tỉnh đặt mục tiêu kinh tế số chiếm 30% GRDP, tỷ lệ hồ sơ xử lý trực tuyến đạt trên 80%.""",
        "2023-01-12",
        [
            ("online_dossier_rate", "Bắc Ninh", "year", "2022-12-31", 71.3),
            ("e_result_rate", "Bắc Ninh", "year", "2022-12-31", 62.5),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2022-12-31", 28.6),
            ("villages_with_mobile_coverage_rate", "Bắc Ninh", "as_of", "2022-12-31", 100.0),
            ("ftth_household_rate", "Bắc Ninh", "as_of", "2022-12-31", 90.5),
        ],
    ),
    # 5 — ICTVietnam-style news on August 2022 cyberattacks; the July value in parentheses kept; attack-type sub-counts, change, vendor rank, target are traps
    (
        """Tháng 8/2022: Giảm 11,3% số cuộc tấn công mạng vào hệ thống thông tin tại Việt Nam

ICTVietnam - 08/09/2022

Trong tháng 8/2022, Cục An toàn thông tin (Bộ TT&TT) đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.043 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 11,3% so với tháng 7/2022 (1.176 cuộc). Trong đó có 398 cuộc tấn công lừa đảo (Phishing), 487 cuộc tấn công thay đổi giao diện (Deface) và 158 cuộc tấn công cài mã độc (Malware).

Tính lũy kế 8 tháng đầu năm 2022, tổng số cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam là 8.612 cuộc.

Cũng theo Cục An toàn thông tin, số lượng địa chỉ IP nằm trong các mạng máy tính ma (botnet) tại Việt Nam tính đến cuối tháng 8/2022 là khoảng 571.000 địa chỉ, giảm 2,3% so với tháng trước.

Theo thống kê của một hãng bảo mật nước ngoài, trong nửa đầu năm nay Việt Nam đứng thứ 3 Đông Nam Á về số vụ tấn công mã độc tống tiền nhắm vào doanh nghiệp.

Bộ TT&TT yêu cầu các cơ quan nhà nước đẩy nhanh việc phê duyệt hồ sơ đề xuất cấp độ, phấn đấu đến năm 2025, 100% hệ thống thông tin được phê duyệt cấp độ và triển khai phương án bảo đảm an toàn theo cấp độ.""",
        "2022-09-08",
        [
            ("cyberattacks", "national", "month", "2022-08-31", 1043.0),
            ("cyberattacks", "national", "month", "2022-07-31", 1176.0),
            ("cyberattacks", "national", "ytd", "2022-08-31", 8612.0),
            ("botnet_ips", "national", "as_of", "2022-08-31", 571000.0),
        ],
    ),
    # 6 — Government portal (Cổng DVCQG) half-year 2022: cumulative levels and their half-year flows; procedure counts, visits and a sub-count are traps
    (
        """CỔNG DỊCH VỤ CÔNG QUỐC GIA
Kết quả vận hành 6 tháng đầu năm 2022

Ngày đăng: 08/07/2022

Tính đến ngày 30/6/2022, Cổng Dịch vụ công quốc gia đã tích hợp, cung cấp 4.412 dịch vụ công trực tuyến trên tổng số 6.519 thủ tục hành chính; có hơn 3,7 triệu tài khoản đăng ký, 142,3 triệu lượt truy cập; tiếp nhận gần 5,6 triệu hồ sơ trực tuyến thực hiện qua Cổng; thực hiện hơn 3,5 triệu giao dịch thanh toán trực tuyến với tổng số tiền trên 2.600 tỷ đồng.

Riêng 6 tháng đầu năm 2022, Cổng có 1,1 triệu tài khoản đăng ký mới; 2,3 triệu hồ sơ trực tuyến được nộp qua Cổng; 1,6 triệu giao dịch thanh toán trực tuyến với giá trị khoảng 1.180 tỷ đồng. Trong số hồ sơ trực tuyến, có khoảng 1,2 triệu hồ sơ thuộc các dịch vụ công thiết yếu theo Đề án 06.

Qua Hệ thống thông tin tiếp nhận, trả lời phản ánh, kiến nghị và đánh giá trên Cổng, trong 6 tháng đầu năm, tỷ lệ người dân, doanh nghiệp hài lòng trong giải quyết thủ tục hành chính đạt 86,9%.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục rà soát, tái cấu trúc quy trình, bảo đảm tích hợp 100% dịch vụ công trực tuyến toàn trình lên Cổng trong năm 2022.""",
        "2022-07-08",
        [
            ("national_portal_accounts", "national", "as_of", "2022-06-30", 3700000.0),
            ("national_portal_dossiers", "national", "as_of", "2022-06-30", 5600000.0),
            ("online_payments_count", "national", "as_of", "2022-06-30", 3500000.0),
            ("online_payments_value", "national", "as_of", "2022-06-30", 2600.0),
            ("national_portal_accounts_new", "national", "half", "2022-06-30", 1100000.0),
            ("national_portal_dossiers_new", "national", "half", "2022-06-30", 2300000.0),
            ("online_payments_count_new", "national", "half", "2022-06-30", 1600000.0),
            ("online_payments_value_new", "national", "half", "2022-06-30", 1180.0),
            ("satisfaction_rate", "national", "half", "2022-06-30", 86.9),
        ],
    ),
    # 7 — Dân trí-style news on chip ID cards and VNeID at end-2022; records collected, the target and the growth multiple are traps
    (
        """Đã cấp hơn 80 triệu thẻ căn cước công dân gắn chip

27/12/2022 - 09:12

(Dân trí) - Lực lượng Công an đã cơ bản hoàn thành việc cấp thẻ căn cước công dân gắn chip cho công dân đủ điều kiện, đồng thời đẩy mạnh cấp tài khoản định danh điện tử.

Theo Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06, Bộ Công an), tính đến ngày 25/12/2022, toàn lực lượng đã thu nhận hơn 81,4 triệu hồ sơ, cấp hơn 80,1 triệu thẻ căn cước công dân gắn chip điện tử.

Về định danh điện tử, cũng đến thời điểm này, Bộ Công an đã tiếp nhận 14,2 triệu hồ sơ đề nghị cấp tài khoản định danh điện tử, trong đó đã kích hoạt 5,4 triệu tài khoản trên ứng dụng VNeID. Số tài khoản được kích hoạt trong tháng 12 cao gấp 3 lần so với tháng 10.

Đại diện C06 cho biết, thời gian tới, Bộ Công an phấn đấu đến ngày 30/6/2023 hoàn thành cấp tài khoản định danh điện tử cho 40 triệu công dân, phục vụ việc thực hiện các dịch vụ công thiết yếu và các tiện ích về an sinh xã hội.

Người dân có thể tự đăng ký tài khoản định danh điện tử mức độ 1 trên ứng dụng VNeID hoặc đến cơ quan Công an cấp xã để được hướng dẫn đăng ký tài khoản mức độ 2.""",
        "2022-12-27",
        [
            ("chip_id_cards_issued", "national", "as_of", "2022-12-25", 80100000.0),
            ("vneid_activated_accounts", "national", "as_of", "2022-12-25", 5400000.0),
        ],
    ),
    # 8 — Đà Nẵng city portal: the 2022 digital-transformation plan, targets and task counts only; no values
    (
        """Đà Nẵng ban hành Kế hoạch chuyển đổi số năm 2022

15/04/2022

UBND thành phố Đà Nẵng vừa ban hành Kế hoạch chuyển đổi số năm 2022 với 6 nhóm nhiệm vụ và 85 nhiệm vụ cụ thể, giao cho các sở, ban, ngành và UBND các quận, huyện triển khai.

Theo kế hoạch, trong năm 2022 thành phố phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 50%; 100% hồ sơ được cấp kết quả điện tử; kinh tế số chiếm 15% GRDP; 90% hộ gia đình có kết nối Internet cáp quang và 85% thuê bao di động sử dụng điện thoại thông minh.

Về hạ tầng, thành phố đặt mục tiêu phủ sóng 5G thử nghiệm tại các khu công nghệ cao, khu công nghệ thông tin tập trung và trung tâm hành chính.

Sở Thông tin và Truyền thông được giao chủ trì theo dõi, đôn đốc, định kỳ hằng quý tổng hợp kết quả thực hiện, báo cáo UBND thành phố trước ngày 20 của tháng cuối quý. Kinh phí thực hiện được bố trí từ nguồn ngân sách thành phố và các nguồn huy động hợp pháp khác.""",
        "2022-04-15",
        [],
    ),
    # 9 — VietNamNet-style news on Q1 2023 ICT results: revenue, exports, firms, innovation rank, a people-based smartphone share; no catalog values
    (
        """Doanh thu công nghiệp ICT quý I/2023 ước đạt 790.000 tỷ đồng

VietNamNet - 10/04/2023

Theo báo cáo của Bộ TT&TT, quý I/2023, doanh thu lĩnh vực công nghiệp công nghệ thông tin ước đạt 790.000 tỷ đồng; kim ngạch xuất khẩu phần cứng, điện tử ước đạt 25,6 tỷ USD, giảm 7,8% so với cùng kỳ do nhu cầu thế giới sụt giảm.

Cả nước hiện có khoảng 70.000 doanh nghiệp công nghệ số đang hoạt động. Doanh thu dịch vụ bưu chính trong quý ước đạt 10.800 tỷ đồng, tăng 12% so với cùng kỳ năm trước.

Một khảo sát của Bộ cho thấy tỷ lệ người dùng điện thoại thông minh trên tổng số người dùng điện thoại di động đạt khoảng 84%.

Về chỉ số quốc tế, trong Chỉ số Đổi mới sáng tạo toàn cầu (GII) năm 2022, Việt Nam xếp thứ 48/132 nền kinh tế; Chỉ số phát triển bưu chính tích hợp (2IPD) của Liên minh Bưu chính thế giới xếp Việt Nam thứ 47/172.

Bộ trưởng Nguyễn Mạnh Hùng yêu cầu các đơn vị tập trung tháo gỡ khó khăn cho doanh nghiệp, phấn đấu năm 2023 doanh thu công nghiệp ICT đạt 3,7 triệu tỷ đồng.""",
        "2023-04-10",
        [],
    ),
    # 10 — Ministry of Public Security portal: Đề án 06 half-year 2023 conference; remainder, one ministry's count and authentication counts are traps
    (
        """Sơ kết 6 tháng thực hiện Đề án 06: Nhiều kết quả quan trọng

Ngày đăng: 05/07/2023

Sáng 4/7/2023, tại Hà Nội, Tổ công tác triển khai Đề án 06 của Chính phủ tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.

Báo cáo tại hội nghị cho biết, đến nay đã hoàn thành cung cấp toàn trình 32/53 dịch vụ công thiết yếu theo Quyết định số 422/QĐ-TTg của Thủ tướng Chính phủ; 21 dịch vụ còn lại đang được các bộ, ngành khẩn trương hoàn thiện. Riêng Bộ Công an đã cung cấp 12 dịch vụ công thiết yếu toàn trình.

Công tác cấp căn cước công dân và định danh điện tử tiếp tục được đẩy mạnh: đã cấp 83,7 triệu thẻ căn cước công dân gắn chip; kích hoạt 17,3 triệu tài khoản định danh điện tử mức độ 2. Hệ thống định danh và xác thực điện tử đã thực hiện hơn 2,3 tỷ lượt xác thực thông tin công dân phục vụ các bộ, ngành, địa phương.

Tỷ lệ hồ sơ thủ tục hành chính gắn số định danh cá nhân đạt 59%.

Phát biểu kết luận, Phó Thủ tướng Trần Lưu Quang đề nghị các bộ, ngành hoàn thành cung cấp các dịch vụ công thiết yếu còn lại trong quý III/2023 và phấn đấu đến cuối năm 2023 kích hoạt 40 triệu tài khoản định danh điện tử.""",
        "2023-07-05",
        [
            ("essential_services_full_process", "national", "as_of", "2023-07-04", 32.0),
            ("chip_id_cards_issued", "national", "as_of", "2023-07-04", 83700000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-07-04", 17300000.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2023-07-04", 59.0),
        ],
    ),
    # 11 — Dân trí-style year review of cybersecurity 2023 (published January 2024); 2022 value in parentheses kept; ministries/localities split; vendor figures are traps
    (
        """Năm 2023, Việt Nam ghi nhận 13.900 cuộc tấn công mạng gây sự cố

05/01/2024 - 07:30

(Dân trí) - Năm 2023, Cục An toàn thông tin (Bộ Thông tin và Truyền thông) đã ghi nhận, cảnh báo và hướng dẫn xử lý 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 13,8% so với năm 2022 (12.213 cuộc).

Số địa chỉ IP thuộc các mạng botnet tại Việt Nam vào cuối năm 2023 là khoảng 480.000, giảm gần 30% so với cuối năm 2022.

Về bảo đảm an toàn hệ thống thông tin theo cấp độ, tỷ lệ hệ thống thông tin của cơ quan nhà nước đã được phê duyệt hồ sơ đề xuất cấp độ đạt 52,7%; trong đó các bộ, ngành đạt 61,2%, các địa phương đạt 47,5%.

Theo báo cáo của một công ty an ninh mạng trong nước, thiệt hại do virus máy tính gây ra đối với người dùng Việt Nam năm 2023 ước khoảng 21.000 tỷ đồng; hãng Kaspersky cho biết đã phát hiện và ngăn chặn hơn 34 triệu mối đe dọa trực tuyến nhắm vào người dùng tại Việt Nam.

Năm 2024, Bộ TT&TT yêu cầu các bộ, ngành, địa phương hoàn thành phê duyệt cấp độ cho 100% hệ thống thông tin đang vận hành trước tháng 9/2024.""",
        "2024-01-05",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 480000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-31", 52.7),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-12-31", 61.2),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-12-31", 47.5),
        ],
    ),
    # 12 — Quảng Ninh provincial portal: Q3 2023 administrative-reform results published in late November ("hiện nay" = end of the quarter); digitisation rate, PAR index and dossier count are traps
    (
        """Quảng Ninh: Kết quả cải cách hành chính quý III/2023

20/11/2023 | Trung tâm Phục vụ hành chính công tỉnh

Quý III/2023, Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa các cấp trên địa bàn tỉnh Quảng Ninh đã tiếp nhận 245.600 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ được tiếp nhận, xử lý trực tuyến đạt 92,4%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 67,8%.

Công tác số hóa tiếp tục được chú trọng: tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 95,1%, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 58,1%. Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính trong quý đạt 98,7%.

Hiện nay, 100% thủ tục hành chính đủ điều kiện trên địa bàn tỉnh đã được cung cấp dịch vụ công trực tuyến toàn trình.

Quảng Ninh tiếp tục dẫn đầu cả nước về Chỉ số cải cách hành chính (PAR Index) năm 2022 và là một trong những địa phương có Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) cao nhất.

Trong quý IV, tỉnh đặt mục tiêu nâng tỷ lệ hồ sơ trực tuyến toàn trình lên trên 70%.""",
        "2023-11-20",
        [
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2023-09-30", 92.4),
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2023-09-30", 67.8),
            ("data_reuse_rate", "Quảng Ninh", "quarter", "2023-09-30", 58.1),
            ("satisfaction_rate", "Quảng Ninh", "quarter", "2023-09-30", 98.7),
            ("full_process_provision_rate", "Quảng Ninh", "as_of", "2023-09-30", 100.0),
        ],
    ),
    # 13 — ICTVietnam-style news on the Ookla index for September 2023 with August values; ranks, upload speed, other countries and year-on-year change are traps
    (
        """Tốc độ Internet di động của Việt Nam tăng 4 bậc trong tháng 9/2023

18/10/2023 | ICTVietnam

Theo Speedtest Global Index tháng 9/2023 do Ookla công bố, tốc độ trung vị tải xuống của mạng băng rộng di động Việt Nam đạt 47,65 Mbps, giúp Việt Nam tăng 4 bậc lên vị trí thứ 50 trên thế giới. Tốc độ tải lên của mạng di động đạt 20,3 Mbps.

Với băng rộng cố định, tốc độ tải xuống trung vị đạt 97,08 Mbps, xếp thứ 44/178 quốc gia, vùng lãnh thổ. Tháng 8/2023, tốc độ tải xuống của băng rộng di động và cố định lần lượt là 46,1 Mbps và 95,2 Mbps.

So với cùng kỳ năm 2022, tốc độ băng rộng di động tăng khoảng 23%, băng rộng cố định tăng 17%.

Trong khu vực, Singapore tiếp tục dẫn đầu thế giới về tốc độ băng rộng cố định với 256 Mbps; Thái Lan đạt 211 Mbps. Về di động, Brunei và Malaysia đứng trên Việt Nam.

Theo Cục Viễn thông, việc các doanh nghiệp mở rộng băng tần, đầu tư nâng cấp mạng 4G và chuẩn bị cho thương mại hóa 5G là nguyên nhân chính giúp chất lượng dịch vụ được cải thiện. Bộ TT&TT đặt mục tiêu đến năm 2025 tốc độ băng rộng di động đạt tối thiểu 100 Mbps.""",
        "2023-10-18",
        [
            ("mobile_broadband_speed", "national", "month", "2023-09-30", 47.65),
            ("fixed_broadband_speed", "national", "month", "2023-09-30", 97.08),
            ("mobile_broadband_speed", "national", "month", "2023-08-31", 46.1),
            ("fixed_broadband_speed", "national", "month", "2023-08-31", 95.2),
        ],
    ),
    # 14 — MIC portal monthly digital-transformation report for July 2023 with a table: monthly portal flows, cumulative levels, NDXP seven-month figures and the ministries/localities split
    (
        """BÁO CÁO NHANH KẾT QUẢ CHUYỂN ĐỔI SỐ THÁNG 7/2023

Ngày 10/08/2023

1. Cổng Dịch vụ công quốc gia

| Chỉ tiêu | Tháng 7/2023 | Lũy kế đến hết tháng 7/2023 |
|---|---|---|
| Tài khoản đăng ký | 412.000 | 9,2 triệu |
| Hồ sơ trực tuyến thực hiện qua Cổng | 1,35 triệu | 21,4 triệu |
| Giao dịch thanh toán trực tuyến | 870.000 | 14,6 triệu |
| Số tiền thanh toán trực tuyến (tỷ đồng) | 610 | 10.450 |

Số tài khoản đăng ký mới trong tháng tăng 18% so với tháng 6/2023.

2. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)

7 tháng đầu năm 2023, NDXP ghi nhận 312 triệu giao dịch, trung bình mỗi ngày khoảng 1,47 triệu giao dịch.

3. Xử lý hồ sơ trực tuyến

7 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 41,2%; trong đó các bộ, ngành đạt 55,3%, các địa phương đạt 33,9%. Mục tiêu năm 2023 là đạt 50%.""",
        "2023-08-10",
        [
            ("national_portal_accounts_new", "national", "month", "2023-07-31", 412000.0),
            ("national_portal_dossiers_new", "national", "month", "2023-07-31", 1350000.0),
            ("online_payments_count_new", "national", "month", "2023-07-31", 870000.0),
            ("online_payments_value_new", "national", "month", "2023-07-31", 610.0),
            ("national_portal_accounts", "national", "as_of", "2023-07-31", 9200000.0),
            ("national_portal_dossiers", "national", "as_of", "2023-07-31", 21400000.0),
            ("online_payments_count", "national", "as_of", "2023-07-31", 14600000.0),
            ("online_payments_value", "national", "as_of", "2023-07-31", 10450.0),
            ("ndxp_transactions_period", "national", "ytd", "2023-07-31", 312000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-07-31", 1470000.0),
            ("online_dossier_rate", "national", "ytd", "2023-07-31", 41.2),
            ("online_dossier_rate", "ministries", "ytd", "2023-07-31", 55.3),
            ("online_dossier_rate", "localities", "ytd", "2023-07-31", 33.9),
        ],
    ),
    # 15 — VnExpress-style news on dead-zone villages, May 2023; electrified sub-count, the year's coverage flow, one operator's figure and the 2024 target are traps
    (
        """Cả nước còn hơn 1.800 thôn, bản chưa có sóng di động

Thứ sáu, 2/6/2023, 06:00 (GMT+7)

Theo Bộ Thông tin và Truyền thông, tính đến cuối tháng 5/2023, cả nước còn 1.839 thôn lõm sóng, trong đó 1.204 thôn đã có điện lưới. Tỷ lệ thôn, bản có sóng di động trên cả nước đạt 98,2%.

Từ đầu năm đến nay, các doanh nghiệp viễn thông đã phủ sóng mới cho 215 thôn, riêng Viettel phủ sóng 156 thôn. Đến nay, 28,6% số thôn lõm sóng có điện lưới đã được phủ sóng theo Chương trình "Sóng và máy tính cho em".

Những thôn còn lại phần lớn nằm ở các tỉnh miền núi phía Bắc và Tây Nguyên như Hà Giang, Lai Châu, Điện Biên, Kon Tum, nơi địa hình chia cắt, dân cư thưa thớt, chi phí đầu tư một trạm phát sóng có thể gấp 3-4 lần so với vùng đồng bằng.

Bộ TT&TT đã yêu cầu các doanh nghiệp phối hợp với địa phương đẩy nhanh tiến độ, phấn đấu trước tháng 12/2024 phủ sóng di động cho 100% thôn có điện lưới. Với những thôn chưa có điện, Bộ đề xuất giải pháp sử dụng pin năng lượng mặt trời và vệ tinh.""",
        "2023-06-02",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2023-05-31", 1839.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2023-05-31", 98.2),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2023-06-02", 28.6),
        ],
    ),
    # 16 — Lào Cai provincial portal page with no date: an end-2022 level is dated, the "hiện nay" figures cannot be; BTS counts, one operator, target are traps
    (
        """Lào Cai đẩy mạnh xóa thôn, bản lõm sóng

Theo Sở Thông tin và Truyền thông tỉnh Lào Cai, trong năm 2022, các doanh nghiệp viễn thông đã phủ sóng mới cho 47 thôn, bản trên địa bàn tỉnh. Tính đến ngày 31/12/2022, Lào Cai còn 139 thôn, bản chưa có sóng điện thoại di động, tập trung ở các huyện Si Ma Cai, Bắc Hà, Mường Khương và Bát Xát.

Thời gian qua, các doanh nghiệp tiếp tục lắp đặt thêm 38 trạm BTS mới, trong đó VNPT Lào Cai lắp đặt 12 trạm. Hiện nay, toàn tỉnh còn 101 thôn lõm sóng; tỷ lệ thôn, bản có sóng di động đạt 93,7%.

Ông Nguyễn Văn Hải, Giám đốc Sở Thông tin và Truyền thông cho biết, khó khăn lớn nhất là nhiều thôn chưa có điện lưới quốc gia, đường giao thông chưa thuận lợi để vận chuyển thiết bị. Sở đã đề xuất UBND tỉnh hỗ trợ giải phóng mặt bằng, tạo điều kiện cho doanh nghiệp thuê đất đặt trạm.

Tỉnh phấn đấu đến hết năm 2024 xóa toàn bộ thôn, bản lõm sóng có điện lưới, bảo đảm người dân vùng sâu, vùng xa được tiếp cận dịch vụ viễn thông, Internet phục vụ học tập, sản xuất và giao dịch điện tử.""",
        None,
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2022-12-31", 139.0),
        ],
    ),
    # 17 — Báo Chính phủ-style news on the Q1 2024 report: ministries/localities split, dossier and service rates ("hiện nay" in a quarter text); one ministry, change and target are traps
    (
        """Quý I/2024: Tỷ lệ hồ sơ trực tuyến toàn trình đạt 37,5%

(Chinhphu.vn) - 12/04/2024 - Theo báo cáo của Bộ Thông tin và Truyền thông tại phiên họp của Ủy ban Quốc gia về chuyển đổi số, trong quý I/2024, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 67,3%, của các địa phương đạt 39,2%. Tỷ lệ hồ sơ trực tuyến toàn trình trên toàn quốc đạt 37,5%, tăng 5,1 điểm phần trăm so với quý IV/2023.

Cũng trong quý I, tỷ lệ hồ sơ được cấp kết quả giải quyết thủ tục hành chính điện tử đạt 71,4%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa mới đạt 32,8%. Riêng Bộ Tài chính có tỷ lệ hồ sơ xử lý trực tuyến đạt 98%.

Hiện nay, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 41,5%.

Bộ TT&TT đánh giá việc tái sử dụng dữ liệu còn thấp do nhiều hệ thống thông tin giải quyết thủ tục hành chính chưa kết nối, đồng bộ với các cơ sở dữ liệu quốc gia, chuyên ngành. Năm 2024, Chính phủ đặt mục tiêu 80% dịch vụ công trực tuyến được cung cấp toàn trình.""",
        "2024-04-12",
        [
            ("online_dossier_rate", "ministries", "quarter", "2024-03-31", 67.3),
            ("online_dossier_rate", "localities", "quarter", "2024-03-31", 39.2),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-03-31", 37.5),
            ("e_result_rate", "national", "quarter", "2024-03-31", 71.4),
            ("data_reuse_rate", "national", "quarter", "2024-03-31", 32.8),
            ("dvctt_full_process_rate", "national", "as_of", "2024-03-31", 41.5),
        ],
    ),
    # 18 — Government Office notice (conclusions of a working-group meeting, July 2024) with a footnote: cut-off is the meeting date; remainders and an exceeded target are traps
    (
        """THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ Trần Lưu Quang, Tổ trưởng Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ tại phiên họp thứ chín

Ngày 15 tháng 7 năm 2024, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ Trần Lưu Quang đã chủ trì phiên họp thứ chín của Tổ công tác. Sau khi nghe báo cáo của Văn phòng Chính phủ và ý kiến các thành viên, Phó Thủ tướng kết luận như sau:

1. Đánh giá kết quả

Đến nay, đã hoàn thành cung cấp toàn trình 46/53 dịch vụ công thiết yếu; 58/63 địa phương đã ban hành Nghị quyết của Hội đồng nhân dân về miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến, còn 05 địa phương chưa ban hành. Các bộ, ngành đã cắt giảm, đơn giản hóa 789/1.084 thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ, 295 thủ tục chưa được cắt giảm. Tỷ lệ hệ thống giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC đạt 73%[1], vượt mục tiêu đề ra là 70%.

2. Nhiệm vụ thời gian tới

Các bộ, ngành hoàn thành cung cấp 07 dịch vụ công thiết yếu còn lại trong tháng 9/2024; các địa phương chưa ban hành Nghị quyết hoàn thành trong tháng 8/2024.

Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.

[1] Theo số liệu của Hệ thống EMC tính đến ngày 12/7/2024.""",
        "2024-07-26",
        [
            ("essential_services_full_process", "national", "as_of", "2024-07-15", 46.0),
            ("localities_fee_reduction", "national", "as_of", "2024-07-15", 58.0),
            ("procedures_simplified", "national", "as_of", "2024-07-15", 789.0),
            ("emc_connection_rate", "national", "as_of", "2024-07-12", 73.0),
        ],
    ),
    # 19 — VietNamNet-style news on the UN E-Government Survey 2024 (edition labelled year 2024) with the 2022 rank; sub-index ranks, other countries, rank change and target are traps
    (
        """Việt Nam tăng 15 bậc, lần đầu vào nhóm 'rất cao' về Chính phủ điện tử

25/09/2024 08:15 (GMT+07:00)

VietNamNet - Báo cáo Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc vừa công bố cho thấy Việt Nam đã tăng 15 bậc, xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI). Năm 2022, Việt Nam xếp thứ 86.

Với điểm số EGDI đạt 0,7709, lần đầu tiên Việt Nam được xếp vào nhóm các quốc gia có chỉ số phát triển Chính phủ điện tử ở mức "rất cao".

Đáng chú ý, chỉ số hạ tầng viễn thông (TII) tăng 19 bậc và có điểm số cao hơn mức trung bình của thế giới. Chỉ số tham gia điện tử (EPI) của Việt Nam xếp thứ 44, còn chỉ số dịch vụ trực tuyến (OSI) xếp thứ 80.

Trong khu vực ASEAN, Singapore đứng thứ 3 thế giới, Malaysia thứ 35 và Thái Lan thứ 52; Việt Nam đứng thứ 5 trong khu vực.

Theo Cục Chuyển đổi số quốc gia, kết quả này phản ánh nỗ lực của các bộ, ngành, địa phương trong phát triển hạ tầng số và dịch vụ công trực tuyến. Mục tiêu Việt Nam đặt ra là đến năm 2025 thuộc nhóm 50 quốc gia dẫn đầu thế giới về EGDI, đến năm 2030 thuộc nhóm 30 quốc gia dẫn đầu.""",
        "2024-09-25",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 20 — State Bank portal on non-cash payment, January 2024: adults with accounts and Mobile Money customers; rural sub-count, account totals, transaction value, change and target are traps
    (
        """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
Thanh toán không dùng tiền mặt tiếp tục tăng trưởng mạnh

20/03/2024

Theo Vụ Thanh toán, đến cuối tháng 01/2024, hơn 87% người trưởng thành tại Việt Nam đã có tài khoản thanh toán tại ngân hàng; số lượng tài khoản thanh toán của cá nhân đạt hơn 182 triệu tài khoản.

Thanh toán qua phương thức QR code tăng 91% về số lượng và 77% về giá trị so với cùng kỳ năm 2023; thanh toán qua điện thoại di động tăng 63% về số lượng.

Về thí điểm dịch vụ Mobile Money, tính đến ngày 31/01/2024, đã có 7,3 triệu khách hàng đăng ký sử dụng, trong đó khoảng 5,2 triệu khách hàng (71%) ở khu vực nông thôn, miền núi, biên giới, hải đảo. Tổng giá trị giao dịch Mobile Money lũy kế đạt khoảng 2.700 tỷ đồng; mạng lưới điểm kinh doanh có hơn 14.000 điểm.

Ngân hàng Nhà nước đang hoàn thiện hồ sơ đề xuất Chính phủ về thời gian thí điểm Mobile Money. Mục tiêu của Chiến lược tài chính toàn diện quốc gia là đến năm 2025 có ít nhất 80% người trưởng thành có tài khoản giao dịch tại ngân hàng hoặc tổ chức được phép khác.""",
        "2024-03-20",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-01-31", 87.0),
            ("mobile_money_customers", "national", "as_of", "2024-01-31", 7300000.0),
        ],
    ),
    # 21 — Dân trí-style news on e-invoices, November 2024; coded/uncoded sub-counts, users, cash-register and petrol-station invoices are traps
    (
        """Cơ quan thuế đã tiếp nhận, xử lý gần 9,8 tỷ hóa đơn điện tử

18/12/2024 - 15:40

(Dân trí) - Theo Tổng cục Thuế, tính đến ngày 30/11/2024, cơ quan thuế đã tiếp nhận và xử lý 9,8 tỷ hóa đơn điện tử, trong đó gần 3 tỷ hóa đơn có mã của cơ quan thuế và 6,8 tỷ hóa đơn không có mã. Đã có hơn 1,5 triệu doanh nghiệp, tổ chức và 130.000 hộ, cá nhân kinh doanh sử dụng hóa đơn điện tử.

Đối với hóa đơn điện tử khởi tạo từ máy tính tiền, đã có hơn 120.000 người nộp thuế đăng ký áp dụng với tổng số hơn 1,2 tỷ hóa đơn. Trong lĩnh vực xăng dầu, 100% cửa hàng đã thực hiện xuất hóa đơn điện tử, trong đó hơn 17.000 cửa hàng xuất hóa đơn theo từng lần bán.

Tổng cục Thuế cho biết, số hóa đơn tiếp nhận trong 11 tháng năm 2024 tăng khoảng 20% so với cùng kỳ. Dữ liệu hóa đơn điện tử đang được khai thác hiệu quả phục vụ công tác quản lý thuế, phát hiện các doanh nghiệp có dấu hiệu rủi ro mua bán hóa đơn bất hợp pháp.

Thời gian tới, cơ quan thuế tiếp tục mở rộng áp dụng hóa đơn điện tử khởi tạo từ máy tính tiền đối với các lĩnh vực kinh doanh trực tiếp đến người tiêu dùng như ăn uống, bán lẻ, dược phẩm.""",
        "2024-12-18",
        [
            ("e_invoices_total", "national", "as_of", "2024-11-30", 9800000000.0),
        ],
    ),
    # 22 — Thừa Thiên Huế provincial portal, half-year 2024: province GRDP share and infrastructure levels; a people-based smartphone share, DTI rank, app accounts and target are traps
    (
        """Thừa Thiên Huế: Kinh tế số ước chiếm 14,5% GRDP trong 6 tháng đầu năm

Thứ Hai, 15/07/2024

Theo báo cáo của Sở Thông tin và Truyền thông, 6 tháng đầu năm 2024, kinh tế số của tỉnh Thừa Thiên Huế ước chiếm 14,5% GRDP.

Hạ tầng số tiếp tục được đầu tư đồng bộ. Đến cuối tháng 6/2024, tỷ lệ người dân sử dụng Internet trên địa bàn tỉnh đạt 80,2%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 86,5%; tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 85%. Theo một khảo sát xã hội học, 82% người trưởng thành trên địa bàn có điện thoại thông minh.

Nền tảng công dân số Hue-S hiện có hơn 1,3 triệu tài khoản, trung bình mỗi tháng tiếp nhận hơn 8.000 phản ánh hiện trường.

Năm 2023, Thừa Thiên Huế xếp thứ 2/63 tỉnh, thành phố về Chỉ số chuyển đổi số (DTI) cấp tỉnh, nhóm dẫn đầu cả nước.

Tỉnh phấn đấu đến cuối năm 2024, kinh tế số chiếm 16% GRDP, 90% hộ gia đình có cáp quang và 100% thôn, bản có sóng di động băng rộng.""",
        "2024-07-15",
        [
            ("digital_economy_gdp_share", "Thừa Thiên Huế", "half", "2024-06-30", 14.5),
            ("internet_users_rate", "Thừa Thiên Huế", "as_of", "2024-06-30", 80.2),
            ("smartphone_subscriber_rate", "Thừa Thiên Huế", "as_of", "2024-06-30", 86.5),
            ("ftth_household_rate", "Thừa Thiên Huế", "as_of", "2024-06-30", 85.0),
        ],
    ),
    # 23 — ICTVietnam-style interview on NDXP with no page date: the mid-2024 cumulative is dated, the interviewee's "hiện nay" figures are not; target is a trap
    (
        """Nền tảng NDXP: "Xương sống" của chia sẻ dữ liệu quốc gia

Phóng viên Tạp chí Thông tin và Truyền thông đã có cuộc trao đổi với lãnh đạo Cục Chuyển đổi số quốc gia về kết quả vận hành Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP).

PV: Thưa ông, sau gần 5 năm vận hành, NDXP đã đạt được những kết quả gì?

Ông: Tính đến hết ngày 30/6/2024, tổng số giao dịch qua NDXP lũy kế từ khi khai trương năm 2019 đạt hơn 2,1 tỷ giao dịch. Đây là con số cho thấy dữ liệu đã thực sự được chia sẻ giữa các cơ quan nhà nước, giảm giấy tờ cho người dân.

Hiện nay, nền tảng đã kết nối với 112 cơ quan, đơn vị và thiết lập 296 điểm kết nối; trung bình mỗi ngày có khoảng 3 triệu giao dịch.

PV: Những khó khăn trong việc chia sẻ dữ liệu là gì?

Ông: Khó khăn lớn nhất là chất lượng dữ liệu và sự thiếu đồng bộ về chuẩn dữ liệu giữa các bộ, ngành. Nhiều cơ sở dữ liệu chuyên ngành chưa được làm sạch, chưa sẵn sàng chia sẻ.

PV: Mục tiêu thời gian tới là gì?

Ông: Chúng tôi phấn đấu đến năm 2025, 100% cơ sở dữ liệu quốc gia, chuyên ngành kết nối, chia sẻ qua NDXP và nền tảng đủ năng lực xử lý 10 triệu giao dịch mỗi ngày.""",
        None,
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-06-30", 2100000000.0),
        ],
    ),
    # 24 — MIC portal on the 5G commercial launch, October 2024: national 5G and smartphone figures; operators' station counts and speeds, another country and the target are traps
    (
        """Viettel chính thức khai trương mạng 5G

20/10/2024 | Cục Viễn thông

Ngày 15/10/2024, Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) chính thức khai trương mạng 5G. Viettel cho biết đã lắp đặt hơn 6.500 trạm BTS 5G, phủ sóng 100% trung tâm tỉnh, thành phố; tốc độ thử nghiệm đạt 1,1 Gbps. VNPT cũng đã lắp đặt khoảng 1.500 trạm và sẽ khai trương dịch vụ trong quý IV.

Theo Cục Viễn thông, hiện cả nước có khoảng 8.000 trạm BTS 5G, tỷ lệ phủ sóng 5G theo dân số đạt 12,5%. Đến hết tháng 9/2024, cả nước có 97,2 triệu thuê bao sử dụng điện thoại thông minh, chiếm 89,5% tổng số thuê bao di động, tạo nền tảng thuận lợi cho thương mại hóa 5G.

Để so sánh, Thái Lan hiện có hơn 35.000 trạm 5G, phủ sóng khoảng 85% dân số.

Theo Chiến lược hạ tầng số, đến năm 2025, mạng 5G phủ sóng 100% khu công nghiệp, khu công nghệ cao, trung tâm nghiên cứu, đổi mới sáng tạo và 99% dân số vào năm 2030.""",
        "2024-10-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-10-20", 8000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-10-20", 12.5),
            ("smartphone_subscriptions", "national", "as_of", "2024-09-30", 97200000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-09-30", 89.5),
        ],
    ),
    # 25 — VnExpress-style news on the Ookla index for February 2025 with the January value; ranks, upload speed, another country and the year-on-year multiple are traps
    (
        """Tốc độ mạng di động Việt Nam tăng mạnh nhờ 5G

Thứ năm, 20/3/2025, 10:20 (GMT+7)

Tốc độ tải xuống của mạng di động tại Việt Nam đạt 81,4 Mbps trong tháng 2, cao gần gấp đôi cùng kỳ năm ngoái, theo Speedtest Global Index của Ookla.

Với tốc độ trung vị tải xuống băng rộng di động 81,4 Mbps trong tháng 2/2025, Việt Nam xếp thứ 34 thế giới, tăng 6 bậc so với tháng trước. Tháng 1/2025, tốc độ này là 74,2 Mbps.

Ở mạng băng rộng cố định, tốc độ tải xuống trung vị tháng 2/2025 đạt 165,2 Mbps, tải lên đạt 159 Mbps, đưa Việt Nam lên vị trí thứ 36. Trung Quốc, quốc gia triển khai 5G sớm, đạt 210 Mbps với mạng cố định.

Giới chuyên gia cho rằng việc các nhà mạng đồng loạt thương mại hóa 5G từ cuối năm 2024 cùng với việc tắt dần sóng 2G đã giúp lưu lượng được chuyển sang mạng mới, cải thiện đáng kể trải nghiệm người dùng.

Theo một khảo sát trực tuyến với 2.000 người dùng do một công ty nghiên cứu thị trường thực hiện, 46% người được hỏi cho biết đã dùng thử 5G.""",
        "2025-03-20",
        [
            ("mobile_broadband_speed", "national", "month", "2025-02-28", 81.4),
            ("mobile_broadband_speed", "national", "month", "2025-01-31", 74.2),
            ("fixed_broadband_speed", "national", "month", "2025-02-28", 165.2),
        ],
    ),
    # 26 — Ministry of Science and Technology portal: half-year 2025 review with mid-year infrastructure levels and 2024 digital-economy estimates; ICT revenue, station multiple and 2025 target are traps
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Hội nghị sơ kết công tác 6 tháng đầu năm 2025

Cập nhật ngày 10/07/2025

Sáng 9/7/2025, Bộ Khoa học và Công nghệ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2025.

Về hạ tầng số, đến hết tháng 6/2025, cả nước có 19.800 trạm BTS 5G, tăng 2,3 lần so với cuối năm 2024; tỷ lệ phủ sóng 5G theo dân số đạt 26,7%. Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 83,1%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 91,2%.

Doanh thu công nghiệp công nghệ số 6 tháng ước đạt 2,1 triệu tỷ đồng; xuất khẩu phần cứng, điện tử đạt 82 tỷ USD.

Về kinh tế số, theo số liệu của Tổng cục Thống kê, năm 2024 tỷ trọng kinh tế số trong GDP ước đạt 18,3%; tốc độ tăng trưởng kinh tế số năm 2024 ước đạt khoảng 20%, gấp khoảng ba lần tốc độ tăng GDP.

Nhiệm vụ 6 tháng cuối năm là phấn đấu kinh tế số đạt 20% GDP vào cuối năm 2025 và phủ sóng 5G cho ít nhất 50% dân số.""",
        "2025-07-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 19800.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.7),
            ("ftth_household_rate", "national", "as_of", "2025-06-30", 83.1),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 91.2),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
        ],
    ),
    # 27 — Báo Chính phủ-style year review of the National Portal in 2024: the year's flows and the end-2024 levels, full-process share, adult use and satisfaction; growth and 2025 targets are traps
    (
        """Năm 2024: Cổng Dịch vụ công quốc gia tiếp nhận 18,6 triệu hồ sơ trực tuyến

(Chinhphu.vn) - 08/01/2025

Năm 2024, Cổng Dịch vụ công quốc gia có thêm 6,4 triệu tài khoản đăng ký, phần lớn thông qua tài khoản định danh điện tử VNeID; tiếp nhận 18,6 triệu hồ sơ trực tuyến, tăng 48% so với năm 2023; thực hiện 11,2 triệu giao dịch thanh toán trực tuyến với số tiền 9.860 tỷ đồng.

Lũy kế tính đến hết ngày 31/12/2024, Cổng có 17,6 triệu tài khoản đăng ký; 47,2 triệu hồ sơ trực tuyến; 30,5 triệu giao dịch thanh toán trực tuyến với tổng số tiền khoảng 23.400 tỷ đồng.

Cũng trong năm, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 55,8%. Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 42%, vượt mục tiêu 40% đề ra cho năm 2024. Tỷ lệ người dân, doanh nghiệp hài lòng trong giải quyết thủ tục hành chính đạt 88,2%.

Năm 2025, Chính phủ yêu cầu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình và 50% dân số trưởng thành sử dụng dịch vụ công trực tuyến.""",
        "2025-01-08",
        [
            ("national_portal_accounts_new", "national", "year", "2024-12-31", 6400000.0),
            ("national_portal_dossiers_new", "national", "year", "2024-12-31", 18600000.0),
            ("online_payments_count_new", "national", "year", "2024-12-31", 11200000.0),
            ("online_payments_value_new", "national", "year", "2024-12-31", 9860.0),
            ("national_portal_accounts", "national", "as_of", "2024-12-31", 17600000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-12-31", 47200000.0),
            ("online_payments_count", "national", "as_of", "2024-12-31", 30500000.0),
            ("online_payments_value", "national", "as_of", "2024-12-31", 23400.0),
            ("dvctt_full_process_rate", "national", "as_of", "2024-12-31", 55.8),
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 42.0),
            ("satisfaction_rate", "national", "year", "2024-12-31", 88.2),
        ],
    ),
    # 28 — Cà Mau provincial portal with no page date: Q1 2025 dossier figures, all dated by the quarter; the province's own essential-service list, DTI rank and target are traps
    (
        """Cà Mau: Kết quả giải quyết thủ tục hành chính quý I/2025

Quý I/2025, các cơ quan, đơn vị trên địa bàn tỉnh Cà Mau đã tiếp nhận 112.450 hồ sơ thủ tục hành chính, trong đó có 86.300 hồ sơ trực tuyến, đạt tỷ lệ 76,7%. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 54,2%; tỷ lệ hồ sơ được trả kết quả giải quyết thủ tục hành chính điện tử đạt 81,3%.

Tỉnh đã hoàn thành cung cấp 22/25 dịch vụ công thiết yếu theo danh mục của tỉnh, 3 dịch vụ còn lại đang được hoàn thiện quy trình kết nối, chia sẻ dữ liệu với các cơ sở dữ liệu chuyên ngành.

Năm 2024, Cà Mau xếp thứ 21/63 về Chỉ số chuyển đổi số cấp tỉnh, tăng 9 bậc so với năm trước.

Trong quý II/2025, UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung rà soát, chuẩn hóa dữ liệu, phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60% và tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 50%; đồng thời chuẩn bị các điều kiện để vận hành chính quyền địa phương hai cấp.""",
        None,
        [
            ("online_dossier_rate", "Cà Mau", "quarter", "2025-03-31", 76.7),
            ("online_dossier_full_process_rate", "Cà Mau", "quarter", "2025-03-31", 54.2),
            ("e_result_rate", "Cà Mau", "quarter", "2025-03-31", 81.3),
        ],
    ),
    # 29 — Dân trí-style news on cybersecurity in the first nine months of 2025: year-to-date and September flows, botnet and approval levels; vendor figures and target are traps
    (
        """9 tháng năm 2025, gần 4.800 cuộc tấn công mạng gây sự cố

10/10/2025 - 11:05

(Dân trí) - Trong 9 tháng đầu năm 2025, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã ghi nhận 4.762 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, riêng tháng 9 có 508 cuộc.

Số địa chỉ IP thuộc các mạng botnet tại Việt Nam hiện ở mức khoảng 326.000, thấp nhất trong nhiều năm trở lại đây nhờ các chiến dịch bóc gỡ mã độc diện rộng.

Công tác bảo đảm an toàn hệ thống thông tin theo cấp độ có chuyển biến: tỷ lệ hệ thống thông tin được phê duyệt cấp độ đạt 89,4%.

Theo báo cáo của một doanh nghiệp an ninh mạng, trong 9 tháng qua có khoảng 14,5 triệu tài khoản của người dùng Việt Nam bị lộ lọt trên không gian mạng; một hãng bảo mật quốc tế cho biết đã chặn hơn 3,2 triệu cuộc tấn công lừa đảo nhắm vào người dùng tại Việt Nam.

Cơ quan chức năng khuyến cáo các cơ quan, tổ chức hoàn thành phê duyệt cấp độ và triển khai phương án bảo vệ cho 100% hệ thống thông tin trước ngày 31/12/2025.""",
        "2025-10-10",
        [
            ("cyberattacks", "national", "ytd", "2025-09-30", 4762.0),
            ("cyberattacks", "national", "month", "2025-09-30", 508.0),
            ("botnet_ips", "national", "as_of", "2025-09-30", 326000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-09-30", 89.4),
        ],
    ),
    # 30 — Ministry of Public Security portal: Đề án 06 review conference, December 2025 (cut-off = conference date); remainder, VNeID activation share and the 2026 target are traps
    (
        """Tổng kết 4 năm triển khai Đề án 06: Nền tảng vững chắc cho chuyển đổi số quốc gia

Ngày đăng: 12/12/2025

Ngày 10/12/2025, Tổ công tác triển khai Đề án 06 của Chính phủ tổ chức hội nghị tổng kết 4 năm thực hiện Đề án. Báo cáo tại hội nghị cho biết, đến nay, đã cấp hơn 90,3 triệu thẻ căn cước công dân gắn chip và thẻ căn cước; có 61,8 triệu tài khoản định danh điện tử đã được kích hoạt, đạt tỷ lệ kích hoạt 87%.

Đã tích hợp, cung cấp toàn trình 72/76 dịch vụ công thiết yếu trên Cổng Dịch vụ công quốc gia; 4 dịch vụ còn lại đang được hoàn thiện. Tỷ lệ hồ sơ thủ tục hành chính gắn số định danh cá nhân đạt 96,8%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 89,2%; tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa đạt 58,4%.

Ứng dụng VNeID hiện đã tích hợp hơn 40 tiện ích, bao gồm giấy phép lái xe, thẻ bảo hiểm y tế, đăng ký cư trú. Hệ thống định danh và xác thực điện tử đã phục vụ hơn 4,5 tỷ lượt xác thực.

Năm 2026, Tổ công tác đặt mục tiêu hoàn thành 100% dịch vụ công thiết yếu toàn trình và bảo đảm 100% hồ sơ thủ tục hành chính được cấp kết quả điện tử.""",
        "2025-12-12",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-12-10", 90300000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-12-10", 61800000.0),
            ("essential_services_full_process", "national", "as_of", "2025-12-10", 72.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2025-12-10", 96.8),
            ("e_result_rate", "national", "as_of", "2025-12-10", 89.2),
            ("data_reuse_rate", "national", "as_of", "2025-12-10", 58.4),
        ],
    ),
]
