"""Genre probes, round 144: a broad 2022–2024 mix with the genre's everyday traps, written blind and held out.

Held out to the end of stop 48 and not fitted: read once with the stop's start code 53696a2 (124 of 127 right, 124 of 126 found (0.98 / 0.98)) and once with its final code (124 of 126, 124 of 126 (0.98 / 0.98)).
"""

CASES = [
    # 1. Press summary of the national digital-transformation report for September 2023: national and split dossier rates, full-process share, NDXP flows, cyberattacks.
    #    Traps: a change in points, the year-end target, one ministry's (Bộ Tư pháp) own rate, a change of cyberattacks, a count of guidance documents.
    (
        """Chuyển đổi số tháng 9/2023: Tỷ lệ hồ sơ xử lý trực tuyến tiếp tục tăng

Thứ Ba, 10/10/2023 - 14:32

(ICTnews) - Theo báo cáo tình hình chuyển đổi số quốc gia tháng 9/2023 vừa được Bộ Thông tin và Truyền thông gửi Ủy ban Quốc gia về chuyển đổi số, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc trong tháng 9 đạt 42,6%, tăng 2,1 điểm phần trăm so với tháng 8. Khối bộ, ngành đạt 61,3%, khối địa phương đạt 37,8%.

Đáng chú ý, Bộ Tư pháp tiếp tục dẫn đầu khối bộ, ngành với tỷ lệ hồ sơ trực tuyến 97,2%.

Tính đến hết tháng 9/2023, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 43,5%. Mục tiêu đặt ra cho cả năm 2023 là 50%.

Về hạ tầng dữ liệu, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) trong tháng ghi nhận 62,5 triệu giao dịch, bình quân khoảng 2,08 triệu giao dịch mỗi ngày; lũy kế từ năm 2019 đến hết tháng 9/2023 đạt hơn 1,34 tỷ giao dịch.

Về an toàn thông tin, trong tháng 9, Cục An toàn thông tin đã cảnh báo, hướng dẫn xử lý 1.021 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8,4% so với tháng trước. Trong tháng, Bộ cũng ban hành 14 văn bản hướng dẫn, đôn đốc các bộ, ngành, địa phương.

Hải Đăng""",
        "2023-10-10",
        [
            ("online_dossier_rate", "national", "month", "2023-09-30", 42.6),
            ("online_dossier_rate", "ministries", "month", "2023-09-30", 61.3),
            ("online_dossier_rate", "localities", "month", "2023-09-30", 37.8),
            ("dvctt_full_process_rate", "national", "as_of", "2023-09-30", 43.5),
            ("ndxp_transactions_period", "national", "month", "2023-09-30", 62500000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-09-30", 2080000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-09-30", 1340000000.0),
            ("cyberattacks", "national", "month", "2023-09-30", 1021.0),
        ],
    ),
    # 2. Quảng Ninh provincial portal, October 2023: the province's own dossier, e-result, reuse and full-process shares.
    #    Traps: Hạ Long city (a district-level unit), a change on September, the year-end target, counts of dossiers and services.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH

Quảng Ninh: Tỷ lệ hồ sơ trực tuyến tháng 10 đạt 95,8%

06/11/2023 | Lượt xem: 1.284

Theo Trung tâm Phục vụ hành chính công tỉnh, trong tháng 10/2023, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 58.412 hồ sơ thủ tục hành chính, trong đó 55.930 hồ sơ nộp trực tuyến, đạt tỷ lệ 95,8%, tăng 1,2% so với tháng 9. Tỷ lệ hồ sơ được trả kết quả điện tử đạt 91,4%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 68,7%.

Dẫn đầu các địa phương cấp huyện là TP. Hạ Long với tỷ lệ hồ sơ trực tuyến 99,1%, tiếp đến là TP. Cẩm Phả 98,6%.

Tính đến ngày 31/10/2023, tỉnh cung cấp 1.433 dịch vụ công trực tuyến toàn trình, chiếm 78,3% tổng số thủ tục hành chính.

Tỉnh phấn đấu đến hết năm 2023, tỷ lệ hồ sơ trực tuyến đạt từ 98% trở lên, 100% hồ sơ được số hóa theo quy định.

Thu Hằng (Trung tâm Truyền thông tỉnh)""",
        "2023-11-06",
        [
            ("online_dossier_rate", "Quảng Ninh", "month", "2023-10-31", 95.8),
            ("e_result_rate", "Quảng Ninh", "month", "2023-10-31", 91.4),
            ("data_reuse_rate", "Quảng Ninh", "month", "2023-10-31", 68.7),
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2023-10-31", 78.3),
        ],
    ),
    # 3. Telecom news on Ookla's December 2023 index: fixed and mobile download speeds.
    #    Traps: upload speeds, speed ranks, Singapore's and Thailand's speeds, one operator's (Viettel) speed, a change on November.
    (
        """Tốc độ Internet cố định của Việt Nam đạt 99,56 Mbps

18/01/2024 08:15 GMT+7

Theo Speedtest Global Index tháng 12/2023 do Ookla công bố, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Việt Nam đạt 99,56 Mbps, tăng 8,9% so với tháng 11; tốc độ tải lên đạt 96,72 Mbps. Với kết quả này, Việt Nam xếp thứ 40/180 quốc gia và vùng lãnh thổ.

Ở mạng di động, tốc độ tải xuống trung bình đạt 47,76 Mbps, tốc độ tải lên 19,04 Mbps, xếp hạng 52/146.

Trong khu vực, Singapore tiếp tục dẫn đầu thế giới về băng rộng cố định với 261,8 Mbps, Thái Lan đạt 227,6 Mbps.

Xét theo nhà mạng, Viettel ghi nhận tốc độ băng rộng cố định 115,2 Mbps, cao nhất trong các doanh nghiệp viễn thông trong nước.

Theo Cục Viễn thông, việc nâng cấp tuyến cáp quang biển và chuyển dịch khách hàng sang gói cước tốc độ cao là nguyên nhân chính giúp tốc độ truy cập được cải thiện.

Minh Khôi""",
        "2024-01-18",
        [
            ("fixed_broadband_speed", "national", "month", "2023-12-31", 99.56),
            ("mobile_broadband_speed", "national", "month", "2023-12-31", 47.76),
        ],
    ),
    # 4. Cybersecurity year-end news for 2023: cyberattacks of the year, botnet IPs and the share of systems with an approved security level.
    #    Traps: the change on 2022, the phishing sub-count after "trong đó", one firm's (Viettel Cyber Security) detections, counts of circulars, a target.
    (
        """Năm 2023: Gần 13.900 cuộc tấn công mạng vào hệ thống thông tin Việt Nam

05/01/2024

Theo Cục An toàn thông tin (Bộ Thông tin và Truyền thông), năm 2023 đã ghi nhận 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022, trong đó 3.180 cuộc tấn công lừa đảo (phishing).

Tính đến hết tháng 12/2023, số địa chỉ IP của Việt Nam nằm trong các mạng botnet là 450.782 địa chỉ, giảm 21,3% so với cùng kỳ năm trước.

Đến hết năm 2023, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 88,2%. Năm 2024, Bộ yêu cầu các bộ, ngành, địa phương phấn đấu đạt 100%.

Cùng thời gian, hệ thống giám sát của Công ty An ninh mạng Viettel (Viettel Cyber Security) phát hiện hơn 12.000 tên miền lừa đảo nhắm vào người dùng Việt Nam.

Trong năm, Bộ Thông tin và Truyền thông đã ban hành 3 thông tư và 2 chỉ thị liên quan đến bảo đảm an toàn thông tin mạng.

PV""",
        "2024-01-05",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 450782.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-31", 88.2),
        ],
    ),
    # 5. Digital economy 2023 estimate: share of GDP and growth from the Ministry.
    #    Traps: "gấp 3 lần" (derived), e-Conomy SEA (a vendor report) size and growth, Indonesia, the 2025 and 2030 targets, ICT revenue in USD (no id).
    (
        """Kinh tế số Việt Nam năm 2023 chiếm khoảng 16,5% GDP

Thứ Tư, 21/02/2024 10:05 (GMT+07:00)

Theo số liệu ước tính của Bộ Thông tin và Truyền thông, năm 2023, tỷ trọng kinh tế số trong GDP của Việt Nam đạt khoảng 16,5%; tốc độ tăng trưởng kinh tế số đạt khoảng 20%, gấp 3 lần tốc độ tăng trưởng GDP.

Báo cáo e-Conomy SEA 2023 của Google, Temasek và Bain & Company cũng nhận định quy mô nền kinh tế số Việt Nam đạt 30 tỷ USD, tăng 19% so với năm 2022 - mức tăng nhanh nhất Đông Nam Á. Indonesia vẫn là nền kinh tế số lớn nhất khu vực với 82 tỷ USD.

Doanh thu công nghiệp công nghệ thông tin, viễn thông năm 2023 ước đạt 142 tỷ USD.

Theo Chiến lược quốc gia phát triển kinh tế số và xã hội số, Việt Nam đặt mục tiêu kinh tế số chiếm 20% GDP vào năm 2025 và 30% vào năm 2030.

Hà Anh""",
        "2024-02-21",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
        ],
    ),
    # 6. Bắc Ninh newspaper on the province's digital economy in 2023: GRDP shares (Bắc Ninh and, as compared, Thái Nguyên), the province's online dossier rate.
    #    Traps: the province's 2025 target, a change in points, the district-level sub-count of dossiers after "trong đó".
    (
        """BÁO BẮC NINH ĐIỆN TỬ
Kinh tế - Xã hội

Kinh tế số đóng góp hơn một phần tư GRDP của tỉnh

14/03/2024 07:40

Năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh Bắc Ninh ước đạt 27,6%, tăng 1,8 điểm phần trăm so với năm 2022, đứng thứ hai cả nước, chỉ sau Thái Nguyên (38,1%). Đóng góp chủ yếu đến từ công nghiệp sản xuất thiết bị điện tử, điện thoại và linh kiện.

Cũng trong năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh đạt 82,4%; tổng số hồ sơ trực tuyến là 486.250 hồ sơ, trong đó cấp huyện 141.230 hồ sơ.

Theo Kế hoạch chuyển đổi số của tỉnh, đến năm 2025 kinh tế số phải chiếm 30% GRDP và 100% hồ sơ được xử lý trực tuyến.

Ngọc Mai""",
        "2024-03-14",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 27.6),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 38.1),
            ("online_dossier_rate", "Bắc Ninh", "year", "2023-12-31", 82.4),
        ],
    ),
    # 7. Cashless payments at mid-2024: adults with an account and Mobile Money customers.
    #    Traps: rural sub-count after "trong đó", changes in volume and value, one operator's (Viettel Money) share, Thailand's account rate, a 2025 target.
    (
        """Thanh toán không dùng tiền mặt tăng mạnh trong 6 tháng đầu năm

02/08/2024 - 16:20

Theo Ngân hàng Nhà nước, 6 tháng đầu năm 2024, thanh toán không dùng tiền mặt tăng 58,2% về số lượng và 35,4% về giá trị so với cùng kỳ năm 2023; giao dịch qua phương thức QR code tăng 106%.

Tính đến cuối tháng 6/2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt khoảng 87%. Dịch vụ Mobile Money sau hơn ba năm thí điểm đã có 9,3 triệu khách hàng đăng ký, trong đó khoảng 6,4 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo. Riêng Viettel Money chiếm khoảng 80% số khách hàng.

Theo đánh giá của Ngân hàng Thế giới, tỷ lệ này tại Thái Lan đã vượt 95%. Mục tiêu của Việt Nam đến năm 2025 là ít nhất 80% người trưởng thành có tài khoản, điều đã đạt được trước thời hạn.

Thanh Lan""",
        "2024-08-02",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.0),
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 9300000.0),
        ],
    ),
    # 8. Committee conclusion notice on Q1/2024: NDXP flow of the quarter, national online dossier rate of the quarter.
    #    Traps: counts of tasks and ministries, counts of units above a threshold, the 2024 targets, a change.
    (
        """VĂN PHÒNG CHÍNH PHỦ
THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số tại Phiên họp thứ tám của Ủy ban

Ngày 18 tháng 4 năm 2024, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số đã chủ trì Phiên họp thứ tám của Ủy ban. Sau khi nghe Bộ Thông tin và Truyền thông báo cáo và ý kiến của các thành viên, Thủ tướng Chính phủ kết luận như sau:

I. ĐÁNH GIÁ CHUNG
Quý I/2024, công tác chuyển đổi số tiếp tục có chuyển biến tích cực. Tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 44,7%, tăng 4,5 điểm phần trăm so với quý IV/2023; chỉ có 9/22 bộ, ngành và 28/63 địa phương đạt tỷ lệ trên 50%. Nền tảng NDXP ghi nhận 235 triệu giao dịch trong quý, tăng 36% so với cùng kỳ.

II. NHIỆM VỤ THỜI GIAN TỚI
Ủy ban giao 35 nhiệm vụ cụ thể cho 12 bộ, ngành; phấn đấu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%, 80% dịch vụ công trực tuyến toàn trình có phát sinh hồ sơ.""",
        "2024-04-25",
        [
            ("online_dossier_rate", "national", "quarter", "2024-03-31", 44.7),
            ("ndxp_transactions_period", "national", "quarter", "2024-03-31", 235000000.0),
        ],
    ),
    # 9. Tax administration news on e-invoices to 31 March 2024.
    #    Traps: sub-counts by invoice type after "trong đó", cash-register invoices and petrol stations (no id), enterprise counts.
    (
        """Hơn 6,1 tỷ hóa đơn điện tử đã được cơ quan thuế tiếp nhận, xử lý

09/04/2024 | 09:12

(TBTCO) - Theo Tổng cục Thuế, kể từ khi triển khai hóa đơn điện tử trên toàn quốc (tháng 7/2022) đến ngày 31/3/2024, cơ quan thuế đã tiếp nhận và xử lý hơn 6,1 tỷ hóa đơn điện tử, trong đó 2,15 tỷ hóa đơn có mã của cơ quan thuế và 3,95 tỷ hóa đơn không có mã.

Hiện có khoảng 1,3 triệu doanh nghiệp, tổ chức và hơn 68.000 hộ, cá nhân kinh doanh sử dụng hóa đơn điện tử. Riêng hóa đơn điện tử khởi tạo từ máy tính tiền, đã có 46.500 người nộp thuế đăng ký áp dụng. 100% cửa hàng bán lẻ xăng dầu đã thực hiện lập hóa đơn điện tử theo từng lần bán hàng.

Thời gian tới, ngành thuế tập trung rà soát các lĩnh vực kinh doanh ăn uống, nhà hàng, khách sạn để mở rộng áp dụng hóa đơn điện tử khởi tạo từ máy tính tiền.

Thu Hương""",
        "2024-04-09",
        [
            ("e_invoices_total", "national", "as_of", "2024-03-31", 6100000000.0),
        ],
    ),
    # 10. Đề án 06 news from the Ministry of Public Security at mid-May 2024: chip ID cards and VNeID accounts.
    #     Traps: the activation rate (no id), a district police's count, VNeID log-ins per day, a year-end target.
    (
        """Đề án 06: Đã kích hoạt hơn 57,4 triệu tài khoản định danh điện tử

20/05/2024 11:30

Tại hội nghị sơ kết triển khai Đề án 06 ngày 18/5, đại diện Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06, Bộ Công an) cho biết, tính đến ngày 15/5/2024, cơ quan Công an đã cấp 87,1 triệu thẻ căn cước công dân gắn chip và kích hoạt 57,4 triệu tài khoản định danh điện tử (VNeID). Tỷ lệ kích hoạt tài khoản trên tổng số hồ sơ cấp định danh đạt khoảng 72%.

