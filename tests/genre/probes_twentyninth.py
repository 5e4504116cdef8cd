"""Blind genre probes, round 29: officials speaking. The cases are interviews (PV: ... / Ông ...:),
conference speeches, press conferences of the ministry and of the Government Office, question-and-answer
columns and quotations in “...” introduced by "ông/bà X cho biết", where the indicator values sit inside
quotations and answers, rounded ("khoảng", "hơn", "gần") or exact, for the past year, this year so far
or a stated cut-off, with breakdowns by khối bộ, ngành / khối địa phương / one province, and with traps
the genre carries: targets and plans, year-on-year changes, operators' and other countries' figures,
sub-counts after "trong đó", counts of decrees and meetings, and "hiện nay" without any date.
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # Interview PV/Thứ trưởng: full-process share of procedures and of dossiers "tính đến hết tháng 5", a same-period-last-year comparison value, then a target (not stored)
    (
        """PV: Thưa Thứ trưởng, sau gần nửa năm triển khai, việc cung cấp dịch vụ công trực tuyến toàn trình đã đạt kết quả ra sao?
Thứ trưởng Lê Quang H.: Tính đến hết tháng 5/2025, khoảng 55% thủ tục hành chính trên cả nước đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình. Quan trọng hơn là người dân đã thực sự dùng: tỷ lệ hồ sơ được xử lý trực tuyến toàn trình đã lên tới hơn 45%, trong khi cùng kỳ năm ngoái con số này chỉ khoảng 30%.
PV: Mục tiêu cho những tháng cuối năm là gì, thưa ông?
Thứ trưởng Lê Quang H.: Chúng tôi phấn đấu đến cuối năm 2025, 100% thủ tục hành chính đủ điều kiện được cung cấp toàn trình và tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%.""",
        "2025-06-10",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-05-31", 55.0),
            ("online_dossier_full_process_rate", "national", "as_of", "2025-05-31", 45.0),
            ("online_dossier_full_process_rate", "national", "as_of", "2024-05-31", 30.0),
        ],
    ),
    # Press conference, value inside a “...” quotation after "cho biết": online dossier share of khối bộ, ngành vs khối địa phương "trong tháng 4"
    (
        """Chiều 3/5, Bộ Khoa học và Công nghệ tổ chức họp báo thường kỳ tháng 4/2025.
Trả lời câu hỏi của phóng viên về tình hình giải quyết thủ tục hành chính trên môi trường điện tử, ông Trần Minh T., Phó Cục trưởng Cục Chuyển đổi số quốc gia cho biết: “Trong tháng 4, tỷ lệ hồ sơ xử lý trực tuyến của khối bộ, ngành là 68,4%, còn khối địa phương mới ở mức 47,9%. Khoảng cách này vẫn còn lớn”.
Theo ông T., nguyên nhân chủ yếu là nhiều địa phương chưa tái sử dụng được dữ liệu đã số hóa.""",
        "2025-05-03",
        [
            ("online_dossier_rate", "ministries", "month", "2025-04-30", 68.4),
            ("online_dossier_rate", "localities", "month", "2025-04-30", 47.9),
        ],
    ),
    # Q&A column (Hỏi/Trả lời): 63/63 provinces with a fee-reduction resolution; reader's province, a "trong đó" sub-count and a 50% fee cut are not values
    (
        """Hỏi: Tôi ở Nghệ An, muốn biết hiện nay đã có bao nhiêu địa phương giảm lệ phí khi nộp hồ sơ qua mạng? (Bạn đọc Nguyễn Thị L.)
Trả lời: Theo Văn phòng Chính phủ, tính đến ngày 30/6/2024, 63/63 tỉnh, thành phố đã ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí khi sử dụng dịch vụ công trực tuyến, trong đó 21 địa phương miễn 100% lệ phí cho một số thủ tục.
Mức giảm phổ biến là 50% so với nộp trực tiếp. Bạn đọc có thể tra cứu chi tiết trên Cổng thông tin điện tử của UBND tỉnh Nghệ An.""",
        "2024-07-15",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-06-30", 63),
        ],
    ),
    # Conference speech in quotation: NDXP transactions over the half, daily average ("bình quân mỗi ngày hơn"), cumulative "chạm mốc 3,1 tỷ", connected agencies, connection points "hiện" (speech date)
    (
        """Phát biểu tại Hội nghị sơ kết công tác 6 tháng đầu năm 2025 sáng 8/7, Bộ trưởng nhấn mạnh: “Hạ tầng dữ liệu dùng chung đã thực sự vận hành. Trong 6 tháng đầu năm, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã xử lý khoảng 480 triệu giao dịch, bình quân mỗi ngày hơn 2,6 triệu giao dịch”.
