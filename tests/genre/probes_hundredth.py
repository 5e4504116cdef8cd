"""Genre probes, round 100: sub-national pages (district, town, commune and ward portals before and after the July 2025 two-level reorganisation, provincial departments and provincial newspapers setting the province's figures beside the country's, 2022-2025) mixed with about a third national press, including pages where only the masthead, the address or the title names whose figures they are, written blind.

First reading (held out to the end of stop 43's extraction work and read once with the stop's start code 1716bfb and once with the code of that moment (9a2c357)): 107 of 120 right, 107 of 118 found (0.89 / 0.91). With the code of stop 43's end: 105 of 112, 105 of 118. Nothing was fitted to it. The district-subject reading of this stop took out six district and commune figures that had been read as the country's, and lost two province figures named on a district's or ward's page (Hà Nội on a Thạch Thất page, Đà Nẵng on a ward's page): left as found.
"""

CASES = [
    # 1 — provincial portal, half-year results; province only in the title and the source tag; "hiện nay" within days of the half's end; target trap
    (
        """Hà Tĩnh: Tỷ lệ hồ sơ trực tuyến 6 tháng đầu năm đạt 72,6%
12/07/2024 09:15

(Cổng TTĐT Hà Tĩnh) - Theo báo cáo của Sở Thông tin và Truyền thông, 6 tháng đầu năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 412.350 hồ sơ thủ tục hành chính, trong đó có 299.366 hồ sơ được nộp trực tuyến, đạt tỷ lệ 72,6%, tăng 9,4% so với cùng kỳ năm 2023.

Tỷ lệ hồ sơ được cấp kết quả điện tử đạt 81,2%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 38,5%. Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt 97,8%.

Hiện nay, tỉnh đang cung cấp 1.246 dịch vụ công trực tuyến, trong đó có 836 dịch vụ công trực tuyến toàn trình, chiếm 51,3% tổng số thủ tục hành chính; 100% dịch vụ công trực tuyến đã được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia.

Dù đạt nhiều kết quả tích cực, việc khai thác dữ liệu dùng chung vẫn còn hạn chế; một số thủ tục phát sinh ít hồ sơ trực tuyến do người dân chưa quen thao tác. Thời gian tới, Sở Thông tin và Truyền thông sẽ tham mưu UBND tỉnh đẩy mạnh hoạt động của tổ công nghệ số cộng đồng, phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến đạt trên 80%, tỷ lệ khai thác, sử dụng lại dữ liệu đạt 50%.""",
        "2024-07-12",
        [
            ("online_dossier_rate", "Hà Tĩnh", "half", "2024-06-30", 72.6),
            ("e_result_rate", "Hà Tĩnh", "half", "2024-06-30", 81.2),
            ("data_reuse_rate", "Hà Tĩnh", "half", "2024-06-30", 38.5),
            ("satisfaction_rate", "Hà Tĩnh", "half", "2024-06-30", 97.8),
            ("dvctt_full_process_rate", "Hà Tĩnh", "as_of", "2024-07-12", 51.3),
        ],
    ),
    # 2 — provincial newspaper, masthead names the province; national average in parentheses; operator-only 5G count; village levels (a year-end level and "đến nay")
    (
        """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Chuyển đổi số

Hạ tầng số vươn tới thôn, bản vùng cao
Thứ Tư, 20/11/2024 - 07:42

BBG - Đến hết tháng 10/2024, tỷ lệ hộ gia đình trên địa bàn tỉnh có kết nối Internet cáp quang băng rộng đạt 86,7%, cao hơn mức bình quân cả nước (82,4%). Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 87,1%.

Theo Sở Thông tin và Truyền thông, toàn tỉnh hiện có 3.420 trạm BTS các loại, phủ sóng 4G tới 100% xã, phường, thị trấn. Ngay sau khi Viettel chính thức khai trương mạng 5G trên toàn quốc ngày 15/10, Viettel Bắc Giang đã phát sóng 126 trạm BTS 5G tại TP Bắc Giang và các khu công nghiệp Quang Châu, Vân Trung, Đình Trám.

Việc xóa vùng lõm sóng được tỉnh đặc biệt quan tâm. Cuối năm 2023, toàn tỉnh còn 27 thôn lõm sóng di động. Với sự vào cuộc của các doanh nghiệp viễn thông, đến nay đã xóa được 21 thôn; còn 6 thôn thuộc các huyện Sơn Động, Lục Ngạn chưa có sóng di động băng rộng do địa hình chia cắt, dân cư thưa thớt. Tỉnh phấn đấu xóa hết các thôn lõm sóng trong quý I/2025.

Ông Lê Văn H., Phó Giám đốc Sở Thông tin và Truyền thông cho biết, năm 2025 Sở sẽ phối hợp với các nhà mạng mở rộng vùng phủ 5G ra các trung tâm huyện, đưa tỷ lệ hộ gia đình có cáp quang lên trên 90%.""",
        "2024-11-20",
        [
            ("ftth_household_rate", "Bắc Giang", "as_of", "2024-10-31", 86.7),
            ("ftth_household_rate", "national", "as_of", "2024-10-31", 82.4),
            ("smartphone_subscriber_rate", "Bắc Giang", "as_of", "2024-10-31", 87.1),
            ("villages_without_mobile_coverage", "Bắc Giang", "as_of", "2023-12-31", 27.0),
            ("villages_without_mobile_coverage", "Bắc Giang", "as_of", "2024-11-20", 6.0),
        ],
    ),
    # 3 — district portal (before the reorganisation): the district's own figures are not rows; the city's quarter figure is; rank among districts and targets are traps
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH THẤT - THÀNH PHỐ HÀ NỘI

Thạch Thất: Quý I/2024 tỷ lệ hồ sơ trực tuyến đạt 92,3%
Cập nhật: 22/04/2024

Quý I/2024, Bộ phận Một cửa huyện và Bộ phận Một cửa 23 xã, thị trấn đã tiếp nhận 18.642 hồ sơ thủ tục hành chính, trong đó 17.207 hồ sơ được nộp trực tuyến, đạt 92,3%; tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 99,6%. Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của huyện đạt 96,1%, tỷ lệ trả kết quả điện tử đạt 100%.

Theo số liệu của Sở Thông tin và Truyền thông Hà Nội, trong quý I/2024, tỷ lệ hồ sơ trực tuyến của toàn Thành phố đạt 79,6%; Thạch Thất đứng thứ 5/30 quận, huyện, thị xã về chỉ tiêu này.

Năm 2024, UBND Thành phố giao chỉ tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%. Để giữ vững kết quả, UBND huyện chỉ đạo các xã duy trì tổ hỗ trợ tại Bộ phận Một cửa, hướng dẫn người dân sử dụng tài khoản định danh điện tử VNeID khi nộp hồ sơ; đồng thời đưa kết quả thực hiện vào tiêu chí đánh giá, xếp loại thi đua cuối năm đối với người đứng đầu.""",
        "2024-04-22",
        [
            ("online_dossier_rate", "Hà Nội", "quarter", "2024-03-31", 79.6),
        ],
    ),
    # 4 — national press, 5G after commercial launch: national count and coverage; operator share, 5G-only speed, other countries and plans are traps
    (
        """Cả nước có hơn 8.600 trạm 5G sau 5 tháng thương mại hóa
VnEconomy - 12/03/2025

Theo số liệu của Cục Viễn thông (Bộ Khoa học và Công nghệ), tính đến cuối tháng 2/2025, cả nước có 8.650 trạm BTS 5G đang phát sóng, tỷ lệ phủ sóng 5G theo dân số đạt khoảng 26,6%. Trong số này, riêng Viettel đã triển khai hơn 7.000 trạm, phần còn lại thuộc VNPT và MobiFone.

Tốc độ tải xuống trung bình của mạng 5G tại các điểm đo ở Hà Nội và TP.HCM đạt khoảng 430 Mbps, cao gấp 9 lần so với 4G. Số người dùng đã trải nghiệm 5G vượt 7,8 triệu.

So với khu vực, mức độ phủ sóng của Việt Nam vẫn còn khoảng cách. Thái Lan hiện phủ sóng 5G cho khoảng 90% dân số với hơn 36.000 trạm, còn Malaysia đạt trên 80% khu vực dân cư đông đúc.

Theo kế hoạch của Bộ Khoa học và Công nghệ, đến cuối năm 2025 các doanh nghiệp sẽ lắp đặt thêm khoảng 20.000 trạm 5G, nâng tỷ lệ phủ sóng lên trên 50% dân số. Các nhà mạng cũng được khuyến khích dùng chung hạ tầng để giảm chi phí đầu tư tại vùng nông thôn.""",
        "2025-03-12",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-02-28", 8650.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-02-28", 26.6),
        ],
    ),
    # 5 — ward portal after 1 July 2025: only the ward's own figures and targets; no values
    (
        """UBND PHƯỜNG HẠC THÀNH
Tỉnh Thanh Hóa

Phường Hạc Thành sau gần hai tháng vận hành chính quyền địa phương hai cấp
27/08/2025

Từ ngày 01/7 đến ngày 25/8/2025, Trung tâm Phục vụ hành chính công phường Hạc Thành đã tiếp nhận 5.318 hồ sơ thủ tục hành chính, trong đó 4.127 hồ sơ nộp trực tuyến, đạt 77,6%. 100% hồ sơ được số hóa ngay tại bộ phận tiếp nhận; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%; mức độ hài lòng của người dân, tổ chức đạt 98,9%.

Phường hiện có 52 tổ dân phố với 58 tổ công nghệ số cộng đồng, mỗi tổ có ít nhất một thành viên là đoàn viên thanh niên, thường xuyên hỗ trợ người cao tuổi cài đặt, kích hoạt VNeID và thanh toán không dùng tiền mặt.

Bà Lê Thị M., Chủ tịch UBND phường cho biết, phường phấn đấu đến hết năm 2025 tỷ lệ hồ sơ trực tuyến đạt trên 90%, 100% hộ gia đình có ít nhất một thành viên sử dụng thành thạo dịch vụ công trực tuyến, góp phần cùng tỉnh hoàn thành chỉ tiêu 80% hồ sơ trực tuyến toàn trình mà Ban Chỉ đạo Trung ương giao.""",
        "2025-08-27",
        [],
    ),
    # 6 — provincial department (Sở KH&CN after the March 2025 merger), quarter report; national quarter figure beside the province's; DTI score and rank are traps
    (
        """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NINH

Kết quả chuyển đổi số quý I năm 2025
Ngày đăng: 08/04/2025

Quý I/2025, tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến của tỉnh đạt 91,4%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,7%; 100% hồ sơ thủ tục hành chính được gắn mã định danh cá nhân, mã số doanh nghiệp. Trong khi đó, tỷ lệ hồ sơ trực tuyến toàn trình bình quân cả nước trong quý I mới đạt 42,3%.

Hiện nay, 100% thủ tục hành chính đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình (1.037/1.037 thủ tục); 100% hệ thống thông tin của các cơ quan nhà nước trên địa bàn đã được phê duyệt hồ sơ đề xuất cấp độ.

Kinh tế số quý I ước chiếm 11,2% GRDP của tỉnh. Quảng Ninh tiếp tục nằm trong nhóm dẫn đầu Chỉ số chuyển đổi số cấp tỉnh (DTI) với 0,6322 điểm, xếp thứ 2/63 tỉnh, thành phố theo kết quả công bố năm 2024.

Năm 2025, tỉnh đặt mục tiêu kinh tế số chiếm 20% GRDP, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%. Sở Khoa học và Công nghệ đang tham mưu UBND tỉnh hoàn thiện kho dữ liệu dùng chung, kết nối với Trung tâm dữ liệu quốc gia và mở rộng ứng dụng trí tuệ nhân tạo trong trả lời tự động câu hỏi của người dân tại Trung tâm Phục vụ hành chính công tỉnh.""",
        "2025-04-08",
        [
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2025-03-31", 91.4),
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2025-03-31", 68.7),
            ("dossiers_with_personal_id_rate", "Quảng Ninh", "quarter", "2025-03-31", 100.0),
            ("online_dossier_full_process_rate", "national", "quarter", "2025-03-31", 42.3),
            ("full_process_provision_rate", "Quảng Ninh", "as_of", "2025-04-08", 100.0),
            ("info_systems_level_approved_rate", "Quảng Ninh", "as_of", "2025-04-08", 100.0),
            ("digital_economy_gdp_share", "Quảng Ninh", "quarter", "2025-03-31", 11.2),
        ],
    ),
    # 7 — national press on the Government Office report: portal stock at a date, a month's new accounts, blocks of ministries and localities; one-ministry figures and the target are traps
    (
        """Cổng Dịch vụ công quốc gia đạt 9,3 triệu tài khoản
(Chinhphu.vn) - 12/10/2023

Theo báo cáo của Văn phòng Chính phủ, tính đến ngày 30/9/2023, Cổng Dịch vụ công quốc gia có 9,3 triệu tài khoản đăng ký; riêng trong tháng 9/2023 có 352.000 tài khoản đăng ký mới. Lũy kế đến cùng thời điểm, Cổng đã tiếp nhận 43,6 triệu hồ sơ trực tuyến và thực hiện 14,2 triệu giao dịch thanh toán trực tuyến với số tiền 8.920 tỷ đồng.

Về xử lý hồ sơ, 9 tháng năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 41,2%, của các địa phương đạt 27,8%. Một số bộ có tỷ lệ cao như Bộ Tài chính (95,1%), Bộ Công Thương (89,4%); ở khối địa phương, dẫn đầu là Bắc Ninh, Đà Nẵng, Lào Cai.

Dù vậy, báo cáo chỉ rõ vẫn còn tình trạng cán bộ một cửa nhận hồ sơ giấy rồi scan, nộp hộ lên hệ thống để "làm đẹp" số liệu, khiến tỷ lệ hồ sơ trực tuyến thực chất chưa cao. Theo chỉ tiêu Chính phủ giao, năm 2023 tỷ lệ hồ sơ xử lý trực tuyến phải đạt tối thiểu 50%.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương rà soát, tái cấu trúc quy trình, cắt bỏ thành phần hồ sơ đã có trong cơ sở dữ liệu, bảo đảm người dân chỉ cung cấp thông tin một lần.""",
        "2023-10-12",
        [
            ("national_portal_accounts", "national", "as_of", "2023-09-30", 9300000.0),
            ("national_portal_accounts_new", "national", "month", "2023-09-30", 352000.0),
            ("national_portal_dossiers", "national", "as_of", "2023-09-30", 43600000.0),
            ("online_payments_count", "national", "as_of", "2023-09-30", 14200000.0),
            ("online_payments_value", "national", "as_of", "2023-09-30", 8920.0),
            ("online_dossier_rate", "ministries", "ytd", "2023-09-30", 41.2),
            ("online_dossier_rate", "localities", "ytd", "2023-09-30", 27.8),
        ],
    ),
    # 8 — provincial newspaper, year review opening on the year: the province's levels end the year; national digital-economy share beside it; a smartphone rate after "trong đó" is another indicator; DTI rank, change and targets are traps
    (
        """BÁO NGHỆ AN
Năm 2022: Kinh tế số Nghệ An ước chiếm 7,6% GRDP
06/01/2023 - 10:20

Năm 2022, kinh tế số của Nghệ An ước chiếm 7,6% GRDP, tăng 1,1 điểm phần trăm so với năm 2021; cả nước, tỷ trọng kinh tế số ước đạt khoảng 14,26% GDP. Tỷ lệ người sử dụng Internet trên địa bàn tỉnh đạt 72%, tỷ lệ người từ 15 tuổi trở lên có tài khoản thanh toán tại ngân hàng hoặc tổ chức được phép đạt 65,3%.

Toàn tỉnh hiện có khoảng 2,7 triệu thuê bao di động, trong đó tỷ lệ thuê bao sử dụng điện thoại thông minh đạt 76,2%. Hạ tầng cáp quang đã kéo tới 100% xã, nhưng nhiều bản vùng cao thuộc các huyện Kỳ Sơn, Tương Dương, Quế Phong vẫn chưa có sóng di động ổn định.

Theo Bộ chỉ số DTI năm 2021 do Bộ Thông tin và Truyền thông công bố, Nghệ An xếp thứ 22/63 tỉnh, thành phố, tăng 9 bậc so với năm trước. Tỉnh đặt mục tiêu đến năm 2025 kinh tế số chiếm 20% GRDP, đến năm 2030 chiếm 30%.

Ông Hoàng Văn T., Giám đốc Sở Thông tin và Truyền thông nhận định, khoảng cách giữa vùng đồng bằng và miền núi trong tiếp cận hạ tầng số vẫn là thách thức lớn nhất. Năm 2023, Sở sẽ tham mưu tỉnh ưu tiên nguồn lực phủ sóng các bản đặc biệt khó khăn và phổ cập điện thoại thông minh cho hộ nghèo.""",
        "2023-01-06",
        [
            ("digital_economy_gdp_share", "Nghệ An", "year", "2022-12-31", 7.6),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("internet_users_rate", "Nghệ An", "year", "2022-12-31", 72.0),
            ("adults_with_bank_account_rate", "Nghệ An", "year", "2022-12-31", 65.3),
            ("smartphone_subscriber_rate", "Nghệ An", "as_of", "2022-12-31", 76.2),
        ],
    ),
    # 9 — provincial department page with no date: explicit dates and a named year are rows; the "hiện nay" levels cannot be dated
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH LẠNG SƠN

Lạng Sơn: Kết quả triển khai Đề án 06 gắn với chuyển đổi số

Tính đến ngày 30/6/2023, Công an tỉnh Lạng Sơn đã thu nhận 612.480 hồ sơ đề nghị cấp căn cước công dân và đã cấp 598.300 thẻ căn cước công dân gắn chip cho người dân. Cũng đến thời điểm này, toàn tỉnh có 215.600 tài khoản định danh điện tử đã được kích hoạt.

Năm 2022, tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến của tỉnh mới đạt 28,4%, thấp hơn bình quân khối địa phương. Để cải thiện chỉ tiêu này, UBND tỉnh đã chỉ đạo rà soát, tái cấu trúc quy trình của các thủ tục có số lượng hồ sơ lớn như đăng ký hộ tịch, cấp giấy phép lái xe, cấp phiếu lý lịch tư pháp.

Hiện nay, 100% hệ thống thông tin của tỉnh đã được phê duyệt hồ sơ đề xuất cấp độ; tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt khoảng 71%. Tỉnh đang phối hợp với các doanh nghiệp viễn thông phủ sóng 4G cho các thôn vùng biên giới thuộc các huyện Đình Lập, Lộc Bình, Tràng Định, đồng thời duy trì hoạt động của 1.680 tổ công nghệ số cộng đồng.""",
        None,
        [
            ("chip_id_cards_issued", "Lạng Sơn", "as_of", "2023-06-30", 598300.0),
            ("vneid_activated_accounts", "Lạng Sơn", "as_of", "2023-06-30", 215600.0),
            ("online_dossier_rate", "Lạng Sơn", "year", "2022-12-31", 28.4),
        ],
    ),
    # 10 — provincial portal where only the masthead names the province ("toàn tỉnh" in the body); village coverage rate and the level of villages still without a signal
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Chuyển đổi số: chuyển biến từ cơ sở
05/10/2024

