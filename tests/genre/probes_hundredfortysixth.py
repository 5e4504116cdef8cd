"""Genre probes, round 146: cities' and provinces' own administrative-reform and digital-government pages (766 index, online dossiers, one-stop centres), written blind.

Held out until read once with stop 49's code of that moment (2fb3f86, after its first fixes from real pages): 104 of 111 right, 104 of 109 found (0.94 / 0.95); with the stop's start code 9b8c798, 104 of 114 (0.91 / 0.95). Then fitted: a city's report 'gửi Văn phòng Chính phủ' and a lead 'Theo báo cáo của UBND thành phố …' are the city's, 'cao hơn mức bình quân chung của cả nước' compares: 109 of 112, 109 of 109. Left: the writer counts no SIPAS under satisfaction_rate, which the catalog does (cases 1 and 6), and a province's own survey (case 27).
"""

CASES = []

CASES += [
    # 1. SGGP-style article, TP.HCM's report to the Government Office on the 766 index for Q3/2024: the city's dossier, e-result and reuse shares.
    #    Traps: the rounded headline figure, a change in points, the 766 score and rank, TP Thủ Đức's own rate, the year-end target.
    (
        """TP.HCM: Tỷ lệ hồ sơ trực tuyến quý III đạt hơn 78%

SGGPO
Thứ Năm, 10/10/2024 15:20

Theo báo cáo của Văn phòng UBND TP.HCM gửi Văn phòng Chính phủ về kết quả thực hiện Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử (Bộ chỉ số 766), trong quý III/2024, tỷ lệ hồ sơ trực tuyến của thành phố đạt 78,6%, tăng 6,4 điểm phần trăm so với quý II.

Cũng trong quý III, tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử của TP.HCM đạt 91,3%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 47,2%.

Tổng điểm Bộ chỉ số 766 của thành phố trong quý đạt 80,15/100 điểm, xếp thứ 9/63 tỉnh, thành phố. Trong khối cấp huyện, TP Thủ Đức dẫn đầu với tỷ lệ hồ sơ trực tuyến 85,1%.

Ông Võ Ngọc Quốc Thuận, Chánh Văn phòng UBND TP.HCM, cho biết thành phố đặt mục tiêu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến đạt 80% và sẽ tiếp tục rà soát, tái cấu trúc quy trình đối với các thủ tục có lượng hồ sơ lớn như đăng ký hộ kinh doanh, cấp giấy phép xây dựng.

THANH HIỀN

Tin liên quan:
- TP.HCM công khai bảng xếp hạng chỉ số cải cách hành chính của 21 quận, huyện và TP Thủ Đức""",
        "2024-10-10",
        [
            ("online_dossier_rate", "Hồ Chí Minh", "quarter", "2024-09-30", 78.6),
            ("e_result_rate", "Hồ Chí Minh", "quarter", "2024-09-30", 91.3),
            ("data_reuse_rate", "Hồ Chí Minh", "quarter", "2024-09-30", 47.2),
        ],
    ),
    # 2. Hà Nội's administrative-reform steering committee, mid-2024: full-process dossier share and satisfaction for the half, full-process services share "hiện nay".
    #    Traps: the digitisation rate (no id), service counts with a "trong đó" sub-count, PAR Index rank, SIPAS (a survey), the city's own cut procedures, the target.
    (
        """Hà Nội: Tỷ lệ hồ sơ trực tuyến toàn trình 6 tháng đạt 64,5%

Chiều 12/7, Ban Chỉ đạo cải cách hành chính TP Hà Nội tổ chức phiên họp thường kỳ quý II năm 2024 dưới sự chủ trì của Phó Chủ tịch UBND thành phố Hà Minh Hải.

Theo báo cáo của Sở Nội vụ, 6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của thành phố đạt 64,5%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 92,4%. Tỷ lệ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt 98,8%.

Hiện nay, thành phố đang cung cấp 1.862 dịch vụ công trực tuyến, trong đó có 1.059 dịch vụ công trực tuyến toàn trình; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 55,3%.

Về kết quả các chỉ số, năm 2023 Chỉ số cải cách hành chính (PAR Index) của Hà Nội xếp thứ 8/63; Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) đạt 83,62%. Từ đầu nhiệm kỳ, thành phố đã cắt giảm, đơn giản hóa 124 thủ tục hành chính nội bộ.

Phát biểu kết luận, Phó Chủ tịch UBND thành phố yêu cầu các sở, ngành, quận, huyện phấn đấu năm 2024 đưa Hà Nội trở lại nhóm 5 địa phương dẫn đầu về Chỉ số cải cách hành chính.""",
        "2024-07-12",
        [
            ("online_dossier_full_process_rate", "Hà Nội", "half", "2024-06-30", 64.5),
            ("satisfaction_rate", "Hà Nội", "half", "2024-06-30", 98.8),
            ("dvctt_full_process_rate", "Hà Nội", "as_of", "2024-07-12", 55.3),
        ],
    ),
    # 3. Hải Phòng's year review of 2023 at its one-stop centre: online dossier share and satisfaction for the year, full-process provision at year-end.
    #    Traps: dossiers received by the centre (no id), the on-time share, a district's (quận Hồng Bàng) rate, the 2024 plan.
    (
        """Năm 2023, tỷ lệ hồ sơ giải quyết trực tuyến của thành phố Hải Phòng đạt 71,24%, cao hơn mức bình quân chung của cả nước. Riêng Trung tâm Phục vụ hành chính công thành phố đã tiếp nhận 312.540 hồ sơ, tỷ lệ giải quyết đúng và trước hạn đạt 99,6%.

Tỷ lệ hài lòng của tổ chức, cá nhân đối với việc giải quyết thủ tục hành chính trong năm đạt 99,92%. Đến cuối năm 2023, 100% thủ tục hành chính đủ điều kiện đã được thành phố cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình.

Ở cấp huyện, quận Hồng Bàng tiếp tục là đơn vị dẫn đầu với tỷ lệ hồ sơ trực tuyến 89,3%.

Kế hoạch năm 2024 của thành phố đặt ra tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%, tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt 100%.""",
        "2024-01-16",
        [
            ("online_dossier_rate", "Hải Phòng", "year", "2023-12-31", 71.24),
            ("satisfaction_rate", "Hải Phòng", "year", "2023-12-31", 99.92),
            ("full_process_provision_rate", "Hải Phòng", "as_of", "2023-12-31", 100.0),
        ],
    ),
    # 4. Đà Nẵng portal, 766 results for March 2024: full-process dossier and e-result shares for the month.
    #    Traps: the score and "dẫn đầu" position, the by-level breakdown after "trong đó" (parts of the same measure), the localities' average score.
    (
        """Đà Nẵng tiếp tục dẫn đầu cả nước về Bộ chỉ số phục vụ người dân, doanh nghiệp

(Cổng TTĐT Đà Nẵng) - Theo kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trên Cổng Dịch vụ công quốc gia, tháng 3/2024 thành phố Đà Nẵng đạt 89,42/100 điểm, dẫn đầu 63 tỉnh, thành phố; bình quân các địa phương đạt 72,18 điểm.

Trong tháng 3/2024, tỷ lệ hồ sơ trực tuyến toàn trình của thành phố đạt 83,6%, trong đó cấp thành phố đạt 96,2%, cấp quận, huyện đạt 80,5% và cấp xã, phường đạt 61,4%. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 98,5%.

Văn phòng UBND thành phố đề nghị các quận, huyện có tỷ lệ thấp rà soát nguyên nhân, hướng dẫn người dân nộp hồ sơ qua mạng, không để tình trạng tiếp nhận trực tiếp rồi mới số hóa.""",
        "2024-04-09",
        [
            ("online_dossier_full_process_rate", "Đà Nẵng", "month", "2024-03-31", 83.6),
            ("e_result_rate", "Đà Nẵng", "month", "2024-03-31", 98.5),
        ],
    ),
    # 5. Cần Thơ's steering committee on digital transformation, October 2023: nine-month online and full-process dossier shares.
    #    Traps: the 2023 plan, the Ninh Kiều district figure, a year-on-year change, the count of documents issued.
    (
        """Sáng 18/10, Ban Chỉ đạo chuyển đổi số thành phố Cần Thơ họp đánh giá kết quả 9 tháng năm 2023. Theo báo cáo của Sở Thông tin và Truyền thông, lũy kế 9 tháng đầu năm, tỷ lệ hồ sơ trực tuyến trên địa bàn thành phố đạt 52,7%, tăng 14,2% so với cùng kỳ. Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ đạt 31,8%, trong khi kế hoạch năm 2023 đặt ra là 50%.

Quận Ninh Kiều là địa phương có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 76,4%. Từ đầu năm, UBND thành phố đã ban hành 27 văn bản chỉ đạo, đôn đốc về chuyển đổi số và Đề án 06.

Chủ tịch UBND thành phố Trần Việt Trường đề nghị các sở, ngành, quận, huyện tập trung hướng dẫn người dân sử dụng dịch vụ công trực tuyến, bảo đảm hoàn thành chỉ tiêu năm.""",
        "2023-10-18",
        [
            ("online_dossier_rate", "Cần Thơ", "ytd", "2023-09-30", 52.7),
            ("online_dossier_full_process_rate", "Cần Thơ", "ytd", "2023-09-30", 31.8),
        ],
    ),
]

