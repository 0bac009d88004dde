#include "rnnsearch/trainer.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "helpers.h"
#include "rnnsearch/checkpoint.h"
#include "rnnsearch/error.h"
#include "rnnsearch/io.h"
#include "rnnsearch/log.h"
#include "rnnsearch/model.h"
#include "rnnsearch/vocab.h"

namespace rnnsearch {
namespace {

using testing::TempDir;

// A 200-pair slice of the toy task and a small, fast config with dropout (so resuming must
// restore the random state too).
class TrainerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* split : {"train", "dev"})
      for (const char* ext : {"src", "trg"}) {
        auto lines = read_lines(testing::source_path(std::string("data/toy/") + split + "." + ext));
        lines.resize(split == std::string("train") ? 200 : 20);
        std::string text;
        for (const auto& l : lines) text += l + "\n";
        testing::write_text(dir_.file(std::string(split) + "." + ext), text);
      }
    log::set_quiet(true);
  }
  void TearDown() override {
    log::set_quiet(false);
    log::set_file("");
  }

  Config config(const std::string& model_dir, int64_t max_steps) const {
    Config c;
    c.data.train = dir_.file("train");
    c.data.dev = dir_.file("dev");
    c.data.max_len = 40;
    c.data.vocab.size = 120;
    c.data.vocab.max_sentences = 0;
    c.model.encoder.embedding_size = 16;
    c.model.encoder.hidden_size = 16;
    c.model.encoder.dropout = 0.2;
    c.model.decoder.embedding_size = 16;
    c.model.decoder.hidden_size = 24;
    c.model.decoder.maxout_size = 16;
    c.model.decoder.dropout = 0.2;
    c.model.attention.hidden_size = 16;
    c.train.model_dir = dir_.file(model_dir);
    c.train.threads = 1;
    c.train.batch_tokens = 300;
    c.train.max_steps = max_steps;
    c.train.max_epochs = 0;
    c.train.learning_rate = 0.005;
    c.train.valid_every = 4;
    c.train.log_every = 3;
    c.train.keep_last = 2;
    return c;
  }

  // Parameters of a checkpoint, by name.
  static torch::OrderedDict<std::string, torch::Tensor> parameters(const Config& c, const std::string& name) {
    const Vocabs vocabs = load_vocabs(c.train.model_dir, c.data);
    NmtModel model(c.model, vocabs.src->size(), vocabs.trg->size());
    load_checkpoint(checkpoint_path(c.train.model_dir, name), model.get());
    return model->named_parameters();
  }

  TempDir dir_;
};

TEST_F(TrainerTest, ResumedRunEndsWithTheParametersOfAnUninterruptedRun) {
  const TrainResult straight = train_model(config("a", 22), {});
  EXPECT_EQ(straight.steps, 22);
  // 9 steps (stopping between validations), then 5 more, then the rest.
  train_model(config("b", 9), {});
  TrainOptions resume;
  resume.resume = true;
  EXPECT_EQ(train_model(config("b", 14), resume).steps, 14);
  EXPECT_EQ(train_model(config("b", 22), resume).steps, 22);
  const auto a = parameters(config("a", 22), "last");
  const auto b = parameters(config("b", 22), "last");
  ASSERT_EQ(a.size(), b.size());
  for (const auto& p : a) EXPECT_TRUE(torch::equal(p.value(), b[p.key()])) << p.key();
  // And training changed them: compare with a fresh initialisation.
  const auto start = parameters(config("a", 22), "step-20");
  EXPECT_FALSE(torch::equal(start["decoder.output_bias"], a["decoder.output_bias"]));
}

