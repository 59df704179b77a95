#!/usr/bin/env bash
# make bench: the performance suite of izdeu on a seeded synthetic corpus (bench/gen_corpus.py).
#   BENCH_ARTICLES=100000 (default) | 10000 | 1000000     corpus size
#   BENCH_OUT=bench/results-<N>.md                          where the Markdown report goes
#   BENCH_ROUNDS=3                                          izdeu/Xapian indexing rounds
#   BENCH_REAL=1 (default) | 0                              also run bench/run_real.sh
# Measures, in one run so that ratios are fair on a noisy machine: izdeu indexing rate, index
# size and peak RSS; Xapian as it comes and SQLite FTS5 on the same corpus and queries;
# in-process query latency by type; HTTP throughput and latency with wrk against a trivial
# endpoint and against /search. Then bench/run_real.sh: the same engine on a corpus of real
# sentences only with 60,000 random 1-2 word queries (stopwords and rare pairs included), whose
# HTTP ratio to /health is the figure that does not flatter us (issue 11); its report goes to
# bench/results-real-<N>.md and is appended here. Work files go to var/bench/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_ARTICLES:-100000}
BUILD=${BUILD:-build}
WORK=var/bench
OUT=${BENCH_OUT:-bench/results-$N.md}
mkdir -p "$WORK"
CORPUS=$WORK/corpus-$N.jsonl
QUERIES=$WORK/queries-$N.txt

if [ ! -s "$CORPUS" ]; then
  echo "bench: generating $N articles -> $CORPUS" >&2
  python3 bench/gen_corpus.py --articles "$N" --seed 1 --format jsonl --out "$CORPUS"
fi
# 1-2 word queries in surface form (the issue's HTTP workload), drawn (seeded) from the corpus
# text: the same file for every engine, for wrk, and for the in-process throughput it is compared to.
python3 bench/make_queries.py "$CORPUS" "$QUERIES"
TEXT_BYTES=$(python3 -c "import json,sys; print(sum(len(j['title'].encode())+len(j['body'].encode()) for j in map(json.loads, open(sys.argv[1], encoding='utf-8'))))" "$CORPUS")

# Indexing: izdeu and Xapian as it comes take turns, ROUNDS times. The machine's speed drifts by
# tens of percent within minutes, so each round's ratio compares neighbours, and the report
# gives every round and the median ratio.
ROUNDS=${BENCH_ROUNDS:-3}
case "$ROUNDS" in '' | *[!0-9]* | 0) echo "bench: BENCH_ROUNDS must be a positive number" >&2; exit 2 ;; esac
ROUND_ROWS=""
RATIOS=""
RSS_KB=0
for ROUND in $(seq "$ROUNDS"); do
  echo "bench: indexing round $ROUND of $ROUNDS: izdeu, then Xapian as it comes" >&2
  rm -rf "$WORK/izdeu.db"
  if ! /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$BUILD/indexer/izdeu-indexer" --quiet --db "$WORK/izdeu.db" "$CORPUS" 2> "$WORK/indexer.log"; then
    echo "bench: the indexer failed:" >&2
    cat "$WORK/indexer.log" >&2
    exit 1
  fi
  read -r SECS ROUND_RSS < "$WORK/time.txt"
  [ "$ROUND_RSS" -gt "$RSS_KB" ] && RSS_KB=$ROUND_RSS
  XAPIAN_ROW=$("$BUILD/bench/izdeu-baseline-xapian" --input "$CORPUS" --db "$WORK/xapian.db" --queries "$QUERIES")
  XSECS=$(echo "$XAPIAN_ROW" | awk -F'|' '{print $4}' | xargs)
  RATIO=$(python3 -c "print(f'{$XSECS/$SECS:.2f}')")
  RATIOS="$RATIOS $RATIO"
  ROUND_ROWS="$ROUND_ROWS| $ROUND | $SECS | $(python3 -c "print(round($N/$SECS))") | $XSECS | $(python3 -c "print(round($N/$XSECS))") | ${RATIO}x |
"
done
MEDIAN_RATIO=$(python3 -c "import statistics,sys; print(f'{statistics.median(map(float, sys.argv[1:])):.2f}')" $RATIOS)
SIZE=$(du -sb "$WORK/izdeu.db" | cut -f1)
SUMMARY=$(tail -n 1 "$WORK/indexer.log")

echo "bench: SQLite FTS5" >&2
FTS5_ROW=$("$BUILD/bench/izdeu-baseline-fts5" --input "$CORPUS" --db "$WORK/fts5.sqlite" --queries "$QUERIES")

echo "bench: analyzers" >&2
ANALYZER_TABLE=$("$BUILD/bench/izdeu-analyzer-bench" --benchmark_min_time=0.3 2>/dev/null |
  sed -n 's/^\(BM_[^ ]*\).*bytes_per_second=\([0-9.]*\)M\/s.*/| \1 | \2 MB\/s |/p')

echo "bench: in-process queries" >&2
QUERY_TABLE=$("$BUILD/bench/izdeu-query-bench" --db "$WORK/izdeu.db" --queries 300)

