#!/usr/bin/env python3
"""Generate a seeded synthetic news corpus for indexing/search benchmarks.

Articles are assembled from real sentences (Kazakh, ~15% Russian articles)
of ../shared/data: gov-sites-2015 line files, headlines/titles.tsv (titles)
and headlines/*_corpus.tsv. To make the vocabulary keep growing with the
corpus size like real news (Heaps' law), numbers, surnames and place names in
the sentences are re-drawn from large pools with a Zipf-like skew, sentences
are attributed to generated people ("..., - деді министр Ерлан Ахметов."),
and each article mentions 0-3 organisations in an inflected form.

  python3 bench/gen_corpus.py --articles 100000 --seed 1 --format jsonl --out /tmp/c.jsonl
  python3 bench/gen_corpus.py --articles 10000 --seed 1 --format pages --out /tmp/pages

Output is streamed (constant memory) and byte-identical for the same
--seed, --articles and input data. Stdlib only.
"""

import argparse
import collections
import datetime
import glob
import html
import json
import os
import random
import re
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.normpath(os.path.join(REPO, "..", "shared", "data"))

RU_SHARE = 0.15
SOURCES = ["primeminister.kz", "inform.kz", "akorda.kz", "egov.kz", "government.kz",
           "nationalbank.kz", "election.kz", "almaty.gov.kz"]
DATE_FIRST = datetime.date(2010, 1, 1)
DATE_DAYS = (datetime.date(2020, 12, 31) - DATE_FIRST).days + 1

KK_LETTERS = set("әіңғүұқөһӘІҢҒҮҰҚӨҺ")
WORD_RE = re.compile(r"\w+")
JUNK_RE = re.compile(r"@|https?:|www\.|\.html|©|&[a-z]+;|[<>|»]|…|\.\.\.|°C", re.I)


# ---------------------------------------------------------------------------
# Loading real text
# ---------------------------------------------------------------------------

def sentence_ok(s, lang):
    """Keep whole, clean sentences of the wanted language (the files also hold menus etc.)."""
    n = len(WORD_RE.findall(s))
    if not 6 <= n <= 60 or not s[0].isupper() or s[-1] not in ".!?" or JUNK_RE.search(s):
        return False
    if sum(c.isdigit() for c in s) > len(s) * 0.2:
        return False
    kk = sum(c in KK_LETTERS for c in s)
    return kk > 0 if lang == "kk" else kk == 0