Bộ trưởng cho biết thêm, lũy kế từ khi đưa vào vận hành đến hết tháng 6/2025, NDXP đã chạm mốc 3,1 tỷ giao dịch và có 105 cơ quan, đơn vị kết nối.
“Trên nền tảng này hiện đã thiết lập 1.120 điểm kết nối với các hệ thống thông tin, cơ sở dữ liệu của bộ, ngành, địa phương”, Bộ trưởng nói.""",
        "2025-07-08",
        [
            ("ndxp_transactions_period", "national", "half", "2025-06-30", 480000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-06-30", 2600000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-06-30", 3100000000),
            ("ndxp_connected_agencies", "national", "as_of", "2025-06-30", 105),
            ("ndxp_connection_points", "national", "as_of", "2025-07-08", 1120),
        ],
    ),
    # NEGATIVE: the Prime Minister's concluding remarks, all targets (phấn đấu, đến hết năm 2025, đến tháng 9/2025, vào năm 2030)
    (
        """Kết luận Hội nghị trực tuyến toàn quốc về chuyển đổi số, Thủ tướng yêu cầu các bộ, ngành, địa phương quyết liệt hơn nữa.
“Phải phấn đấu đến hết năm 2025, 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt ít nhất 50%; kinh tế số chiếm 20% GDP”, Thủ tướng nói.
Thủ tướng cũng giao Bộ Khoa học và Công nghệ chủ trì, bảo đảm đến tháng 9/2025 phủ sóng 5G tới 90% dân số và đưa Việt Nam vào nhóm 50 nước dẫn đầu về Chính phủ điện tử vào năm 2030.""",
        "2025-03-01",
        [],
    ),
    # NEGATIVE: interview answer comparing with other countries' 5G coverage and speeds and the world average
    (
        """PV: Hạ tầng 5G của Việt Nam đang ở đâu so với khu vực, thưa ông?
Ông Phạm Đức L., Vụ trưởng Vụ Viễn thông: Chúng ta đi sau. Hàn Quốc đã phủ sóng 5G cho hơn 95% dân số, Thái Lan khoảng 88%, Malaysia cũng đã vượt 80%.
Về tốc độ, băng rộng di động của Singapore đạt bình quân trên 120 Mbps, còn mức trung bình của thế giới hiện chỉ khoảng 60 Mbps.
Bài học của các nước là phải có chính sách dùng chung hạ tầng ngay từ đầu.""",
        "2025-04-20",
        [],
    ),
    # NEGATIVE: operators' own figures (Viettel, VNPT) quoted by their executives, plus an operator plan
    (
        """Trao đổi với phóng viên bên lề sự kiện, ông Hoàng Văn N., Phó Tổng Giám đốc Tập đoàn Viettel cho biết: “Đến nay, Viettel đã lắp đặt hơn 7.500 trạm 5G, phủ sóng khoảng 90% dân số; tốc độ tải xuống trung bình trên mạng 5G của Viettel đạt 600 Mbps”.
Cùng thời điểm, đại diện VNPT cho biết nhà mạng này có khoảng 11 triệu thuê bao băng rộng cố định và 4.000 trạm 5G đã phát sóng.
Cả hai doanh nghiệp đều đặt kế hoạch năm 2025 tăng gấp đôi số trạm.""",
        "2025-02-10",
        [],
    ),
    # NEGATIVE: spokesperson's quarter review given only as year-on-year changes (giảm 15,6% so với cùng kỳ, giảm 21%, tăng 12 điểm phần trăm)
    (
        """Tại họp báo quý I/2025, người phát ngôn Bộ cho biết tình hình an toàn thông tin mạng có chuyển biến tích cực.
“Số cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam trong quý I giảm 15,6% so với cùng kỳ năm 2024, số địa chỉ IP nằm trong mạng botnet giảm 21%”, người phát ngôn nói.
Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ cấp độ tăng 12 điểm phần trăm so với cuối năm ngoái.""",
        "2025-04-10",
        [],
    ),
    # Year-end review speech: counts of decrees, circulars and conferences (not values) beside the portal's dossiers received during 2024 ("gấp 1,5 lần" not stored)
    (
        """Báo cáo tại Hội nghị tổng kết năm 2024, Thứ trưởng cho biết trong năm Bộ đã trình Chính phủ ban hành 9 nghị định, ban hành theo thẩm quyền 37 thông tư và tổ chức 14 hội nghị chuyên đề về chuyển đổi số.
Ông cho biết, năm 2024 Cổng Dịch vụ công quốc gia đã tiếp nhận 9,8 triệu hồ sơ trực tuyến, gấp 1,5 lần năm 2023.
Năm 2025, Bộ dự kiến trình 6 luật và 15 nghị định.""",
        "2025-01-06",
        [
            ("national_portal_dossiers_new", "national", "year", "2024-12-31", 9800000),
        ],
    ),
    # Government Office briefing: exact cumulative account count "tính đến ngày 15/4/2025", business accounts after "trong đó" (not stored), new accounts "từ đầu tháng 4 đến nay" inside a quotation
    (
        """Thông tin tại buổi họp báo của Văn phòng Chính phủ chiều 17/4, bà Đỗ Thu H., Phó Cục trưởng Cục Kiểm soát thủ tục hành chính cho biết: Tính đến ngày 15/4/2025, Cổng Dịch vụ công quốc gia có 18.562.340 tài khoản đăng ký, trong đó khoảng 2,1 triệu tài khoản của doanh nghiệp.
