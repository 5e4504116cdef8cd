"""Genre probes, round 131: official document excerpts, tables, plan columns, footnotes, ministry/locality splits, written blind.

First reading (the stop's start code 6a3524e read it): 166 of 177 right, 166 of 209 found (0.94 / 0.79). Fitted after that reading (stop 47): a unit line under a caption ("Đơn vị tính: triệu giao dịch"), "Cùng kỳ" after a half's column, days down the rows under "Thời điểm", a heading over an aside "(Kèm theo …)", level columns with unit brackets, rows left out ("..."), sum rows ("Cộng các bộ, ngành"), a short share column, the Government's notice naming a city in one item, a lead's own words for its breakdown, a city's own list of services, an EGDI rank's label, a count's aside "(gồm cả …)", a programme's base "được rà soát", "Chín tháng, …" opening a headline, a page's notes under their rule numbered on from earlier pages ("4 Tính đến ngày 15/12/2024, …"): 209 of 209, 209 of 209.
"""

CASES = [
    # 1. Monthly report of the Ministry (April 2024), numbered sections a/b/c; flows go on _new twins, NDXP daily average over the month.
    # Traps: "tăng 10,2%" change, "trên 80%" target, "giảm 14,3%" change, section II targets and a count of conferences; the March figure in parentheses IS kept.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                  Độc lập - Tự do - Hạnh phúc
Số: 1687/BC-BTTTT                                 Hà Nội, ngày 08 tháng 5 năm 2024

BÁO CÁO
Tình hình triển khai chuyển đổi số quốc gia tháng 4 năm 2024

Kính gửi: Thủ tướng Chính phủ.

I. KẾT QUẢ NỔI BẬT TRONG THÁNG
1. Về hạ tầng số
a) Tính đến hết tháng 4/2024, tổng số thuê bao băng rộng cố định đạt 22,9 triệu thuê bao, tăng 10,2% so với cùng kỳ năm 2023.
b) Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng (FTTH) tính đến ngày 30/4/2024 đạt 79,6%; mục tiêu đến năm 2025 là trên 80%.
2. Về phát triển Chính phủ số
a) Trong tháng 4/2024, Cổng Dịch vụ công quốc gia có 386.214 tài khoản đăng ký mới, tiếp nhận 1.052.637 hồ sơ trực tuyến; ghi nhận 2.416.880 giao dịch thanh toán trực tuyến với tổng số tiền 1.487 tỷ đồng.
b) Lũy kế đến ngày 30/4/2024, số tài khoản đăng ký trên Cổng Dịch vụ công quốc gia đạt 11.028.460 tài khoản.
c) Trong tháng 4/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 104.559.112 giao dịch, trung bình mỗi ngày 3,48 triệu giao dịch.
3. Về bảo đảm an toàn thông tin mạng
Trong tháng 4/2024, hệ thống kỹ thuật của Bộ đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.112 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 14,3% so với tháng 3/2024 (1.298 cuộc).

II. NHIỆM VỤ TRỌNG TÂM THÁNG 5/2024
1. Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia đạt tối thiểu 50%.
2. Tổ chức 03 hội nghị tập huấn về chuyển đổi số cho cán bộ cấp xã tại các tỉnh miền núi phía Bắc.

Nơi nhận:
- Như trên;
- Lưu: VT, CĐSQG.""",
        "2024-05-08",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-04-30", 22900000.0),
            ("ftth_household_rate", "national", "as_of", "2024-04-30", 79.6),
            ("national_portal_accounts_new", "national", "month", "2024-04-30", 386214.0),
            ("national_portal_dossiers_new", "national", "month", "2024-04-30", 1052637.0),
            ("online_payments_count_new", "national", "month", "2024-04-30", 2416880.0),
            ("online_payments_value_new", "national", "month", "2024-04-30", 1487.0),
            ("national_portal_accounts", "national", "as_of", "2024-04-30", 11028460.0),
            ("ndxp_transactions_period", "national", "month", "2024-04-30", 104559112.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-04-30", 3480000.0),
            ("cyberattacks", "national", "month", "2024-04-30", 1112.0),
            ("cyberattacks", "national", "month", "2024-03-31", 1298.0),
        ],
    ),
    # 2. Government Office conclusion notice with bracketed footnotes carrying the 5-month ministries/localities split; published None (header dates itself).
    # Traps: 4.412 services on the portal (no id), "11 bộ ... 27 địa phương" not-achieved counts, targets in section II, "23 dịch vụ ... còn lại" remainder.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 265/TB-VPCP
Hà Nội, ngày 14 tháng 6 năm 2024

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số tại Phiên họp chuyên đề về phát triển Chính phủ số

Ngày 05 tháng 6 năm 2024, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số đã chủ trì Phiên họp chuyên đề về phát triển Chính phủ số. Sau khi nghe Bộ Thông tin và Truyền thông báo cáo và ý kiến phát biểu của các đại biểu, Thủ tướng Chính phủ kết luận như sau:

I. ĐÁNH GIÁ CHUNG
1. Thời gian qua, các bộ, ngành, địa phương đã có nhiều cố gắng trong cung cấp dịch vụ công trực tuyến. Tính đến ngày 31/5/2024, Cổng Dịch vụ công quốc gia đã cung cấp trực tuyến toàn trình 53/53 dịch vụ công thiết yếu theo Đề án 06; 4.412 dịch vụ công trực tuyến đã được tích hợp, cung cấp trên Cổng.
2. Tuy nhiên, kết quả còn chưa đồng đều: tỷ lệ hồ sơ trực tuyến toàn trình còn thấp[1]; việc khai thác, tái sử dụng thông tin, dữ liệu đã số hóa chưa thực chất[2]; vẫn còn 11 bộ, cơ quan và 27 địa phương chưa bảo đảm chỉ tiêu cấp kết quả giải quyết thủ tục hành chính điện tử.

II. NHIỆM VỤ THỜI GIAN TỚI
1. Các bộ, ngành, địa phương phấn đấu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%, tỷ lệ tái sử dụng dữ liệu đạt tối thiểu 50%.
2. Bộ Công an chủ trì, phối hợp với Văn phòng Chính phủ hoàn thành việc cung cấp toàn trình 23 dịch vụ công thiết yếu còn lại trong danh mục 76 dịch vụ trước ngày 30/9/2024.

Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương liên quan biết, thực hiện./.
_______________
[1] Trong 5 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành đạt 38,6%, của các địa phương đạt 21,3%.
[2] Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa trong 5 tháng đầu năm 2024 đạt 19,4%.""",
        None,
        [
            ("essential_services_full_process", "national", "as_of", "2024-05-31", 53.0),
            ("online_dossier_full_process_rate", "ministries", "ytd", "2024-05-31", 38.6),
            ("online_dossier_full_process_rate", "localities", "ytd", "2024-05-31", 21.3),
            ("data_reuse_rate", "national", "ytd", "2024-05-31", 19.4),
        ],
    ),
    # 3. Appendix table in pipes, 6 months 2024, plan column then ministries / localities / national columns.
    # Traps: the whole "Kế hoạch năm 2024" column (targets).
    (
        """Phụ lục I
KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU VỀ CHÍNH PHỦ SỐ 6 THÁNG ĐẦU NĂM 2024
(Kèm theo Báo cáo số 312/BC-UBQGCĐS ngày 05/7/2024 của Ủy ban Quốc gia về chuyển đổi số)

| TT | Chỉ tiêu | Kế hoạch năm 2024 (%) | Bộ, ngành (%) | Địa phương (%) | Bình quân chung (%) |
|---|---|---|---|---|---|
| 1 | Tỷ lệ hồ sơ xử lý trực tuyến | 50 | 62,7 | 38,9 | 44,5 |
| 2 | Tỷ lệ hồ sơ trực tuyến toàn trình | 40 | 41,6 | 24,8 | 29,3 |
| 3 | Tỷ lệ cấp kết quả giải quyết TTHC điện tử | 100 | 85,1 | 66,3 | 70,2 |
| 4 | Tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa | 50 | 22,4 | 31,7 | 29,9 |

Ghi chú: Số liệu tổng hợp từ Hệ thống thông tin giải quyết TTHC của các bộ, ngành, địa phương và Cổng Dịch vụ công quốc gia, tính từ ngày 01/01/2024 đến ngày 30/6/2024. "Bình quân chung" là tỷ lệ tính trên tổng số hồ sơ của cả nước.""",
        "2024-07-10",
        [
            ("online_dossier_rate", "ministries", "half", "2024-06-30", 62.7),
            ("online_dossier_rate", "localities", "half", "2024-06-30", 38.9),
            ("online_dossier_rate", "national", "half", "2024-06-30", 44.5),
            ("online_dossier_full_process_rate", "ministries", "half", "2024-06-30", 41.6),
            ("online_dossier_full_process_rate", "localities", "half", "2024-06-30", 24.8),
            ("online_dossier_full_process_rate", "national", "half", "2024-06-30", 29.3),
            ("e_result_rate", "ministries", "half", "2024-06-30", 85.1),
            ("e_result_rate", "localities", "half", "2024-06-30", 66.3),
            ("e_result_rate", "national", "half", "2024-06-30", 70.2),
            ("data_reuse_rate", "ministries", "half", "2024-06-30", 22.4),
            ("data_reuse_rate", "localities", "half", "2024-06-30", 31.7),
            ("data_reuse_rate", "national", "half", "2024-06-30", 29.9),
        ],
    ),
    # 4. Tab-separated NDXP table, months and the quarter as column headers, unit "triệu" in a caption line; note gives cumulative and connected agencies.
    # Traps: the year-on-year change row, the "-" cell, Tết remark.
    (
        "Bảng 2. Số lượng giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) quý I/2024\n"
        "Đơn vị tính: triệu giao dịch\n"
        "Chỉ tiêu\tTháng 01/2024\tTháng 02/2024\tTháng 03/2024\tQuý I/2024\n"
        "Tổng số giao dịch trong kỳ\t98,6\t81,2\t112,4\t292,2\n"
        "Bình quân giao dịch/ngày\t3,18\t2,80\t3,63\t-\n"
        "Tăng so với cùng kỳ năm 2023 (%)\t21,4\t12,9\t30,5\t22,1\n"
        "Ghi chú: Tháng 02/2024 trùng kỳ nghỉ Tết Nguyên đán Giáp Thìn nên số giao dịch giảm. "
        "Lũy kế từ khi đưa vào vận hành (năm 2019) đến hết ngày 31/3/2024, NDXP đạt 2,09 tỷ giao dịch; "
        "đến ngày 31/3/2024 đã có 105 bộ, ngành, địa phương và cơ quan, tổ chức kết nối tới Nền tảng.",
        "2024-04-10",
        [
            ("ndxp_transactions_period", "national", "month", "2024-01-31", 98600000.0),
            ("ndxp_transactions_period", "national", "month", "2024-02-29", 81200000.0),
            ("ndxp_transactions_period", "national", "month", "2024-03-31", 112400000.0),
            ("ndxp_transactions_period", "national", "quarter", "2024-03-31", 292200000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-01-31", 3180000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-02-29", 2800000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-03-31", 3630000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-03-31", 2090000000.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-03-31", 105.0),
        ],
    ),
    # 5. Provincial report (Quảng Ninh) with a PDF-like aligned table by level; only the "Toàn tỉnh" row is the province's value.
    # Traps: rows for provincial departments, Hạ Long, Cẩm Phả, "các địa phương còn lại"; dossier counts (no id); DTI rank (no id); page footer.
    (
        """UBND TỈNH QUẢNG NINH
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

BÁO CÁO
Kết quả chuyển đổi số, cải cách hành chính quý I năm 2024

...
2. Kết quả giải quyết thủ tục hành chính trên môi trường điện tử
Trong quý I/2024, toàn tỉnh Quảng Ninh tiếp nhận 112.540 hồ sơ trực tuyến. Kết quả chi tiết theo cấp như sau:

                                 Hồ sơ trực tuyến    Tỷ lệ hồ sơ          Tỷ lệ hồ sơ
Đơn vị                           (hồ sơ)             trực tuyến (%)       toàn trình (%)
Các sở, ban, ngành cấp tỉnh      48.215              92,4                 71,8
Thành phố Hạ Long                21.406              88,1                 65,2
Thành phố Cẩm Phả                9.877               83,6                 60,4
Các địa phương còn lại           33.042              79,5                 58,7
Toàn tỉnh                        112.540             86,3                 64,9

                                                                          Trang 3/7
Tỷ lệ cấp kết quả giải quyết TTHC điện tử của tỉnh trong quý I/2024 đạt 96,2%. Quảng Ninh tiếp tục giữ vị trí dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023.""",
        "2024-04-12",
        [
            ("online_dossier_rate", "Quảng Ninh", "quarter", "2024-03-31", 86.3),
            ("online_dossier_full_process_rate", "Quảng Ninh", "quarter", "2024-03-31", 64.9),
            ("e_result_rate", "Quảng Ninh", "quarter", "2024-03-31", 96.2),
        ],
    ),
    # 6. Official dispatch (Công văn) urging provinces; dated by its own header, published None.
    # Traps: "còn 12 địa phương chưa ban hành" remainder, "06 hệ thống" not fully connected, deadlines.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 3521/BTTTT-CĐSQG
V/v đôn đốc triển khai một số nhiệm vụ phát triển Chính phủ số
                                              Hà Nội, ngày 20 tháng 8 năm 2024

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Thông báo số 265/TB-VPCP, Bộ Thông tin và Truyền thông thông báo tình hình triển khai và đề nghị Quý Ủy ban một số nội dung như sau:

1. Về chính sách giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến: tính đến ngày 15/8/2024, đã có 51/63 địa phương ban hành Nghị quyết của Hội đồng nhân dân về giảm phí, lệ phí; còn 12 địa phương chưa ban hành. Đề nghị các địa phương này khẩn trương trình HĐND tỉnh xem xét tại kỳ họp gần nhất.

2. Về kết nối với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC): đến ngày 15/8/2024, tỷ lệ Hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh kết nối đầy đủ với EMC đạt 81,3%; còn 06 hệ thống kết nối chưa đầy đủ trường dữ liệu.

