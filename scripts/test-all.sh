#!/usr/bin/env bash
# Every test: types, lint, unit and integration tests (vitest, against real demo clusters over HTTPS),
# the production build, then the Playwright journeys in Chromium against that build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n== %s\n' "$*"; }

step "typecheck"; npx tsc --noEmit
step "lint"; npx eslint . --max-warnings=0
step "unit and integration tests (vitest)"; npx vitest run
step "production build"; npx next build
step "journeys (playwright)"; npx playwright test
step "sub-path build (BASE_PATH=/kubesys)"; BASE_PATH=/kubesys NEXT_DIST_DIR=.next-subpath npx next build
step "sub-path journeys behind nginx (playwright)"; npx playwright test -c playwright.subpath.config.ts