“Riêng từ đầu tháng 4 đến nay đã có thêm hơn 300 nghìn tài khoản mới”, bà H. nói.
Bà H. cũng lưu ý người dân nên đăng nhập bằng tài khoản VNeID để không phải khai lại thông tin.""",
        "2025-04-18",
        [
            ("national_portal_accounts", "national", "as_of", "2025-04-15", 18562340),
            ("national_portal_accounts_new", "national", "month", "2025-04-15", 300000),
        ],
    ),
    # Provincial portal interview (Bắc Ninh): "Toàn tỉnh hiện có" full-process share of all procedures after a count, last year's online dossier share in a quotation, a national ranking (not stored)
    (
        """Trả lời phỏng vấn Cổng Thông tin điện tử tỉnh, ông Ngô Văn K., Giám đốc Sở Khoa học và Công nghệ tỉnh Bắc Ninh cho biết: Toàn tỉnh hiện có 1.234 dịch vụ công trực tuyến, trong đó 649 dịch vụ công trực tuyến toàn trình, chiếm 35,8% tổng số TTHC.
“Năm 2024, tỷ lệ hồ sơ TTHC trên địa bàn tỉnh được tiếp nhận, xử lý trực tuyến đạt 78,3%, xếp thứ 5 toàn quốc”, ông K. nói.
Thời gian tới, Sở sẽ tham mưu UBND tỉnh rà soát, tái cấu trúc quy trình cho các thủ tục còn lại.""",
        "2025-03-12",
        [
            ("dvctt_full_process_rate", "Bắc Ninh", "as_of", "2025-03-12", 35.8),
            ("online_dossier_rate", "Bắc Ninh", "year", "2024-12-31", 78.3),
        ],
    ),
    # Year-end conference: attacks "năm qua" (= 2024), botnet IPs "vào khoảng 480 nghìn" at end-2024; drills and participants are not values
    (
        """Tại Hội nghị tổng kết năm 2024 của Cục An toàn thông tin, ông Nguyễn Khắc L., Phó Cục trưởng cho biết năm qua Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 659 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.
Theo ông L., đến cuối năm 2024, số địa chỉ IP của Việt Nam nằm trong các mạng máy tính ma (botnet) vào khoảng 480 nghìn địa chỉ, thấp nhất từ trước đến nay.
Cũng trong năm, Cục đã chủ trì 6 đợt diễn tập thực chiến với hơn 300 đơn vị tham gia.""",
        "2025-01-10",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 659),
            ("botnet_ips", "national", "as_of", "2024-12-31", 480000),
        ],
    ),
    # Interview on the UN e-government survey: rank "71/193" for 2024 and the 2022 rank given for comparison ("vị trí 86"); "tăng 15 bậc" and other countries' ranks not stored
    (
        """PV: Chỉ số Chính phủ điện tử của Việt Nam năm 2024 có bước tiến như thế nào?
Bà Vũ Thị M., Phó Cục trưởng: Theo Báo cáo khảo sát Chính phủ điện tử của Liên Hợp Quốc công bố tháng 9/2024, Việt Nam xếp hạng 71/193 quốc gia, tăng 15 bậc so với vị trí 86 của kỳ đánh giá năm 2022. Lần đầu tiên Việt Nam thuộc nhóm có chỉ số EGDI rất cao.
Đan Mạch tiếp tục dẫn đầu bảng xếp hạng, còn Singapore đứng thứ 3.""",
        "2025-01-20",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("egdi_rank", "national", "year", "2022-12-31", 86),
        ],
    ),
    # Forum speech quoted first, attribution after: digital economy share of GDP and its growth for 2024; world and China figures not stored
    (
        """Diễn đàn Kinh tế số Việt Nam 2025 diễn ra sáng 14/2 với sự tham dự của đại diện các bộ, ngành và doanh nghiệp công nghệ.
“Năm 2024, quy mô kinh tế số của Việt Nam ước chiếm khoảng 18,3% GDP, tốc độ tăng trưởng kinh tế số đạt khoảng 20%, gấp ba lần tốc độ tăng GDP”, Thứ trưởng Bùi Hoàng P. phát biểu tại diễn đàn.
Cũng theo Thứ trưởng, tăng trưởng kinh tế số bình quân của thế giới chỉ vào khoảng 8%/năm, còn tỷ trọng kinh tế số trong GDP của Trung Quốc đã vượt 40%.""",
        "2025-02-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
        ],
    ),
    # Police press conference (Đề án 06): chip cards and VNeID accounts at 20/3/2025; quarter's applications, CSDL requests and the ytd VNeID increase have no id
    (
        """Tại họp báo về kết quả thực hiện Đề án 06, Đại tá Trần Văn Q., Phó Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội (Bộ Công an) cho biết: Tính đến ngày 20/3/2025, toàn quốc đã cấp hơn 87 triệu thẻ căn cước công dân gắn chip và thẻ căn cước; kích hoạt 61,2 triệu tài khoản định danh điện tử (VNeID).
