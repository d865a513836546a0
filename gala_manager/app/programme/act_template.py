"""The act submission form (节目报名表) in the current language, for GUI and CLI."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.programme.wording import kind_label
from gala_manager.core.models import ActKind

if TYPE_CHECKING:
    from gala_manager.export.programme.act_template import TemplateLabels

translate = QCoreApplication.translate

_HEADERS = {
    "title": QT_TRANSLATE_NOOP("ActImport", "Title"),
    "kind": QT_TRANSLATE_NOOP("ActImport", "Kind"),
    "performers": QT_TRANSLATE_NOOP("ActImport", "Performers"),
    "head_count": QT_TRANSLATE_NOOP("ActImport", "Head count"),
    "submitted_by": QT_TRANSLATE_NOOP("ActImport", "Submitted by"),
    "contact_name": QT_TRANSLATE_NOOP("ActImport", "Contact person"),
    "contact_phone": QT_TRANSLATE_NOOP("ActImport", "Contact phone"),
    "duration": QT_TRANSLATE_NOOP("ActImport", "Duration"),
    "mic_count": QT_TRANSLATE_NOOP("ActImport", "Microphones"),
    "props": QT_TRANSLATE_NOOP("ActImport", "Props"),
    "music_file": QT_TRANSLATE_NOOP("ActImport", "Music file"),
    "lighting_notes": QT_TRANSLATE_NOOP("ActImport", "Lighting"),
    "sound_notes": QT_TRANSLATE_NOOP("ActImport", "Sound"),
    "notes": QT_TRANSLATE_NOOP("ActImport", "Notes"),
}


def header_label(field: str) -> str:
    """The translated column name of a form field (the key itself for an unknown one)."""
    text = _HEADERS.get(field)
    return translate("ActImport", text) if text else field


def template_labels() -> TemplateLabels:
    """The submission form's words in the current language."""
    # The writer (and its spreadsheet library) loads only when a form is written:
    # the import preview needs the column names alone.
    from gala_manager.export.programme.act_template import TemplateLabels

    example = {
        "title": translate("ActImport", "(example) Dance “Jasmine”"),
        "kind": kind_label(ActKind.DANCE), "performers": translate("ActImport", "Dance team of the "
                                                                  "Art and Design faculty"),
        "head_count": 8, "submitted_by": translate("ActImport", "Art and Design faculty"),
        "contact_name": translate("ActImport", "Zhou Ting"), "contact_phone": "13600004444",
        "duration": "4分30秒", "mic_count": 0, "props": translate("ActImport", "8 folding fans"),
        "music_file": "茉莉花.mp3", "lighting_notes": translate("ActImport", "soft white light"),
        "sound_notes": "",
        "notes": translate("ActImport", "This row is an example and is not imported."),
    }
    return TemplateLabels(
        sheet=translate("ActImport", "Acts"),
        title=translate("ActImport", "Act submission form"),
        instructions=translate(
            "ActImport", "One act per row. Duration as 3:30, 3分30秒, 210秒 or 4分钟. "
            "Choose the kind from the list. The grey example row is not imported."),
        headers={field: header_label(field) for field in _HEADERS},
        kinds=[kind_label(kind) for kind in ActKind
               if kind not in (ActKind.INTERMISSION, ActKind.HOST_SEGMENT)],
        example=example,
        kind_error=translate("ActImport", "Choose a kind from the list."),
        duration_prompt=translate("ActImport", "e.g. 3:30, 3分30秒, 210秒, 4分钟"),
        page_label=translate("ActImport", "Page {page} of {pages}"),
    )


def export_act_template(path: Path) -> Path:
    """Write the submission form in the current language."""
    from gala_manager.export.programme.act_template import write_act_template

    return write_act_template(path, template_labels())
