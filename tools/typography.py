"""Find (and in catalogues, fix) half-width punctuation next to Chinese characters.

    python tools/typography.py       # list offending zh_CN translations and code literals
    python tools/typography.py fix   # rewrite the zh_CN catalogues' translations, then list

Chinese text takes full-width punctuation between Chinese words (，：；（）？！);
half-width stays inside numbers, times, Latin words and code. A string offends
when an ASCII `, : ; ( ) ? !` stands next to a CJK character (spaces between
count as next to), or pairs an ASCII parenthesis with a full-width one.
Code literals checked are the Chinese ones: English translation sources (their
zh_CN translations are checked instead), docstrings and raw strings (patterns)
are left out, as is a literal whose lines carry a `# typography:` comment
saying why it keeps half-width marks (marks as users type them, matched on
import).
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CJK = "\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff01-\uff60"
HALF = ",:;()?!"
FULL = dict(zip(HALF, "，：；（）？！", strict=True))
OFFENCE = re.compile(rf"[{CJK}][ \t]*[{re.escape(HALF)}]|[{re.escape(HALF)}][ \t]*[{CJK}]")
# Code inside a translation keeps its marks: file-dialog filters ("PDF 文件 (*.pdf);;…")
# and menu mnemonics ("文件(&F)", the Chinese convention for an accelerator).
CODE = re.compile(r"\(\*[^()]*\)|;;|\(&[^()]\)")
_TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
MARKER = "# typography:"


def offends(text: str) -> bool:
    """Whether `text` has an ASCII `,:;()?!` next to a CJK character (outside code),
    or a parenthesis pair half ASCII, half full-width."""
    text = CODE.sub("\x01", text)
    return bool(OFFENCE.search(text)) or any(_mixed(text, *pair) for pair in _pairs(text))


def _is_cjk(char: str) -> bool:
    return bool(char) and re.match(rf"[{CJK}]", char) is not None


def _neighbour(text: str, index: int, step: int) -> str:
    """The first character from `index` in direction `step` that is not a space or tab."""
    index += step
    while 0 <= index < len(text) and text[index] in " \t":
        index += step
    return text[index] if 0 <= index < len(text) else ""


def _pairs(text: str) -> list[tuple[int, int]]:
    """Matching parentheses, ASCII or full-width, as (opening, closing) indexes."""
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    for index, char in enumerate(text):
        if char in "(（":
            stack.append(index)
        elif char in ")）" and stack:
            pairs.append((stack.pop(), index))
    return pairs


def _mixed(text: str, opening: int, closing: int) -> bool:
    return (text[opening] == "(") != (text[closing] == ")")


def _touches(text: str, index: int) -> bool:
    return _is_cjk(_neighbour(text, index, -1)) or _is_cjk(_neighbour(text, index, 1))


def fix(text: str) -> str:
    """Full-width punctuation wherever a half-width mark stands next to Chinese.

    A pair of parentheses turns full-width together when either end touches
    Chinese or the other end is full-width already. Spaces around a mark that
    turned full-width go: the full-width mark carries its own space. Code
    (filters, mnemonics) is kept as it is.
    """
    spans = CODE.findall(text)
    text = CODE.sub("\x01", text)
    while offends(text):
        turn = {index for index, char in enumerate(text)
                if char in HALF and _touches(text, index)}
        for opening, closing in _pairs(text):
            if _mixed(text, opening, closing) or {opening, closing} & turn:
                turn |= {index for index in (opening, closing) if text[index] in HALF}
        marked = "".join("\0" + FULL[char] + "\0" if index in turn else char
                         for index, char in enumerate(text))
        text = re.sub(r"[ \t]*\0(.)\0[ \t]*", r"\1", marked)
    pieces = text.split("\x01")
    return pieces[0] + "".join(span + piece for span, piece in zip(spans, pieces[1:], strict=True))


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def _translations(message: ET.Element) -> list[ET.Element]:
    translation = message.find("translation")
    return list(translation.iter("numerusform")) or [translation]


def catalogue_problems(i18n: Path | None = None) -> list[str]:
    """Every offending zh_CN translation, as "file [context] translation".

    A separator (a source of punctuation and spaces only, such as "; ") joins
    Chinese words, so its translation takes full-width marks too (、；).
    """
    found = []
    for path in sorted((i18n or ROOT / "resources" / "i18n").glob("*_zh_CN.ts")):
        for context, message in _messages(ET.parse(path)):
            separator = not re.search(r"[^\W_]", message.findtext("source") or "")
            found += [f"{path.name} [{context}] {element.text!r}"
                      for element in _translations(message)
                      if element.text and (offends(element.text) or separator and any(
                          mark in element.text for mark in HALF))]
    return found


def fix_catalogues(i18n: Path | None = None) -> int:
    """Rewrite offending zh_CN translations in place; returns how many changed."""
    sys.path.insert(0, str(ROOT / "tools"))
    from i18n import _write  # the same XML layout as `i18n.py update`

    changed = 0
    for path in sorted((i18n or ROOT / "resources" / "i18n").glob("*_zh_CN.ts")):
        tree = ET.parse(path)
        for _context, message in _messages(tree):
            for element in _translations(message):
                if element.text and offends(element.text):
                    element.text = fix(element.text)
                    changed += 1
        _write(tree, path)
    return changed


def _skipped(tree: ast.Module) -> set[int]:
    """ids of the docstrings and translation sources of a module."""
    skipped = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) \
                and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant):
            skipped.add(id(body[0].value))
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in _TRANSLATING:
                skipped.update(id(arg) for arg in node.args)
    return skipped


def code_problems(files: list[Path] | None = None) -> list[str]:
    """Every offending Chinese literal of the package, as "file:line 'literal'"."""
    found = []
    for path in files or sorted((ROOT / "gala_manager").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        tree = ast.parse(source)
        skipped = _skipped(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) \
                    or id(node) in skipped or not offends(node.value):
                continue
            segment = ast.get_source_segment(source, node) or ""
            prefix = re.match(r"[A-Za-z]*", segment).group(0).lower()
            if "r" in prefix or any(MARKER in line
                                    for line in lines[node.lineno - 1:node.end_lineno]):
                continue
            name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            found.append(f"{name}:{node.lineno} {node.value!r}")
    return found


def main(argv: list[str]) -> int:
    """Command-line entry point."""
    if argv and argv[0] == "fix":
        print(f"{fix_catalogues()} translation(s) rewritten; check them with git diff")
    elif argv:
        print(__doc__)
        return 2
    problems = catalogue_problems() + code_problems()
    print("\n".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
