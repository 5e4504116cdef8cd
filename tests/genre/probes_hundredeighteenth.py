"""Genre probes, round 118: a broad, representative sample across families and text types, 2022–2026, written blind and held out.

Held out to the end of stop 45 and not fitted: read once with the stop's start code 15b33c0 (151 of 152 right, 151 of 166 found (0.99 / 0.91)) and once with its final extraction code (152 of 153, 152 of 166).
"""

CASES = [
    # 1. ICTnews-style summary of the October 2023 report on NDXP: month flow, daily average,
    # cumulative at month end, connection points "đến nay". Traps: +6,1%, Hà Nội's LGSP count, 2023 target.
    (
        """NDXP xử lý hơn 82 triệu giao dịch trong tháng 10

ICTnews - Theo báo cáo tình hình chuyển đổi số tháng 10/2023 vừa được Bộ Thông tin và Truyền thông công bố, các nền tảng số quốc gia tiếp tục vận hành ổn định, lưu lượng khai thác dữ liệu tăng đều qua từng tháng.

Cụ thể, trong tháng 10/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 82,6 triệu giao dịch, tăng 6,1% so với tháng 9; bình quân mỗi ngày có khoảng 2,66 triệu giao dịch được thực hiện qua nền tảng. Tính đến hết tháng 10/2023, tổng số giao dịch qua NDXP kể từ khi khai trương (tháng 3/2019) đạt hơn 1,87 tỷ giao dịch.

Cũng theo Bộ TT&TT, đến nay đã có 1.126 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu được thiết lập trên NDXP. Ở cấp địa phương, Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) của TP Hà Nội ghi nhận khoảng 3,1 triệu giao dịch trong tháng.

Bộ TT&TT đặt mục tiêu trong năm 2023 NDXP đạt tổng cộng 1 tỷ giao dịch, qua đó góp phần hiện thực hóa chủ đề "Năm dữ liệu số".

Hải Đăng""",
        "2023-11-08",
        [
            ("ndxp_transactions_period", "national", "month", "2023-10-31", 82600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-10-31", 2660000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-10-31", 1870000000.0),
            ("ndxp_connection_points", "national", "as_of", "2023-11-08", 1126.0),
        ],
    ),
    # 2. Provincial portal (Thừa Thiên Huế), year-end 2023 conference: five province rates for 2023.
    # Traps: +12,6 points, Huế city's 91,3%, DTI rank, 2024 target "trên 80%", count 1.705 services.
    (
        """Thừa Thiên Huế: Chuyển đổi số tạo chuyển biến rõ nét trong cải cách hành chính

Cập nhật: 12/01/2024 09:15

(Cổng TTĐT tỉnh) - Chiều 11/1, Sở Thông tin và Truyền thông tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.

Theo báo cáo tại hội nghị, năm 2023 toàn tỉnh cung cấp 1.705 dịch vụ công trực tuyến toàn trình, chiếm 88,7% tổng số thủ tục hành chính. Tỷ lệ hồ sơ được giải quyết trực tuyến đạt 68,4%, tăng 12,6 điểm phần trăm so với năm 2022; tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,2% tổng số hồ sơ. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 92,5%. Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính đạt 98,6%.

Trong số các địa phương cấp huyện, thành phố Huế tiếp tục dẫn đầu với tỷ lệ hồ sơ trực tuyến 91,3%. Năm 2023, Thừa Thiên Huế giữ vị trí thứ 2 cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI).

Phát biểu tại hội nghị, lãnh đạo UBND tỉnh đề nghị ngành tập trung nâng cao chất lượng dịch vụ công, phấn đấu năm 2024 tỷ lệ hồ sơ trực tuyến đạt trên 80%, đồng thời đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.

Thanh Hương""",
        "2024-01-12",
        [
            ("dvctt_full_process_rate", "Thừa Thiên Huế", "year", "2023-12-31", 88.7),
            ("online_dossier_rate", "Thừa Thiên Huế", "year", "2023-12-31", 68.4),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "year", "2023-12-31", 41.2),
            ("e_result_rate", "Thừa Thiên Huế", "year", "2023-12-31", 92.5),
            ("satisfaction_rate", "Thừa Thiên Huế", "year", "2023-12-31", 98.6),
        ],
    ),
    # 3. Interview with a vice-minister (Q&A): digital economy share and growth in 2023, EGDI 2022,
    # FTTH "hiện nay". Traps: 20%/30% targets, Indonesia, 5G coverage target, 100% communes with fibre.
    (
        """Kinh tế số: Từ tầm nhìn đến hành động

Nhân dịp kỷ niệm ngày Báo chí Cách mạng Việt Nam, phóng viên đã có cuộc trao đổi với Thứ trưởng Bộ Thông tin và Truyền thông về bức tranh kinh tế số và hạ tầng số của Việt Nam.

PV: Thưa Thứ trưởng, kinh tế số của Việt Nam đang ở đâu so với các mục tiêu đã đề ra?

Thứ trưởng: Năm 2023, tỷ trọng kinh tế số trong GDP ước đạt 16,5%; kinh tế số tăng trưởng khoảng 20%, cao gấp ba lần tốc độ tăng GDP. Đây là kết quả rất đáng khích lệ, nhưng để đạt mục tiêu kinh tế số chiếm 20% GDP vào năm 2025 và 30% vào năm 2030 thì chúng ta còn nhiều việc phải làm. Ở khu vực, Indonesia hiện có quy mô kinh tế số lớn nhất Đông Nam Á, khoảng 82 tỷ USD.

PV: Còn về Chính phủ số, chúng ta được quốc tế đánh giá thế nào?

Thứ trưởng: Năm 2022, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam theo đánh giá của Liên Hợp Quốc xếp thứ 86/193 quốc gia. Chúng tôi kỳ vọng kỳ đánh giá năm nay sẽ ghi nhận bước tiến rõ rệt.

PV: Hạ tầng số được chuẩn bị ra sao?

Thứ trưởng: Cáp quang đã đến 100% xã. Hiện nay, khoảng 79% hộ gia đình đã sử dụng Internet cáp quang. Với 5G, chúng tôi phấn đấu đến hết năm 2025 vùng phủ đạt khoảng 30% dân số, tạo nền tảng cho các ứng dụng công nghiệp.

PV: Xin cảm ơn Thứ trưởng!""",
        "2024-06-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("ftth_household_rate", "national", "as_of", "2024-06-20", 79.0),
        ],
    ),
    # 4. VPCP notice (Đề án 06 working group), all values at 29/02/2024: essential services,
    # online dossier rate ministries/localities, fee reduction, procedures simplified.
    # Traps: remainders 11 and 272, 6 meetings, deadline 30/6/2024 with 100%.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 98/TB-VPCP

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ, Tổ trưởng Tổ công tác triển khai Đề án 06 tại cuộc họp Tổ công tác tháng 3 năm 2024

Ngày 08 tháng 3 năm 2024, Phó Thủ tướng Chính phủ chủ trì cuộc họp Tổ công tác triển khai Đề án 06. Sau khi nghe báo cáo của Bộ Công an, Văn phòng Chính phủ và ý kiến các thành viên, Phó Thủ tướng kết luận như sau:

1. Đánh giá chung
Từ đầu năm đến nay, Tổ công tác đã tổ chức 6 cuộc họp chuyên đề. Tính đến ngày 29/02/2024, đã hoàn thành cung cấp 42/53 dịch vụ công thiết yếu trực tuyến toàn trình theo Đề án 06 (còn 11 dịch vụ chưa hoàn thành); tỷ lệ hồ sơ trực tuyến của các bộ, ngành đạt 46,3%, của các địa phương đạt 31,8%; đã có 49/63 địa phương ban hành Nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; Chính phủ đã phê duyệt phương án cắt giảm, đơn giản hóa 812/1.084 thủ tục hành chính, còn 272 thủ tục chưa được thực thi.

2. Nhiệm vụ thời gian tới
Các bộ, ngành, địa phương khẩn trương hoàn thành 100% dịch vụ công thiết yếu còn lại trước ngày 30/6/2024; các địa phương chưa ban hành Nghị quyết giảm phí, lệ phí báo cáo Hội đồng nhân dân tại kỳ họp gần nhất.

