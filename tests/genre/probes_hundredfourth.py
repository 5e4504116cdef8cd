"""Genre probes, round 104: pages as a browser saves them from portals and papers (menus, counters, date lines, a ministry's report reposted under a province's masthead, related lists, captions, cut-off endings), written blind.

First reading (the stop's start code 62e519e read it): 135 of 154 right, 135 of 155 found (0.88 / 0.87). Fitted after that reading (stop 44): a national report reposted under a province's masthead, a body urging others, an earlier value's date not carried on, what belongs to one ministry or a one-stop centre, a ward told with 'nơi', 'N tháng đạt', a sentence set abroad: 152 of 153, 152 of 155. Left: 'Trong quý, Cổng tiếp nhận …' after a level's date (the quarter's flow read as the level).
"""

CASES = [
    # 1 — Đồng Tháp province portal, date line "Ngày 06/10/2023 14:16:47"; 9-month figures;
    #     traps: yoy change, district figures (Lai Vung, Sa Đéc), target quote, dossier counts
    #     (no id), visitor counters; "Hiện nay" in a 9-month text -> end of span (within 35 days).
    (
        """Cổng thông tin điện tử tỉnh Đồng Tháp
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chính quyền số | Văn bản | Hỏi đáp | Liên hệ
Trang chủ > Tin tức - Sự kiện > Chuyển đổi số
Ngày 06/10/2023 14:16:47

Đồng Tháp: 9 tháng năm 2023, tỷ lệ hồ sơ xử lý trực tuyến đạt 72,5%

(ĐTO) - Chiều ngày 05/10, Sở Thông tin và Truyền thông tổ chức cuộc họp đánh giá kết quả thực hiện nhiệm vụ chuyển đổi số 9 tháng đầu năm và triển khai nhiệm vụ quý IV/2023.

Theo báo cáo, 9 tháng năm 2023, toàn tỉnh tiếp nhận 412.356 hồ sơ thủ tục hành chính, trong đó có 298.958 hồ sơ nộp trực tuyến; tỷ lệ hồ sơ xử lý trực tuyến đạt 72,5%, tăng 14,2% so với cùng kỳ năm 2022. Tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử đạt 81,3%. Hiện nay, tỉnh cung cấp 1.214 dịch vụ công trực tuyến toàn trình, chiếm 66,8% tổng số thủ tục hành chính.

Một số địa phương có tỷ lệ hồ sơ trực tuyến cao như huyện Lai Vung (91,2%), thành phố Sa Đéc (88,6%), huyện Tháp Mười (85,4%).

Ông Nguyễn Minh Tâm, Giám đốc Sở Thông tin và Truyền thông cho biết: "Từ nay đến cuối năm, Sở sẽ tham mưu UBND tỉnh đôn đốc các đơn vị, phấn đấu tỷ lệ hồ sơ trực tuyến cả năm đạt trên 80%".

Ảnh: Người dân nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp.

Chia sẻ: Facebook | Zalo | Twitter | In bài
Lượt xem: 1.287

Tin liên quan
- Đồng Tháp dẫn đầu Chỉ số cải cách hành chính năm 2022 (02/06/2023)
- Hội nghị trực tuyến về Đề án 06 quý III/2023 (22/09/2023)
- Sa Đéc ra mắt mô hình "Chợ 4.0" (15/09/2023)

Tổng lượt truy cập: 15.326.874 | Đang trực tuyến: 214
© Cổng thông tin điện tử tỉnh Đồng Tháp""",
        "2023-10-06",
        [
            ("online_dossier_rate", "Đồng Tháp", "ytd", "2023-09-30", 72.5),
            ("e_result_rate", "Đồng Tháp", "ytd", "2023-09-30", 81.3),
            ("dvctt_full_process_rate", "Đồng Tháp", "as_of", "2023-09-30", 66.8),
        ],
    ),
    # 2 — Dân trí-style news, "Thứ Hai, 08/04/2024 - 09:42"; quarter and month flows on the
    #     _new twins, cumulative levels at 31/3, 41/53 essential services "đến nay";
    #     traps: 12 remaining services, yoy change, target quote, related list with a target
    #     and a change, like/share counters.
    (
        """DÂN TRÍ
Thời sự | Thế giới | Kinh doanh | Sức mạnh số | Giáo dục | Sức khỏe | Pháp luật
Sức mạnh số › Chuyển đổi số
Thứ Hai, 08/04/2024 - 09:42

Quý I, Cổng Dịch vụ công quốc gia có thêm gần 2,9 triệu tài khoản

(Dân trí) - Theo Văn phòng Chính phủ, trong quý I/2024, Cổng Dịch vụ công quốc gia có thêm gần 2,9 triệu tài khoản đăng ký, riêng tháng 3 có hơn 1,1 triệu tài khoản mới.

Tính đến hết ngày 31/3/2024, tổng số tài khoản đăng ký trên Cổng đạt 10,96 triệu. Trong quý, Cổng tiếp nhận hơn 3,4 triệu hồ sơ trực tuyến, tăng 27% so với cùng kỳ năm 2023.

Về thanh toán trực tuyến, quý I ghi nhận 4,1 triệu giao dịch với số tiền hơn 2.350 tỷ đồng. Lũy kế đến hết quý I/2024, Cổng đã xử lý 31,2 triệu giao dịch thanh toán trực tuyến với tổng số tiền khoảng 18,9 nghìn tỷ đồng.

Đại diện Cục Kiểm soát thủ tục hành chính cho biết, đến nay đã có 41/53 dịch vụ công thiết yếu theo Đề án 06 được cung cấp toàn trình; 12 dịch vụ còn lại đang được các bộ khẩn trương hoàn thiện.

"Năm 2024, chúng tôi đặt mục tiêu 80% dịch vụ công trực tuyến được cung cấp toàn trình", vị đại diện nói.

Ảnh: Giao diện Cổng Dịch vụ công quốc gia (Ảnh chụp màn hình).

Thích (45)   Chia sẻ   Gửi email   In

TIN LIÊN QUAN
• Hà Nội đặt mục tiêu 100% dịch vụ công toàn trình năm 2025 (05/04/2024)
• Số vụ tấn công mạng quý I giảm 37% (03/04/2024)
• Đổi giấy phép lái xe trực tuyến trên toàn quốc từ tháng 5 (01/04/2024)""",
        "2024-04-08",
        [
            ("national_portal_accounts_new", "national", "quarter", "2024-03-31", 2900000.0),
            ("national_portal_accounts_new", "national", "month", "2024-03-31", 1100000.0),
            ("national_portal_accounts", "national", "as_of", "2024-03-31", 10960000.0),
            ("national_portal_dossiers_new", "national", "quarter", "2024-03-31", 3400000.0),
            ("online_payments_count_new", "national", "quarter", "2024-03-31", 4100000.0),
            ("online_payments_value_new", "national", "quarter", "2024-03-31", 2350.0),
            ("online_payments_count", "national", "as_of", "2024-03-31", 31200000.0),
            ("online_payments_value", "national", "as_of", "2024-03-31", 18900.0),
            ("essential_services_full_process", "national", "as_of", "2024-04-08", 41.0),
        ],
    ),
    # 3 — Ministry monthly report 109/BC-BTTTT reposted on a provincial Sở TT&TT site with its
    #     heading block; explicit window 21/8-20/9; comparison month in parentheses kept;
    #     ministries/localities split; traps: changes, view counter, excerpt cut mid-sentence.
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH HẬU GIANG
Trang chủ / Văn bản - Tài liệu / Báo cáo
Ngày đăng: 02/10/2023 | Lượt xem: 356 | [Tải về]

BỘ THÔNG TIN VÀ TRUYỀN THÔNG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                     Độc lập - Tự do - Hạnh phúc
Số: 109/BC-BTTTT                     Hà Nội, ngày 28 tháng 09 năm 2023

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 9 năm 2023

I. KẾT QUẢ NỔI BẬT TRONG THÁNG (từ ngày 21/8/2023 đến ngày 20/9/2023)

1. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)
Trong tháng, NDXP ghi nhận 81,6 triệu giao dịch, trung bình khoảng 2,72 triệu giao dịch/ngày. Tổng số giao dịch lũy kế từ năm 2019 đến nay đạt 1,62 tỷ giao dịch. Hiện có 103 cơ quan, đơn vị kết nối với NDXP.

2. Bảo đảm an toàn thông tin mạng
Trong tháng ghi nhận 1.041 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 4,5% so với tháng 8/2023 (1.090 cuộc). Số địa chỉ IP thuộc mạng botnet là 612.418, giảm 2,1% so với tháng trước.

Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ: khối bộ, ngành đạt 71,2%; khối địa phương đạt 49,6%.

3. Dịch vụ công trực tuyến
Tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành trong tháng đạt""",
        "2023-10-02",
        [
            ("ndxp_transactions_period", "national", "month", "2023-09-20", 81600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-09-20", 2720000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-09-28", 1620000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-09-28", 103.0),
            ("cyberattacks", "national", "month", "2023-09-20", 1041.0),
            ("cyberattacks", "national", "month", "2023-08-31", 1090.0),
            ("botnet_ips", "national", "as_of", "2023-09-20", 612418.0),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-09-28", 71.2),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-09-28", 49.6),
        ],
    ),
    # 4 — VietNamNet-style 5G article, "Cập nhật: 12:30 | 05/03/2025", no sidecar date;
    #     traps: operator station counts after "Trong đó", upload speed, a survey's share of
    #     people owning smartphones, target, related list with a speed-rank change.
    (
        """VietNamNet
