"""Genre probes, round 148: press summaries of the national monthly reports and Government meetings mixing national, ministries' and localities' levels, tables of provinces and of months, written blind.

Held out until read with stop 49's start code 9b8c798 and with its code of that moment (eda5e5a): 169 of 171 right, 169 of 194 found (0.99 / 0.87) both. Then fitted: a table's corner naming the measure over rows of levels, a column head's own months ('9 tháng/2025'), 'N tháng của các bộ, ngành đạt': 186 of 188, 186 of 194 (0.99 / 0.96).
"""

CASES = []

CASES += [
    # Press summary of the January 2023 national report: dossier rate national/ministries/localities, provinces named as examples.
    # Traps: change in percentage points, a district's figure, count of localities under 15%, the year's target.
    (
        """Tháng 1/2023: Tỷ lệ hồ sơ xử lý trực tuyến cả nước đạt 38,6%

ICTVietnam | 09/02/2023 15:20

Theo báo cáo tình hình chuyển đổi số tháng 1/2023 vừa được Bộ Thông tin và Truyền thông gửi Ủy ban Quốc gia về chuyển đổi số, tỷ lệ hồ sơ xử lý trực tuyến của cả nước trong tháng 1 đạt 38,6%, tăng 1,3 điểm phần trăm so với tháng 12/2022.

Xét theo khối, các bộ, ngành đạt 55,2%, còn các địa phương đạt 28,9%. Một số tỉnh, thành phố có tỷ lệ cao là Bình Dương (85,4%), Quảng Ninh (78,1%) và Đà Nẵng (72,6%). Đáng chú ý, huyện Tiên Du (Bắc Ninh) đã đạt 92% hồ sơ được tiếp nhận, xử lý trực tuyến nhờ mô hình "bộ phận một cửa không giấy". Ở chiều ngược lại, vẫn còn 11 địa phương có tỷ lệ dưới 15%, chủ yếu thuộc khu vực miền núi phía Bắc và Tây Nguyên.

Cũng trong tháng 1, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 21,4%.

Bộ Thông tin và Truyền thông đề nghị các bộ, ngành, địa phương quyết liệt hơn nữa, phấn đấu đến hết năm 2023 đạt tỷ lệ 50% hồ sơ được xử lý trực tuyến theo mục tiêu của Chương trình Chuyển đổi số quốc gia.

Vân Anh

Từ khóa: chuyển đổi số, dịch vụ công trực tuyến, Bộ TT&TT""",
        "2023-02-09",
        [
            ("online_dossier_rate", "national", "month", "2023-01-31", 38.6),
            ("online_dossier_rate", "ministries", "month", "2023-01-31", 55.2),
            ("online_dossier_rate", "localities", "month", "2023-01-31", 28.9),
            ("online_dossier_rate", "Bình Dương", "month", "2023-01-31", 85.4),
            ("online_dossier_rate", "Quảng Ninh", "month", "2023-01-31", 78.1),
            ("online_dossier_rate", "Đà Nẵng", "month", "2023-01-31", 72.6),
            ("online_dossier_full_process_rate", "national", "month", "2023-01-31", 21.4),
        ],
    ),
    # Government regular meeting of April 2023 (press): 4-month portal flows (ytd), ministries/localities dossier rates, e-invoices at end of April.
    # Traps: CPI, FDI, exports change, counts of decrees/resolutions/conferences, target for 2023.
    (
        """Phiên họp Chính phủ thường kỳ tháng 4/2023: Kinh tế vĩ mô cơ bản ổn định, chuyển đổi số có chuyển biến rõ nét

(Chinhphu.vn) - Sáng 6/5, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 4/2023, đánh giá tình hình kinh tế - xã hội tháng 4 và 4 tháng đầu năm.

Theo báo cáo của Bộ Kế hoạch và Đầu tư, lạm phát được kiểm soát, CPI bình quân 4 tháng tăng 3,84%; tổng vốn FDI đăng ký đạt 8,9 tỷ USD. Kim ngạch xuất khẩu giảm 11,8% so với cùng kỳ do đơn hàng sụt giảm.

Công tác cải cách thủ tục hành chính, chuyển đổi số tiếp tục được đẩy mạnh. Trong 4 tháng đầu năm, Cổng Dịch vụ công quốc gia đã tiếp nhận 4,6 triệu hồ sơ trực tuyến; thực hiện 3,1 triệu giao dịch thanh toán trực tuyến với số tiền hơn 3.350 tỷ đồng. Tỷ lệ hồ sơ xử lý trực tuyến 4 tháng của các bộ, ngành đạt 48,7%, của các địa phương đạt 34,2%. Tính đến cuối tháng 4/2023, hệ thống hóa đơn điện tử đã tiếp nhận, xử lý hơn 2,45 tỷ hóa đơn kể từ khi triển khai trên toàn quốc (tháng 7/2022).

Trong tháng, Chính phủ đã ban hành 9 nghị định, 28 nghị quyết; Thủ tướng Chính phủ chủ trì 3 hội nghị chuyên đề về tháo gỡ khó khăn cho sản xuất, kinh doanh.

Kết luận phiên họp, Thủ tướng yêu cầu các bộ, ngành, địa phương đẩy nhanh cung cấp dịch vụ công trực tuyến toàn trình, phấn đấu đến hết năm 2023 có ít nhất 50% hồ sơ được xử lý trực tuyến.""",
        "2023-05-06",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2023-04-30", 4600000.0),
            ("online_payments_count_new", "national", "ytd", "2023-04-30", 3100000.0),
            ("online_payments_value_new", "national", "ytd", "2023-04-30", 3350.0),
            ("online_dossier_rate", "ministries", "ytd", "2023-04-30", 48.7),
            ("online_dossier_rate", "localities", "ytd", "2023-04-30", 34.2),
            ("e_invoices_total", "national", "as_of", "2023-04-30", 2450000000.0),
        ],
    ),
    # Table of the five leading provinces for full-process dossiers in Q3/2023, with national and localities' rates in the lead.
    # Traps: the change column (points vs Q2), a district's figure, the province's year-end target.
    (
        """Bình Dương dẫn đầu cả nước về hồ sơ trực tuyến toàn trình quý III/2023

Theo số liệu tổng hợp của Bộ Thông tin và Truyền thông, trong quý III/2023, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 29,6%; riêng khối địa phương đạt 24,3%. Năm địa phương dẫn đầu như sau:

| STT | Địa phương | Tỷ lệ hồ sơ trực tuyến toàn trình quý III/2023 | So với quý II/2023 |
|---|---|---|---|
| 1 | Bình Dương | 64,8% | +5,2 điểm % |
| 2 | Bắc Giang | 58,3% | +3,9 điểm % |
| 3 | Đồng Tháp | 52,7% | +1,4 điểm % |
| 4 | Lâm Đồng | 49,1% | -0,6 điểm % |
| 5 | Thừa Thiên Huế | 47,5% | +2,0 điểm % |

Tại Bắc Giang, kết quả nổi bật nhất thuộc về huyện Lạng Giang với 81% hồ sơ được giải quyết trực tuyến toàn trình. Theo kế hoạch của UBND tỉnh, đến cuối năm 2023 Bắc Giang phấn đấu nâng tỷ lệ này lên 70%.

Minh Khôi""",
        "2023-10-20",
        [
            ("online_dossier_full_process_rate", "national", "quarter", "2023-09-30", 29.6),
            ("online_dossier_full_process_rate", "localities", "quarter", "2023-09-30", 24.3),
            ("online_dossier_full_process_rate", "Bình Dương", "quarter", "2023-09-30", 64.8),
            ("online_dossier_full_process_rate", "Bắc Giang", "quarter", "2023-09-30", 58.3),
            ("online_dossier_full_process_rate", "Đồng Tháp", "quarter", "2023-09-30", 52.7),
            ("online_dossier_full_process_rate", "Lâm Đồng", "quarter", "2023-09-30", 49.1),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "quarter", "2023-09-30", 47.5),
        ],
    ),
    # NDXP paragraph of the September 2023 report as summarised by the press: month, daily average, cumulative, connections "đến nay".
    # Traps: month-on-month change, sub-count of the population database after "trong đó", a province's LGSP transactions.
    (
        """NDXP ghi nhận 68,2 triệu giao dịch trong tháng 9/2023

Trong tháng 9/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 68,2 triệu giao dịch, tăng 8% so với tháng 8; bình quân mỗi ngày có 2,27 triệu giao dịch. Trong đó, riêng các giao dịch khai thác Cơ sở dữ liệu quốc gia về dân cư là khoảng 21 triệu. Lũy kế từ khi khai trương năm 2019 đến hết tháng 9/2023, tổng số giao dịch qua NDXP đạt 1,48 tỷ giao dịch.

Đến nay, NDXP đã thiết lập 1.128 điểm kết nối với hệ thống thông tin, cơ sở dữ liệu của 105 bộ, ngành, địa phương và đơn vị.

Ở cấp tỉnh, nền tảng tích hợp, chia sẻ dữ liệu (LGSP) của Quảng Ninh ghi nhận 1,2 triệu giao dịch trong tháng, cao nhất trong các địa phương.

Bộ Thông tin và Truyền thông cho biết sẽ tiếp tục hướng dẫn các bộ, ngành hoàn thành kết nối các cơ sở dữ liệu chuyên ngành với NDXP trong quý IV/2023.""",
        "2023-10-12",
        [
            ("ndxp_transactions_period", "national", "month", "2023-09-30", 68200000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-09-30", 2270000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-09-30", 1480000000.0),
            ("ndxp_connection_points", "national", "as_of", "2023-10-12", 1128.0),
            ("ndxp_connected_agencies", "national", "as_of", "2023-10-12", 105.0),
        ],
    ),
    # Press report of a National Committee meeting (July 2023): 2022 digital-economy share and EGDI 2022, first-half dossier rates split.
    # Traps: "tăng 2 bậc", Korea's rank, the 2025 target share, count of documents, ICT revenue in tỷ đồng (no id).
    (
        """Thủ tướng: Chuyển đổi số phải thực chất, lấy người dân, doanh nghiệp làm trung tâm

Báo Điện tử Chính phủ - Chiều 7/7, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số chủ trì phiên họp của Ủy ban nhằm đánh giá kết quả 6 tháng đầu năm 2023.

Báo cáo tại phiên họp cho biết, năm 2022, tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt 14,26%. Theo Bộ Khảo sát Chính phủ điện tử của Liên Hợp Quốc năm 2022, chỉ số Phát triển Chính phủ điện tử (EGDI) của Việt Nam xếp hạng 86/193 quốc gia, tăng 2 bậc; Hàn Quốc tiếp tục nằm trong nhóm dẫn đầu với vị trí thứ 3.

Trong 6 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 42,3%; khối bộ, ngành đạt 64,5%, khối địa phương đạt 33,8%. Doanh thu lĩnh vực công nghệ thông tin 6 tháng ước đạt 1.800.000 tỷ đồng.

Từ đầu năm đến nay, Ủy ban và Tổ công tác giúp việc đã ban hành 19 văn bản chỉ đạo, điều hành.

Thủ tướng nhấn mạnh mục tiêu đến năm 2025 kinh tế số chiếm 20% GDP và yêu cầu các thành viên Ủy ban tập trung tháo gỡ các điểm nghẽn về thể chế, hạ tầng và dữ liệu.""",
        "2023-07-07",
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("online_dossier_rate", "national", "half", "2023-06-30", 42.3),
            ("online_dossier_rate", "ministries", "half", "2023-06-30", 64.5),
            ("online_dossier_rate", "localities", "half", "2023-06-30", 33.8),
        ],
    ),
    # 5G press item two months after commercial launch: national 5G BTS and population coverage at a stated date.
    # Traps: Viettel's and VNPT's station counts, one operator's download and upload speeds, 5G subscribers (no id), planned stations for 2025.
    (
        """Gần 6.000 trạm 5G được lắp đặt sau hai tháng thương mại hóa

VietNamNet | Thứ Sáu, 20/12/2024 - 09:45

Theo Cục Viễn thông (Bộ Thông tin và Truyền thông), tính đến ngày 15/12/2024, cả nước đã lắp đặt gần 6.000 trạm phát sóng 5G, phủ sóng khoảng 26% dân số.

Viettel là doanh nghiệp có số trạm lớn nhất với hơn 5.000 trạm, VNPT đã phát sóng khoảng 1.000 trạm tại 63 tỉnh, thành phố. Theo đo kiểm của doanh nghiệp, tốc độ tải xuống trung bình trên mạng 5G của Viettel đạt 286 Mbps, tốc độ tải lên đạt 75 Mbps.

Số thuê bao sử dụng dịch vụ 5G đã vượt 4 triệu. Cục Viễn thông cho biết, năm 2025 các doanh nghiệp dự kiến phát triển thêm khoảng 15.000 trạm 5G, hướng tới mục tiêu phủ sóng 5G toàn quốc vào năm 2030.

Duy Vũ

Tin liên quan:
- Viettel chính thức khai trương mạng 5G
- VNPT phủ sóng 5G tại các khu công nghiệp""",
        "2024-12-20",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-15", 6000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-15", 26.0),
        ],
    ),
    # Press summary of the May 2024 report: full-process dossier rate split, best/worst provinces, e-result and reuse rates.
    # Traps: a named ministry's figure, the gap between ministries and localities (derived points).
    (
        """Hồ sơ trực tuyến toàn trình tháng 5/2024: Đà Nẵng dẫn đầu, Lai Châu thấp nhất

Báo cáo tình hình chuyển đổi số tháng 5/2024 của Bộ Thông tin và Truyền thông cho thấy tỷ lệ hồ sơ trực tuyến toàn trình của cả nước trong tháng đạt 36,8%; khối bộ, ngành đạt 47,9%, khối địa phương đạt 31,2%. Khoảng cách giữa hai khối vẫn ở mức 16,7 điểm phần trăm.

Ở khối bộ, ngành, Bộ Công an tiếp tục dẫn đầu với 92,4%. Ở khối địa phương, Đà Nẵng đứng đầu với 71,3%, tiếp đến là Lâm Đồng với 65,2%. Thấp nhất là Lai Châu, chỉ đạt 9,7%.

Cũng trong tháng 5, tỷ lệ hồ sơ được cấp kết quả điện tử của cả nước đạt 68,4%; tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa đạt 41,5%.

Bộ Thông tin và Truyền thông đề nghị các địa phương có tỷ lệ thấp rà soát quy trình nội bộ, không yêu cầu người dân nộp lại giấy tờ đã được số hóa.""",
        "2024-06-12",
        [
            ("online_dossier_full_process_rate", "national", "month", "2024-05-31", 36.8),
            ("online_dossier_full_process_rate", "ministries", "month", "2024-05-31", 47.9),
            ("online_dossier_full_process_rate", "localities", "month", "2024-05-31", 31.2),
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2024-05-31", 71.3),
            ("online_dossier_full_process_rate", "Lâm Đồng", "month", "2024-05-31", 65.2),
            ("online_dossier_full_process_rate", "Lai Châu", "month", "2024-05-31", 9.7),
            ("e_result_rate", "national", "month", "2024-05-31", 68.4),
            ("data_reuse_rate", "national", "month", "2024-05-31", 41.5),
        ],
    ),
    # A province's own half-year article (Thừa Thiên Huế, 2024): online and full-process dossier rates, data reuse.
    # Traps: Huế city (district level then) and a commune, a digitisation rate with no id, a change, the year's target, DTI rank.
    (
        """Thừa Thiên Huế: 6 tháng đầu năm 2024, 78,6% hồ sơ thủ tục hành chính được xử lý trực tuyến

(TTXVN) Theo Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế, trong 6 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 78,6%, tăng 6,2% so với cùng kỳ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 55,4%. Tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa đạt 48,3%, trong khi tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 92%.

Trong các đơn vị cấp huyện, thành phố Huế có tỷ lệ hồ sơ trực tuyến cao nhất với 85,1%. Xã Hương Toàn (thị xã Hương Trà) được đánh giá là điểm sáng cấp xã khi đạt 96% hồ sơ trực tuyến.

Năm 2023, Thừa Thiên Huế xếp thứ 2 cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI). Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 80%.""",
        "2024-07-15",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "half", "2024-06-30", 78.6),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "half", "2024-06-30", 55.4),
            ("data_reuse_rate", "Thừa Thiên Huế", "half", "2024-06-30", 48.3),
        ],
    ),
    # A province's infrastructure article (Quảng Ninh, 2024) with "đến nay" levels dated by the page.
    # Traps: a district's FTTH figure, one operator's work, a change in points, the 2025 target.
    (
        """Quảng Ninh: Hạ tầng số đi trước một bước

Đến nay, 100% thôn, khu, bản trên địa bàn tỉnh Quảng Ninh đã được phủ sóng di động băng rộng; tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 89,5%, tăng 4 điểm phần trăm so với cuối năm 2023. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh đạt 93,2%.

Tại huyện miền núi Ba Chẽ, tỷ lệ hộ gia đình có cáp quang mới đạt 72%. VNPT Quảng Ninh đã đầu tư thêm 120 km cáp quang tới các thôn vùng cao trong năm nay.

Theo Kế hoạch chuyển đổi số của tỉnh, đến năm 2025 Quảng Ninh phấn đấu 95% hộ gia đình có cáp quang và phủ sóng 5G tại tất cả các khu công nghiệp.

Thu Hằng - Báo Quảng Ninh""",
        "2024-09-05",
        [
            ("villages_with_mobile_coverage_rate", "Quảng Ninh", "as_of", "2024-09-05", 100.0),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2024-09-05", 89.5),
            ("smartphone_subscriber_rate", "Quảng Ninh", "as_of", "2024-09-05", 93.2),
        ],
    ),
    # Government regular meeting of October 2024 (press): Đề án 06 stocks and e-invoices at end of October.
    # Traps: budget revenue change, sub-count of level-2 accounts after "trong đó", count of decrees.
    (
        """Phiên họp Chính phủ thường kỳ tháng 10/2024: Nhiều chỉ tiêu kinh tế - xã hội tích cực

(Chinhphu.vn) - Ngày 4/11, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 10/2024 và Hội nghị trực tuyến Chính phủ với các địa phương.

Báo cáo tại phiên họp cho thấy thu ngân sách nhà nước 10 tháng tăng 14,8% so với cùng kỳ; xuất khẩu tiếp tục đà phục hồi.

Về triển khai Đề án 06, tính đến cuối tháng 10/2024, cơ quan Công an đã cấp 87,5 triệu thẻ căn cước gắn chip; kích hoạt 59,6 triệu tài khoản định danh điện tử, trong đó có 52,3 triệu tài khoản mức độ 2. Cũng đến cuối tháng 10/2024, hệ thống hóa đơn điện tử của ngành Thuế đã tiếp nhận, xử lý hơn 8,1 tỷ hóa đơn kể từ năm 2022.

Trong tháng, Chính phủ đã ban hành 14 nghị định. Thủ tướng yêu cầu các bộ, ngành, địa phương hoàn thành các nhiệm vụ của Đề án 06 trong năm 2024, bảo đảm kết nối, chia sẻ dữ liệu thông suốt.""",
        "2024-11-04",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-10-31", 87500000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-10-31", 59600000.0),
            ("e_invoices_total", "national", "as_of", "2024-10-31", 8100000000.0),
        ],
    ),
    # Cybersecurity paragraph of the March 2024 report: attacks in the month and Q1, botnet IPs at end of March.
    # Traps: change vs February, phishing sub-count after "trong đó", taken-down sites, another country's figure.
    (
        """Tháng 3/2024 ghi nhận 1.248 cuộc tấn công mạng vào các hệ thống thông tin tại Việt Nam

Theo Cục An toàn thông tin (Bộ Thông tin và Truyền thông), trong tháng 3/2024, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.248 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,4% so với tháng 2/2024. Trong đó có 618 cuộc tấn công lừa đảo (phishing), 402 cuộc tấn công thay đổi giao diện (deface) và 228 cuộc tấn công cài mã độc (malware).

Tính chung quý I/2024, tổng số cuộc tấn công mạng gây sự cố được ghi nhận là 3.612 cuộc.

Số lượng địa chỉ IP nằm trong các mạng máy tính ma (botnet) tính đến cuối tháng 3/2024 khoảng 565.000 địa chỉ. Trong tháng, Cục đã phối hợp gỡ bỏ 2.300 trang web lừa đảo.

Trong khi đó, theo một báo cáo quốc tế, Hoa Kỳ ghi nhận hơn 880.000 khiếu nại liên quan tội phạm mạng trong năm 2023.""",
        "2024-04-05",
        [
            ("cyberattacks", "national", "month", "2024-03-31", 1248.0),
            ("cyberattacks", "national", "quarter", "2024-03-31", 3612.0),
            ("botnet_ips", "national", "as_of", "2024-03-31", 565000.0),
        ],
    ),
]

