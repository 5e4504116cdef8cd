"""Genre cases, events: an event named with its year and then its day ("Tại sự kiện Internet
Day 2023 ngày 22/11") dates the text on that day, and a forecast year later in the text ("dự
báo năm 2025 đạt …") does not; the place of the event ("… ở Hà Nội, Thứ trưởng … cho biết")
is not whose figure it is; "ở mức trên 60%" is "above 60%", not "the level above" naming back
the figure before.

CASES: (text, published_iso_date_or_None, [(indicator_id, breakdown, period_kind, period_end_iso, value)])
Written for the project from the genre's usual phrasings (not copied from any page).
"""

CASES = [
    # the event's day in the event's year; the forecast year does not date the text
    (
        "Phát biểu tại sự kiện Ngày Internet Việt Nam 2024 ngày 15/11 ở Đà Nẵng, Thứ trưởng Bộ "
        "Thông tin và Truyền thông cho biết tỷ lệ người sử dụng Internet hiện đạt 81,2%.\n"
        "Quy mô thương mại điện tử năm 2023 đạt 20 tỷ USD và dự báo năm 2026 đạt 35 tỷ USD.",
        None,
        [("internet_users_rate", "national", "as_of", "2024-11-15", 81.2)],
    ),
    # the city is where the workshop met; the speaker gives the country's figure
    (
        "Tại hội thảo Phát triển hạ tầng số 2025 ở Cần Thơ, ông Trần Minh Tuấn, Cục trưởng Cục "
        "Viễn thông, cho biết tỷ lệ hộ gia đình sử dụng cáp quang băng rộng hiện đạt 85,3%.",
        "2025-08-20",
        [("ftth_household_rate", "national", "as_of", "2025-08-20", 85.3)],
    ),
    # "ở mức trên 70%" is another measure, above 70%; it does not name back the one before
    (
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh hiện đạt 84%. Việt Nam cũng nằm trong "
        "nhóm nước có tỷ lệ người xem video trực tuyến hằng ngày ở mức trên 70%.",
        "2024-10-02",
        [("smartphone_subscriber_rate", "national", "as_of", "2024-10-02", 84)],
    ),
]
