"""Package attributes imported on first use (PEP 562), so that naming a package does not
load everything behind it: start-up stays light (see docs/architecture.md)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_attributes(
    package: str, where: Mapping[str, str], namespace: dict[str, Any]
) -> Callable[[str], Any]:
    """A module `__getattr__`: `where` maps each public name to the module defining it;
    the first use imports that module and keeps the value in `namespace`."""

    def __getattr__(name: str) -> Any:  # noqa: N807 (the name PEP 562 asks for)
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    return __getattr__
