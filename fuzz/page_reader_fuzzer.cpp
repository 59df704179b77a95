// Fuzzes the raw scraped-page reader (corpus/formats/page_reader.h) with whole files.
// Invariants: every article has an id and no empty paragraph; nothing crashes or leaks.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "corpus/formats/page_reader.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view content(reinterpret_cast<const char*>(data), size);
  izdeu::corpus::PageReader reader;
  reader.Read(
      content, "fuzz/page.txt", 1,
      [](izdeu::corpus::Article&& article) {
        FUZZ_CHECK(!article.id.empty());
        for (const auto& paragraph : article.paragraphs) FUZZ_CHECK(!paragraph.empty());
      },
      [](const izdeu::corpus::ReadIssue&) {});
  return 0;
}
