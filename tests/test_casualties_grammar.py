"""Casualty claims read from report-style sentences (SOHR and wire-service phrasing)."""

from __future__ import annotations

from datetime import date

import pytest


PUBLISHED = date(2017, 10, 1)


@pytest.fixture
def read(read_tolls):
    return read_tolls


def brief(claims):
    return [(c.status, c.count.value, c.count.qualifier, c.group.actor) for c in claims]


def test_verb_before_the_number(read):
    claims = read("Artillery fire killed 41 civilians in the hamlet of Tell Marwan on Thursday.")
    assert brief(claims) == [("killed", 41, "exact", "Civilians")]
    assert claims[0].group.category == "civilians"
    assert claims[0].evidence.text == "41 civilians"


def test_participle_after_the_group(read):
    claims = read("At least 18 civilians were killed in an air strike on the town, the Observatory said.")
    assert brief(claims) == [("killed", 18, "at_least", "Civilians")]
    assert claims[0].count.low == 18 and claims[0].count.high is None


def test_killed_and_wounded_in_one_clause(read):
    text = "A car bomb killed 3 and wounded 20 near the checkpoint. Shelling left 5 dead and 12 others injured."
    assert [(c.status, c.count.value) for c in read(text)] == [
        ("killed", 3), ("injured", 20), ("killed", 5), ("injured", 12)]


def test_headline_list_without_verbs(read):
    claims = read("3 killed, 20 injured in rocket attack on Damascus")
    assert [(c.status, c.count.value) for c in claims] == [("killed", 3), ("injured", 20)]


def test_active_verbs_of_a_headline_belong_to_the_number_after_them(read):
    claims = read("Gunmen kidnapped 40 executed 6 people in eastern Syria")
    assert [(c.status, c.count.value) for c in claims] == [("captured", 40), ("killed", 6)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The SOHR documented the death of 12 fighters in the clashes.", 12),
        ("The blast claimed the lives of 14 shoppers near the clock tower.", 14),
        ("Rescuers pulled 9 bodies from the rubble of the building.", 9),
        ("The death toll from the bombing rose to 86 on Wednesday.", 86),
        ("Four people lost their lives when the shell hit the house.", 4),
        ("Twenty-five people died in the attack on the bakery.", 25),
    ],
)
def test_many_ways_of_saying_killed(read, sentence, value):
    claims = read(sentence)
    assert [(c.status, c.count.value) for c in claims] == [("killed", value)]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Regime forces arrested 14 young men at a checkpoint in Daraa.", "captured"),
        ("Militants abducted 25 civilians from the village.", "captured"),
        ("Some 200 soldiers remain missing after the assault.", "missing"),
        ("The shelling injured nine people in the neighbourhood.", "injured"),
    ],
)
def test_other_statuses(read, sentence, status):
    assert [c.status for c in read(sentence)] == [status]


def test_single_people_counted_by_article(read):
    claims = read("A child was killed by sniper fire and a woman was wounded in the same street.")
    assert [(c.status, c.count.value, c.group.category) for c in claims] == [
        ("killed", 1, "children"), ("injured", 1, "women")]


def test_articles_before_other_nouns_are_not_counts(read):
    assert read("Fighters repelled a jihadist attack that killed nobody.") == []


def test_vague_amounts_are_claims_without_a_value(read):
    claims = read("Dozens of gunmen died in the fighting for the hill, while several farmers were wounded.")
    assert [(c.status, c.count.value, c.count.qualifier, c.count.low) for c in claims] == [
        ("killed", None, "vague", 24), ("injured", None, "vague", 2)]


def test_qualifier_after_the_noun(read):
    claims = read("Medics confirmed the killing of 77 soldiers at least of the regime army near the dam.")
    c = claims[0]
    assert (c.count.value, c.count.qualifier, c.count.text) == (77, "at_least", "77 soldiers at least")
    assert c.group.actor == "Military Forces of Syria"
    assert c.group.description == "soldiers at least of the regime army"


def test_subsets_point_to_their_parent(read):
    text = ("A barrel bomb dropped on the bus station killed 27 people including eight children "
            "and three women.")
    claims = read(text)
    total, children, women = claims
    assert total.count.value == 27 and total.parent is None
    assert (children.count.value, children.parent, children.group.category) == (8, total.id, "children")
    assert (women.count.value, women.parent, women.group.category) == (3, total.id, "women")