3. Đề nghị UBND các tỉnh chỉ đạo hoàn thành việc kết nối trước ngày 30/9/2024 và gửi báo cáo kết quả về Bộ Thông tin và Truyền thông (qua Cục Chuyển đổi số quốc gia) trước ngày 05/10/2024.

Trân trọng./.""",
        None,
        [
            ("localities_fee_reduction", "national", "as_of", "2024-08-15", 51.0),
            ("emc_connection_rate", "national", "as_of", "2024-08-15", 81.3),
        ],
    ),
    # 7. Press article on the UN survey 2024 with dateline, byline and furniture; the 2022 rank in parentheses is kept with its year.
    # Traps: Singapore's rank (other country), EGDI score and OSI/TII sub-indices (no id), "tăng 15 bậc" change, top-50 target.
    (
        """Thứ Tư, 18/9/2024 09:45 (GMT+7)
Chính phủ điện tử Việt Nam tăng 15 bậc, lần đầu vào nhóm "Rất cao"

HẢI MINH

(Chinhphu.vn) - Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc vừa được công bố tại New York, Việt Nam xếp hạng 71/193 quốc gia, vùng lãnh thổ về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ đánh giá năm 2022 (86/193).

Giá trị chỉ số EGDI của Việt Nam đạt 0,7709 điểm, lần đầu tiên thuộc nhóm có mức độ phát triển Chính phủ điện tử "Rất cao". Trong 3 chỉ số thành phần, chỉ số dịch vụ trực tuyến (OSI) đạt 0,7934 điểm, chỉ số hạ tầng viễn thông (TII) đạt 0,8253 điểm và chỉ số nguồn nhân lực (HCI) đạt 0,6939 điểm.

Trong khu vực, Singapore tiếp tục đứng đầu ASEAN và xếp thứ 3 thế giới. Đan Mạch giữ vị trí số một toàn cầu.

Theo Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số, mục tiêu đến năm 2025 Việt Nam thuộc nhóm 50 nước dẫn đầu về Chính phủ điện tử.

Tin liên quan
» Công bố Bộ chỉ số phục vụ người dân, doanh nghiệp
» Hơn 4.400 dịch vụ công trực tuyến được tích hợp trên Cổng quốc gia""",
        "2024-09-18",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 8. Provincial plan (Kế hoạch) of Thừa Thiên Huế, published None (header dates it): the "Thực trạng" section gives 2023 results, the pipe table holds only targets.
    # Traps: whole target table (2024/2025), "100% xã ... cáp quang" (no id).
    (
        """ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ
Số: 28/KH-UBND                          Thừa Thiên Huế, ngày 22 tháng 01 năm 2024

KẾ HOẠCH
Chuyển đổi số tỉnh Thừa Thiên Huế năm 2024

I. THỰC TRẠNG
Năm 2023, tỷ lệ hồ sơ giải quyết thủ tục hành chính được xử lý trực tuyến của tỉnh đạt 52,6%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,8%; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 100%. Hạ tầng viễn thông được đầu tư đồng bộ, 100% xã, phường, thị trấn có cáp quang đến trung tâm xã.

II. MỤC TIÊU
| STT | Chỉ tiêu | Năm 2024 | Năm 2025 |
|---|---|---|---|
| 1 | Tỷ lệ hồ sơ xử lý trực tuyến | ≥ 60% | ≥ 80% |
| 2 | Tỷ lệ hồ sơ trực tuyến toàn trình | ≥ 50% | ≥ 60% |
| 3 | Tỷ lệ hộ gia đình sử dụng cáp quang | 85% | 90% |
| 4 | Tỷ lệ người dân trưởng thành sử dụng DVCTT | 45% | 60% |

