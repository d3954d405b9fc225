"""One clause's old date must not sink another clause's news (issue 9, family 8).

Outlets join a second incident, or the history of one victim, to a sentence of news: a
further victim ("…, and another man died of wounds he sustained last week"), where a wound
came from ("died of injuries received in a raid in February"), an earlier event named to
set the news in time ("…, two days after a car bomb killed six people on March 9").  Those
asides keep their dates to themselves; the news around them stays news.
"""

import pytest

from observatory.extract.clauses import (
    CLAUSES_PATH, ClauseDataError, furniture_spans, load_asides, load_furniture, split_clauses, wound_origin_start,
)
from observatory.models import Document
from observatory.nlp.sentences import split_sentences

THURSDAY = "2019-03-14"


def _clauses(text: str) -> list[tuple[str, bool, bool]]:
    return [(text[c.start:c.end].strip(" ,"), c.aside, c.earlier) for c in split_clauses(split_sentences(text), text)]


def _extract(extractor, text: str):
    return extractor.extract(text, Document(id="t", published=THURSDAY))


def test_a_further_incident_after_a_dated_one_is_a_clause_of_its_own_but_no_aside() -> None:
    text = "Gunmen shot a baker in Kafr Roma on Monday, and two others were killed near Hish last month."
    assert _clauses(text) == [("Gunmen shot a baker in Kafr Roma on Monday", False, False),
                              ("and two others were killed near Hish last month.", False, False)]


def test_a_further_incident_after_an_undated_one_or_one_only_wounding_stays_in_its_sentence() -> None:
    # the time at the end may be both halves': the sentence keeps it whole
    for text in ("The barrel bomb killed 31 people in Kafr Owaid, and another 90 were injured on March 3.",
                 "Four soldiers were killed in an ambush near Khanasir, and two others were killed on the same road in 2016.",
                 # no event of its own: it needs the first half's trigger
                 "A rocket killed a boy in Harasta on Monday, and four more people were wounded in Arbin on Tuesday."):
        assert len(_clauses(text)) == 1, text


def test_a_second_verb_of_one_event_or_a_bare_list_of_victims_stays_one_clause() -> None:
    for text in ("Gunmen killed nine farmers, and wounded 14 others near Qalaat al-Madiq.",
                 "The raid killed two men in Heish, and another in Maar Shurin.",
                 "Regime shelling hit Kafr Owaid, and four people were wounded.",
                 # told without a time of its own, a further incident goes on the first one's story
                 "Jets killed 9 people in Arbin, and 15 others were killed in Zamalka in separate raids."):
        assert len(_clauses(text)) == 1, text


def test_a_running_total_in_the_perfect_is_a_clause_of_its_own() -> None:
    text = ("A drone hit a truck near Mayadin on Monday, and more than 2,300 people have been killed in the province "
            "since May.")
    assert [words for words, _, _ in _clauses(text)] == [
        "A drone hit a truck near Mayadin on Monday",
        "and more than 2,300 people have been killed in the province since May."]


def test_where_a_wound_came_from_is_an_earlier_aside() -> None:
    text = "A teacher died of the wounds he had suffered in a raid on Maaret Harma in January."
    assert _clauses(text) == [("A teacher died of the wounds", False, False),
                              ("he had suffered in a raid on Maaret Harma in January.", True, True)]
    assert wound_origin_start(text, 0, len(text)) == text.index(" he had")
    assert wound_origin_start("Nine fighters were wounded in the clashes.", 0, 42) == 42


def test_only_a_death_of_the_main_clause_with_no_day_of_its_own_splits_off_its_wounds() -> None:
    for text in ("Nine people suffered injuries sustained when a car bomb went off in Manbij on Sunday.",
                 "A baker who died last month of wounds he received in shelling on Hish was buried on Wednesday.",
                 "A driver died on Tuesday of wounds he had sustained in an air strike on Kafr Zita in December."):
        assert len(_clauses(text)) == 1, text


def test_a_recalled_event_after_a_comma_is_an_earlier_aside() -> None:
    text = "A mortar round hit a school in Hazano, three days after a car bomb killed six people in Sarmada."
    assert [(aside, earlier) for _, aside, earlier in _clauses(text)] == [(False, False), (True, True)]


def test_a_recalled_event_ends_where_the_main_clause_resumes() -> None:
    text = "Turkish troops entered Jandairis, two weeks after the offensive began in January, the Turkish army said."
    assert _clauses(text) == [("Turkish troops entered Jandairis", False, False),
                              ("two weeks after the offensive began in January", True, True),
                              ("the Turkish army said.", False, False)]
    # after no more than an opening time, the recalled event stays in the sentence dated by it
    assert len(_clauses("Late on Monday, a week after rebels shelled Mhardeh, jets struck Kafr Zita.")) == 1


