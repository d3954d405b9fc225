"""Control changes in shapes brief ctl9 found on real reports: one part of a town named in the
singular ("seized a rebel-held neighbourhood in the northwest edge of X", "retook an industrial
area in X", "buildings in south and west X") is a change at the town, and the taker's own push
inside a place it then took ("retook X ... after army units and allied militias advanced inside
it") is not left contested; SOHR's present-tense headlines ("the SDF take over X", "the brigade
advances and controls large parts of X", "take over the last IS pocket in X", whose holder lost it);
with the guards each keeps (an area near a town, a district of a province, a fight inside by the
other camp, "takes over" the running of something, a plan to take over, "controls" alone)."""

from __future__ import annotations

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2017-03-14"))


def changes(result: ExtractionResult) -> list[tuple[str, str | None, str]]:
    return [(c.place.name, c.gained_by, c.change) for c in result.control_changes]


def losers(result: ExtractionResult) -> list[str | None]:
    return [c.lost_by for c in result.control_changes]


# --- one part of a town, named in the singular --------------------------------------------

def test_a_neighbourhood_at_the_edge_of_a_city_is_a_change_at_the_city(extractor: Extractor) -> None:
    result = run(extractor, "Government troops on Monday seized a rebel-held neighbourhood in the southeast edge of "
                            "Deir ez-Zor, a monitor said.")
    assert changes(result) == [("Deir ez-Zor", "Military Forces of Syria", "captured")]


def test_an_area_with_its_own_adjective_in_a_quarter_of_a_town(extractor: Extractor) -> None:
    result = run(extractor, "Jaish al-Islam fighters captured an industrial area in east Harasta on Friday.")
    assert changes(result) == [("Harasta", "Jaysh al-Islam", "captured")]


def test_buildings_in_two_quarters_of_a_town(extractor: Extractor) -> None:
    result = run(extractor, "IS militants have seized a number of buildings in north and east Tabqa, the "
                            "Observatory said on Tuesday.")
    assert changes(result) == [("Al-Tabqa", "Islamic State", "captured")]


def test_an_advance_into_a_district_in_a_city_is_an_advance_at_the_city(extractor: Extractor) -> None:
    result = run(extractor, "Kurdish-led SDF fighters advanced into a strategic district in Raqqa on Wednesday.")
    assert changes(result) == [("Ar Raqqah", "SDF: Syrian Democratic Forces", "advanced")]


def test_an_area_near_a_town_or_in_a_province_is_no_change_at_either(extractor: Extractor) -> None:
    assert changes(run(extractor, "Government troops captured an area near Khan Shaykhun on Wednesday.")) == []
    assert changes(run(extractor, "Kurdish forces seized an area in northern Raqqa province from IS on Monday.")) == []


def test_a_neighbourhood_hit_or_shelled_is_no_change(extractor: Extractor) -> None:
    assert changes(run(extractor, "A car bomb exploded in a crowded neighbourhood in Homs on Monday, killing eight.")) == []
    assert changes(run(extractor, "Rebels said the army had shelled a district in southern Daraa on Sunday.")) == []


# --- the taker's own push inside a place it took ------------------------------------------

def test_the_takers_own_push_inside_is_not_left_contested(extractor: Extractor) -> None:
    result = run(extractor, "Government troops recaptured Kafr Nabudah on Tuesday. Earlier on Tuesday soldiers and "
                            "Hezbollah fighters had pushed deep inside Kafr Nabudah from the south.")
    assert changes(result) == [("Kafr Nabudah", "Military Forces of Syria", "recaptured")]


def test_an_allied_militia_pushing_inside_is_the_takers_camp(extractor: Extractor) -> None:
    result = run(extractor, "Syrian army units fully retook the town of Maskanah on Sunday after the last IS "
                            "fighters were killed. The capture came after the army units in cooperation with allied "
                            "forces had advanced further inside it from several directions on Sunday.")
    assert [kind for _, _, kind in changes(result)] == ["recaptured"]


def test_the_other_camp_pushing_inside_a_taken_town_stays_contested(extractor: Extractor) -> None:
    result = run(extractor, "Rebels seized Kafr Nabudah on Tuesday. On Tuesday evening government troops and "
                            "militiamen pushed back inside Kafr Nabudah.")
    assert {kind for _, _, kind in changes(result)} == {"captured", "contested"}


# --- SOHR's present-tense headlines --------------------------------------------------------

def test_a_headline_take_over_in_the_present_is_a_capture(extractor: Extractor) -> None:
    result = run(extractor, "Turkish-backed factions take over Tal Abyad and Kurdish fighters retreat east")
    assert changes(result) == [("Tall Abyad", "SNA: Syrian National Army", "captured")]


def test_advances_and_controls_is_a_capture_but_controls_alone_is_a_state(extractor: Extractor) -> None:
    result = run(extractor, "Jaish al-Islam advances and controls large parts of Nawa after violent clashes")
    assert changes(result) == [("Nawa", "Jaysh al-Islam", "captured")]
    assert changes(run(extractor, "The group holds Raqqa and controls large parts of Deir ez-Zor.")) == []


def test_the_last_pocket_of_a_side_in_a_town_is_the_town_and_the_side_lost_it(extractor: Extractor) -> None:
    result = run(extractor, "Government forces take over the last rebel pocket inside Harasta after an evacuation")
    assert changes(result) == [("Harasta", "Military Forces of Syria", "captured")]
    assert losers(result) == ["Syrian Rebels"]


def test_taking_over_a_task_a_plan_or_a_pocket_near_a_town_is_no_change(extractor: Extractor) -> None:
    for text in ("The local council takes over the running of schools in Azaz.",
                 "A new commander takes over the army's operations in Hama.",
                 "The Turkish army will take over Tal Rifaat, officials said.",
                 "Rebels seized the last IS pocket near Tadif on Friday.",
                 "Government forces seized the last rebel pocket in western Qalamoun on Monday."):
        assert changes(run(extractor, text)) == [], text
