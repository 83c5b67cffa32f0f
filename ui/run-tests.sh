#!/usr/bin/env bash
# Everything the participant UI is tested with, in one go: install (npm ci), type-check and build,
# unit and translation tests (vitest), then the browser tests in Debian's Chromium with axe-core,
# which also write docs/screenshots/*.png. Exits non-zero if anything fails.
# Needs: node 20+, npm, and /usr/bin/chromium (apt-get install -y chromium). Never downloads a browser.
set -euo pipefail
cd "$(dirname "$0")"

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  echo "error: Chromium not found at $CHROMIUM." >&2
  echo "       Install Debian's chromium first: apt-get update && apt-get install -y chromium" >&2
  exit 2
fi
export CHROMIUM
# The webview and Intl must not inherit a C locale (navigator.language = "C").
case "${LANG:-C}" in C | C.* | POSIX) export LANG=en_US.UTF-8 ;; esac

echo "== npm ci"
npm ci --no-audit --no-fund

echo "== type-check and build"
npm run build

echo "== JS and CSS size (gzip; the code, and each language's messages on their own)"
node tests/size.mjs

echo "== unit and translation tests"
npx vitest run

echo "== browser tests (Chromium, mocked Tauri, axe-core)"
node tests/e2e/run.mjs

echo "== the app under its Content-Security-Policy (src-tauri/tauri.conf.json)"
node tests/e2e/csp.mjs
