"""A real headless Chromium (Debian's `chromium` and `chromium-driver`) driven by WebDriver.

Plain HTTP and JSON to chromedriver through the standard library: no browser
download, no extra package. `headless_chromium()` skips the test where the
browser is not installed (CI installs it, see .ci/run).
"""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Browser:
    """One WebDriver session of headless Chromium with a fresh profile."""

    def __init__(self, driver_url: str, session: str) -> None:
        self.driver_url, self.session = driver_url, session

    def _call(self, method: str, path: str, body: dict | None = None) -> object:
        data = json.dumps(body or {}).encode() if method == "POST" else None
        request = urllib.request.Request(f"{self.driver_url}/session/{self.session}{path}",
                                         data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())["value"]

    def open(self, url: str) -> None:
        """Load a page."""
        self._call("POST", "/url", {"url": url})

    def script(self, source: str) -> object:
        """Run JavaScript in the page; returns its value."""
        return self._call("POST", "/execute/sync", {"script": source, "args": []})

    def text(self) -> str:
        """What the page shows."""
        return str(self.script("return document.body.innerText;"))

    def until(self, read, done, timeout: float = 5.0) -> tuple[object, float]:
        """Poll `read()` until `done(value)` or `timeout`; returns the last value and the
        seconds it took (figures for benchmarks: tests never assert timings)."""
        start = time.monotonic()
        while True:
            value = read()
            waited = time.monotonic() - start
            if done(value) or waited > timeout:
                return value, waited
            time.sleep(0.02)

    def element_text(self, element_id: str) -> str:
        """The text of one element of the page."""
        return str(self.script(f"return document.getElementById('{element_id}').textContent;"))


@contextlib.contextmanager
def headless_chromium():
    """A `Browser`; the test is skipped where chromium or chromedriver is missing."""
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("needs Debian's chromium and chromium-driver (installed by .ci/run)")
    port = _free_port()
    process = subprocess.Popen([driver, f"--port={port}"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    profile = tempfile.mkdtemp(prefix="gala-chromium-")
    driver_url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"{driver_url}/status", timeout=1).close()
                break
            time.sleep(0.1)
        options = {"binary": chromium, "args": [*CHROMIUM_ARGS, f"--user-data-dir={profile}"]}
        request = urllib.request.Request(
            f"{driver_url}/session", method="POST", headers={"Content-Type": "application/json"},
            data=json.dumps({"capabilities": {"alwaysMatch": {
                "goog:chromeOptions": options}}}).encode())
        with urllib.request.urlopen(request, timeout=60) as response:
            session = json.loads(response.read())["value"]["sessionId"]
        browser = Browser(driver_url, session)
        try:
            yield browser
        finally:
            with contextlib.suppress(OSError):
                browser._call("DELETE", "")
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(profile, ignore_errors=True)
