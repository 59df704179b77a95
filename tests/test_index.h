// An index for a test, built by the real indexer from archive files or folders (one thread, read
// issues ignored: the inputs are the test's own). Link izdeu_indexer.
#pragma once

#include <string>
#include <vector>

#include "common/status.h"
#include "indexer/index_builder.h"

namespace izdeu::testing {

inline Status BuildTestIndex(const std::vector<std::string>& inputs, const std::string& db_path) {
  indexer::IndexerOptions options;
  options.db_path = db_path;
  options.threads = 1;
  indexer::IndexProgress progress;
  auto built = indexer::BuildIndex(inputs, options, &progress, [](const corpus::ReadIssue&) {});
  return built.ok() ? Status::Ok() : built.status();
}

}  // namespace izdeu::testing
