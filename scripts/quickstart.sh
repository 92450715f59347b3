#!/usr/bin/env bash
# EOL Station quick start. One script, three jobs:
#   scripts/quickstart.sh demo   install what is missing, build, test the built-in simulated DUT
#                                (headless; then the operator screen when a display is present)
#   scripts/quickstart.sh test   install what is missing, build, run the whole test suite
#   scripts/quickstart.sh bench  install what is missing, build, print the benchmark tables
#   scripts/quickstart.sh package  install what is missing, build, make the Debian package
# Works on a fresh Debian bookworm machine (as root, or with sudo).
set -euo pipefail

job="${1:-demo}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${EOL_BUILD_DIR:-$root/build}"

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-serialport-dev
  libzxing-dev libsqlite3-dev libcurl4-openssl-dev libusb-1.0-0-dev libssl-dev
  qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql postgresql
  qt6-charts-dev
  python3 python3-jsonschema python3-openpyxl sqlite3 zlib1g-dev
  dpkg-dev fakeroot file lintian
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    return
  fi
  echo "== installing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_all() {
  if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  fi
  ninja -C "$build" -j "$(nproc)"
}

install_missing
build_all

case "$job" in
  demo)
    db="${EOL_DB:-$build/demo/records.db}"
    mkdir -p "$(dirname "$db")"
    echo
    echo "== a good unit: plan nrf91 against the simulated nRF9160 (sim:nrf91)"
    "$build/eol-station" run --plan nrf91 --port sim:nrf91,serial=SN00000001 --serial SN00000001 --db "$db"
    echo
    echo "== a bad unit: the simulated modem reports an IMEI that fails the Luhn check"
    set +e
    "$build/eol-station" run --plan nrf91 --port sim:nrf91,bad-imei,seed=2,serial=SN00000002 --serial SN00000002 --db "$db"
    bad=$?
    set -e
    if [ "$bad" -ne 1 ]; then
      echo "expected the bad unit to FAIL (exit 1), got exit $bad" >&2
      exit 2
    fi
    echo
    echo "== the local records ($db): passes and failures alike"
    "$build/eol-station" records list --db "$db" --limit 10
    echo
    echo "== the whole loop: a local registry (eol-registry on 127.0.0.1), the station syncs to it"
    reg="$(dirname "$db")/registry"
    rm -rf "$reg" && mkdir -p "$reg"
    "$build/eol-registry" token create --db "$reg/registry.db" --name demo-station --role station \
      > "$reg/station.token" 2>/dev/null
    "$build/eol-registry" token create --db "$reg/registry.db" --name demo-qa --role reader \
      > "$reg/reader.token" 2>/dev/null
    chmod 600 "$reg/station.token" "$reg/reader.token"
    "$build/eol-registry" serve --db "$reg/registry.db" --listen 127.0.0.1 --port 0 \
      > "$reg/serve.log" 2>&1 &
    regpid=$!
    trap 'kill "$regpid" 2>/dev/null || true' EXIT
    url=""
    for _ in $(seq 1 100); do
      url="$(sed -n 's/^listening on \(http[^ ]*\).*/\1/p' "$reg/serve.log" | head -n 1)"
      [ -n "$url" ] && break
      sleep 0.1
    done
    [ -n "$url" ] || { echo "the registry did not start:" >&2; cat "$reg/serve.log" >&2; exit 2; }
    echo "registry listening on $url"
    "$build/eol-station" sync now --db "$db" --registry "$url" --token-file "$reg/station.token" || true
    "$build/eol-station" sync status --db "$db" || true
    echo "-- what the registry now knows about SN00000001 (GET /api/v1/devices/SN00000001):"
    python3 - "$url" "$reg/reader.token" <<'PY'
import json, sys, urllib.request
url, token = sys.argv[1], open(sys.argv[2]).read().strip()
req = urllib.request.Request(url + "/api/v1/devices/SN00000001",
                             headers={"Authorization": "Bearer " + token})
d = json.load(urllib.request.urlopen(req, timeout=10))
print("  serial %s  imei %s  product %s  runs %d  configuration %s" % (
    d.get("serial"), d.get("imei"), d.get("product"), len(d.get("runs", [])),
    "created" if d.get("configuration") else "none"))
PY
    kill "$regpid" 2>/dev/null || true
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${EOL_HEADLESS:-}" ]; then
      echo
      echo "== the operator screen: scan or type SN00000001 and press Enter (close the window to end)"
      EOL_PORT="sim:nrf91,serial=SN00000001" EOL_DB="$db" "$build/eol-station"
    fi
    ;;
  test)
    cd "$build"
    ctest -j 2 --output-on-failure --timeout 600
    ;;
  bench)
    for b in "$build"/tests/bench/bench_*; do
      [ -x "$b" ] && "$b"
    done
    ;;
  package)
    (cd "$build" && cpack -G DEB)
    echo "install on a station: sudo apt install $(ls "$build"/packages/eol-station_*.deb | tail -n 1)"
    ;;
  *)
    echo "usage: $0 demo|test|bench|package" >&2
    exit 2
    ;;
esac
