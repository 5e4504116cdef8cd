"""The words around an earlier level: the level a change starts from ("tăng từ 74,4% … lên
75,8%"), a value given for comparison ("so với mức 120,32 Mbps"), the gap to an average. Patterns
only, like etl/phrases.py."""

from __future__ import annotations

import re

# "… tăng khoảng 3 lần, từ 10,76% năm 2019 lên 30,1%": the words before the level a change
# starts from (read only when it states its own time: else it is no value), and after it
# (the three readings of that level share its opening words: "từ mức khoảng", "từ con số")
FROM_WORDS = r"\btừ\s+(?:mức\s+|con\s+số\s+)?(?:(?:hơn|gần|khoảng|trên|dưới)\s+)?"
FROM_LEVEL = re.compile(rf"\s(?:(?:đã\s+)?(?:tăng|giảm)\b[^;]{{0,40}}?)?{FROM_WORDS}$", re.I)
FROM_LEVEL_TO = re.compile(r"^[^;.]{0,40}?\b(?:lên|xuống)\b", re.I)
# …the level itself, read back from a period after it: "… tăng từ 74,4% trong năm ngoái lên 75,8%",
# "giảm từ 1,2 triệu địa chỉ thời điểm cuối năm 2019 xuống …"
RISEN_FROM = re.compile(
    rf"{FROM_WORDS}\d[\d.,]*(?:\s*%|\s+(?:triệu|nghìn|tỷ))?(?:\s+[^\W\d]+){{0,3}}?\s*\(?\s*"
    r"(?:trong\s+|vào\s+|thời\s+điểm\s+)?$",
    re.I,
)
# …and the time the level states after it, bare or in brackets: "từ 38.69 Mbps (tháng 3) lên …"
OWN_TIME_AFTER = re.compile(
    r"^\s*(?:\w+\s*){0,2}\(?\s*(?:trong\s+|vào\s+|thời\s+điểm\s+(?:từ\s+)?)?(?:cuối\s+|đầu\s+)?"
    r"(?:(?:năm|tháng|quý)\s+(?:\d|ngoái|trước)|\d{1,2}\s*/\s*\d)"
    r"|^\s*\(\s*(?:19|20)\d\d\s*\)",  # "từ 90,30% (2021) xuống 82,18%": a bare year in brackets
    re.I,
)
# "Chỉ số Sipas giảm khá sâu (8,12%), từ 90,30% …": how much it changed, in brackets after the verb
CHANGE_IN_BRACKET = re.compile(
    r"\b(?:tăng|giảm)(?:\s+(?!từ\b|xuống\b|lên\b|còn\b)[^\W\d]+){0,3}\s*\(\s*(?:khoảng\s+|gần\s+|hơn\s+)?$",
    re.I,
)
RISE_FROM = re.compile(
    r"(?:tăng|giảm|lên|xuống)\s+(?:mạnh\s+|nhẹ\s+)?từ\s*(?:mức\s*|con\s+số\s*)?$", re.I
)
FROM_BARE = re.compile(r"\btừ\s*(?:mức\s*|con\s+số\s*)?$", re.I)
# "… đạt 61,4%, cao hơn trung bình khối địa phương 7,5%": the gap to an average, not the
# average's level (which "là", ":" or a bracket would give: "cao hơn mức bình quân cả nước là 44,9%")
GAP_TO_AVERAGE = re.compile(
    r"\b(?:cao|thấp)\s+hơn\s+(?:so\s+với\s+)?(?:mức\s+)?(?:trung\s+bình|bình\s+quân)\b"
    r"(?![^\d;,():]{0,40}?\b(?:là|đạt|ở\s+mức)\s*$)[^\d;,():]{0,40}$",
    re.I,
)
# "… tăng 2,93 Mbps (từ mức 48,9 Mbps)": the level a change told first started from
CHANGE_THEN_FROM = re.compile(
    r"(?:tăng|giảm)\s+[\d.,]+\s*(?:%|[^\W\d]{1,6})?\s*\(\s*từ\s+(?:mức\s+)?$", re.I
)
TO_AFTER = re.compile(r"^[^;.]{0,40}?\s(?:(?:tăng|giảm)\s+)?(?:lên|xuống)\s*$", re.I)
# "so với mức 120,32 Mbps": a past value given for comparison.
# "so với mức …", and the earlier figure a rise starts from or a multiple is of ("tăng từ mức
# 52,4 Mbps hồi tháng 8", "gần gấp đôi mức 30,2 Mbps của cùng kỳ năm 2023")
PRIOR_VALUE = re.compile(
    # ("…, cao hơn mức 16,5% của năm trước đó", "nhiều hơn mức 1,75 triệu hồ sơ của tháng trước")
    r"(?:(?:so\s+với|(?:cao|thấp|nhiều|ít)\s+hơn)\s+(?:mức|con\s+số|tỷ\s+lệ)?|(?:tăng|giảm)\s+(?:mạnh\s+|nhẹ\s+)?từ\s*(?:mức)?"
    r"|gấp\s+(?:đôi|ba|\d+(?:,\d+)?\s+lần)\s+(?:mức|con\s+số)?)\s*(?:là\s+)?"
    r"(?:(?:hơn|gần|khoảng|trên|xấp\s+xỉ)\s+)?$",  # ("so với hơn 740.000 địa chỉ …")
    re.I,
)
