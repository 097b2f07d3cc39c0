"""The four output files: nothing personal in them, and they read back as written."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import jsonschema
import openpyxl
import pypdf
import pytest

from intake.returns import Disclosure, Method, Return, build_return
from intake.returns.writers import (
    SCHEMA_PATH,
    csv_bytes,
    json_document,
    pdf_bytes,
    write_all,
    xlsx_bytes,
)
from intake.returns.writers.to_xlsx import sheet_names

from .support import GENERATED, Q3, pack, template, texts
from .test_counts import CANARY_NAME, journeys

REFERENCE = "REF-7Q4X9"
NOTE = "said the neighbour was there"


def exact_dates() -> set[str]:
    """Every date the journeys carry, in the ways a date could be written."""
    days: set[date] = set()
    for r in journeys():
        days |= {d for d in (r.referral_date, r.first_contact_date, r.closed_date) if d}
        for _status, value in r.answers.values():
            if isinstance(value, str) and value[:2] in ("19", "20") and len(value) == 10:
                days.add(date.fromisoformat(value))
    forms = set()
    for d in days:
        forms |= {d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%-d %B %Y")}
    return forms


def make(method: Method = Method.SUPPRESS) -> Return:
    t = template()
    t = t.model_copy(update={"disclosure": Disclosure(method=method)})
    return build_return(t, pack(), journeys() * 3, Q3, GENERATED)


@pytest.mark.parametrize("method", [Method.SUPPRESS, Method.NONE])
def test_no_name_reference_note_or_exact_date_leaves(tmp_path: Path, method: Method) -> None:
    paths = write_all(make(method), tmp_path)
    assert sorted(p.suffix for p in paths) == [".csv", ".json", ".pdf", ".xlsx"]
    found = texts(tmp_path)
    for suffix, text in found.items():
        # The scan can see the file's words: the period is there in every one.
        assert "2026-Q3" in text, suffix
        for canary in (CANARY_NAME, "Quillfeather", REFERENCE, NOTE, *exact_dates()):
            assert canary not in text, f"{canary!r} found in the {suffix} file"


def test_the_scan_would_see_a_leak(tmp_path: Path) -> None:
    ret = make()
    first = ret.tables[0]
    frame = replace(first.frame, rows=(CANARY_NAME, *first.frame.rows[1:]))
    leaky = replace(ret, tables=(replace(first, frame=frame), *ret.tables[1:]))
    write_all(leaky, tmp_path)
    assert all(CANARY_NAME in text for text in texts(tmp_path).values())


def test_xlsx_reads_back_with_the_same_numbers() -> None:
    ret = make()
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(ret)))
    assert wb.sheetnames[0] == "Notes"
    notes = "\n".join(str(c.value) for row in wb["Notes"].iter_rows() for c in row if c.value)
    assert "[c]" in notes
    assert "threshold 5" in notes
    for table, name in zip(ret.tables, sheet_names(ret), strict=True):
        ws = wb[name]
        assert ws["A1"].value == table.title
        header_row = 4  # title, caption, a blank row, then the header
        assert ws.cell(header_row, 1).value == table.frame.row_header
        for i, row in enumerate(table.cells):
            assert ws.cell(header_row + 1 + i, 1).value == table.frame.rows[i]
            for j, cell in enumerate(row):
                want = "[c]" if cell.value is None else cell.value
                assert ws.cell(header_row + 1 + i, 2 + j).value == want
        if table.column_totals is not None:
            last = header_row + 1 + len(table.cells)
            got = [ws.cell(last, 2 + j).value for j in range(len(table.column_totals))]
            assert got == [c.text() if c.value is None else c.value for c in table.column_totals]


def test_xlsx_carries_only_the_day_it_was_made() -> None:
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(make())))
    assert wb.properties.modified is not None
    assert wb.properties.modified.date() == GENERATED
    assert wb.properties.created is not None
    assert wb.properties.created.date() == GENERATED


def test_json_validates_against_the_published_schema() -> None:
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    ret = make()
    document = json_document(ret)
    jsonschema.Draft202012Validator(schema).validate(document)
    assert document["template"] == {"id": "mini-quarterly", "version": "1.0",
                                    "title": "Mini quarterly return"}  # fmt: skip
    assert document["period"] == {"kind": "quarter", "label": "2026-Q3"}
    assert document["generated_on"] == "2026-10-05"
    volumes = document["tables"][0]
    assert volumes["cells"] == [[c.value for c in row] for row in ret.tables[0].cells]


def test_the_schema_rejects_a_document_with_more_in_it() -> None:
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    document = json_document(make())
    document["tables"][0]["referral_dates"] = ["2026-07-02"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)


def test_csv_is_utf8_with_a_byte_order_mark_and_one_row_per_figure() -> None:
    ret = make(Method.NONE)
    data = csv_bytes(ret)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    volumes = {r["row"]: r["value"] for r in rows if r["table"] == "volumes"}
    assert volumes["People supported"] == "4"
    assert volumes["Journeys open in the period"] == "15"
    cross = [r for r in rows if r["table"] == "ethnicity_by_sex"]
    assert {"row": "Total", "column": "Total"}.items() <= next(
        r for r in cross if r["row"] == r["column"] == "Total"
    ).items()
    assert len(cross) == 5 * 4 + 5 + 4 + 1


def test_suppressed_figures_are_marked_alike_everywhere() -> None:
    ret = make()
    assert any(t.any_suppressed for t in ret.tables)
    rows = list(csv.DictReader(io.StringIO(csv_bytes(ret).decode("utf-8-sig"))))
    assert "[c]" in {r["value"] for r in rows}
    assert all(r["value"] == "[c]" or int(r["value"]) == 0 or int(r["value"]) >= 5
               for r in rows)  # fmt: skip
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf_bytes(ret))).pages)
    assert "[c] Withheld so that no one can be identified." in text


def test_pdf_is_the_same_for_the_same_return() -> None:
    ret = make()
    assert pdf_bytes(ret) == pdf_bytes(ret)


def test_pdf_charts_are_drawn_without_reportlabs_attribute_checks() -> None:
    """The check must be off before reportlab's chart modules are first imported, which
    importing the writers does; in a fresh interpreter, so no earlier import hides it."""
    code = (
        "import intake.returns.writers\n"
        "from reportlab.graphics.shapes import Shape\n"
        "from reportlab.graphics.widgetbase import Widget\n"
        "print('__setattr__' in vars(Shape), '__setattr__' in vars(Widget))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.split() == ["False", "False"]


def test_reportlab_uses_its_compiled_helpers() -> None:
    from reportlab.lib import rl_accel

    assert type(rl_accel.fp_str).__name__ == "builtin_function_or_method"
    assert type(rl_accel.asciiBase85Encode).__name__ == "builtin_function_or_method"
