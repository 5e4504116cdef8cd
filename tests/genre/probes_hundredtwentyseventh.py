"""Genre probes, round 127: cybersecurity, identity and data (NCSC/A05 attacks and incidents, botnet IPs, security levels, VNeID, chip ID cards, NDXP), 2022–2026, written blind.

First reading (the stop's start code 5e4027b read it): 109 of 109 right, 109 of 109 found; nothing to fit.
"""

CASES = [
    # 1. ICTnews-style monthly NCSC item, January 2023. Traps: attack types (parts of the total),
    #    change vs the previous month (10,4%, 2,9%).
    (
        """NCSC: Tháng 1/2023 ghi nhận 1.209 cuộc tấn công mạng vào hệ thống thông tin Việt Nam

(ICTnews) - Theo số liệu vừa được Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) thuộc Cục An toàn thông tin, Bộ Thông tin và Truyền thông công bố, trong tháng 1/2023, hệ thống kỹ thuật của Trung tâm đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.209 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 10,4% so với tháng 12/2022.

Xét theo loại hình, có 502 cuộc tấn công lừa đảo (Phishing), 414 cuộc tấn công thay đổi giao diện (Deface) và 293 cuộc tấn công cài mã độc (Malware) vào các hệ thống.

Cũng trong tháng đầu năm, số lượng địa chỉ IP của Việt Nam nằm trong các mạng máy tính ma (botnet) được NCSC ghi nhận là 745.260 địa chỉ, giảm 2,9% so với tháng trước đó.

Theo đại diện NCSC, thời điểm trước và sau Tết Nguyên đán luôn là giai đoạn các đối tượng xấu tăng cường phát tán tin nhắn, đường link giả mạo chương trình khuyến mãi, vé tàu xe, quà tặng. Người dùng được khuyến cáo không truy cập vào các đường dẫn lạ, không cung cấp mã OTP cho bất kỳ ai và kiểm tra kỹ địa chỉ trang web trước khi đăng nhập tài khoản ngân hàng.""",
        "2023-02-06",
        [
            ("cyberattacks", "national", "month", "2023-01-31", 1209.0),
            ("botnet_ips", "national", "as_of", "2023-01-31", 745260.0),
        ],
    ),
    # 2. Year-end press summary of 2023. Traps: growth vs 2022 (13,8%), botnet decline (16,7%),
    #    2024 target (dưới 500.000), a vendor's figure (Kaspersky 47 triệu).
    (
        """Tổng kết năm 2023: Tấn công mạng tăng, lừa đảo trực tuyến vẫn diễn biến phức tạp

Hà Nội - Theo thống kê của Cục An toàn thông tin (Bộ TT&TT), năm 2023, hệ thống kỹ thuật của Trung tâm Giám sát an toàn không gian mạng quốc gia đã ghi nhận 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 13,8% so với năm 2022. Số cuộc tấn công lừa đảo chiếm gần một nửa, tiếp đến là tấn công thay đổi giao diện và cài mã độc.

Ở chiều ngược lại, tình trạng lây nhiễm mã độc đã có chuyển biến. Đến cuối năm 2023, số địa chỉ IP thuộc các mạng botnet tại Việt Nam còn khoảng 640.000, giảm 16,7% so với cùng thời điểm năm trước. Cục An toàn thông tin đặt mục tiêu trong năm 2024 tiếp tục đưa con số này xuống dưới 500.000 địa chỉ thông qua các chiến dịch rà quét, bóc gỡ mã độc diện rộng.

Theo một báo cáo riêng của hãng bảo mật Kaspersky, trong năm 2023 các giải pháp của hãng đã phát hiện và ngăn chặn hơn 47 triệu mối đe dọa trực tuyến nhắm vào người dùng tại Việt Nam.

Các chuyên gia nhận định, năm 2024 các cuộc tấn công có chủ đích (APT) và tấn công mã hóa dữ liệu tống tiền sẽ tiếp tục nhắm vào các tổ chức tài chính, năng lượng và viễn thông.""",
        "2024-01-08",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 640000.0),
        ],
    ),
    # 3. A05 (Bộ Công an) monthly figures, April 2025, after the transfer of the NCSC function.
    #    Traps: phishing pages and blocked domains (no id), a department's ransomware incident.
    (
        """Bộ Công an: Tháng 4/2025 ghi nhận 586 cuộc tấn công mạng gây sự cố

Theo Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05, Bộ Công an) - đơn vị tiếp nhận chức năng quản lý nhà nước về an toàn thông tin mạng từ ngày 1/3/2025, trong tháng 4/2025, Cục đã ghi nhận, cảnh báo và phối hợp xử lý 586 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Lũy kế 4 tháng đầu năm 2025, tổng số cuộc tấn công mạng gây sự cố là 2.460 cuộc.

Trong tháng, A05 cũng phát hiện 1.120 trang web có dấu hiệu lừa đảo, giả mạo cơ quan nhà nước, ngân hàng và sàn thương mại điện tử; đề nghị các doanh nghiệp viễn thông ngăn chặn 8.300 tên miền độc hại. Số địa chỉ IP tại Việt Nam nằm trong các mạng botnet ghi nhận đến cuối tháng 4 là 455.100 địa chỉ.

Đáng chú ý, hệ thống thông tin của một sở trên địa bàn một tỉnh phía Bắc đã bị tấn công mã hóa dữ liệu (ransomware), làm gián đoạn việc tiếp nhận hồ sơ trong 2 ngày. A05 khuyến cáo các cơ quan, tổ chức khẩn trương rà soát lỗ hổng, sao lưu dữ liệu định kỳ và tách biệt bản sao lưu khỏi mạng nội bộ.""",
        "2025-05-09",
        [
            ("cyberattacks", "national", "month", "2025-04-30", 586.0),
            ("cyberattacks", "national", "ytd", "2025-04-30", 2460.0),
            ("botnet_ips", "national", "as_of", "2025-04-30", 455100.0),
        ],
    ),
    # 4. Đề án 06 half-year review, figures at 30/6/2023. Traps: dossiers received (not cards, not
    #    activated accounts), "trong đó" level-2 accounts, population-database lookups, 13 bộ connected
    #    to the population DB, a year-end target.
    (
        """Đề án 06: Đã cấp 83,2 triệu thẻ căn cước công dân gắn chip

Theo báo cáo của Bộ Công an tại phiên họp sơ kết 6 tháng đầu năm của Tổ công tác triển khai Đề án 06 của Chính phủ, tính đến ngày 30/6/2023, Bộ Công an đã thu nhận 84,7 triệu hồ sơ cấp căn cước công dân, cấp 83,2 triệu thẻ căn cước công dân gắn chíp điện tử.

Về định danh điện tử, lực lượng Công an đã tiếp nhận 47,5 triệu hồ sơ đăng ký tài khoản định danh điện tử, kích hoạt 30,2 triệu tài khoản, trong đó 18,6 triệu tài khoản định danh điện tử mức độ 2.

Cơ sở dữ liệu quốc gia về dân cư tiếp tục phát huy hiệu quả: đã kết nối với 13 bộ, ngành, 4 doanh nghiệp nhà nước và 63 địa phương, phục vụ hơn 1,1 tỷ lượt yêu cầu tra cứu, xác thực thông tin công dân.

Thời gian tới, Bộ Công an phấn đấu đến cuối năm 2023 kích hoạt 40 triệu tài khoản định danh điện tử, đồng thời đẩy mạnh tích hợp giấy phép lái xe, thẻ bảo hiểm y tế lên ứng dụng VNeID.""",
        "2023-07-06",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-06-30", 83200000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-06-30", 30200000.0),
        ],
    ),
    # 5. Ministry monthly report excerpt, August 2023, NDXP section. Traps: "trong đó" 24 bộ / 63 địa
    #    phương (parts of the connected total), shared data services (no id).
    (
        """BÁO CÁO
Tình hình triển khai chuyển đổi số tháng 8 năm 2023 (trích)

...

2. Về Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)

Trong tháng 8/2023, NDXP đã thực hiện 48,6 triệu giao dịch, trung bình mỗi ngày khoảng 1,57 triệu giao dịch. Tính đến ngày 31/8/2023, tổng số giao dịch lũy kế qua NDXP kể từ khi khai trương (tháng 3/2019) đạt 1,55 tỷ giao dịch.

Cũng tính đến ngày 31/8/2023, NDXP đã kết nối với 102 cơ quan, đơn vị, trong đó có 24 bộ, ngành và 63 địa phương; các cơ quan đã cung cấp 12 dịch vụ dữ liệu dùng chung qua nền tảng.

3. Nhiệm vụ trọng tâm tháng 9/2023

- Tiếp tục hướng dẫn các bộ, ngành, địa phương kết nối hệ thống nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh (LGSP) với NDXP;
- Phấn đấu đến hết năm 2023 có 100% bộ, ngành, địa phương khai thác dữ liệu qua NDXP.""",
        "2023-09-05",
        [
            ("ndxp_transactions_period", "national", "month", "2023-08-31", 48600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-08-31", 1570000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-08-31", 1550000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-08-31", 102.0),
        ],
    ),
    # 6. Provincial portal, Thừa Thiên Huế, undated levels ("đến nay") -> page date. Traps: the city
    #    of Huế's own figures (a part of the province), the provincial year-end target.
    (
        """Thừa Thiên Huế đẩy mạnh cấp căn cước công dân và định danh điện tử

(Cổng TTĐT tỉnh) - Theo Công an tỉnh Thừa Thiên Huế, đến nay toàn tỉnh đã cấp 875.420 thẻ căn cước công dân gắn chip và kích hoạt 598.640 tài khoản định danh điện tử cho công dân.

Riêng thành phố Huế đã cấp hơn 302.000 thẻ căn cước công dân, kích hoạt 215.700 tài khoản. Tại các huyện miền núi A Lưới, Nam Đông, lực lượng công an đã tổ chức nhiều đợt cấp lưu động, làm việc cả ngày thứ bảy, chủ nhật để phục vụ người cao tuổi, người khuyết tật và đồng bào ở vùng sâu, vùng xa.

Tỉnh đặt chỉ tiêu đến hết năm 2023 kích hoạt 700.000 tài khoản định danh điện tử, đồng thời hướng dẫn người dân sử dụng ứng dụng VNeID để thực hiện thông báo lưu trú, đăng ký thường trú và các dịch vụ công trực tuyến.""",
        "2023-11-20",
        [
            ("chip_id_cards_issued", "Thừa Thiên Huế", "as_of", "2023-11-20", 875420.0),
            ("vneid_activated_accounts", "Thừa Thiên Huế", "as_of", "2023-11-20", 598640.0),
        ],
    ),
    # 7. Security-level approval at end of September 2024, national with ministries/localities split.
    #    Traps: change in percentage points, another measure (phương án triển khai 65,3%), a target.
    (
        """Gần 80% hệ thống thông tin đã được phê duyệt cấp độ an toàn thông tin

Theo Cục An toàn thông tin, tính đến hết tháng 9/2024, tỷ lệ hệ thống thông tin của các bộ, ngành, địa phương đã được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin đạt 78,2%, tăng 12 điểm phần trăm so với thời điểm đầu năm.

Khối bộ, ngành đạt 81,5%; khối địa phương đạt 75,4%. Tuy nhiên, tỷ lệ hệ thống đã triển khai đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ được phê duyệt mới đạt 65,3%, cho thấy còn khoảng cách lớn giữa việc phê duyệt trên giấy và bảo vệ trên thực tế.

Bộ Thông tin và Truyền thông yêu cầu các cơ quan phấn đấu đến hết năm 2024 hoàn thành phê duyệt cấp độ cho 100% hệ thống thông tin đang vận hành, đồng thời triển khai giám sát an toàn thông tin theo mô hình 4 lớp.""",
        "2024-10-10",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 78.2),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-09-30", 81.5),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-09-30", 75.4),
        ],
    ),
    # 8. Whole news page with furniture: VNeID milestone at 20/3/2024 and Hà Nội's level ("hiện").
    #    Traps: app visits per day, activation-rate share (no id), the 2024 target of 60 triệu.
    (
        """Trang chủ › Xã hội › Chuyển đổi số

Hơn 53 triệu tài khoản định danh điện tử đã được kích hoạt

Thứ năm, 21/3/2024 08:15 (GMT+7)

MINH ANH

Tính đến ngày 20/3/2024, cả nước đã có 53,2 triệu tài khoản định danh điện tử được kích hoạt, theo số liệu của Trung tâm Dữ liệu quốc gia về dân cư (Bộ Công an).

Hà Nội hiện là địa phương có số tài khoản được kích hoạt nhiều nhất, với 5,1 triệu tài khoản; tiếp đến là Thanh Hóa và Nghệ An. Tỷ lệ kích hoạt trên số công dân đủ điều kiện của cả nước đạt khoảng 72%.

Ứng dụng VNeID hiện ghi nhận trung bình 1,8 triệu lượt truy cập mỗi ngày, chủ yếu để sử dụng thẻ căn cước điện tử, tích hợp giấy phép lái xe và thông báo lưu trú. Bộ Công an đặt mục tiêu đến cuối năm 2024 có 60 triệu tài khoản được kích hoạt.

Theo các chuyên gia, định danh điện tử là "chìa khóa" để người dân tiếp cận dịch vụ công trực tuyến toàn trình, giảm giấy tờ và thời gian đi lại.

Tin liên quan:
› Tích hợp thẻ bảo hiểm y tế trên VNeID: người dân cần làm gì?
› Cảnh giác với thủ đoạn giả danh công an hướng dẫn cài đặt VNeID

Chia sẻ  |  Bình luận (12)""",
        "2024-03-21",
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-03-20", 53200000.0),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2024-03-21", 5100000.0),
        ],
    ),
    # 9. NCSC June 2024 item with the May figure in parentheses (kept, own month), the half-year total
    #    and end-June botnet level. Traps: change 6,2%, fake websites (no id), one bank's complaint count.
    (
        """Tháng 6/2024: Gần 1.100 cuộc tấn công mạng vào hệ thống thông tin Việt Nam

Theo Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC), trong tháng 6/2024, hệ thống kỹ thuật đã ghi nhận 1.085 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 6,2% so với tháng 5/2024 (1.022 cuộc).

Tính chung 6 tháng đầu năm 2024, tổng số cuộc tấn công mạng gây sự cố được ghi nhận là 6.247 cuộc. Số địa chỉ IP thuộc các mạng botnet tại Việt Nam tính đến hết tháng 6/2024 là 583.900 địa chỉ.

Trong tháng, NCSC đã phát hiện và đưa vào danh sách cảnh báo 1.640 trang web giả mạo các cơ quan nhà nước, ngân hàng và ví điện tử. Một ngân hàng thương mại cổ phần cho biết chỉ riêng tuần cuối tháng 6 đã nhận 320 phản ánh của khách hàng về tin nhắn mạo danh.

NCSC khuyến nghị người dân cập nhật ứng dụng ngân hàng lên phiên bản mới nhất, bật xác thực sinh trắc học và không cài đặt ứng dụng từ nguồn không rõ ràng.""",
        "2024-07-08",
        [
            ("cyberattacks", "national", "month", "2024-06-30", 1085.0),
            ("cyberattacks", "national", "month", "2024-05-31", 1022.0),
            ("cyberattacks", "national", "half", "2024-06-30", 6247.0),
            ("botnet_ips", "national", "as_of", "2024-06-30", 583900.0),
        ],
    ),
    # 10. A05 press conference on the year 2025. Traps: scam sites and accounts handled, reports
    #     received, estimated losses (tỷ đồng, no id), the 2026 reduction target.
    (
        """Năm 2025: Ghi nhận 6.860 cuộc tấn công mạng gây sự cố

Chiều 9/1, tại Hà Nội, Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an tổ chức họp báo thông tin về tình hình an ninh mạng năm 2025.

Theo Thiếu tướng, Cục trưởng A05, năm 2025 lực lượng chức năng đã ghi nhận, xử lý 6.860 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Tính đến ngày 31/12/2025, số địa chỉ IP tại Việt Nam nằm trong các mạng botnet còn 412.600 địa chỉ, mức thấp nhất trong nhiều năm.

Trong năm, Cục đã xử lý 2.150 website, tài khoản mạng xã hội lừa đảo; tiếp nhận 24.300 tin báo về hành vi lừa đảo trực tuyến với thiệt hại ước tính 18.900 tỷ đồng.

Năm 2026, A05 phấn đấu giảm ít nhất 20% số vụ tấn công mạng gây sự cố so với năm 2025, đồng thời đưa vào vận hành hệ thống giám sát an ninh mạng tập trung cho các hệ thống thông tin quan trọng về an ninh quốc gia.""",
        "2026-01-10",
        [
            ("cyberattacks", "national", "year", "2025-12-31", 6860.0),
            ("botnet_ips", "national", "as_of", "2025-12-31", 412600.0),
        ],
    ),
    # 11. Government notice (no sidecar date) after the Đề án 06 meeting of 05/4/2024: "đến nay" =
    #     meeting date. Traps: population-database lookups, 2024 target, document count of the notice.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 152/TB-VPCP
