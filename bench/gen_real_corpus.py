#!/usr/bin/env python3
"""Generate a seeded news corpus of real sentences only, for benchmarks that must not flatter.

Unlike gen_corpus.py, nothing is made up: no generated names, places or numbers. Articles are
runs of real sentences of ../shared/data (see its README.md):
  Kazakh  civic-news/gov-sites-2015 *-kaz* lines, headlines/*_corpus.tsv (de-tokenised),
          KazNERD sentences (ner-kaznerd/IOB2_valid2.txt), kazqad-dev passages split into
          sentences (questions-kazqad-dev/docs.jsonl, the kq-* documents);
  Russian civic-news/gov-sites-2015 *-ru* lines (RU_SHARE of the articles).
So the vocabulary stops growing with the corpus, common words match a large share of the
articles, and queries drawn from the articles (make_random_queries.py) include stopwords and
rare pairs: the workload issue 11 measured and bench/run.sh now adds to its mix.

Each paragraph is a run of 1-4 consecutive sentences of one source (consecutive lines of a
scrape are usually one article, so paragraphs read as news); titles are real headlines
(headlines/titles.tsv) or, for Russian, a short real sentence. Lengths are log-normal (median
~1.8 KB, 250 B to 20 KB), dates spread over 2008-2025 with more articles in later years.

  python3 bench/gen_real_corpus.py --articles 100000 --seed 1 --out var/bench/real-100000.jsonl

Output is streamed (constant memory) and byte-identical for the same --seed, --articles and
input data. Stdlib only.
"""

import argparse
import bisect
import datetime
import glob
import json
import math
import os
import random
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_corpus import DEFAULT_DATA, JUNK_RE, KK_LETTERS, WORD_RE, clean, detokenise  # noqa: E402

RU_SHARE = 0.15
SOURCES = ["primeminister.kz", "inform.kz", "akorda.kz", "egov.kz", "government.kz",
           "nationalbank.kz", "election.kz", "almaty.gov.kz", "kazinform.kz", "zakon.kz"]
YEAR_FIRST, YEAR_LAST = 2008, 2025
LENGTH_MEDIAN, LENGTH_SIGMA = 1800, 0.7  # UTF-8 bytes of the body, log-normal
LENGTH_MIN, LENGTH_MAX = 250, 20000


def sentence_ok(s, lang):
    """Whole sentences of the wanted language (the scrapes also hold menus and date lines)."""
    if not s or not s[0].isupper() or s[-1] not in ".!?" or JUNK_RE.search(s):
        return False
    if not 3 <= len(WORD_RE.findall(s)) <= 80:
        return False
    if sum(c.isdigit() for c in s) > len(s) * 0.2:
        return False
    kk = sum(c in KK_LETTERS for c in s)
    return kk > 0 if lang == "kk" else kk == 0


def split_sentences(text):
    """Passage -> sentences, at a stop followed by a space and a capital (good enough here)."""
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[А-ЯӘІҢҒҮҰҚӨҺЁA-Z«])", text) if s.strip()]


def kaznerd_sentences(path):
    """CoNLL `token tag` lines, a sentence per block after its id line -> running text."""
    out, tokens = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if tokens:
                    out.append(detokenise(" ".join(tokens)))
                tokens = []
                continue
            token = line.rsplit(" ", 1)[0]
            if re.fullmatch(r"AID\d+", token):
                continue
            tokens.append(token)
    if tokens:
        out.append(detokenise(" ".join(tokens)))
    return out