III. NHIỆM VỤ, GIẢI PHÁP
1. Hoàn thiện thể chế: ban hành 05 văn bản hướng dẫn ...""",
        None,
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "year", "2023-12-31", 52.6),
            ("online_dossier_full_process_rate", "Thừa Thiên Huế", "year", "2023-12-31", 41.8),
            ("e_result_rate", "Thừa Thiên Huế", "year", "2023-12-31", 100.0),
        ],
    ),
    # 9. Pipe table of portal flows by quarter of 2025 plus the half and the same half of 2024 (a comparison column, kept with its own period).
    # Traps: none beyond keeping every flow on the _new twins and the quarter/half distinction.
    (
        """Bảng 3. Kết quả cung cấp dịch vụ trên Cổng Dịch vụ công quốc gia 6 tháng đầu năm 2025

| Chỉ tiêu | Quý I/2025 | Quý II/2025 | 6 tháng đầu năm 2025 | Cùng kỳ năm 2024 |
|---|---|---|---|---|
| Hồ sơ trực tuyến tiếp nhận (hồ sơ) | 4.812.306 | 6.035.447 | 10.847.753 | 7.126.910 |
| Giao dịch thanh toán trực tuyến (giao dịch) | 9.604.118 | 11.287.905 | 20.892.023 | 14.338.562 |
| Số tiền thanh toán trực tuyến (tỷ đồng) | 5.216 | 6.874 | 12.090 | 7.945 |
| Tài khoản đăng ký mới (tài khoản) | 1.408.227 | 1.655.390 | 3.063.617 | 2.247.014 |

Nguồn: Văn phòng Chính phủ, số liệu tổng hợp đến hết ngày 30/6/2025.""",
        "2025-07-08",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2025-03-31", 4812306.0),
            ("national_portal_dossiers_new", "national", "quarter", "2025-06-30", 6035447.0),
            ("national_portal_dossiers_new", "national", "half", "2025-06-30", 10847753.0),
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 7126910.0),
            ("online_payments_count_new", "national", "quarter", "2025-03-31", 9604118.0),
            ("online_payments_count_new", "national", "quarter", "2025-06-30", 11287905.0),
            ("online_payments_count_new", "national", "half", "2025-06-30", 20892023.0),
            ("online_payments_count_new", "national", "half", "2024-06-30", 14338562.0),
            ("online_payments_value_new", "national", "quarter", "2025-03-31", 5216.0),
            ("online_payments_value_new", "national", "quarter", "2025-06-30", 6874.0),
            ("online_payments_value_new", "national", "half", "2025-06-30", 12090.0),
            ("online_payments_value_new", "national", "half", "2024-06-30", 7945.0),
            ("national_portal_accounts_new", "national", "quarter", "2025-03-31", 1408227.0),
            ("national_portal_accounts_new", "national", "quarter", "2025-06-30", 1655390.0),
            ("national_portal_accounts_new", "national", "half", "2025-06-30", 3063617.0),
            ("national_portal_accounts_new", "national", "half", "2024-06-30", 2247014.0),
        ],
    ),
    # 10. Conclusion notice mid-2025 on digital infrastructure: 5G stations and coverage at 30/6, mobile download speed for June.
    # Traps: Viettel's and VNPT's station counts (operators), upload speed, target for end of 2025.
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 318/TB-VPCP                                   Hà Nội, ngày 15 tháng 7 năm 2025

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại cuộc họp về phát triển hạ tầng số

...
I. ĐÁNH GIÁ
1. Hạ tầng số tiếp tục được đầu tư mạnh mẽ. Tính đến ngày 30/6/2025, cả nước có 11.780 trạm BTS 5G, trong đó Viettel đã lắp đặt 8.950 trạm, VNPT 2.130 trạm; vùng phủ sóng 5G đạt 26% dân số.
2. Trong tháng 6/2025, tốc độ tải xuống trung bình của mạng băng rộng di động đạt 146,6 Mbps, tốc độ tải lên đạt 31,2 Mbps.
3. Tuy nhiên, việc dùng chung hạ tầng còn hạn chế; một số địa phương chậm cấp phép xây dựng trạm.

II. NHIỆM VỤ
1. Các doanh nghiệp viễn thông phấn đấu đến hết năm 2025 lắp đặt tối thiểu 20.000 trạm 5G, phủ sóng 5G đạt 50% dân số.
2. Bộ Khoa học và Công nghệ chủ trì tổng kết, báo cáo Thủ tướng trong tháng 8/2025.""",
        "2025-07-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 11780.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.0),
            ("mobile_broadband_speed", "national", "month", "2025-06-30", 146.6),
        ],
    ),
    # 11. Security agency's quarterly table in PDF-like aligned columns: months and the quarter as headers; botnet level at each month end.
    # Traps: sub-rows by attack type (sub-counts), the quarter column of the botnet row repeats the September level.
    (
        """CỤC AN TOÀN THÔNG TIN
Báo cáo tình hình an toàn thông tin mạng quý III/2024 (trích)

Bảng 1. Một số chỉ số giám sát

Chỉ tiêu                                        Tháng 7/2024   Tháng 8/2024   Tháng 9/2024   Quý III/2024
Số cuộc tấn công mạng gây sự cố (cuộc)          826            1.041          917            2.784
  - Tấn công lừa đảo (Phishing)                 312            408            355            1.075
  - Tấn công thay đổi giao diện (Deface)        287            351            302            940
  - Tấn công cài mã độc (Malware)               227            282            260            769
Số địa chỉ IP thuộc mạng botnet (cuối kỳ)       612.480        598.215        571.306        571.306

Ghi chú: Số địa chỉ IP botnet là số liệu tại thời điểm cuối tháng; số cuộc tấn công là số phát sinh trong kỳ.""",
        "2024-10-08",
        [
            ("cyberattacks", "national", "month", "2024-07-31", 826.0),
            ("cyberattacks", "national", "month", "2024-08-31", 1041.0),
            ("cyberattacks", "national", "month", "2024-09-30", 917.0),
            ("cyberattacks", "national", "quarter", "2024-09-30", 2784.0),
            ("botnet_ips", "national", "as_of", "2024-07-31", 612480.0),
            ("botnet_ips", "national", "as_of", "2024-08-31", 598215.0),
            ("botnet_ips", "national", "as_of", "2024-09-30", 571306.0),
        ],
    ),
    # 12. City portal news from Đà Nẵng, 9 months of 2024 (ytd), the city's own figures.
    # Traps: headline rounding "Hơn 72%", district Hải Châu, online payment share (no id), end-of-year target.
    (
        """Đà Nẵng: Hơn 72% hồ sơ thủ tục hành chính được xử lý trực tuyến
Cập nhật lúc 15:32, 05/10/2024

(Cổng TTĐT TP Đà Nẵng) - Theo báo cáo của Sở Thông tin và Truyền thông, 9 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn thành phố Đà Nẵng đạt 72,4%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,1%; tỷ lệ hồ sơ có thanh toán trực tuyến đạt 46,3%.

Riêng quận Hải Châu, tỷ lệ hồ sơ trực tuyến đạt 91,2%, dẫn đầu các quận, huyện.

Cũng trong 9 tháng, tỷ lệ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính của thành phố đạt 98,7%.

Thời gian tới, thành phố phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 65%, đồng thời tiếp tục rà soát, tái cấu trúc quy trình đối với 100% dịch vụ công trực tuyến.

T.H
Chia sẻ  |  In bài  |  Về đầu trang""",
        "2024-10-05",
        [
            ("online_dossier_rate", "Đà Nẵng", "ytd", "2024-09-30", 72.4),
            ("online_dossier_full_process_rate", "Đà Nẵng", "ytd", "2024-09-30", 58.1),
            ("satisfaction_rate", "Đà Nẵng", "ytd", "2024-09-30", 98.7),
        ],
    ),
    # 13. Tab-separated appendix dated in its title (31/10/2024): provision shares of procedures for ministries, localities and the whole country.
    # Traps: procedure and service counts (no id), the footnote marker (*).
    (
        "Phụ lục 2. Tình hình cung cấp dịch vụ công trực tuyến (số liệu đến ngày 31/10/2024)\n"
        "Khối\tTổng số TTHC\tSố DVCTT\tTỷ lệ DVCTT/TTHC (%)\tSố DVCTT toàn trình\tTỷ lệ DVCTT toàn trình/TTHC (%)\n"
        "Bộ, ngành\t1.845\t1.512\t81,95\t1.021\t55,34\n"
        "Địa phương\t2.306\t2.091\t90,68\t1.273\t55,20\n"
        "Chung cả nước\t4.151\t3.603\t86,80\t2.294\t55,26\n"
        "(*) Số liệu tổng hợp từ Cổng Dịch vụ công quốc gia; không bao gồm thủ tục hành chính nội bộ. "
        "Đối với địa phương, số TTHC được tính theo bộ TTHC cấp tỉnh dùng chung.",
        "2024-11-06",
        [
            ("dvctt_rate", "ministries", "as_of", "2024-10-31", 81.95),
            ("dvctt_rate", "localities", "as_of", "2024-10-31", 90.68),
            ("dvctt_rate", "national", "as_of", "2024-10-31", 86.8),
            ("dvctt_full_process_rate", "ministries", "as_of", "2024-10-31", 55.34),
            ("dvctt_full_process_rate", "localities", "as_of", "2024-10-31", 55.2),
            ("dvctt_full_process_rate", "national", "as_of", "2024-10-31", 55.26),
        ],
    ),
    # 14. Report on the digital economy 2023 with numbered parts; provincial GRDP shares in parentheses each go to their province.
    # Traps: "gấp khoảng 3 lần" derived, e-Conomy SEA GMV and its 19% growth (vendor survey, USD), 20%/10% targets.
    (
        """BÁO CÁO
Kinh tế số và xã hội số Việt Nam năm 2023 (trích Phần I)

1. Quy mô kinh tế số
Năm 2023, tỷ trọng kinh tế số trong GDP của Việt Nam ước đạt 18,3%; tốc độ tăng trưởng kinh tế số đạt khoảng 20%, gấp khoảng 3 lần tốc độ tăng trưởng GDP.

2. Kinh tế số ở các địa phương
Năm 2023, ba địa phương có tỷ trọng kinh tế số trong GRDP cao nhất cả nước là Bắc Ninh (33,6%), Thái Nguyên (30,9%) và Bắc Giang (20,5%), chủ yếu nhờ đóng góp của công nghiệp sản xuất sản phẩm điện tử.

3. So sánh quốc tế
Theo báo cáo e-Conomy SEA 2023 của Google, Temasek và Bain & Company, tổng giá trị hàng hóa (GMV) của nền kinh tế số Việt Nam đạt khoảng 30 tỷ USD, tăng 19% so với năm 2022.

4. Mục tiêu
Mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP; tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%.""",
        "2024-08-26",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 18.3),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 33.6),
            ("digital_economy_gdp_share", "Thái Nguyên", "year", "2023-12-31", 30.9),
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2023-12-31", 20.5),
        ],
    ),
    # 15. 2025 notice on Đề án 06 with a dated lead-in and dash sub-items.
    # Traps: Hà Nội's own list "22/25" (another measure), "14 dịch vụ còn lại" remainder, deadline.
    (
        """Trích Thông báo kết luận của Tổ công tác triển khai Đề án 06 của Chính phủ

I. KẾT QUẢ
Tính đến ngày 20/6/2025:
- Đã có 62/76 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; 14 dịch vụ còn lại đang được các bộ hoàn thiện quy trình.
- Thành phố Hà Nội đã hoàn thành cung cấp 22/25 dịch vụ công thiết yếu theo danh mục riêng của thành phố.
- Tỷ lệ hồ sơ thủ tục hành chính được gắn mã số định danh cá nhân đạt 96,4%.

II. NHIỆM VỤ
1. Các bộ: Tài chính, Nông nghiệp và Môi trường, Y tế hoàn thành cung cấp toàn trình các dịch vụ còn lại trước ngày 31/7/2025.
2. Giao Bộ Công an tổng hợp, báo cáo Thủ tướng Chính phủ kết quả tại phiên họp tháng 7/2025.""",
        "2025-06-27",
        [
            ("essential_services_full_process", "national", "as_of", "2025-06-20", 62.0),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2025-06-20", 96.4),
        ],
    ),
    # 16. Ministry of Public Security's three-year review of Đề án 06: dated lead-in with bullets, then Mobile Money at end of November.
    # Traps: level-2 accounts after "trong đó" (part of the same measure), activation rate and app visits (no id), 70% rural share.
    (
        """BỘ CÔNG AN
BÁO CÁO
Tổng kết 03 năm thực hiện Đề án 06 (trích)

...
1. Về định danh và xác thực điện tử
Tính đến ngày 31/12/2024:
- Toàn quốc đã cấp 87,6 triệu thẻ Căn cước công dân gắn chíp điện tử và thẻ Căn cước;
- Đã kích hoạt 59,4 triệu tài khoản định danh điện tử, trong đó 56,3 triệu tài khoản mức độ 2; tỷ lệ kích hoạt đạt 81,2% số công dân đủ điều kiện;
- Ứng dụng VNeID ghi nhận hơn 1,2 tỷ lượt truy cập, sử dụng.

2. Về thúc đẩy thanh toán không dùng tiền mặt
Đến hết tháng 11/2024, số khách hàng sử dụng dịch vụ Mobile Money đạt 9,8 triệu, trong đó khoảng 70% ở khu vực nông thôn, vùng sâu, vùng xa, biên giới, hải đảo.""",
        "2025-01-09",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-12-31", 87600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-31", 59400000.0),
            ("mobile_money_customers", "national", "as_of", "2024-11-30", 9800000.0),
        ],
    ),
    # 17. State Bank press release, numbered points, half-year 2024.
    # Traps: growth of cashless payments (changes), rural customers after "trong đó", cumulative MM transaction value and biometric profiles (no id).
    (
        """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
THÔNG CÁO BÁO CHÍ
Kết quả thanh toán không dùng tiền mặt và triển khai Đề án 06 trong ngành Ngân hàng 6 tháng đầu năm 2024

1. Đến cuối tháng 6/2024, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 87,08%.
2. 6 tháng đầu năm 2024, giao dịch thanh toán không dùng tiền mặt tăng 58,2% về số lượng và 35,5% về giá trị so với cùng kỳ năm 2023; trong đó giao dịch qua kênh Internet tăng 60,3% về số lượng.
3. Về dịch vụ Mobile Money: tính đến ngày 30/6/2024 có 8,9 triệu khách hàng, trong đó hơn 6,3 triệu khách hàng ở khu vực nông thôn, vùng sâu, vùng xa; giá trị giao dịch lũy kế đạt 42.576 tỷ đồng.
4. Đã có 58,3 triệu hồ sơ khách hàng cá nhân được đối chiếu thông tin sinh trắc học qua thẻ căn cước gắn chíp.

VỤ TRUYỀN THÔNG - NGÂN HÀNG NHÀ NƯỚC""",
        "2024-07-22",
        [
            ("adults_with_bank_account_rate", "national", "as_of", "2024-06-30", 87.08),
            ("mobile_money_customers", "national", "as_of", "2024-06-30", 8900000.0),
        ],
    ),
    # 18. Year-end sector review 2024, dated lead-in "Tính đến 31/12/2024:" with semicolon bullets; subscriptions and per-100 values.
    # Traps: share of adults with a smartphone (people, from a survey), telecom revenue (no id).
    (
        """BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2024 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025 (trích)

2.1. Thị trường viễn thông
Tính đến 31/12/2024:
- Tổng số thuê bao băng rộng di động: 89,2 triệu thuê bao, đạt 88,6 thuê bao/100 dân;
- Tổng số thuê bao băng rộng cố định: 23,4 triệu thuê bao, đạt 23,2 thuê bao/100 dân;
- Tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh: 88,1%;
- Tỷ lệ hộ gia đình sử dụng Internet cáp quang: 82,4%.

Theo khảo sát của Cục Viễn thông, khoảng 84% người trưởng thành có điện thoại thông minh. Doanh thu dịch vụ viễn thông năm 2024 ước đạt 148.460 tỷ đồng, tăng 2,6% so với năm 2023.""",
        "2025-01-20",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 89200000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 88.6),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23400000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 23.2),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 88.1),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.4),
        ],
    ),
    # 19. Ministry report on the mobile coverage programme, published None, dated in its title "(đến ngày 30/9/2024)"; the remaining dead-zone level IS a value.
    # Traps: 537 villages without grid after "trong đó" (sub-count), 1.697/1.216 counts (no id), Q4 plan.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 4120/BC-BTTTT                                  Hà Nội, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện Chương trình "Phủ sóng thông tin di động các khu vực chưa có sóng" (số liệu đến ngày 30/9/2024)

