#!/usr/bin/env bash
# Runs every test: unit (xunit), component and HTTP (bUnit, WebApplicationFactory), and browser (Playwright + Chromium).
set -euo pipefail
cd "$(dirname "$0")"

chromium_path=/usr/bin/chromium
if [ ! -x "$chromium_path" ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing Chromium for the browser tests (apt-get install chromium)..."
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        echo "The browser tests need Chromium at $chromium_path. Install it first, for example: sudo apt-get install -y chromium" >&2
        exit 1
    fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test InterviewPrep.sln --nologo 2>&1 | tee "$log" || status=$?

# One closing line with the totals of all test projects.
awk '/^(Passed!|Failed!)/ {
        for (i = 1; i <= NF; i++) {
            if ($i == "Failed:") failed += $(i + 1)
            if ($i == "Passed:") passed += $(i + 1)
            if ($i == "Skipped:") skipped += $(i + 1)
        }
        projects++
    }
    END {
        gsub(",", "", passed)
        printf "Tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped
        if (projects < 3) { print "Expected results from 3 test projects, found " projects; exit 1 }
        if (skipped > 0) { print "Some tests were skipped: every test must run."; exit 1 }
    }' "$log" || status=1

exit $status
