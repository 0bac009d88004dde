// Data-parallel training end to end: two worker processes on loopback, started by
// `rnnsearch train --nproc 2` or by a torchrun-style environment.
#include <gtest/gtest.h>

#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#include <map>
#include <regex>

#include "helpers.h"
#include "rnnsearch/common/config.h"
#include "rnnsearch/common/error.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/data/vocab.h"
#include "rnnsearch/model/model.h"
#include "rnnsearch/train/checkpoint.h"
#include "rnnsearch/train/launcher.h"

namespace rnnsearch {
namespace {

using testing::TempDir;

class DistributedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* ext : {"src", "trg"}) {
      auto lines = read_lines(testing::source_path(std::string("data/toy/train.") + ext));
      lines.resize(120);
      std::string text;
      for (const auto& l : lines) text += l + "\n";
      testing::write_text(dir_.file(std::string("train.") + ext), text);
    }
    log::set_quiet(true);
  }
  void TearDown() override { log::set_quiet(false); }

  // A small config without dropout (workers draw other masks than one process would), written to
  // DIR/NAME.yaml; its model goes to DIR/NAME.
  std::string config(const std::string& name, int64_t max_steps, int batch_tokens = 200, int max_len = 40) const {
    Config c;
    c.data.train = dir_.file("train");
    c.data.max_len = max_len;
    c.data.vocab.size = 100;
    c.data.vocab.max_sentences = 0;
    c.model.encoder.embedding_size = c.model.encoder.hidden_size = 12;
    c.model.decoder.embedding_size = c.model.decoder.maxout_size = 12;
    c.model.decoder.hidden_size = c.model.attention.hidden_size = 16;
    c.model.encoder.dropout = c.model.decoder.dropout = 0;
    c.train.model_dir = dir_.file(name);
    c.train.batch_tokens = batch_tokens;
    c.train.max_steps = max_steps;
    c.train.max_epochs = 0;
    c.train.learning_rate = 0.01;
    c.train.valid_every = 5;
    c.train.log_every = 5;
    c.train.distributed.timeout = 20;
    const std::string path = dir_.file(name + ".yaml");
    save_config(c, path);
    return path;
  }

  torch::OrderedDict<std::string, torch::Tensor> parameters(const std::string& name) const {
    const Config c = load_config(dir_.file(name + ".yaml"));
    const Vocabs vocabs = load_vocabs(c.train.model_dir, c.data);
    NmtModel model(c.model, vocabs.src->size(), vocabs.trg->size());
    load_checkpoint(checkpoint_path(c.train.model_dir, "last"), model.get());
    return model->named_parameters();
  }

  // The largest difference between the parameters of two models, and whether they differ at all
  // from a third (training changed them).
  double max_difference(const std::string& a, const std::string& b) const {
    const auto pa = parameters(a), pb = parameters(b);
    double most = 0;
    for (const auto& p : pa) most = std::max(most, (p.value() - pb[p.key()]).abs().max().item<double>());
    return most;
  }

  TempDir dir_;
};

// Sums over workers change the order of float additions: parameters after 12 Adam steps at
// learning rate 0.01 agree within 1e-4 (measured: 4.3e-6 largest difference).
constexpr double kTolerance = 1e-4;

TEST_F(DistributedTest, TwoWorkersTrainTheModelOfOneProcess) {
  const auto one = testing::run_cli("train -c " + config("one", 12));
  ASSERT_EQ(one.code, 0) << one.err;
  const auto two = testing::run_cli("train -c " + config("two", 12) + " --nproc 2");
  ASSERT_EQ(two.code, 0) << two.err;
  EXPECT_NE(two.err.find("[launch] 2 workers"), std::string::npos) << two.err;
  EXPECT_NE(two.err.find("rank 0 of 2 joined"), std::string::npos) << two.err;
  EXPECT_EQ(load_checkpoint(checkpoint_path(dir_.file("two"), "last")).trainer.step, 12);
  EXPECT_EQ(load_checkpoint(checkpoint_path(dir_.file("two"), "last")).trainer.target_tokens,
            load_checkpoint(checkpoint_path(dir_.file("one"), "last")).trainer.target_tokens);
  EXPECT_LT(max_difference("one", "two"), kTolerance);
  // Only rank 0 writes: one log, one metrics line per interval.
  const auto metrics = read_lines(dir_.file("two/metrics.jsonl"));
  EXPECT_EQ(metrics.size(), read_lines(dir_.file("one/metrics.jsonl")).size());
}

// Batches of one sentence (most, under a budget of 14 tokens) leave the second worker without a
// share: it adds zeros and keeps pace.
TEST_F(DistributedTest, AWorkerWithoutAShareOfABatchDoesNotHangTheOther) {
  const auto one = testing::run_cli("train -c " + config("one", 8, 14, 12));
  ASSERT_EQ(one.code, 0) << one.err;
  const auto two = testing::run_cli("train -c " + config("two", 8, 14, 12) + " --nproc 2");
  ASSERT_EQ(two.code, 0) << two.err;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(one.err, m, std::regex(R"(batches, ([0-9.]+) sentences each)"))) << one.err;
  EXPECT_LT(std::stod(m[1]), 1.5);
  EXPECT_LT(max_difference("one", "two"), kTolerance);
}

