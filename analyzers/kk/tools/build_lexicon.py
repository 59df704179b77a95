#!/usr/bin/env python3
"""Builds analyzers/kk/data/lexicon.txt, the lemma list that guards the Kazakh stemmer.

Source: the Apertium Kazakh lexicon lemma list (apertium-kaz @ 95c6dd0, GPL-3.0), shipped in
../shared/data/morphology/apertium/derived_lexicon_lemmas.tsv as
`lemma<TAB>continuation_class<TAB>gloss`.
No evaluation data (UD KTB, Apertium tagged texts, segmentation corpus, paradigms) is read here.

Output: one entry per line, `word<TAB>tags`, sorted by word (byte order), UTF-8, where `word` is
normalised exactly as izdeu::analyzers::NormalizeWord does (lower case, ё -> е, Latin look-alikes
inside Cyrillic words -> Cyrillic) and `tags` is a set of letters taken from the continuation
classes of all entries with that spelling:
  n  inflecting nominal (nouns, adjectives, numerals, pronouns, determiners)
  v  verb stem (imperative 2sg, the form lemmatisers use)
  p  proper name (people, places, organisations)
  f  frozen / closed-class word (adverbs, postpositions, conjunctions, interjections)
Multi-word lemmas, lemmas with digits or dots, and the transducer's internal classes (digit
loops, guesser queue) are skipped; verbs that are a regular voice or negative form of another
verb of the list lose their verb tag (fold_derived_verbs), participles of verbs of the list
lose their nominal and name tags (fold_participles), and regular plurals of other nominals lose
their nominal tag (fold_plurals). A word left without tags is dropped.

Usage: python3 analyzers/kk/tools/build_lexicon.py [--data ../shared/data]
                                                  [--out analyzers/kk/data/lexicon.txt]
The output is deterministic: re-running on the same input gives the same bytes.
"""
import argparse
import os
import sys

# Continuation classes that are transducer plumbing, not words.
SKIP_CLASSES = {"SQRD", "GUESS-QUEUE", "LOOP", "DIGITLEX", "LASTDIGIT", "LASTDIGIT-REST",
                "POWERS", "NUM-DIGIT", "NUM-TWENTY"}

# Latin look-alikes that NormalizeWord replaces inside words that contain Cyrillic
# (analyzers/normalizer.cpp, CyrillicForLatinLookalike); applied before case folding.
LATIN_LOOKALIKES = {
    "a": "а", "A": "А", "e": "е", "E": "Е", "o": "о", "O": "О", "p": "р", "P": "Р",
    "c": "с", "C": "С", "x": "х", "X": "Х", "y": "у", "Y": "Ү", "i": "і", "I": "І",
    "k": "к", "K": "К", "h": "һ", "H": "Н", "B": "В", "M": "М", "T": "Т",
    "\u0259": "ә", "\u01dd": "ә", "\u0275": "ө",
}


def is_cyrillic(ch):
    return "\u0400" <= ch <= "\u04ff"


def normalize(word):
    """Mirror of NormalizeWord for the characters that occur in the lemma list."""
    has_cyrillic = any(is_cyrillic(ch) for ch in word)
    out = []
    for ch in word:
        if has_cyrillic and ch in LATIN_LOOKALIKES:
            ch = LATIN_LOOKALIKES[ch]
        ch = ch.lower()
        if ch == "ё":
            ch = "е"
        out.append(ch)
    return "".join(out)


def tag_for_class(cls):
    """Maps an Apertium continuation class to one lexicon tag, or None to skip the entry."""
    if cls in SKIP_CLASSES:
        return None
    if cls.startswith("V-"):
        return "v"
    if cls.startswith("NP-"):
        return "p"
    if cls.startswith(("N", "A", "DET", "PRON", "NUM", "PRNNEG")) and not cls.startswith("ADV"):
        return "n"  # N1, N5, N-COMPOUND-PX, N-INFL-NKI, A1..A6, ABBR, NUM, DET-*, PRON-*
    return "f"  # ADV*, POST*, CA, CS, CC*, INTERJ, IDEO, MOD*, QST, PAREN, POSTADV, PRNNEG


