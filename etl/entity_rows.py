"""Table rows of one place each, under headers naming the indicators ("Đơn vị | Tỷ lệ hồ sơ
trực tuyến (%)"): the whole province's or country's row, a level's, or a province's."""

from __future__ import annotations

import re

from etl.districts import HUE_CITY_BEFORE
from etl.normalize import Paragraph
from etl.numbers import find_quantities
from etl.periods import Period, find_dates
from etl.phrases import PER_100_WORDS, UPLOAD
from etl.provinces import canonical_province, province_name_pattern
from etl.table_words import (
    BARE_RATE_HEAD,
    CAPTION_ASIDES,
    DAY_ASIDE,
    GENERIC_HEAD_WORDS,
    NOT_A_RESULT,
    READ_UP_TO,
    TOTAL_HEAD,
    caption_measure,
    named_as_share,
    read_header_period,
    read_label_unit,
    written_unit,
)

# A first header over places, one a row ("Đơn vị | Số hồ sơ | Tỷ lệ …"), and the rows that are
# the whole province or country
ENTITY_HEAD = re.compile(
    r"^\s*(?:Đơn\s+vị|Địa\s+phương|Tỉnh(?:\s*[,/]\s*(?:thành(?:\s+phố)?|TP))?|Huyện|Doanh\s+nghiệp|Nhà\s+mạng"
    r"|Quốc\s+gia|Nước|Khối)\s*$",
    re.I,
)
WHOLE_PROVINCE = re.compile(r"^\s*Toàn\s+(?:tỉnh|thành\s+phố)\s*(?:\([^()]{1,40}\))?\s*$", re.I)
# ("Bình quân cả nước | 47,5% | 39,2%" under a ranking of provinces: the country's row)
WHOLE_COUNTRY = re.compile(
    # (an aside after it: "Cả nước (tỷ trọng trong GDP)")
    r"^\s*(?:(?:Bình\s+quân|Trung\s+bình|Chung)(?:\s+chung)?\s+)?(?:Cả\s+nước|Toàn\s+quốc|Việt\s+Nam)"
    r"\s*(?:\([^()]{1,40}\))?\s*$",
    re.I,
)
# a level's summary row: "Bình quân khối địa phương", "Trung bình các bộ, ngành"
# (…or the level named alone in a "Khối" column: "Bộ, ngành", "Địa phương (bình quân)")
WHOLE_LEVEL = re.compile(
    # ("Cộng các bộ, ngành", "Tổng khối địa phương": a level's sum row)
    r"^\s*(?:(?:Bình\s+quân|Trung\s+bình|Cộng|Tổng(?:\s+cộng)?)\s+)?(?:khối\s+)?(?:các\s+)?(?:(?P<m>bộ,?\s*ngành)|địa\s+phương)"
    r"(?:\s*\((?:bình\s+quân|trung\s+bình)\))?\s*$",
    re.I,
)
PERCENT_MARK = re.compile(r"\(\s*%\s*\)")