Hà Nội, ngày 10 tháng 4 năm 2024

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo tại cuộc họp về triển khai Đề án 06

Ngày 05 tháng 4 năm 2024, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo đã chủ trì cuộc họp đánh giá tình hình triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia (Đề án 06). Sau khi nghe báo cáo của Bộ Công an và ý kiến các đại biểu, Thủ tướng kết luận như sau:

1. Đến nay, đã cấp 86,8 triệu thẻ căn cước công dân gắn chip; kích hoạt 54,1 triệu tài khoản định danh điện tử. Cơ sở dữ liệu quốc gia về dân cư đã phục vụ hơn 1,3 tỷ lượt tra cứu, xác thực thông tin. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia đã có gần 2 tỷ giao dịch kể từ khi khai trương.

2. Bên cạnh kết quả đạt được, việc triển khai còn một số tồn tại: 18 địa phương chưa bố trí đủ kinh phí; việc kết nối, chia sẻ dữ liệu giữa một số cơ sở dữ liệu chuyên ngành còn chậm.

3. Nhiệm vụ thời gian tới: phấn đấu trong năm 2024 cấp thẻ căn cước cho 100% công dân đủ điều kiện và kích hoạt 60 triệu tài khoản định danh điện tử; các bộ, ngành, địa phương khẩn trương hoàn thành 25 nhiệm vụ còn chậm.

Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.""",
        None,
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-04-05", 86800000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-04-05", 54100000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-04-05", 2000000000.0),
        ],
    ),
    # 12. Quảng Ninh provincial page: 100% of the province's systems approved ("Đến nay").
    #     Traps: 146/146 count, SOC blocked accesses, a district (Vân Đồn) and the 2025 plan.
    (
        """Quảng Ninh: 100% hệ thống thông tin được phê duyệt cấp độ an toàn thông tin

