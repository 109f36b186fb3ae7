"""Optional dependencies, imported when first needed with a message naming the extra."""

from __future__ import annotations

import importlib
from types import ModuleType

from vnadmindoc.errors import MissingExtraError

__all__ = ["require"]


def require(module: str, *, needed_by: str, package: str, extra: str) -> ModuleType:
    """Import ``module``, or raise :class:`MissingExtraError` saying which extra provides it."""
    try:
        importlib.import_module(module.partition(".")[0])  # the distribution itself
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(
            f'{needed_by} needs {package}: pip install "vnadmindoc[{extra}]"'
        ) from exc
