"""Blind genre probes, twelfth round: whole Vietnamese news and portal pages as a scraper returns
them (site date bars and menus, headlines, bylines with time stamps, sapos, body paragraphs, photo
captions, related-article links, tags, view counts, hotlines and copyright lines), covering every
family of the catalog (e-services and the National Portal, 5G and broadband, NDXP, cybersecurity,
digital economy, Đề án 06 / VNeID, provincial figures). They probe whether the extractor finds the
page's date wherever it sits (top bar, byline, only the body, nowhere), ignores the figures in the
page furniture (related links with their own dates, phone numbers, view counts, years in copyright
lines, temperatures), stores approximate figures ("gần", "khoảng", "hơn") at their stated value,
keeps comparison figures whose period is explicit, and leaves out targets, year-on-year changes,
operators', vendors' and other countries' figures, sub-counts after "trong đó" and counts of
meetings or documents. Written for the project from the genre's usual phrasings (not copied from
any page).
"""

CASES = [
    # Ministry monthly report page: date in top bar and byline; ministries/localities split in parentheses; change in points and related links not stored
    (
        """Thứ Sáu, 06/06/2025 | Đăng nhập | Đăng ký | English
Trang chủ > Tin tức > Chuyển đổi số
Báo cáo chuyển đổi số quốc gia tháng 5/2025: tỷ lệ hồ sơ trực tuyến toàn trình đạt 46,2%
14:20 | 06/06/2025 | Thanh Hà
Theo báo cáo của Bộ Khoa học và Công nghệ, các chỉ số về dịch vụ công trực tuyến trong tháng 5/2025 tiếp tục được cải thiện.
Trong tháng 5/2025, tỷ lệ hồ sơ TTHC được xử lý trực tuyến toàn trình của cả nước đạt 46,2% (khối bộ, ngành: 58,7%; khối địa phương: 41,9%).
Tỷ lệ cung cấp DVCTT toàn trình trên tổng số TTHC ở mức 54,3%, tăng 2,1 điểm phần trăm so với tháng trước.
Tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 83,6%; tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa là 40,5%.
Ảnh: Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh. (Ảnh: TH)
Tin liên quan:
- Tháng 4/2025: 1,2 triệu hồ sơ nộp qua Cổng DVCQG (05/05/2025)
- Hà Nội dẫn đầu với 95% hồ sơ trực tuyến (28/05/2025)
Từ khóa: chuyển đổi số, dịch vụ công | Lượt xem: 2.315""",
        "2025-06-06",
        [
            ("online_dossier_full_process_rate", "national", "month", "2025-05-31", 46.2),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-05-31", 58.7),
            ("online_dossier_full_process_rate", "localities", "month", "2025-05-31", 41.9),
            ("dvctt_full_process_rate", "national", "month", "2025-05-31", 54.3),
            ("e_result_rate", "national", "month", "2025-05-31", 83.6),
            ("data_reuse_rate", "national", "month", "2025-05-31", 40.5),
        ],
    ),
    # Báo Chính phủ page dated only in its "Cập nhật" byline: "hơn/khoảng/gần" stocks at an explicit date, quarter flows on the _new twins, hotline and licence numbers
    (
        """BÁO ĐIỆN TỬ CHÍNH PHỦ | Tiếng Việt | English | 中文
Cổng Dịch vụ công quốc gia có hơn 15,2 triệu tài khoản đăng ký
Cập nhật: 18/4/2025 09:12
(Chinhphu.vn) - Tính đến ngày 15/4/2025, Cổng DVCQG đã có hơn 15,2 triệu tài khoản đăng ký, khoảng 11 triệu giao dịch thanh toán trực tuyến với tổng số tiền gần 12,9 nghìn tỷ đồng.
Riêng trong quý I/2025, Cổng đã tiếp nhận 2,75 triệu hồ sơ trực tuyến và ghi nhận 412.650 tài khoản đăng ký mới.
So với cùng kỳ năm 2024, số hồ sơ trực tuyến qua Cổng tăng 38%.
Ảnh: Giao diện Cổng Dịch vụ công quốc gia. Ảnh: VGP/Nhật Bắc
Tổng đài hỗ trợ Cổng DVCQG: 18001096
Tin liên quan
- Hơn 4.000 dịch vụ công được tích hợp lên Cổng DVCQG (02/4/2025)
- Thanh toán trực tuyến vượt mốc 10 triệu giao dịch (12/3/2025)
© 2025 Báo Điện tử Chính phủ. Giấy phép số 400/GP-BC.""",
        None,
        [
            ("national_portal_accounts", "national", "as_of", "2025-04-15", 15200000),
            ("online_payments_count", "national", "as_of", "2025-04-15", 11000000),
            ("online_payments_value", "national", "as_of", "2025-04-15", 12900),
            ("national_portal_dossiers_new", "national", "quarter", "2025-03-31", 2750000),
            ("national_portal_accounts_new", "national", "quarter", "2025-03-31", 412650),
        ],
    ),
    # Provincial portal (Thái Nguyên) with an ISO "date" line: "gần 80%" for the half, comparison "so với 75% cuối năm 2023", digitisation rate (no id), DTI rank link, phone, copyright year
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI NGUYÊN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ
Thái Nguyên: 6 tháng đầu năm 2024, gần 80% hồ sơ được nộp trực tuyến
date 2024-07-18 | Lượt xem: 1.027
Sáu tháng đầu năm 2024, toàn tỉnh tiếp nhận 412.300 hồ sơ TTHC, tỷ lệ hồ sơ nộp trực tuyến đạt gần 80%, tăng mạnh so với 75% cuối năm 2023.
Tỷ lệ hồ sơ TTHC được giải quyết trực tuyến toàn trình trên địa bàn tỉnh ở mức 52,4%. Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 87,1%.
Tỷ lệ hồ sơ có kết quả giải quyết điện tử là 91,3%.
Ảnh: Cán bộ Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân nộp hồ sơ qua mạng.
Tin khác:
- Thái Nguyên xếp thứ 3/63 về Chỉ số chuyển đổi số cấp tỉnh năm 2023 (10/05/2024)
- Hội nghị trực tuyến sơ kết Đề án 06 lần thứ 12 (02/07/2024)
Bản quyền © 2024 Cổng Thông tin điện tử tỉnh Thái Nguyên. ĐT: 0208.3855.689""",
        "2024-07-18",
        [
            ("online_dossier_rate", "Thái Nguyên", "half", "2024-06-30", 80),
            ("online_dossier_rate", "Thái Nguyên", "as_of", "2023-12-31", 75),
            ("online_dossier_full_process_rate", "Thái Nguyên", "half", "2024-06-30", 52.4),
            ("e_result_rate", "Thái Nguyên", "half", "2024-06-30", 91.3),
        ],
    ),
    # VietnamPlus-style Đề án 06 page: satisfaction and personal-ID rates at a date, earlier quarter-end comparison kept, targets, meetings and documents counts and a "xem thêm" link not stored
    (
        """VietnamPlus | Thứ Hai, 22/7/2024 | Tiếng Việt | English | Español
Xã hội > Chuyển đổi số
Đề án 06: 89,4% người dân, doanh nghiệp hài lòng khi giải quyết thủ tục hành chính
15:30 | 22/07/2024
Mức độ hài lòng của người dân, doanh nghiệp tiếp tục được cải thiện, tiệm cận mục tiêu 90% đặt ra cho năm 2024.
Theo Tổ công tác triển khai Đề án 06 của Chính phủ, tính đến ngày 15/7/2024, tỷ lệ người dân, doanh nghiệp hài lòng trong giải quyết TTHC đạt 89,4%.
Tỷ lệ hồ sơ TTHC được gắn với mã số định danh cá nhân là 76,8%, so với 68,5% vào cuối quý I/2024.
Mục tiêu đến năm 2025, 100% hồ sơ TTHC được gắn với mã số định danh cá nhân.
Trong 6 tháng đầu năm, Tổ công tác đã tổ chức 12 cuộc họp giao ban và ban hành 5 văn bản hướng dẫn.
Ảnh: Người dân làm thủ tục tại bộ phận một cửa. (Ảnh: TTXVN)
Xem thêm: >> 45 triệu tài khoản VNeID đã được kích hoạt (18/7/2024)
Tags: Đề án 06, cải cách hành chính | 3.482 lượt xem""",
        "2024-07-22",
        [
            ("satisfaction_rate", "national", "as_of", "2024-07-15", 89.4),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-07-15", 76.8),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-03-31", 68.5),
        ],
    ),
    # Interview (PV / answer format) dated in top bar and byline: "Hiện nay ... khoảng 47%" and "hiện đạt gần 87%" as of the page date; exceeded target and 2025 target not stored
    (
        """Thứ Tư, 14/08/2024 | Đường dây nóng: 0243.9411.899
Phỏng vấn | Chuyển đổi số
"Gần một nửa người trưởng thành đã dùng dịch vụ công trực tuyến"
Nhóm PV | 09:05 14/8/2024
Trao đổi với phóng viên, ông Trần Minh Hoàng, lãnh đạo Cục Chuyển đổi số quốc gia, chia sẻ về kết quả sử dụng dịch vụ công trực tuyến.
PV: Ông đánh giá thế nào về mức độ sử dụng DVCTT của người dân?
Ông Trần Minh Hoàng: Hiện nay, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến là khoảng 47%. Mục tiêu năm 2024 là 40%, như vậy chúng ta đã vượt. Đến năm 2025, phấn đấu đạt 50%.
PV: Còn khâu thanh toán thì sao, thưa ông?
Ông Trần Minh Hoàng: Tỷ lệ người trưởng thành có tài khoản giao dịch tại ngân hàng hoặc tổ chức được phép khác hiện đạt gần 87%, đó là nền tảng rất tốt để thanh toán trực tuyến.
PV: Xin cảm ơn ông!
Bài liên quan: Hơn 30 triệu người dùng VNeID mỗi tháng (02/08/2024)
Bình luận (4) | Chia sẻ""",
        "2024-08-14",
        [
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-08-14", 47),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-08-14", 87),
        ],
    ),
    # Government press page dated only in the body ("Sáng 24/4/2024"): "đến nay / hiện có" as of the meeting; remainders, document counts, related link's 38/53, hotline, copyright year not stored
    (
        """Tin tức | Hoạt động Chính phủ | Chuyên đề | Video
Thủ tướng chủ trì phiên họp thứ 8 Ủy ban Quốc gia về chuyển đổi số
Sáng 24/4/2024, tại trụ sở Chính phủ, Thủ tướng Chính phủ, Chủ tịch Ủy ban Quốc gia về chuyển đổi số chủ trì phiên họp thứ 8 của Ủy ban.
Báo cáo tại phiên họp cho biết, đến nay đã có 41/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình; 12 dịch vụ còn lại phấn đấu hoàn thành trong quý II.
Hiện có 56/63 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 07 địa phương chưa ban hành.
Các bộ, ngành đã cắt giảm, đơn giản hóa 763/1.084 thủ tục hành chính theo các Nghị quyết chuyên đề của Chính phủ.
Từ đầu năm đến nay, Ủy ban đã ban hành 3 quyết định và 14 văn bản chỉ đạo.
Ảnh: Thủ tướng phát biểu kết luận phiên họp. Ảnh: VGP
Liên quan: Phiên họp thứ 7: 38/53 dịch vụ công thiết yếu toàn trình (12/01/2024)
Đường dây nóng: 080.43162 | © Báo Điện tử Chính phủ 2024""",
        None,
        [
            ("essential_services_full_process", "national", "as_of", "2024-04-24", 41),
            ("localities_fee_reduction", "national", "as_of", "2024-04-24", 56),
            ("procedures_simplified", "national", "as_of", "2024-04-24", 763),
        ],
    ),
    # Ministry portal quarter summary written as list lines "cả nước …; khối bộ, ngành …; khối địa phương …"; a target for end-2024 not stored
    (
        """Cổng thông tin điện tử Bộ Thông tin và Truyền thông | Thứ Năm, 11/07/2024
Quý II/2024: 89,6% TTHC đủ điều kiện đã được cung cấp DVCTT toàn trình
Cập nhật: 11/7/2024 16:45
Bộ TT&TT vừa công bố kết quả đánh giá việc cung cấp dịch vụ công trực tuyến của các bộ, ngành, địa phương trong quý II/2024.
Kết quả cung cấp DVCTT quý II/2024:
- Tỷ lệ DVCTT trên tổng số TTHC: cả nước 81,2%; khối bộ, ngành 78,4%; khối địa phương 82,9%.
- Tỷ lệ TTHC đủ điều kiện được cung cấp DVCTT toàn trình: cả nước 89,6%; khối bộ, ngành 85,0%; khối địa phương 91,3%.
- Tỷ lệ DVCTT có phát sinh hồ sơ: 57,8%.
Theo kế hoạch, đến hết năm 2024, 100% TTHC đủ điều kiện phải được cung cấp toàn trình.
Ảnh: Bảng đánh giá trên Hệ thống EMC.
Bài viết cùng chuyên mục: 8 bộ, ngành chưa đạt yêu cầu về DVCTT (20/06/2024)""",
        "2024-07-11",
        [
            ("dvctt_rate", "national", "quarter", "2024-06-30", 81.2),
            ("dvctt_rate", "ministries", "quarter", "2024-06-30", 78.4),
            ("dvctt_rate", "localities", "quarter", "2024-06-30", 82.9),
            ("full_process_provision_rate", "national", "quarter", "2024-06-30", 89.6),
            ("full_process_provision_rate", "ministries", "quarter", "2024-06-30", 85.0),
            ("full_process_provision_rate", "localities", "quarter", "2024-06-30", 91.3),
            ("dvctt_with_dossiers_rate", "national", "quarter", "2024-06-30", 57.8),
        ],
    ),
    # Page without date bar or byline, dated only by "Tính đến hết tháng 9/2024" in the body: EMC share with its fraction; remainder, undated "hiện nay" traffic (no id) and view count not stored
    (
        """Trang chủ » Tin tức » Chính phủ số
Kết nối hệ thống giải quyết TTHC với EMC: còn 6 bộ, ngành chưa hoàn thành
Tính đến hết tháng 9/2024, tỷ lệ hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối đầy đủ với Hệ thống EMC đạt 88,5% (77/87 hệ thống).
Còn 10 hệ thống của 6 bộ, ngành chưa kết nối hoặc kết nối chưa đầy đủ.
Hiện nay, Hệ thống EMC ghi nhận trung bình 1,5 triệu lượt truy cập mỗi tháng.
Cục Chuyển đổi số quốc gia đề nghị các đơn vị hoàn thành kết nối trước ngày 31/12/2024.
Ảnh: Giao diện Hệ thống EMC.
Chia sẻ: Facebook | Zalo | 524 lượt xem""",
        None,
        [
            ("emc_connection_rate", "national", "as_of", "2024-09-30", 88.5),
        ],
    ),
    # VnExpress-style page: "chạm mốc"/"hơn 10.000 trạm", "khoảng 26%" at end of May; operators' own station counts, a 2030 target, Korea's coverage, comment count and hotline not stored
    (
        """VnExpress | Thứ Ba, 10/6/2025, 08:00 (GMT+7)
Số hóa > Viễn thông
Việt Nam chạm mốc 10.000 trạm 5G
Cả nước có hơn 10.000 trạm phát sóng 5G sau hơn nửa năm thương mại hóa.
Theo Cục Viễn thông, tính đến cuối tháng 5/2025, các doanh nghiệp viễn thông đã lắp đặt hơn 10.000 trạm 5G trên cả nước, tỷ lệ dân số được phủ sóng 5G khoảng 26%.
Riêng Viettel hiện có hơn 6.500 trạm 5G, VNPT khoảng 2.800 trạm.
Theo Chiến lược hạ tầng số, đến năm 2030 mạng 5G phủ sóng 99% dân số.
Tại Hàn Quốc, mạng 5G đã phủ tới 95% dân số.
Ảnh: Kỹ thuật viên lắp đặt trạm 5G tại Hà Nội. Ảnh: Lưu Quý
Ý kiến (12) | Chia sẻ
Đường dây nóng: 083.888.0123""",
        "2025-06-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-05-31", 10000),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-31", 26),
        ],
    ),
    # Ookla month with download and upload speeds: only download speeds stored; world rank, yoy change, Singapore figure and ad phone not stored
    (
        """Thứ Sáu, 25/07/2025 | Liên hệ quảng cáo: 0912.345.678
Công nghệ
Tốc độ Internet cố định tại Việt Nam đạt 152,9 Mbps trong tháng 6/2025
Minh Anh - 10:47 25/07/2025
Theo báo cáo Speedtest Global Index của Ookla, trong tháng 6/2025, tốc độ tải xuống trung bình của băng rộng cố định tại Việt Nam đạt 152,9 Mbps, tốc độ tải lên đạt 148,2 Mbps, xếp hạng 41 thế giới.
Với mạng di động, tốc độ tải xuống đạt 71,35 Mbps, tăng 34% so với cùng kỳ năm 2024.
Singapore tiếp tục dẫn đầu thế giới về băng rộng cố định với 345,3 Mbps.
Ảnh: Người dùng kiểm tra tốc độ mạng bằng ứng dụng Speedtest.
Tin liên quan: Việt Nam lọt top 40 thế giới về tốc độ di động (20/06/2025)""",
        "2025-07-25",
        [
            ("fixed_broadband_speed", "national", "month", "2025-06-30", 152.9),
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 71.35),
        ],
    ),
    # Infrastructure monthly report: subscriptions and smartphone share of subscriptions at month end (BRCĐ, "tương đương"), a survey's share of people with smartphones not stored
    (
        """Bộ Khoa học và Công nghệ | Cổng thông tin điện tử | Thứ Năm, 06/03/2025
Hạ tầng số tháng 2/2025: tỷ lệ thuê bao sử dụng điện thoại thông minh đạt 89,1%
Ngày đăng: 06/03/2025
Tính đến hết tháng 2/2025, cả nước có khoảng 103,5 triệu thuê bao băng rộng di động và 23,8 triệu thuê bao BRCĐ.
Tỷ lệ thuê bao điện thoại di động sử dụng smartphone ở mức 89,1%, tương đương 112,3 triệu thuê bao smartphone.
Theo khảo sát của một công ty nghiên cứu thị trường, 93% người trưởng thành tại đô thị sở hữu điện thoại thông minh.
Tỷ lệ hộ gia đình sử dụng Internet băng rộng cáp quang đạt 82,4%.
Ảnh: Người dân sử dụng điện thoại thông minh tại Hà Nội.
Xem thêm: Năm 2024: 1,3 triệu thuê bao băng rộng cố định phát triển mới (10/01/2025)""",
        "2025-03-06",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-02-28", 103500000),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-02-28", 23800000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-02-28", 89.1),
            ("smartphone_subscriptions", "national", "as_of", "2025-02-28", 112300000),
            ("ftth_household_rate", "national", "as_of", "2025-02-28", 82.4),
        ],
    ),
    # Provincial newspaper (Hà Giang): villages left without coverage at a date, "đến nay" share of dead-zone villages covered; villages covered, sub-count after "trong đó", operator's stations, target and phone not stored
    (
        """BÁO HÀ GIANG ĐIỆN TỬ
Thứ Hai, ngày 16/09/2024
Hà Giang: Xóa 96 thôn lõm sóng trong 8 tháng
Cập nhật lúc 07:30, 16/09/2024
Tính đến ngày 31/8/2024, toàn tỉnh Hà Giang còn 112 thôn, bản chưa có sóng điện thoại di động, trong đó 38 thôn chưa có điện lưới quốc gia.
Từ đầu năm đến nay, các doanh nghiệp viễn thông đã phủ sóng cho 96 thôn lõm sóng, nâng tỷ lệ thôn, bản lõm sóng đã được phủ sóng lên 46,2%.
Riêng Viettel Hà Giang đã đầu tư 45 trạm BTS mới.
Tỉnh phấn đấu đến hết năm 2024 xóa hoàn toàn các thôn lõm sóng đã có điện.
Ảnh: Trạm BTS tại xã vùng cao huyện Mèo Vạc.
Tin cùng chuyên mục: Hà Giang có thêm 20 trạm 5G (02/09/2024)
Điện thoại: 0219.3866.123 | Bản quyền thuộc Báo Hà Giang""",
        "2024-09-16",
        [
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-08-31", 112),
            ("dead_zone_villages_covered_rate", "Hà Giang", "as_of", "2024-09-16", 46.2),
        ],
    ),
    # Lào Cai page dated only in its byline: share of villages with coverage, Internet users and FTTH households at month end; target not stored
    (
        """Báo Lào Cai | Chính trị | Kinh tế | Xã hội | Chuyển đổi số
Lào Cai: 97,2% thôn, bản đã có sóng di động băng rộng
Cập nhật: 03/12/2024 15:02
Đến hết tháng 11/2024, tỷ lệ thôn, bản trên địa bàn tỉnh Lào Cai được phủ sóng di động băng rộng đạt 97,2%; tỷ lệ người dân sử dụng Internet là 78%.
Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang là 71,5%.
Năm 2025, tỉnh phấn đấu 100% thôn, bản có sóng di động băng rộng.
Ảnh: Người dân xã Y Tý sử dụng điện thoại thông minh. Ảnh: Hải Đăng
Tags: hạ tầng số, Lào Cai | 857 lượt đọc""",
        None,
        [
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-11-30", 97.2),
            ("internet_users_rate", "Lào Cai", "as_of", "2024-11-30", 78),
            ("ftth_household_rate", "Lào Cai", "as_of", "2024-11-30", 71.5),
        ],
    ),
    # NDXP month page with a temperature in the top bar: month flow, "trung bình hơn 1,9 triệu … mỗi ngày", cumulative "lên tới hơn 3,2 tỷ"; yoy change and share after "Trong đó" not stored
    (
        """Thứ Tư, 09/10/2024 | 24°C Hà Nội | Đăng nhập
Nền tảng NDXP xử lý 58,4 triệu giao dịch trong tháng 9/2024
Hải Yến | 09/10/2024 11:20
Trong tháng 9/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 58,4 triệu giao dịch, trung bình hơn 1,9 triệu giao dịch mỗi ngày.
Lũy kế từ khi vận hành năm 2019 đến hết tháng 9/2024, tổng số giao dịch qua NDXP lên tới hơn 3,2 tỷ giao dịch.
So với cùng kỳ năm 2023, số giao dịch trong tháng tăng 41%.
Trong đó, giao dịch khai thác CSDL quốc gia về dân cư chiếm khoảng 60%.
Ảnh: Màn hình giám sát Nền tảng NDXP.
Tin liên quan: NDXP vượt mốc 3 tỷ giao dịch (12/06/2024)""",
        "2024-10-09",
        [
            ("ndxp_transactions_period", "national", "month", "2024-09-30", 58400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-09-30", 1900000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-09-30", 3200000000),
        ],
    ),
    # NDXP connections, dated only in the body: agencies and connection points at a date, comparison with end-2023; rounded headline "Hơn 100", CSDL and decree counts not stored
    (
        """Trang chủ | Tin tức | Chuyển đổi số | Video
Hơn 100 cơ quan, đơn vị đã kết nối với Nền tảng NDXP
Đến ngày 30/6/2024, Nền tảng NDXP đã kết nối với 103 bộ, ngành, địa phương và cơ quan, tổ chức, tăng so với 95 cơ quan vào cuối năm 2023; tổng số điểm kết nối đạt 452 điểm.
Nền tảng đã kết nối 12 CSDL quốc gia, CSDL chuyên ngành và 46 hệ thống thông tin.
Năm 2024, Chính phủ đã ban hành 2 nghị định về quản lý, chia sẻ dữ liệu.
Ảnh: Trung tâm dữ liệu quốc gia.
Chia sẻ | In bài | 1.204 lượt đọc""",
        None,
        [
            ("ndxp_connected_agencies", "national", "as_of", "2024-06-30", 103),
            ("ndxp_connected_agencies", "national", "as_of", "2023-12-31", 95),
            ("ndxp_connection_points", "national", "as_of", "2024-06-30", 452),
        ],
    ),
    # NDXP "lũy kế từ đầu năm" (ytd), quarter and month flows and "khoảng … giao dịch/ngày" in one paragraph
    (
        """Thứ Năm, 08/05/2025 | Đăng nhập | Liên hệ
Báo cáo chuyển đổi số quốc gia tháng 4/2025: NDXP tiếp tục tăng trưởng
Cập nhật: 08/05/2025 10:00
Lũy kế từ đầu năm đến hết tháng 4/2025, Nền tảng NDXP có 262,7 triệu giao dịch; riêng quý I/2025 là 191,3 triệu giao dịch.
Riêng tháng 4/2025, số giao dịch qua NDXP là 71,4 triệu, trung bình khoảng 2,38 triệu giao dịch/ngày.
Ảnh: Sơ đồ kết nối Nền tảng NDXP.
Tin liên quan: Tháng 3/2025, NDXP có 68 triệu giao dịch (07/04/2025)
© 2025 Cổng thông tin điện tử. Ghi rõ nguồn khi phát hành lại thông tin.""",
        "2025-05-08",
        [
            ("ndxp_transactions_period", "national", "ytd", "2025-04-30", 262700000),
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 191300000),
            ("ndxp_transactions_period", "national", "month", "2025-04-30", 71400000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-04-30", 2380000),
        ],
    ),
    # Cyberattacks in a month with the previous month in parentheses (kept), attack-type parts after "Trong đó" not stored, botnet IPs at month end; page dated only in the byline
    (
        """An ninh mạng | Cảnh báo | Hướng dẫn
Tháng 3/2024: ghi nhận 1.240 cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam
Cập nhật: 04/04/2024 08:30
Trong tháng 3/2024, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.240 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,3% so với tháng 2/2024 (1.367 cuộc).
Trong đó có 612 cuộc tấn công lừa đảo (Phishing), 405 cuộc tấn công thay đổi giao diện (Deface) và 223 cuộc tấn công cài mã độc (Malware).
Số lượng địa chỉ IP trong các mạng botnet tại Việt Nam trong tháng ở mức 585.800 địa chỉ, giảm 4,2% so với tháng trước.
Người dân phát hiện lừa đảo trực tuyến có thể phản ánh qua đầu số 156.
Tin liên quan: Năm 2023 có 13.900 cuộc tấn công mạng gây sự cố (10/01/2024)""",
        None,
        [
            ("cyberattacks", "national", "month", "2024-03-31", 1240),
            ("cyberattacks", "national", "month", "2024-02-29", 1367),
            ("botnet_ips", "national", "as_of", "2024-03-31", 585800),
        ],
    ),
    # Level-approval rate at a date with an earlier month-end comparison, deadline target and remainder not stored, "Hiện … khoảng 640.000" botnet IPs as of the page date
    (
        """Thứ Bảy, 05/10/2024 | Tin nóng | Đăng nhập
An toàn thông tin
78,6% hệ thống thông tin đã được phê duyệt cấp độ
Phương Linh | 05/10/2024 06:00
Tính đến ngày 30/9/2024, tỷ lệ hệ thống thông tin của các bộ, ngành, địa phương đã được phê duyệt hồ sơ đề xuất cấp độ đạt 78,6%, tăng mạnh so với mức 47% hồi cuối tháng 5/2024.
Theo Chỉ thị 09/CT-TTg, đến tháng 9/2024 phải hoàn thành phê duyệt cấp độ cho 100% hệ thống; hiện vẫn còn 312 hệ thống chưa được phê duyệt.
Hiện số địa chỉ IP nằm trong các mạng botnet tại Việt Nam là khoảng 640.000.
Ảnh: Diễn tập ứng cứu sự cố an toàn thông tin năm 2024.
Từ khóa: an toàn thông tin, cấp độ | 2.096 lượt xem""",
        "2024-10-05",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 78.6),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-05-31", 47),
            ("botnet_ips", "national", "as_of", "2024-10-05", 640000),
        ],
    ),
    # Half-year cyberattacks "hơn 5.400" on a page with no date bar or byline; a vendor's detections, an operator's incidents (sự cố) and the world's ransomware change not stored
    (
        """Trang chủ › An ninh mạng › Cảnh báo
Hơn 5.400 cuộc tấn công mạng gây sự cố trong nửa đầu năm 2025
Trong 6 tháng đầu năm 2025, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã ghi nhận hơn 5.400 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.
Theo báo cáo của Kaspersky, trong cùng kỳ các giải pháp của hãng đã phát hiện và ngăn chặn hơn 19 triệu cuộc tấn công trực tuyến nhắm vào người dùng Việt Nam.
Trên thế giới, số vụ tấn công mã độc tống tiền (ransomware) tăng khoảng 30% so với cùng kỳ.
Viettel Cyber Security cho biết đã hỗ trợ xử lý 1.260 sự cố cho khách hàng của mình.
Ảnh: Chuyên gia giám sát an ninh mạng tại NCSC.
Đường dây nóng cảnh báo lừa đảo: 156 / 5656
Tags: tấn công mạng, NCSC, ransomware | Bình luận (0)""",
        None,
        [
            ("cyberattacks", "national", "half", "2025-06-30", 5400),
        ],
    ),
    # Year-under-review digital economy page: share and growth "khoảng", the previous year's share kept, Bắc Ninh's GRDP share as a province value; GDP growth, 2025 target, e-Conomy SEA USD figure and link not stored
    (
        """Thứ Hai, 13/01/2025 | Kinh tế | Chuyển đổi số | Đăng nhập
Kinh tế số năm 2024 ước chiếm khoảng 18,3% GDP
13/01/2025 14:05 | Quang Minh
Theo số liệu thống kê, năm 2024, tỷ trọng kinh tế số trong GDP ước đạt khoảng 18,3%, tăng trưởng kinh tế số khoảng 20%, gấp gần 3 lần tốc độ tăng trưởng GDP (7,09%).
Năm 2023, tỷ trọng này là 16,5%.
Mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP.
Địa phương có tỷ trọng kinh tế số trong GRDP cao nhất là Bắc Ninh với 29,7%.
Theo báo cáo e-Conomy SEA 2024 của Google, Temasek và Bain & Company, quy mô nền kinh tế Internet của Việt Nam đạt 36 tỷ USD.
Ảnh: Dây chuyền sản xuất thiết bị điện tử tại Bắc Ninh.
Tin liên quan: Kinh tế số 6 tháng đầu năm 2024 chiếm 18,2% GDP (05/07/2024)""",
        "2025-01-13",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2024-12-31", 29.7),
        ],
    ),
    # Mobile Money and bank-account share at end of June, byline date only; rural share after "trong đó", Viettel Money's customers and transaction value (no id) not stored
    (
        """Ngân hàng | Tài chính số | Chứng khoán
Mobile Money có hơn 8,6 triệu khách hàng
08/07/2024 - 10:15 | Hoàng Giang
Theo Ngân hàng Nhà nước, tính đến cuối tháng 6/2024, dịch vụ Mobile Money có hơn 8,6 triệu khách hàng đăng ký, trong đó khoảng 70% ở khu vực nông thôn, vùng sâu, vùng xa.
Tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,1%.
Riêng Viettel Money có khoảng 5 triệu khách hàng sử dụng dịch vụ.
Tổng giá trị giao dịch qua Mobile Money từ khi thí điểm đạt khoảng 5.600 tỷ đồng.
Ảnh: Điểm kinh doanh Mobile Money tại huyện miền núi.
Bài cùng chuyên mục: Thanh toán không dùng tiền mặt tăng 58% (01/07/2024)""",
        None,
        [
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 8600000),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.1),
        ],
    ),
    # E-invoices total at a date ("8,6 tỷ"), coded/uncoded parts after "trong đó" and one month's new invoices not stored, business count (no id) not stored
    (
        """Thứ Hai, 24/06/2024 | Tài chính | Thuế - Hải quan
Hơn 8,6 tỷ hóa đơn điện tử đã được tiếp nhận, xử lý
24/06/2024 08:40
Tính đến ngày 20/6/2024, cơ quan thuế đã tiếp nhận và xử lý 8,6 tỷ hóa đơn điện tử, trong đó 2,77 tỷ hóa đơn có mã của cơ quan thuế và 5,83 tỷ hóa đơn không có mã.
Riêng tháng 5/2024, có 342 triệu hóa đơn điện tử được khởi tạo.
Đã có hơn 50.000 doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.
Ảnh: Người dân nhận hóa đơn điện tử tại cửa hàng xăng dầu.
Hỗ trợ người nộp thuế: 1900.9299 | Lượt xem: 4.512""",
        "2024-06-24",
        [
            ("e_invoices_total", "national", "as_of", "2024-06-20", 8600000000),
        ],
    ),
    # UN e-government ranking recapped after the year's end: "71/193" for the 2024 edition and "(86/193)" for 2022 kept; "tăng 15 bậc", sub-index rank, Denmark and a 2030 target not stored
    (
        """Thứ Tư, 15/01/2025 | Thời sự | Chính phủ số
Việt Nam tăng 15 bậc về Chính phủ điện tử
15/01/2025 09:30
Năm 2024, theo Báo cáo khảo sát Chính phủ điện tử của Liên Hợp Quốc, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022 (86/193).
Chỉ số dịch vụ trực tuyến (OSI) của Việt Nam xếp thứ 61 thế giới.
Đan Mạch tiếp tục dẫn đầu bảng xếp hạng.
Mục tiêu đến năm 2030, Việt Nam thuộc nhóm 50 nước dẫn đầu.
Ảnh: Người dân sử dụng dịch vụ công trên điện thoại.
© 2025 Bản quyền thuộc cơ quan chủ quản. | 6.780 lượt xem""",
        "2025-01-15",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # Đề án 06 national page with an ISO "date" byline only: chip ID cards "hơn 87,2 triệu" and activated VNeID accounts at a date; level-2 part after "trong đó", activation rate (no id), meeting count and call-centre number not stored
    (
        """Trang chủ | Thời sự | Pháp luật | Đề án 06
Hơn 57 triệu tài khoản định danh điện tử đã được kích hoạt
date 2025-03-06 07:45
Tính đến ngày 5/3/2025, Bộ Công an đã cấp hơn 87,2 triệu thẻ căn cước công dân gắn chip và thẻ căn cước; kích hoạt 57,6 triệu tài khoản định danh điện tử VNeID, trong đó 56,9 triệu tài khoản mức độ 2.
Tỷ lệ kích hoạt tài khoản trên số công dân đủ điều kiện đạt 83%.
Từ đầu năm, Tổ công tác Đề án 06 đã tổ chức 12 hội nghị hướng dẫn tại các địa phương.
Ảnh: Cán bộ công an hướng dẫn người dân kích hoạt VNeID.
Tổng đài hỗ trợ VNeID: 1900.0368""",
        None,
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-03-05", 87200000),
            ("vneid_activated_accounts", "national", "as_of", "2025-03-05", 57600000),
        ],
    ),
    # Provincial Đề án 06 (Nghệ An): "toàn tỉnh" accounts, cards and personal-ID rate at a date as province values; conferences and a national related link not stored
    (
        """BÁO NGHỆ AN | Thứ Năm, 07/11/2024 | Đăng nhập
Nghệ An: hơn 1,8 triệu tài khoản định danh điện tử được kích hoạt
Cập nhật: 07/11/2024 16:20
Đến ngày 31/10/2024, toàn tỉnh đã kích hoạt 1.823.457 tài khoản định danh điện tử; cấp 2.915.000 thẻ căn cước công dân gắn chip.
Tỷ lệ hồ sơ TTHC trên địa bàn tỉnh được gắn với mã số định danh cá nhân đạt 93%.
Năm 2024, Ban Chỉ đạo Đề án 06 tỉnh đã tổ chức 15 hội nghị triển khai đến cấp xã.
Ảnh: Công an xã Nghi Lộc hướng dẫn người dân cài đặt VNeID.
Tin liên quan: Cả nước có 56 triệu tài khoản VNeID (30/10/2024)
Tòa soạn: 0238.3844.559 | © Báo Nghệ An""",
        "2024-11-07",
        [
            ("vneid_activated_accounts", "Nghệ An", "as_of", "2024-10-31", 1823457),
            ("chip_id_cards_issued", "Nghệ An", "as_of", "2024-10-31", 2915000),
            ("dossiers_with_personal_id_rate", "Nghệ An", "as_of", "2024-10-31", 93),
        ],
    ),
    # Page with no date anywhere: "Hiện nay … hơn 14 triệu tài khoản" cannot be dated (not expected); only the explicit "Năm 2023" rate is stored
    (
        """Trang chủ | Thời sự | Kinh tế | Chuyển đổi số | Video
Hơn 14 triệu tài khoản trên Cổng Dịch vụ công quốc gia
Hiện nay, Cổng Dịch vụ công quốc gia có hơn 14 triệu tài khoản đăng ký, tỷ lệ hồ sơ trực tuyến toàn trình khoảng 40%.
Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước là 26,3%.
Người dân có thể đăng nhập Cổng bằng tài khoản VNeID.
Ảnh: Người dân nộp hồ sơ trực tuyến tại nhà.
Tin liên quan: Cách đăng ký tài khoản trên Cổng DVCQG
Bản quyền thuộc Báo Điện tử | Lượt xem: 915""",
        None,
        [
            ("online_dossier_full_process_rate", "national", "year", "2023-12-31", 26.3),
        ],
    ),
    # Negative: a provincial plan (Vĩnh Phúc) listing only targets ("mục tiêu", "tối thiểu", "phấn đấu"), task and decision numbers
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH PHÚC | Thứ Hai, 20/01/2025
Vĩnh Phúc ban hành Kế hoạch chuyển đổi số năm 2025
20/01/2025 15:10
UBND tỉnh vừa ban hành Quyết định số 125/QĐ-UBND về Kế hoạch chuyển đổi số năm 2025.
Mục tiêu năm 2025: 100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình; tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%; 100% thôn, tổ dân phố có sóng di động băng rộng.
Phấn đấu kinh tế số chiếm 25% GRDP của tỉnh; tỷ lệ người dân trưởng thành sử dụng DVCTT đạt 60%.
Kế hoạch gồm 6 nhóm nhiệm vụ với 48 nhiệm vụ cụ thể.
Ảnh: Toàn cảnh hội nghị triển khai kế hoạch.
© 2025 UBND tỉnh Vĩnh Phúc. Đường dây nóng: 0211.3862.123""",
        "2025-01-20",
        [],
    ),
    # Negative: operators' own figures (VNPT FTTH subscribers, Viettel 5G stations and speed, MobiFone smartphone share)
    (
        """Thứ Hai, 28/10/2024 | Viễn thông | Đăng nhập
Nhà mạng tăng tốc đầu tư hạ tầng số
28/10/2024 11:45 | Đức Thiện
VNPT cho biết đến nay đã có hơn 10 triệu thuê bao FTTH, chiếm khoảng 45% thị phần băng rộng cố định.
Viettel đã phát sóng 6.000 trạm 5G; tốc độ tải xuống trung bình trên mạng 5G của Viettel đạt khoảng 700 Mbps.
Tại MobiFone, 92% thuê bao đang dùng điện thoại thông minh.
Ảnh: Kỹ thuật viên VNPT kéo cáp quang tại Đồng Nai.
Tin liên quan: Doanh thu viễn thông 9 tháng đạt 280.000 tỷ đồng (15/10/2024)
Lượt xem: 1.630""",
        "2024-10-28",
        [],
    ),
    # Negative: world and other countries' figures and only changes for Viet Nam (tăng/giảm … so với cùng kỳ, "tăng 2,3 lần")
    (
        """Thế giới số | Chuyên đề | Thứ Năm, 05/12/2024
Bức tranh chuyển đổi số toàn cầu năm 2024
05/12/2024 20:00
Theo ITU, khoảng 68% dân số thế giới sử dụng Internet trong năm 2024.
Tại Thái Lan, kinh tế số chiếm khoảng 17% GDP; Hàn Quốc xếp thứ 4 thế giới về Chính phủ điện tử.
Tốc độ băng rộng cố định của Singapore đạt 345 Mbps, cao nhất thế giới.
Ở Việt Nam, số giao dịch qua NDXP 11 tháng tăng 45% so với cùng kỳ, số cuộc tấn công mạng giảm 12%, số tài khoản VNeID tăng 2,3 lần.
Ảnh: Minh họa.
Bình luận (2) | © 2024""",
        "2024-12-05",
        [],
    ),
    # Page about quý I/2024 dated 10 weeks later: "Hiện nay" is the quarter's end; "2,8 triệu" payments and "1.687 tỷ đồng" as quarter flows on the _new twins
    (
        """Thứ Hai, 10/06/2024 | Đăng nhập | Đăng ký
Cổng DVCQG quý I/2024: 1,86 triệu hồ sơ trực tuyến
10/06/2024 08:15 | Ngọc Anh
Trong quý I/2024, Cổng Dịch vụ công quốc gia đã tiếp nhận 1,86 triệu hồ sơ trực tuyến, 2,8 triệu giao dịch thanh toán trực tuyến với số tiền 1.687 tỷ đồng.
Hiện nay, Cổng có 11,2 triệu tài khoản đăng ký.
Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục tái cấu trúc quy trình.
Ảnh: Giao diện thanh toán trực tuyến trên Cổng DVCQG.
Tin liên quan: Tháng 5/2024, Cổng DVCQG có thêm 300.000 tài khoản (03/06/2024)""",
        "2024-06-10",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2024-03-31", 1860000),
            ("online_payments_count_new", "national", "quarter", "2024-03-31", 2800000),
            ("online_payments_value_new", "national", "quarter", "2024-03-31", 1687),
            ("national_portal_accounts", "national", "as_of", "2024-03-31", 11200000),
        ],
    ),
    # City portal (Đà Nẵng) reviewing "Năm 2024": year rates, a 2023 comparison in parentheses, "hiện có" 5G stations at the year's end as city values; DTI rank not stored
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG | Thứ Tư, 08/01/2025
Đà Nẵng: năm 2024, 97,6% hồ sơ được tiếp nhận trực tuyến
08/01/2025 09:00
Năm 2024, tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến của thành phố đạt 97,6% (năm 2023: 91,2%); tỷ lệ hồ sơ trực tuyến toàn trình là 68,2%.
Tỷ lệ DVCTT toàn trình trên tổng số TTHC của thành phố ở mức 55,1%.
Toàn thành phố hiện có 612 trạm BTS 5G.
Đà Nẵng tiếp tục giữ vị trí thứ nhất về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023.
Ảnh: Trung tâm Hành chính thành phố Đà Nẵng.
Đường dây nóng: 1022 | © 2025 UBND thành phố Đà Nẵng""",
        "2025-01-08",
        [
            ("online_dossier_rate", "Đà Nẵng", "year", "2024-12-31", 97.6),
            ("online_dossier_rate", "Đà Nẵng", "year", "2023-12-31", 91.2),
            ("online_dossier_full_process_rate", "Đà Nẵng", "year", "2024-12-31", 68.2),
            ("dvctt_full_process_rate", "Đà Nẵng", "year", "2024-12-31", 55.1),
            ("fiveg_bts_count", "Đà Nẵng", "as_of", "2024-12-31", 612),
        ],
    ),
    # Ranking table written as pipe lines for a month: province rows and the localities' average; STT numbers not stored
    (
        """Trang chủ > Dịch vụ công > Đánh giá, xếp hạng
