"""The words that say whose a figure is: a survey's, an operator's or vendor's, the world's, another
country's, one agency's, the country's, or a level's (ministries, localities). An operator's or a
vendor's are in etl/operator_words.py.

Patterns only, like etl/phrases.py; the readers of owners and places apply them.
"""

from __future__ import annotations

import re

from etl.sentences import UPPER

# Survey and poll figures are the respondents' shares, not the administrative indicator.
SURVEY = re.compile(
    # (not the UN's survey edition a rank is of: "(kỳ khảo sát năm 2022: 86/193)")
    # (…nor the countries a survey ranks: "thứ 71 trong tổng số 193 quốc gia được khảo sát")
    r"được\s+hỏi|người\s+trả\s+lời|(?<!kỳ\s)(?<!gia\sđược\s)(?<!nước\sđược\s)khảo\s+sát(?!\s+(?:về\s+)?Chính\s+phủ\s+điện\s+tử"
    r"|\s+(?:của\s+)?(?:Liên\s+Hợp\s+Quốc|LHQ))|điều\s+tra|PAPI|"
    # (the World Bank's Global Findex is a survey of adults: "Theo Báo cáo Global Findex 2025, …")
    r"thăm\s+dò|theo\s+(?:hãng|công\s+ty)|\bFindex\b",
    re.I,
)
# The levels below a province: districts and towns, and (two-level government from July 2025)
# wards, communes and special zones ("đặc khu Phú Quốc"). One list for every reader of a place
# below the province.
BELOW_PROVINCE = r"[Hh]uyện|[Tt]hị[ \t]+xã|[Tt]hị[ \t]+trấn|[Qq]uận|[Pp]hường|[Xx]ã|[Đđ]ặc[ \t]+khu"
# A place below the province: a provincial city, a town, a district, a ward or a commune
# ("có huyện như Thọ Xuân mới đạt khoảng 12%": one given as an example)
DISTRICT = re.compile(
    rf"\b(?:TP\.?|[Tt]hành[ \t]+phố|{BELOW_PROVINCE})(?:[ \t]+như)?[ \t]+(?!(?:Đến|Tính|Theo|Trong|Tại|Năm|Hiện|Ngày|Sau|Từ|Với|Các|Những|Riêng|Toàn|Cả|Trên|Đã|Có|Là|Và|Nhờ|Qua|Để|Về|Như|Khi|Đây|Này)\b)(?P<name>[A-ZĐ]\w*(?:[ \t]+[A-ZĐ]\w*){{0,3}}"
    # (…or numbered: "Chi cục Thuế Quận 1 (TP Hồ Chí Minh)", "Phường 3")
    r"|(?<=[Qq]uận[ \t])\d{1,2}\b|(?<=[Pp]hường[ \t])\d{1,2}\b)"
)
# "Một số bộ, ngành đã triển khai rất tốt với 100% DVCTT toàn trình như Bộ Công Thương; …"
SOME_OF_THEM = re.compile(
    r"\b(?:một\s+số|một\s+vài|nhiều|vài|\d{1,2})\s+(?:bộ|ngành|địa\s+phương|tỉnh|cơ\s+quan|đơn\s+vị)\b",
    re.I,
)
# The highest or lowest place left unnamed: "(tỉnh có mức độ hài lòng cao nhất khu vực đạt 86,58%)",
# "(tỉnh cao nhất cả nước 91,10%)", "đơn vị thấp nhất đạt …"
UNNAMED_TOP = re.compile(
    r"\b(?:tỉnh|thành\s+phố|địa\s+phương|đơn\s+vị|bộ|ngành)(?:\s+có\s+[^,;()\d]{0,50}?)?\s+"
    r"(?:cao|thấp)\s+nhất\b[^,;()\d]{0,30}$",
    re.I,
)


# What a speaker or a reporting body does before its words: "… cho biết:", "Bộ … thông tin …"
SPEECH_VERB = (
    r"(?:cho\s+(?:biết|hay)|thông\s+tin|công\s+bố|báo\s+cáo|phát\s+biểu|nhấn\s+mạnh|khẳng\s+định"
    r"|nêu(?:\s+rõ)?)"
)
# A speaker's words after a colon: "…, đại diện Tổng cục cho biết: …"
SPEAKS = re.compile(rf"\b{SPEECH_VERB}\b", re.I)
SPOKEN_BEFORE = re.compile(rf"\b{SPEECH_VERB}\s*$", re.I)

