#include "rnnsearch/eval/evaluation.h"

#include <gtest/gtest.h>
#include <pthread.h>
#include <sys/stat.h>

#include <csignal>

#include "helpers.h"
#include "rnnsearch/common/error.h"

namespace rnnsearch {
namespace {

using testing::TempDir;

// A stand-in for the sacrebleu command: checks how it is called, records its arguments, and
// answers with sacreBLEU-style JSON (or misbehaves, as `body` says).
std::string write_stand_in(const TempDir& dir, const std::string& body) {
  const std::string path = dir.file("sacrebleu");
  testing::write_text(path, "#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/args.txt\"\n" + body);
  ::chmod(path.c_str(), 0755);
  return path;
}

const char* kWellBehaved = R"SH(# references first, then -i HYP: check both files are there and hold the lines
[ "$2" = "-i" ] || { echo "expected REF -i HYP" >&2; exit 3; }
[ "$(cat "$3")" = "$(printf 'the cat sat\na dog')" ] || { echo "bad hypothesis file" >&2; exit 4; }
[ "$(head -1 "$1")" = "the cat sat" ] || { echo "bad reference file" >&2; exit 5; }
case "$*" in
  *"-m bleu"*) echo '{"name": "BLEU", "score": 12.3456789012, "signature": "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:9.9.9", "verbose_score": "50.0/40.0/30.0/20.0 (BP = 1.000 ratio = 1.000 hyp_len = 5 ref_len = 5)"}' ;;
  *"-m chrf"*) printf '{\n "name": "chrF2",\n "score": 45.6,\n "signature": "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:9.9.9"\n}\n' ;;
esac
)SH";

const std::vector<std::string> kHyps = {"the cat sat", "a dog"};
const std::vector<std::vector<std::string>> kRefs = {{"the cat sat", "the dog"}};

ScorerOptions with_command(const std::string& command, ScorerType type = ScorerType::sacrebleu) {
  ScorerOptions o;
  o.scorer = type;
  o.command = command;
  return o;
}

TEST(Evaluation, RunsTheSacrebleuCommandAndParsesItsJson) {
  TempDir dir;
  const auto scores = score_corpus(kHyps, kRefs, with_command(write_stand_in(dir, kWellBehaved)));
  ASSERT_EQ(scores.size(), 2u);
  EXPECT_EQ(scores[0].name, "BLEU");
  EXPECT_DOUBLE_EQ(scores[0].score, 12.3456789012);
  EXPECT_EQ(scores[0].signature, "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:9.9.9");
  EXPECT_EQ(scores[0].verbose, "50.0/40.0/30.0/20.0 (BP = 1.000 ratio = 1.000 hyp_len = 5 ref_len = 5)");
  EXPECT_EQ(scores[1].name, "chrF2");
  EXPECT_DOUBLE_EQ(scores[1].score, 45.6);
  // The last call was chrF, with its options.
  const std::string args = testing::read_text(dir.file("args.txt"));
  EXPECT_NE(args.find("-m chrf -f json -w 10"), std::string::npos) << args;
  EXPECT_NE(args.find("--chrf-word-order 0"), std::string::npos) << args;
  EXPECT_EQ(scoring::render_report({scores[0]}, 1, false),
            "BLEU|nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:9.9.9 = 12.3 50.0/40.0/30.0/20.0 "
            "(BP = 1.000 ratio = 1.000 hyp_len = 5 ref_len = 5)\n");
}

TEST(Evaluation, PassesBleuOptions) {
  TempDir dir;
  ScorerOptions o = with_command(write_stand_in(dir, kWellBehaved));
  o.metrics = {ScoreMetric::bleu};
  o.lowercase = true;
  o.tokenize = TokenizeType::none;
  o.smoothing = Smoothing::floor;
  o.smooth_value = 0.25;
  score_corpus(kHyps, kRefs, o);
  const std::string args = testing::read_text(dir.file("args.txt"));
  EXPECT_NE(args.find("-m bleu -f json -w 10 -lc --tokenize none --smooth-method floor --smooth-value 0.25"),
            std::string::npos) << args;
  o.metrics = {ScoreMetric::chrf};
  o.chrf_lowercase = true;
  score_corpus(kHyps, kRefs, o);
  const std::string chrf_args = testing::read_text(dir.file("args.txt"));
  EXPECT_NE(chrf_args.find("-m chrf -f json -w 10 --chrf-lowercase --chrf-word-order 0"), std::string::npos) << chrf_args;
  EXPECT_EQ(chrf_args.find("-lc"), std::string::npos) << chrf_args;  // sacreBLEU's -lc is BLEU's alone
}

