"""The Jinja environment: autoescaped templates plus the helpers every page needs."""

from __future__ import annotations

from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from observatory.web.security import Principal, csrf_token

TEMPLATES = Path(__file__).parent / "templates"


def query_with(params: dict[str, Any], **changes: Any) -> str:
    """The current filters with some changed: keeps pagination and sort links honest."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(TEMPLATES))
    env = templates.env
    env.autoescape = True
    env.globals["query_with"] = query_with
    return templates


def render(request: Request, name: str, user: Principal | None, status_code: int = 200, **context: Any):
    """Render a page with what the layout needs (user, CSRF token, asset banner)."""
    templates: Jinja2Templates = request.app.state.templates
    context.update(
        user=user,
        csrf=csrf_token(request),
        assets_ok=request.app.state.assets_ok,
        tile_url=request.app.state.tile_url,
        flashes=request.session.pop("flash", []),
    )
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def flash(request: Request, message: str, error: bool = False) -> None:
    """A one-time message for the next page (after a POST-redirect)."""
    request.session.setdefault("flash", []).append({"text": message, "error": error})


def error_page(request: Request, exc: HTTPException):
    """An HTML page for a browser that hit an error (the API keeps answering JSON)."""
    status = HTTPStatus(exc.status_code)
    return render(request, "error.html", getattr(request.state, "user", None), status_code=exc.status_code,
                  status=exc.status_code, title=status.phrase, detail=exc.detail)