Ông Q. cho biết thêm, từ đầu năm đến nay đã có thêm khoảng 2,3 triệu tài khoản VNeID được kích hoạt; CSDL quốc gia về dân cư đã tiếp nhận hơn 1,5 tỷ yêu cầu xác thực thông tin từ các bộ, ngành, địa phương.
Đại diện Bộ Công an đề nghị người dân chưa kích hoạt tài khoản liên hệ công an cấp xã để được hỗ trợ.""",
        "2025-03-22",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-03-20", 87000000),
            ("vneid_activated_accounts", "national", "as_of", "2025-03-20", 61200000),
        ],
    ),
    # Central bank Q&A ("Hỏi/Đáp"): Mobile Money customers and adults with an account at end of February; rural share after "trong đó" and the 80% target not stored
    (
        """Hỏi: Dịch vụ Mobile Money đến nay phát triển thế nào, có bao nhiêu người dùng?
Đáp (Vụ Thanh toán, Ngân hàng Nhà nước): Đến cuối tháng 2/2025, số khách hàng sử dụng Mobile Money đạt khoảng 9,5 triệu, trong đó gần 70% ở khu vực nông thôn, vùng sâu, vùng xa. Cùng thời điểm, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng ở mức 87%.
Ngân hàng Nhà nước đặt mục tiêu đến hết năm 2025 đạt 80% người trưởng thành có tài khoản, mục tiêu này thực tế đã vượt.""",
        "2025-03-15",
        [
            ("mobile_money_customers", "national", "as_of", "2025-02-28", 9500000),
            ("adults_with_bank_account_rate", "national", "as_of", "2025-02-28", 87.0),
        ],
    ),
    # Tax official's quotation: cumulative e-invoices "hơn 8,2 tỷ" to 31/12/2024; coded invoices after "trong đó" and cash-register adopters not stored
    (
        """Ông Lưu Đức H., Phó Tổng cục trưởng Tổng cục Thuế cho biết: “Từ khi triển khai toàn quốc đến hết ngày 31/12/2024, cơ quan thuế đã tiếp nhận, xử lý hơn 8,2 tỷ hóa đơn điện tử, trong đó có 2,9 tỷ hóa đơn có mã của cơ quan thuế”.
Riêng hóa đơn khởi tạo từ máy tính tiền, sau hơn hai năm đã có gần 80 nghìn doanh nghiệp, hộ kinh doanh đăng ký sử dụng.
Ông H. đề nghị các doanh nghiệp tiếp tục rà soát, bảo đảm hóa đơn được lập đúng thời điểm.""",
        "2025-01-08",
        [
            ("e_invoices_total", "national", "as_of", "2024-12-31", 8200000000),
        ],
    ),
    # Measurement figures at a press briefing: download speeds for March stored, upload speeds ("lần lượt") and the world rank not
    (
        """Theo số liệu đo kiểm được Cục Viễn thông công bố tại buổi họp báo, tháng 3/2025, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Việt Nam đạt 167,6 Mbps, của băng rộng di động đạt 145,1 Mbps; tốc độ tải lên lần lượt là 160,9 Mbps và 38,4 Mbps.
“Với kết quả này, Việt Nam đứng thứ 13 thế giới về tốc độ băng rộng di động”, đại diện Cục Viễn thông cho biết.
Cục Viễn thông sẽ công bố kết quả đo kiểm định kỳ hằng tháng.""",
        "2025-04-15",
        [
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 167.6),
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 145.1),
        ],
    ),
    # Government press conference: "Đến nay" 5G stations and population coverage (as of the briefing), stations added this year (a flow, no id) and the year-end target not stored
    (
        """Tại họp báo Chính phủ thường kỳ tháng 4, Thứ trưởng Bộ Khoa học và Công nghệ Đinh Văn S. thông tin: “Đến nay cả nước đã có khoảng 10.000 trạm BTS 5G được lắp đặt và phát sóng, vùng phủ 5G đạt 26% dân số”.
Theo Thứ trưởng, từ đầu năm đến nay các doanh nghiệp đã lắp mới khoảng 3.000 trạm; mục tiêu đến cuối năm 2025 là phủ sóng 5G cho 90% dân số, tương đương khoảng 40.000 trạm.
Thứ trưởng đề nghị các địa phương tạo điều kiện về mặt bằng lắp đặt trạm.""",
        "2025-05-05",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-05-05", 10000),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-05-05", 26.0),
        ],
    ),
    # Answer at a briefing: smartphone subscriptions (count) and share of mobile subscriptions at end of Q1; a survey's share of adults owning one and a handset programme not stored
    (
        """Trả lời câu hỏi về phổ cập điện thoại thông minh, ông Lê Văn D., Cục trưởng Cục Viễn thông cho biết: tính đến hết quý I/2025, cả nước có khoảng 108 triệu thuê bao sử dụng điện thoại thông minh, tỷ lệ thuê bao điện thoại thông minh trên tổng số thuê bao di động ở mức 88,5%.
