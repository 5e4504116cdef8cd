"""Genre probes, round 137: text as it comes out of PDF and DOCX reports (running headers and footers, broken lines and words, numbered sections, flattened tables, glued footnote markers, signature blocks), written blind.

First reading (the stop's start code 6a3524e read it): 115 of 122 right, 115 of 137 found (0.94 / 0.84). Fitted after that reading (stop 47): an issuer over two lines beside the national motto, "Thành phố Huế" among a province's districts before 2025 in a table, a short header "hồ sơ TT toàn trình", one ministry's rate going on into the next clause, a header over four lines whose last names the day a column is counted to, a word broken at a hyphen, a running header between a sentence's lines: 134 of 134, 134 of 137. Left: a word spaced apart inside ("cố đ ịnh"), a fee-reduction count, and a ministries' average compared with one ministry's full-process rate that the labels read as the online-dossier rate.
"""

CASES = [
    # 1. Ministry monthly report (PDF) on NDXP: explicit window, daily average broken before "triệu",
    #    page footer with page number and repeated document number; traps: tăng 4,6%, "trong đó 22 bộ".
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                              Độc lập - Tự do - Hạnh phúc
Số: 2046/BC-BTTTT                         Hà Nội, ngày 24 tháng 5 năm 2024

                                   BÁO CÁO
        Tình hình triển khai chuyển đổi số quốc gia tháng 5 năm 2024

...
3. Phát triển dữ liệu số
a) Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)
- Trong tháng 5/2024 (từ ngày 20/4/2024 đến ngày 20/5/2024), tổng số giao dịch
qua NDXP là 61.283.904 giao dịch; hàng ngày có trung bình khoảng 1,98
triệu giao dịch, tăng 4,6% so với kỳ báo cáo trước.
- Lũy kế từ năm 2019 đến nay, NDXP đã thực hiện khoảng 2,86 tỷ giao
dịch.

                                                                            3
Số: 2046/BC-BTTTT

- Hiện nay, NDXP đã thiết lập 112 điểm kết nối giữa các hệ thống thông tin, cơ
sở dữ liệu; có 106 bộ, ngành, địa phương đã kết nối, chia sẻ dữ liệu qua NDXP
(trong đó 22 bộ, cơ quan ngang bộ).
b) Cơ sở dữ liệu quốc gia
- Tiếp tục đôn đốc các bộ, ngành hoàn thành 06 cơ sở dữ liệu quốc gia theo
Quyết định số 714/QĐ-TTg.""",
        "2024-05-24",
        [
            ("ndxp_transactions_period", "national", "month", "2024-05-20", 61283904.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-05-20", 1980000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-05-24", 2860000000.0),
            ("ndxp_connection_points", "national", "as_of", "2024-05-24", 112.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-05-24", 106.0),
        ],
    ),
    # 2. Đà Nẵng quarterly report (PDF): province breakdown, footnote marker glued after "%",
    #    footnote body is a target; traps: 1.243 services (no id), quận Hải Châu 100%, target 80%.
    (
        """ỦY BAN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THÀNH PHỐ ĐÀ NẴNG                          Độc lập - Tự do - Hạnh phúc
Số:  1187 /BC-UBND                         Đà Nẵng, ngày 05 tháng 4 năm 2024

                                   BÁO CÁO
           Kết quả thực hiện chuyển đổi số quý I năm 2024

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Cung cấp dịch vụ công trực tuyến
- Tính đến ngày 31/3/2024, thành phố đang cung cấp 1.243 dịch vụ công trực tuyến
toàn trình, chiếm tỷ lệ 72,8% tổng số thủ tục hành chính (TTHC) thuộc thẩm quyền
giải quyết của các cấp chính quyền thành phố.
- Tỷ lệ hồ sơ xử lý trực tuyến trong quý I/2024 đạt 91,47%; tỷ lệ hồ
sơ trực tuyến toàn trình đạt 68,2%1.
- Trong quý, tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 97,6%; riêng quận Hải
Châu đạt 100%.
- Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết TTHC trong quý
đạt 98,1%.
_______________
1 Chỉ tiêu Nghị quyết HĐND thành phố giao năm 2024 là 80%.

                                                    2
Số: 1187/BC-UBND""",
        "2024-04-08",
        [
            ("dvctt_full_process_rate", "Đà Nẵng", "as_of", "2024-03-31", 72.8),
            ("online_dossier_rate", "Đà Nẵng", "quarter", "2024-03-31", 91.47),
            ("online_dossier_full_process_rate", "Đà Nẵng", "quarter", "2024-03-31", 68.2),
            ("e_result_rate", "Đà Nẵng", "quarter", "2024-03-31", 97.6),
            ("satisfaction_rate", "Đà Nẵng", "quarter", "2024-03-31", 98.1),
        ],
    ),
    # 3. National portal figures in a table flattened from PDF (month and quarter columns) plus one
    #    cumulative level; traps: the "So với cùng kỳ" column (changes), the source line.
    (
        """2. Cổng Dịch vụ công quốc gia
Tính đến ngày 31/3/2024, Cổng Dịch vụ công quốc gia có 10,62 triệu tài khoản
đăng ký. Kết quả cụ thể trong kỳ như sau:

Bảng 2. Một số chỉ số của Cổng Dịch vụ công quốc gia
STT  Chỉ số                                   Tháng 3/2024    Quý I/2024    So với
                                                                             cùng kỳ
1    Số hồ sơ trực tuyến thực hiện qua       1.952.306       5.310.447     +18,5%
     Cổng DVCQG (hồ sơ)
2    Số giao dịch thanh toán trực            1.204.118       3.388.905     +22,1%
     tuyến (giao dịch)
3    Số tiền thanh toán trực tuyến           1.086,4         3.012,7       +9,8%
     (tỷ đồng)
4    Số tài khoản đăng ký mới (tài khoản)    412.550         1.176.023     -3,2%
Nguồn: Văn phòng Chính phủ, số liệu đến 17h00 ngày 31/3/2024.

Báo cáo số 1302/BC-BTTTT                                          Trang 4/12""",
        "2024-04-03",
        [
            ("national_portal_accounts", "national", "as_of", "2024-03-31", 10620000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-03-31", 1952306.0),
            ("national_portal_dossiers_new", "national", "quarter", "2024-03-31", 5310447.0),
            ("online_payments_count_new", "national", "month", "2024-03-31", 1204118.0),
            ("online_payments_count_new", "national", "quarter", "2024-03-31", 3388905.0),
            ("online_payments_value_new", "national", "month", "2024-03-31", 1086.4),
            ("online_payments_value_new", "national", "quarter", "2024-03-31", 3012.7),
            ("national_portal_accounts_new", "national", "month", "2024-03-31", 412550.0),
            ("national_portal_accounts_new", "national", "quarter", "2024-03-31", 1176023.0),
        ],
    ),
    # 4. VPCP notice (PDF) whose figures sit in footnotes glued to words ("còn thấp2", "chưa nhiều3");
    #    ministries/localities split; traps: target 50%, 12 tasks, "24 địa phương chưa ban hành", Nơi nhận list.
    (
        """VĂN PHÒNG CHÍNH PHỦ              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                         Độc lập - Tự do - Hạnh phúc
