// izdeu-baseline-xapian: Xapian used as it comes, the reference izdeu is measured against:
// TermGenerator without a stemmer, positions on, one writer, default flush threshold,
// QueryParser with default AND-less settings switched to AND. Prints index rate, size and query
// latency for the same corpus and queries as bench/run.sh gives izdeu.
#include <xapian.h>
#include <CLI/CLI.hpp>

#include "bench/baseline_common.h"

int main(int argc, char** argv) {
  CLI::App app{"izdeu-baseline-xapian: plain Xapian index and query timings"};
  std::string input, db, queries_file;
  app.add_option("--input", input, "JSONL corpus")->required();
  app.add_option("--db", db, "database folder to create (removed first)")->required();
  app.add_option("--queries", queries_file, "one query per line")->required();
  CLI11_PARSE(app, argc, argv);

  std::system(("rm -rf '" + db + "'").c_str());
  auto start = izdeu::bench::Clock::now();
  uint64_t articles = 0, bytes = 0;
  {
    Xapian::WritableDatabase wdb(db, Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator tg;
    izdeu::corpus::ReadInputs(
        {input},
        [&](izdeu::corpus::Article&& a) {
          Xapian::Document doc;
          tg.set_document(doc);
          tg.index_text(a.title, 1, "S");
          tg.index_text(a.title);
          tg.increase_termpos();
          std::string body;
          for (const auto& p : a.paragraphs) {
            tg.index_text(p);
            tg.increase_termpos();
            body += p;
            body += "\n\n";
          }
          doc.set_data(a.title + "\n" + body);
          doc.add_boolean_term("Q" + a.id);
          wdb.replace_document("Q" + a.id, doc);
          ++articles;
          bytes += a.title.size() + body.size();
        },
        [](const izdeu::corpus::ReadIssue&) {});
    wdb.commit();
  }
  double index_s = std::chrono::duration<double>(izdeu::bench::Clock::now() - start).count();
  uint64_t size = izdeu::bench::DirBytes(db);

  Xapian::Database rdb(db);
  Xapian::QueryParser qp;
  qp.set_database(rdb);
  qp.set_default_op(Xapian::Query::OP_AND);
  auto queries = izdeu::bench::ReadLines(queries_file);
  auto ms = izdeu::bench::TimeQueries(queries, [&](const std::string& q) {
    Xapian::Enquire enquire(rdb);
    enquire.set_query(qp.parse_query(q));
    Xapian::MSet mset = enquire.get_mset(0, 10);
    for (auto it = mset.begin(); it != mset.end(); ++it) (void)it.get_document().get_data();
  });
  std::printf("| Xapian as it comes | %llu | %.1f | %.0f | %.1f | %.2fx | %.3f | %.3f |\n",
              static_cast<unsigned long long>(articles), index_s, articles / index_s,
              bytes / 1e6 / index_s, static_cast<double>(size) / bytes,
              izdeu::bench::Percentile(ms, 0.5), izdeu::bench::Percentile(ms, 0.99));
  return 0;
}
