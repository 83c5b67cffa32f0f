#!/usr/bin/env bash
# The console's browser tests: a real veikart-server with demo data, Debian's chromium through
# playwright-core, the `veikart` CLI as the participant's device. Prints "N passed, M failed".
# Usage: tests/console/run.sh [path/to/veikart-server] [path/to/veikart]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
server="${1:-}"; cli="${2:-}"
if [ -z "$server" ] || [ -z "$cli" ]; then
  (cd "$root" && cargo build -q -p veikart-server -p veikart-client)
  server="${server:-$target/debug/veikart-server}"; cli="${cli:-$target/debug/veikart}"
fi
command -v chromium >/dev/null || { echo "chromium missing: apt-get install -y chromium"; echo "0 passed, 1 failed"; exit 1; }
(cd "$here" && npm ci --no-audit --no-fund --silent)
work="$(mktemp -d)"
db="sqlite://$work/server.sqlite"
"$server" --database "$db" demo-seed >/dev/null
export VEIKART_EMAIL="kari.test@ostensjo.oslo.kommune.no" VEIKART_PASSWORD="korrekt hest batteri"
"$server" --database "$db" add-caseworker --email "$VEIKART_EMAIL" --name "Kari Nordmann" --bydel ostensjo --role admin >/dev/null
export VEIKART_MUNI_EMAIL="eva.test@oslo.kommune.no"
"$server" --database "$db" add-caseworker --email "$VEIKART_MUNI_EMAIL" --name "Eva Berg" --bydel ostensjo --role municipality_admin >/dev/null
# The demo's teacher at Voksenopplæringen, named in the demo's three-way meetings.
export VEIKART_TEACHER_EMAIL="anne.solberg@oslovo.oslo.kommune.no"
"$server" --database "$db" add-caseworker --email "$VEIKART_TEACHER_EMAIL" --name "Anne Solberg" --bydel grorud --role teacher --school oslo-vo-rosenhof >/dev/null
port=$(( 20000 + RANDOM % 20000 ))
"$server" --database "$db" serve --bind "127.0.0.1:$port" >"$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
VEIKART_URL="http://127.0.0.1:$port" VEIKART_CLI="$cli" node "$here/console.test.mjs"