Theo một khảo sát độc lập, khoảng 84% người trưởng thành Việt Nam sở hữu smartphone.
Bộ đang phối hợp với các doanh nghiệp hỗ trợ 2 triệu máy điện thoại thông minh cho hộ nghèo.""",
        "2025-04-25",
        [
            ("smartphone_subscriptions", "national", "as_of", "2025-03-31", 108000000),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-03-31", 88.5),
        ],
    ),
    # Interview PV/Vụ trưởng: "Hiện nay" levels dated by the publication (FTTH households, BRCĐ and BRDĐ subscriptions); the rural part of the same measure not stored
    (
        """PV: Ông đánh giá thế nào về mức độ phổ cập băng rộng hiện nay?
Ông Nguyễn Hồng V., Vụ trưởng: Hạ tầng của chúng ta đã khá tốt. Hiện nay tỷ lệ hộ gia đình sử dụng Internet cáp quang (FTTH) đạt 82,3%. Cả nước có khoảng 24,1 triệu thuê bao BRCĐ và 90,5 triệu thuê bao BRDĐ.
PV: Còn vùng sâu, vùng xa thì sao?
Ông Nguyễn Hồng V.: Đó là chỗ còn khó. Tỷ lệ hộ dùng cáp quang ở nông thôn mới khoảng 70%.""",
        "2025-06-20",
        [
            ("ftth_household_rate", "national", "as_of", "2025-06-20", 82.3),
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-06-20", 24100000),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-06-20", 90500000),
        ],
    ),
    # Q&A on dead zones: villages still without signal at 31/12/2024 (kept), villages newly covered (count, no id), their share of electrified dead-zone villages, national village coverage share
    (
        """Hỏi: Chương trình xóa vùng lõm sóng đến nay đã làm được bao nhiêu?
Trả lời: Tính đến 31/12/2024, cả nước còn 520 thôn, bản chưa được phủ sóng di động. Riêng năm 2024 đã phủ sóng mới cho 1.200 thôn, bản, tương đương 69,8% số thôn lõm sóng có điện lưới.
Tỷ lệ thôn, bản có sóng di động trên toàn quốc đạt 99,4%.""",
        "2025-01-14",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-31", 520),
            ("dead_zone_villages_covered_rate", "national", "year", "2024-12-31", 69.8),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-12-31", 99.4),
        ],
    ),
    # Ministry monthly report written as labelled lines: Internet users, per-100 subscriptions, full-process share with the previous month in parentheses
    (
        """Báo cáo chuyển đổi số quốc gia tháng 5/2025 (số liệu đến ngày 31/5/2025):
- Tỷ lệ người dân sử dụng Internet: ước đạt 79,1%;
- Số thuê bao băng rộng cố định/100 dân: 24,3;
- Số thuê bao băng rộng di động/100 dân: 91,2;
- Tỷ lệ TTHC được cung cấp DVCTT toàn trình: 56,2% (tháng 4/2025: 55,4%).""",
        "2025-06-05",
        [
            ("internet_users_rate", "national", "as_of", "2025-05-31", 79.1),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-05-31", 24.3),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-05-31", 91.2),
            ("dvctt_full_process_rate", "national", "as_of", "2025-05-31", 56.2),
            ("dvctt_full_process_rate", "national", "as_of", "2025-04-30", 55.4),
        ],
    ),
    # Press summary: "lũy kế từ đầu năm đến hết tháng 4" portal dossiers, payment transactions and value ("hơn 5.600 tỷ đồng") on the flow twins; the quoted changes not stored
    (
        """Theo Văn phòng Chính phủ, lũy kế từ đầu năm đến hết tháng 4/2025, Cổng Dịch vụ công quốc gia đã tiếp nhận 12,4 triệu hồ sơ trực tuyến; thực hiện 7,8 triệu giao dịch thanh toán trực tuyến với số tiền hơn 5.600 tỷ đồng.
“So với cùng kỳ, số hồ sơ tăng 38%, số tiền thanh toán tăng gấp 1,7 lần”, ông Nguyễn Văn Q., Phó Chủ nhiệm Văn phòng Chính phủ nói tại buổi họp báo.
Cổng Dịch vụ công quốc gia hiện tích hợp gần 4.500 dịch vụ công trực tuyến của các bộ, ngành, địa phương.""",
        "2025-05-08",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2025-04-30", 12400000),
            ("online_payments_count_new", "national", "ytd", "2025-04-30", 7800000),
            ("online_payments_value_new", "national", "ytd", "2025-04-30", 5600),
        ],
    ),
    # Opening speech in quotation: cumulative portal totals "đến nay" (Cổng DVCQG abbreviation), value "52,3 nghìn tỷ đồng"
    (
        """Sáng 28/3, Văn phòng Chính phủ tổ chức hội thảo “Nâng cao trải nghiệm người dùng dịch vụ công trực tuyến”.