Số: 187/TB-VPCP                     Hà Nội, ngày 06 tháng 5 năm 2024

                                THÔNG BÁO
   Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về tình hình cung cấp
             dịch vụ công trực tuyến và số hóa hồ sơ, kết quả

Ngày 26 tháng 4 năm 2024, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ đã chủ
trì cuộc họp ... Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu, Phó Thủ
tướng Chính phủ kết luận như sau:
1. Thời gian qua, các bộ, ngành, địa phương đã có nhiều cố gắng ... Tuy nhiên, tỷ lệ
hồ sơ trực tuyến còn thấp2; số địa phương ban hành chính sách miễn, giảm phí, lệ
phí khi thực hiện dịch vụ công trực tuyến chưa nhiều3.
2. Yêu cầu các bộ, ngành, địa phương tập trung thực hiện 12 nhiệm vụ trọng tâm,
phấn đấu trong năm 2024 tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%.
______________
2 Tính đến ngày 25/4/2024, tỷ lệ hồ sơ trực tuyến của các bộ, ngành đạt 38,2%;
của các địa phương đạt 41,7%.
3 Tính đến ngày 25/4/2024, mới có 39/63 địa phương ban hành nghị quyết; 24 địa
phương chưa ban hành.

Nơi nhận:                                 KT. BỘ TRƯỞNG, CHỦ NHIỆM
- Thủ tướng, các Phó Thủ tướng CP;                PHÓ CHỦ NHIỆM
- Các bộ, cơ quan ngang bộ, cơ quan thuộc CP;
- UBND các tỉnh, thành phố trực thuộc TW;
- VPCP: BTCN, các PCN, các Vụ: TH, PL, KSTT;
- Lưu: VT, KSTT (3b).""",
        "2024-05-06",
        [
            ("online_dossier_rate", "ministries", "as_of", "2024-04-25", 38.2),
            ("online_dossier_rate", "localities", "as_of", "2024-04-25", 41.7),
            ("localities_fee_reduction", "national", "as_of", "2024-04-25", 39.0),
        ],
    ),
    # 5. Cyber-security monthly report (PDF): month value plus past value in parentheses (kept, own
    #    month); traps: giảm 12,3%, sub-counts after "trong đó", giảm 8,1%, 54,7% (no id), page footer.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
CỤC AN TOÀN THÔNG TIN
Số: 1412/BC-CATTT                        Hà Nội, ngày 04 tháng 7 năm 2024

                                BÁO CÁO
             Tình hình an toàn thông tin mạng tháng 6/2024

1. Tình hình tấn công mạng
Trong tháng 6/2024, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử
lý 1.024 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam,
giảm 12,3% so với tháng 5/2024 (1.168 cuộc); trong đó có 521 cuộc tấn công lừa
đảo (Phishing), 318 cuộc tấn công thay đổi giao diện (Deface) và 185 cuộc tấn
công cài mã độc (Malware).
2. Mạng botnet
Tính đến cuối tháng 6/2024, số lượng địa chỉ IP của Việt Nam nằm trong các mạng
botnet là 437.512 địa chỉ, giảm 8,1% so với cùng kỳ năm 2023.

CATTT - Báo cáo tháng 6/2024                                        Trang 1/4

3. Bảo đảm an toàn hệ thống thông tin theo cấp độ
Tính đến ngày 30/6/2024, tỷ lệ hệ thống thông tin của các bộ, ngành, địa phương
đã được phê duyệt hồ sơ đề xuất cấp độ đạt 82,4%; tỷ lệ hệ thống đã triển khai
đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ được duyệt là 54,7%.""",
        "2024-07-04",
        [
            ("cyberattacks", "national", "month", "2024-06-30", 1024.0),
            ("cyberattacks", "national", "month", "2024-05-31", 1168.0),
            ("botnet_ips", "national", "as_of", "2024-06-30", 437512.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-06-30", 82.4),
        ],
    ),
    # 6. Telecom half-year report (PDF, 2025): 5G count with operator split in parentheses, dated list
    #    heading, Ookla speeds for June; traps: operators' counts, plan 20.000 trạm, upload speeds.
    (
        """BỘ KHOA HỌC VÀ CÔNG NGHỆ
CỤC VIỄN THÔNG
Số: 845/BC-CVT                            Hà Nội, ngày 10 tháng 7 năm 2025

                                 BÁO CÁO
      Tình hình phát triển hạ tầng viễn thông 6 tháng đầu năm 2025

I. HẠ TẦNG MẠNG DI ĐỘNG
1. Mạng 5G
Tính đến ngày 30/6/2025, cả nước đã có 9.412 trạm BTS 5G được phát sóng (trong
đó Viettel 6.930 trạm, VNPT 1.608 trạm, MobiFone 874 trạm); vùng phủ sóng 5G
đạt 28,5% dân số. Kế hoạch đến cuối năm 2025 đạt trên 20.000 trạm.
2. Thuê bao (số liệu đến ngày 30/6/2025)
- Tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh: 89,3%.
- Tỷ lệ hộ gia đình sử dụng Internet cáp quang: 82,7%.
II. CHẤT LƯỢNG DỊCH VỤ
Theo số liệu đo kiểm của Ookla (Speedtest), trong tháng 6/2025 tốc độ tải xuống
trung bình của mạng băng rộng cố định Việt Nam đạt 165,42 Mbps, băng rộng di
động đạt 99,31 Mbps; tốc độ tải lên tương ứng là 154,80 Mbps và 41,26 Mbps.

                                                                   Trang 2/9""",
        "2025-07-10",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 9412.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 28.5),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 89.3),
            ("ftth_household_rate", "national", "as_of", "2025-06-30", 82.7),
            ("fixed_broadband_speed", "national", "month", "2025-06-30", 165.42),
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 99.31),
        ],
    ),
    # 7. Ministry review (PDF) on the digital economy: year 2024 national share and growth, provinces'
    #    GRDP shares of 2023; traps: "gấp khoảng 3 lần", ICT revenue in USD, targets 20% / 30%.
    (
        """II. KINH TẾ SỐ
1. Năm 2024, quy mô kinh tế số của Việt Nam tiếp tục tăng trưởng nhanh; tỷ trọng
kinh tế số trong GDP ước đạt 18,3%, tốc độ tăng trưởng kinh tế số ước đạt khoảng
20%, cao gấp khoảng 3 lần tốc độ tăng trưởng GDP. Doanh thu công nghiệp công
nghệ thông tin ước đạt 158 tỷ USD.
2. Theo số liệu năm 2023 do Tổng cục Thống kê công bố, các địa phương có tỷ
trọng kinh tế số trong GRDP cao nhất là Bắc Ninh (31,4%), Thái Nguyên (28,9%)
và Hải Phòng (17,2%); nhiều tỉnh miền núi phía Bắc vẫn ở mức dưới 5%.
3. Mục tiêu đến năm 2025 tỷ trọng kinh tế số đạt 20% GDP; đến năm 2030 đạt
30% GDP.

Báo cáo số 512/BC-BKHCN ngày 11/3/2025                               9/24""",
        "2025-03-12",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20.0),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 31.4),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 28.9),
            ("digital_economy_gdp_share", "Hải Phòng", "year", "2023-12-31", 17.2),
        ],
    ),
    # 8. Whole press article (headline, byline, sapo, photo caption) on the UN survey 2024: rank of the
    #    edition's year, earlier edition in parentheses kept; traps: "tăng 15 bậc", Thailand, EPI rank, OSI.
    (
        """Chuyển đổi số
Việt Nam tăng 15 bậc về Chỉ số phát triển Chính phủ điện tử
Thứ Tư, 18/09/2024 10:25
Minh Anh

(PLVN) - Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc
vừa công bố, Việt Nam xếp hạng 71/193 quốc gia, vùng lãnh thổ về Chỉ số phát
triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022 (xếp hạng 86/193).

Lần đầu tiên Việt Nam được xếp vào nhóm các quốc gia có chỉ số EGDI ở mức
"Rất cao". Trong khu vực ASEAN, Việt Nam đứng thứ 5, sau Singapore, Malaysia,
Thái Lan (xếp thứ 52) và Brunei.

Ảnh minh họa: Người dân thực hiện thủ tục tại bộ phận một cửa. (Ảnh: TL)

Đáng chú ý, chỉ số thành phần dịch vụ trực tuyến (OSI) của Việt Nam đạt 0,7933
điểm, còn Chỉ số tham gia điện tử (EPI) xếp thứ 51/193.

Tin liên quan:
> Hà Nội dẫn đầu Chỉ số chuyển đổi số cấp tỉnh năm 2023""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 9. Thừa Thiên Huế appendix table (PDF) for the first half: district rows and the "sở, ban, ngành"
    #    row are traps; only the "Toàn tỉnh" row is the province's value.
    (
        """Phụ lục 02
KẾT QUẢ XỬ LÝ HỒ SƠ THỦ TỤC HÀNH CHÍNH TRỰC TUYẾN 6 THÁNG ĐẦU NĂM 2024
(Kèm theo Báo cáo số 215/BC-STTTT ngày 05/7/2024 của Sở Thông tin và Truyền thông
                              tỉnh Thừa Thiên Huế)

TT   Đơn vị                   Tỷ lệ hồ sơ      Tỷ lệ hồ sơ TT    Tỷ lệ khai thác,
                              trực tuyến (%)   toàn trình (%)    sử dụng lại dữ
                                                                 liệu số hóa (%)
1    Thành phố Huế            85,12            61,40             48,22
2    Thị xã Hương Thủy        80,37            55,09             39,71
3    Thị xã Hương Trà         77,85            49,63             36,18
4    Huyện Phú Vang           74,02            47,90             33,45
5    Huyện A Lưới             69,88            40,15             28,06
     Các sở, ban, ngành       81,53            58,77             44,90
     Toàn tỉnh                78,64            52,31             41,05

                                                                     Trang 1/2""",
        "2024-07-08",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "half", "2024-06-30", 78.64),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "half", "2024-06-30", 52.31),
            ("data_reuse_rate", "Thừa Thiên Huế", "half", "2024-06-30", 41.05),
        ],
    ),
    # 10. Bình Dương plan (DOCX) for 2025: a review of 2024 and a dated infrastructure level, then
    #     targets; traps: all the "phấn đấu" figures, 100% xã có hạ tầng (no id).
    (
        """KẾ HOẠCH
Chuyển đổi số tỉnh Bình Dương năm 2025

I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024
1. Năm 2024, tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến trên
địa bàn tỉnh đạt 56,3%; tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt
67,9%.
2. Về hạ tầng số, tính đến ngày 31/01/2025, tỷ lệ hộ gia đình có kết nối Internet
cáp quang trên địa bàn tỉnh đạt 91,6%; 100% xã, phường, thị trấn có hạ tầng băng
rộng cố định.
II. MỤC TIÊU NĂM 2025
- Phấn đấu 95% hộ gia đình có kết nối Internet cáp quang;
- 80% người dân trưởng thành sử dụng dịch vụ công trực tuyến;
- Tỷ lệ hồ sơ được xử lý trực tuyến đạt tối thiểu 80%.
III. NHIỆM VỤ, GIẢI PHÁP
1. Hoàn thiện thể chế ...""",
        "2025-02-14",
        [
            ("adult_population_using_dvctt_rate", "Bình Dương", "year", "2024-12-31", 56.3),
            ("online_dossier_rate", "Bình Dương", "year", "2024-12-31", 67.9),
            ("ftth_household_rate", "Bình Dương", "as_of", "2025-01-31", 91.6),
        ],
    ),
    # 11. Đề án 06 report (PDF) with a dated list: chip ID cards, VNeID accounts, 25/76 essential services,
    #     personal-ID rate; traps: "trong đó mức độ 2", "51 dịch vụ còn lại", activation share of adults.
    (
        """BỘ CÔNG AN
TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN 06
Số:  892 /BC-TCTĐA                       Hà Nội, ngày 07 tháng 10 năm 2024

                                   BÁO CÁO
   Kết quả triển khai Đề án 06 quý III năm 2024

...
2. Kết quả nổi bật (số liệu tính đến ngày 30/9/2024)
a) Đã cấp 87,6 triệu thẻ căn cước công dân gắn chip điện tử.
b) Tổng số tài khoản định danh điện tử được kích hoạt là 57,9 triệu tài khoản,
trong đó mức độ 2 là 52,3 triệu tài khoản, đạt khoảng 77% dân số từ 14 tuổi trở
lên.
c) Đã cung cấp trực tuyến toàn trình 25/76 dịch vụ công thiết yếu theo Đề án 06;
51 dịch vụ còn lại đang được các bộ, ngành hoàn thiện quy trình.
d) Tỷ lệ hồ sơ thủ tục hành chính được gắn mã số định danh cá nhân đạt 91,2%.

