"""Genre probes, round 123: figures quoted in speech (interviews, Q&A, speeches, op-eds, TV transcripts), written blind.

First reading (the stop's start code 5e4027b read it): 94 of 96 right, 94 of 103 found (0.98 / 0.91). Fitted after that reading (stop 46): an official named after the city's committee, a quoted two-digit figure as measured, a district given as an example, a pledge, a delegate's province, three catalog wordings: 102 of 102, 102 of 103. Left: a quoted one-digit "khoảng 20%" stays held for review (said for effect).
"""

CASES = []

CASES += [
    # 1. Interview on the sidelines of a year-end conference: 2024 share with 2023 comparison, growth.
    # Traps: 2025 target 20%, 2030 aim 30%, China's 40%, ICT share of the digital economy (no id), "gấp ba lần".
    (
        """Kinh tế số “về đích” sớm nhưng chưa thể chủ quan

Thứ Tư, 8/1/2025, 06:30 (GMT+7)

Trao đổi với phóng viên bên lề Hội nghị tổng kết công tác năm 2024 của Bộ Thông tin và Truyền thông, Thứ trưởng Nguyễn Thanh Lâm cho biết quy mô kinh tế số năm 2024 ước chiếm khoảng 18,3% GDP, cao hơn rõ rệt so với mức 16,5% của năm 2023.

“Nếu nói về tốc độ thì năm 2024 kinh tế số tăng trưởng khoảng 20%, tức là nhanh gần gấp ba lần tốc độ tăng GDP”, ông nói.

Theo Thứ trưởng, với đà này, mục tiêu kinh tế số chiếm 20% GDP vào năm 2025 là “hoàn toàn trong tầm tay”, nhưng để đạt 30% vào năm 2030 thì cách làm phải khác. Ông dẫn ví dụ Trung Quốc, nơi kinh tế số đã vượt 40% GDP từ nhiều năm nay.

Khi được hỏi về cơ cấu, ông thừa nhận kinh tế số ICT vẫn chiếm phần lớn, khoảng 60% tổng giá trị kinh tế số, trong khi kinh tế số ngành, lĩnh vực còn khiêm tốn. “Chuyển đổi số phải đi vào từng ngành thì mới bền”, ông nhấn mạnh.

Minh Châu""",
        "2025-01-08",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
        ],
    ),
    # 2. Government press conference Q&A: 5-month dossier rate with ministries/localities split, May payments.
    # Traps: full-year target 50%, "tăng 18%" change, one named ministry (Bộ Công an) above 95%.
    (
        """Họp báo Chính phủ thường kỳ tháng 5: Dịch vụ công trực tuyến vẫn “nóng”

(Chinhphu.vn) - Chiều 3/6, tại họp báo Chính phủ thường kỳ, trả lời câu hỏi về hiệu quả thực chất của dịch vụ công trực tuyến, ông Đỗ Văn Hải, Phó Chủ nhiệm Văn phòng Chính phủ, cho biết 5 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt khoảng 42%.

“Các bộ, ngành làm tốt hơn, đạt 61,2%, còn ở địa phương mới là 36,8%. Chúng tôi vẫn đặt mục tiêu cả năm là 50% và đây là một thách thức”, ông Hải nói. Theo ông, riêng Bộ Công an là đơn vị có tỷ lệ hồ sơ trực tuyến cao nhất, trên 95%.

Về thanh toán trực tuyến, Phó Chủ nhiệm dẫn số liệu: riêng trong tháng 5, Cổng Dịch vụ công quốc gia ghi nhận hơn 1,1 triệu giao dịch thanh toán trực tuyến, tăng 18% so với tháng trước. “Người dân đã quen dần với việc nộp phí, lệ phí qua mạng, nhưng ở nhiều nơi vẫn còn tâm lý phải đến tận nơi cho chắc”, ông chia sẻ.""",
        "2024-06-04",
        [
            ("online_dossier_rate", "national", "ytd", "2024-05-31", 42.0),
            ("online_dossier_rate", "ministries", "ytd", "2024-05-31", 61.2),
            ("online_dossier_rate", "localities", "ytd", "2024-05-31", 36.8),
            ("online_payments_count_new", "national", "month", "2024-05-31", 1100000.0),
        ],
    ),
    # 3. Op-ed by a telecom expert: 5G stations and coverage at end of February 2025.
    # Traps: Viettel's own stations, South Korea 95%, one operator's measured 5G speeds (download and upload), end-2025 aim.
    (
        """5G: Đi nhanh rồi, giờ phải đi xa

Bình luận | TS. Lê Hoàng Nam, chuyên gia viễn thông

Theo số liệu Bộ Khoa học và Công nghệ công bố tuần trước, đến cuối tháng 2/2025, cả nước có khoảng 12.000 trạm phát sóng 5G, phủ sóng chừng 26% dân số. Nếu nhớ rằng dịch vụ 5G chỉ mới được thương mại hóa từ tháng 10/2024, đó là con số ấn tượng. Riêng Viettel đã lắp đặt hơn 8.500 trạm.

Nhưng hãy đặt con số ấy cạnh Hàn Quốc, nơi 5G đã phủ trên 95% dân số, để thấy chặng đường còn dài. Một phép đo thử trên mạng VinaPhone tại Hà Nội cho tốc độ tải xuống khoảng 300 Mbps, tải lên chừng 45 Mbps – nhanh, nhưng người dùng phổ thông chưa thực sự cần đến.

Cơ quan quản lý đặt mục tiêu đến cuối năm 2025 phủ sóng 5G cho khoảng 90% dân số. Tôi cho rằng mục tiêu đó khả thi về kỹ thuật; câu hỏi thật sự là ứng dụng nào sẽ khiến người dân và doanh nghiệp sẵn sàng trả tiền cho 5G.

(Bài viết thể hiện quan điểm riêng của tác giả)""",
        "2025-03-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-02-28", 12000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-02-28", 26.0),
        ],
    ),
    # 4. City leader's conference speech (Đà Nẵng), year 2023 under review.
    # Traps: "tăng gần 9 điểm phần trăm", a district's (Hải Châu) rate, 2025 target 20% GRDP.
    (
        """Đà Nẵng: Kinh tế số chiếm gần 19% GRDP

Sáng 4/1, UBND TP Đà Nẵng tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2023. Phát biểu tại hội nghị, Phó Chủ tịch UBND thành phố Lê Trung Hiếu cho biết năm 2023, kinh tế số của Đà Nẵng ước chiếm khoảng 18,9% GRDP.

“Tỷ lệ hồ sơ trực tuyến toàn trình của thành phố năm 2023 đạt 65,4%, tăng gần 9 điểm phần trăm so với năm 2022. Quận Hải Châu thậm chí đạt trên 98%”, ông dẫn chứng. Cũng theo Phó Chủ tịch, tỷ lệ hộ gia đình có kết nối cáp quang đã lên tới 92%, thuộc nhóm cao nhất cả nước.

Tuy vậy, ông thẳng thắn nhìn nhận dữ liệu giữa các sở, ngành còn phân tán, nhiều ứng dụng xây dựng xong ít người dùng. Thành phố đặt mục tiêu đến năm 2025 kinh tế số chiếm 20% GRDP, đồng thời hoàn thành kho dữ liệu dùng chung.

Hoài Thu""",
        "2024-01-05",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 18.9),
            ("online_dossier_full_process_rate", "Đà Nẵng", "year", "2023-12-31", 65.4),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2023-12-31", 92.0),
        ],
    ),
    # 5. Q&A interview on NDXP: cumulative, July flow and daily average, connected agencies "hiện".
    # Traps: "tăng chừng 10%" change, count of workshops.
    (
        """Nền tảng NDXP: hơn 1,2 tỷ giao dịch, “mạch máu” dữ liệu của Chính phủ số

Phóng viên có cuộc trao đổi với ông Vũ Đức Thịnh, Phó Cục trưởng Cục Chuyển đổi số quốc gia, về hiệu quả của Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP).

PV: Thưa ông, sau 5 năm vận hành, NDXP đang “gánh” bao nhiêu giao dịch?

Ông Vũ Đức Thịnh: Tính đến hết tháng 7/2024, NDXP đã thực hiện hơn 1,2 tỷ giao dịch kể từ khi khai trương năm 2019. Riêng tháng 7 có khoảng 34 triệu giao dịch, bình quân mỗi ngày khoảng 1,1 triệu giao dịch, tăng chừng 10% so với tháng 6.

PV: Mức độ tham gia của các bộ, ngành, địa phương thế nào?

Ông Vũ Đức Thịnh: Hiện đã có 98 bộ, ngành, địa phương kết nối với NDXP. Từ đầu năm, Cục đã tổ chức 12 hội thảo hướng dẫn kỹ thuật. Vấn đề bây giờ không còn là kết nối được hay không, mà là dữ liệu có “sạch”, có được dùng lại hay không.

PV: Xin cảm ơn ông!""",
        "2024-08-12",
        [
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-07-31", 1200000000.0),
            ("ndxp_transactions_period", "national", "month", "2024-07-31", 34000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-07-31", 1100000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-08-12", 98.0),
        ],
    ),
    # 6. TV news transcript on cybersecurity: half-year attacks, botnet IPs "hiện".
    # Traps: "giảm 70%" change, sub-count after "trong đó" (deface attacks), phishing sites (no id).
    (
        """[VTV1 – Thời sự 19h, ngày 8/7/2024]

BTV: 6 tháng đầu năm nay, Việt Nam ghi nhận 659 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin, giảm 70% so với cùng kỳ năm ngoái. Trong đó, 212 cuộc là tấn công thay đổi giao diện. Con số giảm mạnh, nhưng theo các chuyên gia, nguy cơ chưa hề giảm.

Phóng viên: Tại trung tâm giám sát của Cục An toàn thông tin, màn hình cảnh báo vẫn sáng liên tục. Mỗi tháng, hàng nghìn trang web giả mạo, lừa đảo bị phát hiện và chặn, riêng tháng 6 là hơn 1.400 trang.

Ông Trần Văn Cường, Cục An toàn thông tin: Số địa chỉ IP của Việt Nam nằm trong các mạng botnet hiện vào khoảng 560 nghìn. Đã giảm nhiều so với trước, nhưng vẫn là con số lớn, và mỗi địa chỉ ấy là một cánh cửa để ngỏ.

Phóng viên: Các cơ quan chức năng khuyến cáo tổ chức, doanh nghiệp rà soát, vá lỗ hổng định kỳ và phối hợp chặt chẽ với cơ quan chuyên trách khi có sự cố.""",
        "2024-07-08",
        [
            ("cyberattacks", "national", "half", "2024-06-30", 659.0),
            ("botnet_ips", "national", "as_of", "2024-07-08", 560000.0),
        ],
    ),
    # 7. Ministry of Public Security press briefing: chip ID cards and VNeID at end of 2023, Hà Nội's own count.
    # Traps: sub-count "trong đó" level-2 accounts, activation rate (no id), 2024 target.
    (
        """Bộ Công an họp báo quý IV: Hơn 41 triệu tài khoản định danh điện tử đã được kích hoạt

Chiều 9/1, tại buổi họp báo thông tin kết quả công tác quý IV và năm 2023, Thiếu tướng Lê Văn Phúc, Phó Cục trưởng Cục Cảnh sát QLHC về TTXH, cho biết đến hết năm 2023, cả nước đã cấp hơn 84 triệu thẻ căn cước công dân gắn chip.

Về định danh điện tử, đại diện Bộ Công an thông tin: tính đến ngày 31/12/2023, đã kích hoạt hơn 41,2 triệu tài khoản định danh điện tử, trong đó hơn 36 triệu tài khoản mức 2. Tỷ lệ kích hoạt trên số hồ sơ đã thu nhận đạt khoảng 72%. Hà Nội là địa phương dẫn đầu với khoảng 4,2 triệu tài khoản được kích hoạt.

“Năm 2024, chúng tôi phấn đấu kích hoạt thêm ít nhất 10 triệu tài khoản và làm sạch toàn bộ dữ liệu dân cư phục vụ các dịch vụ thiết yếu”, Thiếu tướng Lê Văn Phúc nhấn mạnh.""",
        "2024-01-10",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-12-31", 84000000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-12-31", 41200000.0),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2023-12-31", 4200000.0),
        ],
    ),
    # 8. Provincial newspaper interview (Lai Châu): villages without coverage now and at end-2022, coverage rate, FTTH.
    # Traps: district (Mường Tè) sub-count, 2024 aim, Viettel's new BTS.
    (
        """Lai Châu: Xóa “lõm sóng” – chặng nước rút

Nhân dịp tỉnh đẩy mạnh chương trình đưa sóng về bản, phóng viên Báo Lai Châu có cuộc trao đổi với ông Lò Văn Tiến, Giám đốc Sở Thông tin và Truyền thông.

PV: Thưa ông, bức tranh phủ sóng di động của tỉnh hiện ra sao?

Ông Lò Văn Tiến: Hiện nay toàn tỉnh còn 86 thôn, bản chưa có sóng di động băng rộng, trong đó riêng huyện Mường Tè còn 31 bản. Cuối năm 2022, con số này là 134 thôn, bản. Như vậy tỷ lệ thôn, bản có sóng di động đến nay đạt 92,2%.

PV: Còn Internet cáp quang?

Ông Lò Văn Tiến: Tỷ lệ hộ gia đình có cáp quang mới khoảng 52%, thấp xa so với bình quân cả nước. Năm nay Viettel đã đầu tư thêm 45 trạm BTS mới; tỉnh phấn đấu đến hết năm 2024 cơ bản không còn bản trắng sóng.

PV: Xin cảm ơn ông!""",
        "2023-09-12",
        [
            ("villages_without_mobile_coverage", "Lai Châu", "as_of", "2023-09-12", 86.0),
            ("villages_without_mobile_coverage", "Lai Châu", "as_of", "2022-12-31", 134.0),
            ("villages_with_mobile_coverage_rate", "Lai Châu", "as_of", "2023-09-12", 92.2),
            ("ftth_household_rate", "Lai Châu", "as_of", "2023-09-12", 52.0),
        ],
    ),
    # 9. Prime Minister's speech on National Digital Transformation Day 2023.
    # Traps: "tăng 6 bậc", 2025 target top 50 and 20%, count of tasks assigned.
    (
        """Thủ tướng: Chuyển đổi số phải lấy người dân làm trung tâm

Sáng 10/10, phát biểu tại sự kiện hưởng ứng Ngày Chuyển đổi số quốc gia năm 2023, Thủ tướng Chính phủ nhấn mạnh chuyển đổi số đã trở thành xu thế không thể đảo ngược.

Dẫn chứng kết quả, Thủ tướng nêu: trong xếp hạng Chính phủ điện tử năm 2022 của Liên Hợp Quốc, Việt Nam đứng thứ 86/193, tăng 6 bậc so với lần xếp hạng trước. Kinh tế số năm 2022 chiếm 14,26% GDP. Hiện nay khoảng 77% người trưởng thành đã có tài khoản thanh toán. Chín tháng đầu năm, tỷ lệ hồ sơ xử lý trực tuyến đạt khoảng 36%, “vẫn còn thấp so với yêu cầu”.

Thủ tướng yêu cầu phấn đấu đến năm 2025 kinh tế số chiếm 20% GDP, Việt Nam vào nhóm 50 nước dẫn đầu về Chính phủ điện tử. Tại hội nghị, Thủ tướng giao 15 nhiệm vụ cụ thể cho các bộ, ngành, địa phương.""",
        "2023-10-10",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-10-10", 77.0),
            ("online_dossier_rate", "national", "ytd", "2023-09-30", 36.0),
        ],
    ),
    # 10. Interview with a central-bank official on the Mobile Money pilot.
    # Traps: one operator's (Viettel Money) customers, rural share (part of the same measure), target 10 million.
    (
        """Mobile Money sau gần 2 năm thí điểm: Tiền trong điện thoại đã về tới bản

Trao đổi với phóng viên, ông Phạm Anh Tuấn, đại diện Vụ Thanh toán (Ngân hàng Nhà nước), cho biết sau gần hai năm thí điểm, đến cuối tháng 3/2023, dịch vụ Mobile Money đã có khoảng 4,3 triệu khách hàng.

“Điều đáng mừng là khoảng 70% khách hàng ở khu vực nông thôn, miền núi, vùng sâu, đúng đối tượng mà chính sách hướng tới”, ông nói. Trong ba nhà mạng được cấp phép, Viettel Money chiếm phần lớn với khoảng 2,8 triệu khách hàng.

Theo ông Tuấn, trở ngại lớn nhất vẫn là mạng lưới điểm kinh doanh và thói quen dùng tiền mặt. Ngân hàng Nhà nước kỳ vọng số khách hàng có thể đạt 10 triệu trong thời gian tới nếu các nhà mạng mở rộng mạnh mạng lưới đại lý.""",
        "2023-04-18",
        [("mobile_money_customers", "national", "as_of", "2023-03-31", 4300000.0)],
    ),
]