Phát biểu khai mạc hội thảo, ông Trần Đức A., Cục trưởng Cục Kiểm soát thủ tục hành chính nêu rõ: “Sau hơn 5 năm vận hành, Cổng DVCQG đến nay đã có hơn 45 triệu tài khoản đăng ký, tiếp nhận trên 250 triệu hồ sơ trực tuyến, và có 120 triệu giao dịch thanh toán trực tuyến với tổng số tiền 52,3 nghìn tỷ đồng”.
Ông A. cho rằng đây là những con số biết nói, nhưng trải nghiệm người dùng vẫn cần cải thiện.""",
        "2025-03-28",
        [
            ("national_portal_accounts", "national", "as_of", "2025-03-28", 45000000),
            ("national_portal_dossiers", "national", "as_of", "2025-03-28", 250000000),
            ("online_payments_count", "national", "as_of", "2025-03-28", 120000000),
            ("online_payments_value", "national", "as_of", "2025-03-28", 52300),
        ],
    ),
    # Interview with a police general: essential services "47/53" (the 6 remaining not stored), data-reuse share "hiện mới đạt khoảng 40%"
    (
        """PV: Việc cung cấp 53 dịch vụ công thiết yếu theo Đề án 06 đến nay ra sao, thưa ông?
Thiếu tướng Vũ Văn B.: Đến nay đã có 47/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình; 6 dịch vụ còn lại đang được các bộ, ngành hoàn thiện quy trình, phấn đấu xong trong quý II.
PV: Người dân phản ánh vẫn phải nộp giấy tờ bản giấy?
Thiếu tướng Vũ Văn B.: Tỷ lệ hồ sơ được tái sử dụng dữ liệu đã số hóa hiện mới đạt khoảng 40%, đây là điểm nghẽn cần tháo gỡ.""",
        "2025-02-26",
        [
            ("essential_services_full_process", "national", "as_of", "2025-02-26", 47),
            ("data_reuse_rate", "national", "as_of", "2025-02-26", 40.0),
        ],
    ),
    # Q&A on last year's service index: national satisfaction and personal-ID share for 2024, and the top locality's figure (Đà Nẵng) as its own breakdown
    (
        """Hỏi: Mức độ hài lòng của người dân khi làm thủ tục năm vừa qua được đánh giá thế nào?
Trả lời: Theo Bộ chỉ số phục vụ người dân, doanh nghiệp, năm 2024 mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC trên toàn quốc đạt 86,2%. Tỷ lệ hồ sơ TTHC gắn với số định danh cá nhân của năm là 95,5%.
Địa phương có mức độ hài lòng cao nhất là thành phố Đà Nẵng với 96,1%.""",
        "2025-02-20",
        [
            ("satisfaction_rate", "national", "year", "2024-12-31", 86.2),
            ("dossiers_with_personal_id_rate", "national", "year", "2024-12-31", 95.5),
            ("satisfaction_rate", "Đà Nẵng", "year", "2024-12-31", 96.1),
        ],
    ),
    # Reported speech in a press interview: adults using DVCTT over the first half "ở mức 41%", the 50% target and the 9-point gap not stored
    (
        """Trao đổi với phóng viên VietnamPlus, ông Đặng Văn C., Phó Cục trưởng Cục Chuyển đổi số quốc gia cho biết 6 tháng đầu năm 2025, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến ở mức 41%, còn cách mục tiêu 50% của năm 2025 là 9 điểm phần trăm.
“Muốn đạt 50%, phải làm cho dịch vụ công dễ dùng như ứng dụng ngân hàng”, ông C. nói.
Theo ông C., người cao tuổi và người dân vùng nông thôn vẫn là nhóm cần được hỗ trợ nhiều nhất.""",
        "2025-07-12",
        [
            ("adult_population_using_dvctt_rate", "national", "half", "2025-06-30", 41.0),
        ],
    ),
    # Provincial portal (Quảng Ninh, "trên địa bàn tỉnh"): e-result and data-reuse shares for Q1, then the vice-chairman's targets in quotation
    (
        """(Cổng TTĐT tỉnh Quảng Ninh) - Chiều 8/4, UBND tỉnh làm việc với các sở, ngành về kết quả chuyển đổi số quý I.
