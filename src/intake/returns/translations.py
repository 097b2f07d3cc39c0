"""Returns in other languages: the translation files beside the templates, checked as the
form pack's are, and the `Labels` a return is printed with.

    forms/returns/pcc-quarterly.yaml                  the template (English)
    forms/returns/translations/pcc-quarterly.cy.yaml  its titles and labels in Welsh
    forms/returns/translations/common.cy.yaml         Intake's fixed words in Welsh
    forms/core/translations/cy.yaml                   the pack's choices in Welsh

Each file has the form pack's translation format (`language`, `name`, `english_name`,
`direction`, `reviewed`, `strings`), keyed by stable ids. A template's keys come from its
ids (`template.title`, `table.<id>.title`, `table.<id>.by.labels.<group>` ...;
`template_keys` lists them) and the fixed words' keys from `intake.returns.words`. A key
that matches nothing, or a translation that drops a `{field}`, is an error with the file
and line; a key with no translation is printed in English and reported (`R017`,
`coverage`). Errors in one language's files make that language unavailable, never the
template: the return can still be made in English and every other language.

Labels that come from the form pack (choices, yes/no labels, stage titles) use the pack's
own translation, so a person and a commissioner read the same words; a template's
`labels:` replace them, and then the template's translation applies.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from intake.forms import Pack, Translation
from intake.forms.yamlsource import Source as YamlSource
from intake.forms.yamlsource import parse_yaml, plain, read_text
from intake.paths import default_forms_dir
from intake.returns.counting import Counter, Selection
from intake.returns.errors import RCode, ReturnProblem, ReturnTemplateError, read_mapping
from intake.returns.labels import ENGLISH, ENGLISH_LABELS, Labels, Source, Text, placeholders
from intake.returns.period import Period, PeriodKind
from intake.returns.template import ReturnTemplate
from intake.returns.words import WORDS

FOLDER = "translations"
"""The folder of translation files, beside the templates."""
COMMON = "common"
"""The stem of the fixed-word catalogues: `common.<language>.yaml`. No template may use it."""
_ANY_PERIOD = {
    PeriodKind.QUARTER: "2000-Q1",
    PeriodKind.YEAR: "2000",
    PeriodKind.CUSTOM: "2000-01-01..2000-01-01",
}


# --------------------------------------------------------------------------- keys


def texts_of(template: ReturnTemplate, pack: Pack) -> Iterator[Text]:
    """Every text a return from this template can print, in print order.

    Tables are counted over no journeys: their rows and columns do not depend on the
    figures, so this is exactly what a real return prints."""
    yield Text.template("template.title", template.title)
    if template.description:
        yield Text.template("template.description", template.description)
    counter = Counter(pack, Selection.of([], Period.parse(_ANY_PERIOD[template.period])))
    for spec in template.tables:
        texts = counter.count(spec).frame.texts
        if texts is not None:
            for text in texts.all():
                yield from text.walk()


def _keys(template: ReturnTemplate, pack: Pack, source: Source) -> dict[str, str]:
    found: dict[str, str] = {}
    for text in texts_of(template, pack):
        if text.source is source:
            found.setdefault(text.key, text.english)
    return found


def template_keys(template: ReturnTemplate, pack: Pack) -> dict[str, str]:
    """Every key of the template's own texts, with its English, in print order."""
    return _keys(template, pack, Source.TEMPLATE)


def pack_keys(template: ReturnTemplate, pack: Pack) -> dict[str, str]:
    """The form pack's texts a return from this template prints, with their English."""
    return _keys(template, pack, Source.PACK)


def word_keys() -> dict[str, str]:
    """Every fixed word's key, with its English."""
    return dict(WORDS)


# --------------------------------------------------------------------------- files


def translation_files(folder: Path, stem: str) -> dict[str, Path]:
    """`<stem>.<language>.yaml` files in a translations folder, by language code."""
    if not folder.is_dir():
        return {}
    found = {}
    for path in sorted(folder.glob(f"{stem}.*.yaml")):
        code = path.name[len(stem) + 1 : -len(".yaml")]
        if code and "." not in code:
            found[code] = path
    return found