(Baoquangninh) - Đến nay, 100% hệ thống thông tin của tỉnh Quảng Ninh (146/146 hệ thống) đã được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin, Quảng Ninh là một trong những địa phương đầu tiên của cả nước hoàn thành nhiệm vụ này.

Trung tâm Giám sát, điều hành an toàn thông tin (SOC) của tỉnh, vận hành từ năm 2021, đã phát hiện và ngăn chặn hơn 2,3 triệu lượt truy cập bất thường vào các hệ thống dùng chung. Huyện Vân Đồn đã thí điểm giám sát an toàn thông tin cho 100% máy tính của cán bộ cấp xã.

Theo kế hoạch năm 2025, tỉnh sẽ đầu tư nâng cấp hệ thống SOC, bổ sung năng lực giám sát cho Trung tâm dữ liệu tỉnh và tổ chức 4 đợt diễn tập thực chiến cho đội ứng cứu sự cố.""",
        "2024-05-14",
        [
            ("info_systems_level_approved_rate", "Quảng Ninh", "as_of", "2024-05-14", 100.0),
        ],
    ),
    # 13. Q1 2024 article on online fraud. One real value (quarter attacks). Traps: blocked scam sites,
    #     portal reports, a vendor (Viettel Cyber Security), another country (Thái Lan), an NGO count.
    (
        """Lừa đảo trực tuyến "biến hình" theo từng mùa

Quý I/2024, hệ thống kỹ thuật của Cục An toàn thông tin ghi nhận 3.213 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Cùng kỳ, Cục đã ngăn chặn 2.600 trang web lừa đảo, trong khi cổng cảnh báo an toàn thông tin tiếp nhận 5.400 phản ánh của người dân.

Theo Viettel Cyber Security, chỉ trong quý I đã có 4,5 triệu lượt người dùng Việt Nam truy cập vào các đường link độc hại bị chặn. Dự án Chống lừa đảo cũng cho biết đã bổ sung gần 1.000 tên miền mới vào danh sách đen.

Không chỉ Việt Nam, tình trạng này diễn ra khắp khu vực. Tại Thái Lan, cơ quan chức năng cho biết quý đầu năm ghi nhận hơn 90.000 vụ lừa đảo qua mạng.

Chuyên gia khuyến cáo người dân không nhấp vào đường link lạ, kiểm tra kỹ tên miền và cảnh giác với các cuộc gọi tự xưng là cán bộ cơ quan chức năng.""",
        "2024-04-15",
        [
            ("cyberattacks", "national", "quarter", "2024-03-31", 3213.0),
        ],
    ),
    # 14. Hà Nội city report at 31/12/2023. Traps: registrations received (not activated), activation
    #     share (no id), a district (Hoàn Kiếm) at 100%.
    (
        """Hà Nội hoàn thành cơ bản việc cấp căn cước công dân gắn chip

Theo báo cáo của Công an thành phố Hà Nội, tính đến ngày 31/12/2023, Công an thành phố đã cấp 6.918.230 thẻ căn cước công dân gắn chip; tiếp nhận 5.420.118 hồ sơ đăng ký tài khoản định danh điện tử, kích hoạt 4.210.550 tài khoản, tỷ lệ kích hoạt đạt 77,6%.

Các quận nội thành dẫn đầu về tiến độ; quận Hoàn Kiếm đã kích hoạt tài khoản cho 100% công dân đủ điều kiện. Thành phố đã thành lập hơn 3.000 tổ công tác cộng đồng hỗ trợ người dân cài đặt, sử dụng ứng dụng VNeID.

Năm 2024, Hà Nội tiếp tục triển khai các mô hình điểm của Đề án 06 như khám chữa bệnh bằng căn cước công dân, thanh toán không dùng tiền mặt trong trường học và chi trả an sinh xã hội qua tài khoản.""",
        "2024-01-12",
        [
            ("chip_id_cards_issued", "Hà Nội", "as_of", "2023-12-31", 6918230.0),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2023-12-31", 4210550.0),
        ],
    ),
    # 15. Ministry monthly report, February 2024 with an explicit window (16/01-15/02): the month and
    #     its daily average end on 15/02, cumulative at 15/02. Trap: VDXP document count.
    (
        """Trong tháng 02/2024 (từ ngày 16/01/2024 đến ngày 15/02/2024), Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã thực hiện 52,3 triệu giao dịch, trung bình 1,74 triệu giao dịch mỗi ngày, bảo đảm hoạt động ổn định cả trong dịp Tết Nguyên đán Giáp Thìn. Tổng số giao dịch lũy kế từ năm 2019 đến ngày 15/02/2024 là 1,84 tỷ giao dịch.

Trục liên thông văn bản quốc gia trong tháng đã chuyển, nhận 1,2 triệu văn bản điện tử giữa các cơ quan hành chính nhà nước.

