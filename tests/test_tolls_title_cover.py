"""A headline total over body parts that fall short of it, when the copy runs the date line,
the title and the body together (no blank line after the title: the document's own title
marks the headline); and parts of a total the later passes judge a running one.  Reports
invented for these tests (issue 9)."""

from __future__ import annotations

from datetime import date

from toll_totals import killed_total_of

from observatory.eval.scoring import killed_total, system_facts
from observatory.extract.casualties import find_casualties
from observatory.models import Document
from observatory.nlp.sentences import split_sentences

PUBLISHED = date(2016, 3, 17)

TITLE = "Jets kill more than 60 militants near Sukhnah"
REPORT = (f"14 March 2016 {TITLE}. Russian jets struck militant convoys near Sukhnah on Monday, the defence "
          "ministry said. The strikes killed 35 militants on the road to Arak, the ministry said. Twelve "
          "militants were killed when jets hit a depot outside the town.")


def test_a_headline_run_into_its_body_covers_the_smaller_parts(actor_kb) -> None:
    claims = find_casualties(REPORT, split_sentences(REPORT), PUBLISHED, actor_kb, title=TITLE)
    assert killed_total_of(claims) == 60
    assert {c.count.value for c in claims if c.parent is not None} == {35, 12}


def test_the_extractor_passes_the_document_title(extractor) -> None:
    result = extractor.extract(REPORT, Document(id="sukhnah", title=TITLE, published=PUBLISHED.isoformat()))
    assert killed_total(system_facts(result.model_dump(mode="json")).claims) == 60


def test_without_a_title_a_lead_sentence_is_not_a_headline(actor_kb) -> None:
    text = ("Jets killed 20 militants near Sukhnah on Monday, the ministry said. Another 12 militants were "
            "killed when jets hit a depot in Arak.")
    claims = find_casualties(text, split_sentences(text), PUBLISHED, actor_kb, title="Russian strikes in the desert")
    assert killed_total_of(claims) == 32


def test_the_parts_of_a_running_total_count_in_its_frame(read_tolls) -> None:
    claims = read_tolls("Shelling killed 7 people in Kafr Nabl on Wednesday. At least 94 civilians have been "
                        "killed in Hama since the offensive began on Friday, including 38 on Saturday.")
    part = next(c for c in claims if c.count.value == 38)
    assert part.parent is not None and part.scope == "cumulative"
