"""Mutation fuzz of the seed reports, the quick run: a few thousand mutated excerpts of
``corpus/`` through the analysers (tests/fuzz_seeds.py runs 100,000 whole seeds with
every invariant, outside the suite)."""

from __future__ import annotations

import pytest

from tests.fuzz_seeds import OPS, SEED_FILES, apply_ops, check_text, make_case, run_case, seeds

CASES = 2000
BLOCK = 250


def test_mutations_are_replayable_and_change_the_seed() -> None:
    texts = seeds()
    assert len(texts) == len(SEED_FILES) == 5
    kinds = set()
    changed = 0
    for number in range(300):
        seed, ops = make_case(3, number)
        assert (seed, ops) == make_case(3, number)  # two ints give the case back
        kinds.update(op[0] for op in ops)
        text = apply_ops(texts[seed], ops)
        assert text == apply_ops(texts[seed], ops)
        changed += text != texts[seed]
    assert kinds == set(OPS)
    assert changed > 280


def test_mutation_kinds_do_what_they_say() -> None:
    text = "一、甲\n乙。\n丙"
    assert apply_ops(text, [("delete", 1, 0)]) == "一、甲\n丙"
    assert apply_ops(text, [("duplicate", 0, 0)]) == "一、甲\n一、甲\n乙。\n丙"
    assert apply_ops(text, [("swap", 0, 2)]) == "丙乙。\n一、甲\n"
    assert apply_ops(text, [("heading", 1, "（二）")]) == "一、甲\n（二）乙。\n丙"
    assert apply_ops(text, [("mask", 2, 0, "XX")]) == "一、甲\n乙。\nXX丙"
    assert apply_ops(text, [("quote", 1, 1, "“")]) == "一、甲\n乙“。\n丙"
    assert apply_ops(text, [("newline", 0, 1)]) == "一\n、甲\n乙。\n丙"
    assert apply_ops(text, [("char", 0, 0, "\ufeff")]) == "\ufeff一、甲\n乙。\n丙"
    assert apply_ops(text, [("truncate", 4)]) == "一、甲\n"
    assert apply_ops(text, [("excerpt", 1, 1)]) == "乙。\n"


def test_full_invariants_on_each_seed() -> None:
    for text in seeds():
        check_text(text)


@pytest.mark.parametrize("block", range(CASES // BLOCK))
def test_mutated_seed_excerpts_keep_every_invariant(block: int) -> None:
    failures = []
    for number in range(block * BLOCK, (block + 1) * BLOCK):
        why = run_case(2026, number, full=number % 10 == 0, excerpt=True)
        if why is not None:
            failures.append((number, make_case(2026, number, excerpt=True), why))
    assert failures == []
