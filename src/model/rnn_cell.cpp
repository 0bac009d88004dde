#include "rnnsearch/model/rnn_cell.h"

#include "rnnsearch/model/kernels.h"

namespace rnnsearch {

RnnState RnnState::select(const torch::Tensor& index) const {
  return {h.index_select(0, index), c.defined() ? c.index_select(0, index) : torch::Tensor()};
}

RnnCellImpl::RnnCellImpl(CellType type, int64_t hidden_size)
    : type_(type), hidden_size_(hidden_size), gates_(type == CellType::gru ? 3 : 4) {
  hidden = register_module("hidden", torch::nn::Linear(hidden_size, gates_ * hidden_size));
}

RnnState RnnCellImpl::initial(const torch::Tensor& h0) {
  return {h0, type_ == CellType::lstm ? torch::zeros_like(h0) : torch::Tensor()};
}

RnnState rnn_step(CellType type, const torch::Tensor& x_proj, const torch::Tensor& h_proj, const RnnState& state) {
  switch (type) {
    case CellType::gru:
      return {gru_step(x_proj, h_proj, state.h), torch::Tensor()};
    case CellType::lstm: {
      const auto g = (x_proj + h_proj).chunk(4, -1);
      const auto c = torch::sigmoid(g[1]) * state.c + torch::sigmoid(g[0]) * torch::tanh(g[2]);
      return {torch::sigmoid(g[3]) * torch::tanh(c), c};
    }
  }
  throw std::logic_error("rnn_step: unhandled cell type");
}

RnnState RnnCellImpl::forward(const torch::Tensor& x_proj, const RnnState& state) {
  return rnn_step(type_, x_proj, step_linear(hidden, state.h), state);
}

}  // namespace rnnsearch