CASES += [
    # 11. Business-news TV transcript on Ookla speeds for August 2024.
    # Traps: upload speed, speed rank (not labelled), Singapore's speed, an expert's forecast "gấp đôi".
    (
        """[Bản tin Tài chính – Kinh doanh, VTV1, ngày 19/9/2024]

MC: Theo báo cáo Speedtest Global Index vừa được Ookla công bố, trong tháng 8/2024, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Việt Nam đạt 147,5 Mbps, còn băng rộng di động đạt khoảng 70,3 Mbps.

Phóng viên: Với tốc độ cố định này, Việt Nam xếp thứ 37 thế giới. Tốc độ tải lên của mạng cố định cũng cải thiện, vào khoảng 141 Mbps. Dẫn đầu khu vực vẫn là Singapore với hơn 291 Mbps.

Ông Nguyễn Hồng Phong, chuyên gia mạng: Tôi nghĩ khi 5G được thương mại hóa rộng rãi từ tháng 10 tới đây, tốc độ di động trung bình hoàn toàn có thể tăng gấp đôi trong vòng một năm.

Phóng viên: Đó là kỳ vọng, còn trước mắt, các nhà mạng đang tăng tốc nâng cấp tuyến cáp quốc tế sau nhiều sự cố đứt cáp trong năm.""",
        "2024-09-19",
        [
            ("fixed_broadband_speed", "national", "month", "2024-08-31", 147.5),
            ("mobile_broadband_speed", "national", "month", "2024-08-31", 70.3),
        ],
    ),
    # 12. Provincial interview (Bình Dương): full-process share at a stated date, April dossier rate.
    # Traps: a city's (Thủ Dầu Một) rate, "tăng 12 điểm phần trăm", target 80%, count of services (no id).
    (
        """Bình Dương: Dịch vụ công trực tuyến phải “dùng thật, hiệu quả thật”

Trao đổi với Báo Bình Dương, bà Trần Thị Hồng Vân, Phó Giám đốc Sở Thông tin và Truyền thông, cho biết tính đến ngày 15/5/2024, tỉnh đã cung cấp 1.185 dịch vụ công trực tuyến toàn trình, chiếm 58,7% tổng số thủ tục hành chính.

“Quan trọng hơn là người dân có dùng hay không. Trong tháng 4, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 71,2%, tăng khoảng 12 điểm phần trăm so với cùng kỳ”, bà Vân nói. Riêng thành phố Thủ Dầu Một đạt 90,5%, cao nhất tỉnh.

Theo bà Vân, tỉnh đặt mục tiêu đến cuối năm nay tỷ lệ hồ sơ trực tuyến đạt 80%, đồng thời mở rộng mô hình “bình dân học vụ số” tại các khu phố, ấp.""",
        "2024-05-20",
        [
            ("dvctt_full_process_rate", "Bình Dương", "as_of", "2024-05-15", 58.7),
            ("online_dossier_rate", "Bình Dương", "month", "2024-04-30", 71.2),
        ],
    ),
    # 13. Q&A with a Government Office official: 11-month service-quality figures.
    # Traps: digitisation rate (no id), one named ministry near 100%, 2025 aim.
    (
        """Chỉ số phục vụ người dân: Hài lòng tăng, số hóa vẫn chậm

Trả lời phỏng vấn Báo Điện tử Chính phủ ngày 3/12, ông Ngô Minh Hải, Cục trưởng Cục Kiểm soát thủ tục hành chính, cho biết theo dữ liệu trên Hệ thống thông tin giải quyết thủ tục hành chính, trong 11 tháng năm 2024, mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải quyết thủ tục hành chính đạt 87,6%.

“Tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 70,5%, tỷ lệ hồ sơ gắn số định danh cá nhân đạt gần 91%. Nhưng tỷ lệ số hóa hồ sơ mới được 52,4%, đây là điểm nghẽn”, ông thẳng thắn. Một số bộ như Bộ Tài chính đã đạt gần 100% kết quả điện tử.

Ông cho biết năm 2025 sẽ tập trung số hóa triệt để, phấn đấu 100% kết quả giải quyết được cấp bản điện tử.""",
        "2024-12-03",
        [
            ("satisfaction_rate", "national", "ytd", "2024-11-30", 87.6),
            ("e_result_rate", "national", "ytd", "2024-11-30", 70.5),
            ("dossiers_with_personal_id_rate", "national", "ytd", "2024-11-30", 91.0),
        ],
    ),
    # 14. Op-ed: smartphone subscription share and Internet users at end-2024.
    # Traps: adults owning a smartphone (people share, no id), Indonesia's figure, aim of 100%.
    (
        """Bình luận: Khi smartphone đã phổ cập, khoảng cách số nằm ở đâu?

Đến cuối năm 2024, theo số liệu của cơ quan quản lý, tỷ lệ thuê bao di động sử dụng điện thoại thông minh ở nước ta đạt khoảng 89%; khoảng 84% dân số sử dụng Internet. Mới vài năm trước, những con số này còn là mơ ước.

Một khảo sát độc lập cho thấy khoảng 73% người trưởng thành sở hữu smartphone – thấp hơn đáng kể so với tỷ lệ thuê bao, bởi nhiều người dùng hai, ba sim. Indonesia, thị trường được ví là “gã khổng lồ số” của ASEAN, có tỷ lệ tương ứng khoảng 66%.

Chính sách “mỗi người dân một smartphone” nhắm tới 100%, nhưng khoảng cách số hôm nay không còn nằm ở chiếc máy. Nó nằm ở kỹ năng: biết tự bảo vệ mình trước lừa đảo, biết dùng dịch vụ công, biết bán hàng trên mạng.

Đặng Quốc Việt""",
        "2025-02-10",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 89.0),
            ("internet_users_rate", "national", "as_of", "2024-12-31", 84.0),
        ],
    ),
    # 15. Ministry's quarterly press conference: broadband subscriptions at end of Q1 2024.
    # Traps: one operator's (VNPT) subscriptions, "tăng 8,2%", telecom revenue (no id).
    (
        """Họp báo định kỳ Bộ TT&TT: Băng rộng cố định tiếp tục tăng

Tại buổi họp báo định kỳ chiều 10/4, đại diện Cục Viễn thông cho biết tính đến hết quý I/2024, cả nước có khoảng 23,5 triệu thuê bao băng rộng cố định, tương đương 23,4 thuê bao/100 dân, và 88,2 triệu thuê bao băng rộng di động.

“Thuê bao băng rộng cố định tăng 8,2% so với cùng kỳ, chủ yếu nhờ các gói cước cáp quang giá rẻ ở nông thôn”, vị đại diện nói. Riêng VNPT hiện có khoảng 8,9 triệu thuê bao cáp quang. Doanh thu dịch vụ viễn thông quý I ước đạt 34.600 tỷ đồng.

Trả lời câu hỏi về chất lượng, Cục Viễn thông cho biết sẽ tiếp tục công bố định kỳ kết quả đo kiểm tốc độ của các doanh nghiệp.""",
        "2024-04-10",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-03-31", 23500000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-03-31", 23.4),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-03-31", 88200000.0),
        ],
    ),
    # 16. Minister's year-end speech reviewing 2022 (published early 2023).
    # Traps: 2025 target 80%, "gấp hơn 2 lần", number of platforms launched.
    (
        """Bộ trưởng: Năm 2022 là năm “đưa dịch vụ công lên mạng”, năm 2023 phải là năm “dữ liệu số”

Phát biểu tại hội nghị tổng kết năm 2022 của ngành Thông tin và Truyền thông sáng 5/1, Bộ trưởng cho biết năm 2022, 97% thủ tục hành chính đủ điều kiện đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình, nâng tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính lên khoảng 44%.

“Nhưng đưa lên mạng mới là một nửa. Năm 2022, tỷ lệ hồ sơ xử lý trực tuyến mới đạt 27%, dù đã gấp hơn 2 lần năm trước”, Bộ trưởng nói và nhấn mạnh mục tiêu đến năm 2025 là 80%. Cũng trong năm, Bộ đã đưa vào sử dụng 9 nền tảng số quốc gia.""",
        "2023-01-06",
        [
            ("full_process_provision_rate", "national", "year", "2022-12-31", 97.0),
            ("dvctt_full_process_rate", "national", "year", "2022-12-31", 44.0),
            ("online_dossier_rate", "national", "year", "2022-12-31", 27.0),
        ],
    ),
    # 17. Q&A on fee cuts for online services plus a 7-month full-process dossier rate.
    # Traps: remainder "4 địa phương còn lại", fee cut of 50%, count of resolutions.
    (
        """Giảm phí khi nộp hồ sơ trực tuyến: 59 địa phương đã vào cuộc

Trả lời câu hỏi của phóng viên về chính sách khuyến khích sử dụng dịch vụ công trực tuyến, bà Nguyễn Thị Mai Hoa, Phó Cục trưởng Cục Kiểm soát thủ tục hành chính, cho biết: “Đến nay, 59/63 tỉnh, thành phố đã có nghị quyết của HĐND về giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến. 4 địa phương còn lại đang hoàn thiện hồ sơ trình HĐND”.

Theo bà Hoa, mức giảm phổ biến là 50% lệ phí, có nơi miễn hoàn toàn. Tuy vậy, chính sách mới là điều kiện cần: 7 tháng đầu năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình trên cả nước mới đạt 19,7%.

“Chúng tôi đã tham mưu ban hành 3 văn bản đôn đốc trong năm, và sẽ tiếp tục công khai kết quả từng địa phương hằng tháng”, bà nói.""",
        "2023-08-15",
        [
            ("localities_fee_reduction", "national", "as_of", "2023-08-15", 59.0),
            ("online_dossier_full_process_rate", "national", "ytd", "2023-07-31", 19.7),
        ],
    ),
    # 18. Speech at the administrative-reform working group meeting: procedures simplified.
    # Traps: remainder 272 not yet done, number of resolutions, deadline "trước 30/6".
    (
        """Tổ công tác cải cách thủ tục hành chính: Còn hơn 270 thủ tục “nằm trên giấy”

Chiều nay (26/2), phát biểu tại phiên họp của Tổ công tác cải cách thủ tục hành chính của Thủ tướng, Tổ trưởng Tổ công tác cho biết trong tổng số 1.084 thủ tục hành chính thuộc 19 nghị quyết chuyên đề của Chính phủ, đến nay đã có 812 thủ tục được thực thi cắt giảm, đơn giản hóa.

“Còn 272 thủ tục chưa được thực thi, chủ yếu do vướng văn bản quy phạm pháp luật. Các bộ phải hoàn thành trước 30/6, không thể để nghị quyết nằm trên giấy”, ông nhấn mạnh.""",
        "2024-02-26",
        [("procedures_simplified", "national", "as_of", "2024-02-26", 812.0)],
    ),
    # 19. Conference speech on Đề án 06: essential services of the 76-item list, VNeID.
    # Traps: a province's own list (Hà Nam 22/25), "tăng 7 dịch vụ", target 76/76.
    (
        """BÁO CÔNG AN NHÂN DÂN ĐIỆN TỬ
Thời sự | Chính trị

Đề án 06: Thêm dịch vụ công thiết yếu được cung cấp toàn trình

14:25 14/10/2024 | Nhóm PV

Sáng 14/10, Ban Chỉ đạo triển khai Đề án 06 của Chính phủ tổ chức Hội nghị trực tuyến sơ kết 9 tháng, kết nối tới 63 điểm cầu tỉnh, thành phố và hơn 10.000 điểm cầu cấp xã.

Phát biểu tại Hội nghị sơ kết 9 tháng triển khai Đề án 06 ngày 14/10, Thứ trưởng Bộ Công an Phạm Quốc Thắng cho biết đến nay đã có 25/76 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình, tăng 7 dịch vụ so với đầu năm. Cả nước hiện có hơn 55,6 triệu tài khoản định danh điện tử đã kích hoạt.

“Có những địa phương làm rất tốt như Hà Nam đã cung cấp 22/25 dịch vụ trong danh mục riêng của tỉnh, nhưng nhìn chung tiến độ chưa đạt yêu cầu”, ông nói. Mục tiêu là hoàn thành 76/76 dịch vụ trong năm 2025.

Tại hội nghị, nhiều đại biểu phản ánh tình trạng dữ liệu hộ tịch, đất đai chưa “đúng, đủ, sạch, sống” khiến việc liên thông thủ tục còn vướng. Thứ trưởng đề nghị các bộ, ngành hoàn thành làm sạch dữ liệu chuyên ngành trong quý IV và yêu cầu địa phương không để người dân phải nộp lại giấy tờ đã có trong cơ sở dữ liệu.

Kết luận hội nghị, Ban Chỉ đạo giao 12 nhiệm vụ trọng tâm cho các bộ, ngành, địa phương trong 3 tháng cuối năm.

Chia sẻ: Facebook | Zalo | In bài

Xem thêm:
- Hướng dẫn tích hợp giấy phép lái xe vào VNeID
- Hà Nam: Mô hình “công dân số” ở cấp xã""",
        "2024-10-14",
        [
            ("essential_services_full_process", "national", "as_of", "2024-10-14", 25.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-10-14", 55600000.0),
        ],
    ),
    # 20. Conference speech on online payments: cumulative at end-September and September flow.
    # Traps: land-tax share of payments (sub-share), "tăng 25%".
    (
        """Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia: Hơn 12.400 tỷ đồng đã chảy qua mạng

Tại Diễn đàn Thanh toán số diễn ra ngày 8/10 tại Hà Nội, ông Lý Minh Đức, Văn phòng Chính phủ, cho biết tính đến hết tháng 9/2024, Cổng Dịch vụ công quốc gia đã ghi nhận hơn 31 triệu giao dịch thanh toán trực tuyến với tổng số tiền hơn 12.400 tỷ đồng.

“Riêng tháng 9 có khoảng 2,3 triệu giao dịch, số tiền khoảng 980 tỷ đồng, tăng 25% so với tháng 8”, ông nói. Trong đó, các khoản thu nghĩa vụ tài chính về đất đai chiếm khoảng 45% giá trị.""",
        "2024-10-08",
        [
            ("online_payments_count", "national", "as_of", "2024-09-30", 31000000.0),
            ("online_payments_value", "national", "as_of", "2024-09-30", 12400.0),
            ("online_payments_count_new", "national", "month", "2024-09-30", 2300000.0),
            ("online_payments_value_new", "national", "month", "2024-09-30", 980.0),
        ],
    ),
]

