"""The extraction contract (``shared/spec/extraction.md``) as pydantic models.

One model, many uses: the extractor builds these, the CLI prints them, the store
serialises them into claim rows, fusion and the web app read them back.  Field names
are fixed by the spec; keep them in step with ``extraction.schema.json``.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

EventType = Literal[
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
]

SubEventType = Literal[
    "Armed clash",
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Chemical weapon",
    "Air/drone strike",
    "Suicide bomb",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
    "Sexual violence",
    "Attack",
    "Abduction/forced disappearance",
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
    "Violent demonstration",
    "Mob violence",
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Looting/property destruction",
    "Non-violent transfer of territory",
    "Other",
]

ActorType = Literal[
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external_forces",
]
STATE_TYPES: frozenset[str] = frozenset({"state_forces", "external_forces"})  # a state's own or a foreign state's forces
NON_STATE_TYPES: frozenset[str] = frozenset({"rebel_group", "political_militia", "identity_militia"})  # armed, no state

Qualifier = Literal["exact", "at_least", "more_than", "about", "up_to", "vague"]
Status = Literal["killed", "injured", "captured", "missing"]
Category = Literal["combatants", "civilians", "children", "women", "unknown"]
Scope = Literal["incident", "cumulative"]
Change = Literal["captured", "recaptured", "withdrew", "contested", "advanced"]

# The categories of people a count of each category may hold ("37 civilians" hold 8 children;
# "unknown", people whoever they were, holds anyone; a category missing here holds only itself).
_HOLDS = {"civilians": frozenset({"civilians", "children", "women", "unknown"}),
          "children": frozenset({"children", "unknown"}), "women": frozenset({"women", "unknown"}),
          "combatants": frozenset({"combatants", "unknown"})}


def category_holds(whole: str, part: str) -> bool:
    """Whether people of category ``part`` may be among a count of category ``whole``."""
    return whole == "unknown" or part in _HOLDS.get(whole, {whole})


ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
# No single report of the war counts more people than this; a larger figure is a misreading
# (or a typing slip in a correction) and would overflow tolls added up in 32/64-bit columns.
MAX_COUNT = 10_000_000


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _ordered_days(start: Optional[str], end: Optional[str]) -> None:
    """ISO days compare as text; a range that ends before it starts is a mistake."""
    if start is not None and end is not None and end < start:
        raise ValueError(f"the end {end} is before the start {start}")


class Span(_Model):
    """Where a claim comes from: code-point offsets into the document text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class DateRange(_Model):
    """A day or a range of days; ``precision`` is UCDP's ``date_prec`` (1 exact … 5)."""

    start: Optional[str] = Field(default=None, pattern=ISO_DATE)
    end: Optional[str] = Field(default=None, pattern=ISO_DATE)
    precision: Optional[int] = Field(default=None, ge=1, le=5)

    @model_validator(mode="after")
    def _ordered(self) -> DateRange:
        _ordered_days(self.start, self.end)
        return self


class Period(_Model):
    start: Optional[str] = Field(default=None, pattern=ISO_DATE)
    end: Optional[str] = Field(default=None, pattern=ISO_DATE)

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        _ordered_days(self.start, self.end)
        return self


class Place(_Model):
    """A toponym as resolved by the gazetteer; ``precision`` is UCDP's ``where_prec``."""

    name: str
    mention: str
    gazetteer_id: Optional[str] = None
    lat: Optional[float] = Field(default=None, ge=-90, le=90)
    lon: Optional[float] = Field(default=None, ge=-180, le=180)
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    country: Optional[str] = None
    feature: Optional[str] = None
    precision: Optional[int] = Field(default=None, ge=1, le=7)
    confidence: Optional[float] = Field(default=None, ge=0, le=1)  # of the gazetteer resolution


class ActorRef(_Model):
    name: str
    type: ActorType
    mention: str


class Event(_Model):
    id: str
    event_type: EventType
    sub_event_type: SubEventType
    date: Optional[DateRange] = None
    location: Optional[Place] = None
    actors: list[ActorRef] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)
    confidence: float = Field(ge=0, le=1)


class Group(_Model):
    actor: Optional[str] = None
    category: Category = "unknown"
    nationality: Optional[str] = None
    description: str = ""


class Count(_Model):
    """A figure and its bounds: none negative or above ``MAX_COUNT``, and low ≤ value ≤ high.

    "More than 40" has low 41 above its value 40 (``count_bounds``), so its floor is value + 1.
    """

    value: Optional[int] = Field(default=None, ge=0, le=MAX_COUNT)
    low: Optional[int] = Field(default=None, ge=0, le=MAX_COUNT)
    high: Optional[int] = Field(default=None, ge=0, le=MAX_COUNT)
    qualifier: Qualifier
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Count:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")
        if self.value is not None and self.high is not None and self.value > self.high:
            raise ValueError(f"the value {self.value} is above high {self.high}")
        floor = None if self.value is None else self.value + (self.qualifier == "more_than")
        if floor is not None and self.low is not None and self.low > floor:
            raise ValueError(f"low {self.low} is above the value {self.value}")
        return self


def count_bounds(value: int, qualifier: str) -> tuple[Optional[int], Optional[int]]:
    """The (low, high) bounds a qualified figure implies, per extraction.md's count table.

    Shared by the extractor and by reviewers' corrections, so a corrected "at least 122"
    gets the same bounds as an extracted one.  Vague counts carry no value and have
    their own lower bounds; they are not computed here.
    """
    return {
        "exact": (value, value),
        "at_least": (value, None),
        "more_than": (value + 1, None),
        "about": (None, None),
        "up_to": (None, value),
    }[qualifier]


class CasualtyClaim(_Model):
    id: str
    event: Optional[str] = None
    group: Group
    status: Status
    count: Count
    parent: Optional[str] = None
    period: Optional[Period] = None
    scope: Scope = "incident"
    update: bool = Field(
        default=False,
        description="The claim's sentence tells its figure as an update of an earlier toll (\"the death toll "
                    "rose to 47\", \"in a new toll\"): fusion lets it supersede other outlets' earlier, lower counts.",
    )
    evidence: Span
    confidence: Optional[float] = Field(default=None, ge=0, le=1)


class ControlChange(_Model):
    id: str
    place: Place
    gained_by: Optional[str] = None
    lost_by: Optional[str] = None
    change: Change
    date: Optional[DateRange] = None
    evidence: Span
    confidence: Optional[float] = Field(default=None, ge=0, le=1)


class Document(_Model):
    id: str
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = Field(default=None, pattern=ISO_DATE)
    language: Optional[str] = "en"


class ExtractionResult(_Model):
    """Everything one report claims; printed by ``observatory extract --format json``.

    Top-level keys outside the spec (an annotator's ``notes``) are ignored on input so
    that gold answers load; inner models stay strict to catch misspelt fields.
    """

    model_config = ConfigDict(extra="ignore")

    document: Document
    events: list[Event] = Field(default_factory=list)
    casualties: list[CasualtyClaim] = Field(default_factory=list)
    control_changes: list[ControlChange] = Field(default_factory=list)

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json")
