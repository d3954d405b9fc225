"""Toll families found on real articles no rule was written for (issue 9): an earlier event
the news is set against, a part told with "alone", a second count of the same dead, a toll
that rose from one figure to another, people joined under one article, a figure after a
share told in words. Reports invented for these tests."""

from __future__ import annotations

from datetime import date

from toll_totals import killed_total_of

from observatory.models import Document

PUBLISHED = date(2016, 3, 17)


def test_an_event_the_news_comes_days_after_is_background(read_tolls) -> None:
    claims = read_tolls("Mortars kill five in Jaramana\n\nMortar rounds killed five people in Jaramana on Wednesday, "
                        "state media said. The shelling came two days after a car bomb killed 31 people at a "
                        "checkpoint outside Salamiyah.")
    assert killed_total_of(claims) == 5


def test_an_event_the_news_follows_on_the_heels_of_is_background(read_tolls) -> None:
    claims = read_tolls("Air raids on Maarat Misrin killed 14 civilians on Wednesday. Wednesday's raids come on "
                        "the heels of strikes on Kafr Takharim on Sunday that left 22 dead, activists said.")
    assert killed_total_of(claims) == 14


def test_a_day_after_as_the_news_s_own_frame_keeps_its_toll(read_tolls) -> None:
    claims = read_tolls("A day after the truce collapsed, shelling killed 17 people in Anadan on Wednesday, "
                        "the monitor said.")
    assert killed_total_of(claims) == 17


def test_a_figure_told_of_one_town_alone_is_a_part_of_the_toll_before(read_tolls) -> None:
    claims = read_tolls("Government shelling killed at least 38 people across the Houla plain on Wednesday. "
                        "Rescuers said 26 people were killed in Taldou alone.")
    assert killed_total_of(claims) == 38
    part = next(c for c in claims if c.count.value == 26)
    assert part.parent is not None


def test_a_larger_figure_claimed_for_one_village_alone_is_not_added(read_tolls) -> None:
    claims = read_tolls("Coalition air strikes killed 47 civilians near Jarablus on Monday, the monitor said. "
                        "A militant news outlet claimed 90 people were killed in Ghandoura alone.")
    assert killed_total_of(claims) == 47


def test_a_day_alone_set_before_the_figure_is_a_part_too(read_tolls) -> None:
    claims = read_tolls("Bombardment of the eastern districts has killed 64 civilians since Friday. "
                        "Strikes on Sunday alone killed 29 people in Kalasa, the monitor said.")
    assert {c.count.value for c in claims if c.parent is None} == {64}


def test_a_figure_told_alone_before_any_other_toll_is_the_report_s(read_tolls) -> None:
    claims = read_tolls("Air strikes killed 18 fighters at two positions alone near Shaddadi on Tuesday.")
    assert killed_total_of(claims) == 18


def test_a_since_tally_told_after_the_day_s_toll_is_a_running_total(read_tolls) -> None:
    claims = read_tolls("Jets killed 13 civilians in Kafr Batna on Tuesday, the monitor said. Since Saturday, "
                        "air strikes and shelling on the enclave have killed at least 57 civilians.")
    assert killed_total_of(claims) == 13
    assert next(c for c in claims if c.count.value == 57).scope == "cumulative"


def test_a_since_tally_told_first_is_the_report_s_toll(read_tolls) -> None:
    claims = read_tolls("At least 41 regime soldiers and militiamen have been killed since Monday in the battle for "
                        "the Tal Sukkar hills, the monitor said.")
    assert killed_total_of(claims) == 41
    assert claims[0].scope == "incident"


def test_how_long_a_town_was_besieged_is_no_span_of_its_toll(read_tolls) -> None:
    claims = read_tolls("Barrel bombs hit Daraya, a suburb that has been under siege for more than two years, "
                        "killing 23 people on Wednesday, rescuers said.")
    assert [(c.count.value, c.scope) for c in claims] == [(23, "incident")]
    assert killed_total_of(claims) == 23


def test_an_earlier_toll_given_in_the_same_sentence_is_a_second_count(read_tolls) -> None:
    claims = read_tolls("Shelling killed people in Hamouria on Wednesday. The toll from the shelling has risen to "
                        "36 dead, said the monitor, which on Wednesday had given a death toll of 21.")
    assert killed_total_of(claims) == 36
    assert next(c for c in claims if c.count.value == 21).parent is not None


def test_a_headline_summing_the_body_s_list_keeps_the_list_as_its_parts(read_tolls) -> None:
    claims = read_tolls("Drone strike on militant base kills 23\n\nA drone strike on a militant base near Sarmada "
                        "killed 21 fighters and two guards on Thursday, the monitor said.")
    assert killed_total_of(claims) == 23
    assert {c.count.value for c in claims if c.parent is not None} == {21, 2}


