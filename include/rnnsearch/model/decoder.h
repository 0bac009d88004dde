// Attentional RNN decoders.
//
// bahdanau (Bahdanau et al. 2015 App. A.2.2):
//   c_i = attention(s_{i-1}, h)            s_i = GRU([E y_{i-1}; c_i], s_{i-1})
//   t_i = maxout(U_o s_{i-1} + V_o E y_{i-1} + C_o c_i)      p(y_i) = softmax(W_o t_i)
// conditional (the cGRU of Nematus and Marian): attention between two transitions,
//   s'_i = GRU_1(E y_{i-1}, s_{i-1})   c_i = attention(s'_i, h)   s_i = GRU_2(c_i, s'_i)
//   t_i = maxout(U_o s_i + V_o E y_{i-1} + C_o c_i)
// luong (Luong et al. 2015 §3, stacked layers, input feeding optional):
//   h_t = RNN([E y_{t-1}; h~_{t-1}], h_{t-1})   c_t = attention(h_t, h)
//   h~_t = tanh(W_c [c_t; h_t])                 p(y_t) = softmax(W_s h~_t)
// Only attention and the recurrent transitions run step by step; embeddings, their input
// projections and the output layer are computed for all target positions at once in training.
#pragma once

#include <optional>

#include <torch/torch.h>

#include "rnnsearch/common/config.h"
#include "rnnsearch/model/attention.h"
#include "rnnsearch/model/encoder.h"
#include "rnnsearch/model/packed_linear.h"
#include "rnnsearch/model/rnn_cell.h"

namespace rnnsearch {

struct DecoderState {
  std::vector<RnnState> layers;  // s_{i-1} of each layer, [B, H] (bahdanau, conditional: one layer)
  torch::Tensor feed;            // luong: h~_{t-1} [B, H], fed back as input; undefined otherwise
  int64_t step = 0;              // i - 1: target positions done (every row of a batch is at the same step)
  torch::Tensor coverage;        // attention coverage [B, S] or [B, S, C]; undefined without
  DecoderState select(const torch::Tensor& index) const;
};

// Hard attention trained by sampling (model.attention.hard reinforce): the source positions a
// teacher-forced pass reads, one per sentence and step.
struct SampledAttention {
  // In: the positions to read [B, T] int64, -1 where a sentence reads the expected context
  // sum_j alpha_j h_j; undefined to sample them: each sentence reads the expectation with
  // probability `expectation`, else j_t ~ alpha_t at every step.
  torch::Tensor positions;
  double expectation = 0.5;
  // Out: log alpha_t(j_t) [B, T] (0 where the expectation was read) and the entropy of alpha_t
  // [B, T] in nats, both differentiable; `positions` holds the positions read.
  torch::Tensor log_prob, entropy;
};

struct StepOutput {
  torch::Tensor log_probs;  // [B, V]
  DecoderState state;       // s_i
  torch::Tensor attention;  // [B, S]
};

// Search's fast path for the RNNsearch decoder itself (type bahdanau, GRU, attention as
// AttentionImpl::plain_additive, soft): the step of DecoderImpl::step with its products merged.
// The general step makes eight products per step; here s_{i-1} is multiplied once by
// [U; W_a; U_o] and c_i once by [C; C_o] (three products with the output layer), and the
// embedding's two projections, which depend on the previous word only, are rows of a table made
// once ([V, 3H + readout], when it fits in max_table_bytes; else one product per step). Products
// run in the model's own type (float32 or bfloat16), or in int8 when asked, on weights packed for the CPU's matrix units
// (PackedLinear); everything else in float32: the attention memory, the state, the gates and the
// log-probabilities.
class FusedStep {
 public:
  static constexpr int64_t kMaxTableBytes = int64_t{256} << 20;

  // The decoder's parameters as they are now (FusedStep keeps its own copies).
  FusedStep(const torch::Tensor& embedding, const torch::nn::Linear& input_proj, const torch::nn::Linear& hidden,
            const torch::Tensor& query_weight, const torch::Tensor& score_vector, const torch::nn::Linear& context_proj,
            const torch::nn::Linear& readout_state, const torch::nn::Linear& readout_embed,
            const torch::nn::Linear& readout_context, const torch::Tensor& output_weight,
            const torch::Tensor& output_bias, bool maxout, int64_t max_table_bytes = kMaxTableBytes,
            bool int8 = false);