CASES += [
    # Speed press item on the June 2024 index: fixed and mobile median download speeds for the month.
    # Traps: upload speeds, speed ranks, Singapore's and Thailand's speeds, change vs a year earlier.
    (
        """Tốc độ Internet cố định của Việt Nam tháng 6/2024 tiếp tục tăng

Theo dữ liệu Speedtest Global Index do Ookla công bố, trong tháng 6/2024, tốc độ tải xuống trung vị của mạng băng rộng cố định tại Việt Nam đạt 154,38 Mbps, xếp thứ 39 thế giới; tốc độ tải lên đạt 151,2 Mbps. Với mạng băng rộng di động, tốc độ tải xuống trung vị đạt 59,11 Mbps, tải lên đạt 22,5 Mbps, xếp thứ 47.

So với cùng kỳ năm 2023, tốc độ băng rộng cố định của Việt Nam tăng 12%.

Trong khu vực Đông Nam Á, Singapore vẫn dẫn đầu với tốc độ băng rộng cố định 300,4 Mbps; Thái Lan đạt 230,7 Mbps.

Hải Phong""",
        "2024-08-01",
        [
            ("fixed_broadband_speed", "national", "month", "2024-06-30", 154.38),
            ("mobile_broadband_speed", "national", "month", "2024-06-30", 59.11),
        ],
    ),
    # National Portal statistics of the February 2024 report: stocks at end of February and the month's flows on the _new twins.
    # Traps: business accounts as a sub-count after "trong đó", change vs a year earlier, one ministry's share.
    (
        """Cổng Dịch vụ công quốc gia có 11,8 triệu tài khoản đăng ký

Theo báo cáo của Văn phòng Chính phủ, tính đến hết tháng 2/2024, Cổng Dịch vụ công quốc gia có 11,8 triệu tài khoản đăng ký; riêng trong tháng 2 có thêm 312.000 tài khoản mới, trong đó 28.500 tài khoản của doanh nghiệp.

Lũy kế từ khi khai trương đến hết tháng 2/2024, Cổng đã tiếp nhận 58,4 triệu hồ sơ trực tuyến; thực hiện 32,6 triệu giao dịch thanh toán trực tuyến với tổng số tiền 25.660 tỷ đồng. Trong tháng 2/2024, có 1,15 triệu giao dịch thanh toán trực tuyến với số tiền 1.320 tỷ đồng, tăng 21% so với cùng kỳ năm 2023.

Hồ sơ thuộc thẩm quyền giải quyết của Bộ Tài chính chiếm khoảng 40% tổng số hồ sơ nộp qua Cổng.""",
        "2024-03-12",
        [
            ("national_portal_accounts", "national", "as_of", "2024-02-29", 11800000.0),
            ("national_portal_accounts_new", "national", "month", "2024-02-29", 312000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-02-29", 58400000.0),
            ("online_payments_count", "national", "as_of", "2024-02-29", 32600000.0),
            ("online_payments_value", "national", "as_of", "2024-02-29", 25660.0),
            ("online_payments_count_new", "national", "month", "2024-02-29", 1150000.0),
            ("online_payments_value_new", "national", "month", "2024-02-29", 1320.0),
        ],
    ),
    # Government regular meeting of June 2025 (press): half-year dossier rate and portal dossiers, full-process share at 30/6.
    # Traps: GDP growth, the growth target, counts of provinces and communes after the merger, one ministry's services.
    (
        """Phiên họp Chính phủ thường kỳ tháng 6/2025: Tăng trưởng 6 tháng cao nhất giai đoạn 2011-2025

(Chinhphu.vn) - Sáng 5/7, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 6 và 6 tháng đầu năm 2025, phiên họp đầu tiên sau khi 34 tỉnh, thành phố với 3.321 đơn vị hành chính cấp xã chính thức vận hành mô hình chính quyền địa phương hai cấp.

GDP 6 tháng đầu năm ước tăng 7,52%. Chính phủ tiếp tục phấn đấu tăng trưởng cả năm đạt 8% trở lên.

Về chuyển đổi số, 6 tháng đầu năm 2025, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 51,7%; Cổng Dịch vụ công quốc gia tiếp nhận 12,8 triệu hồ sơ trực tuyến. Tính đến ngày 30/6/2025, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình đạt 54,3%. Riêng Bộ Công an đã cung cấp 315 dịch vụ công trực tuyến toàn trình.

Thủ tướng yêu cầu bảo đảm người dân, doanh nghiệp được phục vụ thông suốt, không để gián đoạn trong giải quyết thủ tục hành chính khi sắp xếp đơn vị hành chính.""",
        "2025-07-05",
        [
            ("online_dossier_rate", "national", "half", "2025-06-30", 51.7),
            ("national_portal_dossiers_new", "national", "half", "2025-06-30", 12800000.0),
            ("dvctt_full_process_rate", "national", "as_of", "2025-06-30", 54.3),
        ],
    ),
    # Press report of a Steering Committee meeting (April 2025): essential services "đến nay" (meeting = page date), Q1 full-process dossier split.
    # Traps: the remaining services, the 2025 dossier target, the digital-economy growth target, a named ministry.
    (
        """Ban Chỉ đạo của Chính phủ họp đánh giá kết quả quý I/2025

Chiều 15/4/2025, Thủ tướng Phạm Minh Chính, Trưởng Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 chủ trì phiên họp đánh giá kết quả quý I và triển khai nhiệm vụ thời gian tới.

Theo báo cáo của Bộ Khoa học và Công nghệ, đến nay đã cung cấp 74/76 dịch vụ công thiết yếu trực tuyến toàn trình theo Đề án 06; 2 dịch vụ còn lại đang được Bộ Tư pháp và Bộ Tài chính hoàn thiện quy trình. Trong quý I/2025, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 39,2%; khối bộ, ngành đạt 52,1%, khối địa phương đạt 35,6%.

Thủ tướng yêu cầu phấn đấu năm 2025 đạt tỷ lệ 80% hồ sơ được giải quyết trực tuyến toàn trình, kinh tế số tăng trưởng trên 20%, đồng thời chuẩn bị hạ tầng số phục vụ sắp xếp đơn vị hành chính.""",
        "2025-04-15",
        [
            ("essential_services_full_process", "national", "as_of", "2025-04-15", 74.0),
            ("online_dossier_full_process_rate", "national", "quarter", "2025-03-31", 39.2),
            ("online_dossier_full_process_rate", "ministries", "quarter", "2025-03-31", 52.1),
            ("online_dossier_full_process_rate", "localities", "quarter", "2025-03-31", 35.6),
        ],
    ),
    # Table of six provinces (34-province map, 9 months of 2025) with the localities' average.
    # Traps: the change column vs the same period, a ward's figure, the year-end target.
    (
        """Hồ sơ trực tuyến 9 tháng năm 2025: Hà Nội dẫn đầu nhóm địa phương có lượng hồ sơ lớn

Theo số liệu tổng hợp từ Cổng Dịch vụ công quốc gia, tỷ lệ hồ sơ xử lý trực tuyến bình quân của khối địa phương trong 9 tháng năm 2025 đạt 65,1%. Kết quả một số địa phương:

Địa phương | Tỷ lệ hồ sơ trực tuyến 9 tháng/2025 | Tăng so với cùng kỳ
Hà Nội | 88,4% | +14,3 điểm %
Phú Thọ | 81,3% | +11,0 điểm %
Đồng Nai | 77,6% | +9,8 điểm %
Khánh Hòa | 74,5% | +12,1 điểm %
Tuyên Quang | 72,9% | +15,6 điểm %
An Giang | 69,8% | +8,7 điểm %

Tại Hà Nội, phường Hoàn Kiếm có tỷ lệ hồ sơ trực tuyến đạt 97,2%, cao nhất trong 126 xã, phường của Thủ đô. Các địa phương đặt mục tiêu đến cuối năm 2025 đạt ít nhất 80% hồ sơ trực tuyến.""",
        "2025-10-14",
        [
            ("online_dossier_rate", "localities", "ytd", "2025-09-30", 65.1),
            ("online_dossier_rate", "Hà Nội", "ytd", "2025-09-30", 88.4),
            ("online_dossier_rate", "Phú Thọ", "ytd", "2025-09-30", 81.3),
            ("online_dossier_rate", "Đồng Nai", "ytd", "2025-09-30", 77.6),
            ("online_dossier_rate", "Khánh Hòa", "ytd", "2025-09-30", 74.5),
            ("online_dossier_rate", "Tuyên Quang", "ytd", "2025-09-30", 72.9),
            ("online_dossier_rate", "An Giang", "ytd", "2025-09-30", 69.8),
        ],
    ),
    # Year-end summary of 2023 (press): yearly dossier rate, attacks and NDXP transactions of the year, smartphone share at end-2023.
    # Traps: ICT revenue in USD, a change, count of circulars, the 2024 plan for 5G stations.
    (
        """Ngành Thông tin và Truyền thông tổng kết năm 2023

Sáng 5/1/2024, Bộ Thông tin và Truyền thông tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.

Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 43,4%. Nền tảng NDXP ghi nhận 781 triệu giao dịch trong năm 2023. Hệ thống kỹ thuật của Cục An toàn thông tin đã ghi nhận 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam trong năm, giảm 9,5% so với năm 2022. Tính đến cuối năm 2023, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84,4%.

Doanh thu công nghiệp công nghệ thông tin năm 2023 ước đạt 142 tỷ USD, tăng 14%. Trong năm, Bộ đã ban hành 35 thông tư.

Năm 2024, Bộ đặt kế hoạch lắp đặt 2.000 trạm 5G và nâng tỷ lệ hồ sơ trực tuyến lên 50%.""",
        "2024-01-05",
        [
            ("online_dossier_rate", "national", "year", "2023-12-31", 43.4),
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 781000000.0),
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 84.4),
        ],
    ),
    # Telecom subscriptions press item at end of August 2024: fixed and mobile broadband subscriptions, per-100, smartphones, FTTH households.
    # Traps: Viettel's market share, rural sub-count after "trong đó", a survey's share of adults owning smartphones, fibre share of fixed subscriptions.
    (
        """Cả nước có 23,1 triệu thuê bao băng rộng cố định

Theo số liệu của Cục Viễn thông, tính đến hết tháng 8/2024, cả nước có 23,1 triệu thuê bao băng rộng cố định, trong đó 6,2 triệu thuê bao ở khu vực nông thôn; số thuê bao băng rộng di động đạt 89,3 triệu. Mật độ thuê bao băng rộng cố định đạt 23,4 thuê bao/100 dân, băng rộng di động đạt 90,3 thuê bao/100 dân.

Cũng tính đến hết tháng 8/2024, thuê bao cáp quang chiếm 98% tổng số thuê bao băng rộng cố định; tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 82,4%. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 87,2%, tương ứng khoảng 108,6 triệu thuê bao.

Viettel tiếp tục dẫn đầu thị trường di động với khoảng 54% thị phần. Theo một khảo sát người tiêu dùng công bố giữa năm, 73% người trưởng thành tại Việt Nam sở hữu điện thoại thông minh.""",
        "2024-10-10",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-08-31", 23100000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-08-31", 89300000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-08-31", 23.4),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-08-31", 90.3),
            ("ftth_household_rate", "national", "as_of", "2024-08-31", 82.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-08-31", 87.2),
            ("smartphone_subscriptions", "national", "as_of", "2024-08-31", 108600000.0),
        ],
    ),
    # Dead-zone villages press item (May 2024): national count "đến nay", provinces with most villages, share of electrified dead zones covered.
    # Traps: villages without grid power after "trong đó", one operator's coverage, a commune, the 2025 target.
    (
        """Còn 1.058 thôn, bản chưa có sóng di động

Theo Bộ Thông tin và Truyền thông, đến nay cả nước còn 1.058 thôn, bản chưa có sóng di động băng rộng, trong đó 291 thôn chưa có điện lưới quốc gia. Các địa phương còn nhiều thôn lõm sóng nhất là Hà Giang (162 thôn), Điện Biên (134 thôn) và Nghệ An (98 thôn).

Sau hai năm triển khai chương trình "Sóng và máy tính cho em", tỷ lệ thôn, bản đã có điện lưới nhưng chưa có sóng được phủ sóng di động đạt 70,6%. Riêng Viettel đã phát sóng mới tại 600 thôn. Tại xã Mường Nhé (Điện Biên), 7 bản đã có sóng 4G từ tháng 4.

Mục tiêu đến hết năm 2025, toàn bộ các thôn, bản có điện lưới được phủ sóng di động băng rộng.""",
        "2024-05-20",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-05-20", 1058.0),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-05-20", 162.0),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2024-05-20", 134.0),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-05-20", 98.0),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-05-20", 70.6),
        ],
    ),
    # Payments press item (mid-2024): adults with an account and Mobile Money customers at end of June.
    # Traps: rural sub-count after "trong đó", growth of cashless payments, Thailand's share, one bank's customers.
    (
        """Gần 87% người trưởng thành có tài khoản thanh toán

Theo Ngân hàng Nhà nước, tính đến cuối tháng 6/2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt gần 87%. Dịch vụ Mobile Money có 8,6 triệu khách hàng, trong đó 6,2 triệu khách hàng ở khu vực nông thôn, vùng sâu, vùng xa.

6 tháng đầu năm, số lượng giao dịch thanh toán không dùng tiền mặt tăng 58,7% so với cùng kỳ. Một ngân hàng thương mại lớn cho biết đã có 15 triệu khách hàng sử dụng ngân hàng số. Tại Thái Lan, tỷ lệ người trưởng thành có tài khoản đã vượt 96%.""",
        "2024-07-25",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.0),
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 8600000.0),
        ],
    ),
    # Government regular meeting of May 2024 (press): 5-month NDXP transactions and portal dossiers (ytd), portal accounts at a stated date.
    # Traps: exports change, new businesses, change of NDXP vs same period, a named ministry, target.
    (
        """Phiên họp Chính phủ thường kỳ tháng 5/2024

(Chinhphu.vn) - Sáng 1/6, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 5/2024. Kim ngạch xuất khẩu 5 tháng tăng 15,2%; có hơn 99.000 doanh nghiệp thành lập mới.

Trong 5 tháng đầu năm 2024, Nền tảng NDXP đã thực hiện 425 triệu giao dịch, tăng 27% so với cùng kỳ; Cổng Dịch vụ công quốc gia tiếp nhận 7,9 triệu hồ sơ trực tuyến. Tính đến ngày 31/5/2024, Cổng có 12,3 triệu tài khoản đăng ký. Bộ Công an tiếp tục là đơn vị có số lượng dịch vụ công trực tuyến toàn trình lớn nhất.

Thủ tướng yêu cầu phấn đấu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%.""",
        "2024-06-01",
        [
            ("ndxp_transactions_period", "national", "ytd", "2024-05-31", 425000000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2024-05-31", 7900000.0),
            ("national_portal_accounts", "national", "as_of", "2024-05-31", 12300000.0),
        ],
    ),
    # Digital-economy press item (March 2025): 2024 share of GDP and growth, two provinces' GRDP shares (province breakdown).
    # Traps: the 2030 target, "gấp 3 lần" (derived), Indonesia's digital economy, e-commerce revenue (no id).
    (
        """Kinh tế số chiếm khoảng 18,3% GDP năm 2024

Theo Bộ Thông tin và Truyền thông, năm 2024, quy mô kinh tế số của Việt Nam ước đạt khoảng 18,3% GDP, tốc độ tăng trưởng kinh tế số ước khoảng 20%, gấp 3 lần tốc độ tăng trưởng GDP. Doanh thu thương mại điện tử bán lẻ đạt khoảng 25 tỷ USD.

Ở cấp địa phương, Bắc Ninh dẫn đầu với tỷ trọng kinh tế số trong GRDP năm 2024 đạt 30,12%; tiếp theo là Thái Nguyên với 27,85%.

Trong khu vực, kinh tế số Indonesia có quy mô khoảng 90 tỷ USD. Việt Nam đặt mục tiêu đến năm 2030 kinh tế số chiếm 30% GDP.""",
        "2025-03-05",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2024-12-31", 30.12),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2024-12-31", 27.85),
        ],
    ),
]