Thời sự  Kinh doanh  Công nghệ  Thông tin và Truyền thông  Giáo dục  Giải trí
Thông tin và Truyền thông > Viễn thông
Cập nhật: 12:30 | 05/03/2025

Cả nước có hơn 8.200 trạm 5G sau 5 tháng thương mại hóa

Theo Cục Viễn thông (Bộ TT&TT), tính đến hết tháng 2/2025, cả nước có hơn 8.200 trạm BTS 5G đang phát sóng, tỷ lệ phủ sóng 5G theo dân số đạt 26,5%.

Trong đó, Viettel chiếm khoảng 6.300 trạm, VinaPhone khoảng 1.800 trạm. Viettel cho biết mạng 5G của nhà mạng này đã có mặt tại toàn bộ 63 tỉnh, thành phố.

Theo số liệu đo kiểm i-Speed của Trung tâm Internet Việt Nam (VNNIC), trong tháng 1/2025, tốc độ tải xuống trung bình của băng rộng di động đạt 141,2 Mbps và của băng rộng cố định đạt 206,8 Mbps; tốc độ tải lên của mạng di động đạt 32,5 Mbps.

Đến cuối tháng 1/2025, 89,6% thuê bao di động đang sử dụng điện thoại thông minh. Một khảo sát của Decision Lab cũng cho thấy 86% người trưởng thành ở Việt Nam sở hữu smartphone.

Năm 2025, Bộ TT&TT đặt mục tiêu phủ sóng 5G tới 45% dân số và tắt sóng 2G trên toàn quốc.

Kỹ thuật viên lắp đặt thiết bị 5G trên một nhà trạm tại quận Cầu Giấy, Hà Nội. Ảnh: Trọng Đạt

Từ khóa: 5G, trạm BTS, Viettel, VinaPhone

Bài cùng chuyên mục
- MobiFone thử nghiệm 5G tại 10 tỉnh, thành (28/02/2025)
- Tốc độ Internet di động Việt Nam tăng 12 bậc trên bảng xếp hạng toàn cầu (25/02/2025)""",
        None,
        [
            ("fiveg_bts_count", "national", "as_of", "2025-02-28", 8200.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-02-28", 26.5),
            ("mobile_broadband_speed", "national", "month", "2025-01-31", 141.2),
            ("fixed_broadband_speed", "national", "month", "2025-01-31", 206.8),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-01-31", 89.6),
        ],
    ),
    # 5 — Báo Quảng Ninh year review with a table (2022, 2023 columns kept; plan column is a
    #     target); traps: TP. Hạ Long district figure, online payment share (no id), DTI rank,
    #     quoted target, related-list headline about a district.
    (
        """Báo Quảng Ninh điện tử
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Chuyển đổi số
Chuyển đổi số
15/01/2024 07:30

Quảng Ninh: Nhìn lại một năm chuyển đổi số toàn diện

Năm 2023, Quảng Ninh tiếp tục dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm thứ ba liên tiếp. Các chỉ tiêu chính về chính quyền số, kinh tế số đều vượt kế hoạch đề ra.

Một số chỉ tiêu chủ yếu (nguồn: Sở TT&TT Quảng Ninh):

| Chỉ tiêu | Năm 2022 | Năm 2023 | Kế hoạch 2024 |
|---|---|---|---|
| Tỷ lệ hồ sơ TTHC xử lý trực tuyến (%) | 68,2 | 85,1 | 90 |
| Tỷ lệ DVCTT toàn trình/tổng số TTHC (%) | 48,6 | 62,3 | 80 |
| Tỷ lệ hồ sơ được cấp kết quả điện tử (%) | 100 | 100 | 100 |
| Tỷ trọng kinh tế số trong GRDP (%) | 8,2 | 9,8 | 12 |
| Tỷ lệ hộ gia đình có Internet cáp quang (%) | 84,0 | 89,5 | 95 |

Đáng chú ý, TP. Hạ Long có tỷ lệ hồ sơ trực tuyến toàn trình đạt 93,4%, cao nhất tỉnh. Tỷ lệ thanh toán trực tuyến trên Cổng dịch vụ công của tỉnh đạt 71%.

"Năm 2024, tỉnh phấn đấu kinh tế số chiếm 12% GRDP, từng bước hình thành xã hội số", đồng chí Giám đốc Sở TT&TT cho biết.

Chia sẻ bài viết: [f] [Zalo] [Sao chép liên kết]

Tin cùng chuyên mục
- Quảng Ninh triển khai 10 mô hình chuyển đổi số cấp xã (12/01/2024)
- Uông Bí: 100% hồ sơ được số hóa (10/01/2024)""",
        "2024-01-15",
        [
            ("online_dossier_rate", "Quảng Ninh", "year", "2022-12-31", 68.2),
            ("online_dossier_rate", "Quảng Ninh", "year", "2023-12-31", 85.1),
            ("dvctt_full_process_rate", "Quảng Ninh", "year", "2022-12-31", 48.6),
            ("dvctt_full_process_rate", "Quảng Ninh", "year", "2023-12-31", 62.3),
            ("e_result_rate", "Quảng Ninh", "year", "2022-12-31", 100.0),
            ("e_result_rate", "Quảng Ninh", "year", "2023-12-31", 100.0),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2022-12-31", 8.2),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2023-12-31", 9.8),
            ("ftth_household_rate", "Quảng Ninh", "year", "2022-12-31", 84.0),
            ("ftth_household_rate", "Quảng Ninh", "year", "2023-12-31", 89.5),
        ],
    ),
    # 6 — Bộ Công an portal, "Ngày 12/12/2023 08:05:11"; national chip-ID and VNeID levels at
    #     10/12; a province's level "đến nay"; traps: 74,3 triệu applications (no id), change
    #     vs end-October, app visits per day, target, district in the caption, view counter.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ BỘ CÔNG AN
Trang chủ » Tin tức » Đề án 06
Ngày 12/12/2023 08:05:11

Hơn 84,6 triệu thẻ Căn cước công dân gắn chip đã được cấp

Tại hội nghị giao ban trực tuyến ngày 11/12, Cục Cảnh sát quản lý hành chính về trật tự xã hội cho biết, tính đến ngày 10/12/2023, lực lượng Công an đã cấp hơn 84,6 triệu thẻ Căn cước công dân gắn chip; thu nhận 74,3 triệu hồ sơ đề nghị cấp tài khoản định danh điện tử, đã kích hoạt 45,2 triệu tài khoản.

Trên địa bàn tỉnh Nghệ An, đến nay đã kích hoạt hơn 1,52 triệu tài khoản định danh điện tử, tăng 210.000 tài khoản so với cuối tháng 10.

Ứng dụng VNeID hiện có trung bình khoảng 12 triệu lượt truy cập mỗi ngày, với nhiều tiện ích mới như tích hợp giấy phép lái xe, thẻ bảo hiểm y tế.

Phát biểu chỉ đạo, Thiếu tướng Tô Văn Huệ, Cục trưởng yêu cầu Công an các địa phương phấn đấu đến hết năm 2023 kích hoạt 50 triệu tài khoản định danh điện tử.

Ảnh: Cán bộ Công an hướng dẫn người dân kích hoạt tài khoản VNeID tại huyện Nghi Lộc, Nghệ An.

Lượt xem: 4.512   |   In bài   |   Gửi bài

Các tin khác
- Công an Hà Nội ra quân cấp căn cước lưu động (08/12/2023)
- Hướng dẫn tích hợp giấy phép lái xe vào VNeID (05/12/2023)""",
        "2023-12-12",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-12-10", 84600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-12-10", 45200000.0),
            ("vneid_activated_accounts", "Nghệ An", "as_of", "2023-12-12", 1520000.0),
        ],
    ),
    # 7 — State Bank portal, "20/06/2024 16:45"; payment-account share at end-May with the
    #     end-2023 comparison in parentheses; Mobile Money customers at 31/5; traps: cashless
    #     growth rates, rural sub-count after "trong đó", merchant points (no id), one
    #     operator's customers, 2025 target, attachment and related list.
    (
        """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
Trang chủ > Tin tức - Sự kiện > Hoạt động ngành ngân hàng
20/06/2024 16:45  |  Cỡ chữ: A A A  |  In trang

Thanh toán không dùng tiền mặt tiếp tục tăng trưởng mạnh

Theo Vụ Thanh toán, tính đến cuối tháng 5/2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08%, tăng so với cuối năm 2023 (86,6%).

5 tháng đầu năm 2024, thanh toán không dùng tiền mặt tăng 58,96% về số lượng và 35,76% về giá trị so với cùng kỳ năm 2023; trong đó giao dịch qua kênh Internet tăng 56,81% về số lượng, qua kênh điện thoại di động tăng 63,3%.

Về dịch vụ Mobile Money, tính đến ngày 31/5/2024, có 8,91 triệu khách hàng đăng ký sử dụng, trong đó khoảng 6,3 triệu khách hàng tại khu vực nông thôn, miền núi, vùng sâu, vùng xa; tổng số điểm kinh doanh chấp nhận Mobile Money đạt khoảng 308.000 điểm. Riêng Viettel Money có hơn 5,5 triệu khách hàng Mobile Money.

Theo Quyết định 06/QĐ-TTg, đến năm 2025 phấn đấu 80% người trưởng thành có tài khoản thanh toán tại ngân hàng hoặc tổ chức được phép khác.

Tài liệu đính kèm: ThongCao_TTKDTM_T5.2024.pdf

Tin khác
- Ngân hàng Nhà nước làm việc với Ngân hàng Thế giới (18/06/2024)
- Thông cáo báo chí về tỷ giá trung tâm ngày 17/06/2024 (17/06/2024)""",
        "2024-06-20",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-05-31", 87.08),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 86.6),
            ("mobile_money_customers", "national", "as_of", "2024-05-31", 8910000.0),
        ],
    ),
    # 8 — Bắc Giang portal, "Thứ Năm, 18/01/2024 - 15:20"; a page reviewing 2023 (its sentences
    #     open on the year, so undated levels are 31/12/2023); traps: digitisation rate (no
    #     id), DTI rank and its change, 2024 targets, a district's rate, award counts, counter.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG
