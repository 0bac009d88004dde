#include "rnnsearch/train/trainer.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <csignal>
#include <random>
#include <thread>

#include <fmt/format.h>

#include "helpers.h"
#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/data/vocab.h"
#include "rnnsearch/model/model.h"
#include "rnnsearch/train/checkpoint.h"

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

// A checkpoint is a header line (format, size, CRC-32) and the archive: cut, altered or foreign
// files are clear errors naming the file, never a crash or a silently wrong model.
TEST_F(TrainerTest, DamagedCheckpointsAreClearErrors) {
  const Config c = config("d", 4);
  train_model(c, {});
  const std::string good = testing::read_text(dir_.file("d/last.ckpt"));
  ASSERT_EQ(good.rfind("rnnsearch-checkpoint 2 ", 0), 0u);
  auto expect_error = [&](const std::string& bytes, const std::string& message) {
    testing::write_text(dir_.file("bad.ckpt"), bytes);
    try {
      load_checkpoint(dir_.file("bad.ckpt"));
      ADD_FAILURE() << "loaded: " << message;
    } catch (const UserError& e) {
      EXPECT_NE(std::string(e.what()).find(dir_.file("bad.ckpt") + ": " + message), std::string::npos) << e.what();
    }
  };
  expect_error(good.substr(0, good.size() / 2), "truncated or padded checkpoint");
  expect_error(good.substr(0, 25), "damaged checkpoint header");
  expect_error(good + "x", "truncated or padded checkpoint");
  std::string flipped = good;
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x10);
  expect_error(flipped, "checkpoint checksum mismatch");
  expect_error("hello\n", "not an rnnsearch checkpoint");
  expect_error("", "not an rnnsearch checkpoint");
  std::string future = good;
  future[std::string("rnnsearch-checkpoint ").size()] = '9';
  expect_error(future, "checkpoint format 9 comes from a newer rnnsearch");
  // The command line says the same with exit code 2.
  testing::write_text(dir_.file("d/last.ckpt"), flipped);
  const auto r = testing::run_cli("translate -m '" + dir_.file("d") + "' --checkpoint last", ".", "the dog\n");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("checksum mismatch"), std::string::npos) << r.err;
}

// A full disk (here: a file-size limit) during a save leaves the previous checkpoint intact and
// no temporary file behind; the error says so.
TEST_F(TrainerTest, FullDiskLeavesThePreviousCheckpoint) {
  Config c = config("f", 4);
  train_model(c, {});
  const std::string before = testing::read_text(dir_.file("f/last.ckpt"));
  struct rlimit old {};
  ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = old;
  small.rlim_cur = 4096;
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
  c.train.max_steps = 8;
  TrainOptions resume;
  resume.resume = true;
  std::string message;
  try {
    train_model(c, resume);
  } catch (const std::runtime_error& e) {
    message = e.what();
  }
  setrlimit(RLIMIT_FSIZE, &old);
  std::signal(SIGXFSZ, old_handler);
  EXPECT_NE(message.find("the previous file, if any, is unchanged"), std::string::npos) << message;
  EXPECT_EQ(testing::read_text(dir_.file("f/last.ckpt")), before);
  for (const auto& entry : std::filesystem::directory_iterator(dir_.file("f")))
    EXPECT_EQ(entry.path().filename().string().find(".tmp."), std::string::npos) << entry.path();
  EXPECT_EQ(load_checkpoint(dir_.file("f/last.ckpt")).trainer.step, 4);
}

// Parameters with NaN are never written; the file already there stays.
TEST_F(TrainerTest, CheckpointsWithNanAreNotWritten) {
  const Config c = config("n", 4);
  train_model(c, {});
  const std::string before = testing::read_text(dir_.file("n/last.ckpt"));
  const Vocabs vocabs = load_vocabs(c.train.model_dir, c.data);
  NmtModel model(c.model, vocabs.src->size(), vocabs.trg->size());
  Checkpoint checkpoint = load_checkpoint(dir_.file("n/last.ckpt"), model.get());
  {
    torch::NoGradGuard no_grad;
    model->named_parameters()["decoder.output_bias"][3] = std::nanf("");
  }
  try {
    save_checkpoint(dir_.file("n/last.ckpt"), *model, checkpoint);
    ADD_FAILURE() << "saved";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("decoder.output_bias holds NaN or infinite values"), std::string::npos) << e.what();
  }
  EXPECT_EQ(testing::read_text(dir_.file("n/last.ckpt")), before);
}

