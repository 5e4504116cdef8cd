"""Genre cases, dates known only from the text: a month with no year after the month it is
compared with ("trong tháng 1, … so với tháng 12-2021" is January 2022), and a text that
reports on a ministry's report of a whole year ("Theo báo cáo của Bộ … về chuyển đổi số quốc
gia năm 2024") speaking from after that year, so a ranking published in September of it is
the year's.

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # the month compared with is December; "tháng 1" after it is the next year's January
    (
        "Theo Trung tâm Giám sát an toàn không gian mạng quốc gia, trong tháng 1 đã ghi nhận 1.250 "
        "cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam, giảm 4,1% so với "
        "tháng 12/2022.",
        None,
        [("cyberattacks", "national", "month", "2023-01-31", 1250)],
    ),
    # the same comparison inside one year stays in it
    (
        "Trong tháng 6, cả nước ghi nhận 980 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông "
        "tin tại Việt Nam, tăng 3% so với tháng 5/2023.",
        None,
        [("cyberattacks", "national", "month", "2023-06-30", 980)],
    ),
    # a report on a whole year: the September ranking is the year's edition, not a September value
    (
        "Theo báo cáo của Bộ Thông tin và Truyền thông về chuyển đổi số quốc gia năm 2024, nhiều kết "
        "quả nổi bật đã đạt được.\nTháng 9/2024, Liên hợp quốc công bố Việt Nam xếp thứ 71/193 quốc "
        "gia về Chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so với năm 2022.",
        None,
        [("egdi_rank", "national", "year", "2024-12-31", 71)],
    ),
]