Theo báo cáo của UBND tỉnh, 9 tháng năm 2024 toàn tỉnh tiếp nhận 186.540 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ xử lý trực tuyến đạt 58,3%, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 64,9%.

Hạ tầng viễn thông tiếp tục được đầu tư tới vùng sâu, vùng xa. Đến hết tháng 9/2024, tỷ lệ thôn, bản có sóng di động đạt 96,8%; còn 48 bản chưa có sóng di động, tập trung chủ yếu ở các huyện Mường Nhé, Nậm Pồ, Tủa Chùa. Từ đầu năm, các doanh nghiệp đã phát sóng mới 37 trạm BTS phục vụ các bản lõm sóng.

Các tổ công nghệ số cộng đồng ở 129 xã, phường, thị trấn đã hướng dẫn hơn 52.000 lượt người dân cài đặt ứng dụng VNeID, thanh toán không dùng tiền mặt. Mục tiêu đến cuối năm 2024, 100% bản có điện lưới quốc gia được phủ sóng di động băng rộng.""",
        "2024-10-05",
        [
            ("online_dossier_rate", "Điện Biên", "ytd", "2024-09-30", 58.3),
            ("e_result_rate", "Điện Biên", "ytd", "2024-09-30", 64.9),
            ("villages_with_mobile_coverage_rate", "Điện Biên", "as_of", "2024-09-30", 96.8),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-09-30", 48.0),
        ],
    ),
    # 11 — provincial newspaper after the merger (Lào Cai with Yên Bái): the new province's nine months beside the country's; former-province and commune-level parts after "Trong đó" are traps
    (
        """BÁO LÀO CAI
