"""The same dead told twice in one report (brief over9, issue 9): a toll told as having
reached a figure replaces the smaller one before it; the same small figure told of a
second teller retells; a headline that rounds the body's figures is not added to them."""

from __future__ import annotations

from observatory.extract.casualties import find_casualties
from observatory.kb.actors import default_kb
from observatory.nlp.sentences import split_sentences
from toll_totals import killed_total_of


def _total(text: str) -> int | None:
    return killed_total_of(find_casualties(text, split_sentences(text), None, default_kb()))


def test_a_toll_told_as_reached_or_standing_at_replaces_the_smaller_count_before_it() -> None:
    for text, total in (
        ("Blast kills 14 in Jarablus market\n\nA car bomb killed 14 people in the market of Jarablus on Sunday, "
         "a hospital official said. By Monday evening the death toll had reached 23 after several of the wounded died.", 23),
        ("Government shelling hit the village of Kafr Nabudah on Wednesday, killing 11 people. The toll now stands "
         "at 19, the local council said on Thursday.", 19),
        ("A suicide attack on a checkpoint near Tal Tamr killed six fighters on Friday. Kurdish officials said on "
         "Saturday that the toll from the attack hit 9.", 9),
    ):
        assert _total(text) == total, text


def test_a_toll_of_another_place_or_of_the_war_that_reached_a_figure_is_not_an_update() -> None:
    for text, total in (
        ("A mortar attack killed 6 people in Jaramana on Tuesday. The number of dead among government troops "
         "reached 11, the monitor said.", 17),
        ("Barrel bombs killed 4 people in Tafas on Thursday. The toll from Wednesday's raids stood at 13, "
         "activists said.", 17),
        ("Shelling killed 3 people in Kafr Hamra on Friday. Elsewhere, the death toll reached 10, the monitor "
         "said.", 13),
        ("Shelling killed 4 people in Hass on Monday. In Kafrnabl, the death toll reached 9, rescuers said.", 13),
        ("Air strikes killed 7 people in Hish on Sunday. The toll for the month in the province hit 60, the "
         "monitor said.", 67),
        ("Barrel bombs killed 8 people in Daraya on Friday. The toll of the months-long siege stood at 250, "
         "activists said.", 8),
    ):
        assert _total(text) == total, text
    assert _total("A drone strike killed 5 people in Sarmin on Monday. Elsewhere, the toll of the week's fighting "
                  "in Hama reached 60, the monitor said.") == 65
    assert _total("Militants killed 12 soldiers near Palmyra on Friday, the army said. The toll of the war has "
                  "reached 350,000 since 2011.") == 12


def test_a_second_teller_a_fraction_or_a_background_event_tells_no_second_incident() -> None:
    for text, total in (
        ("Rocket fire killed 4 people in Jobar on Tuesday, a medic said. Another medic said 4 were killed.", 4),
        ("An ambush killed 6 soldiers near Khan Tuman on Friday. In a second statement, the army said 6 soldiers "
         "died in the ambush.", 6),
        ("Shelling kills 5 in Hreitan\n\nAnother bout of shelling hit Hreitan on Friday, killing 5 people, days "
         "after a raid killed dozens.", 5),
        ("Air raids killed 12 people in Maarshurin on Friday. A third of the 12 dead were women.", 12),
    ):
        assert _total(text) == total, text


def test_the_same_small_figure_told_again_stays_one_toll() -> None:
    for text in (
        "Shelling kills 3 in Douma\n\nShelling on Douma killed three civilians on Monday, the civil defence said. "
        "The three civilians were killed when a shell hit their house, rescuers added.",
        "Second strike kills 5 in Hazano\n\nA second strike on Hazano killed 5 people on Sunday, the monitor said.",
    ):
        assert _total(text) in (3, 5), text
    assert _total("Strikes on the village of Ein Tarma killed six people on Friday, a monitor said. Six people "
                  "were killed in the strikes, the local council confirmed.") == 6


def test_a_headline_rounding_the_body_figures_is_not_added_to_them() -> None:
    for text, total in (
        ("Shelling kills 50 in Kafr Doumal\n\nShelling on the town of Kafr Doumal on Tuesday killed 39 civilians "
         "and 13 fighters, the monitor said.", 50),
        ("Clashes kill 30 near Deir Hafer\n\nFighting near Deir Hafer on Sunday killed 17 government soldiers and "
         "14 rebels, the monitor said.", 30),
        ("Raids kill 20 in eastern Hama\n\nAir raids on villages of eastern Hama killed 12 civilians on Saturday, "
         "while 10 militants died in strikes on their positions, the monitor said.", 20),
    ):
        assert _total(text) == total, text


def test_a_body_far_beyond_its_headline_still_adds_its_other_events() -> None:
    assert _total("Blast kills 10 in Qamishli\n\nA bomb killed 10 people in Qamishli on Monday. Air strikes on "
                  "Raqqa killed 25 people on Tuesday.") == 35
    assert _total("Strikes kill 15 in Saraqib\n\nStrikes on Saraqib killed 9 civilians and 6 fighters on "
                  "Wednesday, rescuers said.") == 15


def test_parts_told_before_their_total_are_not_cut_off_by_a_wounded_line() -> None:
    assert _total("Shelling on Jisr al-Shughur\n\nDead: 5 civilians, 3 fighters\nWounded: 12\nDead: 8") == 8
    assert _total("Raids on Kafr Owaid\n\nRaids on Kafr Owaid killed four children and two women on Monday. Eleven "
                  "people were wounded. The raids killed 6 people in all, the council said.") == 6
    assert _total("Clashes in Tal Abyad\n\nClashes killed 7 Kurdish fighters and 5 Islamic State militants on "
                  "Sunday. Nine civilians were wounded in crossfire. Fighting in the town left 12 dead on Sunday, "
                  "the monitor said.") == 12


def test_a_wounded_figure_of_a_place_line_still_ends_a_run_of_parts() -> None:
    for text, total in (
        ("Dead by town\n\nDaraa: 5 killed, 14 wounded\nInkhil: 3 killed, 6 wounded\nNawa: 8 killed", 16),
        ("Losses today\n\nTadef: 4 dead\nWounded in Tadef: 11\nBab: 6 dead\nWounded in Bab: 8\nQabasin: 10 dead", 20),
    ):
        assert _total(text) == total, text


def test_figures_of_other_people_or_days_are_no_parts_of_a_later_total() -> None:
    for text in ("Raids on Kafr Owaid\n\nRaids on Kafr Owaid killed four children on Monday. Shelling killed 2 women "
                 "in Bara. Strikes killed 6 fighters near Kansafra on Tuesday.",
                 "Raids on Kafr Owaid\n\nRaids on Kafr Owaid killed four children on Monday. Eleven people were "
                 "wounded. Shelling killed 2 women in Bara. Strikes killed 6 fighters near Kansafra on Tuesday."):
        assert _total(text) == 12, text
