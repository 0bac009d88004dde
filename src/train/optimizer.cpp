#include "rnnsearch/train/optimizer.h"

#include <ATen/autocast_mode.h>
#include <torch/version.h>

#include <cmath>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/runtime.h"
#include "rnnsearch/model/attention.h"
#include "rnnsearch/model/kernels.h"

namespace rnnsearch {

Optimizer::Optimizer(const torch::OrderedDict<std::string, torch::Tensor>& parameters, const TrainConfig& config)
    : config_(config) {
  for (const auto& item : parameters) {
    if (!item.value().requires_grad()) continue;
    slots_.push_back({item.key(), item.value(), torch::zeros_like(item.value()), torch::zeros_like(item.value())});
  }
}

// The gradients are dropped rather than zeroed: the next backward pass then hands each parameter
// its gradient as computed, without a pass that zeroes it and another that adds to the zeros.
void Optimizer::zero_grad() {
  for (auto& s : slots_) {
    if (!s.param.grad().defined()) continue;
    s.had_grad = true;
    s.param.mutable_grad() = torch::Tensor();
  }
}

void Optimizer::step(double lr) {
  torch::NoGradGuard no_grad;
  ++steps_;
  const double eps = config_.epsilon;
  // Adam's bias corrections 1 - beta^t.
  const double b1 = config_.adam_beta1, b2 = config_.adam_beta2;
  const double c1 = 1 - std::pow(b1, static_cast<double>(steps_)), c2 = 1 - std::pow(b2, static_cast<double>(steps_));
  const AdamStep adam{lr / c1, b1, b2, c2, eps, config_.weight_decay};
  for (auto& s : slots_) {
    // A parameter this update left unused moves on its moments, as with a zero gradient.
    if (!s.param.grad().defined() && s.had_grad) s.param.mutable_grad() = torch::zeros_like(s.param);
    if (!s.param.grad().defined()) continue;
    s.had_grad = true;
    auto g = s.param.grad();
    if (config_.optimizer == OptimizerType::adam && adam_update(s.param, g, s.first, s.second, adam)) continue;
    if (config_.weight_decay > 0) g = g + config_.weight_decay * s.param;
    switch (config_.optimizer) {
      case OptimizerType::adam: {  // tensors adam_update does not take (another device or type)
        s.first.mul_(b1).add_(g, 1 - b1);
        s.second.mul_(b2).addcmul_(g, g, 1 - b2);
        const auto denom = (s.second / c2).sqrt_().add_(eps);
        s.param.addcdiv_(s.first, denom, -lr / c1);
        break;
      }
      case OptimizerType::adadelta: {
        // Zeiler 2012: dx = -sqrt(E[dx^2] + eps) / sqrt(E[g^2] + eps) * g
        const double rho = config_.adadelta_rho;
        s.first.mul_(rho).addcmul_(g, g, 1 - rho);
        const auto delta = (s.second + eps).sqrt_().div_((s.first + eps).sqrt_()).mul_(g);
        s.second.mul_(rho).addcmul_(delta, delta, 1 - rho);
        s.param.add_(delta, -lr);
        break;
      }
    }
  }
}

std::map<std::string, torch::Tensor> Optimizer::state() const {
  std::map<std::string, torch::Tensor> out;
  for (const auto& s : slots_) {
    out["first/" + s.name] = s.first;
    out["second/" + s.name] = s.second;
  }
  out["steps"] = torch::tensor(steps_, torch::kInt64);
  return out;
}

void Optimizer::load_state(const std::map<std::string, torch::Tensor>& state) {
  torch::NoGradGuard no_grad;
  auto get = [&](const std::string& key, const torch::Tensor& like) {
    const auto it = state.find(key);
    if (it == state.end()) throw std::runtime_error("optimizer state has no " + key);
    if (it->second.sizes() != like.sizes())
      throw std::runtime_error("optimizer state " + key + " has the wrong shape");
    like.copy_(it->second);
  };
  for (auto& s : slots_) {
    get("first/" + s.name, s.first);
    get("second/" + s.name, s.second);
  }
  const auto it = state.find("steps");
  if (it == state.end()) throw std::runtime_error("optimizer state has no step count");
  steps_ = it->second.item<int64_t>();
}

double clip_gradients(const std::vector<torch::Tensor>& parameters, double max_norm) {
  torch::NoGradGuard no_grad;
  std::vector<torch::Tensor> grads;
  for (const auto& p : parameters)
    if (p.grad().defined()) grads.push_back(p.grad());
  if (grads.empty()) return 0.0;
  auto squares = sum_of_squares(grads);  // one pass where it takes them (CPU float32)
  if (!squares) {
    std::vector<torch::Tensor> norms;
    for (const auto& g : grads) norms.push_back(g.norm().pow(2));
    squares = torch::stack(norms).sum().item<double>();
  }
  const double norm = std::sqrt(*squares);
  if (max_norm > 0 && norm > max_norm) {
    const double scale = max_norm / (norm + 1e-6);
    for (const auto& p : parameters)
      if (p.grad().defined()) p.grad().mul_(scale);
  }
  return norm;
}

LrSchedule::LrSchedule(const TrainConfig& config) : config_(config), plateau_rate_(config.learning_rate) {}

double LrSchedule::rate(int64_t step) const {
  const double s = static_cast<double>(std::max<int64_t>(step, 1));
  switch (config_.schedule) {
    case ScheduleType::constant:
      return config_.learning_rate;
    case ScheduleType::inverse_sqrt: {
      const double w = config_.warmup_steps;
      return std::max(config_.min_learning_rate, config_.learning_rate * std::min(s / w, std::sqrt(w / s)));
    }
    case ScheduleType::plateau:
      return plateau_rate_;
  }
  return config_.learning_rate;
}

void LrSchedule::on_validation(bool improved) {
  if (improved) {
    bad_ = 0;
    return;
  }
  if (config_.schedule != ScheduleType::plateau) return;
  if (++bad_ > config_.decay_patience) {
    plateau_rate_ = std::max(config_.min_learning_rate, plateau_rate_ * config_.decay_factor);
    bad_ = 0;
  }
}

void LrSchedule::restore(double plateau_rate, int bad_validations) {
  plateau_rate_ = plateau_rate;
  bad_ = bad_validations;
}


bool trains_in_bf16(const TrainConfig& config, const torch::Device& device) {
  if (config.precision == Precision::float32) return false;
  if (!device.is_cpu()) {
    if (config.precision == Precision::bfloat16)
      throw ConfigError("config", "train.precision", "bfloat16 training is implemented for the CPU only");
    return false;
  }
  return resolve_precision(config.precision, device) == torch::kBFloat16;
}

UpdateResult training_update(NmtModelImpl& model, Optimizer& optimizer, const TensorBatch& batch,
                             const TrainConfig& config, double lr) {
  return training_update(model, optimizer, std::vector<TensorBatch>{batch}, config, lr);
}

UpdateResult training_update(NmtModelImpl& model, Optimizer& optimizer, const std::vector<TensorBatch>& batches,
                             const TrainConfig& config, double lr, const UpdateShare* share) {
  TORCH_CHECK(!batches.empty() || share != nullptr, "training_update: no batch");
  model.train();
  optimizer.zero_grad();
  int64_t tokens = 0;
  for (const auto& b : batches) tokens += b.target_tokens;
  if (share != nullptr) tokens = share->update_tokens;
  torch::Tensor nll = torch::zeros({}, torch::kFloat);
  // Hard attention reinforce: the baseline per target token, and the update's rewards for it.
  const torch::Tensor baseline = model.decoder->reinforce_baseline;
  const bool reinforce = baseline.defined();
  torch::Tensor rewards = torch::zeros({2}, torch::kFloat);  // sum of r_b, their target tokens (float32 to all-reduce)
  for (const auto& batch : batches) {
    const bool guided = config.guided_alignment > 0 && batch.alignment.defined();
    torch::Tensor attention, heads, logits;  // logits: or the output layer's input
    SampledAttention sampled;
    sampled.expectation = config.reinforce_expectation;
    // Without hard attention the output layer runs inside the loss (output_layer_loss); reinforce
    // (hard attention) reads the logits.
    const bool output_in_loss = !model.decoder->hard();
    {
      CpuBf16Autocast autocast(trains_in_bf16(config, batch.trg_out.device()));
      logits = model.forward(batch, guided ? &attention : nullptr,
                             output_in_loss ? DecoderOutput::output_input : DecoderOutput::logits,
                             config.attention_penalty > 0 ? &heads : nullptr, reinforce ? &sampled : nullptr);
    }
    // The loss in float32 and its gradient over the vocabulary in the logits' type (bfloat16 under
    // autocast: what the output layer's backward products read).
    const auto [output_weight, output_bias] = model.decoder->output_layer();
    const double eps = config.label_smoothing;
    const LossOutput loss =
        output_in_loss ? output_layer_loss(logits, output_weight, output_bias, batch.trg_out, batch.trg_mask, eps)
                       : smoothed_cross_entropy(logits, batch.trg_out, batch.trg_mask, eps);
    torch::Tensor total = loss.loss;
    // Guided alignment (Chen et al. 2016; Marian's guided-alignment-cost ce): cross-entropy of the
    // attention against the normalised gold links, summed over guided target tokens like the loss.
    if (guided) total = total - config.guided_alignment * (batch.alignment * attention.clamp_min(1e-9).log()).sum();
    // Lin et al. 2017: heads kept apart, C ||A A^T - I||_F^2 per target token.
    if (heads.defined()) total = total + config.attention_penalty * frobenius_penalty(heads, batch.trg_mask);
    if (reinforce) {
      const auto token_log_probs =
          torch::log_softmax(at_least_float(logits.detach()), -1).gather(-1, batch.trg_out.unsqueeze(-1)).squeeze(-1);
      const auto real = batch.trg_mask.to(torch::kDouble);
      const auto sampled_rows = sampled.positions.ge(0).any(1).to(torch::kDouble);  // not the expectation
      const auto batch_rewards = torch::stack({(token_log_probs.to(torch::kDouble) * real).sum(1).mul(sampled_rows).sum(),
                                               real.sum(1).mul(sampled_rows).sum()})
                                   .to(torch::kFloat)
                                   .cpu();
      // Before the first update the baseline is the batch's own mean reward per token.
      const auto b = baseline[1].item<double>() > 0 ? baseline[0].item<double>()
                                                    : batch_rewards[0].item<double>() / std::max(batch_rewards[1].item<double>(), 1.0);
      total = total + reinforce_term(sampled, token_log_probs, batch.trg_mask, b, config.reinforce_weight,
                                     config.reinforce_entropy);
      rewards += batch_rewards;
    }
    // Per-token loss over the whole update: the step size depends neither on how many tokens the
    // update holds nor on how they are split into batches.
    (total / static_cast<double>(std::max<int64_t>(tokens, 1))).backward();
    nll = nll + loss.nll.detach().to(torch::kFloat).cpu();
  }
  if (share != nullptr) {
    // A worker whose share was empty (or left a parameter unused) adds zeros.
    std::vector<torch::Tensor> reduced;
    for (auto& p : model.parameters()) {
      if (!p.grad().defined()) p.mutable_grad() = torch::zeros_like(p);
      reduced.push_back(p.grad());
    }
    nll = nll.reshape({1});
    reduced.push_back(nll);
    if (reinforce) reduced.push_back(rewards);
    share->all_reduce(reduced);
    nll = nll.reshape({});
  }
  // Xu et al. 2015: b <- 0.9 b + 0.1 r, here per target token over the update's sampled sentences.
  if (reinforce && rewards[1].item<double>() > 0 && std::isfinite(rewards[0].item<double>())) {
    torch::NoGradGuard no_grad;
    const double r = rewards[0].item<double>() / rewards[1].item<double>();
    const double decay = config.reinforce_baseline_decay;
    const double b = baseline[1].item<double>() > 0 ? decay * baseline[0].item<double>() + (1 - decay) * r : r;
    baseline.copy_(torch::tensor({b, baseline[1].item<double>() + 1}, baseline.options()));
  }
  const double norm = clip_gradients(model.parameters(), config.clip_grad_norm);
  // One NaN would spread through the parameters and, for good, the optimiser's moments.
  if (!std::isfinite(norm) || !std::isfinite(nll.item<double>())) {
    optimizer.zero_grad();
    return {nll, norm, false};
  }
  optimizer.step(lr);
  return {nll, norm, true};
}

}  // namespace rnnsearch