Lào Cai: Tỷ lệ hồ sơ trực tuyến 9 tháng đạt 81,5%
Thứ Ba, 14/10/2025

Sau hơn ba tháng vận hành mô hình chính quyền địa phương hai cấp, hoạt động giải quyết thủ tục hành chính trên địa bàn tỉnh Lào Cai (mới) đã đi vào nền nếp. 9 tháng năm 2025, toàn tỉnh tiếp nhận 1.024.600 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 81,5%, cao hơn mức bình quân chung của cả nước (52,7%). Trong đó, khu vực tỉnh Yên Bái (cũ) đạt 83,2%, khu vực Lào Cai (cũ) đạt 79,6%; riêng cấp xã đạt 76,4%.

Tháng 9/2025, mức độ hài lòng của người dân, doanh nghiệp đối với phục vụ hành chính công của tỉnh đạt 96,1%. Hiện toàn tỉnh có 99 xã, phường; 100% Trung tâm Phục vụ hành chính công cấp xã đã được trang bị máy tính, máy quét và kết nối mạng truyền số liệu chuyên dùng.

Theo Sở Khoa học và Công nghệ, khó khăn lớn nhất hiện nay là đội ngũ công chức cấp xã mới sắp xếp còn thiếu kỹ năng số, một số xã vùng cao đường truyền chưa ổn định. Tỉnh phấn đấu đến cuối năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%, 100% công chức cấp xã được tập huấn kỹ năng số cơ bản.""",
        "2025-10-14",
        [
            ("online_dossier_rate", "Lào Cai", "ytd", "2025-09-30", 81.5),
            ("online_dossier_rate", "national", "ytd", "2025-09-30", 52.7),
            ("satisfaction_rate", "Lào Cai", "month", "2025-09-30", 96.1),
        ],
    ),
    # 12 — national press interview (Q&A) with levels "đến nay" at the page's date; speed ranks, a removal count, a sub-count after "trong đó", another country and targets are traps
    (
        """ICTnews - Thứ Sáu, 17/05/2024

