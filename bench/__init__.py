"""Benchmarks: `make bench` runs every `bench_*.py` module and prints one table.

Each module defines `run(quick: bool) -> list[Row]`. A row carries a measurement, the
baseline measured in the same run where there is one, the ratio and the target, so that
numbers are compared on the same machine at the same moment rather than against a clock.
"""