Tổ công tác Đề án 06                                                 Trang 3/10""",
        "2024-10-07",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-09-30", 87600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-09-30", 57900000.0),
            ("essential_services_full_process", "national", "as_of", "2024-09-30", 25.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-09-30", 91.2),
        ],
    ),
    # 12. State Bank press release (PDF) on Mobile Money: national customers and adults' accounts;
    #     traps: rural sub-count after "trong đó", 71,2% share, transaction value, one operator's figure.
    (
        """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
VỤ TRUYỀN THÔNG

                              THÔNG CẤP BÁO CHÍ
        Kết quả triển khai thí điểm dịch vụ Mobile Money đến tháng 5/2024

Tính đến ngày 31/5/2024, tổng số khách hàng sử dụng dịch vụ Mobile Money đạt
8,47 triệu khách hàng, trong đó khoảng 6,03 triệu khách hàng (chiếm 71,2%) tại
khu vực nông thôn, miền núi, biên giới, hải đảo; tổng giá trị giao dịch lũy kế đạt
5.412 tỷ đồng. Riêng Viettel Money có khoảng 5,6 triệu khách hàng.

Cùng với đó, đến cuối tháng 5/2024, tỷ lệ người trưởng thành có tài khoản thanh
toán tại ngân hàng đạt 87,1%, tiệm cận mục tiêu 90% đến hết năm 2025 theo Chiến
lược tài chính toàn diện quốc gia.