Bộ Thông tin và Truyền thông tiếp tục đôn đốc các bộ, ngành, địa phương hoàn thành kết nối với Cơ sở dữ liệu quốc gia về dân cư qua NDXP để phục vụ giải quyết thủ tục hành chính, không yêu cầu người dân xuất trình giấy tờ đã được số hóa.""",
        "2024-02-22",
        [
            ("ndxp_transactions_period", "national", "month", "2024-02-15", 52300000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-02-15", 1740000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-02-15", 1840000000.0),
        ],
    ),
    # 16. Year 2022 review, no sidecar; dated by its dateline and "Năm 2022". Includes December 2022.
    #     Traps: decline vs 2021 (44,2%), the 2023 target, a number of drills (counts of events).
    (
        """Hà Nội, ngày 6/1/2023 - Cục An toàn thông tin tổ chức hội nghị tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023.

Năm 2022, hệ thống kỹ thuật của Trung tâm Giám sát an toàn không gian mạng quốc gia đã ghi nhận, cảnh báo và hướng dẫn xử lý 12.213 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 44,2% so với năm 2021. Riêng tháng 12/2022 ghi nhận 1.349 cuộc.

Đến cuối năm 2022, số lượng địa chỉ IP trong các mạng botnet tại Việt Nam là khoảng 768.000 địa chỉ. Trong năm, Cục đã phối hợp tổ chức 6 đợt diễn tập thực chiến an toàn thông tin và 2 chiến dịch bóc gỡ mã độc trên diện rộng.

Năm 2023, Cục đặt mục tiêu giảm 30% số địa chỉ IP botnet, hoàn thành phê duyệt cấp độ cho ít nhất 70% hệ thống thông tin của các cơ quan nhà nước.""",
        None,
        [
            ("cyberattacks", "national", "year", "2022-12-31", 12213.0),
            ("cyberattacks", "national", "month", "2022-12-31", 1349.0),
            ("botnet_ips", "national", "as_of", "2022-12-31", 768000.0),
        ],
    ),
    # 17. Early-January 2023 press item: chip cards and VNeID at 31/12/2022. Traps: dossiers received,
    #     licences integrated (no id), the mid-2023 target.
    (
        """Hơn 80,8 triệu thẻ căn cước công dân gắn chip đã được cấp

Tính đến ngày 31/12/2022, cả nước đã cấp hơn 80,8 triệu thẻ căn cước công dân gắn chip, đồng thời đã kích hoạt hơn 6,3 triệu tài khoản định danh điện tử trên tổng số 12,6 triệu hồ sơ đề nghị cấp tài khoản mà lực lượng Công an đã tiếp nhận.

Theo Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06), sau thời gian thí điểm, việc tích hợp giấy phép lái xe, thẻ bảo hiểm y tế lên ứng dụng VNeID sẽ được mở rộng trong năm 2023.

Bộ Công an đặt mục tiêu trước ngày 30/6/2023 hoàn thành cấp thẻ căn cước công dân cho 100% công dân đủ điều kiện và cơ bản hoàn thành cấp tài khoản định danh điện tử mức độ 2 cho người dân có nhu cầu. Công an các địa phương được yêu cầu tiếp tục tổ chức làm việc ngoài giờ, cấp lưu động tại các xã vùng sâu, vùng xa.""",
        "2023-01-05",
        [
            ("chip_id_cards_issued", "national", "as_of", "2022-12-31", 80800000.0),
            ("vneid_activated_accounts", "national", "as_of", "2022-12-31", 6300000.0),
        ],
    ),
    # 18. Security levels at end of November 2023, split ministries/localities/overall, with the end-2022
    #     rate stated for comparison (kept, own date). Trap: the change in points, the 2024 target.
    (
        """Phê duyệt cấp độ an toàn hệ thống thông tin: Địa phương vẫn chậm hơn bộ, ngành

Theo số liệu của Cục An toàn thông tin công bố tại hội nghị giao ban quản lý nhà nước ngày 7/12, đến hết tháng 11/2023, các bộ, ngành đã phê duyệt hồ sơ đề xuất cấp độ cho 62,8% hệ thống thông tin, các địa phương đạt 48,6%; tính chung cả nước đạt 53,1%.

So với cuối năm 2022, khi tỷ lệ chung của cả nước mới đạt 31,4%, kết quả này đã tăng gần 22 điểm phần trăm. Tuy vậy, vẫn còn nhiều hệ thống quan trọng như cổng dịch vụ công, hệ thống quản lý văn bản của cấp huyện chưa được phân loại cấp độ.

Bộ TT&TT yêu cầu trong năm 2024, 100% hệ thống thông tin đang vận hành phải được phê duyệt cấp độ và triển khai phương án bảo vệ theo cấp độ được duyệt.""",
        "2023-12-08",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2023-11-30", 62.8),
            ("info_systems_level_approved_rate", "localities", "as_of", "2023-11-30", 48.6),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-11-30", 53.1),
            ("info_systems_level_approved_rate", "national", "as_of", "2022-12-31", 31.4),
        ],
    ),
    # 19. Ministry portal item for October 2023 with year-to-date total and botnet level.
    #     Traps: phishing pages taken down, change vs same month of 2022.
    (
        """Thông tin về tình hình an toàn thông tin mạng tháng 10/2023

Trong tháng 10/2023, Trung tâm Giám sát an toàn không gian mạng quốc gia đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.134 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, tăng 3,7% so với cùng kỳ năm 2022. Từ đầu năm đến hết tháng 10/2023, tổng số cuộc tấn công mạng gây sự cố là 11.470 cuộc.

Số lượng địa chỉ IP botnet tại Việt Nam trong tháng 10 ghi nhận ở mức 612.880 địa chỉ. Cũng trong tháng, Cục An toàn thông tin đã phối hợp gỡ bỏ 420 trang web lừa đảo mạo danh các ngân hàng và sàn thương mại điện tử.

Cục An toàn thông tin khuyến nghị các cơ quan, tổ chức theo dõi thường xuyên các cảnh báo lỗ hổng trên cổng khonggianmang.vn và kịp thời cập nhật bản vá.""",
        "2023-11-06",
        [
            ("cyberattacks", "national", "month", "2023-10-31", 1134.0),
            ("cyberattacks", "national", "ytd", "2023-10-31", 11470.0),
            ("botnet_ips", "national", "as_of", "2023-10-31", 612880.0),
        ],
    ),
    # 20. Đà Nẵng city police figures at 15/8/2024. Traps: share of eligible citizens (no id), Hải Châu
    #     district figure, cards for children under 14 after "trong đó".
    (
        """Đà Nẵng: Hơn 812.000 tài khoản định danh điện tử được kích hoạt

Theo Công an thành phố Đà Nẵng, tính đến ngày 15/8/2024, đơn vị đã kích hoạt 812.450 tài khoản định danh điện tử, đạt 92,1% số công dân đủ điều kiện; cấp 1.052.300 thẻ căn cước công dân gắn chip và thẻ căn cước, trong đó 21.400 thẻ cấp cho trẻ em dưới 14 tuổi theo Luật Căn cước.

Quận Hải Châu là địa phương có tỷ lệ kích hoạt cao nhất thành phố với hơn 97%. Từ đầu tháng 7, công an các phường đã triển khai cấp thẻ căn cước cho trẻ em tại trường học và tại nhà đối với người già yếu, bệnh tật.

Thành phố đặt mục tiêu đến cuối năm 2024 đạt 100% công dân đủ điều kiện có tài khoản định danh điện tử được kích hoạt.""",
        "2024-08-19",
        [
            ("vneid_activated_accounts", "Đà Nẵng", "as_of", "2024-08-15", 812450.0),
            ("chip_id_cards_issued", "Đà Nẵng", "as_of", "2024-08-15", 1052300.0),
        ],
    ),
    # 21. Feature on botnets: NCSC level at end of March 2024. Traps: Bkav's infected-computer count
    #     (vendor), a global rank, Indonesia's figure (another country), the 2025 target.
    (
        """Botnet - "đội quân máy tính ma" vẫn ẩn mình trong hàng trăm nghìn thiết bị

Theo Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC), tính đến cuối tháng 3/2024, Việt Nam có hơn 669.000 địa chỉ IP nằm trong các mạng botnet. Phần lớn là camera giám sát, bộ định tuyến gia đình và máy tính cài hệ điều hành không còn được hỗ trợ.

