"""Form fields of the wizard that say what is wrong next to themselves as the person types."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.errors import UserError
from desktop.ui.errors import translate


class CheckedField(QWidget):
    """A line edit with a "FieldError" label under it. The message appears once the field was
    edited (an untouched empty form is not shouted at), or when `reveal()` is called."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None, *, placeholder: str = "",
                 text: str = "", password: bool = False) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(text, self)
        self.edit.setAccessibleName(accessible_name)
        if placeholder:
            self.edit.setPlaceholderText(placeholder)
        if password:
            self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.touched = bool(text)
        self._problem: UserError | None = None
        self.edit.textEdited.connect(self._on_edited)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming, used like a QLineEdit
        self.touched = True
        self.edit.setText(text)

    def _on_edited(self, _text: str) -> None:
        self.touched = True
        self.set_problem(self._problem)  # the page checked the new text already (textChanged comes first)

    def reveal(self) -> None:
        self.touched = True
        self.set_problem(self._problem)

    def set_problem(self, problem: UserError | None) -> None:
        self._problem = problem
        visible = problem is not None and self.touched
        self.error.setText(problem.render(translate) if visible else "")
        self.error.setVisible(visible)
        self.edit.setProperty("invalid", "true" if visible else "false")
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
        self.edit.setAccessibleDescription(self.error.text())


def message_label(parent: QWidget, *, error: bool = False) -> QLabel:
    """A word-wrapped label for a page's result or problem."""
    label = QLabel(parent)
    label.setWordWrap(True)
    if error:
        label.setObjectName("FieldError")
    return label
