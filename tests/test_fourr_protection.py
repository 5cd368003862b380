"""Small counts in a protected 4R analysis: hidden in every table, alike across a population."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from star_desktop.fourr.protection import UNPROTECTED_FAMILIES
from star_desktop.fourr.report import build_fourr
from star_desktop.fourr.tables import CountTable, MeanTable
from star_desktop.reports.periods import parse_period

TODAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def contents(tmp_path_factory):  # noqa: ANN001, ANN201
    from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo
    from star_desktop.storage.teamfile import open_team_file

    path = tmp_path_factory.mktemp("protect") / "demo.star"
    generate_demo(path, cases=120, seed=5, today=TODAY)
    tf = open_team_file(path, actor="t", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    try:
        with tf.session() as s:
            return [(build_fourr(s, parse_period(k), protect=True, today=TODAY),
                     build_fourr(s, parse_period(k), protect=False, today=TODAY))
                    for k in ("2026-T2", "2026-T1", "2025")]
    finally:
        tf.close()


def _small(v: object) -> bool:
    return isinstance(v, int) and 1 <= v <= 4


def test_no_small_count_is_shown_outside_the_members_tables(contents) -> None:  # noqa: ANN001
    masked_somewhere = False
    for protected, plain in contents:
        for (spec, shown), (_s, raw) in zip(protected.presented(), plain.presented(),
                                            strict=True):
            for row, raw_row in zip(shown.rows, raw.rows, strict=True):
                counts = row[1:5] if isinstance(spec, CountTable) else row[1:2]
                raw_counts = raw_row[1:5] if isinstance(spec, CountTable) else raw_row[1:2]
                for v, true in zip(counts, raw_counts, strict=True):
                    if spec.family in UNPROTECTED_FAMILIES:
                        assert v == true
                        continue
                    assert not _small(v), (spec.key, row)
                    assert v == true or v in ("<5", "×")
                    assert v != "<5" or _small(true)
                    masked_somewhere |= v in ("<5", "×")
                if isinstance(spec, CountTable) and ("<5" in counts or "×" in counts):
                    for share, count in zip(row[5:7], row[1:3], strict=True):
                        assert share is None or isinstance(count, int)
                if isinstance(spec, MeanTable) and row[1] in ("<5", "×"):
                    assert row[2] is None  # a mean of hidden people is hidden
            if shown.note:
                assert "<5 = 1–4" in shown.note
    assert masked_somewhere


def test_a_population_hides_its_totals_alike_in_every_table(contents) -> None:  # noqa: ANN001
    for protected, _plain in contents:
        totals: dict[str, set[tuple]] = defaultdict(set)
        for spec, shown in protected.presented():
            if isinstance(spec, CountTable):
                totals[spec.family].add(tuple(shown.rows[-1][1:5]))
            else:
                totals[spec.family].add(tuple(r[1] for r in shown.rows))
        for family, seen in totals.items():
            if family in ("new", "active_end", "closed"):
                assert len(seen) == 1, (family, seen)


def test_a_mean_does_not_give_a_hidden_total_away(contents) -> None:  # noqa: ANN001
    for protected, _plain in contents:
        shown = {spec.key: t for spec, t in protected.presented()}
        totals = shown["r2_interventions"].rows[-1][1:5]
        per = shown["r2_interventions_per"].rows
        for total, row in zip(totals, per, strict=True):
            if total in ("<5", "×"):
                assert row[2] is None


def test_masked_values_are_empty_in_the_data_rows(contents) -> None:  # noqa: ANN001
    protected, plain = contents[0]
    masked = {(r.measure, r.dimension, r.category, r.gender) for r in protected.data_rows()
              if r.value is None}
    true = {(r.measure, r.dimension, r.category, r.gender): r.value for r in plain.data_rows()}
    assert masked
    assert all(true[k] is not None for k in masked)
    assert not any(_small(r.value) for r in protected.data_rows()
                   if not r.measure.startswith("members.") and not r.measure.endswith("_sum")
                   and not r.measure.endswith(("minutes", "started", "done")))


def test_a_split_the_rule_gives_away_is_not_published() -> None:
    """Four 1s under a total of 4 are all 1 whatever is masked: only the total is shown."""
    from star_desktop.fourr.protection import protect_tables
    from star_desktop.fourr.tables import HIDDEN, data_rows, present
    from star_desktop.reports.statistics import GenderCount

    rows = tuple((f"g{i}", f"Grupp {i}", GenderCount(0, 0, 1)) for i in range(4))
    rows += (("big", "Stor", GenderCount(30, 20, 0)),)
    t = CountTable("t", "R1", "Test", "Grupp", "participants.new", "age_group", rows, "new")
    masks = protect_tables([t])["t"]
    assert HIDDEN in masks
    shown = present(t, masks)
    assert [r[0] for r in shown.rows] == ["Totalt"]
    assert "Uppdelningen visas inte" in shown.note
    assert all(r.value is None for r in data_rows(t, masks) if r.category)
