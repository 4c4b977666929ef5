"""Bounds on the work one input can cause, and the one-line form of every failure message.

A batch must survive whatever it is given: a 50 MB file on one line, a page nested a
hundred thousand levels deep, a report naming ten thousand places. Three bounds keep one
input from stalling the rest (docs/reliability.md lists them):

- characters: a report's text is cut to MAX_REPORT_CHARS, an HTML page to MAX_HTML_CHARS,
  and the cut is recorded as a failure so nothing is dropped silently;
- time: `time_limit` interrupts an item that takes longer than a wall-clock budget, at a
  point where the interruption becomes that item's failure and the batch goes on;
- size: files over MAX_FILE_BYTES are refused (hito.ingest.sources).
"""

from __future__ import annotations

import os
import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import CodeType, FrameType
from typing import Any

# About 15,000 words: a long magazine feature. Longer texts are compilations or dumps.
MAX_REPORT_CHARS = 100_000
# Raw text beyond this many characters is not even normalised (the cut is recorded).
MAX_RAW_CHARS = 8 * MAX_REPORT_CHARS
# Main-text extraction grows faster than linearly with page size (2 MB takes ~4 s).
MAX_HTML_CHARS = 2_000_000
MAX_TITLE_CHARS = 1_000
MAX_URL_CHARS = 2_048
MAX_REASON_CHARS = 300
# Default wall-clock budget of one item in `hito ingest` and `hito retry`.
DEFAULT_TIME_LIMIT_S = 60.0

_SURROGATES = re.compile(r"[\ud800-\udfff]")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_ESCAPES = re.compile(r"\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|(.[^\\]*)", re.DOTALL)


def one_line(message: str, limit: int = MAX_REASON_CHARS) -> str:
    """`message` on one line, safe to store and print: no control characters, no lone
    surrogates (shown as \\udcxx), at most `limit` characters."""
    message = _SURROGATES.sub(lambda m: f"\\u{ord(m.group()):04x}", message[: limit * 4])
    text = " ".join(_CONTROLS.sub(" ", message).split()) or "unknown error"
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _escaped(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable_name(name: str) -> str:
    """`name` with control characters, line separators and lone surrogates written as
    \\xNN / \\uNNNN escapes: one printable line that still says which file it was."""
    return _UNPRINTABLE.sub(lambda m: _escaped(m.group()), name)


def path_name(path: str | os.PathLike[str]) -> str:
    """A path as the text hito stores and prints: bytes of a name that are not UTF-8 become
    \\xNN, control characters \\xNN or \\uNNNN (`path_from_name` undoes both)."""
    return printable_name(os.fsencode(path).decode("utf-8", "backslashreplace"))


def path_from_name(name: str) -> str:
    """Undo `path_name`'s escapes: the str path that names the same file."""
    if "\\x" not in name and "\\u" not in name:
        return name

    def piece(m: re.Match[str]) -> bytes:
        if m.group(1):
            return bytes([int(m.group(1), 16)])
        if m.group(2):
            return chr(int(m.group(2), 16)).encode("utf-8", "surrogateescape")
        return m.group(3).encode("utf-8", "surrogateescape")

    try:
        raw = b"".join(piece(m) for m in _ESCAPES.finditer(name))
    except UnicodeEncodeError:
        return name
    return os.fsdecode(raw)


def clean_field(value: str | None, limit: int) -> str | None:
    """A metadata string (a URL) without control characters or lone surrogates, stripped;
    None when empty or longer than `limit` (a cut URL would point somewhere else)."""
    if not value or len(value) > limit * 4:
        return None
    text = _CONTROLS.sub("", _SURROGATES.sub("", value)).strip()
    if not text or len(text) > limit:
        return None
    return text


def cut_text(text: str, limit: int = MAX_REPORT_CHARS) -> str:
    """The longest prefix of `text` of at most `limit` characters that ends at a paragraph,
    line, sentence or word break in its second half (a hard cut when there is none)."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    floor = limit // 2
    for breaker in ("\n\n", "\n", ". ", " "):
        at = head.rfind(breaker)
        if at >= floor:
            return head[: at + (1 if breaker == ". " else 0)].rstrip()
    return head


_CUT = " cut to its first "


def cut_notice(kept: int, total: int, what: str = "report text") -> str:
    """The failure reason that records a cut: what was kept of how much."""
    return (
        f"{what}{_CUT}{kept:,} of {total:,} characters (limit per report);"
        " the rest was not processed"
    )


def is_cut_notice(reason: str) -> bool:
    """Whether a failure reason records a cut (the report itself was read)."""
    return _CUT in reason and reason.endswith("the rest was not processed")


# -- time ----------------------------------------------------------------------------------


class ReportTimeLimit(Exception):
    """Raised inside an item's reading or processing when it runs past the time limit."""


def _interruptible_codes(functions: list[Callable[..., Any]]) -> frozenset[CodeType]:
    codes = set()
    for fn in functions:
        code = getattr(fn, "__code__", None)
        if isinstance(code, CodeType):
            codes.add(code)
    return frozenset(codes)


@contextmanager
def time_limit(
    seconds: float | None, interruptible: list[Callable[..., Any]]
) -> Iterator[Callable[[], None]]:
    """Give each item of a batch `seconds` of wall-clock time; yields `next_item()`, to be
    called when an item is done (it restarts the clock).

    When the clock runs out, ReportTimeLimit is raised in the running code, but only while
    one of the `interruptible` functions is on the stack (reading or processing, where an
    exception becomes that item's failure); elsewhere (saving to the database) it waits and
    checks again every half second. Needs SIGALRM (Unix) and the main thread; anywhere else,
    and for `seconds` None or 0, it is a no-op.
    """
    usable = (
        bool(seconds)
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable or seconds is None:
        yield lambda: None
        return
    codes = _interruptible_codes(interruptible)
    budget = float(seconds)

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        f = frame
        while f is not None:
            if f.f_code in codes:
                # Fire again shortly in case the code swallows the exception and goes on.
                signal.setitimer(signal.ITIMER_REAL, 1.0)
                raise ReportTimeLimit(
                    f"took longer than {budget:g} s (the time limit per report, --time-limit)"
                )
            f = f.f_back
        signal.setitimer(signal.ITIMER_REAL, 0.5)

    def next_item() -> None:
        signal.setitimer(signal.ITIMER_REAL, budget)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    next_item()
    try:
        yield next_item
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
