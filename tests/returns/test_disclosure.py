"""Disclosure control, attacked: no hidden figure can be worked out from what is published."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.returns import CountTable, Disclosure, Method
from intake.returns.disclosure import Layout, protect, round5
from intake.returns.linear import determined
from intake.returns.tables import PublishedTable, Shape, TableFrame

from .attacker import recover

SUPPRESS = Disclosure()


def one_way(values: list[int], *, additive: bool = True) -> CountTable:
    frame = TableFrame(
        "t",
        "T",
        "count",
        Shape.ONE_WAY,
        "people",
        "Category",
        tuple(f"r{i}" for i in range(len(values))),
        ("Count",),
        additive,
    )
    return CountTable(frame, tuple((v,) for v in values), column_totals=(sum(values),))


def crosstab(grid: list[list[int]]) -> CountTable:
    frame = TableFrame(
        "t",
        "T",
        "crosstab",
        Shape.CROSSTAB,
        "people",
        "Rows",
        tuple(f"r{i}" for i in range(len(grid))),
        tuple(f"c{j}" for j in range(len(grid[0]))),
    )
    return CountTable(
        frame,
        tuple(tuple(r) for r in grid),
        row_totals=tuple(sum(r) for r in grid),
        column_totals=tuple(sum(c) for c in zip(*grid, strict=True)),
        grand_total=sum(map(sum, grid)),
    )


def rows_table(grid: list[list[int]]) -> CountTable:
    frame = TableFrame(
        "t",
        "T",
        "rights",
        Shape.ROWS,
        "journeys",
        "Right",
        tuple(f"r{i}" for i in range(len(grid))),
        tuple(f"c{j}" for j in range(len(grid[0]))),
    )
    return CountTable(frame, tuple(tuple(r) for r in grid), row_totals=tuple(sum(r) for r in grid))


def primary_only(table: CountTable, threshold: int = 5) -> PublishedTable:
    """A deliberately weak suppressor: hides small cells and nothing else."""
    layout = Layout(table)
    return layout.publish([None if 0 < v < threshold else v for v in layout.values])


def true_values(table: CountTable) -> list[int]:
    return Layout(table).values


def recovered_true(published: PublishedTable, table: CountTable) -> list[tuple[int, int]]:
    """(recovered, true) for every hidden cell the intruder pins down."""
    truth = dict(zip(map(id, published.all_cells()), true_values(table), strict=True))
    return [(int(v), truth[k]) for k, v in recover(published).items()]


counts = st.one_of(st.integers(0, 6), st.integers(0, 40))
grids = st.integers(2, 6).flatmap(
    lambda r: st.integers(2, 6).flatmap(
        lambda c: st.lists(st.lists(counts, min_size=c, max_size=c), min_size=r, max_size=r)
    )
)


def assert_safe(published: PublishedTable, threshold: int = 5) -> None:
    shown = [c.value for c in published.all_cells() if c.value is not None]
    assert all(v == 0 or v >= threshold for v in shown), "a small figure was published"
    assert recover(published) == {}, "a hidden figure can be worked out"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grids)
def test_no_hidden_cell_of_a_crosstab_can_be_recovered(grid: list[list[int]]) -> None:
    assert_safe(protect(crosstab(grid), SUPPRESS))


@settings(max_examples=300, deadline=None)
@given(st.lists(counts, min_size=2, max_size=12))
def test_no_hidden_cell_of_a_one_way_table_can_be_recovered(values: list[int]) -> None:
    assert_safe(protect(one_way(values), SUPPRESS))


@settings(max_examples=200, deadline=None)
@given(grids)
def test_no_hidden_cell_of_a_rows_table_can_be_recovered(grid: list[list[int]]) -> None:
    assert_safe(protect(rows_table(grid), SUPPRESS))


@settings(max_examples=100, deadline=None)
@given(grids, st.integers(3, 11))
def test_any_threshold_is_respected(grid: list[list[int]], threshold: int) -> None:
    assert_safe(protect(crosstab(grid), Disclosure(threshold=threshold)), threshold)


@pytest.mark.parametrize(
    "table",
    [
        one_way([3, 10, 12]),
        crosstab([[3, 10, 20], [8, 0, 12], [15, 9, 2]]),
        crosstab([[2, 30], [40, 50]]),
        rows_table([[1, 20, 30]]),
    ],
    ids=["one-way", "3x3", "2x2", "rows"],
)
def test_the_attack_catches_primary_suppression_alone(table: CountTable) -> None:
    weak = primary_only(table)
    found = recovered_true(weak, table)
    assert found, "the intruder should recover a hidden cell from primary suppression alone"
    assert all(got == true for got, true in found)
    assert recover(protect(table, SUPPRESS)) == {}


@settings(max_examples=200, deadline=None)
@given(grids)
def test_the_attack_is_sound_on_the_weak_suppressor(grid: list[list[int]]) -> None:
    """Whatever the intruder recovers from the weak suppressor is the true value: the
    attacker is not guessing, so its silence on the real suppressor means something."""
    table = crosstab(grid)
    for got, true in recovered_true(primary_only(table), table):
        assert got == true


def test_zeros_are_published_and_totals_stay_totals() -> None:
    published = protect(crosstab([[0, 12, 20], [0, 7, 30], [0, 9, 25]]), SUPPRESS)
    assert [row[0].value for row in published.cells] == [0, 0, 0]
    assert published.grand_total is not None
    assert published.grand_total.value == 103
    assert not published.any_suppressed


def test_small_totals_are_hidden_themselves() -> None:
    published = protect(one_way([1, 2, 0]), SUPPRESS)
    assert published.column_totals is not None
    assert published.column_totals[0].value is None


def test_crosstab_margins_match_the_one_way_table() -> None:
    grid = [[3, 10, 20], [1, 0, 2], [15, 9, 6], [8, 8, 8]]
    cross = protect(crosstab(grid), SUPPRESS)
    alone = protect(one_way([sum(r) for r in grid]), SUPPRESS)
    assert cross.row_totals is not None
    assert [c.value for c in cross.row_totals] == [row[0].value for row in alone.cells]


def test_multiple_choice_tables_only_hide_small_counts() -> None:
    # Cells of a multiple-choice table do not add up to the total, so no sum pins them.
    published = protect(one_way([3, 10, 12], additive=False), SUPPRESS)
    assert [row[0].value for row in published.cells] == [None, 10, 12]


@settings(max_examples=200, deadline=None)
@given(grids)
def test_rounding_gives_multiples_of_five_near_the_truth(grid: list[list[int]]) -> None:
    table = crosstab(grid)
    published = protect(table, Disclosure(method=Method.ROUND5))
    for cell, true in zip(published.all_cells(), true_values(table), strict=True):
        assert cell.value is not None
        assert cell.value % 5 == 0
        assert abs(cell.value - true) <= 2


def test_rounding_rounds_totals_on_their_own() -> None:
    published = protect(one_way([3, 3, 3]), Disclosure(method=Method.ROUND5))
    assert [row[0].value for row in published.cells] == [5, 5, 5]
    assert published.column_totals is not None
    assert published.column_totals[0].value == 10
    assert [round5(v) for v in (0, 1, 2, 3, 7, 8, 12, 13)] == [0, 0, 0, 5, 5, 10, 10, 15]


def test_none_publishes_everything() -> None:
    published = protect(one_way([1, 2, 3]), Disclosure(method=Method.NONE))
    assert [row[0].value for row in published.cells] == [1, 2, 3]


def test_the_exact_check_finds_what_the_lone_cell_rule_misses() -> None:
    """Two blocks of hidden cells joined by one hidden cell: every row and column has
    two or more hidden cells, yet the joining cell is the difference of two sums."""
    grid = [[20] * 4 for _ in range(4)]
    small = [(0, 0), (0, 1), (1, 0), (1, 1), (2, 2), (2, 3), (3, 2), (3, 3), (0, 2)]
    for r, c in small:
        grid[r][c] = 1 + (r + c) % 4
    table = crosstab(grid)
    weak = primary_only(table)
    for line in [*weak.cells, *zip(*weak.cells, strict=True)]:
        assert sum(c.value is None for c in line) != 1
    layout = Layout(table)
    primary = {r * 4 + c for r, c in small}
    assert determined(layout.equations, primary) == {0 * 4 + 2}
    assert [true for _, true in recovered_true(weak, table)] == [grid[0][2]]
    assert_safe(protect(table, SUPPRESS))