Ứng dụng VNeID hiện có trung bình 2,3 triệu lượt truy cập mỗi ngày. Tại Hà Nội, riêng Công an quận Hoàng Mai đã kích hoạt hơn 312.000 tài khoản, dẫn đầu khối quận, huyện.

Bộ Công an đặt mục tiêu đến hết năm 2024 kích hoạt 70 triệu tài khoản định danh điện tử.

Văn Duy""",
        "2024-05-20",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-05-15", 87100000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-05-15", 57400000.0),
        ],
    ),
    # 11. Hà Nội city portal on Q1/2024: the city's dossier, full-process dossier and e-result rates.
    #     Traps: Hoàn Kiếm district, one department (Sở Kế hoạch và Đầu tư), the city's rank in the service index, a change, the year target.
    (
        """HANOI.GOV.VN
Tin tức > Cải cách hành chính

Hà Nội: Quý I/2024 tỷ lệ hồ sơ trực tuyến đạt 72,4%

16/04/2024

Theo báo cáo của UBND thành phố, quý I/2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của thành phố đạt 72,4%, tăng 6,1% so với quý IV/2023. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 51,2%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 84,5%.

Trong khối quận, huyện, quận Hoàn Kiếm có tỷ lệ hồ sơ trực tuyến cao nhất với 96,5%. Ở khối sở, ngành, Sở Kế hoạch và Đầu tư đạt 99,3%.

