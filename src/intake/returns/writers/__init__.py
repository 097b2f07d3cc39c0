"""Writers for a published return: CSV, XLSX, JSON (with a JSON Schema) and a PDF summary.

Every writer takes a `Return`, which holds only figures that passed disclosure control,
and the writers add nothing but labels from the template and pack, the period and the
date the return was made. `write_all` writes the four files side by side.

Every writer prints in the return's language (`build_return(..., language=...)`), so the
four files always agree; `pdf_language` says when the PDF summary has to fall back to
English because it cannot print the language's script yet.
"""

from __future__ import annotations

from pathlib import Path

from intake.returns.tables import Return
from intake.returns.writers import _settings  # noqa: F401 (before reportlab's charts)
from intake.returns.writers.to_csv import csv_bytes
from intake.returns.writers.to_json import SCHEMA_PATH, json_bytes, json_document
from intake.returns.writers.to_pdf import pdf_bytes, pdf_language
from intake.returns.writers.to_xlsx import xlsx_bytes

__all__ = [
    "SCHEMA_PATH",
    "csv_bytes",
    "file_stem",
    "json_bytes",
    "json_document",
    "pdf_bytes",
    "pdf_language",
    "write_all",
    "xlsx_bytes",
]


def file_stem(ret: Return) -> str:
    """e.g. `pcc-quarterly_2026-Q3`: the template and the period, nothing finer, and the
    language when it is not English (`pcc-quarterly_2026-Q3_cy`), so returns in two
    languages can sit in one folder."""
    period = ret.period_label.replace(" to ", "_to_").replace(" ", "_")
    language = "" if ret.labels.english else f"_{ret.language}"
    return f"{ret.template_id}_{period}{language}"


def write_all(ret: Return, folder: Path) -> list[Path]:
    """Write the four files into `folder` (created if missing); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = file_stem(ret)
    outputs = {
        ".csv": csv_bytes(ret),
        ".xlsx": xlsx_bytes(ret),
        ".json": json_bytes(ret),
        ".pdf": pdf_bytes(ret),
    }
    paths = []
    for suffix, data in outputs.items():
        path = folder / f"{stem}{suffix}"
        path.write_bytes(data)
        paths.append(path)
    return paths
