"""Keep translations/*.ts current with the strings in the code, and check coverage.

    .venv/bin/python tools/i18n.py update      # add new strings, mark vanished ones
    .venv/bin/python tools/i18n.py check       # fail if a shipped language lacks a string
    .venv/bin/python tools/i18n.py compile     # .ts -> .qm with pyside6-lrelease

Strings are marked in the screens through small per-module helpers, e.g.
`def tr(text): return QCoreApplication.translate("InterviewView", text)`, so each module
has one context. Qt's own extractor cannot see that mapping; this one reads the Python
syntax tree: it learns each helper's context, then collects every literal passed to it
and every direct `QCoreApplication.translate("Context", "literal")` call.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "src" / "intake" / "ui"]
TRANSLATIONS = ROOT / "translations"


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    file: str
    line: int


def _translate_call(node: ast.AST) -> tuple[str, str] | None:
    """(context, text) of QCoreApplication.translate("ctx", "text"), else None."""
    if not isinstance(node, ast.Call) or len(node.args) < 2:
        return None
    func = node.func
    if not (isinstance(func, ast.Attribute) and func.attr == "translate"):
        return None
    ctx, text = node.args[0], node.args[1]
    if isinstance(ctx, ast.Constant) and isinstance(ctx.value, str):
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            return ctx.value, text.value
        return ctx.value, ""
    return None


def _joined(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT / "src").with_suffix("")
    return ".".join(rel.parts)


def own_helpers(tree: ast.Module) -> dict[str, str]:
    """Functions of one argument that call translate("Context", that argument)."""
    helpers: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1:
            for inner in ast.walk(node):
                found = _translate_call(inner)
                if found is not None and isinstance(inner, ast.Call):
                    arg = inner.args[1]
                    if isinstance(arg, ast.Name) and arg.id == node.args.args[0].arg:
                        helpers[node.name] = found[0]
    return helpers


def messages_in(path: Path, helpers_by_module: dict[str, dict[str, str]]) -> list[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    helpers = dict(helpers_by_module.get(_module_name(path), {}))
    for node in ast.walk(tree):  # helpers imported from another module keep its context
        if isinstance(node, ast.ImportFrom) and node.module in helpers_by_module:
            theirs = helpers_by_module[node.module]
            for alias in node.names:
                if alias.name in theirs:
                    helpers[alias.asname or alias.name] = theirs[alias.name]
    rel = str(path.relative_to(ROOT))
    found_messages: list[Message] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        direct = _translate_call(node)
        if direct is not None and direct[1]:
            found_messages.append(Message(direct[0], direct[1], rel, node.lineno))
            continue
        if isinstance(node.func, ast.Name) and node.args:
            name = node.func.id
            text = _joined(node.args[0])
            if not text:
                continue
            if name in helpers:
                found_messages.append(Message(helpers[name], text, rel, node.lineno))
            elif name == "N_":  # marked here, translated later through `tr(variable)`
                context = helpers.get("tr", "Intake")
                found_messages.append(Message(context, text, rel, node.lineno))
    return found_messages


CATALOGUES = [
    ("src/intake/interview/validation.py", "MESSAGES"),
    ("src/intake/paper/answers.py", "MESSAGES"),
    ("src/intake/app/paper_service.py", "MATCH_WORDS"),
]
"""English tables of the layers below the screens (which cannot import Qt): every value
is a message under the context "EngineWords", translated by `intake.ui.engine_words`."""
ENGINE_CONTEXT = "EngineWords"

META = ("IntakeTranslation", "reviewed")
"""A message every .ts file carries, translated "yes" or "no" from its
<extra-intake-reviewed> flag, so the compiled .qm tells the About screen too."""


def catalogue_messages(path: Path, variable: str) -> list[Message]:
    """The string values of the dict literal assigned to `variable` in `path`."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    rel = str(path.relative_to(ROOT))
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if isinstance(target, ast.Name) and target.id == variable:
            if not isinstance(node.value, ast.Dict):  # type: ignore[union-attr]
                break
            return [
                Message(ENGINE_CONTEXT, text, rel, value.lineno)
                for value in node.value.values  # type: ignore[union-attr]
                if (text := _joined(value))
            ]
    raise SystemExit(f"{rel}: no dict literal named {variable} (see CATALOGUES)")


