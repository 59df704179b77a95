#!/usr/bin/env python3
"""Build the shipped sample corpus corpus/sample/civic-news.jsonl.

Input: the scraped line files of ../shared/data/civic-news/gov-sites-2015/
(one sentence or headline per line, article boundaries not marked, page
chrome left in). Output: one JSON article per line, keys id, date (when
known), title, body, source, lang. The seed page is copied next to it.

The segmentation is heuristic: an article starts at a date line (or at a
headline that follows page chrome), takes the nearest headline as title and
collects the following sentences until the next date line or chrome. See
corpus/README.md for what the result looks like and how good it is.

Deterministic: same input files -> byte-identical output. Stdlib only.
"""

import argparse
import collections
import datetime
import hashlib
import html
import json
import os
import re
import shutil
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_DATA = os.path.normpath(os.path.join(REPO, "..", "shared", "data", "civic-news", "gov-sites-2015"))
DEFAULT_SEED = os.path.normpath(os.path.join(REPO, "..", "shared", "seed", "000_8d05277bdd5f4c5e.txt"))
DEFAULT_OUT = os.path.join(REPO, "corpus", "sample", "civic-news.jsonl")

# ---------------------------------------------------------------------------
# File names -> id prefix, site, language
# ---------------------------------------------------------------------------

# Typos and variants in the upstream file names, so that both language
# versions of a site get the same `source`.
SITE_ALIASES = {"muuftyat": "muftyat", "conscouncil": "constcouncil",
                "almatygov": "almaty-gov"}
SITE_DOMAINS = {"almaty-gov": "almaty.gov.kz"}  # default: <site>.kz


def file_meta(name):
    """Return (site, lang) for a data file name, or None if the language is unknown."""
    stem = name[:-4] if name.endswith(".tmx") else name
    m = re.match(r"^(.*?)[-+](kaz|ru|rus)(?:[-+]\d+)?$", stem)
    if not m:
        return None
    site = m.group(1)
    lang = "kk" if m.group(2) == "kaz" else "ru"
    return site, lang


def id_prefixes(names):
    """Map file name -> stable id prefix like 'primeminister-kaz'.

    The trailing line-count number of the upstream names is dropped unless two
    files would then share a prefix (muftyat+kaz+500 vs muftyat-kaz-725)."""
    short = {}
    for n in names:
        site, lang = file_meta(n)
        short[n] = "%s-%s" % (site, "kaz" if lang == "kk" else "rus")
    counts = collections.Counter(short.values())
    out = {}
    for n in names:
        p = short[n]
        if counts[p] > 1:
            num = re.search(r"(\d+)$", n.replace(".tmx", ""))
            p = "%s-%s" % (p, num.group(1) if num else re.sub(r"\W", "", n))
        out[n] = p
    return out


# ---------------------------------------------------------------------------
# Line cleaning and chrome detection
# ---------------------------------------------------------------------------

# Remnants of the TMX/HTML the lines were cut from: "</seg>", "</prop>", a
# dangling "<" at the end of a line.
TAG_RE = re.compile(r"</?[A-Za-z][^<>]*>?|<\s*$")
# Cut the line at widgets that the scraper glued to the last sentence.
TAIL_RE = re.compile(r"\s*(Теги:|Басты сөздер:|Поделиться|Тақырып бойынша жаңалықтар"
                     r"|Қате таптыңыз ба\?|Нашли ошибку\?|Твиты пользователя).*$")
SPACE_RE = re.compile(r"\s+")
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def clean_line(raw):
    s = raw
    for _ in range(3):  # double-escaped "&amp;quot;" needs two rounds
        u = html.unescape(s)
        if u == s:
            break
        s = u
    s = s.translate(INVISIBLE).replace("\u00a0", " ")
    s = TAG_RE.sub(" ", s)
    s = TAIL_RE.sub("", s)
    return SPACE_RE.sub(" ", s).strip()


