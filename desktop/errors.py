"""The error taxonomy every layer shares.

`UserError` is something a clerk can act on: its message is an English template marked for Qt's
translation tools, so the UI (and the command line) can show it in the chosen language. `Cancelled`
is silent. Anything else is a bug: logged with its traceback and shown with copyable details.

This module imports nothing from Qt: `QT_TRANSLATE_NOOP` below is a plain marker that
`pyside6-lupdate` recognises by name, so messages raised in services and the domain are extracted
into the translation files like any `tr()` string.
"""

from __future__ import annotations

from collections.abc import Callable


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


ERROR_CONTEXT = "UserError"


class UserError(Exception):
    """A problem with the input or the state of the data, explained in plain words."""

    def __init__(self, message: str, /, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.render()

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The message in the UI language; `translate(context, text)` is Qt's translate."""
        template = translate(ERROR_CONTEXT, self.message) if translate else self.message
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
            return self.message.format(**self.params)


class StaleRecordError(UserError):
    """Someone else saved the record after it was opened here (optimistic locking)."""

    def __init__(self, what: str = "") -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "UserError",
                "This record was changed on another workstation after you opened it. "
                "Reload it to see the current version; your changes were not saved.",
            ),
            what=what,
        )


class PermissionDenied(UserError):
    """The signed-in user's role does not allow the action."""


class Cancelled(Exception):
    """The user cancelled a long operation; nothing to report."""
