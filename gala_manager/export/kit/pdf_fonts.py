"""Find, register and cache a Chinese font that reportlab can embed in PDFs."""

from __future__ import annotations

import os
import re
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

# The choice lives apart so that the app can set it without loading reportlab.
from gala_manager.export.kit.font_choice import default_font
from gala_manager.export.kit.font_choice import set_default_font as set_default_font

#: reportlab's built-in Chinese font: always available, never embedded.
FALLBACK_FONT = "STSong-Light"
#: Environment variable naming a font file to use instead of searching (tests, kiosks).
ENV_FONT = "GALA_PDF_FONT"

# Preferred files, best first: (file name in lower case, label for a settings dialog).
# Only TrueType outlines embed; OpenType/CFF files (NotoSansCJK*.otf/.ttc) are
# refused by reportlab at registration and skipped there.
KNOWN_FONTS: list[tuple[str, str]] = [
    ("msyh.ttc", "Microsoft YaHei 微软雅黑"),
    ("msyh.ttf", "Microsoft YaHei 微软雅黑"),
    ("simhei.ttf", "SimHei 黑体"),
    ("simsun.ttc", "SimSun 宋体"),
    ("deng.ttf", "DengXian 等线"),
    ("simkai.ttf", "KaiTi 楷体"),
    ("simfang.ttf", "FangSong 仿宋"),
    ("pingfang.ttc", "PingFang 苹方"),
    ("stheiti light.ttc", "STHeiti 华文黑体"),
    ("stheiti medium.ttc", "STHeiti 华文黑体"),
    ("hiragino sans gb.ttc", "Hiragino Sans GB 冬青黑体"),
    ("songti.ttc", "Songti 宋体"),
    ("arial unicode.ttf", "Arial Unicode MS"),
    ("wqy-zenhei.ttc", "WenQuanYi Zen Hei 文泉驿正黑"),
    ("wqy-microhei.ttc", "WenQuanYi Micro Hei 文泉驿微米黑"),
    ("droidsansfallbackfull.ttf", "Droid Sans Fallback"),
    ("droidsansfallback.ttf", "Droid Sans Fallback"),
    ("uming.ttc", "AR PL UMing 文鼎明体"),
    ("ukai.ttc", "AR PL UKai 文鼎楷体"),
]
# Heavier faces used for <b> and headings; Chinese typesetting sets SimSun's bold in SimHei.
BOLD_COMPANIONS = {
    "msyh.ttc": "msyhbd.ttc",
    "msyh.ttf": "msyhbd.ttf",
    "simsun.ttc": "simhei.ttf",
    "deng.ttf": "dengb.ttf",
    "stheiti light.ttc": "stheiti medium.ttc",
    "songti.ttc": "stheiti medium.ttc",
}
_RANK = {name: rank for rank, (name, _label) in enumerate(KNOWN_FONTS)}
_LABELS = dict(KNOWN_FONTS)
_MAX_DEPTH = 5  # font folders nest a few levels (truetype/wqy/...); never walk a whole disk
_MAX_ENTRIES = 20000
_PROBE = "中文"  # a font that lacks these glyphs is no use for a Chinese gala


@dataclass(frozen=True)
class FontChoice:
    """The font every PDF of this run uses.

    `name` is the registered reportlab font name (use it in styles; bold/italic
    map to the same face). `embedded` is True for a TrueType file found on disk.
    `warning` is True when no usable font was found and the built-in, non-embedded
    `STSong-Light` is used: show a banner, Chinese may appear as boxes elsewhere.
    `preferred_unusable` is True when the font the user chose could not be used.
    `bold_name` is a heavier companion (Microsoft YaHei Bold, SimHei for SimSun...)
    when installed, else `name` again; `<b>` in markup uses it automatically.
    """

    name: str
    path: Path | None
    embedded: bool
    warning: bool
    label: str = ""
    preferred_unusable: bool = False
    bold_name: str = ""


@dataclass(frozen=True)
class FontCandidate:
    """A font file a settings dialog can offer; `label` is human readable."""

    path: Path
    label: str


def font_dirs() -> list[Path]:
    """Folders searched for fonts on this platform, most specific first."""
    home = Path.home()
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", "C:/Windows"))
        dirs = [windir / "Fonts", Path("C:/Windows/Fonts")]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft/Windows/Fonts")
    elif sys.platform == "darwin":
        dirs = [
            Path("/System/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"),
            Path("/Library/Fonts"),
            home / "Library/Fonts",
        ]
    else:
        data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local/share")
        dirs = [
            Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"),
            data_home / "fonts",
            home / ".local/share/fonts",
            home / ".fonts",
        ]
    unique: list[Path] = []
    for folder in dirs:
        if folder not in unique:
            unique.append(folder)
    return unique


