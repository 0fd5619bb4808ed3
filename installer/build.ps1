<#
.SYNOPSIS
  Builds the Windows installer of Cabang: dist\installer\Cabang-<version>-setup.exe.

.DESCRIPTION
  On a Windows 10/11 machine (or the GitHub windows runner, .github/workflows/windows.yml):
    1. installs uv if it is missing, then the locked environment (uv sync --frozen);
    2. compiles the Indonesian translation (.qm) and makes the icon (.ico) from the SVG;
    3. writes the version information from pyproject.toml and runs PyInstaller (installer\cabang.spec);
    4. smoke-tests the built folder offscreen: the self-test, a demo database the program migrates
       itself, the snapshot of every page, a letter PDF;
    5. compiles installer\cabang.iss with Inno Setup 6 (installed with Chocolatey if missing).

  powershell -ExecutionPolicy Bypass -File installer\build.ps1 [-SkipSmokeTest] [-Iscc "C:\...\ISCC.exe"]
#>
[CmdletBinding()]
param(
    [switch]$SkipSmokeTest,
    [string]$Iscc = ""
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Invoke-Checked {
    param([Parameter(Mandatory)][string]$Program, [string[]]$Arguments = @())
    Write-Host "> $Program $($Arguments -join ' ')"
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program failed with exit code $LASTEXITCODE" }
}

$watch = [System.Diagnostics.Stopwatch]::StartNew()

Write-Host "== uv and the locked environment"
if (-not (Get-Command uv -ErrorAction SilentlyContinue)) {
    Invoke-RestMethod https://astral.sh/uv/install.ps1 | Invoke-Expression
    $env:Path = "$env:USERPROFILE\.local\bin;$env:Path"
}
Invoke-Checked uv @("sync", "--frozen")

Write-Host "== translations, icon, version"
Invoke-Checked uv @("run", "--frozen", "python", "scripts/i18n.py", "compile")
Invoke-Checked uv @("run", "--frozen", "python", "installer/make_icon.py")
$Version = (& uv run --frozen python installer/make_version_info.py --print-version | Select-Object -Last 1).Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "cannot read the version from pyproject.toml" }
$Parts = @(($Version -replace '[^0-9.].*$', '').Split('.') | Where-Object { $_ -ne '' })
while ($Parts.Count -lt 4) { $Parts += "0" }
$NumericVersion = ($Parts[0..3] -join '.')
Write-Host "version $Version ($NumericVersion)"
Invoke-Checked uv @("run", "--frozen", "python", "installer/make_version_info.py", "--out", "build/version_info.txt")

Write-Host "== PyInstaller"
if (Test-Path dist\Cabang) { Remove-Item -Recurse -Force dist\Cabang }
Invoke-Checked uv @("run", "--frozen", "pyinstaller", "--noconfirm", "--clean", "--distpath", "dist",
                    "--workpath", "build/pyinstaller", "installer/cabang.spec")
$SizeMB = [math]::Round(((Get-ChildItem dist\Cabang -Recurse -File | Measure-Object Length -Sum).Sum / 1MB), 0)
Write-Host "dist\Cabang: $SizeMB MB"

if (-not $SkipSmokeTest) {
    Write-Host "== smoke test (offscreen)"
    $Smoke = Join-Path ([System.IO.Path]::GetTempPath()) ("cabang-smoke-" + [guid]::NewGuid().ToString("N"))
    New-Item -ItemType Directory -Path $Smoke | Out-Null
    $env:QT_QPA_PLATFORM = "offscreen"
    $env:CABANG_DATA_DIR = Join-Path $Smoke "data"
    Remove-Item Env:CABANG_DB_URL -ErrorAction SilentlyContinue
    $Cli = Join-Path $Root "dist\Cabang\cabang-cli.exe"  # the console twin of Cabang.exe
    $Db = Join-Path $Smoke "demo.sqlite"
    Invoke-Checked $Cli @("--self-test")
    Invoke-Checked $Cli @("demo", "--db", $Db, "--today", "2026-11-20")
    Invoke-Checked $Cli @("db", "check", "--db", $Db)
    Invoke-Checked $Cli @("snapshot", "--db", $Db, "--out", (Join-Path $Smoke "snapshot"))
    $Pages = @(Get-ChildItem (Join-Path $Smoke "snapshot") -Filter *.png).Count
    if ($Pages -lt 7) { throw "the snapshot made $Pages page images, expected 7" }
    $Fields = Join-Path $Smoke "fields.json"
    $FieldsJson = '{"nama_perusahaan": "PT Maju Jaya Abadi", "rujukan": "kunjungan petugas pada tanggal 2 November 2026", ' +
                  '"jenis_ketidakpatuhan": "PDS Tenaga Kerja", "batas_waktu": "2026-12-04", ' +
                  '"narahubung": "Hendra Kusuma", "telepon_narahubung": "(0281) 636010"}'
    [System.IO.File]::WriteAllText($Fields, $FieldsJson, (New-Object System.Text.UTF8Encoding($false)))
    $Letter = Join-Path $Smoke "letter.pdf"
    Invoke-Checked $Cli @("letter", "render", "--db", $Db, "--template", "teguran_1", "--fields", $Fields, "--issue",
                          "--recipient", "Pimpinan PT Maju Jaya Abadi", "--city", "Purwokerto", "--date", "2026-11-20",
                          "--out", $Letter)
    $Head = [System.Text.Encoding]::ASCII.GetString([System.IO.File]::ReadAllBytes($Letter)[0..4])
    if ($Head -ne "%PDF-") { throw "the letter is not a PDF" }
    Remove-Item Env:QT_QPA_PLATFORM, Env:CABANG_DATA_DIR
    Remove-Item -Recurse -Force $Smoke
    Write-Host "smoke test passed"
}

Write-Host "== Inno Setup"
New-Item -ItemType Directory -Force -Path build | Out-Null
try {  # Inno Setup ships Indonesian only as a contributed translation; without it the installer speaks English
    Invoke-WebRequest -UseBasicParsing -OutFile build\Indonesian.isl `
        "https://raw.githubusercontent.com/jrsoftware/issrc/main/Files/Languages/Unofficial/Indonesian.isl"
} catch {
    Write-Warning "Indonesian installer messages not available ($($_.Exception.Message)); the installer will be in English"
    Remove-Item build\Indonesian.isl -ErrorAction SilentlyContinue
}
if (-not $Iscc) {
    $Candidates = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                    "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")
    $Iscc = $Candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
    if (-not $Iscc) {
        Invoke-Checked choco @("install", "innosetup", "--no-progress", "-y")
        $Iscc = $Candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
    }
    if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) was not found; pass -Iscc PATH" }
}
Invoke-Checked $Iscc @("/Qp", "/DAppVersion=$Version", "/DNumericVersion=$NumericVersion", "installer\cabang.iss")

$Setup = Get-Item "dist\installer\Cabang-$Version-setup.exe"
Write-Host ("installer: {0} ({1:N0} MB), built in {2:N0} s" -f $Setup.FullName, ($Setup.Length / 1MB), $watch.Elapsed.TotalSeconds)
