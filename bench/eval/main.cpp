// izdeu-eval: measures the analyzers on the shared evaluation data and prints the numbers that
// docs/evaluation.md records. Usage: izdeu-eval langid|stem|org|ir [--data DIR]
#include <CLI/CLI.hpp>

#include "bench/eval/eval.h"

int main(int argc, char** argv) {
  CLI::App app{"izdeu-eval: accuracy of language id, Kazakh stemming and organisation extraction"};
  std::string data_dir = "../shared/data";
  app.add_option("--data", data_dir, "folder of the shared evaluation data")->capture_default_str();
  app.require_subcommand(1);
  app.fallthrough();  // --data may come after the sub-command too
  auto* langid = app.add_subcommand("langid", "language id accuracy on line-aligned kk/ru files");
  auto* stem = app.add_subcommand("stem", "stemmer conflation, over-merging, coverage");
  auto* org = app.add_subcommand("org", "organisation extraction precision/recall/F1");
  auto* ir = app.add_subcommand("ir", "retrieval: kazqad nDCG@10/MRR@10, known items, baselines");
  std::string work_dir = "var/eval";
  ir->add_option("--work", work_dir, "folder for the evaluation's databases")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  if (langid->parsed()) return izdeu::eval::RunLangIdEval(data_dir);
  if (stem->parsed()) return izdeu::eval::RunStemEval(data_dir);
  if (org->parsed()) return izdeu::eval::RunOrgEval(data_dir);
  if (ir->parsed()) return izdeu::eval::RunIrEval(data_dir, work_dir);
  return 2;
}
