"""A first, cheap look at a spreadsheet file (its format, size and container), and cell helpers."""

from __future__ import annotations

import enum
import re
import unicodedata
import zipfile
from pathlib import Path

from gala_manager.core import errors
from gala_manager.core.import_rows import CategoryFilter
from gala_manager.imports.zip_limits import check_parts

MAX_FILE_BYTES = 20 * 1024 * 1024
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_SNIFF_BYTES = 64 * 1024
_MARKS = CategoryFilter("PZSC")  # what a header's comparison leaves out
_SPACES = re.compile(r"\s+")
_HTML = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html|table)\b", re.IGNORECASE)


class Format(enum.StrEnum):
    """What a file holds, found from its bytes (never from its name)."""

    XLSX = "xlsx"  # also .xlsm: the same container
    XLSB = "xlsb"
    XLS = "xls"    # Excel 97-2003, what many WPS users still save
    ODS = "ods"
    CSV = "csv"


def _fail(path: Path, reason: str, detail: str = "") -> errors.WorkbookError:
    return errors.WorkbookError(path, reason, detail)


def check_container(path: Path) -> Format:
    """The file's format, after refusing what no reader should see (cheap checks first).

    Every reader passes here: missing files, folders, empty and oversized files,
    password protection, zip bombs and files that are no spreadsheet at all are
    refused with a `WorkbookError` (or the file errors of `core.errors`).
    """
    if not path.exists():
        raise errors.FileMissingError(path)
    if path.is_dir():
        raise errors.IsDirectoryError(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
            if head.startswith(_OLE):
                # Password-protected .xlsx files are OLE containers holding an
                # EncryptionInfo stream; other OLE files are binary .xls.
                data = head + handle.read(MAX_FILE_BYTES)
                if _ENCRYPTION_STREAM in data:
                    raise _fail(path, "encrypted")
    except OSError as exc:  # no access, or a disk/network error while reading
        raise errors.PermissionDeniedError(path) from exc
    if size == 0:
        raise _fail(path, "empty")
    if size > MAX_FILE_BYTES:
        raise _fail(path, "too_large", f"{size} bytes > {MAX_FILE_BYTES}")
    if head.startswith(_OLE):
        return Format.XLS
    if head.startswith(b"PK"):
        return _check_zip(path)
    if _HTML.match(head):
        raise _fail(path, "html")  # a web page saved under a spreadsheet's name
    if looks_like_text(head):
        return Format.CSV
    raise _fail(path, "not_spreadsheet")


def _check_zip(path: Path) -> Format:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            check_parts(path, infos)  # before any part is read, by us or a reader
            names = {info.filename for info in infos}
            mime = archive.read("mimetype")[:100] if "mimetype" in names else b""
            manifest = (archive.read("META-INF/manifest.xml")[:MAX_FILE_BYTES]
                        if mime.startswith(_ODS_MIME) and "META-INF/manifest.xml" in names
                        else b"")
    except zipfile.BadZipFile as exc:
        raise _fail(path, "truncated" if "not a zip" in str(exc) else "corrupt") from exc
    except (OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise _fail(path, "corrupt", type(exc).__name__) from exc
    if "xl/workbook.xml" in names:
        return Format.XLSX
    if "xl/workbook.bin" in names:
        return Format.XLSB
    if mime.startswith(_ODS_MIME):
        if b"encryption-data" in manifest:
            raise _fail(path, "encrypted")
        return Format.ODS
    raise _fail(path, "not_spreadsheet")  # a .docx, an .apk, a zip of photos


def looks_like_text(head: bytes) -> bool:
    """Whether the first bytes of a file are text (UTF-8, UTF-16 with BOM or GB18030)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\0" in head:
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError as exc:
            if len(head) < _SNIFF_BYTES or exc.start < len(head) - 3:
                continue
            text = head[:exc.start].decode(encoding)  # the block ends inside a character
        controls = sum(1 for ch in text if ch < " " and ch not in "\t\r\n\f")
        return controls <= len(text) // 100
    return False


def normalise_header(text: object) -> str:
    """A header cell reduced for comparison: fullwidth→halfwidth, case, spaces and
    punctuation dropped (so "名称：", " Title* " and "ＴＩＴＬＥ" all compare equal)."""
    return unicodedata.normalize("NFKC", "" if text is None else str(text)).casefold() \
        .translate(_MARKS)


def cell_text(value: object) -> str:
    """A cell as the user typed it: trimmed, nothing else changed (None → "", 12.0 → "12",
    dates in ISO form). Full-width punctuation, 《》 and （） stay as they are."""
    if value.__class__ is str:  # most cells: first
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ") if hasattr(value, "date") else value.isoformat()
    return str(value).strip()


def number_text(value: object) -> str:
    """A number, duration, price or phone cell as comparable text: full-width digits,
    letters and signs made half-width ("１２ｍｉｎ" → "12min"), then trimmed."""
    return unicodedata.normalize("NFKC", cell_text(value)).strip()


def phone_text(value: object) -> str:
    """A phone number as text although Excel stored it as a number:
    13812345678.0 → "13812345678", "１３８ 1234 5678" → "13812345678"."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(int(value)) if float(value).is_integer() else str(value)
    return _SPACES.sub("", number_text(value))