Thứ trưởng Bộ TT&TT: "Hạ tầng số phải đi trước một bước"

Nhân Ngày Viễn thông và Xã hội thông tin thế giới 17/5, phóng viên đã có cuộc trao đổi với Thứ trưởng Bộ Thông tin và Truyền thông về phát triển hạ tầng số.

PV: Thưa Thứ trưởng, hạ tầng băng rộng của Việt Nam hiện đang ở mức nào?

Thứ trưởng: Đến nay, cả nước có khoảng 84,5 triệu thuê bao băng rộng di động và 22,6 triệu thuê bao băng rộng cố định. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 86%, tỷ lệ hộ gia đình có cáp quang đạt 79,2%. Về tốc độ, băng rộng cố định của chúng ta hiện đứng thứ 38 thế giới, băng rộng di động đứng thứ 46.

PV: Còn vùng lõm sóng thì sao, thưa ông?

Thứ trưởng: Chương trình "Sóng và máy tính cho em" đã giúp xóa hơn 1.000 thôn lõm sóng. Theo rà soát mới nhất, hiện còn 1.302 thôn, bản chưa có sóng di động băng rộng, trong đó 905 thôn đã có điện lưới. Chúng ta phấn đấu trước tháng 12/2024 phủ sóng toàn bộ các thôn có điện.

PV: Kinh nghiệm quốc tế cho thấy điều gì?

Thứ trưởng: Hàn Quốc có tỷ lệ hộ gia đình dùng cáp quang trên 99%, nhờ coi hạ tầng số như hạ tầng giao thông, điện, nước. Việt Nam đặt mục tiêu năm 2025 đạt 80% hộ gia đình có cáp quang và phổ cập điện thoại thông minh cho mọi người dân trưởng thành.""",
        "2024-05-17",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-05-17", 84500000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-05-17", 22600000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-05-17", 86.0),
            ("ftth_household_rate", "national", "as_of", "2024-05-17", 79.2),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-05-17", 1302.0),
        ],
    ),
    # 13 — commune portal before the reorganisation: commune and district figures are not rows; the province's half-year figure in parentheses is; a share of people with smartphones is a trap
    (
        """UBND XÃ HẢI ĐƯỜNG
Huyện Hải Hậu - Tỉnh Nam Định

Xã Hải Đường: điểm sáng chuyển đổi số cấp xã
25/07/2023

Là một trong những xã được huyện Hải Hậu chọn làm điểm xây dựng "xã chuyển đổi số", đến nay Hải Đường đã có 94% hộ gia đình sử dụng Internet cáp quang, 89% người dân trưởng thành sử dụng điện thoại thông minh. Tổ công nghệ số cộng đồng của 12 xóm thường xuyên đến từng nhà hướng dẫn bà con cài đặt VNeID, mở tài khoản ngân hàng, bán nông sản qua sàn thương mại điện tử.

6 tháng đầu năm 2023, Bộ phận Một cửa xã tiếp nhận 1.240 hồ sơ, tỷ lệ hồ sơ nộp trực tuyến đạt 68%, cao hơn nhiều so với mức chung của toàn huyện Hải Hậu (54,2%) và của tỉnh Nam Định (41,7%). 100% hộ kinh doanh tại chợ Đường đã sử dụng mã QR để thanh toán.

Đồng chí Bí thư Đảng ủy xã cho biết, cuối năm 2023 xã phấn đấu có 100% hộ gia đình dùng cáp quang, tỷ lệ hồ sơ trực tuyến trên 80%, trở thành mô hình để nhân rộng ra các xã trong huyện.""",
        "2023-07-25",
        [
            ("online_dossier_rate", "Nam Định", "half", "2023-06-30", 41.7),
        ],
    ),
    # 14 — department page whose body says only "toàn tỉnh"; the footer's address names the province; a year review, so its levels end the year
    (
        """Phát triển hạ tầng số năm 2023: nhiều chỉ tiêu vượt kế hoạch
10/01/2024 14:05

Năm 2023, hạ tầng viễn thông trên địa bàn tỉnh tiếp tục được đầu tư đồng bộ. Toàn tỉnh có 98,2% thôn, buôn, khu phố được phủ sóng di động băng rộng; tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 72,5%; tỷ lệ người dân sử dụng Internet đạt 76%. Các doanh nghiệp đã lắp đặt mới 96 trạm BTS 4G, nâng tổng số trạm 4G lên 1.152 trạm.

Về chính quyền số, tỷ lệ hồ sơ giải quyết thủ tục hành chính trực tuyến năm 2023 đạt 46,3%, tăng gần gấp đôi so với năm 2022. Hệ thống quản lý văn bản và điều hành được triển khai đồng bộ từ tỉnh đến xã; 100% văn bản trao đổi giữa các cơ quan (trừ văn bản mật) được gửi dưới dạng điện tử.

Năm 2024, ngành phấn đấu 100% thôn, buôn có điện lưới được phủ sóng di động băng rộng, tỷ lệ hộ gia đình có cáp quang đạt trên 80%, tỷ lệ hồ sơ trực tuyến đạt 60%.

Cơ quan chủ quản: Sở Thông tin và Truyền thông
Địa chỉ: 62A Lê Duẩn, Phường 7, TP. Tuy Hòa, Phú Yên
Chịu trách nhiệm nội dung: Giám đốc Sở""",
        "2024-01-10",
        [
            ("villages_with_mobile_coverage_rate", "Phú Yên", "year", "2023-12-31", 98.2),
            ("ftth_household_rate", "Phú Yên", "year", "2023-12-31", 72.5),
            ("internet_users_rate", "Phú Yên", "year", "2023-12-31", 76.0),
            ("online_dossier_rate", "Phú Yên", "year", "2023-12-31", 46.3),
        ],
    ),
    # 15 — provincial newspaper, first month of two-level government in the merged province; a past month in parentheses; service-quality score and rank are traps
    (
        """BÁO ĐỒNG NAI ĐIỆN TỬ
