#!/usr/bin/env bash
# Build the Linux one-folder bundle of LAPOR! Desk and its tarball.
#
#   packaging/build.sh [--use-current-python] [--no-tarball] [--keep-build]
#
# Default: a clean virtual environment in build/venv with exactly the locked versions
# (pip install --require-hashes -r packaging/requirements-bundle.txt; then the project, no deps).
# --use-current-python: use $PYTHON (default python3) as it is (its environment must already hold
# the project's dependencies; PyInstaller is installed into it from the same lock when missing).
# Steps: stage resources/ with compiled .qm translations (pyside6-lrelease; never committed),
# render the icon, run PyInstaller (packaging/lapor-desktop.spec), smoke-test the bundle
# (--self-test offscreen, --version, --bundle-check, lapor-hub --help), then write
#   dist/lapor-desktop/                                   the bundle
#   dist/lapor-desktop-<version>-linux-<arch>.tar.gz      bundle + .desktop entry + icon + install.sh
# and print the sizes and start-up times. Exit status non-zero when any step or check fails.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

USE_CURRENT=0; TARBALL=1; KEEP_BUILD=0
for arg in "$@"; do
  case "$arg" in
    --use-current-python) USE_CURRENT=1 ;;
    --no-tarball) TARBALL=0 ;;
    --keep-build) KEEP_BUILD=1 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

PYTHON="${PYTHON:-python3}"
say() { printf '\n== %s\n' "$*"; }
now() { date +%s.%N; }
T_START=$(now)

# --------------------------------------------------------------------------- environment
if [ "$USE_CURRENT" = 1 ]; then
  PY="$(command -v "$PYTHON")"
  "$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install -q --require-hashes -r packaging/requirements-bundle.txt
else
  say "clean virtual environment in build/venv"
  rm -rf build/venv
  "$PYTHON" -m venv build/venv
  PY="$ROOT/build/venv/bin/python"
  "$PY" -m pip install -q --require-hashes -r packaging/requirements-bundle.txt
  "$PY" -m pip install -q --no-deps --no-build-isolation .
fi
"$PY" -c "import sys, PySide6, PyInstaller; print('python', sys.version.split()[0], '| PySide6', PySide6.__version__, '| PyInstaller', PyInstaller.__version__)"
VERSION="$("$PY" -c "import sys; sys.path.insert(0, '.'); import lapor_desktop; print(lapor_desktop.__version__)")"
ARCH="$(uname -m)"

