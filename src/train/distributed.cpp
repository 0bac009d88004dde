#include "rnnsearch/train/distributed.h"

#include <chrono>
#include <csignal>
#include <thread>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/log.h"

namespace rnnsearch {
namespace {

using Clock = std::chrono::steady_clock;

std::chrono::milliseconds millis(double seconds) {
  return std::chrono::milliseconds(static_cast<int64_t>(seconds * 1000));
}

bool is_loopback(const std::string& addr) {
  return addr == "localhost" || addr.rfind("127.", 0) == 0 || addr == "::1";
}

}  // namespace

struct Collective::State {
  c10::intrusive_ptr<c10d::TCPStore> store;
  c10::intrusive_ptr<c10d::ProcessGroupGloo> group;
};

Collective::Collective(const WorldInfo& world, const DistributedConfig& config)
    : state_(std::make_unique<State>()), world_(world), config_(config) {
  // Gloo writes to its peers' sockets with plain writes: a peer that died makes the next write
  // raise SIGPIPE, whose default action would end this worker before it could report the lost
  // peer (seen: rank 0 "killed by signal 13" after rank 1 was killed). Ignored, the write fails
  // with EPIPE and the collective reports it.
  std::signal(SIGPIPE, SIG_IGN);
  const std::string where = fmt::format("{}:{}", world.master_addr, world.master_port);
  c10d::TCPStoreOptions options;
  options.port = static_cast<std::uint16_t>(world.master_port);
  options.isServer = world.rank == 0;
  options.numWorkers = static_cast<std::size_t>(world.world_size);
  options.waitWorkers = true;
  options.timeout = millis(config.timeout);
  try {
    state_->store = c10::make_intrusive<c10d::TCPStore>(world.master_addr, options);
  } catch (const std::exception& e) {
    const std::string detail = e.what();
    if (world.rank == 0 && detail.find("in use") != std::string::npos)
      throw UserError(fmt::format("MASTER_PORT {} on {} is already in use (another training job?): choose another port",
                                  world.master_port, world.master_addr));
    if (world.rank == 0)
      throw UserError(fmt::format("rank 0 could not gather the {} workers at {} within {} s "
                                  "(train.distributed.timeout): {}",
                                  world.world_size, where, config.timeout, detail.substr(0, detail.find('\n'))));
    throw UserError(fmt::format("rank {} could not join rank 0 at {} within {} s (train.distributed.timeout; check "
                                "MASTER_ADDR, MASTER_PORT and WORLD_SIZE): {}",
                                world.rank, where, config.timeout, detail.substr(0, detail.find('\n'))));
  }
  auto group_options = c10d::ProcessGroupGloo::Options::create(millis(config.timeout));
  // Loopback for a world on one machine; otherwise the interface GLOO_SOCKET_IFNAME names, or the
  // address this machine's hostname resolves to.
  if (is_loopback(world.master_addr))
    group_options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
  else if (const char* ifname = std::getenv("GLOO_SOCKET_IFNAME"))
    group_options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(ifname));
  else
    group_options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
  try {
    state_->group = c10::make_intrusive<c10d::ProcessGroupGloo>(state_->store, world.rank, world.world_size, group_options);
  } catch (const std::exception& e) {
    // Nobody has trained yet: a world that does not assemble is a launch mistake, not a lost worker.
    throw UserError(fmt::format("rank {}: the {} workers of WORLD_SIZE did not all join at {} within {} s "
                                "(train.distributed.timeout): missing {}; check WORLD_SIZE and that every worker "
                                "started",
                                world.rank, world.world_size, where, config.timeout, missing()));
  }
  log::info("dist", "rank {} of {} joined at {} (Gloo, timeout {} s)", world.rank, world.world_size, where,
            config.timeout);
}

Collective::~Collective() = default;