Theo Bộ chỉ số phục vụ người dân, doanh nghiệp quý I/2024, Hà Nội xếp thứ 7/63 tỉnh, thành phố.

Thành phố phấn đấu trong năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60%.

Phạm Hùng""",
        "2024-04-16",
        [
            ("online_dossier_rate", "Hà Nội", "quarter", "2024-03-31", 72.4),
            ("online_dossier_full_process_rate", "Hà Nội", "quarter", "2024-03-31", 51.2),
            ("e_result_rate", "Hà Nội", "quarter", "2024-03-31", 84.5),
        ],
    ),
    # 12. Thừa Thiên Huế provincial news: the province's FTTH households, smartphone subscribers and uncovered villages "hiện nay".
    #     Traps: one operator's (VNPT Thừa Thiên Huế) new BTS, A Lưới district's FTTH share, communes with fibre (no id), the 2024 target.
    (
        """Thừa Thiên Huế: Hạ tầng số phủ rộng đến vùng sâu, vùng xa

20/12/2023 - 15:10

Theo Sở Thông tin và Truyền thông, hiện nay tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh đạt 83,6%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 88,1%. Toàn tỉnh còn 12 thôn chưa có sóng di động, chủ yếu thuộc huyện A Lưới và Nam Đông.

Riêng huyện A Lưới, tỷ lệ hộ có cáp quang mới đạt 61%. Trong năm, VNPT Thừa Thiên Huế đã lắp đặt 45 trạm BTS mới, chủ yếu ở khu vực miền núi. 100% xã, phường, thị trấn đã có cáp quang đến trung tâm xã.

Tỉnh phấn đấu năm 2024, tỷ lệ hộ gia đình có cáp quang đạt 90%, xóa hoàn toàn thôn lõm sóng.

Hoàng Lâm""",
        "2023-12-20",
        [
            ("ftth_household_rate", "Thừa Thiên Huế", "as_of", "2023-12-20", 83.6),
            ("smartphone_subscriber_rate", "Thừa Thiên Huế", "as_of", "2023-12-20", 88.1),
            ("villages_without_mobile_coverage", "Thừa Thiên Huế", "as_of", "2023-12-20", 12.0),
        ],
    ),
    # 13. UN E-Government Survey 2024 news: the 2024 rank and the 2022 rank given in parentheses.
    #     Traps: "tăng 15 bậc", the EGDI score, sub-index ranks, Singapore's, Malaysia's and Thailand's ranks.
    (
        """Việt Nam tăng 15 bậc về Chính phủ điện tử

18/09/2024 09:45

Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 (E-Government Survey 2024) vừa được Liên Hợp Quốc công bố, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp thứ 71/193 quốc gia, tăng 15 bậc so với năm 2022 (xếp thứ 86/193). Điểm EGDI của Việt Nam đạt 0,7709, lần đầu tiên vào nhóm "rất cao".

Trong ba chỉ số thành phần, chỉ số hạ tầng viễn thông (TII) có bước tiến lớn nhất, đứng thứ 43; chỉ số dịch vụ trực tuyến (OSI) đứng thứ 75.

Trong khu vực ASEAN, Singapore đứng thứ 3, Malaysia thứ 39, Thái Lan thứ 52.