Mọi thông tin chi tiết xin liên hệ: Vụ Truyền thông - NHNN, ĐT: 024.3936.6306""",
        "2024-06-20",
        [
            ("mobile_money_customers", "national", "as_of", "2024-05-31", 8470000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-05-31", 87.1),
        ],
    ),
    # 13. Tax authority report excerpt (PDF) on e-invoices with the figure broken before "tỷ";
    #     traps: "trong đó" invoice types, cash-register invoices, petrol-station invoices, page header.
    (
        """TỔNG CỤC THUẾ                                  Báo cáo số 1931/BC-TCT
--------------------------------------------------------------------------------
3. Triển khai hóa đơn điện tử
Từ ngày 01/7/2022 đến ngày 15/5/2024, cơ quan thuế đã tiếp nhận và xử lý 6,72
tỷ hóa đơn điện tử, trong đó 2,08 tỷ hóa đơn có mã của cơ quan thuế và 4,64 tỷ
hóa đơn không có mã. Riêng hóa đơn điện tử khởi tạo từ máy tính tiền, đã có
68.915 doanh nghiệp, hộ kinh doanh đăng ký sử dụng với 1,43 tỷ hóa đơn.
Đối với lĩnh vực bán lẻ xăng dầu, 100% cửa hàng đã thực hiện xuất hóa đơn điện
tử theo từng lần bán hàng.
--------------------------------------------------------------------------------
                                                                         6""",
        "2024-05-20",
        [
            ("e_invoices_total", "national", "as_of", "2024-05-15", 6720000000.0),
        ],
    ),
    # 14. Year-end telecom review (PDF) with a spaced-out heading and a word split by extraction:
    #     levels of the year under review dated 31 December; traps: "tăng 1,6 triệu", telecom revenue.
    (
        """B Á O  C Á O
TỔNG KẾT CÔNG TÁC NĂM 2023 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024
(Lĩnh vực viễn thông, Internet)

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Phát triển hạ tầng và thị trường
Năm 2023, tổng số thuê bao băng rộng cố định đạt 22,8 triệu thuê bao, tăng 1,6
triệu thuê bao so với năm 2022; mật độ thuê bao băng rộng cố đ ịnh đạt 22,7 thuê
bao/100 dân. Số thuê bao băng rộng di động đạt 85,3 triệu, tương đương 85,1 thuê
bao/100 dân. Tỷ lệ người sử dụng Internet ước đạt 79,1% dân số.
Doanh thu dịch vụ viễn thông đạt khoảng 146.000 tỷ đồng.

                                      - 5 -""",
        "2024-01-15",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22800000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 22.7),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 85300000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 85.1),
            ("internet_users_rate", "national", "as_of", "2023-12-31", 79.1),
        ],
    ),
    # 15. Lào Cai provincial report (PDF): villages without coverage and coverage rate of the province;
    #     traps: a district's 14 villages, plan for 2025 (40 thôn), page header.
    (
        """UBND TỈNH LÀO CAI                                    Số: 604/BC-UBND
--------------------------------------------------------------------------------
2. Hạ tầng viễn thông
- Đến ngày 15/11/2024, toàn tỉnh còn 87 thôn, bản chưa có sóng điện thoại di
động; tỷ lệ thôn, bản có sóng di động băng rộng đạt 95,7%. Các thôn chưa có
sóng tập trung ở huyện Si Ma Cai (14 thôn), Mường Khương và Bát Xát.
- Kế hoạch năm 2025, các doanh nghiệp viễn thông phủ sóng thêm 40 thôn, bản;
phấn đấu đến hết năm 2025 không còn thôn, bản lõm sóng.
--------------------------------------------------------------------------------
                                                                     Trang 4/7""",
        "2024-11-20",
        [
            ("villages_without_mobile_coverage", "Lào Cai", "as_of", "2024-11-15", 87.0),
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2024-11-15", 95.7),
        ],
    ),
    # 16. Ministry report (PDF) on the "Sóng và máy tính cho em" programme: covered share of dead-zone
    #     villages and the national stock; traps: 1.519/1.838 (count of covered, no id), "trong đó 319".
    (
        """c) Chương trình "Sóng và máy tính cho em"
Tính đến ngày 31/01/2024, các doanh nghiệp viễn thông đã phủ sóng 1.519/1.838
thôn lõm sóng có điện lưới, đạt tỷ lệ 82,6%. Cũng tính đến thời điểm này, cả nước
còn 1.014 thôn, bản chưa có sóng thông tin di động, trong đó 319 thôn có điện
lưới và 695 thôn chưa có điện lưới.
Bộ đã giao Quỹ Dịch vụ viễn thông công ích Việt Nam phối hợp với các doanh
nghiệp hoàn thành phủ sóng các thôn có điện lưới trong quý II/2024.

Số: 318/BC-BTTTT                                                   Trang 7/15""",
        "2024-02-01",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-01-31", 82.6),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-01-31", 1014.0),
        ],
    ),
    # 17. VPCP administrative-reform report (PDF): procedures simplified out of 1.084 and EMC connection;
    #     traps: "245/1.084 chưa thực thi" (remainder), 19 nghị quyết chuyên đề (documents), page header.
    (
        """VĂN PHÒNG CHÍNH PHỦ                             Báo cáo số 5371/BC-VPCP
--------------------------------------------------------------------------------
II. KẾT QUẢ CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1. Thực thi phương án cắt giảm, đơn giản hóa
Chính phủ đã ban hành 19 nghị quyết chuyên đề phê duyệt phương án cắt giảm, đơn
giản hóa thủ tục hành chính liên quan đến hoạt động kinh doanh. Tính đến ngày
31/7/2024, đã có 839/1.084 thủ tục hành chính được thực thi phương án cắt giảm,
đơn giản hóa; còn 245/1.084 thủ tục chưa được thực thi.
2. Theo dõi, đánh giá qua Hệ thống EMC
Cùng thời điểm, tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp
tỉnh kết nối đầy đủ với Hệ thống thông tin giám sát, đo lường mức độ cung cấp và
sử dụng dịch vụ Chính phủ số (EMC) đạt 91,3%.""",
        "2024-08-12",
        [
            ("procedures_simplified", "national", "as_of", "2024-07-31", 839.0),
            ("emc_connection_rate", "national", "as_of", "2024-07-31", 91.3),
        ],
    ),
    # 18. Quảng Ninh nine-month report (PDF): satisfaction and online-dossier rates of the province, ytd;
    #     traps: Hạ Long city's 99,5%, "tăng 0,5 điểm phần trăm", PAR Index rank.
    (
        """UBND TỈNH QUẢNG NINH
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 412/BC-TTPVHCC                   Quảng Ninh, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả giải quyết thủ tục hành chính 9 tháng năm 2024

