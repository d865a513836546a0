"""Query results kept until a change touches an area they read: one schedule per change.

A query decorated `@memoized(Area.PROGRAMME, ...)` names the areas whose
changes make its result stale. `GalaDocument.read` hands each session the
document's `QueryMemo` (in `session.info`); a memoized query called with such
a session, and without keyword arguments, returns the result it computed
since the last change to one of its areas, so the Programme page, its totals,
the checks and the staff checks share one running order per edit. Called in a
writing transaction or on a bare session, it simply runs.

`GalaDocument.run` forgets the results a verb's `@changes` areas touch. A
write by anyone else (another process, or a verb that declares no areas)
changes the SQLite file's change counter, and the memo then forgets
everything before the next read. `kept_parts` holds pieces a query rebuilds
only when their inputs change (the running order's rows), keyed by those inputs.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from gala_manager.core.operations import Area, check_areas

F = TypeVar("F", bound=Callable[..., Any])
MEMO_KEY = "gala_manager.memo"


class QueryMemo:
    """Results of memoized queries on one open gala, and the file state they belong to."""

    def __init__(self) -> None:
        self._results: dict[Hashable, tuple[frozenset[Area], Any]] = {}
        self.file_counter: int | None = None
        # Building blocks a query may reuse across changes: pure values keyed by
        # everything they are built from, so no change ever makes them wrong.
        self.parts: dict[str, dict] = {}
        # How many times each query really ran (benchmarks and tests count).
        self.computed: dict[str, int] = {}

    def forget(self, areas: frozenset[Area] | None = None) -> None:
        """Drop the results that read any of `areas` (None: all of them)."""
        if areas is None:
            self._results.clear()
            return
        self._results = {query: entry for query, entry in self._results.items()
                         if not entry[0] & areas}

    def sync(self, counter: int | None) -> None:
        """The file is at `counter`: forget everything if someone else wrote since."""
        if counter != self.file_counter:
            self._results.clear()
            self.file_counter = counter

    def lookup(self, key: Hashable, areas: frozenset[Area], compute: Callable[[], Any]) -> Any:
        """The result kept under `key` (a query, or a query and a day), computed if none."""
        entry = self._results.get(key)
        if entry is None:
            query = key[0] if isinstance(key, tuple) else key
            name = getattr(query, "__qualname__", repr(query))
            self.computed[name] = self.computed.get(name, 0) + 1
            entry = (areas, compute())
            self._results[key] = entry
        value = entry[1]
        # A caller may extend or sort the list it gets; the kept one stays as computed.
        return list(value) if isinstance(value, list) else value


def memoized(*areas: Area, varies: Callable[[], Hashable] | None = None) -> Callable[[F], F]:
    """Keep a query's result until a change touches one of `areas` (see module doc).

    `varies` names what else the result depends on, such as today's date for
    checks of what is late: a result is kept per value it returns.
    """
    found = check_areas(areas, "@memoized")
    if not found:
        raise TypeError("@memoized needs at least one Area")

    def wrap(query: F) -> F:
        @functools.wraps(query)
        def cached(session: Session, *args: Any, **kwargs: Any) -> Any:
            memo = session.info.get(MEMO_KEY)
            if memo is None or args or kwargs:
                return query(session, *args, **kwargs)
            key = cached if varies is None else (cached, varies())
            return memo.lookup(key, found, lambda: query(session))

        cached.reads = found  # type: ignore[attr-defined]
        return cached  # type: ignore[return-value]

    return wrap


def kept_parts(session: Session, name: str) -> dict:
    """The reusable parts a query called `name` kept on this gala (empty without a memo)."""
    memo = session.info.get(MEMO_KEY)
    return {} if memo is None else memo.parts.setdefault(name, {})


def read_change_counter(path) -> int | None:
    """The SQLite header's file change counter (bumped by every committed write)."""
    try:
        with open(path, "rb") as handle:
            handle.seek(24)
            data = handle.read(4)
    except OSError:
        return None
    return int.from_bytes(data, "big") if len(data) == 4 else None
