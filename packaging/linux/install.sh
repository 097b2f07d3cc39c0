#!/bin/sh
# Install a built Intake (dist/intake from `make package`) for the current user, or for
# everyone when run as root. Re-running it replaces the previous copy; workspaces are
# kept in the user's data folder and are never touched by installing or removing.
#
#   packaging/linux/install.sh [--user] [dist/intake]
#   packaging/linux/install.sh [--user] --uninstall
# --user installs for the current user even when run as root.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
user_only=no
if [ "${1:-}" = "--user" ]; then user_only=yes; shift; fi
if [ "$(id -u)" = 0 ] && [ "$user_only" = no ]; then
  prefix=/opt/intake; bin=/usr/local/bin; share=/usr/local/share
else
  prefix="${XDG_DATA_HOME:-$HOME/.local/share}/intake-app"; bin="$HOME/.local/bin"
  share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$prefix" "$bin/intake" "$share/applications/intake.desktop"
  find "$share/icons/hicolor" -name 'intake.png' -o -name 'intake.svg' 2>/dev/null | xargs -r rm -f
  echo "Intake removed (workspaces were not touched)."
  exit 0
fi
build="${1:-$here/../../dist/intake}"
[ -x "$build/intake" ] || { echo "No built app in $build: run 'make package' first." >&2; exit 1; }
rm -rf "$prefix"
mkdir -p "$prefix" "$bin" "$share/applications"
cp -R "$build/." "$prefix/"
ln -sf "$prefix/intake" "$bin/intake"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "$here/../icons/intake-$size.png" "$share/icons/hicolor/${size}x${size}/apps/intake.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$here/../icons/intake.svg" "$share/icons/hicolor/scalable/apps/intake.svg"
sed "s|^Exec=intake|Exec=$bin/intake|; s|^TryExec=intake|TryExec=$bin/intake|" \
  "$here/intake.desktop" > "$share/applications/intake.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$share/icons/hicolor" 2>/dev/null || true
echo "Intake installed in $prefix. Check it: $bin/intake --self-test"