1. Lũy kế 9 tháng năm 2024, tỷ lệ người dân, doanh nghiệp hài lòng khi giải quyết
thủ tục hành chính tại các cấp của tỉnh đạt 98,7%, tăng 0,5 điểm phần trăm so với
cùng kỳ; riêng Trung tâm Phục vụ hành chính công thành phố Hạ Long đạt 99,5%.
2. Tỷ lệ hồ sơ tiếp nhận trực tuyến 9 tháng đạt 87,4%.
3. Tỉnh tiếp tục giữ vị trí dẫn đầu cả nước về Chỉ số cải cách hành chính (PAR
Index) năm 2023 với 91,75 điểm.

                                                                          2""",
        "2024-10-10",
        [
            ("satisfaction_rate", "Quảng Ninh", "ytd", "2024-09-30", 98.7),
            ("online_dossier_rate", "Quảng Ninh", "ytd", "2024-09-30", 87.4),
        ],
    ),
    # 19. National monthly report (PDF) with a ministries/localities/national table whose headers date
    #     the columns (level at 31/8, dossiers of August); trap: the "Kế hoạch năm 2024" row.
    (
        """Bảng 1. Kết quả cung cấp dịch vụ công trực tuyến và xử lý hồ sơ
                   Tỷ lệ DVCTT toàn     Tỷ lệ hồ sơ       Tỷ lệ hồ sơ trực
                   trình/tổng số        trực tuyến (%)    tuyến toàn trình (%)
                   TTHC (%)             (tháng 8/2024)    (tháng 8/2024)
                   (đến 31/8/2024)
Bộ, ngành          47,9                 52,6              31,8
Địa phương         45,3                 41,2              26,4
Toàn quốc          46,1                 43,5              27,6
Kế hoạch năm 2024  80                   50                -
Nguồn: Hệ thống EMC, số liệu trích xuất ngày 03/9/2024.

Số: 3562/BC-BTTTT                                                   Trang 6/18""",
        "2024-09-06",
        [
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-08-31", 47.9),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-08-31", 45.3),
            ("dvctt_full_process_rate", "national", "as_of", "2024-08-31", 46.1),
            ("online_dossier_rate", "ministries", "month", "2024-08-31", 52.6),
            ("online_dossier_rate", "localities", "month", "2024-08-31", 41.2),
            ("online_dossier_rate", "national", "month", "2024-08-31", 43.5),
            ("online_dossier_full_process_rate", "ministries", "month", "2024-08-31", 31.8),
            ("online_dossier_full_process_rate", "localities", "month", "2024-08-31", 26.4),
            ("online_dossier_full_process_rate", "national", "month", "2024-08-31", 27.6),
        ],
    ),
    # 20. National nine-month review (PDF) with numbered items broken across lines: ytd rates;
    #     traps: "cao hơn 4,1 điểm phần trăm", Bộ Tài chính's 78,5% (one named ministry), target 50%.
    (
        """III. KẾT QUẢ PHÁT TRIỂN CHÍNH PHỦ SỐ 9 THÁNG ĐẦU NĂM 2024
1. Trong 9 tháng đầu năm 2024:
a) Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 52,6%.
b) Tỷ lệ người dân trưởng thành sử dụng dịch vụ công trực tuyến đạt 48,3%, cao
hơn 4,1 điểm phần trăm so với cùng kỳ năm 2023 nhưng còn thấp so với mục tiêu
50%.
c) Tỷ lệ hồ sơ có khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 37,9%;
một số bộ thực hiện tốt như Bộ Tài chính (78,5%).

Báo cáo số 4211/BC-BTTTT                                          Trang 8 / 20""",
        "2024-10-15",
        [
            ("dvctt_with_dossiers_rate", "national", "ytd", "2024-09-30", 52.6),
            ("adult_population_using_dvctt_rate", "national", "ytd", "2024-09-30", 48.3),
            ("data_reuse_rate", "national", "ytd", "2024-09-30", 37.9),
        ],
    ),
    # 21. Hà Nội year-end report (DOCX): year 2024 dossier rate and 5G stations at year end;
    #     traps: Viettel Hà Nội's 800 stations, the 2025 target, count of meetings.
    (
        """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI

BÁO CÁO
Tổng kết công tác chuyển đổi số năm 2024, nhiệm vụ trọng tâm năm 2025

I. KẾT QUẢ NĂM 2024
- Năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn
Thành phố đạt 72,1%; Ban Chỉ đạo chuyển đổi số Thành phố đã tổ chức 04 phiên
họp định kỳ.
- Đến hết năm 2024, toàn Thành phố có 1.318 trạm BTS 5G đã phát sóng, riêng
Viettel Hà Nội lắp đặt khoảng 800 trạm.
II. NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 có trên 3.000 trạm 5G, phủ sóng 100% khu vực nội thành.""",
        "2025-01-08",
        [
            ("online_dossier_rate", "Hà Nội", "year", "2024-12-31", 72.1),
            ("fiveg_bts_count", "Hà Nội", "as_of", "2024-12-31", 1318.0),
        ],
    ),
    # 22. National report (PDF) where a page break (footer + header) cuts the localities' clause in
    #     two; dvctt_rate and the eligible-procedures split; trap: page number 5/16, document number.
    (
        """2. Cung cấp dịch vụ công trực tuyến
Tính đến ngày 31/5/2024, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức
dịch vụ công trực tuyến đạt 79,6%. Tỷ lệ cung cấp dịch vụ công trực tuyến toàn
trình trên tổng số thủ tục hành chính đủ điều kiện: các bộ, ngành đạt 96,4%; các địa

                                                                              5
--------------------------------------------------------------------------------
Số: 2250/BC-BTTTT                                                   Trang 5/16
--------------------------------------------------------------------------------
phương đạt 93,8%.
3. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ...""",
        "2024-06-07",
        [
            ("dvctt_rate", "national", "as_of", "2024-05-31", 79.6),
            ("full_process_provision_rate", "ministries", "as_of", "2024-05-31", 96.4),
            ("full_process_provision_rate", "localities", "as_of", "2024-05-31", 93.8),
        ],
    ),
    # 23. Steering committee notice (PDF, 2025) with I./1./a)/- numbering: five-month ytd figures;
    #     traps: 35 tasks, "tăng 1,7 lần", target 60%, "Nơi nhận" list with copy counts.
    (
        """BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ,
ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ
VĂN PHÒNG BAN CHỈ ĐẠO
Số: 27-TB/VPBCĐ                            Hà Nội, ngày 12 tháng 6 năm 2025

THÔNG BÁO
Kết luận tại phiên họp giao ban tháng 5/2025

I. TÌNH HÌNH, KẾT QUẢ
1. Về chính phủ số
a) 5 tháng đầu năm 2025:
- Tỷ lệ hồ sơ trực tuyến toàn quốc đạt 46,8%.
- Nền tảng NDXP ghi nhận 392,5 triệu giao dịch, tăng 1,7 lần so với cùng
kỳ.
b) Các bộ, ngành, địa phương đã triển khai 35 nhiệm vụ ...
II. NHIỆM VỤ THỜI GIAN TỚI
Phấn đấu hết năm 2025 tỷ lệ hồ sơ trực tuyến đạt trên 60%.

Nơi nhận:                                    T/L BAN CHỈ ĐẠO
- Các đồng chí thành viên BCĐ;               CHÁNH VĂN PHÒNG
- Các bộ, ngành, địa phương (63);
- Lưu VPBCĐ (02b).""",
        "2025-06-12",
        [
            ("online_dossier_rate", "national", "ytd", "2025-05-31", 46.8),
            ("ndxp_transactions_period", "national", "ytd", "2025-05-31", 392500000.0),
        ],
    ),
    # 24. District report (PDF) of Đông Anh: the district's own rate is a trap, the city average given
    #     in parentheses is Hà Nội's quarterly value; trap: a commune's 100%.
    (
        """UBND HUYỆN ĐÔNG ANH                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                           Độc lập - Tự do - Hạnh phúc
