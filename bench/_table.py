"""The row type every benchmark returns, and the printed table."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    benchmark: str
    metric: str
    value: float
    unit: str
    baseline: float | None = None
    target: str = ""
    ok: bool | None = None
    """Whether the target is met; None where the row has no target."""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]


def render(rows: list[Row]) -> str:
    head = ("benchmark", "metric", "value", "baseline", "ratio", "target", "met")
    body = [
        (
            r.benchmark,
            r.metric,
            f"{r.value:,.3f} {r.unit}",
            "" if r.baseline is None else f"{r.baseline:,.3f} {r.unit}",
            "" if r.ratio is None else f"{r.ratio:.2f}",
            r.target,
            "" if r.ok is None else ("yes" if r.ok else "NO"),
        )
        for r in rows
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body, strict=False)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in body]
    return "\n".join(lines)
