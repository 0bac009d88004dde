#include "rnnsearch/train/bench.h"

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <thread>
#include <tuple>

#include <unistd.h>

#include "helpers.h"
#include "rnnsearch/common/config.h"
#include "rnnsearch/common/error.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/common/runtime.h"

namespace rnnsearch {
namespace {

double total(const std::vector<GemmTerm>& terms) {
  double sum = 0;
  for (const auto& t : terms) sum += t.flops;
  return sum;
}

double term(const std::vector<GemmTerm>& terms, const std::string& name) {
  for (const auto& t : terms)
    if (t.name == name) return t.flops;
  return -1;
}

// A small RNNsearch counted by hand: 2 sentences, source lengths 3 and 2, target lengths 2 and 4.
TEST(Bench, ForwardFlopsOfRnnsearchCountedByHand) {
  ModelConfig c;
  c.encoder.embedding_size = 4;
  c.encoder.hidden_size = 5;  // D = 10, GRU gates 15 per direction
  c.decoder.embedding_size = 6;
  c.decoder.hidden_size = 7;  // gates 21
  c.decoder.maxout_size = 3;
  c.attention.hidden_size = 8;
  const int64_t v = 11;
  const BatchShape batch{{3, 2}, {2, 4}};
  const auto terms = forward_flops(c, v, batch);
  const double src = 5, trg = 6, pairs = 3 * 2 + 2 * 4;
  // encoder: both directions' input projections over 5 tokens, and their recurrences
  EXPECT_DOUBLE_EQ(term(terms, "encoder input projection"), 2 * src * 4 * 30);
  EXPECT_DOUBLE_EQ(term(terms, "encoder recurrence"), 2 * (2 * src) * 5 * 15);
  EXPECT_DOUBLE_EQ(term(terms, "decoder init"), 2 * 2 * 5 * 7);
  EXPECT_DOUBLE_EQ(term(terms, "attention keys"), 2 * src * 10 * 8);
  EXPECT_DOUBLE_EQ(term(terms, "attention query"), 2 * trg * 7 * 8);
  EXPECT_DOUBLE_EQ(term(terms, "attention scores"), 2 * pairs * 8);
  EXPECT_DOUBLE_EQ(term(terms, "attention context"), 2 * pairs * 10);
  EXPECT_DOUBLE_EQ(term(terms, "decoder input projection"), 2 * trg * 6 * 21);
  EXPECT_DOUBLE_EQ(term(terms, "decoder recurrence"), 2 * trg * 7 * 21);
  EXPECT_DOUBLE_EQ(term(terms, "decoder context projection"), 2 * trg * 10 * 21);
  EXPECT_DOUBLE_EQ(term(terms, "readout"), 2 * trg * (7 + 6 + 10) * 6);
  EXPECT_DOUBLE_EQ(term(terms, "output layer"), 2 * trg * 3 * v);
  EXPECT_EQ(terms.size(), 12u);
}

TEST(Bench, LuongDecoderCountsItsLayersAndFeeding) {
  ModelConfig c;
  c.encoder.hidden_size = 4;
  c.decoder.type = DecoderType::luong;
  c.decoder.hidden_size = 8;
  c.decoder.embedding_size = 8;
  c.decoder.layers = 2;
  c.attention.score = ScoreType::dot;
  const BatchShape batch{{4}, {3}};
  const auto terms = forward_flops(c, 20, batch);
  // Per step: layer 1 recurrence and feeding, layer 2 recurrence (3 x [8 x 24]) and its input.
  EXPECT_DOUBLE_EQ(term(terms, "decoder recurrence"), 2 * 3 * 3 * 8 * 24);
  EXPECT_DOUBLE_EQ(term(terms, "decoder upper input projection"), 2 * 3 * 8 * 24);
  EXPECT_DOUBLE_EQ(term(terms, "attentional combine"), 2 * 3 * 16 * 8);
  EXPECT_DOUBLE_EQ(term(terms, "attention scores"), 2 * 12 * 8);
  EXPECT_DOUBLE_EQ(term(terms, "output layer"), 2 * 3 * 8 * 20);
  EXPECT_EQ(term(terms, "attention keys"), -1) << "dot has no key projection";
  EXPECT_GT(total(terms), 0);
}

// A stacked encoder: layer 2 reads the 2H annotations of layer 1, so its input projection has
// another shape and is a term of its own (it used to be added into layer 1's, at layer 1's shape).
TEST(Bench, StackedEncoderLayersAreCountedApart) {
  ModelConfig c;
  c.encoder.embedding_size = 4;
  c.encoder.hidden_size = 5;
  c.encoder.layers = 2;
  const BatchShape batch{{3, 2}, {2, 4}};
  const auto terms = forward_flops(c, 11, batch);
  const double src = 5;
  EXPECT_DOUBLE_EQ(term(terms, "encoder input projection"), 2 * src * 4 * 30);
  EXPECT_DOUBLE_EQ(term(terms, "encoder layer 2 input projection"), 2 * src * 10 * 30);
  EXPECT_DOUBLE_EQ(term(terms, "encoder layer 2 recurrence"), 2 * (2 * src) * 5 * 15);
  for (const auto& t : terms)
    if (t.name == "encoder layer 2 input projection") EXPECT_EQ(t.k, 10);
}

// The backward pass of [m, k] x [k, n] runs [m, n] x [n, k] and [k, m] x [m, n], as many FLOPs each.
TEST(Bench, TrainingProductsAreTheForwardAndItsTwoGradients) {
  const auto p = training_products({"output layer", 1, 300, 256, 8000, 1.0e9});
  EXPECT_EQ(std::make_tuple(p[0].m, p[0].k, p[0].n), std::make_tuple(int64_t{300}, int64_t{256}, int64_t{8000}));
  EXPECT_EQ(std::make_tuple(p[1].m, p[1].k, p[1].n), std::make_tuple(int64_t{300}, int64_t{8000}, int64_t{256}));
  EXPECT_EQ(std::make_tuple(p[2].m, p[2].k, p[2].n), std::make_tuple(int64_t{256}, int64_t{300}, int64_t{8000}));
  for (const auto& product : p) {
    EXPECT_DOUBLE_EQ(product.flops, 1.0e9);
    EXPECT_DOUBLE_EQ(2.0 * static_cast<double>(product.m * product.k * product.n), 2.0 * 300 * 256 * 8000);
  }
  const auto batched = training_products({"attention context", 7, 1, 20, 512, 1.0});
  for (const auto& product : batched) EXPECT_EQ(product.batch, 7);
}

TEST(Bench, GemmSizesAreBucketedGeometrically) {
  for (int64_t m = 1; m <= 16; ++m) EXPECT_EQ(gemm_size_bucket(m), m);
  EXPECT_EQ(gemm_size_bucket(64), 64);
  EXPECT_EQ(gemm_size_bucket(4096), 4096);
  int64_t previous = 0;
  std::set<int64_t> distinct;
  for (int64_t m = 1; m <= 100000; m += 7) {
    const int64_t b = gemm_size_bucket(m);
    EXPECT_GE(b, previous) << m;
    EXPECT_LE(std::abs(static_cast<double>(b - m)) / static_cast<double>(m), 0.05) << m;
    previous = b;
    distinct.insert(b);
  }
  EXPECT_LT(distinct.size(), 140u) << "about 8 sizes per doubling above 16";
}

TEST(Bench, GemmRateIsMeasured) {
  const double rate = measure_gemm_rate({"x", 1, 64, 64, 64, 0});
  EXPECT_TRUE(std::isfinite(rate));
  EXPECT_GT(rate, 1e6);
  EXPECT_GT(measure_gemm_rate({"y", 4, 1, 16, 8, 0}), 0);
  const double bf16 = measure_gemm_rate({"x", 1, 64, 64, 64, 0}, true);
  EXPECT_TRUE(std::isfinite(bf16));
  EXPECT_GT(bf16, 0);
}

// MFU is against the rate of the precision the products run in, and the output says which, and
// on which matrix units.
TEST(Bench, TheMatrixRateIsThatOfThePrecisionThatRuns) {
  testing::TempDir dir;
  for (const std::string precision : {"float32", "bfloat16"}) {
    const auto r = testing::run_cli("bench -c '" + testing::source_path("configs/toy.yaml") + "' --set data.train=" +
                                        testing::source_path("data/toy/train") +
                                        " --set data.dev= --set train.model_dir=m --steps 2 --warmup 1 --json b.json"
                                        " --set train.precision=" + precision,
                                    dir.path());
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("mm in " + precision + " at the model's shapes"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("rate measured in " + precision), std::string::npos) << r.err;
    const std::string json = testing::read_text(dir.file("b.json"));
    EXPECT_NE(json.find("\"precision\":\"" + precision + "\""), std::string::npos) << json;
    EXPECT_NE(json.find("\"matrix_units\":\"" + cpu_matrix_units() + "\""), std::string::npos) << json;
    EXPECT_NE(json.find("\"cpu\":"), std::string::npos) << json;
  }
}

// The command on the toy task: the figures are there and consistent with each other.
TEST(Bench, CommandPrintsThroughputAndMfu) {
  testing::TempDir dir;
  const auto r = testing::run_cli("bench -c '" + testing::source_path("configs/toy.yaml") + "' --set data.train=" +
                                      testing::source_path("data/toy/train") +
                                      " --set data.dev= --set train.model_dir=m --steps 3 --warmup 1 --json b.json",
                                  dir.path());
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("MFU"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("output layer"), std::string::npos) << r.out;
  const std::string json = testing::read_text(dir.file("b.json"));
  for (const char* key : {"\"tok_s\":", "\"mfu\":", "\"model_gflop_s\":", "\"mm_gflop_s\":", "\"peak_mib\":"})
    EXPECT_NE(json.find(key), std::string::npos) << key << " in " << json;
  const auto number = [&](const std::string& key) { return std::stod(json.substr(json.find("\"" + key + "\":") + key.size() + 3)); };
  const double mfu = number("mfu");
  EXPECT_GT(mfu, 0.0);
  EXPECT_LT(mfu, 1.2) << "the model cannot run much faster than its own products";
  // MFU is the model's FLOP rate over the rate of its products at their shapes.
  EXPECT_NEAR(mfu, number("model_gflop_s") / number("mm_gflop_s"), 0.02 * mfu + 1e-4) << json;
}

// scripts/bench_peer.py against a stand-in for the reference's bench-joey.sh that prints what the
// real one prints (sacreBLEU -b's "[ BLEU, chrF ]"): the ratios of every figure, translation target
// tokens counted as SentencePiece pieces + EOS of the reference's output, its outputs' lengths; and
// again from the saved outputs with --reuse.
TEST(Bench, PeerRatiosFromTheReferencesOutput) {
  testing::TempDir dir;
  const std::string fake = R"(#!/usr/bin/env bash
work=""; minutes=""
while [ $# -gt 0 ]; do case $1 in --work) work=$2; shift 2;; --minutes) minutes=$2; shift 2;; *) shift 2;; esac; done
mkdir -p "$work/data/multi30k"
if [ -z "$minutes" ]; then
  echo '{"joey_train_tok_s":1000,"updates":140,"threads":2,"peak_mib":1800}' > "$work/bench.json"; exit 0
fi
printf 'a b c\nd e\n' > "$work/beam1.test"
{ cat "$work/beam1.test"; echo "a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a"; } > "$work/beam5.test"
printf 'a b c d e f\n' > "$work/text"
spm_train --input="$work/text" --model_prefix="$work/data/multi30k/spm8k" --vocab_size=10 --model_type=char >/dev/null 2>&1
echo "joey beam 1: test_2016_flickr in 2.0 s, 500 sentences/s; BLEU chrF2: [ 30.10, 55.20 ] "
echo "joey beam 5: test_2016_flickr in 4.0 s, 250 sentences/s; BLEU chrF2: [ 31.10, 56.20 ] "
)";
  testing::write_text(dir.file("bench-joey.sh"), fake);
  std::filesystem::create_directories(dir.file("data"));
  for (const char* split : {"train", "val", "test_2016_flickr"})
    for (const char* lang : {"de", "en"}) testing::write_text(dir.file(std::string("data/") + split + "." + lang + ".gz"), "");
  testing::write_text(dir.file("ours.json"),
                      R"({"train_multi30k":{"tok_s":3000,"mfu":0.5,"precision":"float32","matrix_units":"AVX2","cpu":"Some CPU"},)"
                      R"("train_multi30k-bf16":{"tok_s":4500,"mfu":0.4,"precision":"bfloat16",)"
                      R"("runs_tok_s":[4500,4000,5200],"runs_mfu":[0.4,0.35,0.45]},)"
                      R"("translate_greedy_float32":{"tok_s":600,"bleu":"35.0"}})");
  const std::string command = "cd '" + dir.path() + "' && python3 '" + testing::source_path("scripts/bench_peer.py") +
                              "' --ours ours.json --joey bench-joey.sh --data data --work work --minutes 1 --json peer.json"
                              " > out.txt 2> err.txt";
  ASSERT_EQ(std::system(command.c_str()), 0) << testing::read_text(dir.file("err.txt"));
  const std::string out = testing::read_text(dir.file("out.txt"));
  EXPECT_NE(out.find("Some CPU, matrix units AVX2"), std::string::npos) << out;
  EXPECT_NE(out.find("| 3.00x"), std::string::npos) << out;
  // bench.sh --repeat's runs: their ranges beside the median's figures.
  EXPECT_NE(out.find("median of 3: 4,000-5,200, MFU 35.0-45.0%"), std::string::npos) << out;
  EXPECT_NE(out.find("| 4.50x (4.00-5.20x)"), std::string::npos) << out;
  // The stand-in's greedy output: pieces of "a b c" and "d e" (a char model: one piece per letter,
  // each word's first marked) + 2 EOS, over 2.0 s.
  std::string peer = testing::read_text(dir.file("peer.json"));
  const auto at = peer.find("\"greedy\"");
  ASSERT_NE(at, std::string::npos) << peer;
  const double joey = std::stod(peer.substr(peer.find("\"tok_s\":", at) + 8));
  EXPECT_GT(joey, 3.0) << peer;  // at least the 7 pieces / 2 s
  EXPECT_NE(out.find(fmt::format("| {:.2f}x", 600 / joey)), std::string::npos) << out;
  EXPECT_NE(out.find("BLEU 30.1"), std::string::npos) << out;
  // The reference's outputs' lengths, a runaway line (31 words) counted.
  EXPECT_NE(out.find("The reference's outputs: greedy 5 words, longest line 3, lines of 30 words or more: 0; "
                     "beam 5 36 words, longest line 31, lines of 30 words or more: 1."),
            std::string::npos)
      << out;
  // --reuse reads the same figures from the work folder without running the reference.
  testing::write_text(dir.file("bench-joey.sh"), "exit 1\n");
  const std::string again = "cd '" + dir.path() + "' && python3 '" + testing::source_path("scripts/bench_peer.py") +
                            "' --ours ours.json --joey bench-joey.sh --data data --work work --minutes 1 --reuse"
                            " > again.txt 2> err.txt";
  ASSERT_EQ(std::system(again.c_str()), 0) << testing::read_text(dir.file("err.txt"));
  EXPECT_EQ(testing::read_text(dir.file("again.txt")), out);
}

// scripts/bench.sh --repeat 3 against a stand-in for `rnnsearch bench` whose runs report the tok/s
// of a list in turn: each row keeps the run with the median tok/s (its MFU and memory with it),
// lists every run's tok/s and MFU in the JSON, and prints their ranges.
TEST(Bench, RepeatedRowsKeepTheMedianRun) {
  testing::TempDir dir;
  // Runs in the script's order, the four rows taking turns: multi30k, multi30k-bf16, paper, paper-bf16.
  testing::write_text(dir.file("tok_s"), "3000\n5000\n800\n1300\n3600\n4000\n900\n1200\n3300\n6000\n700\n1100\n");
  const std::string fake = R"(#!/usr/bin/env bash
json=""; while [ $# -gt 0 ]; do case $1 in --json) json=$2; shift 2;; *) shift;; esac; done
here=$(dirname "$0"); n=$(cat "$here/count" 2>/dev/null || echo 0); echo $((n + 1)) > "$here/count"
tok=$(sed -n "$((n + 1))p" "$here/tok_s")
echo "{\"parameters\":1,\"tok_s\":$tok,\"mfu\":0.$((n + 10)),\"model_gflop_s\":1.5,\"mm_gflop_s\":3,\"peak_mib\":$((100 + n))}" > "$json"
)";
  testing::write_text(dir.file("fake"), fake);
  const std::string run = "cd '" + dir.path() + "' && chmod +x fake && RNNSEARCH_BIN='" + dir.file("fake") + "' bash '" +
                          testing::source_path("scripts/bench.sh") + "' --data data --out out --repeat ";
  ASSERT_EQ(std::system((run + "3 > out.txt 2> err.txt").c_str()), 0) << testing::read_text(dir.file("err.txt"));
  const std::string json = testing::read_text(dir.file("out/bench.json"));
  // multi30k ran 3000, 3600, 3300 (runs 0, 4, 8): the median is run 8's.
  EXPECT_NE(json.find(R"("train_multi30k":{"parameters":1,"tok_s":3300,"mfu":0.18,)"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("peak_mib":108,"runs_tok_s":[3000,3600,3300],"runs_mfu":[0.10,0.14,0.18]})"), std::string::npos)
      << json;
  // multi30k-bf16 ran 5000, 4000, 6000: run 1's; paper-bf16 1300, 1200, 1100: run 7's.
  EXPECT_NE(json.find(R"("train_multi30k-bf16":{"parameters":1,"tok_s":5000,"mfu":0.11,)"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("train_paper-bf16":{"parameters":1,"tok_s":1200,"mfu":0.17,)"), std::string::npos) << json;
  const std::string out = testing::read_text(dir.file("out.txt"));
  EXPECT_NE(out.find("median of 3: tok/s 4000-6000, MFU 11.0-19.0%"), std::string::npos) << out;
  // train-NAME.json is the median run's with the runs added.
  std::string median_run = testing::read_text(dir.file("out/train-multi30k.3.json"));
  median_run = median_run.substr(0, median_run.rfind('}'));
  EXPECT_EQ(testing::read_text(dir.file("out/train-multi30k.json")).rfind(median_run, 0), 0u) << median_run;
  EXPECT_NE(std::system((run + "0 > out0.txt 2> err0.txt").c_str()), 0);
  EXPECT_NE(testing::read_text(dir.file("err0.txt")).find("--repeat: a positive whole number"), std::string::npos);
  // --help prints the whole header, the option included.
  const std::string help = "bash '" + testing::source_path("scripts/bench.sh") + "' --help > '" + dir.file("help.txt") + "'";
  EXPECT_NE(std::system(help.c_str()), 0);
  const std::string usage = testing::read_text(dir.file("help.txt"));
  EXPECT_NE(usage.find("--repeat R, each training row runs R times"), std::string::npos) << usage;
  EXPECT_NE(usage.find("Run it on an idle machine."), std::string::npos) << usage;
}

// The toy config on its bundled data, one thread, its model directory in `dir`.
Config toy_bench_config(const testing::TempDir& dir) {
  Config c = load_config(testing::source_path("configs/toy.yaml"),
                         {{"data.train", testing::source_path("data/toy/train")}, {"data.dev", ""}});
  c.train.model_dir = dir.file("m");
  c.train.threads = 1;
  return c;
}

// A known slowdown shows in the figure: a pause after each step three times as long as the steps
// took in a first run quarters the MFU (the products and their rates stay the same). The bounds
// leave room for the steps' own time to vary between the two runs on a busy machine.
TEST(Bench, MfuFollowsAKnownSlowdown) {
  testing::TempDir dir;
  const Config c = toy_bench_config(dir);
  log::set_quiet(true);
  TrainBenchOptions options;
  options.warmup_steps = 2;
  options.steps = 12;
  const TrainBenchResult plain = benchmark_training(c, options);
  const auto pause = std::chrono::duration<double>(3 * plain.seconds / options.steps);
  options.after_step = [&] { std::this_thread::sleep_for(pause); };
  const TrainBenchResult slowed = benchmark_training(c, options);
  log::set_quiet(false);
  EXPECT_DOUBLE_EQ(slowed.model_flops, plain.model_flops);
  const double ratio = slowed.mfu / plain.mfu;
  RecordProperty("mfu_ratio", std::to_string(ratio));
  EXPECT_GT(ratio, 0.1) << plain.mfu << " -> " << slowed.mfu;
  EXPECT_LT(ratio, 0.45) << plain.mfu << " -> " << slowed.mfu;
}

// --compare takes turns: a pause of 100 ms after each step where a variable is set adds 12 x 100 ms
// to that side's time (a generous margin for the steps' own variation), the variable is restored
// after each block, and a malformed setting is a UserError before any work.
TEST(Bench, CompareTakesTurnsWithTheSetting) {
  testing::TempDir dir;
  const Config c = toy_bench_config(dir);
  log::set_quiet(true);
  TrainBenchOptions options;
  options.warmup_steps = 2;
  options.steps = 12;
  const auto pause = std::chrono::milliseconds(100);  // well above the steps' own swings in a sanitizer build
  unsetenv("RNNSEARCH_TEST_PAUSE");
  int set_steps = 0;
  options.after_step = [&] {
    const char* on = std::getenv("RNNSEARCH_TEST_PAUSE");
    if (on == nullptr) return;
    EXPECT_STREQ(on, "1");
    ++set_steps;
    std::this_thread::sleep_for(pause);
  };
  options.compare = "RNNSEARCH_TEST_PAUSE=1";
  options.compare_block = 4;
  const TrainBenchResult compared = benchmark_training(c, options);
  log::set_quiet(false);
  EXPECT_EQ(std::getenv("RNNSEARCH_TEST_PAUSE"), nullptr) << "the variable stays set";
  EXPECT_EQ(set_steps, 12);
  ASSERT_TRUE(compared.compare.has_value());
  const CompareResult& r = *compared.compare;
  EXPECT_EQ(r.blocks, 3);
  RecordProperty("compare_ratio", std::to_string(r.ratio()));
  const double added = r.set_seconds - r.as_is_seconds, paused = 12 * 0.001 * static_cast<double>(pause.count());
  EXPECT_GT(added, 0.6 * paused) << r.as_is_seconds << " s as is, " << r.set_seconds << " s set";
  EXPECT_LT(added, paused + r.as_is_seconds) << r.as_is_seconds << " s as is, " << r.set_seconds << " s set";
  EXPECT_LT(r.ratio(), 1.0);
  EXPECT_LE(r.lowest_ratio, r.ratio());
  EXPECT_GE(r.highest_ratio, r.ratio());
  EXPECT_DOUBLE_EQ(compared.tokens_per_second, r.as_is_tokens_per_second);
  EXPECT_EQ(compared.mfu, 0.0);
  options.after_step = nullptr;
  options.compare = "RNNSEARCH_TEST_PAUSE";
  EXPECT_THROW(benchmark_training(c, options), UserError);
  options.compare = "=1";
  EXPECT_THROW(benchmark_training(c, options), UserError);
}

// Self time = duration less the nested events on the same thread; other threads do not nest.
TEST(Bench, ProfileSummaryCountsSelfTime) {
  const std::string trace = R"([
    {"name": "aten::linear", "ph": "X", "ts": 0, "dur": 100, "tid": 1, "pid": 0},
    {"name": "aten::addmm", "ph": "X", "ts": 10, "dur": 70, "tid": 1, "pid": 0},
    {"name": "aten::copy_", "ph": "X", "ts": 20, "dur": 20, "tid": 1, "pid": 0},
    {"name": "aten::addmm", "ph": "X", "ts": 150, "dur": 30, "tid": 1, "pid": 0},
    {"name": "aten::addmm", "ph": "X", "ts": 50, "dur": 500, "tid": 2, "pid": 0},
    {"name": "marker", "ph": "i", "ts": 5, "tid": 1, "pid": 0}
  ])";
  const auto summary = summarize_trace(trace);
  ASSERT_EQ(summary.size(), 3u);
  EXPECT_EQ(summary[0].name, "aten::addmm");
  EXPECT_DOUBLE_EQ(summary[0].self_ms, (50 + 30 + 500) / 1000.0);  // 70 less its copy_, 30, 500
  EXPECT_DOUBLE_EQ(summary[0].total_ms, (70 + 30 + 500) / 1000.0);
  EXPECT_EQ(summary[0].calls, 3);
  EXPECT_EQ(summary[1].name, "aten::linear");
  EXPECT_DOUBLE_EQ(summary[1].self_ms, 0.030);
  EXPECT_DOUBLE_EQ(summary[2].self_ms, 0.020);
  EXPECT_THROW(summarize_trace("{oops"), UserError);
}

// The profiler's table per operator and input shapes: two products of one shape and one of
// another are two rows, with their calls; the trace file is written.
TEST(Bench, ProfileByShapesSeparatesShapes) {
  const auto path = (std::filesystem::temp_directory_path() / fmt::format("rnnsearch-profile-{}.json", ::getpid())).string();
  Profiler profiler(path);
  const auto a = torch::ones({3, 4}), b = torch::ones({4, 5}), c = torch::ones({5, 2});
  (void)torch::mm(a, b);
  (void)torch::mm(a, b);
  (void)torch::mm(b, c);
  const auto by_name = profiler.finish();
  std::map<std::string, int64_t> calls;
  for (const auto& e : profiler.by_shapes()) calls[e.name] = e.calls;
  EXPECT_EQ(calls["aten::mm [3, 4], [4, 5]"], 2);
  EXPECT_EQ(calls["aten::mm [4, 5], [5, 2]"], 1);
  EXPECT_FALSE(by_name.empty());
  EXPECT_TRUE(std::filesystem::exists(path));
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace rnnsearch
