"""The machine-readable return: JSON checked by a published JSON Schema.

`forms/returns/return.schema.json` describes the document, so a commissioner's system
can validate a return before loading it. Suppressed figures are `null` (never a string),
so numbers stay numbers; the disclosure block says what `null` means.

Ids and codes (template, table ids and kinds, units, `row_keys`, `column_keys`, the
period) are the same in every language, so a program can read a Welsh or an Arabic
return as it reads an English one; titles and labels are in the language named by
`language`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from intake.paths import app_root
from intake.returns.tables import SUPPRESSED, Cell, PublishedTable, Return

FORMAT = "intake-return"
FORMAT_VERSION = 1
SCHEMA_PATH: Path = app_root() / "forms" / "returns" / "return.schema.json"


def _cells(cells: tuple[Cell, ...] | None) -> list[int | None] | None:
    return None if cells is None else [c.value for c in cells]


def _table(table: PublishedTable) -> dict[str, Any]:
    f = table.frame
    return {
        "id": f.id,
        "title": f.title,
        "kind": f.kind,
        "shape": f.shape.value,
        "unit": f.unit,
        "additive": f.additive,
        "note": f.note,
        "row_header": f.row_header,
        "rows": list(f.rows),
        "columns": list(f.columns),
        "row_keys": list(f.row_keys),
        "column_keys": list(f.column_keys),
        "cells": [[c.value for c in row] for row in table.cells],
        "row_totals": _cells(table.row_totals),
        "column_totals": _cells(table.column_totals),
        "grand_total": None if table.grand_total is None else table.grand_total.value,
        "has_grand_total": table.grand_total is not None,
    }


def json_document(ret: Return) -> dict[str, Any]:
    labels = ret.labels
    template: dict[str, Any] = {
        "id": ret.template_id,
        "version": ret.template_version,
        "title": ret.title,
    }
    if ret.description:
        template["description"] = ret.description
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "language": {
            "code": labels.language,
            "name": labels.name,
            "english_name": labels.english_name,
            "direction": labels.direction,
            "reviewed": labels.reviewed,
        },
        "template": template,
        "pack": ret.pack_id,
        "period": {"kind": ret.period_kind, "label": ret.period_label},
        "generated_on": ret.generated_on.isoformat(),
        "disclosure": {
            "method": ret.method,
            "threshold": ret.threshold,
            "suppressed_as": None,
            "symbol": SUPPRESSED,
            "rule": ret.rule(),
        },
        "tables": [_table(t) for t in ret.tables],
    }


def json_bytes(ret: Return) -> bytes:
    text = json.dumps(json_document(ret), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
