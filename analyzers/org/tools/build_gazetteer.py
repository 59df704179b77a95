#!/usr/bin/env python3
"""Builds analyzers/org/data/gazetteer.tsv, the organisation gazetteer embedded in izdeu.

Reproducible (no randomness, python3 stdlib only). Run from the repository root:

    python3 analyzers/org/tools/build_gazetteer.py --data ../shared/data

Sources, in priority order (the first row to claim a name keeps it):
  1. analyzers/org/data/curated.tsv  hand-written (state bodies, ministries, parties, national
     companies, international organisations with their abbreviations and Russian names);
  2. ner-kaznerd/derived_org_names_np_org.tsv  Apertium Kazakh lexicon organisation names
     (GPL-3.0), minus a listed set of non-organisations (Inc, Linux, Пасха...);
  3. ner-kaznerd/IOB2_valid2.txt  KazNERD validation split (CC BY 4.0): ORGANISATION spans of
     HALF A only. Sentences are split by FNV-1a-32 of the sent_id's digits (AID/BID/DID variants of
     one sentence share them and land in the same half): even hash = half A (gazetteer and
     development), odd = half B (held out; `izdeu-eval org` reports on it). A surface is kept when
     half A tags it ORGANISATION at least as often as it appears there untagged or with another tag,
     and it is not a place name.
  4. ner-kaznerd/derived_toponyms_np_top.tsv  Apertium place names (GPL-3.0), as `place` rows
     (modifiers such as Алматы in "Алматы облыстық мәслихаты").
Person names, as `person-list` rows (space-separated lower-case words): first names, surnames and
patronymics of the Apertium lexicon (NP-ANT-*, NP-COG-*, NP-PAT-*; GPL-3.0) and the words of
half A's PERSON spans (CC BY 4.0), minus common words, places and words of organisation names. A
person's name never starts an organisation (Нұрсұлтан Назарбаев Еуразиялық одақ -> Еуразиялық одақ)
unless the gazetteer lists the whole name (Назарбаев Университеті).
Single-word names that are also Kazakh common nouns (Apertium lexicon lemmas, GPL-3.0) are flagged
`ambiguous`: the extractor then ignores them at a sentence start unless quoted. The same lemmas are
written as `noun-list` rows (nouns and adjectives) and `common-list` rows (every other part of
speech), space-separated words: a sentence-initial capitalised common word does not open an
organisation name (Саябақ басқармасы at a sentence start is not a name), and a lower-case noun or
adjective may sit inside a name before its head (Азаматтық авиация комитеті).

Output columns: canonical<TAB>aliases (|)<TAB>flags (-, ambiguous, place, common-list, noun-list,
person-list)<TAB>source.
"""
import argparse
import collections
import os
import sys

APERTIUM_NOT_ORGS = {
    "ASCII", "Camus", "Christie", "Company", "Efe", "Inc", "Investment", "Ipad", "iPhone", "iPod",
    "Javascript", "Jenington", "Limited", "Linux", "Ltd", "Operating", "Petroleum", "Plc",
    "Instructables", "Althea", "Авиа", "Икар", "Кихот", "Қоран", "Лувр", "Марин", "Мундус",
    "Пасха", "Серхетяка", "Солис", "Темелин", "Тенгиз", "Траст", "Тур", "Цюрих", "Юроуп", "ҒА",
    "Бундеслига", "Чемпиондар лигасы", "NGO", "NGC", "Inpex", "ӨИҚ",
}

KAZAKH_CASE = ["ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі", "ның", "нің", "дың", "дің", "тың",
               "тің", "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен", "нда", "нде",
               "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды", "ді", "ты", "ті", "да", "де",
               "та", "те"]
VOWELS = set("аәеиоөуұүыіэюя")


def fnv1a32(s):
    h = 2166136261
    for b in s.encode("utf-8"):
        h ^= b
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def half_of(sent_id):
    """'A' (gazetteer/development) or 'B' (held out). Mirrored in bench/eval/eval_org.cpp."""
    digits = "".join(ch for ch in sent_id if ch.isdigit())
    return "A" if fnv1a32(digits) % 2 == 0 else "B"


