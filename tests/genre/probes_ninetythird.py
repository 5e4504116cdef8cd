"""Genre probes, round 93: a second held-out sample of the genre as pages are really saved from the browser (scraped news pages with site menus, breadcrumbs, author and date lines, share-button text, photo captions, "Tin liên quan"/"Xem thêm" links and comments left in; PDF reports pasted as text with page numbers, hard-wrapped lines and tables whose columns lost their separators; press summaries of the ministry's monthly report 2022-2025, provincial portal news and interviews; all indicator families of the catalog; about a fifth of pages with no published date; about a quarter mixing traps with real values), written blind by a helper (not copied from any page).

Held out to the end of stop 42's extraction work and read once: with the stop's start code 3407584 and with the code of that moment (de0297f) alike, 78 of 82 right, 78 of 93 found (0.95 / 0.84). Its general failures were tables whose cells lost their separators in shapes the first one-space reader (91710a3) did not know: an index column and a unit column written in small letters ("STT Chỉ tiêu Đơn vị Tháng 6/2023 6 tháng đầu năm 2023", case 1), a comparison column after the periods ("… Tháng 8/2023 So sánh", case 10), and a header of measures over rows of percentages ("Khối Cấp kết quả điện tử Tái sử dụng dữ liệu" over "Bộ, ngành 80,4 % 35,0 %", case 7, whose first numbers were read as the last measure's: two false values). After those fixes: 91 of 93, 91 of 93. Left: the EGDI edition ended at the page's date (the convention's cost); an undated page's "hiện có 97% thôn, bản được phủ sóng" dated by the "tính đến ngày 30/9/2023" after it, which its labels leave out; "lũy kế từ khi khai trương đạt 58,2 triệu hồ sơ" after a clause of the month's dossiers."""