Bảng xếp hạng cung cấp dịch vụ công trực tuyến tháng 10/2024
Ngày đăng: 15/11/2024
Kết quả tháng 10/2024 của một số địa phương dẫn đầu (trích):
STT | Địa phương | Tỷ lệ hồ sơ trực tuyến | Tỷ lệ hồ sơ trực tuyến toàn trình
1 | Bình Dương | 98,7% | 72,3%
2 | Đồng Tháp | 97,9% | 69,8%
3 | Hà Nội | 96,4% | 61,5%
Bình quân khối địa phương | 61,2% | 38,4%
Nguồn: Hệ thống EMC.
Tải về bảng đầy đủ (63 tỉnh, thành phố) | 3.114 lượt tải""",
        "2024-11-15",
        [
            ("online_dossier_rate", "Bình Dương", "month", "2024-10-31", 98.7),
            ("online_dossier_rate", "Đồng Tháp", "month", "2024-10-31", 97.9),
            ("online_dossier_rate", "Hà Nội", "month", "2024-10-31", 96.4),
            ("online_dossier_rate", "localities", "month", "2024-10-31", 61.2),
            ("online_dossier_full_process_rate", "Bình Dương", "month", "2024-10-31", 72.3),
            ("online_dossier_full_process_rate", "Đồng Tháp", "month", "2024-10-31", 69.8),
            ("online_dossier_full_process_rate", "Hà Nội", "month", "2024-10-31", 61.5),
            ("online_dossier_full_process_rate", "localities", "month", "2024-10-31", 38.4),
        ],
    ),
    # Quảng Ninh provincial page: "lên tới 76,3% (1.287/1.687 TTHC)", satisfaction and data reuse at a date as province values; PAR INDEX link and hotline not stored
    (
        """Thứ Hai, 18/11/2024 | QUẢNG NINH ĐIỆN TỬ