CHROME_RES = [re.compile(p, re.I) for p in (
    r"қазақша.*(русский|english)|qazaq",                    # language switcher
    r"ауа райы|погода сейчас|°C|бағамы:|курс тенге",        # weather / exchange rates
    r"©|copyright|құқықтар қорғалған|права защищены",
    r"(дүйсенбі|понедельник)\s*[-–—]\s*(жұма|сенбі|пятниц|суббот)",  # opening hours
    r"түскі үзіліс|без перерыва|перерыв на обед",
    r"ctrl\s*\+\s*enter|қатені байқадыңыз|заметили ошибку",
    r"авторизац|тіркелу керек|оставить комментарий|пікір қалдыр|тіркелген қолданушылар"
    r"|только зарегистрированные|^(артқа|назад)\b",
    r"\|\s*подробнее|подробнее[«А-ЯЁ]|толығымен[«А-ЯӘІҢҒҮҰҚӨҺ]|просмотров:|қаралды:",
    r"\S » \S|негізгі бет|главная страница",                # breadcrumbs (unless dated)
    r"[\w.-]+@[\w-]+\.[a-z]{2,}",                            # e-mail
    r"(\+7|\b8)\s?\(?7\d{2,3}\)?[\s\d-]{5,}",                # Kazakh phone numbers
    r"^(мекен-?жай|адрес|телефон|тел\.|факс|call-центр)\b",
    r"ақпараттық агенттiгі|информационное агентство",
    r"\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}",                      # comment timestamps
    r"\.html|https?://|\bwww\.",
    r"кеше келгендердің|порталда:",
    r"[cс]оңғы өзгеріс|последнее изменение|ключевые слова|^(мұрағат|архив)\b",
    r"баспасөз релиздері|^пресс-релиз",
)]
KK_LETTERS = set("әіңғүұқөһӘІҢҒҮҰҚӨҺ")
# Menus lose their separators in the scrape: "ГлавнаяПомощьГражданство".
GLUED_RE = re.compile(r"[а-яёәіңғүұқөһ]{3}[А-ЯЁӘІҢҒҮҰҚӨҺ][а-яёәіңғүұқөһ]")
SIGNATURE_RE = re.compile(r"баспасөз қызметі|пресс-служба|қосымша ақпарат", re.I)
WORD_RE = re.compile(r"\w+(?:[-’'.]\w+)*")


def words(s):
    return WORD_RE.findall(s)


def is_chrome(s):
    if any(r.search(s) for r in CHROME_RES):
        return True
    chars = [c for c in s if not c.isspace()]
    digits = sum(c.isdigit() for c in chars)
    if chars and digits / len(chars) > 0.3:  # phone lists, tables, calendars
        return True
    if len(GLUED_RE.findall(s)) >= 2 or is_shouting(s):
        return True
    if len(MONTH_WORD_RE.findall(s)) >= 4:  # archive calendar widget
        return True
    return s.endswith(("…", "...")) or "… " in s  # truncated teasers of listings


def fits_language(s, lang):
    """Reject lines of the other language that the scraper mixed in."""
    kk = sum(c in KK_LETTERS for c in s)
    cyr = sum("а" <= c.lower() <= "я" or c in "ёЁ" for c in s)
    if lang == "ru":
        return kk <= 1
    # Kazakh: any sentence of a few words has at least one Kazakh-only letter.
    return kk > 0 or len(words(s)) < 6 or cyr < 20


def is_shouting(s):
    letters = [c for c in s if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) > 0.7 * len(letters)


def ends_sentence(s):
    return bool(re.search(r"[.!?…][\"»”')]*$", s))


def headline_like(s):
    """A headline: 3-25 words, starts with a capital or a quote, no final full stop.

    Many upstream lines are sentences cut off at ~300 bytes, which also lack a
    final stop; real headlines are shorter and have at most one comma."""
    n = len(words(s))
    if not 3 <= n <= 25 or len(s) > 170 or is_shouting(s):
        return False
    commas = s.count(",")
    if commas > 1 or (commas and n > 15):
        return False
    if re.search(r"[;·•]|[.!?] [A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]", s):
        return False  # a list item or two sentences, not a headline
    if ends_sentence(s) or s.endswith((",", ";", ":", "-", "–")):
        return False
    return s[0].isupper() or s[0] in "«\"“" or s[0].isdigit()


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
             "тамыз", "қыркүйе", "қазан", "қараша", "желтоқсан"]  # қыркүйек/қыркүйегі
RU_MONTHS = ["январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл",
             "август", "сентябр", "октябр", "ноябр", "декабр"]
