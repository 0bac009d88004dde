// Checkpoints: model parameters, optimiser and schedule state, trainer position, RNG state, the
// resolved config and the vocabularies, in one file written atomically.
#pragma once

#include <torch/torch.h>

#include <limits>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "rnnsearch/model/model.h"

namespace rnnsearch {

// Where training stands; enough to continue exactly where it stopped.
struct TrainerState {
  int64_t step = 0;   // updates done
  int64_t epoch = 0;  // epoch in progress, 0-based
  int64_t batch = 0;  // next batch of that epoch's plan
  double best_metric = std::numeric_limits<double>::infinity();  // lower is better (BLEU/chrF negated)
  int64_t best_step = 0;
  int64_t bad_validations = 0;  // validations since the best, for early stopping
  double plateau_rate = 0;      // LrSchedule state
  int64_t plateau_bad = 0;
  int64_t target_tokens = 0;  // seen so far
  double train_seconds = 0;   // time spent in training steps (train.max_minutes)
};

struct Checkpoint {
  TrainerState trainer;
  std::string config_yaml;
  std::map<std::string, std::string> vocab_files;      // file name -> bytes
  std::map<std::string, torch::Tensor> optimizer;      // Optimizer::state()
  torch::Tensor rng_state;                             // the CPU generator's state
};

// MODEL_DIR/NAME.ckpt, for NAME = "last", "best", "step-N".
std::string checkpoint_path(const std::string& model_dir, const std::string& name);

// The step-N.ckpt files of a model directory as (N, path), oldest first.
std::vector<std::pair<int64_t, std::string>> step_checkpoints(const std::string& model_dir);

void save_checkpoint(const std::string& path, torch::nn::Module& model, const Checkpoint& checkpoint);

// An opened checkpoint: the file checked (header, length, CRC-32) and its archive parsed once,
// read from disk where needed rather than copied into memory whole. A missing, truncated or
// foreign file is a UserError naming it.
class CheckpointReader {
 public:
  explicit CheckpointReader(const std::string& path);

  // Everything but the parameters; without `optimizer`, the optimiser state stays unread (a
  // model loaded to translate needs none of it).
  Checkpoint state(bool optimizer = true);
  // The parameters, into a model of the same architecture (UserError naming a parameter whose
  // shape differs).
  void load_parameters(torch::nn::Module& model);

 private:
  template <class F>
  void guard(F&& f) const;  // LibTorch's errors while reading become UserErrors naming the file

  std::string path_;
  torch::serialize::InputArchive archive_;
};

// Loads a checkpoint; with a model, also its parameters (CheckpointReader in one call).
Checkpoint load_checkpoint(const std::string& path, torch::nn::Module* model = nullptr);

}  // namespace rnnsearch
