"""Small pieces the security dialogs share: a password field and the error line under a field."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget


def password_field(parent: QWidget, accessible_name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setMaxLength(256)
    return field


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("FieldError")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_problem(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
