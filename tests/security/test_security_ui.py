"""The security screens as a person meets them (offscreen Qt)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop.services.auth import NOBODY, AuthService
from desktop.services.context import AppContext

PASSWORD = "kopi-tubruk-pagi"


def _gate(db, paths):
    return AuthService(AppContext(db=db, actor=NOBODY, paths=paths))


def test_sign_in_dialog_says_what_is_wrong_then_lets_the_person_in(app_ui, qtbot, services, db, paths):
    from desktop.ui.security.sign_in_dialog import SignInDialog

    services.users.create("rina", "Rina Wulandari", "clerk", password=PASSWORD)
    dialog = SignInDialog(_gate(db, paths), username="rina", hint="Demo", database="cabang.sqlite")
    qtbot.addWidget(dialog)
    assert dialog.username.text() == "rina" and dialog.hint.text() == "Demo"
    dialog.password.setText("salah-salah-salah")
    assert not dialog.try_sign_in()
    assert not dialog.error.isHidden() and any(w in dialog.error.text().lower() for w in ("salah", "wrong"))
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, PASSWORD)
    assert dialog.try_sign_in()
    assert dialog.actor.username == "rina" and dialog.result() == dialog.DialogCode.Accepted


def test_sign_in_dialog_warns_of_caps_lock(app_ui, qtbot, db, paths):
    from desktop.ui.security.sign_in_dialog import SignInDialog

    dialog = SignInDialog(_gate(db, paths))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "KOPI TUBRUK")
    assert not dialog.caps.isHidden()


def test_first_admin_dialog_validates_as_one_types(app_ui, qtbot, db, paths):
    from desktop.ui.security.first_admin_dialog import FirstAdminDialog

    gate = _gate(db, paths)
    dialog = FirstAdminDialog(gate)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Dewi Kartika")
    qtbot.keyClicks(dialog.password, "pendek")
    assert not dialog.password_error.isHidden() and not dialog.create_button.isEnabled()
    dialog.password.setText(PASSWORD)
    qtbot.keyClicks(dialog.repeat, "kopi-tubruk-sore")
    assert not dialog.repeat_error.isHidden() and not dialog.create_button.isEnabled()
    dialog.repeat.setText(PASSWORD)
    assert dialog.password_error.isHidden() and dialog.create_button.isEnabled()
    assert dialog.create()
    assert dialog.actor.role == "admin" and not gate.needs_first_admin()


def test_the_admin_page_is_hidden_from_a_clerk(app_ui, qtbot, as_role, services):
    from desktop.ui.main_window import MainWindow

    clerk = MainWindow(as_role("clerk", "rina"))
    qtbot.addWidget(clerk)
    keys = [s.key for s in clerk._specs]
    assert "admin" not in keys and len(keys) == clerk.sidebar.count()
    labels = [clerk.sidebar.item(i).text() for i in range(clerk.sidebar.count())]
    assert "Admin" not in labels
    head = MainWindow(as_role("head", "antony"))
    qtbot.addWidget(head)
    assert "admin" in [s.key for s in head._specs]


def test_idle_lock_covers_the_window_and_only_the_password_unlocks(app_ui, qtbot, services, db, paths):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.security.install import SessionGuard

    services.users.create("diyah", "Diyah Lestari", "supervisor", password=PASSWORD)
    session = _gate(db, paths).start_session(_gate(db, paths).sign_in("diyah", PASSWORD))
    session.ctx.today_override = services.ctx.today_override
    services.settings.set("ui.idle_lock_minutes", 7)
    window = MainWindow(session)
    qtbot.addWidget(window)
    guard = SessionGuard(window, session)
    window.show()
    try:
        assert guard.idle.timer.interval() == 7 * 60_000 and guard.idle.timer.isActive()
        # the daily automatic backup is checked every hour while the program is open
        assert guard.backup_timer.interval() == 60 * 60 * 1000 and guard.backup_timer.isActive()
        # any input restarts the idle time
        guard.idle.timer.stop()
        QApplication.sendEvent(window, QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5),
                                                   Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                                   Qt.KeyboardModifier.NoModifier))
        assert guard.idle.timer.isActive()
        guard.idle.timer.timeout.emit()  # the idle time ran out
        screen = guard.idle.screen
        assert guard.idle.is_locked and screen.isModal() and screen.isFullScreen()
        screen.reject()  # Escape or the window's close button do not unlock
        assert guard.idle.is_locked
        screen.password.setText("bukan-password-nya")
        assert not screen.try_unlock() and not screen.error.isHidden()
        screen.password.setText(PASSWORD)
        assert screen.try_unlock()
        assert not guard.idle.is_locked and guard.idle.timer.isActive()
        # Ctrl+L locks at once; the menu has the actions
        assert guard.lock_action.shortcut().toString() == "Ctrl+L"
        file_actions = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
        assert guard.password_action.text() in file_actions and guard.lock_action.text() in file_actions
    finally:
        guard.stop()
        if guard.idle.screen is not None:
            guard.idle.screen.deleteLater()


def test_change_my_password_dialog(app_ui, qtbot, services, db, paths):
    from desktop.ui.security.change_password_dialog import ChangePasswordDialog

    services.users.create("bagus", "Bagus", "clerk", password=PASSWORD)
    bagus = _gate(db, paths).start_session(_gate(db, paths).sign_in("bagus", PASSWORD))
    dialog = ChangePasswordDialog(bagus)
    qtbot.addWidget(dialog)
    dialog.current.setText("bukan-yang-sekarang")
    dialog.new.setText("sepeda-ke-baturraden")
    assert not dialog.save_button.isEnabled()
    dialog.repeat.setText("sepeda-ke-baturraden")
    assert dialog.save_button.isEnabled()
    assert not dialog.save() and not dialog.error.isHidden()
    dialog.current.setText(PASSWORD)
    assert dialog.save()
    assert _gate(db, paths).sign_in("bagus", "sepeda-ke-baturraden").username == "bagus"


def test_users_tab_creates_with_a_first_password_and_unlocks(app_ui, qtbot, services, db, paths):
    from desktop.ui.admin.users_tab import UsersTab

    tab = UsersTab(services)
    qtbot.addWidget(tab)
    tab.username.setText("wahyu")
    tab.full_name.setText("Wahyu Nugroho")
    tab.role.setCurrentIndex(tab.role.findData("field_officer"))
    qtbot.keyClicks(tab.password, "short")
    assert not tab.password_error.isHidden()
    tab.password.setText("jalan-ke-purbalingga")
    tab._create()
    gate = _gate(db, paths)
    assert gate.sign_in("wahyu", "jalan-ke-purbalingga").role == "field_officer"
    for _ in range(5):
        try:
            gate.sign_in("wahyu", "salah-salah-salah")
        except Exception:
            pass
    tab.reload()
    rows = [tab.table.model.data(tab.table.model.index(r, 4)) for r in range(tab.table.model.rowCount())]
    assert any(w in (r or "") for r in rows for w in ("terkunci", "locked"))
    row = next(r for r in range(tab.table.model.rowCount())
               if tab.table.model.data(tab.table.model.index(r, 0)) == "wahyu")
    tab.table.view.selectRow(row)
    assert tab.unlock_button.isEnabled()
    tab._unlock()
    assert services.users.get("wahyu").locked_until is None


def test_users_tab_is_read_only_for_the_head(app_ui, qtbot, as_role):
    from desktop.ui.admin.users_tab import UsersTab

    tab = UsersTab(as_role("head", "antony"))
    qtbot.addWidget(tab)
    assert not tab.reset_button.isVisibleTo(tab) and not tab.add_button.isVisibleTo(tab)


def test_audit_tab_filters_shows_details_and_exports(app_ui, qtbot, services, tmp_path):
    from desktop.ui.admin.audit_tab import AuditTab

    services.users.create("sari", "Sari Handayani", "clerk")
    services.settings.set("ui.idle_lock_minutes", 12)
    tab = AuditTab(services)
    qtbot.addWidget(tab)
    assert tab.table.model.rowCount() >= 3
    tab.entity.setCurrentIndex(tab.entity.findData("setting"))
    assert tab.table.model.rowCount() == 1
    tab.table.view.selectRow(0)
    assert "12" in tab.details.toPlainText() and "ui.idle_lock_minutes" in tab.details.toPlainText()
    out = tmp_path / "audit.xlsx"
    task = tab.export(out)
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert task.error is None and out.exists() and task.result == 1
    verify = tab.verify()
    qtbot.waitUntil(lambda: not verify.running, timeout=20_000)
    assert "utuh" in tab.result.text() or "intact" in tab.result.text()
