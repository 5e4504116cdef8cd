"""Genre probes, round 122: digital economy and digital society figures (broadband, fibre, smartphones, speeds, cashless, digital economy share) in press wording, written blind.

First reading (the stop's start code 5e4027b read it): 127 of 129 right, 127 of 130 found (0.98 / 0.98). Fitted after that reading (stop 46): a share of the users, a speed owed to 5G, a share named back as the lowest, a province's people named bare, a figure joined on after one ministry's: 130 of 130, 130 of 130.
"""

CASES = [
    # 1. Whole article: MIC year-end conference on 2023 (national levels at 31/12/2023, digital economy share and growth).
    # Traps: "tăng 4,2 điểm phần trăm", ICT revenue in USD, 2025 targets (20% GDP, 100% smartphone), a count of decrees.
    (
        """Bộ TT&TT tổng kết năm 2023: hạ tầng số tạo đà cho kinh tế số

Hà Nội, 08/01/2024 – Sáng nay, Bộ Thông tin và Truyền thông tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024. Thủ tướng Chính phủ dự và chỉ đạo hội nghị.

Theo báo cáo tại hội nghị, tính đến hết năm 2023, cả nước có 22,1 triệu thuê bao băng rộng cố định, đạt tỷ lệ 22 thuê bao/100 dân; số thuê bao băng rộng di động là 88,2 triệu, tương đương 87,9 thuê bao/100 dân. Cũng đến cuối năm 2023, tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 79,6%, tăng 4,2 điểm phần trăm so với năm 2022; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84,4%.

Về kinh tế số, tỷ trọng kinh tế số trong GDP năm 2023 ước đạt 16,5%, tốc độ tăng trưởng khoảng 20%, gấp khoảng ba lần tốc độ tăng trưởng GDP. Doanh thu công nghiệp ICT ước đạt 142 tỷ USD, kim ngạch xuất khẩu phần cứng, điện tử khoảng 134 tỷ USD.

Trong năm, Bộ đã trình Chính phủ ban hành 04 nghị định và ban hành 27 thông tư thuộc lĩnh vực quản lý.

Năm 2024, ngành đặt mục tiêu phổ cập điện thoại thông minh, phấn đấu 100% thuê bao di động sử dụng smartphone và đưa tỷ trọng kinh tế số đạt 20% GDP vào năm 2025.

Minh Anh""",
        "2024-01-08",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22100000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 22.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 88200000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 87.9),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.4),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
        ],
    ),
    # 2. Ookla monthly speed news for December 2023.
    # Traps: upload speeds, world ranks, year-on-year change, Singapore's and Thailand's speeds.
    (
        """Tốc độ Internet cố định của Việt Nam vượt mốc 100 Mbps

Theo Speedtest Global Index do Ookla vừa công bố, trong tháng 12/2023, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Việt Nam đạt 101,83 Mbps, tốc độ tải lên đạt 98,41 Mbps. Với kết quả này, Việt Nam đứng thứ 45/180 quốc gia và vùng lãnh thổ được xếp hạng.

Ở mạng di động, tốc độ tải xuống đạt 49,66 Mbps, tải lên 19,07 Mbps, xếp thứ 50/146. So với cùng kỳ năm 2022, tốc độ mạng cố định tăng 21,4%, còn mạng di động tăng 35,2%.

Trong khu vực, Singapore tiếp tục dẫn đầu về Internet cố định với 261,82 Mbps, Thái Lan đạt 211,6 Mbps. Về di động, Việt Nam vẫn xếp sau Malaysia (108,2 Mbps) và Brunei.

Giới chuyên môn nhận định, việc các nhà mạng chuyển dịch khách hàng sang gói cước tốc độ cao và mở rộng vùng phủ cáp quang là nguyên nhân chính giúp tốc độ cải thiện rõ rệt trong năm qua.""",
        "2024-01-22",
        [
            ("fixed_broadband_speed", "national", "month", "2023-12-31", 101.83),
            ("mobile_broadband_speed", "national", "month", "2023-12-31", 49.66),
        ],
    ),
    # 3. Đà Nẵng's digital economy share of GRDP for 2023 and its fibre households at year-end.
    # Traps: people owning smartphones (a share of people), a district's fibre share, 2025 targets, cashless share in hospitals.
    (
        """ĐÀ NẴNG: KINH TẾ SỐ ĐÓNG GÓP KHOẢNG 18,2% GRDP

(ĐN) – Sở Thông tin và Truyền thông thành phố Đà Nẵng cho biết, năm 2023 kinh tế số của thành phố đóng góp khoảng 18,2% GRDP, tiếp tục nằm trong nhóm dẫn đầu cả nước.

Hạ tầng số được đầu tư đồng bộ. Đến cuối năm 2023, tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn thành phố đạt 91,4%; riêng quận Hải Châu đạt 97,1%. Khoảng 96,5% người dân từ 15 tuổi trở lên có điện thoại thông minh. 100% bệnh viện công lập triển khai thanh toán viện phí không dùng tiền mặt.

Theo kế hoạch, đến năm 2025 Đà Nẵng phấn đấu kinh tế số chiếm 25% GRDP, tỷ lệ giao dịch thanh toán không dùng tiền mặt đạt 80%.""",
        "2024-03-14",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 18.2),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2023-12-31", 91.4),
        ],
    ),
    # 4. Bắc Giang provincial infrastructure at 30/6/2024.
    # Traps: a district's fibre share (Sơn Động), a 2025 target, headline rounding ("hơn 83%").
    (
        """Bắc Giang: Hơn 83% hộ gia đình sử dụng cáp quang

BẮC GIANG - Tính đến ngày 30/6/2024, toàn tỉnh có 398.600 thuê bao băng rộng cố định, đạt 21,6 thuê bao/100 dân; 1,52 triệu thuê bao băng rộng di động. Tỷ lệ hộ gia đình có Internet cáp quang đạt 83,2%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 86,7%.

Mặc dù vậy, mức độ phổ cập ở các huyện miền núi vẫn thấp hơn đáng kể: huyện Sơn Động mới có 61,5% hộ gia đình dùng cáp quang. Sở Thông tin và Truyền thông đang phối hợp với các doanh nghiệp viễn thông kéo cáp quang đến các thôn, bản vùng sâu.

Theo kế hoạch chuyển đổi số của tỉnh, đến năm 2025 có 90% hộ gia đình sử dụng Internet cáp quang và 95% thuê bao di động là thuê bao smartphone.

Thu Hà""",
        "2024-08-05",
        [
            ("fixed_broadband_subscriptions", "Bắc Giang", "as_of", "2024-06-30", 398600.0),
            ("fixed_broadband_subscriptions_per_100", "Bắc Giang", "as_of", "2024-06-30", 21.6),
            ("mobile_broadband_subscriptions", "Bắc Giang", "as_of", "2024-06-30", 1520000.0),
            ("ftth_household_rate", "Bắc Giang", "as_of", "2024-06-30", 83.2),
            ("smartphone_subscriber_rate", "Bắc Giang", "as_of", "2024-06-30", 86.7),
        ],
    ),
    # 5. Mobile Money customers at end of Q1 2024.
    # Traps: rural customers after "trong đó", transaction value in tỷ đồng (no id), one operator's customers (Viettel Money).
    (
        """Mobile Money: hơn 8,2 triệu khách hàng sau gần 3 năm thí điểm

Theo số liệu của Ngân hàng Nhà nước, tính đến ngày 31/3/2024, tổng số khách hàng đăng ký sử dụng dịch vụ Mobile Money đạt hơn 8,2 triệu, trong đó khoảng 5,8 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo. Tổng giá trị giao dịch lũy kế đạt khoảng 4.300 tỷ đồng.

Riêng Viettel Money hiện có 6,1 triệu khách hàng Mobile Money, chiếm phần lớn thị phần; VNPT và MobiFone lần lượt đứng sau.

Các chuyên gia cho rằng dịch vụ đang góp phần đưa tài chính toàn diện đến người dân chưa có tài khoản ngân hàng, tuy nhiên tỷ lệ tài khoản hoạt động thường xuyên vẫn chưa cao.""",
        "2024-04-18",
        [
            ("mobile_money_customers", "national", "as_of", "2024-03-31", 8200000.0),
        ],
    ),
    # 6. Cashless payments day: adults with an account at end-2023.
    # Traps: QR and cashless transaction growth (no id, changes), number of individual accounts (no id), 2025 target.
    (
        """Ngày Không tiền mặt 2024: thanh toán qua QR tăng gần gấp đôi

Phát biểu tại sự kiện hưởng ứng Ngày Không tiền mặt 16/6, Phó Thống đốc Ngân hàng Nhà nước cho biết, đến cuối năm 2023, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08%, vượt mục tiêu 80% đặt ra cho năm 2025.

Trong 4 tháng đầu năm 2024, giao dịch thanh toán không dùng tiền mặt tăng 58,2% về số lượng và 35,1% về giá trị so với cùng kỳ; riêng giao dịch qua phương thức QR code tăng 88,6% về số lượng. Cả nước hiện có hơn 182 triệu tài khoản thanh toán cá nhân.

Ngân hàng Nhà nước đề nghị các tổ chức tín dụng tiếp tục đầu tư hạ tầng thanh toán, bảo đảm an toàn, bảo mật cho các giao dịch trực tuyến.""",
        "2024-06-16",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2023-12-31", 87.08),
        ],
    ),
    # 7. e-Conomy SEA vendor report (GMV, growth) beside the ministry's 2022 share of GDP.
    # Traps: the vendor's GMV and its growth, e-commerce GMV, Indonesia's figure, a 2030 forecast.
    (
        """Kinh tế số Việt Nam tăng trưởng nhanh nhất Đông Nam Á

Báo cáo e-Conomy SEA 2023 do Google, Temasek và Bain & Company công bố ngày 2/11 cho thấy, tổng giá trị hàng hóa (GMV) của nền kinh tế số Việt Nam năm 2023 ước đạt 30 tỷ USD, tăng 19% so với năm 2022 – mức tăng cao nhất khu vực. Thương mại điện tử tiếp tục là động lực chính với GMV khoảng 20,5 tỷ USD. Indonesia vẫn là nền kinh tế số lớn nhất khu vực với 82 tỷ USD.

Báo cáo dự báo đến năm 2030, GMV của kinh tế số Việt Nam có thể đạt 90 - 200 tỷ USD.

Theo Bộ Thông tin và Truyền thông, tỷ trọng kinh tế số trong GDP của Việt Nam năm 2022 đạt 14,26%, đưa Việt Nam vào nhóm quốc gia có kinh tế số phát triển nhanh.""",
        "2023-11-16",
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
        ],
    ),
    # 8. MIC monthly report excerpt for May 2024: level list at 31/5/2024, monthly speeds, online dossier rate split.
    # Traps: a count of guidance documents, "tăng 0,3 điểm phần trăm".
    (
        """BÁO CÁO TÌNH HÌNH CHUYỂN ĐỔI SỐ THÁNG 5/2024 (trích)

I. HẠ TẦNG SỐ (số liệu tính đến 31/5/2024)
- Thuê bao băng rộng cố định: 23,1 triệu thuê bao;
- Thuê bao băng rộng di động: 89,2 triệu thuê bao;
- Tỷ lệ hộ gia đình có cáp quang: 81,3% (tăng 0,3 điểm phần trăm so với tháng trước);
- Tỷ lệ thuê bao sử dụng điện thoại thông minh trên tổng số thuê bao di động: 86,9%.
- Tốc độ truy cập băng rộng cố định trung bình trong tháng 5/2024 đạt 117,2 Mbps; băng rộng di động đạt 51,8 Mbps.

II. DỊCH VỤ CÔNG TRỰC TUYẾN
Trong tháng 5/2024, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 68,2%, của các địa phương đạt 49,7%.

III. CÔNG TÁC CHỈ ĐẠO
Trong tháng, Bộ đã ban hành 12 văn bản hướng dẫn về chuyển đổi số.""",
        "2024-06-10",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-05-31", 23100000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-05-31", 89200000.0),
            ("ftth_household_rate", "national", "as_of", "2024-05-31", 81.3),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-05-31", 86.9),
            ("fixed_broadband_speed", "national", "month", "2024-05-31", 117.2),
            ("mobile_broadband_speed", "national", "month", "2024-05-31", 51.8),
            ("online_dossier_rate", "ministries", "month", "2024-05-31", 68.2),
            ("online_dossier_rate", "localities", "month", "2024-05-31", 49.7),
        ],
    ),
    # 9. Quảng Ninh year-end 2024 review: provincial share of GRDP, subscriptions, Internet users.
    # Traps: "đóng góp 8,4% vào tăng trưởng GRDP" (not a share), a city's fibre share (Hạ Long), a 2025 target, a change in points.
    (
        """Quảng Ninh: Kinh tế số chiếm 12,1% GRDP

Báo cáo tổng kết năm 2024 của UBND tỉnh Quảng Ninh cho thấy, năm 2024 kinh tế số chiếm 12,1% GRDP của tỉnh, tăng 0,8 điểm phần trăm so với năm trước; kinh tế số đóng góp 8,4% vào tăng trưởng GRDP.

Tính đến 31/12/2024, toàn tỉnh có 435.200 thuê bao băng rộng cố định, tương đương 32,4 thuê bao/100 dân; tỷ lệ người dân sử dụng Internet đạt 89,5%. Tại TP Hạ Long, 95,2% hộ gia đình đã dùng cáp quang.

Năm 2025, tỉnh phấn đấu kinh tế số chiếm 15% GRDP, 100% hộ gia đình có đường truyền cáp quang.""",
        "2025-01-10",
        [
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2024-12-31", 12.1),
            ("fixed_broadband_subscriptions", "Quảng Ninh", "as_of", "2024-12-31", 435200.0),
            ("fixed_broadband_subscriptions_per_100", "Quảng Ninh", "as_of", "2024-12-31", 32.4),
            ("internet_users_rate", "Quảng Ninh", "as_of", "2024-12-31", 89.5),
        ],
    ),
    # 10. Hà Nội's digital economy in 2024: share of GRDP and growth.
    # Traps: e-commerce revenue and its growth (no id), cashless share at retail, a district (Cầu Giấy), the 2025 target.
    (
        """Kinh tế số Thủ đô tăng tốc

Năm 2024, tỷ trọng kinh tế số trong GRDP của Hà Nội ước đạt 19,4%; tốc độ tăng trưởng kinh tế số đạt 14,8%, cao gấp đôi tốc độ tăng trưởng chung của thành phố. Doanh thu thương mại điện tử bán lẻ trên địa bàn đạt khoảng 5,2 tỷ USD, tăng 25% so với năm 2023.

Tại các siêu thị, trung tâm thương mại, khoảng 70% giao dịch đã được thanh toán không dùng tiền mặt. Quận Cầu Giấy, nơi tập trung nhiều doanh nghiệp công nghệ, có kinh tế số chiếm hơn 30% giá trị sản xuất trên địa bàn.

Theo Chương trình số 03-CTr/TU, thành phố phấn đấu đến năm 2025 kinh tế số chiếm 20% GRDP và đến năm 2030 chiếm 30% GRDP.

Hải Yến""",
        "2025-02-20",
        [
            ("digital_economy_gdp_share", "Hà Nội", "year", "2024-12-31", 19.4),
            ("digital_economy_growth", "Hà Nội", "year", "2024-12-31", 14.8),
        ],
    ),
    # 11. Survey on digital habits beside one administrative count of smartphone subscriptions.
    # Traps: adults owning smartphones (people share), digital skills share, daily Internet use, time online, survey sample size.
    (
        """Người Việt dành hơn 6 giờ mỗi ngày trên Internet

Kết quả khảo sát trên 3.000 người ở 12 tỉnh, thành phố do một công ty nghiên cứu thị trường thực hiện cho thấy 73% người trưởng thành sử dụng smartphone, 96% người dùng Internet truy cập hàng ngày với thời gian trung bình 6 giờ 18 phút. Tuy nhiên, chỉ 42% người được hỏi tự đánh giá có kỹ năng số cơ bản như tạo mật khẩu an toàn, nhận diện tin nhắn lừa đảo.

Về phía cơ quan quản lý, Bộ Thông tin và Truyền thông cho biết đến hết tháng 8/2024, cả nước có 104,6 triệu thuê bao sử dụng điện thoại thông minh. Bộ đang phối hợp với các doanh nghiệp viễn thông triển khai chương trình hỗ trợ thiết bị đầu cuối cho người dân còn dùng điện thoại 2G.""",
        "2024-10-02",
        [
            ("smartphone_subscriptions", "national", "as_of", "2024-08-31", 104600000.0),
        ],
    ),
    # 12. 5G one year after commercial launch (2025, Bộ KH&CN): stations, population coverage, July speed.
    # Traps: Viettel's own station count, the end-2025 target, upload speed, a change in speed.
    (
        """Trang chủ > Viễn thông > Hạ tầng số
Thứ Hai, 25/08/2025 - 09:42

Sau 10 tháng thương mại hóa, 5G phủ sóng 64% dân số

Theo Bộ Khoa học và Công nghệ, tính đến ngày 15/8/2025, cả nước đã có hơn 21.500 trạm BTS 5G được đưa vào khai thác; vùng phủ sóng 5G đạt khoảng 64% dân số. Riêng Viettel đã phát sóng hơn 10.000 trạm 5G.

Nhờ 5G, tốc độ truy cập băng rộng di động của Việt Nam trong tháng 7/2025 đạt 143,8 Mbps, tốc độ tải lên đạt 32,5 Mbps; tốc độ tải xuống tăng gần 2,5 lần so với cùng kỳ năm 2024.

Bộ đặt mục tiêu đến cuối năm 2025, mạng 5G phủ sóng 90% dân số và tắt sóng hoàn toàn công nghệ 2G.

Hoàng Nam

Tin liên quan:
- Nhà mạng đua giảm giá gói cước 5G
- Hướng dẫn kiểm tra điện thoại có hỗ trợ 5G hay không""",
        "2025-08-25",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-08-15", 21500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-08-15", 64.0),
            ("mobile_broadband_speed", "national", "month", "2025-07-31", 143.8),
        ],
    ),
    # 13. Internet users at end-2023 (administrative estimate).
    # Traps: daily-use share, the count of users (no id), the Philippines' share, a vendor's (DataReportal) count.
    (
        """Gần 80% dân số Việt Nam sử dụng Internet

Theo số liệu của Bộ Thông tin và Truyền thông, tính đến hết năm 2023, Việt Nam có khoảng 78,4 triệu người dùng Internet, chiếm 79,1% dân số. Trong số này, 94% truy cập Internet hàng ngày, chủ yếu qua điện thoại di động.

Báo cáo Digital 2024 của DataReportal ghi nhận con số cao hơn một chút, 78,44 triệu người dùng. Ở khu vực, tỷ lệ người dùng Internet của Philippines là 73,6%.

Việc mở rộng hạ tầng băng rộng đến vùng sâu, vùng xa được xem là yếu tố then chốt để thu hẹp khoảng cách số giữa thành thị và nông thôn.""",
        "2024-03-20",
        [
            ("internet_users_rate", "national", "as_of", "2023-12-31", 79.1),
        ],
    ),
    # 14. Vĩnh Phúc year-end 2024: per-100 ratios, fibre households, share of GRDP.
    # Traps: a change in points, a 2025 target, the count of commune digital tech teams.
    (
        """VĨNH PHÚC ĐẨY MẠNH PHÁT TRIỂN HẠ TẦNG SỐ

Đến cuối năm 2024, Vĩnh Phúc có 34,1 thuê bao băng rộng cố định/100 dân và 96,4 thuê bao băng rộng di động/100 dân; 88,6% hộ gia đình có kết nối cáp quang, tăng 3,1 điểm phần trăm so với cuối năm 2023. Năm 2024, kinh tế số chiếm 13,7% GRDP của tỉnh.

Toàn tỉnh đã thành lập 1.283 tổ công nghệ số cộng đồng với hơn 7.600 thành viên, hướng dẫn người dân cài đặt, sử dụng các ứng dụng thanh toán, dịch vụ công.

Tỉnh đặt mục tiêu năm 2025 kinh tế số chiếm 20% GRDP.""",
        "2025-01-24",
        [
            ("fixed_broadband_subscriptions_per_100", "Vĩnh Phúc", "as_of", "2024-12-31", 34.1),
            ("mobile_broadband_subscriptions_per_100", "Vĩnh Phúc", "as_of", "2024-12-31", 96.4),
            ("ftth_household_rate", "Vĩnh Phúc", "as_of", "2024-12-31", 88.6),
            ("digital_economy_gdp_share", "Vĩnh Phúc", "year", "2024-12-31", 13.7),
        ],
    ),
    # 15. Monthly online public service report (October 2024) split by ministries and localities.
    # Traps: a month-on-month change, the count of meetings, agencies not yet connected.
    (
        """Thông tin tổng hợp tháng 10/2024 về dịch vụ công trực tuyến

Tính đến ngày 31/10/2024, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của các bộ, ngành đạt 58,7%, của các địa phương đạt 54,2%.

Trong tháng 10/2024, tỷ lệ hồ sơ trực tuyến toàn trình của bộ, ngành đạt 41,5%, tăng 1,2% so với tháng 9; của địa phương đạt 36,9%.

Trong tháng, Tổ công tác đã tổ chức 03 cuộc họp kiểm tra tại các bộ, ngành; còn 04 bộ chưa kết nối đầy đủ hệ thống giám sát.""",
        "2024-11-12",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-10-31", 58.7),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-10-31", 54.2),
            ("online_dossier_full_process_rate", "ministries", "month", "2024-10-31", 41.5),
            ("online_dossier_full_process_rate", "localities", "month", "2024-10-31", 36.9),
        ],
    ),
    # 16. Statistics office's first official measure of the digital economy for 2023.
    # Traps: the ICT-core and industry-digitalisation components (parts), a growth of total GDP.
    (
        """Lần đầu công bố chính thức quy mô kinh tế số

Tổng cục Thống kê vừa công bố kết quả đo lường kinh tế số theo phương pháp mới. Theo đó, năm 2023 tỷ trọng giá trị tăng thêm của kinh tế số trong GDP đạt 12,33%. Trong đó, kinh tế số lõi (ICT) chiếm 6,82% GDP, phần số hóa của các ngành kinh tế chiếm 5,51% GDP.

Tổng cục Thống kê cho biết đây là số liệu đo lường theo phạm vi hẹp, chưa bao gồm đầy đủ các hoạt động trên nền tảng số của hộ kinh doanh cá thể; vì vậy khác với số ước tính của các bộ, ngành trước đây. Năm 2023, GDP của Việt Nam tăng 5,05%.""",
        "2024-08-28",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
        ],
    ),
    # 17. Half-year 2025 review of the science and technology ministry: levels at 30/6/2025 and the half-year share of GDP.
    # Traps: 5G subscriptions after "trong đó" (part of mobile broadband), 2G subscribers still on air, a percent change.
    (
        """Sơ kết 6 tháng đầu năm 2025: hạ tầng số tiếp tục tăng trưởng

Tại hội nghị sơ kết công tác 6 tháng đầu năm 2025 của Bộ Khoa học và Công nghệ, đại diện Cục Viễn thông cho biết, tính đến 30/6/2025, cả nước có 24,3 triệu thuê bao băng rộng cố định và 91,2 triệu thuê bao băng rộng di động, trong đó khoảng 8,5 triệu thuê bao 5G. Tỷ lệ thuê bao di động sử dụng smartphone đạt 89,6%. Hiện vẫn còn khoảng 6,2 triệu thuê bao chỉ sử dụng công nghệ 2G.

Doanh thu dịch vụ viễn thông 6 tháng ước đạt 178.000 tỷ đồng, tăng 6,7% so với cùng kỳ. Cũng theo báo cáo, 6 tháng đầu năm 2025, kinh tế số trong GDP ước đạt 18,6%.""",
        "2025-07-18",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-06-30", 24300000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-06-30", 91200000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 89.6),
            ("digital_economy_gdp_share", "national", "half", "2025-06-30", 18.6),
        ],
    ),
    # 18. Provincial ranking of digital economy shares of GRDP for 2023 (each is one province's figure).
    # Traps: a count of provinces above 10%, the number of provinces assessed.
    (
        """Những địa phương có tỷ trọng kinh tế số cao nhất cả nước

Kết quả đo lường kinh tế số cấp tỉnh năm 2023 được công bố tại hội thảo ngày 9/9 cho thấy sự chênh lệch lớn giữa các địa phương. Dẫn đầu là Thái Nguyên với tỷ trọng kinh tế số trong GRDP đạt 43,6%, tiếp đến Bắc Ninh 29,8% và Bắc Giang 23,1% – đều là những tỉnh có ngành sản xuất thiết bị điện tử phát triển mạnh.

Ở chiều ngược lại, Đắk Nông có tỷ trọng thấp nhất, chỉ 2,1% GRDP. Trong 63 tỉnh, thành phố được đánh giá, có 12 địa phương có tỷ trọng kinh tế số trên 10%.

Các chuyên gia lưu ý, tỷ trọng cao chủ yếu đến từ kinh tế số ICT (sản xuất phần cứng), trong khi phần số hóa các ngành kinh tế khác còn hạn chế.""",
        "2024-09-10",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 43.6),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 29.8),
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 23.1),
            ("digital_economy_gdp_share", "Đắk Nông", "year", "2023-12-31", 2.1),
        ],
    ),
    # 19. Lâm Đồng at end of September 2024: fibre households and smartphone share of subscriptions.
    # Traps: a district's fibre share (Đam Rông), a commune's smartphone households, a target for 2025.
    (
        """Lâm Đồng thu hẹp khoảng cách số ở vùng đồng bào dân tộc thiểu số

Theo Sở Thông tin và Truyền thông Lâm Đồng, tính đến hết tháng 9/2024, 76,8% hộ gia đình toàn tỉnh sử dụng Internet cáp quang; tỷ lệ thuê bao điện thoại di động sử dụng smartphone đạt 88,3%.

Tuy nhiên, tại các huyện vùng sâu như Đam Rông, tỷ lệ hộ dùng cáp quang mới đạt khoảng 58%. Ở xã Đạ Long, nhờ chương trình "Mỗi người dân một điện thoại thông minh", 100% hộ đã có ít nhất một smartphone.

Tỉnh phấn đấu đến cuối năm 2025 có trên 85% hộ gia đình sử dụng cáp quang.

Đình Văn""",
        "2024-10-15",
        [
            ("ftth_household_rate", "Lâm Đồng", "as_of", "2024-09-30", 76.8),
            ("smartphone_subscriber_rate", "Lâm Đồng", "as_of", "2024-09-30", 88.3),
        ],
    ),
    # 20. i-Speed measurement for Thừa Thiên Huế in April 2024, compared with the national average of the month.
    # Traps: upload speed, one operator's (VNPT) speed, a rank among provinces.
    (
        """Tốc độ Internet tại Thừa Thiên Huế cao hơn trung bình cả nước

Theo kết quả đo kiểm bằng công cụ i-Speed của Cục Viễn thông, trong tháng 4/2024, tốc độ truy cập Internet băng rộng cố định tại Thừa Thiên Huế đạt 108,7 Mbps, cao hơn mức trung bình cả nước (104,9 Mbps); tốc độ tải lên đạt 95,3 Mbps. Tốc độ băng rộng di động của tỉnh đạt 46,2 Mbps, xếp thứ 18/63 tỉnh, thành phố.

Trong các doanh nghiệp, mạng cố định của VNPT cho tốc độ cao nhất tại địa bàn với 112,4 Mbps.""",
        "2024-05-09",
        [
            ("fixed_broadband_speed", "Thừa Thiên Huế", "month", "2024-04-30", 108.7),
            ("fixed_broadband_speed", "national", "month", "2024-04-30", 104.9),
            ("mobile_broadband_speed", "Thừa Thiên Huế", "month", "2024-04-30", 46.2),
        ],
    ),
    # 21. Provincial report, no sidecar, self-dated 12/12/2023 ("Đến nay" levels) and the year's share of GRDP.
    # Traps: the report's number, community tech team count, 2025 targets.
    (
        """UỶ BAN NHÂN DÂN TỈNH HẬU GIANG
Số: 215/BC-UBND
Hậu Giang, ngày 12 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện chuyển đổi số năm 2023

1. Hạ tầng số
Đến nay, toàn tỉnh có 71.300 thuê bao băng rộng cố định; tỷ lệ hộ gia đình có kết nối cáp quang đạt 72,4%. Tỷ lệ người trưởng thành có tài khoản thanh toán đạt 78,5%.

2. Kinh tế số
Năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 6,8%. Toàn tỉnh duy trì 512 tổ công nghệ số cộng đồng.

3. Phương hướng năm 2024 - 2025
Phấn đấu đến năm 2025 tỷ trọng kinh tế số đạt 10% GRDP; 80% hộ gia đình có cáp quang.""",
        None,
        [
            ("fixed_broadband_subscriptions", "Hậu Giang", "as_of", "2023-12-12", 71300.0),
            ("ftth_household_rate", "Hậu Giang", "as_of", "2023-12-12", 72.4),
            ("adults_with_bank_account_rate", "Hậu Giang", "as_of", "2023-12-12", 78.5),
            ("digital_economy_gdp_share", "Hậu Giang", "year", "2023-12-31", 6.8),
        ],
    ),
    # 22. E-commerce white book: only figures without an id.
    # Traps (nothing to label): e-commerce revenue and growth, share of retail, share of Internet users shopping online, shoppers count.
    (
        """Thương mại điện tử Việt Nam năm 2023 đạt 20,5 tỷ USD

Theo Sách trắng Thương mại điện tử Việt Nam năm 2024 do Bộ Công Thương công bố, doanh thu thương mại điện tử bán lẻ năm 2023 đạt 20,5 tỷ USD, tăng 25% so với năm 2022, chiếm khoảng 9% tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng cả nước.

Ước tính có khoảng 60 - 65 triệu người Việt đã mua sắm trực tuyến; 79% người dùng Internet đã tham gia mua sắm trực tuyến ít nhất một lần. Giá trị mua sắm trực tuyến bình quân đạt khoảng 300 USD/người/năm.

Bộ Công Thương dự báo, thương mại điện tử tiếp tục tăng trưởng 20 - 25% mỗi năm trong giai đoạn tới.""",
        "2024-06-25",
        [],
    ),
    # 23. Bình Định at end of Q1/2025: fibre households and adults with an account.
    # Traps: adults owning a smartphone (people), adults with a digital signature (no id), a target.
    (
        """Bình Định: Xã hội số từng bước hình thành

Tính đến cuối quý I/2025, tỷ lệ hộ gia đình có Internet cáp quang tại Bình Định đạt 81,2%; tỷ lệ người trưởng thành có tài khoản thanh toán đạt 84,6%; tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 89%, có chữ ký số hoặc chữ ký điện tử cá nhân đạt 7,3%.

Sở Thông tin và Truyền thông cho biết sẽ tiếp tục phối hợp với các ngân hàng, nhà mạng đẩy mạnh thanh toán số ở khu vực nông thôn, phấn đấu năm 2025 có 90% hộ gia đình dùng cáp quang.""",
        "2025-04-08",
        [
            ("ftth_household_rate", "Bình Định", "as_of", "2025-03-31", 81.2),
            ("adults_with_bank_account_rate", "Bình Định", "as_of", "2025-03-31", 84.6),
        ],
    ),
    # 24. Ookla figures for October 2024.
    # Traps: a rank gain, upload speeds, one operator's speed, China and Thailand.
    (
        """Tốc độ mạng Việt Nam tháng 10/2024: cố định tăng 5 bậc

Dữ liệu Speedtest Global Index mới nhất cho thấy, trong tháng 10/2024, tốc độ tải xuống trung bình của Internet cố định tại Việt Nam đạt 141,7 Mbps, tăng 5 bậc lên vị trí 36 thế giới; tốc độ tải lên đạt 139,2 Mbps. Tốc độ tải xuống của mạng di động đạt 55,9 Mbps.

Trong số các nhà mạng, Viettel có tốc độ cố định cao nhất với 148,3 Mbps. Trung Quốc đạt 232,5 Mbps với mạng cố định, Thái Lan đạt 230,8 Mbps.""",
        "2024-11-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-10-31", 141.7),
            ("mobile_broadband_speed", "national", "month", "2024-10-31", 55.9),
        ],
    ),
    # 25. Year-end 2022 article: national levels at 31/12/2022 and the 2022 share of GDP.
    # Traps: a growth of subscriptions in percent, 5G trial stations (not commercial, no date), 2025 fibre target.
    (
        """Năm 2022: Hạ tầng băng rộng phủ rộng khắp, kinh tế số chiếm 14,26% GDP

Thứ Sáu, 06/01/2023 08:15 GMT+7

Theo báo cáo của Bộ Thông tin và Truyền thông, đến ngày 31/12/2022, cả nước có 21,2 triệu thuê bao băng rộng cố định, tăng 12,4% so với năm 2021, đạt 21,3 thuê bao/100 dân; thuê bao băng rộng di động đạt 82,6 triệu. Tỷ lệ hộ gia đình sử dụng cáp quang đạt 75,4%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh là 80,7%.

Năm 2022, tỷ trọng kinh tế số trong GDP đạt 14,26%. Các doanh nghiệp viễn thông đã thử nghiệm 5G tại 16 tỉnh, thành phố.

Mục tiêu đến năm 2025 là 80% hộ gia đình có cáp quang và tỷ trọng kinh tế số đạt 20% GDP.

PV""",
        "2023-01-06",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 21200000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 21.3),
            ("mobile_broadband_subscriptions", "national", "as_of", "2022-12-31", 82600000.0),
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 75.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 80.7),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
        ],
    ),
    # 26. Bắc Ninh at mid-2025: half-year share of GRDP, 5G coverage of its population, villages with signal.
    # Traps: 5G coverage of industrial parks (other places), electronics exports (no id), a 2030 target.
    (
        """Bắc Ninh: Kinh tế số chiếm gần 1/3 GRDP

6 tháng đầu năm 2025, kinh tế số của Bắc Ninh chiếm khoảng 32,5% GRDP, cao nhất từ trước đến nay, chủ yếu nhờ ngành sản xuất thiết bị điện tử. Kim ngạch xuất khẩu điện thoại, linh kiện điện tử đạt 21,4 tỷ USD.

Tính đến 30/6/2025, 100% thôn, khu phố trên địa bàn tỉnh đã có sóng 4G; mạng 5G phủ sóng 78% dân số tỉnh và 100% khu công nghiệp.

Tỉnh đặt mục tiêu đến năm 2030 kinh tế số chiếm 40% GRDP, trở thành trung tâm công nghiệp bán dẫn của vùng.""",
        "2025-07-25",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "half", "2025-06-30", 32.5),
            ("villages_with_mobile_coverage_rate", "Bắc Ninh", "as_of", "2025-06-30", 100.0),
            ("fiveg_population_coverage_rate", "Bắc Ninh", "as_of", "2025-06-30", 78.0),
        ],
    ),
    # 27. Interview with a deputy minister at the start of 2025: 2024 growth and share, end-2024 fibre, EGDI 2024 rank.
    # Traps: "gấp 3 lần" GDP growth, a 2030 target, a count of digital tech enterprises.
    (
        """Thứ trưởng Bộ TT&TT: "Kinh tế số là động lực tăng trưởng mới"

PV: Thưa Thứ trưởng, năm 2024 kinh tế số Việt Nam đạt được những kết quả nổi bật nào?

Thứ trưởng: Năm 2024, kinh tế số Việt Nam tăng trưởng khoảng 20%, gấp 3 lần tăng trưởng GDP; tỷ trọng kinh tế số ước đạt 18,3% GDP. Hạ tầng tiếp tục được củng cố: đến cuối năm 2024, tỷ lệ hộ gia đình sử dụng cáp quang đạt 82,4%. Cả nước có hơn 74.000 doanh nghiệp công nghệ số. Trong bảng xếp hạng Chính phủ điện tử của Liên Hợp Quốc công bố tháng 9/2024, Việt Nam xếp thứ 71/193, tăng 15 bậc.

PV: Mục tiêu cho giai đoạn tới là gì?

Thứ trưởng: Chúng tôi hướng tới kinh tế số chiếm 30% GDP vào năm 2030.""",
        "2025-01-02",
        [
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.4),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
        ],
    ),
    # 28. Portal table: Central Highlands provinces at 31/12/2024 (each row one province).
    # Traps: the regional average row (not a province), the national 2025 target in the note.
    (
        """Bảng 2. Một số chỉ tiêu xã hội số các tỉnh Tây Nguyên (tính đến 31/12/2024)

Tỉnh | Tỷ lệ hộ gia đình có Internet cáp quang (%) | Tỷ lệ thuê bao di động sử dụng điện thoại thông minh (%)
Kon Tum | 68,3 | 82,1
Gia Lai | 74,6 | 85,4
Đắk Lắk | 79,2 | 86,8
Đắk Nông | 70,5 | 83,9
Lâm Đồng | 80,1 | 88,7
Bình quân vùng | 74,5 | 85,4

Ghi chú: mục tiêu quốc gia đến năm 2025 là 80% hộ gia đình có cáp quang.
Nguồn: Sở TT&TT các tỉnh tổng hợp.""",
        "2025-02-14",
        [
            ("ftth_household_rate", "Kon Tum", "as_of", "2024-12-31", 68.3),
            ("smartphone_subscriber_rate", "Kon Tum", "as_of", "2024-12-31", 82.1),
            ("ftth_household_rate", "Gia Lai", "as_of", "2024-12-31", 74.6),
            ("smartphone_subscriber_rate", "Gia Lai", "as_of", "2024-12-31", 85.4),
            ("ftth_household_rate", "Đắk Lắk", "as_of", "2024-12-31", 79.2),
            ("smartphone_subscriber_rate", "Đắk Lắk", "as_of", "2024-12-31", 86.8),
            ("ftth_household_rate", "Đắk Nông", "as_of", "2024-12-31", 70.5),
            ("smartphone_subscriber_rate", "Đắk Nông", "as_of", "2024-12-31", 83.9),
            ("ftth_household_rate", "Lâm Đồng", "as_of", "2024-12-31", 80.1),
            ("smartphone_subscriber_rate", "Lâm Đồng", "as_of", "2024-12-31", 88.7),
        ],
    ),
    # 29. Nghệ An's cashless push: Mobile Money customers and adults with an account at end of June 2024.
    # Traps: transaction growth, Vinh city's QR acceptance share, a target.
    (
        """Nghệ An: Thanh toán số len lỏi về nông thôn

Theo Ngân hàng Nhà nước chi nhánh Nghệ An, tính đến cuối tháng 6/2024, trên địa bàn tỉnh có 312.000 khách hàng sử dụng Mobile Money; tỷ lệ người trưởng thành có tài khoản thanh toán đạt 82,7%. Số lượng giao dịch thanh toán qua điện thoại di động 6 tháng đầu năm tăng 45% so với cùng kỳ.

Tại thành phố Vinh, khoảng 95% điểm kinh doanh đã chấp nhận thanh toán bằng mã QR. Tỉnh phấn đấu đến năm 2025 có 90% người trưởng thành có tài khoản thanh toán.""",
        "2024-07-22",
        [
            ("mobile_money_customers", "Nghệ An", "as_of", "2024-06-30", 312000.0),
            ("adults_with_bank_account_rate", "Nghệ An", "as_of", "2024-06-30", 82.7),
        ],
    ),
    # 30. Speeds for November 2022 from the ministry's measurement.
    # Traps: a world rank, a 2025 speed target, a change in percent.
    (
        """Tốc độ truy cập Internet tiếp tục cải thiện

Theo số liệu đo kiểm của Bộ Thông tin và Truyền thông, trong tháng 11/2022, tốc độ truy cập Internet băng rộng cố định trung bình của Việt Nam đạt 83,4 Mbps, xếp thứ 44 thế giới; tốc độ băng rộng di động đạt 37,6 Mbps, tăng 18,5% so với đầu năm.

Bộ đặt mục tiêu đến năm 2025 tốc độ băng rộng cố định đạt trên 200 Mbps, di động trên 100 Mbps.""",
        "2022-12-15",
        [
            ("fixed_broadband_speed", "national", "month", "2022-11-30", 83.4),
            ("mobile_broadband_speed", "national", "month", "2022-11-30", 37.6),
        ],
    ),
    # 31. E-invoices total at end-2024 from the tax department.
    # Traps: sub-counts after "trong đó" (coded invoices, cash-register invoices), the finance ministry's own online dossier share.
    (
        """Hơn 8,9 tỷ hóa đơn điện tử đã được xử lý

Tổng cục Thuế cho biết, tính đến ngày 31/12/2024, cơ quan thuế đã tiếp nhận và xử lý hơn 8,9 tỷ hóa đơn điện tử, trong đó khoảng 4,7 tỷ hóa đơn có mã của cơ quan thuế và 1,9 tỷ hóa đơn khởi tạo từ máy tính tiền.

Cũng trong năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến tại Bộ Tài chính đạt 95%, với 100% dịch vụ công đủ điều kiện được cung cấp toàn trình.""",
        "2025-01-15",
        [
            ("e_invoices_total", "national", "as_of", "2024-12-31", 8900000000.0),
        ],
    ),
    # 32. VNeID accounts and chip ID cards at 31/10/2024.
    # Traps: activation rate and log-ins (no id), daily log-ins, a target.
    (
        """VNeID: 57,9 triệu tài khoản định danh điện tử đã được kích hoạt

Theo Bộ Công an, tính đến ngày 31/10/2024, cả nước đã cấp 87,4 triệu thẻ căn cước công dân gắn chip và kích hoạt 57,9 triệu tài khoản định danh điện tử, đạt tỷ lệ kích hoạt khoảng 78% số hồ sơ. Ứng dụng VNeID đã ghi nhận hơn 1,2 tỷ lượt đăng nhập, trung bình mỗi ngày khoảng 2,5 triệu lượt.

Bộ Công an đặt mục tiêu đến hết năm 2024 kích hoạt 60 triệu tài khoản.""",
        "2024-11-05",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-10-31", 87400000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-10-31", 57900000.0),
        ],
    ),
    # 33. Smartphone universalisation and 2G switch-off (end of August 2024).
    # Traps: smartphone users among phone users (people share), 2G-only subscribers, an operator's handset subsidy, the switch-off date.
    (
        """Thứ Hai, 09/09/2024, 14:20 (GMT+7)
Phổ cập điện thoại thông minh: còn hơn 1 tháng trước thời điểm dừng 2G

Theo Cục Viễn thông, tính đến hết tháng 8/2024, tỷ lệ thuê bao di động sử dụng smartphone đạt 87,2%, trong khi tỷ lệ người dùng smartphone trên tổng số người dùng điện thoại di động ước khoảng 73%. Cả nước vẫn còn khoảng 9,2 triệu thuê bao chỉ dùng điện thoại 2G (2G-only).

Để hỗ trợ khách hàng chuyển đổi, Viettel cam kết tặng 700.000 máy điện thoại 4G cho khách hàng có hoàn cảnh khó khăn; các nhà mạng khác cũng tung ra nhiều gói trợ giá thiết bị.

Theo lộ trình, từ ngày 16/10/2024, các doanh nghiệp sẽ dừng cung cấp dịch vụ cho thuê bao 2G-only. Người dân có thể nhắn tin miễn phí tới tổng đài của nhà mạng để kiểm tra thuê bao của mình có thuộc diện phải chuyển đổi hay không.

Lan Phương
Chia sẻ | Bình luận (12) | In bài""",
        "2024-09-09",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-08-31", 87.2),
        ],
    ),
    # 34. Online payments on the National Public Service Portal: year to date, Q3 alone, and cumulative at 30/9/2024.
    # Traps: growth over the same period, one bank's share of transactions.
    (
        """Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia tăng mạnh

Lũy kế từ đầu năm đến hết tháng 9/2024, Cổng Dịch vụ công quốc gia đã ghi nhận 11,6 triệu giao dịch thanh toán trực tuyến với số tiền hơn 6.850 tỷ đồng, tăng 32% so với cùng kỳ năm 2023. Riêng quý III/2024 có 4,1 triệu giao dịch.

Tính đến ngày 30/9/2024, tổng số giao dịch thanh toán trực tuyến qua Cổng kể từ khi khai trương là 48,3 triệu giao dịch, với tổng số tiền 17.920 tỷ đồng. Trong số các ngân hàng kết nối, Vietcombank chiếm khoảng 21% số giao dịch.""",
        "2024-10-08",
        [
            ("online_payments_count_new", "national", "ytd", "2024-09-30", 11600000.0),
            ("online_payments_value_new", "national", "ytd", "2024-09-30", 6850.0),
            ("online_payments_count_new", "national", "quarter", "2024-09-30", 4100000.0),
            ("online_payments_count", "national", "as_of", "2024-09-30", 48300000.0),
            ("online_payments_value", "national", "as_of", "2024-09-30", 17920.0),
        ],
    ),
    # 35. Long An half-year 2024: share of GRDP and hamlets with 4G.
    # Traps: overall GRDP growth (not the digital economy's), a district's fibre share, a year-end plan.
    (
        """Long An: Kinh tế số chiếm 10,2% GRDP trong 6 tháng đầu năm

Theo báo cáo của UBND tỉnh Long An, 6 tháng đầu năm 2024, kinh tế số chiếm 10,2% GRDP; tốc độ tăng trưởng GRDP của tỉnh đạt 6,9%.

Tính đến ngày 30/6/2024, 99,2% ấp, khu phố trên địa bàn tỉnh đã có sóng di động 4G. Huyện Đức Hòa có 88% hộ gia đình sử dụng cáp quang, cao nhất tỉnh.

Theo kế hoạch, cuối năm 2024 tỉnh sẽ hoàn thành phủ sóng 4G tới 100% ấp.""",
        "2024-07-30",
        [
            ("digital_economy_gdp_share", "Long An", "half", "2024-06-30", 10.2),
            ("villages_with_mobile_coverage_rate", "Long An", "as_of", "2024-06-30", 99.2),
        ],
    ),
    # 36. Fixed broadband market at end of Q3/2023: the national total versus operators' own counts.
    # Traps: Viettel's, VNPT's and FPT Telecom's subscriptions and market shares, FTTH part after "trong đó".
    (
        """Thị trường băng rộng cố định: ba "ông lớn" nắm hơn 90% thị phần

Theo Cục Viễn thông, tính đến hết quý III/2023, tổng số thuê bao băng rộng cố định cả nước đạt 21,7 triệu, trong đó thuê bao cáp quang FTTH chiếm trên 99%.

Viettel hiện dẫn đầu với khoảng 10,2 triệu thuê bao, tương đương 47% thị phần; VNPT có 8,9 triệu thuê bao (41%); FPT Telecom khoảng 4,1 triệu thuê bao. Cuộc đua hiện chuyển sang chất lượng dịch vụ, với các gói cước 1 Gbps dành cho hộ gia đình.""",
        "2023-11-02",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-09-30", 21700000.0),
        ],
    ),
    # 37. Digital skills campaign: nothing with an id.
    # Traps (nothing to label): learners of the digital literacy platform, share of officials trained, community tech teams, targets.
    (
        """"Bình dân học vụ số": hơn 3,5 triệu lượt người tham gia học kỹ năng số

Sau 2 tháng triển khai phong trào "Bình dân học vụ số", nền tảng học trực tuyến đã ghi nhận hơn 3,5 triệu lượt người đăng ký học các kỹ năng số cơ bản như sử dụng dịch vụ công trực tuyến, thanh toán điện tử, nhận diện lừa đảo trên mạng. Khoảng 70% cán bộ, công chức cấp xã đã hoàn thành khóa bồi dưỡng kỹ năng số.

Cả nước hiện có hơn 80.000 tổ công nghệ số cộng đồng với khoảng 400.000 thành viên. Mục tiêu đến cuối năm 2025 là 100% cán bộ, công chức và 80% người dân trong độ tuổi lao động được phổ cập kỹ năng số cơ bản.""",
        "2025-06-12",
        [],
    ),
    # 38. Hải Phòng year 2024: share of GRDP, digital economy growth, fibre households at year-end.
    # Traps: Thủy Nguyên's fibre share after "trong đó" (a part), the 2025 target.
    (
        """Hải Phòng: Kinh tế số đóng góp 15,8% GRDP

Năm 2024, kinh tế số của thành phố Hải Phòng đóng góp 15,8% GRDP; tốc độ tăng trưởng kinh tế số đạt 17,3%. Hạ tầng viễn thông được đầu tư mạnh: đến cuối năm 2024, 90,6% hộ gia đình trên địa bàn thành phố có Internet cáp quang, trong đó thành phố Thủy Nguyên đạt 93%.

Thành phố phấn đấu năm 2025 kinh tế số đạt 20% GRDP, trở thành một trong những địa phương dẫn đầu về chuyển đổi số.""",
        "2025-02-11",
        [
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2024-12-31", 15.8),
            ("digital_economy_growth", "Hải Phòng", "year", "2024-12-31", 17.3),
            ("ftth_household_rate", "Hải Phòng", "as_of", "2024-12-31", 90.6),
        ],
    ),
    # 39. Q1/2025 online public service summary: National Portal flows for the quarter, online dossier rate split.
    # Traps: growth versus Q1/2024, a count of newly integrated services, the count of inspection teams.
    (
        """Quý I/2025: hơn 3,2 triệu hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia

Văn phòng Chính phủ cho biết, trong quý I/2025, Cổng Dịch vụ công quốc gia đã tiếp nhận 3,2 triệu hồ sơ trực tuyến, tăng 18% so với quý I/2024; có thêm 1,46 triệu tài khoản đăng ký mới. Trong quý, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 72,5%, của các địa phương đạt 56,3%.

Cũng trong quý, có thêm 27 dịch vụ công được tích hợp lên Cổng; 05 đoàn kiểm tra đã làm việc tại các bộ, ngành, địa phương.""",
        "2025-04-14",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2025-03-31", 3200000.0),
            ("national_portal_accounts_new", "national", "quarter", "2025-03-31", 1460000.0),
            ("online_dossier_rate", "ministries", "quarter", "2025-03-31", 72.5),
            ("online_dossier_rate", "localities", "quarter", "2025-03-31", 56.3),
        ],
    ),
    # 40. Cà Mau at end-2024: Internet users, hamlets with signal and the hamlets still without it.
    # Traps: daily Internet use share, a target to cover the last hamlets, a district's share.
    (
        """Cà Mau: Xóa dần vùng lõm sóng ở vùng ven biển

Đến cuối năm 2024, tỷ lệ người dân Cà Mau sử dụng Internet đạt 82,3%, trong đó khoảng 90% truy cập Internet hàng ngày. Cũng đến thời điểm trên, toàn tỉnh có 99,6% ấp, khóm đã có sóng di động; chỉ còn 4 ấp lõm sóng, tập trung ở huyện Ngọc Hiển, nơi tỷ lệ hộ dùng cáp quang mới đạt 41%.

Sở Thông tin và Truyền thông phấn đấu trong năm 2025 phủ sóng di động 100% ấp, khóm.""",
        "2025-01-20",
        [
            ("internet_users_rate", "Cà Mau", "as_of", "2024-12-31", 82.3),
            ("villages_with_mobile_coverage_rate", "Cà Mau", "as_of", "2024-12-31", 99.6),
            ("villages_without_mobile_coverage", "Cà Mau", "as_of", "2024-12-31", 4.0),
        ],
    ),
    # 41. Khánh Hòa 2024: share of GRDP and growth of its digital economy.
    # Traps: Nha Trang city's cashless share, the tourism sector's online bookings share, 2025 target.
    (
        """Khánh Hòa: Kinh tế số tăng trưởng 15,2%

Năm 2024, tỷ trọng kinh tế số trong GRDP tỉnh Khánh Hòa đạt 10,5%; tốc độ tăng trưởng kinh tế số đạt 15,2%. Tại TP Nha Trang, khoảng 65% giao dịch tại các cơ sở lưu trú, nhà hàng đã được thanh toán không dùng tiền mặt, hơn 70% lượt đặt phòng được thực hiện qua các nền tảng trực tuyến.

Tỉnh đặt mục tiêu năm 2025 kinh tế số đạt 15% GRDP.""",
        "2025-03-03",
        [
            ("digital_economy_gdp_share", "Khánh Hòa", "year", "2024-12-31", 10.5),
            ("digital_economy_growth", "Khánh Hòa", "year", "2024-12-31", 15.2),
        ],
    ),
    # 42. Short news brief after the ministry merger: national levels at 30/9/2025.
    # Traps: 5G subscriptions after "trong đó", a percent change over a year.
    (
        """Cả nước có 93,4 triệu thuê bao băng rộng di động

(ĐTĐT) - Theo Bộ Khoa học và Công nghệ, tính đến 30/9/2025, cả nước có 25,1 triệu thuê bao băng rộng cố định, tương đương 24,6 thuê bao/100 dân; 93,4 triệu thuê bao băng rộng di động (tương đương 92,1 thuê bao/100 dân), trong đó 17,6 triệu thuê bao 5G. So với cùng kỳ năm 2024, số thuê bao băng rộng cố định tăng 6,8%.

Cũng theo Bộ, sau hơn một năm thương mại hóa, mạng 5G đã có mặt tại tất cả các tỉnh, thành phố; các doanh nghiệp đang đẩy nhanh việc chuyển khách hàng còn dùng máy 2G, 3G sang thiết bị 4G, 5G trước thời điểm tắt sóng.

Từ khóa: băng rộng, thuê bao, 5G""",
        "2025-10-20",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2025-09-30", 25100000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2025-09-30", 24.6),
            ("mobile_broadband_subscriptions", "national", "as_of", "2025-09-30", 93400000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2025-09-30", 92.1),
        ],
    ),
    # 43. Report excerpt at 28/02/2025: electronic results and data reuse split by ministries and localities.
    # Traps: the number of ministries below 50%, a count of dispatches sent.
    (
        """Trích Báo cáo số 76/BC-BKHCN về tình hình triển khai chuyển đổi số quốc gia

Tính đến ngày 28/02/2025, tỷ lệ hồ sơ có kết quả giải quyết điện tử của các bộ, ngành đạt 82,6%, của các địa phương đạt 90,1%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa của các bộ, ngành đạt 47,3%, của các địa phương đạt 61,8%.

Vẫn còn 07 bộ, ngành có tỷ lệ tái sử dụng dữ liệu dưới 50%. Bộ đã có 02 công văn đôn đốc các cơ quan khẩn trương khắc phục.""",
        "2025-03-12",
        [
            ("e_result_rate", "ministries", "as_of", "2025-02-28", 82.6),
            ("e_result_rate", "localities", "as_of", "2025-02-28", 90.1),
            ("data_reuse_rate", "ministries", "as_of", "2025-02-28", 47.3),
            ("data_reuse_rate", "localities", "as_of", "2025-02-28", 61.8),
        ],
    ),
    # 44. No sidecar; the dateline dates it: February 2025 speeds after the 5G launch.
    # Traps: upload speeds, latency, the rank gain, Hàn Quốc's mobile speed.
    (
        """Hà Nội, ngày 18/3/2025 – Theo dữ liệu Speedtest Global Index, trong tháng 2/2025, tốc độ tải xuống trung bình của mạng băng rộng cố định tại Việt Nam đạt 174,3 Mbps, tốc độ tải lên 168,9 Mbps, độ trễ 5 ms. Mạng di động đạt tốc độ tải xuống 85,2 Mbps, tăng 11 bậc lên vị trí thứ 31. Hàn Quốc hiện có tốc độ di động 148,3 Mbps.

Giới chuyên môn cho rằng việc các nhà mạng đồng loạt thương mại hóa 5G từ cuối năm 2024 đã kéo tốc độ di động tăng vọt.""",
        None,
        [
            ("fixed_broadband_speed", "national", "month", "2025-02-28", 174.3),
            ("mobile_broadband_speed", "national", "month", "2025-02-28", 85.2),
        ],
    ),
]
