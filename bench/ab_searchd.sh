#!/usr/bin/env bash
# bench/ab_searchd.sh OLD_SEARCHD NEW_SEARCHD DB: HTTP throughput of two izdeu-searchd builds on
# the same index, taking turns ROUNDS (3) times so that the VM's drift hits both alike. Each
# turn: /search with the bench's 1-2 word queries at 64 connections (throughput) and at 4
# (latency), 10 s each, and /ping at 64. Prints one row per turn; compare within a round.
set -euo pipefail
cd "$(dirname "$0")/.."
OLD=$1 NEW=$2 DB=$3
ROUNDS=${ROUNDS:-3}
PORT=18432
QUERIES=var/bench/ab-queries.txt
[ -s "$QUERIES" ] || python3 bench/make_queries.py var/bench/corpus-100000.jsonl "$QUERIES"
run() {  # run NAME BINARY
  "$2" --db "$DB" --port $PORT > var/bench/ab.out 2> var/bench/ab.err &
  local pid=$!
  for _ in $(seq 100); do grep -q listening var/bench/ab.out 2>/dev/null && break; sleep 0.2; done
  local s64 s4 ping
  s64=$(QUERIES_FILE=$QUERIES wrk -t2 -c64 -d10s -s bench/wrk_queries.lua "http://127.0.0.1:$PORT" | awk '/Requests\/sec/ {print $2} /Non-2xx/ {print "non2xx=" $4}' | xargs)
  s4=$(QUERIES_FILE=$QUERIES wrk -t2 -c4 -d10s --latency -s bench/wrk_queries.lua "http://127.0.0.1:$PORT" | awk '/Requests\/sec/ {r=$2} / 99%/ {p=$2} END {print r " p99=" p}')
  ping=$(wrk -t2 -c64 -d10s "http://127.0.0.1:$PORT/ping" | awk '/Requests\/sec/ {print $2}')
  kill $pid; wait $pid 2>/dev/null || true
  echo "| $ROUND | $1 | $s64 | $s4 | $ping |"
}
echo "| round | build | /search req/s at 64 | /search req/s at 4, p99 | /ping req/s at 64 |"
echo "|---|---|---|---|---|"
for ROUND in $(seq "$ROUNDS"); do
  run old "$OLD"
  run new "$NEW"
done