Quảng Ninh: tỷ lệ DVCTT toàn trình lên tới 76,3%
18/11/2024 10:25 | Thu Hằng
Tính đến ngày 15/11/2024, tỷ lệ DVCTT toàn trình trên tổng số TTHC của tỉnh lên tới 76,3% (1.287/1.687 TTHC).
Tỷ lệ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC đạt 95,2%; tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa đạt 52,8%.
Ảnh: Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh.
Tin liên quan: Quảng Ninh xếp thứ 2/63 về Chỉ số cải cách hành chính năm 2023 (20/05/2024)
Đường dây nóng: 0203.3634.999 | Lượt xem: 2.740""",
        "2024-11-18",
        [
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2024-11-15", 76.3),
            ("satisfaction_rate", "Quảng Ninh", "as_of", "2024-11-15", 95.2),
            ("data_reuse_rate", "Quảng Ninh", "as_of", "2024-11-15", 52.8),
        ],
    ),
    # National Portal cumulative counts at month end with "11.133 tỷ đồng", a month flow of new accounts; "tăng 2,2 lần" not stored
    (
        """Thứ Hai, 12/08/2024 | VietnamPlus | Tiếng Việt | English
Chính sách > Cải cách hành chính
Hơn 53 triệu hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia
12/08/2024 16:05 GMT+7
Tính đến hết tháng 7/2024, Cổng DVCQG đã có hơn 53,2 triệu hồ sơ trực tuyến được thực hiện; thanh toán trực tuyến đạt 41,7 triệu giao dịch với số tiền 11.133 tỷ đồng.
Riêng tháng 7/2024, có 245.300 tài khoản đăng ký mới trên Cổng.
Số giao dịch thanh toán trực tuyến tăng 2,2 lần so với cùng kỳ năm 2023.
Ảnh: Người dân nộp hồ sơ qua Cổng DVCQG. (Ảnh: Minh Sơn/Vietnam+)
Tags: Cổng Dịch vụ công quốc gia, thanh toán trực tuyến | 1.876 lượt xem""",
        "2024-08-12",
        [
            ("national_portal_dossiers", "national", "as_of", "2024-07-31", 53200000),
            ("online_payments_count", "national", "as_of", "2024-07-31", 41700000),
            ("online_payments_value", "national", "as_of", "2024-07-31", 11133),
            ("national_portal_accounts_new", "national", "month", "2024-07-31", 245300),
        ],
    ),
    # Annual cyber review "Năm 2023" with 2022 in parentheses, end-2023 botnet IPs "khoảng 553.000"; a vendor's damage estimate, percentage changes and a month link not stored
    (
        """Thứ Tư, 10/01/2024 | An toàn thông tin | Đăng nhập
