"""Genre probes, round 155: provincial portals' and newspapers' DX results, written blind.

Fitted at stop 50: first read with the stop's start code a6b17cb (99 of 102 right, 99 of 100 found
(0.97 / 0.99)); after the stop's fixes, 99 of 100 right, 99 of 100 found (0.99 / 0.99).
"""

CASES = [
    # 1. Provincial portal, monthly results; the province is named only in the site header.
    # Traps: the province system's own dossier counts, a change in points, online-payment share (no id), yearly targets.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ
Trang chủ > Tin tức - Sự kiện > Chuyển đổi số

Kết quả thực hiện chuyển đổi số tháng 9/2024

Cập nhật: 07/10/2024 15:20 | Lượt xem: 412

Theo báo cáo của Sở Thông tin và Truyền thông, trong tháng 9/2024, Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh tiếp nhận 28.415 hồ sơ, trong đó có 21.306 hồ sơ được nộp trực tuyến. Tỷ lệ hồ sơ xử lý trực tuyến trong tháng đạt 74,98%, tăng 3,1 điểm phần trăm so với tháng 8; tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,2%.

Công tác số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tiếp tục được các cơ quan, đơn vị quan tâm thực hiện. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 88,6%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 52,7%. Tỷ lệ hồ sơ có thanh toán trực tuyến đạt 39,4%.

Tuy nhiên, so với mục tiêu năm 2024 (tỷ lệ hồ sơ xử lý trực tuyến đạt 80%, tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 70%), kết quả vẫn còn khoảng cách khá xa. Sở Thông tin và Truyền thông đề nghị các sở, ban, ngành và UBND các huyện, thị xã, thành phố chỉ đạo quyết liệt, đẩy mạnh hướng dẫn người dân nộp hồ sơ trực tuyến, nhất là tại bộ phận một cửa cấp xã.

Ban Biên tập""",
        "2024-10-07",
        [
            ("online_dossier_rate", "Quảng Trị", "month", "2024-09-30", 74.98),
            ("online_dossier_full_process_rate", "Quảng Trị", "month", "2024-09-30", 41.2),
            ("e_result_rate", "Quảng Trị", "month", "2024-09-30", 88.6),
            ("data_reuse_rate", "Quảng Trị", "month", "2024-09-30", 52.7),
        ],
    ),
    # 2. Provincial newspaper article: the province's quarter beside the national average.
    # Traps: DTI rank (no id), a rank change, the yearly target, the count of e-results.
    (
        """Bắc Giang: Tỷ lệ hồ sơ trực tuyến toàn trình quý III cao hơn bình quân cả nước

Thứ Bảy, 12/10/2024 - 09:12

BGĐT - Theo Sở Thông tin và Truyền thông, trong quý III/2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình của tỉnh đạt 63,4%, cao hơn bình quân chung của cả nước (45,1%). Tỷ lệ hồ sơ xử lý trực tuyến (bao gồm cả một phần và toàn trình) đạt 86,7%.

Trong quý, các cơ quan, đơn vị đã cấp 112.508 kết quả giải quyết thủ tục hành chính điện tử, tỷ lệ cấp kết quả điện tử đạt 93,2%. Nhiều lĩnh vực có lượng hồ sơ lớn như đất đai, hộ tịch, đăng ký kinh doanh đã được chuẩn hóa quy trình điện tử, rút ngắn đáng kể thời gian giải quyết.

Năm 2023, Bắc Giang xếp thứ 9/63 tỉnh, thành phố về Chỉ số chuyển đổi số cấp tỉnh (DTI), tăng 2 bậc so với năm 2022. Để hoàn thành mục tiêu năm 2024 là 70% hồ sơ được xử lý trực tuyến toàn trình, Sở Thông tin và Truyền thông đề nghị các huyện, thành phố tiếp tục duy trì hoạt động của tổ công nghệ số cộng đồng, hỗ trợ người dân tại bộ phận một cửa.

Ngọc Thành""",
        "2024-10-12",
        [
            ("online_dossier_full_process_rate", "Bắc Giang", "quarter", "2024-09-30", 63.4),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-09-30", 45.1),
            ("online_dossier_rate", "Bắc Giang", "quarter", "2024-09-30", 86.7),
            ("e_result_rate", "Bắc Giang", "quarter", "2024-09-30", 93.2),
        ],
    ),
    # 3. Department's page with a table of districts for one month; only the province's total row counts.
    # Traps: twelve district rows, the provincial-level (sở, ngành) row, dossier counts.
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH ĐỒNG THÁP

Kết quả xử lý hồ sơ trực tuyến của cấp huyện tháng 5/2024

Căn cứ số liệu trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết quả xử lý hồ sơ trực tuyến tháng 5/2024 của các đơn vị như sau:

| STT | Đơn vị | Tổng số hồ sơ | Tỷ lệ hồ sơ trực tuyến (%) | Tỷ lệ hồ sơ trực tuyến toàn trình (%) |
| 1 | Thành phố Cao Lãnh | 6.812 | 91,24 | 62,08 |
| 2 | Thành phố Sa Đéc | 5.337 | 88,60 | 57,31 |
| 3 | Thành phố Hồng Ngự | 3.104 | 84,15 | 51,92 |
| 4 | Huyện Hồng Ngự | 2.416 | 80,67 | 47,50 |
| 5 | Huyện Tân Hồng | 2.031 | 79,88 | 45,16 |
| 6 | Huyện Tam Nông | 2.958 | 71,46 | 40,12 |
| 7 | Huyện Thanh Bình | 3.215 | 77,32 | 44,03 |
| 8 | Huyện Tháp Mười | 4.276 | 79,03 | 46,77 |
| 9 | Huyện Cao Lãnh | 4.590 | 74,21 | 42,88 |
| 10 | Huyện Lấp Vò | 3.667 | 72,35 | 41,09 |
| 11 | Huyện Lai Vung | 3.881 | 68,90 | 38,45 |
| 12 | Huyện Châu Thành | 3.530 | 70,04 | 39,66 |
| | Các sở, ngành cấp tỉnh | 15.723 | 69,81 | 50,27 |
| | Toàn tỉnh | 61.540 | 76,35 | 48,92 |

Các đơn vị có tỷ lệ hồ sơ trực tuyến thấp hơn mức chung của tỉnh cần rà soát nguyên nhân, tăng cường hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến tại bộ phận một cửa.""",
        "2024-06-10",
        [
            ("online_dossier_rate", "Đồng Tháp", "month", "2024-05-31", 76.35),
            ("online_dossier_full_process_rate", "Đồng Tháp", "month", "2024-05-31", 48.92),
        ],
    ),
    # 4. Provincial newspaper: the province's digital-economy share of GRDP beside the country's, and its growth.
    # Traps: "gấp hơn hai lần" (derived), change in points, ICT revenue (no id), 2025 target.
    (
        """Kinh tế số đóng góp gần 30% GRDP của Bắc Ninh

Báo Bắc Ninh - Năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 29,6%, cao gấp hơn hai lần mức bình quân của cả nước (12,33%). Kinh tế số của tỉnh tăng trưởng 11,2% so với năm 2022, tiếp tục là động lực quan trọng của tăng trưởng chung.

Theo Sở Thông tin và Truyền thông, đóng góp lớn nhất vào kinh tế số của tỉnh vẫn là khu vực công nghiệp công nghệ thông tin - điện tử, với doanh thu của các doanh nghiệp công nghệ số đạt khoảng 1,12 triệu tỷ đồng. Kinh tế số trong các ngành, lĩnh vực như thương mại, logistics, tài chính - ngân hàng cũng có bước phát triển, tỷ trọng tăng 1,7 điểm phần trăm so với năm trước.

Mục tiêu đến năm 2025, kinh tế số chiếm 35% GRDP của tỉnh; phấn đấu 80% doanh nghiệp nhỏ và vừa sử dụng nền tảng số. Để đạt mục tiêu này, tỉnh sẽ tập trung thu hút các dự án công nghệ cao, phát triển hạ tầng dữ liệu và nguồn nhân lực số.

Thu Hà""",
        "2024-03-18",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 29.6),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "Bắc Ninh", "year", "2023-12-31", 11.2),
        ],
    ),
    # 5. Provincial newspaper on dead-zone villages: the province's level at an explicit month end.
    # Traps: district counts, one operator's stations, new stations in a span, a year-end target ("dưới 40").
    (
        """Lào Cai: Còn 78 thôn, bản chưa có sóng di động

Đến hết tháng 6/2024, toàn tỉnh Lào Cai còn 78 thôn, bản chưa có sóng di động băng rộng, tập trung chủ yếu tại các huyện vùng cao như Bát Xát (21 thôn), Si Ma Cai (17 thôn), Mường Khương (14 thôn). Tỷ lệ thôn, bản có sóng di động trên toàn tỉnh đạt 95,1%.

Trong 6 tháng đầu năm, các doanh nghiệp viễn thông trên địa bàn đã lắp đặt mới 46 trạm BTS, riêng Viettel Lào Cai đưa vào hoạt động 23 trạm tại các xã đặc biệt khó khăn. Tuy vậy, nhiều thôn nằm sâu trong thung lũng, dân cư thưa, chưa có điện lưới nên việc đầu tư hạ tầng gặp nhiều khó khăn, chi phí cao.

Ông Nguyễn Văn Hưng, Giám đốc Sở Thông tin và Truyền thông cho biết, tỉnh phấn đấu đến cuối năm 2024 giảm số thôn, bản lõm sóng xuống dưới 40 thôn; đồng thời đề nghị Bộ Thông tin và Truyền thông tiếp tục hỗ trợ từ Quỹ Dịch vụ viễn thông công ích để phủ sóng các khu vực còn lại.

Minh Đức""",
        "2024-07-15",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-06-30", 78.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-06-30", 95.1),
        ],
    ),
    # 6. Digital-society figures of a province at a stated date.
    # Traps: adults owning a smartphone (people's share, no id), 2025 targets.
    (
        """Hà Tĩnh: Nhiều chỉ tiêu xã hội số có chuyển biến tích cực

Tính đến ngày 30/9/2024, tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng trên địa bàn tỉnh đạt 82,4%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 86,3%; tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 84%. Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác đạt 80,5%, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 47,6%.

Có được kết quả trên là nhờ sự vào cuộc của hơn 2.600 tổ công nghệ số cộng đồng với trên 14.000 thành viên ở thôn, tổ dân phố. Các tổ đã hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, thanh toán không dùng tiền mặt, nộp hồ sơ trực tuyến.

Theo kế hoạch, đến năm 2025, Hà Tĩnh phấn đấu tỷ lệ hộ gia đình có cáp quang băng rộng đạt trên 90%, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt trên 50%.

Phan Trâm""",
        "2024-10-16",
        [
            ("ftth_household_rate", "Hà Tĩnh", "as_of", "2024-09-30", 82.4),
            ("smartphone_subscriber_rate", "Hà Tĩnh", "as_of", "2024-09-30", 86.3),
            ("adults_with_bank_account_rate", "Hà Tĩnh", "as_of", "2024-09-30", 80.5),
            ("adult_population_using_dvctt_rate", "Hà Tĩnh", "as_of", "2024-09-30", 47.6),
        ],
    ),
    # 7. Whole city-newspaper article, year under review; "Đến cuối năm 2023" dates the provision level.
    # Traps: DTI leadership (rank, no id), change in points, 2024 targets, one operator's 5G trial stations, firm count.
    (
        """BÁO ĐÀ NẴNG ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Chuyển đổi số

Chủ Nhật, 21/01/2024 06:45 [GMT+7]

Đà Nẵng giữ vững vị trí dẫn đầu về chuyển đổi số

ĐNĐT - Năm 2023, thành phố tiếp tục là địa phương dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm thứ tư liên tiếp; nhiều chỉ tiêu về chính quyền số, kinh tế số đạt và vượt kế hoạch đề ra.

Theo Sở Thông tin và Truyền thông, trong năm 2023, các cơ quan hành chính của thành phố tiếp nhận hơn 1,1 triệu hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến đạt 73,5%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,8%. Đến cuối năm 2023, thành phố cung cấp 1.014 dịch vụ công trực tuyến toàn trình, chiếm 57,8% tổng số thủ tục hành chính.

Kinh tế số tiếp tục là điểm sáng. Tỷ trọng kinh tế số trong GRDP của thành phố năm 2023 ước đạt 19,2%, tăng 1,4 điểm phần trăm so với năm 2022. Thành phố hiện có hơn 2.500 doanh nghiệp công nghệ số, trong đó nhiều doanh nghiệp phần mềm xuất khẩu sang Nhật Bản, Hoa Kỳ.

Năm 2024, Đà Nẵng đặt mục tiêu tỷ trọng kinh tế số đạt 20% GRDP, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 70%. Về hạ tầng, nhà mạng Viettel cho biết đã lắp đặt 36 trạm phát sóng thử nghiệm 5G tại khu vực trung tâm và các khu công nghệ cao.

HOÀNG HIỆP

Tags: chuyển đổi số, DTI, kinh tế số
Tin liên quan: Đà Nẵng ra mắt Trung tâm dữ liệu thành phố""",
        "2024-01-21",
        [
            ("online_dossier_rate", "Đà Nẵng", "year", "2023-12-31", 73.5),
            ("online_dossier_full_process_rate", "Đà Nẵng", "year", "2023-12-31", 61.8),
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2023-12-31", 57.8),
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 19.2),
        ],
    ),
    # 8. Provincial police figures on chip ID cards and VNeID at a stated date.
    # Traps: level-2 sub-count after "trong đó", a city's count (district), the year's quota share and target.
    (
        """Nghệ An: Hơn 1,6 triệu tài khoản định danh điện tử được kích hoạt

Tính đến ngày 15/5/2024, Công an tỉnh Nghệ An đã cấp 2.489.215 thẻ căn cước công dân gắn chíp cho công dân trên địa bàn tỉnh; kích hoạt 1.642.338 tài khoản định danh điện tử, trong đó 1.420.116 tài khoản mức độ 2. Riêng Công an thành phố Vinh đã kích hoạt 185.400 tài khoản, dẫn đầu các đơn vị cấp huyện.

Theo Đại tá Trần Ngọc Tuấn, Phó Giám đốc Công an tỉnh, số tài khoản đã kích hoạt mới đạt 82,1% chỉ tiêu năm 2024 do Bộ Công an giao. Công an tỉnh sẽ tiếp tục tổ chức các đợt cao điểm, bố trí tổ công tác đến tận thôn, bản, trường học để thu nhận hồ sơ, phấn đấu đến cuối năm kích hoạt 2 triệu tài khoản.

Bên cạnh đó, 100% công an cấp xã đã triển khai tiếp nhận hồ sơ cấp tài khoản định danh điện tử, hướng dẫn người dân tích hợp giấy phép lái xe, thẻ bảo hiểm y tế lên ứng dụng VNeID.

Hồng Nhung""",
        "2024-05-20",
        [
            ("chip_id_cards_issued", "Nghệ An", "as_of", "2024-05-15", 2489215.0),
            ("vneid_activated_accounts", "Nghệ An", "as_of", "2024-05-15", 1642338.0),
        ],
    ),
    # 9. Department's monthly report with no sidecar date: its dateline dates it; explicit window 15/10-14/11.
    # Traps: commune-level sub-share, the 766 index score and rank, Hue-S users (no id).
    (
        """UBND TỈNH THỪA THIÊN HUẾ
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 2315/BC-STTTT
Thừa Thiên Huế, ngày 05 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện chuyển đổi số tháng 11/2023

1. Về cung cấp dịch vụ công trực tuyến
Trong tháng 11/2023 (từ ngày 15/10/2023 đến ngày 14/11/2023), các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 52.618 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến đạt 68,5%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 39,7%. Trong đó, tỷ lệ hồ sơ trực tuyến của cấp xã đạt 55,1%, còn thấp so với yêu cầu.

Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt 86,42/100 điểm, xếp thứ 5 toàn quốc.

2. Về nền tảng đô thị thông minh
Nền tảng Hue-S tiếp tục được duy trì, hiện có hơn 1,2 triệu lượt cài đặt; trong tháng tiếp nhận, xử lý 4.106 phản ánh hiện trường.

3. Nhiệm vụ tháng 12/2023
Tập trung hoàn thành các chỉ tiêu chuyển đổi số năm 2023; chuẩn bị số liệu phục vụ đánh giá Chỉ số DTI cấp tỉnh.""",
        None,
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "month", "2023-11-14", 68.5),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "month", "2023-11-14", 39.7),
        ],
    ),
    # 10. Provincial newspaper 2025 on 5G: the province's station count and population coverage "hiện nay".
    # Traps: two operators' station counts, measured 5G speeds incl. upload, 2025 plan.
    (
        """Bình Dương phủ sóng 5G tới toàn bộ khu công nghiệp

Hiện nay, trên địa bàn tỉnh có 412 trạm BTS 5G đang hoạt động, phủ sóng 100% khu công nghiệp và trung tâm các thành phố; tỷ lệ dân số được phủ sóng 5G đạt 68,5%. Trong đó, Viettel Bình Dương phát sóng 285 trạm, VNPT Bình Dương 127 trạm.

Kết quả đo kiểm của doanh nghiệp cho thấy tốc độ tải xuống trung bình của mạng 5G tại Thủ Dầu Một đạt khoảng 350 Mbps, tốc độ tải lên đạt 95 Mbps, cao gấp nhiều lần mạng 4G.

Theo Sở Thông tin và Truyền thông, năm 2025 các doanh nghiệp dự kiến lắp đặt thêm khoảng 600 trạm 5G, đưa tỷ lệ phủ sóng theo dân số lên trên 90%. Tỉnh cũng đã ban hành hướng dẫn dùng chung hạ tầng kỹ thuật, tạo điều kiện cho doanh nghiệp viễn thông lắp đặt trạm tại trụ sở cơ quan nhà nước, trường học.

Thanh Tâm""",
        "2025-03-10",
        [
            ("fiveg_bts_count", "Bình Dương", "as_of", "2025-03-10", 412.0),
            ("fiveg_population_coverage_rate", "Bình Dương", "as_of", "2025-03-10", 68.5),
        ],
    ),
    # 11. Half-year results of a province, with its departments and levels.
    # Traps: three departments' rates, district and commune levels, a change in points year on year.
    (
        """Hải Dương: 6 tháng đầu năm, tỷ lệ hồ sơ trực tuyến đạt 62,5%

6 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến của toàn tỉnh đạt 62,5%, tăng 14,6 điểm phần trăm so với cùng kỳ năm 2023. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử của toàn tỉnh đạt 81,7%.

Một số sở, ngành có tỷ lệ hồ sơ trực tuyến cao như Sở Tư pháp (98,2%), Sở Kế hoạch và Đầu tư (97,6%), Sở Giao thông vận tải (95,4%). Ở cấp huyện, tỷ lệ này đạt 58,3%; cấp xã mới đạt 41,9%, chủ yếu do người dân cao tuổi chưa quen sử dụng thiết bị thông minh.

Văn phòng UBND tỉnh đề nghị Chủ tịch UBND các huyện, thị xã, thành phố chỉ đạo bộ phận một cửa cấp xã bố trí máy tính, nhân lực hỗ trợ người dân; đồng thời đưa kết quả thực hiện vào tiêu chí đánh giá thi đua cuối năm.

Hải Minh""",
        "2024-07-08",
        [
            ("online_dossier_rate", "Hải Dương", "half", "2024-06-30", 62.5),
            ("e_result_rate", "Hải Dương", "half", "2024-06-30", 81.7),
        ],
    ),
    # 12. Province beside the ministries' and localities' blocks in a quarter (766 index).
    # Traps: the province's rank, index score.
    (
        """Vĩnh Long nằm trong nhóm khá về tỷ lệ hồ sơ trực tuyến quý I/2024

Theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp công khai trên Cổng Dịch vụ công quốc gia, trong quý I/2024, tỷ lệ hồ sơ trực tuyến của khối bộ, ngành đạt 47,5%, khối địa phương đạt 38,9%. Vĩnh Long đạt 55,3%, xếp thứ 14/63 tỉnh, thành phố.

Tổng điểm Bộ chỉ số của tỉnh trong quý đạt 81,05 điểm, được xếp loại khá. Các chỉ số thành phần về công khai, minh bạch và tiến độ giải quyết đạt điểm tối đa; riêng chỉ số số hóa hồ sơ còn thấp.

Để cải thiện thứ hạng, UBND tỉnh yêu cầu các sở, ngành, địa phương thực hiện nghiêm việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ngay khi tiếp nhận; không để phát sinh hồ sơ trễ hạn.

Phương Nghi""",
        "2024-04-22",
        [
            ("online_dossier_rate", "ministries", "quarter", "2024-03-31", 47.5),
            ("online_dossier_rate", "localities", "quarter", "2024-03-31", 38.9),
            ("online_dossier_rate", "Vĩnh Long", "quarter", "2024-03-31", 55.3),
        ],
    ),
    # 13. Year-end review on a department's portal, no sidecar date: the text dates itself (2022).
    # Traps: "gần gấp đôi" change, procedure counts, 2023 plan. After "trong đó" a different indicator (full-process share) IS kept.
    (
        """Sở Thông tin và Truyền thông Tây Ninh
Tây Ninh, ngày 10/01/2023

Tổng kết công tác chuyển đổi số năm 2022

Đến cuối năm 2022, tỉnh cung cấp 1.536/1.889 thủ tục hành chính dưới dạng dịch vụ công trực tuyến, đạt 81,3%; trong đó có 842 dịch vụ công trực tuyến toàn trình, chiếm 44,6% tổng số thủ tục hành chính.

Trong năm 2022, tỷ lệ hồ sơ trực tuyến trên địa bàn tỉnh đạt 31,8%, tăng gần gấp đôi so với năm 2021; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 58,2%. Hệ thống quản lý văn bản và điều hành được triển khai thông suốt từ cấp tỉnh đến cấp xã.

Kế hoạch năm 2023, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 50%, 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.""",
        None,
        [
            ("dvctt_rate", "Tây Ninh", "as_of", "2022-12-31", 81.3),
            ("dvctt_full_process_rate", "Tây Ninh", "as_of", "2022-12-31", 44.6),
            ("online_dossier_rate", "Tây Ninh", "year", "2022-12-31", 31.8),
            ("dvctt_with_dossiers_rate", "Tây Ninh", "year", "2022-12-31", 58.2),
        ],
    ),
    # 14. Nine months of a province (ytd).
    # Traps: digitisation rate (no id), year-on-year change, an expected year-end figure.
    (
        """Bình Định: 9 tháng, hồ sơ trực tuyến chiếm 71,6%

Trong 9 tháng đầu năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh Bình Định tiếp nhận 498.312 hồ sơ thủ tục hành chính, trong đó hồ sơ trực tuyến chiếm 71,6%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 43,8%. Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 78,5%.

So với cùng kỳ năm trước, số hồ sơ trực tuyến tăng 12,4%. Nhiều thủ tục có số lượng hồ sơ lớn như cấp phiếu lý lịch tư pháp, đăng ký khai sinh, cấp đổi giấy phép lái xe đã được người dân chủ động nộp qua Cổng Dịch vụ công quốc gia.

Sở Thông tin và Truyền thông dự kiến đến cuối năm, tỷ lệ hồ sơ trực tuyến của tỉnh đạt khoảng 75%, hoàn thành chỉ tiêu Nghị quyết của Tỉnh ủy đề ra.

Ngọc Nhuận""",
        "2024-10-14",
        [
            ("online_dossier_rate", "Bình Định", "ytd", "2024-09-30", 71.6),
            ("online_dossier_full_process_rate", "Bình Định", "ytd", "2024-09-30", 43.8),
        ],
    ),
    # 15. Provincial portal early August: July's satisfaction and a "hiện nay" level (page date).
    # Traps: the province's own list of essential services (22/25), the number of procedures.
    (
        """An Giang nâng cao chất lượng giải quyết thủ tục hành chính

Trong tháng 7/2024, tỷ lệ người dân, doanh nghiệp hài lòng đối với việc giải quyết thủ tục hành chính trên địa bàn tỉnh An Giang đạt 98,7%. Không có phản ánh, kiến nghị nào về thái độ phục vụ của công chức tại bộ phận một cửa.

Hiện nay, tỷ lệ dịch vụ công trực tuyến toàn trình của tỉnh đạt 52,4% tổng số thủ tục hành chính. Tỉnh đã cung cấp toàn trình 22/25 dịch vụ công thiết yếu theo danh mục do UBND tỉnh phê duyệt; 3 dịch vụ còn lại đang được hoàn thiện quy trình liên thông.

Thời gian tới, tỉnh tiếp tục rà soát, tái cấu trúc quy trình đối với 184 thủ tục hành chính có phát sinh nhiều hồ sơ, đảm bảo người dân thực hiện thuận lợi trên môi trường điện tử.

Thanh Tiến""",
        "2024-08-05",
        [
            ("satisfaction_rate", "An Giang", "month", "2024-07-31", 98.7),
            ("dvctt_full_process_rate", "An Giang", "as_of", "2024-08-05", 52.4),
        ],
    ),
    # 16. Half-year article with the province's LGSP transactions (not NDXP) and explicit-date provision level.
    # Traps: LGSP transactions, number of connected systems.
    (
        """Quảng Ninh: Dữ liệu số thông suốt từ tỉnh đến cơ sở

6 tháng đầu năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh (LGSP) đã thực hiện hơn 25,6 triệu giao dịch, kết nối với 38 hệ thống thông tin và cơ sở dữ liệu của các bộ, ngành, địa phương. Nhờ đó, tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn tỉnh trong 6 tháng đạt 72,3%.

Tính đến ngày 30/6/2023, tỉnh cung cấp 1.136 dịch vụ công trực tuyến toàn trình, đạt 67,5% tổng số thủ tục hành chính. Trung tâm Phục vụ hành chính công các cấp đã chuyển hoàn toàn sang hình thức tiếp nhận, trả kết quả điện tử.

Tỉnh đang xây dựng Kho dữ liệu dùng chung, hướng tới chia sẻ dữ liệu đất đai, dân cư, doanh nghiệp cho các ngành và UBND cấp huyện khai thác.

Hoàng Quý""",
        "2023-07-15",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "half", "2023-06-30", 72.3),
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2023-06-30", 67.5),
        ],
    ),
    # 17. Year-end infrastructure figures of a highland province.
    # Traps: one operator's stations, district villages, the 2025 target.
    (
        """Kon Tum: Hạ tầng số vươn tới vùng sâu, vùng xa

Tính đến hết năm 2023, tỷ lệ dân số sử dụng Internet trên địa bàn tỉnh Kon Tum đạt 76,2%; tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 68,4%. Toàn tỉnh còn 96 thôn, làng chưa có sóng di động, chủ yếu ở các huyện Kon Plông, Tu Mơ Rông và Đăk Glei.

Trong năm, Viettel Kon Tum đã đầu tư 41 trạm phát sóng mới, VNPT Kon Tum nâng cấp 27 trạm lên 4G. Riêng huyện Tu Mơ Rông còn 29 thôn, làng chưa có sóng, nhiều nơi người dân phải đi hàng cây số để tìm chỗ có tín hiệu.

Theo mục tiêu đến năm 2025, Kon Tum phấn đấu 100% thôn, làng có sóng di động và 80% hộ gia đình có cáp quang.

Văn Hùng""",
        "2024-01-25",
        [
            ("internet_users_rate", "Kon Tum", "as_of", "2023-12-31", 76.2),
            ("ftth_household_rate", "Kon Tum", "as_of", "2023-12-31", 68.4),
            ("villages_without_mobile_coverage", "Kon Tum", "as_of", "2023-12-31", 96.0),
        ],
    ),
    # 18. Whole provincial-newspaper article quoting the UN survey: 2024 edition and 2022 in parentheses.
    # Traps: other countries' ranks, a rank change, the province's PAR index rank.
    (
        """BÁO QUẢNG BÌNH ĐIỆN TỬ
Trang chủ > Thời sự > Trong nước

Việt Nam tăng 15 bậc về Chính phủ điện tử

Thứ Tư, 25/09/2024 | 08:30

(QBĐT) - Theo Khảo sát Chính phủ điện tử của Liên Hợp Quốc năm 2024 vừa được công bố, Việt Nam xếp thứ 71/193 quốc gia, tăng 15 bậc so với năm 2022 (86/193). Đây là lần đầu tiên Việt Nam được xếp vào nhóm có Chỉ số phát triển Chính phủ điện tử (EGDI) ở mức rất cao.

Dẫn đầu bảng xếp hạng là Đan Mạch, Estonia và Singapore; Hàn Quốc xếp thứ 4. Trong khu vực ASEAN, Việt Nam đứng sau Singapore, Malaysia và Thái Lan.

Tại Quảng Bình, công tác cải cách hành chính gắn với chuyển đổi số cũng có bước tiến. Năm 2023, Chỉ số cải cách hành chính (PAR Index) của tỉnh xếp thứ 27/63, tăng 9 bậc so với năm trước.

P.V

Từ khóa: chính phủ điện tử, EGDI, Liên Hợp Quốc""",
        "2024-09-25",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 19. Monthly report with an explicit date for the provision levels.
    # Traps: a city's (district) rate, count of documents sent electronically.
    (
        """Sơn La: Kết quả chuyển đổi số tháng 11/2024

Tính đến ngày 30/11/2024, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình của tỉnh Sơn La đạt 100%; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 42,7%.

Trong tháng 11/2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 58,9%. Thành phố Sơn La tiếp tục dẫn đầu khối cấp huyện với tỷ lệ 89,2%, trong khi một số huyện vùng cao như Sốp Cộp, Mường La còn dưới 40%.

Hệ thống quản lý văn bản và điều hành đã gửi, nhận 126.540 văn bản điện tử trong tháng, 100% văn bản đi được ký số.

Quang Minh""",
        "2024-12-04",
        [
            ("full_process_provision_rate", "Sơn La", "as_of", "2024-11-30", 100.0),
            ("dvctt_full_process_rate", "Sơn La", "as_of", "2024-11-30", 42.7),
            ("online_dossier_rate", "Sơn La", "month", "2024-11-30", 58.9),
        ],
    ),
    # 20. Feature on a model commune; only the closing provincial figure is a value.
    # Traps: the commune's shares and counts, household smartphone share (no id).
    (
        """Xã Phong Phú - điểm sáng chuyển đổi số ở Tân Lạc

Về xã Phong Phú (huyện Tân Lạc) những ngày này, dễ dàng bắt gặp cảnh người dân dùng điện thoại thông minh quét mã QR thanh toán tiền hàng tại chợ. Theo ông Bùi Văn Thắng, Chủ tịch UBND xã, 100% hồ sơ thủ tục hành chính của xã được tiếp nhận trực tuyến; hơn 92% hộ gia đình có điện thoại thông minh.

Xã đã thành lập 12 tổ công nghệ số cộng đồng ở các xóm, hướng dẫn bà con cài đặt VNeID, mở tài khoản ngân hàng, bán nông sản qua sàn thương mại điện tử. Năm 2023, xã có 3 sản phẩm OCOP được đưa lên sàn.

Trên toàn tỉnh Hòa Bình, 9 tháng đầu năm 2023, tỷ lệ hồ sơ trực tuyến đạt 45,2%. Nhiều xã vùng cao vẫn gặp khó do hạ tầng mạng chưa đồng bộ, người dân chưa quen với thủ tục trực tuyến.

Đinh Thắng""",
        "2023-10-20",
        [
            ("online_dossier_rate", "Hòa Bình", "ytd", "2023-09-30", 45.2),
        ],
    ),
    # 21. Mobile Money in a province, with the national count at an earlier date.
    # Traps: one operator's customers after "trong đó", merchant points (no id).
    (
        """Cà Mau: Gần 100 nghìn khách hàng sử dụng Mobile Money

Tính đến cuối tháng 5/2023, toàn tỉnh Cà Mau có 98.540 khách hàng đăng ký sử dụng dịch vụ Mobile Money, trong đó khách hàng của Viettel Money chiếm 65.210 người. Trên địa bàn hiện có 312 điểm kinh doanh chấp nhận thanh toán bằng Mobile Money.

Theo Ngân hàng Nhà nước chi nhánh tỉnh, dịch vụ đã giúp người dân ở các xã vùng sâu như Đất Mũi, Tân Ân thuận tiện hơn trong thanh toán hóa đơn điện, nước, học phí mà không cần tài khoản ngân hàng.

Trên cả nước, tính đến cuối tháng 3/2023 có gần 6,4 triệu khách hàng sử dụng Mobile Money, trong đó hơn 70% ở khu vực nông thôn, miền núi, vùng sâu, vùng xa.

Huỳnh Lâm""",
        "2023-06-14",
        [
            ("mobile_money_customers", "Cà Mau", "as_of", "2023-05-31", 98540.0),
            ("mobile_money_customers", "national", "as_of", "2023-03-31", 6400000.0),
        ],
    ),
    # 22. Cumulative-from-January figures and the month's own figure.
    # Traps: dossier counts, a department's rate.
    (
        """Bến Tre: Hồ sơ trực tuyến toàn trình vượt 52%

Lũy kế từ đầu năm đến hết tháng 7/2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Bến Tre đạt 52,16%; tỷ lệ hồ sơ trực tuyến (một phần và toàn trình) đạt 79,83%. Riêng tháng 7/2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 55,04%, cao nhất từ đầu năm.

Trong tổng số 287.905 hồ sơ tiếp nhận từ đầu năm, Sở Tư pháp là đơn vị có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất với 96,3%, chủ yếu là hồ sơ cấp phiếu lý lịch tư pháp.

Sở Thông tin và Truyền thông đề nghị các đơn vị tiếp tục rà soát các thủ tục có phát sinh hồ sơ nhưng tỷ lệ trực tuyến thấp để có giải pháp cụ thể.

Thanh Đồng""",
        "2024-08-09",
        [
            ("online_dossier_full_process_rate", "Bến Tre", "ytd", "2024-07-31", 52.16),
            ("online_dossier_rate", "Bến Tre", "ytd", "2024-07-31", 79.83),
            ("online_dossier_full_process_rate", "Bến Tre", "month", "2024-07-31", 55.04),
        ],
    ),
    # 23. Quarter figures of a province; one provincial agency's own rate and count.
    # Traps: the Public Administration Service Centre's rate and dossier count (one agency).
    (
        """Khánh Hòa: Quý I/2024, tỷ lệ hài lòng đạt trên 99%

Quý I/2024, tỷ lệ người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính trên địa bàn tỉnh Khánh Hòa đạt 99,12%. Tỷ lệ hồ sơ thủ tục hành chính có gắn mã định danh cá nhân đạt 91,4%, tạo thuận lợi cho việc khai thác dữ liệu dân cư.

Riêng Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 15.300 hồ sơ, tỷ lệ hồ sơ trực tuyến tại Trung tâm đạt 93,5%. Trung tâm đã bố trí khu vực hỗ trợ, có đoàn viên thanh niên hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán phí, lệ phí trên môi trường điện tử.

Xuân Thành""",
        "2024-04-10",
        [
            ("satisfaction_rate", "Khánh Hòa", "quarter", "2024-03-31", 99.12),
            ("dossiers_with_personal_id_rate", "Khánh Hòa", "quarter", "2024-03-31", 91.4),
        ],
    ),
    # 24. Whole article: a province's year with the national average beside it.
    # Traps: DTI rank, 2024 targets, change in points.
    (
        """BÁO THÁI NGUYÊN ĐIỆN TỬ
Kinh tế | Chính trị | Xã hội | Chuyển đổi số

Thái Nguyên: Dịch vụ công trực tuyến toàn trình phát huy hiệu quả

Cập nhật: 02/02/2024 07:55

Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 53,7%, cao hơn nhiều so với mức trung bình của cả nước (khoảng 33,2%). Tỷ lệ hồ sơ trực tuyến (gồm một phần và toàn trình) đạt 82,5%, tăng 11,3 điểm phần trăm so với năm 2022.

Kết quả này góp phần đưa Thái Nguyên vào nhóm 10 địa phương dẫn đầu Chỉ số chuyển đổi số cấp tỉnh năm 2022. Nhiều thủ tục như đăng ký khai sinh, khai tử, cấp giấy phép xây dựng đã được người dân thực hiện hoàn toàn trên môi trường mạng, không phải đến cơ quan nhà nước.

Năm 2024, tỉnh đặt mục tiêu tỷ lệ hồ sơ trực tuyến toàn trình đạt 60% và tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt 100%.

Thu Hằng

Chia sẻ: Facebook | Zalo | In bài""",
        "2024-02-02",
        [
            ("online_dossier_full_process_rate", "Thái Nguyên", "year", "2023-12-31", 53.7),
            ("online_dossier_full_process_rate", "national", "year", "2023-12-31", 33.2),
            ("online_dossier_rate", "Thái Nguyên", "year", "2023-12-31", 82.5),
        ],
    ),
    # 25. Provincial police figures at the year's end.
    # Traps: quota share, December's applications (a flow with no id), integrated licences.
    (
        """Hậu Giang: Đẩy mạnh ứng dụng dữ liệu dân cư

Tính đến ngày 31/12/2023, Công an tỉnh Hậu Giang đã cấp 587.339 thẻ căn cước công dân gắn chíp cho công dân đủ điều kiện trên địa bàn; kích hoạt 412.860 tài khoản định danh điện tử (mức độ 2), đạt 86,2% chỉ tiêu được giao.

Riêng trong tháng 12/2023, lực lượng công an đã thu nhận 25.700 hồ sơ đề nghị cấp tài khoản định danh điện tử. Ứng dụng VNeID đã tích hợp thông tin giấy phép lái xe cho 132.500 công dân, thẻ bảo hiểm y tế cho gần 300 nghìn công dân.

Năm 2024, Công an tỉnh phấn đấu hoàn thành cấp tài khoản định danh điện tử cho 100% công dân đủ điều kiện.

Minh Quân""",
        "2024-01-08",
        [
            ("chip_id_cards_issued", "Hậu Giang", "as_of", "2023-12-31", 587339.0),
            ("vneid_activated_accounts", "Hậu Giang", "as_of", "2023-12-31", 412860.0),
        ],
    ),
    # 26. Infrastructure of a province "tính đến tháng 10/2024".
    # Traps: rural sub-share after "trong đó", 2025 targets, broadband speeds by operator.
    (
        """Gia Lai: Hạ tầng số từng bước phủ rộng

Tính đến tháng 10/2024, tỷ lệ hộ gia đình trên địa bàn tỉnh có kết nối Internet cáp quang băng rộng đạt 71,5%, trong đó khu vực nông thôn đạt 58,2%. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 83,9%.

Các doanh nghiệp viễn thông đã nâng cấp nhiều tuyến cáp quang đến trung tâm xã; gói cước của VNPT Gia Lai phổ biến ở mức 150 Mbps, Viettel Gia Lai cung cấp gói đến 300 Mbps cho khu vực thành phố Pleiku.

Mục tiêu đến năm 2025, tỉnh phấn đấu 80% hộ gia đình có cáp quang băng rộng, 85% thuê bao di động sử dụng điện thoại thông minh.

Đức Thụy""",
        "2024-11-26",
        [
            ("ftth_household_rate", "Gia Lai", "as_of", "2024-10-31", 71.5),
            ("smartphone_subscriber_rate", "Gia Lai", "as_of", "2024-10-31", 83.9),
        ],
    ),
    # 27. Province's February (Tết month) report.
    # Traps: a fall in dossiers (change), count of services.
    (
        """Cổng thông tin điện tử tỉnh Yên Bái

Tháng 2/2024: Tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,3%

Trong tháng 2/2024, tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn tỉnh đạt 61,3%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 78,6%. Do trùng với kỳ nghỉ Tết Nguyên đán Giáp Thìn, tổng số hồ sơ tiếp nhận trong tháng giảm 18,5% so với tháng 1.

Hiện tỉnh đang cung cấp 1.187 dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia. Sở Thông tin và Truyền thông đề nghị các đơn vị có dịch vụ công trực tuyến chưa phát sinh hồ sơ rà soát, đánh giá nhu cầu thực tế để có phương án tuyên truyền phù hợp.

Thanh Phúc""",
        "2024-03-07",
        [
            ("online_dossier_full_process_rate", "Yên Bái", "month", "2024-02-29", 61.3),
            ("dvctt_with_dossiers_rate", "Yên Bái", "month", "2024-02-29", 78.6),
        ],
    ),
    # 28. Information-security level approvals: the province's and the country's, each dated.
    # Traps: system counts, blocked "lượt truy cập bất thường" (no id), drills count.
    (
        """Bà Rịa - Vũng Tàu: 86,7% hệ thống thông tin được phê duyệt cấp độ

Đến ngày 15/9/2023, các cơ quan nhà nước tỉnh Bà Rịa - Vũng Tàu đang vận hành 45 hệ thống thông tin, trong đó đã phê duyệt hồ sơ đề xuất cấp độ cho 39 hệ thống, đạt 86,7%. Tỷ lệ này cao hơn mức chung của cả nước (61,2% tính đến tháng 8/2023).

Trung tâm Giám sát an toàn thông tin của tỉnh trong 8 tháng đã cảnh báo, ngăn chặn hơn 1.254 lượt truy cập bất thường vào các cổng, trang thông tin điện tử. Tỉnh cũng tổ chức 2 cuộc diễn tập ứng cứu sự cố an toàn thông tin mạng.

Kế hoạch năm 2024, tỉnh phấn đấu 100% hệ thống thông tin được phê duyệt cấp độ và triển khai phương án bảo đảm an toàn theo cấp độ.

Quang Vũ""",
        "2023-09-28",
        [
            ("info_systems_level_approved_rate", "Bà Rịa - Vũng Tàu", "as_of", "2023-09-15", 86.7),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-08-31", 61.2),
        ],
    ),
    # 29. City newspaper at the end of December: the year's estimates.
    # Traps: 2025 plan, the city's own Smart operations centre counts.
    (
        """Hải Phòng tổng kết năm chuyển đổi số 2024

Năm 2024, tỷ lệ hồ sơ trực tuyến của thành phố ước đạt 86%; tỷ trọng kinh tế số trong GRDP của thành phố ước đạt 17,2%. Trung tâm Giám sát, điều hành đô thị thông minh (IOC) đã tiếp nhận, xử lý hơn 12.000 phản ánh của người dân.

Kế hoạch năm 2025, thành phố phấn đấu tỷ lệ hồ sơ trực tuyến đạt 90%, tỷ trọng kinh tế số đạt 20% GRDP, hoàn thành xây dựng Trung tâm dữ liệu thành phố.

Phát biểu tại hội nghị, Phó Chủ tịch UBND thành phố đề nghị các sở, ngành, quận, huyện khắc phục tình trạng dữ liệu chưa "đúng, đủ, sạch, sống", tập trung số hóa hồ sơ đất đai, hộ tịch.

Hoàng Dũng""",
        "2024-12-28",
        [
            ("online_dossier_rate", "Hải Phòng", "year", "2024-12-31", 86.0),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2024-12-31", 17.2),
        ],
    ),
    # 30. Department page; the province appears only in the header; half-year.
    # Traps: dossier count, electronic documents share (no id).
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH PHÚ THỌ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Chuyển đổi số

Kết quả chuyển đổi số 6 tháng đầu năm 2023

6 tháng đầu năm 2023, Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh tiếp nhận 356.220 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 57,4%, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 72,8%.

100% cơ quan nhà nước từ cấp tỉnh đến cấp xã sử dụng hệ thống quản lý văn bản và điều hành; tỷ lệ văn bản điện tử được ký số đạt 98,6%. Nền tảng họp trực tuyến đã phục vụ 214 cuộc họp từ cấp tỉnh đến cấp xã.

Nhiệm vụ 6 tháng cuối năm: hoàn thành số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực, nâng tỷ lệ hồ sơ trực tuyến lên trên 60%.""",
        "2023-07-20",
        [
            ("online_dossier_rate", "Phú Thọ", "half", "2023-06-30", 57.4),
            ("e_result_rate", "Phú Thọ", "half", "2023-06-30", 72.8),
        ],
    ),
    # 31. Province's digital-society levels at a stated date.
    # Traps: digital signatures (no id), target.
    (
        """Ninh Bình: Hơn một nửa người trưởng thành dùng dịch vụ công trực tuyến

Tính đến ngày 30/11/2024, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh Ninh Bình đạt 52,3%; tỷ lệ người dân trưởng thành có tài khoản thanh toán đạt 87,1%. Toàn tỉnh đã cấp hơn 125.000 chứng thư chữ ký số cá nhân cho người dân.

Ngân hàng và các tổ chức tín dụng trên địa bàn đã đẩy mạnh mở tài khoản trực tuyến bằng eKYC, triển khai thanh toán học phí, viện phí, phí tham quan khu du lịch Tràng An qua mã QR.

Mục tiêu đến hết năm 2025, Ninh Bình phấn đấu 70% dân số trưởng thành sử dụng dịch vụ công trực tuyến.

Hoàng Hiền""",
        "2024-12-16",
        [
            ("adult_population_using_dvctt_rate", "Ninh Bình", "as_of", "2024-11-30", 52.3),
            ("adults_with_bank_account_rate", "Ninh Bình", "as_of", "2024-11-30", 87.1),
        ],
    ),
    # 32. Monthly 766 index: the province's rate beside the localities' average.
    # Traps: index score, rank, component scores, digitisation rate (no id).
    (
        """Long An xếp thứ 7/63 về chất lượng phục vụ người dân, doanh nghiệp tháng 5/2024

Theo kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 5/2024 công bố trên Cổng Dịch vụ công quốc gia, Long An đạt 84,61 điểm, xếp thứ 7/63 tỉnh, thành phố. Trong đó, chỉ số Công khai, minh bạch đạt 17,5/18 điểm; chỉ số Tiến độ giải quyết đạt 19,8/20 điểm.

Trong tháng 5/2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 68,2%, cao hơn nhiều so với mức trung bình của các địa phương (45,7%). Tỷ lệ số hóa hồ sơ của tỉnh đạt 82,3%.

UBND tỉnh yêu cầu các đơn vị có chỉ số thấp phải có báo cáo giải trình, xác định rõ trách nhiệm của người đứng đầu.

Minh Trí""",
        "2024-06-05",
        [
            ("online_dossier_rate", "Long An", "month", "2024-05-31", 68.2),
            ("online_dossier_rate", "localities", "month", "2024-05-31", 45.7),
        ],
    ),
    # 33. Operators' subscriber counts beside the province's own shares (2022).
    # Traps: VNPT's and Viettel's FTTH subscribers, an operator's coverage claim.
    (
        """Quảng Nam: Internet cáp quang phủ đến 72,6% hộ gia đình

Theo Sở Thông tin và Truyền thông Quảng Nam, tính đến cuối tháng 10/2022, tỷ lệ hộ gia đình có kết nối Internet cáp quang trên toàn tỉnh đạt 72,6%; tỷ lệ thuê bao di động là điện thoại thông minh đạt 78,4%.

Trên thị trường, VNPT Quảng Nam hiện có khoảng 145.000 thuê bao FTTH, Viettel Quảng Nam có hơn 160.000 thuê bao. Viettel cho biết mạng 4G của doanh nghiệp đã phủ sóng 99% dân số trên địa bàn tỉnh, kể cả các huyện miền núi như Nam Trà My, Tây Giang.

Tỉnh đang phối hợp với các doanh nghiệp rà soát các điểm chưa có cáp quang ở vùng cao để đưa vào kế hoạch năm 2023.

Vinh Anh""",
        "2022-11-18",
        [
            ("ftth_household_rate", "Quảng Nam", "as_of", "2022-10-31", 72.6),
            ("smartphone_subscriber_rate", "Quảng Nam", "as_of", "2022-10-31", 78.4),
        ],
    ),
    # 34. "Sóng và máy tính cho em" in a province, "đến nay" level.
    # Traps: a district's count after "trong đó", the counts behind the rate, the 2024 target.
    (
        """Cao Bằng: Đã phủ sóng 80,6% thôn lõm sóng có điện

Thực hiện Chương trình "Sóng và máy tính cho em", Cao Bằng có 139 thôn, xóm lõm sóng đã có điện lưới, trong đó riêng huyện Bảo Lạc có 31 xóm. Đến nay, các doanh nghiệp viễn thông đã phủ sóng 112 thôn, xóm, đạt 80,6%.

Việc lắp đặt trạm ở các xóm vùng cao gặp nhiều khó khăn do đường vận chuyển hiểm trở, nhiều nơi phải dùng sức người để đưa thiết bị lên núi. Tỉnh phấn đấu trong năm 2024 hoàn thành phủ sóng toàn bộ các thôn, xóm lõm sóng có điện.

Bế Hằng""",
        "2023-12-12",
        [
            ("dead_zone_villages_covered_rate", "Cao Bằng", "as_of", "2023-12-12", 80.6),
        ],
    ),
    # 35. No sidecar; the page's own timestamp; level at a month ("tính đến tháng 8/2022").
    # Traps: district counts, the year's target to cover 100 villages.
    (
        """Hà Giang: Còn 296 thôn chưa có sóng di động
Cập nhật lúc 08:15, Thứ Năm, 08/09/2022

Tính đến tháng 8/2022, toàn tỉnh Hà Giang còn 296 thôn chưa có sóng điện thoại di động, chiếm tỷ lệ khá cao trong tổng số thôn, tổ dân phố. Trong đó, huyện Mèo Vạc còn 48 thôn, huyện Đồng Văn còn 41 thôn, huyện Xín Mần còn 37 thôn.

Việc thiếu sóng khiến nhiều học sinh gặp khó khăn khi học trực tuyến trong thời gian dịch bệnh, người dân không tiếp cận được các dịch vụ số.

Năm 2022, tỉnh phấn đấu phủ sóng thêm ít nhất 100 thôn thông qua nguồn vốn Chương trình cung cấp dịch vụ viễn thông công ích và nguồn xã hội hóa của doanh nghiệp.

Hoàng Thu""",
        None,
        [
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2022-08-31", 296.0),
        ],
    ),
    # 36. January 2025 results of a province.
    # Traps: change in points, rank, online-payment share (no id), a district's rate.
    (
        """Thanh Hóa: Tháng 01/2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 56,8%

Tháng 01/2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Thanh Hóa đạt 56,8%, tăng 5,2 điểm phần trăm so với tháng 12/2024; tỷ lệ hồ sơ trực tuyến đạt 78,1%. Tỷ lệ hồ sơ có thanh toán trực tuyến đạt 45,6%.

Theo Bộ chỉ số phục vụ người dân, doanh nghiệp, Thanh Hóa xếp thứ 11/63 tỉnh, thành phố. Trong khối cấp huyện, thị xã Nghi Sơn dẫn đầu với tỷ lệ hồ sơ trực tuyến toàn trình 74,3%.

Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tiếp tục cắt giảm thời gian giải quyết, không yêu cầu người dân nộp lại các giấy tờ đã có trong cơ sở dữ liệu.

Lê Hợi""",
        "2025-02-12",
        [
            ("online_dossier_full_process_rate", "Thanh Hóa", "month", "2025-01-31", 56.8),
            ("online_dossier_rate", "Thanh Hóa", "month", "2025-01-31", 78.1),
        ],
    ),
    # 37. A province's 2025 DX plan: every figure is a target.
    # Traps: all (phấn đấu, tối thiểu, kế hoạch).
    (
        """Bạc Liêu ban hành Kế hoạch chuyển đổi số năm 2025

UBND tỉnh Bạc Liêu vừa ban hành Kế hoạch chuyển đổi số năm 2025 với nhiều chỉ tiêu cụ thể. Theo đó, tỉnh phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%; 100% kết quả giải quyết thủ tục hành chính được số hóa.

Về kinh tế số, tỉnh đặt mục tiêu tỷ trọng kinh tế số đạt 20% GRDP; 95% hộ gia đình có kết nối Internet cáp quang băng rộng; 85% người trưởng thành có tài khoản thanh toán. Về hạ tầng, phấn đấu 100% thôn, ấp có sóng di động băng rộng và xóa hoàn toàn các điểm lõm sóng.

Kế hoạch giao Sở Thông tin và Truyền thông chủ trì, theo dõi, đôn đốc và định kỳ hằng quý báo cáo UBND tỉnh kết quả thực hiện.

Văn phòng UBND tỉnh""",
        "2025-01-15",
        [],
    ),
    # 38. District portal: the district's own figures; only the province's average quoted beside is a value.
    # Traps: the district's and its communes' rates and counts.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Tỉnh Đắk Lắk

Huyện Krông Pắc: Tháng 8/2024, tỷ lệ hồ sơ trực tuyến đạt 87,3%

Trong tháng 8/2024, bộ phận một cửa huyện và 16 xã, thị trấn tiếp nhận 3.215 hồ sơ thủ tục hành chính, tỷ lệ hồ sơ trực tuyến đạt 87,3%, cao hơn mức trung bình của tỉnh Đắk Lắk trong tháng (61,4%). Tỷ lệ hồ sơ trực tuyến toàn trình của huyện đạt 52,6%.

Các xã Ea Kly, Ea Phê, Hòa An có tỷ lệ hồ sơ trực tuyến đạt trên 95%. Tổ công nghệ số cộng đồng ở 211 thôn, buôn đã hỗ trợ người dân cài đặt, kích hoạt 1.840 tài khoản định danh điện tử trong tháng.

UBND huyện""",
        "2024-09-06",
        [
            ("online_dossier_rate", "Đắk Lắk", "month", "2024-08-31", 61.4),
        ],
    ),
    # 39. Quarter with the province's own portal counts and payments (not the National Portal's).
    # Traps: provincial portal dossiers and payment value, synchronisation share (no id).
    (
        """Sóc Trăng: Quý I/2023, tỷ lệ hồ sơ trực tuyến đạt 35,4%

Quý I/2023, Cổng Dịch vụ công tỉnh Sóc Trăng tiếp nhận 48.315 hồ sơ trực tuyến; tỷ lệ hồ sơ trực tuyến trên địa bàn tỉnh đạt 35,4%. 100% hồ sơ được đồng bộ trạng thái lên Cổng Dịch vụ công quốc gia.

Tổng giá trị thanh toán trực tuyến phí, lệ phí qua Cổng Dịch vụ công tỉnh đạt 6,8 tỷ đồng với 11.940 giao dịch. Một số lĩnh vực như hộ tịch, lý lịch tư pháp, đăng ký kinh doanh có tỷ lệ thanh toán trực tuyến cao.

Sở Thông tin và Truyền thông tiếp tục phối hợp với Bưu điện tỉnh đẩy mạnh dịch vụ tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích.

Trà My""",
        "2023-04-11",
        [
            ("online_dossier_rate", "Sóc Trăng", "quarter", "2023-03-31", 35.4),
        ],
    ),
    # 40. Quarter review published >35 days later: its "Hiện nay" level is the quarter's end.
    # Traps: procedure counts, target.
    (
        """Bình Phước: Kết quả cải cách hành chính quý I/2024

Trong quý I/2024, tỷ lệ hồ sơ trực tuyến của tỉnh Bình Phước đạt 47,9%. Hiện nay, tỉnh có 1.712 thủ tục hành chính, trong đó 1.637 thủ tục được cung cấp dưới dạng dịch vụ công trực tuyến, đạt 95,6%.

Các cơ quan đã tiếp nhận, giải quyết đúng hạn hầu hết hồ sơ; tình trạng hồ sơ trễ hạn tập trung ở lĩnh vực đất đai cấp huyện. UBND tỉnh yêu cầu trong quý II, tỷ lệ hồ sơ trực tuyến phải đạt tối thiểu 55%.

Ngọc Bích""",
        "2024-05-20",
        [
            ("online_dossier_rate", "Bình Phước", "quarter", "2024-03-31", 47.9),
            ("dvctt_rate", "Bình Phước", "as_of", "2024-03-31", 95.6),
        ],
    ),
    # 41. Province vs. the country "cùng thời điểm" at an explicit date.
    # Traps: the provincial departments' block, count of services.
    (
        """Đắk Lắk đẩy nhanh cung cấp dịch vụ công trực tuyến toàn trình

Tính đến ngày 25/10/2024, tỉnh Đắk Lắk cung cấp 862 dịch vụ công trực tuyến toàn trình, đạt 45,6% tổng số thủ tục hành chính, thấp hơn tỷ lệ chung của cả nước cùng thời điểm (48,2%). Riêng khối sở, ngành cấp tỉnh đạt 51,3%.

Nguyên nhân chủ yếu là nhiều thủ tục chưa được tái cấu trúc quy trình, một số thủ tục đòi hỏi kiểm tra thực tế nên chưa thể thực hiện toàn trình. Sở Thông tin và Truyền thông đề xuất bổ sung 126 thủ tục vào danh mục cung cấp toàn trình trong quý IV.

Hoàng Gia""",
        "2024-10-30",
        [
            ("dvctt_full_process_rate", "Đắk Lắk", "as_of", "2024-10-25", 45.6),
            ("dvctt_full_process_rate", "national", "as_of", "2024-10-25", 48.2),
        ],
    ),
    # 42. A northern border province's digital economy in 2023.
    # Traps: e-commerce growth (no id, a change), 2025 target.
    (
        """Lạng Sơn: Kinh tế số tăng trưởng 15,2%

Năm 2023, kinh tế số của tỉnh Lạng Sơn tăng trưởng 15,2%; tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 7,8%. Doanh thu thương mại điện tử của các doanh nghiệp trên địa bàn tăng 35% so với năm 2022, nhất là hoạt động xuất nhập khẩu qua cửa khẩu số.

Nền tảng cửa khẩu số đã được triển khai tại các cửa khẩu Hữu Nghị, Tân Thanh, Chi Ma, giúp rút ngắn thời gian thông quan hàng hóa.

Tỉnh đặt mục tiêu đến năm 2025, kinh tế số chiếm 10% GRDP, 50% doanh nghiệp nhỏ và vừa sử dụng nền tảng số.

Hà Anh""",
        "2024-02-26",
        [
            ("digital_economy_growth", "Lạng Sơn", "year", "2023-12-31", 15.2),
            ("digital_economy_gdp_share", "Lạng Sơn", "year", "2023-12-31", 7.8),
        ],
    ),
    # 43. Subscriptions of a province at a month end.
    # Traps: total mobile subscriptions (no id), operator's share.
    (
        """Hưng Yên: Thuê bao băng rộng cố định đạt 34,6 thuê bao/100 dân

Đến hết tháng 6/2024, toàn tỉnh Hưng Yên có 449.800 thuê bao băng rộng cố định, đạt 34,6 thuê bao/100 dân; số thuê bao băng rộng di động đạt 92,7 thuê bao/100 dân. Tổng số thuê bao điện thoại di động trên địa bàn là 1.325.400 thuê bao.

Viettel Hưng Yên hiện chiếm khoảng 52% thị phần băng rộng cố định. Các khu công nghiệp Phố Nối A, Thăng Long II đã được phủ cáp quang đến từng nhà máy.

Sở Thông tin và Truyền thông cho biết sẽ phối hợp với các doanh nghiệp ngầm hóa cáp viễn thông tại các tuyến phố chính của thành phố Hưng Yên.

Ngọc Lan""",
        "2024-07-25",
        [
            ("fixed_broadband_subscriptions", "Hưng Yên", "as_of", "2024-06-30", 449800.0),
            ("fixed_broadband_subscriptions_per_100", "Hưng Yên", "as_of", "2024-06-30", 34.6),
            ("mobile_broadband_subscriptions_per_100", "Hưng Yên", "as_of", "2024-06-30", 92.7),
        ],
    ),
    # 44. Whole article: National Portal totals at a date, and the province's five months.
    # Traps: the province's synchronisation share (no id), the province's count of services on the portal.
    (
        """BÁO QUẢNG NGÃI ĐIỆN TỬ
Trang chủ > Xã hội > Cải cách hành chính

Cổng Dịch vụ công quốc gia: Hơn 13,2 triệu tài khoản đăng ký

Thứ Sáu, 21/06/2024 | 10:05

(Báo Quảng Ngãi) - Theo Văn phòng Chính phủ, tính đến ngày 20/6/2024, Cổng Dịch vụ công quốc gia có hơn 13,2 triệu tài khoản đăng ký; đã thực hiện hơn 25,3 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 10.480 tỷ đồng.

Tại Quảng Ngãi, 5 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 38,4%. Tỉnh đã tích hợp 1.259 dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia, 98% hồ sơ được đồng bộ trạng thái.

Sở Thông tin và Truyền thông khuyến nghị người dân sử dụng tài khoản định danh điện tử VNeID để đăng nhập Cổng Dịch vụ công quốc gia, không phải đăng ký tài khoản mới.

Thanh Phương

Bình luận (0) | Chia sẻ""",
        "2024-06-21",
        [
            ("national_portal_accounts", "national", "as_of", "2024-06-20", 13200000.0),
            ("online_payments_count", "national", "as_of", "2024-06-20", 25300000.0),
            ("online_payments_value", "national", "as_of", "2024-06-20", 10480.0),
            ("online_dossier_full_process_rate", "Quảng Ngãi", "ytd", "2024-05-31", 38.4),
        ],
    ),
]