def parse_translation(
    text: str,
    keys: Mapping[str, str],
    *,
    name: str,
    language: str | None = None,
    what: str = "label of the template",
    template_id: str = "TEMPLATE",
) -> tuple[Translation | None, list[ReturnProblem]]:
    """Check one translation file's text against the keys it may use. Never raises.

    Returns the translation (None when it has errors) and every problem, each with the
    file and line. `language` is the code the file name gives, which `language:` must
    repeat."""
    file = Path(name)
    tree, read_problems = read_mapping(text, file, RCode.TR_BAD_FILE, "a translation file")
    if tree is None:
        return None, read_problems
    source = YamlSource(tree, file)
    try:
        tr = Translation.model_validate(plain(tree))
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False):
            where = ".".join(str(x) for x in err["loc"])
            _f, line = source.locate(err["loc"])
            detail = f"'{where}': {err['msg']}"
            problems.append(ReturnProblem.make(RCode.TR_BAD_FILE, file, line, detail=detail))
        return None, problems
    problems = []
    if language is not None and tr.language != language:
        line = source.locate(["language"])[1]
        detail = (
            f"the file name says '{language}' but 'language:' says '{tr.language}'; "
            "make them the same"
        )
        problems.append(ReturnProblem.make(RCode.TR_BAD_FILE, file, line, detail=detail))
    for key, value in tr.strings.items():
        line = source.locate(["strings", key])[1]
        if key not in keys:
            problems.append(
                ReturnProblem.make(
                    RCode.TR_UNKNOWN_KEY, file, line, key=key, what=what, template=template_id
                )
            )
        elif value.strip() and placeholders(value) != placeholders(keys[key]):
            fields = ", ".join("{" + f + "}" for f in sorted(placeholders(keys[key]))) or "(none)"
            problems.append(
                ReturnProblem.make(RCode.TR_PLACEHOLDERS, file, line, key=key, fields=fields)
            )
    missing = [k for k in keys if not (tr.strings.get(k) or "").strip()]
    if missing:
        problems.append(
            ReturnProblem.make(
                RCode.TR_MISSING,
                file,
                None,
                warning=True,
                count=len(missing),
                lang=tr.language,
                key=missing[0],
                name=file.name,
            )
        )
    failed = any(not p.warning for p in problems)
    return (None if failed else tr), problems


def _check_file(
    path: Path, keys: Mapping[str, str], language: str, what: str, template_id: str
) -> tuple[Translation | None, list[ReturnProblem]]:
    text, read_problems = read_text(path)
    if text is None:
        detail = read_problems[0].message if read_problems else "unreadable"
        return None, [ReturnProblem.make(RCode.TR_BAD_FILE, path, None, detail=detail)]
    return parse_translation(
        text, keys, name=str(path), language=language, what=what, template_id=template_id
    )


@dataclass(frozen=True)
class Language:
    """One language's files for a template, as checked."""

    code: str
    template_file: Path
    template: Translation | None
    common_file: Path | None
    common: Translation | None
    problems: tuple[ReturnProblem, ...] = ()

    @property
    def usable(self) -> bool:
        return self.template is not None and not any(not p.warning for p in self.problems)

    @property
    def name(self) -> str:
        return self.template.name if self.template else self.code

    @property
    def reviewed(self) -> bool:
        """True only when the template's and the fixed words' files are both reviewed."""
        return bool(
            self.template and self.template.reviewed and self.common and self.common.reviewed
        )


@dataclass(frozen=True)
class Coverage:
    """Which labels of a return in one language would be printed in English."""

    language: str
    template: tuple[str, ...]
    words: tuple[str, ...]
    pack: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not (self.template or self.words or self.pack)

    @property
    def missing(self) -> int:
        return len(self.template) + len(self.words) + len(self.pack)