Minh Thư""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 14. 5G news in December 2024: the national count of 5G stations.
    #     Traps: Viettel's stations after "trong đó", Viettel's 5G speed, 5G subscribers (no id), Korea's stations, the 2030 coverage target.
    (
        """Cả nước đã có hơn 7.100 trạm 5G

12/12/2024 - 06:55

Theo Cục Viễn thông, tính đến ngày 10/12/2024, cả nước có hơn 7.100 trạm phát sóng 5G, trong đó Viettel chiếm khoảng 6.500 trạm. Sau hai tháng thương mại hóa, số thuê bao sử dụng 5G đã vượt 5 triệu.

Đo kiểm của Viettel cho thấy tốc độ tải xuống trên mạng 5G đạt trung bình 800 Mbps, gấp khoảng 10 lần so với 4G.

Tại Hàn Quốc, quốc gia triển khai 5G từ năm 2019, số trạm 5G hiện đã vượt 300.000 trạm.

Theo Quy hoạch hạ tầng thông tin và truyền thông, đến năm 2030 mạng 5G phải phủ sóng 99% dân số.

Lê Nguyên""",
        "2024-12-12",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-10", 7100.0),
        ],
    ),
    # 15. National Public Service Portal in October 2023: the month's flows on the _new twins and the cumulative levels at month end.
    #     Traps: a change on September, the traffic-fine sub-amount after "riêng", page visits (no id).
    (
        """Cổng Dịch vụ công quốc gia: 1,05 triệu giao dịch thanh toán trực tuyến trong tháng 10

14/11/2023

Theo Văn phòng Chính phủ, trong tháng 10/2023, Cổng Dịch vụ công quốc gia có 312.450 tài khoản đăng ký mới; tiếp nhận 1,42 triệu hồ sơ trực tuyến; thực hiện 1,05 triệu giao dịch thanh toán trực tuyến với tổng số tiền 1.386 tỷ đồng, tăng 12,3% so với tháng 9. Riêng thanh toán tiền phạt vi phạm hành chính lĩnh vực giao thông đạt 210 tỷ đồng.

Lũy kế đến hết tháng 10/2023, Cổng có 9,76 triệu tài khoản đăng ký; thực hiện 18,3 triệu giao dịch thanh toán trực tuyến với tổng số tiền 11.642 tỷ đồng.

Trong tháng, Cổng ghi nhận hơn 40 triệu lượt truy cập.

Khánh Linh""",
        "2023-11-14",
        [
            ("national_portal_accounts_new", "national", "month", "2023-10-31", 312450.0),
            ("national_portal_dossiers_new", "national", "month", "2023-10-31", 1420000.0),
            ("online_payments_count_new", "national", "month", "2023-10-31", 1050000.0),
            ("online_payments_value_new", "national", "month", "2023-10-31", 1386.0),
            ("national_portal_accounts", "national", "as_of", "2023-10-31", 9760000.0),
            ("online_payments_count", "national", "as_of", "2023-10-31", 18300000.0),
            ("online_payments_value", "national", "as_of", "2023-10-31", 11642.0),
        ],
    ),
    # 16. Đà Nẵng city portal on the first nine months of 2023 (ytd): the city's dossier rate, satisfaction and personal-ID share.
    #     Traps: Hải Châu district, one department (Sở Tư pháp), on-time resolution share (no id), the year target, a change.
    (
        """Đà Nẵng: 9 tháng, tỷ lệ hồ sơ nộp trực tuyến đạt 79,6%

09/10/2023 14:05

Theo báo cáo của Sở Thông tin và Truyền thông, 9 tháng đầu năm 2023, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến của thành phố đạt 79,6%, tăng 11,2% so với cùng kỳ năm 2022. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%; tỷ lệ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt 98,2%. Tỷ lệ hồ sơ có gắn mã số định danh cá nhân đạt 94,3%.

Trong các quận, huyện, quận Hải Châu có tỷ lệ hồ sơ trực tuyến cao nhất với 92,4%. Ở cấp sở, Sở Tư pháp tiếp nhận 96,8% hồ sơ qua mạng.

Thành phố đặt mục tiêu đến cuối năm 2023 có 85% hồ sơ được nộp trực tuyến.

Hoài Nam""",
        "2023-10-09",
        [
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2023-09-30", 79.6),
            ("satisfaction_rate", "Đà Nẵng", "ytd", "2023-09-30", 98.2),
            ("dossiers_with_personal_id_rate", "Đà Nẵng", "ytd", "2023-09-30", 94.3),
        ],
    ),
    # 17. VNNIC annual Internet resources report (year under review 2023): the internet users' share at end-2023.
    #     Traps: We Are Social's users and share (a vendor), the IPv6 rate and .vn domains (no id), the world rank in IPv6.
    (
        """Công bố Báo cáo Tài nguyên Internet Việt Nam 2023

16/04/2024 | 10:22

Trung tâm Internet Việt Nam (VNNIC) vừa công bố Báo cáo Tài nguyên Internet Việt Nam năm 2023. Theo đó, tính đến hết năm 2023, tỷ lệ người dân sử dụng Internet tại Việt Nam đạt 78,6% dân số.

Tỷ lệ sử dụng IPv6 của Việt Nam đạt khoảng 60%, xếp thứ 8 trên thế giới. Số lượng tên miền quốc gia ".vn" duy trì trên 650.000 tên miền, tiếp tục dẫn đầu khu vực ASEAN.

Trước đó, báo cáo Digital 2024 của We Are Social và Meltwater cho biết Việt Nam có 78,44 triệu người dùng Internet, chiếm 79,1% dân số.

VNNIC cho biết sẽ tiếp tục thúc đẩy chuyển đổi IPv6 trong các cơ quan nhà nước, phấn đấu đến năm 2025 đạt tỷ lệ 70%.

Thanh Tùng""",
        "2024-04-16",
        [
            ("internet_users_rate", "national", "as_of", "2023-12-31", 78.6),
        ],
    ),
    # 18. Telecom half-year 2024 news: fixed and mobile broadband subscriptions and their densities at end-June.
    #     Traps: the FTTH sub-count after "trong đó", a change on the year before, telecom revenue (no id), one operator's market share.
    (
        """Thuê bao băng rộng cố định đạt 23,9 triệu

25/07/2024 - 08:30

Theo Cục Viễn thông, tính đến hết tháng 6/2024, cả nước có 23,9 triệu thuê bao băng rộng cố định, trong đó 22,8 triệu thuê bao cáp quang; mật độ đạt 23,8 thuê bao/100 dân. Số thuê bao băng rộng di động đạt 91,5 triệu, tăng 6,3% so với cùng kỳ năm 2023, tương ứng 91,2 thuê bao/100 dân.

Doanh thu dịch vụ viễn thông 6 tháng đầu năm ước đạt 167.000 tỷ đồng. Viettel tiếp tục dẫn đầu thị trường di động với thị phần khoảng 51%.

Lâm Anh""",
        "2024-07-25",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-06-30", 23900000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 23.8),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-06-30", 91500000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-06-30", 91.2),
        ],
    ),
    # 19. Smartphone news, end of July 2023: the subscriptions' share and, after "trong đó", the smartphone subscriptions (another indicator, kept).
    #     Traps: the share of adults using a smartphone (people, no id), 2G-only subscribers (no id), the 2G switch-off deadline, the target.
    (
        """86,6% thuê bao di động đã dùng điện thoại thông minh

15/08/2023

Theo số liệu của Bộ Thông tin và Truyền thông, tính đến hết tháng 7/2023, cả nước có 127,3 triệu thuê bao di động, trong đó 110,2 triệu thuê bao sử dụng điện thoại thông minh. Tỷ lệ thuê bao di động sử dụng smartphone đạt 86,6%.

Một khảo sát gần đây cho thấy khoảng 73% người trưởng thành ở Việt Nam sở hữu smartphone. Hiện vẫn còn khoảng 15 triệu thuê bao chỉ dùng điện thoại 2G, phần lớn ở nông thôn.

Bộ đặt mục tiêu phổ cập điện thoại thông minh tới 100% người dùng và dừng công nghệ 2G trước tháng 9/2024.

Hải Yến""",
        "2023-08-15",
        [
            ("smartphone_subscriptions", "national", "as_of", "2023-07-31", 110200000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-07-31", 86.6),
        ],
    ),
    # 20. Dead-zone coverage programme, mid-2023: covered share at 30/6 and villages still without coverage "hiện".
    #     Traps: 1.546/1.912 (counts covered, no id), the electrified-village sub-count after "trong đó", one operator's villages, the target, fund money.
    (
        """Phủ sóng thôn lõm sóng: Đã đạt 80,9% kế hoạch

10/07/2023 07:00

Theo Bộ Thông tin và Truyền thông, tính đến ngày 30/6/2023, các doanh nghiệp viễn thông đã phủ sóng 1.546/1.912 thôn lõm sóng có điện lưới, đạt 80,9%. Riêng Viettel đã phủ sóng 870 thôn.

Hiện cả nước còn 1.420 thôn, bản chưa có sóng di động, trong đó 366 thôn đã có điện lưới. Quỹ Dịch vụ viễn thông công ích Việt Nam đã dành khoảng 1.200 tỷ đồng hỗ trợ chương trình.

Bộ yêu cầu các doanh nghiệp hoàn thành phủ sóng 100% thôn lõm sóng có điện lưới trong năm 2024.

Quang Huy""",
        "2023-07-10",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2023-06-30", 80.9),
            ("villages_without_mobile_coverage", "national", "as_of", "2023-07-10", 1420.0),
        ],
    ),
    # 21. Ministry of Finance's own 2023 results, compared with the ministries' group rate.
    #     Traps: the ministry's own dossier rate, full-process services and share, its rank, the 2024 target.
    (
        """Bộ Tài chính dẫn đầu về cung cấp dịch vụ công trực tuyến

10/01/2024 16:45

(TBTCO) - Năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của Bộ Tài chính đạt 99,6%, cao hơn nhiều so với tỷ lệ chung của khối bộ, ngành là 52,3%. Bộ hiện cung cấp 882 dịch vụ công trực tuyến toàn trình, chiếm 81% tổng số thủ tục hành chính thuộc thẩm quyền.

Theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp, Bộ Tài chính xếp thứ 2/17 bộ, cơ quan có thủ tục hành chính.

Năm 2024, Bộ phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.

Vũ Hà""",
        "2024-01-10",
        [
            ("online_dossier_rate", "ministries", "year", "2023-12-31", 52.3),
        ],
    ),
    # 22. i-Speed monthly measurement, May 2024: fixed and mobile download speeds.
    #     Traps: upload speeds, each operator's speed, a change, Laos (another country).
    (
        """i-Speed: Tốc độ Internet cố định tháng 5/2024 đạt 112,6 Mbps

12/06/2024

Theo kết quả đo kiểm của hệ thống i-Speed do Trung tâm Internet Việt Nam vận hành, trong tháng 5/2024, tốc độ tải xuống trung bình của Internet băng rộng cố định tại Việt Nam đạt 112,6 Mbps, tốc độ tải lên đạt 98,4 Mbps. Tốc độ tải xuống của mạng băng rộng di động đạt 52,3 Mbps, tăng 4,1% so với tháng 4.

Trong các nhà cung cấp dịch vụ, FPT Telecom đạt tốc độ tải xuống cố định 124,5 Mbps, VNPT 116,1 Mbps, Viettel 109,8 Mbps.

Cùng kỳ, tốc độ băng rộng cố định của Lào chỉ khoảng 45 Mbps.

Ngọc Hà""",
        "2024-06-12",
        [
            ("fixed_broadband_speed", "national", "month", "2024-05-31", 112.6),
            ("mobile_broadband_speed", "national", "month", "2024-05-31", 52.3),
        ],
    ),
    # 23. Bình Dương provincial portal, first half of 2024: the province's full-process dossier and e-result rates (half).
    #     Traps: Thủ Dầu Một city, online-payment share of dossiers (no id), a change, the year target, counts of procedures.
    (
        """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH DƯƠNG
Tin hoạt động

Bình Dương: Kết quả thực hiện dịch vụ công trực tuyến 6 tháng đầu năm 2024

08/07/2024

6 tháng đầu năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 512.300 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 68,4%, tăng 9,6 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 97,2%. Tỷ lệ hồ sơ thanh toán trực tuyến đạt 41,5%.

TP. Thủ Dầu Một dẫn đầu cấp huyện với 85,1% hồ sơ trực tuyến toàn trình.

Tỉnh hiện có 1.912 thủ tục hành chính, trong đó 1.208 thủ tục được cung cấp trực tuyến toàn trình. Mục tiêu đến cuối năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.

Trung tâm Phục vụ hành chính công tỉnh""",
        "2024-07-08",
        [
            ("online_dossier_full_process_rate", "Bình Dương", "half", "2024-06-30", 68.4),
            ("e_result_rate", "Bình Dương", "half", "2024-06-30", 97.2),
        ],
    ),
    # 24. Cần Thơ city news on Q3/2023 and the first nine months: quarter and ytd dossier rates, and the full-process share after "trong đó" ("hiện nay", page date).
    #     Traps: Ninh Kiều district, the DVCTT count (no id), the year target, a change.
    (
        """Cần Thơ: Tỷ lệ hồ sơ trực tuyến quý III đạt 58,3%

20/10/2023 09:20

Tại phiên họp thường kỳ tháng 10 của UBND thành phố Cần Thơ, Sở Thông tin và Truyền thông cho biết, quý III/2023, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến của thành phố đạt 58,3%, tăng 12,5% so với quý II. Tính chung 9 tháng đầu năm, tỷ lệ này đạt 51,7%.

Hiện nay, thành phố cung cấp 1.252 dịch vụ công trực tuyến, trong đó 742 dịch vụ công trực tuyến toàn trình, chiếm 39,8% tổng số thủ tục hành chính.

Quận Ninh Kiều là địa phương có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 81,2%.

Thành phố phấn đấu cuối năm 2023 đạt tỷ lệ hồ sơ trực tuyến 65%.

Bảo Trân""",
        "2023-10-20",
        [
            ("online_dossier_rate", "Cần Thơ", "quarter", "2023-09-30", 58.3),
            ("online_dossier_rate", "Cần Thơ", "ytd", "2023-09-30", 51.7),
            ("dvctt_full_process_rate", "Cần Thơ", "as_of", "2023-10-20", 39.8),
        ],
    ),
    # 25. Nghệ An provincial review of 2022 (year under review): the province's dossier rate and online-services share at year end.
    #     Traps: Quỳnh Lưu district and a commune, the provincial DTI rank (no id), the 2023 target, a change in points.
    (
        """Nghệ An: Năm 2022, chuyển đổi số có nhiều chuyển biến

12/01/2023 - 10:15

Năm 2022, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh Nghệ An đạt 28,6%, tăng 15,2 điểm phần trăm so với năm 2021. Tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến (một phần và toàn trình) đạt 82,1%.

Huyện Quỳnh Lưu là địa phương cấp huyện có tỷ lệ hồ sơ trực tuyến cao nhất với 46,3%; riêng xã Quỳnh Thạch đạt 71%.

Chỉ số chuyển đổi số (DTI) năm 2022 của Nghệ An xếp thứ 27/63 tỉnh, thành phố.

Năm 2023, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 50%.

Phương Thúy""",
        "2023-01-12",
        [
            ("online_dossier_rate", "Nghệ An", "year", "2022-12-31", 28.6),
            ("dvctt_rate", "Nghệ An", "as_of", "2022-12-31", 82.1),
        ],
    ),
    # 26. February 2024 monthly report summary with its own window (20/01-20/02): cyberattacks of the window; security-level and EMC shares at 20/02.
    #     Traps: a change in cyberattacks, one ministry's 100%, the target, counts of inspections.
    (
        """Báo cáo tháng 02/2024: Giảm số cuộc tấn công mạng gây sự cố

12/03/2024 - 11:00

Theo báo cáo chuyển đổi số tháng 02/2024 của Bộ Thông tin và Truyền thông, trong tháng 02/2024 (từ ngày 20/01/2024 đến ngày 20/02/2024), Cục An toàn thông tin đã ghi nhận 712 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 27,5% so với tháng trước.

Tính đến ngày 20/02/2024, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 91,3%; khối bộ, ngành đạt 88,7%, khối địa phương đạt 93,1%. Bộ Khoa học và Công nghệ là cơ quan đầu tiên phê duyệt 100% hệ thống. Tỷ lệ hệ thống giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ số (EMC) đạt 81,5%.

Trong tháng, Bộ đã tổ chức 4 đoàn kiểm tra về an toàn thông tin tại các bộ, ngành, địa phương. Mục tiêu năm 2024 là 100% hệ thống được phê duyệt cấp độ.

Đức Thịnh""",
        "2024-03-12",
        [
            ("cyberattacks", "national", "month", "2024-02-20", 712.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-02-20", 91.3),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-02-20", 88.7),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-02-20", 93.1),
            ("emc_connection_rate", "national", "as_of", "2024-02-20", 81.5),
        ],
    ),
    # 27. National Public Service Portal in January 2024: new accounts of the month, the total it brings, the share of online services with dossiers.
    #     Traps: a change on December, one ministry's (Bộ Công an) services, page visits, the 2024 target.
    (
        """Tháng 1/2024: 412.800 tài khoản đăng ký mới trên Cổng Dịch vụ công quốc gia

06/02/2024 - 15:30

Theo Văn phòng Chính phủ, trong tháng 1/2024, Cổng Dịch vụ công quốc gia có 412.800 tài khoản đăng ký mới, tăng 8,3% so với tháng 12/2023, nâng tổng số tài khoản lên 10,9 triệu tài khoản tính đến hết tháng 1/2024.

Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trong tháng 1/2024 đạt 46,1%. Riêng Bộ Công an có 96% dịch vụ công trực tuyến phát sinh hồ sơ.

Trong tháng, Cổng ghi nhận khoảng 52 triệu lượt truy cập. Năm 2024, Văn phòng Chính phủ phấn đấu tỷ lệ dịch vụ công trực tuyến toàn trình có phát sinh hồ sơ đạt 80%.

Tuấn Minh""",
        "2024-02-06",
        [
            ("national_portal_accounts_new", "national", "month", "2024-01-31", 412800.0),
            ("national_portal_accounts", "national", "as_of", "2024-01-31", 10900000.0),
            ("dvctt_with_dossiers_rate", "national", "month", "2024-01-31", 46.1),
        ],
    ),
    # 28. Committee notice reviewing 2022 (year under review): the year's online dossier rate, digital economy share and growth.
    #     Traps: counts of meetings and documents, "2023 là Năm dữ liệu số", changes, the 2023 targets.
    (
        """THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại Phiên họp thứ ba của Ủy ban Quốc gia về chuyển đổi số

Ngày 07 tháng 02 năm 2023, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số chủ trì Phiên họp thứ ba của Ủy ban. Sau khi nghe báo cáo và ý kiến phát biểu, Thủ tướng Chính phủ kết luận:

1. Năm 2022, Ủy ban đã tổ chức 2 phiên họp, ban hành 16 văn bản chỉ đạo; chuyển đổi số quốc gia đạt được nhiều kết quả quan trọng. Tỷ lệ hồ sơ xử lý trực tuyến năm 2022 đạt 27,4%, tăng gần gấp đôi so với năm 2021. Kinh tế số ước chiếm 14,26% GDP; tốc độ tăng trưởng kinh tế số đạt khoảng 20%.

2. Năm 2023 được chọn là "Năm dữ liệu số". Phấn đấu năm 2023 tỷ lệ hồ sơ xử lý trực tuyến đạt 50%, kinh tế số chiếm 17% GDP.""",
        "2023-02-10",
        [
            ("online_dossier_rate", "national", "year", "2022-12-31", 27.4),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("digital_economy_growth", "national", "year", "2022-12-31", 20.0),
        ],
    ),
    # 29. Cybersecurity in the first half of 2024: cyberattacks of the half.
    #     Traps: the deface sub-count after "trong đó", scam websites and losses (no id), two firms hit by ransomware, a change, the US figure.
    (
        """6 tháng đầu năm 2024: Ghi nhận 5.120 cuộc tấn công mạng gây sự cố

05/07/2024 08:40

Theo Cục An toàn thông tin, 6 tháng đầu năm 2024, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo 5.120 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, trong đó 1.250 cuộc tấn công thay đổi giao diện (deface), giảm 18,6% so với cùng kỳ năm 2023.

Đáng chú ý, các cuộc tấn công mã độc tống tiền (ransomware) nhằm vào Công ty Chứng khoán VNDirect và Tổng công ty Dầu Việt Nam (PVOIL) đã gây gián đoạn hoạt động nhiều ngày.

Cũng trong 6 tháng, Cục đã tiếp nhận phản ánh và xử lý 18.400 trang web lừa đảo; thiệt hại do lừa đảo trực tuyến ước khoảng 8.000 tỷ đồng. Tại Mỹ, FBI ghi nhận hơn 880.000 khiếu nại về tội phạm mạng trong năm 2023.

Nhật Minh""",
        "2024-07-05",
        [
            ("cyberattacks", "national", "half", "2024-06-30", 5120.0),
        ],
    ),
    # 30. Cashless payments at end-2022, text dated by its own dateline (no sidecar): adults with an account, Mobile Money customers.
    #     Traps: the rural share of Mobile Money, one bank's figure, India's UPI, the 2025 target, changes.
    (
        """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
Thông cáo báo chí

Hà Nội, ngày 14 tháng 02 năm 2023

Kết quả thực hiện Đề án phát triển thanh toán không dùng tiền mặt năm 2022

Tính đến cuối năm 2022, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 74,63%. Dịch vụ Mobile Money có hơn 4,3 triệu khách hàng đăng ký sử dụng, khoảng 70% trong số đó ở khu vực nông thôn, miền núi, vùng sâu, vùng xa.

Năm 2022, thanh toán qua kênh Internet tăng 59,4% về số lượng, qua điện thoại di động tăng 94,7%. Riêng Vietcombank có hơn 13 triệu khách hàng sử dụng ngân hàng số.

Kinh nghiệm của Ấn Độ với hệ thống UPI cho thấy thanh toán di động có thể phổ cập nhanh. Mục tiêu đến năm 2025 có ít nhất 80% người trưởng thành có tài khoản.""",
        None,
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2022-12-31", 74.63),
            ("mobile_money_customers", "national", "as_of", "2022-12-31", 4300000.0),
        ],
    ),
    # 31. UN E-Government Survey 2022 news: the 2022 rank and the 2020 rank in parentheses.
    #     Traps: "giảm 5 bậc", the EGDI score, the OSI rank, Denmark's first place, the top-50 target for 2025.
    (
        """Chính phủ điện tử Việt Nam xếp thứ 86/193 quốc gia

30/09/2022 - 17:20

Theo Báo cáo khảo sát Chính phủ điện tử năm 2022 của Liên Hợp Quốc công bố ngày 28/9, Việt Nam xếp thứ 86/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), giảm 5 bậc so với năm 2020 (xếp thứ 81/193). Điểm EGDI của Việt Nam đạt 0,6787, vẫn thuộc nhóm "cao".

Chỉ số dịch vụ trực tuyến (OSI) của Việt Nam xếp thứ 76. Đan Mạch tiếp tục đứng đầu bảng xếp hạng, tiếp theo là Phần Lan và Hàn Quốc.

Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số đặt mục tiêu đến năm 2025, Việt Nam thuộc nhóm 50 nước dẫn đầu về EGDI.

Thái Sơn""",
        "2022-09-30",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("egdi_rank", "national", "year", "2020-12-31", 81.0),
        ],
    ),
    # 32. Sơn La provincial news: share of villages with mobile coverage and uncovered villages "đến nay" (page date).
    #     Traps: Sốp Cộp district's villages, one operator's (Viettel Sơn La) stations, electrified villages (no id), the 2025 target.
    (
        """Sơn La nỗ lực xóa "vùng trắng" sóng di động

22/05/2024 08:05

Theo Sở Thông tin và Truyền thông tỉnh Sơn La, đến nay 97,6% thôn, bản trên địa bàn tỉnh đã có sóng điện thoại di động; toàn tỉnh còn 72 bản chưa có sóng, tập trung ở các huyện biên giới. Riêng huyện Sốp Cộp còn 18 bản chưa có sóng.

Năm 2024, Viettel Sơn La dự kiến xây dựng thêm 30 trạm BTS tại các bản vùng cao. Hiện 94,2% số bản đã có điện lưới quốc gia.

Tỉnh đặt mục tiêu đến năm 2025, 100% thôn, bản có sóng di động.

Lò Thị Hà""",
        "2024-05-22",
        [
            ("villages_with_mobile_coverage_rate", "Sơn La", "as_of", "2024-05-22", 97.6),
            ("villages_without_mobile_coverage", "Sơn La", "as_of", "2024-05-22", 72.0),
        ],
    ),
    # 33. National Public Service Portal's 2023 flows: dossiers, payment transactions and amount of the year (_new twins).
    #     Traps: "tăng 1,5 lần", one ministry's (Bộ Công an) share, the count of essential services of Đề án 06 in the plan, social costs saved (no id).
    (
        """Năm 2023, Cổng Dịch vụ công quốc gia tiếp nhận 9,2 triệu hồ sơ trực tuyến

08/01/2024 10:10

Theo Văn phòng Chính phủ, năm 2023, Cổng Dịch vụ công quốc gia đã tiếp nhận 9,2 triệu hồ sơ trực tuyến; thực hiện 12,4 triệu giao dịch thanh toán trực tuyến với tổng số tiền 7.850 tỷ đồng, tăng 1,5 lần so với năm 2022. Trong số giao dịch thanh toán, Bộ Công an chiếm khoảng 62%, chủ yếu là nộp phạt vi phạm giao thông và lệ phí đăng ký xe.

Việc cung cấp dịch vụ công trực tuyến trên Cổng giúp tiết kiệm khoảng 6.400 tỷ đồng chi phí xã hội mỗi năm. Năm 2024, Văn phòng Chính phủ sẽ cùng Bộ Công an tích hợp thêm 25 dịch vụ công thiết yếu theo Đề án 06.

Minh Ngọc""",
        "2024-01-08",
        [
            ("national_portal_dossiers_new", "national", "year", "2023-12-31", 9200000.0),
            ("online_payments_count_new", "national", "year", "2023-12-31", 12400000.0),
            ("online_payments_value_new", "national", "year", "2023-12-31", 7850.0),
        ],
    ),
    # 34. Hà Giang provincial review of 2023 (year under review): the province's dossier rate and FTTH household share at year end.
    #     Traps: the DTI rank (no id), community digital teams (no id), Đồng Văn district, the 2025 target.
    (
        """Hà Giang: Chuyển đổi số ở vùng cao có nhiều khởi sắc

27/02/2024 - 14:50

Năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh Hà Giang đạt 62,8%. Tỷ lệ hộ gia đình có kết nối băng rộng cáp quang đạt 58,3%; riêng huyện Đồng Văn mới đạt 31%.

Toàn tỉnh đã thành lập 2.050 tổ công nghệ số cộng đồng với hơn 10.000 thành viên. Chỉ số chuyển đổi số (DTI) năm 2022 của tỉnh xếp thứ 43/63.

Tỉnh phấn đấu đến năm 2025, tỷ lệ hộ gia đình có cáp quang đạt 80%.

Vàng Seo Tính""",
        "2024-02-27",
        [
            ("online_dossier_rate", "Hà Giang", "year", "2023-12-31", 62.8),
            ("ftth_household_rate", "Hà Giang", "as_of", "2023-12-31", 58.3),
        ],
    ),
    # 35. Report excerpt of November 2023 with a comparison table (no sidecar; the report dates itself): both months' columns, NDXP daily average and year-to-date flow.
    #     Traps: the target column, a change, one ministry's 100%.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 4812/BC-BTTTT
