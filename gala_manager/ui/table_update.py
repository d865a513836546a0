"""How a table model moves from its rows to new ones with the fewest signals to its views."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex


def runs(numbers: Sequence[int]) -> list[tuple[int, int]]:
    """Ascending numbers as (first, last) runs: [1, 2, 3, 7] → [(1, 3), (7, 7)]."""
    result: list[tuple[int, int]] = []
    for n in numbers:
        if result and result[-1][1] == n - 1:
            result[-1] = (result[-1][0], n)
        else:
            result.append((n, n))
    return result


def apply_rows(model: Any, new: list, *, quiet_reorder: bool = False) -> None:
    """Give a `RowTableModel` the rows `new`, in four steps views follow cheaply.

    Rows whose key is gone are removed; the kept rows are put in their new
    order (a layout change that carries persistent indexes, so selections
    follow the rows); new rows are inserted where they belong; then rows that
    differ get `dataChanged`. A table without keys in common, or with
    repeated keys, is simply reset.

    With `quiet_reorder`, the same rows in a new order (a move, its undo) trade
    places without a layout change, which makes every view lay out and repaint
    all it shows (a third of an undo in a 2,000-act order): the rows whose place
    changed get `dataChanged` and persistent indexes follow their rows, but a
    selection's ranges do not; the caller selects by key again (`keep_selection`).
    """
    old_keys: list[Hashable] = [model.row_key(row) for row in model._rows]
    new_keys: list[Hashable] = [model.row_key(row) for row in new]
    known, wanted = set(old_keys), set(new_keys)
    if (not known & wanted or len(known) != len(old_keys)
            or len(wanted) != len(new_keys)):
        model.set_rows(new)
        return
    if quiet_reorder and known == wanted:
        _trade_places(model, old_keys, new_keys)
    else:
        _remove(model, [n for n, key in enumerate(old_keys) if key not in wanted])
        _reorder(model, [key for key in new_keys if key in known])
    for first, last in runs([n for n, key in enumerate(new_keys) if key not in known]):
        model.beginInsertRows(QModelIndex(), first, last)
        model._rows[first:first] = new[first:last + 1]
        model._index = None
        model.endInsertRows()
    # Rows the core rebuilt only where they changed compare by identity first; a row
    # that traded places differs from the one that stood there.
    changed = [n for n, (old, row) in enumerate(zip(model._rows, new, strict=True))
               if old is not row and old != row]
    model._rows = new
    model._index = None
    last_column = model.columnCount() - 1
    for first, last in runs(changed):
        model.dataChanged.emit(model.index(first, 0), model.index(last, last_column))


def _remove(model: Any, gone: list[int]) -> None:
    for first, last in reversed(runs(gone)):
        model.beginRemoveRows(QModelIndex(), first, last)
        del model._rows[first:last + 1]
        model._index = None
        model.endRemoveRows()


def _trade_places(model: Any, old_keys: list[Hashable], new_keys: list[Hashable]) -> None:
    """Move the persistent indexes of rows that change place, with no layout change."""
    if old_keys == new_keys:
        return
    place = {key: number for number, key in enumerate(new_keys)}
    persistent = model.persistentIndexList()
    model.changePersistentIndexList(persistent, [
        model.index(place[old_keys[index.row()]], index.column()) for index in persistent])


def _reorder(model: Any, order: list[Hashable]) -> None:
    """Put the rows in `order` (the same keys), moving persistent indexes along."""
    current = [model.row_key(row) for row in model._rows]
    if current == order:
        return
    model.layoutAboutToBeChanged.emit()
    by_key = {key: row for key, row in zip(current, model._rows, strict=True)}
    place = {key: number for number, key in enumerate(order)}
    persistent = model.persistentIndexList()
    model._rows = [by_key[key] for key in order]
    model._index = None
    model.changePersistentIndexList(persistent, [
        model.index(place[current[index.row()]], index.column()) for index in persistent])
    model.layoutChanged.emit()
