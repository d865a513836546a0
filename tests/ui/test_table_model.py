"""The table-model base: declared columns give headers, alignment, edits, keys and drags."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from gala_manager.ui.table_model import (
    CENTER,
    LEFT,
    RIGHT,
    Column,
    KeyRole,
    RowRole,
    RowTableModel,
    SortRole,
    ids_from_mime,
    ids_mime,
)

ITEM_MIME = "application/x-test-item"


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    count: int


class ItemTableModel(RowTableModel[Item]):
    """Three columns; titles come from `words`, as they would from `self.tr`."""

    drag_mime = ITEM_MIME

    def __init__(self) -> None:
        self.words = {"name": "Name", "count": "Count", "code": "Code"}
        self.commits: list[tuple[int, str, str]] = []
        super().__init__()

    def declare_columns(self) -> list[Column[Item]]:
        return [Column("name", self.words["name"], lambda i: i.name, editable=True),
                Column("count", self.words["count"], lambda i: str(i.count), RIGHT,
                       sort=lambda i: i.count),
                Column("code", self.words["code"], lambda i: f"#{i.id}", CENTER)]

    def commit_edit(self, row: Item, column: Column, text: str) -> bool:
        self.commits.append((row.id, column.key, text))
        return True


ROWS = [Item(7, "Lanterns", 12), Item(3, "Ribbons", 9), Item(5, "Chairs", 120)]


def make_model(qapp) -> ItemTableModel:
    model = ItemTableModel()
    model.set_rows(ROWS)
    return model


def test_headers_come_from_the_declared_columns(qapp):
    model = make_model(qapp)
    assert model.columnCount() == 3
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Name", "Count", "Code"]
    assert model.headerData(3, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.column_of("count") == 1


def test_cells_are_aligned_as_declared_and_sort_by_their_value(qapp):
    model = make_model(qapp)
    alignments = [model.index(0, c).data(Qt.ItemDataRole.TextAlignmentRole)
                  for c in range(3)]
    assert alignments == [int(LEFT), int(RIGHT), int(CENTER)]
    assert model.index(2, model.column_of("count")).data() == "120"
    assert model.index(2, model.column_of("count")).data(SortRole) == 120
    assert model.index(2, model.column_of("name")).data(SortRole) == "Chairs"


def test_only_editable_columns_are_editable(qapp):
    model = make_model(qapp)
    editable = [bool(model.index(0, c).flags() & Qt.ItemFlag.ItemIsEditable) for c in range(3)]
    assert editable == [True, False, False]


def test_set_data_reaches_commit_edit_only_on_a_real_change(qapp):
    model = make_model(qapp)
    name = model.index(1, model.column_of("name"))
    assert not model.setData(name, "Ribbons")  # the same text: no empty undo step
    assert not model.setData(model.index(1, model.column_of("count")), "10")  # read-only
    assert not model.setData(name, "Bows", Qt.ItemDataRole.DisplayRole)
    assert model.commits == []
    assert model.setData(name, "Bows")
    assert model.commits == [(3, "name", "Bows")]


def test_retranslate_declares_titles_again_over_every_column(qtbot, qapp):
    model = make_model(qapp)
    model.words = {"name": "名称", "count": "数量", "code": "编号"}
    with qtbot.waitSignal(model.headerDataChanged) as header, \
            qtbot.waitSignal(model.dataChanged) as cells:
        model.retranslate()
    assert header.args == [Qt.Orientation.Horizontal, 0, 2]
    assert (cells.args[0].row(), cells.args[0].column()) == (0, 0)
    assert (cells.args[1].row(), cells.args[1].column()) == (2, 2)
    assert model.column_titles() == ["名称", "数量", "编号"]


def test_rows_are_found_by_key_after_set_rows(qapp):
    model = make_model(qapp)
    assert model.row_of(3) == 1
    assert model.row_of(99) == -1
    model.set_rows(list(reversed(ROWS)))
    assert model.row_of(3) == 1 and model.row_of(7) == 2
    assert model.row_at(2) == ROWS[0] and model.row_at(3) is None
    assert model.index(0, 0).data(RowRole) == ROWS[2]
    assert model.index(0, 2).data(KeyRole) == 5


def test_rows_drag_as_their_keys(qapp):
    model = make_model(qapp)
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    mime = model.mimeData([model.index(2, 1), model.index(0, 0), model.index(2, 0)])
    assert ids_from_mime(mime, ITEM_MIME) == [7, 5]
    assert ids_from_mime(mime, "application/x-other") == []
    assert ids_from_mime(ids_mime(ITEM_MIME, []), ITEM_MIME) == []


def _signals(model) -> list[tuple]:
    seen: list[tuple] = []
    model.modelReset.connect(lambda: seen.append(("reset",)))
    model.layoutChanged.connect(lambda *a: seen.append(("layout",)))
    model.rowsRemoved.connect(lambda _p, first, last: seen.append(("removed", first, last)))
    model.rowsInserted.connect(lambda _p, first, last: seen.append(("inserted", first, last)))
    model.dataChanged.connect(lambda a, b, *r: seen.append(("changed", a.row(), b.row())))
    return seen


def test_update_rows_tells_views_only_what_changed(qapp):
    from PySide6.QtCore import QPersistentModelIndex

    model = make_model(qapp)
    seen = _signals(model)
    ribbons = QPersistentModelIndex(model.index(1, 0))
    model.update_rows([ROWS[0], Item(3, "Silk ribbons", 9), ROWS[2]])
    assert seen == [("changed", 1, 1)]
    seen.clear()
    # Chairs move first, Lanterns go, a new item comes last: ribbons keep their index.
    model.update_rows([ROWS[2], Item(3, "Silk ribbons", 9), Item(9, "Banners", 2)])
    assert seen == [("removed", 0, 0), ("layout",), ("inserted", 2, 2)]
    assert [r.name for r in model.rows()] == ["Chairs", "Silk ribbons", "Banners"]
    assert ribbons.row() == 1 and model.row_of(9) == 2
    seen.clear()
    # Nothing in common (another gala): a reset.
    model.update_rows([Item(1, "Flowers", 3)])
    assert seen == [("reset",)]
