"""Building frozen attrs values from fields that have already been checked, at row speed.

A frozen, slotted attrs class sets each field through ``object.__setattr__`` in its
``__init__``, after its converters and validators: about 4 µs for a 17-field `Claim`, as
much as ``json.loads`` spends on a whole record. Where every value has already passed the
field's checks (reading validated it, or it was copied from another instance), `builder()`
gives a function that stores the values straight into the slots (through each slot's
descriptor; about half the time of ``object.__setattr__``). Named tuples are built with
``tuple.__new__`` for the same reason (`new_tuple`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import attrs

__all__ = ["builder", "new_tuple"]

T = TypeVar("T")

new_tuple = tuple.__new__
"""``new_tuple(Node, (claim, ...))``: a named tuple from its fields, positionally, without
the generated ``__new__`` (a Python function) in between."""


def builder(cls: type[T], names: tuple[str, ...]) -> Callable[..., T] | None:
    """A function ``build(*values)`` that makes a ``cls`` from its fields, in ``names``
    order, running no converter, validator or ``__attrs_post_init__``.

    ``None`` when ``names`` are not exactly ``cls``'s fields, in order, each stored in a
    slot of ``cls`` itself (the caller then uses the constructor): a field added to the class
    must not be silently left unset.
    """
    if tuple(f.name for f in attrs.fields(cls)) != names:  # type: ignore[arg-type]
        return None
    slots = [cls.__dict__.get(name) for name in names]
    if not all(type(slot).__name__ == "member_descriptor" for slot in slots):
        return None
    scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    lines = [f"def build({', '.join(names)}):", "    new = _new(_cls)"]
    for k, (name, slot) in enumerate(zip(names, slots, strict=True)):
        scope[f"_set{k}"] = slot.__set__  # type: ignore[union-attr]
        lines.append(f"    _set{k}(new, {name})")
    lines.append("    return new")
    exec("\n".join(lines), scope)  # the names are the class's own field names
    build: Callable[..., T] = scope["build"]
    build.__qualname__ = build.__name__ = f"build_{cls.__name__}"
    return build
