// Training: the loop, validation, checkpoints, early stopping, progress and metrics.
//
// The model directory (train.model_dir) receives config.yaml (the resolved config), the
// vocabularies, train.log, metrics.jsonl (one JSON object per log interval and validation), and
// checkpoints: last.ckpt (every train.valid_every steps and at the end), best.ckpt (best
// validation metric; only with a dev set) and step-N.ckpt (the newest train.keep_last of those).
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "rnnsearch/common/config.h"

namespace rnnsearch {

class NmtModelImpl;

struct TrainOptions {
  bool resume = false;         // continue from MODEL_DIR/last.ckpt
  bool retrain_vocab = false;  // train new vocabularies even if the model directory has them
  bool dry_run = false;        // prepare data and report the batches, then stop
  // Called before each update with the model and the step about to be done (from 1): a place for
  // instrumentation; the tests use it to inject faults.
  std::function<void(NmtModelImpl&, int64_t)> before_step;
};

struct TrainResult {
  int64_t steps = 0;
  double best_metric = 0;    // in the config's stop_metric
  double final_dev_ppl = 0;   // 0 without a dev set
  double final_dev_bleu = 0;  // greedy, built-in scorer; 0 without a dev set
};

TrainResult train_model(const Config& config, const TrainOptions& options);

}  // namespace rnnsearch