CASES += [
    # 21. TV talk-show transcript: portal accounts "hiện", October new accounts, dossiers since January.
    # Traps: portal visits (no id), sub-count of business accounts after "trong đó", "tăng gần 30%".
    (
        """[Chuyển động 24h – VTV1, ngày 6/11/2023]

MC: Thưa ông, người dân đã thực sự “lên mạng” làm thủ tục chưa?

Ông Phạm Văn Khánh, Văn phòng Chính phủ: Cổng Dịch vụ công quốc gia hiện có hơn 11,4 triệu tài khoản đăng ký, trong đó khoảng 900 nghìn tài khoản doanh nghiệp. Riêng tháng 10 vừa rồi phát sinh khoảng 310 nghìn tài khoản mới, tăng gần 30% so với tháng 9.

MC: Còn số hồ sơ?

Ông Phạm Văn Khánh: Từ đầu năm đến hết tháng 10, người dân, doanh nghiệp đã nộp qua Cổng khoảng 6,2 triệu hồ sơ trực tuyến. Cổng cũng có hơn 1,2 tỷ lượt truy cập kể từ khi khai trương. Tuy nhiên chúng tôi không chạy theo con số truy cập, mà quan tâm người dân làm xong thủ tục có nhanh hơn, rẻ hơn hay không.""",
        "2023-11-06",
        [
            ("national_portal_accounts", "national", "as_of", "2023-11-06", 11400000.0),
            ("national_portal_accounts_new", "national", "month", "2023-10-31", 310000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2023-10-31", 6200000.0),
        ],
    ),
    # 22. Cybersecurity conference speech: security-level approval rate, 5-month attacks.
    # Traps: share with full protection plans (no id), finance sector's share of attacks, "giảm 9,5%".
    (
        """Bảo đảm an toàn hệ thống thông tin theo cấp độ: “Có hồ sơ chưa chắc đã an toàn”

Phát biểu khai mạc Hội thảo An toàn thông tin khu vực phía Bắc ngày 15/6/2023, ông Nguyễn Văn Khải, Cục trưởng Cục An toàn thông tin, cho biết đến nay tỷ lệ hệ thống thông tin của các cơ quan nhà nước đã được phê duyệt hồ sơ đề xuất cấp độ đạt khoảng 62%.

“Nhưng tỷ lệ triển khai đầy đủ phương án bảo vệ theo hồ sơ được duyệt chỉ khoảng 35%. Có hồ sơ chưa chắc đã an toàn”, ông nói.

Cũng theo Cục trưởng, 5 tháng đầu năm 2023, hệ thống kỹ thuật của Cục ghi nhận 4.480 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với cùng kỳ, trong đó lĩnh vực tài chính – ngân hàng chiếm khoảng 30%.""",
        "2023-06-15",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2023-06-15", 62.0),
            ("cyberattacks", "national", "ytd", "2023-05-31", 4480.0),
        ],
    ),
    # 23. Interview with a tax official on e-invoices since July 2022.
    # Traps: coded invoices after "trong đó", petrol-station invoices (no id), count of businesses using cash-register invoices.
    (
        """Hai năm hóa đơn điện tử: Hơn 7,4 tỷ hóa đơn đã qua hệ thống

Nhân dịp tròn hai năm triển khai hóa đơn điện tử trên toàn quốc, phóng viên phỏng vấn bà Vũ Thị Thanh Hà, Phó Vụ trưởng Vụ Kê khai và kế toán thuế (Tổng cục Thuế).

PV: Sau hai năm, hệ thống hóa đơn điện tử vận hành thế nào, thưa bà?

Bà Vũ Thị Thanh Hà: Từ khi triển khai toàn quốc vào tháng 7/2022 đến nay, cơ quan thuế đã tiếp nhận, xử lý hơn 7,4 tỷ hóa đơn điện tử, trong đó hơn 2,1 tỷ hóa đơn có mã của cơ quan thuế. Hệ thống chưa để xảy ra gián đoạn lớn nào.

PV: Còn hóa đơn bán lẻ xăng dầu và máy tính tiền?

Bà Vũ Thị Thanh Hà: Khoảng 95% cửa hàng xăng dầu đã xuất hóa đơn điện tử theo từng lần bán. Đã có gần 60.000 doanh nghiệp, hộ kinh doanh sử dụng hóa đơn khởi tạo từ máy tính tiền. Mục tiêu cuối năm nay là 100% cửa hàng xăng dầu.""",
        "2024-07-03",
        [("e_invoices_total", "national", "as_of", "2024-07-03", 7400000000.0)],
    ),
    # 24. National Assembly question time: minister's answer on dead-zone villages.
    # Traps: sub-count of villages without grid power after "trong đó", fund money (no id), 2024 aim.
    (
        """Chất vấn tại Quốc hội: Bao giờ hết thôn “trắng sóng”?

Chiều 6/11, trả lời chất vấn của đại biểu Quốc hội tỉnh Hà Giang về tình trạng lõm sóng, Bộ trưởng Bộ Thông tin và Truyền thông cho biết: sau hơn hai năm triển khai chương trình phủ sóng thôn, bản lõm sóng có điện lưới, đến nay đã có 1.398 thôn được phủ sóng, đạt 76,4% số thôn, bản lõm sóng có điện lưới.

“Cả nước hiện còn 523 thôn, bản chưa có sóng di động, trong đó 149 thôn chưa có điện lưới quốc gia. Đây là những nơi khó nhất”, Bộ trưởng nói. Quỹ Dịch vụ viễn thông công ích đã bố trí khoảng 1.500 tỷ đồng cho chương trình.

Bộ trưởng cam kết phấn đấu đến hết năm 2024 cơ bản xóa thôn lõm sóng có điện lưới.""",
        "2023-11-06",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2023-11-06", 76.4),
            ("villages_without_mobile_coverage", "national", "as_of", "2023-11-06", 523.0),
        ],
    ),
    # 25. Op-ed citing a Government Office report on 2023: services with dossiers, dossier rate.
    # Traps: Estonia's 99%, counts of services (no id), "giảm 3 điểm phần trăm".
    (
        """Góc nhìn: Dịch vụ công trực tuyến “đắp chiếu” – lỗi ở đâu?

Theo báo cáo của Văn phòng Chính phủ, năm 2023 chỉ khoảng 46% dịch vụ công trực tuyến có phát sinh hồ sơ. Nói cách khác, hơn một nửa số dịch vụ được dựng lên với chi phí không nhỏ nhưng gần như không ai dùng.

Cũng trong năm 2023, tỷ lệ hồ sơ xử lý trực tuyến trên cả nước đạt khoảng 43%. Con số này đã khá hơn, nhưng nếu so với Estonia, nơi 99% dịch vụ công được thực hiện trực tuyến, thì khoảng cách còn rất xa. Ở một số địa phương, tỷ lệ dịch vụ có phát sinh hồ sơ còn giảm 3 điểm phần trăm so với năm trước.

Vấn đề không nằm ở số lượng dịch vụ – vài nghìn dịch vụ đã được đưa lên – mà ở trải nghiệm: biểu mẫu dài, yêu cầu nộp lại giấy tờ đã có trong cơ sở dữ liệu, thanh toán phức tạp.

Nguyễn Minh Phương
Viện Nghiên cứu chính sách công""",
        "2024-03-25",
        [
            ("dvctt_with_dossiers_rate", "national", "year", "2023-12-31", 46.0),
            ("online_dossier_rate", "national", "year", "2023-12-31", 43.0),
        ],
    ),
    # 26. Provincial People's Council session (Quảng Ninh): half-year e-result and data-reuse rates.
    # Traps: a city's (Hạ Long) 100%, "tăng 20 điểm phần trăm", PAR Index rank (no id), year-end aim.
    (
        """Quảng Ninh: Cấp kết quả điện tử gần như tuyệt đối

Báo cáo tại kỳ họp thứ 20 HĐND tỉnh khóa XIV sáng 10/7, Phó Chủ tịch UBND tỉnh Quảng Ninh cho biết 6 tháng đầu năm 2024, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử của tỉnh đạt 98,2%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 67,5%, tăng 20 điểm phần trăm so với cùng kỳ.

“TP Hạ Long đã đạt 100% cấp kết quả điện tử. Tỉnh tiếp tục giữ vị trí dẫn đầu Chỉ số cải cách hành chính năm 2023”, ông nói, đồng thời cho biết tỉnh phấn đấu đến cuối năm nâng tỷ lệ tái sử dụng dữ liệu lên 80%.""",
        "2024-07-11",
        [
            ("e_result_rate", "Quảng Ninh", "half", "2024-06-30", 98.2),
            ("data_reuse_rate", "Quảng Ninh", "half", "2024-06-30", 67.5),
        ],
    ),
    # 27. Q&A at a monthly Government Office briefing: EMC connection at end of Q3, share of procedures online.
    # Traps: count of dossiers synchronised (no id), two named ministries lagging, deadline.
    (
        """Kết nối EMC: Còn vài hệ thống “lệch pha”

Trả lời câu hỏi của báo chí tại buổi thông tin định kỳ chiều 20/10/2023, đại diện Cục Kiểm soát thủ tục hành chính cho biết đến hết quý III, 96,8% hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh đã kết nối đầy đủ với hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC).

Cũng theo vị đại diện, tỷ lệ thủ tục hành chính có dịch vụ công trực tuyến hiện đạt 81,6%. “Hai bộ vẫn chưa đồng bộ đầy đủ trạng thái hồ sơ; chúng tôi đã đề nghị hoàn thành trước 31/12”, ông nói. Từ đầu năm, EMC đã tiếp nhận trạng thái của hơn 120 triệu hồ sơ.""",
        "2023-10-20",
        [
            ("emc_connection_rate", "national", "as_of", "2023-09-30", 96.8),
            ("dvctt_rate", "national", "as_of", "2023-10-20", 81.6),
        ],
    ),
    # 28. Vice minister's keynote reviewing 2023: adults using online services, full-process share.
    # Traps: target 50%, South Korea's 89%, "tăng 11 điểm phần trăm".
    (
        """Trang chủ > Chuyển đổi số > Chính phủ số

Người dân đã dùng dịch vụ công trực tuyến nhiều hơn, nhưng chưa đủ

Thứ Ba, 27/02/2024 - 15:42 | Bài và ảnh: Khánh Linh

(ICTnews) - Chuyển từ “có dịch vụ” sang “dùng dịch vụ” là thông điệp xuyên suốt của Diễn đàn Chính phủ số 2024, với sự tham dự của khoảng 600 đại biểu đến từ các bộ, ngành, địa phương và doanh nghiệp công nghệ.

Phát biểu tại Diễn đàn Chính phủ số 2024 ngày 27/2, Thứ trưởng Bộ Thông tin và Truyền thông cho biết năm 2023, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt khoảng 41%, tăng 11 điểm phần trăm so với năm 2022 nhưng vẫn dưới mục tiêu 50%. “Ở Hàn Quốc con số này là khoảng 89%”, ông dẫn chứng.

Cũng theo Thứ trưởng, năm 2023 tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 53,1%. Ông cho rằng năm 2024 phải là năm chuyển từ “có dịch vụ” sang “dùng dịch vụ”.

Tại phiên thảo luận, đại diện một số địa phương chia sẻ kinh nghiệm đưa tổ công nghệ số cộng đồng đến từng thôn, tổ dân phố để hướng dẫn người dân nộp hồ sơ. Đại diện một tập đoàn công nghệ cho rằng chỉ cần rút ngắn biểu mẫu và cho phép dùng lại dữ liệu đã có, số người dùng có thể tăng gấp đôi.

Trong khuôn khổ Diễn đàn, Bộ Thông tin và Truyền thông đã ký kết 4 thỏa thuận hợp tác với các doanh nghiệp về phát triển nền tảng số phục vụ dịch vụ công.

Tags: Chính phủ số, dịch vụ công trực tuyến, Diễn đàn Chính phủ số

Tin liên quan:
- Sẽ có thêm 25 dịch vụ công thiết yếu được cung cấp toàn trình
- Hà Nội thí điểm “bình dân học vụ số” tại 30 phường""",
        "2024-02-27",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2023-12-31", 41.0),
            ("dvctt_full_process_rate", "national", "year", "2023-12-31", 53.1),
        ],
    ),
    # 29. City conference speech (Hải Phòng, 2025): its 5G stations and population coverage.
    # Traps: Viettel's branch stations, an industrial zone's coverage, year-end aim 100%.
    (
        """Hải Phòng tăng tốc phủ sóng 5G

Phát biểu tại Hội nghị chuyển đổi số thành phố sáng 18/6/2025, Giám đốc Sở Khoa học và Công nghệ Hải Phòng cho biết đến nay thành phố có khoảng 2.150 trạm 5G, phủ sóng khoảng 85% dân số.

“Riêng Viettel Hải Phòng đã phát sóng hơn 1.100 trạm. Khu công nghiệp DEEP C đã được phủ 5G 100% diện tích”, ông thông tin. Thành phố đặt mục tiêu phủ sóng 5G toàn bộ dân cư trong năm 2025 và xây dựng ít nhất 3 nhà máy thông minh ứng dụng 5G.""",
        "2025-06-18",
        [
            ("fiveg_bts_count", "Hải Phòng", "as_of", "2025-06-18", 2150.0),
            ("fiveg_population_coverage_rate", "Hải Phòng", "as_of", "2025-06-18", 85.0),
        ],
    ),
    # 30. Op-ed on 2030 ambitions: only targets, other countries, changes and a forecast — nothing to record.
    # Traps: 2030 targets (30% GDP, top 50, 80%), Singapore and Malaysia, "tăng gấp đôi", a forecast for 2026.
    (
        """Góc nhìn: Mục tiêu 2030 và bài toán năng suất

Nghị quyết 57 đặt mục tiêu đến năm 2030 kinh tế số đạt tối thiểu 30% GDP, Việt Nam thuộc nhóm 50 nước dẫn đầu về Chính phủ điện tử, tỷ lệ người dân sử dụng dịch vụ công trực tuyến đạt trên 80%. Đó là những con số đầy tham vọng.

Hãy nhìn sang Singapore, nơi kinh tế số đóng góp khoảng 17% GDP nhưng năng suất lao động cao gấp nhiều lần, hay Malaysia với tỷ trọng khoảng 23%. Quy mô không phải là tất cả.

Một số tổ chức dự báo quy mô kinh tế số Việt Nam có thể tăng gấp đôi trong 5 năm tới và chạm mốc 45 tỷ USD vào năm 2026. Nhưng nếu tăng trưởng chỉ dựa vào thương mại điện tử và gia công phần cứng, chúng ta sẽ có một nền kinh tế số “to mà chưa mạnh”.

Lê Quang Vinh (*)
(*) Bài viết thể hiện quan điểm riêng của tác giả.""",
        "2025-05-12",
        [],
    ),
]

