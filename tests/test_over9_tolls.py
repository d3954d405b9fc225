"""The same dead told twice in one report (brief over9, issue 9): a toll told as having
reached a figure replaces the smaller one before it; the same small figure told of a
second incident adds; a headline that rounds the body's figures is not added to them."""

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
    assert _total("A drone strike killed 5 people in Sarmin on Monday. Elsewhere, the toll of the week's fighting "
                  "in Hama reached 60, the monitor said.") == 65
    assert _total("Militants killed 12 soldiers near Palmyra on Friday, the army said. The toll of the war has "
                  "reached 350,000 since 2011.") == 12


def test_the_same_small_figure_of_a_second_incident_adds() -> None:
    for text, total in (
        ("Air strikes hit two towns\n\nAn air strike on Maarat Sileh killed 8 people on Monday. A second strike on "
         "Tel Aswad killed 8 people on Monday.", 16),
        ("Shelling on Busra al-Harir killed three civilians on Monday. In a separate attack, three civilians were "
         "killed in Nawa.", 6),
        ("A roadside bomb killed two soldiers near Manbij on Thursday. Another bomb killed two soldiers near "
         "Al-Arima hours later.", 4),
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


def test_figures_of_other_people_or_days_are_no_parts_of_a_later_total() -> None:
    for text in ("Raids on Kafr Owaid\n\nRaids on Kafr Owaid killed four children on Monday. Shelling killed 2 women "
                 "in Bara. Strikes killed 6 fighters near Kansafra on Tuesday.",
                 "Raids on Kafr Owaid\n\nRaids on Kafr Owaid killed four children on Monday. Eleven people were "
                 "wounded. Shelling killed 2 women in Bara. Strikes killed 6 fighters near Kansafra on Tuesday."):
        assert _total(text) == 12, text


def test_an_ordinal_that_names_no_second_incident_keeps_the_headline_and_body_one_toll() -> None:
    for text, total in (
        ("Rebels shell Syria's second city\n\nRebel rocket fire on a government-held area of Syria's second city "
         "Aleppo killed six children, a monitoring group said on Sunday.", 6),
        ("Blast kills 9 in Homs\n\nA blast in the third largest city of Syria killed 9 people on Friday, state "
         "media said.", 9),
    ):
        claims = find_casualties(text, split_sentences(text), None, default_kb())
        assert [c.count.value for c in claims if c.status == "killed"] == [total], text