# Passive and negative forms of verbs. Lemmatisers (UD KTB, Apertium's analyser) give табылды
# the lemma тап and жасалды the lemma жаса, but the lemma list also has табыл and жасал as verbs;
# as stems those would split one verb in two. A verb entry that is another verb entry plus one of
# these suffixes loses its verb tag here (and the word goes if nothing is left). Reflexive and
# cooperative verbs (сөйлес, мақтан) are often lexicalised, so they are kept.
VERB_DERIVATION_SUFFIXES = ["ыл", "іл", "л", "н", "ма", "ме", "ба", "бе", "па", "пе"]
PASSIVE_AFTER_L = ["ын", "ін"]  # алын, білін: passive of л-final verbs
# Verbs in -ла/-ле form their passive with -н, not -л (the л dissimilates): сайла -> сайлан,
# жоспарла -> жоспарлан, белгіле -> белгілен. Other vowel-final verbs take -н as a reflexive,
# which is often a verb of its own (мақтан, сүйен, атан), so only these are folded.
PASSIVE_N_BASES = ("ла", "ле")
VOICED_FINAL = {"б": "п", "г": "к", "ғ": "қ"}


def fold_derived_verbs(tags):
    verbs = {w for w, t in tags.items() if "v" in t}
    for word in sorted(verbs):
        for suffix in VERB_DERIVATION_SUFFIXES + PASSIVE_AFTER_L:
            if not word.endswith(suffix) or len(word) - len(suffix) < 2:
                continue
            base = word[:-len(suffix)]
            if suffix in PASSIVE_AFTER_L and not base.endswith("л"):
                continue
            if suffix == "н" and not base.endswith(PASSIVE_N_BASES):
                continue
            bases = {base}
            if base[-1] in VOICED_FINAL:  # табыл -> таб -> тап
                bases.add(base[:-1] + VOICED_FINAL[base[-1]])
            if any(b in verbs and b != word for b in bases):
                tags[word].discard("v")
                break


# Participles (-ған/-ген/-қан/-кен, -атын/-етін/-йтын/-йтін, optionally after a passive) are
# forms of their verb in Kazakh grammar and lemmatisers give келген the lemma кел, but the lemma
# list also has many of them as adjectives (келген, шақырылған, жүктелетін) and some as names
# (Болған). An entry that is a verb entry plus a participle suffix, with the right assimilation,
# loses its nominal and name tags.
VOICELESS = set("кқпстшфхцчщ")
VOWELS = set("аәеоөұүыіэюяёуи")


def participle_base(word, verbs):
    for suffix in ("ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін"):
        if not word.endswith(suffix):
            continue
        stem = word[:-len(suffix)]
        if len(stem) < 2:
            continue
        last = stem[-1]
        if suffix in ("қан", "кен") and last not in VOICELESS:
            continue
        if suffix in ("ған", "ген") and (last in VOICELESS):
            continue
        if suffix in ("атын", "етін") and last in VOWELS:
            continue
        if suffix in ("йтын", "йтін") and last not in VOWELS:
            continue
        # Negated participles are forms of the verb too: оқымаған, шешілмеген, қорықпайтын.
        for negation in ("", "ма", "ме", "ба", "бе", "па", "пе"):
            if negation and not stem.endswith(negation):
                continue
            found = voice_base(stem[:len(stem) - len(negation)], verbs)
            if found:
                return found
    return None


def voice_base(stem, verbs):
    """The verb of the list that `stem` is, itself or its passive (жасал -> жаса, табыл -> тап)."""
    for passive in ("", "ыл", "іл", "л", "ын", "ін", "н"):
        if passive and not stem.endswith(passive):
            continue
        base = stem[:len(stem) - len(passive)]
        if passive == "н" and not base.endswith(PASSIVE_N_BASES):
            continue
        if len(base) < 2:
            continue
        candidates = [base]
        if base[-1] in VOICED_FINAL:
            candidates.append(base[:-1] + VOICED_FINAL[base[-1]])
        for c in candidates:
            if c in verbs:
                return c
    return None


def fold_participles(tags):
    verbs = {w for w, t in tags.items() if "v" in t}
    for word, t in tags.items():
        if "v" not in t and participle_base(word, verbs):
            t.discard("n")
            t.discard("p")  # names such as Болған, Тұрған: the participle is far more frequent