  // The batch's memory and initial state as the fused step reads them (float32). The memory's
  // keys give way to their exponentials where key_exponentials (kernels.h) makes them, and
  // with_context_products drops the annotations: each row selection then copies only what step()
  // reads.
  AttentionMemory prepare(const AttentionMemory& memory) const;
  DecoderState prepare(const DecoderState& state) const;
  // The prepared memory with context_products: C c_i = sum_j alpha_ij C h_j (C and C_o have no
  // bias), so with G rows per sentence each step sums S projected annotations per row instead of
  // multiplying each row's c_i by [C; C_o]: S x (3H + P) multiply-adds per row against
  // D x (3H + P), and one product of the S annotations per sentence. For beam search (G = k);
  // greedy search (G = 1) has about as many steps as annotations and gains nothing from it.
  AttentionMemory with_context_products(const AttentionMemory& memory) const;
  // As DecoderImpl::step on prepared memory and state: log-probabilities [R, V] float32, s_i,
  // the attention weights [R, S]. With `output` (from output_for), the output layer and its
  // softmax cover that layer's columns only: log-probabilities [R, C].
  StepOutput step(const torch::Tensor& prev, const DecoderState& state, const AttentionMemory& memory,
                  const PackedLinear* output = nullptr) const;
  // The output layer restricted to the target ids `columns` [C] (int64; a shortlist's), in the
  // products' type.
  PackedLinear output_for(const torch::Tensor& columns) const;
  bool uses_table() const { return table_.defined(); }

 private:
  int64_t hidden_size_, attention_size_, pre_size_;
  bool maxout_;
  PackedLinear by_state_;    // s_{i-1} -> [U s + b_U, W_a s, U_o s + b_o]  [R, 3H + A + P]
  PackedLinear by_context_;  // c_i -> [C c, C_o c]  [R, 3H + P]
  torch::Tensor score_vector_;  // v_a [A] float32
  torch::Tensor table_;         // [V, 3H + P] float32: W E_y + b_W and V_o E_y; or undefined
  torch::Tensor embedding_;     // without the table: E [V, E] and the product E_y -> [W E_y + b_W, V_o E_y]
  PackedLinear by_embedding_;
  PackedLinear output_;         // t_i -> W_o t_i + b_o [R, V]
  torch::Tensor output_weight_, output_bias_;  // W_o in the model's type, b_o float32: for output_for
  torch::ScalarType product_type_;
};

// What a teacher-forced pass returns: log-probabilities, logits, or the output layer's input
// (after its dropout) for output_layer_loss, which applies the output layer and the loss in one.
enum class DecoderOutput { log_probs, logits, output_input };

class DecoderImpl : public torch::nn::Module {
 public:
  DecoderImpl(const DecoderConfig& config, const AttentionConfig& attention, int64_t vocab_size,
              int64_t annotation_size);

  AttentionMemory prepare(const EncoderOutput& encoded);
  DecoderState initial_state(const EncoderOutput& encoded);

  // Teacher forcing: trg_in [B, T] (BOS y_1 ... y_{T-1}) -> log-probabilities [B, T, V] (or what
  // `output` asks for; not the output layer's input with hard attention, which marginalises).
  // attention, when given, receives the weights [B, T, S]; head_attention, with several heads,
  // the heads' weights [B, T, N, S].
  // With `sampled` (hard attention reinforce only), each step reads the positions it gives or
  // samples, and the output is that of the sampled contexts, not the marginal.
  torch::Tensor forward(const torch::Tensor& trg_in, const AttentionMemory& memory, DecoderState state,
                        torch::Tensor* attention = nullptr, DecoderOutput output = DecoderOutput::log_probs,
                        torch::Tensor* head_attention = nullptr, SampledAttention* sampled = nullptr);
  // Teacher forcing for one position per row: the log-probabilities [B, V] of row b at step
  // positions[b] only (the recurrence runs to the last position asked for; the output layer runs
  // once per row): what forward(...)[b][positions[b]] gives, at a fraction of the cost.
  torch::Tensor log_probs_at(const torch::Tensor& trg_in, const AttentionMemory& memory, DecoderState state,
                             const torch::Tensor& positions);
  // One step for search: prev [B] ids of y_{i-1}.
  StepOutput step(const torch::Tensor& prev, const DecoderState& state, const AttentionMemory& memory);
  // The fused form of step() for search (FusedStep), or null for a decoder it does not compute.
  // int8: its products in int8 (PackedLinear), whatever the parameters' type.
  std::shared_ptr<const FusedStep> fused(int64_t max_table_bytes = FusedStep::kMaxTableBytes, bool int8 = false) const;