CASES += [
    # 6. Báo Chính phủ on the Government Office's nine-month 2024 summary of the 766 index: national and ministries/localities dossier shares, one province's top rate.
    #    Traps: average scores of the two blocks, a count of provinces below 30%, the 2024 target.
    (
        """Văn phòng Chính phủ: 9 tháng năm 2024, gần một nửa hồ sơ thủ tục hành chính được xử lý trực tuyến

(Chinhphu.vn) - Văn phòng Chính phủ vừa có báo cáo tổng hợp kết quả thực hiện Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp 9 tháng năm 2024 gửi Thủ tướng Chính phủ.

Theo báo cáo, 9 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến trên toàn quốc đạt 45,2%, trong đó khối bộ, ngành đạt 64,5%, khối địa phương đạt 41,9%. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử chung cả nước đạt 85,3%.

Điểm bình quân Bộ chỉ số của các bộ, ngành đạt 68,7/100 điểm, của các địa phương đạt 75,4/100 điểm. Địa phương có tỷ lệ hồ sơ trực tuyến cao nhất là Đà Nẵng với 95,1%; vẫn còn 17 địa phương có tỷ lệ hồ sơ trực tuyến dưới 30%.

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương quyết liệt thực hiện để đạt mục tiêu năm 2024 là tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%.""",
        "2024-10-21",
        [
            ("online_dossier_rate", "national", "ytd", "2024-09-30", 45.2),
            ("online_dossier_rate", "ministries", "ytd", "2024-09-30", 64.5),
            ("online_dossier_rate", "localities", "ytd", "2024-09-30", 41.9),
            ("e_result_rate", "national", "ytd", "2024-09-30", 85.3),
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2024-09-30", 95.1),
        ],
    ),
    # 7. Quảng Ninh newspaper on the 2023 PAR Index release: the province's share of procedures online at end-2023, share of services with dossiers in 2023.
    #    Traps: PAR Index and SIPAS results in percent (an index and a survey, no id), the rank, the 2025 target.
    (
        """Quảng Ninh giữ vững vị trí nhóm đầu về Chỉ số cải cách hành chính

Ngày 16/5, Bộ Nội vụ công bố Chỉ số cải cách hành chính (PAR Index) và Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023. Theo đó, PAR Index 2023 của Quảng Ninh đạt 91,05%, xếp thứ 2/63 tỉnh, thành phố; SIPAS đạt 88,89%, thuộc nhóm cao nhất cả nước.

Kết quả này phản ánh nỗ lực của tỉnh trong xây dựng chính quyền số. Tính đến 31/12/2023, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến của Quảng Ninh đạt 97,8%. Năm 2023, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 88,2%.

Tỉnh đặt mục tiêu đến năm 2025 duy trì vị trí trong nhóm 3 địa phương dẫn đầu PAR Index, 100% hồ sơ được số hóa ngay khi tiếp nhận.

Mạnh Trường""",
        "2024-05-17",
        [
            ("dvctt_rate", "Quảng Ninh", "as_of", "2023-12-31", 97.8),
            ("dvctt_with_dossiers_rate", "Quảng Ninh", "year", "2023-12-31", 88.2),
        ],
    ),
    # 8. Thừa Thiên Huế portal excerpt, undated page that dates itself by "Quý I/2024": online and full-process dossier shares for the quarter.
    #    Traps: Hue-S users (no id), the Huế city (district-level) rate, a change in points.
    (
        """Quý I/2024, tỷ lệ hồ sơ trực tuyến trên địa bàn tỉnh Thừa Thiên Huế đạt 85,4%, tăng 3,1 điểm phần trăm so với quý IV/2023; tỷ lệ hồ sơ trực tuyến toàn trình đạt 60,3%. Trong đó, thành phố Huế có tỷ lệ hồ sơ trực tuyến cao nhất khối cấp huyện với 90,2%.

Nền tảng Hue-S tiếp tục là kênh tương tác chính giữa chính quyền và người dân với hơn 1,1 triệu người dùng; người dân có thể tra cứu hồ sơ, thanh toán phí, lệ phí và phản ánh hiện trường ngay trên ứng dụng.

Sở Thông tin và Truyền thông cho biết sẽ phối hợp với Văn phòng UBND tỉnh rà soát các thủ tục có phát sinh hồ sơ lớn để chuyển sang tiếp nhận hoàn toàn trực tuyến.""",
        None,
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "quarter", "2024-03-31", 85.4),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "quarter", "2024-03-31", 60.3),
        ],
    ),
    # 9. Whole article, Bình Dương, December 2024: eleven-month dossier, reuse and services-with-dossiers shares.
    #    Traps: Thủ Dầu Một city's rate, a change in points, an operator's (Viettel) community tech teams count, the 2025 target.
    (
        """Bình Dương: 11 tháng, gần 89% hồ sơ thủ tục hành chính được nộp trực tuyến

Báo Bình Dương - 05/12/2024 08:45

Theo Văn phòng UBND tỉnh, lũy kế 11 tháng năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Bình Dương đạt 88,9%, tăng 9,3 điểm phần trăm so với cùng kỳ năm 2023. Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 52,6%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến đạt 81,5%.

Trong các địa phương cấp huyện, TP Thủ Dầu Một đạt tỷ lệ hồ sơ trực tuyến cao nhất với 93,4%.

Để hỗ trợ người dân, Viettel Bình Dương đã phối hợp thành lập 120 tổ công nghệ số cộng đồng tại các khu phố, ấp, hướng dẫn người dân tạo tài khoản và nộp hồ sơ qua Cổng Dịch vụ công.

Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 70% và 100% kết quả giải quyết thủ tục hành chính được số hóa.

Thu Thảo

Chia sẻ: Facebook | Zalo | In bài""",
        "2024-12-05",
        [
            ("online_dossier_rate", "Bình Dương", "ytd", "2024-11-30", 88.9),
            ("data_reuse_rate", "Bình Dương", "ytd", "2024-11-30", 52.6),
            ("dvctt_with_dossiers_rate", "Bình Dương", "ytd", "2024-11-30", 81.5),
        ],
    ),
    # 10. Long An one-stop centre, May 2024: the province's monthly dossier, reuse and satisfaction shares.
    #     Traps: dossiers processed on VNPT's iGate system (an operator's figure, no id), kiosk count, huyện Đức Hòa's rate.
    (
        """Tháng 5/2024, Trung tâm Phục vụ hành chính công tỉnh Long An cùng các sở, ngành, huyện, xã tiếp nhận hơn 96.000 hồ sơ. Tỷ lệ hồ sơ trực tuyến của tỉnh trong tháng đạt 67,5%; tỷ lệ khai thác, sử dụng lại dữ liệu đã số hóa đạt 38,4%. Tỷ lệ hài lòng của người dân, doanh nghiệp đạt 99,6%.

Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh do VNPT Long An cung cấp từ năm 2021 đến nay đã xử lý hơn 1,2 triệu hồ sơ. Tỉnh cũng lắp đặt 45 kiosk tra cứu tại bộ phận một cửa các cấp.

Ở cấp huyện, huyện Đức Hòa có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 81,7%.""",
        "2024-06-07",
        [
            ("online_dossier_rate", "Long An", "month", "2024-05-31", 67.5),
            ("data_reuse_rate", "Long An", "month", "2024-05-31", 38.4),
            ("satisfaction_rate", "Long An", "month", "2024-05-31", 99.6),
        ],
    ),
    # 11. Nghệ An's meeting on the 766 index, Q2/2024: the province's dossier and e-result shares for the quarter.
    #     Traps: score and rank 45/63, the online payment share and the digitisation share (no id), the number of sanctioned officials.
    (
        """Nghệ An: Chấn chỉnh tình trạng chỉ số phục vụ người dân, doanh nghiệp ở nhóm thấp

Chiều 10/7/2024, Phó Chủ tịch UBND tỉnh Nghệ An Bùi Đình Long chủ trì cuộc họp đánh giá kết quả thực hiện Bộ chỉ số 766 quý II/2024.

Theo Văn phòng UBND tỉnh, trong quý II, tổng điểm của tỉnh đạt 71,63/100 điểm, xếp thứ 45/63 tỉnh, thành phố. Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 48,3%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 72,8%. Một số chỉ tiêu còn thấp như tỷ lệ thanh toán trực tuyến chỉ đạt 29,5%, tỷ lệ số hóa hồ sơ đạt 65%.

Trong 6 tháng, tỉnh đã nhắc nhở, phê bình 12 cán bộ, công chức để hồ sơ quá hạn. Phó Chủ tịch UBND tỉnh yêu cầu từ quý III không để phát sinh hồ sơ giấy đối với các thủ tục đã cung cấp toàn trình.""",
        "2024-07-11",
        [
            ("online_dossier_rate", "Nghệ An", "quarter", "2024-06-30", 48.3),
            ("e_result_rate", "Nghệ An", "quarter", "2024-06-30", 72.8),
        ],
    ),
    # 12. Government Office summary of the first quarter of two-level local government (Q3/2025): national and split dossier shares, national full-process dossier share.
    #     Traps: counts of communes and provinces, the commune-level part after "trong đó", the year-end target.
    (
        """Sau ba tháng vận hành mô hình chính quyền địa phương hai cấp, Văn phòng Chính phủ cho biết trong quý III/2025 (từ 01/7 đến 30/9/2025), tỷ lệ hồ sơ trực tuyến trên toàn quốc đạt 46,8%; khối bộ, ngành đạt 81,2%, khối địa phương đạt 41,5%, trong đó cấp xã đạt 38,7%. Tỷ lệ hồ sơ trực tuyến toàn trình chung cả nước đạt 29,4%.

Toàn bộ 3.321 xã, phường, đặc khu của 34 tỉnh, thành phố đã kết nối Hệ thống thông tin giải quyết thủ tục hành chính với Cổng Dịch vụ công quốc gia. Văn phòng Chính phủ đề nghị các địa phương phấn đấu đến hết năm 2025 tỷ lệ hồ sơ trực tuyến đạt 60%.""",
        "2025-10-08",
        [
            ("online_dossier_rate", "national", "quarter", "2025-09-30", 46.8),
            ("online_dossier_rate", "ministries", "quarter", "2025-09-30", 81.2),
            ("online_dossier_rate", "localities", "quarter", "2025-09-30", 41.5),
            ("online_dossier_full_process_rate", "national", "quarter", "2025-09-30", 29.4),
        ],
    ),
]

