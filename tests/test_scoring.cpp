#include "rnnsearch/eval/scoring.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <sstream>

#include "helpers.h"
#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"

namespace rnnsearch::scoring {
namespace {

// ../shared/bleu-vectors beside the checkout (or $RNNSEARCH_BLEU_VECTORS): sacreBLEU 2.6.0's own
// outputs for a set of inputs.
std::string vectors_dir() {
  if (const char* env = std::getenv("RNNSEARCH_BLEU_VECTORS")) return env;
  return testing::source_path("../shared/bleu-vectors");
}

// A missing vectors folder fails the test: exactness is not something to skip quietly.
#define REQUIRE_VECTORS()                                                                              \
  if (!std::filesystem::is_directory(vectors_dir()))                                                   \
  FAIL() << "no sacreBLEU test vectors at " << vectors_dir()                                          \
         << ": put them there or set RNNSEARCH_BLEU_VECTORS; the exactness tests cannot run without them"

std::vector<std::string> fields(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::stringstream in(line);
  for (std::string f; std::getline(in, f, sep);) out.push_back(f);
  return out;
}

// The sacrebleu command line of a vector, as a ScoreRequest plus files.
struct VectorRun {
  std::vector<std::string> refs;
  std::string hyp;
  ScoreRequest request;
};

VectorRun parse_args(const std::string& args) {
  VectorRun run;
  run.request.json = true;  // sacreBLEU's default format
  run.request.version = "2.6.0";
  const auto words = fields(args, ' ');
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "-i") run.hyp = words[++i];
    else if (w == "-f") run.request.json = words[++i] == "json";
    else if (w == "-w") run.request.width = std::stoi(words[++i]);
    else if (w == "-lc") run.request.bleu.lowercase = true;  // BLEU only, in sacreBLEU 2.6.0
    else if (w == "--chrf-lowercase") run.request.chrf.lowercase = true;
    else if (w == "-tok") run.request.bleu.tokenize = *enum_from_string<TokenizeType>(words[++i]);
    else if (w == "--chrf-word-order") run.request.chrf.word_order = std::stoi(words[++i]);
    else if (w == "-s") run.request.bleu.smoothing = *enum_from_string<Smoothing>(words[++i]);
    else if (w == "--smooth-value") run.request.bleu.smooth_value = std::stod(words[++i]);
    else if (w == "--sentence-level") run.request.sentence_level = true;
    else if (w == "-m") {
      run.request.metrics.clear();
      while (i + 1 < words.size() && words[i + 1][0] != '-')
        run.request.metrics.push_back(*enum_from_string<ScoreMetric>(words[++i]));
    } else if (w[0] == '-') ADD_FAILURE() << "unhandled sacrebleu argument " << w;
    else run.refs.push_back(w);
  }
  return run;
}

std::string report_for(const VectorRun& run) {
  const std::string dir = vectors_dir() + "/";
  std::vector<std::vector<std::string>> refs;
  for (const auto& r : run.refs) refs.push_back(read_segments(dir + r));
  return score_report(read_segments(dir + run.hyp), refs, run.request);
}

// Every run in expected.tsv (default BLEU and chrF, -lc, --sentence-level, -w) and in
// expected_more.tsv (chrF++, -tok none, floor/add-k/none smoothing, -m chrf -lc): our report is
// sacreBLEU's output byte for byte.
class ScoringVectorFile : public ::testing::TestWithParam<std::string> {};

TEST_P(ScoringVectorFile, EveryRunMatchesSacrebleuOutputExactly) {
  REQUIRE_VECTORS();
  const auto rows = read_lines(vectors_dir() + "/" + GetParam());
  ASSERT_GT(rows.size(), 40u);
  int checked = 0;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto f = fields(rows[r], '\t');
    ASSERT_GE(f.size(), 4u) << rows[r];
    const VectorRun run = parse_args(f[2]);
    const std::string expected = testing::read_text(vectors_dir() + "/" + f[3]);
    EXPECT_EQ(report_for(run), expected) << f[0] << " " << f[1] << ": sacrebleu " << f[2];
    ++checked;
  }
  EXPECT_EQ(checked, static_cast<int>(rows.size()) - 1);
}

