"""Genre probes, round 103: every indicator of the catalog at least once, in 2022–2025 press and portal wordings with their usual traps, written blind.

First reading (the stop's start code 1716bfb read it): 101 of 107 right, 101 of 108 found (0.94 / 0.94). With the code of stop 43's end: 105 of 109, 105 of 108. Fitted after that reading: 'cùng kỳ báo cáo', a list's size after 'danh mục', the essential-services ratio named after its list, a GRDP share after 'Ở các địa phương'.
"""

CASES = [
    # 1 — press summary of the Government Office's monthly portal report: month flows, a stock after the month, cumulative payments; one ministry's share and a phone number as traps
    (
        """Cổng Dịch vụ công quốc gia thêm hơn 1,1 triệu tài khoản trong tháng 3/2024

Thứ Hai, 08/04/2024 - 09:42

Theo báo cáo tình hình vận hành Cổng Dịch vụ công quốc gia do Văn phòng Chính phủ vừa công bố, trong tháng 3/2024 Cổng đã có thêm hơn 1,1 triệu tài khoản đăng ký mới, nâng tổng số tài khoản lên trên 12,4 triệu tài khoản.

Cũng trong tháng 3, có 1,86 triệu hồ sơ trực tuyến được nộp qua Cổng, tăng 14,2% so với tháng trước. Riêng Bộ Công an tiếp nhận khoảng 420 nghìn hồ sơ, chủ yếu là đăng ký, quản lý cư trú và cấp đổi thẻ căn cước.

Về thanh toán trực tuyến, tháng 3/2024 ghi nhận 1,37 triệu giao dịch với tổng số tiền khoảng 912 tỷ đồng. Lũy kế từ khi tích hợp chức năng thanh toán, Cổng đã xử lý 9,6 triệu giao dịch với số tiền trên 6.850 tỷ đồng.

Văn phòng Chính phủ cho biết sẽ tiếp tục phối hợp với các bộ, ngành, địa phương rà soát, tái cấu trúc quy trình, phấn đấu đến hết năm 2024 có 80% dịch vụ công trực tuyến toàn trình. Người dân gặp vướng mắc khi sử dụng có thể phản ánh qua tổng đài 18001096 hoặc chức năng hỗ trợ trực tuyến trên Cổng.""",
        "2024-04-08",
        [
            ("national_portal_accounts_new", "national", "month", "2024-03-31", 1100000.0),
            ("national_portal_accounts", "national", "as_of", "2024-03-31", 12400000.0),
            ("national_portal_dossiers_new", "national", "month", "2024-03-31", 1860000.0),
            ("online_payments_count_new", "national", "month", "2024-03-31", 1370000.0),
            ("online_payments_value_new", "national", "month", "2024-03-31", 912.0),
            ("online_payments_count", "national", "as_of", "2024-04-08", 9600000.0),
            ("online_payments_value", "national", "as_of", "2024-04-08", 6850.0),
        ],
    ),
    # 2 — provincial portal, half-year review of Đề án 06: e-results, data reuse, personal ID, online dossiers; digitisation rate (no id), change in points and targets as traps
    (
        """Đồng Tháp: 6 tháng đầu năm, gần 7/10 hồ sơ thủ tục hành chính được xử lý trực tuyến

12/07/2024

Chiều 11/7, Ban Chỉ đạo triển khai Đề án 06 tỉnh Đồng Tháp tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Theo báo cáo của Công an tỉnh – cơ quan thường trực Ban Chỉ đạo, 6 tháng đầu năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh đạt 68,4%. Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 93,7%; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 91,2%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã số hóa đạt 47,5%, tăng gần 20 điểm phần trăm so với cuối năm 2023.

Đáng chú ý, 96,3% hồ sơ thủ tục hành chính tiếp nhận trong kỳ đã được gắn mã số định danh cá nhân, định danh tổ chức, giúp người dân không phải khai báo lại thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư.

Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: việc tái sử dụng dữ liệu ở cấp xã còn thấp; một số huyện chưa bố trí đủ thiết bị số hóa, máy quét chuyên dụng; kỹ năng số của một bộ phận công chức còn hạn chế.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến đạt trên 80%, tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 70%, đồng thời đẩy mạnh tuyên truyền để người dân quen dần với môi trường số.""",
        "2024-07-12",
        [
            ("online_dossier_rate", "Đồng Tháp", "half", "2024-06-30", 68.4),
            ("e_result_rate", "Đồng Tháp", "half", "2024-06-30", 91.2),
            ("data_reuse_rate", "Đồng Tháp", "half", "2024-06-30", 47.5),
            ("dossiers_with_personal_id_rate", "Đồng Tháp", "half", "2024-06-30", 96.3),
        ],
    ),
    # 3 — national committee meeting coverage: essential services x/53 and fee-reduction resolutions x/63 at a date; remainders and deadlines as traps
    (
        """Còn 11 dịch vụ công thiết yếu chưa được cung cấp toàn trình

02/05/2024 14:20

Tại phiên họp của Ủy ban Quốc gia về chuyển đổi số diễn ra cuối tháng 4, Văn phòng Chính phủ báo cáo: tính đến ngày 18/4/2024, đã có 42/53 dịch vụ công thiết yếu theo Đề án 06 được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia. 11 dịch vụ còn lại chủ yếu thuộc các lĩnh vực đất đai, xây dựng, tư pháp, vốn có quy trình phức tạp và liên quan nhiều cấp chính quyền.

Về chính sách khuyến khích người dân sử dụng dịch vụ công trực tuyến, cùng thời điểm có 57/63 địa phương đã ban hành nghị quyết của Hội đồng nhân dân về miễn, giảm phí, lệ phí khi thực hiện thủ tục hành chính trên môi trường mạng; 06 địa phương chưa ban hành nghị quyết đang hoàn thiện hồ sơ trình kỳ họp gần nhất.

Kết luận phiên họp, Thủ tướng yêu cầu các bộ, ngành hoàn thành cung cấp toàn trình 11 dịch vụ công thiết yếu còn lại trong tháng 6/2024; 100% địa phương ban hành nghị quyết miễn, giảm phí, lệ phí trong tháng 5/2024. "Mỗi dịch vụ đưa lên phải thực chất, người dân dùng được, dùng thuận tiện, không để tình trạng đưa lên cho có", Thủ tướng nhấn mạnh.""",
        "2024-05-02",
        [
            ("essential_services_full_process", "national", "as_of", "2024-04-18", 42.0),
            ("localities_fee_reduction", "national", "as_of", "2024-04-18", 57.0),
        ],
    ),
    # 4 — procedures simplified x/1.084 and the 76-service list; share of 1.084 (no id), remainder, count of resolutions, a province's own list and a deadline as traps
    (
        """Đã cắt giảm, đơn giản hóa 825 thủ tục hành chính theo các nghị quyết chuyên đề

Cập nhật: 20/02/2025

Theo báo cáo của Văn phòng Chính phủ về công tác cải cách thủ tục hành chính, đến hết tháng 1/2025, các bộ, ngành đã thực thi phương án cắt giảm, đơn giản hóa 825/1.084 thủ tục hành chính được Chính phủ thông qua tại 08 nghị quyết chuyên đề, đạt 76,1%; vẫn còn 259 thủ tục hành chính chưa được thực thi do vướng quy định tại luật, nghị định.

Đối với Danh mục 76 dịch vụ công thiết yếu ban hành năm 2024 (thay thế danh mục 53 dịch vụ trước đó), đến hết tháng 1/2025 đã có 31/76 dịch vụ được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia. Ở địa phương, Bình Dương cho biết đã hoàn thành 22/25 dịch vụ công thiết yếu thuộc thẩm quyền giải quyết của tỉnh.

Thủ tướng Chính phủ yêu cầu các bộ, ngành khẩn trương hoàn thành các dịch vụ còn lại trong quý II/2025, đồng thời rà soát, sửa đổi các văn bản quy phạm pháp luật có liên quan, không để "điểm nghẽn" về thể chế kéo dài.""",
        "2025-02-20",
        [
            ("procedures_simplified", "national", "as_of", "2025-01-31", 825.0),
            ("essential_services_full_process", "national", "as_of", "2025-01-31", 31.0),
        ],
    ),
    # 5 — year-end press on the service index: national satisfaction, adult DVCTT use, a province's satisfaction; score, one agency's figure and target as traps
    (
        """Hơn 87% người dân, doanh nghiệp hài lòng khi giải quyết thủ tục hành chính năm 2023

16/01/2024

Theo kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử, năm 2023 tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết thủ tục hành chính đạt 87,6% trên toàn quốc. Điểm đánh giá trung bình của cả nước đạt 74,52/100 điểm.

Trong khối địa phương, Quảng Ninh tiếp tục dẫn đầu về mức độ hài lòng với tỷ lệ 98,1%. Trong khối bộ, ngành, Bảo hiểm xã hội Việt Nam có tỷ lệ hài lòng cao nhất, đạt 95%.

Cũng trong năm 2023, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến ước đạt 38,2%, chưa đạt mục tiêu 40% đề ra cho năm 2023. Theo Văn phòng Chính phủ, nguyên nhân chủ yếu là nhiều dịch vụ còn phức tạp, chưa thân thiện, thông tin chưa được tái sử dụng nên người dân vẫn phải kê khai nhiều lần.

Năm 2024, Văn phòng Chính phủ sẽ tiếp tục hoàn thiện Bộ chỉ số, bổ sung các tiêu chí đánh giá mức độ số hóa và tái sử dụng dữ liệu, công khai kết quả hằng tháng để các cơ quan, địa phương so sánh, cải thiện.""",
        "2024-01-16",
        [
            ("satisfaction_rate", "national", "year", "2023-12-31", 87.6),
            ("satisfaction_rate", "Quảng Ninh", "year", "2023-12-31", 98.1),
            ("adult_population_using_dvctt_rate", "national", "year", "2023-12-31", 38.2),
        ],
    ),
    # 6 — central-bank press release: Mobile Money customers at a month end, adults with accounts "hiện"; rural sub-count, operator's share, transaction value and target as traps
    (
        """Mobile Money vượt mốc 7 triệu khách hàng

19/03/2024

Ngân hàng Nhà nước Việt Nam cho biết, tính đến cuối tháng 2/2024, dịch vụ Mobile Money đã có hơn 7,1 triệu khách hàng đăng ký sử dụng, trong đó khoảng 4,9 triệu khách hàng ở khu vực nông thôn, miền núi, vùng sâu, vùng xa, biên giới và hải đảo. Tổng giá trị giao dịch lũy kế từ khi thí điểm đạt khoảng 3.300 tỷ đồng. Riêng Viettel Money chiếm trên 70% số khách hàng.

Theo đại diện Vụ Thanh toán, Mobile Money đã góp phần đưa dịch vụ tài chính đến gần hơn với người dân chưa có tài khoản ngân hàng. Hiện khoảng 87% người trưởng thành ở Việt Nam đã có tài khoản thanh toán tại ngân hàng, vượt mục tiêu 80% đặt ra cho năm 2025 tại Chiến lược tài chính toàn diện quốc gia.

Tuy vậy, quy mô giao dịch bình quân trên mỗi khách hàng vẫn còn nhỏ; mạng lưới điểm kinh doanh chấp nhận thanh toán bằng Mobile Money tập trung ở đô thị. Ngân hàng Nhà nước đề nghị các doanh nghiệp viễn thông mở rộng mạng lưới đại lý, tăng cường kiểm soát rủi ro, phòng chống rửa tiền và lừa đảo trong quá trình thí điểm.""",
        "2024-03-19",
        [
            ("mobile_money_customers", "national", "as_of", "2024-02-29", 7100000.0),
            ("adults_with_bank_account_rate", "national", "as_of", "2024-03-19", 87.0),
        ],
    ),
    # 7 — Ministry of Public Security press briefing: chip ID cards and activated VNeID accounts "đến nay"; applications received, activation share, log-ins and a target as traps
    (
        """Bộ Công an: đã cấp hơn 84,6 triệu thẻ Căn cước công dân gắn chip

10/11/2023 08:05

Thông tin tại buổi họp báo thường kỳ, đại diện Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06) cho biết, đến nay Bộ Công an đã cấp hơn 84,6 triệu thẻ Căn cước công dân gắn chip điện tử cho công dân đủ điều kiện; thu nhận hơn 70,3 triệu hồ sơ đề nghị cấp tài khoản định danh điện tử, trong đó đã kích hoạt 45,8 triệu tài khoản. Tỷ lệ kích hoạt trên số hồ sơ đã thu nhận đạt khoảng 65%.

Ứng dụng VNeID hiện đã tích hợp thông tin giấy phép lái xe, thẻ bảo hiểm y tế, mã số thuế và nhiều loại giấy tờ khác, giúp người dân không phải mang theo giấy tờ bản cứng khi thực hiện thủ tục. Trung bình mỗi ngày hệ thống ghi nhận khoảng 1,2 triệu lượt đăng nhập.

C06 đặt mục tiêu đến hết năm 2023 kích hoạt 60 triệu tài khoản, đồng thời đề nghị công an các địa phương tổ chức các đợt cao điểm làm thủ tục vào ngày nghỉ, đến tận nhà người già, người ốm đau, khuyết tật để thu nhận hồ sơ.""",
        "2023-11-10",
        [
            ("chip_id_cards_issued", "national", "as_of", "2023-11-10", 84600000.0),
            ("vneid_activated_accounts", "national", "as_of", "2023-11-10", 45800000.0),
        ],
    ),
    # 8 — monthly cybersecurity summary: attacks in a month, botnet IPs at month end, approved security levels national / ministries / localities; attack-type sub-counts, changes, deployment share as traps
    (
        """Tháng 9/2024: ghi nhận 312 cuộc tấn công mạng gây sự cố

14/10/2024

Theo báo cáo của Cục An toàn thông tin (Bộ Thông tin và Truyền thông), trong tháng 9/2024, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 312 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 18,6% so với tháng 8. Trong đó có 164 cuộc tấn công lừa đảo (Phishing), 98 cuộc tấn công thay đổi giao diện (Deface) và 50 cuộc tấn công cài mã độc (Malware).

Cũng theo Cục, tính đến hết tháng 9/2024, số địa chỉ IP của Việt Nam nằm trong các mạng máy tính ma (botnet) là 538.214 địa chỉ, giảm 31% so với cùng kỳ năm trước.

Về bảo đảm an toàn hệ thống thông tin theo cấp độ, đến ngày 30/9/2024, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ trên cả nước đạt 86,3%. Khối bộ, ngành đạt 91,5%; khối địa phương đạt 82,8%. Tỷ lệ hệ thống đã triển khai đầy đủ phương án bảo vệ theo hồ sơ được phê duyệt mới đạt 62%.

Theo Chỉ thị số 09/CT-TTg của Thủ tướng Chính phủ, các bộ, ngành, địa phương phải hoàn thành phê duyệt cấp độ trong tháng 9/2024 và triển khai đầy đủ phương án bảo đảm an toàn trong tháng 12/2024. Cục đề nghị các đơn vị chậm tiến độ khẩn trương khắc phục.""",
        "2024-10-14",
        [
            ("cyberattacks", "national", "month", "2024-09-30", 312.0),
            ("botnet_ips", "national", "as_of", "2024-09-30", 538214.0),
            ("info_systems_level_approved_rate", "national", "as_of", "2024-09-30", 86.3),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-09-30", 91.5),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-09-30", 82.8),
        ],
    ),
    # 9 — NDXP month: period count, previous month in parentheses (kept), daily average, cumulative since 2019; share of queries as trap
    (
        """NDXP xử lý hơn 78 triệu giao dịch trong tháng 5

10/06/2024 15:30

Theo số liệu của Trung tâm Chính phủ số, trong tháng 5/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã phục vụ 78,4 triệu giao dịch, tăng khoảng 6% so với tháng 4/2024 (74 triệu giao dịch). Bình quân mỗi ngày trong tháng, NDXP xử lý khoảng 2,53 triệu giao dịch.

Lũy kế từ khi khai trương vào năm 2019 đến hết tháng 5/2024, tổng số giao dịch qua NDXP đạt hơn 2,95 tỷ giao dịch.

Các dịch vụ chia sẻ dữ liệu được khai thác nhiều nhất là xác thực thông tin công dân từ Cơ sở dữ liệu quốc gia về dân cư, tra cứu quá trình đóng bảo hiểm xã hội và tra cứu thông tin đăng ký doanh nghiệp. Riêng các truy vấn tới Cơ sở dữ liệu quốc gia về dân cư chiếm gần 40% tổng lượng giao dịch.

Trung tâm cho biết đang nâng cấp năng lực xử lý của nền tảng, bảo đảm đáp ứng lưu lượng tăng cao vào các thời điểm cao điểm như kỳ tuyển sinh, quyết toán thuế.""",
        "2024-06-10",
        [
            ("ndxp_transactions_period", "national", "month", "2024-05-31", 78400000.0),
            ("ndxp_transactions_period", "national", "month", "2024-04-30", 74000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-05-31", 2530000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-05-31", 2950000000.0),
        ],
    ),
    # 10 — NDXP connections "đến nay": agencies and connection points; CSDL count and a province's LGSP as traps
    (
        """Nền tảng NDXP đã kết nối 107 cơ quan, đơn vị

22/09/2023

Đến nay, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) do Bộ Thông tin và Truyền thông xây dựng, vận hành đã kết nối với 107 bộ, ngành, địa phương, cơ quan, đơn vị, tổ chức; thiết lập 2.716 điểm kết nối với hệ thống thông tin, cơ sở dữ liệu của các bộ, ngành, địa phương và doanh nghiệp. Thông qua NDXP, 6 cơ sở dữ liệu quốc gia đã được kết nối, chia sẻ phục vụ giải quyết thủ tục hành chính.

Ở cấp tỉnh, nhiều địa phương đã vận hành hiệu quả Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP). Tại Nghệ An, trong 8 tháng đầu năm 2023, LGSP của tỉnh đã xử lý khoảng 1,2 triệu giao dịch, kết nối 46 hệ thống thông tin của các sở, ngành và huyện, thị.

Bộ Thông tin và Truyền thông cho biết, thời gian tới sẽ tập trung hướng dẫn các bộ, ngành chuẩn hóa dữ liệu dùng chung, xây dựng danh mục dịch vụ chia sẻ dữ liệu để giảm việc kết nối điểm – điểm, tránh trùng lặp đầu tư.""",
        "2023-09-22",
        [
            ("ndxp_connected_agencies", "national", "as_of", "2023-09-22", 107.0),
            ("ndxp_connection_points", "national", "as_of", "2023-09-22", 2716.0),
        ],
    ),
    # 11 — telecom year review 2023: subscriptions and per-100 densities at year end; revenue, change and next-year target as traps
    (
        """Ngành viễn thông năm 2023: mật độ băng rộng cố định đạt 23,1 thuê bao/100 dân

09/01/2024

Năm 2023, dù thị trường viễn thông di động đã gần bão hòa, hạ tầng băng rộng tiếp tục được mở rộng. Theo Cục Viễn thông, số thuê bao băng rộng cố định đạt 22,8 triệu thuê bao, tương đương 23,1 thuê bao/100 dân; số thuê bao băng rộng di động đạt 87,6 triệu, tương ứng mật độ 88,9 thuê bao/100 dân, tăng 3,2% so với năm 2022.

Doanh thu dịch vụ viễn thông năm 2023 ước đạt 141.000 tỷ đồng, tương đương năm trước; nộp ngân sách nhà nước khoảng 42.000 tỷ đồng. Giá cước băng rộng cố định trung bình giảm, trong khi tốc độ và chất lượng dịch vụ được cải thiện rõ rệt.

Năm 2024, ngành đặt mục tiêu mật độ thuê bao băng rộng cố định đạt 25 thuê bao/100 dân, triển khai thương mại hóa mạng 5G và tắt sóng 2G đối với các thuê bao chỉ sử dụng điện thoại 2G.""",
        "2024-01-09",
        [
            ("fixed_broadband_subscriptions", "national", "as_of", "2023-12-31", 22800000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 23.1),
            ("mobile_broadband_subscriptions", "national", "as_of", "2023-12-31", 87600000.0),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2023-12-31", 88.9),
        ],
    ),
    # 12 — dead-zone programme: covered share at a date, villages still without signal "tính đến nay", village coverage rate; covered count, province sub-part, remainder with deadline as traps
    (
        """"Sóng và máy tính cho em": phủ sóng 94,6% thôn lõm sóng có điện

26/12/2024 11:12

Theo Bộ Thông tin và Truyền thông, đến ngày 20/12/2024, các doanh nghiệp viễn thông đã hoàn thành phủ sóng 1.620/1.712 thôn, bản lõm sóng có điện lưới, đạt 94,6%. Trong đó, riêng Hà Giang đã có 245 thôn được phủ sóng mới. 92 thôn còn lại, chủ yếu do vướng thủ tục đất đai và đường vận chuyển thiết bị, sẽ được hoàn thành trong quý I/2025.

Tính đến nay, cả nước còn 1.028 thôn, bản chưa có sóng di động, phần lớn chưa có điện lưới quốc gia, nằm ở khu vực biên giới, núi cao. Tỷ lệ thôn, bản có sóng di động trên cả nước đạt 99,2%.

Để phủ sóng các thôn chưa có điện, Bộ đề xuất sử dụng nguồn Quỹ Dịch vụ viễn thông công ích hỗ trợ doanh nghiệp lắp đặt trạm BTS dùng điện mặt trời, kết hợp giải pháp vệ tinh tầm thấp ở những điểm đặc biệt khó khăn.""",
        "2024-12-26",
        [
            ("dead_zone_villages_covered_rate", "national", "as_of", "2024-12-20", 94.6),
            ("villages_without_mobile_coverage", "national", "as_of", "2024-12-26", 1028.0),
            ("villages_with_mobile_coverage_rate", "national", "as_of", "2024-12-26", 99.2),
        ],
    ),
    # 13 — digital economy 2023: GSO share of GDP, ministry growth estimate, one province's GRDP share; vendor report, other countries and targets as traps
    (
        """Kinh tế số chiếm 12,33% GDP năm 2023

05/03/2024

Theo công bố của Tổng cục Thống kê, năm 2023, tỷ trọng giá trị tăng thêm của kinh tế số trong GDP ước đạt 12,33%. Bộ Thông tin và Truyền thông đánh giá kinh tế số năm 2023 tăng trưởng khoảng 20%, gấp gần 4 lần tốc độ tăng GDP.

Báo cáo e-Conomy SEA 2023 do Google, Temasek và Bain & Company thực hiện cũng ghi nhận quy mô kinh tế số Việt Nam đạt khoảng 30 tỷ USD, tăng 19% so với năm 2022, thuộc nhóm tăng nhanh nhất khu vực; trong khi Thái Lan và Philippines tăng lần lượt 16% và 17%.

Ở cấp địa phương, Bắc Ninh tiếp tục là tỉnh có tỷ trọng kinh tế số trong GRDP cao nhất cả nước với 28,5%, chủ yếu nhờ công nghiệp sản xuất sản phẩm điện tử, máy tính.

Theo Chiến lược quốc gia phát triển kinh tế số và xã hội số, mục tiêu đến năm 2025 kinh tế số chiếm 20% GDP, đến năm 2030 chiếm 30% GDP. Các chuyên gia cho rằng để đạt mục tiêu, cần đo lường đầy đủ hơn kinh tế số ngành (số hóa trong nông nghiệp, công nghiệp, dịch vụ), bởi hiện phần lớn giá trị vẫn đến từ lĩnh vực công nghệ thông tin – viễn thông.""",
        "2024-03-05",
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "national", "year", "2023-12-31", 20.0),
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2023-12-31", 28.5),
        ],
    ),
    # 14 — UN e-government survey 2024: EGDI rank of the edition and the 2022 rank in parentheses; score, sub-index ranks, other countries, GII rank and a change in places as traps
    (
        """Chính phủ điện tử Việt Nam tăng 15 bậc, xếp thứ 71/193

20/09/2024 07:30

Ngày 17/9/2024, Liên Hợp Quốc công bố Báo cáo Khảo sát Chính phủ điện tử năm 2024. Theo đó, Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam đạt 0,7709 điểm, xếp thứ 71/193 quốc gia, tăng 15 bậc so với năm 2022 (xếp thứ 86/193). Lần đầu tiên Việt Nam được xếp vào nhóm các quốc gia có chỉ số EGDI ở mức rất cao.

Trong ba chỉ số thành phần, chỉ số hạ tầng viễn thông (TII) tăng mạnh nhất, xếp thứ 47; chỉ số dịch vụ trực tuyến (OSI) xếp thứ 74 và chỉ số nguồn nhân lực (HCI) xếp thứ 109. Trong khu vực ASEAN, Singapore đứng thứ 3 thế giới, Malaysia thứ 53, Thái Lan thứ 52.

Cùng tháng, Tổ chức Sở hữu trí tuệ thế giới (WIPO) công bố Chỉ số Đổi mới sáng tạo toàn cầu (GII) 2024, trong đó Việt Nam xếp thứ 44/133 nền kinh tế.

Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số đặt mục tiêu đến năm 2025 Việt Nam thuộc nhóm 50 nước dẫn đầu về EGDI. Khoảng cách còn 21 bậc được đánh giá là thách thức lớn, đòi hỏi cải thiện mạnh chỉ số nguồn nhân lực.""",
        "2024-09-20",
        [
            ("egdi_rank", "national", "year", "2024-12-31", 71.0),
            ("egdi_rank", "national", "year", "2022-12-31", 86.0),
        ],
    ),
    # 15 — NO published date: speeds of a named month and the year-earlier value in parentheses; upload speed, speed ranks, change as traps; an undatable "hiện" FTTH share (no row)
    (
        """Tốc độ Internet cố định của Việt Nam tiến gần mốc 100 Mbps

Theo số liệu đo kiểm do Cục Viễn thông công bố, tháng 12/2023, tốc độ truy cập Internet băng rộng cố định trung bình (tải xuống) của Việt Nam đạt 97,8 Mbps, tăng 31% so với cùng kỳ năm 2022 (74,6 Mbps). Tốc độ truy cập băng rộng di động đạt 48,3 Mbps. Tốc độ tải lên của băng rộng cố định đạt 94,2 Mbps.

Với kết quả này, Việt Nam xếp thứ 39 thế giới về tốc độ băng rộng cố định và thứ 51 về tốc độ băng rộng di động, cải thiện đáng kể so với vài năm trước.

Lãnh đạo Cục Viễn thông cho rằng tốc độ tăng nhanh là nhờ các doanh nghiệp đồng loạt nâng băng thông các gói cước mà không tăng giá, đồng thời mở rộng dung lượng kết nối quốc tế. "Hiện tỷ lệ hộ gia đình có kết nối cáp quang ước khoảng 80%, nền tảng để nâng chất lượng dịch vụ số", ông nói.

Các nhà mạng cũng đang thử nghiệm gói cước 1 Gbps cho hộ gia đình, dự kiến đưa vào thương mại ở một số đô thị lớn.""",
        None,
        [
            ("fixed_broadband_speed", "national", "month", "2023-12-31", 97.8),
            ("fixed_broadband_speed", "national", "month", "2022-12-31", 74.6),
            ("mobile_broadband_speed", "national", "month", "2023-12-31", 48.3),
        ],
    ),
    # 16 — half-year 2025 review: 5G stations and coverage, smartphone share and count; operator-only figure, people-share survey and targets as traps
    (
        """Sau nửa năm thương mại hóa, 5G đã phủ sóng 26% dân số

15/07/2025

Báo cáo sơ kết 6 tháng đầu năm 2025 của Bộ Khoa học và Công nghệ cho biết, tính đến hết tháng 6/2025, cả nước có khoảng 9.500 trạm BTS 5G đang phát sóng; vùng phủ sóng 5G đạt 26% dân số. Riêng Viettel đã lắp đặt hơn 7.000 trạm, phủ sóng 5G tại 100% tỉnh, thành phố.

Cùng thời điểm, tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 89,2%, tương ứng khoảng 112 triệu thuê bao smartphone. Theo khảo sát của một hãng nghiên cứu thị trường, 84% người trưởng thành Việt Nam sở hữu ít nhất một chiếc điện thoại thông minh.

Bộ Khoa học và Công nghệ đặt mục tiêu đến cuối năm 2025 cả nước có 50.000 trạm 5G, phủ sóng 90% dân số, đồng thời hỗ trợ người dân chuyển đổi sang điện thoại thông minh thông qua chương trình "Mỗi người dân một điện thoại thông minh".""",
        "2025-07-15",
        [
            ("fiveg_bts_count", "national", "as_of", "2025-06-30", 9500.0),
            ("fiveg_population_coverage_rate", "national", "as_of", "2025-06-30", 26.0),
            ("smartphone_subscriber_rate", "national", "as_of", "2025-06-30", 89.2),
            ("smartphone_subscriptions", "national", "as_of", "2025-06-30", 112000000.0),
        ],
    ),
    # 17 — half-year telecom conference: "trong đó" mobile broadband (another indicator, kept), fixed broadband, FTTH households, internet users; total mobile subs, FTTH share of subs, vendor report, target as traps
    (
        """Cục Viễn thông: 82,6% hộ gia đình đã có Internet cáp quang

05/08/2024

Tại hội nghị sơ kết 6 tháng đầu năm 2024, Cục Viễn thông cho biết, tính đến ngày 30/6/2024, tổng số thuê bao di động đạt 127,3 triệu, trong đó số thuê bao băng rộng di động đạt 89,1 triệu. Số thuê bao băng rộng cố định đạt 23,9 triệu, trong đó thuê bao cáp quang (FTTH) chiếm trên 97%.

Tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 82,6%; tỷ lệ người sử dụng Internet đạt 79,5% dân số. Báo cáo Digital 2024 của We Are Social và Meltwater thì ghi nhận Việt Nam có 78,4 triệu người dùng Internet, tương đương 79,1% dân số.

Trong 6 tháng cuối năm, Cục sẽ tập trung chỉ đạo doanh nghiệp mở rộng hạ tầng cáp quang tới thôn, bản, phấn đấu tỷ lệ hộ gia đình có cáp quang đạt 85% vào cuối năm 2024, đồng thời đẩy nhanh lộ trình dừng công nghệ 2G.""",
        "2024-08-05",
        [
            ("mobile_broadband_subscriptions", "national", "as_of", "2024-06-30", 89100000.0),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-06-30", 23900000.0),
            ("ftth_household_rate", "national", "as_of", "2024-06-30", 82.6),
            ("internet_users_rate", "national", "as_of", "2024-06-30", 79.5),
        ],
    ),
    # 18 — provincial portal "hiện nay": online services share, full-process share, services with dossiers; service count, PAR rank and target as traps
    (
        """Quảng Ninh: 94,5% thủ tục hành chính được cung cấp dịch vụ công trực tuyến

18/12/2023

Hiện nay, tỉnh Quảng Ninh đang cung cấp 1.835 dịch vụ công trực tuyến trên Cổng dịch vụ công của tỉnh, đồng bộ với Cổng Dịch vụ công quốc gia. Tỷ lệ dịch vụ công trực tuyến trên tổng số thủ tục hành chính của tỉnh đạt 94,5%; tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đạt 62,3%. Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 71,8%.

Những kết quả này góp phần giúp Quảng Ninh nhiều năm liền dẫn đầu Chỉ số cải cách hành chính (PAR Index) và xếp thứ 1 về Chỉ số năng lực cạnh tranh cấp tỉnh.

Năm 2024, tỉnh đặt mục tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến đạt trên 85%. Trung tâm Phục vụ hành chính công tỉnh cũng sẽ bố trí thêm nhân lực hướng dẫn người cao tuổi, người dân vùng sâu, vùng xa thực hiện thủ tục trên môi trường số.""",
        "2023-12-18",
        [
            ("dvctt_rate", "Quảng Ninh", "as_of", "2023-12-18", 94.5),
            ("dvctt_full_process_rate", "Quảng Ninh", "as_of", "2023-12-18", 62.3),
            ("dvctt_with_dossiers_rate", "Quảng Ninh", "as_of", "2023-12-18", 71.8),
        ],
    ),
    # 19 — Government Office conclusion notice: ministries / localities blocks for eligible full-process provision, full-process dossiers, e-results; national personal-ID share; count of provinces below a bar, named ministries and targets as traps
    (
        """VĂN PHÒNG CHÍNH PHỦ
Số: 351/TB-VPCP

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về tình hình cung cấp, sử dụng dịch vụ công trực tuyến

Hà Nội, ngày 02 tháng 8 năm 2024

Ngày 29 tháng 7 năm 2024, Phó Thủ tướng Chính phủ chủ trì cuộc họp về tình hình cung cấp, sử dụng dịch vụ công trực tuyến. Theo báo cáo của Văn phòng Chính phủ, tính đến ngày 25/7/2024:
- Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình: các bộ, ngành đạt 88,6%; các địa phương đạt 83,2%.
- Tỷ lệ hồ sơ trực tuyến toàn trình: các bộ, ngành đạt 39,4%; các địa phương đạt 31,7%. Vẫn còn 07/63 địa phương có tỷ lệ dưới 20%.
- Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử: các bộ, ngành đạt 91%; các địa phương đạt 78,9%. Một số bộ như Bộ Tư pháp, Bộ Tài chính đã đạt 100%.
- Tỷ lệ hồ sơ thủ tục hành chính được gắn mã định danh cá nhân trên toàn quốc đạt 92,4%.

Phó Thủ tướng kết luận: các bộ, ngành, địa phương bảo đảm đến hết năm 2024 tối thiểu 80% dịch vụ công trực tuyến toàn trình; 100% hồ sơ được cấp kết quả điện tử; người đứng đầu chịu trách nhiệm trước Thủ tướng nếu để chậm tiến độ.""",
        "2024-08-02",
        [
            ("full_process_provision_rate", "ministries", "as_of", "2024-07-25", 88.6),
            ("full_process_provision_rate", "localities", "as_of", "2024-07-25", 83.2),
            ("online_dossier_full_process_rate", "ministries", "as_of", "2024-07-25", 39.4),
            ("online_dossier_full_process_rate", "localities", "as_of", "2024-07-25", 31.7),
            ("e_result_rate", "ministries", "as_of", "2024-07-25", 91.0),
            ("e_result_rate", "localities", "as_of", "2024-07-25", 78.9),
            ("dossiers_with_personal_id_rate", "national", "as_of", "2024-07-25", 92.4),
        ],
    ),
    # 20 — EMC connection share at a month end, with EMC-derived national and block rates; reporting-system connection share (no id) as trap
    (
        """84,7% hệ thống giải quyết thủ tục hành chính đã kết nối đầy đủ với Hệ thống EMC

16/10/2023

Theo Văn phòng Chính phủ, tính đến hết tháng 9/2023, tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với Hệ thống thông tin giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ chính phủ số (Hệ thống EMC) đạt 84,7%. Cũng theo Văn phòng Chính phủ, Hệ thống thông tin báo cáo Chính phủ đã kết nối với 91,8% hệ thống báo cáo của các bộ, ngành, địa phương.

Số liệu tổng hợp từ Hệ thống EMC cho thấy, trên toàn quốc, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 55,4%; tỷ lệ hồ sơ xử lý trực tuyến trên tổng số hồ sơ đạt 43,1%. Khối bộ, ngành có tỷ lệ hồ sơ xử lý trực tuyến 61,2%, khối địa phương đạt 36,5%.

Văn phòng Chính phủ lưu ý, một số hệ thống tuy đã kết nối nhưng dữ liệu đồng bộ chưa đầy đủ, chưa kịp thời, dẫn đến số liệu đánh giá chưa phản ánh đúng thực tế. Các bộ, ngành, địa phương cần rà soát, hoàn thành kết nối trước ngày 31/12/2023.""",
        "2023-10-16",
        [
            ("emc_connection_rate", "national", "as_of", "2023-09-30", 84.7),
            ("dvctt_with_dossiers_rate", "national", "as_of", "2023-09-30", 55.4),
            ("online_dossier_rate", "national", "as_of", "2023-09-30", 43.1),
            ("online_dossier_rate", "ministries", "as_of", "2023-09-30", 61.2),
            ("online_dossier_rate", "localities", "as_of", "2023-09-30", 36.5),
        ],
    ),
    # 21 — tax authority: e-invoices received since rollout at a date; coded/uncoded sub-counts, user count and petrol-station share as traps
    (
        """Hơn 3,2 tỷ hóa đơn điện tử đã được cơ quan thuế tiếp nhận, xử lý

20/07/2023

Tổng cục Thuế cho biết, tính đến ngày 30/6/2023, cơ quan thuế đã tiếp nhận, xử lý hơn 3,2 tỷ hóa đơn điện tử kể từ khi triển khai trên toàn quốc (tháng 7/2022), trong đó 1,05 tỷ hóa đơn có mã của cơ quan thuế và 2,15 tỷ hóa đơn không có mã. Cả nước hiện có 1,47 triệu doanh nghiệp, tổ chức, hộ, cá nhân kinh doanh sử dụng hóa đơn điện tử.

Đối với lĩnh vực xăng dầu, đến nay đã có 15.600/17.000 cửa hàng xăng dầu thực hiện xuất hóa đơn điện tử theo từng lần bán hàng, đạt khoảng 92%.

Theo Tổng cục Thuế, hóa đơn điện tử giúp giảm đáng kể chi phí in ấn, lưu trữ cho doanh nghiệp, đồng thời là nguồn dữ liệu quan trọng để cơ quan thuế phân tích rủi ro, phát hiện các đường dây mua bán hóa đơn bất hợp pháp. Trong thời gian tới, ngành thuế sẽ mở rộng áp dụng hóa đơn điện tử khởi tạo từ máy tính tiền đối với các lĩnh vực bán lẻ, ăn uống, dịch vụ.""",
        "2023-07-20",
        [
            ("e_invoices_total", "national", "as_of", "2023-06-30", 3200000000.0),
        ],
    ),
    # 22 — NO published date: provincial feature, dated village coverage and FTTH at a date, a province's digital-economy share for a year; undated "hiện nay" rates (no rows); BTS totals and people-share as traps
    (
        """Lào Cai: hạ tầng số vươn tới vùng cao

Những năm gần đây, Lào Cai xác định phát triển hạ tầng số là nền tảng để thu hẹp khoảng cách giữa vùng thấp và vùng cao. Tính đến ngày 31/10/2023, toàn tỉnh có 99,1% thôn, bản có sóng di động; tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 71,6%. Trên địa bàn có 2.130 trạm BTS, trong đó 1.420 trạm 4G.

Nhờ hạ tầng được cải thiện, kinh tế số của tỉnh có bước phát triển. Năm 2022, kinh tế số chiếm 8,2% GRDP của Lào Cai, chủ yếu từ du lịch, thương mại điện tử và dịch vụ số.

Hiện nay, tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến của tỉnh đạt khoảng 58%; 82% người trưởng thành có điện thoại thông minh. Ở các xã vùng cao như Y Tý, A Lù, Bản Xèo, các tổ công nghệ số cộng đồng vẫn hằng ngày đến từng nhà hướng dẫn bà con cài ứng dụng, thanh toán không dùng tiền mặt.

Theo Sở Thông tin và Truyền thông, tỉnh phấn đấu đến năm 2025 phủ sóng 100% thôn, bản và kinh tế số chiếm 10% GRDP.""",
        None,
        [
            ("villages_with_mobile_coverage_rate", "Lào Cai", "as_of", "2023-10-31", 99.1),
            ("ftth_household_rate", "Lào Cai", "as_of", "2023-10-31", 71.6),
            ("digital_economy_gdp_share", "Lào Cai", "year", "2022-12-31", 8.2),
        ],
    ),
    # 23 — NO VALUES: interview on 2025 plans, only targets, changes and multiples
    (
        """Thứ trưởng: "Năm 2025 phải là năm tăng tốc, về đích"

04/03/2025

PV: Thưa Thứ trưởng, năm 2025 là năm cuối thực hiện nhiều chỉ tiêu của giai đoạn 2021 – 2025. Bộ đặt ra những mục tiêu gì cho lĩnh vực chuyển đổi số?

Thứ trưởng: Theo Nghị quyết 57-NQ/TW và Kế hoạch hành động của Chính phủ, đến hết năm 2025 phải bảo đảm 100% dịch vụ công trực tuyến đủ điều kiện được cung cấp toàn trình, kinh tế số chiếm 20% GDP, 80% người trưởng thành có tài khoản thanh toán, tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến đạt 50%. Về hạ tầng, mục tiêu là phủ sóng 5G tới 90% dân số và nâng tốc độ băng rộng cố định lên 200 Mbps.

PV: Khoảng cách so với mục tiêu còn khá lớn, thưa Thứ trưởng?

Thứ trưởng: Đúng vậy. Nhiều chỉ tiêu đòi hỏi tốc độ tăng gấp 2 lần so với năm trước. Chúng tôi chưa tổng hợp số liệu chính thức của quý I, nhưng tinh thần là không lùi mục tiêu. Việc tăng 15 bậc trên bảng xếp hạng Chính phủ điện tử năm ngoái cho thấy khi làm quyết liệt thì kết quả sẽ đến; mục tiêu tiếp theo là vào nhóm 50 nước dẫn đầu.

PV: Xin cảm ơn Thứ trưởng!""",
        "2025-03-04",
        [],
    ),
    # 24 — NO published date: how-to piece with one month's attack count (dated) and an undatable "hiện" botnet level (no row); SME share as trap
    (
        """Năm bước giúp doanh nghiệp nhỏ tự bảo vệ trước tấn công mạng

Các cuộc tấn công mạng ngày càng tinh vi và nhắm vào cả những doanh nghiệp nhỏ vốn ít đầu tư cho an toàn thông tin. Theo Cục An toàn thông tin, trong tháng 2/2023, hệ thống kỹ thuật đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.112 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam.

Số địa chỉ IP của Việt Nam nằm trong các mạng botnet hiện vào khoảng 700.000 địa chỉ, nghĩa là hàng trăm nghìn máy tính đang bị kẻ xấu điều khiển mà chủ sở hữu không hề hay biết. Trong khi đó, chỉ khoảng 30% doanh nghiệp nhỏ và vừa có cán bộ chuyên trách an toàn thông tin.

Chuyên gia khuyến nghị năm bước cơ bản: thứ nhất, cập nhật hệ điều hành và phần mềm thường xuyên; thứ hai, sử dụng xác thực hai yếu tố cho email và tài khoản quản trị; thứ ba, sao lưu dữ liệu định kỳ theo nguyên tắc 3-2-1; thứ tư, đào tạo nhân viên nhận diện email lừa đảo; thứ năm, cài đặt phần mềm phòng chống mã độc và kiểm tra máy tính bằng công cụ quét botnet miễn phí của Cục An toàn thông tin.""",
        None,
        [
            ("cyberattacks", "national", "month", "2023-02-28", 1112.0),
        ],
    ),
    # 25 — portal year review 2024: year flows on the _new twins and cumulative levels at 31/12; procedures-on-portal ratio, visits and change as traps
    (
        """Năm 2024: Cổng Dịch vụ công quốc gia có thêm 4,3 triệu tài khoản

08/01/2025

Năm 2024, Cổng Dịch vụ công quốc gia tiếp tục là "điểm một cửa" kết nối người dân, doanh nghiệp với cơ quan nhà nước. Trong năm, Cổng có thêm 4,3 triệu tài khoản đăng ký mới, tăng 38% so với năm 2023, và tiếp nhận 9,8 triệu hồ sơ trực tuyến.

Tính đến ngày 31/12/2024, Cổng có 15,6 triệu tài khoản; tiếp nhận tổng cộng 27,3 triệu hồ sơ trực tuyến; thực hiện 15,1 triệu giao dịch thanh toán trực tuyến với số tiền hơn 10.200 tỷ đồng. Hiện Cổng đã công khai 4.512/6.294 thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính và ghi nhận khoảng 1,2 tỷ lượt truy cập trong năm.

Theo Văn phòng Chính phủ, năm 2025 sẽ tập trung tái cấu trúc Cổng theo hướng lấy người dùng làm trung tâm: cá thể hóa trang của từng người dân, doanh nghiệp; tự động điền thông tin từ các cơ sở dữ liệu quốc gia; thông báo chủ động khi giấy tờ sắp hết hạn.""",
        "2025-01-08",
        [
            ("national_portal_accounts_new", "national", "year", "2024-12-31", 4300000.0),
            ("national_portal_dossiers_new", "national", "year", "2024-12-31", 9800000.0),
            ("national_portal_accounts", "national", "as_of", "2024-12-31", 15600000.0),
            ("national_portal_dossiers", "national", "as_of", "2024-12-31", 27300000.0),
            ("online_payments_count", "national", "as_of", "2024-12-31", 15100000.0),
            ("online_payments_value", "national", "as_of", "2024-12-31", 10200.0),
        ],
    ),
    # 26 — quarterly cyber summary: quarter count, same quarter a year earlier in parentheses (kept), one month's count, botnet at quarter end; attack-type sub-count and changes as traps
    (
        """Quý I/2024: số cuộc tấn công mạng gây sự cố giảm 42%

12/04/2024

Trong quý I/2024, Cục An toàn thông tin đã ghi nhận, cảnh báo và hướng dẫn xử lý 1.355 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 42% so với cùng kỳ năm 2023 (2.350 cuộc). Trong đó có 611 cuộc tấn công lừa đảo (Phishing), số còn lại là tấn công thay đổi giao diện và cài mã độc. Riêng tháng 3/2024, hệ thống ghi nhận 412 cuộc.

Số lượng địa chỉ IP thuộc các mạng botnet tính đến cuối tháng 3/2024 là 575.600 địa chỉ, giảm 16% so với cùng kỳ năm 2023.

Dù số vụ giảm, mức độ nghiêm trọng lại tăng: cuối tháng 3 vừa qua, hệ thống của một công ty chứng khoán bị tấn công bằng mã độc mã hóa dữ liệu (ransomware), gián đoạn giao dịch nhiều ngày. Cục An toàn thông tin khuyến nghị các tổ chức rà soát, sao lưu dữ liệu định kỳ, phân tách hệ thống sao lưu khỏi mạng vận hành.""",
        "2024-04-12",
        [
            ("cyberattacks", "national", "quarter", "2024-03-31", 1355.0),
            ("cyberattacks", "national", "quarter", "2023-03-31", 2350.0),
            ("cyberattacks", "national", "month", "2024-03-31", 412.0),
            ("botnet_ips", "national", "as_of", "2024-03-31", 575600.0),
        ],
    ),
    # 27 — city portal: adult DVCTT use, satisfaction from the city's rating system, e-results at a date; a survey index (SIPAS) and a DTI rank as traps
    (
        """Đà Nẵng: hơn một nửa người trưởng thành đã sử dụng dịch vụ công trực tuyến

05/12/2024

Theo Sở Thông tin và Truyền thông thành phố Đà Nẵng, tính đến ngày 30/11/2024, tỷ lệ dân số trưởng thành trên địa bàn sử dụng dịch vụ công trực tuyến đạt 52,4%. Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính, theo kết quả đánh giá trên Hệ thống thông tin giải quyết thủ tục hành chính của thành phố, đạt 97,3%; 100% hồ sơ giải quyết xong được cấp kết quả điện tử.

Trước đó, kết quả khảo sát Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023 do Bộ Nội vụ công bố cho thấy mức độ hài lòng của người dân Đà Nẵng đạt 85,4%. Thành phố cũng nhiều năm liền đứng đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI).

Để duy trì kết quả, thành phố triển khai trợ lý ảo hướng dẫn thủ tục, mở rộng thanh toán không dùng tiền mặt tại bộ phận một cửa và lấy ý kiến đánh giá của người dân ngay sau khi nhận kết quả.""",
        "2024-12-05",
        [
            ("adult_population_using_dvctt_rate", "Đà Nẵng", "as_of", "2024-11-30", 52.4),
            ("satisfaction_rate", "Đà Nẵng", "as_of", "2024-11-30", 97.3),
            ("e_result_rate", "Đà Nẵng", "as_of", "2024-11-30", 100.0),
        ],
    ),
    # 28 — ten-month summary: ytd flows on the _new twins, last year's ytd in parentheses (kept), NDXP ytd and daily average; ministry share as trap
    (
        """10 tháng năm 2024: 7,9 triệu hồ sơ trực tuyến nộp qua Cổng Dịch vụ công quốc gia

08/11/2024

Từ đầu năm đến hết tháng 10/2024, Cổng Dịch vụ công quốc gia có thêm 3,4 triệu tài khoản đăng ký; tiếp nhận 7,9 triệu hồ sơ trực tuyến, tăng mạnh so với cùng kỳ năm 2023 (5,1 triệu hồ sơ). Bộ Công an là đơn vị có lượng hồ sơ lớn nhất, chiếm khoảng 45% tổng số. Cũng trong 10 tháng, Cổng đã xử lý 6,2 triệu giao dịch thanh toán trực tuyến với tổng số tiền 4.350 tỷ đồng.

Về chia sẻ dữ liệu, 10 tháng năm 2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) phục vụ khoảng 690 triệu giao dịch, bình quân khoảng 2,27 triệu giao dịch mỗi ngày.

Văn phòng Chính phủ đánh giá, lượng hồ sơ trực tuyến tăng nhanh nhờ nhóm thủ tục liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi và liên thông khai tử được triển khai rộng khắp.""",
        "2024-11-08",
        [
            ("national_portal_accounts_new", "national", "ytd", "2024-10-31", 3400000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2024-10-31", 7900000.0),
            ("national_portal_dossiers_new", "national", "ytd", "2023-10-31", 5100000.0),
            ("online_payments_count_new", "national", "ytd", "2024-10-31", 6200000.0),
            ("online_payments_value_new", "national", "ytd", "2024-10-31", 4350.0),
            ("ndxp_transactions_period", "national", "ytd", "2024-10-31", 690000000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-10-31", 2270000.0),
        ],
    ),
    # 29 — ministry monthly report with an explicit window: NDXP period, daily average, cumulative and connection points at the cut-off; attacks in the window and the previous month in parentheses
    (
        """Bộ Thông tin và Truyền thông: tình hình chuyển đổi số tháng 8/2024

23/08/2024

Báo cáo tháng 8/2024 của Bộ Thông tin và Truyền thông cho biết, trong tháng 8/2024 (từ ngày 20/7/2024 đến ngày 19/8/2024), Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) có 71,6 triệu giao dịch, trung bình hàng ngày 2,31 triệu giao dịch. Tổng số giao dịch qua NDXP từ năm 2019 đến nay đạt 3,18 tỷ giao dịch. NDXP hiện có 3.124 điểm kết nối với các hệ thống thông tin, cơ sở dữ liệu.

Về an toàn thông tin mạng, cùng kỳ báo cáo, hệ thống kỹ thuật ghi nhận 118 cuộc tấn công mạng gây sự cố, giảm so với tháng 7/2024 (146 cuộc).

Bộ cũng lưu ý tiến độ triển khai Chỉ thị 09/CT-TTg về bảo đảm an toàn hệ thống thông tin theo cấp độ còn chậm ở một số địa phương, đề nghị hoàn thành phê duyệt cấp độ trước ngày 30/9/2024.""",
        "2024-08-23",
        [
            ("ndxp_transactions_period", "national", "month", "2024-08-19", 71600000.0),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-08-19", 2310000.0),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-08-19", 3180000000.0),
            ("ndxp_connection_points", "national", "as_of", "2024-08-19", 3124.0),
            ("cyberattacks", "national", "month", "2024-08-19", 118.0),
            ("cyberattacks", "national", "month", "2024-07-31", 146.0),
        ],
    ),
    # 30 — 2024 year review: digital economy share and growth, a province's GRDP share, fixed subscriptions and per-100 densities at year end; ICT revenue, other country, change in points and target as traps
    (
        """Kinh tế số năm 2024: tăng trưởng cao, chiếm khoảng 18% GDP

15/01/2025

Năm 2024, tỷ trọng kinh tế số trong GDP ước đạt 18,2%, tăng khoảng 1,4 điểm phần trăm so với năm trước; kinh tế số tăng trưởng ước đạt 21%, cao gấp khoảng 3 lần tốc độ tăng GDP. Doanh thu công nghiệp công nghệ thông tin – viễn thông ước đạt 4,1 triệu tỷ đồng, kim ngạch xuất khẩu phần cứng, điện tử đạt khoảng 133 tỷ USD.

Ở các địa phương, Bắc Giang nổi lên với tỷ trọng kinh tế số trong GRDP đạt 30,1%, đứng thứ hai cả nước. Trong khu vực, tỷ trọng kinh tế số của Indonesia được ước tính vào khoảng 14% GDP.

Hạ tầng số tiếp tục được củng cố. Năm 2024, cả nước có 25,2 triệu thuê bao băng rộng cố định, đạt mật độ 24,9 thuê bao/100 dân; mật độ thuê bao băng rộng di động đạt 92 thuê bao/100 dân.

Với kết quả này, mục tiêu kinh tế số chiếm 20% GDP vào năm 2025 được đánh giá là trong tầm tay nếu duy trì tốc độ tăng trưởng hiện nay.""",
        "2025-01-15",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.2),
            ("digital_economy_growth", "national", "year", "2024-12-31", 21.0),
            ("digital_economy_gdp_share", "Bắc Giang", "year", "2024-12-31", 30.1),
            ("fixed_broadband_subscriptions", "national", "as_of", "2024-12-31", 25200000.0),
            ("fixed_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 24.9),
            ("mobile_broadband_subscriptions_per_100", "national", "as_of", "2024-12-31", 92.0),
        ],
    ),
]