Năm 2023: 13.900 cuộc tấn công mạng gây sự cố vào hệ thống thông tin Việt Nam
10/01/2024 14:30
Năm 2023, Cục An toàn thông tin ghi nhận 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022 (15.360 cuộc).
Số địa chỉ IP botnet cuối năm 2023 ở mức khoảng 553.000, giảm 28% so với năm 2022.
Theo Bkav, thiệt hại do virus máy tính gây ra đối với người dùng Việt Nam năm 2023 là 17.300 tỷ đồng.
Ảnh: Trung tâm Giám sát an toàn không gian mạng quốc gia.
Tin liên quan: Tháng 12/2023 ghi nhận 1.100 cuộc tấn công mạng (05/01/2024)""",
        "2024-01-10",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900),
            ("cyberattacks", "national", "year", "2022-12-31", 15360),
            ("botnet_ips", "national", "as_of", "2023-12-31", 553000),
        ],
    ),
    # Government notice scraped from a portal, dated only in its header "ngày 20 tháng 8 năm 2024": "Đến nay" values as of the notice; notice number, targets and "Nơi nhận" counts not stored
    (
        """Cổng TTĐT Chính phủ | Hệ thống văn bản | Thông báo
VĂN PHÒNG CHÍNH PHỦ
Số: 356/TB-VPCP          Hà Nội, ngày 20 tháng 8 năm 2024
THÔNG BÁO
Kết luận của Thủ tướng Chính phủ về tình hình triển khai Đề án 06 và chuyển đổi số
Đến nay, 63/63 tỉnh, thành phố đã ban hành Nghị quyết của HĐND về miễn, giảm phí, lệ phí khi sử dụng DVCTT; tỷ lệ dân số trưởng thành sử dụng DVCTT đạt 45,2%; tỷ lệ hồ sơ TTHC gắn với mã số định danh cá nhân đạt 86,7%.
Phấn đấu đến hết năm 2024: 80% DVCTT được cung cấp toàn trình, 90% người dân, doanh nghiệp hài lòng.
Nơi nhận: Như trên; Lưu: VT, KSTT (3b).
Tải văn bản (PDF, 245 KB)""",
        None,
        [
            ("localities_fee_reduction", "national", "as_of", "2024-08-20", 63),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-08-20", 45.2),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-08-20", 86.7),
        ],
    ),
    # Mixed provincial page (Bắc Ninh) for quý III/2024: province e-result and reuse rates kept; the provincial LGSP's transactions and CSDL count (no id) not stored
    (
        """Thứ Hai, 14/10/2024 | BÁO BẮC NINH | Đăng nhập