CASES += [
    # 13. Hà Nội, the first quarter of two-level local government (Q3/2025): the city's online, full-process and satisfaction shares.
    #     Traps: dossiers received by communes (no id), the number of communes and branch offices, phường Hoàn Kiếm's rate.
    (
        """Hà Nội: Quý đầu vận hành chính quyền hai cấp, hơn 82% hồ sơ nộp trực tuyến

Kinh tế & Đô thị - Theo Văn phòng UBND thành phố Hà Nội, trong quý III/2025, quý đầu tiên vận hành mô hình chính quyền địa phương hai cấp, 126 xã, phường trên địa bàn đã tiếp nhận hơn 1,2 triệu hồ sơ thủ tục hành chính.

Tỷ lệ hồ sơ trực tuyến của thành phố trong quý đạt 82,3%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,6%. Tỷ lệ hài lòng của người dân, doanh nghiệp đạt 99,1%. Phường Hoàn Kiếm là đơn vị cấp xã có tỷ lệ hồ sơ trực tuyến cao nhất với 97,4%.

Trung tâm Phục vụ hành chính công thành phố Hà Nội hiện có 126 chi nhánh đặt tại các xã, phường, tiếp nhận hồ sơ không phụ thuộc địa giới hành chính trong phạm vi thành phố.""",
        "2025-10-06",
        [
            ("online_dossier_rate", "Hà Nội", "quarter", "2025-09-30", 82.3),
            ("online_dossier_full_process_rate", "Hà Nội", "quarter", "2025-09-30", 58.6),
            ("satisfaction_rate", "Hà Nội", "quarter", "2025-09-30", 99.1),
        ],
    ),
    # 14. TP.HCM after the merger, August 2025: the city's monthly full-process dossier share and its full-process services share at 31/8.
    #     Traps: counts of procedures and services, phường Sài Gòn's rate, the year-end target.
    (
        """TP.HCM (mới) đẩy mạnh dịch vụ công trực tuyến toàn trình

Thứ Hai, 08/09/2025 - 10:05

Tính đến ngày 31/8/2025, TP. Hồ Chí Minh đang thực hiện 2.077 thủ tục hành chính, trong đó 1.045 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình. Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của thành phố đạt 50,3%.

Trong tháng 8/2025, tỷ lệ hồ sơ trực tuyến toàn trình của thành phố đạt 68,4%. Trong số 168 xã, phường, đặc khu, phường Sài Gòn dẫn đầu với tỷ lệ 92,1%.

Theo Sở Khoa học và Công nghệ, thành phố phấn đấu đến cuối năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.

Hoàng Anh""",
        "2025-09-08",
        [
            ("dvctt_full_process_rate", "Hồ Chí Minh", "as_of", "2025-08-31", 50.3),
            ("online_dossier_full_process_rate", "Hồ Chí Minh", "month", "2025-08-31", 68.4),
        ],
    ),
    # 15. Đà Nẵng after joining Quảng Nam, ten months of 2025: ytd dossier share and the full-process services share at 31/10.
    #     Traps: commune count, phường Hội An's rate, the 2026 plan, a change on last year.
    (
        """Sau hợp nhất, Đà Nẵng duy trì tỷ lệ hồ sơ trực tuyến cao

Theo báo cáo của UBND thành phố Đà Nẵng gửi Văn phòng Chính phủ, 10 tháng năm 2025, tỷ lệ hồ sơ trực tuyến trên địa bàn thành phố đạt 79,8%, giảm 6,2 điểm phần trăm so với cùng kỳ do mở rộng địa bàn sau hợp nhất với tỉnh Quảng Nam. Tính đến 31/10/2025, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 71,2%.

Trong 94 xã, phường, đặc khu, phường Hội An có tỷ lệ hồ sơ trực tuyến cao nhất với 88,5%; nhiều xã miền núi phía tây còn dưới 40%.

Kế hoạch năm 2026, thành phố đặt chỉ tiêu 85% hồ sơ được nộp trực tuyến.""",
        "2025-11-12",
        [
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2025-10-31", 79.8),
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2025-10-31", 71.2),
        ],
    ),
    # 16. Cần Thơ police on Đề án 06 after the merger: the city's chip ID cards and activated VNeID accounts at 30/9/2025.
    #     Traps: a sub-count after "trong đó" for the former Sóc Trăng area, the activation rate (no id), the target.
    (
        """Tính đến ngày 30/9/2025, Công an thành phố Cần Thơ đã thu nhận, cấp 3,12 triệu thẻ căn cước công dân gắn chíp và thẻ căn cước; kích hoạt 2,36 triệu tài khoản định danh điện tử, trong đó 1,1 triệu tài khoản của người dân khu vực tỉnh Sóc Trăng cũ. Tỷ lệ công dân đủ điều kiện đã kích hoạt tài khoản đạt 78%.

Công an thành phố đặt mục tiêu đến cuối năm 2025 kích hoạt thêm 300.000 tài khoản, tiếp tục triển khai các tổ công tác hỗ trợ tại 103 xã, phường.""",
        "2025-10-14",
        [
            ("chip_id_cards_issued", "Cần Thơ", "as_of", "2025-09-30", 3120000.0),
            ("vneid_activated_accounts", "Cần Thơ", "as_of", "2025-09-30", 2360000.0),
        ],
    ),
    # 17. Bắc Ninh's year review of 2023: dossiers tied to personal ID and online dossier share for the year.
    #     Traps: the digitisation share, a cut in processing time, the 766 rank.
    (
        """Năm 2023, công tác cải cách thủ tục hành chính của tỉnh Bắc Ninh đạt nhiều kết quả nổi bật. Tỷ lệ hồ sơ thủ tục hành chính được gắn mã định danh cá nhân đạt 97,3%; tỷ lệ hồ sơ trực tuyến đạt 64,1%; tỷ lệ số hóa hồ sơ, kết quả giải quyết đạt 89%.

Nhiều thủ tục trong lĩnh vực đầu tư, đất đai được cắt giảm 30% thời gian giải quyết so với quy định. Tỉnh xếp thứ 3/63 trong đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 12/2023.""",
        "2024-01-10",
        [
            ("dossiers_with_personal_id_rate", "Bắc Ninh", "year", "2023-12-31", 97.3),
            ("online_dossier_rate", "Bắc Ninh", "year", "2023-12-31", 64.1),
        ],
    ),
    # 18. Lâm Đồng, first half of 2024: the province's online and full-process dossier shares, and the localities' average cited for comparison.
    #     Traps: Đà Lạt's rate, the plan of 65%.
    (
        """Lâm Đồng: Tỷ lệ hồ sơ trực tuyến 6 tháng vượt bình quân khối địa phương

6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến trên toàn tỉnh Lâm Đồng đạt 57,4%, cao hơn tỷ lệ bình quân của khối địa phương (42,3%). Tỷ lệ hồ sơ trực tuyến toàn trình đạt 40,6%.

Thành phố Đà Lạt là địa phương cấp huyện dẫn đầu với 71,2%. Tuy nhiên, so với kế hoạch năm là 65%, kết quả của tỉnh vẫn còn khoảng cách; Sở Thông tin và Truyền thông đề nghị các huyện tăng cường hướng dẫn tại bộ phận một cửa.""",
        "2024-07-19",
        [
            ("online_dossier_rate", "Lâm Đồng", "half", "2024-06-30", 57.4),
            ("online_dossier_full_process_rate", "Lâm Đồng", "half", "2024-06-30", 40.6),
            ("online_dossier_rate", "localities", "half", "2024-06-30", 42.3),
        ],
    ),
    # 19. Thanh Hóa announces its department and district reform indices for 2023: the province's satisfaction share in 2023 and full-process share at year-end.
    #     Traps: departments' and districts' index scores in percent, the count of decisions.
    (
        """Thanh Hóa công bố Chỉ số cải cách hành chính năm 2023 của các sở, ngành, địa phương

Báo Thanh Hóa - Ngày 26/3/2024, UBND tỉnh ban hành Quyết định số 1095/QĐ-UBND phê duyệt và công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành cấp tỉnh và UBND các huyện, thị xã, thành phố.

Theo đó, Sở Tư pháp dẫn đầu khối sở, ngành với 90,12%; huyện Đông Sơn dẫn đầu khối cấp huyện với 89,76%.

Cũng theo báo cáo của Sở Nội vụ, năm 2023, tỷ lệ hài lòng của người dân, tổ chức đối với việc giải quyết thủ tục hành chính tại tỉnh đạt 98,9%. Đến cuối năm 2023, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của tỉnh đạt 48,7%.

Trong năm, UBND tỉnh đã ban hành 62 quyết định công bố danh mục thủ tục hành chính mới, sửa đổi, bổ sung.""",
        "2024-03-27",
        [
            ("satisfaction_rate", "Thanh Hóa", "year", "2023-12-31", 98.9),
            ("dvctt_full_process_rate", "Thanh Hóa", "as_of", "2023-12-31", 48.7),
        ],
    ),
    # 20. Hải Phòng's steering committee on science, innovation, digital transformation and Đề án 06, nine months of 2025.
    #     Traps: đặc khu Cát Hải's rate, the commune count, a change, the year-end target.
    (
        """Ngày 10/10/2025, Ban Chỉ đạo thành phố Hải Phòng về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 họp phiên thường kỳ quý III.

Báo cáo tại cuộc họp cho biết, 9 tháng năm 2025, tỷ lệ hồ sơ trực tuyến của thành phố đạt 74,6%, tăng 12,1% so với cùng kỳ; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 96,8%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 61,3%.

Trong 114 xã, phường, đặc khu, đặc khu Cát Hải có tỷ lệ hồ sơ trực tuyến 45,2%, thấp nhất thành phố. Ban Chỉ đạo đề ra mục tiêu đến hết năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80%.""",
        "2025-10-10",
        [
            ("online_dossier_rate", "Hải Phòng", "ytd", "2025-09-30", 74.6),
            ("e_result_rate", "Hải Phòng", "ytd", "2025-09-30", 96.8),
            ("data_reuse_rate", "Hải Phòng", "ytd", "2025-09-30", 61.3),
        ],
    ),
]