Văn phòng Chính phủ thông báo để các cơ quan, đơn vị biết, thực hiện./.""",
        "2024-03-15",
        [
            ("essential_services_full_process", "national", "as_of", "2024-02-29", 42.0),
            ("online_dossier_rate", "ministries", "as_of", "2024-02-29", 46.3),
            ("online_dossier_rate", "localities", "as_of", "2024-02-29", 31.8),
            ("localities_fee_reduction", "national", "as_of", "2024-02-29", 49.0),
            ("procedures_simplified", "national", "as_of", "2024-02-29", 812.0),
        ],
    ),
    # 5. Report saved from PDF (hard-wrapped, page furniture), February 2024 security section,
    # dated by its own heading (published None). Values: attacks of Feb, January's comparison in
    # parentheses, botnet IPs and approval rate with ministries/localities split at 29/02.
    # Traps: -14,2%, 542 phishing sites, 3.587 systems count.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                         Độc lập - Tự do - Hạnh phúc
Số: 45/BC-BTTTT                        Hà Nội, ngày 01 tháng 3 năm 2024

BÁO CÁO
Tình hình, kết quả chuyển đổi số tháng 02 năm 2024

                                   3

2. An toàn thông tin mạng
a) Trong tháng 02/2024, Cục An toàn thông tin đã ghi nhận, cảnh
báo và hướng dẫn xử lý 1.041 cuộc tấn công mạng gây ra sự cố vào
các hệ thống thông tin tại Việt Nam, giảm 14,2% so với tháng
01/2024 (1.214 cuộc). Trong tháng, Cục cũng phát hiện và xử lý
542 trang web lừa đảo, giả mạo.
b) Tính đến hết tháng 02/2024, số lượng địa chỉ IP tại Việt Nam
nằm trong các mạng máy tính ma (botnet) là khoảng 583.000 địa chỉ.
c) Lũy kế đến ngày 29/02/2024, đã có 3.587/5.750 hệ thống thông
tin của các bộ, ngành, địa phương được phê duyệt hồ sơ đề xuất
cấp độ, đạt 62,4% (các bộ, ngành: 71,5%; các địa phương: 57,9%).

                                   4""",
        None,
        [
            ("cyberattacks", "national", "month", "2024-02-29", 1041.0),
            ("cyberattacks", "national", "month", "2024-01-31", 1214.0),
            ("botnet_ips", "national", "as_of", "2024-02-29", 583000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-02-29", 62.4),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-02-29", 71.5),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-02-29", 57.9),
        ],
    ),
    # 6. Press summary of the 2024 digital economy estimate (published Feb 2025): GDP share and growth
    # for 2024. Traps: "trong đó" core ICT 12,3% sub-part, ICT revenue (USD), e-commerce +20%, 2030 target.
    (
        """Kinh tế số chiếm hơn 18% GDP

(Chinhphu.vn) - Theo số liệu do Bộ Thông tin và Truyền thông công bố tại hội nghị tổng kết, năm 2024 tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt 18,3%, trong đó kinh tế số ICT chiếm khoảng 12,3%. Tốc độ tăng trưởng kinh tế số năm 2024 đạt khoảng 20,3%, tiếp tục là một trong những động lực tăng trưởng quan trọng của nền kinh tế.

Doanh thu công nghiệp công nghệ thông tin năm 2024 ước đạt 158 tỷ USD; xuất khẩu phần cứng, điện tử đạt 133 tỷ USD. Thị trường thương mại điện tử bán lẻ tăng khoảng 20% so với năm 2023, thuộc nhóm tăng trưởng nhanh nhất khu vực.

Theo Nghị quyết số 57-NQ/TW của Bộ Chính trị, đến năm 2030 quy mô kinh tế số phải đạt tối thiểu 30% GDP. Để đạt được mục tiêu này, Bộ TT&TT cho biết sẽ tập trung phát triển doanh nghiệp công nghệ số, thúc đẩy chuyển đổi số trong các ngành, lĩnh vực có tỷ trọng lớn trong nền kinh tế.""",
        "2025-02-10",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.3),
        ],
    ),
    # 7. Đà Nẵng year-end review 2022 (city portal): online dossier rate, adult use of DVCTT,
    # FTTH households at year end, GRDP share. Traps: adults owning smartphones (people share, no id),
    # 100% communes with fibre, DTI leader, 2023 target.
    (
        """Đà Nẵng: Năm 2022 tiếp tục dẫn đầu về chuyển đổi số

ĐNO - Ngày 4/1, UBND thành phố tổ chức hội nghị tổng kết chương trình chuyển đổi số năm 2022. Theo báo cáo của Sở Thông tin và Truyền thông, năm 2022, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến trên địa bàn thành phố đạt 74,7%; tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 58,3%.

Hạ tầng số tiếp tục được đầu tư đồng bộ. 100% xã, phường đã có cáp quang băng rộng; đến cuối năm 2022, tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 92,4%; tỷ lệ người dân trưởng thành có điện thoại thông minh đạt 83,5%.

Kinh tế số của thành phố ước chiếm 16,8% GRDP năm 2022. Đà Nẵng là địa phương dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh năm 2021.

Năm 2023, thành phố phấn đấu kinh tế số chiếm 20% GRDP, 90% hồ sơ thủ tục hành chính được xử lý trực tuyến.

Hoàng Hiệp""",
        "2023-01-05",
        [
            ("online_dossier_rate", "Đà Nẵng", "year", "2022-12-31", 74.7),
            ("adult_population_using_dvctt_rate", "Đà Nẵng", "year", "2022-12-31", 58.3),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2022-12-31", 92.4),
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2022-12-31", 16.8),
        ],
    ),
    # 8. Ookla summary for March 2024: fixed and mobile download speeds of the month.
    # Traps: upload speeds, ranks 39/180 and 49/146, Singapore's speed, Viettel's speed.
    (
        """Tốc độ Internet di động Việt Nam vượt mốc 50 Mbps

Theo dữ liệu Speedtest Global Index do Ookla công bố, trong tháng 3/2024, tốc độ tải xuống trung bình của mạng băng rộng di động tại Việt Nam đạt 52,68 Mbps, tốc độ tải lên đạt 20,1 Mbps; Việt Nam xếp thứ 49/146 quốc gia và vùng lãnh thổ được khảo sát.

Với mạng băng rộng cố định, tốc độ tải xuống trung bình tháng 3/2024 đạt 107,35 Mbps, tải lên đạt 104,9 Mbps, xếp hạng 39/180. Dẫn đầu thế giới về tốc độ cố định vẫn là Singapore với 272,7 Mbps.

Xét theo nhà mạng, Viettel tiếp tục là mạng di động có tốc độ cao nhất với 59,3 Mbps, theo sau là VinaPhone và MobiFone. Giới chuyên gia nhận định tốc độ di động sẽ còn cải thiện mạnh khi mạng 5G được thương mại hóa trong năm nay.""",
        "2024-04-20",
        [
            ("mobile_broadband_speed", "national", "month", "2024-03-31", 52.68),
            ("fixed_broadband_speed", "national", "month", "2024-03-31", 107.35),
        ],
    ),
    # 9. Bộ Công an press release on Đề án 06 at 31/3/2024: chip ID cards, VNeID activated, Hà Nội's
    # activated accounts, dossiers with personal ID. Traps: 78,9 million issued accounts (no id), 1,2 billion log-ins.
    (
        """Bộ Công an thông tin kết quả triển khai Đề án 06 quý I/2024

Sáng 5/4, tại họp báo thường kỳ, đại diện Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06) cho biết: Tính đến ngày 31/3/2024, toàn quốc đã cấp 86,2 triệu thẻ Căn cước công dân gắn chip; đã kích hoạt 52,6 triệu tài khoản định danh điện tử trên tổng số 78,9 triệu tài khoản được cấp, riêng Hà Nội đã kích hoạt 5,1 triệu tài khoản; tỷ lệ hồ sơ thủ tục hành chính được định danh bằng số định danh cá nhân trên Cổng Dịch vụ công quốc gia đạt 97,3%.

Ứng dụng VNeID đến nay đã ghi nhận khoảng 1,2 tỷ lượt truy cập, khai thác. Bộ Công an đề nghị các bộ, ngành, địa phương tiếp tục đẩy mạnh tích hợp, sử dụng tài khoản định danh điện tử thay cho tài khoản riêng trong giải quyết thủ tục hành chính.""",
        "2024-04-05",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-03-31", 86200000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-03-31", 52600000.0),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2024-03-31", 5100000.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-03-31", 97.3),
        ],
    ),
    # 10. SBV-related press article: adults with accounts at end of June 2023, Mobile Money customers
    # at 31/7/2023. Traps: rural sub-count, Viettel Money share, +59% mobile payments, 80% target.
    (
        """Mobile Money vượt mốc 6 triệu khách hàng

Theo Ngân hàng Nhà nước Việt Nam (NHNN), đến cuối tháng 6/2023, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt khoảng 87%, vượt mục tiêu 80% đặt ra cho năm 2025 trong Chiến lược tài chính toàn diện quốc gia.

Đối với dịch vụ Mobile Money, tính đến ngày 31/7/2023, đã có 6,14 triệu khách hàng đăng ký sử dụng, trong đó khoảng 4,3 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Viettel Money hiện chiếm khoảng 70% số khách hàng Mobile Money.

Trong 7 tháng đầu năm 2023, giao dịch thanh toán qua kênh điện thoại di động tăng 59% về số lượng so với cùng kỳ năm trước. NHNN cho biết sẽ đánh giá toàn diện kết quả thí điểm trước khi đề xuất Chính phủ hướng xử lý tiếp theo.

Mai Phương""",
        "2023-09-21",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2023-06-30", 87.0),
            ("mobile_money_customers", "national", "as_of", "2023-07-31", 6140000.0),
        ],
    ),
    # 11. Cục Viễn thông year-end 2024: broadband subscriptions and per-100 at end 2024, smartphone
    # share, FTTH households. Traps: telecom revenue in tỷ đồng (no id), +9%, Viettel's subscribers, 2025 plan.
    (
        """Viễn thông Việt Nam năm 2024: Hạ tầng băng rộng tiếp tục bứt phá

Theo báo cáo tổng kết của Cục Viễn thông (Bộ TT&TT), tính đến hết năm 2024, cả nước có 23,2 triệu thuê bao băng rộng cố định, tăng 9% so với cuối năm 2023, tương đương 22,9 thuê bao/100 dân; số thuê bao băng rộng di động đạt 89,6 triệu, tương đương 88,4 thuê bao/100 dân.

Cũng đến cuối năm 2024, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 88,6% và tỷ lệ hộ gia đình sử dụng cáp quang đạt 82,4%.

Doanh thu dịch vụ viễn thông năm 2024 ước đạt 342.000 tỷ đồng. Riêng Viettel hiện phục vụ hơn 55 triệu thuê bao di động, chiếm hơn một nửa thị phần.

Năm 2025, Cục Viễn thông dự kiến tập trung mở rộng vùng phủ 5G, phấn đấu đưa tỷ lệ thuê bao smartphone lên 90%.""",
        "2025-01-08",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23200000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 22.9),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 89600000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 88.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 88.6),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.4),
        ],
    ),
    # 12. Quảng Ninh provincial portal, 6 months 2023: online dossier rate, full-process dossier rate,
    # e-result rate, data reuse rate for the half. Traps: Hạ Long city's 96,2%, +4,5%, full-year target.
    (
        """Quảng Ninh: 6 tháng đầu năm, 85,6% hồ sơ được xử lý trực tuyến

Cập nhật lúc 15:42, Thứ hai, 10/07/2023 (GMT+7)

6 tháng đầu năm 2023, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến trên địa bàn tỉnh đạt 85,6%, tăng 4,5% so với cùng kỳ. Trong đó, thành phố Hạ Long có tỷ lệ cao nhất với 96,2%.

Cũng trong 6 tháng, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 62,3%; tỷ lệ hồ sơ được trả kết quả điện tử đạt 93,1%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa trong giải quyết thủ tục hành chính đạt 47,8%.

Tỉnh phấn đấu đến hết năm 2023 có trên 90% hồ sơ được xử lý trực tuyến, 100% kết quả giải quyết thủ tục hành chính được số hóa.

Trung tâm Truyền thông tỉnh""",
        "2023-07-10",
        [
            ("online_dossier_rate", "Quảng Ninh", "half", "2023-06-30", 85.6),
            ("online_dossier_full_process_rate", "Quảng Ninh", "half", "2023-06-30", 62.3),
            ("e_result_rate", "Quảng Ninh", "half", "2023-06-30", 93.1),
            ("data_reuse_rate", "Quảng Ninh", "half", "2023-06-30", 47.8),
        ],
    ),
    # 13. Press feature on dead-zone villages (May 2023): covered share of electrified dead-zone villages,
    # villages still without coverage nationally and in Hà Giang "đến nay". Traps: 577 villages without
    # power after "trong đó", Mèo Vạc district's 41, 2024 target, counts 1.298/841.
    (
        """Xóa "vùng lõm" sóng: Cuộc đua với thời gian

Những bản làng heo hút nơi biên giới đang dần có sóng điện thoại. Theo Cục Viễn thông, trong số 1.298 thôn, bản lõm sóng đã có điện lưới quốc gia, các doanh nghiệp viễn thông đã phủ sóng được 841 thôn, đạt 64,8%.

Tuy vậy, đến nay cả nước vẫn còn 1.034 thôn, bản chưa có sóng di động, trong đó 577 thôn chưa có điện lưới. Hà Giang là địa phương còn nhiều điểm lõm nhất với 168 thôn chưa có sóng; riêng huyện Mèo Vạc còn 41 thôn.

Bộ TT&TT đặt mục tiêu đến hết năm 2024 phủ sóng 100% thôn, bản đã có điện lưới. Với những nơi chưa có điện, doanh nghiệp sẽ thử nghiệm trạm phát sóng sử dụng năng lượng mặt trời.

Bài, ảnh: Quốc Tuấn""",
        "2023-05-18",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2023-05-18", 64.8),
            ("villages_without_mobile_coverage", "national", "as_of", "2023-05-18", 1034.0),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2023-05-18", 168.0),
        ],
    ),
    # 14. UN E-Government Survey 2024 news (published during the edition's year): EGDI 2024 rank and the
    # 2022 rank in parentheses. Traps: +15 places, OSI sub-index rank, Thailand, Singapore, EGDI score.
    (
        """Việt Nam tăng 15 bậc về Chính phủ điện tử

Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc vừa được công bố tại New York, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp hạng 71/193 quốc gia, tăng 15 bậc so với năm 2022 (86/193). Điểm EGDI của Việt Nam đạt 0,7709, lần đầu tiên được xếp vào nhóm có mức phát triển Chính phủ điện tử rất cao.

Trong các chỉ số thành phần, chỉ số dịch vụ trực tuyến (OSI) tăng mạnh nhất, lên vị trí 47. Trong khu vực ASEAN, Singapore giữ vị trí thứ 3 thế giới, Thái Lan xếp thứ 52.""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 15. VPCP news on the National Public Service Portal, July 2024: cumulative accounts at month end,
    # new accounts, dossiers and payments of the month, payments year-to-date. Traps: +8%, Bộ Công an's count.
    (
        """Cổng Dịch vụ công quốc gia: Tháng 7 ghi nhận hơn 3 triệu giao dịch thanh toán trực tuyến

(VGP) - Theo Văn phòng Chính phủ, tính đến hết tháng 7/2024, Cổng Dịch vụ công quốc gia có hơn 14,8 triệu tài khoản đăng ký. Riêng trong tháng 7/2024, Cổng có thêm 412.500 tài khoản đăng ký mới và tiếp nhận 2,35 triệu hồ sơ trực tuyến.

Trong tháng 7/2024, Cổng ghi nhận 3,12 triệu giao dịch thanh toán trực tuyến với số tiền 1.863 tỷ đồng, tăng 8% so với tháng 6. Bộ Công an là cơ quan có số giao dịch thanh toán lớn nhất với khoảng 1,6 triệu giao dịch. Lũy kế từ đầu năm, Cổng đã có 19,4 triệu giao dịch thanh toán trực tuyến với tổng số tiền 11.250 tỷ đồng.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục tái cấu trúc quy trình, bảo đảm người dân chỉ cần đăng nhập một lần bằng tài khoản định danh điện tử VNeID.""",
        "2024-08-06",
        [
            ("national_portal_accounts", "national", "as_of", "2024-07-31", 14800000.0),
            ("national_portal_accounts_new", "national", "month", "2024-07-31", 412500.0),
            ("national_portal_dossiers_new", "national", "month", "2024-07-31", 2350000.0),
            ("online_payments_count_new", "national", "month", "2024-07-31", 3120000.0),
            ("online_payments_value_new", "national", "month", "2024-07-31", 1863.0),
            ("online_payments_count_new", "national", "ytd", "2024-07-31", 19400000.0),
            ("online_payments_value_new", "national", "ytd", "2024-07-31", 11250.0),
        ],
    ),
    # 16. Hà Nội portal, year-end 2023: provision rate at year end, online dossier rate and satisfaction
    # for 2023. Traps: Cầu Giấy district 95,1%, +21 points, DTI rank 10/63, 2024 target 80%.
    (
        """Hà Nội: Năm 2023, 63,8% hồ sơ thủ tục hành chính được xử lý trực tuyến

(HNP) - Sáng 9/1, Sở Thông tin và Truyền thông Hà Nội tổ chức hội nghị tổng kết công tác năm 2023. Báo cáo tại hội nghị cho biết, đến hết năm 2023, thành phố đã cung cấp trực tuyến 1.942 thủ tục hành chính, đạt 99,5% tổng số thủ tục hành chính thuộc thẩm quyền giải quyết.

Trong năm 2023, tỷ lệ hồ sơ được tiếp nhận, xử lý trực tuyến đạt 63,8%, tăng 21 điểm phần trăm so với năm 2022; quận Cầu Giấy có tỷ lệ cao nhất với 95,1%. Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính trong năm đạt 89,6%.

Năm 2023, Hà Nội xếp thứ 10/63 về Chỉ số chuyển đổi số cấp tỉnh. Năm 2024, thành phố phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 80%, 100% kết quả giải quyết thủ tục hành chính được số hóa.

Ngọc Anh""",
        "2024-01-09",
        [
            ("dvctt_rate", "Hà Nội", "as_of", "2023-12-31", 99.5),
            ("online_dossier_rate", "Hà Nội", "year", "2023-12-31", 63.8),
            ("satisfaction_rate", "Hà Nội", "year", "2023-12-31", 89.6),
        ],
    ),
    # 17. Bình Dương newspaper, 9 months 2024 (year-to-date): four province rates.
    # Traps: 1.256.000 dossiers received (count), Thủ Dầu Một city's 92%, +15,2%, year-end target 85%.
    (
        """Bình Dương: Gần 80% hồ sơ thủ tục hành chính được xử lý trực tuyến

BDO - Theo Sở Thông tin và Truyền thông, lũy kế 9 tháng năm 2024, các cơ quan hành chính trên địa bàn tỉnh đã tiếp nhận 1.256.000 hồ sơ thủ tục hành chính, tăng 15,2% so với cùng kỳ. Tỷ lệ hồ sơ trực tuyến đạt 79,4%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,7%; tỷ lệ hồ sơ có tái sử dụng thông tin, dữ liệu đã được số hóa đạt 42,1%. Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 71,3%.

Trong các địa phương cấp huyện, thành phố Thủ Dầu Một dẫn đầu với 92% hồ sơ nộp trực tuyến.

Từ nay đến cuối năm, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 85%, đồng thời hoàn thành việc số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực.

Phương Lê""",
        "2024-10-05",
        [
            ("online_dossier_rate", "Bình Dương", "ytd", "2024-09-30", 79.4),
            ("online_dossier_full_process_rate", "Bình Dương", "ytd", "2024-09-30", 58.7),
            ("data_reuse_rate", "Bình Dương", "ytd", "2024-09-30", 42.1),
            ("dvctt_with_dossiers_rate", "Bình Dương", "ytd", "2024-09-30", 71.3),
        ],
    ),
    # 18. Business newspaper, 5G at end of June 2025: station count and population coverage.
    # Traps: Viettel's 9.000 stations, 20.000/30% targets, 400 Mbps 5G speed, 7 million 5G users, South Korea.
    (
        """Sau nửa năm thương mại hóa đồng loạt, 5G phủ sóng hơn một phần tư dân số

Theo số liệu của Cục Viễn thông (Bộ Khoa học và Công nghệ), tính đến hết tháng 6/2025, cả nước đã lắp đặt hơn 13.000 trạm phát sóng 5G; vùng phủ sóng 5G đạt khoảng 26% dân số. Riêng Viettel đã phát sóng hơn 9.000 trạm, tập trung tại các đô thị, khu công nghiệp và khu du lịch.

Tốc độ tải xuống trung bình của mạng 5G trong các đợt đo kiểm đạt khoảng 400 Mbps, gấp nhiều lần 4G. Số người dùng 5G hiện vào khoảng 7 triệu.

Theo kế hoạch, đến cuối năm 2025 cả nước sẽ có khoảng 20.000 trạm 5G, vùng phủ đạt 30% dân số. Để so sánh, Hàn Quốc, quốc gia đi đầu về 5G, hiện có hơn 300.000 trạm.

Anh Tuấn""",
        "2025-07-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 13000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.0),
        ],
    ),
    # 19. Security news, Q1 2025: attacks in the quarter and in March, botnet IPs at end of March.
    # Traps: -30,2% year on year, -12%, 1.510 phishing sites, ransomware ×2,4.
    (
        """Quý I/2025: Hơn 1.400 cuộc tấn công mạng vào hệ thống thông tin Việt Nam

Theo Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC), trong quý I/2025 đã ghi nhận 1.423 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 30,2% so với cùng kỳ năm 2024. Riêng tháng 3/2025 có 398 cuộc tấn công.

