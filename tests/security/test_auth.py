"""Sign-in as a clerk meets it: the right password lets them in, five wrong ones lock the account,
the first run creates the administrator, and every step is in the audit trail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.errors import PermissionDenied, UserError
from desktop.services.auth import NOBODY, AccountLocked, AuthService, SignInFailed
from desktop.services.context import AppContext

PASSWORD = "kopi-tubruk-pagi"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def gate(db, paths, clock):
    return AuthService(AppContext(db=db, actor=NOBODY, paths=paths), clock=clock)


def _events(services, action):
    from desktop.services.paging import PageRequest

    return services.audit.page(PageRequest(limit=500, filters={"action": action})).rows


def test_first_run_creates_the_administrator_once(gate, services):
    # the fixture's password-less bootstrap account cannot sign in, so the first run is still due
    assert gate.needs_first_admin()
    actor = gate.create_first_admin("kepala.it", "Dewi Kartika", PASSWORD)
    assert actor.role == "admin" and actor.full_name == "Dewi Kartika"
    assert not gate.needs_first_admin()
    with pytest.raises(UserError, match="already exists"):
        gate.create_first_admin("other", "Other Person", PASSWORD)
    assert gate.sign_in("Kepala.IT ", PASSWORD).username == "kepala.it"


def test_first_admin_password_follows_the_rule(gate):
    with pytest.raises(UserError, match="at least 10"):
        gate.create_first_admin("admin2", "Admin", "short")
    with pytest.raises(UserError, match="user name"):
        gate.create_first_admin("budisantoso", "Budi", "budisantoso1")
    assert gate.needs_first_admin()


def test_wrong_passwords_lock_the_account_for_the_set_time(gate, services, clock):
    services.users.create("rina", "Rina Wulandari", "clerk", password=PASSWORD)
    services.settings.set("security.lockout_minutes", 30)
    for _ in range(4):
        with pytest.raises(SignInFailed, match="wrong"):
            gate.sign_in("rina", "not-her-password")
    with pytest.raises(AccountLocked) as locked:
        gate.sign_in("rina", "not-her-password")
    assert locked.value.until == clock.now + timedelta(minutes=30)
    # while locked even the right password is refused
    with pytest.raises(AccountLocked):
        gate.sign_in("rina", PASSWORD)
    clock.now += timedelta(minutes=31)
    assert gate.sign_in("rina", PASSWORD).role == "clerk"
    actions = [e.action for e in _events(services, "lock")]
    assert actions == ["lock"]
    assert len(_events(services, "sign_in_failed")) == 4


def test_a_successful_sign_in_resets_the_count(gate, services):
    services.users.create("bagus", "Bagus Prasetyo", "clerk", password=PASSWORD)
    for _ in range(4):
        with pytest.raises(SignInFailed):
            gate.sign_in("bagus", "wrong-password-x")
    gate.sign_in("bagus", PASSWORD)
    for _ in range(4):
        with pytest.raises(SignInFailed):
            gate.sign_in("bagus", "wrong-password-x")
    assert gate.sign_in("bagus", PASSWORD).username == "bagus"


def test_unknown_user_and_wrong_password_say_the_same(gate, services):
    services.users.create("sari", "Sari Handayani", "clerk", password=PASSWORD)
    with pytest.raises(SignInFailed) as unknown:
        gate.sign_in("nobody-here", PASSWORD)
    with pytest.raises(SignInFailed) as wrong:
        gate.sign_in("sari", "wrong-password-x")
    assert str(unknown.value) == str(wrong.value)
    # the failed attempt with an unknown name does not store the name typed (it may be a password)
    assert all("nobody-here" not in e.summary for e in _events(services, "sign_in_failed"))


def test_switched_off_account_cannot_sign_in(gate, services):
    user, _ = services.users.create("wahyu", "Wahyu Nugroho", "field_officer", password=PASSWORD)
    services.users.update(user.id, user.version, active=False)
    with pytest.raises(SignInFailed, match="switched off"):
        gate.sign_in("wahyu", PASSWORD)


def test_admin_unlocks_and_resets_and_the_person_changes_it(gate, services, as_role):
    services.users.create("diyah", "Diyah Lestari", "supervisor", password=PASSWORD)
    for _ in range(5):
        with pytest.raises(SignInFailed):
            gate.sign_in("diyah", "wrong-password-x")
    assert services.users.get("diyah").locked_until is not None
    services.auth.unlock("diyah")
    assert services.users.get("diyah").locked_until is None
    gate.sign_in("diyah", PASSWORD)
    services.auth.reset_password("diyah", "sementara-12345")
    diyah = gate.start_session(gate.sign_in("diyah", "sementara-12345"))
    with pytest.raises(SignInFailed, match="current password"):
        diyah.auth.change_password("not-the-current", "baru-dan-panjang-99")
    diyah.auth.change_password("sementara-12345", "baru-dan-panjang-99")
    with pytest.raises(SignInFailed):
        gate.sign_in("diyah", "sementara-12345")
    assert gate.sign_in("diyah", "baru-dan-panjang-99").role == "supervisor"
    # a clerk may not reset someone's password
    clerk = as_role("clerk", "rina")
    with pytest.raises(PermissionDenied):
        clerk.auth.reset_password("diyah", "whatever-long-1")
    summaries = " ".join(e.summary for e in _events(services, "password_reset") + _events(services, "password_change"))
    assert "diyah" in summaries
    assert "sementara" not in summaries and "baru-dan" not in summaries


def test_passwords_are_stored_as_argon2id_hashes(gate, services, db):
    from sqlalchemy import select

    from desktop.models.core import User

    services.users.create("hendra", "Hendra Kusuma", "field_officer", password=PASSWORD)
    with db.read() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "hendra"))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_the_lock_screen_confirms_the_same_person(gate, services):
    services.users.create("fajar", "Fajar Setiawan", "field_officer", password=PASSWORD)
    fajar = gate.start_session(gate.sign_in("fajar", PASSWORD))
    fajar.auth.confirm(PASSWORD)
    with pytest.raises(SignInFailed):
        fajar.auth.confirm("wrong-password-x")


def test_the_callers_work_runs_while_the_password_is_checked(gate, services):
    """The program imports its main window while argon2 checks the password; the answer is the same."""
    import threading

    services.users.create("sari", "Sari Handayani", "clerk", password=PASSWORD)
    seen = []

    def meanwhile():
        seen.append(threading.current_thread() is threading.main_thread()
                    and any(t.name == "password-check" for t in threading.enumerate()))

    assert gate.sign_in("sari", PASSWORD, meanwhile=meanwhile).username == "sari"
    with pytest.raises(SignInFailed):
        gate.sign_in("sari", "wrong-password-x", meanwhile=meanwhile)
    with pytest.raises(SignInFailed):
        gate.sign_in("nobody-here", PASSWORD, meanwhile=meanwhile)
    assert seen == [True, True, True]  # on the caller's thread, with the check running beside it


def test_a_failure_in_the_callers_work_does_not_sign_anyone_in_halfway(gate, services):
    services.users.create("sari", "Sari Handayani", "clerk", password=PASSWORD)

    def broken():
        raise RuntimeError("the main window could not be imported")

    with pytest.raises(RuntimeError, match="could not be imported"):
        gate.sign_in("sari", PASSWORD, meanwhile=broken)
    assert not _events(services, "sign_in")  # the sign-in was not recorded as done
    assert gate.sign_in("sari", PASSWORD).username == "sari"
