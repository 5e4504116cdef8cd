"""Genre probes, round 110: local pages (provinces after the July 2025 merger, district and commune portals, provincial papers quoting national figures, departments' quarterly results), written blind.

First reading (the stop's start code 62e519e read it): 130 of 143 right, 130 of 155 found (0.91 / 0.84). Fitted after that reading (stop 44): a national body's representative speaking on a province's page, NDXP as a clause's subject: 136 of 143, 136 of 155. Left: a merged province's former parts ('khu vực Hà Giang cũ'), a quarter's figures dated by the quarter before, a window inside a month ('trong tháng 7 (từ ngày 01/7 đến ngày 20/7/2025)').
"""

CASES = [
    # 1 — merged Tuyên Quang (with Hà Giang), Q3/2025 conference; traps: former Hà Giang part,
    #     change in points, operator's share after "trong đó", Q4 target; national 9-month figure in a quote
    (
        """TUYÊN QUANG: HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH QUÝ III ĐẠT 62,4%

Báo Tuyên Quang điện tử – 14/10/2025 09:12

(BTQ) - Chiều 13/10, Sở Khoa học và Công nghệ tổ chức hội nghị đánh giá kết quả chuyển đổi số quý III/2025, quý đầu tiên tỉnh Tuyên Quang vận hành sau khi hợp nhất với tỉnh Hà Giang.

Theo báo cáo của Sở, trong quý III/2025, toàn tỉnh tiếp nhận 186.420 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,4%, tăng 9,1 điểm phần trăm so với số liệu cộng gộp của hai tỉnh trong quý II. Tỷ lệ hồ sơ được cấp kết quả điện tử đạt 88,7%. Riêng khu vực Hà Giang cũ, tỷ lệ hồ sơ trực tuyến toàn trình mới đạt 51,3% do nhiều xã vùng cao chưa có điểm hỗ trợ người dân.

Về hạ tầng, tính đến ngày 30/9/2025, toàn tỉnh có 412 trạm BTS 5G, trong đó Viettel chiếm 268 trạm. Hiện trên địa bàn tỉnh còn 57 thôn, bản lõm sóng di động, chủ yếu ở các xã biên giới thuộc khu vực Hà Giang cũ. Tỉnh đặt mục tiêu đến ngày 31/12/2025 phủ sóng toàn bộ các thôn đã có điện lưới.

Phát biểu kết luận, Phó Chủ tịch UBND tỉnh nhấn mạnh: “Bình quân cả nước 9 tháng năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình là 45,8%. Chúng ta cao hơn mặt bằng chung nhưng không được chủ quan, nhất là ở cấp xã”.

Hội nghị cũng thống nhất chỉ tiêu quý IV: tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 70%, 100% xã có tổ công nghệ số cộng đồng hoạt động thực chất.""",
        "2025-10-14",
        [
            ("online_dossier_full_process_rate", "Tuyên Quang", "quarter", "2025-09-30", 62.4),
            ("e_result_rate", "Tuyên Quang", "quarter", "2025-09-30", 88.7),
            ("fiveg_bts_count", "Tuyên Quang", "as_of", "2025-09-30", 412.0),
            ("villages_without_mobile_coverage", "Tuyên Quang", "as_of", "2025-10-13", 57.0),
            ("online_dossier_full_process_rate", "national", "ytd", "2025-09-30", 45.8),
        ],
    ),
    # 2 — ward portal in merged Lâm Đồng; ward's own figures (not labelled) beside the province's
    #     11-month rate in parentheses and a national 5G coverage; ward's target; ward's 5G count
    (
        """Phường Xuân Hương - Đà Lạt: 11 tháng, 83,5% hồ sơ được giải quyết trực tuyến toàn trình

Cập nhật: 03/12/2025 | Văn phòng HĐND và UBND phường

Trong 11 tháng năm 2025, Trung tâm Phục vụ hành chính công phường tiếp nhận 4.312 hồ sơ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 83,5%, cao hơn bình quân toàn tỉnh Lâm Đồng (71,2%). 100% kết quả giải quyết được trả đúng và trước hạn.

Công tác làm sạch dữ liệu dân cư tiếp tục được đẩy mạnh; đến nay trên địa bàn phường có 28.640 tài khoản định danh điện tử đã kích hoạt. Toàn tỉnh Lâm Đồng (sau hợp nhất với Đắk Nông và Bình Thuận) đã kích hoạt 2,41 triệu tài khoản.

Tại buổi làm việc với phường ngày 28/11, lãnh đạo Sở Khoa học và Công nghệ thông tin: theo Bộ Khoa học và Công nghệ, tính đến hết tháng 10/2025, vùng phủ sóng 5G đã đạt 88% dân số cả nước; trên địa bàn tỉnh, các doanh nghiệp viễn thông đã lắp đặt 1.150 trạm 5G, riêng phường Xuân Hương - Đà Lạt có 46 trạm.

Chủ tịch UBND phường yêu cầu các bộ phận chuyên môn phấn đấu đến ngày 31/12/2025 nâng tỷ lệ hồ sơ trực tuyến toàn trình lên 90%, đồng thời duy trì hoạt động của tổ công nghệ số cộng đồng tại 18 tổ dân phố, hỗ trợ người cao tuổi nộp hồ sơ qua ứng dụng VNeID.""",
        "2025-12-03",
        [
            ("online_dossier_full_process_rate", "Lâm Đồng", "ytd", "2025-11-30", 71.2),
            ("vneid_activated_accounts", "Lâm Đồng", "as_of", "2025-12-03", 2410000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-10-31", 88.0),
            ("fiveg_bts_count", "Lâm Đồng", "as_of", "2025-11-28", 1150.0),
        ],
    ),
    # 3 — Bắc Ninh (with Bắc Giang) Đề án 06 conference; national C06 figures; traps: former
    #     Bắc Giang city part, year-on-year %, health records, year-end targets
    (
        """Bắc Ninh sơ kết Đề án 06 sau hợp nhất: hơn 3,1 triệu thẻ căn cước đã được cấp

Báo Bắc Ninh | 22/08/2025

Ngày 21/8, Ban Chỉ đạo Đề án 06 tỉnh Bắc Ninh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ những tháng cuối năm 2025. Dự và chỉ đạo hội nghị có đại diện Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06), Bộ Công an.

Thông tin tại hội nghị, đại diện C06 cho biết, tính đến ngày 15/8/2025, cả nước đã cấp 92,4 triệu thẻ căn cước, căn cước công dân gắn chip; kích hoạt 63,2 triệu tài khoản định danh điện tử. Trong số 76 dịch vụ công thiết yếu theo Đề án 06, đã có 56 dịch vụ được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.

Cũng tính đến ngày 15/8, Công an tỉnh Bắc Ninh đã cấp hơn 3,1 triệu thẻ căn cước cho công dân trên địa bàn (gồm cả khu vực Bắc Giang cũ), kích hoạt 2.046.000 tài khoản định danh điện tử, tăng 14% so với cùng kỳ năm 2024. Riêng khu vực thành phố Bắc Giang cũ (nay là các phường Bắc Giang, Đa Mai, Tiền Phong...) kích hoạt trên 240.000 tài khoản.

Hồ sơ sức khỏe điện tử đã được tạo cho 2,6 triệu người dân; 100% cơ sở khám, chữa bệnh chấp nhận thẻ căn cước gắn chip thay thẻ bảo hiểm y tế.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành và 99 xã, phường phấn đấu đến hết năm 2025 có 100% công dân trong độ tuổi được cấp căn cước và 90% dân số trưởng thành kích hoạt tài khoản định danh điện tử mức 2.""",
        "2025-08-22",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-08-15", 92400000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-08-15", 63200000.0),
            ("essential_services_full_process", "national", "as_of", "2025-08-15", 56.0),
            ("chip_id_cards_issued", "Bắc Ninh", "as_of", "2025-08-15", 3100000.0),
            ("vneid_activated_accounts", "Bắc Ninh", "as_of", "2025-08-15", 2046000.0),
        ],
    ),
    # 4 — Sở KH&CN Đồng Nai (with Bình Phước) table: quarter and 9-month columns, plan column
    #     (targets), change in points, communes below 30%
    (
        """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐỒNG NAI
Kết quả thực hiện các chỉ tiêu chuyển đổi số quý III và 9 tháng năm 2025

Thực hiện chế độ báo cáo định kỳ, Sở Khoa học và Công nghệ tổng hợp kết quả giải quyết thủ tục hành chính trên môi trường điện tử của tỉnh Đồng Nai (bao gồm số liệu khu vực Bình Phước cũ từ ngày 01/7/2025) như sau:

| Chỉ tiêu | Quý III/2025 | 9 tháng năm 2025 | Kế hoạch năm 2025 |
|---|---|---|---|
| Tỷ lệ hồ sơ xử lý trực tuyến (%) | 81,6 | 78,9 | 85 |
| Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 56,2 | 52,7 | 60 |
| Tỷ lệ hồ sơ được cấp kết quả điện tử (%) | 93,4 | 91,0 | 100 |
| Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa (%) | 47,8 | 44,1 | 50 |

So với cùng kỳ năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình 9 tháng tăng 11,4 điểm phần trăm. Tuy nhiên, tỷ lệ khai thác lại dữ liệu số hóa vẫn thấp hơn kế hoạch; một số sở, ngành và 23 xã, phường có tỷ lệ dưới 30%.

Về hạ tầng số, đến ngày 30/9/2025, tỷ lệ hộ gia đình có Internet cáp quang băng rộng của tỉnh đạt 91,3%.

Sở Khoa học và Công nghệ đề nghị UBND tỉnh chỉ đạo các cơ quan, đơn vị rà soát quy trình nội bộ, bảo đảm hoàn thành kế hoạch năm 2025.""",
        "2025-10-09",
        [
            ("online_dossier_rate", "Đồng Nai", "quarter", "2025-09-30", 81.6),
            ("online_dossier_rate", "Đồng Nai", "ytd", "2025-09-30", 78.9),
            ("online_dossier_full_process_rate", "Đồng Nai", "quarter", "2025-09-30", 56.2),
            ("online_dossier_full_process_rate", "Đồng Nai", "ytd", "2025-09-30", 52.7),
            ("e_result_rate", "Đồng Nai", "quarter", "2025-09-30", 93.4),
            ("e_result_rate", "Đồng Nai", "ytd", "2025-09-30", 91.0),
            ("data_reuse_rate", "Đồng Nai", "quarter", "2025-09-30", 47.8),
            ("data_reuse_rate", "Đồng Nai", "ytd", "2025-09-30", 44.1),
            ("ftth_household_rate", "Đồng Nai", "as_of", "2025-09-30", 91.3),
        ],
    ),
    # 5 — district portal (Hải Hậu, Nam Định) 2023, before the merger: district's own rate and
    #     rank (not labelled), province's rate for the same half, national portal figures quoted
    (
        """Huyện Hải Hậu: Chuyển đổi số 6 tháng đầu năm 2023 có nhiều chuyển biến

14/07/2023 | Cổng thông tin điện tử huyện Hải Hậu

Sáng 13/7, UBND huyện tổ chức hội nghị sơ kết công tác cải cách hành chính, chuyển đổi số 6 tháng đầu năm 2023.

Báo cáo cho thấy, 6 tháng đầu năm, Bộ phận Một cửa huyện và 35 xã, thị trấn đã tiếp nhận 21.806 hồ sơ, trong đó 9.157 hồ sơ nộp trực tuyến, đạt 42%. Tỷ lệ hồ sơ xử lý trực tuyến của toàn tỉnh Nam Định trong cùng kỳ là 36,5%; huyện Hải Hậu xếp thứ 2/10 huyện, thành phố.

Theo số liệu của Văn phòng Chính phủ được dẫn tại hội nghị, trong 6 tháng đầu năm 2023 cả nước có 8,9 triệu hồ sơ trực tuyến được nộp qua Cổng Dịch vụ công quốc gia. Cổng hiện có hơn 6,5 triệu tài khoản đăng ký.

Về hạ tầng, 100% xã, thị trấn đã có cáp quang đến trung tâm xã; trên địa bàn huyện còn 3 xóm ven biển sóng di động yếu. Thị trấn Yên Định là đơn vị dẫn đầu với tỷ lệ hồ sơ trực tuyến đạt 61%.

Mục tiêu 6 tháng cuối năm, huyện phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 50%, 100% cán bộ, công chức sử dụng chữ ký số trong xử lý văn bản.""",
        "2023-07-14",
        [
            ("online_dossier_rate", "Nam Định", "half", "2023-06-30", 36.5),
            ("national_portal_dossiers_new", "national", "half", "2023-06-30", 8900000.0),
            ("national_portal_accounts", "national", "as_of", "2023-07-13", 6500000.0),
        ],
    ),
    # 6 — Quảng Ninh Q1/2025 (Sở KH&CN after the Sở TT&TT merger of 01/3); traps: operator's
    #     subscribers, new BTS (not 5G), 2025 GRDP target; 2024 digital-economy share kept
    (
        """Quảng Ninh: Quý I/2025, 74,3% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình

Baoquangninh.vn – Thứ Tư, 16/04/2025

Theo Sở Khoa học và Công nghệ (đơn vị tiếp nhận chức năng quản lý nhà nước về chuyển đổi số từ Sở Thông tin và Truyền thông từ ngày 01/3/2025), quý I/2025, tỉnh tiếp tục duy trì 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 74,3%, cao nhất từ trước đến nay; tỷ lệ hài lòng của người dân, doanh nghiệp đạt 98,9%.

Hạ tầng số tiếp tục được đầu tư. Đến hết quý I, tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 94%; các doanh nghiệp viễn thông đã lắp đặt mới 312 trạm BTS, trong đó VNPT Quảng Ninh phát triển thêm 8.500 thuê bao cáp quang.

Năm 2024, kinh tế số của tỉnh ước đạt 12,5% GRDP; năm 2025, tỉnh đặt mục tiêu tỷ trọng này đạt 15%.

Lãnh đạo Sở Khoa học và Công nghệ cho biết: “Các chỉ số của Quảng Ninh đang cao hơn nhiều so với mức bình quân cả nước. Thời gian tới, Sở sẽ tham mưu đưa trợ lý ảo vào hỗ trợ người dân ngay tại bộ phận một cửa cấp xã”.""",
        "2025-04-16",
        [
            ("full_process_provision_rate", "Quảng Ninh", "quarter", "2025-03-31", 100.0),
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2025-03-31", 74.3),
            ("satisfaction_rate", "Quảng Ninh", "quarter", "2025-03-31", 98.9),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2025-03-31", 94.0),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2024-12-31", 12.5),
        ],
    ),
    # 7 — Hà Tĩnh provincial conference, deputy minister quotes national 5G and speeds;
    #     traps: operator's station count, upload speed, 2026 target; province levels at the meeting
    (
        """Thứ trưởng Bộ Khoa học và Công nghệ: Hà Tĩnh cần tận dụng “cửa sổ” 5G

Báo Hà Tĩnh – 19/11/2025

Ngày 18/11, tại Hội nghị chuyển đổi số tỉnh Hà Tĩnh năm 2025, Thứ trưởng Bộ Khoa học và Công nghệ cho biết, tính đến cuối tháng 10/2025, cả nước đã có 13.600 trạm 5G được phát sóng, vùng phủ 5G đạt 88% dân số. Riêng Viettel đã phát sóng hơn 9.000 trạm, chiếm khoảng 2/3 tổng số trạm của cả nước.

Cũng theo Bộ Khoa học và Công nghệ, trong tháng 10/2025, tốc độ tải xuống trung bình của mạng di động Việt Nam đạt 147,2 Mbps, tốc độ tải lên đạt 38,6 Mbps; tốc độ tải xuống của băng rộng cố định đạt 231,5 Mbps, đưa Việt Nam vào nhóm 20 quốc gia dẫn đầu thế giới.

Tại Hà Tĩnh, đến nay các doanh nghiệp đã lắp đặt 286 trạm 5G, phủ sóng tại 100% trung tâm xã, phường; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 88,4%. Tuy nhiên, toàn tỉnh vẫn còn 19 thôn, bản chưa có sóng di động băng rộng, tập trung ở các xã miền núi thuộc khu vực Hương Khê, Vũ Quang cũ.

Thứ trưởng đề nghị tỉnh phối hợp với các nhà mạng dùng chung hạ tầng, phấn đấu đến năm 2026 phủ sóng 5G cho 90% dân số, không còn thôn, bản trắng sóng.""",
        "2025-11-19",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-10-31", 13600.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-10-31", 88.0),
            ("mobile_broadband_speed", "national", "month", "2025-10-31", 147.2),
            ("fixed_broadband_speed", "national", "month", "2025-10-31", 231.5),
            ("fiveg_bts_count", "Hà Tĩnh", "as_of", "2025-11-18", 286.0),
            ("smartphone_subscriber_rate", "Hà Tĩnh", "as_of", "2025-11-18", 88.4),
            ("villages_without_mobile_coverage", "Hà Tĩnh", "as_of", "2025-11-18", 19.0),
        ],
    ),
    # 8 — Hải Phòng (with Hải Dương) year-end 2025 review; traps: former Hải Dương points,
    #     change vs 2024, "34 tỉnh" count, 2026 target
    (
        """Hải Phòng tổng kết năm 2025: kinh tế số ước chiếm 19,5% GRDP

Báo Hải Phòng | 24/12/2025

Năm 2025 là năm đầu tiên thành phố Hải Phòng vận hành theo mô hình mới sau khi hợp nhất với tỉnh Hải Dương. Tại hội nghị tổng kết công tác chuyển đổi số chiều 23/12, Sở Khoa học và Công nghệ cho biết kinh tế số năm 2025 ước đạt 19,5% GRDP của thành phố, tăng 2,1 điểm phần trăm so với năm 2024. Trong đó, khu vực Hải Dương cũ đóng góp khoảng 5,2 điểm phần trăm.

Năm 2025, thành phố có 97,6% hồ sơ thủ tục hành chính được xử lý trực tuyến; tỷ lệ hồ sơ trực tuyến toàn trình ước đạt 68%. Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 61,3%.

Tính đến ngày 20/12/2025, toàn thành phố có 2.140 trạm 5G; tỷ lệ dân số được phủ sóng 5G đạt 97%.

Phát biểu tại hội nghị, Phó Chủ tịch UBND thành phố đánh giá, trong 34 tỉnh, thành phố cả nước, Hải Phòng thuộc nhóm 5 địa phương dẫn đầu về tỷ lệ hồ sơ toàn trình. Năm 2026, thành phố phấn đấu kinh tế số đạt 22% GRDP, 100% phường, xã, đặc khu vận hành trung tâm điều hành thông minh.""",
        "2025-12-24",
        [
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2025-12-31", 19.5),
            ("online_dossier_rate", "Hải Phòng", "year", "2025-12-31", 97.6),
            ("online_dossier_full_process_rate", "Hải Phòng", "year", "2025-12-31", 68.0),
            ("adult_population_using_dvctt_rate", "Hải Phòng", "year", "2025-12-31", 61.3),
            ("fiveg_bts_count", "Hải Phòng", "as_of", "2025-12-20", 2140.0),
            ("fiveg_population_coverage_rate", "Hải Phòng", "as_of", "2025-12-20", 97.0),
        ],
    ),
    # 9 — Sở TT&TT Thanh Hóa half-year 2024; traps: sub-blocks of the province (sở, huyện, xã),
    #     district extremes, payment share (no id), rank; comparison value "cùng kỳ năm 2023" kept
    (
        """Sở Thông tin và Truyền thông Thanh Hóa: 6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến đạt 58,7%

09/07/2024 – Cổng thông tin điện tử Sở TT&TT Thanh Hóa

Theo báo cáo sơ kết, 6 tháng đầu năm 2024, toàn tỉnh tiếp nhận 1.028.400 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ xử lý trực tuyến đạt 58,7% (cùng kỳ năm 2023 là 41,2%). Tỷ lệ hồ sơ trực tuyến toàn trình đạt 33,4%. Trong đó, khối sở, ngành đạt 52%, khối UBND cấp huyện đạt 29,1%, cấp xã đạt 31,5%.

Trong 26 huyện, thị xã, thành phố, thị xã Nghi Sơn dẫn đầu với 71,6% hồ sơ trực tuyến; huyện Mường Lát thấp nhất, đạt 18,4%.

Tỉnh đã cung cấp 1.179 dịch vụ công trực tuyến toàn trình, chiếm 59,2% tổng số thủ tục hành chính. Tỷ lệ thanh toán trực tuyến đạt 39%.

Cũng trong kỳ báo cáo, theo số liệu của Bộ TT&TT, tỷ lệ hồ sơ trực tuyến bình quân cả nước 6 tháng đầu năm 2024 là 46,1%; Thanh Hóa đứng thứ 14/63 tỉnh, thành phố.

Sở đề xuất UBND tỉnh chỉ đạo phấn đấu 6 tháng cuối năm nâng tỷ lệ hồ sơ trực tuyến toàn trình lên trên 40%.""",
        "2024-07-09",
        [
            ("online_dossier_rate", "Thanh Hóa", "half", "2024-06-30", 58.7),
            ("online_dossier_rate", "Thanh Hóa", "half", "2023-06-30", 41.2),
            ("online_dossier_full_process_rate", "Thanh Hóa", "half", "2024-06-30", 33.4),
            ("dvctt_full_process_rate", "Thanh Hóa", "as_of", "2024-06-30", 59.2),
            ("online_dossier_rate", "national", "half", "2024-06-30", 46.1),
        ],
    ),
    # 10 — Cà Mau (with Bạc Liêu) coverage; traps: derived remainder not stated, new stations
    #      (flow, no id), operator-free; national dead-zone villages quoted by an official
    (
        """Cà Mau: 97,4% ấp, khóm đã có sóng di động băng rộng

Báo Cà Mau – 08/12/2025

Theo Sở Khoa học và Công nghệ tỉnh Cà Mau, tính đến ngày 30/11/2025, toàn tỉnh (gồm cả khu vực Bạc Liêu cũ) có 1.412 ấp, khóm; trong đó 1.375 ấp, khóm đã được phủ sóng di động băng rộng, đạt tỷ lệ 97,4%. Các ấp chưa có sóng chủ yếu ở các xã ven biển thuộc khu vực Ngọc Hiển, Đầm Dơi cũ và vùng rừng U Minh Hạ.

Trong 11 tháng năm 2025, các doanh nghiệp viễn thông đã lắp đặt mới 318 trạm BTS, trong đó có 142 trạm 5G, nâng tổng số trạm 5G trên địa bàn tỉnh lên 604 trạm. Tỷ lệ hộ gia đình có Internet cáp quang đạt 78,5%.

Phó Giám đốc Sở cho biết, so với mặt bằng chung, Cà Mau vẫn là một trong những địa phương có tỷ lệ phủ sóng thấp. “Theo Bộ Khoa học và Công nghệ, cả nước hiện chỉ còn khoảng 1.200 thôn, bản lõm sóng, nhưng địa hình sông nước khiến việc kéo cáp, dựng trạm ở Cà Mau tốn kém gấp nhiều lần”, ông nói.

Tỉnh phấn đấu đến tháng 6/2026 không còn ấp trắng sóng, đồng thời hỗ trợ 5.000 điện thoại thông minh cho hộ nghèo, cận nghèo.""",
        "2025-12-08",
        [
            ("villages_with_mobile_coverage_rate", "Cà Mau", "as_of", "2025-11-30", 97.4),
            ("fiveg_bts_count", "Cà Mau", "as_of", "2025-11-30", 604.0),
            ("ftth_household_rate", "Cà Mau", "as_of", "2025-11-30", 78.5),
            ("villages_without_mobile_coverage", "national", "as_of", "2025-12-08", 1200.0),
        ],
    ),
    # 11 — Sở KH&CN Gia Lai (with Bình Định) report with its own date; traps: Bình Định part,
    #      Q4 targets; ministries/localities split quoted from VPCP
    (
        """UBND TỈNH GIA LAI
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 1875/BC-SKHCN                    Gia Lai, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả thực hiện Đề án 06 và chuyển đổi số quý III năm 2025

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Dịch vụ công trực tuyến
- Tổng số thủ tục hành chính của tỉnh: 1.946 thủ tục; trong đó 1.102 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình, đạt 56,6%.
- Quý III/2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 49,3%; tỷ lệ hồ sơ thủ tục hành chính gắn định danh cá nhân đạt 96,8%.
- Quý III/2025, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 71,5%.
2. Hạ tầng số
- Đến ngày 30/9/2025: 98,2% thôn, làng có sóng di động băng rộng; toàn tỉnh có 846 trạm 5G (khu vực Bình Định cũ 531 trạm).
3. Số liệu so sánh
- Theo Văn phòng Chính phủ, quý III/2025, tỷ lệ hồ sơ trực tuyến toàn trình của các địa phương bình quân đạt 44,1%, của các bộ, ngành đạt 47,9%.

II. NHIỆM VỤ QUÝ IV NĂM 2025
- Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 55%; 100% hồ sơ gắn định danh cá nhân.
- Hoàn thành phủ sóng 100% thôn, làng có điện lưới quốc gia.

Nơi nhận: UBND tỉnh; Bộ KH&CN; Lưu: VT, CĐS.""",
        None,
        [
            ("dvctt_full_process_rate", "Gia Lai", "as_of", "2025-10-06", 56.6),
            ("online_dossier_full_process_rate", "Gia Lai", "quarter", "2025-09-30", 49.3),
            ("dossiers_with_personal_id_rate", "Gia Lai", "quarter", "2025-09-30", 96.8),
            ("dvctt_with_dossiers_rate", "Gia Lai", "quarter", "2025-09-30", 71.5),
            ("villages_with_mobile_coverage_rate", "Gia Lai", "as_of", "2025-09-30", 98.2),
            ("fiveg_bts_count", "Gia Lai", "as_of", "2025-09-30", 846.0),
            ("online_dossier_full_process_rate", "localities", "quarter", "2025-09-30", 44.1),
            ("online_dossier_full_process_rate", "ministries", "quarter", "2025-09-30", 47.9),
        ],
    ),
    # 12 — ward portal (Vũng Tàu, now TP. Hồ Chí Minh); ward's window figures (not labelled),
    #      city's August rate, former Bà Rịa – Vũng Tàu part, digitisation (no id), VNeID dossiers
    #      (no id); national portal flows for August
    (
        """Phường Vũng Tàu đẩy mạnh dịch vụ công trực tuyến toàn trình

Cổng thông tin điện tử phường Vũng Tàu – 18/09/2025

Sau hơn hai tháng vận hành chính quyền địa phương hai cấp, Trung tâm Phục vụ hành chính công phường Vũng Tàu đã tiếp nhận 6.921 hồ sơ (từ ngày 01/7 đến ngày 15/9/2025), trong đó 5.330 hồ sơ trực tuyến, chiếm 77%.

Theo thống kê của Sở Khoa học và Công nghệ TP. Hồ Chí Minh, trong tháng 8/2025, toàn thành phố tiếp nhận 1.218.000 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến toàn trình đạt 63,9%, tỷ lệ số hóa hồ sơ đạt 89%. Khu vực Bà Rịa – Vũng Tàu cũ đạt 58,2% hồ sơ toàn trình.

Cũng theo Văn phòng Chính phủ, trong tháng 8/2025 cả nước có 5,3 triệu hồ sơ trực tuyến được nộp qua Cổng Dịch vụ công quốc gia và 2,1 triệu giao dịch thanh toán trực tuyến qua Cổng. Nhiều người dân phường Vũng Tàu đã quen nộp hồ sơ chứng thực, hộ tịch qua ứng dụng VNeID; cả nước đã có hơn 10,2 triệu hồ sơ được nộp qua ứng dụng này.

Trong tháng 9, phường tiếp tục duy trì 12 tổ công nghệ số cộng đồng hỗ trợ người dân tại 40 khu phố; mục tiêu đến cuối năm 2025, 100% hộ gia đình có ít nhất một thành viên biết sử dụng dịch vụ công trực tuyến.""",
        "2025-09-18",
        [
            ("online_dossier_full_process_rate", "Hồ Chí Minh", "month", "2025-08-31", 63.9),
            ("national_portal_dossiers_new", "national", "month", "2025-08-31", 5300000.0),
            ("online_payments_count_new", "national", "month", "2025-08-31", 2100000.0),
        ],
    ),
    # 13 — Ninh Bình (with Hà Nam, Nam Định) conference quoting national NDXP figures;
    #      traps: provincial LGSP transactions (not NDXP), CSDL count, deadline
    (
        """Ninh Bình: Dữ liệu là “nguyên liệu” của chính quyền số hai cấp

Báo Ninh Bình – 29/07/2025

Ngày 28/7, UBND tỉnh Ninh Bình tổ chức hội nghị triển khai Kiến trúc chính quyền số tỉnh Ninh Bình sau hợp nhất từ ba tỉnh Hà Nam, Nam Định và Ninh Bình. Tham dự có đại diện Cục Chuyển đổi số quốc gia, Bộ Khoa học và Công nghệ.

Đại diện Cục cho biết, tính từ đầu năm đến ngày 20/7/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã xử lý 812 triệu giao dịch, trung bình 3,9 triệu giao dịch mỗi ngày; lũy kế từ năm 2019 đạt 4,86 tỷ giao dịch. Hiện NDXP đã kết nối với 126 cơ quan, đơn vị, gồm các bộ, ngành và 34 tỉnh, thành phố sau sắp xếp, với 312 điểm kết nối.

Về phía tỉnh, nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) của Ninh Bình đã hợp nhất ba hệ thống cũ, xử lý hơn 9,6 triệu giao dịch trong 6 tháng đầu năm, chủ yếu từ khu vực Nam Định cũ. Tỉnh đã kết nối, chia sẻ dữ liệu với 11 cơ sở dữ liệu quốc gia, chuyên ngành.

Kết luận hội nghị, Chủ tịch UBND tỉnh yêu cầu các sở, ngành hoàn thành chuẩn hóa danh mục dữ liệu dùng chung trước ngày 30/9/2025 và không để người dân phải khai báo lại thông tin đã có trong cơ sở dữ liệu.""",
        "2025-07-29",
        [
            ("ndxp_transactions_period", "national", "ytd", "2025-07-20", 812000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-07-20", 3900000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-07-20", 4860000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2025-07-28", 126.0),
            ("ndxp_connection_points", "national", "as_of", "2025-07-28", 312.0),
        ],
    ),
    # 14 — Phú Yên in April 2025, before merging into Đắk Lắk: its own province name still;
    #      traps: digitisation 100% (not e-result), district figures; Đắk Lắk's rate quoted "hiện"
    (
        """Phú Yên: quý I/2025, hồ sơ trực tuyến toàn trình đạt 48,6%

Báo Phú Yên – 14/04/2025

Theo Sở Khoa học và Công nghệ Phú Yên, quý I/2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh đạt 72,8%, trong đó hồ sơ trực tuyến toàn trình đạt 48,6%. 100% kết quả giải quyết thủ tục hành chính được số hóa; tỷ lệ khai thác, tái sử dụng dữ liệu số hóa đạt 38,2%.

Đến cuối tháng 3, toàn tỉnh có 512.600 tài khoản định danh điện tử đã được kích hoạt.

Trong bối cảnh chuẩn bị sắp xếp đơn vị hành chính, hợp nhất với tỉnh Đắk Lắk, Sở đã phối hợp với Sở Khoa học và Công nghệ Đắk Lắk rà soát, chuẩn bị hợp nhất hệ thống thông tin giải quyết thủ tục hành chính của hai tỉnh. Tỉnh Đắk Lắk hiện có tỷ lệ hồ sơ trực tuyến toàn trình 35,4%.

Thị xã Sông Cầu và huyện Tuy An là hai địa phương có tỷ lệ hồ sơ trực tuyến cao nhất tỉnh, lần lượt đạt 84,1% và 80,6%; huyện Sơn Hòa thấp nhất với 51,2%.""",
        "2025-04-14",
        [
            ("online_dossier_rate", "Phú Yên", "quarter", "2025-03-31", 72.8),
            ("online_dossier_full_process_rate", "Phú Yên", "quarter", "2025-03-31", 48.6),
            ("data_reuse_rate", "Phú Yên", "quarter", "2025-03-31", 38.2),
            ("vneid_activated_accounts", "Phú Yên", "as_of", "2025-03-31", 512600.0),
            ("online_dossier_full_process_rate", "Đắk Lắk", "as_of", "2025-04-14", 35.4),
        ],
    ),
    # 15 — Lào Cai year-end 2022 (before the merger with Yên Bái) quoting national estimates;
    #      traps: DTI rank and its change, community teams, district leaders, 2023 targets
    (
        """Lào Cai tổng kết Năm Chuyển đổi số quốc gia 2022

Báo Lào Cai – 28/12/2022

Ngày 27/12, Ban Chỉ đạo chuyển đổi số tỉnh Lào Cai tổ chức hội nghị tổng kết năm 2022. Phát biểu tại hội nghị, đại diện Bộ Thông tin và Truyền thông cho biết năm 2022 là năm đầu tiên cả nước tổ chức Ngày Chuyển đổi số quốc gia 10/10. Theo Bộ, năm 2022 kinh tế số của Việt Nam ước chiếm 14,26% GDP; tỷ lệ hộ gia đình có cáp quang băng rộng của cả nước đạt 78%, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 73,5%.

Tại Lào Cai, năm 2022 tỷ lệ hồ sơ xử lý trực tuyến đạt 40,7%; tỷ lệ hộ gia đình có cáp quang đạt 68%. Tỉnh đã thành lập 1.512 tổ công nghệ số cộng đồng. Lào Cai xếp thứ 18/63 về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2021, tăng 11 bậc.

Huyện Bảo Thắng và thị xã Sa Pa là hai đơn vị dẫn đầu khối huyện, với tỷ lệ hồ sơ trực tuyến trên 55%.

Năm 2023, Lào Cai đặt mục tiêu 50% hồ sơ thủ tục hành chính được xử lý trực tuyến, kinh tế số chiếm 10% GRDP.""",
        "2022-12-28",
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 78.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 73.5),
            ("online_dossier_rate", "Lào Cai", "year", "2022-12-31", 40.7),
            ("ftth_household_rate", "Lào Cai", "as_of", "2022-12-31", 68.0),
        ],
    ),
    # 16 — Thái Nguyên (with Bắc Kạn) monthly figures; comparison month in parentheses kept;
    #      traps: digitisation (no id), former Bắc Kạn communes, a ward, ranking
    (
        """Thái Nguyên: tháng 10, hồ sơ trực tuyến toàn trình lần đầu vượt 60%

Thái Nguyên điện tử – 12/11/2025

Số liệu từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh cho thấy, trong tháng 10/2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Thái Nguyên đạt 60,8%, tăng mạnh so với tháng 9 (54,1%). Tỷ lệ hồ sơ được số hóa đạt 91,5%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 95,2%.

Theo Sở Khoa học và Công nghệ, chuyển biến rõ nhất là ở cấp xã: trong 92 xã, phường, các xã thuộc khu vực Bắc Kạn cũ tăng bình quân 9 điểm phần trăm. Phường Phan Đình Phùng có tỷ lệ cao nhất, 88%.

Lũy kế 10 tháng năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 51,9%; tỷ lệ hài lòng của người dân, doanh nghiệp đạt 97,4%.

Trên Bộ chỉ số phục vụ người dân, doanh nghiệp của Văn phòng Chính phủ, Thái Nguyên hiện đứng thứ 6/34 tỉnh, thành phố. Tỉnh đặt mục tiêu tháng 12 đạt 70% hồ sơ toàn trình.""",
        "2025-11-12",
        [
            ("online_dossier_full_process_rate", "Thái Nguyên", "month", "2025-10-31", 60.8),
            ("online_dossier_full_process_rate", "Thái Nguyên", "month", "2025-09-30", 54.1),
            ("e_result_rate", "Thái Nguyên", "month", "2025-10-31", 95.2),
            ("online_dossier_full_process_rate", "Thái Nguyên", "ytd", "2025-10-31", 51.9),
            ("satisfaction_rate", "Thái Nguyên", "ytd", "2025-10-31", 97.4),
        ],
    ),
    # 17 — Điện Biên newspaper relays the ministry's 9-month ranking: national, ministries and
    #      localities blocks, named provinces; traps: named ministries (not labelled), change in
    #      accounts, 80% target
    (
        """Điện Biên trong nhóm thấp về hồ sơ trực tuyến toàn trình 9 tháng năm 2025

Báo Điện Biên Phủ – 21/10/2025

Theo báo cáo của Bộ Khoa học và Công nghệ về tình hình chuyển đổi số quý III/2025, trong 9 tháng năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 48,7%; khối bộ, ngành đạt 52,3%, khối địa phương đạt 47,1%.

Trong 34 tỉnh, thành phố sau sắp xếp, nhóm dẫn đầu gồm Đà Nẵng (82,6%), Huế (79,4%), Quảng Ninh (77,9%); nhóm thấp nhất có Lai Châu (24,5%) và Điện Biên (27,3%). Một số bộ có tỷ lệ rất cao như Bộ Công an (96,1%), Bộ Tài chính (92,4%).

Tính đến ngày 30/9/2025, Cổng Dịch vụ công quốc gia đã có 17,6 triệu tài khoản đăng ký, tăng 3,1 triệu tài khoản so với cuối năm 2024; lũy kế 52,4 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 38.900 tỷ đồng.

Trao đổi với phóng viên, lãnh đạo Sở Khoa học và Công nghệ tỉnh Điện Biên thừa nhận nhiều xã vùng cao còn thiếu thiết bị, đường truyền. Bộ Khoa học và Công nghệ đề nghị các địa phương có tỷ lệ dưới 30% khẩn trương rà soát, phấn đấu đạt mục tiêu 80% hồ sơ trực tuyến toàn trình trong năm 2025.""",
        "2025-10-21",
        [
            ("online_dossier_full_process_rate", "national", "ytd", "2025-09-30", 48.7),
            ("online_dossier_full_process_rate", "ministries", "ytd", "2025-09-30", 52.3),
            ("online_dossier_full_process_rate", "localities", "ytd", "2025-09-30", 47.1),
            ("online_dossier_full_process_rate", "Đà Nẵng", "ytd", "2025-09-30", 82.6),
            ("online_dossier_full_process_rate", "Huế", "ytd", "2025-09-30", 79.4),
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2025-09-30", 77.9),
            ("online_dossier_full_process_rate", "Lai Châu", "ytd", "2025-09-30", 24.5),
            ("online_dossier_full_process_rate", "Điện Biên", "ytd", "2025-09-30", 27.3),
            ("national_portal_accounts", "national", "as_of", "2025-09-30", 17600000.0),
            ("online_payments_count", "national", "as_of", "2025-09-30", 52400000.0),
            ("online_payments_value", "national", "as_of", "2025-09-30", 38900.0),
        ],
    ),
    # 18 — Sơn La People's Council fee resolution, June 2024; national fee-reduction count at
    #      end of May; traps: 5 remaining provinces, payment share, application dates
    (
        """HĐND tỉnh Sơn La thông qua nghị quyết giảm 50% phí, lệ phí khi nộp hồ sơ trực tuyến

Báo Sơn La – 05/06/2024

Chiều 4/6, tại kỳ họp chuyên đề, HĐND tỉnh Sơn La khóa XV đã biểu quyết thông qua Nghị quyết quy định mức thu phí, lệ phí bằng 50% đối với hồ sơ nộp trực tuyến, áp dụng từ ngày 15/6/2024 đến hết năm 2025.

Theo Tờ trình của UBND tỉnh, 5 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh mới đạt 31,2%, thấp hơn nhiều so với bình quân cả nước; tỷ lệ thanh toán trực tuyến đạt 22%.

Với nghị quyết này, Sơn La ra khỏi nhóm các địa phương chưa ban hành chính sách miễn, giảm phí. Theo Văn phòng Chính phủ, đến cuối tháng 5/2024, cả nước đã có 58/63 tỉnh, thành phố ban hành nghị quyết miễn, giảm phí, lệ phí đối với dịch vụ công trực tuyến; 5 địa phương còn lại chưa ban hành, trong đó có Sơn La.

Thảo luận tại kỳ họp, đại biểu tổ Mộc Châu đề nghị tỉnh quan tâm hạ tầng viễn thông vùng cao, bởi toàn tỉnh vẫn còn 86 bản chưa có sóng di động, người dân muốn nộp hồ sơ trực tuyến cũng không thể thực hiện.""",
        "2024-06-05",
        [
            ("online_dossier_rate", "Sơn La", "ytd", "2024-05-31", 31.2),
            ("localities_fee_reduction", "national", "as_of", "2024-05-31", 58.0),
            ("villages_without_mobile_coverage", "Sơn La", "as_of", "2024-06-04", 86.0),
        ],
    ),
    # 19 — Vĩnh Long (with Bến Tre, Trà Vinh) portal item printing its own date; traps: counts of
    #      services (no stated share), former-province parts, commune, "tăng 15 bậc"; EGDI 2024 kept
    (
        """Vĩnh Long: Đưa dịch vụ công trực tuyến về tận ấp
Đăng ngày: 25/09/2025 | Nguồn: Sở Khoa học và Công nghệ

Sau gần 3 tháng hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh, tỉnh Vĩnh Long đã cơ bản thống nhất quy trình tiếp nhận, giải quyết thủ tục hành chính trên một hệ thống thông tin duy nhất.

Tính đến ngày 20/9/2025, toàn tỉnh đã cung cấp 1.742 dịch vụ công trực tuyến, trong đó có 1.068 dịch vụ toàn trình. Trong tháng 8/2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 46,5%; khu vực Trà Vinh cũ đạt tỷ lệ cao nhất (58,1%), khu vực Bến Tre cũ thấp nhất (39,7%).

Giám đốc Sở Khoa học và Công nghệ cho biết: “Năm 2024, Việt Nam xếp thứ 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử của Liên Hợp Quốc, tăng 15 bậc. Để giữ đà đó, cấp xã phải là nơi người dân cảm nhận rõ nhất sự thay đổi”.

Tại xã Long Hồ, tổ công nghệ số cộng đồng đến từng ấp hướng dẫn người dân cài đặt VNeID, nộp hồ sơ trực tuyến; tỷ lệ hồ sơ trực tuyến toàn trình của xã trong tháng 8 đạt 91%. Tỉnh đặt mục tiêu đến cuối năm 2025 đạt 60% hồ sơ toàn trình trên toàn tỉnh.""",
        None,
        [
            ("online_dossier_full_process_rate", "Vĩnh Long", "month", "2025-08-31", 46.5),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
        ],
    ),
    # 20 — Lạng Sơn information security, half 2024; traps: SOC's blocked scans (not attacks
    #      causing incidents), 4 systems remaining, year-on-year %, drills; national NCSC figures
    (
        """Lạng Sơn: bảo đảm an toàn thông tin trong 6 tháng đầu năm 2024

Báo Lạng Sơn – 05/07/2024

Sở Thông tin và Truyền thông Lạng Sơn cho biết, 6 tháng đầu năm 2024, Trung tâm giám sát, điều hành an toàn thông tin (SOC) của tỉnh đã phát hiện, cảnh báo và ngăn chặn 1.870 lượt tấn công, dò quét vào các hệ thống thông tin của cơ quan nhà nước; không để xảy ra sự cố nghiêm trọng.

Đến nay, 38/42 hệ thống thông tin của tỉnh đã được phê duyệt hồ sơ đề xuất cấp độ, đạt 90,5%; 4 hệ thống còn lại đang hoàn thiện hồ sơ, dự kiến phê duyệt trong quý III.

Theo Cục An toàn thông tin (Bộ TT&TT), trong 6 tháng đầu năm 2024, cả nước ghi nhận 5.414 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,3% so với cùng kỳ năm 2023. Số địa chỉ IP thuộc các mạng botnet tính đến hết tháng 6 là 456.800 địa chỉ, giảm 40% so với cùng kỳ.

Phó Giám đốc Sở cho rằng, nguy cơ lớn nhất hiện nay đến từ tấn công mã độc tống tiền và lừa đảo qua mạng. Trong quý III, Sở sẽ tổ chức diễn tập thực chiến cho 11 huyện, thành phố và các sở, ngành.""",
        "2024-07-05",
        [
            ("info_systems_level_approved_rate", "Lạng Sơn", "as_of", "2024-07-05", 90.5),
            ("cyberattacks", "national", "half", "2024-06-30", 5414.0),
            ("botnet_ips", "national", "as_of", "2024-06-30", 456800.0),
        ],
    ),
    # 21 — Quảng Trị (with Quảng Bình) Q3 results, year only from the published date; traps:
    #      communes under 20%, special zone 100%, share of population 14+ (no id), Q4 targets
    (
        """Quảng Trị: Hơn 93% hồ sơ được cấp kết quả điện tử trong quý III

(QT) – Theo Sở Khoa học và Công nghệ, trong quý III, tỉnh tiếp nhận 214.580 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 93,2%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 50,6%. Đây là quý đầu tiên tỉnh vận hành hệ thống thông tin giải quyết thủ tục hành chính dùng chung cho cả khu vực Quảng Bình cũ và Quảng Trị cũ.

Tuy vậy, vẫn còn 11 xã có tỷ lệ hồ sơ trực tuyến toàn trình dưới 20%, chủ yếu là các xã miền núi phía tây. Đặc khu Cồn Cỏ đạt 100%.

Đến cuối tháng 9, toàn tỉnh có 1.018.300 người đã kích hoạt tài khoản định danh điện tử, đạt 86% dân số từ 14 tuổi trở lên. Tỷ lệ người trưởng thành có tài khoản thanh toán đạt 81,2%.

Mục tiêu quý IV là nâng tỷ lệ hồ sơ toàn trình lên 60% và hoàn thành chuyển đổi 100% hồ sơ sức khỏe điện tử cho người dân trên địa bàn.""",
        "2025-10-17",
        [
            ("e_result_rate", "Quảng Trị", "quarter", "2025-09-30", 93.2),
            ("online_dossier_full_process_rate", "Quảng Trị", "quarter", "2025-09-30", 50.6),
            ("vneid_activated_accounts", "Quảng Trị", "as_of", "2025-09-30", 1018300.0),
            ("adults_with_bank_account_rate", "Quảng Trị", "as_of", "2025-09-30", 81.2),
        ],
    ),
    # 22 — An Giang (with Kiên Giang) workshop quoting national 2024 digital economy; traps:
    #      firm count (no id), special zone Phú Quốc, dossier count; province's July rate
    (
        """An Giang hướng tới phát triển kinh tế số biển

Báo An Giang – 05/08/2025

Ngày 4/8, tại phường Rạch Giá, UBND tỉnh An Giang tổ chức hội thảo “Chuyển đổi số – động lực phát triển kinh tế biển”. Đây là hội thảo chuyên đề đầu tiên của tỉnh sau khi hợp nhất với tỉnh Kiên Giang.

Tham luận tại hội thảo, đại diện Bộ Khoa học và Công nghệ cho biết, năm 2024 kinh tế số của Việt Nam ước chiếm 18,3% GDP, tốc độ tăng trưởng kinh tế số đạt khoảng 20%, gấp gần 3 lần tốc độ tăng GDP. Cả nước hiện có hơn 74.000 doanh nghiệp công nghệ số.

Về phía tỉnh, trong tháng 7/2025, tháng đầu tiên vận hành chính quyền hai cấp, An Giang tiếp nhận 168.000 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,3%. Đặc khu Phú Quốc đạt 72%, cao nhất tỉnh. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh đạt 84,6%.

Các đại biểu kiến nghị ưu tiên phủ sóng 5G tại các đặc khu, cảng cá và khu du lịch biển, đồng thời số hóa quản lý tàu cá để chống khai thác hải sản bất hợp pháp.""",
        "2025-08-05",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("online_dossier_full_process_rate", "An Giang", "month", "2025-07-31", 41.3),
            ("smartphone_subscriber_rate", "An Giang", "as_of", "2025-08-04", 84.6),
        ],
    ),
    # 23 — Sở TT&TT Nghệ An half-year 2023 (districts still existed); traps: "tăng gấp đôi",
    #      district figures, villages without grid power after "trong đó", 2023 target
    (
        """Nghệ An: 6 tháng đầu năm 2023, tỷ lệ hồ sơ trực tuyến tăng gấp đôi cùng kỳ

Cổng TTĐT Sở Thông tin và Truyền thông Nghệ An – 20/07/2023

Theo báo cáo của Sở, tính đến ngày 30/6/2023, tỉnh đã cung cấp 1.812 dịch vụ công trực tuyến trên tổng số 2.035 thủ tục hành chính, đạt tỷ lệ 89%; trong đó có 1.089 dịch vụ công trực tuyến toàn trình, chiếm 53,5% tổng số thủ tục.

6 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến đạt 26,8%, tăng gấp đôi so với cùng kỳ năm 2022. Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 46%.

Khối huyện, thành phố, thị xã có chuyển biến rõ: TP. Vinh đạt 41,2%, thị xã Cửa Lò đạt 39%, trong khi nhiều huyện miền núi như Kỳ Sơn, Tương Dương còn dưới 10%.

Về hạ tầng, tính đến ngày 30/6/2023, tỷ lệ hộ gia đình có cáp quang băng rộng toàn tỉnh đạt 71%; toàn tỉnh còn 102 thôn, bản chưa có sóng di động, trong đó 29 thôn, bản chưa có điện lưới quốc gia.

Năm 2023, tỉnh phấn đấu đạt 40% hồ sơ xử lý trực tuyến và 100% xã có điểm hỗ trợ dịch vụ công.""",
        "2023-07-20",
        [
            ("dvctt_rate", "Nghệ An", "as_of", "2023-06-30", 89.0),
            ("dvctt_full_process_rate", "Nghệ An", "as_of", "2023-06-30", 53.5),
            ("online_dossier_rate", "Nghệ An", "half", "2023-06-30", 26.8),
            ("dvctt_with_dossiers_rate", "Nghệ An", "half", "2023-06-30", 46.0),
            ("ftth_household_rate", "Nghệ An", "as_of", "2023-06-30", 71.0),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2023-06-30", 102.0),
        ],
    ),
    # 24 — Cần Thơ (with Sóc Trăng, Hậu Giang) payments workshop; national Mobile Money, payment
    #      accounts, e-invoices; traps: rural sub-count, cash-register invoices, former parts
    (
        """Cần Thơ: Thanh toán số phủ rộng đến vùng nông thôn

Báo Cần Thơ – 26/11/2025

Sáng 25/11, Ngân hàng Nhà nước Chi nhánh Khu vực 14 phối hợp với UBND TP. Cần Thơ tổ chức hội thảo “Thanh toán số vì cộng đồng”.

Tại hội thảo, đại diện Ngân hàng Nhà nước cho biết, tính đến cuối tháng 9/2025, cả nước có 12,4 triệu khách hàng sử dụng dịch vụ Mobile Money, trong đó khoảng 8,1 triệu khách hàng ở nông thôn, vùng sâu, vùng xa; tỷ lệ người trưởng thành có tài khoản thanh toán của cả nước đạt khoảng 87%.

Đại diện Cục Thuế thông tin, tính đến ngày 31/10/2025, cơ quan thuế đã tiếp nhận, xử lý hơn 11,2 tỷ hóa đơn điện tử kể từ khi triển khai trên toàn quốc năm 2022. Trên địa bàn Cần Thơ hiện có 7.480 doanh nghiệp, hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.

Đối với thành phố, tỷ lệ người trưởng thành có tài khoản thanh toán đạt 82,5%; riêng khu vực Sóc Trăng cũ và Hậu Giang cũ mới đạt khoảng 74%. Các ngân hàng cam kết mở thêm điểm hỗ trợ mở tài khoản tại 103 xã, phường.""",
        "2025-11-26",
        [
            ("mobile_money_customers", "national", "as_of", "2025-09-30", 12400000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-09-30", 87.0),
            ("e_invoices_total", "national", "as_of", "2025-10-31", 11200000000.0),
            ("adults_with_bank_account_rate", "Cần Thơ", "as_of", "2025-11-25", 82.5),
        ],
    ),
    # 25 — Hà Nội Q1/2024; previous quarter in parentheses kept; traps: districts, commune
    #      average, digitisation (no id), change in points; national Q1 portal payments and rate
    (
        """Hà Nội: Quý I/2024, hơn 52% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình

Hànộimới – 10/04/2024

Theo Sở Thông tin và Truyền thông Hà Nội, quý I/2024, các cơ quan, đơn vị trên địa bàn thành phố tiếp nhận 1.462.000 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,3%, tăng 6,8 điểm phần trăm so với quý IV/2023 (45,5%).

Trong 30 quận, huyện, thị xã, quận Hoàn Kiếm dẫn đầu với 89,7%; huyện Mỹ Đức thấp nhất, đạt 21,4%. Các xã, phường, thị trấn đạt bình quân 48,1%.

Trong quý, tỷ lệ hồ sơ thủ tục hành chính được số hóa đạt 95,4%, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 41,6%.

Theo Văn phòng Chính phủ, trong quý I/2024, Cổng Dịch vụ công quốc gia ghi nhận 2,9 triệu giao dịch thanh toán trực tuyến với tổng số tiền khoảng 1.920 tỷ đồng. Tỷ lệ hồ sơ trực tuyến toàn trình bình quân cả nước trong quý I chỉ đạt 31,7%.

Thành phố phấn đấu trong năm 2024 đạt trên 80% hồ sơ trực tuyến toàn trình, 100% hồ sơ được số hóa khi tiếp nhận.""",
        "2024-04-10",
        [
            ("online_dossier_full_process_rate", "Hà Nội", "quarter", "2024-03-31", 52.3),
            ("online_dossier_full_process_rate", "Hà Nội", "quarter", "2023-12-31", 45.5),
            ("data_reuse_rate", "Hà Nội", "quarter", "2024-03-31", 41.6),
            ("online_payments_count_new", "national", "quarter", "2024-03-31", 2900000.0),
            ("online_payments_value_new", "national", "quarter", "2024-03-31", 1920.0),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-03-31", 31.7),
        ],
    ),
    # 26 — commune news item (Cam Lâm, Khánh Hòa with Ninh Thuận) printing its own date; commune's
    #      figures not labelled; province Q3 figures; former Ninh Thuận part; national subscriptions
    (
        """UBND XÃ CAM LÂM – TIN HOẠT ĐỘNG
Ngày 02/10/2025

Xã Cam Lâm hưởng ứng Ngày Chuyển đổi số quốc gia 10/10

Sáng 01/10, UBND xã Cam Lâm (tỉnh Khánh Hòa) tổ chức lễ phát động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2025 với chủ đề “Chuyển đổi số toàn dân, toàn diện”.

Báo cáo tại buổi lễ cho biết, trong quý III/2025, Trung tâm Phục vụ hành chính công xã tiếp nhận 2.148 hồ sơ, tỷ lệ hồ sơ trực tuyến toàn trình đạt 71%. Xã có 11/14 thôn được phủ sóng 5G.

Theo Sở Khoa học và Công nghệ tỉnh Khánh Hòa, quý III/2025, tỷ lệ hồ sơ trực tuyến toàn trình của toàn tỉnh đạt 57,9%; tỷ lệ hồ sơ thủ tục hành chính gắn định danh cá nhân đạt 98,1%. Tính đến ngày 30/9/2025, Khánh Hòa có 736 trạm 5G, phủ sóng 5G cho 78% dân số; riêng khu vực Ninh Thuận cũ có 214 trạm.

Trên phạm vi cả nước, theo Bộ Khoa học và Công nghệ, tính đến hết tháng 9/2025, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 89,1%; số thuê bao băng rộng cố định đạt 25,3 triệu, tương đương 25 thuê bao/100 dân.

Chủ tịch UBND xã đề nghị các thôn phấn đấu đến cuối năm có 100% hộ gia đình sử dụng nền tảng số của xã.""",
        None,
        [
            ("online_dossier_full_process_rate", "Khánh Hòa", "quarter", "2025-09-30", 57.9),
            ("dossiers_with_personal_id_rate", "Khánh Hòa", "quarter", "2025-09-30", 98.1),
            ("fiveg_bts_count", "Khánh Hòa", "as_of", "2025-09-30", 736.0),
            ("fiveg_population_coverage_rate", "Khánh Hòa", "as_of", "2025-09-30", 78.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-09-30", 89.1),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-09-30", 25300000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-09-30", 25.0),
        ],
    ),
    # 27 — Quảng Ngãi (with Kon Tum) August 2025; traps: 743 procedures remaining, derived share
    #      of all procedures not stated, former Kon Tum part; national portal flows for August
    (
        """Quảng Ngãi: 100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình

Báo Quảng Ngãi – 10/09/2025

Theo Sở Khoa học và Công nghệ, đến ngày 31/8/2025, tỉnh Quảng Ngãi đã cung cấp trực tuyến toàn trình 100% thủ tục hành chính đủ điều kiện (1.164 thủ tục). Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh là 1.907; còn 743 thủ tục chưa thể cung cấp toàn trình do quy định phải kiểm tra thực tế hoặc nộp bản gốc.

Trong tháng 8/2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 54,2%; khu vực Kon Tum cũ đạt 47,5%. Đặc khu Lý Sơn và các xã miền núi phía tây vẫn thiếu nhân lực hỗ trợ người dân.

Phó Giám đốc Sở cho biết, mức tăng của tỉnh phù hợp xu hướng chung. Theo Văn phòng Chính phủ, riêng tháng 8, cả nước có thêm hơn 1,1 triệu tài khoản đăng ký mới trên Cổng Dịch vụ công quốc gia và 5,3 triệu hồ sơ trực tuyến được nộp qua Cổng.

Sở đề xuất UBND tỉnh giao chỉ tiêu hồ sơ toàn trình cho từng xã, phường, đặc khu từ quý IV/2025.""",
        "2025-09-10",
        [
            ("full_process_provision_rate", "Quảng Ngãi", "as_of", "2025-08-31", 100.0),
            ("online_dossier_full_process_rate", "Quảng Ngãi", "month", "2025-08-31", 54.2),
            ("national_portal_accounts_new", "national", "month", "2025-08-31", 1100000.0),
            ("national_portal_dossiers_new", "national", "month", "2025-08-31", 5300000.0),
        ],
    ),
    # 28 — Phú Thọ (with Vĩnh Phúc, Hòa Bình) year-end 2025; traps: 2024 average of three former
    #      provinces, Vĩnh Phúc part, Hòa Bình villages (a part), 2026 targets
    (
        """Phú Thọ: Năm 2025, chuyển đổi số tạo nền cho bộ máy mới

Báo Phú Thọ – 30/12/2025

Ngày 29/12, Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Phú Thọ tổ chức hội nghị tổng kết năm 2025.

Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh ước đạt 64,1% (năm 2024, bình quân ba tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình đạt 49%); tỷ lệ hồ sơ được cấp kết quả điện tử đạt 97,2%. Kinh tế số ước đạt 11,8% GRDP, trong đó khu vực Vĩnh Phúc cũ chiếm tỷ trọng lớn nhờ công nghiệp điện tử.

Tính đến ngày 15/12/2025, 99,6% thôn, khu dân cư trên địa bàn tỉnh đã có sóng di động băng rộng; riêng khu vực Hòa Bình cũ còn 11 xóm vùng cao chưa có sóng. Toàn tỉnh đã có 1.390 trạm 5G.

Ban Chỉ đạo đặt mục tiêu năm 2026 kinh tế số đạt 14% GRDP, 100% thôn, xóm có sóng 4G/5G.""",
        "2025-12-30",
        [
            ("online_dossier_full_process_rate", "Phú Thọ", "year", "2025-12-31", 64.1),
            ("e_result_rate", "Phú Thọ", "year", "2025-12-31", 97.2),
            ("digital_economy_gdp_share", "Phú Thọ", "year", "2025-12-31", 11.8),
            ("villages_with_mobile_coverage_rate", "Phú Thọ", "as_of", "2025-12-15", 99.6),
            ("fiveg_bts_count", "Phú Thọ", "as_of", "2025-12-15", 1390.0),
        ],
    ),
    # 29 — Sở TT&TT Đà Nẵng press release, half 2024, printing its own date; traps: plan value in
    #      parentheses, DTI, districts; national half-year rate
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG THÀNH PHỐ ĐÀ NẴNG
Đà Nẵng, ngày 08 tháng 7 năm 2024

THÔNG CÁO BÁO CHÍ
Kết quả chuyển đổi số 6 tháng đầu năm 2024

1. Trong 6 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 94,8%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 71,2%. Tỷ lệ người dân, doanh nghiệp hài lòng đạt 99,1%.
2. Tính đến ngày 30/6/2024, thành phố có 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; 100% hồ sơ thủ tục hành chính được gắn mã định danh cá nhân.
3. Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến: 68,5% (kế hoạch năm 2024: 70%).
4. Tỷ lệ hộ gia đình có Internet cáp quang: 92%. Đà Nẵng tiếp tục dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023.
5. Quận Hải Châu và quận Liên Chiểu có tỷ lệ hồ sơ trực tuyến toàn trình trên 85%; huyện Hòa Vang đạt 58%.
6. Số liệu so sánh: theo Bộ TT&TT, bình quân cả nước 6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến đạt 46,1%.

Đầu mối cung cấp thông tin: Phòng Bưu chính, Viễn thông và Công nghệ thông tin.""",
        None,
        [
            ("online_dossier_rate", "Đà Nẵng", "half", "2024-06-30", 94.8),
            ("online_dossier_full_process_rate", "Đà Nẵng", "half", "2024-06-30", 71.2),
            ("satisfaction_rate", "Đà Nẵng", "half", "2024-06-30", 99.1),
            ("full_process_provision_rate", "Đà Nẵng", "as_of", "2024-06-30", 100.0),
            ("dossiers_with_personal_id_rate", "Đà Nẵng", "as_of", "2024-06-30", 100.0),
            ("adult_population_using_dvctt_rate", "Đà Nẵng", "half", "2024-06-30", 68.5),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2024-06-30", 92.0),
            ("online_dossier_rate", "national", "half", "2024-06-30", 46.1),
        ],
    ),
    # 30 — Tây Ninh (with Long An) three weeks after the merger: explicit window 01/7–20/7;
    #      traps: former Long An / Tây Ninh parts, 72 procedures remaining, year-end target;
    #      national EMC connection and procedures simplified from VPCP
    (
        """Tây Ninh: Vận hành thông suốt hệ thống giải quyết thủ tục hành chính sau hợp nhất

Báo Tây Ninh – 24/07/2025

Chiều 23/7, UBND tỉnh Tây Ninh tổ chức hội nghị đánh giá tình hình giải quyết thủ tục hành chính sau 3 tuần vận hành chính quyền địa phương hai cấp, với sự tham dự của đại diện Cục Kiểm soát thủ tục hành chính, Văn phòng Chính phủ.

Theo Văn phòng UBND tỉnh, trong tháng 7 (từ ngày 01/7 đến ngày 20/7/2025), toàn tỉnh tiếp nhận 98.640 hồ sơ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 38,9%, tỷ lệ hồ sơ xử lý trực tuyến đạt 73,4%. Khu vực Long An cũ đạt 44,2% hồ sơ toàn trình, khu vực Tây Ninh cũ đạt 30,7%.

Đại diện Cục Kiểm soát thủ tục hành chính cho biết, tính đến ngày 15/7/2025, 100% hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh đã kết nối, tích hợp với Hệ thống EMC. Trong số 1.084 thủ tục hành chính được giao cắt giảm theo các nghị quyết chuyên đề của Chính phủ, đã có 1.012 thủ tục được cắt giảm, đơn giản hóa; 72 thủ tục còn lại đang được các bộ xử lý.

Kết luận hội nghị, Chủ tịch UBND tỉnh yêu cầu các xã, phường bố trí đủ máy tính, máy quét tại Trung tâm Phục vụ hành chính công, phấn đấu đến ngày 31/12/2025 đạt 70% hồ sơ trực tuyến toàn trình.""",
        "2025-07-24",
        [
            ("online_dossier_full_process_rate", "Tây Ninh", "month", "2025-07-20", 38.9),
            ("online_dossier_rate", "Tây Ninh", "month", "2025-07-20", 73.4),
            ("emc_connection_rate", "national", "as_of", "2025-07-15", 100.0),
            ("procedures_simplified", "national", "as_of", "2025-07-23", 1012.0),
        ],
    ),
]