CASES = [
    # 1 — scraped news page (menu, breadcrumb, share text, related links with a target, comments): monthly cyber figures
    (
        """Trang chủ | Thời sự | Kinh tế | Xã hội | Công nghệ | Thế giới | Video
Công nghệ › An ninh mạng
Tháng 3/2024: Ghi nhận 152 cuộc tấn công mạng gây sự cố
Minh Thu
Thứ Năm, 11/04/2024 08:15 (GMT+7)
Chia sẻ   Facebook   Zalo   Sao chép liên kết
(ĐT) - Theo báo cáo của Bộ Thông tin và Truyền thông, trong tháng 3/2024, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 152 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12,6% so với tháng 2/2024.
Ảnh minh họa: Internet
Tính đến hết tháng 3/2024, số địa chỉ IP của Việt Nam nằm trong các mạng botnet là 612.345 địa chỉ, giảm 1,5% so với tháng trước.
Cục An toàn thông tin khuyến cáo các cơ quan, tổ chức thường xuyên rà soát, vá các lỗ hổng bảo mật nghiêm trọng trên hệ thống.
Tin liên quan
» Phấn đấu 100% hệ thống thông tin được phê duyệt cấp độ trong năm 2024
» Cảnh báo chiêu lừa đảo mạo danh cơ quan thuế
Từ khóa: an toàn thông tin, tấn công mạng, botnet
Bình luận (2)
Hoàng Nam · 2 ngày trước
Mong các cơ quan nâng cao cảnh giác hơn nữa.
Trả lời · Thích""",
        "2024-04-11",
        [
            ("cyberattacks", "national", "month", "2024-03-31", 152.0),
            ("botnet_ips", "national", "as_of", "2024-03-31", 612345.0),
        ],
    ),
    # 2 — PDF report pasted as text: header block, table whose columns lost separators, page number, hard wrap
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 2415/BC-BTTTT Hà Nội, ngày 05 tháng 7 năm 2023
BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 6 và 6 tháng đầu năm 2023
2. Cổng Dịch vụ công quốc gia
Bảng 2. Một số chỉ số trên Cổng Dịch vụ công quốc gia
STT Chỉ tiêu Đơn vị Tháng 6/2023 6 tháng đầu năm 2023
1 Hồ sơ trực tuyến nộp qua Cổng hồ sơ 1.245.670 6.890.112
2 Giao dịch thanh toán trực tuyến giao dịch 812.340 4.560.221
3 Giá trị thanh toán trực tuyến tỷ đồng 612,5 3.418,7
5
Lũy kế từ khi khai trương Cổng đến hết tháng 6/2023, đã có 10.213.450 giao dịch
thanh toán trực tuyến với tổng số tiền hơn 8.452 tỷ đồng.""",
        "2023-07-05",
        [
            ("national_portal_dossiers_new", "national", "month", "2023-06-30", 1245670.0),
            ("national_portal_dossiers_new", "national", "half", "2023-06-30", 6890112.0),
            ("online_payments_count_new", "national", "month", "2023-06-30", 812340.0),
            ("online_payments_count_new", "national", "half", "2023-06-30", 4560221.0),
            ("online_payments_value_new", "national", "month", "2023-06-30", 612.5),
            ("online_payments_value_new", "national", "half", "2023-06-30", 3418.7),
            ("online_payments_count", "national", "as_of", "2023-06-30", 10213450.0),
            ("online_payments_value", "national", "as_of", "2023-06-30", 8452.0),
        ],
    ),
    # 3 — provincial portal news (Bắc Giang) with print/email text; traps: change in points, districts, target
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG
Giới thiệu | Tin tức - Sự kiện | Chính quyền | Công dân | Doanh nghiệp | Du khách
Trang chủ > Tin tức - Sự kiện > Chuyển đổi số
Quý I/2024: Tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 78,5%
Cập nhật: 12/04/2024 | Lượt xem: 1.204
In bài viết | Gửi email | Cỡ chữ A- A A+
Theo Văn phòng UBND tỉnh, trong quý I/2024, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 215.430 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ xử lý trực tuyến đạt 78,5%, tăng 6,2 điểm phần trăm so với cùng kỳ năm 2023. Tỷ lệ TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình của tỉnh đạt 100%.
Một số địa phương có tỷ lệ cao như huyện Lục Nam (92,1%), thành phố Bắc Giang (88,7%).
Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ xử lý trực tuyến đạt trên 80%.
Thu Hằng (Trung tâm Thông tin)
Các tin khác:
- Bắc Giang đẩy mạnh triển khai Đề án 06 (05/04/2024)
- Hội nghị giao ban chuyển đổi số tháng 3 (28/03/2024)""",
        "2024-04-12",
        [
            ("online_dossier_rate", "Bắc Giang", "quarter", "2024-03-31", 78.5),
            ("full_process_provision_rate", "Bắc Giang", "as_of", "2024-03-31", 100.0),
        ],
    ),
    # 4 — interview (PV/answer); traps: one operator's sub-count, 2025 targets
    (
        """Trang chủ / Công nghệ / Viễn thông
Thứ trưởng Bộ KH&CN: Đẩy nhanh phủ sóng 5G trong năm 2025
12/03/2025 06:00 GMT+7
Sau 5 tháng thương mại hóa, mạng 5G tại Việt Nam đang được các doanh nghiệp viễn thông mở rộng nhanh. Phóng viên đã có cuộc trao đổi với Thứ trưởng Bộ Khoa học và Công nghệ.
PV: Thưa Thứ trưởng, hạ tầng 5G hiện đã phát triển đến đâu?
Thứ trưởng: Đến nay, cả nước đã có hơn 8.000 trạm BTS 5G được lắp đặt và phát sóng, trong đó riêng Viettel khoảng 6.500 trạm. Tỷ lệ phủ sóng 5G theo dân số hiện khoảng 26%.
PV: Mục tiêu trong năm nay là gì, thưa ông?
Thứ trưởng: Chúng tôi đặt mục tiêu đến cuối năm 2025 phủ sóng 5G đạt 45% dân số, với khoảng 30.000 trạm.
Ảnh: Thứ trưởng trả lời phỏng vấn phóng viên. (Ảnh: H.N)
Xem thêm: Viettel đạt 1 triệu thuê bao 5G sau 2 tháng""",
        "2025-03-12",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-12", 8000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-12", 26.0),
        ],
    ),
    # 5 — undated short page, no published date: the levels cannot be dated
    (
        """Tin tức | Chuyển đổi số | Đời sống số
Internet cáp quang phủ rộng khắp
Hiện nay, tỷ lệ hộ gia đình có Internet cáp quang băng rộng trên cả nước đạt khoảng 82%, tốc độ truy cập băng rộng cố định trung bình trên 100 Mbps.
Chia sẻ: Facebook | Zalo | Email""",
        None,
        [],
    ),
    # 6 — press summary of the October 2022 monthly report: NDXP month, daily average, cumulative
    (
        """Nền tảng NDXP xử lý 42,5 triệu giao dịch trong tháng 10
08/11/2022 14:20
(Chinhphu.vn) - Theo báo cáo tháng 10/2022 của Bộ Thông tin và Truyền thông, trong tháng 10, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã ghi nhận 42,5 triệu giao dịch, trung bình khoảng 1,37 triệu giao dịch/ngày.
Tính đến hết tháng 10/2022, tổng số giao dịch qua NDXP từ khi khai trương năm 2019 đạt hơn 1,12 tỷ giao dịch.
Chia sẻ | In | Gửi bạn bè""",
        "2022-11-08",
        [
            ("ndxp_transactions_period", "national", "month", "2022-10-31", 42500000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2022-10-31", 1370000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2022-10-31", 1120000000.0),
        ],
    ),
    # 7 — Government news portal on Đề án 06; traps: remainder of the 53, sub-count after "trong đó"
    (
        """BÁO ĐIỆN TỬ CHÍNH PHỦ
Thời sự | Chính sách | Chuyển đổi số | Multimedia
Tổ công tác Đề án 06: 41/53 dịch vụ công thiết yếu đã cung cấp toàn trình
Thứ Bảy, 15/06/2024 11:30
Chia sẻ  Facebook  Zalo
(Chinhphu.vn) - Chiều 14/6, Tổ công tác triển khai Đề án 06 của Chính phủ họp đánh giá kết quả 6 tháng.
Theo báo cáo tại cuộc họp, đến nay, 41/53 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình; 12 dịch vụ còn lại đang được các bộ hoàn thiện quy trình.
Trên cả nước, lực lượng Công an đã cấp hơn 86,7 triệu thẻ căn cước công dân gắn chip và kích hoạt hơn 55,3 triệu tài khoản định danh điện tử VNeID, trong đó có hơn 11.000 tài khoản của người nước ngoài.
Ảnh: Quang cảnh cuộc họp - Ảnh: VGP/Nhật Bắc
Tin liên quan
Thủ tướng: Đề án 06 phải về đích đúng hạn trong năm 2025""",
        "2024-06-15",
        [
            ("essential_services_full_process", "national", "as_of", "2024-06-15", 41.0),
            ("chip_id_cards_issued", "national", "as_of", "2024-06-15", 86700000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-06-15", 55300000.0),
        ],
    ),
    # 8 — PDF quarterly report pasted: hard-wrapped sentences, page number, flattened table by block; trap: target
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
BÁO CÁO TÌNH HÌNH TRIỂN KHAI CHUYỂN ĐỔI SỐ QUÝ III NĂM 2024
(Kèm theo Công văn số 4012/BTTTT-CĐSQG ngày 08/10/2024)
II. KẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN
1. Trong quý III/2024, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 58,2%,
của các địa phương đạt 47,8%. Tỷ lệ hồ sơ trực tuyến toàn trình trên cả nước
đạt 42,3%.
2. Tỷ lệ hồ sơ được cấp kết quả điện tử trên cả nước đạt 71,6%; tỷ lệ khai thác,
sử dụng lại dữ liệu số hóa đạt 31,2% (mục tiêu năm 2024 là 50%).
Trang 3/11
Bảng 1. Kết quả theo khối, quý III/2024
Khối Cấp kết quả điện tử Tái sử dụng dữ liệu
Bộ, ngành 80,4 % 35,0 %
Địa phương 69,1 % 30,5 %""",
        "2024-10-08",
        [
            ("online_dossier_rate", "ministries", "quarter", "2024-09-30", 58.2),
            ("online_dossier_rate", "localities", "quarter", "2024-09-30", 47.8),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-09-30", 42.3),
            ("e_result_rate", "national", "quarter", "2024-09-30", 71.6),
            ("data_reuse_rate", "national", "quarter", "2024-09-30", 31.2),
            ("e_result_rate", "ministries", "quarter", "2024-09-30", 80.4),
            ("e_result_rate", "localities", "quarter", "2024-09-30", 69.1),
            ("data_reuse_rate", "ministries", "quarter", "2024-09-30", 35.0),
            ("data_reuse_rate", "localities", "quarter", "2024-09-30", 30.5),
        ],
    ),
    # 9 — newspaper page on the digital economy in 2023; traps: a foreign report's figure, targets
    (
        """VietNamNet | Kinh doanh > Kinh tế số
Kinh tế số Việt Nam năm 2023 chiếm 16,5% GDP
Thứ Hai, 15/01/2024 - 10:05
Lưu bài   Chia sẻ
Theo số liệu của Bộ Thông tin và Truyền thông, năm 2023, tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt 16,5%; tốc độ tăng trưởng kinh tế số khoảng 20%, cao gấp khoảng 3 lần tốc độ tăng trưởng GDP.
Trong khi đó, báo cáo e-Conomy SEA 2023 của Google, Temasek và Bain & Company ước tính quy mô nền kinh tế internet của Việt Nam đạt 30 tỷ USD, tăng 19% so với năm 2022, cao nhất khu vực Đông Nam Á.
Mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP; đến năm 2030 đạt 30% GDP.
Ảnh: Thanh toán qua ví điện tử ngày càng phổ biến. (Ảnh: Hoàng Hà)
Tin liên quan:
Thương mại điện tử năm 2023 tăng trưởng 25%""",
        "2024-01-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
        ],
    ),
    # 10 — city portal (Đà Nẵng) year review with a reader comment and comment form left in
    (
        """Cổng thông tin điện tử thành phố Đà Nẵng
Trang chủ » Tin tức » Cải cách hành chính
Năm 2023: Đà Nẵng tiếp tục dẫn đầu về chuyển đổi số
18/01/2024 | 16:42
Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến trên địa bàn thành phố đạt 89,6%; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 96,1%. Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt 95,2%.
Đà Nẵng năm thứ năm liên tiếp dẫn đầu Chỉ số chuyển đổi số cấp tỉnh (DTI).
Bình luận (1)
Trần Minh: Làm thủ tục ở Đà Nẵng rất nhanh, chỉ mất 2 ngày. (18/01/2024 20:11)
Gửi ý kiến | Họ tên | Email | Nội dung""",
        "2024-01-18",
        [
            ("online_dossier_rate", "Đà Nẵng", "year", "2023-12-31", 89.6),
            ("e_result_rate", "Đà Nẵng", "year", "2023-12-31", 96.1),
            ("satisfaction_rate", "Đà Nẵng", "year", "2023-12-31", 95.2),
        ],
    ),
    # 11 — PDF appendix pasted, no published date; columns dated by header; change column not a value
    (
        """Phụ lục 1
SỐ LIỆU AN TOÀN THÔNG TIN MẠNG
Chỉ tiêu Tháng 7/2023 Tháng 8/2023 So sánh
Tấn công mạng gây sự cố (cuộc) 912 874 -4,2%
Địa chỉ IP thuộc mạng botnet (địa chỉ) 658.102 641.770 -2,5%
Tỷ lệ hệ thống thông tin được phê duyệt cấp độ (%) 54,1 56,8 +2,7
12""",
        None,
        [
            ("cyberattacks", "national", "month", "2023-07-31", 912.0),
            ("cyberattacks", "national", "month", "2023-08-31", 874.0),
            ("botnet_ips", "national", "as_of", "2023-07-31", 658102.0),
            ("botnet_ips", "national", "as_of", "2023-08-31", 641770.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-07-31", 54.1),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-08-31", 56.8),
        ],
    ),
    # 12 — interview on 2023 cyber security; traps: changes, a survey's share, 2024 targets
    (
        """An ninh mạng | Phỏng vấn
"Năm 2024, cần chuyển mạnh sang phòng thủ chủ động"
20/01/2024 07:30
PV: Thưa ông, bức tranh an toàn thông tin năm 2023 ra sao?
Đại diện Cục An toàn thông tin: Năm 2023, hệ thống kỹ thuật của Cục đã ghi nhận 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022. Tính đến ngày 31/12/2023, số địa chỉ IP tại Việt Nam nằm trong mạng botnet ở mức khoảng 560.000, giảm 35% so với đầu năm.
Theo khảo sát của Hiệp hội An ninh mạng quốc gia, 46,2% cơ quan, tổ chức được hỏi từng bị tấn công trong năm.
PV: Nhiệm vụ trọng tâm năm 2024 là gì?
Đại diện Cục: Phấn đấu giảm số địa chỉ IP botnet xuống dưới 400.000 và 100% hệ thống thông tin được phê duyệt cấp độ.
Chia sẻ bài viết""",
        "2024-01-20",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 560000.0),
        ],
    ),
    # 13 — provincial PDF report on the first half of 2024 (Nghệ An), hard-wrapped; "Hiện nay" dated at the half's end
    (
        """UBND TỈNH NGHỆ AN
BÁO CÁO
Kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2024
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Về dịch vụ công trực tuyến
Hiện nay, tỉnh đang cung cấp 1.356 dịch vụ công trực tuyến toàn trình trên tổng số
2.173 thủ tục hành chính, đạt tỷ lệ 62,4%. Trong 6 tháng đầu năm 2024, tỷ lệ hồ sơ
xử lý trực tuyến của tỉnh đạt 51,3%; tỷ lệ hồ sơ thanh toán trực tuyến đạt 38,6%.
Trang 2
2. Về hạ tầng số
Đến ngày 30/6/2024, toàn tỉnh có 97,8% thôn, bản có sóng di động; các huyện miền
núi Kỳ Sơn, Tương Dương được ưu tiên đầu tư trạm BTS.""",
        "2024-08-20",
        [
            ("dvctt_full_process_rate", "Nghệ An", "as_of", "2024-06-30", 62.4),
            ("online_dossier_rate", "Nghệ An", "half", "2024-06-30", 51.3),
            ("villages_with_mobile_coverage_rate", "Nghệ An", "as_of", "2024-06-30", 97.8),
        ],
    ),
    # 14 — short tech news on the Ookla index; traps: upload speeds and speed ranks
    (
        """ICTnews | Viễn thông
Tốc độ Internet di động Việt Nam tăng mạnh trong tháng 5
20/06/2024 09:12
Theo Speedtest Global Index tháng 5/2024 của Ookla, tốc độ tải xuống trung bình của mạng băng rộng di động Việt Nam đạt 55,92 Mbps, tốc độ tải lên đạt 21,04 Mbps; Việt Nam xếp thứ 43 thế giới về tốc độ di động.
Với băng rộng cố định, tốc độ tải xuống đạt 112,35 Mbps, tải lên 110,8 Mbps, xếp thứ 38.
Chia sẻ | Bình luận (0)""",
        "2024-06-20",
        [
            ("mobile_broadband_speed", "national", "month", "2024-05-31", 55.92),
            ("fixed_broadband_speed", "national", "month", "2024-05-31", 112.35),
        ],
    ),
    # 15 — no published date; the year in the text dates the share; trap: a part after "trong đó"
    (
        """Trang chủ › Kinh tế › Kinh tế số
Kinh tế số: Động lực tăng trưởng mới
Năm 2022, tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt 14,26%, trong đó kinh tế số ICT chiếm 8,33% và kinh tế số Internet, nền tảng chiếm phần còn lại.
Nhiều chuyên gia cho rằng kinh tế số sẽ là động lực tăng trưởng chính trong giai đoạn tới.
Ảnh minh họa
Bình luận
Lê Hà: Cần số liệu chi tiết theo từng ngành.""",
        None,
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
        ],
    ),
    # 16 — press summary of the January 2025 monthly report: flows and the cumulative totals they lift
    (
        """Tháng 1/2025, Cổng Dịch vụ công quốc gia có 1,1 triệu tài khoản đăng ký mới
Cập nhật lúc 07/02/2025 15:40
Theo báo cáo tháng 1/2025 của Bộ Thông tin và Truyền thông, trong tháng 1, Cổng Dịch vụ công quốc gia có thêm 1,1 triệu tài khoản đăng ký mới, nâng tổng số tài khoản lên 15,6 triệu. Cũng trong tháng, Cổng tiếp nhận 3,4 triệu hồ sơ trực tuyến; lũy kế từ khi khai trương đạt 58,2 triệu hồ sơ.
Người dân, doanh nghiệp đã thực hiện 2,5 triệu giao dịch thanh toán trực tuyến trong tháng với số tiền hơn 1.870 tỷ đồng.
Xem thêm: >> Toàn văn báo cáo tháng 12/2024""",
        "2025-02-07",
        [
            ("national_portal_accounts_new", "national", "month", "2025-01-31", 1100000.0),
            ("national_portal_accounts", "national", "as_of", "2025-01-31", 15600000.0),
            ("national_portal_dossiers_new", "national", "month", "2025-01-31", 3400000.0),
            ("national_portal_dossiers", "national", "as_of", "2025-01-31", 58200000.0),
            ("online_payments_count_new", "national", "month", "2025-01-31", 2500000.0),
            ("online_payments_value_new", "national", "month", "2025-01-31", 1870.0),
        ],
    ),
    # 17 — interview with a provincial department head (Bình Dương); traps: a city's figure, a target
    (
        """Báo Bình Dương | Chuyển đổi số
Bình Dương: Hạ tầng số đi trước một bước
Thứ Tư, 22/05/2024
PV: Xin ông cho biết kết quả nổi bật về hạ tầng số của tỉnh?
Giám đốc Sở TT&TT: Hiện nay, 100% xã, phường, thị trấn trên địa bàn tỉnh đã có cáp quang; tỷ lệ hộ gia đình có Internet cáp quang băng rộng của tỉnh đạt 91%. Riêng thành phố Thủ Dầu Một có tỷ lệ gần 98%. Cả nước hiện có khoảng 82% hộ gia đình dùng cáp quang, Bình Dương cao hơn mức chung.
Năm 2023, kinh tế số của tỉnh chiếm 13,8% GRDP.
PV: Mục tiêu trong thời gian tới là gì?
Giám đốc Sở: Tỉnh phấn đấu đến năm 2025 kinh tế số chiếm 20% GRDP.
Ảnh: Trung tâm điều hành thông minh tỉnh Bình Dương.""",
        "2024-05-22",
        [
            ("ftth_household_rate", "Bình Dương", "as_of", "2024-05-22", 91.0),
            ("ftth_household_rate", "national", "as_of", "2024-05-22", 82.0),
            ("digital_economy_gdp_share", "Bình Dương", "year", "2023-12-31", 13.8),
        ],
    ),
    # 18 — finance newspaper page; traps: sub-count of the same measure, one named ministry's rates
    (
        """Thời báo Tài chính | Thuế - Hải quan
Hơn 5,8 tỷ hóa đơn điện tử đã được tiếp nhận, xử lý
05/01/2024 08:00
Tính đến ngày 31/12/2023, cơ quan thuế đã tiếp nhận và xử lý hơn 5,8 tỷ hóa đơn điện tử, trong đó có hơn 2,1 tỷ hóa đơn có mã của cơ quan thuế.
Cũng trong năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của Bộ Tài chính đạt 96%, tỷ lệ dịch vụ công trực tuyến toàn trình của Bộ đạt 79,5%.
Xem thêm
Ngành Thuế triển khai hóa đơn điện tử khởi tạo từ máy tính tiền""",
        "2024-01-05",
        [
            ("e_invoices_total", "national", "as_of", "2023-12-31", 5800000000.0),
        ],
    ),
    # 19 — Government Office news on NDXP at a year-end conference: "đến nay" levels and a year-to-date flow; the 63 provinces inside "gồm" are a part of the same count, left out (doubtful)
    (
        """VĂN PHÒNG CHÍNH PHỦ
Trang chủ > Tin hoạt động > Kiểm soát thủ tục hành chính
NDXP: Từ đầu năm đến nay đã có hơn 520 triệu giao dịch
28/12/2022
Phát biểu tại Hội nghị tổng kết công tác năm 2022 của Văn phòng Chính phủ, đại diện Bộ Thông tin và Truyền thông cho biết: đến nay, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã kết nối với 104 cơ quan, đơn vị, gồm các bộ, ngành, 63 địa phương và một số tập đoàn, ngân hàng; thiết lập 2.235 điểm kết nối.
Từ đầu năm đến nay, nền tảng đã có hơn 520 triệu giao dịch, trung bình mỗi ngày gần 1,5 triệu giao dịch.
In trang | Gửi email | Quay lại""",
        "2022-12-28",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2022-12-28", 104.0),
            ("ndxp_connection_points", "national", "as_of", "2022-12-28", 2235.0),
            ("ndxp_transactions_period", "national", "ytd", "2022-12-28", 520000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2022-12-28", 1500000.0),
        ],
    ),
    # 20 — newspaper page on the 2024 UN survey; the 2022 rank in parentheses is kept; traps: change, sub-index ranks
    (
        """Báo Nhân Dân điện tử
Thời sự | Chính trị | Kinh tế | Công nghệ
Việt Nam tăng 15 bậc về Chính phủ điện tử
Thứ Sáu, 20/09/2024 - 21:05
Chia sẻ
Ngày 17/9/2024, Liên hợp quốc công bố Báo cáo khảo sát Chính phủ điện tử năm 2024. Theo đó, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp hạng 71/193 quốc gia, tăng 15 bậc so với năm 2022 (86/193). Lần đầu tiên Việt Nam vào nhóm có chỉ số EGDI rất cao.
Chỉ số dịch vụ trực tuyến (OSI) tăng 27 bậc, xếp thứ 49; chỉ số hạ tầng viễn thông (TII) xếp thứ 52.
Tin liên quan
- Mục tiêu vào top 50 EGDI vào năm 2030""",
        "2024-09-20",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 21 — provincial portal page (Lào Cai) with no published date: the dated count is kept, the undated share and the target are not
    (
        """Cổng TTĐT tỉnh Lào Cai
Trang chủ / Tin tức / Thông tin - Truyền thông
Xóa lõm sóng vùng cao Lào Cai
Lào Cai hiện có 97% thôn, bản được phủ sóng di động, nhưng nhiều bản vùng cao vẫn khó khăn.
Theo Sở Thông tin và Truyền thông, tính đến ngày 30/9/2023, toàn tỉnh còn 86 thôn, bản chưa có sóng di động, tập trung tại các huyện Si Ma Cai, Mường Khương, Bắc Hà.
Tỉnh phấn đấu đến hết năm 2024 xóa toàn bộ thôn lõm sóng.
Tác giả: Ngọc Bích | Nguồn: Sở TT&TT""",
        None,
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2023-09-30", 86.0),
        ],
    ),
    # 22 — newspaper page on Mobile Money; traps: share after "trong đó", one operator's figure, a change
    (
        """Tiền Phong | Kinh tế > Tài chính
Mobile Money đạt 6,6 triệu khách hàng
10/08/2023 - 06:30
Theo Ngân hàng Nhà nước, tính đến cuối tháng 6/2023, số khách hàng sử dụng dịch vụ Mobile Money đạt 6,6 triệu, trong đó khoảng 70% ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Riêng Viettel Money có hơn 4,1 triệu khách hàng.
Cũng đến cuối tháng 6/2023, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,1%, tăng 3,2 điểm phần trăm so với cuối năm 2022.
Ảnh: Giao dịch Mobile Money tại một điểm kinh doanh ở Hà Giang.
Tin cùng chuyên mục""",
        "2023-08-10",
        [
            ("mobile_money_customers", "national", "as_of", "2023-06-30", 6600000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-06-30", 87.1),
        ],
    ),
    # 23 — press summary of the September 2022 monthly report: online-service shares and a monthly flow
    (
        """Tháng 9/2022: Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 37,5%
Báo Tin tức (TTXVN) | 07/10/2022 10:45
Theo báo cáo tháng 9/2022 của Bộ Thông tin và Truyền thông, tính đến hết tháng 9/2022, tỷ lệ dịch vụ công trực tuyến trên tổng số thủ tục hành chính đạt 96,8%; tỷ lệ dịch vụ công trực tuyến toàn trình đạt 37,5%. Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 52,4%, tăng 1,9% so với tháng 8.
Trong tháng 9/2022, cả nước ghi nhận 1.006 cuộc tấn công mạng gây sự cố.
Từ khóa: dịch vụ công trực tuyến, chuyển đổi số""",
        "2022-10-07",
        [
            ("dvctt_rate", "national", "as_of", "2022-09-30", 96.8),
            ("dvctt_full_process_rate", "national", "as_of", "2022-09-30", 37.5),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2022-09-30", 52.4),
            ("cyberattacks", "national", "month", "2022-09-30", 1006.0),
        ],
    ),
    # 24 — scraped news page with byline, photo caption and reader comments: broadband subscriptions at the end of Q2
    (
        """Dân trí | Sức mạnh số
Việt Nam có hơn 23 triệu thuê bao băng rộng cố định
25/07/2024 - 14:10
Nguyễn Long
Tính đến hết quý II/2024, cả nước có 23,1 triệu thuê bao băng rộng cố định, đạt 23,2 thuê bao/100 dân; số thuê bao băng rộng di động đạt 88,4 triệu, tương đương 88,8 thuê bao/100 dân.
Ảnh minh họa: Nhân viên kỹ thuật kéo cáp quang tại Hà Nội.
Bình luận (2)
Minh Đức: Nhà tôi dùng gói cáp quang 150 Mbps mà giờ cao điểm vẫn chậm.
Hương Lan: Mạng di động ở quê tôi vẫn yếu.
Sắp xếp theo: Mới nhất | Thích nhất""",
        "2024-07-25",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-06-30", 23100000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 23.2),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-06-30", 88400000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 88.8),
        ],
    ),
    # 25 — PDF monthly report of Bộ KH&CN (May 2025) pasted with running headers and page numbers, hard-wrapped
    (
        """Báo cáo tháng 5/2025 – Bộ Khoa học và Công nghệ Trang 4
b) Hạ tầng viễn thông
- Tính đến hết tháng 5/2025, số thuê bao sử dụng điện thoại thông minh đạt 101,2
triệu, chiếm 87,6% tổng số thuê bao di động; số thuê bao 5G đạt khoảng 8,5 triệu.
- Tỷ lệ người sử dụng Internet ước đạt 79,1% dân số.
- Tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 84,3%.
Báo cáo tháng 5/2025 – Bộ Khoa học và Công nghệ Trang 5
c) Chuyển đổi số trong cơ quan nhà nước""",
        "2025-06-05",
        [
            ("smartphone_subscriptions", "national", "as_of", "2025-05-31", 101200000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-05-31", 87.6),
            ("internet_users_rate", "national", "as_of", "2025-05-31", 79.1),
            ("ftth_household_rate", "national", "as_of", "2025-05-31", 84.3),
        ],
    ),
    # 26 — interview with no published date: the 2023 flows are dated by the text; the "hiện nay" level and the target are not values
    (
        """Trang chủ > Pháp luật > Cải cách hành chính
Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia: Thuận tiện, an toàn
PV: Xin ông cho biết kết quả thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia?
Đại diện Cục Kiểm soát thủ tục hành chính: Hiện nay, Cổng có hơn 15 triệu tài khoản đăng ký; các ngân hàng và trung gian thanh toán lớn đều đã kết nối. Riêng năm 2023, Cổng đã ghi nhận hơn 4,5 triệu giao dịch thanh toán trực tuyến với tổng giá trị hơn 6.200 tỷ đồng.
PV: Thời gian tới, Cổng sẽ tập trung vào những việc gì?
Đại diện Cục: Chúng tôi phấn đấu tỷ lệ hồ sơ thanh toán trực tuyến đạt 45%.
Chia sẻ""",
        None,
        [
            ("online_payments_count_new", "national", "year", "2023-12-31", 4500000.0),
            ("online_payments_value_new", "national", "year", "2023-12-31", 6200.0),
        ],
    ),
    # 27 — provincial portal (Quảng Ninh) year review; traps: a city's figure, 2025 targets
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Tin tức > Chính quyền số
Quảng Ninh: 72% dân số trưởng thành sử dụng dịch vụ công trực tuyến
10/01/2025
Năm 2024, tỷ lệ dân số trưởng thành trên địa bàn tỉnh sử dụng dịch vụ công trực tuyến đạt 72%; tỷ lệ hồ sơ thủ tục hành chính gắn định danh cá nhân đạt 98,5%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,2%. Thành phố Hạ Long dẫn đầu với 99,1% hồ sơ gắn định danh.
Năm 2025, tỉnh phấn đấu 100% hồ sơ thủ tục hành chính được gắn định danh cá nhân; tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt trên 80%.
Lượt xem: 856 | In | Gửi""",
        "2025-01-10",
        [
            ("adult_population_using_dvctt_rate", "Quảng Ninh", "year", "2024-12-31", 72.0),
            ("dossiers_with_personal_id_rate", "Quảng Ninh", "year", "2024-12-31", 98.5),
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2024-12-31", 68.2),
        ],
    ),
    # 28 — Government Office news; traps: remainders ("còn", "chưa được cắt giảm"), one ministry, one city
    (
        """Trang chủ | Chỉ đạo điều hành | Cải cách thủ tục hành chính
Họp Tổ công tác cải cách thủ tục hành chính của Thủ tướng
28/03/2024 17:05
Theo báo cáo tại cuộc họp, đến nay đã có 59/63 địa phương ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; còn 04 địa phương chưa ban hành. Các bộ, cơ quan đã cắt giảm, đơn giản hóa 802/1.084 thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ; 282 thủ tục chưa được cắt giảm.
Tỷ lệ hệ thống giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống EMC đạt 91,2%; riêng Bộ Công an đạt 100%.
Ảnh: Toàn cảnh cuộc họp. (Ảnh: VGP)
Xem thêm: Hà Nội giảm 50% lệ phí khi nộp hồ sơ trực tuyến""",
        "2024-03-28",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-03-28", 59.0),
            ("procedures_simplified", "national", "as_of", "2024-03-28", 802.0),
            ("emc_connection_rate", "national", "as_of", "2024-03-28", 91.2),
        ],
    ),
    # 29 — one-paragraph item with no published date; the month in the text dates both figures
    (
        """Chuyển đổi số | Tin vắn
Tháng 11/2024, Cổng Dịch vụ công quốc gia tiếp nhận 3,1 triệu hồ sơ trực tuyến; Nền tảng NDXP trong tháng trung bình mỗi ngày xử lý 2,9 triệu giao dịch.
Chia sẻ  Zalo  Facebook""",
        None,
        [
            ("national_portal_dossiers_new", "national", "month", "2024-11-30", 3100000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-11-30", 2900000.0),
        ],
    ),
    # 30 — press summary of the half-year 2025 report; traps: remainder of the programme, a change, a target link
    (
        """Khoa học & Phát triển | Chuyển đổi số
6 tháng đầu năm 2025: Phủ sóng 97,5% thôn lõm sóng có điện
08/07/2025 09:20
Theo báo cáo 6 tháng đầu năm 2025 của Bộ Khoa học và Công nghệ, đến hết tháng 6/2025, Chương trình "Sóng và máy tính cho em" đã phủ sóng 1.950/2.000 thôn lõm sóng có điện, đạt 97,5%; 50 thôn còn lại sẽ hoàn thành trong quý III. Cả nước còn 312 thôn, bản chưa có sóng di động; tỷ lệ thôn, bản có sóng di động đạt 99,7%.
Về an toàn thông tin, tỷ lệ hệ thống thông tin được phê duyệt cấp độ đạt 85,3%, tăng 12 điểm phần trăm so với cuối năm 2024.
Tin liên quan: Mục tiêu xóa toàn bộ thôn lõm sóng trong năm 2025""",
        "2025-07-08",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2025-06-30", 97.5),
            ("villages_without_mobile_coverage", "national", "as_of", "2025-06-30", 312.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-06-30", 99.7),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-06-30", 85.3),
        ],
    ),
]
