"""The audience view's address is kept with the gala, checked, and forgotten on request."""

import pytest

from gala_manager.core.errors import ValidationError
from gala_manager.core.gala import AudienceAddress, get_audience_address, set_audience_address
from gala_manager.core.gala.audience_address import parse_address
from gala_manager.core.storage.document import GalaDocument


def test_kept_with_the_gala_and_read_back_after_reopening(demo_doc):
    assert demo_doc.read(get_audience_address).text() == "192.168.1.20:8080"  # the demo's
    address = AudienceAddress("10.8.0.7", 8081)
    assert demo_doc.run(set_audience_address, address=address).port == 8080
    path = demo_doc.path
    demo_doc.close()
    with GalaDocument.open(path, read_only=True) as again:
        kept = again.read(get_audience_address)
    assert kept == address and kept.url == "http://10.8.0.7:8081/"


def test_a_bad_address_is_refused_and_the_kept_one_stays(demo_doc):
    demo_doc.run(set_audience_address, address=AudienceAddress("gala-laptop.local", 8766))
    for host, port in (("192.168.1.20/x", 80), ("", 80), ("a b", 80), ("10.0.0.1", 0),
                       ("10.0.0.1", 70000)):
        with pytest.raises(ValidationError):
            demo_doc.run(set_audience_address, address=AudienceAddress(host, port))
    assert demo_doc.read(get_audience_address).text() == "gala-laptop.local:8766"
    assert demo_doc.run(set_audience_address, address=None).port == 8766
    assert demo_doc.read(get_audience_address) is None


@pytest.mark.parametrize("text", ["", "192.168.1.20", "192.168.1.20:", ":8080", "x:99999",
                                  "a/b:80", "<b>:80"])
def test_malformed_stored_text_reads_as_none(text):
    assert parse_address(text) is None