@pytest.mark.parametrize(("text", "days"), [
    ("Rockets fell on Nubl, 48 hours after a drone hit the bakery of Zahraa on Sunday.", 48 * 0.04),
    ("Snipers killed a girl in Bosra, nearly three weeks after the truce began in the town.", 21),
    ("Jets struck Kansafra again, a few days before rebels shelled Jurin.", 1),
])
def test_a_recalled_event_counts_its_lapse_in_the_date_readers_units(text: str, days: float) -> None:
    """One home for "N units after": a recalled event's lapse is read by ``dates.lapse`` with
    the units of periods.yaml (an hour is 0.04 of a day; a vague count is one unit)."""
    [recalled] = [c for c in split_clauses(split_sentences(text), text) if c.earlier]
    assert recalled.lapse == pytest.approx(days)


def test_news_a_lapse_after_an_old_day_does_not_reach_stays_old(extractor) -> None:
    old = _extract(extractor, "The army recaptured Deir Hafer from IS, two months after the jihadists seized it in November.")
    assert old.events == [] and old.control_changes == []
    recent = _extract(extractor, "The army recaptured Deir Hafer from IS, two days after the jihadists seized it on Monday.")
    assert "Government regains territory" in {e.sub_event_type for e in recent.events}


def test_the_origin_of_a_death_takes_the_victims_side_and_its_death(extractor) -> None:
    result = _extract(extractor, "A fighter of the Hamza division succumbed to wounds he suffered in clashes with the YPG "
                                 "near Afrin on Tuesday.")
    [clash] = result.events
    assert {a.name for a in clash.actors} >= {"SNA: Syrian National Army", "YPG: People's Protection Units"}
    result = _extract(extractor, "A child was killed by a landmine near Jarablus, while another civilian died of wounds "
                                 "he sustained on Tuesday in shelling on Qabasin.")
    [shelling] = [e.id for e in result.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [c.event for c in result.casualties if c.count.text == "another civilian"] == [shelling]


def test_a_count_inside_two_events_evidence_goes_to_the_narrower(extractor) -> None:
    result = _extract(extractor, "Jets bombed Maarshourin, killing 6, while shelling on Hish killed 2.")
    by_type = {e.sub_event_type: e.id for e in result.events}
    assert {c.count.value: c.event for c in result.casualties} == {6: by_type["Air/drone strike"],
                                                                   2: by_type["Shelling/artillery/missile attack"]}


def test_the_news_survives_a_further_victim_wounded_long_ago(extractor) -> None:
    text = ("Three shepherds were killed by a landmine near Ithriya, and another shepherd died of wounds "
            "he sustained in a mine blast on the same road in December.")
    result = _extract(extractor, text)
    [mine] = [e for e in result.events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert mine.location is not None and "Ithriya" in mine.location.mention
    tolls = {c.count.value for c in result.casualties if c.status == "killed" and c.event == mine.id}
    assert 3 in tolls


def test_a_further_incident_of_a_past_year_dates_an_undated_first_half_not_a_dated_one(extractor) -> None:
    text = "Four soldiers were killed in an ambush near Khanasir, and two others were killed on the same road in 2016."
    assert _extract(extractor, text).events == []
    text = text.replace("Khanasir,", "Khanasir on Tuesday,")
    result = _extract(extractor, text)
    assert [e.sub_event_type for e in result.events] == ["Armed clash"]
    assert [c.count.value for c in result.casualties if c.status == "killed"] == [4]


def test_a_death_from_old_wounds_is_news_of_the_report(extractor) -> None:
    result = _extract(extractor, "A nurse died of wounds she sustained three weeks ago in an air strike on Kafr Zita.")
    [death] = [c for c in result.casualties if c.status == "killed"]
    assert death.count.value == 1 and death.period is None and death.event is not None
    [event] = result.events
    assert event.date is not None and event.date.end == THURSDAY


def test_a_death_itself_of_last_month_stays_background(extractor) -> None:
    result = _extract(extractor, "A nurse who died last month of wounds sustained in shelling on Kafr Zita "
                                 "was buried in her village.")
    assert result.events == []


def test_a_recalled_event_does_not_date_the_news(extractor) -> None:
    text = "A suicide bomber blew himself up at a market in Jarabulus, two days after a car bomb killed six people there on March 9."
    result = _extract(extractor, text)
    [suicide] = [e for e in result.events if e.sub_event_type == "Suicide bomb"]
    assert suicide.date is not None and suicide.date.start != "2019-03-09"


def test_a_count_belongs_to_the_event_of_its_own_clause(extractor) -> None:
    text = "Military police detained 11 men in Afrin on Saturday, and another man was tortured to death in custody on Sunday."
    result = _extract(extractor, text)
    [arrests] = [e.id for e in result.events if e.sub_event_type == "Arrests"]
    [torture] = [e.id for e in result.events if e.sub_event_type == "Attack"]
    by_count = {c.count.value: c.event for c in result.casualties}
    assert by_count == {11: arrests, 1: torture}


def test_a_malformed_clauses_file_is_refused_naming_the_list(tmp_path) -> None:
    good = CLAUSES_PATH.read_text(encoding="utf-8")
    for broken, named in ((good.replace("wound_nouns: [wounds, wound, injuries, injury]", "wound_nouns: wounds"),
                           "wound_nouns"),
                          (good.replace("  - 'another'", "  - '(?:another'"), "further_victims"),
                          ("- just a list\n", "mapping")):
        path = tmp_path / "clauses.yaml"
        path.write_text(broken, encoding="utf-8")
        with pytest.raises(ClauseDataError, match=named):
            load_asides(path)


def test_a_malformed_page_furniture_list_is_refused_naming_the_list(tmp_path) -> None:
    good = CLAUSES_PATH.read_text(encoding="utf-8")
    for broken, named in ((good.replace("share_widgets: [Get short URL]", "share_widgets: Get short URL"),
                           "share_widgets"),
                          (good.replace("tag_runs: [Tags, Topic,", "tag_runs: ['(?:Tags', Topic,"), "tag_runs"),
                          (good.replace("page_furniture:\n", "page_furniture: none\nunused:\n"), "page_furniture")):
        path = tmp_path / "clauses.yaml"
        path.write_text(broken, encoding="utf-8")
        with pytest.raises(ClauseDataError, match=named):
            load_furniture(path)


@pytest.mark.parametrize("cue", ["Related Posts", "More Stories", "Read More"])
def test_one_list_of_link_cues_masks_the_links_and_ends_the_reports_toll(extractor, cue) -> None:
    """The words that open a list of links are one list: the clause reader masks the list and the
    toll reader stops before it, so a linked headline's figure is neither a place's nor a toll."""
    text = ("Two farmers were killed by a landmine near Khanasir on Sunday, the monitor said. Rescue teams "
            "took the bodies to the hospital in the town. Local councils asked residents to keep off the "
            f"fields until engineers had cleared them. {cue}: Rocket Fire Kills 40 in Tell Rifaat")
    [start] = [s for s, _ in furniture_spans(text, split_sentences(text))]
    assert text[start:].startswith(cue)
    result = _extract(extractor, text)
    assert sorted(c.count.value for c in result.casualties) == [2]


@pytest.mark.parametrize("text, news_place, beside", [
    ("Twin blasts kill 22 in Qamishli\n\nTwo car bombs exploded near a police station in Qamishli on Monday, "
     "killing 22 people, the monitor said. Monday's twin bombings came as Islamic State fighters pressed their "
     "assault on the town of Tal Tamr.", "Al Qamishli", None),
    ("Blast hits Azaz market\n\nA car bomb tore through a crowded market in Azaz on Friday, killing 11 people. "
     "Friday's explosion came as Turkish-backed factions pushed on with their offensive to take the town of "
     "Tal Rifaat.", "I'zaz", "Tall Rif'at"),
    ("Raids on Saraqib\n\nWarplanes struck the town of Saraqib on Sunday, killing seven civilians. The raids "
     "came amid heavy clashes between government forces and rebels in the countryside of Hama.", "Saraqib", "Hama"),
])
def test_what_came_as_the_news_is_another_story_whose_places_are_its_own(extractor, text, news_place, beside) -> None:
    """"The bombings came as fighters pressed on X": the bombings are the report's news, told
    again; X is where the other story happens, never the bombings' place."""
    result = _extract(extractor, text)
    [news] = [e for e in result.events if e.sub_event_type != "Armed clash"]
    assert news.location is not None and news.location.name == news_place
    clashes = [e.location.name for e in result.events if e.sub_event_type == "Armed clash" and e.location]
    assert clashes == ([beside] if beside else [])


def test_came_as_opens_a_clause_beside_the_news_and_nothing_else_does(extractor) -> None:
    text = "The shelling of Binnish came while rebels were regrouping in the hills west of the town."
    [first, second] = split_clauses(split_sentences(text), text)[:2]
    assert (text[first.start:first.end], first.beside, second.beside) == ("The shelling of Binnish came", False, True)
    for plain in ("Rebels came as far as the edge of Morek before the army stopped them.",
                  "The shelling of Binnish came as a surprise to residents, who had returned in the truce."):
        assert not any(c.beside for c in split_clauses(split_sentences(plain), plain))
