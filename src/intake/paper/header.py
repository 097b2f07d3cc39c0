"""The form label: one line of text naming the pack, version, stage and reference.

It is printed as a QR code on personalised packs and stored in a hidden field of fillable
PDFs, so transcription and import find the right pack and the right record without
anybody typing a name. The format is deliberately tiny and versioned:

    INTAKE1|<pack id>|<pack version>|<stage id, or * for every stage>|<reference>

for example `INTAKE1|core|1.0|referral|V-7KQ2-MX4P`. The reference may be empty on a blank
fillable form. Ids never contain `|`, and references are limited to letters, digits and
`-`, so the separator needs no escaping. Nothing else personal is ever put in it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from intake.paper.errors import PaperCode, PaperError

MAGIC = "INTAKE1"
ALL_STAGES = "*"
_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_VERSION = re.compile(r"^\d+\.\d+(\.\d+)?$")
_REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,31}$")


class FormHeader(NamedTuple):
    """Which form this is: (pack, version, stage, reference). Stage None means all stages."""

    pack: str
    version: str
    stage: str | None
    reference: str | None


def check_reference(reference: str) -> str:
    """The reference, or PaperError(BAD_REFERENCE) if it could not travel in a label."""
    if not _REFERENCE.match(reference):
        raise PaperError(PaperCode.BAD_REFERENCE)
    return reference


def format_header(header: FormHeader) -> str:
    """The label text for a header; the inverse of `parse_header`."""
    if header.reference:
        check_reference(header.reference)
    stage = header.stage if header.stage is not None else ALL_STAGES
    return "|".join((MAGIC, header.pack, header.version, stage, header.reference or ""))


def parse_header(text: str) -> FormHeader:
    """Read a label; raises PaperError(BAD_HEADER) for anything that is not exactly one."""
    parts = text.strip().split("|")
    if len(parts) != 5 or parts[0] != MAGIC:
        raise PaperError(PaperCode.BAD_HEADER)
    _, pack, version, stage, reference = parts
    ok = (
        _ID.match(pack)
        and _VERSION.match(version)
        and (stage == ALL_STAGES or _ID.match(stage))
        and (reference == "" or _REFERENCE.match(reference))
    )
    if not ok:
        raise PaperError(PaperCode.BAD_HEADER)
    return FormHeader(
        pack=pack,
        version=version,
        stage=None if stage == ALL_STAGES else stage,
        reference=reference or None,
    )
