import datetime as dt

import pytest

from extract.dates import find_published, resolve_date


@pytest.mark.parametrize("header,expected", [
    (" date 2025-02-14 Mining ministry brief", dt.date(2025, 2, 14)),
    ("Last Updated : Feb 14 2025 | 6:54 PM IST", dt.date(2025, 2, 14)),
    ("First Published: Feb 16 2025 | 3:00 PM IST", dt.date(2025, 2, 16)),
    ("Published On: 17-02-2025", dt.date(2025, 2, 17)),
    ("Published On: 03-04-2025", dt.date(2025, 4, 3)),
    ("Friday, Feb. 14, 2025", dt.date(2025, 2, 14)),
    ("Updated: 5 March 2025", dt.date(2025, 3, 5)),
])
def test_published_from_dateline(header, expected):
    text = f"Some headline\n{header}\n\nThe story says Rs 5 crore in 2019.\n"
    assert find_published(text) == expected


def test_published_from_footer():
    body = "\n".join(["Headline"] + [f"Paragraph {i} of the story." for i in range(20)] + ["Published On: 01-03-2025"])
    assert find_published(body) == dt.date(2025, 3, 1)


def test_date_inside_the_story_is_not_the_published_date():
    body = "\n".join(["Headline"] + [f"Paragraph {i}." for i in range(10)] + ["The deal was signed on Feb 3 2021."]
                     + [f"More {i}." for i in range(6)])
    assert find_published(body) is None


@pytest.mark.parametrize("expr,published,expected,precision", [
    ("in 2023", None, dt.date(2023, 1, 1), "year"),
    ("in June 2023", None, dt.date(2023, 6, 1), "month"),
    ("in September last year", dt.date(2025, 2, 20), dt.date(2024, 9, 1), "month"),
    ("last year", dt.date(2025, 2, 20), dt.date(2024, 1, 1), "year"),
    ("in January", dt.date(2025, 2, 20), dt.date(2025, 1, 1), "month"),
    ("in March", dt.date(2025, 2, 20), dt.date(2024, 3, 1), "month"),
    ("on Thursday", dt.date(2025, 2, 22), dt.date(2025, 2, 20), "day"),
])
def test_resolve_relative_dates(expr, published, expected, precision):
    resolved = resolve_date(expr, published)
    assert (resolved.date, resolved.precision) == (expected, precision)


@pytest.mark.parametrize("expr", ["last year", "in January", "on Thursday", "September last year"])
def test_relative_dates_without_a_published_date_stay_unresolved(expr):
    resolved = resolve_date(expr, None)
    assert resolved.date is None and not resolved.resolved and resolved.text == expr