TEST(Evaluation, AutoPrefersSacrebleuOnPathElseBuiltin) {
  TempDir dir;
  write_stand_in(dir, kWellBehaved);
  const std::string old_path = std::getenv("PATH") != nullptr ? std::getenv("PATH") : "";
  ::setenv("PATH", (dir.path() + ":" + old_path).c_str(), 1);
  EXPECT_EQ(find_executable("sacrebleu"), dir.file("sacrebleu"));
  EXPECT_EQ(choose_scorer(with_command("sacrebleu", ScorerType::automatic)), "sacrebleu");
  EXPECT_EQ(score_corpus(kHyps, kRefs, with_command("sacrebleu", ScorerType::automatic))[0].score, 12.3456789012);
  ::setenv("PATH", "/nonexistent", 1);
  EXPECT_EQ(choose_scorer(with_command("sacrebleu", ScorerType::automatic)), "builtin");
  const auto builtin = score_corpus(kHyps, kRefs, with_command("sacrebleu", ScorerType::automatic));
  EXPECT_NE(builtin[0].signature.find("version:2.6.0+rnnsearch"), std::string::npos);
  ::setenv("PATH", old_path.c_str(), 1);
}

TEST(Evaluation, MissingCommandIsAConfigError) {
  try {
    score_corpus(kHyps, kRefs, with_command("/nonexistent/sacrebleu"));
    FAIL() << "no error";
  } catch (const ConfigError& e) {
    EXPECT_EQ(e.key(), "eval.sacrebleu_command");
  }
}

TEST(Evaluation, FailuresOfTheCommandAreClearErrors) {
  struct Case {
    const char* body;
    const char* message;
  };
  for (const Case& c : {Case{"echo 'sacrebleu: broken install' >&2; exit 7\n", "failed with exit code 7"},
                        Case{"echo 'this is not json'\n", "printed something other than its JSON score"},
                        Case{"echo '{\"name\": \"BLEU\"}'\n", "printed something other than its JSON score"},
                        Case{"exec sleep 30\n", "did not finish within 1 s"}}) {
    TempDir dir;
    ScorerOptions o = with_command(write_stand_in(dir, c.body));
    o.timeout_seconds = 1;
    try {
      score_corpus(kHyps, kRefs, o);
      ADD_FAILURE() << "no error for: " << c.body;
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find(c.message), std::string::npos) << e.what();
    }
  }
}

// The command starts with no signal blocked and SIGINT, SIGTERM and SIGPIPE at their defaults,
// also when the caller blocks the first two (as training and serving do, StopSignals) and ignores
// SIGPIPE (as distributed workers do).
TEST(Evaluation, TheCommandStartsWithSignalsAtTheirDefaults) {
  TempDir dir;
  const std::string check = R"SH(blocked=$(sed -n 's/^SigBlk:[[:space:]]*//p' /proc/$$/status)
ignored=$(sed -n 's/^SigIgn:[[:space:]]*//p' /proc/$$/status)
[ $(( 0x$blocked & 0x4002 )) -eq 0 ] || { echo "blocked: $blocked" >&2; exit 8; }
[ $(( 0x$ignored & 0x4002 )) -eq 0 ] || { echo "ignored: $ignored" >&2; exit 9; }
[ $(( 0x$ignored & 0x1000 )) -eq 0 ] || { echo "SIGPIPE ignored: $ignored" >&2; exit 10; }
)SH";
  sigset_t stop, before;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, &before);
  const auto pipe_before = std::signal(SIGPIPE, SIG_IGN);
  std::string error;
  std::size_t scores = 0;
  try {
    scores = score_corpus(kHyps, kRefs, with_command(write_stand_in(dir, check + kWellBehaved))).size();
  } catch (const std::runtime_error& e) {
    error = e.what();
  }
  std::signal(SIGPIPE, pipe_before);
  pthread_sigmask(SIG_SETMASK, &before, nullptr);
  EXPECT_EQ(error, "");
  EXPECT_EQ(scores, 2U);
}

