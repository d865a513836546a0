"""Adding, editing and removing the posts and shifts of the duty grid (undoable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from gala_manager.core.staff.posts import PostData, ShiftData
from gala_manager.ui.staff import staff_commands as commands
from gala_manager.ui.staff.roster_dialogs import PostDialog, ShiftDialog

# A mixin's self.tr would look up the subclass's context; name it explicitly.
translate = QCoreApplication.translate


class PostShiftEditing:
    """Mixed into `RosterTab`: needs `controller`, `grid`, `model` and `_push`."""

    def _current_post(self):
        index = self.grid.currentIndex()
        return self.model.roster.posts[index.row()] if index.isValid() else None

    def _current_shift(self):
        index = self.grid.currentIndex()
        return self.model.roster.shifts[index.column()] if index.isValid() else None

    def add_post(self) -> PostDialog:
        dialog = PostDialog(taken=self._post_names(), parent=self)
        dialog.accepted.connect(lambda: self._push(commands.add_post(self.controller,
                                                                     dialog.data())))
        dialog.open()
        return dialog

    def edit_post(self) -> PostDialog | None:
        post = self._current_post()
        if post is None:
            return None
        dialog = PostDialog(PostData(post.name, post.place, post.needed, post.notes),
                            self._post_names(post.id), self)
        dialog.accepted.connect(lambda: self._push(commands.edit_post(
            self.controller, post.id, dialog.data())))
        dialog.open()
        return dialog

    def _confirm_force(self, title: str, busy: bool) -> bool:
        if not busy:
            return True
        return QMessageBox.question(self, title, translate(
            "RosterTab", "People are on duty there; they will be taken off. Remove anyway?")
        ) == QMessageBox.StandardButton.Yes

    def remove_post(self) -> bool:
        post = self._current_post()
        if post is None:
            return False
        busy = any(d.people for d in self.model.roster.duties if d.post_id == post.id)
        if not self._confirm_force(translate("RosterTab", "Remove post"), busy):
            return False
        return self._push(commands.remove_post(self.controller, post.id, post.name, True))

    def add_shift(self) -> ShiftDialog:
        dialog = ShiftDialog(taken=self._shift_names(), parent=self)
        dialog.accepted.connect(lambda: self._push(commands.add_shift(self.controller,
                                                                      dialog.data())))
        dialog.open()
        return dialog

    def edit_shift(self) -> ShiftDialog | None:
        shift = self._current_shift()
        if shift is None:
            return None
        dialog = ShiftDialog(ShiftData(shift.name, shift.start, shift.end),
                             self._shift_names(shift.id), self)
        dialog.accepted.connect(lambda: self._push(commands.edit_shift(
            self.controller, shift.id, dialog.data())))
        dialog.open()
        return dialog

    def remove_shift(self) -> bool:
        shift = self._current_shift()
        if shift is None:
            return False
        busy = any(d.people for d in self.model.roster.duties if d.shift_id == shift.id)
        if not self._confirm_force(translate("RosterTab", "Remove shift"), busy):
            return False
        return self._push(commands.remove_shift(self.controller, shift.id, shift.name, True))

    def _post_names(self, except_id: int | None = None) -> set[str]:
        return {p.name for p in self.model.roster.posts if p.id != except_id}

    def _shift_names(self, except_id: int | None = None) -> set[str]:
        return {s.name for s in self.model.roster.shifts if s.id != except_id}
