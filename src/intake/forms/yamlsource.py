"""Reading YAML while remembering where every value came from (file and line).

ruamel.yaml's round-trip loader keeps line numbers on each mapping and sequence; this
module turns those into plain Python data for pydantic and answers "which file and line
is the value at this path?" for error messages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from intake.forms.errors import Code, Problem

MAX_YAML_BYTES = 4 * 1024 * 1024


@dataclass
class Source:
    """A YAML document as loaded: the round-trip tree and the file each subtree came from."""

    root: Any
    file: Path | None
    origins: dict[int, Path | None] = field(default_factory=dict)

    def locate(self, loc: Iterable[str | int]) -> tuple[Path | None, int | None]:
        """The file and 1-based line of the deepest node reachable along `loc`."""
        node = self.root
        file = self.file
        line = _own_line(node)
        for part in loc:
            if isinstance(node, dict) and isinstance(part, str) and part in node:
                line = _key_line(node, part, line)
                node = node[part]
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                line = _item_line(node, part, line)
                node = node[part]
            else:
                continue  # a union tag or a name pydantic adds; stay where we are
            if id(node) in self.origins:
                file = self.origins[id(node)]
                line = _own_line(node)
        return file, (line + 1 if line is not None else None)


def _own_line(node: Any) -> int | None:
    lc = getattr(node, "lc", None)
    return getattr(lc, "line", None) if lc is not None else None


def _key_line(node: Any, key: str, default: int | None) -> int | None:
    try:
        return int(node.lc.key(key)[0])
    except (AttributeError, KeyError, TypeError):
        return default


def _item_line(node: Any, index: int, default: int | None) -> int | None:
    try:
        return int(node.lc.item(index)[0])
    except (AttributeError, KeyError, TypeError, IndexError):
        return default


def parse_yaml(text: str, file: Path | None) -> tuple[Any, list[Problem]]:
    """Parse YAML text. Returns (tree, problems); the tree is None when it cannot be read."""
    if len(text.encode("utf-8", "replace")) > MAX_YAML_BYTES:
        return None, [Problem.make(Code.YAML_SYNTAX, file, 1, detail="the file is too large")]
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        return yaml.load(text), []
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        detail = (exc.problem or exc.context or "unreadable").strip()
        return None, [Problem.make(Code.YAML_SYNTAX, file, line, detail=detail)]
    except (YAMLError, ValueError, TypeError, RecursionError, AttributeError) as exc:
        # ruamel raises a few non-YAML errors on odd inputs (e.g. bad tags, deep nesting).
        detail = type(exc).__name__ if not str(exc) else str(exc).splitlines()[0][:200]
        return None, [Problem.make(Code.YAML_SYNTAX, file, None, detail=detail)]


def read_text(path: Path) -> tuple[str | None, list[Problem]]:
    try:
        if path.stat().st_size > MAX_YAML_BYTES:
            return None, [Problem.make(Code.YAML_SYNTAX, path, 1, detail="the file is too large")]
        return path.read_text(encoding="utf-8"), []
    except UnicodeDecodeError:
        return None, [
            Problem.make(Code.MISSING_FILE, path, None, name=path.name, detail="not UTF-8 text")
        ]
    except OSError as exc:
        return None, [
            Problem.make(
                Code.MISSING_FILE, path, None, name=path.name, detail=exc.strerror or "unreadable"
            )
        ]


def plain(node: Any, depth: int = 0) -> Any:
    """Round-trip YAML nodes to plain dict/list/str/int/float/bool/None for pydantic."""
    if depth > 200:
        raise RecursionError("nesting too deep")
    if isinstance(node, CommentedMap | dict):
        return {
            str(k) if not isinstance(k, str) else k: plain(v, depth + 1) for k, v in node.items()
        }
    if isinstance(node, CommentedSeq | list):
        return [plain(v, depth + 1) for v in node]
    if isinstance(node, bool):
        return bool(node)
    if isinstance(node, str):
        return str(node)
    if isinstance(node, int):
        # ruamel's ScalarBoolean is an int subclass: keep true/false as bools.
        if type(node).__name__ == "ScalarBoolean":
            return bool(node)
        return int(node)
    if isinstance(node, float):
        return float(node)
    if node is None:
        return None
    return str(node)  # dates, timestamps and other scalars become text
