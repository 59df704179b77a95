#!/usr/bin/env bash
# The part of make bench that does not flatter us (issue 11): a corpus of real sentences only
# (bench/gen_real_corpus.py), 60,000 distinct 1-2 word queries drawn at random from its articles
# (bench/make_random_queries.py: stopwords, numbers and rare pairs included), izdeu's in-process
# latency by query type with those queries as a type of their own and in the mix, and the HTTP
# ratio of /search with them to /health at 64 connections, in alternating rounds
# (bench/http_ratio.sh), every round reported. Run by bench/run.sh; alone:
#   BENCH_ARTICLES=100000 (default) | 1000000     corpus size
#   BENCH_HTTP_ROUNDS=3                            /health and /search rounds
#   BENCH_REAL_OUT=bench/results-real-<N>.md       where the Markdown report goes
# Work files go to var/bench/ (ignored by git); an existing index of the corpus is rebuilt.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_ARTICLES:-100000}
BUILD=${BUILD:-build}
WORK=var/bench
OUT=${BENCH_REAL_OUT:-bench/results-real-$N.md}
mkdir -p "$WORK"
CORPUS=$WORK/real-$N.jsonl
QUERIES=$WORK/random-queries-$N.txt
DB=$WORK/real-$N.db

if [ ! -s "$CORPUS" ]; then
  echo "bench: generating $N articles of real sentences -> $CORPUS" >&2
  python3 bench/gen_real_corpus.py --articles "$N" --seed 1 --out "$CORPUS"
fi
python3 bench/make_random_queries.py "$CORPUS" "$QUERIES"

echo "bench: indexing $CORPUS" >&2
rm -rf "$DB"
/usr/bin/time -f "%e %M" -o "$WORK/real-time.txt" "$BUILD/indexer/izdeu-indexer" --quiet \
  --db "$DB" "$CORPUS" 2> "$WORK/real-indexer.log" || { cat "$WORK/real-indexer.log" >&2; exit 1; }
read -r SECS RSS_KB < "$WORK/real-time.txt"

echo "bench: in-process queries" >&2
QUERY_TABLE=$("$BUILD/bench/izdeu-query-bench" --db "$DB" --queries 300 --random-queries "$QUERIES")
IN_PROCESS=$("$BUILD/bench/izdeu-query-bench" --db "$DB" --skip-latency --throughput "$QUERIES" \
  --threads 2 --throughput-seconds 10 | awk '/in-process throughput/ {print $(NF-1)}')

echo "bench: HTTP, /health and /search with the random queries in turns" >&2
HTTP_TABLE=$(ROUNDS=${BENCH_HTTP_ROUNDS:-3} bash bench/http_ratio.sh "$DB" "$QUERIES" \
  "$BUILD/searchd/izdeu-searchd")

{
  echo "## Real sentences, $N articles — $(date -u +%Y-%m-%d), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo
  echo "Corpus: \`bench/gen_real_corpus.py --articles $N --seed 1\` ($(du -m "$CORPUS" | cut -f1) MB of JSON Lines);"
  echo "queries: \`bench/make_random_queries.py\`, $(wc -l < "$QUERIES") distinct 1-2 word queries drawn from its articles."
  echo
  echo "Indexing: $SECS s ($(python3 -c "print(round($N/$SECS))") articles/s), index $(du -sm "$DB" | cut -f1) MB, peak RSS $((RSS_KB / 1024)) MB."
  echo
  echo "### In-process latency (SearchService, top 10 with snippets; the random queries are in the mix)"
  echo
  echo "$QUERY_TABLE"
  echo
  echo "In-process throughput, 2 threads, the random queries: $IN_PROCESS queries/s."
  echo
  echo "### HTTP: /search with the random queries against /health (wrk, 2 threads, 64 connections, 10 s each, alternating)"
  echo
  echo "$HTTP_TABLE"
} > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
cat "$OUT"
