"""The genre's vocabulary: the words and forms around a number that say what it is.

Patterns only; etl/clauses.py applies them. Each names the form it recognises.
"""

from __future__ import annotations

import re

# A figure written with its unit or scale ("72,8%", "8,9 triệu", "200 Mbps"; not "2024 tỷ lệ")
FIGURE_WITH_UNIT = r"\d[\d.,]*\s*(?:%|Mbps|triệu|nghìn|tỷ(?!\s+(?:lệ|trọng)\b))"
FIGURE = re.compile(FIGURE_WITH_UNIT, re.I)
# "Trong khu vực Đông Nam Á, …", "Ở khu vực nông thôn, …": where the whole sentence stands
OPENING_SCENE = re.compile(r"\W*(?:Trong|Tại|Ở)\s+(?:khu\s+vực|vùng)\s+[^,;\d]{3,40},", re.I)
# A label or heading that gives its figures' unit: "Tỷ lệ … (%)", "(đơn vị tính: %)"
PERCENT_HEAD = re.compile(r"\(\s*%\s*\)|đơn\s+vị(?:\s+tính)?\s*:\s*%", re.I)
# A turn from the aim to the result: "…; thực tế đến nay đạt 48%", "…, hiện đạt 48%", "kế hoạch
# 50%, thực hiện 48%"
# The words of the present: "hiện nay", "đến nay", "thực tế" (a turn from a target, a result's mark)
NOW_WORDS = r"hiện\s+nay|hiện\s+tại|đến\s+nay|tới\s+nay|thực\s+tế"
PRESENT_TURN = re.compile(
    rf"[,;]\s*(?:còn\s+|nhưng\s+|trong\s+khi\s+)?(?:{NOW_WORDS}"
    r"|hiện\s+(?:đã\s+)?(?:đạt|là|có)|thực\s+hiện\s*:?\s*(?=\d|đạt|được)"
    # ("kế hoạch năm 2023 là 50%, kết quả thực hiện năm 2023 đạt 38,7%": the result beside it)
    r"|kết\s+quả(?:\s+thực\s+hiện)?(?:\s+(?:năm\s+20\d\d|ước\s+năm\s+20\d\d))?\s*:?\s*(?=\d|đạt|là|\()"
    # ("…; hiện số thẻ căn cước gắn chip đã cấp … là 87,1 triệu thẻ")
    r"|hiện\s+(?=(?:số|tỷ\s+lệ|tổng\s+số)\s))\b",
    re.I,
)
# Words right before a number that make it a floor to reach ("bảo đảm 100%", "ít nhất 5 bậc").
# (…or the plan's column in a report's line: "kế hoạch 50%, thực hiện 48%", "KH: 50%",
# "thực hiện 91,6%/KH 100%")
TARGET_TAIL = re.compile(
    r"(?:bảo\s+đảm|đảm\s+bảo|ít\s+nhất|tối\s+thiểu)\s*(?:đạt\s*)?$|(?:[,:;/]\s*|^)(?:kế\s+hoạch|KH)\s*:?\s*$",
    re.I,
)
# "đến năm 2025", "trước cuối năm 2024": a deadline when the year is ahead of the report.
DEADLINE_YEAR = re.compile(
    # ("để sang năm 2023, số người dùng … chạm ngưỡng 10 triệu": next year's aim)
    r"(?:đến|trước|trong|vào|sang)\s+(?P<end>hết\s+|cuối\s+)?(?:năm\s+)?(?P<y>20\d\d)\b",
    re.I,
)
# "Đề án 06 … giai đoạn 2022-2025, tầm nhìn đến năm 2030": a programme's name, not a deadline
# A programme's horizon ("giai đoạn 2022-2025, tầm nhìn đến năm 2030"): neither a deadline nor a date
VISION_WORDS = r"(?:tầm\s+nhìn|định\s+hướng)"
VISION = re.compile(VISION_WORDS + r"\s*$", re.I)
REMAINING_AFTER = re.compile(
    r"^[^;.,]{0,60}\bcòn\s+lại\b", re.I
)  # not ", còn lại 2.000 thôn": the next figure
CHANGE_BEFORE = re.compile(
    # ("giảm nhẹ 0,8 Mbps so với tháng liền trước": a change said with how much)
    # ("đã giảm được 38 thôn chưa có sóng": how many fewer, not how many are left)
    r"(?:(?:tăng|giảm)(?:\s+(?:thêm|nhẹ|mạnh|nhanh|tiếp|được))?|tăng\s+trưởng|cao\s+hơn|thấp\s+hơn|gấp|vượt"
    r"|tăng\s+vọt)\s*(?:khoảng|gần|hơn|trên)?\s*$"
    # "… và kém top 20 khoảng 3 Mbps", "cách Top 20 khoảng 3 Mbps": the gap to another figure
    r"|(?:\bkém\b[^.;]{0,20}?|\bcách\s+(?:top|nhóm|mức|hạng)[^.;]{0,15}?)\s*(?:khoảng|gần|hơn|trên)?\s*$"
    # "(cao hơn trung bình cả nước 1,75%)": the gap to the country's level (not "… cả nước là
    # 75,39%" nor "cao hơn mức bình quân cả nước 139,7 Mbps", the level itself)
    r"|(?:cao|thấp)\s+hơn\s+(?:so\s+với\s+)?(?:trung\s+bình|bình\s+quân)\s+(?:chung\s+)?"
    r"(?:của\s+)?(?:cả\s+nước|toàn\s+quốc)\s*(?:khoảng|gần|hơn|trên)?\s*$",
    re.I,
)
# "6.641 cuộc …: 1.696 cuộc giả mạo": a colon after words (not "09:12") lists the parts.
SUBSET = re.compile(
    r"\btrong\s+đó\b|\bbao\s+gồm\b|\(\s*gồm\b|,\s*gồm\b|\btrong\s+số\s+(?:này|đó)\b"
    # (a colon of reported words is none: exclusions reads past "cho biết:" by whose_words.SPOKEN_BEFORE)
    r"|(?<=[^\d\s])\s*:\s"
    r"|\briêng\b(?!\s+(?:trong\s+)?(?:tháng|quý|năm|ngày|\d))",
    re.I,
)
# "giai đoạn 2020–2024, tỷ trọng … bình quân 12,88%": an average over years, no year's value.
YEARS_AVERAGE = re.compile(
    r"(?:giai\s+đoạn|từ\s+năm|trong)\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b[^;.]{0,80}?"
    r"\b(?:bình\s+quân|trung\s+bình)\b[^;.\d]{0,30}$"
    # "bình quân giai đoạn 2021 - 2025, giá trị tăng thêm … tăng 9,8%"
    r"|(?:bình\s+quân|trung\s+bình)\s+(?:giai\s+đoạn|các\s+năm)\s+(?:19|20)\d\d\s*[-–]\s*"
    r"(?:19|20)?\d\d\b[^;.\d]{0,80}$"
    # "Trung bình trong 7 tháng đầu năm nay, mỗi tháng có 1.089 cuộc": a month's average
    # ("…, mỗi tháng các hệ thống thông tin tại Việt Nam phải hứng chịu 1.107 sự cố": its subject
    # may stand between)
    r"|\b(?:bình\s+quân|trung\s+bình)\b[^;.]{0,60}?\b(?:mỗi|một|1)\s+tháng\b[^;.\d]{0,80}$",
    re.I,
)
# "hơn 1.600 vụ trong 1 tháng", "1.160 vụ mỗi tháng" after a count: a month's rate, no period's
# (…or an hour's: "tương đương khoảng 87.500 giao dịch mỗi giờ")
PER_SPAN_AFTER = re.compile(
    r"\s*(?:[^\W\d]+\s+){0,2}?(?:(?:trong\s+(?:1|một)|mỗi)\s+tháng|(?:mỗi|/|một)\s*giờ)\b", re.I
)
# "chưa tới 13%", "chưa đạt 50%": a mark not reached, not a value.
# ("không đạt 30% như kỳ vọng", "không quá 5%": a mark missed or a ceiling, not a value)
NOT_REACHED = re.compile(
    r"(?:chưa\s+(?:tới|đến|đạt|bằng|vượt)|không\s+(?:đạt|tới|vượt|quá))\s*(?:mức\s*)?$", re.I
)
# "Bộ Công an là đơn vị có số giao dịch lớn nhất với khoảng 142 triệu": one body's figure,
# not the whole's (a province that leads keeps its own value: its breakdown says whose).
LEADER = re.compile(
    r"\blà\s+(?:đơn\s+vị|bộ|cơ\s+quan|doanh\s+nghiệp|nhà\s+mạng)\b[^;.]{0,80}?"
    r"\b(?:cao|lớn|nhiều|thấp|ít|nhanh)\s+nhất\b[^;.\d]{0,25}$",
    re.I,
)
# "Quảng Ninh là một trong 10 địa phương dẫn đầu …": the size of a leading group, no figure
# ("… là một trong 58 tỉnh đã ban hành nghị quyết …" counts those that have)
ONE_OF_GROUP = re.compile(r"\bmột\s+trong\s+(?:số\s+)?(?:những\s+|các\s+)?(?:top\s+)?$", re.I)
LEADING_GROUP = re.compile(
    r"[^;.\d]{0,40}?\b(?:dẫn\s+đầu|đứng\s+đầu|cao\s+nhất|tốt\s+nhất|xuất\s+sắc|tiêu\s+biểu|điển\s+hình)",
    re.I,
)
# "Riêng Bộ Công an đã tiếp nhận 3,2 triệu giao dịch …", "Riêng trên Cổng dịch vụ công Bộ Công
# an, …": the sentence gives one body's part of a whole stated before it.
BODY_PART = re.compile(
    r"^\W*Riêng\s+(?:trên\s+|tại\s+|với\s+|ở\s+)?(?:(?:Cổng|Hệ\s+thống)\s+[^,;.\d]{0,40}?)?"
    r"\b(?:Bộ|Cục|Tập\s+đoàn|Tổng\s+công\s+ty|Ngân\s+hàng|Công\s+ty|nhà\s+mạng|doanh\s+nghiệp)\s",
    re.I,
)
# "Trung bình cứ 10 người Việt Nam có 9 thuê bao": a ratio in words, not a count.
RATIO_IN_WORDS = re.compile(r"\bcứ\s+\d+\s+(?:người|hộ|dân)\b[^;.\d]{0,60}\bcó\s*$", re.I)
# "lần đầu tỷ lệ này trên 90%": a mark crossed, not the value (which the text gives elsewhere).
MILESTONE = re.compile(r"\blần\s+đầu(?:\s+tiên)?\b[^;.\d]{0,60}$", re.I)
# "Có 14/23 sở, ban, ngành đạt tỷ lệ … trên 80%", "Nhóm các địa phương có tỷ lệ dưới 15%": a
# threshold that sorts units, not anyone's value.
THRESHOLD_GROUP = re.compile(
    r"\b(?:có|gồm|với)\s+\d+(?:/\d+)?\s+(?:tỉnh|thành\s+phố|địa\s+phương|sở|bộ|cơ\s+quan|đơn\s+vị|xã|"
    r"huyện|doanh\s+nghiệp)\b[^;.\d]{0,80}$"
    r"|\b(?:nhóm|những|các)\s+(?:tỉnh|địa\s+phương|đơn\s+vị|bộ|xã|huyện)\b[^;.\d]{0,40}\bcó\s+t[ỷỉ]\s+lệ\s*$"
    # "có bộ đạt … 100%, nhưng cũng có địa phương dưới 20%": some unit, under a bar
    r"|\bcó\s+(?:bộ|địa\s+phương|tỉnh|nơi|đơn\s+vị|xã)\s+(?:chỉ\s+|mới\s+)?(?:đạt\s+)?(?:dưới|trên|chưa\s+(?:đến|tới))\s*$"
    # "9/21 huyện có tỷ lệ hồ sơ trực tuyến dưới 30%": the units counted first, then the bar
    r"|\b\d+(?:/\d+)?\s+(?:tỉnh|thành\s+phố|địa\s+phương|sở|bộ|cơ\s+quan|đơn\s+vị|xã|huyện)\b"
    # ("15 bộ, ngành và địa phương có tỷ lệ … thấp dưới 10%")
    r"[^;.\d]{0,30}?\bcó\s+t[ỷỉ]\s+(?:lệ|trọng)\b[^;.\d]{0,80}$",
    re.I,
)
RATE_NAMED = re.compile(r"\bt[ỷỉ]\s+lệ\b", re.I)
# "(1.777 DVC trực tuyến), trong đó DVC trực tuyến toàn trình là 731, chiếm 41,11%": the part's
# share is the full-process share, an indicator of its own
# (and "… tiếp nhận 24.512 hồ sơ, trong đó tiếp nhận trực tuyến 19.003 hồ sơ, chiếm 77,5%": the online share)
PART_SHARE_NAMED = re.compile(
    r"(?:toàn\s+trình|trực\s+tuyến)\b[^;]{0,40}\b(?:chiếm|đạt)\s*(?:tỷ\s+lệ\s*)?$", re.I
)
# "81% TTHC (trong đó có 48,5% TTHC được triển khai DVCTT toàn trình)", "3.890 trạm …, trong đó có
# 245 trạm 5G": the full-process share and the 5G stations are indicators of their own, not parts
OWN_FIGURE_AFTER = re.compile(
    r"^\s*(?:(?:TTHC|thủ\s+tục\s+hành\s+chính|DVCTT|dịch\s+vụ\s+công|hồ\s+sơ)[^;.()\d]{0,60}"
    r"toàn\s+trình|trạm\s+(?:BTS\s+|phát\s+sóng\s+)?(?:mạng\s+)?5G"
    # "… cấp hơn 86 triệu tài khoản định danh, trong đó có 61,2 triệu tài khoản đã được kích hoạt"
    r"|tài\s+khoản[^;.()\d]{0,40}kích\s+hoạt"
    # "127,6 triệu thuê bao di động, trong đó 107,8 triệu thuê bao sử dụng smartphone": measured
    # in their own right, as are the mobile broadband subscriptions among them
    r"|thuê\s+bao[^;.()\d]{0,12}(?:sử\s+dụng|dùng)\s+(?:thiết\s+bị\s+)?(?:điện\s+thoại\s+thông\s+minh|smartphone)"
    r"|thuê\s+bao\s+(?:băng\s+rộng\s+di\s+động|BRDĐ))",
    re.I,
)
# "… thu nhận 1.021.450 hồ sơ đề nghị cấp tài khoản định danh, trong đó đã kích hoạt 712.380 tài
# khoản": the activated accounts are the indicator, not a part of the applications
OWN_FIGURE_BEFORE = re.compile(
    r"trong\s+đó\s+(?:có\s+)?(?:đã\s+)?(?:được\s+)?kích\s+hoạt(?:\s+được)?\s*$"
    # "…, trong đó số thuê bao sử dụng smartphone là 91,2 triệu": measured in its own right
    # (…or the noun left to the item before: "- Thuê bao di động: …; trong đó băng rộng di động
    # (3G, 4G, 5G): 87,3 triệu")
    r"|trong\s+đó\s+(?:số\s+)?(?:thuê\s+bao\s+)?(?:(?:sử\s+dụng|dùng)\s+(?:điện\s+thoại\s+thông\s+minh|smartphone)"
    # (…or an item's label: "- Thuê bao di động: 127,6 triệu; trong đó thuê bao BRDĐ: 87,3 triệu")
    # (the verb may be the figure's qualifier: "… băng rộng di động đạt 92,4 triệu")
    r"|băng\s+rộng\s+di\s+động|BRDĐ)(?:\s*\([^()]{0,20}\))?(?:\s+(?:là|đạt|có)|\s*:)?\s*$"
    # before 2022: "Tỷ lệ DVCTT mức độ 3, 4 đạt 97,5%, trong đó mức độ 4 đạt 45,6%" (full-process)
    r"|trong\s+đó\s+(?:(?:DVCTT|dịch\s+vụ\s+công\s+trực\s+tuyến)\s+)?mức\s+độ\s+4\s*(?:là|đạt|chiếm|:)?\s*$",
    re.I,
)
# The day a news lead opens on, as the press writes it: "Sáng 10/7", "Chiều 25-2", "Sáng 24.4",
# "Ngày 22/11/2024" (read by the document's date and by whose page it is)
LEAD_DAY = (
    r"(?:Sáng|Chiều|Tối|Trưa|Ngày)\s+(?:ngày\s+)?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})"
    r"(?:[/.-](?P<y>(?:19|20)\d\d))?"
)
# The words that rank a place or a body: "dẫn đầu", "đứng đầu", "cao nhất", "thấp nhất", "xếp thứ 9"
LEAD_WORDS = r"(?:dẫn|đứng)\s+đầu"
RANK_WORDS = rf"{LEAD_WORDS}|(?:cao|thấp)\s+nhất|(?:đứng|xếp)\s+thứ\s+\w+"
SUBSET_SENTENCE = re.compile(r"^\W*(?:trong\s+đó|trong\s+số\s+(?:này|đó))\b", re.I)
# "Trong số địa chỉ IP nằm trong mạng botnet trên, có 175 …": the whole is named back, however
# far before it was stated
NAMED_BACK_SUBSET = re.compile(r"^\W*trong\s+số\s+[^,;.\d]{0,80}\s(?:nói\s+)?trên\s*,", re.I)
# "Trong số 20 địa chỉ IP của cơ quan nhà nước …" opens on a part; "Còn về tỉnh thành, …" goes on
SUBSET_OF_COUNT = re.compile(r"\W*trong\s+số\s+(?:hơn\s+|gần\s+)?\d[\d.,]*\s", re.I)
SUBSET_GOES_ON = re.compile(r"\W*còn\s+(?:về|với|ở|tại)\b", re.I)
# "1.107 cuộc/tháng", "780.555 IP/tháng": an average per month, not the period's total.
PER_UNIT_AFTER = re.compile(r"^\s*[\w-]*\s*/\s*(?:tháng|năm|ngày|giờ)\b", re.I)
UPLOAD = re.compile(r"tải\s+lên|upload|đường\s+lên", re.I)
DOWNLOAD = re.compile(r"tải\s+xuống|tải\s+về|download|đường\s+xuống", re.I)
# "tăng từ 112,55 Mbps": the value before the change, of no stated period.
# "đã tăng từ 982 cuộc trong tháng 12/2022 lên 1.234 cuộc": the later figure's label is the one
# before "tăng từ".
# "vùng phủ từ 0,93% năm 2023 lên 90,2%", "số trạm 5G từ 184 tăng lên 35.304 trạm": the same
# without "tăng" before "từ", when "lên"/"xuống" says it is a change.
RISE_TO = re.compile(
    r"\s(?:(?:đã\s+)?(?:tăng|giảm)\s+(?:mạnh\s*|nhẹ\s*)?,?\s*từ\s[^;]{1,80}?\s(?:lên|xuống|đến)"
    r"|từ\s+(?:mức\s+)?(?:(?!\btừ\s|\blên\s)[^;]){1,80}?\s(?:(?:tăng|giảm)\s+)?(?:lên|xuống))"
    r"(?:\s+còn)?"  # "giảm mạnh, từ hơn 1,5 triệu … xuống còn khoảng 720.000"
    # "tăng từ dưới 1% … đến khoảng 90%": the qualifier of the figure risen to
    r"\s+(?:mức\s+)?(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?$",
    re.I,
)
LIST_HEAD = re.compile(
    r"\b(?:t[ỷỉ]\s+lệ|tốc\s+độ(?:\s+(?:truy\s+cập\s+)?(?:Internet\s+|mạng\s+)?băng\s+rộng)?|"
    r"(?:số\s+)?thuê\s+bao(?:\s+băng\s+rộng)?|mật\s+độ|tổng\s+số|số\s+lượng)\b",
    re.I,
)
# "(cuối năm 2023 là 84,6%)", "(cuối năm 2022 lần lượt là 81,4 và 21,3)": earlier values.
PAREN_PRIOR = re.compile(r"\(\s*(?P<words>[^()]{2,45}?)\s*(?:(?:lần\s+lượt\s+)?là|:)\s*$", re.I)
# "Về hồ sơ trực tuyến toàn trình, khối bộ đạt tỷ lệ 63,5%": the topic names the indicator.
TOPIC = re.compile(r"^\W*(?:Về|Đối\s+với|Riêng)\s+(?P<topic>[^,;:\d]{3,70})[,:]", re.I)
PER_100_WORDS = re.compile(r"(?:trên|/)\s*100\s*(?:dân|người)|mật\s+độ", re.I)
PER_100_OF = re.compile(r"\btrong\s+(?:mỗi\s+)?100\s+(?:người|dân)\b[^;.\d]{0,40}$", re.I)
# "dịch vụ công (DVC) trực tuyến", "kinh tế số (KTS) trong GRDP": an acronym in brackets inside
# a term; cues read the term without it.
ACRONYM_ASIDE = re.compile(r"(?<=[^\W\d_])\s*\([A-ZĐ][A-ZĐ0-9]{1,7}\)\s*(?=[^\W\d_])")
PER_DAY_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s*){0,3}?(?:mỗi|/|một|1|hàng|hằng)\s*ngày\b", re.I)
# "… mỗi ngày" after a number, or its label before it: "Trung bình/ngày: 3.184.269 giao dịch"
PER_DAY_WORDS = r"(?:trung\s+bình|bình\s+quân)\s*(?:/|mỗi|một)?\s*ngày"
# (…or said as the day's: "Mỗi ngày trung bình có khoảng 4 triệu lượt …", "… trung bình/ngày | 3.516.293")
PER_DAY_LABEL = re.compile(
    rf"(?:{PER_DAY_WORDS}|\b(?:mỗi|hằng|hàng)\s+ngày(?:\s+(?:trung\s+bình|bình\s+quân))?)\s*"
    # ("Bình quân mỗi ngày trong năm 2024 có khoảng 3,2 triệu giao dịch": its period between)
    r"(?:(?:trong|của)\s+(?:năm|tháng|quý)\s+[\dIV]+(?:/\d{4})?\s*)?"
    r"(?::|\||(?:có|đạt|là|ghi\s+nhận)\b)?\s*(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s*)?$",
    re.I,
)
# "100% hệ thống thông tin phải được phê duyệt": what must happen, not what did (not a bracket's:
# "78,1% (các đơn vị chưa kết nối phải hoàn thành …)" says what the rest must do).
MUST_AFTER = re.compile(r"^[^;.,(]{0,60}?\b(?:phải|cần\s+phải|sẽ\s+được|cần\s+được)\b", re.I)
# "Cùng thời điểm, …", "Trong 6 tháng, …": the period stated just before.
SAME_TIME = re.compile(
    r"cùng\s+thời\s+điểm|thời\s+điểm\s+này|cùng\s+kỳ\s+này|\btrong\s+\d{1,2}\s+tháng(?!\s+(?:đầu|cuối))"
    r"|(?:trong\s+)?cùng\s+(?:khoảng\s+)?thời\s+gian(?:\s+(?:này|trên|đó))?"  # "Trong cùng khoảng thời gian, …"
    r"|\bcũng\s+trong\s+(?:quý|kỳ|tháng|năm)\b(?!\s*(?:[IVX]+\b|\d))",  # "Cũng trong quý, Cổng tiếp nhận …"
    re.I,
)
# "Trong năm, Cổng … tiếp nhận 9,6 triệu hồ sơ" after a paragraph on the year 2024. Read with
# match apart from SAME_TIME: as one of its alternatives, "^\W*" was tried at every space.
SAME_YEAR_OPENING = re.compile(
    r"\W*(?:(?:riêng|cũng)\s+)?(?:trong|cả)\s+năm\s*,"  # "Riêng trong năm, …"
    # "Theo đó, … thành phố Hải Phòng đạt 91,10%" after "Năm 2024, … cả nước là 83,94%": a
    # sentence that follows from the paragraph before goes on in its time
    r"|\W*(?:Theo\s+đó|Bên\s+cạnh\s+đó)\s*,",
    re.I,
)
# "Xem thêm:", "Tin liên quan": what follows are other articles' headlines.
RELATED = re.compile(
    r"^\W*(?:Xem\s+thêm|Tin\s+liên\s+quan|Bài\s+(?:viết\s+)?liên\s+quan|Đọc\s+thêm|Liên\s+quan\s*:"
    r"|(?:Các\s+)?(?:Tin|Bài(?:\s+viết)?)\s+(?:khác|cùng\s+chuyên\s+mục|mới(?:\s+nhất)?)\b)",
    re.I,
)
YEAR_AGO_START = re.compile(
    r"^\W*(?:Cùng\s+kỳ|Cùng\s+thời\s+điểm)\s+năm\s+(?:(?P<y>(?:19|20)\d\d)\b|(?P<last>trước|ngoái))",
    re.I,
)
# …the same opening a clause: "…; cùng kỳ năm 2024 tỷ lệ này là 52,6%"
YEAR_AGO_CLAUSE = re.compile(YEAR_AGO_START.pattern.removeprefix("^"), re.I)
# "Tháng trước, con số này là 92,1 triệu", "Năm trước đó, con số tăng trưởng này chỉ là 12,4%":
# the step before the time just named, opening a sentence or a clause (not "so với tháng trước")
STEP_BACK_START = re.compile(
    r"^\W*(?:(?:trong\s+khi|còn|nhưng)\s+)?(?:(?:trong|vào)\s+)?(?P<unit>tháng|quý|năm|kỳ)\s+(?:liền\s+)?"
    # ("…, trong khi năm trước đó là 38%")
    r"(?:trước(?:\s+(?P<that>đó))?|ngoái)\b(?=\s*,|\s+(?:con\s+số|tỷ\s+lệ|tỉ\s+lệ|chỉ\s+số|mức|tốc\s+độ|số)\b"
    r"|\s+(?:chỉ\s+|mới\s+)?(?:là|đạt|ở\s+mức)\s+\d)",
    re.I,
)
STEP_BACK_CLAUSE = re.compile(STEP_BACK_START.pattern.removeprefix("^"), re.I)
# "Tỷ lệ này ở các bộ, ngành là 55,1%": the indicator the sentence before named.
THIS_ONE = re.compile(
    # ("ở mức trên 60%" is "above 60%", not "the level above")
    # ("con số tăng trưởng này": the measure's noun may stand between)
    r"\b(?:tỷ\s+lệ|tỷ\s+trọng|con\s+số|chỉ\s+số|mức|tốc\s+độ)(?:\s+(?:tăng\s+trưởng|phủ\s+sóng|giao\s+dịch))?"
    r"\s+(?:này|chung|trên(?!\s*(?:\d|$)))\b"
    # "… đạt 46,5%, trong khi bình quân cả nước mới khoảng 30%": the same measure, the country's
    r"|\b(?:bình\s+quân|trung\s+bình)\s+(?:các|của)"
    r"|\b(?:trong\s+khi|còn|khi\s+đó)\s+(?:mức\s+)?(?:bình\s+quân|trung\s+bình)\s+(?:chung\s+)?"
    r"(?:của\s+)?(?:cả\s+nước|toàn\s+quốc)",
    re.I,
)
# "các con số này lần lượt là …", "của hai loại hình này lần lượt là …": the figures just named.
THESE_FIGURES = re.compile(
    r"(?:các|những|hai|ba)\s+(?:con\s+số|chỉ\s+số|chỉ\s+tiêu|tỷ\s+lệ|loại\s+hình|mức)\s+(?:này|trên|tương\s+ứng)"
    r"[^;.\d]{0,40}lần\s+lượt\s+(?:là|đạt|ở\s+mức)"
    # "Đối với Phú Yên, các tỷ lệ tương ứng là 80,4%; 85,7% và 74,9%", "Cả nước, tốc độ tương
    # ứng là 155,2 Mbps và 83,4 Mbps": the figures the sentence before named, one by one
    # ("Mức bình quân của cả nước tương ứng là 72,1% và 34,8%": the country's, the same measures)
    r"|(?:(?:các|những|hai|ba)\s+(?:con\s+số|chỉ\s+số|chỉ\s+tiêu|tỷ\s+lệ|mức)|tốc\s+độ"
    r"|(?:mức\s+)?(?:bình\s+quân|trung\s+bình)\s+(?:chung\s+)?(?:của\s+)?(?:cả\s+nước|toàn\s+quốc))"
    r"\s+tương\s+ứng"
    # ("… tương ứng ở ba địa phương này là 92%, 85% và 88%")
    r"(?:\s+(?:ở|của|tại)\s+(?:(?:hai|ba|bốn|năm|các)\s+)?(?:địa\s+phương|tỉnh|khối|nhóm|cả\s+nước|toàn\s+quốc)[^,;.\d]{0,15})?"
    r"\s+(?:là|đạt|ở\s+mức)",
    re.I,
)
# "từ tháng 10/2024", "hồi tháng 3/2025": when something began, not the period reported on;
# nor when it came out ("bảng xếp hạng … (công bố tháng 9/2024)")
EVENT_TIME_BEFORE = re.compile(
    r"\b(?:từ|hồi|sau|trước|(?:công\s+bố|ban\s+hành|phát\s+hành)(?:\s+(?:vào|hồi))?)\s*$", re.I
)
# Between two listed values: a separator, maybe after the first one's upload half or unit.
LIST_GAP = re.compile(
    # (…or its noun: "lần lượt là 9,8 triệu giao dịch và 11.133 tỷ đồng")
    r"\s*(?:/\s*\d+(?:,\d+)?\s*)?(?:Mbps|Mb/s|%|thuê\s+bao/100\s+dân|giao\s+dịch|hồ\s+sơ|tài\s+khoản"
    r"|thuê\s+bao|cuộc|trạm|khách\s+hàng|tỷ\s+đồng)?\s*(?:,|và|;)\s*(?:và\s*)?",
    re.I,
)
# The words before a place in a ranking: "đứng thứ 19", "xếp thứ 12/63", "xếp hạng 35"
RANK_PLACE = re.compile(
    r"\b(?:đứng|xếp(?:\s+hạng)?|xếp\s+vị\s+trí|vị\s+trí|thứ\s+hạng)\s+(?:thứ\s+)?$", re.I
)
RESPECTIVELY = re.compile(r"\blần\s+lượt\b|\btheo\s+thứ\s+tự\b", re.I)  # ("theo thứ tự đạt …")
# "…, tương ứng 82,67%", "…, tức khoảng 34,2%": the same figure said again in other terms
SAME_FIGURE = r"(?:tương\s+(?:ứng|đương)(?:\s+với)?|\btức(?:\s+là)?)"
# …and "tương ứng là": values in the order the sentence before gave them (not "tương ứng với
# tỷ lệ 45%", which restates the figure before)
IN_THAT_ORDER = re.compile(rf"{RESPECTIVELY.pattern}|\btương\s+ứng\b(?!\s+với)", re.I)
# Words between "lần lượt" and its first value: "là", "đạt", "ở mức", "ghi nhận mức".
LIST_LEAD = re.compile(
    r"\s*(?:(?:ghi\s+nhận|đạt|là|tăng\s+lên|giảm\s+xuống|lên|xuống)\s+)?(?:(?:ở\s+)?mức|là|đạt|:)?\s*",
    re.I,
)
ESTIMATE_BEFORE = re.compile(r"\bước\s+(?:đạt|tính|khoảng)?[^;\d]{0,30}$", re.I)
# …and a whole clause said as an estimate: "Ước cả năm 2024, số cuộc tấn công … vào khoảng" (its
# period's words blanked out by then, so the clause may run long)
YEAR_ESTIMATED = re.compile(r"\bước(?:\s+(?:tính|đạt))?\b[^;.]{0,120}$", re.I)


