// Collective operations between the workers of data-parallel training, on LibTorch's c10d:
// ProcessGroupGloo over TCP (CPU tensors), rendezvous through a TCPStore held by rank 0.
#pragma once

#include <torch/torch.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "rnnsearch/common/config.h"
#include "rnnsearch/train/launcher.h"

namespace rnnsearch {

// Another worker stopped answering (died, was killed, or hung past train.distributed.timeout).
// what() names the lost rank(s) when the survivors can tell, and what this one was doing.
class WorkerLost : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Collective {
 public:
  // Joins the world: rank 0 listens on MASTER_ADDR:MASTER_PORT, the others connect, within
  // config.timeout. A port in use or an address that cannot be reached is a UserError.
  Collective(const WorldInfo& world, const DistributedConfig& config);
  ~Collective();
  Collective(const Collective&) = delete;
  Collective& operator=(const Collective&) = delete;

  int rank() const { return world_.rank; }
  int size() const { return world_.world_size; }

  // Rank 0's values into every rank's tensors (of equal shapes and types on every rank).
  void broadcast(const std::vector<torch::Tensor>& tensors, const std::string& what);
  // Sums the tensors over the ranks, in place: flattened into buckets of about bucket_mib, whose
  // all-reduces run concurrently. Float tensors of one dtype.
  void all_reduce(const std::vector<torch::Tensor>& tensors, const std::string& what);
  // Waits for every rank.
  void barrier(const std::string& what);

  // Time spent in collectives so far (seconds), for the share of all-reduce in a step.
  double seconds() const { return seconds_; }
  // Bytes this rank has all-reduced so far.
  double bytes() const { return bytes_; }

 private:
  [[noreturn]] void lost(const std::string& what, const std::exception& e);
  std::string missing();  // the ranks that do not answer, as words
  struct State;
  std::unique_ptr<State> state_;
  WorldInfo world_;
  DistributedConfig config_;
  double seconds_ = 0;
  double bytes_ = 0;
};

}  // namespace rnnsearch