MONTH_RE = re.compile("(?:%s)" % "|".join(KK_MONTHS + RU_MONTHS))
MONTH_WORD_RE = re.compile(r"(?<!\w)%s\w*" % MONTH_RE.pattern, re.I)
# Month forms that end a date heading ("29 қыркүйек 2015", "2015 жылдың
# 07 қазаны"): nominative or possessive. Other case forms ("қыркүйектен
# бастап", "қаңтарында") are dates inside biography sentences.
KK_HEAD_FORMS = {"қаңтар", "қаңтары", "ақпан", "ақпаны", "наурыз", "наурызы",
                 "сәуір", "сәуірі", "мамыр", "мамыры", "маусым", "маусымы",
                 "шілде", "шілдесі", "тамыз", "тамызы", "қыркүйек", "қыркүйегі",
                 "қазан", "қазаны", "қараша", "қарашасы", "желтоқсан", "желтоқсаны"}


def month_number(word):
    w = word.lower()
    for i, stem in enumerate(KK_MONTHS):
        if w.startswith(stem):
            return i + 1
    for i, stem in enumerate(RU_MONTHS):
        if re.match(stem, w):
            return i + 1
    return None


def make_date(year, month, day):
    try:
        d = datetime.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None
    return d.isoformat() if 1991 <= d.year <= 2016 else None


W = r"[^\W\d_]+"  # a word of letters
DATE_STARTS = [
    # "Күні: 29 қыркүйек 2015", "Дата: 29 сентября 2015"
    ("label", re.compile(r"^(?:Күні|Дата)\s*:\s*(\d{1,2})\s+(%s)\s+(\d{4})\S*\s*(.*)$" % W)),
    # "08 Қазан 2015, 14:17 <headline> АСТАНА. ҚазАқпарат - ...", "04 сентября 2015 <lead>"
    ("dmy", re.compile(r"^(\d{1,2})\s+(%s)\s+(\d{4})(?:\s+года)?(?:,?\s+\d{1,2}:\d{2})?\s*(.*)$" % W)),
    # "2015 жылдың 07 қазаны <lead>", "2015 жылғы 25 тамыз <headline>"
    ("ymd", re.compile(r"^(\d{4})\s+жыл(?:дың|ғы)\s+(\d{1,2})\s+(%s)(?:\s+(.*))?$" % W)),
    # dingov.kz: "Негізгі бет » Баспасөз қызметі » Жаңалықтар 24 тамыз 2015 <teaser>"
    ("crumb", re.compile(r"^[^»]+»[^»]+»\D*?(\d{1,2})\s+(%s)\s+(\d{4})\s*(.*)$" % W)),
    # "29.09.2015", "14.08.2015, 22:31", "01.07.2015 <lead>"
    ("dotted", re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+\d{1,2}:\d{2})?\s*(.*)$")),
]


LISTING = "listing"
LEADING_DATE_RE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}\b|\d{4}\s+жыл(?:дың|ғы)\s+\d|\d{1,2}\s+%s\w*\s+\d{4}"
                             % MONTH_RE.pattern, re.I)


def match_date_start(s):
    """If line s is an article's date line, return (iso_date, rest_of_line).

    Returns LISTING for two list items glued on one line
    ("2015 жылғы 2 қыркүйек 08.09.2015 <headline>"), None otherwise."""
    for kind, rx in DATE_STARTS:
        m = rx.match(s)
        if not m:
            continue
        if kind == "dotted":
            day, mon, year, rest = m.groups()
            date = make_date(year, mon, day)
        elif kind == "ymd":
            year, day, mword, rest = m.groups()
            if mword.lower() not in KK_HEAD_FORMS:
                return None
            date = make_date(year, month_number(mword), day)
        else:
            day, mword, year, rest = m.groups()
            date = make_date(year, month_number(mword), day) if MONTH_RE.match(mword.lower()) else None
        rest = (rest or "").strip()
        if kind == "crumb":
            rest = ""  # a cut-off teaser of the lead that follows in full
        elif rest[:1].islower():
            return None  # "01.06.2015 жағдайы бойынша ...": a date inside a sentence
        elif LEADING_DATE_RE.match(rest) or rest.endswith(("…", "...")):
            return LISTING  # glued list items, or a teaser cut off with "…"
        if date:
            return date, rest
    return None