Giới thiệu | Tin tức | Công dân | Doanh nghiệp | Du khách | Hỏi đáp
Trang chủ / Tin tức / Kinh tế - Xã hội
Thứ Năm, 18/01/2024 - 15:20

Bắc Giang tổng kết công tác chuyển đổi số năm 2023

Sáng 18/1, Ban Chỉ đạo chuyển đổi số tỉnh tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2023, triển khai nhiệm vụ năm 2024.

Năm 2023, tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến của tỉnh đạt 63,4%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,2%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 88%. Kinh tế số ước đóng góp 12,1% GRDP của tỉnh. Toàn tỉnh có 86,3% hộ gia đình sử dụng Internet cáp quang băng rộng.

Chỉ số chuyển đổi số (DTI) năm 2022 của tỉnh xếp thứ 12/63 tỉnh, thành phố, tăng 8 bậc.

Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương phấn đấu năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60%, kinh tế số chiếm 15% GRDP.

Dịp này, UBND tỉnh tặng Bằng khen cho 12 tập thể và 15 cá nhân. Huyện Lạng Giang dẫn đầu khối huyện với tỷ lệ hồ sơ trực tuyến 92,7%.

Bài viết liên quan
- Bắc Giang: 230 xã, phường triển khai tổ công nghệ số cộng đồng (10/01/2024)
- Hội nghị Ban Chỉ đạo Đề án 06 tỉnh quý IV/2023 (28/12/2023)

Tổng số lượt truy cập: 28.114.902""",
        "2024-01-18",
        [
            ("online_dossier_rate", "Bắc Giang", "year", "2023-12-31", 63.4),
            ("online_dossier_full_process_rate", "Bắc Giang", "year", "2023-12-31", 41.2),
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 12.1),
            ("ftth_household_rate", "Bắc Giang", "as_of", "2023-12-31", 86.3),
        ],
    ),
    # 9 — Ministry magazine, "05/12/2024 10:21 GMT+7"; November cyberattacks with the October
    #     comparison in parentheses, 11-month total, botnet level at end-November; traps:
    #     change rates, a security vendor's phishing-domain count, deadline, view counter,
    #     related headlines with a percentage.
    (
        """Tạp chí điện tử Thông tin và Truyền thông
Trang chủ › An toàn thông tin
05/12/2024 10:21 GMT+7  |  1.203 lượt xem

Tháng 11/2024: Số cuộc tấn công mạng vào hệ thống thông tin Việt Nam giảm nhẹ

Theo Cục An toàn thông tin (Bộ TT&TT), trong tháng 11/2024, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 712 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8,6% so với tháng 10/2024 (779 cuộc).

Lũy kế 11 tháng năm 2024, tổng số cuộc tấn công mạng gây sự cố là 9.143 cuộc.

Số địa chỉ IP của Việt Nam nằm trong các mạng botnet tính đến cuối tháng 11/2024 là 421.058, giảm gần 40% so với cùng kỳ năm 2023.

Trong khi đó, theo Công ty An ninh mạng Viettel (Viettel Cyber Security), chỉ riêng 10 tháng đầu năm, công ty đã phát hiện hơn 26.000 tên miền giả mạo thương hiệu ngân hàng, ví điện tử.

Cục An toàn thông tin khuyến cáo các cơ quan, tổ chức khẩn trương hoàn thành phê duyệt hồ sơ cấp độ cho 100% hệ thống thông tin trước ngày 31/12/2024.

Ảnh minh họa: Internet
Chia sẻ  |  Bình luận (0)

Đọc thêm:
- Hơn 47% vụ lừa đảo trực tuyến nhắm vào người cao tuổi (03/12/2024)
- Việt Nam tham gia diễn tập ứng cứu sự cố an ninh mạng ASEAN - Nhật Bản (29/11/2024)""",
        "2024-12-05",
        [
            ("cyberattacks", "national", "month", "2024-11-30", 712.0),
            ("cyberattacks", "national", "month", "2024-10-31", 779.0),
            ("cyberattacks", "national", "ytd", "2024-11-30", 9143.0),
            ("botnet_ips", "national", "as_of", "2024-11-30", 421058.0),
        ],
    ),
    # 10 — Ministry portal, "Thứ Hai, 12/08/2024 08:50"; dead-zone programme: covered share at
    #      31/7, national level "hiện còn" and its 31/12/2023 comparison, three provinces'
    #      levels; traps: 550 after "trong đó", remaining electrified villages split by
    #      operator, deadline, related-list target, visitor counter.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Số liệu thống kê
Trang chủ > Tin tức - Sự kiện > Bưu chính - Viễn thông
Thứ Hai, 12/08/2024 08:50

Đã phủ sóng gần 70% thôn lõm sóng có điện lưới

Theo Cục Viễn thông, tính đến ngày 31/7/2024, các doanh nghiệp viễn thông đã phủ sóng di động băng rộng cho 1.246/1.816 thôn lõm sóng đã có điện lưới, đạt tỷ lệ 68,6%.

Cả nước hiện còn 1.120 thôn, bản chưa có sóng di động băng rộng, trong đó 550 thôn chưa có điện lưới. Tại thời điểm 31/12/2023, con số này là 1.978 thôn. Các tỉnh còn nhiều thôn lõm sóng nhất là Hà Giang (142 thôn), Điện Biên (118 thôn) và Sơn La (97 thôn).

Trong số 570 thôn có điện lưới còn lại, Viettel đảm nhận 312 thôn, VNPT 158 thôn và MobiFone 100 thôn. Bộ TT&TT yêu cầu các doanh nghiệp hoàn thành phủ sóng toàn bộ các thôn có điện lưới trước tháng 12/2024.

Trạm BTS mới được lắp đặt tại bản Nậm Ty, huyện Hoàng Su Phì, Hà Giang.

Tin liên quan
- Thủ tướng yêu cầu xóa thôn lõm sóng trong năm 2024 (26/04/2024)
- Từ 16/9/2024, dừng công nghệ 2G với thuê bao chỉ dùng 2G (02/08/2024)

Số lượt truy cập: 45.219.873""",
        "2024-08-12",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-07-31", 68.6),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-08-12", 1120.0),
            ("villages_without_mobile_coverage", "national", "as_of", "2023-12-31", 1978.0),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-08-12", 142.0),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-08-12", 118.0),
            ("villages_without_mobile_coverage", "Sơn La", "as_of", "2024-08-12", 97.0),
        ],
    ),
    # 11 — Lâm Đồng half-year report 215/BC-UBND reposted on the Sở TT&TT site with its heading
    #      block; same-period 2023 comparison kept; "Hiện nay"/"hiện còn" in a half report ->
    #      30/6; traps: dossier counts, digitisation rate, district figures, sub-count, tasks
    #      section with targets, cut mid-sentence.
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG LÂM ĐỒNG
Trang chủ > Chuyển đổi số > Văn bản chỉ đạo điều hành
Đăng ngày: 09/07/2024 | Tác giả: Phòng CNTT | Lượt xem: 218 | [In] [Chia sẻ]

ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÂM ĐỒNG                       Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND                     Lâm Đồng, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện Chương trình chuyển đổi số tỉnh Lâm Đồng 6 tháng đầu năm 2024

II. KẾT QUẢ THỰC HIỆN
...
2. Chính quyền số
- 6 tháng đầu năm 2024, toàn tỉnh tiếp nhận 356.210 hồ sơ TTHC; tỷ lệ hồ sơ trực tuyến đạt 58,7% (cùng kỳ năm 2023 đạt 41,3%); tỷ lệ hồ sơ trực tuyến toàn trình đạt 36,2%.
- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 82,5%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 34,1%; tỷ lệ hồ sơ TTHC gắn mã định danh cá nhân đạt 61,5%.
- Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC đạt 94,3%.
- Hiện nay, tỉnh cung cấp 1.302 dịch vụ công trực tuyến, trong đó 987 dịch vụ toàn trình, chiếm 51,6% tổng số TTHC. Huyện Đức Trọng và TP. Bảo Lộc có tỷ lệ hồ sơ trực tuyến trên 80%.

