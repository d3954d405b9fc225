"""The words before a name are read only with the cue patterns that can end with their last
word: each pattern must still be reached through every last word it ends with."""

from __future__ import annotations

from observatory.kb.gazetteer.cues import NO_CUE, has_place_prefix, prefix_context


def test_each_cue_pattern_is_read_after_every_last_word_it_can_end_with():
    assert prefix_context("rockets fell on the villages of ").feature == "village"
    assert prefix_context("a Druze village in ").admin
    assert prefix_context("two farming towns in the ").admin
    assert prefix_context("a border village in south-western ").bearing == "southwest"
    assert prefix_context("mortars landed near ").around
    assert prefix_context("the convoy stopped close to the ").around
    assert prefix_context("an airstrike 12 km east of ").around
    assert prefix_context("patrols set out from rural ").countryside
    assert prefix_context("shelling hit northern ").bearing == "north"


def test_a_last_word_no_pattern_ends_with_is_no_cue():
    assert prefix_context("a drone struck a checkpoint on ") is NO_CUE
    assert prefix_context("a checkpoint in ") is NO_CUE  # "in" without a settlement noun before it
    assert prefix_context("the raid on ") is NO_CUE


def test_a_holding_noun_in_other_scripts_is_left_to_the_pattern():
    """"ſ" is an "s" to a case-blind pattern, though no lower-case test finds "s" in it."""
    assert prefix_context("two citieſ in ").admin
    assert prefix_context("Ḥarim: a hill village in ").admin
    assert prefix_context("Ḥarim: a checkpoint in ") is NO_CUE


def test_a_place_prefix_is_found_through_each_pattern():
    assert has_place_prefix("fighters overran ")
    assert has_place_prefix("the militia withdrew from ")
    assert has_place_prefix("the farms of ")
    assert has_place_prefix("positions west of ")
    assert not has_place_prefix("a clinic on ")