1. Kết quả phủ sóng
- Tổng số thôn, bản có điện lưới nhưng chưa có sóng thông tin di động được rà soát: 1.697 thôn.
- Số thôn đã được phủ sóng: 1.216 thôn, đạt 71,7%.
- Số thôn, bản lõm sóng còn lại trên cả nước (gồm cả thôn có và chưa có điện lưới): 1.018 thôn, trong đó 537 thôn chưa có điện lưới quốc gia.
- Tỷ lệ thôn, bản trên toàn quốc có sóng thông tin di động băng rộng đạt 98,9%.

2. Kế hoạch quý IV/2024
Phối hợp với các doanh nghiệp viễn thông phủ sóng thêm tối thiểu 300 thôn; phấn đấu hết năm 2024 tỷ lệ thôn có điện lưới được phủ sóng đạt 90%.""",
        None,
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-09-30", 71.7),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-09-30", 1018.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-09-30", 98.9),
        ],
    ),
    # 20. Press article on one named ministry (Finance); only the national e-invoice count is a value.
    # Traps: the Ministry of Finance's own DVC shares (one ministry), coded invoices after "trong đó", petrol stations (no id).
    (
        """Bộ Tài chính: 6 tháng đầu năm 2024, gần 95% thủ tục hành chính được cung cấp trực tuyến toàn trình

12/07/2024 07:15