# Verbal nouns (-у/-ю) of passive verbs and of verbs in -п/-к/-қ are forms of their verb for
# lemmatisers (ашылуы, қосылудың, шығуға -> аш, қос, шық), but the lemma list also has many as
# nouns (ашылу, шығу). The stemmer cuts a plain verbal noun on its own (алу = ал + у), but the
# passive or the voiced consonant makes that parse dearer than keeping the noun, so such an
# entry loses its nominal tag here. Plain ones stay nouns: many are nouns of their own (қару
# "weapon", not қары + у).
def verbal_noun_base(word, verbs):
    if word.endswith("у"):
        stems = [word[:-1], word[:-1] + "ы", word[:-1] + "і"]
    elif word.endswith("ю"):
        stems = [word[:-1] + "й"]
    else:
        return None
    for stem in stems:
        for passive in ("", "ыл", "іл", "л", "ын", "ін", "н"):
            if passive and not stem.endswith(passive):
                continue
            base = stem[:len(stem) - len(passive)]
            if passive == "н" and not base.endswith(PASSIVE_N_BASES):
                continue
            if len(base) < 2:
                continue
            candidates = [base] if passive else []
            if base[-1] in VOICED_FINAL:
                candidates.append(base[:-1] + VOICED_FINAL[base[-1]])
            for c in candidates:
                if c in verbs:
                    return c
    return None


def fold_verbal_nouns(tags):
    verbs = {w for w, t in tags.items() if "v" in t}
    for word, t in tags.items():
        if "v" not in t and verbal_noun_base(word, verbs):
            t.discard("n")


# Attributives built on a locative (ағымдағы "current" = ағым + да + ғы, алдағы, қызметтегі) are
# forms of their noun for lemmatisers, and regular: an entry that is a nominal of the list plus
# -дағы/-дегі/-тағы/-тегі loses its nominal tag. (Those on -ғы alone, such as қазіргі, сыртқы,
# ішкі, are mostly lemmas of their own and stay.)
def fold_locative_attributives(tags):
    nominals = {w for w, t in tags.items() if t & {"n", "p", "f"}}
    for word, t in tags.items():
        for suffix in ("дағы", "дегі", "тағы", "тегі"):
            base = word[:-len(suffix)]
            # Bases of 4+ letters: short ones are often bound stems (алд-ағы "upcoming" would
            # become ал "take").
            if word.endswith(suffix) and len(base) > 3 and base in nominals:
                t.discard("n")
                break


# Regular plurals listed as lemmas (балалар, басқалар) would give балалар the stem бала but
# балаларға the stem балалар; a nominal entry that is another nominal entry plus a plural suffix
# (or plural + 3rd-person possessive: дінбасылары) loses its nominal tag.
def fold_plurals(tags):
    nominals = {w for w, t in tags.items() if "n" in t}
    for word, t in tags.items():
        if t != {"n"}:
            continue
        for suffix in ("лар", "лер", "дар", "дер", "тар", "тер", "лары", "лері", "дары", "дері",
                       "тары", "тері"):  # and with the possessive: дінбасылары
            base = word[:-len(suffix)]
            if word.endswith(suffix) and len(base) > 1 and base in nominals:
                t.discard("n")
                break


# Adverb entries marked "Use/MT" (apertium-kaz restricts them to its translator) are often
# inflected nouns that the translator wants whole: кезде (кез + locative), кешке, негізі.
# Apertium's own analyses, and the UD lemmas, give them as forms of the noun, so as frozen words
# they would hold the noun's forms apart. Such an entry is left out when it is a noun of the
# list (not also an adverb of its own) plus a locative, dative, ablative or possessive ending.
# Noun entries marked "Use/MT" that are another noun's 3rd-person possessive (тауы, қызы, бойы,
# ашына) or a verb's converb (атап) are left out the same way. A word listed otherwise, such as
# ішкі as an adjective, keeps its other entries. Kept as adverbs: forms of numerals and adverbs
# (бірден, қазірде, as бүгінде) and instrumentals, which are mostly lexicalised (алдымен "first
# of all", шамамен "about", сонымен "so").
POSSESSIVE_ENDINGS = ("ы", "і", "сы", "сі", "ына", "іне", "ында", "інде", "ынан", "інен", "сына",
                      "сіне", "сында", "сінде", "сынан", "сінен")
NOMINAL_ENDINGS = ("да", "де", "та", "те", "ға", "ге", "қа", "ке", "дан", "ден", "тан", "тен",
                   "нан", "нен", "ы", "і", "сы", "сі", "ында", "інде", "нда", "нде", "ына",
                   "іне", "на", "не", "ынан", "інен")


