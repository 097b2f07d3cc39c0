"""The fixed words printed around a pack's own text: instructions, headings, the footer.

A pack translates its questions; these words belong to Intake itself. English is the
dataclass's defaults (`ENGLISH`); every other language is a file beside this module,
`<code>.yaml` (`cy.yaml`, `ar.yaml` ...), shipped with Intake and read by `words_for`.
Rendering picks the printed language's words by itself, so every caller gets them.
Plain English, short sentences, reading age about nine: the person may be upset or tired
when they read them.

A words file looks like a pack translation: `language`, `reviewed`, and `strings` keyed
by the field names below. `{name}` fields are filled in when printed and must be kept
exactly. A file that breaks any of this raises `PaperError` `P030`, naming the file, the
line and every problem, rather than printing a page with a hole in it.
"""

from __future__ import annotations

import difflib
import string
from collections import Counter
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import YAMLError

from intake.paper.errors import PaperCode, PaperError


@dataclass(frozen=True)
class PaperWords:
    """Intake's wording on printed forms. `{n}`-style fields are filled in."""

    your_reference: str = "Your reference: {reference}"
    reference_note: str = (
        "This reference links this form to your record, so you are not asked the same "
        "thing twice. It does not show your name."
    )
    why_title: str = "Why we are asking"
    what_happens_title: str = "What happens to your answers"
    what_happens: str = (
        "Your answers are kept safely by the service that gave you this form. Only its "
        "staff can see them, and only when they need to. We use them to offer you the right "
        "support. We may count answers for reports about our service, but never with your "
        "name."
    )
    in_control_title: str = "You are in control"
    in_control: str = (
        "You do not have to answer every question. You can skip any question, or tick "
        "“Prefer not to say”. You can stop at any time. Your support will not change "
        "whatever you choose."
    )
    how_to_title: str = "How to fill it in"
    how_to_paper: str = (
        "Put a tick (✓) or a cross in a box to choose it. Write on the lines. "
        "If you make a mistake, cross it out and write or tick again next to it."
    )
    how_to_fillable: str = (
        "You can fill this form in on your computer, tablet or phone. Click a box to tick "
        "it and type in the white boxes. Save the form and give it back to the service."
    )
    caseworker_copy: str = (
        "Caseworker copy: this includes questions that are only asked in conversation."
    )
    say: str = "Say: {text}"
    why_we_ask: str = "Why we ask: {text}"
    what_this_means: str = "What this means: {text}"
    prefer_not_to_say: str = "Prefer not to say"
    tick_one: str = "Tick one box."
    tick_any: str = "Tick all that apply."
    write_answer: str = "Write your answer on the lines."
    write_date: str = "Write the date in numbers."
    day: str = "Day"
    month: str = "Month"
    year: str = "Year"
    write_number: str = "Write a number in the box."
    tick_scale: str = "Tick one number."
    only_if_equals: str = "Only answer this if you ticked “{label}” for question {number}."
    only_if_in: str = "Only answer this if you ticked one of {labels} for question {number}."
    quoted: str = "“{label}”"
    """One choice's label inside `only_if_in`'s `{labels}`."""
    list_separator: str = ", "
    """Between the quoted labels of `only_if_in`."""
    only_if_answered: str = "Only answer this if you answered question {number}."
    only_if_general: str = "You may skip this question if it does not apply to you."
    footer: str = "{pack} {version}"
    page: str = "Page {n} of {total}"
    """`{total}` is drawn once the last page is known, in a slot three digits wide."""
    thank_you: str = "Thank you."


ENGLISH = PaperWords()

KEYS: tuple[str, ...] = tuple(f.name for f in fields(PaperWords))
"""Every key a words file has, in the order of the dataclass."""

_TOP = {"language", "name", "english_name", "reviewed", "strings"}
_MAX_BYTES = 256_000


def shipped_languages() -> list[str]:
    """The languages Intake ships words for, besides English, sorted."""
    try:
        entries = list(resources.files(__name__).iterdir())
    except OSError:  # a build that left the files out
        return []
    return sorted(
        entry.name.removesuffix(".yaml")
        for entry in entries
        if entry.name.endswith(".yaml") and entry.is_file()
    )