def test_status_stated_after_a_list_of_subsets_reaches_the_parent(read):
    claims = read("Not less than 33 villagers including six boys and four mothers died in the raid on Tuesday.")
    assert [c.status for c in claims] == ["killed"] * 3
    assert [c.parent for c in claims] == [None, claims[0].id, claims[0].id]


def test_nested_chain_and_a_separate_toll(read):
    text = ("Medics counted the deaths of 93 fighters of the regime army and allied militiamen, "
            "including 31 fighters of non-Syrian nationalities including 12 fighters of the "
            "Lebanese Hezbollah, who fell on the 26th and the 27th of September 2017, as well as "
            "the deaths of 58 fighters of ISIS.")
    regime, foreign, hezbollah, isis = read(text)
    assert (foreign.parent, hezbollah.parent, isis.parent) == (regime.id, foreign.id, None)
    assert (foreign.group.actor, foreign.group.nationality) == ("Pro-Government Militias (Syria)", "foreign")
    assert hezbollah.group.actor == "Hezbollah"
    assert isis.group.actor == "Islamic State"
    assert regime.period.start == "2017-09-26" and regime.period.end == "2017-09-27"
    assert isis.period.start == "2017-09-26"


def test_of_them_in_the_next_sentence(read):
    claims = read("Regime air raids killed 23 civilians in the town. Nine of them were children.")
    total, children = claims
    assert children.parent == total.id
    assert (children.status, children.count.value, children.group.category) == ("killed", 9, "children")


def test_of_the_dead_names_the_subset(read):
    claims = read("At least 26 people died in the battle. Doctors said at least 11 of the dead were rebels.")
    assert claims[1].parent == claims[0].id
    assert claims[1].group.actor == "Syrian Rebels"


def test_parts_stated_after_an_aggregate_become_its_subsets(read):
    text = ("Rocket fire killed at least 37 people across the plain. The rockets killed 15 "
            "people in Kafr Halab and another 22 people in the village of Tal Hadid.")
    total, first, second = read(text)
    assert (first.parent, second.parent) == (total.id, total.id)


def test_headline_and_body_repeats_are_one_claim(read):
    text = ("Landmine kills 17 near the river\n\nA landmine blast killed at least 17 farm workers "
            "near the river on Tuesday, medics in the area said.")
    claims = read(text)
    assert len(claims) == 1
    assert (claims[0].count.value, claims[0].count.qualifier) == (17, "at_least")


def test_actor_from_the_noun_phrase(read):
    cases = {
        "Four Hezbollah members were killed in the fighting.": "Hezbollah",
        "The clashes killed 21 opposition fighters near the border.": "Syrian Rebels",
        "A Turkish soldier was killed in a car bomb attack.": "Military Forces of Turkey",
        "Five Kurdish policemen were killed at the checkpoint.": "Asayish",
        "ISIS lost at least 28 fighters in the assault.": "Islamic State",
    }
    for sentence, actor in cases.items():
        assert read(sentence)[0].group.actor == actor, sentence


def test_default_actors_when_none_is_named(read):
    claims = read("Unknown assailants killed 3 fighters and 4 civilians on the road.")
    assert [c.group.actor for c in claims] == ["Unidentified Armed Group", "Civilians"]


def test_running_totals_are_cumulative(read):
    text = ("Regime shelling killed 7 people in Douma on Saturday. No fewer than 88 civilians have "
            "died since the start of the assault, the Observatory said.")
    daily, total = read(text)
    assert (daily.scope, total.scope) == ("incident", "cumulative")


def test_since_a_recent_day_is_still_the_incident(read):
    claims = read("Shelling since dawn killed 12 people in the town.")
    assert claims[0].scope == "incident"


def test_war_wide_totals_and_old_tolls_are_background(read):
    text = ("Shelling killed 4 people on Saturday. Over 350,000 people have lost their lives in Syria "
            "since the war began in 2011. An attack on 3 March 2017 killed 40 people.")
    assert [c.count.value for c in read(text)] == [4]


def test_counts_of_things_dates_and_ages_are_not_tolls(read):
    text = ("Warplanes carried out 30 raids on 5 villages on 28 September, killing a 12-year-old boy "
            "and destroying 4 vehicles during 48 hours of fighting.")
    claims = read(text)
    assert [(c.status, c.count.value) for c in claims] == [("killed", 1)]


