#!/usr/bin/env python3
"""make_random_queries.py CORPUS.jsonl OUT.txt [--count 60000] [--seed 11]: distinct 1-2 word
queries drawn at random from the articles of a corpus, the workload issue 11 measured.

Every word of an article may be drawn (\\w+ tokens of the title and body, as written): stopwords,
numbers and one-letter words included, so stopword-only queries ("мен да") and rare pairs come up
as often as they do in the text. Half the queries are one word; of the two-word ones, half are
neighbours in the text and half two words anywhere in one article (mostly rare pairs). Articles
are drawn uniformly (the corpus is read once, streaming: works on the 1M corpus), queries are
shuffled and deduplicated, and the file is byte-identical for the same corpus and seed.
"""
import argparse
import collections
import json
import random
import re
import sys

WORD_RE = re.compile(r"\w+")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=60000, help="distinct queries (default: 60000)")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    with open(args.corpus, encoding="utf-8") as f:
        articles = sum(1 for _ in f)
    # Twice as many draws as queries wanted: duplicates (common words) are dropped below.
    draws = collections.Counter(rng.randrange(articles) for _ in range(2 * args.count))
    candidates = []
    with open(args.corpus, encoding="utf-8") as f:
        for i, line in enumerate(f):
            k = draws.get(i)
            if not k:
                continue
            doc = json.loads(line)
            words = WORD_RE.findall(doc["title"] + "\n" + doc["body"])
            if len(words) < 2:
                continue
            for _ in range(k):
                kind = rng.random()
                a = rng.randrange(len(words))
                if kind < 0.5:
                    q = words[a]
                elif kind < 0.75:
                    a = min(a, len(words) - 2)
                    q = words[a] + " " + words[a + 1]
                else:
                    q = words[a] + " " + words[rng.randrange(len(words))]
                candidates.append(q)
    rng.shuffle(candidates)
    seen, queries = set(), []
    for q in candidates:
        if q.lower() not in seen:
            seen.add(q.lower())
            queries.append(q)
        if len(queries) == args.count:
            break
    if len(queries) < args.count:
        sys.stderr.write("only %d distinct queries in this corpus\n" % len(queries))
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("".join(q + "\n" for q in queries))
    two = sum(" " in q for q in queries)
    sys.stderr.write("%d queries (%d one word, %d two words) -> %s\n" % (
        len(queries), len(queries) - two, two, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