3. Hạ tầng số
Toàn tỉnh hiện còn 47 thôn chưa có sóng di động băng rộng, trong đó 31 thôn chưa có điện lưới.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
- Phấn đấu đến cuối năm 2024 tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80%, tỷ lệ hồ sơ trực tuyến đạt 70%;
- Đôn đốc các doanh nghiệp viễn thông hoàn thành phủ sóng""",
        "2024-07-09",
        [
            ("online_dossier_rate", "Lâm Đồng", "half", "2024-06-30", 58.7),
            ("online_dossier_rate", "Lâm Đồng", "half", "2023-06-30", 41.3),
            ("online_dossier_full_process_rate", "Lâm Đồng", "half", "2024-06-30", 36.2),
            ("data_reuse_rate", "Lâm Đồng", "half", "2024-06-30", 34.1),
            ("dossiers_with_personal_id_rate", "Lâm Đồng", "half", "2024-06-30", 61.5),
            ("satisfaction_rate", "Lâm Đồng", "half", "2024-06-30", 94.3),
            ("dvctt_full_process_rate", "Lâm Đồng", "as_of", "2024-06-30", 51.6),
            ("villages_without_mobile_coverage", "Lâm Đồng", "as_of", "2024-06-30", 47.0),
        ],
    ),
    # 12 — Nhân Dân page, "Thứ Tư, 18-09-2024, 06:15"; UN EGDI 2024 edition 71/193 (labelled
    #      year of the edition) and the 2022 rank in parentheses; traps: the change of 15
    #      places, EGDI score, OSI scores, e-participation rank, ASEAN position, 2025 target,
    #      a related headline with an innovation rank.
    (
        """NHÂN DÂN ĐIỆN TỬ
Chính trị | Kinh tế | Văn hóa | Xã hội | Pháp luật | Khoa học - Công nghệ | Thế giới
Thứ Tư, 18-09-2024, 06:15

Việt Nam tăng 15 bậc về Chỉ số phát triển Chính phủ điện tử

Ngày 17/9 (giờ New York), Liên hợp quốc công bố Báo cáo khảo sát Chính phủ điện tử năm 2024. Theo đó, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam đạt 0,7709 điểm, xếp hạng 71/193 quốc gia, tăng 15 bậc so với năm 2022 (86/193). Lần đầu tiên Việt Nam được xếp vào nhóm các quốc gia có chỉ số EGDI rất cao.

Trong các chỉ số thành phần, chỉ số dịch vụ trực tuyến (OSI) tăng mạnh từ 0,6521 điểm lên 0,8360 điểm; chỉ số tham gia điện tử (EPI) xếp hạng 22/193. Trong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei.

Theo Bộ TT&TT, Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số đặt mục tiêu đến năm 2025 Việt Nam thuộc nhóm 50 nước dẫn đầu về EGDI.

Người dân thực hiện thủ tục trên Cổng Dịch vụ công quốc gia. (Ảnh: Thành Đạt)

[Facebook] [Twitter] [Zalo] [Sao chép]

