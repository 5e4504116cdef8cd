"""Genre probes, round 120: a representative mix (press summaries, provincial pages before and after the 2025 merger, notices, saved reports, interviews), 2022–2026, written blind and held out.

Held out to the end of stop 45 and not fitted: read once with the stop's start code 15b33c0 (141 of 143 right, 141 of 152 found (0.99 / 0.93)) and once with its final extraction code (141 of 143, 141 of 152).
"""

CASES = [
    # 1. National press (year-end 2022 review): digital economy share 2022 and 2021 (parenthesised past value),
    # FTTH, fixed subscriptions and per-100, smartphone subscriptions share. Traps: ICT revenue/exports, people's smartphone share, 2023 targets, +28% speed.
    (
        """Kinh tế số năm 2022 ước chiếm 14,26% GDP

Thứ sáu, 6/1/2023, 16:40 (GMT+7)

Quy mô kinh tế số của Việt Nam năm 2022 ước chiếm 14,26% GDP (năm 2021 là 12,91%), theo báo cáo tổng kết năm của Bộ Thông tin và Truyền thông.

Số liệu được công bố tại hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023 của ngành thông tin và truyền thông diễn ra sáng 6/1 tại Hà Nội. Theo báo cáo, doanh thu lĩnh vực công nghiệp ICT năm 2022 ước đạt 148 tỷ USD, tăng 8,6% so với năm trước; kim ngạch xuất khẩu phần cứng, điện tử đạt khoảng 114 tỷ USD.

Hạ tầng số tiếp tục được phủ rộng. Đến cuối năm 2022, tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 75%; cả nước có 21,2 triệu thuê bao băng rộng cố định, tương đương 21,4 thuê bao/100 dân. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 81,2%, trong khi theo một khảo sát độc lập, 73,5% người trưởng thành đã sở hữu smartphone. Tốc độ truy cập băng rộng di động bình quân tăng khoảng 28% so với năm 2021.

Năm 2023 được Bộ chọn là "Năm dữ liệu số". Ngành đặt mục tiêu kinh tế số chiếm 16,5% GDP và tỷ lệ hộ gia đình dùng cáp quang đạt 80% vào cuối năm.

Lưu Quý""",
        "2023-01-06",
        [
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 14.26),
            ("digital_economy_gdp_share", "national", "year", "2021-12-31", 12.91),
            ("ftth_household_rate", "national", "as_of", "2022-12-31", 75.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2022-12-31", 21200000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2022-12-31", 21.4),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-12-31", 81.2),
        ],
    ),
    # 2. Provincial portal (Bắc Giang, before the merger), 9 months of 2024: four province rates (ytd).
    # Traps: dossier counts, +9,1 points, digitisation rate (no id), Lục Ngạn district's 96,8%, service counts after "trong đó", 70% target.
    (
        """Bắc Giang: 9 tháng năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,3%

Ngày đăng: 08/10/2024 | Lượt xem: 1.254

(BGP) - Theo báo cáo của Sở Thông tin và Truyền thông, 9 tháng đầu năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 1.386.402 hồ sơ thủ tục hành chính, trong đó có 1.127.550 hồ sơ nộp trực tuyến, đạt tỷ lệ 81,3%. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,3%, tăng 9,1 điểm phần trăm so với cùng kỳ năm 2023.

Cùng với đó, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 88,6%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 97,2%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 54,7%.

Trong số các địa phương cấp huyện, huyện Lục Ngạn có tỷ lệ hồ sơ trực tuyến cao nhất với 96,8%, tiếp đến là thành phố Bắc Giang và huyện Hiệp Hòa.

Hiện tỉnh đang cung cấp 1.712 thủ tục hành chính trên Cổng dịch vụ công của tỉnh, trong đó 1.031 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình. Theo kế hoạch, đến hết năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 70% trở lên.

Thu Hà""",
        "2024-10-08",
        [
            ("online_dossier_rate", "Bắc Giang", "ytd", "2024-09-30", 81.3),
            ("online_dossier_full_process_rate", "Bắc Giang", "ytd", "2024-09-30", 62.3),
            ("e_result_rate", "Bắc Giang", "ytd", "2024-09-30", 97.2),
            ("data_reuse_rate", "Bắc Giang", "ytd", "2024-09-30", 54.7),
        ],
    ),
    # 3. VPCP notice dated in its header (published None): "đến nay" levels at the meeting date,
    # H1 2023 online dossier rate national/ministries/localities. Traps: 11/22 and 19/63 units below target, 50% target, 25 tasks.
    (
        """VĂN PHÒNG CHÍNH PHỦ
-------
Số: 312/TB-VPCP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 04 tháng 8 năm 2023

THÔNG BÁO
KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ TẠI CUỘC HỌP VỀ TÌNH HÌNH CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN

Ngày 27 tháng 7 năm 2023, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ chủ trì cuộc họp về tình hình cung cấp, sử dụng dịch vụ công trực tuyến. Tham dự cuộc họp có đại diện lãnh đạo Văn phòng Chính phủ, các Bộ: Công an, Thông tin và Truyền thông, Tư pháp, Tài chính. Sau khi nghe Văn phòng Chính phủ báo cáo và ý kiến của các đại biểu, Phó Thủ tướng kết luận như sau:

1. Thời gian qua, việc cung cấp dịch vụ công trực tuyến đã có chuyển biến tích cực. Đến nay, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 43,6%; Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) đã kết nối đầy đủ với 72,6% hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh. Tỷ lệ hồ sơ xử lý trực tuyến 6 tháng đầu năm 2023 đạt 33,8%, trong đó các bộ, ngành đạt 46,5%, các địa phương đạt 28,1%.

Tuy nhiên, còn 11/22 bộ, ngành và 19/63 địa phương có tỷ lệ hồ sơ trực tuyến thấp hơn mức bình quân; chất lượng dịch vụ công trực tuyến chưa cao, nhiều dịch vụ còn phức tạp, khó sử dụng.

2. Các bộ, ngành, địa phương tập trung thực hiện 25 nhiệm vụ tại Kế hoạch năm 2023 của Ủy ban Quốc gia về chuyển đổi số, phấn đấu đến hết năm 2023 tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 50%.

Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.""",
        None,
        [
            ("dvctt_full_process_rate", "national", "as_of", "2023-07-27", 43.6),
            ("emc_connection_rate", "national", "as_of", "2023-07-27", 72.6),
            ("online_dossier_rate", "national", "half", "2023-06-30", 33.8),
            ("online_dossier_rate", "ministries", "half", "2023-06-30", 46.5),
            ("online_dossier_rate", "localities", "half", "2023-06-30", 28.1),
        ],
    ),
    # 4. Monthly report saved from PDF (letterhead, page number, hard wraps, footnote): explicit window 20/4–20/5/2024
    # for the four portal flows, cumulative accounts and payment value at 20/5. Traps: +12,4%, 03 documents, footnote sub-count.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                         Độc lập - Tự do - Hạnh phúc
Số: 2150/BC-BTTTT                        Hà Nội, ngày 28 tháng 5 năm 2024

BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 5 năm 2024

[...]
2. Về cung cấp dịch vụ công trực tuyến
Trong tháng 5/2024 (từ ngày 20/4/2024 đến ngày 20/5/2024), Cổng Dịch vụ
công quốc gia có thêm 412.530 tài khoản đăng ký mới; tiếp nhận 1.935.120
hồ sơ trực tuyến¹, tăng 12,4% so với tháng 4/2024; thực hiện 1.208.774
giao dịch thanh toán trực tuyến với số tiền 1.102 tỷ đồng.
Tính đến ngày 20/5/2024, Cổng Dịch vụ công quốc gia có 12,84 triệu tài
khoản đăng ký; tổng số tiền thanh toán trực tuyến lũy kế đạt 28.650 tỷ đồng.
Trong tháng, Bộ đã ban hành 03 văn bản hướng dẫn các bộ, ngành, địa
phương chuẩn hóa dữ liệu dịch vụ công.
_______________
¹ Trong đó có khoảng 620.000 hồ sơ thuộc nhóm dịch vụ công thiết yếu.

                                                                        3""",
        "2024-05-28",
        [
            ("national_portal_accounts_new", "national", "month", "2024-05-20", 412530.0),
            ("national_portal_dossiers_new", "national", "month", "2024-05-20", 1935120.0),
            ("online_payments_count_new", "national", "month", "2024-05-20", 1208774.0),
            ("online_payments_value_new", "national", "month", "2024-05-20", 1102.0),
            ("national_portal_accounts", "national", "as_of", "2024-05-20", 12840000.0),
            ("online_payments_value", "national", "as_of", "2024-05-20", 28650.0),
        ],
    ),
    # 5. Interview (Q&A) on information security, January 2024: cyberattacks in 2023, botnet IPs at end-2023,
    # level-approved share at end-2023. Traps: -9,5%, phishing sub-count, global damage, Singapore, 100% target.
    (
        """An toàn thông tin năm 2024: Chuyển từ bị động sang chủ động