# A part of the places counted, named right after them: "100% thôn bản thuộc khu vực đặc biệt
# khó khăn được phủ sóng" is not every village's share
PART_AFTER = re.compile(
    r"^[^;,.\d]{0,30}?\b(?:thuộc|ở|tại)\s+(?:các\s+)?(?:xã\s+|thôn\s+|bản\s+)?(?:khu\s+vực|vùng|địa\s+bàn)\s+"
    r"(?:có\s+điều\s+kiện\s+kinh\s+tế\s*[-–]?\s*xã\s+hội\s+)?(?:đặc\s+biệt\s+khó\s+khăn|khó\s+khăn"
    r"|nông\s+thôn|miền\s+núi|sâu|biên\s+giới|hải\s+đảo|đồng\s+bào)",
    re.I,
)
# Another country, or the world, as the subject of a number.
WORLD = re.compile(r"\b(?:thế\s+giới|toàn\s+cầu|quốc\s+tế)\b(?=[^;,.]{0,25}$)", re.I)
WORLD_AVERAGE = re.compile(
    # "tốc độ trung bình của Internet di động thế giới"
    r"(?:trung\s+bình|bình\s+quân|trung\s+vị|(?<!hạng\s)tốc\s+độ)[^;,.\d]{0,30}?(?:của\s+|trên\s+)?"
    # (not the country's ranking among them: "tốc độ kết nối và thứ hạng toàn cầu")
    r"(?<!hạng\s)(?:thế\s+giới|toàn\s+cầu|khu\s+vực|ASEAN|châu\s+Á)",
    re.I,
)
COUNTRY = re.compile(
    r"\b(?:UAE|Qatar|Singapore|Hồng\s+Kông|Hong\s+Kong|Trung\s+Quốc|Hàn\s+Quốc|Nhật\s+Bản|Thái\s+Lan|"
    r"Malaysia|Indonesia|Philippines|Lào(?!\s+Cai)|Campuchia|Myanmar|Hoa\s+Kỳ|Ấn\s+Độ|Đài\s+Loan|Chile|"
    r"Đan\s+Mạch|Na\s+Uy|Iceland|Kuwait|Ả\s+Rập|Brunei|Úc|Australia|Canada|Thụy\s+Điển|Phần\s+Lan|"
    r"Hà\s+Lan|Thụy\s+Sĩ|Israel|Bahrain|Estonia|Đông\s+Timor|Timor-Leste|"
    # (not a place: "Mỹ Đình", "Mỹ Tho")
    r"Mỹ(?!\s+(?:Tho|Đình|Hào|Xuyên|Lộc|Tú|Phước|Sơn|Khê|An|Hòa|Thạnh|Đức|Lợi)))\b"
)
# One named ministry or agency as the subject ("Bộ Công Thương đứng thứ hai với 99,7%"); the
# bodies that report national figures, and a body cited as the source ("Theo Bộ …"), are not.
ONE_AGENCY = re.compile(
    # (not a source: "theo", "từ", "được … gửi", "do … công bố"; nor a source's parent in
    # brackets: "Theo Cục Thống kê (Bộ Tài chính), …")
    # ("Theo kết quả Bộ Nội vụ vừa công bố, …", "số liệu Bộ Công an cung cấp": the source too)
    r"(?<!Theo\s)(?<!theo\s)(?<!của\s)(?<!từ\s)(?<!được\s)(?<!do\s)(?<!bởi\s)(?<!\()"
    r"(?<!kết\squả\s)(?<!số\sliệu\s)(?<!báo\scáo\s)"
    # (nor the body a report is sent to: "báo cáo của UBND thành phố … gửi Văn phòng Chính phủ")
    r"(?<!gửi\s)"
    r"(?:\bBộ\s+(?!ngành|TT|Thông\s+tin|Khoa\s+học\s+và\s+Công\s+nghệ|KH|Công\s+an)[A-ZĐ]\w*|"
    # (…but the body that reports the country's figures, speaking: "Văn phòng Chính phủ cho biết
    # tỷ lệ TTHC … của khối bộ, ngành là 49,3%")
    # (…also with its speaker named between: "Phó Thống đốc Ngân hàng Nhà nước Phạm Tiến Dũng cho biết")
    # (…or as a speaker's label in an interview: "Ông Nguyễn Văn B, Văn phòng Chính phủ: …")
    r"(?:Ngân\s+hàng\s+Nhà\s+nước|Văn\s+phòng\s+Chính\s+phủ)(?!\s*:|\s*(?:\([^()]{0,12}\)\s*)?"
    rf"(?:[{UPPER}]\w*\s+){{0,4}},?\s*{SPEECH_VERB})"
    r"|Bảo\s+hiểm\s+xã\s+hội\s+Việt\s+Nam|"
    # a reporting body's own rate ("Bộ KH&CN có tỷ lệ hồ sơ trực tuyến toàn trình đạt 39,85%")
    r"\bBộ\s+(?:TT&TT|KH&CN|Công\s+an|Thông\s+tin\s+và\s+Truyền\s+thông|Khoa\s+học\s+và\s+Công\s+nghệ)"
    # (…or its own services: "Bộ Công an hiện cung cấp 100% dịch vụ công trực tuyến toàn trình")
    # (…or named as the one that has it: "Bộ Thông tin và Truyền thông là đơn vị có 100% …")
    r"\s+(?:là\s+(?:đơn\s+vị|cơ\s+quan)\s+)?(?:(?:hiện|đã)\s+)?(?:(?:có|đạt)\s+(?:t[ỷỉ]\s+lệ|\Z)|"
    # ("Bộ Công an đã hoàn thành cung cấp 224/224 dịch vụ công trên Cổng dịch vụ công Bộ Công an")
    r"(?:hoàn\s+thành\s+(?:việc\s+)?)?cung\s+cấp\b)|"
    # a province's one-stop centre with its own rate ("Trung tâm Phục vụ hành chính công thành phố
    # đạt tỷ lệ hồ sơ trực tuyến 88,1%")
    r"\bTrung\s+tâm\s+(?:[Pp]hục\s+vụ\s+)?[Hh]ành\s+chính\s+công\b[^,;.\d]{0,30}?\s(?:có|đạt)\s+t[ỷỉ]\s+lệ|"
    # a province's department with its own rate: "Sở Tư pháp có tỷ lệ hồ sơ trực tuyến đạt 99,1%"
    r"\bSở\s+(?!TT|Thông\s+tin|KH|Khoa\s+học)[A-ZĐ]\w*(?:\s+[^\W\d]+){0,4}?\s+(?:có|đạt)\s+t[ỷỉ]\s+lệ|"
    # "tỷ lệ hồ sơ … toàn trình của Bộ Tư pháp đạt 95,1%": the ministry owns the rate (not a
    # source, "theo số liệu của Bộ TT&TT, …", which no verb follows)
    # ("… của Bộ Khoa học và Công nghệ đạt 95%": five words in its name)
    r"\bcủa\s+Bộ\s+(?!ngành)[A-ZĐ][\w&]*(?:\s+[^\W\d]+){0,5}?\s+(?:đạt|là|chiếm)\b|"
    # "Riêng các hệ thống thông tin thuộc Bộ TT&TT đã được phê duyệt cấp độ 100%": what belongs
    # to one ministry (not "Cục An toàn thông tin (thuộc Bộ TT&TT)", a source)
    # ("Trong các đơn vị thuộc Bộ, Tổng cục Hải quan đạt 99,9%": the ministry named back)
    r"\b(?:hệ\s+thống(?:\s+thông\s+tin)?|TTHC|thủ\s+tục(?:\s+hành\s+chính)?|dịch\s+vụ(?:\s+công)?|hồ\s+sơ|đơn\s+vị)"
    r"\s+thuộc\s+Bộ(?:\s+(?!ngành)[A-ZĐ]|\s*,)|"
    # "… Bộ Công an … tỷ lệ hồ sơ trực tuyến của Bộ đạt 92,3%": the ministry just named
    r"\bcủa\s+Bộ\s+(?:đạt|là|chiếm)\b)"
)
LOCAL_SUBJECT = re.compile(
    r"toàn\s+tỉnh|trên\s+địa\s+bàn(?:\s+tỉnh|\s+thành\s+phố)?|(?:của|trong)\s+(?:tỉnh|thành\s+phố)\b(?!\s+(?-i:[A-ZĐ]))|"
    # a provincial paper's own province: "tỉnh ta luôn quan tâm …", "trên địa bàn thành phố ta"
    r"\b(?:tỉnh|thành\s+phố)\s+ta\b|"
    r"toàn\s+thành\s+phố|"
    # "Tỉnh đã có 1.245 trạm BTS": the province, unnamed, opens the sentence
    # (…or after a label's colon: "Kết quả: tỉnh đã hoàn thành …")
    r"(?:(?<!\w)(?-i:Tỉnh|Thành\s+phố)|(?<=:)\s*(?-i:tỉnh|thành\s+phố))\s+(?:(?:cũng|vẫn|đang)\s+)?"
    r"(?:đã|có|hiện|đạt|còn|tiếp\s+tục)\b|"
    # "Tính đến ngày 1/3/2023, thành phố đã cấp …", "Hiện nay, tỉnh đang cung cấp 1.004 …": the
    # same, after a time
    r"(?:(?:Tính\s+đến|Đến)\s[^,;]{0,30}|Hiện\s+nay|Hiện\s+tại|Đến\s+nay|Năm\s+nay),\s*"
    r"(?-i:tỉnh|thành\s+phố)\s+(?:đã|hiện|đạt|còn|tiếp\s+tục|đang)\b|"
    # (…or after any opening clause: "Để đạt kết quả này, tỉnh đã tập trung …"; not a list of
    # bodies: "83/83 bộ, tỉnh đã ban hành …")
    r"(?<!bộ)(?<!ngành),\s*(?-i:tỉnh)\s+(?:cũng\s+)?(?:đã|đang|tiếp\s+tục)\b",
    re.I,
)
VIETNAM = re.compile(r"Việt\s+Nam", re.I)
# "vượt 1,5-2 lần so với toàn quốc": the country is compared with, not the subject
# "so với trung bình toàn quốc", "với mức bình quân cả nước" too
COMPARED_WITH_COUNTRY = re.compile(
    r"(?:(?:so\s+)?với|(?:cao|thấp)\s+hơn)\s+"  # (…or "cao hơn mức bình quân chung của cả nước")
    r"(?:(?:mức\s+)?(?:trung\s+bình|bình\s+quân)\s+(?:chung\s+)?(?:của\s+)?)?(?:cả\s+nước|toàn\s+quốc)"
    # "Cùng cả nước, nông thôn Hà Tĩnh đang vươn lên …": alongside the country, not it
    r"|\b[Cc]ùng\s+(?:với\s+)?(?:cả\s+nước|toàn\s+quốc)\s*,"
    # a place among the provinces: "nằm trong tốp 10 của cả nước", "dẫn đầu cả nước"
    r"|(?:tốp|top|nhóm)\s+(?:\d+\s+)?(?:tỉnh[^.;\d]{0,20}?\s)?(?:(?:dẫn\s+)?đầu\s+)?(?:của\s+)?(?:cả\s+nước|toàn\s+quốc)"
    # "giữ vững vị trí top 5 chỉ số chuyển đổi số toàn quốc": the index's ranking of provinces
    r"|\b(?:tốp|top)\s+\d+\s+(?:chỉ\s+số|địa\s+phương|tỉnh)[^.;,\d]{0,40}?\s(?:của\s+)?(?:cả\s+nước|toàn\s+quốc)"
    r"|dẫn\s+đầu\s+(?:cả\s+nước|toàn\s+quốc)"
    # a rank among them: "đứng thứ hai toàn quốc", "thứ 7 cả nước", "37/63 tỉnh, thành phố trên cả nước"
    r"|\bthứ\s+(?:\d+|nhất|hai|ba|tư|năm)\s+(?:(?:trên|của)\s+)?(?:cả\s+nước|toàn\s+quốc)"
    r"|\b\d+/63\s+(?:tỉnh|địa\s+phương)[^.;\d]{0,25}?(?:(?:trên|của)\s+)?(?:cả\s+nước|toàn\s+quốc)",
    re.I,
)
NATIONAL_WORDS = re.compile(r"cả\s+nước|toàn\s+quốc", re.I)
# "… của tỉnh đứng thứ 12 cả nước": the country a place is ranked among, not the subject
RANK_AMONG = re.compile(
    r"\b(?:đứng|xếp(?:\s+hạng)?|vị\s+trí)\s+(?:thứ\s+)?\w+(?:\s*/\s*\d+)?\s+(?:(?:trên|trong)\s+)?"
    r"(?:cả\s+nước|toàn\s+quốc)",
    re.I,
)
# "cao hơn mức bình quân cả nước (44,9%)", "vượt mức trung bình toàn quốc": the country beside
ABOVE_THE_COUNTRY = re.compile(
    r"(?:cao|thấp|vượt)\s+(?:hơn\s+)?(?:(?:nhiều|hẳn)\s+)?(?:(?:so\s+)?với\s+)?(?:mức\s+)?"
    r"(?:trung\s+bình|bình\s+quân)\s+(?:chung\s+)?(?:của\s+)?(?:cả\s+nước|toàn\s+quốc)"
    r"(?:\s*\([^()]*\)|(?=\s*[,;]))",  # (closed: a figure in its open bracket is the country's)
    re.I,
)
# "cả nước" as the subject, not in a comparison ("dẫn đầu cả nước", "trung bình cả nước") or a
# rank ("đứng thứ 2 toàn quốc", "xếp thứ 10/63 cả nước").
NATIONAL_AS_SUBJECT = re.compile(
    r"(?<!đầu\s)(?<!nhất\s)(?<!bình\s)(?<!quân\s)(?<!chung\s)(?<!với\s)(?<!của\s)(?<!thứ\s\d\s)(?<!thứ\s\d\d\s)(?<!/\d\d\s)\b(?:cả\s+nước|toàn\s+quốc)",
    re.I,
)
# "Tỷ lệ hồ sơ trực tuyến toàn trình của cả nước vẫn chưa đạt mục tiêu": the country's rate named
# (no number), so "tỷ lệ này" in the sentences after it is the country's on a province's page
NATIONAL_RATE_NAMED = re.compile(
    r"\b(?:tỷ|tỉ)\s+lệ\b[^.;:\d]{0,80}\bcủa\s+(?:cả\s+nước|toàn\s+quốc)\b(?![^.;]{0,40}\d)", re.I
)
# A ministry or a national department acting: "Bộ Công an đã cấp …", "Cục Cảnh sát quản lý hành
# chính về trật tự xã hội (C06 - Bộ Công an) đã hoàn thành …" (not a province's "Cục Thuế tỉnh")
NATIONAL_BODY_ACTS = re.compile(
    r"(?<![Tt]heo\s)\b(?:Bộ\s+(?![^,;()]{0,40}\btỉnh\b)(?-i:[A-ZĐ])[^,;()\d]{1,40}?"
    r"|Văn\s+phòng\s+Chính\s+phủ|Ngân\s+hàng\s+Nhà\s+nước|Cục\s+(?![^,;()]{0,60}\btỉnh\b)[^,;()]{3,80}?)"
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:đã|vừa|hiện\s+đã)\s",
    re.I,
)
SUBJECT_VERB = r"(?:tiếp\s+tục|đã|đang|vẫn|trở\s+thành|dẫn\s+đầu|đứng\s+(?:đầu|thứ)|xếp\s+(?:thứ|hạng)|ghi\s+nhận|có\s+(?:tốc\s+độ|t[ỷỉ]\s+lệ))"
# ("độ phủ 4G trong nước đạt trên 99,8%": the domestic figure)
NATIONAL_SUBJECT = re.compile(
    r"cả\s+nước|toàn\s+quốc|trên\s+toàn\s+quốc|Việt\s+Nam|\btrong\s+nước\b", re.I
)
QUALIFIER_TAIL = r"(?:\s*(?:đạt|là|:|có|tỷ\s+lệ|gần|hơn|trên|khoảng|ước))*\s*$"
MINISTRIES = re.compile(
    r"(?:các\s+)?(?:bộ,?\s*ngành(?:\s+trung\s+ương)?|cấp\s+bộ)" + QUALIFIER_TAIL, re.I
)
# "địa phương" qualifying a noun is no level: "phát triển xã hội địa phương", "doanh nghiệp địa
# phương", "ngân sách địa phương" (nor the local government: "chính quyền địa phương hai cấp")
NOT_LEVEL = r"(?<!quyền\s)(?<!hội\s)(?<!tế\s)(?<!nghiệp\s)(?<!sách\s)(?<!bộ\s)(?<!dân\s)"
# (not after "bộ, ngành," / "cơ quan,": "của các bộ, ngành, địa phương đạt 76,4%" is everyone)
LOCALITIES = re.compile(
    rf"(?<!bộ,\s)(?<!ngành,\s)(?<!ngành\svà\s)(?<!quan,\s)(?<!vị,\s){NOT_LEVEL}(?:các\s+)?(?:địa\s+phương|cấp\s+tỉnh)"
    + QUALIFIER_TAIL,
    re.I,
)
# The last level named before a number wins: "khối bộ đạt 63,47%; khối tỉnh đạt 18,54%".
LEVEL_WORD = re.compile(
    r"(?P<m>khối\s+(?:các\s+)?bộ(?:,?\s*ngành)?|(?:các\s+)?bộ,\s*ngành(?!,?\s*địa\s+phương)|cấp\s+bộ|"
    # "tỷ lệ cấp kết quả điện tử của các bộ đạt 80,3%, các tỉnh đạt 73,9%"
    r"các\s+bộ(?=\s+(?:đạt|là|chiếm)\b))|"
    # ("các bộ, ngành, địa phương", "các cơ quan, địa phương", "các đơn vị, địa phương": everyone)
    rf"(?P<l>khối\s+(?:các\s+)?(?:tỉnh|địa\s+phương)|(?<!bộ,\s)(?<!ngành,\s)(?<!quan,\s)(?<!vị,\s){NOT_LEVEL}(?:các\s+)?địa\s+phương|cấp\s+tỉnh|"
    r"các\s+tỉnh(?:,?\s*thành(?:\s+phố)?)?(?=\s+(?:đạt|là|chiếm)\b))|"
    r"(?P<n>cả\s+nước|toàn\s+quốc)",
    re.I,
)


