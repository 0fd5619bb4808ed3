"""The installer's inputs: the version information comes from pyproject.toml, the icon from the SVG."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _evaluate(text: str) -> dict:
    """Read a PyInstaller version file the way PyInstaller does (a Python expression of these
    constructors), recording what each was given."""

    def node(kind):
        return lambda *args, **kwargs: {"kind": kind, "args": args, **kwargs}

    names = {n: node(n) for n in ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
                                  "StringStruct", "VarFileInfo", "VarStruct")}
    return eval(compile(text, "version_info", "eval"), {"__builtins__": {}}, names)  # noqa: S307


def test_the_version_information_is_written_from_pyproject(tmp_path):
    out = tmp_path / "version_info.txt"
    subprocess.run([sys.executable, str(ROOT / "installer" / "make_version_info.py"), "--out", str(out)],
                   check=True, capture_output=True)
    version = _pyproject_version()
    info = _evaluate(out.read_text(encoding="utf-8"))
    numbers = tuple(int(p) for p in re.findall(r"\d+", version)[:3]) + (0,)
    assert info["ffi"]["filevers"][:3] == numbers[:3] and info["ffi"]["prodvers"] == info["ffi"]["filevers"]
    strings = {s["args"][0]: s["args"][1] for s in info["kids"][0]["args"][0][0]["args"][1]}
    assert strings["ProductVersion"] == version and strings["FileVersion"] == version
    assert strings["ProductName"] == "Cabang" and strings["OriginalFilename"] == "Cabang.exe"
    printed = subprocess.run([sys.executable, str(ROOT / "installer" / "make_version_info.py"), "--print-version"],
                             check=True, capture_output=True, text=True).stdout.strip()
    assert printed == version


def test_windows_version_numbers_from_release_names():
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        from make_version_info import numeric_version
    finally:
        sys.path.pop(0)
    assert numeric_version("0.1.0") == (0, 1, 0, 0)
    assert numeric_version("1.2") == (1, 2, 0, 0)
    assert numeric_version("2.0.0rc1") == (2, 0, 0, 0)
    assert numeric_version("2026.11.3.7") == (2026, 11, 3, 7)


def test_the_icon_has_every_size_windows_asks_for(app_ui, tmp_path):
    from PySide6.QtGui import QImageReader

    subprocess.run([sys.executable, str(ROOT / "installer" / "make_icon.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    reader = QImageReader(str(tmp_path / "cabang.ico"))
    sizes = []
    for i in range(reader.imageCount()):
        reader.jumpToImage(i)
        image = reader.read()
        assert not image.isNull()
        sizes.append(image.width())
    assert {16, 24, 32, 48, 256} <= set(sizes)
    image = QImageReader(str(tmp_path / "cabang.png")).read()
    assert image.width() == 256
    green = image.pixelColor(40, 128)  # the deep green of the palette, left of the "C"
    assert (green.red(), green.green(), green.blue()) == (0x0B, 0x6E, 0x4F)


def test_the_installer_keeps_the_data_and_installs_per_user():
    iss = (ROOT / "installer" / "cabang.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert r"DefaultDirName={localappdata}\Programs\Cabang" in iss
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", iss, re.M)
    deleted = re.findall(r'Name: "([^"]+)"', iss.split("[InstallDelete]")[1].split("[Files]")[0])
    deleted += re.findall(r'Name: "([^"]+)"', iss.split("[UninstallDelete]")[1])
    assert deleted and all(d.startswith("{app}\\") for d in deleted)  # only the program folder, never the data
    assert "BPJSTK" not in "".join(deleted)
