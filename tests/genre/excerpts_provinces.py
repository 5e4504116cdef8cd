"""Genre cases: provincial newspaper and portal excerpts with the province's own figures.

CASES: (excerpt, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project (not copied from any page).
"""

CASES = [
    (
        " date 2025-01\nBÁO QUẢNG NINH\nThời sự | Chính trị | Kinh tế | Xã hội | Chuyển đổi số | Văn hóa | Thể thao | Media\nQuảng Ninh: Hơn 82% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình\nCập nhật lúc 07:45, Thứ Sáu, 10/01/2025 (GMT+7)\nNăm 2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình trên địa bàn tỉnh đạt 82,5%, cao gần gấp đôi bình quân cả nước (43,6%); 100% hồ sơ được cấp kết quả giải quyết điện tử. Trong năm, tỷ lệ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC đạt 99,2%.\nCán bộ Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân nộp hồ sơ trực tuyến. Ảnh: Thu Chung\nTheo Sở Thông tin và Truyền thông, đến hết tháng 12/2024, tỉnh đã cung cấp 1.457 dịch vụ công trực tuyến toàn trình, chiếm 73,6% tổng số TTHC. Toàn tỉnh hiện có 100% thôn, khu, bản được phủ sóng di động băng rộng, tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 92%. Chỉ số chuyển đổi số (DTI) cấp tỉnh năm 2023 của Quảng Ninh tiếp tục xếp thứ 1/63 tỉnh, thành phố. Năm 2025, tỉnh phấn đấu 90% hồ sơ được giải quyết trực tuyến toàn trình và kinh tế số chiếm 15% GRDP.\nĐể đạt mục tiêu này, Quảng Ninh sẽ tập trung triển khai Nghị quyết 57-NQ/TW, ưu tiên phát triển hạ tầng số, hoàn thiện cơ sở dữ liệu dùng chung và đẩy mạnh thanh toán không dùng tiền mặt tại các khu du lị",
        "2025-01-10",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2024-12-31", 82.5),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 43.6),
            ("e_result_rate", "Quảng Ninh", "year", "2024-12-31", 100),
            ("satisfaction_rate", "Quảng Ninh", "year", "2024-12-31", 99.2),
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2024-12-31", 73.6),
            ("villages_with_mobile_coverage_rate", "Quảng Ninh", "as_of", "2025-01-10", 100),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2025-01-10", 92),
        ],
    ),
    (
        "BÁO NGHỆ AN\nTrang chủ / Khoa học - Công nghệ / Chuyển đổi số\nHạ tầng số xứ Nghệ: 386 trạm 5G, còn 41 bản lõm sóng\nThứ Ba, 15/04/2025 | 06:30\n(Baonghean.vn) - Sở KH&CN Nghệ An cho biết, quý I/2025, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến trên toàn tỉnh đạt 68,4%, trong đó cấp tỉnh đạt 79,1%, cấp huyện 61,5%; tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử đạt 97,6%.\nVề hạ tầng, đến nay trên địa bàn tỉnh đã có 386 trạm BTS 5G được phát sóng (Viettel 312 trạm, VNPT 74 trạm), tập trung tại TP Vinh, thị xã Cửa Lò và các khu công nghiệp VSIP, WHA. Tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 81,3%.\nLắp đặt trạm BTS tại huyện Quế Phong. Ảnh: PV\nTuy nhiên, toàn tỉnh hiện còn 41 thôn, bản lõm sóng di động, chủ yếu tại các huyện miền núi Kỳ Sơn (17 bản), Tương Dương (11 bản), Quế Phong... Theo kế hoạch, trong năm 2025 các doanh nghiệp viễn thông sẽ đầu tư thêm 35 trạm BTS để xóa điểm lõm sóng, phấn đấu đến cuối năm 100% thôn, bản có sóng di động 4G.\nNăm 2023, Chỉ số chuyển đổi số cấp tỉnh (DTI) của Nghệ An xếp thứ 13/63 tỉnh, thành phố, tăng 9 bậc so với năm 2022. Kinh tế số năm 2024 ước chiếm 9,8% GRDP của tỉnh, trong khi mục tiêu đến năm 2025 là 20",
        "2025-04-15",
        [
            ("online_dossier_rate", "Nghệ An", "quarter", "2025-03-31", 68.4),
            ("e_result_rate", "Nghệ An", "quarter", "2025-03-31", 97.6),
            ("fiveg_bts_count", "Nghệ An", "as_of", "2025-04-15", 386),
            ("ftth_household_rate", "Nghệ An", "as_of", "2025-04-15", 81.3),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2025-04-15", 41),
            ("digital_economy_gdp_share", "Nghệ An", "year", "2024-12-31", 9.8),
        ],
    ),
    (
        " date 2025-04\nCỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI\nTrang chủ > Tin tức - Sự kiện > Chuyển đổi số\nKết quả thực hiện chuyển đổi số quý I năm 2025\nLượt xem: 1.246 | In trang | Gửi email\nTheo báo cáo của Ban Chỉ đạo chuyển đổi số tỉnh, quý I/2025, tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến của tỉnh đạt 85,3%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,7%. Tính đến ngày 31/3/2025, tỉnh cung cấp 1.512 dịch vụ công trực tuyến, trong đó 1.034 dịch vụ toàn trình; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 54,8%.\nVề hạ tầng số, hiện nay trên địa bàn tỉnh có 212 trạm BTS 5G; toàn tỉnh còn 96 thôn, bản chưa có sóng di động, tập trung ở các huyện Bát Xát (21 thôn), Si Ma Cai, Mường Khương. Năm 2023, Chỉ số DTI của Lào Cai xếp thứ 10/63 tỉnh, thành phố.\nQuang cảnh hội nghị trực tuyến tại điểm cầu tỉnh.\nTrong quý II, Ban Chỉ đạo yêu cầu các sở, ngành, địa phương tập trung hoàn thành các chỉ tiêu theo Kế hoạch chuyển đổi số năm 2025, phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%; đẩy nhanh tiến độ xóa vùng lõm sóng, hoàn thành trước ngày 30/9/2025. Các doanh nghiệp viễn thông được đề nghị phối hợp với UBND các huyện rà soát vị trí lắp đặt trạm, bảo đảm nguồn điện và đường giao thông để thi công đúng ti",
        None,
        [
            ("online_dossier_rate", "Lào Cai", "quarter", "2025-03-31", 85.3),
            ("online_dossier_full_process_rate", "Lào Cai", "quarter", "2025-03-31", 62.7),
            ("dvctt_full_process_rate", "Lào Cai", "as_of", "2025-03-31", 54.8),
        ],
    ),
    (
        'BÁO CẦN THƠ\nThứ Bảy, 05/10/2024\nTrang nhất | Thời sự | Kinh tế | Chuyển đổi số | Đô thị | Xã hội\nTP Cần Thơ: Hơn 70% hồ sơ thủ tục hành chính được xử lý trực tuyến\n9 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của thành phố đạt 70,8%, vượt chỉ tiêu Chính phủ giao (50%) và tăng 8,3 điểm phần trăm so với cùng kỳ. Tỷ lệ hồ sơ trực tuyến toàn trình trong 9 tháng đạt 46,2%. Bình quân mỗi tháng, các cơ quan tiếp nhận khoảng 12.500 hồ sơ trực tuyến.\nTheo Sở Thông tin và Truyền thông, trong 9 tháng, tỷ lệ hồ sơ được cấp kết quả điện tử đạt 88,6%, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 41,3%. Quận Ninh Kiều dẫn đầu với 85,1% hồ sơ nộp trực tuyến.\nNgười dân làm thủ tục tại Trung tâm Phục vụ hành chính công TP Cần Thơ. Ảnh: ANH KHOA\nVề kinh tế số, năm 2023 kinh tế số chiếm 11,2% GRDP của thành phố, thấp hơn mức 12,33% của cả nước. Thành phố phấn đấu đến năm 2025 tỷ trọng này đạt 20%, đồng thời đẩy mạnh phát triển thương mại điện tử, thanh toán không dùng tiền mặt trong các chợ truyền thống và điểm du lịch.\nÔng Trần Việt Trường, Chủ tịch UBND thành phố, đề nghị các sở, ngành và UBND quận, huyện tiếp tục rà soát, tái cấu trúc quy trình, nâng cao chất lượng dịch vụ công trực tuyến, không để tình trạng hồ sơ trực tuyến "ảo", hồ sơ chậm trễ kéo d',
        "2024-10-05",
        [
            ("online_dossier_rate", "Cần Thơ", "ytd", "2024-09-30", 70.8),
            ("online_dossier_full_process_rate", "Cần Thơ", "ytd", "2024-09-30", 46.2),
            ("e_result_rate", "Cần Thơ", "ytd", "2024-09-30", 88.6),
            ("data_reuse_rate", "Cần Thơ", "ytd", "2024-09-30", 41.3),
            ("digital_economy_gdp_share", "Cần Thơ", "year", "2023-12-31", 11.2),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    (
        " date 2025-02\nBÁO ĐẮK LẮK ĐIỆN TỬ\nThứ Năm, 20/02/2025 - 09:12\nThời sự - Chính trị | Kinh tế | Xã hội | Khoa học - Công nghệ | Chuyển đổi số\nPhủ sóng 5G đến các trung tâm huyện\nĐến cuối năm 2024, trên địa bàn có 256 trạm BTS 5G của các doanh nghiệp viễn thông, vùng phủ sóng 5G đạt khoảng 35% dân số. Riêng trong năm 2024, Viettel Đắk Lắk phát sóng mới 190 trạm, VNPT Đắk Lắk 48 trạm; 100% trung tâm các huyện, thị xã và TP Buôn Ma Thuột đã có sóng 5G. Theo Bộ TT&TT, cũng đến hết năm 2024 cả nước có hơn 7.000 trạm 5G.\nKỹ thuật viên lắp đặt thiết bị 5G tại TP Buôn Ma Thuột. Ảnh: Hữu Hùng\nCũng đến cuối năm 2024, tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn đạt 87,5%. Tuy vậy, hiện vẫn còn 64 thôn, buôn chưa có sóng di động, chủ yếu ở huyện Buôn Đôn, Ea Súp và M'Drắk, nơi địa hình chia cắt, chưa có điện lưới quốc gia.\nTheo Sở Thông tin và Truyền thông, năm 2025 các doanh nghiệp sẽ phối hợp với địa phương lắp đặt thêm trạm BTS, phấn đấu đến cuối năm 2025 phủ sóng 5G đạt 60% dân số, xóa toàn bộ thôn, buôn lõm sóng. Sở cũng đề nghị UBND các huyện hỗ trợ mặt bằng, thủ tục cấp phép xây dựng trạm và kéo điện đến các vị trí dự ki",
        "2025-02-20",
        [
            ("fiveg_bts_count", "Đắk Lắk", "as_of", "2024-12-31", 256),
            ("fiveg_population_coverage_rate", "Đắk Lắk", "as_of", "2024-12-31", 35),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 7000),
            ("smartphone_subscriber_rate", "Đắk Lắk", "as_of", "2024-12-31", 87.5),
            ("villages_without_mobile_coverage", "Đắk Lắk", "as_of", "2025-02-20", 64),
        ],
    ),
    (
        "BÁO THỪA THIÊN HUẾ\nChính trị | Kinh tế | Xã hội | Huế ngày nay | Chuyển đổi số\nThừa Thiên Huế dẫn đầu cả nước về chất lượng phục vụ người dân, doanh nghiệp\nThứ Sáu, 20/12/2024 07:05\n(BTTH) - Tính đến ngày 15/12/2024, tỉnh đang cung cấp 1.775 thủ tục hành chính trên Hệ thống thông tin giải quyết TTHC; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 62,2%.\nTừ đầu năm đến ngày 15/12/2024, tỷ lệ hồ sơ được xử lý trực tuyến đạt 91,4%, tỷ lệ người dân, doanh nghiệp hài lòng khi thực hiện thủ tục đạt 98,7%. Theo Bộ chỉ số phục vụ người dân, doanh nghiệp trên Cổng Dịch vụ công quốc gia, Thừa Thiên Huế đạt 90,12/100 điểm, xếp thứ 1/63 tỉnh, thành phố.\nNhân viên Trung tâm Phục vụ hành chính công tỉnh hỗ trợ người dân. Ảnh: Phan Thành\nỞ cấp huyện, thị xã Hương Trà có tỷ lệ hồ sơ trực tuyến cao nhất với 96,3%. Nền tảng Hue-S đến nay có hơn 1,2 triệu lượt tải, trở thành kênh tương tác chủ yếu giữa chính quyền và người dân.\nNăm 2025, khi chính thức trở thành thành phố trực thuộc Trung ương, tỉnh đặt mục tiêu 100% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình và tiếp tục giữ vị trí dẫn đầu cả nước về chỉ số phục vụ người dân, doanh nghiệp. Giám đốc Sở Thông tin và Truyền thông Nguyễn Xuân Sơn cho biết, sở sẽ tham mưu UBND tỉnh hoàn thiện Kho dữ liệu dùng chung, tích hợp dữ liệu dân cư với các cơ sở dữ liệu chuyên ngành phục vụ việc tái sử dụng dữ liệu, giảm giấy tờ cho người d",
        "2024-12-20",
        [
            ("dvctt_full_process_rate", "Thừa Thiên Huế", "as_of", "2024-12-15", 62.2),
            ("online_dossier_rate", "Thừa Thiên Huế", "ytd", "2024-12-15", 91.4),
            ("satisfaction_rate", "Thừa Thiên Huế", "ytd", "2024-12-15", 98.7),
        ],
    ),
    (
        " date 2024-07\nBÁO BÌNH DƯƠNG ONLINE\nTrang chủ › Kinh tế › Chuyển đổi số\nHơn 92% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến\n(BDO) 6 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến trên địa bàn tỉnh đạt 92,3%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 71,5%, cao hơn nhiều so với bình quân cả nước cùng kỳ là 38,4%. Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 95,2%.\nNgười dân thực hiện thủ tục tại bộ phận một cửa TP Thuận An. Ảnh: Q.Chiến\nHạ tầng số của tỉnh được đầu tư đồng bộ. Hiện nay, tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 98,6%, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 91%. Trên địa bàn có khoảng 9.300 điểm chấp nhận thanh toán thẻ, mã QR tại các chợ, siêu thị, cửa hàng tiện lợi.\nTheo Sở Thông tin và Truyền thông, trong 6 tháng cuối năm, tỉnh tiếp tục thực hiện các giải pháp nâng cao chất lượng dịch vụ công trực tuyến, phấn đấu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%; đẩy mạnh triển khai Đề án 06, thí điểm trung tâm giám sát, điều hành thông minh tại TP Thủ Dầu Một, TP Dĩ An và hoàn thiện Trung tâm dữ liệu tập trung của tỉnh theo mô hình điện toán đám mây, bảo đảm an toàn thông tin theo cấp độ cho các hệ thống dùng chun",
        None,
        [
            ("online_dossier_rate", "Bình Dương", "half", "2024-06-30", 92.3),
            ("online_dossier_full_process_rate", "Bình Dương", "half", "2024-06-30", 71.5),
            ("online_dossier_full_process_rate", "national", "half", "2024-06-30", 38.4),
        ],
    ),
    (
        'SGGP\nThời sự | Chính trị | Kinh tế | Xã hội | Khoa học - Công nghệ | Thế giới\nTPHCM: Kinh tế số đóng góp hơn 22% GRDP\nThứ Tư, 12/3/2025 - 06:20\nSGGPO - Theo Sở Thông tin và Truyền thông TPHCM, năm 2024 kinh tế số của thành phố ước đạt 22,3% GRDP, cao hơn mức 18,3% của cả nước; kinh tế số tăng trưởng 15,2%, gấp gần 2 lần tốc độ tăng GRDP.\nĐến hết tháng 2/2025, trên địa bàn thành phố có 2.612 trạm BTS 5G, vùng phủ sóng 5G đạt 80% dân số. Riêng Viettel TPHCM đã phát sóng 1.650 trạm, tốc độ tải lên trung bình trên mạng 5G đạt gần 90 Mbps.\nTrung tâm điều hành của một doanh nghiệp viễn thông tại quận 1. Ảnh: HOÀNG HÙNG\nDù vậy, lãnh đạo Sở cho rằng kinh tế số của thành phố vẫn chủ yếu đến từ lĩnh vực công nghệ thông tin - viễn thông và thương mại điện tử; tỷ trọng kinh tế số trong các ngành, lĩnh vực (số hóa ngành) còn thấp. Thành phố đặt mục tiêu đến năm 2025 kinh tế số chiếm 25% GRDP và đến năm 2030 đạt 40%.\nĐể đạt mục tiêu, TPHCM sẽ triển khai Nghị quyết 57-NQ/TW với các nhóm giải pháp trọng tâm: phát triển hạ tầng trung tâm dữ liệu, hạ tầng 5G; thu hút các tập đoàn công nghệ lớn đặt trung tâm nghiên cứu và phát triển; hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số thông qua các gói tư vấn, giải pháp nền tảng số "Make in Vietnam" với chi phí ưu đãi. Ông Lâm Đình Thắng, Giám đốc Sở, cho biết thành phố cũng sẽ',
        "2025-03-12",
        [
            ("digital_economy_gdp_share", "Hồ Chí Minh", "year", "2024-12-31", 22.3),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "Hồ Chí Minh", "year", "2024-12-31", 15.2),
            ("fiveg_bts_count", "Hồ Chí Minh", "as_of", "2025-02-28", 2612),
            ("fiveg_population_coverage_rate", "Hồ Chí Minh", "as_of", "2025-02-28", 80),
        ],
    ),
    (
        "BÁO HÀ TĨNH\nThời sự | Kinh tế | Chính trị | Xã hội | Chuyển đổi số | Bạn đọc\nChuyển biến tích cực trong giải quyết thủ tục hành chính trực tuyến\n06/08/2024 - 14:22\n(Baohatinh.vn) - Trong tháng 7, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn tỉnh đạt 72,1%, tăng 5,2 điểm phần trăm so với tháng 6; tỷ lệ hồ sơ trực tuyến toàn trình đạt 53,6%; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 37,9%. Tỷ lệ hồ sơ có thanh toán trực tuyến phí, lệ phí đạt 48,3%.\nNgười dân huyện Cẩm Xuyên làm thủ tục tại bộ phận một cửa. Ảnh: Thu Trang\nTính đến ngày 31/7/2024, tỷ lệ hồ sơ thủ tục hành chính được gắn mã số định danh cá nhân đạt 97,4%. Có 14/23 sở, ban, ngành đạt tỷ lệ hồ sơ trực tuyến trên 80%; một số đơn vị vẫn còn thấp như Sở Xây dựng, Sở Giao thông vận tải.\nTheo Sở Thông tin và Truyền thông, nguyên nhân chủ yếu là một bộ phận người dân, nhất là ở vùng nông thôn, miền núi chưa quen với việc nộp hồ sơ qua mạng; một số thủ tục có quy trình phức tạp, yêu cầu thành phần hồ sơ bản giấy. Sở đề nghị UBND cấp huyện tăng cường vai trò của tổ công nghệ số cộng đồng trong hướng dẫn người dân. Trong tháng 8, phấn đấu nâng tỷ lệ hồ sơ trực tuyến toàn trình lên 6",
        "2024-08-06",
        [
            ("online_dossier_rate", "Hà Tĩnh", "month", "2024-07-31", 72.1),
            ("online_dossier_full_process_rate", "Hà Tĩnh", "month", "2024-07-31", 53.6),
            ("data_reuse_rate", "Hà Tĩnh", "month", "2024-07-31", 37.9),
            ("dossiers_with_personal_id_rate", "Hà Tĩnh", "as_of", "2024-07-31", 97.4),
        ],
    ),
    (
        " date 2024-06\nBÁO LAI CHÂU ĐIỆN TỬ\nTrang chủ / Kinh tế / Khoa học - Công nghệ\nNỗ lực xóa vùng lõm sóng ở vùng cao\nThứ Ba, 18/06/2024, 15:40\nDù đã có nhiều cố gắng, hiện toàn tỉnh còn 312 thôn, bản chưa có sóng di động, chiếm 13,5% tổng số thôn, bản, trong đó 87 bản chưa có điện lưới quốc gia. Trong năm 2023, các doanh nghiệp viễn thông đã phủ sóng mới cho 45 thôn, bản. Đến nay, tỷ lệ thôn, bản có điện lưới nhưng trước đây lõm sóng đã được phủ sóng di động đạt 61,2%.\nNgười dân bản Pa Ủ, huyện Mường Tè phải đi hàng chục cây số mới có sóng điện thoại. Ảnh: Tuấn Anh\nHuyện Mường Tè hiện có số thôn, bản lõm sóng nhiều nhất tỉnh. Theo ông Lò Văn Thượng, Phó Giám đốc Sở Thông tin và Truyền thông, việc đầu tư trạm BTS ở các khu vực này gặp nhiều khó khăn do địa hình chia cắt, dân cư thưa thớt, doanh nghiệp không có hiệu quả kinh tế. Năm 2024, Viettel Lai Châu dự kiến xây dựng 28 trạm BTS bằng nguồn vốn Chương trình cung cấp dịch vụ viễn thông công ích.\nTỉnh phấn đấu đến hết năm 2025 có 100% thôn, bản được phủ sóng di động, 80% hộ gia đình có kết nối Internet cáp quang. Để đạt mục tiêu này, Sở đề nghị các doanh nghiệp tận dụng hạ tầng điện mặt trời, sử dụng công nghệ vệ tinh cho những điểm chưa thể kéo cáp quang hoặc chưa có đi",
        "2024-06-18",
        [
            ("villages_without_mobile_coverage", "Lai Châu", "as_of", "2024-06-18", 312),
            ("dead_zone_villages_covered_rate", "Lai Châu", "as_of", "2024-06-18", 61.2),
        ],
    ),
    (
        "BÁO THANH HÓA\nThứ Năm, 18/01/2024 | 08:15\nThời sự | Kinh tế | Chuyển đổi số | Văn hóa | Thể thao | Xứ Thanh\nChuyển đổi số năm 2023: Nhiều chỉ tiêu vượt kế hoạch\n(Baothanhhoa.vn) - Năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh đạt 61,7%, vượt 11,7 điểm phần trăm so với kế hoạch; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 95,3%; tỷ lệ người dân, doanh nghiệp hài lòng đạt 98,1%. Kinh tế số năm 2023 ước chiếm 8,2% GRDP.\nĐến hết năm 2023, mật độ thuê bao băng rộng di động đạt 78,4 thuê bao/100 dân, băng rộng cố định đạt 21,6 thuê bao/100 dân; toàn tỉnh có 1,72 triệu thuê bao sử dụng điện thoại thông minh; 2.876/2.877 thôn, bản đã có sóng di động.\nĐồng chí Lê Đức Giang, Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị. Ảnh: Minh Hiếu\nNăm 2022, Chỉ số chuyển đổi số (DTI) của Thanh Hóa xếp thứ 23/63 tỉnh, thành phố, tăng 12 bậc so với năm trước. Tuy nhiên, theo đánh giá của Ban Chỉ đạo, nguồn nhân lực công nghệ thông tin tại các cơ quan nhà nước còn thiếu, nhiều cơ sở dữ liệu chuyên ngành chưa được kết nối, chia sẻ.\nNăm 2024, tỉnh phấn đấu tỷ lệ hồ sơ xử lý trực tuyến đạt 70%, kinh tế số chiếm 10% GRDP; 100% thôn, bản có cáp quang đến trung tâm. Các sở, ngành, địa phương được giao rà soát, cập nhật danh mục thủ tục hành chính đủ điều kiện cung cấp trực tuyến toàn trình, hoàn thành trước ngày 31/3/20",
        "2024-01-18",
        [
            ("online_dossier_rate", "Thanh Hóa", "year", "2023-12-31", 61.7),
            ("e_result_rate", "Thanh Hóa", "year", "2023-12-31", 95.3),
            ("satisfaction_rate", "Thanh Hóa", "year", "2023-12-31", 98.1),
            ("digital_economy_gdp_share", "Thanh Hóa", "year", "2023-12-31", 8.2),
            ("mobile_broadband_subscriptions_per_100", "Thanh Hóa", "as_of", "2023-12-31", 78.4),
            ("fixed_broadband_subscriptions_per_100", "Thanh Hóa", "as_of", "2023-12-31", 21.6),
            ("smartphone_subscriptions", "Thanh Hóa", "as_of", "2023-12-31", 1720000),
        ],
    ),
    (
        " date 2024-10\nCỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG\nTrang chủ » Tin tức » Tin hoạt động của tỉnh\nBắc Giang: Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình\nTính đến hết tháng 9/2024, tỉnh cung cấp 1.286 dịch vụ công trực tuyến trên tổng số 1.923 thủ tục hành chính, đạt tỷ lệ 66,9%; tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 100%.\n9 tháng năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 412.560 hồ sơ; tỷ lệ hồ sơ xử lý trực tuyến đạt 74,2%, tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 99,6%. Huyện Yên Dũng, huyện Việt Yên là các địa phương có tỷ lệ hồ sơ trực tuyến cao nhất, trên 90%.\nHiện nay, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh khoảng 52%.\nẢnh: Bộ phận Một cửa huyện Yên Dũng.\nĐể nâng cao chất lượng, Sở Thông tin và Truyền thông đề nghị các sở, ngành tiếp tục rà soát, tái cấu trúc quy trình nghiệp vụ, tích hợp thanh toán trực tuyến; phấn đấu đến năm 2025 tỷ lệ hồ sơ xử lý trực tuyến đạt trên 80%. Cùng với đó, các tổ công nghệ số cộng đồng ở 2.289 thôn, tổ dân phố được yêu cầu tăng cường hướng dẫn, hỗ trợ người dân tạo tài khoản, nộp hồ sơ trực tuyến.\nLượt xem: 312\nTin cùng chuyên mục:\n- Hội nghị tập huấn kỹ năng số cho tổ công nghệ số cộng đồng năm 2024\n- Bắc Giang triển khai nền tảng bản đồ số dùng chung của t",
        None,
        [
            ("dvctt_rate", "Bắc Giang", "as_of", "2024-09-30", 66.9),
            ("full_process_provision_rate", "Bắc Giang", "as_of", "2024-09-30", 100),
            ("online_dossier_rate", "Bắc Giang", "ytd", "2024-09-30", 74.2),
        ],
    ),
    (
        " date 2025-05\nBÁO LÂM ĐỒNG\nChính trị | Kinh tế | Khoa học - Công nghệ | Du lịch | Đà Lạt - Lâm Đồng\nLâm Đồng: Gần 59% hồ sơ được giải quyết trực tuyến toàn trình\n(LĐ online) - Theo Sở Khoa học và Công nghệ, 4 tháng đầu năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh đạt 80,2%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,9%, tăng 9,4 điểm phần trăm so với cùng kỳ năm 2024 và cao hơn bình quân cả nước cùng kỳ (47,5%). Tỷ lệ hồ sơ được cấp kết quả điện tử đạt 99,1%.\nNgười dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: N.Ngọc\nTrong đó, TP Đà Lạt và TP Bảo Lộc có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất, lần lượt đạt 72,3% và 68,1%. Theo Bộ chỉ số phục vụ người dân, doanh nghiệp, Lâm Đồng đạt 78,6 điểm, xếp thứ 14/63 tỉnh, thành phố.\nSở Khoa học và Công nghệ cho biết, trong thời gian tới sẽ tham mưu UBND tỉnh tiếp tục cắt giảm thành phần hồ sơ, tái sử dụng dữ liệu đã số hóa và triển khai dịch vụ công trực tuyến trên nền tảng VNeID; phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%. Sở cũng đề nghị các địa phương chuẩn bị hạ tầng, nhân lực cho việc vận hành chính quyền địa phương hai cấp, bảo đảm không gián đoạn việc tiếp nhận, giải quyết thủ tục hành chính cho ng",
        None,
        [
            ("online_dossier_rate", "Lâm Đồng", "ytd", "2025-04-30", 80.2),
            ("online_dossier_full_process_rate", "Lâm Đồng", "ytd", "2025-04-30", 58.9),
            ("online_dossier_full_process_rate", "national", "ytd", "2025-04-30", 47.5),
            ("e_result_rate", "Lâm Đồng", "ytd", "2025-04-30", 99.1),
        ],
    ),
    (
        "BÁO GIA LAI ĐIỆN TỬ\nTrang chủ / Thời sự / Chuyển đổi số\nDịch vụ công trực tuyến toàn trình: Gia Lai vẫn ở nhóm giữa khu vực Tây Nguyên\n(GLO)- Theo số liệu trên Cổng Dịch vụ công quốc gia, 10 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của Gia Lai đạt 41,8%, thấp hơn 0,7 điểm phần trăm so với bình quân cả nước (42,5%). Trong khu vực Tây Nguyên, Kon Tum dẫn đầu với 52,4%, tiếp theo là Lâm Đồng (49,3%), Đắk Lắk (45,1%); Đắk Nông thấp nhất với 36,2%.\nBộ phận Một cửa TP Pleiku. Ảnh: Minh Nguyệt\nCũng theo Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công, Gia Lai đạt 64,3 điểm, xếp thứ 47/63 tỉnh, thành phố. Các chỉ số thành phần còn thấp gồm: tiến độ giải quyết, thanh toán trực tuyến và mức độ số hóa hồ sơ.\nÔng Nguyễn Hữu Quế, Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương khẩn trương khắc phục, phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%; người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để chỉ số của đơn vị mình thấp. TP Pleiku và thị xã An Khê được giao thí điểm tiếp nhận 100% hồ sơ trực tuyến đối với một số nhóm thủ tục về hộ tịch, đất đai, xây dựng từ ngày 1/12/20",
        None,
        [
            ("online_dossier_full_process_rate", "Gia Lai", "ytd", "2024-10-31", 41.8),
            ("online_dossier_full_process_rate", "national", "ytd", "2024-10-31", 42.5),
            ("online_dossier_full_process_rate", "Kon Tum", "ytd", "2024-10-31", 52.4),
            ("online_dossier_full_process_rate", "Lâm Đồng", "ytd", "2024-10-31", 49.3),
            ("online_dossier_full_process_rate", "Đắk Lắk", "ytd", "2024-10-31", 45.1),
            ("online_dossier_full_process_rate", "Đắk Nông", "ytd", "2024-10-31", 36.2),
        ],
    ),
    (
        'BÁO KIÊN GIANG\nThứ Năm, 28/12/2023 | 10:05 GMT+7\nTin tức | Kinh tế | Xã hội | Chuyển đổi số | Biển đảo\nXã hội số từng bước hình thành\n(BKG) - Năm 2023, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh ước đạt 41%, tăng gấp 1,5 lần so với năm 2022; tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng hoặc tổ chức được phép khác ước đạt 79,6%.\nTính đến ngày 20/12/2023, toàn tỉnh có hơn 689.000 tài khoản định danh điện tử đã được kích hoạt, đạt 64,7% số công dân thuộc diện cấp tài khoản. TP Phú Quốc có tỷ lệ kích hoạt cao nhất tỉnh.\nNgười dân được hướng dẫn cài đặt, kích hoạt ứng dụng VNeID. Ảnh: Công an tỉnh cung cấp\nTheo Sở Thông tin và Truyền thông, việc phát triển xã hội số vẫn gặp nhiều khó khăn do một bộ phận người dân, nhất là người cao tuổi, người dân ở các xã đảo, vùng sâu chưa có thiết bị thông minh hoặc chưa có kỹ năng sử dụng. Năm 2024, tỉnh đặt mục tiêu 50% dân số trưởng thành sử dụng dịch vụ công trực tuyến, 85% người trưởng thành có tài khoản thanh toán; tiếp tục duy trì hoạt động của 1.080 tổ công nghệ số cộng đồng ở ấp, khu phố, đẩy mạnh phong trào "Bình dân học vụ số", phổ cập kỹ năng số cho người d',
        "2023-12-28",
        [
            ("adult_population_using_dvctt_rate", "Kiên Giang", "year", "2023-12-31", 41),
            ("adults_with_bank_account_rate", "Kiên Giang", "year", "2023-12-31", 79.6),
            ("vneid_activated_accounts", "Kiên Giang", "as_of", "2023-12-20", 689000),
        ],
    ),
    (
        "BÁO ĐỒNG THÁP ONLINE\nThứ Tư, 10/04/2024\nThời sự | Kinh tế | Văn hóa - Xã hội | Khoa học - Công nghệ\nNgười dân hài lòng với dịch vụ công trực tuyến\nTheo Sở TT&TT Đồng Tháp, quý I/2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến đạt 76,5%; tỷ lệ người dân, doanh nghiệp hài lòng đối với việc giải quyết thủ tục hành chính đạt 99,8%. Trong quý, có khoảng 3.700 hồ sơ được thanh toán phí, lệ phí trực tuyến. Theo Bộ chỉ số phục vụ người dân, doanh nghiệp, tỉnh đạt 84,5 điểm.\nChuyên viên Trung tâm Phục vụ hành chính công hướng dẫn người dân tra cứu hồ sơ. Ảnh: T.Huy\nTrước đó, tại hội nghị công bố các chỉ số năm 2023, Chỉ số cải cách hành chính (PAR INDEX) của tỉnh xếp thứ 4/63, Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) xếp thứ 5/63. TP Sa Đéc, huyện Lai Vung là những địa phương có tỷ lệ hồ sơ trực tuyến cao.\nNăm 2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%, 100% hồ sơ được số hóa khi tiếp nhận. Sở TT&TT đề nghị các cơ quan, đơn vị quan tâm đầu tư trang thiết bị cho bộ phận một cửa, bố trí công chức có kỹ năng công nghệ thông tin, thường xuyên theo dõi, đôn đốc xử lý hồ sơ trên hệ thống, không để hồ sơ trễ hạn do chậm chuyển bước xử lý trên ph",
        "2024-04-10",
        [
            ("online_dossier_rate", "Đồng Tháp", "quarter", "2024-03-31", 76.5),
            ("satisfaction_rate", "Đồng Tháp", "quarter", "2024-03-31", 99.8),
        ],
    ),
    (
        " date 2024-07\nBÁO HÀ GIANG ĐIỆN TỬ\nTrang chủ > Kinh tế > Khoa học - Công nghệ\nĐưa sóng di động về với vùng cao\nTính đến ngày 30/6/2024, toàn tỉnh còn 387 thôn lõm sóng di động, trong đó 203 thôn chưa có điện lưới quốc gia; tỷ lệ thôn lõm sóng có điện đã được phủ sóng đạt 54,5%. Riêng 6 tháng đầu năm, các doanh nghiệp đã phủ sóng cho 102 thôn, trong đó Viettel Hà Giang phát sóng 64 trạm BTS mới.\nTrạm BTS mới được lắp đặt tại xã Lũng Cú, huyện Đồng Văn. Ảnh: Đức Thành\nHiện nay, 100% xã, phường, thị trấn trên địa bàn tỉnh đã có cáp quang đến trung tâm xã. Tuy nhiên, ở nhiều thôn vùng cao núi đá, người dân vẫn phải ra đầu dốc, lên đỉnh đồi mới có sóng điện thoại.\nÔng Vũ Văn Tiến, Giám đốc Sở Thông tin và Truyền thông cho biết, do địa hình chia cắt, dân cư thưa thớt nên chi phí đầu tư một trạm BTS tại vùng cao cao gấp 2-3 lần vùng thấp, trong khi doanh thu gần như không đáng kể. Tỉnh đã kiến nghị Bộ TT&TT bổ sung nguồn vốn Quỹ Dịch vụ viễn thông công ích, phấn đấu đến hết năm 2025 cơ bản xóa thôn lõm sóng. Trong khi chờ đầu tư, các doanh nghiệp được đề nghị sử dụng giải pháp trạm phát sóng cơ động, trạm sử dụng năng lượng mặt trời cho các điểm chưa có đ",
        None,
        [
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-06-30", 387),
            ("dead_zone_villages_covered_rate", "Hà Giang", "as_of", "2024-06-30", 54.5),
        ],
    ),
    (
        "BÁO QUẢNG NAM\nThời sự | Kinh tế | Xã hội | Khoa học - Công nghệ | Quảng Nam - Đất và người\nQuảng Nam: Hơn 76% hộ gia đình có Internet cáp quang\nThứ Tư, 25/09/2024 - 08:40\n(QNO) - Đến hết tháng 8/2024, tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng trên địa bàn tỉnh đạt 76,4%, trong khi bình quân cả nước là 82,5%; mật độ thuê bao băng rộng cố định đạt 19,8 thuê bao/100 dân; toàn tỉnh có 1,25 triệu thuê bao băng rộng di động, trong đó 1,02 triệu thuê bao 4G.\nLắp đặt cáp quang cho hộ gia đình ở TP Hội An. Ảnh: VNPT Quảng Nam\nCũng theo Sở Thông tin và Truyền thông, tỷ lệ người sử dụng Internet trên địa bàn tỉnh đến hết tháng 8/2024 ước đạt 78%. 100% xã, phường, thị trấn có hạ tầng cáp quang. Tốc độ tải lên trung bình băng rộng cố định đạt khoảng 95 Mbps.\nDù vậy, khoảng cách số giữa vùng đồng bằng và miền núi còn lớn. Tại các huyện Nam Trà My, Tây Giang, Phước Sơn, tỷ lệ hộ có cáp quang chỉ khoảng 30-40%. Tỉnh đặt mục tiêu đến năm 2025 có 85% hộ gia đình có Internet cáp quang, phủ sóng 5G tại TP Tam Kỳ, Hội An và các khu công nghiệp Chu Lai, Điện Nam - Điện Ngọc. Sở Thông tin và Truyền thông đã đề nghị các doanh nghiệp viễn thông ưu tiên đầu tư hạ tầng ở các xã miền núi theo Chương trình cung cấp dịch vụ viễn thông công ích đến n",
        "2024-09-25",
        [
            ("ftth_household_rate", "Quảng Nam", "as_of", "2024-08-31", 76.4),
            ("ftth_household_rate", "national", "as_of", "2024-08-31", 82.5),
            ("fixed_broadband_subscriptions_per_100", "Quảng Nam", "as_of", "2024-08-31", 19.8),
            ("mobile_broadband_subscriptions", "Quảng Nam", "as_of", "2024-08-31", 1250000),
            ("internet_users_rate", "Quảng Nam", "as_of", "2024-08-31", 78),
        ],
    ),
    (
        "BÁO BÌNH ĐỊNH\nTrang chủ | Thời sự | Kinh tế | Xã hội | Chuyển đổi số\nHội nghị trực tuyến toàn quốc tổng kết công tác chuyển đổi số năm 2024\nThứ Sáu, 03/01/2025, 05:45 [GMT+7]\n(BĐ) - Theo báo cáo tại hội nghị, năm 2024 cả nước có 43,6% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình; tỷ lệ người dân, doanh nghiệp hài lòng đạt 86,4%. Đến hết năm 2024, Cổng Dịch vụ công quốc gia có 15,62 triệu tài khoản đăng ký, tăng 26% so với năm 2023.\nChủ trì tại điểm cầu Bình Định có đồng chí Lâm Hải Giang, Phó Chủ tịch UBND tỉnh. Ảnh: KIM DUNG\nTại tỉnh, năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt 51,2%, tỷ lệ hồ sơ được cấp kết quả điện tử đạt 97,8%, tỷ lệ hài lòng của người dân, doanh nghiệp đạt 97,5%. Kinh tế số của tỉnh ước chiếm 7,4% GRDP năm 2024. Năm 2023, Chỉ số chuyển đổi số của Bình Định xếp thứ 20/63 tỉnh, thành phố, tăng 8 bậc.\nNăm 2025, tỉnh đặt mục tiêu 80% hồ sơ trực tuyến toàn trình, kinh tế số chiếm 10% GRDP; triển khai nền tảng trợ lý ảo hỗ trợ cán bộ, công chức và người dân trong tra cứu thủ tục hành chính. Phát biểu kết luận hội nghị, Thủ tướng Phạm Minh Chính yêu cầu các bộ, ngành, địa phương quyết liệt triển khai Nghị quyết 57-NQ/TW, coi chuyển đổi số là nhiệm vụ trọng tâm, xuyên suốt của năm 2025, năm tăng tốc, bứt phá về đích thực hiện thắng lợi các mục tiêu kế hoạch phát triển kinh tế - xã hội 5 năm 2021-20",
        "2025-01-03",
        [
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 43.6),
            ("satisfaction_rate", "national", "year", "2024-12-31", 86.4),
            ("national_portal_accounts", "national", "as_of", "2024-12-31", 15620000),
            ("online_dossier_full_process_rate", "Bình Định", "year", "2024-12-31", 51.2),
            ("e_result_rate", "Bình Định", "year", "2024-12-31", 97.8),
            ("satisfaction_rate", "Bình Định", "year", "2024-12-31", 97.5),
            ("digital_economy_gdp_share", "Bình Định", "year", "2024-12-31", 7.4),
        ],
    ),
    (
        " date 2024-07\nBÁO LONG AN ONLINE\nThứ Hai, 15/07/2024 - 14:10\nThời sự | Chính trị | Kinh tế | Xã hội | Chuyển đổi số\nNâng cao hiệu quả dịch vụ công trực tuyến\n(LA) - 6 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến trên địa bàn tỉnh đạt 83,4%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 68,7%, còn 188 dịch vụ chưa phát sinh hồ sơ trực tuyến nào. Tỷ lệ hồ sơ thủ tục hành chính có gắn mã số định danh cá nhân của người nộp đạt 96,1%; tỷ lệ hồ sơ thanh toán trực tuyến đạt 32,6%, giảm 4,1% so với quý I.\nBộ phận Tiếp nhận và Trả kết quả huyện Đức Hòa. Ảnh: Phương Thảo\nTheo Sở Thông tin và Truyền thông, số hồ sơ trực tuyến tăng nhưng chất lượng chưa đồng đều; một số dịch vụ có phát sinh hồ sơ nhưng người dân vẫn phải đến nộp bản giấy. Huyện Đức Hòa, huyện Bến Lức có lượng hồ sơ lớn do tập trung nhiều khu công nghiệp.\n6 tháng cuối năm, tỉnh phấn đấu tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt trên 80%, tỷ lệ thanh toán trực tuyến đạt 50%; tiếp tục rà soát, đề xuất cắt giảm thành phần hồ sơ, tái sử dụng dữ liệu số hóa từ Cơ sở dữ liệu quốc gia về dân cư. Sở cũng sẽ phối hợp với Công an tỉnh triển khai tích hợp xác thực tài khoản định danh điện tử VNeID trên Hệ thống thông tin giải quyết thủ tục hành chính của t",
        "2024-07-15",
        [
            ("online_dossier_rate", "Long An", "half", "2024-06-30", 83.4),
            ("dvctt_with_dossiers_rate", "Long An", "half", "2024-06-30", 68.7),
            ("dossiers_with_personal_id_rate", "Long An", "half", "2024-06-30", 96.1),
        ],
    ),
    (
        " date 2024-03\nBÁO VĨNH PHÚC\nThời sự | Kinh tế | Xã hội | Khoa học - Công nghệ | Chuyển đổi số | Bạn đọc\nNhiều chỉ tiêu chuyển đổi số năm 2024 vượt kế hoạch\n(BVP) - Theo Sở Khoa học và Công nghệ, năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh đạt 78,9%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 56,3%, tỷ lệ hồ sơ được cấp kết quả điện tử đạt 98,4%. Tính đến ngày 31/12/2024, 100% thủ tục hành chính đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình, tương ứng 1.386 thủ tục.\nKinh tế số năm 2024 của tỉnh ước đạt 14,1% GRDP, chủ yếu nhờ đóng góp của các doanh nghiệp sản xuất linh kiện điện tử tại các khu công nghiệp Bá Thiện, Bình Xuyên. Năm 2023, Chỉ số DTI của Vĩnh Phúc xếp thứ 9/63, tăng 3 bậc so với năm 2022.\nNgười dân làm thủ tục tại Trung tâm Hành chính công TP Phúc Yên. Ảnh: Thế Hùng\nNăm 2025, tỉnh đặt mục tiêu 100% hồ sơ được số hóa, 80% hồ sơ trực tuyến toàn trình và kinh tế số đạt 20% GRDP. Để thực hiện, Sở Khoa học và Công nghệ đề nghị các cơ quan tập trung triển khai Nghị quyết 57-NQ/TW của Bộ Chính trị, Kế hoạch hành động của Ban Chấp hành Đảng bộ tỉnh; rà soát, sắp xếp lại hạ tầng công nghệ thông tin, bảo đảm các hệ thống dùng chung hoạt động liên tục, an toàn, nhất là trong quá trình sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc UBND t",
        None,
        [
            ("online_dossier_rate", "Vĩnh Phúc", "year", "2024-12-31", 78.9),
            ("online_dossier_full_process_rate", "Vĩnh Phúc", "year", "2024-12-31", 56.3),
            ("e_result_rate", "Vĩnh Phúc", "year", "2024-12-31", 98.4),
            ("full_process_provision_rate", "Vĩnh Phúc", "as_of", "2024-12-31", 100),
            ("digital_economy_gdp_share", "Vĩnh Phúc", "year", "2024-12-31", 14.1),
        ],
    ),
    (
        'SỞ THÔNG TIN VÀ TRUYỀN THÔNG THÁI NGUYÊN\nGiới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ\nTình hình chuyển đổi số tháng 10/2024\nTrong tháng 10/2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến toàn tỉnh đạt 69,5%, tăng 2,3 điểm phần trăm so với tháng 9; tỷ lệ hồ sơ trực tuyến toàn trình đạt 48,7%; tỷ lệ hài lòng của người dân, doanh nghiệp đạt 98,9%.\nVề hạ tầng số, tính đến hết tháng 10/2024, toàn tỉnh có 358 trạm BTS 5G, tỷ lệ phủ sóng 5G theo dân số đạt 46%. Thái Nguyên là một trong những địa phương đầu tiên được Viettel thử nghiệm 5G từ năm 2020. Hiện nay, toàn tỉnh còn 12 thôn, xóm chưa có sóng di động, chủ yếu ở huyện Võ Nhai, Định Hóa.\nTrung tâm Giám sát, điều hành đô thị thông minh tỉnh Thái Nguyên.\nCác đơn vị có tỷ lệ hồ sơ trực tuyến cao trong tháng gồm: TP Phổ Yên, TP Sông Công, Sở Kế hoạch và Đầu tư. Trong tháng 11/2024, Sở Thông tin và Truyền thông tiếp tục hướng dẫn các cơ quan, đơn vị cập nhật dữ liệu lên Kho dữ liệu dùng chung của tỉnh; phấn đấu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%; tổ chức diễn tập an toàn thông tin mạng cho các hệ thống thông tin cấp độ 3 trở lên.\nNgày cập nhật: | Lượt xem: 98\nTin khác:\n- Hội thảo "Ứng dụng trí tuệ nhân tạo trong cải cách hành chính"\n- Kết quả thực hiện Đề án 06 tháng 10 năm 2',
        None,
        [
            ("online_dossier_rate", "Thái Nguyên", "month", "2024-10-31", 69.5),
            ("online_dossier_full_process_rate", "Thái Nguyên", "month", "2024-10-31", 48.7),
            ("satisfaction_rate", "Thái Nguyên", "month", "2024-10-31", 98.9),
            ("fiveg_bts_count", "Thái Nguyên", "as_of", "2024-10-31", 358),
            ("fiveg_population_coverage_rate", "Thái Nguyên", "as_of", "2024-10-31", 46),
        ],
    ),
    (
        "BÁO QUẢNG BÌNH ĐIỆN TỬ\nThứ Sáu, 20/10/2023 | 15:26\nThời sự | Kinh tế | Văn hóa | Xã hội | Khoa học - Công nghệ\nChuyển đổi số: Chuyển biến từ cơ sở\n(QBĐT) - Đến hết tháng 9/2023, tỉnh đã cung cấp 1.012 dịch vụ công trực tuyến, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến trên tổng số thủ tục hành chính đạt 52,4%. 9 tháng năm 2023, tỷ lệ hồ sơ được xử lý trực tuyến đạt 45,2%, tăng 9,6% so với cùng kỳ, cao hơn bình quân cả nước cùng kỳ (40,1%).\nNgười dân xã Quảng Hợp được tổ công nghệ số cộng đồng hướng dẫn sử dụng ứng dụng. Ảnh: P.V\nVề hạ tầng, toàn tỉnh hiện còn 38 thôn, bản chưa có sóng di động, trong đó huyện Minh Hóa 15 bản, Tuyên Hóa 9 bản, chủ yếu là các bản của đồng bào Chứt, Bru - Vân Kiều ở vùng núi biên giới.\nTheo Sở Thông tin và Truyền thông, mục tiêu đến năm 2025 là 100% thôn, bản có sóng di động và 80% hồ sơ được xử lý trực tuyến. Sở đề nghị UBND các huyện chỉ đạo các xã kiện toàn, duy trì hoạt động của tổ công nghệ số cộng đồng, hỗ trợ người dân cài đặt và sử dụng các nền tảng số như VNeID, thanh toán điện tử, sàn thương mại điện tử postmart.vn, voso.vn để tiêu thụ nông sản đặc sản của địa phương như khoai deo, nấm tràm, mực một nắng; đồng thời tổ chức các lớp tập huấn kỹ năng số cho ng",
        "2023-10-20",
        [
            ("dvctt_rate", "Quảng Bình", "as_of", "2023-09-30", 52.4),
            ("online_dossier_rate", "Quảng Bình", "ytd", "2023-09-30", 45.2),
            ("online_dossier_rate", "national", "ytd", "2023-09-30", 40.1),
            ("villages_without_mobile_coverage", "Quảng Bình", "as_of", "2023-10-20", 38),
        ],
    ),
    (
        "BÁO TÂY NINH ONLINE\nTrang chủ › Kinh tế › Khoa học - Công nghệ\nViettel Tây Ninh chuẩn bị phủ sóng 5G tại trung tâm thành phố\nThứ Tư, 22/05/2024 - 09:38\n(BTN) - Ngày 21/5, Viettel Tây Ninh cho biết đơn vị đã hoàn thành lắp đặt 45 trạm 5G tại TP Tây Ninh, thị xã Trảng Bàng và Khu kinh tế cửa khẩu Mộc Bài, sẵn sàng phát sóng khi Bộ TT&TT cấp phép thương mại. Theo thử nghiệm, tốc độ tải xuống trên mạng 5G của Viettel tại đây đạt hơn 700 Mbps.\nKỹ thuật viên Viettel Tây Ninh kiểm tra thiết bị 5G. Ảnh: Thanh Tâm\nHiện 99,2% ấp, khu phố trên địa bàn tỉnh đã có sóng di động 4G; vùng phủ sóng 4G đạt 99,8% dân số. Trên phạm vi cả nước, Viettel dự kiến phát sóng 5G tại 63 tỉnh, thành phố trong năm 2024 với khoảng 6.000 trạm.\nTheo Sở Thông tin và Truyền thông, tỉnh phấn đấu đến năm 2025 phủ sóng 5G tại 100% trung tâm huyện, thị xã, thành phố và các khu công nghiệp; tỷ lệ hộ gia đình có Internet cáp quang đạt 90%. Sở cũng đề nghị các doanh nghiệp viễn thông dùng chung hạ tầng, ngầm hóa cáp viễn thông trên các tuyến đường chính, chỉnh trang mạng cáp treo tại các khu dân cư, bảo đảm mỹ quan đô thị và an toàn giao thông. Đồng thời, các doanh nghiệp cần có phương án bảo đảm thông tin liên lạc thông suốt trong mùa mưa bão, nhất là ở các xã biên giới thuộc huyện Tân Biên, Châu Th",
        "2024-05-22",
        [("villages_with_mobile_coverage_rate", "Tây Ninh", "as_of", "2024-05-22", 99.2)],
    ),
    (
        " date 2025-06\nBÁO HẢI DƯƠNG\nThời sự | Kinh tế | Xã hội | Chuyển đổi số | Xứ Đông\nHải Dương: Hơn 71% hồ sơ thủ tục hành chính trực tuyến toàn trình\n(BHD) - Theo Sở Khoa học và Công nghệ, 5 tháng đầu năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh đạt 88,2%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 71,6%, tăng 17,4 điểm phần trăm so với cùng kỳ năm 2024; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 99,5%; tỷ lệ khai thác, tái sử dụng dữ liệu số hóa đạt 65,2%.\nTheo Bộ chỉ số phục vụ người dân, doanh nghiệp, Hải Dương đạt 86,1 điểm, xếp thứ 8/63 tỉnh, thành phố.\nBộ phận Một cửa TP Chí Linh. Ảnh: Thành Chung\nHiện Hải Dương đang khẩn trương chuẩn bị các điều kiện để hợp nhất với TP Hải Phòng và vận hành chính quyền địa phương hai cấp từ ngày 1/7/2025. Sở Khoa học và Công nghệ đã hướng dẫn các xã mới rà soát hạ tầng, trang thiết bị tại bộ phận một cửa, bảo đảm việc tiếp nhận, giải quyết thủ tục hành chính không bị gián đoạn. Tỉnh phấn đấu đến hết năm 2025 có 90% hồ sơ trực tuyến toàn trình; 100% cán bộ, công chức cấp xã được tập huấn sử dụng các hệ thống dùng chung. Các cơ quan cũng được yêu cầu hoàn thành chuyển đổi dữ liệu hồ sơ đang giải quyết sang hệ thống mới trước ngày 25/6/20",
        None,
        [
            ("online_dossier_rate", "Hải Dương", "ytd", "2025-05-31", 88.2),
            ("online_dossier_full_process_rate", "Hải Dương", "ytd", "2025-05-31", 71.6),
            ("e_result_rate", "Hải Dương", "ytd", "2025-05-31", 99.5),
            ("data_reuse_rate", "Hải Dương", "ytd", "2025-05-31", 65.2),
        ],
    ),
    (
        'BÁO CÀ MAU\nTrang chủ | Tin tức | Kinh tế | Chuyển đổi số | Đất và người Cà Mau\nKinh tế số còn khiêm tốn\nNăm 2023, kinh tế số của tỉnh chiếm 5,9% GRDP, tăng 1,3 điểm phần trăm so với năm 2022 nhưng chưa bằng một nửa tỷ trọng của cả nước (12,33%). Cũng trong năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh đạt 54,8%.\nNông dân huyện Năm Căn bán tôm qua sàn thương mại điện tử. Ảnh: Hữu Nghĩa\nHiện nay, tỷ lệ hộ gia đình có Internet cáp quang toàn tỉnh khoảng 68%; trên địa bàn có 42 trạm BTS 5G, chủ yếu tại TP Cà Mau. Theo ông Lê Văn Sử, Phó Chủ tịch UBND tỉnh, kinh tế số của Cà Mau vẫn chủ yếu dựa vào viễn thông và thương mại điện tử, chưa lan tỏa sang các ngành thủy sản, nông nghiệp, du lịch - những thế mạnh của tỉnh.\nTỉnh đặt mục tiêu đến năm 2025 kinh tế số chiếm 10% GRDP, đến năm 2030 đạt 20%. Để đạt mục tiêu, Cà Mau tập trung hỗ trợ hợp tác xã, hộ kinh doanh đưa sản phẩm OCOP lên sàn thương mại điện tử; số hóa chuỗi cung ứng tôm, cua; đẩy mạnh thanh toán không dùng tiền mặt trong thu học phí, viện phí, tiền điện, nước. Ngành Thông tin và Truyền thông cũng phối hợp các doanh nghiệp viễn thông triển khai chương trình "Mỗi người dân một danh tính số, một tài khoản thanh toán", phấn đấu đến cuối năm 2024 có 80% người trưởng thành có tài khoản thanh toá',
        None,
        [
            ("digital_economy_gdp_share", "Cà Mau", "year", "2023-12-31", 5.9),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("online_dossier_rate", "Cà Mau", "year", "2023-12-31", 54.8),
        ],
    ),
    (
        "BÁO KHÁNH HÒA\nThời sự | Kinh tế | Xã hội | Văn hóa | Du lịch | Chuyển đổi số\nChỉ số chuyển đổi số năm 2022: Khánh Hòa tăng 6 bậc\nThứ Tư, 28/02/2024 - 16:12\nTheo kết quả Chỉ số đánh giá mức độ chuyển đổi số cấp tỉnh (DTI) năm 2022 do Bộ Thông tin và Truyền thông công bố, Khánh Hòa đạt 0,4856 điểm, xếp thứ 32/63 tỉnh, thành phố, tăng 6 bậc so với năm 2021. Đà Nẵng tiếp tục dẫn đầu với 0,6782 điểm.\nTrong 3 trụ cột, chính quyền số của tỉnh xếp thứ 28, kinh tế số xếp thứ 35, xã hội số xếp thứ 41. Theo Sở Thông tin và Truyền thông, tỷ trọng kinh tế số trong GRDP năm 2023 của tỉnh ước đạt 6,8%.\nTrung tâm điều hành đô thị thông minh TP Nha Trang. Ảnh: Văn Giang\nLãnh đạo Sở Thông tin và Truyền thông cho biết, một số chỉ số thành phần của tỉnh còn thấp, như tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử, tỷ lệ giao dịch thanh toán không dùng tiền mặt, số lượng doanh nghiệp công nghệ số. Nguyên nhân là hạ tầng dữ liệu còn phân tán, nhân lực chuyên trách còn thiếu. Năm 2024, tỉnh phấn đấu vào nhóm 20 địa phương dẫn đầu về DTI, kinh tế số đạt 10% GRDP; hoàn thành xây dựng Trung tâm dữ liệu tỉnh, đưa vào vận hành Trung tâm giám sát, điều hành thông minh cấp tỉnh và triển khai thí điểm dịch vụ du lịch thông minh tại Nha Trang, Cam Ranh, Vân Phong nhằm nâng cao trải nghiệm của du khách quốc t",
        "2024-02-28",
        [("digital_economy_gdp_share", "Khánh Hòa", "year", "2023-12-31", 6.8)],
    ),
    (
        ' date 2024-12\nBÁO ĐIỆN BIÊN PHỦ\nThứ Năm, 05/12/2024 | 07:50\nTin tức | Chính trị | Kinh tế | Xã hội | Khoa học - Công nghệ\nChuyển đổi số ở vùng cao: Gian nan xóa "vùng trắng" sóng\n11 tháng năm 2024, tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến của tỉnh đạt 55,4%. Tuy nhiên, hạ tầng viễn thông vẫn là điểm nghẽn: đến hết tháng 11/2024, toàn tỉnh còn 174 thôn, bản chưa có sóng di động, trong đó 112 bản chưa có điện lưới; tỷ lệ thôn, bản có sóng di động đạt 88,9%.\nNgười dân bản Huổi Lếch, huyện Mường Nhé. Ảnh: Thanh Bình\nRiêng huyện Mường Nhé còn 58 bản lõm sóng, nhiều nhất tỉnh. Theo kế hoạch, trong năm 2025 các doanh nghiệp viễn thông sẽ xây dựng 68 trạm BTS tại các bản lõm sóng bằng nguồn vốn Quỹ Dịch vụ viễn thông công ích Việt Nam và nguồn xã hội hóa.\nÔng Phạm Đức Toàn, Phó Chủ tịch UBND tỉnh cho biết, tỉnh phấn đấu đến hết năm 2025 có 95% thôn, bản được phủ sóng di động; đồng thời đề nghị Bộ Thông tin và Truyền thông có cơ chế đặc thù hỗ trợ các tỉnh miền núi, biên giới trong phát triển hạ tầng. Ở những bản chưa có điện, giải pháp trước mắt là lắp đặt trạm sử dụng pin năng lượng mặt trời, kết hợp truyền dẫn vệ tinh. Tỉnh cũng giao Sở Thông tin và Truyền thông phối hợp với Bộ đội Biên phòng tỉnh rà soát nhu cầu thông tin liên lạc tại các đồn, trạm biên phò',
        "2024-12-05",
        [
            ("online_dossier_rate", "Điện Biên", "ytd", "2024-11-30", 55.4),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-11-30", 174),
            ("villages_with_mobile_coverage_rate", "Điện Biên", "as_of", "2024-11-30", 88.9),
        ],
    ),
    (
        "BÁO BẮC NINH\nTrang chủ / Kinh tế / Chuyển đổi số\nKinh tế số đóng góp gần 1/3 GRDP của tỉnh\n22/01/2025 06:00\n(BBN) - Năm 2024, tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 31,6%, đứng đầu cả nước và cao hơn nhiều so với mức 18,3% của cả nước; tốc độ tăng trưởng kinh tế số ước đạt 12,8%. Kim ngạch xuất khẩu sản phẩm điện tử, máy tính và linh kiện đạt 40,5 tỷ USD, chủ yếu từ các doanh nghiệp FDI như Samsung, Canon, Foxconn.\nDây chuyền sản xuất điện thoại tại Samsung Electronics Việt Nam (KCN Yên Phong). Ảnh: Minh Phương\nHạ tầng số của tỉnh được đầu tư hiện đại, tỷ lệ hộ gia đình có kết nối Internet cáp quang hiện đạt 95,3%. Năm 2023, Chỉ số DTI của tỉnh xếp thứ 5/63.\nTuy nhiên, theo Sở Thông tin và Truyền thông, kinh tế số của tỉnh phụ thuộc lớn vào khu vực FDI, tỷ trọng số hóa trong các ngành nông nghiệp, dịch vụ còn thấp; số doanh nghiệp công nghệ số trong nước chưa nhiều. Tỉnh đặt mục tiêu đến năm 2030 kinh tế số chiếm 40% GRDP, hình thành 3-5 doanh nghiệp công nghệ số có năng lực cạnh tranh quốc tế, thu hút đầu tư các dự án sản xuất chip bán dẫn, trung tâm dữ liệu và trung tâm nghiên cứu, phát triển của các tập đoàn công nghệ toàn cầu. Tỉnh cũng sẽ xây dựng cơ chế hỗ trợ doanh nghiệp nhỏ và vừa thuê dịch vụ nền tảng số, đào tạo nguồn nhân lực kỹ thuật số cho các khu công nghi",
        "2025-01-22",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2024-12-31", 31.6),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "Bắc Ninh", "year", "2024-12-31", 12.8),
            ("ftth_household_rate", "Bắc Ninh", "as_of", "2025-01-22", 95.3),
        ],
    ),
    (
        " date 2025-06\nBÁO ĐÀ NẴNG\nThứ Tư, 25/06/2025 05:30 [GMT+7]\nThời sự | Kinh tế | Xã hội | Khoa học - Công nghệ | Đà Nẵng 50 năm\nHạ tầng 5G phủ gần toàn bộ dân cư thành phố\nTính đến hết tháng 5/2025, trên địa bàn thành phố có 1.046 trạm BTS 5G (Viettel 812 trạm, VNPT 234 trạm), vùng phủ sóng 5G đạt 90% dân số; tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 96,5%. Cùng thời điểm, cả nước có hơn 10.000 trạm 5G.\nTrạm 5G trên đường Võ Nguyên Giáp, quận Sơn Trà. Ảnh: XUÂN SƠN\nĐà Nẵng đã 7 năm liên tiếp dẫn đầu Chỉ số DTI cấp tỉnh. Theo Sở Khoa học và Công nghệ, tốc độ tải lên trung bình trên mạng 5G tại thành phố đạt khoảng 110 Mbps, đáp ứng nhu cầu của các khu công nghệ cao, trung tâm dữ liệu và các sự kiện lớn như Lễ hội pháo hoa quốc tế.\nTừ ngày 1/7/2025, Đà Nẵng hợp nhất với tỉnh Quảng Nam thành TP Đà Nẵng mới. Sở Khoa học và Công nghệ cho biết sẽ phối hợp các doanh nghiệp viễn thông mở rộng vùng phủ 5G đến các khu công nghiệp, đô thị ven biển của Quảng Nam cũ, phấn đấu đến cuối năm 2025 phủ sóng 5G đạt 95% dân số của thành phố sau hợp nhất; đồng thời rà soát, bảo đảm hạ tầng cho các xã, phường mới vận hành chính quyền hai c",
        "2025-06-25",
        [
            ("fiveg_bts_count", "Đà Nẵng", "as_of", "2025-05-31", 1046),
            ("fiveg_population_coverage_rate", "Đà Nẵng", "as_of", "2025-05-31", 90),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2025-05-31", 96.5),
            ("fiveg_bts_count", "national", "as_of", "2025-05-31", 10000),
        ],
    ),
]