def level_of(m: re.Match) -> str:
    """The breakdown a LEVEL_WORD match (or a pattern built on it) names."""
    return "ministries" if m.group("m") else "localities" if m.group("l") else "national"


# "96,8% (khối bộ, ngành: 98,1%; …)": a level named before a colon gives its own share
LEVEL_BEFORE_COLON = re.compile(rf"(?:{LEVEL_WORD.pattern})\s*$", LEVEL_WORD.flags)
# "Chỉ số … tháng 4/2025 – khối địa phương:" over a list: the level every item gives
HEADED_LEVEL = re.compile(rf"(?:{LEVEL_WORD.pattern})\s*:\s*(?:$|[-–•+*])", LEVEL_WORD.flags)

# "tỷ lệ … ở các nước thu nhập trung bình là 71%": a group of other countries named in the clause
OTHER_COUNTRIES = re.compile(
    r"\b(?:các|những)\s+(?:quốc\s+gia|nước)\s+(?:có\s+)?(?:thu\s+nhập|(?:đang\s+)?phát\s+triển|OECD)",
    re.I,
)

# A ministry or a national department: "Bộ KH&CN", "Cục Chuyển đổi số Quốc gia"
MINISTRY = (
    r"\b(?:Bộ\s+(?:KH&CN|TT&TT|TTTT|Thông\s+tin\s+và\s+Truyền\s+thông|Khoa\s+học\s+và\s+Công\s+nghệ)"
    r"|Cục\s+(?![^,.;()]{0,40}\btỉnh\b)[^,.;()\d]{3,50}?\s+Quốc\s+gia)\b"
)
# …as the one speaking, not only named ("Bộ TT&TT đã cấp phép cho Viettel …")
MINISTRY_SPEAKS = re.compile(
    rf"^\W*(?:Phát\s+biểu|Tại\s+(?:buổi\s+)?họp\s+báo|Theo)\b[^.;]{{0,40}}?{MINISTRY}"
    rf"|{MINISTRY}[^.;]{{0,30}}?\b{SPEECH_VERB}\b",
    re.I,
)
# "Tại cuộc họp, Bộ Thông tin và Truyền thông đã báo cáo về tình hình chuyển đổi số …": the
# Ministry's report on the country (what follows on a province's page is the country's)
MINISTRY_REPORTED = re.compile(
    rf"(?:{MINISTRY}|\bVăn\s+phòng\s+Chính\s+phủ|\bỦy\s+ban\s+Quốc\s+gia\s+về\s+chuyển\s+đổi\s+số)"
    r"\s+(?:đã\s+)?báo\s+cáo\s+(?:về\s+)?(?:tình\s+hình|kết\s+quả)"
)
# Satisfaction named: measured by survey, it is no survey's other figure
# ("tỷ lệ người dân, doanh nghiệp hài lòng": who is satisfied may stand between)
SATISFACTION_NAMED = re.compile(
    r"\b(?:mức\s+độ|tỷ\s+lệ|chỉ\s+số)\s+(?:[^\d;.]{0,40}?\s)?hài\s+lòng\b", re.I
)


