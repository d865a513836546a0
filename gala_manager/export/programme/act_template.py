"""The act submission form (节目报名表) a department fills in, as an .xlsx.

`write_act_template(path, labels)` writes a title, an instruction line, a
header row whose names `imports/acts.py` recognises, a drop-down list on the
kind column, a greyed example row (skipped on import) and room for 60 acts.
The duration column is formatted as text, so a typed 3:30 stays 3:30 instead
of becoming half past three. All words come in through `TemplateLabels`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gala_manager.export.kit.xlsx import (
    add_choice_validation,
    add_input_hint,
    add_sheet,
    column,
    new_workbook,
    save_workbook,
    setup_print,
    write_cell,
    write_header,
    write_title,
)

# The form's columns, in order; `labels.headers` gives their names.
FIELDS = ("title", "kind", "performers", "head_count", "submitted_by", "contact_name",
          "contact_phone", "duration", "mic_count", "props", "music_file", "lighting_notes",
          "sound_notes", "notes")
WIDTHS = {"title": 26, "kind": 12, "performers": 26, "head_count": 7, "submitted_by": 16,
          "contact_name": 10, "contact_phone": 15, "duration": 10, "mic_count": 9,
          "props": 22, "music_file": 20, "lighting_notes": 22, "sound_notes": 22, "notes": 22}
TITLE_ROW, NOTE_ROW, HEADER_ROW, EXAMPLE_ROW = 1, 2, 3, 4
BLANK_ROWS = 60


@dataclass(frozen=True)
class TemplateLabels:
    """Translated words of the form."""

    sheet: str
    title: str
    instructions: str
    headers: dict[str, str]      # field → column name
    kinds: list[str]             # the drop-down's choices
    example: dict[str, object]   # field → example value (the title starts with a mark)
    kind_error: str = ""
    duration_prompt: str = ""
    page_label: str = ""  # "第 {page} 页 / 共 {pages} 页"


def write_act_template(path: Path | str, labels: TemplateLabels) -> Path:
    """Write the submission form to `path` (atomically); returns the path."""
    wb = new_workbook(title=labels.title)
    ws = add_sheet(wb, labels.sheet)
    columns = len(FIELDS)
    write_title(ws, labels.title, row=TITLE_ROW)
    write_cell(ws, NOTE_ROW, 1, labels.instructions, wrap=True, font_color="#666666",
               font_size=10)
    ws.merge(NOTE_ROW, 1, NOTE_ROW, columns)
    ws.heights[NOTE_ROW] = 34
    write_header(ws, HEADER_ROW, [labels.headers[f] for f in FIELDS])
    last = EXAMPLE_ROW + BLANK_ROWS
    for col, name in enumerate(FIELDS, start=1):
        ws.widths[col] = WIDTHS[name]
        for row in range(EXAMPLE_ROW, last + 1):
            # "@": the duration stays as typed (3:30), not half past three. The grid
            # prints, so a form filled in by hand has its boxes.
            ws.cell(row, col).set(valign="top", text_wrap=True, border=1,
                                  border_color="#9AA5B1",
                                  **({"num_format": "@"} if name == "duration" else {}))
        write_cell(ws, EXAMPLE_ROW, col, labels.example.get(name) or None,
                   font_color="#888888", italic=True)
    kind = column(FIELDS.index("kind") + 1)
    add_choice_validation(ws, f"{kind}{EXAMPLE_ROW}:{kind}{last}", labels.kinds,
                          error=labels.kind_error)
    duration = column(FIELDS.index("duration") + 1)
    if labels.duration_prompt:
        add_input_hint(ws, f"{duration}{EXAMPLE_ROW}:{duration}{last}", labels.duration_prompt)
    setup_print(ws, header_row=HEADER_ROW, landscape=True,
                page_label=labels.page_label or "{page} / {pages}")
    return save_workbook(wb, path)