  // The output layer: W_o [V, R] (the embedding matrix when tied) and b_o [V].
  std::pair<torch::Tensor, torch::Tensor> output_layer() const { return {output_weight, output_bias}; }
  // Hard attention: the output marginalises over positions (no output layer input to return).
  bool hard() const { return hard_; }

  // Hard attention reinforce: [the reward's moving average per target token, updates averaged];
  // a buffer, so that checkpoints keep it. Undefined for other models.
  torch::Tensor reinforce_baseline;

 private:
  struct Recurrence {
    DecoderState state;       // s_i
    torch::Tensor readout_h;  // the state the output layer reads: s_{i-1} (bahdanau) or s_i
    torch::Tensor context;    // c_i [B, D]
    torch::Tensor weights;    // [B, S]
    torch::Tensor head_weights;  // [B, N, S] with several heads
  };
  struct Sampler;  // a teacher-forced pass's sampled positions, step by step
  // The part of a step that depends on the recurrence. x_proj = input projection of E y_{i-1}.
  // With a sampler, the context is that of the sampled positions.
  Recurrence recur(const torch::Tensor& x_proj, const DecoderState& state, const AttentionMemory& memory,
                   Sampler* sampler = nullptr);
  Recurrence recur_luong(const torch::Tensor& x_proj, const DecoderState& state, const AttentionMemory& memory);
  // Deep output over any leading shape: [..., H], [..., E], [..., D] -> log-probabilities [..., V].
  // Log-probabilities [.., V], or what `output` asks for.
  torch::Tensor readout(const torch::Tensor& h, const torch::Tensor& embedded, const torch::Tensor& context,
                        DecoderOutput output = DecoderOutput::log_probs);
  // Hard attention, marginalised exactly: log sum_j alpha_j p(y | h, y_{i-1}, c = h_j) over the k
  // most-attended positions (weights renormalised; all positions with k = 0), for weights [..., S]
  // -> log-probabilities [..., V].
  torch::Tensor marginal_readout(const torch::Tensor& h, const torch::Tensor& embedded, const torch::Tensor& weights,
                                 const AttentionMemory& memory);
  // The deep output's last layers: pre-activations [..., 2R or R] -> the output layer's input
  // [..., R] (maxout or tanh, then dropout), and on to the logits [..., V].
  torch::Tensor output_input(const torch::Tensor& pre);
  torch::Tensor output_logits(const torch::Tensor& pre);
  torch::Tensor embed(const torch::Tensor& ids);
  // The weights of the whole recurrence as one kernel (kernels.h's decoder_recurrence) for a
  // decoder it computes (bahdanau, GRU, soft attention as AttentionImpl::plain_additive); else none.
  std::optional<DecoderRecurrenceWeights> recurrence_weights() const;

  DecoderConfig config_;
  int64_t readout_size_;
  bool hard_;           // hard attention: translation marginalises (exact, reinforce)
  int64_t hard_top_k_;  // its positions per step (0 = all)
  bool sampled_;        // hard attention reinforce: trained on sampled positions
  torch::nn::Embedding embedding{nullptr};
  torch::nn::Dropout embedding_dropout{nullptr}, dropout{nullptr};
  torch::nn::Linear init_proj{nullptr};      // W_s
  torch::nn::Linear input_proj{nullptr};     // E y -> gates of the first transition
  torch::nn::Linear context_proj{nullptr};   // c -> gates (bahdanau: of the only transition; conditional: the second)
  RnnCell cell{nullptr};                     // bahdanau: the transition; conditional: GRU_1; luong: layer 1
  RnnCell cell2{nullptr};                    // conditional: GRU_2
  std::vector<RnnCell> upper_cells;          // luong: layers 2..L
  std::vector<torch::nn::Linear> upper_proj; // luong: input projections of layers 2..L
  torch::nn::Linear feed_proj{nullptr};      // luong with input feeding: h~_{t-1} -> gates of layer 1
  torch::nn::Linear combine{nullptr};        // luong: W_c [D + H -> H], no bias
  Attention attention{nullptr};
  torch::nn::Linear readout_state{nullptr};    // U_o
  torch::nn::Linear readout_embed{nullptr};    // V_o
  torch::nn::Linear readout_context{nullptr};  // C_o
  torch::Tensor output_weight;                 // W_o [V, R], or the embedding matrix when tied
  torch::Tensor output_bias;                   // [V]
};
TORCH_MODULE(Decoder);

}  // namespace rnnsearch