// A NaN in the loss skips the update with a warning and training goes on; NaN after NaN stops
// training after train.max_bad_steps in a row, with a message; no checkpoint holds NaN.
TEST_F(TrainerTest, NonFiniteUpdatesAreSkippedThenStopTraining) {
  // A NaN output bias at step 5 only: that update is skipped, the run finishes.
  Config c = config("v", 12);
  torch::Tensor saved;
  TrainOptions once;
  once.before_step = [&](NmtModelImpl& model, int64_t step) {
    torch::NoGradGuard no_grad;
    auto bias = model.named_parameters()["decoder.output_bias"];
    if (step == 5) {
      saved = bias.clone();
      bias.fill_(std::nanf(""));
    } else if (step == 6) {
      bias.copy_(saved);
    }
  };
  log::set_quiet(false);
  ::testing::internal::CaptureStderr();
  EXPECT_EQ(train_model(c, once).steps, 12);
  const std::string err = ::testing::internal::GetCapturedStderr();
  log::set_quiet(true);
  EXPECT_NE(err.find("[train] warning: step 5: loss "), std::string::npos) << err;
  EXPECT_NE(err.find("not finite, update skipped (1 in a row)"), std::string::npos) << err;
  for (const auto& p : parameters(c, "last")) EXPECT_TRUE(torch::isfinite(p.value()).all().item<bool>()) << p.key();

  // From step 7 on, every loss is NaN: the third skipped update in a row stops training.
  Config d = config("w", 40);
  d.train.max_bad_steps = 3;
  d.train.valid_every = 6;
  TrainOptions always;
  always.before_step = [](NmtModelImpl& model, int64_t step) {
    torch::NoGradGuard no_grad;
    if (step >= 7) model.named_parameters()["decoder.output_bias"].fill_(std::nanf(""));
  };
  try {
    train_model(d, always);
    ADD_FAILURE() << "trained";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("training stopped at step 9: 3 updates in a row had a NaN or infinite loss"),
              std::string::npos)
        << e.what();
  }
  EXPECT_EQ(load_checkpoint(dir_.file("w/last.ckpt")).trainer.step, 6);
}

// A config file for the command-line runs below: the fixture's small model, no dev set, a
// checkpoint every 2 steps.
std::string write_cli_config(const TempDir& dir, int64_t max_steps) {
  const std::string yaml = fmt::format(
      "data:\n  train: {}\n  max_len: 40\n  vocab: {{size: 120, max_sentences: 0}}\n"
      "model:\n  encoder: {{embedding_size: 16, hidden_size: 16, dropout: 0.2}}\n"
      "  decoder: {{embedding_size: 16, hidden_size: 24, maxout_size: 16, dropout: 0.2}}\n"
      "  attention: {{hidden_size: 16}}\n"
      "train:\n  model_dir: model\n  threads: 1\n  batch_tokens: 300\n  max_steps: {}\n  max_epochs: 0\n"
      "  learning_rate: 0.005\n  valid_every: 2\n  log_every: 2\n  keep_last: 1\n",
      dir.file("train"), max_steps);
  testing::write_text(dir.file("kill.yaml"), yaml);
  return dir.file("kill.yaml");
}

