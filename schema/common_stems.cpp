#include "schema/common_stems.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "schema/schema.h"

namespace izdeu::schema {
namespace {

// Serialized form: a first line "pair_share<TAB><share>", then "<stem><TAB><share>" lines, most
// common first (a stem's rank is its line).
constexpr std::string_view kPairShareName = "pair_share";
constexpr char kRankLetters[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
static_assert(sizeof kRankLetters - 1 == 64);

}  // namespace

CommonStems CommonStems::FromShares(std::vector<std::pair<double, std::string>> rows,
                                    double pair_share) {
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  if (rows.size() > kMaxStems) rows.resize(kMaxStems);
  CommonStems out;
  out.pair_share_ = pair_share;
  for (uint32_t rank = 0; rank < rows.size(); ++rank) {
    out.stems_.emplace(std::move(rows[rank].second), CommonStem{rows[rank].first, rank});
  }
  return out;
}

CommonStems CommonStems::FromDocumentFrequencies(
    const std::unordered_map<std::string, uint32_t>& df, uint32_t sample_size, double pair_share) {
  std::vector<std::pair<double, std::string>> rows;
  if (sample_size > 0) {
    for (const auto& [stem, count] : df) {
      const double share = static_cast<double>(count) / sample_size;
      // A stem rarer than the pair share cannot reach it with any partner (shares are <= 1).
      if (share >= pair_share) rows.emplace_back(share, stem);
    }
  }
  return FromShares(std::move(rows), pair_share);
}

CommonStems CommonStems::Parse(std::string_view serialized) {
  double pair_share = kLegacyPairShare;
  std::vector<std::pair<double, std::string>> rows;
  for (bool first = true; !serialized.empty(); first = false) {
    const size_t end = serialized.find('\n');
    const std::string_view line = serialized.substr(0, end);
    serialized.remove_prefix(end == std::string_view::npos ? serialized.size() : end + 1);
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) continue;
    const std::string number(line.substr(tab + 1));
    char* parsed_end = nullptr;
    const double value = std::strtod(number.c_str(), &parsed_end);
    if (parsed_end == number.c_str() || !(value > 0 && value <= 1)) continue;
    if (first && line.substr(0, tab) == kPairShareName) {
      pair_share = value;
    } else {
      rows.emplace_back(value, std::string(line.substr(0, tab)));
    }
  }
  return FromShares(std::move(rows), pair_share);
}

std::string CommonStems::Serialize() const {
  std::vector<std::pair<uint32_t, const std::string*>> by_rank;
  for (const auto& [stem, entry] : stems_) by_rank.emplace_back(entry.rank, &stem);
  std::sort(by_rank.begin(), by_rank.end());
  char number[32];
  std::snprintf(number, sizeof number, "%.6f", pair_share_);
  std::string out = std::string(kPairShareName) + "\t" + number + "\n";
  for (const auto& [rank, stem] : by_rank) {
    std::snprintf(number, sizeof number, "%.6f", stems_.at(*stem).share);
    out += *stem + "\t" + number + "\n";
  }
  return out;
}

std::string CommonStems::PairTerm(const CommonStem& first, const CommonStem& second) {
  std::string term(kPairPrefix);
  for (uint32_t rank : {first.rank, second.rank}) {
    term += kRankLetters[rank / 64];
    term += kRankLetters[rank % 64];
  }
  return term;
}

}  // namespace izdeu::schema
