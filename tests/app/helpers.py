"""Test helpers: read every row of a workspace, and scan folders for plaintext."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from intake.store.database import PLAINTEXT_HEADER, Database


def dump(db: Database, skip: tuple[str, ...] = ()) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {}
    for name in db.table_counts():
        if name in skip:
            continue
        out[name] = db.all(f'SELECT * FROM "{name}" ORDER BY 1, 2')
    return out


def files_under(*folders: Path) -> list[Path]:
    return [p for f in folders if f.exists() for p in f.rglob("*") if p.is_file()]


def plaintext_files(*folders: Path) -> list[Path]:
    found = []
    for path in files_under(*folders):
        with open(path, "rb") as fh:
            if fh.read(len(PLAINTEXT_HEADER)) == PLAINTEXT_HEADER:
                found.append(path)
    return found


def files_containing(needle: bytes, *folders: Path) -> list[Path]:
    variants = {needle, needle.decode().encode("utf-16-le"), needle.lower(), needle.upper()}
    return [p for p in files_under(*folders) if any(v in p.read_bytes() for v in variants)]
