"""Hypothesis strategies shared by the fuzz tests: random bytes and random Vietnamese text."""

from __future__ import annotations

from hypothesis import strategies as st

VI_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
VI_WORDS = [
    "tháng",
    "năm",
    "quý",
    "đạt",
    "tỷ lệ",
    "dịch vụ công",
    "trực tuyến",
    "toàn trình",
    "hồ sơ",
    "so với",
    "cùng kỳ",
    "tăng",
    "giảm",
    "khoảng",
    "trên",
    "dưới",
    "6 tháng đầu năm",
    "đến nay",
    "hết",
    "ngày",
    "đến ngày",
    "từ",
    "%",
    "triệu",
    "tỷ",
    "nghìn",
    "lượt",
    "Hà Nội",
    "bộ, ngành",
    "địa phương",
    "phấn đấu",
    "Thông báo",
    "số",
    "/TB-VPCP",
    "(1)",
    "[2]",
    ";",
    ":",
    ",",
    ".",
]
NUMBERISH = st.from_regex(r"[+-]?\d{1,4}([.,]\d{1,3}){0,3}%?", fullmatch=True)
DATEISH = st.from_regex(
    r"(ngày )?\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?|tháng \d{1,2}(/| năm )\d{4}|quý [IV1-4]{1,3}/\d{4}",
    fullmatch=True,
)
ODD_CHARS = st.sampled_from(
    ["\x00", "\u200b", "\u200f", "\u202e", "\ufeff", "\u00a0", "\r", "\t", "\x1b[2J", "\ud7ff"]
)
TOKEN = st.one_of(
    st.sampled_from(VI_WORDS),
    st.text(alphabet=VI_LETTERS + VI_LETTERS.upper(), min_size=1, max_size=8),
    NUMBERISH,
    DATEISH,
    ODD_CHARS,
)


@st.composite
def vietnamese_text(draw, max_tokens: int = 60) -> str:
    """A run of Vietnamese words, numbers, dates and odd characters joined by spaces."""
    tokens = draw(st.lists(TOKEN, max_size=max_tokens))
    return " ".join(tokens)


ANY_TEXT = st.one_of(vietnamese_text(), st.text(max_size=300))
