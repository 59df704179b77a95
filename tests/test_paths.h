// Paths for tests, independent of the directory the test runs in.
// IZDEU_SOURCE_DIR is set by tests/CMakeLists.txt; ../shared/data sits beside the checkout
// (tests that need it skip when it is absent).
#pragma once

#include <string>

namespace izdeu::testing {

inline std::string SourcePath(const std::string& relative) {
  return std::string(IZDEU_SOURCE_DIR) + "/" + relative;
}
inline std::string SharedDataPath(const std::string& relative) {
  return std::string(IZDEU_SOURCE_DIR) + "/../shared/data/" + relative;
}

}  // namespace izdeu::testing