Theo báo cáo của Bộ Tài chính, 6 tháng đầu năm 2024, Bộ đã cung cấp 869 dịch vụ công trực tuyến, trong đó 94,8% là dịch vụ toàn trình; tỷ lệ hồ sơ trực tuyến toàn trình của Bộ đạt 88,6%, thuộc nhóm dẫn đầu các bộ, ngành.

Về hóa đơn điện tử, tính đến ngày 30/6/2024, cơ quan thuế đã tiếp nhận và xử lý hơn 6,1 tỷ hóa đơn điện tử, trong đó có 1,8 tỷ hóa đơn có mã của cơ quan thuế. Đối với lĩnh vực kinh doanh xăng dầu, 100% cửa hàng đã lập hóa đơn điện tử theo từng lần bán hàng.

Bộ Tài chính đặt mục tiêu đến hết năm 2024 hoàn thành kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư cho 100% thủ tục có yêu cầu.

PV""",
        "2024-07-12",
        [
            ("e_invoices_total", "national", "as_of", "2024-06-30", 6100000000.0),
        ],
    ),
    # 21. Plan-vs-result form (Biểu 01) in aligned columns: plan 2025, Q1 result, % of plan; stock rows carry their own dates.
    # Traps: the "Kế hoạch 2025" column (targets), the "So với KH" column (derived).
    (
        """ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ
Phụ lục kèm theo Báo cáo số 45/BC-UBQGCĐS ngày 08/4/2025

Biểu 01. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ QUÝ I/2025

STT  Chỉ tiêu                                        Đơn vị   Kế hoạch 2025   Thực hiện quý I/2025   So với KH (%)
1    Tỷ lệ hồ sơ xử lý trực tuyến                    %        80              52,7                   65,9
2    Tỷ lệ hồ sơ trực tuyến toàn trình               %        60              40,3                   67,2
3    Tỷ lệ tái sử dụng dữ liệu số hóa                %        60              33,8                   56,3
4    Số trạm BTS 5G (lũy kế đến 31/3/2025)            trạm     20.000          8.516                  42,6
5    Tỷ lệ dân số được phủ sóng 5G (đến 31/3/2025)    %        30              18,1                   60,3

Ghi chú: Chỉ tiêu 1-3 tính trên số hồ sơ phát sinh từ ngày 01/01/2025 đến ngày 31/3/2025 trên phạm vi toàn quốc.""",
        "2025-04-09",
        [
            ("online_dossier_rate", "national", "quarter", "2025-03-31", 52.7),
            ("online_dossier_full_process_rate", "national", "quarter", "2025-03-31", 40.3),
            ("data_reuse_rate", "national", "quarter", "2025-03-31", 33.8),
            ("fiveg_bts_count", "national", "as_of", "2025-03-31", 8516.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-03-31", 18.1),
        ],
    ),
    # 22. Tech-news article with breadcrumb, dateline and comment box summarising the committee's 9-month report; one province (Hải Phòng) named.
    # Traps: headline "hơn 1 tỷ" rounding, "tăng 6,1 điểm phần trăm" change, end-of-year target.
    (
        """Trang chủ > Chuyển đổi số > Chính phủ số

Chín tháng, hơn 1 tỷ giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia
22/10/2024 | 14:20

(ICTnews) - Báo cáo của Ủy ban Quốc gia về chuyển đổi số cho biết, 9 tháng đầu năm 2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 1,03 tỷ giao dịch, bình quân 3,76 triệu giao dịch mỗi ngày.

Cũng theo báo cáo, tỷ lệ hồ sơ xử lý trực tuyến 9 tháng đầu năm của cả nước đạt 46,8%, tăng 6,1 điểm phần trăm so với cùng kỳ năm trước. Tính đến hết quý III/2024, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 53,2%.

Nhiều địa phương có kết quả nổi bật. Riêng Hải Phòng, trong 9 tháng qua có 82,5% hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến.

Ủy ban đặt mục tiêu đến hết năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt tối thiểu 50%.

Minh Anh

Bình luận (0)  |  Chia sẻ Facebook  |  Zalo
Tin cùng chuyên mục:
- Ra mắt nền tảng học tập trực tuyến mở đại trà
- Hà Nội thí điểm sổ sức khỏe điện tử""",
        "2024-10-22",
        [
            ("ndxp_transactions_period", "national", "ytd", "2024-09-30", 1030000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-09-30", 3760000.0),
            ("online_dossier_rate", "national", "ytd", "2024-09-30", 46.8),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2024-09-30", 53.2),
            ("online_dossier_rate", "Hải Phòng", "ytd", "2024-09-30", 82.5),
        ],
    ),
    # 23. Report excerpt on system security levels, national value with the ministries/localities split in parentheses.
    # Traps: count of information systems (no id), 41,5% implementation share (no id), 100% target.
    (
        """Trích Báo cáo số 5012/BC-BTTTT ngày 09/12/2024 về công tác bảo đảm an toàn hệ thống thông tin theo cấp độ

2. Kết quả phê duyệt hồ sơ đề xuất cấp độ
Tính đến ngày 30/11/2024, cả nước có 5.863 hệ thống thông tin đã được xác định cấp độ; tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ đạt 74,6% (khối bộ, ngành đạt 68,9%; khối địa phương đạt 78,2%).
Tỷ lệ hệ thống thông tin đã triển khai đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ được phê duyệt mới đạt 41,5%.

3. Tồn tại, hạn chế
Chỉ tiêu năm 2024 là 100% hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ, tuy nhiên đến nay còn nhiều cơ quan chưa hoàn thành.""",
        "2024-12-10",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-11-30", 74.6),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-11-30", 68.9),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-11-30", 78.2),
        ],
    ),
    # 24. Administrative-reform review for 2023 with lettered items; satisfaction split, adults using DVCTT and the 2022 value in parentheses.
    # Traps: none beyond keeping "(37,5%)" with year 2022; "tăng so với" is not a change figure here.
    (
        """VĂN PHÒNG CHÍNH PHỦ
BÁO CÁO
Kết quả công tác cải cách thủ tục hành chính năm 2023 (trích)

3. Kết quả đo lường, đánh giá
a) Năm 2023, tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết thủ tục hành chính đạt 88,4% (bộ, ngành: 86,7%; địa phương: 89,1%).
b) Tỷ lệ người dân trưởng thành có sử dụng dịch vụ công trực tuyến năm 2023 ước đạt 43%, tăng so với năm 2022 (37,5%).
c) Năm 2023, tỷ lệ hồ sơ thủ tục hành chính có gắn mã số định danh cá nhân đạt 91,6%.

4. Tồn tại
Còn 18 bộ, cơ quan chưa công khai đầy đủ kết quả đánh giá trên Cổng Dịch vụ công quốc gia.""",
        "2024-01-25",
        [
            ("satisfaction_rate", "national", "year", "2023-12-31", 88.4),
            ("satisfaction_rate", "ministries", "year", "2023-12-31", 86.7),
            ("satisfaction_rate", "localities", "year", "2023-12-31", 89.1),
            ("adult_population_using_dvctt_rate", "national", "year", "2023-12-31", 43.0),
            ("adult_population_using_dvctt_rate", "national", "year", "2022-12-31", 37.5),
            ("dossiers_with_personal_id_rate", "national", "year", "2023-12-31", 91.6),
        ],
    ),
    # 25. Report on simplifying business procedures with a pipe table by ministry.
    # Traps: 74,9% (derived share, no id), "272 thủ tục còn lại" remainder, counts of circulars/decrees, named ministries' rows.
    (
        """VĂN PHÒNG CHÍNH PHỦ
BÁO CÁO
Tình hình thực thi phương án cắt giảm, đơn giản hóa thủ tục hành chính quý I/2024

1. Tính đến ngày 31/3/2024, các bộ, cơ quan đã thực thi phương án cắt giảm, đơn giản hóa 812/1.084 thủ tục hành chính liên quan đến hoạt động kinh doanh theo các Nghị quyết chuyên đề của Chính phủ, đạt 74,9%; 272 thủ tục còn lại chưa được thực thi, chủ yếu thuộc lĩnh vực xây dựng, giao thông vận tải.
2. Trong quý I/2024, các bộ đã ban hành 14 thông tư, trình Chính phủ 03 nghị định sửa đổi, bổ sung.

Bảng: Tình hình thực thi theo một số bộ
| Bộ | Số TTHC được giao | Đã thực thi |
|---|---|---|
| Bộ Giao thông vận tải | 186 | 141 |
| Bộ Tài chính | 162 | 150 |
| Bộ Xây dựng | 94 | 58 |""",
        "2024-04-18",
        [
            ("procedures_simplified", "national", "as_of", "2024-03-31", 812.0),
        ],
    ),
    # 26. PDF text with hard wraps, a running page number and a glued footnote marker ("thấp4"); the footnote splits ministries/localities.
    # Traps: the glued "4", page number "2", count of services on the portal (no id).
    (
        """2