# A lead sentence that starts with the event date in the locative
# ("2015 жылғы 14 ақпанда ...", "17 апреля 2015 года ..."): not a date line,
# but it dates the article if it follows a headline.
LEAD_DATE_RES = [
    re.compile(r"^(\d{4})\s+жыл(?:дың|ғы)\s+(\d{1,2})\s+(%s)" % W),
    re.compile(r"^(\d{1,2})\s+(%s)\s+(\d{4})\s+(?:года|г\.)" % W),
]


def lead_date(s):
    m = LEAD_DATE_RES[0].match(s)
    if m:
        return make_date(m.group(1), month_number(m.group(3)), m.group(2))
    m = LEAD_DATE_RES[1].match(s)
    if m and MONTH_RE.match(m.group(2).lower()):
        return make_date(m.group(3), month_number(m.group(2)), m.group(1))
    return None


# ---------------------------------------------------------------------------
# Sentences and titles
# ---------------------------------------------------------------------------

SENT_SPLIT_RE = re.compile(r"(?<=[.!?…])[\"»”')]*\s+(?=[«\"“(]?[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ0-9])")
# "Т. Рысқұлов", "Алматы қ. Бостандық", "т.б." must not end a sentence.
NO_BREAK_RE = re.compile(r"(\b[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]|\b(қ|г|ж|т\.б|им|обл|ул|көш|млн|млрд|тыс|т\.е))\.$")


def split_sentences(text):
    out = []
    for piece in SENT_SPLIT_RE.split(text):
        # "25. 05.1977" is a date, not two sentences.
        if out and (NO_BREAK_RE.search(out[-1]) or (out[-1][-2:-1].isdigit() and piece[:1].isdigit())):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return [p for p in out if p]


# Reported-speech tails: "..., деп мәлімдеді бүгін ОКҚ брифингінде X" /
# "..., сообщил вице-министр". The part before them reads like a headline.
ATTRIBUTION_RE = re.compile(r",?\s*[-–—]?\s*(?:деп\s+\w|деген\s+сенім|"
                            r"(?:сообщ|заяв|рассказ|отмет|переда[её]т|говорится|сказал|подчеркну|информир)\w*)")
TODAY_RE = re.compile(r"^(?:Бүгін|Сегодня|Бүгінгі күні)\s*,?\s+")
# "2015 жылғы 25 маусымда", "А.ж. 24 тамыз күні", "17 апреля 2015 года": the
# event date opening a lead; a headline does not start with it.
LEAD_DATE_PREFIX_RE = re.compile(
    r"^(?:(?:\d{4}\s+жыл(?:дың|ғы|ы)|А\.ж\.|Ағымдағы жыл(?:дың|ғы))\s*,?\s+)?"
    r"\d{1,2}(?:[-–]\d{1,2})?\s+%s\w*(?:\s+\d{4})?"
    r"(?:\s+(?:күні|күндері|аралығында|года|г\.|т\.г\.|текущего года))?\s*,?\s+" % MONTH_RE.pattern,
    re.I)