Tin cùng chuyên mục
• Việt Nam xếp thứ 46/132 về Chỉ số đổi mới sáng tạo toàn cầu 2023 (28/09/2023)
• Khai mạc Triển lãm quốc tế về đổi mới sáng tạo (12/09/2024)""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 13 — VnEconomy, "26/06/2024, 14:10"; first official statistics on the digital economy:
    #      2023 and 2022 shares of GDP, 2023 growth (growth IS the indicator), three provinces'
    #      GRDP shares; traps: GDP growth (no id), a vendor report's size and growth (e-Conomy
    #      SEA), 2025 target, excerpt cut mid-sentence.
    (
        """VnEconomy
Vĩ mô | Tài chính | Chứng khoán | Doanh nghiệp | Bất động sản | Số hóa
Số hóa
26/06/2024, 14:10

Lần đầu công bố tỷ trọng kinh tế số: năm 2023 đạt 12,33% GDP

Ngày 26/6, Tổng cục Thống kê (Bộ Kế hoạch và Đầu tư) lần đầu công bố số liệu chính thức về kinh tế số. Theo đó, tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2023 đạt 12,33%; năm 2022 là 11,85%. Năm 2023, giá trị tăng thêm của kinh tế số tăng trưởng 7,9%, cao hơn tốc độ tăng GDP (5,05%).

Ở cấp địa phương, năm 2023, Bắc Ninh là tỉnh có tỷ trọng kinh tế số trong GRDP cao nhất với 39,2%, tiếp theo là Thái Nguyên với 36,1% và Vĩnh Phúc với 18,4%.

Trước đó, báo cáo e-Conomy SEA 2023 của Google, Temasek và Bain & Company ước tính quy mô nền kinh tế số Việt Nam năm 2023 đạt khoảng 30 tỷ USD, tăng 19% so với năm 2022, thuộc nhóm tăng trưởng nhanh nhất khu vực.

Theo Chiến lược quốc gia phát triển kinh tế số và xã hội số, mục tiêu đến năm 2025 kinh tế số chiếm 20% GDP, đến năm 2030 chiếm 30% GDP.

Chia sẻ  |  Lưu bài  |  Bình luận

Ông Nguyễn Trung Tiến, Tổng cục trưởng Tổng cục Thống kê cho biết, việc đo lường kinh tế số được thực hiện theo""",
        "2024-06-26",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 11.85),
            ("digital_economy_growth", "national", "year", "2023-12-31", 7.9),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 39.2),
            ("digital_economy_gdp_share", "Vĩnh Phúc", "year", "2023-12-31", 18.4),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 36.1),
        ],
    ),
    # 14 — Cục Chuyển đổi số quốc gia news, "Thứ Hai, 15/07/2024 | 11:20"; NDXP quarter flow,
    #      daily average over the quarter, Q1 comparison in parentheses, cumulative at 30/6,
    #      agencies and connection points "Hiện nay"; traps: 24% change, the agencies' parts,
    #      a province's LGSP transactions, population-database answers (no id).
    (
        """CỤC CHUYỂN ĐỔI SỐ QUỐC GIA
Trang chủ | Tin tức | Nền tảng số | Dữ liệu số | Văn bản | Liên hệ
Trang chủ › Tin tức › Nền tảng số quốc gia
Thứ Hai, 15/07/2024 | 11:20 | Lượt xem: 642

Quý II/2024: Nền tảng NDXP xử lý hơn 312 triệu giao dịch

Theo số liệu của Cục Chuyển đổi số quốc gia, trong quý II/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã xử lý 312,4 triệu giao dịch, trung bình khoảng 3,43 triệu giao dịch mỗi ngày, tăng 24% so với quý I/2024 (251,9 triệu giao dịch).

Lũy kế từ khi khai trương (tháng 3/2019) đến hết ngày 30/6/2024, NDXP đã xử lý khoảng 2,61 tỷ giao dịch.

Hiện nay, NDXP đã kết nối với 96 cơ quan, đơn vị, gồm 18 bộ, ngành, 63 tỉnh, thành phố và 15 doanh nghiệp, tổ chức; số điểm kết nối đã thiết lập là 128.

Ở cấp địa phương, Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) của Bình Định ghi nhận 3,2 triệu giao dịch trong quý. Cơ sở dữ liệu quốc gia về dân cư đã trả lời hơn 1,2 tỷ yêu cầu xác thực thông tin công dân kể từ khi vận hành.

Chia sẻ: [Facebook] [Zalo] [Email]

Tin khác
- Ra mắt Nền tảng Hỗ trợ dạy học trực tuyến (10/07/2024)
- Hướng dẫn kết nối LGSP với NDXP phiên bản 2.0 (03/07/2024)""",
        "2024-07-15",
        [
            ("ndxp_transactions_period", "national", "quarter", "2024-06-30", 312400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-06-30", 3430000.0),
            ("ndxp_transactions_period", "national", "quarter", "2024-03-31", 251900000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-06-30", 2610000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-07-15", 96.0),
            ("ndxp_connection_points", "national", "as_of", "2024-07-15", 128.0),
        ],
    ),
    # 15 — SGGP, "Thứ Ba, 12/12/2023 20:15"; TP.HCM 11-month rates, a full-process dossier share
    #      after "trong đó" (another indicator: kept), services share "Hiện"; traps: dossier
    #      count, Thủ Đức and district figures, online payment share (no id), a ward in the
    #      caption, 2024 target, related headline.
    (
        """SGGP
Chính trị | Xã hội | Kinh tế | Thế giới | Pháp luật | Khoa học - Công nghệ | TPHCM
Thứ Ba, 12/12/2023 20:15

TPHCM: 11 tháng, tỷ lệ hồ sơ trực tuyến đạt hơn 72%

SGGP - Chiều 12-12, Sở Thông tin và Truyền thông TPHCM cho biết, 11 tháng năm 2023, các sở, ngành, quận, huyện và TP Thủ Đức đã tiếp nhận hơn 1,87 triệu hồ sơ trực tuyến; tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ đạt 72,4%, trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt 40,5%. Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính 11 tháng đạt 96,2%.

Hiện TPHCM cung cấp 1.105 dịch vụ công trực tuyến toàn trình, chiếm 52,3% tổng số thủ tục hành chính. TP Thủ Đức dẫn đầu khối quận, huyện với tỷ lệ hồ sơ trực tuyến 91,5%; quận 1 đạt 88%. Tỷ lệ thanh toán trực tuyến đạt 41%.

Theo Giám đốc Sở TT&TT Lâm Đình Thắng, năm 2024 thành phố phấn đấu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến.

Người dân làm thủ tục tại UBND phường Bến Nghé, quận 1, nơi tỷ lệ hồ sơ trực tuyến đạt 95%. Ảnh: HOÀNG HÙNG

Tin liên quan
- TPHCM thí điểm 5G tại Khu Công nghệ cao (10/12/2023)
- Thủ Đức đứng đầu chỉ số cải cách hành chính khối quận, huyện (01/12/2023)""",
        "2023-12-12",
        [
            ("online_dossier_rate", "Hồ Chí Minh", "ytd", "2023-11-30", 72.4),
            ("online_dossier_full_process_rate", "Hồ Chí Minh", "ytd", "2023-11-30", 40.5),
            ("satisfaction_rate", "Hồ Chí Minh", "ytd", "2023-11-30", 96.2),
            ("dvctt_full_process_rate", "Hồ Chí Minh", "as_of", "2023-12-12", 52.3),
        ],
    ),
    # 16 — Tạp chí Thuế, "Thứ Ba, 09/01/2024 | 09:00"; cumulative e-invoices at 31/12/2023;
    #      traps: coded/uncoded sub-counts after "trong đó", user counts, petrol-station
    #      invoicing (no id), cash-register plan for 2024, related list with a count.
    (
        """TẠP CHÍ THUẾ - TỔNG CỤC THUẾ
Trang chủ » Tin tức » Quản lý thuế
Thứ Ba, 09/01/2024 | 09:00

Hơn 6,2 tỷ hóa đơn điện tử đã được tiếp nhận, xử lý

Theo Tổng cục Thuế, tính đến ngày 31/12/2023, cơ quan thuế đã tiếp nhận và xử lý hơn 6,2 tỷ hóa đơn điện tử, trong đó có 2,1 tỷ hóa đơn có mã của cơ quan thuế và 4,1 tỷ hóa đơn không có mã. Toàn quốc có hơn 1,1 triệu doanh nghiệp, tổ chức kinh tế và hơn 66.000 hộ, cá nhân kinh doanh đang sử dụng hóa đơn điện tử.

Đối với lĩnh vực xăng dầu, đến nay 100% cửa hàng bán lẻ xăng dầu, với hơn 15.600 cửa hàng, đã thực hiện xuất hóa đơn điện tử theo từng lần bán hàng.

Năm 2024, Tổng cục Thuế đặt mục tiêu mở rộng hóa đơn điện tử khởi tạo từ máy tính tiền tới các lĩnh vực nhà hàng, khách sạn, bán lẻ, phấn đấu thêm 50.000 cơ sở kinh doanh tham gia.

Từ khóa: hóa đơn điện tử, máy tính tiền, xăng dầu

Bài viết cùng chuyên mục
- Ngành Thuế thu ngân sách năm 2023 vượt 1,4% dự toán (08/01/2024)
- Hướng dẫn quyết toán thuế thu nhập cá nhân năm 2023 (05/01/2024)""",
        "2024-01-09",
        [
            ("e_invoices_total", "national", "as_of", "2023-12-31", 6200000000.0),
        ],
    ),
    # 17 — Báo điện tử Chính phủ, "Thứ Ba, 16/01/2024 17:42 (GMT+7)", no sidecar date; a page
    #      reviewing 2023 (undated levels -> 31/12/2023): broadband subscriptions and per-100,
    #      Internet users, FTTH households; traps: telecom revenue, a survey's Internet users,
    #      one operator's market share, 2024 targets.
    (
        """BÁO ĐIỆN TỬ CHÍNH PHỦ
Chính phủ | Chính sách mới | Kinh tế | Xã hội | Thế giới | Multimedia
Trang chủ > Kinh tế > Thông tin - Truyền thông
Thứ Ba, 16/01/2024 17:42 (GMT+7)

Ngành Thông tin và Truyền thông tổng kết năm 2023

(Chinhphu.vn) - Chiều 16/1, Bộ Thông tin và Truyền thông tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.

Năm 2023, số thuê bao băng rộng cố định đạt 22,8 triệu, tương đương 23,1 thuê bao/100 dân; số thuê bao băng rộng di động đạt 89,2 triệu, tương đương 90,1 thuê bao/100 dân. Tỷ lệ người sử dụng Internet đạt 78,6% dân số; tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 82,3%. Doanh thu lĩnh vực viễn thông ước đạt 337.000 tỷ đồng.

Theo báo cáo Digital 2023 của We Are Social và Meltwater, Việt Nam có 77,93 triệu người dùng Internet, chiếm 79,1% dân số. Viettel tiếp tục dẫn đầu thị trường di động với 54,2% thị phần thuê bao.

Năm 2024, Bộ TT&TT đặt mục tiêu 85% hộ gia đình có cáp quang, 100% thôn có điện lưới được phủ sóng di động băng rộng.

Thủ tướng Chính phủ Phạm Minh Chính dự và chỉ đạo Hội nghị. Ảnh: VGP/Nhật Bắc

Chia sẻ: [f] [in] [Zalo]""",
        None,
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22800000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 23.1),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 89200000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 90.1),
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.6),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 82.3),
        ],
    ),
    # 18 — Hànộimới, "Thứ Sáu, 05/07/2024 - 10:15"; Hà Nội half-year rates with the national
    #      average in parentheses (national, same half; period carried, doubtful); services
    #      share "Hiện nay" (71,1%); traps: dossier count, district figures, target, caption
    #      naming a district, view counter, related list.
    (
        """HÀ NỘI MỚI
Chính trị | Kinh tế | Xã hội | Văn hóa | Thủ đô | Chuyển đổi số
Trang chủ / Chuyển đổi số
Thứ Sáu, 05/07/2024 - 10:15

Hà Nội: 6 tháng, tỷ lệ hồ sơ trực tuyến toàn trình đạt 57,8%

(HNMO) - Theo Sở Thông tin và Truyền thông Hà Nội, 6 tháng đầu năm 2024, các cơ quan, đơn vị trên địa bàn thành phố đã tiếp nhận hơn 1,03 triệu hồ sơ trực tuyến; tỷ lệ hồ sơ trực tuyến toàn trình đạt 57,8%, cao hơn bình quân cả nước (43,6%).

Cũng trong 6 tháng, tỷ lệ hồ sơ thủ tục hành chính gắn mã định danh cá nhân đạt 92,1%; mức độ hài lòng của người dân, doanh nghiệp đạt 97,5%.

Hiện nay, thành phố cung cấp 1.318 dịch vụ công trực tuyến toàn trình trên tổng số 1.853 thủ tục hành chính, đạt 71,1%. Quận Hoàn Kiếm và quận Cầu Giấy có tỷ lệ hồ sơ trực tuyến toàn trình trên 85%.

Phó Chủ tịch UBND thành phố Hà Minh Hải yêu cầu các đơn vị phấn đấu đến cuối năm 2024 có 80% dịch vụ công trực tuyến được cung cấp toàn trình.

Người dân làm thủ tục tại Bộ phận một cửa quận Long Biên. Ảnh: Minh Anh

Chia sẻ: [f] [Zalo]  |  Lượt xem: 2.346

Tin liên quan
- Hà Nội ra mắt ứng dụng iHanoi phiên bản mới (02/07/2024)
- 100% xã, phường của Hà Nội có tổ công nghệ số cộng đồng (28/06/2024)""",
        "2024-07-05",
        [
            ("online_dossier_full_process_rate", "Hà Nội", "half", "2024-06-30", 57.8),
            ("online_dossier_full_process_rate", "national", "half", "2024-06-30", 43.6),
            ("dossiers_with_personal_id_rate", "Hà Nội", "half", "2024-06-30", 92.1),
            ("satisfaction_rate", "Hà Nội", "half", "2024-06-30", 97.5),
            ("dvctt_full_process_rate", "Hà Nội", "as_of", "2024-07-05", 71.1),
        ],
    ),
    # 19 — Báo Điện Biên Phủ, "15/08/2023 | 07:48"; a province's Mobile Money customers,
    #      payment-account share and dead-zone villages "Đến nay"/"hiện còn", the national
    #      Mobile Money level at end-June; traps: one operator's share, a district's count,
    #      rural sub-counts after "trong đó", 30 km in a quote, target, caption, counter.
    (
        """BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Quốc phòng - An ninh | Văn hóa | Thể thao
Kinh tế
15/08/2023 | 07:48

Mobile Money lên bản vùng cao

Đến nay, toàn tỉnh Điện Biên có hơn 68.500 khách hàng đăng ký sử dụng dịch vụ Mobile Money, chủ yếu là người dân tại các huyện vùng cao như Mường Nhé, Nậm Pồ, Tủa Chùa. Tỷ lệ người trưởng thành có tài khoản thanh toán trên địa bàn tỉnh đạt khoảng 61%.

Trong số khách hàng Mobile Money, Viettel Money chiếm khoảng 72%; riêng huyện Mường Nhé có hơn 9.200 khách hàng.

Trên phạm vi cả nước, tính đến cuối tháng 6/2023, có hơn 5,2 triệu khách hàng sử dụng Mobile Money, trong đó khoảng 3,6 triệu khách hàng ở khu vực nông thôn, vùng sâu, vùng xa.

Anh Giàng A Dế, bản Huổi Lếch, xã Nà Hỳ, huyện Nậm Pồ cho biết: "Trước đây muốn nhận tiền phải đi xuống huyện hơn 30 km, nay chỉ cần chiếc điện thoại là xong".

Tuy vậy, hạ tầng viễn thông vẫn là trở ngại lớn: toàn tỉnh hiện còn 176 thôn, bản chưa có sóng di động, trong đó 92 bản chưa có điện lưới. Tỉnh phấn đấu đến hết năm 2025 có 70% người trưởng thành có tài khoản thanh toán.

Ảnh: Nhân viên Viettel hướng dẫn người dân bản Huổi Lếch mở tài khoản Mobile Money.

Lượt đọc: 876  |  [Chia sẻ] [In]""",
        "2023-08-15",
        [
            ("mobile_money_customers", "Điện Biên", "as_of", "2023-08-15", 68500.0),
            ("adults_with_bank_account_rate", "Điện Biên", "as_of", "2023-08-15", 61.0),
            ("mobile_money_customers", "national", "as_of", "2023-06-30", 5200000.0),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2023-08-15", 176.0),
        ],
    ),
    # 20 — Cần Thơ city portal, "Cập nhật lúc: 14/03/2025 16:02"; February rates (online
    #      dossiers, services with dossiers), 2024 GRDP share, 5G stations "hiện có"; traps:
    #      Ninh Kiều district, percentage-point change, one operator's stations, area coverage
    #      of inner districts (no id), 2025 targets, related list.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Trang chủ | Chính quyền | Tin tức | Dịch vụ công | Văn bản | English
