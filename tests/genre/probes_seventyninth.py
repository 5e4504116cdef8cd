"""Genre probes, round 79: the many ways provincial and national pages word online public services and dossiers, 2022–2025 ("mức độ 3, 4" and "toàn trình"/"một phần", procedures vs services vs dossiers, eligible procedures, dossiers with electronic results, data reuse, personal-ID-linked dossiers, online payments as count and amount, National Portal accounts and dossiers cumulative vs in a month, essential services of Đề án 06, SIPAS/satisfaction; lists with colons and dashes, tables as text, "lần lượt", brackets, a province's figure beside the country's; with traps for one ministry's own figures, a district's, targets, changes and remainders), written blind by a helper (not copied from any page).

First reading with 2096c2e (the start code 2235ecf: 71 of 74 right, 71 of 75 found): 72 of 75 right, 72 of 75 found. Fitted: legacy 'dịch vụ công trực tuyến mức độ 3, 4, đạt tỷ lệ …', partial-process dossiers are no online-dossier share, a label ending on its province before a colon ('Kết quả 6 tháng đầu năm 2024 của TP. Hồ Chí Minh: …') owns every item after it, a ministry leading its level; now 75/75, 75/75.
"""

CASES = [
    # 1. Provincial monthly list with dashes; the digitisation rate is not a catalog indicator.
    (
        "Kết quả thực hiện Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh Bắc Ninh trong tháng 8/2024 như sau:\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình: 68,42%;\n"
        "- Tỷ lệ hồ sơ được cấp kết quả điện tử: 91,05%;\n"
        "- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: 85,3%;\n"
        "- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa: 47,6%.",
        "2024-09-05",
        [
            ("online_dossier_full_process_rate", "Bắc Ninh", "month", "2024-08-31", 68.42),
            ("e_result_rate", "Bắc Ninh", "month", "2024-08-31", 91.05),
            ("data_reuse_rate", "Bắc Ninh", "month", "2024-08-31", 47.6),
        ],
    ),
    # 2. Province beside the country, country in brackets.
    (
        "Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của thành phố Đà Nẵng đạt 79,8%, cao gần gấp đôi mức bình quân cả nước (43,4%).",
        "2024-01-20",
        [
            ("online_dossier_rate", "Đà Nẵng", "year", "2023-12-31", 79.8),
            ("online_dossier_rate", "national", "year", "2023-12-31", 43.4),
        ],
    ),
    # 3. Table as text: plan column is a target (trap), 9-month column is the value.
    (
        "Bảng tổng hợp chỉ tiêu chuyển đổi số tỉnh Nghệ An.\n"
        "Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện 9 tháng năm 2024\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình | 50% | 41,7%\n"
        "Tỷ lệ hồ sơ cấp kết quả điện tử | 100% | 88,2%\n"
        "Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa | 50% | 33,9%",
        "2024-10-10",
        [
            ("online_dossier_full_process_rate", "Nghệ An", "ytd", "2024-09-30", 41.7),
            ("e_result_rate", "Nghệ An", "ytd", "2024-09-30", 88.2),
            ("data_reuse_rate", "Nghệ An", "ytd", "2024-09-30", 33.9),
        ],
    ),
    # 4. Old wording "mức độ 3, 4" as a share of all procedures; counts are not indicators.
    (
        "Đến hết năm 2022, tỉnh Lào Cai đã cung cấp 1.482 dịch vụ công trực tuyến mức độ 3, 4, đạt tỷ lệ 91,2% tổng số thủ tục hành chính của tỉnh; trong đó có 1.036 dịch vụ mức độ 4.",
        "2023-01-12",
        [
            ("dvctt_rate", "Lào Cai", "as_of", "2022-12-31", 91.2),
        ],
    ),
    # 5. Counts of services (toàn trình / một phần) are not indicators; accounts are.
    (
        "Tính đến ngày 30/6/2024, Cổng Dịch vụ công quốc gia đã tích hợp, cung cấp 4.419 dịch vụ công trực tuyến, trong đó 2.653 dịch vụ toàn trình và 1.766 dịch vụ một phần; số tài khoản đăng ký trên Cổng đạt 15,6 triệu.",
        "2024-07-04",
        [
            ("national_portal_accounts", "national", "as_of", "2024-06-30", 15600000.0),
        ],
    ),
    # 6. TRAP: one ministry's own figures.
    (
        "Riêng Bộ Tài chính, tỷ lệ hồ sơ trực tuyến toàn trình năm 2023 đạt 92,7%; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số TTHC thuộc phạm vi quản lý của Bộ đạt 75%.",
        "2024-02-02",
        [],
    ),
    # 7. TRAP: a district's figure.
    (
        "Tại huyện Thống Nhất (Đồng Nai), 9 tháng năm 2024 tỷ lệ hồ sơ xử lý trực tuyến đạt 96,5%, cao nhất trong 11 huyện, thành phố của tỉnh.",
        "2024-10-08",
        [],
    ),
    # 8. Partial TRAP: targets for 2025 plus last year's actual.
    (
        "Kế hoạch năm 2025 của tỉnh Phú Thọ đặt mục tiêu tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%, 100% hồ sơ được cấp kết quả điện tử. Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh mới đạt 38,4%.",
        "2025-02-14",
        [
            ("online_dossier_full_process_rate", "Phú Thọ", "year", "2024-12-31", 38.4),
        ],
    ),
    # 9. TRAP: changes only.
    (
        "So với cùng kỳ năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Thanh Hóa tăng 14,2 điểm phần trăm, số giao dịch thanh toán trực tuyến tăng gấp 2,3 lần, tỷ lệ cấp kết quả điện tử tăng 9%.",
        "2024-07-15",
        [],
    ),
    # 10. TRAP: remainder of the 53 essential services.
    (
        "Trong 53 dịch vụ công thiết yếu theo Đề án 06, hiện vẫn còn 11 dịch vụ chưa được cung cấp trực tuyến toàn trình do vướng mắc về quy định pháp luật.",
        "2024-11-10",
        [],
    ),
    # 11. Essential services, national, x/53.
    (
        "Tính đến ngày 31/10/2024, đã có 42/53 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.",
        "2024-11-05",
        [
            ("essential_services_full_process", "national", "as_of", "2024-10-31", 42.0),
        ],
    ),
    # 12. Portal accounts: new in a month vs cumulative; dossiers in the month.
    (
        "Trong tháng 3/2024, Cổng Dịch vụ công quốc gia có thêm 312.000 tài khoản đăng ký mới, nâng tổng số tài khoản lên hơn 11,8 triệu; Cổng tiếp nhận 1,46 triệu hồ sơ trực tuyến trong tháng.",
        "2024-04-08",
        [
            ("national_portal_accounts_new", "national", "month", "2024-03-31", 312000.0),
            ("national_portal_accounts", "national", "as_of", "2024-03-31", 11800000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-03-31", 1460000.0),
        ],
    ),
    # 13. Cumulative payments with "lần lượt".
    (
        "Lũy kế từ khi khai trương đến ngày 31/5/2024, số giao dịch và số tiền thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia lần lượt đạt 14,2 triệu giao dịch và 9.870 tỷ đồng.",
        "2024-06-12",
        [
            ("online_payments_count", "national", "as_of", "2024-05-31", 14200000.0),
            ("online_payments_value", "national", "as_of", "2024-05-31", 9870.0),
        ],
    ),
    # 14. Payments within one year (flow twins).
    (
        "Riêng trong năm 2023, Cổng Dịch vụ công quốc gia ghi nhận hơn 5,1 triệu giao dịch thanh toán trực tuyến với tổng số tiền khoảng 3.250 tỷ đồng.",
        "2024-01-25",
        [
            ("online_payments_count_new", "national", "year", "2023-12-31", 5100000.0),
            ("online_payments_value_new", "national", "year", "2023-12-31", 3250.0),
        ],
    ),
    # 15. TRAP: operators' own payment figures.
    (
        "Năm 2023, nền tảng VNPT Pay đã xử lý 2,4 triệu giao dịch thanh toán phí, lệ phí thủ tục hành chính, trong khi Viettel Money ghi nhận khoảng 1,3 triệu giao dịch với giá trị 860 tỷ đồng.",
        "2024-01-30",
        [],
    ),
    # 16. Personal-ID-linked dossiers, a quarter.
    (
        "Trong quý I/2024, tỷ lệ hồ sơ thủ tục hành chính được gắn mã định danh cá nhân (số định danh cá nhân/CCCD) của Hà Nội đạt 95,8%.",
        "2024-04-15",
        [
            ("dossiers_with_personal_id_rate", "Hà Nội", "quarter", "2024-03-31", 95.8),
        ],
    ),
    # 17. Brackets with the country's figure; "toàn trình và một phần" = all online dossiers.
    (
        "Kết quả 6 tháng đầu năm 2024 của TP. Hồ Chí Minh: tỷ lệ hồ sơ trực tuyến (toàn trình và một phần) đạt 72,3%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 48,1% (cả nước 33,6%); tỷ lệ khai thác, tái sử dụng dữ liệu số hóa đạt 39,5% (cả nước 28,9%).",
        "2024-07-10",
        [
            ("online_dossier_rate", "Hồ Chí Minh", "half", "2024-06-30", 72.3),
            ("online_dossier_full_process_rate", "Hồ Chí Minh", "half", "2024-06-30", 48.1),
            ("online_dossier_full_process_rate", "national", "half", "2024-06-30", 33.6),
            ("data_reuse_rate", "Hồ Chí Minh", "half", "2024-06-30", 39.5),
            ("data_reuse_rate", "national", "half", "2024-06-30", 28.9),
        ],
    ),
    # 18. Procedures over all vs over eligible.
    (
        "Đến ngày 15/9/2024, tỉnh Quảng Ninh có 1.127/1.820 thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình, đạt 61,9% tổng số TTHC; tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến toàn trình đạt 100%.",
        "2024-09-20",
        [
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2024-09-15", 61.9),
            ("full_process_provision_rate", "Quảng Ninh", "as_of", "2024-09-15", 100.0),
        ],
    ),
    # 19. Ministries vs localities.
    (
        "Trong quý III/2024, tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành đạt 56,8%, trong khi khối địa phương đạt 41,2%.",
        "2024-10-15",
        [
            ("online_dossier_full_process_rate", "ministries", "quarter", "2024-09-30", 56.8),
            ("online_dossier_full_process_rate", "localities", "quarter", "2024-09-30", 41.2),
        ],
    ),
    # 20. TRAP: "hiện nay" with no published date and no date in the text.
    (
        "Hiện nay, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của tỉnh Long An đạt 86%, tỷ lệ hồ sơ được cấp kết quả điện tử đạt 92%.",
        None,
        [],
    ),
    # 21. "Hiện nay" with a published date -> as_of that date.
    (
        "Hiện nay, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của tỉnh Tây Ninh đạt 78,5%, đứng thứ 9 cả nước.",
        "2024-12-03",
        [
            ("dvctt_with_dossiers_rate", "Tây Ninh", "as_of", "2024-12-03", 78.5),
        ],
    ),
    # 22. Satisfaction, province beside the country.
    (
        "Theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp, năm 2024 tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết TTHC của tỉnh Bình Định đạt 98,6%, trong khi tỷ lệ chung của cả nước là 91,4%.",
        "2025-01-15",
        [
            ("satisfaction_rate", "Bình Định", "year", "2024-12-31", 98.6),
            ("satisfaction_rate", "national", "year", "2024-12-31", 91.4),
        ],
    ),
    # 23. SIPAS index reported as a satisfaction percentage (the rank is not a value).
    (
        "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023 của tỉnh Quảng Ninh đạt 88,05%, xếp thứ 4/63; chỉ số SIPAS bình quân cả nước đạt 80,08%.",
        "2024-04-20",
        [
            ("satisfaction_rate", "Quảng Ninh", "year", "2023-12-31", 88.05),
            ("satisfaction_rate", "national", "year", "2023-12-31", 80.08),
        ],
    ),
    # 24. Adults using online services, with a target beside it.
    (
        "Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến của thành phố Cần Thơ năm 2024 ước đạt 52%, thấp hơn mục tiêu 70% mà thành phố đề ra.",
        "2025-01-08",
        [
            ("adult_population_using_dvctt_rate", "Cần Thơ", "year", "2024-12-31", 52.0),
        ],
    ),
    # 25. Province payments over 9 months; share of dossiers paid online is not an indicator.
    (
        "9 tháng đầu năm 2024, tỉnh Kiên Giang có 48.615 giao dịch thanh toán trực tuyến phí, lệ phí qua Cổng Dịch vụ công quốc gia với số tiền 21,4 tỷ đồng; tỷ lệ hồ sơ có thanh toán trực tuyến đạt 23,5%.",
        "2024-10-12",
        [
            ("online_payments_count_new", "Kiên Giang", "ytd", "2024-09-30", 48615.0),
            ("online_payments_value_new", "Kiên Giang", "ytd", "2024-09-30", 21.4),
        ],
    ),
    # 26. TRAP: other countries.
    (
        "Theo khảo sát của Liên hợp quốc năm 2024, Hàn Quốc có trên 90% người trưởng thành sử dụng dịch vụ công trực tuyến, còn Estonia cung cấp trực tuyến tới 99% dịch vụ công.",
        "2024-09-25",
        [],
    ),
    # 27. TRAP: counts of plans, decisions and listed procedures.
    (
        "Năm 2023, UBND tỉnh Yên Bái ban hành 14 kế hoạch, 6 quyết định công bố danh mục 412 TTHC được cung cấp dịch vụ công trực tuyến toàn trình và 9 văn bản chỉ đạo triển khai Đề án 06.",
        "2024-01-05",
        [],
    ),
    # 28. Provinces with a fee-reduction resolution (national only).
    (
        "Đến ngày 31/12/2023, đã có 58/63 địa phương ban hành nghị quyết của HĐND về miễn, giảm phí, lệ phí khi người dân, doanh nghiệp thực hiện dịch vụ công trực tuyến.",
        "2024-01-18",
        [
            ("localities_fee_reduction", "national", "as_of", "2023-12-31", 58.0),
        ],
    ),
    # 29. National Portal list with colons and dashes, cumulative.
    (
        "Số liệu trên Cổng Dịch vụ công quốc gia (tính đến ngày 30/11/2024):\n"
        "- Số tài khoản đăng ký: 19.432.110;\n"
        "- Tổng số hồ sơ trực tuyến thực hiện qua Cổng: 48,6 triệu hồ sơ;\n"
        "- Thanh toán trực tuyến: 21,7 triệu giao dịch, số tiền 14.260 tỷ đồng.",
        "2024-12-05",
        [
            ("national_portal_accounts", "national", "as_of", "2024-11-30", 19432110.0),
            ("national_portal_dossiers", "national", "as_of", "2024-11-30", 48600000.0),
            ("online_payments_count", "national", "as_of", "2024-11-30", 21700000.0),
            ("online_payments_value", "national", "as_of", "2024-11-30", 14260.0),
        ],
    ),
    # 30. "lần lượt" for e-results and reuse.
    (
        "Tỷ lệ cấp kết quả giải quyết TTHC điện tử và tỷ lệ khai thác, sử dụng lại dữ liệu đã số hóa của tỉnh Vĩnh Long năm 2024 lần lượt đạt 97,2% và 61,8%.",
        "2025-01-20",
        [
            ("e_result_rate", "Vĩnh Long", "year", "2024-12-31", 97.2),
            ("data_reuse_rate", "Vĩnh Long", "year", "2024-12-31", 61.8),
        ],
    ),
    # 31. National: share of all procedures online, and full-process over all procedures.
    (
        "Đến hết tháng 6/2023, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến của cả nước đạt 79,6%, trong đó tỷ lệ dịch vụ công trực tuyến toàn trình (tính trên tổng số TTHC) đạt 45,3%.",
        "2023-07-12",
        [
            ("dvctt_rate", "national", "as_of", "2023-06-30", 79.6),
            ("dvctt_full_process_rate", "national", "as_of", "2023-06-30", 45.3),
        ],
    ),
    # 32. National month plus one ministry's figure (trap part).
    (
        "Tháng 10/2024, tỷ lệ hồ sơ trực tuyến toàn trình trên toàn quốc đạt 44,9%; trong đó Bộ Công an dẫn đầu khối bộ, ngành với 97,3%.",
        "2024-11-08",
        [
            ("online_dossier_full_process_rate", "national", "month", "2024-10-31", 44.9),
        ],
    ),
    # 33. Province plus commune level and a town (trap parts).
    (
        "Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Sóc Trăng đạt 71,4%; riêng cấp xã đạt 82%, thị xã Vĩnh Châu đạt 88,6%.",
        "2025-01-10",
        [
            ("online_dossier_rate", "Sóc Trăng", "year", "2024-12-31", 71.4),
        ],
    ),
    # 34. "Một phần" share is not an indicator; no arithmetic for the total.
    (
        "Trong năm 2023, tỉnh Gia Lai tiếp nhận 612.340 hồ sơ TTHC, trong đó hồ sơ trực tuyến toàn trình chiếm 27,3%, hồ sơ trực tuyến một phần chiếm 19,5%, số còn lại nộp trực tiếp hoặc qua bưu chính.",
        "2024-01-16",
        [
            ("online_dossier_full_process_rate", "Gia Lai", "year", "2023-12-31", 27.3),
        ],
    ),
    # 35. A province's own National Portal accounts.
    (
        "Tính đến ngày 31/8/2024, người dân, doanh nghiệp thành phố Hải Phòng đã đăng ký khoảng 620.000 tài khoản trên Cổng Dịch vụ công quốc gia.",
        "2024-09-10",
        [
            ("national_portal_accounts", "Hải Phòng", "as_of", "2024-08-31", 620000.0),
        ],
    ),
    # 36. TRAP: one ministry's count of essential services.
    (
        "Bộ Công an đã cung cấp 29 dịch vụ công thiết yếu thuộc thẩm quyền giải quyết theo hình thức trực tuyến toàn trình, trong tổng số 53 dịch vụ công thiết yếu của Đề án 06.",
        "2024-08-14",
        [],
    ),
    # 37. Cumulative accounts with a year-on-year change (change is not a value).
    (
        "Tính đến hết tháng 4/2025, Cổng Dịch vụ công quốc gia có 22,4 triệu tài khoản đăng ký, tăng 4,1 triệu tài khoản so với cùng kỳ năm trước.",
        "2025-05-06",
        [
            ("national_portal_accounts", "national", "as_of", "2025-04-30", 22400000.0),
        ],
    ),
    # 38. Table as text, provinces and the country, a quarter.
    (
        "Kết quả quý IV/2024 theo Bộ chỉ số phục vụ người dân, doanh nghiệp:\n"
        "Địa phương | Tỷ lệ hồ sơ trực tuyến toàn trình | Tỷ lệ cấp kết quả điện tử\n"
        "Lâm Đồng | 52,3% | 94,1%\n"
        "Đồng Tháp | 47,9% | 89,6%\n"
        "Cả nước | 38,2% | 71,5%",
        "2025-01-22",
        [
            ("online_dossier_full_process_rate", "Lâm Đồng", "quarter", "2024-12-31", 52.3),
            ("e_result_rate", "Lâm Đồng", "quarter", "2024-12-31", 94.1),
            ("online_dossier_full_process_rate", "Đồng Tháp", "quarter", "2024-12-31", 47.9),
            ("e_result_rate", "Đồng Tháp", "quarter", "2024-12-31", 89.6),
            ("online_dossier_full_process_rate", "national", "quarter", "2024-12-31", 38.2),
            ("e_result_rate", "national", "quarter", "2024-12-31", 71.5),
        ],
    ),
    # 39. Year-to-date dossiers through the Portal to a stated day.
    (
        "Từ đầu năm đến ngày 20/8/2024, Cổng Dịch vụ công quốc gia đã tiếp nhận khoảng 6,9 triệu hồ sơ trực tuyến của người dân, doanh nghiệp.",
        "2024-08-25",
        [
            ("national_portal_dossiers_new", "national", "ytd", "2024-08-20", 6900000.0),
        ],
    ),
    # 40. "Đến nay" with published date; eligible procedures at 100%.
    (
        "Đến nay, tỉnh Thừa Thiên Huế đã cung cấp 100% thủ tục hành chính đủ điều kiện dưới hình thức dịch vụ công trực tuyến toàn trình.",
        "2024-05-16",
        [
            ("full_process_provision_rate", "Thừa Thiên Huế", "as_of", "2024-05-16", 100.0),
        ],
    ),
    # 41. Monthly provincial list with a target in brackets.
    (
        "Tháng 11/2024, tỉnh Lạng Sơn:\n"
        "- Hồ sơ tiếp nhận trực tuyến: 38.452 hồ sơ, đạt tỷ lệ 64,2% tổng số hồ sơ (chỉ tiêu giao 70%);\n"
        "- Tỷ lệ hồ sơ gắn mã định danh cá nhân: 99,1%;\n"
        "- Tỷ lệ người dân, doanh nghiệp hài lòng: 99,7%.",
        "2024-12-04",
        [
            ("online_dossier_rate", "Lạng Sơn", "month", "2024-11-30", 64.2),
            ("dossiers_with_personal_id_rate", "Lạng Sơn", "month", "2024-11-30", 99.1),
            ("satisfaction_rate", "Lạng Sơn", "month", "2024-11-30", 99.7),
        ],
    ),
    # 42. 2022 national dossiers "mức độ 3, 4".
    (
        "Năm 2022, tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4 trên tổng số hồ sơ của cả nước đạt 33,9%, chưa đạt mục tiêu 50% đề ra tại Nghị quyết 01.",
        "2023-02-10",
        [
            ("online_dossier_rate", "national", "year", "2022-12-31", 33.9),
        ],
    ),
    # 43. Table with month and cumulative columns (flows).
    (
        "Chỉ tiêu | Tháng 6/2024 | Lũy kế 6 tháng đầu năm 2024\n"
        "Tài khoản đăng ký mới trên Cổng DVCQG | 402.118 | 2.315.774\n"
        "Hồ sơ trực tuyến nộp qua Cổng DVCQG | 1,52 triệu | 8,3 triệu\n"
        "Giao dịch thanh toán trực tuyến | 712.450 | 3.904.116\n"
        "Số tiền thanh toán trực tuyến (tỷ đồng) | 498 | 2.710",
        "2024-07-08",
        [
            ("national_portal_accounts_new", "national", "month", "2024-06-30", 402118.0),
            ("national_portal_accounts_new", "national", "half", "2024-06-30", 2315774.0),
            ("national_portal_dossiers_new", "national", "month", "2024-06-30", 1520000.0),
            ("national_portal_dossiers_new", "national", "half", "2024-06-30", 8300000.0),
            ("online_payments_count_new", "national", "month", "2024-06-30", 712450.0),
            ("online_payments_count_new", "national", "half", "2024-06-30", 3904116.0),
            ("online_payments_value_new", "national", "month", "2024-06-30", 498.0),
            ("online_payments_value_new", "national", "half", "2024-06-30", 2710.0),
        ],
    ),
    # 44. TRAP: a forecast ending after the published date, plus a remainder.
    (
        "Dự kiến đến ngày 31/12/2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Hà Giang sẽ đạt khoảng 35%; hiện vẫn còn 41,5% hồ sơ được nộp trực tiếp tại Bộ phận Một cửa.",
        "2024-11-20",
        [],
    ),
    # 45. National rate over eligible procedures, and services that got dossiers.
    (
        "Tính đến ngày 31/3/2025, tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC đủ điều kiện của cả nước đạt 88,6%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 61,2%.",
        "2025-04-09",
        [
            ("full_process_provision_rate", "national", "as_of", "2025-03-31", 88.6),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2025-03-31", 61.2),
        ],
    ),
    # 46. TRAP: a ward's figure and a ward-level count.
    (
        "Phường Bến Nghé (quận 1) đạt tỷ lệ 100% hồ sơ được cấp kết quả điện tử và 98,3% hồ sơ nộp trực tuyến trong năm 2024, với 12.406 hồ sơ được tiếp nhận.",
        "2025-01-12",
        [],
    ),
    # 47. Two months, ytd, with province and country side by side.
    (
        "Trong 2 tháng đầu năm 2025, tỷ lệ hồ sơ gắn định danh cá nhân của tỉnh Bình Dương đạt 97,4%, so với mức chung toàn quốc là 90,2%.",
        "2025-03-06",
        [
            ("dossiers_with_personal_id_rate", "Bình Dương", "ytd", "2025-02-28", 97.4),
            ("dossiers_with_personal_id_rate", "national", "ytd", "2025-02-28", 90.2),
        ],
    ),
]
