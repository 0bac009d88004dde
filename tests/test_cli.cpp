// The rnnsearch binary end to end: exit codes, messages, files.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "helpers.h"
#include "rnnsearch/common/config.h"
#include "rnnsearch/common/io.h"

namespace rnnsearch {
namespace {

using testing::run_cli;
using testing::TempDir;
using testing::write_text;

// A scratch directory with a 300-pair slice of the toy task and a config for it.
class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* ext : {"src", "trg"}) {
      auto lines = read_lines(testing::source_path(std::string("data/toy/train.") + ext));
      lines.resize(300);
      std::string text;
      for (const auto& l : lines) text += l + "\n";
      write_text(dir_.file(std::string("small.") + ext), text);
    }
    write_text(dir_.file("c.yaml"),
               "data:\n  train: small\n  dev: small\n  max_len: 40\n  vocab: {size: 150, max_sentences: 0}\n"
               "train:\n  model_dir: model\n  batch_tokens: 200\n");
  }
  TempDir dir_;
};

TEST_F(CliTest, HelpListsTheSubcommands) {
  const auto r = run_cli("--help");
  EXPECT_EQ(r.code, 0);
  for (const char* name : {"train", "translate", "evaluate", "score", "vocab", "config", "toy-data", "align", "plot", "bench"})
    EXPECT_NE(r.out.find(name), std::string::npos) << name;
  for (const char* name : {"train", "translate", "evaluate", "score", "vocab", "config", "toy-data", "align", "plot", "bench"})
    EXPECT_EQ(run_cli(std::string(name) + " --help").code, 0) << name;
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(run_cli("").code, 2);
  EXPECT_EQ(run_cli("no-such-command").code, 2);
  EXPECT_EQ(run_cli("train").code, 2);  // --config is required
  EXPECT_EQ(run_cli("train --config c.yaml --no-such-flag", dir_.path()).code, 2);
  EXPECT_EQ(run_cli("train --config missing.yaml", dir_.path()).code, 2);
  EXPECT_EQ(run_cli("train --config c.yaml --set no-equals-sign", dir_.path()).code, 2);
}

TEST_F(CliTest, MisspelledKeyExitsTwoNamingTheDottedKey) {
  write_text(dir_.file("bad.yaml"), "data:\n  train: small\nmodel:\n  attention:\n    scroe: dot\n");
  const auto r = run_cli("train --config bad.yaml", dir_.path());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("error: bad.yaml:5: model.attention.scroe: unknown key"), std::string::npos) << r.err;
  const auto s = run_cli("train --config c.yaml --set model.attention.score=bahdanau", dir_.path());
  EXPECT_EQ(s.code, 2);
  EXPECT_NE(s.err.find("model.attention.score: unknown value \"bahdanau\""), std::string::npos) << s.err;
}

TEST_F(CliTest, UnequalParallelFilesExitTwoNamingBothFilesAndCounts) {
  write_text(dir_.file("uneven.src"), "a\nb\nc\n");
  write_text(dir_.file("uneven.trg"), "a\nb\n");
  const auto r = run_cli("train --config c.yaml --set data.train=uneven --dry-run", dir_.path());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("uneven.src: 3 lines, but uneven.trg has 2 lines"), std::string::npos) << r.err;
}

TEST_F(CliTest, InvalidUtf8ExitsTwoWithFileAndLine) {
  write_text(dir_.file("bad.src"), "ok\nnot \xFF ok\n");
  write_text(dir_.file("bad.trg"), "ok\nok\n");
  const auto r = run_cli("train --config c.yaml --set data.train=bad --dry-run", dir_.path());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("bad.src:2: invalid UTF-8"), std::string::npos) << r.err;
}

TEST_F(CliTest, DryRunPreparesTheModelDirectory) {
  const auto r = run_cli("train --config c.yaml --set train.seed=9 --dry-run", dir_.path());
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("[data] train: small.src + small.trg: 300 lines"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("[data] epoch plan:"), std::string::npos) << r.err;
  EXPECT_TRUE(file_exists(dir_.file("model/vocab.joint.spm")));
  EXPECT_NE(testing::read_text(dir_.file("model/train.log")).find("[data] epoch plan:"), std::string::npos);
  // The resolved config holds the override and loads back to the same config.
  const Config saved = load_config(dir_.file("model/config.yaml"));
  EXPECT_EQ(saved.train.seed, 9u);
  EXPECT_TRUE(saved == load_config(dir_.file("c.yaml"), {{"train.seed", "9"}}));
}

