"""Loading form packs from folders, reporting every problem at once with file and line.

A pack is a folder holding `pack.yaml`. Its `stages:` list may hold stages inline or the
names of stage files relative to the folder (`- stages/referral.yaml`). Translations live
in `translations/<language>.yaml` beside it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from intake.forms import checks
from intake.forms.checks import Anchor
from intake.forms.errors import Code, FormError, Problem, Severity
from intake.forms.model import QUESTION_TYPES, Pack
from intake.forms.translations import Translation, localise, text_keys
from intake.forms.yamlsource import Source, parse_yaml, plain, read_text

PACK_FILE = "pack.yaml"
_ITEM_LISTS = ("choices", "questions", "sections", "stages", "check_ins")


@dataclass
class LoadedPack:
    """A pack that loaded without errors, with its translations and any warnings."""

    pack: Pack
    path: Path | None
    translations: dict[str, Translation] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def languages(self) -> list[str]:
        return [self.pack.language, *sorted(self.translations)]

    def localised(self, language: str) -> Pack:
        """The pack in `language`, English where a text has no translation."""
        return localise(self.pack, self.translations.get(language))

    def direction(self, language: str) -> str:
        tr = self.translations.get(language)
        return tr.direction if tr else "ltr"


def load_pack(path: Path | str) -> LoadedPack:
    """Load a pack folder (or its pack.yaml). Raises FormError listing every error."""
    loaded, problems = check_pack(path)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors or loaded is None:
        raise FormError(errors or problems)
    return loaded


def check_pack(path: Path | str, strict: bool = False) -> tuple[LoadedPack | None, list[Problem]]:
    """Load and check a pack; never raises for a bad pack. Strict adds the S rules and
    treats missing translations as errors."""
    folder = Path(path)
    if folder.is_file():
        folder = folder.parent
    pack_file = folder / PACK_FILE
    if not pack_file.is_file():
        return None, [Problem.make(Code.NOT_A_PACK, folder, None, name=str(folder))]
    text, problems = read_text(pack_file)
    if text is None:
        return None, problems
    tr_raw: dict[str, tuple[str, Path]] = {}
    tr_dir = folder / "translations"
    if tr_dir.is_dir():
        for f in sorted(tr_dir.glob("*.yaml")):
            t, p = read_text(f)
            problems += p
            if t is not None:
                tr_raw[f.stem] = (t, f)
    loaded, more = _check(text, pack_file, folder, tr_raw, strict)
    return loaded, problems + more


def parse_pack(
    text: str,
    *,
    translations: dict[str, str] | None = None,
    strict: bool = False,
    name: str = "pack.yaml",
) -> tuple[LoadedPack | None, list[Problem]]:
    """Check a pack written inline (tests, tools). Includes are not allowed."""
    tr_raw = {
        lang: (t, Path(f"translations/{lang}.yaml")) for lang, t in (translations or {}).items()
    }
    return _check(text, Path(name), None, tr_raw, strict)


def _check(
    text: str,
    file: Path,
    folder: Path | None,
    tr_raw: dict[str, tuple[str, Path]],
    strict: bool,
) -> tuple[LoadedPack | None, list[Problem]]:
    tree, problems = parse_yaml(text, file)
    if problems:
        return None, problems
    if not isinstance(tree, dict):
        return None, [Problem.make(Code.WRONG_TYPE, file, 1, detail="a pack must be a mapping")]
    source = Source(tree, file)
    include_problems = _resolve_includes(source, folder)
    problems += include_problems
    incomplete = bool(include_problems)
    data = plain(tree)

    pack, shape_problems, pruned = _validate(data, source)
    problems += shape_problems
    if pack is None:
        return None, problems

    index = _Index(source)
    findings = list(checks.structural(pack, pruned))
    if incomplete:
        # Conditions may name questions in a stage file that could not be read.
        findings = [f for f in findings if f[0] is not Code.COND_UNKNOWN_QUESTION]
    if strict:
        findings += list(checks.strict(pack))
    for code, anchor, params in findings:
        if "first" in params and isinstance(params["first"], Anchor):
            params = {**params, "first_line": index.locate(params["first"])[1]}
        f, line = index.locate(anchor)
        problems.append(Problem.make(code, f, line, None, **params))

    translations, tr_problems = _translations(pack, tr_raw, strict)
    if not incomplete:
        problems += tr_problems
    if any(p.severity is Severity.ERROR for p in problems):
        return None, _sorted(problems)
    warnings = [p for p in problems if p.severity is Severity.WARNING]
    return LoadedPack(pack, folder, translations, warnings), _sorted(problems)


def _sorted(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (str(p.file or ""), p.line or 0, p.code.code))


def _resolve_includes(source: Source, folder: Path | None) -> list[Problem]:
    stages = source.root.get("stages")
    if not isinstance(stages, list):
        return []
    problems: list[Problem] = []
    for i, item in enumerate(stages):
        if not isinstance(item, str):
            continue
        line = source.locate(["stages", i])[1]
        if folder is None:
            problems.append(
                Problem.make(
                    Code.MISSING_FILE, source.file, line, name=item, detail="includes need a folder"
                )
            )
            stages[i] = _UNREADABLE
            continue
        target = (folder / item).resolve()
        if folder.resolve() not in target.parents:
            problems.append(
                Problem.make(
                    Code.MISSING_FILE,
                    source.file,
                    line,
                    name=item,
                    detail="it is outside the pack folder",
                )
            )
            stages[i] = _UNREADABLE
            continue
        text, p = read_text(target)
        if text is None:
            problems += [replace(x, file=source.file, line=line) for x in p]
            stages[i] = _UNREADABLE
            continue
        tree, p = parse_yaml(text, target)
        problems += p
        stages[i] = tree if tree is not None else _UNREADABLE
        if tree is not None:
            source.origins[id(tree)] = target
    if any(s is _UNREADABLE for s in stages):
        # Already reported; leave them out so the rest of the pack can still be checked.
        stages[:] = [s for s in stages if s is not _UNREADABLE]
    return problems


_UNREADABLE = object()


def _validate(data: Any, source: Source) -> tuple[Pack | None, list[Problem], frozenset[str]]:
    """Validate the shape. On errors, drop what failed (unknown keys, then the innermost
    choice, question, section, stage or check-in) and validate again, a few rounds at most,
    so the whole-pack checks still run over everything else. Only the first round's errors
    are reported: later ones are consequences of the pruning."""
    problems: list[Problem] = []
    pruned_ids: set[str] = set()
    for _round in range(6):
        try:
            return Pack.model_validate(data), problems, frozenset(pruned_ids)
        except ValidationError as exc:
            errors = exc.errors(include_url=False)
        if not problems:
            problems = [_problem(err, source) for err in errors]
        doomed: set[tuple[str | int, ...]] = set()
        for err in errors:
            loc = tuple(err["loc"])
            if err["type"] == "extra_forbidden":
                parent = _get(data, _data_path(loc[:-1]))
                if isinstance(parent, dict):
                    parent.pop(str(loc[-1]), None)
                continue
            item = _enclosing_item(loc)
            if item is None:
                return None, problems, frozenset(pruned_ids)
            doomed.add(item)
        for path in sorted(doomed, key=len, reverse=True):
            parent = _get(data, path[:-1])
            idx = path[-1]
            if isinstance(parent, list) and isinstance(idx, int) and idx < len(parent):
                victim = parent[idx]
                if isinstance(victim, dict) and isinstance(victim.get("id"), str):
                    pruned_ids.add(victim["id"])
                parent[idx] = _PRUNED
        _drop_pruned(data)
    return None, problems, frozenset(pruned_ids)


def _data_path(loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """A pydantic loc without union tags, so it walks the plain data."""
    return tuple(p for p in loc if p not in QUESTION_TYPES)


_PRUNED = object()


def _drop_pruned(node: Any) -> None:
    if isinstance(node, dict):
        for v in node.values():
            _drop_pruned(v)
    elif isinstance(node, list):
        node[:] = [v for v in node if v is not _PRUNED]
        for v in node:
            _drop_pruned(v)


def _enclosing_item(loc: Iterable[str | int]) -> tuple[str | int, ...] | None:
    """The path of the innermost question/section/stage/check-in holding an error."""
    loc = _data_path(tuple(loc))
    best = None
    for i in range(len(loc) - 1):
        if loc[i] in _ITEM_LISTS and isinstance(loc[i + 1], int):
            best = loc[: i + 2]
    if best is None and len(loc) >= 3 and loc[0] == "choice_lists" and isinstance(loc[2], int):
        best = loc[:3]
    return best


def _get(data: Any, path: tuple[str | int, ...]) -> Any:
    node = data
    for part in path:
        if isinstance(node, dict) and isinstance(part, str):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            return None
    return node


def _problem(err: Any, source: Source) -> Problem:
    loc = tuple(err["loc"])
    kind = err["type"]
    file, line = source.locate(loc)
    key = str(loc[-1]) if loc else "?"
    if kind == "extra_forbidden":
        return Problem.make(Code.UNKNOWN_KEY, file, line, key=key)
    if kind in ("union_tag_invalid",):
        value = (err.get("ctx") or {}).get("tag", "?")
        return Problem.make(Code.UNKNOWN_QUESTION_TYPE, file, line, value=value)
    if kind == "union_tag_not_found":
        return Problem.make(Code.MISSING_KEY, file, line, key="type")
    if key == "label" and kind in ("missing", "string_too_short") and "choices" in _names(loc):
        return Problem.make(Code.CHOICE_NO_LABEL, file, line)
    if key == "label" and kind in ("missing", "string_too_short") and "choice_lists" in _names(loc):
        return Problem.make(Code.CHOICE_NO_LABEL, file, line)
    if kind == "missing":
        return Problem.make(Code.MISSING_KEY, file, line, key=key)
    names = _names(loc)
    if kind == "value_error" and ({"when", "not", "all", "any"} & names):
        detail = str(err.get("msg", "")).removeprefix("Value error, ")
        return Problem.make(Code.COND_SHAPE, file, line, detail=detail)
    msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
    field_name = _field_name(loc)
    detail = f"'{field_name}': {msg}" if field_name else msg
    return Problem.make(Code.WRONG_TYPE, file, line, detail=detail)


def _names(loc: tuple[Any, ...]) -> set[str]:
    return {p for p in loc if isinstance(p, str)}


def _field_name(loc: tuple[Any, ...]) -> str:
    for part in reversed(loc):
        if isinstance(part, str) and part not in QUESTION_TYPES:
            return part
    return ""


class _Index:
    """Finds the file and line of stages, sections, questions and check-ins by id."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.places: dict[tuple[str, str], list[tuple[str | int, ...]]] = {}
        root = source.root
        stages = root.get("stages") if isinstance(root, dict) else None
        for i, stage in enumerate(stages if isinstance(stages, list) else []):
            if not isinstance(stage, dict):
                continue
            self._add("stage", stage, ("stages", i))
            for j, ci in enumerate(_list(stage, "check_ins")):
                self._add("checkin", ci, ("stages", i, "check_ins", j))
            for j, sec in enumerate(_list(stage, "sections")):
                self._add("section", sec, ("stages", i, "sections", j))
                for k, q in enumerate(_list(sec, "questions")):
                    self._add("question", q, ("stages", i, "sections", j, "questions", k))
        for name in root.get("choice_lists") or {} if isinstance(root, dict) else {}:
            self.places.setdefault(("choice_list", str(name)), []).append(("choice_lists", name))

    def _add(self, kind: str, node: Any, path: tuple[str | int, ...]) -> None:
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            self.places.setdefault((kind, node["id"]), []).append(path)

    def locate(self, anchor: Anchor) -> tuple[Path | None, int | None]:
        paths = self.places.get((anchor.kind, anchor.id))
        if not paths:
            return self.source.file, None
        path = paths[min(anchor.occurrence, len(paths) - 1)]
        if anchor.field:
            path = (*path, anchor.field)
        return self.source.locate(path)


