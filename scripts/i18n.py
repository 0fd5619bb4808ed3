"""Keep the Indonesian translation complete.

    uv run python scripts/i18n.py update [AREA ...]   # lupdate the area's sources into resources/translations/id/AREA.ts
    uv run python scripts/i18n.py missing [AREA ...]  # list source strings without a translation
    uv run python scripts/i18n.py apply AREA FILE.json # write translations: {"source": "terjemahan"} or {"Context|source": ...}
    uv run python scripts/i18n.py compile              # build resources/translations/cabang_id.qm

Each area has its own .ts file (several people add strings at the same time). A source file
belongs to the area whose name is in its path; everything else is "core".
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations" / "id"
AREAS = ("letters", "plkk", "compliance", "benefits", "coverage", "dashboard", "security", "sync", "help", "setup")
ALIASES = {"scholarships": "benefits"}  # modules named after a concept of an area
BIN = Path(sys.executable).parent


def area_of(path: Path) -> str:
    rel = path.relative_to(ROOT).as_posix()
    for alias, area in ALIASES.items():
        if f"/{alias}" in rel:
            return area
    for area in AREAS:
        if f"/{area}/" in rel or f"/{area}." in rel or f"/{area}_" in rel or rel.endswith(f"/{area}.py"):
            return area
    return "core"


def sources(area: str) -> list[Path]:
    files = sorted(p for p in (ROOT / "desktop").rglob("*.py") if "migrations" not in p.parts)
    return [p for p in files if area_of(p) == area]


def update(area: str) -> Path:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    ts = TS_DIR / f"{area}.ts"
    files = sources(area)
    if not files:
        return ts
    subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *map(str, files),
                    "-ts", str(ts)], check=True, capture_output=True)
    tree = ET.parse(ts)
    tree.getroot().set("language", "id_ID")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return ts


def messages(ts: Path):
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield tree, name, message


def missing(area: str) -> list[tuple[str, str]]:
    ts = TS_DIR / f"{area}.ts"
    if not ts.exists():
        return []
    out = []
    for _tree, ctx, msg in messages(ts):
        tr = msg.find("translation")
        plural = msg.get("numerus") == "yes"
        text = "".join(tr.itertext()).strip() if tr is not None else ""
        if tr is None or tr.get("type") == "unfinished" or (not plural and not text):
            out.append((ctx, msg.findtext("source")))
    return out


def apply(area: str, mapping: dict[str, str]) -> int:
    ts = TS_DIR / f"{area}.ts"
    tree = ET.parse(ts)
    done = 0
    for context in tree.getroot().iter("context"):
        ctx = context.findtext("name")
        for msg in context.iter("message"):
            src = msg.findtext("source")
            value = mapping.get(f"{ctx}|{src}", mapping.get(src))
            if value is None:
                continue
            tr = msg.find("translation")
            for child in list(tr):
                tr.remove(child)
            if msg.get("numerus") == "yes":
                tr.text = None
                form = ET.SubElement(tr, "numerusform")  # Indonesian has one plural form
                form.text = value
            else:
                tr.text = value
            tr.attrib.pop("type", None)
            done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done


def compile_qm() -> Path:
    qm = TS_DIR.parent / "cabang_id.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), *map(str, sorted(TS_DIR.glob("*.ts"))), "-qm", str(qm)],
                   check=True, capture_output=True)
    return qm


def main(argv: list[str]) -> int:
    cmd, *rest = argv or ["missing"]
    areas = rest or ["core", *AREAS]
    if cmd == "update":
        for a in areas:
            print(update(a))
    elif cmd == "missing":
        count = 0
        for a in areas:
            for ctx, src in missing(a):
                count += 1
                print(f"{a}\t{ctx}\t{src}")
        return 1 if count else 0
    elif cmd == "apply":
        print(apply(rest[0], json.loads(Path(rest[1]).read_text(encoding="utf-8"))), "translations written")
    elif cmd == "compile":
        print(compile_qm())
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
