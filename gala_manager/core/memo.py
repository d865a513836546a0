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
`kept_rows` keeps a table's rows across changes and reads again only the rows a
verb wrote (`core/storage/touched.py` notes them), so an edit of one act among
2,000 reads one act.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Hashable, Iterable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from gala_manager.core.operations import Area, check_areas

F = TypeVar("F", bound=Callable[..., Any])
MEMO_KEY = "gala_manager.memo"
# Beyond this many written rows one read of the whole table is quicker.
_REREAD_AT_MOST = 500


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
        # Rows of followed tables that readers keep, by reader (see `kept_rows`).
        self._kept: dict[str, _KeptRows] = {}

    def forget(self, areas: frozenset[Area] | None = None) -> None:
        """Drop the results that read any of `areas` (None: all of them)."""
        if areas is None:
            self._results.clear()
            self.touch(None)
            return
        self._results = {query: entry for query, entry in self._results.items()
                         if not entry[0] & areas}

    def sync(self, counter: int | None) -> None:
        """The file is at `counter`: forget everything if someone else wrote since."""
        if counter != self.file_counter:
            self._results.clear()
            self.touch(None)
            self.file_counter = counter

    def touch(self, touched: dict[str, Collection[int]] | None) -> None:
        """A verb wrote these rows of followed tables (None: it is not known which)."""
        for kept in self._kept.values():
            if touched is None:
                kept.rows = None
            elif kept.rows is not None and kept.table in touched:
                kept.stale.update(touched[kept.table])

    def rows(self, name: str, table: str,
             read: Callable[[Collection[int] | None], Iterable[Any]]) -> dict[int, Any]:
        """The rows kept under `name`, read again where written (see `kept_rows`)."""
        kept = self._kept.setdefault(name, _KeptRows(table))
        if kept.rows is None or len(kept.stale) > _REREAD_AT_MOST:
            kept.rows = {row[0]: row for row in read(None)}
        elif kept.stale:
            fresh = list(read(kept.stale))
            for row_id in kept.stale:
                kept.rows.pop(row_id, None)
            kept.rows.update((row[0], row) for row in fresh)
        kept.stale = set()
        return kept.rows

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


class _KeptRows:
    """One reader's rows of a followed table by id (None: read them all next time)."""

    def __init__(self, table: str) -> None:
        self.table = table
        self.rows: dict[int, Any] | None = None
        self.stale: set[int] = set()


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


def kept_rows(session: Session, name: str, table: str,
              read: Callable[[Collection[int] | None], Iterable[Any]]) -> dict[int, Any]:
    """The rows reader `name` keeps of a followed `table` (`core/storage/touched.FOLLOWED`).

    `read(ids)` returns plain rows (id first) of those ids of `table`, or of
    every row for None. With a memo the rows are kept by id and only those a
    verb wrote since are read again; callers must not change the dict they get.
    """
    memo = session.info.get(MEMO_KEY)
    if memo is None:
        return {row[0]: row for row in read(None)}
    return memo.rows(name, table, read)


def read_change_counter(path) -> int | None:
    """The SQLite header's file change counter (bumped by every committed write)."""
    try:
        with open(path, "rb") as handle:
            handle.seek(24)
            data = handle.read(4)
    except OSError:
        return None
    return int.from_bytes(data, "big") if len(data) == 4 else None
