// Tests for analyzers/org/: extraction on real sentences (the seed page, civic-news lines, KazNERD
// sentences of the development half), normalisation of inflected forms, alias merging, Russian,
// Resolve, the id scheme, and robustness to random bytes.
#include "analyzers/org/org_extractor.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace izdeu::analyzers {
namespace {

// Paragraphs of /work/shared/seed/000_8d05277bdd5f4c5e.txt (corpus/sample/pages/), verbatim.
constexpr const char* kSeed =
    "Алматы қ, 11-12 қараша, «Алатау» шипажайы – «Әлеуметтік азаматтық базис«Болашақ» қоғамдық "
    "бірлестігі Сорос-Қазақстан Қорының қолдауымен «Қоғамдық кеңестер: жұмыс тәжірибесі мен өзара "
    "байланыс механизмдері» атты Конференция – семинарын өткізеді.\n\n"
    "«Бұл бүгінгі күні өзекті тақырыптардың бірі», – деп атап өтті Алматы облыстық мәслихат  "
    "хатшысы Серік Мұқанов. «ҚР Президенті Нұрсултан Назарбаев 2015 жылдың 6 мамырында 5 "
    "Институционалды реформасын жүзеге асыру бойынша 100 нақты қадам – ұлт жоспарын жариялады.\n\n"
    "Мен қоғамдық кеңес мүшелерін байланыс орнату, БАҚ-пен жұмыс істеу бойынша оқытуды жалғастыру "
    "керек деп есептеймін»,- деді  Аида Айдарқұлова, Сорос- Қазақстан Қорының  бағдарламалар "
    "директоры.\n\n"
    "Конференцияға ҚР Парламент Мәжілісінің депутаттары, Ұлттық Экономика Министрлігінің "
    "өкілдері, Алматы облысының аудандық маслихаттарының хатшылары, депутаттары және Алматы "
    "қалалық, облыстық қоғамдық кеңес мүшелері қатысады.\n\n"
    "Барлық қосымша сұрақтар бойынша  Іле аудандық мәслихат хатшысы  Абилова Роза Михаилқызына\n";

using Found = std::vector<std::pair<std::string, std::string>>;  // (surface, canonical name)

Found Mentions(std::string_view text) {
  Found out;
  for (const auto& m : SharedOrgExtractor().Extract(text)) {
    out.emplace_back(std::string(text.substr(m.start, m.end - m.start)), m.name);
  }
  return out;
}

TEST(OrgExtractorTest, SeedPage) {
  Found expected = {
      {"«Болашақ» қоғамдық бірлестігі", "«Болашақ» қоғамдық бірлестігі"},
      {"Сорос-Қазақстан Қорының", "Сорос-Қазақстан Қоры"},
      {"Алматы облыстық мәслихат", "Алматы облыстық мәслихаты"},
      {"Сорос- Қазақстан Қорының", "Сорос-Қазақстан Қоры"},
      {"ҚР Парламент Мәжілісінің", "Мәжіліс"},
      {"Ұлттық Экономика Министрлігінің", "Ұлттық экономика министрлігі"},
      {"Іле аудандық мәслихат", "Іле аудандық мәслихаты"},
  };
  EXPECT_EQ(Mentions(kSeed), expected);
  auto found = SharedOrgExtractor().Extract(kSeed);
  ASSERT_EQ(found.size(), 7u);
  EXPECT_EQ(found[1].id, "soros-qazaqstan-qory");
  EXPECT_EQ(found[1].id, found[3].id);  // the stray space does not make a second organisation
}

struct ExtractCase {
  const char* text;
  Found expected;
};

class ExtractTest : public ::testing::TestWithParam<ExtractCase> {};

TEST_P(ExtractTest, FindsMentions) { EXPECT_EQ(Mentions(GetParam().text), GetParam().expected) << GetParam().text; }

INSTANTIATE_TEST_SUITE_P(
    RealSentences, ExtractTest,
    ::testing::Values(
        // civic-news/gov-sites-2015 and KazNERD (development half A) sentences.
        ExtractCase{"«Нұр Отан» партиясының XVI съезі өтті.",
                    {{"«Нұр Отан» партиясының", "Нұр Отан"}}},
        ExtractCase{"Мәжіліс пен Үкімет Ұлттық қордан бөлінетін трансферттер мәселесін де қарастырды .",
                    {{"Мәжіліс", "Мәжіліс"}, {"Үкімет", "Үкімет"}, {"Ұлттық қордан", "Ұлттық қоры"}}},
        ExtractCase{"Бұл туралы Үкіметте Индустрия және инфрақұрылымдық даму вице-министрі мәлімдеді .",
                    {{"Үкіметте", "Үкімет"}}},
        ExtractCase{"Қорғаныс министрлігі депутаттардың ұсынысын толықтай қолдайды .",
                    {{"Қорғаныс министрлігі", "Қорғаныс министрлігі"}}},
        ExtractCase{"Орталық сайлау комиссиясының мүшесі Ләззат Сүлеймен айтты .",
                    {{"Орталық сайлау комиссиясының", "Орталық сайлау комиссиясы"}}},
        ExtractCase{"« Хабар » арнасының эфирінен көрсетілді .", {{"Хабар", "Хабар"}}},
        ExtractCase{"Іс Атырау қалалық сотында қаралуда .",
                    {{"Атырау қалалық сотында", "Атырау қалалық соты"}}},
        ExtractCase{"«Қазатомөнеркәсіп» ҰАК АҚ басшылығы ауысты.",
                    {{"«Қазатомөнеркәсіп» ҰАК АҚ", "Қазатомөнеркәсіп"}}},
        ExtractCase{"БҰҰ-ның Бас хатшысы Астанаға келді.", {{"БҰҰ-ның", "Біріккен Ұлттар Ұйымы"}}},
        ExtractCase{"Америкалық CNN телеарнасы хабарлады.", {{"CNN", "CNN"}}},
        // Not organisations: generic phrases, a programme name, a lower-case head.
        ExtractCase{"Бұл мәселе бойынша облыс әкімдігінің өкілдері келді.", {}},
        ExtractCase{"Ашық және жауапты мемлекетті қалыптастырудың айқын көрінісі – «Ашық үкіметті» "
                    "енгізуде.",
                    {}},
        ExtractCase{"Алматы қалалық, облыстық қоғамдық кеңес мүшелері қатысады.", {}},
        ExtractCase{"Саябақ басқармасының штатында бұл батуттардың жұмысын қадағалайтын адам жоқ .", {}},
        // Russian.
        ExtractCase{"Министерство национальной экономики Республики Казахстан сообщило о росте.",
                    {{"Министерство национальной экономики Республики Казахстан",
                      "Ұлттық экономика министрлігі"}}},
        ExtractCase{"По данным Национального банка, инфляция замедлилась.",
                    {{"Национального банка", "Ұлттық банк"}}},
        ExtractCase{"Заседание маслихата Алматинской области прошло вчера.",
                    {{"маслихата Алматинской области", "маслихат Алматинской области"}}},
        ExtractCase{"Депутаты фракции партии «Нур Отан» в Мажилисе Парламента РК.",
                    {{"партии «Нур Отан»", "Нұр Отан"}, {"Мажилисе Парламента РК", "Мәжіліс"}}},
        ExtractCase{"Руководство ТОО «Казахмыс Корпорейшн» сменилось.",
                    {{"ТОО «Казахмыс Корпорейшн»", "ТОО «Казахмыс Корпорейшн»"}}},
        ExtractCase{"Верховный суд отклонил жалобу.", {{"Верховный суд", "Жоғарғы Сот"}}}));

struct ResolveCase {
  const char* input;
  const char* name;
  const char* id;
};

class ResolveTest : public ::testing::TestWithParam<ResolveCase> {};

TEST_P(ResolveTest, NormalisesToCanonical) {
  auto info = SharedOrgExtractor().Resolve(GetParam().input);
  ASSERT_TRUE(info.has_value()) << GetParam().input;
  EXPECT_EQ(info->name, GetParam().name) << GetParam().input;
  EXPECT_EQ(info->id, GetParam().id) << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(
    InflectionsQuotesIds, ResolveTest,
    ::testing::Values(
        ResolveCase{"Сорос-Қазақстан Қорының", "Сорос-Қазақстан Қоры", "soros-qazaqstan-qory"},
        ResolveCase{"Сорос-Қазақстан Қорына", "Сорос-Қазақстан Қоры", "soros-qazaqstan-qory"},
        ResolveCase{"сорос-қазақстан қоры", "сорос-қазақстан қоры", "soros-qazaqstan-qory"},
        ResolveCase{"soros-qazaqstan-qory", "soros-qazaqstan-qory", "soros-qazaqstan-qory"},
        ResolveCase{"Үкіметінің", "Үкімет", "ukimet"},
        ResolveCase{"Үкіметтің", "Үкімет", "ukimet"},
        ResolveCase{"Қазақстан Республикасының Үкіметі", "Үкімет", "ukimet"},
        ResolveCase{"Правительство РК", "Үкімет", "ukimet"},
        ResolveCase{"Алматы облыстық мәслихатының", "Алматы облыстық мәслихаты",
                    "almaty-oblystyq-maslihaty"},
        ResolveCase{"Алматы облыстық мәслихат", "Алматы облыстық мәслихаты",
                    "almaty-oblystyq-maslihaty"},
        ResolveCase{"Ұлттық экономика Министрлігінің", "Ұлттық экономика министрлігі",
                    "ulttyq-ekonomika-ministrligi"},
        ResolveCase{"Мәжілісінің", "Мәжіліс", "majilis"},
        ResolveCase{"Парламент Мәжілісінде", "Мәжіліс", "majilis"},
        ResolveCase{"majilis", "Мәжіліс", "majilis"},
        ResolveCase{"«Болашақ» қоғамдық бірлестігінің", "«Болашақ» қоғамдық бірлестігі",
                    "bolashaq-qogamdyq-birlestigi"},
        ResolveCase{"\"Болашақ\" қоғамдық бірлестігі", "«Болашақ» қоғамдық бірлестігі",
                    "bolashaq-qogamdyq-birlestigi"},
        ResolveCase{"«Нұр Отан»", "Нұр Отан", "nur-otan"},
        ResolveCase{"БҰҰ-ның", "Біріккен Ұлттар Ұйымы", "birikken-ulttar-uiymy"},
        ResolveCase{"ООН", "Біріккен Ұлттар Ұйымы", "birikken-ulttar-uiymy"},
        ResolveCase{"Министерства национальной экономики", "Ұлттық экономика министрлігі",
                    "ulttyq-ekonomika-ministrligi"},
        ResolveCase{"Агентства по делам спорта", "Агентство по делам спорта",
                    "agentstvo-po-delam-sporta"}));

TEST(OrgExtractorTest, ResolveNoLetters) {
  EXPECT_FALSE(SharedOrgExtractor().Resolve("").has_value());
  EXPECT_FALSE(SharedOrgExtractor().Resolve(" «» ").has_value());
}

TEST(OrgExtractorTest, ResolveReturnsAliases) {
  auto info = SharedOrgExtractor().Resolve("Мәжіліс");
  ASSERT_TRUE(info.has_value());
  std::set<std::string> aliases(info->aliases.begin(), info->aliases.end());
  EXPECT_TRUE(aliases.count("ҚР Парламенті Мәжілісі"));
  EXPECT_TRUE(aliases.count("Мажилис"));
}

// Every id Extract gives resolves to itself from the mention's own text (what a user copies).
TEST(OrgExtractorTest, ExtractAndResolveAgree) {
  const char* texts[] = {kSeed,
                         "Конференцияға Ұлттық Экономика Министрлігінің өкілдері қатысады.",
                         "Іс Атырау қалалық сотында қаралуда .",
                         "Депутаты фракции партии «Нур Отан» в Мажилисе Парламента РК."};
  for (const char* text : texts) {
    std::string_view tv(text);
    for (const auto& m : SharedOrgExtractor().Extract(tv)) {
      auto info = SharedOrgExtractor().Resolve(tv.substr(m.start, m.end - m.start));
      ASSERT_TRUE(info.has_value());
      EXPECT_EQ(info->id, m.id) << tv.substr(m.start, m.end - m.start);
      auto by_id = SharedOrgExtractor().Resolve(m.id);
      ASSERT_TRUE(by_id.has_value());
      EXPECT_EQ(by_id->id, m.id);
    }
  }
}

TEST(OrgExtractorTest, CustomGazetteer) {
  OrgExtractor ex("Қазпошта\tКазпочта\t-\ttest\n");
  EXPECT_EQ(ex.GazetteerSize(), 1u);
  auto found = ex.Extract("Қазпоштаның бөлімшесі ашылды. Казпочта сообщила.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].id, "qazposhta");
  EXPECT_EQ(found[1].id, "qazposhta");
}

struct IdCase {
  const char* name;
  const char* id;
};

class OrgIdTest : public ::testing::TestWithParam<IdCase> {};

TEST_P(OrgIdTest, Slug) {
  EXPECT_EQ(OrgIdFor(GetParam().name), GetParam().id);
  EXPECT_EQ(OrgIdFor(OrgIdFor(GetParam().name)), GetParam().id);  // idempotent
}

INSTANTIATE_TEST_SUITE_P(
    Scheme, OrgIdTest,
    ::testing::Values(IdCase{"Сорос-Қазақстан Қоры", "soros-qazaqstan-qory"},
                      IdCase{"«Болашақ» қоғамдық бірлестігі", "bolashaq-qogamdyq-birlestigi"},
                      IdCase{"Ұлттық Экономика Министрлігі", "ulttyq-ekonomika-ministrligi"},
                      IdCase{"Шанхай ынтымақтастық ұйымы", "shanhai-yntymaqtastyq-uiymy"},
                      IdCase{"Министерство юстиции", "ministerstvo-iustitsii"},
                      IdCase{"Air Astana", "air-astana"}, IdCase{"«»", "org"},
                      IdCase{"Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі",
                             "tsifrlyq-damu-innovatsiialar-jane-aerogarysh-onerka-7e62ee71"}));

TEST(OrgIdTest, LongIdsAreCappedAndDistinct) {
  std::string a = OrgIdFor(std::string(200, 'a') + " x");
  std::string b = OrgIdFor(std::string(200, 'a') + " y");
  EXPECT_LE(a.size(), 60u);
  EXPECT_NE(a, b);
}

TEST(OrgExtractorTest, RandomBytesDoNotCrash) {
  std::mt19937 rng(7);
  const std::string pieces[] = {"«", "»", "\"", " ", "-", "Қ", "ҚР ", "министрлігі", "Үкімет",
                                "партиясы", "\n", "Министерства", "АҚ", "\xD0", "\xFF", "."};
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) {
      if (rng() % 3 == 0) {
        s.push_back(static_cast<char>(rng() % 256));
      } else {
        s += pieces[rng() % std::size(pieces)];
      }
    }
    uint32_t last_end = 0;
    for (const auto& m : SharedOrgExtractor().Extract(s)) {
      EXPECT_LE(last_end, m.start);
      EXPECT_LT(m.start, m.end);
      EXPECT_LE(m.end, s.size());
      EXPECT_FALSE(m.id.empty());
      last_end = m.end;
    }
    SharedOrgExtractor().Resolve(s);
  }
}

}  // namespace
}  // namespace izdeu::analyzers