@cache
def words_for(language: str | None) -> PaperWords:
    """Intake's words in `language`: English for "en", None or a language Intake has no
    file for; "cy-GB" falls back to "cy". A shipped file that is broken raises `P030`."""
    if not language:
        return ENGLISH
    for code in dict.fromkeys([language, language.split("-")[0].split("_")[0]]):
        if code == "en" or not (code.isascii() and code.replace("-", "").isalnum()):
            continue
        entry = resources.files(__name__).joinpath(f"{code}.yaml")
        if entry.is_file():
            return read_words(entry.read_text(encoding="utf-8"), code, f"{code}.yaml")
    return ENGLISH


def read_words(text: str, language: str, file: str = "") -> PaperWords:
    """A words file's text as `PaperWords`, or `PaperError` `P030` listing every problem
    (with its line): not YAML, an unknown or missing key, a lost or added `{field}`."""
    name = file or f"{language}.yaml"
    tree = _load(text, name)
    problems: list[str] = []
    for key in tree:
        if key not in _TOP:
            problems.append(f"{_at(tree, key)}'{key}' is not a field of a words file")
    if tree.get("language") != language:
        problems.append(
            f"{_at(tree, 'language')}it must say language: {language} (the file's name)"
        )
    if not isinstance(tree.get("reviewed"), bool):
        problems.append(f"{_at(tree, 'reviewed')}it must say reviewed: true or false")
    strings = tree.get("strings")
    if not isinstance(strings, dict):
        problems.append(f"{_at(tree, 'strings')}it needs 'strings:', one line per key")
        raise _error(name, problems)
    values: dict[str, str] = {}
    for key, value in strings.items():
        where = _at(strings, key)
        if key not in KEYS:
            close = difflib.get_close_matches(str(key), KEYS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            problems.append(f"{where}'{key}' is not one of Intake's words{hint}")
        elif not isinstance(value, str) or not value.strip():
            problems.append(f"{where}'{key}' must be text")
        else:
            problem = _placeholder_problem(value, getattr(ENGLISH, key))
            if problem:
                problems.append(f"{where}'{key}' {problem}")
            values[key] = str(value)
    missing = [key for key in KEYS if key not in strings]
    if missing:
        problems.append("missing: " + ", ".join(missing))
    if problems:
        raise _error(name, problems)
    return PaperWords(**values)


def _load(text: str, name: str) -> Any:
    if len(text.encode("utf-8", "replace")) > _MAX_BYTES:
        raise _error(name, ["the file is too large"])
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        tree = yaml.load(text)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        detail = (getattr(exc, "problem", None) or "").strip() or "it cannot be read"
        raise _error(name, [f"{where}it is not valid YAML ({detail})"]) from None
    except (ValueError, TypeError, RecursionError, AttributeError):
        raise _error(name, ["it is not valid YAML"]) from None
    if not isinstance(tree, dict):
        raise _error(name, ["it must be a mapping with language, reviewed and strings"])
    return tree


def _fields(text: str) -> Counter[str] | None:
    """The `{fields}` of a text, counted; None if its braces do not pair up."""
    try:
        return Counter(f for _, f, _, _ in string.Formatter().parse(text) if f is not None)
    except ValueError:
        return None


def _placeholder_problem(value: str, english: str) -> str | None:
    found, wanted = _fields(value), _fields(english)
    if found is None:
        return "has a '{' or '}' that is not part of a {field}; write fields as in English"
    if found != wanted:
        want = ", ".join(f"{{{f}}}" for f in sorted(wanted or {})) or "no {fields}"
        have = ", ".join(f"{{{f}}}" for f in sorted(found)) or "none"
        return f"must keep exactly {want} (it has {have})"
    return None


def _at(node: Any, key: object) -> str:
    """ "line n: " for a key of a round-trip mapping, or nothing if ruamel kept no line."""
    if isinstance(node, CommentedMap):
        try:
            return f"line {int(node.lc.key(key)[0]) + 1}: "
        except (KeyError, TypeError, IndexError):
            return ""
    return ""


def _error(name: str, problems: list[str]) -> PaperError:
    return PaperError(PaperCode.BAD_WORDS, file=name, detail="; ".join(problems))
