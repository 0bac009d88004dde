#include "rnnsearch/model/encoder.h"

#include <array>

#include <fmt/format.h>

#include "rnnsearch/data/vocab.h"
#include "rnnsearch/model/kernels.h"
#include "rnnsearch/model/packed_linear.h"
#include "rnnsearch/model/rnn_cell.h"

namespace rnnsearch {
namespace {

// One direction of one layer over the padded batch: x_proj [B, S, gates x H] = W x + b_W for all
// steps at once, read step by step through unbind (whose backward is one stack; narrowing it per
// step, as LibTorch's packed RNN does, builds and adds a zero-filled gradient of the whole
// projection at every step). steps [S] bool (batch) rows: positions inside the sentence. The state
// stays unchanged through padding, so the forward direction ends at each sentence's last word
// and the backward direction starts there from 0, as with packed sequences. Returns the states
// [B, S, H]; at padding the state held there (the caller zeroes it). Training's GRU layers take
// gru_layer instead where it applies. The state is kept in `state_options`' type (float32 under
// bfloat16 autocast, whose products give bfloat16 gates).
torch::Tensor run_direction(CellType cell, const torch::Tensor& x_proj, const torch::Tensor& w_hh,
                            const torch::Tensor& b_hh, const std::vector<torch::Tensor>& inside, bool reverse,
                            const torch::TensorOptions& state_options) {
  const int64_t b = x_proj.size(0), s = x_proj.size(1), h = w_hh.size(1);
  const std::vector<torch::Tensor> x_steps = x_proj.unbind(1);
  const auto zeros = torch::zeros({b, h}, state_options);
  RnnState state{zeros, cell == CellType::lstm ? zeros : torch::Tensor()};
  std::vector<torch::Tensor> outputs(static_cast<std::size_t>(s));
  for (int64_t i = 0; i < s; ++i) {
    const auto t = static_cast<std::size_t>(reverse ? s - 1 - i : i);
    const auto h_proj = step_linear(state.h, w_hh, b_hh);
    if (cell == CellType::gru) {
      state.h = gru_step(x_steps[t], h_proj, state.h, inside[t]);
    } else {
      const RnnState next = rnn_step(cell, x_steps[t], h_proj, state);
      state.h = torch::where(inside[t], next.h, state.h);
      state.c = torch::where(inside[t], next.c, state.c);
    }
    outputs[t] = state.h;
  }
  return torch::stack(outputs, 1);
}

// A GRU direction without gradients on the CPU (translation, validation): U h + b_U through oneDNN
// on U packed once per direction, in U's type (autocast's under autocast), with the state and the
// gates in float32 for gru_step's kernel; the outputs come back in the state type, as
// run_direction's. A bfloat16 model thus keeps a float32 state through the recurrence (LibTorch's
// operators would round it to bfloat16 at every step).
bool takes_packed_gru(CellType cell, const torch::Tensor& x_proj, const torch::Tensor& w_hh) {
  const auto type = cpu_autocast_type().value_or(w_hh.scalar_type());
  return cell == CellType::gru && !torch::GradMode::is_enabled() && x_proj.is_cpu() && w_hh.is_cpu() &&
         (type == torch::kFloat || type == torch::kBFloat16);
}

torch::Tensor run_packed_gru(const torch::Tensor& x_proj, const torch::Tensor& w_hh, const torch::Tensor& b_hh,
                             const std::vector<torch::Tensor>& inside, bool reverse,
                             const torch::TensorOptions& state_options) {
  const int64_t b = x_proj.size(0), s = x_proj.size(1), h = w_hh.size(1);
  const PackedLinear u(w_hh, b_hh, cpu_autocast_type().value_or(w_hh.scalar_type()));
  const std::vector<torch::Tensor> x_steps = x_proj.to(torch::kFloat).unbind(1);
  auto state = torch::zeros({b, h}, x_proj.options().dtype(torch::kFloat));
  std::vector<torch::Tensor> outputs(static_cast<std::size_t>(s));
  for (int64_t i = 0; i < s; ++i) {
    const auto t = static_cast<std::size_t>(reverse ? s - 1 - i : i);
    state = gru_step(x_steps[t], u(state), state, inside[t]);
    outputs[t] = state;
  }
  const auto type = state_options.dtype();
  return torch::stack(outputs, 1).to(type);
}

}  // namespace

EncoderImpl::EncoderImpl(const EncoderConfig& config, int64_t vocab_size) : config_(config) {
  embedding = register_module(
      "embedding", torch::nn::Embedding(torch::nn::EmbeddingOptions(vocab_size, config.embedding_size).padding_idx(kPadId)));
  const double between = config.layers > 1 ? config.dropout : 0.0;
  if (config.cell == CellType::gru) {
    gru = register_module("rnn", torch::nn::GRU(torch::nn::GRUOptions(config.embedding_size, config.hidden_size)
                                                    .num_layers(config.layers)
                                                    .bidirectional(true)
                                                    .batch_first(true)
                                                    .dropout(between)));
  } else {
    lstm = register_module("rnn", torch::nn::LSTM(torch::nn::LSTMOptions(config.embedding_size, config.hidden_size)
                                                      .num_layers(config.layers)
                                                      .bidirectional(true)
                                                      .batch_first(true)
                                                      .dropout(between)));
  }
  embedding_dropout = register_module("embedding_dropout", torch::nn::Dropout(config.embedding_dropout));
  output_dropout = register_module("output_dropout", torch::nn::Dropout(config.dropout));
}

EncoderOutput EncoderImpl::forward(const torch::Tensor& src, const torch::Tensor& lengths) {
  return forward(src, lengths, embedding->forward(src));
}

EncoderOutput EncoderImpl::forward(const torch::Tensor& src, const torch::Tensor& lengths, const torch::Tensor& source_embeddings) {
  TORCH_CHECK(source_embeddings.dim() == 3 && source_embeddings.size(0) == src.size(0) && source_embeddings.size(1) == src.size(1),
              "encoder: embeddings ", source_embeddings.sizes(), " for src ", src.sizes());
  return run(src, lengths, inverted_dropout(embedding_dropout, source_embeddings), {});
}

torch::Tensor EncoderImpl::input_table(int64_t max_bytes) const {
  const auto& weight = embedding->weight;
  const auto params = (gru ? static_cast<const torch::nn::Module&>(*gru) : static_cast<const torch::nn::Module&>(*lstm))
                          .named_parameters(false);
  const int64_t rows = weight.size(0), width = params["weight_ih_l0"].size(0);
  if (2 * rows * width * weight.element_size() > max_bytes) return {};
  torch::NoGradGuard no_grad;
  return torch::stack({linear(weight, params["weight_ih_l0"], params["bias_ih_l0"]),
                       linear(weight, params["weight_ih_l0_reverse"], params["bias_ih_l0_reverse"])});
}

EncoderOutput EncoderImpl::forward_from_table(const torch::Tensor& src, const torch::Tensor& lengths,
                                              const torch::Tensor& table) {
  TORCH_CHECK(!is_training() && !torch::GradMode::is_enabled() && table.dim() == 3 && table.size(0) == 2,
              "encoder: an input table ", table.sizes(), " is for search, without gradients");
  return run(src, lengths, {}, table);
}

EncoderOutput EncoderImpl::run(const torch::Tensor& src, const torch::Tensor& lengths, const torch::Tensor& embedded,
                               const torch::Tensor& table) {
  TORCH_CHECK(src.dim() == 2 && lengths.dim() == 1 && lengths.size(0) == src.size(0), "encoder: src ",
              src.sizes(), " lengths ", lengths.sizes());
  // The annotations' type: the embeddings', which the table's rows keep.
  const auto options = embedded.defined() ? embedded.options() : table.options();
  const int64_t s = src.size(1);
  // inside_all[b, t], and inside[t] [B, 1]: position t is a word of the sentence (not padding).
  const auto positions = torch::arange(s, torch::TensorOptions().dtype(torch::kInt64).device(src.device()));
  const auto inside_all = positions.unsqueeze(0).lt(lengths.to(src.device()).unsqueeze(1));  // [B, S]
  std::vector<torch::Tensor> inside;  // made when a layer runs step by step (not through gru_layer)
  // The parameters stay torch::nn::GRU's / LSTM's (their names are the checkpoints'); the
  // recurrence runs here.
  torch::nn::Module& rnn = gru ? static_cast<torch::nn::Module&>(*gru) : static_cast<torch::nn::Module&>(*lstm);
  const auto params = rnn.named_parameters(false);
  torch::Tensor input = embedded, last_backward;
  const auto flat_src = src.reshape({-1});
  StepProducts products(s);
  for (int64_t layer = 0; layer < config_.layers; ++layer) {
    if (layer > 0) input = inverted_dropout(input, config_.dropout, is_training());
    std::array<torch::Tensor, 2> x_proj, w_hh, b_hh;
    for (std::size_t d = 0; d < 2; ++d) {
      const std::string suffix = fmt::format("_l{}{}", layer, d == 1 ? "_reverse" : "");
      x_proj[d] = layer == 0 && table.defined()
                      ? table[static_cast<int64_t>(d)].index_select(0, flat_src).view({src.size(0), s, -1})
                      : linear(input, params["weight_ih" + suffix], params["bias_ih" + suffix]);
      w_hh[d] = params["weight_hh" + suffix];
      b_hh[d] = params["bias_hh" + suffix];
    }
    if (config_.cell == CellType::gru && takes_gru_layer(x_proj[0], w_hh[0])) {
      input = gru_layer(x_proj, w_hh, b_hh, inside_all);  // [B, S, 2H], 0 at padding
      // At the first position the annotation holds <-h_1 as it is (0 only for a sentence without
      // words, whose <-h_1 is the initial 0).
      last_backward = input.select(1, 0).narrow(1, config_.hidden_size, config_.hidden_size);
      continue;
    }
    if (inside.empty())
      for (const auto& column : inside_all.unbind(1)) inside.push_back(column.unsqueeze(1));
    std::vector<torch::Tensor> outputs;
    for (std::size_t d = 0; d < 2; ++d) {
      const bool reverse = d == 1;
      outputs.push_back(takes_packed_gru(config_.cell, x_proj[d], w_hh[d])
                            ? run_packed_gru(x_proj[d], w_hh[d], b_hh[d], inside, reverse, options)
                            : run_direction(config_.cell, x_proj[d], w_hh[d], b_hh[d], inside, reverse, options));
    }
    last_backward = outputs[1].select(1, 0);
    // [B, S, 2H], 0 at padding
    input = torch::cat(outputs, -1).masked_fill(inside_all.logical_not().unsqueeze(-1), 0.0);
  }
  // The last layer's backward direction ends at the first word: its final state is <-h_1.
  return {inverted_dropout(output_dropout, input), last_backward, src.ne(kPadId)};
}
}  // namespace rnnsearch
