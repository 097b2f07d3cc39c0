"""Interview engine speed: time per step on the example pack and on a generated pack of
300 questions with 50 conditions. Target: under 1 ms per step.

Baseline, measured in the same run: evaluating every condition of the pack once per step
with no engine around it, the irreducible work of deciding what to show next.
"""

from __future__ import annotations

import random
import time
from datetime import date
from pathlib import Path

from bench._table import Row
from intake.forms import Pack, load_pack, parse_pack
from intake.interview import CheckInStep, Interview, QuestionStep
from intake.interview.conditions import evaluate

TODAY = date(2026, 11, 1)
EXAMPLE = Path(__file__).resolve().parent.parent / "tests" / "packs" / "example"


def generated_pack(questions: int = 300, conditions: int = 50, seed: int = 7) -> Pack:
    rng = random.Random(seed)
    lines = ['id: big\nversion: "1.0"\ntitle: Big\nstages:\n  - id: s\n    title: S\n    sections:']
    per_section = 30
    conditioned = set(rng.sample(range(10, questions), conditions))
    for n in range(questions):
        if n % per_section == 0:
            lines.append(f"      - id: sec{n}\n        title: Section {n}\n        questions:")
        kind = ("yes_no", "number", "single_choice")[n % 3]
        q = f"          - id: q{n}\n            type: {kind}\n            prompt: Question {n}?"
        if kind == "single_choice":
            q += "\n            choices: [{value: a, label: A}, {value: b, label: B}]"
        if n in conditioned:
            earlier = rng.randrange(0, n - 1)
            ek = ("yes_no", "number", "single_choice")[earlier % 3]
            test = {"yes_no": 'equals: "yes"', "number": "at_least: 3", "single_choice": "in: [a]"}
            q += f"\n            when: {{any: [{{question: q{earlier}, {test[ek]}}}, "
            q += f"{{question: q{earlier}, declined: true}}]}}"
        lines.append(q)
    loaded, problems = parse_pack("\n".join(lines) + "\n")
    assert loaded is not None, problems
    return loaded.pack


def _walk(pack: Pack, stage: str) -> tuple[int, float]:
    iv = Interview(pack, stage, today=TODAY)
    steps = 0
    started = time.perf_counter()
    step = iv.current()
    while not iv.is_finished:
        if isinstance(step, QuestionStep):
            q = step.question
            value = {"yes_no": "yes", "number": 4, "scale": 3, "date": "1990-01-01"}.get(
                q.type, step.choices[0].value if step.choices else "text"
            )
            if q.type == "multiple_choice":
                value = [step.choices[0].value]
            iv.answer(value)
        elif isinstance(step, CheckInStep):
            iv.check_in(4)
        step = iv.next()
        steps += 1
    return steps, time.perf_counter() - started


def _baseline(pack: Pack, steps: int) -> float:
    conds = [q.when for q in pack.questions() if q.when is not None]
    started = time.perf_counter()
    for _ in range(steps):
        for c in conds:
            evaluate(c, {}, TODAY)
    return time.perf_counter() - started


def run(quick: bool) -> list[Row]:
    rows: list[Row] = []
    repeats = 3 if quick else 20
    for name, pack, stages in (
        ("example pack", load_pack(EXAMPLE).pack, ["first", "later"]),
        ("300 questions, 50 conditions", generated_pack(), ["s"]),
    ):
        best = float("inf")
        total_steps = 0
        for _ in range(repeats):
            steps, seconds = 0, 0.0
            for stage in stages:
                n, t = _walk(pack, stage)
                steps, seconds = steps + n, seconds + t
            best = min(best, seconds / steps)
            total_steps = steps
        base = _baseline(pack, total_steps) / total_steps
        per_step_ms = best * 1000
        rows.append(
            Row(
                "engine",
                f"{name}: time per step",
                per_step_ms,
                "ms",
                baseline=base * 1000 if base > 0 else None,
                target="< 1 ms",
                ok=per_step_ms < 1.0,
            )
        )
        rows.append(Row("engine", f"{name}: steps per second", 1 / best, "steps/s"))
    return rows
