"""The crew's live view: served only with its token, read-only, and live in a real browser."""

import datetime as dt
import json
import urllib.error
import urllib.request

import pytest

from gala_manager.app.live.crew import crew_server
from gala_manager.core.show.actions import Action, perform, read_show
from gala_manager.core.show.log import show_log
from gala_manager.core.storage.document import GalaDocument
from tests.app.live.browser import headless_chromium


@pytest.fixture
def served(qapp, demo_path, tmp_path):
    """The console's document (writing) and a crew server reading the same file."""
    console = GalaDocument.open(demo_path, data_dir=tmp_path / "data")
    reader = GalaDocument.open(demo_path, read_only=True)
    server = crew_server(reader, host="127.0.0.1").start()
    yield console, server
    server.stop()
    reader.close()
    console.close()


def _status(url: str, method: str = "GET") -> int:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=method), timeout=5) as r:
            return r.status
    except urllib.error.HTTPError as error:
        return error.code


def test_nothing_is_served_without_the_token_and_nothing_is_written(served):
    console, server = served
    root = server.url.rsplit("/", 2)[0]
    for path in ("/", "/data", "/events", "/x" + server.token + "/", "/" + server.token,
                 "/" + server.token[:-1] + "/data", "/../" + server.token + "/data"):
        assert _status(root + path) == 404, path
    assert _status(server.url) == 200
    for method in ("POST", "PUT", "DELETE"):
        assert _status(server.url + "data", method) == 405
    assert _status(server.url + "crew_page.html") == 404  # no file is served
    with urllib.request.urlopen(server.url + "data", timeout=5) as response:
        data = json.loads(response.read())
        assert response.headers["Referrer-Policy"] == "no-referrer"
    assert data["stage"]["title"] == "Not started"
    assert [a["title"] for a in data["standby"]] == [a.title for a in
                                                      console.read(read_show).acts[:2]]
    assert data["standby"][0]["phone"] == console.read(read_show).acts[0].contact_phone
    assert console.read(show_log) == []


def test_three_console_actions_appear_in_a_real_browser(served):
    console, server = served
    acts = console.read(read_show).acts
    with headless_chromium() as browser:
        browser.open(server.url)
        shown, _ = browser.until(browser.text, lambda text: "Not started" in text)
        assert "STANDING BY" in shown and acts[0].contact_phone in shown
        start = dt.datetime.now().replace(microsecond=0)
        steps = [(dict(action=Action.START), "stage-title", acts[0].title),
                 (dict(action=Action.NEXT), "stage-title", acts[1].title),
                 (dict(action=Action.INCIDENT, kind="power"), "incidents",
                  "INCIDENT: Power failure")]
        for number, (action, element, expected) in enumerate(steps):
            console.run(perform, at=start + dt.timedelta(seconds=number), **action)
            seen, _ = browser.until(lambda e=element: browser.element_text(e),
                                    lambda value, x=expected: value == x)
            assert seen == expected
        assert "paused: power failure" in browser.text()
        assert browser.element_text("status") == "live"
