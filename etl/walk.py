"""The walk through one document: paragraphs, sentences, clauses, table rows."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from etl.clauses import (
    find_clause_start,
    lead_own,
    since,
)
from etl.comparisons import ComparisonReader
from etl.cue_text import (
    own_quantities,
    unit_named_around,
)
from etl.cues import SPAN_KINDS
from etl.districts import names_a_part
from etl.docdate import stand_in_date
from etl.event_dates import yearly_report_year
from etl.exclusions import ExclusionRules
from etl.figure_links import FigureLinks
from etl.figure_names import FigureNames
from etl.gates import search
from etl.leads import LeadReader
from etl.list_items import list_item_breakdown, paren_national
from etl.lists import ListReader
from etl.normalize import NormalizedText, Paragraph, is_photo_credit
from etl.numbers import Quantity, detect_dot_decimals, find_quantities
from etl.page_source import reposts_national_document
from etl.period_choice import (
    carried_periods,
    in_prior_parenthesis,
    undated_by_deadline,
)
from etl.periods import Period, find_periods, month_named, past_month
from etl.phrases import PER_DAY_AFTER, PER_DAY_LABEL, PLANS_ASKED
from etl.placement import Placement
from etl.row_match import RowMatcher, Words
from etl.rows import PLANS_REASON, RowBuilder, add_reason
from etl.sections import (
    find_furniture,
    find_related_links,
    find_task_spans,
    headline_only,
    in_task_section,
    lead_paragraphs,
    table_cells,
    two_column_rows,
)
from etl.sentence_label import LabelReader
from etl.someone_else import SOURCED_ELSEWHERE, names_someone_else
from etl.subject import find_document_province, find_subject, page_head
from etl.table_rows import TableRows
from etl.time_shifts import fall_back_on
from etl.title_spans import find_title_span

# "Trong quý, …" with no quarter named in it
BARE_QUARTER = re.compile(r"trong\s+quý(?:\s+này)?", re.I)


# a line of dots between a table's rows: rows left out, not the table's end
ELIDED = re.compile(r"\s*(?:\.{3,}|…)\s*")


class DocumentExtractor(
    LabelReader,
    RowMatcher,
    RowBuilder,
    Placement,
    FigureLinks,
    FigureNames,
    ComparisonReader,
    ListReader,
    ExclusionRules,
    TableRows,
    LeadReader,
):
    """Walks one normalized document and turns number mentions into observations."""

    def __init__(self, nt: NormalizedText, meta: dict):
        self.nt = nt
        self.meta = meta
        # Without a knowable date the periods are resolved against a stand-in (the latest year
        # the text names) only so that the values can go to review: never the machine's clock.
        self.dated = meta["cutoff_date"] is not None
        self.cutoff: date = meta["cutoff_date"] or stand_in_date(nt.text)
        self.document_date: date | None = meta.get("published_date") if self.dated else None
        self.date_source = meta.get("date_source", "unknown")
        self.precision = meta.get("date_precision", "day")
        self.file_name = meta.get("file_name", "")
        self.year = self.cutoff.year
        # yearly figures with no year of their own are the year of the yearly report it cites
        self.report_year = yearly_report_year(nt.text, self.document_date and self.cutoff)
        self.title_span = find_title_span(nt.text, self.cutoff) if self.dated else None
        self.section_span: Period | None = None  # the span the section's heading reviews
        self.section_flows = False  # whether that heading speaks of the span's flows ("TRONG KỲ")
        self.section_heading = ""  # the last heading, which names what its section speaks of
        self.dot_decimals = detect_dot_decimals(nt.text)
        monthly = meta.get("kind") == "monthly_report" and meta.get("period_start")
        self.ref_month = (meta["period_start"], meta["period_end"]) if monthly else None
        self.past_month = past_month(self.cutoff, self.date_source)
        self.task_spans = find_task_spans(nt)
        self.furniture = find_furniture(nt)
        self.head = page_head(nt.text[:600], meta)[:400]  # title and lead: what it is about
        self.told = len(page_head(nt.text[:600], meta)) - len(nt.text[:600])  # the sidecar's part
        self.previous_counts = False  # whether the sentence before stated a count
        self.previous_indicators: set[str] = set()  # and which indicators it stated
        # the two sentences before ("… tỷ trọng kinh tế số trên GDP … Năm 2021, con số này là …")
        self.last_sentences = ("", "")
        # the last span the paragraph before / this one stated
        self.previous_span = self.open_span = None
        self.sourced: set[float] = set()  # figures the body gave as another source's
        self.para_start = 0
        self.last_rows: list[dict] = []  # the rows of the last sentence that had any
        self.last_month: Period | None = None  # speeds are measured per month: the last one named
        self.carried: list[Period] = []  # the periods the text stated last
        self.last_quarter: Period | None = None  # and the last quarter it stated
        self.province = find_document_province(page_head(nt.text, meta), meta.get("url", ""))
        self.sentence_start = 0  # where the sentence being read starts in the text
        # The subject its title and lead give the whole document: one province, one operator.
        self.subject, self.operator = find_subject(self.head, meta.get("url", ""))
        if reposts_national_document(nt.text[:1500]):
            # (a ministry's report under a province's masthead: the portal's province is no subject)
            self.subject, self.operator = "national", ""
        self.rows: list[dict] = []

    def run(self) -> list[dict]:
        """Extract every observation of the document."""
        table_header: list[tuple[int, str]] | None = None
        rows_cells = [table_cells(self.nt.text, para) for para in self.nt.paragraphs]
        for index, cells in two_column_rows(self.nt.text, self.nt.paragraphs).items():
            rows_cells[index] = rows_cells[index] or cells
        tables = {index for index, cells in enumerate(rows_cells) if cells}
        related = find_related_links(self.nt, tables)  # "Xem thêm:", other articles' headlines
        headline_rows: list[dict] = []
        question = ""  # an interviewer's question just before
        for index, (para, cells) in enumerate(zip(self.nt.paragraphs, rows_cells, strict=True)):
            if cells:
                if table_header is None:
                    table_header = cells
                    continue
                self.extract_table_row(para, cells, table_header)
                continue
            text = self.nt.text[para.start : para.end]
            if table_header is not None and ELIDED.fullmatch(text):
                continue  # "..." between a table's rows: rows left out, the table goes on
            table_header = None
            self.note_heading(text)
            if index in related or in_task_section(self.nt, para, self.task_spans):
                continue
            if index in self.furniture:
                headline_rows.extend(self.extract_headline(index, para))
                continue
            start, asked = len(self.rows), question
            self.extract_paragraph(index, para)
            question = text if text.rstrip().endswith("?") else ""
            if search(PLANS_ASKED, asked):  # "PV: Mục tiêu của thành phố trong năm 2026?"
                for row in self.rows[start:]:
                    add_reason(row, PLANS_REASON)
        self.rows.extend(headline_only(self.rows, headline_rows, self.sourced))
        return self.rows

    def extract_headline(self, index: int, para: Paragraph) -> list[dict]:
        """Extract a headline's values apart from the body's rows."""
        # The body starts afresh: a headline's period, rows and sentence are not its context.
        saved = dict(vars(self))
        self.rows = []
        self.extract_paragraph(index, para)
        headline = self.rows
        vars(self).clear()
        vars(self).update(saved)
        self.note_data_month(self.nt.text[para.start : para.end])  # …but "(Số liệu tháng 5/2025)"
        return headline

    def extract_paragraph(self, index: int, para: Paragraph) -> None:
        """Extract the values stated in one paragraph, sentence by sentence."""
        lead = lead_paragraphs(self.nt, index) if para.kind != "footnote" else ""
        label, anchor_text = "", ""
        if para.kind == "footnote":
            span = self.nt.anchor_sentence(para.footnote)
            if span:
                marker = self.nt.footnotes[para.footnote].anchor_offset
                anchor_text = self.nt.text[span[0] : span[1]]
                clause_start = self.nt.text.rfind(";", span[0], marker)
                label = self.nt.text[max(span[0], clause_start + 1) : marker]
        # A lead ending with ":" ("Kết quả 9 tháng đầu năm 2025 của tỉnh Quảng Ninh:") gives the
        # list under it its own period (not a deadline it sets: "… phải hoàn thành trong tháng 6")
        # and, when it names one, its province; the items between have periods of their own.
        own = lead_own(lead)
        dates = (self.year, self.cutoff, self.ref_month, self.past_month)
        lead_periods = undated_by_deadline(own, find_periods(own, *dates))
        # (nor an earlier value's in brackets: "… tháng 5/2025 … đạt 52,4% (tháng 4/2025: 50,9%),
        # cụ thể:" gives its items May)
        lead_periods = [p for p in lead_periods if not in_prior_parenthesis(own, p)]
        self.note_lead(lead)
        earlier: list[Period] = []  # periods stated by the paragraph's earlier sentences
        lead_spans = [p for p in lead_periods if p.kind in SPAN_KINDS]
        para_span = None
        self.para_start = para.start
        for s, e in self.nt.sentences(para):
            sentence, self.sentence_start = self.nt.text[s:e], s
            # The paragraph comes last, so the nearest mention is the context's last one; the head
            # only up to the sentence (a short page's head holds its later items too).
            head = self.head[: self.told + s]
            context = " ".join(
                [head, anchor_text, self.section_heading, lead, self.nt.text[para.start : e]]
            )
            month = self.month_meant()
            periods = find_periods(sentence, self.year, self.cutoff, month, self.past_month)
            periods = [self.quarter_meant(p, sentence, lead_spans, periods) for p in periods]
            fallback, periods, looks_back = fall_back_on(
                sentence, periods, lead_periods, earlier, self.carried
            )
            self.open_span = para_span or (lead_spans[-1] if lead_spans else None)
            self.extract_sentence(s, sentence, context, label, anchor_text, periods, fallback)
            self.follow_subject(sentence)
            # "Cùng kỳ năm trước, …", "Tháng trước, …" look back; the next sentence goes on as before
            stated = (
                [] if looks_back else carried_periods(sentence, periods, self.dated and self.cutoff)
            )
            earlier = stated or (earlier if looks_back else fallback)
            self.carried = stated or self.carried
            self.last_quarter = next((p for p in stated if p.kind == "quarter"), self.last_quarter)
            months = [m for p in stated if (m := month_named(p, sentence))]
            self.last_month = months[-1] if months else self.last_month
            spans = [p for p in stated if p.kind in ("month", "quarter", "half", "ytd", "year")]
            para_span = spans[-1] if spans else para_span
            self.previous_counts = any(
                q.unit == "count" for q in find_quantities(sentence, self.dot_decimals)
            )
        self.previous_span = para_span or self.previous_span

    def quarter_meant(
        self, p: Period, sentence: str, lead_spans: list[Period], periods: list[Period]
    ) -> Period:
        """ "Trong quý, …": the quarter the text last named, else the one its date suggests."""
        if p.kind != "quarter" or not BARE_QUARTER.fullmatch(sentence, p.text_start, p.text_end):
            return p
        # (its own sentence's too: "Báo cáo sơ kết quý I vừa qua … cho thấy, trong quý, …")
        told = [s for s in periods if s.text_end <= p.text_start and not s.comparison]
        named = (self.title_span, self.previous_span, *lead_spans, self.last_quarter, *told)
        quarters = [s for s in named if s is not None and s.kind == "quarter"]
        return replace(p, start=quarters[-1].start, end=quarters[-1].end) if quarters else p

    def extract_sentence(
        self,
        offset: int,
        sentence: str,
        context: str,
        label: str,
        anchor_text: str,
        periods: list[Period],
        fallback: list[Period],
    ) -> None:
        """Match every quantity of one sentence against the cues."""
        if self.lead_sets_aims:
            return  # every item under "… đặt ra các chỉ tiêu:" is an aim, a level's or a place's too
        quantities = own_quantities(sentence, find_quantities(sentence, self.dot_decimals), periods)
        sentence_rows: list[dict] = []
        aim: tuple[Quantity, int, str] | None = None  # the last target: number, clause, after
        for i, q in enumerate(quantities):
            if q.unit in ("times", "money_usd"):
                continue
            clause_start = find_clause_start(sentence, q)
            # The window keeps the qualifier ("đạt 97,6%"): cues may read it as part of the label.
            before = sentence[clause_start : q.start]
            nxt = quantities[i + 1].qual_start if i + 1 < len(quantities) else len(sentence)
            # (not the "." of "TP. Hà Nội", as sentences.py reads it: "… 65% dân số TP. Hà Nội")
            clause_end = re.search(r"(?<!\b[Tt][Pp])[;.]\s|[;.]$", sentence[q.end : nxt])
            after = sentence[q.end : q.end + clause_end.start() if clause_end else nxt]
            window = since(before, quantities[:i], clause_start)
            q = unit_named_around(
                q, window, before, sentence[q.end : q.end + 80], self.lead_in_percent
            )
            # "- Tháng 4/2025: 105,3" under "(đơn vị: triệu …)"
            q, after = self.in_lead_unit(q, after, before)
            spot = (offset, sentence, anchor_text)  # where q stands, for the rows it adds
            if self.read_compared(spot, q, quantities, i, periods, before, after, sentence_rows):
                continue  # an earlier value given for comparison, read with its own time or none
            if self.cut_at_end(q, offset + q.end):
                continue  # "… trạm BTS 5G trên cả nước là 13.4": the excerpt cut the number
            item = list_item_breakdown(sentence, q, after)
            if item is None and paren_national(sentence, q):
                item = "national"  # "(cả nước: 172,45 Mbps)"
                if not self.beside_read(sentence, quantities[:i], sentence_rows, offset):
                    continue  # "8,5% lực lượng lao động (toàn quốc là 3,7%)": not in the catalog
            daily = bool(search(PER_DAY_AFTER, after) or search(PER_DAY_LABEL, before[-40:]))
            # (a day's average too: "phấn đấu đạt trung bình 3 triệu giao dịch/ngày" is an aim)
            if item is None and self.is_excluded(sentence, q, quantities[:i], clause_start, after):
                aim = (q, clause_start, after)
                continue
            if (
                q.unit == "mbps"
                and i
                and self.second_of_pair(sentence, quantities[i - 1], q, before, after)
            ):
                continue  # "151,07 Mbps và 42,3 Mbps": download then upload
            paragraph = self.nt.text[self.para_start : offset] + self.operator
            other = names_someone_else(
                window, before, after, q.unit, paragraph, sentence[:120]
            ) or self.district_figure(window, sentence[: q.start])
            last = quantities[i - 1].end if i else 0  # ("… thuộc tỉnh Bình Định cũ đạt 71%")
            other = other or names_a_part(sentence[last : q.start], self.year, periods)
            if other and not (other == "one named agency's figure" and q.unit != "percent"):
                if other in SOURCED_ELSEWHERE:
                    self.sourced.add(q.value)  # (a headline repeating it is theirs too)
                continue
            scope, plain, before, q, item, own_periods = self.read_label(
                sentence, quantities, i, q, (clause_start, after), periods, (context, label, item)
            )
            period, stated, periods, scope, before = self.read_period(
                sentence,
                quantities,
                q,
                clause_start,
                (periods, own_periods, fallback),
                scope,
                before,
            )
            if daily:  # a monthly report's day: its month's; else the day the text speaks on
                stated = stated or period is None
                span = (period.start, period.end) if period else self.ref_month
                # (keeping what dates it: a stand-in date stays one, "document date unknown")
                dated = period.relative if period else "" if span else "date"
                period = Period("day_avg", *(span or (self.cutoff,) * 2), relative=dated)
            words = Words(sentence, context, clause_start, before, after, window)
            row = self.match_row(
                q, (scope, plain), period, stated, item, words, (quantities, i), aim, sentence_rows
            )
            # ("… 3,2 tỷ hóa đơn, bình quân khoảng 8,7 triệu hóa đơn mỗi ngày": a day's average
            # is only a daily-average indicator's)
            if row is None or (daily and row["period_kind"] != "day_avg"):
                continue
            self.keep_row(row, q, words, quantities, (offset, anchor_text), sentence_rows)
        if sentence_rows:
            self.last_rows = sentence_rows
        if not is_photo_credit(sentence):  # (the sentence before a caption's credit goes on)
            self.last_sentences = (self.last_sentences[-1], sentence)
        self.previous_indicators = {r["indicator"] for r in sentence_rows}