INSTANTIATE_TEST_SUITE_P(Files, ScoringVectorFile, ::testing::Values("expected.tsv", "expected_more.tsv"),
                         [](const auto& info) { return info.param.substr(0, info.param.find('.')); });

// The integer statistics and full-precision scores of sacreBLEU's Python API.
TEST(ScoringVectors, StatisticsMatchSacrebleuApi) {
  REQUIRE_VECTORS();
  const auto rows = read_lines(vectors_dir() + "/expected_stats.tsv");
  int bleu_rows = 0;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto f = fields(rows[r], '\t');
    const std::string& name = f[0];
    // Per-line and lowercased rows are covered by the exact-output test.
    if (name.find_first_of("[(") != std::string::npos) continue;
    const std::string dir = vectors_dir() + "/";
    std::vector<std::vector<std::string>> refs;
    if (std::filesystem::exists(dir + name + ".ref")) refs.push_back(read_segments(dir + name + ".ref"));
    else for (const char* k : {".ref1", ".ref2"}) refs.push_back(read_segments(dir + name + k));
    const auto hyps = read_segments(dir + name + ".hyp");
    const double expected = std::stod(f[2]);
    if (f[1] == "BLEU") {
      BleuStats total;
      for (std::size_t i = 0; i < hyps.size(); ++i) {
        std::vector<std::string> seg;
        for (const auto& stream : refs) seg.push_back(stream[i]);
        total += bleu_statistics(hyps[i], seg, BleuOptions{});
      }
      std::string counts, totals;
      for (std::size_t n = 0; n < 4; ++n) {
        counts += (n ? " " : "") + std::to_string(total.correct[n]);
        totals += (n ? " " : "") + std::to_string(total.total[n]);
      }
      EXPECT_EQ(counts, f[3]) << name;
      EXPECT_EQ(totals, f[4]) << name;
      EXPECT_EQ(std::to_string(total.hyp_len), f[5]) << name;
      EXPECT_EQ(std::to_string(total.ref_len), f[6]) << name;
      EXPECT_NEAR(bleu_from_statistics(total, BleuOptions{}).score, expected, 1e-9 * std::max(1.0, expected)) << name;
      ++bleu_rows;
    } else if (f[1] == "chrF2") {
      EXPECT_NEAR(corpus_chrf(hyps, refs, ChrfOptions{}), expected, 1e-9 * std::max(1.0, expected)) << name;
    }
  }
  EXPECT_GE(bleu_rows, 9);
}

// sacreBLEU's README example: two reference streams.
TEST(Scoring, SacrebleuDocumentedExample) {
  const std::vector<std::string> sys = {"The dog bit the man.", "It wasn't surprising.", "The man had just bitten him."};
  const std::vector<std::vector<std::string>> refs = {
      {"The dog bit the man.", "It was not unexpected.", "The man bit him first."},
      {"The dog had bit the man.", "No one was surprised.", "The man had bitten the dog."}};
  EXPECT_NEAR(corpus_bleu(sys, refs, BleuOptions{}).score, 48.530827, 1e-6);
  BleuOptions none;
  none.tokenize = TokenizeType::none;
  EXPECT_NEAR(corpus_bleu(sys, refs, none).score, 49.1919566, 1e-7);
}

TEST(Scoring, Tokenizer13a) {
  EXPECT_EQ(tokenize_13a("Hello, world. It costs $1,250.99 (today)!"), "Hello , world . It costs $ 1,250.99 ( today ) !");
  EXPECT_EQ(tokenize_13a("2-for-1 e.g. 10:30"), "2 - for-1 e . g . 10 : 30");
  EXPECT_EQ(tokenize_13a("&quot;a&quot; &amp; b &lt;c&gt;"), "\" a \" & b < c >");
  EXPECT_EQ(tokenize_13a("Stra\xC3\x9F" "e."), "Stra\xC3\x9F" "e .");
  EXPECT_EQ(tokenize_13a("  "), "");
}

