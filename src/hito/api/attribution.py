"""Who merged, split or kept apart events by hand.

The store's fusion history has a free-text note but no column for the editor, so the API
writes the editor at the head of the note, `[token:ID (label)] why`, in the same statement
as the change itself (nothing can record one without the other), and reads it back here.
Notes written by the command line (`hito fuse merge ...`) have no such head and read as
made by "editor".
"""

from __future__ import annotations

import re

_HEAD = re.compile(r"\[(token:[^\]\s]+(?: \([^\]]*\))?|anonymous)\](?: (.*))?\Z", re.DOTALL)


def signed_note(who: str, note: str | None) -> str:
    # A "]" inside a label would end the head early and leak into the note when read back.
    head = f"[{who.replace(']', ')')}]"
    return f"{head} {note}" if note else head


def read_note(note: str | None, manual: bool) -> tuple[str, str | None]:
    """(who, note) of a history entry: fusion's own, an API editor's, or the CLI's."""
    if not manual:
        return "fusion", note
    found = _HEAD.match(note or "")
    if found is None:
        return "editor", note
    return found.group(1), found.group(2) or None
