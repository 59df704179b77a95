// izdeu-eval ir: retrieval quality of the whole engine (indexer + SearchService) against plain
// Xapian baselines measured in the same run:
//  - kazqad: 258 exam questions over judged Wikipedia passages with news sentences as
//    distractors (questions-kazqad-dev): nDCG@10 and MRR@10; also the same questions typed on a
//    Russian keyboard (ә->а, ғ->г, қ->к, ң->н, ө->о, ұ/ү->у, і->и, һ->х) and with one edit in
//    their longest word;
//  - known-item: UD Kazakh KTB sentences as articles (among the same distractors); the query is
//    the dictionary forms of two words that the sentence writes in another form: MRR@10 and
//    success@10.
// Baselines: Xapian as it comes (TermGenerator without a stemmer, QueryParser, OR, BM25) and the
// same with every word cut to its first 5 letters.
// Work files (databases, generated JSON Lines) go to --work (default var/eval).
#include <rapidjson/document.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <xapian.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "analyzers/analyzer.h"
#include "bench/eval/eval.h"
#include "indexer/index_builder.h"
#include "searchd/service/search_service.h"

namespace izdeu::eval {
namespace {

namespace fs = std::filesystem;

struct Doc {
  std::string id, title, body;
};
struct Question {
  std::string id, text;
  std::set<std::string> gold;
};

// A search engine under test: query text -> ranked article ids (at most 10).
using Engine = std::function<std::vector<std::string>(const std::string&)>;

// Calls visit(object) for every line of a JSON Lines file that parses to an object.
template <typename Visit>
void ForEachJsonLine(const std::string& path, Visit visit) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    rapidjson::Document j;
    j.Parse(line.c_str());
    if (!j.HasParseError() && j.IsObject()) visit(j);
  }
}

std::vector<Doc> ReadDocs(const std::string& path) {
  std::vector<Doc> docs;
  ForEachJsonLine(path, [&](const rapidjson::Document& j) {
    Doc d;
    d.id = j["id"].GetString();
    if (j.HasMember("title") && j["title"].IsString()) d.title = j["title"].GetString();
    if (j.HasMember("body") && j["body"].IsString()) d.body = j["body"].GetString();
    docs.push_back(std::move(d));
  });
  return docs;
}

std::vector<Question> ReadQuestions(const std::string& path) {
  std::vector<Question> out;
  ForEachJsonLine(path, [&](const rapidjson::Document& j) {
    Question q;
    q.id = j["id"].GetString();
    q.text = j["text"].GetString();
    for (const auto& g : j["gold"].GetArray()) q.gold.insert(g.GetString());
    out.push_back(std::move(q));
  });
  return out;
}

std::string JsonEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n' || c == '\t' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

// Lower-cased letter/digit runs (ICU classes), each cut to `cut` code points (0: whole).
std::vector<std::string> SimpleWords(const std::string& text, int cut) {
  std::vector<std::string> words;
  std::string word;
  int letters = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  auto flush = [&] {
    if (!word.empty()) words.push_back(word);
    word.clear();
    letters = 0;
  };
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || !u_isalnum(c)) {
      flush();
      continue;
    }
    if (cut > 0 && letters >= cut) continue;
    c = u_tolower(c);
    char buf[4];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, c);
    word.append(buf, len);
    ++letters;
  }
  flush();
  return words;
}