def trim_words(s, limit=150):
    if len(s) <= limit:
        return s
    cut = s[:limit + 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–—-")


def title_from_lead(lead):
    """Make a headline out of a lead sentence (primeminister.kz style pages)."""
    first = split_sentences(lead)[0]
    m = ATTRIBUTION_RE.search(first)
    if m and len(words(first[:m.start()])) >= 4:
        first = first[:m.start()]
    first = TODAY_RE.sub("", LEAD_DATE_PREFIX_RE.sub("", first))
    first = first[:1].upper() + first[1:]
    return trim_words(first.rstrip(" .,;:–—-"))


# Kazinform: "<headline> АСТАНА. ҚазАқпарат - <first sentence>"
INFORM_RE = re.compile(r"^(.{10,}?)\s+[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][A-ZА-ЯЁӘІҢҒҮҰҚӨҺ\- ]{2,30}\.\s*"
                       r"(?:ҚазАқпарат|КАЗИНФОРМ|Kazinform)\s*[-–—]\s*(.*)$")


# ---------------------------------------------------------------------------
# Segmentation
# ---------------------------------------------------------------------------

class Article:
    def __init__(self, line_no, date):
        self.line_no = line_no
        self.date = date
        self.title = None
        self.paras = []


def segment(lines, lang):
    """Split one file's lines into candidate articles (unfiltered)."""
    cleaned = [clean_line(l) for l in lines]
    freq = collections.Counter(c for c in cleaned if c)
    out = []
    cur = None
    pending = None  # (line_no, headline) seen while no article was open

    def close():
        nonlocal cur
        if cur is not None and cur.title:
            out.append(cur)
        cur = None

    for no, s in enumerate(cleaned, 1):
        if not s:
            continue
        start = match_date_start(s)
        if start == LISTING or (start is None and (
                freq[s] >= 3 or is_chrome(s) or not fits_language(s, lang))):
            # Boilerplate marks a page boundary: nothing after it belongs to
            # the article before it.
            close()
            pending = None
            continue
        if start:
            date, rest = start
            title = None
            # A headline printed just above the date line ("Күні: ..." pages,
            # primeminister.kz) belongs to the new article, not the old one.
            if cur is not None and cur.paras and headline_like(cur.paras[-1]):
                title = cur.paras.pop()
            elif pending:
                title = pending[1]
            close()
            pending = None
            cur = Article(no, date)
            m = INFORM_RE.match(rest) if rest else None
            if m:
                title = title or m.group(1)
                rest = m.group(2)
            if rest and not title and headline_like(rest) and not ATTRIBUTION_RE.search(rest):
                title, rest = rest, ""  # "2015 жылғы 25 тамыз <headline>"
            if rest and not title:
                title = title_from_lead(rest)
            cur.title = title
            if rest:
                cur.paras.append(rest)
            continue
        n = len(words(s))
        if cur is not None and cur.paras and SIGNATURE_RE.search(s) and n <= 8:
            close()  # "ҚР Премьер-Министрінің Баспасөз қызметі" signs off a press release
            continue
        if cur is not None and cur.title is None:
            # Date line without headline: the next line is the headline
            # (Esep komiteti: "03.09.2015" / "2015 жылғы 3 қыркүйекте ... өтті").
            if headline_like(s):
                cur.title = s
                continue
            cur.title = title_from_lead(s)
        if cur is None:
            if headline_like(s):
                pending = (no, s)
            elif pending and ends_sentence(s) and n >= 6:
                # Headline + sentence after page chrome: an undated article,
                # dated by its lead when the lead starts with a date.
                cur = Article(pending[0], lead_date(s))
                cur.title = pending[1]
                cur.paras.append(s)
                pending = None
            else:
                pending = None
            continue
        if n < 4 and not headline_like(s):
            if not ends_sentence(s):
                close()  # menu item or category label: page boundary
            continue
        cur.paras.append(s)
    close()
    return out


# ---------------------------------------------------------------------------
# Filtering, selection, output
# ---------------------------------------------------------------------------

MAX_PARAS = 40


def finish(art, lang):
    """Tidy an article; return None if it has no real body."""
    # Longer runs are several pages whose boundary went unnoticed; keep the
    # first part, which belongs to the title.
    paras = [p for p in art.paras if len(words(p)) >= 4 or ends_sentence(p)][:MAX_PARAS]
    # A trailing headline is usually the next (dropped) article's title.
    while paras and headline_like(paras[-1]):
        paras.pop()
    title = re.sub(r"^(Все новости|Барлық жаңалықтар)\s+", "", art.title.strip(" -–—"))
    if title.count("(") > title.count(")"):
        title = title[:title.rindex("(")]  # "... (ФОТ": headline cut off upstream
    title = trim_words(title.strip(" -–—"))
    if not paras or len(words(title)) < 2 or not fits_language(title, lang):
        return None
    sentences = sum(len(split_sentences(p)) for p in paras)
    nwords = sum(len(words(p)) for p in paras)
    if nwords < 40 or sentences < 2:
        return None
    art.title = title
    art.paras = paras
    return art


def norm_key(s):
    return SPACE_RE.sub(" ", re.sub(r"[^\w ]", "", s.lower())).strip()


def stable_rank(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def build(data_dir, kk_share, max_per_file):
    names = sorted(n for n in os.listdir(data_dir)
                   if os.path.isfile(os.path.join(data_dir, n)) and file_meta(n))
    prefixes = id_prefixes(names)
    seen = set()
    records = []
    stats = collections.OrderedDict()
    for name in names:
        site, lang = file_meta(name)
        site = SITE_ALIASES.get(site, site)
        source = SITE_DOMAINS.get(site, site + ".kz")
        with open(os.path.join(data_dir, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands = segment(lines, lang)
        file_records = []
        for art in cands:
            art = finish(art, lang)
            if art is None:
                continue
            keys = [(lang, norm_key(art.title), norm_key(art.paras[0])),
                    (lang, hashlib.sha1("\n".join(art.paras).encode()).hexdigest())]
            if any(k in seen for k in keys):
                continue  # the same page was scraped into several files
            seen.update(keys)
            rec = collections.OrderedDict()
            rec["id"] = "%s-%04d" % (prefixes[name], art.line_no)
            if art.date:
                rec["date"] = art.date
            rec["title"] = art.title
            rec["body"] = "\n\n".join(art.paras)
            rec["source"] = source
            rec["lang"] = lang
            file_records.append(rec)
        stats[name] = [lang, len(cands), len(file_records)]
        # enu1 (Pavlodar akimat) alone yields ~150 pages of regulations and
        # CVs; cap each file so news sites keep their weight. Dated pages
        # are the news items, so they go first.
        file_records.sort(key=lambda r: ("date" not in r, stable_rank(r["id"])))
        records.extend(file_records[:max_per_file])

    # The Russian files are line-aligned translations of the Kazakh ones, so
    # they would give ~50% Russian. Keep a stable pseudo-random subset.
    kk = [r for r in records if r["lang"] == "kk"]
    ru = [r for r in records if r["lang"] == "ru"]
    max_ru = int(len(kk) * (1 - kk_share) / kk_share)
    ru_keep = {r["id"] for r in sorted(ru, key=lambda r: stable_rank(r["id"]))[:max_ru]}
    records = kk + [r for r in ru if r["id"] in ru_keep]
    records.sort(key=lambda r: r["id"])
    return records, stats


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=DEFAULT_DATA,
                    help="directory of gov-sites-2015 line files (default: %(default)s)")
    ap.add_argument("--seed", default=DEFAULT_SEED,
                    help="seed page copied to <out dir>/pages/ (default: %(default)s)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output JSONL (default: %(default)s)")
    ap.add_argument("--kk-share", type=float, default=0.8,
                    help="target share of Kazakh articles; Russian ones are subsampled (default: 0.8)")
    ap.add_argument("--max-per-file", type=int, default=60,
                    help="at most this many articles from one input file (default: 60)")
    ap.add_argument("--max-bytes", type=int, default=4_000_000,
                    help="stop adding articles (in id order) past this output size (default: 4000000)")
    args = ap.parse_args()

    records, stats = build(args.data, args.kk_share, args.max_per_file)

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    size = 0
    written = []
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            n = len(line.encode("utf-8"))
            if size + n > args.max_bytes:
                break
            f.write(line)
            size += n
            written.append(rec)

    if args.seed:
        pages = os.path.join(os.path.dirname(os.path.abspath(args.out)), "pages")
        os.makedirs(pages, exist_ok=True)
        shutil.copyfile(args.seed, os.path.join(pages, os.path.basename(args.seed)))

    # Summary.
    per_file = collections.Counter()
    ids = {r["id"] for r in written}
    prefixes = id_prefixes(list(stats))
    for rec in written:
        per_file[rec["id"].rsplit("-", 1)[0]] += 1
    err = sys.stderr
    err.write("%-24s %-4s %10s %9s %7s\n" % ("file", "lang", "candidates", "accepted", "written"))
    for name, (lang, ncand, kept) in stats.items():
        err.write("%-24s %-4s %10d %9d %7d\n" % (name, lang, ncand, kept, per_file[prefixes[name]]))
    by_lang = collections.Counter(r["lang"] for r in written)
    dated = sum("date" in r for r in written)
    total = len(written)
    err.write("articles: %d (kk %d = %.0f%%, ru %d)\n" % (
        total, by_lang["kk"], 100.0 * by_lang["kk"] / max(total, 1), by_lang["ru"]))
    err.write("dated: %d (%.0f%%)\n" % (dated, 100.0 * dated / max(total, 1)))
    err.write("bytes: %d -> %s\n" % (size, args.out))
    if len(ids) != total:
        err.write("ERROR: duplicate ids\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
