"""Every PDF export of the command line prints galas whose every free-text field is long:
the three the issue found failing and the contingency cards with as long as the app lets in
(5,000 characters) here; every export with 20,000 in every field of every row with -m slow."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from gala_manager.cli import main
from gala_manager.core.text_limit import MAX_TEXT
from tests.export.long_text import fill, free_text_columns, pdf_exports


@pytest.fixture
def english(qapp):
    yield
    from gala_manager.app.i18n import install_language

    install_language("en")


QUICK = {"runsheet-full", "supplies", "tasks", "contingency"}


def _export_all(gala: Path, folder: Path, capsys, only=None) -> dict[str, int]:
    """Run every PDF export (or those named `only`); the number of pages of each."""
    pages = {}
    for args in pdf_exports(gala, folder):
        if only and Path(args[args.index("-o") + 1]).stem not in only:
            continue
        status = main(["--lang", "zh_CN", *args])
        captured = capsys.readouterr()
        assert status == 0, (args, captured.err)
        out = Path(args[args.index("-o") + 1])
        pages[out.stem] = len(PdfReader(io.BytesIO(out.read_bytes())).pages)
    return pages


def test_the_filled_fields_are_the_free_text_of_every_area():
    columns = free_text_columns()
    assert {"notes", "lighting_notes", "sound_notes", "host_link", "props"} <= set(columns["act"])
    assert "notes" in columns["supply_item"] and "notes" in columns["task"]
    assert "colour" not in columns["department"] and "kind" not in columns["act"]


def test_the_pdf_exports_print_the_longest_notes_the_app_lets_in(demo_path, tmp_path,
                                                                  capsys, english):
    fill(demo_path, MAX_TEXT)
    pages = _export_all(demo_path, tmp_path, capsys, QUICK)
    assert set(pages) == QUICK and all(count > 1 for count in pages.values())


@pytest.mark.slow
def test_every_pdf_export_prints_20000_characters_in_every_field_of_every_row(
        demo_path, tmp_path, capsys, english):
    fill(demo_path, 20_000, every_row=True)
    pages = _export_all(demo_path, tmp_path, capsys)
    print("\npages with 20,000 characters in every free-text field:", pages)
