"""A time limit on parsing: the last guard against input that would take too long.

Every pattern is written to run in linear time, and adversarial inputs are
tested; still, an archive of millions of files should not hang on one.  Within
:func:`time_limit`, the whole-text regular-expression scans get the
``regex`` module's ``timeout`` and the parser's loops check the clock; when
time is up they raise :class:`~vnadmindoc.errors.ParseTimeoutError`.

>>> with time_limit(5.0):
...     remaining() is not None
True
>>> remaining() is None
True
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from vnadmindoc.errors import ParseTimeoutError

__all__ = ["check", "remaining", "time_limit"]

_DEADLINE: ContextVar[float | None] = ContextVar("vnadmindoc_deadline", default=None)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Limit the parsing done inside the block to ``seconds`` (``None``: no limit).

    A limit set inside another keeps the earlier deadline if that comes first.
    """
    if seconds is None:
        yield
        return
    if seconds <= 0:
        raise ValueError(f"a time limit must be positive, not {seconds!r}")
    deadline = time.monotonic() + seconds
    outer = _DEADLINE.get()
    token = _DEADLINE.set(deadline if outer is None else min(outer, deadline))
    try:
        yield
    except ParseTimeoutError:
        raise
    except TimeoutError as exc:  # raised by a regex scan given remaining()
        raise ParseTimeoutError(f"parsing took longer than {seconds:g} s") from exc
    finally:
        _DEADLINE.reset(token)


def remaining() -> float | None:
    """Seconds left before the deadline, for a ``regex`` call's ``timeout``; ``None`` if none."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return None
    left = deadline - time.monotonic()
    if left <= 0:
        raise ParseTimeoutError("parsing took longer than its time limit")
    return left


def check() -> None:
    """Raise :class:`~vnadmindoc.errors.ParseTimeoutError` when the deadline has passed."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline:
        raise ParseTimeoutError("parsing took longer than its time limit")
