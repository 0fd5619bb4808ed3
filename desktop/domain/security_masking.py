"""Personal numbers never reach a log file: NIKs and account-like numbers are masked.

A log line goes to whoever reads the log (often not someone allowed to see an heir's NIK or bank
account, UU 27/2022), so a filter on the log handler masks every run of 10 to 20 digits: a
16-digit run keeps its first four and last two digits like `mask_nik`, any other run keeps only
its last four. Dates, times, counts and ids with fewer digits pass unchanged.
"""

from __future__ import annotations

import logging
import re

# 10-20 digits not touching other letters or digits; separators typed in NIKs (spaces, dots)
# inside the run are accepted so "3302 0112 0485 0003" is masked as well.
_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d(?:[ .]?\d){9,19}(?![0-9A-Za-z])")


def _mask(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    if len(digits) == 16:
        return digits[:4] + "*" * 10 + digits[-2:]
    return "*" * (len(digits) - 4) + digits[-4:]


def mask_personal_numbers(text: str) -> str:
    """`text` with every NIK-like or account-like number masked."""
    return _NUMBER.sub(_mask, text)


class PersonalDataFilter(logging.Filter):
    """A handler filter: the message, its arguments and any traceback are masked before writing."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is logged as it is, masked
            message = str(record.msg)
        record.msg = mask_personal_numbers(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_personal_numbers(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_personal_numbers(record.stack_info)
        return True