Bắc Ninh: 100% hồ sơ TTHC có kết quả điện tử trong quý III/2024
14/10/2024 07:50
Trong quý III/2024, tỷ lệ hồ sơ có kết quả giải quyết TTHC điện tử trên địa bàn tỉnh Bắc Ninh đạt 100%; tỷ lệ tái sử dụng dữ liệu đã số hóa là 68,4%.
Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) ghi nhận 2,1 triệu giao dịch trong quý.
Tỉnh đã tích hợp 12 CSDL chuyên ngành vào kho dữ liệu dùng chung.
Ảnh: Bộ phận một cửa thành phố Bắc Ninh.
Tin liên quan: Bắc Ninh có 95% người dân dùng smartphone (01/10/2024)
© 2024 Báo Bắc Ninh""",
        "2024-10-14",
        [
            ("e_result_rate", "Bắc Ninh", "quarter", "2024-09-30", 100),
            ("data_reuse_rate", "Bắc Ninh", "quarter", "2024-09-30", 68.4),
        ],
    ),
    # National dead-zone villages at a date with the 31/12/2023 level in parentheses kept, "1.120/1.312 … đạt 85,4%" share kept; decrease and sub-count after "Trong đó" not stored
    (
        """Viễn thông | Hạ tầng số | Thứ Năm, 07/11/2024