Một khảo sát của Bkav cho thấy hơn 1,2 triệu máy tính tại Việt Nam từng bị nhiễm mã độc đánh cắp dữ liệu trong năm 2023. Theo một số hãng bảo mật quốc tế, Việt Nam nằm trong nhóm 10 quốc gia có số thiết bị bị điều khiển từ xa nhiều nhất; Indonesia có khoảng 1,1 triệu địa chỉ IP botnet.

Cục An toàn thông tin đặt mục tiêu đến năm 2025 giảm 50% số địa chỉ IP botnet so với năm 2023, thông qua các chiến dịch bóc gỡ phối hợp với doanh nghiệp viễn thông và nhà cung cấp dịch vụ Internet.""",
        "2024-04-22",
        [
            ("botnet_ips", "national", "as_of", "2024-03-31", 669000.0),
        ],
    ),
    # 22. Government portal on data sharing, undated levels ("Hiện nay") -> page date. Traps: the
    #     population DB's own connections (13 bộ, ngành, 63 địa phương: not NDXP), lookups, a target.
    (
        """Dữ liệu được kết nối, người dân bớt giấy tờ

(Chinhphu.vn) - Hiện nay, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã kết nối với 104 cơ quan, đơn vị, doanh nghiệp; thiết lập 2.146 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu của bộ, ngành, địa phương.

Cơ sở dữ liệu quốc gia về dân cư đã kết nối với 13 bộ, ngành, 63 địa phương và một số doanh nghiệp nhà nước để xác thực thông tin công dân; từ đầu năm đã tiếp nhận hơn 950 triệu yêu cầu tra cứu, xác thực.

Nhờ việc chia sẻ dữ liệu, nhiều thủ tục như đăng ký khai sinh, đăng ký thường trú, cấp hộ chiếu không còn yêu cầu người dân nộp bản sao giấy tờ. Bộ Thông tin và Truyền thông cho biết trong năm 2024 sẽ hoàn thành kết nối NDXP với toàn bộ 22 cơ sở dữ liệu quốc gia, chuyên ngành ưu tiên.""",
        "2023-10-20",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2023-10-20", 104.0),
            ("ndxp_connection_points", "national", "as_of", "2023-10-20", 2146.0),
        ],
    ),
    # 23. Year 2024 review, early January 2025: attacks, end-2024 botnet and security-level rate.
    #     Traps: decline of 10%, ransomware cases (one kind), a 2025 target.
    (
        """An toàn thông tin năm 2024: Số vụ tấn công mạng giảm 10%

Năm 2024, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) ghi nhận 12.510 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 10% so với năm 2023. Dù vậy, đã có 4 vụ tấn công mã hóa dữ liệu tống tiền nhắm vào doanh nghiệp lớn trong các lĩnh vực chứng khoán, năng lượng, bưu chính, gây gián đoạn dịch vụ nhiều ngày.

Số địa chỉ IP botnet tại Việt Nam đến cuối năm 2024 là 527.400. Đến hết năm 2024, 82,6% hệ thống thông tin của các cơ quan nhà nước đã được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin.

Năm 2025, Cục An toàn thông tin đặt mục tiêu 100% hệ thống thông tin cấp độ 3 trở lên được giám sát an toàn thông tin tập trung và giảm 15% số địa chỉ IP botnet.""",
        "2025-01-09",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 12510.0),
            ("botnet_ips", "national", "as_of", "2024-12-31", 527400.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-12-31", 82.6),
        ],
    ),
    # 24. Q3 2024 press summary: September, the quarter and nine months. Trap: an operator's (VNPT)
    #     blocked-attacks figure, change vs Q2.
    (
        """Quý III/2024: Gần 3.000 cuộc tấn công mạng gây sự cố

Theo Cục An toàn thông tin, quý III/2024, hệ thống giám sát đã ghi nhận 2.985 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 1,6% so với quý II. Riêng tháng 9/2024 ghi nhận 1.004 cuộc, trong bối cảnh nhiều hệ thống bị ảnh hưởng bởi bão Yagi.

Tính chung 9 tháng đầu năm 2024, tổng số cuộc tấn công mạng gây sự cố là 9.232 cuộc.

Tập đoàn VNPT cho biết hệ thống SOC của doanh nghiệp trong quý III đã ngăn chặn hơn 14.000 cuộc tấn công từ chối dịch vụ (DDoS) nhắm vào khách hàng.""",
        "2024-10-07",
        [
            ("cyberattacks", "national", "quarter", "2024-09-30", 2985.0),
            ("cyberattacks", "national", "month", "2024-09-30", 1004.0),
            ("cyberattacks", "national", "ytd", "2024-09-30", 9232.0),
        ],
    ),
    # 25. Bình Dương provincial report excerpt at 30/9/2024 and end of Q3: province's own cards, accounts
    #     and security-level rate. Traps: dossiers collected, % of plan, Thủ Dầu Một city, 94/112 count,
    #     year-end target.
    (
        """ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG
BÁO CÁO
Kết quả triển khai Đề án 06 và chuyển đổi số quý III năm 2024 (trích)

1. Tính đến ngày 30/9/2024, Công an tỉnh đã thu nhận 2.210.000 hồ sơ, cấp 2.145.600 thẻ căn cước công dân gắn chip và thẻ căn cước; kích hoạt 1.684.200 tài khoản định danh điện tử, đạt 98,2% kế hoạch giao. Thành phố Thủ Dầu Một dẫn đầu với hơn 310.000 tài khoản được kích hoạt.

2. Về bảo đảm an toàn thông tin: đến hết quý III/2024, tỉnh đã phê duyệt hồ sơ đề xuất cấp độ cho 94/112 hệ thống thông tin, đạt 83,9%; 100% hệ thống cấp độ 3 đã kết nối với Trung tâm giám sát an toàn thông tin của tỉnh.

3. Nhiệm vụ quý IV: phấn đấu đến 31/12/2024 kích hoạt 2 triệu tài khoản định danh điện tử; hoàn thành phê duyệt cấp độ cho 100% hệ thống thông tin còn lại.""",
        "2024-10-07",
        [
            ("chip_id_cards_issued", "Bình Dương", "as_of", "2024-09-30", 2145600.0),
            ("vneid_activated_accounts", "Bình Dương", "as_of", "2024-09-30", 1684200.0),
            ("info_systems_level_approved_rate", "Bình Dương", "as_of", "2024-09-30", 83.9),
        ],
    ),
    # 26. Security levels at end of June 2024: national rate and Hà Nội's. Traps: one named ministry
    #     (Bộ Tài chính 100%), systems counted (no id), a deadline.
    (
        """Còn nhiều hệ thống thông tin "vận hành chui" chưa được phân loại cấp độ

Theo Cục An toàn thông tin, tính đến hết tháng 6/2024, cả nước có 71,4% hệ thống thông tin của các cơ quan nhà nước đã được phê duyệt hồ sơ đề xuất cấp độ. Một số bộ đã hoàn thành như Bộ Tài chính với 100% hệ thống được phê duyệt. Ở khối địa phương, Hà Nội mới đạt 58% do số lượng hệ thống lớn, nhiều hệ thống được đầu tư từ lâu, hồ sơ thiết kế không đầy đủ.

Theo quy định tại Nghị định 85/2016/NĐ-CP, hệ thống thông tin chưa được phê duyệt cấp độ thì không được đưa vào vận hành. Thủ tướng đã yêu cầu hoàn thành việc phê duyệt trước ngày 31/12/2024, đồng thời người đứng đầu cơ quan phải chịu trách nhiệm nếu để xảy ra sự cố.

Cục An toàn thông tin cũng cho biết trong 6 tháng đầu năm đã tổ chức 12 đoàn kiểm tra tại các bộ, ngành, địa phương.""",
        "2024-07-15",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-06-30", 71.4),
            ("info_systems_level_approved_rate", "Hà Nội", "as_of", "2024-06-30", 58.0),
        ],
    ),
    # 27. NCSC August 2022 item: month, eight months and botnet level. Traps: change vs August 2021,
    #     count of vulnerabilities warned.
    (
        """Tháng 8/2022, Việt Nam ghi nhận 1.019 cuộc tấn công mạng

