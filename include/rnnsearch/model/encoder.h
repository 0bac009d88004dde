// Bidirectional RNN encoder (Bahdanau et al. 2015 App. A.2.1): annotations h_j = [->h_j ; <-h_j].
#pragma once

#include <torch/torch.h>

#include "rnnsearch/common/config.h"

namespace rnnsearch {

struct EncoderOutput {
  torch::Tensor annotations;  // [B, S, 2H], 0 at padding
  torch::Tensor backward_first;  // [B, H] <-h_1: the backward RNN's state at the first word
  torch::Tensor mask;  // [B, S] bool
};

class EncoderImpl : public torch::nn::Module {
 public:
  EncoderImpl(const EncoderConfig& config, int64_t vocab_size);

  // src [B, S] ids padded with kPadId; lengths [B] int64 on the CPU.
  EncoderOutput forward(const torch::Tensor& src, const torch::Tensor& lengths);
  // The same from given source embeddings [B, S, E] (src still gives the padding): explanation
  // methods differentiate with respect to them, or move them towards a baseline.
  EncoderOutput forward(const torch::Tensor& src, const torch::Tensor& lengths, const torch::Tensor& embedded);
  // For search: the first layer's input projections of every source piece, W_ih E_x + b_ih, per
  // direction: [2, V, G] in the model's type (G = 3H for a GRU, 4H for an LSTM), made once, when it
  // fits in max_bytes; else undefined. Encoding then reads a row per word instead of multiplying
  // each word's embedding by W_ih (a sixth to a third of a small model's products per source word).
  torch::Tensor input_table(int64_t max_bytes) const;
  // forward() without gradients (not training), the first layer's projections read from
  // input_table()'s rows.
  EncoderOutput forward_from_table(const torch::Tensor& src, const torch::Tensor& lengths, const torch::Tensor& table);
  torch::Tensor embed(const torch::Tensor& src) { return embedding->forward(src); }  // [B, S, E]
  int64_t output_size() const { return 2 * config_.hidden_size; }

 private:
  // forward(); the first layer's input projections from `table` where it is defined.
  EncoderOutput run(const torch::Tensor& src, const torch::Tensor& lengths, const torch::Tensor& embedded,
                    const torch::Tensor& table);
  EncoderConfig config_;
  torch::nn::Embedding embedding{nullptr};
  torch::nn::GRU gru{nullptr};    // when cell = gru
  torch::nn::LSTM lstm{nullptr};  // when cell = lstm
  torch::nn::Dropout embedding_dropout{nullptr}, output_dropout{nullptr};
};
TORCH_MODULE(Encoder);

}  // namespace rnnsearch