CASES += [
    # EGDI 2024 press item: the 2024 edition's rank (year of the edition) and the 2022 rank in parentheses (kept, own year).
    # Traps: "tăng 15 bậc", the EGDI score, the online-services sub-index rank, Singapore's and Denmark's places, the 2030 target.
    (
        """Việt Nam tăng 15 bậc về Chính phủ điện tử

Thứ Tư, 18/09/2024 - 10:12

Theo Bộ Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc vừa được công bố ngày 17/9, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số Phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022 (xếp hạng 86/193). Điểm EGDI của Việt Nam đạt 0,7709, lần đầu tiên thuộc nhóm "Rất cao".

Trong ba chỉ số thành phần, chỉ số dịch vụ trực tuyến (OSI) có thứ hạng tốt nhất, đứng thứ 60. Đan Mạch tiếp tục dẫn đầu thế giới; Singapore xếp thứ 3 và là quốc gia cao nhất khu vực Đông Nam Á.

Chiến lược phát triển Chính phủ số đặt mục tiêu Việt Nam vào nhóm 50 nước dẫn đầu về EGDI vào năm 2030.

Chia sẻ | Bình luận (0)""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # Government regular meeting of September 2023 (press): 9-month satisfaction (national, ministries, localities) and dossiers with personal ID.
    # Traps: public investment disbursement rate (no id), CPI and GDP changes, target.
    (
        """Phiên họp Chính phủ thường kỳ tháng 9/2023: Quý sau cao hơn quý trước

(Chinhphu.vn) - Sáng 5/10, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 9 và 9 tháng năm 2023. GDP 9 tháng tăng 4,24%; CPI bình quân tăng 3,16%; tỷ lệ giải ngân vốn đầu tư công đạt 51,4% kế hoạch.

Về cải cách hành chính, 9 tháng đầu năm 2023, mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt 81,6%; các bộ, ngành đạt 78,3%, các địa phương đạt 82,9%. Tỷ lệ hồ sơ thủ tục hành chính được gắn mã định danh cá nhân đạt 62,1%.

Chính phủ đặt mục tiêu cả năm đạt mức hài lòng tối thiểu 85%.""",
        "2023-10-05",
        [
            ("satisfaction_rate", "national", "ytd", "2023-09-30", 81.6),
            ("satisfaction_rate", "ministries", "ytd", "2023-09-30", 78.3),
            ("satisfaction_rate", "localities", "ytd", "2023-09-30", 82.9),
            ("dossiers_with_personal_id_rate", "national", "ytd", "2023-09-30", 62.1),
        ],
    ),
    # A province's own year-end article (Đồng Tháp, 2023): yearly dossier, full-process and satisfaction rates.
    # Traps: a district-level city and a district, a change in points, the 2024 target, PCI rank (no id).
    (
        """Đồng Tháp: Năm 2023, 72,5% hồ sơ thủ tục hành chính được xử lý trực tuyến

Báo Đồng Tháp - Tại hội nghị tổng kết công tác cải cách hành chính, UBND tỉnh cho biết năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 72,5%, tăng 18,2 điểm phần trăm so với năm 2022; tỷ lệ hồ sơ trực tuyến toàn trình đạt 51,9%. Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính đạt 98,7%.

Trong các địa phương cấp huyện, thành phố Sa Đéc và huyện Lai Vung dẫn đầu với tỷ lệ hồ sơ trực tuyến lần lượt 86% và 84%. Đồng Tháp tiếp tục nằm trong nhóm dẫn đầu cả nước về Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), xếp thứ 3.

Năm 2024, tỉnh phấn đấu 80% hồ sơ được xử lý trực tuyến.""",
        "2024-01-16",
        [
            ("online_dossier_rate", "Đồng Tháp", "year", "2023-12-31", 72.5),
            ("online_dossier_full_process_rate", "Đồng Tháp", "year", "2023-12-31", 51.9),
            ("satisfaction_rate", "Đồng Tháp", "year", "2023-12-31", 98.7),
        ],
    ),
    # Press item on the 766 service index at a stated date: satisfaction and e-result rates with the split.
    # Traps: index scores of ministries, localities, a province and a ministry (no id), digitisation share (no id).
    (
        """Bộ chỉ số phục vụ người dân, doanh nghiệp: Quảng Ninh tiếp tục dẫn đầu

Theo Hệ thống thông tin đánh giá, đo lường chất lượng phục vụ người dân, doanh nghiệp (Hệ thống 766), tính đến ngày 18/11/2024, điểm trung bình của các bộ, ngành đạt 61,2/100 điểm, của các địa phương đạt 75,4/100 điểm. Quảng Ninh dẫn đầu khối địa phương với 90,1 điểm; Bộ Công an đứng đầu khối bộ, ngành với 85,5 điểm.

Cũng theo Hệ thống 766, tỷ lệ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính của cả nước đạt 89,6%; khối bộ, ngành đạt 84,2%, khối địa phương đạt 91,3%. Tỷ lệ hồ sơ được cấp kết quả điện tử đạt 79,1%; tỷ lệ số hóa hồ sơ mới đạt 56%.""",
        "2024-11-20",
        [
            ("satisfaction_rate", "national", "as_of", "2024-11-18", 89.6),
            ("satisfaction_rate", "ministries", "as_of", "2024-11-18", 84.2),
            ("satisfaction_rate", "localities", "as_of", "2024-11-18", 91.3),
            ("e_result_rate", "national", "as_of", "2024-11-18", 79.1),
        ],
    ),
    # Press summary of the July 2025 report (first month of two-level local government): dossier rates split, provinces named.
    # Traps: a named ministry, a ward, the count of communes, the change vs June.
    (
        """Tháng 7/2025: 63,4% hồ sơ thủ tục hành chính được xử lý trực tuyến

Theo báo cáo của Bộ Khoa học và Công nghệ, trong tháng 7/2025 - tháng đầu tiên vận hành chính quyền địa phương hai cấp - tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 63,4%, tăng 5,1 điểm phần trăm so với tháng 6. Khối bộ, ngành đạt 71,2%; khối địa phương đạt 58,9%.

Nhiều địa phương đạt kết quả cao như Hà Nội (95,2%), Hải Phòng (90,6%), Lào Cai (85,3%). Lai Châu có tỷ lệ thấp nhất với 31,4%. Ở khối bộ, ngành, Bộ Tài chính đạt 99%.

Phường Ba Đình (Hà Nội) là một trong những đơn vị cấp xã đầu tiên đạt 100% hồ sơ trực tuyến. Cả nước hiện có 3.321 đơn vị hành chính cấp xã.""",
        "2025-08-12",
        [
            ("online_dossier_rate", "national", "month", "2025-07-31", 63.4),
            ("online_dossier_rate", "ministries", "month", "2025-07-31", 71.2),
            ("online_dossier_rate", "localities", "month", "2025-07-31", 58.9),
            ("online_dossier_rate", "Hà Nội", "month", "2025-07-31", 95.2),
            ("online_dossier_rate", "Hải Phòng", "month", "2025-07-31", 90.6),
            ("online_dossier_rate", "Lào Cai", "month", "2025-07-31", 85.3),
            ("online_dossier_rate", "Lai Châu", "month", "2025-07-31", 31.4),
        ],
    ),
    # Government conference with localities (January 2026): year-2025 results, 5G at 31/12/2025, digital-economy share of 2025.
    # Traps: GDP growth, the 2026 targets, "tăng 2,3 lần", Viettel's stations.
    (
        """Hội nghị Chính phủ với địa phương: Năm 2025 hoàn thành toàn diện các mục tiêu

(Chinhphu.vn) - Ngày 8/1/2026, Chính phủ tổ chức Hội nghị trực tuyến toàn quốc với các địa phương tổng kết năm 2025, triển khai nhiệm vụ năm 2026.

Năm 2025, GDP ước tăng 8,02%. Tỷ lệ hồ sơ trực tuyến toàn trình của cả nước năm 2025 đạt 52,4%. Tính đến ngày 31/12/2025, cả nước có 31.500 trạm 5G, tăng 2,3 lần so với giữa năm; vùng phủ sóng 5G đạt 91% dân số. Riêng Viettel đã lắp đặt hơn 20.000 trạm. Kinh tế số năm 2025 ước chiếm 19,5% GDP.

Năm 2026, Chính phủ đặt mục tiêu tăng trưởng GDP từ 10% trở lên, tỷ trọng kinh tế số đạt khoảng 22% GDP.""",
        "2026-01-08",
        [
            ("online_dossier_full_process_rate", "national", "year", "2025-12-31", 52.4),
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 31500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 91.0),
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 19.5),
        ],
    ),
    # NDXP press item (February 2025): "hiện nay" connection levels (page date), January transactions and cumulative at end of January.
    # Traps: count of national databases, change vs January 2024, a named ministry's connections.
    (
        """NDXP đạt 95,3 triệu giao dịch trong tháng 1/2025

Trong tháng 1/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 95,3 triệu giao dịch, tăng 24% so với tháng 1/2024. Lũy kế từ năm 2019 đến hết tháng 1/2025, NDXP đã thực hiện 2,86 tỷ giao dịch.

Hiện nay, NDXP đã thiết lập 1.632 điểm kết nối, kết nối với 112 bộ, ngành, địa phương và đơn vị; 10 cơ sở dữ liệu quốc gia đã được kết nối, chia sẻ qua nền tảng. Riêng Bộ Công an đã kết nối 42 hệ thống.""",
        "2025-02-18",
        [
            ("ndxp_transactions_period", "national", "month", "2025-01-31", 95300000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-01-31", 2860000000.0),
            ("ndxp_connection_points", "national", "as_of", "2025-02-18", 1632.0),
            ("ndxp_connected_agencies", "national", "as_of", "2025-02-18", 112.0),
        ],
    ),
    # Information-security press item (August 2024): approved-level share with ministries/localities split, EMC connection, "đến nay".
    # Traps: count of approved systems, the 100% target, a named ministry.
    (
        """Bảo đảm an toàn hệ thống thông tin theo cấp độ: Địa phương đi trước bộ, ngành

Theo Cục An toàn thông tin, đến nay tỷ lệ hệ thống thông tin của các cơ quan nhà nước được phê duyệt hồ sơ đề xuất cấp độ đạt 88,3%, tương ứng 3.240 hệ thống. Khối bộ, ngành đạt 82,7%, khối địa phương đạt 90,1%. Bộ Tài nguyên và Môi trường mới đạt 45%.

Cũng đến nay, tỷ lệ hệ thống giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) đạt 95,2%.

