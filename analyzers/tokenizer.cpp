#include "analyzers/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <stdexcept>

namespace izdeu::analyzers {

struct Tokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
  UText* text = nullptr;
  int32_t previous = 0;

  ~Impl() {
    if (text != nullptr) utext_close(text);
  }
};

Tokenizer::Tokenizer() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  // The root locale: Kazakh and Russian need no tailoring of word boundaries.
  impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) throw std::runtime_error("ICU word break iterator unavailable");
}

Tokenizer::~Tokenizer() = default;

void Tokenizer::Begin(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  // utext_openUTF8 makes ICU report native (byte) offsets, so no UTF-16 copy is needed.
  impl_->text =
      utext_openUTF8(impl_->text, text.data(), static_cast<int64_t>(text.size()), &status);
  impl_->words->setText(impl_->text, status);
  impl_->previous = impl_->words->first();
}

bool Tokenizer::Next(Segment* seg) {
  int32_t end = impl_->words->next();
  if (end == icu::BreakIterator::DONE) return false;
  seg->start = static_cast<uint32_t>(impl_->previous);
  seg->end = static_cast<uint32_t>(end);
  seg->is_word = impl_->words->getRuleStatus() >= UBRK_WORD_NONE_LIMIT;
  impl_->previous = end;
  return true;
}

}  // namespace izdeu::analyzers