def is_mt_inflected_noun(fields, nouns, verbs):
    if len(fields) < 3 or "Use/MT" not in fields[2]:
        return False
    word = normalize(fields[0].strip())
    # A converb listed as a noun (атап = ата + п, "naming"): a verb form.
    if fields[1].startswith("N1"):
        for ending in ("п", "ып", "іп"):
            base = word[:-len(ending)]
            if (word.endswith(ending) and len(base) >= 2 and base in verbs and
                    (base[-1] in VOWELS) == (ending == "п")):
                return True
    if fields[1].startswith("ADV"):
        endings = NOMINAL_ENDINGS
    elif fields[1].startswith("N1"):
        endings = POSSESSIVE_ENDINGS  # тауы, қызы, бойы: a noun's 3rd-person form
    else:
        return False
    for ending in endings:
        base = word[:-len(ending)]
        if not word.endswith(ending) or len(base) < 2:
            continue
        if ending.startswith(("ы", "і", "сы", "сі")) and (base[-1] in VOWELS) != (ending[0] == "с"):
            continue  # the possessive is -сы after a vowel, -ы after a consonant
        if base[-1] in VOICED_FINAL and endings is NOMINAL_ENDINGS:
            base = base[:-1] + VOICED_FINAL[base[-1]]
        if base in nouns:
            return True
    return False


# Cooperative verbs (-ыс/-іс after a consonant, -с after a vowel) that the list has only as
# verbs, of a base verb of three letters or more: сөйлес, қалыптас, ұшырас, әңгімелес. The
# stemmer strips the cooperative like the passive (0.6), so as lexicon verbs they would hold
# their forms apart from the base verb, which lemmatisers mostly give. Entries that are also
# nouns (қатыс, байланыс, жарыс) and those on short bases (тиіс, алыс, ауыс) stay verbs.
def fold_coop(tags):
    verbs = {w for w, t in tags.items() if "v" in t}
    for word in sorted(verbs):
        t = tags[word]
        if t != {"v"}:
            continue
        for suffix in ("ыс", "іс", "с"):
            base = word[:-len(suffix)]
            if not word.endswith(suffix) or len(base) < 3:
                continue
            if suffix == "с" and base[-1] not in VOWELS:
                continue
            if suffix != "с" and base[-1] in VOWELS:
                continue
            if base in verbs:
                t.discard("v")
                break


def acceptable(word):
    if not word or " " in word or "." in word:
        return False
    if any(ch.isdigit() for ch in word):
        return False
    if word.startswith("-") or word.endswith("-"):
        return False  # bound clitics such as -ақ
    return all(ch.isalpha() or ch in "-'" for ch in word)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.normpath(os.path.join(here, "..", "..", ".."))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.path.join(repo, "..", "shared", "data"))
    parser.add_argument("--out",
                        default=os.path.join(repo, "analyzers", "kk", "data", "lexicon.txt"))
    args = parser.parse_args()

    source = os.path.join(args.data, "morphology", "apertium", "derived_lexicon_lemmas.tsv")
    with open(source, encoding="utf-8") as f:
        next(f)  # header
        rows = [line.rstrip("\n").split("\t") for line in f]
    rows = [fields for fields in rows if len(fields) >= 2]
    adverbs = {normalize(fields[0].strip()) for fields in rows
               if fields[1] == "ADV" and "Use/MT" not in "".join(fields[2:])}
    nouns = {normalize(fields[0].strip()) for fields in rows
             if fields[1].startswith("N1")} - adverbs
    verbs = {normalize(fields[0].strip()) for fields in rows if fields[1].startswith("V-")}
    tags = {}
    for fields in rows:
        tag = tag_for_class(fields[1])
        if is_mt_inflected_noun(fields, nouns, verbs):
            continue
        word = normalize(fields[0].strip())
        if tag is None or not acceptable(word):
            continue
        tags.setdefault(word, set()).add(tag)

    fold_derived_verbs(tags)
    fold_coop(tags)
    fold_participles(tags)
    fold_verbal_nouns(tags)
    fold_locative_attributives(tags)
    fold_plurals(tags)
    lines = ["%s\t%s\n" % (w, "".join(sorted(t))) for w, t in tags.items() if t]
    lines.sort(key=lambda s: s.split("\t")[0].encode("utf-8"))
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(lines)
    print("%s: %d words" % (args.out, len(lines)), file=sys.stderr)


if __name__ == "__main__":
    main()
