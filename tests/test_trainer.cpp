#include "rnnsearch/train/trainer.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <csignal>
#include <random>
#include <regex>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "helpers.h"
#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/data/dataset.h"
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

// Lin et al.'s penalty keeps heads apart: with it, the heads' weights on the dev set differ more
// (mean pairwise JSD, which validation reports for several heads) than without it.
TEST_F(TrainerTest, TheFrobeniusPenaltyKeepsHeadsApart) {
  auto last_head_jsd = [&](const std::string& dir, double penalty) {
    Config c = config(dir, 40);
    c.train.valid_every = 40;
    c.model.attention.heads = 2;
    c.train.attention_penalty = penalty;
    train_model(c, {});
    double jsd = -1;
    for (const auto& line : read_lines(dir_.file(dir + "/metrics.jsonl"))) {
      const auto at = line.find(R"("head_jsd":)");
      if (line.find(R"("kind":"valid")") != std::string::npos) {
        EXPECT_NE(at, std::string::npos) << line;
        if (at != std::string::npos) jsd = std::stod(line.substr(at + 11));
      }
    }
    return jsd;
  };
  const double plain = last_head_jsd("plain", 0), penalised = last_head_jsd("penalised", 10.0);
  RecordProperty("head_jsd", std::to_string(plain) + " -> " + std::to_string(penalised));
  EXPECT_GE(plain, 0.0);
  EXPECT_GT(penalised, plain + 0.05);
  // One head: no head diversity in the metrics.
  train_model(config("one", 4), {});
  for (const auto& line : read_lines(dir_.file("one/metrics.jsonl")))
    EXPECT_EQ(line.find("head_jsd"), std::string::npos) << line;
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

// Sets RLIMIT_FSIZE (with SIGXFSZ ignored, so that writes past it fail with EFBIG instead of
// ending the process) and puts both back at scope exit.
class FileSizeLimit {
 public:
  FileSizeLimit() {
    getrlimit(RLIMIT_FSIZE, &old_);
    old_handler_ = std::signal(SIGXFSZ, SIG_IGN);
  }
  ~FileSizeLimit() {
    setrlimit(RLIMIT_FSIZE, &old_);
    std::signal(SIGXFSZ, old_handler_);
  }
  void set(rlim_t bytes) const {
    struct rlimit limit = old_;
    limit.rlim_cur = bytes;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limit), 0);
  }

 private:
  struct rlimit old_ {};
  void (*old_handler_)(int) = nullptr;
};

std::vector<std::string> temporary_files(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().filename().string().find(".tmp.") != std::string::npos) out.push_back(entry.path().filename());
  return out;
}

// A full disk (here: a file-size limit) during a checkpoint write leaves the previous checkpoint
// intact and no temporary file behind; the error names the checkpoint and says so. The limit
// comes once the resumed run is training, below the checkpoint's size and above every other
// file's, so that the checkpoint write is the one that meets it.
TEST_F(TrainerTest, FullDiskLeavesThePreviousCheckpoint) {
  Config c = config("f", 4);
  train_model(c, {});
  const std::string last = dir_.file("f/last.ckpt");
  const std::string before = testing::read_text(last);
  const auto limit = static_cast<rlim_t>(before.size() / 2);
  for (const char* file : {"f/train.log", "f/metrics.jsonl", "f/config.yaml"})
    ASSERT_LT(std::filesystem::file_size(dir_.file(file)) + 16384, limit) << file;
  FileSizeLimit fsize;
  c.train.max_steps = 8;
  TrainOptions resume;
  resume.resume = true;
  int64_t limited_at = -1;
  resume.before_step = [&](NmtModelImpl&, int64_t step) {
    if (limited_at < 0) {
      limited_at = step;
      fsize.set(limit);
    }
  };
  std::string message;
  try {
    train_model(c, resume);
  } catch (const std::runtime_error& e) {
    message = e.what();
  }
  EXPECT_EQ(limited_at, 5);  // the resumed run's first step
  // Step 8 validates and saves: best.ckpt (if the dev score improved) or last.ckpt comes first.
  EXPECT_TRUE(message.rfind(dir_.file("f/best.ckpt: write failed: File too large"), 0) == 0 ||
              message.rfind(dir_.file("f/last.ckpt: write failed: File too large"), 0) == 0)
      << message;
  EXPECT_NE(message.find("the previous file, if any, is unchanged"), std::string::npos) << message;
  EXPECT_EQ(testing::read_text(last), before);
  EXPECT_TRUE(temporary_files(dir_.file("f")).empty());
  EXPECT_EQ(load_checkpoint(last).trainer.step, 4);
}

