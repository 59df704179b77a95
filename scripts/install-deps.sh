#!/usr/bin/env bash
# Installs the Debian packages izdeu builds and runs with, only when one is missing.
# Idempotent: a machine that has them all is left untouched (no apt-get update, no root needed).
# Also installs the npm packages of the browser tests (tests/web) when they are missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libxapian-dev xapian-tools      # index and search engine; xapian-compact for the final merge
  libpistache-dev                 # HTTP server
  libicu-dev                      # word break, normalisation, case folding
  libzstd-dev                     # document data compressed with a dictionary per index
  libjemalloc-dev                 # the indexer's allocator (Xapian's write path allocates a lot)
  rapidjson-dev                   # JSON in the HTTP layer and the JSONL reader
  libgtest-dev libgmock-dev       # unit and integration tests
  libbenchmark-dev                # analyzer micro-benchmarks
  libsqlite3-dev                  # SQLite FTS5 baseline in bench/
  wrk                             # HTTP load in bench/run.sh
  libcli11-dev                    # command lines with --help
  time                            # peak RSS in bench/run.sh
  curl                            # used by make run's readiness check and the README examples
  python3-yaml                    # docs/openapi.yaml -> the /openapi.json searchd serves
  clang libclang-rt-14-dev        # make fuzz: libFuzzer (libclang_rt.fuzzer) and clang's sanitizers
  clang-format                    # make format-check in .ci/run (clang-format 14, the repo's .clang-format)
  chromium                        # browser tests of the page and widget (tests/web)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm run the browser tests; the machine's own (any source) is used when present.
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# playwright-core (drives the chromium above; it never downloads a browser of its own), at the
# version in tests/web/package-lock.json, only when that version is not already installed.
# Without it the browser tests report themselves skipped, so a failure here is a warning.
web_tests="$(cd "$(dirname "$0")/../tests/web" && pwd)"
if ! (cd "$web_tests" && node -e 'const lock = require("./package-lock.json").packages["node_modules/playwright-core"];
      process.exit(require("./node_modules/playwright-core/package.json").version === lock.version ? 0 : 1)') 2>/dev/null; then
  echo "install-deps: npm ci in tests/web" >&2
  (cd "$web_tests" && npm ci --no-audit --no-fund --loglevel=error) ||
    echo "install-deps: npm ci failed; the browser tests will report themselves skipped" >&2
fi
