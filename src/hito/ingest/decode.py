"""Bytes to text: refuse binary files, and read legacy encodings instead of failing on them."""

from __future__ import annotations

import codecs
import unicodedata

from hito.ingest.errors import IngestError

_SNIFF_CHARS = 8192
# Text files carry almost no control characters; decoded binary data is full of them.
_MAX_CONTROL_RATIO = 0.05
# ... judged as if a short text were this long: one stray character in a two-line file is a
# typo to fail that line for, not a sign of binary data.
_MIN_SNIFF_CHARS = 200


def _looks_binary(text: str) -> bool:
    sample = text[:_SNIFF_CHARS]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ch not in "\n\r\t\f" and unicodedata.category(ch) == "Cc")
    return controls / max(len(sample), _MIN_SNIFF_CHARS) > _MAX_CONTROL_RATIO


def decode_bytes(data: bytes) -> str:
    """Decode file content: UTF-16 with BOM, else UTF-8, else cp1252, else latin-1.

    cp1252 before latin-1 because Windows-authored Spanish files use its curly quotes and
    dashes; latin-1 decodes any byte string, so nothing is ever dropped at this stage.
    Raises IngestError for binary content.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError("binary file, not text") from exc
    else:
        # A NUL is valid UTF-8: in UTF-8 text one stray NUL is a control character like any
        # other, judged by their share (`_looks_binary`); legacy 8-bit text holds none, so
        # beside bytes that are not UTF-8 it marks binary data (a PNG header).
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if b"\x00" in data:
                raise IngestError("binary file, not text") from exc
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    if _looks_binary(text):
        raise IngestError("binary file, not text")
    return text
