#!/usr/bin/env python3
"""Control changes and stated dates on 50 short reports written for this check.

Two sets of invented one- or two-sentence reports (bench/data/control_dates_heldout.jsonl)
in shapes the gold sets lack: control phrasing families (chained, partial, nominal,
stative, forced withdrawal, lists, synonyms) and stated periods (weekday ranges, counted
days of battle, weeks of a month, duration verbs).  Each line names the (place, gainer)
pairs a reader would record and the event days.  The first 30 (ids ``h-c``/``h-d``) were
written before the grammar was widened and then used to widen it, so they are
development figures; the last 20 (``h-e``) were written after the first round and
measured before the second.  bench/data/control_heldout2.jsonl (``--data``) holds 36 more
(32 changes, 4 no-change), written before round 6 in the issue-9 families ("regained",
"wrested control", "drove X out of", "X is now held by", lists of unknown villages, the side
from the sentence before, ...): .82 before that round, .97 after.  bench/data/dates_heldout3.jsonl (``--data``) holds 20
dated reports (``h-g``, no control changes), written before the dates3 round in the issue-9
date families (a run that ended or began on a stated day, "overnight", "from the 3rd until
the 11th", "two days later", a day in the headline or the sentence before, a past month):
stated-date recall .62 before that round, .86 after.
bench/data/dates_heldout4.jsonl holds 30 more (``h-h``, 26 dated, 4 undated: anniversaries
and old wars), written before the dates4 round in the shapes outlets use: datelines
("BEIRUT, March 4 (Reuters) -", "Damascus, SANA –"), weekdays relative to publication, "on
the night of", "at dawn today", "the previous day", "earlier this month", "late last month",
"in the early hours of Tuesday", a day stated in an earlier sentence, reports published days
after the event: recall 27/65 with 22/26 dated reports exact before that round, 28/65 and
23/26 after.  Most missed days are two reports the event filters call background ("killed
... earlier this month", "broke out late last month": data/events/filters.yaml), as the gold
sets' convention has it; the third ("three days after militants had stormed two villages,
killing 14") loses its second event to the first.
bench/data/dates_heldout5.jsonl holds 30 more (``h-i``, 25 dated, 5 undated: anniversaries, an old
siege, plans for next week), written before the dates5 round in shapes the earlier files lack:
ranges told across sentences ("broke out on Monday. The clashes went on until Wednesday"),
"since Sunday", "the past 24/48 hours", "last night" in a morning report, "the 14th of this
month", "on Friday 31/3", "yesterday" in a quoted statement, toll updates of an earlier
attack, two events on two days: recall 41/45 with 23/25 dated reports exact and 2 days
claimed on undated reports before that round, 42/45, 24/25 and 1 after (the day of
"Friday marks one year since …" is still the one-line report's own day; "By 6 February"
ending a run is left).
bench/data/dates_heldout6.jsonl holds 30 more (``h-j``, 27 dated, 3 undated), written before the since9
round in the shapes of tallies told over several days: "since Sunday", "since the start of the week",
"since the offensive began on 4 March", "since the bombardment resumed on Monday", "in three days",
"the past 48/72 hours", "during the past week", "the past six days", "in the last ten days",
"during August", "this month", "since the beginning of the year", a named day's toll followed by a
running total, and negatives (a one-day strike told days later, "since 2011" background, "the
deadliest day since …", "the first deaths since …", a plan "in three days").  The labels give every
day of a stated period; by the project's rule a tally over more than a week is a round-up that
dates its figure but no event, so five of them (h-j08 to h-j11, h-j18) stay misses by design:
recall 46/142 with 16/27 dated reports exact before that round, 60/142 and 19/27 after (h-j21 and
h-j22 make no event at all; h-j25 makes a second event of "the offensive … began on 19 June").
bench/data/control_heldout3.jsonl holds 36 more (31 changes, 5 no-change), written before
round 7 in the families a judged sample of unseen FA-KES sentences and UCDP headlines showed
missing (an advance told by its bearing, "were driven on Sunday from X", "overrunning X",
"lost the X airbase to Y", unnamed ground in a named place, hand-overs, withdrawals followed
by the other side moving in): .48 before that round, .84 after.
bench/data/control_heldout4.jsonl holds 30 more (22 reports with 25 changes, 8 no-change:
threats, plans, denials, background history), written before round 8 (brief ctl4) in
news-agency, Kurdish, opposition and state-media shapes ("took over", "handed X over to",
"pushed IS out of", "liberated", "restored security to", "declared X free of terrorists",
"now holds ... after they withdrew", passives with an adverb, lists of villages):
.68 before that round, .84 after.  That gain is a development figure, not a held-out one: the
four reports round 8 mended (k4-05, k4-06, k4-12, k4-21) were the shapes its rules were written
for, one rule each; the review fixes (brief fixd) keep them.  The blind measure stays
``observatory eval`` on the odd half of fakes100.
bench/data/control_heldout5.jsonl holds 38 more (30 reports with 35 changes, 8 no-change: threats,
plans, denials, history, residents fleeing or evacuating), written before round 9 (brief ctl5) in
outlet shapes the earlier files lack ("swept through", "wrested al-X", "cleared X of", "is now under
the control of", "came under the control of", "surrendered X to", a side that "evacuated X", "handed X
over to Russian military police", "returned to the state's authority", "declared the eastern Ghouta
towns of X and Y free of terrorism", "declared the villages of X and Y liberated", headlines, Russian
and Turkish defence-ministry wording); their days are not labelled, so the date lines do not apply.
Three labels were set after the first run to the project's conventions (SNA for "Turkish-backed
rebels", Jaysh al-Izza's own name, the mention "Hamamiyat hill"): 26/35 (.74) before that round,
31/35 (.89) after, a development figure, not a held-out one: round 9's rules were written for these
items and three labels changed after the first run; the misses left are an actor finder that reads "Free Syrian Army fighters" as
"Syrian Army fighters", a bare "General Command", and the name "Aqarib al-Safi" cut to "Aqarib".

bench/data/control_heldout6.jsonl holds 40 more (30 reports with 37 changes, 10 no-change), written
before round 10 (brief ctl9) in the voices of outlets the earlier files under-use: SANA ("units of
our armed forces restored security and stability to X and Y villages"), ANHA/Hawar ("liberated X
from ISIS mercenaries"), Anadolu ("cleared X of PYD/PKK terrorists"), the Russian defence ministry
("liberated the settlement of X", "handed over X to the Syrian authorities"), Enab Baladi and Syria
Direct ("the regime took over X"), Al-Masdar ("the Tiger Forces stormed X"); the negatives are of the
precision kind (a repelled attack, an attempt to advance, clashes on the outskirts, positions
regained hours after they were lost, a past capture told as background, a side that "controls" a
place, a siege, shelling, ceasefire violations, an attack on a checkpoint).  30/37 (.81) with 35
claims and none on a negative before that round, 34/37 (.92) with 38 claims and none on a negative
after (a development figure: round 10's rules for "the settlement of X", "to the Syrian
authorities", "X and Y villages" and an unknown name before its governorate mended k6-16, k6-15,
k6-02 and k6-18, the shapes they were written for); left: "Busra al-Harir" cut to "Busra" by the place finder, "Free Syrian Army units
backed by Turkish tanks" read as the Syrian Rebels (the label follows the convention "SNA for
Turkish-backed rebels") with the mention "Shankal village".

bench/data/control_heldout7.jsonl holds 40 more (30 reports with 38 changes, 10 no-change), written before
round 11 (brief ctl10) in shapes the earlier files lack: long SOHR paragraphs that tell the change
mid-paragraph after casualty figures ("..., after which the regime forces managed to take control of
X, while ..."), headlines ("Rebels seize X", "X falls to IS", "IS loses X to Y"), retreats told from
the loser's side ("IS withdrew from X after ...", "the factions evacuated their positions in X",
"withdrew from X ..., in a major blow to the regime"), shares ("now control about 80 percent of X",
"seized two-thirds of X"), recaptures naming the earlier loser, and village lists after these; the
negatives are shelling, clashes on the outskirts, an attempt to storm, a side that "holds X" as
background, a capture years back, an attempt to advance, a plan, residents evacuating, a denial and an
attack fought off.  30/38 (.79) with 33 claims and none on a negative before that round, 35/38 (.92)
with 38 claims and none on a negative after (a development figure: the present-tense headline verbs
and the shares were written for k7-08/09/10, k7-19 and k7-21); left: "now controls 95 percent of X ...
after the last IS pockets ... were cleared" (no fight word after "after") and the two unresolved
names of "lost the villages of Akhtarin, Turkman Bareh and Ihtimelat to ...".

bench/data/control_heldout8.jsonl holds 30 more (20 changes, 10 no-change), written before round 12 (brief
ctl11) in shapes the earlier files lack: one side named only in an earlier sentence ("... The town was
recaptured on Sunday", "... The army entered X", a withdrawal with the other side moving in the next
sentence, "It fell on Tuesday"), changes told in the past perfect or a relative aside of a later report
("three days after government forces had captured it", "returned to X, which the army had seized on
Saturday"), changes quoted from a spokesman ("'Our forces have liberated X,' SDF spokesman ... told",
"'X has been cleared of terrorists,' the general command said"), and precision negatives (a capture
in a background aside with a year, "aims to capture", a repelled attack, a truce, a hand-over of bodies,
a vow to retake, an advance pushed back, a plan to enter next week, a failed attack).  12/20 (.60) with
17 claims and none on a negative before that round, 16/20 (.80) with 18 claims and none on a negative
after (the quoted first-person and passive changes, the relative aside after "to" and the Syrian
defence ministry's announcement are the shapes round 12 was written for); left: a withdrawal whose
taker moves in the next sentence, "It fell" after an offensive named the sentence before, "retaken by
Hezbollah and government forces" (the first named is read as the taker) and "cleared of terrorists"
(no passive verb reads it).
bench/data/control_dev9.jsonl holds 54 more (44 reports with 53 changes, 10 no-change), written before
round 13 (brief ctl9b) in the voices of many outlets, 2012-2023 (SOHR, Reuters/AFP/AP, SANA, Anadolu, ANHA,
Rudaw, North Press, ISW, Long War Journal, Enab Baladi), half of them paragraphs with background, quotes,
denials and earlier captures; the negatives are vows, repelled attacks, attempts, a question, background
history, "talks on control of the border crossing", "took control of the situation", a planned offensive,
patrols under a deal, a denial. Its labels name the place as a coder writes it ("Afrin", not "Afrin town"), so
7 changes found with the place noun in their mention count as misses here. 35/53 (.66) with 54 claims and none
on a negative before that round, 41/53 (.77) with 57 claims and none on a negative after (a development
figure: the round's families were found on it). A third set of 27 written with it
(bench/data/control_dev9_aside.jsonl: 21 reports with 29 changes, 6 no-change) and kept aside while the round
was written gave 22/29 before and after its rules (a mention's noun allowed; by this script 18/29 on main,
19/29 at the end, 30 claims, 2 on negatives), 23/29 once its misses were read and "the fall of X, the last pocket
held by IS" mended (no longer a held-out file); left: an unknown village cut in two at its article ("Maarsta
al-Khan"), "pro-regime forces" read as militias, "now controls the entire X after rebels in the last villages
... surrendered" (more than three words before the verb).  After the review (brief fixctl9b) narrowed the
round's rules to their safe core: 40/53 with 56 claims (an inclusion after a relative clause, "all the areas
they had lost ..., including X", is no longer read) and 19/29 on the second set.

bench/data/control_dev9d.jsonl holds 42 more (32 reports with 37 changes, 10 no-change), written before round
ctl9d in the issue-9 families (chained, partial, nominal, stative "forces are now in X", forced withdrawal, lists,
synonyms, city parts "the X district of Y") and negatives (a claim the other side denies, "an army post at X", a
plan, a question, history, a vow, a repelled attack, a long holding); a development figure: 32/37 with 39 claims
(4 wrong: the city of a district twice, a prospect, a denied claim) on main, 36/37 with 38 after.
bench/data/control_dev9d_aside.jsonl (21 reports, 17 changes) was kept aside: 16/17 with 22 claims on main, 17/17
with 22 after (one denial report in it was read while writing the denial rule).  After the review (brief
fixctl9d) narrowed the stative, denial, district and stronghold rules: 36/37 with 38 claims and 17/17 with 22, unchanged.
bench/data/control_dev9e.jsonl holds 46 more (35 reports with 39 changes, 11 no-change), written before round ctl9e
in the issue-9 families (chained, partial "half of"/"the northern part of", nominal "the loss of X to Y", stative,
forced withdrawal, lists, UCDP-style headlines "SAA captures X", "X handed over to", "X back in government hands", a
loser named with the attacker in the sentence before) and negatives (a plan, a question, history, a siege, "reached
the outskirts ... but were pushed back", a denial, an army post, an entry "to set up observation posts"): 32/39 with
38 claims (1 on a negative) on main, 37/39 with 41 (none on a negative) after, a development figure.
bench/data/control_dev9e_aside.jsonl (22 reports, 19 changes) was kept aside through the first half of the round:
11/19 on main and 11/19 after that half (its rules did not carry); its misses were then read and the second half
(deals "with the government", headline hand-overs and "back in ... hands", "now controls large areas of", an advance
thrown back in its sentence) written for them: 14/19 with 17 claims, no longer a held-out figure.  After the
review (brief fixctl9e) removed "X was evacuated by <side>", the bare hand-overs and "back in ... hands": 37/39 with
41 claims and 12/19 with 15.
Prints control recall (a change matches when its place mention and gainer agree),
the number of control claims made, stated-date recall (days), the dated reports given exactly
their days and the days claimed on reports that state none; with ``--misses``, each report
missed too (off by default: the files are held-out measures, and a miss read while writing
grammar makes them development figures).

    python bench/control_dates_heldout.py [--data FILE] [--misses]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from observatory.eval.scoring import event_days
from observatory.extract.pipeline import Extractor
from observatory.models import Document

DEFAULT_DATA = Path(__file__).resolve().parent / "data" / "control_dates_heldout.jsonl"


def _same_name(a: str | None, b: str) -> bool:
    return bool(a) and a.lower().replace("-", " ") == b.lower().replace("-", " ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--misses", action="store_true",
                        help="also print each missed report (only for a file you no longer hold out)")
    args = parser.parse_args()
    reports = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    extractor = Extractor()
    found = wanted = claimed = days_found = days_wanted = dated_right = dated = negative_days = 0
    for report in reports:
        result = extractor.extract(report["text"], Document(id=report["id"], published=report["published"]))
        changes = [(c.place.mention or c.place.name, c.gained_by) for c in result.control_changes]
        days = set().union(*(event_days(e.date.model_dump()) for e in result.events if e.date))
        hits = sum(any(_same_name(m, place) and g == gainer for m, g in changes) for place, gainer in report["control"])
        found, wanted, claimed = found + hits, wanted + len(report["control"]), claimed + len(changes)
        gold_days = set(report["dates"])
        days_found, days_wanted = days_found + len(gold_days & days), days_wanted + len(gold_days)
        dated, dated_right = dated + bool(gold_days), dated_right + (bool(gold_days) and gold_days == days)
        negative_days += 0 if gold_days else len(days)
        if args.misses and not gold_days and days:
            print(f"dated negative {report['id']}: days {sorted(days)} | {report['text'][:90]}")
        if args.misses and (hits < len(report["control"]) or (gold_days and gold_days != days)):
            print(f"miss {report['id']}: control {changes} days {sorted(days)} | {report['text'][:90]}")
    print(f"control recall {found}/{wanted} ({found / max(wanted, 1):.2f}), control claims made {claimed}")
    print(f"stated-date recall {days_found}/{days_wanted} ({days_found / max(days_wanted, 1):.2f}), "
          f"dated reports with exactly their days {dated_right}/{dated}, days claimed on undated reports {negative_days}")


if __name__ == "__main__":
    main()
