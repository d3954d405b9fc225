"""A toll told first and then broken down by place: the first part, close to the total,
is not the total retold by another source, and "another five" after "five" is five more
dead.  Reports invented for these tests."""

from __future__ import annotations

from datetime import date

from toll_totals import killed_total_of

PUBLISHED = date(2019, 2, 11)


def _killed(claims) -> list[tuple[int | None, bool]]:
    return [(c.count.value, c.parent is None) for c in claims if c.status == "killed"]


def test_a_close_first_part_and_the_rest_of_its_sentence_are_parts(read_tolls) -> None:
    claims = read_tolls("Regime rockets and air raids killed 23 civilians on Sunday across the rebel-held south "
                        "of Idlib, a monitor said. On Sunday air raids on the villages of Kafrnabl and Hish killed "
                        "20 civilians while rocket fire on the town of Maarzita killed another three civilians, "
                        "the monitor said.")
    assert _killed(claims) == [(23, True), (20, False), (3, False)]
    assert killed_total_of(claims) == 23
    # A close figure with nothing told after it is still the toll retold by a second source.
    retold = read_tolls("Air raids killed at least 23 civilians in Saraqeb on Sunday, a monitor said. Rescuers "
                        "said the raids had killed 20 civilians.")
    assert killed_total_of(retold) == 23


def test_a_man_and_a_woman_are_two(read_tolls) -> None:
    claims = read_tolls("Rebel shells killed a man and a woman in Babulin on Sunday, "
                        "state media said.")
    assert killed_total_of(claims) == 2


def test_another_five_after_five_are_five_more(read_tolls) -> None:
    claims = read_tolls("At least 12 civilians have been killed in air raids on Idlib province on Sunday. Raids on "
                        "Kafrnabl killed five people including a child, the monitor said. Another five people were "
                        "killed in raids on Hish further south. Two more people were killed in shelling on nearby "
                        "Babulin.")
    assert [v for v, top in _killed(claims) if not top].count(5) == 2
    assert killed_total_of(claims) == 12
    # "others" (most often the wounded beside the dead) is no such word: a second source's
    # "more than 60 others injured" is the lead's "more than sixty other wounded".
    retold = read_tolls("Bomb kills 40 in Yabroud\n\nA car bomb killed at least 40 people and left more than sixty "
                        "other wounded in Yabroud on Friday. Some agencies reported that the bomb left dozens dead and "
                        "more than 60 others injured.")
    assert [c.count.value for c in retold if c.status == "injured"] == [60]


def test_another_five_in_a_second_incident_add_to_the_first(read_tolls) -> None:
    claims = read_tolls("Bombs kill soldiers near Azaz\n\nA car bomb killed five soldiers at a checkpoint near Azaz "
                        "on Sunday, the army said. Another five soldiers were killed when their patrol hit a mine "
                        "outside Marea.")
    assert killed_total_of(claims) == 10


def test_a_figure_of_another_side_or_place_is_no_part_of_the_total(read_tolls) -> None:
    fighters = read_tolls("Turkish jets killed 31 civilians in Tal Rifaat on Friday, a monitor said. Medics said "
                          "27 civilians were killed in the strikes, while four Kurdish fighters died in clashes "
                          "with rebels in Afrin.")
    assert killed_total_of(fighters) == 35
    elsewhere = read_tolls("Turkish jets killed 31 civilians in Tal Rifaat on Friday, a monitor said. Medics said "
                           "27 civilians were killed in the strikes, while four civilians died in shelling on "
                           "Kafr Naya.")
    assert killed_total_of(elsewhere) == 35
