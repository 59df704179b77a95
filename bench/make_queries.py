#!/usr/bin/env python3
"""make_queries.py CORPUS.jsonl OUT.txt: 2,000 queries of 1-2 words in surface form, drawn
(seeded) from the first 5,000 articles of a corpus: the HTTP workload of make bench
(bench/run.sh) and bench/ab_searchd.sh, the same file for every engine and build."""
import json
import random
import re
import sys

random.seed(7)
words = []
with open(sys.argv[1], encoding="utf-8") as f:
    for i, line in enumerate(f):
        if i >= 5000:
            break
        words += [w for w in re.findall(r"\w+", json.loads(line)["body"])
                  if len(w) > 3 and not w.isdigit()]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(2000):
        out.write(" ".join(random.choice(words) for _ in range(1 + i % 2)) + "\n")