CASES += [
    # 21. Kiên Giang's review of 2024: services-with-dossiers and full-process dossier shares for the year.
    #     Traps: Phú Quốc city's rate, procedures the province cut (no id), the 2025 target.
    (
        """Kiên Giang: Năm 2024, nhiều chỉ tiêu cải cách hành chính vượt kế hoạch

Năm 2024, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến của tỉnh Kiên Giang đạt 65,3%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 44,8%. Thành phố Phú Quốc là địa phương cấp huyện có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất, đạt 70%.

Trong năm, UBND tỉnh đã cắt giảm, đơn giản hóa 56 thủ tục hành chính thuộc thẩm quyền quy định của tỉnh. Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 60% trở lên.""",
        "2025-01-14",
        [
            ("dvctt_with_dossiers_rate", "Kiên Giang", "year", "2024-12-31", 65.3),
            ("online_dossier_full_process_rate", "Kiên Giang", "year", "2024-12-31", 44.8),
        ],
    ),
    # 22. Hà Tĩnh, October 2024: the month's online dossier share and the previous month's value given in parentheses (kept with its own period).
    #     Traps: a change in points, a count of ward-level tech teams.
    (
        """Tháng 10/2024, tỷ lệ hồ sơ trực tuyến của tỉnh Hà Tĩnh đạt 61,2%, tăng 2,5 điểm phần trăm so với tháng 9/2024 (58,7%). Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử trong tháng đạt 90,6%.

Sở Thông tin và Truyền thông cho biết, kết quả trên có đóng góp lớn của 2.104 tổ công nghệ số cộng đồng ở các thôn, tổ dân phố, trực tiếp hướng dẫn người dân cài đặt ứng dụng và nộp hồ sơ trên môi trường mạng.""",
        "2024-11-06",
        [
            ("online_dossier_rate", "Hà Tĩnh", "month", "2024-10-31", 61.2),
            ("online_dossier_rate", "Hà Tĩnh", "month", "2024-09-30", 58.7),
            ("e_result_rate", "Hà Tĩnh", "month", "2024-10-31", 90.6),
        ],
    ),
    # 23. Quảng Nam newspaper on its low 766 ranking, first half of 2024: the province's dossier and e-result shares.
    #     Traps: the rank 58/63 and score, Tam Kỳ city's rate, a change.
    (
        """Quảng Nam: Chỉ số phục vụ người dân, doanh nghiệp còn thấp

Theo kết quả đánh giá của Văn phòng Chính phủ, tháng 6/2024, Quảng Nam đạt 66,84/100 điểm, xếp thứ 58/63 tỉnh, thành phố về Bộ chỉ số phục vụ người dân, doanh nghiệp.

Lũy kế 6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh chỉ đạt 35,2%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 60,4%, giảm 4,7% so với quý I. Thành phố Tam Kỳ có tỷ lệ hồ sơ trực tuyến cao nhất khối cấp huyện với 62,9%.

Chủ tịch UBND tỉnh yêu cầu thủ trưởng các sở, ngành, địa phương chịu trách nhiệm nếu chỉ số của đơn vị tiếp tục ở nhóm thấp.""",
        "2024-07-16",
        [
            ("online_dossier_rate", "Quảng Nam", "half", "2024-06-30", 35.2),
            ("e_result_rate", "Quảng Nam", "half", "2024-06-30", 60.4),
        ],
    ),
    # 24. Bình Định's report on 2023: the province's e-result and full-process dossier shares for the year.
    #     Traps: the count of procedures proposed for simplification (no id), the count of internal procedures, the target.
    (
        """Bình Định: Đẩy mạnh cải cách thủ tục hành chính, nâng chất lượng phục vụ

Năm 2023, UBND tỉnh Bình Định đã trình các bộ, ngành phương án đơn giản hóa 35 thủ tục hành chính và công bố 48 thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước.

Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử năm 2023 của tỉnh đạt 87,4%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 38,9%. Tỉnh đặt mục tiêu năm 2024 nâng tỷ lệ hồ sơ trực tuyến toàn trình lên 50%.""",
        "2024-02-02",
        [
            ("e_result_rate", "Bình Định", "year", "2023-12-31", 87.4),
            ("online_dossier_full_process_rate", "Bình Định", "year", "2023-12-31", 38.9),
        ],
    ),
    # 25. Khánh Hòa's one-stop centre on its fee cut: the count of provinces that cut fees (national, as of the page date), the province's Q4/2023 online dossier share.
    #     Traps: the 50% fee cut (a share of the fee), the province's resolution number.
    (
        """Từ ngày 01/01/2024, tổ chức, cá nhân nộp hồ sơ trực tuyến tại Khánh Hòa được giảm 50% mức thu phí, lệ phí theo Nghị quyết số 12/2023/NQ-HĐND của HĐND tỉnh. Với nghị quyết này, Khánh Hòa là một trong 58 địa phương đã ban hành chính sách giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến.

Theo Trung tâm Phục vụ hành chính công tỉnh, quý IV/2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 59,8%. Trung tâm kỳ vọng chính sách giảm phí sẽ khuyến khích doanh nghiệp chuyển sang nộp hồ sơ qua mạng.""",
        "2024-02-20",
        [
            ("localities_fee_reduction", "national", "as_of", "2024-02-20", 58.0),
            ("online_dossier_rate", "Khánh Hòa", "quarter", "2023-12-31", 59.8),
        ],
    ),
    # 26. Thái Nguyên portal excerpt, undated page that dates itself by "tháng 11/2024": the province's monthly dossier, full-process and reuse shares.
    #     Traps: the 766 score and first place.
    (
        """Trong tháng 11/2024, Thái Nguyên tiếp tục đứng đầu cả nước về Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp với 91,2/100 điểm. Tỷ lệ hồ sơ trực tuyến của tỉnh trong tháng đạt 94,87%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 72,5%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 70,3%.""",
        None,
        [
            ("online_dossier_rate", "Thái Nguyên", "month", "2024-11-30", 94.87),
            ("online_dossier_full_process_rate", "Thái Nguyên", "month", "2024-11-30", 72.5),
            ("data_reuse_rate", "Thái Nguyên", "month", "2024-11-30", 70.3),
        ],
    ),
    # 27. Government Office at its 2024 review conference: National Portal accounts at end-2023, dossiers and online payments during 2023 (flow twins).
    #     Traps: a province's own portal count (Cổng DVC tỉnh), the change, the 2024 target.
    (
        """Tại hội nghị triển khai nhiệm vụ năm 2024 của Văn phòng Chính phủ, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ cho biết tính đến hết năm 2023, Cổng Dịch vụ công quốc gia có 9,8 triệu tài khoản đăng ký. Trong năm 2023, Cổng tiếp nhận 8,1 triệu hồ sơ trực tuyến; thực hiện 5,3 triệu giao dịch thanh toán trực tuyến với số tiền 3.950 tỷ đồng, tăng 47% so với năm 2022.

Ở địa phương, Cổng Dịch vụ công tỉnh Quảng Ninh tiếp nhận 1,05 triệu hồ sơ trực tuyến trong năm. Năm 2024, Văn phòng Chính phủ phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp toàn trình.""",
        "2024-01-05",
        [
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 9800000.0),
            ("national_portal_dossiers_new", "national", "year", "2023-12-31", 8100000.0),
            ("online_payments_count_new", "national", "year", "2023-12-31", 5300000.0),
            ("online_payments_value_new", "national", "year", "2023-12-31", 3950.0),
        ],
    ),
    # 28. Tây Ninh, first quarter of 2025 (before the merger): the province's satisfaction and online dossier shares.
    #     Traps: huyện Gò Dầu's rate, the SIPAS survey sample size and score (a survey).
    (
        """Quý I/2025, tỷ lệ hài lòng của người dân, doanh nghiệp khi giải quyết thủ tục hành chính tại tỉnh Tây Ninh đạt 99,5%; tỷ lệ hồ sơ trực tuyến đạt 72,4%. Huyện Gò Dầu là đơn vị cấp huyện có tỷ lệ hồ sơ trực tuyến cao nhất với 86,3%.

Cũng trong quý, Sở Nội vụ phối hợp Trường Đại học Tây Ninh khảo sát 1.200 phiếu về sự hài lòng đối với sự phục vụ của cơ quan hành chính; chỉ số hài lòng chung theo khảo sát đạt 86,7%.""",
        "2025-04-11",
        [
            ("satisfaction_rate", "Tây Ninh", "quarter", "2025-03-31", 99.5),
            ("online_dossier_rate", "Tây Ninh", "quarter", "2025-03-31", 72.4),
        ],
    ),
    # 29. Đồng Tháp's 2023 results: the satisfaction share recorded by the rating system for the year, its services' share with dossiers.
    #     Traps: the satisfaction survey's share (a survey), its sample, a commune's rate.
    (
        """Năm 2023, trên Hệ thống đánh giá mức độ hài lòng của tỉnh Đồng Tháp, tỷ lệ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt 99,3%. Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của tỉnh đạt 71,6%.

Song song, Sở Nội vụ tổ chức khảo sát 3.500 phiếu tại 12 huyện, thành phố; kết quả có 96,4% người được hỏi hài lòng. Xã Mỹ An Hưng B (huyện Lấp Vò) đạt tỷ lệ hồ sơ trực tuyến 100%.""",
        "2024-01-25",
        [
            ("satisfaction_rate", "Đồng Tháp", "year", "2023-12-31", 99.3),
            ("dvctt_with_dossiers_rate", "Đồng Tháp", "year", "2023-12-31", 71.6),
        ],
    ),
    # 30. Lào Cai's digital-infrastructure page: villages without mobile broadband, the villages' coverage share and FTTH share "hiện nay" (page date).
    #     Traps: an operator's (Viettel) station count, the 2025 target of no dead-zone villages.
    (
        """Lào Cai: Xóa vùng lõm sóng, tạo nền tảng cho chính quyền số

Hiện nay, toàn tỉnh Lào Cai còn 38 thôn, bản chưa có sóng di động băng rộng, chủ yếu tại các huyện Bát Xát, Si Ma Cai và Mường Khương. Tỷ lệ thôn, bản có sóng di động băng rộng đạt 97,6%; tỷ lệ hộ gia đình có kết nối cáp quang đạt 82%.

Riêng năm 2024, Viettel Lào Cai đã lắp đặt mới 25 trạm BTS tại các thôn vùng sâu. Tỉnh phấn đấu đến hết năm 2025 không còn thôn, bản lõm sóng.""",
        "2024-10-25",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-10-25", 38.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-10-25", 97.6),
            ("ftth_household_rate", "Lào Cai", "as_of", "2024-10-25", 82.0),
        ],
    ),
    # 31. TP.HCM's review of 2023 at its administrative-reform conference: the city's online and full-process dossier shares for 2023.
    #     Traps: Quận 1's rate, the cut in compliance costs, the 2022 PAR rank, the 2024 target.
    (
        """Sáng 23/1/2024, UBND TP.HCM tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023. Theo báo cáo, năm 2023, tỷ lệ hồ sơ trực tuyến của TP.HCM đạt 61,7%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 35,4%.

Quận 1 là đơn vị cấp huyện có tỷ lệ hồ sơ trực tuyến cao nhất với 88,9%. Thành phố cũng đã cắt giảm 20% chi phí tuân thủ đối với nhóm thủ tục về đất đai, xây dựng. Chỉ số PAR Index năm 2022 của thành phố xếp thứ 17/63, đứng sau Hà Nội, Hải Phòng, Đà Nẵng. Năm 2024, thành phố đặt mục tiêu tỷ lệ hồ sơ trực tuyến đạt 75%.""",
        "2024-01-23",
        [
            ("online_dossier_rate", "Hồ Chí Minh", "year", "2023-12-31", 61.7),
            ("online_dossier_full_process_rate", "Hồ Chí Minh", "year", "2023-12-31", 35.4),
        ],
    ),
]

