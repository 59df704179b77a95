#include "common/crash_log.h"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <exception>

namespace izdeu {
namespace {

thread_local char current_task[256] = "";
const char* program_name = "izdeu";

void WriteAll(const char* text) {
  size_t left = std::strlen(text);
  while (left > 0) {
    ssize_t n = ::write(STDERR_FILENO, text, left);
    if (n <= 0) return;
    text += n;
    left -= static_cast<size_t>(n);
  }
}

void WriteLastLine(const char* what, int number) {
  char digits[12];
  int i = sizeof digits - 1;
  digits[i] = '\0';
  for (int n = number; n >= 0 && i > 0; n /= 10) {
    digits[--i] = static_cast<char>('0' + n % 10);
    if (n < 10) break;
  }
  WriteAll(program_name);
  WriteAll(": ");
  WriteAll(what);
  WriteAll(digits + i);
  WriteAll(" while ");
  WriteAll(current_task[0] != '\0' ? current_task : "(no task: main loop or library thread)");
  WriteAll("\n");
}

void OnFatalSignal(int sig) {
  WriteLastLine("fatal signal ", sig);
  // Die of the same signal, with the default action (core dump where enabled).
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

void OnTerminate() {
  WriteLastLine("terminated by an uncaught exception", -1);
  ::signal(SIGABRT, SIG_DFL);
  ::abort();
}

}  // namespace

CurrentTask::CurrentTask(std::string_view what) {
  std::memcpy(previous_, current_task, sizeof previous_);
  const size_t n = std::min(what.size(), sizeof current_task - 1);
  std::memcpy(current_task, what.data(), n);
  current_task[n] = '\0';
}

CurrentTask::~CurrentTask() { std::memcpy(current_task, previous_, sizeof previous_); }

void InstallFatalHandlers(const char* program) {
  program_name = program;
  std::set_terminate(OnTerminate);
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  return;  // the sanitizers' own handlers report fatal signals, with a stack
#endif
  struct sigaction action {};
  action.sa_handler = OnFatalSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND;
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) ::sigaction(sig, &action, nullptr);
}

}  // namespace izdeu