Theo Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC), Cục An toàn thông tin, trong tháng 8/2022, đã có 1.019 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 37,5% so với cùng kỳ năm 2021. Trong 8 tháng đầu năm 2022, tổng số cuộc tấn công mạng gây sự cố là 8.216 cuộc.

Số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet tính đến cuối tháng 8/2022 là hơn 731.000 địa chỉ.

Trong tháng, NCSC đã phát đi cảnh báo về 25 lỗ hổng bảo mật nghiêm trọng trong các sản phẩm phần mềm phổ biến, đề nghị các đơn vị chuyên trách rà soát và khắc phục kịp thời.""",
        "2022-09-06",
        [
            ("cyberattacks", "national", "month", "2022-08-31", 1019.0),
            ("cyberattacks", "national", "ytd", "2022-08-31", 8216.0),
            ("botnet_ips", "national", "as_of", "2022-08-31", 731000.0),
        ],
    ),
    # 28. Bộ Công an figures at 30/11/2024. Traps: "trong đó" cards issued under the Identity Law (part),
    #     organisations' e-ID accounts (not citizens' VNeID), health-insurance card checks (no id).
    (
        """Cập nhật kết quả Đề án 06: 59,2 triệu tài khoản định danh điện tử đã kích hoạt

Theo Bộ Công an, tính đến ngày 30/11/2024, cả nước đã cấp 88,9 triệu thẻ căn cước công dân gắn chip và thẻ căn cước, trong đó có 6,4 triệu thẻ căn cước cấp theo Luật Căn cước có hiệu lực từ ngày 1/7/2024. Cùng thời điểm, đã có 59,2 triệu tài khoản định danh điện tử của công dân được kích hoạt.

Bên cạnh đó, Bộ Công an đã cấp 128.500 tài khoản định danh điện tử cho tổ chức, doanh nghiệp. Hệ thống đã xác thực hơn 40,2 triệu thẻ bảo hiểm y tế phục vụ khám chữa bệnh bằng căn cước công dân.

Từ ngày 1/1/2025, người dân có thể sử dụng tài khoản định danh điện tử để đăng nhập Cổng Dịch vụ công quốc gia thay cho các tài khoản khác.""",
        "2024-12-05",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-11-30", 88900000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-11-30", 59200000.0),
        ],
    ),
    # 29. Online-fraud feature, November 2023: one national monthly value. Traps: reports received,
    #     an NGO's loss estimate (money, no id), Philippines' figure, a share of victims (survey).
    (
        """Người dùng Việt mất hàng nghìn tỷ đồng vì lừa đảo trực tuyến

Tháng 11/2023, NCSC ghi nhận 1.198 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam; Cổng cảnh báo an toàn thông tin tiếp nhận thêm 2.013 phản ánh về lừa đảo trực tuyến, chủ yếu là giả mạo ngân hàng, tuyển cộng tác viên "việc nhẹ lương cao" và đầu tư tiền ảo.

Theo báo cáo của Liên minh Chống lừa đảo toàn cầu (GASA), người dùng Việt Nam thiệt hại khoảng 16,2 nghìn tỷ đồng trong 12 tháng; 63% người được khảo sát cho biết từng gặp ít nhất một lần lừa đảo. Tại Philippines, con số thiệt hại được ước tính còn lớn hơn.

Chuyên gia khuyến cáo người dân tuyệt đối không chuyển tiền cho người lạ, không cung cấp thông tin tài khoản, mã OTP và thường xuyên cập nhật cảnh báo từ cơ quan chức năng.""",
        "2023-12-05",
        [
            ("cyberattacks", "national", "month", "2023-11-30", 1198.0),
        ],
    ),
    # 30. Lâm Đồng provincial article: its LGSP traffic is not NDXP (trap), systems linked (count trap);
    #     the national NDXP figure for 2023 is a value.
    (
        """Lâm Đồng: Nền tảng LGSP "gánh" hơn 1,2 triệu giao dịch mỗi năm

Năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) của Lâm Đồng đã xử lý hơn 1,2 triệu giao dịch, kết nối 15 hệ thống thông tin của tỉnh với các cơ sở dữ liệu quốc gia thông qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP).

Theo Bộ Thông tin và Truyền thông, cả năm 2023, NDXP đã thực hiện hơn 582 triệu giao dịch, bình quân mỗi tháng gần 50 triệu giao dịch, phục vụ giải quyết thủ tục hành chính, đồng bộ hồ sơ hộ tịch, đăng ký doanh nghiệp, bảo hiểm xã hội.

