// Snippets: the best short passage of an article for a query, as plain text with the byte spans
// of the matched words (search_types.h Snippet); the HTTP layer makes the HTML (json.cpp). The
// passage is chosen on the article's stored word sequence (stem hashes, schema kWordSequenceSlot),
// so no stemming happens at query time and only the paragraphs shown are re-tokenised to find byte
// offsets. A word is marked exactly when its stem is one the query searched for (a Latin query
// marks the Cyrillic words it found). Thread-safety: uses the caller's Analyzer; call from that
// Analyzer's thread only.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "analyzers/analyzer.h"
#include "searchd/service/search_types.h"

namespace izdeu::searchd {

// Picks the window of about `window_words` body words with the most distinct matched stems
// (then most matches, then earliest); the article's opening words when nothing matches.
// REQUIRES: `sequence` is the kWordSequenceSlot value stored with these `paragraphs` (when it
// does not fit them, the opening words are returned unmarked).
Snippet MakeSnippet(const std::vector<std::string>& paragraphs, std::string_view sequence,
                    const std::unordered_set<std::string>& stems, analyzers::Analyzer& analyzer,
                    size_t window_words = 30);

}  // namespace izdeu::searchd
