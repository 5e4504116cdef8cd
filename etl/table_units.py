"""The unit and scale a table's label, column or caption writes once for its bare numbers
("Tốc độ … (Mbps)", "(%)", "(triệu)", "Số tiền thanh toán (tỷ đồng)")."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.numbers import MBPS_WORDS, Quantity

MONEY_LABEL = re.compile(r"\(\s*(nghìn\s+)?tỷ\s+(?:đồng|VNĐ|VND)\s*\)", re.I)
MBPS = re.compile("|".join(map(re.escape, MBPS_WORDS)), re.I)
# The scale a label writes once for its counts: "(triệu)", "(nghìn địa chỉ)"
LABEL_SCALE = re.compile(r"\(\s*(triệu|nghìn|ngàn|tỷ)\b[^)]*\)", re.I)
LABEL_SCALES = {"triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3, "tỷ": 1e9}


def written_unit(q: Quantity, unit: str | None, scale: float | None) -> Quantity:
    """A bare count read in the unit or scale its label or unit column writes once."""
    if q.unit != "count":
        return q
    if unit:  # ("(nghìn tỷ đồng)": thousands of billions)
        return replace(q, unit=unit, value=q.value * scale if scale else q.value)
    # "Tài khoản VNeID đã kích hoạt (triệu) | 59,8"
    return replace(q, value=q.value * scale) if scale else q


def read_label_unit(label: str) -> tuple[str | None, float | None]:
    """The unit and scale a label writes once: "Tốc độ … (Mbps)", "(%)", "(triệu)"."""
    unit_hint = (
        "mbps"
        if MBPS.search(label)
        # "(%)", and a caption's "(đơn vị: %)"
        else "percent"
        if re.search(r"\(\s*(?:đơn\s+vị\s*(?:tính\s*)?:\s*)?%\s*\)", label, re.I)
        else None
    )
    scale = LABEL_SCALES.get(m.group(1).lower()) if (m := LABEL_SCALE.search(label)) else None
    if money := MONEY_LABEL.search(label):  # "Số tiền thanh toán (tỷ đồng)": billions of đồng
        return "money_vnd", 1000.0 if money.group(1) else None
    return unit_hint, scale
