"""A draw's list of names read from a sheet, with its error worded for the user."""

from __future__ import annotations

from pathlib import Path

from gala_manager.app.draws.wording import describe_names_error


def read_pool_names(path: Path) -> tuple[list[str], str]:
    """The names of the sheet's name column and "", or no names and why not (worded)."""
    from gala_manager.imports.draw_names import read_draw_names  # loads the sheet reader

    try:
        return read_draw_names(path), ""
    except Exception as exc:  # noqa: BLE001 - a bad sheet is told, never a traceback
        return [], describe_names_error(exc)
