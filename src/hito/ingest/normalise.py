"""Text normalisation: the canonical form a report's text is stored, hashed and annotated in."""

from __future__ import annotations

import hashlib
import re
import unicodedata

import ftfy

_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")
# Control characters (Unicode category Cc) except tab and newline, plus invisible debris
# from editors and CMS exports (BOM, zero-width space, soft hyphen), plus lone surrogates
# (JSON "\ud800" escapes, undecodable file names): they are not text and cannot be encoded.
_DROPPED = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufeff\u200b\u00ad\ud800-\udfff]")
# C1 controls go too, but only after mojibake repair: "â€\x9d" is a mangled quote mark.
_C1 = re.compile(r"[\x80-\x9f]")
# What UTF-8 read as Windows-1252 or Latin-1 always leaves: a lead byte (Â..ô) followed by
# a continuation byte's character (\x80-\xbf, or what cp1252 puts there: € ‚ ƒ „ … † ‡ ˆ
# ‰ Š ‹ Œ Ž ' ' " " • – — ˜ ™ š › œ ž Ÿ). Only text with such a pair goes to ftfy, which
# costs 1 ms a report where this search costs microseconds.
_MOJIBAKE_PAIR = re.compile(
    "[\xc2-\xf4][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039"
    "\u203a\u20ac\u2122]"
    # NBSP (C2 A0) and à (C3 A0) end in A0, a no-break space, which the layout made a space
    "|[\xc2\xc3] "
    # a no-break space at a line's end is stripped with the layout, leaving its lead alone
    "|\xc2(?=\n|$)"
)
_LONE_LEAD = re.compile("\xc2(?=\n|$)")
# NBSP and the other Unicode spaces (category Zs) become plain spaces so that downstream
# number and date patterns ("600\u00a0policías") see ordinary word gaps.
_UNICODE_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SPACE_RUNS = re.compile(r" {2,}")
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """Canonical text: mojibake repaired, NFC, no control characters, '\\n' line ends,
    single spaces, at most one blank line between paragraphs, no surrounding whitespace.

    Idempotent: normalise_text(normalise_text(x)) == normalise_text(x).
    """
    # UTF-8 decoded as Windows-1252 or Latin-1 somewhere upstream ("ejÃ©rcito"): ftfy
    # undoes it only where the result is far likelier text. It reads the text after the
    # layout is canonical, so that spacing never changes what it decides, and before the
    # C1 controls go, because some of them are the debris it mends.
    for _ in range(MAX_PASSES):
        kept = _layout(text, keep_c1=True)
        mangled = _MOJIBAKE_PAIR.search(kept) is not None
        if not mangled and not _C1.search(kept):
            # nothing to mend and nothing left to drop: this text is its own normal form
            return kept
        # mending, or dropping a control character that joins two halves of a mangled
        # letter, can expose more to repair: pass again until nothing changes
        mended = _LONE_LEAD.sub("", ftfy.fix_encoding(kept)) if mangled else kept
        cleaned = _layout(mended, keep_c1=False)
        if cleaned == text:
            break
        text = cleaned
    return text


MAX_PASSES = 4


def _layout(text: str, keep_c1: bool) -> str:
    text = _LINE_BREAKS.sub("\n", text)
    text = _UNICODE_SPACES.sub(" ", _DROPPED.sub("", text))
    if not keep_c1:
        text = _C1.sub("", text)
    # NFC after dropping: a removed control char may have separated a letter from its accent.
    text = unicodedata.normalize("NFC", text)
    lines = [_SPACE_RUNS.sub(" ", line).strip(" \t") for line in text.split("\n")]
    text = _BLANK_RUNS.sub("\n\n", "\n".join(lines))
    return text.strip()


def content_hash(text: str) -> str:
    """SHA-256 hex digest of the normalised text: a report's identity in the store."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