echo "bench: HTTP" >&2
"$BUILD/searchd/izdeu-searchd" --db "$WORK/izdeu.db" --port 0 --threads 2 > "$WORK/searchd.out" 2>&1 &
SEARCHD=$!
trap 'kill $SEARCHD 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q listening "$WORK/searchd.out" && break; sleep 0.1; done
PORT=$(sed -n 's/.*127.0.0.1:\([0-9]*\).*/\1/p' "$WORK/searchd.out" | head -1)
wrk_run() {  # connections, path-or-script
  if [ "$2" = search ]; then
    QUERIES_FILE="$QUERIES" wrk -t2 -c"$1" -d10s --latency -s bench/wrk_queries.lua "http://127.0.0.1:$PORT" 2>&1
  else
    wrk -t2 -c"$1" -d10s --latency "http://127.0.0.1:$PORT$2" 2>&1
  fi
}
# The in-process throughput it is compared to, measured again right before and right after the
# 64-connection runs.
in_process() {
  "$BUILD/bench/izdeu-query-bench" --db "$WORK/izdeu.db" --skip-latency --throughput "$QUERIES" \
    --threads 2 --throughput-seconds 10 | awk '/in-process throughput/ {print $(NF-1)}'
}
IN_BEFORE=$(in_process)
PING64=$(wrk_run 64 /ping)
SEARCH64=$(wrk_run 64 search)
IN_AFTER=$(in_process)
SEARCH4=$(wrk_run 4 search)
RSS_SEARCHD=$(awk '/VmHWM/ {print $2}' /proc/$SEARCHD/status)
kill $SEARCHD; wait $SEARCHD 2>/dev/null || true
rps() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
p99() { echo "$1" | awk '$1=="99%" {print $2}'; }
errors() { echo "$1" | grep -E "Non-2xx|Socket errors" || echo "none"; }

{
  echo "## $N articles — $(date -u +%Y-%m-%d), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo
  echo "Corpus: \`bench/gen_corpus.py --articles $N --seed 1\`, $(python3 -c "print(round($TEXT_BYTES/1e6,1))") MB of text."
  echo
  echo "### Indexing and queries, same corpus and query file"
  echo
  echo "| engine | articles | index s | articles/s | MB/s | index size / text | p50 ms | p99 ms |"
  echo "|---|---|---|---|---|---|---|---|"
  python3 -c "
n=$N; s=$SECS; size=$SIZE; text=$TEXT_BYTES
print(f'| izdeu (full analysis, 2 threads, compacted) | {n} | {s:.1f} | {n/s:.0f} | {text/1e6/s:.1f} | {size/text:.2f}x | see below | see below |')"
  echo "$XAPIAN_ROW"
  echo "$FTS5_ROW"
  echo
  echo "(izdeu and Xapian: the last of the rounds below; FTS5 ran once, after them.)"
  echo
  echo "izdeu indexer: peak RSS $((RSS_KB / 1024)) MB. Summary: \`$SUMMARY\`"
  echo
  echo "Indexing rounds, izdeu then Xapian as it comes each time:"
  echo
  echo "| round | izdeu s | izdeu articles/s | Xapian s | Xapian articles/s | speed-up (Xapian s / izdeu s) |"
  echo "|---|---|---|---|---|---|"
  printf "%s" "$ROUND_ROWS"
  echo
  echo "Median ratio: **${MEDIAN_RATIO}x** Xapian as it comes."
  echo
  echo "### Analyzer throughput, one core (Google Benchmark)"
  echo
  echo "| benchmark | throughput |"
  echo "|---|---|"
  echo "$ANALYZER_TABLE"
  echo
  echo "### izdeu in-process query latency (SearchService, top 10 with snippets)"
  echo
  echo "$QUERY_TABLE"
  echo
  echo "### HTTP (wrk, 2 threads, 10 s each; /search uses distinct 1-2 word queries, no cache)"
  echo
  echo "| endpoint | connections | requests/s | p99 latency | errors |"
  echo "|---|---|---|---|---|"
  echo "| /ping (trivial) | 64 | $(rps "$PING64") | $(p99 "$PING64") | $(errors "$PING64") |"
  echo "| /search | 64 | $(rps "$SEARCH64") | $(p99 "$SEARCH64") | $(errors "$SEARCH64") |"
  echo "| /search | 4 | $(rps "$SEARCH4") | $(p99 "$SEARCH4") | $(errors "$SEARCH4") |"
  echo
  python3 -c "
before, after, http, ping = $IN_BEFORE, $IN_AFTER, $(rps "$SEARCH64"), $(rps "$PING64")
print(f'In-process, 2 threads, same query file, 10 s each: {before:.0f} queries/s before the 64-connection runs, {after:.0f} after.')
print(f'/search at 64 connections = **{100*http/((before+after)/2):.1f}%** of their mean, and **{100*http/ping:.1f}%** of /ping.')"
  echo
  echo "searchd peak RSS: $((RSS_SEARCHD / 1024)) MB"
} > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"  # a failed report leaves the last good one in place
cat "$OUT"

if [ "${BENCH_REAL:-1}" != 0 ]; then
  trap - EXIT  # searchd of the synthetic run has stopped
  BENCH_ARTICLES=$N BUILD=$BUILD bash bench/run_real.sh
fi
