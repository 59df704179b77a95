#include "analyzers/analyzer.h"

#include "analyzers/normalizer.h"
#include "analyzers/registry.h"
#include "common/utf8.h"

namespace izdeu::analyzers {

namespace {
constexpr size_t kMaxCachedStems = 200000;  // per language; bounds memory on huge vocabularies
constexpr size_t kMaxWordBytes = 120;       // longer "words" (base64, URLs) are not stemmed
}  // namespace

struct Analyzer::Stemmers {
  StemmerSet set;
};

Analyzer::Analyzer() : stemmers_(std::make_unique<Stemmers>()) {}
Analyzer::~Analyzer() = default;

void Analyzer::NormalizeInto(std::string_view raw, std::string* out) {
  NormalizeWordInto(raw, out);
}

Language Analyzer::StemLanguage(std::string_view norm, Language context) {
  bool cyrillic = false;
  size_t pos = 0;
  while (pos < norm.size()) {
    char32_t cp = DecodeUtf8(norm, &pos);
    if (IsKazakhCyrillicLetter(cp)) return Language::kKazakh;
    cyrillic |= IsCyrillic(cp);
  }
  return cyrillic ? context : Language::kOther;
}

const std::string& Analyzer::Stem(const std::string& norm, Language context) {
  Language lang = StemLanguage(norm, context);
  if (lang == Language::kOther || norm.size() > kMaxWordBytes) return norm;
  auto& cache = cache_[static_cast<int>(lang)];
  auto it = cache.find(norm);
  if (it != cache.end()) return it->second;
  if (cache.size() >= kMaxCachedStems) cache.clear();
  std::string stem = stemmers_->set.Stem(norm, lang);
  if (stem.empty()) stem = norm;
  return cache.emplace(norm, std::move(stem)).first->second;
}

bool Analyzer::IsStopword(std::string_view norm) { return IsStopwordInAnyLanguage(norm); }

}  // namespace izdeu::analyzers