Tháng đầu vận hành chính quyền hai cấp: tỷ lệ hồ sơ trực tuyến đạt 64,5%
12/08/2025

Tháng 7/2025, tháng đầu tiên tỉnh Đồng Nai (sau hợp nhất với tỉnh Bình Phước) vận hành mô hình chính quyền địa phương hai cấp, Trung tâm Phục vụ hành chính công tỉnh và 95 xã, phường đã tiếp nhận 148.230 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ trực tuyến đạt 64,5%, trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt 38,9%. So với tháng 6/2025 (58,1%, khi tỉnh chưa hợp nhất), tỷ lệ hồ sơ trực tuyến đã cải thiện rõ rệt.

Theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp, Đồng Nai đạt 79,4 điểm, xếp thứ 9/34 tỉnh, thành phố.

Ông Nguyễn Văn P., Giám đốc Trung tâm Phục vụ hành chính công tỉnh cho biết, một số xã thuộc khu vực Bình Phước cũ còn thiếu máy quét, đường truyền chưa ổn định; công chức nhiều nơi mới được điều động nên chưa quen phần mềm một cửa điện tử dùng chung. Trung tâm đã cử 40 cán bộ xuống hỗ trợ trực tiếp các xã trong tháng 8.""",
        "2025-08-12",
        [
            ("online_dossier_rate", "Đồng Nai", "month", "2025-07-31", 64.5),
            ("online_dossier_full_process_rate", "Đồng Nai", "month", "2025-07-31", 38.9),
            ("online_dossier_rate", "Đồng Nai", "month", "2025-06-30", 58.1),
        ],
    ),
    # 16 — national press, monthly cybersecurity figures: a month, a year to date, a stock at a month end, and blocks of ministries and localities in parentheses; attack types after "Trong đó", changes and the deadline are traps
    (
        """Tháng 11/2024: Ghi nhận 412 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam
Nhân Dân điện tử - 09/12/2024

Theo Cục An toàn thông tin (Bộ Thông tin và Truyền thông), trong tháng 11/2024, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 412 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 12,4% so với tháng 10. Trong đó có 221 cuộc tấn công lừa đảo (Phishing), 135 cuộc tấn công thay đổi giao diện (Deface) và 56 cuộc tấn công cài mã độc (Malware). Lũy kế 11 tháng năm 2024, Cục đã ghi nhận 5.146 cuộc tấn công.

Tính đến hết tháng 11/2024, số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet là 548.320, giảm 8,7% so với cùng kỳ năm 2023. Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ đạt 82,6% (khối bộ, ngành 76,4%; khối địa phương 86,1%).

Cục An toàn thông tin khuyến cáo các cơ quan, tổ chức rà soát, khắc phục lỗ hổng trên các hệ thống, đặc biệt trong dịp cuối năm khi các chiến dịch lừa đảo trực tuyến gia tăng. Theo chỉ đạo của Thủ tướng Chính phủ, trong tháng 12/2024, 100% hệ thống thông tin phải hoàn thành phê duyệt cấp độ và triển khai đầy đủ phương án bảo đảm an toàn theo cấp độ.""",
        "2024-12-09",
        [
            ("cyberattacks", "national", "month", "2024-11-30", 412.0),
            ("cyberattacks", "national", "ytd", "2024-11-30", 5146.0),
            ("botnet_ips", "national", "as_of", "2024-11-30", 548320.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-11-30", 82.6),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-11-30", 76.4),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-11-30", 86.1),
        ],
    ),
    # 17 — provincial portal, year review: the province's year beside an approximate national figure; "hiện" levels end the year; PAR index rank and targets are traps
    (
        """Bình Định: Năm 2023, tỷ lệ hồ sơ trực tuyến tăng mạnh
15/01/2024

(BĐ) - Năm 2023, các cơ quan hành chính trên địa bàn tỉnh tiếp nhận 624.810 hồ sơ thủ tục hành chính, trong đó tỷ lệ hồ sơ xử lý trực tuyến đạt 42,8%, cao hơn mức khoảng 33% của cả nước. Tỉnh hiện cung cấp 1.694 dịch vụ công trực tuyến; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 47,6%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 71,3%.

Việc triển khai Đề án 06 đạt nhiều kết quả. Toàn tỉnh hiện có 785.000 tài khoản định danh điện tử đã được kích hoạt; 100% cơ sở khám, chữa bệnh chấp nhận căn cước công dân gắn chip thay thẻ bảo hiểm y tế.

Theo kết quả Chỉ số cải cách hành chính (PAR INDEX) năm 2022, Bình Định xếp thứ 18/63 tỉnh, thành phố, tăng 5 bậc. Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 50%, 80% dịch vụ công trực tuyến được cung cấp toàn trình, 100% hồ sơ được số hóa ngay khi tiếp nhận.""",
        "2024-01-15",
        [
            ("online_dossier_rate", "Bình Định", "year", "2023-12-31", 42.8),
            ("online_dossier_rate", "national", "year", "2023-12-31", 33.0),
            ("dvctt_full_process_rate", "Bình Định", "as_of", "2023-12-31", 47.6),
            ("dvctt_with_dossiers_rate", "Bình Định", "year", "2023-12-31", 71.3),
            ("vneid_activated_accounts", "Bình Định", "as_of", "2023-12-31", 785000.0),
        ],
    ),
    # 18 — provincial newspaper with no date: a named year and an explicit date are rows; "Từ đầu năm đến nay" and "Hiện" cannot be dated; a commune's figure is a trap
    (
        """BÁO THÁI BÌNH
Đưa dịch vụ công trực tuyến về tận thôn, xóm

Từ đầu năm đến nay, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến trên địa bàn tỉnh đạt 58,6%. Con số này cho thấy sự chuyển biến rõ rệt nếu so với năm 2023, khi tỷ lệ hồ sơ trực tuyến của tỉnh chỉ đạt 47,9%.

Theo Sở Thông tin và Truyền thông, tính đến ngày 31/12/2023, tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh đạt 88,4%, 100% thôn, xóm có sóng di động 4G. Đây là điều kiện thuận lợi để các tổ công nghệ số cộng đồng ở 1.845 thôn, tổ dân phố "đi từng ngõ, gõ từng nhà" hướng dẫn người dân.

Tại xã Vũ Hội (huyện Vũ Thư), cán bộ tư pháp xã cùng đoàn viên thanh niên mở "góc dịch vụ công" ngay tại nhà văn hóa thôn; tỷ lệ hồ sơ trực tuyến của xã đạt 92%, cao nhất huyện.

