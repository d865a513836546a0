"""Extract, fill and compile the translation catalogues (one per area).

    python tools/i18n.py update [AREA...]  # lupdate the catalogues (zh_CN and en)
    python tools/i18n.py missing [AREA]    # list untranslated zh_CN strings
    python tools/i18n.py apply AREA FILE.json   # {"Context": {"source": "译文"}}
    python tools/i18n.py build             # lrelease every .ts into .qm

English catalogues translate each string to itself, so they are complete.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("zh_CN", "en")

# Catalogue → sources (globs relative to the repo root). Each area adds its own.
CATALOGS: dict[str, list[str]] = {
    "shell": ["gala_manager/ui/*.py", "gala_manager/ui/shell/*.py",
              "gala_manager/ui/files/*.py", "gala_manager/ui/widgets/*.py",
              "gala_manager/ui/overview/*.py", "gala_manager/app/*.py",
              "gala_manager/cli.py", "gala_manager/commands/__init__.py",
              "gala_manager/commands/output.py"],
    "tasks": ["gala_manager/ui/tasks/*.py", "gala_manager/app/tasks/*.py",
              "gala_manager/commands/tasks.py"],
    "contingency": ["gala_manager/ui/contingency/*.py", "gala_manager/ui/console/*.py",
                    "gala_manager/app/contingency/*.py", "gala_manager/app/show/*.py",
                    "gala_manager/app/live/*.py", "gala_manager/commands/contingency.py",
                    "gala_manager/commands/serve.py"],
    "supplies": ["gala_manager/ui/supplies/*.py", "gala_manager/app/supplies/*.py",
                 "gala_manager/commands/supplies.py"],
    "staff": ["gala_manager/ui/staff/*.py", "gala_manager/app/staff/*.py",
              "gala_manager/commands/staff.py"],
    "programme": ["gala_manager/ui/programme/*.py", "gala_manager/app/programme/*.py",
                  "gala_manager/commands/programme.py"],
    "sponsors": ["gala_manager/ui/sponsors/*.py", "gala_manager/app/sponsors/*.py",
                 "gala_manager/commands/sponsors.py"],
    "guests": ["gala_manager/ui/guests/*.py", "gala_manager/app/guests/*.py",
               "gala_manager/commands/guests.py"],
    "draws": ["gala_manager/ui/draws/*.py", "gala_manager/app/draws/*.py",
              "gala_manager/commands/draws.py"],
    "awards": ["gala_manager/ui/awards/*.py", "gala_manager/app/awards/*.py",
               "gala_manager/commands/awards.py"],
    "quiz": ["gala_manager/ui/quiz/*.py", "gala_manager/app/quiz/*.py",
             "gala_manager/commands/quiz.py"],
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
    """Extract the strings of every (or the named) catalogue into its .ts files.

    Refuses (and writes nothing) when lupdate would drop a string that the code
    still holds: lupdate before 6.12 skips some `translate()` calls.
    """
    I18N.mkdir(parents=True, exist_ok=True)
    for area in areas or list(CATALOGS):
        in_code = _string_constants(sources(area))
        results = {}
        for lang in LANGS:
            path = ts_path(area, lang)
            old = ET.parse(path) if path.exists() else None
            with tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / path.name
                if old is not None:
                    shutil.copyfile(path, fresh)
                subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none",
                                "-target-language", lang, *sources(area), "-ts", str(fresh)],
                               cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
                tree = ET.parse(fresh)
            lost = _dropped(old, tree, in_code)
            if lost:
                raise SystemExit(
                    f"lupdate ({_tool('lupdate')}) would drop {len(lost)} string(s) of the "
                    f"{area} catalogue that the code still uses; nothing was written:\n  "
                    + "\n  ".join(f"[{context}] {source}" for context, source in lost)
                    + "\nBind the plural count of such a translate() call to a plain name.")
            _keep_plurals(tree, old)
            if lang == "en":
                _fill_english(tree)
            results[path] = tree
        # lupdate and `apply` lay XML out differently; one layout keeps diffs small.
        for path, tree in results.items():
            _write(tree, path)


def _string_constants(files: list[str]) -> set[str]:
    """Every string literal of the source files (implicit concatenations joined), but
    the contexts named in `translate(context, ...)` and `QT_TRANSLATE_NOOP(context, ...)`:
    a context such as "Tasks" is not a source text the code still holds."""
    found: set[str] = set()
    for name in files:
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        contexts = {id(node.args[0]) for node in ast.walk(tree)
                    if isinstance(node, ast.Call) and node.args
                    and (getattr(node.func, "attr", None) or getattr(node.func, "id", None))
                    in ("translate", "QT_TRANSLATE_NOOP")}
        found.update(node.value for node in ast.walk(tree)
                     if isinstance(node, ast.Constant) and isinstance(node.value, str)
                     and id(node) not in contexts)
    return found


def _dropped(old: ET.ElementTree | None, new: ET.ElementTree,
             in_code: set[str]) -> list[tuple[str, str]]:
    """Messages of the old catalogue that the code still holds but the new one lost.

    A string that moved to another context is kept, not lost.
    """
    if old is None:
        return []
    kept = {message.findtext("source") for _context, message in _messages(new)}
    return [(context, message.findtext("source")) for context, message in _messages(old)
            if message.findtext("source") not in kept and message.findtext("source") in in_code]


def _keep_plurals(tree: ET.ElementTree, old: ET.ElementTree | None) -> None:
    """Every "%n" string is a plural message, whichever lupdate extracted it.

    lupdate 6.11 reads `translate(context, source, "", n)` as a plain message;
    6.12 as a plural one. The catalogue keeps the plural form and its translation.
    """
    previous = {(context, message.findtext("source")): message.find("translation")
                for context, message in _messages(old)} if old is not None else {}
    for context, message in _messages(tree):
        source = message.findtext("source")
        if "%n" not in source or message.get("numerus") == "yes":
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        before = previous.get((context, source))
        if before is not None and list(before.iter("numerusform")):
            message.remove(translation)
            message.append(before)
            continue
        text = translation.text
        translation.text = None
        ET.SubElement(translation, "numerusform").text = text


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


# English plurals the "(s)" rule gets wrong: the word's own plural, or a source that
# is already plural and needs its singular written out.
_IRREGULAR_WORDS = {"person(s)": ("person", "people")}
_PLURAL_SOURCES = {
    "Add %n acts to the running order": "Add %n act to the running order",
    "%n people": "%n person",
    "All %n items": "The %n item",
    "… and %n more like these": "… and %n more like this",
    "While an act performs, the next %n acts stand by backstage.":
        "While an act performs, the next act stands by backstage.",
}


def english_plurals(source: str) -> tuple[str, str]:
    """The singular and plural English forms of a "%n …(s)" source."""
    if source in _PLURAL_SOURCES:
        return _PLURAL_SOURCES[source], source
    singular, plural = source, source
    for word, (one, many) in _IRREGULAR_WORDS.items():
        singular, plural = singular.replace(word, one), plural.replace(word, many)
    return singular.replace("(s)", ""), plural.replace("(s)", "s")


def _fill_english(tree: ET.ElementTree) -> None:
    for _context, message in _messages(tree):
        translation = message.find("translation")
        source = message.findtext("source")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            # "%n day(s)" → "%n day" / "%n days": English has two plural forms.
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in english_plurals(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source


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