# "Theo Bộ TT&TT, …", "Ngân hàng Nhà nước cho biết": a national body gives the country's figure.
# "Cổng Dịch vụ công quốc gia có 11,8 triệu tài khoản" on a province's page: the national
# portal's own figure (not "… của tỉnh trên Cổng Dịch vụ công quốc gia")
NATIONAL_PORTAL_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\.\s+)(?:[^,;.]{0,40}\s)?(?:Cổng\s+(?:Dịch\s+vụ\s+công|DVC)\s+quốc\s+gia"
    # (…or the national data platform: "Hiện NDXP đã kết nối với 126 cơ quan")
    r"|(?:Nền\s+tảng\s+tích\s+hợp,?\s+chia\s+sẻ\s+dữ\s+liệu\s+quốc\s+gia\s*)?(?:\(NDXP\)|NDXP))\s+"
    r"(?:đã\s+|hiện\s+)?(?:có|ghi\s+nhận|tiếp\s+nhận|đạt|thực\s+hiện|xử\s+lý|kết\s+nối)\b(?![^;.]*\btỉnh\b)",
    re.I,
)
# "Theo Bộ …", "Đại diện Cục … cho biết": a national body's figure, told on a province's page
NATIONAL_SOURCE = re.compile(
    r"\b(?:Theo|theo|[Đđ]ại\s+diện)\s+(?:Bộ\s+[A-ZĐ]|Cục\s(?![^,.;]{0,20}\btỉnh\b)|Văn\s+phòng\s+Chính\s+phủ|Ngân\s+hàng\s+Nhà\s+nước(?!\s+[Cc]hi\s+nhánh)|"
    # ("Theo Cục Thuế tỉnh, …": the province's own office)
    r"Tổng\s+cục|Ủy\s+ban\s+Quốc\s+gia|Chính\s+phủ"
    # ("Theo kết quả đánh giá trên Cổng Dịch vụ công quốc gia, …": the national portal's measure)
    r"|(?:kết\s+quả|số\s+liệu|dữ\s+liệu)(?:\s+(?:đánh\s+giá|thống\s+kê))?\s+(?:trên|của|từ)\s+Cổng\s+(?:Dịch\s+vụ\s+công|DVC)\s+quốc\s+gia)"
)