// SIGINT and SIGTERM save a checkpoint after the step in progress and exit with 130 and 143;
// training then resumes from it.
TEST_F(TrainerTest, InterruptAndTerminateSaveThenExit) {
  const std::string config_file = write_cli_config(dir_, 100000);
  const std::string work = dir_.file("sig");
  std::filesystem::create_directories(work);
  int n = 0;
  for (const int signal : {SIGINT, SIGTERM}) {
    const std::string log = dir_.file(fmt::format("sig{}.log", ++n));
    const pid_t pid = testing::spawn_cli(fmt::format("train -c '{}'{}", config_file, n > 1 ? " --resume" : ""), work, log);
    // Wait until training is under way (a progress line is out), then signal.
    for (int i = 0; i < 3000 && testing::read_text(log).find("[train] epoch") == std::string::npos; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    ::kill(pid, signal);
    EXPECT_EQ(testing::wait_exit(pid), 128 + signal);
    const std::string err = testing::read_text(log);
    const std::string said = signal == SIGINT ? "interrupted (SIGINT) at step " : "terminated (SIGTERM) at step ";
    const auto at = err.find(said);
    ASSERT_NE(at, std::string::npos) << err;
    const int64_t step = std::stoll(err.substr(at + said.size()));
    EXPECT_EQ(load_checkpoint(work + "/model/last.ckpt").trainer.step, step);
  }
}

// Training killed with SIGKILL at random moments (some while a checkpoint is being written) and
// resumed each time ends with exactly the parameters of an uninterrupted run, and every
// last.ckpt seen between the kills loads.
TEST_F(TrainerTest, KilledAndResumedTrainingEqualsAnUninterruptedRun) {
  constexpr int64_t kSteps = 200;
  const std::string config_file = write_cli_config(dir_, kSteps);
  for (const char* name : {"straight", "killed"}) std::filesystem::create_directories(dir_.file(name));
  const auto straight = testing::run_cli("train -c '" + config_file + "'", dir_.file("straight"));
  ASSERT_EQ(straight.code, 0) << straight.err;

  const std::string work = dir_.file("killed");
  const std::string model_dir = work + "/model";
  std::mt19937 random(7);
  int kills = 0, during_write = 0, runs = 0;
  for (;;) {
    ASSERT_LT(++runs, 200) << "no progress";
    const bool resume = file_exists(model_dir + "/last.ckpt");
    const pid_t pid = testing::spawn_cli(fmt::format("train -c '{}'{}", config_file, resume ? " --resume" : ""), work,
                                         dir_.file("killed.log"));
    bool killed = false;
    if (kills < 24) {
      if (kills % 3 == 0) {
        // Kill a few steps after the run got going (progress lines come every 2 steps).
        const int64_t wait_steps = std::uniform_int_distribution<int>(1, 10)(random);
        int64_t first = -1;
        for (int i = 0; i < 20000 && !killed; ++i) {
          const std::string err = testing::read_text(dir_.file("killed.log"));
          const auto at = err.rfind(" step ");
          const auto line = err.rfind("[train] epoch");
          if (at != std::string::npos && line != std::string::npos && at > line) {
            const int64_t step = std::stoll(err.substr(at + 6));
            if (first < 0) first = step;
            if (step >= first + wait_steps) killed = ::kill(pid, SIGKILL) == 0;
          }
          if (!killed) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
      } else if (kills % 3 == 2) {
        // Kill while a checkpoint is being written: as soon as a temporary file shows up.
        for (int i = 0; i < 200000 && !killed; ++i) {
          std::error_code error;
          for (const auto& entry : std::filesystem::directory_iterator(model_dir, error))
            if (entry.path().filename().string().find(".ckpt.tmp.") != std::string::npos) {
              killed = ::kill(pid, SIGKILL) == 0;
              break;
            }
          if (!killed) std::this_thread::sleep_for(std::chrono::microseconds(50));
        }
      } else {
        // At a random moment, start-up included.
        std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(50, 700)(random)));
        killed = ::kill(pid, SIGKILL) == 0;
      }
    }
    const int code = testing::wait_exit(pid);
    if (code == 128 + SIGKILL) {
      ++kills;
      during_write += kills % 3 == 0;
      if (file_exists(model_dir + "/last.ckpt")) EXPECT_NO_THROW(load_checkpoint(model_dir + "/last.ckpt"));
      continue;
    }
    ASSERT_EQ(code, 0) << testing::read_text(dir_.file("killed.log"));
    if (load_checkpoint(model_dir + "/last.ckpt").trainer.step == kSteps) break;
  }
  EXPECT_GE(kills, 20);
  RecordProperty("kills", kills);
  RecordProperty("kills_during_write", during_write);
  Config c = load_config(config_file);
  c.train.model_dir = dir_.file("straight/model");
  const auto a = parameters(c, "last");
  c.train.model_dir = model_dir;
  const auto b = parameters(c, "last");
  for (const auto& p : a) EXPECT_TRUE(torch::equal(p.value(), b[p.key()])) << p.key();
}

}  // namespace
}  // namespace rnnsearch