Sở Thông tin và Truyền thông Lâm Đồng cho biết năm 2024 sẽ nâng cấp LGSP, mở rộng kết nối với cơ sở dữ liệu đất đai, y tế và giáo dục của tỉnh.""",
        "2024-02-02",
        [
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 582000000.0),
        ],
    ),
    # 31. Government notice on information security (no sidecar): levels "hiện nay" at the meeting date,
    #     eight months of attacks. Traps: the remainder (54% chưa), the 31/12/2023 deadline.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 389/TB-VPCP
Hà Nội, ngày 20 tháng 9 năm 2023

THÔNG BÁO
Kết luận của Phó Thủ tướng tại cuộc họp về công tác bảo đảm an toàn thông tin mạng

Ngày 15 tháng 9 năm 2023, Phó Thủ tướng Chính phủ đã chủ trì cuộc họp với các bộ, cơ quan về công tác bảo đảm an toàn thông tin mạng. Sau khi nghe Bộ Thông tin và Truyền thông báo cáo, Phó Thủ tướng kết luận:

1. Trong 8 tháng đầu năm 2023, đã ghi nhận 9.108 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Việc phân loại, bảo vệ hệ thống thông tin theo cấp độ còn chậm: hiện nay chỉ có 46% hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ, còn 54% hệ thống chưa được phê duyệt.

2. Yêu cầu các bộ, ngành, địa phương hoàn thành phê duyệt cấp độ cho 100% hệ thống thông tin đang vận hành trước ngày 31 tháng 12 năm 2023; người đứng đầu chịu trách nhiệm trước Thủ tướng Chính phủ về kết quả thực hiện.

Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.""",
        None,
        [
            ("cyberattacks", "national", "ytd", "2023-08-31", 9108.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-09-15", 46.0),
        ],
    ),
    # 32. A05 September 2025 item: month, nine months and botnet level. Traps: blocked scam domains,
    #     a share of attacks from foreign groups (no id), the year-end plan.
    (
        """Cục A05 thông tin tình hình an ninh mạng tháng 9/2025

Trong tháng 9/2025, Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05) đã ghi nhận 512 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Tính chung 9 tháng đầu năm 2025, có 5.020 cuộc tấn công mạng gây sự cố. Khoảng 40% số cuộc tấn công được xác định xuất phát từ các nhóm tin tặc có nguồn gốc nước ngoài.

Số địa chỉ IP botnet tại Việt Nam tính đến cuối tháng 9/2025 là khoảng 438.000 địa chỉ. Trong tháng, A05 đã phối hợp với các doanh nghiệp viễn thông chặn 12.400 tên miền lừa đảo.

Theo kế hoạch, quý IV/2025, A05 sẽ tổ chức chiến dịch rà quét mã độc trên toàn quốc và diễn tập ứng cứu sự cố an ninh mạng cho các hệ thống thông tin quan trọng.""",
        "2025-10-08",
        [
            ("cyberattacks", "national", "month", "2025-09-30", 512.0),
            ("cyberattacks", "national", "ytd", "2025-09-30", 5020.0),
            ("botnet_ips", "national", "as_of", "2025-09-30", 438000.0),
        ],
    ),
    # 33. Short portal item: NDXP daily average and cumulative "hiện nay / đến nay" -> page date.
    #     Traps: growth vs same period, document exchange count on the national document axis (VDXP).
    (
        """NDXP vận hành ổn định, trung bình 1,9 triệu giao dịch mỗi ngày

Theo Cục Chuyển đổi số quốc gia, hiện nay Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) xử lý bình quân 1,9 triệu giao dịch mỗi ngày, tăng khoảng 15% so với cùng kỳ năm 2023. Tổng số giao dịch qua NDXP kể từ khi đưa vào vận hành đến nay đạt hơn 2,3 tỷ giao dịch.

Cùng với NDXP, Trục liên thông văn bản quốc gia (VDXP) từ đầu năm đã kết nối, chuyển nhận hơn 12 triệu văn bản điện tử giữa 94 bộ, ngành, địa phương, góp phần thay thế hoàn toàn văn bản giấy trong trao đổi giữa các cơ quan nhà nước.""",
        "2024-09-12",
        [
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-09-12", 1900000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-09-12", 2300000000.0),
        ],
    ),
    # 34. Nghệ An provincial page, March 2025: the province's rate and accounts "đến nay" -> page date.
    #     Traps: 178/206 counts, Cửa Lò town, the 2025 plan.
    (
        """Nghệ An siết chặt bảo đảm an toàn thông tin trong chuyển đổi số

(Báo Nghệ An) - Đến nay, tỉnh Nghệ An đã phê duyệt hồ sơ đề xuất cấp độ cho 178/206 hệ thống thông tin, đạt 86,4%. Toàn bộ các hệ thống dùng chung như Cổng dịch vụ công, hệ thống quản lý văn bản và điều hành, hệ thống thư điện tử công vụ đều đã được giám sát an toàn thông tin 24/7.

Cũng theo Công an tỉnh, đến nay đã có 2.318.700 tài khoản định danh điện tử của công dân trên địa bàn được kích hoạt. Thị xã Cửa Lò là địa phương đầu tiên của tỉnh hoàn thành kích hoạt cho 100% công dân đủ điều kiện.

Theo kế hoạch năm 2025, Nghệ An phấn đấu hoàn thành phê duyệt cấp độ cho 100% hệ thống thông tin và tổ chức ít nhất 2 đợt diễn tập ứng cứu sự cố an toàn thông tin mạng.""",
        "2025-03-18",
        [
            ("info_systems_level_approved_rate", "Nghệ An", "as_of", "2025-03-18", 86.4),
            ("vneid_activated_accounts", "Nghệ An", "as_of", "2025-03-18", 2318700.0),
        ],
    ),
    # 35. January 2026 national review at 31/12/2025. Traps: "trong đó" children's cards (part),
    #     certificates for people of Vietnamese origin (another document), population-DB authentications.
    (
        """Hơn 92 triệu thẻ căn cước đã được cấp, gần 65 triệu tài khoản định danh điện tử được kích hoạt

Theo Bộ Công an, tính đến ngày 31/12/2025, lực lượng Công an đã cấp 92,4 triệu thẻ căn cước công dân gắn chip và thẻ căn cước, trong đó 2,6 triệu thẻ căn cước cấp cho trẻ em dưới 14 tuổi. Cũng đến thời điểm này, đã có 64,8 triệu tài khoản định danh điện tử của công dân được kích hoạt.

Bộ Công an đã cấp hơn 1,1 triệu giấy chứng nhận căn cước cho người gốc Việt Nam chưa xác định được quốc tịch đang sinh sống tại Việt Nam. Cơ sở dữ liệu quốc gia về dân cư trong năm 2025 đã phục vụ hơn 3,5 tỷ lượt xác thực thông tin.

Năm 2026, Bộ Công an tiếp tục hoàn thiện ứng dụng VNeID theo hướng trở thành "siêu ứng dụng" phục vụ người dân, tích hợp thêm nhiều giấy tờ cá nhân và dịch vụ công thiết yếu.""",
        "2026-01-15",
        [
            ("chip_id_cards_issued", "national", "as_of", "2025-12-31", 92400000.0),
            ("vneid_activated_accounts", "national", "as_of", "2025-12-31", 64800000.0),
        ],
    ),
    # 36. Report table, Q1 2025, two month columns (headers date them) plus the quarter total.
    #     Traps: blocked scam sites and vulnerability warnings rows (no id).
    (
        """Bảng 1. Một số chỉ số về tình hình an toàn thông tin mạng quý I/2025

| Chỉ số | Tháng 02/2025 | Tháng 03/2025 |
|---|---|---|
| Số cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam | 612 | 548 |
| Số địa chỉ IP botnet tại Việt Nam | 470.200 | 462.800 |
| Số trang web lừa đảo bị ngăn chặn | 1.050 | 1.310 |
| Số cảnh báo lỗ hổng bảo mật được phát hành | 18 | 22 |

Tổng hợp quý I/2025, đã ghi nhận 1.874 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Từ ngày 01/3/2025, chức năng giám sát an toàn không gian mạng quốc gia được chuyển giao về Bộ Công an; số liệu tháng 02/2025 do Cục An toàn thông tin (Bộ Khoa học và Công nghệ) cung cấp.""",
        "2025-04-05",
        [
            ("cyberattacks", "national", "month", "2025-02-28", 612.0),
            ("cyberattacks", "national", "month", "2025-03-31", 548.0),
            ("botnet_ips", "national", "as_of", "2025-02-28", 470200.0),
            ("botnet_ips", "national", "as_of", "2025-03-31", 462800.0),
            ("cyberattacks", "national", "quarter", "2025-03-31", 1874.0),
        ],
    ),
    # 37. Interview with an agency head: "hiện nay" levels -> page date, the 2023 total restated.
    #     Traps: 10%/year target, other countries, count of credentialled firms.
    (
        """"Bảo đảm an toàn thông tin phải là điều kiện tiên quyết của chuyển đổi số"

Nhân dịp kỷ niệm Ngày An toàn thông tin, phóng viên có cuộc trao đổi với lãnh đạo Cục An toàn thông tin, Bộ Thông tin và Truyền thông.

PV: Xin ông cho biết bức tranh chung về an toàn thông tin mạng của Việt Nam hiện nay?

Ông: Năm 2023 vừa qua, chúng ta ghi nhận 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin. Hiện nay, Việt Nam còn khoảng 600.000 địa chỉ IP nằm trong các mạng botnet; con số này đã giảm nhưng vẫn ở mức cao so với các nước trong khu vực như Singapore hay Malaysia. Tỷ lệ hệ thống thông tin được phê duyệt cấp độ hiện khoảng 65%, vẫn còn một khoảng trống lớn.

PV: Mục tiêu thời gian tới là gì, thưa ông?

Ông: Chúng tôi đặt mục tiêu mỗi năm giảm ít nhất 10% số địa chỉ IP botnet, đến năm 2025 có 100% hệ thống thông tin được phân loại và bảo vệ theo cấp độ. Hiện đã có hơn 100 doanh nghiệp được cấp nhãn Tín nhiệm mạng, chúng tôi muốn con số này tăng gấp đôi.

PV: Xin cảm ơn ông!""",
        "2024-05-20",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("botnet_ips", "national", "as_of", "2024-05-20", 600000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-05-20", 65.0),
        ],
    ),
    # 38. Tiền Giang provincial item at end of May 2024. Traps: Cái Bè district and Gò Công town
    #     figures, % of plan, the year-end target.
    (
        """Tiền Giang: Hơn 1,1 triệu tài khoản định danh điện tử được kích hoạt

Theo Công an tỉnh Tiền Giang, tính đến cuối tháng 5/2024, toàn tỉnh đã cấp 1.465.800 thẻ căn cước công dân gắn chip và kích hoạt 1.102.300 tài khoản định danh điện tử, đạt 96,5% chỉ tiêu được Bộ Công an giao.

Huyện Cái Bè là địa phương có số lượng lớn nhất với 210.000 thẻ căn cước công dân được cấp và 158.000 tài khoản được kích hoạt; thị xã Gò Công có tỷ lệ kích hoạt cao nhất tỉnh.

Công an tỉnh phấn đấu đến cuối năm 2024 kích hoạt thêm 150.000 tài khoản, đồng thời phối hợp với ngành y tế đẩy mạnh khám, chữa bệnh bằng thẻ căn cước công dân tại 100% cơ sở y tế công lập.""",
        "2024-06-05",
        [
            ("chip_id_cards_issued", "Tiền Giang", "as_of", "2024-05-31", 1465800.0),
            ("vneid_activated_accounts", "Tiền Giang", "as_of", "2024-05-31", 1102300.0),
        ],
    ),
    # 39. Ministry monthly report, May 2023, NDXP block with explicit date 31/5/2023.
    #     Traps: "trong đó" enterprises among the connected (part), the services count, a plan.
    (
        """III. KẾT QUẢ TRIỂN KHAI CÁC NỀN TẢNG QUỐC GIA

1. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)
- Trong tháng 5/2023, NDXP đã thực hiện 41,8 triệu giao dịch, bình quân 1,35 triệu giao dịch/ngày.
- Lũy kế đến ngày 31/5/2023, tổng số giao dịch qua NDXP đạt 1,41 tỷ giao dịch.
- Tính đến ngày 31/5/2023, NDXP đã kết nối với 98 cơ quan, đơn vị, trong đó có 11 doanh nghiệp, tổ chức; thiết lập 1.905 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.
- Đã công bố 37 dịch vụ chia sẻ dữ liệu trên Cổng dữ liệu quốc gia.

2. Kế hoạch tháng 6/2023: hoàn thành kết nối NDXP với Cơ sở dữ liệu quốc gia về bảo hiểm và Cơ sở dữ liệu đăng ký doanh nghiệp; dự kiến thiết lập thêm 120 điểm kết nối.""",
        "2023-06-12",
        [
            ("ndxp_transactions_period", "national", "month", "2023-05-31", 41800000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-05-31", 1350000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-05-31", 1410000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-05-31", 98.0),
            ("ndxp_connection_points", "national", "as_of", "2023-05-31", 1905.0),
        ],
    ),
    # 40. A05 half-year 2025 review. Traps: phishing share and its change in points, ransomware
    #     incidents (one kind), arrests (no id), a second-half plan.
    (
        """6 tháng đầu năm 2025: Ghi nhận 3.610 cuộc tấn công mạng gây sự cố

Tại hội nghị sơ kết công tác 6 tháng đầu năm, Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05, Bộ Công an) cho biết, 6 tháng đầu năm 2025 đã ghi nhận 3.610 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Tấn công lừa đảo chiếm 46% tổng số, tăng 3 điểm phần trăm so với cùng kỳ; có 12 vụ tấn công mã hóa dữ liệu tống tiền nhằm vào doanh nghiệp.

Tính đến ngày 30/6/2025, số địa chỉ IP tại Việt Nam nằm trong các mạng botnet là 447.900 địa chỉ.

Lực lượng chức năng đã triệt phá 38 đường dây lừa đảo trực tuyến, bắt giữ 412 đối tượng. 6 tháng cuối năm, A05 sẽ tập trung rà soát, đánh giá an ninh mạng đối với các hệ thống thông tin quan trọng sau sắp xếp đơn vị hành chính.""",
        "2025-07-10",
        [
            ("cyberattacks", "national", "half", "2025-06-30", 3610.0),
            ("botnet_ips", "national", "as_of", "2025-06-30", 447900.0),
        ],
    ),
    # 41. July 2024 item with an international angle. Traps: Việt Nam's ITU GCI 2020 rank (no id),
    #     Malaysia's count (another country), a share of attacks on ministries (no id).
    (
        """Tháng 7/2024: 1.015 cuộc tấn công mạng gây sự cố

Theo Trung tâm Giám sát an toàn không gian mạng quốc gia, trong tháng 7/2024 đã ghi nhận 1.015 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, khoảng 18% nhằm vào hệ thống của cơ quan nhà nước. Tính đến cuối tháng 7/2024, số địa chỉ IP botnet tại Việt Nam là 561.300.

Trong bảng xếp hạng Chỉ số an toàn thông tin toàn cầu (GCI) năm 2020 của Liên minh Viễn thông quốc tế (ITU), Việt Nam đứng thứ 25/194, tăng 25 bậc so với lần xếp hạng trước. Cùng thời gian, Malaysia ghi nhận hơn 5.900 sự cố an ninh mạng trong 7 tháng đầu năm.

Phiên bản GCI mới dự kiến được ITU công bố trong tháng 9/2024.""",
        "2024-08-06",
        [
            ("cyberattacks", "national", "month", "2024-07-31", 1015.0),
            ("botnet_ips", "national", "as_of", "2024-07-31", 561300.0),
        ],
    ),
    # 42. Conference report with no sidecar date, dated by "Sáng 28/7/2023": "đến nay" = that day.
    #     Traps: dossiers received, the year-end target, provinces finishing (count).
    (
        """Sáng 28/7/2023, tại Hà Nội, Bộ Công an tổ chức Hội nghị sơ kết 18 tháng triển khai Đề án 06 trong Công an nhân dân.

Báo cáo tại hội nghị cho biết, đến nay lực lượng Công an đã cấp gần 84 triệu thẻ căn cước công dân gắn chip; tiếp nhận hơn 55 triệu hồ sơ đăng ký định danh điện tử, trong số đó hơn 33,6 triệu tài khoản đã được kích hoạt. Đã có 21 tỉnh, thành phố cơ bản hoàn thành kích hoạt tài khoản cho công dân đủ điều kiện.

Thứ trưởng Bộ Công an yêu cầu Công an các đơn vị, địa phương phấn đấu đến hết năm 2023 kích hoạt 40 triệu tài khoản định danh điện tử, tập trung hướng dẫn người dân khai thác các tiện ích trên ứng dụng VNeID.""",
        None,
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-07-28", 84000000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-07-28", 33600000.0),
        ],
    ),
    # 43. Ministry monthly report, January 2024 with an explicit window (16/12/2023-15/01/2024):
    #     attacks and NDXP month end on 15/01; botnet at 15/01. Trap: change vs previous month.
    (
        """Trong tháng 01/2024 (từ ngày 16/12/2023 đến ngày 15/01/2024):

- An toàn thông tin mạng: đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.113 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 7,8% so với tháng trước. Số địa chỉ IP botnet tại thời điểm 15/01/2024 là 628.500 địa chỉ.

- Nền tảng tích hợp, chia sẻ dữ liệu quốc gia: đã thực hiện 51,2 triệu giao dịch, hàng ngày có trung bình 1,68 triệu giao dịch.

- Các bộ, ngành, địa phương đã gửi 14 văn bản đề nghị hỗ trợ kỹ thuật về kết nối, chia sẻ dữ liệu; Bộ đã tổ chức 3 hội nghị hướng dẫn trực tuyến.""",
        "2024-01-25",
        [
            ("cyberattacks", "national", "month", "2024-01-15", 1113.0),
            ("botnet_ips", "national", "as_of", "2024-01-15", 628500.0),
            ("ndxp_transactions_period", "national", "month", "2024-01-15", 51200000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-01-15", 1680000.0),
        ],
    ),
    # 44. Kon Tum provincial year review of 2024 (year under review -> 31/12/2024). Traps: share of the
    #     adult population (no id), training classes (count), the 2025 plan.
    (
        """Kon Tum: Năm 2024 hoàn thành phê duyệt cấp độ cho toàn bộ hệ thống thông tin

Năm 2024, tỉnh Kon Tum đã hoàn thành phê duyệt hồ sơ đề xuất cấp độ cho 100% hệ thống thông tin của các cơ quan nhà nước trên địa bàn; Sở Thông tin và Truyền thông tổ chức 3 lớp tập huấn kỹ năng an toàn thông tin cho cán bộ, công chức cấp xã.

Về định danh điện tử, toàn tỉnh đã kích hoạt 312.400 tài khoản định danh điện tử, tương đương 78% dân số trưởng thành, trong bối cảnh nhiều thôn, làng vùng đồng bào dân tộc thiểu số còn khó khăn về thiết bị và sóng di động.

Năm 2025, tỉnh phấn đấu 100% hệ thống cấp độ 3 trở lên được giám sát an toàn thông tin 24/7 và kích hoạt thêm 50.000 tài khoản định danh điện tử.""",
        "2025-01-20",
        [
            ("info_systems_level_approved_rate", "Kon Tum", "as_of", "2024-12-31", 100.0),
            ("vneid_activated_accounts", "Kon Tum", "as_of", "2024-12-31", 312400.0),
        ],
    ),
]
