// Optimisers (Adam; Adadelta, the optimiser of Bahdanau et al. 2015) and learning-rate schedules.
// Written here rather than taken from torch::optim: LibTorch's C++ API has no Adadelta, and
// owning the state makes checkpoints plain named tensors.
#pragma once

#include <torch/torch.h>

#include <functional>

#include <map>
#include <string>

#include "rnnsearch/common/config.h"
#include "rnnsearch/model/model.h"

namespace rnnsearch {

class Optimizer {
 public:
  Optimizer(const torch::OrderedDict<std::string, torch::Tensor>& parameters, const TrainConfig& config);

  // Applies one update from the parameters' .grad() with learning rate lr.
  void step(double lr);
  void zero_grad();
  int64_t steps() const { return steps_; }

  // Named state tensors (moments per parameter) and the step count, for checkpoints.
  std::map<std::string, torch::Tensor> state() const;
  void load_state(const std::map<std::string, torch::Tensor>& state);  // throws std::runtime_error on mismatch

 private:
  struct Slot {
    std::string name;
    torch::Tensor param;
    torch::Tensor first;   // Adam: m; Adadelta: E[g^2]
    torch::Tensor second;  // Adam: v; Adadelta: E[dx^2]
    bool had_grad = false;  // a gradient came in an earlier update: steps without one read zeros
  };
  TrainConfig config_;
  std::vector<Slot> slots_;
  int64_t steps_ = 0;
};

// Global gradient norm clipping; returns the norm before clipping.
double clip_gradients(const std::vector<torch::Tensor>& parameters, double max_norm);

// The learning rate at each step.
//   constant:     lr
//   inverse_sqrt: lr * min(step / warmup, sqrt(warmup / step))
//   plateau:      lr, multiplied by decay_factor after decay_patience validations without
//                 improvement (never below min_learning_rate)
class LrSchedule {
 public:
  explicit LrSchedule(const TrainConfig& config);
  double rate(int64_t step) const;  // step counts from 1
  // After a validation: whether the metric improved on the best so far.
  void on_validation(bool improved);

  double plateau_rate() const { return plateau_rate_; }
  int bad_validations() const { return bad_; }
  void restore(double plateau_rate, int bad_validations);

 private:
  TrainConfig config_;
  double plateau_rate_;
  int bad_ = 0;
};

struct UpdateResult {
  torch::Tensor nll;  // summed over the batch's target tokens (read it when needed: .item() waits)
  double grad_norm = 0;  // before clipping
  bool applied = true;   // false: the loss or the gradient was NaN or infinite and nothing changed
};

// One training update: teacher-forced forward, label-smoothed loss per target token, backward,
// gradient clipping (train.clip_grad_norm), optimiser step with learning rate lr. A non-finite
// loss or gradient norm skips the step: parameters and optimiser state stay as they were.
// With train.precision bfloat16 (or auto on a CPU with native bfloat16) the forward pass runs
// under CPU autocast: matrix products in bfloat16, parameters, gradients and optimiser in float32.
UpdateResult training_update(NmtModelImpl& model, Optimizer& optimizer, const TensorBatch& batch,
                             const TrainConfig& config, double lr);
// Gradient accumulation: one update from several batches, each one's loss divided by the target
// tokens of all of them, so that the gradient equals that of one batch holding them all (up to
// float rounding, and with dropout drawing other masks). nll sums over all of them.
// Data parallelism: each worker computes the gradient of its share of the update, divided by the
// target tokens of the whole update (all workers' shares); `all_reduce` then sums, in place and
// over the workers, the gradients and the NLL (and any tensors the caller adds to the list, which
// are float32), before clipping and the optimiser step, so that every worker takes the same step.
struct UpdateShare {
  int64_t update_tokens = 0;
  std::function<void(std::vector<torch::Tensor>&)> all_reduce;
};
UpdateResult training_update(NmtModelImpl& model, Optimizer& optimizer, const std::vector<TensorBatch>& batches,
                             const TrainConfig& config, double lr, const UpdateShare* share = nullptr);

// Whether training_update computes in bfloat16 on `device`; a ConfigError for bfloat16 off the CPU.
bool trains_in_bf16(const TrainConfig& config, const torch::Device& device);

}  // namespace rnnsearch
