#!/usr/bin/env bash
# Captures the operator screen's states (idle, running, pass, fail, error, bad scan) at
# 1366x768 under Xvfb into docs/screenshots/*.png.
#   scripts/screenshots.sh [build dir]      (default: build)
#   EOL_SCREEN=1920x1080 EOL_LANGUAGE=de EOL_SCREENSHOT_OUT=/tmp/shots scripts/screenshots.sh
# The station walks the states itself (EOL_SCREENSHOT_DIR, see app/ui/ScreenshotTour.h) with the
# simulated DUT and a throw-away database; each state is saved with QWidget::grab().
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
bin="$build/eol-station"
[ -x "$bin" ] || { echo "no $bin — build first (cmake --build $build)" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "xvfb-run missing: apt-get install xvfb" >&2; exit 2; }

out="${EOL_SCREENSHOT_OUT:-$root/docs/screenshots}"
screen="${EOL_SCREEN:-1366x768}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# A fixed identity and language so the pictures do not depend on who runs the script.
env -u QT_QPA_PLATFORM -u WAYLAND_DISPLAY \
    EOL_SCREENSHOT_DIR="$work" EOL_DB="$work/records.db" EOL_STATION_ID=line-3 \
    EOL_OPERATOR=maria EOL_PORT=sim:nrf91 EOL_PLAN=nrf91 EOL_AUTO_START=1 EOL_SOUNDS=0 \
    EOL_LANGUAGE="${EOL_LANGUAGE:-en}" XDG_CONFIG_HOME="$work/config" \
    timeout 120 xvfb-run -a -s "-screen 0 ${screen}x24" "$bin"

for state in idle running pass fail error bad-scan; do
    [ -f "$work/$state.png" ] || { echo "missing screenshot: $state" >&2; exit 1; }
    cp "$work/$state.png" "$out/$state.png"
    echo "$out/$state.png"
done
