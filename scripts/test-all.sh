#!/usr/bin/env bash
# Every test: types, lint, unit and integration tests (vitest, against real demo clusters over HTTPS),
# the production build, then the Playwright journeys in Chromium against that build: at the root, then
# behind nginx at the root and under two sub-paths (BASE_PATH is given when each server starts).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n== %s\n' "$*"; }

step "typecheck"; npx tsc --noEmit
step "lint"; npx eslint . --max-warnings=0
step "unit and integration tests (vitest)"; npx vitest run
step "production build"; npx next build
step "journeys (playwright)"; npx playwright test
step "the same build at /, /kubesys and /ops/kube-system behind nginx (playwright)"; npx playwright test -c playwright.subpath.config.ts