Cả nước còn 1.294 thôn, bản lõm sóng
Cập nhật: 07/11/2024 13:10
Tính đến ngày 31/10/2024, cả nước còn 1.294 thôn, bản lõm sóng, giảm 546 thôn so với thời điểm 31/12/2023 (1.840 thôn).
Trong đó, 182 thôn chưa có điện lưới quốc gia.
Đối với các thôn lõm sóng đã có điện, các doanh nghiệp đã phủ sóng 1.120/1.312 thôn, đạt 85,4%.
Ảnh: Trạm BTS sử dụng năng lượng mặt trời tại Điện Biên.
Tin liên quan: Phủ sóng 100% thôn có điện trong năm 2024 (01/03/2024)""",
        "2024-11-07",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-10-31", 1294),
            ("villages_without_mobile_coverage", "national", "as_of", "2023-12-31", 1840),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-10-31", 85.4),
        ],
    ),
    # Monthly bulletin as dash lines across families (BRCĐ speed with rank, mobile download and upload, cyberattacks with previous month, botnet, NDXP, VNeID "lũy kế"), cut-off in a footnote line
    (
        """Thứ Năm, 05/12/2024 | Đăng nhập | Sơ đồ trang
Chuyển đổi số quốc gia tháng 11/2024: các chỉ số chính
Ban biên tập | 05/12/2024 17:02
Tóm tắt một số chỉ số tháng 11/2024:
- Tốc độ BRCĐ (tải xuống): 108,51 Mbps (xếp hạng 42 thế giới)
- Tốc độ băng rộng di động (tải xuống): 55,57 Mbps; tải lên: 22,1 Mbps
- Số cuộc tấn công mạng gây sự cố: 1.012 cuộc (tháng 10/2024: 1.118 cuộc)
- Số địa chỉ IP botnet: 612.400 địa chỉ
- Giao dịch qua NDXP trong tháng: 61,2 triệu
- Tài khoản VNeID đã kích hoạt (lũy kế): 56,1 triệu
Ghi chú: số liệu cập nhật đến ngày 30/11/2024.
Tin liên quan: Tháng 10/2024, NDXP có 60 triệu giao dịch (06/11/2024)""",
        "2024-12-05",
        [
            ("fixed_broadband_speed", "national", "month", "2024-11-30", 108.51),
            ("mobile_broadband_speed", "national", "month", "2024-11-30", 55.57),
            ("cyberattacks", "national", "month", "2024-11-30", 1012),
            ("cyberattacks", "national", "month", "2024-10-31", 1118),
            ("botnet_ips", "national", "as_of", "2024-11-30", 612400),
            ("ndxp_transactions_period", "national", "month", "2024-11-30", 61200000),
            ("vneid_activated_accounts", "national", "as_of", "2024-11-30", 56100000),
        ],
    ),
    # Provincial leader interview (Đồng Tháp): "Hiện nay" eligible full-process share and "khoảng 62%" adult users as of the page date; DTI rank and 2025 target not stored
    (
        """Thứ Ba, 05/11/2024 | Phỏng vấn | Đồng Tháp
