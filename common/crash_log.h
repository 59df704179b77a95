// Crash log: when a process dies of a fatal signal (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT) or
// std::terminate, it writes one last line to stderr saying what the dying thread was doing
// ("fatal signal 11 while GET /search q=..."), then dies as it would have (same signal, core
// dump if enabled). Before this a crashed searchd left nothing in its log.
// Thread-safety: CurrentTask names the calling thread's work (thread-local); the handlers only
// read a thread's own fixed buffer and call write(2), which is async-signal-safe.
#pragma once

#include <string_view>

namespace izdeu {

// While alive, says that this thread is doing `what` (at most 255 bytes are kept).
class CurrentTask {
 public:
  explicit CurrentTask(std::string_view what);
  ~CurrentTask();
  CurrentTask(const CurrentTask&) = delete;
  CurrentTask& operator=(const CurrentTask&) = delete;

 private:
  char previous_[256];
};

// Installs the handlers for this process; `program` names it in the line (a string literal).
void InstallFatalHandlers(const char* program);

}  // namespace izdeu
