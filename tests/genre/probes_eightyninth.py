"""Genre probes, round 89: provincial pages (2022–2025) that open on long leads (programmes and plans with 2025/2030 deadlines, cited decrees and resolutions with their own dates, some with a typo in the year) before their results; tables flattened to text with tabs or runs of spaces; a province's value given after its rank; a province's figure compared with the country's in brackets; a city or district inside a province next to the province's figure; values moving "từ X% năm 2021 lên Y% năm 2023"; with a few ministry and Government pages for contrast, written blind by a helper (not copied from any page).

First reading (stop 42): with the stop's start code 3407584, 95 of 100 right, 95 of 110 found (0.95 / 0.86); with the code of that moment (three fixes from the left list already in: a figure after its rank, the country's figure after a gap, a plan's horizon before a past time), 99 of 105, 99 of 110 (0.94 / 0.90). Fitted after that reading (general fixes, each with a guard in tests/test_extract_guards_ranks.py or the tests named in its commit)."""

CASES = [
    # 1 — Bắc Ninh: long lead (Nghị quyết, Kế hoạch, 2025/2030 targets), then year-end results
    (
        """Bắc Ninh: Chuyển đổi số tạo chuyển biến rõ nét trong năm 2023

Thực hiện Nghị quyết số 11-NQ/TU ngày 15/7/2021 của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Bắc Ninh đến năm 2025, định hướng đến năm 2030 và Kế hoạch số 362/KH-UBND ngày 20/8/2021 của UBND tỉnh triển khai Nghị quyết, các sở, ngành, địa phương đã tập trung triển khai đồng bộ nhiều nhiệm vụ, giải pháp.

Nghị quyết đặt mục tiêu đến năm 2025, tỷ trọng kinh tế số đạt 30% GRDP; 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng; trên 90% hộ gia đình có Internet cáp quang băng rộng. Đến năm 2030, tỷ trọng kinh tế số đạt 40% GRDP.

Trong năm 2023, UBND tỉnh ban hành 14 kế hoạch và 06 quyết định về chuyển đổi số; tổ chức 32 hội nghị tập huấn cho hơn 4.000 lượt cán bộ.

Kết quả, đến hết năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 68,4%; tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 89,2%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 86,5%. Tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 26,1%, tăng 1,8 điểm phần trăm so với năm 2022.""",
        "2024-01-18",
        [
            ("online_dossier_rate", "Bắc Ninh", "year", "2023-12-31", 68.4),
            ("ftth_household_rate", "Bắc Ninh", "as_of", "2023-12-31", 89.2),
            ("smartphone_subscriber_rate", "Bắc Ninh", "as_of", "2023-12-31", 86.5),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 26.1),
        ],
    ),
    # 2 — Đồng Nai: quarterly table flattened with tabs (two quarter columns + a change column)
    (
        """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH ĐỒNG NAI
Báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số quý II/2023

Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030; Kế hoạch số 54/KH-UBND ngày 17/02/2023 của UBND tỉnh về chuyển đổi số tỉnh Đồng Nai năm 2023, Sở Thông tin và Truyền thông báo cáo kết quả thực hiện quý II/2023 như sau:

I. KẾT QUẢ CÁC CHỈ TIÊU CHỦ YẾU
Chỉ tiêu\tQuý II/2023\tQuý I/2023\tTăng/giảm
Tỷ lệ hồ sơ xử lý trực tuyến (%)\t52,6\t47,1\t+5,5
Tỷ lệ hồ sơ cấp kết quả điện tử (%)\t61,3\t58,0\t+3,3
Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa (%)\t24,8\t19,5\t+5,3
Số văn bản điện tử gửi, nhận\t412.560\t388.214\t+24.346

II. ĐÁNH GIÁ CHUNG
Các chỉ tiêu cơ bản đều tăng so với quý trước; tuy nhiên tỷ lệ khai thác, sử dụng lại dữ liệu số hóa còn thấp so với yêu cầu.""",
        "2023-07-12",
        [
            ("online_dossier_rate", "Đồng Nai", "quarter", "2023-06-30", 52.6),
            ("online_dossier_rate", "Đồng Nai", "quarter", "2023-03-31", 47.1),
            ("e_result_rate", "Đồng Nai", "quarter", "2023-06-30", 61.3),
            ("e_result_rate", "Đồng Nai", "quarter", "2023-03-31", 58.0),
            ("data_reuse_rate", "Đồng Nai", "quarter", "2023-06-30", 24.8),
            ("data_reuse_rate", "Đồng Nai", "quarter", "2023-03-31", 19.5),
        ],
    ),
    # 3 — Tây Ninh: value after rank, gap to the country, country's value in brackets
    (
        """Tây Ninh: Cải thiện chỉ số phục vụ người dân, doanh nghiệp

Theo Kế hoạch số 2712/KH-UBND ngày 29/9/2023 của UBND tỉnh về nâng cao chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, tỉnh phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 80%.

Theo số liệu trên Cổng Dịch vụ công quốc gia, 9 tháng đầu năm 2024, về tỷ lệ hồ sơ xử lý trực tuyến, Tây Ninh đứng thứ 19 cả nước, đạt 63,84%, thấp hơn 2,19% (cả nước là 66,03%). Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa của tỉnh đạt 41,2%, đứng thứ 27 cả nước.

Để đạt mục tiêu, Văn phòng UBND tỉnh đề nghị các sở, ngành rà soát, hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại bộ phận một cửa.""",
        "2024-10-15",
        [
            ("online_dossier_rate", "Tây Ninh", "ytd", "2024-09-30", 63.84),
            ("online_dossier_rate", "national", "ytd", "2024-09-30", 66.03),
            ("data_reuse_rate", "Tây Ninh", "ytd", "2024-09-30", 41.2),
        ],
    ),
    # 4 — Quảng Ninh: cities and a town inside the province next to the province's figure
    (
        """Quảng Ninh dẫn đầu về cải cách hành chính

Năm 2022, tỷ lệ hồ sơ xử lý trực tuyến trên toàn tỉnh đạt 85,6%, trong đó thành phố Hạ Long đạt 92,1%, thành phố Uông Bí đạt 89,3%, thị xã Đông Triều đạt 80,4%. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,8%. Tỷ lệ người dân, doanh nghiệp hài lòng khi giải quyết thủ tục hành chính đạt 98,6%.""",
        "2023-01-09",
        [
            ("online_dossier_rate", "Quảng Ninh", "year", "2022-12-31", 85.6),
            ("satisfaction_rate", "Quảng Ninh", "year", "2022-12-31", 98.6),
        ],
    ),
    # 5 — Lào Cai: "tăng từ X% năm 2021 lên Y% năm 2023", then year-end coverage levels
    (
        """Lào Cai: Hạ tầng số phát triển mạnh sau ba năm thực hiện Nghị quyết

Ngày 28/5/2021, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 10-NQ/TU về chuyển đổi số tỉnh Lào Cai giai đoạn 2021-2025, định hướng đến năm 2030, với mục tiêu đến năm 2025 phủ sóng di động băng rộng 100% thôn, bản và 85% hộ gia đình có cáp quang. Tiếp đó, UBND tỉnh ban hành Chương trình hành động số 15/CTr-UBND ngày 14/7/2021 cụ thể hóa Nghị quyết.

Nhờ sự vào cuộc của các doanh nghiệp viễn thông, tỷ lệ hộ gia đình có Internet cáp quang băng rộng tăng từ 54,3% năm 2021 lên 78,9% năm 2023; tỷ lệ thuê bao di động sử dụng điện thoại thông minh từ 71,6% năm 2021 lên 84,2% năm 2023.

Đến cuối năm 2023, tỷ lệ thôn, bản có sóng di động băng rộng đạt 97,4%; toàn tỉnh còn 38 thôn, bản lõm sóng, chủ yếu ở các huyện Si Ma Cai, Mường Khương, Bát Xát.""",
        "2024-03-05",
        [
            ("ftth_household_rate", "Lào Cai", "year", "2021-12-31", 54.3),
            ("ftth_household_rate", "Lào Cai", "year", "2023-12-31", 78.9),
            ("smartphone_subscriber_rate", "Lào Cai", "year", "2021-12-31", 71.6),
            ("smartphone_subscriber_rate", "Lào Cai", "year", "2023-12-31", 84.2),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2023-12-31", 97.4),
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2023-12-31", 38.0),
        ],
    ),
    # 6 — Nghệ An: "hiện nay" level with district sub-counts after "trong đó"; target
    (
        """Nghệ An nỗ lực xóa vùng lõm sóng

Thực hiện Chương trình "Sóng và máy tính cho em" và Quyết định số 2269/QĐ-BTTTT ngày 15/12/2021 của Bộ Thông tin và Truyền thông, Sở Thông tin và Truyền thông Nghệ An đã phối hợp với các doanh nghiệp viễn thông khảo sát, lên phương án phủ sóng cho các thôn, bản vùng sâu, vùng xa.

Hiện nay, toàn tỉnh còn 142 thôn, bản chưa có sóng di động, trong đó huyện Kỳ Sơn có 48 thôn, Tương Dương 37 thôn, Quế Phong 29 thôn. Từ đầu năm đến nay, Viettel Nghệ An đã đầu tư 26 trạm BTS mới tại các khu vực này.

Mục tiêu đến hết năm 2025, 100% thôn, bản trên địa bàn tỉnh có sóng di động băng rộng.""",
        "2023-08-10",
        [
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2023-08-10", 142.0),
        ],
    ),
    # 7 — Bộ TT&TT monthly: ministries, localities, and named provinces in brackets
    (
        """Bộ Thông tin và Truyền thông: Tình hình chuyển đổi số tháng 5/2024

Trong tháng 5/2024, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 62,3%, của các địa phương đạt 48,7%. Một số địa phương có tỷ lệ cao như: Bình Dương (92,4%), Quảng Ninh (88,1%), Đà Nẵng (85,5%); một số địa phương có tỷ lệ thấp như Lai Châu (18,2%). Bộ đề nghị các địa phương có tỷ lệ dưới 30% khẩn trương rà soát nguyên nhân.""",
        "2024-06-07",
        [
            ("online_dossier_rate", "ministries", "month", "2024-05-31", 62.3),
            ("online_dossier_rate", "localities", "month", "2024-05-31", 48.7),
            ("online_dossier_rate", "Bình Dương", "month", "2024-05-31", 92.4),
            ("online_dossier_rate", "Quảng Ninh", "month", "2024-05-31", 88.1),
            ("online_dossier_rate", "Đà Nẵng", "month", "2024-05-31", 85.5),
            ("online_dossier_rate", "Lai Châu", "month", "2024-05-31", 18.2),
        ],
    ),
    # 8 — Ninh Thuận: undated levels, no sidecar date; only the plan's own date and targets
    (
        """Ninh Thuận đẩy mạnh phát triển hạ tầng 5G

Triển khai Kế hoạch số 4528/KH-UBND ngày 22/10/2022 của UBND tỉnh về phát triển hạ tầng số, tỉnh đặt mục tiêu đến năm 2025 có ít nhất 300 trạm BTS 5G, phủ sóng 5G tới 50% dân số.

Hiện nay, trên địa bàn tỉnh đã có 112 trạm BTS 5G được lắp đặt, tỷ lệ phủ sóng 5G theo dân số đạt khoảng 35%, tập trung tại thành phố Phan Rang - Tháp Chàm và các khu du lịch ven biển.""",
        None,
        [],
    ),
    # 9 — Hậu Giang: decision cited with a typo in its year, then quarter results
    (
        """Hậu Giang: Kết quả chuyển đổi số quý III/2023

Thực hiện Quyết định số 1145/QĐ-UBND ngày 31/12/20222 của UBND tỉnh ban hành Kế hoạch chuyển đổi số tỉnh Hậu Giang năm 2023 và Kế hoạch số 96/KH-UBND ngày 06/4/2023 về triển khai Đề án 06 trên địa bàn tỉnh, các cơ quan, đơn vị đã tập trung thực hiện các nhiệm vụ được giao.

Trong quý III/2023, tỉnh tiếp nhận 86.420 hồ sơ thủ tục hành chính, trong đó 51.337 hồ sơ trực tuyến, đạt tỷ lệ 59,4%. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 31,7%. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 72,5%.""",
        "2023-10-20",
        [
            ("online_dossier_rate", "Hậu Giang", "quarter", "2023-09-30", 59.4),
            ("online_dossier_full_process_rate", "Hậu Giang", "quarter", "2023-09-30", 31.7),
            ("e_result_rate", "Hậu Giang", "quarter", "2023-09-30", 72.5),
        ],
    ),
    # 10 — Thái Nguyên: GRDP share of the province; the provincial capital city's figure is a trap
    (
        """Thái Nguyên dẫn đầu cả nước về tỷ trọng kinh tế số

Năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh Thái Nguyên ước đạt 42,92%, cao nhất cả nước, chủ yếu nhờ khu vực sản xuất thiết bị điện tử. Về hạ tầng, thành phố Thái Nguyên có 98% hộ gia đình sử dụng Internet cáp quang; tỷ lệ hộ gia đình có Internet cáp quang băng rộng của toàn tỉnh đạt 86,3%.""",
        "2024-02-02",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 42.92),
            ("ftth_household_rate", "Thái Nguyên", "as_of", "2023-12-31", 86.3),
        ],
    ),
    # 11 — Sóc Trăng: fraction + rate, remainder not done, eligible-procedures rate; no sidecar
    (
        """Sóc Trăng: Tiếp tục nâng cao chất lượng dịch vụ công trực tuyến

Tính đến ngày 30/6/2024, tỉnh Sóc Trăng đã cung cấp 1.012/1.769 thủ tục hành chính dưới dạng dịch vụ công trực tuyến toàn trình, đạt 57,2%; còn 757 thủ tục chưa cung cấp toàn trình do quy định phải nộp bản gốc hoặc có kết quả là giấy tờ đặc thù. Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 100%.

Mục tiêu đến năm 2025, tỷ lệ hồ sơ xử lý trực tuyến toàn trình đạt ít nhất 50%.""",
        None,
        [
            ("dvctt_full_process_rate", "Sóc Trăng", "as_of", "2024-06-30", 57.2),
            ("full_process_provision_rate", "Sóc Trăng", "as_of", "2024-06-30", 100.0),
        ],
    ),
    # 12 — Đắk Lắk: long article, resolution with a typo in its year, city figures, year estimates
    (
        """Đắk Lắk: Tạo đột phá trong chuyển đổi số từ Nghị quyết 57

Thứ Năm, 26/12/2024

Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. Đối với Đắk Lắk, đây là động lực để tiếp tục thực hiện Nghị quyết số 09-NQ/TU ngày 15/11/2201 của Tỉnh ủy về chuyển đổi số tỉnh đến năm 2025, định hướng đến năm 2030.

Nghị quyết 09 xác định đến năm 2025, kinh tế số chiếm 20% GRDP, 80% hồ sơ thủ tục hành chính được xử lý trực tuyến; đến năm 2030, kinh tế số chiếm 30% GRDP.

Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến toàn tỉnh ước đạt 55,2%, tăng gần 14 điểm phần trăm so với năm 2023; riêng TP. Buôn Ma Thuột đạt 71,4%, thị xã Buôn Hồ đạt 63%.

Về triển khai Đề án 06, hiện toàn tỉnh có 1,21 triệu tài khoản định danh điện tử đã kích hoạt, trong đó hơn 900.000 tài khoản mức độ 2.

Tỷ trọng kinh tế số trong GRDP của tỉnh năm 2024 ước đạt 11,6%. Tuy nhiên, tỷ lệ thanh toán trực tuyến mới đạt 28%, chưa tương xứng với tiềm năng.

Thời gian tới, tỉnh phấn đấu đến hết năm 2025, 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.""",
        "2024-12-26",
        [
            ("online_dossier_rate", "Đắk Lắk", "year", "2024-12-31", 55.2),
            ("vneid_activated_accounts", "Đắk Lắk", "as_of", "2024-12-26", 1210000.0),
            ("digital_economy_gdp_share", "Đắk Lắk", "year", "2024-12-31", 11.6),
        ],
    ),
    # 13 — one-sentence national figure
    (
        """Tính đến hết quý I/2023, tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên cả nước đạt 82,1%.""",
        None,
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2023-03-31", 82.1),
        ],
    ),
    # 14 — Gia Lai: province vs country in brackets; smartphone share of PEOPLE is a trap
    (
        """Gia Lai: Thu hẹp khoảng cách số ở vùng đồng bào dân tộc thiểu số

Thực hiện Đề án phát triển hạ tầng số tỉnh Gia Lai giai đoạn 2022-2025 (ban hành kèm Quyết định số 512/QĐ-UBND ngày 08/8/2022), các doanh nghiệp viễn thông đã mở rộng mạng cáp quang đến trung tâm các xã.

Đến tháng 11/2023, tỷ lệ hộ gia đình có Internet cáp quang băng rộng của tỉnh đạt 66,8%, thấp hơn 12,1% (cả nước là 78,9%). Tỷ lệ người dân sử dụng điện thoại thông minh trên tổng số người dùng điện thoại di động đạt 79,5%.""",
        "2023-12-20",
        [
            ("ftth_household_rate", "Gia Lai", "as_of", "2023-11-30", 66.8),
            ("ftth_household_rate", "national", "as_of", "2023-11-30", 78.9),
        ],
    ),
    # 15 — Văn phòng Chính phủ notice: ministries/localities full-process services, national dossiers ytd
    (
        """THÔNG BÁO
Kết luận của Phó Thủ tướng tại cuộc họp về tình hình triển khai dịch vụ công trực tuyến

Ngày 15/8/2024, tại trụ sở Chính phủ, Phó Thủ tướng chủ trì cuộc họp về tình hình cung cấp dịch vụ công trực tuyến. Sau khi nghe báo cáo của Văn phòng Chính phủ và ý kiến các đại biểu, Phó Thủ tướng kết luận:

Đến ngày 31/7/2024, tỷ lệ dịch vụ công trực tuyến toàn trình của các bộ, ngành đạt 53,2%, của các địa phương đạt 47,8%. 7 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến trên cả nước đạt 43,5%, tăng 9,1% so với cùng kỳ năm 2023. Bộ Công an có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 78%.""",
        "2024-08-20",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-07-31", 53.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-07-31", 47.8),
            ("online_dossier_rate", "national", "ytd", "2024-07-31", 43.5),
        ],
    ),
    # 16 — Bình Phước: table flattened with space runs; district rows under the province row; no sidecar
    (
        """Bình Phước: Kết quả tiếp nhận hồ sơ trực tuyến tháng 3/2024

Đơn vị    Tổng hồ sơ    Hồ sơ trực tuyến    Tỷ lệ (%)
Toàn tỉnh    45.210    27.804    61,5
TP. Đồng Xoài    6.230    4.921    79,0
Huyện Bù Đăng    3.114    1.432    46,0
Huyện Lộc Ninh    2.875    1.208    42,0""",
        None,
        [
            ("online_dossier_rate", "Bình Phước", "month", "2024-03-31", 61.5),
        ],
    ),
    # 17 — Hà Giang: rate rising "từ ... năm 2022 lên ... năm 2024"; DTI rank has no id
    (
        """Hà Giang: Chuyển biến tích cực trong cải cách hành chính

Sau hơn hai năm thực hiện Nghị quyết số 20-NQ/TU ngày 12/4/2022 của Tỉnh ủy về chuyển đổi số đến năm 2025, định hướng đến năm 2030, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đã tăng từ 23,5% năm 2022 lên 51,6% năm 2024. Chỉ số chuyển đổi số (DTI) năm 2023 của tỉnh xếp thứ 45/63, tăng 9 bậc.""",
        "2025-01-15",
        [
            ("online_dossier_rate", "Hà Giang", "year", "2022-12-31", 23.5),
            ("online_dossier_rate", "Hà Giang", "year", "2024-12-31", 51.6),
        ],
    ),
    # 18 — Cần Thơ (a centrally-run city) with one of its urban districts
    (
        """8 tháng đầu năm 2023, thành phố Cần Thơ tiếp nhận hơn 312.000 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ xử lý trực tuyến đạt 44,3%, trong đó quận Ninh Kiều đạt cao nhất với 58,7%.""",
        "2023-09-12",
        [
            ("online_dossier_rate", "Cần Thơ", "ytd", "2023-08-31", 44.3),
        ],
    ),
    # 19 — TP.HCM: half-year review; Thủ Đức (a city inside HCMC) is a trap; "hiện" -> end of the half
    (
        """TP.HCM: 6 tháng đầu năm 2024, 80,5% hồ sơ được xử lý trực tuyến

Theo báo cáo của Sở Thông tin và Truyền thông, 6 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của Thành phố Hồ Chí Minh đạt 80,5%; thành phố Thủ Đức đạt 88,2%, dẫn đầu các quận, huyện.

Về Đề án 06, hiện thành phố có 7,8 triệu tài khoản định danh điện tử đã được kích hoạt. Thành phố đặt mục tiêu đến cuối năm 2024 có 9 triệu tài khoản được kích hoạt.""",
        "2024-07-05",
        [
            ("online_dossier_rate", "Hồ Chí Minh", "half", "2024-06-30", 80.5),
            ("vneid_activated_accounts", "Hồ Chí Minh", "as_of", "2024-06-30", 7800000.0),
        ],
    ),
    # 20 — Quảng Trị plan: decisions, 2025/2030 targets, then the 2021 baseline
    (
        """UBND TỈNH QUẢNG TRỊ
KẾ HOẠCH
Chuyển đổi số tỉnh Quảng Trị giai đoạn 2022-2025, định hướng đến năm 2030

Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030; Quyết định số 942/QĐ-TTg ngày 15/6/2021 phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đến năm 2030; Nghị quyết số 03-NQ/TU ngày 09/9/2021 của Tỉnh ủy, UBND tỉnh ban hành Kế hoạch như sau:

I. MỤC TIÊU
1. Đến năm 2025: 80% dịch vụ công trực tuyến toàn trình; 50% hồ sơ thủ tục hành chính được xử lý trực tuyến; kinh tế số chiếm 15% GRDP; 85% hộ gia đình có Internet cáp quang băng rộng.
2. Đến năm 2030: 100% dịch vụ công trực tuyến toàn trình; kinh tế số chiếm 25% GRDP.

II. THỰC TRẠNG
Năm 2021, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh mới đạt 12,4%; tỷ lệ hộ gia đình có Internet cáp quang băng rộng khoảng 52%.""",
        "2022-09-14",
        [
            ("online_dossier_rate", "Quảng Trị", "year", "2021-12-31", 12.4),
            ("ftth_household_rate", "Quảng Trị", "year", "2021-12-31", 52.0),
        ],
    ),
    # 21 — Bộ KH&CN 2025: 5G stations and coverage; upload speed and speed rank are traps
    (
        """Bộ Khoa học và Công nghệ: Hạ tầng số tiếp tục được nâng cấp

Tính đến hết tháng 3/2025, cả nước có hơn 8.000 trạm BTS 5G, tỷ lệ phủ sóng 5G theo dân số đạt 26,4%. Trong tháng 3/2025, tốc độ tải xuống trung bình của mạng băng rộng di động đạt 147,3 Mbps, tốc độ tải lên đạt 40,1 Mbps, xếp thứ 19 thế giới; tốc độ băng rộng cố định đạt 183,5 Mbps.""",
        "2025-04-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 8000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 26.4),
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 147.3),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 183.5),
        ],
    ),
    # 22 — Quảng Bình: DTI rank/score (no id), value after a rank for services with dossiers
    (
        """Quảng Bình tăng 8 bậc về Chỉ số chuyển đổi số

Theo kết quả Chỉ số đánh giá mức độ chuyển đổi số cấp tỉnh (DTI) năm 2023 do Bộ Thông tin và Truyền thông công bố, Quảng Bình đạt 0,4821 điểm, xếp thứ 35/63 tỉnh, thành phố.

Ở chỉ số thành phần, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trong năm 2023 của tỉnh đứng thứ 12 cả nước, đạt 81,2%.""",
        "2024-05-20",
        [
            ("dvctt_with_dossiers_rate", "Quảng Bình", "year", "2023-12-31", 81.2),
        ],
    ),
    # 23 — Thanh Hóa (State Bank branch): payment accounts vs country in brackets; Mobile Money
    (
        """Ngân hàng Nhà nước chi nhánh tỉnh Thanh Hóa: Đẩy mạnh thanh toán không dùng tiền mặt

Thực hiện Quyết định số 1813/QĐ-TTg ngày 28/10/2021 của Thủ tướng Chính phủ phê duyệt Đề án phát triển thanh toán không dùng tiền mặt giai đoạn 2021-2025, đến ngày 30/9/2023, tỷ lệ người trưởng thành có tài khoản thanh toán trên địa bàn tỉnh đạt 76,3% (cả nước khoảng 87%).

Cùng thời điểm, trên địa bàn tỉnh có 312.450 khách hàng sử dụng dịch vụ Mobile Money, trong đó 68% ở khu vực nông thôn.""",
        "2023-11-02",
        [
            ("adults_with_bank_account_rate", "Thanh Hóa", "as_of", "2023-09-30", 76.3),
            ("adults_with_bank_account_rate", "national", "as_of", "2023-09-30", 87.0),
            ("mobile_money_customers", "Thanh Hóa", "as_of", "2023-09-30", 312450.0),
        ],
    ),
    # 24 — Vĩnh Long police: chip ID cards and VNeID with an explicit date; level-2 sub-count; no sidecar
    (
        """Công an tỉnh Vĩnh Long: Kết quả triển khai Đề án 06

Tính đến ngày 15/3/2024, Công an tỉnh Vĩnh Long đã cấp 832.416 thẻ Căn cước công dân gắn chip; kích hoạt 412.335 tài khoản định danh điện tử, trong đó 398.120 tài khoản mức độ 2. Mục tiêu đến ngày 30/6/2024, kích hoạt 500.000 tài khoản.""",
        None,
        [
            ("chip_id_cards_issued", "Vĩnh Long", "as_of", "2024-03-15", 832416.0),
            ("vneid_activated_accounts", "Vĩnh Long", "as_of", "2024-03-15", 412335.0),
        ],
    ),
    # 25 — Bình Định: rank "thứ 8/63 với ...", the country's average in brackets
    (
        """Bình Định: Mức độ hài lòng của người dân đạt trên 92%

Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp, kết quả đánh giá năm 2024 trên Cổng Dịch vụ công quốc gia cho thấy tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết thủ tục hành chính của Bình Định đứng thứ 8/63 cả nước với 92,15% (bình quân cả nước là 88,62%).""",
        "2025-02-18",
        [
            ("satisfaction_rate", "Bình Định", "year", "2024-12-31", 92.15),
            ("satisfaction_rate", "national", "year", "2024-12-31", 88.62),
        ],
    ),
    # 26 — Kon Tum: "đến nay" internet users; adults owning smartphones (people) is a trap
    (
        """Kon Tum: Phổ cập dịch vụ số đến vùng sâu, vùng xa

Triển khai Đề án "Phổ cập dịch vụ số giai đoạn 2022-2025" ban hành kèm theo Quyết định số 388/QĐ-UBND ngày 20/5/2022, tỉnh đã thành lập 1.020 tổ công nghệ số cộng đồng với hơn 5.300 thành viên.

Đến nay, tỷ lệ người dân sử dụng Internet trên địa bàn tỉnh đạt 72,5%; tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 81%. Mục tiêu đến năm 2025, 85% người dân sử dụng Internet.""",
        "2024-09-09",
        [
            ("internet_users_rate", "Kon Tum", "as_of", "2024-09-09", 72.5),
        ],
    ),
    # 27 — Phú Thọ: table with two year columns and a 2025 target column, space-separated
    (
        """Phú Thọ: Sơ kết 3 năm thực hiện Nghị quyết về chuyển đổi số

Ngày 27/3/2024, Ban Chỉ đạo chuyển đổi số tỉnh tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 04-NQ/TU ngày 19/4/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Phú Thọ giai đoạn 2021-2025, định hướng đến năm 2030. Một số chỉ tiêu chủ yếu:

Chỉ tiêu    Năm 2022    Năm 2023    Mục tiêu 2025
Tỷ trọng kinh tế số/GRDP (%)    8,1    9,6    20
Tỷ lệ hộ gia đình có Internet cáp quang (%)    71,4    80,2    90
Tỷ lệ hồ sơ xử lý trực tuyến (%)    28,9    46,3    80
Số thôn, khu lõm sóng di động    27    11    0

Hội nghị đánh giá chỉ tiêu về kinh tế số khó hoàn thành mục tiêu đề ra.""",
        "2024-03-28",
        [
            ("digital_economy_gdp_share", "Phú Thọ", "year", "2022-12-31", 8.1),
            ("digital_economy_gdp_share", "Phú Thọ", "year", "2023-12-31", 9.6),
            ("ftth_household_rate", "Phú Thọ", "year", "2022-12-31", 71.4),
            ("ftth_household_rate", "Phú Thọ", "year", "2023-12-31", 80.2),
            ("online_dossier_rate", "Phú Thọ", "year", "2022-12-31", 28.9),
            ("online_dossier_rate", "Phú Thọ", "year", "2023-12-31", 46.3),
            ("villages_without_mobile_coverage", "Phú Thọ", "as_of", "2022-12-31", 27.0),
            ("villages_without_mobile_coverage", "Phú Thọ", "as_of", "2023-12-31", 11.0),
        ],
    ),
    # 28 — Lạng Sơn 2025: lead with Nghị quyết 57 and a decision whose year is mistyped; half-year results
    (
        """Lạng Sơn: Kết quả chuyển đổi số 6 tháng đầu năm 2025

Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương và Quyết định số 1136/QĐ-UBND ngày 17/6/2205 của UBND tỉnh ban hành Kế hoạch thực hiện các mục tiêu chuyển đổi số năm 2025, các cơ quan, đơn vị đã khẩn trương triển khai nhiệm vụ.

Kết quả, 6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 64,8%; tỷ lệ hồ sơ có kết quả giải quyết điện tử đạt 95,2%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 55,1%.

Mục tiêu đến hết năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%.""",
        "2025-07-10",
        [
            ("online_dossier_full_process_rate", "Lạng Sơn", "half", "2025-06-30", 64.8),
            ("e_result_rate", "Lạng Sơn", "half", "2025-06-30", 95.2),
            ("data_reuse_rate", "Lạng Sơn", "half", "2025-06-30", 55.1),
        ],
    ),
    # 29 — Hải Dương: province vs the localities' average in brackets
    (
        """Tính đến ngày 28/02/2023, tỉnh Hải Dương đã cung cấp 812 dịch vụ công trực tuyến toàn trình trên tổng số 1.685 thủ tục hành chính, đạt 48,2%, cao hơn mức trung bình của các địa phương (38,6%).""",
        "2023-03-10",
        [
            ("dvctt_full_process_rate", "Hải Dương", "as_of", "2023-02-28", 48.2),
            ("dvctt_full_process_rate", "localities", "as_of", "2023-02-28", 38.6),
        ],
    ),
    # 30 — Sơn La: province FTTH level with districts alongside; no sidecar
    (
        """Sơn La: Mở rộng hạ tầng cáp quang đến vùng cao

Đến hết tháng 5/2023, toàn tỉnh có 65,3% hộ gia đình sử dụng Internet cáp quang băng rộng; trong đó huyện Mộc Châu đạt 78%, huyện Sốp Cộp mới đạt 31%.""",
        None,
        [
            ("ftth_household_rate", "Sơn La", "as_of", "2023-05-31", 65.3),
        ],
    ),
    # 31 — Lâm Đồng: "hiện" levels dated by the sidecar; operator sub-count after "trong đó"
    (
        """Lâm Đồng: Mạng 5G phủ sóng các khu du lịch trọng điểm

Hiện toàn tỉnh đã có 156 trạm BTS 5G đang hoạt động, trong đó Viettel 120 trạm, tập trung ở thành phố Đà Lạt và thành phố Bảo Lộc. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn đạt 87,4%.""",
        "2024-11-22",
        [
            ("fiveg_bts_count", "Lâm Đồng", "as_of", "2024-11-22", 156.0),
            ("smartphone_subscriber_rate", "Lâm Đồng", "as_of", "2024-11-22", 87.4),
        ],
    ),
    # 32 — Văn phòng Chính phủ: NDXP half-year flow, daily average, cumulative; a ministry's share is a trap
    (
        """Văn phòng Chính phủ: Nền tảng NDXP vận hành ổn định

Trong 6 tháng đầu năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 412,6 triệu giao dịch, trung bình 2,29 triệu giao dịch/ngày, trong đó Bộ Công an chiếm khoảng 120 triệu giao dịch. Tính đến ngày 30/6/2023, tổng số giao dịch qua NDXP từ khi khai trương năm 2019 đạt 1,86 tỷ giao dịch.""",
        "2023-07-05",
        [
            ("ndxp_transactions_period", "national", "half", "2023-06-30", 412600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2023-06-30", 2290000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2023-06-30", 1860000000.0),
        ],
    ),
    # 33 — Kiên Giang: Phú Quốc city leads; province quarter figure; no sidecar
    (
        """Kiên Giang: Phú Quốc dẫn đầu tỉnh về hồ sơ trực tuyến

Trong quý I/2024, thành phố Phú Quốc dẫn đầu tỉnh với tỷ lệ hồ sơ xử lý trực tuyến đạt 85,6%; tính chung toàn tỉnh Kiên Giang đạt 68,2%.""",
        None,
        [
            ("online_dossier_rate", "Kiên Giang", "quarter", "2024-03-31", 68.2),
        ],
    ),
    # 34 — Hà Nội: "Chỉ tiêu  Quý II/2023  Quý I/2023" with double spaces; a row in millions
    (
        """Hà Nội: Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số quý II/2023

Thực hiện Kế hoạch số 19/KH-UBND ngày 16/01/2023 của UBND Thành phố về chuyển đổi số, xây dựng thành phố thông minh năm 2023, Sở Thông tin và Truyền thông tổng hợp các chỉ tiêu chính như sau:

Chỉ tiêu  Quý II/2023  Quý I/2023
Tỷ lệ DVCTT toàn trình trên tổng số TTHC (%)  46,8  41,5
Tỷ lệ hồ sơ trực tuyến toàn trình (%)  35,1  30,4
Số tài khoản định danh điện tử đã kích hoạt (triệu)  3,9  3,2""",
        "2023-07-20",
        [
            ("dvctt_full_process_rate", "Hà Nội", "quarter", "2023-06-30", 46.8),
            ("dvctt_full_process_rate", "Hà Nội", "quarter", "2023-03-31", 41.5),
            ("online_dossier_full_process_rate", "Hà Nội", "quarter", "2023-06-30", 35.1),
            ("online_dossier_full_process_rate", "Hà Nội", "quarter", "2023-03-31", 30.4),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2023-06-30", 3900000.0),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2023-03-31", 3200000.0),
        ],
    ),
    # 35 — Cà Mau: one sentence citing a report with its own date; no sidecar
    (
        """Theo Báo cáo số 215/BC-STTTT ngày 15/01/2024 của Sở Thông tin và Truyền thông, năm 2023 tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Cà Mau đạt 49,7%.""",
        None,
        [
            ("online_dossier_rate", "Cà Mau", "year", "2023-12-31", 49.7),
        ],
    ),
    # 36 — Bộ TT&TT 2022 monthly: national, ministries, localities; month-on-month change is a trap
    (
        """Trong tháng 10/2022, tỷ lệ hồ sơ trực tuyến trên toàn quốc đạt 24,3%, tăng 2,3% so với tháng 9/2022. Tỷ lệ này ở các bộ, ngành đạt 26,1%, ở các địa phương đạt 21,7%.""",
        "2022-11-07",
        [
            ("online_dossier_rate", "national", "month", "2022-10-31", 24.3),
            ("online_dossier_rate", "ministries", "month", "2022-10-31", 26.1),
            ("online_dossier_rate", "localities", "month", "2022-10-31", 21.7),
        ],
    ),
    # 37 — Bình Dương 2025: year figures, last year's in brackets, growth (kept), 2025 target (not)
    (
        """Bình Dương: Kinh tế số tăng trưởng hai con số

Tại hội nghị tổng kết công tác chuyển đổi số năm 2024 tổ chức ngày 10/3/2025, Sở Thông tin và Truyền thông cho biết tỉnh đã hoàn thành phần lớn các chỉ tiêu của Nghị quyết số 09-NQ/TU ngày 02/12/2021 về chuyển đổi số tỉnh Bình Dương đến năm 2025, định hướng đến năm 2030.

Năm 2024, tỷ trọng kinh tế số trong GRDP của Bình Dương đạt 14,2% (năm 2023 là 12,8%); kinh tế số của tỉnh tăng trưởng 16,5% so với năm 2023. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 72,4%.

Năm 2025, tỉnh đặt mục tiêu tỷ trọng kinh tế số đạt 18% GRDP.""",
        "2025-03-12",
        [
            ("digital_economy_gdp_share", "Bình Dương", "year", "2024-12-31", 14.2),
            ("digital_economy_gdp_share", "Bình Dương", "year", "2023-12-31", 12.8),
            ("digital_economy_growth", "Bình Dương", "year", "2024-12-31", 16.5),
            ("online_dossier_full_process_rate", "Bình Dương", "year", "2024-12-31", 72.4),
        ],
    ),
    # 38 — Điện Biên: undated "đến nay" levels, plan date only, district figure; no sidecar
    (
        """Điện Biên: Đưa Internet cáp quang về bản

Thực hiện Kế hoạch số 1234/KH-UBND ngày 12/04/2023 của UBND tỉnh về phát triển hạ tầng số, đến nay toàn tỉnh đã có 68% hộ gia đình sử dụng Internet cáp quang băng rộng, riêng huyện Mường Nhé mới đạt 29%. Tỷ lệ thôn, bản có sóng di động đạt 94,5%.""",
        None,
        [],
    ),
    # 39 — Vĩnh Phúc: value after rank, gap, country in brackets, quarter
    (
        """Quý II/2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Vĩnh Phúc đứng thứ 7 cả nước, đạt 74,25%, cao hơn 30,1% (cả nước là 44,15%).""",
        "2023-07-25",
        [
            ("online_dossier_rate", "Vĩnh Phúc", "quarter", "2023-06-30", 74.25),
            ("online_dossier_rate", "national", "quarter", "2023-06-30", 44.15),
        ],
    ),
    # 40 — Quảng Nam: month and year-to-date side by side
    (
        """Quảng Nam: Tỷ lệ hồ sơ trực tuyến tiếp tục tăng

Trong tháng 9/2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Quảng Nam đạt 58,1%; lũy kế 9 tháng đầu năm 2024 đạt 53,6%. Trong đó, thành phố Tam Kỳ và thành phố Hội An đều đạt trên 70%.""",
        "2024-10-05",
        [
            ("online_dossier_rate", "Quảng Nam", "month", "2024-09-30", 58.1),
            ("online_dossier_rate", "Quảng Nam", "ytd", "2024-09-30", 53.6),
        ],
    ),
    # 41 — Khánh Hòa: security levels approved; Nha Trang's wards are a trap
    (
        """Khánh Hòa bảo đảm an toàn thông tin theo cấp độ

Thực hiện Chỉ thị số 09/CT-TTg ngày 23/02/2024 của Thủ tướng Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ, đến tháng 11/2024, 100% hệ thống thông tin của các cơ quan nhà nước tỉnh Khánh Hòa đã được phê duyệt hồ sơ đề xuất cấp độ. Tại thành phố Nha Trang, 100% phường, xã đã triển khai giám sát an toàn thông tin tập trung.""",
        "2024-12-05",
        [
            ("info_systems_level_approved_rate", "Khánh Hòa", "as_of", "2024-11-30", 100.0),
        ],
    ),
    # 42 — Hà Tĩnh: subscriptions per 100 inhabitants for the year
    (
        """Năm 2023, số thuê bao băng rộng cố định trên địa bàn tỉnh Hà Tĩnh đạt 24,5 thuê bao/100 dân; số thuê bao băng rộng di động đạt 82,3 thuê bao/100 dân. Mục tiêu đến năm 2025 lần lượt là 30 và 95 thuê bao/100 dân.""",
        "2024-01-25",
        [
            ("fixed_broadband_subscriptions_per_100", "Hà Tĩnh", "as_of", "2023-12-31", 24.5),
            ("mobile_broadband_subscriptions_per_100", "Hà Tĩnh", "as_of", "2023-12-31", 82.3),
        ],
    ),
    # 43 — Bến Tre: adults using online services, dossiers tied to personal ID
    (
        """Bến Tre: Đề án 06 tạo thuận lợi cho người dân

Tính đến ngày 31/3/2024, tỷ lệ dân số trưởng thành trên địa bàn tỉnh Bến Tre sử dụng dịch vụ công trực tuyến đạt 41,3%; 97,5% hồ sơ thủ tục hành chính được gắn mã định danh cá nhân. Tỉnh phấn đấu đến cuối năm 2025 có 50% dân số trưởng thành sử dụng dịch vụ công trực tuyến.""",
        "2024-04-16",
        [
            ("adult_population_using_dvctt_rate", "Bến Tre", "as_of", "2024-03-31", 41.3),
            ("dossiers_with_personal_id_rate", "Bến Tre", "as_of", "2024-03-31", 97.5),
        ],
    ),
    # 44 — Đồng Tháp: 11 months, the country's figure in brackets ("toàn quốc")
    (
        """Đồng Tháp: Hồ sơ trực tuyến vượt mức bình quân cả nước

11 tháng năm 2022, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Đồng Tháp đạt 36,2% (toàn quốc 27,5%), vượt chỉ tiêu 30% Nghị quyết của HĐND tỉnh giao.""",
        "2022-12-28",
        [
            ("online_dossier_rate", "Đồng Tháp", "ytd", "2022-11-30", 36.2),
            ("online_dossier_rate", "national", "ytd", "2022-11-30", 27.5),
        ],
    ),
    # 45 — Việt Trì: a whole page about a city inside Phú Thọ (no province figure at all)
    (
        """Thành phố Việt Trì: Đi đầu trong xây dựng chính quyền số

Thực hiện Kế hoạch số 3215/KH-UBND ngày 18/8/2022 của UBND tỉnh Phú Thọ về xây dựng đô thị thông minh, 6 tháng đầu năm 2023, tỷ lệ hồ sơ xử lý trực tuyến tại thành phố Việt Trì đạt 91,3%; 100% hồ sơ được cấp kết quả điện tử; tỷ lệ hộ gia đình trên địa bàn thành phố có Internet cáp quang đạt 96%.""",
        "2023-07-14",
        [],
    ),
]