Nhân dịp đầu năm mới, phóng viên có cuộc trao đổi với ông Trần Quang Hưng, Phó Cục trưởng Cục An toàn thông tin (Bộ Thông tin và Truyền thông) về bức tranh an toàn thông tin mạng.

PV: Thưa ông, tình hình tấn công mạng vào Việt Nam năm 2023 diễn biến thế nào?

Ông Trần Quang Hưng: Năm 2023, hệ thống kỹ thuật của Cục đã ghi nhận 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022, trong đó có 1.530 cuộc tấn công lừa đảo (phishing). Tính đến cuối tháng 12/2023, số địa chỉ IP của Việt Nam nằm trong các mạng botnet vào khoảng 620.000.

PV: Còn trên thế giới thì sao, thưa ông?

Ông Trần Quang Hưng: Theo ước tính của một số hãng bảo mật, thiệt hại do tội phạm mạng gây ra trên toàn cầu năm 2023 lên tới khoảng 8.000 tỷ USD. Ngay cả Singapore, quốc gia có năng lực an ninh mạng hàng đầu khu vực, cũng ghi nhận hơn 3.000 vụ tấn công mã độc tống tiền.

PV: Việc bảo đảm an toàn hệ thống thông tin theo cấp độ đến đâu rồi?

Ông Trần Quang Hưng: Đến hết năm 2023, 68% hệ thống thông tin của các bộ, ngành, địa phương đã được phê duyệt hồ sơ đề xuất cấp độ. Năm 2024, chúng tôi phấn đấu 100% hệ thống thông tin được phê duyệt cấp độ và triển khai đầy đủ phương án bảo vệ.

PV: Xin cảm ơn ông!""",
        "2024-01-15",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
            ("botnet_ips", "national", "as_of", "2023-12-31", 620000.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-31", 68.0),
        ],
    ),
    # 6. Provincial portal after the July 2025 merger (Lâm Đồng "mới"), Q3 2025: four province rates.
    # Traps: dossier count, 124 communes, Lâm Viên ward's 89,4%, service counts after "trong đó", Q4 target.
    (
        """Lâm Đồng: Quý III/2025, tỷ lệ hồ sơ trực tuyến đạt 58,7%

Cập nhật lúc 10:32, Thứ Năm, 09/10/2025

Sau hơn 3 tháng vận hành mô hình chính quyền địa phương hai cấp, hoạt động giải quyết thủ tục hành chính trên địa bàn tỉnh Lâm Đồng (mới) dần đi vào nền nếp.

Theo Sở Khoa học và Công nghệ, trong quý III/2025, Trung tâm Phục vụ hành chính công tỉnh và 124 xã, phường, đặc khu đã tiếp nhận 612.400 hồ sơ, trong đó hồ sơ nộp trực tuyến chiếm 58,7%. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 37,5%; tỷ lệ hồ sơ có kết quả giải quyết được trả bằng bản điện tử đạt 93,1%; có 99,2% người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính.

Dẫn đầu toàn tỉnh là phường Lâm Viên - Đà Lạt với tỷ lệ hồ sơ trực tuyến 89,4%. Một số xã vùng sâu, vùng xa còn gặp khó khăn về hạ tầng và kỹ năng số của người dân.

Hiện tỉnh cung cấp 1.958 dịch vụ công trực tuyến, trong đó 1.124 dịch vụ toàn trình. Quý IV/2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 70%.

Minh Quân""",
        "2025-10-09",
        [
            ("online_dossier_rate", "Lâm Đồng", "quarter", "2025-09-30", 58.7),
            ("online_dossier_full_process_rate", "Lâm Đồng", "quarter", "2025-09-30", 37.5),
            ("e_result_rate", "Lâm Đồng", "quarter", "2025-09-30", 93.1),
            ("satisfaction_rate", "Lâm Đồng", "quarter", "2025-09-30", 99.2),
        ],
    ),
    # 7. National press on 5G, January 2025: 5G BTS and population coverage at 31/12/2024.
    # Traps: Viettel's 4.600 stations and VNPT's, 5G-only speeds (download and upload), 5G subscribers (no id), South Korea, 2025 target.
    (
        """Việt Nam có gần 6.000 trạm 5G sau gần ba tháng thương mại hóa

14/01/2025 06:00 GMT+7

Theo số liệu của Cục Viễn thông, tính đến hết ngày 31/12/2024, cả nước đã lắp đặt gần 6.000 trạm phát sóng 5G, vùng phủ sóng 5G đạt khoảng 26% dân số.

Viettel - doanh nghiệp đầu tiên khai trương mạng 5G thương mại từ ngày 15/10/2024 - hiện có hơn 4.600 trạm, phủ sóng tại trung tâm của tất cả 63 tỉnh, thành phố. VNPT chính thức cung cấp dịch vụ 5G từ ngày 20/12/2024 với khoảng 1.000 trạm. Số thuê bao đã trải nghiệm 5G ước khoảng 7 triệu.

Kết quả đo thực tế cho thấy tốc độ tải xuống trung bình trên mạng 5G đạt khoảng 400 Mbps, tốc độ tải lên khoảng 80 Mbps, gấp nhiều lần mạng 4G.

Tuy vậy, so với các nước đi trước như Hàn Quốc, nơi 5G đã phủ hơn 95% dân số, Việt Nam vẫn ở giai đoạn đầu. Theo Cục Viễn thông, mục tiêu đến cuối năm 2025 sóng 5G sẽ phủ khoảng 30% dân số và các doanh nghiệp lắp thêm 20.000 trạm.

