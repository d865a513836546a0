"""Dates and notes are typeset for the language: 2027年4月30日 星期五, 名字（部门）."""

import datetime as dt
from decimal import Decimal

from gala_manager.app.formatting import format_date, with_note
from gala_manager.core.money import format_yuan


def test_dates_money_and_notes_in_chinese(app_language):
    assert format_date(dt.date(2027, 4, 30)) == "2027年4月30日 星期五"
    assert with_note("许静雯", "宣传部") == "许静雯（宣传部）"
    assert with_note("许静雯", "") == "许静雯"
    assert format_yuan(Decimal("2303.5")) == "¥2,303.50"


def test_dates_and_notes_in_english(qapp):
    assert format_date(dt.date(2027, 4, 30)) == "Friday, 30 April 2027"
    assert with_note("Xu Jingwen", "Publicity") == "Xu Jingwen (Publicity)"
