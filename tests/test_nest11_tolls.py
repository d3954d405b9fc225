"""Casualty numbers a monitor can trust: page chrome, subsets larger than their parent,
the words a raised headline bound shows (brief nest11)."""

from __future__ import annotations

from observatory.extract.casualties import find_casualties
from observatory.kb.actors import default_kb
from observatory.nlp.sentences import split_sentences
from toll_totals import killed_total_of


def _claims(text: str):
    return find_casualties(text, split_sentences(text), None, default_kb())


def test_a_bare_figure_in_brackets_after_a_toll_is_page_chrome_not_a_subset() -> None:
    for text in ("Rebel shelling on the base near Morek killed at least 27 soldiers (2318).",
                 "Gunmen stormed the market in Baga and shot dead 16 traders [4] on Saturday.",
                 "Drone strikes on the convoy killed 38 fighters (412) and wounded 20, officials said."):
        claims = _claims(text)
        assert all(c.parent is None for c in claims), text
        assert {c.count.value for c in claims} <= {27, 16, 38, 20}, text


def test_a_bracket_with_people_or_of_them_is_still_a_subset() -> None:
    claims = _claims("An air strike on Kafr Zita killed 23 civilians (8 of them children) on Monday.")
    part = next(c for c in claims if c.count.value == 8)
    assert part.parent == next(c for c in claims if c.count.value == 23).id
    claims = _claims("Mortar fire on Jobar killed 19 people (6 women) and wounded 41.")
    part = next(c for c in claims if c.count.value == 6)
    assert part.parent == next(c for c in claims if c.count.value == 19).id


def test_a_headline_bound_raised_by_the_body_shows_the_body_words_that_hold_it() -> None:
    text = ("Rocket fire kills more than 25 civilians in Jisr al-Shughur\n"
            "At least 28 civilians were killed when rockets hit a bakery in Jisr al-Shughur on "
            "Thursday, medics said.")
    claims = [c for c in _claims(text) if c.status == "killed"]
    assert len(claims) == 1
    claim = claims[0]
    assert claim.count.value == 28 and claim.count.qualifier == "at_least"
    assert "28" in claim.evidence.text
    assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.text


def test_a_headline_bound_the_body_does_not_raise_keeps_its_own_words() -> None:
    text = ("Rocket fire kills more than 30 soldiers near Khanasir\n"
            "At least 30 soldiers were killed when rockets hit a checkpoint near Khanasir on Thursday.")
    claim = next(c for c in _claims(text) if c.status == "killed")
    assert claim.count.value == 30 and claim.evidence.text == "more than 30 soldiers"


def _by_value(claims, value: int):
    return next(c for c in claims if c.count.value == value)


def test_a_share_of_the_dead_larger_than_the_part_before_it_goes_under_the_toll_that_holds_it() -> None:
    claims = _claims("Barrel bombs killed at least 23 civilians including four children in Anadan on Sunday, "
                     "the monitor said. Seventeen of the dead were killed when a bomb hit the vegetable market.")
    assert _by_value(claims, 17).parent == _by_value(claims, 23).id


def test_a_share_no_earlier_toll_holds_is_the_reports_own_figure() -> None:
    claims = _claims("Seven wounded men lay on the floor of the clinic in Saqba. "
                     "Nineteen of the victims died in air strikes on the market.")
    assert _by_value(claims, 19).parent is None


def test_a_figure_nested_by_position_or_told_as_more_dead_is_a_toll_of_its_own() -> None:
    claims = _claims("Nine civilians were killed, of whom some were children, and more than 60 were injured "
                     "in the shelling of Hayan.")
    assert _by_value(claims, 60).parent is None
    claims = _claims("The monitor says 28 people were killed, 5 of them children. It says a further eleven "
                     "among them seven women were killed in air strikes on Ariha.")
    assert _by_value(claims, 11).parent is None


def test_no_subset_is_left_larger_than_its_parent_and_a_share_that_fits_stays() -> None:
    claims = _claims("Barrel bombs killed at least 23 civilians in Anadan on Sunday. Six of the dead were children.")
    assert _by_value(claims, 6).parent == _by_value(claims, 23).id
    for text in ("Barrel bombs killed at least 23 civilians including four children in Anadan on Sunday. "
                 "Seventeen of the dead were killed when a bomb hit the market.",
                 "Nine civilians were killed, of whom some were children, and more than 60 were injured."):
        claims = _claims(text)
        by_id = {c.id: c for c in claims}
        assert all(c.count.value <= by_id[c.parent].count.value for c in claims if c.parent), text


def test_a_figure_taken_out_of_a_smaller_toll_that_retells_an_earlier_one_goes_under_it() -> None:
    text = ("One man was killed and seven others were injured by shells on Khan Arnabeh. The reporter "
            "said militants fired 12 shells on the town, killing one person and wounding another seven "
            "among them a girl.")
    claims = _claims(text)
    injured = [c for c in claims if c.status == "injured" and c.count.value == 7]
    assert sum(1 for c in injured if c.parent is None) == 1


def test_a_figure_alone_larger_than_every_earlier_toll_widens_the_first_ones_range() -> None:
    claims = _claims("Air strikes killed at least 40 people across Idlib province on Sunday, the monitor said. "
                     "A news agency close to the militants claimed 90 civilians were killed in Maaret Misrin alone.")
    total, part = _by_value(claims, 40), _by_value(claims, 90)
    assert part.parent == total.id and total.count.high == 90  # the range the report gives: 40 to 90


def test_a_figure_alone_that_an_earlier_toll_holds_leaves_its_range_alone() -> None:
    claims = _claims("Air strikes killed at least 40 people across Idlib province on Sunday, the monitor said. "
                     "Rescuers said 25 of them were killed in Maaret Misrin alone.")
    assert _by_value(claims, 40).count.high is None


def test_a_share_larger_than_the_whole_it_names_widens_that_whole_and_is_never_added() -> None:
    claims = _claims("A car bomb killed 9 people in Azaz on Friday. Twelve of them were fighters, the monitor said.")
    whole, share = _by_value(claims, 9), _by_value(claims, 12)
    assert share.parent == whole.id and whole.count.high == 12
    assert killed_total_of(claims) == 9