Số: 1025/BC-UBND                       Đông Anh, ngày 08 tháng 10 năm 2024

                                  BÁO CÁO
       Kết quả cải cách hành chính, chuyển đổi số quý III năm 2024

1. Quý III/2024, tỷ lệ hồ sơ trực tuyến của huyện đạt 93,2%, cao hơn bình quân
chung của thành phố Hà Nội (79,5%); xã Uy Nỗ đạt 100%.
2. Huyện đã tổ chức 12 lớp tập huấn kỹ năng số cho 1.450 lượt cán bộ, người
dân.

Nơi nhận:                                    TM. ỦY BAN NHÂN DÂN
- UBND Thành phố;                            KT. CHỦ TỊCH
- Sở Nội vụ, Sở TT&TT;                       PHÓ CHỦ TỊCH
- Lưu: VT.""",
        "2024-10-09",
        [
            ("online_dossier_rate", "Hà Nội", "quarter", "2024-09-30", 79.5),
        ],
    ),
    # 25. Whole press article comparing 5G with other countries: Vietnam's level at end of March;
    #     traps: Korea's and Thailand's coverage, the 2030 target, upload speed, byline date.
    (
        """Công nghệ > Viễn thông
5G Việt Nam sau nửa năm thương mại: vùng phủ còn khiêm tốn
22/04/2025 06:00 GMT+7
Hoàng Nam

Theo Cục Viễn thông, tính đến hết tháng 3/2025, cả nước có hơn 8.200 trạm 5G,
vùng phủ sóng 5G đạt 26,5% dân số. Con số này vẫn thấp xa so với Hàn Quốc
(khoảng 95% dân số) hay Thái Lan (85%).

Các chuyên gia cho rằng tốc độ tải lên trên mạng 5G tại Việt Nam, trung bình 62
Mbps, còn thấp so với kỳ vọng. Theo Chiến lược hạ tầng số, đến năm 2030 mạng
5G phải phủ sóng 99% dân số.

Bình luận (12)  |  Chia sẻ  |  In bài""",
        "2025-04-22",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 8200.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 26.5),
        ],
    ),
    # 26. Portal page on Internet use: the ministry's figure for end-2024 is the value; traps: the
    #     vendor report's users and share (DataReportal), "tăng 2,1 điểm phần trăm".
    (
        """Trang chủ > Tin tức > Hạ tầng số
Tỷ lệ người dân sử dụng Internet tiếp tục tăng
Ngày đăng: 20/02/2025

Theo số liệu của Bộ Thông tin và Truyền thông, đến hết năm 2024, tỷ lệ người dân
sử dụng Internet đạt 84,2%, tăng 2,1 điểm phần trăm so với năm trước.

Trong khi đó, báo cáo Digital 2025 do We Are Social và Meltwater công bố cho
biết Việt Nam có 79,8 triệu người dùng Internet, chiếm 78,8% dân số; thời gian
sử dụng Internet trung bình mỗi ngày là 6 giờ 18 phút.

Tags: Internet, hạ tầng số""",
        "2025-02-20",
        [
            ("internet_users_rate", "national", "as_of", "2024-12-31", 84.2),
        ],
    ),
    # 27. Newspaper article saved from a PDF e-paper: share of subscriptions on smartphones and their
    #     count; traps: share of adults owning a smartphone (people, survey), "tăng 3,5 triệu".
    (
        """BÁO ĐIỆN TỬ - SỐ 227 - THỨ NĂM 15/8/2024                                   TRANG 7

SMARTPHONE PHỦ KHẮP: KHOẢNG CÁCH SỐ ĐANG THU HẸP

