#include "rnnsearch/model/model.h"

#include "rnnsearch/data/vocab.h"
#include "rnnsearch/model/kernels.h"

namespace rnnsearch {

namespace {

// Token vectors held by the caller, as a PairView; trg may be empty (translation).
class VectorPairs final : public PairView {
 public:
  VectorPairs(const std::vector<std::vector<int32_t>>& src, const std::vector<std::vector<int32_t>>& trg)
      : src_(src), trg_(trg) {}
  std::size_t size() const override { return src_.size(); }
  Tokens src(std::size_t i) const override { return {src_[i].data(), src_[i].size()}; }
  Tokens trg(std::size_t i) const override { return {trg_[i].data(), trg_[i].size()}; }

 private:
  const std::vector<std::vector<int32_t>>& src_;
  const std::vector<std::vector<int32_t>>& trg_;
};

}  // namespace

TensorBatch make_tensor_batch(const std::vector<std::vector<int32_t>>& src,
                              const std::vector<std::vector<int32_t>>& trg, const Batch& batch,
                              const torch::Device& device, const std::vector<Alignment>* links) {
  return make_tensor_batch(VectorPairs(src, trg), batch, device, !trg.empty(), links);
}

TensorBatch make_tensor_batch(const PairView& pairs, const Batch& batch, const torch::Device& device, bool target,
                              const std::vector<Alignment>* links) {
  const auto b = static_cast<int64_t>(batch.size());
  int64_t s_len = 0, t_len = 0;
  for (const auto i : batch) {
    s_len = std::max<int64_t>(s_len, pairs.src_length(i) + 1);
    if (target) t_len = std::max<int64_t>(t_len, pairs.trg_length(i) + 1);
  }
  auto src_t = torch::full({b, s_len}, kPadId, torch::kInt64);
  auto lengths = torch::empty({b}, torch::kInt64);
  auto trg_in = torch::full({b, t_len}, kPadId, torch::kInt64);
  auto trg_out = torch::full({b, t_len}, kPadId, torch::kInt64);
  auto s_acc = src_t.accessor<int64_t, 2>();
  auto l_acc = lengths.accessor<int64_t, 1>();
  auto in_acc = trg_in.accessor<int64_t, 2>();
  auto out_acc = trg_out.accessor<int64_t, 2>();
  int64_t tokens = 0;
  for (int64_t k = 0; k < b; ++k) {
    const std::size_t i = batch[static_cast<std::size_t>(k)];
    const Tokens s = pairs.src(i);
    for (std::size_t j = 0; j < s.size; ++j) s_acc[k][static_cast<int64_t>(j)] = s.data[j];
    s_acc[k][static_cast<int64_t>(s.size)] = kEosId;
    l_acc[k] = static_cast<int64_t>(s.size) + 1;
    if (!target) continue;
    const Tokens t = pairs.trg(i);
    in_acc[k][0] = kBosId;
    for (std::size_t j = 0; j < t.size; ++j) {
      in_acc[k][static_cast<int64_t>(j) + 1] = t.data[j];
      out_acc[k][static_cast<int64_t>(j)] = t.data[j];
    }
    out_acc[k][static_cast<int64_t>(t.size)] = kEosId;
    tokens += static_cast<int64_t>(t.size) + 1;
  }
  TensorBatch out;
  out.src = src_t.to(device);
  out.src_lengths = lengths;
  out.trg_in = trg_in.to(device);
  out.trg_out = trg_out.to(device);
  out.trg_mask = out.trg_out.ne(kPadId);
  out.target_tokens = tokens;
  if (links != nullptr && target) {
    auto a = torch::zeros({b, t_len, s_len}, torch::kFloat);
    auto acc = a.accessor<float, 3>();
    for (int64_t k = 0; k < b; ++k) {
      const std::size_t i = batch[static_cast<std::size_t>(k)];
      for (const auto& [s, t] : (*links)[i]) acc[k][t][s] = 1.0F;
      acc[k][pairs.trg_length(i)][pairs.src_length(i)] = 1.0F;  // EOS -> EOS
    }
    out.alignment = (a / a.sum(2, true).clamp_min(1.0F)).to(device);
  }
  return out;
}

std::vector<int> source_lengths(const TensorBatch& batch) {
  std::vector<int> out;
  const auto lengths = batch.src_lengths.cpu();
  for (int64_t i = 0; i < lengths.size(0); ++i) out.push_back(static_cast<int>(lengths[i].item<int64_t>()) - 1);
  return out;
}

NmtModelImpl::NmtModelImpl(const ModelConfig& config, int64_t src_vocab, int64_t trg_vocab) {
  encoder = register_module("encoder", Encoder(config.encoder, src_vocab));
  decoder = register_module("decoder", Decoder(config.decoder, config.attention, trg_vocab, encoder->output_size()));
}

Encoded NmtModelImpl::encode(const torch::Tensor& src, const torch::Tensor& lengths) {
  const EncoderOutput encoded = encoder->forward(src, lengths);
  return {decoder->prepare(encoded), decoder->initial_state(encoded)};
}

Encoded NmtModelImpl::encode(const torch::Tensor& src, const torch::Tensor& lengths, const torch::Tensor& embedded) {
  const EncoderOutput encoded = encoder->forward(src, lengths, embedded);
  return {decoder->prepare(encoded), decoder->initial_state(encoded)};
}

Encoded NmtModelImpl::encode_from_table(const torch::Tensor& src, const torch::Tensor& lengths,
                                        const torch::Tensor& table) {
  const EncoderOutput encoded = encoder->forward_from_table(src, lengths, table);
  return {decoder->prepare(encoded), decoder->initial_state(encoded)};
}

torch::Tensor NmtModelImpl::forward(const TensorBatch& batch, torch::Tensor* attention, DecoderOutput output,
                                    torch::Tensor* head_attention, SampledAttention* sampled) {
  Encoded e = encode(batch.src, batch.src_lengths);
  return decoder->forward(batch.trg_in, e.memory, e.state, attention, output, head_attention, sampled);
}

StepOutput NmtModelImpl::step(const torch::Tensor& prev, const DecoderState& state, const AttentionMemory& memory) {
  return decoder->step(prev, state, memory);
}

void initialize_parameters(NmtModelImpl& model, const ModelConfig& config) {
  torch::NoGradGuard no_grad;
  for (auto& p : model.named_parameters()) {
    torch::Tensor& w = p.value();
    if (p.key().find("bias") != std::string::npos) {
      w.zero_();
    } else if (config.init == InitType::uniform || w.dim() != 2) {
      w.uniform_(-config.init_scale, config.init_scale);
    } else if (p.key().find("embedding.weight") != std::string::npos &&
               !(config.decoder.tie_embeddings && p.key().rfind("decoder.", 0) == 0)) {
      // Unit-variance embeddings: the previous word is not drowned at the RNN input by the
      // recurrent state and the fed-back attentional vector.
      w.normal_(0, 1);
    } else {
      torch::nn::init::xavier_uniform_(w);
    }
  }
  // Padding embeddings stay 0.
  model.encoder->named_parameters()["embedding.weight"][kPadId].zero_();
  model.decoder->named_parameters()["embedding.weight"][kPadId].zero_();
}

LossOutput sequence_loss(const torch::Tensor& log_probs, const torch::Tensor& targets, const torch::Tensor& mask,
                         double label_smoothing) {
  TORCH_CHECK(log_probs.dim() == 3 && targets.sizes() == log_probs.sizes().slice(0, 2), "loss: log_probs ",
              log_probs.sizes(), " targets ", targets.sizes());
  const auto weights = mask.to(log_probs.dtype());
  const auto nll = -log_probs.gather(-1, targets.unsqueeze(-1)).squeeze(-1);  // [B, T]
  const auto nll_sum = (nll * weights).sum();
  if (label_smoothing == 0.0) return {nll_sum, nll_sum.detach()};
  const auto smooth = -log_probs.mean(-1);  // [B, T]
  const auto loss = (1.0 - label_smoothing) * nll_sum + label_smoothing * (smooth * weights).sum();
  return {loss, nll_sum.detach()};
}

namespace {

struct SmoothedCrossEntropy : public torch::autograd::Function<SmoothedCrossEntropy> {
  // logits [N, V], targets [N] int64, weights [N] -> {summed loss, summed plain NLL} (scalars).
  static torch::autograd::variable_list forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& logits,
                               const torch::Tensor& targets, const torch::Tensor& weights, double eps) {
    if (logits.is_cpu() && (logits.scalar_type() == torch::kFloat || logits.scalar_type() == torch::kBFloat16)) {
      // One kernel: log Z, the losses and the gradient (in the logits' type) row by row.
      auto [loss, nll_sum, grad] = cross_entropy_rows(logits, targets, weights.to(torch::kFloat), eps);
      ctx->save_for_backward({grad});
      ctx->saved_data["scaled"] = true;
      ctx->mark_non_differentiable({nll_sum});
      return {loss, nll_sum};
    }
    auto probs = torch::log_softmax(logits, -1);                       // log p for now
    const auto nll = -probs.gather(1, targets.unsqueeze(1)).squeeze(1);  // [N]
    auto per_token = nll;
    if (eps > 0) per_token = (1.0 - eps) * nll - eps * probs.mean(1);
    const auto loss = (per_token * weights).sum();
    const auto nll_sum = (nll * weights).sum();
    probs.exp_();  // p, in the same memory: backward needs it
    ctx->save_for_backward({probs, targets, weights});
    ctx->saved_data["eps"] = eps;
    ctx->saved_data["scaled"] = false;
    ctx->mark_non_differentiable({nll_sum});
    return {loss, nll_sum};
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grad_output) {
    const auto saved = ctx->get_saved_variables();
    auto grad = saved[0];  // used once: updated in place
    if (ctx->saved_data["scaled"].toBool()) {  // w (p - smoothed onehot) already
      const double scale = grad_output[0].item<double>();
      if (scale != 1.0) grad.mul_(scale);
      return {grad, torch::Tensor(), torch::Tensor(), torch::Tensor()};
    }
    const double eps = ctx->saved_data["eps"].toDouble();
    const auto& targets = saved[1];
    const auto& weights = saved[2];
    if (eps > 0) grad.sub_(eps / static_cast<double>(grad.size(1)));
    grad.scatter_add_(1, targets.unsqueeze(1), torch::full({targets.size(0), 1}, eps - 1.0, grad.options()));
    grad.mul_((weights * grad_output[0]).unsqueeze(1));
    return {grad, torch::Tensor(), torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

LossOutput smoothed_cross_entropy(const torch::Tensor& logits, const torch::Tensor& targets, const torch::Tensor& mask,
                                  double label_smoothing) {
  TORCH_CHECK(logits.dim() == 3 && targets.sizes() == logits.sizes().slice(0, 2), "loss: logits ", logits.sizes(),
              " targets ", targets.sizes());
  const int64_t v = logits.size(2);
  const auto flat_targets = targets.reshape({-1});
  const auto weights = mask.reshape({-1}).to(logits.dtype());
  const auto flat = logits.reshape({-1, v});
  const auto out = SmoothedCrossEntropy::apply(flat, flat_targets, weights, label_smoothing);
  return {out[0], out[1].detach()};
}

LossOutput output_layer_loss(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                             const torch::Tensor& targets, const torch::Tensor& mask, double label_smoothing) {
  TORCH_CHECK(x.dim() == 3 && targets.sizes() == x.sizes().slice(0, 2), "loss: output layer input ", x.sizes(),
              " targets ", targets.sizes());
  const auto type = x.scalar_type();
  if (!x.is_cpu() || !weight.is_cpu() || (type != torch::kFloat && type != torch::kBFloat16) ||
      (weight.scalar_type() != torch::kFloat && weight.scalar_type() != type)) {
    const auto b = bias.defined() ? bias.to(type) : bias;
    return smoothed_cross_entropy(linear(x, weight.to(type), b), targets, mask, label_smoothing);
  }
  auto [loss, nll] = output_cross_entropy(x.reshape({-1, x.size(2)}), weight, bias, targets.reshape({-1}),
                                          mask.reshape({-1}).to(torch::kFloat), label_smoothing);
  return {loss, nll.detach()};
}

torch::Tensor reinforce_term(const SampledAttention& sampled, const torch::Tensor& token_log_probs,
                             const torch::Tensor& mask, double baseline_per_token, double weight,
                             double entropy_weight) {
  TORCH_CHECK(sampled.log_prob.defined() && sampled.log_prob.sizes() == mask.sizes(), "reinforce: log-probabilities ",
              sampled.log_prob.sizes(), " for a mask ", mask.sizes());
  const auto real = mask.to(sampled.log_prob.scalar_type());
  const auto reward = (token_log_probs.detach().to(real.scalar_type()) * real).sum(1);  // r_b
  const auto advantage = reward - baseline_per_token * real.sum(1);
  auto term = -weight * (advantage * (sampled.log_prob * real).sum(1)).sum();
  if (entropy_weight > 0) term = term - entropy_weight * (sampled.entropy * real).sum();
  return term;
}

}  // namespace rnnsearch
