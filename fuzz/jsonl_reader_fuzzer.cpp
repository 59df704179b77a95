// Fuzzes the JSON Lines reader (corpus/formats/jsonl_reader.h) with whole chunks of lines.
// Invariants: every article has an id and no empty paragraph, and an issue's line lies inside
// the chunk; nothing crashes or leaks.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "corpus/formats/jsonl_reader.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view content(reinterpret_cast<const char*>(data), size);
  const size_t lines = static_cast<size_t>(std::count(content.begin(), content.end(), '\n')) + 1;
  izdeu::corpus::JsonlReader reader;
  reader.Read(
      content, "fuzz/archive.jsonl", 1,
      [](izdeu::corpus::Article&& article) {
        FUZZ_CHECK(!article.id.empty());
        for (const auto& paragraph : article.paragraphs) FUZZ_CHECK(!paragraph.empty());
      },
      [&](const izdeu::corpus::ReadIssue& issue) { FUZZ_CHECK(issue.line <= lines); });
  return 0;
}