Bộ Thông tin và Truyền thông yêu cầu hoàn thành phê duyệt cấp độ cho 100% hệ thống thông tin trong năm 2024.""",
        "2024-08-22",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-08-22", 88.3),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-08-22", 82.7),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-08-22", 90.1),
            ("emc_connection_rate", "national", "as_of", "2024-08-22", 95.2),
        ],
    ),
    # Press item after a Government meeting on administrative reform (November 2023): provinces reducing fees, procedures simplified.
    # Traps: provinces not yet issuing resolutions (remainder), procedures not yet implemented (remainder), count of resolutions.
    (
        """58/63 tỉnh, thành phố đã giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến

Theo Văn phòng Chính phủ, đến nay đã có 58/63 tỉnh, thành phố ban hành nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí khi người dân, doanh nghiệp thực hiện thủ tục qua dịch vụ công trực tuyến; 5 địa phương còn lại chưa ban hành.

Đối với 12 nghị quyết chuyên đề của Chính phủ về phương án cắt giảm, đơn giản hóa thủ tục hành chính, các bộ, ngành đã thực thi 812/1.084 thủ tục hành chính; còn 272 thủ tục chưa được thực thi do phải sửa đổi luật, nghị định.""",
        "2023-11-02",
        [
            ("localities_fee_reduction", "national", "as_of", "2023-11-02", 58.0),
            ("procedures_simplified", "national", "as_of", "2023-11-02", 812.0),
        ],
    ),
    # Report excerpt at a stated date (20/3/2024): full-process share over eligible vs over all procedures, split; share of procedures online.
    # Traps: change in points, a named ministry's 100%.
    (
        """Tính đến ngày 20/3/2024, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện đạt 88,6%; trên tổng số thủ tục hành chính đạt 51,2%, tăng 3,1 điểm phần trăm so với cuối năm 2023.

