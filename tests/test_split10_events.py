"""One report's telling of one event stays one event (issues 9 and 11): a bare "offensive"
told by the city around the one site of the fight, and a day's strike beside the week's tally
of strikes at the same town (invented reports)."""

from __future__ import annotations

from observatory.extract.pipeline import Extractor
from observatory.models import Document, Event, ExtractionResult


def run(extractor: Extractor, text: str, published: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published))


def clashes(result: ExtractionResult) -> list[Event]:
    return [e for e in result.events if e.sub_event_type == "Armed clash"]


def killed_in(result: ExtractionResult, event: Event) -> set[int]:
    return {c.count.value for c in result.casualties if c.event == event.id and c.status == "killed"}


_MORNING = "Islamist fighters stormed army posts in the town of Morek on Wednesday, the Syrian Observatory said. "
_OFFENSIVE = "At least 48 fighters were killed in an offensive that rebels launched on Wednesday in Hama, the monitor said. "


def test_an_offensive_told_by_the_capital_is_the_fight_at_the_one_town_named(extractor: Extractor) -> None:
    result = run(extractor, _MORNING + _OFFENSIVE, "2016-03-10")
    [fight] = clashes(result)
    assert fight.location is not None and fight.location.mention == "Morek"
    assert 48 in killed_in(result, fight)


def test_an_offensive_around_two_towns_keeps_its_capital(extractor: Extractor) -> None:
    # Precision guard: which of the two fights the capital's toll sums up is not said.
    result = run(extractor, _MORNING + "Rebels also stormed checkpoints in the town of Kafr Zita on Wednesday. "
                 + _OFFENSIVE, "2016-03-10")
    assert "Hama" in {e.location.mention for e in clashes(result) if e.location}


def test_an_offensive_days_before_the_town_fight_stays_its_own(extractor: Extractor) -> None:
    # Precision guard: stated days that lie apart are two fights, whatever the places.
    result = run(extractor, "Islamist fighters stormed army posts in the town of Morek on Friday, the Syrian "
                            "Observatory said. At least 48 fighters were killed in an offensive that rebels launched "
                            "on Monday in Hama, the monitor said.", "2016-03-12")
    assert {e.location.mention for e in clashes(result) if e.location} == {"Hama", "Morek"}


def test_an_offensive_told_by_a_city_keeps_the_city_beside_its_quarter(extractor: Extractor) -> None:
    # Precision guard: a quarter keeps its city beside it (the project's rule for a quarter told after a city).
    result = run(extractor, "Islamist fighters stormed army positions in the Al-Waer neighbourhood on Wednesday, the "
                            "Syrian Observatory said. At least 48 fighters were killed in an offensive that rebels "
                            "launched on Wednesday in the city of Homs, the monitor said.", "2016-03-10")
    assert {e.location.name for e in clashes(result) if e.location} == {"Homs", "Al-Waer"}


_MARKET = ("Government warplanes struck a crowded market in Maarat al-Numan on Monday, killing nine civilians "
           "including three women, rescuers said. ")


def test_a_day_strike_stays_one_day_beside_the_week_tally(extractor: Extractor) -> None:
    result = run(extractor, _MARKET + "Air strikes on Maarat al-Numan have killed 57 people over the past week, the "
                                      "monitor said.", "2017-05-17")
    strikes = sorted((e for e in result.events if e.sub_event_type == "Air/drone strike"),
                     key=lambda e: (e.date.end or e.date.start or "") > (e.date.start or ""))
    assert [(e.date.start, e.date.end) for e in strikes] == [("2017-05-15", "2017-05-15"), ("2017-05-11", "2017-05-17")]
    day, week = strikes
    assert 9 in killed_in(result, day) and 57 in killed_in(result, week)


def test_a_day_told_in_the_tally_sentence_stays_with_it(extractor: Extractor) -> None:
    # Precision guard: "killing nine, raising the week's toll to 57" is one telling.
    result = run(extractor, "Government warplanes struck Maarat al-Numan on Monday, killing nine civilians and "
                            "raising to 57 the number killed in air strikes on the town over the past week, the "
                            "monitor said.", "2017-05-17")
    assert len([e for e in result.events if e.sub_event_type == "Air/drone strike"]) == 1


