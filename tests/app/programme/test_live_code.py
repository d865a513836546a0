"""The audience programme carries the live view's QR code once its address is kept."""

from gala_manager.app.programme.runsheet_export import export_runsheet
from gala_manager.core.gala import get_audience_address, set_audience_address
from tests.export.pdf_helpers import page_texts


def test_the_audience_programme_prints_the_kept_address(demo_doc, tmp_path, qapp):
    url = demo_doc.read(get_audience_address).url
    text = "".join(page_texts(export_runsheet(demo_doc, tmp_path / "aud.pdf", "audience")
                              .read_bytes())).replace("\n", "")
    assert url == "http://192.168.1.20:8080/" and url in text
    assert "Scan for the live programme" in text
    full = "".join(page_texts(export_runsheet(demo_doc, tmp_path / "full.pdf", "full")
                              .read_bytes()))
    assert url not in full  # the crew's sheets have no public code
    demo_doc.run(set_audience_address, address=None)
    text = "".join(page_texts(export_runsheet(demo_doc, tmp_path / "none.pdf", "audience")
                              .read_bytes()))
    assert "Scan" not in text and "http://" not in text