def test_superseded_toll_is_dropped(read):
    text = ("At least 18 people were killed. An earlier death toll reported 15 people were killed "
            "but three more died of their wounds.")
    assert [c.count.value for c in read(text)] == [18]


def test_links_to_other_stories_are_not_read(read):
    text = ("Shelling killed 5 civilians in Aleppo on Sunday, the monitor said. The group said it "
            "would continue to document the attacks on the city and its surroundings. "
            "Related Air strike kills 54 in Deir Ezzor")
    assert [c.count.value for c in read(text)] == [5]


def test_evidence_offsets_match_the_document(read):
    text = "Syria\n\nThe regime's shelling killed nine people including three children in Douma."
    for claim in read(text):
        assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.text


def test_ids_are_in_text_order_and_unique(read):
    claims = read("Shelling killed 3 people. Air strikes killed 11 people. Clashes killed 20 fighters.")
    assert [c.id for c in claims] == ["c1", "c2", "c3"]
    assert all(c.event is None for c in claims)


def test_sentences_without_tolls_cost_nothing(read):
    assert read("The ministers met in Geneva to discuss the 12 points of the plan.") == []


def test_mixed_statuses_give_no_figure(read):
    assert read("Snipers posted on the bridge have killed and wounded scores of passers-by.") == []


def test_running_count_with_rose_to(read):
    text = ("The number of people killed by Russian air strikes on the town since dawn rose to "
            "16 civilians, including 5 children.")
    claims = read(text)
    assert [(c.status, c.count.value, c.parent) for c in claims] == [
        ("killed", 16, None), ("killed", 5, claims[0].id)]


def test_others_belong_to_the_group_named_before(read):
    claims = read("Two members of the SDF were killed and three others were injured in an IED explosion.")
    assert [(c.status, c.group.actor) for c in claims] == [
        ("killed", "SDF: Syrian Democratic Forces"), ("injured", "SDF: Syrian Democratic Forces")]


def test_dozens_in_a_headline_is_the_stated_toll_of_the_body(read):
    text = "Dozens die as rockets hit fuel depot\n\nAt least 29 people died when rockets hit the depot on Sunday."
    claims = read(text)
    assert [(c.count.value, c.count.qualifier) for c in claims] == [(29, "at_least")]


def test_partitive_of_the_group(read):
    claims = read("12 of the regime soldiers and militiamen were killed in the ambush.")
    assert [(c.count.value, c.group.actor) for c in claims] == [(12, "Military Forces of Syria")]


def test_the_dead_were_lists_subsets_of_the_toll_before(read):
    claims = read("Regime air strikes killed 23 people in the town. Among the dead were 7 children and 4 women.")
    total, children, women = claims
    assert (children.parent, women.parent) == (total.id, total.id)
    assert children.status == women.status == "killed"


def combined(claims):
    """A figure told for two statuses: a killed claim with no value, bounded by the figure."""
    return [(c.status, c.count.value, c.count.qualifier, c.count.high) for c in claims]


def test_died_or_were_wounded_gives_no_figure(read):
    assert combined(read("At least 40 people died or were wounded in the blast.")) == [
        ("killed", None, "vague", None)]


def test_vague_share_of_the_wounded_is_not_a_new_toll(read):
    text = "Eight people died and 31 were injured. Several of the injured are said to be in a grave state."
    assert [(c.status, c.count.value) for c in read(text)] == [("killed", 8), ("injured", 31)]


def test_daily_summary_lists_parts_of_the_total(read):
    text = ("30 persons were killed yesterday including 2 members of the regime forces and "
            "militiamen loyal to them and 28 other people who were killed in different circumstances.")
    total, regime, others = read(text)
    assert (regime.parent, others.parent) == (total.id, total.id)
    assert regime.group.actor == "Military Forces of Syria"


def test_a_part_larger_than_what_is_left_is_not_a_subset(read):
    text = ("The shells killed 13 people including four children in the old quarter "
            "and 21 people in the village of Deir Sunbul.")
    first, children, second = read(text)
    assert children.parent == first.id and second.parent is None


def test_claiming_the_life_and_injuring(read):
    text = "Rocket shells hit the neighbourhood, claiming the life of a woman and injuring 19 people."
    assert [(c.status, c.count.value) for c in read(text)] == [("killed", 1), ("injured", 19)]