Theo Cục Viễn thông, tính đến tháng 6/2024, tỷ lệ thuê bao di động sử dụng điện
thoại thông minh đạt 86,3%, tương ứng khoảng 109,6 triệu thuê bao, tăng 3,5
triệu thuê bao so với cuối năm 2023.
Một khảo sát của Decision Lab công bố cùng tháng cho thấy 87,5% người trưởng
thành tại Việt Nam có điện thoại thông minh.
                                                              (Xem tiếp trang 9)""",
        "2024-08-15",
        [
            ("smartphone_subscriber_rate", "national", "as_of", "2024-06-30", 86.3),
            ("smartphone_subscriptions", "national", "as_of", "2024-06-30", 109600000.0),
        ],
    ),
    # 28. VPCP year-end 2023 review (PDF): portal flows for the year and cumulative stocks since launch;
    #     traps: the derived daily figure (khoảng 32 nghìn), "tăng 26%", page footer.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 214/BC-VPCP                          Hà Nội, ngày 12 tháng 01 năm 2024

BÁO CÁO
Tình hình, kết quả vận hành Cổng Dịch vụ công quốc gia năm 2023

1. Năm 2023, Cổng Dịch vụ công quốc gia đã tiếp nhận 8,2 triệu hồ sơ trực tuyến
(bình quân khoảng 32 nghìn hồ sơ mỗi ngày làm việc); thực hiện 6,65 triệu giao
dịch thanh toán trực tuyến với số tiền hơn 6.440 tỷ đồng, tăng 26% so với năm 2022.
2. Lũy kế từ khi khai trương (tháng 12/2019) đến ngày 31/12/2023, Cổng đã tiếp
nhận 35,6 triệu hồ sơ trực tuyến; thực hiện 25,1 triệu giao dịch thanh toán trực
tuyến với tổng số tiền 15.738 tỷ đồng.

                                                                  Trang 2/8""",
        "2024-01-12",
        [
            ("national_portal_dossiers_new", "national", "year", "2023-12-31", 8200000.0),
            ("online_payments_count_new", "national", "year", "2023-12-31", 6650000.0),
            ("online_payments_value_new", "national", "year", "2023-12-31", 6440.0),
            ("national_portal_dossiers", "national", "as_of", "2023-12-31", 35600000.0),
            ("online_payments_count", "national", "as_of", "2023-12-31", 25100000.0),
            ("online_payments_value", "national", "as_of", "2023-12-31", 15738.0),
        ],
    ),
    # 29. One ministry's own report (PDF, Bộ Công Thương): its own rates are traps; the average of all
    #     ministries for the half is the value; trap: "cao gấp 2 lần".
    (
        """BỘ CÔNG THƯƠNG
Số: 5120/BC-BCT                            Hà Nội, ngày 10 tháng 7 năm 2024

                                  BÁO CÁO
     Tình hình cung cấp dịch vụ công trực tuyến 6 tháng đầu năm 2024

1. Trong 6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến của Bộ Công Thương đạt
98,7%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 96,1%, cao gấp 2 lần bình quân
chung; bình quân chung của các bộ, ngành trong cùng kỳ là 41,3%.
2. Bộ đang cung cấp 250 dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ
công quốc gia.

                                                                          3""",
        "2024-07-12",
        [
            ("online_dossier_rate", "ministries", "half", "2024-06-30", 41.3),
        ],
    ),
    # 30. Ninh Bình report (PDF), eleven months cumulative: province's rates; traps: cấp xã 81,3%
    #     (a part of the same measure), one commune's 100%, online payment share (no id).
    (
        """UBND TỈNH NINH BÌNH
Số: 388/BC-UBND                          Ninh Bình, ngày 04 tháng 12 năm 2024

BÁO CÁO
Tình hình thực hiện Đề án 06 và chuyển đổi số tháng 11 năm 2024

...
- Lũy kế 11 tháng năm 2024, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 76,5%, trong
đó cấp xã đạt 81,3%; xã Gia Sinh (huyện Gia Viễn) đạt 100%.
- Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử lũy kế từ đầu năm đạt
95,8%; tỷ lệ thanh toán trực tuyến đạt 42,6%.

                                                                 Trang 2/5""",
        "2024-12-05",
        [
            ("online_dossier_rate", "Ninh Bình", "ytd", "2024-11-30", 76.5),
            ("e_result_rate", "Ninh Bình", "ytd", "2024-11-30", 95.8),
        ],
    ),
    # 31. Nghệ An second-quarter report issued late (15/8): "Hiện nay" in a quarterly review more than
    #     35 days after the quarter is dated at 30/6; traps: target 85%, a district's 9 villages.
    (
        """UBND TỈNH NGHỆ AN
Số: 671/BC-UBND                           Nghệ An, ngày 15 tháng 8 năm 2024

                                  BÁO CÁO
              Kết quả thực hiện chuyển đổi số quý II năm 2024

1. Trong quý II/2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên
địa bàn tỉnh đạt 64,8%.
2. Hiện nay, tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn tỉnh đạt
78,4% (mục tiêu năm 2025 là 85%); toàn tỉnh còn 46 thôn, bản chưa có sóng điện
thoại di động, riêng huyện Kỳ Sơn còn 9 bản.

                                                                          2""",
        "2024-08-20",
        [
            ("online_dossier_rate", "Nghệ An", "quarter", "2024-06-30", 64.8),
            ("ftth_household_rate", "Nghệ An", "as_of", "2024-06-30", 78.4),
            ("villages_without_mobile_coverage", "Nghệ An", "as_of", "2024-06-30", 46.0),
        ],
    ),
    # 32. Khánh Hòa plan (DOCX) with a table flattened to pipe-less lines: the "Thực hiện năm 2023"
    #     column holds values, the "Kế hoạch năm 2024" column is a target.
    (
        """Phụ lục I
MỘT SỐ CHỈ TIÊU CHUYỂN ĐỔI SỐ CỦA TỈNH KHÁNH HÒA
(Kèm theo Kế hoạch số 1035/KH-UBND ngày 24/01/2024 của UBND tỉnh)

TT  Chỉ tiêu                                  Đơn vị   Thực hiện    Kế hoạch
                                                       năm 2023     năm 2024
1   Tỷ lệ DVCTT toàn trình/tổng số TTHC       %        54,2         80
2   Tỷ lệ hồ sơ xử lý trực tuyến              %        61,7         70
3   Tỷ lệ cấp kết quả giải quyết TTHC         %        88,5         100
    điện tử
4   Tỷ lệ hộ gia đình có kết nối cáp quang    %        83,9         90
5   Tỷ lệ người dân trưởng thành sử dụng      %        41,6         50
    DVCTT""",
        "2024-01-25",
        [
            ("dvctt_full_process_rate", "Khánh Hòa", "as_of", "2023-12-31", 54.2),
            ("online_dossier_rate", "Khánh Hòa", "year", "2023-12-31", 61.7),
            ("e_result_rate", "Khánh Hòa", "year", "2023-12-31", 88.5),
            ("ftth_household_rate", "Khánh Hòa", "as_of", "2023-12-31", 83.9),
            ("adult_population_using_dvctt_rate", "Khánh Hòa", "year", "2023-12-31", 41.6),
        ],
    ),
    # 33. Monthly report (PDF) of October 2024: stock broken before "triệu", the month's new accounts,
    #     ten-month cumulative flows; traps: "tăng 12,4%", page header, document number.
    (
        """Số: 4702/BC-BTTTT                                            Trang 3/14
--------------------------------------------------------------------------------
b) Cổng Dịch vụ công quốc gia
- Tính đến ngày 31/10/2024, tổng số tài khoản đăng ký trên Cổng Dịch vụ công
quốc gia là 13,27
triệu tài khoản; trong tháng 10/2024 có 468.205 tài khoản đăng ký mới, tăng
12,4% so với tháng 9/2024.
- Lũy kế từ đầu năm 2024, Cổng Dịch vụ công quốc gia đã tiếp nhận 19,84 triệu
hồ sơ trực tuyến; thực hiện 8,92 triệu giao dịch thanh toán trực tuyến với tổng
số tiền 7.306 tỷ đồng.""",
        "2024-11-06",
        [
            ("national_portal_accounts", "national", "as_of", "2024-10-31", 13270000.0),
            ("national_portal_accounts_new", "national", "month", "2024-10-31", 468205.0),
            ("national_portal_dossiers_new", "national", "ytd", "2024-10-31", 19840000.0),
            ("online_payments_count_new", "national", "ytd", "2024-10-31", 8920000.0),
            ("online_payments_value_new", "national", "ytd", "2024-10-31", 7306.0),
        ],
    ),
    # 34. Whole government-portal article on NDXP in 2024: year total, daily average, cumulative to end
    #     of year; traps: "tăng 28%", a ministry's 112 triệu (Bộ Công an), the 2025 target.
    (
        """(Chinhphu.vn) - NDXP: Gần 840 triệu giao dịch trong năm 2024
10/01/2025 15:42

Năm 2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 836,2
triệu giao dịch, trung bình 2,28 triệu giao dịch mỗi ngày, tăng 28% so với năm
2023. Lũy kế từ năm 2019 đến hết năm 2024, tổng số giao dịch qua NDXP đạt
3,36 tỷ giao dịch.

Riêng các giao dịch khai thác Cơ sở dữ liệu quốc gia về dân cư của Bộ Công an
qua NDXP đạt 112 triệu. Năm 2025, Bộ Thông tin và Truyền thông đặt mục tiêu
NDXP đạt trên 1 tỷ giao dịch.

Hải Minh""",
        "2025-01-10",
        [
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 836200000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-12-31", 2280000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-31", 3360000000.0),
        ],
    ),
    # 35. VPCP notice (PDF) with a footnote marker glued to a word ("chưa đồng đều5") whose body gives
    #     September's full-process dossier shares by ministries/localities; trap: deadline 31/12/2024.
    (
        """... Tỷ lệ hồ sơ trực tuyến toàn trình giữa các bộ, ngành và địa phương còn chưa
đồng đều5. Yêu cầu các bộ, ngành, địa phương hoàn thành tái cấu trúc quy trình
trước ngày 31/12/2024.
_____________
5 Tỷ lệ hồ sơ trực tuyến toàn trình tháng 9/2024: bộ, ngành đạt 36,4%; địa phương
đạt 24,9%.

Số: 402/TB-VPCP                                                       Trang 2/3""",
        "2024-10-04",
        [
            ("online_dossier_full_process_rate", "ministries", "month", "2024-09-30", 36.4),
            ("online_dossier_full_process_rate", "localities", "month", "2024-09-30", 24.9),
        ],
    ),
    # 36. Long An report (PDF): the province's full-process share at a date; traps: DTI rank 9/63,
    #     Tân An city's rate, "tăng 6,3 điểm phần trăm".
    (
        """UBND TỈNH LONG AN
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 2318/BC-STTTT                         Long An, ngày 05 tháng 12 năm 2024

                                  BÁO CÁO
                  Tình hình chuyển đổi số tháng 11 năm 2024

1. Đến ngày 30/11/2024, tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực
tuyến toàn trình của tỉnh đạt 51,7%, tăng 6,3 điểm phần trăm so với đầu năm;
thành phố Tân An đạt 58,2%.
2. Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023 của Long An xếp thứ 9/63.""",
        "2024-12-06",
        [
            ("dvctt_full_process_rate", "Long An", "as_of", "2024-11-30", 51.7),
        ],
    ),
    # 37. Operator table (PDF) of 5G stations at end-2024: only the total row is national;
    #     traps: each operator's row, the coverage target.
    (
        """Bảng 3. Số trạm BTS 5G theo doanh nghiệp (tính đến 31/12/2024)
STT   Doanh nghiệp        Số trạm 5G    Tỉnh, thành phố có sóng
1     Viettel             6.105         63
2     VNPT                912           28
3     MobiFone            345           12
      Tổng cộng           7.362         -
Vùng phủ sóng 5G đến 31/12/2024 ước đạt 22,4% dân số; mục tiêu năm 2025 đạt
40%.

Báo cáo số 35/BC-CVT                                               Trang 3/6""",
        "2025-01-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-12-31", 7362.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-12-31", 22.4),
        ],
    ),
    # 38. Year-2024 review (PDF excerpt) with no sidecar date: the text dates its figures itself
    #     ("Năm 2024"); traps: "tăng 3,7 điểm phần trăm", target 2025.
    (
        """Trang 11
--------------------------------------------------------------------------------
4. Kết quả cung cấp, sử dụng dịch vụ công trực tuyến năm 2024
Năm 2024, tỷ lệ hồ sơ trực tuyến toàn quốc đạt 45,1%, tăng 3,7 điểm phần trăm
so với năm 2023; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt
82,3%; tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành
chính đạt 89,6%. Năm 2025 phấn đấu tỷ lệ hồ sơ trực tuyến đạt 60%.
--------------------------------------------------------------------------------""",
        None,
        [
            ("online_dossier_rate", "national", "year", "2024-12-31", 45.1),
            ("e_result_rate", "national", "year", "2024-12-31", 82.3),
            ("satisfaction_rate", "national", "year", "2024-12-31", 89.6),
        ],
    ),
    # 39. Cyber-security report (PDF) for a reporting window (16/9-15/10): the window is the period;
    #     traps: "giảm 9,2%", 41 websites lừa đảo bị chặn (no id), page number.
    (
        """2. Tình hình tấn công mạng
Trong kỳ báo cáo (từ ngày 16/9/2024 đến ngày 15/10/2024), Cục An toàn thông tin
ghi nhận 612 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt
Nam, giảm 9,2% so với kỳ trước. Cục đã ngăn chặn 41 trang web lừa đảo giả mạo
cơ quan nhà nước.

                                                                     - 2 -""",
        "2024-10-18",
        [
            ("cyberattacks", "national", "month", "2024-10-15", 612.0),
        ],
    ),
    # 40. Info-security report (PDF) with a ministries/localities/national split at a date;
    #     traps: 312 hệ thống (count, no id), the deadline, document number in footer.
    (
        """3. Bảo đảm an toàn thông tin theo cấp độ
Tính đến ngày 30/11/2024, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề
xuất cấp độ của các bộ, ngành đạt 93,5%, của các địa phương đạt 81,2%; tính
chung cả nước đạt 84,9%. Còn 312 hệ thống chưa được phê duyệt, yêu cầu hoàn
thành trước ngày 31/12/2024.

Số: 5018/BC-BTTTT                                                  Trang 9/13""",
        "2024-12-10",
        [
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-11-30", 93.5),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-11-30", 81.2),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-11-30", 84.9),
        ],
    ),
    # 41. Notice excerpt (PDF) with no sidecar date, dated in text: essential services, fee-reduction
    #     provinces and EMC; traps: "25 dịch vụ còn lại", "02 địa phương chưa ban hành", signature block.
    (
        """2. Kết quả thực hiện (số liệu tính đến ngày 15/3/2025)
- Đã cung cấp trực tuyến toàn trình 51/76 dịch vụ công thiết yếu theo Đề án 06;
25 dịch vụ còn lại đang được hoàn thiện.
- Đã có 61/63 địa phương ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí
khi thực hiện dịch vụ công trực tuyến; 02 địa phương chưa ban hành.
- Tỷ lệ hệ thống giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ
với Hệ thống EMC đạt 96,8%.

                                            KT. THỦ TƯỚNG
                                            PHÓ THỦ TƯỚNG""",
        None,
        [
            ("essential_services_full_process", "national", "as_of", "2025-03-15", 51.0),
            ("localities_fee_reduction", "national", "as_of", "2025-03-15", 61.0),
            ("emc_connection_rate", "national", "as_of", "2025-03-15", 96.8),
        ],
    ),
    # 42. Provincial report (PDF) of Bắc Giang with a hyphen-broken word and a glued footnote marker
    #     after a number's "%": month values; traps: footnote target, Lục Nam district's rate.
    (
        """UBND TỈNH BẮC GIANG                                     Số: 276/BC-UBND
--------------------------------------------------------------------------------
1. Trong tháng 4/2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuy-
ến trên địa bàn tỉnh đạt 88,9%2; tỷ lệ hồ sơ trực tuyến toàn trình đạt 57,3%;
huyện Lục Nam có tỷ lệ thấp nhất (62,1%).
2. Tỷ lệ hồ sơ có khai thác, sử dụng lại thông tin, dữ liệu số hóa trong tháng
đạt 46,5%.
_____________
2 Chỉ tiêu giao tại Kế hoạch số 45/KH-UBND là 90%.
                                                                      Trang 2/6""",
        "2024-05-06",
        [
            ("online_dossier_rate", "Bắc Giang", "month", "2024-04-30", 88.9),
            ("online_dossier_full_process_rate", "Bắc Giang", "month", "2024-04-30", 57.3),
            ("data_reuse_rate", "Bắc Giang", "month", "2024-04-30", 46.5),
        ],
    ),
    # 43. Report excerpt (DOCX) with no sidecar date, the quarter named in text: NDXP flows and
    #     connected agencies at a date; traps: "trong đó 24 bộ", "tăng 18%", upcoming target.
    (
        """a) Nền tảng NDXP
- Quý I/2025, NDXP có 226,4 triệu giao dịch, tăng 18% so với cùng kỳ; hàng ngày
có trung bình khoảng 2,52 triệu giao dịch.
- Tính đến ngày 31/3/2025, có 109 bộ, ngành, địa phương kết nối với NDXP (trong
đó 24 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ); số điểm kết nối đạt 118.
- Kế hoạch quý II/2025 kết nối thêm 05 cơ sở dữ liệu chuyên ngành.""",
        None,
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 226400000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 2520000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2025-03-31", 109.0),
            ("ndxp_connection_points", "national", "as_of", "2025-03-31", 118.0),
        ],
    ),
]
