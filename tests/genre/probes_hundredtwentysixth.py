"""Genre probes, round 126: provincial pages before and after the July 2025 merger giving the province's own figures, with district, commune and former-part figures, aims and changes as traps, written blind.

First reading (the stop's start code 5e4027b read it): 124 of 132 right, 124 of 130 found (0.94 / 0.95). Fitted after that reading (stop 46): dead-zone villages covered counted then their share, 5G stations beside all generations', a province's own list of essential services, a province's aim for a year, "Trong năm" after a year opened on: 128 of 130, 128 of 130. Left: "lần lượt là 99,1% và 94,6%" for two places named in the clause before; "hiện nay" levels of an undated page dated by its latest month.
"""

CASES = [
    # 1. Bắc Giang newspaper, Q1/2024 provincial dossier rates (pre-merger).
    # Traps: change in points, a district's rate, the 2024 target, dossier counts (no id).
    (
        """BẮC GIANG: Tỷ lệ hồ sơ trực tuyến quý I tăng mạnh

(BGĐT) - Theo báo cáo của Sở Thông tin và Truyền thông, trong quý I/2024, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 186.420 hồ sơ thủ tục hành chính (TTHC), trong đó 135.341 hồ sơ được tiếp nhận trực tuyến. Tỷ lệ hồ sơ được xử lý trực tuyến của tỉnh đạt 72,6%, tăng 8,1 điểm phần trăm so với cùng kỳ năm 2023; tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,3%. Tỷ lệ hồ sơ được cấp kết quả giải quyết TTHC điện tử đạt 95,2%.

Ở cấp huyện, huyện Lạng Giang dẫn đầu với tỷ lệ hồ sơ trực tuyến 88,4%, tiếp đến là TP Bắc Giang (85,7%); một số địa phương như Sơn Động, Lục Ngạn vẫn dưới 60% do người dân vùng sâu, vùng xa còn quen nộp hồ sơ trực tiếp.

Năm 2024, tỉnh đặt mục tiêu tỷ lệ hồ sơ xử lý trực tuyến đạt trên 80% và 100% hồ sơ được cấp kết quả điện tử. Để đạt mục tiêu này, Sở đề nghị các huyện tiếp tục duy trì tổ công nghệ số cộng đồng tại thôn, tổ dân phố, hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và tài khoản Cổng dịch vụ công.

Minh Thư""",
        "2024-04-09",
        [
            ("online_dossier_rate", "Bắc Giang", "quarter", "2024-03-31", 72.6),
            ("online_dossier_full_process_rate", "Bắc Giang", "quarter", "2024-03-31", 41.3),
            ("e_result_rate", "Bắc Giang", "quarter", "2024-03-31", 95.2),
        ],
    ),
    # 2. New Tuyên Quang (with Hà Giang) after the merger: dead-zone villages at a stated date.
    # Traps: communes' counts after "Trong đó", Viettel's new stations, aims for end-2025 and 2026.
    (
        """Tuyên Quang: Nỗ lực xóa "vùng lõm" sóng di động sau hợp nhất

Sau khi hợp nhất với tỉnh Hà Giang, tỉnh Tuyên Quang mới có 124 xã, phường với hơn 1,8 triệu dân, địa hình chia cắt mạnh, nhiều thôn bản nằm sâu trong các thung lũng đá. Theo số liệu của Sở Khoa học và Công nghệ, tính đến ngày 15/9/2025, toàn tỉnh còn 186 thôn, bản chưa có sóng điện thoại di động, chủ yếu tập trung ở khu vực phía Bắc (thuộc tỉnh Hà Giang cũ). Trong đó, xã Mèo Vạc có 14 thôn, xã Sơn Vĩ có 11 thôn, xã Du Già có 9 thôn. Tỷ lệ thôn, bản có sóng di động băng rộng của tỉnh đạt 95,3%.

Từ đầu năm đến nay, Viettel Tuyên Quang đã phát sóng 35 trạm BTS mới tại các khu vực lõm sóng; VNPT Tuyên Quang cũng đang khảo sát, chuẩn bị lắp đặt 12 trạm. Ông Nguyễn Văn Hùng, Giám đốc Sở Khoa học và Công nghệ cho biết, khó khăn lớn nhất là nhiều thôn chưa có điện lưới, đường vận chuyển thiết bị rất hiểm trở.

Tỉnh phấn đấu đến hết năm 2025 xóa thêm 100 thôn lõm sóng và đến năm 2026 cơ bản không còn thôn, bản "trắng sóng", bảo đảm điều kiện để người dân thực hiện dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.""",
        "2025-09-18",
        [
            ("villages_without_mobile_coverage", "Tuyên Quang", "as_of", "2025-09-15", 186.0),
            ("villages_with_mobile_coverage_rate", "Tuyên Quang", "as_of", "2025-09-15", 95.3),
        ],
    ),
    # 3. Quảng Ninh year 2023 review: full-process dossiers for the year, fibre and smartphone levels at year end, GRDP share.
    # Traps: DTI rank, 100% of communes with fibre (no id), growth vs 2022, 2024 aims.
    (
        """Quảng Ninh tiếp tục dẫn đầu về chuyển đổi số

Năm 2023, Quảng Ninh tiếp tục khẳng định vị trí dẫn đầu cả nước khi đứng thứ nhất về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022. Trong năm, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình của tỉnh đạt 89,7%; 100% hồ sơ được số hóa ngay khi tiếp nhận.

Hạ tầng số tiếp tục được đầu tư đồng bộ: tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 92,1%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 87,4%; 100% xã, phường, thị trấn có hạ tầng băng rộng cáp quang. Kinh tế số ước chiếm khoảng 10,2% GRDP của tỉnh, doanh thu thương mại điện tử tăng 12,6% so với năm 2022.

Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 95%, tỷ trọng kinh tế số đạt 12% GRDP và hoàn thành triển khai thí điểm mạng 5G tại TP Hạ Long.""",
        "2024-01-12",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2023-12-31", 89.7),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2023-12-31", 92.1),
            ("smartphone_subscriber_rate", "Quảng Ninh", "as_of", "2023-12-31", 87.4),
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2023-12-31", 10.2),
        ],
    ),
    # 4. National monthly summary, October 2024, split ministries vs localities.
    # Traps: two named ministries' rates, a group of provinces "trên 80%", a change in points, the 80% aim.
    (
        """Tình hình cung cấp, sử dụng dịch vụ công trực tuyến tháng 10/2024

Theo số liệu tổng hợp từ Hệ thống đánh giá, đo lường chất lượng cung cấp dịch vụ công trực tuyến, trong tháng 10/2024, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 58,2%, của các địa phương đạt 49,7%. Tỷ lệ hồ sơ được cấp kết quả giải quyết thủ tục hành chính điện tử của các bộ, ngành đạt 77,1%; các địa phương đạt 81,4%. Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa của bộ, ngành là 39,5%, của địa phương là 41,2%.

Một số bộ có tỷ lệ hồ sơ trực tuyến cao như Bộ Tài chính (94,3%), Bộ Công Thương (91,6%). Ở khối địa phương, Bình Dương, Quảng Ninh, Đà Nẵng tiếp tục dẫn đầu với tỷ lệ trên 80%. So với tháng 9, tỷ lệ hồ sơ trực tuyến của các địa phương tăng 2,1 điểm phần trăm, tuy nhiên vẫn còn cách khá xa mục tiêu 80% đặt ra tại Nghị quyết số 01/NQ-CP.""",
        "2024-11-12",
        [
            ("online_dossier_rate", "ministries", "month", "2024-10-31", 58.2),
            ("online_dossier_rate", "localities", "month", "2024-10-31", 49.7),
            ("e_result_rate", "ministries", "month", "2024-10-31", 77.1),
            ("e_result_rate", "localities", "month", "2024-10-31", 81.4),
            ("data_reuse_rate", "ministries", "month", "2024-10-31", 39.5),
            ("data_reuse_rate", "localities", "month", "2024-10-31", 41.2),
        ],
    ),
    # 5. New Đà Nẵng (with Quảng Nam) in July 2025: H1/2025 rates of the two former units, each its own province.
    # Traps: first-week counts, a ward's share, end-2025 aim.
    (
        """Đà Nẵng thống nhất nền tảng dịch vụ công sau hợp nhất

Từ ngày 1/7/2025, thành phố Đà Nẵng mới (hợp nhất từ thành phố Đà Nẵng và tỉnh Quảng Nam) chính thức vận hành Hệ thống thông tin giải quyết thủ tục hành chính dùng chung cho 94 xã, phường, đặc khu. Theo Sở Khoa học và Công nghệ, 6 tháng đầu năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của thành phố Đà Nẵng (trước hợp nhất) đạt 86,2%, tỉnh Quảng Nam (cũ) đạt 61,4%; tỷ lệ cấp kết quả điện tử lần lượt là 99,1% và 94,6%.

Trong tuần đầu vận hành (từ 1 đến 7/7), các xã, phường của thành phố tiếp nhận hơn 21.000 hồ sơ; riêng phường Hải Châu có 72% hồ sơ được nộp trực tuyến. Một số xã miền núi phía tây như Nam Trà My, Tây Giang gặp khó khăn do đường truyền chưa ổn định.

Thành phố đặt mục tiêu đến cuối năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%, không để người dân phải nộp lại giấy tờ đã được số hóa.""",
        "2025-07-14",
        [
            ("online_dossier_rate", "Đà Nẵng", "half", "2025-06-30", 86.2),
            ("online_dossier_rate", "Quảng Nam", "half", "2025-06-30", 61.4),
            ("e_result_rate", "Đà Nẵng", "half", "2025-06-30", 99.1),
            ("e_result_rate", "Quảng Nam", "half", "2025-06-30", 94.6),
        ],
    ),
    # 6. Thanh Hóa 2022: procedure shares at 30/9 (as_of) and the 9-month dossier rate (ytd).
    # Traps: counts of services, change in points, a city's and a town's rates.
    (
        """Thanh Hóa: 9 tháng đầu năm 2022, tỷ lệ hồ sơ trực tuyến đạt 35,7%

Theo báo cáo của UBND tỉnh, đến ngày 30/9/2022, tỉnh Thanh Hóa đã cung cấp 1.567 dịch vụ công trực tuyến trên Cổng dịch vụ công của tỉnh. Tỷ lệ thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến (một phần và toàn trình) đạt 81,6%, tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình đạt 52,8%.

9 tháng đầu năm 2022, tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận của toàn tỉnh đạt 35,7%, cao hơn 11,2 điểm phần trăm so với cùng kỳ năm 2021. Riêng TP Thanh Hóa đạt 51,3%, thị xã Nghi Sơn đạt 47,9%; nhiều huyện miền núi như Mường Lát, Quan Sơn chỉ đạt dưới 15%.

UBND tỉnh yêu cầu các sở, ngành, địa phương quyết liệt triển khai để đến hết năm 2022 tỷ lệ hồ sơ trực tuyến đạt ít nhất 40%.""",
        "2022-10-07",
        [
            ("dvctt_rate", "Thanh Hóa", "as_of", "2022-09-30", 81.6),
            ("dvctt_full_process_rate", "Thanh Hóa", "as_of", "2022-09-30", 52.8),
            ("online_dossier_rate", "Thanh Hóa", "ytd", "2022-09-30", 35.7),
        ],
    ),
    # 7. A ward's page after the merger (Phường Hạc Thành, Thanh Hóa): every figure is the ward's own.
    # Traps: ward dossier shares, households with fibre, people with smartphones, VNeID users, comparison in points to the province.
    (
        """Phường Hạc Thành: Đưa "Bình dân học vụ số" đến từng tổ dân phố

Từ khi vận hành mô hình chính quyền địa phương hai cấp (1/7/2025) đến nay, Trung tâm phục vụ hành chính công phường Hạc Thành đã tiếp nhận 14.620 hồ sơ, trong đó 12.135 hồ sơ trực tuyến, đạt tỷ lệ 83%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 54,7%; 100% kết quả giải quyết được số hóa. Tỷ lệ hồ sơ trực tuyến của phường cao hơn bình quân chung của tỉnh 12 điểm phần trăm.

Phường có 96% hộ gia đình sử dụng Internet cáp quang; 92% người dân trong độ tuổi lao động sử dụng điện thoại thông minh; 9.870 người đã được hướng dẫn kích hoạt tài khoản định danh điện tử VNeID. 42 tổ công nghệ số cộng đồng được kiện toàn, mỗi tổ dân phố có ít nhất 1 "đại sứ số".

Phường phấn đấu đến cuối năm 2025, 100% hồ sơ đủ điều kiện được tiếp nhận trực tuyến toàn trình.""",
        "2025-10-21",
        [],
    ),
    # 8. Nghệ An cashless article: adults with a bank account at 31/5/2024.
    # Traps: account counts, hospitals'/schools' cashless shares, social-benefit share, growth, one operator's wallet customers.
    (
        """Nghệ An đẩy mạnh thanh toán không dùng tiền mặt

Theo Ngân hàng Nhà nước Chi nhánh tỉnh Nghệ An, tính đến ngày 31/5/2024, trên địa bàn tỉnh có hơn 4,2 triệu tài khoản thanh toán cá nhân; tỷ lệ người trưởng thành có tài khoản ngân hàng đạt 82,5%. 100% bệnh viện tuyến tỉnh và 96% trường học đã triển khai thu phí không dùng tiền mặt; 98,6% đối tượng hưởng chính sách an sinh xã hội ở khu vực đô thị nhận trợ cấp qua tài khoản.

Giá trị giao dịch thanh toán không dùng tiền mặt 5 tháng đầu năm tăng 36,2% so với cùng kỳ. Ở khu vực nông thôn, dịch vụ Mobile Money cũng phát triển nhanh: riêng Viettel Money có hơn 186.000 khách hàng trên địa bàn tỉnh.

Tuy vậy, tại các huyện miền núi như Kỳ Sơn, Tương Dương, người dân vẫn chủ yếu sử dụng tiền mặt. Thời gian tới, ngành ngân hàng sẽ phối hợp với các doanh nghiệp viễn thông mở rộng điểm chấp nhận thanh toán QR tại chợ, bến xe và điểm du lịch.""",
        "2024-06-20",
        [
            ("adults_with_bank_account_rate", "Nghệ An", "as_of", "2024-05-31", 82.5),
        ],
    ),
    # 9. New Lào Cai (with Yên Bái): 5G stations and 5G population coverage at end of October 2025.
    # Traps: operators' station counts after "Trong đó", all BTS, wards' coverage, Singapore, the 2026 aim.
    (
        """Lào Cai phủ sóng 5G đến trung tâm các xã

Đến cuối tháng 10/2025, trên địa bàn tỉnh Lào Cai đã có 312 trạm BTS phát sóng 5G, nâng tỷ lệ dân số được phủ sóng 5G lên 38,5%. Trong đó, Viettel có 226 trạm, VNPT có 71 trạm, MobiFone có 15 trạm. Tổng số trạm BTS (2G, 3G, 4G, 5G) trên địa bàn là 3.420 trạm.

Tại phường Sa Pa, phường Lào Cai và phường Yên Bái, sóng 5G đã phủ gần như toàn bộ khu dân cư, phục vụ tốt nhu cầu của du khách và doanh nghiệp. Để so sánh, Singapore hiện đã phủ sóng 5G cho hơn 95% dân số.

Theo kế hoạch phát triển hạ tầng số của tỉnh, đến hết năm 2026, Lào Cai phấn đấu 80% dân số được phủ sóng 5G và 100% trung tâm xã có sóng 5G.""",
        "2025-11-06",
        [
            ("fiveg_bts_count", "Lào Cai", "as_of", "2025-10-31", 312.0),
            ("fiveg_population_coverage_rate", "Lào Cai", "as_of", "2025-10-31", 38.5),
        ],
    ),
    # 10. Bình Định police, 2023: VNeID accounts activated (after "trong đó", another measure than dossiers received) and chip ID cards.
    # Traps: dossiers received, the activation rate (no id), a district's figures.
    (
        """Công an Bình Định tăng tốc cấp tài khoản định danh điện tử

Tính đến ngày 30/11/2023, Công an tỉnh Bình Định đã thu nhận 620.145 hồ sơ đề nghị cấp tài khoản định danh điện tử mức độ 2, trong đó đã kích hoạt 412.508 tài khoản, tỷ lệ kích hoạt đạt 66,5%. Cùng thời điểm, Công an tỉnh đã cấp 1.145.230 thẻ Căn cước công dân gắn chíp điện tử cho công dân đủ điều kiện.

Trong đợt cao điểm 45 ngày đêm, Công an huyện Tuy Phước và thị xã An Nhơn dẫn đầu toàn tỉnh với hơn 30.000 hồ sơ định danh mỗi đơn vị. Các tổ công tác còn đến tận nhà người già, người ốm đau để thu nhận hồ sơ.

Công an tỉnh phấn đấu đến hết quý I/2024 hoàn thành kích hoạt tài khoản cho 100% hồ sơ đã thu nhận.""",
        "2023-12-05",
        [
            ("vneid_activated_accounts", "Bình Định", "as_of", "2023-11-30", 412508.0),
            ("chip_id_cards_issued", "Bình Định", "as_of", "2023-11-30", 1145230.0),
        ],
    ),
    # 11. District page (Cẩm Giàng, Hải Dương, August 2024) that carries one province-wide monthly rate.
    # Traps: the district's counts and share, the district's rank.
    (
        """Cẩm Giàng: Tỷ lệ hồ sơ trực tuyến vượt 90%

Trong tháng 8/2024, Bộ phận Một cửa huyện Cẩm Giàng và 19 xã, thị trấn tiếp nhận 2.146 hồ sơ thủ tục hành chính, trong đó 1.957 hồ sơ được nộp trực tuyến (91,2%). Các lĩnh vực có nhiều hồ sơ trực tuyến là hộ tịch, chứng thực bản sao điện tử, đăng ký kinh doanh hộ cá thể.

Cùng thời điểm, tỷ lệ hồ sơ trực tuyến của toàn tỉnh Hải Dương đạt 68,4%; huyện Cẩm Giàng đứng thứ 2/12 huyện, thị xã, thành phố. Đồng chí Phó Chủ tịch UBND huyện cho biết, huyện đã bố trí công chức trực hướng dẫn tại bộ phận một cửa và huy động đoàn viên thanh niên hỗ trợ người dân nộp hồ sơ qua điện thoại.""",
        "2024-09-10",
        [
            ("online_dossier_rate", "Hải Dương", "month", "2024-08-31", 68.4),
        ],
    ),
    # 12. National mid-2023 summary with ministries/localities splits: full-process share of eligible procedures at 30/6 and the H1 dossier rate.
    # Traps: one ministry's rate, the 2023 target.
    (
        """Đến ngày 30/6/2023, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện của các bộ, ngành đạt 75,3%; của các địa phương đạt 70,1%. Trong 6 tháng đầu năm 2023, tỷ lệ hồ sơ trực tuyến của các bộ, ngành đạt 40,2%, của các địa phương đạt 26,5%, vẫn còn khoảng cách lớn so với chỉ tiêu 50% đặt ra cho năm 2023.

Một số bộ có kết quả tốt như Bộ Tư pháp với tỷ lệ hồ sơ trực tuyến trên 97%. Tuy nhiên, nhiều dịch vụ công trực tuyến vẫn chưa phát sinh hồ sơ, quy trình còn phức tạp, yêu cầu người dân khai báo lại thông tin đã có trong cơ sở dữ liệu.""",
        "2023-07-12",
        [
            ("full_process_provision_rate", "ministries", "as_of", "2023-06-30", 75.3),
            ("full_process_provision_rate", "localities", "as_of", "2023-06-30", 70.1),
            ("online_dossier_rate", "ministries", "half", "2023-06-30", 40.2),
            ("online_dossier_rate", "localities", "half", "2023-06-30", 26.5),
        ],
    ),
    # 13. New Phú Thọ (with Vĩnh Phúc, Hòa Bình): department's monthly report for November 2025, month rates, 11-month ytd, infrastructure at 30/11.
    # Traps: digitisation rate (no id), communes' low rates, December aim, dossier count.
    (
        """UBND TỈNH PHÚ THỌ
SỞ KHOA HỌC VÀ CÔNG NGHỆ

BÁO CÁO
Tình hình thực hiện chuyển đổi số tháng 11 năm 2025

1. Cung cấp, sử dụng dịch vụ công trực tuyến
Trong tháng 11/2025, toàn tỉnh tiếp nhận 148.562 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ xử lý trực tuyến đạt 89,1%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 67,2%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 90,3%; tỷ lệ cấp kết quả điện tử đạt 98,1%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã số hóa đạt 62,3%. Lũy kế 11 tháng năm 2025, tỷ lệ hồ sơ xử lý trực tuyến đạt 81,6%.

2. Hạ tầng số
Đến ngày 30/11/2025, toàn tỉnh có 486 trạm 5G; tỷ lệ hộ gia đình có kết nối cáp quang đạt 88,9%; còn 27 thôn, xóm chưa có sóng di động, tập trung ở khu vực tỉnh Hòa Bình cũ.

3. Tồn tại, hạn chế
Một số xã có tỷ lệ hồ sơ trực tuyến thấp như xã Đà Bắc (52,4%), xã Tân Lạc (55,1%); đường truyền tại một số điểm phục vụ hành chính công cấp xã chưa ổn định.

4. Nhiệm vụ tháng 12/2025
Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%; hoàn thành phủ sóng cho ít nhất 10 thôn, xóm lõm sóng.""",
        "2025-12-04",
        [
            ("online_dossier_rate", "Phú Thọ", "month", "2025-11-30", 89.1),
            ("online_dossier_full_process_rate", "Phú Thọ", "month", "2025-11-30", 67.2),
            ("e_result_rate", "Phú Thọ", "month", "2025-11-30", 98.1),
            ("data_reuse_rate", "Phú Thọ", "month", "2025-11-30", 62.3),
            ("online_dossier_rate", "Phú Thọ", "ytd", "2025-11-30", 81.6),
            ("fiveg_bts_count", "Phú Thọ", "as_of", "2025-11-30", 486.0),
            ("ftth_household_rate", "Phú Thọ", "as_of", "2025-11-30", 88.9),
            ("villages_without_mobile_coverage", "Phú Thọ", "as_of", "2025-11-30", 27.0),
        ],
    ),
    # 14. Kon Tum 2022: "đến nay" dead-zone villages dated by the page.
    # Traps: districts' counts, planned coverage for 2022, Viettel's survey.
    (
        """Kon Tum: Còn 71 thôn, làng "trắng sóng" điện thoại

Theo Sở Thông tin và Truyền thông tỉnh Kon Tum, đến nay toàn tỉnh còn 71 thôn, làng chưa có sóng điện thoại di động, tập trung ở các huyện Tu Mơ Rông (18 thôn), Kon Plông (15 thôn), Đăk Glei (12 thôn). Nhiều thôn trong số này cũng chưa có điện lưới quốc gia, người dân muốn gọi điện phải đi bộ hàng cây số lên đồi cao.

Năm 2022, các doanh nghiệp viễn thông dự kiến phủ sóng cho 30 thôn; Viettel Kon Tum đã khảo sát 22 vị trí và đề xuất sử dụng trạm năng lượng mặt trời cho những nơi chưa có điện. Sở cũng kiến nghị Bộ Thông tin và Truyền thông đưa các thôn còn lại vào Chương trình cung cấp dịch vụ viễn thông công ích.""",
        "2022-08-12",
        [
            ("villages_without_mobile_coverage", "Kon Tum", "as_of", "2022-08-12", 71.0),
        ],
    ),
    # 15. New Lâm Đồng (with Đắk Nông, Bình Thuận): Q3/2025 rates of the new province plus H1/2025 rates of the three former provinces ("lần lượt").
    # Traps: on-time rate (no id), service counts, a commune's rate, number of communes.
    (
        """Lâm Đồng: Quý đầu tiên vận hành chính quyền hai cấp, tỷ lệ hồ sơ trực tuyến đạt 76,4%

Trong quý III/2025, tỉnh Lâm Đồng (mới) với 124 xã, phường, đặc khu đã tiếp nhận 312.480 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ xử lý trực tuyến đạt 76,4%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,9%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,2%; tỷ lệ cấp kết quả điện tử đạt 93,7%. Tính đến ngày 30/9/2025, tỉnh cung cấp 1.842 dịch vụ công trực tuyến, trong đó có 1.106 dịch vụ toàn trình.

Trước khi hợp nhất, trong 6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến của ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận lần lượt là 68,2%, 59,7% và 64,3%. Việc hợp nhất hệ thống giúp người dân có thể nộp hồ sơ tại bất kỳ điểm phục vụ nào, không phụ thuộc địa giới hành chính.

Tuy nhiên, tại một số xã vùng sâu như xã Quảng Khê, tỷ lệ hồ sơ trực tuyến mới đạt khoảng 45% do hạ tầng mạng còn hạn chế.""",
        "2025-10-09",
        [
            ("online_dossier_rate", "Lâm Đồng", "quarter", "2025-09-30", 76.4),
            ("online_dossier_full_process_rate", "Lâm Đồng", "quarter", "2025-09-30", 58.9),
            ("e_result_rate", "Lâm Đồng", "quarter", "2025-09-30", 93.7),
            ("online_dossier_rate", "Lâm Đồng", "half", "2025-06-30", 68.2),
            ("online_dossier_rate", "Đắk Nông", "half", "2025-06-30", 59.7),
            ("online_dossier_rate", "Bình Thuận", "half", "2025-06-30", 64.3),
        ],
    ),
    # 16. New Cần Thơ (with Sóc Trăng, Hậu Giang): "hiện nay" fibre and smartphone-subscription shares, dated by the page.
    # Traps: adults owning a smartphone (people's share, no id), two former provinces' combined area, the 2030 aim.
    (
        """Cần Thơ: Hơn 85% hộ gia đình có Internet cáp quang

Theo Sở Khoa học và Công nghệ thành phố Cần Thơ, hiện nay tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng trên địa bàn thành phố đạt 85,3%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 86,7%. Tỷ lệ người trưởng thành có điện thoại thông minh ước khoảng 79%.

Tại khu vực Sóc Trăng, Hậu Giang cũ, tỷ lệ hộ có cáp quang còn thấp, khoảng 71%, nhất là ở các xã ven biển, vùng đồng bào Khmer. Thành phố đang phối hợp với các doanh nghiệp viễn thông kéo cáp đến các ấp còn khó khăn và hỗ trợ thiết bị cho hộ nghèo.

Mục tiêu đến năm 2030, 100% hộ gia đình trên địa bàn thành phố có khả năng tiếp cận Internet cáp quang tốc độ trên 1 Gb/s.""",
        "2025-08-22",
        [
            ("ftth_household_rate", "Cần Thơ", "as_of", "2025-08-22", 85.3),
            ("smartphone_subscriber_rate", "Cần Thơ", "as_of", "2025-08-22", 86.7),
        ],
    ),
    # 17. Sơn La at end-2024: share of former dead-zone villages now covered.
    # Traps: counts 245/262, villages covered in 2024, Viettel's stations, 2025 request.
    (
        """Sơn La: Đã phủ sóng 245 bản "lõm sóng"

Thực hiện Chương trình "Sóng và máy tính cho em" và Chương trình cung cấp dịch vụ viễn thông công ích, tính đến ngày 31/12/2024, các doanh nghiệp viễn thông đã phủ sóng di động cho 245/262 thôn, bản có điện lưới nhưng chưa có sóng trên địa bàn tỉnh Sơn La, đạt 93,5%. Riêng năm 2024 đã phủ sóng thêm 96 bản, chủ yếu ở các huyện Sốp Cộp, Mường La, Bắc Yên.

Viettel Sơn La là doanh nghiệp đầu tư nhiều nhất với 58 trạm mới, phần lớn dùng nguồn điện năng lượng mặt trời kết hợp ắc quy. Nhờ có sóng, nhiều bản đã thành lập tổ công nghệ số cộng đồng, hướng dẫn bà con cài đặt VNeID, thanh toán qua điện thoại.

Năm 2025, tỉnh đề nghị các doanh nghiệp hoàn thành phủ sóng các bản còn lại trước ngày 30/6/2025.""",
        "2025-01-08",
        [
            ("dead_zone_villages_covered_rate", "Sơn La", "as_of", "2024-12-31", 93.5),
        ],
    ),
    # 18. Hà Giang (pre-merger) to end of April 2023: smartphone share of subscriptions, fibre households, villages without 4G.
    # Traps: households with a smartphone user (no id), a district's smartphone share.
    (
        """Hà Giang: Hơn 3/4 thuê bao di động đã dùng điện thoại thông minh

Theo Sở Thông tin và Truyền thông Hà Giang, tính đến hết tháng 4/2023, tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh đạt 76,4%; tỷ lệ hộ gia đình có người sử dụng điện thoại thông minh đạt khoảng 71%. Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 58,2%. Toàn tỉnh còn 212 thôn chưa có sóng di động băng rộng.

Huyện Đồng Văn có tỷ lệ thuê bao sử dụng điện thoại thông minh thấp nhất tỉnh (54,8%), do nhiều hộ đồng bào vẫn dùng điện thoại "cục gạch" để nghe gọi. Sở đã phối hợp với các nhà mạng triển khai chương trình hỗ trợ chuyển đổi máy điện thoại 2G sang smartphone với giá ưu đãi.""",
        "2023-05-15",
        [
            ("smartphone_subscriber_rate", "Hà Giang", "as_of", "2023-04-30", 76.4),
            ("ftth_household_rate", "Hà Giang", "as_of", "2023-04-30", 58.2),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2023-04-30", 212.0),
        ],
    ),
    # 19. National year-end 2024 infrastructure summary: fibre, smartphone share, 5G stations, December download speeds.
    # Traps: upload speeds, Viettel's share of 5G stations, 2025 aim.
    (
        """Hạ tầng số năm 2024: Cáp quang đến 82,4% hộ gia đình

Năm 2024 đánh dấu bước chuyển quan trọng của hạ tầng số Việt Nam với việc thương mại hóa mạng 5G. Đến hết năm, cả nước có hơn 7.500 trạm 5G, trong đó Viettel chiếm khoảng 85%. Tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 82,4%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84,1%.

Theo số liệu đo kiểm, trong tháng 12/2024, tốc độ tải xuống trung bình của băng rộng cố định đạt 152,4 Mbps, tốc độ tải lên đạt 143,6 Mbps; tốc độ tải xuống của băng rộng di động đạt 78,9 Mbps, tải lên 25,1 Mbps.

Năm 2025, ngành phấn đấu phủ sóng 5G cho 90% dân số và đưa tỷ lệ hộ gia đình dùng cáp quang lên trên 85%.""",
        "2025-01-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 7500.0),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 84.1),
            ("fixed_broadband_speed", "national", "month", "2024-12-31", 152.4),
            ("mobile_broadband_speed", "national", "month", "2024-12-31", 78.9),
        ],
    ),
    # 20. New Thái Nguyên (with Bắc Kạn) 2025 review: GRDP share of the digital economy, its growth, and the year's dossier rate.
    # Traps: the 2030 aim, a change in points, FDI electronics exports.
    (
        """Năm 2025, kinh tế số của Thái Nguyên ước chiếm 43,2% GRDP

Theo báo cáo của UBND tỉnh Thái Nguyên, năm 2025, giá trị tăng thêm của kinh tế số trên địa bàn tỉnh ước chiếm 43,2% GRDP, chủ yếu từ ngành công nghiệp điện tử, viễn thông; kinh tế số tăng trưởng 9,4% so với năm 2024. Kim ngạch xuất khẩu sản phẩm điện tử của các doanh nghiệp FDI đạt trên 29 tỷ USD.

Trong lĩnh vực chính quyền số, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến năm 2025 của tỉnh đạt 84,5%, tăng 6,3 điểm phần trăm so với năm trước, dù tỉnh vừa trải qua quá trình hợp nhất với tỉnh Bắc Kạn và sắp xếp lại 92 đơn vị hành chính cấp xã.

Theo Nghị quyết của Tỉnh ủy, đến năm 2030 kinh tế số chiếm trên 50% GRDP, hình thành hệ sinh thái doanh nghiệp công nghệ số của địa phương.""",
        "2026-01-20",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2025-12-31", 43.2),
            ("digital_economy_growth", "Thái Nguyên", "year", "2025-12-31", 9.4),
            ("online_dossier_rate", "Thái Nguyên", "year", "2025-12-31", 84.5),
        ],
    ),
    # 21. Lạng Sơn report with its own dateline and no sidecar: July 2023 rate and a "hiện nay" level dated by the dateline.
    # Traps: report number, BTS counts, 4G sub-count, number of plans issued.
    (
        """ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Số: 215/BC-UBND
Lạng Sơn, ngày 08 tháng 8 năm 2023

BÁO CÁO
Kết quả thực hiện nhiệm vụ chuyển đổi số tháng 7 năm 2023

Trong tháng 7/2023, UBND tỉnh ban hành 04 kế hoạch, 02 quyết định về chuyển đổi số. Các cơ quan, đơn vị tiếp nhận 52.318 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến đạt 45,8%, các lĩnh vực có tỷ lệ cao là tư pháp, đất đai, đăng ký kinh doanh.

Về hạ tầng, hiện nay toàn tỉnh có 1.675 trạm BTS, trong đó 1.120 trạm 4G; tỷ lệ thôn, bản có sóng di động băng rộng đạt 98,9%. Các doanh nghiệp tiếp tục khảo sát để phủ sóng các thôn còn lại thuộc huyện Đình Lập, Bình Gia.""",
        None,
        [
            ("online_dossier_rate", "Lạng Sơn", "month", "2023-07-31", 45.8),
            ("villages_with_mobile_coverage_rate", "Lạng Sơn", "as_of", "2023-08-08", 98.9),
        ],
    ),
    # 22. Điện Biên portal snippet with no sidecar and no dateline: only the figures with a stated period are values.
    # Traps: "hiện nay" levels nobody can date, a district's villages, the 2025 aim.
    (
        """Điện Biên: Chuyển đổi số ở vùng cao biên giới

Theo Sở Thông tin và Truyền thông tỉnh Điện Biên, hiện nay tỷ lệ hộ gia đình có Internet cáp quang của tỉnh đạt 61%, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 72%. Các tổ công nghệ số cộng đồng đã có mặt ở hầu hết các bản, hướng dẫn bà con cài đặt ứng dụng, nộp hồ sơ qua điện thoại.

Trước đó, năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh chỉ đạt 38,6%. Tính đến ngày 31/12/2023, toàn tỉnh còn 97 bản chưa có sóng điện thoại di động, trong đó huyện Mường Nhé có 31 bản, huyện Nậm Pồ có 24 bản. Tỉnh phấn đấu đến năm 2025 không còn bản "trắng sóng" và tỷ lệ hồ sơ trực tuyến đạt trên 60%.""",
        None,
        [
            ("online_dossier_rate", "Điện Biên", "year", "2023-12-31", 38.6),
            ("villages_without_mobile_coverage", "Điện Biên", "as_of", "2023-12-31", 97.0),
        ],
    ),
    # 23. Long An (pre-merger) estimated H1/2025 figures, page dated 30 June 2025.
    # Traps: online payment share (no id), a district's rate, change in points, the merger with Tây Ninh.
    (
        """Long An: 6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến ước đạt 79,3%

Tại hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm 2025, Sở Nội vụ tỉnh Long An cho biết, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến ước đạt 79,3%, tăng 14,2 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 56,2%. Tỷ lệ hồ sơ có thanh toán trực tuyến phí, lệ phí đạt 41%.

Huyện Đức Hòa tiếp tục dẫn đầu với tỷ lệ hồ sơ trực tuyến 92%. Đây là kỳ sơ kết cuối cùng của tỉnh Long An trước khi hợp nhất với tỉnh Tây Ninh từ ngày 1/7/2025; toàn bộ dữ liệu hồ sơ trên hệ thống sẽ được chuyển sang Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh Tây Ninh mới.""",
        "2025-06-30",
        [
            ("online_dossier_rate", "Long An", "half", "2025-06-30", 79.3),
            ("online_dossier_full_process_rate", "Long An", "half", "2025-06-30", 56.2),
        ],
    ),
    # 24. Hậu Giang 2022 review: share of procedures offered online at year end, share of services with dossiers over the year, year's dossier rate.
    # Traps: counts of services, a growth figure, the 2023 target.
    (
        """Hậu Giang: Kết quả cung cấp dịch vụ công trực tuyến năm 2022

Tính đến cuối năm 2022, tỉnh Hậu Giang cung cấp 1.468 dịch vụ công trực tuyến mức độ 3, 4, chiếm 76,5% tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh. Trong năm 2022, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 62,3%; tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ đạt 27,4%, số hồ sơ trực tuyến tăng gấp 2,3 lần so với năm 2021.

Năm 2023, tỉnh đặt chỉ tiêu tỷ lệ hồ sơ trực tuyến đạt 50% và 100% dịch vụ công trực tuyến đủ điều kiện được cung cấp toàn trình.""",
        "2023-01-09",
        [
            ("dvctt_rate", "Hậu Giang", "as_of", "2022-12-31", 76.5),
            ("dvctt_with_dossiers_rate", "Hậu Giang", "year", "2022-12-31", 62.3),
            ("online_dossier_rate", "Hậu Giang", "year", "2022-12-31", 27.4),
        ],
    ),
    # 25. Bình Dương (pre-merger), 9 months of 2024: ytd dossier rate and an "đến nay" adults-with-account share dated by the page.
    # Traps: schools' cashless share, account counts, QR points, a city's figure, growth.
    (
        """Bình Dương: Người dân ngày càng quen với thanh toán số

9 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh Bình Dương đạt 92,1%, thuộc nhóm cao nhất cả nước. Nhiều thủ tục như cấp phiếu lý lịch tư pháp, đăng ký khai sinh đã được thanh toán phí, lệ phí hoàn toàn qua ứng dụng ngân hàng.

Đến nay, tỷ lệ người dân từ 15 tuổi trở lên có tài khoản ngân hàng trên địa bàn tỉnh đạt 91%; toàn tỉnh có hơn 2,1 triệu tài khoản thanh toán cá nhân và trên 65.000 điểm chấp nhận thanh toán bằng mã QR. 99% trường học đã thu học phí không dùng tiền mặt. Riêng TP Thủ Dầu Một, 100% chợ truyền thống đã triển khai thanh toán qua QR. Giá trị thanh toán qua điện thoại di động tăng 48% so với cùng kỳ.""",
        "2024-10-15",
        [
            ("online_dossier_rate", "Bình Dương", "ytd", "2024-09-30", 92.1),
            ("adults_with_bank_account_rate", "Bình Dương", "as_of", "2024-10-15", 91.0),
        ],
    ),
    # 26. New Quảng Trị (with Quảng Bình), 2025 review: year's dossier rates, year-end 5G and dead-zone levels.
    # Traps: Viettel's station count, growth "gấp 2,4 lần", communes named, 2026 aim.
    (
        """Quảng Trị: Năm 2025 - năm bản lề của chuyển đổi số sau hợp nhất

Năm 2025, tỉnh Quảng Trị (mới) vừa vận hành chính quyền địa phương hai cấp, vừa đẩy mạnh chuyển đổi số. Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến cả năm đạt 85,4%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,8%.

Đến hết năm 2025, toàn tỉnh có 1.035 trạm 5G, gấp 2,4 lần so với thời điểm hợp nhất, phủ sóng 5G cho 45,6% dân số; riêng Viettel có 640 trạm. Toàn tỉnh còn 58 thôn, bản chưa có sóng di động, tập trung ở các xã vùng cao như Dân Hóa, Hướng Lập, Lìa.

Năm 2026, tỉnh phấn đấu xóa hoàn toàn thôn "lõm sóng" và nâng tỷ lệ hồ sơ trực tuyến toàn trình lên 75%.""",
        "2026-01-06",
        [
            ("online_dossier_rate", "Quảng Trị", "year", "2025-12-31", 85.4),
            ("online_dossier_full_process_rate", "Quảng Trị", "year", "2025-12-31", 61.8),
            ("fiveg_bts_count", "Quảng Trị", "as_of", "2025-12-31", 1035.0),
            ("fiveg_population_coverage_rate", "Quảng Trị", "as_of", "2025-12-31", 45.6),
            ("villages_without_mobile_coverage", "Quảng Trị", "as_of", "2025-12-31", 58.0),
        ],
    ),
    # 27. New Gia Lai (with Bình Định), January 2026: month rates and a December value given in parentheses (kept with its own month).
    # Traps: a ward's rate, the 2026 target, dossier count.
    (
        """Gia Lai: Tháng 1/2026, tỷ lệ hồ sơ trực tuyến đạt 87,9%

Theo Trung tâm Phục vụ hành chính công tỉnh Gia Lai, trong tháng 1/2026, toàn tỉnh tiếp nhận 176.904 hồ sơ thủ tục hành chính. Tỷ lệ hồ sơ xử lý trực tuyến đạt 87,9%, cao hơn so với tháng 12/2025 (84,6%); tỷ lệ hồ sơ trực tuyến toàn trình đạt 69,4%; tỷ lệ cấp kết quả điện tử đạt 96,3%.

Phường Quy Nhơn tiếp tục là đơn vị cấp xã có tỷ lệ hồ sơ trực tuyến cao nhất (95%). Chỉ tiêu năm 2026 của tỉnh là tỷ lệ hồ sơ trực tuyến đạt trên 90%, 100% kết quả giải quyết được trả bản điện tử.""",
        "2026-02-05",
        [
            ("online_dossier_rate", "Gia Lai", "month", "2026-01-31", 87.9),
            ("online_dossier_rate", "Gia Lai", "month", "2025-12-31", 84.6),
            ("online_dossier_full_process_rate", "Gia Lai", "month", "2026-01-31", 69.4),
            ("e_result_rate", "Gia Lai", "month", "2026-01-31", 96.3),
        ],
    ),
    # 28. New Hưng Yên (with Thái Bình), Q1/2026: VNeID accounts at 31/3, adults using online services and satisfaction over the quarter.
    # Traps: level-2 sub-count after "trong đó", a commune's figure, a change.
    (
        """Hưng Yên: Quý I/2026, hơn 62% người trưởng thành sử dụng dịch vụ công trực tuyến

Theo báo cáo của UBND tỉnh Hưng Yên, tính đến ngày 31/3/2026, toàn tỉnh có 2.715.400 tài khoản định danh điện tử VNeID đã được kích hoạt, trong đó 2.388.150 tài khoản mức độ 2. Trong quý I/2026, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 62,5%; tỷ lệ người dân, doanh nghiệp hài lòng khi giải quyết thủ tục hành chính đạt 98,2%.

Xã Tiền Hải (khu vực Thái Bình cũ) là địa phương có tỷ lệ người dân sử dụng dịch vụ công trực tuyến cao nhất tỉnh, đạt 81%. So với quý IV/2025, tỷ lệ người trưởng thành sử dụng dịch vụ công trực tuyến tăng 3,7 điểm phần trăm.""",
        "2026-04-07",
        [
            ("vneid_activated_accounts", "Hưng Yên", "as_of", "2026-03-31", 2715400.0),
            ("adult_population_using_dvctt_rate", "Hưng Yên", "quarter", "2026-03-31", 62.5),
            ("satisfaction_rate", "Hưng Yên", "quarter", "2026-03-31", 98.2),
        ],
    ),
    # 29. New Ninh Bình (with Hà Nam, Nam Định), November 2025: VNeID accounts and ID cards at 20/11.
    # Traps: level-2 sub-count after "trong đó", a ward's share, the end-year aim.
    (
        """Ninh Bình: Hơn 2,9 triệu tài khoản định danh điện tử được kích hoạt

(NB) - Tính đến ngày 20/11/2025, Công an tỉnh Ninh Bình đã kích hoạt hơn 2,9 triệu tài khoản định danh điện tử VNeID cho công dân, trong đó có 2,46 triệu tài khoản mức độ 2. Cùng thời điểm, đơn vị đã cấp 3,68 triệu thẻ Căn cước công dân gắn chíp và thẻ Căn cước cho người dân trên địa bàn.

Tại phường Hoa Lư, 98% người dân trong độ tuổi đã kích hoạt tài khoản, nhiều thủ tục như đăng ký thường trú, cấp phiếu lý lịch tư pháp được thực hiện hoàn toàn trên ứng dụng. Công an tỉnh phấn đấu đến hết năm 2025, 100% công dân đủ điều kiện được cấp tài khoản định danh điện tử mức độ 2.""",
        "2025-11-25",
        [
            ("vneid_activated_accounts", "Ninh Bình", "as_of", "2025-11-20", 2900000.0),
            ("chip_id_cards_issued", "Ninh Bình", "as_of", "2025-11-20", 3680000.0),
        ],
    ),
    # 30. Whole article, new Bắc Ninh (with Bắc Giang), December 2025: 11-month ytd dossier rates, infrastructure at 15/12.
    # Traps: change in points, industrial parks' 5G, a ward's rate, the 2026 plan, page furniture (breadcrumb, related links).
    (
        """Trang chủ > Khoa học - Công nghệ > Chuyển đổi số

Thứ Năm, 18/12/2025 08:45 (GMT+7)

Bắc Ninh: Hạ tầng số đi trước một bước sau hợp nhất

(BNP) - Sau gần 6 tháng hợp nhất, tỉnh Bắc Ninh mới đã cơ bản thống nhất hạ tầng số, các nền tảng dùng chung, tạo nền tảng cho chính quyền số hai cấp vận hành thông suốt.

Theo Sở Khoa học và Công nghệ, lũy kế 11 tháng năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh đạt 88,3%, tăng 9,6 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 64,9%. Phường Kinh Bắc là đơn vị có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất với 86%.

Về hạ tầng, đến ngày 15/12/2025, toàn tỉnh có 1.420 trạm 5G, phủ sóng 5G cho 72,8% dân số; tỷ lệ hộ gia đình có kết nối cáp quang đạt 94,5%. Tại các khu công nghiệp Quế Võ, Yên Phong, VSIP Bắc Ninh, 100% doanh nghiệp được phủ sóng 5G.

Ông Trần Văn Nam, Giám đốc Sở Khoa học và Công nghệ cho biết: "Năm 2026, tỉnh dự kiến đầu tư thêm 500 trạm 5G, đưa tỷ lệ phủ sóng 5G lên trên 90% dân số".

Ngọc Anh

Tin liên quan:
- Bắc Ninh ra mắt Trung tâm giám sát, điều hành đô thị thông minh
- Hơn 1.000 tổ công nghệ số cộng đồng được kiện toàn sau sắp xếp
- Xã Lục Ngạn: Đưa chợ nông sản lên sàn thương mại điện tử

Từ khóa: chuyển đổi số, 5G, dịch vụ công trực tuyến""",
        "2025-12-18",
        [
            ("online_dossier_rate", "Bắc Ninh", "ytd", "2025-11-30", 88.3),
            ("online_dossier_full_process_rate", "Bắc Ninh", "ytd", "2025-11-30", 64.9),
            ("fiveg_bts_count", "Bắc Ninh", "as_of", "2025-12-15", 1420.0),
            ("fiveg_population_coverage_rate", "Bắc Ninh", "as_of", "2025-12-15", 72.8),
            ("ftth_household_rate", "Bắc Ninh", "as_of", "2025-12-15", 94.5),
        ],
    ),
    # 31. National monthly summary, February 2023: services with dossiers split ministries/localities, dossier rates, portal accounts (level and month's new).
    # Traps: one ministry's figure, a change, the year's target.
    (
        """Trong tháng 02/2023, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của các bộ, ngành đạt 41,2%, của các địa phương đạt 48,6%. Tỷ lệ hồ sơ trực tuyến của các bộ, ngành đạt 55,3%; của các địa phương mới đạt 21,8%, giảm 1,4 điểm phần trăm so với tháng 01/2023 do ảnh hưởng của kỳ nghỉ Tết Nguyên đán.

Tính đến ngày 28/02/2023, Cổng Dịch vụ công quốc gia có 6,3 triệu tài khoản đăng ký; riêng trong tháng 02/2023 có thêm 210.000 tài khoản mới. Bộ Công an là đơn vị có số hồ sơ trực tuyến lớn nhất với hơn 1,2 triệu hồ sơ. Mục tiêu năm 2023 là tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%.""",
        "2023-03-10",
        [
            ("dvctt_with_dossiers_rate", "ministries", "month", "2023-02-28", 41.2),
            ("dvctt_with_dossiers_rate", "localities", "month", "2023-02-28", 48.6),
            ("online_dossier_rate", "ministries", "month", "2023-02-28", 55.3),
            ("online_dossier_rate", "localities", "month", "2023-02-28", 21.8),
            ("national_portal_accounts", "national", "as_of", "2023-02-28", 6300000.0),
            ("national_portal_accounts_new", "national", "month", "2023-02-28", 210000.0),
        ],
    ),
    # 32. New An Giang (with Kiên Giang), 9 months of 2025 across the merger: ytd dossier rate, smartphone share "hiện" dated by the page.
    # Traps: the special zone's rate, Phú Quốc 5G, change, dossier count.
    (
        """An Giang: 9 tháng năm 2025, tỷ lệ hồ sơ trực tuyến đạt 73,8%

Theo báo cáo của UBND tỉnh An Giang, lũy kế 9 tháng năm 2025 (bao gồm số liệu của hai tỉnh An Giang và Kiên Giang trước hợp nhất), tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh đạt 73,8%. Đặc khu Phú Quốc dẫn đầu với 91%, trong khi nhiều xã vùng biên giới chỉ đạt dưới 50%.

Hiện tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh đạt 82,3%. Sóng 5G đã phủ 100% khu du lịch trọng điểm tại đặc khu Phú Quốc và phường Rạch Giá. Tỉnh đang tập trung hướng dẫn người dân sử dụng dịch vụ công trực tuyến toàn trình, nhất là ở các xã có đông đồng bào Khmer.""",
        "2025-10-14",
        [
            ("online_dossier_rate", "An Giang", "ytd", "2025-09-30", 73.8),
            ("smartphone_subscriber_rate", "An Giang", "as_of", "2025-10-14", 82.3),
        ],
    ),
    # 33. New Vĩnh Long (with Bến Tre, Trà Vinh) at 31/8/2025: smartphone subscriptions (count after "trong đó") and their share, fibre households.
    # Traps: total mobile subscriptions, rural sub-count, a commune's fibre share.
    (
        """Vĩnh Long: 84% thuê bao di động dùng điện thoại thông minh

Tính đến ngày 31/8/2025, trên địa bàn tỉnh Vĩnh Long có khoảng 3,1 triệu thuê bao điện thoại di động, trong đó 2,6 triệu thuê bao sử dụng điện thoại thông minh, chiếm 84%. Số thuê bao smartphone ở khu vực nông thôn khoảng 1,7 triệu. Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 79,6%.

Tại xã Long Hồ, tỷ lệ hộ có cáp quang đã đạt 95%, trong khi một số xã ven biển thuộc khu vực Bến Tre, Trà Vinh cũ mới đạt khoảng 60%. Tỉnh đang triển khai chương trình hỗ trợ hộ nghèo, cận nghèo tiếp cận điện thoại thông minh và gói cước ưu đãi.""",
        "2025-09-03",
        [
            ("smartphone_subscriptions", "Vĩnh Long", "as_of", "2025-08-31", 2600000.0),
            ("smartphone_subscriber_rate", "Vĩnh Long", "as_of", "2025-08-31", 84.0),
            ("ftth_household_rate", "Vĩnh Long", "as_of", "2025-08-31", 79.6),
        ],
    ),
    # 34. New Đồng Tháp (with Tiền Giang), February 2026 report: month rate and 2-month ytd.
    # Traps: Tết drop in points, a ward's rate, the year's target.
    (
        """Đồng Tháp: Tỷ lệ hồ sơ trực tuyến tháng 2 giảm nhẹ do nghỉ Tết

Sở Khoa học và Công nghệ tỉnh Đồng Tháp cho biết, trong tháng 2/2026, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh đạt 80,2%, giảm 3,1 điểm phần trăm so với tháng trước do ảnh hưởng của kỳ nghỉ Tết Nguyên đán Bính Ngọ. Lũy kế 2 tháng đầu năm 2026, tỷ lệ hồ sơ trực tuyến đạt 82,5%; tỷ lệ cấp kết quả điện tử đạt 97,4%.

Phường Mỹ Tho có tỷ lệ hồ sơ trực tuyến cao nhất tỉnh (94,8%). Năm 2026, tỉnh đặt chỉ tiêu 90% hồ sơ được xử lý trực tuyến.""",
        "2026-03-06",
        [
            ("online_dossier_rate", "Đồng Tháp", "month", "2026-02-28", 80.2),
            ("online_dossier_rate", "Đồng Tháp", "ytd", "2026-02-28", 82.5),
            ("e_result_rate", "Đồng Tháp", "ytd", "2026-02-28", 97.4),
        ],
    ),
    # 35. Lai Châu mid-2023: villages without coverage and coverage share at 30/6, the H1 dossier rate.
    # Traps: a district's villages, planned coverage for 2023.
    (
        """Lai Châu: Còn 135 bản chưa có sóng di động

Báo cáo sơ kết 6 tháng đầu năm 2023 của Sở Thông tin và Truyền thông tỉnh Lai Châu cho biết, tính đến ngày 30/6/2023, toàn tỉnh còn 135 bản chưa có sóng di động; tỷ lệ bản có sóng di động đạt 88,7%. Huyện Mường Tè là địa phương còn nhiều bản "trắng sóng" nhất với 47 bản.

Trong 6 tháng đầu năm, tỷ lệ hồ sơ thủ tục hành chính trực tuyến của tỉnh đạt 31,4%. Năm 2023, các doanh nghiệp viễn thông dự kiến phủ sóng thêm cho 40 bản thuộc Chương trình "Sóng và máy tính cho em".""",
        "2023-07-20",
        [
            ("villages_without_mobile_coverage", "Lai Châu", "as_of", "2023-06-30", 135.0),
            ("villages_with_mobile_coverage_rate", "Lai Châu", "as_of", "2023-06-30", 88.7),
            ("online_dossier_rate", "Lai Châu", "half", "2023-06-30", 31.4),
        ],
    ),
    # 36. Hà Tĩnh mid-2022: procedure shares at end of June (the full-process share after "trong đó" is its own value), H1 dossier rate.
    # Traps: service counts, the province's service-index rank, a district's rate.
    (
        """Hà Tĩnh: Dịch vụ công trực tuyến có bước tiến rõ nét

Đến hết tháng 6/2022, tỉnh Hà Tĩnh cung cấp 1.356 dịch vụ công trực tuyến trên Cổng dịch vụ công của tỉnh. Tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến đạt 74,8%, trong đó tỷ lệ thủ tục cung cấp trực tuyến toàn trình đạt 45,3%.

Trong 6 tháng đầu năm 2022, tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận của tỉnh đạt 24,7%. Huyện Đức Thọ là địa phương có tỷ lệ hồ sơ trực tuyến cao nhất với 41%. Hà Tĩnh hiện xếp thứ 12/63 tỉnh, thành phố về Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính.""",
        "2022-07-14",
        [
            ("dvctt_rate", "Hà Tĩnh", "as_of", "2022-06-30", 74.8),
            ("dvctt_full_process_rate", "Hà Tĩnh", "as_of", "2022-06-30", 45.3),
            ("online_dossier_rate", "Hà Tĩnh", "half", "2022-06-30", 24.7),
        ],
    ),
    # 37. New Cà Mau (with Bạc Liêu), cashless at 30/11/2025: adults with an account.
    # Traps: markets' cashless share, online fee payment share (no id), VNPT Money customers, change in points, end-2025 aim.
    (
        """Cà Mau: Thanh toán không dùng tiền mặt lan tỏa đến chợ quê

Theo ngành ngân hàng trên địa bàn, tính đến ngày 30/11/2025, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng trên địa bàn tỉnh Cà Mau đạt 86,4%, tăng 5,2 điểm phần trăm so với cuối năm 2024. Tỷ lệ giao dịch không dùng tiền mặt tại các chợ truyền thống ước khoảng 35%; tỷ lệ hồ sơ thủ tục hành chính có thanh toán phí, lệ phí trực tuyến đạt 58%.

Các ví điện tử, dịch vụ Mobile Money của nhà mạng cũng góp phần phổ cập thanh toán số: riêng VNPT Money có hơn 120.000 khách hàng tại các xã ven biển. Tỉnh phấn đấu đến cuối năm 2025 có 90% người trưởng thành có tài khoản ngân hàng.""",
        "2025-12-10",
        [
            ("adults_with_bank_account_rate", "Cà Mau", "as_of", "2025-11-30", 86.4),
        ],
    ),
    # 38. New Khánh Hòa (with Ninh Thuận), Q3/2025: satisfaction and personal-ID dossier share over the quarter, full-process share of eligible procedures at 30/9.
    # Traps: the province's own list of essential services "22/25", a commune's rate.
    (
        """Khánh Hòa: Mức độ hài lòng của người dân đạt 97,6%

Trong quý III/2025, tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết thủ tục hành chính của tỉnh Khánh Hòa đạt 97,6%; tỷ lệ hồ sơ thủ tục hành chính được gắn mã số định danh cá nhân đạt 96,1%. Tính đến ngày 30/9/2025, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện đạt 88,3%.

Trong danh mục 25 dịch vụ công thiết yếu do tỉnh lựa chọn, đã có 22/25 dịch vụ được cung cấp toàn trình. Tại phường Phan Rang, tỷ lệ hài lòng đạt tuyệt đối 100% nhờ mô hình "một cửa số" kết hợp tổng đài hỗ trợ 24/7.""",
        "2025-10-30",
        [
            ("satisfaction_rate", "Khánh Hòa", "quarter", "2025-09-30", 97.6),
            ("dossiers_with_personal_id_rate", "Khánh Hòa", "quarter", "2025-09-30", 96.1),
            ("full_process_provision_rate", "Khánh Hòa", "as_of", "2025-09-30", 88.3),
        ],
    ),
    # 39. New Đắk Lắk (with Phú Yên), 2025 review: year's dossier rate, year-end internet-user and fibre shares.
    # Traps: share of people with an e-ID (no id), upload speed, the 2026 aim.
    (
        """Đắk Lắk tổng kết chuyển đổi số năm 2025

Năm 2025, dù vừa trải qua quá trình sắp xếp đơn vị hành chính, tỉnh Đắk Lắk vẫn hoàn thành phần lớn chỉ tiêu chuyển đổi số. Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến cả năm đạt 78,9%. Tỷ lệ dân số sử dụng Internet đạt 81,5%; tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 80,2%; 92% người dân đủ điều kiện đã có tài khoản định danh điện tử.

Tốc độ tải lên trung bình của mạng di động trên địa bàn đạt khoảng 24 Mbps. Năm 2026, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 90%, hoàn thành phủ sóng 5G tại trung tâm tất cả các xã, phường.""",
        "2026-01-12",
        [
            ("online_dossier_rate", "Đắk Lắk", "year", "2025-12-31", 78.9),
            ("internet_users_rate", "Đắk Lắk", "as_of", "2025-12-31", 81.5),
            ("ftth_household_rate", "Đắk Lắk", "as_of", "2025-12-31", 80.2),
        ],
    ),
    # 40. Quảng Nam (pre-merger) at 31/10/2024: share of programme dead-zone villages covered and all villages still without coverage.
    # Traps: counts 96/124, a district's villages, Viettel's stations, the plan for 2025.
    (
        """Quảng Nam: Đẩy nhanh phủ sóng các thôn vùng cao

Theo Sở Thông tin và Truyền thông Quảng Nam, đến ngày 31/10/2024, các doanh nghiệp viễn thông đã phủ sóng di động cho 96/124 thôn "lõm sóng" có điện lưới thuộc Chương trình cung cấp dịch vụ viễn thông công ích, đạt 77,4%. Cùng thời điểm, toàn tỉnh vẫn còn 58 thôn chưa có sóng di động, bao gồm cả các thôn chưa có điện lưới, tập trung nhiều nhất ở huyện Nam Trà My (21 thôn).

Viettel Quảng Nam đã lắp đặt 37 trạm BTS sử dụng pin mặt trời tại các điểm khó khăn. Theo kế hoạch, trong năm 2025 tỉnh sẽ hoàn thành phủ sóng toàn bộ số thôn còn lại.""",
        "2024-11-20",
        [
            ("dead_zone_villages_covered_rate", "Quảng Nam", "as_of", "2024-10-31", 77.4),
            ("villages_without_mobile_coverage", "Quảng Nam", "as_of", "2024-10-31", 58.0),
        ],
    ),
    # 41. Yên Bái newspaper page saved with its own dateline, no sidecar: February 2024 rate and a "hiện" fibre level dated by the dateline.
    # Traps: a city's rate, a district, DTI rank, change.
    (
        """BÁO YÊN BÁI ĐIỆN TỬ
Thứ Ba, 12/03/2024

Tháng 2/2024: Tỷ lệ hồ sơ trực tuyến của Yên Bái đạt 63,5%

YBĐT - Theo Sở Thông tin và Truyền thông, trong tháng 2/2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh Yên Bái đạt 63,5%, giảm 2,4 điểm phần trăm so với tháng 1 do kỳ nghỉ Tết. Thành phố Yên Bái dẫn đầu với 85%, huyện Mù Cang Chải thấp nhất với 38%.

Về hạ tầng, tỷ lệ hộ gia đình có kết nối Internet cáp quang của tỉnh hiện đạt 74,2%. Yên Bái đang đứng thứ 15/63 tỉnh, thành phố về Chỉ số chuyển đổi số cấp tỉnh năm 2022.""",
        None,
        [
            ("online_dossier_rate", "Yên Bái", "month", "2024-02-29", 63.5),
            ("ftth_household_rate", "Yên Bái", "as_of", "2024-03-12", 74.2),
        ],
    ),
    # 42. Hà Nội, 11 months of 2024: ytd dossier rates and e-results, 5G stations at 30/11.
    # Traps: a district's rate, Viettel's share of stations, upload speed, the 2025 aim.
    (
        """Hà Nội: 11 tháng năm 2024, tỷ lệ hồ sơ trực tuyến đạt 81,9%

Theo Sở Thông tin và Truyền thông Hà Nội, lũy kế 11 tháng năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của Thành phố đạt 81,9%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,6%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 96,8%. Quận Hoàn Kiếm có tỷ lệ hồ sơ trực tuyến cao nhất với 98%.

Tính đến ngày 30/11/2024, trên địa bàn Thủ đô có 2.860 trạm 5G của các nhà mạng, trong đó Viettel chiếm khoảng 70%. Tốc độ tải lên trung bình của mạng 5G tại khu vực nội thành đạt trên 100 Mbps. Năm 2025, Thành phố phấn đấu phủ sóng 5G toàn bộ khu vực đô thị.""",
        "2024-12-10",
        [
            ("online_dossier_rate", "Hà Nội", "ytd", "2024-11-30", 81.9),
            ("online_dossier_full_process_rate", "Hà Nội", "ytd", "2024-11-30", 52.6),
            ("e_result_rate", "Hà Nội", "ytd", "2024-11-30", 96.8),
            ("fiveg_bts_count", "Hà Nội", "as_of", "2024-11-30", 2860.0),
        ],
    ),
    # 43. National summary at 28/02/2025: full-process share of procedures, ministries vs localities, and the national online share.
    # Traps: business regulations proposed for cutting, one ministry's procedure count, the 2025 target.
    (
        """Tính đến ngày 28/02/2025, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình của các bộ, ngành đạt 49,6%, của các địa phương đạt 55,2%. Tỷ lệ thủ tục hành chính được cung cấp trực tuyến (toàn trình và một phần) trên cả nước là 82,1%.

Trong 2 tháng đầu năm 2025, các bộ, ngành đã rà soát, đề xuất phương án cắt giảm 136 quy định kinh doanh; Bộ Tài chính là đơn vị quản lý nhiều thủ tục nhất với 1.126 thủ tục. Chính phủ yêu cầu phấn đấu năm 2025 đạt 100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình.""",
        "2025-03-18",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2025-02-28", 49.6),
            ("dvctt_full_process_rate", "localities", "as_of", "2025-02-28", 55.2),
            ("dvctt_rate", "national", "as_of", "2025-02-28", 82.1),
        ],
    ),
    # 44. New Quảng Ngãi (with Kon Tum), December 2025: "đến nay" dead-zone villages dated by the page.
    # Traps: villages covered during 2025 (flow), a commune's count, VNPT's stations, the 2026 plan.
    (
        """Quảng Ngãi: Còn 64 thôn, làng chưa có sóng di động

Sau hợp nhất với tỉnh Kon Tum, đến nay toàn tỉnh Quảng Ngãi còn 64 thôn, làng chưa có sóng điện thoại di động, chủ yếu thuộc khu vực Kon Tum cũ; riêng xã Đăk Pék còn 9 thôn. Trong năm 2025, các doanh nghiệp đã phủ sóng thêm cho 23 thôn, trong đó VNPT lắp đặt 18 trạm BTS mới.

Theo kế hoạch, năm 2026 tỉnh dự kiến phủ sóng thêm 40 thôn, ưu tiên các thôn có trường học, trạm y tế và điểm phục vụ hành chính công cấp xã.""",
        "2025-12-16",
        [
            ("villages_without_mobile_coverage", "Quảng Ngãi", "as_of", "2025-12-16", 64.0),
        ],
    ),
]