def test_vague_amounts_do_not_swallow_figures_of_another_size(read):
    text = "Dozens of people were killed in the raids on Monday. In the city, shelling killed 300 people on Monday."
    assert [c.count.value for c in read(text)] == [None, 300]


def test_empty_and_toll_free_texts(read):
    assert read("") == []
    assert read("\n\n") == []


def test_statuses_set_side_by_side_give_no_figure(read):
    assert combined(read("62 gunmen Killed Injured as army repels attack on Kafr Zeita")) == [
        ("killed", None, "vague", 62)]
    assert combined(read("Fourteen militants killed, wounded in clashes near the airport")) == [
        ("killed", None, "vague", 14)]
    assert [(c.status, c.count.value) for c in read("4 killed, 11 injured in blast at the bakery")] == [
        ("killed", 4), ("injured", 11)]


def test_of_those_killed_opens_a_subset(read):
    claims = read("Shells killed 19 people in the camp on Monday. Of those killed, seven were infants.")
    assert [(c.count.value, c.parent) for c in claims] == [(19, None), (7, claims[0].id)]


def test_among_those_killed_is_a_subset_of_the_toll_before(read):
    claims = read("Warplanes killed 31 people in the town. Eleven boys were among those killed.")
    assert claims[1].parent == claims[0].id


def test_the_sides_of_a_clash_are_not_counted_people(read):
    text = "Clashes pitted the army on one side and the militants on the other, leaving 13 dead."
    assert [c.count.value for c in read(text)] == [13]


def test_vague_parts_of_a_toll_are_not_claims(read):
    text = "Twelve villagers, several of them teenagers, died in the raid. Many women were among those killed."
    assert [(c.count.value, c.parent) for c in read(text)] == [(12, None)]


def test_an_acronym_between_number_and_noun_is_a_modifier(read):
    claims = read("At least 64 IS fighters died in the battle for the silos.")
    assert [(c.count.value, c.group.category) for c in claims] == [(64, "combatants")]
    assert claims[0].group.actor != "Civilians"


def test_how_many_is_a_question_not_an_amount(read):
    assert read('"Nobody can yet say how many died under the rubble," a rescuer said.') == []


def test_a_bare_wounded_count_after_a_named_group_is_that_group(read):
    text = "The ambush killed 17 Hezbollah fighters and 23 wounded were taken to hospital."
    assert [(c.status, c.group.actor) for c in read(text)] == [("killed", "Hezbollah"), ("injured", "Hezbollah")]


def test_too_many_is_a_lament_not_an_amount(read):
    assert read('"Far too many lives have been lost in this valley," the envoy said.') == []


def test_an_age_limit_does_not_cut_the_toll_from_its_time_frame(read):
    text = ("The group has recorded the deaths of 9,140 detainees, 312 of them under the age of 18, "
            "since the beginning of the war.")
    assert read(text) == []


def test_not_many_and_thousands_are_no_incident_tolls(read):
    assert read('"We pray there are not many victims," the mayor said.') == []
    assert read("Barrel bombs kill thousands as the siege tightens.") == []


def test_joined_statuses_after_the_group_block_an_earlier_toll_word(read):
    text = "The toll may rise because dozens of people were wounded or are still missing under the rubble."
    assert read(text) == []


def test_well_over_is_a_lower_bound(read):
    claims = read("The opposition says the gas attack killed well over 900 civilians.")
    assert [(c.count.value, c.count.qualifier, c.count.low) for c in claims] == [(900, "more_than", 901)]


def test_a_status_noun_before_a_figure_is_that_figure_s_verb(read):
    claims = read("Rebels kill 41 Injured 60 gunmen in two days near the dam")
    assert [(c.status, c.count.value) for c in claims] == [("killed", 41), ("injured", 60)]


def test_a_participle_joined_before_the_status(read):
    claims = read("Three shepherds were tortured and executed near the salt lake.")
    assert [(c.status, c.count.value) for c in claims] == [("killed", 3)]


def test_a_slashed_date_between_toll_word_and_figure(read):
    claims = read("The count of villagers killed in the province on Wednesday 9/9/2015 climbed to 44.",
                  date(2015, 9, 10))
    assert [(c.status, c.count.value) for c in claims] == [("killed", 44)]
