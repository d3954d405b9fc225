"""Figures that are not a report's own incident toll: spans, outsized recalled figures,
parts told before their total, objects counted like people, superseded tolls."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2017, 6, 20)


def _top_killed(claims):
    return [(c.count.value, c.scope) for c in claims if c.status == "killed" and c.parent is None]


def test_a_toll_over_a_span_of_weeks_is_a_running_total(read_tolls) -> None:
    claims = read_tolls("Mortar fire killed four people in Daraya on Monday. The monitor says 190 civilians "
                        "have died across the province in less than one month.")
    assert _top_killed(claims) == [(4, "incident"), (190, "cumulative")]


def test_a_toll_over_two_years_is_a_running_total(read_tolls) -> None:
    claims = read_tolls("Landmines have killed 64 farmers around Palmyra in two years, a local council said.")
    assert _top_killed(claims) == [(64, "cumulative")]


def test_an_undated_outsized_figure_is_never_the_report_s_toll(read_tolls) -> None:
    claims = read_tolls("Shelling kills 7 in Hreitan\n\nShelling killed seven civilians in Hreitan. "
                        "Opposition groups accuse the government of killing more than 2,300 people with "
                        "barrel bombs in the district.")
    assert (2300, "cumulative") in _top_killed(claims)
    assert (7, "incident") in _top_killed(claims)


def test_a_large_figure_tied_to_a_named_day_stays_an_incident(read_tolls) -> None:
    claims = read_tolls("Shelling kills 7 in Hreitan\n\nShelling killed seven civilians in Hreitan. "
                        "Thursdays truck bomb at the crossing killed 140 people, activists said.")
    assert (140, "incident") in _top_killed(claims)


def test_a_figure_of_similar_size_is_not_outsized(read_tolls) -> None:
    claims = read_tolls("Clashes kill 30 near Khanasser\n\nClashes killed 30 fighters near Khanasser. "
                        "Government bombing killed 45 people in the villages around it.")
    assert [v for v, scope in _top_killed(claims) if scope == "incident"] == [30, 45]


def test_parts_told_before_their_total_are_its_subsets(read_tolls) -> None:
    claims = read_tolls("Raids hit Maarzita\n\nJets struck the square of Maarzita, killing five women and "
                        "eleven other people, witnesses said. The raids killed 16 civilians in all.")
    total = next(c for c in claims if c.count.value == 16)
    assert [c.parent for c in claims if c.count.value in (5, 11)] == [total.id, total.id]


def test_figures_that_do_not_add_up_to_a_later_one_stay_separate(read_tolls) -> None:
    claims = read_tolls("Raids hit Maarzita\n\nJets struck the square of Maarzita, killing five women and "
                        "eleven other people. In Kafr Nbouda, shelling killed 14 people.")
    assert all(c.parent is None for c in claims if c.status == "killed")


def test_lorries_counted_in_a_partitive_are_not_people(read_tolls) -> None:
    claims = read_tolls("In the ambush 7 of the 40 lorries were set alight and 11 drivers were killed.")
    assert [c.count.value for c in claims if c.status == "killed"] == [11]


def test_a_toll_the_source_first_gave_is_superseded(read_tolls) -> None:
    claims = read_tolls("Raids on Khan Tuman killed 52 people, the monitor said. It had initially put the "
                        "toll at 38 dead before rescuers reached the basements.")
    assert [c.count.value for c in claims if c.status == "killed"] == [52]


def test_groups_before_among_n_are_its_parts(read_tolls) -> None:
    claims = read_tolls("3 medics among 17 dead in Ariha raid\n\nOn Monday two teachers and a nurse were "
                        "among nine people killed when rockets hit the school in Binnish.")
    by_value = {c.count.value: c for c in claims if c.status == "killed"}
    assert by_value[3].parent == by_value[17].id
    assert [c.parent for c in claims if c.count.value in (2, 1)] == [by_value[9].id, by_value[9].id]


def test_among_those_killed_goes_under_the_killed_not_the_injured(read_tolls) -> None:
    claims = read_tolls("Rockets killed 14 people and injured 52 in Jableh on Tuesday. Among those killed "
                        "were five students and their driver.")
    killed = next(c for c in claims if c.count.value == 14)
    students = next(c for c in claims if c.count.value == 6)  # five students and their driver: six
    assert (students.status, students.parent) == ("killed", killed.id)


def test_as_well_as_those_killed_the_figure_is_injured(read_tolls) -> None:
    claims = read_tolls("A truck bomb killed 23 people in Qamishli. As well as those killed, at least 70 "
                        "people were wounded, hospital staff said.")
    assert [(c.status, c.count.value) for c in claims] == [("killed", 23), ("injured", 70)]


def test_a_governing_body_is_no_dead_person(read_tolls) -> None:
    claims = read_tolls("Envoys agreed that a transitional governing body should draft the charter. "
                        "Rescuers recovered 6 bodies from the rubble in Kafr Batna.")
    assert [(c.status, c.count.value) for c in claims] == [("killed", 6)]


def test_the_headline_figure_restated_under_another_name_is_one_toll(read_tolls) -> None:
    claims = read_tolls("31 terrorists killed in air raids\n\nAt least 31 members of Jabhat Fateh "
                        "al-Sham were killed in air raids near Kafr Hamra on Saturday, the ministry said.")
    assert [c.count.value for c in claims if c.status == "killed" and c.parent is None] == [31]


def test_a_time_of_day_in_a_date_line_is_no_toll() -> None:
    from observatory.extract.pipeline import Extractor
    from observatory.models import Document

    text = ("Seven Farmers Killed in Shelling on Rural Hama\n\nTuesday 9 February 2016 18:42 Seven Farmers "
            "Killed in Shelling on Rural Hama Regime artillery hit the fields.")
    result = Extractor().extract(text, Document(id="clock", published="2016-02-09"))
    assert [c.count.value for c in result.casualties if c.status == "killed"] == [7]


def test_n_of_them_restating_the_headline_leaves_it_a_top_level_toll(read_tolls) -> None:
    claims = read_tolls("Army Advance in Ghab Plain Kills 14 Militants\n\nThe army clashed with the militants "
                        "near Qalaat al-Madiq, killing 14 of them.")
    killed = [c for c in claims if c.status == "killed"]
    assert [(c.count.value, c.parent) for c in killed] == [(14, None)]


def test_a_count_far_from_its_passive_verb_is_a_toll(read_tolls) -> None:
    claims = read_tolls("Close to 45 civilians in the encircled town of Hamouriyah have been killed since "
                        "Friday. Jets hit a farm where 26 civilians mostly shepherds and farmers were killed.")
    assert [(c.status, c.count.value) for c in claims] == [("killed", 45), ("killed", 26)]


def test_a_count_with_a_modal_far_from_its_verb_is_no_toll(read_tolls) -> None:
    claims = read_tolls("Unconfirmed reports said up to 45 people in the shelter may have been killed.")
    assert claims == []


def test_a_far_verb_after_a_clause_boundary_is_not_the_count_s(read_tolls) -> None:
    claims = read_tolls("About 300 families in the old quarter of Busra fled, and two guards were killed.")
    assert [(c.status, c.count.value) for c in claims] == [("killed", 2)]


def test_a_labelled_breakdown_gives_each_figure_its_own_label(read_tolls) -> None:
    claims = read_tolls("The council listed the toll of the raids on Sarmada as follows: killed: 17, "
                        "injured: 43.")
    assert [(c.status, c.count.value) for c in claims] == [("killed", 17), ("injured", 43)]


def test_a_body_that_restates_the_headline_keeps_its_other_incidents(read_tolls) -> None:
    claims = read_tolls("Air strikes kill 26 in Saraqib\n\nAir strikes killed 26 people in Saraqib on Monday. "
                        "Elsewhere, shelling killed 4 people in Sarmin.")
    top = sorted(c.count.value for c in claims if c.status == "killed" and c.parent is None)
    assert top == [4, 26]
