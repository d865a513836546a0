"""Both languages are complete and the compiled catalogues match their sources."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
i18n_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_tool)


def test_every_chinese_string_is_translated():
    assert i18n_tool.missing() == {}


@pytest.mark.parametrize("catalog", sorted(i18n_tool.CATALOGS))
def test_catalogue_files_exist_for_both_languages(catalog):
    for lang in i18n_tool.LANGS:
        assert i18n_tool.ts_path(catalog, lang).exists()
        assert i18n_tool.ts_path(catalog, lang).with_suffix(".qm").exists()


def test_ts_files_hold_every_string_of_the_sources(tmp_path, monkeypatch):
    """Re-extracting finds nothing new: nobody forgot `tools/i18n.py update`."""
    import shutil

    copy = tmp_path / "i18n"
    shutil.copytree(i18n_tool.I18N, copy)
    monkeypatch.setattr(i18n_tool, "I18N", copy)
    i18n_tool.update()
    assert i18n_tool.missing() == {}


_TRANSLATED = re.compile(r"\b(?:tr|translate|QT_TRANSLATE_NOOP)\(\s*[\"']")


def test_every_module_with_strings_to_translate_is_in_a_catalogue():
    """A module moved to a new folder keeps its translations (ui/files and ui/widgets
    once lost theirs: no catalogue read them)."""
    covered = {path for area in i18n_tool.CATALOGS for path in i18n_tool.sources(area)}
    uncovered = [str(path.relative_to(ROOT)) for path in sorted(ROOT.glob("gala_manager/**/*.py"))
                 if _TRANSLATED.search(path.read_text(encoding="utf-8"))
                 and str(path.relative_to(ROOT)) not in covered]
    assert uncovered == []


def test_compiled_catalogues_are_current(tmp_path):
    i18n_tool.build(tmp_path)
    stale = [qm.name for qm in sorted(tmp_path.glob("*.qm"))
             if qm.read_bytes() != (i18n_tool.I18N / qm.name).read_bytes()]
    assert stale == [], f"run: {sys.executable} tools/i18n.py build"


def test_update_refuses_to_drop_a_string_the_code_still_uses(tmp_path, monkeypatch):
    """A string lupdate does not see (here: passed through a variable) but the code and the
    catalogue hold stops the update with its name, and no catalogue is rewritten."""
    source = tmp_path / "area.py"
    source.write_text('from PySide6.QtCore import QCoreApplication\n'
                      'HIDDEN = "Hidden from lupdate"\n'
                      'def words():\n'
                      '    return QCoreApplication.translate("Area", "Seen"), '
                      'QCoreApplication.translate("Area", HIDDEN)\n', encoding="utf-8")
    monkeypatch.setattr(i18n_tool, "ROOT", tmp_path)
    monkeypatch.setattr(i18n_tool, "I18N", tmp_path / "i18n")
    monkeypatch.setattr(i18n_tool, "CATALOGS", {"area": ["area.py"]})
    i18n_tool.update()
    zh = i18n_tool.ts_path("area", "zh_CN")
    text = zh.read_text(encoding="utf-8").replace(
        "</context>", "<message><source>Hidden from lupdate</source>"
                      "<translation>看不见</translation></message></context>")
    zh.write_text(text, encoding="utf-8")
    with pytest.raises(SystemExit, match=r"\[Area\] Hidden from lupdate"):
        i18n_tool.update()
    assert zh.read_text(encoding="utf-8") == text


def test_english_plurals_where_the_s_rule_is_wrong(qapp):
    from PySide6.QtCore import QCoreApplication

    from gala_manager.app.i18n import install_language

    install_language("en")
    tr = QCoreApplication.translate
    assert [tr("PeopleTab", "%n person(s) shown", "", n) for n in (1, 2)] == \
        ["1 person shown", "2 people shown"]
    assert tr("Programme", "Add %n acts to the running order", "", 1) == \
        "Add 1 act to the running order"
    assert tr("ProblemListModel", "… and %n more like these", "", 1) == \
        "… and 1 more like this"
    assert i18n_tool.english_plurals("%n day(s)") == ("%n day", "%n days")


def test_no_catalogue_carries_a_file_dialogs_separator():
    """File dialogs' filters are built by `file_filters`: a translation holds a name, never
    the patterns or the ";;" Qt parses (which a translator could break, and which put
    ASCII punctuation beside Chinese)."""
    import xml.etree.ElementTree as ET

    carrying = [message.findtext("source") for ts in sorted(i18n_tool.I18N.glob("*.ts"))
                for message in ET.parse(ts).getroot().iter("message")
                if ";;" in (message.findtext("source") or "")]
    assert carrying == []
