"""The login page: the browser's way to give the token once and keep it in a cookie."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from consilience.report.view import template_environment
from consilience.web.security import LOGIN_PATH, Access, session_cookie


def login_router(access: Access) -> APIRouter:
    """GET shows the token form; POST checks the token and sets the session cookie."""
    router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    @router.get(LOGIN_PATH)
    def login_form(then: str = "/") -> Response:
        return HTMLResponse(login_page(then, 200, ""))

    @router.post(LOGIN_PATH)
    def login(
        request: Request, token: Annotated[str, Form()] = "", then: Annotated[str, Form()] = "/"
    ) -> Response:
        if not access.matches(token):
            return HTMLResponse(login_page(then, 401, "That token is not right."), 401)
        answer = RedirectResponse(_local(then), status_code=303)
        secure = request.url.scheme == "https"
        answer.headers["set-cookie"] = session_cookie(access, secure)
        return answer

    return router


def login_page(then: str, status: int, reason: str) -> str:
    """The token form (or, on a read-only server, why nothing can be written)."""
    template = template_environment("consilience.web").get_template("login.html.j2")
    return template.render(then=_local(then), read_only=status == 403, reason=reason)


def _local(path: str) -> str:
    """Only a path on this site: a login link must not redirect elsewhere."""
    return path if path.startswith("/") and not path.startswith(("//", "/\\")) else "/"
