#!/bin/sh
# Install LAPOR! Desk for the current user (no root needed):
#   ./install.sh               program to ~/.local/opt/lapor-desktop, commands in ~/.local/bin,
#                              menu entry and icon in ~/.local/share
#   ./install.sh --uninstall   removes the program, commands, menu entry and icon; never the data
#                              (~/.local/share/LaporDesk, ~/.config/LaporDesk stay)
# PREFIX=/opt ./install.sh installs the program under /opt/lapor-desktop instead (then run as root;
# the menu entry still goes to the invoking user's ~/.local/share).
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local/opt}"
DEST="$PREFIX/lapor-desktop"
BIN="$HOME/.local/bin"
APPS="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
ICONS="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"

remove() {
  rm -rf "$DEST"
  for c in lapor-desktop lapor-hub; do
    if [ -L "$BIN/$c" ]; then rm -f "$BIN/$c"; fi
  done
  rm -f "$APPS/lapor-desktop.desktop" "$ICONS/scalable/apps/lapor-desk.svg"
  for s in 16 32 48 64 128 256; do rm -f "$ICONS/${s}x${s}/apps/lapor-desk.png"; done
}

if [ "${1:-}" = "--uninstall" ]; then
  remove
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS" || true
  echo "LAPOR! Desk removed. Data kept in ~/.local/share/LaporDesk (data tetap disimpan)."
  exit 0
fi

[ -x "$HERE/lapor-desktop/lapor-desktop" ] || { echo "install.sh: run it from the unpacked folder" >&2; exit 1; }
remove
mkdir -p "$PREFIX" "$BIN" "$APPS" "$ICONS/scalable/apps"
cp -a "$HERE/lapor-desktop" "$DEST"
ln -sf "$DEST/lapor-desktop" "$BIN/lapor-desktop"
ln -sf "$DEST/lapor-hub" "$BIN/lapor-hub"
cp "$HERE/icons/lapor-desk.svg" "$ICONS/scalable/apps/lapor-desk.svg"
for s in 16 32 48 64 128 256; do
  if [ "$s" = 256 ]; then f="$HERE/icons/lapor-desk.png"; else f="$HERE/icons/lapor-desk-$s.png"; fi
  if [ -f "$f" ]; then mkdir -p "$ICONS/${s}x${s}/apps"; cp "$f" "$ICONS/${s}x${s}/apps/lapor-desk.png"; fi
done
sed "s|^Exec=lapor-desktop|Exec=\"$DEST/lapor-desktop\"|" "$HERE/lapor-desktop.desktop" > "$APPS/lapor-desktop.desktop"
chmod 644 "$APPS/lapor-desktop.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" || true

echo "LAPOR! Desk installed in $DEST"
echo "Menu: LAPOR! Desk (and LAPOR! Desk (latihan) for the training profile)."
case ":$PATH:" in *":$BIN:"*) ;; *) echo "Add $BIN to PATH to use lapor-desktop / lapor-hub in a terminal." ;; esac
echo "First set-up (administrator): lapor-desktop setup --office-code KODE --office-name \"NAMA KANTOR\""
