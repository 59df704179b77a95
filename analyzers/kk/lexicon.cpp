#include "analyzers/kk/lexicon.h"

namespace izdeu::analyzers::kk {
namespace {

uint8_t ParseTags(std::string_view tags) {
  uint8_t bits = 0;
  for (char c : tags) {
    switch (c) {
      case 'n':
        bits |= kTagNominal;
        break;
      case 'v':
        bits |= kTagVerb;
        break;
      case 'p':
        bits |= kTagProper;
        break;
      case 'f':
        bits |= kTagFrozen;
        break;
      default:
        break;  // unknown letters are ignored so that new tags stay compatible
    }
  }
  return bits == 0 ? static_cast<uint8_t>(kTagNominal) : bits;
}

}  // namespace

// FNV-1a over the bytes: words are short (a few dozen bytes), so a simple byte loop is as fast
// as anything fancier, and the result is the same on every platform.
uint32_t Lexicon::Hash(std::string_view word) {
  uint32_t h = 2166136261u;
  for (unsigned char c : word) h = (h ^ c) * 16777619u;
  return h == 0 ? 1 : h;
}

Lexicon::Lexicon(std::string_view text) : text_(text) {
  size_t lines = 1;
  for (char c : text) lines += (c == '\n');
  size_t capacity = 16;
  while (capacity < lines * 2) capacity *= 2;  // load factor <= 0.5 keeps probes short
  slots_.resize(capacity);
  mask_ = static_cast<uint32_t>(capacity - 1);

  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    size_t tab = line.find('\t');
    std::string_view word = line.substr(0, tab);
    uint8_t tags =
        ParseTags(tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1));
    if (word.empty() || word.size() > UINT16_MAX) continue;
    Insert(word, tags);
  }
}

void Lexicon::Insert(std::string_view word, uint8_t tags) {
  uint32_t h = Hash(word);
  for (uint32_t i = h & mask_;; i = (i + 1) & mask_) {
    Slot& slot = slots_[i];
    if (slot.hash == 0) {
      slot.hash = h;
      slot.offset = static_cast<uint32_t>(word.data() - text_.data());
      slot.length = static_cast<uint16_t>(word.size());
      slot.tags = tags;
      ++size_;
      return;
    }
    if (slot.hash == h && text_.substr(slot.offset, slot.length) == word) {
      slot.tags |= tags;
      return;
    }
  }
}

uint8_t Lexicon::Tags(std::string_view word) const {
  if (word.empty()) return 0;
  uint32_t h = Hash(word);
  for (uint32_t i = h & mask_;; i = (i + 1) & mask_) {
    const Slot& slot = slots_[i];
    if (slot.hash == 0) return 0;
    if (slot.hash == h && slot.length == word.size() &&
        text_.compare(slot.offset, slot.length, word) == 0) {
      return slot.tags;
    }
  }
}

}  // namespace izdeu::analyzers::kk
