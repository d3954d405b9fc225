"""Toponyms in report text, resolved against the gazetteer.

``PlaceFinder.find`` returns every toponym a report names, in text order, each as a
:class:`~observatory.models.Place` with UCDP ``where_prec``: the named place itself
(1), somewhere around it ("north of", "outskirts", "desert of": 2), only a district
(3) or governorate ("the countryside of Homs": 4), or only the country (6).  Names the
gazetteer cannot place keep their name and get null coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass

from observatory.kb.gazetteer import Gazetteer, GazetteerPlace, default_gazetteer
from observatory.kb.gazetteer.recognise import RawMention, Recogniser
from observatory.kb.gazetteer.record import ascii_name
from observatory.kb.gazetteer.builtin import countryside_governorates, nationality_adjectives
from observatory.kb.gazetteer.resolve import ResolutionContext, admissible_candidates, choose, document_context
from observatory.models import Place
from observatory.nlp.sentences import Sentence

AROUND_PRECISION = 2
_AROUND_FEATURES = {"desert", "region", "area", "countryside"}


@dataclass
class PlaceMention:
    start: int
    end: int
    mention: str
    place: Place


class PlaceFinder:
    """Recognise and resolve toponyms; cheap per document once constructed.

    Without an explicit gazetteer the process-wide default one is used, looked up at
    each call (a dictionary hit), so places resolved or imported while a long-running
    process (the web app) is up are seen as soon as the cache is reset.
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._fixed = gazetteer
        self._recogniser = Recogniser(gazetteer if gazetteer is not None else default_gazetteer())

    @property
    def gazetteer(self) -> Gazetteer:
        return self._fixed if self._fixed is not None else default_gazetteer()

    def find(self, text: str, sentences: list[Sentence]) -> list[PlaceMention]:
        gazetteer = self.gazetteer
        if self._recogniser.gazetteer is not gazetteer:
            self._recogniser = Recogniser(gazetteer)
        raw: list[RawMention] = []
        for n, sentence in enumerate(sentences):
            raw.extend(self._recogniser.scan(text, sentence.start, sentence.end, n))
        ctx = document_context(raw, _countries_named(text))
        return [self._resolve(text, m, n, ctx) for n, m in enumerate(raw) if _credible(m, ctx)]

    def _resolve(self, text: str, m: RawMention, index: int, ctx: ResolutionContext) -> PlaceMention:
        mention = text[m.start:m.end]
        chosen = self._countryside_of(choose(m, index, ctx), m)
        place = _placed(chosen, m, mention) if chosen else _unplaced(m, mention)
        return PlaceMention(m.start, m.end, mention, place)


    def _countryside_of(self, place: GazetteerPlace | None, m: RawMention) -> GazetteerPlace | None:
        """"Damascus countryside" is Rif Dimashq, not the Damascus governorate."""
        if place is None or place.feature != "admin1" or not m.context.countryside:
            return place
        target = countryside_governorates().get(place.name)
        return (self.gazetteer.get(target) or place) if target else place


def _credible(m: RawMention, ctx: ResolutionContext) -> bool:
    """A name matching only inadmissible namesakes (a small Turkish village) and with no
    cue word around it was not a toponym of this report."""
    return not m.candidates or m.context.feature is not None or admissible_candidates(m, ctx)


def _countries_named(text: str) -> set[str]:
    return {iso for adjective, iso in nationality_adjectives().items() if adjective in text}


def _placed(p: GazetteerPlace, m: RawMention, mention: str) -> Place:
    precision = p.where_prec
    feature = p.feature
    if m.context.around and p.feature not in ("admin1", "admin2", "country"):
        precision = max(precision, AROUND_PRECISION)
        if m.context.feature in _AROUND_FEATURES:
            feature = m.context.feature
    return Place(
        name=p.display_name, mention=mention, gazetteer_id=p.id, lat=p.lat, lon=p.lon,
        admin1=p.admin1, admin2=p.admin2, country=p.country, feature=feature, precision=precision,
    )


def _unplaced(m: RawMention, mention: str) -> Place:
    return Place(name=ascii_name(m.name), mention=mention, feature=m.context.feature, country=None)
