// Tests for the learnt mention scorer (analyzers/org/org_scorer.h): the loose proposals, the
// learner, and the embedded weights on real sentences of KazNERD's development half A (never the
// held-out half B). The scorer is opt-in (docs/organisations.md says why).
#include "analyzers/org/org_scorer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyzers/org/org_extractor.h"
#include "analyzers/org/org_gazetteer.h"
#include "common/embedded.h"

IZDEU_EMBEDDED(org_gazetteer)

namespace izdeu::analyzers {
namespace {

std::vector<std::string> Surfaces(const OrgExtractor& ex, std::string_view text) {
  std::vector<std::string> out;
  for (const OrgMention& m : ex.Extract(text)) {
    out.emplace_back(text.substr(m.start, m.end - m.start));
  }
  return out;
}

const OrgExtractor& Scored() {
  static const OrgExtractor* ex = new OrgExtractor(
      org_gazetteer_view(), OrgExtractor::ScorerWeights{OrgExtractor::EmbeddedScorerWeights()});
  return *ex;
}

// The scorer deciding alone about bodies right before a title word too.
const OrgExtractor& ScoredTitlesToo() {
  static const OrgExtractor* ex = [] {
    OrgExtractor::ScorerWeights w{OrgExtractor::EmbeddedScorerWeights()};
    w.keep_before_title = false;
    return new OrgExtractor(org_gazetteer_view(), w);
  }();
  return *ex;
}

// The embedded gazetteer without its KazNERD half-A rows (the view the scorer is trained in).
const OrgExtractor& WithoutHalfA() {
  static const OrgExtractor* ex =
      new OrgExtractor(GazetteerWithoutSources(org_gazetteer_view(), {"kaznerd-valid-A"}));
  return *ex;
}

// A bare quoted name is proposed to the scorer as a loose candidate, and is no mention without
// it (half A); one listed with an organisation is the rules' own (org_candidates.cpp).
TEST(OrgScorerTest, BareQuotedNamesAreLooseCandidates) {
  const std::string text =
      "Бұл « Қазақ үйі » бренді негізінде әлемнің түкпір-түкпіріндегі қазақтарды топтастырады .";
  std::vector<std::pair<std::string, bool>> got;
  for (const auto& cm : WithoutHalfA().Candidates(text)) {
    got.emplace_back(text.substr(cm.mention.start, cm.mention.end - cm.mention.start), cm.loose);
    EXPECT_FALSE(cm.features.empty());
  }
  std::vector<std::pair<std::string, bool>> want = {{"« Қазақ үйі »", true}};
  EXPECT_EQ(got, want);
  EXPECT_TRUE(Surfaces(WithoutHalfA(), text).empty());

  const std::string listed = "Санкт-Петербург , оның ішінде жаңағы « РОСГАЗ » , « Газпром » .";
  got.clear();
  for (const auto& cm : WithoutHalfA().Candidates(listed)) {
    got.emplace_back(listed.substr(cm.mention.start, cm.mention.end - cm.mention.start), cm.loose);
  }
  want = {{"РОСГАЗ", false}, {"Газпром", false}};
  EXPECT_EQ(got, want);
}

// A title of a work in quotes with a lower-case word after it is no loose candidate of its own
// when a rule already covers it, and a quoted phrase that starts lower-case is none at all.
TEST(OrgScorerTest, LooseCandidatesNeedACapitalAndNoOverlap) {
  const std::string text =
      "Ол « жаңа кезең » деп аталатын « Нұр Отан » партиясының жиынында сөйледі .";
  for (const auto& cm : SharedOrgExtractor().Candidates(text)) {
    EXPECT_FALSE(cm.loose) << text.substr(cm.mention.start, cm.mention.end - cm.mention.start);
  }
}

// The learner: a feature that marks the positive examples gets a positive weight, the one that
// marks the negatives a negative one, and the scores' signs follow.
TEST(OrgScorerTest, LearnerSeparatesExamples) {
  org_internal::ScorerTrainer trainer;
  for (int epoch = 0; epoch < 200; ++epoch) {
    trainer.Train({1, 2}, true);
    trainer.Train({1, 3}, false);
  }
  org_internal::MentionScorer scorer;
  scorer.Load(trainer.Write());
  EXPECT_FALSE(scorer.empty());
  EXPECT_GT(scorer.Score({1, 2}), 0.5f);
  EXPECT_LT(scorer.Score({1, 3}), -0.5f);
  EXPECT_EQ(scorer.Score({}), 0.0f);
}

// The embedded weights learnt KazNERD's convention that a body named in a job title is part of a
// POSITION, not a mention of its own; the rules keep it, and so does the scorer unless told
// otherwise (half A, a sentence of the A0 error listing). A body named on its own stays.
TEST(OrgScorerTest, EmbeddedWeightsDropBodiesInsideJobTitles) {
  const std::string title = "Мәжіліс төрағасы Нұрлан Нығматулин ресми сапармен Өзбекстанға барды .";
  EXPECT_EQ(Surfaces(SharedOrgExtractor(), title), std::vector<std::string>{"Мәжіліс"});
  EXPECT_EQ(Surfaces(Scored(), title), std::vector<std::string>{"Мәжіліс"});
  EXPECT_TRUE(Surfaces(ScoredTitlesToo(), title).empty());
  const std::string own = "Қазақстан Республикасының Ұлттық экономика министрлігі хабарлады .";
  EXPECT_EQ(Surfaces(Scored(), own), Surfaces(SharedOrgExtractor(), own));
  EXPECT_FALSE(Surfaces(Scored(), own).empty());
}

}  // namespace
}  // namespace izdeu::analyzers
