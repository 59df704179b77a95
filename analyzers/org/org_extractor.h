// Organisation mentions in Kazakh and Russian news text. Finds quoted names with an organisation
// word («Болашақ» қоғамдық бірлестігі, «Нұр Отан» партиясы, ТОО «Казахмыс»), head-noun phrases
// with their modifiers (Ұлттық экономика министрлігі, Алматы облыстық мәслихаты, Министерство
// национальной экономики), and names from an embedded gazetteer (Үкімет, БҰҰ, Хабар), and maps
// every inflected or aliased form to one canonical organisation with a stable id.
// Rules, id scheme, gazetteer sources and measured accuracy: docs/organisations.md.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace izdeu::analyzers {

struct OrgMention {
  uint32_t start = 0;  // byte offset in the input text of the mention's first byte
  uint32_t end = 0;    // byte offset one past its last byte
  std::string id;      // canonical id, OrgIdFor(name) (gazetteer organisations: of their name)
  std::string name;  // canonical display name: "Сорос-Қазақстан Қоры", "Үкімет"
  // The whole phrase when this mention is one of several bodies coordinated before one plural
  // word ("Іле ауданының және Алматы қаласының қоғамдық кеңестері" gives two mentions, both with
  // this group span); equal to [start, end) otherwise.
  uint32_t group_start = 0, group_end = 0;
  // The body is named only as part of one person's job title (Ақтау қалалық мәслихатының
  // депутаты, Үкімет басшысы) or of a numbered event's name (« Нұр Отан » партиясының он
  // сегізінші съезі): KazNERD tags such a phrase as a POSITION or an EVENT, not an organisation.
  bool in_title = false;
};

struct OrgInfo {
  std::string id, name;
  std::vector<std::string> aliases;  // gazetteer aliases (display forms); empty if not known
};

class OrgGazetteer;
namespace org_internal {
class OrgModel;
class MentionScorer;
struct Cand;
struct TokenList;
}  // namespace org_internal

// Immutable after construction; Extract and Resolve are const and thread-safe (each call uses
// its own scratch buffers; no ICU break iterator is involved).
class OrgExtractor {
 public:
  // Loads the embedded gazetteer (analyzers/org/data/gazetteer.tsv); the rules decide alone.
  OrgExtractor();
  // Loads a gazetteer in the same TSV format (see docs/organisations.md); for tests and the
  // evaluation's ablations. Malformed lines are skipped. The rules decide alone.
  explicit OrgExtractor(std::string_view gazetteer_tsv);
  // A gazetteer and the weights of the learnt tagger (org_tagger.h's TSV, e.g.
  // EmbeddedTaggerWeights()): the rules propose, the tagger decides. Empty `model_tsv`: the rules
  // alone. The tagger is not the default: on held-out KazNERD text it is at parity with the rules
  // (docs/organisations.md), and it drops some names the rules find.
  OrgExtractor(std::string_view gazetteer_tsv, std::string_view model_tsv);
  // How the tagger combines with the rules: kDecide, the tagger's spans are the mentions (rule
  // candidates it agrees with give their names; see Extract); kFilter, the rules' candidates are
  // the mentions and the tagger only removes those it tags wholly O (never a gazetteer name).
  enum class TaggerUse { kDecide, kFilter };
  OrgExtractor(std::string_view gazetteer_tsv, std::string_view model_tsv, TaggerUse use);
  // The trained weights embedded from analyzers/org/data/org_model.tsv.
  static std::string_view EmbeddedTaggerWeights();
  // A gazetteer and the weights of the learnt mention scorer (org_scorer.h's TSV, e.g.
  // EmbeddedScorerWeights()): the rules and the loose proposals (bare quoted names) give
  // candidates, and the scorer keeps those it scores above zero. Empty weights: the rules alone.
  struct ScorerWeights {
    std::string_view tsv;
    float threshold = -0.5f;  // kept when the log-odds are above this (odds 0.6: keeps near-ties)
    // KazNERD tags "Ақтау қалалық мәслихатының депутаты" as one POSITION and never the body inside,
    // so the scorer learnt to drop a body right before a title word; an archive search wants it
    // (the article is about the mäslikhat's deputy). True: such rule candidates are kept anyway.
    bool keep_before_title = true;
  };
  OrgExtractor(std::string_view gazetteer_tsv, ScorerWeights scorer);
  // The trained weights embedded from analyzers/org/data/org_scorer.tsv.
  static std::string_view EmbeddedScorerWeights();
  ~OrgExtractor();
  OrgExtractor(const OrgExtractor&) = delete;
  OrgExtractor& operator=(const OrgExtractor&) = delete;

