"""The review queue as JSON: the selection, order, pages and count of the ``/review`` page.

Both read ``web.review_queue.queue_page`` through the same filter dependency
(``web.filters.queue_filter``), so a script working the queue sees what a reviewer sees.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from observatory.web.bounds import PageQuery
from observatory.web.deps import db_session
from observatory.web.filters import queue_filter
from observatory.web.highlight import Segment
from observatory.web.review_queue import PendingClaim, QueueFilter, QueueSort, queue_page
from observatory.web.schemas import QueueClaimOut, QueuePage, QueueSpan
from observatory.web.security import api_user

router = APIRouter(prefix="/api", tags=["review"], dependencies=[Depends(api_user)])
MAX_PER_PAGE = 500


@router.get("/review/queue", response_model=QueuePage)
def review_queue(
    flt: QueueFilter = Depends(queue_filter),
    sort: QueueSort = "confidence",
    page: PageQuery = 1,
    per_page: int = Query(50, ge=1, le=MAX_PER_PAGE),
    session: Session = Depends(db_session),
) -> QueuePage:
    """Claims waiting for review (``status=decided``/``all`` for the others), filtered and
    sorted as on the review page (least confident first by default), with the total the
    page and the dashboard show."""
    claims, total = queue_page(session, flt, sort=sort, page=page, per_page=per_page)
    return QueuePage(total=total, page=page, per_page=per_page, items=[_claim_out(claim) for claim in claims])


def _claim_out(claim: PendingClaim) -> QueueClaimOut:
    sentence, spans = _sentence(claim.sentence)
    return QueueClaimOut(kind=claim.kind, id=claim.id, document_id=claim.document_id, summary=claim.summary,
                         confidence=claim.confidence, day=claim.day, source=claim.source, decided=claim.decided,
                         evidence=claim.evidence, sentence=sentence, spans=spans)


def _sentence(pieces: list[Segment]) -> tuple[str, list[QueueSpan]]:
    """The highlighted sentence back as plain text and the offsets of its marked pieces."""
    text = ""
    spans: list[QueueSpan] = []
    for piece in pieces:
        if piece.marks:
            if spans and spans[-1].end == len(text):
                spans[-1].end += len(piece.text)
            else:
                spans.append(QueueSpan(start=len(text), end=len(text) + len(piece.text)))
        text += piece.text
    return text, spans