TEST(Scoring, PythonTextRules) {
  EXPECT_EQ(split("a\xC2\xA0" "b\tc"), (std::vector<std::string>{"a", "b", "c"}));  // NBSP splits
  EXPECT_EQ(rstrip("x \xE3\x80\x80\n"), "x");                                        // ideographic space
  EXPECT_EQ(lowercase("\xC3\x84PFEL \xD0\x96 \xC4\xB0"), "\xC3\xA4pfel \xD0\xB6 i\xCC\x87");
}

TEST(Scoring, SmoothingAndEffectiveOrder) {
  BleuStats s;
  s.hyp_len = s.ref_len = 3;
  s.correct = {2, 0, 0, 0};
  s.total = {3, 2, 1, 0};
  BleuOptions o;
  o.smoothing = Smoothing::none;
  EXPECT_NEAR(bleu_from_statistics(s, o).score, 0.0, 1e-12);
  o.smoothing = Smoothing::exp;
  // precisions 66.67, 100/(2*2), 100/(4*1), and 0 for the fourth order (no 4-grams).
  const double exp4 = std::exp((std::log(200.0 / 3) + std::log(25.0) + std::log(25.0) - 9999999999.0) / 4);
  EXPECT_NEAR(bleu_from_statistics(s, o).score, exp4, 1e-12);
  o.effective_order = true;
  EXPECT_NEAR(bleu_from_statistics(s, o).score, std::cbrt(200.0 / 3 * 25.0 * 25.0), 1e-9);
  o.effective_order = false;
  o.smoothing = Smoothing::floor;
  EXPECT_EQ(bleu_from_statistics(s, o).precisions[1], 100.0 * 0.1 / 2);
  o.smoothing = Smoothing::add_k;
  EXPECT_EQ(bleu_from_statistics(s, o).precisions[1], 100.0 * 1 / 3);
  EXPECT_EQ(bleu_signature(o, 2, "x"), "nrefs:2|case:mixed|eff:no|tok:13a|smooth:add-k[1.00]|version:x");
}

TEST(Scoring, ChrfPlusPlusAndErrors) {
  ChrfOptions o;
  o.word_order = 2;
  EXPECT_EQ(chrf_name(o), "chrF2++");
  EXPECT_NEAR(corpus_chrf({"the cat sat."}, {{"the cat sat."}}, o), 100.0, 1e-9);
  EXPECT_LT(corpus_chrf({"the cat sat."}, {{"a cat sat."}}, o), corpus_chrf({"the cat sat."}, {{"a cat sat."}}, ChrfOptions{}) + 50);
  // Word n-grams by hand: "the cat sat." -> the, cat, sat, . (final punctuation split off);
  // against "a cat sat.": unigrams 4 hyp, 4 ref, 3 match; bigrams 3, 3, 2 (cat sat, sat .).
  const ChrfStats stats = chrf_statistics("the cat sat.", {"a cat sat."}, o);
  ASSERT_EQ(stats.size(), 3u * 8);
  EXPECT_EQ(std::vector<std::int64_t>(stats.begin() + 18, stats.end()), (std::vector<std::int64_t>{4, 4, 3, 3, 3, 2}));
  // Character unigrams without spaces: "thecatsat." (10) vs "acatsat." (8); clipped matches
  // t 2, a 2, c 1, s 1, . 1 = 7.
  EXPECT_EQ(std::vector<std::int64_t>(stats.begin(), stats.begin() + 3), (std::vector<std::int64_t>{10, 8, 7}));
  EXPECT_THROW(corpus_bleu({"a", "b"}, {{"a"}}, BleuOptions{}), UserError);
  EXPECT_THROW(corpus_bleu({"a"}, {{""}}, BleuOptions{}), UserError);
}

}  // namespace
}  // namespace rnnsearch::scoring