CASES += [
    # 31. Provincial interview dated by its sidecar: "năm ngoái" = 2023, "2 tháng đầu năm nay" = 2024.
    # Traps: app downloads (no id), a ward's (Phú Hội) rate, 2025 aim 20%.
    (
        """Thừa Thiên Huế: “Dữ liệu là tài nguyên của thành phố di sản”

Phóng viên trao đổi với ông Lê Minh Nhật, Giám đốc Sở Thông tin và Truyền thông Thừa Thiên Huế, về kết quả chuyển đổi số của tỉnh.

PV: Thưa ông, kinh tế số đóng góp thế nào cho tăng trưởng của tỉnh?

Ông Lê Minh Nhật: Năm ngoái, kinh tế số của tỉnh chiếm khoảng 15,2% GRDP. Chúng tôi đặt mục tiêu 20% vào năm 2025, nói thật là còn nhiều việc phải làm.

PV: Còn dịch vụ công thì sao?

Ông Lê Minh Nhật: Hai tháng đầu năm nay, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 74,6%. Có những phường như Phú Hội đạt trên 95%. Ứng dụng Hue-S đã có hơn 1,2 triệu lượt tải, người dân phản ánh hiện trường qua ứng dụng ngày càng nhiều.

PV: Xin cảm ơn ông!""",
        "2024-03-15",
        [
            ("digital_economy_gdp_share", "Thừa Thiên Huế", "year", "2023-12-31", 15.2),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "ytd", "2024-02-29", 74.6),
        ],
    ),
    # 32. TV news transcript on the UN E-Government Survey 2024 (edition year = 2024).
    # Traps: "tăng 15 bậc", EGDI score (no id), ASEAN position, Denmark first.
    (
        """[Thời sự 12h – VTV1, ngày 18/9/2024]

BTV: Trong Báo cáo khảo sát Chính phủ điện tử năm 2024 vừa được Liên Hợp Quốc công bố, Việt Nam xếp thứ 71/193 quốc gia, tăng 15 bậc so với năm 2022, lần đầu tiên vào nhóm các nước có chỉ số phát triển Chính phủ điện tử rất cao.

Phóng viên: Điểm số EGDI của Việt Nam đạt 0,7709, cao hơn mức trung bình thế giới. Trong khu vực ASEAN, Việt Nam đứng thứ 5. Đan Mạch tiếp tục dẫn đầu bảng xếp hạng.

Ông Nguyễn Phú Hưng, Phó Cục trưởng Cục Chuyển đổi số quốc gia: Kết quả này là nhờ nỗ lực của cả hệ thống, đặc biệt ở hạ tầng viễn thông và nguồn nhân lực. Nhưng chỉ số dịch vụ trực tuyến vẫn là điểm chúng ta phải cải thiện nếu muốn vào top 50 như mục tiêu đề ra.""",
        "2024-09-18",
        [("egdi_rank", "national", "year", "2024-12-31", 71.0)],
    ),
    # 33. Provincial leader's year-end speech (Bắc Ninh): 2024 GRDP share with 2023 in parentheses.
    # Traps: 2025 target 35%, one company's revenue, a district's (Yên Phong) count of businesses.
    (
        """Bắc Ninh: Kinh tế số chiếm gần 1/3 nền kinh tế

Phát biểu tại Hội nghị tổng kết chuyển đổi số năm 2024 sáng 14/1/2025, Chủ tịch UBND tỉnh Bắc Ninh cho biết năm 2024, kinh tế số ước chiếm khoảng 31,5% GRDP của tỉnh (năm 2023 là 29,6%), thuộc nhóm cao nhất cả nước nhờ công nghiệp điện tử.

“Nhưng chúng ta không được ngủ quên. Phần lớn giá trị vẫn đến từ các doanh nghiệp FDI; riêng Samsung Display đã có doanh thu khoảng 30 tỷ USD. Huyện Yên Phong có hơn 300 doanh nghiệp công nghệ số”, ông nói, và đặt mục tiêu năm 2025 kinh tế số chiếm 35% GRDP, phần đóng góp của doanh nghiệp trong nước phải tăng rõ rệt.""",
        "2025-01-14",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2024-12-31", 31.5),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 29.6),
        ],
    ),
    # 34. Year-end 2025 interview (Ministry of Science and Technology): digital-economy share, 5G at end-2025.
    # Traps: "gấp 4 lần" change, Viettel's 30.000 stations, 2026 aim, 5G subscribers (no id).
    (
        """Thứ trưởng Bộ Khoa học và Công nghệ: “2025 là năm 5G đi vào đời sống”

Thứ Sáu, 9/1/2026 | Phóng viên thực hiện

PV: Nhìn lại năm 2025, đâu là điểm sáng lớn nhất, thưa Thứ trưởng?

Thứ trưởng: Tôi nghĩ đó là hạ tầng. Đến cuối năm 2025, mạng 5G đã phủ sóng khoảng 91% dân số với hơn 50.000 trạm phát sóng, gấp khoảng 4 lần so với đầu năm. Riêng Viettel đã có trên 30.000 trạm. Cả nước có khoảng 15 triệu thuê bao 5G.

PV: Còn kinh tế số?

Thứ trưởng: Năm 2025, kinh tế số ước chiếm khoảng 19,5% GDP. Chưa chạm mốc 20% như kỳ vọng, nhưng nền tảng đã khác. Năm 2026, chúng tôi phấn đấu phủ 5G toàn bộ dân cư và đưa tỷ trọng kinh tế số vượt 20%.""",
        "2026-01-09",
        [
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 91.0),
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 50000.0),
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 19.5),
        ],
    ),
    # 35. Magazine piece published mid-May quoting the Q1 review: "Hiện nay" dates to the quarter's end.
    # Traps: "tăng 4,3 điểm phần trăm", urban FTTH share (part of the same measure), year-end aim.
    (
        """Hạ tầng số quý I/2024: Cáp quang tiếp tục lan tỏa

Tạp chí Thông tin và Truyền thông – số tháng 5/2024

Theo báo cáo kết quả quý I/2024 của Bộ Thông tin và Truyền thông, trong quý I, hạ tầng viễn thông tiếp tục được củng cố sau sự cố đứt cáp quốc tế. Trình bày tại hội nghị giao ban quý, ông Tống Văn Quý, Phó Cục trưởng Cục Viễn thông, nhấn mạnh: “Hiện nay, tỷ lệ hộ gia đình có cáp quang đạt 82,1%, tăng 4,3 điểm phần trăm so với cùng kỳ. Ở thành thị con số này đã là 94%”.

Cũng theo ông, số thuê bao sử dụng điện thoại thông minh hiện là khoảng 79,2 triệu. Mục tiêu cuối năm là nâng tỷ lệ hộ có cáp quang lên 85%.""",
        "2024-05-16",
        [
            ("ftth_household_rate", "national", "as_of", "2024-03-31", 82.1),
            ("smartphone_subscriptions", "national", "as_of", "2024-03-31", 79200000.0),
        ],
    ),
    # 36. Conclusion notice quoting a Deputy PM (no sidecar; the notice dates itself).
    # Traps: count of tasks, remainder "2 địa phương còn lại", target 50%.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 98/TB-VPCP
