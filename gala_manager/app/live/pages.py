"""The live views' pages: an HTML file of this package with its language and the shared
script (`follow.js`) filled in, served from memory."""

from __future__ import annotations

from importlib import resources


def live_page(name: str, lang: str) -> str:
    """The page `name` in `lang` ("zh_CN" or "en")."""
    folder = resources.files("gala_manager.app.live")
    script = folder.joinpath("follow.js").read_text(encoding="utf-8")
    text = folder.joinpath(name).read_text(encoding="utf-8")
    return (text.replace("{{lang}}", "zh-CN" if lang == "zh_CN" else "en")
            .replace("{{follow}}", script))