def test_a_figure_closing_a_list_opened_by_including_is_a_subset(read_tolls) -> None:
    claims = read_tolls("Rockets hit the old quarter of Hama on Sunday, killing at least 14 people, including "
                        "women and three paramedics, the health directorate said.")
    assert killed_total_of(claims) == 14
    assert next(c for c in claims if c.count.value == 3).parent is not None


def test_a_new_toll_after_including_and_a_verb_is_no_subset(read_tolls) -> None:
    claims = read_tolls("Shells killed 9 people, including children, and wounded 30 in Kafr Sousa on Sunday.")
    assert next(c for c in claims if c.count.value == 30).parent is None


def test_a_group_joined_to_the_headline_s_group_in_the_body_is_added(read_tolls) -> None:
    claims = read_tolls("Helicopters kill 9 children in Kafr Sajna\n\nNine children and three men were killed when "
                        "barrel bombs hit Kafr Sajna on Wednesday, the monitor said.")
    assert killed_total_of(claims) == 12


def test_last_month_told_of_another_clause_does_not_make_a_monthly_tally(read_tolls) -> None:
    claims = read_tolls("Rebel rockets killed 8 people in the coastal town of Qardaha, where the rebels who were pushed "
                        "out of the nearby hills last month had regrouped, the monitor said.")
    assert [(c.count.value, c.scope) for c in claims] == [(8, "incident")]


def test_last_month_named_beside_the_toll_still_makes_a_monthly_tally(read_tolls) -> None:
    claims = read_tolls("Air strikes killed 8 people in Qardaha on Wednesday. The monitor said 412 civilians were killed in "
                        "August in the province.", published=date(2016, 9, 14))
    assert next(c for c in claims if c.count.value == 412).scope == "cumulative"
    assert killed_total_of(claims) == 8


def test_a_subset_told_in_a_later_sentence_belongs_to_its_parents_event(extractor):
    """"40 rebels and 31 soldiers" are the 71 of the headline: linked to the later day's clash
    they would be counted again in that clash's incident."""
    text = ("71 dead in two days of clashes in Syria's Quneitra: monitor. Clashes raged on March 10 around "
            "the town of Khan Arnabah. On March 14 the Observatory said 40 rebels and 31 soldiers had been "
            "killed in clashes.")
    result = extractor.extract(text, Document(id="nested", published="2015-03-15"))
    by_id = {claim.id: claim for claim in result.casualties}
    subsets = [claim for claim in result.casualties if claim.parent in by_id]
    assert {claim.count.value for claim in subsets} == {40, 31}
    assert all(claim.event == by_id[claim.parent].event is not None for claim in subsets)


def test_a_vague_headline_never_carries_the_body_s_figure_in_its_own_words(read_tolls) -> None:
    """"Gas kills hundreds" is the body's 265: the claim cites the 265, never "hundreds" with an
    exact value beside it, and the lower count of a second source stays under it."""
    claims = read_tolls("Gas kills hundreds as council meets\n\nRockets loaded with chlorine struck Kafr Batna before "
                        "dawn on Tuesday. The toll reached 265 by evening, the civil defence said. The monitor put the "
                        "toll lower, saying at least 140 people were killed.")
    valued = [c for c in claims if c.count.value is not None]
    assert all("hundreds" not in c.evidence.text.lower() for c in valued)
    assert [c.evidence.text for c in claims if c.count.value == 265] == ["265"]
    assert killed_total_of(claims) == 265


def test_the_figure_a_vague_headline_stood_for_still_sums_up_the_body(read_tolls) -> None:
    """"Hundreds dead" over "the toll reached 287" and a part told later: the 287 speaks for
    the headline, so the part is one of its dead, not more."""
    claims = read_tolls("Hundreds dead as jets pound Anadan\n\nJets struck Anadan and nearby Hayan for a fourth "
                        "straight day. The death toll reached 287 on Monday, rescue workers said. At least 31 civilians "
                        "including eight children were killed in raids on farms west of Anadan, the monitor said.")
    assert killed_total_of(claims) == 287
    assert all(c.count.qualifier != "exact" or "hundreds" not in c.evidence.text.lower() for c in claims)


def test_a_range_of_dead_counts_its_lower_end_and_keeps_both(read_tolls) -> None:
    """"Between 260 and 410 people": the report commits to 260 (a monitor publishes the
    conservative end) and the claim keeps 410 as its upper bound."""
    claims = read_tolls("Doctors in Harasta said between 260 and 410 people were killed by the shelling on Sunday, "
                        "and 17 to 22 fighters died in clashes near Mesraba the same day.")
    assert [(c.count.value, c.count.low, c.count.high) for c in claims] == [(260, 260, 410), (17, 17, 22)]
    assert killed_total_of(claims) == 277