Duy Vũ""",
        "2025-01-14",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 6000.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 26.0),
        ],
    ),
    # 8. Word-saved half-year report 2025 of the Ministry of Science and Technology (after the March 2025 merger):
    # H1 2025 national rates, VNeID and NDXP cumulative at 30/6/2025. Traps: "Kế hoạch năm 2025" column, +4,2 points, 12 documents.
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
BÁO CÁO
Sơ kết 6 tháng đầu năm 2025 về chuyển đổi số quốc gia
(Dự thảo - lưu hành nội bộ)

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác chỉ đạo, điều hành
Trong 6 tháng đầu năm, Bộ đã tham mưu ban hành 12 văn bản chỉ đạo, hướng dẫn triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị.

2. Chính phủ số
6 tháng đầu năm 2025, tỷ lệ hồ sơ xử lý trực tuyến toàn quốc đạt 52,6%, tăng 4,2 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 38,4%.
Tính đến ngày 30/6/2025, đã có 62,5 triệu tài khoản định danh điện tử được kích hoạt; Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đạt tổng cộng 4,12 tỷ giao dịch kể từ khi đưa vào vận hành.

Bảng 2. Một số chỉ tiêu chủ yếu
Chỉ tiêu	Kết quả 6 tháng 2025	Kế hoạch năm 2025
Tỷ lệ hồ sơ xử lý trực tuyến	52,6%	≥ 60%
Tỷ lệ DVCTT toàn trình/tổng số TTHC	55,8%	≥ 80%
Tỷ lệ người trưởng thành sử dụng DVCTT	46,2%	≥ 50%""",
        "2025-07-10",
        [
            ("online_dossier_rate", "national", "half", "2025-06-30", 52.6),
            ("online_dossier_full_process_rate", "national", "half", "2025-06-30", 38.4),
            ("vneid_activated_accounts", "national", "as_of", "2025-06-30", 62500000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-06-30", 4120000000.0),
            ("dvctt_full_process_rate", "national", "half", "2025-06-30", 55.8),
            ("adult_population_using_dvctt_rate", "national", "half", "2025-06-30", 46.2),
        ],
    ),
    # 9. Government newspaper on the UN E-Government Survey 2024: rank 71 (year 2024) and the 2022 rank in parentheses.
    # Traps: +15 places, EGDI score, OSI rank, ASEAN 5th, Singapore's 3rd, top-50 target.
    (
        """Việt Nam tăng 15 bậc về Chính phủ điện tử, lần đầu vào nhóm chỉ số rất cao

(Chinhphu.vn) - Theo Báo cáo Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc vừa công bố, Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ đánh giá năm 2022 (xếp thứ 86).

Điểm EGDI của Việt Nam đạt 0,7709, lần đầu tiên vượt ngưỡng 0,75 để vào nhóm các quốc gia có chỉ số rất cao. Trong ba chỉ số thành phần, Chỉ số dịch vụ trực tuyến (OSI) tăng mạnh nhất, xếp thứ 72; Chỉ số hạ tầng viễn thông (TII) cũng có bước cải thiện rõ rệt nhờ mở rộng mạng băng rộng.

Trong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore (xếp thứ 3 thế giới), Malaysia, Thái Lan và Brunei.

Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025 đặt mục tiêu đến năm 2025 Việt Nam thuộc nhóm 50 nước dẫn đầu về EGDI.

18/09/2024 | 14:25""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 10. Provincial portal (Quảng Ninh), early January 2023, end-2022 infrastructure levels and the 2022 online dossier rate.
    # Traps: BTS counts after "trong đó", 100% communes with fibre (no id), DTI first place, 2023 target 95%.
    (
        """Quảng Ninh: Hạ tầng số phủ rộng tới 100% thôn, khu

10/01/2023

Năm 2022, Quảng Ninh tiếp tục đầu tư mạnh cho hạ tầng số, tạo nền tảng cho chính quyền số, kinh tế số và xã hội số. Đến cuối năm 2022, 100% thôn, khu trên địa bàn tỉnh đã được phủ sóng di động băng rộng; 100% xã, phường, thị trấn có cáp quang. Toàn tỉnh có 2.512 trạm BTS, trong đó 1.984 trạm 4G.

Tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 90,5%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 86,3%.

Trong lĩnh vực dịch vụ công, tỷ lệ hồ sơ giải quyết trực tuyến năm 2022 đạt 85,2%, cao hơn nhiều so với bình quân cả nước. Quảng Ninh tiếp tục giữ vị trí dẫn đầu Chỉ số chuyển đổi số cấp tỉnh (DTI).

Năm 2023, tỉnh phấn đấu tỷ lệ hộ gia đình sử dụng cáp quang đạt 95% và hoàn thành phủ sóng 5G tại các khu công nghiệp.

Trung tâm Truyền thông tỉnh""",
        "2023-01-10",
        [
            ("villages_with_mobile_coverage_rate", "Quảng Ninh", "as_of", "2022-12-31", 100.0),
            ("ftth_household_rate", "Quảng Ninh", "as_of", "2022-12-31", 90.5),
            ("smartphone_subscriber_rate", "Quảng Ninh", "as_of", "2022-12-31", 86.3),
            ("online_dossier_rate", "Quảng Ninh", "year", "2022-12-31", 85.2),
        ],
    ),
    # 11. National press on Mobile Money, July 2023: customers at end-May 2023.
    # Traps: rural share after "trong đó", Viettel Money's count, transaction value (no id), +15% month on month.
    (
        """Mobile Money cán mốc 5,8 triệu khách hàng

05/07/2023 08:12

Theo Bộ Thông tin và Truyền thông, tính đến cuối tháng 5/2023, tổng số khách hàng đăng ký sử dụng dịch vụ Mobile Money đạt khoảng 5,8 triệu, trong đó khoảng 69% ở khu vực nông thôn, miền núi, vùng sâu, vùng xa. Giá trị giao dịch trong tháng 5 đạt khoảng 2.390 tỷ đồng, tăng 15% so với tháng 4.

Trong ba doanh nghiệp được cấp phép thí điểm, Viettel Money vẫn chiếm thị phần áp đảo với hơn 4 triệu khách hàng; VNPT Money và MobiFone Money đang đẩy mạnh mạng lưới điểm kinh doanh tại các xã vùng khó khăn.

Theo Quyết định 316/QĐ-TTg, thời gian thí điểm Mobile Money là 2 năm. Các chuyên gia cho rằng cần sớm có khung pháp lý chính thức để dịch vụ phát triển bền vững.

Hoàng Nam""",
        "2023-07-05",
        [
            ("mobile_money_customers", "national", "as_of", "2023-05-31", 5800000.0),
        ],
    ),
    # 12. VPCP notice on Đề án 06 (sidecar date; meeting 20/3/2024 dates the "đến nay" levels): chip ID cards,
    # VNeID accounts, 47/53 essential services, dossiers tied to personal ID. Traps: 6 services remaining, 1,2 tỷ authentication requests, 76-service list deadline.
    (
        """THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại Hội nghị sơ kết 2 năm triển khai Đề án 06

Ngày 20 tháng 3 năm 2024, tại trụ sở Chính phủ, Thủ tướng Chính phủ, Chủ tịch Ủy ban Quốc gia về chuyển đổi số chủ trì Hội nghị sơ kết 2 năm triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia (Đề án 06). Sau khi nghe báo cáo và ý kiến phát biểu, Thủ tướng kết luận:

1. Sau 2 năm triển khai, Đề án 06 đã đạt được nhiều kết quả quan trọng. Đến nay, đã cấp 86,3 triệu thẻ căn cước công dân gắn chíp; kích hoạt 53,8 triệu tài khoản định danh điện tử; Cơ sở dữ liệu quốc gia về dân cư đã tiếp nhận hơn 1,2 tỷ yêu cầu xác thực, chia sẻ thông tin công dân. Đối với 53 dịch vụ công thiết yếu theo Đề án 06, đã cung cấp trực tuyến toàn trình 47/53 dịch vụ, còn 6 dịch vụ chưa hoàn thành; tỷ lệ hồ sơ thủ tục hành chính gắn mã số định danh cá nhân đạt 78,5%.

2. Các bộ, ngành, địa phương khẩn trương hoàn thành tích hợp, cung cấp 76 dịch vụ công trực tuyến theo Quyết định số 206/QĐ-TTg trong năm 2024.

Văn phòng Chính phủ thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.""",
        "2024-03-28",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-03-20", 86300000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-03-20", 53800000.0),
            ("essential_services_full_process", "national", "as_of", "2024-03-20", 47.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-03-20", 78.5),
        ],
    ),
    # 13. Interview with a provincial director (Nghệ An), December 2023: 11-month rates (ytd) and villages without
    # coverage "hiện" at the page date. Traps: Kỳ Sơn district's 40 villages after "trong đó", 2024 target, BTS count.
    (
        """Nghệ An đưa chuyển đổi số về tận thôn, bản

Báo Nghệ An có cuộc trao đổi với ông Nguyễn Văn Thắng, Giám đốc Sở Thông tin và Truyền thông về kết quả chuyển đổi số năm 2023.

PV: Thưa ông, đâu là điểm sáng trong chuyển đổi số của tỉnh năm nay?

Ông Nguyễn Văn Thắng: Điểm sáng rõ nhất là dịch vụ công trực tuyến. Trong 11 tháng năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đạt 54,6%, gấp gần hai lần so với năm 2022; tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính đạt 97,8%.

PV: Hạ tầng viễn thông ở miền Tây Nghệ An thì sao, thưa ông?

Ông Nguyễn Văn Thắng: Toàn tỉnh hiện có hơn 4.100 trạm BTS 4G. Tuy nhiên, toàn tỉnh hiện vẫn còn 158 thôn, bản chưa có sóng di động băng rộng, trong đó riêng huyện Kỳ Sơn có 40 bản. Năm 2024, chúng tôi phấn đấu cùng các doanh nghiệp viễn thông xóa cơ bản các vùng lõm sóng này.

PV: Xin cảm ơn ông!

Thành Chung""",
        "2023-12-18",
        [
            ("online_dossier_rate", "Nghệ An", "ytd", "2023-11-30", 54.6),
            ("satisfaction_rate", "Nghệ An", "ytd", "2023-11-30", 97.8),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2023-12-18", 158.0),
        ],
    ),
    # 14. PDF monthly report table (columns ministries / localities / national, header "Số liệu tháng 11/2023"):
    # nine month values. Traps: the "Chỉ tiêu năm 2023" target column, page number.
    (
        """Bảng 1. Một số chỉ số về dịch vụ công trực tuyến (Số liệu tháng 11/2023)

STT  Chỉ số                                   Bộ, ngành   Địa phương   Cả nước   Chỉ tiêu năm 2023
1    Tỷ lệ DVCTT toàn trình/tổng số TTHC       48,2%       45,6%        46,1%     80%
2    Tỷ lệ hồ sơ xử lý trực tuyến              62,4%       33,5%        40,3%     50%
3    Tỷ lệ DVCTT có phát sinh hồ sơ            41,7%       52,3%        49,8%     -

Nguồn: Hệ thống EMC (emc.gov.vn).

                                   7""",
        "2023-12-05",
        [
            ("dvctt_full_process_rate", "ministries", "month", "2023-11-30", 48.2),
            ("dvctt_full_process_rate", "localities", "month", "2023-11-30", 45.6),
            ("dvctt_full_process_rate", "national", "month", "2023-11-30", 46.1),
            ("online_dossier_rate", "ministries", "month", "2023-11-30", 62.4),
            ("online_dossier_rate", "localities", "month", "2023-11-30", 33.5),
            ("online_dossier_rate", "national", "month", "2023-11-30", 40.3),
            ("dvctt_with_dossiers_rate", "ministries", "month", "2023-11-30", 41.7),
            ("dvctt_with_dossiers_rate", "localities", "month", "2023-11-30", 52.3),
            ("dvctt_with_dossiers_rate", "national", "month", "2023-11-30", 49.8),
        ],
    ),
    # 15. National press on the Speedtest index of March 2025: mobile and fixed median download (month).
    # Traps: upload speeds, world ranks, +12,4%, UAE's and Singapore's speeds.
    (
        """Tốc độ mạng di động Việt Nam tăng mạnh sau khi phủ 5G

Thứ ba, 22/04/2025 - 07:30

Theo báo cáo Speedtest Global Index tháng 3/2025 do Ookla công bố, tốc độ tải xuống trung vị của mạng di động tại Việt Nam đạt 82,63 Mbps, tốc độ tải lên đạt 23,1 Mbps; Việt Nam xếp thứ 39 thế giới về tốc độ mạng di động. So với tháng 2, tốc độ tải xuống di động tăng 12,4%, phản ánh tác động của việc các nhà mạng đẩy nhanh lắp đặt trạm 5G.

Với băng rộng cố định, tốc độ tải xuống trung vị của Việt Nam đạt 158,41 Mbps, tốc độ tải lên 152,7 Mbps, xếp thứ 37 thế giới.

Trên bảng xếp hạng toàn cầu, UAE tiếp tục dẫn đầu về tốc độ di động với 442 Mbps, còn Singapore đứng đầu băng rộng cố định với 345 Mbps.

Hải Phong""",
        "2025-04-22",
        [
            ("mobile_broadband_speed", "national", "month", "2025-03-31", 82.63),
            ("fixed_broadband_speed", "national", "month", "2025-03-31", 158.41),
        ],
    ),
    # 16. Provincial portal after the merger (Ninh Bình "mới"), December 2025: 11-month rates (ytd) and the
    # province's smartphone share "hiện nay". Traps: 129 communes, Hoa Lư ward's 92,7%, +11,2 points, 2026 target.
    (
        """Ninh Bình: 11 tháng năm 2025, tỷ lệ hồ sơ trực tuyến đạt 63,4%

Thứ Hai, 08/12/2025 - 15:20

Sau sáp nhập, tỉnh Ninh Bình có 129 đơn vị hành chính cấp xã. Việc vận hành đồng bộ hệ thống thông tin giải quyết thủ tục hành chính từ tỉnh đến xã đã giúp chỉ số phục vụ người dân, doanh nghiệp cải thiện rõ rệt.

Theo Sở Khoa học và Công nghệ, 11 tháng năm 2025, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến trên địa bàn tỉnh đạt 63,4%, tăng 11,2 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 44,9%; tỷ lệ hồ sơ được gắn mã số định danh cá nhân đạt 96,1%. Phường Hoa Lư là đơn vị có tỷ lệ hồ sơ trực tuyến cao nhất với 92,7%.

Về hạ tầng, hiện nay tỷ lệ thuê bao di động sử dụng điện thoại thông minh trên địa bàn tỉnh đạt 91,5%.

Năm 2026, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60% và 100% hồ sơ được số hóa ngay khi tiếp nhận.

Đức Lam""",
        "2025-12-08",
        [
            ("online_dossier_rate", "Ninh Bình", "ytd", "2025-11-30", 63.4),
            ("online_dossier_full_process_rate", "Ninh Bình", "ytd", "2025-11-30", 44.9),
            ("dossiers_with_personal_id_rate", "Ninh Bình", "ytd", "2025-11-30", 96.1),
            ("smartphone_subscriber_rate", "Ninh Bình", "as_of", "2025-12-08", 91.5),
        ],
    ),
    # 17. National press on e-invoices, July 2024: cumulative total at 30/6/2024.
    # Traps: coded/uncoded sub-counts after "trong đó", 1,1 triệu enterprises, petrol-station invoices, +19%.
    (
        """Hai năm triển khai hóa đơn điện tử: hơn 7,6 tỷ hóa đơn được xử lý

Cập nhật: 09:45 | 12/07/2024

Theo Tổng cục Thuế, tính đến ngày 30/6/2024, cơ quan thuế đã tiếp nhận và xử lý hơn 7,6 tỷ hóa đơn điện tử kể từ khi triển khai toàn quốc (tháng 7/2022), trong đó có 2,3 tỷ hóa đơn có mã của cơ quan thuế và 5,3 tỷ hóa đơn không có mã. Hiện có hơn 1,1 triệu doanh nghiệp và hơn 60.000 hộ, cá nhân kinh doanh sử dụng hóa đơn điện tử.

Riêng với lĩnh vực bán lẻ xăng dầu, đã có khoảng 17.000 cửa hàng thực hiện lập hóa đơn điện tử theo từng lần bán hàng. Số hóa đơn điện tử phát sinh trong 6 tháng đầu năm 2024 tăng khoảng 19% so với cùng kỳ năm trước.

Ngành thuế đặt mục tiêu trong năm 2024 triển khai hóa đơn điện tử khởi tạo từ máy tính tiền tới toàn bộ các hộ kinh doanh có doanh thu lớn.

Phương Chi""",
        "2024-07-12",
        [
            ("e_invoices_total", "national", "as_of", "2024-06-30", 7600000000.0),
        ],
    ),
    # 18. VPCP notice of late 2022, dated in its header (published None): "đến nay" levels at the meeting date —
    # online-service share of procedures, full-process share after "trong đó" (another indicator), fee reduction, simplification.
    # Traps: 379 procedures remaining, 12 meetings, 4.400 services integrated (no id), 2023 target.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 358/TB-VPCP
Hà Nội, ngày 21 tháng 11 năm 2022

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ, Chủ tịch Ủy ban Quốc gia về chuyển đổi số tại phiên họp thứ hai của Ủy ban

Ngày 14 tháng 11 năm 2022, Thủ tướng Chính phủ chủ trì phiên họp thứ hai của Ủy ban Quốc gia về chuyển đổi số. Sau khi nghe Bộ Thông tin và Truyền thông báo cáo và ý kiến các thành viên, Thủ tướng kết luận:

1. Năm 2022, Ủy ban và Tổ công tác giúp việc đã tổ chức 12 cuộc họp, hội nghị chuyên đề. Đến nay, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến đạt 97,1%, trong đó tỷ lệ dịch vụ công trực tuyến toàn trình đạt 42,8% tổng số thủ tục hành chính; Cổng Dịch vụ công quốc gia đã tích hợp khoảng 4.400 dịch vụ công trực tuyến. Đã có 38/63 địa phương ban hành Nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến. Thủ tướng đã phê duyệt phương án cắt giảm, đơn giản hóa 705/1.084 thủ tục hành chính theo các Nghị quyết chuyên đề, còn 379 thủ tục chưa được phê duyệt phương án.

2. Năm 2023, phấn đấu tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 50%, 100% địa phương ban hành Nghị quyết giảm phí, lệ phí.

Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.""",
        None,
        [
            ("dvctt_rate", "national", "as_of", "2022-11-14", 97.1),
            ("dvctt_full_process_rate", "national", "as_of", "2022-11-14", 42.8),
            ("localities_fee_reduction", "national", "as_of", "2022-11-14", 38.0),
            ("procedures_simplified", "national", "as_of", "2022-11-14", 705.0),
        ],
    ),
    # 19. Year-end 2025 national review (press, January 2026): 5G levels at end-2025, December mobile/fixed speeds,
    # internet users, digital economy share and growth for 2025. Traps: upload speed, world rank, 2026 targets, R&D spending.
    (
        """Hạ tầng số năm 2025: 5G phủ 91% dân số, tốc độ di động vào nhóm 20 thế giới

Thứ năm, 08/01/2026, 10:05

Năm 2025 đánh dấu bước nhảy vọt của hạ tầng số Việt Nam. Theo Bộ Khoa học và Công nghệ, đến hết năm 2025 cả nước có khoảng 19.500 trạm 5G, vùng phủ sóng 5G đạt 91% dân số; tỷ lệ người dân sử dụng Internet đạt 84,6%.

Theo số liệu đo kiểm tháng 12/2025, tốc độ tải xuống trung vị của mạng di động Việt Nam đạt 148,5 Mbps, tốc độ tải lên 31,2 Mbps, đưa Việt Nam lên vị trí thứ 17 thế giới; tốc độ tải xuống băng rộng cố định đạt 201,7 Mbps.

Kinh tế số năm 2025 ước chiếm khoảng 19,5% GDP, tăng trưởng kinh tế số ước đạt 21%. Tổng chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số từ ngân sách nhà nước đạt khoảng 3% tổng chi ngân sách.

Năm 2026, Bộ đặt mục tiêu phủ sóng 5G tới 99% dân số và kinh tế số chiếm 22% GDP.

Nguyễn Thủy""",
        "2026-01-08",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-12-31", 19500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-12-31", 91.0),
            ("internet_users_rate", "national", "as_of", "2025-12-31", 84.6),
            ("mobile_broadband_speed", "national", "month", "2025-12-31", 148.5),
            ("fixed_broadband_speed", "national", "month", "2025-12-31", 201.7),
            ("digital_economy_gdp_share", "national", "year", "2025-12-31", 19.5),
            ("digital_economy_growth", "national", "year", "2025-12-31", 21.0),
        ],
    ),
    # 20. Provincial portal (Đà Nẵng) on Q1 2024, published mid-May: "Hiện nay" levels dated at the quarter's end
    # (page more than 35 days later); quarter rates. Traps: Hải Châu district's 88,1%, +5,4 points, DTI first place, 2024 target.
    (
        """Đà Nẵng: Quý I/2024, 71,6% hồ sơ thủ tục hành chính được xử lý trực tuyến

15/05/2024 | Sở Thông tin và Truyền thông

Quý I/2024, các cơ quan, đơn vị trên địa bàn thành phố Đà Nẵng đã tiếp nhận, xử lý trực tuyến 71,6% hồ sơ thủ tục hành chính, tăng 5,4 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ được cấp kết quả điện tử đạt 98,3%. Quận Hải Châu tiếp tục dẫn đầu với tỷ lệ hồ sơ trực tuyến 88,1%.

Hiện nay, 100% thủ tục hành chính đủ điều kiện đã được thành phố cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình; tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 93,2%.

Đà Nẵng là địa phương dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022. Năm 2024, thành phố phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.""",
        "2024-05-15",
        [
            ("online_dossier_rate", "Đà Nẵng", "quarter", "2024-03-31", 71.6),
            ("e_result_rate", "Đà Nẵng", "quarter", "2024-03-31", 98.3),
            ("full_process_provision_rate", "Đà Nẵng", "as_of", "2024-03-31", 100.0),
            ("ftth_household_rate", "Đà Nẵng", "as_of", "2024-03-31", 93.2),
        ],
    ),
    # 21. Interview with the Telecommunications Authority (August 2024): villages without coverage and coverage share
    # at end-July, share of electrified dead-zone villages covered. Traps: 1.211 and 1.858 counts, Viettel's 700 stations, 2025 target.
    (
        """Xóa "vùng lõm sóng": Chặng nước rút

Phóng viên đã trao đổi với lãnh đạo Cục Viễn thông (Bộ Thông tin và Truyền thông) về tiến độ phủ sóng di động tại các thôn, bản vùng sâu, vùng xa.

PV: Thưa ông, hiện nay còn bao nhiêu thôn, bản chưa có sóng di động?

Lãnh đạo Cục Viễn thông: Tính đến cuối tháng 7/2024, cả nước còn 1.040 thôn, bản chưa có sóng di động băng rộng; tỷ lệ thôn, bản có sóng di động đạt 99,1%; riêng với các thôn lõm sóng đã có điện lưới, nhờ Chương trình "Sóng và máy tính cho em", các doanh nghiệp đã phủ sóng 1.211/1.858 thôn, đạt 65,2%.

PV: Doanh nghiệp nào đóng góp nhiều nhất?

Lãnh đạo Cục Viễn thông: Riêng Viettel đã lắp đặt gần 700 trạm BTS mới tại các thôn lõm sóng trong năm nay. Chúng tôi đặt mục tiêu đến hết năm 2025 cơ bản xóa toàn bộ thôn, bản lõm sóng có điện lưới.

PV: Xin cảm ơn ông!""",
        "2024-08-16",
        [
            ("villages_without_mobile_coverage", "national", "as_of", "2024-07-31", 1040.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-07-31", 99.1),
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-07-31", 65.2),
        ],
    ),
    # 22. National press, September 2022: mobile broadband subscriptions and per-100, smartphone count and share at end-August.
    # Traps: 4G share (no id), 23 triệu 2G subscribers, 2024 2G switch-off plan.
    (
        """98,5 triệu thuê bao di động đã dùng smartphone

Thứ Tư, 14/09/2022 - 11:02

Theo số liệu của Cục Viễn thông, tính đến hết tháng 8/2022, cả nước có 75,6 triệu thuê bao băng rộng di động, đạt 76,3 thuê bao/100 dân. Số thuê bao di động sử dụng điện thoại thông minh là 98,5 triệu, chiếm 78,8% tổng số thuê bao điện thoại di động.

Trong số thuê bao băng rộng di động, thuê bao 4G chiếm khoảng 95%. Tuy nhiên, hiện vẫn còn khoảng 23 triệu thuê bao chỉ sử dụng công nghệ 2G (2G only).

Bộ Thông tin và Truyền thông đã có lộ trình dừng công nghệ 2G từ tháng 9/2024, đồng thời phối hợp với các doanh nghiệp hỗ trợ người dân chuyển đổi sang điện thoại thông minh giá rẻ.

Thu Trang""",
        "2022-09-14",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2022-08-31", 75600000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2022-08-31", 76.3),
            ("smartphone_subscriptions", "national", "as_of", "2022-08-31", 98500000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2022-08-31", 78.8),
        ],
    ),
    # 23. Word-saved provincial report (Bình Dương, before the merger), H1 2024: four province rates for the half.
    # Traps: Thủ Dầu Một city's 84,5%, receipt counts at the service centre, 2024 plan, +7,3%, page furniture.
    (
        """UBND TỈNH BÌNH DƯƠNG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

BÁO CÁO
Kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2024 và phương hướng nhiệm vụ 6 tháng cuối năm 2024

Trang 2/9

II. KẾT QUẢ THỰC HIỆN
1. Chính quyền số
- 6 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh đạt 67,9%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 49,3%.
- Tỷ lệ hồ sơ có sử dụng lại thông tin, dữ liệu đã được số hóa đạt 41,6%.
- Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính đạt 98,9%.
- Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 96.540 hồ sơ, tăng 7,3% so với cùng kỳ. Thành phố Thủ Dầu Một có tỷ lệ hồ sơ trực tuyến 84,5%, cao nhất trong các địa phương cấp huyện.

III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
- Phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%.""",
        "2024-07-05",
        [
            ("online_dossier_rate", "Bình Dương", "half", "2024-06-30", 67.9),
            ("online_dossier_full_process_rate", "Bình Dương", "half", "2024-06-30", 49.3),
            ("data_reuse_rate", "Bình Dương", "half", "2024-06-30", 41.6),
            ("satisfaction_rate", "Bình Dương", "half", "2024-06-30", 98.9),
        ],
    ),
    # 24. National press on NDXP, Q1 2025: quarter flow, daily average, cumulative at 31/3/2025, connection points "đến nay".
    # Traps: +14% on Q4/2024, Hà Nội's LGSP count, "22 bộ, ngành và 63 tỉnh" (a sum would be derived).
    (
        """NDXP xử lý hơn 318 triệu giao dịch trong quý I

15/04/2025 08:30

Quý I/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã xử lý 318,5 triệu giao dịch, tăng 14% so với quý IV/2024; bình quân mỗi ngày có 3,54 triệu giao dịch. Lũy kế từ khi khai trương năm 2019 đến ngày 31/3/2025, tổng số giao dịch qua NDXP đạt 3,65 tỷ.

Đến nay, đã có 1.478 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu được thiết lập qua NDXP, kết nối hệ thống của 22 bộ, ngành và 63 tỉnh, thành phố. Riêng nền tảng LGSP của Hà Nội ghi nhận khoảng 9,8 triệu giao dịch trong quý.

Thảo Nguyên""",
        "2025-04-15",
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 318500000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 3540000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-03-31", 3650000000.0),
            ("ndxp_connection_points", "national", "as_of", "2025-04-15", 1478.0),
        ],
    ),
    # 25. VPCP notice of the Steering Committee (Resolution 57), August 2025: levels at 31/7/2025 and 7-month dossier rates
    # (ytd) national/ministries/localities. Traps: 78/181 tasks, 8 ministries lagging, 34 provinces, end-2025 deadline.
    (
        """THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tại phiên họp tháng 8 năm 2025

Ngày 06 tháng 8 năm 2025, Trưởng Ban Chỉ đạo chủ trì phiên họp của Ban Chỉ đạo. Sau khi nghe Bộ Khoa học và Công nghệ, Bộ Công an, Văn phòng Chính phủ báo cáo, Trưởng Ban Chỉ đạo kết luận:

1. Đánh giá chung
Đã hoàn thành 78/181 nhiệm vụ được giao trong năm 2025; còn 8 bộ, ngành chậm triển khai. Sau khi sắp xếp, 34 tỉnh, thành phố đã vận hành ổn định hệ thống thông tin giải quyết thủ tục hành chính tại cấp xã. Tính đến ngày 31/7/2025, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 58,2%; Hệ thống EMC đã kết nối đầy đủ với 92,3% hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh. Tỷ lệ hồ sơ trực tuyến 7 tháng đầu năm 2025 đạt 54,1%, trong đó các bộ, ngành đạt 79,8%, các địa phương đạt 47,3%.

2. Nhiệm vụ thời gian tới
Các bộ, ngành, địa phương hoàn thành 100% nhiệm vụ được giao trước ngày 31/12/2025.""",
        "2025-08-12",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2025-07-31", 58.2),
            ("emc_connection_rate", "national", "as_of", "2025-07-31", 92.3),
            ("online_dossier_rate", "national", "ytd", "2025-07-31", 54.1),
            ("online_dossier_rate", "ministries", "ytd", "2025-07-31", 79.8),
            ("online_dossier_rate", "localities", "ytd", "2025-07-31", 47.3),
        ],
    ),
    # 26. Monthly security press, May 2023: cyberattacks in April and March (parenthesised comparison), botnet IPs in April.
    # Traps: -8,2%, attack-type sub-counts after "trong đó", 12 warnings issued.
    (
        """Tháng 4/2023: Ghi nhận hơn 1.000 cuộc tấn công mạng vào hệ thống thông tin Việt Nam

08/05/2023

Theo Cục An toàn thông tin (Bộ TT&TT), trong tháng 4/2023, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo 1.032 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 8,2% so với tháng 3/2023 (1.124 cuộc), trong đó có 389 cuộc tấn công lừa đảo (Phishing), 421 cuộc tấn công thay đổi giao diện (Deface) và 222 cuộc tấn công cài mã độc (Malware).

Cũng trong tháng 4, số lượng địa chỉ IP của Việt Nam nằm trong các mạng botnet được ghi nhận là khoảng 642.000.

Trong tháng, Cục đã gửi 12 văn bản cảnh báo về các lỗ hổng bảo mật nghiêm trọng tới các cơ quan, tổ chức.""",
        "2023-05-08",
        [
            ("cyberattacks", "national", "month", "2023-04-30", 1032.0),
            ("cyberattacks", "national", "month", "2023-03-31", 1124.0),
            ("botnet_ips", "national", "as_of", "2023-04-30", 642000.0),
        ],
    ),
    # 27. Provincial press after the merger (Phú Thọ "mới"), November 2025: 10-month rates (ytd) and FTTH "hiện nay".
    # Traps: 148 communes, Việt Trì ward's 90,3%, +6,5 points, 2026 target.
    (
        """Phú Thọ: Dịch vụ công trực tuyến tăng tốc sau sắp xếp

Thứ Sáu, 14/11/2025 | 16:40

Báo Phú Thọ - 10 tháng năm 2025, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến trên địa bàn tỉnh Phú Thọ đạt 61,8%, tăng 6,5 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ có kết quả điện tử đạt 95,4%; tỷ lệ người dân, doanh nghiệp hài lòng đạt 98,7%.

Sau sắp xếp, tỉnh có 148 xã, phường. Phường Việt Trì dẫn đầu với tỷ lệ hồ sơ trực tuyến 90,3%, trong khi nhiều xã miền núi thuộc khu vực Hòa Bình cũ vẫn dưới 40%.

Hiện nay, tỷ lệ hộ gia đình trên địa bàn tỉnh sử dụng Internet cáp quang đạt 88,4%. Năm 2026, tỉnh phấn đấu 100% hộ gia đình có cáp quang.

Hải Yến""",
        "2025-11-14",
        [
            ("online_dossier_rate", "Phú Thọ", "ytd", "2025-10-31", 61.8),
            ("e_result_rate", "Phú Thọ", "ytd", "2025-10-31", 95.4),
            ("satisfaction_rate", "Phú Thọ", "ytd", "2025-10-31", 98.7),
            ("ftth_household_rate", "Phú Thọ", "as_of", "2025-11-14", 88.4),
        ],
    ),
    # 28. National press on financial inclusion, December 2024: adults with accounts and Mobile Money customers at end-October.
    # Traps: 200 million accounts (no id), +60% QR payments, Thailand's 96%, 2025 target 80%... of adults already passed.
    (
        """Gần 87% người trưởng thành đã có tài khoản thanh toán

Thứ Ba, 10/12/2024

Theo Ngân hàng Nhà nước, đến cuối tháng 10/2024, khoảng 86,9% người trưởng thành tại Việt Nam đã có tài khoản ngân hàng hoặc tài khoản thanh toán; số tài khoản thanh toán cá nhân vượt 200 triệu. Cùng thời điểm, số khách hàng sử dụng dịch vụ Mobile Money đạt 9,2 triệu.

Giao dịch thanh toán qua mã QR 10 tháng năm 2024 tăng gần 60% về số lượng so với cùng kỳ. Tuy nhiên, so với Thái Lan, nơi khoảng 96% người trưởng thành có tài khoản, Việt Nam vẫn còn dư địa lớn.

Theo Chiến lược tài chính toàn diện quốc gia, đến năm 2025 ít nhất 80% người trưởng thành có tài khoản giao dịch tại ngân hàng hoặc tổ chức được phép khác.

Minh Anh""",
        "2024-12-10",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-10-31", 86.9),
            ("mobile_money_customers", "national", "as_of", "2024-10-31", 9200000.0),
        ],
    ),
    # 29. Interview on the digital economy (April 2024): GSO's 2023 share and 2023 growth.
    # Traps: e-commerce revenue, ICT share, 2025/2030 targets, Indonesia's 82 billion USD.
    (
        """"Đo đếm kinh tế số là việc khó nhưng phải làm"

Phóng viên có cuộc trao đổi với bà Lê Thu Hằng, Vụ trưởng Vụ Kinh tế số (Bộ Thông tin và Truyền thông) về kết quả đo lường kinh tế số lần đầu được công bố.

PV: Thưa bà, kinh tế số năm 2023 đóng góp bao nhiêu vào GDP?

Bà Lê Thu Hằng: Theo số liệu Tổng cục Thống kê công bố, năm 2023 tỷ trọng giá trị tăng thêm của kinh tế số trong GDP đạt 12,33%. Kinh tế số năm 2023 tăng trưởng khoảng 19%, cao gần ba lần tốc độ tăng GDP. Trong đó, riêng thương mại điện tử bán lẻ có doanh thu khoảng 20,5 tỷ USD.

PV: Con số này đã đủ để về đích mục tiêu chưa?

Bà Lê Thu Hằng: Mục tiêu là kinh tế số chiếm 20% GDP vào năm 2025 và 30% vào năm 2030, nên vẫn còn khoảng cách. Ở khu vực, Indonesia có quy mô kinh tế số lớn nhất với khoảng 82 tỷ USD, nhưng tốc độ tăng của Việt Nam thuộc nhóm dẫn đầu.

PV: Xin cảm ơn bà!""",
        "2024-04-22",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "national", "year", "2023-12-31", 19.0),
        ],
    ),
    # 30. Provincial portal (Lào Cai, before the merger), September 2023: province's villages without coverage and
    # coverage share at end-August. Traps: Bát Xát district's 32 villages after "trong đó", Viettel's 25 stations, 2025 target.
    (
        """Lào Cai đẩy nhanh xóa vùng lõm sóng

06/09/2023 09:00

Theo Sở Thông tin và Truyền thông tỉnh Lào Cai, tính đến hết tháng 8/2023, toàn tỉnh còn 117 thôn, bản chưa có sóng di động băng rộng, trong đó huyện Bát Xát có 32 thôn; tỷ lệ thôn, bản được phủ sóng di động đạt 94,8%.

Trong 8 tháng đầu năm, Viettel Lào Cai đã phát sóng 25 trạm BTS mới tại các thôn vùng cao. Tỉnh đặt mục tiêu đến hết năm 2025 không còn thôn, bản lõm sóng.

Minh Đức""",
        "2023-09-06",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2023-08-31", 117.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2023-08-31", 94.8),
        ],
    ),
    # 31. Year-end 2022 report saved from PDF (hard wraps, glued footnote marker): cumulative portal levels at 31/12/2022,
    # the year's new dossiers, and a footnote rate for 2022. Traps: x2,1, 4.400 services, 1.600 tỷ savings (no id), page number.
    (
        """2.2. Về Cổng Dịch vụ công quốc gia
Tính đến ngày 31/12/2022, Cổng Dịch vụ công quốc gia có 5,85 triệu tài khoản
đăng ký; tổng số hồ sơ trực tuyến tiếp nhận qua Cổng đạt 13,6 triệu hồ sơ;
có 8,1 triệu giao dịch thanh toán trực tuyến với tổng số tiền 6.450 tỷ đồng.
Riêng năm 2022, Cổng tiếp nhận 5,7 triệu hồ sơ trực tuyến, tăng 2,1 lần so với
năm 2021; ước tính tiết kiệm cho xã hội khoảng 1.600 tỷ đồng mỗi năm. Cổng đã
tích hợp khoảng 4.400 dịch vụ công trực tuyến, tuy nhiên mức độ sử dụng
dịch vụ công trực tuyến của người dân, doanh nghiệp còn chưa cao3.

                                                                         5
_____________________
3 Năm 2022, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến đạt 32,6%.""",
        "2023-01-16",
        [
            ("national_portal_accounts", "national", "as_of", "2022-12-31", 5850000.0),
            ("national_portal_dossiers", "national", "as_of", "2022-12-31", 13600000.0),
            ("online_payments_count", "national", "as_of", "2022-12-31", 8100000.0),
            ("online_payments_value", "national", "as_of", "2022-12-31", 6450.0),
            ("national_portal_dossiers_new", "national", "year", "2022-12-31", 5700000.0),
            ("dvctt_with_dossiers_rate", "national", "year", "2022-12-31", 32.6),
        ],
    ),
    # 32. National press on the Q1 2026 briefing of the Ministry of Science and Technology: quarter dossier rates,
    # NDXP quarter flow, 5G stations at 31/3/2026. Traps: +3,1 points, Viettel's 5G stations, 2026 plan, 34 provinces.
    (
        """Quý I/2026: Tỷ lệ hồ sơ trực tuyến toàn quốc đạt 64,2%

Thứ Tư, 08/04/2026 - 14:10

Tại họp báo thường kỳ quý I/2026 chiều 7/4, lãnh đạo Bộ Khoa học và Công nghệ cho biết, trong quý I/2026, tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến toàn quốc đạt 64,2%, tăng 3,1 điểm phần trăm so với quý IV/2025; tỷ lệ hồ sơ trực tuyến toàn trình đạt 47,5%. Cả 34 tỉnh, thành phố đều có tỷ lệ hồ sơ trực tuyến trên 50%.

Nền tảng tích hợp, chia sẻ dữ liệu quốc gia trong quý xử lý 412,7 triệu giao dịch. Về hạ tầng, tính đến ngày 31/3/2026, cả nước có 24.300 trạm 5G; riêng Viettel chiếm khoảng 13.000 trạm.

Kế hoạch năm 2026 đặt mục tiêu tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 70%.

Vân Anh""",
        "2026-04-08",
        [
            ("online_dossier_rate", "national", "quarter", "2026-03-31", 64.2),
            ("online_dossier_full_process_rate", "national", "quarter", "2026-03-31", 47.5),
            ("ndxp_transactions_period", "national", "quarter", "2026-03-31", 412700000.0),
            ("fiveg_bts_count", "national", "as_of", "2026-03-31", 24300.0),
        ],
    ),
    # 33. Provincial portal after the merger (An Giang "mới", with Kiên Giang), August 2025: 7-month rates (ytd).
    # Traps: Phú Quốc special zone's 85,2%, 102 communes, +8,4 points, end-2025 target.
    (
        """An Giang: 7 tháng năm 2025, tỷ lệ hồ sơ trực tuyến đạt 56,9%

Cập nhật: 11/08/2025 08:05

(angiang.gov.vn) - Theo báo cáo của Văn phòng UBND tỉnh, 7 tháng đầu năm 2025, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến trên địa bàn tỉnh đạt 56,9%, tăng 8,4 điểm phần trăm so với cùng kỳ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 35,8%; tỷ lệ hồ sơ có tái sử dụng dữ liệu số hóa đạt 47,2%.

Trong 102 xã, phường, đặc khu của tỉnh (mới), đặc khu Phú Quốc có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 85,2%.

Tỉnh phấn đấu đến cuối năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%.""",
        "2025-08-11",
        [
            ("online_dossier_rate", "An Giang", "ytd", "2025-07-31", 56.9),
            ("online_dossier_full_process_rate", "An Giang", "ytd", "2025-07-31", 35.8),
            ("data_reuse_rate", "An Giang", "ytd", "2025-07-31", 47.2),
        ],
    ),
    # 34. Information-security report excerpt (PDF), December 2024: level-approved share at 30/11/2024, 11-month attacks (ytd).
    # Traps: 3.200 systems and the level-3 sub-count after "trong đó", one ministry's 100%, -5,6%, 2025 target.
    (
        """3. Bảo đảm an toàn thông tin mạng
Tính đến ngày 30/11/2024, các bộ, ngành, địa phương đã xác định cấp độ cho
khoảng 3.200 hệ thống thông tin, trong đó 1.050 hệ thống cấp độ 3 trở lên; tỷ
lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đạt 82,4%. Bộ Tài
chính là đơn vị đầu tiên hoàn thành phê duyệt 100% hệ thống thông tin.
11 tháng năm 2024, đã ghi nhận 12.100 cuộc tấn công mạng gây sự cố vào các hệ
thống thông tin tại Việt Nam, giảm 5,6% so với cùng kỳ năm 2023.
Năm 2025, phấn đấu 100% hệ thống thông tin được phê duyệt cấp độ và triển khai
phương án bảo vệ theo mô hình 4 lớp.""",
        "2024-12-12",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-11-30", 82.4),
            ("cyberattacks", "national", "ytd", "2024-11-30", 12100.0),
        ],
    ),
    # 35. National press on electronic identification, January 2023: VNeID accounts and chip ID cards at 10/01/2023.
    # Traps: 19,2 triệu applications received, activation share (no id), 2023 target 40 triệu.
    (
        """Hơn 10 triệu tài khoản định danh điện tử đã được kích hoạt

12/01/2023 - 10:28

Theo Trung tâm dữ liệu quốc gia về dân cư (Bộ Công an), tính đến ngày 10/01/2023, cơ quan công an đã tiếp nhận 19,2 triệu hồ sơ đề nghị cấp tài khoản định danh điện tử; đã kích hoạt 10,3 triệu tài khoản, chiếm khoảng 54% số hồ sơ đã tiếp nhận. Cùng thời điểm, cả nước đã cấp 80,1 triệu thẻ căn cước công dân gắn chíp.

Năm 2023, Bộ Công an đặt mục tiêu cấp 40 triệu tài khoản định danh điện tử, đồng thời tích hợp thêm nhiều tiện ích trên ứng dụng VNeID như giấy phép lái xe, thẻ bảo hiểm y tế.

P.V""",
        "2023-01-12",
        [
            ("vneid_activated_accounts", "national", "as_of", "2023-01-10", 10300000.0),
            ("chip_id_cards_issued", "national", "as_of", "2023-01-10", 80100000.0),
        ],
    ),
    # 36. One ministry's year report (Ministry of Finance, Word): its own rates are not labelled; it quotes the national
    # ministries' 2023 rate. Traps: the ministry's 88,5% and 1.020 services, 2024 plan, +6,2 points.
    (
        """BỘ TÀI CHÍNH
BÁO CÁO
Kết quả chuyển đổi số năm 2023 của Bộ Tài chính

1. Kết quả nổi bật
Năm 2023, Bộ Tài chính cung cấp 1.020 dịch vụ công trực tuyến, trong đó 862 dịch vụ toàn trình. Tỷ lệ hồ sơ xử lý trực tuyến của Bộ đạt 88,5%, tăng 6,2 điểm phần trăm so với năm 2022, cao hơn nhiều so với bình quân các bộ, ngành. Theo số liệu của Văn phòng Chính phủ, năm 2023 tỷ lệ hồ sơ trực tuyến bình quân của các bộ, ngành đạt 61,2%.

2. Phương hướng năm 2024
Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình của Bộ đạt trên 90%, 100% hồ sơ được số hóa.""",
        "2024-02-02",
        [
            ("online_dossier_rate", "ministries", "year", "2023-12-31", 61.2),
        ],
    ),
    # 37. Provincial portal (Hà Tĩnh, before the merger), October 2022: 9-month province rates (ytd).
    # Traps: Can Lộc district's 78,4%, counts of level-3/4 services, 2022 target, +15 points.
    (
        """Hà Tĩnh: Dịch vụ công trực tuyến có bước tiến mạnh trong 9 tháng

Ngày 12/10/2022

9 tháng năm 2022, tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4 trên địa bàn tỉnh Hà Tĩnh đạt 48,2%, tăng hơn 15 điểm phần trăm so với cùng kỳ năm 2021; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 61,5%. Tỷ lệ hài lòng của tổ chức, cá nhân đối với việc giải quyết thủ tục hành chính đạt 99,1%.

Hiện tỉnh cung cấp 1.104 dịch vụ công trực tuyến mức độ 3 và 643 dịch vụ mức độ 4. Huyện Can Lộc là địa phương có tỷ lệ hồ sơ trực tuyến cao nhất với 78,4%. Tỉnh phấn đấu năm 2022 tỷ lệ hồ sơ trực tuyến đạt trên 50%.

Hoài Nam""",
        "2022-10-12",
        [
            ("online_dossier_rate", "Hà Tĩnh", "ytd", "2022-09-30", 48.2),
            ("dvctt_with_dossiers_rate", "Hà Tĩnh", "ytd", "2022-09-30", 61.5),
            ("satisfaction_rate", "Hà Tĩnh", "ytd", "2022-09-30", 99.1),
        ],
    ),
    # 38. National press comparing ASEAN speeds, July 2023: Viet Nam's June 2023 mobile and fixed download medians.
    # Traps: upload speeds, Thailand and Singapore, world rank 52, +3,4 Mbps change.
    (
        """Tốc độ Internet Việt Nam ở đâu trong ASEAN?

20/07/2023 | 07:00

Theo chỉ số Speedtest Global Index tháng 6/2023, tốc độ tải xuống trung vị của mạng di động Việt Nam đạt 43,4 Mbps, tăng 3,4 Mbps so với tháng trước; tốc độ tải lên đạt 17,6 Mbps. Với băng rộng cố định, tốc độ tải xuống đạt 96,6 Mbps, xếp thứ 52 thế giới.

Trong khu vực, Singapore tiếp tục dẫn đầu về băng rộng cố định với 247,8 Mbps; Thái Lan đạt 205,3 Mbps. Ở mạng di động, Brunei và Malaysia đều vượt Việt Nam.

Ngọc Minh""",
        "2023-07-20",
        [
            ("mobile_broadband_speed", "national", "month", "2023-06-30", 43.4),
            ("fixed_broadband_speed", "national", "month", "2023-06-30", 96.6),
        ],
    ),
    # 39. VPCP notice with footnotes, dated in its header (published None): footnote 9-month full-process dossier rates
    # for ministries/localities (ytd), fee reduction and 76-list essential services at 30/9/2024.
    # Traps: 8 services remaining, 7 provinces without a resolution, deadline 31/12/2024.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 486/TB-VPCP