def base_candidates(word):
    """Cosmetic grouping only: the extractor recomputes all matching itself (org_lexicon.cpp)."""
    out = []
    if "-" in word:
        head, tail = word.rsplit("-", 1)
        if tail in KAZAKH_CASE and len(head) >= 2:
            out.append(head)
    level1 = [word]
    for suf in KAZAKH_CASE:
        if word.endswith(suf) and len(word) > len(suf) + 1:
            level1.append(word[: -len(suf)])
            break
    if word.endswith("н") and len(word) > 3 and word[-2] in VOWELS:
        level1.append(word[:-1])
    for r in level1:
        if r != word:
            out.append(r)
        if r.endswith(("сы", "сі")):
            out.append(r[:-2])
        elif r.endswith(("ы", "і")) and len(r) > 2 and r[-2] not in VOWELS:
            stem = r[:-1]
            out.append(stem)
            alt = {"г": "к", "ғ": "қ", "б": "п"}.get(stem[-1])
            if alt:
                out.append(stem[:-1] + alt)
    return [c for c in out if len(c) >= 2]


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def kaznerd_half_a(path):
    """Yields (tokens, tags) of the half-A sentences."""
    sent, sid = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sid is not None and half_of(sid) == "A":
                    yield [t for t, _ in sent], [g for _, g in sent]
                sent, sid = [], None
                continue
            tok, tag = line.rsplit(" ", 1)
            if sid is None:
                sid = tok
                continue
            sent.append((tok, tag))
    if sid is not None and half_of(sid) == "A":
        yield [t for t, _ in sent], [g for _, g in sent]


def join_tokens(tokens):
    s = " ".join(tokens)
    s = s.replace("« ", "«").replace(" »", "»").replace(" - ", "-")
    if s.count("«") != s.count("»"):
        s = s.replace("«", "").replace("»", "").strip()
    return s


def kaznerd_person_words(path):
    """Words of half A's PERSON spans that half A tags PERSON more often than anything else."""
    person, other = collections.Counter(), collections.Counter()
    for tokens, tags in kaznerd_half_a(path):
        for tok, tag in zip(tokens, tags):
            if tag.endswith("-PERSON"):
                person[tok] += 1
            elif tag != "O":
                other[tok] += 1
    return {t.lower() for t, n in person.items() if n > other[t] and t[:1].isupper()}