void Collective::broadcast(const std::vector<torch::Tensor>& tensors, const std::string& what) {
  const auto start = Clock::now();
  try {
    std::vector<torch::Tensor> flat{torch::cat([&] {
      std::vector<torch::Tensor> views;
      for (const auto& t : tensors) views.push_back(t.detach().reshape(-1));
      return views;
    }())};
    state_->group->broadcast(flat)->wait(millis(config_.timeout));
    int64_t offset = 0;
    for (const auto& t : tensors) {
      torch::NoGradGuard no_grad;
      t.copy_(flat[0].narrow(0, offset, t.numel()).view_as(t));
      offset += t.numel();
    }
  } catch (const std::exception& e) {
    lost(what, e);
  }
  seconds_ += log::seconds_since(start);
}

void Collective::all_reduce(const std::vector<torch::Tensor>& tensors, const std::string& what) {
  const auto start = Clock::now();
  const auto bucket_bytes = static_cast<int64_t>(config_.bucket_mib * (1 << 20));
  try {
    // Consecutive tensors into buckets; each bucket's reduction starts before the next is packed.
    struct Bucket {
      std::vector<torch::Tensor> members;
      std::vector<torch::Tensor> flat;
      c10::intrusive_ptr<c10d::Work> work;
    };
    std::vector<Bucket> buckets;
    Bucket current;
    int64_t bytes = 0;
    auto launch = [&] {
      if (current.members.empty()) return;
      std::vector<torch::Tensor> views;
      for (const auto& t : current.members) views.push_back(t.reshape(-1));
      current.flat = {torch::cat(views)};
      current.work = state_->group->allreduce(current.flat);
      bytes_ += static_cast<double>(current.flat[0].numel() * current.flat[0].element_size());
      buckets.push_back(std::move(current));
      current = Bucket();
      bytes = 0;
    };
    for (const auto& t : tensors) {
      current.members.push_back(t);
      bytes += t.numel() * t.element_size();
      if (bytes >= bucket_bytes) launch();
    }
    launch();
    for (auto& bucket : buckets) {
      bucket.work->wait(millis(config_.timeout));
      int64_t offset = 0;
      for (auto& t : bucket.members) {
        torch::NoGradGuard no_grad;
        t.copy_(bucket.flat[0].narrow(0, offset, t.numel()).view_as(t));
        offset += t.numel();
      }
    }
  } catch (const std::exception& e) {
    lost(what, e);
  }
  seconds_ += log::seconds_since(start);
}

void Collective::barrier(const std::string& what) {
  const auto start = Clock::now();
  try {
    state_->group->barrier()->wait(millis(config_.timeout));
  } catch (const std::exception& e) {
    lost(what, e);
  }
  seconds_ += log::seconds_since(start);
}

// Which ranks are gone: every survivor announces itself in the store and, for a few seconds,
// looks for the others' announcements. A store that does not answer means rank 0 is gone.
std::string Collective::missing() {
  try {
    state_->store->setTimeout(std::chrono::seconds(3));
    state_->store->set(fmt::format("rnnsearch/alive/{}", world_.rank), std::vector<uint8_t>{1});
    std::vector<int> missing;
    const auto deadline = Clock::now() + std::chrono::seconds(3);
    do {
      missing.clear();
      for (int r = 0; r < world_.world_size; ++r)
        if (!state_->store->check({fmt::format("rnnsearch/alive/{}", r)})) missing.push_back(r);
      if (!missing.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    } while (!missing.empty() && Clock::now() < deadline);
    return missing.empty() ? std::string("a worker that is still running but did not answer in time")
                           : fmt::format("rank {}", fmt::join(missing, ", rank "));
  } catch (const std::exception&) {
    return "rank 0 (its process holds the rendezvous store, which no longer answers)";
  }
}

void Collective::lost(const std::string& what, const std::exception& e) {
  std::string detail = e.what();
  detail = detail.substr(0, detail.find('\n'));
  throw WorkerLost(fmt::format("rank {}: lost {} while {} (world of {}, train.distributed.timeout {} s): {}", world_.rank,
                               missing(), what, world_.world_size, config_.timeout, detail));
}

}  // namespace rnnsearch