Hiện toàn tỉnh có hơn 1,12 triệu tài khoản định danh điện tử đã được kích hoạt; nhiều thủ tục như đăng ký khai sinh, đăng ký thường trú đã được người dân thực hiện hoàn toàn trên ứng dụng VNeID mà không phải đến cơ quan nhà nước.""",
        None,
        [
            ("online_dossier_rate", "Thái Bình", "year", "2023-12-31", 47.9),
            ("ftth_household_rate", "Thái Bình", "as_of", "2023-12-31", 88.4),
            ("villages_with_mobile_coverage_rate", "Thái Bình", "as_of", "2023-12-31", 100.0),
        ],
    ),
    # 19 — town-level city portal (Tam Kỳ) before the reorganisation: "thành phố" here is the district-level city, not a province; the province's half-year figures are rows; "hiện" within days of the half's end
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ TAM KỲ

Tam Kỳ dẫn đầu tỉnh về tỷ lệ hồ sơ trực tuyến
20/07/2023

6 tháng đầu năm 2023, Trung tâm Hành chính công thành phố và 13 phường, xã tiếp nhận 21.455 hồ sơ; tỷ lệ hồ sơ trực tuyến của thành phố đạt 61,4%, cao nhất trong 18 huyện, thị xã, thành phố của tỉnh Quảng Nam. Tỷ lệ hồ sơ có kết quả điện tử của thành phố đạt 88%.

Theo Sở Thông tin và Truyền thông Quảng Nam, trong 6 tháng đầu năm, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 37,5%, tỷ lệ cấp kết quả điện tử đạt 45,2%; mức độ hài lòng của người dân, tổ chức đạt 95,7%. Toàn tỉnh hiện còn 36 thôn chưa có sóng di động, chủ yếu ở các huyện miền núi Nam Trà My, Tây Giang, Phước Sơn.

Năm 2023, thành phố Tam Kỳ phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 70%, 100% hồ sơ được số hóa khi tiếp nhận, xây dựng thành công mô hình "phường không hồ sơ giấy" tại phường An Mỹ và phường Tân Thạnh.""",
        "2023-07-20",
        [
            ("online_dossier_rate", "Quảng Nam", "half", "2023-06-30", 37.5),
            ("e_result_rate", "Quảng Nam", "half", "2023-06-30", 45.2),
            ("satisfaction_rate", "Quảng Nam", "half", "2023-06-30", 95.7),
            ("villages_without_mobile_coverage", "Quảng Nam", "as_of", "2023-07-20", 36.0),
        ],
    ),
    # 20 — national press year review published after the year: UN edition of the year, a past edition in parentheses, digital-economy share and growth, year-end levels; other countries and the ratio to GDP growth are traps
    (
        """Nhìn lại năm 2024: Những dấu ấn của chuyển đổi số quốc gia
VietnamPlus - 03/01/2025

Năm 2024 khép lại với nhiều kết quả nổi bật của ngành Thông tin và Truyền thông. Theo báo cáo của Bộ, kinh tế số năm 2024 ước chiếm 18,3% GDP; tốc độ tăng trưởng kinh tế số đạt khoảng 20%, cao gấp 3 lần tốc độ tăng trưởng GDP.

Tháng 9/2024, Liên Hợp Quốc công bố Bộ chỉ số phát triển Chính phủ điện tử (EGDI), Việt Nam xếp hạng 71/193, tăng 15 bậc so với kỳ đánh giá năm 2022 (86/193), lần đầu tiên vào nhóm có chỉ số EGDI rất cao. Trong khu vực ASEAN, Singapore đứng thứ 3, Malaysia thứ 35, Thái Lan thứ 52.

Hạ tầng số bước sang giai đoạn mới khi cả ba nhà mạng lớn chính thức cung cấp dịch vụ 5G. Đến cuối năm, cả nước có hơn 5.200 trạm BTS 5G; tỷ lệ hộ gia đình có cáp quang đạt 82,5%.

Năm 2025, ngành đặt mục tiêu kinh tế số chiếm 20% GDP, phủ sóng 5G tới toàn bộ khu công nghiệp, trung tâm các tỉnh, thành phố, đưa Việt Nam vào nhóm 50 quốc gia dẫn đầu về Chính phủ điện tử.""",
        "2025-01-03",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 5200.0),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.5),
        ],
    ),
    # 21 — ward portal after the reorganisation: the ward's own figures are not rows; the merged city's figures quoted by its department are
    (
        """UBND PHƯỜNG HẢI CHÂU - THÀNH PHỐ ĐÀ NẴNG

Phường Hải Châu sơ kết hai tháng vận hành chính quyền địa phương hai cấp
08/09/2025

Sáng 6/9, UBND phường Hải Châu tổ chức hội nghị sơ kết hai tháng vận hành mô hình chính quyền địa phương hai cấp. Từ ngày 1/7 đến 31/8/2025, Trung tâm Phục vụ hành chính công phường tiếp nhận 6.912 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 88,6%; 100% hồ sơ được trả kết quả đúng hạn.

Phát biểu tại hội nghị, lãnh đạo Sở Khoa học và Công nghệ thành phố cho biết, tính đến ngày 31/8/2025, toàn thành phố Đà Nẵng (sau hợp nhất với tỉnh Quảng Nam) có 1.836.000 tài khoản định danh điện tử đã được kích hoạt; trong tháng 8/2025, tỷ lệ hồ sơ trực tuyến toàn trình của thành phố đạt 71,3%. Hải Châu là một trong 5 phường, xã có tỷ lệ hồ sơ trực tuyến cao nhất thành phố.

Lãnh đạo phường đề nghị thành phố sớm bổ sung biên chế công chức công nghệ thông tin cho cấp xã, nâng cấp đường truyền tại Trung tâm Phục vụ hành chính công phường; đồng thời phấn đấu đến cuối năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình của phường đạt trên 85%.""",
        "2025-09-08",
        [
            ("vneid_activated_accounts", "Đà Nẵng", "as_of", "2025-08-31", 1836000.0),
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2025-08-31", 71.3),
        ],
    ),
    # 22 — provincial page where only the title names the province; payment-account share and Mobile Money customers at a year end; a rural share after "trong đó" and the target are traps
    (
        """Sóc Trăng: Tỷ lệ người trưởng thành có tài khoản thanh toán đạt hơn 78%
02/03/2024

Theo Ngân hàng Nhà nước chi nhánh tỉnh, đến cuối năm 2023, tỷ lệ người từ 15 tuổi trở lên có tài khoản thanh toán tại ngân hàng trên địa bàn đạt 78,4%; số khách hàng sử dụng dịch vụ Mobile Money đạt 95.600, trong đó khoảng 62% ở khu vực nông thôn.

Thanh toán không dùng tiền mặt ngày càng phổ biến trong đời sống. 100% trường học, bệnh viện công lập đã triển khai thu học phí, viện phí qua ngân hàng; nhiều chợ truyền thống ở thị xã Vĩnh Châu, huyện Trần Đề đã có hàng trăm tiểu thương dùng mã QR để bán hàng.

Tuy nhiên, tại các vùng đồng bào Khmer, nhiều người dân vẫn quen dùng tiền mặt, ngại giao dịch qua điện thoại. Năm 2024, ngành ngân hàng trên địa bàn phấn đấu đưa tỷ lệ người trưởng thành có tài khoản thanh toán lên 80%, phối hợp với tổ công nghệ số cộng đồng tuyên truyền phòng, chống lừa đảo trực tuyến.""",
        "2024-03-02",
        [
            ("adults_with_bank_account_rate", "Sóc Trăng", "as_of", "2023-12-31", 78.4),
            ("mobile_money_customers", "Sóc Trăng", "as_of", "2023-12-31", 95600.0),
        ],
    ),
    # 23 — national press on Đề án 06: national stocks at a date and three provinces' counts; a level-2 sub-count and one ministry's own services are traps
    (
        """Đã kích hoạt hơn 42 triệu tài khoản định danh điện tử
Tuổi Trẻ Online - 20/12/2023

Tại hội nghị sơ kết hai năm triển khai Đề án 06, Bộ Công an cho biết, tính đến ngày 15/12/2023, cả nước đã cấp 84,3 triệu thẻ căn cước công dân gắn chip và kích hoạt 42,1 triệu tài khoản định danh điện tử, trong đó 38,6 triệu tài khoản mức độ 2. Cũng tính đến ngày này, Hà Nội có 5,1 triệu tài khoản được kích hoạt, Bình Dương 1,7 triệu, Đồng Nai 1,6 triệu.

Riêng Bộ Công an đã cung cấp 254 dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến trong năm đạt 91%. Nhiều tiện ích trên ứng dụng VNeID như tích hợp giấy phép lái xe, thẻ bảo hiểm y tế, thông báo lưu trú được người dân sử dụng rộng rãi.

Theo lãnh đạo Bộ Công an, năm 2024 các bộ, ngành, địa phương cần hoàn thành kết nối dữ liệu với Cơ sở dữ liệu quốc gia về dân cư, phấn đấu kích hoạt thêm 20 triệu tài khoản, tiến tới mỗi người dân trưởng thành có một danh tính số.""",
        "2023-12-20",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-12-15", 84300000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-12-15", 42100000.0),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2023-12-15", 5100000.0),
            ("vneid_activated_accounts", "Bình Dương", "as_of", "2023-12-15", 1700000.0),
            ("vneid_activated_accounts", "Đồng Nai", "as_of", "2023-12-15", 1600000.0),
        ],
    ),
    # 24 — provincial department, quarter report published 8 weeks after the quarter: "Hiện nay" is the quarter's end; old "mức độ 4" wording for full-process services; a full-process share after "trong đó" is its own value; DTI rank is a trap
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH VĨNH LONG