Cụ thể, khối bộ, ngành đạt lần lượt 90,2% và 49,7%; khối địa phương đạt 87,9% và 52,3%. Bộ Công an đã cung cấp 100% thủ tục đủ điều kiện dưới dạng dịch vụ công trực tuyến toàn trình.

Tỷ lệ thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến (một phần và toàn trình) của cả nước đạt 79,4%.""",
        "2024-03-28",
        [
            ("full_process_provision_rate", "national", "as_of", "2024-03-20", 88.6),
            ("dvctt_full_process_rate", "national", "as_of", "2024-03-20", 51.2),
            ("full_process_provision_rate", "ministries", "as_of", "2024-03-20", 90.2),
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-03-20", 49.7),
            ("full_process_provision_rate", "localities", "as_of", "2024-03-20", 87.9),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-03-20", 52.3),
            ("dvctt_rate", "national", "as_of", "2024-03-20", 79.4),
        ],
    ),
    # Press summary of the September 2024 report: share of online services with dossiers, split and two provinces.
    # Traps: a count of services with no dossier, the target, a district.
    (
        """Hơn một nửa dịch vụ công trực tuyến vẫn "đắp chiếu"?

Theo báo cáo tháng 9/2024 của Bộ Thông tin và Truyền thông, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trong tháng của cả nước chỉ đạt 47,6%; khối bộ, ngành đạt 43,1%, khối địa phương đạt 51,8%. Cả nước vẫn còn hơn 2.100 dịch vụ công trực tuyến không có hồ sơ nào phát sinh trong tháng.