Trang chủ > Tin tức > Chuyển đổi số
Cập nhật lúc: 14/03/2025 16:02

Cần Thơ: Chuyển đổi số tạo chuyển biến rõ nét trong cải cách hành chính

Theo Sở Thông tin và Truyền thông thành phố Cần Thơ, trong tháng 2/2025, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến của thành phố đạt 76,2%, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 68,4%. Quận Ninh Kiều dẫn đầu với tỷ lệ hồ sơ trực tuyến 89,3%.

Năm 2024, kinh tế số ước chiếm 14,2% GRDP của thành phố, tăng 1,6 điểm phần trăm so với năm trước.

Về hạ tầng, toàn thành phố hiện có 415 trạm BTS 5G của các doanh nghiệp viễn thông, riêng Viettel đã lắp đặt 320 trạm. Sóng 5G đã phủ trên 90% diện tích các quận nội thành.

Năm 2025, thành phố phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình, kinh tế số chiếm 20% GRDP.

Lãnh đạo Sở TT&TT kiểm tra hoạt động của Trung tâm Giám sát, điều hành đô thị thông minh thành phố.

Chia sẻ  |  In  |  Gửi email  |  Lượt xem: 531

Tin liên quan
- Cần Thơ sắp xếp bộ máy, hợp nhất Sở TT&TT và Sở KH&CN (05/03/2025)
- Quận Bình Thủy ra mắt mô hình "Phường số" (27/02/2025)""",
        "2025-03-14",
        [
            ("online_dossier_rate", "Cần Thơ", "month", "2025-02-28", 76.2),
            ("dvctt_with_dossiers_rate", "Cần Thơ", "month", "2025-02-28", 68.4),
            ("digital_economy_gdp_share", "Cần Thơ", "year", "2024-12-31", 14.2),
            ("fiveg_bts_count", "Cần Thơ", "as_of", "2025-03-14", 415.0),
        ],
    ),
    # 21 — National 2024 review 08/BC-UBQGCĐS reposted on a province portal with its heading
    #      block; table with ministries / localities / nation columns for 2024; fee-reduction
    #      count, EMC connection, 5G at 31/12/2024, full-process share "mới đạt" next to a
    #      missed target; traps: target 80%, 14 ministries not connected (remainder), the 2025
    #      tasks, cut mid-sentence.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM
Trang chủ › Chuyển đổi số › Văn bản Trung ương
Ngày 22/01/2025 | 09:12 | Cỡ chữ  A-  A+

ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                       Độc lập - Tự do - Hạnh phúc
Số: 08/BC-UBQGCĐS                      Hà Nội, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tổng kết công tác chuyển đổi số quốc gia năm 2024

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Chính phủ số
Kết quả các chỉ tiêu chính về dịch vụ công trực tuyến năm 2024:

| Chỉ tiêu | Bộ, ngành | Địa phương | Cả nước |
|---|---|---|---|
| Tỷ lệ hồ sơ xử lý trực tuyến (%) | 68,4 | 41,5 | 45,3 |
| Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 52,1 | 28,6 | 31,9 |
| Tỷ lệ hồ sơ cấp kết quả điện tử (%) | 82,3 | 77,9 | 78,5 |

Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến năm 2024 đạt 42,1%. Đến hết năm 2024, 63/63 địa phương đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến. Tỷ lệ hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC đạt 96,8%; còn 3 bộ, ngành chưa kết nối đầy đủ.

2. Hạ tầng số
Tính đến ngày 31/12/2024, cả nước có khoảng 6.800 trạm BTS 5G, tỷ lệ phủ sóng 5G theo dân số đạt 21,4%.

II. TỒN TẠI, HẠN CHẾ
- Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số TTHC mới đạt 54,3%, chưa đạt mục tiêu 80% đề ra cho năm 2024.

III. NHIỆM VỤ NĂM 2025
- Phấn đấu 100% dịch vụ công trực tuyến đủ điều kiện được cung cấp toàn trình; 50% dân số trưởng thành sử dụng dịch vụ công trực tuyến;
- Hoàn thành phủ sóng di động băng rộng cho 100% thôn có""",
        "2025-01-22",
        [
            ("online_dossier_rate", "ministries", "year", "2024-12-31", 68.4),
            ("online_dossier_rate", "localities", "year", "2024-12-31", 41.5),
            ("online_dossier_rate", "national", "year", "2024-12-31", 45.3),
            ("online_dossier_full_process_rate", "ministries", "year", "2024-12-31", 52.1),
            ("online_dossier_full_process_rate", "localities", "year", "2024-12-31", 28.6),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 31.9),
            ("e_result_rate", "ministries", "year", "2024-12-31", 82.3),
            ("e_result_rate", "localities", "year", "2024-12-31", 77.9),
            ("e_result_rate", "national", "year", "2024-12-31", 78.5),
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 42.1),
            ("localities_fee_reduction", "national", "as_of", "2024-12-31", 63.0),
            ("emc_connection_rate", "national", "as_of", "2024-12-31", 96.8),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 6800.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 21.4),
            ("dvctt_full_process_rate", "national", "as_of", "2024-12-31", 54.3),
        ],
    ),
    # 22 — Báo Bình Dương, "Thứ Tư, 17/05/2023 - 16:30"; a province's chip-ID cards and
    #      activated VNeID accounts at 15/5/2023; traps: the province's own 22/25 essential
    #      services (another measure), 3 remaining services, applications received (no id),
    #      a city's share, 4-month meeting, deadline target, related list.
    (
        """BÁO BÌNH DƯƠNG ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Chuyển đổi số
Thứ Tư, 17/05/2023 - 16:30

Bình Dương đẩy nhanh triển khai Đề án 06

(BDO) Chiều 16/5, Tổ công tác triển khai Đề án 06 tỉnh họp đánh giá kết quả thực hiện 4 tháng đầu năm 2023.

Theo báo cáo, tỉnh đã tích hợp, cung cấp 22/25 dịch vụ công thiết yếu theo Đề án 06 trên Cổng Dịch vụ công của tỉnh; 3 dịch vụ còn lại đang chờ hướng dẫn của bộ, ngành Trung ương.

Tính đến ngày 15/5/2023, Công an tỉnh đã cấp 2,05 triệu thẻ Căn cước công dân gắn chip, thu nhận hơn 1,1 triệu hồ sơ định danh điện tử và kích hoạt 612.000 tài khoản định danh điện tử mức 2 cho người dân trên địa bàn tỉnh. TP. Thủ Dầu Một dẫn đầu với 98% công dân đủ tuổi đã được cấp thẻ.

Phát biểu kết luận, Phó Chủ tịch UBND tỉnh yêu cầu các đơn vị phấn đấu đến ngày 30/6/2023 kích hoạt 1 triệu tài khoản định danh điện tử.

Ảnh: Người dân làm thủ tục cấp căn cước công dân tại TP. Dĩ An.

Chia sẻ: [Facebook] [Zalo]

Tin cùng chuyên mục
- Bình Dương: 100% xã, phường có tổ công nghệ số cộng đồng (12/05/2023)
- Thủ Dầu Một thí điểm "Phường không tiền mặt" (08/05/2023)""",
        "2023-05-17",
        [
            ("chip_id_cards_issued", "Bình Dương", "as_of", "2023-05-15", 2050000.0),
            ("vneid_activated_accounts", "Bình Dương", "as_of", "2023-05-15", 612000.0),
        ],
    ),
    # 23 — VTC News, "04/07/2023 06:35"; Government press conference "chiều 3/7": periods only
    #      in context ("6 tháng đầu năm", "tháng 6 vừa qua", "năm ngoái", "quý II vừa qua");
    #      same-period comparison in parentheses kept; traps: change %, one named ministry's
    #      own systems (not labelled), related list.
    (
        """VTC News
Thời sự | Thế giới | Kinh tế | Khoa học - Công nghệ | Pháp luật | Giải trí
Trang chủ > Khoa học - Công nghệ
04/07/2023 06:35

Bộ TT&TT: 6 tháng đầu năm ghi nhận 5.802 cuộc tấn công mạng

Tại họp báo Chính phủ thường kỳ chiều 3/7, Thứ trưởng Bộ TT&TT Nguyễn Huy Dũng cho biết, 6 tháng đầu năm, Cục An toàn thông tin ghi nhận 5.802 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 7,6% so với cùng kỳ năm ngoái (6.281 cuộc). Riêng trong tháng 6 vừa qua có 1.046 cuộc. Cả năm ngoái, con số này là 12.213 cuộc.

Theo Thứ trưởng, hiện nay 84,6% thuê bao di động đã sử dụng điện thoại thông minh. Riêng các hệ thống thông tin thuộc Bộ TT&TT đã được phê duyệt cấp độ 100%.

Cũng tại họp báo, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn thông tin, trong quý II vừa qua, Cổng Dịch vụ công quốc gia có thêm 1,56 triệu tài khoản đăng ký, tăng 35% so với quý trước.

Thứ trưởng Nguyễn Huy Dũng trả lời câu hỏi của phóng viên. (Ảnh: VGP)

Bình luận (3)  |  Chia sẻ

Tin liên quan
- Lừa đảo trực tuyến tăng 64% trong 5 tháng (20/06/2023)
- Cục An toàn thông tin cảnh báo mã độc đánh cắp tài khoản ngân hàng (28/06/2023)""",
        "2023-07-04",
        [
            ("cyberattacks", "national", "half", "2023-06-30", 5802.0),
            ("cyberattacks", "national", "half", "2022-06-30", 6281.0),
            ("cyberattacks", "national", "month", "2023-06-30", 1046.0),
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-07-04", 84.6),
            ("national_portal_accounts_new", "national", "quarter", "2023-06-30", 1560000.0),
        ],
    ),
    # 24 — Báo Tin tức (TTXVN), "10/12/2024 15:48"; 11-month portal flows on the _new twins and
    #      the cumulative account level, eligible-procedure provision and EMC connection at
    #      30/11; traps: "2,1 lần" change, two named ministries' 100%, cut mid-sentence.
    (
        """BÁO TIN TỨC - TTXVN
Thời sự | Kinh tế | Xã hội | Thế giới | Pháp luật | Công nghệ
Trang chủ » Thời sự
10/12/2024 15:48

11 tháng, Cổng Dịch vụ công quốc gia có thêm gần 3,5 triệu tài khoản

Theo Văn phòng Chính phủ, 11 tháng năm 2024, Cổng Dịch vụ công quốc gia có thêm 3,46 triệu tài khoản đăng ký, nâng tổng số tài khoản lên 15,2 triệu; tiếp nhận 8,7 triệu hồ sơ trực tuyến; thực hiện 12,8 triệu giao dịch thanh toán trực tuyến với số tiền 8.920 tỷ đồng, tăng 2,1 lần so với cùng kỳ năm 2023.

Tính đến ngày 30/11/2024, trong số 3.260 thủ tục hành chính đủ điều kiện, các bộ, ngành, địa phương đã cung cấp 2.875 dịch vụ công trực tuyến toàn trình, đạt 88,2%. Cũng đến ngày 30/11/2024, tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC đạt 92,6%.

Một số bộ như Bộ Tài chính, Bộ Công an đã cung cấp 100% dịch vụ công trực tuyến toàn trình.

Người dân thực hiện thủ tục tại Trung tâm Phục vụ hành chính công. Ảnh: TTXVN

[Chia sẻ] [In] [Lưu]

Tại phiên họp, Phó Thủ tướng đề nghị các bộ, ngành khẩn trương rà soát, tái cấu trúc quy trình để""",
        "2024-12-10",
        [
            ("national_portal_accounts_new", "national", "ytd", "2024-11-30", 3460000.0),
            ("national_portal_accounts", "national", "as_of", "2024-11-30", 15200000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2024-11-30", 8700000.0),
            ("online_payments_count_new", "national", "ytd", "2024-11-30", 12800000.0),
            ("online_payments_value_new", "national", "ytd", "2024-11-30", 8920.0),
            ("full_process_provision_rate", "national", "as_of", "2024-11-30", 88.2),
            ("emc_connection_rate", "national", "as_of", "2024-11-30", 92.6),
        ],
    ),
    # 25 — Báo Thái Nguyên, "Thứ Hai, 22/07/2024 - 10:05"; 2023 GRDP shares of several provinces
    #      (each its own breakdown, including Bắc Ninh's in parentheses) and the national share
    #      in parentheses; the province's digital-economy growth (growth is the indicator);
    #      traps: "gấp gần 3 lần", one company's revenue, DTI rank, 2025 target, related list.
    (
        """BÁO THÁI NGUYÊN ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Chuyển đổi số
Trang chủ > Kinh tế
Thứ Hai, 22/07/2024 - 10:05

Kinh tế số đóng góp hơn 1/3 GRDP của tỉnh

Theo số liệu Tổng cục Thống kê vừa công bố, năm 2023, tỷ trọng kinh tế số trong GRDP của Thái Nguyên đạt 36,1%, đứng thứ hai cả nước sau Bắc Ninh (39,2%) và cao gấp gần 3 lần bình quân cả nước (12,33%). Giá trị tăng thêm của kinh tế số trên địa bàn tỉnh năm 2023 tăng trưởng 9,4%.

Trong vùng trung du và miền núi phía Bắc, các địa phương còn lại có tỷ trọng kinh tế số thấp hơn nhiều: Phú Thọ đạt 9,6%, Bắc Kạn chỉ đạt 1,8%.

Kinh tế số của Thái Nguyên chủ yếu đến từ công nghiệp công nghệ thông tin, điện tử. Riêng Công ty Samsung Electronics Việt Nam Thái Nguyên (SEVT) đạt doanh thu 14,7 tỷ USD trong 6 tháng đầu năm 2024. Chỉ số chuyển đổi số (DTI) năm 2023 của tỉnh xếp thứ 9/63.

Tỉnh phấn đấu đến năm 2025 kinh tế số chiếm trên 40% GRDP, hình thành thêm nhiều doanh nghiệp công nghệ số.

Dây chuyền sản xuất điện thoại tại Khu công nghiệp Yên Bình. Ảnh: T.L

Chia sẻ: [f] [Zalo]  |  Lượt xem: 1.018

Tin cùng chuyên mục
- 6 tháng, thu ngân sách của tỉnh đạt 58% dự toán (20/07/2024)
- Thái Nguyên thu hút thêm 3 dự án FDI (17/07/2024)""",
        "2024-07-22",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 36.1),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 39.2),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "Thái Nguyên", "year", "2023-12-31", 9.4),
            ("digital_economy_gdp_share", "Phú Thọ", "year", "2023-12-31", 9.6),
            ("digital_economy_gdp_share", "Bắc Kạn", "year", "2023-12-31", 1.8),
        ],
    ),
    # 26 — Báo Khánh Hòa, "12/01/2023 15:37", no sidecar date; a page reviewing 2022 with the
    #      2021 comparison in parentheses; "hiện" services share and FTTH at end-2022; traps:
    #      "gấp hơn 2 lần", 4G stations and 4G coverage (no id), Nha Trang's rate, 2023
    #      targets, caption.
    (
        """BÁO KHÁNH HÒA ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Văn hóa | Du lịch | Chuyển đổi số
Chuyển đổi số
12/01/2023 15:37

Khánh Hòa: Chuyển đổi số năm 2022 có nhiều khởi sắc

Năm 2022, tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến của tỉnh đạt 45,6%, gấp hơn 2 lần năm 2021 (21,4%). Tỉnh hiện cung cấp 846 dịch vụ công trực tuyến toàn trình, chiếm 47,3% tổng số thủ tục hành chính. Kinh tế số ước chiếm khoảng 8,5% GRDP.

Về hạ tầng số, toàn tỉnh có 1.036 trạm BTS 4G, phủ sóng 4G tới 99,6% dân số; tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 78%. TP. Nha Trang dẫn đầu với tỷ lệ hồ sơ trực tuyến 62%.

Năm 2023, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 60%, tỷ lệ hộ gia đình có cáp quang đạt 85%.

Ông Lê Tấn Tới, Giám đốc Sở Thông tin và Truyền thông khẳng định: "Chuyển đổi số phải lấy người dân làm trung tâm, đo bằng sự hài lòng của người dân".

Cán bộ Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân nộp hồ sơ trực tuyến. Ảnh: HẢI LĂNG

[Chia sẻ] [In bài] [Gửi bài]

Các tin khác
- Cam Ranh ra mắt mô hình khu phố số (10/01/2023)
- Khánh Hòa: 95% trường học triển khai học bạ điện tử (06/01/2023)""",
        None,
        [
            ("online_dossier_rate", "Khánh Hòa", "year", "2022-12-31", 45.6),
            ("online_dossier_rate", "Khánh Hòa", "year", "2021-12-31", 21.4),
            ("dvctt_full_process_rate", "Khánh Hòa", "as_of", "2022-12-31", 47.3),
            ("digital_economy_gdp_share", "Khánh Hòa", "year", "2022-12-31", 8.5),
            ("ftth_household_rate", "Khánh Hòa", "as_of", "2022-12-31", 78.0),
        ],
    ),
    # 27 — Hải Phòng city portal, "Thứ Ba, 11/02/2025 - 08:30"; the 2025 plan: nothing to
    #      record (targets, changes, percentage points, a district's rate, plan counts,
    #      visitor counter, related headlines with targets).
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG
Trang chủ | Giới thiệu | Tin tức | Chính quyền | Công dân | Doanh nghiệp | Du khách
Trang chủ > Tin tức > Chuyển đổi số
Thứ Ba, 11/02/2025 - 08:30

