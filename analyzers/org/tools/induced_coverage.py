#!/usr/bin/env python3
"""Measures whether an induced gazetteer could find KazNERD's bare organisation names.

An "induced" source would learn organisation names from the unlabelled Kazakh text in
shared/data (civic-news/gov-sites-2015 *kaz* files, civic-news/text-kaz2.txt, the Kazakh column
of headlines/titles.tsv): a name X counts when the text shows it in organisation contexts
(`«X» [up to 3 lower-case words] партиясы/қоры/компаниясы/ЖШС/АҚ...`, `ТОО «X»`, `компании «X»`,
`X ЖШС`) often enough. Before building it into build_gazetteer.py this script measures, on half A
of the KazNERD validation split only (the development half; half B is never read), how many bare
gold names (spans whose last word is no organisation word) such a list would hold:

  1. every bare ORGANISATION span of half A that the non-KazNERD gazetteer rows (curated,
     apertium-kaz) do not already hold;
  2. optionally (--dev-errors), the "FN missed" lines of `IZDEU_ORG_EVAL_DEV=1 izdeu-eval org`,
     the names the shipped rules miss in the development view.

Criteria: strict = seen in at least 2 organisation contexts, and in organisation contexts at
least half of all its occurrences (any case ending on the last word); loose = at least 1
organisation context. python3 stdlib only, deterministic. Run from the repository root:

    python3 analyzers/org/tools/induced_coverage.py --data ../shared/data [--dev-errors FILE]
"""
import argparse
import collections
import glob
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_gazetteer import half_of  # noqa: E402  the same split as the gazetteer and eval

TOKEN = re.compile(r"[«»\"“”„]|\w[\w'’-]*|[^\w\s]")
OPEN = {"«", '"', "“", "„"}
CLOSE = {"»", '"', "”", "“"}
LEGAL = {"жшс", "ақ", "тоо", "ао", "ооо", "оао", "зао", "рмк", "мкк", "жақ", "ұак", "кеақ", "гкп",
         "рмқк", "шқ", "пао"}
# Stems of the Kazakh organisation words (analyzers/org/org_lexicon.cpp's head table, shortened
# to the letters every inflected form keeps).
HEAD_STEMS = (
    "үкімет", "парламент", "министрлі", "комитет", "агентті", "әкімді", "әкімшілі", "мәслихат",
    "прокуратура", "департамент", "басқарма", "университет", "институт", "академия", "партия",
    "бірлесті", "қауымдасты", "корпорация", "компания", "холдинг", "биржа", "серіктесті", "банк",
    "ұйым", "одағ", "одақ", "палата", "ассоциация", "қор", "кеңес", "орталығ", "комиссия",
    "колледж", "арна", "телеарна", "телеканал", "газет", "журнал", "басылым", "әуекомпания",
    "ансамбл", "клуб", "фабрика", "зауыт", "кооператив", "мекеме", "кәсіпорн", "кәсіпорын",
    "фирма", "команда", "телерадиокешен", "альянс", "кәсіподағ", "музей", "концерн", "комбинат",
    "театр", "лицей", "мектеб", "мектеп", "федерация", "акционерлік", "сот", "бөлім", "лига",
    "қоғам", "бюро", "емхана", "аурухана", "министерств", "фонд")
RU_BEFORE = ("компани", "партии", "партия", "фонд", "товариществ", "корпораци", "холдинг", "банк",
             "организаци", "объединени", "ассоциаци", "союз")


def is_org_word(word):
    w = word.lower()
    return w.split("-")[0] in LEGAL or w.startswith(HEAD_STEMS)


def unlabelled_lines(data):
    files = sorted(glob.glob(os.path.join(data, "civic-news", "gov-sites-2015", "*kaz*")))
    files.append(os.path.join(data, "civic-news", "text-kaz2.txt"))
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                yield re.sub(r"<[^>]+>", " ", line).replace("&quot;", '"')
    with open(os.path.join(data, "headlines", "titles.tsv"), encoding="utf-8") as f:
        for line in f:
            yield line.split("\t")[0]


