"""Genre probes, round 135: interviews, speeches and Q&A with quoted figures, written blind.

First reading (the stop's start code 6a3524e read it): 105 of 110 right, 105 of 118 found (0.95 / 0.89). Fitted after that reading (stop 47): a clause's "hiện" before its subject is now, one ministry given as an example ("như Bộ Công an với 100% …"), "có địa phương dưới 20%" is a bar, the eligible share said short ("tính trên số thủ tục đủ điều kiện thì …"), the country's share named after its base ("16,5% GDP của cả nước"), the city's and a province's procedures share ("tỷ lệ thủ tục hành chính của tỉnh được cung cấp …"), the national portal cited on a province's page, a national body as a speaker's label: 113 of 113, 113 of 118. Left: a series going on with no measure named ("Và năm 2023, chúng ta đã đạt 40,2%"), a quoted round growth ("khoảng 20%", held for review), the national speed an operator's executive cites from the telecom authority (read as the operator's), two shares recalled from earlier years ("Con số 30% … là số liệu của năm 2022").
"""

CASES = [
    # 1. Q&A interview on 2023 broadband; traps: change "tăng thêm khoảng 3 triệu", Viettel's own figure,
    #    2024 target (phấn đấu 85%); a 2020 value recalled for comparison is kept with its own year.
    (
        """HẠ TẦNG SỐ

“Năm 2023, cáp quang đã đi trước một bước”

Thứ Hai, 08/01/2024 - 06:45

(TTXVN) - Nhân dịp đầu năm mới, phóng viên đã có cuộc trao đổi với ông Lê Quang Vinh, Phó Cục trưởng Cục Viễn thông (Bộ Thông tin và Truyền thông) về bức tranh hạ tầng số năm qua.

Phóng viên: Thưa ông, đâu là điểm sáng của hạ tầng viễn thông trong năm 2023?

Ông Lê Quang Vinh: Điểm sáng lớn nhất, theo tôi, là cáp quang đã về tới gần như mọi thôn xóm. Đến hết năm 2023, tỷ lệ hộ gia đình sử dụng cáp quang băng rộng đạt 82%, cả nước có khoảng 22,5 triệu thuê bao băng rộng cố định. Nếu nhìn lại năm 2020, tỷ lệ hộ gia đình dùng cáp quang mới khoảng 66%, thì có thể thấy tốc độ phổ cập rất nhanh.

Phóng viên: Còn với mạng di động thì sao, thưa ông?

Ông Lê Quang Vinh: Số thuê bao băng rộng di động tăng thêm khoảng 3 triệu so với năm 2022. Các doanh nghiệp cũng đẩy mạnh chuyển đổi thuê bao 2G, riêng Viettel đã hỗ trợ hơn 4 triệu khách hàng chuyển lên điện thoại thông minh. Tính đến cuối năm 2023, tỷ lệ thuê bao di động sử dụng smartphone là 84,6%.

Phóng viên: Năm 2024, Cục đặt mục tiêu gì?

Ông Lê Quang Vinh: Chúng tôi phấn đấu năm 2024 tỷ lệ hộ gia đình dùng cáp quang đạt 85%, đồng thời chuẩn bị các điều kiện để thương mại hóa 5G và tiến tới dừng công nghệ 2G. Hạ tầng số phải đi trước một bước, như Bộ trưởng vẫn thường nhấn mạnh.

Phóng viên: Xin cảm ơn ông!

Minh Anh (thực hiện)""",
        "2024-01-08",
        [
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 82.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22500000.0),
            ("ftth_household_rate", "national", "year", "2020-12-31", 66.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.6),
        ],
    ),
    # 2. Conference speech quoted at length, H1 2024, ministries vs localities split; traps: change in points,
    #    50% target, named ministry (Bộ Tài chính), figure repeated "như tôi đã nói".
    (
        """Phát biểu tại Hội nghị sơ kết 6 tháng đầu năm 2024 về cải cách thủ tục hành chính gắn với chuyển đổi số trong chỉ đạo, điều hành, Phó Chủ nhiệm Văn phòng Chính phủ Nguyễn Thị Thu Hằng nhấn mạnh: “Chúng ta đã có chuyển biến rõ rệt. 6 tháng đầu năm, tỷ lệ hồ sơ xử lý trực tuyến đạt 42,5%, trong đó các bộ, ngành đạt 48,3%, các địa phương đạt 36,7%. Con số này tăng gần 12 điểm phần trăm so với cùng kỳ, nhưng vẫn còn khoảng cách khá xa so với mục tiêu 50% mà Chính phủ đặt ra cho cả năm 2024”.

Theo Phó Chủ nhiệm, một số bộ đã làm rất tốt, như Bộ Tài chính đã có trên 90% hồ sơ được xử lý trực tuyến. Tuy nhiên, việc số hóa và tái sử dụng dữ liệu vẫn là điểm nghẽn. “6 tháng qua, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 68,2%, nhưng tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa mới đạt 21,4%. Người dân vẫn phải nộp đi nộp lại những giấy tờ mà cơ quan nhà nước đã có”, bà nói.

Kết thúc phần phát biểu, Phó Chủ nhiệm đề nghị các bộ, ngành, địa phương tập trung cao độ cho 6 tháng cuối năm: “Như tôi đã nói, 42,5% là con số đáng ghi nhận, nhưng chưa phải là điều chúng ta hài lòng. Mỗi bộ trưởng, mỗi chủ tịch tỉnh phải trực tiếp theo dõi chỉ tiêu này hằng tháng”.""",
        "2024-07-22",
        [
            ("online_dossier_rate", "national", "half", "2024-06-30", 42.5),
            ("online_dossier_rate", "ministries", "half", "2024-06-30", 48.3),
            ("online_dossier_rate", "localities", "half", "2024-06-30", 36.7),
            ("e_result_rate", "national", "half", "2024-06-30", 68.2),
            ("data_reuse_rate", "national", "half", "2024-06-30", 21.4),
        ],
    ),
    # 3. Reporter/official Q&A for Đà Nẵng: the city's own figures plus the country's for comparison;
    #    traps: a district's figure (quận Hải Châu), 2025 target.
    (
        """Phóng viên: Đà Nẵng nhiều năm liền dẫn đầu cả nước về chuyển đổi số. Thưa ông, 9 tháng qua thành phố có kết quả gì nổi bật?

Ông Trần Ngọc Thạch, Giám đốc Sở Thông tin và Truyền thông Đà Nẵng: 9 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 88,6%; riêng quận Hải Châu trên 95%. Hiện nay, 76% thủ tục hành chính của thành phố đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình. Người dân gần như không phải đến bộ phận một cửa cho những việc thông thường nữa.

Phóng viên: Còn kinh tế số của thành phố đóng góp ra sao?

Ông Trần Ngọc Thạch: Năm 2023, kinh tế số của Đà Nẵng đóng góp khoảng 20,1% GRDP, cao hơn mức 16,5% GDP của cả nước cùng năm. Mục tiêu đến năm 2025 là 25% GRDP; để đạt được, chúng tôi tập trung thu hút doanh nghiệp công nghệ số và phát triển các khu công nghệ thông tin tập trung.

Phóng viên: Khó khăn lớn nhất hiện nay là gì, thưa ông?

Ông Trần Ngọc Thạch: Là nguồn nhân lực và việc kết nối dữ liệu giữa các hệ thống. Chúng tôi đã có nhiều kiến nghị với các bộ, ngành Trung ương về vấn đề này.""",
        "2024-10-03",
        [
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2024-09-30", 88.6),
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2024-10-03", 76.0),
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 20.1),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    # 4. Year-end conference speech quoted; traps: speed rank (41), upload speed, top-50 target;
    #    EGDI 2022 edition recalled.
    (
        """Phát biểu khai mạc Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 của ngành Thông tin và Truyền thông, Bộ trưởng cho biết: “Hiện nay, tỷ lệ người dân sử dụng Internet của Việt Nam đạt 78,6%. Tốc độ truy cập Internet băng rộng cố định trung bình đạt 95 Mbps, đứng thứ 41 thế giới; tốc độ di động đạt 47 Mbps. Tốc độ tải lên của mạng cố định cũng đã đạt 90 Mbps”.

Theo Bộ trưởng, những con số ấy cho thấy hạ tầng đã sẵn sàng cho giai đoạn tăng tốc. Tuy nhiên, ở lĩnh vực Chính phủ điện tử, “chúng ta vẫn đi chậm so với khu vực”. Trong bảng xếp hạng Chính phủ điện tử năm 2022 của Liên Hợp Quốc, Việt Nam xếp thứ 86/193 quốc gia, giữ nguyên vị trí so với kỳ trước.

“Chúng ta đặt mục tiêu lọt vào nhóm 50 nước dẫn đầu vào năm 2025. Đây là mục tiêu rất thách thức, đòi hỏi toàn ngành phải làm khác đi, làm nhanh hơn”, Bộ trưởng nói.""",
        "2023-12-27",
        [
            ("internet_users_rate", "national", "as_of", "2023-12-27", 78.6),
            ("fixed_broadband_speed", "national", "as_of", "2023-12-27", 95.0),
            ("mobile_broadband_speed", "national", "as_of", "2023-12-27", 47.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 5. 5G interview three months after launch; traps: Viettel's own count, Korea's coverage (another country),
    #    5G upload speed, 2025 target.
    (
        """Phóng viên: Sau gần 3 tháng thương mại hóa, mạng 5G ở Việt Nam đã phủ sóng đến đâu, thưa ông?

Ông Phạm Đức Long, Phó Cục trưởng Cục Viễn thông: Tính đến ngày 31/12/2024, cả nước đã lắp đặt hơn 7.100 trạm BTS 5G, riêng Viettel chiếm khoảng 6.500 trạm. Vùng phủ sóng 5G hiện đạt khoảng 26% dân số, tập trung ở các đô thị, khu công nghiệp, sân bay, bến cảng.

Phóng viên: Người dùng cảm nhận thế nào về tốc độ?

Ông Phạm Đức Long: Theo đo kiểm của chúng tôi, tốc độ tải xuống trên 5G phổ biến từ 300 đến 500 Mbps, tốc độ tải lên trung bình khoảng 80 Mbps. Đó là trải nghiệm khác hẳn 4G.

Phóng viên: So với các nước thì chúng ta đang ở đâu?

Ông Phạm Đức Long: Chúng ta đi sau, nhưng có lợi thế của người đi sau. Hàn Quốc sau 5 năm triển khai đã phủ 5G tới hơn 90% dân số. Năm 2025, chúng tôi phấn đấu đưa vùng phủ 5G của Việt Nam lên trên 50% dân số, và điều đó hoàn toàn khả thi nếu các doanh nghiệp giữ được tốc độ đầu tư như hiện nay.""",
        "2025-01-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 7100.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-01-10", 26.0),
        ],
    ),
    # 6. Reader Q&A column answered by the police's data centre; traps: sub-count "trong đó ... mức độ 2",
    #    activation rate (no id), one province's office count.
    (
        """HỎI - ĐÁP

Hỏi: Tôi là Nguyễn Văn Hải, ở Phủ Lý, Hà Nam. Tôi đã kích hoạt tài khoản định danh điện tử mức độ 2. Xin hỏi hiện nay đã có bao nhiêu người sử dụng tài khoản này, và việc cấp thẻ căn cước công dân gắn chip đã đạt kết quả thế nào?

Trả lời: Trung tâm Dữ liệu quốc gia về dân cư (Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an) trả lời bạn như sau:

Tính đến ngày 31/3/2024, lực lượng Công an đã cấp hơn 84,5 triệu thẻ căn cước công dân gắn chip điện tử; hơn 52,3 triệu tài khoản định danh điện tử đã được kích hoạt, trong đó hơn 46 triệu tài khoản mức độ 2. Tỷ lệ kích hoạt trên số hồ sơ đã cấp đạt khoảng 73%.

Tài khoản định danh điện tử mức độ 2 có giá trị tương đương thẻ căn cước khi thực hiện các giao dịch có yêu cầu xuất trình thẻ; người dân có thể dùng tài khoản để đăng nhập Cổng Dịch vụ công quốc gia, tích hợp giấy phép lái xe, thẻ bảo hiểm y tế... Tại Hà Nam, bạn có thể liên hệ trực tiếp Công an xã, phường nơi cư trú để được hướng dẫn thêm.""",
        "2024-04-12",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-03-31", 84500000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-03-31", 52300000.0),
        ],
    ),
    # 7. Đề án 06 conference speech; traps: remainder "28 dịch vụ còn lại", the police ministry's own services,
    #    count of documents issued.
    (
        """Tại hội nghị trực tuyến toàn quốc đánh giá tiến độ triển khai Đề án 06, Thứ trưởng Bộ Công an phát biểu: “Đến nay, đã có 25/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; 28 dịch vụ còn lại đang được các bộ, ngành khẩn trương hoàn thiện quy trình. Riêng Bộ Công an đã tích hợp 15 dịch vụ công thiết yếu thuộc phạm vi quản lý.”

Thứ trưởng cho biết thêm, việc sử dụng số định danh cá nhân thay cho các loại giấy tờ đã có chuyển biến: hiện đã có 68% hồ sơ thủ tục hành chính gắn với số định danh cá nhân. Trong năm, Tổ công tác triển khai Đề án 06 của Chính phủ đã ban hành 9 văn bản hướng dẫn và tổ chức 4 đoàn kiểm tra tại các địa phương.

“Chúng ta không thể để người dân cầm tờ giấy đi từ cửa này sang cửa khác khi dữ liệu đã nằm trong hệ thống”, Thứ trưởng nói.""",
        "2023-11-16",
        [
            ("essential_services_full_process", "national", "as_of", "2023-11-16", 25.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2023-11-16", 68.0),
        ],
    ),
    # 8. Provincial leader's speech on Digital Transformation Day (10/10), Quảng Ninh's own figures;
    #    traps: Hạ Long city's figure, 2025 GRDP target, a derived gap in points versus the country.
    (
        """QUẢNG NINH: “CHUYỂN ĐỔI SỐ PHẢI ĐO ĐƯỢC BẰNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN”

Ngày 10/10, tại lễ hưởng ứng Ngày Chuyển đổi số quốc gia năm 2024, Bí thư Tỉnh ủy Quảng Ninh phát biểu: “Chúng ta nói nhiều về chuyển đổi số, nhưng thước đo cuối cùng là người dân có thấy thuận tiện hơn hay không.”

Theo Bí thư Tỉnh ủy, 9 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 81,5%, riêng thành phố Hạ Long đạt 93%; mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính của tỉnh đạt 94,7%. Hạ tầng số tiếp tục được đầu tư, hiện nay 99,6% thôn, bản, khu phố trên địa bàn đã có sóng di động băng rộng.

“Năm 2023, kinh tế số đóng góp khoảng 12% GRDP của tỉnh, cao hơn 2 điểm phần trăm so với năm trước. Mục tiêu của Quảng Ninh là đến năm 2025 tỷ trọng này đạt 20%. Con đường còn dài, nhưng tôi tin chúng ta làm được”, ông nói.

Dịp này, UBND tỉnh đã khen thưởng 26 tập thể, cá nhân có thành tích xuất sắc trong chuyển đổi số.""",
        "2024-10-10",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2024-09-30", 81.5),
            ("satisfaction_rate", "Quảng Ninh", "ytd", "2024-09-30", 94.7),
            ("villages_with_mobile_coverage_rate", "Quảng Ninh", "as_of", "2024-10-10", 99.6),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2023-12-31", 12.0),
        ],
    ),
    # 9. Reportage with a commune chairman quoted; traps: the commune's villages (5/11), an operator's stations;
    #    the province's and the country's remaining dead-zone villages are kept.
    (
        """Y TÝ GIỜ ĐÃ CÓ SÓNG

Ngồi trong căn nhà trình tường của mình, anh Sần Sáo Chỉn mở điện thoại gọi video cho con gái đang học ở thành phố. Chỉ hai năm trước, muốn gọi điện, người Hà Nhì ở đây phải leo lên đỉnh đồi.

“Trước đây cả xã có 5/11 thôn lõm sóng, đến nay tất cả các thôn đều đã có sóng 4G”, ông Giàng A Pao, Chủ tịch UBND xã Y Tý (huyện Bát Xát, Lào Cai) phấn khởi cho biết. Riêng năm qua, Viettel đã đầu tư 12 trạm phát sóng mới trên địa bàn huyện.

Theo Sở Thông tin và Truyền thông Lào Cai, đến nay toàn tỉnh còn 36 thôn, bản chưa có sóng di động băng rộng, chủ yếu ở các xã vùng cao biên giới. Trên phạm vi cả nước, theo Bộ Thông tin và Truyền thông, hiện còn khoảng 1.100 thôn, bản lõm sóng. Bộ đặt mục tiêu xóa hết các điểm lõm sóng có điện lưới trong năm 2024.

“Có sóng rồi thì bà con mới học được cách bán hàng trên mạng, mới dùng được dịch vụ công trực tuyến”, ông Pao nói.

Bài và ảnh: Hoàng Thu""",
        "2024-06-18",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-06-18", 36.0),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-06-18", 1100.0),
        ],
    ),
    # 10. Government press conference Q&A on the National Public Service Portal; cumulative levels at 30/6
    #     plus June's new accounts on the _new twin; trap: "gấp 1,5 lần cùng kỳ".
    (
        """Tại họp báo Chính phủ thường kỳ tháng 6/2024, phóng viên báo Lao Động đặt câu hỏi: Người dân đã thực sự dùng Cổng Dịch vụ công quốc gia nhiều hơn chưa, hay chủ yếu vẫn đến nộp trực tiếp?

Trả lời câu hỏi này, đại diện Văn phòng Chính phủ cho biết: “Tính đến ngày 30/6/2024, Cổng Dịch vụ công quốc gia đã có hơn 11,6 triệu tài khoản đăng ký, tiếp nhận trên 27,3 triệu hồ sơ trực tuyến; thực hiện hơn 10,5 triệu giao dịch thanh toán trực tuyến với số tiền trên 8.400 tỷ đồng. Riêng trong tháng 6, có thêm khoảng 380.000 tài khoản đăng ký mới, số giao dịch thanh toán gấp 1,5 lần cùng kỳ năm trước.”

Theo đại diện Văn phòng Chính phủ, những con số này cho thấy thói quen của người dân đã thay đổi, nhất là từ khi cho phép đăng nhập bằng tài khoản định danh điện tử VNeID. Tuy nhiên, ông cũng thừa nhận vẫn còn tình trạng hồ sơ trực tuyến “ảo”, nộp trực tuyến nhưng vẫn phải bổ sung giấy tờ bản giấy.""",
        "2024-07-05",
        [
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 11600000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-06-30", 27300000.0),
            ("online_payments_count", "national", "as_of", "2024-06-30", 10500000.0),
            ("online_payments_value", "national", "as_of", "2024-06-30", 8400.0),
            ("national_portal_accounts_new", "national", "month", "2024-06-30", 380000.0),
        ],
    ),
    # 11. Cybersecurity interview on 2023; traps: change (giảm 9,5%), world figure, 2025 target,
    #     a count of drills held.
    (
        """AN TOÀN THÔNG TIN

Phóng viên: Thưa ông, bức tranh an toàn thông tin năm 2023 có gì đáng chú ý?

Ông Đỗ Hữu Trí, Phó Cục trưởng Cục An toàn thông tin: Năm 2023, Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022. Số lượng giảm, nhưng mức độ tinh vi lại tăng, đặc biệt là tấn công mã hóa dữ liệu tống tiền.

Phóng viên: Còn tình trạng máy tính bị nhiễm mã độc, nằm trong mạng botnet?

Ông Đỗ Hữu Trí: Tính đến cuối năm 2023, số địa chỉ IP của Việt Nam nằm trong các mạng botnet vào khoảng 482.000. Trên thế giới, các hãng bảo mật ước tính có hàng chục triệu thiết bị đang bị điều khiển như vậy.

Phóng viên: Việc bảo đảm an toàn hệ thống thông tin theo cấp độ đã được thực hiện đến đâu?

Ông Đỗ Hữu Trí: Đây vẫn là khâu yếu. Đến hết năm 2023, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ mới đạt 49%. Mục tiêu đến năm 2025 là 100% hệ thống phải được phê duyệt và triển khai phương án bảo vệ. Trong năm qua, Cục cũng đã tổ chức 6 cuộc diễn tập thực chiến quy mô quốc gia.""",
        "2024-01-15",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 482000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-31", 49.0),
        ],
    ),
    # 12. Bình Dương conference speech; traps: change in points, 2025 target, Thủ Dầu Một city's rate.
    (
        """Phát biểu tại Hội nghị phát triển kinh tế số tỉnh Bình Dương, Phó Chủ tịch UBND tỉnh cho biết: “Năm 2023, kinh tế số chiếm khoảng 12,8% GRDP của tỉnh, tăng 1,6 điểm phần trăm so với năm 2022. Tỉnh phấn đấu đến năm 2025 tỷ trọng này đạt 20%.”

Về dịch vụ công, Phó Chủ tịch dẫn số liệu: đến cuối tháng 2/2024, 52% thủ tục hành chính của tỉnh đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình; thành phố Thủ Dầu Một là đơn vị có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 95%.

“Doanh nghiệp FDI ở Bình Dương đã số hóa rất nhanh. Cái chúng ta cần là doanh nghiệp nhỏ và vừa của người Bình Dương cũng phải bắt kịp”, ông nhấn mạnh.""",
        "2024-03-28",
        [
            ("digital_economy_gdp_share", "Bình Dương", "year", "2023-12-31", 12.8),
            ("dvctt_full_process_rate", "Bình Dương", "as_of", "2024-02-29", 52.0),
        ],
    ),
    # 13. Central bank official interviewed on Mobile Money; traps: sub-count "trong đó ... nông thôn",
    #     Thailand's figure, 2025 target.
    (
        """Phóng viên: Sau hơn 2 năm thí điểm, Mobile Money đã đến với người dân vùng sâu, vùng xa như thế nào?

Bà Phạm Thị Mai, Phó Vụ trưởng Vụ Thanh toán, Ngân hàng Nhà nước: Đến cuối tháng 3/2024, số khách hàng đăng ký sử dụng Mobile Money đạt 7,6 triệu, trong đó hơn 5 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo. Đó là điều chúng tôi mong muốn nhất khi thí điểm dịch vụ này.

Phóng viên: Tỷ lệ người dân có tài khoản ngân hàng hiện nay ra sao?

Bà Phạm Thị Mai: Tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng hiện đạt khoảng 87%, vượt mục tiêu 80% đặt ra cho năm 2025. Tuy vậy, so với Thái Lan, nơi tỷ lệ này trên 95%, chúng ta vẫn còn phải cố gắng.""",
        "2024-05-06",
        [
            ("mobile_money_customers", "national", "as_of", "2024-03-31", 7600000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-05-06", 87.0),
        ],
    ),
    # 14. Tax official Q&A on e-invoices; traps: "trong đó" sub-counts (có mã, máy tính tiền), businesses
    #     using e-invoices (no id), a change.
    (
        """Phóng viên: Sau hơn 2 năm áp dụng toàn diện hóa đơn điện tử, ông đánh giá thế nào về kết quả?

Ông Lê Văn Định, Phó Vụ trưởng Vụ Kê khai và Kế toán thuế, Tổng cục Thuế: Từ ngày 1/7/2022 đến hết tháng 9/2024, hệ thống hóa đơn điện tử đã tiếp nhận và xử lý hơn 8,3 tỷ hóa đơn, trong đó 2,9 tỷ hóa đơn có mã của cơ quan thuế. Riêng hóa đơn khởi tạo từ máy tính tiền là hơn 1,1 tỷ hóa đơn, tăng 38% so với cùng kỳ. Hiện có hơn 1,3 triệu doanh nghiệp và hộ kinh doanh đang sử dụng hóa đơn điện tử.

Phóng viên: Lợi ích lớn nhất mà hóa đơn điện tử mang lại là gì?

Ông Lê Văn Định: Như tôi vẫn nói, lợi ích lớn nhất là minh bạch. Dữ liệu hóa đơn giúp cơ quan thuế phát hiện sớm các đường dây mua bán hóa đơn khống, đồng thời doanh nghiệp tiết kiệm chi phí in ấn, lưu trữ.""",
        "2024-10-21",
        [
            ("e_invoices_total", "national", "as_of", "2024-09-30", 8300000000.0),
        ],
    ),
    # 15. Steering committee session, Q1/2025 figures quoted by the chair; quarter flow, daily average of the
    #     quarter, cumulative NDXP "đến nay"; traps: change vs Q4, named ministry, 2030 target.
    (
        """Phát biểu kết luận phiên họp sơ kết quý I/2025 của Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06, Phó Thủ tướng dẫn số liệu:

“Quý I/2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,2%. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận hơn 610 triệu giao dịch trong quý, bình quân mỗi ngày khoảng 6,8 triệu giao dịch, tăng 23% so với quý IV/2024. Lũy kế từ khi khai trương năm 2019 đến nay, NDXP đã thực hiện hơn 3,4 tỷ giao dịch.”

Phó Thủ tướng biểu dương một số đơn vị làm tốt, như Bộ Tài chính có tỷ lệ hồ sơ trực tuyến toàn trình trên 95%, đồng thời phê bình các bộ, địa phương còn để tình trạng “trên nóng, dưới lạnh”. “Đến năm 2030, chúng ta phấn đấu 100% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình. Muốn vậy thì ngay năm nay phải tăng tốc”, Phó Thủ tướng yêu cầu.""",
        "2025-04-18",
        [
            ("online_dossier_full_process_rate", "national", "quarter", "2025-03-31", 41.2),
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 610000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 6800000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-04-18", 3400000000.0),
        ],
    ),
    # 16. Thừa Thiên Huế department director interviewed; province's own figures; traps: DTI rank (no id),
    #     app downloads (no id), share of people with smartphones (no id).
    (
        """Phóng viên: Thừa Thiên Huế được biết đến với nền tảng đô thị thông minh Hue-S. 4 tháng đầu năm nay, chuyển đổi số của tỉnh có gì mới, thưa ông?

Ông Nguyễn Xuân Sơn, Giám đốc Sở Thông tin và Truyền thông Thừa Thiên Huế: 4 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 92,4%. Nền tảng Hue-S đã có hơn 1 triệu lượt tải và trở thành “cửa ngõ” để người dân phản ánh, tra cứu, thanh toán. Tỷ lệ người dân trưởng thành của tỉnh sử dụng dịch vụ công trực tuyến hiện khoảng 58%.

Phóng viên: Trong bảng xếp hạng chuyển đổi số cấp tỉnh (DTI) gần nhất, Thừa Thiên Huế đứng thứ 2 cả nước. Ông có hài lòng?

Ông Nguyễn Xuân Sơn: Thứ hạng chỉ là một góc. Chúng tôi quan tâm hơn đến việc người dân có dùng hay không. Hiện khoảng 85% người dân trong độ tuổi lao động của tỉnh có điện thoại thông minh, đó là nền tảng để đưa dịch vụ số đến từng hộ gia đình.""",
        "2024-05-14",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "ytd", "2024-04-30", 92.4),
            ("adult_population_using_dvctt_rate", "Thừa Thiên Huế", "as_of", "2024-05-14", 58.0),
        ],
    ),
    # 17. Sidelines interview, no sidecar date: the dateline dates it; 2020 yearly flow recalled;
    #     traps: Estonia's X-Road (another country), count of databases (no id).
    (
        """NDXP: TỪ VÀI CHỤC TRIỆU ĐẾN HƠN MỘT TỶ GIAO DỊCH

HÀ NỘI, 15/11/2023 - Trao đổi với phóng viên bên lề Hội thảo “Dữ liệu số - động lực phát triển”, ông Vũ Tuấn Anh, Giám đốc Trung tâm Dữ liệu và Nền tảng số (Cục Chuyển đổi số quốc gia) cho biết:

“Tính đến ngày 31/10/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã thực hiện hơn 1,2 tỷ giao dịch kể từ khi khai trương tháng 3/2019. Năm 2020, cả năm chỉ có khoảng 28 triệu giao dịch; bây giờ chỉ vài tuần là vượt con số đó.”

Theo ông Vũ Tuấn Anh, hiện NDXP đã kết nối với 94 bộ, ngành, địa phương và thiết lập 1.680 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu. Thông qua NDXP, Cổng Dịch vụ công quốc gia đang khai thác dữ liệu từ 43 cơ sở dữ liệu chuyên ngành.

“Estonia mất gần 20 năm để hệ thống X-Road trở thành xương sống của chính phủ số. Chúng ta muốn đi nhanh hơn, nhưng muốn nhanh thì dữ liệu phải đúng, đủ, sạch, sống”, ông nói.""",
        None,
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-10-31", 1200000000.0),
            ("ndxp_transactions_period", "national", "year", "2020-12-31", 28000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-11-15", 94.0),
            ("ndxp_connection_points", "national", "as_of", "2023-11-15", 1680.0),
        ],
    ),
    # 18. Keynote at an international forum; traps: Singapore's share, ASEAN GMV in USD, "gấp gần 4 lần"
    #     (derived), 2030 target. Growth IS the indicator for digital_economy_growth.
    (
        """Phát biểu tại Diễn đàn Kinh tế số ASEAN 2024, Thứ trưởng Bộ Thông tin và Truyền thông nói: “Năm 2023, kinh tế số của Việt Nam đóng góp khoảng 16,5% GDP và tăng trưởng khoảng 20%, gấp gần 4 lần tốc độ tăng GDP. Chúng tôi đặt mục tiêu đến năm 2030 kinh tế số chiếm 30% GDP.”

Thứ trưởng cho rằng khu vực Đông Nam Á đang bước vào “thập kỷ vàng” của kinh tế số, với tổng giá trị hàng hóa giao dịch trên nền tảng số năm 2024 ước vượt 260 tỷ USD. Ông dẫn ví dụ Singapore, nơi kinh tế số đã chiếm khoảng 17% GDP, và Indonesia với thị trường thương mại điện tử lớn nhất khu vực.

“Việt Nam không chọn đi theo, mà chọn cùng đi và ở một số lĩnh vực thì đi trước”, Thứ trưởng khẳng định, đồng thời mời các doanh nghiệp công nghệ khu vực đầu tư vào bán dẫn, trí tuệ nhân tạo và trung tâm dữ liệu tại Việt Nam.""",
        "2024-11-22",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
        ],
    ),
    # 19. Reader Q&A on fee cuts for online services; trap: remainder "11 địa phương còn lại", fee level 50% (no id).
    (
        """Hỏi: Tôi nghe nói nộp hồ sơ trực tuyến sẽ được giảm lệ phí. Xin hỏi quy định này đã được áp dụng ở bao nhiêu địa phương? (Trần Thị Hoa, Vĩnh Long)

Trả lời: Văn phòng Chính phủ trả lời như sau: Thực hiện Nghị quyết số 01/NQ-CP của Chính phủ, các địa phương được khuyến khích ban hành chính sách giảm phí, lệ phí khi người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến. Đến nay, đã có 52/63 tỉnh, thành phố ban hành nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí đối với dịch vụ công trực tuyến; 11 địa phương còn lại đang hoàn thiện hồ sơ để trình Hội đồng nhân dân cùng cấp.

Mức giảm phổ biến là 50% so với nộp hồ sơ trực tiếp, có nơi miễn hoàn toàn một số loại lệ phí. Bạn có thể tra cứu mức phí cụ thể của từng thủ tục tại Cổng Dịch vụ công quốc gia hoặc Cổng dịch vụ công của tỉnh.""",
        "2023-09-12",
        [
            ("localities_fee_reduction", "national", "as_of", "2023-09-12", 52.0),
        ],
    ),
    # 20. Ministry's monthly press conference, Q&A on dead-zone villages; traps: sub-count after "Trong đó"
    #     (villages without electricity), Viettel's share, year-end target; the covered count 1.052 has no id.
    (
        """Tại họp báo định kỳ tháng 8/2024 của Bộ Thông tin và Truyền thông, phóng viên báo Nhân Dân hỏi về tiến độ chương trình xóa “lõm sóng”. Cục trưởng Cục Viễn thông trả lời:

“Đến hết tháng 8/2024, các doanh nghiệp viễn thông đã phủ sóng cho 1.052 thôn, đạt 62,8% số thôn lõm sóng có điện lưới theo danh sách rà soát. Cả nước còn 624 thôn chưa có sóng di động. Trong đó, 496 thôn chưa có điện lưới quốc gia, việc đầu tư trạm phát sóng gặp rất nhiều khó khăn.”

Theo Cục trưởng, Viettel là doanh nghiệp đóng góp nhiều nhất với khoảng 500 thôn được phủ sóng. Bộ phấn đấu đến cuối năm 2024 hoàn thành phủ sóng toàn bộ các thôn có điện lưới, với các thôn chưa có điện sẽ sử dụng giải pháp năng lượng mặt trời và vệ tinh.""",
        "2024-09-06",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-08-31", 62.8),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-08-31", 624.0),
        ],
    ),
    # 21. All-trap interview: one named ministry's own figures (Bộ Tư pháp), counts of plans and decisions,
    #     a target; nothing national or provincial.
    (
        """Phóng viên: Thưa Thứ trưởng, Bộ Tư pháp đã đạt được những kết quả gì trong cung cấp dịch vụ công trực tuyến?

Thứ trưởng Bộ Tư pháp: Hiện nay, 98% thủ tục hành chính thuộc thẩm quyền của Bộ đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình. 6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến của Bộ đạt 87%. Riêng dịch vụ cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID, sau khi thí điểm tại Hà Nội và Thừa Thiên Huế, đã tiếp nhận hơn 1,2 triệu yêu cầu.

Phóng viên: Bộ đã chuẩn bị gì cho giai đoạn tới?

Thứ trưởng Bộ Tư pháp: Trong năm, Bộ đã ban hành 12 kế hoạch và 5 quyết định về chuyển đổi số. Chúng tôi đặt mục tiêu đến hết năm 2024, 100% hồ sơ lý lịch tư pháp được tiếp nhận qua môi trường điện tử.""",
        "2024-08-14",
        [],
    ),
    # 22. City chairman's speech (Hải Phòng, after the 2025 merger) quoting the city's and the country's 5G;
    #     traps: a ward's 100%, year-end target for industrial zones.
    (
        """Phát biểu tại Hội nghị chuyển đổi số thành phố Hải Phòng sau hợp nhất, Chủ tịch UBND thành phố cho biết: “Hiện nay, sóng 5G đã phủ 85% dân số thành phố. 7 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của Hải Phòng đạt 68,9%; có phường như phường Lê Chân đã đạt 100%.”

Theo Chủ tịch UBND thành phố, Hải Phòng đang đi nhanh hơn mặt bằng chung về hạ tầng. Dẫn số liệu của Bộ Khoa học và Công nghệ, ông cho biết vùng phủ 5G của cả nước hiện đạt khoảng 39% dân số, với hơn 13.000 trạm 5G đã được lắp đặt.

“Mục tiêu đến cuối năm 2025, 100% khu công nghiệp, khu kinh tế của thành phố có sóng 5G. Sau hợp nhất, bộ máy mới phải vận hành trên nền tảng số ngay từ đầu, không có chuyện làm thủ công rồi mới số hóa”, ông nói.""",
        "2025-08-20",
        [
            ("fiveg_population_coverage_rate", "Hải Phòng", "as_of", "2025-08-20", 85.0),
            ("online_dossier_full_process_rate", "Hải Phòng", "ytd", "2025-07-31", 68.9),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-08-20", 39.0),
            ("fiveg_bts_count", "national", "as_of", "2025-08-20", 13000.0),
        ],
    ),
    # 23. Talk-show transcript with moderator and two guests; national satisfaction and Bắc Giang's own rate;
    #     traps: a VCCI survey share, a district's 80%.
    (
        """TỌA ĐÀM “DỊCH VỤ CÔNG TRỰC TUYẾN: LÀM SAO ĐỂ NGƯỜI DÂN MUỐN DÙNG?”

Người dẫn chương trình: Xin chào quý vị khán giả. Tham dự tọa đàm hôm nay có ông Nguyễn Đức Tâm, Phó Cục trưởng Cục Kiểm soát thủ tục hành chính, Văn phòng Chính phủ, và bà Hoàng Thị Lan, Phó Giám đốc Sở Thông tin và Truyền thông Bắc Giang. Thưa ông Tâm, người dân đánh giá thế nào về dịch vụ công hiện nay?

Ông Nguyễn Đức Tâm: Theo kết quả đánh giá trên Cổng Dịch vụ công quốc gia, 5 tháng đầu năm 2023, mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt 87,2%. Đó là con số tích cực, nhưng phải nói thẳng là vẫn còn những phản ánh về hệ thống chậm, lỗi đăng nhập.

Người dẫn chương trình: Một khảo sát của VCCI cho thấy 68% doanh nghiệp từng gặp khó khăn khi nộp hồ sơ trực tuyến. Thưa bà Lan, ở địa phương thì sao?

Bà Hoàng Thị Lan: Ở Bắc Giang chúng tôi, 5 tháng đầu năm tỷ lệ hồ sơ xử lý trực tuyến đạt 62,7%, riêng huyện Lạng Giang trên 80%. Chúng tôi tổ chức tổ công nghệ số cộng đồng đến từng thôn để hướng dẫn bà con, cầm tay chỉ việc.

Người dẫn chương trình: Xin cảm ơn hai vị khách mời!""",
        "2023-06-30",
        [
            ("satisfaction_rate", "national", "ytd", "2023-05-31", 87.2),
            ("online_dossier_rate", "Bắc Giang", "ytd", "2023-05-31", 62.7),
        ],
    ),
    # 24. Interview on the smartphone programme; count and share of smartphone subscriptions kept;
    #     traps: share of adults with smartphones (people, no id), 2G-only remainder, operator's gift, India.
    (
        """Phóng viên: Chương trình “Mỗi người dân một điện thoại thông minh” đã đi được bao xa, thưa ông?

Ông Nguyễn Phong Nhã, Phó Cục trưởng Cục Viễn thông: Tính đến cuối tháng 6/2023, cả nước có khoảng 100,1 triệu thuê bao di động sử dụng smartphone, chiếm 81,5% tổng số thuê bao di động. Theo một khảo sát gần đây, khoảng 73% người trưởng thành đã sở hữu điện thoại thông minh.

Phóng viên: Vậy còn bao nhiêu người vẫn dùng điện thoại “cục gạch”?

Ông Nguyễn Phong Nhã: Vẫn còn khoảng 16 triệu thuê bao chỉ dùng điện thoại 2G, chủ yếu là người cao tuổi và người ở vùng khó khăn. Các doanh nghiệp đang có nhiều chính sách hỗ trợ, như MobiFone tặng 300.000 máy cho hộ nghèo. Ấn Độ từng làm điều tương tự với điện thoại giá rẻ và rất thành công.""",
        "2023-08-02",
        [
            ("smartphone_subscriptions", "national", "as_of", "2023-06-30", 100100000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-06-30", 81.5),
        ],
    ),
    # 25. National Assembly question time: a deputy's figure is dated by the minister to 2022 (kept as 2022);
    #     the current level repeated "như tôi đã nói"; trap: the 50% target of 2025.
    (
        """CHẤT VẤN: VÌ SAO NGƯỜI DÂN CHƯA MẶN MÀ VỚI DỊCH VỤ CÔNG TRỰC TUYẾN?

Chiều 8/11, tiếp tục phiên chất vấn tại Kỳ họp thứ 8, Quốc hội khóa XV, đại biểu Trần Văn Tiến (Đoàn ĐBQH tỉnh Hòa Bình) nêu vấn đề: “Tôi được biết tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến chỉ khoảng 30%. Đề nghị Bộ trưởng cho biết nguyên nhân và giải pháp?”

Trả lời đại biểu, Bộ trưởng cho biết: “Con số 30% mà đại biểu nêu là số liệu của năm 2022. Hiện nay, tỷ lệ người trưởng thành sử dụng dịch vụ công trực tuyến đã đạt khoảng 46%. Nguyên nhân chưa cao là nhiều dịch vụ còn thiết kế theo góc nhìn của cơ quan quản lý chứ chưa lấy người dân làm trung tâm.”

Tranh luận lại, đại biểu cho rằng tiến độ vẫn chậm. Bộ trưởng tiếp tục: “Như tôi đã nói, 46% là chưa đạt kỳ vọng. Mục tiêu đến năm 2025 là 50%, và chúng tôi sẽ cùng các bộ, ngành rà soát lại toàn bộ quy trình để người dân chỉ cần vài thao tác là hoàn thành.”""",
        "2024-11-08",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2022-12-31", 30.0),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2024-11-08", 46.0),
        ],
    ),
    # 26. Q&A on the 2024 UN e-government survey; the 2022 rank recalled is kept; traps: "tăng 15 bậc",
    #     Singapore's and Korea's ranks, component index value.
    (
        """Phóng viên: Liên Hợp Quốc vừa công bố kết quả khảo sát Chính phủ điện tử năm 2024. Việt Nam được xếp hạng thế nào, thưa ông?

Ông Hồ Đức Thắng, Cục trưởng Cục Chuyển đổi số quốc gia: Năm 2024, Việt Nam xếp hạng 71/193 quốc gia về chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với vị trí 86 của năm 2022. Lần đầu tiên Việt Nam được đưa vào nhóm có chỉ số EGDI rất cao.

Phóng viên: Đâu là yếu tố giúp chúng ta tăng hạng mạnh như vậy?

Ông Hồ Đức Thắng: Chỉ số thành phần về hạ tầng viễn thông tăng mạnh nhất, đạt 0,8059 điểm. Tất nhiên, khoảng cách với các nước dẫn đầu vẫn còn lớn: Hàn Quốc xếp thứ 4, Singapore thứ 3. Chúng tôi kỳ vọng kỳ đánh giá năm 2026 Việt Nam sẽ vào nhóm 50 nước dẫn đầu.""",
        "2024-09-20",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 27. Lâm Đồng director interviewed; the province's own figures; traps: Đơn Dương district's 100%,
    #     Đà Lạt city's share, the procedure count 1.526/1.780 (no id).
    (
        """Phóng viên: Lâm Đồng đang ở đâu trên bản đồ dịch vụ công trực tuyến, thưa bà?

Bà Lê Thị Thu Hà, Giám đốc Sở Thông tin và Truyền thông Lâm Đồng: Hiện Lâm Đồng cung cấp 1.526/1.780 thủ tục hành chính dưới dạng dịch vụ công trực tuyến, đạt 85,7%. 2 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 56,3%. Một số huyện làm rất tốt, như huyện Đơn Dương đã đạt 100% hồ sơ trực tuyến ở cấp xã.

Phóng viên: Còn thành phố Đà Lạt?

Bà Lê Thị Thu Hà: Đà Lạt là đô thị du lịch nên nhu cầu thanh toán số rất lớn, khoảng 70% giao dịch tại các điểm du lịch đã không dùng tiền mặt. Tôi cho rằng Đà Lạt sẽ sớm trở thành hình mẫu về đô thị thông minh của vùng Tây Nguyên.""",
        "2024-03-05",
        [
            ("dvctt_rate", "Lâm Đồng", "as_of", "2024-03-05", 85.7),
            ("online_dossier_rate", "Lâm Đồng", "ytd", "2024-02-29", 56.3),
        ],
    ),
    # 28. Year-end conference held in January, speech reviewing 2022; traps: share of adults with smartphones
    #     (people), count of digital-tech firms (no id), 2025 target.
    (
        """Sáng 5/1, Bộ Thông tin và Truyền thông tổ chức Hội nghị tổng kết công tác năm 2022. Phát biểu tại hội nghị, lãnh đạo Bộ khẳng định năm 2022 là năm chuyển đổi số đã “đi vào cuộc sống”.

“Năm 2022, kinh tế số ước chiếm khoảng 14,26% GDP. Đến hết năm 2022, tỷ lệ hộ gia đình có kết nối cáp quang đạt 75%; khoảng 73% người trưởng thành đã có điện thoại thông minh. Cả nước có hơn 70.000 doanh nghiệp công nghệ số”, lãnh đạo Bộ cho biết.

Theo lãnh đạo Bộ, mục tiêu năm 2025 kinh tế số chiếm 20% GDP là rất thách thức. “Không có con đường nào khác ngoài việc mỗi ngành, mỗi địa phương phải tự đo được kinh tế số của mình, như tôi đã nói nhiều lần: cái gì không đo được thì không quản lý được”, ông nói.""",
        "2023-01-05",
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 75.0),
        ],
    ),
    # 29. Police department head's statement in quotation marks on Đề án 06 (2025); traps: change vs end-2024,
    #     the ministry's own services after "trong đó".
    (
        """Trao đổi với báo chí bên lề hội nghị, Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội (Bộ Công an) nhấn mạnh: “Đến nay, lực lượng Công an đã cấp hơn 88 triệu thẻ căn cước, hơn 61,2 triệu tài khoản định danh điện tử đã được kích hoạt, tăng khoảng 3 triệu tài khoản so với cuối năm 2024.”

Về dịch vụ công, ông cho biết: “Đến nay, 59/76 dịch vụ công thiết yếu theo Đề án 06 đã được cung cấp trực tuyến toàn trình, trong đó có 25 dịch vụ do Bộ Công an chủ trì. Người dân đã có thể làm thủ tục đăng ký khai sinh, đăng ký thường trú, cấp lại giấy phép lái xe ngay trên điện thoại.”

Theo ông, năm 2025 là năm “tăng tốc, bứt phá”, Bộ Công an sẽ tiếp tục phối hợp với các bộ, ngành làm sạch dữ liệu chuyên ngành để kết nối với Cơ sở dữ liệu quốc gia về dân cư.""",
        "2025-03-12",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-03-12", 88000000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-03-12", 61200000.0),
            ("essential_services_full_process", "national", "as_of", "2025-03-12", 59.0),
        ],
    ),
    # 30. Cần Thơ official interviewed, the city's 7-month rate against the country's half-year rate;
    #     traps: Ninh Kiều district's 90%, derived gap "cao hơn 26 điểm phần trăm".
    (
        """Phóng viên: Cần Thơ vừa lọt nhóm dẫn đầu về hồ sơ trực tuyến toàn trình. Bí quyết của thành phố là gì, thưa ông?

Ông Huỳnh Văn Tâm, Phó Giám đốc Sở Thông tin và Truyền thông TP Cần Thơ: 7 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của Cần Thơ đạt 64,3%, trong khi bình quân cả nước 6 tháng đầu năm là 38,1%. Tức là chúng tôi cao hơn khoảng 26 điểm phần trăm. Riêng quận Ninh Kiều đạt trên 90%.

Bí quyết, nếu có, là chúng tôi không để cán bộ một cửa “nhận hồ sơ giấy cho nhanh”. Hồ sơ nào đủ điều kiện trực tuyến thì cán bộ hướng dẫn người dân nộp ngay trên máy tính đặt tại bộ phận một cửa. Ban đầu người dân có phàn nàn, nhưng bây giờ đã quen.""",
        "2024-08-09",
        [
            ("online_dossier_full_process_rate", "Cần Thơ", "ytd", "2024-07-31", 64.3),
            ("online_dossier_full_process_rate", "national", "half", "2024-06-30", 38.1),
        ],
    ),
    # 31. Operator executive interviewed (VNPT); only the ministry's national May figures are kept;
    #     traps: VNPT's own speed and fibre subscribers, upload speed.
    (
        """Phóng viên: Tốc độ Internet ở Việt Nam gần đây tăng rất nhanh. Vai trò của VNPT trong đó thế nào, thưa ông?

Ông Ngô Minh Đức, Phó Tổng giám đốc VNPT: Theo số liệu của Cục Viễn thông, tháng 5/2024 tốc độ băng rộng cố định trung bình của Việt Nam đạt 141,6 Mbps, di động đạt 54,5 Mbps. Riêng trên mạng VNPT, tốc độ cáp quang trung bình đã vượt 180 Mbps, tốc độ tải lên khoảng 130 Mbps. VNPT hiện phục vụ hơn 10 triệu thuê bao cáp quang.

Phóng viên: Năm nay VNPT có kế hoạch nâng cấp gì?

Ông Ngô Minh Đức: Chúng tôi dự kiến nâng gói cước tối thiểu lên 300 Mbps cho khách hàng cá nhân và bắt đầu triển khai Wi-Fi 7 tại các đô thị lớn trong quý III.""",
        "2024-06-25",
        [
            ("fixed_broadband_speed", "national", "month", "2024-05-31", 141.6),
            ("mobile_broadband_speed", "national", "month", "2024-05-31", 54.5),
        ],
    ),
    # 32. Government Office spokesperson at a press conference on H1/2025; ministries vs localities split,
    #     levels at 30/6 incl. the eligible-procedures share; traps: change in points, Bộ Công an's 100%.
    (
        """Tại họp báo Chính phủ thường kỳ tháng 6/2025, trả lời câu hỏi của phóng viên về tiến độ cải cách thủ tục hành chính, người phát ngôn Văn phòng Chính phủ cho biết:

“6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,6%, tăng 4,4 điểm phần trăm so với quý I; trong đó các bộ, ngành đạt 52,1%, các địa phương đạt 40,3%. Tính đến ngày 30/6/2025, 55,4% thủ tục hành chính đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình; tính trên số thủ tục đủ điều kiện thì tỷ lệ cung cấp toàn trình đạt 89,7%.”

Người phát ngôn cũng cho biết có bộ đạt kết quả rất cao như Bộ Công an với 100% hồ sơ trực tuyến toàn trình ở một số dịch vụ, nhưng cũng có địa phương dưới 20%. “Từ ngày 1/7, khi chính quyền địa phương hai cấp vận hành, yêu cầu càng phải quyết liệt hơn”, người phát ngôn nhấn mạnh.""",
        "2025-07-10",
        [
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 45.6),
            ("online_dossier_full_process_rate", "ministries", "half", "2025-06-30", 52.1),
            ("online_dossier_full_process_rate", "localities", "half", "2025-06-30", 40.3),
            ("dvctt_full_process_rate", "national", "as_of", "2025-06-30", 55.4),
            ("full_process_provision_rate", "national", "as_of", "2025-06-30", 89.7),
        ],
    ),
    # 33. Nghệ An leader answering reporters after the 2025 reorganisation; province's 10-month figures;
    #     traps: a ward's 99%, year-end target.
    (
        """Trả lời phỏng vấn bên lề Hội nghị Tỉnh ủy, Phó Chủ tịch UBND tỉnh Nghệ An cho biết: “10 tháng năm 2025, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 71,8%, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 96,5%. Sau khi sắp xếp, nhiều xã mới rất rộng, người dân đi lại xa, nên dịch vụ công trực tuyến lại càng cần thiết.”

Theo Phó Chủ tịch, có đơn vị như phường Thành Vinh đã đạt 99% hồ sơ trực tuyến, nhưng nhiều xã miền núi vẫn dưới 40% do hạ tầng và kỹ năng số của người dân còn hạn chế. Tỉnh phấn đấu đến cuối năm 2025 tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 80%.""",
        "2025-11-14",
        [
            ("online_dossier_rate", "Nghệ An", "ytd", "2025-10-31", 71.8),
            ("e_result_rate", "Nghệ An", "ytd", "2025-10-31", 96.5),
        ],
    ),
    # 34. Government Office leader's speech on thematic resolutions and EMC; traps: remainder 383 procedures,
    #     count of thematic resolutions, 2024 target.
    (
        """Phát biểu tại hội nghị triển khai nhiệm vụ cải cách thủ tục hành chính năm 2024, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ nêu rõ: “Chính phủ đã ban hành 15 nghị quyết chuyên đề về đơn giản hóa thủ tục hành chính dựa trên dữ liệu dân cư. Đến nay, các bộ đã thực thi phương án cắt giảm, đơn giản hóa 701/1.084 thủ tục; còn 383 thủ tục đang được sửa đổi văn bản quy phạm pháp luật.”

Về theo dõi, giám sát, Bộ trưởng cho biết hiện mới có 62% hệ thống giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống thông tin giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC). “Không kết nối thì không đo được, mà không đo được thì không quản được. Năm 2024, yêu cầu là 100% hệ thống phải kết nối”, ông nói.""",
        "2024-03-20",
        [
            ("procedures_simplified", "national", "as_of", "2024-03-20", 701.0),
            ("emc_connection_rate", "national", "as_of", "2024-03-20", 62.0),
        ],
    ),
    # 35. Interview on 2024 broadband levels; counts and per-100 rates and internet use, all at end-2024;
    #     traps: growth rate, China's figure, an operator's subscriber count.
    (
        """Phóng viên: Thưa ông, hạ tầng băng rộng của Việt Nam đến cuối năm 2024 đã phát triển ra sao?

Ông Phạm Đức Long, Phó Cục trưởng Cục Viễn thông: Tính đến hết năm 2024, Việt Nam có khoảng 89,5 triệu thuê bao băng rộng di động, tương đương 88,4 thuê bao/100 dân; 23,3 triệu thuê bao băng rộng cố định, khoảng 23 thuê bao/100 dân; tỷ lệ dân số sử dụng Internet đạt 79,1%. Số thuê bao băng rộng cố định tăng 5,2% so với năm 2023.

Phóng viên: So với khu vực thì sao?

Ông Phạm Đức Long: Về băng rộng cố định chúng ta đã thuộc nhóm khá. Trung Quốc có khoảng 45 thuê bao/100 dân, chúng ta còn cách xa. Riêng VinaPhone đã có khoảng 33 triệu thuê bao di động, nhưng điều quan trọng hơn là chất lượng, chứ không chỉ là số lượng.""",
        "2025-02-26",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 89500000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 88.4),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23300000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 23.0),
            ("internet_users_rate", "national", "as_of", "2024-12-31", 79.1),
        ],
    ),
    # 36. Whole article: year-end 2025 conference of the science and technology ministry, minister quoted;
    #     traps: Viettel's stations, 2026 target, speed rank, page furniture numbers (views, comments).
    (
        """Trang chủ › Khoa học - Công nghệ › Chuyển đổi số

Bộ trưởng KH&CN: “Năm 2025, hạ tầng số đã thực sự đi trước”

08/01/2026 09:30 GMT+7 | Lượt xem: 2.318

Thu Trang

(Chinhphu.vn) - Sáng 8/1, Bộ Khoa học và Công nghệ tổ chức Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.

Phát biểu chỉ đạo, Bộ trưởng Bộ Khoa học và Công nghệ nhấn mạnh: “Năm 2025, kinh tế số ước đạt khoảng 19,5% GDP, tăng trưởng khoảng 21%. Đến hết năm 2025, cả nước có hơn 30.000 trạm 5G, vùng phủ 5G đạt khoảng 80% dân số. Tốc độ di động trung bình tháng 11/2025 đạt 158 Mbps, đưa Việt Nam vào nhóm 20 nước có tốc độ di động nhanh nhất thế giới.”

Theo Bộ trưởng, riêng Viettel đã lắp đặt khoảng 20.000 trạm 5G, phần còn lại do VNPT và MobiFone đầu tư. “Năm 2026, chúng ta phấn đấu kinh tế số đạt 22% GDP. Như tôi đã nói từ đầu năm ngoái, hạ tầng phải đi trước, và năm nay chúng ta đã chứng minh được điều đó”, Bộ trưởng nói.

Bình luận (12) | Chia sẻ: Facebook · Zalo

TIN LIÊN QUAN
- Phủ sóng 5G: Việt Nam lọt nhóm dẫn đầu ASEAN
- Kinh tế số: Động lực tăng trưởng mới""",
        "2026-01-08",
        [
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 19.5),
            ("digital_economy_growth", "national", "year", "2025-12-31", 21.0),
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 30000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 80.0),
            ("mobile_broadband_speed", "national", "month", "2025-11-30", 158.0),
        ],
    ),
    # 37. Đồng Tháp interview with rounded rhetorical figures; the province's 10-month rates kept;
    #     traps: "gần như 100% hộ dân có điện thoại" (no id), Sa Đéc city's rate, "hàng triệu lượt".
    (
        """Phóng viên: Người ta hay nói Đồng Tháp “làm chuyển đổi số từ ruộng lúa”. Ông nghĩ sao về nhận xét đó?

Ông Lê Minh Hoan, Giám đốc Sở Thông tin và Truyền thông Đồng Tháp: Tôi thích nhận xét đó. Ở Đồng Tháp, gần như 100% hộ dân có điện thoại, bà con bán xoài, bán sen trên mạng, hàng triệu lượt giao dịch không dùng tiền mặt mỗi tháng. Chuyển đổi số phải bắt đầu từ cái người dân cần.

Phóng viên: Còn dịch vụ công trực tuyến?

Ông Lê Minh Hoan: 10 tháng năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 95,2%, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 97,6%, tỷ lệ khai thác, sử dụng lại dữ liệu đã số hóa khoảng 40%. Thành phố Sa Đéc đã đạt 99% hồ sơ trực tuyến. Con số tái sử dụng dữ liệu là điều tôi chưa hài lòng nhất.""",
        "2024-11-27",
        [
            ("online_dossier_rate", "Đồng Tháp", "ytd", "2024-10-31", 95.2),
            ("e_result_rate", "Đồng Tháp", "ytd", "2024-10-31", 97.6),
            ("data_reuse_rate", "Đồng Tháp", "ytd", "2024-10-31", 40.0),
        ],
    ),
    # 38. Speech recalling three earlier years of the national online-dossier rate (each kept with its year);
    #     traps: "tăng gần gấp đôi", 2024 and 2025 targets.
    (
        """Phát biểu tại Hội nghị triển khai Đề án 06 và cải cách thủ tục hành chính năm 2024, Phó Thủ tướng đề nghị các đại biểu “nhìn lại chặng đường để thấy mình đã đi được bao xa”.

“Năm 2021, tỷ lệ hồ sơ xử lý trực tuyến của cả nước mới đạt 23%. Năm 2022, con số này là 24,6%, gần như đứng yên. Và năm 2023, chúng ta đã đạt 40,2%, tăng gần gấp đôi chỉ trong một năm. Đó là nhờ chúng ta làm thật, đo thật”, Phó Thủ tướng nói.

Tuy nhiên, Phó Thủ tướng lưu ý: “Năm 2024 phải đạt ít nhất 50%, và đến năm 2025 là 80% theo mục tiêu của Chương trình chuyển đổi số quốc gia. Không có chuyện năm nào cũng chỉ báo cáo là có tiến bộ.”""",
        "2024-02-22",
        [
            ("online_dossier_rate", "national", "year", "2021-12-31", 23.0),
            ("online_dossier_rate", "national", "year", "2022-12-31", 24.6),
            ("online_dossier_rate", "national", "year", "2023-12-31", 40.2),
        ],
    ),
    # 39. Government Office official's Q&A on Q1/2023: ministries vs localities e-result split and national
    #     data reuse; traps: one ministry's 100%, a change in points.
    (
        """Phóng viên: Vì sao người dân vẫn phải nộp lại giấy tờ dù đã làm thủ tục trực tuyến?

Bà Ngô Hải Phan, Cục trưởng Cục Kiểm soát thủ tục hành chính, Văn phòng Chính phủ: Đó chính là câu chuyện số hóa. Quý I/2023, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử của các bộ, ngành đạt 52,6%, của các địa phương đạt 35,8%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa chung cả nước chỉ 8,2%. Nghĩa là kết quả đã số hóa nhưng gần như chưa được dùng lại.

Phóng viên: Có nơi nào làm tốt không, thưa bà?

Bà Ngô Hải Phan: Có chứ. Bộ Tư pháp đã cấp 100% kết quả điện tử với phiếu lý lịch tư pháp. Tỷ lệ cấp kết quả điện tử của các địa phương đã tăng khoảng 10 điểm phần trăm so với cuối năm 2022, nhưng như tôi đã nói, dùng lại mới là chuyện chính.""",
        "2023-05-25",
        [
            ("e_result_rate", "ministries", "quarter", "2023-03-31", 52.6),
            ("e_result_rate", "localities", "quarter", "2023-03-31", 35.8),
            ("data_reuse_rate", "national", "quarter", "2023-03-31", 8.2),
        ],
    ),
    # 40. All-trap interview with a foreign expert: Korea's and Estonia's figures, Vietnam's targets only.
    (
        """Phóng viên: Thưa ông, từ kinh nghiệm Hàn Quốc, Việt Nam nên ưu tiên điều gì trong chính phủ số?

Tiến sĩ Kim Jae-won, chuyên gia Viện Xã hội thông tin Hàn Quốc (NIA): Ở Hàn Quốc, khoảng 98% hồ sơ hành chính được nộp trực tuyến, và hơn 90% người trưởng thành dùng dịch vụ công trực tuyến ít nhất một lần mỗi năm. Estonia còn đi xa hơn, 99% dịch vụ công đã có trên mạng. Nhưng chúng tôi mất hơn 20 năm để làm được như vậy.

Phóng viên: Việt Nam đặt mục tiêu đến năm 2030 có 100% dịch vụ công trực tuyến toàn trình. Ông thấy có khả thi?

Tiến sĩ Kim Jae-won: Mục tiêu đó tham vọng nhưng khả thi, vì Việt Nam có cơ sở dữ liệu dân cư thống nhất, điều mà Hàn Quốc cũng mất nhiều năm mới làm được. Điều quan trọng là dữ liệu phải được chia sẻ giữa các cơ quan.""",
        "2025-06-05",
        [],
    ),
    # 41. Whole provincial portal article with furniture (breadcrumb, views, related links), Bắc Ninh on 10/10;
    #     a central official's NDXP figure kept as national; traps: view count, a district's figure.
    (
        """Trang chủ » Thời sự » Chuyển đổi số

Bắc Ninh: Lan tỏa Ngày Chuyển đổi số quốc gia 10/10

Cập nhật: 11/10/2024 08:15 | Lượt xem: 1.245

BNP - Sáng 10/10, UBND tỉnh Bắc Ninh tổ chức chương trình hưởng ứng Ngày Chuyển đổi số quốc gia năm 2024 với chủ đề “Phát triển kinh tế số để tăng trưởng nhanh và bền vững”.

Theo báo cáo của Sở Thông tin và Truyền thông, 9 tháng năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 73,4%; thị xã Quế Võ đạt 88%. Hiện nay, tỷ lệ thủ tục hành chính của tỉnh được cung cấp trực tuyến toàn trình đạt 60,5%.

Phát biểu tại chương trình, đại diện Cục Chuyển đổi số quốc gia cho biết: “Tính đến ngày 30/9/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia đã có hơn 2,1 tỷ giao dịch lũy kế. Bắc Ninh là một trong những địa phương khai thác dữ liệu qua nền tảng này hiệu quả nhất.”

Quang Minh

Tin liên quan:
- Bắc Ninh ra mắt Trung tâm điều hành thông minh
- 1.200 tổ công nghệ số cộng đồng ra quân

In bài | Gửi email | Chia sẻ""",
        "2024-10-11",
        [
            ("online_dossier_full_process_rate", "Bắc Ninh", "ytd", "2024-09-30", 73.4),
            ("dvctt_full_process_rate", "Bắc Ninh", "as_of", "2024-10-11", 60.5),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-09-30", 2100000000.0),
        ],
    ),
    # 42. Late press summary of a Q1/2024 conference speech: "Hiện nay" in a quarter review published >35 days
    #     later is dated at the quarter's end; traps: 2024 target, a change.
    (
        """Phát biểu tại Hội nghị sơ kết quý I/2024 về chuyển đổi số quốc gia, Thứ trưởng Bộ Thông tin và Truyền thông điểm lại các kết quả chính trong quý.

“Trong quý I/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia ghi nhận 245 triệu giao dịch, tăng 35% so với cùng kỳ. Hiện nay, 54,6% thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình”, Thứ trưởng cho biết.

Thứ trưởng yêu cầu các bộ, ngành, địa phương rà soát, phấn đấu đến hết năm 2024 đưa tỷ lệ này lên 80%, đồng thời tập trung làm sạch dữ liệu để tăng khả năng chia sẻ.""",
        "2024-05-20",
        [
            ("ndxp_transactions_period", "national", "quarter", "2024-03-31", 245000000.0),
            ("dvctt_full_process_rate", "national", "as_of", "2024-03-31", 54.6),
        ],
    ),
    # 43. Deputy minister interviewed with rounded figures said for effect; "gần 1 triệu" daily and "khoảng 80%"
    #     kept; traps: "70 triệu người có smartphone" (people), "hàng tỷ giao dịch" (no number).
    (
        """Phóng viên: Thứ trưởng hay nói “dữ liệu là tài nguyên”. Người dân có thể cảm nhận điều đó như thế nào?

Thứ trưởng Bộ Thông tin và Truyền thông: Tôi lấy ví dụ thế này. Nền tảng NDXP hiện mỗi ngày xử lý gần 1 triệu giao dịch giữa các hệ thống của Nhà nước. Mỗi giao dịch đó là một lần người dân không phải mang giấy tờ đi. Vài năm nữa, chúng ta sẽ nói chuyện bằng hàng tỷ giao dịch.

Phóng viên: Nhưng nhiều người vẫn thấy dịch vụ công trực tuyến khó dùng?

Thứ trưởng: Đúng vậy. Hiện khoảng 80% thủ tục hành chính đã được cung cấp dưới dạng dịch vụ công trực tuyến, nhưng cung cấp không có nghĩa là người dân dùng. Chúng ta có 100 triệu dân thì khoảng 70 triệu người đã có smartphone, đó là cơ hội rất lớn mà chúng ta chưa tận dụng hết.""",
        "2023-03-03",
        [
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-03-03", 1000000.0),
            ("dvctt_rate", "national", "as_of", "2023-03-03", 80.0),
        ],
    ),
    # 44. Short Q&A bulletin; national October 2025 download speeds and a dated smartphone share;
    #     traps: upload speeds, speed rank, 2G subscribers (no id).
    (
        """HỎI NHANH - ĐÁP GỌN

Hỏi: Mạng di động Việt Nam hiện nhanh đến mức nào?
Đáp: Theo số liệu đo kiểm được Cục Viễn thông công bố, tháng 10/2025, tốc độ tải xuống trung bình của mạng di động Việt Nam đạt 152,4 Mbps, băng rộng cố định đạt 238,7 Mbps; tốc độ tải lên lần lượt là 31,2 Mbps và 221,5 Mbps. Việt Nam đứng thứ 13 thế giới về tốc độ mạng cố định.

Hỏi: Còn bao nhiêu người dùng điện thoại 2G?
Đáp: Tính đến ngày 31/10/2025, 87,3% thuê bao di động đã sử dụng điện thoại thông minh. Hiện còn khoảng 2,5 triệu thuê bao chỉ dùng điện thoại 2G, các nhà mạng đang hỗ trợ chuyển đổi trước khi dừng hẳn công nghệ này.""",
        "2025-12-03",
        [
            ("mobile_broadband_speed", "national", "month", "2025-10-31", 152.4),
            ("fixed_broadband_speed", "national", "month", "2025-10-31", 238.7),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-10-31", 87.3),
        ],
    ),
]