Tính đến cuối tháng 3/2025, số địa chỉ IP của Việt Nam nằm trong các mạng botnet là 547.000, giảm 12% so với cuối năm 2024. Cũng trong quý, NCSC đã phát hiện và ngăn chặn 1.510 trang web lừa đảo; số vụ tấn công bằng mã độc tống tiền tăng 2,4 lần so với quý trước.

Chuyên gia khuyến cáo các tổ chức cần chủ động sao lưu dữ liệu, rà soát lỗ hổng định kỳ.""",
        "2025-04-08",
        [
            ("cyberattacks", "national", "quarter", "2025-03-31", 1423.0),
            ("cyberattacks", "national", "month", "2025-03-31", 398.0),
            ("botnet_ips", "national", "as_of", "2025-03-31", 547000.0),
        ],
    ),
    # 20. Interview with Lâm Đồng's information director (Q&A), published 22 days after July: 7-month
    # rates (ytd) and "hiện nay" levels at the page date. Traps: Đam Rông district's 18 villages,
    # 2025 target, 2.400 community tech teams (count).
    (
        """Lâm Đồng: "Chuyển đổi số phải bắt đầu từ người dân"

PV: Xin ông cho biết kết quả nổi bật về chuyển đổi số của tỉnh từ đầu năm đến nay?