Hà Nội, ngày 12 tháng 3 năm 2024

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về thúc đẩy dịch vụ công trực tuyến

Ngày 7 tháng 3 năm 2024, Phó Thủ tướng Chính phủ chủ trì cuộc họp về thúc đẩy cung cấp, sử dụng dịch vụ công trực tuyến. Sau khi nghe báo cáo và ý kiến các đại biểu, Phó Thủ tướng kết luận như sau:

1. Đánh giá cao nỗ lực của các bộ, ngành, địa phương. 2 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến đạt 45,2%. Hiện nay có 61/63 địa phương đã ban hành nghị quyết giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 2 địa phương còn lại phải hoàn thành trong quý II.

2. Phấn đấu năm 2024 tỷ lệ hồ sơ trực tuyến đạt trên 50%. Giao 8 nhiệm vụ cụ thể cho các bộ, cơ quan (có Phụ lục kèm theo).""",
        None,
        [
            ("online_dossier_rate", "national", "ytd", "2024-02-29", 45.2),
            ("localities_fee_reduction", "national", "as_of", "2024-03-07", 61.0),
        ],
    ),
    # 37. Radio transcript saved without a date: only the 2023 figure in parentheses can be dated.
    # Traps: undated "hiện nay" botnet count and "từ đầu năm đến nay" attacks (no date), "giảm mạnh".
    (
        """[Bản tin Thời sự VOV1]