Hà Nội, ngày 18 tháng 10 năm 2024

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ

Ngày 11 tháng 10 năm 2024, Phó Thủ tướng Chính phủ chủ trì cuộc họp Tổ công tác cải cách thủ tục hành chính. Sau khi nghe Văn phòng Chính phủ báo cáo, Phó Thủ tướng kết luận:

1. Việc cung cấp dịch vụ công trực tuyến đã có nhiều chuyển biến, tuy nhiên tỷ lệ hồ sơ trực tuyến toàn trình còn thấp[2]. Tính đến ngày 30/9/2024, đã cung cấp 68/76 dịch vụ công trực tuyến thiết yếu theo Quyết định số 206/QĐ-TTg, còn 8 dịch vụ chưa hoàn thành; 56/63 địa phương đã ban hành Nghị quyết giảm phí, lệ phí, còn 7 địa phương chưa ban hành.

2. Các bộ, ngành, địa phương hoàn thành cung cấp các dịch vụ công thiết yếu còn lại trước ngày 31/12/2024.
___________
[2] 9 tháng năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành đạt 42,6%, của các địa phương đạt 30,9%.""",
        None,
        [
            ("essential_services_full_process", "national", "as_of", "2024-09-30", 68.0),
            ("localities_fee_reduction", "national", "as_of", "2024-09-30", 56.0),
            ("online_dossier_full_process_rate", "ministries", "ytd", "2024-09-30", 42.6),
            ("online_dossier_full_process_rate", "localities", "ytd", "2024-09-30", 30.9),
        ],
    ),
    # 40. Interview with a leader of Đắk Lắk (after the merger with Phú Yên), December 2025: 11-month dossier rate (ytd),
    # villages without coverage and coverage share "hiện". Traps: Ea Rốk commune's 21 villages, 2026 target, 102 communes.
    (
        """Đắk Lắk: Chuyển đổi số phải đến được với từng buôn làng

