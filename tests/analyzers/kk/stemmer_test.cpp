#include "analyzers/kk/stemmer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <thread>
#include <vector>

#include "analyzers/normalizer.h"

namespace izdeu::analyzers::kk {
namespace {

struct Case {
  const char* word;  // as written; the test normalises it first, as the pipeline does
  const char* stem;
};

std::string StemOf(const char* word) { return SharedKazakhStemmer().Stem(NormalizeWord(word)); }

void ExpectStems(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(StemOf(c.word), c.stem) << c.word;
}

TEST(KazakhStemmerTest, ConflatesTheCaseAndNumberFormsOfANoun) {
  ExpectStems({{"кеңес", "кеңес"},
               {"кеңестің", "кеңес"},      // genitive
               {"кеңестерінің", "кеңес"},  // plural + 3rd possessive + genitive
               {"кеңестерге", "кеңес"},    // plural + dative
               {"кеңесте", "кеңес"},       // locative
               {"кеңестен", "кеңес"},      // ablative
               {"кеңеске", "кеңес"},       // dative after a voiceless consonant
               {"мектептерде", "мектеп"},
               {"үйлерімізге", "үй"},
               {"қаласы", "қала"},
               {"қалаларында", "қала"}});
}

// The forms named in issue 11 item 5: voice and negation, loans with Kazakh endings and
// irregular harmony, Arabic/Persian loans, Latin names with a hyphenated ending.
TEST(KazakhStemmerTest, ConflatesLoanwordsAndLatinNamesWithKazakhEndings) {
  ExpectStems({{"Гамбургке", "гамбург"},
               {"институтына", "институт"},
               {"бюросына", "бюро"},
               {"тарихына", "тарих"},
               {"ақиқатын", "ақиқат"},
               {"Boeing-тың", "boeing"},
               {"Twitter-де", "twitter"},
               {"жазылды", "жаз"},
               {"бармады", "бар"}});
}

TEST(KazakhStemmerTest, KeepsProperNames) {
  ExpectStems({{"Алматыда", "алматы"},
               {"Алматының", "алматы"},
               {"Алматы", "алматы"},
               {"Назарбаевтың", "назарбаев"},
               {"Назарбаевқа", "назарбаев"},
               {"Қазақстанның", "қазақстан"},
               {"Қазақстанда", "қазақстан"},
               {"Астанада", "астана"},
               {"Абайдың", "абай"}});
}

TEST(KazakhStemmerTest, KeepsRussianSurnamesBeforeKazakhCaseEndings) {
  // -ов/-ев/-ин surnames take the voiceless allomorphs (-тың, -қа, -пен) and -ев names after a
  // vowel take either harmony; the surname itself must survive.
  ExpectStems({{"Ивановтың", "иванов"},
               {"Ивановқа", "иванов"},
               {"Ивановпен", "иванов"},
               {"Иванов", "иванов"},
               {"Путиннің", "путин"},
               {"Путинге", "путин"},
               {"Тоқаевтың", "тоқаев"},
               {"Сәтбаевтың", "сәтбаев"}});
}

TEST(KazakhStemmerTest, RespectsVowelHarmony) {
  // Back stems take back suffixes, front stems front ones.
  ExpectStems({{"балалар", "бала"},
               {"мектептер", "мектеп"},
               {"қалада", "қала"},
               {"кеңесте", "кеңес"},
               {"жылдың", "жыл"},
               {"күннің", "күн"}});
  // The wrong harmony is not a suffix: nothing is stripped.
  EXPECT_EQ(StemOf("кеңестар"), "кеңестар");
  EXPECT_EQ(StemOf("қаладе"), "қаладе");
  EXPECT_EQ(StemOf("балалер"), "балалер");
}

TEST(KazakhStemmerTest, RespectsConsonantAssimilationAtTheJoin) {
  ExpectStems({{"кітаптар", "кітап"}, {"үйдің", "үй"}, {"адамның", "адам"}, {"сөзбен", "сөз"}});
  // -лар after a voiceless consonant and -нің after й do not exist.
  EXPECT_EQ(StemOf("кітаплар"), "кітаплар");
  EXPECT_EQ(StemOf("үйнің"), "үйнің");
}

TEST(KazakhStemmerTest, RestoresStemFinalAlternations) {
  ExpectStems({{"кітабы", "кітап"},  // п/б
               {"жүрегі", "жүрек"},  // к/г
               {"табағы", "табақ"},  // қ/ғ
               {"мектебі", "мектеп"},
               {"сабағы", "сабақ"},
               {"орны", "орын"},  // elided high vowel
               {"тауып", "тап"},  // verb-final п -> у before a vowel
               {"фестивалы", "фестиваль"},
               {"процеске", "процесс"},
               {"артистердің", "артист"}});
}

TEST(KazakhStemmerTest, StemsVerbsToTheImperativeRoot) {
  ExpectStems({{"келеді", "кел"},
               {"келді", "кел"},
               {"келген", "кел"},
               {"келу", "кел"},
               {"келмейді", "кел"},
               {"келіп", "кел"},
               {"барамыз", "бар"},
               {"бардық", "бар"},
               {"оқиды", "оқы"},
               {"оқыды", "оқы"},
               {"оқыған", "оқы"},
               {"оқу", "оқы"},
               {"жасалды", "жаса"},
               {"жасалған", "жаса"},
               {"табылды", "тап"},
               {"құяды", "құй"},
               {"сөйлейді", "сөйле"}});
}

// Verbs in -ла/-ле take the passive -н (the л dissimilates), and the lemma of a passive form is
// the active verb: сайланды is сайла + н + ды, as жасалды is жаса + л + ды.
TEST(KazakhStemmerTest, StemsTheNPassiveOfLaVerbsToTheVerb) {
  ExpectStems({{"сайланды", "сайла"},
               {"сайланады", "сайла"},
               {"жоспарланып", "жоспарла"},
               {"белгіленген", "белгіле"},
               {"алаланбай", "алала"},
               {"жәбірленуге", "жәбірле"}});
  // A noun in -лан keeps its case ending: жыланды is жылан + ды, not жыла + н + ды.
  ExpectStems({{"жыланды", "жылан"}, {"жыланның", "жылан"}});
}

// The verbal noun of a passive verb, or of a verb whose final п/к/қ voices before it, is a form
// of the verb even where the lemma list also has it as a noun (ашылу, шығу).
TEST(KazakhStemmerTest, StemsVerbalNounsOfPassiveAndVoicedVerbsToTheVerb) {
  ExpectStems({{"ашылуы", "аш"},
               {"аяқталуы", "аяқта"},
               {"қосылудың", "қос"},
               {"сақталуда", "сақта"},
               {"тіркелу", "тірке"},
               {"шығуға", "шық"},
               {"бірігулері", "бірік"}});
  // Agent nouns stay nouns (оқушы "pupil").
  ExpectStems({{"оқушылар", "оқушы"}});
}

// The converb of a verb in -ы/-і is written like -ып on the shorter stem (оқы + п = оқып); when
// both stems are verbs the one in -ы/-і is taken, as for the verbal noun (оқу -> оқы). A verb of
// the lexicon is not cut into another verb plus a tense (есті "hear" is not ес + ті), and
// negated participles listed as adjectives are forms of their verb.
TEST(KazakhStemmerTest, StemsConverbsNegatedParticiplesAndVerbWords) {
  ExpectStems({{"оқып", "оқы"},
               {"дамып", "дамы"},
               {"шошып", "шошы"},
               {"қаңғып", "қаңғы"},
               {"есті", "есті"},
               {"естіді", "есті"},
               {"естиді", "есті"},
               {"оқымаған", "оқы"},
               {"шешілмеген", "шеш"},
               {"қорықпайтын", "қорық"}});
  // Consonant-final verbs keep their -ып: келіп, алып, жазып.
  ExpectStems({{"келіп", "кел"}, {"алып", "ал"}, {"жазып", "жаз"}});
  // -сын is a rare imperative and does not cut a noun: қорғасын "lead" (the metal).
  ExpectStems({{"қорғасын", "қорғасын"}, {"қорғасынның", "қорғасын"}});
}

// Loans keep the front harmony of a dropped soft sign (король -> королі, спектакль ->
// спектаклін) and of a final к/г (банкі, Нью-Йорктің, Гонконгте, пункттері).
TEST(KazakhStemmerTest, StemsLoansWithSoftSignAndFrontVelarHarmony) {
  ExpectStems({{"королі", "король"},
               {"спектаклін", "спектакль"},
               {"моральдің", "мораль"},
               {"кинофестивальдер", "кинофестиваль"},
               {"банкі", "банк"},
               {"банктер", "банк"},
               {"паркі", "парк"},
               {"Йорктің", "йорк"},
               {"Гонконгте", "гонконг"},
               {"пункттері", "пункт"}});
  // A native back word takes no front suffix: the front ending is not stripped.
  EXPECT_EQ(StemOf("қалалер"), "қалалер");
}

// Pronoun forms that lemmatisers give as the pronoun: manner adverbs in -лай, the old genitive
// аның; and copula person endings written apart (мын, міз), which are the copula е.
TEST(KazakhStemmerTest, StemsPronounAdverbsAndDetachedCopulaEndings) {
  ExpectStems({{"олай", "ол"},
               {"былай", "бұл"},
               {"солай", "сол"},
               {"осылай", "осы"},
               {"аның", "ол"},
               {"бәрін", "бәрі"},
               {"бәрімен", "бәрі"},
               {"мын", "е"},
               {"міз", "е"},
               {"быз", "е"}});
  // біз "we" and мін "ride" are words of their own.
  ExpectStems({{"біз", "біз"}, {"мінді", "мін"}});
}

// Attributives on a locative are forms of their noun: ағымдағы "current" = ағым + да + ғы.
TEST(KazakhStemmerTest, StemsLocativeAttributivesToTheNoun) {
  ExpectStems({{"ағымдағы", "ағым"}, {"қызметтегі", "қызмет"}, {"мектептегі", "мектеп"}});
  // Lexicalised -ғы/-гі adjectives stay: сыртқы "outer", ішкі "inner"; so does алдағы
  // "upcoming", on the bound stem алд- (not ал "take").
  ExpectStems({{"сыртқы", "сыртқы"}, {"ішкі", "ішкі"}, {"алдағы", "алдағы"}});
}

// Cooperative verbs listed only as verbs fold into their base verb (lemmatisers mostly give
// the base); those that are also nouns, or on a two-letter base, stay verbs.
TEST(KazakhStemmerTest, StemsCooperativeVerbsToTheBaseVerb) {
  ExpectStems({{"сөйлесерміз", "сөйле"},
               {"қалыптасу", "қалыпта"},
               {"ұшырасқан", "ұшыра"},
               {"әңгімелесуіміз", "әңгімеле"}});
  ExpectStems({{"қатысты", "қатыс"}, {"тиіс", "тиіс"}, {"байланысты", "байланыс"}});
}

// A root that is itself a noun plus the possessive goes the way the bare word goes (кісі and
// кісіге share a stem); compounds the lexicon lists whole are stemmed whole; plural-possessive
// entries of the lemma list are forms of their noun.
TEST(KazakhStemmerTest, KeepsPossessiveRootsCompoundsAndListedPluralsWithTheirWord) {
  EXPECT_EQ(StemOf("кісіге"), StemOf("кісі"));
  EXPECT_EQ(StemOf("кісінің"), StemOf("кісі"));
  ExpectStems({{"жауын-шашынның", "жауын-шашын"},
               {"ағайын-туғаны", "ағайын-туған"},
               {"дінбасылары", "дінбасы"},
               {"дінбасыларының", "дінбасы"}});
  // A possessive after the root is not a second possessive: барысында is not бар + ы + сы.
  EXPECT_NE(StemOf("барысында"), "бар");
}

// Intensive reduplication (тап-таза "spotless") is the adjective; the verbal noun -ю keeps the
// harmony of the stem before it and takes -ы/-і like -у (жоюы, қоюға, көркеюін).
TEST(KazakhStemmerTest, StemsIntensiveAdjectivesAndVerbalNounsInJu) {
  ExpectStems({{"тап-таза", "таза"},
               {"қап-қара", "қара"},
               {"жап-жаңа", "жаңа"},
               {"жоюы", "жой"},
               {"қоюға", "қой"},
               {"көркеюін", "көркей"},
               {"сүюі", "сүй"}});
  // Other hyphenated words are not intensives: ҚР-да, наным-сенімін.
  ExpectStems({{"наным-сенімін", "наным-сенім"}});
}

// Feminine surnames stem to the family name (Сәтбаева -> сәтбаев, as lemmatisers give them),
// the long instrumental -менен is the instrumental, and a loan in consonant + и takes front
// suffixes (белуджилер).
TEST(KazakhStemmerTest, StemsFeminineSurnamesLongInstrumentalAndLoansInI) {
  ExpectStems({{"Сәтбаева", "сәтбаев"},
               {"Сәтбаеваның", "сәтбаев"},
               {"Қайырбекова", "қайырбеков"},
               {"Иванова", "иванов"},
               {"ақшасыменен", "ақша"},
               {"оқығанменен", "оқы"},
               {"соныменен", "сол"},
               {"белуджилер", "белуджи"}});
}

// Adverbs that the lemma list keeps only for its translator and that are a noun plus a case or
// possessive ending are forms of the noun, as lemmatisers give them.
TEST(KazakhStemmerTest, StemsNounCaseFormsListedAsTranslatorAdverbsToTheNoun) {
  ExpectStems({{"кезде", "кез"},
               {"кешке", "кеш"},
               {"негізі", "негіз"},
               {"оңтүстікке", "оңтүстік"},
               {"бойындағы", "бой"},
               {"қызы", "қыз"},
               {"тауы", "тау"}});
  // Real adverbs stay whole, and so do the forms of numerals and adverbs and the instrumentals,
  // which are mostly lexicalised (бірден, қазірде, алдымен "first of all").
  ExpectStems({{"бірге", "бірге"},
               {"кейде", "кейде"},
               {"бірден", "бірден"},
               {"қазірде", "қазірде"},
               {"алдымен", "алдымен"}});
}

TEST(KazakhStemmerTest, DoesNotCutLexiconWordsOrShortWords) {
  // алма is not ал + ма (negation), қала not қал + а, оқушы not оқы + ушы.
  ExpectStems({{"алма", "алма"},
               {"бала", "бала"},
               {"қала", "қала"},
               {"ана", "ана"},
               {"ата", "ата"},
               {"ел", "ел"},
               {"ақ", "ақ"},
               {"оқушы", "оқушы"},
               {"кеше", "кеше"},
               {"бірге", "бірге"},
               {"алмалар", "алма"}});
  // Lexicon words that end like an inflection but are words of their own: -ды "having",
  // -сіз "without", dative-, ablative- and imperative-looking endings.
  ExpectStems({{"заңды", "заңды"},
               {"қауіпсіз", "қауіпсіз"},
               {"теңге", "теңге"},
               {"аудан", "аудан"},
               {"керек", "керек"},
               {"ағайын", "ағайын"},
               {"ақылды", "ақылды"}});
  // ...while a lexicon word that is one plain inflection of another is cut (алды = ал + ды).
  ExpectStems({{"алды", "ал"}, {"жылы", "жыл"}, {"келген", "кел"}});
  const KazakhStemmer& stemmer = SharedKazakhStemmer();
  EXPECT_TRUE(stemmer.IsLexiconWord("алма"));
  EXPECT_TRUE(stemmer.IsLexiconWord("қала"));
  EXPECT_TRUE(stemmer.IsLexiconWord("кеңес"));
  EXPECT_FALSE(stemmer.IsLexiconWord("кеңестерінің"));
  EXPECT_FALSE(stemmer.IsLexiconWord(""));
}

TEST(KazakhStemmerTest, HandlesPronounsAndClosedClassForms) {
  ExpectStems({{"оның", "ол"},
               {"оны", "ол"},
               {"оған", "ол"},
               {"одан", "ол"},
               {"маған", "мен"},
               {"мені", "мен"},
               {"менің", "мен"},
               {"мұнда", "бұл"},
               {"осында", "осы"},
               {"екен", "е"},
               {"емес", "е"},
               {"те", "да"}});
}

TEST(KazakhStemmerTest, HyphensAndMixedScript) {
  ExpectStems({{"Google-ға", "google"},  // NormalizeWord turns its o and e Cyrillic
               {"Googleға", "google"},
               {"ҚР-да", "қр"},
               {"ЖШС-ның", "жшс"},
               {"наным-сенімін", "наным-сенім"}});  // a compound inflects on its last part
}

TEST(KazakhStemmerTest, LeavesNonKazakhInputAlone) {
  const KazakhStemmer& stemmer = SharedKazakhStemmer();
  EXPECT_EQ(stemmer.Stem(""), "");
  EXPECT_EQ(stemmer.Stem("hello"), "hello");
  EXPECT_EQ(stemmer.Stem("2015"), "2015");
  EXPECT_EQ(stemmer.Stem("covid-19"), "covid-19");
  std::string long_word;
  for (int i = 0; i < 500; ++i) long_word += "ла";
  EXPECT_EQ(stemmer.Stem(long_word), long_word);  // longer than any word: returned as is
}

TEST(KazakhStemmerTest, SurvivesRandomBytes) {
  const KazakhStemmer& stemmer = SharedKazakhStemmer();
  std::mt19937 rng(42);
  // Mostly Cyrillic lead/continuation bytes so that the search really runs on broken UTF-8.
  const unsigned char alphabet[] = {0xD0, 0xD1, 0xD2, 0xD3, 0xB0, 0xB5, 0xBB, 0x80,
                                    0x9B, 0xA3, 0xAF, 0x2D, 0x61, 0xFF, 0x00, 0xC3};
  for (int i = 0; i < 20000; ++i) {
    std::string word(rng() % 40, '\0');
    for (char& c : word) c = static_cast<char>(alphabet[rng() % sizeof alphabet]);
    std::string stem = stemmer.Stem(word);
    EXPECT_LE(stem.size(), word.size() + 8) << i;
    EXPECT_EQ(stemmer.Stem(word), stem) << i;  // deterministic (the memo returns the same)
  }
}

TEST(KazakhStemmerTest, GivesTheSameStemsFromManyThreads) {
  const std::vector<std::string> words = {"кеңестерінің", "алматыда", "келмейді",
                                          "оның",         "кітабы",   "мектептерде",
                                          "жасалған",     "Googleға", "балаларға"};
  std::vector<std::string> expected;
  for (const auto& w : words) expected.push_back(StemOf(w.c_str()));
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 2000; ++round) {
        for (size_t i = 0; i < words.size(); ++i) {
          mismatches[t] += StemOf(words[i].c_str()) != expected[i];
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(KazakhStopwordTest, ListsFunctionAndQuestionWords) {
  for (const char* w : {"және", "туралы", "үшін", "бірақ", "мен", "да", "ғой"}) {
    EXPECT_TRUE(IsKazakhStopword(w)) << w;  // from kaz_stopwords.stop
  }
  for (const char* w : {"қай", "қандай", "қашан", "кім", "не", "неше", "қалай", "қайда", "қанша",
                        "ма", "ме", "ба", "бе", "па", "пе"}) {
    EXPECT_TRUE(IsKazakhStopword(w)) << w;  // question words added in stemmer.cpp
  }
  for (const char* w : {"кеңес", "алматы", "президент", "", "және-"})
    EXPECT_FALSE(IsKazakhStopword(w)) << w;
}

}  // namespace
}  // namespace izdeu::analyzers::kk