Đồng Tháp: "Lấy người dân làm trung tâm của chuyển đổi số"
05/11/2024 08:00 | Hữu Nghĩa
PV: Xin ông cho biết kết quả nổi bật trong cung cấp dịch vụ công trực tuyến của tỉnh?
Phó Chủ tịch UBND tỉnh Đồng Tháp: Hiện nay, 100% TTHC đủ điều kiện của tỉnh đã được cung cấp DVCTT toàn trình. Tỷ lệ người dân trưởng thành trên địa bàn tỉnh sử dụng DVCTT là khoảng 62%.
Năm 2023, Đồng Tháp xếp hạng 3/63 về Chỉ số chuyển đổi số cấp tỉnh (DTI).
PV: Mục tiêu của tỉnh trong năm 2025?
Phó Chủ tịch UBND tỉnh Đồng Tháp: Tỉnh phấn đấu đến năm 2025 có 70% người trưởng thành sử dụng DVCTT.
Ảnh: Người dân được hướng dẫn nộp hồ sơ trực tuyến tại xã.
Bình luận (1) | Lượt xem: 986""",
        "2024-11-05",
        [
            ("full_process_provision_rate", "Đồng Tháp", "as_of", "2024-11-05", 100),
            ("adult_population_using_dvctt_rate", "Đồng Tháp", "as_of", "2024-11-05", 62),
        ],
    ),
]