def kaznerd_surfaces(path, places):
    sentences = list(kaznerd_half_a(path))
    org_count = collections.Counter()
    for tokens, tags in sentences:
        i = 0
        while i < len(tokens):
            if tags[i] == "B-ORGANISATION":
                j = i + 1
                while j < len(tokens) and tags[j] == "I-ORGANISATION":
                    j += 1
                org_count[tuple(tokens[i:j])] += 1
                i = j
            else:
                i += 1
    # How often each surface occurs at all (tagged ORGANISATION or not).
    total = collections.Counter()
    by_first = collections.defaultdict(list)
    for surf in org_count:
        by_first[surf[0]].append(surf)
    for tokens, _ in sentences:
        for i, tok in enumerate(tokens):
            for surf in by_first.get(tok, ()):
                if tuple(tokens[i:i + len(surf)]) == surf:
                    total[surf] += 1
    kept = []
    for surf, n in org_count.items():
        text = join_tokens(surf)
        if not text[:1].isupper() and not text[:1].isdigit():
            continue  # lower-case spans are descriptions, not names
        if any(ch in text for ch in "()"):
            continue  # transcribed disfluencies: "( вал )"
        if text.lower() in places:
            continue
        if n * 2 < total[surf]:
            continue
        if len(surf) == 1 and len(text) <= 2:
            continue
        kept.append((text, n))
    kept.sort(key=lambda x: (-x[1], x[0]))
    return kept, len(sentences)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--out", default="analyzers/org/data/gazetteer.tsv")
    ap.add_argument("--curated", default="analyzers/org/data/curated.tsv")
    ap.add_argument("--without-gpl", action="store_true",
                    help="leave out the GPL-3.0 Apertium rows (org names, places, common words)")
    args = ap.parse_args()
    ner = os.path.join(args.data, "ner-kaznerd")

    common_nouns, nominals, apertium_persons = set(), set(), set()
    lex_path = os.path.join(args.data, "morphology", "apertium", "derived_lexicon_lemmas.tsv")
    for row in read_tsv(lex_path)[1:]:
        if len(row) < 2 or " " in row[0]:
            continue
        if not row[1].startswith("NP"):
            common_nouns.add(row[0].lower())
            if row[1].startswith(("N1", "N5", "A1", "A2", "A3", "A4", "N-COMPOUND")):
                nominals.add(row[0].lower())
        elif row[1].startswith(("NP-ANT", "NP-COG", "NP-PAT")):
            apertium_persons.add(row[0].lower())

    places = []
    for row in read_tsv(os.path.join(ner, "derived_toponyms_np_top.tsv"))[1:]:
        if row[0] and not row[1].endswith("ABBR"):
            places.append(row[0])
    place_set = {p.lower() for p in places}

    rows = []  # (canonical, [aliases], flags, source)
    claimed = {}  # lower-case name -> row index

    def add(name, aliases, flags, source):
        keys = [name.lower()] + [a.lower() for a in aliases]
        for k in keys:
            if k in claimed:
                target = rows[claimed[k]]
                for a in [name] + aliases:
                    if a.lower() not in claimed:
                        target[1].append(a)
                        claimed[a.lower()] = claimed[k]
                return
        # An inflected form of a name already listed becomes its alias.
        words = name.split(" ")
        for cand in base_candidates(words[-1].lower()):
            k = " ".join([w.lower() for w in words[:-1]] + [cand])
            if k in claimed:
                rows[claimed[k]][1].append(name)
                claimed[name.lower()] = claimed[k]
                return
        if flags == "-" and len(words) == 1 and name.lower() in common_nouns and not name.isupper():
            flags = "ambiguous"
        rows.append([name, list(aliases), flags, source])
        for k in keys:
            claimed[k] = len(rows) - 1

    for row in read_tsv(args.curated):
        if row[0].startswith("#"):
            continue
        aliases = [a for a in row[1].split("|") if a] if len(row) > 1 and row[1] != "-" else []
        add(row[0], aliases, row[2] if len(row) > 2 else "-", "curated")

    for row in read_tsv(os.path.join(ner, "derived_org_names_np_org.tsv"))[1:]:
        if args.without_gpl or row[0] in APERTIUM_NOT_ORGS:
            continue
        add(row[0], [], "-", "apertium-kaz")

    surfaces, n_half_a = kaznerd_surfaces(os.path.join(ner, "IOB2_valid2.txt"), place_set)
    # Shorter (usually uninflected) forms first, so that they become the canonical rows.
    for text, _ in sorted(surfaces, key=lambda x: (len(x[0]), x[0])):
        add(text, [], "-", "kaznerd-valid-A")

    # Person names: not common words, places, or words of the organisation names above.
    org_words = set()
    for name, aliases, _, _ in rows:
        for n in [name] + aliases:
            org_words.update(w.lower() for w in n.replace("«", " ").replace("»", " ").split())

    def person_words(words):
        return sorted(w for w in words
                      if len(w) >= 3 and w not in common_nouns and w not in place_set
                      and w not in org_words and not any(c in w for c in "\t| "))

    persons = {"apertium-kaz": [] if args.without_gpl else person_words(apertium_persons)}
    persons["kaznerd-valid-A"] = person_words(
        kaznerd_person_words(os.path.join(ner, "IOB2_valid2.txt")) -
        set(persons["apertium-kaz"]))

    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# izdeu organisation gazetteer. GENERATED by analyzers/org/tools/build_gazetteer.py;"
                " do not edit: edit curated.tsv and re-run.\n")
        f.write("# Sources: curated (izdeu), apertium-kaz (apertium/apertium-kaz @ 95c6dd0, GPL-3.0),"
                " kaznerd-valid-A (IS2AI/KazNERD @ bd4333d validation split, half A of %d sentences,"
                " CC BY 4.0), places: apertium-kaz toponyms (GPL-3.0).\n" % n_half_a)
        f.write("# canonical\taliases\tflags\tsource\n")
        for name, aliases, flags, source in rows:
            f.write("%s\t%s\t%s\t%s\n" % (name, "|".join(aliases) or "-", flags, source))
        if args.without_gpl:
            places, common_nouns = [], set()
        for p in places:
            f.write("%s\t-\tplace\tapertium-kaz\n" % p)
        # Common words (lemmas of the Apertium lexicon that are not proper nouns), 2000 per row:
        # a capitalised common word at a sentence start does not open a name.
        for flag, group in (("noun-list", common_nouns & nominals),
                            ("common-list", common_nouns - nominals)):
            words = sorted(w for w in group if len(w) >= 2 and not any(c in w for c in "\t|"))
            for i in range(0, len(words), 2000):
                f.write("common\t%s\t%s\tapertium-kaz\n" % (" ".join(words[i:i + 2000]), flag))
        for source in ("apertium-kaz", "kaznerd-valid-A"):
            words = persons[source]
            for i in range(0, len(words), 2000):
                f.write("persons\t%s\tperson-list\t%s\n" % (" ".join(words[i:i + 2000]), source))
    print("wrote %s: %d organisations, %d places, %d person-name words (KazNERD half A: %d "
          "sentences)" % (args.out, len(rows), len(places), sum(map(len, persons.values())),
                          n_half_a), file=sys.stderr)


if __name__ == "__main__":
    main()