Phát thanh viên: Theo Trung tâm Giám sát an toàn không gian mạng quốc gia, từ đầu năm đến nay đã ghi nhận 1.250 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm mạnh so với cả năm 2023 (13.900 cuộc).

Phóng viên: Dù số vụ giảm, ông Hoàng Minh Quân, chuyên gia an ninh mạng, cảnh báo các cuộc tấn công đang có chủ đích hơn. “Số địa chỉ IP tham gia mạng botnet hiện nay vào khoảng 530 nghìn. Mã độc tống tiền là mối đe dọa hàng đầu đối với doanh nghiệp”, ông nói.""",
        None,
        [("cyberattacks", "national", "year", "2023-12-31", 13900.0)],
    ),
    # 38. TV talk-show transcript two months after 5G launch: national station count.
    # Traps: each operator's stations, 5G subscribers (no id), provinces with 5G (63/63, no id).
    (
        """[Tọa đàm “5G – Hai tháng nhìn lại”, VTV2, ngày 20/12/2024]

MC: Sau hai tháng thương mại hóa, 5G ở Việt Nam đang ở đâu?

Ông Nguyễn Thành Đạt, Cục Viễn thông: Cả nước hiện có hơn 8.000 trạm 5G, đã có sóng tại 63/63 tỉnh, thành phố. Riêng Viettel khoảng 6.500 trạm, VinaPhone khoảng 1.200 trạm, MobiFone đang khởi động.

