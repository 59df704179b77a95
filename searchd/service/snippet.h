// Snippets: the best short passage of an article for a query, as HTML: text escaped, matched
// words wrapped in <mark>. Matching uses the shared Analyzer, so a word is marked exactly when its
// stem is one the query searched for (a Latin query marks the Cyrillic words it found).
// Thread-safety: uses the caller's Analyzer; call from that Analyzer's thread only.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "analyzers/analyzer.h"

namespace izdeu::searchd {

// Appends `text` to `out` with & < > " ' escaped.
void AppendHtmlEscaped(std::string_view text, std::string* out);

// Picks the window of about `window_words` words with the most distinct matched stems (earliest
// on ties); falls back to the article's opening words when nothing matches.
std::string MakeSnippet(const std::vector<std::string>& paragraphs, analyzers::Language lang,
                        const std::unordered_set<std::string>& stems, analyzers::Analyzer& analyzer,
                        size_t window_words = 30);

}  // namespace izdeu::searchd