Tình hình cung cấp dịch vụ công trực tuyến quý III năm 2022
Ngày đăng: 25/11/2022

Trong quý III/2022, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 96.214 hồ sơ, trong đó 33.386 hồ sơ trực tuyến mức độ 3, 4, đạt tỷ lệ 34,7%. Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 98,9%.

Hiện nay, tỉnh đang cung cấp 1.724 dịch vụ công trực tuyến mức độ 3, 4 trên tổng số 1.933 thủ tục hành chính, đạt 89,2%; trong đó có 1.133 dịch vụ công trực tuyến mức độ 4, chiếm 58,6% tổng số thủ tục hành chính. Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh đã kết nối với Cổng Dịch vụ công quốc gia.

Theo Bộ chỉ số DTI năm 2021, Vĩnh Long xếp thứ 29/63 tỉnh, thành phố. Trong quý IV/2022, Sở tiếp tục tham mưu UBND tỉnh rà soát, tái cấu trúc quy trình, nâng cấp các dịch vụ công trực tuyến mức độ 3 lên mức độ 4, phấn đấu đến cuối năm tỷ lệ hồ sơ trực tuyến đạt 40%.""",
        "2022-11-25",
        [
            ("online_dossier_rate", "Vĩnh Long", "quarter", "2022-09-30", 34.7),
            ("dvctt_rate", "Vĩnh Long", "as_of", "2022-09-30", 89.2),
            ("dvctt_full_process_rate", "Vĩnh Long", "as_of", "2022-09-30", 58.6),
        ],
    ),
    # 25 — national press on NDXP: a month's transactions and daily average, cumulative and connection levels "đến nay"; a sub-part after "Trong đó" and a change are traps
    (
        """NDXP xử lý hơn 38 triệu giao dịch trong tháng 1/2023
Báo Điện tử Chính phủ - 08/02/2023

Theo Bộ Thông tin và Truyền thông, trong tháng 1/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã ghi nhận 38,5 triệu giao dịch, tăng 18% so với tháng 12/2022; trung bình mỗi ngày có khoảng 1,24 triệu giao dịch. Trong đó, giao dịch khai thác Cơ sở dữ liệu quốc gia về dân cư chiếm khoảng 12,3 triệu.

Đến nay, tổng số giao dịch qua NDXP kể từ khi khai trương vào tháng 10/2019 đạt hơn 1,05 tỷ giao dịch. Nền tảng đã kết nối với 105 bộ, ngành, địa phương và doanh nghiệp nhà nước, thiết lập 2.146 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.

Nhiều địa phương đã khai thác hiệu quả dữ liệu qua NDXP, như xác thực thông tin công dân khi giải quyết thủ tục đăng ký hộ tịch, cấp phiếu lý lịch tư pháp, giúp người dân không phải nộp bản sao giấy tờ. Năm 2023, Bộ sẽ tiếp tục nâng cấp NDXP, hỗ trợ các địa phương hoàn thiện nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) để kết nối thông suốt.""",
        "2023-02-08",
        [
            ("ndxp_transactions_period", "national", "month", "2023-01-31", 38500000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-01-31", 1240000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-02-08", 1050000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-02-08", 105.0),
            ("ndxp_connection_points", "national", "as_of", "2023-02-08", 2146.0),
        ],
    ),
    # 26 — provincial newspaper of a merged province: nine-month figures, the country's full-process share beside the province's overall online share, a provincial 5G count; operators' parts after "trong đó" are traps
    (
        """BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Gia Lai: 9 tháng năm 2025, kinh tế số ước chiếm 9,4% GRDP
10/10/2025

Theo Sở Khoa học và Công nghệ, 9 tháng năm 2025, kinh tế số của tỉnh Gia Lai (sau hợp nhất với tỉnh Bình Định) ước chiếm 9,4% GRDP. Trong 9 tháng, tỷ lệ hồ sơ thủ tục hành chính trực tuyến của tỉnh đạt 74,3%; bình quân cả nước, tỷ lệ hồ sơ trực tuyến toàn trình 9 tháng mới đạt 39,7%.

Đến hết tháng 9/2025, toàn tỉnh có 618 trạm BTS 5G, trong đó Viettel 420 trạm, VNPT 142 trạm, MobiFone 56 trạm; sóng 5G đã phủ tới trung tâm nhiều xã, phường, các khu kinh tế, khu công nghiệp và cảng biển Quy Nhơn.

Sau khi sắp xếp, tỉnh có 135 xã, phường, đặc khu. Các Trung tâm Phục vụ hành chính công cấp xã được kết nối mạng truyền số liệu chuyên dùng, sử dụng chung Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh. Mục tiêu đến hết năm 2025, kinh tế số của tỉnh chiếm 12% GRDP, 100% xã, phường có sóng 5G tại trung tâm hành chính.""",
        "2025-10-10",
        [
            ("digital_economy_gdp_share", "Gia Lai", "ytd", "2025-09-30", 9.4),
            ("online_dossier_rate", "Gia Lai", "ytd", "2025-09-30", 74.3),
            ("online_dossier_full_process_rate", "national", "ytd", "2025-09-30", 39.7),
            ("fiveg_bts_count", "Gia Lai", "as_of", "2025-09-30", 618.0),
        ],
    ),
    # 27 — district plan with no date: targets, the district's own levels, and an undatable provincial level; no values
    (
        """UBND HUYỆN ĐỨC TRỌNG

