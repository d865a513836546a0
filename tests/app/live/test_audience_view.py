"""The audience's live programme: public, free of every phone and note, live, and under load."""

import datetime as dt
import json
import re
import sqlite3
import threading
import urllib.error
import urllib.request

import pytest

from gala_manager.app.live.audience import audience_server
from gala_manager.app.live.crew import crew_server
from gala_manager.core.show.actions import Action, perform, read_show
from gala_manager.core.storage.document import GalaDocument
from tests.app.live.browser import headless_chromium
from tests.app.live.load import run_load, run_streams

# Every key the public snapshot may hold: anything new must be added here on purpose.
PUBLIC_KEYS = {"gala", "theme", "venue", "when", "status", "status_text", "on_stage", "next",
               "programme", "sponsors", "labels", "name", "acts", "number", "title",
               "performers", "pause", "state", "intermission", "live", "offline"}
# A mobile number, or a landline with its area code.
PHONE = r"1[3-9]\d{9}|0\d{2,3}-\d{7,8}"


@pytest.fixture
def served(qapp, demo_path, tmp_path):
    """The console's document (writing) and the audience's server reading the same file."""
    console = GalaDocument.open(demo_path, data_dir=tmp_path / "data")
    reader = GalaDocument.open(demo_path, read_only=True)
    server = audience_server(reader, host="127.0.0.1", port=0).start()
    yield console, server
    server.stop()
    reader.close()
    console.close()


def _get(url: str, method: str = "GET", headers=None) -> tuple[int, bytes, dict]:
    request = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, b"", dict(error.headers)


def _private_texts(path) -> tuple[set[str], set[str]]:
    """Every phone number and every note of the gala file, read from every table: a
    column named for phones or contacts, and one named for notes."""
    phones, notes = set(), set()
    with sqlite3.connect(path) as db:
        tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for column in [c[1] for c in db.execute(f"PRAGMA table_info('{table}')")]:
                values = {str(v) for (v,) in db.execute(f'SELECT "{column}" FROM "{table}"')
                          if isinstance(v, str) and v.strip()}
                if "phone" in column or column in ("contact", "other_contact"):
                    phones |= values
                elif "note" in column:
                    notes |= values
                # Whatever column a number hides in: anything that reads as a phone.
                phones |= {m for v in values for m in re.findall(PHONE, v)}
    return phones, notes


def _public_texts(url: str) -> str:
    status, page, _ = _get(url)
    assert status == 200
    status, data, _ = _get(url + "data")
    assert status == 200
    return page.decode() + json.dumps(json.loads(data), ensure_ascii=False)


def _keys(value) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_no_phone_number_and_no_note_of_the_demo_reaches_the_audience(served, demo_path):
    console, server = served
    phones, notes = _private_texts(demo_path)
    assert len(phones) > 40 and len(notes) > 40  # the demo is full of both
    acts = console.read(read_show).acts
    start = dt.datetime(2027, 4, 30, 19, 0)
    pages = [_public_texts(server.url)]  # before the start
    for number, action in enumerate((Action.START, Action.NEXT, Action.NEXT)):
        console.run(perform, action=action, at=start + dt.timedelta(minutes=number))
    server._publish()  # as the publisher does within a tenth of a second
    pages.append(_public_texts(server.url))
    assert acts[2].title in pages[1] and acts[2].contact_phone
    for text in pages:
        for phone in phones:
            assert phone not in text
        for note in notes:
            assert note not in text, note
        assert not re.search(r"\d{7,}", text)  # no number long enough to be a phone
    data = json.loads(_get(server.url + "data")[1])
    assert _keys(data) <= PUBLIC_KEYS, _keys(data) - PUBLIC_KEYS
    assert data["on_stage"]["title"] == acts[2].title and data["status"] == "on"
    assert data["sponsors"] == ["星光广告公司", "青禾文具店", "蜜雪奶茶（学院店）"]


def test_the_public_address_needs_no_key_and_opens_nothing_of_the_crew(served, demo_path):
    _, public = served
    with GalaDocument.open(demo_path, read_only=True) as reader:
        crew = crew_server(reader, host="127.0.0.1").start()
        try:
            root = public.url.rstrip("/")
            assert public.url == f"http://127.0.0.1:{public.url.split(':')[2].split('/')[0]}/"
            assert _get(public.url)[0] == 200
            for path in (f"/{crew.token}/", f"/{crew.token}/data", f"/{crew.token}/events",
                         "/crew_page.html", "/audience_page.html", "/../data", "/data/x"):
                assert _get(root + path)[0] == 404, path
            for method in ("POST", "PUT", "DELETE"):
                assert _get(public.url + "data", method)[0] == 405
            crew_root = crew.url.rsplit("/", 2)[0]
            assert _get(crew_root + "/data")[0] == 404  # the crew's view still wants its key
        finally:
            crew.stop()


def test_an_unchanged_poll_is_answered_without_a_body(served):
    _, server = served
    status, body, headers = _get(server.url + "data")
    assert status == 200 and headers["ETag"] and headers["Cache-Control"] == "no-cache"
    assert _get(server.url + "data", headers={"If-None-Match": headers["ETag"]})[0] == 304
    assert _get(server.url + "data", headers={"If-None-Match": '"old"'})[0] == 200


def test_fifty_phones_polling_for_two_seconds_get_every_answer(served):
    _, server = served
    result = run_load(server.url, clients=50, seconds=2.0, interval=0.25)
    print(result.summary())  # figures only: the long run is benchmarks/bench_audience_view.py
    assert result.errors == []
    assert result.requests >= 50 and set(result.statuses) == {200}


def test_the_programme_moves_on_in_a_real_browser(served):
    console, server = served
    acts = console.read(read_show).acts
    with headless_chromium() as browser:
        browser.open(server.url)
        shown, _ = browser.until(browser.text, lambda text: "The show starts at" in text)
        assert "创业协会“迎五一”文艺晚会" in shown and "星光广告公司" in shown
        start = dt.datetime.now().replace(microsecond=0)
        console.run(perform, action=Action.START, at=start)
        badge = "return document.querySelector('.act.on .t').textContent;"
        seen, _ = browser.until(lambda: browser.script(
            "const e = document.querySelector('.act.on .t'); return e && e.textContent;"),
            lambda value: value == acts[0].title)
        assert seen == acts[0].title and browser.script(badge) == acts[0].title
        nxt = "return document.querySelector('.act.next .t').textContent;"
        assert acts[1].title == "主持人开场"  # the hosts' own segment is not on the bill
        assert browser.script(nxt) == acts[2].title and acts[1].title not in browser.text()
        assert acts[0].contact_phone not in browser.text()
        assert browser.element_text("status") == "live"


def test_fifty_subscribed_phones_each_get_the_console_move(served):
    console, server = served
    move = threading.Timer(0.6, lambda: console.run(
        perform, action=Action.START, at=dt.datetime(2027, 4, 30, 19, 0)))
    move.start()
    result = run_streams(server.url, clients=50, seconds=2.0)
    move.join()
    assert result.errors == []
    assert [len(times) for times in result.received] == [1] * 50
