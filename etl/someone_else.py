"""Whose figure a number is when it is not the country's, a level's or a province's: one operator's,
a vendor's or researcher's, one agency's, another country's or the world's, a survey's, a district's,
an upload speed."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.abroad import last_sentence, names_abroad
from etl.districts import names_a_district
from etl.gates import findall, finditer, search
from etl.indicator_periods import RAISED_TO
from etl.numbers import BOUNDING
from etl.operator_words import (
    ALL_OPERATORS,
    OPERATOR_ACTS,
    OPERATOR_LISTED,
    OPERATOR_SPEAKS,
    OPERATORS,
    OWNED_BY_OPERATOR,
    OWNER_AFTER,
    THE_FIRM,
    VENDORS,
)
from etl.phrases import FIGURE, OPENING_SCENE, RANK_WORDS, RESPECTIVELY
from etl.provinces import province_name_pattern
from etl.upload_speeds import is_upload
from etl.whose_words import (
    MINISTRY_SPEAKS,
    NATIONAL_SOURCE,
    NATIONAL_SUBJECT,
    ONE_AGENCY,
    OTHER_COUNTRIES,
    PART_AFTER,
    SATISFACTION_NAMED,
    SET_APART_BEFORE,
    SOME_OF_THEM,
    SURVEY,
    UNNAMED_TOP,
    VIETNAM,
)

# Why a figure is another source's, which a headline repeating it is too (walk, sections.headline_only)
OPERATOR_REASON = "one operator's figure"
VENDOR_REASON = "a vendor's or researcher's figure"
SURVEY_REASON = "a survey's figure"
SOURCED_ELSEWHERE = frozenset({OPERATOR_REASON, VENDOR_REASON, SURVEY_REASON})

# Compiled once: names_someone_else and list_item_breakdown read them for each number.
SERVICE_PLAN = re.compile(r"gói\s+(?:cước|dịch\s+vụ)|băng\s+thông(?!\s+rộng)", re.I)
# ("Đối với riêng khối các cơ quan Đảng, Nhà nước, tỷ lệ …": the part set apart, not the whole)
ONE_BODY_PART = re.compile(
    r"\b[Rr]iêng\s+(?:Bộ|Ngân\s+hàng|Tập\s+đoàn)\b|\bRiêng\s+(?:tỉnh|thành\s+phố|TP)\b"
    r"|\b[Rr]iêng\s+khối\s+(?:các\s+)?cơ\s+quan\b"
)
# "Riêng nền tảng LGSP của tỉnh Quảng Ninh có 12,5 triệu giao dịch": the province's platform
LOCAL_PLATFORM = re.compile(
    r"\bLGSP\b|nền\s+tảng\s+tích\s+hợp,?\s+chia\s+sẻ\s+dữ\s+liệu\s+(?:của\s+)?(?:cấp\s+)?tỉnh", re.I
)
LEADS = r"\bBộ\s+[A-ZĐ][^,;.\d]{0,30}?\s(?:dẫn\s+đầu|đứng\s+đầu)\b"
MINISTRY_LEADS = re.compile(LEADS + r"[^;.\d]{0,60}$")
# …and opening its sentence: its figures to the sentence's end, but a group's ("6 tháng đầu năm
# 2025, Bộ Công an tiếp tục là đơn vị dẫn đầu … với 18,2 triệu hồ sơ, tỷ lệ … toàn trình đạt 92%")
LEADER_OPENS = re.compile(r"\W*(?:[^,;.]{0,40},\s*)?" + LEADS)
# One body ranked by its own figure: "Bộ Công an là cơ quan có nhiều hồ sơ trực tuyến nhất với gần
# 1,2 triệu hồ sơ", "Đứng đầu về lưu lượng là Bộ Công an với 61,2 triệu giao dịch", "Xếp thứ tư là
# Tổng cục Thuế với 19,8 triệu giao dịch"
AGENCY = r"(?:Bộ|Tổng\s+cục|Cục|Bảo\s+hiểm\s+xã\s+hội|Ngân\s+hàng|Kho\s+bạc)\s+(?-i:[A-ZĐ])"
# "có bộ đạt kết quả rất cao như Bộ Công an với 100% …": one body given as an example
AGENCY_EXAMPLE = re.compile(rf"\bnhư\s+{AGENCY}[^,;.\d]{{0,40}}?\s+với\s*$")
AGENCY_RANKED = re.compile(
    rf"(?:{AGENCY}[^,;.\d]{{0,40}}?\slà\s+(?:cơ\s+quan|đơn\s+vị|bộ|hệ\s+thống)\b[^,;.\d]{{0,60}}?\b(?:nhất|đầu)"
    rf"|(?:{RANK_WORDS}|tiếp\s+theo)[^,;.\d]{{0,40}}?\s?là\s+{AGENCY}[^,;.\d]{{0,40}}?)"
    r"\s+với\s*(?:khoảng|gần|hơn|trên)?\s*$",
    re.I,
)
GROUP_NAMED = re.compile(r"\b(?:khối|cả\s+nước|toàn\s+quốc|bình\s+quân|trung\s+bình)\b", re.I)
A_MINISTRY = re.compile(r"\bBộ\s+(?!ngành)[A-ZĐ]")  # (named back, a reporting one's own too)
MINISTRY_NAMED_BACK = re.compile(r"\bcủa\s+Bộ\b(?!\s*,?\s*ngành|\s+[A-ZĐ])")
# A sentence opening on its official source: the country's ("Theo Bộ TT&TT, …") or a province's
# ("Theo Sở, …", "Theo UBND tỉnh, …")
OFFICIAL_SOURCE = re.compile(
    rf"\W*(?:[^,;.\d]{{0,30}},\s*)?(?:{NATIONAL_SOURCE.pattern}|[Tt]heo\s+(?:Sở|UBND|Ủy\s+ban)\b)"
)
UNNAMED_DISTRICT = re.compile(
    r"\b(?:của|tại|trên\s+địa\s+bàn)\s+(?:huyện|thị\s+xã|quận)\b(?!\s+[A-ZĐ])"
    # ("… chưa đồng đều: một huyện ven biển có tỷ lệ … thấp nhất, chỉ đạt 18%")
    r"|\bmột\s+(?:huyện|thị\s+xã|quận|xã)\b(?!\s+[A-ZĐ])"
)
SHARE_OF_LAST = re.compile(
    r"\W*(?:[^\W\d]+\s*){0,6}[,(]\s*(?:chiếm|tương\s+đương|bằng|với)(?:\s+tỷ\s+lệ)?\s*"
    # "… cung cấp 224/224 dịch vụ công trên Cổng dịch vụ công Bộ Công an, đạt tỷ lệ 100% …"
    # (words one space apart: "(?:\w+\s*){0,12}" would try every split of a word, letter by letter)
    r"|\W*[^\W\d]*(?:\s+[^\W\d]+){0,12}\s*,\s*đạt(?:\s+t[ỷỉ]\s+lệ)?\s*"
)
AGENCY_GOES_ON = re.compile(r"\W*,\s*(?:và\s+)?t[ỷỉ]\s+lệ\b[^;.\d,]*?(?:đạt|là)\s*")
NDXP = re.compile(r"\bNDXP\b|chia\s+sẻ\s+dữ\s+liệu\s+quốc\s+gia", re.I)
# "Trong đó, tỷ lệ này ở khu vực nông thôn là 78,9%": a part of the country, not the whole
REGION_PART = re.compile(
    # (…or bare: "Tỷ lệ người dùng smartphone ở nông thôn là 78%")
    r"\b(?:ở|tại)\s+(?:(?:khu\s+vực|vùng)\s+)?(?:nông\s+thôn|thành\s+thị|đô\s+thị)\b[^,;\d]{0,20}"
    r"(?:là|đạt|chiếm)?\s*$",
    re.I,
)
# "Có tới 40 địa phương có tỷ trọng kinh tế số dưới 5%", "13 địa phương đạt trên 80%", "14 bộ,
# ngành hoàn thành phê duyệt cấp độ cho 100% hệ thống": a bar some places pass, not a figure
PLACES_PAST_A_BAR = re.compile(
    r"\b\d+\s+(?:địa\s+phương|tỉnh(?:,\s*thành(?:\s+phố)?)?|bộ,?\s*ngành)\b[^.;\d]{0,60}$", re.I
)
BAR_WORDS = re.compile(rf"\b(?:{'|'.join(BOUNDING)}|từ|cho)\s*$", re.I)
# "tỷ trọng kinh tế số trong giá trị tăng thêm của ngành nông nghiệp": one sector's part
SECTOR_PART = re.compile(
    r"\b(?:của|trong)\s+(?:các\s+)?ngành\s+(?:nông|công\s+nghiệp|dịch\s+vụ|xây\s+dựng|bán\s+buôn|bán\s+lẻ|"
    r"tài\s+chính|giáo\s+dục|y\s+tế|vận\s+tải|du\s+lịch|thương\s+mại|chế\s+biến)",
    re.I,
)
# "cấp hộ chiếu phổ thông ở trong nước đạt 91%", "… chiếm trên 90% tổng số hồ sơ cấp hộ chiếu":
# one procedure's share, not all dossiers'
PROCEDURE = (
    r"\b(?:cấp|đổi|cấp\s+đổi|cấp\s+lại|đăng\s+ký|thông\s+báo|khai\s+báo)\s+(?:hộ\s+chiếu|biển\s+số|"
    r"giấy\s+phép\s+lái\s+xe|khai\s+sinh|khai\s+tử|kết\s+hôn|lưu\s+trú|tạm\s+trú|thường\s+trú|con\s+dấu)"
)
ONE_PROCEDURE = re.compile(PROCEDURE, re.I)
ONE_PROCEDURE_AFTER = re.compile(
    rf"\W{{0,3}}(?:của\s+|trong\s+|trên\s+)?(?:tổng\s+số\s+)?hồ\s+sơ\s+(?:[^\W\d]+\s+){{0,2}}?{PROCEDURE}",
    re.I,
)
# "Ở khu vực nông thôn, tỷ lệ …", "Khu vực đồng bằng sông Cửu Long có …", "Các tỉnh miền núi
# phía Bắc có …": a part of the country named in the clause or as the sentence's scene
REGION_SEGMENT = re.compile(
    # (not "kể cả vùng nông thôn": the whole, the part included)
    r"(?<!\bcả\s)\b(?:khu\s+vực|vùng)\s+(?:nông\s+thôn|thành\s+thị|đô\s+thị|miền\s+núi|sâu|biên\s+giới|hải\s+đảo"
    r"|đồng\s+bằng|trung\s+du|duyên\s+hải|đồng\s+bào|Tây\s+Nguyên|Tây\s+Bắc|Đông\s+Bắc|Bắc\s+Bộ"
    r"|Bắc\s+Trung\s+Bộ|Nam\s+Trung\s+Bộ|Đông\s+Nam\s+Bộ|Tây\s+Nam\s+Bộ)\b"
    r"|\bcác\s+tỉnh\s+(?:miền\s+núi|vùng|khu\s+vực|phía|Tây\s+Nguyên|Tây\s+Bắc|Đông\s+Bắc)\b"
    # (…or one of the six regions named bare: "Đồng bằng sông Hồng: 92,3%")
    r"|(?-i:\b(?:Đồng\s+bằng\s+sông\s+(?:Hồng|Cửu\s+Long)|Đông\s+Nam\s+Bộ|Tây\s+Nguyên"
    r"|Trung\s+du\s+và\s+miền\s+núi\s+phía\s+Bắc|Bắc\s+Trung\s+Bộ)\b)",
    re.I,
)
MANY_COUNTRIES = re.compile(
    r"\b(?:ASEAN|Đông\s+Nam\s+Á|châu\s+Á|châu\s+Âu|thế\s+giới|toàn\s+cầu)\b", re.I
)
WHOLE_AREA = re.compile(
    r"\b(?:(?:toàn|cả)\s+(?:tỉnh|thành\s+phố|quốc|nước)|trên\s+địa\s+bàn\s+(?:tỉnh|thành\s+phố))\b",
    re.I,
)
# "…(Viettel) đã … phát sóng khoảng 800 trạm 5G tại tỉnh Phú Thọ, nâng tổng số trạm 5G trên địa
# bàn lên gần 1.000 trạm": the total an operator's work raised is the place's, not the operator's
RAISED_WHOLE = re.compile(
    rf"{RAISED_TO}[^;.]{{0,50}}?(?:\btrên\s+địa\s+bàn\b|{WHOLE_AREA.pattern})", re.I
)
# (the whole province or city named as the owner: WHOLE_AREA's words, or "của tỉnh")
PROVINCE_OWNS = re.compile(rf"{WHOLE_AREA.pattern}|\bcủa\s+(?:tỉnh|thành\s+phố)\b", re.I)
SCENE_SUBJECT = re.compile(r"\W*(?:Khu\s+vực|Vùng|Các\s+tỉnh)\b")
ONE_BUSINESS = re.compile(
    r"\b(?:một|1)\s+(?:doanh\s+nghiệp|nhà\s+mạng|công\s+ty|tập\s+đoàn|ngân\s+hàng)\b"
    # "tốc độ … của nhà mạng này đạt 52,39 Mbps": the operator named before
    # (not "người dân, doanh nghiệp trên Cổng Dịch vụ công quốc gia": on it)
    r"|\b(?:nhà\s+mạng|doanh\s+nghiệp|tập\s+đoàn)\s+(?:này|đó|trên(?=\s*[,;.:]|\s+(?:đã|đạt|có|là|với)\b))\b"
    # "Viettel cho biết, … mạng 5G của nhà mạng đã phủ sóng …": the network of the one named
    r"|\bcủa\s+nhà\s+mạng\b(?!\s+(?:di\s+động|viễn\s+thông))",
    re.I,
)


def sentence_scene(opening: str) -> str:
    """Where the sentence stands, when it opens on a place: "Ở khu vực nông thôn,", "Khu vực …"."""
    scene = OPENING_SCENE.match(opening)
    if scene:
        return opening[: scene.end()]
    return opening[:60] if SCENE_SUBJECT.match(opening) else ""


WHERE_BACK = re.compile(r"\W*nơi\b", re.I)
# One ministry's or agency's own system as the sentence's subject (not the National Portal)
AGENCY_SYSTEM = re.compile(
    r"^\W*(?:(?:Trong|Tính\s+đến|Đến)\s+[^,]{0,30},\s*)?(?:Hệ\s+thống|Cổng)\s+(?:thông\s+tin\s+giải\s+quyết\s+"
    r"(?:TTHC|thủ\s+tục\s+hành\s+chính)|dịch\s+vụ\s+công)\s+của\s+(?:Bộ|Kho\s+bạc|Tổng\s+cục|Cục|Ngân\s+hàng)\s"
    # …or a ministry acting as the sentence's subject: "Bộ Tài chính hiện đang vận hành 214 hệ
    # thống thông tin, trong đó 100% …" (not one reporting the country's: Công an, TT&TT, KH&CN)
    r"|^\W*(?:(?:Trong|Tính\s+đến|Đến|Hiện\s+nay)\s+[^,]{0,30},\s*)?Bộ\s+(?!TT|Thông\s+tin|KH|Khoa\s+học|Công\s+an)"
    r"[A-ZĐ]\w*(?:\s+[a-zđà-ỹ]\w*){0,3}\s+(?:hiện\s+)?(?:(?:đang|đã)\s+)?(?:vận\s+hành|cung\s+cấp|tiếp\s+nhận|triển\s+khai|có)\s"
    # (…or named as a whole on its own page: "Toàn Bộ hiện cung cấp 895 dịch vụ công …")
    r"|^\W*(?-i:Toàn\s+Bộ)\s+(?:hiện\s+)?(?:(?:đang|đã)\s+)?(?:vận\s+hành|cung\s+cấp|tiếp\s+nhận|triển\s+khai|có)\s",
    re.I,
)


@lru_cache(maxsize=2048)  # a report repeats most of its sentences month after month
def names_someone_else(
    window: str, clause: str, after: str, unit: str, paragraph: str, opening: str = ""
) -> str | None:
    """Why a number is another body's figure (an operator, an agency, abroad, a survey), or None.

    `window` is the clause since the previous number, `clause` the whole clause before the
    number, `paragraph` the paragraph's earlier sentences (an operator named there and nowhere
    else is still the subject: "… của Viettel tăng mạnh. Với tốc độ tải xuống đạt …"), and
    `opening` the sentence's first words (an operator speaking: "Viettel cho biết, …").
    """
    if RAISED_WHOLE.search(window):
        return None
    if OPERATOR_SPEAKS.match(opening):
        return OPERATOR_REASON  # "Viettel cho biết, … mạng 5G của nhà mạng … 480 Mbps"
    if AGENCY_SYSTEM.search(opening):
        # "Trong tháng 4/2025, Hệ thống dịch vụ công của Bộ Tài chính tiếp nhận …, tỷ lệ …"
        return "one named agency's figure"
    operators = set(findall(OPERATORS, window))
    run_heads = finditer(OPERATORS, clause[-160:]) if RESPECTIVELY.search(clause) else []
    if (
        not operators
        and run_heads
        and not NATIONAL_SUBJECT.search(clause[-160:][run_heads[-1].end() :])
    ):
        # "… tiếp đến là Viettel và Mobifone với tốc độ lần lượt 49,46 và 35,77 Mb/giây"
        operators = {m.group() for m in run_heads}
    # (a ministry speaking: "Phát biểu tại buổi họp báo của Bộ KH&CN …" on a page about Viettel)
    if (
        not operators
        and not NATIONAL_SUBJECT.search(clause)
        and not MINISTRY_SPEAKS.search(opening)
        # (…nor all of them: "Viettel lắp đặt trạm mới … Từ năm 2022 đến nay, các nhà mạng đã …")
        and not ALL_OPERATORS.search(clause)
    ):
        # only the sentence just before: "Viettel đi đầu về Mobile Money. Tỷ lệ … smartphone
        # đạt 88%. Tỷ lệ hộ gia đình … cáp quang đạt 69,43%" moves on to the country's figures
        # (as its subject, not a part after its figure: "8,9 triệu khách hàng; Viettel Money …")
        # (…unless this sentence names its own, official source: "Theo Sở, đến hết năm 2024, tỷ
        # lệ hộ gia đình … đạt 86,2%" after an operator's account)
        # (…nor a province's own: "… tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 62,4%")
        official = OFFICIAL_SOURCE.match(opening) or PROVINCE_OWNS.search(clause)
        last = "" if official else last_sentence(paragraph)
        last = last[: m.start()] if (m := FIGURE.search(last)) else last
        # (…not one set apart as a part there: "…, trong đó riêng Viettel có hơn 6.700 trạm")
        operators = set(findall(OPERATORS, clause)) or {
            m.group()
            for m in finditer(OPERATORS, last)
            if not SET_APART_BEFORE.search(last, 0, m.start())
        }
    if len(operators) == 1 or (operators and unit == "mbps"):
        return OPERATOR_REASON  # speeds of named operators are theirs, never the country's
    if OPERATOR_ACTS.search(clause) and len(set(findall(OPERATORS, clause))) == 1:
        return OPERATOR_REASON  # "… ghi nhận Viettel hoàn thành … với tổng số 22.758 trạm"
    # …within the number's own segment: "Với hạ tầng của VNPT, cả nước đã có 100% xã" is national
    if OWNED_BY_OPERATOR.search(clause.rsplit(",", 1)[-1]):
        return OPERATOR_REASON  # "mạng cáp quang của VNPT đã phủ tới 100% xã trên toàn quốc"
    if OWNER_AFTER.search(after):
        return OPERATOR_REASON
    # "Viettel dẫn đầu với 7,6 triệu khách hàng Viettel Money, tiếp theo là VNPT với 1,4 triệu":
    # with several named, the one right before the number is its subject.
    nearest = finditer(OPERATORS, window)[-1:]
    # (…not the last of a list of them: "… là Viettel, VNPT và MobiFone đã có tổng cộng 2,14 triệu")
    listed = nearest and OPERATOR_LISTED.search(window, 0, nearest[0].start())
    if nearest and not listed and re.fullmatch(r"[^;,.\d]{0,25}", window[nearest[0].end() :]):
        return OPERATOR_REASON
    if search(VENDORS, clause) or search(THE_FIRM, clause):
        return VENDOR_REASON
    if unit == "mbps" and SERVICE_PLAN.search(window):
        return "a service plan's bandwidth, not a measured speed"
    abroad = names_abroad(window, clause, after, unit, paragraph, opening)
    if abroad:
        return abroad
    part = ONE_BODY_PART.search(window)
    # "Riêng tỉnh Bình Dương đạt 60%", "Riêng tỉnh Lai Châu còn 64 thôn": a named province's
    # own figure is its breakdown
    if part and not province_name_pattern().search(window, part.end()):
        return "one body's part of the figure"
    local = finditer(LOCAL_PLATFORM, clause)[-1:]
    # (…or the clause's, unless the national one is named after it: "LGSP của tỉnh thực hiện 3,2
    # triệu giao dịch, bình quân khoảng 8.800 giao dịch/ngày")
    if LOCAL_PLATFORM.search(window) or (local and not NDXP.search(clause, local[0].end())):
        return "a province's own data platform (LGSP), not the national one"
    if unit == "percent" and (REGION_PART.search(window) or PART_AFTER.search(after)):
        return "one region's part of the figure"
    if unit == "percent" and SECTOR_PART.search(window):
        return "one sector's part of the figure"
    if unit == "percent" and (ONE_PROCEDURE.search(window) or ONE_PROCEDURE_AFTER.match(after)):
        return "one procedure's figure"
    if unit == "percent" and PLACES_PAST_A_BAR.search(clause) and BAR_WORDS.search(window[-12:]):
        return "a bar some places pass, not a figure"
    # (…but a province named in the clause, or the whole named, owns it: "Trong khu vực Tây
    # Nguyên, Kon Tum dẫn đầu với 52,4%", "Ở khu vực miền núi, toàn tỉnh còn 64 thôn")
    scene = sentence_scene(opening)
    segment = REGION_SEGMENT.search(window)
    if (
        (segment or REGION_SEGMENT.search(scene))
        and not (
            province_name_pattern().search(window)
            # (the whole named after the region, not before it: "90% dân số cả nước, còn tại khu
            # vực trung du và miền núi phía Bắc, tỷ lệ này mới đạt khoảng 62%")
            or WHOLE_AREA.search(window, segment.end() if segment else 0)
            # ("… vùng sâu, vùng xa được chú trọng: …, 100% thôn, khu phố trên địa bàn tỉnh đã có …")
            or WHOLE_AREA.search(after[:60])
        )
    ):
        return "one region's part of the figure"
    # "Trong khu vực ASEAN, tốc độ tăng trưởng kinh tế số bình quân là 15%": the region's
    if (MANY_COUNTRIES.search(scene) or OTHER_COUNTRIES.search(window)) and not VIETNAM.search(
        clause
    ):
        return "a region's or the world's figure"
    if ONE_BUSINESS.search(window):
        return "one business's figure"  # "một doanh nghiệp viễn thông lớn nhất … khoảng 7 triệu"
    # a "lần lượt" run reads its owners at the run's head, before its first number
    scope = clause if re.search(r"lần\s+lượt", clause) else window
    some = finditer(SOME_OF_THEM, scope)[-1:]
    some = some[0] if some else None
    # …unless a province is named after them: "… như Đà Nẵng đạt 95,6%", "một số địa phương đạt
    # cao: Bình Dương 71,5%" (their own figures); "3 bộ: Công Thương, … lần lượt là 100%, …"
    # names ministries, whose figures are theirs
    named = some and province_name_pattern().search(scope, some.end())
    if some and not named:
        return "some bodies' figure, not their group's"  # "Một số bộ, ngành … với 100% DVCTT"
    if UNNAMED_TOP.search(window) and not province_name_pattern().search(window):
        return "the highest or lowest place's figure, unnamed"
    if names_a_district(window if re.search(r"[^\W\d]{4,}", window.replace("và", "")) else clause):
        return "a district's or city's figure"
    # "… tại UBND phường Bến Nghé, quận 1, nơi tỷ lệ hồ sơ … đạt 95%": the place just named
    if WHERE_BACK.match(window) and names_a_district(opening):
        return "a district's or city's figure"
    if UNNAMED_DISTRICT.search(window):  # "tỷ lệ hồ sơ … của huyện đạt 61,4%": the one just named
        return "a district's or city's figure"
    # (…or the clause's, when the figure is the share of the count just before it: "Bộ Công
    # Thương dẫn đầu với 1,488 triệu hồ sơ …, chiếm 83,48%", or joined on: "… tại Bộ Tài chính
    # đạt 95%, với 100% dịch vụ công đủ điều kiện …")
    # (…or the next clause, a bare measure going on: "… của Bộ Công Thương đạt 98,7%, tỷ lệ hồ sơ
    # trực tuyến toàn trình đạt 96,1%")
    goes_on = AGENCY_GOES_ON.fullmatch(window) and not GROUP_NAMED.search(window)
    own = clause if SHARE_OF_LAST.fullmatch(window) or goes_on else window
    agency = search(ONE_AGENCY, own)
    if agency and not NATIONAL_SUBJECT.search(own.replace("Việt Nam", "")):
        # "Riêng Bảo hiểm xã hội Việt Nam đã thực hiện 156 triệu giao dịch qua NDXP": set apart,
        # one body's share of the whole, whatever its unit
        if SET_APART_BEFORE.search(own, 0, agency.start()):
            return "one body's part of the figure"
        return "one named agency's figure"
    # "Bộ Tài chính hiện cung cấp …; tỷ lệ hồ sơ … của Bộ trong 11 tháng đạt 96,5%", "…, đạt tỷ
    # lệ 79,4% trên tổng số TTHC thuộc thẩm quyền của Bộ": the ministry named back
    named_back = MINISTRY_NAMED_BACK.search(window) or MINISTRY_NAMED_BACK.search(after[:80])
    if named_back and (search(ONE_AGENCY, opening) or A_MINISTRY.search(opening)):
        return "one named agency's figure"
    leads = LEADER_OPENS.match(opening) and not GROUP_NAMED.search(window)
    if AGENCY_RANKED.search(window):  # (its count a part of the whole's, whatever its unit)
        return "one body's part of the figure"
    if MINISTRY_LEADS.search(window) or leads or AGENCY_EXAMPLE.search(window):
        # "Bộ Công an dẫn đầu khối bộ, ngành với 97,3%", "như Bộ Công an với 100% …"
        return "one named agency's figure"
    # (satisfaction is measured by survey: "Kết quả khảo sát … cho thấy mức độ hài lòng … đạt")
    if search(SURVEY, window + " " + after) and not SATISFACTION_NAMED.search(window):
        return SURVEY_REASON
    if unit == "mbps" and is_upload(clause, after):
        return "an upload speed"
    return None