def harvest(data):
    """Returns (organisation-context counts, all-occurrence counts) by lower-case name."""
    org = collections.Counter()
    texts = []
    for line in unlabelled_lines(data):
        t = TOKEN.findall(line)
        texts.append([w.lower() for w in t])
        i = 0
        while i < len(t):
            if t[i] in OPEN:
                j = i + 1
                while j < len(t) and j - i <= 6 and t[j] not in CLOSE:
                    j += 1
                if j < len(t) and 1 < j - i <= 6 and t[j] in CLOSE and t[i + 1][:1].isupper():
                    ok = i > 0 and (t[i - 1].lower() in LEGAL or t[i - 1].lower().startswith(RU_BEFORE))
                    for k in range(j + 1, min(len(t), j + 5)):
                        if is_org_word(t[k]):
                            ok = True
                            break
                        if not t[k][:1].isalpha() or t[k][:1].isupper():
                            break
                    name = " ".join(t[i + 1:j]).lower()
                    if ok and len(name) >= 2:
                        org[name] += 1
                    i = j
            elif (t[i].lower() in LEGAL and i > 0 and t[i - 1][:1].isupper() and
                  t[i - 1].lower() not in LEGAL and len(t[i - 1]) >= 2):
                org[t[i - 1].lower()] += 1  # Проммашкомплект ЖШС
            i += 1
    by_first = collections.defaultdict(list)
    for name in org:
        by_first[name.split()[0]].append(name.split())
    total = collections.Counter()
    for low in texts:
        for i, w in enumerate(low):
            for cut in range(0, 7):
                stem = w[:len(w) - cut] if cut else w
                if len(stem) < 2:
                    break
                for parts in by_first.get(stem, ()):
                    if len(parts) > 1 and cut:
                        continue
                    seg = low[i:i + len(parts)]
                    if (len(seg) == len(parts) and seg[:-1] == parts[:-1] and
                            seg[-1].startswith(parts[-1]) and len(seg[-1]) - len(parts[-1]) <= 6):
                        total[" ".join(parts)] += 1
    return org, total


def find(key, names):
    """The listed name `key` is a form of (the last word may carry a case ending), or None."""
    ws = key.split()
    for n in names:
        p = n.split()
        if (len(p) == len(ws) and p[:-1] == ws[:-1] and ws[-1].startswith(p[-1]) and
                len(ws[-1]) - len(p[-1]) <= 6):
            return n
    return None


def listed_names(gazetteer):
    """Aliases of the gazetteer's organisation rows from sources other than KazNERD."""
    out = set()
    with open(gazetteer, encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if len(r) < 4 or r[0].startswith("#") or r[2] not in ("-", "ambiguous"):
                continue
            if r[3] == "kaznerd-valid-A":
                continue
            for a in [r[0]] + (r[1].split("|") if r[1] != "-" else []):
                out.add(" ".join(a.replace("«", " ").replace("»", " ").lower().split()))
    return out


def report(title, surfaces, org, total, strict, loose):
    hits_strict = hits_loose = 0
    print("%s: %d mentions" % (title, len(surfaces)))
    for surf in surfaces:
        key = " ".join(surf.replace("«", " ").replace("»", " ").lower().split())
        s, lo = find(key, strict), find(key, loose)
        hits_strict += s is not None
        hits_loose += lo is not None
        if lo is not None:
            print("  %-40s induced as %-25s org contexts %d of %d occurrences%s" %
                  (surf, lo, org[lo], total[lo], "" if s else " (fails the strict test)"))
    print("  covered: strict %d, loose %d of %d\n" % (hits_strict, hits_loose, len(surfaces)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--gazetteer", default="analyzers/org/data/gazetteer.tsv")
    ap.add_argument("--dev-errors", help="output of IZDEU_ORG_EVAL_DEV=1 izdeu-eval org")
    args = ap.parse_args()
    org, total = harvest(args.data)
    strict = {n for n, c in org.items() if c >= 2 and 2 * c >= total[n]}
    loose = set(org)
    print("induced names: %d seen in an organisation context, %d pass the strict test\n" %
          (len(loose), len(strict)))
    listed = listed_names(args.gazetteer)
    bare = []
    with open(os.path.join(args.data, "ner-kaznerd", "org_gold_valid.tsv"), encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if r[0] == "sent_id" or len(r) < 3 or half_of(r[0]) != "A":
                continue
            for span in r[2].split("|"):
                if span.count(":") < 2:
                    continue
                surf = " ".join(span.split(":", 2)[2].replace(" - ", "-").split())
                words = surf.replace("«", " ").replace("»", " ").split()
                if not words or is_org_word(words[-1]):
                    continue
                if find(" ".join(words).lower(), listed) is None:
                    bare.append(surf)
    report("half A bare ORGANISATION spans in no curated/apertium row", bare, org, total, strict,
           loose)
    if args.dev_errors:
        missed, on = [], False
        with open(args.dev_errors, encoding="utf-8") as f:
            for line in f:
                if not line.startswith("      "):
                    on = line.strip().startswith("FN missed")
                    continue
                if on:
                    missed.append(line.strip().split(" | ")[0].strip())
        report("development view, FN missed", missed, org, total, strict, loose)


if __name__ == "__main__":
    main()