TEST_F(TrainerTest, WritesTheModelDirectory) {
  const Config c = config("m", 12);
  const TrainResult result = train_model(c, {});
  for (const char* name : {"config.yaml", "train.log", "metrics.jsonl", "vocab.joint.spm", "last.ckpt", "best.ckpt",
                           "step-8.ckpt", "step-12.ckpt"})
    EXPECT_TRUE(file_exists(dir_.file(std::string("m/") + name))) << name;
  EXPECT_FALSE(file_exists(dir_.file("m/step-4.ckpt"))) << "keep_last 2 keeps only the newest two";
  EXPECT_TRUE(load_config(dir_.file("m/config.yaml")) == c);
  const auto metrics = read_lines(dir_.file("m/metrics.jsonl"));
  int train_lines = 0, valid_lines = 0;
  for (const auto& line : metrics) {
    train_lines += line.find(R"("kind":"train")") != std::string::npos;
    valid_lines += line.find(R"("kind":"valid")") != std::string::npos;
  }
  EXPECT_EQ(train_lines, 4);  // steps 3, 6, 9, 12
  EXPECT_EQ(valid_lines, 3);  // steps 4, 8, 12
  EXPECT_GT(result.final_dev_ppl, 1.0);
  // The checkpoint carries the config and the vocabulary.
  const Checkpoint checkpoint = load_checkpoint(dir_.file("m/last.ckpt"));
  EXPECT_EQ(checkpoint.config_yaml, to_yaml(c));
  EXPECT_EQ(checkpoint.vocab_files.at("vocab.joint.spm"), testing::read_text(dir_.file("m/vocab.joint.spm")));
  EXPECT_EQ(checkpoint.trainer.step, 12);
}

TEST_F(TrainerTest, LossFallsOnTheTrainingData) {
  Config c = config("f", 100);
  c.train.learning_rate = 0.01;
  c.model.encoder.dropout = 0;
  c.model.decoder.dropout = 0;
  c.train.valid_every = 1000;
  c.train.log_every = 10;
  c.data.dev = c.data.train;  // validate on the training slice itself
  const TrainResult result = train_model(c, {});
  std::vector<std::string> metrics;
  for (const auto& line : read_lines(dir_.file("f/metrics.jsonl")))
    if (line.find(R"("kind":"train")") != std::string::npos) metrics.push_back(line);
  ASSERT_EQ(metrics.size(), 10u);
  auto loss_of = [](const std::string& line) {
    const auto at = line.find(R"("loss":)");
    return std::stod(line.substr(at + 7));
  };
  EXPECT_LT(loss_of(metrics.back()), 0.6 * loss_of(metrics.front())) << metrics.front() << "\n" << metrics.back();
  EXPECT_LT(result.final_dev_ppl, 15.0);
}

TEST_F(TrainerTest, ValidationScoresBleuAndChrfAndCanSelectByBleu) {
  Config c = config("b", 12);
  c.train.stop_metric = StopMetric::bleu;
  const TrainResult result = train_model(c, {});
  double best = -1;
  for (const auto& line : read_lines(dir_.file("b/metrics.jsonl"))) {
    if (line.find(R"("kind":"valid")") == std::string::npos) continue;
    const auto at = line.find(R"("bleu":)");
    ASSERT_NE(at, std::string::npos) << line;
    EXPECT_NE(line.find(R"("chrf":)"), std::string::npos) << line;
    best = std::max(best, std::stod(line.substr(at + 7)));
  }
  EXPECT_NEAR(result.best_metric, best, 1e-3) << "best.ckpt follows the highest BLEU";
  EXPECT_GE(result.final_dev_bleu, 0.0);
}

TEST_F(TrainerTest, EarlyStoppingAfterPatience) {
  Config c = config("e", 1000);
  c.train.learning_rate = 0;  // nothing improves after the first validation
  c.train.min_learning_rate = 0;
  c.train.patience = 2;
  EXPECT_EQ(train_model(c, {}).steps, 12);  // best at 4, no better at 8 and 12
}

// A time budget stops training once the steps have taken that long; the time is in the checkpoint.
TEST_F(TrainerTest, StopsWhenTheTimeBudgetIsSpent) {
  Config c = config("t", 0);
  c.train.max_minutes = 1e-6;  // less than any step takes
  EXPECT_EQ(train_model(c, {}).steps, 1);
  const Checkpoint checkpoint = load_checkpoint(dir_.file("t/last.ckpt"));
  EXPECT_GT(checkpoint.trainer.train_seconds, 0.0);
  EXPECT_LT(checkpoint.trainer.train_seconds, 60.0);
}

TEST_F(TrainerTest, RefusesToOverwriteOrToResumeNothing) {
  TrainOptions resume;
  resume.resume = true;
  EXPECT_THROW(train_model(config("r", 4), resume), UserError);
  train_model(config("r", 4), {});
  EXPECT_THROW(train_model(config("r", 4), {}), UserError);
}

}  // namespace
}  // namespace rnnsearch
