"""Lay the briefing out as an A4 PDF (reportlab platypus): two pages at most, fonts embedded."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from briefing.brief_data import Brief, gather_brief
from briefing.fonts import register_fonts
from briefing.pdf_chart import draw_chart
from metrics.wording import format_date

MARGIN = 11 * mm
WIDTH = A4[0] - 2 * MARGIN
# Name, latest, period, target, deadline, progress, status, sources (mm; sums to WIDTH).
COLUMNS_MM = [60, 22, 17, 20, 17, 12, 28, 12]
# Light tints behind the status words; the words and symbol carry the meaning, never the tint.
TINTS = {
    "off_track": "#f6d5d1",
    "at_risk": "#fbe7c6",
    "on_track": "#d9ecd9",
    "achieved": "#d9ecd9",
    "achieved_late": "#e6eed6",
}
WORDS = {
    "vi": {
        "title": "Bản tin chuyển đổi số quốc gia — tháng {month}",
        "made": "Lập ngày {as_of} (ngày của lần cập nhật dữ liệu). Số liệu mới nhất: kỳ {end}; "
        "báo cáo mới nhất công bố {published}. Trạng thái tính tại số liệu mới nhất.",
        "head": ["Chỉ số", "Mới nhất", "Kỳ", "Chỉ tiêu", "Hạn", "Tiến độ", "Trạng thái", "Nguồn"],
        "missing": "Chưa có số liệu: {names}.",
        "charts": "Chỉ số có nguy cơ chậm hoặc chậm tiến độ",
        "no_charts": "Không có chỉ số nào có nguy cơ chậm hoặc chậm tiến độ.",
        "month": "Thay đổi so với kỳ trước (số liệu kỳ tháng {month})",
        "no_month": "Không có số liệu mới của tháng {month}.",
        "alerts": "Cần chú ý kể từ lần cập nhật trước",
        "no_alerts": "Không có cảnh báo.",
        "more": "… và {n} thay đổi khác (xem `kpi alerts`).",
        "sources": "Nguồn",
        "page": "Trang {n}",
    },
    "en": {
        "title": "National digital transformation briefing — {month}",
        "made": "Made {as_of} (the day of the data refresh). Newest data: period {end}; newest "
        "report published {published}. Statuses are judged at the newest data.",
        "head": [
            "Indicator",
            "Latest",
            "Period",
            "Target",
            "Deadline",
            "Progress",
            "Status",
            "Src.",
        ],
        "missing": "No data yet: {names}.",
        "charts": "Indicators at risk or off track",
        "no_charts": "No indicator is at risk or off track.",
        "month": "Changes since the previous period (data for {month})",
        "no_month": "No new data for {month}.",
        "alerts": "To note since the last update",
        "no_alerts": "No alerts.",
        "more": "… and {n} other change(s) (see `kpi alerts`).",
        "sources": "Sources",
        "page": "Page {n}",
    },
}


def make_styles() -> dict[str, ParagraphStyle]:
    """Return the paragraph styles (registering the fonts first)."""
    register_fonts()
    base = ParagraphStyle("base", fontName="Brief", fontSize=7.4, leading=9)
    return {
        "title": ParagraphStyle("title", base, fontName="Brief-Bold", fontSize=14, leading=17),
        "sub": ParagraphStyle("sub", base, fontSize=7.6, leading=9.5, textColor="#333333"),
        "h2": ParagraphStyle(
            "h2", base, fontName="Brief-Bold", fontSize=9.2, leading=11, spaceBefore=4, spaceAfter=2
        ),  # fmt: skip
        "cell": ParagraphStyle("cell", base, fontName="Brief-Cond", fontSize=6.9, leading=8),
        "head": ParagraphStyle("head", base, fontName="Brief-CondBold", fontSize=6.9, leading=8),
        "small": ParagraphStyle("small", base, fontName="Brief-Cond", fontSize=6.6, leading=7.8),
        "line": ParagraphStyle(
            "line", base, fontSize=7.2, leading=8.8, leftIndent=6, bulletIndent=0
        ),  # fmt: skip
    }


def escape(text: str) -> str:
    """Escape text for a reportlab Paragraph (its markup is XML-like)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_family_table(family: dict, styles: dict, words: dict) -> Table:
    """Return one family's table: a header row, then one row per indicator x breakdown."""
    cell, head = styles["cell"], styles["head"]
    data = [[Paragraph(escape(h), head) for h in words["head"]]]
    for row in family["rows"]:
        texts = [row[k] for k in ("name", "latest", "period", "target", "deadline", "progress")]
        texts += [row["status_text"], row["notes"]]
        data.append([Paragraph(escape(t), cell) for t in texts])
    # Scaled to the frame's inner width (the page width less the frame's 6 pt paddings).
    scale = (WIDTH - 12) / (sum(COLUMNS_MM) * mm)
    table = Table(data, colWidths=[w * mm * scale for w in COLUMNS_MM], repeatRows=1)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#555555")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    for index, row in enumerate(family["rows"], start=1):
        tint = TINTS.get(row["status"])
        if tint:
            style.append(("BACKGROUND", (6, index), (6, index), colors.HexColor(tint)))
    table.setStyle(TableStyle(style))
    return table