Hà Nội, ngày 12 tháng 12 năm 2023

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 11/2023

I. KẾT QUẢ NỔI BẬT
Một số chỉ tiêu chính:

| Chỉ tiêu | Tháng 10/2023 | Tháng 11/2023 | Mục tiêu năm 2023 |
| Tỷ lệ hồ sơ xử lý trực tuyến (%) | 41,2 | 43,0 | 50 |
| Số giao dịch qua NDXP (triệu giao dịch) | 70,1 | 86,4 | - |
| Số cuộc tấn công mạng gây sự cố | 1.120 | 985 | - |

Trong tháng 11/2023, Nền tảng NDXP có trung bình 2,88 triệu giao dịch/ngày, tăng 23% so với tháng trước. Lũy kế từ đầu năm đến hết tháng 11/2023, NDXP ghi nhận 690 triệu giao dịch. Bộ Tài chính là cơ quan có tỷ lệ kết nối dữ liệu đạt 100%.""",
        None,
        [
            ("online_dossier_rate", "national", "month", "2023-10-31", 41.2),
            ("online_dossier_rate", "national", "month", "2023-11-30", 43.0),
            ("ndxp_transactions_period", "national", "month", "2023-10-31", 70100000.0),
            ("ndxp_transactions_period", "national", "month", "2023-11-30", 86400000.0),
            ("cyberattacks", "national", "month", "2023-10-31", 1120.0),
            ("cyberattacks", "national", "month", "2023-11-30", 985.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-11-30", 2880000.0),
            ("ndxp_transactions_period", "national", "ytd", "2023-11-30", 690000000.0),
        ],
    ),
    # 36. Hải Phòng city review of 2023: eligible full-process provision, full-process dossiers, services with dossiers, GRDP share.
    #     Traps: Thủy Nguyên district, the 2025 GRDP target, a change, counts of procedures.
    (
        """Hải Phòng: Năm 2023, 97,6% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình

