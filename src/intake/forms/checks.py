"""Checks that need the whole pack: unique ids, conditions that make sense, no cycles,
and (with --strict) the trauma-informed rules.

Each check yields `(code, anchor, params)`; the loader turns an anchor (a kind and id,
plus an optional field) into a file and line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from intake.forms.errors import Code
from intake.forms.model import (
    NUMBER_TESTS,
    ChoiceQuestion,
    Condition,
    DateQuestion,
    NumberQuestion,
    Pack,
    QuestionT,
    ScaleQuestion,
    YesNo,
)


@dataclass(frozen=True)
class Anchor:
    kind: str  # "pack", "stage", "section", "question", "checkin", "choice_list"
    id: str
    field: str | None = None
    occurrence: int = 0


Finding = tuple[Code, Anchor, dict[str, object]]


def structural(pack: Pack, pruned: frozenset[str] = frozenset()) -> Iterator[Finding]:
    """Problems every loader run reports. `pruned` are question ids that failed shape checks
    (so conditions naming them are not reported a second time)."""
    yield from _duplicates(pack)
    yield from _choices(pack)
    yield from _conditions(pack, pruned)
    yield from _cycles(pack)


def strict(pack: Pack) -> Iterator[Finding]:
    """The trauma-informed rules."""
    for q in pack.questions():
        if not (q.why or "").strip():
            yield Code.STRICT_NO_WHY, Anchor("question", q.id), {"id": q.id}
        if q.is_personal and not q.prefer_not_to_say:
            yield (
                Code.STRICT_PERSONAL_NO_DECLINE,
                Anchor("question", q.id, "prefer_not_to_say"),
                {"id": q.id},
            )
        if q.protected_characteristic and not (q.definition or "").strip():
            yield Code.STRICT_NO_DEFINITION, Anchor("question", q.id), {"id": q.id}
    for stage in pack.stages:
        if not stage.check_ins:
            yield Code.STRICT_NO_CHECKIN, Anchor("stage", stage.id), {"id": stage.id}
        if stage.questions() and stage.transparency is None:
            yield Code.STRICT_NO_TRANSPARENCY, Anchor("stage", stage.id), {"id": stage.id}


def _duplicates(pack: Pack) -> Iterator[Finding]:
    kinds: dict[str, list[str]] = {
        "stage": [s.id for s in pack.stages],
        "section": [sec.id for s in pack.stages for sec in s.sections],
        "question": [q.id for q in pack.questions()],
        "checkin": [c.id for s in pack.stages for c in s.check_ins],
    }
    for kind, ids in kinds.items():
        seen: dict[str, int] = {}
        for ident in ids:
            seen[ident] = seen.get(ident, 0) + 1
            if seen[ident] == 2 or seen[ident] > 2:
                yield (
                    Code.DUPLICATE_ID,
                    Anchor(kind, ident, occurrence=seen[ident] - 1),
                    {"id": ident, "first": Anchor(kind, ident)},
                )


def _choices(pack: Pack) -> Iterator[Finding]:
    for name, choices in pack.choice_lists.items():
        yield from _choice_dupes(choices, Anchor("choice_list", name))
    for q in pack.questions():
        if isinstance(q, ChoiceQuestion):
            if q.choice_list is not None and q.choice_list not in pack.choice_lists:
                yield (
                    Code.UNKNOWN_CHOICE_LIST,
                    Anchor("question", q.id, "choice_list"),
                    {"id": q.choice_list},
                )
            if q.choices:
                yield from _choice_dupes(q.choices, Anchor("question", q.id, "choices"))
        if q.returns and q.returns.groups:
            values = {c.value for c in pack.choices_of(q)}
            for group, members in q.returns.groups.items():
                for value in members:
                    if value not in values:
                        yield (
                            Code.RETURNS_UNKNOWN_CHOICE,
                            Anchor("question", q.id, "returns"),
                            {"group": group, "value": value},
                        )


def _choice_dupes(choices: list, anchor: Anchor) -> Iterator[Finding]:  # type: ignore[type-arg]
    seen: set[str] = set()
    for c in choices:
        if c.value in seen:
            yield Code.DUPLICATE_CHOICE, anchor, {"value": c.value}
        seen.add(c.value)


def _all_conditions(pack: Pack) -> Iterator[tuple[QuestionT, Anchor, Condition]]:
    seen: dict[str, int] = {}
    for q in pack.questions():
        n = seen.get(q.id, 0)
        seen[q.id] = n + 1
        if q.when is not None:
            yield q, Anchor("question", q.id, "when", n), q.when
        if q.reflect is not None and q.reflect.when is not None:
            yield q, Anchor("question", q.id, "reflect", n), q.reflect.when


def _leaves(cond: Condition) -> Iterator[Condition]:
    kids = cond.children()
    if not kids:
        yield cond
    for k in kids:
        yield from _leaves(k)


def _conditions(pack: Pack, pruned: frozenset[str]) -> Iterator[Finding]:
    by_id = {q.id: q for q in pack.questions()}
    for _owner, anchor, cond in _all_conditions(pack):
        for leaf in _leaves(cond):
            target_id = leaf.question or leaf.age_from or ""
            target = by_id.get(target_id)
            if target is None:
                if target_id not in pruned:
                    yield Code.COND_UNKNOWN_QUESTION, anchor, {"id": target_id}
                continue
            test, operand = leaf.test()
            if leaf.age_from is not None:
                if not isinstance(target, DateQuestion):
                    yield _wrong_kind("age_from", target, anchor)
                continue
            if test in NUMBER_TESTS:
                if not isinstance(target, NumberQuestion | ScaleQuestion):
                    yield _wrong_kind(test, target, anchor)
                continue
            if test in ("equals", "in"):
                values = operand if test == "in" else [operand]
                if isinstance(target, ChoiceQuestion | YesNo):
                    allowed = [c.value for c in pack.choices_of(target)]
                    if isinstance(target, ChoiceQuestion) and target.choice_list not in (
                        None,
                        *pack.choice_lists,
                    ):
                        continue  # already reported as an unknown list
                    for v in values:
                        if str(v) not in allowed:
                            yield (
                                Code.COND_IMPOSSIBLE_CHOICE,
                                anchor,
                                {"id": target.id, "value": v, "choices": ", ".join(allowed)},
                            )


def _wrong_kind(test: str, target: QuestionT, anchor: Anchor) -> Finding:
    return Code.COND_WRONG_KIND, anchor, {"test": test, "id": target.id, "qtype": target.type}


def _cycles(pack: Pack) -> Iterator[Finding]:
    graph: dict[str, set[str]] = {}
    for q in pack.questions():
        deps: set[str] = set()
        if q.when is not None:
            deps |= q.when.questions()
        graph[q.id] = deps
    white, grey, black = 0, 1, 2
    colour = dict.fromkeys(graph, white)
    reported: set[frozenset[str]] = set()

    def visit(start: str) -> Iterator[Finding]:
        # Iterative DFS so a long chain cannot exhaust the Python stack.
        stack: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        path = [start]
        colour[start] = grey
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                colour[node] = black
                stack.pop()
                path.pop()
                continue
            if child not in graph:
                continue
            if colour[child] == grey:
                cycle = [*path[path.index(child) :], child]
                key = frozenset(cycle)
                if key not in reported:
                    reported.add(key)
                    yield (
                        Code.COND_CYCLE,
                        Anchor("question", child, "when"),
                        {"cycle": " -> ".join(cycle)},
                    )
            elif colour[child] == white:
                colour[child] = grey
                path.append(child)
                stack.append((child, iter(sorted(graph[child]))))

    for qid in graph:
        if colour[qid] == white:
            yield from visit(qid)
