"""Genre probes, round 111: whole news articles with relative periods (tháng trước, cùng kỳ năm ngoái, quý vừa qua, năm ngoái, hiện nay, tuần qua), written blind.

First reading (the stop's start code 15b33c0 read it): 107 of 114 right, 107 of 130 found (0.94 / 0.82). Fitted after that reading (stop 45): a quarter its own sentence named, the same quarter a year back after "quý trước (…)", last month after a year, "đến hết tháng trước", "Riêng tháng trước", "tháng trước đó (…)", "trong quý đạt", "hai năm trước", the eligible procedures' share: 124 of 125, 124 of 130. Left: a chip-ID page dated only by a day without its year in the reading, a value read as two indicators ("986 thôn được phủ sóng, đạt tỷ lệ 84,5%"), a province in brackets after "có tỷ lệ cao nhất", a combined digitised/e-results rate.
"""

CASES = [
    # 1. National monthly press piece, page of 6 Nov: "tháng vừa qua" = October, "tháng trước đó" = September.
    # Traps: change in points (1,6), year-end target (50%).
    (
        """Tháng qua, tỷ lệ hồ sơ trực tuyến toàn trình cả nước tiếp tục tăng

Thứ Tư, 06/11/2024 - 08:40

(ĐTTC) – Theo báo cáo tình hình chuyển đổi số vừa được Bộ Thông tin và Truyền thông công bố, trong tháng vừa qua, tỷ lệ hồ sơ xử lý trực tuyến toàn trình trên cả nước đạt 44,8%, tăng 1,6 điểm phần trăm so với tháng trước đó (43,2%).

Tỷ lệ hồ sơ được xử lý trực tuyến nói chung đạt 51,3%. Xét theo khối, tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành đạt 52,6%, của các địa phương đạt 40,2%.

Đại diện Cục Chuyển đổi số quốc gia cho biết, mức tăng chủ yếu đến từ việc các địa phương đẩy mạnh tái cấu trúc quy trình và tích hợp định danh điện tử VNeID. "Chúng tôi đặt mục tiêu đến cuối năm nay, tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%, vì vậy hai tháng còn lại sẽ rất quyết liệt", vị này nói.

Minh Anh""",
        "2024-11-06",
        [
            ("online_dossier_full_process_rate", "national", "month", "2024-10-31", 44.8),
            ("online_dossier_full_process_rate", "national", "month", "2024-09-30", 43.2),
            ("online_dossier_rate", "national", "month", "2024-10-31", 51.3),
            ("online_dossier_full_process_rate", "ministries", "month", "2024-10-31", 52.6),
            ("online_dossier_full_process_rate", "localities", "month", "2024-10-31", 40.2),
        ],
    ),
    # 2. City press conference on "6 tháng đầu năm nay", year only from the page; comparison "cùng kỳ năm ngoái (71,4%)".
    # Traps: a district's figure (Hải Châu), year-end target (85%), rounded headline figure.
    (
        """Đà Nẵng: Hơn 82% hồ sơ thủ tục hành chính được xử lý trực tuyến

ĐÀ NẴNG – Sáng 3/7, Sở Thông tin và Truyền thông thành phố tổ chức họp báo thông tin kết quả chuyển đổi số 6 tháng đầu năm nay.

Theo đó, tỷ lệ hồ sơ được xử lý trực tuyến trên địa bàn thành phố đạt 82,6%, cao hơn đáng kể so với cùng kỳ năm ngoái (71,4%). Tỷ lệ hồ sơ được số hóa, cấp kết quả giải quyết thủ tục hành chính điện tử đạt 96,1%.

Quận Hải Châu tiếp tục dẫn đầu với tỷ lệ hồ sơ trực tuyến 91,2%, tiếp đến là quận Thanh Khê và huyện Hòa Vang.

"Thành phố phấn đấu đến cuối năm, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 85%", Giám đốc Sở Thông tin và Truyền thông cho biết.""",
        "2024-07-04",
        [
            ("online_dossier_rate", "Đà Nẵng", "half", "2024-06-30", 82.6),
            ("online_dossier_rate", "Đà Nẵng", "half", "2023-06-30", 71.4),
            ("e_result_rate", "Đà Nẵng", "half", "2024-06-30", 96.1),
        ],
    ),
    # 3. No sidecar: the dateline alone dates "tháng trước" (January 2024), "cùng kỳ năm ngoái" (January 2023) and "đến nay".
    # Traps: launch year 2019, the population database's share of transactions.
    (
        """Thứ Năm, 08/02/2024 - 10:25

NDXP xử lý gần 75 triệu giao dịch trong tháng đầu năm

Theo Cục Chuyển đổi số quốc gia, trong tháng trước, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 74,6 triệu giao dịch, bình quân mỗi ngày khoảng 2,4 triệu giao dịch. Con số này cao hơn nhiều so với cùng kỳ năm ngoái (51,2 triệu giao dịch).

Lũy kế từ khi đưa vào vận hành năm 2019 đến nay, NDXP đã xử lý hơn 3,1 tỷ giao dịch. Hiện nền tảng đã kết nối với 109 bộ, ngành, địa phương và nhiều doanh nghiệp cung cấp dịch vụ. Riêng giao dịch khai thác Cơ sở dữ liệu quốc gia về dân cư chiếm khoảng 40% tổng số giao dịch.""",
        None,
        [
            ("ndxp_transactions_period", "national", "month", "2024-01-31", 74600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-01-31", 2400000.0),
            ("ndxp_transactions_period", "national", "month", "2023-01-31", 51200000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-02-08", 3100000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-02-08", 109.0),
        ],
    ),
    # 4. Cyber bulletin of 4 March: "tuần qua" weekly count (no period kind), "tháng trước" = February of a leap year.
    # Traps: weekly 96, change 9,3% and 25%, sub-counts after "Trong đó".
    (
        """An toàn thông tin: Ghi nhận hơn 1.000 cuộc tấn công mạng gây sự cố trong tháng 2

Tuần qua, hệ thống kỹ thuật của Cục An toàn thông tin đã phát hiện, cảnh báo 96 cuộc tấn công mạng nhắm vào các hệ thống thông tin tại Việt Nam.

Tính chung trong tháng trước, cơ quan chức năng đã ghi nhận, điều phối, xử lý 1.015 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,3% so với tháng 1. Trong đó có 245 cuộc tấn công lừa đảo (Phishing), 712 cuộc tấn công thay đổi giao diện (Deface) và 58 cuộc tấn công cài mã độc (Malware).

Số lượng địa chỉ IP nằm trong các mạng máy tính ma (botnet) hiện nay là 612.450, giảm 25% so với cùng kỳ năm ngoái. Cục An toàn thông tin khuyến nghị các cơ quan, tổ chức thường xuyên rà quét, bóc gỡ mã độc.""",
        "2024-03-04",
        [
            ("cyberattacks", "national", "month", "2024-02-29", 1015.0),
            ("botnet_ips", "national", "as_of", "2024-03-04", 612450.0),
        ],
    ),
    # 5. 5G in January: "cuối năm ngoái" = 31/12/2024 for the station count, "hiện nay" for coverage.
    # Traps: one operator's stations and speeds (Viettel), upload speed, this year's target.
    (
        """5G phủ sóng gần 27% dân số sau 3 tháng thương mại hóa

Hà Nội, 15/01/2025

Tính đến cuối năm ngoái, cả nước đã có 6.120 trạm BTS 5G được lắp đặt và đưa vào khai thác. Hiện nay, vùng phủ sóng 5G đạt 26,9% dân số, tập trung tại các thành phố lớn, khu công nghiệp và trung tâm hành chính các tỉnh.

Riêng Viettel đã phát sóng hơn 4.600 trạm. Theo đo kiểm của doanh nghiệp này, tốc độ tải xuống trên mạng 5G Viettel đạt khoảng 400 Mbps, tốc độ tải lên khoảng 35 Mbps.

Năm nay, Bộ Thông tin và Truyền thông đặt mục tiêu vùng phủ 5G đạt 50% dân số, đồng thời thúc đẩy các doanh nghiệp dùng chung hạ tầng để giảm chi phí đầu tư.""",
        "2025-01-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 6120.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-01-15", 26.9),
        ],
    ),
    # 6. Ookla index read in August: "tháng trước" = July; "cùng kỳ năm ngoái" = July of the previous year.
    # Traps: upload speed, rank 42, Thailand's and Singapore's speeds, rank change.
    (
        """Tốc độ Internet cố định của Việt Nam vượt 150 Mbps

Theo số liệu Speedtest Global Index của Ookla công bố tuần qua, trong tháng trước, tốc độ tải xuống trung vị băng rộng cố định tại Việt Nam đạt 153,28 Mbps, tăng 3 bậc lên vị trí 42 thế giới; tốc độ tải lên đạt 142,5 Mbps. Tốc độ tải xuống băng rộng di động đạt 58,91 Mbps.

Cùng kỳ năm ngoái, tốc độ băng rộng cố định của Việt Nam là 101,5 Mbps. Trong khu vực, Thái Lan đạt 224,6 Mbps, còn Singapore dẫn đầu thế giới với 303 Mbps.""",
        "2024-08-20",
        [
            ("fixed_broadband_speed", "national", "month", "2024-07-31", 153.28),
            ("mobile_broadband_speed", "national", "month", "2024-07-31", 58.91),
            ("fixed_broadband_speed", "national", "month", "2023-07-31", 101.5),
        ],
    ),
    # 7. Province, page of 9 October: "quý vừa qua" = Q3, "quý trước" = Q2 (comparison in parentheses).
    # Traps: change 3,7 points, a district-level city's figure (thành phố Huế, 2024), 2025 plan.
    (
        """Thừa Thiên Huế: Hồ sơ trực tuyến toàn trình đạt hơn 58%

09/10/2024 07:15

Quý vừa qua, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình trên địa bàn tỉnh đạt 58,4%, tăng 3,7 điểm phần trăm so với quý trước (54,7%). Tỷ lệ hồ sơ được cấp kết quả điện tử đạt 97,2%.

Thành phố Huế là địa phương cấp huyện có tỷ lệ toàn trình cao nhất với 63,1%. Theo kế hoạch, đến năm 2025 tỷ lệ này toàn tỉnh phải đạt 80%.

Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành rà soát quy trình nội bộ, không để hồ sơ trễ hạn.""",
        "2024-10-09",
        [
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "quarter", "2024-09-30", 58.4),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "quarter", "2024-06-30", 54.7),
            ("e_result_rate", "Thừa Thiên Huế", "quarter", "2024-09-30", 97.2),
        ],
    ),
    # 8. Ministries vs localities split for "tháng trước" (April), with one province named in the ranking.
    # Traps: one named ministry (Bộ Tài chính), counts of units above 50%.
    (
        """Khối bộ, ngành vẫn dẫn trước về hồ sơ trực tuyến

Trong tháng trước, tỷ lệ hồ sơ xử lý trực tuyến của khối bộ, ngành đạt 61,5%, khối địa phương đạt 41,8%; tính chung cả nước đạt 45,2%.

Bộ Tài chính tiếp tục dẫn đầu khối bộ, ngành với 98,6%; ở khối địa phương, Quảng Ninh có tỷ lệ cao nhất (89,5%). Có 13 bộ, ngành và 21 địa phương đạt tỷ lệ trên 50%.

Văn phòng Chính phủ đề nghị các đơn vị có tỷ lệ thấp khẩn trương rà soát, khắc phục.""",
        "2024-05-07",
        [
            ("online_dossier_rate", "ministries", "month", "2024-04-30", 61.5),
            ("online_dossier_rate", "localities", "month", "2024-04-30", 41.8),
            ("online_dossier_rate", "national", "month", "2024-04-30", 45.2),
            ("online_dossier_rate", "Quảng Ninh", "month", "2024-04-30", 89.5),
        ],
    ),
    # 9. National Portal in early December: month flows of November on _new twins, the level "hiện" at the page date,
    # a ytd sum "đến hết tháng trước". Traps: none beyond the stock/flow split and the related-news line.
    (
        """Cổng Dịch vụ công quốc gia: Hơn nửa triệu tài khoản đăng ký mới trong tháng 11

Thứ Ba, 03/12/2024

Trong tháng trước, Cổng Dịch vụ công quốc gia có thêm 512.300 tài khoản đăng ký mới. Hiện Cổng có hơn 15,8 triệu tài khoản.

Số hồ sơ nộp trực tuyến qua Cổng trong tháng đạt 3,4 triệu. Cũng trong tháng trước, Cổng ghi nhận 1,52 triệu giao dịch thanh toán trực tuyến với tổng số tiền 1.243 tỷ đồng. Lũy kế từ đầu năm đến hết tháng trước, số tiền thanh toán trực tuyến qua Cổng đạt 12,9 nghìn tỷ đồng.

Tin liên quan:
- Phấn đấu năm 2025 có 30% dân số trưởng thành dùng dịch vụ công trực tuyến""",
        "2024-12-03",
        [
            ("national_portal_accounts_new", "national", "month", "2024-11-30", 512300.0),
            ("national_portal_accounts", "national", "as_of", "2024-12-03", 15800000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-11-30", 3400000.0),
            ("online_payments_count_new", "national", "month", "2024-11-30", 1520000.0),
            ("online_payments_value_new", "national", "month", "2024-11-30", 1243.0),
            ("online_payments_value_new", "national", "ytd", "2024-11-30", 12900.0),
        ],
    ),
    # 10. Province year review written at the end of December: "năm nay" = 2023, "năm ngoái" = 2022, "đến nay" = page date.
    # Traps: 2025 target (20%), an island district's 100%, one operator (VNPT Quảng Ninh).
    (
        """Quảng Ninh: Kinh tế số ước chiếm hơn 11% GRDP

QUẢNG NINH – Năm nay, kinh tế số của tỉnh ước đóng góp 11,3% GRDP, cao hơn năm ngoái (9,8%). Tỷ lệ hồ sơ trực tuyến toàn trình năm nay đạt 77,5%.

Đến nay, 92,4% hộ gia đình trên địa bàn đã có kết nối cáp quang; huyện đảo Cô Tô đạt 100% hộ gia đình. VNPT Quảng Ninh đã hoàn thành kéo cáp quang tới 100% thôn, khu.

Theo mục tiêu của tỉnh, đến năm 2025 kinh tế số chiếm 20% GRDP.""",
        "2023-12-28",
        [
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2023-12-31", 11.3),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2022-12-31", 9.8),
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2023-12-31", 77.5),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2023-12-28", 92.4),
        ],
    ),
    # 11. No sidecar; dateline 02/01/2025 makes "hết năm ngoái" = 31/12/2024.
    # Traps: sub-count "trong đó ... mức độ 2", weekly flow, this year's target.
    (
        """Hà Nội, ngày 02/01/2025

Hơn 87 triệu thẻ căn cước gắn chip đã được cấp

Tính đến hết năm ngoái, Bộ Công an đã cấp 87,6 triệu thẻ căn cước công dân gắn chip điện tử và kích hoạt 61,2 triệu tài khoản định danh điện tử, trong đó 58,9 triệu tài khoản mức độ 2.

Tuần qua, Công an các địa phương tiếp tục cấp mới khoảng 210.000 thẻ căn cước cho người dân. Năm nay, lực lượng Công an phấn đấu hoàn thành cấp tài khoản định danh điện tử mức độ 2 cho 100% công dân đủ điều kiện.""",
        None,
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-12-31", 87600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-31", 61200000.0),
        ],
    ),
    # 12. Mountain province: "hiện nay" level and "cuối năm ngoái" level of villages without coverage.
    # Traps: a district's count (Bát Xát), one operator's stations, year-end target.
    (
        """Lào Cai nỗ lực xóa thôn, bản "trắng" sóng di động

LÀO CAI – Hiện nay, toàn tỉnh còn 74 thôn, bản chưa có sóng di động, giảm mạnh so với cuối năm ngoái (131 thôn, bản). Huyện Bát Xát còn nhiều nhất với 19 thôn.

Từ đầu năm, Viettel Lào Cai đã lắp đặt 45 trạm phát sóng mới tại các xã vùng cao. Tỉnh phấn đấu đến cuối năm nay cơ bản không còn thôn, bản lõm sóng.

"Có sóng di động thì người dân mới dùng được dịch vụ công trực tuyến, thanh toán không dùng tiền mặt", Giám đốc Sở Thông tin và Truyền thông nhấn mạnh.""",
        "2024-09-12",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-09-12", 74.0),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2023-12-31", 131.0),
        ],
    ),
    # 13. National, page of 5 October: "hết quý vừa qua" = 30/9 for levels, quarter rate and its "cùng kỳ năm ngoái" value.
    # Traps: change in points (16,3).
    (
        """Tỷ lệ dịch vụ công trực tuyến toàn trình vượt 43%

05/10/2023

Tính đến hết quý vừa qua, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 43,6%; tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến (một phần và toàn trình) đạt 79,2%.

Tỷ lệ hồ sơ xử lý trực tuyến trong quý đạt 37,8%, tăng 16,3 điểm phần trăm; cùng kỳ năm ngoái tỷ lệ này chỉ đạt 21,5%.""",
        "2023-10-05",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2023-09-30", 43.6),
            ("dvctt_rate", "national", "as_of", "2023-09-30", 79.2),
            ("online_dossier_rate", "national", "quarter", "2023-09-30", 37.8),
            ("online_dossier_rate", "national", "quarter", "2022-09-30", 21.5),
        ],
    ),
    # 14. E-invoices "từ khi triển khai ... đến nay" at the page date.
    # Traps: sub-counts after "trong đó", weekly flow, the start month "tháng 7/2022".
    (
        """Ngành thuế đã xử lý hơn 6,7 tỷ hóa đơn điện tử

Từ khi triển khai hóa đơn điện tử trên toàn quốc (tháng 7/2022) đến nay, cơ quan thuế đã tiếp nhận và xử lý hơn 6,7 tỷ hóa đơn điện tử, trong đó có khoảng 2,1 tỷ hóa đơn có mã của cơ quan thuế và 1,35 tỷ hóa đơn khởi tạo từ máy tính tiền.

Tuần qua, hệ thống tiếp nhận bình quân khoảng 18 triệu hóa đơn mỗi ngày làm việc. Tổng cục Thuế cho biết sẽ tiếp tục mở rộng hóa đơn khởi tạo từ máy tính tiền với các hộ kinh doanh.""",
        "2024-07-10",
        [
            ("e_invoices_total", "national", "as_of", "2024-07-10", 6700000000.0),
        ],
    ),
    # 15. Banking in January: "đến cuối năm ngoái" level, "hiện" level at the page date.
    # Traps: share of Mobile Money users in rural areas, one operator, this year's target.
    (
        """Mobile Money vượt 10 triệu khách hàng

Hà Nội (20/1) – Đến cuối năm ngoái, khoảng 87% người trưởng thành tại Việt Nam đã có tài khoản thanh toán tại ngân hàng hoặc tổ chức được cấp phép.

Số khách hàng sử dụng dịch vụ Mobile Money hiện đạt 10,2 triệu, khoảng 70% trong số đó ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Riêng Viettel Money chiếm phần lớn số khách hàng.

Năm nay, Ngân hàng Nhà nước đặt mục tiêu 90% người trưởng thành có tài khoản.""",
        "2025-01-20",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-12-31", 87.0),
            ("mobile_money_customers", "national", "as_of", "2025-01-20", 10200000.0),
        ],
    ),
    # 16. Digital economy in February: "năm ngoái" = 2024, "năm trước đó" = 2023; growth is its own indicator.
    # Traps: this year's target, Indonesia's share.
    (
        """Kinh tế số chiếm hơn 18% GDP

Theo số liệu của Tổng cục Thống kê, năm ngoái, kinh tế số chiếm 18,3% GDP, tăng trưởng khoảng 20%, cao gấp ba lần tốc độ tăng GDP. Năm trước đó, tỷ trọng này là 16,5%.

Năm nay, Chính phủ đặt mục tiêu kinh tế số đạt 20% GDP. Trong khu vực, Indonesia là nền kinh tế số lớn nhất với tỷ trọng khoảng 8% GDP theo một số báo cáo quốc tế.""",
        "2025-02-18",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    # 17. Province, page of 3 April: "quý vừa qua" = Q1.
    # Traps: a district's figure (Tuy Phước), change 8,4 points.
    (
        """Bình Định: Hơn 76% hồ sơ được giải quyết trực tuyến trong quý I

BÌNH ĐỊNH – Quý vừa qua, tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến trên địa bàn tỉnh đạt 76,2%, tăng 8,4 điểm phần trăm so với cùng kỳ. Tỷ lệ hồ sơ có tái sử dụng dữ liệu đã số hóa đạt 35,4%.

Huyện Tuy Phước có tỷ lệ hồ sơ trực tuyến cao nhất khối cấp huyện, đạt 88%.""",
        "2024-04-03",
        [
            ("online_dossier_rate", "Bình Định", "quarter", "2024-03-31", 76.2),
            ("data_reuse_rate", "Bình Định", "quarter", "2024-03-31", 35.4),
        ],
    ),
    # 18. Province page of 22 May about the Q1 review: "hiện nay" in the review is the end of Q1 (more than 35 days before).
    # Traps: target 2025 (80%), change.
    (
        """Nghệ An sơ kết chuyển đổi số quý I

22/05/2024 08:45

Báo cáo sơ kết quý I vừa qua của Sở Thông tin và Truyền thông Nghệ An cho thấy, trong quý, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 41,7%, tăng 6,2 điểm phần trăm so với quý IV năm trước. Hiện nay, tỷ lệ hộ gia đình sử dụng cáp quang trên địa bàn tỉnh đạt 86,5%.

Theo báo cáo, tỉnh đặt mục tiêu đến năm 2025 có 80% hồ sơ được xử lý trực tuyến toàn trình.""",
        "2024-05-22",
        [
            ("online_dossier_full_process_rate", "Nghệ An", "quarter", "2024-03-31", 41.7),
            ("ftth_household_rate", "Nghệ An", "as_of", "2024-03-31", 86.5),
        ],
    ),
    # 19. Telecom stock levels "tính đến hết tháng trước" = 31 May.
    # Traps: share of adults owning a smartphone (people share), 2G subscriptions (no id), change.
    (
        """Hơn 96 triệu thuê bao di động dùng điện thoại thông minh

Tính đến hết tháng trước, cả nước có 96,3 triệu thuê bao di động sử dụng điện thoại thông minh, chiếm 84,6% tổng số thuê bao di động. Số thuê bao băng rộng di động đạt 92,4 triệu, tương đương 92,6 thuê bao/100 dân.

Theo một khảo sát, 73,5% người trưởng thành sở hữu điện thoại thông minh. Hiện vẫn còn khoảng 8,4 triệu thuê bao chỉ dùng công nghệ 2G, tăng áp lực cho lộ trình tắt sóng 2G trong năm nay.""",
        "2024-06-10",
        [
            ("smartphone_subscriptions", "national", "as_of", "2024-05-31", 96300000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-05-31", 84.6),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-05-31", 92400000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-05-31", 92.6),
        ],
    ),
    # 20. Fixed broadband "tính đến hết tháng trước" = 31 July, year from the page only.
    # Traps: one operator's market share (VNPT), change 7,6%, 2025 target (80%).
    (
        """Gần 80% hộ gia đình đã dùng cáp quang

09/08/2023

Tính đến hết tháng trước, cả nước có 21,9 triệu thuê bao băng rộng cố định, đạt 21,8 thuê bao/100 dân, tăng 7,6% so với cùng kỳ năm ngoái. Tỷ lệ hộ gia đình sử dụng cáp quang đạt 79,2%.

VNPT hiện chiếm khoảng 37% thị phần băng rộng cố định. Theo Chiến lược hạ tầng số, đến năm 2025 phấn đấu 80% hộ gia đình có cáp quang.""",
        "2023-08-09",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-07-31", 21900000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-07-31", 21.8),
            ("ftth_household_rate", "national", "as_of", "2023-07-31", 79.2),
        ],
    ),
    # 21. Security drills "tuần qua"; "11 tháng qua" = ytd to 30/11; ministries/localities split of approvals at the page date.
    # Traps: count of drills and participating units, weekly event.
    (
        """Phê duyệt cấp độ an toàn hệ thống thông tin: khối địa phương còn chậm

Tuần qua, Bộ Thông tin và Truyền thông tổ chức 3 đợt diễn tập thực chiến an toàn thông tin với sự tham gia của 42 đơn vị.

Trong 11 tháng qua, các cơ quan chức năng đã ghi nhận 10.825 cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam.

Hiện nay, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ đạt 88,7%. Xét theo khối, các bộ, ngành đạt 92,1%, các địa phương đạt 86,5%.""",
        "2024-12-20",
        [
            ("cyberattacks", "national", "ytd", "2024-11-30", 10825.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-12-20", 88.7),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-12-20", 92.1),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-12-20", 86.5),
        ],
    ),
    # 22. UN survey "công bố tuần qua" in September 2024: edition year 2024 (31/12), "kỳ đánh giá hai năm trước" = 2022.
    # Traps: rank change (15 bậc), Singapore's rank, the EGDI score, the OSI sub-rank.
    (
        """Việt Nam tăng 15 bậc về Chính phủ điện tử

Thứ Tư, 18/09/2024

Báo cáo Khảo sát Chính phủ điện tử của Liên Hợp Quốc công bố tuần qua cho thấy Việt Nam xếp thứ 71/193 quốc gia về chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ đánh giá hai năm trước (86/193). Điểm EGDI của Việt Nam đạt 0,7709, lần đầu vào nhóm có mức phát triển rất cao.

Riêng chỉ số dịch vụ trực tuyến (OSI), Việt Nam xếp thứ 55. Trong khu vực ASEAN, Singapore đứng thứ 3 thế giới.""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 23. Province in March: "năm ngoái" satisfaction = year 2023; "hiện nay" provision rate at the page date.
    # Traps: this year's target (98%), count of procedures.
    (
        """Long An: Người dân hài lòng với giải quyết thủ tục hành chính

LONG AN – Năm ngoái, mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính trên địa bàn tỉnh đạt 96,8%.

Hiện nay, tỉnh đã cung cấp 100% dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện, với 1.124 thủ tục. Năm nay, tỉnh phấn đấu mức độ hài lòng đạt trên 98%.""",
        "2024-03-15",
        [
            ("satisfaction_rate", "Long An", "year", "2023-12-31", 96.8),
            ("full_process_provision_rate", "Long An", "as_of", "2024-03-15", 100.0),
        ],
    ),
    # 24. National administrative reform levels "đến nay/hiện nay".
    # Traps: remainders (11 địa phương chưa ban hành, 301 thủ tục còn lại), "tháng trước có thêm 3".
    (
        """Thêm 3 địa phương giảm phí khi làm thủ tục trực tuyến

14/6/2024 | 16:20

Đến nay, 52/63 địa phương đã ban hành nghị quyết của HĐND về giảm phí, lệ phí khi người dân, doanh nghiệp thực hiện dịch vụ công trực tuyến; riêng tháng trước có thêm 3 địa phương. Còn 11 địa phương chưa ban hành.

Về cắt giảm, đơn giản hóa quy định, các bộ, ngành đã thực thi phương án cắt giảm, đơn giản hóa 783/1.084 thủ tục hành chính theo các nghị quyết chuyên đề của Chính phủ; 301 thủ tục còn lại đang được khẩn trương xử lý.

Hiện nay, 87,3% hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh đã kết nối đầy đủ với Hệ thống EMC.""",
        "2024-06-14",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-06-14", 52.0),
            ("procedures_simplified", "national", "as_of", "2024-06-14", 783.0),
            ("emc_connection_rate", "national", "as_of", "2024-06-14", 87.3),
        ],
    ),
    # 25. City police figures "tính đến hết tháng trước" = 30 April.
    # Traps: a district's rate (Hoàn Kiếm), change vs March.
    (
        """Hà Nội: Gần 5,9 triệu tài khoản định danh điện tử được kích hoạt

HÀ NỘI – Tính đến hết tháng trước, Công an thành phố Hà Nội đã cấp 6,8 triệu thẻ căn cước công dân gắn chip và kích hoạt 5,9 triệu tài khoản định danh điện tử, tăng 154.000 tài khoản so với cuối tháng 3.

Quận Hoàn Kiếm có tỷ lệ kích hoạt cao nhất, đạt 98% số công dân đủ điều kiện.""",
        "2024-05-02",
        [
            ("chip_id_cards_issued", "Hà Nội", "as_of", "2024-04-30", 6800000.0),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2024-04-30", 5900000.0),
        ],
    ),
    # 26. Year boundary: page of 7 January 2025, "tháng trước" = December 2024, "tháng trước đó" = November,
    # "cả năm ngoái" = 2024, "năm trước đó" = 2023, botnet level at "cuối năm ngoái". Traps: change 16%, phishing sub-count.
    (
        """Số cuộc tấn công mạng năm qua giảm 16%

07/01/2025 09:10

Tháng trước, hệ thống kỹ thuật của Cục An toàn thông tin ghi nhận 845 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam (tháng trước đó là 910 cuộc). Cả năm ngoái, tổng cộng có 11.670 cuộc tấn công, giảm 16% so với năm trước đó (13.900 cuộc). Trong đó, tấn công lừa đảo chiếm hơn 20%.

Đến cuối năm ngoái, số địa chỉ IP botnet tại Việt Nam còn 585.120.""",
        "2025-01-07",
        [
            ("cyberattacks", "national", "month", "2024-12-31", 845.0),
            ("cyberattacks", "national", "month", "2024-11-30", 910.0),
            ("cyberattacks", "national", "year", "2024-12-31", 11670.0),
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("botnet_ips", "national", "as_of", "2024-12-31", 585120.0),
        ],
    ),
    # 27. Year boundary: page of 5 January 2024, "năm vừa qua" = 2023, "tháng trước" = December 2023, "năm trước đó" = 2022.
    # Traps: 2024 target (dossier rate 50%).
    (
        """Dịch vụ công trực tuyến năm qua: hồ sơ trực tuyến đạt hơn 40%

Năm vừa qua, tỷ lệ hồ sơ xử lý trực tuyến trên cả nước đạt 40,1%, trong khi năm trước đó chỉ đạt 22,4%. Riêng tháng trước, tỷ lệ hồ sơ trực tuyến toàn trình đạt 38,6%.

Cổng Dịch vụ công quốc gia trong năm vừa qua tiếp nhận 9,1 triệu hồ sơ trực tuyến. Năm nay, Chính phủ yêu cầu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%.""",
        "2024-01-05",
        [
            ("online_dossier_rate", "national", "year", "2023-12-31", 40.1),
            ("online_dossier_rate", "national", "year", "2022-12-31", 22.4),
            ("online_dossier_full_process_rate", "national", "month", "2023-12-31", 38.6),
            ("national_portal_dossiers_new", "national", "year", "2023-12-31", 9100000.0),
        ],
    ),
    # 28. Province, page of 21 October: conference "tuần qua" on "9 tháng đầu năm nay" (ytd 30/9); "hiện nay" 21 days after
    # the review ends = the page date. Traps: count of services (1.876, no id), target.
    (
        """Đồng Tháp: Hồ sơ trực tuyến toàn trình đạt 62,3%

Thứ Hai, 21/10/2024

Tại hội nghị sơ kết diễn ra tuần qua, Sở Thông tin và Truyền thông Đồng Tháp cho biết, 9 tháng đầu năm nay, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 62,3%.

Hiện nay, tỉnh cung cấp 1.876 dịch vụ công trực tuyến toàn trình, chiếm 61,8% tổng số thủ tục hành chính. Tỉnh phấn đấu cuối năm nay có 70% hồ sơ được xử lý trực tuyến toàn trình.""",
        "2024-10-21",
        [
            ("online_dossier_full_process_rate", "Đồng Tháp", "ytd", "2024-09-30", 62.3),
            ("dvctt_full_process_rate", "Đồng Tháp", "as_of", "2024-10-21", 61.8),
        ],
    ),
    # 29. National with ministries/localities and one province, "tháng trước" = July.
    # Traps: one named ministry (Bộ Công an 100%).
    (
        """Tây Ninh dẫn đầu cả nước về cấp kết quả điện tử

Thứ Hai, 05/08/2024

Trong tháng trước, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử bình quân cả nước đạt 83,5%; khối bộ, ngành đạt 89,1%, khối địa phương đạt 81,7%. Tây Ninh dẫn đầu với 99,6%, Bộ Công an đạt 100%.

Tỷ lệ hồ sơ có khai thác, tái sử dụng dữ liệu số hóa cả nước đạt 39,2%.""",
        "2024-08-05",
        [
            ("e_result_rate", "national", "month", "2024-07-31", 83.5),
            ("e_result_rate", "ministries", "month", "2024-07-31", 89.1),
            ("e_result_rate", "localities", "month", "2024-07-31", 81.7),
            ("e_result_rate", "Tây Ninh", "month", "2024-07-31", 99.6),
            ("data_reuse_rate", "national", "month", "2024-07-31", 39.2),
        ],
    ),
    # 30. Province in March: "năm ngoái" GRDP share = 2023; "hiện nay" levels at page date.
    # Traps: share of adults with a smartphone (people), 2025 target.
    (
        """Cà Mau: Kinh tế số đóng góp hơn 7% GRDP

CÀ MAU – Năm ngoái, kinh tế số đóng góp 7,2% GRDP của tỉnh. Hiện nay, tỷ lệ người dân sử dụng Internet trên địa bàn đạt 78,5%; thuê bao di động sử dụng điện thoại thông minh chiếm 81,3% tổng số thuê bao di động.

Tuy nhiên, theo khảo sát của tỉnh, chỉ 64% người trưởng thành ở khu vực nông thôn có điện thoại thông minh. Tỉnh đặt mục tiêu đến năm 2025 kinh tế số chiếm 10% GRDP.""",
        "2024-03-01",
        [
            ("digital_economy_gdp_share", "Cà Mau", "year", "2023-12-31", 7.2),
            ("internet_users_rate", "Cà Mau", "as_of", "2024-03-01", 78.5),
            ("smartphone_subscriber_rate", "Cà Mau", "as_of", "2024-03-01", 81.3),
        ],
    ),
    # 31. Interview with quotes, page of 10 March: "hai tháng đầu năm nay" = ytd 28/02/2025, "tháng trước" = February.
    # Traps: this year's target (80%).
    (
        """Dịch vụ công trực tuyến: "Đi vào thực chất"

Thứ Hai, 10/03/2025 - 06:00

PV: Thưa ông, kết quả cung cấp dịch vụ công trực tuyến thời gian gần đây ra sao?

Đại diện Văn phòng Chính phủ: Hai tháng đầu năm nay, Cổng Dịch vụ công quốc gia đã tiếp nhận 7,8 triệu hồ sơ trực tuyến, tỷ lệ hồ sơ trực tuyến toàn trình đạt 47,3%. Riêng tháng trước, tỷ lệ này đạt 48,9%. Năm nay chúng tôi đặt mục tiêu 80% hồ sơ được xử lý trực tuyến toàn trình.

PV: Xin cảm ơn ông!""",
        "2025-03-10",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2025-02-28", 7800000.0),
            ("online_dossier_full_process_rate", "national", "ytd", "2025-02-28", 47.3),
            ("online_dossier_full_process_rate", "national", "month", "2025-02-28", 48.9),
        ],
    ),
    # 32. "9 tháng năm nay" payments with a "cùng kỳ năm ngoái" value in parentheses.
    # Traps: ratio "gấp 1,5 lần", count of connected banks (22), quote about the last quarter.
    (
        """Thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia tăng mạnh

12/10/2024

9 tháng năm nay, Cổng Dịch vụ công quốc gia ghi nhận 13,2 triệu giao dịch thanh toán trực tuyến, tổng giá trị 9.870 tỷ đồng, gấp 1,5 lần cùng kỳ năm ngoái (6.580 tỷ đồng).

Hiện đã có 22 ngân hàng và trung gian thanh toán kết nối với nền tảng thanh toán của Cổng. Người dân có thể nộp phí, lệ phí, thuế, tiền phạt vi phạm giao thông… mà không phải đến trụ sở cơ quan nhà nước.

"Chúng tôi sẽ tiếp tục mở rộng các khoản thu có thể thanh toán trực tuyến trong quý cuối năm", đại diện Văn phòng Chính phủ cho biết.

Thu Hà""",
        "2024-10-12",
        [
            ("online_payments_count_new", "national", "ytd", "2024-09-30", 13200000.0),
            ("online_payments_value_new", "national", "ytd", "2024-09-30", 9870.0),
            ("online_payments_value_new", "national", "ytd", "2023-09-30", 6580.0),
        ],
    ),
    # 33. No sidecar; portal page with the date in its footer: "tháng trước" = March 2025, "quý vừa qua" = Q1 2025.
    # Traps: count of procedures in the menu, page furniture.
    (
        """Trang chủ > Tin tức > Cải cách hành chính

Thái Nguyên: Gần 99% hồ sơ thủ tục hành chính gắn mã định danh

Trong tháng trước, tỷ lệ hồ sơ thủ tục hành chính trên địa bàn tỉnh Thái Nguyên được gắn mã định danh cá nhân đạt 98,7%; tỷ lệ hồ sơ xử lý trực tuyến đạt 71,2%. Tính chung quý vừa qua, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 64,5%.

Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh hiện công khai 1.702 thủ tục.

Ngày đăng: 15/04/2025 | Lượt xem: 1.284
Chia sẻ | In bài""",
        None,
        [
            ("dossiers_with_personal_id_rate", "Thái Nguyên", "month", "2025-03-31", 98.7),
            ("online_dossier_rate", "Thái Nguyên", "month", "2025-03-31", 71.2),
            ("online_dossier_full_process_rate", "Thái Nguyên", "quarter", "2025-03-31", 64.5),
        ],
    ),
    # 34. National coverage levels "hiện nay", plus one province's level.
    # Traps: count of villages covered (986, no id), 2025 target.
    (
        """Phủ sóng thôn, bản lõm sóng: Đã đạt 84,5%

Hà Nội, 25/11/2024

Trong số các thôn, bản có điện lưới nhưng chưa có sóng di động được rà soát ban đầu, đến nay đã có 986 thôn được phủ sóng, đạt tỷ lệ 84,5%. Hiện nay, tỷ lệ thôn, bản có sóng di động băng rộng trên toàn quốc đạt 99,2%.

Điện Biên hiện còn 57 thôn, bản chưa có sóng, nhiều nhất cả nước. Bộ Thông tin và Truyền thông yêu cầu các doanh nghiệp hoàn thành phủ sóng toàn bộ trong năm sau.""",
        "2024-11-25",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-11-25", 84.5),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-11-25", 99.2),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-11-25", 57.0),
        ],
    ),
    # 35. "Năm ngoái" internet users = 2023 (administrative estimate).
    # Traps: a survey's share (DataReportal), this year's target.
    (
        """Gần 8/10 người Việt dùng Internet

Theo ước tính của Bộ Thông tin và Truyền thông, năm ngoái tỷ lệ dân số sử dụng Internet ước đạt 78,4%. Báo cáo Digital 2024 của DataReportal công bố tuần qua đưa ra con số 79,1%, với khoảng 78,2 triệu người dùng.

Theo các chuyên gia, khoảng cách số giữa thành thị và nông thôn, miền núi vẫn còn đáng kể; nhiều hộ gia đình ở vùng sâu, vùng xa chưa có thiết bị phù hợp để truy cập Internet thường xuyên. Năm nay, Bộ phấn đấu tỷ lệ này đạt 80%, đồng thời tiếp tục chương trình "Sóng và máy tính cho em" để hỗ trợ học sinh khó khăn.""",
        "2024-02-20",
        [
            ("internet_users_rate", "national", "year", "2023-12-31", 78.4),
        ],
    ),
    # 36. NDXP in June 2023: "tháng trước" = May; levels "hiện nay".
    # Traps: count of ministries in a sub-group after "trong đó".
    (
        """NDXP: Tháng 5 đạt hơn 68 triệu giao dịch

Thứ Tư, 07/06/2023

Trong tháng trước, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia ghi nhận 68,2 triệu giao dịch. Tổng số giao dịch từ khi vận hành đến nay đạt khoảng 2,5 tỷ.

Hiện nay, NDXP đã kết nối với 112 bộ, ngành, địa phương, trong đó có 25 bộ, cơ quan ngang bộ; thiết lập 2.310 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu.""",
        "2023-06-07",
        [
            ("ndxp_transactions_period", "national", "month", "2023-05-31", 68200000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-06-07", 2500000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-06-07", 112.0),
            ("ndxp_connection_points", "national", "as_of", "2023-06-07", 2310.0),
        ],
    ),
    # 37. Province, page of 3 April 2025: "quý vừa qua" = Q1 2025, "quý trước" = Q4 2024, "cùng kỳ năm ngoái" = Q1 2024.
    # Traps: none beyond the chain of relative quarters.
    (
        """Bắc Giang: Hồ sơ trực tuyến toàn trình tiếp tục tăng

BẮC GIANG, 03/04/2025 – Quý vừa qua, tỷ lệ hồ sơ xử lý trực tuyến toàn trình trên địa bàn tỉnh đạt 79,4%, cao hơn quý trước (75,1%) và cùng kỳ năm ngoái (66,2%).

Giám đốc Sở Khoa học và Công nghệ cho biết: "Kết quả này có được nhờ việc các xã, phường bố trí nhân lực hỗ trợ người dân ngay tại bộ phận một cửa".""",
        "2025-04-03",
        [
            ("online_dossier_full_process_rate", "Bắc Giang", "quarter", "2025-03-31", 79.4),
            ("online_dossier_full_process_rate", "Bắc Giang", "quarter", "2024-12-31", 75.1),
            ("online_dossier_full_process_rate", "Bắc Giang", "quarter", "2024-03-31", 66.2),
        ],
    ),
    # 38. Speeds in June 2025: "tháng trước" = May, "cùng kỳ năm ngoái" = May 2024; 5G station level "hiện".
    # Traps: speed rank 19, one operator's share (Viettel 70%), upload speed.
    (
        """Internet di động Việt Nam vào top 20 thế giới

16/06/2025 10:05

Theo Ookla, tháng trước tốc độ tải xuống trung vị băng rộng di động của Việt Nam đạt 146,6 Mbps, xếp thứ 19 thế giới; tốc độ tải lên đạt 38,2 Mbps. Tốc độ băng rộng cố định đạt 230,9 Mbps.

Cùng kỳ năm ngoái, tốc độ băng rộng di động của Việt Nam chỉ đạt 52,3 Mbps. Mức tăng vượt bậc chủ yếu nhờ mạng 5G được triển khai rộng.

Hiện cả nước có hơn 11.200 trạm 5G, trong đó Viettel chiếm khoảng 70%.""",
        "2025-06-16",
        [
            ("mobile_broadband_speed", "national", "month", "2025-05-31", 146.6),
            ("fixed_broadband_speed", "national", "month", "2025-05-31", 230.9),
            ("mobile_broadband_speed", "national", "month", "2024-05-31", 52.3),
            ("fiveg_bts_count", "national", "as_of", "2025-06-16", 11200.0),
        ],
    ),
    # 39. No sidecar; update stamp in the header. Year stated earlier (2023), then "năm nay ... đến hết tháng trước" = ytd 31/8/2024
    # and "tháng trước" = August; total level "hiện" at the stamp. Traps: none beyond the chain.
    (
        """Cập nhật: 09/09/2024 15:20

Tài khoản Cổng Dịch vụ công quốc gia tăng nhanh nhờ VNeID

Năm 2023, Cổng Dịch vụ công quốc gia ghi nhận 3,2 triệu tài khoản đăng ký mới. Sang năm nay, từ đầu năm đến hết tháng trước, Cổng có thêm 2,96 triệu tài khoản. Riêng tháng trước, số tài khoản mới là 410.000, phần lớn đăng nhập bằng tài khoản định danh điện tử. Hiện tổng số tài khoản trên Cổng đã vượt 14,9 triệu.

Theo Văn phòng Chính phủ, việc tích hợp VNeID giúp người dân không phải tạo tài khoản riêng cho từng hệ thống.""",
        None,
        [
            ("national_portal_accounts_new", "national", "year", "2023-12-31", 3200000.0),
            ("national_portal_accounts_new", "national", "ytd", "2024-08-31", 2960000.0),
            ("national_portal_accounts_new", "national", "month", "2024-08-31", 410000.0),
            ("national_portal_accounts", "national", "as_of", "2024-09-09", 14900000.0),
        ],
    ),
    # 40. Province page of 22 April: meeting "tuần qua", "quý I vừa qua" rate; "hiện" in an official's quote (22 days after Q1 end
    # = page date). Traps: 100% of communes with fibre (no id).
    (
        """Lâm Đồng: Hơn một nửa hồ sơ được xử lý trực tuyến

Tuần qua, UBND tỉnh Lâm Đồng tổ chức hội nghị đánh giá kết quả chuyển đổi số. Theo báo cáo, quý I vừa qua, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 54,6%.

"Hiện nay, 100% xã trên địa bàn đã có cáp quang, tỷ lệ hộ gia đình có cáp quang hiện đạt 81,7%", Giám đốc Sở Thông tin và Truyền thông cho biết.""",
        "2024-04-22",
        [
            ("online_dossier_rate", "Lâm Đồng", "quarter", "2024-03-31", 54.6),
            ("ftth_household_rate", "Lâm Đồng", "as_of", "2024-04-22", 81.7),
        ],
    ),
    # 41. National VNeID level "hiện" and "tháng trước" rate of dossiers with a personal ID number (August).
    # Traps: ratio to "cùng thời điểm năm ngoái" (gần gấp đôi), sub-count level 2.
    (
        """Hơn 58 triệu tài khoản định danh điện tử đã được kích hoạt

16/09/2024

Hiện có 58,3 triệu tài khoản định danh điện tử được kích hoạt, gần gấp đôi cùng thời điểm năm ngoái; trong đó có 55,1 triệu tài khoản mức độ 2.

Trong tháng trước, tỷ lệ hồ sơ thủ tục hành chính được gắn mã định danh cá nhân trên toàn quốc đạt 95,4%.

Đại diện Tổ công tác triển khai Đề án 06 cho biết, việc dùng tài khoản định danh điện tử để đăng nhập Cổng Dịch vụ công giúp người dân không phải khai lại thông tin nhân thân, đồng thời giảm giấy tờ phải nộp kèm hồ sơ.""",
        "2024-09-16",
        [
            ("vneid_activated_accounts", "national", "as_of", "2024-09-16", 58300000.0),
            ("dossiers_with_personal_id_rate", "national", "month", "2024-08-31", 95.4),
        ],
    ),
    # 42. Province article with the national average for comparison, "tháng trước" = August.
    # Traps: a commune's figure, year-end target.
    (
        """Hậu Giang vượt bình quân cả nước về hồ sơ trực tuyến toàn trình

HẬU GIANG – Tháng trước, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 52,1%, cao hơn mức bình quân cả nước (45,6%). Xã Tân Phước Hưng (huyện Phụng Hiệp) có tỷ lệ 74% cao nhất tỉnh.

"Chúng tôi yêu cầu cán bộ bộ phận một cửa hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại chỗ, thay vì tiếp nhận hồ sơ giấy như trước", Chánh Văn phòng UBND tỉnh cho biết. Tỉnh phấn đấu cuối năm nay đạt 60%.""",
        "2024-09-06",
        [
            ("online_dossier_full_process_rate", "Hậu Giang", "month", "2024-08-31", 52.1),
            ("online_dossier_full_process_rate", "national", "month", "2024-08-31", 45.6),
        ],
    ),
    # 43. National adult-use rate "hiện nay" and Portal satisfaction "tháng trước" (October 2023).
    # Traps: target (40% in 2025), count of feedback items.
    (
        """Mức độ hài lòng với dịch vụ công tiếp tục cải thiện

03/11/2023

Trong tháng trước, mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải quyết thủ tục hành chính đạt 87,4%. Cổng Dịch vụ công quốc gia đã tiếp nhận 2.145 phản ánh, kiến nghị.

Hiện nay, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 31,6%; mục tiêu đến năm 2025 là 40%.""",
        "2023-11-03",
        [
            ("satisfaction_rate", "national", "month", "2023-10-31", 87.4),
            ("adult_population_using_dvctt_rate", "national", "as_of", "2023-11-03", 31.6),
        ],
    ),
]