Một số địa phương có tỷ lệ cao là Bắc Ninh (78,4%) và Cần Thơ (74,9%). Tại huyện Gia Bình (Bắc Ninh), tỷ lệ này đạt 90%.

Theo Kế hoạch năm 2024, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ phải đạt tối thiểu 50%.""",
        "2024-10-11",
        [
            ("dvctt_with_dossiers_rate", "national", "month", "2024-09-30", 47.6),
            ("dvctt_with_dossiers_rate", "ministries", "month", "2024-09-30", 43.1),
            ("dvctt_with_dossiers_rate", "localities", "month", "2024-09-30", 51.8),
            ("dvctt_with_dossiers_rate", "Bắc Ninh", "month", "2024-09-30", 78.4),
            ("dvctt_with_dossiers_rate", "Cần Thơ", "month", "2024-09-30", 74.9),
        ],
    ),
]

CASES += [
    # Telecom-day press item (May 2025): internet users and village coverage at end-2024, April 2025 mobile download speed.
    # Traps: a vendor's internet-penetration estimate, upload speed, speed rank, the 2030 target.
    (
        """Hạ tầng số Việt Nam: Hơn 84% người dân sử dụng Internet

Nhân Ngày Viễn thông và Xã hội thông tin thế giới 17/5, Bộ Khoa học và Công nghệ cho biết tính đến cuối năm 2024, tỷ lệ người dân sử dụng Internet đạt 84,2%; 99,8% thôn, bản trên cả nước đã được phủ sóng di động băng rộng. Trong khi đó, báo cáo của DataReportal ước tính tỷ lệ người dùng Internet tại Việt Nam là 79,1% dân số.