CASES += [
    # 32. Hưng Yên, Q3/2024: full-process provision over eligible procedures at 30/9 and the quarter's full-process dossier share.
    #     Traps: the cut in processing time, the rate of thành phố Hưng Yên (a district-level city).
    (
        """Đến ngày 30/9/2024, tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình của tỉnh Hưng Yên đạt 96,5%. Trong quý III, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 56,3%, riêng thành phố Hưng Yên đạt 71,8%.

Nhờ liên thông điện tử giữa các cơ quan, thời gian giải quyết nhiều thủ tục về đầu tư, xây dựng được rút ngắn 30% so với quy định.""",
        "2024-10-09",
        [
            ("full_process_provision_rate", "Hưng Yên", "as_of", "2024-09-30", 96.5),
            ("online_dossier_full_process_rate", "Hưng Yên", "quarter", "2024-09-30", 56.3),
        ],
    ),
    # 33. Ninh Bình, April 2024: the month's online dossier share, March's value in parentheses.
    #     Traps: the online payment share and on-time share (no id), a change in points.
    (
        """Ninh Bình: Tỷ lệ hồ sơ trực tuyến tháng 4 tiếp tục tăng

Trong tháng 4/2024, tỷ lệ hồ sơ trực tuyến trên địa bàn tỉnh Ninh Bình đạt 63,8%, tăng 4,6 điểm phần trăm so với tháng 3/2024 (59,2%). Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 41%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%.

Văn phòng UBND tỉnh đề nghị các sở, ngành chủ động hướng dẫn doanh nghiệp sử dụng chữ ký số để nộp hồ sơ trực tuyến.""",
        "2024-05-08",
        [
            ("online_dossier_rate", "Ninh Bình", "month", "2024-04-30", 63.8),
            ("online_dossier_rate", "Ninh Bình", "month", "2024-03-31", 59.2),
        ],
    ),
    # 34. Hà Giang's notice of the chairman's conclusions at the digital-transformation steering committee: seven-month full-process dossier share.
    #     Traps: tasks assigned, the notice number, deadline targets of 100%.
    (
        """UBND TỈNH HÀ GIANG
VĂN PHÒNG
Số: 215/TB-VP                                  Hà Giang, ngày 12 tháng 8 năm 2024

THÔNG BÁO
Kết luận của đồng chí Chủ tịch UBND tỉnh tại phiên họp Ban Chỉ đạo chuyển đổi số tỉnh

Ngày 09/8/2024, đồng chí Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh chủ trì phiên họp đánh giá kết quả thực hiện nhiệm vụ chuyển đổi số 7 tháng đầu năm 2024. Sau khi nghe báo cáo và ý kiến các thành viên, đồng chí Chủ tịch UBND tỉnh kết luận như sau:

1. Ghi nhận các sở, ngành, địa phương đã có nhiều cố gắng; 7 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 46,2%, tuy nhiên vẫn thấp so với yêu cầu.

2. Giao 18 nhiệm vụ cụ thể cho các sở, ngành, UBND các huyện, thành phố; trong đó yêu cầu trước ngày 30/9/2024 hoàn thành số hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực và 100% hồ sơ tiếp nhận tại Bộ phận Một cửa được số hóa.

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.""",
        "2024-08-12",
        [
            ("online_dossier_full_process_rate", "Hà Giang", "ytd", "2024-07-31", 46.2),
        ],
    ),
    # 35. Gia Lai, Q2/2024: the share of procedures offered online at 30/6 and the quarter's share of services with dossiers.
    #     Traps: Pleiku's rate, the count of online services, a change.
    (
        """Tính đến ngày 30/6/2024, tỉnh Gia Lai đang cung cấp 1.498 dịch vụ công trực tuyến; tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến đạt 94,1%. Trong quý II/2024, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 58,7%, tăng 11% so với quý trước. Thành phố Pleiku có tỷ lệ hồ sơ trực tuyến cao nhất tỉnh với 74,5%.""",
        "2024-07-08",
        [
            ("dvctt_rate", "Gia Lai", "as_of", "2024-06-30", 94.1),
            ("dvctt_with_dossiers_rate", "Gia Lai", "quarter", "2024-06-30", 58.7),
        ],
    ),
    # 36. Đồng Nai, October 2024: the province's monthly online dossier share and the national figure cited for comparison.
    #     Traps: Biên Hòa's rate, one department's (Sở Tư pháp) rate.
    (
        """Tháng 10/2024, tỷ lệ hồ sơ trực tuyến của tỉnh Đồng Nai đạt 70,2%, cao hơn nhiều so với mức chung cả nước (44,1%). Trong đó, Sở Tư pháp đạt 99%; TP Biên Hòa đạt 78,3%. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử của tỉnh trong tháng đạt 88,7%.

Theo Văn phòng UBND tỉnh, thời gian tới tỉnh tiếp tục rà soát, tái cấu trúc quy trình các thủ tục có số lượng hồ sơ lớn như cấp phiếu lý lịch tư pháp, đăng ký hộ kinh doanh, chứng thực bản sao điện tử; đồng thời tăng cường giám sát việc tiếp nhận hồ sơ giấy đối với các thủ tục đã cung cấp toàn trình.""",
        "2024-11-12",
        [
            ("online_dossier_rate", "Đồng Nai", "month", "2024-10-31", 70.2),
            ("online_dossier_rate", "national", "month", "2024-10-31", 44.1),
            ("e_result_rate", "Đồng Nai", "month", "2024-10-31", 88.7),
        ],
    ),
    # 37. Cà Mau's digital-transformation review of 2023: adults using online services and adults with payment accounts at year-end.
    #     Traps: the DTI rank, the targets of the province's resolution.
    (
        """Đến cuối năm 2023, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến của tỉnh Cà Mau đạt 41,5%; tỷ lệ dân số trưởng thành có tài khoản giao dịch tại ngân hàng hoặc tổ chức được phép khác đạt 78%.

Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022 của Cà Mau xếp thứ 30/63. Theo Nghị quyết của Tỉnh ủy, đến năm 2025 tỉnh phấn đấu trên 50% dân số trưởng thành sử dụng dịch vụ công trực tuyến.""",
        "2024-01-18",
        [
            ("adult_population_using_dvctt_rate", "Cà Mau", "as_of", "2023-12-31", 41.5),
            ("adults_with_bank_account_rate", "Cà Mau", "as_of", "2023-12-31", 78.0),
        ],
    ),
    # 38. Báo Chính phủ, January 2026, on the Government Office's 2025 summary: national and split dossier shares for 2025, the national full-process services share at 31/12.
    #     Traps: the 2026 targets, the average score.
    (
        """Năm 2025: Tỷ lệ hồ sơ trực tuyến toàn quốc vượt 50%

Thứ Hai, 12/01/2026 16:40

(Chinhphu.vn) - Theo báo cáo của Văn phòng Chính phủ, năm 2025, tỷ lệ hồ sơ trực tuyến trên toàn quốc đạt 53,6%; khối bộ, ngành đạt 84,1%, khối địa phương đạt 48,2%. Đến ngày 31/12/2025, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 59,1%.

Điểm bình quân Bộ chỉ số phục vụ người dân, doanh nghiệp của 34 tỉnh, thành phố đạt 81,4/100 điểm.

Năm 2026, Văn phòng Chính phủ đề xuất mục tiêu tỷ lệ hồ sơ trực tuyến đạt 70%, 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.""",
        "2026-01-12",
        [
            ("online_dossier_rate", "national", "year", "2025-12-31", 53.6),
            ("online_dossier_rate", "ministries", "year", "2025-12-31", 84.1),
            ("online_dossier_rate", "localities", "year", "2025-12-31", 48.2),
            ("dvctt_full_process_rate", "national", "as_of", "2025-12-31", 59.1),
        ],
    ),
    # 39. Vĩnh Phúc, Q1/2024: share of procedures online at 31/3, the full-process share of eligible procedures after "trong đó" (another indicator, kept), the quarter's dossier share.
    #     Traps: the counts 1.676/1.781 and 1.022 services.
    (
        """Đến ngày 31/3/2024, tỉnh Vĩnh Phúc cung cấp dịch vụ công trực tuyến đối với 1.676/1.781 thủ tục hành chính, đạt 94,1%; trong đó có 1.022 dịch vụ công trực tuyến toàn trình, đạt 88,6% số thủ tục hành chính đủ điều kiện. Quý I/2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 49,7%.

Tại cuộc họp giao ban quý, Phó Chủ tịch UBND tỉnh yêu cầu Sở Thông tin và Truyền thông phối hợp Văn phòng UBND tỉnh hoàn thiện Hệ thống thông tin giải quyết thủ tục hành chính, bảo đảm kết nối, đồng bộ với Cổng Dịch vụ công quốc gia; các huyện, thành phố bố trí công chức hướng dẫn trực tiếp tại bộ phận một cửa.""",
        "2024-04-10",
        [
            ("dvctt_rate", "Vĩnh Phúc", "as_of", "2024-03-31", 94.1),
            ("full_process_provision_rate", "Vĩnh Phúc", "as_of", "2024-03-31", 88.6),
            ("online_dossier_rate", "Vĩnh Phúc", "quarter", "2024-03-31", 49.7),
        ],
    ),
    # 40. Quảng Ninh's review of 2025, January 2026: full-process dossier and satisfaction shares for 2025.
    #     Traps: PAR Index 2024 in percent and first place, đặc khu Vân Đồn's rate, the 2026 target.
    (
        """Quảng Ninh tổng kết công tác cải cách hành chính năm 2025

Ngày 09/01/2026, UBND tỉnh Quảng Ninh tổ chức hội nghị tổng kết công tác cải cách hành chính, chuyển đổi số năm 2025. Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 81,3%; tỷ lệ hài lòng của người dân, doanh nghiệp đạt 99,7%. Đặc khu Vân Đồn có tỷ lệ hồ sơ trực tuyến toàn trình cao nhất với 93,2%.

PAR Index năm 2024 của tỉnh đạt 92,5%, xếp thứ nhất cả nước. Năm 2026, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 90%.""",
        "2026-01-09",
        [
            ("online_dossier_full_process_rate", "Quảng Ninh", "year", "2025-12-31", 81.3),
            ("satisfaction_rate", "Quảng Ninh", "year", "2025-12-31", 99.7),
        ],
    ),
    # 41. Bến Tre, first half of 2024: the province's online dossier and e-result shares.
    #     Traps: the remainder submitted in person (derived), the count of kiosks.
    (
        """6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Bến Tre đạt 84,8%, chỉ còn 15,2% hồ sơ nộp trực tiếp tại bộ phận một cửa các cấp. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 93,5%. Tỉnh đã bố trí 164 điểm hỗ trợ nộp hồ sơ trực tuyến tại các xã, phường, thị trấn.""",
        "2024-07-15",
        [
            ("online_dossier_rate", "Bến Tre", "half", "2024-06-30", 84.8),
            ("e_result_rate", "Bến Tre", "half", "2024-06-30", 93.5),
        ],
    ),
    # 42. Whole article, TP.HCM's 2024 results on the 766 index, January 2025: the city's online, full-process, e-result and satisfaction shares for 2024.
    #     Traps: score and rank, TP Thủ Đức's rate, a fall in late dossiers, the 2025 target, related-news furniture.
    (
        """TP.HCM: Năm 2024, hơn 82% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến

Thứ Năm, 16/01/2025 - 07:30

(PLO) - Theo Văn phòng UBND TP.HCM, năm 2024, tỷ lệ hồ sơ trực tuyến của thành phố đạt 82,05%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,7%. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 96,4%; tỷ lệ hài lòng của người dân, doanh nghiệp đạt 97,8%.

Theo Bộ chỉ số 766, tổng điểm cả năm của TP.HCM đạt 86,3/100 điểm, xếp thứ 6/63 tỉnh, thành phố, tăng 3 bậc so với năm 2023. TP Thủ Đức tiếp tục dẫn đầu khối cấp huyện với tỷ lệ hồ sơ trực tuyến 93,6%; số hồ sơ trễ hạn toàn thành phố giảm 12% so với năm trước.

Năm 2025, TP.HCM đặt mục tiêu tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 70%.

NGUYỄN TIẾN

>> Xem thêm: TP.HCM ra mắt ứng dụng Công dân số thành phố""",
        "2025-01-16",
        [
            ("online_dossier_rate", "Hồ Chí Minh", "year", "2024-12-31", 82.05),
            ("online_dossier_full_process_rate", "Hồ Chí Minh", "year", "2024-12-31", 58.7),
            ("e_result_rate", "Hồ Chí Minh", "year", "2024-12-31", 96.4),
            ("satisfaction_rate", "Hồ Chí Minh", "year", "2024-12-31", 97.8),
        ],
    ),
    # 43. Sơn La's 2025 administrative-reform plan: only targets and counts, nothing to record.
    #     Traps: every figure is a target (phấn đấu, chỉ tiêu), a count of tasks, a deadline.
    (
        """UBND tỉnh Sơn La vừa ban hành Kế hoạch cải cách hành chính năm 2025 với 42 nhiệm vụ cụ thể. Theo kế hoạch, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 70%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%; tỷ lệ hài lòng của người dân, doanh nghiệp đạt trên 95%. Chậm nhất đến ngày 30/6/2025, 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; chỉ tiêu PAR Index năm 2025 thuộc nhóm 30 địa phương dẫn đầu.""",
        "2025-01-21",
        [],
    ),
    # 44. Cần Thơ's one-stop centre, Q4/2024: the city's e-result and online dossier shares for the quarter.
    #     Traps: the departments' block and districts' block rates (parts of the city, not ministries/localities), Ninh Kiều's rate, dossiers received.
    (
        """Quý IV/2024, Trung tâm Phục vụ hành chính công thành phố Cần Thơ tiếp nhận 41.326 hồ sơ. Tỷ lệ hồ sơ trực tuyến chung của thành phố đạt 68,9%, trong đó khối sở, ngành đạt 85,4% và khối quận, huyện đạt 57,1%; quận Ninh Kiều dẫn đầu với 80,2%. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử của thành phố trong quý đạt 92,3%.""",
        "2025-01-08",
        [
            ("online_dossier_rate", "Cần Thơ", "quarter", "2024-12-31", 68.9),
            ("e_result_rate", "Cần Thơ", "quarter", "2024-12-31", 92.3),
        ],
    ),
]
