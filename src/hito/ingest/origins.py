"""Where a failure came from: the file, folder or URL to read again to retry it.

read_paths names what it yields after the input it read: a file or folder path (bytes that
are not UTF-8 as \\xNN), a URL, or an item inside a file: `file:LINE` (JSON Lines),
`file[INDEX]` (a JSON list), `file#ENTRY` and `url#ENTRY` (feeds).
"""

from __future__ import annotations

import re
from pathlib import Path

from hito.ingest.fetch import is_url
from hito.ingest.limits import path_from_name

_ITEM_SUFFIX = re.compile(r"^(?P<origin>.+?)(?::\d+|\[\d+\]|#\d+)$")


def _existing(name: str) -> str | None:
    for candidate in dict.fromkeys((name, path_from_name(name))):
        try:
            if Path(candidate).exists():
                return candidate
        except (OSError, ValueError):  # a name too long, or with a NUL byte
            continue
    return None


def origin_of(source: str) -> str | None:
    """The input to read again for a failure of `source`: a URL, or the path of a file or
    folder that exists now; None when it is gone (or `source` names no input)."""
    if is_url(source):
        match = re.match(r"^(.*)#\d+$", source)
        return match.group(1) if match else source
    found = _existing(source)
    if found is not None:
        return found
    match = _ITEM_SUFFIX.match(source)
    return _existing(match.group("origin")) if match else None
