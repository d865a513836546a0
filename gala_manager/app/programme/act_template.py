"""The act submission form (节目报名表) in the current language, for GUI and CLI: a
workbook to fill in on a computer, or a paper form (PDF, one act per page)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.formatting import format_date
from gala_manager.app.programme.wording import kind_label
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.models import ActKind
from gala_manager.core.tasks.template import act_deadline

if TYPE_CHECKING:
    from gala_manager.export.programme.act_form import PaperFormLabels
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


def _kinds() -> list[str]:
    return [kind_label(kind) for kind in ActKind
            if kind not in (ActKind.INTERMISSION, ActKind.HOST_SEGMENT, ActKind.OTHER)]


def paper_labels(read: Callable | None = None, deadline: dt.date | None = None
                 ) -> PaperFormLabels:
    """The paper form's words; the gala's name and the acts' deadline when `read` (a
    document's or controller's) is given, else lines to write them on."""
    from gala_manager.export.programme.act_form import PaperFormLabels

    facts = read(get_gala_facts) if read is not None else None
    deadline = deadline or (read(act_deadline) if read is not None else None)
    gala = facts.name if facts and facts.name else "_" * 24
    return PaperFormLabels(
        title=translate("ActImport", "Act submission form"),
        gala_line=translate("ActImport", "Gala: {name}").format(name=gala),
        deadline=translate("ActImport", "Hand in by {date}").format(date=format_date(deadline))
        if deadline else translate("ActImport", "Hand in by: ____________"),
        headers={field: header_label(field) for field in _HEADERS},
        kinds=_kinds(),
        other_kind=translate("ActImport", "Other: ________"),
        duration_hint=translate("ActImport", "Write it as 3:30, 3分30秒, 210秒 or 4分钟."),
        head_count_unit=translate("ActImport", "people"),
        one_act=translate("ActImport", "One act per page; copy the page for more acts."),
        received=translate("ActImport", "Received by the committee (name, date):"))


def export_act_template(path: Path, source=None, deadline: dt.date | None = None) -> Path:
    """Write the submission form in the current language: a workbook for .xlsx, the
    paper form for .pdf (with the gala's name and deadline when `source` is given)."""
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        # The PDF writer loads only to write the form: the window starts without it.
        from gala_manager.app.pdf_page import page_header, page_labels
        from gala_manager.export.kit.pdf import PageHeader
        from gala_manager.export.programme.act_form import write_paper_form

        read = source.read if source is not None else None
        header = page_header(read) if read is not None else PageHeader("")
        return write_paper_form(path, header, page_labels(), paper_labels(read, deadline))
    from gala_manager.export.programme.act_template import write_act_template

    return write_act_template(path, template_labels())
