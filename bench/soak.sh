#!/usr/bin/env bash
# bench/soak.sh: searchd at saturation with the mix of bench/soak.lua (words, phrases, facets,
# empty and '*' queries, page 2, missing articles, 20-query batches, exports) for SOAK_SECONDS
# (600) at SOAK_CONNECTIONS (64), on the BENCH_ARTICLES (100000) corpus of make bench.
# Reports answers by class, socket errors, whether searchd survived, and its RSS every 30 s.
#   BUILD=build SOAK_SECONDS=600 SOAK_CONNECTIONS=64 bash bench/soak.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_ARTICLES:-100000}
BUILD=${BUILD:-build}
SECONDS_TOTAL=${SOAK_SECONDS:-600}
CONNECTIONS=${SOAK_CONNECTIONS:-64}
WORK=var/bench
CORPUS=$WORK/corpus-$N.jsonl
DB=$WORK/soak-$N.db
WORDS=$WORK/soak-words.txt
PORT=${SOAK_PORT:-18431}
mkdir -p "$WORK"
[ -s "$CORPUS" ] || python3 bench/gen_corpus.py --articles "$N" --seed 1 --format jsonl --out "$CORPUS"
[ -d "$DB" ] || "$BUILD/indexer/izdeu-indexer" --quiet --db "$DB" "$CORPUS"
# Words of the corpus, percent-encoded once here so that the Lua script only joins them.
python3 - "$CORPUS" "$WORDS" <<'PY'
import json, random, re, sys, urllib.parse
random.seed(11)
words = []
with open(sys.argv[1], encoding="utf-8") as f:
    for i, line in enumerate(f):
        if i >= 3000: break
        words += [w for w in re.findall(r"\w+", json.loads(line)["body"]) if len(w) > 3]
with open(sys.argv[2], "w") as out:
    for w in random.sample(words, 5000):
        out.write(urllib.parse.quote(w) + "\n")
PY
"$BUILD/searchd/izdeu-searchd" --db "$DB" --port "$PORT" > "$WORK/soak-searchd.out" 2> "$WORK/soak-searchd.err" &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q listening "$WORK/soak-searchd.out" 2>/dev/null && break; sleep 0.2; done
rss() { awk '/VmRSS/ {print $2}' "/proc/$PID/status" 2>/dev/null || echo dead; }
echo "soak: searchd pid $PID, RSS at start $(rss) kB, $CONNECTIONS connections for $SECONDS_TOTAL s"
( for _ in $(seq $((SECONDS_TOTAL / 30))); do sleep 30; echo "soak: RSS $(rss) kB"; done ) &
WATCH=$!
SOAK_WORDS=$WORDS wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_TOTAL}s" --timeout 30s -s bench/soak.lua \
  "http://127.0.0.1:$PORT" | tail -n 12
wait $WATCH 2>/dev/null || true
if kill -0 $PID 2>/dev/null; then
  echo "soak: searchd alive after the soak, RSS $(rss) kB"
  kill -TERM $PID
  wait $PID && echo "soak: searchd stopped cleanly (exit 0)"
else
  echo "soak: searchd DIED"; cat "$WORK/soak-searchd.err"; exit 1
fi
