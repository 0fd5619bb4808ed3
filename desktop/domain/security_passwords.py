"""The password rule: long enough to resist guessing, and not the user name.

Length beats composition rules (NIST SP 800-63B): at least ten characters, any characters,
nothing that is merely the user name or the name with a few characters around it.
"""

from __future__ import annotations

from desktop.errors import QT_TRANSLATE_NOOP, UserError

MIN_LENGTH = 10
MAX_LENGTH = 256  # a bound for the hash function's input, far beyond any typed password


class WeakPassword(UserError):
    """The new password does not follow the rule; the message says which part."""


def password_problem(password: str, username: str = "") -> WeakPassword | None:
    """What is wrong with `password` as the password of `username`, or None."""
    if len(password) < MIN_LENGTH:
        return WeakPassword(
            QT_TRANSLATE_NOOP("UserError", "A password needs at least {minimum} characters; this one has {count}."),
            minimum=MIN_LENGTH, count=len(password),
        )
    if len(password) > MAX_LENGTH:
        return WeakPassword(
            QT_TRANSLATE_NOOP("UserError", "A password can have at most {maximum} characters."), maximum=MAX_LENGTH
        )
    if not password.strip():
        return WeakPassword(QT_TRANSLATE_NOOP("UserError", "A password cannot be only spaces."))
    name = username.strip().lower()
    if name and name in password.lower() and len(password) - len(name) < MIN_LENGTH // 2:
        return WeakPassword(QT_TRANSLATE_NOOP("UserError", "The password cannot be the user name."))
    if len(set(password)) < 3:
        return WeakPassword(
            QT_TRANSLATE_NOOP("UserError", "The password repeats one or two characters; choose a phrase instead.")
        )
    return None


def check_password(password: str, username: str = "") -> None:
    """Raise WeakPassword unless the password follows the rule."""
    problem = password_problem(password, username)
    if problem is not None:
        raise problem


# -- hashing --------------------------------------------------------------------------------------
# Argon2id, memory-hard (RFC 9106 "second recommended" profile: 64 MiB, 3 passes): a stolen
# database does not give the passwords back at any useful speed. The parameters travel inside each
# hash, so raising them later rehashes at the next sign-in.


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True when `password` matches `stored_hash`; False for no hash, a wrong password or a bad hash."""
    from argon2.exceptions import InvalidHashError, VerificationError

    if not stored_hash:
        return False
    try:
        return _hasher().verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    from argon2.exceptions import InvalidHashError

    try:
        return _hasher().check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


# A hash of a random string, verified when the user name is unknown so that a wrong name takes
# as long as a wrong password and does not reveal which names exist.
_DUMMY: list[str] = []


def burn_time(password: str) -> None:
    if not _DUMMY:
        _DUMMY.append(hash_password("no such user \u2014 cabang"))
    verify_password(_DUMMY[0], password)
