"""Invitations, place cards and the seating plan, read back from the PDFs."""

from __future__ import annotations

from pypdf import PdfReader

from gala_manager.app.guests.exports import (
    export_invitations,
    export_place_cards,
    export_seating_plan,
)
from gala_manager.app.guests.invitation_text import fill, invitation_words
from gala_manager.core.guests.invitations import set_invitation_text
from gala_manager.core.guests.records import add_guest, list_guests
from gala_manager.core.guests.rows import GuestData
from gala_manager.core.models import GuestKind, GuestStatus
from tests.export.pdf_helpers import page_texts


def flat(path) -> list[str]:
    return [text.replace("\n", "") for text in page_texts(path.read_bytes())]


def test_one_invitation_per_guest_with_their_name_and_seat(demo_doc, tmp_path, app_language):
    pages = flat(export_invitations(demo_doc, tmp_path / "邀请函.pdf"))
    guests = [g for g in demo_doc.read(list_guests) if g.coming]
    assert len(pages) == len(guests) == 8
    for page, guest in zip(pages, guests, strict=True):
        assert guest.name in page and "邀请函" in page
    assert "尊敬的院团委书记张明：" in pages[0]
    assert "第1排1号" in pages[0] and "理工职业学院西广场" in pages[0]
    assert "尊敬的李文华老师：" in pages[1] and "评委" in pages[1]
    assert "此致" in pages[0] and "敬礼！" in pages[0]


def test_the_committees_words_and_a5_for_one_guest(demo_doc, tmp_path, app_language):
    demo_doc.run(set_invitation_text, kind=GuestKind.JUDGE,
                 text=("{name}老师，您好：", "请于{time}前到{venue}评委席就座。{未知}"))
    out = export_invitations(demo_doc, tmp_path / "a5.pdf", paper="a5", names=["王建国"])
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (420, 595)  # A5 portrait, in points
    text = flat(out)[0]
    assert "王建国老师，您好：" in text
    assert "请于19:00前到理工职业学院西广场评委席就座。{未知}" in text  # unknown braces kept


def test_user_text_prints_literally(demo_doc, tmp_path, qapp):
    demo_doc.run(add_guest, data=GuestData("<b>Bold</b> & 李", title="<i>x</i>",
                                           status=GuestStatus.CONFIRMED))
    pages = flat(export_invitations(demo_doc, tmp_path / "inv.pdf", names=["<b>Bold</b> & 李"]))
    assert "<b>Bold</b> & 李" in pages[0]
    cards = flat(export_place_cards(demo_doc, tmp_path / "cards.pdf",
                                    names=["<b>Bold</b> & 李"]))
    assert "<i>x</i>" in cards[0].replace(" ", "")


def test_place_cards_show_the_name_on_both_faces(demo_doc, tmp_path, app_language):
    out = export_place_cards(demo_doc, tmp_path / "桌签.pdf", paper="a5")
    pages = flat(out)
    assert len(pages) == 8
    first = pages[0].replace(" ", "")
    assert first.count("张明") == 2 and first.count("院团委书记") == 2


def test_the_seating_plan_names_every_seated_guest(demo_doc, tmp_path, app_language):
    text = "".join(flat(export_seating_plan(demo_doc, tmp_path / "座位.pdf")))
    assert "嘉宾座位表" in text and "舞" in text
    for guest in demo_doc.read(list_guests):
        assert guest.name in text
    assert "第2排2号" in text


def test_placeholders_are_filled_and_defaults_used(qapp):
    assert fill("{name}{x}{", {"name": "张三"}) == "张三{x}{"
    greeting, body = invitation_words(GuestKind.OTHER, {}, {"name": "Li", "gala": "G",
                                                            "organiser": "O", "date": "D",
                                                            "time": "T", "venue": "V",
                                                            "theme": "H"})
    assert greeting == "Dear Li,"
    assert body.startswith("O will hold G on D at T at V, under the theme “H”.")