  // Mentions in `text` (UTF-8, any normalisation form; an article title or body), ordered by
  // start, never overlapping. With tagger weights, the rules propose candidates and the learnt
  // tagger decides which tokens form names (it keeps, trims or drops a rule's candidate and may
  // add names no rule found). Spans exclude a name's enclosing quotes only when the name has no
  // organisation word outside them. Invalid UTF-8 is tolerated (skipped).
  // REQUIRES: text.size() < 4 GiB.
  std::vector<OrgMention> Extract(std::string_view text) const;

  // The canonical organisation for a user-typed name: any case, any case form ("Сорос-Қазақстан
  // Қорының"), with or without quotes, or an id ("soros-qazaqstan-qory"). Gazetteer
  // organisations come back with their aliases; any other name is canonicalised by the rules
  // Extract uses, so an id Extract gave for an article resolves to itself. nullopt only when
  // `name` has no letter or digit.
  std::optional<OrgInfo> Resolve(std::string_view name) const;

  // Number of organisations in the gazetteer (for reports).
  size_t GazetteerSize() const;

  // For training and evaluating the mention scorer (tools/train_org_model.cpp, izdeu-eval org):
  // every mention the candidates give before the scorer decides, in text order, with the
  // scorer's features of its candidate (coordinated bodies share their candidate's).
  struct CandidateMention {
    OrgMention mention;
    std::vector<uint64_t> features;
    bool loose = false;    // a bare quoted name, proposed only for the scorer
    size_t candidate = 0;  // index of its candidate among this text's candidates
  };
  std::vector<CandidateMention> Candidates(std::string_view text) const;

 private:
  std::unique_ptr<OrgGazetteer> gazetteer_;
  static std::vector<org_internal::Cand> WithLoose(const org_internal::TokenList& list,
                                                   std::vector<org_internal::Cand> chosen,
                                                   std::vector<bool>* loose);
  std::vector<OrgMention> Mentions(std::string_view text, const org_internal::TokenList& list,
                                   const std::vector<org_internal::Cand>& chosen,
                                   std::vector<size_t>* cand_of) const;

  std::unique_ptr<org_internal::OrgModel> model_;
  std::unique_ptr<org_internal::MentionScorer> scorer_;
  float scorer_threshold_ = 0;
  bool keep_before_title_ = true;
  TaggerUse use_ = TaggerUse::kDecide;
};

// The process-wide extractor with the embedded gazetteer, built on first use (thread-safe).
const OrgExtractor& SharedOrgExtractor();

// The stable id of an organisation: its canonical name folded to lower case, transliterated to
// ASCII (Kazakh 2021 Latin alphabet without diacritics: қ->q, ғ->g, ң->n, ә->a, ө->o, ұ/ү->u,
// і->i, ы->y, ш->sh; Russian ц->ts, ч->ch, щ->sch, ю->iu, я->ia; ъ ь dropped), every run of other
// characters (spaces, quotes, hyphens) turned into one '-'. Over 60 bytes, it is cut to 51 and
// suffixed with '-' and 8 hex digits of FNV-1a-32 of the full slug. "Сорос-Қазақстан Қоры" ->
// "soros-qazaqstan-qory". Idempotent on its own output. These ids are stored in the index:
// changing the scheme needs a re-index. Thread-safe.
std::string OrgIdFor(std::string_view canonical_name);

}  // namespace izdeu::analyzers