Báo Đắk Lắk có cuộc trao đổi với Phó Chủ tịch UBND tỉnh về công tác chuyển đổi số sau hợp nhất.

PV: Thưa ông, sau hơn 5 tháng vận hành chính quyền hai cấp, dịch vụ công trực tuyến của tỉnh đạt kết quả ra sao?

Phó Chủ tịch UBND tỉnh: 11 tháng năm 2025, tỷ lệ hồ sơ xử lý trực tuyến trên địa bàn tỉnh đạt 57,3%. Toàn bộ 102 xã, phường đã vận hành thông suốt hệ thống thông tin giải quyết thủ tục hành chính dùng chung.

PV: Hạ tầng mạng ở vùng sâu thì sao?

Phó Chủ tịch UBND tỉnh: Hiện toàn tỉnh còn 86 thôn, buôn chưa có sóng di động băng rộng, tập trung ở các xã biên giới như Ea Rốk với 21 thôn; tỷ lệ thôn, buôn có sóng di động đạt 98,6%. Năm 2026, tỉnh phấn đấu xóa hoàn toàn các điểm lõm sóng.

PV: Xin cảm ơn ông!""",
        "2025-12-22",
        [
            ("online_dossier_rate", "Đắk Lắk", "ytd", "2025-11-30", 57.3),
            ("villages_without_mobile_coverage", "Đắk Lắk", "as_of", "2025-12-22", 86.0),
            ("villages_with_mobile_coverage_rate", "Đắk Lắk", "as_of", "2025-12-22", 98.6),
        ],
    ),
    # 41. National press, January 2024: 2023 payment flows on the National Portal (year, _new twins) and cumulative levels at 31/12/2023.
    # Traps: +35%, one ministry's 60% share, 1.600 tỷ savings.
    (
        """Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia tăng mạnh

