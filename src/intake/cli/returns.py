"""`intake returns templates|keys|export`: anonymised returns in a script.

    intake returns templates
    intake returns keys --template pcc-quarterly [--missing cy]
    intake returns export --template pcc-quarterly --period 2026-Q3 -o DIR \
        [--language cy] [--workspace DIR] [--user NAME --password-stdin]

`templates` lists every template with the languages its returns can be made in, and any
problem in a template or a translation file. `keys` prints every translation key of a
template and of Intake's fixed words with its English (for translators and reviewers),
or only the ones a language has not translated. `export` signs in (a manager or
administrator), writes CSV, XLSX, JSON and a PDF summary, and the export is logged in the
audit trail. It prints file names and the period, never a figure, a name or a reference.
Every problem is one plain sentence.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from intake.app.reporting import Reporting, templates_dir
from intake.cli import CommandError
from intake.cli.signin import add_signin_args, friendly, signed_in
from intake.forms import FormError, Pack, load_pack
from intake.paths import default_forms_dir
from intake.returns import ReturnTemplate, ReturnTemplateError, check_template, find_templates
from intake.returns.translations import (
    COMMON,
    FOLDER,
    TemplateLanguages,
    languages_of,
    pack_keys,
    template_keys,
    word_keys,
)
from intake.returns.writers import pdf_language


def register(sub: Any) -> None:
    returns = sub.add_parser("returns", help="anonymised returns for funders")
    rsub = returns.add_subparsers(dest="returns_command", metavar="ACTION", required=True)

    listing = rsub.add_parser(
        "templates", help="list the return templates and the languages they can be made in"
    )
    listing.set_defaults(handler=_templates)

    keys = rsub.add_parser(
        "keys", help="print a template's translation keys with their English (for translators)"
    )
    keys.add_argument("--template", required=True, help="template id, e.g. pcc-quarterly")
    keys.add_argument(
        "--missing",
        metavar="LANGUAGE",
        help="only the keys this language has not translated yet, e.g. cy",
    )
    keys.set_defaults(handler=_keys)

    export = rsub.add_parser(
        "export", help="write a return as CSV, XLSX, JSON and PDF (managers and administrators)"
    )
    export.add_argument("--template", required=True, help="template id, e.g. pcc-quarterly")
    export.add_argument(
        "--period",
        required=True,
        help="e.g. 2026-Q3, 2026-27-Q1, 2026, 2026-27 or 2026-07-01..2026-09-30",
    )
    export.add_argument(
        "-o", "--output", required=True, type=Path, metavar="DIR", help="folder for the files"
    )
    export.add_argument(
        "--language",
        default="en",
        metavar="CODE",
        help="the language of the labels, e.g. cy, pl, ar, ur (default en); "
        "'intake returns templates' lists each template's languages",
    )
    add_signin_args(export)
    export.set_defaults(handler=_export)


def _pack(pack_id: str) -> Pack:
    folder = default_forms_dir() / pack_id
    try:
        return load_pack(folder).pack
    except FormError as exc:
        first = exc.problems[0] if exc.problems else "it could not be read"
        raise CommandError(
            f"the form pack '{pack_id}' has a problem, so no return can be made: {first}"
        ) from None


def _template(template_id: str) -> tuple[ReturnTemplate, Pack]:
    """A template checked against its pack, with its languages."""
    found = find_templates(templates_dir())
    path = found.get(template_id)
    if path is None:
        names = ", ".join(found) or "none"
        raise CommandError(
            f"there is no return template called '{template_id}'. The templates are: {names}."
        )
    template, problems = check_template(path)
    if template is None:
        raise CommandError(
            f"the template '{template_id}' has a problem: {problems[0] if problems else ''}"
        )
    pack = _pack(template.pack)
    template, problems = check_template(path, pack)
    if template is None:
        first = next((p for p in problems if not p.warning), "")
        raise CommandError(f"the template '{template_id}' has a problem: {first}")
    return template, pack


def _template_pack(template_id: str, period: str, language: str) -> Pack:
    """The pack a template is written for, with the period and the language checked
    against it: done before signing in, so a typing mistake is reported before the
    password is asked for."""
    template, pack = _template(template_id)
    Reporting.period(period, template)
    languages = languages_of(template)
    if language not in languages.codes:
        raise CommandError(_no_language(template, languages, language))
    return pack


def _no_language(template: ReturnTemplate, languages: TemplateLanguages, code: str) -> str:
    known = languages.languages.get(code)
    if known is not None:
        first = next((p for p in known.problems if not p.warning), None)
        return (
            f"the '{code}' labels of the template '{template.id}' have a problem, so a "
            f"return cannot be made in that language yet: {first}"
        )
    return (
        f"the template '{template.id}' has no labels in '{code}'. Its languages are: "
        f"{', '.join(languages.codes)}. To add one, see docs/translations.md."
    )


def _language_line(languages: TemplateLanguages) -> str:
    parts = []
    for code in languages.codes:
        lang = languages.languages.get(code)
        if lang is None:
            parts.append(code)
        else:
            parts.append(f"{code} ({lang.name}{'' if lang.reviewed else ', draft'})")
    return ", ".join(parts)


def _templates(_args: argparse.Namespace) -> int:
    found = find_templates(templates_dir())
    if not found:
        print("No return templates found.")
        return 0
    packs: dict[str, Pack | None] = {}
    status = 0
    for tid, path in found.items():
        template, problems = check_template(path)
        if template is not None and template.pack not in packs:
            try:
                packs[template.pack] = load_pack(default_forms_dir() / template.pack).pack
            except FormError:
                packs[template.pack] = None
        pack = packs.get(template.pack) if template is not None else None
        if template is not None and pack is not None:
            template, problems = check_template(path, pack)
        if template is None:
            status = 1
            print(f"{tid}  (cannot be used)")
            for p in problems:
                if not p.warning:
                    print(f"    {p}")
            continue
        print(f"{tid}  {template.period.value:<8} {template.title} (version {template.version})")
        languages = languages_of(template)
        print(f"    languages: {_language_line(languages)}")
        for code, lang in sorted(languages.languages.items()):
            errors = [p for p in lang.problems if not p.warning]
            if errors:
                status = 1
                print(f"    {code} cannot be used:")
                for p in errors:
                    print(f"      {p}")
                continue
            if pack is not None:
                missing = languages.coverage(code, template, pack)
                if not missing.complete:
                    print(
                        f"    {code}: {missing.missing} label(s) are printed in English "
                        f"(template {len(missing.template)}, fixed words {len(missing.words)}, "
                        f"form pack {len(missing.pack)}); "
                        f"'intake returns keys --template {tid} --missing {code}' lists them"
                    )
    return status


def _keys(args: argparse.Namespace) -> int:
    template, pack = _template(args.template)
    own = template_keys(template, pack)
    words = word_keys()
    folder = f"{templates_dir().name}/{FOLDER}"
    if args.missing:
        languages = languages_of(template)
        if args.missing not in languages.codes or args.missing == "en":
            raise CommandError(_no_language(template, languages, args.missing))
        missing = languages.coverage(args.missing, template, pack)
        pack_texts = pack_keys(template, pack)
        lang = args.missing
        sections = [
            (f"{folder}/{template.id}.{lang}.yaml", {k: own[k] for k in missing.template}),
            (f"{folder}/{COMMON}.{lang}.yaml", {k: words[k] for k in missing.words}),
            (
                f"{template.pack}/translations/{lang}.yaml (the form pack)",
                {k: pack_texts[k] for k in missing.pack},
            ),
        ]
        if missing.complete:
            print(f"Every label of '{template.id}' has a '{lang}' translation.")
            return 0
    else:
        sections = [
            (f"{folder}/{template.id}.<language>.yaml", own),
            (f"{folder}/{COMMON}.<language>.yaml", words),
        ]
    for title, keys in sections:
        if not keys:
            continue
        print(f"# {title}")
        for key, english in keys.items():
            print(f"{key}: {english}")
        print()
    return 0


@friendly
def _export(args: argparse.Namespace) -> int:
    language: str = args.language
    pack = _template_pack(args.template, args.period, language)
    output: Path = args.output
    if output.exists() and not output.is_dir():
        raise CommandError(f"{output} is a file; give a folder for the return.")
    with signed_in(args) as session:
        reporting = Reporting(session)
        try:
            result = reporting.export(args.template, args.period, output, pack, None, language)
        except ReturnTemplateError as exc:
            raise CommandError(f"the return cannot be made: {exc.problems[0]}") from None
        except OSError:
            raise CommandError(
                f"the return could not be written to {output}. Check the folder exists or "
                "can be made, that it is not read-only, and that the disk has space."
            ) from None
    ret = result.ret
    print(f"Return '{ret.title}' for {ret.period_label} written to {output}:")
    for path in result.paths:
        print(f"  {path.name}")
    if not ret.labels.english:
        name = f"{ret.labels.name} ({ret.labels.english_name})"
        draft = "" if ret.labels.reviewed else ", a draft translation not yet reviewed"
        print(f"Labels are in {name}{draft}; the figures are the same in every language.")
    if pdf_language(ret) != ret.language:
        print(
            f"The PDF summary is in English: it cannot print {ret.labels.english_name} yet. "
            f"The CSV, XLSX and JSON files are in {ret.labels.english_name}."
        )
    if any(t.any_suppressed for t in ret.tables):
        print("Figures shown as [c] are withheld so that no one can be identified.")
    return 0
