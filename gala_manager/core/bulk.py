"""What the verbs that write thousands of rows share: ids in chunks, new ids given up
front, and the session's loaded objects told that a bulk statement changed them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

ID_CHUNK = 500  # ids per statement: far below SQLite's limit on parameters


def in_chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    """`ids` in slices of `ID_CHUNK`, one IN (...) each."""
    for start in range(0, len(ids), ID_CHUNK):
        yield ids[start:start + ID_CHUNK]


def new_ids(session: Session, model: type, count: int, given: Iterable[int] = ()) -> list[int]:
    """Ids for `count` new rows of `model`: those `given` (a redo gives back the ids of
    its first run), then the next free ones. Given ids let one executemany insert every
    row; with SQLite the session cannot match the ids a batched INSERT returns to its
    rows, and sends an INSERT per row."""
    taken = list(given)[:count]
    start = max([session.scalar(select(func.max(model.id))) or 0, *taken]) + 1
    return taken + list(range(start, start + count - len(taken)))


def expire_loaded(session: Session, model: type, ids: set[int] | None = None,
                  attributes: list[str] | None = None) -> None:
    """Objects of `model` this session already loaded (those in `ids`, or all) forget
    `attributes` (or everything), which an UPDATE outside the unit of work changed."""
    for obj in list(session.identity_map.values()):
        if isinstance(obj, model) and (ids is None or obj.id in ids):
            session.expire(obj, attributes)