def build_story(brief: Brief, styles: dict) -> list:
    """Return the flowables of the briefing, in reading order."""
    words = WORDS[brief.lang]
    month = brief.month.strftime("%m/%Y")
    story = [
        Paragraph(escape(words["title"].format(month=month)), styles["title"]),
        Paragraph(
            escape(
                words["made"].format(
                    as_of=format_date(brief.as_of),
                    end=format_date(brief.newest_period_end),
                    published=format_date(brief.newest_published),
                )
            ),
            styles["sub"],
        ),
        Spacer(1, 3),
    ]
    for family in brief.families:
        parts = [Paragraph(escape(family["name"]), styles["h2"])]
        if family["rows"]:
            parts.append(build_family_table(family, styles, words))
        if family["missing"]:
            names = "; ".join(family["missing"])
            parts.append(Paragraph(escape(words["missing"].format(names=names)), styles["small"]))
        story.append(KeepTogether(parts[:2]))
        story += parts[2:]
    story += build_charts_block(brief, styles, words)
    story += build_list(words["month"].format(month=month), brief.month_changes,
                        words["no_month"].format(month=month), styles)  # fmt: skip
    alerts = list(brief.alerts)
    if brief.more_changes:
        alerts.append(words["more"].format(n=brief.more_changes))
    story += build_list(words["alerts"], alerts, words["no_alerts"], styles)
    story.append(Paragraph(escape(words["sources"]), styles["h2"]))
    story += [Paragraph(escape(note), styles["small"]) for note in brief.footnotes]
    return story


def build_charts_block(brief: Brief, styles: dict, words: dict) -> list:
    """Return the heading and a grid of small charts (three per row)."""
    heading = Paragraph(escape(words["charts"]), styles["h2"])
    if not brief.charts:
        return [heading, Paragraph(escape(words["no_charts"]), styles["line"])]
    drawings = [draw_chart(chart, (WIDTH - 12) / 3 - 6) for chart in brief.charts]
    rows = [drawings[i : i + 3] for i in range(0, len(drawings), 3)]
    rows[-1] += [""] * (3 - len(rows[-1]))
    grid = Table(rows, colWidths=[(WIDTH - 12) / 3] * 3)
    grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [KeepTogether([heading, grid])]


def build_list(title: str, lines: list[str], empty: str, styles: dict) -> list:
    """Return a heading and one bulleted paragraph per line (or the 'nothing' sentence)."""
    items = [Paragraph(escape(line), styles["line"], bulletText="•") for line in lines]
    return [
        Paragraph(escape(title), styles["h2"]),
        *(items or [Paragraph(escape(empty), styles["line"])]),
    ]


def render_brief(db: Path | str, month: str | None = None, lang: str = "vi") -> tuple[bytes, str]:
    """Return (PDF bytes, month as MM/YYYY) of the served database's briefing."""
    brief = gather_brief(db, month, lang)
    styles = make_styles()
    buffer = io.BytesIO()
    page_word = WORDS[brief.lang]["page"]

    def number_page(canvas, doc) -> None:
        canvas.setFont("Brief", 6.5)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawRightString(A4[0] - MARGIN, 6 * mm, page_word.format(n=doc.page))

    title = WORDS[brief.lang]["title"].format(month=brief.month.strftime("%m/%Y"))
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=title, lang=brief.lang, initialFontName="Brief",
    )  # fmt: skip
    document.build(build_story(brief, styles), onFirstPage=number_page, onLaterPages=number_page)
    return buffer.getvalue(), brief.month.strftime("%m/%Y")