def load_runs(data):
    """Return {'kk': [run, ...], 'ru': [...]}: each run a list of consecutive sentences of one
    source in their original order (a paragraph is cut out of one run)."""
    runs = {"kk": [], "ru": []}
    gov = os.path.join(data, "civic-news", "gov-sites-2015")
    for path in sorted(glob.glob(os.path.join(gov, "*"))):
        name = os.path.basename(path)
        lang = "kk" if "kaz" in name else "ru" if re.search(r"[-+]ru", name) else None
        if lang is None:
            continue
        run = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                s = clean(line)
                if sentence_ok(s, lang):
                    run.append(s)
                elif run:  # a headline, date or menu line: the article ends here
                    runs[lang].append(run)
                    run = []
        if run:
            runs[lang].append(run)
    for path in sorted(glob.glob(os.path.join(data, "headlines", "*_corpus.tsv"))):
        run = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                s = detokenise(line.split("\t", 1)[0].strip())
                if '"' not in s and sentence_ok(s, "kk"):
                    run.append(s)
                if len(run) == 8:
                    runs["kk"].append(run)
                    run = []
    ner = [s for s in kaznerd_sentences(os.path.join(data, "ner-kaznerd", "IOB2_valid2.txt"))
           if sentence_ok(s, "kk")]
    runs["kk"] += [ner[i:i + 8] for i in range(0, len(ner), 8)]
    with open(os.path.join(data, "questions-kazqad-dev", "docs.jsonl"), encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["id"].startswith("kq-"):
                run = [s for s in split_sentences(doc["body"]) if sentence_ok(s, "kk")]
                if run:
                    runs["kk"].append(run)
    return runs


def load_titles(data):
    with open(os.path.join(data, "headlines", "titles.tsv"), encoding="utf-8") as f:
        return [t for t in (line.split("\t", 1)[0].strip() for line in f) if t]


class Picker:
    """Draws runs with probability proportional to their number of sentences, then a start."""

    def __init__(self, runs):
        self.runs = runs
        self.cumulative = []
        total = 0
        for run in runs:
            total += len(run)
            self.cumulative.append(total)
        self.total = total

    def paragraph(self, rng):
        i = bisect.bisect_right(self.cumulative, rng.randrange(self.total))
        run = self.runs[i]
        start = rng.randrange(len(run))
        return run[start:start + rng.randint(1, 4)]


def year_weights():
    """More articles in later years (archives grow): weight 1 in YEAR_FIRST to 3 in YEAR_LAST."""
    years = list(range(YEAR_FIRST, YEAR_LAST + 1))
    return years, [1 + 2 * (y - YEAR_FIRST) / (YEAR_LAST - YEAR_FIRST) for y in years]


def make_article(n, rng, pools):
    lang = "ru" if rng.random() < RU_SHARE else "kk"
    picker = pools[lang]
    if lang == "kk":
        title = rng.choice(pools["titles"])
    else:
        title = rng.choice(pools["ru_short"]).rstrip(".!?")
    budget = int(min(LENGTH_MAX, max(LENGTH_MIN, rng.lognormvariate(math.log(LENGTH_MEDIAN),
                                                                      LENGTH_SIGMA))))
    paras, size = [], 0
    while size < budget:
        para = " ".join(picker.paragraph(rng))
        paras.append(para)
        size += len(para.encode("utf-8")) + 2
    years, weights = pools["years"]
    year = rng.choices(years, weights)[0]
    date = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(365))
    return {
        "id": "real-%07d" % n,
        "date": date.isoformat(),
        "title": title,
        "body": "\n\n".join(paras),
        "source": rng.choice(SOURCES),
        "lang": lang,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("--articles", type=int, required=True, help="number of articles")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    ap.add_argument("--out", required=True, help="output JSON Lines file")
    ap.add_argument("--data", default=DEFAULT_DATA, help="shared data folder (default: %(default)s)")
    args = ap.parse_args()

    t0 = time.time()
    rng = random.Random(args.seed)
    runs = load_runs(args.data)
    ru_sentences = sorted({s for run in runs["ru"] for s in run})
    pools = {
        "kk": Picker(runs["kk"]),
        "ru": Picker(runs["ru"]),
        "titles": load_titles(args.data),
        "ru_short": [s for s in ru_sentences if len(WORD_RE.findall(s)) <= 12],
        "years": year_weights(),
    }
    sys.stderr.write("loaded %d kk sentences in %d runs, %d ru in %d runs, %d titles in %.1fs\n" % (
        pools["kk"].total, len(runs["kk"]), pools["ru"].total, len(runs["ru"]),
        len(pools["titles"]), time.time() - t0))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        for n in range(args.articles):
            out.write(json.dumps(make_article(n, rng, pools), ensure_ascii=False) + "\n")
            if (n + 1) % 100000 == 0:
                sys.stderr.write("%d articles, %.1fs\n" % (n + 1, time.time() - t0))
    os.replace(tmp, args.out)  # never leave a half-written corpus where run.sh would reuse it
    sys.stderr.write("done: %d articles in %.1fs -> %s\n" % (args.articles, time.time() - t0,
                                                            args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
