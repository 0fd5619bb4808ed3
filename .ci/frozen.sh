#!/usr/bin/env bash
# The frozen program (PyInstaller one-folder build, installer/cabang.spec), built and smoke-tested
# offscreen: the build's self-test (every desktop module, the heavy libraries, resources, QtPdf,
# QtCharts, migrations), a fresh demo database the executable migrates itself, the main-window
# snapshot of every page, a start through the sign-in dialog, a letter PDF and a receipt PDF.
# Records the build time and the folder size in benchmarks/RESULTS.md ("Frozen build") and prints
# them. Exit 0 only if all of it worked.
#
#   bash .ci/frozen.sh                 # needs what .ci/run installs (Qt offscreen libraries, poppler-utils)
#   KEEP_DIST=1 bash .ci/frozen.sh     # keep dist/Cabang afterwards (benchmarks/startup.py measures it)
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
if uv --version >/dev/null 2>&1; then UV=(uv); else UV=(python3 -m uv); fi

echo "== frozen build: translations"
"${UV[@]}" sync --frozen --quiet
"${UV[@]}" run --frozen python scripts/i18n.py compile >/dev/null

echo "== frozen build: PyInstaller"
rm -rf dist/Cabang build/pyinstaller
started=$(date +%s.%N)
"${UV[@]}" run --frozen pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/cabang.spec
build_s=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.0f}')" "$started" "$(date +%s.%N)")
size_mb=$(du -sm dist/Cabang | cut -f1)
files=$(find dist/Cabang -type f | wc -l)
exe=dist/Cabang/Cabang
[ -x "$exe" ] || { echo "frozen: $exe was not built" >&2; exit 1; }

work=$(mktemp -d /tmp/cabang-frozen.XXXXXX)
trap 'rm -rf "$work"' EXIT
export CABANG_DATA_DIR="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
unset CABANG_DB_URL

echo "== frozen smoke test: self-test"
if ! "$exe" --self-test >"$work/selftest.json"; then
  cat "$work/selftest.json" >&2
  echo "frozen: the self-test failed" >&2
  exit 1
fi

echo "== frozen smoke test: demo database (created and migrated by the frozen program)"
smoke_started=$(date +%s.%N)
db="$work/demo.sqlite"
"$exe" demo --db "$db" --today 2026-11-20 >"$work/demo.txt" 2>"$work/demo.err" || { cat "$work/demo.err" >&2; exit 1; }
"$exe" db check --db "$db" >"$work/check.txt" || { cat "$work/check.txt" >&2; exit 1; }

echo "== frozen smoke test: main-window snapshot"
"$exe" snapshot --db "$db" --out "$work/snapshot" >"$work/snapshot.txt"
pngs=$(find "$work/snapshot" -name '*.png' -size +5k | wc -l)
[ "$pngs" -ge 7 ] || { echo "frozen: the snapshot made $pngs page images, expected 7" >&2; exit 1; }

echo "== frozen smoke test: a start through the sign-in to the painted main window"
# benchmarks/startup.py's tiny run: a new office database, the probe signs in, the Dasbor is painted
# without the heavy libraries (it prints the table; the figures are not checked here).
"${UV[@]}" run --frozen python benchmarks/startup.py --tiny --no-write --frozen "$exe" >"$work/startup.txt" \
  2>"$work/startup.err" || { cat "$work/startup.err" >&2; exit 1; }
grep -q "| Cabang (frozen) |" "$work/startup.txt" || { cat "$work/startup.txt" >&2; exit 1; }

echo "== frozen smoke test: letter and receipt PDFs"
cat >"$work/fields.json" <<'JSON'
{"nama_perusahaan": "PT Maju Jaya Abadi", "rujukan": "kunjungan petugas pada tanggal 2 November 2026",
 "jenis_ketidakpatuhan": "PDS Tenaga Kerja", "batas_waktu": "2026-12-04",
 "narahubung": "Hendra Kusuma", "telepon_narahubung": "(0281) 636010"}
JSON
"$exe" letter render --db "$db" --template teguran_1 --fields "$work/fields.json" --issue \
  --recipient "Pimpinan PT Maju Jaya Abadi" --address "Jalan Gerilya Nomor 12" --city Purwokerto \
  --date 2026-11-20 --out "$work/letter.pdf" >"$work/letter.txt"
"$exe" receipt --db "$db" --payee "Siti Aminah" --nik 3302014506800002 --amount 42000000 \
  --purpose "Santunan JKM a.n. Budi Santoso" --date 2026-11-20 --out "$work/receipt.pdf" >"$work/receipt.txt"
for pdf in letter receipt; do
  head -c 5 "$work/$pdf.pdf" | grep -q '%PDF-' || { echo "frozen: $pdf.pdf is not a PDF" >&2; exit 1; }
  if command -v pdffonts >/dev/null 2>&1; then  # the bundled fonts travel inside the frozen build
    pdffonts "$work/$pdf.pdf" | grep -q "Noto" || { echo "frozen: $pdf.pdf does not embed the bundled fonts" >&2; exit 1; }
  fi
done
if command -v pdftotext >/dev/null 2>&1; then
  pdftotext "$work/letter.pdf" - | grep -q "PT Maju Jaya Abadi" || { echo "frozen: the letter lacks its recipient" >&2; exit 1; }
fi
smoke_s=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.0f}')" "$smoke_started" "$(date +%s.%N)")

echo "== frozen build: record"
"${UV[@]}" run --frozen python - "$build_s" "$size_mb" "$files" "$smoke_s" <<'PY'
import platform, sys
from datetime import date
sys.path.insert(0, "benchmarks")
from startup import RESULTS, replace_section

build_s, size_mb, files, smoke_s = sys.argv[1:]
import PyInstaller
replace_section(RESULTS, "Frozen build", [
    f"Measured {date.today().isoformat()} by `bash .ci/frozen.sh` on {platform.system()} {platform.machine()}, "
    f"PyInstaller {PyInstaller.__version__}, Python {platform.python_version()}.",
    "",
    "| what | value |",
    "|---|---|",
    f"| build time (translations + PyInstaller, clean) | {build_s} s |",
    f"| dist/Cabang (one folder, uncompressed) | {size_mb} MB, {files} files |",
    f"| smoke test (demo database, snapshot of 7 pages, a start through the sign-in, letter and receipt PDFs) "
    f"| {smoke_s} s |",
    "",
    "The folder holds Qt (Widgets, Svg, Pdf, Charts, PrintSupport and their plugins: about 110 MB) but no "
    "WebEngine, Quick/QML, 3D or Multimedia; then numpy with OpenBLAS and pandas (about 60 MB), SQLCipher and "
    "libpython as the Linux build machine has them (with debug symbols: about 44 MB, 30 MB less when stripped; "
    "the build does not strip, because stripping libraries patched by auditwheel can break them), Pillow "
    "(ReportLab's images) and libpq. The Windows installer (`installer/build.ps1`) compresses the same folder "
    "with LZMA.",
])
PY
echo "frozen build: ${build_s} s, dist/Cabang ${size_mb} MB (${files} files); smoke test ${smoke_s} s: OK"
if [ -z "${KEEP_DIST:-}" ]; then rm -rf build/pyinstaller; fi