MC: Người dùng đã “lên” 5G nhiều chưa?

Ông Nguyễn Thành Đạt: Khoảng 4 triệu thuê bao đã trải nghiệm 5G. Tốc độ đo thực tế trên mạng Viettel vào khoảng 400 Mbps tải xuống. Mục tiêu năm 2025 là phủ sóng 5G ít nhất 90% dân số, nên các nhà mạng phải chạy rất nhanh.""",
        "2024-12-20",
        [("fiveg_bts_count", "national", "as_of", "2024-12-20", 8000.0)],
    ),
    # 39. Provincial People's Council question time (Thanh Hóa): 11-month dossier rates.
    # Traps: a district's (Thọ Xuân) 12%, count of districts, 2024 target 60%.
    (
        """Chất vấn tại HĐND tỉnh Thanh Hóa: Vì sao hồ sơ trực tuyến chưa “cất cánh”?

Tại phiên chất vấn kỳ họp thứ 17 HĐND tỉnh sáng 7/12/2023, trả lời đại biểu về hiệu quả dịch vụ công trực tuyến, Giám đốc Sở Thông tin và Truyền thông cho biết 11 tháng năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 48,6%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 32,1%.

“Có sự chênh lệch lớn giữa các địa phương: có huyện như Thọ Xuân mới đạt khoảng 12%. Trong 27 huyện, thị xã, thành phố, chưa đến một nửa đạt mức bình quân”, Giám đốc Sở thừa nhận, và cam kết năm 2024 đưa tỷ lệ hồ sơ trực tuyến lên 60%.""",
        "2023-12-07",
        [
            ("online_dossier_rate", "Thanh Hóa", "ytd", "2023-11-30", 48.6),
            ("online_dossier_full_process_rate", "Thanh Hóa", "ytd", "2023-11-30", 32.1),
        ],
    ),
    # 40. Central-bank interview: adults with accounts and Mobile Money at stated dates.
    # Traps: rural customers after "trong đó" (part of the same measure), QR growth 90%, Thailand 95%.
    (
        """Phó Thống đốc: “Người dân ở vùng sâu cũng đã quen thanh toán không tiền mặt”