Hải Phòng ban hành Kế hoạch chuyển đổi số năm 2025

UBND thành phố vừa ban hành Kế hoạch số 38/KH-UBND về chuyển đổi số năm 2025. Theo đó, thành phố phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ xử lý trực tuyến đạt 80%; 60% dân số trưởng thành sử dụng dịch vụ công trực tuyến; kinh tế số chiếm 25% GRDP; 100% thôn, tổ dân phố được phủ sóng 4G/5G.

Kế hoạch nêu rõ, năm 2024, tỷ lệ hồ sơ trực tuyến của thành phố tăng 12,5% so với năm 2023; tỷ trọng kinh tế số trong GRDP tăng 2,3 điểm phần trăm. Quận Hồng Bàng tiếp tục dẫn đầu với tỷ lệ hồ sơ trực tuyến trên 95%.

Để thực hiện kế hoạch, năm 2024 thành phố đã ban hành 18 kế hoạch, 6 đề án chuyên ngành; năm 2025 sẽ ưu tiên bố trí vốn cho 12 dự án hạ tầng số.

Chia sẻ: [f] [Zalo] [Email]

Tin liên quan
- Hải Phòng phấn đấu vào nhóm 5 địa phương dẫn đầu DTI (06/02/2025)
- Thủy Nguyên: năm 2025, 100% xã có tổ công nghệ số hoạt động hiệu quả (03/02/2025)