TEST_F(CliTest, TrainsThenResumes) {
  const std::string small = "--set model.encoder.hidden_size=8 --set model.decoder.hidden_size=8 "
                            "--set model.attention.hidden_size=8 --set train.valid_every=3 --set train.log_every=2 ";
  const auto first = run_cli("train -c c.yaml " + small + "--set train.max_steps=4", dir_.path());
  ASSERT_EQ(first.code, 0) << first.err;
  EXPECT_NE(first.err.find("[train] epoch 1 step 2 loss"), std::string::npos) << first.err;
  EXPECT_NE(first.err.find("[valid] Hypothesis:"), std::string::npos) << first.err;
  EXPECT_TRUE(file_exists(dir_.file("model/last.ckpt")));
  const auto again = run_cli("train -c c.yaml " + small + "--set train.max_steps=4", dir_.path());
  EXPECT_EQ(again.code, 2);
  EXPECT_NE(again.err.find("--resume"), std::string::npos) << again.err;
  const auto resumed = run_cli("train -c c.yaml --resume " + small + "--set train.max_steps=6", dir_.path());
  ASSERT_EQ(resumed.code, 0) << resumed.err;
  EXPECT_NE(resumed.err.find("resumed from model/last.ckpt at step 4"), std::string::npos) << resumed.err;
  EXPECT_NE(resumed.err.find("finished at step 6"), std::string::npos) << resumed.err;
}

TEST_F(CliTest, ConfigPrintsTheResolvedConfig) {
  const auto r = run_cli("config --config c.yaml --set decode.beam_size=3", dir_.path());
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(parse_config(r.out, "stdout").decode.beam_size, 3);
  const auto defaults = run_cli("config");
  EXPECT_EQ(defaults.code, 0);
  EXPECT_NE(defaults.out.find("score: additive"), std::string::npos);
}

TEST_F(CliTest, VocabTrainsThenEncodesAndDecodes) {
  ASSERT_EQ(run_cli("vocab --config c.yaml", dir_.path()).code, 0);
  const auto encoded = run_cli("vocab -m model/vocab.joint.spm --encode", dir_.path(), "the dog sees a cat\n\nlo hunda\n");
  ASSERT_EQ(encoded.code, 0) << encoded.err;
  const auto decoded = run_cli("vocab -m model/vocab.joint.spm --decode", dir_.path(), encoded.out);
  ASSERT_EQ(decoded.code, 0) << decoded.err;
  EXPECT_EQ(decoded.out, "the dog sees a cat\n\nlo hunda\n");
  const auto pieces = run_cli("vocab -m model/vocab.joint.spm --encode --pieces", dir_.path(), "the dog\n");
  EXPECT_NE(pieces.out.find("\xE2\x96\x81"), std::string::npos);  // the word-start mark
  const auto bad = run_cli("vocab -m model/vocab.joint.spm --decode", dir_.path(), "5 x 7\n");
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.err.find("<stdin>:1: \"x\" is not a token id"), std::string::npos) << bad.err;
}

TEST_F(CliTest, ToyDataWritesTheSplits) {
  const auto r = run_cli("toy-data --out toy --train 50 --dev 5 --test 5 --seed 3", dir_.path());
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(read_lines(dir_.file("toy/train.src")).size(), 50u);
  EXPECT_EQ(read_lines(dir_.file("toy/test.align")).size(), 5u);
}

