"""The sponsor report and the sponsors' part of the run-sheets, read back from the PDFs."""

from __future__ import annotations

from decimal import Decimal

from PIL import Image as PilImage
from pypdf import PdfReader

from gala_manager.app.programme.runsheet_export import export_runsheet
from gala_manager.app.sponsors.exports import export_sponsor_report
from gala_manager.core.models import PromiseKind, PromiseStatus, SponsorStatus
from gala_manager.core.sponsors.records import add_sponsor
from gala_manager.core.sponsors.rows import PromiseData, SponsorData
from tests.export.pdf_helpers import page_texts


def test_the_report_shows_what_was_promised_and_done(demo_doc, tmp_path, qapp):
    photo = tmp_path / "横幅.png"
    PilImage.new("RGB", (64, 40), "red").save(photo)
    demo_doc.run(add_sponsor, data=SponsorData(
        "<b>A&B</b> 文化传媒", status=SponsorStatus.RECEIVED, cash=Decimal("100"),
        promises=(PromiseData(PromiseKind.BANNER, "入口横幅", PromiseStatus.DONE,
                              photo_path=str(photo)),
                  PromiseData(PromiseKind.BOOTH, "展位", PromiseStatus.DROPPED,
                              photo_path=str(tmp_path / "没有这张.jpg")))))
    out = export_sponsor_report(demo_doc, tmp_path / "report.pdf")
    text = "".join(page_texts(out.read_bytes())).replace("\n", "")
    assert "Sponsor report" in text
    assert "<b>A&B</b> 文化传媒" in text  # user text printed as typed, never as markup
    assert "¥900.00" in text  # cash agreed: 500 + 300 + 100
    assert "3 of 10 (1 dropped)" in text
    assert "没有这张.jpg" in text  # a photo that is not there is named, not lost
    images = [name for page in PdfReader(out).pages
              for name in page["/Resources"].get("/XObject", {})]
    assert len(images) == 1  # the photo that exists is printed


def test_run_sheets_carry_the_mentions_and_the_sponsors(demo_doc, tmp_path, qapp):
    host = page_texts(export_runsheet(demo_doc, tmp_path / "host.pdf", "host").read_bytes())
    text = "".join(host).replace("\n", "")
    quiz = text.index("有奖问答（第一轮）")
    thanks = text.index("Our thanks to 青禾文具店 for supporting tonight’s gala!")
    assert quiz < thanks < text.index("相声《我要上晚会》")
    audience = "".join(page_texts(export_runsheet(demo_doc, tmp_path / "aud.pdf",
                                                  "audience").read_bytes()))
    assert "With thanks to our sponsors" in audience
    assert "星光广告公司" in audience and "蜜雪奶茶（学院店）" in audience
