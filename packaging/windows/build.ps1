<#
.SYNOPSIS
  Build LAPOR! Desk for Windows: the PyInstaller one-folder bundle, then the Inno Setup installer.

.DESCRIPTION
  Run from any folder in PowerShell 5.1 or 7 on Windows 10/11 x64, with Python 3.11 or 3.12 (x64,
  python.org build) and Inno Setup 6.4 or newer installed:

    powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
    powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 -Python "py -3.12"

  Steps: a clean venv in build\venv (the locked versions: pip install --require-hashes -r
  packaging\requirements-bundle.txt, then the project with --no-deps), resources staged with the .qm
  translations compiled by pyside6-lrelease, the icon rendered to build\icons\lapor-desk.ico,
  PyInstaller (packaging\lapor-desktop.spec), smoke tests of the bundle (lapor-desktop-cli.exe
  --self-test offscreen, --bundle-check, lapor-hub.exe --help), then ISCC. Results:
    dist\lapor-desktop\                                   the bundle (lapor-desktop.exe windowed,
                                                          lapor-desktop-cli.exe, lapor-hub.exe)
    dist\lapor-desktop-<version>-windows-x64-setup.exe    the installer
  Nothing it writes is committed (build\ and dist\ are ignored by git).

.PARAMETER Python
  The interpreter to create the venv with (default "py -3.11"; falls back to "python").
.PARAMETER UseCurrentPython
  Use that interpreter's own environment instead of a fresh venv (it must hold the dependencies).
.PARAMETER Iscc
  Path to ISCC.exe (default: PATH, then the usual Inno Setup 6 folders).
.PARAMETER SkipInstaller
  Stop after the bundle and its smoke tests.
.PARAMETER NoDownload
  Do not download Indonesian.isl; it must then be in Inno Setup's Languages folder or in build\windows\.
#>
param(
  [string]$Python = "",
  [switch]$UseCurrentPython,
  [string]$Iscc = "",
  [switch]$SkipInstaller,
  [switch]$NoDownload
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Say($text) { Write-Host ""; Write-Host "== $text" }
function Run([string]$exe, [string[]]$arguments) {
  & $exe @arguments
  if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $exe $($arguments -join ' ')" }
}

# ---------------------------------------------------------------- interpreter and environment
if (-not $Python) {
  if (Get-Command py -ErrorAction SilentlyContinue) { $Python = "py -3.11" } else { $Python = "python" }
}
$pyParts = $Python.Split(" ")
$pyExe = $pyParts[0]; $pyArgs = @($pyParts | Select-Object -Skip 1)
if ($UseCurrentPython) {
  $Py = (& $pyExe @pyArgs -c "import sys; print(sys.executable)").Trim()
  $have = (& $Py -c "import importlib.util; print(importlib.util.find_spec('PyInstaller') is not None)").Trim()
  if ($have -ne "True") { Run $Py @("-m", "pip", "install", "-q", "--require-hashes", "-r", "packaging\requirements-bundle.txt") }
} else {
  Say "clean virtual environment in build\venv"
  if (Test-Path build\venv) { Remove-Item -Recurse -Force build\venv }
  Run $pyExe ($pyArgs + @("-m", "venv", "build\venv"))
  $Py = Join-Path $Root "build\venv\Scripts\python.exe"
  Run $Py @("-m", "pip", "install", "-q", "--require-hashes", "-r", "packaging\requirements-bundle.txt")
  Run $Py @("-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", ".")
}
Run $Py @("-c", "import sys, struct, PySide6, PyInstaller; assert struct.calcsize('P') == 8, 'need 64-bit Python'; print('python', sys.version.split()[0], '| PySide6', PySide6.__version__, '| PyInstaller', PyInstaller.__version__)")
$Version = (& $Py -c "import sys; sys.path.insert(0, '.'); import lapor_desktop; print(lapor_desktop.__version__)").Trim()

# ---------------------------------------------------------------- resources, translations, icon
Say "staging resources with compiled translations"
$Stage = Join-Path $Root "build\stage"
if (Test-Path $Stage) { Remove-Item -Recurse -Force $Stage }
New-Item -ItemType Directory -Force $Stage | Out-Null
Copy-Item -Recurse resources (Join-Path $Stage "resources")
# each .ts -> <name>.<hash of the .ts>.qm beside it (lapor_desktop.ui.qm_catalogue, Qt's lrelease)
Run $Py @("-m", "lapor_desktop.ui.qm_catalogue", (Join-Path $Stage "resources\translations"))
$Icons = Join-Path $Root "build\icons"
New-Item -ItemType Directory -Force $Icons | Out-Null
$env:QT_QPA_PLATFORM = "offscreen"
Run $Py @("packaging\render_icon.py", $Icons, "--ico")
$IconFile = Join-Path $Icons "lapor-desk.ico"

# ---------------------------------------------------------------- PyInstaller
Say "PyInstaller (one folder)"
if (Test-Path dist\lapor-desktop) { Remove-Item -Recurse -Force dist\lapor-desktop }
$env:LAPOR_RESOURCES = Join-Path $Stage "resources"
$env:LAPOR_ICON = $IconFile
Run $Py @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", "dist",
          "--workpath", "build\pyinstaller", "packaging\lapor-desktop.spec")
