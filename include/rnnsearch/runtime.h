// Process-wide LibTorch settings: CPU threads and the compute device.
#pragma once

#include <torch/types.h>

#include "rnnsearch/config.h"

namespace rnnsearch {

// Threads to use: `configured` when > 0, else $RNNSEARCH_THREADS, else every core. LibTorch's own
// default on this platform is 1 thread, which halves training speed.
int resolve_threads(int configured);

// Applies resolve_threads(configured) to LibTorch's intra-op pool; returns the count.
int configure_threads(int configured);

// auto: CUDA when available, else CPU. cuda without a GPU is a UserError naming train.device.
torch::Device resolve_device(DeviceType type);

}  // namespace rnnsearch
