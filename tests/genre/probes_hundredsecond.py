"""Genre probes, round 102: time told relatively and carried across sentences (tháng trước, quý vừa qua, cùng kỳ năm trước, năm nay, đầu năm, hiện nay, đến nay, trước đó, month-only dates, early-next-month reports, January year reviews, interviews on 'năm qua'), national and provincial, 2022-2025, written blind.

First reading (the stop's start code 1716bfb read it): 106 of 113 right, 106 of 121 found (0.94 / 0.88). With the code of stop 43's end: 108 of 113, 108 of 121. Fitted after that reading: months with no year of their own in a run, a sentence opening on 'Hiện'. Left: 'Trong năm qua, … có thêm … tài khoản đăng ký mới' in late December (the year's flow, read as the total), 'so với đầu năm (112 thôn)' in a January review, a month run whose measure the sentence before named ('Xét theo từng tháng, tháng 7 và tháng 8 lần lượt đạt …').
"""

CASES = [
    # 1 — press summary of the ministry's July 2024 report, published 5 August; 'tháng trước' value in parentheses (June), 'đến nay'/'hiện nay' levels take the page date; changes as traps
    (
        """Tháng 7/2024: Tấn công mạng gây sự cố giảm, giao dịch qua NDXP tiếp tục tăng

05/08/2024 10:42 GMT+7

Theo báo cáo tình hình thực hiện nhiệm vụ tháng 7 của Bộ Thông tin và Truyền thông, trong tháng, hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 842 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,7% so với tháng trước (932 cuộc) và giảm 21,4% so với cùng kỳ năm trước.

Cũng trong tháng 7, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận hơn 81,6 triệu giao dịch, trung bình mỗi ngày khoảng 2,63 triệu giao dịch. Lũy kế từ khi đưa vào vận hành đến nay, tổng số giao dịch qua NDXP đạt trên 3,1 tỷ giao dịch.

Về tình hình mã độc, hiện nay số địa chỉ IP của Việt Nam nằm trong các mạng botnet vào khoảng 498.000, giảm gần 4.000 địa chỉ so với cuối tháng 6. Bộ Thông tin và Truyền thông đề nghị các bộ, ngành, địa phương tiếp tục rà soát, bóc gỡ mã độc trên các máy tính thuộc phạm vi quản lý, đồng thời hoàn thiện hồ sơ đề xuất cấp độ cho các hệ thống thông tin còn lại trước khi triển khai phương án bảo đảm an toàn theo cấp độ.

Trong tháng 8, Bộ sẽ tập trung hoàn thiện hồ sơ dự thảo Luật Công nghiệp công nghệ số và tiếp tục theo dõi việc kết nối các cơ sở dữ liệu quốc gia với NDXP.""",
        "2024-08-05",
        [
            ("cyberattacks", "national", "month", "2024-07-31", 842.0),
            ("cyberattacks", "national", "month", "2024-06-30", 932.0),
            ("ndxp_transactions_period", "national", "month", "2024-07-31", 81600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-07-31", 2630000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-08-05", 3100000000.0),
            ("botnet_ips", "national", "as_of", "2024-08-05", 498000.0),
        ],
    ),
    # 2 — provincial portal, 'quý vừa qua' on a mid-April page = Q1/2024; 'cùng kỳ năm trước' value in parentheses kept as Q1/2023; department figures, payment rate (no id) and this year's target as traps
    (
        """Bắc Giang: Giải quyết thủ tục hành chính trên môi trường điện tử quý I có chuyển biến rõ nét

Ngày đăng: 15/04/2024 | Lượt xem: 1.284

Theo báo cáo của Văn phòng UBND tỉnh, trong quý vừa qua, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 214.570 hồ sơ thủ tục hành chính, trong đó có 139.800 hồ sơ nộp trực tuyến. Tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 65,15%, cao hơn hẳn so với cùng kỳ năm trước (51,02%). Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 88,4%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã được số hóa đạt 46,7%.

Một số sở, ngành có tỷ lệ hồ sơ trực tuyến rất cao như Sở Tư pháp (98,2%), Sở Kế hoạch và Đầu tư (96,5%). Tuy nhiên, tỷ lệ thanh toán trực tuyến phí, lệ phí mới đạt 38%, chưa tương xứng với tiềm năng.

Năm nay, UBND tỉnh đặt mục tiêu tối thiểu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến và 100% hồ sơ được cấp kết quả điện tử. Để đạt được mục tiêu, tỉnh yêu cầu các cơ quan đẩy mạnh hướng dẫn người dân sử dụng tài khoản định danh điện tử VNeID khi thực hiện dịch vụ công, đồng thời bố trí công chức hỗ trợ tại bộ phận một cửa các cấp.""",
        "2024-04-15",
        [
            ("online_dossier_rate", "Bắc Giang", "quarter", "2024-03-31", 65.15),
            ("online_dossier_rate", "Bắc Giang", "quarter", "2023-03-31", 51.02),
            ("e_result_rate", "Bắc Giang", "quarter", "2024-03-31", 88.4),
            ("data_reuse_rate", "Bắc Giang", "quarter", "2024-03-31", 46.7),
        ],
    ),
    # 3 — national year review of 2024 published 9 January 2025; undated levels are the year's end; 'tháng 12' without year = December 2024; operator figure, 'năm nay' (2025) targets, speed-group claim as traps
    (
        """Nhìn lại năm 2024: Hạ tầng số bứt phá, dịch vụ công trực tuyến đi vào thực chất

Thứ Năm, 09/01/2025 - 07:30

Năm 2024 khép lại với nhiều dấu ấn của ngành thông tin và truyền thông. Lần đầu tiên, cả nước có 63/63 địa phương ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí khi người dân, doanh nghiệp thực hiện dịch vụ công trực tuyến.

Sau hơn hai tháng khai trương dịch vụ 5G thương mại, các doanh nghiệp viễn thông đã lắp đặt hơn 8.000 trạm BTS 5G; tỷ lệ phủ sóng 5G theo dân số đạt khoảng 26%. Riêng Viettel đã phát sóng khoảng 6.500 trạm, phủ tới 100% tỉnh, thành phố.

Theo số liệu đo kiểm, tốc độ tải xuống trung bình của băng rộng cố định trong tháng 12 đạt 145,3 Mbps, của băng rộng di động đạt 95,8 Mbps, đưa Việt Nam vào nhóm 20 quốc gia dẫn đầu thế giới về tốc độ di động.

Trong lĩnh vực dịch vụ công, tỷ lệ hồ sơ xử lý trực tuyến cả năm đạt 44,2%, trong khi năm 2023 con số này chỉ là 32,5%. Nhiều dịch vụ liên thông như đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi đã được người dân sử dụng rộng rãi.

Bước sang năm nay, ngành đặt mục tiêu phủ sóng 5G tới 50% dân số, tỷ lệ hồ sơ trực tuyến toàn trình đạt ít nhất 80% và kinh tế số chiếm 20% GDP. Đây là những chỉ tiêu rất thách thức, đòi hỏi sự vào cuộc quyết liệt của cả hệ thống chính trị.""",
        "2025-01-09",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-12-31", 63.0),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 8000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26.0),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 145.3),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 95.8),
            ("online_dossier_rate", "national", "year", "2024-12-31", 44.2),
            ("online_dossier_rate", "national", "year", "2023-12-31", 32.5),
        ],
    ),
    # 4 — January 2025 interview with a city director speaking of 'năm qua' (= 2024), 'trước đó, năm 2023', 'hiện' (page date); 'năm nay' targets and a count of full-process services (no id) as traps
    (
        """Đà Nẵng: "Chuyển đổi số phải đo bằng sự hài lòng của người dân"

14/01/2025 | 15:20

Nhân dịp đầu xuân, phóng viên đã có cuộc trao đổi với ông Lê Văn Khánh, Giám đốc Sở Thông tin và Truyền thông thành phố Đà Nẵng, về kết quả chuyển đổi số của thành phố.

PV: Xin ông cho biết những kết quả nổi bật của thành phố trong năm qua?

Ông Lê Văn Khánh: Năm qua, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 68,9%, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 97,1%. Trước đó, năm 2023, tỷ lệ hồ sơ trực tuyến mới ở mức 61,2%. Hiện thành phố đã cung cấp 1.156 dịch vụ công trực tuyến toàn trình, chiếm 58,3% tổng số thủ tục hành chính. Về hạ tầng, đến cuối năm 2024, tỷ lệ hộ gia đình có Internet cáp quang băng rộng trên địa bàn đạt 92%.

PV: Năm nay, thành phố đặt ra những mục tiêu gì?

Ông Lê Văn Khánh: Năm nay, Đà Nẵng phấn đấu 75% hồ sơ được xử lý trực tuyến, 100% hộ gia đình có cáp quang và duy trì vị trí dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh. Thành phố cũng sẽ thí điểm trợ lý ảo hỗ trợ người dân tra cứu thủ tục hành chính, đồng thời mở rộng vùng phủ sóng 5G ra toàn bộ các khu công nghiệp và khu du lịch ven biển.

PV: Xin cảm ơn ông!""",
        "2025-01-14",
        [
            ("online_dossier_rate", "Đà Nẵng", "year", "2024-12-31", 68.9),
            ("e_result_rate", "Đà Nẵng", "year", "2024-12-31", 97.1),
            ("online_dossier_rate", "Đà Nẵng", "year", "2023-12-31", 61.2),
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2025-01-14", 58.3),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2024-12-31", 92.0),
        ],
    ),
    # 5 — provincial feature with NO published date: an explicit 30/9/2023 level and a 9-month rate are datable; 'hiện nay' coverage rate and 'tháng trước' are not (no row); 'năm nay' target
    (
        """Hà Giang nỗ lực xóa vùng lõm sóng ở các xã biên giới

Những năm gần đây, hạ tầng viễn thông trên địa bàn tỉnh Hà Giang đã có bước phát triển đáng kể, nhất là tại các huyện vùng cao núi đá. Theo Sở Thông tin và Truyền thông, tính đến ngày 30/9/2023, toàn tỉnh còn 176 thôn, bản chưa có sóng điện thoại di động, tập trung tại các huyện Mèo Vạc, Đồng Văn, Hoàng Su Phì và Xín Mần.

Trong 9 tháng đầu năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh đạt 35,6%; nhiều xã vùng sâu đã bố trí tổ công nghệ số cộng đồng hướng dẫn người dân nộp hồ sơ qua điện thoại.

Hiện nay, tỷ lệ thôn, bản có sóng di động trên toàn tỉnh đạt 91,4%. Tháng trước, các doanh nghiệp viễn thông đã khởi công thêm 14 trạm phát sóng mới tại những thôn đặc biệt khó khăn; nhiều trạm được lắp pin năng lượng mặt trời do chưa có điện lưới.

Ông Vàng Mí Sính, trưởng một thôn ở huyện Mèo Vạc, chia sẻ: "Trước đây muốn gọi điện phải leo lên đỉnh núi, nay ngồi trong nhà cũng xem được thời sự." Năm nay, tỉnh phấn đấu không còn thôn, bản nào trắng sóng và 100% xã có hạ tầng Internet băng rộng cáp quang.""",
        None,
        [
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2023-09-30", 176.0),
            ("online_dossier_rate", "Hà Giang", "ytd", "2023-09-30", 35.6),
        ],
    ),
    # 6 — committee conclusion notice full of relative time but with no values: changes vs 'tháng trước' and 'cùng kỳ năm trước', remainders, targets for 'năm nay', deadlines, document counts
    (
        """THÔNG BÁO
Kết luận của Phó Trưởng Ban Chỉ đạo tại cuộc họp giao ban chuyên đề về dịch vụ công trực tuyến

Sau khi nghe Văn phòng Ban Chỉ đạo báo cáo kết quả thực hiện tháng trước và ý kiến của các thành viên dự họp, Phó Trưởng Ban Chỉ đạo kết luận như sau:

1. Ghi nhận, biểu dương các bộ, ngành, địa phương đã có nhiều nỗ lực; tỷ lệ hồ sơ xử lý trực tuyến tăng 4,3 điểm phần trăm so với tháng trước, số giao dịch thanh toán trực tuyến tăng gần 1,5 lần so với cùng kỳ năm trước.

2. Tuy nhiên, vẫn còn 9 dịch vụ công thiết yếu chưa được cung cấp toàn trình; 14 địa phương chưa hoàn thành việc kết nối hệ thống thông tin giải quyết thủ tục hành chính với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC).

3. Nhiệm vụ thời gian tới:
- Trong quý II năm nay, các bộ, ngành hoàn thành việc tái cấu trúc quy trình, cung cấp toàn trình 9 dịch vụ công thiết yếu còn lại.
- Đến hết năm nay, phấn đấu tối thiểu 80% dịch vụ công trực tuyến được cung cấp toàn trình; 40% dân số trưởng thành sử dụng dịch vụ công trực tuyến.
- Bộ Thông tin và Truyền thông ban hành 02 văn bản hướng dẫn trước ngày 30/4.
- Văn phòng Chính phủ tổng hợp, báo cáo Thủ tướng Chính phủ kết quả thực hiện trước ngày 05 của tháng tiếp theo.

Văn phòng Ban Chỉ đạo thông báo để các cơ quan, đơn vị biết, thực hiện./.""",
        "2024-03-14",
        [],
    ),
    # 7 — National Portal figures for November 2023 published 4 December; month without year; 'tháng trước đó' (October) value kept; 'lũy kế từ đầu năm' = ytd to 30/11; year-on-year change as trap
    (
        """Cổng Dịch vụ công quốc gia tháng 11: gần 1,4 triệu hồ sơ trực tuyến

04/12/2023 14:05

Theo Văn phòng Chính phủ, trong tháng 11, Cổng Dịch vụ công quốc gia có thêm 412.300 tài khoản đăng ký mới, nâng tổng số tài khoản lên hơn 9,86 triệu. Trong tháng, Cổng đã tiếp nhận gần 1,37 triệu hồ sơ trực tuyến; thực hiện 1,52 triệu giao dịch thanh toán trực tuyến với tổng giá trị khoảng 1.245 tỷ đồng, tăng 38% so với cùng kỳ năm trước.

Lũy kế từ đầu năm, Cổng đã tiếp nhận 14,2 triệu hồ sơ trực tuyến, vượt kế hoạch đề ra cho cả năm. Các dịch vụ được người dân sử dụng nhiều nhất là cấp đổi, cấp lại giấy phép lái xe, đăng ký khai sinh và cấp phiếu lý lịch tư pháp.

Văn phòng Chính phủ cho biết, tháng trước đó Cổng ghi nhận 1,29 triệu hồ sơ; mức tăng chủ yếu đến từ hai nhóm thủ tục liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi và đăng ký khai tử - xóa đăng ký thường trú - hưởng mai táng phí. Trong tháng 12, Văn phòng Chính phủ sẽ phối hợp với Bộ Công an tiếp tục làm sạch dữ liệu tài khoản, hướng dẫn người dân đăng nhập bằng tài khoản định danh điện tử.""",
        "2023-12-04",
        [
            ("national_portal_accounts_new", "national", "month", "2023-11-30", 412300.0),
            ("national_portal_accounts", "national", "as_of", "2023-11-30", 9860000.0),
            ("national_portal_dossiers_new", "national", "month", "2023-11-30", 1370000.0),
            ("online_payments_count_new", "national", "month", "2023-11-30", 1520000.0),
            ("online_payments_value_new", "national", "month", "2023-11-30", 1245.0),
            ("national_portal_dossiers_new", "national", "ytd", "2023-11-30", 14200000.0),
            ("national_portal_dossiers_new", "national", "month", "2023-10-31", 1290000.0),
        ],
    ),
    # 8 — provincial page, 'đến nay' = page date, 'trước đó, tại thời điểm cuối năm 2023' level kept, '5 tháng đầu năm' without year = ytd May 2024; a district's figure and 'cuối năm nay' target as traps
    (
        """Quảng Ninh: 100% thủ tục hành chính đủ điều kiện đã được cung cấp trực tuyến toàn trình

Cập nhật lúc 16:45, Thứ Năm, 20/06/2024

Đến nay, tỉnh Quảng Ninh đã cung cấp 1.204 dịch vụ công trực tuyến toàn trình, đạt 100% số thủ tục hành chính đủ điều kiện theo quy định, chiếm 62,7% tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp. Trước đó, tại thời điểm cuối năm 2023, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục của tỉnh mới đạt 54,1%.

Không chỉ tăng về số lượng, chất lượng dịch vụ cũng được cải thiện. Trong 5 tháng đầu năm, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 71,3%; riêng thành phố Hạ Long đạt 85,6%, dẫn đầu các địa phương cấp huyện.

Theo Trung tâm Phục vụ hành chính công tỉnh, mục tiêu đến cuối năm nay là 100% hồ sơ đủ điều kiện được giải quyết trực tuyến toàn trình, không phát sinh hồ sơ giấy. Tỉnh cũng đang thí điểm mô hình "bộ phận một cửa không giấy" tại 3 địa phương cấp huyện, trong đó toàn bộ kết quả giải quyết thủ tục hành chính được trả về kho dữ liệu điện tử của tổ chức, cá nhân trên Cổng Dịch vụ công.""",
        "2024-06-20",
        [
            ("full_process_provision_rate", "Quảng Ninh", "as_of", "2024-06-20", 100.0),
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2024-06-20", 62.7),
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2023-12-31", 54.1),
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2024-05-31", 71.3),
        ],
    ),
    # 9 — cybersecurity, 'từ đầu năm đến ngày 15/10' and its 'cùng kỳ năm 2023' comparison; 'riêng tháng 9' (year carried); 'hiện đạt' = page date with ministries/localities blocks; sub-count, remainder, other-country figure as traps
    (
        """Hơn 9.300 cuộc tấn công mạng gây sự cố từ đầu năm

18/10/2024

Theo Cục An toàn thông tin (Bộ Thông tin và Truyền thông), từ đầu năm đến ngày 15/10/2024, hệ thống kỹ thuật của Cục đã ghi nhận 9.315 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 11,6% so với cùng kỳ năm 2023 (10.540 cuộc). Riêng tháng 9, có 1.020 cuộc tấn công, trong đó 612 cuộc thuộc loại lừa đảo (phishing).

Về công tác bảo đảm an toàn hệ thống thông tin theo cấp độ, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ hiện đạt 78,4%. Khối bộ, ngành đạt 85,2%; khối địa phương đạt 73,9%. Tuy vậy, vẫn còn hơn 1.100 hệ thống chưa được phê duyệt.

Cũng theo Cục An toàn thông tin, báo cáo của một hãng bảo mật quốc tế cho thấy Việt Nam nằm trong nhóm 10 quốc gia bị tấn công bằng mã độc tống tiền nhiều nhất khu vực; Thái Lan ghi nhận hơn 1,5 triệu vụ trong 9 tháng. Cục khuyến nghị các cơ quan, tổ chức khẩn trương rà soát, vá lỗ hổng, sao lưu dữ liệu định kỳ và tổ chức diễn tập ứng cứu sự cố trước dịp cuối năm.""",
        "2024-10-18",
        [
            ("cyberattacks", "national", "ytd", "2024-10-15", 9315.0),
            ("cyberattacks", "national", "ytd", "2023-10-15", 10540.0),
            ("cyberattacks", "national", "month", "2024-09-30", 1020.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-10-18", 78.4),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-10-18", 85.2),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-10-18", 73.9),
        ],
    ),
    # 10 — provincial page on Q3/2023: months named without year (tháng 7, 8, 9) take 2023 from the quarter; 'hiện nay' shortly after the quarter = page date; change vs 'cuối năm ngoái' and target as traps
    (
        """Long An: Tỷ lệ hồ sơ trực tuyến quý III tăng đều qua từng tháng

12/10/2023

Theo Sở Thông tin và Truyền thông, quý III/2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh đạt 56,2%. Xét theo từng tháng, tháng 7 và tháng 8 lần lượt đạt 52,4% và 55,1%; riêng tháng 9 đạt 60,8%, mức cao nhất từ đầu năm đến nay.

Theo đánh giá, kết quả trên có được là nhờ tỉnh đã triển khai đồng bộ các giải pháp: miễn phí, lệ phí đối với hồ sơ nộp trực tuyến; thành lập tổ công nghệ số cộng đồng tại 100% ấp, khu phố; bố trí nhân viên bưu điện hỗ trợ người dân tạo tài khoản và nộp hồ sơ trên Cổng Dịch vụ công.

Về hạ tầng, hiện nay tỷ lệ hộ gia đình trên địa bàn tỉnh sử dụng Internet cáp quang băng rộng đạt 78,5%, tăng 6 điểm phần trăm so với cuối năm ngoái. Tỉnh phấn đấu đến cuối năm nay nâng tỷ lệ hồ sơ trực tuyến lên 65% và hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn tồn đọng tại cấp xã.""",
        "2023-10-12",
        [
            ("online_dossier_rate", "Long An", "quarter", "2023-09-30", 56.2),
            ("online_dossier_rate", "Long An", "month", "2023-07-31", 52.4),
            ("online_dossier_rate", "Long An", "month", "2023-08-31", 55.1),
            ("online_dossier_rate", "Long An", "month", "2023-09-30", 60.8),
            ("ftth_household_rate", "Long An", "as_of", "2023-10-12", 78.5),
        ],
    ),
    # 11 — year review of 2022 published in January 2023; 'một năm qua', comparison value for 2021 in parentheses, 'riêng tháng 12' = December 2022, 'đến hết năm' level; survey share of adults and 'năm nay' (2023) targets as traps
    (
        """Năm 2022 – năm bản lề của chuyển đổi số quốc gia

16/01/2023 08:00

Năm 2022 được Chính phủ chọn là "Năm Chuyển đổi số quốc gia". Nhìn lại một năm qua, nhiều chỉ tiêu quan trọng đã có bước tiến rõ rệt.

Về dịch vụ công, tỷ lệ hồ sơ xử lý trực tuyến năm 2022 đạt 26,9%, cao hơn đáng kể so với năm 2021 (19,3%). Riêng tháng 12, Cổng Dịch vụ công quốc gia tiếp nhận khoảng 1,1 triệu hồ sơ trực tuyến, mức cao nhất kể từ khi khai trương. Đến hết năm, Cổng có hơn 4,7 triệu tài khoản đăng ký.

Về thiết bị đầu cuối, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84,6%. Một khảo sát của công ty nghiên cứu thị trường cho thấy 73% người trưởng thành ở khu vực nông thôn đã sở hữu điện thoại thông minh.

Năm nay, Bộ Thông tin và Truyền thông đặt mục tiêu phổ cập điện thoại thông minh tới mọi người dân có nhu cầu, tỷ lệ hồ sơ xử lý trực tuyến đạt 50% và 100% hộ gia đình được phủ cáp quang. Bộ cũng sẽ lần đầu tiên công bố số liệu đo lường kinh tế số theo phương pháp thống kê chính thức.""",
        "2023-01-16",
        [
            ("online_dossier_rate", "national", "year", "2022-12-31", 26.9),
            ("online_dossier_rate", "national", "year", "2021-12-31", 19.3),
            ("national_portal_dossiers_new", "national", "month", "2022-12-31", 1100000.0),
            ("national_portal_accounts", "national", "as_of", "2022-12-31", 4700000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 84.6),
        ],
    ),
    # 12 — interview published 27 December 2024: 'năm qua' (= 2024, not yet ended) flow and 'đến nay'/'hiện' levels at the page date; rural share after 'trong đó', next-year targets and a no-id count as traps
    (
        """Đề án 06: Một năm "tăng tốc" về dữ liệu dân cư và định danh điện tử

27/12/2024 06:00

Năm 2024 sắp khép lại, phóng viên đã có cuộc trao đổi với Đại tá Trần Minh Đức, Phó Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội, về kết quả triển khai Đề án 06.

PV: Thưa ông, năm qua Đề án 06 đã đạt được những kết quả gì nổi bật?

Đại tá Trần Minh Đức: Năm qua là năm các tiện ích của Đề án đi vào cuộc sống rõ nét nhất. Đến nay, đã có hơn 56,8 triệu tài khoản định danh điện tử VNeID được kích hoạt; toàn quốc đã cấp hơn 86 triệu thẻ căn cước công dân gắn chip và thẻ căn cước. Trong năm qua, Cổng Dịch vụ công quốc gia có thêm khoảng 3,1 triệu tài khoản đăng ký mới, phần lớn đăng nhập bằng VNeID. Tỷ lệ hồ sơ thủ tục hành chính gắn định danh cá nhân hiện đạt 91,5%. Hệ thống đã xác thực hơn 2,1 tỷ lượt thông tin công dân phục vụ các bộ, ngành.

Về thanh toán, hiện có 9,6 triệu khách hàng sử dụng Mobile Money, trong đó khoảng 68% ở khu vực nông thôn, miền núi; tỷ lệ người trưởng thành có tài khoản thanh toán đạt 87%.

PV: Năm tới, Tổ công tác đặt ra những nhiệm vụ gì?

Đại tá Trần Minh Đức: Năm 2025, chúng tôi phấn đấu 100% hồ sơ thủ tục hành chính được gắn định danh cá nhân và 80% người trưởng thành sử dụng tài khoản VNeID mức 2.""",
        "2024-12-27",
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-12-27", 56800000.0),
            ("chip_id_cards_issued", "national", "as_of", "2024-12-27", 86000000.0),
            ("national_portal_accounts_new", "national", "year", "2024-12-31", 3100000.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-12-27", 91.5),
            ("mobile_money_customers", "national", "as_of", "2024-12-27", 9600000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-27", 87.0),
        ],
    ),
    # 13 — half-year review published late (26 August 2024): 'hiện nay' levels belong to 30/6/2024, not the page date; 'cùng kỳ năm trước' value kept as H1/2023; remainders and second-half targets as traps
    (
        """Nghệ An sơ kết 6 tháng thực hiện chuyển đổi số: nhiều chỉ tiêu cải thiện

26/08/2024

Theo báo cáo sơ kết 6 tháng đầu năm 2024 của Ban Chỉ đạo chuyển đổi số tỉnh Nghệ An vừa được ban hành, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh trong 6 tháng đạt 48,7%, cao hơn nhiều so với cùng kỳ năm trước (35,2%). Tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử đạt 79,6%.

Về hạ tầng số, hiện nay toàn tỉnh còn 89 thôn, bản lõm sóng di động, chủ yếu ở các huyện miền núi Kỳ Sơn, Tương Dương, Quế Phong. Tỷ lệ hộ gia đình có Internet cáp quang băng rộng hiện đạt 72,4%.

Báo cáo cũng chỉ ra một số tồn tại: việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ở cấp xã còn chậm; 12 cơ sở dữ liệu chuyên ngành chưa được kết nối với nền tảng tích hợp, chia sẻ dữ liệu của tỉnh; nhân lực công nghệ thông tin ở cấp huyện còn thiếu.

6 tháng cuối năm, tỉnh phấn đấu đưa tỷ lệ hồ sơ trực tuyến lên trên 60%, xóa ít nhất một nửa số thôn lõm sóng hiện có và hoàn thành việc kết nối các cơ sở dữ liệu chuyên ngành còn lại.""",
        "2024-08-26",
        [
            ("online_dossier_rate", "Nghệ An", "half", "2024-06-30", 48.7),
            ("online_dossier_rate", "Nghệ An", "half", "2023-06-30", 35.2),
            ("e_result_rate", "Nghệ An", "half", "2024-06-30", 79.6),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-06-30", 89.0),
            ("ftth_household_rate", "Nghệ An", "as_of", "2024-06-30", 72.4),
        ],
    ),
    # 14 — quarter report published two months later (22 May 2025): 'trong quý' = Q1/2025, 'quý IV/2024' comparison value kept, 'hiện nay' levels = 31/3/2025; year-on-year change as trap
    (
        """NDXP quý I/2025: hơn 312 triệu giao dịch

22/05/2025

Bộ Khoa học và Công nghệ vừa công bố báo cáo tình hình vận hành Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) quý I/2025. Trong quý, NDXP ghi nhận hơn 312 triệu giao dịch, tăng 41% so với cùng kỳ năm trước và cao hơn quý IV/2024 (287 triệu giao dịch).

Hiện nay, đã có 182 cơ quan, đơn vị kết nối với NDXP, gồm các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, các tỉnh, thành phố trực thuộc trung ương và một số tập đoàn, tổng công ty nhà nước; tổng số điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu là 3.920.

Theo báo cáo, sau khi sắp xếp tổ chức bộ máy, nhiều bộ, ngành đã thay đổi đầu mối quản lý hệ thống; một số kết nối bị gián đoạn trong thời gian chuyển giao. Bộ đề nghị các cơ quan cập nhật thông tin đầu mối, rà soát lại các dịch vụ chia sẻ dữ liệu đang cung cấp và phối hợp xử lý dứt điểm các kết nối lỗi.""",
        "2025-05-22",
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 312000000.0),
            ("ndxp_transactions_period", "national", "quarter", "2024-12-31", 287000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2025-03-31", 182.0),
            ("ndxp_connection_points", "national", "as_of", "2025-03-31", 3920.0),
        ],
    ),
    # 15 — year review of 2023 with NO published date: sentences open on 'Năm 2023', so 'hiện' levels are 31/12/2023 and 'riêng tháng 12' is December 2023; change vs 2022, sub-share, expert forecast for 'năm nay' as traps
    (
        """Toàn cảnh an toàn thông tin năm 2023

Năm 2023, hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận, cảnh báo 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022. Trong đó, tấn công lừa đảo chiếm khoảng 45%, tấn công thay đổi giao diện chiếm 31%, còn lại là tấn công cài mã độc.

Số địa chỉ IP của Việt Nam nằm trong các mạng botnet hiện vào khoảng 595.000, giảm 36% so với năm trước. Tỷ lệ hệ thống thông tin của các cơ quan nhà nước được phê duyệt hồ sơ đề xuất cấp độ đạt 62%.

Riêng tháng 12, số cuộc tấn công gây sự cố là 1.087 cuộc, thấp nhất trong năm nhờ các chiến dịch rà quét, bóc gỡ mã độc diện rộng được triển khai từ quý III.

Các chuyên gia nhận định, năm nay các cuộc tấn công có chủ đích vào hệ thống của doanh nghiệp lớn, nhất là lĩnh vực tài chính, năng lượng, sẽ tiếp tục gia tăng cả về số lượng và mức độ nguy hiểm. Cục An toàn thông tin khuyến nghị các tổ chức ưu tiên đầu tư giám sát an toàn thông tin 24/7 và sao lưu dữ liệu ngoại tuyến.""",
        None,
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 595000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-31", 62.0),
            ("cyberattacks", "national", "month", "2023-12-31", 1087.0),
        ],
    ),
    # 16 — city page of 7 March 2024: 'trong tháng trước' = February 2024, 'tháng 1 năm nay' comparison value kept; 'cũng trong tháng' carries February; units' figures and quarter target as traps
    (
        """Hải Phòng: Tỷ lệ hồ sơ trực tuyến vượt 71%

07/03/2024 | 09:12

Theo Văn phòng UBND thành phố, trong tháng trước, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của thành phố đạt 71,3%, tăng 2,1 điểm phần trăm so với tháng 1 năm nay (69,2%). Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 93,6%.

Dù có kỳ nghỉ Tết Nguyên đán kéo dài, số hồ sơ phát sinh trên Hệ thống thông tin giải quyết thủ tục hành chính của thành phố vẫn ở mức cao. Một số đơn vị như Sở Tư pháp, Sở Kế hoạch và Đầu tư, UBND quận Lê Chân có tỷ lệ hồ sơ trực tuyến trên 95%.

Cũng trong tháng, tỷ lệ người dân, doanh nghiệp hài lòng khi giải quyết thủ tục hành chính đạt 98,1%; không có hồ sơ nào bị phản ánh, kiến nghị do chậm trễ.

UBND thành phố yêu cầu các sở, ngành, địa phương tiếp tục rà soát, cắt giảm thành phần hồ sơ, tăng cường tái sử dụng dữ liệu đã số hóa, phấn đấu đến hết quý II, tỷ lệ hồ sơ trực tuyến đạt 80%.""",
        "2024-03-07",
        [
            ("online_dossier_rate", "Hải Phòng", "month", "2024-02-29", 71.3),
            ("online_dossier_rate", "Hải Phòng", "month", "2024-01-31", 69.2),
            ("e_result_rate", "Hải Phòng", "month", "2024-02-29", 93.6),
            ("satisfaction_rate", "Hải Phòng", "month", "2024-02-29", 98.1),
        ],
    ),
    # 17 — April 2023 cybersecurity report published 3 May; 'so với tháng 3' value kept; 'tính đến hết tháng 4' level; breakdown by type after 'trong đó', change vs 'cuối tháng trước', another country's botnet figure as traps
    (
        """Tháng 4, gần 1.000 cuộc tấn công mạng gây sự cố

Thứ Tư, 03/05/2023 - 11:20

Trong tháng 4/2023, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 982 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 3% so với tháng 3 (1.012 cuộc). Trong đó có 403 cuộc tấn công lừa đảo, 351 cuộc tấn công thay đổi giao diện và 228 cuộc tấn công cài mã độc.

Tính đến hết tháng 4, số địa chỉ IP của Việt Nam nằm trong các mạng botnet là khoảng 811.000, giảm 2,4% so với cuối tháng trước. Theo thống kê của một hãng bảo mật, trong cùng thời gian, Indonesia có gần 1,2 triệu địa chỉ IP bị lây nhiễm mã độc botnet.

Cục An toàn thông tin khuyến cáo người dùng cảnh giác với các tin nhắn, cuộc gọi giả mạo cơ quan công an, ngân hàng, đơn vị điện lực; các cơ quan, tổ chức chủ động rà soát, xử lý mã độc và tham gia chiến dịch bóc gỡ mã độc do Bộ Thông tin và Truyền thông phát động.""",
        "2023-05-03",
        [
            ("cyberattacks", "national", "month", "2023-04-30", 982.0),
            ("cyberattacks", "national", "month", "2023-03-31", 1012.0),
            ("botnet_ips", "national", "as_of", "2023-04-30", 811000.0),
        ],
    ),
    # 18 — committee conclusion notice dated 5/11/2024 on a meeting of 1/11: 'mười tháng năm 2024' = ytd October, 'đến nay' = meeting date; one ministry's rate, remainder and 'tháng 12 năm nay' deadline as traps
    (
        """VĂN PHÒNG CHÍNH PHỦ
THÔNG BÁO
Kết luận của Tổ trưởng Tổ công tác triển khai Đề án 06 tại cuộc họp trực tuyến với các bộ, ngành, địa phương

Hà Nội, ngày 05 tháng 11 năm 2024

Ngày 01 tháng 11 năm 2024, Tổ trưởng Tổ công tác triển khai Đề án 06 của Chính phủ đã chủ trì cuộc họp trực tuyến đánh giá tình hình thực hiện Đề án. Sau khi nghe báo cáo của Bộ Công an, Văn phòng Chính phủ và ý kiến các đại biểu, Tổ trưởng Tổ công tác kết luận:

1. Mười tháng năm 2024, việc triển khai Đề án tiếp tục có chuyển biến tích cực. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,6%; tỷ lệ người dân, doanh nghiệp hài lòng trong giải quyết thủ tục hành chính đạt 85,3%. Đến nay, đã có 68/76 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình. Bộ Tài chính là đơn vị có tỷ lệ hồ sơ trực tuyến cao nhất (97,4%).

2. Tuy nhiên, 8 dịch vụ công thiết yếu còn lại chưa hoàn thành theo tiến độ; tỷ lệ khai thác, tái sử dụng dữ liệu ở nhiều địa phương còn thấp.

3. Các bộ, ngành, địa phương tập trung hoàn thành 8 dịch vụ công còn lại trong tháng 12 năm nay; phấn đấu đến hết năm đạt 50% hồ sơ trực tuyến toàn trình./.""",
        "2024-11-05",
        [
            ("online_dossier_full_process_rate", "national", "ytd", "2024-10-31", 41.6),
            ("satisfaction_rate", "national", "ytd", "2024-10-31", 85.3),
            ("essential_services_full_process", "national", "as_of", "2024-11-01", 68.0),
        ],
    ),
    # 19 — provincial year review of 2023 published 12 January 2024: 'năm qua' investment count (no id), 'hiện nay' = end of the year under review, 'so với đầu năm' comparison value kept at 1/1/2023; 'năm nay' targets as traps
    (
        """Thanh Hóa: Năm 2023 chuyển đổi số tạo chuyển biến rõ nét trong cải cách hành chính

12/01/2024 - 10:05

Năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh Thanh Hóa đạt 54,8%, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 82,1%. Tỉnh đã cung cấp 1.563 dịch vụ công trực tuyến, chiếm 85,7% tổng số thủ tục hành chính.

Về hạ tầng, năm qua các doanh nghiệp viễn thông đã đầu tư 168 trạm BTS mới, chủ yếu ở các huyện miền núi Mường Lát, Quan Sơn, Quan Hóa. Hiện nay, toàn tỉnh còn 37 thôn, bản lõm sóng, giảm mạnh so với đầu năm (112 thôn, bản).

Tại hội nghị tổng kết, lãnh đạo UBND tỉnh đánh giá, bên cạnh kết quả đạt được, việc tái sử dụng dữ liệu số hóa còn hạn chế, nhiều hồ sơ trực tuyến vẫn phải bổ sung bản giấy.

Năm nay, tỉnh đặt mục tiêu 100% thôn, bản có sóng di động, tỷ lệ hồ sơ trực tuyến đạt 70% và đưa Thanh Hóa vào nhóm 20 địa phương dẫn đầu về Chỉ số chuyển đổi số cấp tỉnh.""",
        "2024-01-12",
        [
            ("online_dossier_rate", "Thanh Hóa", "year", "2023-12-31", 54.8),
            ("e_result_rate", "Thanh Hóa", "year", "2023-12-31", 82.1),
            ("dvctt_rate", "Thanh Hóa", "as_of", "2023-12-31", 85.7),
            ("villages_without_mobile_coverage", "Thanh Hóa", "as_of", "2023-12-31", 37.0),
            ("villages_without_mobile_coverage", "Thanh Hóa", "as_of", "2023-01-01", 112.0),
        ],
    ),
    # 20 — December and full-year 2023 figures published 5 January 2024: month, year and cumulative-to-31/12 levels side by side; 'gấp 1,8 lần' as trap
    (
        """Cổng Dịch vụ công quốc gia năm 2023: gần 16 triệu hồ sơ trực tuyến

05/01/2024 16:30

Theo số liệu Văn phòng Chính phủ vừa công bố, trong tháng 12/2023, Cổng Dịch vụ công quốc gia tiếp nhận hơn 1,5 triệu hồ sơ trực tuyến, mức cao nhất trong năm. Tính chung cả năm 2023, Cổng tiếp nhận 15,7 triệu hồ sơ trực tuyến và thực hiện 19,8 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 13.360 tỷ đồng.

Lũy kế từ khi khai trương (tháng 12/2019) đến hết ngày 31/12/2023, Cổng đã tiếp nhận 42,3 triệu hồ sơ trực tuyến và có 10,3 triệu tài khoản đăng ký. So với năm trước, số hồ sơ trực tuyến nộp qua Cổng tăng gấp 1,8 lần.

Văn phòng Chính phủ cho biết, trong năm tới sẽ tiếp tục nâng cấp Cổng theo hướng cá thể hóa, mỗi người dân, doanh nghiệp có một trang thông tin riêng; đồng thời tích hợp sâu với ứng dụng VNeID để người dân có thể đăng nhập một lần và sử dụng nhiều dịch vụ.""",
        "2024-01-05",
        [
            ("national_portal_dossiers_new", "national", "month", "2023-12-31", 1500000.0),
            ("national_portal_dossiers_new", "national", "year", "2023-12-31", 15700000.0),
            ("online_payments_count_new", "national", "year", "2023-12-31", 19800000.0),
            ("online_payments_value_new", "national", "year", "2023-12-31", 13360.0),
            ("national_portal_dossiers", "national", "as_of", "2023-12-31", 42300000.0),
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 10300000.0),
        ],
    ),
    # 21 — Q2/2024 portal figures with the 'cùng kỳ năm trước' figure stated as its own value (Q2/2023); change vs quarter I, count of services on the portal (no id) and this year's target as traps
    (
        """Quý II/2024: Hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia tăng mạnh

09/07/2024

Theo Văn phòng Chính phủ, quý II/2024, Cổng Dịch vụ công quốc gia tiếp nhận 3,42 triệu hồ sơ trực tuyến; cùng kỳ năm trước con số này là 2,16 triệu hồ sơ. Trong quý, Cổng ghi nhận 4,1 triệu giao dịch thanh toán trực tuyến với giá trị khoảng 3.870 tỷ đồng, tăng 58% so với quý I.

Hiện nay, Cổng đã tích hợp, cung cấp 4.482 dịch vụ công trực tuyến của các bộ, ngành, địa phương. Từ ngày 1/7, người dân có thể thực hiện trọn vẹn hai nhóm thủ tục liên thông trên ứng dụng VNeID mà không cần nộp thêm giấy tờ.

Theo Văn phòng Chính phủ, năm nay mục tiêu đặt ra là 40% dân số trưởng thành sử dụng dịch vụ công trực tuyến và 80% dịch vụ công được cung cấp toàn trình. Để đạt được mục tiêu này, các bộ, ngành, địa phương cần khẩn trương tái cấu trúc quy trình, loại bỏ các thành phần hồ sơ giấy không cần thiết.""",
        "2024-07-09",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2024-06-30", 3420000.0),
            ("national_portal_dossiers_new", "national", "quarter", "2023-06-30", 2160000.0),
            ("online_payments_count_new", "national", "quarter", "2024-06-30", 4100000.0),
            ("online_payments_value_new", "national", "quarter", "2024-06-30", 3870.0),
        ],
    ),
    # 22 — UN e-government survey announced in September 2024: this edition's rank (year 2024) and the previous edition's rank in parentheses ('kỳ khảo sát trước', 2022); sub-index rank, other countries, places gained and target as traps
    (
        """Việt Nam tăng 15 bậc trong xếp hạng Chính phủ điện tử của Liên Hợp Quốc

18/09/2024 | 20:10

Ngày 17/9, Vụ Kinh tế và Xã hội Liên Hợp Quốc (UN DESA) công bố Báo cáo Khảo sát Chính phủ điện tử năm 2024. Theo đó, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp thứ 71/193 quốc gia, tăng 15 bậc so với kỳ khảo sát trước (năm 2022 xếp thứ 86/193). Lần đầu tiên Việt Nam được xếp vào nhóm các quốc gia có chỉ số EGDI rất cao.

Trong các chỉ số thành phần, chỉ số hạ tầng viễn thông (TII) của Việt Nam tăng mạnh nhất, trong khi chỉ số dịch vụ trực tuyến (OSI) xếp thứ 58. Trong khu vực Đông Nam Á, Singapore xếp thứ 3, Malaysia thứ 35, Thái Lan thứ 52.

Theo Bộ Thông tin và Truyền thông, kết quả trên phản ánh nỗ lực của cả hệ thống trong việc phát triển hạ tầng số, nền tảng số và dịch vụ công trực tuyến. Mục tiêu đặt ra là đến năm 2030, Việt Nam thuộc nhóm 50 quốc gia dẫn đầu về Chính phủ điện tử.""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 23 — November 2024 page on speeds of 'tháng trước' (= October 2024, also in the title), September comparison value kept; upload speeds, ranks and another country's speed as traps
    (
        """Tốc độ mạng di động Việt Nam tháng 10 tiếp tục cải thiện

12/11/2024 08:45

Theo Cục Viễn thông, dẫn số liệu Speedtest Global Index của Ookla, trong tháng trước, tốc độ tải xuống trung bình của mạng băng rộng di động tại Việt Nam đạt 96,41 Mbps, cao hơn tháng 9 (93,20 Mbps); tốc độ tải lên đạt 31,05 Mbps. Với kết quả này, Việt Nam xếp thứ 24/111 quốc gia về tốc độ di động.

Đối với băng rộng cố định, tốc độ tải xuống trung bình đạt 152,68 Mbps, tốc độ tải lên đạt 148,9 Mbps; Việt Nam đứng thứ 37/158 quốc gia và vùng lãnh thổ. Singapore tiếp tục dẫn đầu thế giới về tốc độ băng rộng cố định với 345,3 Mbps.

Giới chuyên gia cho rằng tốc độ di động tăng chủ yếu nhờ các nhà mạng khai trương dịch vụ 5G từ giữa tháng 10 và tiếp tục tối ưu mạng 4G. Dự kiến, khi vùng phủ 5G được mở rộng ra các đô thị lớn trong những tháng cuối năm, tốc độ di động của Việt Nam sẽ còn cải thiện đáng kể.""",
        "2024-11-12",
        [
            ("mobile_broadband_speed", "national", "month", "2024-10-31", 96.41),
            ("mobile_broadband_speed", "national", "month", "2024-09-30", 93.2),
            ("fixed_broadband_speed", "national", "month", "2024-10-31", 152.68),
        ],
    ),
    # 24 — January 2025 provincial interview with no values: 'năm nay' targets, a change vs 'năm qua', a remainder, counts of plans and resolutions
    (
        """Bình Định đặt mục tiêu "phủ xanh" dịch vụ công toàn trình trong năm nay

08/01/2025

PV: Thưa bà, năm nay Bình Định đặt ra những mục tiêu gì về chuyển đổi số?

Bà Nguyễn Thị Thu Hà, Phó Giám đốc Sở Thông tin và Truyền thông: Năm nay, tỉnh phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình, tối thiểu 70% hồ sơ được xử lý trực tuyến và 95% người dân, doanh nghiệp hài lòng. So với năm qua, tỷ lệ hồ sơ trực tuyến của tỉnh đã tăng gần 12 điểm phần trăm, số tài khoản VNeID được kích hoạt tăng gấp đôi.

PV: Đâu là những khó khăn lớn nhất?

Bà Nguyễn Thị Thu Hà: Hiện còn khoảng 300 thủ tục chưa thể cung cấp toàn trình do vướng quy định về thành phần hồ sơ bản giấy hoặc yêu cầu có mặt trực tiếp. Năm qua, tỉnh đã ban hành 5 kế hoạch, 2 nghị quyết chuyên đề về chuyển đổi số, nhưng nguồn lực bố trí cho cấp xã vẫn còn hạn chế.

PV: Tỉnh sẽ làm gì để tháo gỡ?

Bà Nguyễn Thị Thu Hà: Chúng tôi kiến nghị các bộ sửa đổi quy định liên quan, đồng thời đầu tư nâng cấp hệ thống thông tin giải quyết thủ tục hành chính và bố trí kinh phí cho tổ công nghệ số cộng đồng.""",
        "2025-01-08",
        [],
    ),
    # 25 — provincial bulletin with NO published date: 'Tháng 8/2024' and its 'tháng trước' value (July 2024) are datable; 'đến nay' 5G stations and 'hiện' fibre rate are not (no row); end-of-year target as trap
    (
        """Lào Cai: Hồ sơ trực tuyến tiếp tục tăng

Tháng 8/2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh Lào Cai đạt 63,5%, cao hơn tháng trước (61,9%). Tỷ lệ hồ sơ trực tuyến toàn trình đạt 38,2%. Ở cấp xã, nhiều xã vùng cao như Y Tý, Bản Khoang đã có tỷ lệ hồ sơ trực tuyến trên 70% nhờ mô hình công chức "đi từng ngõ, gõ từng nhà" hướng dẫn người dân.

Về hạ tầng, đến nay toàn tỉnh đã có 236 trạm BTS 5G được phát sóng, tập trung tại thành phố Lào Cai, thị xã Sa Pa và Khu kinh tế cửa khẩu. Tỷ lệ hộ gia đình có Internet cáp quang băng rộng hiện đạt 68%.

Thời gian tới, tỉnh tiếp tục đẩy mạnh thanh toán không dùng tiền mặt trong giải quyết thủ tục hành chính, phấn đấu đến cuối năm tỷ lệ hồ sơ trực tuyến đạt 70%, trong đó tối thiểu 50% là hồ sơ trực tuyến toàn trình. Sở Thông tin và Truyền thông sẽ phối hợp với các doanh nghiệp viễn thông xóa các điểm lõm sóng còn lại ở vùng biên.""",
        None,
        [
            ("online_dossier_rate", "Lào Cai", "month", "2024-08-31", 63.5),
            ("online_dossier_rate", "Lào Cai", "month", "2024-07-31", 61.9),
            ("online_dossier_full_process_rate", "Lào Cai", "month", "2024-08-31", 38.2),
        ],
    ),
    # 26 — February 2025 interview on the digital economy of 'năm qua' (= 2024): growth (kept: growth is the indicator), share of GDP and 2023's share for comparison; ICT sub-part, USD market size of another report, other country and 'năm nay' target as traps
    (
        """Kinh tế số năm 2024: Tăng trưởng gần gấp ba lần GDP

10/02/2025 | 07:00

Trao đổi với phóng viên về bức tranh kinh tế số, ông Nguyễn Hữu Bình, Vụ trưởng Vụ Kinh tế số (Bộ Thông tin và Truyền thông), cho biết:

"Năm qua, kinh tế số của Việt Nam tiếp tục tăng trưởng khoảng 20%, cao gần gấp ba lần tốc độ tăng GDP. Tỷ trọng kinh tế số trong GDP ước đạt 18,3%, tăng so với mức 16,5% của năm 2023. Riêng kinh tế số ICT đóng góp khoảng 8,5% GDP, phần còn lại là kinh tế số nền tảng và kinh tế số ngành.

Theo báo cáo e-Conomy SEA của các tập đoàn công nghệ, quy mô nền kinh tế Internet của Việt Nam đạt khoảng 36 tỷ USD, đứng thứ hai khu vực sau Indonesia với hơn 90 tỷ USD.

Năm nay, chúng tôi đặt mục tiêu kinh tế số chiếm 20% GDP, đồng thời hoàn thiện bộ chỉ tiêu thống kê kinh tế số cấp tỉnh để các địa phương có căn cứ đo lường, so sánh."

Ông Bình cũng cho biết, Bộ đang phối hợp với Tổng cục Thống kê công bố số liệu kinh tế số định kỳ hằng năm.""",
        "2025-02-10",
        [
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    # 27 — provincial page of 3 February 2023: 'trong tháng 1' without year = January 2023, 'tháng 12 năm ngoái' value kept as December 2022; dossier count (no id) and 'năm nay' target as traps
    (
        """Bình Dương: Tháng 1, tỷ lệ hồ sơ trực tuyến đạt gần 48%

03/02/2023

Theo Trung tâm Phục vụ hành chính công tỉnh Bình Dương, trong tháng 1, các cơ quan trên địa bàn tỉnh đã tiếp nhận hơn 62.000 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ được xử lý trực tuyến đạt 47,8%, giảm nhẹ so với tháng 12 năm ngoái (49,3%) do trùng kỳ nghỉ Tết Nguyên đán. Tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử đạt 64,2%.

Tháng 1 cũng là tháng đầu tiên tỉnh triển khai tiếp nhận hồ sơ cấp phiếu lý lịch tư pháp trên ứng dụng VNeID. Tính đến cuối tháng, 100% xã, phường, thị trấn đã thành lập tổ công nghệ số cộng đồng với hơn 4.000 thành viên.

Năm nay, tỉnh phấn đấu 60% hồ sơ thủ tục hành chính được xử lý trực tuyến, 100% hồ sơ được số hóa ngay khi tiếp nhận và đưa vào vận hành Trung tâm điều hành thông minh cấp tỉnh giai đoạn 2.""",
        "2023-02-03",
        [
            ("online_dossier_rate", "Bình Dương", "month", "2023-01-31", 47.8),
            ("online_dossier_rate", "Bình Dương", "month", "2022-12-31", 49.3),
            ("e_result_rate", "Bình Dương", "month", "2023-01-31", 64.2),
        ],
    ),
    # 28 — chain of 'trước đó': a level at 31/3/2025, the level at end-December 2024, and 'trước đó một tháng nữa' (end-November 2024); 'hiện' coverage = page date; operator's count and 'năm nay' target as traps
    (
        """Số trạm 5G tăng gần 40% sau một quý

08/04/2025

Theo Cục Viễn thông, tính đến ngày 31/3/2025, cả nước có 11.240 trạm BTS 5G đang phát sóng. Trước đó, tại thời điểm cuối tháng 12/2024, con số này là 8.120 trạm; trước đó một tháng nữa, cả nước mới có khoảng 5.600 trạm.

Tỷ lệ phủ sóng 5G theo dân số hiện đạt 30,5%, tập trung tại các đô thị lớn, khu công nghiệp, cảng biển và sân bay. Trong quý I, VNPT đã lắp đặt thêm khoảng 2.000 trạm, trong khi MobiFone bắt đầu phát sóng thương mại tại Hà Nội và TP. Hồ Chí Minh.

Năm nay, Cục Viễn thông đặt mục tiêu phủ sóng 5G tới 50% dân số và thúc đẩy các doanh nghiệp dùng chung hạ tầng để giảm chi phí đầu tư. Cục cũng đề nghị các địa phương tạo điều kiện thuận lợi trong cấp phép xây dựng trạm, nhất là tại các khu đô thị mới.""",
        "2025-04-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 11240.0),
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 8120.0),
            ("fiveg_bts_count", "national", "as_of", "2024-11-30", 5600.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-04-08", 30.5),
        ],
    ),
    # 29 — 'quý vừa qua' on a 20 October 2023 page = Q3/2023 with ministries / localities / national values, 'quý II' comparison value kept; one ministry's rate and change as traps
    (
        """Khối bộ, ngành tiếp tục dẫn trước địa phương về hồ sơ trực tuyến

20/10/2023

Số liệu trên Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp cho thấy, trong quý vừa qua, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của khối bộ, ngành đạt 41,2%; khối địa phương đạt 33,7%. Bình quân cả nước, tỷ lệ này đạt 35,1%, tăng 3,3 điểm phần trăm so với quý II (31,8%).

Bộ Tư pháp tiếp tục dẫn đầu khối bộ, ngành với tỷ lệ 92,6%; ở khối địa phương, Bình Dương và Quảng Ninh là hai địa phương có kết quả tốt nhất.

Tuy vậy, tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử của khối địa phương mới đạt 58%, thấp hơn nhiều so với yêu cầu. Nhiều nơi vẫn trả kết quả bản giấy là chính, chưa đồng bộ kết quả điện tử vào kho dữ liệu của tổ chức, cá nhân.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương khẩn trương khắc phục, phấn đấu năm nay hoàn thành các chỉ tiêu về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.""",
        "2023-10-20",
        [
            ("online_dossier_rate", "ministries", "quarter", "2023-09-30", 41.2),
            ("online_dossier_rate", "localities", "quarter", "2023-09-30", 33.7),
            ("online_dossier_rate", "national", "quarter", "2023-09-30", 35.1),
            ("online_dossier_rate", "national", "quarter", "2023-06-30", 31.8),
            ("e_result_rate", "localities", "quarter", "2023-09-30", 58.0),
        ],
    ),
    # 30 — 'đến cuối tháng trước' on an 8 May 2024 page = 30/4/2024; 'hiện nay' = page date; 'trước đó, cuối năm 2023' value kept; rural share, one operator's customers, new customers since 'đầu năm' (no flow id) and the 2025 target as traps
    (
        """Mobile Money vượt mốc 7 triệu khách hàng

08/05/2024 | 13:40

Theo Ngân hàng Nhà nước, đến cuối tháng trước, số khách hàng sử dụng dịch vụ Mobile Money trên cả nước đạt khoảng 7,2 triệu, trong đó khoảng 70% ở khu vực nông thôn, vùng sâu, vùng xa. Riêng Viettel Money chiếm khoảng 4,5 triệu khách hàng.

Từ đầu năm đến nay, dịch vụ có thêm khoảng 1,1 triệu khách hàng mới, phần lớn sử dụng để nạp tiền điện thoại, thanh toán hóa đơn điện, nước và chuyển tiền giá trị nhỏ.

Cũng theo Ngân hàng Nhà nước, hiện nay tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt khoảng 87%, vượt mục tiêu 80% đề ra cho năm 2025. Trước đó, tại thời điểm cuối năm 2023, tỷ lệ này là 84,6%.

Ngân hàng Nhà nước cho biết sẽ tiếp tục phối hợp với Bộ Thông tin và Truyền thông đánh giá kết quả thí điểm, làm cơ sở đề xuất Chính phủ khung pháp lý chính thức cho dịch vụ Mobile Money.""",
        "2024-05-08",
        [
            ("mobile_money_customers", "national", "as_of", "2024-04-30", 7200000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-05-08", 87.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 84.6),
        ],
    ),
]