Remove-Item Env:LAPOR_RESOURCES, Env:LAPOR_ICON

# ---------------------------------------------------------------- smoke tests
Say "smoke tests of the bundle"
$Bundle = Join-Path $Root "dist\lapor-desktop"
$Cli = Join-Path $Bundle "lapor-desktop-cli.exe"   # console twin of the windowed lapor-desktop.exe
Run $Cli @("--version")
Run (Join-Path $Bundle "lapor-hub.exe") @("--help") | Out-Null
Run $Cli @("--bundle-check") | Out-File -Encoding utf8 build\bundle-check.json
$sw = [Diagnostics.Stopwatch]::StartNew()
$out = & $Cli --self-test
$sw.Stop()
if ($LASTEXITCODE -ne 0 -or -not ("$out" -match "self-test ok")) { throw "self-test FAILED: $out" }
Write-Host "$out; process wall time $([math]::Round($sw.Elapsed.TotalSeconds, 2)) s"
$size = (Get-ChildItem -Recurse -File $Bundle | Measure-Object -Sum Length).Sum
Write-Host ("bundle: {0:N0} MB  {1}" -f ($size / 1MB), $Bundle)

if ($SkipInstaller) { exit 0 }

# ---------------------------------------------------------------- Inno Setup
Say "Inno Setup"
if (-not $Iscc) {
  $found = Get-Command ISCC.exe -ErrorAction SilentlyContinue
  if ($found) { $Iscc = $found.Source }
  else {
    foreach ($c in @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                     "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) {
      if (Test-Path $c) { $Iscc = $c; break }
    }
  }
}
if (-not $Iscc) { throw "ISCC.exe not found: install Inno Setup 6.4+ (https://jrsoftware.org/isdl.php) or pass -Iscc PATH" }

$isccArgs = @("/DAppVersion=$Version", "/DBundleDir=$Bundle", "/DIconFile=$IconFile", "/O$(Join-Path $Root 'dist')")
$innoIsl = Join-Path (Split-Path $Iscc) "Languages\Indonesian.isl"
if (-not (Test-Path $innoIsl)) {
  $isl = Join-Path $Root "build\windows\Indonesian.isl"
  if (-not (Test-Path $isl)) {
    if ($NoDownload) { throw "Indonesian.isl missing: copy it to $isl (see packaging\README.md)" }
    New-Item -ItemType Directory -Force (Split-Path $isl) | Out-Null
    $url = "https://raw.githubusercontent.com/jrsoftware/issrc/main/Files/Languages/Unofficial/Indonesian.isl"
    Write-Host "downloading $url"
    Invoke-WebRequest -UseBasicParsing -Uri $url -OutFile $isl
  }
  $isccArgs += "/DIndonesianIsl=$isl"
}
Run $Iscc ($isccArgs + @("packaging\windows\lapor-desktop.iss"))
Get-ChildItem dist\lapor-desktop-*-setup.exe | ForEach-Object { Write-Host ("installer: {0:N0} MB  {1}" -f ($_.Length / 1MB), $_.FullName) }
