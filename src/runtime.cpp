#include "rnnsearch/runtime.h"

#include <torch/torch.h>

#include <cstdlib>
#include <string>
#include <thread>

#include "rnnsearch/error.h"

namespace rnnsearch {

int resolve_threads(int configured) {
  if (configured > 0) return configured;
  if (const char* env = std::getenv("RNNSEARCH_THREADS")) {
    char* end = nullptr;
    const long value = std::strtol(env, &end, 10);
    if (end == env || *end != '\0' || value < 1 || value > 1024)
      throw UserError(std::string("RNNSEARCH_THREADS=") + env + ": expected an integer in [1, 1024]");
    return static_cast<int>(value);
  }
  const unsigned cores = std::thread::hardware_concurrency();
  return cores > 0 ? static_cast<int>(cores) : 1;
}

int configure_threads(int configured) {
  const int threads = resolve_threads(configured);
  torch::set_num_threads(threads);
  return threads;
}

torch::Device resolve_device(DeviceType type) {
  switch (type) {
    case DeviceType::automatic:
      return torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    case DeviceType::cpu:
      return torch::Device(torch::kCPU);
    case DeviceType::cuda:
      if (!torch::cuda::is_available())
        throw ConfigError("config", "train.device", "cuda requested, but LibTorch sees no CUDA device");
      return torch::Device(torch::kCUDA);
  }
  throw std::logic_error("resolve_device: unhandled DeviceType");
}

}  // namespace rnnsearch