# --------------------------------------------------------------------------- resources and icon
say "staging resources with compiled translations"
STAGE="$ROOT/build/stage"
rm -rf "$STAGE"; mkdir -p "$STAGE"
cp -r resources "$STAGE/resources"
find "$STAGE/resources" -name '__pycache__' -prune -exec rm -rf {} +
shopt -s nullglob
TS=("$STAGE"/resources/translations/*.ts)
if [ ${#TS[@]} -gt 0 ]; then
  # lapor_desktop_id.ts and qtbase_id.ts (Qt's own strings) -> <name>.<hash of the .ts>.qm beside them
  "$PY" -m lapor_desktop.ui.qm_catalogue "$STAGE/resources/translations"
fi
shopt -u nullglob

ICONS="$ROOT/build/icons"
rm -rf "$ICONS"; mkdir -p "$ICONS"
cp packaging/icons/lapor-desk.svg "$ICONS/"
if ! QT_QPA_PLATFORM=offscreen "$PY" packaging/render_icon.py "$ICONS" >/dev/null; then
  echo "(icon: PNG rendering failed; shipping the SVG only)"
fi

# --------------------------------------------------------------------------- PyInstaller
say "PyInstaller (one folder)"
T0=$(now)
rm -rf dist/lapor-desktop
LAPOR_RESOURCES="$STAGE/resources" "$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/lapor-desktop.spec
T1=$(now)
BUILD_SECONDS=$(awk -v a="$T0" -v b="$T1" 'BEGIN { printf "%.0f", b - a }')

# --------------------------------------------------------------------------- smoke tests
BUNDLE="$ROOT/dist/lapor-desktop"
say "smoke tests of the bundle"
"$BUNDLE/lapor-desktop" --version
"$BUNDLE/lapor-hub" --help >/dev/null && echo "lapor-hub --help: ok"
"$BUNDLE/lapor-desktop" --bundle-check > build/bundle-check.json || { cat build/bundle-check.json; echo "bundle check FAILED" >&2; exit 1; }
echo "bundle check: ok (holidays, time zones, migrations, resources, compiled translations, hub modules, FTS5)"
SELFTEST_LINES=""
TIMEFORMAT='%R %U %S'
for run in 1 2 3; do  # the first run reads the files from disk; later runs from the page cache
  if ! T="$( { time QT_QPA_PLATFORM=offscreen "$BUNDLE/lapor-desktop" --self-test \
                 > build/self-test.out 2>/dev/null; } 2>&1 )" \
     || ! grep -q "^self-test ok" build/self-test.out; then
    cat build/self-test.out; echo "self-test FAILED (offscreen, run $run)" >&2; exit 1
  fi
  read -r WALL USR SYS <<< "$T"
  SELFTEST_LINES="$SELFTEST_LINES  offscreen run $run: $(cat build/self-test.out); process: wall ${WALL} s, CPU $(awk -v u="$USR" -v s="$SYS" 'BEGIN { printf "%.2f", u + s }') s
"
done
if command -v xvfb-run >/dev/null 2>&1; then  # a real X server: the xcb platform plugin and its libraries
  if ! xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb "$BUNDLE/lapor-desktop" --self-test \
       > build/self-test.out 2>/dev/null || ! grep -q "^self-test ok" build/self-test.out; then
    cat build/self-test.out; echo "self-test FAILED (Xvfb)" >&2; exit 1
  fi
  SELFTEST_LINES="$SELFTEST_LINES  Xvfb (xcb): $(cat build/self-test.out)
"
fi

# --------------------------------------------------------------------------- tarball
TARBALL_PATH=""
if [ "$TARBALL" = 1 ]; then
  say "tarball"
  NAME="lapor-desktop-$VERSION-linux-$ARCH"
  TDIR="$ROOT/build/tar/$NAME"
  rm -rf "$ROOT/build/tar"; mkdir -p "$TDIR/icons"
  cp -a "$BUNDLE" "$TDIR/lapor-desktop"
  cp packaging/linux/lapor-desktop.desktop "$TDIR/"
  cp packaging/linux/install.sh "$TDIR/"; chmod +x "$TDIR/install.sh"
  cp packaging/linux/README.txt "$TDIR/"
  cp "$ICONS"/lapor-desk.svg "$TDIR/icons/"
  [ -f "$ICONS/lapor-desk.png" ] && cp "$ICONS"/lapor-desk*.png "$TDIR/icons/"
  TARBALL_PATH="$ROOT/dist/$NAME.tar.gz"
  tar -C "$ROOT/build/tar" -czf "$TARBALL_PATH" "$NAME"
  rm -rf "$ROOT/build/tar"
fi

# --------------------------------------------------------------------------- report
say "result"
echo "bundle:   $(du -sh "$BUNDLE" | cut -f1)  $BUNDLE  (PyInstaller took ${BUILD_SECONDS} s)"
[ -n "$TARBALL_PATH" ] && echo "tarball:  $(du -sh "$TARBALL_PATH" | cut -f1)  $TARBALL_PATH"
echo "start-up (lapor-desktop --self-test, offscreen; 'usable' = main window shown, painted, reference data loaded):"
printf '%s' "$SELFTEST_LINES"
if [ "$KEEP_BUILD" = 0 ]; then
  rm -rf build/pyinstaller build/stage build/venv
fi
echo "total $(awk -v a="$T_START" -v b="$(now)" 'BEGIN { printf "%.0f", b - a }') s"
