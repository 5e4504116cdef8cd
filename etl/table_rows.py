"""Table rows in a text: the label names the indicator, each column's header its period or level
(mixed into DocumentExtractor)."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.clauses import list_item_breakdown
from etl.cues import Scope
from etl.normalize import Paragraph
from etl.numbers import Quantity, find_quantities
from etl.periods import find_periods


class TableRows:
    """Reads one table row at a time against its header."""

    def extract_table_row(
        self, para: Paragraph, cells: list[tuple[int, str]], header: list[tuple[int, str]]
    ) -> None:
        """Extract a table row: the label names the indicator; a column's header gives its
        period ("Tháng 8/2025") or its level ("Bộ, ngành"), the first header cell the rest."""
        label = cells[0][1]
        row_text = self.nt.text[para.start : para.end]
        # the unit written once in the label: "Tốc độ … (Mbps)", "Tỷ lệ hồ sơ … (%)"
        unit_hint = (
            "mbps"
            if re.search(r"\(Mbps\)|Mb/s", label, re.I)
            else "percent"
            if re.search(r"\(\s*%\s*\)", label)
            else None
        )
        corner = find_periods(header[0][1], self.year, self.cutoff, self.ref_month, self.past_month)
        for j, (offset, cell) in enumerate(cells[1:], start=1):
            head = header[j][1] if j < len(header) else ""
            periods = (
                find_periods(head, self.year, self.cutoff, self.ref_month, self.past_month)
                or corner
            )
            quantities = find_quantities(cell, self.dot_decimals)
            if len(quantities) != 1:
                continue
            q = quantities[0]
            if unit_hint and q.unit == "count":
                q = Quantity(**{**q.__dict__, "unit": unit_hint})
            period = next((p for p in periods if p.kind != "date"), None)
            scope = Scope(before=label + " ", bare=label + " ", after="", context=label)
            row = self.match_cues(q, scope, period, period is not None)
            if row is None:
                continue
            level = list_item_breakdown(
                f"{head} ({cell})", replace(q, qual_start=len(head) + 2), ""
            )
            if level and row["breakdown"] == "national":
                row["breakdown"] = level
            row.update(
                {
                    "quote": row_text,
                    "quote_start": para.start,
                    "quote_end": para.end,
                    "value_start": offset + q.start,
                    "value_end": offset + q.end,
                    "anchor": " | ".join(c for _, c in header),
                }
            )
            self.rows.append(row)