tục hành chính. Tính đến ngày 15/12/2024, cả nước có 4.489 dịch vụ công
trực tuyến được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia; tỷ lệ
thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn
trình đạt 86,2%; tuy nhiên, số dịch vụ công trực tuyến có phát sinh hồ sơ
còn thấp4, nhiều dịch vụ chưa thực chất, quy trình còn phức tạp.
3. Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hình thức ở
một số nơi; chưa khai thác hiệu quả dữ liệu đã số hóa.
II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM
1. Các bộ, ngành, địa phương rà soát, tái cấu trúc quy trình, bảo đảm 100%
dịch vụ công trực tuyến toàn trình có phát sinh hồ sơ trong năm 2025.
_____________________
4 Tính đến ngày 15/12/2024, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ
của các bộ, ngành là 47,3%, của các địa phương là 55,8%.""",
        "2024-12-26",
        [
            ("full_process_provision_rate", "national", "as_of", "2024-12-15", 86.2),
            ("dvctt_with_dossiers_rate", "ministries", "as_of", "2024-12-15", 47.3),
            ("dvctt_with_dossiers_rate", "localities", "as_of", "2024-12-15", 55.8),
        ],
    ),
    # 27. Press article contrasting a vendor report with the Ministry's own estimate of Internet users.
    # Traps: We Are Social / Meltwater share and user count (vendor survey), Thailand (another country).
    (
        """Tỷ lệ người dùng Internet tại Việt Nam tiếp tục tăng

28/02/2024 - 10:05

Theo Báo cáo Digital 2024 của We Are Social và Meltwater, đầu năm 2024 Việt Nam có 78,44 triệu người dùng Internet, chiếm 79,1% dân số. Trong khu vực, Thái Lan có tỷ lệ người dùng Internet khoảng 88%.

Trong khi đó, theo số liệu thống kê của Bộ Thông tin và Truyền thông, tính đến cuối năm 2023, tỷ lệ người dân Việt Nam sử dụng Internet đạt 84,5%. Bộ cho biết việc phổ cập điện thoại thông minh và mở rộng mạng cáp quang là nguyên nhân chính.

Các chuyên gia cho rằng ... mục tiêu phổ cập Internet băng rộng đến 100% hộ gia đình vào năm 2025 là khả thi.

Lan Hương""",
        "2024-02-28",
        [
            ("internet_users_rate", "national", "as_of", "2023-12-31", 84.5),
        ],
    ),
    # 28. Year-end review 2023 whose sentences open on "Năm 2023": undated levels sit at 31/12/2023, flows on the year.
    # Traps: "giảm 9,5%" change.
    (
        """BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2023 (trích)

Phần I. KẾT QUẢ ĐẠT ĐƯỢC
1. Năm 2023, hạ tầng số tiếp tục được mở rộng. Số thuê bao băng rộng cố định đạt 21,7 triệu; tỷ lệ hộ gia đình sử dụng cáp quang đạt 78,3%; tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 86,8%.
2. Năm 2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia ghi nhận 1,12 tỷ giao dịch, góp phần cắt giảm giấy tờ cho người dân.
3. Năm 2023, hệ thống kỹ thuật của Bộ ghi nhận 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022.""",
        "2024-01-12",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 21700000.0),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 78.3),
            ("smartphone_subscriber_rate", "national", "as_of", "2023-12-31", 86.8),
            ("ndxp_transactions_period", "national", "year", "2023-12-31", 1120000000.0),
            ("cyberattacks", "national", "year", "2023-12-31", 13900.0),
        ],
    ),
    # 29. Quarterly review published seven weeks after the quarter: "Hiện nay" belongs to the quarter's end.
    # Traps: 4.411 services integrated (no id), Q2 plan.
    (
        """Quý I/2024: Chính phủ số có nhiều chuyển biến tích cực

Theo báo cáo của Văn phòng Chính phủ về kết quả cung cấp dịch vụ công trực tuyến quý I/2024:

1. Trong quý I/2024, Cổng Dịch vụ công quốc gia đã tiếp nhận 3,2 triệu hồ sơ trực tuyến, thực hiện 6,9 triệu giao dịch thanh toán trực tuyến.
2. Hiện nay, Cổng có 10,6 triệu tài khoản đăng ký và đã tích hợp 4.411 dịch vụ công trực tuyến của các bộ, ngành, địa phương.
3. Quý II/2024, Văn phòng Chính phủ dự kiến tích hợp thêm 150 dịch vụ công trực tuyến.""",
        "2024-05-20",
        [
            ("national_portal_dossiers_new", "national", "quarter", "2024-03-31", 3200000.0),
            ("online_payments_count_new", "national", "quarter", "2024-03-31", 6900000.0),
            ("national_portal_accounts", "national", "as_of", "2024-03-31", 10600000.0),
        ],
    ),
    # 30. Monthly report with an explicit reporting window (20/02–20/3/2024): the window end dates the month's flows.
    # Traps: "tăng 4,2%" change.
    (
        """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
BÁO CÁO
Tình hình chuyển đổi số quốc gia tháng 3 năm 2024
(Số liệu tính từ ngày 20/02/2024 đến ngày 20/3/2024)

1. Trong tháng, Cổng Dịch vụ công quốc gia có 402.115 tài khoản đăng ký mới; tiếp nhận 1.138.460 hồ sơ trực tuyến, tăng 4,2% so với tháng trước.
2. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) ghi nhận 106,2 triệu giao dịch, trung bình 3,54 triệu giao dịch/ngày.
3. Các bộ, ngành, địa phương tiếp tục triển khai Chiến dịch làm sạch dữ liệu.""",
        "2024-03-25",
        [
            ("national_portal_accounts_new", "national", "month", "2024-03-20", 402115.0),
            ("national_portal_dossiers_new", "national", "month", "2024-03-20", 1138460.0),
            ("ndxp_transactions_period", "national", "month", "2024-03-20", 106200000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-03-20", 3540000.0),
        ],
    ),
    # 31. Provincial conclusion notice (Bắc Ninh), half-year 2024 results; the province's own figures.
    # Traps: rank "thứ 4 toàn quốc", town Từ Sơn (district), districts Lương Tài/Gia Bình, target 80%, count of conferences.
    (
        """UỶ BAN NHÂN DÂN TỈNH BẮC NINH
VĂN PHÒNG
Số: 146/TB-VP                                      Bắc Ninh, ngày 17 tháng 7 năm 2024

THÔNG BÁO
Kết luận của đồng chí Chủ tịch UBND tỉnh tại Hội nghị sơ kết công tác chuyển đổi số 6 tháng đầu năm 2024

I. KẾT QUẢ
1. 6 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến trên địa bàn tỉnh Bắc Ninh đạt 81,4%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,2%, đứng thứ 4 toàn quốc.
2. Tính đến ngày 30/6/2024, tỷ lệ hộ gia đình sử dụng Internet cáp quang của tỉnh đạt 92,1%, trong đó thành phố Từ Sơn đạt 97,8%.
3. Tuy nhiên, một số huyện như Lương Tài, Gia Bình có tỷ lệ hồ sơ toàn trình còn dưới 50%.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
1. Phấn đấu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 80%.
2. Giao Sở Thông tin và Truyền thông tổ chức 02 hội nghị tập huấn cho cán bộ cấp xã trong quý III/2024.""",
        "2024-07-18",
        [
            ("online_dossier_rate", "Bắc Ninh", "half", "2024-06-30", 81.4),
            ("online_dossier_full_process_rate", "Bắc Ninh", "half", "2024-06-30", 68.2),
            ("ftth_household_rate", "Bắc Ninh", "as_of", "2024-06-30", 92.1),
        ],
    ),
    # 32. Speed report for January 2025 from the national measuring system; download speeds only.
    # Traps: upload speeds, Speedtest ranks (speed ranks), Singapore (another country), "tăng 18,5%" change.
    (
        """Tốc độ Internet Việt Nam tháng 1/2025: di động tăng mạnh nhờ 5G

14/02/2025

Theo số liệu đo kiểm của Trung tâm Internet Việt Nam (VNNIC) qua hệ thống i-Speed, trong tháng 1/2025, tốc độ tải xuống trung bình của Internet băng rộng cố định tại Việt Nam đạt 162,4 Mbps, tốc độ tải lên đạt 157,8 Mbps; tốc độ tải xuống trên mạng di động đạt 96,3 Mbps, tải lên 38,7 Mbps.

Theo Speedtest Global Index, Việt Nam xếp thứ 42/153 về tốc độ di động và 36/154 về tốc độ cố định. Singapore tiếp tục dẫn đầu thế giới về băng rộng cố định với 345,3 Mbps.

