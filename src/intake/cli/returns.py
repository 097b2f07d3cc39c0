"""`intake returns templates` and `intake returns export`: anonymised returns in a script.

    intake returns templates
    intake returns export --template pcc-quarterly --period 2026-Q3 -o DIR \
        [--workspace DIR] [--user NAME --password-stdin]

`export` signs in (a manager or administrator), writes CSV, XLSX, JSON and a PDF
summary, and the export is logged in the audit trail. It prints file names and the
period, never a figure, a name or a reference. Every problem is one plain sentence.
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
from intake.returns import check_template, find_templates


def register(sub: Any) -> None:
    returns = sub.add_parser("returns", help="anonymised returns for funders")
    rsub = returns.add_subparsers(dest="returns_command", metavar="ACTION", required=True)

    listing = rsub.add_parser("templates", help="list the return templates")
    listing.set_defaults(handler=_templates)

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


def _template_pack(template_id: str, period: str) -> Pack:
    """The pack a template is written for, with the period checked against it: done
    before signing in, so a typing mistake is reported before the password is asked for."""
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
    Reporting.period(period, template)
    return _pack(template.pack)


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
        if template is not None and packs.get(template.pack) is not None:
            template, problems = check_template(path, packs[template.pack])
        if template is None:
            status = 1
            print(f"{tid}  (cannot be used)")
            for p in problems:
                if not p.warning:
                    print(f"    {p}")
            continue
        print(f"{tid}  {template.period.value:<8} {template.title} (version {template.version})")
    return status


@friendly
def _export(args: argparse.Namespace) -> int:
    pack = _template_pack(args.template, args.period)
    output: Path = args.output
    if output.exists() and not output.is_dir():
        raise CommandError(f"{output} is a file; give a folder for the return.")
    with signed_in(args) as session:
        reporting = Reporting(session)
        try:
            result = reporting.export(args.template, args.period, output, pack)
        except OSError:
            raise CommandError(
                f"the return could not be written to {output}. Check the folder exists or "
                "can be made, that it is not read-only, and that the disk has space."
            ) from None
    ret = result.ret
    print(f"Return '{ret.title}' for {ret.period_label} written to {output}:")
    for path in result.paths:
        print(f"  {path.name}")
    if any(t.any_suppressed for t in ret.tables):
        print("Figures shown as [c] are withheld so that no one can be identified.")
    return 0