# "cao hơn bình quân cả nước cùng kỳ là 38,4%", "mức 18,3% của cả nước": the country's figure.
COUNTRY_BEFORE = re.compile(
    # "… chưa bằng một nửa tỷ trọng của cả nước (12,33%)": the country's share, named last
    # ("nhỉnh hơn mức chung của cả nước (38,4%)", "cao hơn mức trung bình cả nước (38,2 Mbps)")
    r"(?:(?:bình\s+quân|trung\s+bình)(?:\s+chung)?|mức(?:\s+(?:chung|trung\s+bình|bình\s+quân))?"
    # ("…, trong khi tỷ lệ này của cả nước là 82,1%": the same share, the country's)
    r"|(?:tỷ\s+trọng|tỷ\s+lệ)(?:\s+(?:chung|này|đó))?\s+của)\s+(?:của\s+)?(?:cả\s+nước|toàn\s+quốc)"
    # ("… gần gấp đôi bình quân cả nước trong tháng 8 (42,3%)": its time may follow)
    # (…"bình quân cả nước cùng tháng là 63,5%", "… của cả nước trong 9 tháng là 44,1%")
    r"(?:\s+cùng\s+(?:kỳ|thời\s+điểm|tháng|quý)|\s+(?:trong\s+)?năm\s+20\d\d|\s+trong\s+\d{1,2}\s+tháng(?:\s+đầu\s+năm)?"
    r"|\s+(?:trong\s+)?(?:tháng|quý)\s+(?:\d{1,2}|IV|III|II|I)(?:\s*/\s*20\d\d)?)?(?:\s+(?:mới|chỉ|hiện|vẫn))?"
    # ("… so với tỷ trọng bình quân cả nước (khoảng 16,5% GDP)": the bracket before its qualifier)
    r"\s*(?:là|:|đạt|ở\s+mức)?\s*\(?\s*(?:khoảng|gần|hơn|trên)?\s*\(?\s*$"
    # "…; bình quân cả nước, tỷ lệ TTHC đủ điều kiện … là 91,3%": a clause opening on the country
    r"|(?:^|[;.]\s*)\W*(?:bình\s+quân|trung\s+bình|tính\s+chung)\s+(?:chung\s+)?(?:của\s+)?"
    r"(?:cả\s+nước|toàn\s+quốc)\s*,[^;.\d]{0,120}$"
    # "89,13% số hộ … (cả nước là 75,39%)": the country's figure set beside the province's
    r"|\(\s*(?:cả\s+nước|toàn\s+quốc)(?:\s+cùng\s+kỳ)?\s*(?:là|:|đạt)?\s*(?:khoảng|gần|hơn|trên)?\s*$"
    # "…, trong khi cả nước có khoảng 7,2 triệu khách hàng": the country's, set against the place's
    r"|\b(?:trong\s+khi|còn)\s+(?:tính\s+chung\s+)?(?:cả\s+nước|toàn\s+quốc)\s+(?:(?:chỉ|mới|cũng|đã|ước)\s+)?"
    r"(?:có|đạt|là)\s*(?:khoảng|gần|hơn|trên)?\s*$",
    re.I,
)
# The country named right after a figure (matched where its counted noun ends: see
# placement.names_country_after): "cao hơn mức 16,5% GDP của cả nước cùng năm", the share's base
# between; "khoảng 412 triệu giao dịch trên phạm vi cả nước"
COUNTRY_AFTER = re.compile(
    r"\s*(?:GR?DP\s+)?(?:của|trên|trong)\s+(?:(?:phạm\s+vi|bình\s+diện)\s+)?(?:cả\s+nước|toàn\s+quốc)\b",
    re.I,
)
# "Riêng Viettel …", "trong đó nhà mạng VNPT …", "Riêng Bảo hiểm xã hội Việt Nam …": a body set
# apart as a part of the whole
SET_APART_BEFORE = re.compile(r"\b(?:[Rr]iêng|[Tt]rong\s+đó)\s*,?\s*(?:nhà\s+mạng\s+)?$")


