"""Reading back what a test PDF contains: text per page and embedded font files."""

from __future__ import annotations

import io

from pypdf import PdfReader


def page_texts(data: bytes) -> list[str]:
    """The extracted text of each page."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def font_descriptors(data: bytes) -> list[dict]:
    """Every /FontDescriptor used by the pages' fonts (Type0 descendants included)."""
    found = []
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {}).get_object()
        for ref in fonts.values():
            font = ref.get_object()
            members = [font] + [d.get_object() for d in font.get("/DescendantFonts", [])]
            for member in members:
                if "/FontDescriptor" in member:
                    found.append(member["/FontDescriptor"].get_object())
    return found