def test_two_days_told_together_stay_one_strike(extractor: Extractor) -> None:
    # Precision guard: a span of two days is no tally; the day inside it is the same raids.
    result = run(extractor, "Government warplanes struck Maarat al-Numan on Monday and Tuesday, rescuers said. Air "
                            "strikes on Maarat al-Numan killed nine civilians on Tuesday.", "2017-05-17")
    [strike] = [e for e in result.events if e.sub_event_type == "Air/drone strike"]
    assert (strike.date.start, strike.date.end) == ("2017-05-15", "2017-05-16")


def test_a_week_of_fighting_in_the_province_is_no_one_day_fight_at_its_town(extractor: Extractor) -> None:
    # Precision guard: the weak reading tells days beyond the town's day.
    result = run(extractor, _MORNING + "Fighting in Hama over the past week has killed 60 fighters, the monitor "
                                       "said.", "2016-03-10")
    hama = [e for e in clashes(result) if e.location and e.location.mention == "Hama"]
    assert len(hama) == 1 and 60 in killed_in(result, hama[0])


def test_an_offensive_told_by_a_capital_the_report_also_plainly_places_stays_there(extractor: Extractor) -> None:
    # Precision guard: "clashes raged in Hama" tells the kind at the capital too.
    result = run(extractor, _MORNING + "Clashes also raged in Hama on Wednesday. " + _OFFENSIVE, "2016-03-10")
    hama = [e for e in clashes(result) if e.location and e.location.mention == "Hama"]
    assert len(hama) == 1 and 48 in killed_in(result, hama[0])


def test_a_bombardment_beside_a_strike_and_a_shelling_keeps_its_capital(extractor: Extractor) -> None:
    # Precision guard: a bare "bombardment" may sum up the air strike on one town and the
    # rocket fire on another, so its toll stays with the capital standing for the province.
    result = run(extractor, "Rocket fire killed two women in the town of Kafr Nabl on Monday. Government warplanes "
                            "struck a bakery in the town of Saraqeb on Monday, rescuers said. Heavy bombardment "
                            "killed 23 civilians in Idlib on Monday, a monitor said.", "2016-10-25")
    idlib = [e for e in result.events if e.location and e.location.mention == "Idlib"]
    assert idlib and 23 in set().union(*(killed_in(result, e) for e in idlib))


def test_a_site_the_gazetteer_lacks_is_no_town_of_the_capital(extractor: Extractor) -> None:
    # Precision guard: an unknown site lent the capital's point may be a building in the city.
    result = run(extractor, "Rebel shells struck the al-Nour Maternity Clinic on Thursday, the state agency said. "
                            "Rebel bombardment killed 31 people across Aleppo on Thursday, the monitor said.",
                 "2016-04-29")
    aleppo = [e for e in result.events if e.location and e.location.mention == "Aleppo"]
    assert aleppo and 31 in set().union(*(killed_in(result, e) for e in aleppo))


def test_a_town_the_report_names_takes_the_offensive_told_by_its_capital(extractor: Extractor) -> None:
    # A town the gazetteer lacks, named a town by the report, is a town of the governorate.
    result = run(extractor, "Islamist fighters stormed army posts in Qarqoush Zeitoun town on Wednesday, the Syrian "
                            "Observatory said. " + _OFFENSIVE, "2016-03-10")
    [fight] = clashes(result)
    assert fight.location is not None and fight.location.mention != "Hama"
    assert 48 in killed_in(result, fight)


def _placed_at(result: ExtractionResult, mention: str) -> list[Event]:
    return [e for e in result.events if e.location is not None and e.location.mention == mention]


def test_fighting_in_a_place_called_a_city_is_no_fight_at_a_town_of_its_province(extractor: Extractor) -> None:
    # "the city of Aleppo" is the city, not the governorate a capital may stand for.
    result = run(extractor, "Jihadist fighters stormed army positions in the town of Khan Tuman on Friday, the "
                            "Observatory said. Elsewhere, fighting in the city of Aleppo killed 27 people on Friday, "
                            "the monitor said.", "2016-05-07")
    [town] = _placed_at(result, "Khan Tuman")
    assert 27 not in killed_in(result, town)
    [city] = _placed_at(result, "Aleppo")
    assert 27 in killed_in(result, city)