def collect() -> dict[tuple[str, str], list[Message]]:
    """Every (context, source text) in the screens, with where it appears."""
    paths = [p for folder in SOURCES for p in sorted(folder.rglob("*.py"))]
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), filename=str(p)) for p in paths}
    helpers_by_module = {_module_name(p): own_helpers(t) for p, t in trees.items()}
    result: dict[tuple[str, str], list[Message]] = {}
    for path in paths:
        for m in messages_in(path, helpers_by_module):
            result.setdefault((m.context, m.source), []).append(m)
    for file, variable in CATALOGUES:
        for m in catalogue_messages(ROOT / file, variable):
            result.setdefault((m.context, m.source), []).append(m)
    result[META] = [Message(*META, "tools/i18n.py", 1)]
    return result


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation, type) from a .ts file."""
    entries: dict[tuple[str, str], tuple[str, str]] = {}
    root = ET.parse(path).getroot()
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            source = msg.findtext("source") or ""
            tr_el = msg.find("translation")
            text = (tr_el.text or "") if tr_el is not None else ""
            kind = tr_el.get("type", "") if tr_el is not None else "unfinished"
            entries[(name, source)] = (text, kind)
    return entries


def write_ts(path: Path, language: str, messages: dict[tuple[str, str], list[Message]]) -> None:
    old = read_ts(path) if path.exists() else {}
    root = ET.Element("TS", version="2.1", language=language)
    # File-level notes such as <extra-intake-reviewed> (Qt keeps "extra-" elements) survive.
    extras = ET.parse(path).getroot().iter() if path.exists() else iter(())
    for el in extras:
        if el.tag.startswith("extra-"):
            ET.SubElement(root, el.tag).text = el.text
    by_context: dict[str, list[tuple[str, list[Message]]]] = {}
    for (ctx, source), where in sorted(messages.items()):
        by_context.setdefault(ctx, []).append((source, where))
    vanished = {k: v for k, v in old.items() if k not in messages and v[0]}
    for ctx, source in sorted(vanished):
        by_context.setdefault(ctx, []).append((source, []))
    for ctx in sorted(by_context):
        ctx_el = ET.SubElement(root, "context")
        ET.SubElement(ctx_el, "name").text = ctx
        for source, where in by_context[ctx]:
            msg = ET.SubElement(ctx_el, "message")
            for m in where[:1]:
                ET.SubElement(msg, "location", filename="../" + m.file, line=str(m.line))
            ET.SubElement(msg, "source").text = source
            text, kind = old.get((ctx, source), ("", "unfinished"))
            if (ctx, source) == META:
                text, kind = ("yes" if _flag(root) else "no"), ""
            tr_el = ET.SubElement(msg, "translation")
            tr_el.text = text or None
            if not where:
                tr_el.set("type", "vanished")
            elif not text or kind == "unfinished":
                tr_el.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _flag(root: ET.Element) -> bool:
    return (root.findtext("extra-intake-reviewed") or "no").strip().lower() == "yes"


def reviewed(path: Path) -> bool:
    """Whether a fluent speaker has reviewed this file (<extra-intake-reviewed>yes</...>)."""
    return _flag(ET.parse(path).getroot())


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("intake_*.ts"))


def missing(path: Path, messages: dict[tuple[str, str], list[Message]]) -> list[tuple[str, str]]:
    have = read_ts(path)
    return [k for k in sorted(messages) if not have.get(k, ("", ""))[0]]


def lrelease() -> str | None:
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name, path=str(here)) or shutil.which(name)
        if found:
            return found
    return None


def compile_all() -> int:
    tool = lrelease()
    if tool is None:
        print("pyside6-lrelease is not installed; translations stay in English.")
        return 0
    for ts in ts_files():
        subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    messages = collect()
    if command == "update":
        for ts in ts_files():
            write_ts(ts, ts.stem.removeprefix("intake_"), messages)
            print(f"{ts.relative_to(ROOT)}: {len(missing(ts, messages))} to translate")
        return 0
    if command == "compile":
        return compile_all()
    status = 0
    for ts in ts_files():
        gaps = missing(ts, messages)
        print(f"{ts.relative_to(ROOT)}: {len(messages) - len(gaps)}/{len(messages)} translated")
        if gaps:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