15/01/2024 09:00

Năm 2023, thành phố Hải Phòng đã cung cấp 97,6% thủ tục hành chính đủ điều kiện dưới hình thức dịch vụ công trực tuyến toàn trình. Tỷ lệ hồ sơ trực tuyến toàn trình cả năm đạt 45,2%, tăng 18,3 điểm phần trăm so với năm 2022; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 71,5%.

Kinh tế số của thành phố ước chiếm 13,2% GRDP. Thành phố đặt mục tiêu đến năm 2025 kinh tế số chiếm 20% GRDP.

Huyện Thủy Nguyên là địa phương có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất với 68,9%. Toàn thành phố hiện có 1.837 thủ tục hành chính.

Đình Phong""",
        "2024-01-15",
        [
            ("full_process_provision_rate", "Hải Phòng", "as_of", "2023-12-31", 97.6),
            ("online_dossier_full_process_rate", "Hải Phòng", "year", "2023-12-31", 45.2),
            ("dvctt_with_dossiers_rate", "Hải Phòng", "year", "2023-12-31", 71.5),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2023-12-31", 13.2),
        ],
    ),
    # 37. Government portal on the service index for the first half of 2024: personal-ID share national/ministries/localities, national reuse, Bình Định's reuse, satisfaction.
    #     Traps: one ministry's (Bộ Công an) share, a change, the index ranks.
    (
        """Chinhphu.vn