Lượt truy cập: 9.862.114 | Hôm nay: 12.307""",
        "2025-02-11",
        [],
    ),
    # 28 — Sở TT&TT Vĩnh Long, "Ngày đăng: 22/08/2022", no sidecar date; 7-month online dossier
    #      share; chip-ID and VNeID levels "đến nay" (activated accounts after "trong đó" are
    #      another indicator than the applications: kept); traps: dossier count in July (no id),
    #      applications received, a town's rate, target, excerpt cut mid-sentence.
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH VĨNH LONG
Trang chủ  |  Tin tức  |  Văn bản  |  Dịch vụ công  |  Liên hệ
Trang chủ > Tin tức - Sự kiện > Chuyển đổi số
Ngày đăng: 22/08/2022  |  Lượt xem: 95

Vĩnh Long: Đẩy mạnh dịch vụ công trực tuyến gắn với Đề án 06

Theo báo cáo của Sở Thông tin và Truyền thông, 7 tháng đầu năm 2022, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 38,5%. Riêng trong tháng 7/2022, Cổng dịch vụ công của tỉnh tiếp nhận 12.340 hồ sơ trực tuyến. Thị xã Bình Minh có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 64,2%.

Về triển khai Đề án 06, đến nay Công an tỉnh đã cấp hơn 742.000 thẻ Căn cước công dân gắn chip, thu nhận 286.000 hồ sơ đăng ký tài khoản định danh điện tử, trong đó đã kích hoạt 121.500 tài khoản.

UBND tỉnh yêu cầu các sở, ngành, địa phương phấn đấu đến cuối năm 2022 tỷ lệ hồ sơ trực tuyến đạt trên 50%.

Ông Nguyễn Văn Liệt, Phó Giám đốc Sở Thông tin và Truyền thông cho biết, thời gian tới Sở sẽ phối hợp với Bưu điện tỉnh triển khai""",
        None,
        [
            ("online_dossier_rate", "Vĩnh Long", "ytd", "2022-07-31", 38.5),
            ("chip_id_cards_issued", "Vĩnh Long", "as_of", "2022-08-22", 742000.0),
            ("vneid_activated_accounts", "Vĩnh Long", "as_of", "2022-08-22", 121500.0),
        ],
    ),
    # 29 — Thanh Niên, "Thứ Tư, 16/10/2024, 07:00 (GMT+7)"; an operator's 5G launch: operator
    #      stations, coverage and subscribers not labelled; national September download speeds
    #      and the FTTH share "hiện"; traps: upload speed, a speed-ranking place, ASEAN order.
    (
        """THANH NIÊN
Thời sự | Thế giới | Kinh tế | Đời sống | Sức khỏe | Công nghệ | Giáo dục
Công nghệ > Viễn thông
Thứ Tư, 16/10/2024, 07:00 (GMT+7)

Viettel chính thức khai trương mạng 5G

Tối 15/10, Viettel chính thức khai trương mạng 5G với hơn 6.500 trạm phát sóng, phủ sóng tại 63 tỉnh, thành phố, phục vụ khoảng 90% dân số tại các khu vực trọng điểm. Nhà mạng hiện có khoảng 54 triệu thuê bao di động, trong đó 35 triệu thuê bao dùng smartphone.

Theo Cục Viễn thông, trong tháng 9/2024, tốc độ tải xuống trung bình của băng rộng di động tại Việt Nam đạt 108,7 Mbps, băng rộng cố định đạt 172,3 Mbps; tốc độ tải lên của băng rộng di động đạt 28,4 Mbps. Hiện cả nước có 84,1% hộ gia đình sử dụng Internet cáp quang băng rộng.

Trên bảng xếp hạng Speedtest Global Index, tốc độ Internet di động của Việt Nam đứng thứ 49 thế giới. Việt Nam là quốc gia thứ 6 trong ASEAN thương mại hóa 5G.

Lãnh đạo Bộ TT&TT và Viettel bấm nút khai trương mạng 5G. Ảnh: Viettel

Bình luận (12)  |  Chia sẻ  |  Lưu

Tin liên quan
- VinaPhone sẽ khai trương 5G trước cuối năm (10/10/2024)
- Gần 1 triệu thuê bao dùng thử 5G của Viettel (30/09/2024)""",
        "2024-10-16",
        [
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 108.7),
            ("fixed_broadband_speed", "national", "month", "2024-09-30", 172.3),
            ("ftth_household_rate", "national", "as_of", "2024-10-16", 84.1),
        ],
    ),
    # 30 — Báo điện tử Chính phủ, "Thứ Tư, 12/06/2024 - 14:05"; May 2024 service-index table:
    #      each province's online-dossier share (column header dates it), the national average,
    #      the last-placed province; traps: online-payment share and index scores (no id), a
    #      named ministry's score, the ministries' average score.
    (
        """BÁO ĐIỆN TỬ CHÍNH PHỦ
Chính phủ | Chính sách mới | Kinh tế | Xã hội | Thế giới
Trang chủ > Chính phủ > Cải cách hành chính
Thứ Tư, 12/06/2024 - 14:05

Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 5/2024: Bắc Ninh dẫn đầu

(Chinhphu.vn) - Theo kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công thời gian thực trên môi trường điện tử, các địa phương dẫn đầu tháng 5/2024 như sau:

| STT | Địa phương | Tỷ lệ hồ sơ trực tuyến tháng 5/2024 (%) | Tỷ lệ thanh toán trực tuyến (%) | Điểm |
|---|---|---|---|---|
| 1 | Bắc Ninh | 91,2 | 64,3 | 88,4 |
| 2 | Quảng Ninh | 90,5 | 70,1 | 87,9 |
| 3 | Bình Dương | 84,7 | 55,2 | 86,2 |
| 4 | Đồng Tháp | 83,9 | 60,8 | 85,7 |

Bình quân cả nước, tỷ lệ hồ sơ trực tuyến tháng 5/2024 đạt 42,8%. Tỉnh Cao Bằng xếp cuối với tỷ lệ hồ sơ trực tuyến 12,6%.

Ở khối bộ, ngành, điểm bình quân đạt 79,4 điểm; Bộ Tài chính dẫn đầu với 93,2 điểm.

Chia sẻ: [f] [in] [Zalo]

Tin liên quan
- Thủ tướng yêu cầu cắt giảm 30% thời gian giải quyết TTHC (08/06/2024)
- Hướng dẫn đánh giá Bộ chỉ số phục vụ người dân năm 2024 (04/06/2024)""",
        "2024-06-12",
        [
            ("online_dossier_rate", "Bắc Ninh", "month", "2024-05-31", 91.2),
            ("online_dossier_rate", "Quảng Ninh", "month", "2024-05-31", 90.5),
            ("online_dossier_rate", "Bình Dương", "month", "2024-05-31", 84.7),
            ("online_dossier_rate", "Đồng Tháp", "month", "2024-05-31", 83.9),
            ("online_dossier_rate", "national", "month", "2024-05-31", 42.8),
            ("online_dossier_rate", "Cao Bằng", "month", "2024-05-31", 12.6),
        ],
    ),
]
