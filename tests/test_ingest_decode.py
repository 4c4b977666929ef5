"""Binary refusal: control characters throughout mark binary data; one stray one does not."""

from __future__ import annotations

import pytest

from hito.ingest.decode import decode_bytes
from hito.ingest.errors import IngestError


def test_a_short_text_with_one_stray_control_character_is_text() -> None:
    # A lines file of two short lines, one with a backspace pasted in: each line is judged
    # on its own later, not the whole file refused as binary.
    assert decode_bytes(b'""\n{\x08') == '""\n{\x08'
    assert decode_bytes(b"Tiroteo en\x07 La Mesilla") == "Tiroteo en\x07 La Mesilla"


def test_a_short_text_with_one_stray_nul_is_text() -> None:
    # A NUL is one more control character: a lines file with one in a line fails that line,
    # and keeps the others (a property test found the whole file refused).
    assert decode_bytes(b'""\n{\x00') == '""\n{\x00'


def test_nuls_throughout_are_binary() -> None:
    with pytest.raises(IngestError, match="binary file, not text"):
        decode_bytes(b"\x00\xff" * 100)
    with pytest.raises(IngestError, match="binary file, not text"):
        decode_bytes("Tiroteo en La Mesilla".encode("utf-16-le"))
    # A NUL beside bytes that are not UTF-8: a binary header, however short.
    with pytest.raises(IngestError, match="binary file, not text"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_control_characters_throughout_are_binary() -> None:
    with pytest.raises(IngestError, match="binary file, not text"):
        decode_bytes(bytes(range(1, 9)) * 40)
    with pytest.raises(IngestError, match="binary file, not text"):
        decode_bytes(b"\x01\x02\x03\x04\x05\x06\x0e\x0f\x10\x11\x12\x13\x14\x15" * 2)
