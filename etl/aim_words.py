"""The words that make a figure an aim rather than a result: a target or plan ("phấn đấu",
"mục tiêu", "kế hoạch năm 2025"), a target met ("vượt chỉ tiêu"), a lead whose items are all aims,
and a supposition ("Nếu … thì … sẽ"). Patterns only, like etl/phrases.py."""

from __future__ import annotations

import re

from etl.phrases import FIGURE_WITH_UNIT

# A target said met or missed: "vượt chỉ tiêu đề ra", "chưa đạt mục tiêu", "hoàn thành kế hoạch"
MET_BEFORE = re.compile(r"\b(?:vượt|đạt|thành)\s+$", re.I)
# ("…đạt 79,1%, vượt chỉ tiêu đề ra; …": a target met is said of a result, not set, unless
# its figure follows: "(vượt mục tiêu 17%)")
MET = rf"(?:(?<!vượt\s)(?<!đạt\s)(?<!thành\s)|(?=[^;.]{{0,60}}?{FIGURE_WITH_UNIT}))"
# Words that make the rest of a sentence a target or a plan, not a result.
# ("hồ sơ đề nghị cấp tài khoản" is an application, not a request to reach a figure)
TARGET_WORDS = re.compile(
    rf"phấn\s+đấu|{MET}mục\s+tiêu|{MET}chỉ\s+tiêu\s+(?:đề\s+ra|được\s+giao|đến|năm\s+20\d\d(?:\s+theo|\s+là\b|\s*:|\s+(?:của|cho)\s+[^,;.:\d]{{1,30}}?\s+là\b))|"
    # ("Chỉ tiêu tỷ lệ hồ sơ xử lý trực tuyến được giao là 50%")
    rf"{MET}chỉ\s+tiêu\b[^.;\d]{{0,60}}?\b(?:được\s+giao|đề\s+ra|đặt\s+ra)\b|{MET}kế\s+hoạch\s+(?:đề\s+ra|đặt\s+ra)|"
    r"đặt\s+ra|(?<!đáp\sứng\s)yêu\s+cầu|(?<!hồ\ssơ\s)(?<!đơn\s)đề\s+nghị|cần\s+(?:đạt|phải)|phải\s+(?:đạt|hoàn\s+thành)|hướng\s+tới|"
    # ("Các doanh nghiệp đã đăng ký kế hoạch lắp đặt thêm khoảng 20.000 trạm BTS 5G")
    r"đăng\s+ký\s+kế\s+hoạch|"
    # a notice's task: "Giao Sở Thông tin và Truyền thông … phủ sóng 100% thôn, bản trong năm 2024"
    r"(?<!\w)(?-i:Giao)\s+(?:cho\s+)?(?:Sở|Bộ|UBND|Ủy\s+ban|Văn\s+phòng|Công\s+an|Cục|Trung\s+tâm|các)\b|"
    # a sentence headed by its tasks: "Nhiệm vụ 6 tháng cuối năm: …, nâng tỷ lệ hồ sơ trực tuyến
    # lên trên 60%", "Phương hướng năm 2024: …"
    r"^\W*(?:Nhiệm\s+vụ|Phương\s+hướng)\b[^:.;\d]{0,60}(?:\d+[^:.;\d]{0,30})?:|"
    # a pledge: "cam kết năm 2024 đưa tỷ lệ hồ sơ trực tuyến lên 60%" (not "đúng cam kết")
    r"(?<!đúng\s)cam\s+kết\s+(?!(?:đã|được)\b)|"
    # what a body urges others to do: "khuyến cáo các cơ quan khẩn trương hoàn thành … cho 100%"
    # (not "đang khẩn trương xây dựng …; đã có 56/63 tỉnh …", an effort under way)
    r"(?<!đã\s)(?:khuyến\s+cáo|kêu\s+gọi)|"
    # …or directs: "Bộ … chỉ đạo các doanh nghiệp viễn thông hoàn thành lắp đặt 10.000 trạm 5G"
    r"chỉ\s+đạo\s+(?!của\b)[^.;\d]{0,60}?(?<!đã\s)\bhoàn\s+thành\b|"
    # a notice's instruction: "Các bộ, ngành, địa phương khẩn trương hoàn thành 100% TTHC … trong
    # năm 2025" (not what one "đã/đang khẩn trương hoàn thành")
    r"(?<!đã\s)(?<!đang\s)khẩn\s+trương\s+(?:hoàn\s+thành|đạt|đưa|nâng)\b|"
    # ("… sẽ giúp tỷ lệ hồ sơ trực tuyến đạt trên 80%": what a measure is hoped to bring)
    r"dự\s+kiến|dự\s+báo|sẽ\s+(?:đạt|có|tăng|lên|giảm|phủ|nâng|đưa|xóa|hoàn\s+thành|cung\s+cấp|triển\s+khai|giúp)|(?:đặt|giao|đề\s+ra)\s+chỉ\s+tiêu|theo\s+kế\s+hoạch|"
    # what a figure could, is hoped to or is meant to reach: "có thể đạt khoảng 20%", "kỳ vọng
    # có ít nhất 90%", "nhằm đạt 100%", "hướng đến mốc 50%"
    r"có\s+thể\s+(?:đạt|lên|tăng|chạm)|(?<!vượt\s)(?<!ngoài\s)kỳ\s+vọng\s+(?:sẽ\s+|sớm\s+)?(?:đạt|có|lên|tăng|chạm)|"
    # (not "Để đạt con số này, … đã đưa vào khai thác 8.512 trạm": what was done to reach it)
    # ("… hỗ trợ để phủ sóng cho 45 bản": the bản a programme is to cover)
    r"\b(?:nhằm|để)\s+(?:đạt|nâng|đưa|đáp\s+ứng|phủ\s+sóng|xóa)\b(?!\s+(?:được\s+)?(?:điều|con\s+số|kết\s+quả|thành\s+(?:tích|quả))\b)|hướng\s+đến\s+(?:đạt|mốc|con\s+số|mức)|"
    # "ban hành Kế hoạch … với các chỉ tiêu: 100% …; tỷ lệ hồ sơ … đạt 50%; …": the aims it lists
    # (not "Kết quả thực hiện các chỉ tiêu:", "đạt được các chỉ tiêu:")
    r"(?<!hiện\s)(?<!được\s)(?<!quả\s)\b(?:các|những)\s+chỉ\s+tiêu"
    r"(?:\s+(?:chính|chủ\s+yếu|cụ\s+thể|cơ\s+bản|sau))?\s*(?:như\s+sau\s*)?:|"
    # "hội nghị triển khai kế hoạch năm 2026": a meeting's name, not a plan for the figures
    r"(?<!triển\skhai\s)kế\s+hoạch\s+(?:cả\s+)?(?:năm|giai\s+đoạn|20\d\d\b)"
    # "Theo Chiến lược phát triển hạ tầng số, đến năm 2025, tỷ lệ … đạt trên 80%": its aims
    r"|theo\s+(?:chiến\s+lược|chương\s+trình|đề\s+án)\b[^;.]{0,80}?\b(?:đến|trước)\s+(?:hết\s+|cuối\s+)?"
    r"năm\s+20\d\d(?![^;.]{0,80}\bđã\b)",  # (not "…, đến hết năm 2023, Bộ Công an đã cấp …")
    re.I,
)
# A lead whose items are all aims: "Kế hoạch … năm 2025 đặt ra các chỉ tiêu:", "Mục tiêu đến năm 2025:"
PLAN_LEAD = re.compile(
    r"(?:(?:đặt(?:\s+ra)?|đề\s+ra|giao)\s+(?:các\s+|những\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)[^:.;]{0,60}"
    # (…or strive for, wherever the lead says so: "… yêu cầu các bộ, ngành phấn đấu đến hết năm 2025:")
    r"|(?:^|\n)\W*(?:Mục\s+tiêu|Chỉ\s+tiêu)\b[^:.;]{0,80}"
    # (…or a heading of aims, "Những chỉ tiêu chính:", not of those met, "Các chỉ tiêu đã đạt
    # được:", nor dated like a result, "Các chỉ tiêu chính tháng 10/2024:", "… tính đến 31/12/2023:";
    # "Một số chỉ tiêu …" heads results as often as aims)
    r"|(?:^|\n)\W*(?:Những|Các)\s+(?:mục\s+tiêu|chỉ\s+tiêu)\b(?![^:.;]{0,80}(?:\bđạt\s+được|\bđã"
    r"\s+đạt|\bkết\s+quả|\bthực\s+hiện\s+được|\btình\s+hình|\btháng|\bquý|\btính\s+(?:đến|tới)"
    r"|\d{1,2}/\d{1,2}/))[^:.;]{0,80}"
    r"|\bphấn\s+đấu\b[^:.;]{0,80})\s*:(?=\s*(?:$|[-+•*–]\s|\d{1,2}[.)]\s))",
    re.I,
)
# A supposition, not a result: "Nếu tỷ lệ … đạt 50% thì mỗi năm sẽ tiết kiệm …", "Giả sử 100% hộ
# gia đình có cáp quang, …" (not "Nếu như năm 2019 … thì đến nay …", "Nếu năm 2020 … thì năm
# 2021 …": two times compared, both facts)
SUPPOSITION = re.compile(
    r"^\W*(?:Nếu(?!\s+như)\b[^.;]*?\bthì\b[^.;]*?\b(?:sẽ|có\s+thể|mới\s+có\s+thể)\b|Giả\s+(?:sử|định)\b)",
    re.I,
)
