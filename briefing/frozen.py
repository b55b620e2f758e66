"""Frozen values made fast: `constructor(cls)` for the classes extraction makes by the thousand.

Input: a frozen slotted dataclass. Output: a function that makes the same values as calling
the class, in about half the time (extraction makes hundreds of Sentence, Mention and
Statement values per article). Only field names go into the generated function's source,
never data.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def constructor(cls: type[T]) -> Callable[..., T]:
    """A function that makes `cls(...)` in half the time, for a frozen slotted dataclass.

    A frozen dataclass sets each field by `object.__setattr__` from its `__init__`; this
    sets the slots directly, skipping the class call and `__init__`, and makes the same
    value (same type, fields, equality, hash; still frozen). For the classes made by the
    thousand on the extraction path only: `__post_init__` and default factories are refused.
    """
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__ or hasattr(
        cls, "__post_init__"
    ):
        raise TypeError(f"{cls.__name__}: not a frozen slotted dataclass without __post_init__")
    names: list[str] = []
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]
        if not field.init or field.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{cls.__name__}.{field.name}: not a plain field")
        namespace[f"_set_{field.name}"] = getattr(cls, field.name).__set__
        if field.default is dataclasses.MISSING:
            names.append(field.name)
        else:
            namespace[f"_default_{field.name}"] = field.default
            names.append(f"{field.name}=_default_{field.name}")
    sets = "".join(f"    _set_{f.name}(self, {f.name})\n"
                   for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    source = f"def new_{cls.__name__}({', '.join(names)}):\n    self = _new(_cls)\n{sets}" \
             "    return self\n"
    exec(source, namespace)  # as dataclasses makes __init__: a function for these fields
    made: Callable[..., T] = namespace[f"new_{cls.__name__}"]
    return made


def replacer(cls: type[T], name: str) -> Callable[[T, Any], T]:
    """A function that makes `dataclasses.replace(value, **{name: new})` several times faster,
    for a frozen slotted dataclass: it copies the other slots and sets this one directly.

    The same conditions as `constructor` (no `__post_init__`, plain fields); the value made
    is the one `replace` makes (same type, fields, equality, hash; still frozen).
    """
    constructor(cls)  # the same checks
    fields = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    if name not in fields:
        raise TypeError(f"{cls.__name__} has no field {name!r}")
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    for field in fields:
        namespace[f"_set_{field}"] = getattr(cls, field).__set__
    sets = "".join(f"    _set_{f}(self, {'value' if f == name else f'old.{f}'})\n"
                   for f in fields)
    source = f"def replace_{name}(old, value):\n    self = _new(_cls)\n{sets}    return self\n"
    exec(source, namespace)  # only field names go into the source, as in `constructor`
    made: Callable[[T, Any], T] = namespace[f"replace_{name}"]
    return made
