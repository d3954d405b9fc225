"""Two stated figures of a report: when can they be one toll?  (``_figures_differ`` is
the early rejection ``merge_repeats`` relies on for speed; it must never reject a pair
``_same_people`` would merge.)"""

from observatory.extract.numbers import read_quantity, tokenize
from observatory.extract.tolls.consolidate import _bounds_agree, _figures_differ


def _quantity(words: str):
    quantity = read_quantity(tokenize(words), 0)
    assert quantity is not None
    return quantity


def test_two_exact_figures_that_differ_are_two_tolls() -> None:
    assert _figures_differ(_quantity("17 shepherds"), _quantity("19 shepherds"))


def test_a_bound_keeps_the_pair_open_for_the_slower_check() -> None:
    bound, stated = _quantity("at least 17 shepherds"), _quantity("19 shepherds")
    assert not _figures_differ(bound, stated)
    assert _bounds_agree(bound, stated)  # "at least 17" and "19" may be one toll


def test_equal_and_vague_figures_are_not_rejected_early() -> None:
    assert not _figures_differ(_quantity("23 shepherds"), _quantity("23 shepherds"))
    assert not _figures_differ(_quantity("dozens of shepherds"), _quantity("23 shepherds"))


def test_kept_tolls_filed_by_figure_offer_every_one_not_rejected_early_in_kept_order() -> None:
    """``merge_repeats`` asks only the tolls filed under a candidate's figure and the open ones
    (no figure, a bound): exactly those ``_figures_differ`` lets through, in the order kept."""
    from types import SimpleNamespace

    from observatory.extract.tolls.consolidate import _KeptTolls

    told = ["at least 17 herders", "19 herders", "dozens of herders", "23 herders", "19 herders", "more than 40 herders"]
    kept = [SimpleNamespace(count=_quantity(words)) for words in told]
    filed = _KeptTolls()
    for toll in kept:
        filed.add(toll)  # type: ignore[arg-type]
    for words in ("19 herders", "23 herders", "31 herders", "at least 20 herders", "hundreds of herders"):
        cand = SimpleNamespace(count=_quantity(words))
        assert filed.may_be_twins(cand) == [k for k in kept if not _figures_differ(k.count, cand.count)]  # type: ignore[arg-type]


def test_a_kept_toll_whose_figure_changes_is_filed_again_in_its_place() -> None:
    from types import SimpleNamespace

    from observatory.extract.tolls.consolidate import _KeptTolls

    first, second, third = (SimpleNamespace(count=_quantity(w)) for w in ("over 50 herders", "55 herders", "55 herders"))
    filed = _KeptTolls()
    for toll in (first, second, third):
        filed.add(toll)  # type: ignore[arg-type]
    filed.withdraw(first)  # type: ignore[arg-type]
    first.count = _quantity("55 herders")  # the hospital's exact figure replaces the bound (``_absorb``)
    filed.file(first)  # type: ignore[arg-type]
    assert filed.may_be_twins(SimpleNamespace(count=_quantity("55 herders"))) == [first, second, third]  # type: ignore[arg-type]
    assert filed.may_be_twins(SimpleNamespace(count=_quantity("60 herders"))) == []  # type: ignore[arg-type]