Chất lượng mạng di động cải thiện rõ rệt sau khi thương mại hóa 5G: trong tháng 4/2025, tốc độ tải xuống trung vị của mạng di động đạt 146,6 Mbps, tốc độ tải lên đạt 38,2 Mbps, đưa Việt Nam lên vị trí thứ 18 thế giới.

Mục tiêu đến năm 2030, 100% người dân được tiếp cận Internet băng rộng chất lượng cao.""",
        "2025-05-17",
        [
            ("internet_users_rate", "national", "as_of", "2024-12-31", 84.2),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-12-31", 99.8),
            ("mobile_broadband_speed", "national", "month", "2025-04-30", 146.6),
        ],
    ),
    # Report excerpt with no sidecar date, dated by its own header: explicit 20/4-20/5 window, a cumulative at 20/5, a "hiện nay" level.
    # Traps: the June plan, count of documents issued.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 2150/BC-BTTTT
Hà Nội, ngày 12 tháng 6 năm 2024

BÁO CÁO
Tình hình triển khai chuyển đổi số tháng 5 năm 2024

1. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia
Trong tháng 5/2024 (từ ngày 20/4/2024 đến ngày 20/5/2024), NDXP ghi nhận 86,4 triệu giao dịch, trung bình hàng ngày có 2,79 triệu giao dịch. Lũy kế đến ngày 20/5/2024, tổng số giao dịch qua NDXP đạt 1,95 tỷ giao dịch. Hiện nay, NDXP có 1.321 điểm kết nối.

2. An toàn thông tin mạng
Trong tháng 5/2024 (từ ngày 20/4/2024 đến ngày 20/5/2024), hệ thống kỹ thuật ghi nhận 1.105 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.

3. Công tác chỉ đạo, điều hành
Trong tháng, Bộ đã ban hành 3 văn bản hướng dẫn. Kế hoạch tháng 6/2024: phấn đấu bổ sung 100 điểm kết nối mới trên NDXP.""",
        None,
        [
            ("ndxp_transactions_period", "national", "month", "2024-05-20", 86400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-05-20", 2790000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-05-20", 1950000000.0),
            ("ndxp_connection_points", "national", "as_of", "2024-06-12", 1321.0),
            ("cyberattacks", "national", "month", "2024-05-20", 1105.0),
        ],
    ),
    # Two provinces compared (11 months of 2024) with the national rate and its same-period value in parentheses (kept, own period).
    # Traps: a district, the change in points, the national year target.
    (
        """Bắc Giang, Bắc Ninh: Hai "điểm sáng" về dịch vụ công trực tuyến toàn trình

11 tháng năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 42,8% (cùng kỳ năm 2023 là 28,6%). Trong bức tranh chung, Bắc Giang và Bắc Ninh nổi lên là hai địa phương dẫn đầu vùng đồng bằng sông Hồng.

Theo Sở Thông tin và Truyền thông Bắc Giang, 11 tháng năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 67,3%, tăng 9 điểm phần trăm; huyện Yên Dũng đạt cao nhất với 83%. Trong cùng thời gian, Bắc Ninh đạt 61,8%.

Mục tiêu của Chính phủ là đến hết năm 2024, cả nước đạt 50% hồ sơ trực tuyến toàn trình.

Hoàng Nam - Báo Bắc Giang""",
        "2024-12-03",
        [
            ("online_dossier_full_process_rate", "national", "ytd", "2024-11-30", 42.8),
            ("online_dossier_full_process_rate", "national", "ytd", "2023-11-30", 28.6),
            ("online_dossier_full_process_rate", "Bắc Giang", "ytd", "2024-11-30", 67.3),
            ("online_dossier_full_process_rate", "Bắc Ninh", "ytd", "2024-11-30", 61.8),
        ],
    ),
    # Government regular meeting of July 2023 (press, no sidecar date; the text dates its one value): mostly economy and targets; one 7-month full-process dossier rate.
    # Traps: GDP, disbursement rate, cut business regulations (count), dispatches (count), targets.
    (
        """Phiên họp Chính phủ thường kỳ tháng 7/2023: Tập trung tháo gỡ vướng mắc, thúc đẩy tăng trưởng

(Chinhphu.vn) - Sáng 5/8, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 7/2023.

Tỷ lệ giải ngân vốn đầu tư công 7 tháng đạt 34,5% kế hoạch. Các bộ, ngành đã cắt giảm, đơn giản hóa hơn 2.200 quy định kinh doanh. Trong tháng, Thủ tướng đã ký ban hành 12 công điện chỉ đạo.

Về chuyển đổi số, 7 tháng đầu năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 25,9%.

Thủ tướng yêu cầu phấn đấu tăng trưởng GDP cả năm khoảng 6,5% và đến cuối năm 2023 tối thiểu 50% hồ sơ được xử lý trực tuyến.""",
        None,
        [
            ("online_dossier_full_process_rate", "national", "ytd", "2023-07-31", 25.9),
        ],
    ),
    # Table with month columns (July-September 2024) for national, ministries and localities dossier rates; no sidecar date (the headers date every value).
    # Traps: the change column, the quarter's target.
    (
        """Tỷ lệ hồ sơ xử lý trực tuyến quý III/2024 tăng đều qua từng tháng

Số liệu do Bộ Thông tin và Truyền thông tổng hợp:

Tỷ lệ hồ sơ xử lý trực tuyến (%) | Tháng 7/2024 | Tháng 8/2024 | Tháng 9/2024 | Tăng/giảm tháng 9 so với tháng 8
Cả nước | 45,2 | 46,8 | 48,1 | +1,3
Bộ, ngành | 61,4 | 62,9 | 64,7 | +1,8
Địa phương | 38,9 | 40,3 | 41,6 | +1,3

Dù tăng đều, kết quả này vẫn thấp hơn mục tiêu 50% đặt ra cho năm 2024.""",
        None,
        [
            ("online_dossier_rate", "national", "month", "2024-07-31", 45.2),
            ("online_dossier_rate", "national", "month", "2024-08-31", 46.8),
            ("online_dossier_rate", "national", "month", "2024-09-30", 48.1),
            ("online_dossier_rate", "ministries", "month", "2024-07-31", 61.4),
            ("online_dossier_rate", "ministries", "month", "2024-08-31", 62.9),
            ("online_dossier_rate", "ministries", "month", "2024-09-30", 64.7),
            ("online_dossier_rate", "localities", "month", "2024-07-31", 38.9),
            ("online_dossier_rate", "localities", "month", "2024-08-31", 40.3),
            ("online_dossier_rate", "localities", "month", "2024-09-30", 41.6),
        ],
    ),
    # Year-2024 review press item: adults using online services, e-result rate, one province's data reuse.
    # Traps: the 2025 target, a change in points.
    (
        """Năm 2024: Hơn một nửa người trưởng thành đã sử dụng dịch vụ công trực tuyến

Năm 2024, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 55,2%, tăng 9,4 điểm phần trăm so với năm 2023. Tỷ lệ hồ sơ được cấp kết quả giải quyết thủ tục hành chính điện tử đạt 79,6%.

Trong năm, Quảng Ninh là địa phương có tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa cao nhất với 81,7%.

Năm 2025, Chính phủ đặt mục tiêu 70% người trưởng thành sử dụng dịch vụ công trực tuyến.""",
        "2025-01-10",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 55.2),
            ("e_result_rate", "national", "year", "2024-12-31", 79.6),
            ("data_reuse_rate", "Quảng Ninh", "year", "2024-12-31", 81.7),
        ],
    ),
    # Portal flows "lũy kế từ đầu năm" to end of August 2024 (ytd on the _new twins) and August's own dossiers (month).
    # Traps: tax dossiers after "trong đó", change vs the same period, one ministry's share.
    (
        """8 tháng năm 2024: Cổng Dịch vụ công quốc gia tiếp nhận 14,2 triệu hồ sơ trực tuyến

Lũy kế từ đầu năm đến hết tháng 8/2024, Cổng Dịch vụ công quốc gia đã tiếp nhận 14,2 triệu hồ sơ trực tuyến; thực hiện 9,6 triệu giao dịch thanh toán trực tuyến với tổng số tiền 10.450 tỷ đồng, tăng 32% so với cùng kỳ.

Riêng tháng 8/2024, Cổng tiếp nhận 1,9 triệu hồ sơ trực tuyến, trong đó 310.000 hồ sơ thuộc lĩnh vực thuế. Hồ sơ của Bộ Công an chiếm gần một nửa tổng số hồ sơ nộp qua Cổng.""",
        "2024-09-10",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2024-08-31", 14200000.0),
            ("online_payments_count_new", "national", "ytd", "2024-08-31", 9600000.0),
            ("online_payments_value_new", "national", "ytd", "2024-08-31", 10450.0),
            ("national_portal_dossiers_new", "national", "month", "2024-08-31", 1900000.0),
        ],
    ),
    # 5G press item comparing countries (September 2025): national stations and coverage at end of August.
    # Traps: Korea's, Thailand's and Malaysia's coverage, one operator's upload speed, the 2030 target.
    (
        """5G Việt Nam: Đi sau nhưng tăng tốc nhanh

Theo Cục Viễn thông (Bộ Khoa học và Công nghệ), tính đến cuối tháng 8/2025, cả nước có 15.800 trạm 5G, phủ sóng khoảng 75% dân số.

So với các nước trong khu vực, Hàn Quốc đã phủ sóng 5G tới 95% dân số, Thái Lan 85% và Malaysia 82%. Tại Việt Nam, một nhà mạng cho biết tốc độ tải lên trên mạng 5G của mình đạt trung bình 95 Mbps.

Theo Quy hoạch hạ tầng thông tin và truyền thông, đến năm 2030 mạng 5G sẽ phủ sóng 99% dân số.""",
        "2025-09-22",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-08-31", 15800.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-08-31", 75.0),
        ],
    ),
    # Q1/2025 summary (press): cyberattacks in the quarter, NDXP transactions in the quarter and daily average, botnet IPs at end of Q1.
    # Traps: change vs the same period, ransomware sub-count after "trong đó".
    (
        """Quý I/2025: Số vụ tấn công mạng giảm gần một nửa

Theo số liệu của cơ quan chức năng, trong quý I/2025, đã ghi nhận 1.945 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 46,4% so với cùng kỳ năm 2024; trong đó có 35 cuộc tấn công mã hóa dữ liệu đòi tiền chuộc. Đến cuối quý I/2025, số địa chỉ IP thuộc các mạng botnet khoảng 490.000.

Cũng trong quý I/2025, Nền tảng NDXP ghi nhận 285,6 triệu giao dịch, bình quân mỗi ngày 3,17 triệu giao dịch.""",
        "2025-04-10",
        [
            ("cyberattacks", "national", "quarter", "2025-03-31", 1945.0),
            ("botnet_ips", "national", "as_of", "2025-03-31", 490000.0),
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 285600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 3170000.0),
        ],
    ),
    # A merged province's own article (Đắk Lắk, 10 months of 2025): online and full-process dossier rates.
    # Traps: online payment share (no id), a commune, the gap vs the national average (derived), the year-end target.
    (
        """Đắk Lắk: 10 tháng, 76,4% hồ sơ được xử lý trực tuyến

Báo Đắk Lắk - Theo Sở Khoa học và Công nghệ, 10 tháng năm 2025, tỷ lệ hồ sơ xử lý trực tuyến trên địa bàn tỉnh Đắk Lắk (sau hợp nhất) đạt 76,4%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,7%, cao hơn bình quân cả nước 6,3 điểm phần trăm. Tỷ lệ hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến đạt 62%.

Xã Ea Kar là đơn vị dẫn đầu với 91% hồ sơ trực tuyến. Tỉnh phấn đấu đến cuối năm 2025 đạt 80% hồ sơ trực tuyến.""",
        "2025-11-20",
        [
            ("online_dossier_rate", "Đắk Lắk", "ytd", "2025-10-31", 76.4),
            ("online_dossier_full_process_rate", "Đắk Lắk", "ytd", "2025-10-31", 58.7),
        ],
    ),
    # Hà Nội's own Q1/2024 figures: quarter dossier rates and full-process share of procedures at 31/3.
    # Traps: a district (quận), one department, a change, the year's target.
    (
        """Hà Nội: Quý I/2024, 84,3% hồ sơ thủ tục hành chính được xử lý trực tuyến

Kinhtedothi - Theo Sở Thông tin và Truyền thông Hà Nội, quý I/2024, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 84,3%, tăng 7,8 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,2%. Tính đến ngày 31/3/2024, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình của thành phố đạt 62,1%.

Quận Hoàn Kiếm đạt 97% hồ sơ trực tuyến, cao nhất trong 30 quận, huyện, thị xã. Sở Tư pháp đạt 99% hồ sơ trực tuyến.

Năm 2024, Hà Nội phấn đấu 80% hồ sơ trực tuyến toàn trình.""",
        "2024-04-10",
        [
            ("online_dossier_rate", "Hà Nội", "quarter", "2024-03-31", 84.3),
            ("online_dossier_full_process_rate", "Hà Nội", "quarter", "2024-03-31", 58.2),
            ("dvctt_full_process_rate", "Hà Nội", "as_of", "2024-03-31", 62.1),
        ],
    ),
]