# The events a text reports from: meetings, workshops, fairs, ceremonies
EVENT_WORDS = (
    r"hội\s+nghị|hội\s+thảo|sự\s+kiện|diễn\s+đàn|triển\s+lãm|phiên\s+họp|tọa\s+đàm|họp\s+báo"
    r"|buổi\s+làm\s+việc|lễ"
)
# An event, then its place and the speaker: "Tại hội thảo … ở Hà Nội, Thứ trưởng … cho biết"
VENUE_BEFORE = re.compile(rf"(?:{EVENT_WORDS})\b[^,;.]{{0,80}}$", re.I)
VENUE_AFTER = re.compile(
    r"\s*(?:ngày\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s*)?,\s*(?:ông|bà|Thứ\s+trưởng|Bộ\s+trưởng|Phó|Chủ\s+tịch|Cục\s+trưởng|Giám\s+đốc|Tổng\s+giám\s+đốc|đại\s+diện|lãnh\s+đạo|TS\.?|PGS"
    r"|Cục\s|Bộ\s|Văn\s+phòng\s+Chính\s+phủ|Tổng\s+cục|Ủy\s+ban\s+Quốc\s+gia|Tổ\s+công\s+tác)",
    re.I,
)


# An interviewer's question about plans: the answer's figures are aims, not results
PLANS_ASKED = re.compile(
    r"(?:mục\s+tiêu|kế\s+hoạch|thời\s+gian\s+tới|sắp\s+tới|năm\s+tới|định\s+hướng|phấn\s+đấu)[^?]{0,160}\?\s*$",
    re.I,
)
# A question asking how or whether a figure can be reached, up to its number: the number is an aim
ASKS_HOW = re.compile(r"(?:làm\s+(?:thế\s+nào|sao)|liệu|bao\s+giờ|khi\s+nào)\b[^?.!:“\"]*$", re.I)
