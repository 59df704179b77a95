// Entry points of izdeu-eval's sub-commands. Each reads the evaluation data under `data_dir`
// (normally ../shared/data), prints a human-readable report to stdout, and returns the process
// exit status (0 on success, 1 when the data cannot be read).
#pragma once

#include <string>

namespace izdeu::eval {

int RunLangIdEval(const std::string& data_dir);
int RunStemEval(const std::string& data_dir);
int RunOrgEval(const std::string& data_dir);
// Retrieval quality (kazqad questions, known items) with Xapian baselines; work files in work_dir.
int RunIrEval(const std::string& data_dir, const std::string& work_dir);

}  // namespace izdeu::eval
