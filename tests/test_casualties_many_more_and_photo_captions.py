"""Two casualty families that recur across real reports (issues 9, 11): "many more" wounded
told beyond a group just counted, a vague toll like "dozens more"; and page chrome inside a
report's text, a photo credit with the caption or linked story's headline after it in title
case, and the share widget's counts after "Get short URL", which are no tolls of the report."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2017, 3, 9)


@pytest.fixture
def read(read_tolls):
    return read_tolls


def brief(claims):
    return sorted((c.status, c.count.value) for c in claims if c.parent is None)


@pytest.mark.parametrize("text, killed", [
    ("At least 12 civilians were killed and many more wounded when barrel bombs hit Kafr Zita on "
     "Tuesday, activists said.", 12),
    ("Helicopters dropped barrel bombs on Anadan on Friday killing six civilians and wounding many "
     "more, the Syrian Coalition said.", 6),
    ("Eight people were killed and many more were injured in a car bomb blast near the bus station "
     "in Tartus, SANA reported.", 8),
    ("Shelling on Harasta left 19 people dead and many more injured, the civil defence said.", 19),
    ("Activists said at least 30 civilians including children were killed and many more wounded in "
     "raids on the town of Maarshoureen.", 30),
])
def test_many_more_wounded_beside_a_toll_is_a_vague_injured_claim(read, text, killed):
    assert brief(read(text)) == [("injured", None), ("killed", killed)]


@pytest.mark.parametrize("text", [
    "Many more families fled Kafranbel on Wednesday as the shelling went on, the UN said.",
    "Aid groups warned that many more could die if the siege of Zabadani is not lifted.",
    "How many more must be killed before the world acts, the opposition asked on Monday.",
    "Many more airstrikes hit the countryside of Idlib on Sunday, the Observatory said.",
    "The group has sent many more fighters to the front near Tal Abyad, a commander said.",
    "Many more residents remained trapped in the old city, the civil defence said.",
])
def test_many_more_without_a_status_of_its_own_counts_no_one(read, text):
    assert read(text) == []


@pytest.mark.parametrize("text, killed", [
    ("A helicopter dropped a chlorine barrel on Sarmin on Tuesday killing two and leaving many more "
     "struggling to breathe, medics said.", 2),
    ("Nine people were killed in the shelling of Talbiseh and many more were forced to flee their "
     "homes, the Observatory said.", 9),
])
def test_many_more_does_not_borrow_the_status_of_the_toll_before_it(read, text, killed):
    assert brief(read(text)) == [("killed", killed)]


def test_a_linked_headline_after_a_photo_credit_is_no_toll(read):
    text = ("Mortar Fire on Damascus Wounds 7\n\n09.03.2017 Get short URL 0 38 Seven people were wounded "
            "when mortar shells hit the Qassaa district of Damascus, SANA reported. AP Photo Hassan Ammar "
            "Car Bomb Blast Leaves 14 Dead in Homs DAMASCUS (Sputnik) The shells were fired from Jobar.")
    assert brief(read(text)) == [("injured", 7)]


def test_a_credit_before_a_headline_naming_its_fighters_is_no_toll(read):
    text = ("Army Repels Attack Near Hama\n\n09.03.2017 Get short URL 0 19 The army repelled an attack "
            "north of Hama killing 23 of the attackers, a military source said. Sputnik Pavel Orlov "
            "Airstrikes Kill Over 50 Daesh Fighters Near Palmyra MOSCOW (Sputnik) The attackers used a "
            "car bomb, the source added.")
    assert brief(read(text)) == [("killed", 23)]


def test_a_share_count_before_the_lead_is_no_toll(read):
    text = ("Army Repels Attack Near Morek\n\n09.03.2017 Get short URL 0 27 The army repelled an attack "
            "near Morek on Wednesday killing 12 of the attackers, a military source said.")
    assert brief(read(text)) == [("killed", 12)]


def test_a_reports_own_sentence_after_a_credit_keeps_its_toll(read):
    text = ("Ariha market strike. REUTERS Thirty-one people were killed on Monday when a warplane "
            "crashed into a busy market in Ariha, the Observatory said.")
    assert brief(read(text)) == [("killed", 31)]


def test_a_caption_without_a_figure_leaves_the_tolls_after_it(read):
    text = ("Blasts in Damascus\n\n09.03.2017 Get short URL 0 8 Two suicide bombers blew themselves up "
            "near a police station in Damascus, the ministry said. Sputnik Yuri Sergeev Explosion in "
            "Damascus A correspondent in Damascus said that four people were killed in the blasts.")
    assert brief(read(text)) == [("killed", 4)]


def test_a_photo_agency_credit_reads_as_a_caption(read):
    text = ("Strike on Maaret al-Numan\n\nWarplanes struck a bakery in Maaret al-Numan on Thursday, killing "
            "nine people, rescuers said. Flickr Omar Haj Kadour Barrel Bombs Kill 33 in Daraa The bakery had "
            "reopened a week earlier.")
    assert brief(read(text)) == [("killed", 9)]
