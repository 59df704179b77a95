#!/usr/bin/env bash
# fuzz/make-seeds.sh OUT: writes one seed folder per fuzz target under OUT, from real Kazakh
# text: the shipped corpus/sample and, when present, ../shared/data beside the checkout (CI has
# it at the same place), plus the small hand-made seeds committed in fuzz/seeds/<target>/.
# Generated at run time so that nothing large is committed. Needs only coreutils, awk and
# perl-base (essential on Debian). Deterministic: the same data gives the same seeds.
set -euo pipefail
out=$1
repo=$(cd "$(dirname "$0")/.." && pwd)
data=$repo/../shared/data
sample=$repo/corpus/sample

rm -rf "$out"
export OUT=$out LC_ALL=C.UTF-8
targets=(page_reader jsonl_reader params query_syntax normalizer tokenizer stemmer translit org date)
for t in "${targets[@]}"; do
  mkdir -p "$out/$t"
  if [ -d "$repo/fuzz/seeds/$t" ]; then cp "$repo/fuzz/seeds/$t"/* "$out/$t/" 2>/dev/null || true; fi
done

# lines DIR PREFIX: each stdin line becomes one seed file DIR/PREFIX-NNNNN (no newline).
lines() {
  awk -v d="$1" -v p="$2" 'length($0) > 0 { f = sprintf("%s/%s-%05d", d, p, NR); printf "%s", $0 > f; close(f) }'
}
# every N: keeps every Nth line, spreading a sample over the whole file.
every() { awk -v n="$1" 'NR % n == 1'; }

# Pages: the shipped raw page, and pages assembled in the same shape from real news lines
# (a sidebar date + headline, the article's date, a blank line, title, blank, paragraphs).
cp "$sample"/pages/*.txt "$out/page_reader/" 2>/dev/null || true
jsonl=$sample/civic-news.jsonl
if [ -f "$jsonl" ]; then
  head -n 40 "$jsonl" | perl -ne '
    my $day = /"date": "(\d+)-(\d+)-(\d+)"/ ? "$3/$2/$1" : "01/01/2015";
    my $title = /"title": "((?:[^"\\]|\\.)*)"/ ? "$1" : "";
    my $body = /"body": "((?:[^"\\]|\\.)*)"/ ? "$1" : "";
    $body =~ s/\\n/\n/g; $body =~ s/\\"/"/g; $body = substr($body, 0, 1500);
    open(my $f, ">", sprintf("%s/page_reader/gen-%03d.txt", $ENV{OUT}, $.));
    print $f "28/09/2015\n$title\n$day\n\n$title\n\n$body\n"; close $f;'
  # JSON Lines: single records, and one chunk of several records with a blank line.
  head -n 60 "$jsonl" | lines "$out/jsonl_reader" sample
  { head -n 3 "$jsonl"; echo; sed -n 4,5p "$jsonl"; } > "$out/jsonl_reader/chunk"
fi

if [ -d "$data" ]; then
  titles=$data/headlines/titles.tsv
  queries=$data/questions-kazqad-dev/queries.jsonl
  docs=$data/questions-kazqad-dev/docs.jsonl
  orgs=$data/ner-kaznerd/org_gold_valid.tsv
  vocab=$data/morphology/tengrinews/bench_tokens_tengrinews_vocab.txt
  forms=$data/morphology/ud_kazakh_ktb/form_lemma_pairs.tsv
  news=$data/civic-news/gov-sites-2015

  head -n 40 "$docs" | lines "$out/jsonl_reader" kazqad
  # Queries: headlines and exam questions as typed, and percent-encoded as a browser sends them.
  { cut -f1 "$titles" | every 80; perl -ne 'print "$1\n" if /"text": "([^"]*)"/' "$queries" | every 4; } \
    > "$out/queries.txt"
  lines "$out/query_syntax" q < "$out/queries.txt"
  perl -ne 'chomp; s/([^A-Za-z0-9_.~-])/sprintf("%%%02X", ord($1))/ge;
            print(($. % 3 == 0) ? "q=$_&size=10&org=%D2%AE%D0%BA%D1%96%D0%BC%D0%B5%D1%82\n"
                                : "q=$_&date=2015-09..2016&page=2\n");' "$out/queries.txt" \
    | lines "$out/params" q
  rm "$out/queries.txt"
  # Words: a spread of real news vocabulary and treebank word forms.
  { every 150 < "$vocab"; cut -f2 "$forms" | every 60; } > "$out/words.txt"
  lines "$out/normalizer" w < "$out/words.txt"
  lines "$out/stemmer" w < "$out/words.txt"
  rm "$out/words.txt"
  tail -n +2 "$data/translit/test_pairs_2021.tsv" | cut -f2 | lines "$out/translit" latin
  tail -n +2 "$data/translit/test_pairs_2021.tsv" | cut -f1 | lines "$out/translit" cyr
  # Sentences: with organisation names, with written dates, and plain news text.
  awk -F'\t' '$3 != ""' "$orgs" | cut -f2 | every 20 | lines "$out/org" ner
  cat "$news"/*-kaz* | every 400 | lines "$out/org" news
  grep -h -E '(Күні:|[0-9]{2}/[0-9]{2}/[0-9]{4}|жыл(ғы|дың) [0-9]|[0-9]{1,2} [^ ]+ 20[0-9]{2})' \
    "$news"/* | every 40 | lines "$out/date" news
  cat "$news"/*-kaz* | every 400 | lines "$out/tokenizer" news
  cut -f2 "$orgs" | every 200 | lines "$out/tokenizer" ner
fi

for t in "${targets[@]}"; do
  n=$(find "$out/$t" -type f | wc -l)
  [ "$n" -gt 0 ] || { echo "make-seeds: no seeds for $t" >&2; exit 1; }
done