Kế hoạch chuyển đổi số năm 2024 trên địa bàn huyện

Thực hiện Kế hoạch của UBND tỉnh Lâm Đồng về chuyển đổi số năm 2024, UBND huyện Đức Trọng ban hành kế hoạch với các chỉ tiêu chủ yếu: 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt tối thiểu 60%; 90% hộ gia đình có kết nối Internet cáp quang; 80% người dân trưởng thành có tài khoản thanh toán.

Đánh giá thực trạng, hiện nay huyện có 84% hộ gia đình sử dụng Internet cáp quang, 100% thôn có sóng 4G; tỷ lệ hồ sơ trực tuyến tại Bộ phận Một cửa huyện đạt 47%. Toàn tỉnh Lâm Đồng hiện có tỷ lệ hồ sơ trực tuyến đạt 52,6%, tỷ lệ cấp kết quả điện tử đạt 61%.

Nhiệm vụ trọng tâm: nâng cao năng lực cho tổ công nghệ số cộng đồng ở 15 xã, thị trấn; phát triển sản phẩm OCOP trên sàn thương mại điện tử; vận hành hiệu quả Trung tâm giám sát, điều hành thông minh của huyện. Kinh phí thực hiện từ ngân sách huyện và nguồn xã hội hóa.""",
        None,
        [],
    ),
    # 28 — national press on speeds and subscriptions: download speeds of a month, subscriptions and per-100 at a month end; upload speeds, speed ranks, another country and targets are traps
    (
        """Tốc độ Internet di động của Việt Nam lọt top 20 thế giới
Nhân Dân điện tử - 20/05/2025

Theo số liệu Cục Viễn thông (Bộ Khoa học và Công nghệ) công bố, tháng 4/2025, tốc độ tải xuống trung vị của mạng băng rộng di động tại Việt Nam đạt 146,6 Mbps, tốc độ tải lên đạt 38,2 Mbps; băng rộng cố định đạt tốc độ tải xuống 178,9 Mbps, tải lên 172,4 Mbps. Theo Speedtest Global Index, Việt Nam đứng thứ 20 thế giới về tốc độ di động và thứ 34 về tốc độ cố định.

Tính đến cuối tháng 4/2025, cả nước có 24,1 triệu thuê bao băng rộng cố định, tương đương 23,9 thuê bao/100 dân; 91,5 triệu thuê bao băng rộng di động, đạt 90,7 thuê bao/100 dân.

Tốc độ di động tăng gần 62% so với cùng kỳ năm 2024, chủ yếu nhờ các nhà mạng mở rộng 5G và tái canh tác tần số. Trong khu vực, Singapore dẫn đầu với tốc độ băng rộng cố định 345 Mbps. Theo Chiến lược phát triển hạ tầng số, đến năm 2025 tốc độ băng rộng di động đạt trên 40 Mbps, băng rộng cố định đạt trên 200 Mbps.""",
        "2025-05-20",
        [
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 146.6),
            ("fixed_broadband_speed", "national", "month", "2025-04-30", 178.9),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-04-30", 24100000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-04-30", 23.9),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-04-30", 91500000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-04-30", 90.7),
        ],
    ),
    # 29 — centrally-run city portal before the reorganisation: the city's nine months, split by level after "trong đó" (not rows), districts' figures (not rows), and the localities' average in parentheses
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ

9 tháng năm 2024: Tỷ lệ hồ sơ trực tuyến toàn thành phố đạt 62,8%
16/10/2024

Theo Sở Thông tin và Truyền thông, 9 tháng năm 2024, tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến của thành phố đạt 62,8%, cao hơn mức trung bình của khối địa phương (48,6%); trong đó cấp thành phố đạt 81,5%, cấp quận, huyện đạt 58,4%, cấp xã đạt 49,7%. Quận Ninh Kiều dẫn đầu với 90,2%, thấp nhất là huyện Cờ Đỏ với 35,8%.

Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 24,1%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 87,3%. Nhiều đơn vị vẫn yêu cầu người dân nộp bản giấy song song với hồ sơ trực tuyến, làm giảm hiệu quả của việc số hóa.

Giám đốc Sở Thông tin và Truyền thông đề nghị các sở, ngành, UBND quận, huyện tập trung chỉ đạo, phấn đấu đến cuối năm 2024 tỷ lệ khai thác, sử dụng lại dữ liệu đạt 50%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.""",
        "2024-10-16",
        [
            ("online_dossier_rate", "Cần Thơ", "ytd", "2024-09-30", 62.8),
            ("online_dossier_rate", "localities", "ytd", "2024-09-30", 48.6),
            ("data_reuse_rate", "Cần Thơ", "ytd", "2024-09-30", 24.1),
            ("e_result_rate", "Cần Thơ", "ytd", "2024-09-30", 87.3),
        ],
    ),
    # 30 — national press on the year's ranking of provinces: national, blocks and four named provinces; counts of provinces and one ministry's figure are traps
    (
        """Năm 2023: 14 địa phương có tỷ lệ hồ sơ trực tuyến trên 50%
VietnamPlus - 06/02/2024

Theo báo cáo của Văn phòng Chính phủ về kết quả cải cách thủ tục hành chính năm 2023, tỷ lệ hồ sơ xử lý trực tuyến bình quân cả nước đạt 33,9%; khối bộ, ngành đạt 52,7%, khối địa phương đạt 29,1%.

Có 14 địa phương đạt tỷ lệ trên 50%, dẫn đầu là Bắc Ninh (86,2%), Đà Nẵng (78,9%) và Bình Dương (74,5%). Ngược lại, 9 địa phương có tỷ lệ dưới 15%, thấp nhất là Lai Châu với 8,3%. Ở khối bộ, ngành, Bộ Tư pháp có tỷ lệ cao nhất với 98,4%.

Đến hết năm 2023, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của cả nước đạt 44,2%. Năm 2024, Chính phủ yêu cầu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50% ở cả hai khối, đồng thời xử lý dứt điểm tình trạng hồ sơ trực tuyến "ảo", tiếp nhận hồ sơ giấy rồi nhập lên hệ thống.""",
        "2024-02-06",
        [
            ("online_dossier_rate", "national", "year", "2023-12-31", 33.9),
            ("online_dossier_rate", "ministries", "year", "2023-12-31", 52.7),
            ("online_dossier_rate", "localities", "year", "2023-12-31", 29.1),
            ("online_dossier_rate", "Bắc Ninh", "year", "2023-12-31", 86.2),
            ("online_dossier_rate", "Đà Nẵng", "year", "2023-12-31", 78.9),
            ("online_dossier_rate", "Bình Dương", "year", "2023-12-31", 74.5),
            ("online_dossier_rate", "Lai Châu", "year", "2023-12-31", 8.3),
            ("dvctt_full_process_rate", "national", "as_of", "2023-12-31", 44.2),
        ],
    ),
]
