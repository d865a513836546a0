"""Who decides and who acts in a plan: the gala's people and posts, plus anyone typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class DeciderEdit(QWidget):
    """One of the gala's people (their phone goes on the card) and in what capacity."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("decidesPerson")
        self.capacity_edit = QLineEdit()
        self.capacity_edit.setObjectName("decidesCapacity")
        self._people: list = []
        self._loading = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.person_combo, 1)
        layout.addWidget(self.capacity_edit, 1)
        self.person_combo.currentIndexChanged.connect(self._changed)
        self.capacity_edit.textEdited.connect(self._changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._fill(self.person_id())
        self.capacity_edit.setPlaceholderText(
            self.tr("in what capacity, or someone from outside"))

    def set_people(self, people: list) -> None:
        """Offer the gala's people (rows with id, name, department_name, phone)."""
        self._people = list(people)
        self._fill(self.person_id())

    def _fill(self, chosen: int | None) -> None:
        self._loading = True
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("(nobody of the gala)"), None)
        for person in self._people:
            label = " · ".join(p for p in (person.name, person.department_name, person.phone)
                               if p)
            self.person_combo.addItem(label, person.id)
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(chosen)))
        self._loading = False

    def set_value(self, person_id: int | None, capacity: str) -> None:
        """Show who decides."""
        self._fill(person_id)
        self.capacity_edit.setText(capacity)

    def person_id(self) -> int | None:
        """The chosen person's id (None: nobody of the gala)."""
        return self.person_combo.currentData()

    def capacity(self) -> str:
        """The capacity (or the outsider) typed."""
        return self.capacity_edit.text()

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()


class ActorsEdit(QWidget):
    """The posts whose people act when the plan runs (ticked), and anyone else typed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.posts_list = QListWidget()
        self.posts_list.setObjectName("actingPosts")
        self.posts_list.setMaximumHeight(96)
        self.others_edit = QLineEdit()
        self.others_edit.setObjectName("actingOthers")
        self._loading = False
        self._ticked: tuple[int, ...] = ()  # shown once the posts are set
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.posts_list)
        layout.addWidget(self.others_edit)
        self.posts_list.itemChanged.connect(self._changed)
        self.others_edit.textEdited.connect(self._changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.others_edit.setPlaceholderText(self.tr("anyone else, e.g. the hosts"))

    def set_posts(self, posts: list) -> None:
        """Offer the gala's posts (rows with id, name, place), keeping the ticks."""
        ticked = self.post_ids() if self.posts_list.count() else self._ticked
        self._loading = True
        self.posts_list.clear()
        for post in posts:
            item = QListWidgetItem(f"{post.name} · {post.place}" if post.place else post.name)
            item.setData(Qt.ItemDataRole.UserRole, post.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if post.id in ticked
                               else Qt.CheckState.Unchecked)
            self.posts_list.addItem(item)
        self._loading = False

    def set_value(self, post_ids: tuple[int, ...], others: str) -> None:
        """Tick the posts that act; show the others."""
        self._ticked = tuple(post_ids)
        self._loading = True
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in post_ids
                               else Qt.CheckState.Unchecked)
        self.others_edit.setText(others)
        self._loading = False

    def post_ids(self) -> tuple[int, ...]:
        """The ticked posts, in the posts' order."""
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                     if item.checkState() == Qt.CheckState.Checked)

    def others(self) -> str:
        """Anyone else who acts, as typed."""
        return self.others_edit.text()

    def _items(self) -> list[QListWidgetItem]:
        return [self.posts_list.item(i) for i in range(self.posts_list.count())]

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()