def test_fighting_between_other_sides_is_no_fight_at_the_town(extractor: Extractor) -> None:
    # Kurds against IS in a village and the army against rebels in the capital are two fights.
    result = run(extractor, "Kurdish YPG fighters attacked Islamic State positions in the village of Ain Issa on "
                            "Tuesday, the group said. In Raqqa, fighting between the army and rebels killed 16 "
                            "fighters on Tuesday, the monitor said.", "2016-03-09")
    [village] = _placed_at(result, "Ain Issa")
    assert 16 not in killed_in(result, village)
    assert {a.name for a in village.actors} == {"YPG: People's Protection Units", "Islamic State"}


def test_a_bombardment_beside_a_strike_in_the_city_keeps_the_capital(extractor: Extractor) -> None:
    # The report tells a blast-type event at the capital itself (an air strike): a bare
    # "bombardment" there may be that one, not the shelling of a town of the province.
    result = run(extractor, "Regime jets hit a mosque in Idlib city on Monday, killing six worshippers, medics said. "
                            "Rockets slammed into the town of Jisr al-Shughur on Monday, killing a boy. Intense "
                            "bombardment killed 17 people in Idlib on Monday, activists said.", "2016-11-22")
    [town] = _placed_at(result, "Jisr al-Shughur")
    assert 17 not in killed_in(result, town)
    assert 17 in set().union(*(killed_in(result, e) for e in _placed_at(result, "Idlib")))


def test_a_headline_toll_over_the_past_days_goes_to_the_tally(extractor: Extractor) -> None:
    # The headline's 60 is the three days' count the body tells, not Saturday's fight.
    result = run(extractor, "60 Nusra fighters killed in Zabadani clashes. Fighting raged in the mountain town of "
                            "Zabadani on Saturday after Nusra launched a fresh attack on Hezbollah fighters, the "
                            "monitor said. Fierce clashes in and around Zabadani have killed about 60 Nusra fighters "
                            "over the past three days, the Observatory said.", "2015-07-19")
    [tally] = [e for e in clashes(result) if e.date.start != e.date.end]
    assert (tally.date.start, tally.date.end) == ("2015-07-17", "2015-07-19")
    assert 60 in killed_in(result, tally)


def test_a_run_of_days_up_to_the_day_told_is_no_tally(extractor: Extractor) -> None:
    # "for a fifth straight day on Monday" ends on Monday: the Monday raid is that run's latest day.
    result = run(extractor, "Army helicopters dropped barrel bombs on Douma for a fifth straight day on Monday. "
                            "Barrel bombs struck Douma on Monday evening, killing eight people, rescuers said.",
                 "2016-08-23")
    [strike] = [e for e in result.events if e.sub_event_type == "Air/drone strike"]
    assert 8 in killed_in(result, strike)



def test_a_bare_bombardment_on_a_day_is_no_day_beside_the_tally(extractor: Extractor) -> None:
    # Precision guard: a weak word describes the week's shelling; it splits nothing off.
    result = run(extractor, "Government shelling of the town of Kafr Batna has killed 41 people over the past week, "
                            "the monitor said. Heavy bombardment pounded Kafr Batna on Tuesday.", "2016-01-21")
    assert len([e for e in result.events if e.sub_event_type == "Shelling/artillery/missile attack"]) == 1


def test_an_unplaced_day_inside_the_week_goes_to_the_tally(extractor: Extractor) -> None:
    # A raid told nowhere, on a day apart from the town's told day, is one of the week's raids.
    result = run(extractor, "Government warplanes struck a school in the town of Kafr Batna on Monday, killing six "
                            "pupils, rescuers said. Air strikes on Kafr Batna have killed 38 people over the past "
                            "week, the monitor said. Warplanes also struck a bakery on Saturday.", "2016-01-21")
    strikes = [e for e in result.events if e.sub_event_type == "Air/drone strike"]
    assert sorted((e.date.start, e.date.end) for e in strikes) == [("2016-01-15", "2016-01-21"),
                                                                  ("2016-01-18", "2016-01-18")]