# Words that lift a district page's figure to its province or the country
# (not the province it leads: "Phường Kinh Bắc dẫn đầu toàn tỉnh với hơn 62.000 tài khoản")
WIDER_LEVEL = re.compile(
    rf"{NATIONAL_SUBJECT.pattern}|(?<!đầu\s)(?<!nhất\s)(?:toàn|cả)\s+tỉnh|trên\s+địa\s+bàn\s+tỉnh|khối\s+",
    re.I,
)
# A sentence whose subject is a district or town below the province: "Huyện Quỳnh Lưu (Nghệ
# An) lũy kế … đã tiếp nhận …, tỷ lệ …", "Năm 2024, huyện Mường Nhé có …"
# (…and from July 2025, a ward or commune: "Sau khi vận hành chính quyền địa phương hai cấp,
# trong tháng 8/2025, phường Hoàn Kiếm (Hà Nội) tiếp nhận …")
# (…or several: "Một số phường như Lê Chân, Hải Dương, Thủy Nguyên có tỷ lệ … trên 97%")
DISTRICT_SENTENCE = re.compile(
    # ("Tại quận Hoàn Kiếm (Hà Nội), …; quận đã kích hoạt 118.000 tài khoản": the scene it opens on)
    r"\W*(?:[^,;]{0,60},\s*){0,2}(?:(?:Tại|Ở|Riêng)\s+)?(?:UBND\s+|(?:Một\s+số|Các|Nhiều)\s+)?"
    # (…or one of its offices: "Chi cục Thuế Quận 1 (TP Hồ Chí Minh) cho biết …")
    r"(?:(?:Chi\s+cục|Công\s+an|Phòng)\s+(?:[A-ZĐ]\w*\s+){0,3})?"
    rf"(?:{BELOW_PROVINCE})\s+(?:như\s+)?(?:[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){{0,3}}|\d{{1,2}})\b"
)
# Before 2025 Huế was a city of Thừa Thiên Huế province: "Riêng thành phố Huế, tỷ lệ … đạt 80,1%"
# on the province's page of 2023 is the city's figure, not a second one of the province's
HUE_CITY_SENTENCE = re.compile(
    r"\W*(?:[^,;]{0,60},\s*){0,2}(?:(?:Riêng|Tại|Ở)\s+)?(?:UBND\s+)?(?:thành\s+phố|TP\.?)\s*Huế\b",
    re.I,
)
