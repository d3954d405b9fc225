"""API documentation served offline: Swagger UI from ``static/vendor`` (installed from npm),
or, when the assets are missing, a plain list of the endpoints read from the OpenAPI schema."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request):
    templates = request.app.state.templates
    if request.app.state.swagger_ok:
        return templates.TemplateResponse(request, "swagger.html", {})
    operations = [
        (method.upper(), path, spec.get("summary") or "", spec.get("description") or "")
        for path, methods in request.app.openapi()["paths"].items()
        for method, spec in methods.items()
    ]
    return templates.TemplateResponse(request, "api_list.html", {"operations": operations})
