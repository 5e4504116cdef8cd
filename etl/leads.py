"""What a paragraph's lead sets for the sentences under it: the breakdown it names, whether its
items are aims, and the unit its caption writes once (mixed into DocumentExtractor)."""

from __future__ import annotations

import re

from etl.aim_words import PLAN_LEAD
from etl.clauses import find_lead_breakdown, lead_own
from etl.numbers import BARE_NUMBER, Quantity
from etl.phrases import PERCENT_HEAD
from etl.sections import unit_note
from etl.table_rows import read_label_unit, written_unit

# a label's unit in brackets right before its colon: "… (tỷ đồng): 98.512", "… (triệu): 59,8"
LABEL_UNIT_BEFORE = re.compile(r"(\([^()]{1,30}\))\s*:\s*$")
SCALE_WORDS = re.compile(r"\b(?:triệu|nghìn|ngàn|tỷ)\b|%|[()]", re.I)


class LeadReader:
    """Notes what the lead of the paragraph being read says about its figures."""

    lead_breakdown = "national"
    paragraph_national = False
    lead_text = ""
    lead_sets_aims = lead_in_percent = False
    lead_unit: tuple[str | None, float | None] = (None, None)
    lead_noun = ""

    def note_lead(self, lead: str) -> None:
        """Set the lead's breakdown, aims, percent and caption unit for the paragraph under it."""
        # (its own words, not the items joined after it: "Tính đến ngày 20/6/2025:" over "- Thành
        # phố Hà Nội đã hoàn thành 22/25 …" then "- Tỷ lệ hồ sơ … đạt 96,4%", the country's)
        self.lead_breakdown = find_lead_breakdown(lead_own(lead)) if lead else "national"
        self.paragraph_national = False  # a sentence before named the country as its subject
        self.forget_under_new_rate(lead)
        self.lead_text = lead  # "… như sau:" names what the items under it give
        # (read once a paragraph: "… đặt ra các chỉ tiêu:" over aims, "Tỷ lệ … (%):" over shares)
        self.lead_sets_aims = bool(lead and PLAN_LEAD.search(lead[-200:]))
        self.lead_in_percent = bool(lead and PERCENT_HEAD.search(lead[-200:]))
        # ("Bảng 3. … (đơn vị: triệu giao dịch)" over "- Tháng 4/2025: 105,3")
        # (…or "Tốc độ … (Mbps):" over each item, the items before joined after it)
        note = unit_note(lead) or unit_note(lead_own(lead)) if lead else ""
        self.lead_unit = read_label_unit(note) if note else (None, None)
        noun = " ".join(SCALE_WORDS.sub(" ", note).split())
        self.lead_noun = f" {noun} " if noun else ""

    def in_lead_unit(self, q: Quantity, after: str, before: str = "") -> tuple[Quantity, str]:
        """A bare number in the unit its own label or its lead's caption writes once, and the
        words after it with the caption's counted noun first ("105,3" under "(đơn vị: triệu giao
        dịch)"; "Số tiền thanh toán trực tuyến (tỷ đồng): 98.512")."""
        if not BARE_NUMBER.fullmatch(q.text):
            return q, after
        if label := LABEL_UNIT_BEFORE.search(before[-40:]):
            return written_unit(q, *read_label_unit(label.group(1))), after
        return written_unit(q, *self.lead_unit), self.lead_noun + after