Chỉ đạo quyết định của Chính phủ, Thủ tướng Chính phủ

Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp 6 tháng đầu năm 2024

15/07/2024 17:30

Theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công 6 tháng đầu năm 2024, tỷ lệ hồ sơ có gắn mã định danh cá nhân trên toàn quốc đạt 89,4%; khối bộ, ngành đạt 96,1%, khối địa phương đạt 87,3%. Bộ Công an dẫn đầu với 99,9% hồ sơ gắn mã định danh.

Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã số hóa của cả nước mới đạt 34,6%, tăng 5,2 điểm phần trăm so với năm 2023; đứng đầu các địa phương là Bình Định với 78,2%.

Mức độ hài lòng của người dân, doanh nghiệp trong thực hiện thủ tục hành chính đạt 88,9%. Về xếp hạng, Bình Định đứng thứ nhất khối địa phương, Quảng Ninh thứ hai.

Thanh Hương""",
        "2024-07-15",
        [
            ("dossiers_with_personal_id_rate", "national", "half", "2024-06-30", 89.4),
            ("dossiers_with_personal_id_rate", "ministries", "half", "2024-06-30", 96.1),
            ("dossiers_with_personal_id_rate", "localities", "half", "2024-06-30", 87.3),
            ("data_reuse_rate", "national", "half", "2024-06-30", 34.6),
            ("data_reuse_rate", "Bình Định", "half", "2024-06-30", 78.2),
            ("satisfaction_rate", "national", "half", "2024-06-30", 88.9),
        ],
    ),
    # 38. An operator's own telecom results (Viettel, nine months of 2024): nothing national to record.
    #     Traps: the operator's revenue, 4G population coverage, 5G stations and speed, Mytel's subscribers abroad, the plan.
    (
        """Viettel: Doanh thu 9 tháng đạt 131.000 tỷ đồng

20/10/2024 - 19:15

Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) cho biết, 9 tháng đầu năm 2024, tổng doanh thu hợp nhất của tập đoàn đạt 131.000 tỷ đồng, tăng 6,5% so với cùng kỳ. Mạng 4G của Viettel đã phủ sóng 99,8% dân số; sau khi khai trương dịch vụ 5G ngày 15/10, Viettel đã phát sóng 6.500 trạm 5G với tốc độ tải xuống trung bình 800 Mbps.

Tại thị trường nước ngoài, Mytel (Myanmar) đạt 12 triệu thuê bao, Movitel (Mozambique) giữ thị phần số một với 52%.

Theo kế hoạch, đến hết năm 2024 Viettel sẽ nâng số trạm 5G lên 10.000 trạm.

Trung Kiên""",
        "2024-10-20",
        [],
    ),
    # 39. Reform news, September 2023: localities that cut online-service fees and procedures simplified "đến nay" (page date).
    #     Traps: the five remaining provinces and the 259 procedures not yet cut (remainders), counts of decrees, cost savings, the target.
    (
        """Cắt giảm, đơn giản hóa 825 thủ tục hành chính liên quan đến hoạt động kinh doanh

