"""The user's name and e-mail, asked once in the app and saved in the config file.

Sync needs them as the git author and approval records the name. When either is missing,
``with_identity`` opens a small form; what is typed is saved with ``save_config`` (which
keeps the rest of the user's file as written, and refuses to overwrite a file it could not
read: the identity is then used for this session and the user is told) and the waiting
work (the sync, the approval) continues. Esc cancels: nothing happens and the user is told
so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sync.gitenv import Identity
from tui.config import ConfigNotSaved, save_config
from tui.config_checks import valid_email
from tui.i18n import t
from tui.screens.form import Field, FormScreen, Values

if TYPE_CHECKING:
    from tui.host import AppHost


class IdentityForm(FormScreen):
    """Name and e-mail (one at a time on screen: the app never stacks two)."""


def with_identity(app: AppHost, then: Callable[[Identity], None], cancelled: str) -> None:
    """Run ``then`` with the user's identity, asking for it first if the config lacks it.

    ``cancelled`` is the text key shown when the user closes the form with Esc.
    """
    config = app.config
    if config.name.strip() and config.email.strip():
        then(Identity(config.name.strip(), config.email.strip()))
        return
    if any(isinstance(screen, IdentityForm) for screen in app.screen_stack):
        return  # already asking (a second F12 while the form is open)
    lang = app.lang

    def submit(values: Values) -> str | None:
        name, email = values["name"].strip(), values["email"].strip()
        if not valid_email(email):
            return t(lang, "identity.bad_email")
        config.name, config.email = name, email
        try:
            save_config(config)
        except ConfigNotSaved as exc:  # the user's unreadable file is kept; said so
            said = f"{exc.message(lang)} {t(lang, 'config.identity_this_session')}"
            app.notify(said, severity="warning", timeout=15)
        except OSError as exc:  # still used for this session; said so
            app.notify(
                t(lang, "identity.not_saved", detail=exc.strerror or str(exc)),
                severity="warning",
                timeout=15,
            )
        return None

    def done(values: Values | None) -> None:
        if values is None:
            app.notify(t(lang, cancelled), severity="warning", timeout=8)
            return
        app.notify(t(lang, "identity.saved", name=config.name, email=config.email), timeout=4)
        then(Identity(config.name, config.email))

    fields = [
        Field("name", t(lang, "sync.ask_name"), value=config.name, required=True),
        Field("email", t(lang, "sync.ask_email"), value=config.email, required=True),
    ]
    app.push_screen(IdentityForm(t(lang, "identity.title"), fields, lang, submit), done)
