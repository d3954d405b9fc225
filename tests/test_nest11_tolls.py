"""Casualty numbers a monitor can trust: page chrome, subsets larger than their parent,
the words a raised headline bound shows (brief nest11)."""

from __future__ import annotations

from observatory.extract.casualties import find_casualties
from observatory.kb.actors import default_kb
from observatory.nlp.sentences import split_sentences
from toll_totals import killed_total_of


def _claims(text: str):
    return find_casualties(text, split_sentences(text), None, default_kb())


def _by_value(claims, value: int):
    return next(c for c in claims if c.count.value == value)


def test_a_bare_figure_in_brackets_after_a_toll_is_page_chrome_not_a_subset() -> None:
    for text in ("Rebel shelling on the base near Morek killed at least 27 soldiers (2318).",
                 "Gunmen stormed the market in Baga and shot dead 16 traders [4] on Saturday.",
                 "Drone strikes on the convoy killed 38 fighters (412) and wounded 20, officials said."):
        claims = _claims(text)
        assert all(c.parent is None for c in claims), text
        assert {c.count.value for c in claims} <= {27, 16, 38, 20}, text


def test_a_bracket_giving_the_figure_of_a_group_or_status_word_before_it_is_a_toll() -> None:
    claims = _claims("The monitor recorded the deaths of 11 civilians in Saqba, including children (5) and women (3).")
    whole = _by_value(claims, 11)
    assert {(c.count.value, c.group.category, c.parent) for c in claims if c.parent} == {
        (5, "children", whole.id), (3, "women", whole.id)}
    claims = _claims("Gunfire killed 3 protesters and wounded (9) in Nawa on Friday.")
    assert [(c.status, c.count.value) for c in claims] == [("killed", 3), ("injured", 9)]
    claims = _claims("The army announced it killed dozens of militants (38) in the desert near Palmyra.")
    assert _by_value(claims, 38).status == "killed"


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


def test_a_looser_headline_figure_the_body_states_exactly_shows_the_body_words() -> None:
    for text, value in (("More than 40 people wounded as mortars hit Salamiyah market\nState media said 46 people "
                         "were wounded when mortars hit the crowded market of Salamiyah on Sunday.", 46),
                        ("Around 30 injured in Qamishli blast\nA car bomb injured 33 people near a bakery in "
                         "Qamishli on Monday, the Kurdish police said.", 33)):
        claim = next(c for c in _claims(text) if c.status == "injured")
        assert claim.count.value == value and str(value) in claim.evidence.text, text
        assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.text


def test_a_share_of_the_dead_larger_than_the_part_before_it_goes_under_the_toll_that_holds_it() -> None:
    claims = _claims("The death toll from Wednesday's artillery fire on Kafr Batna stands at 31, among them "
                     "three nurses. Twenty of the victims were queuing for bread when the shells landed.")
    assert _by_value(claims, 20).parent == _by_value(claims, 31).id


def test_a_share_no_earlier_toll_holds_is_the_reports_own_figure() -> None:
    claims = _claims("Seven wounded men lay on the floor of the clinic in Saqba. "
                     "Nineteen of the victims died in air strikes on the market.")
    assert _by_value(claims, 19).parent is None


def test_a_figure_nested_by_position_or_told_as_more_dead_is_a_toll_of_its_own() -> None:
    claims = _claims("Shells killed 6 farmers, of whom several were teenagers, and wounded at least 45 around Kafr Nubl.")
    assert _by_value(claims, 45).parent is None
    claims = _claims("Local medics counted 17 dead, four of them children. Later they reported that an additional "
                     "22, including eight girls, had died in strikes on Maar Shurin.")
    assert _by_value(claims, 22).parent is None
    assert killed_total_of(claims) == 39


def test_a_share_that_fits_under_its_whole_stays_there() -> None:
    claims = _claims("Government jets killed 18 people in Kafr Hamra overnight, according to rescuers. "
                     "Five of the victims were from one family.")
    assert _by_value(claims, 5).parent == _by_value(claims, 18).id
    assert _by_value(claims, 18).count.high == 18


