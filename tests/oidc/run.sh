#!/usr/bin/env bash
# Console single sign-on in Debian's chromium: a real veikart-server configured for a real OpenID
# Connect provider (provider.mjs, with its login page), each on its own loopback host (localhost
# and 127.0.0.1 are different sites, as the console and a municipal provider are), so the
# browser's SameSite rules apply as they will in production. Prints "N passed, M failed".
# Usage: tests/oidc/run.sh [path/to/veikart-server]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
server="${1:-}"
if [ -z "$server" ]; then
  (cd "$root" && cargo build -q -p veikart-server)
  server="$target/debug/veikart-server"
fi
command -v chromium >/dev/null || { echo "chromium missing: apt-get install -y chromium"; echo "0 passed, 1 failed"; exit 1; }
(cd "$here" && npm ci --no-audit --no-fund --silent)
work="$(mktemp -d)"
db="sqlite://$work/server.sqlite"
secret="a-client-secret-for-the-browser-test"
port=$(( 20000 + RANDOM % 20000 ))
public="http://localhost:$port"
"$server" --database "$db" add-caseworker --email kari.test@ostensjo.oslo.kommune.no \
  --name "Kari Nordmann" --bydel ostensjo --role admin <<<"korrekt hest batteri" >/dev/null 2>&1
mkfifo "$work/provider-in"
OIDC_LOGIN_PAGE=1 OIDC_CLIENT_ID=veikart OIDC_CLIENT_SECRET="$secret" \
  OIDC_REDIRECT_URI="$public/console/sso/callback" \
  node "$here/provider.mjs" <"$work/provider-in" >"$work/provider.out" 2>"$work/provider.log" &
provider=$!
exec 3>"$work/provider-in"
trap 'exec 3>&-; kill $provider ${srv:-} 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -s "$work/provider.out" ] && break; sleep 0.1; done
issuer="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).issuer)' "$work/provider.out")"
VEIKART_OIDC_CLIENT_SECRET="$secret" "$server" --database "$db" serve --bind "127.0.0.1:$port" \
  --oidc-issuer "$issuer" --oidc-client-id veikart --public-url "$public" >"$work/server.log" 2>&1 &
srv=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
VEIKART_URL="$public" OIDC_ISSUER="$issuer" node "$here/browser.test.mjs"