// Hostile bytes in configs, corpora and the scorer's input: clear errors (exit 2, file named) or
// the one-line-in-one-line-out contract.
TEST_F(CliTest, HostileInputGetsClearErrorsOrCorrectOutput) {
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage += static_cast<char>((i * 7919 + 13) % 256);
  write_text(dir_.file("garbage.yaml"), garbage);
  const auto g = run_cli("train -c garbage.yaml --dry-run", dir_.path());
  EXPECT_EQ(g.code, 2) << g.err;
  EXPECT_NE(g.err.find("garbage.yaml"), std::string::npos) << g.err;
  write_text(dir_.file("nul.yaml"), std::string("data:\n  train: sm\0all\n", 22));
  const auto n = run_cli("train -c nul.yaml --dry-run", dir_.path());
  EXPECT_EQ(n.code, 2) << n.err;
  EXPECT_NE(n.err.find("nul.yaml:2: a NUL byte"), std::string::npos) << n.err;

  // A corpus with a BOM, CRLF ends, NUL bytes, empty lines and a 1 MB line: read, the empty and
  // overlong pairs skipped and counted.
  std::string huge;
  while (huge.size() < 1000000) huge += "the dog sees a cat ";
  write_text(dir_.file("h.src"), std::string("\xEF\xBB\xBFthe dog\r\n\nthe\0cat\r\n", 22) + huge + "\nthe bird\n");
  write_text(dir_.file("h.trg"), std::string("lo hunda\r\nlo\n\0\0\r\n", 17) + huge + "\nlo avo\n");
  const auto h = run_cli("train -c c.yaml --set data.train=h --set data.dev= --dry-run", dir_.path());
  ASSERT_EQ(h.code, 0) << h.err;
  EXPECT_NE(h.err.find("5 lines, 1 with an empty side skipped"), std::string::npos) << h.err;
  EXPECT_NE(h.err.find("1 longer than 40 tokens skipped"), std::string::npos) << h.err;

  // The scorer: a 1 MB line, NUL bytes and CRLF ends score; unequal line counts and bad UTF-8 do not.
  write_text(dir_.file("hyp"), huge + "\n" + std::string("a\0b\r\n", 5) + "x y z\n");
  write_text(dir_.file("ref"), huge + "\n" + std::string("a\0b\r\n", 5) + "x y w\n");
  const auto s = run_cli("score --scorer builtin -r ref -i hyp -m bleu,chrf -f text", dir_.path());
  ASSERT_EQ(s.code, 0) << s.err;
  EXPECT_NE(s.out.find("BLEU|"), std::string::npos) << s.out;
  write_text(dir_.file("short"), "x\n");
  EXPECT_EQ(run_cli("score --scorer builtin -r short -i hyp", dir_.path()).code, 2);
  // 100k empty lines: the scorer and the corpus reader say what is wrong (sacreBLEU refuses empty
  // references; a corpus of empty lines has no pairs).
  write_text(dir_.file("empty"), std::string(100000, '\n'));
  const auto e = run_cli("score --scorer builtin -r empty -i empty", dir_.path());
  EXPECT_EQ(e.code, 2) << e.err;
  EXPECT_NE(e.err.find("empty"), std::string::npos) << e.err;
  write_text(dir_.file("e.src"), std::string(100000, '\n'));
  write_text(dir_.file("e.trg"), std::string(100000, '\n'));
  const auto ec = run_cli("train -c c.yaml --set data.train=e --set data.dev=", dir_.path());
  EXPECT_EQ(ec.code, 2) << ec.err;
  EXPECT_NE(ec.err.find("100000 lines, 100000 with an empty side skipped"), std::string::npos) << ec.err;
  write_text(dir_.file("bad"), "x\n\xFF\xFE\nz\n");
  const auto b = run_cli("score --scorer builtin -r bad -i hyp", dir_.path());
  EXPECT_EQ(b.code, 2);
  EXPECT_NE(b.err.find(":2:"), std::string::npos) << b.err;
}

// Every shipped config, as shipped apart from its data and vocabulary size, trains two steps on the
// toy task and translates with the result.
class ShippedConfig : public ::testing::TestWithParam<std::string> {};

TEST_P(ShippedConfig, TrainsAFewStepsAndTranslates) {
  TempDir dir;
  const std::string sets = " --set data.train=" + testing::source_path("data/toy/train") +
                           " --set data.dev= --set data.test= --set data.src_lang=src --set data.trg_lang=trg"
                           " --set data.vocab.size=300 --set data.vocab.max_sentences=3000"
                           " --set train.max_steps=2 --set train.log_every=1 --set train.model_dir=model";
  const auto r = run_cli("train -c '" + testing::source_path("configs/" + GetParam()) + "'" + sets, dir.path());
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("step 2 loss"), std::string::npos) << r.err;
  EXPECT_TRUE(file_exists(dir.file("model/last.ckpt")));
  const auto t = run_cli("translate -m model -k 2", dir.path(), "the child sees the bird\n\nthe house follows a car\n");
  ASSERT_EQ(t.code, 0) << t.err;
  EXPECT_EQ(std::count(t.out.begin(), t.out.end(), '\n'), 3) << t.out;
}

std::vector<std::string> shipped_configs() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(testing::source_path("configs")))
    if (entry.path().extension() == ".yaml") names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(All, ShippedConfig, ::testing::ValuesIn(shipped_configs()), [](const auto& info) {
  std::string name = info.param.substr(0, info.param.size() - 5);
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
});

}  // namespace
}  // namespace rnnsearch
