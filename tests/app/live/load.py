"""A load of phones on a live view on loopback: many kept-alive clients polling its data
(`run_load`), or subscribed to its pushed events (`run_streams`).

asyncio and plain HTTP/1.1 from the standard library: one thread holds hundreds
of connections, so the load costs the machine little next to the server it
measures. Bounded in clients and seconds; reports requests per second and
latency percentiles (figures for benchmarks: tests never assert timings).
"""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

REQUEST_TIMEOUT = 5.0


@dataclass
class LoadResult:
    """What the clients saw: one latency per answered request, and the failures."""

    clients: int
    seconds: float
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)

    @property
    def requests(self) -> int:
        return len(self.latencies)

    def percentile(self, share: float) -> float:
        """Seconds under which `share` of the requests were answered."""
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0

    def summary(self) -> str:
        """One line of figures."""
        return (f"{self.clients} clients for {self.seconds:.0f} s: {self.requests} requests, "
                f"{self.requests / self.seconds:.0f} requests/s, "
                f"median {self.percentile(0.5) * 1000:.1f} ms, "
                f"p99 {self.percentile(0.99) * 1000:.1f} ms, "
                f"slowest {max(self.latencies, default=0) * 1000:.1f} ms, "
                f"{len(self.errors)} errors")


async def _exchange(reader, writer, request: bytes) -> tuple[int, bytes]:
    writer.write(request)
    status = int((await reader.readline()).split()[1])
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b"\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    return status, await reader.readexactly(length) if length else b""


async def _phone(url: str, until: float, interval: float, result: LoadResult) -> None:
    """Open the page once, then poll `data` every `interval` seconds on one connection
    (a new one after a failure), as a phone's browser does."""
    parts = urlsplit(url)
    base = parts.path if parts.path.endswith("/") else parts.path + "/"
    head = f"Host: {parts.netloc}\r\nUser-Agent: load\r\nAccept: */*\r\n\r\n"
    page = f"GET {base} HTTP/1.1\r\n{head}".encode()
    data = f"GET {base}data HTTP/1.1\r\n{head}".encode()
    loop = asyncio.get_running_loop()
    await asyncio.sleep(random.uniform(0, interval))  # phones do not poll in step
    writer = None
    request, tick = page, loop.time()
    while loop.time() < until:
        try:
            if writer is None:
                reader, writer = await asyncio.wait_for(
                    asyncio.open_connection(parts.hostname, parts.port), REQUEST_TIMEOUT)
            start = time.perf_counter()
            status, _ = await asyncio.wait_for(_exchange(reader, writer, request),
                                               REQUEST_TIMEOUT)
            result.latencies.append(time.perf_counter() - start)
            result.statuses[status] = result.statuses.get(status, 0) + 1
            if status != 200:
                result.errors.append(f"HTTP {status}")
            request = data
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError, IndexError) as exc:
            result.errors.append(type(exc).__name__)
            if writer is not None:
                writer.close()
            writer = None
        tick += interval
        await asyncio.sleep(max(0.0, tick - loop.time()))
    if writer is not None:
        writer.close()


def run_load(url: str, clients: int, seconds: float, interval: float = 1.0) -> LoadResult:
    """`clients` phones on `url` for `seconds`, each polling every `interval` seconds."""
    result = LoadResult(clients, seconds)

    async def main() -> None:
        until = asyncio.get_running_loop().time() + seconds
        await asyncio.gather(*(_phone(url, until, interval, result) for _ in range(clients)))

    asyncio.run(main())
    return result


@dataclass
class StreamResult:
    """When each subscribed phone received each snapshot after the first (wall clock,
    `time.time()`), and the failures."""

    clients: int
    received: list[list[float]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


async def _subscriber(url: str, until: float, result: StreamResult) -> None:
    parts = urlsplit(url)
    base = parts.path if parts.path.endswith("/") else parts.path + "/"
    times: list[float] = []
    result.received.append(times)
    loop = asyncio.get_running_loop()
    try:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(parts.hostname, parts.port), REQUEST_TIMEOUT)
        writer.write(f"GET {base}events HTTP/1.1\r\nHost: {parts.netloc}\r\n"
                     "Accept: text/event-stream\r\n\r\n".encode())
        status = int((await asyncio.wait_for(reader.readline(), REQUEST_TIMEOUT)).split()[1])
        if status != 200:
            result.errors.append(f"HTTP {status}")
            return
        first = True
        while (left := until - loop.time()) > 0:
            try:
                line = await asyncio.wait_for(reader.readline(), left)
            except TimeoutError:
                break
            if not line:
                result.errors.append("closed")
                break
            if line.startswith(b"data: "):
                if not first:
                    times.append(time.time())
                first = False
        writer.close()
    except (OSError, TimeoutError, ValueError, IndexError) as exc:
        result.errors.append(type(exc).__name__)


def run_streams(url: str, clients: int, seconds: float) -> StreamResult:
    """`clients` phones subscribed to `url`'s events for `seconds`."""
    result = StreamResult(clients)

    async def main() -> None:
        until = asyncio.get_running_loop().time() + seconds
        await asyncio.gather(*(_subscriber(url, until, result) for _ in range(clients)))

    asyncio.run(main())
    return result
