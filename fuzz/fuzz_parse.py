"""Atheris fuzz target for :func:`vnadmindoc.parse` and :func:`vnadmindoc.load`.

Any exception that is not a :class:`vnadmindoc.errors.VnAdminDocError` is a crash.
See ``fuzz/README.md`` for how to run it.
"""

from __future__ import annotations

import contextlib
import sys

import atheris  # type: ignore[import-untyped]

with atheris.instrument_imports():
    import vnadmindoc
    from vnadmindoc.errors import VnAdminDocError


def test_one_input(data: bytes) -> None:
    # Text as a caller holding a str would pass it.
    with contextlib.suppress(VnAdminDocError):
        for document in vnadmindoc.parse(data.decode("utf-8", errors="replace")):
            vnadmindoc.validate(document)
    # The bytes entry point: encoding detection (UTF-8/16, cp1258), then parse.
    with contextlib.suppress(VnAdminDocError):
        vnadmindoc.load(data, "text")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