Thứ Hai, 15/01/2024

Năm 2023, Cổng Dịch vụ công quốc gia ghi nhận 8,4 triệu giao dịch thanh toán trực tuyến với tổng số tiền 9.870 tỷ đồng, tăng 35% so với năm 2022; Bộ Công an là đơn vị có số giao dịch lớn nhất, chiếm khoảng 60%, chủ yếu là nộp phạt vi phạm giao thông và lệ phí cấp căn cước.

Tính đến ngày 31/12/2023, Cổng có 10,9 triệu tài khoản đăng ký; lũy kế có 19,8 triệu giao dịch thanh toán trực tuyến với tổng số tiền 23.150 tỷ đồng.

Việc thanh toán trực tuyến ước giúp tiết kiệm cho xã hội hơn 1.600 tỷ đồng mỗi năm.

Thanh Tùng""",
        "2024-01-15",
        [
            ("online_payments_count_new", "national", "year", "2023-12-31", 8400000.0),
            ("online_payments_value_new", "national", "year", "2023-12-31", 9870.0),
            ("national_portal_accounts", "national", "as_of", "2023-12-31", 10900000.0),
            ("online_payments_count", "national", "as_of", "2023-12-31", 19800000.0),
            ("online_payments_value", "national", "as_of", "2023-12-31", 23150.0),
        ],
    ),
    # 42. Press on the DTI 2023 rankings (mostly traps): province scores and ranks have no id; the one value is the national
    # share of adults using online services in 2023. Traps: Đà Nẵng's DTI score, Hà Giang last, average DTI 0,5, ministries' DTI.
    (
        """Công bố DTI 2023: Đà Nẵng giữ ngôi đầu, khoảng cách giữa các địa phương thu hẹp

