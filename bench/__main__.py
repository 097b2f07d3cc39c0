"""Run every benchmark and print one table: `python -m bench [--quick] [names...]`."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
from pathlib import Path

from bench._table import Row, render


def main() -> int:
    parser = argparse.ArgumentParser(prog="bench")
    parser.add_argument("--quick", action="store_true", help="smaller workloads")
    parser.add_argument("names", nargs="*", help="only these benchmarks (e.g. engine store)")
    args = parser.parse_args()
    here = Path(__file__).parent
    rows: list[Row] = []
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
        if not info.name.startswith("bench_"):
            continue
        short = info.name.removeprefix("bench_")
        if args.names and short not in args.names:
            continue
        module = importlib.import_module(f"bench.{info.name}")
        started = time.perf_counter()
        print(f"running {short} ...", file=sys.stderr, flush=True)
        rows += module.run(args.quick)
        print(f"  {short} took {time.perf_counter() - started:.1f} s", file=sys.stderr)
    print(render(rows))
    return 1 if any(r.ok is False for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
