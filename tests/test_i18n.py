"""Indonesian is the default language: every English source string must have its translation."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations" / "id"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            text = "" if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") else "".join(tr.itertext())
            out[(name, message.findtext("source"))] = text.strip()
    return out


def test_every_source_string_is_translated_to_indonesian(tmp_path):
    sources = [str(p) for p in sorted((ROOT / "desktop").rglob("*.py")) if "migrations" not in p.parts]
    fresh = tmp_path / "all.ts"
    subprocess.run([str(LUPDATE), "-locations", "none", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(_messages(fresh))
    have: dict[tuple[str, str], str] = {}
    for ts in TS_DIR.glob("*.ts"):
        have.update({k: v for k, v in _messages(ts).items() if v or k not in have})
    missing = sorted(f"{ctx}: {src}" for ctx, src in wanted if not have.get((ctx, src)))
    assert len(wanted) > 100
    assert not missing, "untranslated strings (run scripts/i18n.py update/missing):\n" + "\n".join(missing)


def test_translations_keep_their_placeholders():
    broken = []
    for ts in TS_DIR.glob("*.ts"):
        for (ctx, src), text in _messages(ts).items():
            for token in ("%1", "%2", "%n"):
                if token in src and text and token not in text:
                    broken.append(f"{ts.name} {ctx}: {src!r} -> {text!r}")
            import re

            # UserError messages are filled with str.format: their {names} must survive translation
            if ctx == "UserError" and text and set(re.findall(r"\{[a-z_]+", src)) != set(re.findall(r"\{[a-z_]+", text)):
                broken.append(f"{ts.name} {ctx}: {src!r} -> {text!r}")
    assert not broken, "\n".join(broken)


def test_the_program_speaks_indonesian_by_default_and_english_on_request(qapp):
    from PySide6.QtCore import QCoreApplication

    from desktop.ui import i18n

    assert i18n.install(qapp) == "id"
    assert QCoreApplication.translate("Pages", "Benefits & Scholarships") == "Santunan & Beasiswa"
    i18n.install(qapp, "en")
    assert QCoreApplication.translate("Pages", "Benefits & Scholarships") == "Benefits & Scholarships"
    i18n.install(qapp, "id")