def _walk(folder: Path) -> list[Path]:
    """Font files under `folder`, bounded in depth and count."""
    found: list[Path] = []
    seen = 0
    stack = [(folder, 0)]
    while stack and seen < _MAX_ENTRIES:
        current, depth = stack.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            seen += 1
            try:
                if entry.is_dir(follow_symlinks=False):
                    if depth < _MAX_DEPTH:
                        stack.append((Path(entry.path), depth + 1))
                elif entry.name.lower().endswith((".ttf", ".ttc")):
                    found.append(Path(entry.path))
            except OSError:
                continue
    return found


def font_usable(path: Path | str) -> bool:
    """Whether a file the user picked can be embedded (TrueType with Chinese glyphs);
    for a settings dialog to refuse e.g. an OpenType/CFF or a Latin-only font at once."""
    with _lock:
        return _register(Path(path)) is not None


def available_fonts() -> list[FontCandidate]:
    """Known Chinese TrueType fonts installed here, best first (for a settings dialog).

    Lists files by name only; a file may still turn out unusable when registered
    (`resolve_font` then moves on to the next).
    """
    files: dict[str, Path] = {}
    for folder in font_dirs():
        for path in _walk(folder):
            key = path.name.lower()
            if key in _RANK and key not in files:
                files[key] = path
    ordered = sorted(files.items(), key=lambda item: _RANK[item[0]])
    return [FontCandidate(path, _LABELS[key]) for key, path in ordered]


_registered: dict[Path, tuple[str, str, str] | None] = {}


def _load(name: str, path: Path) -> TTFont | None:
    """The first face of a TrueType file if it has Chinese glyphs; None if unusable."""
    try:
        font = TTFont(name, str(path), subfontIndex=0)
    except Exception:  # CFF outlines, damaged files, no access: try the next file
        return None
    return font if all(ord(ch) in font.face.charToGlyph for ch in _PROBE) else None


def _bold_file(path: Path) -> Path | None:
    """The bold companion of `path` in the same folder, matched case-insensitively."""
    wanted = BOLD_COMPANIONS.get(path.name.lower())
    if not wanted:
        return None
    try:
        return next((p for p in path.parent.iterdir() if p.name.lower() == wanted), None)
    except OSError:
        return None


def _register(path: Path) -> tuple[str, str, str] | None:
    """Register a font file and its bold companion; (name, label, bold name) or None."""
    path = Path(path)
    if path in _registered:
        return _registered[path]
    name = "GalaCJK-" + re.sub(r"[^A-Za-z0-9]+", "", path.stem)[:40]
    font = _load(name, path)
    result = None
    if font is not None:
        pdfmetrics.registerFont(font)
        bold_path = _bold_file(path)
        bold = _load(name + "-Bold", bold_path) if bold_path else None
        if bold is not None:
            pdfmetrics.registerFont(bold)
        bold_name = bold.fontName if bold is not None else name
        # <b>/<i> in Paragraph markup need a family; CJK fonts have no italic face.
        # The last mapping of a face name also sets its reverse lookup: end on plain.
        for italic in (1, 0):
            addMapping(name, 1, italic, bold_name)
            addMapping(name, 0, italic, name)
        result = (name, _LABELS.get(path.name.lower(), path.stem), bold_name)
    _registered[path] = result
    return result


def _fallback(preferred_unusable: bool) -> FontChoice:
    if FALLBACK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_FONT))
        for bold in (1, 0):
            for italic in (1, 0):
                addMapping(FALLBACK_FONT, bold, italic, FALLBACK_FONT)
    return FontChoice(
        FALLBACK_FONT, None, False, True, FALLBACK_FONT, preferred_unusable, FALLBACK_FONT
    )


def resolve_font(preferred: Path | str | None = None) -> FontChoice:
    """The font for PDFs: `preferred` (default: the one given to `set_default_font`,
    i.e. the user's setting) if usable, else $GALA_PDF_FONT, else the best found.

    Falls back to reportlab's `STSong-Light` with `warning=True` when nothing on
    this machine works. Registration is cached, so calling this per export is cheap
    after the first search.
    """
    with _lock:  # exports may run in worker threads; reportlab's registry is global
        return _resolve(preferred if preferred is not None else default_font())


def _resolve(preferred: Path | str | None) -> FontChoice:
    wanted = [Path(p) for p in (preferred, os.environ.get(ENV_FONT)) if p]
    for path in wanted:
        hit = _register(path)
        if hit:
            missed = preferred is not None and path != Path(preferred)
            return FontChoice(hit[0], path, True, False, hit[1], missed, hit[2])
    for candidate in _candidates():
        hit = _register(candidate.path)
        if hit:
            return FontChoice(hit[0], candidate.path, True, False, hit[1], bool(preferred), hit[2])
    return _fallback(bool(preferred))


_search_cache: list[FontCandidate] | None = None
_lock = threading.RLock()


def _candidates() -> list[FontCandidate]:
    global _search_cache
    if _search_cache is None:
        _search_cache = available_fonts()
    return _search_cache


def clear_cache() -> None:
    """Forget the search result (after installing a font, or in tests)."""
    global _search_cache
    _search_cache = None