// Xapian as it comes: no stemmer (Xapian has none for Kazakh), OR of the query's words, BM25.
Engine XapianPlain(const std::vector<Doc>& docs, std::vector<std::string>* ids_out) {
  auto db = std::make_shared<Xapian::WritableDatabase>(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::TermGenerator gen;
  for (const auto& d : docs) {
    Xapian::Document doc;
    gen.set_document(doc);
    gen.index_text(d.title);
    gen.increase_termpos();
    gen.index_text(d.body);
    ids_out->push_back(d.id);
    db->add_document(doc);
  }
  const auto* ids = ids_out;
  return [db, ids](const std::string& text) {
    Xapian::QueryParser qp;
    qp.set_database(*db);
    qp.set_default_op(Xapian::Query::OP_OR);
    Xapian::Query q;
    try {
      q = qp.parse_query(text);
    } catch (const Xapian::QueryParserError&) {
      q = qp.parse_query(text, 0);
    }
    Xapian::Enquire enquire(*db);
    enquire.set_query(q);
    Xapian::MSet mset = enquire.get_mset(0, 10);
    std::vector<std::string> out;
    for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back((*ids)[*it - 1]);
    return out;
  };
}

// Every word cut to its first `cut` letters, OR query, BM25 (a crude stemmer).
Engine XapianCut(const std::vector<Doc>& docs, int cut, std::vector<std::string>* ids_out) {
  auto db = std::make_shared<Xapian::WritableDatabase>(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const auto& d : docs) {
    Xapian::Document doc;
    for (const auto& w : SimpleWords(d.title + " " + d.body, cut)) doc.add_term(w);
    ids_out->push_back(d.id);
    db->add_document(doc);
  }
  const auto* ids = ids_out;
  return [db, ids, cut](const std::string& text) {
    std::vector<Xapian::Query> terms;
    for (const auto& w : SimpleWords(text, cut)) terms.emplace_back(w);
    Xapian::Enquire enquire(*db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
    Xapian::MSet mset = enquire.get_mset(0, 10);
    std::vector<std::string> out;
    for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back((*ids)[*it - 1]);
    return out;
  };
}

Engine Izdeu(searchd::SearchService* service, bool match_all) {
  return [service, match_all](const std::string& text) {
    searchd::SearchRequest request;
    request.query = text;
    request.size = 10;
    request.snippets = false;
    request.match_all = match_all;
    std::vector<std::string> out;
    auto response = service->Search(request);
    if (!response.ok()) return out;  // a query the syntax refuses scores 0
    for (const auto& h : response.value().hits) out.push_back(h.id);
    return out;
  };
}

struct Scores {
  double ndcg = 0, mrr = 0, success = 0;
};

// `first_ranks` (may be null) gets each question's rank of its first judged hit (1-10, 0: none).
Scores Score(const Engine& engine, const std::vector<Question>& questions,
             std::vector<int>* first_ranks = nullptr) {
  Scores s;
  for (const auto& q : questions) {
    std::vector<std::string> ranked = engine(q.text);
    double dcg = 0, idcg = 0;
    bool found = false;
    int first = 0;
    for (size_t i = 0; i < ranked.size() && i < 10; ++i) {
      if (!q.gold.count(ranked[i])) continue;
      dcg += 1.0 / std::log2(i + 2.0);
      if (!found) {
        s.mrr += 1.0 / (i + 1.0);
        first = static_cast<int>(i) + 1;
      }
      found = true;
    }
    if (first_ranks != nullptr) first_ranks->push_back(first);
    for (size_t i = 0; i < q.gold.size() && i < 10; ++i) idcg += 1.0 / std::log2(i + 2.0);
    s.ndcg += idcg > 0 ? dcg / idcg : 0;
    s.success += found ? 1 : 0;
  }
  const double n = questions.empty() ? 1 : questions.size();
  s.ndcg /= n;
  s.mrr /= n;
  s.success /= n;
  return s;
}

// Kazakh typed on a Russian keyboard: the Kazakh-only letters replaced by their look-alikes.
std::string RussianKeyboard(std::string text) {
  static const std::pair<std::string_view, std::string_view> kMap[] = {
      {"ә", "а"}, {"ғ", "г"}, {"қ", "к"}, {"ң", "н"}, {"ө", "о"}, {"ұ", "у"},
      {"ү", "у"}, {"і", "и"}, {"һ", "х"}, {"Ә", "А"}, {"Ғ", "Г"}, {"Қ", "К"},
      {"Ң", "Н"}, {"Ө", "О"}, {"Ұ", "У"}, {"Ү", "У"}, {"І", "И"}, {"Һ", "Х"}};
  for (const auto& [from, to] : kMap) {
    for (size_t p; (p = text.find(from)) != std::string::npos;) text.replace(p, from.size(), to);
  }
  return text;
}

// UTF-8 code points of a word.
std::vector<std::string> CodePoints(const std::string& word) {
  std::vector<std::string> out;
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  int32_t i = 0, n = static_cast<int32_t>(word.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    out.emplace_back(word.substr(start, i - start));
  }
  return out;
}

// One edit (delete, substitute, transpose or insert; chosen by `rng`) inside the query's
// longest word, away from its first letter: the kind of typo a did-you-mean should repair.
// `edited` (may be null) receives the index of that word among the space-separated words, or
// -1 when the text was left as it was.
std::string Misspell(const std::string& text, std::mt19937& rng, int* edited = nullptr) {
  if (edited != nullptr) *edited = -1;
  static const char* kLetters[] = {"а", "е", "і", "ы", "о", "ұ", "н", "т", "р", "л", "с", "қ", "к"};
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  size_t longest = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    if (CodePoints(words[i]).size() > CodePoints(words[longest]).size()) longest = i;
  }
  if (words.empty()) return text;
  auto cps = CodePoints(words[longest]);
  if (cps.size() < 5) return text;
  size_t at = 1 + rng() % (cps.size() - 2);
  switch (rng() % 4) {
    case 0:
      cps.erase(cps.begin() + at);
      break;
    case 1:
      cps[at] = kLetters[rng() % std::size(kLetters)];
      break;
    case 2:
      std::swap(cps[at], cps[at + 1]);
      break;
    default:
      cps.insert(cps.begin() + at, kLetters[rng() % std::size(kLetters)]);
      break;
  }
  std::string edited_word;
  for (const auto& c : cps) edited_word += c;
  words[longest] = edited_word;
  if (edited != nullptr) *edited = static_cast<int>(longest);
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// Space-separated word `i` of `text`, lower-cased letters and digits only ("" when absent).
std::string WordAt(const std::string& text, int i) {
  std::istringstream in(text);
  std::string w;
  for (int k = 0; k <= i; ++k) {
    if (!(in >> w)) return "";
  }
  std::string out;
  for (const auto& part : SimpleWords(w, 0)) out += part;
  return out;
}

// Spelling correction of misspelt questions: the share whose edited word the engine spells
// back as written in the original question, through corrected_from (the results are for the
// corrected query) or did_you_mean.
struct SpellingScores {
  size_t edited = 0, corrected = 0, suggested = 0, right = 0, exact = 0;
};

// `log` gets a line per edited question: the word as written, as edited, and as corrected.
SpellingScores ScoreSpelling(searchd::SearchService* service, const std::vector<Question>& original,
                             const std::vector<Question>& misspelt, const std::vector<int>& edited,
                             std::ostream& log) {
  SpellingScores s;
  analyzers::Analyzer analyzer;
  for (size_t i = 0; i < misspelt.size(); ++i) {
    if (edited[i] < 0) continue;
    ++s.edited;
    searchd::SearchRequest request;
    request.query = misspelt[i].text;
    request.size = 1;
    request.snippets = false;
    auto response = service->Search(request);
    if (!response.ok()) continue;
    std::string fixed;
    if (!response->corrected_from.empty()) {
      fixed = response->query;
      ++s.corrected;
    } else if (!response->did_you_mean.empty()) {
      fixed = response->did_you_mean;
      ++s.suggested;
    }
    const std::string want = WordAt(original[i].text, edited[i]);
    const std::string typed = WordAt(misspelt[i].text, edited[i]);
    const std::string got = fixed.empty() ? typed : WordAt(fixed, edited[i]);
    // Right: the word as the question wrote it (an edit that changed nothing needs no fix), or
    // another form of it (the archive may have only other forms: ішекқуыстылар for
    // ішекқуыстыларға searches the same stem).
    if (got == want) {
      ++s.right;
      ++s.exact;
    } else if (analyzer.Stem(got, analyzers::Language::kKazakh) ==
               analyzer.Stem(want, analyzers::Language::kKazakh)) {
      ++s.right;
    }
    log << want << '\t' << WordAt(misspelt[i].text, edited[i]) << '\t' << got << '\n';
  }
  return s;
}

// Known-item set from UD Kazakh KTB: each sentence with two content words written in another
// form than their lemma becomes an article; the query is those two lemmas. Seeded.
struct KnownItems {
  std::vector<Doc> docs;
  std::vector<Question> questions;
};

KnownItems BuildKnownItems(const std::string& data_dir) {
  KnownItems out;
  std::mt19937 rng(11);
  for (const char* file : {"kk_ktb-ud-test.conllu", "kk_ktb-ud-train.conllu"}) {
    std::ifstream in(data_dir + "/morphology/ud_kazakh_ktb/" + file);
    std::string line, sent_id, text;
    std::vector<std::pair<std::string, std::string>> candidates;  // (form, lemma)
    auto finish = [&] {
      std::vector<std::pair<std::string, std::string>> picked;
      std::shuffle(candidates.begin(), candidates.end(), rng);
      for (const auto& c : candidates) {
        if (picked.size() == 2) break;
        if (!picked.empty() && picked[0].second == c.second) continue;
        picked.push_back(c);
      }
      if (!text.empty() && picked.size() == 2) {
        Doc d{"ud-" + sent_id, "", text};
        out.docs.push_back(d);
        out.questions.push_back({d.id, picked[0].second + " " + picked[1].second, {d.id}});
      }
      candidates.clear();
      text.clear();
    };
    while (std::getline(in, line)) {
      if (line.rfind("# sent_id = ", 0) == 0) sent_id = line.substr(12);
      if (line.rfind("# text = ", 0) == 0) text = line.substr(9);
      if (line.empty()) finish();
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> cols;
      std::stringstream ss(line);
      for (std::string c; std::getline(ss, c, '\t');) cols.push_back(c);
      if (cols.size() < 4 || cols[0].find('-') != std::string::npos) continue;
      const std::string &form = cols[1], &lemma = cols[2], &upos = cols[3];
      const bool content = upos == "NOUN" || upos == "VERB" || upos == "ADJ" || upos == "PROPN";
      if (content && form != lemma && CodePoints(lemma).size() >= 3 &&
          SimpleWords(form, 0) != SimpleWords(lemma, 0)) {
        candidates.emplace_back(form, lemma);
      }
    }
    finish();
  }
  return out;
}

void WriteJsonl(const std::vector<Doc>& docs, const std::string& path) {
  std::ofstream out(path);
  for (const auto& d : docs) {
    out << "{\"id\": \"" << JsonEscape(d.id) << "\", \"title\": \"" << JsonEscape(d.title)
        << "\", \"body\": \"" << JsonEscape(d.body) << "\", \"lang\": \"kk\"}\n";
  }
}

std::unique_ptr<searchd::SearchService> IndexAndOpen(const std::string& jsonl,
                                                     const std::string& db_path) {
  fs::remove_all(db_path);
  indexer::IndexerOptions options;
  options.db_path = db_path;
  options.threads = 2;
  indexer::IndexProgress progress;
  auto summary = indexer::BuildIndex({jsonl}, options, &progress, [](const corpus::ReadIssue&) {});
  if (!summary.ok()) {
    std::fprintf(stderr, "ir: indexing %s failed: %s\n", jsonl.c_str(),
                 summary.status().message().c_str());
    return nullptr;
  }
  auto service = searchd::SearchService::Open(db_path);
  if (!service.ok()) return nullptr;
  return std::move(service.value());
}

void Row(const char* set, const char* engine, const Scores& s, bool known_item) {
  if (known_item) {
    std::printf("| %s | %s | %.3f | %.3f |\n", set, engine, s.mrr, s.success);
  } else {
    std::printf("| %s | %s | %.3f | %.3f |\n", set, engine, s.ndcg, s.mrr);
  }
}

}  // namespace

int RunIrEval(const std::string& data_dir, const std::string& work_dir) {
  const std::string kq = data_dir + "/questions-kazqad-dev";
  std::vector<Doc> docs = ReadDocs(kq + "/docs.jsonl");
  std::vector<Question> questions = ReadQuestions(kq + "/queries.jsonl");
  if (docs.empty() || questions.empty()) {
    std::fprintf(stderr, "ir: cannot read %s\n", kq.c_str());
    return 1;
  }
  fs::create_directories(work_dir);
  auto service = IndexAndOpen(kq + "/docs.jsonl", work_dir + "/kazqad.db");
  if (!service) return 1;

  std::vector<Question> russian = questions, misspelt = questions;
  std::mt19937 rng(5);
  for (auto& q : russian) q.text = RussianKeyboard(q.text);
  std::vector<int> edited;
  for (auto& q : misspelt) q.text = Misspell(q.text, rng, &edited.emplace_back());

  std::vector<std::string> plain_ids, cut_ids;
  Engine plain = XapianPlain(docs, &plain_ids);
  Engine cut5 = XapianCut(docs, 5, &cut_ids);
  Engine izdeu = Izdeu(service.get(), false);
  Engine izdeu_all = Izdeu(service.get(), true);

  std::printf("kazqad-dev: %zu questions, %zu articles\n\n", questions.size(), docs.size());
  std::printf("| set | engine | nDCG@10 | MRR@10 |\n|---|---|---|---|\n");
  // Per question: the first judged hit's rank for izdeu and the cut-5 baseline (error analysis).
  std::vector<int> izdeu_ranks, cut5_ranks;
  Row("kazqad", "izdeu", Score(izdeu, questions, &izdeu_ranks), false);
  Row("kazqad", "izdeu match=all", Score(izdeu_all, questions), false);
  Row("kazqad", "Xapian as it comes (OR)", Score(plain, questions), false);
  Row("kazqad", "Xapian, words cut to 5 letters (OR)", Score(cut5, questions, &cut5_ranks), false);
  {
    std::ofstream ranks(work_dir + "/kazqad-ranks.tsv");
    ranks << "id\tizdeu_rank\tcut5_rank\tquestion\n";
    for (size_t i = 0; i < questions.size(); ++i) {
      ranks << questions[i].id << '\t' << izdeu_ranks[i] << '\t' << cut5_ranks[i] << '\t'
            << questions[i].text << '\n';
    }
  }
  Row("kazqad, Russian keyboard", "izdeu", Score(izdeu, russian), false);
  Row("kazqad, Russian keyboard", "Xapian, words cut to 5 letters (OR)", Score(cut5, russian),
      false);
  Row("kazqad, one edit", "izdeu", Score(izdeu, misspelt), false);
  Row("kazqad, one edit", "Xapian, words cut to 5 letters (OR)", Score(cut5, misspelt), false);

  std::ofstream spelling_log(work_dir + "/spelling.tsv");
  SpellingScores spelling = ScoreSpelling(service.get(), questions, misspelt, edited, spelling_log);
  std::printf(
      "\none edit: %zu questions edited; izdeu answered %zu for a corrected query and suggested "
      "%zu more;\nthe edited word spelt back as written or as another form of it: %zu of %zu "
      "(%.1f%%); as written: %zu (%.1f%%)\n",
      spelling.edited, spelling.corrected, spelling.suggested, spelling.right, spelling.edited,
      spelling.edited ? 100.0 * spelling.right / spelling.edited : 0.0, spelling.exact,
      spelling.edited ? 100.0 * spelling.exact / spelling.edited : 0.0);

  // Known items among the same distractors.
  KnownItems known = BuildKnownItems(data_dir);
  std::vector<Doc> known_docs = known.docs;
  for (const auto& d : docs) {
    if (d.id.rfind("ner-", 0) == 0) known_docs.push_back(d);
  }
  WriteJsonl(known_docs, work_dir + "/known.jsonl");
  auto known_service = IndexAndOpen(work_dir + "/known.jsonl", work_dir + "/known.db");
  if (!known_service) return 1;
  std::vector<std::string> kplain_ids, kcut_ids, kcut4_ids;
  Engine kplain = XapianPlain(known_docs, &kplain_ids);
  Engine kcut5 = XapianCut(known_docs, 5, &kcut_ids);
  Engine kcut4 = XapianCut(known_docs, 4, &kcut4_ids);
  std::printf("\nknown-item (UD Kazakh KTB): %zu queries, %zu articles\n\n", known.questions.size(),
              known_docs.size());
  std::printf("| set | engine | MRR@10 | success@10 |\n|---|---|---|---|\n");
  Row("known-item", "izdeu", Score(Izdeu(known_service.get(), false), known.questions), true);
  Row("known-item", "Xapian as it comes (OR)", Score(kplain, known.questions), true);
  Row("known-item", "Xapian, words cut to 5 letters (OR)", Score(kcut5, known.questions), true);
  Row("known-item", "Xapian, words cut to 4 letters (OR)", Score(kcut4, known.questions), true);
  return 0;
}

}  // namespace izdeu::eval