// Lines that cannot reach train.log and metrics.jsonl (here: both lead to /dev/full) are warned
// about once each and counted; the model directory still takes checkpoints, so training goes on.
TEST_F(TrainerTest, LostLogAndMetricsLinesAreCountedAndTrainingGoesOn) {
  const Config c = config("full", 8);
  std::filesystem::create_directories(c.train.model_dir);
  for (const char* file : {"train.log", "metrics.jsonl"})
    std::filesystem::create_symlink("/dev/full", c.train.model_dir + "/" + file);
  log::set_quiet(false);
  ::testing::internal::CaptureStderr();
  const TrainResult result = train_model(c, {});
  const std::string err = ::testing::internal::GetCapturedStderr();
  log::set_quiet(true);
  EXPECT_EQ(result.steps, 8);
  EXPECT_EQ(load_checkpoint(c.train.model_dir + "/last.ckpt").trainer.step, 8);
  const auto count = [&](const std::string& text) {
    std::size_t n = 0;
    for (auto at = err.find(text); at != std::string::npos; at = err.find(text, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("[log] warning: cannot write " + c.train.model_dir + "/train.log: No space left on device"), 1u) << err;
  EXPECT_EQ(count("cannot write " + c.train.model_dir + "/metrics.jsonl: No space left on device"), 1u) << err;
  EXPECT_EQ(count("but the model directory is writable: training goes on"), 1u) << err;
  // The summary counts every line the run logged before it (each is on stderr too, as "[tag] ...";
  // the [log] warning is not a log line) and the 4 metrics lines: progress at steps 3 and 6,
  // validation at 4 and 8.
  const std::string summary = fmt::format(" line(s) of {}/train.log and ", c.train.model_dir);
  int64_t logged = 0, lost_log = -1, lost_metrics = -1;
  std::istringstream lines(err);
  for (std::string line; std::getline(lines, line);) {
    const auto at = line.find(summary);
    if (at != std::string::npos) {
      const std::string prefix = "[train] warning: ";
      lost_log = std::stoll(line.substr(prefix.size()));
      lost_metrics = std::stoll(line.substr(at + summary.size()));
      break;
    }
    if (line.rfind("[", 0) == 0 && line.rfind("[log]", 0) != 0) ++logged;
  }
  EXPECT_EQ(lost_log, logged) << err;
  EXPECT_EQ(lost_metrics, 4) << err;
}

// When the disk is full (here: a file-size limit every file in the model directory is past),
// training stops with a runtime error (exit 1) naming the last good checkpoint, which stays as
// it was.
TEST_F(TrainerTest, AFullDiskDuringTrainingStopsWithTheLastGoodCheckpoint) {
  Config c = config("stop", 12);
  FileSizeLimit fsize;
  TrainOptions options;
  options.before_step = [&](NmtModelImpl&, int64_t step) {
    if (step == 5) fsize.set(1);
  };
  std::string message;
  bool user_error = false;
  try {
    train_model(c, options);
  } catch (const UserError& e) {
    user_error = true;
    message = e.what();
  } catch (const std::runtime_error& e) {
    message = e.what();
  }
  fsize.set(RLIM_INFINITY);
  EXPECT_FALSE(user_error);
  // Step 6 logs a progress line, which cannot be written; the model directory takes no file either.
  EXPECT_NE(message.find("training stopped at step 6: the model directory cannot be written to any more ("),
            std::string::npos) << message;
  EXPECT_NE(message.find("File too large"), std::string::npos) << message;
  EXPECT_NE(message.find(c.train.model_dir + "/last.ckpt (step 4) is the checkpoint to resume from with --resume"),
            std::string::npos) << message;
  EXPECT_EQ(load_checkpoint(c.train.model_dir + "/last.ckpt").trainer.step, 4);
  EXPECT_TRUE(temporary_files(c.train.model_dir).empty());
}

// Temporary files of writes whose process died are removed when training opens the model
// directory, with a log line; those of a process that runs (pid 1 here, or this one) stay.
TEST_F(TrainerTest, TemporaryFilesOfInterruptedWritesAreRemoved) {
  Config c = config("tmp", 4);
  train_model(c, {});
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) ::_exit(0);
  ASSERT_EQ(testing::wait_exit(child), 0);  // reaped: no process has this pid now
  const std::string dead = fmt::format(".last.ckpt.tmp.{}", child);
  const std::string alive = ".step-4.ckpt.tmp.1";
  const std::string own = fmt::format(".notes.txt.tmp.{}", ::getpid());
  for (const auto& name : {dead, alive, own}) testing::write_text(c.train.model_dir + "/" + name, "partial");
  c.train.max_steps = 8;
  TrainOptions resume;
  resume.resume = true;
  log::set_quiet(false);
  ::testing::internal::CaptureStderr();
  train_model(c, resume);
  const std::string err = ::testing::internal::GetCapturedStderr();
  log::set_quiet(true);
  EXPECT_NE(err.find(fmt::format("[train] removed 1 temporary file(s) left in {} by interrupted writes: {}",
                                 c.train.model_dir, dead)),
            std::string::npos) << err;
  EXPECT_FALSE(file_exists(c.train.model_dir + "/" + dead));
  EXPECT_TRUE(file_exists(c.train.model_dir + "/" + alive));
  EXPECT_TRUE(file_exists(c.train.model_dir + "/" + own));
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

// The step of the first progress line "[train] epoch E step S loss ..." in `log`, or -1 (not the
// "[train] epoch E done at step S" line an epoch's end writes).
int64_t first_progress_step(const std::string& log) {
  static const std::regex progress(R"(\[train\] epoch [0-9]+ step ([0-9]+) loss )");
  std::smatch match;
  return std::regex_search(log, match, progress) ? std::stoll(match[1].str()) : -1;
}

// Training killed at random moments and resumed each time ends with exactly the parameters of an
// uninterrupted run. Kills of three kinds, 24 in all: SIGKILL a few steps into a run, SIGKILL at
// a random moment (start-up included), and, every third, a file-size limit below the checkpoint's
// size, which ends the program with SIGXFSZ inside its first checkpoint write (each of those 8 is
// checked to have left its temporary file, i.e. to have landed in the write). Every resumed run
// must say it resumed from the step last.ckpt holds and go on from there, and remove the
// temporary files of interrupted writes; every last.ckpt seen between the kills loads.
TEST_F(TrainerTest, KilledAndResumedTrainingEqualsAnUninterruptedRun) {
  constexpr int64_t kSteps = 200;
  const std::string config_file = write_cli_config(dir_, kSteps);
  for (const char* name : {"straight", "killed"}) std::filesystem::create_directories(dir_.file(name));
  const auto straight = testing::run_cli("train -c '" + config_file + "'", dir_.file("straight"));
  ASSERT_EQ(straight.code, 0) << straight.err;
  // Below the checkpoint's size, well above the other files' (train.log grows with every run).
  const auto limit = static_cast<rlim_t>(std::filesystem::file_size(dir_.file("straight/model/last.ckpt")) / 2);
  ASSERT_LT(std::filesystem::file_size(dir_.file("straight/model/train.log")) * 4, limit);

  const std::string work = dir_.file("killed");
  const std::string model_dir = work + "/model";
  const std::string log_file = dir_.file("killed.log");
  std::mt19937 random(7);
  int kills = 0, write_kills = 0, landed_in_write = 0, resumes_checked = 0, cleanups = 0;
  std::string left_behind;  // the temporary file the last run left, if any
  for (int runs = 1;; ++runs) {
    ASSERT_LT(runs, 200) << "no progress";
    const bool resume = file_exists(model_dir + "/last.ckpt");
    const int64_t start_step = resume ? load_checkpoint(model_dir + "/last.ckpt").trainer.step : 0;
    const bool kill_in_write = kills < 24 && kills % 3 == 2;
    if (kill_in_write)  // the limit is for the checkpoint alone: the files that grow stay well below it
      for (const char* file : {"/train.log", "/metrics.jsonl"})
        if (file_exists(model_dir + file)) ASSERT_LT(std::filesystem::file_size(model_dir + file) + 16384, limit) << file;
    const pid_t pid = testing::spawn_cli(fmt::format("train -c '{}'{}", config_file, resume ? " --resume" : ""), work,
                                         log_file, kill_in_write ? limit : 0);
    bool killed = false;
    if (kills < 24 && kills % 3 == 0) {
      // SIGKILL a few steps after the run got going (progress lines come every 2 steps).
      const int64_t wait_steps = std::uniform_int_distribution<int>(1, 10)(random);
      int64_t first = -1;
      for (int i = 0; i < 20000 && !killed; ++i) {
        const std::string err = testing::read_text(log_file);
        const auto at = err.rfind(" step ");
        const auto line = err.rfind("[train] epoch");
        if (at != std::string::npos && line != std::string::npos && at > line) {
          const int64_t step = std::stoll(err.substr(at + 6));
          if (first < 0) first = step;
          if (step >= first + wait_steps) killed = ::kill(pid, SIGKILL) == 0;
        }
        if (!killed) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
    } else if (kills < 24 && kills % 3 == 1) {
      // SIGKILL at a random moment, start-up included.
      std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(50, 700)(random)));
      killed = ::kill(pid, SIGKILL) == 0;
    }
    const int code = testing::wait_exit(pid);
    const std::string log = testing::read_text(log_file);

    // The run resumed from the checkpoint's step (when it got as far as saying so) and trained on
    // from there: a run that quietly started over would log an earlier step.
    const std::string resumed = "resumed from model/last.ckpt at step ";  // train.model_dir is "model"
    const auto at = log.find(resumed);
    if (resume && at != std::string::npos) {
      EXPECT_EQ(std::stoll(log.substr(at + resumed.size())), start_step) << log;
      ++resumes_checked;
    }
    const int64_t first_step = first_progress_step(log);
    if (first_step >= 0) {
      EXPECT_EQ(resume, at != std::string::npos) << log;
      EXPECT_EQ(first_step, start_step + 2) << log;
    }
    // What an interrupted write left is gone once the next run is under way.
    if (!left_behind.empty() && log.find("temporary file(s) left in model by") != std::string::npos) {
      EXPECT_NE(log.find(left_behind), std::string::npos) << log;
      EXPECT_FALSE(file_exists(model_dir + "/" + left_behind));
      ++cleanups;
      left_behind.clear();
    }
    const std::string temporary = fmt::format(".last.ckpt.tmp.{}", pid);
    if (kill_in_write) {
      ++kills;
      ++write_kills;
      EXPECT_EQ(code, 128 + SIGXFSZ) << log;
      if (code == 128 + SIGXFSZ && file_exists(model_dir + "/" + temporary)) {
        ++landed_in_write;
        left_behind = temporary;
      }
    } else if (code == 128 + SIGKILL) {
      ++kills;
      if (file_exists(model_dir + "/" + temporary)) left_behind = temporary;
    } else {
      ASSERT_EQ(code, 0) << log;
    }
    if (file_exists(model_dir + "/last.ckpt")) EXPECT_NO_THROW(load_checkpoint(model_dir + "/last.ckpt"));
    if (code == 0 && load_checkpoint(model_dir + "/last.ckpt").trainer.step == kSteps) break;
  }
  EXPECT_EQ(kills, 24);
  EXPECT_EQ(write_kills, 8);
  EXPECT_EQ(landed_in_write, 8);
  EXPECT_GE(cleanups, 8);
  EXPECT_GE(resumes_checked, 12);
  EXPECT_TRUE(temporary_files(model_dir).empty());
  RecordProperty("kills", kills);
  RecordProperty("kills_during_write", landed_in_write);
  RecordProperty("resumes_checked", resumes_checked);
  Config c = load_config(config_file);
  c.train.model_dir = dir_.file("straight/model");
  const auto a = parameters(c, "last");
  c.train.model_dir = model_dir;
  const auto b = parameters(c, "last");
  for (const auto& p : a) EXPECT_TRUE(torch::equal(p.value(), b[p.key()])) << p.key();
}

// train.accumulate: each update takes that many batches of the plan, every pair is still seen once
// per epoch, and a run interrupted mid-epoch resumes into the same parameters.
TEST_F(TrainerTest, AccumulationTakesSeveralBatchesPerUpdateAndResumes) {
  Config one = config("one", 0);
  one.train.max_epochs = 1;
  one.train.valid_every = 1000;
  const int64_t batches = train_model(one, {}).steps;
  const int64_t tokens = load_checkpoint(checkpoint_path(one.train.model_dir, "last")).trainer.target_tokens;
  Config three = config("three", 0);
  three.train.max_epochs = 1;
  three.train.valid_every = 1000;
  three.train.accumulate = 3;
  EXPECT_EQ(train_model(three, {}).steps, (batches + 2) / 3);
  EXPECT_EQ(load_checkpoint(checkpoint_path(three.train.model_dir, "last")).trainer.target_tokens, tokens);
  // Stopped after 2 updates (6 batches), then resumed to the epoch's end.
  Config parts = three;
  parts.train.model_dir = dir_.file("parts");
  parts.train.max_steps = 2;
  train_model(parts, {});
  parts.train.max_steps = 0;
  TrainOptions resume;
  resume.resume = true;
  EXPECT_EQ(train_model(parts, resume).steps, (batches + 2) / 3);
  const auto a = parameters(three, "last");
  const auto b = parameters(parts, "last");
  for (const auto& p : a) EXPECT_TRUE(torch::equal(p.value(), b[p.key()])) << p.key();
}

// A prepared (binarized) corpus trains exactly the model its text trains: same pairs, same plan.
TEST_F(TrainerTest, APreparedCorpusTrainsTheModelOfItsText) {
  const Config text = config("text", 10);
  train_model(text, {});
  Config prepared = config("prepared", 10);
  const PrepareResult r = prepare_corpus(prepared, "", false, 1);
  EXPECT_EQ(r.path, dir_.file("prepared/train.bin"));
  train_model(prepared, {});
  EXPECT_NE(testing::read_text(dir_.file("prepared/train.log")).find("prepared pairs"), std::string::npos);
  const auto a = parameters(text, "last");
  const auto b = parameters(prepared, "last");
  for (const auto& p : a) EXPECT_TRUE(torch::equal(p.value(), b[p.key()])) << p.key();
}

}  // namespace
}  // namespace rnnsearch
