"""Rebuild a model value with every value of one type inside it changed.

The parser maps each :class:`~vnadmindoc.model.Span` from cleaned to source offsets this way,
and the restoration of lost letters writes each string back as the text prints it.

>>> from vnadmindoc.model import Issuer
>>> map_inside(Issuer(name="sở y tế", parent=None), str, str.upper)
Issuer(name='SỞ Y TẾ', parent=None)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["map_inside"]

# Values with nothing inside them: the walk does not look into them.
_SCALARS: frozenset[type] = frozenset({str, int, float, bool, type(None)})
# Per attrs class, the (attribute, argument) names of its fields, read once.
_FIELDS: dict[type, list[tuple[str, str]]] = {}


def map_inside(value: Any, kind: type, change: Callable[[Any], Any]) -> Any:
    """``value`` with ``change`` applied to every ``kind`` inside it (in attrs classes and
    tuples); parts with nothing changed are the same objects."""
    return _map(value, kind, change, _SCALARS - {kind})


def _map(value: Any, kind: type, change: Callable[[Any], Any], leaves: frozenset[type]) -> Any:
    t = type(value)
    if t is kind:
        return change(value)
    if t is tuple:
        if all(type(v) in leaves for v in value):
            return value
        return tuple([_map(v, kind, change, leaves) for v in value])
    names = _FIELDS.get(t)
    if names is None:
        if not attrs.has(t):
            return value
        names = _FIELDS[t] = [(f.name, f.alias or f.name) for f in attrs.fields(t) if f.init]
    # attrs.evolve, with the field names read once per class.
    arguments = {}
    changed = False
    for name, alias in names:
        old = arguments[alias] = getattr(value, name)
        if type(old) not in leaves:
            new = _map(old, kind, change, leaves)
            if new is not old:
                arguments[alias] = new
                changed = True
    return t(**arguments) if changed else value
