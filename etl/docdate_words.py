"""The words that date a document: months and years as written, years compared with or reviewed,
plans and deadlines that look ahead, events named with their year. Patterns only, like
etl/aim_words.py; etl/docdate.py reads them."""

from __future__ import annotations

import re

from etl.phrases import VISION_WORDS

# " date 2023-10" or " date 2025-09-22" at the top of a saved web page.
PAGE_STAMP = re.compile(r"^\s*date\s+(?P<y>(?:19|20)\d\d)-(?P<m>\d{2})(?:-(?P<d>\d{2}))?\b")
MONTH_YEAR = re.compile(
    # "từ tháng 1/2024 đến 1/2025": the second month shares the first's "tháng"
    r"(?:tháng|(?<=tháng\s\d/20\d\d\sđến\s)|(?<=tháng\s\d\d/20\d\d\sđến\s))\s*(?P<m>\d{1,2})"
    r"\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>20\d\d)\b",
    re.I,
)
QUARTER_YEAR = re.compile(
    r"quý\s+(?P<q>IV|III|II|I|[1-4])\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>20\d\d)\b", re.I
)
YEAR = re.compile(r"(?<!đầu\s)\bnăm\s+(?P<y>20\d\d)\b(?!\s*[-–]\s*\d)", re.I)
# "2024 chứng kiến nhiều biến chuyển …", a title "Điểm nhấn công nghệ Việt Nam 2024": a year
# written bare, as the subject of a review
BARE_YEAR = re.compile(
    r"^\W*(?P<y>20\d\d)\s+(?:chứng\s+kiến|là\s+năm|ghi\s+nhận|đánh\s+dấu)\b"
    r"|^[^\n.:;!?]{10,100}\s(?<![-–/]\s)(?<!năm\s)(?<!đến\s)(?P<t>20\d\d)\s*$",
    re.I,
)
EARLY_YEAR = re.compile(r"\bđầu\s+năm\s+(?P<y>20\d\d)\b", re.I)
SINCE_YEAR_START = re.compile(r"\btừ\s+đầu\s+năm\s+(?P<y>20\d\d)\b", re.I)
MONTHS_OF_YEAR = re.compile(r"(?P<n>\d{1,2})\s+tháng\s+đầu\s+năm\s+(?P<y>20\d\d)\b", re.I)
# "tăng 0,7% so với năm 2023": compared with a year gone by, written in a later one
COMPARED_YEAR = re.compile(
    r"\bso\s+với\s+(?:cuối\s+|hết\s+)?năm\s+(?P<y>20\d\d)\b(?!\s*[-–/]\s*\d)", re.I
)
SAME_PERIOD_LAST_YEAR = re.compile(
    r"cùng\s+kỳ(?:\s+[^\d.;]{0,25})?\s+(?:năm\s+)?(?P<y>20\d\d)\b(?!\s*[/.-]\s*\d)", re.I
)
# "gấp 3 lần so với cùng kỳ tháng 4/2022": the month a year on is the one the figure is of
SAME_MONTH_LAST_YEAR = re.compile(
    r"cùng\s+kỳ\s+(?:năm\s+trước\s+)?(?:tháng\s+(?P<m>\d{1,2})|quý\s+(?P<q>IV|III|II|I|[1-4]))"
    r"\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>20\d\d)\b",
    re.I,
)
# Sentences that look ahead (plans, deadlines, extensions) do not date the report.
AHEAD = re.compile(
    # (a body named in brackets is no plan: "Tổng cục Thống kê (Bộ Kế hoạch và Đầu tư)")
    r"mục\s+tiêu|chỉ\s+tiêu|phấn\s+đấu|(?<!\(Bộ\s)kế\s+hoạch|dự\s+kiến|(?<!so\s)(?<!với\s)dự\s+báo|định\s+hướng|chiến\s+lược|gia\s+hạn|thời\s+hạn|"
    r"\bphải\b|\bsẽ\b|đề\s+xuất|đến\s+năm|trước\s+(?:ngày|tháng|năm)|"
    # "Mức thu này được áp dụng đến hết ngày 31/12/2025", "có hiệu lực từ ngày 1/8": in force
    r"áp\s+dụng\s+(?:đến|tới|từ)|hiệu\s+lực|"
    # "ước đến cuối năm 2022 đạt …", "thì đến cuối năm đạt mục tiêu": a forecast, not a result
    r"ước\s+(?:tính\s+)?(?:đến|hết|cuối)\b|thì\s+đến\b|"
    # "được cấp phép … thí điểm Mobile Money trong 2 năm (đến cuối năm 2023)": a licence's term
    r"thí\s+điểm\b[^.;]{0,60}\btrong\s+(?:thời\s+gian\s+)?(?:\d|hai|ba)\s+năm|"
    r"giai\s+đoạn|tầm\s+nhìn|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị|Nghị\s+định|Thông\s+tư|Luật",
    re.I,
)
PLAN_MET = re.compile(
    r"(?:vượt|hoàn\s+thành)\s+(?:mức\s+|so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)"
    r"(?:[^.;\d]{0,30}?\b(?:năm\s+)?20\d\d\b)?"
    # "có 11/22 mục tiêu đạt …": goals counted as met; "…, đạt 100% so với chỉ tiêu Bộ Công an
    # giao": a result measured against its plan
    r"|\d+\s*/\s*\d+\s+(?:mục\s+tiêu|chỉ\s+tiêu)"
    r"|(?:đạt|vượt)\s+[\d.,]+\s*%\s+(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu)(?:[^.;\d]{0,40}?\bgiao\b)?"
    # "năm 2022 ngành … tiếp tục nỗ lực phấn đấu hoàn thành xuất sắc nhiệm vụ được giao": the
    # year's effort told, no aim (the clause split may have cut it before "nhiệm vụ")
    r"|(?:nỗ\s+lực\s+)?phấn\s+đấu\s+hoàn\s+thành(?:\s+(?:tốt|xuất\s+sắc))?"
    r"(?=\s*(?:(?:các\s+)?nhiệm\s+vụ|$))",
    re.I,
)
PROGRAMME_SPAN = re.compile(
    rf"giai\s+đoạn\s+20\d\d\s*[-–]\s*20\d\d(?:\s*,?\s*{VISION_WORDS}\s+(?:đến\s+)?"
    rf"(?:năm\s+)?20\d\d)?|{VISION_WORDS}\s+(?:đến\s+)?(?:năm\s+)?20\d\d",
    re.I,
)
PLAN_NAME = re.compile(
    r"\b(?:Kế\s+hoạch|Chiến\s+lược|Chương\s+trình|Đề\s+án)\s+[^.;,]{0,80}?\bđến\s+năm\s+20\d\d\b"
)
IF_THEN = re.compile(r"\W*Nếu\s+(?P<cond>[^;]+?)\s+thì\b", re.I)
WHOLE_YEAR = re.compile(
    # "Theo báo cáo của Bộ … về chuyển đổi số quốc gia năm 2024": a report on the year, after it
    r"(?:tổng\s+kết|cả\s+năm|kết\s+quả\s+(?:thực\s+hiện\s+)?năm)[^.;\d]*$"
    # "công bố kết quả Chỉ số hài lòng … (SIPAS) và Chỉ số cải cách hành chính (PAR Index) năm
    # 2024", "họp báo công bố số liệu thống kê … quý IV và năm 2024": a yearly index's result
    # or a year's statistics come out after the year (the UN's survey, named in its own year,
    # aside)
    r"|(?:kết\s+quả(?:\s*,\s*xếp\s+hạng)?|công\s+bố)\s+(?:đánh\s+giá\s+)?[Cc]hỉ\s+số\b"
    r"(?![^.;\d]*(?:Chính\s+phủ\s+điện\s+tử|EGDI|Liên\s+hợp\s+quốc))[^.;\d]*$"
    r"|công\s+bố\s+số\s+liệu\s+(?:thống\s+kê\s+)?(?!về\b)"
    r"(?![^.;\d]*(?:Chính\s+phủ\s+điện\s+tử|EGDI|Liên\s+hợp\s+quốc))[^.;\d]*$"
    # (not "Báo cáo tại hội nghị cho thấy, năm 2024, …": there the year opens what it says)
    r"|\bbáo\s+cáo\b[^.;\d]*(?<![,:]\s)(?<![,:])$"
    # "Tính đến hết năm 2022, …": the text reports up to the year's end
    # (not "Trước đó, đến cuối năm 2023, …": an earlier time than the text's)
    r"|(?<!đó,\s)(?:đến|tới)\s+(?:hết|cuối)\s+$",
    re.I,
)
# "Năm 2022, doanh thu toàn ngành … ước đạt …", "Theo Bộ TT&TT, năm 2022, …": a sentence that
# opens on a year (plans aside) reports on that whole year.
# (the comma sets the year apart as the topic; "Năm 2023 đạt 79,4%" only states a value)
YEAR_OPENS = re.compile(
    r"\W*(?:(?:Theo\s+[^,]{1,60}|Cụ\s+thể|Trong\s+đó|Riêng)\s*,\s*)?(?:trong\s+|cả\s+)?năm\s+20\d\d"
    # (…or straight on to whom it is about: "năm 2022 ngành Thông tin và Truyền thông tiếp tục …")
    r"(?:\s*,|\s+(?=(?:toàn\s+)?ngành|tỉnh|thành\s+phố|cả\s+nước|Việt\s+Nam)\b)"
    # (…or on what was done in it: "Trong năm 2023 đã tiếp nhận, giải quyết trên 67 triệu hồ sơ")
    r"|\W*Trong\s+năm\s+20\d\d\s+(?=đã\b)",
    re.I,
)
# "Hội thảo Quốc gia về Chính phủ số 2024", "Diễn đàn … Việt Nam 2023": an event named with its
# year, held in it
EVENT_NAME_YEAR = re.compile(
    r"\b(?:Hội\s+thảo|Hội\s+nghị|Diễn\s+đàn|Triển\s+lãm|Hội\s+chợ|Tuần\s+lễ|Lễ\s+hội|[Ss]ự\s+kiện)"
    r"\s+[^.;,\n\d()]{3,80}?\s(?P<y>20\d\d)\b(?!\s*[-–/.]\s*\d)"
    # "Tại sự kiện Internet Day 2023 ngày 22/11": the event's day, in its year
    r"(?:\s*,?\s*(?:diễn\s+ra\s+)?(?:vào\s+)?ngày\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?![/\d]))?"
)
PLANS_NEXT = re.compile(r"phương\s+hướng|nhiệm\s+vụ", re.I)
# "sơ kết việc thực hiện Đề án 06 quý I và triển khai nhiệm vụ trọng tâm năm 2024": a part of a
# year reviewed, with the tasks of the rest of that same year (not a whole year: "tổng kết năm
# 2023, nhiệm vụ năm 2024" looks back on 2023)
PART_REVIEWED_PLANS_YEAR = re.compile(
    r"\b(?:sơ\s+kết|đánh\s+giá)\b[^.;\n]{0,100}?"
    r"(?:\bquý\s+(?:III|II|I|[1-3])|\b(?:\d|sáu|chín)\s+tháng(?:\s+đầu\s+năm)?)"
    r"(?!\s*(?:[/.-]\s*|năm\s+)\d)[^.;\n]{0,60}?\bnhiệm\s+vụ\b[^.;\n\d]{0,50}?\bnăm\s+(?P<y>20\d\d)\b",
    re.I,
)
# "6 tháng đầu năm nay", "quý II", "tháng 5" with no year of their own.
RELATIVE_MONTHS = re.compile(
    r"(?:\b(?P<n>\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười)\s+tháng\s+đầu\s+năm(?:\s+nay)?|quý\s+(?P<q>IV|III|II|I|[1-4])|"
    r"\btháng\s+(?P<n2>\d{1,2}))(?!\s*(?:[/.-]\s*\d|năm\s+\d|\d))",
    re.I,
)
EVENT_MONTH_BEFORE = re.compile(r"\bvào\s+(?:(?:cuối|đầu|giữa)\s+)?$", re.I)
DAY_NO_YEAR = re.compile(r"(?:ngày|đến|tới)\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?![/\d])", re.I)
# "so với tháng 4/2022", "so với cuối tháng 10/2022": a month compared with
COMPARED_BEFORE = re.compile(r"(?:so\s+với|cùng\s+kỳ|trước|với)\s*(?:cuối\s+|hết\s+)?$", re.I)