18/09/2023 16:00

Theo Văn phòng Chính phủ, đến nay các bộ, ngành đã thực thi phương án cắt giảm, đơn giản hóa 825/1.084 thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ; còn 259 thủ tục chưa được cắt giảm. Chính phủ đã ban hành 23 nghị định để thực thi các phương án này, tiết kiệm khoảng 3.200 tỷ đồng chi phí tuân thủ mỗi năm.

Về chính sách khuyến khích dịch vụ công trực tuyến, đến nay đã có 58/63 địa phương ban hành nghị quyết của Hội đồng nhân dân giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến; 5 địa phương còn lại đang hoàn thiện hồ sơ.

Văn phòng Chính phủ đề nghị hoàn thành 100% phương án cắt giảm trong năm 2023.

Hồng Nhung""",
        "2023-09-18",
        [
            ("procedures_simplified", "national", "as_of", "2023-09-18", 825.0),
            ("localities_fee_reduction", "national", "as_of", "2023-09-18", 58.0),
        ],
    ),
    # 40. NDXP news, January 2024: month's transactions and daily average, cumulative to month end, connected agencies and points "đến nay".
    #     Traps: a change, national databases connected (no id), one province's LGSP transactions (another platform).
    (
        """Nền tảng NDXP đạt 96,2 triệu giao dịch trong tháng 1/2024

15/02/2024 07:30

Theo Cục Chuyển đổi số quốc gia, trong tháng 1/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) có 96,2 triệu giao dịch, trung bình 3,1 triệu giao dịch/ngày, tăng 45% so với cùng kỳ năm 2023. Tính đến hết tháng 1/2024, tổng số giao dịch qua NDXP từ năm 2019 đạt 1,95 tỷ giao dịch.

Đến nay, NDXP đã kết nối với 107 bộ, ngành, địa phương, cơ quan, tổ chức, với 512 điểm kết nối; trong đó có 13 cơ sở dữ liệu quốc gia, chuyên ngành. Ở cấp tỉnh, nền tảng LGSP của Quảng Ninh ghi nhận 1,2 triệu giao dịch trong tháng.

Bảo Ngọc""",
        "2024-02-15",
        [
            ("ndxp_transactions_period", "national", "month", "2024-01-31", 96200000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-01-31", 3100000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-01-31", 1950000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-02-15", 107.0),
            ("ndxp_connection_points", "national", "as_of", "2024-02-15", 512.0),
        ],
    ),
    # 41. Press summary of the November 2022 monthly report: month's dossier rate and cyberattacks, botnet IPs and full-process share at month end.
    #     Traps: one ministry's (Bộ Giao thông vận tải) rate, changes, the 2022 target, meetings held.
    (
        """Tình hình chuyển đổi số tháng 11/2022

12/12/2022 - 09:40

Báo cáo của Bộ Thông tin và Truyền thông cho thấy, trong tháng 11/2022, tỷ lệ hồ sơ xử lý trực tuyến trên toàn quốc đạt 29,3%, tăng 1,4 điểm phần trăm so với tháng 10. Bộ Giao thông vận tải là một trong những bộ có tỷ lệ cao với 88,5%.

Tính đến hết tháng 11/2022, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 38,2%, chưa đạt mục tiêu 50% đặt ra cho năm 2022.

Về an toàn thông tin mạng, trong tháng 11, Cục An toàn thông tin ghi nhận 1.083 cuộc tấn công mạng gây sự cố, giảm 3,2% so với tháng trước. Số địa chỉ IP của Việt Nam nằm trong mạng botnet tính đến hết tháng 11/2022 là 652.100 địa chỉ.

Trong tháng, Ủy ban Quốc gia về chuyển đổi số đã tổ chức 3 cuộc họp chuyên đề.

Văn Long""",
        "2022-12-12",
        [
            ("online_dossier_rate", "national", "month", "2022-11-30", 29.3),
            ("dvctt_full_process_rate", "national", "as_of", "2022-11-30", 38.2),
            ("cyberattacks", "national", "month", "2022-11-30", 1083.0),
            ("botnet_ips", "national", "as_of", "2022-11-30", 652100.0),
        ],
    ),
    # 42. Đề án 06 essential services at end-May 2023 and the adults using online services.
    #     Traps: the 14 remaining services (remainder), a province police's own count, the 2025 target, changes.
    (
        """39/53 dịch vụ công thiết yếu đã được cung cấp trực tuyến toàn trình

08/06/2023 - 10:45

Theo Tổ công tác triển khai Đề án 06 của Chính phủ, đến hết tháng 5/2023, đã có 39/53 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; 14 dịch vụ còn lại đang được các bộ, ngành khẩn trương hoàn thiện. Cũng đến hết tháng 5/2023, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến ước đạt 38,5%, tăng 6 điểm phần trăm so với cuối năm 2022.

Công an tỉnh Thanh Hóa đã tiếp nhận 125.000 hồ sơ trực tuyến liên quan đến các dịch vụ công thiết yếu.

Mục tiêu đến năm 2025, 70% người dân trưởng thành sử dụng dịch vụ công trực tuyến.

Quốc Tuấn""",
        "2023-06-08",
        [
            ("essential_services_full_process", "national", "as_of", "2023-05-31", 39.0),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2023-05-31", 38.5),
        ],
    ),
    # 43. Lâm Đồng provincial news on the first half of 2024: the province's dossier and personal-ID rates, and the national average in parentheses.
    #     Traps: Đà Lạt city, a commune's rate, one department (Sở Tư pháp), the year target.
    (
        """Lâm Đồng: 6 tháng đầu năm, tỷ lệ hồ sơ trực tuyến đạt 64,5%

11/07/2024

6 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh Lâm Đồng đạt 64,5%, cao hơn bình quân cả nước (48,6%). Tỷ lệ hồ sơ có gắn mã số định danh cá nhân đạt 97,8%.

Thành phố Đà Lạt dẫn đầu cấp huyện với 86,2%; xã Hiệp Thạnh (huyện Đức Trọng) đạt 92% hồ sơ trực tuyến. Sở Tư pháp tiếp nhận trực tuyến 99,4% hồ sơ lý lịch tư pháp.

Tỉnh phấn đấu đến cuối năm 2024, tỷ lệ hồ sơ trực tuyến đạt trên 70%.

Minh Đạo""",
        "2024-07-11",
        [
            ("online_dossier_rate", "Lâm Đồng", "half", "2024-06-30", 64.5),
            ("online_dossier_rate", "national", "half", "2024-06-30", 48.6),
            ("dossiers_with_personal_id_rate", "Lâm Đồng", "half", "2024-06-30", 97.8),
        ],
    ),
    # 44. Đồng Tháp monthly report of May 2024 with its own window (15/4-14/5): the province's dossier and e-result rates of the window.
    #     Traps: Cao Lãnh city, a change, counts of dossiers, the year target.
    (
        """UBND TỈNH ĐỒNG THÁP
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

Báo cáo kết quả chuyển đổi số tháng 5/2024

Trong tháng 5/2024 (số liệu từ ngày 15/4/2024 đến ngày 14/5/2024), hệ thống thông tin giải quyết thủ tục hành chính của tỉnh tiếp nhận 41.230 hồ sơ, tỷ lệ hồ sơ xử lý trực tuyến đạt 71,3%, tăng 2,7% so với tháng trước. Tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử đạt 89,6%.

Thành phố Cao Lãnh có tỷ lệ hồ sơ trực tuyến cao nhất với 84,7%.

Mục tiêu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 80%.""",
        "2024-05-20",
        [
            ("online_dossier_rate", "Đồng Tháp", "month", "2024-05-14", 71.3),
            ("e_result_rate", "Đồng Tháp", "month", "2024-05-14", 89.6),
        ],
    ),
]
