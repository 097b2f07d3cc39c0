"""Even the operating system's file cache out before a timed comparison."""

from __future__ import annotations

from pathlib import Path


def warm(*files: Path) -> None:
    """Read each file end to end, so the operating system holds every database being
    compared in its cache alike. A machine that gives back idle cache (as the virtual
    machines these benchmarks run on do) otherwise drops whichever file was left alone
    longest, and a comparison then measures the disk, not the work."""
    for path in files:
        if not path.exists():
            continue
        with path.open("rb") as f:
            while f.read(8 << 20):
                pass
