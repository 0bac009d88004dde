// Who is who in data-parallel training, and the local launcher of `rnnsearch train --nproc N`.
//
// A process is a worker when its environment says so, the way torchrun and mpirun set it:
// RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT (torchrun --no-python, or by hand on
// each machine), or OMPI_COMM_WORLD_RANK / _SIZE / _LOCAL_RANK (Open MPI's mpirun, which does
// not set MASTER_ADDR/MASTER_PORT: give them with -x). Nothing set: one process trains alone.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace rnnsearch {

struct WorldInfo {
  int rank = 0;
  int world_size = 1;
  int local_rank = 0;
  std::string master_addr;  // where rank 0 listens for the others to join
  int master_port = 0;
  bool distributed() const { return world_size > 1; }
};

// The world of this process from its environment (`getenv` is replaceable for tests). A value
// that is not a number, a rank outside [0, WORLD_SIZE), or a missing MASTER_ADDR or MASTER_PORT
// when WORLD_SIZE > 1 is a UserError naming the variable.
WorldInfo world_from_environment(const std::function<const char*(const char*)>& getenv);
WorldInfo world_from_environment();

struct LaunchOptions {
  int nproc = 2;
  int threads = 0;        // torch threads in all; each worker gets threads / nproc (at least 1)
  double timeout = 300;   // train.distributed.timeout: how long the others may outlive a failed worker
  std::string master_addr = "127.0.0.1";
  int master_port = 0;    // 0: a free port on master_addr
};

// Starts `nproc` copies of this program with `args` (argv[1..], without --nproc) as the workers of
// one world on this machine, forwards SIGINT/SIGTERM to them, and waits. When a worker fails, the
// others get `timeout` seconds (+ 10) to notice and stop by themselves before they are killed; the
// failed worker is named on stderr. Returns 0 when all succeed, else the first failure's exit code
// (128 + signal for a signal).
int launch_workers(const LaunchOptions& options, const std::vector<std::string>& args);

// This process's command-line arguments after the program name, as given.
std::vector<std::string> own_arguments();

// A TCP port free on `host` now (the kernel's choice); 0 when none can be had.
int free_port(const std::string& host);

}  // namespace rnnsearch
