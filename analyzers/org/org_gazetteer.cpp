#include "analyzers/org/org_gazetteer.h"

#include <algorithm>

#include "analyzers/org/org_bilingual.h"
#include "analyzers/org/org_canonical.h"
#include "analyzers/org/org_extractor.h"
#include "analyzers/org/org_scanner.h"

namespace izdeu::analyzers {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  for (;;) {
    size_t next = s.find(sep, pos);
    out.push_back(s.substr(pos, next == std::string_view::npos ? next : next - pos));
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

size_t Letters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

OrgGazetteer::OrgGazetteer(std::string_view tsv, const std::vector<std::string>& drop_sources) {
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    std::string_view line = tsv.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? tsv.size() : nl + 1;
    if (line.empty() || line.front() == '#' || line.front() == '\0') continue;
    auto cols = Split(line, '\t');
    if (cols.size() < 4) continue;
    std::string_view name = Trim(cols[0]), flags = Trim(cols[2]), source = Trim(cols[3]);
    if (name.empty()) continue;
    if (std::find(drop_sources.begin(), drop_sources.end(), source) != drop_sources.end()) continue;
    if (flags == "common-list" || flags == "noun-list" || flags == "person-list") {
      std::string_view words = cols[1];
      size_t p = 0;
      while (p < words.size()) {
        size_t sp = words.find(' ', p);
        if (sp == std::string_view::npos) sp = words.size();
        std::string_view w = words.substr(p, sp - p);
        p = sp + 1;
        if (w.empty()) continue;
        if (flags == "person-list") {
          persons_.emplace(w);
        } else {
          common_.emplace(w);
          if (flags == "noun-list") nominals_.emplace(w);
        }
      }
      continue;
    }
    if (flags == "place") {
      org_internal::TokenList list;
      org_internal::ScanText(name, &list);
      std::string key;
      for (const auto& t : list.toks) {
        if (t.kind != org_internal::TokKind::kWord) continue;
        if (!key.empty()) key += ' ';
        key += list.Lower(t);
      }
      if (!key.empty()) {
        places_.insert(key);
        places_by_russian_.emplace(org_internal::RussianLetters(key), key);  // first claim wins
      }
      continue;
    }
    AddOrg(name, Trim(cols[1]), flags, source);
  }
}

std::string_view OrgGazetteer::PlaceFromRussian(std::string_view russian_lower) const {
  auto it = places_by_russian_.find(russian_lower);
  return it == places_by_russian_.end() ? std::string_view() : std::string_view(it->second);
}

void OrgGazetteer::AddOrg(std::string_view canonical, std::string_view aliases,
                          std::string_view flags, std::string_view source) {
  org_internal::TokenList list;
  org_internal::ScanText(canonical, &list);
  org_internal::CanonicalName c =
      org_internal::Canonicalize(canonical, list, 0, list.toks.size(), /*keep_bare_head=*/true);
  if (c.key.empty()) return;
  bool ambiguous = flags.find("ambiguous") != std::string_view::npos;
  uint32_t idx;
  if (auto it = keys_.find(c.key); it != keys_.end()) {
    idx = it->second.org;  // same organisation listed twice: merge its aliases
  } else {
    idx = static_cast<uint32_t>(orgs_.size());
    Entry e;
    e.name = c.display;
    e.id = OrgIdFor(c.display);
    e.source = std::string(source);
    orgs_.push_back(std::move(e));
    ids_.emplace(orgs_.back().id, idx);
    AddKey(canonical, idx, ambiguous);
  }
  if (aliases.empty() || aliases == "-") return;
  for (std::string_view a : Split(aliases, '|')) {
    a = Trim(a);
    if (a.empty()) continue;
    orgs_[idx].aliases.emplace_back(a);
    AddKey(a, idx, ambiguous);
  }
}

void OrgGazetteer::AddKey(std::string_view name, uint32_t org, bool ambiguous) {
  org_internal::TokenList list;
  org_internal::ScanText(name, &list);
  org_internal::CanonicalName c = org_internal::Canonicalize(name, list, 0, list.toks.size());
  if (c.key.empty()) return;
  KeyInfo info;
  info.org = org;
  const org_internal::Tok* first = nullptr;
  int words = 0;
  for (const auto& t : list.toks) {
    if (t.kind != org_internal::TokKind::kWord) continue;
    if (first == nullptr) first = &t;
    ++words;
  }
  info.words = static_cast<uint8_t>(std::min(words, 255));
  info.require_upper = first->upper;
  info.require_caps = words == 1 && first->allcaps && Letters(list.Lower(*first)) <= 4;
  info.ambiguous = ambiguous && words == 1;
  keys_.emplace(c.key, info);  // the first organisation to claim a key keeps it
  for (size_t space = c.key.find(' '); space != std::string::npos;
       space = c.key.find(' ', space + 1)) {
    key_starts_.emplace(c.key.substr(0, space + 1));
  }
  std::string_view first_key = std::string_view(c.key).substr(0, c.key.find(' '));
  int& max_words = first_words_[std::string(first_key)];
  max_words = std::max(max_words, words);
  if (words >= 2) {
    int seen = 0;
    for (const auto& t : list.toks) {
      if (t.kind != org_internal::TokKind::kWord || ++seen == words || t.upper) continue;
      std::string_view lw = list.Lower(t);
      if (Letters(lw) >= 4 && !org_internal::Lexicon::Get().IsCapitalStopWord(lw) &&
          !(lw[0] >= '0' && lw[0] <= '9')) {
        name_words_.emplace(lw);
      }
    }
  }
}

const OrgGazetteer::KeyInfo* OrgGazetteer::FindInflected(std::string_view key,
                                                         std::string_view last_word) const {
  const size_t space = key.rfind(' ');
  const std::string_view prefix =
      space == std::string_view::npos ? std::string_view() : key.substr(0, space + 1);
  if (!prefix.empty() && key_starts_.count(prefix) == 0) return nullptr;
  if (const KeyInfo* ki = FindKey(key)) return ki;
  const auto& candidates = org_internal::Lexicon::BaseCandidatesOf(last_word);
  std::string inflected;
  for (size_t k = 1; k < candidates.size(); ++k) {
    inflected.assign(prefix);
    inflected += candidates[k];
    if (const KeyInfo* ki = FindKey(inflected)) return ki;
  }
  return nullptr;
}

const OrgGazetteer::KeyInfo* OrgGazetteer::FindKey(std::string_view key) const {
  auto it = keys_.find(key);
  return it == keys_.end() ? nullptr : &it->second;
}

const OrgGazetteer::Entry* OrgGazetteer::FindId(std::string_view id) const {
  auto it = ids_.find(id);
  return it == ids_.end() ? nullptr : &orgs_[it->second];
}

int OrgGazetteer::MaxWords(std::string_view first) const {
  auto it = first_words_.find(first);
  return it == first_words_.end() ? 0 : it->second;
}

std::string GazetteerWithoutSources(std::string_view tsv, const std::vector<std::string>& drop) {
  std::string out;
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    std::string_view line = tsv.substr(pos, nl == std::string_view::npos ? nl : nl - pos + 1);
    pos = nl == std::string_view::npos ? tsv.size() : nl + 1;
    bool keep = true;
    for (const auto& d : drop) {
      if (line.find("\t" + d + "\n") != std::string_view::npos) keep = false;
    }
    if (keep) out += line;
  }
  return out;
}

}  // namespace izdeu::analyzers