Giám đốc Sở TT&TT: 7 tháng đầu năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh đạt 52,7%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 24,9%. Toàn tỉnh đã thành lập 2.400 tổ công nghệ số cộng đồng với hơn 14.000 thành viên, đi đến từng thôn, tổ dân phố hướng dẫn người dân.

PV: Hạ tầng viễn thông có theo kịp nhu cầu không, thưa ông?

Giám đốc Sở TT&TT: Hiện nay, toàn tỉnh còn 47 thôn chưa có sóng di động, riêng huyện Đam Rông còn 18 thôn. Tỷ lệ hộ gia đình có kết nối cáp quang khoảng 71%. Chúng tôi đang phối hợp với các doanh nghiệp, phấn đấu đến năm 2025 không còn thôn lõm sóng.

PV: Xin cảm ơn ông!

Minh Khôi (thực hiện)""",
        "2023-08-22",
        [
            ("online_dossier_rate", "Lâm Đồng", "ytd", "2023-07-31", 52.7),
            ("online_dossier_full_process_rate", "Lâm Đồng", "ytd", "2023-07-31", 24.9),
            ("villages_without_mobile_coverage", "Lâm Đồng", "as_of", "2023-08-22", 47.0),
            ("ftth_household_rate", "Lâm Đồng", "as_of", "2023-08-22", 71.0),
        ],
    ),
    # 21. Monthly report of the merged Ministry of Science and Technology (May 2025), saved from PDF
    # with a table dated by its caption: three rates × ministries/localities/national, plus the share
    # of services with dossiers. Traps: +1,8 points vs April, 80% target for 2025.
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 5 năm 2025

II. CHÍNH PHỦ SỐ
1. Cung cấp, sử dụng dịch vụ công trực tuyến
Trong tháng 5/2025, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực
tuyến đạt 44,6%, tăng 1,8 điểm phần trăm so với tháng 4/2025. Kết quả cụ
thể theo khối bộ, ngành và địa phương như sau:

Bảng 1. Một số chỉ tiêu dịch vụ công trực tuyến (Số liệu tháng 5/2025)
STT  Chỉ tiêu                                   Bộ, ngành   Địa phương   Toàn quốc
1    Tỷ lệ hồ sơ trực tuyến (%)                 58,4        47,9         51,2
2    Tỷ lệ hồ sơ trực tuyến toàn trình (%)      36,1        28,5         30,7
3    Tỷ lệ cấp kết quả điện tử (%)              89,3        85,0         86,2
Nguồn: Hệ thống EMC, Cổng Dịch vụ công quốc gia.

Mục tiêu năm 2025 là tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%; như vậy khối
địa phương còn cách xa mục tiêu.
                                                                        7""",
        "2025-06-10",
        [
            ("dvctt_with_dossiers_rate", "national", "month", "2025-05-31", 44.6),
            ("online_dossier_rate", "ministries", "month", "2025-05-31", 58.4),
            ("online_dossier_rate", "localities", "month", "2025-05-31", 47.9),
            ("online_dossier_rate", "national", "month", "2025-05-31", 51.2),
            ("online_dossier_full_process_rate", "ministries", "month", "2025-05-31", 36.1),
            ("online_dossier_full_process_rate", "localities", "month", "2025-05-31", 28.5),
            ("online_dossier_full_process_rate", "national", "month", "2025-05-31", 30.7),
            ("e_result_rate", "ministries", "month", "2025-05-31", 89.3),
            ("e_result_rate", "localities", "month", "2025-05-31", 85.0),
            ("e_result_rate", "national", "month", "2025-05-31", 86.2),
        ],
    ),
    # 22. Government news on Q3/2023: online dossier rate ministries/localities for the quarter,
    # provision rate over eligible procedures at 30/9. Traps: named ministries (Công an 96,1%,
    # Tài chính 91,4%, Xây dựng 4,8%), 7/22 ministries below 20% (count).
    (
        """Quý III/2023: Tỷ lệ hồ sơ trực tuyến của khối địa phương mới đạt 30,2%

(Chinhphu.vn) - Theo Văn phòng Chính phủ, trong quý III/2023, tỷ lệ hồ sơ được xử lý trực tuyến của các bộ, ngành đạt 49,6%, của các địa phương đạt 30,2%.

Một số bộ có tỷ lệ cao như Bộ Công an (96,1%), Bộ Tài chính (91,4%); ngược lại, Bộ Xây dựng chỉ đạt 4,8%. Vẫn còn 7/22 bộ, ngành có tỷ lệ hồ sơ trực tuyến dưới 20%.

Về cung cấp dịch vụ, tính đến ngày 30/9/2023, tỷ lệ thủ tục hành chính đủ điều kiện đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình đạt 88,9%.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương có tỷ lệ thấp khẩn trương rà soát, tái cấu trúc quy trình, không để tình trạng "có dịch vụ nhưng không có hồ sơ".""",
        "2023-10-20",
        [
            ("online_dossier_rate", "ministries", "quarter", "2023-09-30", 49.6),
            ("online_dossier_rate", "localities", "quarter", "2023-09-30", 30.2),
            ("full_process_provision_rate", "national", "as_of", "2023-09-30", 88.9),
        ],
    ),
    # 23. Tax-authority news (Feb 2025): e-invoices since 1/7/2022 to end 2024.
    # Traps: 2,97 billion coded invoices after "trong đó", cash-register and petrol invoices, 1,5 million firms, budget revenue.
    (
        """Hơn 8,3 tỷ hóa đơn điện tử đã được cơ quan thuế tiếp nhận, xử lý

Theo Cục Thuế (Bộ Tài chính), kể từ khi triển khai hóa đơn điện tử trên toàn quốc (1/7/2022) đến hết ngày 31/12/2024, cơ quan thuế đã tiếp nhận và xử lý hơn 8,36 tỷ hóa đơn điện tử, trong đó 2,97 tỷ hóa đơn có mã của cơ quan thuế. Riêng hóa đơn khởi tạo từ máy tính tiền đạt hơn 1,2 tỷ hóa đơn; 100% cửa hàng bán lẻ xăng dầu đã thực hiện lập hóa đơn điện tử theo từng lần bán hàng.

Hiện có khoảng 1,5 triệu doanh nghiệp, tổ chức và hộ kinh doanh sử dụng hóa đơn điện tử. Năm 2024, tổng thu ngân sách nhà nước do cơ quan thuế quản lý vượt dự toán đề ra.""",
        "2025-02-18",
        [
            ("e_invoices_total", "national", "as_of", "2024-12-31", 8360000000.0),
        ],
    ),
    # 24. Year-end review 2025 (published Jan 2026): 5G at end 2025, Ookla speeds for November,
    # digital economy share 2025. Traps: speed rank 17, upload, 30% target by 2030, 2026 plan, 34 provinces.
    (
        """Chuyển đổi số năm 2025: Những con số ấn tượng

Năm 2025 khép lại với nhiều dấu ấn của hạ tầng số. Đến cuối năm 2025, cả nước đã có hơn 28.500 trạm 5G, vùng phủ sóng 5G đạt khoảng 80% dân số, vượt xa kế hoạch đầu năm.

Theo Ookla, trong tháng 11/2025, tốc độ tải xuống trung bình của mạng di động tại Việt Nam đạt 151,2 Mbps, xếp thứ 17 thế giới; tốc độ tải lên đạt 31,5 Mbps. Tốc độ tải xuống của băng rộng cố định đạt 236,7 Mbps.

Theo ước tính của Bộ Khoa học và Công nghệ, năm 2025 kinh tế số chiếm khoảng 19,5% GDP. Nghị quyết 57-NQ/TW đặt mục tiêu đến năm 2030 kinh tế số đạt ít nhất 30% GDP; năm 2026, Bộ dự kiến trình Chính phủ chương trình phát triển công nghiệp công nghệ số giai đoạn mới.

Sau sắp xếp, 100% trong số 34 tỉnh, thành phố đã kết nối hệ thống giải quyết thủ tục hành chính với Cổng Dịch vụ công quốc gia.""",
        "2026-01-06",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 28500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 80.0),
            ("mobile_broadband_speed", "national", "month", "2025-11-30", 151.2),
            ("fixed_broadband_speed", "national", "month", "2025-11-30", 236.7),
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 19.5),
        ],
    ),
    # 25. Lào Cai provincial news on dead zones: villages still without coverage and covered share
    # "hiện" (page date). Traps: 12 without power after "trong đó", Si Ma Cai's 21 and Bát Xát's 19,
    # 35 new BTS in 2024, target 2025.
    (
        """Lào Cai nỗ lực xóa "vùng lõm" sóng di động

Hiện toàn tỉnh Lào Cai còn 98 thôn, bản chưa có sóng di động băng rộng, trong đó 12 thôn chưa có điện lưới quốc gia. Tỷ lệ thôn, bản có sóng di động trên toàn tỉnh đạt 93,6%. Các điểm lõm sóng tập trung chủ yếu ở huyện Si Ma Cai (21 thôn) và huyện Bát Xát (19 thôn), nơi địa hình chia cắt, dân cư thưa thớt.

Từ đầu năm 2024 đến nay, các doanh nghiệp viễn thông đã lắp mới 35 trạm BTS tại các xã vùng cao. Tỉnh đặt mục tiêu đến hết năm 2025, 100% thôn, bản có sóng di động, phục vụ chuyển đổi số ở vùng đồng bào dân tộc thiểu số.

Thu Trang - Báo Lào Cai""",
        "2024-11-02",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-11-02", 98.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-11-02", 93.6),
        ],
    ),
    # 26. Tech news contrasting DataReportal with ministry figures: internet users and smartphone share
    # at end 2023 (administrative). Traps: vendor's 78,44 million / 79,1%, social media 72,7 million,
    # 168,5 million connections, Thailand 88%.
    (
        """Việt Nam có bao nhiêu người dùng Internet?

Theo báo cáo Digital 2024 của We Are Social và Meltwater, tính đến đầu năm 2024 Việt Nam có 78,44 triệu người dùng Internet, chiếm 79,1% dân số; 72,7 triệu người dùng mạng xã hội và 168,5 triệu kết nối di động. Thái Lan có tỷ lệ người dùng Internet khoảng 88%.

Trong khi đó, số liệu thống kê của Bộ Thông tin và Truyền thông cho thấy, tính đến cuối năm 2023, tỷ lệ dân số sử dụng Internet của Việt Nam đạt 78,1%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 86,6%.

Sự chênh lệch giữa các nguồn số liệu chủ yếu do khác biệt về phương pháp: các báo cáo quốc tế dựa trên mô hình ước tính, trong khi số liệu của Bộ được tổng hợp từ báo cáo của doanh nghiệp viễn thông.""",
        "2024-03-04",
        [
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.1),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 86.6),
        ],
    ),
    # 27. Portal article (Dec 2024) on NDXP: 11-month flow (ytd) and daily average, cumulative,
    # connected agencies and connection points "đến nay". Traps: 29/63 sub-counts in parentheses, 2025 target.
    (
        """NDXP vượt mốc 1 tỷ giao dịch trong 11 tháng

Theo Cục Chuyển đổi số quốc gia, 11 tháng năm 2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận hơn 1,02 tỷ giao dịch, trung bình khoảng 3,05 triệu giao dịch mỗi ngày. Tổng số giao dịch qua NDXP từ năm 2019 đến nay đạt hơn 2,98 tỷ.

Đến nay, NDXP đã kết nối với 92 bộ, ngành, địa phương (gồm 29 bộ, ngành, cơ quan trung ương và 63 tỉnh, thành phố); đã thiết lập 1.648 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.

Năm 2025, Cục dự kiến nâng cấp NDXP để bảo đảm năng lực xử lý 5 triệu giao dịch mỗi ngày.""",
        "2024-12-10",
        [
            ("ndxp_transactions_period", "national", "ytd", "2024-11-30", 1020000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-11-30", 3050000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-10", 2980000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-12-10", 92.0),
            ("ndxp_connection_points", "national", "as_of", "2024-12-10", 1648.0),
        ],
    ),
    # 28. Nghệ An portal posting a Q2/2024 review in September: quarter rates, and "hiện nay" levels
    # dated at the quarter's end (>35 days before the page). Traps: Kỳ Sơn district's 38, Q3 target.
    (
        """Kết quả thực hiện chuyển đổi số quý II/2024 trên địa bàn tỉnh Nghệ An

Ngày đăng: 10/09/2024

Quý II/2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến trên địa bàn tỉnh đạt 41,5%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 22,8%.

Về hạ tầng số, hiện nay tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh đạt 76,2%; toàn tỉnh còn 63 thôn, bản chưa có sóng di động, riêng huyện Kỳ Sơn còn 38 bản.

Trong quý III, Sở Thông tin và Truyền thông đề nghị các sở, ngành, UBND cấp huyện phấn đấu nâng tỷ lệ hồ sơ trực tuyến lên trên 50%.""",
        "2024-09-10",
        [
            ("online_dossier_rate", "Nghệ An", "quarter", "2024-06-30", 41.5),
            ("online_dossier_full_process_rate", "Nghệ An", "quarter", "2024-06-30", 22.8),
            ("ftth_household_rate", "Nghệ An", "as_of", "2024-06-30", 76.2),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-06-30", 63.0),
        ],
    ),
    # 29. Press communiqué dated by its own dateline (published None): NDXP half-year flow and cumulative
    # at 30/6, portal payments for the half, cumulative dossiers at 30/6, accounts "hiện nay" (dateline).
    # Traps: +35% year on year, 12 provinces below 20% (count).
    (
        """Hà Nội, ngày 12/7/2023 - Tại phiên họp chuyên đề về chuyển đổi số của Ủy ban Quốc gia về chuyển đổi số, đại diện Bộ Thông tin và Truyền thông và Văn phòng Chính phủ đã báo cáo kết quả 6 tháng đầu năm 2023.

Theo đó, 6 tháng đầu năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 385 triệu giao dịch, tăng 35% so với cùng kỳ; tính đến ngày 30/6/2023, tổng số giao dịch kể từ khi khai trương đạt 1,52 tỷ.

Cũng trong 6 tháng đầu năm, Cổng Dịch vụ công quốc gia ghi nhận 8,9 triệu giao dịch thanh toán trực tuyến với số tiền 4.920 tỷ đồng; lũy kế đến ngày 30/6/2023, Cổng đã tiếp nhận 19,6 triệu hồ sơ trực tuyến. Hiện nay, Cổng có hơn 9,2 triệu tài khoản đăng ký. Vẫn còn 12 địa phương có tỷ lệ hồ sơ trực tuyến dưới 20%.""",
        None,
        [
            ("ndxp_transactions_period", "national", "half", "2023-06-30", 385000000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-06-30", 1520000000.0),
            ("online_payments_count_new", "national", "half", "2023-06-30", 8900000.0),
            ("online_payments_value_new", "national", "half", "2023-06-30", 4920.0),
            ("national_portal_dossiers", "national", "as_of", "2023-06-30", 19600000.0),
            ("national_portal_accounts", "national", "as_of", "2023-07-12", 9200000.0),
        ],
    ),
    # 30. Tech news (March 2023) on smartphones at end of 2022: count and share of subscriptions.
    # Traps: survey share of phone users 73,5% (people), 121 million subscriptions (no id), 85% target,
    # Viettel's 1 million handsets, 4G 99,8% population, 20 million 2G-only.
    (
        """Gần 100 triệu thuê bao dùng điện thoại thông minh

Theo Cục Viễn thông, tính đến cuối năm 2022, cả nước có khoảng 98,4 triệu thuê bao di động sử dụng điện thoại thông minh, chiếm 81,3% tổng số khoảng 121 triệu thuê bao di động. Vùng phủ sóng 4G đã đạt 99,8% dân số.

Một khảo sát độc lập công bố cùng thời điểm cho thấy 73,5% người dùng điện thoại tại Việt Nam đang dùng smartphone.

Hiện vẫn còn khoảng 20 triệu thuê bao chỉ sử dụng máy 2G. Trong khuôn khổ chương trình "Mỗi người dân một điện thoại thông minh", Viettel cam kết hỗ trợ 1 triệu máy giá rẻ; Bộ TT&TT đặt mục tiêu đến hết năm 2023 tỷ lệ thuê bao dùng smartphone đạt 85%.""",
        "2023-03-14",
        [
            ("smartphone_subscriptions", "national", "as_of", "2022-12-31", 98400000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 81.3),
        ],
    ),
    # 31. Cần Thơ newspaper, year 2024: four province rates for the year.
    # Traps: +10,5 points, Ninh Kiều district's 99%, service-index rank 15/63, 2025 target.
    (
        """Cần Thơ: Dịch vụ công trực tuyến ngày càng thực chất

Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn thành phố Cần Thơ đạt 46,5%, tăng 10,5 điểm phần trăm so với năm trước; quận Ninh Kiều có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 99%. Tỷ lệ hồ sơ có kết quả giải quyết được cấp bản điện tử đạt 94,8%; tỷ lệ hồ sơ tái sử dụng thông tin, dữ liệu số hóa đạt 51,2%. Tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 48,9%.

Theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp, Cần Thơ xếp hạng 15/63 tỉnh, thành phố. Năm 2025, thành phố phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.

Gia Bảo - Báo Cần Thơ""",
        "2025-01-14",
        [
            ("online_dossier_full_process_rate", "Cần Thơ", "year", "2024-12-31", 46.5),
            ("e_result_rate", "Cần Thơ", "year", "2024-12-31", 94.8),
            ("data_reuse_rate", "Cần Thơ", "year", "2024-12-31", 51.2),
            ("adult_population_using_dvctt_rate", "Cần Thơ", "year", "2024-12-31", 48.9),
        ],
    ),
    # 32. Notice of the central steering committee (Resolution 57), March 2025, values at 15/3/2025:
    # essential services of the 76 list, full-process share of all procedures, EMC full connection.
    # Traps: 21 remaining, 47 tasks and 12 documents (counts), deadline 30/6/2025 with 100%.
    (
        """BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ

THÔNG BÁO
Kết luận của Ban Chỉ đạo tại phiên họp thứ hai

... Ban Chỉ đạo ghi nhận, đến nay các cơ quan đã ban hành 12 văn bản hướng dẫn, giao 47 nhiệm vụ cụ thể để triển khai Nghị quyết 57-NQ/TW. Tính đến ngày 15/3/2025, đã cung cấp 55/76 dịch vụ công thiết yếu trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia, còn 21 dịch vụ chưa hoàn thành; tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 52,3%; Hệ thống thông tin giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ (EMC) đã kết nối đầy đủ với 91,3% hệ thống giải quyết thủ tục hành chính cấp bộ, cấp tỉnh.

Ban Chỉ đạo yêu cầu hoàn thành 100% dịch vụ công thiết yếu trước ngày 30/6/2025.""",
        "2025-03-20",
        [
            ("essential_services_full_process", "national", "as_of", "2025-03-15", 55.0),
            ("dvctt_full_process_rate", "national", "as_of", "2025-03-15", 52.3),
            ("emc_connection_rate", "national", "as_of", "2025-03-15", 91.3),
        ],
    ),
    # 33. Year summary 2023 of the National Public Service Portal (published Jan 2024): new accounts and
    # payments in 2023, cumulative accounts and payments at 31/12/2023. Traps: registration-fee sub-amount
    # after "trong đó", +43%, Bộ Công an's share.
    (
        """Cổng Dịch vụ công quốc gia năm 2023: Thanh toán trực tuyến vượt 10.000 tỷ đồng

Năm 2023, Cổng Dịch vụ công quốc gia có thêm 6,1 triệu tài khoản đăng ký mới, nâng tổng số tài khoản tính đến ngày 31/12/2023 lên 11,87 triệu.

Trong năm 2023, Cổng ghi nhận 19,3 triệu giao dịch thanh toán trực tuyến với số tiền 10.650 tỷ đồng, tăng 43% so với năm 2022; trong đó, thanh toán lệ phí trước bạ chiếm khoảng 4.100 tỷ đồng. Lũy kế đến hết năm 2023, Cổng đã có 42,7 triệu giao dịch thanh toán trực tuyến với tổng số tiền 23.800 tỷ đồng. Các dịch vụ do Bộ Công an cung cấp chiếm gần một nửa số giao dịch.

Văn phòng Chính phủ cho biết năm 2024 sẽ tiếp tục nâng cấp Cổng theo hướng lấy người dùng làm trung tâm.""",
        "2024-01-25",
        [
            ("national_portal_accounts_new", "national", "year", "2023-12-31", 6100000.0),
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 11870000.0),
            ("online_payments_count_new", "national", "year", "2023-12-31", 19300000.0),
            ("online_payments_value_new", "national", "year", "2023-12-31", 10650.0),
            ("online_payments_count", "national", "as_of", "2023-12-31", 42700000.0),
            ("online_payments_value", "national", "as_of", "2023-12-31", 23800.0),
        ],
    ),
    # 34. Short news (June 2024) on fee reductions for online services: provinces with HĐND resolutions
    # "đến nay". Traps: 11 remaining, typical 50% reduction, Bắc Giang's 50%.
    (
        """Thêm nhiều địa phương giảm phí, lệ phí khi nộp hồ sơ trực tuyến

Theo Văn phòng Chính phủ, đến nay đã có 52/63 tỉnh, thành phố trực thuộc Trung ương ban hành Nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí đối với hồ sơ thực hiện qua dịch vụ công trực tuyến; còn 11 địa phương chưa ban hành. Mức giảm phổ biến là 50% so với nộp trực tiếp. Bắc Giang là một trong những địa phương đi đầu, giảm 50% lệ phí cấp giấy chứng nhận quyền sử dụng đất khi nộp trực tuyến.

Việc giảm phí, lệ phí được kỳ vọng sẽ khuyến khích người dân chuyển từ nộp hồ sơ giấy sang nộp trực tuyến.""",
        "2024-06-18",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-06-18", 52.0),
        ],
    ),
    # 35. News (Nov 2022) at 31/10/2022: share of procedures online, full-process share after "trong đó"
    # (another indicator, kept), EMC full-connection share. Traps: 100% technically connected, +3,2 points.
    (
        """Gần 40% thủ tục hành chính đã được cung cấp trực tuyến toàn trình

Theo số liệu từ Hệ thống EMC, tính đến ngày 31/10/2022, tỷ lệ thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến (một phần và toàn trình) đạt 97,5% tổng số thủ tục hành chính, trong đó tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình đạt 39,4%, tăng 3,2 điểm phần trăm so với tháng 9.

Về kết nối, 100% bộ, ngành, địa phương đã kết nối kỹ thuật với EMC, song mới có 78,5% hệ thống giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ, truyền số liệu đúng quy định.""",
        "2022-11-15",
        [
            ("dvctt_rate", "national", "as_of", "2022-10-31", 97.5),
            ("dvctt_full_process_rate", "national", "as_of", "2022-10-31", 39.4),
            ("emc_connection_rate", "national", "as_of", "2022-10-31", 78.5),
        ],
    ),
    # 36. Government news (Jan 2025) on the 2024 service index: adult use of DVCTT, satisfaction national
    # and by ministries/localities. Traps: Quảng Ninh's score 92,15 (points, no id), 11 ministries "tốt" (count).
    (
        """Công bố Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2024

(VGP) - Ngày 20/1, Văn phòng Chính phủ công bố kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp năm 2024.

Theo đó, năm 2024, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến trên cả nước đạt 41,3%. Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt 88,2%; khối bộ, ngành đạt 86,4%, khối địa phương đạt 89,1%.

Quảng Ninh tiếp tục dẫn đầu khối địa phương với 92,15 điểm; có 11 bộ, ngành đạt mức "tốt".""",
        "2025-01-20",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 41.3),
            ("satisfaction_rate", "national", "year", "2024-12-31", 88.2),
            ("satisfaction_rate", "ministries", "year", "2024-12-31", 86.4),
            ("satisfaction_rate", "localities", "year", "2024-12-31", 89.1),
        ],
    ),
    # 37. Radio transcript (VOV, Aug 2025): villages still without coverage and covered share "hiện".
    # Traps: Mường Nhé commune's 12 villages, 500 new BTS planned, 2025 target, 34 provinces.
    (
        """[Chương trình "Chuyện hôm nay" - VOV1, phát sóng ngày 20/8/2025]

Người dẫn: Thưa ông, sau nhiều năm triển khai chương trình xóa vùng lõm sóng, hiện còn bao nhiêu thôn, bản chưa có sóng di động?

Phó Cục trưởng Cục Viễn thông: Hiện cả nước còn khoảng 400 thôn, bản lõm sóng, phần lớn ở vùng biên giới, nơi chưa có điện lưới. Tỷ lệ thôn, bản có sóng di động băng rộng trên cả nước đã đạt 99,6%.

Người dẫn: Có những nơi khó khăn đặc biệt?

Phó Cục trưởng Cục Viễn thông: Có. Như xã Mường Nhé của tỉnh Điện Biên còn 12 bản chưa có sóng. Trong năm 2025, các doanh nghiệp dự kiến lắp thêm khoảng 500 trạm, phấn đấu cơ bản xóa hết lõm sóng tại 34 tỉnh, thành phố.""",
        "2025-08-20",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2025-08-20", 400.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2025-08-20", 99.6),
        ],
    ),
    # 38. District portal (Krông Pắc, Đắk Lắk), 9 months 2023: only the province-wide rate is a value.
    # Traps: the district's 72,3% and 68% fibre, Ea Kênh commune's 85%, district target.
    (
        """Huyện Krông Pắc: Đẩy mạnh dịch vụ công trực tuyến

Cổng thông tin điện tử huyện Krông Pắc - 9 tháng năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn huyện đạt 72,3%, cao hơn nhiều so với mức bình quân của toàn tỉnh Đắk Lắk (46,2% trong 9 tháng năm 2023). Xã Ea Kênh là đơn vị dẫn đầu với 85% hồ sơ nộp trực tuyến.

Toàn huyện hiện có khoảng 68% hộ gia đình sử dụng Internet cáp quang. Huyện phấn đấu đến cuối năm 2023 có 80% hồ sơ được xử lý trực tuyến.""",
        "2023-10-10",
        [
            ("online_dossier_rate", "Đắk Lắk", "ytd", "2023-09-30", 46.2),
        ],
    ),
    # 39. Year-end 2022 conference of the Ministry (published Jan 2023): full-process share and FTTH at year
    # end, digital economy share 2022, EGDI 2022. Traps: sector revenue, "Năm dữ liệu số" theme,
    # 2023 targets (50% dossiers), 19 documents.
    (
        """Hội nghị tổng kết năm 2022: Ngành Thông tin và Truyền thông về đích nhiều chỉ tiêu

Sáng 6/1, Bộ Thông tin và Truyền thông tổ chức hội nghị tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023.

Năm 2022, tổng doanh thu toàn ngành ước đạt 3,7 triệu tỷ đồng. Kinh tế số ước chiếm 14,26% GDP. Theo đánh giá của Liên Hợp Quốc, năm 2022 Việt Nam giữ vị trí 86/193 về Chỉ số phát triển Chính phủ điện tử.

Đến cuối năm 2022, tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 73,8%; tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục đạt 41,1%. Trong năm, Bộ đã trình và ban hành theo thẩm quyền 19 văn bản quy phạm pháp luật.

Năm 2023 được chọn là "Năm dữ liệu số quốc gia". Bộ đặt mục tiêu năm 2023 có ít nhất 50% hồ sơ thủ tục hành chính được xử lý trực tuyến.""",
        "2023-01-07",
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 73.8),
            ("dvctt_full_process_rate", "national", "as_of", "2022-12-31", 41.1),
        ],
    ),
    # 40. Press summary (Apr 2024) of Q1/2024: services with dossiers and full-process dossier share for the
    # quarter, provision rate over eligible procedures at 31/3, Sóc Trăng's lowest (province, kept).
    # Traps: +5,6 points, Bộ Tư pháp's figure (named ministry).
    (
        """Quý I/2024: Hơn 60% dịch vụ công trực tuyến vẫn "đắp chiếu"

Theo báo cáo của Bộ Thông tin và Truyền thông, quý I/2024, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến chỉ đạt 38,7%, tăng 5,6 điểm phần trăm so với quý IV/2023. Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ trong quý đạt 21,4%; Bộ Tư pháp chỉ đạt 12%, còn địa phương thấp nhất là Sóc Trăng với 8,2%.

Trong khi đó, tính đến ngày 31/3/2024, tỷ lệ thủ tục hành chính đủ điều kiện đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình đạt 91,6%. Như vậy, khoảng cách giữa "có dịch vụ" và "dùng dịch vụ" vẫn còn lớn.""",
        "2024-04-25",
        [
            ("dvctt_with_dossiers_rate", "national", "quarter", "2024-03-31", 38.7),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-03-31", 21.4),
            ("online_dossier_full_process_rate", "Sóc Trăng", "quarter", "2024-03-31", 8.2),
            ("full_process_provision_rate", "national", "as_of", "2024-03-31", 91.6),
        ],
    ),
    # 41. Public-security newspaper (May 2025), values at 30/4/2025: ID cards, VNeID activated nationally
    # and in Đà Nẵng, dossiers with personal ID. Traps: 1,1 million organisation accounts after "trong đó",
    # 2,5 billion VNeID visits, year-end target.
    (
        """Hơn 62 triệu tài khoản định danh điện tử đã được kích hoạt

CAND - Theo Cục Cảnh sát quản lý hành chính về trật tự xã hội, tính đến ngày 30/4/2025, cơ quan Công an đã cấp 92,4 triệu thẻ Căn cước công dân gắn chip và thẻ căn cước; kích hoạt 62,3 triệu tài khoản định danh điện tử, trong đó 1,1 triệu tài khoản định danh của tổ chức. Tại Đà Nẵng, số tài khoản định danh điện tử đã kích hoạt là 1,08 triệu.

Cũng đến ngày 30/4/2025, tỷ lệ hồ sơ thủ tục hành chính gắn với số định danh cá nhân đạt 99,1%. Ứng dụng VNeID đã có khoảng 2,5 tỷ lượt truy cập. Bộ Công an phấn đấu đến cuối năm 2025 kích hoạt 70 triệu tài khoản.""",
        "2025-05-15",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-04-30", 92400000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-04-30", 62300000.0),
            ("vneid_activated_accounts", "Đà Nẵng", "as_of", "2025-04-30", 1080000.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2025-04-30", 99.1),
        ],
    ),
    # 42. Press summary (July 2025) of the first half of 2025 with same-period comparison in parentheses:
    # half 2025 and half 2024 values. Traps: +8,9 points, 80% year-end target, 3.321 new communes.
    (
        """Nửa đầu năm 2025: Hồ sơ trực tuyến toàn trình tăng mạnh

6 tháng đầu năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên cả nước đạt 55,9%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,7%, cao hơn nhiều so với cùng kỳ năm 2024 (32,8%), tương đương tăng 8,9 điểm phần trăm. Tỷ lệ hồ sơ có tái sử dụng dữ liệu số hóa đạt 35,4%.

Từ ngày 1/7/2025, chính quyền địa phương hai cấp chính thức vận hành với 3.321 xã, phường, đặc khu mới. Bộ Khoa học và Công nghệ cho biết mục tiêu đến cuối năm 2025 có 80% hồ sơ được xử lý trực tuyến toàn trình.""",
        "2025-07-08",
        [
            ("online_dossier_rate", "national", "half", "2025-06-30", 55.9),
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 41.7),
            ("online_dossier_full_process_rate", "national", "half", "2024-06-30", 32.8),
            ("data_reuse_rate", "national", "half", "2025-06-30", 35.4),
        ],
    ),
    # 43. Bắc Ninh provincial portal table (Dec 2025): two month columns dated by their headers.
    # Trap: the "Chỉ tiêu năm 2025" target column.
    (
        """Kết quả thực hiện một số chỉ tiêu chuyển đổi số tháng 11/2025 tỉnh Bắc Ninh

Sở Khoa học và Công nghệ tỉnh Bắc Ninh thông tin kết quả thực hiện một số chỉ tiêu về cung cấp, sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh như sau:

Chỉ tiêu | Tháng 10/2025 | Tháng 11/2025 | Chỉ tiêu năm 2025
Tỷ lệ hồ sơ trực tuyến (%) | 84,6 | 88,2 | 90
Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 69,8 | 72,5 | 80
Tỷ lệ cấp kết quả điện tử (%) | 95,7 | 96,4 | 100
Tỷ lệ hồ sơ tái sử dụng dữ liệu (%) | 58,9 | 61,3 | 70

Sở đề nghị các sở, ngành, UBND cấp xã tiếp tục rà soát, chuẩn hóa dữ liệu để hoàn thành các chỉ tiêu năm 2025.""",
        "2025-12-05",
        [
            ("online_dossier_rate", "Bắc Ninh", "month", "2025-10-31", 84.6),
            ("online_dossier_rate", "Bắc Ninh", "month", "2025-11-30", 88.2),
            ("online_dossier_full_process_rate", "Bắc Ninh", "month", "2025-10-31", 69.8),
            ("online_dossier_full_process_rate", "Bắc Ninh", "month", "2025-11-30", 72.5),
            ("e_result_rate", "Bắc Ninh", "month", "2025-10-31", 95.7),
            ("e_result_rate", "Bắc Ninh", "month", "2025-11-30", 96.4),
            ("data_reuse_rate", "Bắc Ninh", "month", "2025-10-31", 58.9),
            ("data_reuse_rate", "Bắc Ninh", "month", "2025-11-30", 61.3),
        ],
    ),
    # 44. Thanh Hóa year-end 2024 (provincial news): internet users and FTTH at end 2024.
    # Traps: adults with smartphones (people share), 100% communes with 4G, 2025 target, Nghi Sơn town's 85%.
    (
        """Thanh Hóa: Hạ tầng số phủ rộng đến vùng cao

Theo Sở Thông tin và Truyền thông Thanh Hóa, đến cuối năm 2024, tỷ lệ dân số sử dụng Internet trên địa bàn tỉnh đạt 80,2%; tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 78,5%, riêng thị xã Nghi Sơn đạt 85%. 100% xã, phường, thị trấn đã có sóng 4G; tỷ lệ người dân trưởng thành có điện thoại thông minh đạt 84%.

Năm 2025, tỉnh phấn đấu tỷ lệ hộ gia đình có cáp quang đạt trên 85%.""",
        "2025-01-03",
        [
            ("internet_users_rate", "Thanh Hóa", "as_of", "2024-12-31", 80.2),
            ("ftth_household_rate", "Thanh Hóa", "as_of", "2024-12-31", 78.5),
        ],
    ),
]