def _list(node: Any, key: str) -> list[Any]:
    value = node.get(key) if isinstance(node, dict) else None
    return value if isinstance(value, list) else []


def _translations(
    pack: Pack, raw: dict[str, tuple[str, Path]], strict: bool
) -> tuple[dict[str, Translation], list[Problem]]:
    keys = text_keys(pack)
    result: dict[str, Translation] = {}
    problems: list[Problem] = []
    for _lang, (text, file) in sorted(raw.items()):
        tree, p = parse_yaml(text, file)
        if p:
            problems += p
            continue
        try:
            tr = Translation.model_validate(plain(tree))
        except ValidationError as exc:
            src = Source(tree, file)
            for err in exc.errors(include_url=False):
                f, line = src.locate(err["loc"])
                detail = f"{'.'.join(str(x) for x in err['loc'])}: {err['msg']}"
                problems.append(Problem.make(Code.TR_BAD_FILE, f, line, detail=detail))
            continue
        src = Source(tree, file)
        for key in tr.strings:
            if key not in keys:
                f, line = src.locate(["strings", key])
                problems.append(Problem.make(Code.TR_UNKNOWN_ID, f, line, key=key))
        missing = [k for k in keys if not (tr.strings.get(k) or "").strip()]
        if missing:
            problems.append(
                Problem.make(
                    Code.TR_MISSING,
                    file,
                    None,
                    severity=Severity.ERROR if strict else None,
                    count=len(missing),
                    lang=tr.language,
                    key=missing[0],
                )
            )
        result[tr.language] = tr
    return result, problems


def find_packs(path: Path | str) -> list[Path]:
    """Pack folders at or directly below `path` (a folder of packs like `forms/`)."""
    root = Path(path)
    if (root / PACK_FILE).is_file():
        return [root]
    if root.is_file() and root.name == PACK_FILE:
        return [root.parent]
    if not root.is_dir():
        return []
    return sorted(p.parent for p in root.glob(f"*/{PACK_FILE}"))


def check_tree(path: Path | str, strict: bool = False) -> list[Problem]:
    """Every problem in every pack at or below `path`."""
    packs = find_packs(path)
    if not packs:
        return [Problem.make(Code.NOT_A_PACK, Path(path), None, name=str(path))]
    problems: list[Problem] = []
    for folder in packs:
        problems += check_pack(folder, strict)[1]
    return problems