def test_more_wounded_retelling_an_earlier_toll_of_the_same_day_and_place_goes_under_it() -> None:
    claims = _claims("Two women died and nine people were hurt when rockets hit Hraytan on Thursday. According to "
                     "the town council, gunmen launched 7 rockets at the square, killing two women and injuring "
                     "another nine among them a paramedic.")
    assert sum(1 for c in claims if c.status == "injured" and c.count.value == 9 and c.parent is None) == 1


def test_more_wounded_of_another_day_and_place_is_not_a_retelling() -> None:
    claims = _claims("Five people were killed and 14 wounded in Hazano on Wednesday. In a separate raid on Thursday, "
                     "a helicopter killed a farmer and wounded another 14 among them three girls in Kafr Takharim.")
    injured = [c for c in claims if c.status == "injured" and c.count.value == 14]
    assert len(injured) == 2 and all(c.parent is None for c in injured)


def test_a_figure_alone_larger_than_every_earlier_toll_widens_the_largest_ones_range() -> None:
    claims = _claims("Activists put the toll of Saturday's air raids across the Hama countryside at 35 dead at "
                     "least. Pro-opposition outlets reported that 70 were killed in Kafr Zita alone.")
    total, part = _by_value(claims, 35), _by_value(claims, 70)
    assert part.parent == total.id and total.count.high == 70  # the range the report gives: 35 to 70


def test_a_figure_alone_never_widens_a_smaller_toll_told_first() -> None:
    claims = _claims("A landmine killed a shepherd near Suran on Friday. Air strikes killed at least 26 people "
                     "across the countryside on Saturday. Activists said 48 died in Latamna alone.")
    shepherd, strikes, part = _by_value(claims, 1), _by_value(claims, 26), _by_value(claims, 48)
    assert part.parent == strikes.id and strikes.count.high == 48
    assert shepherd.count.high == 1


def test_a_figure_alone_that_an_earlier_toll_holds_leaves_its_range_alone() -> None:
    claims = _claims("Warplanes killed 52 people across the Ghab plain on Thursday. Of those, 30 died in "
                     "Qalaat al-Madiq alone, civil defence workers said.")
    assert _by_value(claims, 30).parent == _by_value(claims, 52).id
    assert _by_value(claims, 52).count.high == 52


def test_a_share_of_them_larger_than_its_whole_widens_that_whole_and_is_never_added() -> None:
    for text in ("A truck bomb killed 9 people at a market in Tal Abyad. Thirteen fighters were among the dead, "
                 "the Kurdish police said.",
                 "A suicide blast killed 8 people at a bus stop in Jableh. Eleven of them were soldiers, "
                 "state television reported.",
                 "Militants killed 7 people at a checkpoint near Manbij, 10 of whom were policemen, "
                 "a security source said."):
        claims = _claims(text)
        whole = next(c for c in claims if c.parent is None)
        share = next(c for c in claims if c.parent is not None)
        assert share.parent == whole.id and whole.count.high == share.count.value, text
        assert killed_total_of(claims) == whole.count.value, text


def test_a_larger_share_of_other_dead_leaves_an_unrelated_toll_alone() -> None:
    for text in ("Government rockets killed 5 civilians in Hazzano on Tuesday. In Maarrat al-Numan, 18 fighters "
                 "were among the dead of heavy clashes.",  # another place, other people
                 "The monitor said 6 civilians died in air strikes on Kafranbel today. 30 fighters were among "
                 "those killed across the north today.",  # the day's dead, not the strikes'
                 "A sniper killed 2 boys in Sheikh Maqsoud on Friday. Fourteen of the dead in Aleppo province "
                 "on Friday were soldiers."):
        claims = _claims(text)
        first = claims[0]
        assert first.count.high == first.count.value, text
        assert all(c.parent is None for c in claims), text
