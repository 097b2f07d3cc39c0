"""A cache of checked packs, so the app starts quickly.

Reading YAML with positions (for located errors) takes most of a second for the default
pack; the validated pack as JSON loads in milliseconds. The cache key is a hash of every
file of the pack and of this code's version, so any edit is seen at once. Only packs with
no problems at all are cached; a pack with problems always goes through the full loader.
Form definitions hold no personal data, so the cache may live in the user's cache folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from intake import __version__
from intake.forms.loader import PACK_FILE, LoadedPack, load_pack
from intake.forms.model import Pack
from intake.forms.translations import Translation

CACHE_FORMAT = 1


def pack_digest(folder: Path) -> str:
    """A hash of every YAML file of the pack, with their paths, and of this code."""
    h = hashlib.sha256(f"{CACHE_FORMAT}|{__version__}".encode())
    for path in sorted(folder.rglob("*.yaml")):
        h.update(str(path.relative_to(folder)).encode("utf-8") + b"\0")
        h.update(path.read_bytes() + b"\0")
    return h.hexdigest()


def load_pack_cached(folder: Path | str, cache_dir: Path | None) -> LoadedPack:
    """As `load_pack`, through a cache of checked packs when `cache_dir` is given."""
    folder = Path(folder)
    if folder.is_file():
        folder = folder.parent
    if cache_dir is None or not (folder / PACK_FILE).is_file():
        return load_pack(folder)
    try:
        digest = pack_digest(folder)
    except OSError:
        return load_pack(folder)
    entry = cache_dir / f"{folder.name}-{digest[:40]}.json"
    cached = _read(entry, folder)
    if cached is not None:
        return cached
    loaded = load_pack(folder)  # raises FormError on a bad pack: nothing is cached
    if not loaded.warnings:
        _write(entry, loaded)
    return loaded


def _read(entry: Path, folder: Path) -> LoadedPack | None:
    try:
        data = json.loads(entry.read_text(encoding="utf-8"))
        pack = Pack.model_validate(data["pack"])
        translations = {
            lang: Translation.model_validate(t) for lang, t in data["translations"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, ValidationError):
        return None  # missing or damaged: the full loader runs and rewrites it
    return LoadedPack(pack, folder, translations, [])


def _write(entry: Path, loaded: LoadedPack) -> None:
    data = {
        "pack": loaded.pack.model_dump(mode="json", by_alias=True),
        "translations": {
            lang: t.model_dump(mode="json") for lang, t in loaded.translations.items()
        },
    }
    tmp: str | None = None
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".pack-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f)
        os.replace(tmp, entry)
        tmp = None
    except OSError:
        pass  # a cache that cannot be written only costs time
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
