// One recurrent step with the input projection done by the caller, so that everything that does
// not depend on the recurrence (embeddings and their projections) is computed for all steps at once.
#pragma once

#include <torch/torch.h>

#include "rnnsearch/common/config.h"

namespace rnnsearch {

struct RnnState {
  torch::Tensor h;  // [B, H]
  torch::Tensor c;  // [B, H] LSTM memory cell; undefined for GRU

  RnnState select(const torch::Tensor& index) const;
};

// The step's gates from both projections, x_proj = W x + b_W and h_proj = U h + b_U, each
// [B, gates x H]: the cuDNN form of the GRU (reset gate applied after U), as torch::nn::GRU
// computes it, or the LSTM with gates i, f, g, o.
RnnState rnn_step(CellType type, const torch::Tensor& x_proj, const torch::Tensor& h_proj, const RnnState& state);

class RnnCellImpl : public torch::nn::Module {
 public:
  RnnCellImpl(CellType type, int64_t hidden_size);

  // Width of the input projection the caller supplies: 3H (GRU: r, z, n) or 4H (LSTM: i, f, g, o).
  int64_t gate_size() { return gates_ * hidden_size_; }
  // x_proj [B, gate_size] = W x + b for the step's input x.
  RnnState forward(const torch::Tensor& x_proj, const RnnState& state);
  RnnState initial(const torch::Tensor& h0);  // c = 0 for LSTM
  CellType type() const { return type_; }
  const torch::nn::Linear& hidden_proj() const { return hidden; }  // U h + b_U

 private:
  CellType type_;
  int64_t hidden_size_;
  int64_t gates_;
  torch::nn::Linear hidden{nullptr};  // U [H -> gate_size], with bias
};
TORCH_MODULE(RnnCell);

}  // namespace rnnsearch