Quý I/2025, trên địa bàn tỉnh Quảng Ninh, tỷ lệ hồ sơ TTHC được cấp kết quả giải quyết điện tử đạt 98,7%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 72,4%.
Phát biểu tại buổi làm việc, ông Vũ Đình T., Phó Chủ tịch UBND tỉnh cho biết: “Chúng tôi đặt mục tiêu cuối năm nay 100% hồ sơ được cấp kết quả điện tử và 90% hồ sơ tái sử dụng dữ liệu”.""",
        "2025-04-09",
        [
            ("e_result_rate", "Quảng Ninh", "quarter", "2025-03-31", 98.7),
            ("data_reuse_rate", "Quảng Ninh", "quarter", "2025-03-31", 72.4),
        ],
    ),
    # Conference report: "đến nay" EMC connection share and approved security-level share; the 64% fully deployed has no id
    (
        """Tại Hội nghị triển khai nhiệm vụ năm 2025, Phó Cục trưởng Cục Chuyển đổi số quốc gia cho biết: đến nay, 98% hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh đã kết nối đầy đủ với Hệ thống EMC.
Về an toàn thông tin, 82,5% hệ thống thông tin của các cơ quan nhà nước đã được phê duyệt hồ sơ đề xuất cấp độ; 64% đã triển khai đầy đủ phương án bảo đảm an toàn theo hồ sơ được duyệt.
Phó Cục trưởng đề nghị các bộ, ngành, địa phương sớm hoàn thành phê duyệt cấp độ cho các hệ thống còn lại.""",
        "2025-01-15",
        [
            ("emc_connection_rate", "national", "as_of", "2025-01-15", 98.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-01-15", 82.5),
        ],
    ),
    # Answer at a National Assembly questioning session: "763/1.084" procedures simplified by June 2024; the 70,4% share, the 321 remaining and one ministry's figure not stored
    (
        """Tại phiên chất vấn, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ trả lời: “Tính đến tháng 6/2024, các bộ, ngành đã cắt giảm, đơn giản hóa 763/1.084 thủ tục hành chính, quy định kinh doanh theo các nghị quyết chuyên đề của Chính phủ, đạt 70,4%; còn 321 thủ tục chưa được cắt giảm”.
Bộ trưởng thừa nhận tiến độ tại một số bộ còn chậm, trong đó Bộ Y tế mới thực hiện được khoảng 50%.
Nhiều đại biểu Quốc hội đề nghị công khai danh sách các bộ chậm trễ.""",
        "2024-07-20",
        [
            ("procedures_simplified", "national", "as_of", "2024-06-30", 763),
        ],
    ),
    # Quotation carried by Báo Chính phủ: full-process share over ELIGIBLE procedures (đủ điều kiện) by khối bộ, ngành and khối địa phương at end of quý II/2025
    (
        """Báo Chính phủ dẫn lời ông Hồ Đức T., Phó Cục trưởng Cục Chuyển đổi số quốc gia: “Tính đến hết quý II/2025, tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện của khối bộ, ngành đạt 93,1%; khối địa phương là 89,7%”.
Ông T. lưu ý, nếu tính trên tổng số TTHC thì con số thấp hơn nhiều.
Cục sẽ tiếp tục hướng dẫn các bộ, địa phương tái cấu trúc quy trình đối với những thủ tục chưa đủ điều kiện.""",
        "2025-07-10",
        [
            ("full_process_provision_rate", "ministries", "as_of", "2025-06-30", 93.1),
            ("full_process_provision_rate", "localities", "as_of", "2025-06-30", 89.7),
        ],
    ),
    # Q&A answered by the control agency: "Hiện nay" share of all procedures offered online, ministries after a count, localities "bình quân đạt"
    (
        """Hỏi: Các bộ, ngành hiện đã đưa bao nhiêu thủ tục lên môi trường trực tuyến?
Trả lời của Cục Kiểm soát thủ tục hành chính: Hiện nay, khối bộ, ngành đã cung cấp 2.145 dịch vụ công trực tuyến, đạt 88,4% trên tổng số TTHC thuộc thẩm quyền; khối địa phương bình quân đạt 81,2%.
Danh mục chi tiết được công khai trên Cổng Dịch vụ công quốc gia.""",
        "2025-03-05",
        [
            ("dvctt_rate", "ministries", "as_of", "2025-03-05", 88.4),
            ("dvctt_rate", "localities", "as_of", "2025-03-05", 81.2),
        ],
    ),
    # Briefing in 2024: share of online services with dossiers (có phát sinh hồ sơ) in tháng 3/2024, localities named before ministries
    (
        """Thông tin tại họp báo, đại diện Cục Chuyển đổi số quốc gia cho biết trong tháng 3/2024, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của các địa phương là 54,8%, của các bộ, ngành là 47,3%.
Như vậy, gần một nửa số dịch vụ đã đưa lên mạng nhưng chưa có người dùng.
Cục đề nghị các bộ, địa phương rà soát, loại bỏ những dịch vụ không phát sinh hồ sơ trong thời gian dài.""",
        "2024-04-12",
        [
            ("dvctt_with_dossiers_rate", "localities", "month", "2024-03-31", 54.8),
            ("dvctt_with_dossiers_rate", "ministries", "month", "2024-03-31", 47.3),
        ],
    ),
    # NEGATIVE: undated interview, "Hiện nay" levels with no published date and no date in the text cannot be dated
    (
        """PV: Xin ông cho biết hạ tầng 5G hiện nay đã phát triển đến đâu?
