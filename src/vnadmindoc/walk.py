"""Rebuild a model value with every value of one type inside it changed.

The parser maps each :class:`~vnadmindoc.model.Span` from cleaned to source offsets this way,
and the restoration of lost letters writes each string back as the text prints it.

>>> from vnadmindoc.model import Issuer
>>> map_inside(Issuer(name="sở y tế", parent=None), str, str.upper)
Issuer(name='SỞ Y TẾ', parent=None)
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any

import attrs

__all__ = ["map_inside"]

# Values with nothing inside them: the walk does not look into them.
_SCALARS: frozenset[type] = frozenset({str, int, float, bool, type(None)})


# Per class, a reader of the values of the fields __init__ takes (a tuple) and their argument
# names, found once; None for a class that is neither attrs nor a tuple (an enum), whose values
# are left as they are. (A plain tuple: a named one's fields are slower to read.)
_Shape = tuple[Callable[[Any], tuple[Any, ...]], tuple[str, ...]]
_SHAPES: dict[type, _Shape | None] = {}


def map_inside(value: Any, kind: type, change: Callable[[Any], Any]) -> Any:
    """``value`` with ``change`` applied to every ``kind`` inside it (in attrs classes and
    tuples); parts with nothing changed are the same objects."""
    leaves = _SCALARS - {kind}
    return value if type(value) in leaves else _map(value, kind, change, leaves)


def _map(value: Any, kind: type, change: Callable[[Any], Any], leaves: frozenset[type]) -> Any:
    t = type(value)
    if t is kind:
        return change(value)
    if t is tuple:
        values = value
    else:
        shape = _SHAPES[t] if t in _SHAPES else _shape(t)
        if shape is None:
            return value
        values = shape[0](value)
    new = None
    # A loop in this frame, not a comprehension: a call per value would cost more.
    for i, v in enumerate(values):
        if type(v) not in leaves:
            mapped = _map(v, kind, change, leaves)
            if mapped is not v:
                if new is None:
                    new = list(values)
                new[i] = mapped
    if new is None:
        return value
    if t is tuple:
        return tuple(new)
    assert shape is not None
    # The names and values come from one shape, so are as many: zip's `strict`, a keyword,
    # would cost a tenth of the rebuild.
    return t(**dict(zip(shape[1], new)))  # noqa: B905


def _shape(t: type) -> _Shape | None:
    """How to read and rebuild ``t``, kept in _SHAPES."""
    shape = None
    fields = [f for f in attrs.fields(t) if f.init] if attrs.has(t) else []
    if len(fields) == 1:
        name = fields[0].name
        shape = (lambda value: (getattr(value, name),)), (fields[0].alias or name,)
    elif fields:
        shape = attrgetter(*(f.name for f in fields)), tuple(f.alias or f.name for f in fields)
    _SHAPES[t] = shape
    return shape
