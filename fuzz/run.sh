#!/usr/bin/env bash
# fuzz/run.sh BUILD SECONDS [TARGET...]: runs each libFuzzer target of BUILD (default: all) for
# SECONDS, $JOBS at a time (default: nproc), from fresh seeds (fuzz/make-seeds.sh) plus the
# corpus earlier runs grew in BUILD/fuzz-corpus/TARGET. Fails if any target crashes, leaks,
# breaks an invariant (FUZZ_CHECK), hits undefined behaviour or takes over 10 s on one input.
# A failing input is saved as BUILD/fuzz-crashes/TARGET-crash-*; replay it with
#   BUILD/fuzz/TARGET_fuzzer BUILD/fuzz-crashes/TARGET-crash-...
set -euo pipefail
build=$1
seconds=$2
shift 2
repo=$(cd "$(dirname "$0")/.." && pwd)
all=(page_reader jsonl_reader params query_syntax normalizer tokenizer stemmer translit org date)
targets=("${@:-${all[@]}}")
jobs=${JOBS:-$(nproc)}

# The longest input worth trying: whole files for the readers, a query (kMaxQueryBytes is 4096,
# so longer ones test the refusal) or a passage for text, a long word for word functions.
max_len() {
  case $1 in
    page_reader | jsonl_reader) echo 65536 ;;
    normalizer | stemmer | translit) echo 512 ;;
    *) echo 8192 ;;
  esac
}

bash "$repo/fuzz/make-seeds.sh" "$build/fuzz-seeds"
mkdir -p "$build/fuzz-crashes" "$build/fuzz-logs"

run_one() {
  local t=$1
  local rc=0
  mkdir -p "$build/fuzz-corpus/$t"
  ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1 \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$build/fuzz/${t}_fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$(max_len "$t")" -print_final_stats=1 \
    -artifact_prefix="$build/fuzz-crashes/$t-" \
    "$build/fuzz-corpus/$t" "$build/fuzz-seeds/$t" >"$build/fuzz-logs/$t.log" 2>&1 || rc=$?
  echo "$rc" >"$build/fuzz-logs/$t.rc"
}

failed=()
running=0
for t in "${targets[@]}"; do
  [ -x "$build/fuzz/${t}_fuzzer" ] || { echo "fuzz: $build/fuzz/${t}_fuzzer is not built" >&2; exit 1; }
  rm -f "$build/fuzz-logs/$t.rc"
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait
for t in "${targets[@]}"; do
  if [ "$(cat "$build/fuzz-logs/$t.rc" 2>/dev/null)" = 0 ]; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/fuzz-logs/$t.log" | grep -o '[0-9]*$' || echo '?')
    cov=$(grep -o 'cov: [0-9]*' "$build/fuzz-logs/$t.log" | tail -n 1 || true)
    echo "fuzz: $t ok ($runs runs in ${seconds}s, $cov)"
  else
    failed+=("$t")
    echo "===== fuzz: $t FAILED; end of $build/fuzz-logs/$t.log:"
    tail -n 60 "$build/fuzz-logs/$t.log"
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failures in ${failed[*]}; inputs in $build/fuzz-crashes/" >&2
  exit 1
fi
