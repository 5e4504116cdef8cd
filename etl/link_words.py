"""The words that link a number to a figure named before it: names back ("tỷ lệ này"), wholes
after their levels, another period of the same figure, a count going on (read by figure_links)."""

from __future__ import annotations

import re

from etl.numbers import CATALOG_UNIT

SHARE_NAMED_BACK = re.compile(r"\b(?:tỷ\s+trọng|tỷ\s+lệ)\s+(?:này|trên)\b", re.I)
# (the earlier figure's unit, the number's) a clause may name back with "con số này", "tốc độ này"
NAMED_BACK_UNITS = {("count", "count"), ("count", "ratio"), ("mbps", "mbps"), ("rank", "count")}
# A rank named back by a verb of holding it ("đều duy trì thứ hạng 86"), not of reaching it ("…
# lên vị trí 72" may be a component index's) nor of comparing ("so với vị trí 86")
RANK_BACK = re.compile(
    r"\b(?:duy\s+trì|giữ(?:\s+nguyên)?|đứng)\s+(?:ở\s+)?(?:thứ\s+hạng|vị\s+trí)(?:\s+thứ)?\s*$",
    re.I,
)
# A rate the clause names anew (not "tỷ lệ này", "tỷ lệ tương ứng", "tỷ lệ của …")
WHOLE_AFTER_LEVELS = re.compile(
    # (…or bare in a terse list: "khối bộ, ngành 38,9%; khối địa phương 31,2%; cả nước 35,6%")
    r"(?:tính\s+)?chung\s+(?:cả\s+nước|toàn\s+quốc)|(?:cả\s+nước|toàn\s+quốc)\s*(?:đạt|là|:)?\s*$",
    re.I,
)
WHOLE_AFTER_PLACE = re.compile(
    r"\W*(?:(?:trong\s+khi|còn|và|nhưng)\s+)?(?:tính\s+)?(?:chung\s+)?(?:cả\s+nước|toàn\s+quốc)\s*"
    r"(?:(?:chỉ|mới|cũng|đã|ước)\s+)?(?:ước\s+)?(?:đạt|là|:)?\s*(?:(?:khoảng|gần|hơn|trên)\s*)?",
    re.I,
)
# "huyện Tam Đường đạt 62,1%, huyện Sìn Hồ đạt 55,3%; tính chung toàn tỉnh đạt 58,6%": the
# province's whole after its districts (whose own figures are dropped, so no row names it)
WHOLE_AFTER_DISTRICTS = re.compile(
    r"(?:tính\s+chung|chung|bình\s+quân)\s+(?:toàn|cả)\s+(?:tỉnh|thành\s+phố)\b[^;,.\d]{0,30}"
    r"(?:đạt|là|:)\s*$",
    re.I,
)
# a bare count in the words that named a figure ("… tăng thêm hơn 4.200"), not "5G" nor "45%"
BARE_COUNT = re.compile(r"(?<![\w/])\d[\d.,]*(?![\w%/])")
# "…, nâng tổng số lên 12.106 trạm": the level the increase before it brings the measure to
RAISED_TOTAL = re.compile(
    r"\b(?:nâng|đưa)\s+(?:tổng\s+số|con\s+số)\b[^;,.\d]{0,30}?\s+lên(?:\s+(?:thành|mức))?\s*$", re.I
)
NEW_RATE = re.compile(
    r"\b(?:tỷ\s+lệ|tỷ\s+trọng)\s+(?!này|đó|chung|tương\s+ứng|trên|là|đạt|của|ở|tại|khối|các|bộ|địa)\w+"
    # …or another index by its name: "… với PAR INDEX đạt 91,26% và SIPAS đạt 87,16%"
    r"|\b(?:PAR\s*INDEX|DTI|PAPI|PCI|SIPAS|EGDI|OSI|GCI)\b"
    r"|\bchỉ\s+số\s+(?:CCHC|cải\s+cách\s+hành\s+chính)\b",  # ("… có Chỉ số CCHC … đạt …")
    re.I,
)
# The words between a figure and its value for another period: "… năm 2021 là 11,91% và tiếp
# tục tăng trưởng trong năm 2022, đạt 14,26%", "…; 2021 là 12,87%", "trong khi năm 2022, nó đã
# vượt qua mức 14,26%". A movement verb counts only as "tiếp tục …" before a level word: "và
# tăng 2%" is a change, "và tăng trưởng năm 2024 đạt 20%" a growth rate.
# since a system began: "từ khi khai trương", "từ khi đưa vào vận hành"
SINCE_LAUNCH = (
    r"từ\s+khi\s+(?:khai\s+trương|vận\s+hành|đưa\s+vào\s+(?:vận\s+hành|sử\s+dụng)|ra\s+mắt)"
)
ANOTHER_PERIOD_TAIL = re.compile(
    # (the figure before's own period may trail it: "28% vào năm 2022, 19% năm 2023")
    # ("7.620 cuộc …; riêng trong tháng 9 là 640 cuộc", "…, trong đó tháng 9 là 640 cuộc": one
    # period's part of a span, set apart)
    r"\W*(?:(?:riêng|trong\s+đó)\b[\s,]*)?"
    r"(?:(?:vào|trong)\b[\s,]*)?(?:(?:và|trong\s+khi|còn|nhưng|thì)\b[\s,]*)?(?:(?:đến|tới)\b[\s,]*)?"  # "; đến tháng 9 đã lên 92,4 Mbps"
    # "1.021 cuộc; lũy kế 5 tháng đầu năm là 4.987 cuộc", "…; tính chung cả năm 2023 đạt 79,8%"
    r"(?:(?:lũy\s+kế|tính\s+chung|cộng\s+dồn)(?:\s+cả)?\b[\s,]*)?"
    rf"(?:{SINCE_LAUNCH}\b[\s,]*)?"  # "…; lũy kế từ khi khai trương đạt 58,2 triệu hồ sơ"
    # ("…, trong khi năm trước đó là 38%": the step before, in words)
    r"(?:(?:tháng|quý|năm|kỳ)\s+(?:liền\s+)?(?:trước(?:\s+đó)?|ngoái)\b[\s,]*|đó\b[\s,]*)?"
    r"(?:tiếp\s+tục\s+(?:tăng(?:\s+trưởng)?|giảm)\s*(?:(?:trong|vào)\b)?[\s,]*(?=đạt|lên|là|xuống))?"
    # ("…; lũy kế từ đầu năm tiếp nhận 14,8 triệu hồ sơ": the count's own verb again)
    # ("…, trong khi năm 2023 chỉ là 20%": the words that weigh the figure)
    r"(?:nó\s+)?(?:(?:đã|chỉ|mới|cũng|vẫn)\s+){0,2}(?:ước(?:\s+tính)?\s+)?(?:là|đạt|lên|xuống\s+còn|vượt\s+(?:qua\s+)?mức|:"
    r"|tiếp\s+nhận|ghi\s+nhận|thực\s+hiện|phát\s+sinh|có)?\s*"
    r"(?:mức\s+(?:đóng\s+góp\s+)?)?"  # "…, năm 2021 chỉ đạt mức đóng góp 12,7% GRDP"
    r"(?:(?:hơn|gần|khoảng|trên)\s*)?",  # "…, 19% năm 2023 và hơn 20% năm 2024"
    re.I,
)
# "17% GRDP của thành phố, trong khi năm 2021 …": the base a share before trails
SHARE_BASE = re.compile(
    r"\s*(?:GDP|GRDP)\b(?:\s+(?:của|toàn|cả)\s+[^\W\d]+(?:\s+[^\W\d]+){0,2})?", re.I
)
COUNT_GOES_ON = re.compile(
    # ("Cả năm 2024 ghi nhận 6.208 cuộc", "Tính chung cả năm có …": the whole year's count)
    r"\W*(?:(?:tính\s+)?riêng|còn|lũy\s+kế|(?:tính\s+chung\s+)?cả)\s*,?\s*"
    # ("Lũy kế từ đầu năm đến hết tháng 5/2025 là 2.714 cuộc": its span's month written out)
    r"(?:(?:[^\W\d]+|\d{1,2}/(?:19|20)\d\d)\s+){0,8}?(?:có|là|ghi\s+nhận|phát\s+hiện)\s*",
    re.I,
)
# a period named in words: "lũy kế từ đầu năm", "…, trong khi năm ngoái chỉ là 20%", "… thì
# đến nay đã đạt 48%"
YEAR_START_WORDS = re.compile(
    r"\btừ\s+đầu\s+năm\b|\bnăm\s+(?:ngoái|trước)\b|\b(?:đến|tới|hiện)\s+nay\b"
    # (…or since the system began: "…; lũy kế từ khi khai trương đạt 58,2 triệu hồ sơ")
    rf"|\b{SINCE_LAUNCH}\b",
    re.I,
)
# "…, nhưng nếu chỉ tính các thủ tục đủ điều kiện thì tỷ lệ đã là 82,7%": the same words over
# another base, which is another figure
REBASED = re.compile(
    r"\bnếu\s+(?:chỉ\s+)?tính\b|\bchỉ\s+tính\b|\bkhông\s+tính\b|\bloại\s+trừ\b", re.I
)
DENSITY = re.compile(r"\bmật\s+độ\b[^;,.\d]{0,20}$", re.I)  # "…; mật độ 24,8 thuê bao/100 dân"
UNIT_OF = CATALOG_UNIT | {"count": "count", "ratio": "count"}


YEAR_NUMBER = re.compile(r"\b(?:19|20)\d\d\b")  # a year, which is no other figure's number
DIGIT = re.compile(r"\d")  # compiled once: read for each number
# "Với kết quả 90,23%, tỉnh Thái Nguyên tiếp tục giữ vững vị trí số 2 toàn quốc": the measure the
# sentence before gave, for the province named right after the figure
WITH_RESULT = re.compile(
    r"\W*[Vv]ới\s+(?:kết\s+quả|tỷ\s+lệ|chỉ\s+số|điểm\s+số)\s*(?:(?:là|đạt)\s*)?"
)


# "… số lượng thuê bao Internet băng rộng di động … Với tổng cộng hơn 104,7 triệu thuê bao tính
# đến tháng 4/2025": a total with no name of its own, the measure the sentence before named
TOTAL_NAMED_BEFORE = re.compile(
    r"\W*(?:Với\s+)?tổng\s+(?:cộng|số)(?:\s+(?:là|đạt|lên\s+tới|khoảng|hơn|gần|trên))*\s*", re.I
)