So với tháng 12/2024, tốc độ tải xuống trên mạng di động tăng 18,5%.""",
        "2025-02-14",
        [
            ("fixed_broadband_speed", "national", "month", "2025-01-31", 162.4),
            ("mobile_broadband_speed", "national", "month", "2025-01-31", 96.3),
        ],
    ),
    # 33. Hà Nội city report with a tab-separated table by unit, 10 months of 2024; only the city-wide row is the city's value.
    # Traps: rows for city departments, Ba Đình, Đông Anh, Ba Vì (districts); dossier counts (no id).
    (
        "UBND THÀNH PHỐ HÀ NỘI\n"
        "BÁO CÁO\n"
        "Kết quả giải quyết thủ tục hành chính trên môi trường điện tử 10 tháng năm 2024\n\n"
        "Trong 10 tháng năm 2024, các cơ quan, đơn vị của thành phố Hà Nội tiếp nhận 1.286.540 hồ sơ, trong đó 1.011.220 hồ sơ trực tuyến. Kết quả cụ thể như sau:\n\n"
        "Đơn vị\tHồ sơ tiếp nhận\tHồ sơ trực tuyến\tTỷ lệ trực tuyến (%)\n"
        "Toàn thành phố\t1.286.540\t1.011.220\t78,6\n"
        "Các sở, ban, ngành\t402.118\t391.554\t97,4\n"
        "Quận Ba Đình\t38.210\t27.436\t71,8\n"
        "Huyện Đông Anh\t45.108\t42.987\t95,3\n"
        "Huyện Ba Vì\t31.540\t14.277\t45,3\n"
        "...\n\n"
        "Thành phố yêu cầu các quận, huyện có tỷ lệ dưới 60% xây dựng kế hoạch khắc phục, phấn đấu đến hết năm 2024 đạt tối thiểu 80%.",
        "2024-11-20",
        [
            ("online_dossier_rate", "Hà Nội", "ytd", "2024-10-31", 78.6),
        ],
    ),
    # 34. Year-end committee report listing its own activity counts and NDXP connections at 25/12/2024.
    # Traps: counts of meetings, plans, decisions; 2025 plan.
    (
        """ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ
BÁO CÁO
Kết quả hoạt động năm 2024 (trích)

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
Năm 2024, Ủy ban đã tổ chức 04 phiên họp, ban hành 02 kế hoạch hoạt động và 05 văn bản chỉ đạo; Thủ tướng Chính phủ ký ban hành 12 quyết định liên quan đến chuyển đổi số.

II. KẾT QUẢ TRIỂN KHAI
1. Về nền tảng dùng chung: tính đến ngày 25/12/2024, đã có 1.387 điểm kết nối giữa các hệ thống thông tin, cơ sở dữ liệu được thiết lập trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP); 106 bộ, ngành, địa phương và cơ quan, tổ chức đã kết nối tới Nền tảng.
2. Năm 2025, Ủy ban dự kiến tổ chức 04 phiên họp thường kỳ và 02 phiên họp chuyên đề.""",
        "2024-12-30",
        [
            ("ndxp_connection_points", "national", "as_of", "2024-12-25", 1387.0),
            ("ndxp_connected_agencies", "national", "as_of", "2024-12-25", 106.0),
        ],
    ),
    # 35. Pipe table with years as column headers (2022–2024) and a target column; EGDI ranks written "86/193".
    # Traps: "Mục tiêu 2025" column, the "-" cell for 2023 EGDI.
    (
        """Bảng 1. Một số chỉ tiêu phát triển Chính phủ số và kinh tế số giai đoạn 2022 - 2024

| Chỉ tiêu | Năm 2022 | Năm 2023 | Năm 2024 | Mục tiêu 2025 |
|---|---|---|---|---|
| Tỷ lệ hồ sơ xử lý trực tuyến (%) | 25,6 | 36,2 | 48,3 | 80 |
| Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 9,1 | 21,4 | 34,5 | 50 |
| Xếp hạng EGDI của Liên Hợp Quốc | 86/193 | - | 71/193 | Top 50 |
| Tỷ trọng kinh tế số trong GDP (%) | 16,5 | 18,3 | 18,7 | 20 |

Nguồn: Tổng hợp từ báo cáo của Bộ Thông tin và Truyền thông, Văn phòng Chính phủ và Tổng cục Thống kê.""",
        "2025-01-15",
        [
            ("online_dossier_rate", "national", "year", "2022-12-31", 25.6),
            ("online_dossier_rate", "national", "year", "2023-12-31", 36.2),
            ("online_dossier_rate", "national", "year", "2024-12-31", 48.3),
            ("online_dossier_full_process_rate", "national", "year", "2022-12-31", 9.1),
            ("online_dossier_full_process_rate", "national", "year", "2023-12-31", 21.4),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 34.5),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("digital_economy_gdp_share", "national", "year", "2022-12-31", 16.5),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.7),
        ],
    ),
    # 36. National action plan for 2025: the results section and the "Thực hiện 2024" column are values, the "Kế hoạch 2025" column is not.
    # Traps: targets column, "dự kiến" budget.
    (
        """ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ
Số: 01/KH-UBQGCĐS                                 Hà Nội, ngày 05 tháng 02 năm 2025

KẾ HOẠCH
Hoạt động của Ủy ban Quốc gia về chuyển đổi số năm 2025

I. KẾT QUẢ NĂM 2024
Tính đến ngày 31/12/2024, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 55,5%. Cả năm 2024, tỷ lệ hồ sơ xử lý trực tuyến đạt 48,3%.

II. CHỈ TIÊU NĂM 2025
| Chỉ tiêu | Thực hiện 2024 | Kế hoạch 2025 |
|---|---|---|
| Tỷ lệ hồ sơ trực tuyến toàn trình | 34,5% | 60% |
| Tỷ lệ người dân trưởng thành sử dụng DVCTT | 49% | 60% |
| Tỷ lệ hộ gia đình có cáp quang | 82,4% | 85% |

III. KINH PHÍ
Kinh phí thực hiện dự kiến khoảng 120 tỷ đồng từ ngân sách trung ương.""",
        "2025-02-05",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-12-31", 55.5),
            ("online_dossier_rate", "national", "year", "2024-12-31", 48.3),
            ("online_dossier_full_process_rate", "national", "year", "2024-12-31", 34.5),
            ("adult_population_using_dvctt_rate", "national", "year", "2024-12-31", 49.0),
            ("ftth_household_rate", "national", "as_of", "2024-12-31", 82.4),
        ],
    ),
    # 37. PDF-like aligned table for August 2024 with named ministries, subtotal rows for ministries and localities, and the national total.
    # Traps: the rows of individual ministries (one named ministry each), dossier counts (no id).
    (
        """BẢNG TỔNG HỢP TỶ LỆ HỒ SƠ XỬ LÝ TRỰC TUYẾN THÁNG 8/2024
(Kèm theo Báo cáo tháng 8/2024 của Bộ Thông tin và Truyền thông)

Đơn vị                         Tổng số hồ sơ     Hồ sơ trực tuyến     Tỷ lệ (%)
Bộ Công an                     1.862.405         1.731.037            92,9
Bộ Tài chính                   512.330           498.102              97,2
Bộ Tư pháp                     96.214            41.508               43,1
Bộ Giao thông vận tải          148.920           77.318               51,9
...
Cộng các bộ, ngành             3.412.806         2.437.085            71,4
Cộng các địa phương            10.240.115        4.364.337            42,6
Toàn quốc                      13.652.921        6.801.422            49,8

                                                                      -12-""",
        "2024-09-12",
        [
            ("online_dossier_rate", "ministries", "month", "2024-08-31", 71.4),
            ("online_dossier_rate", "localities", "month", "2024-08-31", 42.6),
            ("online_dossier_rate", "national", "month", "2024-08-31", 49.8),
        ],
    ),
    # 38. Report for Q3 and 9 months of 2025 after the two-level local government reform.
    # Traps: 34/34 provinces and 3.321 communes (counts, no id), end-of-year target.
    (
        """BÁO CÁO
Kết quả triển khai chuyển đổi số quốc gia, Đề án 06 quý III và 9 tháng năm 2025 (trích)

1. Về dịch vụ công trực tuyến
a) 9 tháng đầu năm 2025, tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 62,1%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 47,6%.
b) Kể từ ngày 01/7/2025, thực hiện mô hình chính quyền địa phương hai cấp, 34/34 tỉnh, thành phố và 3.321 xã, phường, đặc khu đã vận hành thông suốt Hệ thống thông tin giải quyết thủ tục hành chính.

2. Về hạ tầng và nền tảng số
a) Tính đến ngày 30/9/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia đạt tổng số 3,94 tỷ giao dịch kể từ khi vận hành.
b) Cùng thời điểm 30/9/2025, cả nước có 16.420 trạm BTS 5G, vùng phủ sóng 5G đạt 39,5% dân số.

3. Về an toàn thông tin mạng
Trong quý III/2025, hệ thống kỹ thuật ghi nhận 1.912 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.

Mục tiêu đến hết năm 2025, phủ sóng 5G đạt tối thiểu 50% dân số.""",
        "2025-10-10",
        [
            ("online_dossier_rate", "national", "ytd", "2025-09-30", 62.1),
            ("online_dossier_full_process_rate", "national", "ytd", "2025-09-30", 47.6),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-09-30", 3940000000.0),
            ("fiveg_bts_count", "national", "as_of", "2025-09-30", 16420.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-09-30", 39.5),
            ("cyberattacks", "national", "quarter", "2025-09-30", 1912.0),
        ],
    ),
    # 39. Monthly report excerpt with numbered sub-items 2.1 and previous-month values "(tháng 9/2024: 64,8%)" kept with their own month.
    # Traps: "tăng 1,4 điểm phần trăm" change.
    (
        """(Trích Báo cáo số 4702/BC-BTTTT ngày 11/11/2024 của Bộ Thông tin và Truyền thông)