// The position is kept in global batches: 2 workers, then 1, then 2 again, end where 1 would.
TEST_F(DistributedTest, ResumesOnAnotherWorldSize) {
  ASSERT_EQ(testing::run_cli("train -c " + config("straight", 15)).code, 0);
  ASSERT_EQ(testing::run_cli("train -c " + config("mixed", 5) + " --nproc 2").code, 0);
  auto r = testing::run_cli("train -c " + config("mixed", 10) + " --resume");
  ASSERT_EQ(r.code, 0) << r.err;
  r = testing::run_cli("train -c " + config("mixed", 15) + " --resume --nproc 2");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(load_checkpoint(checkpoint_path(dir_.file("mixed"), "last")).trainer.step, 15);
  EXPECT_LT(max_difference("straight", "mixed"), kTolerance);
}

// Workers started by hand, as torchrun --no-python or mpirun would: the environment alone.
TEST_F(DistributedTest, ATorchrunEnvironmentMakesWorkers) {
  ASSERT_EQ(testing::run_cli("train -c " + config("one", 6)).code, 0);
  const int port = free_port("127.0.0.1");
  ASSERT_GT(port, 0);
  const std::string yaml = config("env", 6);
  std::vector<pid_t> pids;
  for (const char* rank : {"1", "0"}) {
    ::setenv("RANK", rank, 1);
    ::setenv("WORLD_SIZE", "2", 1);
    ::setenv("MASTER_ADDR", "127.0.0.1", 1);
    ::setenv("MASTER_PORT", std::to_string(port).c_str(), 1);
    pids.push_back(testing::spawn_cli("train -c " + yaml, ".", dir_.file(std::string("rank") + rank + ".err")));
  }
  for (const char* name : {"RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT"}) ::unsetenv(name);
  for (const pid_t pid : pids) EXPECT_EQ(testing::wait_exit(pid, 120), 0);
  EXPECT_LT(max_difference("one", "env"), kTolerance);
}

// A killed worker: the other stops with an error naming it, within the timeout; the checkpoint
// left is whole, and --resume continues. SIGPIPE, which a write to the dead worker's socket can
// raise in the other, does not end it (sent here on purpose before the kill).
TEST_F(DistributedTest, AKilledWorkerStopsTheOtherAndResumeContinues) {
  const std::string yaml = config("killed", 100000);
  const std::string err = dir_.file("launch.err");
  const pid_t launcher = testing::spawn_cli("train -c " + yaml + " --nproc 2", ".", err);
  // The workers' pids, from the launcher's first line; then wait for a checkpoint.
  pid_t rank0 = 0, rank1 = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  std::smatch m;
  while (std::chrono::steady_clock::now() < deadline) {
    const std::string text = testing::read_text(err);
    if (rank1 == 0 && std::regex_search(text, m, std::regex(R"(workers \(pids (\d+) (\d+)\))"))) {
      rank0 = std::stoi(m[1]);
      rank1 = std::stoi(m[2]);
    }
    if (rank1 != 0 && file_exists(dir_.file("killed/last.ckpt"))) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_GT(rank1, 0) << testing::read_text(err);
  ASSERT_TRUE(file_exists(dir_.file("killed/last.ckpt"))) << testing::read_text(err);
  ::kill(rank0, SIGPIPE);
  ::kill(rank1, SIGKILL);
  const auto killed = std::chrono::steady_clock::now();
  const int code = testing::wait_exit(launcher, 60);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - killed).count();
  const std::string text = testing::read_text(err);
  EXPECT_NE(code, 0) << text;
  EXPECT_LT(seconds, 20 + 5) << text;  // train.distributed.timeout 20
  EXPECT_NE(text.find("worker rank 1 (pid " + std::to_string(rank1) + ") was killed by signal 9"), std::string::npos)
      << text;
  EXPECT_NE(text.find("rank 0: lost rank 1"), std::string::npos) << text;
  const int64_t saved = load_checkpoint(checkpoint_path(dir_.file("killed"), "last")).trainer.step;
  EXPECT_GT(saved, 0);
  const auto resumed = testing::run_cli("train -c " + config("killed", saved + 3) + " --resume --nproc 2");
  EXPECT_EQ(resumed.code, 0) << resumed.err;
  EXPECT_EQ(load_checkpoint(checkpoint_path(dir_.file("killed"), "last")).trainer.step, saved + 3);
}

