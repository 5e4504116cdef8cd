"""The words that say a figure is a firm's: a network operator's (its stations, its subscribers, its
coverage) or a security vendor's or market researcher's count, not the country's official one.

Patterns only, like etl/whose_words.py; the readers of owners and places apply them.
"""

from __future__ import annotations

import re

from etl.whose_words import SPEECH_VERB

# A firm named back ("… mà hãng chặn được tại Việt Nam là 4,6 triệu cuộc"): the vendor just named
THE_FIRM = re.compile(r"\b(?:mà|của|do)\s+hãng\b(?!\s+[A-ZĐ])|\bhãng\s+(?:này|đó)\b")
# Security vendors and market researchers: their counts and estimates are theirs, not the
# country's official figures ("Theo Bkav, có hơn 270.000 máy tính … botnet").
VENDORS = re.compile(
    r"\b(?:Bkav|Kaspersky|NCS|Trend\s*Micro|Check\s*Point|Fortinet|Palo\s+Alto|"
    r"Google|Temasek|Bain|e-Conomy\s+SEA|Statista|We\s+Are\s+Social|Meltwater|DataReportal|Cốc\s+Cốc|"
    r"GSMA|Ericsson|Opensignal|"
    # the national cybersecurity association's yearly survey of its members ("Theo thống kê của
    # NCA, … khoảng 552.000 cuộc tấn công mạng"): its estimate, not the authority's count
    r"NCA|Hiệp\s+hội\s+An\s+ninh\s+mạng(?:\s+[Qq]uốc\s+gia)?|"
    # a device maker's phones ("các thiết bị của Apple có tốc độ tải xuống … 39,43 Mb/giây")
    r"Apple|iPhone|Samsung|Xiaomi|OPPO|Oppo|Vivo|Huawei|Realme)\b"
)
OPERATOR_NAMES = (
    r"Viettel|VNPT|Vina[Pp]hone|Mobi[Ff]one|FPT|CMC|Vietnamobile|Gmobile|Itel|Reddi|"
    r"SCTV|Viettel\s+Money|VNPT\s+Money|MobiFone\s+Money"
)
OPERATORS = re.compile(rf"\b({OPERATOR_NAMES})\b")
# "… là Viettel, VNPT và MobiFone đã có tổng cộng …": one of a list of them, not one alone
OPERATOR_LISTED = re.compile(rf"{OPERATORS.pattern}\s*(?:,|và)\s*$")
# "các nhà mạng đã phủ sóng 38/45 thôn lõm sóng": every operator, the whole
# (as the subject that acted, not "so với các nhà mạng khác")
ALL_OPERATORS = re.compile(
    r"\b(?:các|những)\s+(?:nhà\s+mạng|doanh\s+nghiệp\s+(?:viễn\s+thông|di\s+động)|nhà\s+cung\s+cấp\s+dịch\s+vụ)"
    r"\s+(?:(?:đã|đang|cũng)\s+)*(?:phủ|lắp|triển\s+khai|đầu\s+tư|xây\s+dựng|phát\s+sóng|hoàn\s+thành)\b",
    re.I,
)

# A sentence an operator speaks: "Viettel cho biết, …", "Theo VNPT, …", "MobiFone công bố …"
OPERATOR_SPEAKS = re.compile(
    # (not a list of them: "Viettel, VNPT và MobiFone đã phủ sóng 5G tới 26% dân số")
    rf"\W*(?:Theo\s+)?(?:{OPERATOR_NAMES})\s*"
    rf"(?:,(?!\s*(?:{OPERATOR_NAMES}|và)\b)|{SPEECH_VERB})"
)


# An operator as owner: its network's reach over the country ("trên toàn quốc") is still its own.
OWNED_BY_OPERATOR = re.compile(rf"\bcủa\s+(?:nhà\s+mạng\s+)?\b(?:{OPERATOR_NAMES})\b")
# …or named right after the thing counted: "có 2 trạm phát sóng 5G của Viettel đã hoạt động"
OWNER_AFTER = re.compile(
    rf"^(?:[^;,.\d]|[2-5]G\b){{0,40}}?\bcủa\s+(?:nhà\s+mạng\s+)?(?:{OPERATOR_NAMES})\b"
)
# One operator acting in the clause: "… ghi nhận Viettel hoàn thành … triển khai tối thiểu 20.000
# trạm 5G trên toàn quốc, với tổng số 22.758 trạm" counts its own stations, though nationwide
OPERATOR_ACTS = re.compile(
    # ("Tập đoàn … (Viettel) chính thức khai trương mạng 5G trên toàn quốc … phủ sóng 90% dân số")
    rf"(?<!của\s)(?<!với\s)\b(?:{OPERATOR_NAMES})\)?\s+(?:đã\s+|đang\s+|vừa\s+|chính\s+thức\s+)?"
    r"(?:hoàn\s+thành|triển\s+khai|lắp\s+đặt|phát\s+sóng|đầu\s+tư|xây\s+dựng|khai\s+trương)\b"
)
