"""Genre probes, round 108: rankings and yearly indices and the stories around them (EGDI editions, Internet Day, the digital economy's share by year, SIPAS, DTI), written blind.

First reading (the stop's start code 62e519e read it): 84 of 91 right, 84 of 100 found (0.92 / 0.84). Fitted after that reading (stop 44): a component index's rank, a table of an index's editions: 92 of 99, 92 of 100. The writer left SIPAS unlabelled as a survey, against the project's convention (SIPAS is satisfaction_rate), so those readings count as false here.
"""

CASES = [
    # 1 — UN E-Government Survey 2024 release (September page): the edition rank is the whole
    #     year 2024; the 2022 rank in parentheses is a comparison value kept with its own year.
    #     Traps: "tăng 15 bậc" (change), EGDI score and sub-indices, EPART rank 22/193 (not EGDI),
    #     ASEAN position, the "tăng ít nhất 5 bậc" and top-50-by-2030 targets.
    (
        """Việt Nam tăng 15 bậc về Chính phủ điện tử, lần đầu vào nhóm "Rất cao"

VietnamPlus – Theo Báo cáo Khảo sát Chính phủ điện tử năm 2024 (UN E-Government Survey 2024) do Vụ Kinh tế và Xã hội Liên Hợp Quốc (UNDESA) công bố ngày 17/9 tại New York, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ đánh giá năm 2022 (xếp hạng 86/193).

Chỉ số EGDI của Việt Nam đạt 0,7709 điểm, cao hơn mức trung bình của khu vực châu Á (0,6990) và của thế giới (0,6382). Với kết quả này, lần đầu tiên Việt Nam được xếp vào nhóm các quốc gia có mức độ phát triển Chính phủ điện tử "Rất cao".

Trong ba chỉ số thành phần, Chỉ số Hạ tầng viễn thông (TII) tăng mạnh nhất, đạt 0,8212 điểm; Chỉ số Dịch vụ trực tuyến (OSI) đạt 0,7638 điểm; Chỉ số Nguồn nhân lực (HCI) đạt 0,7276 điểm. Chỉ số Tham gia điện tử (EPART) của Việt Nam xếp thứ 22/193. Trong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore, Malaysia, Thái Lan và Brunei.

Thứ trưởng Bộ Thông tin và Truyền thông Nguyễn Huy Dũng cho biết: "Kết quả này vượt mục tiêu Chính phủ đặt ra là tăng ít nhất 5 bậc. Mục tiêu tiếp theo là đến năm 2030 Việt Nam thuộc nhóm 50 nước dẫn đầu về Chính phủ điện tử".

Khảo sát Chính phủ điện tử của Liên Hợp Quốc được thực hiện hai năm một lần, đánh giá toàn bộ 193 quốc gia thành viên dựa trên ba trụ cột: dịch vụ trực tuyến, hạ tầng viễn thông và nguồn nhân lực.""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 2 — Government portal's review of 2024 published in January 2025: year-under-review levels
    #     dated 31/12/2024; the 2023 share given for comparison is kept; growth is the indicator.
    #     Traps: 2025 target of 20% GDP, "gấp gần 3 lần", GII rank 44/133, "tăng 15 bậc".
    (
        """Chuyển đổi số năm 2024 qua những con số

(Chinhphu.vn) – Năm 2024 ghi dấu nhiều chuyển biến rõ nét của Việt Nam trên các bảng xếp hạng quốc tế cũng như trong đời sống số của người dân.

Theo báo cáo tổng kết của Bộ Thông tin và Truyền thông, quy mô kinh tế số năm 2024 ước đạt khoảng 18,3% GDP, tăng so với mức 16,5% của năm 2023; tốc độ tăng trưởng kinh tế số khoảng 20%, gấp gần 3 lần tốc độ tăng trưởng GDP. Mục tiêu đặt ra cho năm 2025 là kinh tế số chiếm 20% GDP.

Trên bảng xếp hạng Chính phủ điện tử của Liên Hợp Quốc năm 2024, Việt Nam xếp thứ 71/193, tăng 15 bậc. Về Chỉ số Đổi mới sáng tạo toàn cầu (GII) 2024, Việt Nam xếp thứ 44/133 nền kinh tế.

Hạ tầng số tiếp tục được mở rộng: tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 82,4%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 89,1%; khoảng 79% dân số sử dụng Internet.

Phát biểu tại Hội nghị tổng kết, Bộ trưởng Nguyễn Mạnh Hùng nhấn mạnh: "Năm 2025 là năm về đích của nhiều mục tiêu chuyển đổi số quốc gia. Chúng ta phải tăng tốc, bứt phá".""",
        "2025-01-06",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 89.1),
            ("internet_users_rate", "national", "as_of", "2024-12-31", 79.0),
        ],
    ),
    # 3 — Provincial portal page with its own date line (no sidecar date): DTI 2023 rank (no id),
    #     the province's GRDP share for 2023, 9-month dossier rates. Traps: DTI score and pillar
    #     ranks, Hạ Long city (district-level) figure, SIPAS (a survey), the 2025 target,
    #     "tăng 11,4 điểm phần trăm".
    (
        """Quảng Ninh giữ vững vị trí trong nhóm dẫn đầu về chuyển đổi số

Cổng Thông tin điện tử tỉnh Quảng Ninh – Thứ Ba, 15/10/2024

Theo kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023 vừa được Bộ Thông tin và Truyền thông công bố, Quảng Ninh xếp thứ 3/63 tỉnh, thành phố với 0,5712 điểm; trong đó trụ cột Chính quyền số đứng thứ 2, trụ cột Kinh tế số đứng thứ 9 và trụ cột Xã hội số đứng thứ 4.

Năm 2023, kinh tế số của tỉnh đóng góp 8,7% GRDP. Mục tiêu của tỉnh đến năm 2025 là kinh tế số chiếm 20% GRDP.

Trong 9 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đạt 78,2%, tăng 11,4 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 96,5%. Riêng thành phố Hạ Long, tỷ lệ hồ sơ trực tuyến toàn trình đạt 91,3%, cao nhất tỉnh.

Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023 của tỉnh đạt 87,27%, đứng đầu cả nước.

Ông Nguyễn Văn Hưng, Giám đốc Sở Thông tin và Truyền thông, cho biết: "Tỉnh sẽ tập trung cải thiện trụ cột Kinh tế số, nơi Quảng Ninh còn khoảng cách so với các địa phương dẫn đầu".""",
        None,
        [
            ("digital_economy_gdp_share", "Quảng Ninh", "year", "2023-12-31", 8.7),
            ("online_dossier_full_process_rate", "Quảng Ninh", "ytd", "2024-09-30", 78.2),
            ("e_result_rate", "Quảng Ninh", "ytd", "2024-09-30", 96.5),
        ],
    ),
    # 4 — Internet Day 2023 event report: the official "hiện nay" share is dated at the page;
    #     subscriptions "tính đến hết tháng 10/2023". Traps: the We Are Social / Meltwater figure
    #     (vendor), IPv6 share and rank, .vn domains, daily time online, the 1997 date.
    (
        """Ngày Internet Việt Nam 2023: 26 năm kết nối

VietNamNet – Sáng 20/11, tại Hà Nội, Trung tâm Internet Việt Nam (VNNIC) phối hợp với Hiệp hội Internet Việt Nam tổ chức Ngày Internet Việt Nam 2023 với chủ đề "Internet – Nền tảng cho kinh tế số".

Phát biểu khai mạc, ông Nguyễn Trường Giang, Giám đốc VNNIC, cho biết sau 26 năm kể từ ngày chính thức kết nối Internet toàn cầu (19/11/1997), hiện nay tỷ lệ người sử dụng Internet tại Việt Nam đạt 78,6% dân số, thuộc nhóm cao trong khu vực. Tính đến hết tháng 10/2023, cả nước có 22,4 triệu thuê bao băng rộng cố định và gần 86 triệu thuê bao băng rộng di động.

Tỷ lệ sử dụng IPv6 của Việt Nam đạt 60%, đứng thứ 9 thế giới; số tên miền quốc gia ".vn" duy trì trên 560.000, dẫn đầu khu vực ASEAN.

Theo báo cáo Digital 2023 của We Are Social và Meltwater, Việt Nam có 77,93 triệu người dùng Internet, chiếm 79,1% dân số; thời gian trung bình mỗi người dùng truy cập Internet là 6 giờ 23 phút mỗi ngày.

"Internet đã trở thành hạ tầng thiết yếu như điện, nước. Nhiệm vụ tiếp theo là xây dựng một Internet an toàn, tin cậy", ông Giang nói.""",
        "2023-11-20",
        [
            ("internet_users_rate", "national", "as_of", "2023-11-20", 78.6),
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-10-31", 22400000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-10-31", 86000000.0),
        ],
    ),
    # 5 — Statistics office publishes measured shares with back-revised years: 2021, 2022, 2023
    #     each kept; growth of value added is the growth indicator. Traps: the superseded 14,26%
    #     ministry estimate for 2022 (same key as the revised 12,87%: only the revision is kept,
    #     doubtful), the sub-components after "trong đó", value added in VND (no id).
    (
        """Tổng cục Thống kê công bố tỷ trọng kinh tế số trong GDP

Báo Đầu tư – Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2023 đạt 12,33%, theo số liệu chính thức Tổng cục Thống kê (Bộ Kế hoạch và Đầu tư) công bố tại hội thảo ngày 25/9.

Theo phương pháp đo lường mới, số liệu các năm trước cũng được tính lại: tỷ trọng kinh tế số năm 2021 là 11,91% và năm 2022 là 12,87%. Con số của năm 2022 thấp hơn mức ước tính 14,26% mà Bộ Thông tin và Truyền thông đưa ra hồi đầu năm 2023 do khác biệt về phạm vi tính toán.

Giá trị tăng thêm của kinh tế số năm 2023 ước đạt khoảng 1,26 triệu tỷ đồng, tăng 7,1% so với năm trước; trong đó kinh tế số ICT lõi chiếm 7,92% GDP, kinh tế số nền tảng chiếm 1,51% GDP và kinh tế số ngành chiếm 2,90% GDP.

Bà Nguyễn Thị Hương, Tổng cục trưởng Tổng cục Thống kê, cho biết: "Đây là lần đầu tiên Việt Nam có số liệu chính thức về kinh tế số, tạo cơ sở để đánh giá mục tiêu kinh tế số chiếm 20% GDP vào năm 2025 và 30% GDP vào năm 2030".""",
        "2024-09-26",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_gdp_share", "national", "year", "2021-12-31", 11.91),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 12.87),
            ("digital_economy_growth", "national", "year", "2023-12-31", 7.1),
        ],
    ),
    # 6 — 25 years of Internet, feature with its own date line: the 2000 share is a dated
    #     historical value and is kept; "đến nay" levels at the date line. Traps: the user count
    #     (no id), Viettel's market share (operator), the 2025 household target.
    (
        """25 năm Internet Việt Nam: từ 0,25% đến hơn 70% dân số

Nhân Dân – Hà Nội, 21/11/2022

Ngày 19/11/1997, Việt Nam chính thức hòa mạng Internet toàn cầu. Những ngày đầu, truy cập Internet là thứ xa xỉ: năm 2000, cả nước chỉ có khoảng 200.000 người dùng, tương đương 0,25% dân số, và phần lớn truy cập qua đường quay số với tốc độ 56 kbps.

Một phần tư thế kỷ sau, bức tranh đã thay đổi hoàn toàn. Đến nay, theo số liệu của Bộ Thông tin và Truyền thông, Việt Nam có hơn 70 triệu người sử dụng Internet, tỷ lệ người sử dụng Internet đạt 73,2% dân số. Cả nước có 21 triệu thuê bao băng rộng cố định, tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 75%. Riêng Viettel chiếm hơn 50% thị phần băng rộng cố định.

Bộ trưởng Nguyễn Mạnh Hùng nhận định Internet là nền tảng cho chuyển đổi số quốc gia; mục tiêu đến năm 2025 là 80% hộ gia đình có cáp quang và phổ cập điện thoại thông minh.""",
        None,
        [
            ("internet_users_rate", "national", "year", "2000-12-31", 0.25),
            ("internet_users_rate", "national", "as_of", "2022-11-21", 73.2),
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-11-21", 21000000.0),
            ("ftth_household_rate", "national", "as_of", "2022-11-21", 75.0),
        ],
    ),
    # 7 — SIPAS / PAR INDEX 2023 announced in March 2024: every SIPAS figure is a survey's
    #     (not labelled), PAR INDEX has no id; the portal's satisfaction measure under
    #     Decision 766 is split by ministries and localities for the year 2023.
    #     Traps: SIPAS 2022 (80,08%) in parentheses (still a survey), province SIPAS values,
    #     "tăng 2,58 điểm phần trăm", the 90% target for 2025.
    (
        """SIPAS 2023: Mức độ hài lòng của người dân đạt 82,66%

Dân trí – Chiều 27/3, Bộ Nội vụ phối hợp với Văn phòng Chính phủ tổ chức Hội nghị công bố Chỉ số cải cách hành chính năm 2023 (PAR INDEX 2023) và Chỉ số hài lòng về sự phục vụ hành chính năm 2023 (SIPAS 2023).

Theo đó, SIPAS 2023 đạt 82,66%, tăng 2,58 điểm phần trăm so với năm 2022 (80,08%). Quảng Ninh tiếp tục dẫn đầu với 87,27%; Hải Phòng và Hà Giang lần lượt đứng thứ hai, thứ ba; Khánh Hòa thấp nhất với 77,12%. Kết quả được tổng hợp từ cuộc điều tra xã hội học với 36.330 phiếu khảo sát người dân, tổ chức tại 63 tỉnh, thành phố.

Đối với PAR INDEX 2023, giá trị trung bình của các bộ, cơ quan ngang bộ đạt 84,55%, của các tỉnh đạt 86,34%. Ngân hàng Nhà nước Việt Nam dẫn đầu khối bộ, ngành; Quảng Ninh dẫn đầu khối địa phương.

Tại hội nghị, đại diện Văn phòng Chính phủ cho biết theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg), năm 2023 mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải quyết thủ tục hành chính đạt 85,9% đối với các bộ, ngành và 90,3% đối với các địa phương. Mục tiêu đến năm 2025 là đạt tối thiểu 90%.

Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đề nghị các bộ, ngành, địa phương nghiêm túc phân tích những chỉ số thành phần còn thấp để có giải pháp khắc phục trong năm 2024.""",
        "2024-03-28",
        [
            ("satisfaction_rate", "ministries", "year", "2023-12-31", 85.9),
            ("satisfaction_rate", "localities", "year", "2023-12-31", 90.3),
        ],
    ),
    # 8 — A year between UN editions (October 2023): the 2022 edition rank and the 2018 rank are
    #     stated with their years; the 2020 rank is only implied by "giữ nguyên" (derived, not
    #     labelled). Traps: EGDI scores, the "tăng ít nhất 5 bậc" target, an expert's "top 75".
    (
        """Chính phủ điện tử: Làm gì để tăng hạng trong kỳ khảo sát 2024?

Tuổi Trẻ – Chưa đầy một năm nữa, Liên Hợp Quốc sẽ công bố kết quả Khảo sát Chính phủ điện tử 2024. Trong kỳ khảo sát trước, công bố tháng 9/2022, Việt Nam xếp thứ 86/193 quốc gia, giữ nguyên thứ hạng so với kỳ 2020 dù điểm EGDI tăng từ 0,6667 lên 0,7106. Trước đó, năm 2018, Việt Nam đứng thứ 88/193.

Điểm yếu lớn nhất nằm ở Chỉ số Dịch vụ trực tuyến (OSI). Theo Cục Chuyển đổi số quốc gia, tính đến cuối tháng 9/2023, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính mới đạt 41,3%, trong khi nhiều dịch vụ dù đã được đưa lên mạng nhưng hầu như không phát sinh hồ sơ.

Nghị quyết của Chính phủ đặt mục tiêu trong kỳ đánh giá năm 2024, thứ hạng EGDI của Việt Nam tăng ít nhất 5 bậc.

"Chúng ta không thể tăng hạng nếu dịch vụ có mà người dân không dùng", TS Nguyễn Minh Hồng, Chủ tịch Hội Truyền thông số Việt Nam, nhận định. Theo ông, nếu cải thiện được OSI và mức độ sử dụng thực chất, Việt Nam hoàn toàn có thể vào nhóm 75 nước dẫn đầu.""",
        "2023-10-12",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("egdi_rank", "national", "year", "2018-12-31", 88.0),
            ("dvctt_full_process_rate", "national", "as_of", "2023-09-30", 41.3),
        ],
    ),
    # 9 — City paper's year-end piece (late December): GRDP share of the year (estimate) and the
    #     previous year's for comparison, "hiện nay" fibre share at the page date.
    #     Traps: DTI 2022 rank and score, "gấp hơn 1,5 lần", the 2025/2030 targets,
    #     Hải Châu district figure, count of digital firms.
    (
        """Kinh tế số đóng góp gần 1/5 GRDP thành phố

Báo Đà Nẵng – Năm 2023, kinh tế số của Đà Nẵng ước đóng góp khoảng 18,7% GRDP, cao hơn mức 17,5% của năm 2022 và gấp hơn 1,5 lần bình quân cả nước. Thành phố đặt mục tiêu đến năm 2025 kinh tế số chiếm 20% GRDP và đến năm 2030 đạt 35% GRDP.

Đà Nẵng là địa phương dẫn đầu Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022 với 0,6578 điểm, lần thứ tư liên tiếp giữ vị trí số 1 cả nước.

Hiện nay, tỷ lệ hộ gia đình trên địa bàn thành phố có Internet cáp quang băng rộng đạt 95%; riêng quận Hải Châu đạt 99%. Thành phố có hơn 2.100 doanh nghiệp công nghệ số đang hoạt động.

Ông Lê Sơn Phong, Giám đốc Sở Thông tin và Truyền thông, cho biết: "Năm 2024, thành phố sẽ tập trung thu hút đầu tư vào vi mạch bán dẫn, trí tuệ nhân tạo và phát triển các nền tảng số dùng chung".""",
        "2023-12-26",
        [
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2023-12-31", 18.7),
            ("digital_economy_gdp_share", "Đà Nẵng", "year", "2022-12-31", 17.5),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2023-12-26", 95.0),
        ],
    ),
    # 10 — Ministry portal announcing DTI 2022 (September 2023): DTI scores/ranks have no id;
    #      dossier rates split by ministries and localities for 2022; national GDP share 2022.
    #      Traps: one named ministry's rate (Bộ Tư pháp), count of provinces under 10%,
    #      "tăng 11%" of the average DTI.
    (
        """Công bố Chỉ số đánh giá mức độ chuyển đổi số (DTI) năm 2022

(MIC) – Ngày 11/9, Bộ Thông tin và Truyền thông công bố Báo cáo Chỉ số đánh giá mức độ chuyển đổi số của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và các tỉnh, thành phố trực thuộc Trung ương năm 2022.

Ở khối bộ, ngành có cung cấp dịch vụ công, Bộ Tài chính dẫn đầu với 0,7142 điểm, tiếp theo là Bộ Tư pháp và Bộ Công Thương. Ở khối tỉnh, Đà Nẵng, Thừa Thiên Huế và Hà Nội là ba địa phương dẫn đầu. DTI trung bình cấp tỉnh đạt 0,4701, tăng 11% so với năm 2021.

Theo Báo cáo, năm 2022, tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 38,7%, của các địa phương đạt 27,9%. Riêng Bộ Tư pháp có tỷ lệ hồ sơ xử lý trực tuyến đạt 92,4%. Vẫn còn 12 tỉnh có tỷ lệ hồ sơ trực tuyến dưới 10%.

Về kinh tế số, tỷ trọng kinh tế số trong GDP năm 2022 ước đạt 14,26%.

Thứ trưởng Nguyễn Huy Dũng cho biết DTI là công cụ để các cơ quan "soi" lại mình, thấy rõ điểm mạnh, điểm yếu để có giải pháp phù hợp. Từ năm 2023, bộ chỉ số sẽ được điều chỉnh theo hướng đo lường thực chất hơn.""",
        "2023-09-12",
        [
            ("online_dossier_rate", "ministries", "year", "2022-12-31", 38.7),
            ("online_dossier_rate", "localities", "year", "2022-12-31", 27.9),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
        ],
    ),
    # 11 — Province's National Digital Transformation Day (10/10) page: GRDP share of 2023,
    #      levels "tính đến ngày 30/9/2024" for the province. Traps: DTI 2023 rank, "tăng 5 bậc",
    #      Sa Đéc city figure, the end-2024 target of 50%.
    (
        """Đồng Tháp hưởng ứng Ngày Chuyển đổi số quốc gia năm 2024

Sở Thông tin và Truyền thông Đồng Tháp – Sáng 10/10, UBND tỉnh Đồng Tháp tổ chức chương trình hưởng ứng Ngày Chuyển đổi số quốc gia năm 2024 với chủ đề "Phát triển kinh tế số để tăng trưởng nhanh và bền vững".

Báo cáo tại chương trình, lãnh đạo Sở Thông tin và Truyền thông cho biết năm 2023, kinh tế số của tỉnh ước chiếm 9,1% GRDP; Chỉ số DTI năm 2023 của Đồng Tháp xếp thứ 9/63, tăng 5 bậc so với năm trước.

Tính đến ngày 30/9/2024, tỷ lệ người dân trên địa bàn tỉnh sử dụng Internet đạt 75,6%; tỷ lệ người trưởng thành có tài khoản thanh toán đạt 86,2%; tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 41,5%. Thành phố Sa Đéc có tỷ lệ người trưởng thành có tài khoản thanh toán cao nhất tỉnh, đạt 92%.

Tỉnh phấn đấu đến cuối năm 2024, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 50%. Phó Chủ tịch UBND tỉnh Huỳnh Minh Tuấn yêu cầu các sở, ngành, địa phương "lấy người dân làm trung tâm, lấy sự hài lòng của người dân làm thước đo".""",
        "2024-10-10",
        [
            ("digital_economy_gdp_share", "Đồng Tháp", "year", "2023-12-31", 9.1),
            ("internet_users_rate", "Đồng Tháp", "as_of", "2024-09-30", 75.6),
            ("adults_with_bank_account_rate", "Đồng Tháp", "as_of", "2024-09-30", 86.2),
            ("adult_population_using_dvctt_rate", "Đồng Tháp", "as_of", "2024-09-30", 41.5),
        ],
    ),
    # 12 — Internet Day 2024 wire story: per-100 subscription rates and the users' share
    #      "tính đến hết tháng 10/2024". Traps: Viettel's 5G stations (operator), the 15/10/2024
    #      launch date, IPv6 rank, 27 years, the 2025 target.
    (
        """Ngày Internet Việt Nam 2024: Hướng tới hạ tầng số thế hệ mới

Tin tức (TTXVN) – Ngày 21/11, tại Hà Nội, Bộ Thông tin và Truyền thông tổ chức sự kiện Ngày Internet Việt Nam 2024, kỷ niệm 27 năm Việt Nam kết nối Internet toàn cầu.

Theo số liệu Bộ Thông tin và Truyền thông công bố tại sự kiện, tính đến hết tháng 10/2024, thuê bao băng rộng di động đạt 87,1 thuê bao/100 dân, thuê bao băng rộng cố định đạt 23,6 thuê bao/100 dân; tỷ lệ người sử dụng Internet đạt 78,8% dân số.

Hạ tầng 5G bắt đầu được khai thác thương mại. Chỉ hơn một tháng sau khi chính thức khai trương dịch vụ 5G (15/10/2024), Viettel đã lắp đặt hơn 6.500 trạm 5G, phủ sóng toàn bộ 63 tỉnh, thành phố. Việt Nam hiện đứng thứ 8 thế giới về tỷ lệ ứng dụng IPv6.

Phát biểu tại sự kiện, Thứ trưởng Phạm Đức Long nhấn mạnh: "Mục tiêu đến năm 2025 là phổ cập cáp quang tới 100% hộ gia đình có nhu cầu, 5G phủ sóng toàn bộ khu công nghiệp, khu công nghệ cao. Internet phải trở thành hạ tầng của hạ tầng".""",
        "2024-11-22",
        [
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-10-31", 87.1),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-10-31", 23.6),
            ("internet_users_rate", "national", "as_of", "2024-10-31", 78.8),
        ],
    ),
    # 13 — Provincial paper with its own date line (no sidecar): the province's own system over
    #      an explicit window 01/01–15/12/2023 (satisfaction and online-dossier shares, Hà Tĩnh).
    #      Traps: SIPAS 2023 value and rank (survey), "tăng 8 bậc", dossier count of the
    #      province's system (no id), on-time share (no id), Hồng Lĩnh town figure.
    (
        """Hà Tĩnh: Sự hài lòng của người dân là thước đo cải cách hành chính

Báo Hà Tĩnh – Hà Tĩnh, ngày 18/12/2023

Kết quả Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2022 do Bộ Nội vụ công bố cho thấy Hà Tĩnh đạt 82,14%, tăng 8 bậc so với năm trước và thuộc nhóm 20 địa phương dẫn đầu.

Từ ngày 01/01/2023 đến ngày 15/12/2023, Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đã tiếp nhận 412.560 hồ sơ, trong đó tỷ lệ hồ sơ xử lý trực tuyến đạt 61,7%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,3%. Qua kênh đánh giá điện tử, tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính đạt 99,6%.

Tại thị xã Hồng Lĩnh, 100% hồ sơ được giải quyết đúng và trước hạn.

Ông Nguyễn Hồng Lĩnh, Phó Chủ tịch UBND tỉnh, cho biết: "Hà Tĩnh không chạy theo con số đánh giá; mục tiêu là người dân làm thủ tục nhanh hơn, ít tốn kém hơn, và không phải đi lại nhiều lần".""",
        None,
        [
            ("online_dossier_rate", "Hà Tĩnh", "ytd", "2023-12-15", 61.7),
            ("satisfaction_rate", "Hà Tĩnh", "ytd", "2023-12-15", 99.6),
        ],
    ),
    # 14 — Capital's end-of-2022 review: the national EGDI 2022 rank is labelled; Hà Nội's LOSI
    #      city rank is not EGDI (no id); the city's online-dossier share for 2022.
    #      Traps: LOSI 65/193 cities, DTI 2021 rank, number of online services (no id),
    #      the 2023 target.
    (
        """Hà Nội năm 2022: Chuyển đổi số từ "phong trào" sang thực chất

Hànộimới – Năm 2022 khép lại với nhiều dấu mốc của Thủ đô trong xây dựng chính quyền số. Trong Báo cáo Khảo sát Chính phủ điện tử 2022 của Liên Hợp Quốc công bố tháng 9/2022, Việt Nam xếp thứ 86/193 về Chỉ số phát triển Chính phủ điện tử (EGDI); Hà Nội – thành phố duy nhất của Việt Nam được khảo sát – xếp thứ 65/193 thành phố về Chỉ số dịch vụ trực tuyến địa phương (LOSI).

Trong Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2021, Hà Nội đứng thứ 3/63.

Năm 2022, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 52,3%; thành phố cung cấp 1.734 dịch vụ công trực tuyến, trong đó có 1.046 dịch vụ toàn trình.

Phó Chủ tịch UBND thành phố Hà Minh Hải cho biết năm 2023, Hà Nội phấn đấu tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 60% và lọt vào nhóm 3 địa phương dẫn đầu DTI. "Việc tham gia khảo sát LOSI giúp thành phố nhìn rõ mình đang ở đâu so với các đô thị trên thế giới", ông nói.""",
        "2022-12-29",
        [
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("online_dossier_rate", "Hà Nội", "year", "2022-12-31", 52.3),
        ],
    ),
    # 15 — Ministry's year-end review of 2022 told in early January 2023: the 2022 share is an
    #      estimate of the year; year-end levels. Traps: ICT revenue (no id), digital firms count,
    #      the 2023 plan of 16% (target), "tăng 8,2%" revenue growth (not digital economy growth).
    (
        """Bộ TT&TT tổng kết năm 2022: Kinh tế số ước chiếm 14,26% GDP

ICTVietnam – Ngày 04/01/2023, Bộ Thông tin và Truyền thông tổ chức Hội nghị tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023.

Theo báo cáo, năm 2022 tỷ trọng kinh tế số trong GDP ước đạt 14,26%. Doanh thu công nghiệp công nghệ thông tin, viễn thông ước đạt 148 tỷ USD, tăng 8,2% so với năm 2021. Cả nước có khoảng 70.000 doanh nghiệp công nghệ số.

Về hạ tầng, tỷ lệ thuê bao di động sử dụng điện thoại thông minh ước đạt 81,2%; cả nước có 20,4 triệu thuê bao băng rộng cố định, gần như toàn bộ là cáp quang.

Năm 2023, ngành đặt kế hoạch tỷ trọng kinh tế số đạt 16% GDP, tỷ lệ thuê bao sử dụng điện thoại thông minh đạt 85%.

Bộ trưởng Nguyễn Mạnh Hùng cho rằng năm 2023 là "Năm dữ liệu số", với trọng tâm là tạo lập, kết nối, khai thác dữ liệu.""",
        "2023-01-05",
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 81.2),
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 20400000.0),
        ],
    ),
    # 16 — Provincial paper on a DTI fall (October 2024): the province's 9-month dossier share
    #      and its remaining dead-zone villages ("hiện", the page date; a level, kept).
    #      Traps: DTI rank 41/63 and "giảm 12 bậc", Đà Lạt city figure, villages covered this
    #      year (a flow, no id), operator stations, the 2025 target.
    (
        """Lâm Đồng tụt 12 bậc chỉ số chuyển đổi số: Nhìn thẳng vào điểm nghẽn

Báo Lâm Đồng – Kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023 cho thấy Lâm Đồng xếp thứ 41/63, giảm 12 bậc so với năm 2022. Trụ cột Kinh tế số bị đánh giá thấp nhất, chỉ đứng thứ 52.

Theo Sở Thông tin và Truyền thông, 9 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến trên địa bàn tỉnh đạt 58,4%; riêng thành phố Đà Lạt đạt 74%. Hiện toàn tỉnh còn 43 thôn chưa có sóng di động băng rộng, chủ yếu ở các huyện Lạc Dương, Đam Rông. Từ đầu năm, các doanh nghiệp viễn thông đã phủ sóng thêm 17 thôn; VNPT đầu tư 12 trạm BTS mới.

Tỉnh đặt mục tiêu đến năm 2025 xóa toàn bộ thôn lõm sóng và đưa DTI trở lại nhóm 30 địa phương dẫn đầu.

"Thứ hạng giảm là lời cảnh tỉnh. Chúng ta làm nhiều nhưng chưa đo đếm được, chưa đồng bộ dữ liệu", Chủ tịch UBND tỉnh Trần Văn Hiệp nói.""",
        "2024-10-17",
        [
            ("online_dossier_rate", "Lâm Đồng", "ytd", "2024-09-30", 58.4),
            ("villages_without_mobile_coverage", "Lâm Đồng", "as_of", "2024-10-17", 43.0),
        ],
    ),
    # 17 — Vendor report story (November 2024): every e-Conomy SEA figure (GMV, growth, forecast)
    #      is a vendor's and is not labelled; only the ministry's 2023 share is kept.
    #      Traps: "tăng 16%" (vendor growth), USD amounts, 2030 forecast, e-commerce share.
    (
        """e-Conomy SEA 2024: Kinh tế số Việt Nam cán mốc 36 tỷ USD

VnExpress – Theo báo cáo e-Conomy SEA 2024 do Google, Temasek và Bain & Company công bố ngày 12/11, tổng giá trị hàng hóa giao dịch (GMV) của nền kinh tế số Việt Nam năm 2024 ước đạt 36 tỷ USD, tăng 16% so với năm 2023, thuộc nhóm tăng trưởng nhanh nhất Đông Nam Á. Thương mại điện tử chiếm gần 63% tổng GMV, với 22 tỷ USD.

Báo cáo dự báo GMV của Việt Nam có thể đạt 90–200 tỷ USD vào năm 2030.

Ở góc độ quản lý nhà nước, Bộ Thông tin và Truyền thông cho biết năm 2023, kinh tế số chiếm 16,5% GDP. Đại diện Bộ lưu ý số liệu GMV của các tổ chức quốc tế đo giá trị giao dịch, khác với chỉ tiêu giá trị tăng thêm mà Việt Nam dùng để tính tỷ trọng kinh tế số.

Ông Nguyễn Minh Tuấn, đồng sáng lập một công ty tư vấn thương mại điện tử, nhận định: "Dư địa còn rất lớn ở thanh toán số và các dịch vụ tài chính số".""",
        "2024-11-14",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
        ],
    ),
    # 18 — Mountain province's coverage page (December 2024) with "Tính đến ngày 30/11/2024":
    #      users' share, remaining uncovered villages (kept) and share of villages with coverage.
    #      Traps: Mèo Vạc district remainder, 62 villages covered in the year (flow, no id),
    #      Viettel stations (operator), 2025 target.
    (
        """Hà Giang: Sóng di động về với bản vùng cao

Cổng TTĐT tỉnh Hà Giang – Tính đến ngày 30/11/2024, tỷ lệ người dân trên địa bàn tỉnh sử dụng Internet đạt 62,5%; tỷ lệ thôn, bản có sóng di động băng rộng đạt 95,8%. Toàn tỉnh còn 87 thôn chưa có sóng di động, trong đó huyện Mèo Vạc còn 21 thôn, huyện Xín Mần còn 18 thôn.

Trong năm 2024, với nguồn Quỹ Dịch vụ viễn thông công ích và sự vào cuộc của các doanh nghiệp, 62 thôn đã được phủ sóng. Riêng Viettel Hà Giang đầu tư 40 trạm BTS tại các xã biên giới.

Tỉnh phấn đấu đến hết năm 2025, 100% thôn, bản có sóng di động.

"Có sóng là có thêm cơ hội: trẻ em học trực tuyến, bà con bán được nông sản qua mạng, khám bệnh từ xa", ông Hoàng Gia Long, Phó Chủ tịch UBND tỉnh, chia sẻ.""",
        "2024-12-05",
        [
            ("internet_users_rate", "Hà Giang", "as_of", "2024-11-30", 62.5),
            ("villages_with_mobile_coverage_rate", "Hà Giang", "as_of", "2024-11-30", 95.8),
            ("villages_without_mobile_coverage", "Hà Giang", "as_of", "2024-11-30", 87.0),
        ],
    ),
    # 19 — Province's review of 2024 told in February 2025: year-opening sentences date the
    #      values to 2024. Traps: the Decision-766 service index in points and its rank (no id),
    #      SIPAS 2023 rank (survey), Thọ Xuân district figure, "tăng 1,2 điểm phần trăm",
    #      the 2025 target.
    (
        """Thanh Hóa: Năm 2024, chỉ số phục vụ người dân, doanh nghiệp vào nhóm 10 tỉnh dẫn đầu

Báo Thanh Hóa – Năm 2024, Chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công của tỉnh đạt 88,6/100 điểm, xếp thứ 7/63 tỉnh, thành phố. Mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải quyết thủ tục hành chính đạt 98,9%, tăng 1,2 điểm phần trăm so với năm 2023.

Cũng trong năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 67,5%; huyện Thọ Xuân dẫn đầu khối cấp huyện với 88%. Kinh tế số ước đóng góp khoảng 9,8% GRDP của tỉnh.

Trước đó, trong kết quả SIPAS 2023 do Bộ Nội vụ công bố, Thanh Hóa xếp thứ 12/63.

Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80% và kinh tế số chiếm 15% GRDP. Chủ tịch UBND tỉnh Đỗ Minh Tuấn yêu cầu "mỗi cán bộ một cửa phải là một hướng dẫn viên số của người dân".""",
        "2025-02-11",
        [
            ("satisfaction_rate", "Thanh Hóa", "year", "2024-12-31", 98.9),
            ("online_dossier_full_process_rate", "Thanh Hóa", "year", "2024-12-31", 67.5),
            ("digital_economy_gdp_share", "Thanh Hóa", "year", "2024-12-31", 9.8),
        ],
    ),
    # 20 — A year between editions after the July 2025 reorganisation: "kỳ khảo sát gần nhất
    #      (2024)" dates the 71/193 rank to its edition; a 9-month 2025 dossier share.
    #      Traps: TII "tăng 20 bậc", 34 provinces and commune counts (no id), the 2026 top-50
    #      target, OSI rank 60 (sub-index, not EGDI).
    (
        """Hướng tới kỳ khảo sát Chính phủ điện tử 2026: Dịch vụ công phải "thông" từ xã

Báo Điện tử Đảng Cộng sản Việt Nam – Trong kỳ khảo sát gần nhất (năm 2024), Việt Nam xếp thứ 71/193 về Chỉ số phát triển Chính phủ điện tử (EGDI) của Liên Hợp Quốc; Chỉ số Hạ tầng viễn thông (TII) tăng 20 bậc, trong khi Chỉ số Dịch vụ trực tuyến (OSI) chỉ xếp thứ 60.

Kỳ khảo sát năm 2026 sẽ là lần đầu Liên Hợp Quốc đánh giá Việt Nam sau khi mô hình chính quyền địa phương hai cấp vận hành từ ngày 01/7/2025, với 34 tỉnh, thành phố và 3.321 đơn vị hành chính cấp xã.

Theo Bộ Khoa học và Công nghệ, 9 tháng năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình trên cả nước đạt 45,2%. Dù vậy, nhiều xã mới sáp nhập vẫn gặp khó khăn về đường truyền và nhân lực.

Mục tiêu đặt ra là trong kỳ khảo sát năm 2026, Việt Nam lọt vào nhóm 50 quốc gia dẫn đầu. "Dịch vụ công trực tuyến phải chạy thông suốt đến tận cấp xã, nơi người dân giao dịch nhiều nhất", Thứ trưởng Bộ Khoa học và Công nghệ Bùi Hoàng Phương nhấn mạnh.""",
        "2025-10-08",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("online_dossier_full_process_rate", "national", "ytd", "2025-09-30", 45.2),
        ],
    ),
    # 21 — City paper with a table of GRDP shares by year (2024 an estimate) and a plan row:
    #      each year's share is kept for Hải Phòng; the "Kế hoạch 2025" row is a target.
    #      Traps: DTI 2023 rank, "tăng 1,3 điểm phần trăm", Thủy Nguyên figure.
    (
        """Hải Phòng: Kinh tế số tăng đều qua từng năm

Báo Hải Phòng – Tỷ trọng kinh tế số trong GRDP của thành phố liên tục tăng trong giai đoạn 2021–2024, theo báo cáo của Sở Thông tin và Truyền thông trình kỳ họp HĐND thành phố cuối năm.

Tỷ trọng kinh tế số trong GRDP thành phố Hải Phòng
| Năm | Tỷ trọng (%) |
|---|---|
| 2021 | 9,2 |
| 2022 | 10,5 |
| 2023 | 11,8 |
| 2024 (ước) | 13,1 |
| Kế hoạch 2025 | 20,0 |

Năm 2024, tỷ trọng ước tăng 1,3 điểm phần trăm so với năm 2023, nhờ đóng góp của các dự án sản xuất thiết bị điện tử tại các khu công nghiệp. Hiện nay, tỷ lệ hộ gia đình có Internet cáp quang băng rộng trên địa bàn thành phố đạt 89,3%; riêng thành phố Thủy Nguyên đạt 93%.

Trong DTI năm 2023, Hải Phòng xếp thứ 6/63. Phó Chủ tịch UBND thành phố Hoàng Minh Cường thừa nhận mục tiêu 20% vào năm 2025 là "rất thách thức".""",
        "2024-12-20",
        [
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2021-12-31", 9.2),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2022-12-31", 10.5),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2023-12-31", 11.8),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2024-12-31", 13.1),
            ("ftth_household_rate", "Hải Phòng", "as_of", "2024-12-20", 89.3),
        ],
    ),
    # 22 — Ministry page with its own date line announcing DTI 2024 (September 2025): dossier
    #      shares split ministries/localities for 2024 and the national data-reuse share.
    #      Traps: DTI scores and top provinces, Bộ Tài chính's named-ministry rate, the remainder
    #      "còn 15 tỉnh", "tăng 9,4%".
    (
        """Công bố Chỉ số chuyển đổi số DTI năm 2024

Cổng Thông tin điện tử Bộ Khoa học và Công nghệ – Hà Nội, ngày 24/9/2025

Bộ Khoa học và Công nghệ công bố Báo cáo Chỉ số đánh giá mức độ chuyển đổi số (DTI) năm 2024 của các bộ, ngành và 63 tỉnh, thành phố (đánh giá theo địa giới hành chính trước ngày 01/7/2025).

Khối tỉnh, Hà Nội dẫn đầu với 0,7215 điểm, tiếp theo là Đà Nẵng và Quảng Ninh; DTI trung bình cấp tỉnh đạt 0,5503, tăng 9,4% so với năm 2023. Khối bộ, ngành có dịch vụ công, Bộ Tài chính đứng đầu; tỷ lệ hồ sơ trực tuyến toàn trình của Bộ Tài chính đạt 91,6%.

Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành đạt 43,6%, của các địa phương đạt 36,2%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa trên cả nước đạt 28,5%. Vẫn còn 15 tỉnh có tỷ lệ hồ sơ trực tuyến toàn trình dưới 20%.

Lãnh đạo Bộ cho biết từ năm 2025, Bộ chỉ số DTI sẽ được điều chỉnh phù hợp với mô hình chính quyền địa phương hai cấp.""",
        None,
        [
            ("online_dossier_full_process_rate", "ministries", "year", "2024-12-31", 43.6),
            ("online_dossier_full_process_rate", "localities", "year", "2024-12-31", 36.2),
            ("data_reuse_rate", "national", "year", "2024-12-31", 28.5),
        ],
    ),
    # 23 — Province's 9-month report (October 2024): a GRDP share for January–September 2024
    #      keeps its own 9-month span; the 2023 share is kept for its year.
    #      Traps: DTI 2023 rank, "cao hơn 2,4 điểm phần trăm", Thủ Dầu Một figure, 2025 target,
    #      count of digital firms.
    (
        """Bình Dương: Kinh tế số 9 tháng ước chiếm 14,5% GRDP

Báo Bình Dương – Theo báo cáo của Sở Thông tin và Truyền thông tại phiên họp thường kỳ UBND tỉnh tháng 10, 9 tháng năm 2024, kinh tế số của tỉnh ước chiếm 14,5% GRDP, cao hơn 2,4 điểm phần trăm so với cùng kỳ. Cả năm 2023, tỷ trọng kinh tế số đạt 13,2% GRDP.

Trên địa bàn tỉnh hiện có 1.650 doanh nghiệp công nghệ số. Thành phố Thủ Dầu Một, trung tâm của đề án đô thị thông minh, có tỷ trọng kinh tế số cao nhất với hơn 20%.

Trong Chỉ số DTI năm 2023, Bình Dương xếp thứ 11/63. Tỉnh đặt mục tiêu đến năm 2025 kinh tế số chiếm 20% GRDP.

Phó Chủ tịch UBND tỉnh Nguyễn Lộc Hà đề nghị các sở, ngành "đo đếm kinh tế số bằng số liệu cụ thể, không ước lượng cảm tính".""",
        "2024-10-24",
        [
            ("digital_economy_gdp_share", "Bình Dương", "ytd", "2024-09-30", 14.5),
            ("digital_economy_gdp_share", "Bình Dương", "year", "2023-12-31", 13.2),
        ],
    ),
    # 24 — Internet Day 2025 (28 years) told by a national broadcaster: users' share, 5G coverage
    #      and station count "tính đến hết tháng 9/2025", September's download speeds.
    #      Traps: upload speed, speed ranks, Viettel's share of stations (operator), IPv6.
    (
        """28 năm Internet Việt Nam: Từ kết nối đến dẫn dắt

VTV.vn – Ngày 19/11, Ngày Internet Việt Nam 2025 được tổ chức tại Hà Nội với chủ đề "Internet vì một Việt Nam số bao trùm".

Theo số liệu Bộ Khoa học và Công nghệ công bố tại sự kiện, tính đến hết tháng 9/2025, tỷ lệ người sử dụng Internet đạt 82,4% dân số; mạng 5G phủ sóng 91% dân số với khoảng 30.000 trạm BTS 5G, trong đó Viettel chiếm gần 70%.

Tháng 9/2025, tốc độ tải xuống trung bình của mạng di động đạt 152,4 Mbps, xếp thứ 17 thế giới; băng rộng cố định đạt 210,9 Mbps. Tốc độ tải lên của mạng di động đạt 31,2 Mbps.

Tỷ lệ sử dụng IPv6 tiếp tục duy trì trên 65%, trong nhóm 10 quốc gia dẫn đầu.

"Sau 28 năm, câu hỏi không còn là có Internet hay không, mà là Internet chất lượng, an toàn và phục vụ ai", ông Nguyễn Trường Giang, Giám đốc VNNIC, nói.""",
        "2025-11-19",
        [
            ("internet_users_rate", "national", "as_of", "2025-09-30", 82.4),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 91.0),
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 30000.0),
            ("mobile_broadband_speed", "national", "month", "2025-09-30", 152.4),
            ("fixed_broadband_speed", "national", "month", "2025-09-30", 210.9),
        ],
    ),
    # 25 — Province's December page contrasting its own sociological survey (not labelled) with
    #      the satisfaction share recorded on the National Portal over 11 months of 2024.
    #      Traps: survey 91,2% and sample size, SIPAS 2023 rank (survey), Vinh city figure,
    #      target 95%.
    (
        """Nghệ An: Để người dân "chấm điểm" chính quyền

Báo Nghệ An – Kết quả khảo sát xã hội học do UBND tỉnh phối hợp với Trường Đại học Vinh thực hiện trên 6.000 người dân, doanh nghiệp cho thấy 91,2% người được hỏi hài lòng với thái độ phục vụ của cán bộ bộ phận một cửa các cấp. Trong SIPAS 2023 do Bộ Nội vụ công bố, Nghệ An xếp thứ 24/63.

Trong khi đó, theo đánh giá trên Cổng Dịch vụ công quốc gia, 11 tháng năm 2024, tỷ lệ người dân, doanh nghiệp hài lòng đối với việc giải quyết thủ tục hành chính của tỉnh đạt 97,4%. Tại thành phố Vinh, tỷ lệ này đạt 99,1%.

"Hai con số không mâu thuẫn: đánh giá trên Cổng là đánh giá từng hồ sơ, còn khảo sát phản ánh cảm nhận chung", ông Lê Hồng Vinh, Phó Chủ tịch Thường trực UBND tỉnh, giải thích. Tỉnh đặt mục tiêu năm 2025 mức độ hài lòng đạt tối thiểu 95% trên cả hai kênh.""",
        "2024-12-09",
        [
            ("satisfaction_rate", "Nghệ An", "ytd", "2024-11-30", 97.4),
        ],
    ),
    # 26 — Explainer with a table of UN editions (October 2024): each edition's rank is kept for
    #      its year. Traps: EGDI scores column, "tăng 28 bậc sau 10 năm", the group label,
    #      next edition 2026 and its target.
    (
        """Infographic: Hành trình 10 năm của Việt Nam trên bảng xếp hạng Chính phủ điện tử

VietnamPlus – Khảo sát Chính phủ điện tử của Liên Hợp Quốc được công bố hai năm một lần. Dưới đây là thứ hạng và điểm số EGDI của Việt Nam qua các kỳ khảo sát:

| Kỳ khảo sát | Xếp hạng | Điểm EGDI |
|---|---|---|
| 2014 | 99/193 | 0,4705 |
| 2016 | 89/193 | 0,5143 |
| 2018 | 88/193 | 0,5931 |
| 2020 | 86/193 | 0,6667 |
| 2022 | 86/193 | 0,7106 |
| 2024 | 71/193 | 0,7709 |

Như vậy, sau 10 năm, Việt Nam đã tăng 28 bậc và lần đầu được xếp vào nhóm "Rất cao" ở kỳ khảo sát năm 2024. Kỳ khảo sát tiếp theo sẽ được công bố vào năm 2026, khi Việt Nam đặt mục tiêu tiếp tục tăng hạng, hướng tới nhóm 50 quốc gia dẫn đầu vào năm 2030.""",
        "2024-10-03",
        [
            ("egdi_rank", "national", "year", "2014-12-31", 99.0),
            ("egdi_rank", "national", "year", "2016-12-31", 89.0),
            ("egdi_rank", "national", "year", "2018-12-31", 88.0),
            ("egdi_rank", "national", "year", "2020-12-31", 86.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
        ],
    ),
    # 27 — Business magazine's ranking of provincial GRDP shares for 2023 (table) with the
    #      national average: each province's share carries its name; the lowest province in the
    #      text too. Traps: Samsung (vendor) mention, the ICT-core component, the number of
    #      provinces above 10% (count, no id), 2025 target.
    (
        """Bản đồ kinh tế số địa phương: Khoảng cách còn rất lớn

VnEconomy – Theo số liệu tổng hợp từ báo cáo của các địa phương, năm 2023 tỷ trọng kinh tế số trong GDP cả nước đạt 12,33%, trong khi giữa các tỉnh, thành phố có sự chênh lệch rất lớn.

Năm địa phương có tỷ trọng kinh tế số trong GRDP cao nhất năm 2023
| Tỉnh, thành phố | Tỷ trọng (%) |
|---|---|
| Thái Nguyên | 41,3 |
| Bắc Ninh | 29,8 |
| Bắc Giang | 21,6 |
| TP. Hồ Chí Minh | 19,5 |
| Hà Nội | 18,2 |

Các tỉnh dẫn đầu chủ yếu nhờ hoạt động sản xuất thiết bị điện tử của Samsung và các nhà cung ứng, tức phần kinh tế số ICT lõi. Ở chiều ngược lại, Lai Châu là địa phương có tỷ trọng thấp nhất, chỉ 1,2% GRDP. Chỉ có 14 địa phương có tỷ trọng trên 10%.

Mục tiêu đến năm 2025 là kinh tế số chiếm 20% GDP cả nước; nhiều chuyên gia cho rằng mục tiêu này khó đạt nếu không có đột phá ở kinh tế số ngành.""",
        "2024-10-29",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 41.3),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 29.8),
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 21.6),
            ("digital_economy_gdp_share", "Hồ Chí Minh", "year", "2023-12-31", 19.5),
            ("digital_economy_gdp_share", "Hà Nội", "year", "2023-12-31", 18.2),
            ("digital_economy_gdp_share", "Lai Châu", "year", "2023-12-31", 1.2),
        ],
    ),
    # 28 — Newspaper's DTI 2023 table with a column of each province's online-dossier share for
    #      2023: DTI scores and ranks are not labelled, the share column is (per province).
    #      Traps: DTI average, "tăng 2 bậc", the two-pillar ranks, bottom province rank only.
    (
        """DTI 2023: Hà Nội lần đầu dẫn đầu, Đà Nẵng xuống thứ hai

Tiền Phong – Bộ Thông tin và Truyền thông vừa công bố Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023. Hà Nội lần đầu đứng đầu, tăng 2 bậc; Đà Nẵng sau 4 năm liên tiếp dẫn đầu xuống vị trí thứ hai. DTI trung bình cấp tỉnh đạt 0,5028.

Năm địa phương dẫn đầu DTI 2023
| Xếp hạng | Tỉnh, thành phố | Điểm DTI | Tỷ lệ hồ sơ xử lý trực tuyến năm 2023 (%) |
|---|---|---|---|
| 1 | Hà Nội | 0,6821 | 64,2 |
| 2 | Đà Nẵng | 0,6579 | 71,5 |
| 3 | Quảng Ninh | 0,5712 | 68,9 |
| 4 | Thừa Thiên Huế | 0,5630 | 59,3 |
| 5 | TP. Hồ Chí Minh | 0,5598 | 47,8 |

Ở trụ cột Chính quyền số, Đà Nẵng vẫn đứng đầu; ở trụ cột Kinh tế số, Bắc Ninh dẫn đầu. Địa phương xếp cuối bảng năm nay là Kon Tum (63/63).

Theo đại diện Cục Chuyển đổi số quốc gia, bộ chỉ số năm 2023 tăng trọng số cho các chỉ tiêu đo lường mức độ sử dụng thực tế của người dân, nên có sự xáo trộn lớn về thứ hạng.""",
        "2024-09-27",
        [
            ("online_dossier_rate", "Hà Nội", "year", "2023-12-31", 64.2),
            ("online_dossier_rate", "Đà Nẵng", "year", "2023-12-31", 71.5),
            ("online_dossier_rate", "Quảng Ninh", "year", "2023-12-31", 68.9),
            ("online_dossier_rate", "Thừa Thiên Huế", "year", "2023-12-31", 59.3),
            ("online_dossier_rate", "Hồ Chí Minh", "year", "2023-12-31", 47.8),
        ],
    ),
    # 29 — Provincial department's 9-month report (October 2023): levels "tính đến ngày
    #      30/9/2023" (users, smartphone share, remaining dead-zone hamlets) and the 2022 GRDP share.
    #      Traps: Phú Quốc city figure, dossiers received in Q3 (province system count, no id),
    #      hamlets covered this year (flow), the 2025 target.
    (
        """Kiên Giang: Kết quả chuyển đổi số 9 tháng năm 2023

Sở Thông tin và Truyền thông Kiên Giang – Tính đến ngày 30/9/2023, tỷ lệ người dân trên địa bàn tỉnh sử dụng Internet đạt 70,5%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 84,3%. Toàn tỉnh còn 23 ấp chưa có sóng di động băng rộng, tập trung ở các xã đảo và vùng U Minh Thượng; từ đầu năm đã phủ sóng được 9 ấp. Riêng thành phố Phú Quốc, tỷ lệ người dân sử dụng Internet đạt 88%.

Trong quý III/2023, Hệ thống thông tin giải quyết thủ tục hành chính tỉnh tiếp nhận 86.245 hồ sơ trực tuyến.

Về kinh tế số, năm 2022 kinh tế số chiếm 6,1% GRDP của tỉnh. Tỉnh phấn đấu đến năm 2025 tỷ trọng này đạt 10%.

Giám đốc Sở Thông tin và Truyền thông Nguyễn Trung Nghĩa cho biết, trong quý IV, Sở sẽ phối hợp với các doanh nghiệp viễn thông phủ sóng dứt điểm các ấp còn lại trên đất liền.""",
        "2023-10-16",
        [
            ("internet_users_rate", "Kiên Giang", "as_of", "2023-09-30", 70.5),
            ("smartphone_subscriber_rate", "Kiên Giang", "as_of", "2023-09-30", 84.3),
            ("villages_without_mobile_coverage", "Kiên Giang", "as_of", "2023-09-30", 23.0),
            ("digital_economy_gdp_share", "Kiên Giang", "year", "2022-12-31", 6.1),
        ],
    ),
    # 30 — City's review of 2024 told in January 2025: the year's estimated GRDP share and the
    #      city's digital-economy growth (growth is the indicator), the revised 2023 share kept.
    #      Traps: "tăng 2,6 điểm phần trăm", the earlier plan, DTI 2023 rank, Thủ Đức city,
    #      the 2025 target of 25%.
    (
        """TP.HCM: Kinh tế số năm 2024 ước chiếm 22,1% GRDP

Báo Người Lao Động – Tại hội nghị tổng kết năm 2024 của Sở Thông tin và Truyền thông TP.HCM ngày 14/1, lãnh đạo Sở cho biết năm 2024, kinh tế số của thành phố ước chiếm 22,1% GRDP, tăng 2,6 điểm phần trăm so với năm 2023 (số liệu đã điều chỉnh là 19,5%). Kinh tế số của thành phố tăng trưởng khoảng 14,2%, cao gấp đôi tốc độ tăng GRDP.

Trong Chỉ số DTI năm 2023, TP.HCM xếp thứ 5/63. Thành phố Thủ Đức, nơi tập trung Khu công nghệ cao, đóng góp gần 40% giá trị kinh tế số của toàn thành phố.

Năm 2025, thành phố đặt mục tiêu kinh tế số chiếm 25% GRDP. "Chúng ta cần chuyển từ số hóa sang tạo giá trị trên dữ liệu", Giám đốc Sở Lâm Đình Thắng nhấn mạnh.""",
        "2025-01-15",
        [
            ("digital_economy_gdp_share", "Hồ Chí Minh", "year", "2024-12-31", 22.1),
            ("digital_economy_gdp_share", "Hồ Chí Minh", "year", "2023-12-31", 19.5),
            ("digital_economy_growth", "Hồ Chí Minh", "year", "2024-12-31", 14.2),
        ],
    ),
]