Trả lời phỏng vấn nhân dịp 6 tháng đầu năm, Phó Thống đốc Ngân hàng Nhà nước cho biết tính đến cuối tháng 6/2024, khoảng 87% người trưởng thành đã có tài khoản thanh toán tại ngân hàng. Con số này ở Thái Lan là khoảng 95%.

“Mobile Money cũng có bước tiến: đến cuối tháng 5/2024, dịch vụ có khoảng 9,2 triệu khách hàng, trong đó khoảng 6,5 triệu ở nông thôn, miền núi”, Phó Thống đốc nói. Giao dịch qua QR code 6 tháng tăng khoảng 90% về số lượng so với cùng kỳ.""",
        "2024-07-15",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.0),
            ("mobile_money_customers", "national", "as_of", "2024-05-31", 9200000.0),
        ],
    ),
    # 41. Ministry of Public Security press briefing (2025): VNeID and ID cards at 31/3/2025.
    # Traps: driving licences integrated (no id), the ministry's own 100% full-process, aim for 2025.
    (
        """Bộ Công an thông tin kết quả Đề án 06 quý I/2025

Tại buổi họp báo chiều 8/4/2025, Thiếu tướng Lê Văn Thịnh, Phó Cục trưởng Cục Cảnh sát QLHC về TTXH, cho biết tính đến ngày 31/3/2025, cả nước đã cấp hơn 87 triệu thẻ căn cước, căn cước công dân gắn chip và kích hoạt hơn 60,1 triệu tài khoản định danh điện tử.

“Ứng dụng VNeID đã tích hợp khoảng 7,9 triệu giấy phép lái xe. Bộ Công an đã cung cấp 100% thủ tục đủ điều kiện dưới dạng trực tuyến toàn trình”, ông nói. Bộ đặt mục tiêu trong năm 2025 hoàn thành kích hoạt tài khoản cho toàn bộ người dân từ 14 tuổi trở lên.""",
        "2025-04-08",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-03-31", 87000000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-03-31", 60100000.0),
        ],
    ),
    # 42. National Assembly debate speech (2022) quoting the Government's report.
    # Traps: ethnic-minority areas' FTTH (part of the same measure), South Korea 99%, call for a 2025 target.
    (
        """Đại biểu Quốc hội: “Đừng để hạ tầng số bỏ lại người phía sau”

Phát biểu thảo luận tại hội trường sáng 2/11/2022 về tình hình kinh tế – xã hội, đại biểu Quốc hội đoàn Đắk Lắk dẫn báo cáo của Chính phủ: đến cuối tháng 9/2022, tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 74%, tỷ lệ thuê bao di động là điện thoại thông minh đạt 73,5%.

“Tôi cho rằng những con số bình quân này che khuất sự chênh lệch. Ở vùng đồng bào dân tộc thiểu số, tỷ lệ hộ có cáp quang chỉ khoảng 35%. Hàn Quốc đã là 99% từ lâu”, đại biểu nói, và đề nghị Chính phủ đặt mục tiêu cụ thể đến năm 2025 cho vùng khó khăn.""",
        "2022-11-02",
        [
            ("ftth_household_rate", "national", "as_of", "2022-09-30", 74.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-09-30", 73.5),
        ],
    ),
    # 43. Government press conference (2025): Q1 full-process dossier share split, with last year's Q1 in parentheses.
    # Traps: "tăng 13 điểm phần trăm", one named ministry (Bộ Tài chính), year target.
    (
        """Họp báo Chính phủ: Hồ sơ trực tuyến toàn trình quý I tăng mạnh

Chiều 5/4/2025, tại họp báo Chính phủ thường kỳ, bà Trần Thu Hằng, Phó Chủ nhiệm Văn phòng Chính phủ, cho biết quý I/2025, tỷ lệ hồ sơ trực tuyến toàn trình bình quân cả nước đạt 44,5% (cùng kỳ năm 2024 là 31,4%), tăng khoảng 13 điểm phần trăm.

“Các bộ, ngành đạt 52,3%, các địa phương đạt 41,7%. Bộ Tài chính là điểm sáng với khoảng 85%”, bà nói. Năm 2025, Chính phủ yêu cầu tỷ lệ này đạt tối thiểu 60%.""",
        "2025-04-06",
        [
            ("online_dossier_full_process_rate", "national", "quarter", "2025-03-31", 44.5),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-03-31", 31.4),
            ("online_dossier_full_process_rate", "ministries", "quarter", "2025-03-31", 52.3),
            ("online_dossier_full_process_rate", "localities", "quarter", "2025-03-31", 41.7),
        ],
    ),
    # 44. Radio transcript (2025): February attacks, January in parentheses, 2-month total.
    # Traps: ransomware sub-count after "trong đó", scam calls (no id), a US figure.
    (
        """[VOV Giao thông – Chương trình “An toàn số”, ngày 5/3/2025]

Dẫn chương trình: Thưa anh, tháng vừa qua tình hình tấn công mạng ra sao?

Anh Lê Đức Anh, chuyên gia an ninh mạng: Theo số liệu cơ quan chức năng công bố, trong tháng 2/2025 đã ghi nhận 98 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, ít hơn so với tháng 1 (117 cuộc). Lũy kế 2 tháng đầu năm là 215 cuộc, trong đó 12 vụ là mã độc tống tiền.

Dẫn chương trình: Vậy là giảm, người nghe có thể yên tâm?

Anh Lê Đức Anh: Chưa đâu. Số cuộc gọi lừa đảo vẫn ở mức hàng trăm nghìn mỗi tháng. Ở Mỹ, năm ngoái thiệt hại do lừa đảo trực tuyến đã vượt 12 tỷ USD.""",
        "2025-03-05",
        [
            ("cyberattacks", "national", "month", "2025-02-28", 98.0),
            ("cyberattacks", "national", "month", "2025-01-31", 117.0),
            ("cyberattacks", "national", "ytd", "2025-02-28", 215.0),
        ],
    ),
    # 45. Conference speech (mid-2025): cumulative portal dossiers at 30/6 and the half-year flow.
    # Traps: derived daily average (no id), count of provinces after the merger, commune counts.
    (
        """Cổng Dịch vụ công quốc gia sẵn sàng cho chính quyền hai cấp

Phát biểu tại Hội nghị trực tuyến toàn quốc ngày 3/7/2025, đại diện Văn phòng Chính phủ cho biết tính đến ngày 30/6/2025, Cổng Dịch vụ công quốc gia đã tiếp nhận tổng cộng hơn 62 triệu hồ sơ trực tuyến kể từ khi khai trương. Riêng 6 tháng đầu năm 2025, Cổng tiếp nhận khoảng 9,8 triệu hồ sơ, trung bình mỗi ngày khoảng 54 nghìn hồ sơ.

“Từ ngày 1/7, 34 tỉnh, thành phố và hơn 3.300 xã, phường, đặc khu đã kết nối thông suốt với Cổng”, vị đại diện nói, đồng thời đề nghị các địa phương bảo đảm không để gián đoạn dịch vụ trong giai đoạn chuyển tiếp.""",
        "2025-07-03",
        [
            ("national_portal_dossiers", "national", "as_of", "2025-06-30", 62000000.0),
            ("national_portal_dossiers_new", "national", "half", "2025-06-30", 9800000.0),
        ],
    ),
]
