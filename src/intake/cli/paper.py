"""`intake paper ...` and `intake referrals import`: paper forms from the command line.

Headless helpers around `intake.paper` for services that prepare packs in bulk, check a
referrer's file, or import filled forms and referral files in a script. `print`, `read`
and `referrals` need no sign-in; `paper import` and `referrals import` sign in (a prompt,
or `--user NAME --password-stdin`) and record. They print counts and problems, never
names or answers.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from intake.app import Session
from intake.app.paper_service import MatchStatus, PaperService
from intake.cli import CommandError
from intake.cli.signin import add_signin_args, friendly, signed_in
from intake.forms import FormError, LoadedPack, find_packs, load_pack
from intake.paper import (
    PaperError,
    PaperOptions,
    read_filled_pdf,
    read_header,
    read_mapping,
    read_referrals,
    render_pack,
    render_stage,
)
from intake.paths import default_forms_dir


def register(sub: Any) -> None:
    paper = sub.add_parser("paper", help="paper and fillable PDF forms, referral files")
    psub = paper.add_subparsers(dest="paper_command", metavar="ACTION", required=True)

    pr = psub.add_parser("print", help="save a stage, or a whole pack, as a PDF to print")
    pr.add_argument("--pack", required=True, help="pack id, e.g. core")
    which = pr.add_mutually_exclusive_group(required=True)
    which.add_argument("--stage", help="stage id, e.g. referral")
    which.add_argument("--all-stages", action="store_true", help="every stage of the pack")
    pr.add_argument("--lang", default=None, help="language code (default: the pack's own)")
    pr.add_argument("--fillable", action="store_true", help="add fields to fill in on screen")
    pr.add_argument(
        "--caseworker", action="store_true", help="include questions only asked in conversation"
    )
    pr.add_argument("--reference", help="a person's reference: printed with a QR code")
    pr.add_argument("-o", "--output", required=True, type=Path, help="the PDF file to write")
    pr.add_argument("--forms", type=Path, help="folder of packs (default: the bundled forms)")
    pr.set_defaults(handler=_print)

    rd = psub.add_parser("read", help="check a filled-in fillable PDF (prints no answers)")
    rd.add_argument("file", type=Path)
    rd.add_argument("--forms", type=Path, help="folder of packs (default: the bundled forms)")
    rd.set_defaults(handler=_read)

    rf = psub.add_parser("referrals", help="check a referral CSV against a mapping file")
    rf.add_argument("file", type=Path)
    rf.add_argument("--mapping", required=True, type=Path, help="the mapping YAML file")
    rf.add_argument("--pack", required=True, help="pack id, e.g. core")
    rf.add_argument("--forms", type=Path, help="folder of packs (default: the bundled forms)")
    rf.set_defaults(handler=_referrals)

    im = psub.add_parser("import", help="record the answers in a filled-in fillable PDF")
    im.add_argument("file", type=Path)
    im.add_argument("--forms", type=Path, help="folder of packs (default: the bundled forms)")
    add_signin_args(im)
    im.set_defaults(handler=_import_pdf)

    referrals = sub.add_parser("referrals", help="import referral files")
    rsub = referrals.add_subparsers(dest="referrals_command", metavar="ACTION", required=True)
    ri = rsub.add_parser("import", help="add every referral in a CSV file, or none of them")
    ri.add_argument("file", type=Path)
    ri.add_argument("--mapping", required=True, type=Path, help="the mapping YAML file")
    ri.add_argument("--pack", default=None, help="pack id (default: the mapping's, else core)")
    ri.add_argument("--forms", type=Path, help="folder of packs (default: the bundled forms)")
    add_signin_args(ri)
    ri.set_defaults(handler=_import_referrals)


def find_pack(pack_id: str, forms: Path | None = None) -> LoadedPack:
    """The pack with this id under the forms folder, or a CommandError saying what exists."""
    root = forms or default_forms_dir()
    folders = find_packs(root)
    ordered = sorted(folders, key=lambda f: f.name != pack_id)  # the likely folder first
    ids: list[str] = []
    for folder in ordered:
        try:
            loaded = load_pack(folder)
        except FormError:
            if folder.name == pack_id:
                raise CommandError(
                    f"the pack '{pack_id}' has errors; run `intake forms check {folder}`."
                ) from None
            continue
        if loaded.pack.id == pack_id:
            return loaded
        ids.append(loaded.pack.id)
    known = ", ".join(sorted(ids)) or "none"
    raise CommandError(f"there is no pack '{pack_id}' in {root} (packs found: {known}).")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or 'unreadable'}.") from None


def _print(args: argparse.Namespace) -> int:
    loaded = find_pack(args.pack, args.forms)
    options = PaperOptions(
        language=args.lang,
        for_caseworker=args.caseworker,
        fillable=args.fillable,
        reference=args.reference,
    )
    try:
        if args.all_stages:
            pdf = render_pack(loaded, options)
        else:
            pdf = render_stage(loaded, args.stage, options)
    except PaperError as exc:
        raise CommandError(exc.message) from None
    try:
        args.output.write_bytes(pdf)
    except OSError as exc:
        raise CommandError(f"cannot write {args.output}: {exc.strerror or 'failed'}.") from None
    print(f"Wrote {args.output} ({len(pdf):,} bytes).")
    return 0


def _read(args: argparse.Namespace) -> int:
    data = _read_bytes(args.file)
    try:
        header = read_header(data)
        loaded = find_pack(header.pack, args.forms)
        form = read_filled_pdf(data, loaded.pack)
    except PaperError as exc:
        raise CommandError(exc.message) from None
    stage = header.stage or "all stages"
    print(f"Pack {header.pack} {header.version}, {stage}, reference {header.reference or 'none'}.")
    print(f"{len(form.answers)} answer(s), {len(form.check_ins)} check-in(s).")
    for problem in form.problems:
        print(f"  {problem}")
    return 1 if form.problems else 0


def _mapping_text(path: Path) -> str:
    try:
        return _read_bytes(path).decode("utf-8")
    except UnicodeDecodeError:
        raise CommandError(f"{path} is not a UTF-8 text file.") from None


def _referrals(args: argparse.Namespace) -> int:
    loaded = find_pack(args.pack, args.forms)
    mapping_text = _mapping_text(args.mapping)
    try:
        mapping = read_mapping(mapping_text, loaded.pack)
        batch = read_referrals(_read_bytes(args.file), mapping, loaded.pack)
    except PaperError as exc:
        raise CommandError(exc.message) from None
    answers = sum(len(r.answers) for r in batch.rows)
    print(f"{len(batch.rows)} referral(s) read, {answers} answer(s).")
    if batch.ignored_columns:
        print(f"Columns not in the mapping (ignored): {', '.join(batch.ignored_columns)}.")
    for problem in batch.problems:
        print(f"  {problem}")
    if batch.importable:
        print("The file can be imported.")
        return 0
    print("Nothing can be imported until every row fits.")
    return 1


@friendly
def _import_pdf(args: argparse.Namespace) -> int:
    data = _read_bytes(args.file)
    try:
        loaded = find_pack(read_header(data).pack, args.forms)
    except PaperError as exc:
        raise CommandError(exc.message) from None
    with signed_in(args) as session:
        return _record_pdf(session, data, loaded)


def _record_pdf(session: Session, data: bytes, loaded: LoadedPack) -> int:
    service = PaperService(session)
    try:
        preview = service.preview_filled_pdf(data, loaded.pack)
    except PaperError as exc:
        raise CommandError(exc.message) from None
    for problem in preview.problems:
        print(f"  Not recorded: {problem}")
    if preview.match is not MatchStatus.MATCHED:
        print(preview.reason)
        return 1
    if not preview.can_record:
        print("There is nothing new on this form to record.")
        return 0
    done = service.record_preview(preview)
    print(
        f"Recorded {done.answers} answer(s) and {done.check_ins} check-in(s)"
        f"; {done.unchanged} already known."
    )
    return 0


@friendly
def _import_referrals(args: argparse.Namespace) -> int:
    mapping_text = _mapping_text(args.mapping)
    pack_id = args.pack or _mapping_pack(mapping_text) or "core"
    loaded = find_pack(pack_id, args.forms)
    try:
        mapping = read_mapping(mapping_text, loaded.pack)
        batch = read_referrals(_read_bytes(args.file), mapping, loaded.pack)
    except PaperError as exc:
        raise CommandError(exc.message) from None
    if not batch.importable:
        for problem in batch.problems:
            print(f"  {problem}")
        print("Nothing was imported: every row must fit first.")
        return 1
    with signed_in(args) as session:
        service = PaperService(session)
        issues = service.check_referrals(batch)
        if issues:
            for issue in issues:
                print(f"  {issue.message}")
            print("Nothing was imported: every row must fit first.")
            return 1
        done = service.import_referrals(batch, loaded.pack)
    print(
        f"Imported {done.journeys_opened} referral(s): {done.people_created} new "
        f"person(s), {done.people_matched} already known, {done.answers_recorded} answer(s)."
    )
    if done.kept_known:
        print(f"{done.kept_known} answer(s) were already known and were kept as they were.")
    if done.rows_to_check:
        rows = ", ".join(str(r) for r in done.rows_to_check)
        print(f"Rows {rows}: someone similar is already recorded; check they are not the same.")
    return 0


def _mapping_pack(text: str) -> str | None:
    """The `pack:` a mapping names, read before the pack itself is chosen."""
    for line in text.splitlines():
        if line.startswith("pack:"):
            value = line.split(":", 1)[1].split("#", 1)[0].strip().strip("'\"")
            return value or None
    return None