def test_a_headline_figure_restated_vaguely_in_the_body_keeps_citing_the_figure(read_tolls) -> None:
    """"43 Killed in Gas Attack" over "Dozens of people have been killed": the count is the
    headline's 43, told in the headline's words, never in the body's "dozens"."""
    claims = read_tolls("43 Killed in Suspected Gas Attack on Latamneh\n\nDozens of people have been killed in the town "
                        "of Latamneh on Thursday in a suspected gas attack, rescuers said.")
    assert all(c.count.value is None or "dozens" not in c.evidence.text.lower() for c in claims)
    assert killed_total_of(claims) == 43


def test_the_page_s_own_stamp_never_makes_the_lead_an_earlier_event(read_tolls) -> None:
    """A feed dates the page weeks after the stamp its text carries ("AFP Thursday 12 Mar 2015"):
    the stamp is the day the report was filed, so the lead's toll is the report's own, while a
    figure the body dates weeks before the stamp stays background."""
    text = ("Jets kill 27 fighters near Tadmur Monitor\n\nJets kill 27 fighters near Tadmur Monitor AFP Thursday "
            "12 Mar 2015 Air strikes killed 27 IS fighters and four civilians near Tadmur on Thursday the monitor "
            "said. On 3 February 2015 a car bomb killed 19 people in Salamiyah.")
    claims = read_tolls(text, published=date(2015, 4, 2))
    assert killed_total_of(claims) == 31


def test_subsets_follow_their_parents_event_without_looping_on_a_bad_parent_chain() -> None:
    """A parent that points back at its subset, or at no claim, ends the walk: nothing loops,
    the claims of the cycle end in one event, and a dangling parent changes nothing."""
    from observatory.extract.pipeline import _subsets_join_their_parents
    from observatory.models import CasualtyClaim, Count, Group, Span

    def claim(local: str, event: str | None, parent: str | None) -> CasualtyClaim:
        return CasualtyClaim(id=local, event=event, parent=parent, group=Group(), status="killed",
                             count=Count(value=4, low=4, high=4, qualifier="exact", text="four"),
                             evidence=Span(start=0, end=1, text="4"))

    claims = [claim("a", "e1", "b"), claim("b", "e2", "a"), claim("c", "e3", "gone"), claim("d", None, "a")]
    _subsets_join_their_parents(claims)
    a, b, c, d = (x.event for x in claims)
    assert a == b == d and a in ("e1", "e2") and c == "e3"


def test_a_toll_that_rose_from_one_figure_to_another_is_the_later_one(read_tolls) -> None:
    claims = read_tolls("The toll of the car bomb at the Qabasin roundabout climbed from 14 to 19 on Thursday, "
                        "medics said.")
    assert killed_total_of(claims) == 19
    assert all(c.count.value != 14 for c in claims)


def test_a_rise_from_told_after_the_toll_word_still_gives_the_later_figure(read_tolls) -> None:
    claims = read_tolls("Rescuers said the number of dead in Tal Rifaat had risen from eight to 13 by nightfall.")
    assert killed_total_of(claims) == 13


def test_a_toll_from_an_attack_is_not_an_earlier_figure(read_tolls) -> None:
    claims = read_tolls("Rockets fired from 12 positions killed 6 people in Nubl on Friday.")
    assert killed_total_of(claims) == 6


def test_one_article_joining_several_people_counts_each(read_tolls) -> None:
    claims = read_tolls("A mortar round hit a bakery queue in Hreitan on Sunday. A grandfather, boy and girl "
                        "died on the spot, rescuers said.")
    assert killed_total_of(claims) == 3


def test_people_joined_without_commas_restate_the_toll_before(read_tolls) -> None:
    claims = read_tolls("Shelling killed four civilians in Tal Abyad on Sunday. A farmer woman boy and girl "
                        "were buried that evening after they died in the shelling, relatives said.")
    assert killed_total_of(claims) == 4


def test_an_article_before_a_title_and_its_noun_is_one_person(read_tolls) -> None:
    claims = read_tolls("Troops killed a rebel commander near Kafr Zita on Monday, the army said.")
    assert killed_total_of(claims) == 1


def test_a_toll_that_went_up_from_one_figure_is_the_later_one(read_tolls) -> None:
    claims = read_tolls("The toll of the Thursday blast at the Manbij bus station has gone up from 26 to 33, "
                        "the local council said.")
    assert killed_total_of(claims) == 33


def test_raising_the_toll_from_one_figure_to_another_keeps_the_later(read_tolls) -> None:
    claims = read_tolls("Two wounded men died in hospital in Azaz overnight, raising the death toll from 17 to 19.")
    assert killed_total_of(claims) == 19


def test_a_figure_after_a_share_told_in_words_is_no_part_of_it(read_tolls) -> None:
    claims = read_tolls("Fighting west of Tadef killed 37 Turkey-backed fighters, most of them Turkmen, "
                        "and 8 SDF fighters, the monitor said.")
    assert killed_total_of(claims) == 45


def test_a_figure_in_a_list_opened_by_including_is_still_a_part(read_tolls) -> None:
    claims = read_tolls("Shelling killed 25 people in Kafr Nubl, including women and three paramedics.")
    assert killed_total_of(claims) == 25
