// Access to data files linked into a binary by the CMake function izdeu_embed(target file sym).
// IZDEU_EMBEDDED(sym) declares `std::string_view sym_view()`, the whole file's bytes; the view is
// valid for the life of the program. Thread-safe (read-only memory).
#pragma once

#include <string_view>

#define IZDEU_EMBEDDED(sym)                                                             \
  extern "C" const char sym##_begin[];                                                  \
  extern "C" const char sym##_end[];                                                    \
  inline std::string_view sym##_view() {                                                \
    return std::string_view(sym##_begin, static_cast<size_t>(sym##_end - sym##_begin)); \
  }