// SIGTERM to the launcher reaches every worker: rank 0 saves, all stop, exit 143.
TEST_F(DistributedTest, SigtermToTheLauncherStopsEveryWorker) {
  const std::string yaml = config("stopped", 100000);
  const std::string err = dir_.file("launch.err");
  const pid_t launcher = testing::spawn_cli("train -c " + yaml + " --nproc 2", ".", err);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!file_exists(dir_.file("stopped/last.ckpt")) && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  ASSERT_TRUE(file_exists(dir_.file("stopped/last.ckpt"))) << testing::read_text(err);
  ::kill(launcher, SIGTERM);
  EXPECT_EQ(testing::wait_exit(launcher, 60), 143) << testing::read_text(err);
  const std::string text = testing::read_text(err);
  EXPECT_NE(text.find("terminated (SIGTERM) at step"), std::string::npos) << text;
  EXPECT_EQ(text.find("was killed"), std::string::npos) << text;
  const auto resumed = testing::run_cli("train -c " + config("stopped", 0) + " --resume --set train.max_steps=" +
                                        std::to_string(load_checkpoint(dir_.file("stopped/last.ckpt")).trainer.step + 2));
  EXPECT_EQ(resumed.code, 0) << resumed.err;
}

// Bad launch environments are errors naming the variable, exit 2.
TEST_F(DistributedTest, BadLaunchEnvironmentsAreClearErrors) {
  const std::string yaml = config("bad", 2);
  auto with_env = [&](const std::string& env) { return testing::run_cli("train -c " + yaml, ".", "", env); };
  auto r = with_env("RANK=0 WORLD_SIZE=2");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("MASTER_ADDR is not set"), std::string::npos) << r.err;
  r = with_env("RANK=0 WORLD_SIZE=two MASTER_ADDR=127.0.0.1 MASTER_PORT=1");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("WORLD_SIZE=two"), std::string::npos) << r.err;
  r = with_env("RANK=2 WORLD_SIZE=2 MASTER_ADDR=127.0.0.1 MASTER_PORT=1");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("RANK=2 is outside"), std::string::npos) << r.err;
  // A port another program listens on.
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  ASSERT_EQ(::listen(fd, 1), 0);
  socklen_t length = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &length);
  const int port = ntohs(addr.sin_port);
  r = with_env("RANK=0 WORLD_SIZE=2 MASTER_ADDR=127.0.0.1 MASTER_PORT=" + std::to_string(port));
  ::close(fd);
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("MASTER_PORT " + std::to_string(port) + " on 127.0.0.1 is already in use"), std::string::npos)
      << r.err;
  // WORLD_SIZE larger than the workers started: rank 0 waits train.distributed.timeout, then says so.
  const int free = free_port("127.0.0.1");
  r = testing::run_cli("train -c " + yaml + " --set train.distributed.timeout=2", ".", "",
                       "RANK=0 WORLD_SIZE=2 MASTER_ADDR=127.0.0.1 MASTER_PORT=" + std::to_string(free));
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("the 2 workers of WORLD_SIZE did not all join"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("missing rank 1"), std::string::npos) << r.err;
  // --nproc inside a launcher's world.
  r = with_env("RANK=0 WORLD_SIZE=1");
  EXPECT_EQ(r.code, 0) << r.err;  // a world of one trains alone
  r = testing::run_cli("train -c " + yaml + " --nproc 2", ".", "", "RANK=0 WORLD_SIZE=2 MASTER_ADDR=x MASTER_PORT=1");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("drop --nproc"), std::string::npos) << r.err;
}

TEST(WorldFromEnvironment, ReadsTorchrunAndOpenMpiVariables) {
  auto from = [](std::map<std::string, std::string> env) {
    return world_from_environment([env](const char* name) -> const char* {
      const auto it = env.find(name);
      return it == env.end() ? nullptr : it->second.c_str();
    });
  };
  EXPECT_FALSE(from({}).distributed());
  const WorldInfo torchrun =
      from({{"RANK", "3"}, {"WORLD_SIZE", "4"}, {"LOCAL_RANK", "1"}, {"MASTER_ADDR", "10.0.0.1"}, {"MASTER_PORT", "29500"}});
  EXPECT_EQ(torchrun.rank, 3);
  EXPECT_EQ(torchrun.world_size, 4);
  EXPECT_EQ(torchrun.local_rank, 1);
  EXPECT_EQ(torchrun.master_addr, "10.0.0.1");
  EXPECT_EQ(torchrun.master_port, 29500);
  const WorldInfo mpi = from({{"OMPI_COMM_WORLD_RANK", "1"}, {"OMPI_COMM_WORLD_SIZE", "2"}, {"OMPI_COMM_WORLD_LOCAL_RANK", "1"},
                              {"MASTER_ADDR", "h"}, {"MASTER_PORT", "1234"}});
  EXPECT_EQ(mpi.rank, 1);
  EXPECT_EQ(mpi.world_size, 2);
  EXPECT_THROW(from({{"RANK", "0"}}), UserError);
  EXPECT_THROW(from({{"RANK", "0"}, {"WORLD_SIZE", "2"}, {"MASTER_ADDR", "h"}}), UserError);  // no port
  EXPECT_THROW(from({{"RANK", "0"}, {"WORLD_SIZE", "2"}, {"MASTER_ADDR", "h"}, {"MASTER_PORT", "70000"}}), UserError);
  EXPECT_THROW(from({{"RANK", "-1"}, {"WORLD_SIZE", "2"}}), UserError);
}

}  // namespace
}  // namespace rnnsearch