2. Về cung cấp và sử dụng dịch vụ công trực tuyến
2.1. Trong tháng 10/2024:
- Tỷ lệ hồ sơ xử lý trực tuyến của các bộ, ngành đạt 66,1% (tháng 9/2024: 64,8%); của các địa phương đạt 45,2% (tháng 9/2024: 44,0%).
- Tỷ lệ hồ sơ trực tuyến toàn trình toàn quốc đạt 36,9%, tăng 1,4 điểm phần trăm so với tháng trước.
- Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử toàn quốc đạt 78,5%; tỷ lệ tái sử dụng dữ liệu đạt 31,2%.
2.2. Một số bộ, ngành, địa phương chưa cập nhật đầy đủ dữ liệu lên Hệ thống EMC.""",
        "2024-11-12",
        [
            ("online_dossier_rate", "ministries", "month", "2024-10-31", 66.1),
            ("online_dossier_rate", "ministries", "month", "2024-09-30", 64.8),
            ("online_dossier_rate", "localities", "month", "2024-10-31", 45.2),
            ("online_dossier_rate", "localities", "month", "2024-09-30", 44.0),
            ("online_dossier_full_process_rate", "national", "month", "2024-10-31", 36.9),
            ("e_result_rate", "national", "month", "2024-10-31", 78.5),
            ("data_reuse_rate", "national", "month", "2024-10-31", 31.2),
        ],
    ),
    # 40. Portal statistics block as a user would save it (label/value lines, update stamp); cumulative stocks at the stamp's date.
    # Traps: number of services and page visits (no id), menu furniture.
    (
        """Cổng Dịch vụ công quốc gia
Trang chủ | Giới thiệu | Thủ tục hành chính | Dịch vụ công | Thanh toán trực tuyến | Hỗ trợ

THỐNG KÊ
(Số liệu cập nhật đến 07:00 ngày 15/11/2024)
Dịch vụ công trực tuyến được tích hợp        4.478
Tài khoản đăng ký                            14.086.340
Hồ sơ trực tuyến thực hiện qua Cổng          58.367.204
Giao dịch thanh toán trực tuyến              43.915.720
Số tiền thanh toán trực tuyến (tỷ đồng)      26.980
Lượt truy cập                                1.236.558.901

Tổng đài hỗ trợ: 18001096""",
        "2024-11-15",
        [
            ("national_portal_accounts", "national", "as_of", "2024-11-15", 14086340.0),
            ("national_portal_dossiers", "national", "as_of", "2024-11-15", 58367204.0),
            ("online_payments_count", "national", "as_of", "2024-11-15", 43915720.0),
            ("online_payments_value", "national", "as_of", "2024-11-15", 26980.0),
        ],
    ),
    # 41. Pipe table with three period columns: the month, year-to-date, and cumulative since launch to 31/8/2024.
    # Traps: none beyond mapping each column to month / ytd (_new twins) / as_of (stocks).
    (
        """Biểu 2. Kết quả cung cấp dịch vụ trên Cổng Dịch vụ công quốc gia tháng 8/2024

| Chỉ tiêu | Tháng 8/2024 | Lũy kế từ đầu năm đến hết tháng 8/2024 | Lũy kế từ khi vận hành đến 31/8/2024 |
|---|---|---|---|
| Tài khoản đăng ký | 428.906 | 3.051.277 | 13.004.385 |
| Hồ sơ trực tuyến | 1.365.290 | 9.874.512 | 54.190.337 |
| Giao dịch thanh toán trực tuyến | 2.874.610 | 19.405.233 | 36.902.118 |
| Số tiền thanh toán (tỷ đồng) | 1.692 | 12.338 | 22.846 |""",
        "2024-09-06",
        [
            ("national_portal_accounts_new", "national", "month", "2024-08-31", 428906.0),
            ("national_portal_accounts_new", "national", "ytd", "2024-08-31", 3051277.0),
            ("national_portal_accounts", "national", "as_of", "2024-08-31", 13004385.0),
            ("national_portal_dossiers_new", "national", "month", "2024-08-31", 1365290.0),
            ("national_portal_dossiers_new", "national", "ytd", "2024-08-31", 9874512.0),
            ("national_portal_dossiers", "national", "as_of", "2024-08-31", 54190337.0),
            ("online_payments_count_new", "national", "month", "2024-08-31", 2874610.0),
            ("online_payments_count_new", "national", "ytd", "2024-08-31", 19405233.0),
            ("online_payments_count", "national", "as_of", "2024-08-31", 36902118.0),
            ("online_payments_value_new", "national", "month", "2024-08-31", 1692.0),
            ("online_payments_value_new", "national", "ytd", "2024-08-31", 12338.0),
            ("online_payments_value", "national", "as_of", "2024-08-31", 22846.0),
        ],
    ),
    # 42. Commune-level news (a commune in Đông Anh district): no national or provincial value at all.
    # Traps: commune shares and counts, "từ đầu năm đến nay", 100% target.
    (
        """Xã Liên Hà (huyện Đông Anh): 98% hồ sơ được tiếp nhận trực tuyến

08/08/2024 | 16:40

Từ đầu năm đến nay, Bộ phận Một cửa xã Liên Hà đã tiếp nhận 3.412 hồ sơ thủ tục hành chính, trong đó 3.346 hồ sơ trực tuyến, đạt 98%. Tỷ lệ hồ sơ trực tuyến toàn trình của xã đạt 91,5%, tỷ lệ số hóa kết quả giải quyết đạt 100%.

Ông Nguyễn Văn Thành, Chủ tịch UBND xã cho biết, xã đã thành lập 12 tổ công nghệ số cộng đồng với 86 thành viên, hỗ trợ người dân cài đặt, kích hoạt tài khoản định danh điện tử.

Thời gian tới, xã phấn đấu 100% hồ sơ được tiếp nhận, giải quyết trực tuyến toàn trình.

Thu Trang""",
        "2024-08-08",
        [],
    ),
    # 43. Telecom authority table, tab-separated, with dates in the rows (month ends of Q4 2024).
    # Traps: the quarter-on-quarter note "tăng 1,6%".
    (
        "CỤC VIỄN THÔNG\n"
        "Số liệu phát triển thuê bao băng rộng quý IV/2024\n\n"
        "Thời điểm\tThuê bao băng rộng cố định (triệu)\tThuê bao băng rộng di động (triệu)\tTỷ lệ thuê bao di động sử dụng smartphone (%)\n"
        "31/10/2024\t23,05\t88,74\t87,6\n"
        "30/11/2024\t23,21\t88,93\t87,8\n"
        "31/12/2024\t23,40\t89,20\t88,1\n\n"
        "Ghi chú: Số thuê bao băng rộng cố định cuối quý IV tăng 1,6% so với cuối quý III/2024.",
        "2025-01-14",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-10-31", 23050000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-11-30", 23210000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 23400000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-10-31", 88740000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-11-30", 88930000.0),
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-12-31", 89200000.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-10-31", 87.6),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-11-30", 87.8),
            ("smartphone_subscriber_rate", "national", "as_of", "2024-12-31", 88.1),
        ],
    ),
    # 44. City report (Cần Thơ) with periods in the rows (quarters, half, 9 months) and a plan column.
    # Traps: the "Kế hoạch (%)" column.
    (
        "UBND THÀNH PHỐ CẦN THƠ\n"
        "BÁO CÁO\n"
        "Tình hình thực hiện chỉ tiêu hồ sơ trực tuyến toàn trình năm 2024 (đến hết quý III)\n\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình của thành phố Cần Thơ theo từng kỳ như sau:\n"
        "Kỳ báo cáo\tKế hoạch (%)\tThực hiện (%)\n"
        "Quý I/2024\t50\t46,2\n"
        "Quý II/2024\t55\t51,7\n"
        "6 tháng đầu năm 2024\t55\t49,1\n"
        "Quý III/2024\t60\t57,4\n"
        "9 tháng đầu năm 2024\t60\t52,3\n\n"
        "Nhìn chung, kết quả thực hiện tăng dần qua từng quý nhưng chưa đạt kế hoạch đề ra.",
        "2024-10-16",
        [
            ("online_dossier_full_process_rate", "Cần Thơ", "quarter", "2024-03-31", 46.2),
            ("online_dossier_full_process_rate", "Cần Thơ", "quarter", "2024-06-30", 51.7),
            ("online_dossier_full_process_rate", "Cần Thơ", "half", "2024-06-30", 49.1),
            ("online_dossier_full_process_rate", "Cần Thơ", "quarter", "2024-09-30", 57.4),
            ("online_dossier_full_process_rate", "Cần Thơ", "ytd", "2024-09-30", 52.3),
        ],
    ),
]
