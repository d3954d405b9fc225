"""Review findings on cas5 (brief fixe): a total followed by its kinds without "including",
breakdowns by place that overshoot, and the side that "lost" its men when a speaker, a
named faction or "foreign" stands in the sentence.  Reports invented for these tests."""

from __future__ import annotations

from datetime import date

from toll_totals import killed_total_of

PUBLISHED = date(2016, 9, 14)


def test_kinds_after_a_total_with_among_them_are_its_parts(read_tolls) -> None:
    claims = read_tolls("Regime barrel bombs on Talbiseh killed 14 people, 6 children and 3 women "
                        "among them, activists said.")
    assert killed_total_of(claims) == 14


def test_kinds_listed_after_a_civilian_total_are_its_parts(read_tolls) -> None:
    claims = read_tolls("Air strikes hit Maarat al-Numan on Thursday killing 23 civilians, 8 children "
                        "and 5 women, and injuring scores.")
    assert killed_total_of(claims) == 23
    parts = [c for c in claims if c.count.value in (8, 5)]
    total = next(c for c in claims if c.count.value == 23)
    assert [p.parent for p in parts] == [total.id, total.id]


def test_kinds_run_into_a_total_without_commas_are_its_parts(read_tolls) -> None:
    claims = read_tolls("Shelling on Saqba killed 16 people 7 children and 3 women, the monitor said.")
    assert killed_total_of(claims) == 16


def test_a_list_of_separate_sides_still_adds_up(read_tolls) -> None:
    claims = read_tolls("The strike killed 4 rebels 3 soldiers and 2 civilians near Kafr Nabudah.")
    assert killed_total_of(claims) == 9


def test_a_breakdown_by_place_that_overshoots_stays_under_its_total(read_tolls) -> None:
    claims = read_tolls("Regime air strikes killed 18 people, 11 in Saqba and 9 in Arbin, the monitor said.")
    assert killed_total_of(claims) == 18


def test_a_comma_less_breakdown_by_place_that_overshoots_stays_under_its_total(read_tolls) -> None:
    claims = read_tolls("Shelling killed 15 people, 6 in Erbin 10 in Zamalka, activists said.")
    assert killed_total_of(claims) == 15


def test_another_figure_by_place_is_still_a_toll_of_its_own(read_tolls) -> None:
    claims = read_tolls("Air raids killed 7 people, including 4 in Kafranbel and another 9 in Hass.")
    assert killed_total_of(claims) == 16


def test_a_faction_named_in_the_lost_phrase_owns_its_fighters(read_tolls) -> None:
    claims = read_tolls("Pro-government forces lost 11 Hezbollah fighters and 4 Iranian officers "
                        "in the offensive on Zabadani.")
    assert [(c.count.value, c.group.actor) for c in claims] == [
        (11, "Hezbollah"), (4, "Military Forces of Iran")]


def test_foreign_fighters_lost_by_the_regime_are_foreign_militias(read_tolls) -> None:
    claims = read_tolls("The regime lost 9 foreign fighters near Khanasser, the monitor said.")
    assert [(c.group.actor, c.group.nationality) for c in claims] == [
        ("Pro-Government Militias (Syria)", "foreign")]


def test_the_country_that_lost_its_soldiers_wins_over_the_speaker(read_tolls) -> None:
    claims = read_tolls("Opposition fighters said Russia has lost 6 soldiers near Deir ez-Zor this month.")
    assert [c.group.actor for c in claims] == ["Military Forces of Russia"]


def test_the_country_nearest_the_loss_wins_over_another_army(read_tolls) -> None:
    claims = read_tolls("The Turkish army said Iraq lost 17 soldiers as Iraqi troops pushed into the town.")
    assert [c.group.actor for c in claims if c.count.value == 17] == ["Military Forces of Iraq"]


def test_other_people_after_a_total_and_its_subset_are_the_rest_of_it(read_tolls) -> None:
    claims = read_tolls("The toll from the raids on Sukhnah has risen to 65 people including 40 civilians, "
                        "the monitor said on Monday. The monitor added that 19 other people were killed "
                        "without saying whether they were fighters.")
    assert killed_total_of(claims) == 65


def test_other_people_beyond_the_total_are_more_dead(read_tolls) -> None:
    claims = read_tolls("Strikes on Mayadin killed 30 people including 25 civilians, the monitor said. "
                        "It added that 12 other people were killed in the same raids.")
    assert killed_total_of(claims) == 42


def test_a_part_listed_after_a_war_wide_tally_belongs_to_the_incident(read_tolls) -> None:
    claims = read_tolls("Regime forces killed 14 rebels near Tal Abyad on Tuesday. The war has claimed more "
                        "than 350,000 lives since 2011. Those killed included 4 commanders of Ahrar al-Sham.")
    commanders = [c for c in claims if c.count.value == 4]
    assert [(c.group.actor, c.status) for c in commanders] == [("Ahrar al-Sham", "killed")]
    assert killed_total_of(claims) == 14


def test_killed_and_wounded_joined_by_an_ampersand_give_no_killed_figure(read_tolls) -> None:
    claims = read_tolls("Shelling on Kafr Nubl killed & wounded 31 people on Saturday, the civil defence said.")
    assert all(c.count.value is None for c in claims)


def test_killed_and_wounded_each_with_its_figure_keep_both(read_tolls) -> None:
    claims = read_tolls("Shelling on Kafr Takharim killed 9 & wounded 23 on Saturday, the civil defence said.")
    assert sorted((c.status, c.count.value) for c in claims) == [("injured", 23), ("killed", 9)]


def test_gunmen_named_by_nationality_keep_it(read_tolls) -> None:
    claims = read_tolls("Two Iraqi gunmen were killed in clashes with Kurdish forces near Hasakah.")
    assert [(c.count.value, c.group.category, c.group.nationality) for c in claims] == [(2, "combatants", "IQ")]


def test_tanks_and_territory_lost_are_no_dead(read_tolls) -> None:
    assert read_tolls("The rebels lost 3 tanks and 40 percent of their territory near Hama.") == []


def test_only_the_men_a_side_lost_are_dead(read_tolls) -> None:
    claims = read_tolls("Rebels lost 7 fighters and 2 tanks in the battle for Suran, a commander said.")
    assert [(c.count.value, c.group.actor) for c in claims] == [(7, "Syrian Rebels")]


def test_fighters_killed_elsewhere_never_restate_a_civilian_headline(read_tolls) -> None:
    claims = read_tolls("12 Syrian Civilians 4 Children Killed in Idlib by Russian Airstrikes Report "
                        "At least 12 civilians were killed in Russian air strikes on the town of Maarrat Misrin "
                        "on Tuesday, activists said. At least 19 people died in a car bomb in Azaz, a medic said. "
                        "Meanwhile the Turkish General Staff said that at least 11 ISIS "
                        "militants were killed during the shelling near al-Rai.")
    members = next(c for c in claims if c.count.value == 11)
    assert members.parent is None


def test_single_people_run_together_are_a_list_not_a_total_and_its_part(read_tolls) -> None:
    claims = read_tolls("Rocket fire hit a family in Jisr al-Shughur: a grandfather a mother and a boy were killed.")
    assert all(c.parent is None for c in claims)
