#!/usr/bin/env bash
# bench/http_ratio.sh DB QUERIES SEARCHD [SEARCHD2]: HTTP throughput of /search with the queries
# of a file (one a line, each request the next one: no cache hits) against /health, the cheapest
# endpoint that still touches the index, at 64 connections (wrk, 2 threads, SECONDS each).
# /health and /search take turns ROUNDS times (the VM's speed drifts within minutes, so each
# round's ratio compares neighbours), and every round is printed as a Markdown row. With a second
# searchd the two builds also take turns (A/B on one index, same rounds). Then /search at 4
# connections (latency). Env: ROUNDS (3), SECONDS_EACH (10), CONNECTIONS (64).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$1 QUERIES=$2
shift 2
ROUNDS=${ROUNDS:-3}
SECS=${SECONDS_EACH:-10}
CONN=${CONNECTIONS:-64}
WORK=var/bench
mkdir -p "$WORK"

start() {  # start BINARY: starts searchd on a free port, sets PID and PORT
  "$1" --db "$DB" --port 0 --threads 2 > "$WORK/http_ratio.out" 2>&1 &
  PID=$!
  for _ in $(seq 300); do grep -q listening "$WORK/http_ratio.out" 2>/dev/null && break; sleep 0.1; done
  PORT=$(sed -n 's/.*127.0.0.1:\([0-9]*\).*/\1/p' "$WORK/http_ratio.out" | head -1)
  [ -n "$PORT" ] || { cat "$WORK/http_ratio.out" >&2; exit 1; }
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; }
wrk_search() {  # connections -> wrk output
  QUERIES_FILE="$QUERIES" wrk -t2 -c"$1" -d"${SECS}s" --latency -s bench/wrk_queries.lua \
    "http://127.0.0.1:$PORT" 2>&1
}
rps() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
p99() { echo "$1" | awk '$1=="99%" {print $2}'; }
errors() {
  echo "$1" | awk '/Non-2xx/ {e = e "non-2xx " $NF " "} /Socket errors/ {e = e "socket " $0} END {print (e == "" ? "none" : e)}'
}

echo "| round | build | /health req/s | /search req/s | ratio | /search p99 | errors |"
echo "|---|---|---|---|---|---|---|"
for ROUND in $(seq "$ROUNDS"); do
  for BIN in "$@"; do
    start "$BIN"
    H=$(wrk -t2 -c"$CONN" -d"${SECS}s" --latency "http://127.0.0.1:$PORT/health" 2>&1)
    S=$(wrk_search "$CONN")
    stop
    RATIO=$(python3 -c "print(f'{$(rps "$S")/$(rps "$H"):.3f}')")
    echo "| $ROUND | $(basename "$(dirname "$BIN")")/$(basename "$BIN") | $(rps "$H") | $(rps "$S") | ${RATIO}x | $(p99 "$S") | $(errors "$H") / $(errors "$S") |"
  done
done
echo
echo "| build | /search at 4 connections: req/s | p50 | p99 |"
echo "|---|---|---|---|"
for BIN in "$@"; do
  start "$BIN"
  S=$(wrk_search 4)
  stop
  echo "| $(basename "$(dirname "$BIN")")/$(basename "$BIN") | $(rps "$S") | $(echo "$S" | awk '$1=="50%" {print $2}') | $(p99 "$S") |"
done