def clean(s):
    s = html.unescape(html.unescape(s))
    s = re.sub(r"</?\w+>?|<$", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def detokenise(s):
    """The *_corpus.tsv sentences are lower-cased and tokenised: 'сондай - ақ , ол .'"""
    s = re.sub(r"\s+([.,:;!?)»])", r"\1", s)
    s = re.sub(r"([(«])\s+", r"\1", s)
    s = re.sub(r"(\w) - (\w)", r"\1-\2", s)
    return s[:1].upper() + s[1:]


def load_sentences(data):
    """Return {'kk': [...], 'ru': [...]} of unique sentences, in a fixed order."""
    found = {"kk": set(), "ru": set()}
    gov = os.path.join(data, "civic-news", "gov-sites-2015")
    for path in sorted(glob.glob(os.path.join(gov, "*"))):
        name = os.path.basename(path)
        lang = "kk" if "kaz" in name else "ru" if re.search(r"[-+]ru", name) else None
        if lang is None:
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                s = clean(line)
                if sentence_ok(s, lang):
                    found[lang].add(s)
    for path in sorted(glob.glob(os.path.join(data, "headlines", "*_corpus.tsv"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                s = detokenise(line.split("\t", 1)[0].strip())
                if '"' not in s and sentence_ok(s, "kk"):
                    found["kk"].add(s)
    return {k: sorted(v) for k, v in found.items()}


def load_column(path, skip_header=False):
    out = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if skip_header and i == 0:
                continue
            cell = line.split("\t", 1)[0].strip()
            if cell:
                out.append(cell)
    return out


# ---------------------------------------------------------------------------
# Pools that make the vocabulary grow
# ---------------------------------------------------------------------------

def zipf_pick(rng, pool):
    """Log-uniform index into a fixed, frequency-ordered pool (organisations)."""
    return pool[int(len(pool) ** rng.random()) - 1]


def power_index(rng, a=0.3, head=20):
    """Index with P(index >= k) = (head / (k + head)) ** a: a Zipf-like law
    over an unbounded range, so the commonest names repeat a lot and new ones
    keep appearing as the corpus grows (the Heaps' law growth of names in real
    news; distinct names grow roughly like n ** (1 / (1 + a))). `head`
    flattens the top so the commonest name is not a large share of all."""
    u = 1.0 - rng.random()  # (0, 1]
    return int(head * (u ** (-1.0 / a) - 1.0)) % 10 ** 8  # wrap: bounded name length


NAME_ROOTS = ("Ахмет Бек Ерлан Нұр Сейіт Жан Қайрат Мұхамед Әли Төле Серік Бол Дос Ораз Құл Бай "
              "Қасым Тұрсын Ескен Жақып Мақсұт Әбді Сұлтан Қожа Айт Есім Тоқ Жұма Сәт Әмір Ерғали "
              "Дәулет Мырза Тілеу Өмір Бақыт Кен Шал Ақ Қара").split()
NAME_MIDS = "ба ке жан бай тай бек хан ғали мұрат ғазы ым тар нұр құл сейіт жар ас ет".split()
NAME_ENDS = ["ов", "ұлы", "ин"]  # "ов" becomes "ев" after a vowel (Әлиев, Төлеев)
FEMININE = {"ов": "ова", "ев": "ева", "ұлы": "қызы", "ин": "ина"}
PLACE_HEADS = "Ақ Қара Көк Сары Жаңа Ескі Ұлы Кіші Тал Қызыл Бес Жел Алты Үш Қос Құм Тас Бала".split()
PLACE_TAILS = "су бұлақ көл тау тоғай жар өзек шоқы арал тас төбе қайың терек бел сай құдық".split()


def mixed_radix(i, first, rest, last):
    """Spell integer i as first[...] + rest[...]* + last[...]: index -> name,
    a bijection, so the pool never runs out and needs no memory."""
    head = first[i % len(first)]
    i //= len(first)
    tail = last[i % len(last)]
    i //= len(last)
    mids = []
    while i:
        i -= 1
        mids.append(rest[i % len(rest)])
        i //= len(rest)
    return head + "".join(mids) + tail


def surname(i, feminine=False):
    name = mixed_radix(i, NAME_ROOTS, NAME_MIDS, NAME_ENDS)
    if name.endswith("ов") and name[-3] in "аәеиоөұүыіэюя":
        name = name[:-2] + "ев"
    if feminine:
        for m, f in FEMININE.items():
            if name.endswith(m):
                return name[:-len(m)] + f
    return name


def place(i, real_places):
    """Real toponyms first, then made-up village names ("Ақбұлақ", "Қаратастөбе")."""
    if i < len(real_places):
        return real_places[i]
    return mixed_radix(i - len(real_places), PLACE_HEADS, PLACE_TAILS[:8], PLACE_TAILS).capitalize()


MALE_NAMES = "Асқар Бауыржан Ғалым Дархан Ержан Нұрлан Талғат Ерлан Марат Айдос Самат Арман Серік Алмас Қанат".split()
FEMALE_NAMES = "Жанар Айгүл Мәдина Сәуле Әсел Гүлнар Дина Ботагөз Жұлдыз Салтанат Ақмарал".split()
KK_ROLES = ("министр", "вице-министр", "әкім", "депутат", "сарапшы", "басқарма басшысы",
            "департамент директоры", "комитет төрағасы", "ведомство өкілі")
RU_ROLES = ("министр", "вице-министр", "аким", "депутат", "эксперт", "руководитель управления",
            "директор департамента", "председатель комитета")


def quote_person(rng, sentence, lang):
    """Attribute a sentence to a (generated) person, as news does all the time:
    most of the name growth in real news comes from such mentions."""
    feminine = rng.random() < 0.3
    first = rng.choice(FEMALE_NAMES if feminine else MALE_NAMES)
    who = "%s %s" % (first, surname(power_index(rng), feminine))
    if lang == "ru":
        return "%s, - %s %s %s." % (sentence.rstrip(".!?"), "сказала" if feminine else "сказал",
                                    rng.choice(RU_ROLES), who.translate(KK_TO_RU))
    return "%s, - деді %s %s." % (sentence.rstrip(".!?"), rng.choice(KK_ROLES), who)


# Case endings that follow a name: "Мәсімовтің", "Астанада", "Алматыдан".
CASE_ENDINGS = sorted(set("ның нің тың тің дың дің ға ге қа ке на не ды ді ты ті ны ні да де "
                           "та те нан нен тан тен дан ден мен бен пен а е ы і у ю ым ім ом ой"
                           .split()), key=lambda e: (-len(e), e))
SURNAME_RE = re.compile(r"\b([А-ЯӘІҢҒҮҰҚӨҺЁ][а-яәіңғүұқөһё]{2,}(?:ов|ев|ова|ева|ұлы|қызы|ин|ина))"
                        r"(ның|нің|тың|тің|ға|ге|қа|ке|ны|ні|ты|ті|да|де|та|те|нан|нен|тан|тен|"
                        r"мен|пен|а|у|ым|ой|ом|ой|ы|е)?\b")
ENDING_CASE = {e: c for c, es in (("gen", "ның нің тың тің дың дің"), ("loc", "да де та те"),
                                  ("dat", "ға ге қа ке")) for e in es.split()}
# Russian text spells Kazakh names without the Kazakh-only letters.
KK_TO_RU = str.maketrans("әіңғүұқөһӘІҢҒҮҰҚӨҺ", "аингуукохАИНГУУКОХ")
FEMININE_RE = re.compile(r"(ова|ева|қызы|ина)$")
NUMBER_RE = re.compile(r"\b\d+(?:,\d+)?\b")  # "2015", "12,4"
CAPWORD_RE = re.compile(r"\b[А-ЯӘІҢҒҮҰҚӨҺЁ][а-яәіңғүұқөһё-]+\b")


def compile_template(sentence, toponyms):
    """Split a sentence into literal text and slots: ('num', '2015'),
    ('name', ending), ('place', ending). Done once per sentence, so that
    generating an article is only string joins."""
    spans = []
    for m in NUMBER_RE.finditer(sentence):
        spans.append((m.start(), m.end(), ("num", m.group())))
    for m in SURNAME_RE.finditer(sentence):
        spans.append((m.start(), m.end(), ("name", m.group(2) or "")))
    for m in CAPWORD_RE.finditer(sentence):
        w = m.group()
        if w in toponyms:
            spans.append((m.start(), m.end(), ("place", "")))
            continue
        for e in CASE_ENDINGS:
            if w.endswith(e) and w[:-len(e)] in toponyms:
                spans.append((m.start(), m.end(), ("place", e)))
                break
    if not spans:
        return sentence
    spans.sort()
    parts, pos = [], 0
    for start, end, slot in spans:
        if start < pos:
            continue  # overlapping matches: first wins
        parts.append(sentence[pos:start])
        parts.append(slot + (sentence[start:end],))
        pos = end
    parts.append(sentence[pos:])
    return parts


class Filler:
    """Fills template slots. A number is re-drawn 60% of the time, a name or
    place 70%: the rest keep the real value, so real names stay frequent."""

    def __init__(self, rng, places):
        self.rng = rng
        self.places = places

    def number(self, original):
        rng = self.rng
        if rng.random() < 0.4:
            return original
        whole, _, frac = original.partition(",")
        if len(whole) == 4 and 1900 <= int(whole) <= 2030 and not frac:
            return str(rng.randint(1991, 2020))  # a year stays a plausible year
        if len(whole) <= 2 and not frac:
            return str(rng.randint(1, 31))  # days, counts, ranks stay small
        # Log-uniform magnitude: small numbers common, large ones mostly unique.
        value = str(int(10 ** (rng.random() * min(len(whole) + 1, 7))))
        return value + "," + str(rng.randint(1, 9 if len(frac) == 1 else 99)) if frac else value

    def fill(self, tpl, lang="kk"):
        if isinstance(tpl, str):
            return tpl
        rng = self.rng
        out = []
        for p in tpl:
            if isinstance(p, str):
                out.append(p)
            elif p[0] == "num":
                out.append(self.number(p[1]))
            elif rng.random() < 0.7 and not (lang == "ru" and p[1]):
                # (Russian case endings are not re-inflected: keep those words.)
                case = ENDING_CASE.get(p[1])
                i = power_index(rng)
                if p[0] == "name":
                    stem = surname(i, FEMININE_RE.search(p[2][:len(p[2]) - len(p[1])]) is not None)
                else:
                    stem = place(i, self.places)
                if lang == "ru":
                    stem = stem.translate(KK_TO_RU)
                # Re-inflect by the new stem's vowels ("Астанада" -> "Көкшетауда").
                out.append(inflect(stem, case) if case else stem + p[1])
            else:
                out.append(p[2])
        return "".join(out)


# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------

BACK_VOWELS = set("аоұыяАОҰЫЯ")
VOICELESS = set("пфкқтсшщхцчПФКҚТСШЩХЦЧ")


def inflect(name, case):
    """Kazakh case ending on the last word, by vowel harmony and the final sound
    (good enough for generated text; not a morphology engine)."""
    vowels = [c for c in name.lower() if c in "аәеиоөұүыіэюя"]
    back = not vowels or vowels[-1] in BACK_VOWELS
    last = name[-1].lower()
    if last in "ыі" and case != "gen":
        # Possessive "министрлігі", "басқармасы" take the pronominal n:
        # "министрлігінде", "басқармасына".
        return name + {"loc": "нда", "dat": "на"}[case] if back else \
            name + {"loc": "нде", "dat": "не"}[case]
    if case == "gen":
        if last in "аәеиоөұүыіэюяумнң":
            e = "ның" if back else "нің"
        elif last in VOICELESS or last in "бвгд":
            e = "тың" if back else "тің"
        else:
            e = "дың" if back else "дің"
    elif case == "loc":
        e = ("та" if back else "те") if last in VOICELESS else ("да" if back else "де")
    else:  # dative
        e = ("қа" if back else "ке") if last in VOICELESS else ("ға" if back else "ге")
    return name + e


# Frames only append to the sentence, so its first word (often a proper
# noun) keeps its capital. {t} is the sentence without its final stop.
KK_ORG_FRAMES = [
    ("gen", "{t}, деп хабарлады {org} баспасөз қызметі."),
    ("loc", "{s} Бұл мәселе {org} талқыланды."),
    ("dat", "{s} Тиісті ұсыныстар {org} жіберілді."),
    ("nom", "{s} Бұл туралы {org} өкілдері мәлімдеді."),
]
RU_ORG_FRAMES = ["{s} Об этом сообщили в «{org}».", "{t}, сообщает «{org}»."]


def mention_org(rng, sentence, lang, orgs):
    org = zipf_pick(rng, orgs)
    if lang == "ru":
        frame = rng.choice(RU_ORG_FRAMES)
        org = org.translate(KK_TO_RU)
    else:
        case, frame = rng.choice(KK_ORG_FRAMES)
        if case != "nom":
            org = inflect(org, case)
    return frame.format(org=org, s=sentence, t=sentence.rstrip(".!?"))


# ---------------------------------------------------------------------------
# Articles and output
# ---------------------------------------------------------------------------

def make_article(n, rng, pools, filler):
    lang = "ru" if rng.random() < RU_SHARE else "kk"
    sentences = pools["tpl_" + lang]
    if lang == "kk":
        title = filler.fill(rng.choice(pools["tpl_titles"]))
    else:
        # No Russian headline list: a short Russian sentence without its full stop.
        title = filler.fill(rng.choice(pools["tpl_ru_short"]), lang).rstrip(".!?")
    budget = rng.randint(2700, 3900)  # UTF-8 bytes of title + body, ~3 KB on average
    nparas = rng.randint(5, 10)
    per_para = budget // nparas
    paras = []
    for _ in range(nparas):
        para, size = [], 0
        while True:
            s = filler.fill(rng.choice(sentences), lang)
            nbytes = len(s.encode("utf-8")) + 1
            if para and size + nbytes > per_para:
                break  # stop below the budget rather than overshoot it
            para.append(s)
            size += nbytes
        paras.append(para)
    # 0-3 organisation mentions and 0-4 quoted people, in distinct sentences.
    slots = [(i, j) for i, p in enumerate(paras) for j in range(len(p))]
    norgs = rng.choice((0, 1, 1, 2, 2, 3))
    npeople = rng.randint(0, 4)
    picked = rng.sample(slots, min(len(slots), norgs + npeople))
    for k, (i, j) in enumerate(picked):
        if k < norgs:
            paras[i][j] = mention_org(rng, paras[i][j], lang, pools["orgs"])
        else:
            paras[i][j] = quote_person(rng, paras[i][j], lang)
    date = DATE_FIRST + datetime.timedelta(days=rng.randrange(DATE_DAYS))
    return {
        "id": "bench-%07d" % n,
        "date": date,
        "title": title,
        "body": "\n\n".join(" ".join(p) for p in paras),
        "source": rng.choice(SOURCES),
        "lang": lang,
    }


def write_jsonl(f, art):
    art = dict(art, date=art["date"].isoformat())
    f.write(json.dumps(art, ensure_ascii=False) + "\n")


def write_page(root, n, art, rng, pools, filler):
    """One raw scraped page: 2 sidebar items, then the article (seed format)."""
    folder = os.path.join(root, "%04d" % (n // 1000))
    if n % 1000 == 0:
        os.makedirs(folder, exist_ok=True)
    lines = []
    for _ in range(2):
        d = art["date"] + datetime.timedelta(days=rng.randint(-30, 30))
        lines.append(d.strftime("%d/%m/%Y"))
        lines.append(filler.fill(rng.choice(pools["tpl_titles"])))
    lines.append(art["date"].strftime("%d/%m/%Y"))
    text = "\n".join(lines) + "\n\n" + art["title"] + "\n\n" + art["body"] + "\n"
    with open(os.path.join(folder, "%07d.txt" % n), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("--articles", type=int, required=True, help="number of articles")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    ap.add_argument("--format", choices=("jsonl", "pages"), required=True,
                    help="jsonl: one file, one article per line; pages: a folder of "
                         "NNNNNNN.txt raw pages, 1000 per subfolder")
    ap.add_argument("--out", required=True, help="output file (jsonl) or folder (pages)")
    ap.add_argument("--data", default=DEFAULT_DATA, help="shared data folder (default: %(default)s)")
    args = ap.parse_args()

    t0 = time.time()
    rng = random.Random(args.seed)
    sentences = load_sentences(args.data)
    ner = os.path.join(args.data, "ner-kaznerd")
    toponyms = set(load_column(os.path.join(ner, "derived_toponyms_np_top.tsv"), skip_header=True))
    orgs = load_column(os.path.join(ner, "org_gazetteer_from_valid.tsv"), skip_header=True)
    titles = load_column(os.path.join(args.data, "headlines", "titles.tsv"))
    pools = {
        "tpl_kk": [compile_template(s, toponyms) for s in sentences["kk"]],
        "tpl_ru": [compile_template(s, toponyms) for s in sentences["ru"]],
        "tpl_ru_short": [compile_template(s, toponyms) for s in sentences["ru"]
                         if len(WORD_RE.findall(s)) <= 12],
        "tpl_titles": [compile_template(t, toponyms) for t in titles],
        # The gazetteer is sorted by frequency; keep that order so zipf_pick
        # favours common organisations. Inflected surface forms are dropped.
        "orgs": [o for o in orgs if not re.search(
            r"(ның|нің|тың|тің|ға|ге|ке|қа|да|де|та|те|сына|сіне|ына|іне|нан|нен|дан|ден|мен)$", o)],
    }
    # Real places ranked by how often the real sentences mention them, so the
    # commonest draws are Астана/Алматы-like, not alphabetical.
    mentions = collections.Counter(
        part[2][:len(part[2]) - len(part[1])] for tpl in pools["tpl_kk"] if not isinstance(tpl, str)
        for part in tpl if not isinstance(part, str) and part[0] == "place")
    places = sorted((t for t in toponyms if not t.isupper()),  # drop abbreviations like БМТРК
                    key=lambda t: (-mentions[t], t))
    filler = Filler(rng, places)
    sys.stderr.write("loaded %d kk + %d ru sentences, %d titles, %d places, %d orgs in %.1fs\n" % (
        len(pools["tpl_kk"]), len(pools["tpl_ru"]), len(titles), len(places),
        len(pools["orgs"]), time.time() - t0))

    if args.format == "jsonl":
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        out = open(args.out, "w", encoding="utf-8", newline="\n")
    else:
        os.makedirs(args.out, exist_ok=True)
        out = None
    try:
        for n in range(args.articles):
            art = make_article(n, rng, pools, filler)
            if out:
                write_jsonl(out, art)
            else:
                write_page(args.out, n, art, rng, pools, filler)
            if (n + 1) % 10000 == 0:
                sys.stderr.write("%d articles, %.1fs\n" % (n + 1, time.time() - t0))
    finally:
        if out:
            out.close()
    sys.stderr.write("done: %d articles in %.1fs -> %s\n" % (args.articles, time.time() - t0, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
