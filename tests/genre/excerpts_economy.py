"""Genre cases: scraped-page excerpts on the digital economy, IDs, Mobile Money, NDXP and cybersecurity.

CASES: (excerpt, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project (not copied from any page).
"""

CASES = [
    (
        " date 2024-12\nTrang chủ » Kinh tế số » Tin tức\nKinh tế số năm 2024 ước chiếm 18,3% GDP\n30/12/2024 16:42 GMT+7 | VietnamPlus\nChia sẻ   Facebook   Zalo   In bài\nTheo báo cáo tổng kết công tác năm của Bộ Thông tin và Truyền thông, tỷ trọng kinh tế số trong GDP năm 2024 ước đạt 18,3% (năm 2023 là 16,5%), tốc độ tăng trưởng kinh tế số ước khoảng 20%, cao gấp khoảng 3 lần tăng trưởng GDP. Đây là năm thứ ba liên tiếp kinh tế số duy trì tốc độ tăng trưởng trên 20%/năm.\nQuang cảnh hội nghị tổng kết. (Ảnh: TTXVN)\nPhát biểu tại hội nghị, Bộ trưởng Bộ Thông tin và Truyền thông nhấn mạnh: “Kinh tế số đã đóng góp gần 1/5 GDP của đất nước, tức là cứ 5 đồng GDP thì có 1 đồng đến từ kinh tế số”. Theo Bộ trưởng, mục tiêu kinh tế số chiếm 20% GDP vào năm 2025 là trong tầm tay, và đến năm 2030 cần phấn đấu đạt 30%.\nTrong cơ cấu, kinh tế số ICT vẫn chiếm tỷ trọng lớn, khoảng 60%, phần còn lại là kinh tế số nền tảng và kinh tế số ngành. Doanh thu công nghiệp công nghệ số năm 2024 ước đạt 152 tỷ USD, tăng 8% so với năm trước; xuất khẩu phần cứng, điện tử đạt 132 tỷ USD.\nTuy nhiên, Bộ cũng thừa nhận các con số về kinh tế số hiện vẫn là ước tính của cơ quan quản lý chuyên ngành; Tổng cục Thống kê đang hoàn thiện phương pháp đo lường chính thức và dự kiến công bố số liệu năm 2024 vào quý II/20",
        "2024-12-30",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "year", "2024-12-31", 20),
        ],
    ),
    (
        " date 2024-08\nKinh tế › Vĩ mô\nLần đầu công bố số liệu chính thức về kinh tế số: 12,33% GDP\nTổng cục Thống kê (Bộ Kế hoạch và Đầu tư) vừa công bố kết quả đo lường giá trị tăng thêm của kinh tế số theo phương pháp luận thống nhất với các tổ chức quốc tế. Theo đó, năm 2023 tỷ trọng giá trị tăng thêm của kinh tế số trong GDP của Việt Nam đạt 12,33%, trong đó kinh tế số lõi (ICT và nền tảng số) chiếm 7,16%, kinh tế số trong các ngành chiếm 5,17%.\nẢnh minh họa\nCon số này thấp hơn đáng kể so với các ước tính mà cơ quan quản lý chuyên ngành từng đưa ra, vốn dao động trong khoảng 14-16,5% GDP. Lý giải sự chênh lệch, đại diện Tổng cục Thống kê cho biết các ước tính trước đây cộng cả giá trị sản xuất của khối lắp ráp điện tử có vốn đầu tư nước ngoài, còn phương pháp mới chỉ tính phần giá trị tăng thêm.\nCũng theo Tổng cục Thống kê, giá trị tăng thêm của kinh tế số năm 2023 tăng 9,8% so với năm 2022, cao hơn tốc độ tăng GDP cùng năm (5,05%).\n“Nếu tính đúng, tính đủ thì mỗi năm kinh tế số đóng góp thêm khoảng 1 điểm phần trăm vào GDP, và mục tiêu 20% GDP năm 2025 là thách thức rất lớn”, Vụ trưởng Vụ Hệ thống tài khoản quốc gia nhận định.\nThời gian tới, Tổng cục Thống kê sẽ công bố số liệu kinh tế số định kỳ hằng năm, kỳ tiếp theo dự kiến vào tháng 6/202",
        None,
        [
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "national", "year", "2023-12-31", 9.8),
        ],
    ),
    (
        "ữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia (Đề án 06) năm 2024 diễn ra sáng 16/12, lãnh đạo Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06) cho biết, tính đến ngày 15/12/2024, Bộ Công an đã cấp 87,9 triệu thẻ Căn cước công dân gắn chip và thẻ Căn cước, đạt gần 100% số công dân đủ điều kiện.\nVề định danh điện tử, Bộ đã tiếp nhận hơn 83,2 triệu hồ sơ đề nghị cấp tài khoản. Số tài khoản định danh điện tử đã được kích hoạt là 57,2 triệu (gồm mức 1 và mức 2), tăng khoảng 14 triệu so với cuối năm 2023.\nHội nghị sơ kết Đề án 06 năm 2024. Ảnh: Bộ Công an\nỨng dụng VNeID hiện đã tích hợp 42 tiện ích, bình quân mỗi ngày ghi nhận hơn 4,1 triệu lượt xác thực; đã tích hợp 9,5 triệu giấy phép lái xe và 2,4 triệu thẻ bảo hiểm y tế vào ví giấy tờ.\n“Đến nay, hầu như người dân trưởng thành nào cũng có căn cước gắn chip và khoảng 60 triệu người đã dùng VNeID”, đại diện C06 nói.\nNăm 2025, Bộ Công an đặt mục tiêu kích hoạt thêm 10 triệu tài khoản định danh điện tử mức 2, đồng thời hoàn thành cấp thẻ căn cước cho trẻ em dưới 14 tuổi có nhu cầu và mở rộng kết nối VNeID với các nền tả",
        "2024-12-17",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-12-15", 87900000),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-15", 57200000),
        ],
    ),
    (
        " date 2025-07\nXã hội › Pháp luật\nSau một năm thi hành Luật Căn cước: hơn 63 triệu tài khoản VNeID được kích hoạt\nTheo số liệu của Cục C06 (Bộ Công an), tính đến hết tháng 6/2025, cả nước có 63,4 triệu tài khoản định danh điện tử đã được kích hoạt, trong đó 58,9 triệu tài khoản mức 2. So với thời điểm Luật Căn cước có hiệu lực (ngày 1/7/2024, khi đó là 55,6 triệu tài khoản), số tài khoản kích hoạt đã tăng thêm gần 8 triệu.\nCũng đến cùng thời điểm, lũy kế Bộ Công an đã cấp 92,8 triệu thẻ Căn cước công dân gắn chip và thẻ căn cước, trong đó 16,3 triệu thẻ cấp theo mẫu mới kể từ ngày 1/7/2024, bao gồm 2,1 triệu thẻ cho trẻ em dưới 14 tuổi. Tỷ lệ kích hoạt tài khoản trên số công dân từ đủ 14 tuổi ước khoảng 82%.\nNgười dân làm thủ tục cấp căn cước tại Công an phường. Ảnh: Đức Thanh\nTại Hà Nội, tính đến cùng thời điểm, Công an thành phố đã kích hoạt 6,12 triệu tài khoản định danh điện tử cho công dân.\n“Mỗi ngày có khoảng 1,5 triệu lượt người dân sử dụng VNeID để làm thủ tục hành chính, đi máy bay, khám chữa bệnh”, một lãnh đạo Cục C06 cho biết. Thời gian tới, Bộ Công an tiếp tục đẩy mạnh tích hợp chữ ký số trên VNeID, phấn đấu đến cuối năm 2025 có 70 triệu tài khoản được kích hoạt và 100% thủ t",
        None,
        [
            ("vneid_activated_accounts", "national", "as_of", "2025-06-30", 63400000),
            ("vneid_activated_accounts", "national", "as_of", "2024-07-01", 55600000),
            ("chip_id_cards_issued", "national", "as_of", "2025-06-30", 92800000),
            ("vneid_activated_accounts", "Hà Nội", "as_of", "2025-06-30", 6120000),
        ],
    ),
    (
        " date 2024-05\nNgân hàng | Tài chính số\nMobile Money: hơn 7,6 triệu khách hàng sau hơn 2 năm thí điểm\n20/05/2024 07:00\nTheo báo cáo của Ngân hàng Nhà nước (NHNN), tính đến ngày 31/3/2024, tổng số khách hàng đăng ký sử dụng dịch vụ Mobile Money đạt 7,62 triệu, trong đó khoảng 69,9% khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo. So với cuối năm 2023 (6,91 triệu khách hàng), số khách hàng đã tăng thêm khoảng 700.000 chỉ trong một quý.\nLũy kế từ khi triển khai, tổng số giao dịch qua Mobile Money đạt khoảng 420 triệu giao dịch với tổng giá trị hơn 4.100 tỷ đồng.\nGiao dịch Mobile Money tại một điểm kinh doanh ở Hà Giang. Ảnh: NHNN\nVề thị phần, Viettel Money tiếp tục chiếm áp đảo với khoảng 5,9 triệu khách hàng, tương đương 77% thị trường; VNPT Money và MobiFone Money lần lượt có khoảng 1,1 triệu và 0,6 triệu khách hàng.\nĐại diện Vụ Thanh toán (NHNN) nhận định: “Mobile Money đã giúp hàng triệu người dân chưa có tài khoản ngân hàng lần đầu tiếp cận dịch vụ tài chính”. Hiện mạng lưới có hơn 12.000 điểm kinh doanh, đại lý cung ứng dịch vụ trên toàn quốc.\nTheo Quyết định 316/QĐ-TTg, thời gian thí điểm là 2 năm và đã được Chính phủ cho phép gia hạn đến hết ngày 31/12/20",
        "2024-05-20",
        [
            ("mobile_money_customers", "national", "as_of", "2024-03-31", 7620000),
            ("mobile_money_customers", "national", "as_of", "2023-12-31", 6910000),
        ],
    ),
    (
        " date 2024-10\nCông nghệ › Fintech\nViettel Money cán mốc 20 triệu người dùng\nNgày 15/10, Tổng Công ty Dịch vụ số Viettel (Viettel Digital) cho biết nền tảng Viettel Money đã vượt mốc 20 triệu người dùng, trong đó hơn 8 triệu khách hàng sử dụng tài khoản Mobile Money. Trung bình mỗi tháng, Viettel Money xử lý khoảng 150 triệu giao dịch.\nLễ công bố cột mốc 20 triệu người dùng Viettel Money. Ảnh: Viettel\nTheo đại diện Viettel Digital, hiện cả nước có khoảng 10 triệu khách hàng Mobile Money, trong đó Viettel chiếm trên 80%. “Gần 70% khách hàng Mobile Money của chúng tôi ở nông thôn, miền núi, nhiều người lần đầu có tài khoản thanh toán”, ông nói.\nDoanh nghiệp đặt mục tiêu đến hết năm 2025 đạt 15 triệu khách hàng Mobile Money và mở rộng mạng lưới lên 25.000 điểm chấp nhận thanh toán. Viettel Money cũng đang thử nghiệm tính năng chuyển tiền quốc tế với đối tác tại Lào và Campuchia.\nTrong khi đó, VNPT Money cho biết đã có hơn 1,2 triệu khách hàng Mobile Money; MobiFone Money ghi nhận khoảng 700.000 khách hàng, tăng 35% so với đầu năm.\nCác chuyên gia cho rằng cơ chế thí điểm cần sớm được luật hóa để doanh nghiệp yên tâm đầu tư, nhất là khi tỷ lệ người trưởng thành có tài khoản thanh toán đã vượt 8",
        None,
        [],
    ),
    (
        " date 2024-09\nVnExpress › Số hóa › Chuyển đổi số\nViệt Nam tăng 15 bậc về Chính phủ điện tử\nThứ tư, 18/9/2024, 10:05 (GMT+7)\nViệt Nam xếp thứ 71/193 quốc gia trong bảng xếp hạng Chỉ số phát triển Chính phủ điện tử (EGDI) của Liên Hợp Quốc năm 2024, lần đầu tiên vào nhóm có chỉ số EGDI rất cao.\nBáo cáo Khảo sát Chính phủ điện tử 2024 do Vụ Kinh tế và Xã hội Liên Hợp Quốc (UN DESA) công bố ngày 17/9 cho thấy, chỉ số EGDI của Việt Nam đạt 0,7709 điểm, cao hơn mức trung bình của châu Á (0,6990) và thế giới (0,6382). So với kỳ đánh giá năm 2022, Việt Nam tăng 15 bậc.\nTrong ba chỉ số thành phần, chỉ số Hạ tầng viễn thông (TII) tăng mạnh nhất, đạt 0,8870 điểm; chỉ số Dịch vụ trực tuyến (OSI) đạt 0,7450 và chỉ số Nguồn nhân lực (HCI) đạt 0,6807.\nĐan Mạch tiếp tục dẫn đầu bảng xếp hạng, tiếp theo là Estonia và Singapore. Singapore cũng là quốc gia Đông Nam Á duy nhất trong top 10.\nBảng xếp hạng EGDI 2024 một số nước ASEAN. Đồ họa: UN DESA\nĐại diện Bộ Thông tin và Truyền thông cho biết, kết quả có được nhờ việc đẩy mạnh triển khai Đề án 06, phát triển hạ tầng số và cung cấp dịch vụ công trực tuyến. Chiến lược phát triển Chính phủ số đặt mục tiêu đến năm 2030 Việt Nam thuộc nhóm 50 nước dẫn đầu về EGDI. Để đạt được, Việt Nam cần cải thiện mạnh chỉ số dịch vụ trực tuyến, vốn chỉ xếp thứ 7",
        "2024-09-18",
        [("egdi_rank", "national", "year", "2024-12-31", 71)],
    ),
    (
        " date 2023-03\nChính phủ số\nHướng tới top 50 thế giới về Chính phủ điện tử\nng trực tuyến và tái cấu trúc quy trình nghiệp vụ vẫn là điểm nghẽn lớn nhất. Hiện nay, Việt Nam đứng thứ 86/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI) của Liên Hợp Quốc, tăng 2 bậc so với kỳ đánh giá trước, và vẫn thuộc nhóm có chỉ số EGDI cao.\nCán bộ một trung tâm phục vụ hành chính công hướng dẫn người dân nộp hồ sơ trực tuyến.\nTuy vậy, ở chỉ số thành phần Tham gia điện tử (EPI), Việt Nam chỉ xếp thứ 100, thấp hơn nhiều so với các nước trong khu vực. Hàn Quốc, quốc gia thường xuyên nằm trong top 3, được các chuyên gia xem là mô hình đáng học hỏi.\nTheo Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đến năm 2030, Việt Nam phấn đấu đến năm 2025 thuộc nhóm 70 nước dẫn đầu và đến năm 2030 thuộc nhóm 50 nước dẫn đầu về EGDI.\n“Muốn tăng hạng thì không thể chỉ đưa thủ tục lên mạng, mà phải làm cho người dân thực sự dùng, và dùng nhiều”, một chuyên gia của Viện Chiến lược Thông tin và Truyền thông nhận định.\nTheo các chuyên gia, bên cạnh dịch vụ công trực tuyến, Việt Nam cần cải thiện chỉ số nguồn nhân lực, trong đó có tỷ lệ người dân có kỹ năng số cơ bản, hiện mới đạt khoảng 3",
        None,
        [],
    ),
    (
        " date 2024-11\nTrang chủ / Chuyển đổi số / Dữ liệu số\nNền tảng NDXP xử lý gần 100 triệu giao dịch trong tháng 10\nThứ Sáu, 08/11/2024 09:30\n(Chinhphu.vn) - Theo Văn phòng Chính phủ, trong tháng 10/2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã thực hiện 98,6 triệu giao dịch, tăng 7% so với tháng trước (92,1 triệu giao dịch), bình quân mỗi ngày 3,18 triệu giao dịch. Lũy kế 10 tháng năm 2024, NDXP ghi nhận 875,4 triệu giao dịch.\nTính từ khi khai trương (tháng 11/2019) đến hết tháng 10/2024, tổng số giao dịch qua NDXP đạt hơn 3,72 tỷ giao dịch.\nẢnh minh họa: VGP\nHiện nay, NDXP đã kết nối với 112 bộ, ngành, địa phương và 19 doanh nghiệp, tổ chức, cung cấp 243 dịch vụ chia sẻ dữ liệu. Cơ sở dữ liệu quốc gia về dân cư tiếp tục là nguồn được khai thác nhiều nhất, chiếm khoảng 45% lưu lượng.\nRiêng Bộ Tài chính, trong tháng có 21,5 triệu giao dịch khai thác dữ liệu qua NDXP, chủ yếu phục vụ quản lý thuế và hải quan.\nVăn phòng Chính phủ cho biết đang phối hợp với các đơn vị nâng cấp hạ tầng NDXP để đáp ứng mục tiêu 5 triệu giao dịch mỗi ngày vào năm 2025, đồng thời đề nghị các bộ, ngành, địa phương rà soát, chuẩn hóa dữ liệu trước khi chia sẻ, tránh tình trạng dữ liệu không đúng, không đủ, không sạch, không số",
        "2024-11-08",
        [
            ("ndxp_transactions_period", "national", "month", "2024-10-31", 98600000),
            ("ndxp_transactions_period", "national", "month", "2024-09-30", 92100000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-10-31", 3180000),
            ("ndxp_transactions_period", "national", "ytd", "2024-10-31", 875400000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-10-31", 3720000000),
            ("ndxp_connected_agencies", "national", "as_of", "2024-11-08", 112),
        ],
    ),
    (
        " date 2024-07\nAn ninh mạng\nTháng 7/2024: 62 cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam\n06/08/2024 | 14:20\nTheo Cục An toàn thông tin (Bộ Thông tin và Truyền thông), trong tháng 7/2024, hệ thống kỹ thuật của Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 62 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, tăng 10,7% so với tháng 6/2024 (56 cuộc). Trong đó có 27 cuộc tấn công lừa đảo (Phishing), 21 cuộc tấn công thay đổi giao diện (Deface) và 14 cuộc tấn công cài mã độc (Malware).\nSố lượng địa chỉ IP botnet tại Việt Nam trong tháng là 531.207, giảm 4,2% so với tháng trước.\nCũng trong tháng 7, Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã phát hiện và ngăn chặn 1.203 trang web lừa đảo giả mạo cơ quan nhà nước, ngân hàng.\nẢnh minh họa: Internet\nTheo báo cáo của Kaspersky công bố cùng thời điểm, trong quý II/2024 các giải pháp bảo mật của hãng đã phát hiện và ngăn chặn hơn 9,2 triệu cuộc tấn công trực tuyến nhắm vào người dùng tại Việt Nam, đưa Việt Nam lên vị trí thứ 29 thế giới về mức độ rủi ro lây nhiễm qua web.\nLũy kế 7 tháng đầu năm 2024, Cục An toàn thông tin đã ghi nhận và hướng dẫn xử lý 5",
        "2024-08-06",
        [
            ("cyberattacks", "national", "month", "2024-07-31", 62),
            ("cyberattacks", "national", "month", "2024-06-30", 56),
            ("botnet_ips", "national", "month", "2024-07-31", 531207),
        ],
    ),
    (
        "ộ Thông tin và Truyền thông tổ chức sáng 4/1. Năm 2023, Bộ đã ghi nhận, cảnh báo và hướng dẫn xử lý 13.900 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 9,5% so với năm 2022. Số địa chỉ IP botnet tính đến cuối tháng 12/2023 là 612.457, giảm 11,8% so với cùng kỳ.\nToàn cảnh hội nghị. Ảnh: Bộ TT&TT\nTheo lãnh đạo Cục An toàn thông tin, “mỗi ngày vẫn có hàng chục cuộc tấn công nhắm vào hệ thống của cơ quan nhà nước, trong đó nhiều cuộc có chủ đích”. Trong năm, Trung tâm NCSC đã phát hiện và chặn hơn 24.000 trang web lừa đảo, giả mạo.\nBức tranh từ phía doanh nghiệp bảo mật cũng không mấy sáng sủa. Theo chương trình đánh giá an ninh mạng do Bkav thực hiện, thiệt hại do virus máy tính gây ra đối với người dùng Việt Nam năm 2023 là 21.900 tỷ đồng, tương đương 911 triệu USD; có tới 83.000 máy tính bị mã độc mã hóa dữ liệu (ransomware) tấn công. Còn Kaspersky cho biết đã ngăn chặn hơn 40 triệu mối đe dọa cục bộ trên máy tính người dùng Việt Nam trong năm.\nNăm 2024, Bộ Thông tin và Truyền thông đặt mục tiêu 100% hệ thống thông tin của cơ quan nhà nước được phê duyệt hồ sơ đề xuất cấp độ và giảm ít nhất 20% số địa chỉ IP botnet so với năm 2023. Bộ cũng yêu cầu các bộ, ngành, địa phương tổ chức diễn tập thực chiến ít nhất một lần mỗi năm đối với các hệ th",
        "2024-01-05",
        [
            ("cyberattacks", "national", "year", "2023-12-31", 13900),
            ("botnet_ips", "national", "as_of", "2023-12-31", 612457),
        ],
    ),
    (
        " date 2024-10\nTin tức › An toàn thông tin\n9 tháng năm 2024: số cuộc tấn công mạng gây sự cố giảm mạnh\nTrong 9 tháng đầu năm 2024, Cục An toàn thông tin đã ghi nhận 659 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 68,4% so với cùng kỳ năm 2023. Riêng trong tháng 9/2024 có 47 cuộc tấn công, giảm nhẹ so với tháng 8/2024 (51 cuộc).\nTrong đó, 36 vụ là tấn công mã hóa dữ liệu (ransomware) nhắm vào các doanh nghiệp tài chính, năng lượng, viễn thông và chứng khoán, gây gián đoạn dịch vụ nhiều ngày.\nSố địa chỉ IP botnet tại Việt Nam giảm xuống còn 541.782 vào cuối tháng 9/2024, thấp nhất kể từ đầu năm.\nMột buổi diễn tập thực chiến an toàn thông tin. Ảnh: NCSC\nTheo thống kê của Bkav, trong 9 tháng có hơn 2,3 triệu máy tính tại Việt Nam bị nhiễm mã độc đánh cắp thông tin, tăng 14% so với cùng kỳ.\n“Con số tấn công gây sự cố giảm không có nghĩa là nguy cơ giảm; hiện mỗi tháng vẫn có vài chục cuộc nhắm vào hệ thống trọng yếu”, một chuyên gia của Hiệp hội An ninh mạng quốc gia nhận định.\nCục An toàn thông tin khuyến nghị các tổ chức sao lưu dữ liệu định kỳ, rà soát lỗ hổng và kết nối với hệ thống giám sát quốc gia. Đến nay đã có 1",
        None,
        [
            ("cyberattacks", "national", "ytd", "2024-09-30", 659),
            ("cyberattacks", "national", "month", "2024-09-30", 47),
            ("cyberattacks", "national", "month", "2024-08-31", 51),
            ("botnet_ips", "national", "as_of", "2024-09-30", 541782),
        ],
    ),
    (
        " date 2024-12\nICTnews › An toàn thông tin\nGần 88% hệ thống thông tin đã được phê duyệt cấp độ\n12/12/2024 08:15\nTheo số liệu của Cục An toàn thông tin, tính đến hết tháng 11/2024, tỷ lệ hệ thống thông tin của các cơ quan nhà nước được phê duyệt hồ sơ đề xuất cấp độ đạt 87,2% (4.312/4.946 hệ thống), tăng 12,9 điểm phần trăm so với đầu năm. Cụ thể, khối bộ, ngành đạt 91,5%; khối địa phương đạt 84,1%.\nTuy nhiên, tỷ lệ hệ thống đã triển khai đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ được phê duyệt mới đạt 61,8%, cho thấy khoảng cách lớn giữa “có hồ sơ” và “làm thật”.\nẢnh minh họa\nTrao đổi với phóng viên, Phó Cục trưởng Cục An toàn thông tin cho biết: “Đến nay khoảng 90% hệ thống đã có hồ sơ cấp độ được duyệt, nhưng việc triển khai thực tế vẫn còn chậm, nhất là ở cấp huyện”.\nTheo Chỉ thị 09/CT-TTg, đến hết năm 2025, 100% hệ thống thông tin phải được phê duyệt cấp độ và triển khai đầy đủ phương án bảo vệ. Cục đề nghị các địa phương chưa hoàn thành khẩn trương rà soát, bổ sung hồ sơ trước ngày 31/12, đồng thời kết nối với Trung tâm NCSC để chia sẻ thông tin giám sá",
        "2024-12-12",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-11-30", 87.2),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2024-11-30", 91.5),
            ("info_systems_level_approved_rate", "localities", "as_of", "2024-11-30", 84.1),
        ],
    ),
    (
        " date 2024-07\nBảo đảm an toàn hệ thống thông tin theo cấp độ: còn nhiều việc phải làm\nBáo cáo của Bộ Thông tin và Truyền thông cho thấy, tính đến ngày 30/6/2024, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ trên cả nước đạt 80,3%, tăng so với cuối năm 2023 (74,6%). Một số địa phương như Quảng Ninh, Đà Nẵng đã hoàn thành 100% việc phê duyệt cấp độ cho các hệ thống của mình.\nVề giám sát, tỷ lệ hệ thống thông tin được bảo vệ theo mô hình 4 lớp đạt khoảng 94%, nhưng nhiều đơn vị vẫn chưa có bộ phận chuyên trách.\nDiễn tập ứng cứu sự cố tại Quảng Ninh. Ảnh: CTV\nTheo Nghị định 85/2016/NĐ-CP, hệ thống thông tin được phân thành 5 cấp độ; hệ thống từ cấp độ 3 trở lên phải được thẩm định bởi đơn vị chuyên trách. Các chuyên gia cho rằng việc phê duyệt cấp độ mới chỉ là bước đầu; điều quan trọng là triển khai đầy đủ phương án bảo vệ đã được duyệt.\nThời gian tới, Bộ Thông tin và Truyền thông sẽ tăng cường kiểm tra, công khai danh sách các cơ quan chậm phê duyệt cấp độ, phấn đấu hết năm 2024 đạt trên 90% và đến năm 2025 đạt 100%. Hiện nay cả nước có khoảng 1.5",
        None,
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2024-06-30", 80.3),
            ("info_systems_level_approved_rate", "national", "as_of", "2023-12-31", 74.6),
        ],
    ),
    (
        " date 2025-02\nBáo Bắc Ninh điện tử\nKinh tế - Xã hội | Chuyển đổi số\nKinh tế số chiếm gần 29% GRDP của tỉnh\nThứ Hai, 10/02/2025 | 09:12\n(BBN) - Theo báo cáo của Sở Thông tin và Truyền thông, năm 2024, kinh tế số của tỉnh Bắc Ninh ước chiếm 28,6% GRDP, cao hơn nhiều so với bình quân cả nước (ước đạt 18,3%); tốc độ tăng trưởng kinh tế số của tỉnh đạt 14,5%. Tỉnh đặt mục tiêu đến năm 2025 kinh tế số chiếm 30% GRDP.\nDây chuyền sản xuất linh kiện điện tử tại KCN Yên Phong.\nNguyên nhân chính là sự hiện diện của các tập đoàn điện tử lớn; riêng Samsung Electronics Việt Nam năm 2024 đạt kim ngạch xuất khẩu khoảng 35 tỷ USD. Trong Bộ chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023, Bắc Ninh xếp thứ 8/63 tỉnh, thành phố.\nPhát biểu tại hội nghị, Chủ tịch UBND tỉnh nhấn mạnh: “Kinh tế số đã đóng góp gần 1/3 GRDP, nhưng phần lớn là giá trị gia công; chúng ta phải nâng tỷ lệ nội địa hóa và phát triển doanh nghiệp công nghệ số của tỉnh”.\nNăm 2025, tỉnh tập trung thu hút các dự án bán dẫn, trung tâm dữ liệu và phấn đấu có thêm 100 doanh nghiệp công nghệ số; đồng thời hoàn thiện Trung tâm điều hành thông minh (IOC) cấp tỉnh, kết nối với 100% xã, phư",
        "2025-02-10",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "year", "2024-12-31", 28.6),
            ("digital_economy_growth", "Bắc Ninh", "year", "2024-12-31", 14.5),
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
        ],
    ),
    (
        " date 2025-05\nKinh tế › Số liệu thống kê\nKinh tế số năm 2024 chiếm 13,17% GDP\nThứ Sáu, 20/6/2025, 11:30\nCục Thống kê (Bộ Tài chính) vừa công bố, năm 2024 tỷ trọng giá trị tăng thêm của kinh tế số trong GDP đạt 13,17%, tăng 0,84 điểm phần trăm so với năm 2023 (12,33%), trong đó kinh tế số lõi chiếm 7,4%. Giá trị tăng thêm của kinh tế số năm 2024 tăng 10,1%, cao hơn tốc độ tăng GDP (7,09%).\nTheo Cục Thống kê, đây là số liệu được tính theo phương pháp chính thức, có thể so sánh quốc tế. Con số này vẫn thấp hơn đáng kể so với mức “khoảng 18%” mà cơ quan quản lý chuyên ngành thường nêu trong các báo cáo, do khác biệt về phạm vi và phương pháp tính.\nBiểu đồ: Tỷ trọng kinh tế số trong GDP giai đoạn 2021-2024. Nguồn: Cục Thống kê\nMột chuyên gia kinh tế cho rằng “có độ vênh giữa hai bộ số liệu là bình thường, quan trọng là thống nhất một nguồn để hoạch định chính sách”. Theo Nghị quyết 57-NQ/TW, đến năm 2030 quy mô kinh tế số phải đạt tối thiểu 30% GDP, đồng nghĩa tỷ trọng cần tăng hơn gấp đôi trong 6 năm.\nĐể đạt được, Cục Thống kê kiến nghị sớm ban hành hệ thống chỉ tiêu thống kê kinh tế số cấp tỉnh, phục vụ theo dõi định kỳ hằng năm và đánh giá tác động của các chương trình chuyển đổi số tại đị",
        "2025-06-20",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 13.17),
            ("digital_economy_gdp_share", "national", "year", "2023-12-31", 12.33),
            ("digital_economy_growth", "national", "year", "2024-12-31", 10.1),
        ],
    ),
    (
        " date 2025-04\nDữ liệu số\nNDXP: hơn 290 triệu giao dịch trong quý I/2025\nch vụ công trực tuyến liên thông. Theo Văn phòng Chính phủ, trong quý I/2025, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã ghi nhận 291,5 triệu giao dịch, tăng 18% so với cùng kỳ; trung bình 3,24 triệu giao dịch/ngày. Ngày cao điểm nhất (ngày 17/3) có tới 5,8 triệu giao dịch.\nLũy kế từ năm 2019 đến hết tháng 3/2025, tổng số giao dịch qua NDXP đạt 4,21 tỷ giao dịch.\nTrung tâm dữ liệu của Văn phòng Chính phủ. Ảnh: VGP\nHiện NDXP kết nối với 116 bộ, ngành, địa phương, doanh nghiệp và 13 cơ sở dữ liệu quốc gia, chuyên ngành. Ở cấp tỉnh, trục LGSP của Thanh Hóa ghi nhận khoảng 1,2 triệu giao dịch trong quý, cao nhất trong các địa phương.\nTheo Văn phòng Chính phủ, nhu cầu khai thác dữ liệu tăng mạnh sau khi nhiều thủ tục được cắt giảm giấy tờ, thay bằng việc tra cứu dữ liệu dân cư, đất đai, hộ tịch. Tuy nhiên, một số cơ sở dữ liệu chưa bảo đảm “đúng, đủ, sạch, sống”, dẫn đến tỷ lệ giao dịch lỗi còn khoảng 2%.\nThời gian tới, NDXP sẽ được nâng cấp để kết nối với Trung tâm dữ liệu quốc gia, phục vụ xây dựng kho dữ liệu dùng chung và các ứng dụng trí tuệ nhân tạo trong chỉ đạo, điều hành của Chính phủ và Thủ tư",
        None,
        [
            ("ndxp_transactions_period", "national", "quarter", "2025-03-31", 291500000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2025-03-31", 3240000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2025-03-31", 4210000000),
        ],
    ),
    (
        " date 2024-07\nTrang chủ > Chính phủ số\nSáu tháng, NDXP ghi nhận hơn 500 triệu giao dịch\n10/07/2024 15:40\nThông tin tại hội nghị sơ kết 6 tháng của Văn phòng Chính phủ cho biết, 6 tháng đầu năm 2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã thực hiện 508,3 triệu giao dịch, tăng 35% so với cùng kỳ năm 2023, trung bình mỗi ngày khoảng 2,8 triệu giao dịch.\nHiện NDXP đã kết nối với 106 bộ, ngành, địa phương và 16 doanh nghiệp, tổ chức; tổng số giao dịch kể từ khi khai trương đến nay đạt khoảng 3,3 tỷ giao dịch.\nQuang cảnh hội nghị sơ kết. Ảnh: VGP/Nhật Bắc\nTrong 6 tháng, Bộ Công an là đơn vị có số giao dịch khai thác dữ liệu lớn nhất với khoảng 142 triệu giao dịch, chủ yếu xác thực thông tin công dân qua Cơ sở dữ liệu quốc gia về dân cư.\nVăn phòng Chính phủ đặt mục tiêu 6 tháng cuối năm tiếp tục mở rộng kết nối, bảo đảm 100% cơ sở dữ liệu quốc gia, chuyên ngành đã đưa vào vận hành được kết nối, chia sẻ qua NDXP, phấn đấu đạt trung bình 3 triệu giao dịch/ngày vào cuối năm.\nPhát biểu chỉ đạo, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ đề nghị các bộ, ngành khẩn trương hoàn thành việc làm sạch dữ liệu, không để tình trạng “có dữ liệu mà không chia sẻ được”. Đồng thời, các địa phương cần đẩy mạnh ứng dụng dữ liệu dân cư trong giải quyết thủ tục hành ch",
        "2024-07-10",
        [
            ("ndxp_transactions_period", "national", "half", "2024-06-30", 508300000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-06-30", 2800000),
            ("ndxp_connected_agencies", "national", "as_of", "2024-07-10", 106),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-07-10", 3300000000),
        ],
    ),
    (
        " date 2025-01\nAn ninh mạng › Tin tức\nNăm 2024: 883 cuộc tấn công mạng gây sự cố vào hệ thống thông tin\n09/01/2025 10:00\nTheo báo cáo tổng kết năm của Cục An toàn thông tin, trong năm 2024, Cục đã ghi nhận, cảnh báo và hướng dẫn xử lý 883 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam; năm 2023 con số này là 13.900 cuộc, chênh lệch lớn chủ yếu do từ năm 2024 Cục chỉ thống kê các cuộc tấn công đã gây ra sự cố thực tế.\nSố lượng địa chỉ IP botnet tính đến tháng 12/2024 là 548.160, giảm 10,5% so với cuối năm 2023 (612.457 địa chỉ).\nẢnh minh họa: Shutterstock\nTrong khi đó, theo khảo sát của Bkav, thiệt hại do virus máy tính gây ra với người dùng Việt Nam năm 2024 ước khoảng 23.000 tỷ đồng. Theo Kaspersky, Việt Nam đứng thứ 3 Đông Nam Á về số mối đe dọa trực tuyến được phát hiện trên thiết bị người dùng.\nNăm 2025, Cục An toàn thông tin đặt mục tiêu giảm 20% số địa chỉ IP botnet và nâng tỷ lệ hệ thống thông tin được giám sát an toàn thông tin tập trung lên 100%. Đại diện Cục cho biết sẽ tăng cường chiến dịch bóc gỡ mã độc trên diện rộng, phối hợp với các doanh nghiệp viễn thông cảnh báo trực tiếp tới thuê bao có thiết bị nhiễm mã độc, đồng thời nâng cấp nền tảng hỗ trợ điều phối, ứng cứu sự cố quốc gia để rút ngắn thời gian phản ứng xuống dưới 30 phú",
        "2025-01-09",
        [
            ("cyberattacks", "national", "year", "2024-12-31", 883),
            ("cyberattacks", "national", "year", "2023-12-31", 13900),
            ("botnet_ips", "national", "as_of", "2024-12-31", 548160),
            ("botnet_ips", "national", "as_of", "2023-12-31", 612457),
        ],
    ),
    (
        " date 2024-09\nBáo Nghệ An\nThời sự › Chính trị\nNghệ An kích hoạt hơn 2,1 triệu tài khoản định danh điện tử\n25/09/2024 - 07:45\n(Baonghean.vn) - Theo Công an tỉnh, tính đến ngày 20/9/2024, toàn tỉnh đã kích hoạt 2,13 triệu tài khoản định danh điện tử, trong đó 1,94 triệu tài khoản mức 2, tỷ lệ kích hoạt đạt 74% số công dân thuộc diện cấp. Cũng đến thời điểm này, Công an tỉnh đã cấp 2,78 triệu thẻ Căn cước công dân gắn chip và thẻ căn cước cho công dân trên địa bàn.\nCán bộ Công an xã Nghi Phong hướng dẫn người dân kích hoạt VNeID.\nTrên phạm vi cả nước, đến cùng thời điểm đã có 56,4 triệu tài khoản định danh điện tử được kích hoạt.\nĐại tá, Phó Giám đốc Công an tỉnh cho biết, thời gian tới lực lượng Công an sẽ tổ chức các đợt cao điểm “đi từng ngõ, gõ từng nhà”, phấn đấu đến ngày 30/9 hoàn thành kích hoạt cho 80% công dân, ưu tiên người cao tuổi, người khuyết tật và học sinh trung học phổ thông. “Chúng tôi xác định VNeID là chìa khóa để người dân tiếp cận dịch vụ công trực tuyến”, ông nói.\nTrong 8 tháng, người dân Nghệ An đã sử dụng VNeID để thực hiện 265.000 lượt thông báo lưu trú và nộp 12.400 hồ sơ dịch vụ công liên thông. Tỉnh cũng đã triển khai thí điểm sổ sức khỏe điện tử tích h",
        "2024-09-25",
        [
            ("vneid_activated_accounts", "Nghệ An", "as_of", "2024-09-20", 2130000),
            ("chip_id_cards_issued", "Nghệ An", "as_of", "2024-09-20", 2780000),
            ("vneid_activated_accounts", "national", "as_of", "2024-09-20", 56400000),
        ],
    ),
    (
        " date 2025-07\nTài chính › Ngân hàng số\nMobile Money vượt 11 triệu khách hàng\n22/07/2025 06:30 | Thời báo Ngân hàng\nSố liệu mới nhất của Ngân hàng Nhà nước cho thấy, đến hết tháng 6/2025, số khách hàng sử dụng dịch vụ Mobile Money trên cả nước là 11,46 triệu, tăng khoảng 1,1 triệu so với cuối năm 2024 (10,35 triệu khách hàng), trong đó hơn 71% ở nông thôn, miền núi, biên giới, hải đảo.\nTổng giá trị giao dịch lũy kế qua Mobile Money từ khi thí điểm đạt khoảng 6.900 tỷ đồng.\nNgười dân Điện Biên nạp tiền vào ví Mobile Money tại điểm giao dịch của nhà mạng.\nXét theo doanh nghiệp, Viettel Money hiện chiếm khoảng 76% số khách hàng với 8,7 triệu khách hàng; VNPT Money và MobiFone Money lần lượt đạt 1,8 triệu và 0,96 triệu.\n“Hơn 11 triệu khách hàng, phần lớn ở vùng sâu, vùng xa, là minh chứng cho hiệu quả của cơ chế thí điểm”, Phó Vụ trưởng Vụ Thanh toán nói.\nTheo Nghị quyết của Chính phủ, thời gian thí điểm Mobile Money được kéo dài đến hết ngày 31/12/2025. Ngân hàng Nhà nước đang phối hợp với Bộ Khoa học và Công nghệ tổng kết, đánh giá để đề xuất khung pháp lý chính thức cho dịch vụ, trong đó có quy định về hạn mức giao dịch tối đa 10 triệu đồng/tháng và việc mở rộng sang các nghiệp vụ thanh toán hóa đơn điện, nước, học ph",
        "2025-07-22",
        [
            ("mobile_money_customers", "national", "as_of", "2025-06-30", 11460000),
            ("mobile_money_customers", "national", "as_of", "2024-12-31", 10350000),
        ],
    ),
    (
        " date 2025-01\nVnEconomy › Thời sự\nỦy ban Quốc gia về chuyển đổi số họp phiên đầu năm 2025\n16/01/2025, 18:05\nTheo báo cáo tại phiên họp, năm 2024 chuyển đổi số quốc gia đạt nhiều kết quả nổi bật: tỷ trọng kinh tế số trong GDP ước đạt 18,3%; Việt Nam xếp thứ 71/193 về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với kỳ trước. Tính đến ngày 31/12/2024, đã có 57,8 triệu tài khoản định danh điện tử được kích hoạt và 88,1 triệu thẻ căn cước gắn chip được cấp.\nVề dữ liệu, lũy kế đến hết năm 2024 Nền tảng NDXP đã thực hiện 3,93 tỷ giao dịch. Dịch vụ Mobile Money đến cuối năm 2024 có 10,35 triệu khách hàng.\nThủ tướng chủ trì phiên họp. Ảnh: VGP\nKết luận phiên họp, Thủ tướng nhấn mạnh: “Kinh tế số đã chiếm khoảng 1/5 GDP, nhưng chúng ta không được thỏa mãn”. Thủ tướng yêu cầu năm 2025 phấn đấu kinh tế số đạt 20% GDP, 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình, và hoàn thành kết nối, chia sẻ các cơ sở dữ liệu quốc gia trước ngày 30/6/2025.\nThủ tướng cũng giao Bộ Thông tin và Truyền thông chủ trì xây dựng bộ chỉ số đo lường kinh tế số thống nhất, phối hợp với Tổng cục Thống kê công bố định kỳ, tránh tình trạng mỗi cơ quan một số li",
        "2025-01-16",
        [
            ("digital_economy_gdp_share", "national", "year", "2024-12-31", 18.3),
            ("egdi_rank", "national", "year", "2024-12-31", 71),
            ("vneid_activated_accounts", "national", "as_of", "2024-12-31", 57800000),
            ("chip_id_cards_issued", "national", "as_of", "2024-12-31", 88100000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-31", 3930000000),
            ("mobile_money_customers", "national", "as_of", "2024-12-31", 10350000),
        ],
    ),
    (
        " date 2025-04\nAn toàn thông tin\nQuý I/2025: 172 cuộc tấn công mạng gây sự cố\nTheo Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (Bộ Công an), trong quý I/2025, hệ thống giám sát đã ghi nhận 172 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam, giảm 16,9% so với cùng kỳ năm 2024 (207 cuộc). Riêng tháng 3/2025 có 66 cuộc, tăng so với tháng 2/2025 (49 cuộc), chủ yếu là tấn công lừa đảo và thay đổi giao diện.\nSố địa chỉ IP botnet tại Việt Nam trong tháng 3/2025 là 503.214.\nẢnh minh họa\nỞ góc độ doanh nghiệp bảo mật, Bkav cho biết trong quý I có khoảng 3.000 tổ chức tại Việt Nam bị rò rỉ dữ liệu, phần lớn do mã độc đánh cắp thông tin (infostealer). Kaspersky thì thống kê đã ngăn chặn hơn 8,7 triệu cuộc tấn công qua web nhắm vào người dùng Việt Nam trong cùng kỳ.\n“Tấn công có chủ đích vào các hệ thống trọng yếu vẫn diễn ra hằng ngày, số lượng có thể lên đến hàng nghìn nếu tính cả các cuộc không gây sự cố”, đại diện Cục nhấn mạnh, đồng thời khuyến nghị các cơ quan, doanh nghiệp rà soát hệ thống, cập nhật bản vá và tăng cường giám sát. Từ ngày 1/3/2025, chức năng quản lý nhà nước về an toàn thông tin đã được chuyển từ Bộ Thông tin và Truyền thông sang Bộ Công a",
        None,
        [
            ("cyberattacks", "national", "quarter", "2025-03-31", 172),
            ("cyberattacks", "national", "quarter", "2024-03-31", 207),
            ("cyberattacks", "national", "month", "2025-03-31", 66),
            ("cyberattacks", "national", "month", "2025-02-28", 49),
            ("botnet_ips", "national", "month", "2025-03-31", 503214),
        ],
    ),
    (
        " date 2024-08\nTrang chủ › Công nghệ › Bảo mật\nKaspersky: Việt Nam hứng chịu hơn 30 triệu cuộc tấn công trực tuyến trong nửa đầu năm\n20/08/2024 11:25\nTheo báo cáo Kaspersky Security Bulletin công bố ngày 19/8, trong 6 tháng đầu năm 2024, các giải pháp của hãng đã phát hiện và ngăn chặn 30,9 triệu cuộc tấn công trực tuyến nhắm vào người dùng tại Việt Nam, tăng 12% so với cùng kỳ. Việt Nam đứng thứ 3 Đông Nam Á về số mối đe dọa cục bộ, với 42,7 triệu mối đe dọa bị phát hiện trên máy tính người dùng.\nChuyên gia Kaspersky trình bày báo cáo tại TP.HCM.\nCùng thời điểm, Bkav công bố khảo sát cho thấy 46% người dùng được hỏi từng nhận tin nhắn, cuộc gọi lừa đảo trong 6 tháng qua; thiệt hại do lừa đảo trực tuyến nửa đầu năm ước khoảng 8.000 tỷ đồng. Theo Bkav, có hơn 270.000 máy tính tại Việt Nam nằm trong các mạng botnet bị điều khiển từ xa.\nTừ đầu năm, hàng loạt doanh nghiệp lớn như VNDirect, PVOIL, Vietnam Post đã bị tấn công mã hóa dữ liệu (ransomware), gây gián đoạn dịch vụ nhiều ngày. “Đây là làn sóng tấn công ransomware nghiêm trọng nhất từ trước tới nay nhắm vào doanh nghiệp Việt”, một chuyên gia an ninh mạng nhận định.\nCác chuyên gia khuyến nghị tổ chức, doanh nghiệp cần thực hiện sao lưu theo nguyên tắc 3-2-1, phân tách mạng nội bộ và huấn luyện nhận thức cho nhân viên. Theo khảo sát, chỉ 2",
        "2024-08-20",
        [],
    ),
    (
        " date 2024-10\nDân trí › Sức mạnh số\n“Kinh tế số phải trở thành động lực tăng trưởng chính”\nThứ hai, 14/10/2024 - 06:00\nố và tiến trình chuyển đổi số quốc gia, Bộ trưởng Bộ Thông tin và Truyền thông khẳng định: “Kinh tế số của chúng ta hiện đã chiếm khoảng 18% GDP, tăng trưởng khoảng 20%/năm, gấp khoảng 3 lần tăng trưởng GDP. Đây là con số mà nhiều nước mơ ước”.\nBộ trưởng Bộ Thông tin và Truyền thông trả lời phỏng vấn. Ảnh: Mạnh Quân\nTheo báo cáo của Bộ Thông tin và Truyền thông, tốc độ tăng trưởng kinh tế số 9 tháng đầu năm 2024 ước đạt 19,8%; doanh thu công nghiệp công nghệ số 9 tháng ước đạt 112 tỷ USD.\nMột góc nhìn khác đến từ báo cáo e-Conomy SEA của Google, Temasek và Bain & Company: tổng giá trị hàng hóa (GMV) của nền kinh tế số Việt Nam năm 2024 ước đạt 36 tỷ USD, tăng 16% so với năm trước, thuộc nhóm tăng nhanh nhất Đông Nam Á.\nTrả lời câu hỏi về mục tiêu 20% GDP năm 2025, Bộ trưởng cho rằng: “Nếu giữ được tốc độ này thì chắc chắn đạt, thậm chí vượt”. Theo ông, điều quan trọng hơn là nâng tỷ trọng kinh tế số trong các ngành, vốn mới chiếm khoảng một phần ba quy mô kinh tế số, và đưa tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số lên trên 5",
        "2024-10-14",
        [("digital_economy_growth", "national", "ytd", "2024-09-30", 19.8)],
    ),
    (
        " date 2023-07\nThanh Niên › Thời sự › Pháp luật\nLuật Căn cước có hiệu lực: người dân cần làm gì với thẻ CCCD đang dùng?\n03/07/2024 05:20 GMT+7\nTừ ngày 1/7, Luật Căn cước chính thức có hiệu lực, thẻ Căn cước công dân được đổi tên thành thẻ căn cước. Thẻ CCCD đã cấp vẫn có giá trị sử dụng đến hết thời hạn in trên thẻ.\nTheo Bộ Công an, tính đến ngày 30/6, toàn quốc đã cấp 87,2 triệu thẻ Căn cước công dân gắn chip; đã kích hoạt 55,58 triệu tài khoản định danh điện tử, trong đó 51,3 triệu tài khoản mức 2.\nNgoài ra, Bộ Công an đã tiếp nhận hơn 82 triệu hồ sơ đề nghị cấp tài khoản định danh điện tử.\nNgười dân làm thủ tục cấp thẻ căn cước tại Hà Nội sáng 1/7. Ảnh: Tuấn Minh\nTheo luật mới, công dân dưới 14 tuổi được cấp thẻ căn cước theo nhu cầu; thông tin nơi thường trú được thay bằng nơi cư trú, bỏ vân tay trên thẻ và bổ sung mống mắt trong cơ sở dữ liệu. Bộ Công an phấn đấu trong năm 2024 kích hoạt thêm 10 triệu tài khoản định danh điện tử.\nĐại diện Cục C06 lưu ý người dân không cần đổi thẻ CCCD còn hạn, tránh tình trạng đổ xô đi làm thủ tục. Thẻ CCCD hết hạn từ ngày 15/1/2024 đến trước ngày 30/6/2024 vẫn có giá trị sử dụng đến hết ngày 30/6/2025; người dân có thể tích hợp giấy phép lái xe, thẻ bảo hiểm y tế vào VNeID để thay thế giấy tờ bản cứng khi tham gia giao th",
        "2024-07-03",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-06-30", 87200000),
            ("vneid_activated_accounts", "national", "as_of", "2024-06-30", 55580000),
        ],
    ),
    (
        " date 2025-03\nBản tin an toàn thông tin tháng 2/2025\n11/03/2025\nTính đến hết tháng 2/2025, tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ đạt 94,1% (tháng 1/2025 là 93,7%), tăng 0,4 điểm phần trăm; khối bộ, ngành đạt 95,6%, khối địa phương đạt 93,3%. Tỷ lệ hệ thống thông tin đã kết nối, chia sẻ dữ liệu giám sát với Trung tâm NCSC đạt 78%.\nTrong tháng 2/2025, hệ thống kỹ thuật đã ghi nhận 49 cuộc tấn công mạng gây sự cố vào các hệ thống thông tin tại Việt Nam. Số địa chỉ IP botnet trong tháng 2 là 509.876, giảm nhẹ so với tháng trước.\nBiểu đồ: Tỷ lệ phê duyệt cấp độ theo tháng\nMột số sự cố đáng chú ý trong tháng gồm tấn công mã hóa dữ liệu vào hệ thống của một doanh nghiệp bảo hiểm và lộ lọt dữ liệu khách hàng của một chuỗi bán lẻ điện máy. Cơ quan chức năng đã phối hợp với doanh nghiệp khắc phục, khôi phục dịch vụ trong vòng 48 giờ.\nMục tiêu đến hết năm 2025, 100% hệ thống thông tin được phê duyệt cấp độ và triển khai đầy đủ phương án bảo đảm an toàn thông tin theo cấp độ. Các đơn vị chưa hoàn thành được đề nghị báo cáo tiến độ trước ngày 31/3/2025 để tổng hợp, báo cáo Thủ tướng Chính phủ và đưa vào kết quả đánh giá xếp hạng chỉ số chuyển đổi số năm 2025 của các bộ, ngành, địa phươ",
        "2025-03-11",
        [
            ("info_systems_level_approved_rate", "national", "as_of", "2025-02-28", 94.1),
            ("info_systems_level_approved_rate", "national", "as_of", "2025-01-31", 93.7),
            ("info_systems_level_approved_rate", "ministries", "as_of", "2025-02-28", 95.6),
            ("info_systems_level_approved_rate", "localities", "as_of", "2025-02-28", 93.3),
            ("cyberattacks", "national", "month", "2025-02-28", 49),
            ("botnet_ips", "national", "month", "2025-02-28", 509876),
        ],
    ),
    (
        " date 2025-01\nChính phủ điện tử\nNăm 2024, NDXP vượt mốc 1 tỷ giao dịch/năm\n20/01/2025 | 08:00\nNăm 2024, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã thực hiện 1,08 tỷ giao dịch, tăng 38% so với năm 2023, trung bình mỗi ngày có 2,95 triệu giao dịch. Lũy kế từ năm 2019 đến ngày 31/12/2024, tổng số giao dịch qua NDXP đạt 3,93 tỷ.\nĐến cuối năm 2024, NDXP đã kết nối với 113 bộ, ngành, địa phương (cuối năm 2023 là 98) và 14 doanh nghiệp, tổ chức, hình thành “xương sống” cho việc chia sẻ dữ liệu giữa các cơ quan nhà nước.\nCán bộ Văn phòng Chính phủ theo dõi hệ thống điều hành. Ảnh: VGP\nỞ cấp địa phương, trục tích hợp, chia sẻ dữ liệu (LGSP) của TP.HCM ghi nhận hơn 45 triệu giao dịch trong năm, dẫn đầu cả nước.\nNăm 2025, Văn phòng Chính phủ đặt mục tiêu NDXP đạt bình quân 4 triệu giao dịch/ngày, kết nối 100% cơ sở dữ liệu quốc gia và chuyên ngành đã vận hành. Đồng thời, nền tảng sẽ được nâng cấp để hỗ trợ chia sẻ dữ liệu thời gian thực, bảo đảm an toàn, bảo mật theo cấp độ 4 và sẵn sàng kết nối với Trung tâm dữ liệu quốc gia khi đi vào hoạt động. Văn phòng Chính phủ cũng đề nghị các bộ, ngành rà soát các dịch vụ chia sẻ dữ liệu có lượng truy vấn thấp để tối ưu tài nguyên hệ th",
        "2025-01-20",
        [
            ("ndxp_transactions_period", "national", "year", "2024-12-31", 1080000000),
            ("ndxp_transactions_daily_avg", "national", "day_avg", "2024-12-31", 2950000),
            ("ndxp_transactions_cumulative", "national", "as_of", "2024-12-31", 3930000000),
            ("ndxp_connected_agencies", "national", "as_of", "2024-12-31", 113),
            ("ndxp_connected_agencies", "national", "as_of", "2023-12-31", 98),
        ],
    ),
    (
        " date 2024-09\nKinh tế › Tài chính - Ngân hàng\nThúc đẩy Mobile Money về vùng sâu, vùng xa\nTheo số liệu của Ngân hàng Nhà nước, đến ngày 31/8/2024, tổng số khách hàng đăng ký sử dụng Mobile Money đạt 9,32 triệu, trong đó 6,6 triệu khách hàng ở khu vực nông thôn, miền núi, biên giới, hải đảo.\nHiện nay, mạng lưới điểm kinh doanh Mobile Money có khoảng 12.500 điểm, chủ yếu đặt tại cửa hàng của các nhà mạng và đại lý bán lẻ. Riêng một doanh nghiệp viễn thông lớn nhất cho biết đã phục vụ khoảng 7 triệu khách hàng Mobile Money.\nBà con dân tộc Mông ở Hà Giang được hướng dẫn sử dụng Mobile Money.\n“Đến nay đã có gần 10 triệu người dùng Mobile Money, nhiều người trong số đó chưa từng có tài khoản ngân hàng”, đại diện Vụ Thanh toán chia sẻ tại hội thảo.\nTuy nhiên, theo các chuyên gia, tỷ lệ khách hàng thực sự phát sinh giao dịch thường xuyên còn thấp, nhiều tài khoản chỉ mở để nhận khuyến mãi. Để Mobile Money phát huy hiệu quả, cần mở rộng danh mục dịch vụ như chi trả an sinh xã hội, thanh toán hóa đơn điện, nước, học phí và kết nối với hệ thống ngân hàng. Một số địa phương như Lào Cai, Điện Biên đã thí điểm chi trả trợ cấp xã hội qua Mobile Money cho người cao tuổi và người có công, với tổng số tiền chi trả trong 6 tháng đầu năm đạt hơn 1",
        None,
        [("mobile_money_customers", "national", "as_of", "2024-08-31", 9320000)],
    ),
    (
        " date 2024-10\nChuyển đổi số › Chính phủ số\nUN DESA công bố xếp hạng Chính phủ điện tử 2024: Việt Nam vào nhóm “rất cao”\nNgày 17/9/2024 tại New York (Mỹ), Vụ Kinh tế và Xã hội Liên Hợp Quốc (UN DESA) công bố Báo cáo Khảo sát Chính phủ điện tử 2024. Theo đó, Việt Nam xếp hạng 71/193 quốc gia, tăng 15 bậc so với kỳ khảo sát trước; điểm EGDI đạt 0,7709, lần đầu vượt ngưỡng 0,75 để vào nhóm có chỉ số rất cao.\nTrong khu vực Đông Nam Á, Singapore tiếp tục dẫn đầu (hạng 3 thế giới), trong khi Đan Mạch đứng đầu toàn cầu. Việt Nam hiện xếp sau Singapore, Malaysia, Thái Lan, Indonesia và Brunei.\nHà Nội - thành phố của Việt Nam được chọn khảo sát - đạt mức “cao” ở Chỉ số dịch vụ trực tuyến địa phương (LOSI), cải thiện đáng kể so với kỳ trước.\nHội nghị công bố báo cáo tại trụ sở Liên Hợp Quốc.\nĐánh giá kết quả, đại diện Bộ Thông tin và Truyền thông cho biết đây là mức tăng hạng cao nhất từ trước đến nay, phản ánh hiệu quả của việc phát triển hạ tầng số, dữ liệu dân cư và dịch vụ công trực tuyến. Tuy nhiên, Chiến lược quốc gia đặt mục tiêu đến năm 2030 Việt Nam vào nhóm 50 nước dẫn đầu, nghĩa là cần tăng thêm ít nhất 21 bậc trong hai kỳ khảo sát tới. Các chuyên gia cho rằng trọng tâm là chỉ số nguồn nhân lực, hiện chỉ đạt 0,68",
        None,
        [("egdi_rank", "national", "year", "2024-12-31", 71)],
    ),
    (
        # a yearly figure with no year in a February page: the year just ended's (none of the new
        # year is out yet)
        "Theo Tổng cục Thống kê, kinh tế số tiếp tục tăng tốc, ước chiếm 13,2% GDP.",
        "2025-02-20",
        [("digital_economy_gdp_share", "national", "year", "2024-12-31", 13.2)],
    ),
    (
        # …in a May page it may be last year's or this year's estimate: not stored outright
        "Theo Tổng cục Thống kê, kinh tế số tiếp tục tăng tốc, ước chiếm 13,2% GDP.",
        "2025-05-20",
        [],
    ),
]