class EntityRows:
    """Reads a row of one place against headers naming the indicators (mixed into TableRows)."""

    def extract_entity_row(
        self,
        para: Paragraph,
        cells: list[tuple[int, str]],
        header: list[tuple[int, str]],
        first: int,
    ) -> None:
        """A row of one place under headers naming the indicators ("Đơn vị | Tỷ lệ hồ sơ trực
        tuyến (%)"): only the whole province's or country's row, or a province's, is a value."""
        who = cells[first][1].strip()
        if WHOLE_PROVINCE.match(who) or TOTAL_HEAD.match(who):
            # "Toàn tỉnh", "Tổng": the page's province, when it has one; on the country's page
            # ("Bộ, ngành | … / Địa phương | … / Tổng | …") the country
            breakdown = {"province": self.province, "national": "national"}.get(self.subject)
        elif WHOLE_COUNTRY.match(who):
            breakdown = "national"
        elif level := WHOLE_LEVEL.match(who):
            breakdown = "ministries" if level.group("m") else "localities"
        elif self.year < 2025 and HUE_CITY_BEFORE.search(who):
            breakdown = None  # "Thành phố Huế" among a province's districts: a city, before 2025
        else:
            named = list(province_name_pattern().finditer(who))
            breakdown = canonical_province(named[0].group()) if len(named) == 1 else None
        if breakdown is None:
            return  # a district, an agency: below the levels the tracker keeps
        caption = self.caption(header)
        caption_periods = self.caption_periods(caption)
        period = caption_periods[-1] if caption_periods else None
        if period is None and (up_to := READ_UP_TO.search(caption)):
            day = find_dates(up_to.group())[0][2]  # "Bảng 3. … (tính đến 30/9/2024)"
            period = Period("as_of", day, day)
        caption_unit = read_label_unit(caption)
        for j, (offset, cell) in enumerate(cells[first + 1 :], start=first + 1):
            head = header[j][1] if j < len(header) else ""
            quantities = find_quantities(cell, self.dot_decimals)
            if NOT_A_RESULT.search(head) or UPLOAD.search(head) or len(quantities) != 1:
                continue
            # (the column's unit, else the caption's: "Bảng 2. Tỷ lệ hồ sơ trực tuyến (đơn vị: %)")
            unit, scale = read_label_unit(head)
            if unit is None and PER_100_WORDS.search(head):
                unit = "per_100"  # "Thuê bao băng rộng cố định/100 dân" over "21,7"
            q = written_unit(quantities[0], *((unit, scale) if unit or scale else caption_unit))
            # a bare "Tỷ lệ (%)" column: the caption names the measure ("Kết quả phủ sóng thôn
            # lõm sóng có điện lưới")
            # (its dates and asides read past: "… tháng 4/2025 (3 địa phương dẫn đầu)")
            measure = caption_measure(caption)
            # (…or the column before it: "Tổng số HTTT | Đã phê duyệt hồ sơ cấp độ | Tỷ lệ")
            before = header[j - 1][1] if j - 1 > first and j - 1 < len(header) else ""
            # ("Hồ sơ trực tuyến | Tỷ lệ (%)": its "(%)" out, so the words run "Tỷ lệ Hồ sơ …")
            bare = PERCENT_MARK.sub(" ", head)
            # (its day in brackets read as its period, out of its words: "… TTHC (%) (đến 31/8/2024)")
            named = (
                f"{measure} {bare} {before}"
                if BARE_RATE_HEAD.match(head)
                else DAY_ASIDE.sub("", head)
            )
            # "Quốc gia | Hạng năm 2024 | Hạng năm 2022": a column's own year, the caption's measure
            own = [
                p
                for p in read_header_period(head, self.year, self.cutoff, None, None)
                if p.kind != "date"
            ]
            # (…or its day in brackets: "DVCTT toàn trình/tổng TTHC (28/2/2025)", a level then)
            days = [] if own else find_dates(head)
            day = Period("as_of", days[0][2], days[0][2]) if len(days) == 1 else None
            cell_period = own[0] if own else day or period
            # (a head naming its own measure is not read with the caption's: "Đã phủ sóng từ đầu
            # năm" beside "Số thôn lõm sóng" counts villages covered, no village still without)
            own_words = GENERIC_HEAD_WORDS.sub(" ", CAPTION_ASIDES.sub(" ", head)).split()
            captioned = "" if len(own_words) >= 3 else measure + " " + CAPTION_ASIDES.sub(" ", head)
            readings = (named, captioned)
            if BARE_RATE_HEAD.match(head) and before:  # (…without a caption that is a sentence)
                readings = (*readings, f"Tỷ lệ {before}")
            # "Hồ sơ trực tuyến tháng 2/2025": a share's column named without "Tỷ lệ"
            share = named_as_share(CAPTION_ASIDES.sub(" ", head)) if q.unit == "percent" else None
            readings = (*readings, share) if share else readings
            row = next(
                filter(None, (self.cell_row(q, words, cell_period) for words in readings)), None
            )
            if row is None:
                continue
            row["breakdown"] = breakdown
            self.add_table_row(row, para, offset, q, header)