Thứ Năm, 22/08/2024 - 09:15

Bộ Thông tin và Truyền thông vừa công bố kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023. Đà Nẵng tiếp tục dẫn đầu với 0,6992 điểm, tiếp theo là Thừa Thiên Huế và Quảng Ninh; Hà Giang đứng cuối bảng. Điểm DTI bình quân cấp tỉnh đạt 0,5017, tăng 13,6% so với năm 2022.

Ở khối bộ, ngành có cung cấp dịch vụ công, Bộ Tài chính đứng đầu, Ngân hàng Nhà nước đứng thứ hai.

Theo báo cáo đánh giá, năm 2023 tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến của cả nước đạt 40,4%, tăng hơn 10 điểm phần trăm so với năm trước, nhưng vẫn thấp so với mục tiêu 50% đặt ra cho năm 2025.

Lan Phương""",
        "2024-08-22",
        [
            ("adult_population_using_dvctt_rate", "national", "year", "2023-12-31", 40.4),
        ],
    ),
    # 43. City portal after the merger (Hải Phòng, with Hải Dương), October 2025: the city's 5G stations and 5G coverage "hiện nay".
    # Traps: Viettel's 1.100 stations, VNPT's 5G download/upload speeds, 2026 target 100%.
    (
        """Hải Phòng phủ sóng 5G tới 95% dân số

Cập nhật: 20/10/2025 16:12

(haiphong.gov.vn) - Theo Sở Khoa học và Công nghệ thành phố, hiện nay toàn thành phố Hải Phòng (mới) có 1.850 trạm phát sóng 5G, vùng phủ sóng 5G đạt 95% dân số. Trong đó, Viettel Hải Phòng đã lắp đặt khoảng 1.100 trạm, phủ kín các khu công nghiệp, cảng biển và trung tâm các xã, phường thuộc khu vực Hải Dương cũ.

Kết quả đo kiểm của VNPT trên mạng 5G tại khu vực trung tâm cho tốc độ tải xuống trung bình khoảng 520 Mbps, tải lên khoảng 95 Mbps.

Thành phố đặt mục tiêu đến hết năm 2026 phủ sóng 5G tới 100% dân số.""",
        "2025-10-20",
        [
            ("fiveg_bts_count", "Hải Phòng", "as_of", "2025-10-20", 1850.0),
            ("fiveg_population_coverage_rate", "Hải Phòng", "as_of", "2025-10-20", 95.0),
        ],
    ),
]