CASES += [
    # Whole press article on the Government regular meeting of March 2024 with page furniture: Q1 dossier rates national/ministries/localities,
    # three provinces named, Q1 portal dossiers and NDXP transactions. Traps: GDP and exports changes, a named ministry's services,
    # a district's figure, counts of decrees and petitions, the year's targets, related-article headlines with figures.
    (
        """Trang chủ > Thời sự > Hoạt động Chính phủ

Phiên họp Chính phủ thường kỳ tháng 3/2024: Giữ vững đà phục hồi, đẩy mạnh chuyển đổi số

Thứ Bảy, 06/04/2024 11:35 (GMT+7)

(Chinhphu.vn) - Sáng 6/4, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 3/2024 và Hội nghị trực tuyến Chính phủ với các địa phương.

Theo báo cáo của Bộ Kế hoạch và Đầu tư, GDP quý I/2024 ước tăng 5,66%, cao nhất so với cùng kỳ các năm 2020-2023; kim ngạch xuất khẩu tăng 17% so với cùng kỳ. Trong quý, Chính phủ đã ban hành 11 nghị định; các bộ, ngành đã xử lý 2.100 phản ánh, kiến nghị của người dân, doanh nghiệp.

Về cải cách thủ tục hành chính và chuyển đổi số, trong quý I/2024, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 44,7%; các bộ, ngành đạt 60,8%, các địa phương đạt 37,5%. Nhiều địa phương có kết quả nổi bật như Bình Dương (89,2%), Đà Nẵng (86,7%) và Lâm Đồng (80,1%). Tại Bình Dương, thành phố Thuận An đạt tới 95% hồ sơ trực tuyến.

Cũng trong quý I, Cổng Dịch vụ công quốc gia tiếp nhận 3,9 triệu hồ sơ trực tuyến; Nền tảng tích hợp, chia sẻ dữ liệu quốc gia ghi nhận 238 triệu giao dịch. Bộ Công an đã tích hợp 1.400 dịch vụ công trên Cổng Dịch vụ công quốc gia.

Phát biểu kết luận, Thủ tướng yêu cầu các bộ, ngành, địa phương tiếp tục cắt giảm thủ tục hành chính, phấn đấu trong năm 2024 đạt 50% hồ sơ trực tuyến toàn trình, tăng trưởng GDP cả năm 6-6,5%. Thủ tướng đề nghị các địa phương có tỷ lệ hồ sơ trực tuyến thấp phải kiểm điểm, làm rõ trách nhiệm người đứng đầu.

Hải Minh

Chia sẻ | In bài | Bình luận

Tin liên quan:
- Thủ tướng: Năm 2024 phải tăng trưởng 6,5%
- 5 điểm nhấn của kinh tế quý I

Từ khóa: phiên họp Chính phủ, chuyển đổi số, dịch vụ công""",
        "2024-04-06",
        [
            ("online_dossier_rate", "national", "quarter", "2024-03-31", 44.7),
            ("online_dossier_rate", "ministries", "quarter", "2024-03-31", 60.8),
            ("online_dossier_rate", "localities", "quarter", "2024-03-31", 37.5),
            ("online_dossier_rate", "Bình Dương", "quarter", "2024-03-31", 89.2),
            ("online_dossier_rate", "Đà Nẵng", "quarter", "2024-03-31", 86.7),
            ("online_dossier_rate", "Lâm Đồng", "quarter", "2024-03-31", 80.1),
            ("national_portal_dossiers_new", "national", "quarter", "2024-03-31", 3900000.0),
            ("ndxp_transactions_period", "national", "quarter", "2024-03-31", 238000000.0),
        ],
    ),
]
