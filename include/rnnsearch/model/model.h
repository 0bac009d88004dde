// The encoder-decoder model, the padded tensors it reads, and its training loss.
#pragma once

#include <torch/torch.h>

#include "rnnsearch/common/config.h"
#include "rnnsearch/data/batching.h"
#include "rnnsearch/data/corpus.h"
#include "rnnsearch/inspect/alignment.h"
#include "rnnsearch/model/decoder.h"
#include "rnnsearch/model/encoder.h"

namespace rnnsearch {

// One batch as padded tensors. Source: ids + EOS; target input: BOS + ids; target output: ids + EOS.
struct TensorBatch {
  torch::Tensor src;          // [B, S] int64, kPadId after each sentence
  torch::Tensor src_lengths;  // [B] int64, on the CPU
  torch::Tensor trg_in;       // [B, T] int64
  torch::Tensor trg_out;      // [B, T] int64
  torch::Tensor trg_mask;     // [B, T] bool
  torch::Tensor alignment;    // [B, T, S] float, guided alignment: rows sum to 1, or 0 (no guidance); may be undefined
  int64_t target_tokens = 0;  // real target tokens, EOS included
};

// Builds the tensors of `batch`; trg may be empty (translation), then only src is filled. With
// `links` (source piece, target piece) per pair, fills `alignment`: each target row spreads its
// weight evenly over its linked source pieces, and the target EOS is linked to the source EOS.
TensorBatch make_tensor_batch(const std::vector<std::vector<int32_t>>& src,
                              const std::vector<std::vector<int32_t>>& trg, const Batch& batch,
                              const torch::Device& device, const std::vector<Alignment>* links = nullptr);
// The same from any PairView (a binarized corpus); `target`: fill the target tensors too.
TensorBatch make_tensor_batch(const PairView& pairs, const Batch& batch, const torch::Device& device, bool target,
                              const std::vector<Alignment>* links = nullptr);

// Source lengths of a batch without the EOS the batch appends.
std::vector<int> source_lengths(const TensorBatch& batch);

struct Encoded {
  AttentionMemory memory;
  DecoderState state;
};

class NmtModelImpl : public torch::nn::Module {
 public:
  NmtModelImpl(const ModelConfig& config, int64_t src_vocab, int64_t trg_vocab);

  Encoded encode(const torch::Tensor& src, const torch::Tensor& lengths);
  // From given source embeddings [B, S, E] (encoder->embed(src), or a point near them).
  Encoded encode(const torch::Tensor& src, const torch::Tensor& lengths, const torch::Tensor& embedded);
  // For search, the encoder's first-layer projections read from its input_table().
  Encoded encode_from_table(const torch::Tensor& src, const torch::Tensor& lengths, const torch::Tensor& table);
  // Teacher-forced log-probabilities [B, T, V]; attention, when given, gets [B, T, S].
  // Or the logits (for smoothed_cross_entropy) or the output layer's input (for output_layer_loss),
  // as `output` says. head_attention, when given, gets the heads' weights [B, T, N, S] with
  // several heads, else an undefined tensor.
  // sampled: hard attention reinforce reads sampled (or given) positions (DecoderImpl::forward).
  torch::Tensor forward(const TensorBatch& batch, torch::Tensor* attention = nullptr,
                        DecoderOutput output = DecoderOutput::log_probs,
                        torch::Tensor* head_attention = nullptr, SampledAttention* sampled = nullptr);
  StepOutput step(const torch::Tensor& prev, const DecoderState& state, const AttentionMemory& memory);

  Encoder encoder{nullptr};
  Decoder decoder{nullptr};
};
TORCH_MODULE(NmtModel);

// Parameter initialisation as config.init says (uniform in +-init_scale, or Glorot matrices with
// unit-variance embeddings); biases 0, padding embeddings 0; seeded by the caller.
void initialize_parameters(NmtModelImpl& model, const ModelConfig& config);

struct LossOutput {
  torch::Tensor loss;  // label-smoothed loss, summed over real tokens (what backward() uses)
  torch::Tensor nll;   // plain negative log-likelihood, summed over real tokens
};

// Label smoothing as in Szegedy et al. 2016: (1 - eps) * NLL + eps * mean over V of -log p.
LossOutput sequence_loss(const torch::Tensor& log_probs, const torch::Tensor& targets, const torch::Tensor& mask,
                         double label_smoothing);

// The same loss from the logits [B, T, V], log-softmax and loss fused: the gradient is computed
// directly as w * (softmax - (1 - eps) onehot - eps / V), for CPU float32 and bfloat16 logits in
// one row kernel (cross_entropy_rows; the gradient in the logits' type, the loss in float32),
// elsewhere in a few passes over [B, T, V] instead of the dozen autograd takes (see
// docs/performance.md). Not twice differentiable.
LossOutput smoothed_cross_entropy(const torch::Tensor& logits, const torch::Tensor& targets, const torch::Tensor& mask,
                                  double label_smoothing);

// The output layer and smoothed_cross_entropy in one (output_cross_entropy): x [B, T, R] the
// output layer's input (DecoderOutput::output_input), weight and bias the decoder's output_layer().
// The same loss, without the [B, T, V] logits and the passes over them between the layer and the
// loss. CPU float32 and bfloat16 x; other types and devices take linear and smoothed_cross_entropy.
LossOutput output_layer_loss(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                             const torch::Tensor& targets, const torch::Tensor& mask, double label_smoothing);

// REINFORCE for hard attention read at sampled positions (Xu et al. 2015, eq. 12). With the reward
// of sentence b, r_b = sum_t log p(y_t | sampled positions) (`token_log_probs` [B, T], read as
// constants), the baseline b_tok per target token scaled by the sentence's length T_b, and
// lambda_r = weight, lambda_e = entropy_weight: the term to add to the loss,
//   - sum_b [lambda_r (r_b - b_tok T_b) sum_t log alpha_t(j_t) + lambda_e sum_t H(alpha_t)],
// over the real target tokens (`mask` [B, T]). Its gradient plus that of the NLL at the sampled
// positions is an unbiased estimate of the gradient of -sum_b E_j[log p(y_b | j)] (lambda_r = 1,
// lambda_e = 0), whatever the baseline.
torch::Tensor reinforce_term(const SampledAttention& sampled, const torch::Tensor& token_log_probs,
                             const torch::Tensor& mask, double baseline_per_token, double weight,
                             double entropy_weight);

}  // namespace rnnsearch