Ông Trịnh Quang K.: Hiện nay cả nước có hơn 8.000 trạm 5G, độ phủ khoảng 20% dân số. Tốc độ 5G đo được thường trên 500 Mbps.
PV: Người dân cần làm gì để dùng 5G?
Ông Trịnh Quang K.: Chỉ cần máy hỗ trợ 5G và đăng ký gói cước phù hợp.""",
        None,
        [],
    ),
    # Quarter review: national online dossier share for Q1 and portal accounts "từ đầu năm đến nay"; named ministries' own figures in the quotation not stored
    (
        """Tại Hội nghị trực tuyến sơ kết quý I/2025, lãnh đạo Văn phòng Chính phủ cho biết tỷ lệ hồ sơ xử lý trực tuyến trong quý I của cả nước đạt 52,6%. Từ đầu năm đến nay, Cổng Dịch vụ công quốc gia ghi nhận hơn 1,1 triệu tài khoản đăng ký mới.
“Riêng Bộ Tài chính đạt tới 97% hồ sơ trực tuyến, Bộ Công an trên 90%, trong khi một số bộ vẫn dưới 20%”, ông cho biết.
Văn phòng Chính phủ sẽ công khai kết quả đánh giá hằng tháng.""",
        "2025-04-07",
        [
            ("online_dossier_rate", "national", "quarter", "2025-03-31", 52.6),
            ("national_portal_accounts_new", "national", "ytd", "2025-04-07", 1100000),
        ],
    ),
    # Provincial council questioning (Lào Cai, "Toàn tỉnh", "trên địa bàn tỉnh"): villages without signal, 5G stations, village coverage share; "giảm 61 thôn" not stored
    (
        """Trả lời chất vấn tại kỳ họp HĐND tỉnh Lào Cai ngày 5/12/2024, Giám đốc Sở Thông tin và Truyền thông cho biết: “Toàn tỉnh hiện còn 45 thôn, bản chưa có sóng di động, giảm 61 thôn so với đầu năm”.
Theo ông, trên địa bàn tỉnh đã có 120 trạm BTS 5G do các doanh nghiệp lắp đặt; tỷ lệ thôn, bản có sóng di động đạt 98,2%.
Tỉnh đề nghị các doanh nghiệp viễn thông ưu tiên đầu tư cho các xã vùng cao.""",
        "2024-12-06",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-12-05", 45),
            ("fiveg_bts_count", "Lào Cai", "as_of", "2024-12-05", 120),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-12-05", 98.2),
        ],
    ),
    # Spokesperson: attacks in quý I/2025 with the previous quarter in parentheses "(quý IV/2024: 187 cuộc)"; ransomware cases after "Trong đó" not stored
    (
        """Đại diện Cục An toàn thông tin cho biết, trong quý I/2025, Cục đã ghi nhận 152 cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam (quý IV/2024: 187 cuộc).
Trong đó có 41 vụ tấn công mã độc tống tiền (ransomware) nhắm vào doanh nghiệp.
Cục khuyến nghị các tổ chức sao lưu dữ liệu định kỳ và kiểm tra, đánh giá an toàn thông tin cho hệ thống.""",
        "2025-04-12",
        [
            ("cyberattacks", "national", "quarter", "2025-03-31", 152),
            ("cyberattacks", "national", "quarter", "2024-12-31", 187),
        ],
    ),
    # Interview with a provincial vice-chairman (Thái Nguyên): digital economy share of GRDP for 2024 in an answer; the 2025 target not stored
    (
        """PV: Kinh tế số đang đóng góp thế nào cho tăng trưởng của tỉnh Thái Nguyên?
Ông Lê Quang T., Phó Chủ tịch UBND tỉnh: Năm 2024, tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 40,5%, cao nhất cả nước, chủ yếu nhờ các doanh nghiệp sản xuất linh kiện điện tử.
PV: Còn kế hoạch năm 2025?
Ông Lê Quang T.: Tỉnh phấn đấu tỷ trọng này đạt 42% vào năm 2025.""",
        "2025-03-18",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2024-12-31", 40.5),
        ],
    ),
    # NEGATIVE: press conference announcing next year's plan (sẽ, dự kiến, chỉ tiêu), no achieved value
    (
        """Tại họp báo công bố kế hoạch năm 2026, Thứ trưởng cho biết: “Năm 2026, Bộ sẽ tập trung đưa vùng phủ 5G lên 99% dân số, tốc độ băng rộng cố định bình quân đạt tối thiểu 200 Mbps; mỗi ngày NDXP dự kiến xử lý 5 triệu giao dịch”.
Kế hoạch cũng đề ra chỉ tiêu 70% người trưởng thành sử dụng DVCTT và 100% hồ sơ gắn số định danh cá nhân.
Thứ trưởng nhấn mạnh các chỉ tiêu sẽ được giao cụ thể cho từng đơn vị.""",
        "2025-12-28",
        [],
    ),
]
