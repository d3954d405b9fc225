"""JSON shapes of the API that fusion does not already define (pages, documents, claims)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from observatory.fuse.read_model import IncidentSummary
from observatory.fuse.review import ReviewDecision
from observatory.fuse.toll_rules import TollRow
from observatory.web.bounds import MAX_ID, MAX_REASON

Id = Annotated[int, Field(ge=1, le=MAX_ID)]


class IncidentPage(BaseModel):
    total: int
    page: int
    per_page: int
    items: list[IncidentSummary]


class ClaimOut(BaseModel):
    """A current claim: the columns every kind has, plus the claim exactly as extracted."""

    id: int
    kind: Literal["event", "casualty", "control"]
    document_id: int
    local_id: str
    confidence: float | None
    evidence: list[dict]
    payload: dict


class ClaimPage(BaseModel):
    total: int
    page: int
    per_page: int
    items: list[ClaimOut]


class DocumentOut(BaseModel):
    id: int
    title: str | None
    source: str | None
    published: date | None
    claims: int = Field(description="current event claims")


class DocumentPage(BaseModel):
    total: int
    page: int
    per_page: int
    items: list[DocumentOut]


class DocumentDetail(BaseModel):
    id: int
    title: str | None
    source: str | None
    published: date | None
    url: str | None
    text: str
    claims: list[ClaimOut]


class TollOut(TollRow):
    """A ``fuse.tolls.compute_tolls`` row as the API serves it: its key (side, category or
    governorate) named ``group``, with the status the figures count."""

    key: str | None = Field(serialization_alias="group")
    status: str


class PlaceOut(BaseModel):
    name: str
    mentions: int
    example: str | None


class GazetteerPlaceOut(BaseModel):
    id: str
    name: str
    lat: float | None
    lon: float | None
    feature: str
    admin1: str | None
    admin2: str | None


class ClaimReview(BaseModel):
    """``fields`` (for correct) uses the same names as the correction form."""

    action: Literal["accept", "correct", "reject"]
    fields: dict[str, Any] = Field(default_factory=dict, max_length=20)
    reason: str | None = Field(default=None, max_length=MAX_REASON)


class IncidentReview(BaseModel):
    action: Literal["accept", "correct", "reject", "merge", "split"]
    fields: dict[str, Any] = Field(default_factory=dict, max_length=20)
    into: Id | None = Field(default=None, description="merge: the incident to merge into")
    claims: list[Id] = Field(default_factory=list, max_length=5000, description="split: event claim ids to move out")
    reports: list[Id] = Field(
        default_factory=list, max_length=5000,
        description="split: report members to move out, by the id of their document",
    )
    reason: str | None = Field(default=None, max_length=MAX_REASON)


class PlaceResolution(BaseModel):
    name: str = Field(description="the place name as reports give it")
    place_id: str | None = Field(default=None, description="an existing gazetteer id, or give lat/lon")
    lat: float | None = None
    lon: float | None = None
    feature: str = "village"
    admin1: str | None = None
    admin2: str | None = None
    canonical: str | None = Field(default=None, description="the name to record, if not the reported one")
    reason: str | None = Field(default=None, max_length=MAX_REASON)

    def as_form(self) -> dict[str, str]:
        return {key: "" if value is None else str(value) for key, value in self.model_dump().items()}


class ResolutionResult(BaseModel):
    claims_updated: int


class DecisionPage(BaseModel):
    total: int
    page: int
    per_page: int
    items: list[ReviewDecision]


class QueueSpan(BaseModel):
    """Where the claim's evidence sits in ``sentence`` (character offsets)."""

    start: int
    end: int


class QueueClaimOut(BaseModel):
    """One row of the review queue: what the claim says, where, and the sentence that says it."""

    kind: Literal["event", "casualty", "control"]
    id: int
    document_id: int
    summary: str
    confidence: float | None
    day: date | None = Field(description="the claim's own date, else its report's publication day")
    source: str | None
    decided: bool
    evidence: str
    sentence: str = Field(description="the whole sentence(s) around the evidence")
    spans: list[QueueSpan]


class QueuePage(BaseModel):
    total: int
    page: int
    per_page: int
    items: list[QueueClaimOut]


def claim_out(kind: str, row: Any) -> ClaimOut:
    return ClaimOut(id=row.id, kind=kind, document_id=row.document_id, local_id=row.local_id,
                    confidence=row.confidence, evidence=list(row.evidence or []), payload=row.payload)


def form_values(fields: dict[str, Any]) -> dict[str, str]:
    """JSON values in the form's text shape (lists of actors joined with ';')."""
    def text(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, list):
            return "; ".join(str(item) for item in value)
        return str(value)

    return {key: text(value) for key, value in fields.items()}
