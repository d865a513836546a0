"""Extract, fill and compile the translation catalogues (one per area).

    python tools/i18n.py update [AREA...]  # lupdate the catalogues (zh_CN and en)
    python tools/i18n.py missing [AREA]    # list untranslated zh_CN strings
    python tools/i18n.py apply AREA FILE.json   # {"Context": {"source": "译文"}}
    python tools/i18n.py build             # lrelease every .ts into .qm

English catalogues translate each string to itself, so they are complete.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("zh_CN", "en")

# Catalogue → sources (globs relative to the repo root). Each area adds its own.
CATALOGS: dict[str, list[str]] = {
    "shell": ["gala_manager/ui/*.py", "gala_manager/ui/shell/*.py",
              "gala_manager/ui/overview/*.py", "gala_manager/app/*.py",
              "gala_manager/cli.py", "gala_manager/commands/__init__.py",
              "gala_manager/commands/output.py"],
    "tasks": ["gala_manager/ui/tasks/*.py", "gala_manager/app/tasks/*.py",
              "gala_manager/commands/tasks.py"],
    "contingency": ["gala_manager/ui/contingency/*.py", "gala_manager/ui/console/*.py",
                    "gala_manager/app/contingency/*.py", "gala_manager/app/show/*.py",
                    "gala_manager/commands/contingency.py"],
    "supplies": ["gala_manager/ui/supplies/*.py", "gala_manager/app/supplies/*.py",
                 "gala_manager/commands/supplies.py"],
    "staff": ["gala_manager/ui/staff/*.py", "gala_manager/app/staff/*.py",
              "gala_manager/commands/staff.py"],
    "programme": ["gala_manager/ui/programme/*.py", "gala_manager/app/programme/*.py",
                  "gala_manager/commands/programme.py"],
}


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(local) if local.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found (pip install PySide6-Essentials)")
    return found


def sources(area: str) -> list[str]:
    """The source files of a catalogue."""
    return sorted({str(p.relative_to(ROOT)) for pattern in CATALOGS[area]
                   for p in ROOT.glob(pattern) if p.suffix == ".py"})


def ts_path(area: str, lang: str) -> Path:
    """The .ts file of a catalogue in a language."""
    return I18N / f"{area}_{lang}.ts"


def update(areas: list[str] | None = None) -> None:
    """Extract the strings of every (or the named) catalogue into its .ts files."""
    I18N.mkdir(parents=True, exist_ok=True)
    for area in areas or list(CATALOGS):
        for lang in LANGS:
            subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none",
                            "-target-language", lang, *sources(area),
                            "-ts", str(ts_path(area, lang))], cwd=ROOT, check=True,
                           stdout=subprocess.DEVNULL)
        _fill_english(ts_path(area, "en"))
        # lupdate and `apply` lay XML out differently; one layout keeps diffs small.
        _write(ET.parse(ts_path(area, "zh_CN")), ts_path(area, "zh_CN"))


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def _fill_english(path: Path) -> None:
    tree = ET.parse(path)
    for _context, message in _messages(tree):
        translation = message.find("translation")
        source = message.findtext("source")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            # "%n day(s)" → "%n day" / "%n days": English has two plural forms.
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
    _write(tree, path)


def missing(area: str | None = None) -> dict[str, dict[str, str]]:
    """Untranslated zh_CN strings, by context."""
    found: dict[str, dict[str, str]] = {}
    for name in [area] if area else list(CATALOGS):
        tree = ET.parse(ts_path(name, "zh_CN"))
        for context, message in _messages(tree):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if not all((f or "").strip() for f in forms) or translation.get("type") == "unfinished":
                found.setdefault(context, {})[message.findtext("source")] = ""
    return found


def apply(area: str, data: dict[str, dict[str, str]]) -> int:
    """Fill zh_CN translations from {context: {source: translation}}; returns the count."""
    path = ts_path(area, "zh_CN")
    tree = ET.parse(path)
    count = 0
    for context, message in _messages(tree):
        text = data.get(context, {}).get(message.findtext("source"))
        if text:
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            forms = list(translation.iter("numerusform"))
            if forms:  # Chinese has one plural form
                forms[0].text = text
                for extra in forms[1:]:
                    translation.remove(extra)
            else:
                translation.text = text
            count += 1
    _write(tree, path)
    return count


def build(out_dir: Path | None = None) -> None:
    """Compile every .ts into a .qm (beside it, or into `out_dir`)."""
    for ts in sorted(I18N.glob("*.ts")):
        qm = (out_dir or I18N) / ts.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str]) -> int:
    """Command-line entry point."""
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    command, rest = argv[0], argv[1:]
    if command == "update":
        update(rest or None)
    elif command == "missing":
        result = missing(rest[0] if rest else None)
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 1 if result else 0
    elif command == "apply":
        data = json.loads(Path(rest[1]).read_text(encoding="utf-8"))
        print(f"{apply(rest[0], data)} translations applied")
    elif command == "build":
        build()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
