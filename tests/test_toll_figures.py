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