@dataclass(frozen=True)
class TemplateLanguages:
    """The languages a template's returns can be made in (English always)."""

    template_id: str
    languages: Mapping[str, Language] = field(default_factory=dict)
    pack_folder: Path | None = None
    """The form pack's folder, whose `translations/` give the choices' labels."""

    @property
    def codes(self) -> list[str]:
        """English first, then every language whose files have no errors."""
        return [ENGLISH, *sorted(c for c, lang in self.languages.items() if lang.usable)]

    def problems(self) -> list[ReturnProblem]:
        return [p for lang in self.languages.values() for p in lang.problems]

    def pack_translation(self, code: str) -> Translation | None:
        if self.pack_folder is None:
            return None
        return _pack_translation(self.pack_folder / "translations" / f"{code}.yaml")

    def labels(self, code: str, pack_translation: Translation | None = None) -> Labels:
        """The labels of a return in `code`. Raises ReturnTemplateError when the template
        has no usable files for that language."""
        if code == ENGLISH:
            return ENGLISH_LABELS
        lang = self.languages.get(code)
        if lang is None or not lang.usable or lang.template is None:
            if lang is not None and lang.problems:
                raise ReturnTemplateError([p for p in lang.problems if not p.warning])
            problem = ReturnProblem.make(
                RCode.NO_LANGUAGE,
                None,
                None,
                id=self.template_id,
                language=code,
                languages=", ".join(self.codes),
            )
            raise ReturnTemplateError([problem])
        pack_tr = pack_translation or self.pack_translation(code)
        sources = [lang.template, lang.common, pack_tr]
        tr = lang.template
        return Labels(
            language=code,
            name=tr.name,
            english_name=tr.english_name or tr.name,
            direction=tr.direction,
            reviewed=all(s is not None and s.reviewed for s in sources),
            words=dict(lang.common.strings) if lang.common else {},
            template=dict(tr.strings),
            pack=dict(pack_tr.strings) if pack_tr else {},
        )

    def coverage(self, code: str, template: ReturnTemplate, pack: Pack) -> Coverage:
        """What a return in `code` would print in English, by where it is missing."""
        labels = self.labels(code)
        missing: dict[Source, list[str]] = {Source.TEMPLATE: [], Source.WORD: [], Source.PACK: []}
        seen: set[tuple[Source, str]] = set()
        texts = [*texts_of(template, pack), *(Text.word(k) for k in WORDS)]
        for text in texts:
            if text.source is Source.LITERAL or (text.source, text.key) in seen:
                continue
            seen.add((text.source, text.key))
            if labels.translated(text) is None:
                missing[text.source].append(text.key)
        return Coverage(
            code,
            tuple(missing[Source.TEMPLATE]),
            tuple(missing[Source.WORD]),
            tuple(missing[Source.PACK]),
        )


def load_languages(
    template_path: Path | str, template: ReturnTemplate, pack: Pack
) -> TemplateLanguages:
    """Find and check a template's translation files (never raises for a bad one)."""
    folder = Path(template_path).parent
    here = folder / FOLDER
    files = translation_files(here, template.id)
    commons = translation_files(here, COMMON)
    keys = template_keys(template, pack) if files else {}
    words = word_keys()
    found: dict[str, Language] = {}
    for code, path in files.items():
        if code == ENGLISH:
            continue
        tr, problems = _check_file(path, keys, code, "label of the template", template.id)
        common_path = commons.get(code)
        common: Translation | None = None
        if common_path is not None:
            common, more = _check_file(common_path, words, code, "fixed word", template.id)
            problems += more
        else:
            problems.append(
                ReturnProblem.make(
                    RCode.TR_MISSING,
                    here / f"{COMMON}.{code}.yaml",
                    None,
                    warning=True,
                    count=len(words),
                    lang=code,
                    key=next(iter(words)),
                    name=f"{COMMON}.{code}.yaml (the file is missing)",
                )
            )
        found[code] = Language(code, path, tr, common_path, common, tuple(problems))
    return TemplateLanguages(template.id, found, _pack_folder(folder, template.pack))


def _pack_folder(templates: Path, pack_id: str) -> Path | None:
    """The pack's folder: beside the templates folder (forms/<pack>), else the default."""
    for candidate in (templates.parent / pack_id, default_forms_dir() / pack_id):
        if (candidate / "pack.yaml").is_file():
            return candidate
    return None


_cache: dict[Path, tuple[tuple[int, int], Translation | None]] = {}
_cache_lock = threading.Lock()


def _pack_translation(path: Path) -> Translation | None:
    """A form pack's translation file, read once until it changes. The pack loader has
    already checked it; one that cannot be read gives English labels (see `coverage`)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    stamp = (stat.st_mtime_ns, stat.st_size)
    with _cache_lock:
        hit = _cache.get(path)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    text, _problems = read_text(path)
    found: Translation | None = None
    if text is not None:
        tree, problems = parse_yaml(text, path)
        if not problems:
            try:
                found = Translation.model_validate(plain(tree))
            except ValidationError:
                found = None
    with _cache_lock:
        _cache[path] = (stamp, found)
    return found


# --------------------------------------------------------------------------- templates


def languages_of(template: ReturnTemplate) -> TemplateLanguages:
    """The languages attached to a template when it was checked against a pack
    (`check_template(path, pack)`); English only for a template checked from text."""
    found: Any = template._languages
    if isinstance(found, TemplateLanguages):
        return found
    return TemplateLanguages(template.id)


def with_languages(template: ReturnTemplate, languages: TemplateLanguages) -> ReturnTemplate:
    template._languages = languages
    return template