TEST(Evaluation, ScoreCommandLine) {
  TempDir dir;
  testing::write_text(dir.file("ref"), "the cat sat on the mat\nthe dog\n");
  testing::write_text(dir.file("hyp"), "the cat sat on a mat\nthe dog\n");
  const auto json = testing::run_cli("score --scorer builtin -r ref -i hyp", dir.path());
  ASSERT_EQ(json.code, 0) << json.err;
  EXPECT_NE(json.out.find("\"name\": \"BLEU\""), std::string::npos) << json.out;
  const auto text = testing::run_cli("score --scorer builtin -r ref -m bleu,chrf -f text -w 2", dir.path(),
                                     "the cat sat on a mat\nthe dog\n");
  ASSERT_EQ(text.code, 0) << text.err;
  EXPECT_NE(text.out.find("chrF2|nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0+rnnsearch = "),
            std::string::npos)
      << text.out;
  testing::write_text(dir.file("short"), "one line\n");
  const auto uneven = testing::run_cli("score --scorer builtin -r short -i hyp", dir.path());
  EXPECT_EQ(uneven.code, 2);
  EXPECT_NE(uneven.err.find("short has 1 lines but hyp has 2"), std::string::npos) << uneven.err;
  const auto sentences = testing::run_cli("score -r ref -i hyp --sentence-level -w 4", dir.path());
  ASSERT_EQ(sentences.code, 0) << sentences.err;
  EXPECT_NE(sentences.out.find("eff:yes"), std::string::npos);
  EXPECT_EQ(std::count(sentences.out.begin(), sentences.out.end(), '\n'), 2);
  EXPECT_EQ(testing::run_cli("score --scorer sacrebleu --sacrebleu-command /nonexistent -r ref -i hyp",
                             dir.path()).code, 2);
}

// The subprocess scorer against sacreBLEU 2.6.0 itself, on every case of ../shared/bleu-vectors
// and every option the scorers share: both give the same scores, signatures (but for the
// version field) and BLEU details. A missing program fails the test, as missing vectors do.
class RealSacrebleu : public ::testing::TestWithParam<std::string> {};

TEST_P(RealSacrebleu, SubprocessScoresEqualTheBuiltIn) {
  const std::string command = testing::real_sacrebleu();
  ASSERT_FALSE(find_executable(command).empty()) << command << " is not there: set RNNSEARCH_SACREBLEU";
  const char* env = std::getenv("RNNSEARCH_BLEU_VECTORS");
  const std::string dir = (env != nullptr ? std::string(env) : testing::source_path("../shared/bleu-vectors")) + "/";
  ASSERT_TRUE(file_exists(dir + GetParam() + ".hyp")) << dir;
  const auto hyps = scoring::read_segments(dir + GetParam() + ".hyp");
  std::vector<std::vector<std::string>> refs;
  if (file_exists(dir + GetParam() + ".ref")) refs.push_back(scoring::read_segments(dir + GetParam() + ".ref"));
  else for (const char* k : {".ref1", ".ref2"}) refs.push_back(scoring::read_segments(dir + GetParam() + k));
  std::vector<ScorerOptions> variants(7);
  variants[1].lowercase = true;  // BLEU only: chrF stays case-sensitive, as in sacreBLEU
  variants[6].chrf_lowercase = true;
  variants[2].metrics = {ScoreMetric::chrf};
  variants[2].chrf_word_order = 2;
  variants[3].metrics = {ScoreMetric::bleu};
  variants[3].tokenize = TokenizeType::none;
  variants[3].smoothing = Smoothing::floor;
  variants[3].smooth_value = 0.2;
  variants[4].metrics = {ScoreMetric::bleu};
  variants[4].smoothing = Smoothing::add_k;
  variants[5].metrics = {ScoreMetric::bleu};
  variants[5].smoothing = Smoothing::none;
  for (std::size_t v = 0; v < variants.size(); ++v) {
    ScorerOptions builtin = variants[v], real = variants[v];
    builtin.scorer = ScorerType::builtin;
    real.scorer = ScorerType::sacrebleu;
    real.command = command;
    const auto ours = score_corpus(hyps, refs, builtin);
    const auto theirs = score_corpus(hyps, refs, real);
    ASSERT_EQ(ours.size(), theirs.size());
    for (std::size_t m = 0; m < ours.size(); ++m) {
      std::string signature = ours[m].signature;
      signature.replace(signature.find("2.6.0+rnnsearch"), std::string("2.6.0+rnnsearch").size(), "2.6.0");
      EXPECT_EQ(ours[m].name, theirs[m].name) << "variant " << v;
      EXPECT_EQ(signature, theirs[m].signature) << "variant " << v;
      EXPECT_EQ(ours[m].verbose, theirs[m].verbose) << "variant " << v;
      EXPECT_NEAR(ours[m].score, theirs[m].score, 1e-9) << "variant " << v << " " << ours[m].name;  // -w 10
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Vectors, RealSacrebleu,
                         ::testing::Values("01_exact", "02_empty_line", "03_punct_numbers", "04_unicode_de", "05_multiref",
                                           "06_lowercase", "07_sentence_level", "08_entities", "09_multi30k_drop3"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace rnnsearch
